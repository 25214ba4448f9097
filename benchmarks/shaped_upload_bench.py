"""Upload throughput over a slow, far link: photowalk's engine (1, 2, 3 uploads at once) against a
plain sequential mwclient loop, through the same shaping proxy, in the same run.

Usage: python benchmarks/shaped_upload_bench.py [CORPUS] [--count 12] [--rtt-ms 150] [--mbit 8]

The proxy (on 127.0.0.1, asyncio) stands for an event's shared uplink in front of a fresh test wiki
(../shared/testwiki): every byte from the uploader to the wiki goes through one queue drained at
--mbit Mbit/s, and each direction adds half the round-trip time. CORPUS (default
/tmp/photowalk-shaped12) is made with ../shared/bench/make_photowalk.py when missing: camera
JPEGs of 3000x2000, about 1.8 MB each. Every side uploads the same files under its own titles,
one side after the other, each from logging in to its last file on the wiki; the figure is the
files' bytes over that time as a fraction of the link's bandwidth. photowalk's goal: 0.9.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import mwclient  # noqa: E402
from upload_bench import MAKER, check_plain, start_wiki, stop_wiki  # noqa: E402

from photowalk import edits  # noqa: E402
from photowalk.importer import import_paths  # noqa: E402
from photowalk.project import ProjectStore  # noqa: E402
from photowalk.upload.plan import plan_upload  # noqa: E402
from photowalk.upload.queue import UploadBatch, wiki_factory  # noqa: E402
from photowalk.upload.remote import normalize_text  # noqa: E402
from photowalk.upload.settings import UploadSettings  # noqa: E402
from photowalk.upload.state import UploadState  # noqa: E402
from photowalk.upload.wiki import parse_wiki  # noqa: E402

PIECE = 16 * 1024
QUEUE_SECONDS = 0.05  # the link's buffer: what may wait for the wire before the proxy stops reading


class Link:
    """One direction of the link, shared by every connection: a rate (None: no limit) and a delay."""

    def __init__(self, rate: float | None, delay: float) -> None:
        self.rate = rate
        self.delay = delay
        self.free_at = 0.0  # loop time the wire is free again

    def send(self, n: int, now: float) -> float:
        """Put `n` bytes on the wire; the loop time they arrive at the other end."""
        start = max(now, self.free_at)
        self.free_at = start + (n / self.rate if self.rate else 0.0)
        return self.free_at + self.delay


class ShapingProxy:
    """127.0.0.1:port -> target, with `up` shaping client->server and `down` server->client."""

    def __init__(self, target_port: int, *, rtt: float, up_rate: float, down_rate: float | None = None) -> None:
        self.target_port = target_port
        self.up = Link(up_rate, rtt / 2)
        self.down = Link(down_rate, rtt / 2)
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait()

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api.php"

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        self.loop.run_forever()

    def close(self) -> None:
        async def cancel_all() -> None:
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(cancel_all(), self.loop).result(5)
        self.loop.call_soon_threadsafe(lambda: self.loop.call_later(0.2, self.loop.stop))
        self.thread.join(5)

    async def _serve(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        # Small kernel buffers on the proxy's side, so a sender feels the link rather than a memory buffer.
        client_w.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
        server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        await asyncio.gather(self._pump(client_r, server_w, self.up), self._pump(server_r, client_w, self.down))

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: Link) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    with contextlib.suppress(OSError):
                        writer.write_eof()
                    return
                writer.write(data)
                try:
                    await writer.drain()
                except OSError:
                    return

        sender = asyncio.create_task(deliver())
        try:
            while True:
                # A full link buffer: stop reading until the wire has room (the sender then waits too).
                backlog = link.free_at - loop.time()
                if backlog > QUEUE_SECONDS:
                    await asyncio.sleep(backlog - QUEUE_SECONDS)
                try:
                    data = await reader.read(PIECE)
                except OSError:
                    data = b""
                now = loop.time()
                if not data:
                    queue.put_nowait((now + link.delay, b""))
                    break
                queue.put_nowait((link.send(len(data), now), data))
            await sender
        finally:
            with contextlib.suppress(Exception):
                writer.close()


def ensure_corpus(path: Path, count: int) -> list[Path]:
    if not (path / "DCIM").is_dir():
        print(f"making {count} files in {path}...", file=sys.stderr)
        subprocess.run([sys.executable, str(MAKER), "-n", str(count), "--size", "3000x2000", "--jobs", "2", str(path)],
                       check=True)
    files = sorted(p for p in (path / "DCIM").rglob("*") if p.suffix.upper() == ".JPG")
    if len(files) < count:
        raise SystemExit(f"{path} holds {len(files)} files, fewer than {count}")
    return files[:count]


def variant(files: list[Path], folder: Path, tag: str) -> list[Path]:
    """Copies of `files` made distinct by a JPEG comment: the wiki would take the same bytes for duplicates."""
    folder.mkdir(parents=True)
    out = []
    for f in files:
        data = f.read_bytes()
        comment = f"shaped bench {tag}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        target = folder / f.name
        target.write_bytes(data[:2] + segment + data[2:])  # right after SOI
        out.append(target)
    return out


def make_project(folder: Path, files: list[Path], token: str) -> Path:
    """A project over `files`, described so every photo passes, with titles of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench.photowalk"
    with ProjectStore.open(path, create=True) as store:
        import_paths(files, store, make_thumbnails=False)
        store.set_setting("licence", "cc-by-sa-4.0")
        store.set_setting("author", "Uploader")
        for n, pid in enumerate(store.photo_ids(), start=1):
            edits.set_title(store, pid, f"Shaped link bench {token} {n:03d}")
            edits.set_description(store, [pid], "tg", f"Сурати санҷишии рақами {n}")
            edits.set_description(store, [pid], "en", f"Benchmark photo number {n} over a slow link")
            edits.add_categories(store, [pid], ["Photowalk benchmarks"])
    return path


