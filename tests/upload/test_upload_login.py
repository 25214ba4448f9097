"""Wiki addresses, the User-Agent, logging in with bot passwords, and passwords in the keyring."""

from __future__ import annotations

import io
import logging
import os
import re
import traceback
from pathlib import Path

import keyring
import keyring.backend
import mwclient
import pytest
from keyring.testing.backend import BackendBasicTests

from photowalk import APP_URL, __version__
from photowalk.__main__ import main
from photowalk.upload import credentials
from photowalk.upload.errors import (
    AuthError,
    InsecureWikiError,
    KeyringUnavailable,
    MissingGrants,
    ReadOnly,
    WikiAddressError,
)
from photowalk.upload.wiki import COMMONS_API, Wiki, parse_wiki, user_agent
from tests.upload_helpers import (
    LockedKeyring,
    MemoryKeyring,
    installed_keyring,
    make_project,
    noise_jpeg,
    proxy_for,
    run_php_maintenance,
)

REAL_KEYRING = os.environ.get("PHOTOWALK_REAL_KEYRING") == "1"



# -- addresses and User-Agent ----------------------------------------------------------


def test_wiki_addresses() -> None:
    assert parse_wiki("commons").api_url == COMMONS_API == parse_wiki("Commons ").api_url
    c = parse_wiki("commons")
    assert (c.scheme, c.host, c.path, c.name) == ("https", "commons.wikimedia.org", "/w/", "commons")
    t = parse_wiki("http://127.0.0.1:8080/api.php")
    assert (t.scheme, t.host, t.path) == ("http", "127.0.0.1:8080", "/")
    assert parse_wiki("http://localhost/w/api.php").host == "localhost"
    assert parse_wiki("http://[::1]:81/api.php").host == "[::1]:81"
    assert parse_wiki("https://test.wikipedia.org/w/api.php").name == "test.wikipedia.org"
    for insecure in ("http://commons.wikimedia.org/w/api.php", "http://192.168.1.5/api.php"):
        with pytest.raises(InsecureWikiError) as info:
            parse_wiki(insecure)
        assert "https://" in info.value.message
    for bad in ("commons.wikimedia.org", "https://commons.wikimedia.org/wiki/Main_Page", "ftp://x/api.php",
                "https://user:pw@x.org/api.php", "https://x.org/api.php?action=query", ""):
        with pytest.raises(WikiAddressError):
            parse_wiki(bad)


def test_user_agent_follows_wikimedia_policy() -> None:
    assert user_agent() == f"photowalk/{__version__} ({APP_URL}) mwclient/{mwclient.__version__}"
    assert re.fullmatch(r"photowalk/[\w.]+ \(https://[^ )]+\) mwclient/[\w.]+", user_agent())
