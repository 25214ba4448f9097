"""The project file's SQLite schema, as a list of migrations applied in order.

`PRAGMA user_version` holds how many migrations a file has had. A migration is never edited
once released; a change is a new entry at the end.
"""

from __future__ import annotations

# 'PWK1': marks a SQLite file as a photowalk project.
APPLICATION_ID = 0x50574B31

# Each entry is the SQL of one migration, run in one transaction with the version bump.
_V1_INITIAL = """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL           -- JSON
        );
        CREATE TABLE photos (
            id               INTEGER PRIMARY KEY,
            path             TEXT NOT NULL,
            sha1             TEXT NOT NULL UNIQUE,
            size             INTEGER NOT NULL,
            mtime            REAL NOT NULL,
            kind             TEXT NOT NULL,
            taken            TEXT,
            make             TEXT,
            model            TEXT,
            orientation      INTEGER,
            width            INTEGER,
            height           INTEGER,
            lat              REAL,
            lon              REAL,
            alt              REAL,
            heading          REAL,
            exif_description TEXT,
            exif_artist      TEXT,
            warnings         TEXT NOT NULL DEFAULT '[]',   -- JSON [{code, message}]
            error            TEXT,
            missing          INTEGER NOT NULL DEFAULT 0,
            added            TEXT NOT NULL,
            title            TEXT,
            licence          TEXT,
            author           TEXT,
            attribution      TEXT,
            edit_date        TEXT,
            edit_lat         REAL,
            edit_lon         REAL,
            edit_heading     REAL,
            location_removed INTEGER NOT NULL DEFAULT 0,
            extra_wikitext   TEXT
        );
        CREATE INDEX photos_path ON photos(path);
        CREATE TABLE descriptions (
            photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
            lang     TEXT NOT NULL,
            text     TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (photo_id, lang)
        );
        CREATE TABLE categories (
            photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
            name     TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (photo_id, name)
        );
"""

MIGRATIONS: list[str] = [_V1_INITIAL]

# Upload state per photo (photowalk.upload.state); every step is committed before it starts
# and after it ends, so a killed upload resumes where it was.
_V2_UPLOADS = """
        CREATE TABLE uploads (
            photo_id        INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
            wiki            TEXT NOT NULL,               -- API URL of the wiki uploaded to
            state           TEXT NOT NULL,               -- queued|stashing|publishing|verifying|done|needs-attention|failed|skipped
            title           TEXT,                        -- file name on the wiki, without "File:"
            text            TEXT,                        -- page text sent with the publish step
            filekey         TEXT,                        -- the wiki's stash key
            bytes_confirmed INTEGER NOT NULL DEFAULT 0,  -- bytes the wiki has confirmed in the stash
            stash_complete  INTEGER NOT NULL DEFAULT 0,  -- 1 once the stash holds the whole file, checked
            sent_sha1       TEXT,                        -- SHA-1 of the bytes sent (a copy if metadata was removed)
            sent_size       INTEGER,
            ignore_warnings INTEGER NOT NULL DEFAULT 0,  -- the volunteer chose "upload anyway"
            outcome         TEXT,                        -- uploaded | already-there (when done)
            url             TEXT,                        -- the file page on the wiki
            warning         TEXT,                        -- JSON {code, value, action} when needs-attention
            error           TEXT,                        -- JSON {code, template, params, message} when failed
            restarts        INTEGER NOT NULL DEFAULT 0,  -- times the stash was started over
            updated         TEXT NOT NULL,
            finished        TEXT
        );
        CREATE INDEX uploads_state ON uploads(state);
"""

MIGRATIONS.append(_V2_UPLOADS)

# A photo recorded before its picture was decoded (the window's import records camera data first,
# so the grid fills at once, and decodes afterwards): 0 until the decode has run, and the checks
# keep it from being uploaded until then. Earlier projects decoded before recording: 1.
_V3_PIXELS_CHECKED = """
        ALTER TABLE photos ADD COLUMN pixels_checked INTEGER NOT NULL DEFAULT 1;
        CREATE INDEX photos_unchecked ON photos(pixels_checked) WHERE pixels_checked = 0;
"""

MIGRATIONS.append(_V3_PIXELS_CHECKED)

