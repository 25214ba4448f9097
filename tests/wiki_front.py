"""A small real HTTP server on 127.0.0.1 in front of the real test wiki, for hostile and redirect tests.

It forwards every request to the test wiki unchanged, except those its `rule` answers itself: a
redirect, a hostile JSON answer, a body sent one byte at a time. Every request it sees is recorded
(method, path, parameters, body), so a test can check what was, and was not, sent where.
Without an upstream it answers only by its rule (the "other host" a redirect points to).
"""

from __future__ import annotations

import email.parser
import email.policy
import http.client
import json
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO
from urllib.parse import parse_qsl, urlsplit

# Hop-by-hop headers are not relayed; the body is relayed whole, with its own length.
_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection", "upgrade", "te"}
LONGEST_STREAM = 30.0  # a streamed (drip-fed) answer stops by itself after this many seconds


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    params: dict[str, str]

    def has(self, **wanted: str) -> bool:
        """Whether the request's parameters include these (a value "*" matches any value)."""
        return all(k in self.params and (v == "*" or self.params[k] == v) for k, v in wanted.items())

    def asks(self, key: str, part: str) -> bool:
        """Whether the `|`-separated parameter `key` includes `part` (meta=siteinfo|userinfo)."""
        return part in self.params.get(key, "").split("|")


@dataclass
class Answer:
    """What the server sends instead of the wiki's answer."""

    status: int = 200
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    # Instead of `body`: writes the body itself, slowly; gets the socket file and a stop event.
    stream: Callable[[BinaryIO, threading.Event], None] | None = None
    raw: bool = False  # the stream writes the status line and headers too

    @classmethod
    def json(cls, value: Any, status: int = 200, headers: list[tuple[str, str]] | None = None) -> Answer:
        return cls(status, json.dumps(value).encode(), [("Content-Type", "application/json"), *(headers or [])])


# Each step of a logged-in upload, as the wiki sees its request.
STEPS: dict[str, Callable[[Seen], bool]] = {
    "login token": lambda s: s.has(action="query", meta="tokens", type="login"),
    "login": lambda s: s.has(action="login"),
    "site and user": lambda s: s.asks("meta", "siteinfo"),
    "csrf token": lambda s: s.has(action="query", meta="tokens", type="csrf"),
    "lookup": lambda s: s.asks("list", "allimages"),
    "chunk": lambda s: s.has(action="upload", stash="1"),
    "publish": lambda s: s.has(action="upload", filekey="*") and not {"stash", "checkstatus"} & set(s.params),
    "poll": lambda s: s.has(action="upload", checkstatus="1"),
    "verify": lambda s: s.asks("prop", "revisions"),
}
# The anonymous reads of the category lookups.
READ_STEPS: dict[str, Callable[[Seen], bool]] = {
    "site and user": STEPS["site and user"],
    "suggestions": lambda s: s.asks("list", "prefixsearch"),
    "category pages": lambda s: s.params.get("titles", "").startswith("Category:"),
}


# A rule gets the request and, for forwarded requests, the wiki's answer (status, headers, body);
# it returns an Answer to send instead, or None to pass the wiki's answer on unchanged.
Upstream = tuple[int, list[tuple[str, str]], bytes]
Rule = Callable[[Seen, "Upstream | None"], "Answer | None"]


def parse_params(path: str, headers: dict[str, str], body: bytes) -> dict[str, str]:
    """Query, form and multipart fields of a request (file parts left out)."""
    params = dict(parse_qsl(urlsplit(path).query, keep_blank_values=True))
    ctype = headers.get("content-type", "")
    if ctype.startswith("application/x-www-form-urlencoded"):
        params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    elif ctype.startswith("multipart/form-data"):
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
        for part in msg.iter_parts():  # type: ignore[attr-defined]
            name = part.get_param("name", header="content-disposition")
            if name and not part.get_filename():
                params[str(name)] = part.get_payload(decode=True).decode("utf-8", "replace")
    return params


