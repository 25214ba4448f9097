"""Helpers for the upload tests: projects of real or noise photos, a faulty TCP proxy, wiki reads."""

from __future__ import annotations

import hashlib
import itertools
import os
import random
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.errors
import mwclient
import piexif
import requests
from PIL import Image

from photowalk import edits
from photowalk.importer import import_paths
from photowalk.project import ProjectStore
from photowalk.upload.backoff import BackoffSettings
from photowalk.upload.control import Control
from photowalk.upload.queue import UploadBatch, WikiFactory
from photowalk.upload.settings import UploadSettings
from photowalk.upload.uploader import UploadEvent
from photowalk.upload.wiki import ConnectionSettings, Wiki, parse_wiki

FAST_BACKOFF = BackoffSettings(base=0.05, cap=0.5, give_up_after=20.0)
KiB = 1024

# Real camera JPEGs from ../shared/photos that the wiki accepts (distinct cameras, some with GPS).
REAL_PHOTOS = (
    "cameras/Canon_EOS_REBEL_T3i.jpg",
    "cameras/DSCN0138.JPG",
    "cameras/FujiFilm_FinePix40i.jpg",
    "cameras/Kodak_DC240.jpg",
    "cameras/Sony_DSC-P12.jpg",
    "gps/DSCN0010.jpg",
    "gps/FurnaceCreekInn.jpg",
    "gps/HTC_Desire.jpg",
)

_counter = itertools.count(1)


def unique(prefix: str = "T") -> str:
    """A token that makes titles unique within one test session's wiki."""
    return f"{prefix}{next(_counter)}x{uuid.uuid4().hex[:6]}"


def noise_jpeg(path: Path, *, width: int = 400, height: int = 300, seed: int | None = None, quality: int = 92,
               gps: bool = False) -> Path:
    """A JPEG of random noise: incompressible, so its size is predictable and its bytes unique."""
    rnd = random.Random(seed if seed is not None else uuid.uuid4().int)
    img = Image.frombytes("RGB", (width, height), rnd.randbytes(width * height * 3))
    path.parent.mkdir(parents=True, exist_ok=True)
    # A camera-like EXIF date: the checks want to know when a photo was taken.
    info: dict[str, Any] = {"0th": {piexif.ImageIFD.Make: b"Noise", piexif.ImageIFD.Model: b"Test"},
                            "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:05:01 10:00:00"}}
    if gps:  # Dushanbe
        info["GPS"] = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((38, 1), (33, 1), (0, 1)),
                       piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((68, 1), (47, 1), (0, 1))}
    exif = piexif.dump(info)
    img.save(path, "JPEG", quality=quality, exif=exif)
    return path


