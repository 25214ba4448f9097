"""Import speed and memory on a camera-sized corpus, as ratios to baselines measured in the same run.

Usage: python benchmarks/import_bench.py [CORPUS] [--count 300] [--baseline CHECKOUT]

CORPUS (default /tmp/photowalk300) is made with ../shared/bench/make_photowalk.py when it is
missing (300 files of 24 MP take about 3 minutes on 2 cores). All files are read once first, so
every figure is measured with the files in the page cache. Baselines: SHA-1 of the same bytes
with plain hashlib on 2 threads (the floor), `exiftool -json -n -r` on the folder, and
`vipsthumbnail -s 256` on 2 processes.

--baseline CHECKOUT (another checkout of photowalk, e.g. a worktree of the main branch) also times
the whole import of that checkout and of this one, alternately, on the same corpus: the cost of a
change to the import, measured in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PIL import Image  # noqa: E402

from photowalk.exif import read_camera_data  # noqa: E402
from photowalk.hashing import sha1_file  # noqa: E402
from photowalk.photo import FileKind  # noqa: E402
from photowalk.scan import scan  # noqa: E402
from photowalk.thumbnails import ThumbnailCache  # noqa: E402

MAKER = REPO.parent / "shared" / "bench" / "make_photowalk.py"
WORKERS = 2


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best_of(n: int, fn: Callable[[], object]) -> float:
    return min(timed(fn) for _ in range(n))


def ensure_corpus(path: Path, count: int) -> list[Path]:
    if not (path / "DCIM").is_dir():
        print(f"making {count} files in {path} (slow)...", file=sys.stderr)
        subprocess.run([sys.executable, str(MAKER), "-n", str(count), "--jobs", "2", str(path)], check=True)
    files = sorted(p for p in (path / "DCIM").rglob("*") if p.suffix.upper() == ".JPG")
    if len(files) < count:
        raise SystemExit(f"{path} holds {len(files)} files, fewer than {count}")
    return files[:count]


def warm(files: list[Path]) -> None:
    for f in files:
        with f.open("rb") as fh:
            while fh.read(1 << 20):
                pass


def pool_map(fn: Callable[[Path], object], files: list[Path]) -> None:
    with ThreadPoolExecutor(WORKERS) as pool:
        for _ in pool.map(fn, files):
            pass


def import_in_child(corpus: Path, cache: Path, make_thumbnails: bool, repo: Path = REPO) -> dict[str, float]:
    """Run a whole import of `repo`'s photowalk in a fresh interpreter; return its wall time and peak RSS."""
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(repo)!r})
from pathlib import Path
from photowalk.importer import import_paths
from photowalk.project import ProjectStore
from photowalk.thumbnails import ThumbnailCache
store = ProjectStore.open(Path({str(cache)!r}) / "bench.photowalk", create=True)
t = time.perf_counter()
r = import_paths([Path({str(corpus)!r})], store, thumbnails=ThumbnailCache(Path({str(cache)!r}) / "thumbs"),
                 make_thumbnails={make_thumbnails!r}, workers={WORKERS})
