"""A package index's JSON API on 127.0.0.1, for the update check: serves one answer, counts requests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Index:
    body: bytes
    status: int = 200
    requests: list[str] = field(default_factory=list)
    url: str = ""


@contextmanager
def index_server(body: bytes, status: int = 200) -> Iterator[Index]:
    index = Index(body, status)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            index.requests.append(self.path)
            self.send_response(index.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(index.body)))
            self.end_headers()
            self.wfile.write(index.body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    index.url = f"http://127.0.0.1:{server.server_address[1]}/pypi/photowalk/json"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield index
    finally:
        server.shutdown()
        server.server_close()
