"""The browser half of an OAuth 2 login: a listener on 127.0.0.1 for the wiki's redirect to
`http://127.0.0.1:PORT/callback`, then the code exchanged for tokens.

The wiki sends the browser back with `code` and `state` (checked against this login's), or, when
the volunteer pressed Cancel, with `error=unauthorized_client` and no state. Its other errors (a
wrong client id, a callback address that is not the registered one) stay in the browser as an
"Application Connection Error" page: the listener then hears nothing, and says so at its timeout.
"""

from __future__ import annotations

import errno
import html
import logging
import socketserver
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from photowalk.errors import Cancelled
from photowalk.logs import register_secret
from photowalk.upload.errors import OAuthDenied, OAuthNoAnswer, OAuthPortBusy, OAuthStateMismatch
from photowalk.upload.http import ConnectionSettings
from photowalk.upload.oauth import OAuthClient, Pkce, Tokens, authorize_url, exchange_code
from photowalk.upload.safetext import clean_text
from photowalk.upload.wiki import WikiAddress

log = logging.getLogger(__name__)

LOGIN_TIMEOUT = 600.0  # seconds the listener waits for the browser (logging in to the wiki first takes a while)
_POLL = 0.2  # how often waiting looks at cancel

_PAGE = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>photowalk</title></head>"
         "<body style=\"font-family:sans-serif;margin:3em\"><h1>photowalk</h1><p>{text}</p></body></html>")
DONE_TEXT = "Logged in. You can close this tab and go back to photowalk."
REFUSED_TEXT = "photowalk was not logged in. Go back to photowalk to see why."


class _LoopbackServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTP server on 127.0.0.1, a thread per connection (a browser's idle pre-connection must
    not hold up the one that brings the code), that does not look its own name up (HTTPServer's
    getfqdn can wait for a slow resolver)."""

    daemon_threads = True
    # On Windows SO_REUSEADDR lets a second socket take a port in use: another program could then
    # hear the code. Elsewhere it only allows binding again right after a previous login.
    allow_reuse_address = sys.platform != "win32"

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)
        self.server_name = "127.0.0.1"
        self.server_port = int(self.server_address[1])


class _Callback:
    """What came back to the callback address: the query of the first request to /callback."""

    def __init__(self) -> None:
        self.query: dict[str, str] | None = None


class CallbackListener:
    """Listens at the client's callback address until one answer arrives (a context manager)."""

    def __init__(self, client: OAuthClient) -> None:
        self.client = client
        self._got = _Callback()
        got = self._got

        class Handler(BaseHTTPRequestHandler):
            timeout = 30  # an idle connection's thread ends

            def do_GET(self) -> None:  # noqa: N802 - http.server's names
                parts = urlsplit(self.path)
                if parts.path != "/callback" or got.query is not None:
                    self.send_error(404)  # a favicon, a second tab: not the answer
                    return
                query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
                if "code" in query:
                    register_secret(query["code"])
                got.query = query
                text = DONE_TEXT if "code" in query else REFUSED_TEXT
                body = _PAGE.format(text=html.escape(text)).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass  # the query holds the code: never printed

        try:
            self._server = _LoopbackServer(("127.0.0.1", client.port), Handler)
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES, getattr(errno, "WSAEADDRINUSE", -1)):
                raise OAuthPortBusy(redirect_uri=client.redirect_uri, port=client.port) from None
            raise
        self._server.timeout = _POLL

    def __enter__(self) -> CallbackListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._server.server_close()

    def wait(self, wiki: str, state: str, *, timeout: float = LOGIN_TIMEOUT,
             cancel: Callable[[], bool] = lambda: False) -> str:
        """The authorization code, once the browser brings it with this login's state."""
        ends = time.monotonic() + timeout
        while self._got.query is None:
            if cancel():
                raise Cancelled()
            if time.monotonic() >= ends:
                raise OAuthNoAnswer(minutes=max(1, round(timeout / 60)), redirect_uri=self.client.redirect_uri)
            self._server.handle_request()
        query = self._got.query
        if "error" in query:
            # Cancel on the consent page: error=unauthorized_client, without a state to check.
            log.info("the wiki refused the authorization: %s", clean_text(query["error"], 60))
            raise OAuthDenied(wiki=wiki, error=clean_text(query["error"], 60))
        if query.get("state") != state or not query.get("code"):
            log.warning("a callback with another state reached the loopback listener")
            raise OAuthStateMismatch(wiki=wiki)
        return query["code"]


def browser_login(
    address: WikiAddress,
    client: OAuthClient,
    *,
    open_browser: Callable[[str], bool],
    show_url: Callable[[str], None] | None = None,
    timeout: float = LOGIN_TIMEOUT,
    cancel: Callable[[], bool] = lambda: False,
    settings: ConnectionSettings | None = None,
) -> Tokens:
    """Log in through the browser: listen, open the authorize page, wait for the code, exchange it.

    `open_browser(url)` says whether a browser opened; when none did, `show_url(url)` shows it
    to open by hand (also on another device of the same computer's user).
    """
    pkce = Pkce.new()
    with CallbackListener(client) as listener:
        url = authorize_url(address, client, pkce)
        opened = False
        try:
            opened = open_browser(url)
        except Exception:  # noqa: BLE001 - a browser that fails to start is like none
            log.info("no browser could be opened", exc_info=True)
        if not opened and show_url is not None:
            show_url(url)
        code = listener.wait(address.name, pkce.state, timeout=timeout, cancel=cancel)
    return exchange_code(address, client, pkce, code, settings)


def system_browser(url: str) -> bool:
    """Open `url` in the system's browser, on a thread of its own (some browsers block until closed)."""
    import webbrowser

    result: list[bool] = []

    def run() -> None:
        try:
            result.append(webbrowser.open(url, new=2))
        except Exception:  # noqa: BLE001 - webbrowser raises whatever the launcher does
            result.append(False)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10.0)
    return bool(result and result[0])
