<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ">
<context>
    <name>CategoryChip</name>
    <message>
        <source>Add to all selected photos</source>
        <translation>Ба ҳамаи аксҳои интихобшуда илова кардан</translation>
    </message>
    <message>
        <source>Remove from the selected photos</source>
        <translation>Аз аксҳои интихобшуда хориҷ кардан</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Problems (%1, selected photos)</source>
        <translation>Мушкилот (%1, аксҳои интихобшуда)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Мушкилот (%1)</translation>
    </message>
    <message>
        <source>No photos are selected: select photos in the grid, or choose All photos.</source>
        <translation>Ягон акс интихоб нашудааст: аксҳоро дар шабака интихоб кунед ё «Ҳамаи аксҳо»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>No problems found: ready for Commons.</source>
        <translation>Мушкиле ёфт нашуд: барои Commons омода аст.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block the upload</source>
        <translation>
            <numerusform>%n хато боргузориро манъ мекунад</numerusform>
            <numerusform>%n хато боргузориро манъ мекунанд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n огоҳӣ</numerusform>
            <numerusform>%n огоҳӣ</numerusform>
        </translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation>Дар роҳнамо бештар хонед</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Ҳамаи аксҳо</translation>
    </message>
    <message>
        <source>Selected photos (%1)</source>
        <translation>Аксҳои интихобшуда (%1)</translation>
    </message>
    <message>
        <source>List the problems of every photo in the project</source>
        <translation>Мушкилоти ҳамаи аксҳои лоиҳаро нишон диҳед</translation>
    </message>
    <message>
        <source>List only the problems of the photos selected in the grid</source>
        <translation>Танҳо мушкилоти аксҳои дар шабака интихобшударо нишон диҳед</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Қаблӣ</translation>
    </message>
    <message>
        <source>Go to the previous problem and its photo (Shift+F8)</source>
        <translation>Ба мушкили қаблӣ ва акси он гузаштан (Shift+F8)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Навбатӣ</translation>
    </message>
    <message>
        <source>Go to the next problem and its photo (F8)</source>
        <translation>Ба мушкили навбатӣ ва акси он гузаштан (F8)</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Fix camera clock</source>
        <translation>Ислоҳи соати камера</translation>
    </message>
    <message>
        <source>If a camera&apos;s clock was wrong, correct all its photos at once: type how far it was off, or choose a photo of a clock or phone screen taken with it and type the time the clock shows.</source>
        <translation>Агар соати камера нодуруст бошад, ҳамаи аксҳои онро якбора ислоҳ кунед: нависед, ки соат чӣ қадар пеш ё ақиб буд, ё акси соат ё экрани телефонро, ки бо ҳамин камера гирифта шудааст, интихоб кунед ва вақтеро, ки соат нишон медиҳад, нависед.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Рақами силсилавӣ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Аксҳо</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Ислоҳ</translation>
    </message>
    <message>
        <source>Correction of the chosen camera</source>
        <translation>Ислоҳи камераи интихобшуда</translation>
    </message>
    <message>
        <source>Add to its times:</source>
        <translation>Ба вақтҳои он илова кардан:</translation>
    </message>
    <message>
        <source>e.g. +1 h 03 min, -0:05:30</source>
        <translation>масалан +1 h 03 min, -0:05:30</translation>
    </message>
    <message>
        <source>From the selected photo of a clock, which shows:</source>
        <translation>Аз акси интихобшудаи соат, ки нишон медиҳад:</translation>
    </message>
    <message>
        <source>e.g. 14:32 or 14:32:05</source>
        <translation>масалан 14:32 ё 14:32:05</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Акс</translation>
    </message>
    <message>
        <source>Camera&apos;s time</source>
        <translation>Вақти камера</translation>
    </message>
    <message>
        <source>Corrected time</source>
        <translation>Вақти ислоҳшуда</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Татбиқ кардан</translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation>Хориҷ кардани ислоҳ</translation>
    </message>
    <message>
        <source>(no camera name)</source>
        <translation>(номи камера нест)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нест</translation>
    </message>
    <message>
        <source>Select a photo of a clock or phone screen in the grid before opening this window to use it here.</source>
        <translation>Барои истифода дар ин ҷо, пеш аз кушодани ин равзана дар ҷадвал акси соат ё экрани телефонро интихоб кунед.</translation>
    </message>
    <message>
        <source>{name}: the camera says {time}.</source>
        <translation>{name}: камера {time}-ро нишон медиҳад.</translation>
    </message>
    <message>
        <source>{name} was taken with another camera.</source>
        <translation>{name} бо камераи дигар гирифта шудааст.</translation>
    </message>
    <message>
        <source>Correct the clock of {camera} by {shift}</source>
        <translation>Ислоҳи соати {camera} ба {shift}</translation>
    </message>
    <message>
        <source>Remove the clock correction of {camera}</source>
        <translation>Хориҷ кардани ислоҳи соати {camera}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>set titles, descriptions, categories, licence ... of photos</source>
        <translation>унвонҳо, тавсифҳо, гурӯҳҳо, иҷозатнома ...-и аксҳоро гузоштан</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>ЛОИҲА</translation>
    </message>
    <message>
        <source>every photo of the project</source>
        <translation>ҳамаи аксҳои лоиҳа</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>РАҚАМ</translation>
    </message>
    <message>
        <source>these photos</source>
        <translation>ҳамин аксҳо</translation>
    </message>
    <message>
        <source>T</source>
        <translation>У</translation>
    </message>
    <message>
        <source>the title (file name on Commons) of one photo</source>
        <translation>унвони (номи файл дар Commons) як акс</translation>
    </message>
    <message>
        <source>P</source>
        <translation>Қ</translation>
    </message>
    <message>
        <source>titles from a pattern: {description} {place} {event} {date} {year} {n} {name}</source>
        <translation>унвонҳо аз қолиб: {description} {place} {event} {date} {year} {n} {name}</translation>
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation>ЗАБОН=МАТН</translation>
    </message>
    <message>
        <source>description in a language; an empty TEXT removes that language</source>
        <translation>тавсиф бо як забон; МАТН-и холӣ он забонро хориҷ мекунад</translation>
    </message>
    <message>
        <source>caption (structured data, at most {limit} characters) in a language; an empty TEXT removes that language</source>
        <translation>тавзеҳи кӯтоҳ (маълумоти сохторӣ, на бештар аз {limit} аломат) бо як забон; МАТН-и холӣ он забонро хориҷ мекунад</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>QID</translation>
    </message>
    <message>
        <source>add an item the photos depict</source>
        <translation>илова кардани унсуре, ки дар аксҳо тасвир шудааст</translation>
    </message>
    <message>
        <source>remove a depicted item</source>
        <translation>хориҷ кардани унсури тасвиршуда</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НОМ</translation>
    </message>
    <message>
        <source>add a category</source>
        <translation>гурӯҳ илова кардан</translation>
    </message>
    <message>
        <source>remove a category</source>
        <translation>гурӯҳро хориҷ кардан</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>РАМЗ</translation>
    </message>
    <message>
        <source>cc-by-sa-4.0, cc-by-4.0 or cc-zero</source>
        <translation>cc-by-sa-4.0, cc-by-4.0 ё cc-zero</translation>
    </message>
    <message>
        <source>the Commons user name credited as author</source>
        <translation>номи корбари Commons, ки ҳамчун муаллиф зикр мешавад</translation>
    </message>
    <message>
        <source>someone else&apos;s photo</source>
        <translation>акси каси дигар</translation>
    </message>
    <message>
        <source>the photos are your own work again (the default)</source>
        <translation>аксҳо боз кори худи шумо мебошанд (пешфарз)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>МАТН</translation>
    </message>
    <message>
        <source>the photos are someone else&apos;s work: who took them</source>
        <translation>аксҳо кори каси дигаранд: кӣ онҳоро гирифтааст</translation>
    </message>
    <message>
        <source>where someone else&apos;s photos come from: a web address, or e.g. &quot;family album, printed 1965&quot;</source>
        <translation>аксҳои каси дигар аз куҷо омадаанд: нишонии веб ё масалан &quot;албоми оилавӣ, соли 1965 чоп шудааст&quot;</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>КАЛИД</translation>
    </message>
    <message>
        <source>why Commons may have someone else&apos;s photos: {keys}</source>
        <translation>чаро Commons метавонад аксҳои каси дигарро дошта бошад: {keys}</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>СОЛ</translation>
    </message>
    <message>
        <source>the year the author died</source>
        <translation>соли вафоти муаллиф</translation>
    </message>
    <message>
        <source>the year the photo was made or first published</source>
        <translation>соле, ки акс гирифта ё бори аввал нашр шудааст</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>САНА</translation>
    </message>
    <message>
        <source>when the photos were taken: YYYY-MM-DD (or YYYY-MM, YYYY), optionally with HH:MM; an empty DATE goes back to the camera&apos;s</source>
        <translation>вақти гирифтани аксҳо: СССС-ММ-РР (ё СССС-ММ, СССС), ихтиёрӣ бо СС:ДД; САНА-и холӣ ба санаи камера бармегардад</translation>
    </message>
    <message>
        <source>LAT,LON[,HEADING]</source>
        <translation>АРЗ,ТӮЛ[,САМТ]</translation>
    </message>
    <message>
        <source>where the photos were taken, in decimal degrees (e.g. 38.5598,68.7870)</source>
        <translation>ҷойи гирифтани аксҳо, бо дараҷаҳои даҳӣ (масалан 38.5598,68.7870)</translation>
    </message>
    <message>
        <source>forget the location given with --location: the camera&apos;s GPS (if any) again</source>
        <translation>ҷойеро, ки бо --location дода шудааст, фаромӯш кардан: боз GPS-и камера (агар бошад)</translation>
    </message>
    <message>
        <source>leave the location off the page</source>
        <translation>ҷойро ба саҳифа нанавиштан</translation>
    </message>
    <message>
        <source>put the location on the page again</source>
        <translation>ҷойро боз ба саҳифа навиштан</translation>
    </message>
    <message>
        <source>FILE.toml</source>
        <translation>ФАЙЛ.toml</translation>
    </message>
    <message>
        <source>fill in an event preset</source>
        <translation>пур кардан аз рӯи қолаби чорабинӣ</translation>
    </message>
    <message>
        <source>check photos against Commons&apos; rules before upload</source>
        <translation>пеш аз боргузорӣ аксҳоро бо қоидаҳои Commons санҷидан</translation>
    </message>
    <message>
        <source>print a JSON array, one object per photo</source>
        <translation>массиви JSON чоп кардан, барои ҳар акс як объект</translation>
    </message>
    <message>
        <source>print the description page a photo will get</source>
        <translation>саҳифаи тавсиферо, ки акс мегирад, чоп кардан</translation>
    </message>
    <message>
        <source>print the structured data (captions, depicts, point of view) as the JSON sent to the wiki</source>
        <translation>чопи маълумоти сохторӣ (тавзеҳҳои кӯтоҳ, унсурҳои тасвиршуда, нуқтаи назар) ҳамчун JSON-е, ки ба вики фиристода мешавад</translation>
    </message>
    <message>
        <source>{option} needs LANG=TEXT (e.g. &quot;tg=Боғи Рӯдакӣ&quot;), not “{item}”</source>
        <translation>{option} ЗАБОН=МАТН-ро талаб мекунад (масалан &quot;tg=Боғи Рӯдакӣ&quot;), на «{item}»</translation>
    </message>
    <message>
        <source>--own-work cannot go with --original-author, --source, --reason, --death-year or --year</source>
        <translation>--own-work бо --original-author, --source, --reason, --death-year ё --year якҷоя намеояд</translation>
    </message>
    <message>
        <source>--title gives one photo its title; for several photos use --title-pattern</source>
        <translation>--title ба як акс унвон медиҳад; барои якчанд акс --title-pattern-ро истифода баред</translation>
    </message>
    <message>
        <source>description {language}</source>
        <translation>тавсифи {language}</translation>
    </message>
    <message>
        <source>description {language} removed</source>
        <translation>тавсифи {language} хориҷ шуд</translation>
    </message>
    <message>
        <source>caption {language}</source>
        <translation>тавзеҳи кӯтоҳи {language}</translation>
    </message>
    <message>
        <source>caption {language} removed</source>
        <translation>тавзеҳи кӯтоҳи {language} хориҷ шуд</translation>
    </message>
    <message>
        <source>depicts added: {items}</source>
        <translation>унсурҳои тасвиршуда илова шуданд: {items}</translation>
    </message>
    <message>
        <source>depicts removed: {items}</source>
        <translation>унсурҳои тасвиршуда хориҷ шуданд: {items}</translation>
    </message>
    <message>
        <source>categories added: {names}</source>
        <translation>гурӯҳҳо илова шуданд: {names}</translation>
    </message>
    <message>
        <source>categories removed: {names}</source>
        <translation>гурӯҳҳо хориҷ шуданд: {names}</translation>
    </message>
    <message>
        <source>licence {licence}</source>
        <translation>иҷозатнома {licence}</translation>
    </message>
    <message>
        <source>author {author}</source>
        <translation>муаллиф {author}</translation>
    </message>
    <message>
        <source>own work</source>
        <translation>кори худ</translation>
    </message>
    <message>
        <source>someone else&apos;s work: {fields}</source>
        <translation>кори каси дигар: {fields}</translation>
    </message>
    <message>
        <source>date {date}</source>
        <translation>сана {date}</translation>
    </message>
    <message>
        <source>date from the camera</source>
        <translation>сана аз камера</translation>
    </message>
    <message>
        <source>location {place}</source>
        <translation>ҷой {place}</translation>
    </message>
    <message>
        <source>location from the camera</source>
        <translation>ҷой аз камера</translation>
    </message>
    <message>
        <source>location removed</source>
        <translation>ҷой хориҷ шуд</translation>
    </message>
    <message>
        <source>location shown</source>
        <translation>ҷой нишон дода мешавад</translation>
    </message>
    <message>
        <source>title</source>
        <translation>унвон</translation>
    </message>
    <message>
        <source>(no title: description or date missing)</source>
        <translation>(унвон нест: тавсиф ё сана нест)</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) from the pattern</source>
        <translation>
            <numerusform>%n унвон аз қолиб</numerusform>
            <numerusform>%n унвон аз қолиб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the caption prefix before %n caption(s)</source>
        <translation>
            <numerusform>пешванди тавзеҳ пеш аз %n тавзеҳи кӯтоҳ</numerusform>
            <numerusform>пешванди тавзеҳ пеш аз %n тавзеҳи кӯтоҳ</numerusform>
        </translation>
    </message>
    <message>
        <source>uploads now go to {wiki}</source>
        <translation>акнун боргузориҳо ба {wiki} мераванд</translation>
    </message>
    <message>
        <source>preset: {licences} licence(s), {categories} photo(s) got categories, {templates} template(s), {prefixes} prefix(es), {titles} title(s)</source>
        <translation>қолаб: иҷозатномаҳо {licences}, аксҳое, ки гурӯҳ гирифтанд {categories}, шаблонҳо {templates}, пешвандҳо {prefixes}, унвонҳо {titles}</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>чизе барои тағйир нест</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {what}.</source>
        <translation>
            <numerusform>%n акс: {what}.</numerusform>
            <numerusform>%n акс: {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>хато</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>огоҳӣ</translation>
    </message>
    <message>
        <source>suggestion: {suggestion}</source>
        <translation>пешниҳод: {suggestion}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {ready} ready, {failing} with errors, {warnings} warning(s).</source>
        <translation>
            <numerusform>%n акс: тайёр {ready}, бо хато {failing}, огоҳиҳо {warnings}.</numerusform>
            <numerusform>%n акс: тайёр {ready}, бо хато {failing}, огоҳиҳо {warnings}.</numerusform>
        </translation>
    </message>
    <message>
        <source>From a camera folder to finished files on Wikimedia Commons.</source>
        <translation>Аз ҷузвдони камера то файлҳои тайёр дар Wikimedia Commons.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>нусхаи барномаро нишон додан ва баромадан</translation>
    </message>
    <message>
        <source>the language photowalk speaks (default: the system&apos;s, from LANGUAGE or LANG)</source>
        <translation>забоне, ки photowalk бо он гап мезанад (пешфарз: забони система, аз LANGUAGE ё LANG)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ФАРМОН</translation>
    </message>
    <message>
        <source>no log file ({reason}); going on without one.</source>
        <translation>файли сабт нест ({reason}); бе он идома медиҳем.</translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>қатъ шуд.</translation>
    </message>
    <message>
        <source>an unexpected error stopped the command ({name}); the details are in the log: {log}</source>
        <translation>хатои ғайричашмдошт фармонро қатъ кард ({name}); тафсилот дар сабт: {log}</translation>
    </message>
    <message>
        <source>import photos from camera folders into a project</source>
        <translation>ворид кардани аксҳо аз ҷузвдонҳои камера ба лоиҳа</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ҶУЗВДОН</translation>
    </message>
    <message>
        <source>folders or files to import</source>
        <translation>ҷузвдонҳо ё файлҳо барои ворид кардан</translation>
    </message>
    <message>
        <source>project file (created if missing)</source>
        <translation>файли лоиҳа (агар набошад, сохта мешавад)</translation>
    </message>
    <message>
        <source>WORKERS</source>
        <translation>РИШТАҲО</translation>
    </message>
    <message>
        <source>threads for hashing and thumbnails</source>
        <translation>риштаҳо барои ҳисоби ҳеш ва тасвирчаҳо</translation>
    </message>
    <message>
        <source>import HEIC/HEIF photos as JPEG copies with all their metadata, written in FOLDER (default: a JPEG folder beside the project; never where the originals are); the project remembers it</source>
        <translation>аксҳои HEIC/HEIF-ро ҳамчун нусхаҳои JPEG бо ҳамаи маълумоташон ворид кардан, ки дар ҶУЗВДОН навишта мешаванд (пешфарз: ҷузвдони JPEG дар паҳлуи лоиҳа; ҳеҷ гоҳ дар ҷои аслҳо); лоиҳа инро дар хотир нигоҳ медорад</translation>
    </message>
    <message>
        <source>import HEIC/HEIF photos as they are again</source>
        <translation>аксҳои HEIC/HEIF-ро боз ҳамон тавр, ки ҳастанд, ворид кардан</translation>
    </message>
    <message>
        <source>list the photos of a project</source>
        <translation>рӯйхати аксҳои лоиҳа</translation>
    </message>
    <message>
        <source>mark photos not for upload (or for upload again)</source>
        <translation>аксҳоро ҳамчун «барои боргузорӣ не» (ё боз «барои боргузорӣ») қайд кардан</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>РАҚАМҲО</translation>
    </message>
    <message>
        <source>photo numbers not to upload, e.g. 3,4,9 (checks and upload pass them by)</source>
        <translation>рақамҳои аксҳое, ки бор карда намешаванд, масалан 3,4,9 (санҷишҳо ва боргузорӣ онҳоро мегузаронанд)</translation>
    </message>
    <message>
        <source>photo numbers to upload again</source>
        <translation>рақамҳои аксҳое, ки боз бор карда мешаванд</translation>
    </message>
    <message>
        <source>find photos whose files moved (e.g. the card is mounted elsewhere)</source>
        <translation>ёфтани аксҳое, ки файлҳояшон кӯчидаанд (масалан, корт дар ҷои дигар васл шудааст)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ҷузвдон</translation>
    </message>
    <message>
        <source>write a complete copy of a project to a new file (safe while it is open)</source>
        <translation>нусхаи пурраи лоиҳаро ба файли нав навиштан (ҳатто вақте ки кушода аст, бехатар)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>the new project file</source>
        <translation>файли нави лоиҳа</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new photo(s).</source>
        <translation>
            <numerusform>%n акси нав ворид шуд.</numerusform>
            <numerusform>%n акси нав ворид шуданд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project.</source>
        <translation>
            <numerusform>%n файл аллакай дар лоиҳа буд.</numerusform>
            <numerusform>%n файл аллакай дар лоиҳа буданд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) found again at a new place.</source>
        <translation>
            <numerusform>%n акс дар ҷои нав боз ёфт шуд.</numerusform>
            <numerusform>%n акс дар ҷои нав боз ёфт шуданд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) were edited after they were imported; each now uses the new file, with its title and descriptions kept:</source>
        <translation>
            <numerusform>%n акс пас аз ворид шудан таҳрир шуд; акнун он файли навро истифода мебарад, унвон ва тавсифҳояш нигоҳ дошта шуданд:</numerusform>
            <numerusform>%n акс пас аз ворид шудан таҳрир шуданд; акнун ҳар яке файли навро истифода мебарад, унвон ва тавсифҳояш нигоҳ дошта шуданд:</numerusform>
        </translation>
    </message>
    <message>
        <source>same photo already in the project: {path} (as {existing})</source>
        <translation>ҳамин акс аллакай дар лоиҳа аст: {path} (ҳамчун {existing})</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be uploaded to Commons:</source>
        <translation>
            <numerusform>%n файлро ба Commons бор кардан мумкин нест:</numerusform>
            <numerusform>%n файлро ба Commons бор кардан мумкин нест:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n файлро хондан нашуд:</numerusform>
            <numerusform>%n файлро хондан нашуд:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped (sidecars, system files, not photos).</source>
        <translation>
            <numerusform>%n файли дигар гузаронида шуд (файлҳои ҳамроҳ, файлҳои система, на акс).</numerusform>
            <numerusform>%n файли дигар гузаронида шуданд (файлҳои ҳамроҳ, файлҳои система, на акс).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; run the same command again to import the rest.</source>
        <translation>Пеш аз анҷом қатъ шуд; барои ворид кардани боқимонда ҳамин фармонро боз иҷро кунед.</translation>
    </message>
    <message>
        <source>{before} bytes before, {now} bytes now</source>
        <translation>пеш {before} байт, ҳоло {now} байт</translation>
    </message>
    <message>
        <source>{before} bytes before, now</source>
        <translation>пеш {before} байт, ҳоло</translation>
    </message>
    <message>
        <source>; the wiki keeps the version uploaded before (photowalk never replaces a file there)</source>
        <translation>; вики нусхаи пештар боршударо нигоҳ медорад (photowalk ҳеҷ гоҳ файлро дар он ҷо иваз намекунад)</translation>
    </message>
    <message>
        <source>; an unfinished upload will start again with the new file</source>
        <translation>; боргузории нотамом бо файли нав аз нав оғоз мешавад</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>ГУМШУДА</translation>
    </message>
    <message>
        <source>NOT-FOR-UPLOAD</source>
        <translation>БАРОИ-БОРГУЗОРӢ-НЕ</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n огоҳӣ</numerusform>
            <numerusform>%n огоҳӣ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n акс</numerusform>
            <numerusform>%n акс</numerusform>
        </translation>
    </message>
    <message>
        <source>photo numbers separated by commas, e.g. 3,4,9; not “{value}”</source>
        <translation>рақамҳои аксҳо бо вергул ҷудо карда мешаванд, масалан 3,4,9; на «{value}»</translation>
    </message>
    <message>
        <source>photo {ids} cannot be both skipped and kept</source>
        <translation>акси {ids} наметавонад ҳам гузаронида ва ҳам нигоҳ дошта шавад</translation>
    </message>
    <message>
        <source>name photos with --skip IDS or --keep IDS</source>
        <translation>аксҳоро бо --skip РАҚАМҲО ё --keep РАҚАМҲО номбар кунед</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload.</source>
        <translation>
            <numerusform>%n акс ҳамчун «барои боргузорӣ не» қайд шуд.</numerusform>
            <numerusform>%n акс ҳамчун «барои боргузорӣ не» қайд шуданд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked for upload again.</source>
        <translation>
            <numerusform>%n акс боз барои боргузорӣ қайд шуд.</numerusform>
            <numerusform>%n акс боз барои боргузорӣ қайд шуданд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of the project are not for upload.</source>
        <translation>
            <numerusform>%n акси лоиҳа барои боргузорӣ нест.</numerusform>
            <numerusform>%n акси лоиҳа барои боргузорӣ нестанд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n photo(s) in {folder}; {missing} still missing.</source>
        <translation>
            <numerusform>Дар {folder} %n акс ёфт шуд; ҳанӯз гум: {missing}.</numerusform>
            <numerusform>Дар {folder} %n акс ёфт шуданд; ҳанӯз гум: {missing}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied {project} to {target}.</source>
        <translation>{project} ба {target} нусха шуд.</translation>
    </message>
    <message>
        <source>this terminal&apos;s encoding ({encoding}) cannot show some letters; they appear as ?. Set PYTHONIOENCODING=utf-8 (or run chcp 65001 in cmd.exe) to see them.</source>
        <translation>рамзгузории ин терминал ({encoding}) баъзе ҳарфҳоро нишон дода наметавонад; онҳо ҳамчун ? намоён мешаванд. Барои дидани онҳо PYTHONIOENCODING=utf-8 гузоред (ё дар cmd.exe chcp 65001-ро иҷро кунед).</translation>
    </message>
    <message>
        <source>Stopping after the files in progress (Ctrl+C again to stop at once)...</source>
        <translation>Пас аз файлҳои дар кор буда қатъ мешавад (барои фавран қатъ кардан боз Ctrl+C)...</translation>
    </message>
    <message>
        <source>y/yes</source>
        <translation>ҳ/ҳа/y/yes</translation>
    </message>
    <message numerus="yes">
        <source>Looking for photos... %n files</source>
        <translation>
            <numerusform>Ҷустуҷӯи аксҳо... %n файл</numerusform>
            <numerusform>Ҷустуҷӯи аксҳо... %n файл</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA {seconds}s</source>
        <translation>боқӣ {seconds} сония</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/сония</translation>
    </message>
    <message>
        <source>-- MB/s</source>
        <translation>-- МБ/сония</translation>
    </message>
    <message numerus="yes">
        <source>{done}/%n files</source>
        <translation>
            <numerusform>{done}/%n файл</numerusform>
            <numerusform>{done}/%n файл</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA {time}</source>
        <translation>боқӣ {time}</translation>
    </message>
    <message>
        <source>waiting until {time}: {reason}</source>
        <translation>интизорӣ то {time}: {reason}</translation>
    </message>
    <message>
        <source>the wiki ended the session; logged in again</source>
        <translation>вики ҷаласаро анҷом дод; боз ворид шудем</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>истифода: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>аргументҳои мавқеӣ</translation>
    </message>
    <message>
        <source>options</source>
        <translation>имконот</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>ин ёрдамро нишон додан ва баромадан</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: хато: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргументи %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos;-ро кушодан нашуд: %(error)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>аргументҳои ношинос: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>бо аргументи %s иҷозат нест</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>аргументи ошкоро нодида гирифта шуд: %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ин аргументҳо ҳатмӣ мебошанд: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>яке аз аргументҳои %s ҳатмист</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>як аргумент интизор буд</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>на бештар аз як аргумент интизор буд</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ақаллан як аргумент интизор буд</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>имконоти дупаҳлу: %(option)s метавонад ба %(matches)s мувофиқ бошад</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>қимати нодурусти %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>интихоби нодуруст: %(value)r (аз %(choices)s интихоб кунед)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n аргумент интизор буд</numerusform>
            <numerusform>%n аргумент интизор буданд</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch the map tiles of a small area (the event&apos;s streets) for the map to show offline; at most {tiles} tiles, {span} degrees on a side, zoom up to {zoom}</source>
        <translation>гирифтани қисмҳои харитаи минтақаи хурд (кӯчаҳои чорабинӣ), то харита бе шабака нишон дода шавад; на бештар аз {tiles} қисм, {span} дараҷа ҳар тараф, калонкунӣ то {zoom}</translation>
    </message>
    <message>
        <source>SOUTH,WEST,NORTH,EAST</source>
        <translation>ҶАНУБ,ҒАРБ,ШИМОЛ,ШАРҚ</translation>
    </message>
    <message>
        <source>the area in degrees, e.g. 38.55,68.76,38.59,68.80</source>
        <translation>минтақа бо дараҷаҳо, масалан 38.55,68.76,38.59,68.80</translation>
    </message>
    <message>
        <source>the area of the project&apos;s photos that have a place (and 200 m round it)</source>
        <translation>минтақаи аксҳои лоиҳа, ки ҷой доранд (ва 200 м гирду атрофи он)</translation>
    </message>
    <message>
        <source>LOW-HIGH</source>
        <translation>ПАСТ-БАЛАНД</translation>
    </message>
    <message>
        <source>zoom levels (default 12-17)</source>
        <translation>сатҳҳои калонкунӣ (пешфарз 12-17)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>НИШОНӢ</translation>
    </message>
    <message>
        <source>a tile server&apos;s URL with {z}, {x}, {y} (default: the map&apos;s, OpenStreetMap&apos;s unless PHOTOWALK_TILE_URL names another)</source>
        <translation>нишонии хидматрасони қисмҳо бо {z}, {x}, {y} (пешфарз: аз они харита, OpenStreetMap, агар PHOTOWALK_TILE_URL дигареро ном набарад)</translation>
    </message>
    <message>
        <source>only say how many tiles the area needs</source>
        <translation>танҳо гуфтан, ки минтақа чанд қисм лозим дорад</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>then keep the tile cache (all servers) within this many MB, removing the tiles used longest ago (default {mb})</source>
        <translation>баъд захираи қисмҳои харитаро (ҳамаи хидматрасонҳо) дар ҳудуди ин қадар МБ нигоҳ доштан, қисмҳоеро, ки аз ҳама дертар истифода шудаанд, хориҷ карда (пешфарз {mb})</translation>
    </message>
    <message>
        <source>--cache-limit is a number of MB, 0 or more</source>
        <translation>--cache-limit шумораи МБ аст, 0 ё бештар</translation>
    </message>
    <message>
        <source>no photo of the project has a place yet; give the area with --bbox</source>
        <translation>ҳанӯз ягон акси лоиҳа ҷой надорад; минтақаро бо --bbox диҳед</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s) at zoom {low}-{high} from {server}.</source>
        <translation>
            <numerusform>%n қисм дар калонкунии {low}-{high} аз {server}.</numerusform>
            <numerusform>%n қисм дар калонкунии {low}-{high} аз {server}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n tile(s) at zoom {low}-{high} from {server} into {folder} (map data {attribution}).</source>
        <translation>
            <numerusform>Гирифтани %n қисм дар калонкунии {low}-{high} аз {server} ба {folder} (маълумоти харита {attribution}).</numerusform>
            <numerusform>Гирифтани %n қисм дар калонкунии {low}-{high} аз {server} ба {folder} (маълумоти харита {attribution}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{fetched} fetched, {cached} already in the cache, {failed} failed.</source>
        <translation>гирифта шуд {fetched}, аллакай дар захира {cached}, ноком {failed}.</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s) used longest ago removed ({freed} MB) to keep the cache within {limit} MB.</source>
        <translation>
            <numerusform>%n қисми харита, ки аз ҳама дертар истифода шуда буд, хориҷ шуд ({freed} МБ), то захира дар ҳудуди {limit} МБ бимонад.</numerusform>
            <numerusform>%n қисми харита, ки аз ҳама дертар истифода шуда буданд, хориҷ шуданд ({freed} МБ), то захира дар ҳудуди {limit} МБ бимонад.</numerusform>
        </translation>
    </message>
    <message>
        <source>log in with your Wikimedia account in the browser (--oauth), or check a bot password; either is kept in the system keyring</source>
        <translation>бо ҳисоби Wikimedia-и худ дар браузер ворид шудан (--oauth) ё пароли ботро санҷидан; ҳар кадоме дар анбори пароли система нигоҳ дошта мешавад</translation>
    </message>
    <message>
        <source>WIKI</source>
        <translation>ВИКИ</translation>
    </message>
    <message>
        <source>the wiki&apos;s API URL, or commons (default)</source>
        <translation>нишонии API-и вики ё commons (пешфарз)</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>КОРБАР</translation>
    </message>
    <message>
        <source>the bot password&apos;s user name, Name@AppName</source>
        <translation>номи корбари пароли бот, Name@AppName</translation>
    </message>
    <message>
        <source>log in with your Wikimedia account in the browser (OAuth 2)</source>
        <translation>бо ҳисоби Wikimedia-и худ дар браузер ворид шудан (OAuth 2)</translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation>ШИНОСАИ_МИЗОҶ</translation>
    </message>
    <message>
        <source>the OAuth 2 client registered for this wiki (kept for the next logins)</source>
        <translation>мизоҷи OAuth 2, ки барои ин вики ба қайд гирифта шудааст (барои воридшавиҳои навбатӣ нигоҳ дошта мешавад)</translation>
    </message>
    <message>
        <source>read the OAuth 2 client&apos;s secret from standard input (lets the wiki renew a login)</source>
        <translation>рамзи махфии мизоҷи OAuth 2-ро аз вуруди стандартӣ хондан (ба вики имкон медиҳад, ки воридшавиро нав кунад)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ПОРТ</translation>
    </message>
    <message>
        <source>the port of the client&apos;s registered callback address http://127.0.0.1:PORT/callback (default {port})</source>
        <translation>порти нишонии бозгашти ба қайд гирифташудаи мизоҷ http://127.0.0.1:PORT/callback (пешфарз {port})</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>ДАҚИҚАҲО</translation>
    </message>
    <message>
        <source>how long to wait for the browser (default %(default)g)</source>
        <translation>чӣ қадар интизори браузер будан (пешфарз %(default)g)</translation>
    </message>
    <message>
        <source>only print the address to open</source>
        <translation>танҳо нишониеро, ки бояд кушода шавад, чоп кардан</translation>
    </message>
    <message>
        <source>forget the password kept for a wiki</source>
        <translation>пароли барои вики нигоҳдоштаро фаромӯш кардан</translation>
    </message>
    <message>
        <source>the account (default: the one last logged in)</source>
        <translation>ҳисоб (пешфарз: охирин воридшуда)</translation>
    </message>
    <message>
        <source>upload every photo that passes the checks</source>
        <translation>ҳар аксеро, ки аз санҷиш мегузарад, бор кардан</translation>
    </message>
    <message>
        <source>the wiki&apos;s API URL, or commons (default: the project&apos;s wiki, from its event preset, else commons); another wiki than the project&apos;s becomes the project&apos;s wiki</source>
        <translation>нишонии API-и вики ё commons (пешфарз: вики-и лоиҳа аз қолаби чорабинӣ, вагарна commons); вики-и дигар аз они лоиҳа вики-и лоиҳа мешавад</translation>
    </message>
    <message>
        <source>read the bot password from standard input</source>
        <translation>пароли ботро аз вуруди стандартӣ хондан</translation>
    </message>
    <message>
        <source>upload with your Wikimedia account (the kept browser login, or a new one)</source>
        <translation>бо ҳисоби Wikimedia-и худ бор кардан (воридшавии нигоҳдоштаи браузер ё навъи нав)</translation>
    </message>
    <message>
        <source>when the browser login is needed, only print the address to open</source>
        <translation>вақте ки воридшавӣ тавассути браузер лозим аст, танҳо нишониро чоп кардан</translation>
    </message>
    <message>
        <source>only these photos</source>
        <translation>танҳо ҳамин аксҳо</translation>
    </message>
    <message>
        <source>print what would be sent, send nothing</source>
        <translation>чопи он чи фиристода мешуд, ҳеҷ чиз фиристода намешавад</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>СУРЪАТ</translation>
    </message>
    <message>
        <source>send at most this fast, all uploads together: Mbit/s, or e.g. &quot;512 KiB/s&quot;; 0 for no cap (default: the project&apos;s, set by its event preset)</source>
        <translation>на тезтар аз ин фиристодан, ҳамаи боргузориҳо якҷоя: Мбит/с ё масалан &quot;512 KiB/s&quot;; 0 — бе маҳдудият (пешфарз: аз они лоиҳа, ки қолаби чорабинӣ гузоштааст)</translation>
    </message>
    <message>
        <source>the upload state of each photo</source>
        <translation>ҳолати боргузории ҳар акс</translation>
    </message>
    <message>
        <source>answer photos that need your decision (after a wiki&apos;s warning)</source>
        <translation>ҷавоб ба аксҳое, ки қарори шуморо талаб мекунанд (пас аз огоҳии вики)</translation>
    </message>
    <message>
        <source>leave the photo out</source>
        <translation>аксро нагузоштан</translation>
    </message>
    <message>
        <source>publish despite the wiki&apos;s warning; never possible over a taken title</source>
        <translation>бо вуҷуди огоҳии вики нашр кардан; болои унвони бандшуда ҳеҷ гоҳ мумкин нест</translation>
    </message>
    <message>
        <source>start the photo again, e.g. after photowalk edit --title</source>
        <translation>аксро аз нав оғоз кардан, масалан пас аз photowalk edit --title</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>УНВОН</translation>
    </message>
    <message>
        <source>give the photo another title (e.g. the suggested free one) and send it under that title with the next upload</source>
        <translation>ба акс унвони дигар додан (масалан, унвони озоди пешниҳодшуда) ва бо боргузории навбатӣ бо ҳамон унвон фиристодан</translation>
    </message>
    <message>
        <source>the uploaded files as a &lt;gallery&gt; for a wiki page, or as CSV</source>
        <translation>файлҳои боршуда ҳамчун &lt;gallery&gt; барои саҳифаи вики ё ҳамчун CSV</translation>
    </message>
    <message>
        <source>the event report over these projects: per participant, photos, bytes, captions, depicts, deleted, used</source>
        <translation>ҳисоботи чорабинӣ аз рӯи ин лоиҳаҳо: барои ҳар иштирокчӣ аксҳо, байтҳо, тавзеҳҳои кӯтоҳ, унсурҳои тасвиршуда, несткардашудаҳо, истифодашудаҳо</translation>
    </message>
    <message>
        <source>title,url lines instead of a &lt;gallery&gt;</source>
        <translation>сатрҳои title,url ба ҷои &lt;gallery&gt;</translation>
    </message>
    <message>
        <source>with --event: a wikitable for a report on Meta</source>
        <translation>бо --event: ҷадвали вики барои ҳисобот дар Meta</translation>
    </message>
    <message>
        <source>with --event: the files as a &lt;gallery&gt;</source>
        <translation>бо --event: файлҳо ҳамчун &lt;gallery&gt;</translation>
    </message>
    <message>
        <source>with --event: ask the wiki first what became of each file (deleted, used)</source>
        <translation>бо --event: аввал аз вики пурсидан, ки бо ҳар файл чӣ шуд (нест карда шуд, истифода шуд)</translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation>САРЛАВҲА</translation>
    </message>
    <message>
        <source>the gallery&apos;s caption (default: the gallery title of the project&apos;s event preset)</source>
        <translation>сарлавҳаи галерея (пешфарз: сарлавҳаи галереяи қолаби чорабинии лоиҳа)</translation>
    </message>
    <message>
        <source>A free title: {title}</source>
        <translation>Унвони озод: {title}</translation>
    </message>
    <message>
        <source>already on the wiki as File:{title}: {url}</source>
        <translation>аллакай дар вики ҳамчун File:{title}: {url}</translation>
    </message>
    <message>
        <source>uploaded: {url}</source>
        <translation>бор шуд: {url}</translation>
    </message>
    <message>
        <source>Bot password for {user} on {wiki} (not remembered): </source>
        <translation>Пароли бот барои {user} дар {wiki} (нигоҳ дошта намешавад): </translation>
    </message>
    <message>
        <source>Bot password for {user} on {wiki}: </source>
        <translation>Пароли бот барои {user} дар {wiki}: </translation>
    </message>
    <message>
        <source>Remember it in the system keyring? [y/N] </source>
        <translation>Дар анбори пароли система нигоҳ дорем? [ҳ/Н] </translation>
    </message>
    <message>
        <source>Open this address in your browser, log in to the wiki and press Allow:</source>
        <translation>Ин нишониро дар браузер кушоед, ба вики ворид шавед ва «Иҷозат»-ро пахш кунед:</translation>
    </message>
    <message>
        <source>Waiting for the browser at {address} (up to {minutes} min; Ctrl+C stops)...</source>
        <translation>Интизори браузер дар {address} (то {minutes} дақиқа; Ctrl+C қатъ мекунад)...</translation>
    </message>
    <message>
        <source>The wiki&apos;s page is open in your browser: log in there and press Allow.</source>
        <translation>Саҳифаи вики дар браузери шумо кушода аст: дар он ҷо ворид шавед ва «Иҷозат»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}, but the login was not kept: photowalk upload opens the browser again.</source>
        <translation>Ба {wiki} ҳамчун {user} ворид шудед, аммо воридшавӣ нигоҳ дошта нашуд: photowalk upload браузерро боз мекушояд.</translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user} with your Wikimedia account; the login is kept in the system keyring.</source>
        <translation>Ба {wiki} ҳамчун {user} бо ҳисоби Wikimedia ворид шудед; воридшавӣ дар анбори пароли система нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <source>Logging in through the browser again.</source>
        <translation>Боз тавассути браузер ворид мешавем.</translation>
    </message>
    <message>
        <source>give --user Name@AppName for a bot password, or --oauth to log in with your Wikimedia account.</source>
        <translation>барои пароли бот --user Name@AppName диҳед, ё барои воридшавӣ бо ҳисоби Wikimedia --oauth.</translation>
    </message>
    <message>
        <source>no password given.</source>
        <translation>парол дода нашуд.</translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}, but the password was not kept: give it to photowalk upload each time (it asks, or use --password-stdin).</source>
        <translation>Ба {wiki} ҳамчун {user} ворид шудед, аммо парол нигоҳ дошта нашуд: онро ҳар дафъа ба photowalk upload диҳед (он мепурсад, ё --password-stdin-ро истифода баред).</translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}; the password is kept in the system keyring.</source>
        <translation>Ба {wiki} ҳамчун {user} ворид шудед; парол дар анбори пароли система нигоҳ дошта мешавад.</translation>
    </message>
    <message>
        <source>No account is remembered for {wiki}.</source>
        <translation>Барои {wiki} ягон ҳисоб дар хотир нест.</translation>
    </message>
    <message>
        <source>Forgot the password of {user} on {wiki}.</source>
        <translation>Пароли {user} дар {wiki} фаромӯш шуд.</translation>
    </message>
    <message>
        <source>No password was kept for {user} on {wiki}.</source>
        <translation>Барои {user} дар {wiki} парол нигоҳ дошта нашуда буд.</translation>
    </message>
    <message>
        <source>photo {id}: File:{title}</source>
        <translation>акси {id}: File:{title}</translation>
    </message>
    <message>
        <source>would not be sent: {reason}</source>
        <translation>фиристода намешуд: {reason}</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ҷой</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>шахсият</translation>
    </message>
    <message>
        <source>from {path} ({size} bytes, SHA-1 {sha1}, without {removed})</source>
        <translation>аз {path} ({size} байт, SHA-1 {sha1}, бе {removed})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ва </translation>
    </message>
    <message>
        <source>from {path} ({size} bytes, SHA-1 {sha1})</source>
        <translation>аз {path} ({size} байт, SHA-1 {sha1})</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) would be sent; nothing was sent.</source>
        <translation>
            <numerusform>%n акс фиристода мешуд; ҳеҷ чиз фиристода нашуд.</numerusform>
            <numerusform>%n акс фиристода мешуданд; ҳеҷ чиз фиристода нашуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n category(ies) have no page on {wiki}; the wiki could not be reached, these are its answers of {checked}. Photos in them would be in red categories:</source>
        <translation>
            <numerusform>Огоҳӣ: %n гурӯҳ дар {wiki} саҳифа надорад; ба вики расидан нашуд, инҳо ҷавобҳои он аз {checked} мебошанд. Аксҳо дар онҳо дар гурӯҳҳои сурх мебуданд:</numerusform>
            <numerusform>Огоҳӣ: %n гурӯҳ дар {wiki} саҳифа надоранд; ба вики расидан нашуд, инҳо ҷавобҳои он аз {checked} мебошанд. Аксҳо дар онҳо дар гурӯҳҳои сурх мебуданд:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n category(ies) have no page on {wiki}. Photos in them would be in red categories:</source>
        <translation>
            <numerusform>Огоҳӣ: %n гурӯҳ дар {wiki} саҳифа надорад. Аксҳо дар онҳо дар гурӯҳҳои сурх мебуданд:</numerusform>
            <numerusform>Огоҳӣ: %n гурӯҳ дар {wiki} саҳифа надоранд. Аксҳо дар онҳо дар гурӯҳҳои сурх мебуданд:</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” (photo {photos}); did you mean “{similar}”?</source>
        <translation>«{name}» (акси {photos}); шояд «{similar}»?</translation>
    </message>
    <message>
        <source>“{name}” (photo {photos})</source>
        <translation>«{name}» (акси {photos})</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload are left out (photowalk cull --keep IDS to upload them).</source>
        <translation>
            <numerusform>%n акси ҳамчун «барои боргузорӣ не» қайдшуда гузошта намешавад (барои бор кардан photowalk cull --keep РАҚАМҲО).</numerusform>
            <numerusform>%n акси ҳамчун «барои боргузорӣ не» қайдшуда гузошта намешаванд (барои бор кардан photowalk cull --keep РАҚАМҲО).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are not ready (fix them, then upload again):</source>
        <translation>
            <numerusform>%n акс тайёр нест (онро ислоҳ кунед, баъд боз бор кунед):</numerusform>
            <numerusform>%n акс тайёр нестанд (онҳоро ислоҳ кунед, баъд боз бор кунед):</numerusform>
        </translation>
    </message>
    <message>
        <source>photo {id} ({file}):</source>
        <translation>акси {id} ({file}):</translation>
    </message>
    <message>
        <source>Uploaded {uploaded}, already on the wiki {there}, need your decision {attention}, failed {failed}.</source>
        <translation>Бор шуд {uploaded}, аллакай дар вики {there}, қарори шуморо талаб мекунанд {attention}, ноком {failed}.</translation>
    </message>
    <message>
        <source>photo {id} ({title}): already there as File:{there}: {url}</source>
        <translation>акси {id} ({title}): аллакай ҳаст ҳамчун File:{there}: {url}</translation>
    </message>
    <message>
        <source>photo {id}: the newer description was sent to File:{title}</source>
        <translation>акси {id}: тавсифи навтар ба File:{title} фиристода шуд</translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation>акси {id}: {reason}</translation>
    </message>
    <message>
        <source>photo {id}: the newer description was not sent to File:{title}: {reason}</source>
        <translation>акси {id}: тавсифи навтар ба File:{title} фиристода нашуд: {reason}</translation>
    </message>
    <message>
        <source>photo {id}: the newer description was not sent to File:{title} yet; run the same command again.</source>
        <translation>акси {id}: тавсифи навтар ҳанӯз ба File:{title} фиристода нашудааст; ҳамин фармонро боз иҷро кунед.</translation>
    </message>
    <message>
        <source>photo {id}: captions and depicts written to File:{title}</source>
        <translation>акси {id}: тавзеҳҳои кӯтоҳ ва унсурҳои тасвиршуда ба File:{title} навишта шуданд</translation>
    </message>
    <message>
        <source>photo {id}: {reason} ({command})</source>
        <translation>акси {id}: {reason} ({command})</translation>
    </message>
    <message>
        <source>photo {id} ({title}): {reason} [suggested: {action}]</source>
        <translation>акси {id} ({title}): {reason} [пешниҳод: {action}]</translation>
    </message>
    <message>
        <source>free title: {title} ({command})</source>
        <translation>унвони озод: {title} ({command})</translation>
    </message>
    <message>
        <source>photo {id} ({title}): {reason}</source>
        <translation>акси {id} ({title}): {reason}</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Қатъ шуд: {reason}</translation>
    </message>
    <message>
        <source>The log: {path}</source>
        <translation>Сабт: {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are half-way; run the same command again to finish them.</source>
        <translation>
            <numerusform>%n акс дар нимароҳ аст; барои анҷом додани он ҳамин фармонро боз иҷро кунед.</numerusform>
            <numerusform>%n акс дар нимароҳанд; барои анҷом додани онҳо ҳамин фармонро боз иҷро кунед.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: this project&apos;s wiki is {project}; an upload with --wiki {wiki} makes {wiki} the project&apos;s wiki.</source>
        <translation>Диққат: вики-и ин лоиҳа {project} аст; боргузорӣ бо --wiki {wiki} {wiki}-ро вики-и лоиҳа мекунад.</translation>
    </message>
    <message>
        <source>This project uploads to {wiki} from now on (it was {project}).</source>
        <translation>Ин лоиҳа аз ҳоло ба {wiki} бор мекунад (пештар {project} буд).</translation>
    </message>
    <message>
        <source>Nothing to upload.</source>
        <translation>Чизе барои боргузорӣ нест.</translation>
    </message>
    <message>
        <source>earlier uploads of this project were sent by {others}; this upload is sent by {user}.</source>
        <translation>боргузориҳои пештараи ин лоиҳаро {others} фиристодааст; ин боргузориро {user} мефиристад.</translation>
    </message>
    <message>
        <source>Stopped at your request; run the same command again to go on.</source>
        <translation>Бо дархости шумо қатъ шуд; барои идома ҳамин фармонро боз иҷро кунед.</translation>
    </message>
    <message>
        <source>free title suggested: {title}</source>
        <translation>унвони озод пешниҳод шуд: {title}</translation>
    </message>
    <message>
        <source>that is the title the wiki warned about</source>
        <translation>ин ҳамон унвонест, ки вики дар бораи он огоҳ кард</translation>
    </message>
    <message>
        <source>--rename gives one photo a title: name one photo.</source>
        <translation>--rename ба як акс унвон медиҳад: як аксро номбар кунед.</translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation>бор нашудааст</translation>
    </message>
    <message>
        <source>photo {id}: {action} does not apply to a photo that is {state}</source>
        <translation>акси {id}: {action} ба аксе, ки {state} аст, дахл надорад</translation>
    </message>
    <message>
        <source>photo {id}: the title {title} cannot be used: {reason}</source>
        <translation>акси {id}: унвони {title}-ро истифода бурдан мумкин нест: {reason}</translation>
    </message>
    <message>
        <source>photo {id}: renamed to {title}</source>
        <translation>акси {id}: ба {title} номгузорӣ шуд</translation>
    </message>
    <message>
        <source>photo {id}: done; its page on the wiki is left as it is</source>
        <translation>акси {id}: тайёр; саҳифаи он дар вики ҳамон тавр монд</translation>
    </message>
    <message>
        <source>photo {id}: {state}</source>
        <translation>акси {id}: {state}</translation>
    </message>
    <message>
        <source>Run photowalk upload again to send it.</source>
        <translation>Барои фиристодани он photowalk upload-ро боз иҷро кунед.</translation>
    </message>
    <message>
        <source>already there as File:{title}  {url}</source>
        <translation>аллакай ҳаст ҳамчун File:{title}  {url}</translation>
    </message>
    <message>
        <source>{done}/{size} bytes sent</source>
        <translation>{done}/{size} байт фиристода шуд</translation>
    </message>
    <message>
        <source>no photos</source>
        <translation>акс нест</translation>
    </message>
    <message>
        <source>not-uploaded</source>
        <translation>бор-нашуда</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>дар-навбат</translation>
    </message>
    <message>
        <source>stashing</source>
        <translation>фиристодан</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>нашр</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>санҷиш</translation>
    </message>
    <message>
        <source>structuring</source>
        <translation>маълумоти-сохторӣ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>тайёр</translation>
    </message>
    <message>
        <source>needs-attention</source>
        <translation>қарор-лозим</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ноком</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>гузаронида</translation>
    </message>
    <message>
        <source>correct a camera&apos;s clock (all its photos at once); without a correction, list the cameras and their corrections</source>
        <translation>ислоҳи соати камера (ҳамаи аксҳояш якбора); бе ислоҳ рӯйхати камераҳо ва ислоҳҳои онҳо</translation>
    </message>
    <message>
        <source>the camera, as `list` of this command names it (e.g. &quot;NIKON D5300&quot;)</source>
        <translation>камера, чунон ки `list`-и ҳамин фармон онро ном мебарад (масалан &quot;NIKON D5300&quot;)</translation>
    </message>
    <message>
        <source>[+-]HH:MM[:SS]</source>
        <translation>[+-]СС:ДД[:СН]</translation>
    </message>
    <message>
        <source>add this to the camera&apos;s times (e.g. +01:03, -0:05:30, +1h03m)</source>
        <translation>инро ба вақтҳои камера илова кардан (масалан +01:03, -0:05:30, +1h03m)</translation>
    </message>
    <message>
        <source>a photo of a clock or phone screen by this camera (give --shows)</source>
        <translation>акси соат ё экрани телефон бо ҳамин камера (--shows-ро диҳед)</translation>
    </message>
    <message>
        <source>remove the camera&apos;s correction: its own times again</source>
        <translation>ислоҳи камераро хориҷ кардан: боз вақтҳои худи он</translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation>СС:ДД[:СН]</translation>
    </message>
    <message>
        <source>the time the clock in the reference photo shows</source>
        <translation>вақте, ки соат дар акси намунавӣ нишон медиҳад</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>МИНТАҚА</translation>
    </message>
    <message>
        <source>the project&apos;s time zone, of camera times written without one (default {zone}); an empty ZONE goes back to the default</source>
        <translation>минтақаи вақти лоиҳа барои вақтҳои камера, ки бе он навишта шудаанд (пешфарз {zone}); МИНТАҚА-и холӣ ба пешфарз бармегардад</translation>
    </message>
    <message>
        <source>place photos from a GPS track (GPX) or the phone photos taken beside them</source>
        <translation>ҷойгир кардани аксҳо аз роҳи GPS (GPX) ё аз аксҳои телефон, ки дар паҳлуи онҳо гирифта шудаанд</translation>
    </message>
    <message>
        <source>a GPX track of the walk</source>
        <translation>роҳи GPX-и гардиш</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>СОНИЯҲО</translation>
    </message>
    <message>
        <source>place no photo in a gap of the track longer than this (default {seconds})</source>
        <translation>дар холигии роҳ, ки аз ин дарозтар аст, ягон акс ҷойгир накардан (пешфарз {seconds})</translation>
    </message>
    <message>
        <source>photos of the project with their own GPS place the others taken close in time</source>
        <translation>аксҳои лоиҳа бо GPS-и худ аксҳои дигари дар вақти наздик гирифташударо ҷойгир мекунанд</translation>
    </message>
    <message>
        <source>how close in time, for --from-phone (default {seconds})</source>
        <translation>чӣ қадар наздик аз рӯи вақт, барои --from-phone (пешфарз {seconds})</translation>
    </message>
    <message>
        <source>also replace the camera&apos;s own GPS and positions set by hand</source>
        <translation>инчунин GPS-и худи камера ва ҷойҳои дастӣ гузошташударо иваз кардан</translation>
    </message>
    <message>
        <source>forget the positions geotagging set</source>
        <translation>ҷойҳоеро, ки геотег гузоштааст, фаромӯш кардан</translation>
    </message>
    <message>
        <source>--reference-photo and --shows go together: the photo of a clock, and the time it shows</source>
        <translation>--reference-photo ва --shows якҷоя меоянд: акси соат ва вақте, ки нишон медиҳад</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; name one as Asia/Dushanbe or Europe/Moscow</source>
        <translation>«{zone}» минтақаи вақт нест; онро мисли Asia/Dushanbe ё Europe/Moscow номбар кунед</translation>
    </message>
    <message>
        <source>photo {id} was taken with {camera}, not {named}</source>
        <translation>акси {id} бо {camera} гирифта шудааст, на бо {named}</translation>
    </message>
    <message>
        <source>an unnamed camera</source>
        <translation>камераи беном</translation>
    </message>
    <message>
        <source>{camera}: {shift} (photo {id}: {before} -&gt; {after}).</source>
        <translation>{camera}: {shift} (акси {id}: {before} -&gt; {after}).</translation>
    </message>
    <message>
        <source>unnamed camera</source>
        <translation>камераи беном</translation>
    </message>
    <message>
        <source>name the camera with --camera (see `photowalk time --project P`)</source>
        <translation>камераро бо --camera номбар кунед (ба `photowalk time --project P` нигаред)</translation>
    </message>
    <message>
        <source>{camera}: the camera&apos;s own times again.</source>
        <translation>{camera}: боз вақтҳои худи камера.</translation>
    </message>
    <message>
        <source>{camera}: {shift}.</source>
        <translation>{camera}: {shift}.</translation>
    </message>
    <message>
        <source>Times without their own offset are {zone} time.</source>
        <translation>Вақтҳои бе фарқияти худ вақти {zone} мебошанд.</translation>
    </message>
    <message>
        <source>Times without their own offset are {zone} time (the default; --time-zone names another).</source>
        <translation>Вақтҳои бе фарқияти худ вақти {zone} мебошанд (пешфарз; --time-zone дигареро номбар мекунад).</translation>
    </message>
    <message>
        <source>(no camera name)</source>
        <translation>(номи камера нест)</translation>
    </message>
    <message numerus="yes">
        <source>{camera}: %n photo(s), times {shift}</source>
        <translation>
            <numerusform>{camera}: %n акс, вақтҳо {shift}</numerusform>
            <numerusform>{camera}: %n акс, вақтҳо {shift}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{camera}: %n photo(s), times as the camera wrote them</source>
        <translation>
            <numerusform>{camera}: %n акс, вақтҳо чунон ки камера навиштааст</numerusform>
            <numerusform>{camera}: %n акс, вақтҳо чунон ки камера навиштааст</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) lost the position geotagging had given them.</source>
        <translation>
            <numerusform>%n акс ҷойеро, ки геотег дода буд, гум кард.</numerusform>
            <numerusform>%n акс ҷойеро, ки геотег дода буд, гум карданд.</numerusform>
        </translation>
    </message>
    <message>
        <source>give a track with --gpx FILE, or --from-phone, or both</source>
        <translation>роҳро бо --gpx ФАЙЛ диҳед, ё --from-phone, ё ҳардуро</translation>
    </message>
    <message>
        <source>--max-gap and --phone-window are numbers of seconds, 0 or more</source>
        <translation>--max-gap ва --phone-window шумораи сонияҳо мебошанд, 0 ё бештар</translation>
    </message>
    <message>
        <source>Stopped; no position was changed.</source>
        <translation>Қатъ шуд; ягон ҷой тағйир наёфт.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) placed ({gpx} from the track, {phone} from phone photos).</source>
        <translation>
            <numerusform>%n акс ҷойгир шуд (аз роҳ {gpx}, аз аксҳои телефон {phone}).</numerusform>
            <numerusform>%n акс ҷойгир шуданд (аз роҳ {gpx}, аз аксҳои телефон {phone}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not placed:</source>
        <translation>
            <numerusform>%n акс ҷойгир нашуд:</numerusform>
            <numerusform>%n акс ҷойгир нашуданд:</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason} (e.g. photo {id})</source>
        <translation>{reason} (масалан, акси {id})</translation>
    </message>
    <message>
        <source>Log in with: photowalk login</source>
        <translation>Ворид шавед бо: photowalk login</translation>
    </message>
    <message>
        <source>print the wikitext to use an uploaded photo in an article, and articles that could use it</source>
        <translation>чопи викиматн барои истифодаи акси боргузоришуда дар мақола ва мақолаҳое, ки метавонанд онро истифода баранд</translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation>АКС</translation>
    </message>
    <message>
        <source>the photo&apos;s number, its file&apos;s name on the wiki, or its original file name</source>
        <translation>рақами акс, номи файли он дар вики ё номи аслии файли он</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЗАБОН</translation>
    </message>
    <message>
        <source>the language of the article and its Wikipedia (default: tg)</source>
        <translation>забони мақола ва Википедияи он (пешфарз: tg)</translation>
    </message>
    <message>
        <source>also list articles near the photo and about what it depicts</source>
        <translation>инчунин мақолаҳои наздики акс ва дар бораи он чи дар акс тасвир шудааст, нишон дода шаванд</translation>
    </message>
    <message>
        <source>the API of the articles&apos; wiki; {lang} stands for the language (default: https://{lang}.wikipedia.org/w/api.php)</source>
        <translation>API-и вики-и мақолаҳо; {lang} ба ҷои забон меистад (пешфарз: https://{lang}.wikipedia.org/w/api.php)</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>МЕТР</translation>
    </message>
    <message>
        <source>how far around the photo to look, 10 to 10000 (default: 1000)</source>
        <translation>то чи қадар дур дар атрофи акс ҷустан, аз 10 то 10000 (пешфарз: 1000)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>nearby articles at most, 1 to 50 (default: 10)</source>
        <translation>ҳадди аксар мақолаҳои наздик, аз 1 то 50 (пешфарз: 10)</translation>
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
        <translation>дар бораи {item}</translation>
    </message>
    <message>
        <source>has no image</source>
        <translation>тасвир надорад</translation>
    </message>
    <message>
        <source>In an article ({lang}):</source>
        <translation>Дар мақола ({lang}):</translation>
    </message>
    <message>
        <source>In an infobox&apos;s image field:</source>
        <translation>Дар майдони тасвири инфобокс:</translation>
    </message>
    <message>
        <source>In a &lt;gallery&gt;:</source>
        <translation>Дар &lt;gallery&gt;:</translation>
    </message>
    <message>
        <source>(no {lang} caption: the first sentence of the {lang} description is used)</source>
        <translation>(тавзеҳи кӯтоҳи {lang} нест: ҷумлаи аввали тавсифи {lang} истифода мешавад)</translation>
    </message>
    <message>
        <source>(no {lang} caption or description: write the caption after “thumb|”)</source>
        <translation>(тавзеҳи кӯтоҳ ё тавсифи {lang} нест: тавзеҳро пас аз «thumb|» нависед)</translation>
    </message>
    <message>
        <source>Articles on {wiki} that could use it:</source>
        <translation>Мақолаҳои {wiki}, ки метавонанд онро истифода баранд:</translation>
    </message>
    <message>
        <source>Near the photo:</source>
        <translation>Дар наздикии акс:</translation>
    </message>
    <message>
        <source>About what it depicts:</source>
        <translation>Дар бораи он чи тасвир шудааст:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>ҳеҷ чиз ёфт нашуд</translation>
    </message>
    <message>
        <source>log every participant out and remove every saved password and login from the system keyring</source>
        <translation>ҳар иштирокчиро аз ҳисоб баровардан ва ҳар парол ва воридшавии нигоҳдоштаро аз анбори пароли система хориҷ кардан</translation>
    </message>
    <message>
        <source>also delete the thumbnails of everyone&apos;s photos</source>
        <translation>инчунин тасвирчаҳои аксҳои ҳамаро нест кардан</translation>
    </message>
    <message>
        <source>also forget the participants: their names, accounts and project lists</source>
        <translation>инчунин иштирокчиёнро фаромӯш кунед: номҳо, ҳисобҳо ва рӯйхатҳои лоиҳаҳои онҳо</translation>
    </message>
    <message>
        <source>Saved passwords removed: {passwords}. Login tokens removed: {tokens}. Participants logged out: {profiles}.</source>
        <translation>Паролҳои хориҷшуда: {passwords}. Калидҳои воридшавии хориҷшуда: {tokens}. Иштирокчиёни аз ҳисоб баровардашуда: {profiles}.</translation>
    </message>
    <message>
        <source>Participants forgotten: {count}.</source>
        <translation>Иштирокчиёни фаромӯшшуда: {count}.</translation>
    </message>
    <message>
        <source>Thumbnails deleted: {mb} MB.</source>
        <translation>Тасвирчаҳои нестшуда: {mb} МБ.</translation>
    </message>
    <message>
        <source>what became of the uploaded files: deletion requests, problem tags, deleted files, where they are used</source>
        <translation>бо файлҳои боргузоришуда чӣ шуд: дархостҳои нест кардан, нишонаҳои мушкилот, файлҳои нестшуда, дар куҷо истифода мешаванд</translation>
    </message>
    <message>
        <source>show the results of the last check, without asking the wiki</source>
        <translation>нишон додани натиҷаҳои санҷиши охирин, бе пурсидани вики</translation>
    </message>
    <message>
        <source>No uploaded file has been checked yet.</source>
        <translation>Ҳанӯз ягон файли боргузоришуда санҷида нашудааст.</translation>
    </message>
    <message>
        <source>Checked {when}.</source>
        <translation>Санҷида шуд: {when}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) never checked on the wiki: their uploader, deletion and use are not known. Add --check to ask the wiki.</source>
        <translation>
            <numerusform>%n файл дар вики ҳеҷ гоҳ санҷида нашудааст: боргузоранда, нест шудан ва истифодаи он маълум нест. Барои пурсидани вики --check илова кунед.</numerusform>
            <numerusform>%n файл дар вики ҳеҷ гоҳ санҷида нашудаанд: боргузоранда, нест шудан ва истифодаи онҳо маълум нест. Барои пурсидани вики --check илова кунед.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescriptionRow</name>
    <message>
        <source>Tajik letters? %1</source>
        <translation>Ҳарфҳои тоҷикӣ? %1</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Describe</source>
        <translation>Тавсиф</translation>
    </message>
    <message>
        <source>Select photos in the grid to describe them.</source>
        <translation>Барои тавсиф кардан аксҳоро дар ҷадвал интихоб кунед.</translation>
    </message>
    <message numerus="yes">
        <source>%n photos selected: what you write here goes to all of them.</source>
        <translation>
            <numerusform>%n акс интихоб шуд: он чи дар ин ҷо менависед, ба ҳамаи онҳо меравад.</numerusform>
            <numerusform>%n акс интихоб шуд: он чи дар ин ҷо менависед, ба ҳамаи онҳо меравад.</numerusform>
        </translation>
    </message>
    <message>
        <source>On Commons already: a new description is sent with the next upload as an edit of its page; a new title is not applied.</source>
        <translation>Аллакай дар Commons: тавсифи нав бо боргузории навбатӣ ҳамчун таҳрири саҳифаи он фиристода мешавад; унвони нав татбиқ намешавад.</translation>
    </message>
    <message numerus="yes">
        <source>On Commons already: %n of the selected photos. A new description is sent with the next upload as an edit of their pages; a new title is not applied.</source>
        <translation>
            <numerusform>Аллакай дар Commons: %n акс аз аксҳои интихобшуда. Тавсифи нав бо боргузории навбатӣ ҳамчун таҳрири саҳифаи он фиристода мешавад; унвони нав татбиқ намешавад.</numerusform>
            <numerusform>Аллакай дар Commons: %n акс аз аксҳои интихобшуда. Тавсифи нав бо боргузории навбатӣ ҳамчун таҳрири саҳифаҳои онҳо фиристода мешавад; унвони нав татбиқ намешавад.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file can never go to Commons.</source>
        <translation>Ин файл ҳеҷ гоҳ ба Commons бор карда намешавад.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files can never go to Commons (select one to see why and what to do); what you write here is not used for them.</source>
        <translation>
            <numerusform>%n файли интихобшуда ҳеҷ гоҳ ба Commons бор карда намешавад (якеро интихоб кунед, то сабаб ва чораро бинед); он чи дар ин ҷо менависед, барои онҳо истифода намешавад.</numerusform>
            <numerusform>%n файли интихобшуда ҳеҷ гоҳ ба Commons бор карда намешаванд (якеро интихоб кунед, то сабаб ва чораро бинед); он чи дар ин ҷо менависед, барои онҳо истифода намешавад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this photo in articles…</source>
        <translation>Истифодаи ин акс дар мақолаҳо…</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(якчанд қимат)</translation>
    </message>
    <message>
        <source>What the photo shows, e.g. Rudaki Park fountain</source>
        <translation>Он чи дар акс аст, масалан Фаввораи боғи Рӯдакӣ</translation>
    </message>
    <message>
        <source>Each photo needs its own title: use a pattern</source>
        <translation>Ҳар акс унвони худро мехоҳад: намунаро истифода баред</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Тавсиф бо забони %1</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Илова кардани забон…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Арз</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Тӯл</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Самт</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>СССС-ММ-РР</translation>
    </message>
    <message>
        <source>The camera says %1; with its clock corrected by %2: %3. Leave the field empty to use it.</source>
        <translation>Камера %1 нишон медиҳад; бо соати ислоҳшудааш (%2): %3. Барои истифодаи он майдонро холӣ гузоред.</translation>
    </message>
    <message>
        <source>The camera says %1; leave the field empty to use it.</source>
        <translation>Камера %1 нишон медиҳад; барои истифодаи он майдонро холӣ гузоред.</translation>
    </message>
    <message>
        <source>The camera dates differ; leave the field empty to use each photo&apos;s own.</source>
        <translation>Санаҳои камера гуногунанд; барои истифодаи санаи ҳар акс майдонро холӣ гузоред.</translation>
    </message>
    <message>
        <source>The camera gave no date: write it as YYYY-MM-DD.</source>
        <translation>Камера сана надод: онро ба шакли СССС-ММ-РР нависед.</translation>
    </message>
    <message>
        <source>Show on OpenStreetMap</source>
        <translation>Дар OpenStreetMap нишон додан</translation>
    </message>
    <message>
        <source>from the GPS track</source>
        <translation>аз роҳи GPS</translation>
    </message>
    <message>
        <source>from a phone photo taken at the same time</source>
        <translation>аз акси телефон, ки дар ҳамон вақт гирифта шудааст</translation>
    </message>
    <message>
        <source>from the camera&apos;s GPS</source>
        <translation>аз GPS-и камера</translation>
    </message>
    <message>
        <source>The photos were taken at different places.</source>
        <translation>Аксҳо дар ҷойҳои гуногун гирифта шудаанд.</translation>
    </message>
    <message>
        <source>No location: type the latitude and longitude, e.g. 38.5598 and 68.7870.</source>
        <translation>Макон нест: арз ва тӯлро нависед, масалан 38.5598 ва 68.7870.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нест</translation>
    </message>
    <message>
        <source>Project default (%1)</source>
        <translation>Пешфарзи лоиҳа (%1)</translation>
    </message>
    <message>
        <source>The account that uploads</source>
        <translation>Ҳисобе, ки боргузорӣ мекунад</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Тавзеҳи кӯтоҳ</translation>
    </message>
    <message>
        <source>Caption (%1)</source>
        <translation>Тавзеҳи кӯтоҳ (%1)</translation>
    </message>
    <message>
        <source>Depicts</source>
        <translation>Тасвир шудааст</translation>
    </message>
    <message>
        <source>Type a name or an item id (Q…) and press Enter</source>
        <translation>Ном ё шиносаи унсур (Q…)-ро нависед ва Enter-ро пахш кунед</translation>
    </message>
    <message>
        <source>No items found by name now: the wiki cannot be reached. The event&apos;s items and an item id (Q…) still work.</source>
        <translation>Ҳоло унсурҳоро аз рӯи ном ёфтан ғайриимкон аст: ба вики пайваст шудан ғайриимкон аст. Унсурҳои чорабинӣ ва шиносаи унсур (Q…) кор мекунанд.</translation>
    </message>
    <message>
        <source>Add depicted item</source>
        <translation>Илова кардани унсури тасвиршуда</translation>
    </message>
    <message>
        <source>Remove depicted item</source>
        <translation>Хориҷ кардани унсури тасвиршуда</translation>
    </message>
    <message>
        <source>No suggestions from the wiki now: it cannot be reached.</source>
        <translation>Ҳоло аз вики пешниҳод нест: ба вики пайваст шудан ғайриимкон аст.</translation>
    </message>
    <message>
        <source>Titles are given one by one, or to all selected photos with a pattern.</source>
        <translation>Унвонҳо як ба як дода мешаванд ё ба ҳамаи аксҳои интихобшуда бо намуна.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 аз %2 байт</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>«%1»-ро истифода баред</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Унвон</translation>
    </message>
    <message>
        <source>Description (%1)</source>
        <translation>Тавсиф (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Макон</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Иҷозатнома</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Муаллиф</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Илова кардани гурӯҳ</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Хориҷ кардани гурӯҳ</translation>
    </message>
    <message>
        <source>Titles from a pattern</source>
        <translation>Унвонҳо аз намуна</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) got no title: the pattern needs a description or a date they lack.</source>
        <translation>
            <numerusform>%n акс унвон нагирифт: намуна тавсиф ё санаеро талаб мекунад, ки онҳо надоранд.</numerusform>
            <numerusform>%n акс унвон нагирифт: намуна тавсиф ё санаеро талаб мекунад, ки онҳо надоранд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tajik letters:</source>
        <translation>Ҳарфҳои тоҷикӣ:</translation>
    </message>
    <message>
        <source>Title (the file name on Commons)</source>
        <translation>Унвон (номи файл дар Commons)</translation>
    </message>
    <message>
        <source>Pattern, e.g. {description} {date} {n}</source>
        <translation>Намуна, масалан {description} {date} {n}</translation>
    </message>
    <message>
        <source>Placeholders: {description} {place} {event} {date} {year} {n} {name}</source>
        <translation>Ҷойгузинҳо: {description} {place} {event} {date} {year} {n} {name}</translation>
    </message>
    <message>
        <source>Title from pattern</source>
        <translation>Унвон аз намуна</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Тавсиф</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Гурӯҳҳо</translation>
    </message>
    <message>
        <source>Add a category and press Enter</source>
        <translation>Гурӯҳро нависед ва Enter-ро пахш кунед</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Кай ва дар куҷо</translation>
    </message>
    <message>
        <source>Latitude, e.g. 38.5598</source>
        <translation>Арз, масалан 38.5598</translation>
    </message>
    <message>
        <source>Longitude, e.g. 68.7870</source>
        <translation>Тӯл, масалан 68.7870</translation>
    </message>
    <message>
        <source>Camera direction in degrees from north (optional)</source>
        <translation>Самти камера бо дараҷа аз шимол (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Leave the location off the page (privacy)</source>
        <translation>Маконро дар саҳифа нанависед (махфият)</translation>
    </message>
    <message>
        <source>Licence and author</source>
        <translation>Иҷозатнома ва муаллиф</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Харита</translation>
    </message>
    <message>
        <source>Show the selected photos</source>
        <translation>Нишон додани аксҳои интихобшуда</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Калон кардан</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Хурд кардан</translation>
    </message>
    <message>
        <source>Drag a pin to move its photos (Ctrl+click pins to move several), drag the round handle to turn the camera&apos;s direction; right-click for more. Blue pins: what the photos show.</source>
        <translation>Сӯзанро кашед, то аксҳои онро кӯчонед (барои кӯчонидани якчанд сӯзан Ctrl+клик), дастаки мудаввареро кашед, то самти камераро гардонед; барои бештар тугмаи рости мушро пахш кунед. Сӯзанҳои кабуд: он чи дар аксҳо тасвир шудааст.</translation>
    </message>
    <message>
        <source>Move on the map</source>
        <translation>Дар харита кӯчонидан</translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation>Нусхабардории ҷой</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Дар харита гузоштан</translation>
    </message>
    <message>
        <source>Move the subject on the map</source>
        <translation>Ҷойи мавзӯъро дар харита иваз кардан</translation>
    </message>
</context>
<context>
    <name>EndOfEventDialog</name>
    <message>
        <source>End of event on this laptop</source>
        <translation>Анҷоми чорабинӣ дар ин ноутбук</translation>
    </message>
    <message>
        <source>Every participant is logged out, and every password and login photowalk saved in the system keyring is removed, for all participants. Project files and photos stay where they are.</source>
        <translation>Ҳар иштирокчӣ аз ҳисоб бароварда мешавад ва ҳар парол ва воридшавие, ки photowalk дар анбори пароли система нигоҳ доштааст, барои ҳамаи иштирокчиён хориҷ карда мешавад. Файлҳои лоиҳа ва аксҳо дар ҷояшон мемонанд.</translation>
    </message>
    <message>
        <source>Also forget the participants: their names, accounts and project lists</source>
        <translation>Инчунин иштирокчиёнро фаромӯш кунед: номҳо, ҳисобҳо ва рӯйхатҳои лоиҳаҳои онҳо</translation>
    </message>
    <message>
        <source>Also delete the thumbnails of everyone&apos;s photos</source>
        <translation>Инчунин тасвирчаҳои аксҳои ҳамаро нест кардан</translation>
    </message>
    <message>
        <source>End the event</source>
        <translation>Анҷом додани чорабинӣ</translation>
    </message>
</context>
<context>
    <name>EventReportDialog</name>
    <message>
        <source>Event report</source>
        <translation>Ҳисоботи чорабинӣ</translation>
    </message>
    <message>
        <source>Add projects…</source>
        <translation>Илова кардани лоиҳаҳо…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Ҷадвал</translation>
    </message>
    <message>
        <source>For Meta</source>
        <translation>Барои Meta</translation>
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
        <translation>Нусха гирифтан</translation>
    </message>
    <message>
        <source>Add projects</source>
        <translation>Илова кардани лоиҳаҳо</translation>
    </message>
    <message>
        <source>photowalk projects (*.photowalk)</source>
        <translation>лоиҳаҳои photowalk (*.photowalk)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) never checked on the wiki: use &quot;Check uploaded photos&quot; in each project first.</source>
        <translation>
            <numerusform>%n файл дар вики ҳеҷ гоҳ санҷида нашудааст: аввал дар ҳар лоиҳа «Санҷиши аксҳои боргузоришуда»-ро истифода баред.</numerusform>
            <numerusform>%n файл дар вики ҳеҷ гоҳ санҷида нашудаанд: аввал дар ҳар лоиҳа «Санҷиши аксҳои боргузоришуда»-ро истифода баред.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Uploaded photos</source>
        <translation>Аксҳои боргузоришуда</translation>
    </message>
    <message>
        <source>Check uploaded photos</source>
        <translation>Санҷиши аксҳои боргузоришуда</translation>
    </message>
    <message>
        <source>Open the file page</source>
        <translation>Кушодани саҳифаи файл</translation>
    </message>
    <message>
        <source>Only files that need me</source>
        <translation>Танҳо файлҳое, ки ба ман ниёз доранд</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Чӣ бояд кард</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Санҷида шуд</translation>
    </message>
    <message>
        <source>Asking the wiki…</source>
        <translation>Аз вики пурсида истодаем…</translation>
    </message>
    <message>
        <source>The wiki could not be reached; these are the results of the last check.</source>
        <translation>Ба вики пайваст шудан нашуд; инҳо натиҷаҳои санҷиши охирин мебошанд.</translation>
    </message>
    <message>
        <source>No uploaded file has been checked yet.</source>
        <translation>Ҳанӯз ягон файли боргузоришуда санҷида нашудааст.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked; </source>
        <translation>
            <numerusform>%n файл санҷида шуд; </numerusform>
            <numerusform>%n файл санҷида шуданд; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you.</source>
        <translation>
            <numerusform>%n ба шумо ниёз дорад.</numerusform>
            <numerusform>%n ба шумо ниёз доранд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Нест карда шуд</translation>
    </message>
    <message>
        <source>Quick deletion</source>
        <translation>Нест кардани фаврӣ</translation>
    </message>
    <message>
        <source>Copyright doubt</source>
        <translation>Шубҳа дар ҳуқуқи муаллиф</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Иҷозат нест</translation>
    </message>
    <message>
        <source>Deletion requested</source>
        <translation>Нест карданро дархост кардаанд</translation>
    </message>
    <message>
        <source>Deletion discussed</source>
        <translation>Нест кардан муҳокима мешавад</translation>
    </message>
    <message>
        <source>Freedom of panorama</source>
        <translation>Озодии панорама</translation>
    </message>
    <message>
        <source>Check categories</source>
        <translation>Санҷиши гурӯҳҳо</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Истифода мешавад</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Хуб</translation>
    </message>
    <message>
        <source>Uploaded files that need you: %1. See Upload &gt; Check uploaded photos.</source>
        <translation>Файлҳои боргузоришуда, ки ба шумо ниёз доранд: %1. Боргузорӣ &gt; Санҷиши аксҳои боргузоришударо бинед.</translation>
    </message>
</context>
<context>
    <name>GeotagDialog</name>
    <message>
        <source>Place from phone photos</source>
        <translation>Ҷойгир кардан аз аксҳои телефон</translation>
    </message>
    <message>
        <source>Geotag from GPX track</source>
        <translation>Ҷойгиркунӣ аз роҳи GPX</translation>
    </message>
    <message>
        <source>Photos without a position get one from the photos taken with a phone at nearly the same time.</source>
        <translation>Аксҳои бе ҷой ҷойро аз аксҳое мегиранд, ки тақрибан дар ҳамон вақт бо телефон гирифта шудаанд.</translation>
    </message>
    <message>
        <source>Photos without a position get one from a GPS track of the walk (a GPX file from a phone app), by the time they were taken. Fix the camera&apos;s clock first if it was wrong.</source>
        <translation>Аксҳои бе ҷой ҷойро аз роҳи GPS-и гардиш (файли GPX аз барномаи телефон) аз рӯи вақти гирифтанашон мегиранд. Агар соати камера нодуруст бошад, аввал онро ислоҳ кунед.</translation>
    </message>
    <message>
        <source>A .gpx file</source>
        <translation>Файли .gpx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Интихоб…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>No photo is placed in a gap of the track longer than this</source>
        <translation>Дар холигии роҳ, ки аз ин дарозтар аст, ягон акс ҷойгир карда намешавад</translation>
    </message>
    <message>
        <source>Also from phone photos taken at nearly the same time</source>
        <translation>Инчунин аз аксҳои телефон, ки тақрибан дар ҳамон вақт гирифта шудаанд</translation>
    </message>
    <message>
        <source>Replace positions the camera recorded or that were set by hand</source>
        <translation>Ҷойҳоеро, ки камера сабт кардааст ё дастӣ гузошта шудаанд, иваз кардан</translation>
    </message>
    <message>
        <source>GPS track</source>
        <translation>Роҳи GPS</translation>
    </message>
    <message>
        <source>Largest gap in the track</source>
        <translation>Калонтарин холигӣ дар роҳ</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Аксҳо</translation>
    </message>
    <message>
        <source>Why not placed</source>
        <translation>Чаро ҷойгир нашуд</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Масалан</translation>
    </message>
    <message>
        <source>Place photos</source>
        <translation>Ҷойгир кардани аксҳо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Choose a GPS track</source>
        <translation>Роҳи GPS-ро интихоб кунед</translation>
    </message>
    <message>
        <source>GPS tracks (*.gpx *.GPX)</source>
        <translation>Роҳҳои GPS (*.gpx *.GPX)</translation>
    </message>
    <message>
        <source>Placing photos…</source>
        <translation>Аксҳо ҷойгир карда мешаванд…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Қатъ мешавад…</translation>
    </message>
    <message>
        <source>Placing photos: {done} of {total}</source>
        <translation>Ҷойгир кардани аксҳо: {done} аз {total}</translation>
    </message>
    <message>
        <source>Stopped; no position was changed.</source>
        <translation>Қатъ шуд; ягон ҷой иваз нашуд.</translation>
    </message>
    <message numerus="yes">
        <source>Place %n photo(s)</source>
        <translation>
            <numerusform>Ҷойгир кардани %n акс</numerusform>
            <numerusform>Ҷойгир кардани %n акс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) placed</source>
        <translation>
            <numerusform>%n акс ҷойгир шуд</numerusform>
            <numerusform>%n акс ҷойгир шуданд</numerusform>
        </translation>
    </message>
    <message>
        <source>({gpx} from the track, {phone} from phone photos).</source>
        <translation>({gpx} аз роҳ, {phone} аз аксҳои телефон).</translation>
    </message>
    <message>
        <source>Edit › Undo takes them back.</source>
        <translation>Таҳрир › Бекор кардан онҳоро бармегардонад.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not placed:</source>
        <translation>
            <numerusform>%n акс ҷойгир нашуд:</numerusform>
            <numerusform>%n акс ҷойгир нашуданд:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>First steps with Commons</source>
        <translation>Қадамҳои аввал дар Commons</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Гузаштан</translation>
    </message>
    <message>
        <source>Close the guide; Help › First steps with Commons opens it again</source>
        <translation>Роҳнаморо пӯшед; Ёрӣ › Қадамҳои аввал дар Commons онро боз мекушояд</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Ба қафо</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Анҷом</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Минбаъд</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Саҳифаи %1 аз %2</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Looking for photos…</source>
        <translation>Ҷустуҷӯи аксҳо…</translation>
    </message>
    <message numerus="yes">
        <source>Looking for photos… %n found</source>
        <translation>
            <numerusform>Ҷустуҷӯи аксҳо… %n ёфт шуд</numerusform>
            <numerusform>Ҷустуҷӯи аксҳо… %n ёфт шуд</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the pictures: {done} of {total}</source>
        <translation>Санҷиши аксҳо: {done} аз {total}</translation>
    </message>
    <message>
        <source>Reading photos: {done} of {total}</source>
        <translation>Хондани аксҳо: {done} аз {total}</translation>
    </message>
    <message>
        <source>Stopping after the photos in hand…</source>
        <translation>Пас аз аксҳои ҷорӣ қатъ мешавад…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported</source>
        <translation>
            <numerusform>%n акс ворид шуд</numerusform>
            <numerusform>%n акс ворид шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited after import, updated</source>
        <translation>
            <numerusform>%n пас аз воридот таҳрир шуда буд, навсозӣ шуд</numerusform>
            <numerusform>%n пас аз воридот таҳрир шуда буданд, навсозӣ шуданд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n аллакай дар лоиҳа ҳаст</numerusform>
            <numerusform>%n аллакай дар лоиҳа ҳаст</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot go to Commons</source>
        <translation>
            <numerusform>%n ба Commons рафта наметавонад</numerusform>
            <numerusform>%n ба Commons рафта наметавонанд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n хонда нашуд</numerusform>
            <numerusform>%n хонда нашуданд</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {summary}</source>
        <translation>Воридот қатъ шуд: {summary}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Edit existing pages</source>
        <translation>Таҳрири саҳифаҳои мавҷуда</translation>
    </message>
    <message>
        <source>Create, edit, and move pages</source>
        <translation>Сохтан, таҳрир ва кӯчонидани саҳифаҳо</translation>
    </message>
    <message>
        <source>Upload new files</source>
        <translation>Боргузории файлҳои нав</translation>
    </message>
    <message>
        <source>Upload, replace, and move files</source>
        <translation>Боргузорӣ, ивазкунӣ ва кӯчонидани файлҳо</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Вуруд</translation>
    </message>
    <message>
        <source>Log in with your Wikimedia account: photowalk opens the wiki in your browser, you log in there and press Allow. photowalk never sees your password.</source>
        <translation>Бо ҳисоби Wikimedia-и худ ворид шавед: photowalk викиро дар браузери шумо мекушояд, шумо дар он ҷо ворид мешавед ва «Иҷозат»-ро пахш мекунед. photowalk пароли шуморо ҳеҷ гоҳ намебинад.</translation>
    </message>
    <message>
        <source>as registered on Meta (see the README)</source>
        <translation>чунон ки дар Meta ба қайд гирифта шудааст (ба README нигаред)</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>Шиносаи мизоҷи OAuth</translation>
    </message>
    <message>
        <source>optional: lets the wiki renew the login</source>
        <translation>ихтиёрӣ: ба вики имкон медиҳад, ки воридшавиро нав кунад</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Рамзи махфии мизоҷ</translation>
    </message>
    <message>
        <source>Log in with your Wikimedia account</source>
        <translation>Бо ҳисоби Wikimedia-и худ ворид шавед</translation>
    </message>
    <message>
        <source>Or with a bot password:</source>
        <translation>Ё бо пароли бот:</translation>
    </message>
    <message>
        <source>Wiki</source>
        <translation>Вики</translation>
    </message>
    <message>
        <source>Name@photowalk</source>
        <translation>Ном@photowalk</translation>
    </message>
    <message>
        <source>Bot user name</source>
        <translation>Номи корбари бот</translation>
    </message>
    <message>
        <source>Bot password</source>
        <translation>Пароли бот</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Паролро дар анбори паролҳои система нигоҳ доштан</translation>
    </message>
    <message>
        <source>photowalk logs in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can do only what you allow, and you can revoke it at any time. Create one at &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; (name it e.g. photowalk) with these grants ticked, then enter the user name it shows (Name@photowalk) and its password here:</source>
        <translation>photowalk бо &lt;b&gt;пароли бот&lt;/b&gt; ворид мешавад, на бо пароли асосии шумо: он танҳо он чиро, ки шумо иҷозат медиҳед, карда метавонад ва шумо метавонед онро ҳар вақт бекор кунед. Онро дар &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; созед (масалан, бо номи photowalk) ва ин иҷозатҳоро қайд кунед, баъд номи корбаре, ки он нишон медиҳад (Ном@photowalk), ва пароли онро дар ин ҷо ворид кунед:</translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth client registered for this wiki; the README says how to register one on Meta.</source>
        <translation>Шиносаи мизоҷи OAuth-ро, ки барои ин вики ба қайд гирифта шудааст, ворид кунед; README мегӯяд, ки онро дар Meta чӣ тавр ба қайд гиред.</translation>
    </message>
    <message>
        <source>Waiting for the browser: log in to %1 there and press Allow. Cancel stops waiting.</source>
        <translation>Интизори браузер: дар он ҷо ба %1 ворид шавед ва «Иҷозат»-ро пахш кунед. «Бекор» интизориро қатъ мекунад.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser, log in and press Allow; photowalk waits:</source>
        <translation>Браузерро кушодан нашуд. Ин нишониро дар браузер кушоед, ворид шавед ва «Иҷозат»-ро пахш кунед; photowalk интизор аст:</translation>
    </message>
    <message>
        <source>Enter the bot user name and its password.</source>
        <translation>Номи корбари бот ва пароли онро ворид кунед.</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Вуруд ба %1…</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Ҳамчун %1 ворид шудед.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Хуб</translation>
    </message>
    <message>
        <source>photowalk cannot remember the password, so it asks for it each time it starts. To have it remembered, set up or unlock the system&apos;s password store (on Linux a Secret Service such as GNOME Keyring or KWallet), then log in again.</source>
        <translation>photowalk паролро дар хотир нигоҳ дошта наметавонад, бинобар ин онро ҳар дафъа ҳангоми оғоз мепурсад. Барои он ки парол дар хотир монад, анбори паролҳои системаро танзим кунед ё кушоед (дар Linux як Secret Service, масалан GNOME Keyring ё KWallet), баъд дубора ворид шавед.</translation>
    </message>
    <message>
        <source>Stopped waiting for the browser.</source>
        <translation>Интизории браузер қатъ шуд.</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Вуруд иҷро нашуд: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New project…</source>
        <translation>Лоиҳаи &amp;нав…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Кушодани лоиҳа…</translation>
    </message>
    <message>
        <source>New project from an event &amp;preset…</source>
        <translation>Лоиҳаи нав аз &amp;қолаби чорабинӣ…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Лоиҳаҳои &amp;охирин</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Ворид кардани ҷузвдон…</translation>
    </message>
    <message>
        <source>Import the photos of a folder, e.g. a camera card (Ctrl+I)</source>
        <translation>Ворид кардани аксҳои ҷузвдон, масалан корти камера (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Ворид кардани &amp;файлҳо…</translation>
    </message>
    <message>
        <source>Apply event pre&amp;set…</source>
        <translation>Татбиқи қолаби &amp;чорабинӣ…</translation>
    </message>
    <message>
        <source>Fill what is still empty in this project from an event preset, and new photos from it later</source>
        <translation>Он чиро, ки дар ин лоиҳа ҳанӯз холӣ аст, аз қолаби чорабинӣ пур кардан, ва баъдтар аксҳои навро низ аз он</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Пӯшидани лоиҳа</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Нусха нигоҳ доштан…</translation>
    </message>
    <message>
        <source>Write the whole project to another file, e.g. to send it or keep a backup</source>
        <translation>Тамоми лоиҳаро ба файли дигар навиштан, масалан барои фиристодан ё нусхаи эҳтиётӣ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Танзимот…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Баромадан</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардани амал</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрори амал</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Ҳамаро интихоб кардан</translation>
    </message>
    <message>
        <source>&amp;Remove from project…</source>
        <translation>&amp;Хориҷ кардан аз лоиҳа…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Боргузорӣ…</translation>
    </message>
    <message>
        <source>Upload the photos that are ready (Ctrl+U)</source>
        <translation>Боргузории аксҳои омода (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Вуруд…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Роҳнамо</translation>
    </message>
    <message>
        <source>&amp;About photowalk</source>
        <translation>&amp;Дар бораи photowalk</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Лоиҳа</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Таҳрир</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Намуд</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Боргузорӣ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Роҳнамо</translation>
    </message>
    <message>
        <source>Search titles, descriptions, categories</source>
        <translation>Ҷустуҷӯ дар унвонҳо, тавсифҳо, гурӯҳҳо</translation>
    </message>
    <message>
        <source>No photos yet.
Drop a camera folder here, or press Import folder (Ctrl+I).</source>
        <translation>Ҳоло акс нест.
Ҷузвдони камераро ба ин ҷо кашед ё «Ворид кардани ҷузвдон»-ро (Ctrl+I) пахш кунед.</translation>
    </message>
    <message>
        <source>This project is on a memory stick or a network folder. photowalk works on a copy on this computer and saves it there every few seconds and when you close the project; other programs cannot open it meanwhile.</source>
        <translation>Ин лоиҳа дар флешка ё ҷузвдони шабакавӣ аст. photowalk бо нусхаи он дар ҳамин компютер кор мекунад ва онро ҳар чанд сония ва ҳангоми пӯшидани лоиҳа ба он ҷо нигоҳ медорад; дар ин муддат барномаҳои дигар онро кушода наметавонанд.</translation>
    </message>
    <message>
        <source>Changes from an earlier session</source>
        <translation>Тағйирот аз кори пешина</translation>
    </message>
    <message>
        <source>photowalk was stopped before it could save some changes to this project, and the project was changed elsewhere since. Nothing was overwritten: those changes are in {copy}.</source>
        <translation>photowalk пеш аз нигоҳ доштани баъзе тағйироти ин лоиҳа қатъ шуд, ва аз он вақт лоиҳа дар ҷои дигар тағйир ёфт. Ҳеҷ чиз иваз карда нашуд: он тағйирот дар {copy} ҳастанд.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left from an earlier session were saved to the project.</source>
        <translation>
            <numerusform>%n тағйироти боқимонда аз кори пешина ба лоиҳа нигоҳ дошта шуд.</numerusform>
            <numerusform>%n тағйироти боқимонда аз кори пешина ба лоиҳа нигоҳ дошта шуданд.</numerusform>
        </translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (нусха)</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>Нусхаи лоиҳаро нигоҳ доштан</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Нусха нигоҳ дошта шуд: {path}</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Лоиҳаи нав</translation>
    </message>
    <message>
        <source>photowalk projects (*.photowalk)</source>
        <translation>Лоиҳаҳои photowalk (*.photowalk)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Лоиҳаи охирин нест</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Кушодани лоиҳа</translation>
    </message>
    <message>
        <source>Choose an event preset</source>
        <translation>Қолаби чорабиниро интихоб кунед</translation>
    </message>
    <message>
        <source>Event presets (*.toml)</source>
        <translation>Қолабҳои чорабинӣ (*.toml)</translation>
    </message>
    <message>
        <source>Import photos from a folder</source>
        <translation>Ворид кардани аксҳо аз ҷузвдон</translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation>Ворид кардани аксҳо</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Воридот</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Воридот аллакай идома дорад; интизор шавед ё онро бекор кунед.</translation>
    </message>
    <message>
        <source>Import HEIC photos as &amp;JPEG</source>
        <translation>Ворид кардани аксҳои HEIC ҳамчун &amp;JPEG</translation>
    </message>
    <message>
        <source>Phone photos in HEIC are imported as JPEG copies with all their data, in a JPEG folder beside the project; the originals stay as they are</source>
        <translation>Аксҳои телефон дар HEIC ҳамчун нусхаҳои JPEG бо ҳамаи маълумоташон дар ҷузвдони JPEG дар паҳлуи лоиҳа ворид мешаванд; аслҳо ҳамон тавр мемонанд</translation>
    </message>
    <message>
        <source>&amp;Look closer</source>
        <translation>&amp;Калонтар дидан</translation>
    </message>
    <message>
        <source>Show the photo large, with its problems and camera data</source>
        <translation>Аксро калон нишон додан, бо мушкилот ва маълумоти камераи он</translation>
    </message>
    <message>
        <source>&amp;Not for upload</source>
        <translation>&amp;Барои боргузорӣ не</translation>
    </message>
    <message>
        <source>Mark the selected photos not for upload, or for upload again</source>
        <translation>Аксҳои интихобшударо ҳамчун «барои боргузорӣ не» ё боз «барои боргузорӣ» қайд кардан</translation>
    </message>
    <message>
        <source>&amp;Keep the sharpest of each burst</source>
        <translation>Аз ҳар силсила &amp;аниқтаринро нигоҳ доштан</translation>
    </message>
    <message>
        <source>In each group of near-duplicate photos taken seconds apart (of the selection, or of all photos), mark all but the sharpest not for upload</source>
        <translation>Дар ҳар гурӯҳи аксҳои қариб якхела, ки бо фарқи чанд сония гирифта шудаанд (аз интихоб ё аз ҳамаи аксҳо), ҳамаро ба ҷуз аниқтарин ҳамчун «барои боргузорӣ не» қайд кардан</translation>
    </message>
    <message>
        <source>Fix camera &amp;clock…</source>
        <translation>Ислоҳи &amp;соати камера…</translation>
    </message>
    <message>
        <source>Correct the times of all photos of a camera whose clock was wrong</source>
        <translation>Ислоҳи вақти ҳамаи аксҳои камерае, ки соаташ нодуруст буд</translation>
    </message>
    <message>
        <source>&amp;Geotag from GPX track…</source>
        <translation>&amp;Ҷойгиркунӣ аз роҳи GPX…</translation>
    </message>
    <message>
        <source>Give photos without a position one from a phone&apos;s GPS track of the walk</source>
        <translation>Ба аксҳои бе ҷой аз роҳи GPS-и телефон дар вақти гардиш ҷой додан</translation>
    </message>
    <message>
        <source>Place from &amp;phone photos…</source>
        <translation>Ҷойгиркунӣ аз аксҳои &amp;телефон…</translation>
    </message>
    <message>
        <source>Give photos without a position the one of phone photos taken at nearly the same time</source>
        <translation>Ба аксҳои бе ҷой ҷойи аксҳои телефонро, ки тақрибан дар ҳамон вақт гирифта шудаанд, додан</translation>
    </message>
    <message>
        <source>Use this &amp;photo in articles…</source>
        <translation>Истифодаи ин &amp;акс дар мақолаҳо…</translation>
    </message>
    <message>
        <source>The wikitext to put the selected uploaded photo into an article, and articles that could use it</source>
        <translation>Викиматн барои гузоштани акси интихобшудаи боргузоришуда ба мақола ва мақолаҳое, ки метавонанд онро истифода баранд</translation>
    </message>
    <message>
        <source>&amp;Check uploaded photos…</source>
        <translation>&amp;Санҷиши аксҳои боргузоришуда…</translation>
    </message>
    <message>
        <source>Ask the wiki what became of the uploaded photos: deletion requests, problem tags, where they are used</source>
        <translation>Аз вики пурсидан, ки бо аксҳои боргузоришуда чӣ шуд: дархостҳои нест кардан, нишонаҳои мушкилот, дар куҷо истифода мешаванд</translation>
    </message>
    <message>
        <source>&amp;Event report…</source>
        <translation>&amp;Ҳисоботи чорабинӣ…</translation>
    </message>
    <message>
        <source>Per participant: photos uploaded, bytes, captions, depicts, deleted, used; for Meta, as CSV, as a gallery</source>
        <translation>Барои ҳар иштирокчӣ: аксҳои боргузоришуда, байтҳо, тавзеҳҳои кӯтоҳ, унсурҳои тасвиршуда, несткардашуда, истифодашуда; барои Meta, ҳамчун CSV, ҳамчун галерея</translation>
    </message>
    <message>
        <source>&amp;First steps with Commons…</source>
        <translation>&amp;Қадамҳои аввал дар Commons…</translation>
    </message>
    <message>
        <source>What Commons accepts: own work, licences, buildings and statues, people</source>
        <translation>Commons чиро қабул мекунад: кори худ, иҷозатномаҳо, биноҳо ва ҳайкалҳо, одамон</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n missing project(s) from the list</source>
        <translation>
            <numerusform>%n лоиҳаи гумшударо аз рӯйхат хориҷ кунед</numerusform>
            <numerusform>%n лоиҳаи гумшударо аз рӯйхат хориҷ кунед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were not imported.</source>
        <translation>
            <numerusform>%n файл хонда нашуд ва ворид карда нашуд.</numerusform>
            <numerusform>%n файл хонда нашуданд ва ворид карда нашуданд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n photo(s) not for upload</source>
        <translation>
            <numerusform>%n аксро ҳамчун «барои боргузорӣ не» қайд кардан</numerusform>
            <numerusform>%n аксро ҳамчун «барои боргузорӣ не» қайд кардан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n photo(s) for upload again</source>
        <translation>
            <numerusform>%n аксро боз барои боргузорӣ қайд кардан</numerusform>
            <numerusform>%n аксро боз барои боргузорӣ қайд кардан</numerusform>
        </translation>
    </message>
    <message>
        <source>No bursts: no photos taken seconds apart look alike.</source>
        <translation>Силсила нест: ягон акси бо фарқи чанд сония гирифташуда ба ҳам монанд нест.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the sharpest of %n burst(s)</source>
        <translation>
            <numerusform>Аниқтарини %n силсиларо нигоҳ доштан</numerusform>
            <numerusform>Аниқтарини %n силсиларо нигоҳ доштан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload; the sharpest of each burst is kept.</source>
        <translation>
            <numerusform>%n акс ҳамчун «барои боргузорӣ не» қайд шуд; аниқтарини ҳар силсила нигоҳ дошта шуд.</numerusform>
            <numerusform>%n акс ҳамчун «барои боргузорӣ не» қайд шуданд; аниқтарини ҳар силсила нигоҳ дошта шуд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n акс</numerusform>
            <numerusform>%n акс</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} аз {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n not for upload</source>
        <translation>
            <numerusform>%n барои боргузорӣ не</numerusform>
            <numerusform>%n барои боргузорӣ не</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n интихоб шуд</numerusform>
            <numerusform>%n интихоб шуд</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Хориҷ кардан аз лоиҳа</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n photo(s) from the project? The files stay where they are.</source>
        <translation>
            <numerusform>%n аксро аз лоиҳа хориҷ кунем? Файлҳо дар ҷои худ мемонанд.</numerusform>
            <numerusform>%n аксро аз лоиҳа хориҷ кунем? Файлҳо дар ҷои худ мемонанд.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Import the photos of your walk: Project › Import folder (Ctrl+I), or drop the folder here.
2. Select photos of the same place (Ctrl+click, Shift+click) and describe them together on the right: a title for each, a description, categories.
3. The Problems tab lists what Commons would refuse; click a problem to see the photo.
4. Log in with a bot password and press Upload (Ctrl+U).

Everything is saved as you type. Alt+G, Alt+I, Alt+K, Alt+U, Alt+H and Alt+J type ғ ӣ қ ӯ ҳ ҷ.</source>
        <translation>1. Аксҳои сайругашти худро ворид кунед: Лоиҳа › Ворид кардани ҷузвдон (Ctrl+I) ё ҷузвдонро ба ин ҷо кашед.
2. Аксҳои як ҷойро интихоб кунед (Ctrl+зеркунӣ, Shift+зеркунӣ) ва онҳоро дар тарафи рост якҷоя тавсиф кунед: барои ҳар як унвон, тавсиф, гурӯҳҳо.
3. Ҷадвалаи «Мушкилот» он чиро, ки Commons рад мекунад, нишон медиҳад; барои дидани акс мушкилро зер кунед.
4. Бо пароли бот ворид шавед ва «Боргузорӣ»-ро (Ctrl+U) пахш кунед.

Ҳама чиз ҳангоми навиштан нигоҳ дошта мешавад. Alt+G, Alt+I, Alt+K, Alt+U, Alt+H ва Alt+J ҳарфҳои ғ ӣ қ ӯ ҳ ҷ-ро менависанд.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;photowalk {version} is out&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;{url}&quot;&gt;photowalk {version} баромад&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Build: {build}</source>
        <translation>Сохт: {build}</translation>
    </message>
    <message>
        <source>About photowalk</source>
        <translation>Дар бораи photowalk</translation>
    </message>
    <message>
        <source>photowalk {version}
From a camera card to finished files on Wikimedia Commons.
Made for the Tajik Wikimedians User Group.
{url}</source>
        <translation>photowalk {version}
Аз корти камера то файлҳои тайёр дар Викианбор (Wikimedia Commons).
Барои Гурӯҳи корбарони Викимедиаи тоҷик сохта шудааст.
{url}</translation>
    </message>
    <message>
        <source>Upload running</source>
        <translation>Боргузорӣ идома дорад</translation>
    </message>
    <message>
        <source>An upload is running. Stop it? Photos already uploaded stay uploaded; the rest can be uploaded later.</source>
        <translation>Боргузорӣ идома дорад. Онро қатъ кунем? Аксҳои боргузоришуда ҳамон тавр мемонанд; боқимондаро баъдтар боргузорӣ кардан мумкин аст.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%n selected photo(s) without a place: drag this pin to where they were taken.</source>
        <translation>
            <numerusform>%n акси интихобшуда ҷой надорад: ин сӯзанро ба ҷое кашед, ки он гирифта шудааст.</numerusform>
            <numerusform>%n акси интихобшуда ҷой надоранд: ин сӯзанро ба ҷое кашед, ки онҳо гирифта шудаанд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy this photo&apos;s location to the selected photos</source>
        <translation>Ҷойи ин аксро ба аксҳои интихобшуда нусха кунед</translation>
    </message>
    <message>
        <source>Put the selected photos here</source>
        <translation>Аксҳои интихобшударо дар ин ҷо гузоред</translation>
    </message>
    <message>
        <source>Offline: the map shows the tiles kept on this computer.</source>
        <translation>Бе шабака: харита қисмҳоеро нишон медиҳад, ки дар ин компютер нигоҳ дошта шудаанд.</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Иштирокчии нав</translation>
    </message>
    <message>
        <source>Your name, as the others call you</source>
        <translation>Номи шумо, чӣ тавре ки дигарон шуморо меноманд</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
    </message>
    <message>
        <source>photowalk asks for your wiki account when you first upload, and keeps it apart from everyone else&apos;s.</source>
        <translation>photowalk ҳисоби викии шуморо ҳангоми боргузории аввал мепурсад ва онро аз ҳисобҳои дигарон ҷудо нигоҳ медорад.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message numerus="yes">
        <source>The last upload of this project stopped part way: %n photo(s) are not on the wiki yet.</source>
        <translation>
            <numerusform>Боргузории охирини ин лоиҳа дар нимароҳ қатъ шуд: %n акс ҳанӯз дар вики нест.</numerusform>
            <numerusform>Боргузории охирини ин лоиҳа дар нимароҳ қатъ шуд: %n акс ҳанӯз дар вики нестанд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the project</source>
        <translation>Лоиҳаро аз нав кушодан</translation>
    </message>
    <message>
        <source>Continue upload</source>
        <translation>Идомаи боргузорӣ</translation>
    </message>
</context>
<context>
    <name>OriginSection</name>
    <message>
        <source>Author of the photo</source>
        <translation>Муаллифи акс</translation>
    </message>
    <message>
        <source>Source of the photo</source>
        <translation>Манбаи акс</translation>
    </message>
    <message>
        <source>Why Commons may have the photo</source>
        <translation>Чаро Commons метавонад аксро дошта бошад</translation>
    </message>
    <message>
        <source>Year the author died</source>
        <translation>Соли вафоти муаллиф</translation>
    </message>
    <message>
        <source>Year the photo was made</source>
        <translation>Соли гирифтани акс</translation>
    </message>
    <message>
        <source>Whose photo is this?</source>
        <translation>Ин акси кист?</translation>
    </message>
    <message>
        <source>My own photo</source>
        <translation>Акси худам</translation>
    </message>
    <message>
        <source>Someone else&apos;s</source>
        <translation>Акси каси дигар</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Муаллиф</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Манбаъ</translation>
    </message>
    <message>
        <source>Why Commons may have it</source>
        <translation>Чаро Commons метавонад онро дошта бошад</translation>
    </message>
    <message>
        <source>Year made or published</source>
        <translation>Соли гирифтан ё нашр</translation>
    </message>
    <message>
        <source>Who took the photo (or “unknown”)</source>
        <translation>Кӣ аксро гирифтааст (ё «номаълум»)</translation>
    </message>
    <message>
        <source>A web address, or e.g. “family album, printed 1965”</source>
        <translation>Нишонии веб ё масалан «албоми оилавӣ, соли 1965 чоп шудааст»</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Интихоб…</translation>
    </message>
</context>
<context>
    <name>PageTextPanel</name>
    <message>
        <source>Page text</source>
        <translation>Матни саҳифа</translation>
    </message>
    <message>
        <source>Select a photo to see the text of its page on Commons.</source>
        <translation>Аксро интихоб кунед, то матни саҳифаи онро дар Commons бинед.</translation>
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
        <translation>номи худро интихоб кунед…</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Иштирокчии нав…</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ман</translation>
    </message>
    <message>
        <source>Each participant uploads with their own account, in their own language, and sees their own projects</source>
        <translation>Ҳар иштирокчӣ бо ҳисоби худ, бо забони худ бор мекунад ва лоиҳаҳои худро мебинад</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Saved passwords removed: %1. Login tokens removed: %2. Participants logged out: %3.</source>
        <translation>Паролҳои хориҷшуда: %1. Калидҳои воридшавии хориҷшуда: %2. Иштирокчиёни аз ҳисоб баровардашуда: %3.</translation>
    </message>
    <message>
        <source>Participants forgotten: %1.</source>
        <translation>Иштирокчиёни фаромӯшшуда: %1.</translation>
    </message>
    <message>
        <source>Thumbnails deleted: %1 MB.</source>
        <translation>Тасвирчаҳои нестшуда: %1 МБ.</translation>
    </message>
    <message>
        <source>Switch &amp;participant…</source>
        <translation>Иваз кардани &amp;иштирокчӣ…</translation>
    </message>
    <message>
        <source>Close the project and choose who uploads next</source>
        <translation>Лоиҳаро пӯшидан ва интихоб кардан, ки минбаъд кӣ бор мекунад</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Баромадан аз ҳисоб</translation>
    </message>
    <message>
        <source>Close the project and end this participant&apos;s login in photowalk; a saved password stays for their next time</source>
        <translation>Лоиҳаро пӯшидан ва воридшавии ин иштирокчиро дар photowalk анҷом додан; пароли нигоҳдошта барои дафъаи оянда мемонад</translation>
    </message>
    <message>
        <source>&amp;Forget saved password</source>
        <translation>&amp;Фаромӯш кардани пароли нигоҳдошта</translation>
    </message>
    <message>
        <source>Remove this account&apos;s password or login from the system keyring</source>
        <translation>Парол ё воридшавии ин ҳисобро аз анбори пароли система хориҷ кардан</translation>
    </message>
    <message>
        <source>&amp;End of event on this laptop…</source>
        <translation>&amp;Анҷоми чорабинӣ дар ин ноутбук…</translation>
    </message>
    <message>
        <source>Log every participant out and remove every saved password and login</source>
        <translation>Ҳар иштирокчиро аз ҳисоб баровардан ва ҳар парол ва воридшавии нигоҳдоштаро хориҷ кардан</translation>
    </message>
    <message>
        <source>Forget saved password</source>
        <translation>Фаромӯш кардани пароли нигоҳдошта</translation>
    </message>
    <message>
        <source>The saved password and login are removed from the system keyring. This window stays logged in until you log out or quit.</source>
        <translation>Парол ва воридшавии нигоҳдошта аз анбори пароли система хориҷ карда шуданд. Ин равзана то баромадан аз ҳисоб ё пӯшидани барнома ворид мемонад.</translation>
    </message>
    <message>
        <source>No password or login was saved for this account.</source>
        <translation>Барои ин ҳисоб ягон парол ё воридшавӣ нигоҳ дошта нашуда буд.</translation>
    </message>
    <message>
        <source>End of event on this laptop</source>
        <translation>Анҷоми чорабинӣ дар ин ноутбук</translation>
    </message>
    <message>
        <source>Another participant&apos;s project</source>
        <translation>Лоиҳаи иштирокчии дигар</translation>
    </message>
    <message>
        <source>This project is %1&apos;s. Switch to %1 to open it? Its uploads then go with %1&apos;s account.</source>
        <translation>Ин лоиҳа аз они %1 аст. Барои кушодани он ба %1 гузаред? Он гоҳ боргузориҳояш бо ҳисоби %1 мераванд.</translation>
    </message>
</context>
<context>
    <name>PhotoFilterModel</name>
    <message>
        <source>All photos</source>
        <translation>Ҳамаи аксҳо</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Бо мушкилот</translation>
    </message>
    <message>
        <source>Ready to upload</source>
        <translation>Барои боргузорӣ омода</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Боргузоришуда</translation>
    </message>
    <message>
        <source>Not for upload</source>
        <translation>Барои боргузорӣ не</translation>
    </message>
    <message>
        <source>Bursts and near duplicates</source>
        <translation>Силсилаҳо ва қариб такрорҳо</translation>
    </message>
    <message>
        <source>By time taken</source>
        <translation>Аз рӯи вақти гирифтан</translation>
    </message>
    <message>
        <source>By file name</source>
        <translation>Аз рӯи номи файл</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>Someone else&apos;s photo</source>
        <translation>Акси каси дигар</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Loading…</source>
        <translation>Боркунӣ…</translation>
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
        <translation>Гирифта шуд</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>{w} × {h} pixels ({mp:.1f} MP)</source>
        <translation>{w} × {h} пиксел ({mp:.1f} МП)</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Андозаи файл</translation>
    </message>
    <message>
        <source>{mb:.1f} MB</source>
        <translation>{mb:.1f} МБ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <source>Not for upload</source>
        <translation>Барои боргузорӣ не</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мушкилот</translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation>Дар роҳнамо бештар хонед</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} аз {total}</translation>
    </message>
    <message>
        <source>← → move · Z 100 % · X not for upload · Esc close</source>
        <translation>← → гузаштан · Z 100 % · X барои боргузорӣ не · Esc пӯшидан</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>event name</source>
        <translation>номи чорабинӣ</translation>
    </message>
    <message>
        <source>place</source>
        <translation>ҷой</translation>
    </message>
    <message>
        <source>country</source>
        <translation>кишвар</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>иҷозатнома</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>забонҳо</translation>
    </message>
    <message>
        <source>title pattern</source>
        <translation>намунаи ном</translation>
    </message>
    <message>
        <source>description prefix</source>
        <translation>пешванди тавсиф</translation>
    </message>
    <message>
        <source>caption prefix</source>
        <translation>пешванди тавзеҳи кӯтоҳ</translation>
    </message>
    <message>
        <source>depicts items offered</source>
        <translation>унсурҳои тасвиршудаи пешниҳодшуда</translation>
    </message>
    <message>
        <source>gallery title</source>
        <translation>сарлавҳаи галерея</translation>
    </message>
    <message>
        <source>upload bandwidth cap</source>
        <translation>ҳадди суръати боргузорӣ</translation>
    </message>
    <message>
        <source>Apply event preset</source>
        <translation>Татбиқи қолаби чорабинӣ</translation>
    </message>
    <message>
        <source>Apply the event preset “%1”?</source>
        <translation>Қолаби чорабинии «%1» татбиқ карда шавад?</translation>
    </message>
    <message>
        <source>It fills only what is still empty, never what was written:</source>
        <translation>Он танҳо ҷойҳои холиро пур мекунад, ҳеҷ гоҳ навиштаҳоро не:</translation>
    </message>
    <message>
        <source>Nothing in the project is empty that it would fill now.</source>
        <translation>Дар лоиҳа ягон ҷойи холӣ нест, ки он ҳоло пур кунад.</translation>
    </message>
    <message>
        <source>Photos imported later are filled from it too. Edit ▸ Undo takes it all back.</source>
        <translation>Аксҳое, ки баъдтар ворид мешаванд, низ аз он пур карда мешаванд. Таҳрир ▸ Бекор кардан ҳамаашро бармегардонад.</translation>
    </message>
    <message>
        <source>Uploads go to %1 instead of %2</source>
        <translation>Боргузориҳо ба ҷои %2 ба %1 мераванд</translation>
    </message>
    <message numerus="yes">
        <source>the licence of %n photo(s)</source>
        <translation>
            <numerusform>иҷозатномаи %n акс</numerusform>
            <numerusform>иҷозатномаи %n акс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>categories on %n photo(s)</source>
        <translation>
            <numerusform>гурӯҳҳо барои %n акс</numerusform>
            <numerusform>гурӯҳҳо барои %n акс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>templates on %n photo(s)</source>
        <translation>
            <numerusform>шаблонҳо барои %n акс</numerusform>
            <numerusform>шаблонҳо барои %n акс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the event&apos;s prefix before %n description(s)</source>
        <translation>
            <numerusform>пешванди чорабинӣ пеш аз %n тавсиф</numerusform>
            <numerusform>пешванди чорабинӣ пеш аз %n тавсиф</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the event&apos;s prefix before %n caption(s)</source>
        <translation>
            <numerusform>пешванди чорабинӣ пеш аз %n тавзеҳи кӯтоҳ</numerusform>
            <numerusform>пешванди чорабинӣ пеш аз %n тавзеҳи кӯтоҳ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>titles for %n photo(s)</source>
        <translation>
            <numerusform>унвон барои %n акс</numerusform>
            <numerusform>унвонҳо барои %n акс</numerusform>
        </translation>
    </message>
    <message>
        <source>the project&apos;s %1</source>
        <translation>%1-и лоиҳа</translation>
    </message>
    <message>
        <source>on every page: %1</source>
        <translation>дар ҳар саҳифа: %1</translation>
    </message>
    <message>
        <source>after every upload comment and edit summary: %1</source>
        <translation>пас аз ҳар шарҳи боргузорӣ ва тавсифи таҳрир: %1</translation>
    </message>
</context>
<context>
    <name>PresetFlow</name>
    <message>
        <source>Event preset %1</source>
        <translation>Қолаби чорабинӣ %1</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Suggested: %1</source>
        <translation>Пешниҳод: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Танзимот</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Мисли система</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
    </message>
    <message>
        <source>Licence for new projects</source>
        <translation>Иҷозатнома барои лоиҳаҳои нав</translation>
    </message>
    <message>
        <source>Your Commons user name</source>
        <translation>Номи корбарии шумо дар Commons</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Муаллиф</translation>
    </message>
    <message>
        <source>Wikimedia Commons, or the API address of another wiki</source>
        <translation>Wikimedia Commons ё нишонии API-и вики дигар</translation>
    </message>
    <message>
        <source>Wiki</source>
        <translation>Вики</translation>
    </message>
    <message>
        <source>Wiki of this project</source>
        <translation>Вики-и ин лоиҳа</translation>
    </message>
    <message>
        <source>Uploads at the same time</source>
        <translation>Боргузориҳои ҳамзамон</translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation> Мбит/с</translation>
    </message>
    <message>
        <source>No cap (or the event preset&apos;s)</source>
        <translation>Бе маҳдудият (ё аз они қолаби чорабинӣ)</translation>
    </message>
    <message>
        <source>Upload bandwidth cap</source>
        <translation>Ҳадди суръати боргузорӣ</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Thumbnail cache on disk</source>
        <translation>Анбори тасвирчаҳо дар диск</translation>
    </message>
    <message>
        <source>Thumbnails kept in memory</source>
        <translation>Тасвирчаҳо дар хотира</translation>
    </message>
    <message>
        <source>OpenStreetMap&apos;s own tile server</source>
        <translation>Хидматрасони қисмҳои худи OpenStreetMap</translation>
    </message>
    <message>
        <source>Another tile server for the map: its address with {z}, {x} and {y}, as https://tiles.example.org/{z}/{x}/{y}.png</source>
        <translation>Хидматрасони дигари қисмҳои харита: нишонии он бо {z}, {x} ва {y}, масалан https://tiles.example.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation>Қисмҳои харита</translation>
    </message>
    <message>
        <source>Map tiles kept on disk for offline use; the ones shown longest ago go first</source>
        <translation>Қисмҳои харита, ки барои истифодаи бе шабака дар диск нигоҳ дошта мешаванд; аввал онҳое хориҷ мешаванд, ки аз ҳама дертар нишон дода шуда буданд</translation>
    </message>
    <message>
        <source>Map tile cache on disk</source>
        <translation>Захираи қисмҳои харита дар диск</translation>
    </message>
    <message>
        <source>Tell me when a newer photowalk is out (asks pypi.org once a week)</source>
        <translation>Вақте ки photowalk-и навтар барояд, хабар диҳед (ҳафтае як бор аз pypi.org мепурсад)</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Навсозиҳо</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>%1: the file is not there any more (moved, renamed, or on a card not in the computer now).</source>
        <translation>%1: файл дигар дар он ҷо нест (кӯчонида шуд, номаш иваз шуд ё дар кортест, ки ҳоло дар компютер нест).</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n missing project(s) from the list</source>
        <translation>
            <numerusform>%n лоиҳаи гумшударо аз рӯйхат хориҷ кунед</numerusform>
            <numerusform>%n лоиҳаи гумшударо аз рӯйхат хориҷ кунед</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Аз рӯйхат хориҷ кардан</translation>
    </message>
    <message>
        <source>From a camera card to finished files on Wikimedia Commons.</source>
        <translation>Аз корти камера то файлҳои тайёр дар Wikimedia Commons.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Лоиҳаи нав…</translation>
    </message>
    <message>
        <source>Start a project and import the photos of a walk</source>
        <translation>Лоиҳа оғоз кунед ва аксҳои сайругаштро ворид кунед</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Кушодани лоиҳа…</translation>
    </message>
    <message>
        <source>New project from an event preset…</source>
        <translation>Лоиҳаи нав аз қолаби чорабинӣ…</translation>
    </message>
    <message>
        <source>A preset from the organisers fills in the place, categories and licence of the event</source>
        <translation>Қолаб аз ташкилкунандагон ҷой, гурӯҳҳо ва иҷозатномаи чорабиниро пур мекунад</translation>
    </message>
    <message>
        <source>You can also drop a camera folder or a project file onto this window.</source>
        <translation>Шумо инчунин метавонед ҷузвдони камера ё файли лоиҳаро ба ин равзана кашед.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Лоиҳаҳои охирин</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Ҳоло лоиҳаи охирин нест.</translation>
    </message>
    <message>
        <source>The project files stay where they are; only the list forgets them</source>
        <translation>Файлҳои лоиҳа дар ҷои худ мемонанд; танҳо рӯйхат онҳоро фаромӯш мекунад</translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <source>Title</source>
        <translation>Унвон</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Пешравӣ</translation>
    </message>
    <message>
        <source>Link or message</source>
        <translation>Истинод ё паём</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Waiting</source>
        <translation>Дар навбат</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Фиристода мешавад</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Нашр мешавад</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Санҷида мешавад</translation>
    </message>
    <message>
        <source>Writing captions</source>
        <translation>Навиштани тавзеҳҳои кӯтоҳ</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Боргузорӣ шуд</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Қарори шуморо мехоҳад</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Иҷро нашуд</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Гузаронида шуд</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Омода нест</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Таваққуф</translation>
    </message>
    <message>
        <source>A free title: %1</source>
        <translation>Унвони банднашуда: %1</translation>
    </message>
    <message>
        <source>Already on the wiki as File:%1.</source>
        <translation>Аллакай дар вики ҳамчун File:%1 ҳаст.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Ворид нашудаед.</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Вуруд…</translation>
    </message>
    <message>
        <source>Not logged in. This project uploads to %1.</source>
        <translation>Ворид нашудаед. Ин лоиҳа ба %1 бор мекунад.</translation>
    </message>
    <message>
        <source>Uploading to %1 as %2</source>
        <translation>Боргузорӣ ба %1 ҳамчун %2</translation>
    </message>
    <message>
        <source>Earlier files of this project were sent by %1; these go as %2 only.</source>
        <translation>Файлҳои пештараи ин лоиҳаро %1 фиристодааст; инҳо танҳо аз номи %2 мераванд.</translation>
    </message>
    <message>
        <source>Change account…</source>
        <translation>Иваз кардани ҳисоб…</translation>
    </message>
    <message>
        <source>Checking the photos…</source>
        <translation>Санҷиши аксҳо…</translation>
    </message>
    <message>
        <source>Nothing to upload: every ready photo is on the wiki.</source>
        <translation>Чизе барои боргузорӣ нест: ҳамаи аксҳои омода дар вики ҳастанд.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Қатъ мешавад…</translation>
    </message>
    <message>
        <source>Waiting until %1: %2</source>
        <translation>Интизорӣ то %1: %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 аз %2 файл</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 аз %2</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 МБ/с</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 боқӣ мондааст</translation>
    </message>
    <message>
        <source>Stopped. Press Upload to go on where it stopped.</source>
        <translation>Қатъ шуд. Барои идома аз ҳамон ҷо «Боргузорӣ»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Publish %1 although the wiki warned:</source>
        <translation>%1 бо вуҷуди огоҳии вики нашр шавад:</translation>
    </message>
    <message>
        <source>photowalk first checks that no other file or page has this title, and never publishes over one.</source>
        <translation>photowalk аввал месанҷад, ки ягон файл ё саҳифаи дигар ин унвонро надошта бошад, ва ҳеҷ гоҳ болои онҳо нашр намекунад.</translation>
    </message>
    <message>
        <source>Upload anyway?</source>
        <translation>Ба ҳар ҳол боргузорӣ кунем?</translation>
    </message>
    <message>
        <source>Use a free title</source>
        <translation>Гузоштани унвони банднашуда</translation>
    </message>
    <message>
        <source>The photo goes to the wiki as %1 with the next upload.</source>
        <translation>Акс бо боргузории навбатӣ ҳамчун %1 ба вики меравад.</translation>
    </message>
    <message>
        <source>Wikitext (*.txt)</source>
        <translation>Викиматн (*.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлҳои CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Нигоҳ доштани ҳисобот</translation>
    </message>
    <message>
        <source>Log in to see which photos are ready.</source>
        <translation>Ворид шавед, то бинед, ки кадом аксҳо омодаанд.</translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded</source>
        <translation>
            <numerusform>%n боргузорӣ шуд</numerusform>
            <numerusform>%n боргузорӣ шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n барои фиристодан</numerusform>
            <numerusform>%n барои фиристодан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need your decision</source>
        <translation>
            <numerusform>%n қарори шуморо мехоҳад</numerusform>
            <numerusform>%n қарори шуморо мехоҳанд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready (see Problems)</source>
        <translation>
            <numerusform>%n омода нест (ба «Мушкилот» нигаред)</numerusform>
            <numerusform>%n омода нестанд (ба «Мушкилот» нигаред)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Идома додан</translation>
    </message>
    <message>
        <source>gallery</source>
        <translation>галерея</translation>
    </message>
    <message>
        <source>uploads</source>
        <translation>боргузориҳо</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Таваққуф</translation>
    </message>
    <message>
        <source>Use the free title “%1”</source>
        <translation>Унвони банднашудаи «%1»-ро истифода баред</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Пешниҳод: %1</translation>
    </message>
    <message>
        <source>Select a photo that needs your decision:</source>
        <translation>Аксеро, ки қарори шуморо мехоҳад, интихоб кунед:</translation>
    </message>
    <message>
        <source>give it another title</source>
        <translation>унвони дигар додан</translation>
    </message>
    <message>
        <source>skip it</source>
        <translation>гузаронидан</translation>
    </message>
    <message>
        <source>upload anyway</source>
        <translation>ба ҳар ҳол боргузорӣ кардан</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Боргузорӣ</translation>
    </message>
    <message>
        <source>← Back to the photos</source>
        <translation>← Бозгашт ба аксҳо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Такрори ноком</translation>
    </message>
    <message>
        <source>Save gallery…</source>
        <translation>Нигоҳ доштани галерея…</translation>
    </message>
    <message>
        <source>A &lt;gallery&gt; of the uploaded files, to paste on a wiki page</source>
        <translation>&lt;gallery&gt;-и файлҳои боргузоришуда барои гузоштан дар саҳифаи вики</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Нигоҳ доштани CSV…</translation>
    </message>
    <message>
        <source>The titles and links of the uploaded files, for a spreadsheet</source>
        <translation>Унвонҳо ва истинодҳои файлҳои боргузоришуда барои ҷадвал</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Иваз кардани унвон…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Гузаронидан</translation>
    </message>
    <message>
        <source>Upload anyway</source>
        <translation>Ба ҳар ҳол боргузорӣ кардан</translation>
    </message>
</context>
<context>
    <name>UsePhotoDialog</name>
    <message>
        <source>The photo has no caption in this language: the first sentence of its description is used.</source>
        <translation>Акс бо ин забон тавзеҳи кӯтоҳ надорад: ҷумлаи аввали тавсифи он истифода мешавад.</translation>
    </message>
    <message>
        <source>The photo has no caption or description in this language: write the caption after “thumb|”.</source>
        <translation>Акс бо ин забон тавзеҳи кӯтоҳ ё тавсиф надорад: тавзеҳро пас аз «thumb|» нависед.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Нусха гирифта шуд</translation>
    </message>
    <message>
        <source>Looking for articles on %1…</source>
        <translation>Ҷустуҷӯи мақолаҳо дар %1…</translation>
    </message>
    <message>
        <source>Stopped. Press “Look again” to ask the wiki again.</source>
        <translation>Қатъ шуд. Барои аз нав пурсидани вики «Боз ҷустан»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>No articles found on %1.</source>
        <translation>Дар %1 ягон мақола ёфт нашуд.</translation>
    </message>
    <message>
        <source>Articles on %1 that could use this photo; double-click one to open it.</source>
        <translation>Мақолаҳои %1, ки метавонанд ин аксро истифода баранд; барои кушодан ду бор зер кунед.</translation>
    </message>
    <message>
        <source>Articles could not be looked for (%1); the details are in the log.</source>
        <translation>Мақолаҳоро ҷустан нашуд (%1); тафсилот дар сабт аст.</translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation>дар масофаи %1 м</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>дар масофаи %1 км</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>дар бораи %1</translation>
    </message>
    <message>
        <source>has no image</source>
        <translation>тасвир надорад</translation>
    </message>
    <message>
        <source>has an image</source>
        <translation>тасвир дорад</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Истифодаи %1</translation>
    </message>
    <message>
        <source>Article language:</source>
        <translation>Забони мақола:</translation>
    </message>
    <message>
        <source>In the text of an article:</source>
        <translation>Дар матни мақола:</translation>
    </message>
    <message>
        <source>In an infobox&apos;s image field:</source>
        <translation>Дар майдони тасвири инфобокс:</translation>
    </message>
    <message>
        <source>As a line of a &lt;gallery&gt;:</source>
        <translation>Ҳамчун сатри &lt;gallery&gt;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Нусха гирифтан</translation>
    </message>
    <message>
        <source>Articles that could use it</source>
        <translation>Мақолаҳое, ки метавонанд онро истифода баранд</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Боз ҷустан</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Дар браузер кушодан</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақола</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаро</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Тасвир</translation>
    </message>
</context>
<context>
    <name>WikiBox</name>
    <message>
        <source>Wikimedia Commons</source>
        <translation>Wikimedia Commons</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation>
            <numerusform>Ин %n бор рух дод.</numerusform>
            <numerusform>Ин %n бор рух дод.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The camera data (EXIF) in this file is damaged and could not be read; its date, camera and GPS position are unknown.</source>
        <translation>Маълумоти камера (EXIF) дар ин файл вайрон аст ва хонда нашуд; сана, камера ва мавқеи GPS-и он номаълуманд.</translation>
    </message>
    <message>
        <source>The content of this file does not match its type, so its camera data could not be read.</source>
        <translation>Мундариҷаи ин файл ба навъи он мувофиқ нест, бинобар ин маълумоти камераи он хонда нашуд.</translation>
    </message>
    <message>
        <source>Part of the camera data (EXIF) is damaged; the date and camera settings in it could not be read.</source>
        <translation>Қисми маълумоти камера (EXIF) вайрон аст; сана ва танзимоти камера дар он хонда нашуданд.</translation>
    </message>
    <message>
        <source>The GPS part of the camera data is damaged; the position could not be read.</source>
        <translation>Қисми GPS-и маълумоти камера вайрон аст; мавқеъ хонда нашуд.</translation>
    </message>
    <message>
        <source>The date in the camera data is blank or all zeros (the camera clock was probably never set); the date is unknown.</source>
        <translation>Сана дар маълумоти камера холӣ ё ҳама сифр аст (эҳтимол, соати камера ҳеҷ гоҳ танзим нашуда буд); сана номаълум аст.</translation>
    </message>
    <message>
        <source>The date in the camera data is damaged or impossible; it was ignored.</source>
        <translation>Сана дар маълумоти камера вайрон ё ғайриимкон аст; он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The rotation flag in the camera data is damaged; the photo is shown the way it is stored.</source>
        <translation>Нишонаи гардиш дар маълумоти камера вайрон аст; акс ҳамон тавре, ки нигоҳ дошта шудааст, нишон дода мешавад.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data is damaged (0/0); it was ignored.</source>
        <translation>Мавқеи GPS дар маълумоти камера вайрон аст (0/0); он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data does not say N or S, E or W; it was ignored rather than guessed.</source>
        <translation>Мавқеи GPS дар маълумоти камера шимол ё ҷануб, шарқ ё ғарбро нишон намедиҳад; он тахмин карда нашуд, балки ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data has a latitude or a longitude but not both; it was ignored.</source>
        <translation>Мавқеи GPS дар маълумоти камера танҳо арз ё танҳо тӯл дорад, на ҳардуро; он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data is impossible (beyond 90° or 180°); it was ignored.</source>
        <translation>Мавқеи GPS дар маълумоти камера ғайриимкон аст (аз 90° ё 180° зиёд); он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The camera wrote the GPS position 0°, 0°, which means it had no GPS fix; it was ignored.</source>
        <translation>Камера мавқеи GPS-ро 0°, 0° навиштааст, яъне сигнали GPS надошт; он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The GPS position in the camera data is damaged; it was ignored.</source>
        <translation>Мавқеи GPS дар маълумоти камера вайрон аст; он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The GPS altitude in the camera data is damaged or impossible; it was ignored.</source>
        <translation>Баландии GPS дар маълумоти камера вайрон ё ғайриимкон аст; он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The compass direction in the camera data is damaged or impossible; it was ignored.</source>
        <translation>Самти қутбнамо дар маълумоти камера вайрон ё ғайриимкон аст; он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>Some text in the camera data (camera name, description or author) is damaged; it was ignored.</source>
        <translation>Баъзе матн дар маълумоти камера (номи камера, тавсиф ё муаллиф) вайрон аст; он ба назар гирифта нашуд.</translation>
    </message>
    <message>
        <source>The XMP metadata in this file is damaged and could not be read; values that only it holds (such as a date, description or position) are unknown.</source>
        <translation>Маълумоти XMP дар ин файл вайрон аст ва хонда нашуд; қиматҳое, ки танҳо дар он ҳастанд (масалан сана, тавсиф ё мавқеъ), номаълуманд.</translation>
    </message>
    <message>
        <source>photowalk does not read the camera data of videos; the date, camera and position are unknown.</source>
        <translation>photowalk маълумоти камераро аз видеоҳо намехонад; сана, камера ва мавқеъ номаълуманд.</translation>
    </message>
    <message>
        <source>photowalk does not read the camera data of this raw format; the date, camera and position are unknown.</source>
        <translation>photowalk маълумоти камераро аз файлҳои RAW-и ин шакл намехонад; сана, камера ва мавқеъ номаълуманд.</translation>
    </message>
    <message>
        <source>The image size could not be read from the file; the file may be cut short or damaged.</source>
        <translation>Андозаи тасвир аз файл хонда нашуд; шояд файл нопурра ё вайрон бошад.</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Export the photo as JPEG (in the phone&apos;s or the computer&apos;s photo program), import the JPEG, and remove this file from the project.</source>
        <translation>Аксро ҳамчун JPEG содир кунед (дар барномаи акси телефон ё компютер), JPEG-ро ворид кунед ва ин файлро аз лоиҳа хориҷ кунед.</translation>
    </message>
    <message>
        <source>Export the photo as JPEG (in the camera&apos;s or the computer&apos;s photo program), import the JPEG, and remove this file from the project.</source>
        <translation>Аксро ҳамчун JPEG содир кунед (дар барномаи акси камера ё компютер), JPEG-ро ворид кунед ва ин файлро аз лоиҳа хориҷ кунед.</translation>
    </message>
    <message>
        <source>photowalk uploads photos only: upload the video with Commons&apos; own Upload Wizard, and remove it from the project.</source>
        <translation>photowalk танҳо аксҳоро бор мекунад: видеоро бо Upload Wizard-и худи Commons бор кунед ва онро аз лоиҳа хориҷ кунед.</translation>
    </message>
    <message>
        <source>It is not a photo: remove it from the project.</source>
        <translation>Ин акс нест: онро аз лоиҳа хориҷ кунед.</translation>
    </message>
    <message>
        <source>Import the original file again (from the camera card, or wherever it was copied from); if the original is damaged too, remove this file from the project.</source>
        <translation>Файли аслиро аз нав ворид кунед (аз корти камера ё аз ҷое, ки аз он нусха гирифта шуда буд); агар асл ҳам вайрон бошад, ин файлро аз лоиҳа хориҷ кунед.</translation>
    </message>
    <message>
        <source>The file cannot be uploaded: {reason}</source>
        <translation>Файлро боргузорӣ кардан мумкин нест: {reason}</translation>
    </message>
    <message>
        <source>photowalk has not read the whole picture yet, so it cannot tell whether the file is damaged. This happens by itself after an import; wait until it is done.</source>
        <translation>photowalk ҳанӯз тамоми аксро нахондааст, бинобар ин гуфта наметавонад, ки файл вайрон аст ё не. Ин пас аз воридкунӣ худ ба худ иҷро мешавад; то анҷоми он интизор шавед.</translation>
    </message>
    <message>
        <source>Commons does not accept {kind} files; convert the photo to JPEG first.</source>
        <translation>Commons файлҳои {kind}-ро қабул намекунад; аввал аксро ба JPEG табдил диҳед.</translation>
    </message>
    <message>
        <source>The file {path} is not there any more (card removed, or moved?). Put the card back, or import the folder where the file is now: photowalk finds it by its content.</source>
        <translation>Файли {path} дигар дар ҷояш нест (корт кашида шуд ё ҷойаш иваз шуд?). Кортро баргардонед ё ҷузвдонеро, ки файл ҳоло дар он аст, ворид кунед: photowalk онро аз рӯи мундариҷааш меёбад.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; Commons takes files up to {max} bytes.</source>
        <translation>Андозаи файл {size} байт аст; Commons файлҳоро то {max} байт қабул мекунад.</translation>
    </message>
    <message>
        <source>There is no description: say what the photo shows.</source>
        <translation>Тавсиф нест: нависед, ки дар акс чӣ тасвир шудааст.</translation>
    </message>
    <message>
        <source>“{lang}” is not a language code.</source>
        <translation>«{lang}» рамзи забон нест.</translation>
    </message>
    <message>
        <source>No licence is chosen; {default} is the one most uploads use.</source>
        <translation>Иҷозатнома интихоб нашудааст; бештари боргузориҳо {default}-ро истифода мебаранд.</translation>
    </message>
    <message>
        <source>“{licence}” is not a licence photowalk knows.</source>
        <translation>«{licence}» иҷозатномае нест, ки photowalk медонад.</translation>
    </message>
    <message>
        <source>“{author}” is not a possible Commons user name: {reason}.</source>
        <translation>«{author}» номи имконпазири корбари Commons нест: {reason}.</translation>
    </message>
    <message>
        <source>There is no caption: Commons search and the media viewer show a caption first.</source>
        <translation>Тавзеҳи кӯтоҳ нест: ҷустуҷӯи Commons ва намоишгари акс аввал тавзеҳи кӯтоҳро нишон медиҳанд.</translation>
    </message>
    <message>
        <source>“{name}” is not a possible category name: {reason}.</source>
        <translation>«{name}» номи имконпазири гурӯҳ нест: {reason}.</translation>
    </message>
    <message>
        <source>The extra wikitext has a second {what} template (line {line}); photowalk writes it: remove it.</source>
        <translation>Дар викиматни иловагӣ шаблони дуюми {what} ҳаст (сатри {line}); photowalk онро худаш менависад: онро хориҷ кунед.</translation>
    </message>
    <message>
        <source>The extra wikitext has {what} with nothing to close (line {line}); remove it.</source>
        <translation>Дар викиматни иловагӣ {what} ҳаст, ки ҷуфти кушодаи худро надорад (сатри {line}); онро хориҷ кунед.</translation>
    </message>
    <message>
        <source>The extra wikitext has {what} that is never closed (line {line}): on Commons it would hide the licence and the categories after it. Close it or remove it.</source>
        <translation>Дар викиматни иловагӣ {what} ҳаст, ки ҳеҷ гоҳ баста намешавад (сатри {line}): дар Commons он иҷозатнома ва гурӯҳҳои баъд аз худро пинҳон мекард. Онро бандед ё хориҷ кунед.</translation>
    </message>
    <message>
        <source>The category “{name}” has no page on {wiki}: the photo would be in a red category. Choose an existing category, or create its page first.</source>
        <translation>Гурӯҳи «{name}» дар {wiki} саҳифа надорад: акс дар гурӯҳи сурх (бесаҳифа) мебуд. Гурӯҳи мавҷударо интихоб кунед ё аввал саҳифаи онро созед.</translation>
    </message>
    <message>
        <source>There is no category; Commons will list the photo as uncategorised.</source>
        <translation>Гурӯҳ нест; Commons аксро ҳамчун бегурӯҳ қайд мекунад.</translation>
    </message>
    <message>
        <source>This photo looks forwarded through a messenger: it has no camera data (date, place, camera) and the size messengers make. Import the original from the phone instead (its camera folder, DCIM), and remove this copy from the project.</source>
        <translation>Ба назар мерасад, ки ин акс тавассути паёмрасон фиристода шудааст: маълумоти камера (сана, ҷой, камера) надорад ва андозааш ҳамонест, ки паёмрасонҳо месозанд. Ба ҷои он аслро аз телефон ворид кунед (ҷузвдони камераи он, DCIM) ва ин нусхаро аз лоиҳа хориҷ кунед.</translation>
    </message>
    <message>
        <source>This photo looks forwarded through {messenger}: the copy has lost the camera&apos;s date and place and was made smaller. Import the original from the phone instead (its camera folder, DCIM), and remove this copy from the project.</source>
        <translation>Ба назар мерасад, ки ин акс тавассути {messenger} фиристода шудааст: нусха санаву ҷойи камераро гум кардааст ва хурд карда шудааст. Ба ҷои он аслро аз телефон ворид кунед (ҷузвдони камераи он, DCIM) ва ин нусхаро аз лоиҳа хориҷ кунед.</translation>
    </message>
    <message>
        <source>The date the photo was taken is unknown; enter it.</source>
        <translation>Санаи гирифтани акс номаълум аст; онро ворид кунед.</translation>
    </message>
    <message>
        <source>“{date}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{date}» сана нест (ба шакли СССС-ММ-РР нависед).</translation>
    </message>
    <message>
        <source>The date {date} is in the future; was the camera clock wrong?</source>
        <translation>Санаи {date} дар оянда аст; шояд соати камера нодуруст буд?</translation>
    </message>
    <message>
        <source>The date {date} is before {year}; the camera clock was probably never set.</source>
        <translation>Санаи {date} пеш аз соли {year} аст; эҳтимол, соати камера ҳеҷ гоҳ танзим нашуда буд.</translation>
    </message>
    <message>
        <source>This old photo has the camera&apos;s location, which is where its copy was photographed (often at home), not where the photo was taken. Remove the location, or type where the photo was taken.</source>
        <translation>Ин акси кӯҳна ҷойи камераро дорад, ки ҷойи аксбардории нусхаи он аст (аксар вақт дар хона), на ҷое, ки акс гирифта шуда буд. Ҷойро хориҷ кунед ё нависед, ки акс дар куҷо гирифта шуда буд.</translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is not a place on Earth.</source>
        <translation>Макони {lat}, {lon} дар рӯи Замин ҷой надорад.</translation>
    </message>
    <message>
        <source>The location is 0, 0 (in the ocean): the camera had no GPS fix.</source>
        <translation>Макон 0, 0 аст (дар уқёнус): камера сигнали GPS надошт.</translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is outside Tajikistan; latitude and longitude look swapped.</source>
        <translation>Макони {lat}, {lon} берун аз Тоҷикистон аст; гӯё арз ва тӯл ҷой иваз кардаанд.</translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is outside Tajikistan.</source>
        <translation>Макони {lat}, {lon} берун аз Тоҷикистон аст.</translation>
    </message>
    <message>
        <source>Another photo in this project has the title “{title}”.</source>
        <translation>Акси дигари ин лоиҳа низ унвони «{title}» дорад.</translation>
    </message>
    <message>
        <source>There is no title: the file name on Commons must say what the photo shows.</source>
        <translation>Унвон нест: номи файл дар Commons бояд гӯяд, ки дар акс чӣ тасвир шудааст.</translation>
    </message>
    <message>
        <source>The title contains {chars}; Commons does not allow these in file names.</source>
        <translation>Унвон {chars}-ро дар бар мегирад; Commons инҳоро дар номи файл иҷозат намедиҳад.</translation>
    </message>
    <message>
        <source>The title contains invisible or unusual characters (odd spaces, control, text-direction or private-use characters).</source>
        <translation>Дар унвон аломатҳои ноаён ё ғайриоддӣ ҳастанд (фосилаҳои аҷиб, аломатҳои идоракунӣ, самти матн ё истифодаи хусусӣ).</translation>
    </message>
    <message>
        <source>The title contains “{text}”, which MediaWiki reads as markup.</source>
        <translation>Унвон «{text}»-ро дар бар мегирад, ки MediaWiki онро ҳамчун аломатгузорӣ мехонад.</translation>
    </message>
    <message>
        <source>The file name is {bytes} bytes long; Commons allows {max} (Tajik and Russian letters take 2 bytes each).</source>
        <translation>Дарозии номи файл {bytes} байт аст; Commons {max} байтро иҷозат медиҳад (ҳар як ҳарфи тоҷикӣ ва русӣ 2 байт аст).</translation>
    </message>
    <message>
        <source>The title ends in .{ext} but the file is a {kind} image; use .{expected}.</source>
        <translation>Унвон бо .{ext} тамом мешавад, аммо файл тасвири {kind} аст; .{expected}-ро истифода баред.</translation>
    </message>
    <message>
        <source>The title has two extensions (.{first}.{second}); keep only one.</source>
        <translation>Унвон ду пасванд дорад (.{first}.{second}); танҳо якеро нигоҳ доред.</translation>
    </message>
    <message>
        <source>Commons refuses titles that start like a thumbnail name (“120px-”).</source>
        <translation>Commons унвонҳоеро, ки монанди номи тасвирча («120px-») оғоз мешаванд, қабул намекунад.</translation>
    </message>
    <message>
        <source>“{name}” is the name the camera gave the file; Commons refuses such names. Say what the photo shows.</source>
        <translation>«{name}» номест, ки камера ба файл додааст; Commons чунин номҳоро қабул намекунад. Нависед, ки дар акс чӣ тасвир шудааст.</translation>
    </message>
    <message>
        <source>The title is very short; Commons asks for a name that describes the photo.</source>
        <translation>Унвон хеле кӯтоҳ аст; Commons номеро талаб мекунад, ки аксро тавсиф кунад.</translation>
    </message>
    <message>
        <source>Commons will remove the extra spaces or underscores in the title.</source>
        <translation>Commons фосилаҳо ё зерхатҳои иловагиро дар унвон нест мекунад.</translation>
    </message>
    <message>
        <source>The photo is very dark; little of it can be seen. Mark it not for upload if it is a failed shot.</source>
        <translation>Акс хеле торик аст; кам чиз дида мешавад. Агар акси нобарор бошад, онро ҳамчун «барои боргузорӣ не» қайд кунед.</translation>
    </message>
    <message>
        <source>The photo looks blurred (nothing in it is sharp). If another photo shows the same, upload the sharper one.</source>
        <translation>Акс хира менамояд (дар он ҳеҷ чиз аниқ нест). Агар акси дигар ҳаминро нишон диҳад, аниқтаринашро бор кунед.</translation>
    </message>
    <message>
        <source>The picture is only {width} × {height} pixels. Upload the full-size photo from the camera if you have it; a small copy from the web is often someone else&apos;s work.</source>
        <translation>Тасвир ҳамагӣ {width} × {height} пиксел аст. Агар дошта бошед, акси андозаи пурраро аз камера бор кунед; нусхаи хурд аз интернет аксар вақт кори каси дигар аст.</translation>
    </message>
    <message>
        <source>This looks like a screenshot. A screenshot of a website, a program or a film shows other people&apos;s work, which Commons deletes; upload only photos you took yourself.</source>
        <translation>Ин ба акси экран монанд аст. Акси экрани сомона, барнома ё филм кори одамони дигарро нишон медиҳад, ки Commons онро нест мекунад; танҳо аксҳоеро бор кунед, ки худатон гирифтаед.</translation>
    </message>
    <message>
        <source>This photo has no camera data at all (no camera, no date): it may not be your own photo. Commons takes only photos you took yourself. If you took it, import the original from your camera or phone (its DCIM folder), which keeps this data; if someone else took it, say whose it is under “Whose photo is this?”, or mark it not for upload.</source>
        <translation>Дар ин акс ягон маълумоти камера нест (на камера, на сана): шояд ин акси худи шумо набошад. Commons танҳо аксҳоеро мегирад, ки худатон гирифтаед. Агар онро худатон гирифта бошед, аслашро аз камера ё телефон (аз ҷузвдони DCIM) ворид кунед, ки ин маълумотро нигоҳ медорад; агар онро каси дигар гирифта бошад, дар «Ин акси кист?» нишон диҳед, ки акси кист, ё онро «барои боргузорӣ не» қайд кунед.</translation>
    </message>
    <message>
        <source>“{name}” names a monument or a statue. Tajikistan has no freedom of panorama Commons can use: a statue, monument or building is protected until 50 years after its author&apos;s death, and a photo whose main subject is a recent one is deleted. Old works, and wide views where the work is a small part, are fine.</source>
        <translation>«{name}» ёдгорӣ ё ҳайкалро ном мебарад. Дар Тоҷикистон озодии панорама, ки Commons истифода бурда тавонад, нест: ҳайкал, ёдгорӣ ё бино то 50 сол пас аз вафоти муаллифаш ҳифз карда мешавад ва акси ба асари нав бахшидашуда нест карда мешавад. Асарҳои кӯҳна ва манзараҳои васеъ, ки дар онҳо асар қисми хурд аст, мумкинанд.</translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work, but its author is not given: type who took it (or “unknown”).</source>
        <translation>Ин акс кори каси дигар аст, аммо муаллифаш нишон дода нашудааст: нависед, ки кӣ онро гирифтааст (ё «номаълум»).</translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work, but its source is not given: type where it comes from, a web address or e.g. “family album, printed 1965”.</source>
        <translation>Ин акс кори каси дигар аст, аммо манбаъаш нишон дода нашудааст: нависед, ки аз куҷо омадааст, нишонии веб ё масалан «албоми оилавӣ, соли 1965 чоп шудааст».</translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work: choose why Commons may have it (the author&apos;s free licence, or why it is in the public domain).</source>
        <translation>Ин акс кори каси дигар аст: интихоб кунед, ки чаро Commons метавонад онро дошта бошад (иҷозатномаи озоди муаллиф ё чаро он моли умум аст).</translation>
    </message>
    <message>
        <source>“{reason}” is not a reason photowalk knows; choose one of {known}.</source>
        <translation>«{reason}» сабабе нест, ки photowalk медонад; яке аз {known}-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>The year {year} cannot be right for this photo: type a year from {earliest} to {now}.</source>
        <translation>Соли {year} барои ин акс дуруст буда наметавонад: солеро аз {earliest} то {now} нависед.</translation>
    </message>
    <message>
        <source>{tag} needs the year the author died: type it.</source>
        <translation>Барои {tag} соли вафоти муаллиф лозим аст: онро нависед.</translation>
    </message>
    <message>
        <source>{tag} is only for an author who died in {latest} or earlier; this author died in {year}, so the photo is not in the public domain yet. It needs the permission of whoever holds the rights.</source>
        <translation>{tag} танҳо барои муаллифест, ки соли {latest} ё пештар вафот кардааст; ин муаллиф соли {year} вафот кардааст, бинобар ин акс ҳанӯз моли умум нест. Барои он иҷозати соҳиби ҳуқуқ лозим аст.</translation>
    </message>
    <message>
        <source>{tag} needs the year the photo was made or first published: type it.</source>
        <translation>Барои {tag} соли гирифтан ё нашри аввали акс лозим аст: онро нависед.</translation>
    </message>
    <message>
        <source>{tag} is only for a photo from {latest} or earlier; this one is from {year}. Choose another reason, or do not upload it.</source>
        <translation>{tag} танҳо барои акси соли {latest} ё пештар аст; ин акс аз соли {year} аст. Сабаби дигарро интихоб кунед ё онро бор накунед.</translation>
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
        <translation>Дар лоиҳа акси рақами {ids} нест.</translation>
    </message>
    <message>
        <source>“{date}” is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY).</source>
        <translation>«{date}» сана нест; онро ба шакли СССС-ММ-РР (ё СССС-ММ, СССС) нависед.</translation>
    </message>
    <message>
        <source>This wikitext cannot go onto a page: {reason}.</source>
        <translation>Ин викиматнро ба саҳифа гузоштан мумкин нест: {reason}.</translation>
    </message>
    <message>
        <source>{lat}, {lon} is not a location: latitude is -90 to 90, longitude -180 to 180, heading 0 to 360.</source>
        <translation>{lat}, {lon} макон нест: арз аз -90 то 90, тӯл аз -180 то 180, самт аз 0 то 360 мебошад.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Чизе нодуруст шуд.</translation>
    </message>
    <message>
        <source>The project file {path} cannot be used: {reason}</source>
        <translation>Файли лоиҳаи {path}-ро истифода бурдан мумкин нест: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a photowalk project (it is {reason}). Choose another file name.</source>
        <translation>{path} лоиҳаи photowalk нест (ин {reason} аст). Номи дигари файлро интихоб кунед.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer photowalk (format {found}, this one reads up to {supported}). Update photowalk to open it.</source>
        <translation>{path} бо photowalk-и навтар нигоҳ дошта шудааст (шакли {found}, ин нусха то {supported} мехонад). Барои кушодани он photowalk-ро навсозӣ кунед.</translation>
    </message>
    <message>
        <source>photowalk cannot save {path}: the folder {folder} cannot be written (a locked card or stick, a disc, or a folder you have no permission for). Copy the project file to a folder you can write to, such as Documents, and open it from there.</source>
        <translation>photowalk {path}-ро нигоҳ дошта наметавонад: ба ҷузвдони {folder} навиштан мумкин нест (корт ё флешкаи қулфшуда, диск ё ҷузвдоне, ки шумо иҷозат надоред). Файли лоиҳаро ба ҷузвдоне, ки ба он навишта метавонед, масалан Ҳуҷҷатҳо, нусха кунед ва аз он ҷо кушоед.</translation>
    </message>
    <message>
        <source>{path} is in use by another program or computer and cannot be opened now. Close it there, then open it again.</source>
        <translation>{path}-ро барнома ё компютери дигар истифода мебарад ва ҳоло кушодан мумкин нест. Онро дар он ҷо пӯшед, баъд боз кушоед.</translation>
    </message>
    <message>
        <source>photowalk could not save to {path} ({reason}). To keep your work safe it saves nothing more until the project is opened again: check that the card or disk is still there, then reopen the project. Everything saved before this message is kept.</source>
        <translation>photowalk ба {path} нигоҳ дошта натавонист ({reason}). Барои бехатарии кори шумо он то аз нав кушодани лоиҳа дигар чизе нигоҳ намедорад: санҷед, ки корт ё диск ҳанӯз ҳаст, баъд лоиҳаро аз нав кушоед. Ҳар чи пеш аз ин паём нигоҳ дошта шуд, боқӣ мемонад.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again; nothing was lost.</source>
        <translation>Диске, ки {path} дар он аст, пур шудааст. Каме ҷой холӣ кунед ва дубора кӯшиш кунед; ҳеҷ чиз гум нашуд.</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} хонда нашуд: {reason}</translation>
    </message>
    <message>
        <source>The folder {path} could not be read: {reason}</source>
        <translation>Ҷузвдони {path} хонда нашуд: {reason}</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation>Бо хоҳиши шумо қатъ карда шуд.</translation>
    </message>
    <message>
        <source>the file disappeared during the import (card removed?)</source>
        <translation>файл ҳангоми воридот нопадид шуд (корт кашида шуд?)</translation>
    </message>
    <message>
        <source>it is not a file but a device, pipe or socket</source>
        <translation>ин файл нест, балки дастгоҳ, канал ё сокет аст</translation>
    </message>
    <message>
        <source>the file changed while it was read (is it still being copied?)</source>
        <translation>файл ҳангоми хондан тағйир ёфт (шояд ҳанӯз нусхабардорӣ мешавад?)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>иҷозат нест</translation>
    </message>
    <message>
        <source>its links lead round in a circle</source>
        <translation>истинодҳои он дар доира ба худашон бармегарданд</translation>
    </message>
    <message>
        <source>the card or disk could not be read (input/output error)</source>
        <translation>корт ё диск хонда нашуд (хатои вуруд/хуруҷ)</translation>
    </message>
    <message>
        <source>its name is too long for the system</source>
        <translation>номи он барои система хеле дароз аст</translation>
    </message>
    <message>
        <source>the system reported: {error}</source>
        <translation>система хабар дод: {error}</translation>
    </message>
    <message>
        <source>“{licence}” is not a licence photowalk knows; use one of {known}.</source>
        <translation>«{licence}» иҷозатномае нест, ки photowalk медонад; яке аз инҳоро истифода баред: {known}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used: {reason}</source>
        <translation>«{name}»-ро истифода бурдан мумкин нест: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a possible category name: {reason}</source>
        <translation>«{name}» номи имконпазири гурӯҳ нест: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a possible Commons user name: {reason}</source>
        <translation>«{name}» номи имконпазири корбари Commons нест: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is not a language code; use a code such as tg, ru or en.</source>
        <translation>«{name}» рамзи забон нест; рамзеро монанди tg, ru ё en истифода баред.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>он холӣ аст</translation>
    </message>
    <message>
        <source>it starts with a colon</source>
        <translation>он бо ду нуқта оғоз мешавад</translation>
    </message>
    <message>
        <source>it contains {chars}</source>
        <translation>он {chars}-ро дар бар мегирад</translation>
    </message>
    <message>
        <source>it contains �, a character that could not be read</source>
        <translation>он �-ро дар бар мегирад — аломате, ки хонда нашуд</translation>
    </message>
    <message>
        <source>it contains invisible or control characters</source>
        <translation>он аломатҳои ноаён ё идоракуниро дар бар мегирад</translation>
    </message>
    <message>
        <source>it contains {text}, which MediaWiki replaces with a signature</source>
        <translation>он {text}-ро дар бар мегирад, ки MediaWiki онро бо имзо иваз мекунад</translation>
    </message>
    <message>
        <source>it contains {text}, which MediaWiki reads as an encoded character: write the character itself</source>
        <translation>он {text}-ро дар бар мегирад, ки MediaWiki онро ҳамчун аломати рамзгузоришуда мехонад: худи аломатро нависед</translation>
    </message>
    <message>
        <source>it is a relative path (./ or ../)</source>
        <translation>он роҳи нисбӣ аст (./ ё ../)</translation>
    </message>
    <message>
        <source>it is longer than 255 bytes</source>
        <translation>он аз 255 байт дарозтар аст</translation>
    </message>
    <message>
        <source>it starts with the namespace {prefix}:</source>
        <translation>он бо фазои номи {prefix}: оғоз мешавад</translation>
    </message>
    <message>
        <source>The preset {path} cannot be used: {reason}</source>
        <translation>Қолаби {path}-ро истифода бурдан мумкин нест: {reason}</translation>
    </message>
    <message>
        <source>The preset {path} is not valid TOML: {reason}</source>
        <translation>Қолаби {path} TOML-и дуруст нест: {reason}</translation>
    </message>
    <message>
        <source>The preset {path} has a bad “{field}”: {reason}</source>
        <translation>Дар қолаби {path} «{field}» нодуруст аст: {reason}</translation>
    </message>
    <message>
        <source>The preset {path} was written for photowalk {version}, newer than this photowalk ({current}), and this one does not know its key “{field}”. Update photowalk to use this preset.</source>
        <translation>Қолаби {path} барои photowalk {version} навишта шудааст, ки аз ин photowalk ({current}) навтар аст, ва ин калиди «{field}»-и онро намедонад. Барои истифодаи ин қолаб photowalk-ро навсозӣ кунед.</translation>
    </message>
    <message>
        <source>The preset {path} is larger than {max} bytes, which no preset is. Is it the right file?</source>
        <translation>Қолаби {path} аз {max} байт калонтар аст, дар ҳоле ки ягон қолаб ин қадар калон намешавад. Оё ин файли дуруст аст?</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; name one as Asia/Dushanbe or Europe/Moscow</source>
        <translation>«{zone}» минтақаи вақт нест; онро монанди Asia/Dushanbe ё Europe/Moscow нависед</translation>
    </message>
    <message>
        <source>it must be text in quotes</source>
        <translation>он бояд матн дар нохунак бошад</translation>
    </message>
    <message>
        <source>it must be a list of texts, like {example}</source>
        <translation>он бояд рӯйхати матнҳо бошад, масалан {example}</translation>
    </message>
    <message>
        <source>not a preset key (known: {keys})</source>
        <translation>калиди қолаб нест (маълум: {keys})</translation>
    </message>
    <message>
        <source>“{template}”: {reason}</source>
        <translation>«{template}»: {reason}</translation>
    </message>
    <message>
        <source>it must be a photowalk version in quotes, like {example}</source>
        <translation>он бояд версияи photowalk дар нохунак бошад, монанди {example}</translation>
    </message>
    <message>
        <source>plain http:// is only for a wiki on this computer; give the wiki&apos;s https:// address</source>
        <translation>http://-и оддӣ танҳо барои вики дар ҳамин компютер аст; нишонии https://-и вики-ро диҳед</translation>
    </message>
    <message>
        <source>it must be commons, test.wikipedia or the address of a wiki&apos;s api.php, like {example}</source>
        <translation>он бояд commons, test.wikipedia ё нишонии api.php-и вики бошад, монанди {example}</translation>
    </message>
    <message>
        <source>a single prefix needs `languages` to say which language it is in</source>
        <translation>барои як пешванди ягона `languages` лозим аст, то нишон диҳад, ки он бо кадом забон аст</translation>
    </message>
    <message>
        <source>it must be text, or a table like {example}</source>
        <translation>он бояд матн ё ҷадвале монанди {example} бошад</translation>
    </message>
    <message>
        <source>it must be a list of items, like {example}</source>
        <translation>он бояд рӯйхати унсурҳо бошад, масалан {example}</translation>
    </message>
    <message>
        <source>it is not a file (a folder, a device or a pipe)</source>
        <translation>ин файл нест (ҷузвдон, дастгоҳ ё канал)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ин матни UTF-8 нест</translation>
    </message>
    <message>
        <source>its values are nested too deeply</source>
        <translation>қиматҳои он аз ҳад зиёд дар дохили ҳамдигар ҷой гирифтаанд</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл вуҷуд надорад</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>ҷузвдони он вуҷуд надорад</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ҷузвдон</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>файли оддӣ нест</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>чунин файл аллакай ҳаст</translation>
    </message>
    <message>
        <source>not a database</source>
        <translation>пойгоҳи додаҳо нест</translation>
    </message>
    <message>
        <source>a database of another program</source>
        <translation>пойгоҳи додаҳои барномаи дигар</translation>
    </message>
    <message>
        <source>it has no photo number {id}</source>
        <translation>дар он акси рақами {id} нест</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>он вуҷуд надорад</translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation>файл нест шудааст</translation>
    </message>
    <message>
        <source>the picture is too large to open</source>
        <translation>тасвир барои кушодан хеле калон аст</translation>
    </message>
    <message>
        <source>the picture is incomplete (the file was cut short)</source>
        <translation>тасвир нопурра аст (файл бурида шудааст)</translation>
    </message>
    <message>
        <source>the picture cannot be opened (unknown or damaged format)</source>
        <translation>тасвирро кушодан мумкин нест (шакли номаълум ё вайрон)</translation>
    </message>
    <message>
        <source>{path} is too large to show ({megapixels} megapixels); it has no thumbnail.</source>
        <translation>{path} барои нишон додан хеле калон аст ({megapixels} мегапиксел); тасвирча надорад.</translation>
    </message>
    <message>
        <source>the picture data is damaged</source>
        <translation>маълумоти тасвир вайрон аст</translation>
    </message>
    <message>
        <source>it uses {placeholder} but no place is set</source>
        <translation>он {placeholder}-ро истифода мебарад, аммо ҷой муайян нашудааст</translation>
    </message>
    <message>
        <source>it uses {placeholder} but no event is set</source>
        <translation>он {placeholder}-ро истифода мебарад, аммо чорабинӣ муайян нашудааст</translation>
    </message>
    <message>
        <source>The title pattern “{pattern}” cannot be used: {reason}</source>
        <translation>Намунаи унвони «{pattern}»-ро истифода бурдан мумкин нест: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a placeholder (use {known})</source>
        <translation>{name} ҷойгузин нест ({known}-ро истифода баред)</translation>
    </message>
    <message>
        <source>file names cannot contain {chars} (a placeholder is {example})</source>
        <translation>номи файл {chars}-ро дошта наметавонад (ҷойгузин чунин аст: {example})</translation>
    </message>
    <message>
        <source>it has no placeholder, so every photo would get the same title</source>
        <translation>дар он ҷойгузин нест, бинобар ин ҳар акс ҳамон як унвонро мегирифт</translation>
    </message>
    <message>
        <source>The system keyring could not be used, so the password was not remembered. You can log in without remembering it.</source>
        <translation>Анбори паролҳои система истифода бурда нашуд, бинобар ин парол дар хотир нигоҳ дошта нашуд. Шумо метавонед бе нигоҳ доштани он ворид шавед.</translation>
    </message>
    <message>
        <source>photowalk</source>
        <translation>photowalk</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your project is saved; you can go on working.</source>
        <translation>Чизи ғайричашмдошт нодуруст шуд. Лоиҳаи шумо нигоҳ дошта шудааст; шумо метавонед корро идома диҳед.</translation>
    </message>
    <message>
        <source>If it happens again, please send the details below and the log from {folder}.</source>
        <translation>Агар ин боз рух диҳад, лутфан тафсилоти зеринро ва сабтро аз {folder} фиристед.</translation>
    </message>
    <message>
        <source>The wiki does not accept the title {title} as it is (it suggests {value}). Give the photo another title.</source>
        <translation>Вики унвони {title}-ро ба ҳамин шакл қабул намекунад (он {value}-ро пешниҳод мекунад). Ба акс унвони дигар диҳед.</translation>
    </message>
    <message>
        <source>The title {title} starts like a camera&apos;s file name ({value}). Give the photo a descriptive title.</source>
        <translation>Унвони {title} монанди номи файли камера ({value}) оғоз мешавад. Ба акс унвони тавсифӣ диҳед.</translation>
    </message>
    <message>
        <source>Another picture already has the title {title} on the wiki. photowalk never uploads over someone else&apos;s file: give this photo another title.</source>
        <translation>Дар вики тасвири дигар аллакай унвони {title}-ро дорад. photowalk ҳеҷ гоҳ болои файли каси дигар боргузорӣ намекунад: ба ин акс унвони дигар диҳед.</translation>
    </message>
    <message>
        <source>A file with nearly the same title exists: {value}. Give this photo another title.</source>
        <translation>Файле бо унвони қариб ҳамин вуҷуд дорад: {value}. Ба ин акс унвони дигар диҳед.</translation>
    </message>
    <message>
        <source>A page called File:{title} exists already, though without a picture. Give the photo another title.</source>
        <translation>Саҳифае бо номи File:{title} аллакай ҳаст, гарчанде бе тасвир. Ба акс унвони дигар диҳед.</translation>
    </message>
    <message>
        <source>A file called {title} was deleted from the wiki before. Read why in its deletion log; give this photo another title, or upload anyway if the reason does not apply.</source>
        <translation>Файле бо номи {title} қаблан аз вики нест карда шуда буд. Сабабашро дар сабти несткунӣ хонед; ба ин акс унвони дигар диҳед ё агар сабаб ба он дахл надорад, ба ҳар ҳол боргузорӣ кунед.</translation>
    </message>
    <message>
        <source>This very picture was uploaded before as {value} and deleted. Read why in the deletion log before uploading it again: skip it, or upload anyway.</source>
        <translation>Худи ҳамин тасвир қаблан ҳамчун {value} боргузорӣ ва нест карда шуда буд. Пеш аз боргузории дубора сабабашро дар сабти несткунӣ хонед: онро гузаронед ё ба ҳар ҳол боргузорӣ кунед.</translation>
    </message>
    <message>
        <source>This very picture is already on the wiki as {value}. Skip it.</source>
        <translation>Худи ҳамин тасвир аллакай дар вики ҳамчун {value} ҳаст. Онро гузаронед.</translation>
    </message>
    <message>
        <source>This very picture is already the current version of File:{title}. Skip it.</source>
        <translation>Худи ҳамин тасвир аллакай нусхаи ҷории File:{title} аст. Онро гузаронед.</translation>
    </message>
    <message>
        <source>This very picture is an older version of File:{title}. Skip it.</source>
        <translation>Худи ҳамин тасвир нусхаи кӯҳнаи File:{title} аст. Онро гузаронед.</translation>
    </message>
    <message>
        <source>The wiki discourages files of this type ({value}). Skip it, or upload anyway.</source>
        <translation>Вики файлҳои ин навъро ({value}) тавсия намедиҳад. Онро гузаронед ё ба ҳар ҳол боргузорӣ кунед.</translation>
    </message>
    <message>
        <source>The wiki finds this file unusually large ({value} bytes). Upload anyway, or skip it.</source>
        <translation>Ба назари вики ин файл ғайриоддӣ калон аст ({value} байт). Ба ҳар ҳол боргузорӣ кунед ё онро гузаронед.</translation>
    </message>
    <message>
        <source>The wiki warned about {title}: {code} ({value}). Skip it, or upload anyway.</source>
        <translation>Вики дар бораи {title} огоҳ кард: {code} ({value}). Онро гузаронед ё ба ҳар ҳол боргузорӣ кунед.</translation>
    </message>
    <message>
        <source>The upload failed: {reason}</source>
        <translation>Боргузорӣ иҷро нашуд: {reason}</translation>
    </message>
    <message>
        <source>Another photowalk window or command is already uploading {path}. Wait until it finishes, or stop it there, then start this upload again; nothing is sent twice.</source>
        <translation>Равзана ё фармони дигари photowalk аллакай {path}-ро бор карда истодааст. Интизор шавед, ки он ба охир расад, ё онро дар ҳамон ҷо боздоред, баъд ин боргузориро аз нав оғоз кунед; ҳеҷ чиз ду бор фиристода намешавад.</translation>
    </message>
    <message>
        <source>{url} is not the address of a wiki&apos;s API. Give the address of its api.php, for example https://commons.wikimedia.org/w/api.php, or just commons.</source>
        <translation>{url} суроғаи API-и вики нест. Суроғаи api.php-и онро диҳед, масалан https://commons.wikimedia.org/w/api.php, ё танҳо commons.</translation>
    </message>
    <message>
        <source>{url} would send your password unencrypted. Use its https:// address; plain http is only allowed for a wiki running on this computer.</source>
        <translation>{url} пароли шуморо рамзгузоринашуда мефиристод. Суроғаи https://-и онро истифода баред; http-и оддӣ танҳо барои викие, ки дар ҳамин компютер кор мекунад, иҷозат аст.</translation>
    </message>
    <message>
        <source>{wiki} had too many login attempts for {user} and asked to wait; photowalk waits and tries again.</source>
        <translation>Дар {wiki} барои {user} кӯшишҳои вуруд аз ҳад зиёд буданд ва вики хоҳиш кард, ки интизор шавем; photowalk интизор мешавад ва дубора кӯшиш мекунад.</translation>
    </message>
    <message>
        <source>too many login attempts</source>
        <translation>кӯшишҳои вуруд аз ҳад зиёданд</translation>
    </message>
    <message>
        <source>{wiki} did not accept the user name {user} with this password. Use a bot password (User@AppName and the password shown once at Special:BotPasswords), then log in again.</source>
        <translation>{wiki} номи корбар {user}-ро бо ин парол қабул накард. Пароли ботро истифода баред (User@AppName ва пароле, ки дар Special:BotPasswords як бор нишон дода мешавад), баъд аз нав ворид шавед.</translation>
    </message>
    <message>
        <source>{wiki} did not log in {user}: {info} (error code {api_code}). Check the user name and the bot password at Special:BotPasswords on {wiki}, then log in again.</source>
        <translation>{wiki} {user}-ро ворид накард: {info} (рамзи хато {api_code}). Номи корбар ва пароли ботро дар Special:BotPasswords дар {wiki} санҷед, баъд аз нав ворид шавед.</translation>
    </message>
    <message>
        <source>The bot password {user} may not upload files on {wiki}. At Special:BotPasswords, edit it and tick the grants &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; and &apos;Create, edit, and move pages&apos;, then log in again.</source>
        <translation>Пароли боти {user} дар {wiki} ҳаққи боргузории файлҳоро надорад. Дар Special:BotPasswords онро таҳрир кунед ва иҷозатҳои &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; ва &apos;Create, edit, and move pages&apos;-ро қайд кунед, баъд аз нав ворид шавед.</translation>
    </message>
    <message>
        <source>{wiki} logged {user} out and logging in again did not help. Check the bot password at Special:BotPasswords, then start the upload again: finished photos stay finished.</source>
        <translation>{wiki} корбар {user}-ро аз ҳисоб баровард ва вуруди дубора кӯмак накард. Пароли ботро дар Special:BotPasswords санҷед, баъд боргузориро аз нав оғоз кунед: аксҳои боргузоришуда ҳамон тавр мемонанд.</translation>
    </message>
    <message>
        <source>{user} is blocked from editing {wiki} ({reason}). Nothing can be uploaded until the block ends; the block notice on the wiki says how to appeal.</source>
        <translation>{user} аз таҳрири {wiki} баста шудааст ({reason}). То анҷоми бастан ҳеҷ чизро боргузорӣ кардан мумкин нест; огоҳиномаи бастан дар вики мегӯяд, ки чӣ тавр шикоят кардан мумкин аст.</translation>
    </message>
    <message>
        <source>The wiki at {wiki} redirects to {target}. photowalk does not send your password or your session there. If {target} is the right wiki, use that address instead.</source>
        <translation>Вики дар {wiki} ба {target} равона мекунад. photowalk пароли шумо ва маълумоти вурудро ба он ҷо намефиристад. Агар {target} вики дуруст бошад, ба ҷои ин он суроғаро истифода баред.</translation>
    </message>
    <message>
        <source>The wiki&apos;s answer was not understood ({what}). photowalk stopped; nothing was lost. Check the wiki&apos;s address; if it is right, the wiki may be broken for now: start the upload again later.</source>
        <translation>Ҷавоби вики фаҳмида нашуд ({what}). photowalk қатъ шуд; ҳеҷ чиз гум нашуд. Суроғаи викиро санҷед; агар он дуруст бошад, шояд вики ҳоло вайрон аст: боргузориро баъдтар аз нав оғоз кунед.</translation>
    </message>
    <message>
        <source>The wiki limits how many files one account may upload in a while; photowalk waits and goes on by itself.</source>
        <translation>Вики шумораи файлҳоеро, ки як ҳисоб дар муддати муайян боргузорӣ карда метавонад, маҳдуд мекунад; photowalk интизор мешавад ва худаш идома медиҳад.</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>маҳдудияти шумораи амалҳо</translation>
    </message>
    <message>
        <source>The wiki is read-only for now ({reason}); photowalk waits until it accepts uploads again.</source>
        <translation>Вики ҳоло танҳо барои хондан аст ({reason}); photowalk интизор мешавад, то он боз боргузориро қабул кунад.</translation>
    </message>
    <message>
        <source>read-only: {reason}</source>
        <translation>танҳо барои хондан: {reason}</translation>
    </message>
    <message>
        <source>The wiki&apos;s servers are busy (database lag {lag} s) and asked to wait; photowalk waits as asked and goes on by itself.</source>
        <translation>Серверҳои вики банданд (таъхири пойгоҳи додаҳо {lag} с) ва хоҳиш карданд, ки интизор шавем; photowalk интизор мешавад ва худаш идома медиҳад.</translation>
    </message>
    <message>
        <source>database lag {lag} s</source>
        <translation>таъхири пойгоҳи додаҳо {lag} с</translation>
    </message>
    <message>
        <source>The connection to the wiki failed ({reason}); photowalk tries again by itself. If this lasts, check your internet connection.</source>
        <translation>Пайвастшавӣ ба вики иҷро нашуд ({reason}); photowalk худаш дубора кӯшиш мекунад. Агар ин давом кунад, пайвасти интернетро санҷед.</translation>
    </message>
    <message>
        <source>The wiki no longer holds the partly uploaded file ({reason}); it is sent again.</source>
        <translation>Вики дигар файли қисман боргузоришударо нигоҳ намедорад ({reason}); он аз нав фиристода мешавад.</translation>
    </message>
    <message>
        <source>The wiki expected the upload to go on at byte {offset}.</source>
        <translation>Вики интизор буд, ки боргузорӣ аз байти {offset} идома ёбад.</translation>
    </message>
    <message>
        <source>The wiki refused the upload: {info} (error code {api_code}). Check the photo and its title.</source>
        <translation>Вики боргузориро рад кард: {info} (рамзи хато {api_code}). Акс ва унвони онро санҷед.</translation>
    </message>
    <message>
        <source>The wiki does not allow the title {title}: {info} Give the photo another title.</source>
        <translation>Вики унвони {title}-ро иҷозат намедиҳад: {info} Ба акс унвони дигар диҳед.</translation>
    </message>
    <message>
        <source>{path} has {size} bytes, more than the wiki accepts ({limit} bytes).</source>
        <translation>{path} {size} байт дорад, аз он ки вики қабул мекунад ({limit} байт) зиёдтар.</translation>
    </message>
    <message>
        <source>{path} changed after it was added to the project. Add the folder again so the project knows the new file, then upload.</source>
        <translation>{path} пас аз илова шудан ба лоиҳа тағйир ёфт. Ҷузвдонро дубора илова кунед, то лоиҳа файли навро шиносад, баъд боргузорӣ кунед.</translation>
    </message>
    <message>
        <source>The location or camera owner data could not be removed from {path} without re-encoding it ({reason}), so it was not uploaded. Remove it with another tool, or allow the location to be published.</source>
        <translation>Макон ё маълумоти соҳиби камераро аз {path} бе аз нав рамзгузорӣ кардан хориҷ кардан нашуд ({reason}), бинобар ин он боргузорӣ нашуд. Онро бо абзори дигар хориҷ кунед ё нашри маконро иҷозат диҳед.</translation>
    </message>
    <message>
        <source>After the upload, File:{title} on the wiki does not match what was sent ({what}). Look at the file page; photowalk will not upload this photo again by itself.</source>
        <translation>Пас аз боргузорӣ File:{title} дар вики ба он чи фиристода шуд мувофиқ нест ({what}). Саҳифаи файлро бинед; photowalk ин аксро худаш дубора боргузорӣ намекунад.</translation>
    </message>
    <message>
        <source>Gave up after trying for {duration}: {reason} Start the upload again later.</source>
        <translation>Пас аз {duration} кӯшиш даст кашид: {reason} Боргузориро баъдтар аз нав оғоз кунед.</translation>
    </message>
    <message>
        <source>The wiki asked to wait {wait} ({reason}); photowalk stopped instead of waiting that long. Try again later: nothing was lost.</source>
        <translation>Вики хоҳиш кард, ки {wait} интизор шавем ({reason}); photowalk ба ҷои ин қадар дароз интизор шудан қатъ шуд. Баъдтар дубора кӯшиш кунед: ҳеҷ чиз гум нашуд.</translation>
    </message>
    <message>
        <source>The wiki was still publishing {title} after {duration}; photowalk stopped waiting. Start the upload again later: photowalk first checks whether the photo arrived and never sends it twice.</source>
        <translation>Вики пас аз {duration} ҳанӯз {title}-ро нашр мекард; photowalk интизориро бас кард. Боргузориро баъдтар аз нав оғоз кунед: photowalk аввал месанҷад, ки акс расидааст ё не, ва онро ҳеҷ гоҳ ду бор намефиристад.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the upload ({kind}); the details are in the log. Nothing was lost: start the upload again to go on.</source>
        <translation>Хатои ғайричашмдошт боргузориро қатъ кард ({kind}); тафсилот дар сабт аст. Ҳеҷ чиз гум нашуд: барои идома боргузориро аз нав оғоз кунед.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({kind}). Unlock it or set one up, or do without it: give the password each time (photowalk asks for it, or use --password-stdin).</source>
        <translation>Анбори паролҳои система истифода бурда намешавад ({kind}). Онро кушоед ё танзим кунед, ё бе он кор кунед: паролро ҳар дафъа ворид кунед (photowalk онро мепурсад).</translation>
    </message>
    <message>
        <source>The system keyring is locked ({kind}). Unlock it (on macOS the login keychain in Keychain Access, on Windows log in to Windows with your own account, on Linux the login keyring) and try again, or do without it: give the password each time (photowalk asks for it, or use --password-stdin).</source>
        <translation>Анбори пароли система қулф аст ({kind}). Онро кушоед (дар macOS калидбанди воридшавӣ дар Keychain Access, дар Windows бо ҳисоби худ ба Windows ворид шавед, дар Linux анбори воридшавӣ) ва бори дигар кӯшиш кунед, ё бе он кор кунед: паролро ҳар дафъа диҳед (photowalk онро мепурсад, ё --password-stdin-ро истифода баред).</translation>
    </message>
    <message>
        <source>This computer has no system keyring photowalk can use ({kind}), so the password cannot be kept. Give it each time instead (photowalk asks for it, or use --password-stdin).</source>
        <translation>Дар ин компютер анбори пароли системае нест, ки photowalk истифода барад ({kind}), бинобар ин паролро нигоҳ доштан мумкин нест. Онро ҳар дафъа диҳед (photowalk онро мепурсад, ё --password-stdin-ро истифода баред).</translation>
    </message>
    <message>
        <source>No password is stored for {user} on {wiki}. Run photowalk login --wiki {wiki} --user {user}, or give it with --password-stdin.</source>
        <translation>Барои {user} дар {wiki} парол нигоҳ дошта нашудааст. Ворид шавед ва паролро диҳед.</translation>
    </message>
    <message>
        <source>Which account should upload to {wiki}? Give --user NAME@APP or run photowalk login first.</source>
        <translation>Кадом ҳисоб ба {wiki} боргузорӣ кунад? Аввал ворид шавед.</translation>
    </message>
    <message>
        <source>“Upload anyway” is not possible for File:{title} after the wiki&apos;s warning “{code}”: the title holds another file or page, or the wiki would change the name, or the picture is there already. photowalk never uploads over someone else&apos;s file. Give this photo another title, or skip it.</source>
        <translation>«Ба ҳар ҳол боргузорӣ кардан» барои File:{title} пас аз огоҳии вики «{code}» имконнопазир аст: унвон ба файл ё саҳифаи дигар тааллуқ дорад, ё вики номро иваз мекард, ё тасвир аллакай дар он ҷо ҳаст. photowalk ҳеҷ гоҳ болои файли каси дигар боргузорӣ намекунад. Ба ин акс унвони дигар диҳед ё онро гузаронед.</translation>
    </message>
    <message>
        <source>{wiki} refused the login with your Wikimedia account ({error}: {hint}). Log in again; if this repeats, log in with a bot password instead.</source>
        <translation>{wiki} воридшавӣ бо ҳисоби Wikimedia-и шуморо рад кард ({error}: {hint}). Бори дигар ворид шавед; агар такрор шавад, ба ҷои он бо пароли бот ворид шавед.</translation>
    </message>
    <message>
        <source>No OAuth client is set up for {wiki}. Register one on Meta at Special:OAuthConsumerRegistration/propose/oauth2 (the README says how), then give its client id: photowalk login --oauth --wiki {wiki} --client-id ID. Or log in with a bot password.</source>
        <translation>Барои {wiki} ягон мизоҷи OAuth танзим нашудааст. Онро дар Meta дар Special:OAuthConsumerRegistration/propose/oauth2 ба қайд гиред (README мегӯяд чӣ тавр), баъд шиносаи онро диҳед: photowalk login --oauth --wiki {wiki} --client-id ID. Ё бо пароли бот ворид шавед.</translation>
    </message>
    <message>
        <source>{wiki} does not accept the OAuth client {client_id}. Check the client id (and the client secret, if one is set) against the client registered on Meta, and that the client is approved; then log in again.</source>
        <translation>{wiki} мизоҷи OAuth {client_id}-ро қабул намекунад. Шиносаи мизоҷ (ва рамзи махфиро, агар бошад) бо мизоҷи дар Meta ба қайд гирифташуда муқоиса кунед ва санҷед, ки мизоҷ тасдиқ шудааст; баъд бори дигар ворид шавед.</translation>
    </message>
    <message>
        <source>{wiki} did not accept photowalk&apos;s proof that this login started here (the PKCE code verifier). Nothing was logged in. Log in again from the start.</source>
        <translation>{wiki} далели photowalk-ро, ки ин воридшавӣ дар ин ҷо оғоз шудааст (PKCE code verifier), қабул накард. Ҳеҷ чиз ворид нашуд. Аз аввал бори дигар ворид шавед.</translation>
    </message>
    <message>
        <source>{wiki} did not accept the login code ({hint}): it was used already or is not valid. Log in again from the start.</source>
        <translation>{wiki} рамзи воридшавиро қабул накард ({hint}): он аллакай истифода шудааст ё нодуруст аст. Аз аввал бори дигар ворид шавед.</translation>
    </message>
    <message>
        <source>{wiki} refused the callback address {redirect_uri}: it must be exactly the one registered with the OAuth client, port included. Register that address, or set the port of the registered one (--port), then log in again.</source>
        <translation>{wiki} нишонии бозгашт {redirect_uri}-ро рад кард: он бояд айнан ҳамонест, ки бо мизоҷи OAuth ба қайд гирифта шудааст, бо порташ. Ҳамин нишониро ба қайд гиред ё порти нишонии ба қайд гирифташударо гузоред (--port), баъд бори дигар ворид шавед.</translation>
    </message>
    <message>
        <source>photowalk was not allowed to use your account on {wiki} ({error}): Cancel was pressed on the wiki&apos;s page. To upload, log in again and press Allow.</source>
        <translation>Ба photowalk истифодаи ҳисоби шумо дар {wiki} иҷозат дода нашуд ({error}): дар саҳифаи вики «Бекор» пахш шуд. Барои боргузорӣ бори дигар ворид шавед ва «Иҷозат»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>An answer reached photowalk&apos;s callback address that does not belong to this login (its state does not match): an old browser tab or another program sent it. Nothing was accepted. Log in again, in the browser window photowalk opens.</source>
        <translation>Ба нишонии бозгашти photowalk ҷавобе расид, ки ба ин воридшавӣ тааллуқ надорад (state мувофиқ нест): онро варақаи кӯҳнаи браузер ё барномаи дигар фиристодааст. Ҳеҷ чиз қабул нашуд. Дар равзанаи браузере, ки photowalk мекушояд, бори дигар ворид шавед.</translation>
    </message>
    <message>
        <source>The browser did not come back to photowalk within {minutes} minutes. If the wiki showed “Application Connection Error”, the client id or the callback address {redirect_uri} is not the registered one: check them. Otherwise log in again and press Allow on the wiki&apos;s page.</source>
        <translation>Браузер дар давоми {minutes} дақиқа ба photowalk барнагашт. Агар вики «Application Connection Error» нишон дода бошад, шиносаи мизоҷ ё нишонии бозгашт {redirect_uri} ба қайд гирифташуда нест: онҳоро санҷед. Дар акси ҳол бори дигар ворид шавед ва дар саҳифаи вики «Иҷозат»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>photowalk cannot listen at {redirect_uri}: another program uses port {port} on this computer. Close it (or another photowalk waiting for a login) and try again.</source>
        <translation>photowalk дар {redirect_uri} гӯш карда наметавонад: барномаи дигар дар ин компютер порти {port}-ро истифода мебарад. Онро (ё photowalk-и дигареро, ки интизори воридшавист) пӯшед ва бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Your login to {wiki} with your Wikimedia account has ended ({hint}). Log in again with your Wikimedia account; finished photos stay finished.</source>
        <translation>Воридшавии шумо ба {wiki} бо ҳисоби Wikimedia ба охир расид ({hint}). Бори дигар бо ҳисоби Wikimedia-и худ ворид шавед; аксҳои анҷомёфта анҷомёфта мемонанд.</translation>
    </message>
    <message>
        <source>{wiki} no longer accepts photowalk&apos;s access to your account ({info}); the access may have been revoked in Special:OAuthManageMyGrants. Log in again with your Wikimedia account; finished photos stay finished.</source>
        <translation>{wiki} дигар дастрасии photowalk-ро ба ҳисоби шумо қабул намекунад ({info}); шояд дастрасӣ дар Special:OAuthManageMyGrants бекор карда шуда бошад. Бори дигар бо ҳисоби Wikimedia-и худ ворид шавед; аксҳои анҷомёфта анҷомёфта мемонанд.</translation>
    </message>
    <message>
        <source>{user} logged in to {wiki} with the OAuth client {client_id}, but that client may not upload files. Register a client with the grants &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; and &apos;Create, edit, and move pages&apos;, then log in with it.</source>
        <translation>{user} бо мизоҷи OAuth {client_id} ба {wiki} ворид шуд, аммо ин мизоҷ ҳаққи боргузории файлҳоро надорад. Мизоҷеро бо иҷозатҳои &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; ва &apos;Create, edit, and move pages&apos; ба қайд гиред, баъд бо он ворид шавед.</translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but the wiki did not take its captions and depicts: {info} (error code {api_code}). Check them, then choose Retry.</source>
        <translation>File:{title} бор шуд, аммо вики тавзеҳҳои кӯтоҳ ва унсурҳои тасвиршудаи онро қабул накард: {info} (рамзи хато {api_code}). Онҳоро санҷед, баъд «Такрор»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but its depicts names {item}, which does not exist on {wiki}. Remove it from the photo&apos;s depicts or choose another item, then choose Retry.</source>
        <translation>File:{title} бор шуд, аммо дар унсурҳои тасвиршудаи он {item} ҳаст, ки дар {wiki} вуҷуд надорад. Онро аз унсурҳои тасвиршудаи акс хориҷ кунед ё унсури дигар интихоб кунед, баъд «Такрор»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but {wiki} refused a value of its structured data as being of the wrong kind ({info}). Check its depicts and location, then choose Retry.</source>
        <translation>File:{title} бор шуд, аммо {wiki} як қимати маълумоти сохтории онро ҳамчун навъи нодуруст рад кард ({info}). Унсурҳои тасвиршуда ва ҷойи онро санҷед, баъд «Такрор»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but {wiki} refused a caption: {info}. Shorten or change it, then choose Retry.</source>
        <translation>File:{title} бор шуд, аммо {wiki} як тавзеҳи кӯтоҳро рад кард: {info}. Онро кӯтоҳ ё иваз кунед, баъд «Такрор»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>File:{title} has no structured data entity on {wiki} (the page is gone, or is not a file page), so its captions and depicts were not written. Look at the page on the wiki.</source>
        <translation>File:{title} дар {wiki} объекти маълумоти сохторӣ надорад (саҳифа нест ё саҳифаи файл нест), бинобар ин тавзеҳҳои кӯтоҳ ва унсурҳои тасвиршудаи он навишта нашуданд. Ба саҳифа дар вики нигаред.</translation>
    </message>
    <message>
        <source>File:{title} is uploaded. {wiki} keeps no captions or depicts, so they were not sent; they stay in the project for a wiki that keeps them, such as Commons.</source>
        <translation>File:{title} бор шуд. {wiki} тавзеҳҳои кӯтоҳ ва унсурҳои тасвиршударо нигоҳ намедорад, бинобар ин онҳо фиристода нашуданд; онҳо дар лоиҳа барои викие, ки онҳоро нигоҳ медорад, масалан Commons, мемонанд.</translation>
    </message>
    <message>
        <source>Someone changed the captions or depicts of File:{title} while photowalk was writing them, again and again; nothing of theirs was overwritten. Choose Retry later.</source>
        <translation>Касе тавзеҳҳои кӯтоҳ ё унсурҳои тасвиршудаи File:{title}-ро ҳангоми навиштани photowalk борҳо тағйир дод; ҳеҷ чизи ӯ аз нав навишта нашуд. Баъдтар «Такрор»-ро интихоб кунед.</translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: {reason}</source>
        <translation>Саҳифаи акси {id}-ро навиштан мумкин нест: {reason}</translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: its extra wikitext has {what} that is never closed (line {line}), which would hide the licence and categories after it on Commons. Close it or remove it.</source>
        <translation>Саҳифаи акси {id}-ро навиштан мумкин нест: дар викиматни иловагии он {what} ҳаст, ки ҳеҷ гоҳ баста намешавад (сатри {line}), ва ин дар Commons иҷозатнома ва гурӯҳҳои баъд аз онро пинҳон мекард. Онро бандед ё хориҷ кунед.</translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: its extra wikitext has {what} with nothing to close (line {line}). Remove it.</source>
        <translation>Саҳифаи акси {id}-ро навиштан мумкин нест: дар викиматни иловагии он {what} ҳаст, ки ҷуфти кушодаи худро надорад (сатри {line}). Онро хориҷ кунед.</translation>
    </message>
    <message>
        <source>“{lang}” is not a language code</source>
        <translation>«{lang}» рамзи забон нест</translation>
    </message>
    <message>
        <source>the user name “{user}”: {reason}</source>
        <translation>номи корбар «{user}»: {reason}</translation>
    </message>
    <message>
        <source>it is someone else&apos;s work and no reason why Commons may have it is chosen yet</source>
        <translation>ин кори каси дигар аст ва ҳанӯз сабабе интихоб нашудааст, ки чаро Commons метавонад онро дошта бошад</translation>
    </message>
    <message>
        <source>the category “{name}”: {reason}</source>
        <translation>гурӯҳи «{name}»: {reason}</translation>
    </message>
    <message>
        <source>it has no licence yet</source>
        <translation>ҳоло иҷозатнома надорад</translation>
    </message>
    <message>
        <source>{path} is on a memory stick or a network folder and is already open in photowalk (on this or another computer). On such drives only one program may have a project open at a time: close it there, then try again.</source>
        <translation>{path} дар флешка ё ҷузвдони шабакавӣ аст ва аллакай дар photowalk кушода шудааст (дар ҳамин ё компютери дигар). Дар чунин дискҳо лоиҳаро дар як вақт танҳо як барнома кушода метавонад: онро дар он ҷо пӯшед ва боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to {path} ({reason}). They are kept on this computer and are saved there when you open the project again with the stick or folder back in place.</source>
        <translation>Тағйироти охирини шумо ба {path} нигоҳ дошта нашуданд ({reason}). Онҳо дар ҳамин компютер нигоҳ дошта мешаванд ва вақте ки флешка ё ҷузвдон дар ҷояш бошад ва шумо лоиҳаро боз кушоед, ба он ҷо нигоҳ дошта мешаванд.</translation>
    </message>
    <message>
        <source>photowalk&apos;s background process stopped unexpectedly ({reason}). It was started again and goes on with the work it had; nothing you typed is lost.</source>
        <translation>Раванди пасзаминаи photowalk ғайричашмдошт қатъ шуд ({reason}). Он дубора оғоз карда шуд ва кори худро идома медиҳад; ҳеҷ чизе, ки шумо навиштед, гум нашудааст.</translation>
    </message>
    <message>
        <source>photowalk&apos;s background process keeps stopping ({reason}), so imports, checks and uploads cannot run. Your project is saved: close it and open it again; the log says more.</source>
        <translation>Раванди пасзаминаи photowalk пай дар пай қатъ мешавад ({reason}), бинобар ин воридот, санҷишҳо ва боргузориҳо иҷро шуда наметавонанд. Лоиҳаи шумо нигоҳ дошта шудааст: онро пӯшед ва аз нав кушоед; дар сабт тафсилоти бештар ҳаст.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>рӯйхат</translation>
    </message>
    <message>
        <source>text</source>
        <translation>матн</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ё false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>адад</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>адади бутун</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>холӣ</translation>
    </message>
    <message>
        <source>{where} is {kind}, not {wanted}</source>
        <translation>{where} {kind} аст, на {wanted}</translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation>{where} нест</translation>
    </message>
    <message>
        <source>{where} is {value}</source>
        <translation>{where} қимати {value} дорад</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} холӣ аст</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} дақ</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} соат</translation>
    </message>
    <message>
        <source>the file became shorter while it was sent</source>
        <translation>файл ҳангоми фиристодан кӯтоҳтар шуд</translation>
    </message>
    <message>
        <source>the wiki holds {bytes} bytes</source>
        <translation>дар вики {bytes} байт ҳаст</translation>
    </message>
    <message>
        <source>the wiki did not take the chunk</source>
        <translation>вики қисмро қабул накард</translation>
    </message>
    <message>
        <source>a chunk was answered with {result} {warnings}</source>
        <translation>ба қисм бо {result} {warnings} ҷавоб дода шуд</translation>
    </message>
    <message>
        <source>assembling the file ended with {result}</source>
        <translation>ҷамъ кардани файл бо {result} анҷом ёфт</translation>
    </message>
    <message>
        <source>the wiki did not finish assembling the file</source>
        <translation>вики ҷамъ кардани файлро ба охир нарасонд</translation>
    </message>
    <message>
        <source>the stash entry is gone</source>
        <translation>қайди анбори муваққатӣ дигар нест</translation>
    </message>
    <message>
        <source>the answer is encoded as {encoding}</source>
        <translation>ҷавоб бо {encoding} рамзгузорӣ шудааст</translation>
    </message>
    <message>
        <source>the answer&apos;s compression is damaged</source>
        <translation>фишурдани ҷавоб вайрон аст</translation>
    </message>
    <message>
        <source>no complete answer within {duration}</source>
        <translation>дар давоми {duration} ҷавоби пурра нарасид</translation>
    </message>
    <message>
        <source>an address it does not name</source>
        <translation>суроғае, ки вики онро номбар намекунад</translation>
    </message>
    <message>
        <source>the answer is larger than {mb} MB</source>
        <translation>ҷавоб аз {mb} МБ калонтар аст</translation>
    </message>
    <message>
        <source>On the wiki this photo is File:{title}. Its new title {new_title} was not given to the file: that would be a move of the file page, which photowalk does not do. Ask for a move on the file page, or give the photo its old title back.</source>
        <translation>Дар вики ин акс File:{title} аст. Унвони нави он {new_title} ба файл дода нашуд: ин кӯчонидани саҳифаи файл мебуд, ки photowalk иҷро намекунад. Дар саҳифаи файл кӯчониданро дархост кунед ё ба акс унвони пешинаашро баргардонед.</translation>
    </message>
    <message>
        <source>The newer description of this photo (or another detail of its page) is not on File:{title} yet; it is sent with the next upload.</source>
        <translation>Тавсифи навтари ин акс (ё ҷузъиёти дигари саҳифаи он) ҳанӯз дар File:{title} нест; он бо боргузории навбатӣ фиристода мешавад.</translation>
    </message>
    <message>
        <source>The licence of this photo was changed after it was published. File:{title} keeps the licence it was published with (a free licence cannot be taken back), so photowalk does not send the newer page text. To offer another licence as well, add it on the file page yourself.</source>
        <translation>Иҷозатномаи ин акс пас аз нашр тағйир дода шуд. File:{title} иҷозатномаеро, ки бо он нашр шуда буд, нигоҳ медорад (иҷозатномаи озодро бозпас гирифтан мумкин нест), бинобар ин photowalk матни навтари саҳифаро намефиристад. Барои он ки иҷозатномаи дигарро низ пешниҳод кунед, онро худатон дар саҳифаи файл илова кунед.</translation>
    </message>
    <message>
        <source>File:{title} was changed on the wiki after photowalk wrote it, so the newer description was not sent: photowalk never overwrites someone else&apos;s edit. Put your change on the file page yourself, or skip to leave the page as it is.</source>
        <translation>File:{title} пас аз он ки photowalk онро навишт, дар вики тағйир дода шуд, бинобар ин тавсифи навтар фиристода нашуд: photowalk ҳеҷ гоҳ таҳрири каси дигарро аз нав наменависад. Тағйироти худро худатон дар саҳифаи файл гузоред ё онро гузаронед, то саҳифа ҳамон тавр монад.</translation>
    </message>
    <message>
        <source>unexpected answer to the edit: {result}</source>
        <translation>ҷавоби ғайричашмдошт ба таҳрир: {result}</translation>
    </message>
    <message>
        <source>the EXIF data ({label} at byte {start})</source>
        <translation>маълумоти EXIF ({label} аз байти {start})</translation>
    </message>
    <message>
        <source>the XMP data ({label} at byte {start})</source>
        <translation>маълумоти XMP ({label} аз байти {start})</translation>
    </message>
    <message>
        <source>the Photoshop/IPTC data ({label} at byte {start})</source>
        <translation>маълумоти Photoshop/IPTC ({label} аз байти {start})</translation>
    </message>
    <message>
        <source>the text chunk &apos;{keyword}&apos; ({label} at byte {start})</source>
        <translation>қисми матнии &apos;{keyword}&apos; ({label} аз байти {start})</translation>
    </message>
    <message>
        <source>the segment ({label} at byte {start})</source>
        <translation>сегмент ({label} аз байти {start})</translation>
    </message>
    <message>
        <source>the copy</source>
        <translation>нусха</translation>
    </message>
    <message>
        <source>{where} still holds a position in the copy</source>
        <translation>дар нусха ҳанӯз мавқеъ боқӣ мондааст: {where}</translation>
    </message>
    <message>
        <source>the file is cut short or its structure is damaged, so it cannot be checked</source>
        <translation>файл нопурра аст ё сохтори он вайрон аст, бинобар ин онро санҷидан мумкин нест</translation>
    </message>
    <message>
        <source>{kind} files are not rewritten, and this one holds a position</source>
        <translation>файлҳои {kind} аз нав навишта намешаванд, ва дар ин файл мавқеъ ҳаст</translation>
    </message>
    <message>
        <source>{where} still holds a position after removal</source>
        <translation>пас аз хориҷ кардан ҳанӯз мавқеъ боқӣ мондааст: {where}</translation>
    </message>
    <message>
        <source>the extended XMP data</source>
        <translation>маълумоти васеъи XMP</translation>
    </message>
    <message>
        <source>the FLIR thermal data&apos;s GPS record</source>
        <translation>сабти GPS дар маълумоти гармии FLIR</translation>
    </message>
    <message>
        <source>the data after the end of the image</source>
        <translation>маълумот пас аз охири тасвир</translation>
    </message>
    <message>
        <source>the EXIF data is damaged</source>
        <translation>маълумоти EXIF вайрон аст</translation>
    </message>
    <message>
        <source>the new {label} segment is too large</source>
        <translation>сегменти нави {label} хеле калон аст</translation>
    </message>
    <message>
        <source>it is empty or has a &apos;|&apos; in it.</source>
        <translation>он холӣ аст ё дар он &apos;|&apos; ҳаст.</translation>
    </message>
    <message>
        <source>it is not a valid file name.</source>
        <translation>он номи дурусти файл нест.</translation>
    </message>
    <message>
        <source>its page text differs</source>
        <translation>матни саҳифаи он фарқ мекунад</translation>
    </message>
    <message>
        <source>the stash holds {bytes} bytes with another SHA-1</source>
        <translation>анбори муваққатӣ {bytes} байт бо SHA-1-и дигар дорад</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>файл нест</translation>
    </message>
    <message>
        <source>its SHA-1 differs</source>
        <translation>SHA-1-и он фарқ мекунад</translation>
    </message>
    <message>
        <source>it has {stored} bytes, not {sent}</source>
        <translation>он {stored} байт дорад, на {sent}</translation>
    </message>
    <message>
        <source>the wiki did not keep the login (cookies refused?)</source>
        <translation>вики вурудро нигоҳ надошт (кукиҳо рад шуданд?)</translation>
    </message>
    <message>
        <source>HTTP {status} from {url}</source>
        <translation>HTTP {status} аз {url}</translation>
    </message>
    <message>
        <source>the answer of {url} holds no usable Bearer token</source>
        <translation>ҷавоби {url} нишонаи Bearer-и истифодашаванда надорад</translation>
    </message>
    <message>
        <source>the wiki renews it only for a client whose secret is set</source>
        <translation>вики онро танҳо барои мизоҷе нав мекунад, ки рамзи махфиаш гузошта шудааст</translation>
    </message>
    <message>
        <source>the access has expired</source>
        <translation>мӯҳлати дастрасӣ гузаштааст</translation>
    </message>
    <message>
        <source>the answer is nested too deeply</source>
        <translation>ҷавоб аз ҳад зиёд чандқабата аст</translation>
    </message>
    <message>
        <source>the wiki&apos;s answer was not readable</source>
        <translation>ҷавоби вики хонда нашуд</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>ҷавоб объекти JSON нест</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ҷавоб сари вақт нарасид</translation>
    </message>
    <message>
        <source>connection lost or refused</source>
        <translation>пайваст қатъ ё рад шуд</translation>
    </message>
    <message>
        <source>{key} is not a list of names</source>
        <translation>{key} рӯйхати номҳо нест</translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <source>the extra wikitext has {what} with nothing to close (line {line}); remove it</source>
        <translation>дар викиматни иловагӣ {what} ҳаст, ки ҷуфти кушодаи худро надорад (сатри {line}); онро хориҷ кунед</translation>
    </message>
    <message>
        <source>the extra wikitext has a second {what} template (line {line}); photowalk writes it</source>
        <translation>дар викиматни иловагӣ шаблони дуюми {what} ҳаст (сатри {line}); photowalk онро худаш менависад</translation>
    </message>
    <message>
        <source>the extra wikitext has {what} that is never closed (line {line}), which would hide the licence and categories after it on Commons; close it or remove it</source>
        <translation>дар викиматни иловагӣ {what} ҳаст, ки ҳеҷ гоҳ баста намешавад (сатри {line}), ва ин дар Commons иҷозатнома ва гурӯҳҳои баъд аз онро пинҳон мекард; онро бандед ё хориҷ кунед</translation>
    </message>
    <message>
        <source>the page would not have exactly one {template} template</source>
        <translation>дар саҳифа маҳз як шаблони {template} намебуд</translation>
    </message>
    <message>
        <source>the licence would not be on the page</source>
        <translation>иҷозатнома дар саҳифа намебуд</translation>
    </message>
    <message>
        <source>the mark for an uncategorised file would not be on the page</source>
        <translation>нишонаи файли бегурӯҳ дар саҳифа намебуд</translation>
    </message>
    <message>
        <source>the category {name} would not be on the page</source>
        <translation>гурӯҳи {name} дар саҳифа намебуд</translation>
    </message>
    <message>
        <source>No photo of the project was taken with a camera called “{name}”. Its cameras: {cameras}.</source>
        <translation>Ягон акси лоиҳа бо камераи «{name}» гирифта нашудааст. Камераҳои он: {cameras}.</translation>
    </message>
    <message>
        <source>“{name}” names more than one camera of the project ({cameras}); add its serial number.</source>
        <translation>«{name}» ба зиёда аз як камераи лоиҳа мувофиқ аст ({cameras}); рақами силсилавии онро илова кунед.</translation>
    </message>
    <message>
        <source>“{text}” is not a clock correction; write it as +01:03 (hours:minutes), -00:05:30, or +1 h 3 min 20 s.</source>
        <translation>«{text}» ислоҳи соат нест; онро ҳамчун +01:03 (соат:дақиқа), -00:05:30 ё +1 h 3 min 20 s нависед.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; write what the clock in the photo shows as 14:32 or 14:32:05 (or with its date: 2025-05-01 14:32).</source>
        <translation>«{text}» вақти рӯз нест; он чиро, ки соат дар акс нишон медиҳад, ҳамчун 14:32 ё 14:32:05 нависед (ё бо санааш: 2025-05-01 14:32).</translation>
    </message>
    <message>
        <source>Photo {id} has no time from its camera, so it cannot show how far the camera&apos;s clock is off. Choose another photo by the same camera.</source>
        <translation>Акси {id} вақт аз камераи худ надорад, бинобар ин нишон дода наметавонад, ки соати камера чӣ қадар нодуруст аст. Акси дигари ҳамин камераро интихоб кунед.</translation>
    </message>
    <message>
        <source>The GPS track {path} cannot be used: {reason}</source>
        <translation>Роҳи GPS {path}-ро истифода бурдан мумкин нест: {reason}</translation>
    </message>
    <message>
        <source>The GPS track {path} has no points with a time, so photos cannot be matched to it. Export the track again with times (a “track”, not a “route”).</source>
        <translation>Роҳи GPS {path} нуқтаҳои бо вақт надорад, бинобар ин аксҳоро ба он мувофиқ кардан мумкин нест. Роҳро бо вақтҳо аз нав содир кунед («track», на «route»).</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB</source>
        <translation>файл аз 200 МБ калонтар аст</translation>
    </message>
    <message>
        <source>it is not a GPX file or it is damaged</source>
        <translation>ин файли GPX нест ё вайрон шудааст</translation>
    </message>
    <message>
        <source>The HEIC photo {path} could not be converted to JPEG: {reason}. Export it as JPEG on the phone (or in the computer&apos;s photo program) and import that.</source>
        <translation>Акси HEIC {path}-ро ба JPEG табдил додан нашуд: {reason}. Онро дар телефон (ё дар барномаи акси компютер) ҳамчун JPEG содир кунед ва ҳаминро ворид кунед.</translation>
    </message>
    <message>
        <source>photowalk does not write converted photos into {folder}, where the originals are (a camera card or a phone). Choose another folder for them.</source>
        <translation>photowalk аксҳои табдилдодашударо ба {folder}, ки аслҳо дар он ҷоянд (корти камера ё телефон), наменависад. Барои онҳо ҷузвдони дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>{folder} holds too many photos of that name</source>
        <translation>дар {folder} аксҳои ҳамин ном хеле зиёданд</translation>
    </message>
    <message>
        <source>the HEIF decoder (pillow-heif) is not installed</source>
        <translation>рамзкушои HEIF (pillow-heif) насб нашудааст</translation>
    </message>
    <message>
        <source>its {width} x {height} pixels need more memory than photowalk gives one picture</source>
        <translation>{width} x {height} пиксели он аз хотирае, ки photowalk ба як тасвир медиҳад, бештар талаб мекунад</translation>
    </message>
    <message>
        <source>the decoder reported: {error}</source>
        <translation>рамзкушо хабар дод: {error}</translation>
    </message>
    <message>
        <source>This area needs {count} map tiles; photowalk fetches at most {limit} at once, as the tile server&apos;s usage policy asks. Choose a smaller area (the streets of the event) or fewer zoom levels.</source>
        <translation>Барои ин минтақа {count} қисми харита лозим аст; photowalk якбора на бештар аз {limit} қисм мегирад, чунон ки қоидаҳои хидматрасони қисмҳо талаб мекунанд. Минтақаи хурдтар (кӯчаҳои чорабинӣ) ё сатҳҳои камтари калонкуниро интихоб кунед.</translation>
    </message>
    <message>
        <source>“{text}” is not an area photowalk can fetch map tiles for: give SOUTH,WEST,NORTH,EAST in degrees (e.g. 38.55,68.76,38.59,68.80), at most {span}° on a side, zoom levels {low} to {high}.</source>
        <translation>«{text}» минтақае нест, ки photowalk барои он қисмҳои харита гирифта тавонад: ҶАНУБ,ҒАРБ,ШИМОЛ,ШАРҚ-ро бо дараҷа диҳед (масалан 38.55,68.76,38.59,68.80), ҳар тараф на бештар аз {span}°, сатҳҳои калонкунӣ аз {low} то {high}.</translation>
    </message>
    <message>
        <source>The map tile {tile} could not be fetched from {server}: {reason}. Check the connection or the tile server in Settings; the tiles fetched before still show.</source>
        <translation>Қисми харита {tile}-ро аз {server} гирифтан нашуд: {reason}. Пайвастро ё хидматрасони қисмҳоро дар Танзимот санҷед; қисмҳои пештар гирифташуда ҳамоно нишон дода мешаванд.</translation>
    </message>
    <message>
        <source>the server answered HTTP {status}</source>
        <translation>хидматрасон HTTP {status} ҷавоб дод</translation>
    </message>
    <message>
        <source>the answer is not a picture</source>
        <translation>ҷавоб тасвир нест</translation>
    </message>
    <message>
        <source>“{item}” is not a Wikidata item: write its id, such as Q1 (Q and a number).</source>
        <translation>«{item}» унсури Wikidata нест: шиносаи онро нависед, масалан Q1 (Q ва рақам).</translation>
    </message>
    <message>
        <source>The {lang} caption has {count} characters; Commons takes at most {limit}. Shorten it.</source>
        <translation>Тавзеҳи кӯтоҳи {lang} {count} аломат дорад; Commons на бештар аз {limit} қабул мекунад. Онро кӯтоҳ кунед.</translation>
    </message>
    <message>
        <source>“{title}” is not the name of a file on a wiki, so no link to it can be written.</source>
        <translation>«{title}» номи файл дар вики нест, бинобар ин пайванд ба он навишта намешавад.</translation>
    </message>
    <message>
        <source>The project has no photo “{photo}”: give its number (photowalk list), its file&apos;s name on the wiki or its original file name.</source>
        <translation>Дар лоиҳа акси «{photo}» нест: рақами он (photowalk list), номи файли он дар вики ё номи аслии файлро диҳед.</translation>
    </message>
    <message>
        <source>{wiki} is not reachable ({reason}), so no articles can be suggested now. The wikitext can be used all the same; try again when you are online.</source>
        <translation>{wiki} дастрас нест ({reason}), бинобар ин ҳоло мақола пешниҳод карда намешавад. Викиматнро ба ҳар ҳол истифода бурдан мумкин аст; вақте ки ба интернет пайваст мешавед, боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>{wiki} is too busy to answer now ({reason}), so no articles can be suggested. The wikitext can be used all the same; try again in a few minutes.</source>
        <translation>{wiki} ҳоло хеле банд аст ва ҷавоб дода наметавонад ({reason}), бинобар ин мақола пешниҳод карда намешавад. Викиматнро ба ҳар ҳол истифода бурдан мумкин аст; пас аз чанд дақиқа боз кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Photo {id} is not on the wiki yet: upload it first, then it can be used in articles.</source>
        <translation>Акси {id} ҳанӯз дар вики нест: аввал онро бор кунед, баъд онро дар мақолаҳо истифода бурдан мумкин аст.</translation>
    </message>
    <message>
        <source>Select one photo that is on the wiki to use it in articles.</source>
        <translation>Барои истифода дар мақолаҳо як акси дар вики бударо интихоб кунед.</translation>
    </message>
    <message>
        <source>The photo has no location (or it is left off the page), so no nearby articles are looked for.</source>
        <translation>Акс ҷой надорад (ё ҷой аз саҳифа бардошта шудааст), бинобар ин мақолаҳои наздик ҷуста намешаванд.</translation>
    </message>
    <message>
        <source>The photo depicts no items, so no articles about them are looked for.</source>
        <translation>Дар акс ягон унсури тасвиршуда қайд нашудааст, бинобар ин мақолаҳо дар бораи онҳо ҷуста намешаванд.</translation>
    </message>
    <message>
        <source>{wiki} cannot answer {what} (the extension is not installed there).</source>
        <translation>{wiki} ба {what} ҷавоб дода наметавонад (васеъшавӣ дар он ҷо насб нашудааст).</translation>
    </message>
    <message>
        <source>{wiki} cannot be asked now ({reason}), so articles about the depicted items are not looked for.</source>
        <translation>Ҳоло аз {wiki} пурсидан мумкин нест ({reason}), бинобар ин мақолаҳо дар бораи унсурҳои тасвиршуда ҷуста намешаванд.</translation>
    </message>
    <message>
        <source>not a photowalk project</source>
        <translation>лоиҳаи photowalk нест</translation>
    </message>
    <message>
        <source>the answer does not mention the file {title}</source>
        <translation>дар ҷавоб файли {title} зикр нашудааст</translation>
    </message>
    <message>
        <source>“{reason}” is not a reason photowalk knows; use one of {known}.</source>
        <translation>«{reason}» сабабе нест, ки photowalk медонад; яке аз {known}-ро истифода баред.</translation>
    </message>
    <message>
        <source>“{year}” is not a year; write it with four digits, e.g. 1948.</source>
        <translation>«{year}» сол нест; онро бо чор рақам нависед, масалан 1948.</translation>
    </message>
    <message>
        <source>“{tag}” is not a hashtag the event tools count: write # and then letters, digits or _ (at most {max}, not only digits), like #WLTJ2025</source>
        <translation>«{tag}» хэштеге нест, ки абзорҳои чорабинӣ ҳисоб мекунанд: # ва баъд ҳарфҳо, рақамҳо ё _ нависед (на бештар аз {max}, на танҳо рақамҳо), монанди #WLTJ2025</translation>
    </message>
    <message>
        <source>“{value}” is not a bandwidth: write a number of Mbit/s, or e.g. “512 KiB/s”; 0 for no cap.</source>
        <translation>«{value}» суръат нест: шумораи Мбит/с ё масалан «512 KiB/s» нависед; 0 — бе маҳдудият.</translation>
    </message>
    <message>
        <source>This account may upload at most {hits} files per {duration}; this batch of {count} will take about {time}.</source>
        <translation>Ин ҳисоб метавонад дар {duration} на бештар аз {hits} файл бор кунад; ин гурӯҳи {count} файл тақрибан {time} вақт мегирад.</translation>
    </message>
    <message>
        <source>This account is new: at most {hits} uploads per {duration}; this batch of {count} will take about {time}.</source>
        <translation>Ин ҳисоб нав аст: дар {duration} на бештар аз {hits} боргузорӣ; ин гурӯҳи {count} файл тақрибан {time} вақт мегирад.</translation>
    </message>
    <message>
        <source>This account may upload at most {hits} files per {duration}; this batch has {count}.</source>
        <translation>Ин ҳисоб метавонад дар {duration} на бештар аз {hits} файл бор кунад; дар ин гурӯҳ {count} файл аст.</translation>
    </message>
    <message>
        <source>This account is new: at most {hits} uploads per {duration}; this batch has {count}.</source>
        <translation>Ин ҳисоб нав аст: дар {duration} на бештар аз {hits} боргузорӣ; дар ин гурӯҳ {count} файл аст.</translation>
    </message>
    <message>
        <source>Files in this batch: {count} ({mb} MB); about {time} at the speed measured before ({rate} Mbit/s).</source>
        <translation>Файлҳои ин гурӯҳ: {count} ({mb} МБ); бо суръати пештар ченкардашуда ({rate} Мбит/с) тақрибан {time}.</translation>
    </message>
    <message>
        <source>The account may make at most {hits} {what} per {duration}: photowalk spaces them out.</source>
        <translation>Ҳисоб метавонад дар {duration} на бештар аз {hits} {what} кунад: photowalk онҳоро бо фосила мефиристад.</translation>
    </message>
    <message>
        <source>uploads</source>
        <translation>боргузорӣ</translation>
    </message>
    <message>
        <source>edits</source>
        <translation>таҳрир</translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <source>This file was deleted from the wiki. Ask an experienced volunteer why before you upload it again.</source>
        <translation>Ин файл аз вики нест карда шуд. Пеш аз боз бор кардан аз ихтиёриёни ботаҷриба сабабашро пурсед.</translation>
    </message>
    <message>
        <source>This file was deleted from the wiki on {when}. The reason given: {reason}. Upload it again only if that reason no longer holds; ask an experienced volunteer first.</source>
        <translation>Ин файл {when} аз вики нест карда шуд. Сабаби зикршуда: {reason}. Онро танҳо дар он сурат боз бор кунед, ки ин сабаб дигар дуруст набошад; аввал аз ихтиёриёни ботаҷриба пурсед.</translation>
    </message>
    <message>
        <source>This file is marked for quick deletion, without a discussion ({template}). If that is wrong, say why on the file&apos;s talk page today. Do not remove the mark yourself.</source>
        <translation>Ин файл барои нест кардани фаврӣ, бе муҳокима, қайд шудааст ({template}). Агар ин нодуруст бошад, имрӯз дар саҳифаи муҳокимаи файл сабабашро нависед. Нишонаро худатон хориҷ накунед.</translation>
    </message>
    <message>
        <source>Someone thinks this file breaks copyright (copied from elsewhere). If you took the photo yourself, say so on the file&apos;s talk page today; otherwise it will be deleted.</source>
        <translation>Касе гумон мекунад, ки ин файл ҳуқуқи муаллифро вайрон мекунад (аз ҷои дигар гирифта шудааст). Агар аксро худатон гирифта бошед, имрӯз дар саҳифаи муҳокимаи файл инро нависед; вагарна он нест карда мешавад.</translation>
    </message>
    <message>
        <source>The file needs a proof of permission. If you took the photo yourself, say so on the file&apos;s talk page; if someone else did, ask them to send the permission within 7 days.</source>
        <translation>Барои файл далели иҷозат лозим аст. Агар аксро худатон гирифта бошед, инро дар саҳифаи муҳокимаи файл нависед; агар каси дигар гирифта бошад, аз ӯ хоҳиш кунед, ки дар давоми 7 рӯз иҷозатро фиристад.</translation>
    </message>
    <message>
        <source>Someone asked for this file to be deleted ({page}). Read the discussion and answer there within 7 days: say that you took the photo and why it is useful. Do not remove the mark yourself.</source>
        <translation>Касе нест кардани ин файлро дархост кардааст ({page}). Муҳокимаро хонед ва дар давоми 7 рӯз дар он ҷо ҷавоб диҳед: нависед, ки аксро худатон гирифтаед ва чаро он муфид аст. Нишонаро худатон хориҷ накунед.</translation>
    </message>
    <message>
        <source>Someone asked for this file to be deleted. Open the file page, follow the link to the discussion and answer there within 7 days: say that you took the photo and why it is useful. Do not remove the mark yourself.</source>
        <translation>Касе нест кардани ин файлро дархост кардааст. Саҳифаи файлро кушоед, аз пайванд ба муҳокима гузаред ва дар давоми 7 рӯз дар он ҷо ҷавоб диҳед: нависед, ки аксро худатон гирифтаед ва чаро он муфид аст. Нишонаро худатон хориҷ накунед.</translation>
    </message>
    <message>
        <source>A deletion discussion links to this file ({page}). Read it; if it is still open, answer there.</source>
        <translation>Муҳокимаи нест кардан ба ин файл пайванд дорад ({page}). Онро хонед; агар он ҳанӯз кушода бошад, дар он ҷо ҷавоб диҳед.</translation>
    </message>
    <message>
        <source>The file is marked about freedom of panorama ({template}): in some countries photos of recent buildings and artworks are not free. If such a work is the main subject, the file may be deleted; read the country&apos;s rule.</source>
        <translation>Файл бо нишонаи озодии панорама қайд шудааст ({template}): дар баъзе кишварҳо аксҳои биноҳо ва асарҳои санъати нав озод нестанд. Агар чунин асар мавзӯи асосии акс бошад, файл метавонад нест карда шавад; қоидаи кишварро хонед.</translation>
    </message>
    <message>
        <source>The file&apos;s categories should be checked. Add precise categories on the file page, then remove the &quot;Check categories&quot; mark.</source>
        <translation>Гурӯҳҳои файлро санҷидан лозим аст. Дар саҳифаи файл гурӯҳҳои дақиқ илова кунед, баъд нишонаи «Check categories»-ро хориҷ кунед.</translation>
    </message>
    <message>
        <source>Used on {count} pages, {articles} of them articles. Nothing to do.</source>
        <translation>Дар {count} саҳифа истифода мешавад, аз онҳо {articles} мақола. Ягон кор лозим нест.</translation>
    </message>
    <message>
        <source>No problem found; the file is not used on any page yet.</source>
        <translation>Ягон мушкил ёфт нашуд; файл ҳанӯз дар ягон саҳифа истифода намешавад.</translation>
    </message>