wall = time.perf_counter() - t
print(json.dumps({{"wall": wall, "added": len(r.added), "failed": len(r.failed),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=Path("/tmp/photowalk300"))
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--baseline", type=Path, default=None, metavar="CHECKOUT",
                    help="also time the whole import of this other checkout against this one, alternately")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the --baseline comparison")
    ap.add_argument("--compare-only", action="store_true", help="with --baseline: only the comparison")
    args = ap.parse_args()
    files = ensure_corpus(args.corpus, args.count)
    corpus = args.corpus
    if len(files) != len(list((corpus / "DCIM").rglob("*.JPG"))):
        raise SystemExit("the corpus folder holds more files than --count; use a folder of exactly that many")
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    warm(files)
    print(f"corpus: {len(files)} files, {size_mb:.0f} MB, {WORKERS} workers, page cache warm")
    if args.baseline is not None and args.compare_only:
        compare(corpus, args.baseline.resolve(), args.rounds)
        return

    r: dict[str, float] = {}
    r["hashlib_floor"] = best_of(3, lambda: pool_map(lambda p: sha1_file(p), files))
    if shutil.which("exiftool"):
        r["exiftool"] = best_of(
            2, lambda: subprocess.run(["exiftool", "-json", "-n", "-r", str(corpus / "DCIM")],
                                      capture_output=True, check=True)
        )
    r["pw_metadata"] = best_of(3, lambda: [read_camera_data(p, FileKind.JPEG) for p in files])
    r["pw_sha1"] = best_of(3, lambda: pool_map(sha1_file, files))
    r["pw_scan"] = best_of(3, lambda: scan([corpus]))

    def meta_and_sha1(p: Path) -> None:
        sha1_file(p)
        read_camera_data(p, FileKind.JPEG)

    r["pw_metadata_sha1"] = best_of(3, lambda: pool_map(meta_and_sha1, files))

    with tempfile.TemporaryDirectory() as tmp:
        def thumbs() -> None:
            cache = ThumbnailCache(Path(tmp) / f"t{time.monotonic_ns()}")
            pool_map(lambda p: cache.ensure(p, p.name), files)

        r["pw_thumbnails"] = timed(thumbs)

        def pillow_draft(p: Path) -> None:
            # The bare decoding floor: what any Pillow thumbnailer must spend, nothing stored.
            with Image.open(p) as im:
                im.draft("RGB", (256, 256))
                im.thumbnail((256, 256))

        r["pillow_draft_floor"] = timed(lambda: pool_map(pillow_draft, files))
        if shutil.which("vipsthumbnail"):
            out = Path(tmp) / "vips"
            out.mkdir()
            r["vipsthumbnail"] = timed(
                lambda: subprocess.run(
                    f"printf '%s\\0' {' '.join(repr(str(f)) for f in files)} | "
                    f"xargs -0 -n 10 -P {WORKERS} vipsthumbnail -s 256 -o {out}/%s.jpg",
                    shell=True, check=True,
                )
            )
        (Path(tmp) / "a").mkdir()
        (Path(tmp) / "b").mkdir()
        no_thumbs = import_in_child(corpus, Path(tmp) / "a", False)
        whole = import_in_child(corpus, Path(tmp) / "b", True)
    r["pw_import_without_thumbnails"] = no_thumbs["wall"]
    r["pw_import_whole"] = whole["wall"]

    floor = r["hashlib_floor"]
    print(f"\n{'task':34s} {'seconds':>8s} {'ms/file':>8s} {'x floor':>8s}")
    for k, v in r.items():
        print(f"{k:34s} {v:8.2f} {1000 * v / len(files):8.2f} {v / floor:8.2f}")
    print()
    print(f"metadata+SHA1 / hashlib floor:          {r['pw_metadata_sha1'] / floor:.2f}  (goal <= 1.2)")
    print(f"import without thumbnails / floor:      {r['pw_import_without_thumbnails'] / floor:.2f}")
    if "exiftool" in r:
        print(f"metadata+SHA1 / exiftool alone:         {r['pw_metadata_sha1'] / r['exiftool']:.2f}  (goal < 1)")
    if "vipsthumbnail" in r:
        print(f"thumbnails / vipsthumbnail:             {r['pw_thumbnails'] / r['vipsthumbnail']:.2f}  (goal <= 1)")
    print(f"thumbnails / bare Pillow draft decode:  {r['pw_thumbnails'] / r['pillow_draft_floor']:.2f}")
    print(f"whole import / bare Pillow draft decode: {r['pw_import_whole'] / r['pillow_draft_floor']:.2f}  "
          "(SHA-1 + metadata + thumbnails + project, against decoding alone)")
    print(f"whole import (files added {whole['added']:.0f}, failed {whole['failed']:.0f}): "
          f"{r['pw_import_whole']:.2f} s  (goal < 14 s for 300 files)")
    print(f"peak RSS of the whole import:           {whole['rss_mb']:.0f} MB  (goal < 150 MB); "
          f"without thumbnails {no_thumbs['rss_mb']:.0f} MB")
    if args.baseline is not None:
        compare(corpus, args.baseline.resolve(), args.rounds)


def compare(corpus: Path, baseline: Path, rounds: int) -> None:
    """Whole imports of `baseline` and of this checkout, alternately: best of `rounds` each, and their ratio."""
    times: dict[str, list[float]] = {"baseline": [], "this": []}
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(rounds):
            for name, repo in (("baseline", baseline), ("this", REPO)):
                folder = Path(tmp) / f"{name}{n}"
                folder.mkdir()
                times[name].append(import_in_child(corpus, folder, True, repo)["wall"])
    base, this = min(times["baseline"]), min(times["this"])
    print(f"\nwhole import, best of {rounds}, alternately on the same corpus:")
    print(f"  baseline {baseline}: {base:.2f} s  {', '.join(f'{t:.2f}' for t in times['baseline'])}")
    print(f"  this     {REPO}: {this:.2f} s  {', '.join(f'{t:.2f}' for t in times['this'])}")
    print(f"  this / baseline: {this / base:.3f}  (goal <= 1.05 for a change that adds work to the import)")


if __name__ == "__main__":
    os.environ.setdefault("PHOTOWALK_CACHE_DIR", tempfile.mkdtemp(prefix="photowalk-bench-"))
    main()