# Which photos changed, in commit order, for every process that has the project open: a window reads
# the rows after its last seen `seq` when SQLite's data_version says another connection wrote
# (a command-line edit, an upload's progress). photo_id 0 stands for the project's settings.
_TRIGGERS = "".join(
    f"""
        CREATE TRIGGER {table}_{op}_changes AFTER {event} ON {table}
        BEGIN INSERT INTO changes(photo_id) VALUES ({row}); END;"""
    for table, key in (("photos", "id"), ("descriptions", "photo_id"), ("categories", "photo_id"),
                       ("uploads", "photo_id"))
    for op, event, row in (("ins", "INSERT", f"new.{key}"), ("upd", "UPDATE", f"new.{key}"),
                           ("del", "DELETE", f"old.{key}"))
) + "".join(
    f"""
        CREATE TRIGGER settings_{op}_changes AFTER {event} ON settings
        BEGIN INSERT INTO changes(photo_id) VALUES (0); END;"""
    for op, event in (("ins", "INSERT"), ("upd", "UPDATE"), ("del", "DELETE"))
)
_V4_CHANGES = """
        CREATE TABLE changes (
            seq      INTEGER PRIMARY KEY AUTOINCREMENT,
            photo_id INTEGER NOT NULL
        );""" + _TRIGGERS

MIGRATIONS.append(_V4_CHANGES)

# Where and when. The camera's own values stay as read (taken, lat, lon); corrections are kept beside them:
# serial: the camera body's serial number (EXIF BodySerialNumber), so two cameras of one model are told apart;
# dest_lat/dest_lon: where the subject is (EXIF GPSDest*), for {{Object location}};
# location_source: what set edit_lat/edit_lon ('gpx', 'phone'; NULL for the volunteer's own hand), so a
#   second geotagging run replaces its own positions and never a hand-placed one;
# camera_clocks: how far each camera's clock was off (seconds added to its times), one row a camera,
#   keyed by make, model and serial as the camera wrote them ('' for none). Deleting the row undoes it.
_V5_WHERE_AND_WHEN = """
        ALTER TABLE photos ADD COLUMN serial TEXT;
        ALTER TABLE photos ADD COLUMN dest_lat REAL;
        ALTER TABLE photos ADD COLUMN dest_lon REAL;
        ALTER TABLE photos ADD COLUMN location_source TEXT;
        CREATE TABLE camera_clocks (
            make      TEXT NOT NULL,
            model     TEXT NOT NULL,
            serial    TEXT NOT NULL,
            offset_s  INTEGER NOT NULL,   -- seconds added to the camera's times
            reference TEXT,               -- JSON {photo, shows} when set from a photo of a clock
            updated   TEXT NOT NULL,
            PRIMARY KEY (make, model, serial)
        );""" + "".join(
    f"""
        CREATE TRIGGER camera_clocks_{op}_changes AFTER {event} ON camera_clocks
        BEGIN INSERT INTO changes(photo_id) SELECT id FROM photos
              WHERE coalesce(make, '') = {row}.make AND coalesce(model, '') = {row}.model
                AND coalesce(serial, '') = {row}.serial; END;"""
    for op, event, row in (("ins", "INSERT", "new"), ("upd", "UPDATE", "new"), ("del", "DELETE", "old"))
)

MIGRATIONS.append(_V5_WHERE_AND_WHEN)

# Structured data (photowalk.structured): captions per language and the items a photo depicts,
# kept like descriptions and categories; and, per upload, what structured data the wiki confirmed
# (sdc_sent, JSON of photowalk.structured.StructuredData) and why writing it failed (sdc_error,
# JSON {code, template, params, message}) while the file itself is uploaded.
_V6_STRUCTURED_DATA = """
        CREATE TABLE captions (
            photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
            lang     TEXT NOT NULL,
            text     TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (photo_id, lang)
        );
        CREATE TABLE depicts (
            photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
            item     TEXT NOT NULL,                -- Q123
            labels   TEXT NOT NULL DEFAULT '{}',   -- JSON {lang: label}, to show the item offline
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (photo_id, item)
        );
        ALTER TABLE uploads ADD COLUMN sdc_sent TEXT;
        ALTER TABLE uploads ADD COLUMN sdc_error TEXT;""" + "".join(
    f"""
        CREATE TRIGGER {table}_{op}_changes AFTER {event} ON {table}
        BEGIN INSERT INTO changes(photo_id) VALUES ({row}.photo_id); END;"""
    for table in ("captions", "depicts")
    for op, event, row in (("ins", "INSERT", "new"), ("upd", "UPDATE", "new"), ("del", "DELETE", "old"))
)

MIGRATIONS.append(_V6_STRUCTURED_DATA)