@contextlib.contextmanager
def shaped(wiki: dict[str, str], rtt: float, up_rate: float) -> Iterator[ShapingProxy]:
    proxy = ShapingProxy(int(wiki["TESTWIKI_PORT"]), rtt=rtt, up_rate=up_rate)
    try:
        yield proxy
    finally:
        proxy.close()


def run_photowalk(project: Path, proxy: ShapingProxy, wiki: dict[str, str], ids: list[int], concurrency: int,
                  chunk_size: int | None) -> float:
    address = parse_wiki(proxy.api)
    settings = UploadSettings(concurrency=concurrency, **({"chunk_size": chunk_size} if chunk_size else {}))
    with ProjectStore.open(project) as store:
        plan = plan_upload(store, ids, api_url=address.api_url)
    assert not plan.not_ready, plan.not_ready
    batch = UploadBatch(project, wiki_factory(address, wiki["TESTWIKI_BOTPASSWORD_USER"],
                                              wiki["TESTWIKI_BOTPASSWORD"], settings), settings)
    start = time.perf_counter()
    result = batch.run(plan.items, address.api_url)
    elapsed = time.perf_counter() - start
    assert result.stopped is None, result.stopped
    done = [r for r in result.rows.values() if r.state == UploadState.DONE and r.outcome == "uploaded"]
    assert len(done) == len(plan.items), [r for r in result.rows.values() if r not in done]
    return elapsed


def run_plain(jobs: list[tuple[Path, str, str]], proxy: ShapingProxy, wiki: dict[str, str]) -> float:
    start = time.perf_counter()
    site = mwclient.Site(proxy.host, path=wiki["TESTWIKI_PATH"], scheme="http")
    site.login(wiki["TESTWIKI_BOTPASSWORD_USER"], wiki["TESTWIKI_BOTPASSWORD"])
    for path, title, text in jobs:
        with path.open("rb") as f:
            r = site.upload(f, filename=title, description=text, comment="plain mwclient loop")
        assert r.get("upload", r).get("result") == "Success", r
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=Path("/tmp/photowalk-shaped12"))
    ap.add_argument("--count", type=int, default=12)
    ap.add_argument("--rtt-ms", type=float, default=150.0)
    ap.add_argument("--mbit", type=float, default=8.0, help="the link's upstream bandwidth, Mbit/s")
    ap.add_argument("--parallel", type=int, nargs="+", default=[1, 2, 3], help="photowalk's uploads at once, one run each")
    ap.add_argument("--chunk-size", type=int, default=None, help="photowalk's chunk size (default: its own)")
    args = ap.parse_args()
    files = ensure_corpus(args.corpus, args.count)
    total = sum(f.stat().st_size for f in files)
    rate = args.mbit * 1e6 / 8
    with tempfile.TemporaryDirectory(prefix="photowalk-shaped-bench-") as tmp:
        root = Path(tmp)
        os.environ["PHOTOWALK_CONFIG_DIR"] = str(root / "cfg")
        os.environ["PHOTOWALK_CACHE_DIR"] = str(root / "cache")
        folder = root / "wiki"
        wiki = start_wiki(folder)
        results: list[tuple[str, float]] = []
        try:
            for n in args.parallel:
                # Each run its own files and titles on the same wiki.
                mine = variant(files, root / f"f{n}", f"parallel {n}")
                project = make_project(root / f"p{n}", mine, token=f"parallel {n}")
                with ProjectStore.open(project) as store:
                    ids = store.photo_ids()
                with shaped(wiki, args.rtt_ms / 1000, rate) as proxy:
                    results.append((f"photowalk, {n} at once", run_photowalk(project, proxy, wiki, ids, n, args.chunk_size)))
            plain_project = make_project(root / "plain", variant(files, root / "fplain", "plain"), token="plain loop")
            with ProjectStore.open(plain_project) as store:
                plan = plan_upload(store, None, api_url="http://127.0.0.1:1/api.php")
            jobs = [(item.path, item.title, normalize_text(item.text)) for item in plan.items]
            with shaped(wiki, args.rtt_ms / 1000, rate) as proxy:
                results.append(("plain mwclient loop (sequential)", run_plain(jobs, proxy, wiki)))
            check_plain(jobs, wiki)
        finally:
            stop_wiki(folder)
    mb = total / 1e6
    print(f"link: {args.mbit:g} Mbit/s up, {args.rtt_ms:g} ms RTT; {len(files)} files, {mb:.1f} MB "
          f"(mean {mb / len(files):.2f} MB); the link alone needs {total / rate:.1f} s")
    for name, seconds in results:
        print(f"{name:34s} {seconds:7.2f} s  {total / seconds / 1e6 * 8:5.2f} Mbit/s  "
              f"{total / seconds / rate:6.1%} of the link")


if __name__ == "__main__":
    main()
