<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CategoryChip</name>
    <message>
        <source>Add to all selected photos</source>
        <translation>Добавить ко всем выделенным снимкам</translation>
    </message>
    <message>
        <source>Remove from the selected photos</source>
        <translation>Убрать из выделенных снимков</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Problems (%1, selected photos)</source>
        <translation>Проблемы (%1, выбранные снимки)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Проблемы (%1)</translation>
    </message>
    <message>
        <source>No photos are selected: select photos in the grid, or choose All photos.</source>
        <translation>Снимки не выбраны: выберите снимки в сетке или выберите «Все снимки».</translation>
    </message>
    <message>
        <source>No problems found: ready for Commons.</source>
        <translation>Проблем не найдено: готово для Commons.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block the upload</source>
        <translation>
            <numerusform>%n ошибка мешает загрузке</numerusform>
            <numerusform>%n ошибки мешают загрузке</numerusform>
            <numerusform>%n ошибок мешают загрузке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation>Подробнее в руководстве</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Все снимки</translation>
    </message>
    <message>
        <source>Selected photos (%1)</source>
        <translation>Выбранные снимки (%1)</translation>
    </message>
    <message>
        <source>List the problems of every photo in the project</source>
        <translation>Показать проблемы всех снимков проекта</translation>
    </message>
    <message>
        <source>List only the problems of the photos selected in the grid</source>
        <translation>Показать только проблемы снимков, выбранных в сетке</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущая</translation>
    </message>
    <message>
        <source>Go to the previous problem and its photo (Shift+F8)</source>
        <translation>Перейти к предыдущей проблеме и её снимку (Shift+F8)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <source>Go to the next problem and its photo (F8)</source>
        <translation>Перейти к следующей проблеме и её снимку (F8)</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Fix camera clock</source>
        <translation>Исправление часов камеры</translation>
    </message>
    <message>
        <source>If a camera&apos;s clock was wrong, correct all its photos at once: type how far it was off, or choose a photo of a clock or phone screen taken with it and type the time the clock shows.</source>
        <translation>Если часы камеры шли неверно, исправьте сразу все её фотографии: введите, на сколько они ошибались, или выберите снятую ею фотографию часов или экрана телефона и введите время, которое показывают часы.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Поправка</translation>
    </message>
    <message>
        <source>Correction of the chosen camera</source>
        <translation>Поправка для выбранной камеры</translation>
    </message>
    <message>
        <source>Add to its times:</source>
        <translation>Прибавить к её времени:</translation>
    </message>
    <message>
        <source>e.g. +1 h 03 min, -0:05:30</source>
        <translation>например +1 h 03 min, -0:05:30</translation>
    </message>
    <message>
        <source>From the selected photo of a clock, which shows:</source>
        <translation>По выбранной фотографии часов, которые показывают:</translation>
    </message>
    <message>
        <source>e.g. 14:32 or 14:32:05</source>
        <translation>например 14:32 или 14:32:05</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Camera&apos;s time</source>
        <translation>Время камеры</translation>
    </message>
    <message>
        <source>Corrected time</source>
        <translation>Исправленное время</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation>Убрать поправку</translation>
    </message>
    <message>
        <source>(no camera name)</source>
        <translation>(без названия камеры)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Select a photo of a clock or phone screen in the grid before opening this window to use it here.</source>
        <translation>Чтобы использовать фотографию часов или экрана телефона, выберите её в сетке перед тем, как открыть это окно.</translation>
    </message>
    <message>
        <source>{name}: the camera says {time}.</source>
        <translation>{name}: по камере {time}.</translation>
    </message>
    <message>
        <source>{name} was taken with another camera.</source>
        <translation>{name} снята другой камерой.</translation>
    </message>
    <message>
        <source>Correct the clock of {camera} by {shift}</source>
        <translation>Поправить часы {camera} на {shift}</translation>
    </message>
    <message>
        <source>Remove the clock correction of {camera}</source>
        <translation>Убрать поправку часов {camera}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>set titles, descriptions, categories, licence ... of photos</source>
        <translation>задать названия, описания, категории, лицензию ... снимков</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>every photo of the project</source>
        <translation>все снимки проекта</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <source>these photos</source>
        <translation>эти снимки</translation>
    </message>
    <message>
        <source>T</source>
        <translation>Н</translation>
    </message>
    <message>
        <source>the title (file name on Commons) of one photo</source>
        <translation>название (имя файла на Викискладе) одного снимка</translation>
    </message>
    <message>
        <source>P</source>
        <translation>Ш</translation>
    </message>
    <message>
        <source>titles from a pattern: {description} {place} {event} {date} {year} {n} {name}</source>
        <translation>названия по шаблону: {description} {place} {event} {date} {year} {n} {name}</translation>
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation>ЯЗЫК=ТЕКСТ</translation>
    </message>
    <message>
        <source>description in a language; an empty TEXT removes that language</source>
        <translation>описание на языке; пустой ТЕКСТ убирает этот язык</translation>
    </message>
    <message>
        <source>caption (structured data, at most {limit} characters) in a language; an empty TEXT removes that language</source>
        <translation>подпись (структурированные данные, не более {limit} символов) на языке; пустой ТЕКСТ убирает этот язык</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>QID</translation>
    </message>
    <message>
        <source>add an item the photos depict</source>
        <translation>добавить элемент, изображённый на снимках</translation>
    </message>
    <message>
        <source>remove a depicted item</source>
        <translation>убрать изображённый элемент</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>add a category</source>
        <translation>добавить категорию</translation>
    </message>
    <message>
        <source>remove a category</source>
        <translation>убрать категорию</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>cc-by-sa-4.0, cc-by-4.0 or cc-zero</source>
        <translation>cc-by-sa-4.0, cc-by-4.0 или cc-zero</translation>
    </message>
    <message>
        <source>the Commons user name credited as author</source>
        <translation>имя участника Викисклада, указываемое как автор</translation>
    </message>
    <message>
        <source>someone else&apos;s photo</source>
        <translation>чужая фотография</translation>
    </message>
    <message>
        <source>the photos are your own work again (the default)</source>
        <translation>фотографии снова ваша собственная работа (по умолчанию)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>the photos are someone else&apos;s work: who took them</source>
        <translation>фотографии — чужая работа: кто их снял</translation>
    </message>
    <message>
        <source>where someone else&apos;s photos come from: a web address, or e.g. &quot;family album, printed 1965&quot;</source>
        <translation>откуда чужие фотографии: веб-адрес или, например, &quot;семейный альбом, отпечатано в 1965&quot;</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КЛЮЧ</translation>
    </message>
    <message>
        <source>why Commons may have someone else&apos;s photos: {keys}</source>
        <translation>почему Commons может хранить чужие фотографии: {keys}</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ГОД</translation>
    </message>
    <message>
        <source>the year the author died</source>
        <translation>год смерти автора</translation>
    </message>
    <message>
        <source>the year the photo was made or first published</source>
        <translation>год, когда фотография снята или впервые опубликована</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>when the photos were taken: YYYY-MM-DD (or YYYY-MM, YYYY), optionally with HH:MM; an empty DATE goes back to the camera&apos;s</source>
        <translation>когда сделаны снимки: ГГГГ-ММ-ДД (или ГГГГ-ММ, ГГГГ), можно с ЧЧ:ММ; пустая ДАТА возвращает дату камеры</translation>
    </message>
    <message>
        <source>LAT,LON[,HEADING]</source>
        <translation>ШИР,ДОЛ[,КУРС]</translation>
    </message>
    <message>
        <source>where the photos were taken, in decimal degrees (e.g. 38.5598,68.7870)</source>
        <translation>где сделаны снимки, в десятичных градусах (например 38.5598,68.7870)</translation>
    </message>
    <message>
        <source>forget the location given with --location: the camera&apos;s GPS (if any) again</source>
        <translation>забыть место, заданное через --location: снова GPS камеры (если есть)</translation>
    </message>
    <message>
        <source>leave the location off the page</source>
        <translation>не указывать место на странице</translation>
    </message>
    <message>
        <source>put the location on the page again</source>
        <translation>снова указывать место на странице</translation>
    </message>
    <message>
        <source>FILE.toml</source>
        <translation>ФАЙЛ.toml</translation>
    </message>
    <message>
        <source>fill in an event preset</source>
        <translation>заполнить по заготовке мероприятия</translation>
    </message>
    <message>
        <source>check photos against Commons&apos; rules before upload</source>
        <translation>проверить снимки по правилам Викисклада перед загрузкой</translation>
    </message>
    <message>
        <source>print a JSON array, one object per photo</source>
        <translation>вывести массив JSON, по объекту на снимок</translation>
    </message>
    <message>
        <source>print the description page a photo will get</source>
        <translation>вывести страницу описания, которую получит снимок</translation>
    </message>
    <message>
        <source>print the structured data (captions, depicts, point of view) as the JSON sent to the wiki</source>
        <translation>вывести структурированные данные (подписи, изображённое, точку съёмки) как JSON, отправляемый на вики</translation>
    </message>
    <message>
        <source>{option} needs LANG=TEXT (e.g. &quot;tg=Боғи Рӯдакӣ&quot;), not “{item}”</source>
        <translation>{option} требует ЯЗЫК=ТЕКСТ (например &quot;tg=Боғи Рӯдакӣ&quot;), а не «{item}»</translation>
    </message>
    <message>
        <source>--own-work cannot go with --original-author, --source, --reason, --death-year or --year</source>
        <translation>--own-work нельзя сочетать с --original-author, --source, --reason, --death-year или --year</translation>
    </message>
    <message>
        <source>--title gives one photo its title; for several photos use --title-pattern</source>
        <translation>--title задаёт название одного снимка; для нескольких используйте --title-pattern</translation>
    </message>
    <message>
        <source>description {language}</source>
        <translation>описание {language}</translation>
    </message>
    <message>
        <source>description {language} removed</source>
        <translation>описание {language} убрано</translation>
    </message>
    <message>
        <source>caption {language}</source>
        <translation>подпись {language}</translation>
    </message>
    <message>
        <source>caption {language} removed</source>
        <translation>подпись {language} убрана</translation>
    </message>
    <message>
        <source>depicts added: {items}</source>
        <translation>добавлено изображённое: {items}</translation>
    </message>
    <message>
        <source>depicts removed: {items}</source>
        <translation>убрано изображённое: {items}</translation>
    </message>
    <message>
        <source>categories added: {names}</source>
        <translation>добавлены категории: {names}</translation>
    </message>
    <message>
        <source>categories removed: {names}</source>
        <translation>убраны категории: {names}</translation>
    </message>
    <message>
        <source>licence {licence}</source>
        <translation>лицензия {licence}</translation>
    </message>
    <message>
        <source>author {author}</source>
        <translation>автор {author}</translation>
    </message>
    <message>
        <source>own work</source>
        <translation>собственная работа</translation>
    </message>
    <message>
        <source>someone else&apos;s work: {fields}</source>
        <translation>чужая работа: {fields}</translation>
    </message>
    <message>
        <source>date {date}</source>
        <translation>дата {date}</translation>
    </message>
    <message>
        <source>date from the camera</source>
        <translation>дата с камеры</translation>
    </message>
    <message>
        <source>location {place}</source>
        <translation>место {place}</translation>
    </message>
    <message>
        <source>location from the camera</source>
        <translation>место с камеры</translation>
    </message>
    <message>
        <source>location removed</source>
        <translation>место убрано</translation>
    </message>
    <message>
        <source>location shown</source>
        <translation>место показывается</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>(no title: description or date missing)</source>
        <translation>(нет названия: нет описания или даты)</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) from the pattern</source>
        <translation>
            <numerusform>%n название по шаблону</numerusform>
            <numerusform>%n названия по шаблону</numerusform>
            <numerusform>%n названий по шаблону</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the caption prefix before %n caption(s)</source>
        <translation>
            <numerusform>префикс перед %n подписью</numerusform>
            <numerusform>префикс перед %n подписями</numerusform>
            <numerusform>префикс перед %n подписями</numerusform>
        </translation>
    </message>
    <message>
        <source>uploads now go to {wiki}</source>
        <translation>теперь загрузки идут в {wiki}</translation>
    </message>
    <message>
        <source>preset: {licences} licence(s), {categories} photo(s) got categories, {templates} template(s), {prefixes} prefix(es), {titles} title(s)</source>
        <translation>заготовка: лицензий {licences}, снимков с категориями {categories}, шаблонов {templates}, префиксов {prefixes}, названий {titles}</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>менять нечего</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {what}.</source>
        <translation>
            <numerusform>%n снимок: {what}.</numerusform>
            <numerusform>%n снимка: {what}.</numerusform>
            <numerusform>%n снимков: {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>suggestion: {suggestion}</source>
        <translation>предложение: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {ready} ready, {failing} with errors, {warnings} warning(s).</source>
        <translation>
            <numerusform>%n снимок: готово {ready}, с ошибками {failing}, предупреждений {warnings}.</numerusform>
            <numerusform>%n снимка: готово {ready}, с ошибками {failing}, предупреждений {warnings}.</numerusform>
            <numerusform>%n снимков: готово {ready}, с ошибками {failing}, предупреждений {warnings}.</numerusform>
        </translation>
    </message>
    <message>
        <source>From a camera folder to finished files on Wikimedia Commons.</source>
        <translation>От папки камеры до готовых файлов на Викискладе.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <source>the language photowalk speaks (default: the system&apos;s, from LANGUAGE or LANG)</source>
        <translation>язык photowalk (по умолчанию — системный, из LANGUAGE или LANG)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>no log file ({reason}); going on without one.</source>
        <translation>нет файла журнала ({reason}); продолжаем без него.</translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>остановлено.</translation>
    </message>
    <message>
        <source>an unexpected error stopped the command ({name}); the details are in the log: {log}</source>
        <translation>непредвиденная ошибка остановила команду ({name}); подробности в журнале: {log}</translation>
    </message>
    <message>
        <source>import photos from camera folders into a project</source>
        <translation>импортировать снимки из папок камеры в проект</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>folders or files to import</source>
        <translation>папки или файлы для импорта</translation>
    </message>
    <message>
        <source>project file (created if missing)</source>
        <translation>файл проекта (создаётся, если его нет)</translation>
    </message>
    <message>
        <source>WORKERS</source>
        <translation>ПОТОКИ</translation>
    </message>
    <message>
        <source>threads for hashing and thumbnails</source>
        <translation>потоки для хеширования и миниатюр</translation>
    </message>
    <message>
        <source>import HEIC/HEIF photos as JPEG copies with all their metadata, written in FOLDER (default: a JPEG folder beside the project; never where the originals are); the project remembers it</source>
        <translation>импортировать снимки HEIC/HEIF как копии JPEG со всеми метаданными, записанные в ПАПКУ (по умолчанию — папка JPEG рядом с проектом; никогда не туда, где оригиналы); проект это запоминает</translation>
    </message>
    <message>
        <source>import HEIC/HEIF photos as they are again</source>
        <translation>снова импортировать снимки HEIC/HEIF как есть</translation>
    </message>
    <message>
        <source>list the photos of a project</source>
        <translation>список снимков проекта</translation>
    </message>
    <message>
        <source>mark photos not for upload (or for upload again)</source>
        <translation>отметить снимки как «не загружать» (или снова как «загружать»)</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>НОМЕРА</translation>
    </message>
    <message>
        <source>photo numbers not to upload, e.g. 3,4,9 (checks and upload pass them by)</source>
        <translation>номера снимков, которые не загружать, например 3,4,9 (проверки и загрузка их пропускают)</translation>
    </message>
    <message>
        <source>photo numbers to upload again</source>
        <translation>номера снимков, которые снова загружать</translation>
    </message>
    <message>
        <source>find photos whose files moved (e.g. the card is mounted elsewhere)</source>
        <translation>найти снимки, чьи файлы переместились (например, карта подключена в другом месте)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>write a complete copy of a project to a new file (safe while it is open)</source>
        <translation>записать полную копию проекта в новый файл (безопасно, даже когда он открыт)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the new project file</source>
        <translation>новый файл проекта</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new photo(s).</source>
        <translation>
            <numerusform>Импортирован %n новый снимок.</numerusform>
            <numerusform>Импортировано %n новых снимка.</numerusform>
            <numerusform>Импортировано %n новых снимков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project.</source>
        <translation>
            <numerusform>%n файл уже был в проекте.</numerusform>
            <numerusform>%n файла уже были в проекте.</numerusform>
            <numerusform>%n файлов уже были в проекте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) found again at a new place.</source>
        <translation>
            <numerusform>%n снимок снова найден на новом месте.</numerusform>
            <numerusform>%n снимка снова найдены на новом месте.</numerusform>
            <numerusform>%n снимков снова найдены на новом месте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) were edited after they were imported; each now uses the new file, with its title and descriptions kept:</source>
        <translation>
            <numerusform>%n снимок изменён после импорта; теперь он использует новый файл, название и описания сохранены:</numerusform>
            <numerusform>%n снимка изменены после импорта; каждый теперь использует новый файл, название и описания сохранены:</numerusform>
            <numerusform>%n снимков изменены после импорта; каждый теперь использует новый файл, название и описания сохранены:</numerusform>
        </translation>
    </message>
    <message>
        <source>same photo already in the project: {path} (as {existing})</source>
        <translation>тот же снимок уже в проекте: {path} (как {existing})</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be uploaded to Commons:</source>
        <translation>
            <numerusform>%n файл нельзя загрузить на Викисклад:</numerusform>
            <numerusform>%n файла нельзя загрузить на Викисклад:</numerusform>
            <numerusform>%n файлов нельзя загрузить на Викисклад:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n файл не удалось прочитать:</numerusform>
            <numerusform>%n файла не удалось прочитать:</numerusform>
            <numerusform>%n файлов не удалось прочитать:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped (sidecars, system files, not photos).</source>
        <translation>
            <numerusform>%n другой файл пропущен (сопроводительные, системные, не снимки).</numerusform>
            <numerusform>%n других файла пропущены (сопроводительные, системные, не снимки).</numerusform>
            <numerusform>%n других файлов пропущены (сопроводительные, системные, не снимки).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; run the same command again to import the rest.</source>
        <translation>Остановлено до конца; запустите ту же команду снова, чтобы импортировать остальное.</translation>
    </message>
    <message>
        <source>{before} bytes before, {now} bytes now</source>
        <translation>было {before} байт, сейчас {now} байт</translation>
    </message>
    <message>
        <source>{before} bytes before, now</source>
        <translation>было {before} байт, сейчас</translation>
    </message>
    <message>
        <source>; the wiki keeps the version uploaded before (photowalk never replaces a file there)</source>
        <translation>; вики хранит загруженную ранее версию (photowalk никогда не заменяет там файл)</translation>
    </message>
    <message>
        <source>; an unfinished upload will start again with the new file</source>
        <translation>; незавершённая загрузка начнётся заново с новым файлом</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>ПРОПАВШАЯ</translation>
    </message>
    <message>
        <source>NOT-FOR-UPLOAD</source>
        <translation>НЕ-ЗАГРУЖАТЬ</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n снимок</numerusform>
            <numerusform>%n снимка</numerusform>
            <numerusform>%n снимков</numerusform>
        </translation>
    </message>
    <message>
        <source>photo numbers separated by commas, e.g. 3,4,9; not “{value}”</source>
        <translation>номера снимков через запятую, например 3,4,9; а не «{value}»</translation>
    </message>
    <message>
        <source>photo {ids} cannot be both skipped and kept</source>
        <translation>снимок {ids} нельзя одновременно пропустить и оставить</translation>
    </message>
    <message>
        <source>name photos with --skip IDS or --keep IDS</source>
        <translation>укажите снимки через --skip НОМЕРА или --keep НОМЕРА</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload.</source>
        <translation>
            <numerusform>%n снимок отмечен как «не загружать».</numerusform>
            <numerusform>%n снимка отмечены как «не загружать».</numerusform>
            <numerusform>%n снимков отмечены как «не загружать».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked for upload again.</source>
        <translation>
            <numerusform>%n снимок снова отмечен для загрузки.</numerusform>
            <numerusform>%n снимка снова отмечены для загрузки.</numerusform>
            <numerusform>%n снимков снова отмечены для загрузки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of the project are not for upload.</source>
        <translation>
            <numerusform>%n снимок проекта не для загрузки.</numerusform>
            <numerusform>%n снимка проекта не для загрузки.</numerusform>
            <numerusform>%n снимков проекта не для загрузки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n photo(s) in {folder}; {missing} still missing.</source>
        <translation>
            <numerusform>Найден %n снимок в {folder}; всё ещё нет: {missing}.</numerusform>
            <numerusform>Найдено %n снимка в {folder}; всё ещё нет: {missing}.</numerusform>
            <numerusform>Найдено %n снимков в {folder}; всё ещё нет: {missing}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied {project} to {target}.</source>
        <translation>{project} скопирован в {target}.</translation>
    </message>
    <message>
        <source>this terminal&apos;s encoding ({encoding}) cannot show some letters; they appear as ?. Set PYTHONIOENCODING=utf-8 (or run chcp 65001 in cmd.exe) to see them.</source>
        <translation>кодировка этого терминала ({encoding}) не может показать некоторые буквы; они выводятся как ?. Задайте PYTHONIOENCODING=utf-8 (или выполните chcp 65001 в cmd.exe), чтобы их видеть.</translation>
    </message>
    <message>
        <source>Stopping after the files in progress (Ctrl+C again to stop at once)...</source>
        <translation>Остановка после файлов в работе (Ctrl+C ещё раз — остановить сразу)...</translation>
    </message>
    <message>
        <source>y/yes</source>
        <translation>д/да/y/yes</translation>
    </message>
    <message numerus="yes">
        <source>Looking for photos... %n files</source>
        <translation>
            <numerusform>Поиск снимков... %n файл</numerusform>
            <numerusform>Поиск снимков... %n файла</numerusform>
            <numerusform>Поиск снимков... %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA {seconds}s</source>
        <translation>осталось {seconds} с</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/с</translation>
    </message>
    <message>
        <source>-- MB/s</source>
        <translation>-- МБ/с</translation>
    </message>
    <message numerus="yes">
        <source>{done}/%n files</source>
        <translation>
            <numerusform>{done}/%n файл</numerusform>
            <numerusform>{done}/%n файла</numerusform>
            <numerusform>{done}/%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA {time}</source>
        <translation>осталось {time}</translation>
    </message>
    <message>
        <source>waiting until {time}: {reason}</source>
        <translation>ожидание до {time}: {reason}</translation>
    </message>
    <message>
        <source>the wiki ended the session; logged in again</source>
        <translation>вики завершила сеанс; вход выполнен снова</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>проигнорирован явный аргумент %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>обязательны следующие аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидалось не более одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый выбор: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>ожидался %n аргумент</numerusform>
            <numerusform>ожидалось %n аргумента</numerusform>
            <numerusform>ожидалось %n аргументов</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch the map tiles of a small area (the event&apos;s streets) for the map to show offline; at most {tiles} tiles, {span} degrees on a side, zoom up to {zoom}</source>
        <translation>загрузить фрагменты карты небольшой области (улиц мероприятия), чтобы карта работала без сети; не более {tiles} фрагментов, {span} градуса по стороне, масштаб до {zoom}</translation>
    </message>
    <message>
        <source>SOUTH,WEST,NORTH,EAST</source>
        <translation>ЮГ,ЗАПАД,СЕВЕР,ВОСТОК</translation>
    </message>
    <message>
        <source>the area in degrees, e.g. 38.55,68.76,38.59,68.80</source>
        <translation>область в градусах, например 38.55,68.76,38.59,68.80</translation>
    </message>
    <message>
        <source>the area of the project&apos;s photos that have a place (and 200 m round it)</source>
        <translation>область снимков проекта, у которых есть место (и 200 м вокруг)</translation>
    </message>
    <message>
        <source>LOW-HIGH</source>
        <translation>ОТ-ДО</translation>
    </message>
    <message>
        <source>zoom levels (default 12-17)</source>
        <translation>уровни масштаба (по умолчанию 12-17)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>АДРЕС</translation>
    </message>
    <message>
        <source>a tile server&apos;s URL with {z}, {x}, {y} (default: the map&apos;s, OpenStreetMap&apos;s unless PHOTOWALK_TILE_URL names another)</source>
        <translation>адрес сервера фрагментов с {z}, {x}, {y} (по умолчанию — карты, OpenStreetMap, если PHOTOWALK_TILE_URL не задаёт другой)</translation>
    </message>
    <message>
        <source>only say how many tiles the area needs</source>
        <translation>только сказать, сколько фрагментов нужно области</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>then keep the tile cache (all servers) within this many MB, removing the tiles used longest ago (default {mb})</source>
        <translation>затем держать кэш фрагментов карты (всех серверов) в пределах стольких МБ, удаляя те, что использовались давнее всего (по умолчанию {mb})</translation>
    </message>
    <message>
        <source>--cache-limit is a number of MB, 0 or more</source>
        <translation>--cache-limit — число МБ, 0 или больше</translation>
    </message>
    <message>
        <source>no photo of the project has a place yet; give the area with --bbox</source>
        <translation>ни у одного снимка проекта ещё нет места; укажите область через --bbox</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s) at zoom {low}-{high} from {server}.</source>
        <translation>
            <numerusform>%n фрагмент в масштабе {low}-{high} с {server}.</numerusform>
            <numerusform>%n фрагмента в масштабе {low}-{high} с {server}.</numerusform>
            <numerusform>%n фрагментов в масштабе {low}-{high} с {server}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n tile(s) at zoom {low}-{high} from {server} into {folder} (map data {attribution}).</source>
        <translation>
            <numerusform>Загрузка %n фрагмента в масштабе {low}-{high} с {server} в {folder} (данные карты {attribution}).</numerusform>
            <numerusform>Загрузка %n фрагментов в масштабе {low}-{high} с {server} в {folder} (данные карты {attribution}).</numerusform>
            <numerusform>Загрузка %n фрагментов в масштабе {low}-{high} с {server} в {folder} (данные карты {attribution}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{fetched} fetched, {cached} already in the cache, {failed} failed.</source>
        <translation>загружено {fetched}, уже в кэше {cached}, не удалось {failed}.</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s) used longest ago removed ({freed} MB) to keep the cache within {limit} MB.</source>
        <translation>
            <numerusform>Удалён %n фрагмент карты, использованный давнее всего ({freed} МБ), чтобы кэш не превышал {limit} МБ.</numerusform>
            <numerusform>Удалено %n фрагмента карты, использованных давнее всего ({freed} МБ), чтобы кэш не превышал {limit} МБ.</numerusform>
            <numerusform>Удалено %n фрагментов карты, использованных давнее всего ({freed} МБ), чтобы кэш не превышал {limit} МБ.</numerusform>
        </translation>
    </message>
    <message>
        <source>log in with your Wikimedia account in the browser (--oauth), or check a bot password; either is kept in the system keyring</source>
        <translation>войти с учётной записью Викимедиа в браузере (--oauth) или проверить пароль бота; любой из них сохраняется в системном хранилище паролей</translation>
    </message>
    <message>
        <source>WIKI</source>
        <translation>ВИКИ</translation>
    </message>
    <message>
        <source>the wiki&apos;s API URL, or commons (default)</source>
        <translation>адрес API вики или commons (по умолчанию)</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>УЧАСТНИК</translation>
    </message>
    <message>
        <source>the bot password&apos;s user name, Name@AppName</source>
        <translation>имя участника для пароля бота, Name@AppName</translation>
    </message>
    <message>
        <source>log in with your Wikimedia account in the browser (OAuth 2)</source>
        <translation>войти с учётной записью Викимедиа в браузере (OAuth 2)</translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation>ID_КЛИЕНТА</translation>
    </message>
    <message>
        <source>the OAuth 2 client registered for this wiki (kept for the next logins)</source>
        <translation>клиент OAuth 2, зарегистрированный для этой вики (запоминается для следующих входов)</translation>
    </message>
    <message>
        <source>read the OAuth 2 client&apos;s secret from standard input (lets the wiki renew a login)</source>
        <translation>прочитать секрет клиента OAuth 2 со стандартного ввода (позволяет вики продлевать вход)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ПОРТ</translation>
    </message>
    <message>
        <source>the port of the client&apos;s registered callback address http://127.0.0.1:PORT/callback (default {port})</source>
        <translation>порт зарегистрированного адреса возврата клиента http://127.0.0.1:PORT/callback (по умолчанию {port})</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>МИНУТЫ</translation>
    </message>
    <message>
        <source>how long to wait for the browser (default %(default)g)</source>
        <translation>сколько ждать браузер (по умолчанию %(default)g)</translation>
    </message>
    <message>
        <source>only print the address to open</source>
        <translation>только вывести адрес, который нужно открыть</translation>
    </message>
    <message>
        <source>forget the password kept for a wiki</source>
        <translation>забыть пароль, сохранённый для вики</translation>
    </message>
    <message>
        <source>the account (default: the one last logged in)</source>
        <translation>учётная запись (по умолчанию — последняя, с которой входили)</translation>
    </message>
    <message>
        <source>upload every photo that passes the checks</source>
        <translation>загрузить все снимки, прошедшие проверку</translation>
    </message>
    <message>
        <source>the wiki&apos;s API URL, or commons (default: the project&apos;s wiki, from its event preset, else commons); another wiki than the project&apos;s becomes the project&apos;s wiki</source>
        <translation>адрес API вики или commons (по умолчанию: вики проекта из пресета мероприятия, иначе commons); другая вики становится вики проекта</translation>
    </message>
    <message>
        <source>read the bot password from standard input</source>
        <translation>прочитать пароль бота со стандартного ввода</translation>
    </message>
    <message>
        <source>upload with your Wikimedia account (the kept browser login, or a new one)</source>
        <translation>загружать с учётной записью Викимедиа (сохранённый вход через браузер или новый)</translation>
    </message>
    <message>
        <source>when the browser login is needed, only print the address to open</source>
        <translation>когда нужен вход через браузер, только вывести адрес для открытия</translation>
    </message>
    <message>
        <source>only these photos</source>
        <translation>только эти снимки</translation>
    </message>
    <message>
        <source>print what would be sent, send nothing</source>
        <translation>вывести, что было бы отправлено, ничего не отправляя</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>СКОРОСТЬ</translation>
    </message>
    <message>
        <source>send at most this fast, all uploads together: Mbit/s, or e.g. &quot;512 KiB/s&quot;; 0 for no cap (default: the project&apos;s, set by its event preset)</source>
        <translation>отправлять не быстрее этого, все загрузки вместе: Мбит/с или, например, &quot;512 KiB/s&quot;; 0 — без ограничения (по умолчанию: как в проекте, из пресета мероприятия)</translation>
    </message>
    <message>
        <source>the upload state of each photo</source>
        <translation>состояние загрузки каждого снимка</translation>
    </message>
    <message>
        <source>answer photos that need your decision (after a wiki&apos;s warning)</source>
        <translation>ответить по снимкам, которым нужно ваше решение (после предупреждения вики)</translation>
    </message>
    <message>
        <source>leave the photo out</source>
        <translation>пропустить снимок</translation>
    </message>
    <message>
        <source>publish despite the wiki&apos;s warning; never possible over a taken title</source>
        <translation>опубликовать вопреки предупреждению вики; поверх занятого названия — никогда</translation>
    </message>
    <message>
        <source>start the photo again, e.g. after photowalk edit --title</source>
        <translation>начать снимок заново, например после photowalk edit --title</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>give the photo another title (e.g. the suggested free one) and send it under that title with the next upload</source>
        <translation>дать снимку другое название (например, предложенное свободное) и отправить его под ним при следующей загрузке</translation>
    </message>
    <message>
        <source>the uploaded files as a &lt;gallery&gt; for a wiki page, or as CSV</source>
        <translation>загруженные файлы как &lt;gallery&gt; для вики-страницы или как CSV</translation>
    </message>
    <message>
        <source>the event report over these projects: per participant, photos, bytes, captions, depicts, deleted, used</source>
        <translation>отчёт о мероприятии по этим проектам: по каждому участнику фотографии, байты, подписи, изображённое, удалённые, использованные</translation>
    </message>
    <message>
        <source>title,url lines instead of a &lt;gallery&gt;</source>
        <translation>строки title,url вместо &lt;gallery&gt;</translation>
    </message>
    <message>
        <source>with --event: a wikitable for a report on Meta</source>
        <translation>с --event: викитаблица для отчёта на Мете</translation>
    </message>
    <message>
        <source>with --event: the files as a &lt;gallery&gt;</source>
        <translation>с --event: файлы в виде &lt;gallery&gt;</translation>
    </message>
    <message>
        <source>with --event: ask the wiki first what became of each file (deleted, used)</source>
        <translation>с --event: сначала спросить вики, что стало с каждым файлом (удалён, используется)</translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation>ПОДПИСЬ</translation>
    </message>
    <message>
        <source>the gallery&apos;s caption (default: the gallery title of the project&apos;s event preset)</source>
        <translation>подпись галереи (по умолчанию: заголовок галереи из пресета мероприятия проекта)</translation>
    </message>
    <message>
        <source>A free title: {title}</source>
        <translation>Свободное название: {title}</translation>
    </message>
    <message>
        <source>already on the wiki as File:{title}: {url}</source>
        <translation>уже на вики как File:{title}: {url}</translation>
    </message>
    <message>
        <source>uploaded: {url}</source>
        <translation>загружено: {url}</translation>
    </message>
    <message>
        <source>Bot password for {user} on {wiki} (not remembered): </source>
        <translation>Пароль бота для {user} на {wiki} (не сохраняется): </translation>
    </message>
    <message>
        <source>Bot password for {user} on {wiki}: </source>
        <translation>Пароль бота для {user} на {wiki}: </translation>
    </message>
    <message>
        <source>Remember it in the system keyring? [y/N] </source>
        <translation>Сохранить в системном хранилище паролей? [д/Н] </translation>
    </message>
    <message>
        <source>Open this address in your browser, log in to the wiki and press Allow:</source>
        <translation>Откройте этот адрес в браузере, войдите в вики и нажмите «Разрешить»:</translation>
    </message>
    <message>
        <source>Waiting for the browser at {address} (up to {minutes} min; Ctrl+C stops)...</source>
        <translation>Ожидание браузера на {address} (до {minutes} мин; Ctrl+C — остановить)...</translation>
    </message>
    <message>
        <source>The wiki&apos;s page is open in your browser: log in there and press Allow.</source>
        <translation>Страница вики открыта в браузере: войдите там и нажмите «Разрешить».</translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}, but the login was not kept: photowalk upload opens the browser again.</source>
        <translation>Вход в {wiki} как {user} выполнен, но вход не сохранён: photowalk upload снова откроет браузер.</translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user} with your Wikimedia account; the login is kept in the system keyring.</source>
        <translation>Вход в {wiki} как {user} с учётной записью Викимедиа выполнен; вход сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Logging in through the browser again.</source>
        <translation>Снова вход через браузер.</translation>
    </message>
    <message>
        <source>give --user Name@AppName for a bot password, or --oauth to log in with your Wikimedia account.</source>
        <translation>укажите --user Name@AppName для пароля бота или --oauth для входа с учётной записью Викимедиа.</translation>
    </message>
    <message>
        <source>no password given.</source>
        <translation>пароль не введён.</translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}, but the password was not kept: give it to photowalk upload each time (it asks, or use --password-stdin).</source>
        <translation>Вход в {wiki} как {user} выполнен, но пароль не сохранён: вводите его для photowalk upload каждый раз (он спросит, или используйте --password-stdin).</translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}; the password is kept in the system keyring.</source>
        <translation>Вход в {wiki} как {user} выполнен; пароль сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>No account is remembered for {wiki}.</source>
        <translation>Для {wiki} не запомнено ни одной учётной записи.</translation>
    </message>
    <message>
        <source>Forgot the password of {user} on {wiki}.</source>
        <translation>Пароль {user} на {wiki} забыт.</translation>
    </message>
    <message>
        <source>No password was kept for {user} on {wiki}.</source>
        <translation>Для {user} на {wiki} пароль не сохранялся.</translation>
    </message>
    <message>
        <source>photo {id}: File:{title}</source>
        <translation>снимок {id}: File:{title}</translation>
    </message>
    <message>
        <source>would not be sent: {reason}</source>
        <translation>не был бы отправлен: {reason}</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>личность</translation>
    </message>
    <message>
        <source>from {path} ({size} bytes, SHA-1 {sha1}, without {removed})</source>
        <translation>из {path} ({size} байт, SHA-1 {sha1}, без: {removed})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>from {path} ({size} bytes, SHA-1 {sha1})</source>
        <translation>из {path} ({size} байт, SHA-1 {sha1})</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) would be sent; nothing was sent.</source>
        <translation>
            <numerusform>Был бы отправлен %n снимок; ничего не отправлено.</numerusform>
            <numerusform>Были бы отправлены %n снимка; ничего не отправлено.</numerusform>
            <numerusform>Были бы отправлены %n снимков; ничего не отправлено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n category(ies) have no page on {wiki}; the wiki could not be reached, these are its answers of {checked}. Photos in them would be in red categories:</source>
        <translation>
            <numerusform>Предупреждение: у %n категории нет страницы на {wiki}; вики недоступна, это её ответы от {checked}. Снимки в них попали бы в красные категории:</numerusform>
            <numerusform>Предупреждение: у %n категорий нет страниц на {wiki}; вики недоступна, это её ответы от {checked}. Снимки в них попали бы в красные категории:</numerusform>
            <numerusform>Предупреждение: у %n категорий нет страниц на {wiki}; вики недоступна, это её ответы от {checked}. Снимки в них попали бы в красные категории:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n category(ies) have no page on {wiki}. Photos in them would be in red categories:</source>
        <translation>
            <numerusform>Предупреждение: у %n категории нет страницы на {wiki}. Снимки в ней попали бы в красную категорию:</numerusform>
            <numerusform>Предупреждение: у %n категорий нет страниц на {wiki}. Снимки в них попали бы в красные категории:</numerusform>
            <numerusform>Предупреждение: у %n категорий нет страниц на {wiki}. Снимки в них попали бы в красные категории:</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” (photo {photos}); did you mean “{similar}”?</source>
        <translation>«{name}» (снимок {photos}); может быть, «{similar}»?</translation>
    </message>
    <message>
        <source>“{name}” (photo {photos})</source>
        <translation>«{name}» (снимок {photos})</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload are left out (photowalk cull --keep IDS to upload them).</source>
        <translation>
            <numerusform>%n снимок с отметкой «не загружать» пропущен (photowalk cull --keep НОМЕРА, чтобы загрузить).</numerusform>
            <numerusform>%n снимка с отметкой «не загружать» пропущены (photowalk cull --keep НОМЕРА, чтобы загрузить).</numerusform>
            <numerusform>%n снимков с отметкой «не загружать» пропущены (photowalk cull --keep НОМЕРА, чтобы загрузить).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are not ready (fix them, then upload again):</source>
        <translation>
            <numerusform>%n снимок не готов (исправьте и загрузите снова):</numerusform>
            <numerusform>%n снимка не готовы (исправьте и загрузите снова):</numerusform>
            <numerusform>%n снимков не готовы (исправьте и загрузите снова):</numerusform>
        </translation>
    </message>
    <message>
        <source>photo {id} ({file}):</source>
        <translation>снимок {id} ({file}):</translation>
    </message>
    <message>
        <source>Uploaded {uploaded}, already on the wiki {there}, need your decision {attention}, failed {failed}.</source>
        <translation>Загружено {uploaded}, уже на вики {there}, ждут вашего решения {attention}, не удалось {failed}.</translation>
    </message>
    <message>
        <source>photo {id} ({title}): already there as File:{there}: {url}</source>
        <translation>снимок {id} ({title}): уже есть как File:{there}: {url}</translation>
    </message>
    <message>
        <source>photo {id}: the newer description was sent to File:{title}</source>
        <translation>снимок {id}: новое описание отправлено в File:{title}</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>снимок {id}: {reason}</translation>
    </message>
    <message>
        <source>photo {id}: the newer description was not sent to File:{title}: {reason}</source>
        <translation>снимок {id}: новое описание не отправлено в File:{title}: {reason}</translation>
    </message>
    <message>
        <source>photo {id}: the newer description was not sent to File:{title} yet; run the same command again.</source>
        <translation>снимок {id}: новое описание ещё не отправлено в File:{title}; запустите ту же команду снова.</translation>
    </message>
    <message>
        <source>photo {id}: captions and depicts written to File:{title}</source>
        <translation>снимок {id}: подписи и изображённое записаны в File:{title}</translation>
    </message>
    <message>
        <source>photo {id}: {reason} ({command})</source>
        <translation>снимок {id}: {reason} ({command})</translation>
    </message>
    <message>
        <source>photo {id} ({title}): {reason} [suggested: {action}]</source>
        <translation>снимок {id} ({title}): {reason} [предложено: {action}]</translation>
    </message>
    <message>
        <source>free title: {title} ({command})</source>
        <translation>свободное название: {title} ({command})</translation>
    </message>
    <message>
        <source>photo {id} ({title}): {reason}</source>
        <translation>снимок {id} ({title}): {reason}</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Остановлено: {reason}</translation>
    </message>
    <message>
        <source>The log: {path}</source>
        <translation>Журнал: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are half-way; run the same command again to finish them.</source>
        <translation>
            <numerusform>%n снимок на полпути; запустите ту же команду снова, чтобы закончить.</numerusform>
            <numerusform>%n снимка на полпути; запустите ту же команду снова, чтобы закончить.</numerusform>
            <numerusform>%n снимков на полпути; запустите ту же команду снова, чтобы закончить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: this project&apos;s wiki is {project}; an upload with --wiki {wiki} makes {wiki} the project&apos;s wiki.</source>
        <translation>Внимание: вики этого проекта — {project}; загрузка с --wiki {wiki} сделает {wiki} вики проекта.</translation>
    </message>
    <message>
        <source>This project uploads to {wiki} from now on (it was {project}).</source>
        <translation>Теперь этот проект загружает в {wiki} (раньше было {project}).</translation>
    </message>
    <message>
        <source>Nothing to upload.</source>
        <translation>Загружать нечего.</translation>
    </message>
    <message>
        <source>earlier uploads of this project were sent by {others}; this upload is sent by {user}.</source>
        <translation>прежние загрузки этого проекта отправлял {others}; эту загрузку отправляет {user}.</translation>
    </message>
    <message>
        <source>Stopped at your request; run the same command again to go on.</source>
        <translation>Остановлено по вашей просьбе; запустите ту же команду снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>free title suggested: {title}</source>
        <translation>предложено свободное название: {title}</translation>
    </message>
    <message>
        <source>that is the title the wiki warned about</source>
        <translation>это то название, о котором предупредила вики</translation>
    </message>
    <message>
        <source>--rename gives one photo a title: name one photo.</source>
        <translation>--rename задаёт название одного снимка: укажите один снимок.</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>не загружен</translation>
    </message>
    <message>
        <source>photo {id}: {action} does not apply to a photo that is {state}</source>
        <translation>снимок {id}: {action} не применимо к снимку в состоянии «{state}»</translation>
    </message>
    <message>
        <source>photo {id}: the title {title} cannot be used: {reason}</source>
        <translation>снимок {id}: название {title} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>photo {id}: renamed to {title}</source>
        <translation>снимок {id}: переименован в {title}</translation>
    </message>
    <message>
        <source>photo {id}: done; its page on the wiki is left as it is</source>
        <translation>снимок {id}: готово; его страница на вики оставлена как есть</translation>
    </message>
    <message>
        <source>photo {id}: {state}</source>
        <translation>снимок {id}: {state}</translation>
    </message>
    <message>
        <source>Run photowalk upload again to send it.</source>
        <translation>Запустите photowalk upload снова, чтобы отправить его.</translation>
    </message>
    <message>
        <source>already there as File:{title}  {url}</source>
        <translation>уже есть как File:{title}  {url}</translation>
    </message>
    <message>
        <source>{done}/{size} bytes sent</source>
        <translation>отправлено {done}/{size} байт</translation>
    </message>
    <message>
        <source>no photos</source>
        <translation>нет снимков</translation>
    </message>
    <message>
        <source>not-uploaded</source>
        <translation>не-загружен</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в-очереди</translation>
    </message>
    <message>
        <source>stashing</source>
        <translation>отправка</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>публикация</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>structuring</source>
        <translation>структурирование</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>needs-attention</source>
        <translation>нужно-решение</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>correct a camera&apos;s clock (all its photos at once); without a correction, list the cameras and their corrections</source>
        <translation>исправить часы камеры (все её снимки сразу); без поправки — список камер и их поправок</translation>
    </message>
    <message>
        <source>the camera, as `list` of this command names it (e.g. &quot;NIKON D5300&quot;)</source>
        <translation>камера, как её называет `list` этой команды (например &quot;NIKON D5300&quot;)</translation>
    </message>
    <message>
        <source>[+-]HH:MM[:SS]</source>
        <translation>[+-]ЧЧ:ММ[:СС]</translation>
    </message>
    <message>
        <source>add this to the camera&apos;s times (e.g. +01:03, -0:05:30, +1h03m)</source>
        <translation>прибавить это к времени камеры (например +01:03, -0:05:30, +1h03m)</translation>
    </message>
    <message>
        <source>a photo of a clock or phone screen by this camera (give --shows)</source>
        <translation>снимок часов или экрана телефона этой камерой (укажите --shows)</translation>
    </message>
    <message>
        <source>remove the camera&apos;s correction: its own times again</source>
        <translation>убрать поправку камеры: снова её собственное время</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>ЧЧ:ММ[:СС]</translation>
    </message>
    <message>
        <source>the time the clock in the reference photo shows</source>
        <translation>время, которое показывают часы на опорном снимке</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ПОЯС</translation>
    </message>
    <message>
        <source>the project&apos;s time zone, of camera times written without one (default {zone}); an empty ZONE goes back to the default</source>
        <translation>часовой пояс проекта для времени камеры, записанного без пояса (по умолчанию {zone}); пустой ПОЯС возвращает значение по умолчанию</translation>
    </message>
    <message>
        <source>place photos from a GPS track (GPX) or the phone photos taken beside them</source>
        <translation>разместить снимки по GPS-треку (GPX) или по снимкам телефона, сделанным рядом</translation>
    </message>
    <message>
        <source>a GPX track of the walk</source>
        <translation>GPX-трек прогулки</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <source>place no photo in a gap of the track longer than this (default {seconds})</source>
        <translation>не размещать снимки в разрывах трека длиннее этого (по умолчанию {seconds})</translation>
    </message>
    <message>
        <source>photos of the project with their own GPS place the others taken close in time</source>
        <translation>снимки проекта со своим GPS размещают другие, сделанные близко по времени</translation>
    </message>
    <message>
        <source>how close in time, for --from-phone (default {seconds})</source>
        <translation>насколько близко по времени, для --from-phone (по умолчанию {seconds})</translation>
    </message>
    <message>
        <source>also replace the camera&apos;s own GPS and positions set by hand</source>
        <translation>заменять также собственный GPS камеры и места, заданные вручную</translation>
    </message>
    <message>
        <source>forget the positions geotagging set</source>
        <translation>забыть места, заданные геопривязкой</translation>
    </message>
    <message>
        <source>--reference-photo and --shows go together: the photo of a clock, and the time it shows</source>
        <translation>--reference-photo и --shows задаются вместе: снимок часов и время, которое они показывают</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; name one as Asia/Dushanbe or Europe/Moscow</source>
        <translation>«{zone}» — не часовой пояс; укажите его как Asia/Dushanbe или Europe/Moscow</translation>
    </message>
    <message>
        <source>photo {id} was taken with {camera}, not {named}</source>
        <translation>снимок {id} сделан камерой {camera}, а не {named}</translation>
    </message>
    <message>
        <source>an unnamed camera</source>
        <translation>камера без названия</translation>
    </message>
    <message>
        <source>{camera}: {shift} (photo {id}: {before} -&gt; {after}).</source>
        <translation>{camera}: {shift} (снимок {id}: {before} -&gt; {after}).</translation>
    </message>
    <message>
        <source>unnamed camera</source>
        <translation>камера без названия</translation>
    </message>
    <message>
        <source>name the camera with --camera (see `photowalk time --project P`)</source>
        <translation>укажите камеру через --camera (см. `photowalk time --project P`)</translation>
    </message>
    <message>
        <source>{camera}: the camera&apos;s own times again.</source>
        <translation>{camera}: снова собственное время камеры.</translation>
    </message>
    <message>
        <source>{camera}: {shift}.</source>
        <translation>{camera}: {shift}.</translation>
    </message>
    <message>
        <source>Times without their own offset are {zone} time.</source>
        <translation>Время без собственного смещения считается временем {zone}.</translation>
    </message>
    <message>
        <source>Times without their own offset are {zone} time (the default; --time-zone names another).</source>
        <translation>Время без собственного смещения считается временем {zone} (по умолчанию; --time-zone задаёт другой пояс).</translation>
    </message>
    <message>
        <source>(no camera name)</source>
        <translation>(нет названия камеры)</translation>
    </message>
    <message numerus="yes">
        <source>{camera}: %n photo(s), times {shift}</source>
        <translation>
            <numerusform>{camera}: %n снимок, время {shift}</numerusform>
            <numerusform>{camera}: %n снимка, время {shift}</numerusform>
            <numerusform>{camera}: %n снимков, время {shift}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{camera}: %n photo(s), times as the camera wrote them</source>
        <translation>
            <numerusform>{camera}: %n снимок, время как записала камера</numerusform>
            <numerusform>{camera}: %n снимка, время как записала камера</numerusform>
            <numerusform>{camera}: %n снимков, время как записала камера</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) lost the position geotagging had given them.</source>
        <translation>
            <numerusform>%n снимок потерял место, заданное геопривязкой.</numerusform>
            <numerusform>%n снимка потеряли место, заданное геопривязкой.</numerusform>
            <numerusform>%n снимков потеряли место, заданное геопривязкой.</numerusform>
        </translation>
    </message>
    <message>
        <source>give a track with --gpx FILE, or --from-phone, or both</source>
        <translation>укажите трек через --gpx ФАЙЛ, или --from-phone, или оба</translation>
    </message>
    <message>
        <source>--max-gap and --phone-window are numbers of seconds, 0 or more</source>
        <translation>--max-gap и --phone-window — числа секунд, 0 или больше</translation>
    </message>
    <message>
        <source>Stopped; no position was changed.</source>
        <translation>Остановлено; ни одно место не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) placed ({gpx} from the track, {phone} from phone photos).</source>
        <translation>
            <numerusform>Размещён %n снимок (по треку {gpx}, по снимкам телефона {phone}).</numerusform>
            <numerusform>Размещено %n снимка (по треку {gpx}, по снимкам телефона {phone}).</numerusform>
            <numerusform>Размещено %n снимков (по треку {gpx}, по снимкам телефона {phone}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not placed:</source>
        <translation>
            <numerusform>%n снимок не размещён:</numerusform>
            <numerusform>%n снимка не размещены:</numerusform>
            <numerusform>%n снимков не размещены:</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason} (e.g. photo {id})</source>
        <translation>{reason} (например, снимок {id})</translation>
    </message>
    <message>
        <source>Log in with: photowalk login</source>
        <translation>Войдите командой: photowalk login</translation>
    </message>
    <message>
        <source>print the wikitext to use an uploaded photo in an article, and articles that could use it</source>
        <translation>вывести викитекст для использования загруженной фотографии в статье и статьи, которые могли бы её использовать</translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation>ФОТО</translation>
    </message>
    <message>
        <source>the photo&apos;s number, its file&apos;s name on the wiki, or its original file name</source>
        <translation>номер фотографии, имя её файла в вики или исходное имя файла</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>the language of the article and its Wikipedia (default: tg)</source>
        <translation>язык статьи и её Википедии (по умолчанию: tg)</translation>
    </message>
    <message>
        <source>also list articles near the photo and about what it depicts</source>
        <translation>также перечислить статьи рядом с местом съёмки и о том, что изображено</translation>
    </message>
    <message>
        <source>the API of the articles&apos; wiki; {lang} stands for the language (default: https://{lang}.wikipedia.org/w/api.php)</source>
        <translation>API вики со статьями; {lang} обозначает язык (по умолчанию: https://{lang}.wikipedia.org/w/api.php)</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>МЕТРЫ</translation>
    </message>
    <message>
        <source>how far around the photo to look, 10 to 10000 (default: 1000)</source>
        <translation>как далеко вокруг места съёмки искать, от 10 до 10000 (по умолчанию: 1000)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>nearby articles at most, 1 to 50 (default: 10)</source>
        <translation>не больше стольких статей поблизости, от 1 до 50 (по умолчанию: 10)</translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation>{metres} м</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} км</translation>
    </message>
    <message>
        <source>about {item}</source>
        <translation>о {item}</translation>
    </message>
    <message>
        <source>has no image</source>
        <translation>нет изображения</translation>
    </message>
    <message>
        <source>In an article ({lang}):</source>
        <translation>В статье ({lang}):</translation>
    </message>
    <message>
        <source>In an infobox&apos;s image field:</source>
        <translation>В поле изображения карточки:</translation>
    </message>
    <message>
        <source>In a &lt;gallery&gt;:</source>
        <translation>В &lt;gallery&gt;:</translation>
    </message>
    <message>
        <source>(no {lang} caption: the first sentence of the {lang} description is used)</source>
        <translation>(нет подписи на {lang}: используется первое предложение описания на {lang})</translation>
    </message>
    <message>
        <source>(no {lang} caption or description: write the caption after “thumb|”)</source>
        <translation>(нет подписи или описания на {lang}: напишите подпись после «thumb|»)</translation>
    </message>
    <message>
        <source>Articles on {wiki} that could use it:</source>
        <translation>Статьи в {wiki}, которые могли бы её использовать:</translation>
    </message>
    <message>
        <source>Near the photo:</source>
        <translation>Рядом с местом съёмки:</translation>
    </message>
    <message>
        <source>About what it depicts:</source>
        <translation>О том, что изображено:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>ничего не найдено</translation>
    </message>
    <message>
        <source>log every participant out and remove every saved password and login from the system keyring</source>
        <translation>выйти из учётных записей всех участников и удалить все сохранённые пароли и входы из системного хранилища паролей</translation>
    </message>
    <message>
        <source>also delete the thumbnails of everyone&apos;s photos</source>
        <translation>также удалить миниатюры фотографий всех участников</translation>
    </message>
    <message>
        <source>also forget the participants: their names, accounts and project lists</source>
        <translation>также забыть участников: их имена, учётные записи и списки проектов</translation>
    </message>
    <message>
        <source>Saved passwords removed: {passwords}. Login tokens removed: {tokens}. Participants logged out: {profiles}.</source>
        <translation>Удалено сохранённых паролей: {passwords}. Удалено токенов входа: {tokens}. Вышло участников: {profiles}.</translation>
    </message>
    <message>
        <source>Participants forgotten: {count}.</source>
        <translation>Забыто участников: {count}.</translation>
    </message>
    <message>
        <source>Thumbnails deleted: {mb} MB.</source>
        <translation>Удалено миниатюр: {mb} МБ.</translation>
    </message>
    <message>
        <source>what became of the uploaded files: deletion requests, problem tags, deleted files, where they are used</source>
        <translation>что стало с загруженными файлами: запросы на удаление, шаблоны проблем, удалённые файлы, где они используются</translation>
    </message>
    <message>
        <source>show the results of the last check, without asking the wiki</source>
        <translation>показать результаты последней проверки, не обращаясь к вики</translation>
    </message>
    <message>
        <source>No uploaded file has been checked yet.</source>
        <translation>Ни один загруженный файл ещё не проверялся.</translation>
    </message>
    <message>
        <source>Checked {when}.</source>
        <translation>Проверено: {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) never checked on the wiki: their uploader, deletion and use are not known. Add --check to ask the wiki.</source>
        <translation>
            <numerusform>%n файл ни разу не проверялся в вики: кто его загрузил, удалён ли он и где используется, неизвестно. Добавьте --check, чтобы спросить вики.</numerusform>
            <numerusform>%n файла ни разу не проверялись в вики: кто их загрузил, удалены ли они и где используются, неизвестно. Добавьте --check, чтобы спросить вики.</numerusform>
            <numerusform>%n файлов ни разу не проверялись в вики: кто их загрузил, удалены ли они и где используются, неизвестно. Добавьте --check, чтобы спросить вики.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescriptionRow</name>
    <message>
        <source>Tajik letters? %1</source>
        <translation>Таджикские буквы? %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Describe</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Select photos in the grid to describe them.</source>
        <translation>Выделите снимки в сетке, чтобы описать их.</translation>
    </message>
    <message numerus="yes">
        <source>%n photos selected: what you write here goes to all of them.</source>
        <translation>
            <numerusform>Выделен %n снимок: то, что вы пишете здесь, относится ко всем.</numerusform>
            <numerusform>Выделено %n снимка: то, что вы пишете здесь, относится ко всем.</numerusform>
            <numerusform>Выделено %n снимков: то, что вы пишете здесь, относится ко всем.</numerusform>
        </translation>
    </message>
    <message>
        <source>On Commons already: a new description is sent with the next upload as an edit of its page; a new title is not applied.</source>
        <translation>Уже на Commons: новое описание будет отправлено при следующей загрузке как правка его страницы; новое название не применяется.</translation>
    </message>
    <message numerus="yes">
        <source>On Commons already: %n of the selected photos. A new description is sent with the next upload as an edit of their pages; a new title is not applied.</source>
        <translation>
            <numerusform>Уже на Commons: %n из выделенных снимков. Новое описание будет отправлено при следующей загрузке как правка его страницы; новое название не применяется.</numerusform>
            <numerusform>Уже на Commons: %n из выделенных снимков. Новое описание будет отправлено при следующей загрузке как правка их страниц; новое название не применяется.</numerusform>
            <numerusform>Уже на Commons: %n из выделенных снимков. Новое описание будет отправлено при следующей загрузке как правка их страниц; новое название не применяется.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file can never go to Commons.</source>
        <translation>Этот файл никогда не может попасть на Викисклад.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files can never go to Commons (select one to see why and what to do); what you write here is not used for them.</source>
        <translation>
            <numerusform>%n из выбранных файлов никогда не может попасть на Викисклад (выберите его, чтобы узнать причину и что делать); то, что вы пишете здесь, к нему не применяется.</numerusform>
            <numerusform>%n из выбранных файлов никогда не могут попасть на Викисклад (выберите один, чтобы узнать причину и что делать); то, что вы пишете здесь, к ним не применяется.</numerusform>
            <numerusform>%n из выбранных файлов никогда не могут попасть на Викисклад (выберите один, чтобы узнать причину и что делать); то, что вы пишете здесь, к ним не применяется.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this photo in articles…</source>
        <translation>Использовать фотографию в статьях…</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(разные значения)</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. Rudaki Park fountain</source>
        <translation>Что на снимке, например Фонтан в парке Рудаки</translation>
    </message>
    <message>
        <source>Each photo needs its own title: use a pattern</source>
        <translation>Каждому снимку нужно своё название: используйте шаблон</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Описание на языке: %1</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Добавить язык…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>The camera says %1; with its clock corrected by %2: %3. Leave the field empty to use it.</source>
        <translation>Камера показывает %1; с исправленными часами (%2): %3. Оставьте поле пустым, чтобы использовать это время.</translation>
    </message>
    <message>
        <source>The camera says %1; leave the field empty to use it.</source>
        <translation>Камера записала %1; оставьте поле пустым, чтобы использовать это.</translation>
    </message>
    <message>
        <source>The camera dates differ; leave the field empty to use each photo&apos;s own.</source>
        <translation>Даты камеры разные; оставьте поле пустым, чтобы у каждого снимка осталась своя.</translation>
    </message>
    <message>
        <source>The camera gave no date: write it as YYYY-MM-DD.</source>
        <translation>Камера не записала дату: укажите её как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Show on OpenStreetMap</source>
        <translation>Показать на OpenStreetMap</translation>
    </message>
    <message>
        <source>from the GPS track</source>
        <translation>из GPS-трека</translation>
    </message>
    <message>
        <source>from a phone photo taken at the same time</source>
        <translation>из снимка телефона, сделанного в то же время</translation>
    </message>
    <message>
        <source>from the camera&apos;s GPS</source>
        <translation>по GPS камеры</translation>
    </message>
    <message>
        <source>The photos were taken at different places.</source>
        <translation>Снимки сделаны в разных местах.</translation>
    </message>
    <message>
        <source>No location: type the latitude and longitude, e.g. 38.5598 and 68.7870.</source>
        <translation>Места нет: введите широту и долготу, например 38.5598 и 68.7870.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Project default (%1)</source>
        <translation>По умолчанию для проекта (%1)</translation>
    </message>
    <message>
        <source>The account that uploads</source>
        <translation>Аккаунт, который загружает</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Caption (%1)</source>
        <translation>Подпись (%1)</translation>
    </message>
    <message>
        <source>Depicts</source>
        <translation>Изображено</translation>
    </message>
    <message>
        <source>Type a name or an item id (Q…) and press Enter</source>
        <translation>Введите название или ID элемента (Q…) и нажмите Enter</translation>
    </message>
    <message>
        <source>No items found by name now: the wiki cannot be reached. The event&apos;s items and an item id (Q…) still work.</source>
        <translation>Сейчас элементы по названию не ищутся: вики недоступна. Элементы мероприятия и идентификатор элемента (Q…) по-прежнему работают.</translation>
    </message>
    <message>
        <source>Add depicted item</source>
        <translation>Добавить изображённый элемент</translation>
    </message>
    <message>
        <source>Remove depicted item</source>
        <translation>Убрать изображённый элемент</translation>
    </message>
    <message>
        <source>No suggestions from the wiki now: it cannot be reached.</source>
        <translation>Сейчас нет подсказок из вики: она недоступна.</translation>
    </message>
    <message>
        <source>Titles are given one by one, or to all selected photos with a pattern.</source>
        <translation>Названия даются по одному или всем выделенным снимкам по шаблону.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 из %2 байт</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Использовать «%1»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description (%1)</source>
        <translation>Описание (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Добавление категории</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Удаление категории</translation>
    </message>
    <message>
        <source>Titles from a pattern</source>
        <translation>Названия по шаблону</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) got no title: the pattern needs a description or a date they lack.</source>
        <translation>
            <numerusform>%n снимок остался без названия: шаблону нужно описание или дата, которых у него нет.</numerusform>
            <numerusform>%n снимка остались без названия: шаблону нужно описание или дата, которых у них нет.</numerusform>
            <numerusform>%n снимков остались без названия: шаблону нужно описание или дата, которых у них нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tajik letters:</source>
        <translation>Таджикские буквы:</translation>
    </message>
    <message>
        <source>Title (the file name on Commons)</source>
        <translation>Название (имя файла на Commons)</translation>
    </message>
    <message>
        <source>Pattern, e.g. {description} {date} {n}</source>
        <translation>Шаблон, например {description} {date} {n}</translation>
    </message>
    <message>
        <source>Placeholders: {description} {place} {event} {date} {year} {n} {name}</source>
        <translation>Подстановки: {description} {place} {event} {date} {year} {n} {name}</translation>
    </message>
    <message>
        <source>Title from pattern</source>
        <translation>Названия по шаблону</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Add a category and press Enter</source>
        <translation>Введите категорию и нажмите Enter</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Когда и где</translation>
    </message>
    <message>
        <source>Latitude, e.g. 38.5598</source>
        <translation>Широта, например 38.5598</translation>
    </message>
    <message>
        <source>Longitude, e.g. 68.7870</source>
        <translation>Долгота, например 68.7870</translation>
    </message>
    <message>
        <source>Camera direction in degrees from north (optional)</source>
        <translation>Направление камеры в градусах от севера (необязательно)</translation>
    </message>
    <message>
        <source>Leave the location off the page (privacy)</source>
        <translation>Не показывать место на странице (приватность)</translation>
    </message>
    <message>
        <source>Licence and author</source>
        <translation>Лицензия и автор</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Show the selected photos</source>
        <translation>Показать выбранные снимки</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <source>Drag a pin to move its photos (Ctrl+click pins to move several), drag the round handle to turn the camera&apos;s direction; right-click for more. Blue pins: what the photos show.</source>
        <translation>Перетащите булавку, чтобы переместить её снимки (Ctrl+щелчок — несколько булавок), перетащите круглую ручку, чтобы повернуть направление камеры; правый щелчок — другие действия. Синие булавки: то, что изображено на снимках.</translation>
    </message>
    <message>
        <source>Move on the map</source>
        <translation>Переместить на карте</translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation>Копировать место</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Поместить на карту</translation>
    </message>
    <message>
        <source>Move the subject on the map</source>
        <translation>Передвинуть объект съёмки на карте</translation>
    </message>
</context>
<context>
    <name>EndOfEventDialog</name>
    <message>
        <source>End of event on this laptop</source>
        <translation>Конец мероприятия на этом ноутбуке</translation>
    </message>
    <message>
        <source>Every participant is logged out, and every password and login photowalk saved in the system keyring is removed, for all participants. Project files and photos stay where they are.</source>
        <translation>Все участники выходят из учётных записей, и все пароли и входы, которые photowalk сохранил в системном хранилище паролей, удаляются для всех участников. Файлы проектов и фотографии остаются на месте.</translation>
    </message>
    <message>
        <source>Also forget the participants: their names, accounts and project lists</source>
        <translation>Также забыть участников: их имена, учётные записи и списки проектов</translation>
    </message>
    <message>
        <source>Also delete the thumbnails of everyone&apos;s photos</source>
        <translation>Также удалить миниатюры фотографий всех участников</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Завершить мероприятие</translation>
    </message>
</context>
<context>
    <name>EventReportDialog</name>
    <message>
        <source>Event report</source>
        <translation>Отчёт о мероприятии</translation>
    </message>
    <message>
        <source>Add projects…</source>
        <translation>Добавить проекты…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>For Meta</source>
        <translation>Для Меты</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Галерея</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Add projects</source>
        <translation>Добавить проекты</translation>
    </message>
    <message>
        <source>photowalk projects (*.photowalk)</source>
        <translation>проекты photowalk (*.photowalk)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) never checked on the wiki: use &quot;Check uploaded photos&quot; in each project first.</source>
        <translation>
            <numerusform>%n файл ни разу не проверялся в вики: сначала выполните «Проверить загруженные фотографии» в каждом проекте.</numerusform>
            <numerusform>%n файла ни разу не проверялись в вики: сначала выполните «Проверить загруженные фотографии» в каждом проекте.</numerusform>
            <numerusform>%n файлов ни разу не проверялись в вики: сначала выполните «Проверить загруженные фотографии» в каждом проекте.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Uploaded photos</source>
        <translation>Загруженные фотографии</translation>
    </message>
    <message>
        <source>Check uploaded photos</source>
        <translation>Проверить загруженные фотографии</translation>
    </message>
    <message>
        <source>Open the file page</source>
        <translation>Открыть страницу файла</translation>
    </message>
    <message>
        <source>Only files that need me</source>
        <translation>Только файлы, которым нужно моё внимание</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Asking the wiki…</source>
        <translation>Спрашиваем вики…</translation>
    </message>
    <message>
        <source>The wiki could not be reached; these are the results of the last check.</source>
        <translation>Не удалось связаться с вики; это результаты последней проверки.</translation>
    </message>
    <message>
        <source>No uploaded file has been checked yet.</source>
        <translation>Ни один загруженный файл ещё не проверялся.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked; </source>
        <translation>
            <numerusform>Проверен %n файл; </numerusform>
            <numerusform>Проверено %n файла; </numerusform>
            <numerusform>Проверено %n файлов; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you.</source>
        <translation>
            <numerusform>%n требует вашего внимания.</numerusform>
            <numerusform>%n требуют вашего внимания.</numerusform>
            <numerusform>%n требуют вашего внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Quick deletion</source>
        <translation>Быстрое удаление</translation>
    </message>
    <message>
        <source>Copyright doubt</source>
        <translation>Сомнение в авторских правах</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Нет разрешения</translation>
    </message>
    <message>
        <source>Deletion requested</source>
        <translation>Запрошено удаление</translation>
    </message>
    <message>
        <source>Deletion discussed</source>
        <translation>Обсуждается удаление</translation>
    </message>
    <message>
        <source>Freedom of panorama</source>
        <translation>Свобода панорамы</translation>
    </message>
    <message>
        <source>Check categories</source>
        <translation>Проверить категории</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <source>Uploaded files that need you: %1. See Upload &gt; Check uploaded photos.</source>
        <translation>Загруженных файлов, требующих вашего внимания: %1. См. Загрузка &gt; Проверить загруженные фотографии.</translation>
    </message>