# Culling. culled: the photos the volunteer marked "not for upload" (a row is the mark; deleting it
# undoes it); the checks and the upload plan pass them by. picture_stats: what the import measured on
# each picture's thumbnail, keyed by content like the thumbnail cache: a 64-bit difference hash (hex)
# to find bursts and near duplicates, the variance of the Laplacian (sharpness) and the mean grey level.
_V7_CULLING = """
        CREATE TABLE culled (
            photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
            marked   TEXT NOT NULL
        );
        CREATE TABLE picture_stats (
            sha1       TEXT PRIMARY KEY,
            dhash      TEXT NOT NULL,
            sharpness  REAL NOT NULL,
            brightness REAL NOT NULL
        );""" + "".join(
    f"""
        CREATE TRIGGER culled_{op}_changes AFTER {event} ON culled
        BEGIN INSERT INTO changes(photo_id) VALUES ({row}.photo_id); END;"""
    for op, event, row in (("ins", "INSERT", "new"), ("upd", "UPDATE", "new"), ("del", "DELETE", "old"))
) + "".join(
    f"""
        CREATE TRIGGER picture_stats_{op}_changes AFTER {event} ON picture_stats
        BEGIN INSERT INTO changes(photo_id) SELECT id FROM photos WHERE sha1 = {row}.sha1; END;"""
    for op, event, row in (("ins", "INSERT", "new"), ("upd", "UPDATE", "new"))
)

MIGRATIONS.append(_V7_CULLING)

# A subject's position moved by the volunteer (its blue pin dragged on the map): edit_dest_lat/edit_dest_lon,
# beside the camera's GPSDest* (dest_lat/dest_lon), as edit_lat/edit_lon stand beside lat/lon. The page's
# {{Object location}} takes the edited one; both are left off with the photo's location. The photos table's
# own triggers log the change.
_V8_SUBJECT_PLACE = """
        ALTER TABLE photos ADD COLUMN edit_dest_lat REAL;
        ALTER TABLE photos ADD COLUMN edit_dest_lon REAL;
"""

MIGRATIONS.append(_V8_SUBJECT_PLACE)
# Who sent each upload: the wiki account (its user name, as the wiki's upload log shows it) that
# was logged in when the photo's sending began. On a shared laptop each participant's uploads
# keep their own name; older rows have none.
_V9_UPLOAD_ACCOUNT = """
        ALTER TABLE uploads ADD COLUMN account TEXT;
"""

MIGRATIONS.append(_V9_UPLOAD_ACCOUNT)
# Follow-up after upload (photowalk.upload.followup): what the wiki said of each uploaded file when
# it was last checked, so the window shows it offline. present: 0 once the file is deleted; user, size,
# sha1: the file's latest version (imageinfo); findings: JSON list of reasons (photowalk.reasons, context
# "followup"); usage: JSON [{wiki, title, ns}] of the pages that use the file. No change-log triggers:
# nothing the grid shows changes, and a check of thousands of files must not make every window reread them.
_V10_FOLLOWUP = """
        CREATE TABLE followup (
            photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
            wiki     TEXT NOT NULL,               -- API URL of the wiki checked
            title    TEXT NOT NULL,               -- file name on the wiki, without "File:"
            checked  TEXT NOT NULL,               -- when (UTC, ISO 8601)
            present  INTEGER NOT NULL DEFAULT 1,
            user     TEXT,
            size     INTEGER,
            sha1     TEXT,
            findings TEXT NOT NULL DEFAULT '[]',
            usage    TEXT NOT NULL DEFAULT '[]'
        );
"""

MIGRATIONS.append(_V10_FOLLOWUP)
# Whose photo it is (photowalk.origin). origins: the photos that are someone else's work (a row is the
# mark; no row is the volunteer's own work, as before), with the author and source as typed, the key of
# the reason Commons may host it, and the years that reason needs ('' and NULL until typed).
_V11_ORIGINS = """
        CREATE TABLE origins (
            photo_id   INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
            author     TEXT NOT NULL DEFAULT '',
            source     TEXT NOT NULL DEFAULT '',
            reason     TEXT NOT NULL DEFAULT '',
            death_year INTEGER,
            year       INTEGER
        );""" + "".join(
    f"""
        CREATE TRIGGER origins_{op}_changes AFTER {event} ON origins
        BEGIN INSERT INTO changes(photo_id) VALUES ({row}.photo_id); END;"""
    for op, event, row in (("ins", "INSERT", "new"), ("upd", "UPDATE", "new"), ("del", "DELETE", "old"))
)

MIGRATIONS.append(_V11_ORIGINS)
