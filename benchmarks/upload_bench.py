"""Upload speed: photowalk's engine against a plain `mwclient.Site.upload` loop, in the same run.

Usage: python benchmarks/upload_bench.py [CORPUS] [--count 50] [--chunk-size BYTES] [--rounds 5]

CORPUS (default /tmp/photowalk-upload50) is made with ../shared/bench/make_photowalk.py when it
is missing (50 camera-like 24 MP JPEGs, 5-10 MB each; about 30 s on 2 cores). Each side gets a
fresh test wiki (../shared/testwiki) and the same files, titles and page texts. Timed per side:
logging in and uploading every file, one at a time; the files go in rounds with the sides
alternating (ABBA), so a busy moment of the machine hits both sides alike. photowalk also plans (checks, page texts),
looks each file's SHA-1 up first, sends chunks of its default size, checks the stash, publishes
and verifies size, SHA-1 and page text; the plain loop only calls `Site.upload` (1 MiB chunks).
The goal in issue 4 is a ratio of at most 1.1.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import mwclient  # noqa: E402

from photowalk import edits  # noqa: E402
from photowalk.importer import import_paths  # noqa: E402
from photowalk.project import ProjectStore  # noqa: E402
from photowalk.upload.plan import plan_upload  # noqa: E402
from photowalk.upload.queue import UploadBatch, wiki_factory  # noqa: E402
from photowalk.upload.remote import normalize_text  # noqa: E402
from photowalk.upload.settings import DEFAULT_CHUNK_SIZE, UploadSettings  # noqa: E402
from photowalk.upload.state import UploadState  # noqa: E402
from photowalk.upload.wiki import parse_wiki  # noqa: E402

SHARED = REPO.parent / "shared"
MAKER = SHARED / "bench" / "make_photowalk.py"
TESTWIKI = SHARED / "testwiki"


def ensure_corpus(path: Path, count: int) -> list[Path]:
    if not (path / "DCIM").is_dir():
        print(f"making {count} files in {path} (slow)...", file=sys.stderr)
        subprocess.run([sys.executable, str(MAKER), "-n", str(count), "--jobs", "2", str(path)], check=True)
    files = sorted(p for p in (path / "DCIM").rglob("*") if p.suffix.upper() == ".JPG")
    if len(files) < count:
        raise SystemExit(f"{path} holds {len(files)} files, fewer than {count}")
    return files[:count]


def start_wiki(folder: Path) -> dict[str, str]:
    out = subprocess.run([str(TESTWIKI / "start-testwiki"), str(folder)], check=True, capture_output=True,
                         text=True, env={**os.environ, "TESTWIKI_WATCH_PID": str(os.getpid())}).stdout
    return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)


def stop_wiki(folder: Path) -> None:
    subprocess.run([str(TESTWIKI / "stop-testwiki"), str(folder)], check=False, capture_output=True)


def make_project(folder: Path, files: list[Path]) -> Path:
    """A project over the corpus (files stay where they are), described so every photo passes."""
    path = folder / "bench.photowalk"
    with ProjectStore.open(path, create=True) as store:
        import_paths(files, store, make_thumbnails=False)
        store.set_setting("licence", "cc-by-sa-4.0")
        store.set_setting("author", "Uploader")
        for n, pid in enumerate(store.photo_ids(), start=1):
            edits.set_title(store, pid, f"Dushanbe photowalk bench {n:03d}")
            edits.set_description(store, [pid], "tg", f"Сурати санҷишии рақами {n} аз сайри Душанбе")
            edits.set_description(store, [pid], "en", f"Benchmark photo number {n} of a Dushanbe photowalk")
            edits.add_categories(store, [pid], ["Photowalk benchmarks"])
    return path


def run_photowalk(project: Path, wiki: dict[str, str], chunk_size: int, ids: list[int]) -> tuple[float, int]:
    address = parse_wiki(wiki["TESTWIKI_API"])
    settings = UploadSettings(chunk_size=chunk_size)
    start = time.perf_counter()
    with ProjectStore.open(project) as store:
        plan = plan_upload(store, ids, api_url=address.api_url)
    assert not plan.not_ready, plan.not_ready
    batch = UploadBatch(project, wiki_factory(address, wiki["TESTWIKI_BOTPASSWORD_USER"],
                                              wiki["TESTWIKI_BOTPASSWORD"], settings), settings)
    result = batch.run(plan.items, address.api_url)
    elapsed = time.perf_counter() - start
    assert result.stopped is None, result.stopped
    done = [r for r in result.rows.values() if r.state == UploadState.DONE and r.outcome == "uploaded"]
    assert len(done) == len(plan.items), [r for r in result.rows.values() if r not in done]
    return elapsed, len(done)


def run_plain(jobs: list[tuple[Path, str, str]], wiki: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    site = mwclient.Site(wiki["TESTWIKI_HOST"], path=wiki["TESTWIKI_PATH"], scheme="http")
    site.login(wiki["TESTWIKI_BOTPASSWORD_USER"], wiki["TESTWIKI_BOTPASSWORD"])
    ok = 0
    for path, title, text in jobs:
        with path.open("rb") as f:
            r = site.upload(f, filename=title, description=text, comment="plain mwclient loop")
        ok += r.get("upload", r).get("result") == "Success"
    return time.perf_counter() - start, ok


def check_plain(jobs: list[tuple[Path, str, str]], wiki: dict[str, str]) -> None:
    """The plain loop's files really arrived whole (it is the baseline, so it must be honest)."""
    site = mwclient.Site(wiki["TESTWIKI_HOST"], path=wiki["TESTWIKI_PATH"], scheme="http")
    for path, title, _ in jobs:
        info = site.images[title].imageinfo
        assert info["sha1"] == hashlib.sha1(path.read_bytes()).hexdigest(), title


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=Path("/tmp/photowalk-upload50"))
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, help="photowalk's chunk size")
    ap.add_argument("--rounds", type=int, default=5,
                    help="the files go in this many rounds, sides alternating (ABBA), so load changes hit both")
    args = ap.parse_args()
    files = ensure_corpus(args.corpus, args.count)
    total = sum(f.stat().st_size for f in files)
    for f in files:  # both sides read from the page cache
        f.read_bytes()
    with tempfile.TemporaryDirectory(prefix="photowalk-upload-bench-") as tmp:
        root = Path(tmp)
        (root / "cfg").mkdir()
        os.environ["PHOTOWALK_CONFIG_DIR"] = str(root / "cfg")
        os.environ["PHOTOWALK_CACHE_DIR"] = str(root / "cache")
        project = make_project(root, files)
        with ProjectStore.open(project) as store:
            plan = plan_upload(store, None, api_url="http://127.0.0.1:1/api.php")
        jobs = [(item.path, item.title, normalize_text(item.text)) for item in plan.items]
        wiki_pw, wiki_plain = root / "wiki-photowalk", root / "wiki-plain"
        try:
            env_pw, env_plain = start_wiki(wiki_pw), start_wiki(wiki_plain)
            with ProjectStore.open(project) as store:
                ids = store.photo_ids()
            totals = {"plain": [0.0, 0], "photowalk": [0.0, 0]}
            per = -(-len(jobs) // args.rounds)
            for r in range(args.rounds):
                part = slice(r * per, (r + 1) * per)
                order = ["plain", "photowalk"] if r % 2 == 0 else ["photowalk", "plain"]
                for side in order:
                    # The wikis write every upload several times (chunks, assembly, the file):
                    # flush one side's writes before timing the other.
                    os.sync()
                    if side == "plain":
                        t, n = run_plain(jobs[part], env_plain)
                    else:
                        t, n = run_photowalk(project, env_pw, args.chunk_size, ids[part])
                    totals[side][0] += t
                    totals[side][1] += n
            results = {k: (float(v[0]), int(v[1])) for k, v in totals.items()}
            check_plain(jobs, env_plain)
        finally:
            stop_wiki(wiki_pw)
            stop_wiki(wiki_plain)
    t_pw, n_pw = results["photowalk"]
    t_plain, n_plain = results["plain"]
    mb = total / 1e6
    print(f"files: {len(files)}, {mb:.0f} MB (mean {mb / len(files):.1f} MB); photowalk chunks {args.chunk_size} B; "
          f"{args.rounds} rounds, sides alternating")
    print(f"plain mwclient loop : {t_plain:7.2f} s  {mb / t_plain:6.1f} MB/s  ({n_plain} uploaded)")
    print(f"photowalk engine    : {t_pw:7.2f} s  {mb / t_pw:6.1f} MB/s  ({n_pw} uploaded, verified)")
    print(f"ratio photowalk / plain: {t_pw / t_plain:.3f}  (goal <= 1.1)")


if __name__ == "__main__":
    main()
