"""Two participants on one computer: each upload records the account that sent it, as the wiki's
upload log does; a half-sent photo is never finished with another account's session; the end of an
event removes every photowalk secret from the keyring and nothing else."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest

from photowalk.cli.main import main
from photowalk.profiles import profiles_file, read_book, write_book
from photowalk.thumbnails import ThumbnailCache
from photowalk.upload import credentials, state
from photowalk.upload.endofevent import end_event
from photowalk.upload.oauth import OAuthClient
from photowalk.upload.queue import UploadBatch
from photowalk.upload.state import UploadState
from photowalk.upload.wiki import parse_wiki
from tests.upload_helpers import (
    KiB,
    MemoryKeyring,
    WikiRecorder,
    installed_keyring,
    make_project,
    noise_jpeg,
    run_batch,
    second_account,
    upload_log,
    upload_settings,
    uploaders,
)

REAL_KEYRING = os.environ.get("PHOTOWALK_REAL_KEYRING") == "1"


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Profiles, remembered accounts and thumbnails of this test only."""
    monkeypatch.setenv("PHOTOWALK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PHOTOWALK_CACHE_DIR", str(tmp_path / "cache"))


def titles_of(project_path: Path) -> dict[int, str]:
    from photowalk.project import ProjectStore

    with ProjectStore.open(project_path) as store:
        return {pid: str(row.title) for pid, row in state.load_all(store).items()}


def test_each_upload_records_the_account_that_sent_it_as_the_wiki_does(
    testwiki: dict[str, str], tmp_path: Path
) -> None:
    bob = second_account(testwiki)
    ann_project = make_project(tmp_path / "ann", [noise_jpeg(tmp_path / "a" / f"a{i}.jpg") for i in range(2)])
    bob_project = make_project(tmp_path / "bob", [noise_jpeg(tmp_path / "b" / f"b{i}.jpg") for i in range(2)])
    run_batch(ann_project, testwiki)  # Uploader's bot password
    run_batch(bob_project, testwiki, factory=WikiRecorder(testwiki, user=bob.bot_user, password=bob.bot_password))
    with ann_project.open() as store:
        ann_rows = state.load_all(store)
        # The account is the wiki's user name (Uploader@testbot logs in as Uploader), saved with the row.
        assert {r.account for r in ann_rows.values()} == {testwiki["TESTWIKI_USER"]}
        assert state.upload_accounts(store, ann_rows[ann_project.ids[0]].wiki) == {testwiki["TESTWIKI_USER"]: 2}
    with bob_project.open() as store:
        assert {r.account for r in state.load_all(store).values()} == {bob.user}
    ann_titles, bob_titles = titles_of(ann_project.path), titles_of(bob_project.path)
    # The wiki agrees: who uploaded each file, in imageinfo and in the upload log.
    assert set(uploaders(testwiki, list(ann_titles.values())).values()) == {testwiki["TESTWIKI_USER"]}
    assert set(uploaders(testwiki, list(bob_titles.values())).values()) == {bob.user}
    assert set(bob_titles.values()) <= upload_log(testwiki, bob.user)
    assert not set(ann_titles.values()) & upload_log(testwiki, bob.user)


