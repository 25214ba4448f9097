<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<!-- Russian for the few strings of Qt's own dialogs that Qt's qtbase_ru lacks; loaded after it, so only
     these are taken from here. Hand-written; compiled to qtextra_ru.qm by scripts/update-translations. -->
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
</TS>