def sha1_of(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


@dataclass
class Project:
    path: Path
    ids: list[int]
    files: dict[int, Path]

    def open(self) -> ProjectStore:
        return ProjectStore.open(self.path)


def make_project(
    folder: Path,
    files: Sequence[Path],
    *,
    token: str | None = None,
    descriptions: dict[str, str] | None = None,
    settings: dict[str, Any] | None = None,
) -> Project:
    """A project holding copies of `files`, each described well enough to pass the checks."""
    folder.mkdir(parents=True, exist_ok=True)
    photos = folder / "photos"
    photos.mkdir(exist_ok=True)
    for f in files:
        target = photos / f.name
        if f.resolve() != target.resolve():
            target.write_bytes(f.read_bytes())
            os.utime(target, (f.stat().st_atime, f.stat().st_mtime))
    path = folder / "walk.photowalk"
    token = token or unique()
    with ProjectStore.open(path, create=True) as store:
        report = import_paths([photos], store, make_thumbnails=False)
        assert not report.failed and not report.rejected, (report.failed, report.rejected)
        ids = store.photo_ids()
        by_id = {p.id: store.resolve(p.path) for p in store.photos()}
        store.set_setting("licence", "cc-by-sa-4.0")
        store.set_setting("author", "Uploader")
        for key, value in (settings or {}).items():
            store.set_setting(key, value)
        for n, pid in enumerate(ids, start=1):
            edits.set_title(store, pid, f"Photowalk test {token} {n:02d}")
            for lang, text in (descriptions or {"en": f"A test photo number {n}", "tg": f"Сурати санҷишӣ рақами {n}"}).items():
                edits.set_description(store, [pid], lang, text)
            edits.add_categories(store, [pid], ["Photowalk tests"])
    return Project(path, ids, by_id)


def upload_settings(**overrides: Any) -> UploadSettings:
    base: dict[str, Any] = {"chunk_size": 64 * KiB, "backoff": FAST_BACKOFF,
                            "connection": ConnectionSettings(timeout=15.0)}
    base.update(overrides)
    return UploadSettings(**base)


class WikiRecorder:
    """A WikiFactory that keeps the sessions it made, so a test can reach into them."""

    def __init__(self, testwiki: dict[str, str], api: str | None = None, password: str | None = None,
                 user: str | None = None, settings: UploadSettings | None = None) -> None:
        self.address = parse_wiki(api or testwiki["TESTWIKI_API"])
        self.user = user or testwiki["TESTWIKI_BOTPASSWORD_USER"]
        self.password = password or testwiki["TESTWIKI_BOTPASSWORD"]
        self.settings = settings or upload_settings()
        self.made: list[Wiki] = []

    def __call__(self, control: Control) -> Wiki:
        w = Wiki(self.address, self.user, self.password, settings=self.settings.connection, control=control)
        self.made.append(w)
        return w


@dataclass
class Run:
    """One batch run's result plus everything it reported."""

    batch: UploadBatch
    result: Any
    events: list[UploadEvent] = field(default_factory=list)
    progress: list[Any] = field(default_factory=list)


def run_batch(
    project: Project,
    testwiki: dict[str, str],
    *,
    settings: UploadSettings | None = None,
    factory: WikiFactory | None = None,
    on_progress: Callable[[Any], None] | None = None,
    on_event: Callable[[UploadEvent], None] | None = None,
    ids: list[int] | None = None,
    api: str | None = None,
) -> Run:
    """Plan and upload a project's photos with the engine, as the CLI does."""
    from photowalk.upload.plan import plan_upload

    settings = settings or upload_settings()
    factory = factory or WikiRecorder(testwiki, api=api, settings=settings)
    api_url = parse_wiki(api or testwiki["TESTWIKI_API"]).api_url
    with project.open() as store:
        plan = plan_upload(store, ids, api_url=api_url, strip_identity=settings.strip_identity)
    assert not plan.not_ready, plan.not_ready
    events: list[UploadEvent] = []
    progress: list[Any] = []

    def prog(p: Any) -> None:
        progress.append(p)
        if on_progress:
            on_progress(p)

    def ev(e: UploadEvent) -> None:
        events.append(e)
        if on_event:
            on_event(e)

    batch = UploadBatch(project.path, factory, settings, on_progress=prog, on_event=ev)
    run = Run(batch, None, events, progress)
    run.result = batch.run(plan.items, api_url)
    return run



# -- reading the wiki directly (not through photowalk) -------------------------------------


def admin_site(testwiki: dict[str, str]) -> mwclient.Site:
    s = mwclient.Site(testwiki["TESTWIKI_HOST"], path=testwiki["TESTWIKI_PATH"], scheme="http",
                      max_retries=1, retry_timeout=1)
    s.login(testwiki["TESTWIKI_ADMIN_BOTPASSWORD_USER"], testwiki["TESTWIKI_ADMIN_BOTPASSWORD"])
    return s


def make_pages(testwiki: dict[str, str], titles: Sequence[str], text: str = "made by a test") -> None:
    """Create pages on the wiki behind photowalk's back (category pages, articles)."""
    site = admin_site(testwiki)
    token = site.get_token("csrf")
    for title in titles:
        # One request a page (mwclient's Page.edit reads the page first).
        r = site.post("edit", title=title, text=text, summary=text, token=token, createonly=1)
        assert r["edit"]["result"] == "Success", r


def api_get(testwiki: dict[str, str], **params: Any) -> dict[str, Any]:
    r = requests.get(testwiki["TESTWIKI_API"], params={"format": "json", "formatversion": 2, **params}, timeout=30)
    r.raise_for_status()
    return dict(r.json())


def files_with_sha1(testwiki: dict[str, str], sha1: str) -> list[str]:
    q = api_get(testwiki, action="query", list="allimages", aisha1=sha1)
    return [a["title"] for a in q["query"]["allimages"]]


def file_versions(testwiki: dict[str, str], title: str) -> list[dict[str, Any]]:
    """Every version of File:title, newest first (sha1, size, url)."""
    q = api_get(testwiki, action="query", titles=f"File:{title}", prop="imageinfo",
                iiprop="sha1|size|url", iilimit="max")
    return list(q["query"]["pages"][0].get("imageinfo") or [])


def page_wikitext(testwiki: dict[str, str], title: str) -> str | None:
    q = api_get(testwiki, action="query", titles=f"File:{title}", prop="revisions", rvprop="content", rvslots="main")
    revs = q["query"]["pages"][0].get("revisions")
    return revs[0]["slots"]["main"]["content"] if revs else None


def download(url: str) -> bytes:
    r = requests.get(url, timeout=30)
    r.raise_for_status()
    return r.content


def upload_plain(testwiki: dict[str, str], path: Path, title: str, text: str = "placed by a test") -> None:
    """Put a file on the wiki behind photowalk's back (as another volunteer would)."""
    site = admin_site(testwiki)
    with path.open("rb") as f:
        r = site.upload(f, filename=title, description=text, comment=text, ignore=True)
    r = r.get("upload", r)
    assert r["result"] == "Success", r


def run_php_maintenance(testwiki: dict[str, str], script: str, *args: str) -> str:
    env = {**os.environ, "MW_CONFIG_FILE": testwiki["TESTWIKI_MW_CONFIG_FILE"]}
    out = subprocess.run(["php", f"/usr/share/mediawiki/maintenance/{script}", *args], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


@dataclass(frozen=True)
class SecondAccount:
    """Another participant's account on the test wiki: its user name and a bot password with Uploader's grants."""

    user: str
    bot_user: str
    bot_password: str


_second_accounts: dict[str, SecondAccount] = {}


def second_account(testwiki: dict[str, str]) -> SecondAccount:
    """A second uploading account on this test wiki, made once with its maintenance scripts."""
    key = testwiki["TESTWIKI_DIR"]
    if key not in _second_accounts:
        user = "Second participant"
        rnd = random.Random()
        run_php_maintenance(testwiki, "createAndPromote.php", "--force", user,
                            "Pw-" + "".join(rnd.choices("abcdefghijkmnpqrstuvwxyz23456789", k=24)))
        password = "".join(rnd.choices("0123456789abcdefghijklmnopqrstuvw", k=32))
        run_php_maintenance(testwiki, "createBotPassword.php", "--appid", "photowalk", "--grants",
                            "basic,highvolume,editpage,createeditmovepage,uploadfile,uploadeditmovefile",
                            user, password)
        _second_accounts[key] = SecondAccount(user, f"{user}@photowalk", password)
    return _second_accounts[key]


def uploaders(testwiki: dict[str, str], titles: Sequence[str]) -> dict[str, str]:
    """Who uploaded each File:title (its first version), as the wiki's imageinfo says."""
    q = api_get(testwiki, action="query", titles="|".join(f"File:{t}" for t in titles), prop="imageinfo",
                iiprop="user", iilimit=1)
    return {p["title"].removeprefix("File:"): p["imageinfo"][-1]["user"] for p in q["query"]["pages"] if "imageinfo" in p}


def upload_log(testwiki: dict[str, str], user: str) -> set[str]:
    """The files the wiki's upload log says `user` uploaded (titles without File:)."""
    q = api_get(testwiki, action="query", list="logevents", letype="upload", leuser=user, lelimit=500)
    return {e["title"].removeprefix("File:") for e in q["query"]["logevents"]}


# -- a TCP proxy that breaks connections on demand ---------------------------------------------


class FaultyProxy:
    """Forwards 127.0.0.1:port to the wiki; can cut a request mid-body, drop a response, add delay."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self._lock = threading.Lock()
        self._cut_after: int | None = None  # client->server bytes still allowed before a cut
        self._drop_response = False
        self.response_delay = 0.0
        self.cuts = 0
        self.dropped = 0
        self.upstream_bytes = 0  # client -> wiki, all connections
        self.upstream_log: list[tuple[float, int]] = []  # (time.monotonic(), bytes) as they arrived from clients
        self.request_heads: list[bytes] = []
        self._conns: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api.php"

    def cut_request_after(self, n: int) -> None:
        """Reset the connection once `n` more bytes went from client to wiki (a cut mid-upload)."""
        with self._lock:
            self._cut_after = n

    def drop_next_response(self) -> None:
        """Let the next request reach the wiki, then reset the connection instead of answering."""
        with self._lock:
            self._drop_response = True

    def close(self) -> None:
        self._closed = True
        self.server.close()
        for c in list(self._conns):
            _hard_close(c)

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                _hard_close(client)
                continue
            self._conns += [client, upstream]
            threading.Thread(target=self._up, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._down, args=(upstream, client), daemon=True).start()

    def _up(self, client: socket.socket, upstream: socket.socket) -> None:
        head = True
        try:
            while data := client.recv(65536):
                if head or data[:4] in (b"GET ", b"POST"):
                    self.request_heads.append(data[:2048])
                    head = False
                with self._lock:
                    cut = self._cut_after
                    if cut is not None:
                        if len(data) > cut:
                            self._cut_after = None
                            self.cuts += 1
                            upstream.sendall(data[:cut])
                            _hard_close(client)
                            _hard_close(upstream)
                            return
                        self._cut_after = cut - len(data)
                    self.upstream_bytes += len(data)
                    self.upstream_log.append((time.monotonic(), len(data)))
                upstream.sendall(data)
            _soft_close(upstream)
        except OSError:
            _hard_close(client)
            _hard_close(upstream)

    def _down(self, upstream: socket.socket, client: socket.socket) -> None:
        try:
            while data := upstream.recv(65536):
                with self._lock:
                    drop = self._drop_response
                    self._drop_response = False
                if drop:
                    self.dropped += 1
                    _hard_close(client)
                    _hard_close(upstream)
                    return
                if self.response_delay:
                    time.sleep(self.response_delay)
                client.sendall(data)
            _soft_close(client)
        except OSError:
            _hard_close(client)
            _hard_close(upstream)


def _soft_close(s: socket.socket) -> None:
    """End of stream in one direction, as the wiki ended it; queued data still goes out."""
    try:
        s.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def _hard_close(s: socket.socket) -> None:
    try:
        # SO_LINGER 0: the peer sees a reset, as with a dropped mobile connection.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    except OSError:
        pass
    try:
        # Wakes a thread blocked in recv() on this socket; close() alone would wait for it.
        s.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        s.close()
    except OSError:
        pass


@contextmanager
def proxy_for(testwiki: dict[str, str]) -> Iterator[FaultyProxy]:
    p = FaultyProxy(int(testwiki["TESTWIKI_PORT"]))
    try:
        yield p
    finally:
        p.close()


# -- an in-memory keyring (keyring's own backend API) ---------------------------------------


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in memory, for tests: never the user's real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("no such password") from None


class LockedKeyring(keyring.backend.KeyringBackend):
    """A keyring that refuses everything, like a locked one with no prompt available."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the keyring")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("Prompt dismissed")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the keyring")


@contextmanager
def installed_keyring(backend: keyring.backend.KeyringBackend) -> Iterator[keyring.backend.KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


class Win32Error(Exception):
    """The shape of pywin32's pywintypes.error, which keyring's Windows back-end lets through:
    args (winerror, funcname, strerror) and the same three attributes."""

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


class CredentialManagerKeyring(keyring.backend.KeyringBackend):
    """Windows Credential Manager as keyring's WinVaultKeyring answers when Windows refuses: every call
    raises pywin32's error with `winerror` (1312: no logon session, as under a service or runas)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, winerror: int = 1312) -> None:
        super().__init__()
        self.winerror = winerror

    def _refuse(self, funcname: str) -> None:
        text = {1312: "A specified logon session does not exist. It may already have been terminated."}
        raise Win32Error(self.winerror, funcname, text.get(self.winerror, "The stub received bad data."))

    def get_password(self, service: str, username: str) -> str | None:
        self._refuse("CredRead")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._refuse("CredWrite")

    def delete_password(self, service: str, username: str) -> None:
        self._refuse("CredDelete")
