"""A small real HTTP server on 127.0.0.1 that answers OAuth 2 as MediaWiki 1.39's OAuth extension did.

Every answer is a recorded one (../shared/recorded/commonswiki/oauth2-pkce.json and
oauth2-errors.json), chosen by what the request asks, with the recorded values put back as this
run's: `{wiki}` as this server's address, the recorded request's parameters as the ones sent now
(state, challenge, redirect address, also URL-encoded once or twice and HTML-escaped), and the
placeholders of codes and tokens as the ones this server made. Nothing is written by hand.

api.php with a Bearer token the server made and that is still good is passed to the real test wiki
(with the cookies of a bot-password login of the same user, standing in for the token's session),
so uploads run against a real MediaWiki; a bad token gets the recorded mwoauth-invalid-authorization.

`Browser` plays the volunteer's browser: it opens the authorize address, follows the redirects,
reads the consent form and presses Allow or Cancel, and lands on the app's callback address.
"""

from __future__ import annotations

import base64
import hashlib
import html.parser
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, urljoin, urlsplit

import requests

from tests.conftest import SHARED
from tests.wiki_front import parse_params

RECORDED = SHARED / "recorded" / "commonswiki"
CLIENT_ID = "e681afb5110cd01a5b64996cdf75f19f"  # the recorded client's public id


def recording(name: str) -> list[dict[str, Any]]:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))["exchanges"]  # type: ignore[no-any-return]


PKCE = recording("oauth2-pkce.json")
ERRORS = recording("oauth2-errors.json")


def _ex(exchanges: list[dict[str, Any]], note: str) -> dict[str, Any]:
    """The one exchange whose note starts with `note` (the recorder's own words)."""
    found = [e for e in exchanges if e["note"].startswith(note)]
    assert len(found) >= 1, note
    return found[0]


# The recorded exchanges this server answers with, by what they show.
R = {
    "authorize-to-approve": PKCE[2],
    "approve-page": PKCE[3],
    "approve-allow": PKCE[4],
    "authorize-to-app": PKCE[5],
    "token": PKCE[6],
    "token-5s": _ex(PKCE, "token exchange with the 5-second lifetimes"),
    "code-reused": _ex(PKCE, "ERROR the same authorization code a second time"),
    "refresh-no-secret": _ex(PKCE, "ERROR refresh WITHOUT client_secret"),
    "refresh": _ex(PKCE, "refresh WITH client_secret"),
    "api-invalid-token": _ex(PKCE, "ERROR the OLD access token after the refresh"),
    "refresh-revoked": _ex(PKCE, "ERROR the OLD refresh token again"),
    "refresh-expired": _ex(PKCE, "ERROR the expired refresh token"),
    "wrong-verifier": _ex(PKCE, "ERROR a wrong code_verifier"),
    "no-verifier": _ex(PKCE, "ERROR the same code without any code_verifier"),
    "userinfo": _ex(PKCE, "Bearer: meta=userinfo with rights"),
    "csrf": _ex(PKCE, "Bearer: a CSRF token"),
    "not-logged-in": ERRORS[0],
    "wrong-client": _ex(ERRORS, "ERROR wrong client_id"),
    "redirect-mismatch": _ex(ERRORS, "ERROR redirect_uri mismatch (another port"),
    "no-challenge": _ex(ERRORS, "ERROR missing code_challenge"),
    "response-type": _ex(ERRORS, "ERROR response_type=token"),
    "challenge-method": _ex(ERRORS, "ERROR code_challenge_method=S512"),
    "approve-cancel": _ex(ERRORS, "[cancel] the user presses Cancel"),
    "authorize-cancelled": _ex(ERRORS, "[cancel] GET authorize again"),
    "token-wrong-client": _ex(ERRORS, "ERROR token endpoint: wrong client_id"),
    "token-redirect-differs": _ex(ERRORS, "ERROR token endpoint: redirect_uri differs"),
    "token-no-redirect": _ex(ERRORS, "ERROR token endpoint: no redirect_uri"),
    "token-grant-type": _ex(ERRORS, "ERROR token endpoint: grant_type=password"),
    "token-client-credentials": _ex(ERRORS, "ERROR token endpoint: client_credentials"),
    "token-json-body": _ex(ERRORS, "ERROR token endpoint: the parameters sent as a JSON body"),
    "token-made-up-code": _ex(ERRORS, "ERROR token endpoint: a made-up code"),
}


