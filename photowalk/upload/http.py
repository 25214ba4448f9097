"""The HTTP session every request to a wiki goes through: one wiki only, no redirects, bounded answers.

- Only the configured wiki's scheme, host and port are ever contacted; a redirect is never followed
  (requests would re-send a login form, password included, to wherever a 307 points) but becomes
  WikiRedirected naming both addresses.
- Each request has a total deadline, not only a per-read timeout: a server that sends one byte now
  and then keeps a read timeout from ever firing. A watchdog shuts the connection at the deadline.
- An answer is read in pieces and decompressed by photowalk itself, counting: past the size limit
  it stops (a gzip bomb never reaches memory) and says the answer was not understood.
"""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, reason
from photowalk.upload.backoff import duration_reason
from photowalk.upload.bandwidth import PIECE, TokenBucket
from photowalk.upload.errors import NotUnderstood, Transient, WikiRedirected
from photowalk.upload.safetext import URL_LIMIT, clean_text

log = logging.getLogger(__name__)

MIB = 1024 * 1024
_PIECE = 64 * 1024
MAX_SHARING = 3  # the most sessions that send at once (parallel uploads)


@dataclass(frozen=True)
class ConnectionSettings:
    """Network limits for one wiki session."""

    timeout: float = 120.0  # longest silence while connecting or reading
    deadline: float = 300.0  # longest time for one whole request and its answer
    max_answer: int = 8 * MIB  # largest answer, decompressed
    min_send_rate: float = 16 * 1024  # bytes/s: a request body adds size/rate to its deadline
    # The cap on all a batch sends, shared by its sessions (None: no cap).
    bandwidth: TokenBucket | None = field(default=None, compare=False)

    def deadline_for(self, body_size: int) -> float:
        """The total time one request with a body of `body_size` bytes may take (under a cap, with
        the cap's share of each of the most uploads that run at once)."""
        rate = self.min_send_rate
        if self.bandwidth is not None:
            rate = min(rate, self.bandwidth.rate / MAX_SHARING)
        return self.deadline + body_size / rate


# -- the deadline watchdog -------------------------------------------------------------------

_current = threading.local()