</context>
<context>
    <name>GeotagDialog</name>
    <message>
        <source>Place from phone photos</source>
        <translation>Разместить по фотографиям с телефона</translation>
    </message>
    <message>
        <source>Geotag from GPX track</source>
        <translation>Привязка по треку GPX</translation>
    </message>
    <message>
        <source>Photos without a position get one from the photos taken with a phone at nearly the same time.</source>
        <translation>Фотографии без места получают его от фотографий, снятых телефоном почти в то же время.</translation>
    </message>
    <message>
        <source>Photos without a position get one from a GPS track of the walk (a GPX file from a phone app), by the time they were taken. Fix the camera&apos;s clock first if it was wrong.</source>
        <translation>Фотографии без места получают его из GPS-трека прогулки (файл GPX из приложения на телефоне) по времени съёмки. Если часы камеры шли неверно, сначала исправьте их.</translation>
    </message>
    <message>
        <source>A .gpx file</source>
        <translation>Файл .gpx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>No photo is placed in a gap of the track longer than this</source>
        <translation>В разрыв трека длиннее этого ни одна фотография не помещается</translation>
    </message>
    <message>
        <source>Also from phone photos taken at nearly the same time</source>
        <translation>Также по фотографиям с телефона, снятым почти в то же время</translation>
    </message>
    <message>
        <source>Replace positions the camera recorded or that were set by hand</source>
        <translation>Заменять места, записанные камерой или заданные вручную</translation>
    </message>
    <message>
        <source>GPS track</source>
        <translation>GPS-трек</translation>
    </message>
    <message>
        <source>Largest gap in the track</source>
        <translation>Наибольший разрыв в треке</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Why not placed</source>
        <translation>Почему не размещены</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Например</translation>
    </message>
    <message>
        <source>Place photos</source>
        <translation>Разместить фотографии</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a GPS track</source>
        <translation>Выберите GPS-трек</translation>
    </message>
    <message>
        <source>GPS tracks (*.gpx *.GPX)</source>
        <translation>GPS-треки (*.gpx *.GPX)</translation>
    </message>
    <message>
        <source>Placing photos…</source>
        <translation>Размещаем фотографии…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Останавливаем…</translation>
    </message>
    <message>
        <source>Placing photos: {done} of {total}</source>
        <translation>Размещение фотографий: {done} из {total}</translation>
    </message>
    <message>
        <source>Stopped; no position was changed.</source>
        <translation>Остановлено; ни одно место не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>Place %n photo(s)</source>
        <translation>
            <numerusform>Разместить %n фотографию</numerusform>
            <numerusform>Разместить %n фотографии</numerusform>
            <numerusform>Разместить %n фотографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) placed</source>
        <translation>
            <numerusform>Размещена %n фотография</numerusform>
            <numerusform>Размещено %n фотографии</numerusform>
            <numerusform>Размещено %n фотографий</numerusform>
        </translation>
    </message>
    <message>
        <source>({gpx} from the track, {phone} from phone photos).</source>
        <translation>({gpx} по треку, {phone} по фотографиям с телефона).</translation>
    </message>
    <message>
        <source>Edit › Undo takes them back.</source>
        <translation>Правка › Отменить вернёт всё назад.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not placed:</source>
        <translation>
            <numerusform>Не размещена %n фотография:</numerusform>
            <numerusform>Не размещены %n фотографии:</numerusform>
            <numerusform>Не размещено %n фотографий:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>First steps with Commons</source>
        <translation>Первые шаги на Commons</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close the guide; Help › First steps with Commons opens it again</source>
        <translation>Закрыть руководство; Справка › Первые шаги на Commons откроет его снова</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Looking for photos…</source>
        <translation>Поиск снимков…</translation>
    </message>
    <message numerus="yes">
        <source>Looking for photos… %n found</source>
        <translation>
            <numerusform>Поиск снимков… найден %n</numerusform>
            <numerusform>Поиск снимков… найдено %n</numerusform>
            <numerusform>Поиск снимков… найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the pictures: {done} of {total}</source>
        <translation>Проверка снимков: {done} из {total}</translation>
    </message>
    <message>
        <source>Reading photos: {done} of {total}</source>
        <translation>Чтение снимков: {done} из {total}</translation>
    </message>
    <message>
        <source>Stopping after the photos in hand…</source>
        <translation>Остановка после текущих снимков…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported</source>
        <translation>
            <numerusform>Импортирован %n снимок</numerusform>
            <numerusform>Импортировано %n снимка</numerusform>
            <numerusform>Импортировано %n снимков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited after import, updated</source>
        <translation>
            <numerusform>%n изменён после импорта, обновлён</numerusform>
            <numerusform>%n изменены после импорта, обновлены</numerusform>
            <numerusform>%n изменены после импорта, обновлены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n уже в проекте</numerusform>
            <numerusform>%n уже в проекте</numerusform>
            <numerusform>%n уже в проекте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot go to Commons</source>
        <translation>
            <numerusform>%n нельзя загрузить на Commons</numerusform>
            <numerusform>%n нельзя загрузить на Commons</numerusform>
            <numerusform>%n нельзя загрузить на Commons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n не удалось прочитать</numerusform>
            <numerusform>%n не удалось прочитать</numerusform>
            <numerusform>%n не удалось прочитать</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {summary}</source>
        <translation>Импорт остановлен: {summary}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Edit existing pages</source>
        <translation>Редактирование существующих страниц</translation>
    </message>
    <message>
        <source>Create, edit, and move pages</source>
        <translation>Создание, редактирование и переименование страниц</translation>
    </message>
    <message>
        <source>Upload new files</source>
        <translation>Загрузка новых файлов</translation>
    </message>
    <message>
        <source>Upload, replace, and move files</source>
        <translation>Загрузка, замена и переименование файлов</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Log in with your Wikimedia account: photowalk opens the wiki in your browser, you log in there and press Allow. photowalk never sees your password.</source>
        <translation>Войдите с учётной записью Викимедиа: photowalk откроет вики в браузере, вы войдёте там и нажмёте «Разрешить». photowalk никогда не видит ваш пароль.</translation>
    </message>
    <message>
        <source>as registered on Meta (see the README)</source>
        <translation>как зарегистрировано на Мете (см. README)</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID клиента OAuth</translation>
    </message>
    <message>
        <source>optional: lets the wiki renew the login</source>
        <translation>необязательно: позволяет вики продлевать вход</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Секрет клиента</translation>
    </message>
    <message>
        <source>Log in with your Wikimedia account</source>
        <translation>Войти с учётной записью Викимедиа</translation>
    </message>
    <message>
        <source>Or with a bot password:</source>
        <translation>Или с паролем бота:</translation>
    </message>
    <message>
        <source>Wiki</source>
        <translation>Вики</translation>
    </message>
    <message>
        <source>Name@photowalk</source>
        <translation>Имя@photowalk</translation>
    </message>
    <message>
        <source>Bot user name</source>
        <translation>Имя пользователя бота</translation>
    </message>
    <message>
        <source>Bot password</source>
        <translation>Пароль бота</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>photowalk logs in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can do only what you allow, and you can revoke it at any time. Create one at &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; (name it e.g. photowalk) with these grants ticked, then enter the user name it shows (Name@photowalk) and its password here:</source>
        <translation>photowalk входит с &lt;b&gt;паролем бота&lt;/b&gt;, а не с вашим основным паролем: он может только то, что вы разрешили, и его можно отозвать в любой момент. Создайте его на &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; (назовите, например, photowalk), отметив эти права, и введите здесь показанное имя (Имя@photowalk) и пароль:</translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth client registered for this wiki; the README says how to register one on Meta.</source>
        <translation>Введите ID клиента OAuth, зарегистрированного для этой вики; в README сказано, как зарегистрировать его на Мете.</translation>
    </message>
    <message>
        <source>Waiting for the browser: log in to %1 there and press Allow. Cancel stops waiting.</source>
        <translation>Ожидание браузера: войдите там в %1 и нажмите «Разрешить». «Отмена» прекращает ожидание.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser, log in and press Allow; photowalk waits:</source>
        <translation>Не удалось открыть браузер. Откройте этот адрес в браузере, войдите и нажмите «Разрешить»; photowalk ждёт:</translation>
    </message>
    <message>
        <source>Enter the bot user name and its password.</source>
        <translation>Введите имя пользователя бота и его пароль.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Вход в %1…</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Вход выполнен как %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>photowalk cannot remember the password, so it asks for it each time it starts. To have it remembered, set up or unlock the system&apos;s password store (on Linux a Secret Service such as GNOME Keyring or KWallet), then log in again.</source>
        <translation>photowalk не может запомнить пароль, поэтому спрашивает его при каждом запуске. Чтобы пароль запоминался, настройте или разблокируйте системное хранилище паролей (в Linux — Secret Service, например GNOME Keyring или KWallet), затем войдите снова.</translation>
    </message>
    <message>
        <source>Stopped waiting for the browser.</source>
        <translation>Ожидание браузера прекращено.</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Войти не удалось: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>New project from an event &amp;preset…</source>
        <translation>Новый проект по &amp;шаблону мероприятия…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Импорт папки…</translation>
    </message>
    <message>
        <source>Import the photos of a folder, e.g. a camera card (Ctrl+I)</source>
        <translation>Импортировать снимки из папки, например с карты камеры (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Импорт &amp;файлов…</translation>
    </message>
    <message>
        <source>Apply event pre&amp;set…</source>
        <translation>&amp;Применить шаблон мероприятия…</translation>
    </message>
    <message>
        <source>Fill what is still empty in this project from an event preset, and new photos from it later</source>
        <translation>Заполнить то, что в этом проекте ещё пусто, из шаблона мероприятия, а позже — и новые снимки</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Write the whole project to another file, e.g. to send it or keep a backup</source>
        <translation>Записать весь проект в другой файл, например чтобы отправить его или сохранить резервную копию</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Remove from project…</source>
        <translation>&amp;Убрать из проекта…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Загрузить…</translation>
    </message>
    <message>
        <source>Upload the photos that are ready (Ctrl+U)</source>
        <translation>Загрузить готовые снимки (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About photowalk</source>
        <translation>&amp;О программе photowalk</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Search titles, descriptions, categories</source>
        <translation>Поиск по названиям, описаниям, категориям</translation>
    </message>
    <message>
        <source>No photos yet.
Drop a camera folder here, or press Import folder (Ctrl+I).</source>
        <translation>Снимков пока нет.
Перетащите сюда папку камеры или нажмите «Импорт папки» (Ctrl+I).</translation>
    </message>
    <message>
        <source>This project is on a memory stick or a network folder. photowalk works on a copy on this computer and saves it there every few seconds and when you close the project; other programs cannot open it meanwhile.</source>
        <translation>Этот проект находится на флешке или в сетевой папке. photowalk работает с его копией на этом компьютере и сохраняет её туда каждые несколько секунд и при закрытии проекта; другие программы пока не могут его открыть.</translation>
    </message>
    <message>
        <source>Changes from an earlier session</source>
        <translation>Изменения из прошлого сеанса</translation>
    </message>
    <message>
        <source>photowalk was stopped before it could save some changes to this project, and the project was changed elsewhere since. Nothing was overwritten: those changes are in {copy}.</source>
        <translation>photowalk был остановлен, не успев сохранить некоторые изменения этого проекта, а с тех пор проект изменили в другом месте. Ничего не перезаписано: эти изменения находятся в {copy}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left from an earlier session were saved to the project.</source>
        <translation>
            <numerusform>%n изменение, оставшееся от прошлого сеанса, сохранено в проекте.</numerusform>
            <numerusform>%n изменения, оставшиеся от прошлого сеанса, сохранены в проекте.</numerusform>
            <numerusform>%n изменений, оставшихся от прошлого сеанса, сохранены в проекте.</numerusform>
        </translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (копия)</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>Сохранить копию проекта</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Копия сохранена: {path}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>photowalk projects (*.photowalk)</source>
        <translation>Проекты photowalk (*.photowalk)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Недавних проектов нет</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Choose an event preset</source>
        <translation>Выберите шаблон мероприятия</translation>
    </message>
    <message>
        <source>Event presets (*.toml)</source>
        <translation>Шаблоны мероприятий (*.toml)</translation>
    </message>
    <message>
        <source>Import photos from a folder</source>
        <translation>Импорт снимков из папки</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Импорт снимков</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Импорт уже идёт; дождитесь его окончания или отмените.</translation>
    </message>
    <message>
        <source>Import HEIC photos as &amp;JPEG</source>
        <translation>Импортировать снимки HEIC как &amp;JPEG</translation>
    </message>
    <message>
        <source>Phone photos in HEIC are imported as JPEG copies with all their data, in a JPEG folder beside the project; the originals stay as they are</source>
        <translation>Снимки телефона в HEIC импортируются как копии JPEG со всеми данными, в папку JPEG рядом с проектом; оригиналы остаются как есть</translation>
    </message>
    <message>
        <source>&amp;Look closer</source>
        <translation>&amp;Рассмотреть</translation>
    </message>
    <message>
        <source>Show the photo large, with its problems and camera data</source>
        <translation>Показать снимок крупно, с его проблемами и данными камеры</translation>
    </message>
    <message>
        <source>&amp;Not for upload</source>
        <translation>&amp;Не загружать</translation>
    </message>
    <message>
        <source>Mark the selected photos not for upload, or for upload again</source>
        <translation>Отметить выбранные снимки как «не загружать» или снова как «загружать»</translation>
    </message>
    <message>
        <source>&amp;Keep the sharpest of each burst</source>
        <translation>&amp;Оставить самый резкий в каждой серии</translation>
    </message>
    <message>
        <source>In each group of near-duplicate photos taken seconds apart (of the selection, or of all photos), mark all but the sharpest not for upload</source>
        <translation>В каждой группе почти одинаковых снимков, сделанных с разницей в секунды (из выбранных или из всех), отметить все, кроме самого резкого, как «не загружать»</translation>
    </message>
    <message>
        <source>Fix camera &amp;clock…</source>
        <translation>Исправить &amp;часы камеры…</translation>
    </message>
    <message>
        <source>Correct the times of all photos of a camera whose clock was wrong</source>
        <translation>Исправить время всех фотографий камеры, часы которой шли неверно</translation>
    </message>
    <message>
        <source>&amp;Geotag from GPX track…</source>
        <translation>&amp;Привязка по треку GPX…</translation>
    </message>
    <message>
        <source>Give photos without a position one from a phone&apos;s GPS track of the walk</source>
        <translation>Дать фотографиям без места координаты из GPS-трека прогулки с телефона</translation>
    </message>
    <message>
        <source>Place from &amp;phone photos…</source>
        <translation>Разместить по фотографиям с &amp;телефона…</translation>
    </message>
    <message>
        <source>Give photos without a position the one of phone photos taken at nearly the same time</source>
        <translation>Дать фотографиям без места координаты фотографий с телефона, снятых почти в то же время</translation>
    </message>
    <message>
        <source>Use this &amp;photo in articles…</source>
        <translation>Использовать &amp;фотографию в статьях…</translation>
    </message>
    <message>
        <source>The wikitext to put the selected uploaded photo into an article, and articles that could use it</source>
        <translation>Викитекст, чтобы вставить выбранную загруженную фотографию в статью, и статьи, которые могли бы её использовать</translation>
    </message>
    <message>
        <source>&amp;Check uploaded photos…</source>
        <translation>&amp;Проверить загруженные фотографии…</translation>
    </message>
    <message>
        <source>Ask the wiki what became of the uploaded photos: deletion requests, problem tags, where they are used</source>
        <translation>Спросить вики, что стало с загруженными фотографиями: запросы на удаление, шаблоны проблем, где они используются</translation>
    </message>
    <message>
        <source>&amp;Event report…</source>
        <translation>&amp;Отчёт о мероприятии…</translation>
    </message>
    <message>
        <source>Per participant: photos uploaded, bytes, captions, depicts, deleted, used; for Meta, as CSV, as a gallery</source>
        <translation>По каждому участнику: загруженные фотографии, байты, подписи, изображённое, удалённые, использованные; для Меты, в CSV, в виде галереи</translation>
    </message>
    <message>
        <source>&amp;First steps with Commons…</source>
        <translation>&amp;Первые шаги на Commons…</translation>
    </message>
    <message>
        <source>What Commons accepts: own work, licences, buildings and statues, people</source>
        <translation>Что принимает Commons: собственная работа, лицензии, здания и памятники, люди</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n missing project(s) from the list</source>
        <translation>
            <numerusform>Убрать %n отсутствующий проект из списка</numerusform>
            <numerusform>Убрать %n отсутствующих проекта из списка</numerusform>
            <numerusform>Убрать %n отсутствующих проектов из списка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were not imported.</source>
        <translation>
            <numerusform>%n файл не удалось прочитать, он не импортирован.</numerusform>
            <numerusform>%n файла не удалось прочитать, они не импортированы.</numerusform>
            <numerusform>%n файлов не удалось прочитать, они не импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n photo(s) not for upload</source>
        <translation>
            <numerusform>Отметить %n снимок как «не загружать»</numerusform>
            <numerusform>Отметить %n снимка как «не загружать»</numerusform>
            <numerusform>Отметить %n снимков как «не загружать»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n photo(s) for upload again</source>
        <translation>
            <numerusform>Снова отметить %n снимок для загрузки</numerusform>
            <numerusform>Снова отметить %n снимка для загрузки</numerusform>
            <numerusform>Снова отметить %n снимков для загрузки</numerusform>
        </translation>
    </message>
    <message>
        <source>No bursts: no photos taken seconds apart look alike.</source>
        <translation>Серий нет: среди снимков, сделанных с разницей в секунды, похожих нет.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the sharpest of %n burst(s)</source>
        <translation>
            <numerusform>Оставить самый резкий в %n серии</numerusform>
            <numerusform>Оставить самый резкий в %n сериях</numerusform>
            <numerusform>Оставить самый резкий в %n сериях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload; the sharpest of each burst is kept.</source>
        <translation>
            <numerusform>%n снимок отмечен как «не загружать»; в каждой серии оставлен самый резкий.</numerusform>
            <numerusform>%n снимка отмечены как «не загружать»; в каждой серии оставлен самый резкий.</numerusform>
            <numerusform>%n снимков отмечены как «не загружать»; в каждой серии оставлен самый резкий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n снимок</numerusform>
            <numerusform>%n снимка</numerusform>
            <numerusform>%n снимков</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n not for upload</source>
        <translation>
            <numerusform>%n не загружать</numerusform>
            <numerusform>%n не загружать</numerusform>
            <numerusform>%n не загружать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>выделен %n</numerusform>
            <numerusform>выделено %n</numerusform>
            <numerusform>выделено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Убрать из проекта</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n photo(s) from the project? The files stay where they are.</source>
        <translation>
            <numerusform>Убрать %n снимок из проекта? Файлы останутся на месте.</numerusform>
            <numerusform>Убрать %n снимка из проекта? Файлы останутся на месте.</numerusform>
            <numerusform>Убрать %n снимков из проекта? Файлы останутся на месте.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Import the photos of your walk: Project › Import folder (Ctrl+I), or drop the folder here.
2. Select photos of the same place (Ctrl+click, Shift+click) and describe them together on the right: a title for each, a description, categories.
3. The Problems tab lists what Commons would refuse; click a problem to see the photo.
4. Log in with a bot password and press Upload (Ctrl+U).

Everything is saved as you type. Alt+G, Alt+I, Alt+K, Alt+U, Alt+H and Alt+J type ғ ӣ қ ӯ ҳ ҷ.</source>
        <translation>1. Импортируйте снимки прогулки: Проект › Импорт папки (Ctrl+I) или перетащите папку сюда.
2. Выделите снимки одного места (Ctrl+щелчок, Shift+щелчок) и опишите их вместе справа: название каждому, описание, категории.
3. На вкладке «Проблемы» — то, что Commons отклонит; щёлкните проблему, чтобы увидеть снимок.
4. Войдите с паролем бота и нажмите «Загрузить» (Ctrl+U).

Всё сохраняется по мере ввода. Alt+G, Alt+I, Alt+K, Alt+U, Alt+H и Alt+J печатают ғ ӣ қ ӯ ҳ ҷ.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;photowalk {version} is out&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;Вышел photowalk {version}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Build: {build}</source>
        <translation>Сборка: {build}</translation>
    </message>
    <message>
        <source>About photowalk</source>
        <translation>О программе photowalk</translation>
    </message>
    <message>
        <source>photowalk {version}
From a camera card to finished files on Wikimedia Commons.
Made for the Tajik Wikimedians User Group.
{url}</source>
        <translation>photowalk {version}
С карты камеры — к готовым файлам на Викискладе (Wikimedia Commons).
Сделано для группы участников «Таджикские викимедийцы».
{url}</translation>
    </message>
    <message>
        <source>Upload running</source>
        <translation>Идёт загрузка</translation>
    </message>
    <message>
        <source>An upload is running. Stop it? Photos already uploaded stay uploaded; the rest can be uploaded later.</source>
        <translation>Идёт загрузка. Остановить её? Загруженные снимки останутся загруженными; остальные можно загрузить позже.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%n selected photo(s) without a place: drag this pin to where they were taken.</source>
        <translation>
            <numerusform>%n выбранный снимок без места: перетащите эту булавку туда, где он снят.</numerusform>
            <numerusform>%n выбранных снимка без места: перетащите эту булавку туда, где они сняты.</numerusform>
            <numerusform>%n выбранных снимков без места: перетащите эту булавку туда, где они сняты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy this photo&apos;s location to the selected photos</source>
        <translation>Скопировать место этого снимка выбранным снимкам</translation>
    </message>
    <message>
        <source>Put the selected photos here</source>
        <translation>Поместить выбранные снимки сюда</translation>
    </message>
    <message>
        <source>Offline: the map shows the tiles kept on this computer.</source>
        <translation>Нет сети: карта показывает фрагменты, сохранённые на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Your name, as the others call you</source>
        <translation>Ваше имя, как вас называют другие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>photowalk asks for your wiki account when you first upload, and keeps it apart from everyone else&apos;s.</source>
        <translation>photowalk спросит вашу учётную запись вики при первой загрузке и будет хранить её отдельно от чужих.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message numerus="yes">
        <source>The last upload of this project stopped part way: %n photo(s) are not on the wiki yet.</source>
        <translation>
            <numerusform>Последняя загрузка этого проекта прервалась: %n снимок ещё не на вики.</numerusform>
            <numerusform>Последняя загрузка этого проекта прервалась: %n снимка ещё не на вики.</numerusform>
            <numerusform>Последняя загрузка этого проекта прервалась: %n снимков ещё не на вики.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the project</source>
        <translation>Открыть проект заново</translation>
    </message>
    <message>
        <source>Continue upload</source>
        <translation>Продолжить загрузку</translation>
    </message>
</context>
<context>
    <name>OriginSection</name>
    <message>
        <source>Author of the photo</source>
        <translation>Автор фотографии</translation>
    </message>
    <message>
        <source>Source of the photo</source>
        <translation>Источник фотографии</translation>
    </message>
    <message>
        <source>Why Commons may have the photo</source>
        <translation>Почему Commons может хранить фотографию</translation>
    </message>
    <message>
        <source>Year the author died</source>
        <translation>Год смерти автора</translation>
    </message>
    <message>
        <source>Year the photo was made</source>
        <translation>Год съёмки</translation>
    </message>
    <message>
        <source>Whose photo is this?</source>
        <translation>Чья это фотография?</translation>
    </message>
    <message>
        <source>My own photo</source>
        <translation>Моя фотография</translation>
    </message>
    <message>
        <source>Someone else&apos;s</source>
        <translation>Чужая</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Why Commons may have it</source>
        <translation>Почему Commons может её хранить</translation>
    </message>
    <message>
        <source>Year made or published</source>
        <translation>Год съёмки или публикации</translation>
    </message>
    <message>
        <source>Who took the photo (or “unknown”)</source>
        <translation>Кто снял фотографию (или «неизвестен»)</translation>
    </message>
    <message>
        <source>A web address, or e.g. “family album, printed 1965”</source>
        <translation>Веб-адрес или, например, «семейный альбом, отпечатано в 1965»</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>PageTextPanel</name>
    <message>
        <source>Page text</source>
        <translation>Текст страницы</translation>
    </message>
    <message>
        <source>Select a photo to see the text of its page on Commons.</source>
        <translation>Выделите снимок, чтобы увидеть текст его страницы на Commons.</translation>
    </message>
    <message>
        <source>File:%1</source>
        <translation>File:%1</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>choose your name…</source>
        <translation>выберите своё имя…</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Новый участник…</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Я —</translation>
    </message>
    <message>
        <source>Each participant uploads with their own account, in their own language, and sees their own projects</source>
        <translation>Каждый участник загружает под своей учётной записью, на своём языке и видит свои проекты</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Saved passwords removed: %1. Login tokens removed: %2. Participants logged out: %3.</source>
        <translation>Удалено сохранённых паролей: %1. Удалено токенов входа: %2. Вышло участников: %3.</translation>
    </message>
    <message>
        <source>Participants forgotten: %1.</source>
        <translation>Забыто участников: %1.</translation>
    </message>
    <message>
        <source>Thumbnails deleted: %1 MB.</source>
        <translation>Удалено миниатюр: %1 МБ.</translation>
    </message>
    <message>
        <source>Switch &amp;participant…</source>
        <translation>Сменить &amp;участника…</translation>
    </message>
    <message>
        <source>Close the project and choose who uploads next</source>
        <translation>Закрыть проект и выбрать, кто загружает дальше</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Close the project and end this participant&apos;s login in photowalk; a saved password stays for their next time</source>
        <translation>Закрыть проект и завершить вход этого участника в photowalk; сохранённый пароль остаётся до следующего раза</translation>
    </message>
    <message>
        <source>&amp;Forget saved password</source>
        <translation>&amp;Забыть сохранённый пароль</translation>
    </message>
    <message>
        <source>Remove this account&apos;s password or login from the system keyring</source>
        <translation>Удалить пароль или вход этой учётной записи из системного хранилища паролей</translation>
    </message>
    <message>
        <source>&amp;End of event on this laptop…</source>
        <translation>&amp;Конец мероприятия на этом ноутбуке…</translation>
    </message>
    <message>
        <source>Log every participant out and remove every saved password and login</source>
        <translation>Выйти из учётных записей всех участников и удалить все сохранённые пароли и входы</translation>
    </message>
    <message>
        <source>Forget saved password</source>
        <translation>Забыть сохранённый пароль</translation>
    </message>
    <message>
        <source>The saved password and login are removed from the system keyring. This window stays logged in until you log out or quit.</source>
        <translation>Сохранённые пароль и вход удалены из системного хранилища паролей. Это окно остаётся в учётной записи, пока вы не выйдете или не закроете программу.</translation>
    </message>
    <message>
        <source>No password or login was saved for this account.</source>
        <translation>Для этой учётной записи не было сохранено ни пароля, ни входа.</translation>
    </message>
    <message>
        <source>End of event on this laptop</source>
        <translation>Конец мероприятия на этом ноутбуке</translation>
    </message>
    <message>
        <source>Another participant&apos;s project</source>
        <translation>Проект другого участника</translation>
    </message>
    <message>
        <source>This project is %1&apos;s. Switch to %1 to open it? Its uploads then go with %1&apos;s account.</source>
        <translation>Это проект участника %1. Переключиться на %1, чтобы открыть его? Тогда его загрузки пойдут от учётной записи %1.</translation>
    </message>
</context>
<context>
    <name>PhotoFilterModel</name>
    <message>
        <source>All photos</source>
        <translation>Все снимки</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>С проблемами</translation>
    </message>
    <message>
        <source>Ready to upload</source>
        <translation>Готовы к загрузке</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Загруженные</translation>
    </message>
    <message>
        <source>Not for upload</source>
        <translation>Не загружать</translation>
    </message>
    <message>
        <source>Bursts and near duplicates</source>
        <translation>Серии и почти дубликаты</translation>
    </message>
    <message>
        <source>By time taken</source>
        <translation>По времени съёмки</translation>
    </message>
    <message>
        <source>By file name</source>
        <translation>По имени файла</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>Someone else&apos;s photo</source>
        <translation>Чужая фотография</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>{w} × {h} pixels ({mp:.1f} MP)</source>
        <translation>{w} × {h} пикселей ({mp:.1f} Мп)</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Размер файла</translation>
    </message>
    <message>
        <source>{mb:.1f} MB</source>
        <translation>{mb:.1f} МБ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Not for upload</source>
        <translation>Не загружать</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation>Подробнее в руководстве</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
    <message>
        <source>← → move · Z 100 % · X not for upload · Esc close</source>
        <translation>← → перейти · Z 100 % · X не загружать · Esc закрыть</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>event name</source>
        <translation>название мероприятия</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>лицензия</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <source>title pattern</source>
        <translation>шаблон названия</translation>
    </message>
    <message>
        <source>description prefix</source>
        <translation>префикс описания</translation>
    </message>
    <message>
        <source>caption prefix</source>
        <translation>префикс подписи</translation>
    </message>
    <message>
        <source>depicts items offered</source>
        <translation>предлагаемое изображённое</translation>
    </message>
    <message>
        <source>gallery title</source>
        <translation>заголовок галереи</translation>
    </message>
    <message>
        <source>upload bandwidth cap</source>
        <translation>ограничение скорости загрузки</translation>
    </message>
    <message>
        <source>Apply event preset</source>
        <translation>Применить пресет мероприятия</translation>
    </message>
    <message>
        <source>Apply the event preset “%1”?</source>
        <translation>Применить пресет мероприятия «%1»?</translation>
    </message>
    <message>
        <source>It fills only what is still empty, never what was written:</source>
        <translation>Он заполняет только пустое, никогда не трогая написанное:</translation>
    </message>
    <message>
        <source>Nothing in the project is empty that it would fill now.</source>
        <translation>В проекте нет пустых полей, которые он заполнил бы сейчас.</translation>
    </message>
    <message>
        <source>Photos imported later are filled from it too. Edit ▸ Undo takes it all back.</source>
        <translation>Фотографии, импортированные позже, тоже заполняются из него. Правка ▸ Отменить вернёт всё назад.</translation>
    </message>
    <message>
        <source>Uploads go to %1 instead of %2</source>
        <translation>Загрузки пойдут в %1 вместо %2</translation>
    </message>
    <message numerus="yes">
        <source>the licence of %n photo(s)</source>
        <translation>
            <numerusform>лицензия для %n снимка</numerusform>
            <numerusform>лицензия для %n снимков</numerusform>
            <numerusform>лицензия для %n снимков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>categories on %n photo(s)</source>
        <translation>
            <numerusform>категории для %n снимка</numerusform>
            <numerusform>категории для %n снимков</numerusform>
            <numerusform>категории для %n снимков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>templates on %n photo(s)</source>
        <translation>
            <numerusform>вики-шаблоны для %n снимка</numerusform>
            <numerusform>вики-шаблоны для %n снимков</numerusform>
            <numerusform>вики-шаблоны для %n снимков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the event&apos;s prefix before %n description(s)</source>
        <translation>
            <numerusform>префикс мероприятия перед %n описанием</numerusform>
            <numerusform>префикс мероприятия перед %n описаниями</numerusform>
            <numerusform>префикс мероприятия перед %n описаниями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the event&apos;s prefix before %n caption(s)</source>
        <translation>
            <numerusform>префикс мероприятия перед %n подписью</numerusform>
            <numerusform>префикс мероприятия перед %n подписями</numerusform>
            <numerusform>префикс мероприятия перед %n подписями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>titles for %n photo(s)</source>
        <translation>
            <numerusform>названия для %n снимка</numerusform>
            <numerusform>названия для %n снимков</numerusform>
            <numerusform>названия для %n снимков</numerusform>
        </translation>
    </message>
    <message>
        <source>the project&apos;s %1</source>
        <translation>проекта: %1</translation>
    </message>
    <message>
        <source>on every page: %1</source>
        <translation>на каждой странице: %1</translation>
    </message>
    <message>
        <source>after every upload comment and edit summary: %1</source>
        <translation>после каждого комментария загрузки и описания правки: %1</translation>
    </message>
</context>
<context>
    <name>PresetFlow</name>
    <message>
        <source>Event preset %1</source>
        <translation>Пресет мероприятия %1</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Suggested: %1</source>
        <translation>Предлагается: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Licence for new projects</source>
        <translation>Лицензия для новых проектов</translation>
    </message>
    <message>
        <source>Your Commons user name</source>
        <translation>Ваше имя участника на Commons</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Wikimedia Commons, or the API address of another wiki</source>
        <translation>Викисклад или адрес API другой вики</translation>
    </message>
    <message>
        <source>Wiki</source>
        <translation>Вики</translation>
    </message>
    <message>
        <source>Wiki of this project</source>
        <translation>Вики этого проекта</translation>
    </message>
    <message>
        <source>Uploads at the same time</source>
        <translation>Одновременных загрузок</translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation> Мбит/с</translation>
    </message>
    <message>
        <source>No cap (or the event preset&apos;s)</source>
        <translation>Без ограничения (или из пресета мероприятия)</translation>
    </message>
    <message>
        <source>Upload bandwidth cap</source>
        <translation>Ограничение скорости загрузки</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Thumbnail cache on disk</source>
        <translation>Кэш миниатюр на диске</translation>
    </message>
    <message>
        <source>Thumbnails kept in memory</source>
        <translation>Миниатюры в памяти</translation>
    </message>
    <message>
        <source>OpenStreetMap&apos;s own tile server</source>
        <translation>Собственный сервер фрагментов OpenStreetMap</translation>
    </message>
    <message>
        <source>Another tile server for the map: its address with {z}, {x} and {y}, as https://tiles.example.org/{z}/{x}/{y}.png</source>
        <translation>Другой сервер фрагментов карты: его адрес с {z}, {x} и {y}, например https://tiles.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Фрагменты карты</translation>
    </message>
    <message>
        <source>Map tiles kept on disk for offline use; the ones shown longest ago go first</source>
        <translation>Фрагменты карты, хранимые на диске для работы без сети; первыми удаляются те, что показывались давнее всего</translation>
    </message>
    <message>
        <source>Map tile cache on disk</source>
        <translation>Кэш фрагментов карты на диске</translation>
    </message>
    <message>
        <source>Tell me when a newer photowalk is out (asks pypi.org once a week)</source>
        <translation>Сообщать о выходе новой версии photowalk (раз в неделю спрашивает pypi.org)</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Обновления</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>%1: the file is not there any more (moved, renamed, or on a card not in the computer now).</source>
        <translation>%1: файла больше нет на месте (перемещён, переименован или на карте, которой сейчас нет в компьютере).</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n missing project(s) from the list</source>
        <translation>
            <numerusform>Убрать %n отсутствующий проект из списка</numerusform>
            <numerusform>Убрать %n отсутствующих проекта из списка</numerusform>
            <numerusform>Убрать %n отсутствующих проектов из списка</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>From a camera card to finished files on Wikimedia Commons.</source>
        <translation>С карты камеры — к готовым файлам на Wikimedia Commons.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>Start a project and import the photos of a walk</source>
        <translation>Начать проект и импортировать снимки прогулки</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <source>New project from an event preset…</source>
        <translation>Новый проект по шаблону мероприятия…</translation>
    </message>
    <message>
        <source>A preset from the organisers fills in the place, categories and licence of the event</source>
        <translation>Шаблон от организаторов заполняет место, категории и лицензию мероприятия</translation>
    </message>
    <message>
        <source>You can also drop a camera folder or a project file onto this window.</source>
        <translation>Можно также перетащить в это окно папку камеры или файл проекта.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Недавние проекты</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Недавних проектов пока нет.</translation>
    </message>
    <message>
        <source>The project files stay where they are; only the list forgets them</source>
        <translation>Файлы проектов остаются на месте; только список их забывает</translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>Link or message</source>
        <translation>Ссылка или сообщение</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Waiting</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикуется</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверяется</translation>
    </message>
    <message>
        <source>Writing captions</source>
        <translation>Запись подписей</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Нужно ваше решение</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Не готово</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>A free title: %1</source>
        <translation>Свободное название: %1</translation>
    </message>
    <message>
        <source>Already on the wiki as File:%1.</source>
        <translation>Уже есть в вики как File:%1.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>Not logged in. This project uploads to %1.</source>
        <translation>Вход не выполнен. Этот проект загружает в %1.</translation>
    </message>
    <message>
        <source>Uploading to %1 as %2</source>
        <translation>Загрузка в %1 от имени %2</translation>
    </message>
    <message>
        <source>Earlier files of this project were sent by %1; these go as %2 only.</source>
        <translation>Прежние файлы этого проекта отправлял %1; эти уходят только от имени %2.</translation>
    </message>
    <message>
        <source>Change account…</source>
        <translation>Сменить аккаунт…</translation>
    </message>
    <message>
        <source>Checking the photos…</source>
        <translation>Проверка снимков…</translation>
    </message>
    <message>
        <source>Nothing to upload: every ready photo is on the wiki.</source>
        <translation>Загружать нечего: все готовые снимки уже в вики.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Waiting until %1: %2</source>
        <translation>Ожидание до %1: %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 из %2 файлов</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 МБ/с</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>Stopped. Press Upload to go on where it stopped.</source>
        <translation>Остановлено. Нажмите «Загрузить», чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <source>Publish %1 although the wiki warned:</source>
        <translation>Опубликовать %1, несмотря на предупреждение вики:</translation>
    </message>
    <message>
        <source>photowalk first checks that no other file or page has this title, and never publishes over one.</source>
        <translation>photowalk сначала проверяет, что ни у какого другого файла или страницы нет этого названия, и никогда не публикует поверх них.</translation>
    </message>
    <message>
        <source>Upload anyway?</source>
        <translation>Всё равно загрузить?</translation>
    </message>
    <message>
        <source>Use a free title</source>
        <translation>Использовать свободное название</translation>
    </message>
    <message>
        <source>The photo goes to the wiki as %1 with the next upload.</source>
        <translation>Снимок попадёт в вики как %1 при следующей загрузке.</translation>
    </message>
    <message>
        <source>Wikitext (*.txt)</source>
        <translation>Викитекст (*.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Log in to see which photos are ready.</source>
        <translation>Войдите, чтобы увидеть, какие снимки готовы.</translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded</source>
        <translation>
            <numerusform>загружен %n</numerusform>
            <numerusform>загружено %n</numerusform>
            <numerusform>загружено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need your decision</source>
        <translation>
            <numerusform>%n ждёт вашего решения</numerusform>
            <numerusform>%n ждут вашего решения</numerusform>
            <numerusform>%n ждут вашего решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready (see Problems)</source>
        <translation>
            <numerusform>%n не готов (см. «Проблемы»)</numerusform>
            <numerusform>%n не готовы (см. «Проблемы»)</numerusform>
            <numerusform>%n не готовы (см. «Проблемы»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>gallery</source>
        <translation>галерея</translation>
    </message>
    <message>
        <source>uploads</source>
        <translation>загрузки</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Use the free title “%1”</source>
        <translation>Использовать свободное название «%1»</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Предлагается: %1</translation>
    </message>
    <message>
        <source>Select a photo that needs your decision:</source>
        <translation>Выделите снимок, который ждёт вашего решения:</translation>
    </message>
    <message>
        <source>give it another title</source>
        <translation>дать другое название</translation>
    </message>
    <message>
        <source>skip it</source>
        <translation>пропустить</translation>
    </message>
    <message>
        <source>upload anyway</source>
        <translation>всё равно загрузить</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>← Back to the photos</source>
        <translation>← Назад к снимкам</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Повторить неудачные</translation>
    </message>
    <message>
        <source>Save gallery…</source>
        <translation>Сохранить галерею…</translation>
    </message>
    <message>
        <source>A &lt;gallery&gt; of the uploaded files, to paste on a wiki page</source>
        <translation>&lt;gallery&gt; загруженных файлов, чтобы вставить на вики-страницу</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>The titles and links of the uploaded files, for a spreadsheet</source>
        <translation>Названия и ссылки загруженных файлов для таблицы</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Upload anyway</source>
        <translation>Всё равно загрузить</translation>
    </message>
</context>
<context>
    <name>UsePhotoDialog</name>
    <message>
        <source>The photo has no caption in this language: the first sentence of its description is used.</source>
        <translation>У фотографии нет подписи на этом языке: используется первое предложение её описания.</translation>
    </message>
    <message>
        <source>The photo has no caption or description in this language: write the caption after “thumb|”.</source>
        <translation>У фотографии нет подписи или описания на этом языке: напишите подпись после «thumb|».</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Looking for articles on %1…</source>
        <translation>Поиск статей в %1…</translation>
    </message>
    <message>
        <source>Stopped. Press “Look again” to ask the wiki again.</source>
        <translation>Остановлено. Нажмите «Искать снова», чтобы снова спросить вики.</translation>
    </message>
    <message>
        <source>No articles found on %1.</source>
        <translation>В %1 статьи не найдены.</translation>
    </message>
    <message>
        <source>Articles on %1 that could use this photo; double-click one to open it.</source>
        <translation>Статьи в %1, которые могли бы использовать эту фотографию; дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>Articles could not be looked for (%1); the details are in the log.</source>
        <translation>Не удалось поискать статьи (%1); подробности в журнале.</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>в %1 м</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>в %1 км</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>о %1</translation>
    </message>
    <message>
        <source>has no image</source>
        <translation>нет изображения</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>есть изображение</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
    <message>
        <source>Article language:</source>
        <translation>Язык статьи:</translation>
    </message>
    <message>
        <source>In the text of an article:</source>
        <translation>В тексте статьи:</translation>
    </message>
    <message>
        <source>In an infobox&apos;s image field:</source>
        <translation>В поле изображения карточки:</translation>
    </message>
    <message>
        <source>As a line of a &lt;gallery&gt;:</source>
        <translation>Строкой в &lt;gallery&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Articles that could use it</source>
        <translation>Статьи, которые могли бы её использовать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
</context>
<context>
    <name>WikiBox</name>
    <message>
        <source>Wikimedia Commons</source>
        <translation>Викисклад</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation>
            <numerusform>Это случилось %n раз.</numerusform>
            <numerusform>Это случилось %n раза.</numerusform>
            <numerusform>Это случилось %n раз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The camera data (EXIF) in this file is damaged and could not be read; its date, camera and GPS position are unknown.</source>
        <translation>Данные камеры (EXIF) в этом файле повреждены и не прочитаны; дата, камера и координаты GPS неизвестны.</translation>
    </message>
    <message>
        <source>The content of this file does not match its type, so its camera data could not be read.</source>
        <translation>Содержимое файла не соответствует его типу, поэтому данные камеры не прочитаны.</translation>
    </message>
    <message>
        <source>Part of the camera data (EXIF) is damaged; the date and camera settings in it could not be read.</source>
        <translation>Часть данных камеры (EXIF) повреждена; дату и настройки камеры прочитать не удалось.</translation>
    </message>
    <message>
        <source>The GPS part of the camera data is damaged; the position could not be read.</source>
        <translation>GPS-часть данных камеры повреждена; координаты прочитать не удалось.</translation>
    </message>
    <message>
        <source>The date in the camera data is blank or all zeros (the camera clock was probably never set); the date is unknown.</source>
        <translation>Дата в данных камеры пустая или из одних нулей (часы камеры, видимо, не были выставлены); дата неизвестна.</translation>
    </message>
    <message>
        <source>The date in the camera data is damaged or impossible; it was ignored.</source>
        <translation>Дата в данных камеры повреждена или невозможна; она пропущена.</translation>
    </message>
    <message>
        <source>The rotation flag in the camera data is damaged; the photo is shown the way it is stored.</source>
        <translation>Признак поворота в данных камеры повреждён; снимок показан так, как он сохранён.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data is damaged (0/0); it was ignored.</source>
        <translation>Координаты GPS в данных камеры повреждены (0/0); они пропущены.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data does not say N or S, E or W; it was ignored rather than guessed.</source>
        <translation>В координатах GPS не указано N или S, E или W; они пропущены, а не угаданы.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data has a latitude or a longitude but not both; it was ignored.</source>
        <translation>В координатах GPS есть только широта или только долгота; они пропущены.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data is impossible (beyond 90° or 180°); it was ignored.</source>
        <translation>Координаты GPS в данных камеры невозможны (больше 90° или 180°); они пропущены.</translation>
    </message>
    <message>
        <source>The camera wrote the GPS position 0°, 0°, which means it had no GPS fix; it was ignored.</source>
        <translation>Камера записала координаты 0°, 0°, то есть GPS не определил место; они пропущены.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data is damaged; it was ignored.</source>
        <translation>Координаты GPS в данных камеры повреждены; они пропущены.</translation>
    </message>
    <message>
        <source>The GPS altitude in the camera data is damaged or impossible; it was ignored.</source>
        <translation>Высота GPS в данных камеры повреждена или невозможна; она пропущена.</translation>
    </message>
    <message>
        <source>The compass direction in the camera data is damaged or impossible; it was ignored.</source>
        <translation>Направление по компасу в данных камеры повреждено или невозможно; оно пропущено.</translation>
    </message>
    <message>
        <source>Some text in the camera data (camera name, description or author) is damaged; it was ignored.</source>
        <translation>Часть текста в данных камеры (название камеры, описание или автор) повреждена; она пропущена.</translation>
    </message>
    <message>
        <source>The XMP metadata in this file is damaged and could not be read; values that only it holds (such as a date, description or position) are unknown.</source>
        <translation>Данные XMP в этом файле повреждены и не прочитаны; значения, которые есть только в них (например, дата, описание или координаты), неизвестны.</translation>
    </message>
    <message>
        <source>photowalk does not read the camera data of videos; the date, camera and position are unknown.</source>
        <translation>photowalk не читает данные камеры из видео; дата, камера и координаты неизвестны.</translation>
    </message>
    <message>
        <source>photowalk does not read the camera data of this raw format; the date, camera and position are unknown.</source>
        <translation>photowalk не читает данные камеры из этого RAW-формата; дата, камера и координаты неизвестны.</translation>
    </message>
    <message>
        <source>The image size could not be read from the file; the file may be cut short or damaged.</source>
        <translation>Размер изображения не удалось прочитать; файл, возможно, обрезан или повреждён.</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Export the photo as JPEG (in the phone&apos;s or the computer&apos;s photo program), import the JPEG, and remove this file from the project.</source>
        <translation>Экспортируйте снимок в JPEG (в программе для фото на телефоне или компьютере), импортируйте JPEG и уберите этот файл из проекта.</translation>
    </message>
    <message>
        <source>Export the photo as JPEG (in the camera&apos;s or the computer&apos;s photo program), import the JPEG, and remove this file from the project.</source>
        <translation>Экспортируйте снимок в JPEG (в программе камеры или компьютера), импортируйте JPEG и уберите этот файл из проекта.</translation>
    </message>
    <message>
        <source>photowalk uploads photos only: upload the video with Commons&apos; own Upload Wizard, and remove it from the project.</source>
        <translation>photowalk загружает только фотографии: загрузите видео через Мастер загрузки Викисклада и уберите его из проекта.</translation>
    </message>
    <message>
        <source>It is not a photo: remove it from the project.</source>
        <translation>Это не фотография: уберите её из проекта.</translation>
    </message>
    <message>
        <source>Import the original file again (from the camera card, or wherever it was copied from); if the original is damaged too, remove this file from the project.</source>
        <translation>Импортируйте исходный файл заново (с карты камеры или оттуда, откуда его скопировали); если исходник тоже повреждён, уберите этот файл из проекта.</translation>
    </message>
    <message>
        <source>The file cannot be uploaded: {reason}</source>
        <translation>Файл нельзя загрузить: {reason}</translation>
    </message>
    <message>
        <source>photowalk has not read the whole picture yet, so it cannot tell whether the file is damaged. This happens by itself after an import; wait until it is done.</source>
        <translation>photowalk ещё не прочитал снимок целиком и не может сказать, не повреждён ли файл. Это происходит само после импорта; дождитесь окончания.</translation>
    </message>
    <message>
        <source>Commons does not accept {kind} files; convert the photo to JPEG first.</source>
        <translation>Commons не принимает файлы {kind}; сначала преобразуйте снимок в JPEG.</translation>
    </message>
    <message>
        <source>The file {path} is not there any more (card removed, or moved?). Put the card back, or import the folder where the file is now: photowalk finds it by its content.</source>
        <translation>Файла {path} больше нет на месте (карту вынули или файл перенесли?). Вставьте карту обратно или импортируйте папку, где файл теперь лежит: photowalk найдёт его по содержимому.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; Commons takes files up to {max} bytes.</source>
        <translation>Размер файла {size} байт; Commons принимает файлы до {max} байт.</translation>
    </message>
    <message>
        <source>There is no description: say what the photo shows.</source>
        <translation>Нет описания: напишите, что на снимке.</translation>
    </message>
    <message>
        <source>“{lang}” is not a language code.</source>
        <translation>«{lang}» — не код языка.</translation>
    </message>
    <message>
        <source>No licence is chosen; {default} is the one most uploads use.</source>
        <translation>Лицензия не выбрана; в большинстве загрузок используют {default}.</translation>
    </message>
    <message>
        <source>“{licence}” is not a licence photowalk knows.</source>
        <translation>«{licence}» — неизвестная photowalk лицензия.</translation>
    </message>
    <message>
        <source>“{author}” is not a possible Commons user name: {reason}.</source>
        <translation>«{author}» не может быть именем участника Commons: {reason}.</translation>
    </message>
    <message>
        <source>There is no caption: Commons search and the media viewer show a caption first.</source>
        <translation>Нет подписи: поиск Викисклада и просмотрщик медиа показывают подпись в первую очередь.</translation>
    </message>
    <message>
        <source>“{name}” is not a possible category name: {reason}.</source>
        <translation>«{name}» не может быть названием категории: {reason}.</translation>
    </message>
    <message>
        <source>The extra wikitext has a second {what} template (line {line}); photowalk writes it: remove it.</source>
        <translation>В дополнительном викитексте второй шаблон {what} (строка {line}); photowalk пишет его сам: удалите его.</translation>
    </message>
    <message>
        <source>The extra wikitext has {what} with nothing to close (line {line}); remove it.</source>
        <translation>В дополнительном викитексте есть {what}, которому нечего закрывать (строка {line}); удалите его.</translation>
    </message>
    <message>
        <source>The extra wikitext has {what} that is never closed (line {line}): on Commons it would hide the licence and the categories after it. Close it or remove it.</source>
        <translation>В дополнительном викитексте {what} нигде не закрывается (строка {line}): на Commons это скрыло бы лицензию и категории после него. Закройте или удалите его.</translation>
    </message>
    <message>
        <source>The category “{name}” has no page on {wiki}: the photo would be in a red category. Choose an existing category, or create its page first.</source>
        <translation>У категории «{name}» нет страницы в {wiki}: снимок попал бы в красную категорию. Выберите существующую категорию или сначала создайте её страницу.</translation>
    </message>
    <message>
        <source>There is no category; Commons will list the photo as uncategorised.</source>
        <translation>Нет категорий; Commons отметит снимок как некатегоризированный.</translation>
    </message>
    <message>
        <source>This photo looks forwarded through a messenger: it has no camera data (date, place, camera) and the size messengers make. Import the original from the phone instead (its camera folder, DCIM), and remove this copy from the project.</source>
        <translation>Похоже, этот снимок переслан через мессенджер: у него нет данных камеры (дата, место, камера) и размер, который делают мессенджеры. Импортируйте вместо него оригинал с телефона (папка камеры, DCIM) и уберите эту копию из проекта.</translation>
    </message>
    <message>
        <source>This photo looks forwarded through {messenger}: the copy has lost the camera&apos;s date and place and was made smaller. Import the original from the phone instead (its camera folder, DCIM), and remove this copy from the project.</source>
        <translation>Похоже, этот снимок переслан через {messenger}: копия потеряла дату и место съёмки и была уменьшена. Импортируйте вместо неё оригинал с телефона (папка камеры, DCIM) и уберите эту копию из проекта.</translation>
    </message>
    <message>
        <source>The date the photo was taken is unknown; enter it.</source>
        <translation>Дата съёмки неизвестна; укажите её.</translation>
    </message>
    <message>
        <source>“{date}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{date}» — не дата (пишите ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>The date {date} is in the future; was the camera clock wrong?</source>
        <translation>Дата {date} в будущем; может быть, часы камеры шли неверно?</translation>
    </message>
    <message>
        <source>The date {date} is before {year}; the camera clock was probably never set.</source>
        <translation>Дата {date} раньше {year} года; часы камеры, видимо, не выставляли.</translation>
    </message>
    <message>
        <source>This old photo has the camera&apos;s location, which is where its copy was photographed (often at home), not where the photo was taken. Remove the location, or type where the photo was taken.</source>
        <translation>У этой старой фотографии место камеры — там, где снимали её копию (часто дома), а не там, где была сделана фотография. Удалите место или введите, где фотография была сделана.</translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is not a place on Earth.</source>
        <translation>Место {lat}, {lon} не находится на Земле.</translation>
    </message>
    <message>
        <source>The location is 0, 0 (in the ocean): the camera had no GPS fix.</source>
        <translation>Место — 0, 0 (в океане): GPS камеры не определил положение.</translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is outside Tajikistan; latitude and longitude look swapped.</source>
        <translation>Место {lat}, {lon} за пределами Таджикистана; похоже, широта и долгота перепутаны.</translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is outside Tajikistan.</source>
        <translation>Место {lat}, {lon} за пределами Таджикистана.</translation>
    </message>
    <message>
        <source>Another photo in this project has the title “{title}”.</source>
        <translation>У другого снимка в этом проекте тоже название «{title}».</translation>
    </message>
    <message>
        <source>There is no title: the file name on Commons must say what the photo shows.</source>
        <translation>Нет названия: имя файла на Commons должно говорить, что на снимке.</translation>
    </message>
    <message>
        <source>The title contains {chars}; Commons does not allow these in file names.</source>
        <translation>В названии есть {chars}; Commons не допускает их в именах файлов.</translation>
    </message>
    <message>
        <source>The title contains invisible or unusual characters (odd spaces, control, text-direction or private-use characters).</source>
        <translation>В названии есть невидимые или необычные символы (странные пробелы, управляющие символы, символы направления текста или личного использования).</translation>
    </message>
    <message>
        <source>The title contains “{text}”, which MediaWiki reads as markup.</source>
        <translation>В названии есть «{text}», MediaWiki читает это как разметку.</translation>
    </message>
    <message>
        <source>The file name is {bytes} bytes long; Commons allows {max} (Tajik and Russian letters take 2 bytes each).</source>
        <translation>Длина имени файла — {bytes} байт; Commons допускает {max} (таджикские и русские буквы занимают по 2 байта).</translation>
    </message>
    <message>
        <source>The title ends in .{ext} but the file is a {kind} image; use .{expected}.</source>
        <translation>Название оканчивается на .{ext}, но файл — изображение {kind}; используйте .{expected}.</translation>
    </message>
    <message>
        <source>The title has two extensions (.{first}.{second}); keep only one.</source>
        <translation>В названии два расширения (.{first}.{second}); оставьте одно.</translation>
    </message>
    <message>
        <source>Commons refuses titles that start like a thumbnail name (“120px-”).</source>
        <translation>Commons отклоняет названия, начинающиеся как имя миниатюры («120px-»).</translation>
    </message>
    <message>
        <source>“{name}” is the name the camera gave the file; Commons refuses such names. Say what the photo shows.</source>
        <translation>«{name}» — имя, которое дала файлу камера; Commons такие имена отклоняет. Напишите, что на снимке.</translation>
    </message>
    <message>
        <source>The title is very short; Commons asks for a name that describes the photo.</source>
        <translation>Название очень короткое; Commons просит имя, которое описывает снимок.</translation>
    </message>
    <message>
        <source>Commons will remove the extra spaces or underscores in the title.</source>
        <translation>Commons уберёт лишние пробелы и подчёркивания в названии.</translation>
    </message>
    <message>
        <source>The photo is very dark; little of it can be seen. Mark it not for upload if it is a failed shot.</source>
        <translation>Снимок очень тёмный; на нём мало что видно. Отметьте его как «не загружать», если это неудачный кадр.</translation>
    </message>
    <message>
        <source>The photo looks blurred (nothing in it is sharp). If another photo shows the same, upload the sharper one.</source>
        <translation>Снимок выглядит размытым (ничто на нём не резко). Если тот же сюжет есть на другом снимке, загрузите более резкий.</translation>
    </message>
    <message>
        <source>The picture is only {width} × {height} pixels. Upload the full-size photo from the camera if you have it; a small copy from the web is often someone else&apos;s work.</source>
        <translation>Изображение всего {width} × {height} пикселей. Загрузите полноразмерный снимок с камеры, если он у вас есть; маленькая копия из интернета часто оказывается чужой работой.</translation>
    </message>
    <message>
        <source>This looks like a screenshot. A screenshot of a website, a program or a film shows other people&apos;s work, which Commons deletes; upload only photos you took yourself.</source>
        <translation>Похоже на снимок экрана. Снимок экрана сайта, программы или фильма показывает чужую работу, которую Викисклад удаляет; загружайте только снимки, сделанные вами.</translation>
    </message>
    <message>
        <source>This photo has no camera data at all (no camera, no date): it may not be your own photo. Commons takes only photos you took yourself. If you took it, import the original from your camera or phone (its DCIM folder), which keeps this data; if someone else took it, say whose it is under “Whose photo is this?”, or mark it not for upload.</source>
        <translation>В этой фотографии нет никаких данных камеры (ни камеры, ни даты): возможно, это не ваша фотография. Commons принимает только фотографии, которые вы сделали сами. Если вы сняли её сами, импортируйте оригинал с камеры или телефона (из папки DCIM), в нём эти данные сохранены; если её снял кто-то другой, укажите, чья она, в разделе «Чья это фотография?», или отметьте её «не загружать».</translation>
    </message>
    <message>
        <source>“{name}” names a monument or a statue. Tajikistan has no freedom of panorama Commons can use: a statue, monument or building is protected until 50 years after its author&apos;s death, and a photo whose main subject is a recent one is deleted. Old works, and wide views where the work is a small part, are fine.</source>
        <translation>«{name}» — это памятник или статуя. В Таджикистане нет свободы панорамы, которую мог бы использовать Commons: статуя, памятник или здание охраняются 50 лет после смерти автора, и фотография, главный предмет которой — недавнее произведение, удаляется. Старые произведения и широкие виды, где произведение — малая часть, допустимы.</translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work, but its author is not given: type who took it (or “unknown”).</source>
        <translation>Эта фотография — чужая работа, но автор не указан: введите, кто её снял (или «неизвестен»).</translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work, but its source is not given: type where it comes from, a web address or e.g. “family album, printed 1965”.</source>
        <translation>Эта фотография — чужая работа, но источник не указан: введите, откуда она, веб-адрес или, например, «семейный альбом, отпечатано в 1965».</translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work: choose why Commons may have it (the author&apos;s free licence, or why it is in the public domain).</source>
        <translation>Эта фотография — чужая работа: выберите, почему Commons может её хранить (свободная лицензия автора или почему она в общественном достоянии).</translation>
    </message>
    <message>
        <source>“{reason}” is not a reason photowalk knows; choose one of {known}.</source>
        <translation>«{reason}» — не известная photowalk причина; выберите одну из: {known}.</translation>
    </message>
    <message>
        <source>The year {year} cannot be right for this photo: type a year from {earliest} to {now}.</source>
        <translation>Год {year} не может быть верным для этой фотографии: введите год от {earliest} до {now}.</translation>
    </message>
    <message>
        <source>{tag} needs the year the author died: type it.</source>
        <translation>Для {tag} нужен год смерти автора: введите его.</translation>
    </message>
    <message>
        <source>{tag} is only for an author who died in {latest} or earlier; this author died in {year}, so the photo is not in the public domain yet. It needs the permission of whoever holds the rights.</source>
        <translation>{tag} — только для автора, умершего в {latest} году или раньше; этот автор умер в {year} году, так что фотография ещё не в общественном достоянии. Нужно разрешение правообладателя.</translation>
    </message>
    <message>
        <source>{tag} needs the year the photo was made or first published: type it.</source>
        <translation>Для {tag} нужен год съёмки или первой публикации фотографии: введите его.</translation>
    </message>
    <message>
        <source>{tag} is only for a photo from {latest} or earlier; this one is from {year}. Choose another reason, or do not upload it.</source>
        <translation>{tag} — только для фотографии {latest} года или раньше; эта — {year} года. Выберите другую причину или не загружайте её.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The project has no photo number {ids}.</source>
        <translation>В проекте нет снимка номер {ids}.</translation>
    </message>
    <message>
        <source>“{date}” is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY).</source>
        <translation>«{date}» — не дата; пишите ГГГГ-ММ-ДД (или ГГГГ-ММ, ГГГГ).</translation>
    </message>
    <message>
        <source>This wikitext cannot go onto a page: {reason}.</source>
        <translation>Этот викитекст нельзя поместить на страницу: {reason}.</translation>
    </message>
    <message>
        <source>{lat}, {lon} is not a location: latitude is -90 to 90, longitude -180 to 180, heading 0 to 360.</source>
        <translation>{lat}, {lon} — не место: широта от -90 до 90, долгота от -180 до 180, направление от 0 до 360.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>The project file {path} cannot be used: {reason}</source>
        <translation>Файл проекта {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a photowalk project (it is {reason}). Choose another file name.</source>
        <translation>{path} — не проект photowalk (это {reason}). Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer photowalk (format {found}, this one reads up to {supported}). Update photowalk to open it.</source>
        <translation>{path} сохранён более новой версией photowalk (формат {found}, эта читает до {supported}). Обновите photowalk, чтобы открыть его.</translation>
    </message>
    <message>
        <source>photowalk cannot save {path}: the folder {folder} cannot be written (a locked card or stick, a disc, or a folder you have no permission for). Copy the project file to a folder you can write to, such as Documents, and open it from there.</source>
        <translation>photowalk не может сохранить {path}: в папку {folder} нельзя записывать (заблокированная карта или флешка, диск или папка, на которую у вас нет прав). Скопируйте файл проекта в папку, в которую можно записывать, например в «Документы», и откройте его оттуда.</translation>
    </message>
    <message>
        <source>{path} is in use by another program or computer and cannot be opened now. Close it there, then open it again.</source>
        <translation>{path} используется другой программой или компьютером и сейчас не может быть открыт. Закройте его там, затем откройте снова.</translation>
    </message>
    <message>
        <source>photowalk could not save to {path} ({reason}). To keep your work safe it saves nothing more until the project is opened again: check that the card or disk is still there, then reopen the project. Everything saved before this message is kept.</source>
        <translation>photowalk не смог сохранить в {path} ({reason}). Чтобы ваша работа была в безопасности, он больше ничего не сохраняет, пока проект не будет открыт заново: проверьте, что карта или диск на месте, и откройте проект заново. Всё, что сохранено до этого сообщения, останется.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again; nothing was lost.</source>
        <translation>Диск, на котором находится {path}, заполнен. Освободите место и повторите; ничего не потеряно.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>Не удалось прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>The folder {path} could not be read: {reason}</source>
        <translation>Не удалось прочитать папку {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation>Остановлено по вашей просьбе.</translation>
    </message>
    <message>
        <source>the file disappeared during the import (card removed?)</source>
        <translation>файл пропал во время импорта (карту вынули?)</translation>
    </message>
    <message>
        <source>it is not a file but a device, pipe or socket</source>
        <translation>это не файл, а устройство, канал или сокет</translation>
    </message>
    <message>
        <source>the file changed while it was read (is it still being copied?)</source>
        <translation>файл изменился во время чтения (он ещё копируется?)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>its links lead round in a circle</source>
        <translation>его ссылки ведут по кругу</translation>
    </message>
    <message>
        <source>the card or disk could not be read (input/output error)</source>
        <translation>карту или диск не удалось прочитать (ошибка ввода-вывода)</translation>
    </message>
    <message>
        <source>its name is too long for the system</source>
        <translation>его имя слишком длинное для системы</translation>
    </message>
    <message>
        <source>the system reported: {error}</source>
        <translation>система сообщила: {error}</translation>
    </message>
    <message>
        <source>“{licence}” is not a licence photowalk knows; use one of {known}.</source>
        <translation>«{licence}» — неизвестная photowalk лицензия; используйте одну из: {known}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used: {reason}</source>
        <translation>«{name}» нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a possible category name: {reason}</source>
        <translation>«{name}» не может быть названием категории: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a possible Commons user name: {reason}</source>
        <translation>«{name}» не может быть именем участника Commons: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a language code; use a code such as tg, ru or en.</source>
        <translation>«{name}» — не код языка; используйте код вроде tg, ru или en.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>оно пустое</translation>
    </message>
    <message>
        <source>it starts with a colon</source>
        <translation>оно начинается с двоеточия</translation>
    </message>
    <message>
        <source>it contains {chars}</source>
        <translation>в нём есть {chars}</translation>
    </message>
    <message>
        <source>it contains �, a character that could not be read</source>
        <translation>в нём есть � — символ, который не удалось прочитать</translation>
    </message>
    <message>
        <source>it contains invisible or control characters</source>
        <translation>в нём есть невидимые или управляющие символы</translation>
    </message>
    <message>
        <source>it contains {text}, which MediaWiki replaces with a signature</source>
        <translation>в нём есть {text}, MediaWiki заменяет это подписью</translation>
    </message>
    <message>
        <source>it contains {text}, which MediaWiki reads as an encoded character: write the character itself</source>
        <translation>в нём есть {text}, MediaWiki читает это как закодированный символ: напишите сам символ</translation>
    </message>
    <message>
        <source>it is a relative path (./ or ../)</source>
        <translation>это относительный путь (./ или ../)</translation>
    </message>
    <message>
        <source>it is longer than 255 bytes</source>
        <translation>оно длиннее 255 байт</translation>
    </message>
    <message>
        <source>it starts with the namespace {prefix}:</source>
        <translation>оно начинается с пространства имён {prefix}:</translation>
    </message>
    <message>
        <source>The preset {path} cannot be used: {reason}</source>
        <translation>Шаблон {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>The preset {path} is not valid TOML: {reason}</source>
        <translation>Шаблон {path} — неправильный TOML: {reason}</translation>
    </message>
    <message>
        <source>The preset {path} has a bad “{field}”: {reason}</source>
        <translation>В шаблоне {path} неправильное поле «{field}»: {reason}</translation>
    </message>
    <message>
        <source>The preset {path} was written for photowalk {version}, newer than this photowalk ({current}), and this one does not know its key “{field}”. Update photowalk to use this preset.</source>
        <translation>Пресет {path} написан для photowalk {version}, более новой, чем эта ({current}), и эта версия не знает его ключ «{field}». Обновите photowalk, чтобы использовать этот пресет.</translation>
    </message>
    <message>
        <source>The preset {path} is larger than {max} bytes, which no preset is. Is it the right file?</source>
        <translation>Шаблон {path} больше {max} байт, а таких больших шаблонов не бывает. Это точно тот файл?</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; name one as Asia/Dushanbe or Europe/Moscow</source>
        <translation>«{zone}» — не часовой пояс; укажите его как Asia/Dushanbe или Europe/Moscow</translation>
    </message>
    <message>
        <source>it must be text in quotes</source>
        <translation>это должен быть текст в кавычках</translation>
    </message>
    <message>
        <source>it must be a list of texts, like {example}</source>
        <translation>это должен быть список текстов, например {example}</translation>
    </message>
    <message>
        <source>not a preset key (known: {keys})</source>
        <translation>не ключ шаблона (известные: {keys})</translation>
    </message>
    <message>
        <source>“{template}”: {reason}</source>
        <translation>«{template}»: {reason}</translation>
    </message>
    <message>
        <source>it must be a photowalk version in quotes, like {example}</source>
        <translation>это должна быть версия photowalk в кавычках, например {example}</translation>
    </message>
    <message>
        <source>plain http:// is only for a wiki on this computer; give the wiki&apos;s https:// address</source>
        <translation>простой http:// — только для вики на этом компьютере; укажите адрес вики с https://</translation>
    </message>
    <message>
        <source>it must be commons, test.wikipedia or the address of a wiki&apos;s api.php, like {example}</source>
        <translation>это должно быть commons, test.wikipedia или адрес api.php вики, например {example}</translation>
    </message>
    <message>
        <source>a single prefix needs `languages` to say which language it is in</source>
        <translation>для единственного префикса нужен `languages`, чтобы указать, на каком он языке</translation>
    </message>
    <message>
        <source>it must be text, or a table like {example}</source>
        <translation>это должен быть текст или таблица вида {example}</translation>
    </message>
    <message>
        <source>it must be a list of items, like {example}</source>
        <translation>это должен быть список элементов, например {example}</translation>
    </message>
    <message>
        <source>it is not a file (a folder, a device or a pipe)</source>
        <translation>это не файл (папка, устройство или канал)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>это не текст в UTF-8</translation>
    </message>
    <message>
        <source>its values are nested too deeply</source>
        <translation>его значения вложены слишком глубоко</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файла не существует</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>его папки не существует</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>такой файл уже есть</translation>
    </message>
    <message>
        <source>not a database</source>
        <translation>не база данных</translation>
    </message>
    <message>
        <source>a database of another program</source>
        <translation>база данных другой программы</translation>
    </message>
    <message>
        <source>it has no photo number {id}</source>
        <translation>в нём нет снимка номер {id}</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>его не существует</translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation>файл исчез</translation>
    </message>
    <message>
        <source>the picture is too large to open</source>
        <translation>изображение слишком велико, чтобы его открыть</translation>
    </message>
    <message>
        <source>the picture is incomplete (the file was cut short)</source>
        <translation>изображение неполное (файл обрезан)</translation>
    </message>
    <message>
        <source>the picture cannot be opened (unknown or damaged format)</source>
        <translation>изображение не открывается (неизвестный или повреждённый формат)</translation>
    </message>
    <message>
        <source>{path} is too large to show ({megapixels} megapixels); it has no thumbnail.</source>
        <translation>{path} слишком велик для показа ({megapixels} мегапикселей); миниатюры нет.</translation>
    </message>
    <message>
        <source>the picture data is damaged</source>
        <translation>данные изображения повреждены</translation>
    </message>
    <message>
        <source>it uses {placeholder} but no place is set</source>
        <translation>в нём используется {placeholder}, но место не задано</translation>
    </message>
    <message>
        <source>it uses {placeholder} but no event is set</source>
        <translation>в нём используется {placeholder}, но мероприятие не задано</translation>
    </message>
    <message>
        <source>The title pattern “{pattern}” cannot be used: {reason}</source>
        <translation>Шаблон названий «{pattern}» нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a placeholder (use {known})</source>
        <translation>{name} — не подстановка (используйте {known})</translation>
    </message>
    <message>
        <source>file names cannot contain {chars} (a placeholder is {example})</source>
        <translation>имена файлов не могут содержать {chars} (подстановка выглядит так: {example})</translation>
    </message>
    <message>
        <source>it has no placeholder, so every photo would get the same title</source>
        <translation>в нём нет подстановок, поэтому все снимки получили бы одинаковое название</translation>
    </message>
    <message>
        <source>The system keyring could not be used, so the password was not remembered. You can log in without remembering it.</source>
        <translation>Системное хранилище паролей недоступно, поэтому пароль не запомнен. Можно войти, не запоминая его.</translation>
    </message>
    <message>
        <source>photowalk</source>
        <translation>photowalk</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your project is saved; you can go on working.</source>
        <translation>Произошла непредвиденная ошибка. Проект сохранён; можно продолжать работу.</translation>
    </message>
    <message>
        <source>If it happens again, please send the details below and the log from {folder}.</source>
        <translation>Если это повторится, пришлите, пожалуйста, подробности ниже и журнал из {folder}.</translation>
    </message>
    <message>
        <source>The wiki does not accept the title {title} as it is (it suggests {value}). Give the photo another title.</source>
        <translation>Вики не принимает название {title} как есть (предлагает {value}). Дайте снимку другое название.</translation>
    </message>
    <message>
        <source>The title {title} starts like a camera&apos;s file name ({value}). Give the photo a descriptive title.</source>
        <translation>Название {title} начинается как имя файла камеры ({value}). Дайте снимку описательное название.</translation>
    </message>
    <message>
        <source>Another picture already has the title {title} on the wiki. photowalk never uploads over someone else&apos;s file: give this photo another title.</source>
        <translation>В вики название {title} уже занято другим изображением. photowalk никогда не загружает поверх чужого файла: дайте этому снимку другое название.</translation>
    </message>
    <message>
        <source>A file with nearly the same title exists: {value}. Give this photo another title.</source>
        <translation>Есть файл с почти таким же названием: {value}. Дайте этому снимку другое название.</translation>
    </message>
    <message>
        <source>A page called File:{title} exists already, though without a picture. Give the photo another title.</source>
        <translation>Страница File:{title} уже есть, хотя и без изображения. Дайте снимку другое название.</translation>
    </message>
    <message>
        <source>A file called {title} was deleted from the wiki before. Read why in its deletion log; give this photo another title, or upload anyway if the reason does not apply.</source>
        <translation>Файл {title} раньше удалили из вики. Причину смотрите в журнале удалений; дайте снимку другое название или загрузите всё равно, если причина к нему не относится.</translation>
    </message>
    <message>
        <source>This very picture was uploaded before as {value} and deleted. Read why in the deletion log before uploading it again: skip it, or upload anyway.</source>
        <translation>Это самое изображение уже загружали как {value} и удалили. Прежде чем загружать снова, прочтите причину в журнале удалений: пропустите его или загрузите всё равно.</translation>
    </message>
    <message>
        <source>This very picture is already on the wiki as {value}. Skip it.</source>
        <translation>Это самое изображение уже есть в вики как {value}. Пропустите его.</translation>
    </message>
    <message>
        <source>This very picture is already the current version of File:{title}. Skip it.</source>
        <translation>Это самое изображение уже текущая версия File:{title}. Пропустите его.</translation>
    </message>
    <message>
        <source>This very picture is an older version of File:{title}. Skip it.</source>
        <translation>Это самое изображение — старая версия File:{title}. Пропустите его.</translation>
    </message>
    <message>
        <source>The wiki discourages files of this type ({value}). Skip it, or upload anyway.</source>
        <translation>Вики не рекомендует файлы этого типа ({value}). Пропустите его или загрузите всё равно.</translation>
    </message>
    <message>
        <source>The wiki finds this file unusually large ({value} bytes). Upload anyway, or skip it.</source>
        <translation>Вики считает этот файл необычно большим ({value} байт). Загрузите всё равно или пропустите его.</translation>
    </message>
    <message>
        <source>The wiki warned about {title}: {code} ({value}). Skip it, or upload anyway.</source>
        <translation>Вики предупредила о {title}: {code} ({value}). Пропустите его или загрузите всё равно.</translation>
    </message>
    <message>
        <source>The upload failed: {reason}</source>
        <translation>Загрузка не удалась: {reason}</translation>
    </message>
    <message>
        <source>Another photowalk window or command is already uploading {path}. Wait until it finishes, or stop it there, then start this upload again; nothing is sent twice.</source>
        <translation>Другое окно или команда photowalk уже загружает {path}. Дождитесь окончания или остановите загрузку там, затем начните эту загрузку снова; ничего не будет отправлено дважды.</translation>
    </message>
    <message>
        <source>{url} is not the address of a wiki&apos;s API. Give the address of its api.php, for example https://commons.wikimedia.org/w/api.php, or just commons.</source>
        <translation>{url} — не адрес API вики. Укажите адрес её api.php, например https://commons.wikimedia.org/w/api.php, или просто commons.</translation>
    </message>
    <message>
        <source>{url} would send your password unencrypted. Use its https:// address; plain http is only allowed for a wiki running on this computer.</source>
        <translation>{url} передаст пароль без шифрования. Используйте адрес https://; простой http допустим только для вики на этом компьютере.</translation>
    </message>
    <message>
        <source>{wiki} had too many login attempts for {user} and asked to wait; photowalk waits and tries again.</source>
        <translation>В {wiki} было слишком много попыток входа для {user}, и вики попросила подождать; photowalk подождёт и попробует снова.</translation>
    </message>
    <message>
        <source>too many login attempts</source>
        <translation>слишком много попыток входа</translation>
    </message>
    <message>
        <source>{wiki} did not accept the user name {user} with this password. Use a bot password (User@AppName and the password shown once at Special:BotPasswords), then log in again.</source>
        <translation>{wiki} не принял имя пользователя {user} с этим паролем. Используйте пароль бота (User@AppName и пароль, который один раз показывается на Special:BotPasswords), затем войдите снова.</translation>
    </message>
    <message>
        <source>{wiki} did not log in {user}: {info} (error code {api_code}). Check the user name and the bot password at Special:BotPasswords on {wiki}, then log in again.</source>
        <translation>{wiki} не выполнил вход для {user}: {info} (код ошибки {api_code}). Проверьте имя пользователя и пароль бота на Special:BotPasswords в {wiki}, затем войдите снова.</translation>
    </message>
    <message>
        <source>The bot password {user} may not upload files on {wiki}. At Special:BotPasswords, edit it and tick the grants &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; and &apos;Create, edit, and move pages&apos;, then log in again.</source>
        <translation>Пароль бота {user} не может загружать файлы на {wiki}. На Special:BotPasswords отредактируйте его и отметьте права &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; и &apos;Create, edit, and move pages&apos;, затем войдите снова.</translation>
    </message>
    <message>
        <source>{wiki} logged {user} out and logging in again did not help. Check the bot password at Special:BotPasswords, then start the upload again: finished photos stay finished.</source>
        <translation>{wiki} завершила сеанс {user}, и повторный вход не помог. Проверьте пароль бота на Special:BotPasswords и начните загрузку снова: загруженные снимки останутся загруженными.</translation>
    </message>
    <message>
        <source>{user} is blocked from editing {wiki} ({reason}). Nothing can be uploaded until the block ends; the block notice on the wiki says how to appeal.</source>
        <translation>{user} заблокирован(а) в {wiki} ({reason}). До окончания блокировки ничего загрузить нельзя; как её обжаловать, сказано в уведомлении о блокировке.</translation>
    </message>
    <message>
        <source>The wiki at {wiki} redirects to {target}. photowalk does not send your password or your session there. If {target} is the right wiki, use that address instead.</source>
        <translation>Вики по адресу {wiki} перенаправляет на {target}. photowalk не отправляет туда ни ваш пароль, ни данные сеанса. Если {target} — нужная вики, используйте вместо этого её адрес.</translation>
    </message>
    <message>
        <source>The wiki&apos;s answer was not understood ({what}). photowalk stopped; nothing was lost. Check the wiki&apos;s address; if it is right, the wiki may be broken for now: start the upload again later.</source>
        <translation>Ответ вики не удалось понять ({what}). photowalk остановился; ничего не потеряно. Проверьте адрес вики; если он верный, вики, возможно, временно не работает: начните загрузку позже.</translation>
    </message>
    <message>
        <source>The wiki limits how many files one account may upload in a while; photowalk waits and goes on by itself.</source>
        <translation>Вики ограничивает, сколько файлов один аккаунт может загрузить за время; photowalk подождёт и продолжит сам.</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>ограничение частоты запросов</translation>
    </message>
    <message>
        <source>The wiki is read-only for now ({reason}); photowalk waits until it accepts uploads again.</source>
        <translation>Вики сейчас только для чтения ({reason}); photowalk подождёт, пока загрузки снова станут возможны.</translation>
    </message>
    <message>
        <source>read-only: {reason}</source>
        <translation>только для чтения: {reason}</translation>
    </message>
    <message>
        <source>The wiki&apos;s servers are busy (database lag {lag} s) and asked to wait; photowalk waits as asked and goes on by itself.</source>
        <translation>Серверы вики заняты (задержка базы данных {lag} с) и просят подождать; photowalk подождёт и продолжит сам.</translation>
    </message>
    <message>
        <source>database lag {lag} s</source>
        <translation>задержка базы данных {lag} с</translation>
    </message>
    <message>
        <source>The connection to the wiki failed ({reason}); photowalk tries again by itself. If this lasts, check your internet connection.</source>
        <translation>Соединение с вики не удалось ({reason}); photowalk повторит сам. Если это продолжается, проверьте подключение к интернету.</translation>
    </message>
    <message>
        <source>The wiki no longer holds the partly uploaded file ({reason}); it is sent again.</source>
        <translation>Вики больше не хранит частично загруженный файл ({reason}); он отправляется заново.</translation>
    </message>
    <message>
        <source>The wiki expected the upload to go on at byte {offset}.</source>
        <translation>Вики ожидала продолжения загрузки с байта {offset}.</translation>
    </message>
    <message>
        <source>The wiki refused the upload: {info} (error code {api_code}). Check the photo and its title.</source>
        <translation>Вики отклонила загрузку: {info} (код ошибки {api_code}). Проверьте снимок и его название.</translation>
    </message>
    <message>
        <source>The wiki does not allow the title {title}: {info} Give the photo another title.</source>
        <translation>Вики не допускает название {title}: {info} Дайте снимку другое название.</translation>
    </message>
    <message>
        <source>{path} has {size} bytes, more than the wiki accepts ({limit} bytes).</source>
        <translation>В {path} {size} байт — больше, чем принимает вики ({limit} байт).</translation>
    </message>
    <message>
        <source>{path} changed after it was added to the project. Add the folder again so the project knows the new file, then upload.</source>
        <translation>{path} изменился после добавления в проект. Добавьте папку снова, чтобы проект знал новый файл, затем загружайте.</translation>
    </message>
    <message>
        <source>The location or camera owner data could not be removed from {path} without re-encoding it ({reason}), so it was not uploaded. Remove it with another tool, or allow the location to be published.</source>
        <translation>Место или данные владельца камеры не удалось убрать из {path} без перекодирования ({reason}), поэтому файл не загружен. Уберите их другой программой или разрешите публиковать место.</translation>
    </message>
    <message>
        <source>After the upload, File:{title} on the wiki does not match what was sent ({what}). Look at the file page; photowalk will not upload this photo again by itself.</source>
        <translation>После загрузки File:{title} в вики не совпадает с отправленным ({what}). Посмотрите страницу файла; photowalk сам не будет загружать этот снимок снова.</translation>
    </message>
    <message>
        <source>Gave up after trying for {duration}: {reason} Start the upload again later.</source>
        <translation>Отказ после попыток в течение {duration}: {reason} Начните загрузку позже.</translation>
    </message>
    <message>
        <source>The wiki asked to wait {wait} ({reason}); photowalk stopped instead of waiting that long. Try again later: nothing was lost.</source>
        <translation>Вики попросила подождать {wait} ({reason}); photowalk остановился, чтобы не ждать так долго. Попробуйте позже: ничего не потеряно.</translation>
    </message>
    <message>
        <source>The wiki was still publishing {title} after {duration}; photowalk stopped waiting. Start the upload again later: photowalk first checks whether the photo arrived and never sends it twice.</source>
        <translation>Через {duration} вики всё ещё публиковала {title}; photowalk перестал ждать. Начните загрузку позже: photowalk сначала проверит, дошёл ли снимок, и никогда не отправит его дважды.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the upload ({kind}); the details are in the log. Nothing was lost: start the upload again to go on.</source>
        <translation>Неожиданная ошибка остановила загрузку ({kind}); подробности в журнале. Ничего не потеряно: начните загрузку снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({kind}). Unlock it or set one up, or do without it: give the password each time (photowalk asks for it, or use --password-stdin).</source>
        <translation>Системное хранилище паролей недоступно ({kind}). Разблокируйте или настройте его либо обходитесь без него: вводите пароль каждый раз (photowalk его спросит).</translation>
    </message>
    <message>
        <source>The system keyring is locked ({kind}). Unlock it (on macOS the login keychain in Keychain Access, on Windows log in to Windows with your own account, on Linux the login keyring) and try again, or do without it: give the password each time (photowalk asks for it, or use --password-stdin).</source>
        <translation>Системное хранилище паролей заблокировано ({kind}). Разблокируйте его (в macOS — связку ключей входа в «Связке ключей», в Windows — войдите в Windows под своей учётной записью, в Linux — хранилище входа) и попробуйте снова, или обойдитесь без него: вводите пароль каждый раз (photowalk спросит его, или используйте --password-stdin).</translation>
    </message>
    <message>
        <source>This computer has no system keyring photowalk can use ({kind}), so the password cannot be kept. Give it each time instead (photowalk asks for it, or use --password-stdin).</source>
        <translation>На этом компьютере нет системного хранилища паролей, которым может пользоваться photowalk ({kind}), поэтому пароль нельзя сохранить. Вводите его каждый раз (photowalk спросит его, или используйте --password-stdin).</translation>
    </message>
    <message>
        <source>No password is stored for {user} on {wiki}. Run photowalk login --wiki {wiki} --user {user}, or give it with --password-stdin.</source>
        <translation>Для {user} в {wiki} пароль не сохранён. Войдите и укажите пароль.</translation>
    </message>
    <message>
        <source>Which account should upload to {wiki}? Give --user NAME@APP or run photowalk login first.</source>
        <translation>Какой аккаунт будет загружать в {wiki}? Сначала войдите.</translation>
    </message>
    <message>
        <source>“Upload anyway” is not possible for File:{title} after the wiki&apos;s warning “{code}”: the title holds another file or page, or the wiki would change the name, or the picture is there already. photowalk never uploads over someone else&apos;s file. Give this photo another title, or skip it.</source>
        <translation>«Всё равно загрузить» невозможно для File:{title} после предупреждения вики «{code}»: название занято другим файлом или страницей, либо вики изменила бы имя, либо изображение там уже есть. photowalk никогда не загружает поверх чужого файла. Дайте этому снимку другое название или пропустите его.</translation>
    </message>
    <message>
        <source>{wiki} refused the login with your Wikimedia account ({error}: {hint}). Log in again; if this repeats, log in with a bot password instead.</source>
        <translation>{wiki} отклонил вход с вашей учётной записью Викимедиа ({error}: {hint}). Войдите снова; если это повторится, войдите с паролем бота.</translation>
    </message>
    <message>
        <source>No OAuth client is set up for {wiki}. Register one on Meta at Special:OAuthConsumerRegistration/propose/oauth2 (the README says how), then give its client id: photowalk login --oauth --wiki {wiki} --client-id ID. Or log in with a bot password.</source>
        <translation>Для {wiki} не настроен клиент OAuth. Зарегистрируйте его на Мете на Special:OAuthConsumerRegistration/propose/oauth2 (в README сказано как), затем укажите его ID: photowalk login --oauth --wiki {wiki} --client-id ID. Или войдите с паролем бота.</translation>
    </message>
    <message>
        <source>{wiki} does not accept the OAuth client {client_id}. Check the client id (and the client secret, if one is set) against the client registered on Meta, and that the client is approved; then log in again.</source>
        <translation>{wiki} не принимает клиента OAuth {client_id}. Сверьте ID клиента (и секрет, если он задан) с клиентом, зарегистрированным на Мете, и проверьте, что клиент одобрен; затем войдите снова.</translation>
    </message>
    <message>
        <source>{wiki} did not accept photowalk&apos;s proof that this login started here (the PKCE code verifier). Nothing was logged in. Log in again from the start.</source>
        <translation>{wiki} не принял доказательство photowalk, что этот вход начат здесь (PKCE code verifier). Вход не выполнен. Войдите заново с самого начала.</translation>
    </message>
    <message>
        <source>{wiki} did not accept the login code ({hint}): it was used already or is not valid. Log in again from the start.</source>
        <translation>{wiki} не принял код входа ({hint}): он уже использован или недействителен. Войдите заново с самого начала.</translation>
    </message>
    <message>
        <source>{wiki} refused the callback address {redirect_uri}: it must be exactly the one registered with the OAuth client, port included. Register that address, or set the port of the registered one (--port), then log in again.</source>
        <translation>{wiki} отклонил адрес возврата {redirect_uri}: он должен точно совпадать с зарегистрированным для клиента OAuth, включая порт. Зарегистрируйте этот адрес или укажите порт зарегистрированного (--port), затем войдите снова.</translation>
    </message>
    <message>
        <source>photowalk was not allowed to use your account on {wiki} ({error}): Cancel was pressed on the wiki&apos;s page. To upload, log in again and press Allow.</source>
        <translation>photowalk не получил разрешения пользоваться вашей учётной записью на {wiki} ({error}): на странице вики была нажата «Отмена». Чтобы загружать, войдите снова и нажмите «Разрешить».</translation>
    </message>
    <message>
        <source>An answer reached photowalk&apos;s callback address that does not belong to this login (its state does not match): an old browser tab or another program sent it. Nothing was accepted. Log in again, in the browser window photowalk opens.</source>
        <translation>На адрес возврата photowalk пришёл ответ, который не относится к этому входу (state не совпадает): его прислала старая вкладка браузера или другая программа. Ничего не принято. Войдите снова в окне браузера, которое откроет photowalk.</translation>
    </message>
    <message>
        <source>The browser did not come back to photowalk within {minutes} minutes. If the wiki showed “Application Connection Error”, the client id or the callback address {redirect_uri} is not the registered one: check them. Otherwise log in again and press Allow on the wiki&apos;s page.</source>
        <translation>Браузер не вернулся в photowalk за {minutes} мин. Если вики показала «Application Connection Error», ID клиента или адрес возврата {redirect_uri} не совпадают с зарегистрированными: проверьте их. Иначе войдите снова и нажмите «Разрешить» на странице вики.</translation>
    </message>
    <message>
        <source>photowalk cannot listen at {redirect_uri}: another program uses port {port} on this computer. Close it (or another photowalk waiting for a login) and try again.</source>
        <translation>photowalk не может слушать {redirect_uri}: порт {port} на этом компьютере занят другой программой. Закройте её (или другой photowalk, ожидающий входа) и попробуйте снова.</translation>
    </message>
    <message>
        <source>Your login to {wiki} with your Wikimedia account has ended ({hint}). Log in again with your Wikimedia account; finished photos stay finished.</source>
        <translation>Ваш вход в {wiki} с учётной записью Викимедиа закончился ({hint}). Войдите снова с учётной записью Викимедиа; готовые снимки останутся готовыми.</translation>
    </message>
    <message>
        <source>{wiki} no longer accepts photowalk&apos;s access to your account ({info}); the access may have been revoked in Special:OAuthManageMyGrants. Log in again with your Wikimedia account; finished photos stay finished.</source>
        <translation>{wiki} больше не принимает доступ photowalk к вашей учётной записи ({info}); возможно, доступ отозван на Special:OAuthManageMyGrants. Войдите снова с учётной записью Викимедиа; готовые снимки останутся готовыми.</translation>
    </message>
    <message>
        <source>{user} logged in to {wiki} with the OAuth client {client_id}, but that client may not upload files. Register a client with the grants &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; and &apos;Create, edit, and move pages&apos;, then log in with it.</source>
        <translation>{user} вошёл в {wiki} с клиентом OAuth {client_id}, но этому клиенту нельзя загружать файлы. Зарегистрируйте клиента с правами &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; и &apos;Create, edit, and move pages&apos; и войдите с ним.</translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but the wiki did not take its captions and depicts: {info} (error code {api_code}). Check them, then choose Retry.</source>
        <translation>File:{title} загружен, но вики не приняла его подписи и изображённые элементы: {info} (код ошибки {api_code}). Проверьте их, затем выберите «Повторить».</translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but its depicts names {item}, which does not exist on {wiki}. Remove it from the photo&apos;s depicts or choose another item, then choose Retry.</source>
        <translation>File:{title} загружен, но среди изображённого указан {item}, которого нет на {wiki}. Уберите его из изображённого на снимке или выберите другой элемент, затем выберите «Повторить».</translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but {wiki} refused a value of its structured data as being of the wrong kind ({info}). Check its depicts and location, then choose Retry.</source>
        <translation>File:{title} загружен, но {wiki} отклонила значение его структурированных данных как значение неверного типа ({info}). Проверьте изображённое и место, затем выберите «Повторить».</translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but {wiki} refused a caption: {info}. Shorten or change it, then choose Retry.</source>
        <translation>File:{title} загружен, но {wiki} отклонила подпись: {info}. Сократите или измените её, затем выберите «Повторить».</translation>
    </message>
    <message>
        <source>File:{title} has no structured data entity on {wiki} (the page is gone, or is not a file page), so its captions and depicts were not written. Look at the page on the wiki.</source>
        <translation>У File:{title} нет сущности структурированных данных на {wiki} (страницы нет, или это не страница файла), поэтому подписи и изображённое не записаны. Посмотрите страницу на вики.</translation>
    </message>
    <message>
        <source>File:{title} is uploaded. {wiki} keeps no captions or depicts, so they were not sent; they stay in the project for a wiki that keeps them, such as Commons.</source>
        <translation>File:{title} загружен. {wiki} не хранит подписи и изображённые элементы, поэтому они не отправлены; они остаются в проекте для вики, которая их хранит, например Commons.</translation>
    </message>
    <message>
        <source>Someone changed the captions or depicts of File:{title} while photowalk was writing them, again and again; nothing of theirs was overwritten. Choose Retry later.</source>
        <translation>Кто-то снова и снова менял подписи или изображённое у File:{title}, пока photowalk их записывал; ничего из их правок не перезаписано. Выберите «Повторить» позже.</translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: {reason}</source>
        <translation>Страницу снимка {id} нельзя составить: {reason}</translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: its extra wikitext has {what} that is never closed (line {line}), which would hide the licence and categories after it on Commons. Close it or remove it.</source>
        <translation>Страницу снимка {id} нельзя составить: в его дополнительном викитексте {what} нигде не закрывается (строка {line}), и на Commons это скрыло бы лицензию и категории после него. Закройте или удалите его.</translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: its extra wikitext has {what} with nothing to close (line {line}). Remove it.</source>
        <translation>Страницу снимка {id} нельзя составить: в его дополнительном викитексте есть {what}, которому нечего закрывать (строка {line}). Удалите его.</translation>
    </message>
    <message>
        <source>“{lang}” is not a language code</source>
        <translation>«{lang}» — не код языка</translation>
    </message>
    <message>
        <source>the user name “{user}”: {reason}</source>
        <translation>имя участника «{user}»: {reason}</translation>
    </message>
    <message>
        <source>it is someone else&apos;s work and no reason why Commons may have it is chosen yet</source>
        <translation>это чужая работа, и ещё не выбрано, почему Commons может её хранить</translation>
    </message>
    <message>
        <source>the category “{name}”: {reason}</source>
        <translation>категория «{name}»: {reason}</translation>
    </message>
    <message>
        <source>it has no licence yet</source>
        <translation>у него ещё нет лицензии</translation>
    </message>
    <message>
        <source>{path} is on a memory stick or a network folder and is already open in photowalk (on this or another computer). On such drives only one program may have a project open at a time: close it there, then try again.</source>
        <translation>{path} находится на флешке или в сетевой папке и уже открыт в photowalk (на этом или другом компьютере). На таких дисках проект может быть открыт только одной программой одновременно: закройте его там и попробуйте снова.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to {path} ({reason}). They are kept on this computer and are saved there when you open the project again with the stick or folder back in place.</source>
        <translation>Последние изменения не удалось сохранить в {path} ({reason}). Они хранятся на этом компьютере и будут сохранены туда, когда вы снова откроете проект с подключённой флешкой или папкой.</translation>
    </message>
    <message>
        <source>photowalk&apos;s background process stopped unexpectedly ({reason}). It was started again and goes on with the work it had; nothing you typed is lost.</source>
        <translation>Фоновый процесс photowalk неожиданно остановился ({reason}). Он запущен снова и продолжает свою работу; ничего из того, что вы ввели, не потеряно.</translation>
    </message>
    <message>
        <source>photowalk&apos;s background process keeps stopping ({reason}), so imports, checks and uploads cannot run. Your project is saved: close it and open it again; the log says more.</source>
        <translation>Фоновый процесс photowalk всё время останавливается ({reason}), поэтому импорт, проверки и загрузки невозможны. Проект сохранён: закройте его и откройте снова; подробности в журнале.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>{where} is {kind}, not {wanted}</source>
        <translation>{where} — {kind}, а не {wanted}</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>{where} отсутствует</translation>
    </message>
    <message>
        <source>{where} is {value}</source>
        <translation>{where} имеет значение {value}</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} — пустое значение</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <source>the file became shorter while it was sent</source>
        <translation>файл стал короче во время отправки</translation>
    </message>
    <message>
        <source>the wiki holds {bytes} bytes</source>
        <translation>в вики хранится {bytes} байт</translation>
    </message>
    <message>
        <source>the wiki did not take the chunk</source>
        <translation>вики не приняла фрагмент</translation>
    </message>
    <message>
        <source>a chunk was answered with {result} {warnings}</source>
        <translation>на фрагмент пришёл ответ {result} {warnings}</translation>
    </message>
    <message>
        <source>assembling the file ended with {result}</source>
        <translation>сборка файла завершилась с результатом {result}</translation>
    </message>
    <message>
        <source>the wiki did not finish assembling the file</source>
        <translation>вики не закончила сборку файла</translation>
    </message>
    <message>
        <source>the stash entry is gone</source>
        <translation>записи во временном хранилище больше нет</translation>
    </message>
    <message>
        <source>the answer is encoded as {encoding}</source>
        <translation>ответ закодирован как {encoding}</translation>
    </message>
    <message>
        <source>the answer&apos;s compression is damaged</source>
        <translation>сжатие ответа повреждено</translation>
    </message>
    <message>
        <source>no complete answer within {duration}</source>
        <translation>за {duration} не пришёл полный ответ</translation>
    </message>
    <message>
        <source>an address it does not name</source>
        <translation>адрес, который она не называет</translation>
    </message>
    <message>
        <source>the answer is larger than {mb} MB</source>
        <translation>ответ больше {mb} МБ</translation>
    </message>
    <message>
        <source>On the wiki this photo is File:{title}. Its new title {new_title} was not given to the file: that would be a move of the file page, which photowalk does not do. Ask for a move on the file page, or give the photo its old title back.</source>
        <translation>В вики этот снимок — File:{title}. Новое название {new_title} файлу не дано: это было бы переименование страницы файла, а photowalk этого не делает. Запросите переименование на странице файла или верните снимку прежнее название.</translation>
    </message>
    <message>
        <source>The newer description of this photo (or another detail of its page) is not on File:{title} yet; it is sent with the next upload.</source>
        <translation>Более новое описание этого снимка (или другая часть его страницы) ещё не попало на File:{title}; оно будет отправлено при следующей загрузке.</translation>
    </message>
    <message>
        <source>The licence of this photo was changed after it was published. File:{title} keeps the licence it was published with (a free licence cannot be taken back), so photowalk does not send the newer page text. To offer another licence as well, add it on the file page yourself.</source>
        <translation>Лицензию этого снимка изменили после публикации. File:{title} сохраняет лицензию, с которой был опубликован (свободную лицензию нельзя отозвать), поэтому photowalk не отправляет новый текст страницы. Чтобы предложить ещё и другую лицензию, добавьте её на страницу файла сами.</translation>
    </message>
    <message>
        <source>File:{title} was changed on the wiki after photowalk wrote it, so the newer description was not sent: photowalk never overwrites someone else&apos;s edit. Put your change on the file page yourself, or skip to leave the page as it is.</source>
        <translation>File:{title} изменили в вики после того, как photowalk его записал, поэтому новое описание не отправлено: photowalk никогда не перезаписывает чужие правки. Внесите своё изменение на страницу файла сами или пропустите, чтобы оставить страницу как есть.</translation>
    </message>
    <message>
        <source>unexpected answer to the edit: {result}</source>
        <translation>неожиданный ответ на правку: {result}</translation>
    </message>
    <message>
        <source>the EXIF data ({label} at byte {start})</source>
        <translation>данные EXIF ({label} с байта {start})</translation>
    </message>
    <message>
        <source>the XMP data ({label} at byte {start})</source>
        <translation>данные XMP ({label} с байта {start})</translation>
    </message>
    <message>
        <source>the Photoshop/IPTC data ({label} at byte {start})</source>
        <translation>данные Photoshop/IPTC ({label} с байта {start})</translation>
    </message>
    <message>
        <source>the text chunk &apos;{keyword}&apos; ({label} at byte {start})</source>
        <translation>текстовый блок &apos;{keyword}&apos; ({label} с байта {start})</translation>
    </message>
    <message>
        <source>the segment ({label} at byte {start})</source>
        <translation>сегмент ({label} с байта {start})</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>{where} still holds a position in the copy</source>
        <translation>в копии всё ещё есть координаты: {where}</translation>
    </message>
    <message>
        <source>the file is cut short or its structure is damaged, so it cannot be checked</source>
        <translation>файл обрезан или его структура повреждена, поэтому его нельзя проверить</translation>
    </message>
    <message>
        <source>{kind} files are not rewritten, and this one holds a position</source>
        <translation>файлы {kind} не перезаписываются, а в этом есть координаты</translation>
    </message>
    <message>
        <source>{where} still holds a position after removal</source>
        <translation>после удаления всё ещё остались координаты: {where}</translation>
    </message>
    <message>
        <source>the extended XMP data</source>
        <translation>расширенные данные XMP</translation>
    </message>
    <message>
        <source>the FLIR thermal data&apos;s GPS record</source>
        <translation>запись GPS в тепловых данных FLIR</translation>
    </message>
    <message>
        <source>the data after the end of the image</source>
        <translation>данные после конца изображения</translation>
    </message>
    <message>
        <source>the EXIF data is damaged</source>
        <translation>данные EXIF повреждены</translation>
    </message>
    <message>
        <source>the new {label} segment is too large</source>
        <translation>новый сегмент {label} слишком велик</translation>
    </message>
    <message>
        <source>it is empty or has a &apos;|&apos; in it.</source>
        <translation>оно пустое или в нём есть &apos;|&apos;.</translation>
    </message>
    <message>
        <source>it is not a valid file name.</source>
        <translation>это недопустимое имя файла.</translation>
    </message>
    <message>
        <source>its page text differs</source>
        <translation>текст его страницы отличается</translation>
    </message>
    <message>
        <source>the stash holds {bytes} bytes with another SHA-1</source>
        <translation>во временном хранилище {bytes} байт с другим SHA-1</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <source>its SHA-1 differs</source>
        <translation>его SHA-1 отличается</translation>
    </message>
    <message>
        <source>it has {stored} bytes, not {sent}</source>
        <translation>в нём {stored} байт, а не {sent}</translation>
    </message>
    <message>
        <source>the wiki did not keep the login (cookies refused?)</source>
        <translation>вики не сохранила вход (cookie отклонены?)</translation>
    </message>
    <message>
        <source>HTTP {status} from {url}</source>
        <translation>HTTP {status} от {url}</translation>
    </message>
    <message>
        <source>the answer of {url} holds no usable Bearer token</source>
        <translation>в ответе {url} нет пригодного токена Bearer</translation>
    </message>
    <message>
        <source>the wiki renews it only for a client whose secret is set</source>
        <translation>вики продлевает его только для клиента с заданным секретом</translation>
    </message>
    <message>
        <source>the access has expired</source>
        <translation>срок доступа истёк</translation>
    </message>
    <message>
        <source>the answer is nested too deeply</source>
        <translation>ответ вложен слишком глубоко</translation>
    </message>
    <message>
        <source>the wiki&apos;s answer was not readable</source>
        <translation>ответ вики не удалось прочитать</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>ответ — не объект JSON</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ответ не пришёл вовремя</translation>
    </message>
    <message>
        <source>connection lost or refused</source>
        <translation>соединение прервано или отклонено</translation>
    </message>
    <message>
        <source>{key} is not a list of names</source>
        <translation>{key} — не список имён</translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <source>the extra wikitext has {what} with nothing to close (line {line}); remove it</source>
        <translation>в дополнительном викитексте есть {what}, которому нечего закрывать (строка {line}); удалите его</translation>
    </message>
    <message>
        <source>the extra wikitext has a second {what} template (line {line}); photowalk writes it</source>
        <translation>в дополнительном викитексте второй шаблон {what} (строка {line}); photowalk пишет его сам</translation>
    </message>
    <message>
        <source>the extra wikitext has {what} that is never closed (line {line}), which would hide the licence and categories after it on Commons; close it or remove it</source>
        <translation>в дополнительном викитексте {what} нигде не закрывается (строка {line}), и на Commons это скрыло бы лицензию и категории после него; закройте или удалите его</translation>
    </message>
    <message>
        <source>the page would not have exactly one {template} template</source>
        <translation>на странице не было бы ровно одного шаблона {template}</translation>
    </message>
    <message>
        <source>the licence would not be on the page</source>
        <translation>лицензии не было бы на странице</translation>
    </message>
    <message>
        <source>the mark for an uncategorised file would not be on the page</source>
        <translation>пометки о файле без категорий не было бы на странице</translation>
    </message>
    <message>
        <source>the category {name} would not be on the page</source>
        <translation>категории {name} не было бы на странице</translation>
    </message>
    <message>
        <source>No photo of the project was taken with a camera called “{name}”. Its cameras: {cameras}.</source>
        <translation>Ни один снимок проекта не сделан камерой «{name}». Камеры проекта: {cameras}.</translation>
    </message>
    <message>
        <source>“{name}” names more than one camera of the project ({cameras}); add its serial number.</source>
        <translation>«{name}» подходит к нескольким камерам проекта ({cameras}); добавьте серийный номер.</translation>
    </message>
    <message>
        <source>“{text}” is not a clock correction; write it as +01:03 (hours:minutes), -00:05:30, or +1 h 3 min 20 s.</source>
        <translation>«{text}» — не поправка часов; напишите её как +01:03 (часы:минуты), -00:05:30 или +1 h 3 min 20 s.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; write what the clock in the photo shows as 14:32 or 14:32:05 (or with its date: 2025-05-01 14:32).</source>
        <translation>«{text}» — не время суток; напишите, что показывают часы на снимке, как 14:32 или 14:32:05 (или с датой: 2025-05-01 14:32).</translation>
    </message>
    <message>
        <source>Photo {id} has no time from its camera, so it cannot show how far the camera&apos;s clock is off. Choose another photo by the same camera.</source>
        <translation>У снимка {id} нет времени от камеры, поэтому по нему нельзя узнать, насколько сбиты часы камеры. Выберите другой снимок той же камеры.</translation>
    </message>
    <message>
        <source>The GPS track {path} cannot be used: {reason}</source>
        <translation>GPS-трек {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>The GPS track {path} has no points with a time, so photos cannot be matched to it. Export the track again with times (a “track”, not a “route”).</source>
        <translation>В GPS-треке {path} нет точек со временем, поэтому снимки нельзя с ним сопоставить. Экспортируйте трек заново со временем («трек», а не «маршрут»).</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB</source>
        <translation>файл больше 200 МБ</translation>
    </message>
    <message>
        <source>it is not a GPX file or it is damaged</source>
        <translation>это не файл GPX, или он повреждён</translation>
    </message>
    <message>
        <source>The HEIC photo {path} could not be converted to JPEG: {reason}. Export it as JPEG on the phone (or in the computer&apos;s photo program) and import that.</source>
        <translation>Снимок HEIC {path} не удалось преобразовать в JPEG: {reason}. Экспортируйте его в JPEG на телефоне (или в программе для фото на компьютере) и импортируйте его.</translation>
    </message>
    <message>
        <source>photowalk does not write converted photos into {folder}, where the originals are (a camera card or a phone). Choose another folder for them.</source>
        <translation>photowalk не записывает преобразованные снимки в {folder}, где лежат оригиналы (карта камеры или телефон). Выберите для них другую папку.</translation>
    </message>
    <message>
        <source>{folder} holds too many photos of that name</source>
        <translation>в {folder} слишком много снимков с таким именем</translation>
    </message>
    <message>
        <source>the HEIF decoder (pillow-heif) is not installed</source>
        <translation>декодер HEIF (pillow-heif) не установлен</translation>
    </message>
    <message>
        <source>its {width} x {height} pixels need more memory than photowalk gives one picture</source>
        <translation>его {width} x {height} пикселей требуют больше памяти, чем photowalk выделяет одному изображению</translation>
    </message>
    <message>
        <source>the decoder reported: {error}</source>
        <translation>декодер сообщил: {error}</translation>
    </message>
    <message>
        <source>This area needs {count} map tiles; photowalk fetches at most {limit} at once, as the tile server&apos;s usage policy asks. Choose a smaller area (the streets of the event) or fewer zoom levels.</source>
        <translation>Для этой области нужно {count} фрагментов карты; photowalk загружает за раз не более {limit}, как требуют правила сервера фрагментов. Выберите область поменьше (улицы мероприятия) или меньше уровней масштаба.</translation>
    </message>
    <message>
        <source>“{text}” is not an area photowalk can fetch map tiles for: give SOUTH,WEST,NORTH,EAST in degrees (e.g. 38.55,68.76,38.59,68.80), at most {span}° on a side, zoom levels {low} to {high}.</source>
        <translation>«{text}» — не область, для которой photowalk может загрузить фрагменты карты: укажите ЮГ,ЗАПАД,СЕВЕР,ВОСТОК в градусах (например 38.55,68.76,38.59,68.80), не более {span}° по стороне, уровни масштаба от {low} до {high}.</translation>
    </message>
    <message>
        <source>The map tile {tile} could not be fetched from {server}: {reason}. Check the connection or the tile server in Settings; the tiles fetched before still show.</source>
        <translation>Фрагмент карты {tile} не удалось загрузить с {server}: {reason}. Проверьте подключение или сервер фрагментов в настройках; загруженные ранее фрагменты по-прежнему показываются.</translation>
    </message>
    <message>
        <source>the server answered HTTP {status}</source>
        <translation>сервер ответил HTTP {status}</translation>
    </message>
    <message>
        <source>the answer is not a picture</source>
        <translation>ответ — не изображение</translation>
    </message>
    <message>
        <source>“{item}” is not a Wikidata item: write its id, such as Q1 (Q and a number).</source>
        <translation>«{item}» — не элемент Викиданных: напишите его ID, например Q1 (Q и число).</translation>
    </message>
    <message>
        <source>The {lang} caption has {count} characters; Commons takes at most {limit}. Shorten it.</source>
        <translation>В подписи на языке {lang} {count} символов; Викисклад принимает не более {limit}. Сократите её.</translation>
    </message>
    <message>
        <source>“{title}” is not the name of a file on a wiki, so no link to it can be written.</source>
        <translation>«{title}» — не имя файла в вики, поэтому ссылку на него написать нельзя.</translation>
    </message>
    <message>
        <source>The project has no photo “{photo}”: give its number (photowalk list), its file&apos;s name on the wiki or its original file name.</source>
        <translation>В проекте нет фотографии «{photo}»: укажите её номер (photowalk list), имя её файла в вики или исходное имя файла.</translation>
    </message>
    <message>
        <source>{wiki} is not reachable ({reason}), so no articles can be suggested now. The wikitext can be used all the same; try again when you are online.</source>
        <translation>{wiki} недоступна ({reason}), поэтому сейчас статьи предложить нельзя. Викитекстом можно пользоваться и так; попробуйте снова, когда будете в сети.</translation>
    </message>
    <message>
        <source>{wiki} is too busy to answer now ({reason}), so no articles can be suggested. The wikitext can be used all the same; try again in a few minutes.</source>
        <translation>{wiki} сейчас слишком занята, чтобы ответить ({reason}), поэтому статьи предложить нельзя. Викитекстом можно пользоваться и так; попробуйте снова через несколько минут.</translation>
    </message>
    <message>
        <source>Photo {id} is not on the wiki yet: upload it first, then it can be used in articles.</source>
        <translation>Фотографии {id} ещё нет в вики: сначала загрузите её, тогда её можно будет использовать в статьях.</translation>
    </message>
    <message>
        <source>Select one photo that is on the wiki to use it in articles.</source>
        <translation>Выберите одну фотографию, которая уже есть в вики, чтобы использовать её в статьях.</translation>
    </message>
    <message>
        <source>The photo has no location (or it is left off the page), so no nearby articles are looked for.</source>
        <translation>У фотографии нет места съёмки (или оно не указано на странице), поэтому статьи поблизости не ищутся.</translation>
    </message>
    <message>
        <source>The photo depicts no items, so no articles about them are looked for.</source>
        <translation>У фотографии не указано, что на ней изображено, поэтому статьи об этом не ищутся.</translation>
    </message>
    <message>
        <source>{wiki} cannot answer {what} (the extension is not installed there).</source>
        <translation>{wiki} не может ответить на {what} (там не установлено расширение).</translation>
    </message>
    <message>
        <source>{wiki} cannot be asked now ({reason}), so articles about the depicted items are not looked for.</source>
        <translation>Сейчас нельзя обратиться к {wiki} ({reason}), поэтому статьи об изображённом не ищутся.</translation>
    </message>
    <message>
        <source>not a photowalk project</source>
        <translation>не проект photowalk</translation>
    </message>
    <message>
        <source>the answer does not mention the file {title}</source>
        <translation>в ответе не упомянут файл {title}</translation>
    </message>
    <message>
        <source>“{reason}” is not a reason photowalk knows; use one of {known}.</source>
        <translation>«{reason}» — не известная photowalk причина; используйте одну из: {known}.</translation>
    </message>
    <message>
        <source>“{year}” is not a year; write it with four digits, e.g. 1948.</source>
        <translation>«{year}» — не год; напишите его четырьмя цифрами, например 1948.</translation>
    </message>
    <message>
        <source>“{tag}” is not a hashtag the event tools count: write # and then letters, digits or _ (at most {max}, not only digits), like #WLTJ2025</source>
        <translation>«{tag}» — не хештег, который считают инструменты мероприятий: напишите # и затем буквы, цифры или _ (не больше {max}, не только цифры), например #WLTJ2025</translation>
    </message>
    <message>
        <source>“{value}” is not a bandwidth: write a number of Mbit/s, or e.g. “512 KiB/s”; 0 for no cap.</source>
        <translation>«{value}» — не скорость: напишите число Мбит/с или, например, «512 KiB/s»; 0 — без ограничения.</translation>
    </message>
    <message>
        <source>This account may upload at most {hits} files per {duration}; this batch of {count} will take about {time}.</source>
        <translation>Эта учётная запись может загружать не больше {hits} файлов за {duration}; эта партия из {count} займёт около {time}.</translation>
    </message>
    <message>
        <source>This account is new: at most {hits} uploads per {duration}; this batch of {count} will take about {time}.</source>
        <translation>Это новая учётная запись: не больше {hits} загрузок за {duration}; эта партия из {count} займёт около {time}.</translation>
    </message>
    <message>
        <source>This account may upload at most {hits} files per {duration}; this batch has {count}.</source>
        <translation>Эта учётная запись может загружать не больше {hits} файлов за {duration}; в этой партии {count}.</translation>
    </message>
    <message>
        <source>This account is new: at most {hits} uploads per {duration}; this batch has {count}.</source>
        <translation>Это новая учётная запись: не больше {hits} загрузок за {duration}; в этой партии {count}.</translation>
    </message>
    <message>
        <source>Files in this batch: {count} ({mb} MB); about {time} at the speed measured before ({rate} Mbit/s).</source>
        <translation>Файлов в этой партии: {count} ({mb} МБ); около {time} при измеренной ранее скорости ({rate} Мбит/с).</translation>
    </message>
    <message>
        <source>The account may make at most {hits} {what} per {duration}: photowalk spaces them out.</source>
        <translation>Учётная запись может делать не больше {hits} {what} за {duration}: photowalk распределяет их по времени.</translation>
    </message>
    <message>
        <source>uploads</source>
        <translation>загрузок</translation>
    </message>
    <message>
        <source>edits</source>
        <translation>правок</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <source>This file was deleted from the wiki. Ask an experienced volunteer why before you upload it again.</source>
        <translation>Этот файл удалён из вики. Прежде чем загружать его снова, спросите опытного участника, почему.</translation>
    </message>
    <message>
        <source>This file was deleted from the wiki on {when}. The reason given: {reason}. Upload it again only if that reason no longer holds; ask an experienced volunteer first.</source>
        <translation>Этот файл удалён из вики {when}. Указанная причина: {reason}. Загружайте его снова, только если эта причина больше не действует; сначала спросите опытного участника.</translation>
    </message>
    <message>
        <source>This file is marked for quick deletion, without a discussion ({template}). If that is wrong, say why on the file&apos;s talk page today. Do not remove the mark yourself.</source>
        <translation>Этот файл отмечен к быстрому удалению, без обсуждения ({template}). Если это ошибка, объясните почему на странице обсуждения файла сегодня же. Не снимайте отметку сами.</translation>
    </message>
    <message>
        <source>Someone thinks this file breaks copyright (copied from elsewhere). If you took the photo yourself, say so on the file&apos;s talk page today; otherwise it will be deleted.</source>
        <translation>Кто-то считает, что этот файл нарушает авторские права (скопирован откуда-то). Если вы сняли фотографию сами, напишите об этом на странице обсуждения файла сегодня же; иначе его удалят.</translation>
    </message>
    <message>
        <source>The file needs a proof of permission. If you took the photo yourself, say so on the file&apos;s talk page; if someone else did, ask them to send the permission within 7 days.</source>
        <translation>Для файла нужно подтверждение разрешения. Если вы сняли фотографию сами, напишите об этом на странице обсуждения файла; если снимал кто-то другой, попросите его прислать разрешение в течение 7 дней.</translation>
    </message>
    <message>
        <source>Someone asked for this file to be deleted ({page}). Read the discussion and answer there within 7 days: say that you took the photo and why it is useful. Do not remove the mark yourself.</source>
        <translation>Кто-то запросил удаление этого файла ({page}). Прочитайте обсуждение и ответьте там в течение 7 дней: напишите, что вы сняли фотографию сами и чем она полезна. Не снимайте отметку сами.</translation>
    </message>
    <message>
        <source>Someone asked for this file to be deleted. Open the file page, follow the link to the discussion and answer there within 7 days: say that you took the photo and why it is useful. Do not remove the mark yourself.</source>
        <translation>Кто-то запросил удаление этого файла. Откройте страницу файла, перейдите по ссылке к обсуждению и ответьте там в течение 7 дней: напишите, что вы сняли фотографию сами и чем она полезна. Не снимайте отметку сами.</translation>
    </message>
    <message>
        <source>A deletion discussion links to this file ({page}). Read it; if it is still open, answer there.</source>
        <translation>Обсуждение удаления ссылается на этот файл ({page}). Прочитайте его; если оно ещё открыто, ответьте там.</translation>
    </message>
    <message>
        <source>The file is marked about freedom of panorama ({template}): in some countries photos of recent buildings and artworks are not free. If such a work is the main subject, the file may be deleted; read the country&apos;s rule.</source>
        <translation>Файл отмечен шаблоном о свободе панорамы ({template}): в некоторых странах фотографии новых зданий и произведений искусства не свободны. Если такое произведение — главный предмет снимка, файл могут удалить; прочитайте правило для страны.</translation>
    </message>
    <message>
        <source>The file&apos;s categories should be checked. Add precise categories on the file page, then remove the &quot;Check categories&quot; mark.</source>
        <translation>Категории файла нужно проверить. Добавьте точные категории на странице файла, затем снимите отметку «Check categories».</translation>
    </message>
    <message>
        <source>Used on {count} pages, {articles} of them articles. Nothing to do.</source>
        <translation>Используется на страницах: {count}, из них статей: {articles}. Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>No problem found; the file is not used on any page yet.</source>
        <translation>Проблем не найдено; файл пока не используется ни на одной странице.</translation>
    </message>
</context>
<context>
    <name>geotag</name>
    <message>
        <source>no time of day is known for this photo</source>
        <translation>время съёмки этого снимка неизвестно</translation>
    </message>
    <message>
        <source>the camera recorded its own position, which is kept</source>
        <translation>камера записала своё положение, оно сохраняется</translation>
    </message>
    <message>
        <source>its location was set by hand, which is kept</source>
        <translation>место задано вручную, оно сохраняется</translation>
    </message>
    <message>
        <source>its location is left off the page</source>
        <translation>место не указывается на странице</translation>
    </message>
    <message>
        <source>it was taken {seconds} s before the track starts</source>
        <translation>снимок сделан за {seconds} с до начала трека</translation>
    </message>
    <message>
        <source>it was taken {seconds} s after the track ends</source>
        <translation>снимок сделан через {seconds} с после конца трека</translation>
    </message>
    <message>
        <source>the track has a gap of {seconds} s when it was taken (at most {limit} s)</source>
        <translation>в момент съёмки в треке пропуск {seconds} с (допустимо не более {limit} с)</translation>
    </message>
    <message>
        <source>no photo with a position was taken within {limit} s of it</source>
        <translation>в пределах {limit} с от него нет снимка с известным местом</translation>
    </message>
    <message>
        <source>no track or photo with a position to place it from</source>
        <translation>нет трека или снимка с известным местом, по которому его можно разместить</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>HEIC photos are not accepted by Commons. Save or export it as JPEG, then import that.</source>
        <translation>Commons не принимает снимки HEIC. Сохраните или экспортируйте его в JPEG и импортируйте тот файл.</translation>
    </message>
    <message>
        <source>Camera RAW files are not accepted by Commons. Export the photo as JPEG, then import that.</source>
        <translation>Commons не принимает RAW-файлы камер. Экспортируйте снимок в JPEG и импортируйте тот файл.</translation>
    </message>
    <message>
        <source>Videos are not accepted by Commons in this format; photowalk uploads photos.</source>
        <translation>Commons не принимает видео в этом формате; photowalk загружает фотографии.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): it is not a picture.</source>
        <translation>Файл пустой (0 байт): это не изображение.</translation>
    </message>
    <message>
        <source>This is a text file, not a picture, although its name ends in .{ext}.</source>
        <translation>Это текстовый файл, а не изображение, хотя его имя оканчивается на .{ext}.</translation>
    </message>
    <message>
        <source>This is not a picture photowalk recognises, although its name ends in .{ext}.</source>
        <translation>Это не изображение, которое распознаёт photowalk, хотя его имя оканчивается на .{ext}.</translation>
    </message>
</context>
<context>
    <name>licences</name>
    <message>
        <source>Anyone may use and change the photo if they name you and share their changes under the same licence.</source>
        <translation>Любой может использовать и изменять снимок, если укажет вас и распространит свои изменения под той же лицензией.</translation>
    </message>
    <message>
        <source>Anyone may use and change the photo, for any purpose, if they name you.</source>
        <translation>Любой может использовать и изменять снимок для любых целей, если укажет вас.</translation>
    </message>
    <message>
        <source>You give up all rights: anyone may use the photo for anything, without naming you.</source>
        <translation>Вы отказываетесь от всех прав: любой может использовать снимок как угодно, не указывая вас.</translation>
    </message>
</context>
<context>
    <name>origins</name>
    <message>
        <source>A friend&apos;s photo that is not published under this licence needs the friend&apos;s own permission, sent by e-mail to Commons&apos; volunteer team (permissions-commons@wikimedia.org), or the friend uploads it.</source>
        <translation>Для фотографии друга, не опубликованной под этой лицензией, нужно разрешение самого друга, отправленное по электронной почте команде волонтёров Commons (permissions-commons@wikimedia.org), или друг загружает её сам.</translation>
    </message>
    <message>
        <source>The author published it under CC BY-SA 4.0</source>
        <translation>Автор опубликовал её под CC BY-SA 4.0</translation>
    </message>
    <message>
        <source>The author put the photo under CC BY-SA 4.0 where it was published; the source must show it.</source>
        <translation>Автор выложил фотографию под CC BY-SA 4.0 там, где она опубликована; источник должен это показывать.</translation>
    </message>
    <message>
        <source>The author published it under CC BY 4.0</source>
        <translation>Автор опубликовал её под CC BY 4.0</translation>
    </message>
    <message>
        <source>The author put the photo under CC BY 4.0 where it was published; the source must show it.</source>
        <translation>Автор выложил фотографию под CC BY 4.0 там, где она опубликована; источник должен это показывать.</translation>
    </message>
    <message>
        <source>The author gave up all rights (CC0)</source>
        <translation>Автор отказался от всех прав (CC0)</translation>
    </message>
    <message>
        <source>The author published the photo under CC0, giving up all rights; the source must show it.</source>
        <translation>Автор опубликовал фотографию под CC0, отказавшись от всех прав; источник должен это показывать.</translation>
    </message>
    <message>
        <source>Old: the author died more than 70 years ago</source>
        <translation>Старая: автор умер более 70 лет назад</translation>
    </message>
    <message>
        <source>Public domain: the photographer died more than 70 years ago and the photo was published more than 95 years ago. Type the year the author died and the year the photo was first published.</source>
        <translation>Общественное достояние: фотограф умер более 70 лет назад, а фотография опубликована более 95 лет назад. Введите год смерти автора и год первой публикации.</translation>
    </message>
    <message>
        <source>Very old: made more than 120 years ago, author unknown</source>
        <translation>Очень старая: снята более 120 лет назад, автор неизвестен</translation>
    </message>
    <message>
        <source>Public domain: the photo was made more than 120 years ago and nobody knows who made it or when they died. Type the year it was made; as author type what is known (e.g. “unknown”).</source>
        <translation>Общественное достояние: фотография снята более 120 лет назад, и никто не знает, кто её снял и когда он умер. Введите год съёмки; в поле автора — то, что известно (например, «неизвестен»).</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Photos uploaded</source>
        <translation>Загружено фотографий</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байты</translation>
    </message>
    <message>
        <source>With captions</source>
        <translation>С подписями</translation>
    </message>
    <message>
        <source>With depicts</source>
        <translation>С изображённым</translation>
    </message>
    <message>
        <source>Deleted since</source>
        <translation>Удалено с тех пор</translation>
    </message>
    <message>
        <source>Used in articles</source>
        <translation>Используется в статьях</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>a link to a folder already looked in</source>
        <translation>ссылка на уже просмотренную папку</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>системный файл</translation>
    </message>
    <message>
        <source>a photowalk project</source>
        <translation>проект photowalk</translation>
    </message>
    <message>
        <source>sidecar file</source>
        <translation>сопроводительный файл</translation>
    </message>
    <message>
        <source>not a file (a device, pipe or socket)</source>
        <translation>не файл (устройство, канал или сокет)</translation>
    </message>
    <message>
        <source>not a photo</source>
        <translation>не фотография</translation>
    </message>
</context>
</TS>
