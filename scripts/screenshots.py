"""Takes the README's screenshots of the window in Tajik on a 1366 x 768 laptop screen: start page, grid with
the editor, the Problems tab, a file Commons never takes, the two hints that point to the guide (a photo without
camera data, a monument), Settings, each page of the first-steps guide, the login dialog after a wrong password, the
upload view, "Use this photo in articles", the map, Fix camera clock and Geotag from GPX track.

Run under a real X server (Xvfb), from the repository root:

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py [map]

(`map` takes the map's screenshot alone, `where` those of Fix camera clock and Geotag from GPX track.) The map's tiles come from a stand-in tile server on
127.0.0.1 that draws plain streets and parks, so no public tile server is asked.

It uses private settings and caches, real camera files from ../shared/photos and, for the upload
view, a throwaway test wiki from ../shared/testwiki (started and stopped here).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
OUT = REPO / "docs" / "screenshots"
TMP = Path(tempfile.mkdtemp(prefix="photowalk-shots-"))
atexit.register(shutil.rmtree, TMP, ignore_errors=True)
os.environ["PHOTOWALK_CONFIG_DIR"] = str(TMP / "config")
os.environ["PHOTOWALK_CACHE_DIR"] = str(TMP / "cache")
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

app = QApplication([sys.argv[0]])

from photowalk.presets import load_preset, preview_preset  # noqa: E402
from photowalk.profiles import read_book, write_book  # noqa: E402
from photowalk.ui.app import build_window  # noqa: E402
from photowalk.ui.i18n import Translators  # noqa: E402
from photowalk.ui.logindialog import Account, LoginDialog  # noqa: E402
from photowalk.ui.presetdialog import PresetDialog  # noqa: E402
from photowalk.ui.settings import Settings  # noqa: E402
from photowalk.ui.settingsdialog import SettingsDialog  # noqa: E402
from photowalk.ui.usedialog import open_use_dialog  # noqa: E402
from photowalk.upload.articles import KEY_ARTICLES_API  # noqa: E402
from photowalk.upload.wiki import parse_wiki  # noqa: E402


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(cond: object, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not cond() and time.monotonic() < end:  # type: ignore[operator]
        spin(0.05)
    if not cond():  # type: ignore[operator]
        raise SystemExit("timed out")


def shot(window: QDialog | object, name: str) -> None:
    spin(0.5)
    path = OUT / name
    window.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def hint_shot(window: object, pid: int, code: str, name: str) -> None:
    """The Problems tab with this photo's hint chosen: its text in full and the link to the guide's page."""
    from photowalk.ui.checkpanel import PhotoIdRole, ProblemRole

    session = window.session  # type: ignore[attr-defined]
    wait(lambda: not session.checker.running)
    spin(0.5)
    checks = window.checks  # type: ignore[attr-defined]
    window.side.setCurrentWidget(checks)  # type: ignore[attr-defined]
    checks.refresh()
    model = checks.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(PhotoIdRole) == pid and model.index(r, 0).data(ProblemRole).code == code)
    checks.view.clicked.emit(model.index(row, 0))
    spin(0.3)
    checks.view.scrollTo(model.index(row, 0), checks.view.ScrollHint.PositionAtCenter)
    shot(window, name)


def guide_shots(window: object) -> None:
    """Each page of the first-steps guide, as it opens at the first start."""
    guide = window.show_guide()  # type: ignore[attr-defined]
    for n, page in enumerate(guide.pages, start=1):
        shot(guide, f"guide-{n}-{page.key}.png")
        guide.next()
    guide.close()


def schematic_tile(z: int, x: int, y: int) -> bytes:
    """A stand-in map tile: land, a grid of streets, a park here and there."""
    import io

    from PIL import Image, ImageDraw

    im = Image.new("RGB", (256, 256), (242, 239, 233))
    draw = ImageDraw.Draw(im)
    if (x * 7 + y * 3) % 5 == 0:
        draw.rectangle((40, 40, 200, 180), fill=(200, 250, 204))
    step = 64 if z >= 16 else 128
    for k in range(0, 256, step):
        width = 9 if (k // step + x + y) % 3 == 0 else 5
        draw.line((k + 20, 0, k + 20, 255), fill=(255, 255, 255), width=width)
        draw.line((0, k + 30, 255, k + 30), fill=(255, 255, 255), width=width)
    if (x + y) % 4 == 0:
        draw.line((0, 250, 255, 200), fill=(170, 211, 223), width=14)  # a river
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def start_tile_server() -> str:
    import re
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            m = re.match(r"^/(\d+)/(\d+)/(\d+)\.png$", self.path)
            body = schematic_tile(*(int(g) for g in m.groups())) if m else b""
            self.send_response(200 if m else 404)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"


def map_shot(window: object, folder: Path) -> None:
    """The editor's map: photos placed round Rudaki Park, one looking north-east, one without a place, a subject."""
    from photowalk.edits import set_locations

    window.open_project(folder / "Боғи Рӯдакӣ, май.photowalk", create=True)  # type: ignore[attr-defined]
    job = window.import_sources([SHARED / "photos" / "cameras"])  # type: ignore[attr-defined]
    wait(lambda: job is not None and not job.running)
    session = window.session  # type: ignore[attr-defined]
    ids = session.model.ids()[:6]
    places = [(38.5770, 68.7836, 45.0), (38.5775, 68.7846, None), (38.5766, 68.7850, 300.0), (38.5760, 68.7832, None),
              (38.5772, 68.7826, 180.0)]
    set_locations(session.store, {pid: p for pid, p in zip(ids, places, strict=False)})
    session.refresh(ids)
    window.select_ids(ids)  # type: ignore[attr-defined]
    wait(lambda: not session.checker.running)
    ed = window.editor  # type: ignore[attr-defined]
    ed.ensureWidgetVisible(ed.map_section, 0, 0)
    view = ed.map
    view.fit()
    wait(lambda: len(view.tiles) >= len(view.visible_tiles()) > 0, 30)
    shot(window, "map.png")
    window.close_project()  # type: ignore[attr-defined]


