"""Logging in with the Wikimedia account (OAuth 2, authorization code + PKCE), against a server that
answers as the recorded MediaWiki OAuth extension did (tests/oauth_server.py)."""

from __future__ import annotations

import json
import logging
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests

from photowalk.__main__ import main
from photowalk.errors import Cancelled
from photowalk.logs import MASK, log_file, redact
from photowalk.upload import credentials
from photowalk.upload.errors import (
    OAuthClientRejected,
    OAuthCodeRejected,
    OAuthDenied,
    OAuthError,
    OAuthLoginEnded,
    OAuthNoAnswer,
    OAuthPortBusy,
    OAuthRedirectMismatch,
    OAuthStateMismatch,
    OAuthTokenRefused,
    OAuthVerifierRejected,
)
from photowalk.upload.loopback import CallbackListener, browser_login
from photowalk.upload.oauth import (
    OAuthClient,
    Pkce,
    Tokens,
    TokenSource,
    authorize_url,
    exchange_code,
    refresh_tokens,
    s256,
)
from photowalk.upload.oauthlogin import from_pipe, login_in_browser, stored_login, to_pipe
from photowalk.upload.wiki import Wiki, parse_wiki
from tests.oauth_server import ERRORS, PKCE, Browser, IssuedCode, IssuedToken, OAuthServer, OAuthWiki, oauth_server
from tests.upload_helpers import MemoryKeyring, make_project, noise_jpeg


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def wiki() -> Iterator[tuple[OAuthServer, OAuthClient]]:
    """The recorded OAuth wiki, its client registered with a free loopback port as callback."""
    port = free_port()
    with oauth_server(OAuthWiki(redirect_uri=f"http://127.0.0.1:{port}/callback")) as server:
        yield server, OAuthClient(server.state.client_id, server.state.client_secret, port)


def login(server: OAuthServer, client: OAuthClient, browser: Browser | None = None, timeout: float = 30) -> Tokens:
    return browser_login(parse_wiki(server.api), client, open_browser=browser or Browser(), timeout=timeout)


def code_for(server: OAuthServer, client: OAuthClient, pkce: Pkce) -> str:
    """An authorization code, as a browser that presses Allow brings it to the listener."""
    with CallbackListener(client) as listener:
        Browser()(authorize_url(parse_wiki(server.api), client, pkce))
        return listener.wait("wiki", pkce.state, timeout=30)


# -- PKCE and the authorize address -------------------------------------------------------------


def test_pkce_s256() -> None:
    # SHA-256 of "abc" (FIPS 180-2's example), base64url without padding.
    assert s256("abc") == "ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"
    pkces = [Pkce.new() for _ in range(20)]
    for p in pkces:
        # As the recorded verifiers: 86 characters of [A-Za-z0-9_-]; the challenge unpadded.
        assert re.fullmatch(r"[A-Za-z0-9_-]{86}", p.verifier)
        assert p.challenge == s256(p.verifier) and "=" not in p.challenge
        assert p.verifier not in repr(p)
    assert len({p.state for p in pkces}) == 20


def test_authorize_address_as_recorded() -> None:
    address = parse_wiki("https://commons.wikimedia.org/w/api.php")
    pkce = Pkce.new()
    url = authorize_url(address, OAuthClient("e681afb5110cd01a5b64996cdf75f19f"), pkce)
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://commons.wikimedia.org/w/rest.php/oauth2/authorize"
    sent = parse_qsl(parts.query)
    recorded = PKCE[2]["request"]["query"]
    # The same parameters in the same order, code_challenge_method always named (else "plain" is assumed).
    assert [k for k, _ in sent] == list(recorded)
    assert dict(sent) == {**recorded, "code_challenge": pkce.challenge, "state": pkce.state}


# -- the whole browser login ----------------------------------------------------------------------