def test_a_photo_half_sent_by_one_account_is_started_over_by_the_next(testwiki: dict[str, str], tmp_path: Path) -> None:
    bob = second_account(testwiki)
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "big.jpg", width=900, height=700)])
    api = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    settings = upload_settings(chunk_size=64 * KiB)
    batch: list[UploadBatch] = []

    def stop_after_a_chunk(p: object) -> None:
        if getattr(p, "bytes_done", 0) >= 64 * KiB and batch:
            batch[0].cancel()

    from photowalk.upload.plan import plan_upload

    with project.open() as store:
        plan = plan_upload(store, None, api_url=api)
    first = UploadBatch(project.path, WikiRecorder(testwiki, settings=settings), settings, on_progress=stop_after_a_chunk)
    batch.append(first)
    result = first.run(plan.items, api)
    assert result.cancelled
    with project.open() as store:
        row = state.load(store, project.ids[0])
        assert row is not None and row.state == UploadState.STASHING and row.filekey and row.bytes_confirmed > 0
        assert row.account == testwiki["TESTWIKI_USER"]
    # The next participant uploads the same project with their own account: their session never
    # publishes the first account's stash; the photo goes again, whole, as theirs.
    second = UploadBatch(project.path, WikiRecorder(testwiki, user=bob.bot_user, password=bob.bot_password,
                                                    settings=settings), settings)
    result = second.run(plan.items, api)
    assert [r.state for r in result.rows.values()] == [UploadState.DONE], result.rows
    with project.open() as store:
        row = state.load(store, project.ids[0])
        assert row is not None and row.account == bob.user and row.outcome == "uploaded"
        assert state.other_accounts(store, api, testwiki["TESTWIKI_BOTPASSWORD_USER"]) == [bob.user]
        assert state.other_accounts(store, api, f"{bob.user}@another") == []
    assert uploaders(testwiki, [str(row.title)]) == {row.title: bob.user}


def test_the_command_line_uploads_as_the_active_participant_and_says_who_sent_earlier_files(
    testwiki: dict[str, str], tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    bob = second_account(testwiki)
    api = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / f"c{i}.jpg") for i in range(2)])
    run_batch(project, testwiki, ids=project.ids[:1])  # the first photo by Uploader
    # Bob chose his name in the window and saved his login; Uploader logged in last on this wiki.
    credentials.remember_user(api, testwiki["TESTWIKI_BOTPASSWORD_USER"])
    credentials.store_password(api, testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
    credentials.store_password(api, bob.bot_user, bob.bot_password)
    book = read_book()
    profile = book.add("Bob")
    book.set_account(profile.id, api, bob.bot_user)
    book.set_active(profile.id)
    write_book(book)
    assert main(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"]]) == 0
    err = capsys.readouterr().err
    assert f"earlier uploads of this project were sent by {testwiki['TESTWIKI_USER']}" in err
    assert f"this upload is sent by {bob.bot_user}" in err
    with project.open() as store:
        accounts = {pid: r.account for pid, r in state.load_all(store).items()}
    assert accounts == {project.ids[0]: testwiki["TESTWIKI_USER"], project.ids[1]: bob.user}


# -- the end of an event --------------------------------------------------------------------------


@pytest.fixture
def event_keyring() -> Iterator[keyring.backend.KeyringBackend]:
    """The keyring the tests run with: the real Secret Service under scripts/run-tests, else keyring's API in memory."""
    if REAL_KEYRING:
        from keyring.backends import SecretService

        backend: keyring.backend.KeyringBackend = SecretService.Keyring()
    else:
        backend = MemoryKeyring()
    with installed_keyring(backend) as kr:
        yield kr


def test_end_of_event_removes_every_photowalk_secret_and_nothing_else(
    event_keyring: keyring.backend.KeyringBackend, tmp_path: Path
) -> None:
    wiki, other_wiki = "http://127.0.0.1:9/api.php", "https://test.wikipedia.org/w/api.php"
    book = read_book()
    ann = book.add("Ann", language="tg")
    bob = book.add("Bob", language="ru")
    book.set_account(ann.id, wiki, "Ann@photowalk")
    book.set_account(bob.id, other_wiki, "Bob")
    book.set_active(bob.id)
    write_book(book)
    credentials.store_password(wiki, "Ann@photowalk", "ann-secret-password-0123456789abcd")
    credentials.remember_user(wiki, "Ann@photowalk")
    credentials.store_refresh_token(other_wiki, "Bob", "bob-refresh-token")
    credentials.save_oauth_client(other_wiki, OAuthClient("client-1", "client-secret", 8765))
    # An account no profile names any more (its profile was deleted): still found and removed.
    credentials.store_password(wiki, "Old@photowalk", "old-secret-password")
    # Other programs' entries, and an entry photowalk never made, stay.
    event_keyring.set_password("another program", "Ann", "not photowalk's")
    cache = ThumbnailCache()
    thumb = cache.path_for("a" * 40)
    thumb.parent.mkdir(parents=True, exist_ok=True)
    thumb.write_bytes(b"\xff\xd8" + os.urandom(3000))
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "x.jpg")])
    try:
        ended = end_event(thumbnails=True)
        assert (ended.forgotten.passwords, ended.forgotten.tokens, ended.forgotten.client_secrets) == (2, 1, 1)
        assert ended.profiles == 2 and ended.thumbnail_files == 1 and ended.thumbnail_bytes == 3002
        # Checked with the backend's own API, not photowalk's.
        for service, user in ((credentials.service_name(wiki), "Ann@photowalk"),
                              (credentials.service_name(wiki), "Old@photowalk"),
                              (credentials.oauth_service_name(other_wiki), "Bob"),
                              (credentials.oauth_service_name(other_wiki), "client client-1")):
            assert event_keyring.get_password(service, user) is None, (service, user)
        assert event_keyring.get_password("another program", "Ann") == "not photowalk's"
        # Everyone logged out; the participants, their projects and the OAuth client's id stay.
        after = read_book()
        assert after.active is None and [p.name for p in after.profiles] == ["Ann", "Bob"]
        assert credentials.remembered_user(wiki) is None
        client = credentials.oauth_client(other_wiki)
        assert client is not None and client.client_id == "client-1" and client.client_secret is None
        assert not thumb.exists() and project.path.exists()
        assert all(p.exists() for p in project.files.values())
        # Nothing is left to remove a second time.
        again = end_event(thumbnails=False)
        assert (again.forgotten.passwords, again.forgotten.tokens, again.thumbnail_files) == (0, 0, 0)
    finally:
        try:
            event_keyring.delete_password("another program", "Ann")
        except keyring.errors.PasswordDeleteError:
            pass