def where_shots(window: object, folder: Path) -> None:
    """Fix camera clock (a photo of a clock as the reference) and Geotag from GPX track after a run, on a walk
    through Dushanbe whose camera was 1 h 03 min slow and had no GPS (tests/walk.py makes it and its track)."""
    from photowalk.ui.clockdialog import ClockDialog
    from photowalk.ui.geotagdialog import GeotagDialog
    from tests.walk import make_corpus, make_walk

    walk = make_walk(make_corpus(folder / "corpus", 12, "320x240"), folder / "walk", -(3600 + 180))
    window.open_project(folder / "Сайругашт дар Душанбе.photowalk", create=True)  # type: ignore[attr-defined]
    job = window.import_sources([walk.photos])  # type: ignore[attr-defined]
    wait(lambda: job is not None and not job.running)
    session = window.session  # type: ignore[attr-defined]
    reference = session.model.photos()[4]
    window.select_ids([reference.id])  # type: ignore[attr-defined]
    clock = ClockDialog(session, reference.id, window)  # type: ignore[arg-type]
    clock.show()
    wait(lambda: not clock.thumb.pixmap().isNull(), 30)
    clock.shows.setText(walk.shots[reference.file_name].when.strftime("%H:%M:%S"))
    clock.by_photo.setChecked(True)
    shot(clock, "clock-fix.png")
    clock.apply()
    clock.close()
    geotag = GeotagDialog(session, parent=window)  # type: ignore[arg-type]
    geotag.show()
    geotag.gpx.setText(str(walk.gpx))
    geotag.start()
    wait(lambda: geotag.job is not None and not geotag.job.running)
    shot(geotag, "geotag.png")
    geotag.close()
    window.close_project()  # type: ignore[attr-defined]