</context>
<context>
    <name>geotag</name>
    <message>
        <source>no time of day is known for this photo</source>
        <translation>вақти рӯзи ин акс маълум нест</translation>
    </message>
    <message>
        <source>the camera recorded its own position, which is kept</source>
        <translation>камера ҷойи худро сабт кардааст, ки нигоҳ дошта мешавад</translation>
    </message>
    <message>
        <source>its location was set by hand, which is kept</source>
        <translation>ҷойи он дастӣ гузошта шудааст, ки нигоҳ дошта мешавад</translation>
    </message>
    <message>
        <source>its location is left off the page</source>
        <translation>ҷойи он ба саҳифа навишта намешавад</translation>
    </message>
    <message>
        <source>it was taken {seconds} s before the track starts</source>
        <translation>он {seconds} сония пеш аз оғози роҳ гирифта шудааст</translation>
    </message>
    <message>
        <source>it was taken {seconds} s after the track ends</source>
        <translation>он {seconds} сония пас аз анҷоми роҳ гирифта шудааст</translation>
    </message>
    <message>
        <source>the track has a gap of {seconds} s when it was taken (at most {limit} s)</source>
        <translation>дар вақти гирифтани он роҳ {seconds} сония холигӣ дорад (на бештар аз {limit} сония)</translation>
    </message>
    <message>
        <source>no photo with a position was taken within {limit} s of it</source>
        <translation>дар давоми {limit} сония аз он ягон акси ҷойдор гирифта нашудааст</translation>
    </message>
    <message>
        <source>no track or photo with a position to place it from</source>
        <translation>роҳ ё акси ҷойдор нест, ки ҷойи онро аз он муайян кунем</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>HEIC photos are not accepted by Commons. Save or export it as JPEG, then import that.</source>
        <translation>Commons аксҳои HEIC-ро қабул намекунад. Онро ҳамчун JPEG нигоҳ доред ё содир кунед, баъд ҳамонро ворид кунед.</translation>
    </message>
    <message>
        <source>Camera RAW files are not accepted by Commons. Export the photo as JPEG, then import that.</source>
        <translation>Commons файлҳои RAW-и камераро қабул намекунад. Аксро ҳамчун JPEG содир кунед, баъд ҳамонро ворид кунед.</translation>
    </message>
    <message>
        <source>Videos are not accepted by Commons in this format; photowalk uploads photos.</source>
        <translation>Commons видеоро дар ин шакл қабул намекунад; photowalk аксҳоро боргузорӣ мекунад.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): it is not a picture.</source>
        <translation>Файл холӣ аст (0 байт): ин тасвир нест.</translation>
    </message>
    <message>
        <source>This is a text file, not a picture, although its name ends in .{ext}.</source>
        <translation>Ин файли матнӣ аст, на тасвир, гарчанде номаш бо .{ext} тамом мешавад.</translation>
    </message>
    <message>
        <source>This is not a picture photowalk recognises, although its name ends in .{ext}.</source>
        <translation>Ин тасвире нест, ки photowalk мешиносад, гарчанде номаш бо .{ext} тамом мешавад.</translation>
    </message>
