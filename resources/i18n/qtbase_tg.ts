<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ">
<!-- Tajik for the parts of Qt photowalk shows (Qt ships no Tajik): standard buttons, file
     dialogs, text-field menus, undo. Hand-written; compiled to qtbase_tg.qm by scripts/update-translations. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Хуб</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ҳамаро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ҳа</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ҳа барои &amp;ҳама</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е барои ҳама</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Қатъ кардан</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Такрор кардан</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Сарфи назар кардан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Нигоҳ надоштан</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Роҳнамо</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Татбиқ кардан</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Аз нав</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Барқарор кардани пешфарзҳо</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Хуб</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Нишон додани тафсилот...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Пинҳон кардани тафсилот...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Дар бораи Qt</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Хуб</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Пӯшидан бе нигоҳ доштан</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Феҳрист ёфт нашуд.
Лутфан дурустии номи феҳристро санҷед.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл ёфт нашуд.
Лутфан дурустии номи файлро санҷед.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файли %1</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 аллакай вуҷуд дорад.
Онро иваз кунем?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Интихоб</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Нест кардан</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ҷузвдони &amp;нав</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Кушодан</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Иваз кардани ном</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» аз навиштан ҳифз шудааст.
Ба ҳар ҳол нест кунем?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Тахаллус</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Оё мехоҳед «%1»-ро нест кунед?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Ба қафо</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ба намуди муфассал гузаштан</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ба намуди рӯйхат гузаштан</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Феҳрист нест карда нашуд.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Сохтани ҷузвдони нав</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Сохтани ҷузвдони нав</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Намуди муфассал</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Феҳристҳо</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Феҳрист:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Номи файл:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Ҷузвдони файлҳо</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлҳо</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Навъи файлҳо:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Ёфтани феҳрист</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ҷузвдон</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ба пеш</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Ба қафо</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ба пеш</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ба феҳристи болоӣ гузаштан</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Намуди рӯйхат</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Ҷойҳо ва хатчӯбҳо</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ҷустуҷӯ дар:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Навъи файлҳо:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Ҷустуҷӯ дар:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Компютери ман</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ҷузвдони нав</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Феҳристи болоӣ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Ҷойҳои охирин</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Нигоҳ доштан ҳамчун</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Миёнбур</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Нишон додан </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Нишон додани файлҳои &amp;пинҳон</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Панели паҳлӯ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Номаълум</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Номи «%1»-ро истифода бурдан мумкин нест.&lt;/b&gt;&lt;p&gt;Номи дигарро, бо аломатҳои камтар ё бе аломатҳои китобатӣ, истифода баред.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Санаи тағйир</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Номи нодурусти файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Намуд</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Компютери ман</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Навъ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Буридан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусха бардоштан</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Нусха бардоштани &amp;суроғаи истинод</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Буридан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Ҳамаро интихоб кардан</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Як қадам боло</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Як қадам &amp;поён</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Такрор кардан</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Бекор кардан: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Такрор кардан: %1</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Такрор кардан</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Бекор кардан: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Такрор кардан: %1</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;холӣ&gt;</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Қиматро ворид кунед:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Кушодани рӯйхати интихоб</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Ҳа</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;Show this message again</source>
        <translation>Ин паёмро &amp;боз нишон додан</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Хуб</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Паёми ислоҳ:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Огоҳӣ:</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Хатои ҷиддӣ:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Хатои марговар:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Иттилоот:</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Ба чап ҳаракат додан</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Ба рост ҳаракат додан</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Ҷудо кардан</translation>
    </message>
</context>
</TS>
