"""The command line in Tajik and Russian: every command, its help, progress, problems, errors and
summaries, run as a volunteer runs them, leave no English word behind (names excepted)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.cards import make_card
from tests.cli.test_cli import REPO
from tests.upload_helpers import noise_jpeg, upload_plain

COMMANDS = ["import", "list", "cull", "relink", "export", "edit", "check", "wikitext", "time", "geotag", "tiles",
            "login", "logout", "upload", "status", "decide", "report", "use", "end-of-event", "followup"]

# Names that stay as they are in every language.
NAMES = {
    "photowalk", "Wikimedia", "Commons", "EXIF", "JPEG", "GPX", "GPS", "XMP", "RAW", "SHA", "MB", "API", "URL",
    "CSV", "JSON", "UTF", "PYTHONIOENCODING", "LANGUAGE", "LANG", "Ctrl", "cmd", "exe", "chcp", "Name", "AppName",
    "User", "Special", "BotPasswords", "Asia", "Dushanbe", "Europe", "Moscow", "cc", "by", "sa", "zero", "File",
    "Category", "gallery", "toml", "YYYY", "MM", "DD", "HH", "SS", "tg", "ru", "en", "ID", "h", "m", "s",
    "NIKON", "D5300", "int", "float", "py", "Error", "https", "http", "min", "OAuth", "QID", "HEIC", "HEIF",
    "OpenStreetMap", "Wikidata", "PHOTOWALK", "TILE", "Meta",
    # Values the volunteer types as they are: the wiki's short name, the CSV columns of `report --csv`.
    "commons", "title", "url",
    # What the volunteer types: command names, decisions (as `photowalk decide` takes them).
    *COMMANDS, "skip", "rename", "retry", "anyway",
    # The reasons `edit --reason` takes (photowalk.origin), typed as they are.
    "pd", "old", "assumed", "expired",
}
# What is not prose: option names, paths and file names, URLs, placeholders the volunteer types.
NOT_PROSE = re.compile(
    r"https?://\S+"                      # addresses
    r"|(?<![\w])--?[A-Za-z][\w-]*"       # --project, -h
    r"|\S*[/\\]\S*"                      # paths (and Asia/Dushanbe)
    r"|\S+\.(?:jpg|JPG|jpeg|CRW|THM|MOV|xmp|photowalk|toml|gpx|log|json|csv)\b"
    r"|\{[^{}\s]*\}"                     # {description} in a title pattern's help
    r"|\b[0-9a-f]{40}\b"                 # SHA-1 sums
    r"|\bend-of-event\b"                  # a command's name, as the volunteer types it
)
PAGE_TEXT = re.compile(r"^\s*\| ")  # a page's text as `upload --dry-run` quotes it
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']+")


def english_left(text: str, allowed: set[str]) -> list[str]:
    """The lines of `text` with a Latin-letter word that is neither a name nor allowed."""
    bad = []
    for line in text.splitlines():
        if PAGE_TEXT.match(line):
            continue
        rest = NOT_PROSE.sub(" ", line)
        for value in allowed:
            rest = rest.replace(value, " ")
        words = [w for w in LATIN_WORD.findall(rest) if w not in NAMES]
        if words:
            bad.append(f"{line!r}: {words}")
    return bad


class Run:
    """Runs photowalk in one language and collects what was left in English."""

    def __init__(self, lang: str, allowed: set[str]) -> None:
        self.lang = lang
        self.allowed = allowed
        self.found: list[str] = []

    def __call__(self, *args: str, stdin: str | None = None, prose_out: bool = True,
                 codes: tuple[int, ...] = (0,), env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        env = {"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "PYTHONIOENCODING": "utf-8", **(env_extra or {})}
        done = subprocess.run(
            [sys.executable, "-m", "photowalk", "--lang", self.lang, *args], capture_output=True, text=True,
            cwd=REPO, env={**_base_env(), **env}, input=stdin if stdin is not None else "", timeout=300,
        )
        assert done.returncode in codes, (args, done.returncode, done.stdout, done.stderr)
        # Page text, galleries and JSON are data for the wiki and for programs: they stay as they are.
        for name, text in (("stdout", done.stdout if prose_out else ""), ("stderr", done.stderr)):
            self.found += [f"{self.lang} {' '.join(args[:1])} {name}: {b}" for b in english_left(text, self.allowed)]
        return done


def _base_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}


@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_every_command_speaks_the_language(lang: str, tmp_path: Path, photos_dir: Path,
                                           testwiki: dict[str, str]) -> None:
    token = str(uuid.uuid4().int)[:9]
    allowed = {token, "xx", "IMG", "DSCN", "CRW", "P1000244", "Canon", "PowerShot", "EOS", "NIKON", "COOLPIX", "Panasonic"}
    run = Run(lang, allowed)
    # Help of photowalk and of every command.
    run("--help")
    for command in COMMANDS:
        run(command, "--help")
    # Errors of the parser, and of the core.
    run("check", codes=(2,))
    run("import", "--nonsense", codes=(2,))
    run("time", "--project", str(tmp_path / "none.photowalk"), "--shift", "x", codes=(1,))
    run("list", "--project", str(tmp_path / "none.photowalk"), codes=(1,))
    # A camera card: import, its report and progress, the list, the checks.
    card = make_card(tmp_path, photos_dir)
    project = tmp_path / "walk.photowalk"
    run("import", str(card), "--project", str(project))
    run("import", str(card), "--project", str(project))
    listed = json.loads(run("list", "--project", str(project), "--json", prose_out=False).stdout)
    allowed |= {str(r[k]) for r in listed for k in ("make", "model") if r[k]}
    run("list", "--project", str(project))
    run("check", "--project", str(project), codes=(1,))
    ids = [str(r["id"]) for r in listed if not r["error"]]
    # Describing, timing and placing the photos.
    run("edit", "--project", str(project), "--all", "--description", f"{lang}=Боғи Рӯдакӣ", "--category",
        "Боғи Рӯдакӣ", "--licence", "cc-by-4.0", "--date", "2024-05-01 10:00", "--location", "38.5598,68.7870",
        "--remove-location", "--title-pattern", "Боғ {n} " + token)
    run("edit", "--project", str(project), "--photo", ids[0], "--date", "", "--camera-location", "--show-location")
    run("edit", "--project", str(project), "--photo", ids[0], "--description", "xx", codes=(1,))
    run("edit", "--project", str(project), "--all", "--title", "Боғ", codes=(1,))
    run("check", "--project", str(project), codes=(0, 1))
    run("wikitext", "--project", str(project), "--photo", ids[0], prose_out=False)
    cameras = run("time", "--project", str(project)).stdout
    camera = next(r["make"] + " " + r["model"] for r in listed if r["make"] and r["make"] + " " + r["model"] in cameras)
    run("time", "--project", str(project), "--camera", camera, "--shift", "+01:03")
    run("time", "--project", str(project), "--camera", camera, "--undo")
    run("time", "--project", str(project), "--time-zone", "Nowhere/Else", codes=(1,))
    run("time", "--project", str(project), "--reference-photo", ids[0], codes=(1,))
    run("time", "--project", str(project), "--shift", "+01:00", codes=(1,))
    run("geotag", "--project", str(project), "--from-phone")
    run("geotag", "--project", str(project), "--undo")
    run("geotag", "--project", str(project), codes=(1,))
    run("geotag", "--project", str(project), "--from-phone", "--max-gap", "-1", codes=(1,))
    moved = tmp_path / "moved"
    shutil.move(card, moved)
    run("list", "--project", str(project))
    run("relink", str(moved), "--project", str(project))
    run("export", str(tmp_path / "copy"), "--project", str(project))
    run("status", "--project", str(project))
    run("decide", "--project", str(project), "--photo", ids[0], "--skip", codes=(1,))
    run("decide", "--project", str(project), "--photo", *ids[:2], "--rename", "Боғ", codes=(2,))
    run("report", "--project", str(project), prose_out=False)
    # Uploading to the test wiki: a dry run, a real upload with a taken title, a decision, the state.
    files = [noise_jpeg(tmp_path / "walk" / f"{i}.jpg") for i in range(3)]
    ours = tmp_path / "upload.photowalk"
    run("import", str(files[0].parent), "--project", str(ours))
    run("edit", "--project", str(ours), "--all", "--description", f"{lang}=Сайр", "--licence", "cc-by-sa-4.0",
        "--title-pattern", "Сайр {n} " + token)
    rows = json.loads(run("list", "--project", str(ours), "--json", prose_out=False).stdout)
    first, second, third = sorted(rows, key=lambda r: r["id"])
    run("edit", "--project", str(ours), "--photo", str(third["id"]), "--title", "")
    wiki = ["--wiki", testwiki["TESTWIKI_API"], "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"]]
    allowed.add(testwiki["TESTWIKI_BOTPASSWORD_USER"])
    allowed.add("exists-normalized")  # the wiki's own warning code, quoted
    upload_plain(testwiki, noise_jpeg(tmp_path / "other.jpg"), second["title"] + ".jpg")
    run("upload", "--project", str(ours), *wiki, "--dry-run")
    run("upload", "--project", str(ours), *wiki, "--password-stdin", stdin=testwiki["TESTWIKI_BOTPASSWORD"] + "\n",
        codes=(1,))
    run("status", "--project", str(ours))
    run("decide", "--project", str(ours), "--photo", str(second["id"]), "--upload-anyway", codes=(0, 1))
    run("decide", "--project", str(ours), "--photo", str(second["id"]), "--rename", "Сайр 2 " + token + " нав")
    run("upload", "--project", str(ours), *wiki, "--password-stdin", stdin=testwiki["TESTWIKI_BOTPASSWORD"] + "\n",
        codes=(1,))
    run("status", "--project", str(ours))
    run("report", "--project", str(ours), "--csv", prose_out=False)
    # Using an uploaded photo: its wikitext, what the test wiki cannot suggest, and a wiki out of reach.
    allowed |= {"thumb", "list=geosearch", "wbgetentities"}  # wikitext and the API's own names, quoted
    run("edit", "--project", str(ours), "--photo", str(first["id"]), "--location", "38.5737,68.7738")
    run("use", "--project", str(ours), str(first["id"]), "--suggest", "--articles-wiki", testwiki["TESTWIKI_API"])
    run("use", "--project", str(ours), str(first["id"]), "--suggest", "--articles-wiki", "http://127.0.0.1:9/api.php",
        codes=(1,))
    run("use", "--project", str(ours), str(third["id"]), codes=(1,))
    run("logout", *wiki)
    # The end of an event, on a config and cache of its own (the session's other secrets stay).
    run("end-of-event", "--thumbnails", env_extra={"PHOTOWALK_CONFIG_DIR": str(tmp_path / "event-config"),
                                                    "PHOTOWALK_CACHE_DIR": str(tmp_path / "event-cache")})
    assert not run.found, "\n".join(run.found)