def test_end_of_event_forgets_the_participants_when_asked(memory_keyring: MemoryKeyring,
                                                         capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    wiki = "http://127.0.0.1:9/api.php"
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "x.jpg")])
    book = read_book()
    ann = book.add("Ann")
    book.set_account(ann.id, wiki, "Ann@photowalk")
    book.add_project(ann.id, project.path)
    book.add("Bob")
    write_book(book)
    credentials.store_password(wiki, "Ann@photowalk", "ann-secret-password-0123456789abcd")
    # Without the flag the participants stay (the trainer may run the next event with them).
    assert main(["end-of-event"]) == 0
    assert "forgotten" not in capsys.readouterr().out and len(read_book().profiles) == 2
    assert main(["end-of-event", "--participants"]) == 0
    assert "Participants forgotten: 2." in capsys.readouterr().out
    assert read_book().profiles == [] and not profiles_file().exists()
    assert not memory_keyring.entries and project.path.exists()


def test_end_of_event_on_the_command_line(memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]) -> None:
    wiki = "http://127.0.0.1:9/api.php"
    book = read_book()
    ann = book.add("Ann")
    book.set_account(ann.id, wiki, "Ann@photowalk")
    book.set_active(ann.id)
    write_book(book)
    credentials.store_password(wiki, "Ann@photowalk", "ann-secret-password-0123456789abcd")
    credentials.store_refresh_token(wiki, "Ann", "ann-refresh")
    thumb = ThumbnailCache().path_for("b" * 40)
    thumb.parent.mkdir(parents=True, exist_ok=True)
    thumb.write_bytes(os.urandom(1_500_000))
    assert main(["end-of-event", "--thumbnails"]) == 0
    out = capsys.readouterr().out
    assert "Saved passwords removed: 1. Login tokens removed: 1. Participants logged out: 1." in out
    assert "Thumbnails deleted: 1.5 MB." in out
    assert not memory_keyring.entries and not thumb.exists()
    assert read_book().active is None
    # The profiles file never held a secret.
    text = profiles_file().read_text(encoding="utf-8")
    assert "secret" not in text and "refresh" not in text and json.loads(text)["profiles"][0]["account"] == "Ann@photowalk"