</context>
<context>
    <name>licences</name>
    <message>
        <source>Anyone may use and change the photo if they name you and share their changes under the same licence.</source>
        <translation>Ҳар кас метавонад аксро истифода барад ва тағйир диҳад, агар номи шуморо зикр кунад ва тағйироти худро бо ҳамин иҷозатнома мубодила кунад.</translation>
    </message>
    <message>
        <source>Anyone may use and change the photo, for any purpose, if they name you.</source>
        <translation>Ҳар кас метавонад аксро бо ҳар мақсад истифода барад ва тағйир диҳад, агар номи шуморо зикр кунад.</translation>
    </message>
    <message>
        <source>You give up all rights: anyone may use the photo for anything, without naming you.</source>
        <translation>Шумо аз ҳамаи ҳуқуқҳо даст мекашед: ҳар кас метавонад аксро барои ҳар чиз бе зикри номи шумо истифода барад.</translation>
    </message>
</context>
<context>
    <name>origins</name>
    <message>
        <source>A friend&apos;s photo that is not published under this licence needs the friend&apos;s own permission, sent by e-mail to Commons&apos; volunteer team (permissions-commons@wikimedia.org), or the friend uploads it.</source>
        <translation>Барои акси дӯст, ки бо ин иҷозатнома нашр нашудааст, иҷозати худи дӯст лозим аст, ки бо почтаи электронӣ ба гурӯҳи ихтиёриёни Commons (permissions-commons@wikimedia.org) фиристода мешавад, ё дӯст онро худаш бор мекунад.</translation>
    </message>
    <message>
        <source>The author published it under CC BY-SA 4.0</source>
        <translation>Муаллиф онро бо CC BY-SA 4.0 нашр кардааст</translation>
    </message>
    <message>
        <source>The author put the photo under CC BY-SA 4.0 where it was published; the source must show it.</source>
        <translation>Муаллиф аксро дар ҷое, ки нашр шудааст, бо CC BY-SA 4.0 гузоштааст; манбаъ бояд инро нишон диҳад.</translation>
    </message>
    <message>
        <source>The author published it under CC BY 4.0</source>
        <translation>Муаллиф онро бо CC BY 4.0 нашр кардааст</translation>
    </message>
    <message>
        <source>The author put the photo under CC BY 4.0 where it was published; the source must show it.</source>
        <translation>Муаллиф аксро дар ҷое, ки нашр шудааст, бо CC BY 4.0 гузоштааст; манбаъ бояд инро нишон диҳад.</translation>
    </message>
    <message>
        <source>The author gave up all rights (CC0)</source>
        <translation>Муаллиф аз ҳамаи ҳуқуқҳо даст кашидааст (CC0)</translation>
    </message>
    <message>
        <source>The author published the photo under CC0, giving up all rights; the source must show it.</source>
        <translation>Муаллиф аксро бо CC0 нашр карда, аз ҳамаи ҳуқуқҳо даст кашидааст; манбаъ бояд инро нишон диҳад.</translation>
    </message>
    <message>
        <source>Old: the author died more than 70 years ago</source>
        <translation>Кӯҳна: муаллиф зиёда аз 70 сол пеш вафот кардааст</translation>
    </message>
    <message>
        <source>Public domain: the photographer died more than 70 years ago and the photo was published more than 95 years ago. Type the year the author died and the year the photo was first published.</source>
        <translation>Моли умум: аксбардор зиёда аз 70 сол пеш вафот кардааст ва акс зиёда аз 95 сол пеш нашр шудааст. Соли вафоти муаллиф ва соли нашри аввали аксро нависед.</translation>
    </message>
    <message>
        <source>Very old: made more than 120 years ago, author unknown</source>
        <translation>Хеле кӯҳна: зиёда аз 120 сол пеш гирифта шудааст, муаллиф номаълум</translation>
    </message>
    <message>
        <source>Public domain: the photo was made more than 120 years ago and nobody knows who made it or when they died. Type the year it was made; as author type what is known (e.g. “unknown”).</source>
        <translation>Моли умум: акс зиёда аз 120 сол пеш гирифта шудааст ва ҳеҷ кас намедонад, ки онро кӣ гирифтааст ё кай вафот кардааст. Соли гирифтанро нависед; ҳамчун муаллиф он чиро, ки маълум аст, нависед (масалан «номаълум»).</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Participant</source>
        <translation>Иштирокчӣ</translation>
    </message>
    <message>
        <source>Photos uploaded</source>
        <translation>Аксҳои боргузоришуда</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Байтҳо</translation>
    </message>
    <message>
        <source>With captions</source>
        <translation>Бо тавзеҳи кӯтоҳ</translation>
    </message>
    <message>
        <source>With depicts</source>
        <translation>Бо унсурҳои тасвиршуда</translation>
    </message>
    <message>
        <source>Deleted since</source>
        <translation>Аз он вақт нест шуда</translation>
    </message>
    <message>
        <source>Used in articles</source>
        <translation>Дар мақолаҳо истифода мешавад</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>a link to a folder already looked in</source>
        <translation>истинод ба ҷузвдоне, ки аллакай дида шудааст</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>файли системавӣ</translation>
    </message>
    <message>
        <source>a photowalk project</source>
        <translation>лоиҳаи photowalk</translation>
    </message>
    <message>
        <source>sidecar file</source>
        <translation>файли ҳамроҳ</translation>
    </message>
    <message>
        <source>not a file (a device, pipe or socket)</source>
        <translation>файл нест (дастгоҳ, канал ё сокет)</translation>
    </message>
    <message>
        <source>not a photo</source>
        <translation>акс нест</translation>
    </message>
</context>
</TS>