def _variants(old: str, new: str) -> list[tuple[str, str]]:
    """A value as it appears in an answer: raw, URL-encoded once and twice, HTML-escaped."""
    once_old, once_new = quote(old, safe=""), quote(new, safe="")
    pairs = [(quote(once_old, safe=""), quote(once_new, safe="")), (once_old, once_new), (old, new)]
    pairs.append((old.replace("&", "&amp;"), new.replace("&", "&amp;")))
    return [(o, n) for o, n in pairs if o != n or o == old]


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class IssuedCode:
    challenge: str
    method: str
    redirect_uri: str
    used: bool = False


@dataclass
class IssuedToken:
    expires_at: float
    revoked: bool = False


@dataclass
class OAuthWiki:
    """The server's state: one registered public client, the browser's login, codes and tokens made."""

    client_id: str = CLIENT_ID
    client_secret: str = field(default_factory=lambda: secrets.token_hex(20))
    redirect_uri: str = "http://127.0.0.1:8765/callback"
    browser_logged_in: bool = True
    short_lifetimes: bool = False  # the recording's 5-second tokens
    codes: dict[str, IssuedCode] = field(default_factory=dict)
    access: dict[str, IssuedToken] = field(default_factory=dict)
    refresh: dict[str, IssuedToken] = field(default_factory=dict)
    seen: list[tuple[str, str, dict[str, str], dict[str, str]]] = field(default_factory=list)
    bearer_actions: list[str] = field(default_factory=list)  # api.php actions that came with a good token

    def revoke_all(self) -> None:
        """The volunteer revokes the app in Special:OAuthManageMyGrants."""
        for t in [*self.access.values(), *self.refresh.values()]:
            t.revoked = True

    def token_ok(self, token: str) -> bool:
        t = self.access.get(token)
        return t is not None and not t.revoked and time.time() < t.expires_at