def followup_shot(window: object, env: dict[str, str]) -> None:
    """The follow-up dialog: as Commons' volunteers would, an admin asks for one file's deletion and
    another is used in an article."""
    import mwclient

    from photowalk.upload import followup

    session = window.session  # type: ignore[attr-defined]
    titles = sorted(followup.uploaded_titles(session.store, env["TESTWIKI_API"]).values())
    site = mwclient.Site(env["TESTWIKI_HOST"], path=env["TESTWIKI_PATH"], scheme="http")
    site.login(env["TESTWIKI_ADMIN_BOTPASSWORD_USER"], env["TESTWIKI_ADMIN_BOTPASSWORD"])
    token = site.get_token("csrf")
    pages = {
        "Template:Delete": "<includeonly>[[Category:Deletion requests December 2026]]</includeonly>",
        f"Project:Deletion requests/File:{titles[0]}": f"[[:File:{titles[0]}]]",
        "Душанбе": f"[[File:{titles[1]}|thumb|Душанбе]]",
    }
    for title, text in pages.items():
        site.post("edit", title=title, text=text, summary="example", token=token)
    site.post("edit", title=f"File:{titles[0]}", appendtext="\n{{delete}}", summary="example", token=token)
    dialog = window.show_followup()  # type: ignore[attr-defined]
    wait(lambda: dialog.check_button.isEnabled())
    spin(0.5)
    shot(dialog, "followup.png")
    dialog.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["PHOTOWALK_TILE_URL"] = start_tile_server()
    settings = Settings(QSettings(str(TMP / "ui.ini"), QSettings.Format.IniFormat))
    settings.set("language", "tg")
    settings.set("author", "Example")
    translators = Translators()
    translators.install("tg")
    window = build_window(settings, translators)
    window.resize(1366, 768)  # as large as the screen: the window makes itself fit its free area
    window.show()
    spin(0.5)

    walks = TMP / "walks"
    walks.mkdir()
    if sys.argv[1:] == ["map"]:
        map_shot(window, walks)
        window.close()
        return
    if sys.argv[1:] == ["where"]:
        where_shots(window, walks)
        window.close()
        return
    for name in ("Сайругашти Варзоб", "Сайругашти Ҳисор", "Боғи Рӯдакӣ"):
        window.open_project(walks / f"{name}.photowalk", create=True)
        window.close_project()
    (walks / "Сайругашти Варзоб.photowalk").unlink()  # moved away since: greyed, and can be removed
    window.start_page.set_recent(settings.get("recent"))
    shot(window, "start-page.png")

    # Participants sharing the laptop: "I am ..." with one of them chosen, and her own projects.
    book = read_book()
    farangis = book.add("Фарангис", language="tg")
    book.add("Бахтиёр", language="tg")
    write_book(book)
    window.participants.participants.choose(farangis.id)
    window.open_project(walks / "Боғи Ботаникӣ.photowalk", create=True)
    window.close_project()
    shot(window, "participants.png")
    window.participants.participants.log_out()

    window.open_project(walks / "Душанбе, май.photowalk", create=True)
    job = window.import_sources([SHARED / "photos" / "gps"])
    wait(lambda: job is not None and not job.running)
    session = window.session
    assert session is not None
    ed = window.editor  # type: ignore[attr-defined]
    ids = session.model.ids()
    described = ids[:6]
    window.select_ids(described)
    spin(0.3)
    ed.rows["tg"].text.setPlainText("Манзараи шаҳр аз болои теппа")
    ed.commit_pending()
    for name in ("Photowalks in Tajikistan", "Dushanbe"):
        ed.add_category(name)
    ed.pattern.setText("{description} {n:2}")
    ed.apply_pattern()
    window.select_ids(ids[6:9])
    spin(0.3)
    ed.rows["tg"].text.setPlainText("Кӯчаи шахри кӯҳна")  # a Russian-keyboard х: the editor suggests ҳ
    ed.commit_pending()
    wait(lambda: not session.checker.running)
    spin(1.5)
    shot(window, "grid-editor.png")

    checks = window.checks  # type: ignore[attr-defined]
    window.side.setCurrentWidget(checks)
    spin(0.5)
    checks.next_problem()
    checks.next_problem()
    shot(window, "problems.png")
    window.side.setCurrentWidget(ed)

    # A phone's HEIC among the photos: the editor says why it can never go and what to do.
    job = window.import_sources([SHARED / "photos" / "other-formats" / "IMG_2682.heic"])
    wait(lambda: job is not None and not job.running)
    heic = next(i for i in session.model.ids() if session.model.photo(i).file_name == "IMG_2682.heic")
    window.select_ids([heic])
    wait(lambda: not session.checker.running)
    shot(window, "unusable-file.png")

    # The hints the guide explains: a photo without any camera data, and a statue among the categories.
    from photowalk.hints import FREEDOM_OF_PANORAMA, NO_CAMERA_DATA

    job = window.import_sources([SHARED / "photos" / "orientation" / "Landscape_1.jpg"])
    wait(lambda: job is not None and not job.running)
    no_data = next(i for i in session.model.ids() if session.model.photo(i).file_name == "Landscape_1.jpg")
    hint_shot(window, no_data, NO_CAMERA_DATA, "hint-not-own.png")
    window.select_ids(described[:1])
    spin(0.3)
    ed.add_category("Monuments in Dushanbe")
    hint_shot(window, described[0], FREEDOM_OF_PANORAMA, "hint-panorama.png")
    window.side.setCurrentWidget(ed)
    # An old family print: someone else's photo, the reason explained and the years it needs.
    from photowalk.edits import set_origin
    from photowalk.origin import Origin

    family = ids[12]
    set_origin(session.store, [family], Origin("Раҳим Каримов", "Албоми оилавӣ, соли 1929 чоп шудааст",
                                               "pd-old-70-expired", 1950, 1929))
    session.refresh([family])
    window.select_ids([family])
    wait(lambda: not session.checker.running)
    ed.ensureWidgetVisible(ed.origin_section, 0, 0)
    spin(0.5)
    shot(window, "someone-elses-photo.png")
    # Captions (structured data) in Tajik first, and what the photo depicts, as chips.
    from photowalk.depicts import DepictedItem
    from photowalk.edits import add_depicts, set_caption

    captioned = described[1]
    set_caption(session.store, [captioned], "tg", "Манзараи Душанбе аз болои теппа")
    set_caption(session.store, [captioned], "ru", "Вид на Душанбе с холма")
    add_depicts(session.store, [captioned], [DepictedItem("Q9365", {"tg": "Душанбе", "ru": "Душанбе", "en": "Dushanbe"})])
    session.refresh([captioned])
    window.select_ids([captioned])
    wait(lambda: not session.checker.running)
    ed.ensureWidgetVisible(ed.depicts, 0, 0)
    ed.ensureWidgetVisible(ed.captions, 0, 0)
    spin(0.5)
    shot(window, "captions.png")

    dialog = SettingsDialog(settings, window)
    dialog.show()
    shot(dialog, "settings.png")
    dialog.close()
    guide_shots(window)

    # Project › Apply event preset…: the preview of a practice round's preset.
    preset_file = TMP / "practice.toml"
    preset_file.write_text('''
        name = "Wiki Loves Tajikistan 2025 (practice)"
        wiki = "test.wikipedia"
        licence = "cc-by-sa-4.0"
        categories = ["Dushanbe"]
        tracking_category = "Wiki Loves Tajikistan 2025 (practice)"
        hashtag = "#WLTJ2025"
        gallery_title = "Wiki Loves Tajikistan 2025"
        caption_prefix = { tg = "WLTJ: " }
    ''', encoding="utf-8")
    preset = load_preset(preset_file)
    dialog = PresetDialog(preset, preset_file, preview_preset(session.store, preset),
                          window.upload.api_url(), window)  # type: ignore[attr-defined]
    dialog.show()
    shot(dialog, "apply-preset.png")
    dialog.close()

    # The upload view, after sending the described photos to a throwaway wiki.
    wiki_dir = TMP / "wiki"
    out = subprocess.run([str(SHARED / "testwiki" / "start-testwiki"), str(wiki_dir)], check=True,
                         capture_output=True, text=True, env={**os.environ, "TESTWIKI_WATCH_PID": str(os.getpid())}).stdout
    env = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    try:
        login = LoginDialog(env["TESTWIKI_API"], window)
        login.show()
        login.user.setText(env["TESTWIKI_BOTPASSWORD_USER"])
        login.password.setText("not-the-password")
        login.remember.setChecked(False)
        login.login_button.click()
        wait(lambda: login.login_button.isEnabled())  # enabled again once the wiki answered
        shot(login, "login-error.png")
        login.close()
        view = window.upload_view  # type: ignore[attr-defined]
        view.set_account(Account(parse_wiki(env["TESTWIKI_API"]), env["TESTWIKI_BOTPASSWORD_USER"],
                                 env["TESTWIKI_BOTPASSWORD"]))
        window.show_upload()
        wait(lambda: view.controller.plan is not None)
        view.controller.start()
        wait(lambda: view.controller.running)
        wait(lambda: not view.controller.running, 300)
        window.set_language("tg")
        shot(window, "upload-view.png")
        # Using an uploaded photo: its wikitext, and what the throwaway wiki can suggest (it has no GeoData).
        session.store.set_setting(KEY_ARTICLES_API, env["TESTWIKI_API"])
        use = open_use_dialog(window, session.store, described[0])
        wait(lambda: not use.busy.isVisible())
        shot(use, "use-photo.png")
        use.close()
        followup_shot(window, env)
    finally:
        subprocess.run([str(SHARED / "testwiki" / "stop-testwiki"), str(wiki_dir)], check=False, capture_output=True)
    window.upload_running = False
    window.close_project()
    map_shot(window, walks)
    where_shots(window, walks)
    window.close()


if __name__ == "__main__":
    main()