def test_allow_gives_tokens(wiki: tuple[OAuthServer, OAuthClient], caplog: pytest.LogCaptureFixture) -> None:
    server, client = wiki
    caplog.set_level(logging.DEBUG)
    browser = Browser()
    tokens = login(server, client, browser)
    assert server.state.token_ok(tokens.access_token)
    assert tokens.refresh_token in server.state.refresh and tokens.lifetime == 14400
    # consent page, Allow, then back to the app: the recorded path of the browser
    assert [status for status, _ in browser.pages] == [307, 200, 302, 302]
    assert browser.pages[1][1] == "OAuth - CommonsWiki"
    exchange = [form for method, path, _q, form in server.state.seen if path == "/rest.php/oauth2/access_token"]
    recorded = PKCE[6]["request"]["form"]
    assert len(exchange) == 1 and list(exchange[0]) == list(recorded)  # field for field, no client_secret
    verifier = exchange[0]["code_verifier"]
    # Tokens, the code and the verifier are masked in every log line, and photowalk never logged them
    # (the test's browser, urllib3, logs the callback address with its code, as a browser's history would).
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("photowalk"))
    for secret in (tokens.access_token, tokens.refresh_token, exchange[0]["code"], verifier):
        assert redact(f"x{secret}x") == f"x{MASK}x"
        assert secret not in logged
    assert tokens.access_token not in repr(tokens)


