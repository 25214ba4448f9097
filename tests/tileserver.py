"""A slippy-map tile server on 127.0.0.1 for the map's tests: generated PNG tiles, every request recorded."""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image, ImageDraw

_PATH = re.compile(r"^/tiles/(\d+)/(\d+)/(\d+)\.png$")


def tile_colour(z: int, x: int, y: int) -> tuple[int, int, int]:
    """Each tile's own background colour, so a test can tell which tile is shown where."""
    return (40 + (x * 37 + z * 11) % 200, 40 + (y * 53 + z * 7) % 200, 40 + ((x + y) * 29) % 200)


def tile_png(z: int, x: int, y: int) -> bytes:
    """A 256 x 256 tile: its colour, a border, and its z/x/y written in it."""
    im = Image.new("RGB", (256, 256), tile_colour(z, x, y))
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, 255, 255), outline=(255, 255, 255))
    draw.text((96, 120), f"{z}/{x}/{y}", fill=(255, 255, 255))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


@dataclass
class TileServer:
    url: str = ""  # with {z}/{x}/{y}
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, User-Agent)
    status: int = 200
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self) -> int:
        with self.lock:
            return len(self.requests)


@contextmanager
def tile_server() -> Iterator[TileServer]:
    tiles = TileServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with tiles.lock:
                tiles.requests.append((self.path, self.headers.get("User-Agent", "")))
            m = _PATH.match(self.path)
            if tiles.status != 200 or m is None:
                self.send_response(tiles.status if tiles.status != 200 else 404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = tile_png(*(int(g) for g in m.groups()))
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tiles.url = f"http://127.0.0.1:{server.server_address[1]}/tiles/{{z}}/{{x}}/{{y}}.png"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tiles
    finally:
        server.shutdown()
        server.server_close()