class _Deadline:
    """Shuts every socket the current request uses once `seconds` have passed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._lock = threading.Lock()
        # Sockets, not connections: http.client lets go of a connection's socket once an answer
        # says "Connection: close", while the answer is still being read from it.
        self._socks: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if all(s is not sock for s in self._socks):
                self._socks.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            socks = list(self._socks)
        for sock in socks:
            _shut(sock)

    @contextmanager
    def running(self) -> Iterator[_Deadline]:
        _current.deadline = self
        self._timer.start()
        try:
            yield self
        finally:
            self._timer.cancel()
            _current.deadline = None
            with self._lock:
                self._socks.clear()


def _shut(sock: socket.socket) -> None:
    try:
        # The plain socket's shutdown, also under TLS: it wakes a thread blocked in recv or send.
        # A socket closed meanwhile has no descriptor any more and only raises.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


def _watched(conn: urllib3.connection.HTTPConnection) -> None:
    deadline: _Deadline | None = getattr(_current, "deadline", None)
    if deadline is not None:
        deadline.watch(conn.sock)


def _capped_send(send: Any, data: Any) -> None:
    """Send `data` in pieces, each after the bandwidth cap allows it (when the request has a cap)."""
    bucket: TokenBucket | None = getattr(_current, "bucket", None)
    if bucket is None or not isinstance(data, (bytes, bytearray, memoryview)):
        send(data)
        return
    view = memoryview(data)
    for start in range(0, len(view), PIECE):
        piece = view[start:start + PIECE]
        bucket.take(len(piece))
        send(piece)


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _watched(self)

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        _watched(self)  # a connection kept from an earlier request is watched anew
        super().request(*args, **kwargs)

    def send(self, data: Any) -> None:
        _capped_send(super().send, data)


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _watched(self)

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        _watched(self)
        super().request(*args, **kwargs)

    def send(self, data: Any) -> None:
        _capped_send(super().send, data)


class _WatchedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


# -- decompressing with a limit ------------------------------------------------------------


class _Decoder:
    """gzip or deflate, decompressed with a limit on what comes out; identity passes through."""

    def __init__(self, encoding: str) -> None:
        names = [e.strip().lower() for e in encoding.split(",") if e.strip() and e.strip().lower() != "identity"]
        if len(names) > 1 or (names and names[0] not in ("gzip", "x-gzip", "deflate")):
            raise NotUnderstood(what=reason("encoding", QT_TRANSLATE_NOOP("errors", "the answer is encoded as {encoding}"),
                                            encoding=clean_text(encoding, 60)))
        self.name = names[0] if names else ""
        # gzip: 16 + MAX_WBITS; deflate is zlib-wrapped, though some servers send it raw.
        self._z = zlib.decompressobj(zlib.MAX_WBITS if self.name == "deflate" else 16 + zlib.MAX_WBITS)
        self._started = False

    def decode(self, data: bytes, room: int) -> bytes:
        """The decoded bytes of `data`, at most `room + 1` of them (more than `room`: over the limit)."""
        if not self.name:
            return data[: room + 1]
        try:
            out = self._z.decompress(data, room + 1)
        except zlib.error:
            if self.name == "deflate" and not self._started:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                self._started = True
                return self.decode(data, room)
            raise NotUnderstood(what=Reason(
                "compression", QT_TRANSLATE_NOOP("errors", "the answer's compression is damaged"))) from None
        self._started = True
        return out


# -- the session ---------------------------------------------------------------------------


class GuardedSession(requests.Session):
    """A requests session bound to one wiki's API address; see the module's docstring."""

    def __init__(self, api_url: str, settings: ConnectionSettings, user_agent: str) -> None:
        super().__init__()
        parts = urlsplit(api_url)
        self.api_url = api_url
        self.origin = (parts.scheme, parts.hostname, parts.port)
        self.settings = settings
        self.headers["User-Agent"] = user_agent
        self.headers["Accept-Encoding"] = "gzip, deflate"
        adapter = _WatchedAdapter()
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        """One request to the wiki, its answer read completely within the deadline and size limit."""
        target = urlsplit(str(url))
        if (target.scheme, target.hostname, target.port) != self.origin:
            # Nothing in photowalk builds such a URL; refuse rather than send cookies elsewhere.
            raise RuntimeError(f"refusing a request outside {self.api_url}")
        seconds = float(kwargs.pop("deadline", None) or self.settings.deadline)
        kwargs["allow_redirects"] = False
        kwargs["stream"] = True
        kwargs.setdefault("timeout", self.settings.timeout)
        deadline = _Deadline(seconds)
        _current.bucket = self.settings.bandwidth
        with deadline.running():
            try:
                verb = method if isinstance(method, str) else method.decode("ascii")
                resp = super().request(verb, str(url), *args, **kwargs)
                try:
                    if 300 <= resp.status_code <= 399:
                        raise self._redirected(resp)
                    resp._content = self._read(resp)  # noqa: SLF001 - where requests keeps a body read
                finally:
                    resp.close()
                if deadline.expired:  # cut short: an answer that ended at the cut is not the whole answer
                    raise requests.exceptions.Timeout("deadline")
            except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError,
                    http.client.HTTPException, OSError) as exc:
                if deadline.expired:
                    log.info("%s %s: no complete answer within %.0f s", method, self.api_url, seconds)
                    raise Transient(reason=reason(
                        "deadline", QT_TRANSLATE_NOOP("errors", "no complete answer within {duration}"),
                        duration=duration_reason(seconds))) from None
                if isinstance(exc, requests.exceptions.RequestException):
                    raise
                raise requests.exceptions.ConnectionError(type(exc).__name__) from None
        return resp

    def get_redirect_target(self, resp: requests.Response) -> None:
        """No redirect is ever followed, nor even prepared (requests would read its whole body)."""
        return None

    def _redirected(self, resp: requests.Response) -> WikiRedirected:
        location = resp.headers.get("Location")
        shown: Reason | str
        if location:
            # Shown without its query: what remains is the address a volunteer could use.
            target = urljoin(self.api_url, clean_text(location, URL_LIMIT))
            parts = urlsplit(target)
            shown = f"{parts.scheme}://{parts.netloc}{parts.path}"
        else:
            shown = Reason("no-location", QT_TRANSLATE_NOOP("errors", "an address it does not name"))
        log.warning("%s answered HTTP %s to %s", self.api_url, resp.status_code, shown)
        return WikiRedirected(wiki=self.api_url, target=shown)

    def _read(self, resp: requests.Response) -> bytes:
        limit = self.settings.max_answer
        length = resp.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:
            raise NotUnderstood(what=_too_large(limit))
        decoder = _Decoder(resp.headers.get("Content-Encoding", ""))
        pieces: list[bytes] = []
        size = 0
        for piece in resp.raw.stream(_PIECE, decode_content=False):
            out = decoder.decode(piece, limit - size)
            size += len(out)
            if size > limit:
                raise NotUnderstood(what=_too_large(limit))
            pieces.append(out)
        return b"".join(pieces)


def _too_large(limit: int) -> Reason:
    return reason("too-large", QT_TRANSLATE_NOOP("errors", "the answer is larger than {mb} MB"), mb=limit // MIB)