class OAuthServer:
    """See the module's docstring."""

    def __init__(self, state: OAuthWiki, testwiki: dict[str, str] | None = None) -> None:
        self.state = state
        self.testwiki = testwiki
        self._upstream: requests.Session | None = None
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's names
                self._handle()

            def do_POST(self) -> None:  # noqa: N802
                self._handle()

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                with server._lock:
                    reply = server.answer(self.command, self.path, headers, body)
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.host = f"127.0.0.1:{self.port}"
        self.api = f"http://{self.host}/api.php"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._upstream is not None:
            self._upstream.close()

    # -- answering ------------------------------------------------------------------------

    def replay(self, name: str, request: dict[str, str], extra: list[tuple[str, str]] | None = None) -> Reply:
        """Recorded answer `name` with its recorded request's values replaced by `request`'s."""
        ex = R[name]
        recorded = {**ex["request"].get("query", {}), **(ex["request"].get("form") or {})}
        pairs: list[tuple[str, str]] = []
        for key, old in recorded.items():
            new = request.get(key)
            if isinstance(old, str) and new is not None and new != old and len(old) > 3:
                pairs += _variants(old, new)
        pairs += extra or []
        pairs.append(("{wiki}", self.host))
        resp = ex["response"]

        def put(text: str) -> str:
            for old, new in pairs:
                text = text.replace(old, new)
            return text

        headers = {k: put(v) for k, v in resp["headers"].items()}
        if "json" in resp:
            body = put(json.dumps(resp["json"], ensure_ascii=False)).encode("utf-8")
        else:
            body = put(resp.get("text", "")).encode("utf-8")
        return Reply(int(resp["status"]), headers, body)

    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        parts = urlsplit(path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        form: dict[str, str] = {}
        if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        self.state.seen.append((method, parts.path, query, form))
        if parts.path == "/rest.php/oauth2/authorize":
            return self._authorize(query)
        if parts.path == "/index.php" and query.get("title") == "Special:OAuth/approve":
            return self.replay("approve-page", query)
        if parts.path == "/index.php/Special:OAuth/approve" and method == "POST":
            return self.replay("approve-allow" if "accept" in form else "approve-cancel", form)
        if parts.path == "/rest.php/oauth2/access_token" and method == "POST":
            return self._token(headers, form)
        if parts.path == "/api.php":
            return self._api(method, path, headers, body, {**query, **form})
        return Reply(404, {"Content-Type": "text/plain"}, b"not recorded")

    def _authorize(self, q: dict[str, str]) -> Reply:
        s = self.state
        if q.get("client_id") != s.client_id:
            return self.replay("wrong-client", q)
        if q.get("redirect_uri") != s.redirect_uri:
            return self.replay("redirect-mismatch", q)
        if q.get("response_type") != "code":
            return self.replay("response-type", q)
        if not q.get("code_challenge"):
            return self.replay("no-challenge", q)
        method = q.get("code_challenge_method", "plain")
        if method not in ("plain", "S256"):
            return self.replay("challenge-method", q)
        if not s.browser_logged_in:
            return self.replay("not-logged-in", q)
        if q.get("approval_cancel") == "1":
            return self.replay("authorize-cancelled", q)
        if q.get("approval_pass") != "1":
            return self.replay("authorize-to-approve", q)
        code = "def50200" + secrets.token_hex(48)  # codes are opaque, encrypted strings
        s.codes[code] = IssuedCode(q["code_challenge"], method, q["redirect_uri"])
        return self.replay("authorize-to-app", q, [("<auth-code-1>", code)])

    def _new_tokens(self, lifetime: float) -> tuple[str, str]:
        now = time.time()
        header = base64.urlsafe_b64encode(b'{"typ":"JWT","alg":"RS256"}').rstrip(b"=").decode()
        claims = {"aud": self.state.client_id, "jti": secrets.token_hex(40), "iat": now, "nbf": now,
                  "exp": now + lifetime, "sub": "3", "iss": f"http://{self.host}", "scopes": ["basic"]}
        payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
        access = f"{header}.{payload}.{secrets.token_urlsafe(32)}"
        refresh = "def50200" + secrets.token_hex(64)
        self.state.access[access] = IssuedToken(now + lifetime)
        self.state.refresh[refresh] = IssuedToken(now + (5 if self.state.short_lifetimes else 365 * 86400))
        return access, refresh

    def _token(self, headers: dict[str, str], f: dict[str, str]) -> Reply:
        s = self.state
        grant = f.get("grant_type")
        if grant not in ("authorization_code", "refresh_token", "client_credentials"):
            # A JSON body is not read at all: no grant_type.
            return self.replay("token-json-body" if not f else "token-grant-type", f)
        if grant == "client_credentials":
            return self.replay("token-client-credentials", f)
        if f.get("client_id") != s.client_id:
            return self.replay("token-wrong-client", f)
        if grant == "refresh_token":
            if f.get("client_secret") != s.client_secret:
                return self.replay("refresh-no-secret", f)
            t = s.refresh.get(f.get("refresh_token", ""))
            if t is None or t.revoked:
                return self.replay("refresh-revoked", f)
            if time.time() >= t.expires_at:
                return self.replay("refresh-expired", f)
            t.revoked = True
            for a in s.access.values():  # rotation revokes the old access token too
                a.revoked = True
            access, refresh = self._new_tokens(14400)
            return self.replay("refresh", f, [("<access-token-2>", access), ("<refresh-token-2>", refresh)])
        code = s.codes.get(f.get("code", ""))
        if code is None:
            return self.replay("token-made-up-code", f)
        if "redirect_uri" not in f:
            return self.replay("token-no-redirect", f)
        if code.used:
            return self.replay("code-reused", f)
        if f["redirect_uri"] != code.redirect_uri:
            return self.replay("token-redirect-differs", f)
        verifier = f.get("code_verifier")
        if not verifier:
            return self.replay("no-verifier", f)
        digest = hashlib.sha256(verifier.encode()).digest()
        expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode() if code.method == "S256" else verifier
        if expected != code.challenge:
            return self.replay("wrong-verifier", f)
        code.used = True
        if s.short_lifetimes:
            access, refresh = self._new_tokens(5)
            return self.replay("token-5s", f, [("<access-token-4>", access), ("<refresh-token-4>", refresh)])
        access, refresh = self._new_tokens(14400)
        return self.replay("token", f, [("<access-token-1>", access), ("<refresh-token-1>", refresh)])

    def _api(self, method: str, path: str, headers: dict[str, str], body: bytes, params: dict[str, str]) -> Reply:
        auth = headers.get("authorization", "")
        if auth.startswith("Bearer ") and not self.state.token_ok(auth[len("Bearer "):]):
            return self.replay("api-invalid-token", {})
        if auth:
            self.state.bearer_actions.append(parse_params(path, headers, body).get("action", ""))
        if self.testwiki is None:
            if params.get("meta") == "userinfo":
                return self.replay("userinfo", {})
            if params.get("meta") == "tokens" and params.get("type") == "csrf":
                return self.replay("csrf", {}, [("<csrf-token>", "0123abcd+\\")])
            return Reply(502, {"Content-Type": "text/plain"}, b"no test wiki behind this server")
        session = self._upstream_session() if auth else requests.Session()
        url = f"http://127.0.0.1:{self.testwiki['TESTWIKI_PORT']}{path}"
        send = {k: v for k, v in headers.items() if k in ("content-type", "user-agent", "accept-encoding")}
        resp = session.request(method, url, data=body or None, headers=send, allow_redirects=False, timeout=120)
        keep = {k: v for k, v in resp.headers.items()
                if k.lower() in ("content-type", "mediawiki-api-error", "retry-after", "x-database-lag")}
        return Reply(resp.status_code, keep, resp.content)

    def _upstream_session(self) -> requests.Session:
        """The test wiki's session of the token's user: a bot-password login, made once."""
        if self._upstream is None:
            assert self.testwiki is not None
            api = self.testwiki["TESTWIKI_API"]
            session = requests.Session()
            token = session.get(api, params={"action": "query", "meta": "tokens", "type": "login",
                                             "format": "json"}).json()["query"]["tokens"]["logintoken"]
            result = session.post(api, data={"action": "login", "format": "json", "lgtoken": token,
                                             "lgname": self.testwiki["TESTWIKI_BOTPASSWORD_USER"],
                                             "lgpassword": self.testwiki["TESTWIKI_BOTPASSWORD"]}).json()
            assert result["login"]["result"] == "Success", result
            self._upstream = session
        return self._upstream


@contextmanager
def oauth_server(state: OAuthWiki | None = None, testwiki: dict[str, str] | None = None) -> Iterator[OAuthServer]:
    server = OAuthServer(state or OAuthWiki(), testwiki)
    try:
        yield server
    finally:
        server.close()


# -- the volunteer's browser -----------------------------------------------------------------


class _Form(html.parser.HTMLParser):
    """The consent form's fields: hidden inputs, and the submit buttons by name."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self.buttons: dict[str, str] = {}
        self.action = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == "mw-mwoauth-authorize-form":
            self.action = a.get("action", "")
        elif tag == "input" and a.get("type") == "hidden" and a.get("name"):
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "button" and a.get("name"):
            self.buttons[a["name"]] = a.get("value", "")


@dataclass
class Browser:
    """Opens an address like the system browser would, and does what the volunteer does there."""

    press: str = "accept"  # or "cancel", or "" (the volunteer closes the tab)
    tamper: dict[str, str] | None = None  # query parameters to change on the way back to the app
    pages: list[tuple[int, str]] = field(default_factory=list)  # (status, <title>) of each wiki page seen
    done: threading.Event = field(default_factory=threading.Event)
    opened: list[str] = field(default_factory=list)

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        threading.Thread(target=self._visit, args=(url,), daemon=True).start()
        return True

    def _visit(self, url: str) -> None:
        try:
            with requests.Session() as s:
                for _ in range(10):
                    target = urlsplit(url)
                    if target.path == "/callback":
                        if self.tamper:
                            q = dict(parse_qsl(target.query, keep_blank_values=True))
                            q.update(self.tamper)
                            url = target._replace(query="&".join(f"{k}={quote(v)}" for k, v in q.items())).geturl()
                        s.get(url, timeout=10)
                        return
                    resp = s.get(url, allow_redirects=False, timeout=10)
                    title = resp.text.split("<title>", 1)[-1].split("</title>", 1)[0] if "<title>" in resp.text else ""
                    self.pages.append((resp.status_code, title))
                    if resp.status_code in (301, 302, 303, 307, 308):
                        url = urljoin(url, resp.headers["Location"])
                        if "Special:UserLogin" in url:
                            return  # the login form of the wiki: the volunteer is not logged in
                        continue
                    form = _Form()
                    form.feed(resp.text)
                    if not form.action or not self.press:
                        return  # an error page, or a tab closed
                    data = {**form.fields, self.press: form.buttons[self.press]}
                    resp = s.post(urljoin(url, form.action), data=data, allow_redirects=False, timeout=10)
                    self.pages.append((resp.status_code, ""))
                    url = urljoin(url, resp.headers["Location"])
        finally:
            self.done.set()
