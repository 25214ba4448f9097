<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CategoryChip</name>
    <message>
        <source>Add to all selected photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the selected photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Problems (%1, selected photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos are selected: select photos in the grid, or choose All photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: ready for Commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block the upload</source>
        <translation>
            <numerusform>%n error blocks the upload</numerusform>
            <numerusform>%n errors block the upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the problems of every photo in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only the problems of the photos selected in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous problem and its photo (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next problem and its photo (F8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Fix camera clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a camera&apos;s clock was wrong, correct all its photos at once: type how far it was off, or choose a photo of a clock or phone screen taken with it and type the time the clock shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of the chosen camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to its times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +1 h 03 min, -0:05:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the selected photo of a clock, which shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14:32 or 14:32:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no camera name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a photo of a clock or phone screen in the grid before opening this window to use it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the camera says {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was taken with another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the clock of {camera} by {shift}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the clock correction of {camera}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>set titles, descriptions, categories, licence ... of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every photo of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title (file name on Commons) of one photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles from a pattern: {description} {place} {event} {date} {year} {n} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description in a language; an empty TEXT removes that language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption (structured data, at most {limit} characters) in a language; an empty TEXT removes that language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an item the photos depict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a depicted item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cc-by-sa-4.0, cc-by-4.0 or cc-zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Commons user name credited as author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photos are your own work again (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photos are someone else&apos;s work: who took them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where someone else&apos;s photos come from: a web address, or e.g. &quot;family album, printed 1965&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why Commons may have someone else&apos;s photos: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year the author died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year the photo was made or first published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the photos were taken: YYYY-MM-DD (or YYYY-MM, YYYY), optionally with HH:MM; an empty DATE goes back to the camera&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAT,LON[,HEADING]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the photos were taken, in decimal degrees (e.g. 38.5598,68.7870)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the location given with --location: the camera&apos;s GPS (if any) again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the location off the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the location on the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in an event preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check photos against Commons&apos; rules before upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array, one object per photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the description page a photo will get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the structured data (captions, depicts, point of view) as the JSON sent to the wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} needs LANG=TEXT (e.g. &quot;tg=Боғи Рӯдакӣ&quot;), not “{item}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--own-work cannot go with --original-author, --source, --reason, --death-year or --year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title gives one photo its title; for several photos use --title-pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description {language} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption {language} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depicts added: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depicts removed: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories added: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories removed: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else&apos;s work: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title: description or date missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) from the pattern</source>
        <translation>
            <numerusform>%n title(s) from the pattern</numerusform>
            <numerusform>%n title(s) from the pattern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the caption prefix before %n caption(s)</source>
        <translation>
            <numerusform>the caption prefix before %n caption(s)</numerusform>
            <numerusform>the caption prefix before %n caption(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>uploads now go to {wiki}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset: {licences} licence(s), {categories} photo(s) got categories, {templates} template(s), {prefixes} prefix(es), {titles} title(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {what}.</source>
        <translation>
            <numerusform>%n photo(s): {what}.</numerusform>
            <numerusform>%n photo(s): {what}.</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): {ready} ready, {failing} with errors, {warnings} warning(s).</source>
        <translation>
            <numerusform>%n photo(s): {ready} ready, {failing} with errors, {warnings} warning(s).</numerusform>
            <numerusform>%n photo(s): {ready} ready, {failing} with errors, {warnings} warning(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>From a camera folder to finished files on Wikimedia Commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language photowalk speaks (default: the system&apos;s, from LANGUAGE or LANG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no log file ({reason}); going on without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error stopped the command ({name}); the details are in the log: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import photos from camera folders into a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders or files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project file (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads for hashing and thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import HEIC/HEIF photos as JPEG copies with all their metadata, written in FOLDER (default: a JPEG folder beside the project; never where the originals are); the project remembers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import HEIC/HEIF photos as they are again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the photos of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark photos not for upload (or for upload again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo numbers not to upload, e.g. 3,4,9 (checks and upload pass them by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo numbers to upload again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find photos whose files moved (e.g. the card is mounted elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a complete copy of a project to a new file (safe while it is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new photo(s).</source>
        <translation>
            <numerusform>Imported %n new photo(s).</numerusform>
            <numerusform>Imported %n new photo(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the project.</source>
        <translation>
            <numerusform>%n file(s) were already in the project.</numerusform>
            <numerusform>%n file(s) were already in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) found again at a new place.</source>
        <translation>
            <numerusform>%n photo(s) found again at a new place.</numerusform>
            <numerusform>%n photo(s) found again at a new place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) were edited after they were imported; each now uses the new file, with its title and descriptions kept:</source>
        <translation>
            <numerusform>%n photo(s) were edited after they were imported; each now uses the new file, with its title and descriptions kept:</numerusform>
            <numerusform>%n photo(s) were edited after they were imported; each now uses the new file, with its title and descriptions kept:</numerusform>
        </translation>
    </message>
    <message>
        <source>same photo already in the project: {path} (as {existing})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be uploaded to Commons:</source>
        <translation>
            <numerusform>%n file(s) cannot be uploaded to Commons:</numerusform>
            <numerusform>%n file(s) cannot be uploaded to Commons:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n file(s) could not be read:</numerusform>
            <numerusform>%n file(s) could not be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped (sidecars, system files, not photos).</source>
        <translation>
            <numerusform>%n other file(s) skipped (sidecars, system files, not photos).</numerusform>
            <numerusform>%n other file(s) skipped (sidecars, system files, not photos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end; run the same command again to import the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} bytes before, {now} bytes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} bytes before, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the wiki keeps the version uploaded before (photowalk never replaces a file there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; an unfinished upload will start again with the new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT-FOR-UPLOAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning(s)</numerusform>
            <numerusform>%n warning(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo(s)</numerusform>
            <numerusform>%n photo(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>photo numbers separated by commas, e.g. 3,4,9; not “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {ids} cannot be both skipped and kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name photos with --skip IDS or --keep IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload.</source>
        <translation>
            <numerusform>%n photo(s) marked not for upload.</numerusform>
            <numerusform>%n photo(s) marked not for upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked for upload again.</source>
        <translation>
            <numerusform>%n photo(s) marked for upload again.</numerusform>
            <numerusform>%n photo(s) marked for upload again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of the project are not for upload.</source>
        <translation>
            <numerusform>%n photo(s) of the project are not for upload.</numerusform>
            <numerusform>%n photo(s) of the project are not for upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n photo(s) in {folder}; {missing} still missing.</source>
        <translation>
            <numerusform>Found %n photo(s) in {folder}; {missing} still missing.</numerusform>
            <numerusform>Found %n photo(s) in {folder}; {missing} still missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied {project} to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this terminal&apos;s encoding ({encoding}) cannot show some letters; they appear as ?. Set PYTHONIOENCODING=utf-8 (or run chcp 65001 in cmd.exe) to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the files in progress (Ctrl+C again to stop at once)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y/yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking for photos... %n files</source>
        <translation>
            <numerusform>Looking for photos... %n files</numerusform>
            <numerusform>Looking for photos... %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA {seconds}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done}/%n files</source>
        <translation>
            <numerusform>{done}/%n files</numerusform>
            <numerusform>{done}/%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting until {time}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki ended the session; logged in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument(s)</numerusform>
            <numerusform>expected %n argument(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>fetch the map tiles of a small area (the event&apos;s streets) for the map to show offline; at most {tiles} tiles, {span} degrees on a side, zoom up to {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOUTH,WEST,NORTH,EAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area in degrees, e.g. 38.55,68.76,38.59,68.80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area of the project&apos;s photos that have a place (and 200 m round it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW-HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom levels (default 12-17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tile server&apos;s URL with {z}, {x}, {y} (default: the map&apos;s, OpenStreetMap&apos;s unless PHOTOWALK_TILE_URL names another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only say how many tiles the area needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then keep the tile cache (all servers) within this many MB, removing the tiles used longest ago (default {mb})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cache-limit is a number of MB, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photo of the project has a place yet; give the area with --bbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s) at zoom {low}-{high} from {server}.</source>
        <translation>
            <numerusform>%n tile(s) at zoom {low}-{high} from {server}.</numerusform>
            <numerusform>%n tile(s) at zoom {low}-{high} from {server}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n tile(s) at zoom {low}-{high} from {server} into {folder} (map data {attribution}).</source>
        <translation>
            <numerusform>Fetching %n tile(s) at zoom {low}-{high} from {server} into {folder} (map data {attribution}).</numerusform>
            <numerusform>Fetching %n tile(s) at zoom {low}-{high} from {server} into {folder} (map data {attribution}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{fetched} fetched, {cached} already in the cache, {failed} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s) used longest ago removed ({freed} MB) to keep the cache within {limit} MB.</source>
        <translation>
            <numerusform>%n tile(s) used longest ago removed ({freed} MB) to keep the cache within {limit} MB.</numerusform>
            <numerusform>%n tile(s) used longest ago removed ({freed} MB) to keep the cache within {limit} MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>log in with your Wikimedia account in the browser (--oauth), or check a bot password; either is kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki&apos;s API URL, or commons (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bot password&apos;s user name, Name@AppName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in with your Wikimedia account in the browser (OAuth 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth 2 client registered for this wiki (kept for the next logins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the OAuth 2 client&apos;s secret from standard input (lets the wiki renew a login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port of the client&apos;s registered callback address http://127.0.0.1:PORT/callback (default {port})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to wait for the browser (default %(default)g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only print the address to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the password kept for a wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account (default: the one last logged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload every photo that passes the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki&apos;s API URL, or commons (default: the project&apos;s wiki, from its event preset, else commons); another wiki than the project&apos;s becomes the project&apos;s wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the bot password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload with your Wikimedia account (the kept browser login, or a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the browser login is needed, only print the address to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print what would be sent, send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send at most this fast, all uploads together: Mbit/s, or e.g. &quot;512 KiB/s&quot;; 0 for no cap (default: the project&apos;s, set by its event preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload state of each photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer photos that need your decision (after a wiki&apos;s warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the photo out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish despite the wiki&apos;s warning; never possible over a taken title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the photo again, e.g. after photowalk edit --title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the photo another title (e.g. the suggested free one) and send it under that title with the next upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uploaded files as a &lt;gallery&gt; for a wiki page, or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event report over these projects: per participant, photos, bytes, captions, depicts, deleted, used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title,url lines instead of a &lt;gallery&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --event: a wikitable for a report on Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --event: the files as a &lt;gallery&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --event: ask the wiki first what became of each file (deleted, used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gallery&apos;s caption (default: the gallery title of the project&apos;s event preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free title: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on the wiki as File:{title}: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot password for {user} on {wiki} (not remembered): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot password for {user} on {wiki}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it in the system keyring? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser, log in to the wiki and press Allow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser at {address} (up to {minutes} min; Ctrl+C stops)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki&apos;s page is open in your browser: log in there and press Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}, but the login was not kept: photowalk upload opens the browser again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user} with your Wikimedia account; the login is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in through the browser again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --user Name@AppName for a bot password, or --oauth to log in with your Wikimedia account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}, but the password was not kept: give it to photowalk upload each time (it asks, or use --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to {wiki} as {user}; the password is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is remembered for {wiki}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the password of {user} on {wiki}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was kept for {user} on {wiki}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: File:{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would not be sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {path} ({size} bytes, SHA-1 {sha1}, without {removed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {path} ({size} bytes, SHA-1 {sha1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) would be sent; nothing was sent.</source>
        <translation>
            <numerusform>%n photo(s) would be sent; nothing was sent.</numerusform>
            <numerusform>%n photo(s) would be sent; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n category(ies) have no page on {wiki}; the wiki could not be reached, these are its answers of {checked}. Photos in them would be in red categories:</source>
        <translation>
            <numerusform>Warning: %n category(ies) have no page on {wiki}; the wiki could not be reached, these are its answers of {checked}. Photos in them would be in red categories:</numerusform>
            <numerusform>Warning: %n category(ies) have no page on {wiki}; the wiki could not be reached, these are its answers of {checked}. Photos in them would be in red categories:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n category(ies) have no page on {wiki}. Photos in them would be in red categories:</source>
        <translation>
            <numerusform>Warning: %n category(ies) have no page on {wiki}. Photos in them would be in red categories:</numerusform>
            <numerusform>Warning: %n category(ies) have no page on {wiki}. Photos in them would be in red categories:</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” (photo {photos}); did you mean “{similar}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” (photo {photos})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload are left out (photowalk cull --keep IDS to upload them).</source>
        <translation>
            <numerusform>%n photo(s) marked not for upload are left out (photowalk cull --keep IDS to upload them).</numerusform>
            <numerusform>%n photo(s) marked not for upload are left out (photowalk cull --keep IDS to upload them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are not ready (fix them, then upload again):</source>
        <translation>
            <numerusform>%n photo(s) are not ready (fix them, then upload again):</numerusform>
            <numerusform>%n photo(s) are not ready (fix them, then upload again):</numerusform>
        </translation>
    </message>
    <message>
        <source>photo {id} ({file}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded {uploaded}, already on the wiki {there}, need your decision {attention}, failed {failed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id} ({title}): already there as File:{there}: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: the newer description was sent to File:{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: the newer description was not sent to File:{title}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: the newer description was not sent to File:{title} yet; run the same command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: captions and depicts written to File:{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: {reason} ({command})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id} ({title}): {reason} [suggested: {action}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free title: {title} ({command})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id} ({title}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) are half-way; run the same command again to finish them.</source>
        <translation>
            <numerusform>%n photo(s) are half-way; run the same command again to finish them.</numerusform>
            <numerusform>%n photo(s) are half-way; run the same command again to finish them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: this project&apos;s wiki is {project}; an upload with --wiki {wiki} makes {wiki} the project&apos;s wiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project uploads to {wiki} from now on (it was {project}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier uploads of this project were sent by {others}; this upload is sent by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at your request; run the same command again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free title suggested: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the title the wiki warned about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rename gives one photo a title: name one photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: {action} does not apply to a photo that is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: the title {title} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: renamed to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: done; its page on the wiki is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run photowalk upload again to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there as File:{title}  {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{size} bytes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs-attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct a camera&apos;s clock (all its photos at once); without a correction, list the cameras and their corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera, as `list` of this command names it (e.g. &quot;NIKON D5300&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[+-]HH:MM[:SS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add this to the camera&apos;s times (e.g. +01:03, -0:05:30, +1h03m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo of a clock or phone screen by this camera (give --shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the camera&apos;s correction: its own times again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM[:SS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time the clock in the reference photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s time zone, of camera times written without one (default {zone}); an empty ZONE goes back to the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place photos from a GPS track (GPX) or the phone photos taken beside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GPX track of the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place no photo in a gap of the track longer than this (default {seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos of the project with their own GPS place the others taken close in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how close in time, for --from-phone (default {seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also replace the camera&apos;s own GPS and positions set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the positions geotagging set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference-photo and --shows go together: the photo of a clock, and the time it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; name one as Asia/Dushanbe or Europe/Moscow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo {id} was taken with {camera}, not {named}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{camera}: {shift} (photo {id}: {before} -&gt; {after}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the camera with --camera (see `photowalk time --project P`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{camera}: the camera&apos;s own times again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{camera}: {shift}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without their own offset are {zone} time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without their own offset are {zone} time (the default; --time-zone names another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no camera name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{camera}: %n photo(s), times {shift}</source>
        <translation>
            <numerusform>{camera}: %n photo(s), times {shift}</numerusform>
            <numerusform>{camera}: %n photo(s), times {shift}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{camera}: %n photo(s), times as the camera wrote them</source>
        <translation>
            <numerusform>{camera}: %n photo(s), times as the camera wrote them</numerusform>
            <numerusform>{camera}: %n photo(s), times as the camera wrote them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) lost the position geotagging had given them.</source>
        <translation>
            <numerusform>%n photo(s) lost the position geotagging had given them.</numerusform>
            <numerusform>%n photo(s) lost the position geotagging had given them.</numerusform>
        </translation>
    </message>
    <message>
        <source>give a track with --gpx FILE, or --from-phone, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-gap and --phone-window are numbers of seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no position was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) placed ({gpx} from the track, {phone} from phone photos).</source>
        <translation>
            <numerusform>%n photo(s) placed ({gpx} from the track, {phone} from phone photos).</numerusform>
            <numerusform>%n photo(s) placed ({gpx} from the track, {phone} from phone photos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not placed:</source>
        <translation>
            <numerusform>%n photo(s) not placed:</numerusform>
            <numerusform>%n photo(s) not placed:</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason} (e.g. photo {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with: photowalk login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the wikitext to use an uploaded photo in an article, and articles that could use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHOTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo&apos;s number, its file&apos;s name on the wiki, or its original file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the article and its Wikipedia (default: tg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also list articles near the photo and about what it depicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API of the articles&apos; wiki; {lang} stands for the language (default: https://{lang}.wikipedia.org/w/api.php)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how far around the photo to look, 10 to 10000 (default: 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearby articles at most, 1 to 50 (default: 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an article ({lang}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an infobox&apos;s image field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a &lt;gallery&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no {lang} caption: the first sentence of the {lang} description is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no {lang} caption or description: write the caption after “thumb|”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles on {wiki} that could use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near the photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About what it depicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log every participant out and remove every saved password and login from the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also delete the thumbnails of everyone&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also forget the participants: their names, accounts and project lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved passwords removed: {passwords}. Login tokens removed: {tokens}. Participants logged out: {profiles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants forgotten: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails deleted: {mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what became of the uploaded files: deletion requests, problem tags, deleted files, where they are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the results of the last check, without asking the wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No uploaded file has been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) never checked on the wiki: their uploader, deletion and use are not known. Add --check to ask the wiki.</source>
        <translation>
            <numerusform>%n file(s) never checked on the wiki: their uploader, deletion and use are not known. Add --check to ask the wiki.</numerusform>
            <numerusform>%n file(s) never checked on the wiki: their uploader, deletion and use are not known. Add --check to ask the wiki.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescriptionRow</name>
    <message>
        <source>Tajik letters? %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select photos in the grid to describe them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photos selected: what you write here goes to all of them.</source>
        <translation>
            <numerusform>%n photo selected: what you write here goes to it.</numerusform>
            <numerusform>%n photos selected: what you write here goes to all of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>On Commons already: a new description is sent with the next upload as an edit of its page; a new title is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On Commons already: %n of the selected photos. A new description is sent with the next upload as an edit of their pages; a new title is not applied.</source>
        <translation>
            <numerusform>On Commons already: %n of the selected photos. A new description is sent with the next upload as an edit of its page; a new title is not applied.</numerusform>
            <numerusform>On Commons already: %n of the selected photos. A new description is sent with the next upload as an edit of their pages; a new title is not applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file can never go to Commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files can never go to Commons (select one to see why and what to do); what you write here is not used for them.</source>
        <translation>
            <numerusform>%n of the selected files can never go to Commons (select it to see why and what to do); what you write here is not used for it.</numerusform>
            <numerusform>%n of the selected files can never go to Commons (select one to see why and what to do); what you write here is not used for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this photo in articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows, e.g. Rudaki Park fountain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each photo needs its own title: use a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera says %1; with its clock corrected by %2: %3. Leave the field empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera says %1; leave the field empty to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera dates differ; leave the field empty to use each photo&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera gave no date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the GPS track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a phone photo taken at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the camera&apos;s GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos were taken at different places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location: type the latitude and longitude, e.g. 38.5598 and 68.7870.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an item id (Q…) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items found by name now: the wiki cannot be reached. The event&apos;s items and an item id (Q…) still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add depicted item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove depicted item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions from the wiki now: it cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles are given one by one, or to all selected photos with a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles from a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) got no title: the pattern needs a description or a date they lack.</source>
        <translation>
            <numerusform>%n photo got no title: the pattern needs a description or a date it lacks.</numerusform>
            <numerusform>%n photos got no title: the pattern needs a description or a date they lack.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tajik letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (the file name on Commons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern, e.g. {description} {date} {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {description} {place} {event} {date} {year} {n} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title from pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, e.g. 38.5598</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude, e.g. 68.7870</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera direction in degrees from north (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the location off the page (privacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence and author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a pin to move its photos (Ctrl+click pins to move several), drag the round handle to turn the camera&apos;s direction; right-click for more. Blue pins: what the photos show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the subject on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndOfEventDialog</name>
    <message>
        <source>End of event on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant is logged out, and every password and login photowalk saved in the system keyring is removed, for all participants. Project files and photos stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also forget the participants: their names, accounts and project lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the thumbnails of everyone&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventReportDialog</name>
    <message>
        <source>Event report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk projects (*.photowalk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) never checked on the wiki: use &quot;Check uploaded photos&quot; in each project first.</source>
        <translation>
            <numerusform>%n file never checked on the wiki: use &quot;Check uploaded photos&quot; in each project first.</numerusform>
            <numerusform>%n files never checked on the wiki: use &quot;Check uploaded photos&quot; in each project first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Uploaded photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check uploaded photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files that need me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the wiki…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki could not be reached; these are the results of the last check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No uploaded file has been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked; </source>
        <translation>
            <numerusform>%n file checked; </numerusform>
            <numerusform>%n files checked; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you.</source>
        <translation>
            <numerusform>%n needs you.</numerusform>
            <numerusform>%n need you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom of panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded files that need you: %1. See Upload &gt; Check uploaded photos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeotagDialog</name>
    <message>
        <source>Place from phone photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geotag from GPX track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos without a position get one from the photos taken with a phone at nearly the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos without a position get one from a GPS track of the walk (a GPX file from a phone app), by the time they were taken. Fix the camera&apos;s clock first if it was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .gpx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo is placed in a gap of the track longer than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also from phone photos taken at nearly the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace positions the camera recorded or that were set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gap in the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GPS track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS tracks (*.gpx *.GPX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing photos: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no position was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Place %n photo(s)</source>
        <translation>
            <numerusform>Place %n photo</numerusform>
            <numerusform>Place %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) placed</source>
        <translation>
            <numerusform>%n photo placed</numerusform>
            <numerusform>%n photos placed</numerusform>
        </translation>
    </message>
    <message>
        <source>({gpx} from the track, {phone} from phone photos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not placed:</source>
        <translation>
            <numerusform>%n photo not placed:</numerusform>
            <numerusform>%n photos not placed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>First steps with Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guide; Help › First steps with Commons opens it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <source>Looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking for photos… %n found</source>
        <translation>
            <numerusform>Looking for photos… %n found</numerusform>
            <numerusform>Looking for photos… %n found</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the pictures: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading photos: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the photos in hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported</source>
        <translation>
            <numerusform>%n photo imported</numerusform>
            <numerusform>%n photos imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited after import, updated</source>
        <translation>
            <numerusform>%n edited after import, updated</numerusform>
            <numerusform>%n edited after import, updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n already in the project</numerusform>
            <numerusform>%n already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot go to Commons</source>
        <translation>
            <numerusform>%n cannot go to Commons</numerusform>
            <numerusform>%n cannot go to Commons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Edit existing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit, and move pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload new files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload, replace, and move files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your Wikimedia account: photowalk opens the wiki in your browser, you log in there and press Allow. photowalk never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as registered on Meta (see the README)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: lets the wiki renew the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your Wikimedia account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or with a bot password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name@photowalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk logs in with a &lt;b&gt;bot password&lt;/b&gt;, not your main password: it can do only what you allow, and you can revoke it at any time. Create one at &lt;a href=&quot;%1&quot;&gt;Special:BotPasswords&lt;/a&gt; (name it e.g. photowalk) with these grants ticked, then enter the user name it shows (Name@photowalk) and its password here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth client registered for this wiki; the README says how to register one on Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser: log in to %1 there and press Allow. Cancel stops waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser, log in and press Allow; photowalk waits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bot user name and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk cannot remember the password, so it asks for it each time it starts. To have it remembered, set up or unlock the system&apos;s password store (on Linux a Secret Service such as GNOME Keyring or KWallet), then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project from an event &amp;preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the photos of a folder, e.g. a camera card (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply event pre&amp;set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill what is still empty in this project from an event preset, and new photos from it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole project to another file, e.g. to send it or keep a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the photos that are ready (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About photowalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions, categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet.
Drop a camera folder here, or press Import folder (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is on a memory stick or a network folder. photowalk works on a copy on this computer and saves it there every few seconds and when you close the project; other programs cannot open it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk was stopped before it could save some changes to this project, and the project was changed elsewhere since. Nothing was overwritten: those changes are in {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left from an earlier session were saved to the project.</source>
        <translation>
            <numerusform>%n change left from an earlier session was saved to the project.</numerusform>
            <numerusform>%n changes left from an earlier session were saved to the project.</numerusform>
        </translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk projects (*.photowalk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event presets (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import HEIC photos as &amp;JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone photos in HEIC are imported as JPEG copies with all their data, in a JPEG folder beside the project; the originals stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the photo large, with its problems and camera data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not for upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected photos not for upload, or for upload again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the sharpest of each burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each group of near-duplicate photos taken seconds apart (of the selection, or of all photos), mark all but the sharpest not for upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix camera &amp;clock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the times of all photos of a camera whose clock was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geotag from GPX track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give photos without a position one from a phone&apos;s GPS track of the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place from &amp;phone photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give photos without a position the one of phone photos taken at nearly the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;photo in articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wikitext to put the selected uploaded photo into an article, and articles that could use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check uploaded photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the wiki what became of the uploaded photos: deletion requests, problem tags, where they are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per participant: photos uploaded, bytes, captions, depicts, deleted, used; for Meta, as CSV, as a gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First steps with Commons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Commons accepts: own work, licences, buildings and statues, people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n missing project(s) from the list</source>
        <translation>
            <numerusform>Remove %n missing project from the list</numerusform>
            <numerusform>Remove %n missing projects from the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were not imported.</source>
        <translation>
            <numerusform>%n file could not be read and was not imported.</numerusform>
            <numerusform>%n files could not be read and were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n photo(s) not for upload</source>
        <translation>
            <numerusform>Mark %n photo not for upload</numerusform>
            <numerusform>Mark %n photos not for upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n photo(s) for upload again</source>
        <translation>
            <numerusform>Mark %n photo for upload again</numerusform>
            <numerusform>Mark %n photos for upload again</numerusform>
        </translation>
    </message>
    <message>
        <source>No bursts: no photos taken seconds apart look alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep the sharpest of %n burst(s)</source>
        <translation>
            <numerusform>Keep the sharpest of %n burst</numerusform>
            <numerusform>Keep the sharpest of %n bursts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) marked not for upload; the sharpest of each burst is kept.</source>
        <translation>
            <numerusform>%n photo marked not for upload; the sharpest of each burst is kept.</numerusform>
            <numerusform>%n photos marked not for upload; the sharpest of each burst is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not for upload</source>
        <translation>
            <numerusform>%n not for upload</numerusform>
            <numerusform>%n not for upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n photo(s) from the project? The files stay where they are.</source>
        <translation>
            <numerusform>Remove %n photo from the project? The file stays where it is.</numerusform>
            <numerusform>Remove %n photos from the project? The files stay where they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Import the photos of your walk: Project › Import folder (Ctrl+I), or drop the folder here.
2. Select photos of the same place (Ctrl+click, Shift+click) and describe them together on the right: a title for each, a description, categories.
3. The Problems tab lists what Commons would refuse; click a problem to see the photo.
4. Log in with a bot password and press Upload (Ctrl+U).

Everything is saved as you type. Alt+G, Alt+I, Alt+K, Alt+U, Alt+H and Alt+J type ғ ӣ қ ӯ ҳ ҷ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;{url}&quot;&gt;photowalk {version} is out&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build: {build}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About photowalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk {version}
From a camera card to finished files on Wikimedia Commons.
Made for the Tajik Wikimedians User Group.
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload is running. Stop it? Photos already uploaded stay uploaded; the rest can be uploaded later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>%n selected photo(s) without a place: drag this pin to where they were taken.</source>
        <translation>
            <numerusform>%n selected photo without a place: drag this pin to where it was taken.</numerusform>
            <numerusform>%n selected photos without a place: drag this pin to where they were taken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy this photo&apos;s location to the selected photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected photos here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the map shows the tiles kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the others call you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk asks for your wiki account when you first upload, and keeps it apart from everyone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message numerus="yes">
        <source>The last upload of this project stopped part way: %n photo(s) are not on the wiki yet.</source>
        <translation>
            <numerusform>The last upload of this project stopped part way: %n photo is not on the wiki yet.</numerusform>
            <numerusform>The last upload of this project stopped part way: %n photos are not on the wiki yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginSection</name>
    <message>
        <source>Author of the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Commons may have the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year the author died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year the photo was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose photo is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Commons may have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year made or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took the photo (or “unknown”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address, or e.g. “family album, printed 1965”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTextPanel</name>
    <message>
        <source>Page text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a photo to see the text of its page on Commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>choose your name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant uploads with their own account, in their own language, and sees their own projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Saved passwords removed: %1. Login tokens removed: %2. Participants logged out: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants forgotten: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails deleted: %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the project and choose who uploads next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the project and end this participant&apos;s login in photowalk; a saved password stays for their next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this account&apos;s password or login from the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End of event on this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every participant out and remove every saved password and login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password and login are removed from the system keyring. This window stays logged in until you log out or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or login was saved for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of event on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another participant&apos;s project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is %1&apos;s. Switch to %1 to open it? Its uploads then go with %1&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFilterModel</name>
    <message>
        <source>All photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursts and near duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>Someone else&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w} × {h} pixels ({mp:.1f} MP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mb:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → move · Z 100 % · X not for upload · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depicts items offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gallery title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload bandwidth cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply event preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the event preset “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fills only what is still empty, never what was written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the project is empty that it would fill now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos imported later are filled from it too. Edit ▸ Undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads go to %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the licence of %n photo(s)</source>
        <translation>
            <numerusform>the licence of %n photo</numerusform>
            <numerusform>the licence of %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>categories on %n photo(s)</source>
        <translation>
            <numerusform>categories on %n photo</numerusform>
            <numerusform>categories on %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>templates on %n photo(s)</source>
        <translation>
            <numerusform>templates on %n photo</numerusform>
            <numerusform>templates on %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the event&apos;s prefix before %n description(s)</source>
        <translation>
            <numerusform>the event&apos;s prefix before %n description</numerusform>
            <numerusform>the event&apos;s prefix before %n descriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the event&apos;s prefix before %n caption(s)</source>
        <translation>
            <numerusform>the event&apos;s prefix before %n caption</numerusform>
            <numerusform>the event&apos;s prefix before %n captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>titles for %n photo(s)</source>
        <translation>
            <numerusform>a title for %n photo</numerusform>
            <numerusform>titles for %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>the project&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on every page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after every upload comment and edit summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetFlow</name>
    <message>
        <source>Event preset %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence for new projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Commons user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikimedia Commons, or the API address of another wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiki of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap (or the event preset&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload bandwidth cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail cache on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails kept in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap&apos;s own tile server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tile server for the map: its address with {z}, {x} and {y}, as https://tiles.example.org/{z}/{x}/{y}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tiles kept on disk for offline use; the ones shown longest ago go first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map tile cache on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a newer photowalk is out (asks pypi.org once a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>%1: the file is not there any more (moved, renamed, or on a card not in the computer now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n missing project(s) from the list</source>
        <translation>
            <numerusform>Remove %n missing project from the list</numerusform>
            <numerusform>Remove %n missing projects from the list</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a camera card to finished files on Wikimedia Commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a project and import the photos of a walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project from an event preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset from the organisers fills in the place, categories and licence of the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a camera folder or a project file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project files stay where they are; only the list forgets them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadQueueModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the wiki as File:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in. This project uploads to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier files of this project were sent by %1; these go as %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to upload: every ready photo is on the wiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press Upload to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish %1 although the wiki warned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk first checks that no other file or page has this title, and never publishes over one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a free title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo goes to the wiki as %1 with the next upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wikitext (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to see which photos are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded</source>
        <translation>
            <numerusform>%n uploaded</numerusform>
            <numerusform>%n uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need your decision</source>
        <translation>
            <numerusform>%n needs your decision</numerusform>
            <numerusform>%n need your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready (see Problems)</source>
        <translation>
            <numerusform>%n not ready (see Problems)</numerusform>
            <numerusform>%n not ready (see Problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the free title “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a photo that needs your decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give it another title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save gallery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &lt;gallery&gt; of the uploaded files, to paste on a wiki page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The titles and links of the uploaded files, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsePhotoDialog</name>
    <message>
        <source>The photo has no caption in this language: the first sentence of its description is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no caption or description in this language: write the caption after “thumb|”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for articles on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press “Look again” to ask the wiki again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles found on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles on %1 that could use this photo; double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles could not be looked for (%1); the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the text of an article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an infobox&apos;s image field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a line of a &lt;gallery&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles that could use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WikiBox</name>
    <message>
        <source>Wikimedia Commons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation>
            <numerusform>This happened %n time.</numerusform>
            <numerusform>This happened %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The camera data (EXIF) in this file is damaged and could not be read; its date, camera and GPS position are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of this file does not match its type, so its camera data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the camera data (EXIF) is damaged; the date and camera settings in it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS part of the camera data is damaged; the position could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date in the camera data is blank or all zeros (the camera clock was probably never set); the date is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date in the camera data is damaged or impossible; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation flag in the camera data is damaged; the photo is shown the way it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS position in the camera data is damaged (0/0); it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS position in the camera data does not say N or S, E or W; it was ignored rather than guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS position in the camera data has a latitude or a longitude but not both; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS position in the camera data is impossible (beyond 90° or 180°); it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera wrote the GPS position 0°, 0°, which means it had no GPS fix; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS position in the camera data is damaged; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS altitude in the camera data is damaged or impossible; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compass direction in the camera data is damaged or impossible; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some text in the camera data (camera name, description or author) is damaged; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XMP metadata in this file is damaged and could not be read; values that only it holds (such as a date, description or position) are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk does not read the camera data of videos; the date, camera and position are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk does not read the camera data of this raw format; the date, camera and position are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image size could not be read from the file; the file may be cut short or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Export the photo as JPEG (in the phone&apos;s or the computer&apos;s photo program), import the JPEG, and remove this file from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the photo as JPEG (in the camera&apos;s or the computer&apos;s photo program), import the JPEG, and remove this file from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk uploads photos only: upload the video with Commons&apos; own Upload Wizard, and remove it from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a photo: remove it from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the original file again (from the camera card, or wherever it was copied from); if the original is damaged too, remove this file from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be uploaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk has not read the whole picture yet, so it cannot tell whether the file is damaged. This happens by itself after an import; wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons does not accept {kind} files; convert the photo to JPEG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not there any more (card removed, or moved?). Put the card back, or import the folder where the file is now: photowalk finds it by its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size} bytes; Commons takes files up to {max} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no description: say what the photo shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{lang}” is not a language code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licence is chosen; {default} is the one most uploads use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{licence}” is not a licence photowalk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{author}” is not a possible Commons user name: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no caption: Commons search and the media viewer show a caption first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a possible category name: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra wikitext has a second {what} template (line {line}); photowalk writes it: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra wikitext has {what} with nothing to close (line {line}); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra wikitext has {what} that is never closed (line {line}): on Commons it would hide the licence and the categories after it. Close it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category “{name}” has no page on {wiki}: the photo would be in a red category. Choose an existing category, or create its page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category; Commons will list the photo as uncategorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo looks forwarded through a messenger: it has no camera data (date, place, camera) and the size messengers make. Import the original from the phone instead (its camera folder, DCIM), and remove this copy from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo looks forwarded through {messenger}: the copy has lost the camera&apos;s date and place and was made smaller. Import the original from the phone instead (its camera folder, DCIM), and remove this copy from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the photo was taken is unknown; enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{date}” is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} is in the future; was the camera clock wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} is before {year}; the camera clock was probably never set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This old photo has the camera&apos;s location, which is where its copy was photographed (often at home), not where the photo was taken. Remove the location, or type where the photo was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is not a place on Earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is 0, 0 (in the ocean): the camera had no GPS fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is outside Tajikistan; latitude and longitude look swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location {lat}, {lon} is outside Tajikistan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another photo in this project has the title “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no title: the file name on Commons must say what the photo shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title contains {chars}; Commons does not allow these in file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title contains invisible or unusual characters (odd spaces, control, text-direction or private-use characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title contains “{text}”, which MediaWiki reads as markup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is {bytes} bytes long; Commons allows {max} (Tajik and Russian letters take 2 bytes each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title ends in .{ext} but the file is a {kind} image; use .{expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title has two extensions (.{first}.{second}); keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons refuses titles that start like a thumbnail name (“120px-”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is the name the camera gave the file; Commons refuses such names. Say what the photo shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is very short; Commons asks for a name that describes the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons will remove the extra spaces or underscores in the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is very dark; little of it can be seen. Mark it not for upload if it is a failed shot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo looks blurred (nothing in it is sharp). If another photo shows the same, upload the sharper one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is only {width} × {height} pixels. Upload the full-size photo from the camera if you have it; a small copy from the web is often someone else&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a screenshot. A screenshot of a website, a program or a film shows other people&apos;s work, which Commons deletes; upload only photos you took yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo has no camera data at all (no camera, no date): it may not be your own photo. Commons takes only photos you took yourself. If you took it, import the original from your camera or phone (its DCIM folder), which keeps this data; if someone else took it, say whose it is under “Whose photo is this?”, or mark it not for upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” names a monument or a statue. Tajikistan has no freedom of panorama Commons can use: a statue, monument or building is protected until 50 years after its author&apos;s death, and a photo whose main subject is a recent one is deleted. Old works, and wide views where the work is a small part, are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work, but its author is not given: type who took it (or “unknown”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work, but its source is not given: type where it comes from, a web address or e.g. “family album, printed 1965”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is someone else&apos;s work: choose why Commons may have it (the author&apos;s free licence, or why it is in the public domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{reason}” is not a reason photowalk knows; choose one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} cannot be right for this photo: type a year from {earliest} to {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} needs the year the author died: type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is only for an author who died in {latest} or earlier; this author died in {year}, so the photo is not in the public domain yet. It needs the permission of whoever holds the rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} needs the year the photo was made or first published: type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is only for a photo from {latest} or earlier; this one is from {year}. Choose another reason, or do not upload it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no photo number {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{date}” is not a date; write it as YYYY-MM-DD (or YYYY-MM, YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wikitext cannot go onto a page: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lat}, {lon} is not a location: latitude is -90 to 90, longitude -180 to 180, heading 0 to 360.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a photowalk project (it is {reason}). Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved by a newer photowalk (format {found}, this one reads up to {supported}). Update photowalk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk cannot save {path}: the folder {folder} cannot be written (a locked card or stick, a disc, or a folder you have no permission for). Copy the project file to a folder you can write to, such as Documents, and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another program or computer and cannot be opened now. Close it there, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk could not save to {path} ({reason}). To keep your work safe it saves nothing more until the project is opened again: check that the card or disk is still there, then reopen the project. Everything saved before this message is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file disappeared during the import (card removed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file but a device, pipe or socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was read (is it still being copied?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its links lead round in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card or disk could not be read (input/output error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is too long for the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system reported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{licence}” is not a licence photowalk knows; use one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a possible category name: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a possible Commons user name: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a language code; use a code such as tg, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with a colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains {chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains �, a character that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains invisible or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains {text}, which MediaWiki replaces with a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains {text}, which MediaWiki reads as an encoded character: write the character itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a relative path (./ or ../)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than 255 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with the namespace {prefix}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset {path} is not valid TOML: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset {path} has a bad “{field}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset {path} was written for photowalk {version}, newer than this photowalk ({current}), and this one does not know its key “{field}”. Update photowalk to use this preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset {path} is larger than {max} bytes, which no preset is. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; name one as Asia/Dushanbe or Europe/Moscow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a list of texts, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a preset key (known: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{template}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a photowalk version in quotes, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http:// is only for a wiki on this computer; give the wiki&apos;s https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be commons, test.wikipedia or the address of a wiki&apos;s api.php, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single prefix needs `languages` to say which language it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be text, or a table like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must be a list of items, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file (a folder, a device or a pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its values are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no photo number {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is too large to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is incomplete (the file was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture cannot be opened (unknown or damaged format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too large to show ({megapixels} megapixels); it has no thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses {placeholder} but no place is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses {placeholder} but no event is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title pattern “{pattern}” cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a placeholder (use {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file names cannot contain {chars} (a placeholder is {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no placeholder, so every photo would get the same title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be used, so the password was not remembered. You can log in without remembering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your project is saved; you can go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens again, please send the details below and the log from {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki does not accept the title {title} as it is (it suggests {value}). Give the photo another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title {title} starts like a camera&apos;s file name ({value}). Give the photo a descriptive title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another picture already has the title {title} on the wiki. photowalk never uploads over someone else&apos;s file: give this photo another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with nearly the same title exists: {value}. Give this photo another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page called File:{title} exists already, though without a picture. Give the photo another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file called {title} was deleted from the wiki before. Read why in its deletion log; give this photo another title, or upload anyway if the reason does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This very picture was uploaded before as {value} and deleted. Read why in the deletion log before uploading it again: skip it, or upload anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This very picture is already on the wiki as {value}. Skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This very picture is already the current version of File:{title}. Skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This very picture is an older version of File:{title}. Skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki discourages files of this type ({value}). Skip it, or upload anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki finds this file unusually large ({value} bytes). Upload anyway, or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki warned about {title}: {code} ({value}). Skip it, or upload anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another photowalk window or command is already uploading {path}. Wait until it finishes, or stop it there, then start this upload again; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not the address of a wiki&apos;s API. Give the address of its api.php, for example https://commons.wikimedia.org/w/api.php, or just commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} would send your password unencrypted. Use its https:// address; plain http is only allowed for a wiki running on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} had too many login attempts for {user} and asked to wait; photowalk waits and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many login attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} did not accept the user name {user} with this password. Use a bot password (User@AppName and the password shown once at Special:BotPasswords), then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} did not log in {user}: {info} (error code {api_code}). Check the user name and the bot password at Special:BotPasswords on {wiki}, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot password {user} may not upload files on {wiki}. At Special:BotPasswords, edit it and tick the grants &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; and &apos;Create, edit, and move pages&apos;, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} logged {user} out and logging in again did not help. Check the bot password at Special:BotPasswords, then start the upload again: finished photos stay finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is blocked from editing {wiki} ({reason}). Nothing can be uploaded until the block ends; the block notice on the wiki says how to appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki at {wiki} redirects to {target}. photowalk does not send your password or your session there. If {target} is the right wiki, use that address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki&apos;s answer was not understood ({what}). photowalk stopped; nothing was lost. Check the wiki&apos;s address; if it is right, the wiki may be broken for now: start the upload again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki limits how many files one account may upload in a while; photowalk waits and goes on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki is read-only for now ({reason}); photowalk waits until it accepts uploads again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki&apos;s servers are busy (database lag {lag} s) and asked to wait; photowalk waits as asked and goes on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database lag {lag} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the wiki failed ({reason}); photowalk tries again by itself. If this lasts, check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki no longer holds the partly uploaded file ({reason}); it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki expected the upload to go on at byte {offset}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki refused the upload: {info} (error code {api_code}). Check the photo and its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki does not allow the title {title}: {info} Give the photo another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has {size} bytes, more than the wiki accepts ({limit} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} changed after it was added to the project. Add the folder again so the project knows the new file, then upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location or camera owner data could not be removed from {path} without re-encoding it ({reason}), so it was not uploaded. Remove it with another tool, or allow the location to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the upload, File:{title} on the wiki does not match what was sent ({what}). Look at the file page; photowalk will not upload this photo again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after trying for {duration}: {reason} Start the upload again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki asked to wait {wait} ({reason}); photowalk stopped instead of waiting that long. Try again later: nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wiki was still publishing {title} after {duration}; photowalk stopped waiting. Start the upload again later: photowalk first checks whether the photo arrived and never sends it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the upload ({kind}); the details are in the log. Nothing was lost: start the upload again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({kind}). Unlock it or set one up, or do without it: give the password each time (photowalk asks for it, or use --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is locked ({kind}). Unlock it (on macOS the login keychain in Keychain Access, on Windows log in to Windows with your own account, on Linux the login keyring) and try again, or do without it: give the password each time (photowalk asks for it, or use --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring photowalk can use ({kind}), so the password cannot be kept. Give it each time instead (photowalk asks for it, or use --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for {user} on {wiki}. Run photowalk login --wiki {wiki} --user {user}, or give it with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account should upload to {wiki}? Give --user NAME@APP or run photowalk login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Upload anyway” is not possible for File:{title} after the wiki&apos;s warning “{code}”: the title holds another file or page, or the wiki would change the name, or the picture is there already. photowalk never uploads over someone else&apos;s file. Give this photo another title, or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} refused the login with your Wikimedia account ({error}: {hint}). Log in again; if this repeats, log in with a bot password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth client is set up for {wiki}. Register one on Meta at Special:OAuthConsumerRegistration/propose/oauth2 (the README says how), then give its client id: photowalk login --oauth --wiki {wiki} --client-id ID. Or log in with a bot password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} does not accept the OAuth client {client_id}. Check the client id (and the client secret, if one is set) against the client registered on Meta, and that the client is approved; then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} did not accept photowalk&apos;s proof that this login started here (the PKCE code verifier). Nothing was logged in. Log in again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} did not accept the login code ({hint}): it was used already or is not valid. Log in again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} refused the callback address {redirect_uri}: it must be exactly the one registered with the OAuth client, port included. Register that address, or set the port of the registered one (--port), then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk was not allowed to use your account on {wiki} ({error}): Cancel was pressed on the wiki&apos;s page. To upload, log in again and press Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer reached photowalk&apos;s callback address that does not belong to this login (its state does not match): an old browser tab or another program sent it. Nothing was accepted. Log in again, in the browser window photowalk opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not come back to photowalk within {minutes} minutes. If the wiki showed “Application Connection Error”, the client id or the callback address {redirect_uri} is not the registered one: check them. Otherwise log in again and press Allow on the wiki&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk cannot listen at {redirect_uri}: another program uses port {port} on this computer. Close it (or another photowalk waiting for a login) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login to {wiki} with your Wikimedia account has ended ({hint}). Log in again with your Wikimedia account; finished photos stay finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} no longer accepts photowalk&apos;s access to your account ({info}); the access may have been revoked in Special:OAuthManageMyGrants. Log in again with your Wikimedia account; finished photos stay finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} logged in to {wiki} with the OAuth client {client_id}, but that client may not upload files. Register a client with the grants &apos;Upload new files&apos;, &apos;Upload, replace, and move files&apos;, &apos;Edit existing pages&apos; and &apos;Create, edit, and move pages&apos;, then log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but the wiki did not take its captions and depicts: {info} (error code {api_code}). Check them, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but its depicts names {item}, which does not exist on {wiki}. Remove it from the photo&apos;s depicts or choose another item, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but {wiki} refused a value of its structured data as being of the wrong kind ({info}). Check its depicts and location, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:{title} is uploaded, but {wiki} refused a caption: {info}. Shorten or change it, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:{title} has no structured data entity on {wiki} (the page is gone, or is not a file page), so its captions and depicts were not written. Look at the page on the wiki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:{title} is uploaded. {wiki} keeps no captions or depicts, so they were not sent; they stay in the project for a wiki that keeps them, such as Commons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the captions or depicts of File:{title} while photowalk was writing them, again and again; nothing of theirs was overwritten. Choose Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: its extra wikitext has {what} that is never closed (line {line}), which would hide the licence and categories after it on Commons. Close it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page for photo {id} cannot be written: its extra wikitext has {what} with nothing to close (line {line}). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{lang}” is not a language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name “{user}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is someone else&apos;s work and no reason why Commons may have it is chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category “{name}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no licence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a memory stick or a network folder and is already open in photowalk (on this or another computer). On such drives only one program may have a project open at a time: close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to {path} ({reason}). They are kept on this computer and are saved there when you open the project again with the stick or folder back in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk&apos;s background process stopped unexpectedly ({reason}). It was started again and goes on with the work it had; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk&apos;s background process keeps stopping ({reason}), so imports, checks and uploads cannot run. Your project is saved: close it and open it again; the log says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is {kind}, not {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file became shorter while it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki holds {bytes} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki did not take the chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk was answered with {result} {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assembling the file ended with {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki did not finish assembling the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stash entry is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is encoded as {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s compression is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer within {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address it does not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wiki this photo is File:{title}. Its new title {new_title} was not given to the file: that would be a move of the file page, which photowalk does not do. Ask for a move on the file page, or give the photo its old title back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer description of this photo (or another detail of its page) is not on File:{title} yet; it is sent with the next upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence of this photo was changed after it was published. File:{title} keeps the licence it was published with (a free licence cannot be taken back), so photowalk does not send the newer page text. To offer another licence as well, add it on the file page yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:{title} was changed on the wiki after photowalk wrote it, so the newer description was not sent: photowalk never overwrites someone else&apos;s edit. Put your change on the file page yourself, or skip to leave the page as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer to the edit: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EXIF data ({label} at byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XMP data ({label} at byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Photoshop/IPTC data ({label} at byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text chunk &apos;{keyword}&apos; ({label} at byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segment ({label} at byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} still holds a position in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short or its structure is damaged, so it cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} files are not rewritten, and this one holds a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} still holds a position after removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extended XMP data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FLIR thermal data&apos;s GPS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data after the end of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EXIF data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new {label} segment is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty or has a &apos;|&apos; in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its page text differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stash holds {bytes} bytes with another SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-1 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has {stored} bytes, not {sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki did not keep the login (cookies refused?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP {status} from {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of {url} holds no usable Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki renews it only for a client whose secret is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wiki&apos;s answer was not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra wikitext has {what} with nothing to close (line {line}); remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra wikitext has a second {what} template (line {line}); photowalk writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra wikitext has {what} that is never closed (line {line}), which would hide the licence and categories after it on Commons; close it or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page would not have exactly one {template} template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the licence would not be on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark for an uncategorised file would not be on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category {name} would not be on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo of the project was taken with a camera called “{name}”. Its cameras: {cameras}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” names more than one camera of the project ({cameras}); add its serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a clock correction; write it as +01:03 (hours:minutes), -00:05:30, or +1 h 3 min 20 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; write what the clock in the photo shows as 14:32 or 14:32:05 (or with its date: 2025-05-01 14:32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {id} has no time from its camera, so it cannot show how far the camera&apos;s clock is off. Choose another photo by the same camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS track {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPS track {path} has no points with a time, so photos cannot be matched to it. Export the track again with times (a “track”, not a “route”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 200 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a GPX file or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HEIC photo {path} could not be converted to JPEG: {reason}. Export it as JPEG on the phone (or in the computer&apos;s photo program) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photowalk does not write converted photos into {folder}, where the originals are (a camera card or a phone). Choose another folder for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds too many photos of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HEIF decoder (pillow-heif) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {width} x {height} pixels need more memory than photowalk gives one picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder reported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area needs {count} map tiles; photowalk fetches at most {limit} at once, as the tile server&apos;s usage policy asks. Choose a smaller area (the streets of the event) or fewer zoom levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an area photowalk can fetch map tiles for: give SOUTH,WEST,NORTH,EAST in degrees (e.g. 38.55,68.76,38.59,68.80), at most {span}° on a side, zoom levels {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tile {tile} could not be fetched from {server}: {reason}. Check the connection or the tile server in Settings; the tiles fetched before still show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}” is not a Wikidata item: write its id, such as Q1 (Q and a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {lang} caption has {count} characters; Commons takes at most {limit}. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is not the name of a file on a wiki, so no link to it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no photo “{photo}”: give its number (photowalk list), its file&apos;s name on the wiki or its original file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} is not reachable ({reason}), so no articles can be suggested now. The wikitext can be used all the same; try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} is too busy to answer now ({reason}), so no articles can be suggested. The wikitext can be used all the same; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {id} is not on the wiki yet: upload it first, then it can be used in articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one photo that is on the wiki to use it in articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo has no location (or it is left off the page), so no nearby articles are looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo depicts no items, so no articles about them are looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} cannot answer {what} (the extension is not installed there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wiki} cannot be asked now ({reason}), so articles about the depicted items are not looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a photowalk project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not mention the file {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{reason}” is not a reason photowalk knows; use one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{year}” is not a year; write it with four digits, e.g. 1948.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{tag}” is not a hashtag the event tools count: write # and then letters, digits or _ (at most {max}, not only digits), like #WLTJ2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a bandwidth: write a number of Mbit/s, or e.g. “512 KiB/s”; 0 for no cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may upload at most {hits} files per {duration}; this batch of {count} will take about {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is new: at most {hits} uploads per {duration}; this batch of {count} will take about {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may upload at most {hits} files per {duration}; this batch has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is new: at most {hits} uploads per {duration}; this batch has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in this batch: {count} ({mb} MB); about {time} at the speed measured before ({rate} Mbit/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may make at most {hits} {what} per {duration}: photowalk spaces them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>followup</name>
    <message>
        <source>This file was deleted from the wiki. Ask an experienced volunteer why before you upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was deleted from the wiki on {when}. The reason given: {reason}. Upload it again only if that reason no longer holds; ask an experienced volunteer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is marked for quick deletion, without a discussion ({template}). If that is wrong, say why on the file&apos;s talk page today. Do not remove the mark yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone thinks this file breaks copyright (copied from elsewhere). If you took the photo yourself, say so on the file&apos;s talk page today; otherwise it will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a proof of permission. If you took the photo yourself, say so on the file&apos;s talk page; if someone else did, ask them to send the permission within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone asked for this file to be deleted ({page}). Read the discussion and answer there within 7 days: say that you took the photo and why it is useful. Do not remove the mark yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone asked for this file to be deleted. Open the file page, follow the link to the discussion and answer there within 7 days: say that you took the photo and why it is useful. Do not remove the mark yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion discussion links to this file ({page}). Read it; if it is still open, answer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is marked about freedom of panorama ({template}): in some countries photos of recent buildings and artworks are not free. If such a work is the main subject, the file may be deleted; read the country&apos;s rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s categories should be checked. Add precise categories on the file page, then remove the &quot;Check categories&quot; mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used on {count} pages, {articles} of them articles. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found; the file is not used on any page yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>geotag</name>
    <message>
        <source>no time of day is known for this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera recorded its own position, which is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its location was set by hand, which is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its location is left off the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was taken {seconds} s before the track starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was taken {seconds} s after the track ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the track has a gap of {seconds} s when it was taken (at most {limit} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no photo with a position was taken within {limit} s of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no track or photo with a position to place it from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>HEIC photos are not accepted by Commons. Save or export it as JPEG, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera RAW files are not accepted by Commons. Export the photo as JPEG, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos are not accepted by Commons in this format; photowalk uploads photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): it is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a text file, not a picture, although its name ends in .{ext}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a picture photowalk recognises, although its name ends in .{ext}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>licences</name>
    <message>
        <source>Anyone may use and change the photo if they name you and share their changes under the same licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may use and change the photo, for any purpose, if they name you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You give up all rights: anyone may use the photo for anything, without naming you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>origins</name>
    <message>
        <source>A friend&apos;s photo that is not published under this licence needs the friend&apos;s own permission, sent by e-mail to Commons&apos; volunteer team (permissions-commons@wikimedia.org), or the friend uploads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author published it under CC BY-SA 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author put the photo under CC BY-SA 4.0 where it was published; the source must show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author published it under CC BY 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author put the photo under CC BY 4.0 where it was published; the source must show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author gave up all rights (CC0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author published the photo under CC0, giving up all rights; the source must show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old: the author died more than 70 years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public domain: the photographer died more than 70 years ago and the photo was published more than 95 years ago. Type the year the author died and the year the photo was first published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very old: made more than 120 years ago, author unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public domain: the photo was made more than 120 years ago and nobody knows who made it or when they died. Type the year it was made; as author type what is known (e.g. “unknown”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With depicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>a link to a folder already looked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photowalk project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file (a device, pipe or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