def test_cancel_on_the_consent_page(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    with pytest.raises(OAuthDenied) as info:
        login(server, client, Browser(press="cancel"))
    assert "unauthorized_client" in info.value.message and "Allow" in info.value.message
    assert not server.state.access


def test_state_mismatch_is_refused(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    with pytest.raises(OAuthStateMismatch):
        login(server, client, Browser(tamper={"state": "5skN47b2wax5kgrK"}))
    # the code that came with the wrong state was never exchanged
    assert not any(path == "/rest.php/oauth2/access_token" for _m, path, _q, _f in server.state.seen)


@pytest.mark.parametrize("case", ["wrong client", "other port", "localhost", "not logged in"])
def test_authorize_errors_stay_in_the_browser(wiki: tuple[OAuthServer, OAuthClient], case: str) -> None:
    server, client = wiki
    if case == "wrong client":
        client = replace(client, client_id="0123456789abcdef0123456789abcdef")
    elif case == "other port":
        client = replace(client, port=free_port())
    elif case == "localhost":
        server.state.redirect_uri = server.state.redirect_uri.replace("127.0.0.1", "localhost")
    else:
        server.state.browser_logged_in = False
    browser = Browser()
    with pytest.raises(OAuthNoAnswer) as info:
        browser_login(parse_wiki(server.api), client, open_browser=browser, timeout=3)
    assert browser.done.is_set()
    if case == "not logged in":
        assert browser.pages == [(307, "Redirect")]
    else:
        assert browser.pages == [(200, "Application Connection Error - CommonsWiki")]
    assert client.redirect_uri in info.value.message and "Application Connection Error" in info.value.message


def test_cancel_while_waiting(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    browser = Browser(press="")  # the volunteer closes the tab
    with pytest.raises(Cancelled):
        browser_login(parse_wiki(server.api), client, open_browser=browser, timeout=600, cancel=browser.done.is_set)


def test_busy_port(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    with socket.socket() as s:
        s.bind(("127.0.0.1", client.port))
        s.listen()
        with pytest.raises(OAuthPortBusy) as info:
            login(server, client)
    assert str(client.port) in info.value.message


def test_no_browser_shows_the_address(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    shown: list[str] = []

    def show(url: str) -> None:
        shown.append(url)
        Browser()(url)  # opened by hand

    tokens = browser_login(parse_wiki(server.api), client, open_browser=lambda url: False, show_url=show, timeout=30)
    assert server.state.token_ok(tokens.access_token)
    assert shown and shown[0].startswith(f"http://{server.host}/rest.php/oauth2/authorize?")


# -- the token endpoint's errors ------------------------------------------------------------------


def test_token_endpoint_errors(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    address = parse_wiki(server.api)
    pkce = Pkce.new()
    code = code_for(server, client, pkce)
    with pytest.raises(OAuthVerifierRejected):
        exchange_code(address, client, replace(pkce, verifier=Pkce.new().verifier), code)
    with pytest.raises(OAuthClientRejected) as rejected:
        exchange_code(address, replace(client, client_id="0123456789abcdef0123456789abcdef"), pkce, code)
    assert "0123456789abcdef0123456789abcdef" in rejected.value.message
    with pytest.raises(OAuthRedirectMismatch) as mismatch:
        exchange_code(address, replace(client, port=9999), pkce, code)
    assert "http://127.0.0.1:9999/callback" in mismatch.value.message
    with pytest.raises(OAuthCodeRejected) as made_up:
        exchange_code(address, client, pkce, "made-up-code-0123456789abcdef")
    assert "Cannot decrypt the authorization code" in made_up.value.message
    # Failed exchanges do not burn the code; a used one is refused.
    tokens = exchange_code(address, client, pkce, code)
    assert server.state.token_ok(tokens.access_token)
    with pytest.raises(OAuthCodeRejected) as reused:
        exchange_code(address, client, pkce, code)
    assert "Authorization code has been revoked" in reused.value.message
    for exc in (rejected.value, mismatch.value, made_up.value, reused.value):
        assert code not in exc.message and pkce.verifier not in exc.message


def test_refresh_rotates_and_needs_the_secret(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    address = parse_wiki(server.api)
    first = login(server, client)
    with pytest.raises(OAuthLoginEnded) as no_secret:  # 401 invalid_client without the secret
        refresh_tokens(address, replace(client, client_secret=None), first.refresh_token)
    assert "secret" in no_secret.value.message
    with pytest.raises(OAuthClientRejected):
        refresh_tokens(address, replace(client, client_secret="wrong-secret"), first.refresh_token)
    second = refresh_tokens(address, client, first.refresh_token)
    assert second.refresh_token != first.refresh_token and server.state.token_ok(second.access_token)
    assert not server.state.token_ok(first.access_token)
    with pytest.raises(OAuthLoginEnded) as revoked:
        refresh_tokens(address, client, first.refresh_token)
    assert "Token has been revoked" in revoked.value.message


def test_expired_refresh_token(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    server.state.short_lifetimes = True
    tokens = login(server, client)
    assert tokens.lifetime == 5
    server.state.refresh[tokens.refresh_token].expires_at = time.time() - 1  # its 5 seconds are over
    with pytest.raises(OAuthLoginEnded) as info:
        refresh_tokens(parse_wiki(server.api), client, tokens.refresh_token)
    assert "Token has expired" in info.value.message


def test_token_source_renews_before_expiry(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    tokens = login(server, client)
    rotated: list[Tokens] = []
    fresh = TokenSource(parse_wiki(server.api), client, tokens, on_rotate=rotated.append)
    assert fresh.bearer() == tokens.access_token and fresh.refreshes == 0
    ending = TokenSource(parse_wiki(server.api), client, replace(tokens, expires_at=time.time() + 60),
                         on_rotate=rotated.append)  # 4 h token with a minute left: renewed first
    assert ending.bearer() != tokens.access_token and ending.refreshes == 1
    assert rotated and rotated[0].refresh_token == ending.tokens.refresh_token


# -- api.php with the Bearer token, on the real test wiki -----------------------------------------


def test_bearer_session_on_the_test_wiki(testwiki: dict[str, str], memory_keyring: MemoryKeyring) -> None:
    port = free_port()
    with oauth_server(OAuthWiki(redirect_uri=f"http://127.0.0.1:{port}/callback"), testwiki) as server:
        client = OAuthClient(server.state.client_id, server.state.client_secret, port)
        address = parse_wiki(server.api)
        done = login_in_browser(address, client, open_browser=Browser(), timeout=30)
        assert done.user == testwiki["TESTWIKI_USER"] and done.kept
        refresh = credentials.get_refresh_token(address.api_url, done.user)
        assert refresh == done.source.tokens.refresh_token
        assert credentials.oauth_client(address.api_url) == client
        # the kept login, renewed as a later command would (the secret comes from the keyring)
        again = stored_login(address, done.user)
        assert again is not None
        assert credentials.get_refresh_token(address.api_url, done.user) == again.source.tokens.refresh_token != refresh
        wiki = Wiki(address, oauth=again.source)
        wiki.connect()
        try:
            assert wiki.user == testwiki["TESTWIKI_USER"]
            assert all(m != "POST" or form.get("action") != "login"
                       for m, path, _q, form in server.state.seen if path == "/api.php")
            # The wiki refuses the token (revoked by a refresh elsewhere): renewed once, the call goes on.
            server.state.access[again.source.tokens.access_token].revoked = True
            assert wiki.csrf_token(force=True)
            assert again.source.refreshes == 1
            # kept in the keyring after the rotation, as the next start needs it
            assert credentials.get_refresh_token(address.api_url, done.user) == again.source.tokens.refresh_token
            # The volunteer revokes the app: the renewal fails too, with what to do.
            server.state.revoke_all()
            with pytest.raises(OAuthLoginEnded) as ended:
                wiki.csrf_token(force=True)
            assert "Log in again" in ended.value.message
        finally:
            wiki.close()
        with pytest.raises(OAuthLoginEnded):
            stored_login(address, done.user)


def test_refused_token_without_refresh(wiki: tuple[OAuthServer, OAuthClient]) -> None:
    server, client = wiki
    tokens = login(server, client)
    source = TokenSource(parse_wiki(server.api), client, tokens)
    server.state.access[tokens.access_token].revoked = True
    server.state.refresh[tokens.refresh_token].revoked = True
    session = Wiki(parse_wiki(server.api), oauth=source)
    with pytest.raises(OAuthLoginEnded):
        session.connect()
    session.close()


def test_pipe_round_trip(wiki: tuple[OAuthServer, OAuthClient], memory_keyring: MemoryKeyring) -> None:
    server, client = wiki
    address = parse_wiki(server.api)
    tokens = login(server, client)
    source = from_pipe(address, "Uploader", to_pipe(TokenSource(address, client, tokens), kept=True))
    assert source.client == client and source.tokens == tokens
    source.renew(tokens.access_token)
    assert credentials.get_refresh_token(address.api_url, "Uploader") == source.tokens.refresh_token


def test_errors_name_what_to_do() -> None:
    for exc in (OAuthDenied(wiki="commons", error="unauthorized_client"), OAuthStateMismatch(wiki="commons"),
                OAuthTokenRefused(wiki="commons", info="Invalid access token"),
                OAuthLoginEnded(wiki="commons", hint="Token has been revoked")):
        assert isinstance(exc, OAuthError) and exc.stops_batch
        assert "log in again" in exc.message.lower()


# -- the command line -----------------------------------------------------------------------------


def test_cli_login_oauth(testwiki: dict[str, str], memory_keyring: MemoryKeyring,
                         capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    with oauth_server(OAuthWiki(redirect_uri=f"http://127.0.0.1:{port}/callback"), testwiki) as server:
        result: list[int] = []
        run = threading.Thread(target=lambda: result.append(main(
            ["login", "--oauth", "--wiki", server.api, "--client-id", server.state.client_id,
             "--port", str(port), "--no-browser", "--timeout", "1"])))
        run.start()
        printed = ""
        ends = time.monotonic() + 30
        while "rest.php/oauth2/authorize" not in printed and time.monotonic() < ends:
            time.sleep(0.05)
            printed += capsys.readouterr().out
        url = next(line for line in printed.splitlines() if "oauth2/authorize" in line)
        Browser()(url)
        run.join(60)
        out = capsys.readouterr()
        assert result == [0], out
        assert f"as {testwiki['TESTWIKI_USER']}" in out.out
        address = parse_wiki(server.api)
        assert credentials.remembered_user(address.api_url) == testwiki["TESTWIKI_USER"]
        kept = credentials.get_refresh_token(address.api_url, testwiki["TESTWIKI_USER"])
        assert kept and kept in server.state.refresh
        assert credentials.oauth_client(address.api_url) == OAuthClient(server.state.client_id, None, port)
        for token in server.state.access:
            assert token not in out.out + out.err


# -- an upload with the browser login, through the worker process --------------------------------


def test_worker_uploads_with_the_bearer_token(testwiki: dict[str, str], tmp_path: Path) -> None:
    """The login crosses the pipe; the worker renews the access token the wiki refuses and uploads a real
    photo to the test wiki with `Authorization: Bearer` and no login of its own."""
    from tests.upload.test_worker import Child

    photo = tmp_path / "cam" / "IMG_0001.JPG"
    photo.parent.mkdir()
    noise_jpeg(photo, seed=7)
    project = make_project(tmp_path / "p", [photo])
    port = free_port()
    with oauth_server(OAuthWiki(redirect_uri=f"http://127.0.0.1:{port}/callback"), testwiki) as server:
        client = OAuthClient(server.state.client_id, server.state.client_secret, port)
        address = parse_wiki(server.api)
        tokens = login(server, client)
        server.state.access[tokens.access_token].revoked = True  # e.g. rotated away by another session
        pipe = to_pipe(TokenSource(address, client, tokens), kept=False)
        child = Child(project.path)
        try:
            child.send(cmd="upload", job="u1", api=server.api, user=testwiki["TESTWIKI_USER"], password="",
                       concurrency=1, oauth=pipe)
            done = child.until("done", "u1", timeout=300)
        finally:
            child.close()
        assert done["event"] == "done", done
        assert done["result"]["stopped"] is None and done["result"]["ids"]
        assert "upload" in server.state.bearer_actions and "login" not in server.state.bearer_actions
        assert sum(1 for _m, path, _q, form in server.state.seen
                   if path == "/rest.php/oauth2/access_token" and form.get("grant_type") == "refresh_token") == 1
        # No token reached the worker's error output, the log or the project.
        assert child.proc.stderr is not None
        err = child.proc.stderr.read().decode("utf-8", "replace")
        logged = log_file().read_text(encoding="utf-8", errors="replace") if log_file().exists() else ""
        db = sqlite3.connect(project.path)
        try:
            kept = "\n".join(db.iterdump())
        finally:
            db.close()
        assert "photowalk worker" in " ".join(child.proc.args)  # type: ignore[arg-type]
        for token in [*server.state.access, *server.state.refresh, server.state.client_secret]:
            assert token not in err and token not in logged and token not in kept
            assert token not in " ".join(child.proc.args)  # type: ignore[arg-type]
    with project.open() as store:
        from photowalk.upload.state import UploadState, load

        row = load(store, store.photo_ids()[0])
        assert row is not None and row.state == UploadState.DONE


def test_cli_upload_falls_back_to_the_browser(testwiki: dict[str, str], memory_keyring: MemoryKeyring,
                                              tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The kept login was revoked on the wiki: photowalk upload says so, logs in through the browser
    again, keeps the new login and uploads."""
    photo = tmp_path / "cam" / "IMG_0002.JPG"
    photo.parent.mkdir()
    noise_jpeg(photo, seed=8)
    project = make_project(tmp_path / "p", [photo])
    port = free_port()
    with oauth_server(OAuthWiki(redirect_uri=f"http://127.0.0.1:{port}/callback"), testwiki) as server:
        client = OAuthClient(server.state.client_id, server.state.client_secret, port)
        address = parse_wiki(server.api)
        first = login_in_browser(address, client, open_browser=Browser(), timeout=30)
        server.state.revoke_all()  # Special:OAuthManageMyGrants
        result: list[int] = []
        run = threading.Thread(target=lambda: result.append(main(
            ["upload", "--project", str(project.path), "--wiki", server.api, "--no-browser"])))
        run.start()
        printed = ""
        ends = time.monotonic() + 60
        while "rest.php/oauth2/authorize" not in printed and time.monotonic() < ends and run.is_alive():
            time.sleep(0.05)
            out = capsys.readouterr()
            printed += out.out + out.err
        url = next(line for line in printed.splitlines() if "oauth2/authorize" in line)
        Browser()(url)
        run.join(300)
        out = capsys.readouterr()
        printed += out.out + out.err
        assert result == [0], printed
        assert "Token has been revoked" in printed and "Logging in through the browser again" in printed
        assert "Uploaded 1" in printed
        kept = credentials.get_refresh_token(address.api_url, first.user)
        assert kept is not None and kept != first.source.tokens.refresh_token
        assert server.state.refresh[kept].revoked is False
        assert "upload" in server.state.bearer_actions


# -- the test server answers every recorded request as the wiki did -------------------------------


def _seeded(server: OAuthServer) -> None:
    """The codes and tokens the recorded requests name (their placeholders taken as the values)."""
    state = server.state
    state.codes["<auth-code-1>"] = IssuedCode(s256("<code-verifier-1>"), "S256", state.redirect_uri, used=True)
    state.codes["<auth-code-2>"] = IssuedCode(s256("<code-verifier-2>"), "S256", state.redirect_uri)
    state.refresh["<refresh-token-1>"] = IssuedToken(time.time() + 3600, revoked=True)
    state.refresh["<refresh-token-2>"] = IssuedToken(time.time() + 3600, revoked=True)
    state.refresh["<refresh-token-4>"] = IssuedToken(time.time() - 1)


# (file, exchange) of every recorded request whose answer does not hold a newly made code or token.
REPLAYED = [("pkce", i) for i in (2, 3, 4, 15, 16, 18, 20, 25, 26, 28, 29, 31, 35, 36, 43, 45)] + [
    ("errors", i) for i in (3, 4, 5, 6, 7, 8, 11, 22, 24, 25, 26, 27, 28)]


@pytest.mark.parametrize(("name", "index"), REPLAYED)
def test_the_server_answers_as_recorded(name: str, index: int) -> None:
    exchange = (PKCE if name == "pkce" else ERRORS)[index]
    with oauth_server(OAuthWiki(client_secret="<client-secret>")) as server:
        _seeded(server)
        req, recorded = exchange["request"], exchange["response"]
        if name == "pkce" and index in (25, 26):  # the second authorization's code, not yet used
            server.state.codes["<auth-code-2>"] = IssuedCode(s256("<code-verifier-2>"), "S256", server.state.redirect_uri)
        if name == "errors" and index in (22, 24, 25, 26, 27, 28):
            server.state.codes["<auth-code-2>"] = IssuedCode(s256("<code-verifier-10>"), "S256", server.state.redirect_uri)
        url = f"http://{server.host}{req['url_path']}"
        resp = requests.request(req["method"], url, params=req.get("query") or None, data=req.get("form"),
                                json=req.get("json"), headers=req.get("headers"), allow_redirects=False, timeout=10)

        def put(text: str) -> str:
            return text.replace("{wiki}", server.host)

        assert resp.status_code == recorded["status"]
        for header in ("Content-Type", "Location", "MediaWiki-API-Error"):
            assert resp.headers.get(header) == (put(recorded["headers"][header]) if header in recorded["headers"]
                                                else None), header
        if "json" in recorded:
            assert resp.json() == json.loads(put(json.dumps(recorded["json"])))
        else:
            assert resp.text == put(recorded.get("text", ""))


def test_cli_login_oauth_without_a_client_says_how_to_get_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["login", "--oauth", "--wiki", "http://127.0.0.1:9/api.php"]) == 1
    err = capsys.readouterr().err
    assert "Special:OAuthConsumerRegistration/propose/oauth2" in err and "--client-id" in err
    assert main(["login", "--wiki", "http://127.0.0.1:9/api.php"]) == 2  # neither --user nor --oauth