def test_every_request_carries_the_user_agent(testwiki: dict[str, str]) -> None:
    with proxy_for(testwiki) as proxy:
        w = Wiki(parse_wiki(proxy.api), testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
        w.connect()
        w.get(action="query", meta="siteinfo")
        w.close()
        heads = proxy.request_heads
    assert len(heads) >= 4
    for head in heads:
        assert f"User-Agent: {user_agent()}\r\n".encode() in head


# -- logging in ------------------------------------------------------------------------
def test_bot_password_login(testwiki: dict[str, str]) -> None:
    w = Wiki(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
    w.connect()
    assert w.site is not None and w.site.username == testwiki["TESTWIKI_USER"]
    assert int(w.siteinfo["maxuploadsize"]) > 0
    assert testwiki["TESTWIKI_BOTPASSWORD"] not in repr(w)
def test_wrong_password_is_a_clear_error_without_the_password(
    testwiki: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "w" * 40
    w = Wiki(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"], wrong)
    with pytest.raises(AuthError) as info:
        w.connect()
    msg = info.value.message
    assert testwiki["TESTWIKI_BOTPASSWORD_USER"] in msg and "Special:BotPasswords" in msg and "log in again" in msg
    # The message is the window's too: the command to type is the command line's own hint.
    assert "photowalk login" not in msg and info.value.command_hint == "Log in with: photowalk login"
    text = "".join(traceback.format_exception(info.value))
    assert wrong not in text and wrong not in msg and wrong not in caplog.text
def test_bot_password_without_upload_grants(testwiki: dict[str, str]) -> None:
    password = "0123456789abcdefghijklmnopqrstuv"[::-1] + "0123"
    run_php_maintenance(testwiki, "createBotPassword.php", "--appid", "readonlyapp", "--grants", "basic",
                        testwiki["TESTWIKI_USER"], password)
    w = Wiki(parse_wiki(testwiki["TESTWIKI_API"]), f"{testwiki['TESTWIKI_USER']}@readonlyapp", password)
    with pytest.raises(MissingGrants) as info:
        w.connect()
    assert "Upload new files" in info.value.message and info.value.stops_batch
    assert "photowalk login" not in info.value.message
def test_login_while_read_only_waits(testwiki: dict[str, str], wiki_settings: object) -> None:
    wiki_settings("$wgReadOnly = 'Switching data centres';")  # type: ignore[operator]
    w = Wiki(parse_wiki(testwiki["TESTWIKI_API"]), testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"])
    with pytest.raises(ReadOnly) as info:
        w.connect()
    assert info.value.retryable and "Switching data centres" in info.value.message


# -- the keyring -----------------------------------------------------------------------


class TestMemoryKeyring(BackendBasicTests):
    """keyring's own conformance suite, on the backend the tests use."""

    def init_keyring(self) -> keyring.backend.KeyringBackend:
        return MemoryKeyring()


@pytest.mark.skipif(not REAL_KEYRING, reason="needs PHOTOWALK_REAL_KEYRING=1 under dbus-run-session (scripts/run-tests)")
class TestSecretService(BackendBasicTests):
    """The same suite on the real Secret Service (gnome-keyring), as in CI."""

    def init_keyring(self) -> keyring.backend.KeyringBackend:
        from keyring.backends import SecretService

        return SecretService.Keyring()


def test_credentials_are_keyed_by_wiki_and_user(memory_keyring: MemoryKeyring) -> None:
    a, b = "https://commons.wikimedia.org/w/api.php", "http://127.0.0.1:9/api.php"
    credentials.store_password(a, "Ann@pw", "secret-a")
    credentials.store_password(b, "Ann@pw", "secret-b")
    assert credentials.get_password(a, "Ann@pw") == "secret-a"
    assert credentials.get_password(b, "Ann@pw") == "secret-b"
    assert credentials.get_password(a, "Bob@pw") is None
    assert (credentials.service_name(a), "Ann@pw") in memory_keyring.entries
    assert credentials.forget_password(a, "Ann@pw") is True
    assert credentials.forget_password(a, "Ann@pw") is False
    assert credentials.get_password(a, "Ann@pw") is None and credentials.get_password(b, "Ann@pw") == "secret-b"


@pytest.mark.skipif(not REAL_KEYRING, reason="needs PHOTOWALK_REAL_KEYRING=1 under dbus-run-session (scripts/run-tests)")
def test_credentials_in_the_real_secret_service() -> None:
    from keyring.backends import SecretService

    with installed_keyring(SecretService.Keyring()):
        api = "http://127.0.0.1:1/api.php"
        credentials.store_password(api, "Тест@photowalk", "pässwörd-ӣ")
        try:
            assert credentials.get_password(api, "Тест@photowalk") == "pässwörd-ӣ"
        finally:
            assert credentials.forget_password(api, "Тест@photowalk")
        assert credentials.get_password(api, "Тест@photowalk") is None


def test_locked_keyring_is_a_clear_error_offering_not_to_remember() -> None:
    secret = "-".join(("the", "secret", "value"))  # not spelled out: tracebacks quote source lines
    with installed_keyring(LockedKeyring()):
        with pytest.raises(KeyringUnavailable) as info:
            credentials.store_password("http://127.0.0.1:1/api.php", "Ann@pw", secret)
        assert secret not in "".join(traceback.format_exception(info.value))
        assert "PasswordSetError" in info.value.message and "give the password each time" in info.value.message
        with pytest.raises(KeyringUnavailable):
            credentials.get_password("http://127.0.0.1:1/api.php", "Ann@pw")


def test_no_keyring_at_all() -> None:
    from keyring.backends import fail

    with installed_keyring(fail.Keyring()):
        with pytest.raises(KeyringUnavailable) as info:
            credentials.get_password("http://127.0.0.1:1/api.php", "Ann@pw")
    assert "NoKeyringError" in info.value.message


# -- the login, logout and upload commands with the keyring ----------------------------
def test_login_upload_logout_with_the_keyring(
    testwiki: dict[str, str], memory_keyring: MemoryKeyring, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    api, user, pw = testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]
    monkeypatch.setattr("sys.stdin", io.StringIO("w" * 40 + "\n"))
    assert main(["login", "--wiki", api, "--user", user]) == 1
    err = capsys.readouterr().err
    assert "did not accept" in err and err.rstrip().endswith("then log in again. Log in with: photowalk login")
    assert not memory_keyring.entries
    monkeypatch.setattr("sys.stdin", io.StringIO(pw + "\n"))
    assert main(["login", "--wiki", api, "--user", user]) == 0
    assert "keyring" in capsys.readouterr().out
    assert memory_keyring.entries == {(credentials.service_name(api), user): pw}
    assert credentials.remembered_user(api) == user
    project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "k.jpg")])
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # nothing on stdin: the keyring is used
    assert main(["upload", "--project", str(project.path), "--wiki", api]) == 0
    out = capsys.readouterr()
    assert "Uploaded 1" in out.out and pw not in out.out + out.err
    assert main(["logout", "--wiki", api]) == 0
    assert not memory_keyring.entries and credentials.remembered_user(api) is None
    # Without a stored password and no terminal, upload says what to do.
    project2 = make_project(tmp_path / "2", [noise_jpeg(tmp_path / "src2" / "k.jpg")])
    assert main(["upload", "--project", str(project2.path), "--wiki", api, "--user", user]) == 1
    assert "photowalk login" in capsys.readouterr().err
def test_locked_keyring_login_still_checks_and_upload_takes_stdin(
    testwiki: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    api, user, pw = testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]
    with installed_keyring(LockedKeyring()):
        monkeypatch.setattr("sys.stdin", io.StringIO(pw + "\n"))
        assert main(["login", "--wiki", api, "--user", user]) == 1
        captured = capsys.readouterr()
        assert "keyring cannot be used" in captured.err and "was not kept" in captured.out
        project = make_project(tmp_path, [noise_jpeg(tmp_path / "src" / "k.jpg")])
        monkeypatch.setattr("sys.stdin", io.StringIO(pw + "\n"))
        assert main(["upload", "--project", str(project.path), "--wiki", api, "--user", user,
                     "--password-stdin"]) == 0
        assert "Uploaded 1" in capsys.readouterr().out


def test_the_practice_wiki_has_a_short_name() -> None:
    assert parse_wiki("test.wikipedia").api_url == "https://test.wikipedia.org/w/api.php"
    assert parse_wiki("Test.Wikipedia").name == "test.wikipedia.org"