class FrontServer:
    """See the module's docstring. `rule` decides; `forward_matched` says whether a request the
    rule answers still reaches the wiki first (its answer then given to the rule to change)."""

    def __init__(self, upstream_port: int | None = None, host: str = "127.0.0.1",
                 tls: tuple[str, str] | None = None) -> None:
        self.upstream_port = upstream_port
        self.rule: Rule | None = None
        self.forward_matched = False
        self.match: Callable[[Seen], bool] = lambda seen: False
        self.times: int | None = None  # how many more matching requests the rule answers
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self.connections = 0
        self.stop = threading.Event()
        front = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                front.connections += 1

            def do_GET(self) -> None:  # noqa: N802 - http.server's names
                self._handle()

            def do_POST(self) -> None:  # noqa: N802
                self._handle()

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                body = self.rfile.read(int(headers.get("content-length", "0") or 0))
                seen = Seen(self.command, self.path, headers, body, parse_params(self.path, headers, body))
                front.seen.append(seen)
                matched = front._take(seen)
                upstream = None
                if front.upstream_port is not None and (not matched or front.forward_matched):
                    upstream = front._forward(seen)
                answer = front.rule(seen, upstream) if matched and front.rule is not None else None
                if answer is None and upstream is not None:
                    status, up_headers, up_body = upstream
                    answer = Answer(status, up_body, [(k, v) for k, v in up_headers if k.lower() not in _HOP])
                if answer is None:
                    answer = Answer.json({"error": {"code": "nothing-here", "info": "no upstream"}}, 502)
                self._send(answer)

            def _send(self, answer: Answer) -> None:
                if answer.raw and answer.stream is not None:
                    self.close_connection = True
                    try:
                        answer.stream(self.wfile, front.stop)
                    except OSError:
                        pass
                    return
                self.send_response(answer.status)
                for k, v in answer.headers:
                    self.send_header(k, v)
                if answer.stream is not None:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    try:
                        answer.stream(self.wfile, front.stop)
                    except OSError:
                        pass
                    self.close_connection = True
                    return
                if not any(k.lower() == "content-length" for k, _ in answer.headers):
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                try:
                    self.wfile.write(answer.body)
                except OSError:
                    self.close_connection = True

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.scheme = "http"
        if tls is not None:  # (certificate file, key file)
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*tls)
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        self.host = host
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()

    @property
    def api(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}/api.php"

    def answer(self, match: Callable[[Seen], bool], rule: Rule, *, forward: bool = False,
               times: int | None = None) -> None:
        """From now on, requests that `match` are answered by `rule` (after the wiki, if `forward`);
        only the next `times` of them, if given."""
        with self._lock:
            self.match, self.rule, self.forward_matched, self.times = match, rule, forward, times

    def _take(self, seen: Seen) -> bool:
        with self._lock:
            if self.rule is None or not self.match(seen) or self.times == 0:
                return False
            if self.times is not None:
                self.times -= 1
            return True

    def matched(self) -> list[Seen]:
        return [s for s in self.seen if self.match(s)]

    def _forward(self, seen: Seen) -> Upstream:
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=60)
        try:
            headers = {k: v for k, v in seen.headers.items() if k not in _HOP and k != "host"}
            headers["Host"] = f"127.0.0.1:{self.upstream_port}"
            conn.request(seen.method, seen.path, body=seen.body or None, headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.getheaders(), resp.read()
        finally:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def front_of(testwiki: dict[str, str] | None, host: str = "127.0.0.1",
             tls: tuple[str, str] | None = None) -> Iterator[FrontServer]:
    """A FrontServer forwarding to the test wiki (or to nothing, with testwiki None)."""
    server = FrontServer(int(testwiki["TESTWIKI_PORT"]) if testwiki else None, host, tls)
    try:
        yield server
    finally:
        server.close()


def drip(piece: bytes, every: float, head: bytes = b"") -> Callable[[BinaryIO, threading.Event], None]:
    """A streamed body: `head` at once, then `piece` every `every` seconds, for at most
    LONGEST_STREAM seconds."""

    def stream(out: BinaryIO, stop: threading.Event) -> None:
        out.write(head)
        out.flush()
        ends = time.monotonic() + LONGEST_STREAM
        while time.monotonic() < ends and not stop.wait(every):
            out.write(piece)
            out.flush()

    return stream


def rewrite(change: Callable[[Any], Any]) -> Rule:
    """A rule that passes the wiki's JSON answer on after `change` (applied to the decoded answer)."""

    def rule(seen: Seen, upstream: Upstream | None) -> Answer | None:
        assert upstream is not None, "rewrite needs the wiki's answer: answer(..., forward=True)"
        status, headers, body = upstream
        return Answer.json(change(json.loads(body)), status)

    return rule


def canned(answer: Answer) -> Rule:
    """A rule that always sends `answer` (the wiki never sees the request)."""
    return lambda seen, upstream: answer
