"""Geotagging speed and accuracy on a 1,000-photo walk, as ratios to baselines measured in the same run.

Usage: python benchmarks/geotag_bench.py [--count 1000] [--rounds 5] [--work DIR]

The corpus is made with ../shared/bench/make_photowalk.py (small pictures: only the metadata
matters; about 2 s). tests/walk.py copies it as a GPS-less camera whose clock is 1 h 03 min 17 s
slow would have left it (GPS and time zone removed) and writes a GPX track from the originals'
positions and times. The copies are imported (not timed); then timed, best of --rounds:
reading the GPX (gpxpy) against a bare ElementTree parse of the same file, the clock fix from one
reference photo, and the geotag step (read the project's photos, match every photo, record the
positions) against its floors: reading the photos alone, and a bare bisect-and-interpolate loop
over the same times. Accuracy: every photo's corrected time against the true one, and the
distance of each placed photo from where it was taken (goal: time exact, within 15 m).
"""

from __future__ import annotations

import argparse
import atexit
import bisect
import shutil
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from photowalk.cameras import Camera  # noqa: E402
from photowalk.clock import offset_from_reference, set_clock_offset  # noqa: E402
from photowalk.geotag import geotag_project  # noqa: E402
from photowalk.gpx import read_gpx  # noqa: E402
from photowalk.importer import import_paths  # noqa: E402
from photowalk.phototime import corrected_camera_time, project_zone  # noqa: E402
from photowalk.project import ProjectStore  # noqa: E402
from photowalk.thumbnails import ThumbnailCache  # noqa: E402
from tests.walk import make_corpus, make_walk, metres  # noqa: E402

CLOCK_ERROR = -(1 * 3600 + 3 * 60 + 17)


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--work", type=Path, default=None, help="folder for the corpus and project (default: a temporary one)")
    args = ap.parse_args()
    work = args.work
    if work is None:
        work = Path(tempfile.mkdtemp(prefix="geotag-bench-"))
        atexit.register(shutil.rmtree, work, ignore_errors=True)
    corpus = make_corpus(work / f"corpus{args.count}", args.count)
    walk_dir = work / "walk"
    if walk_dir.exists():
        raise SystemExit(f"{walk_dir} exists; give an empty --work folder")
    walk = make_walk(corpus, walk_dir, CLOCK_ERROR)
    store = ProjectStore.open(work / "walk.photowalk", create=True)
    import_paths([walk.photos], store, thumbnails=ThumbnailCache(work / "thumbs"), make_thumbnails=False)
    zone = project_zone(None)
    photos = store.photos()
    print(f"corpus: {len(photos)} photos, track of {sum(1 for s in walk.shots.values() if s.lat is not None)} points, "
          f"camera clock {CLOCK_ERROR} s off; best of {args.rounds}")

    t_gpx = best_of(args.rounds, lambda: read_gpx(walk.gpx))
    t_etree = best_of(args.rounds, lambda: ET.parse(walk.gpx))
    track = read_gpx(walk.gpx)

    reference = next(p for p in photos if p.file_name == "DSC_0006.JPG")
    shows = walk.shots[reference.file_name].when.strftime("%H:%M:%S")

    def clock_fix() -> None:
        set_clock_offset(store, Camera.of(reference), offset_from_reference(reference, shows),
                         reference_photo=reference.id, shows=shows)

    t_clock = best_of(args.rounds, clock_fix)

    results = []
    t_geotag = best_of(args.rounds, lambda: results.append(geotag_project(store, zone, track=track, max_gap=300)))
    result = results[-1]
    t_read = best_of(args.rounds, store.photos)
    moments = [w.replace(microsecond=0).timestamp() for w in (corrected_camera_time(p, zone) for p in store.photos()) if w]

    def bare_loop() -> None:
        times, lats, lons = track.times, track.lats, track.lons
        for t in moments:
            i = bisect.bisect_left(times, t)
            if 0 < i < len(times):
                f = (t - times[i - 1]) / (times[i] - times[i - 1])
                _ = lats[i - 1] + f * (lats[i] - lats[i - 1]), lons[i - 1] + f * (lons[i] - lons[i - 1])

    t_bare = best_of(args.rounds, bare_loop)

    exact = errors = 0
    worst = 0.0
    for p in store.photos():
        shot = walk.shots[p.file_name]
        when = corrected_camera_time(p, zone)
        exact += when is not None and when.replace(microsecond=0) == shot.when
        if shot.lat is not None and shot.lon is not None:
            if p.edit_lat is None or p.edit_lon is None:
                errors += 1
                continue
            worst = max(worst, metres(p.edit_lat, p.edit_lon, shot.lat, shot.lon))
    store.close()

    print(f"\n{'task':44s} {'seconds':>9s} {'x floor':>8s}")
    print(f"{'read GPX (gpxpy)':44s} {t_gpx:9.4f} {t_gpx / t_etree:8.2f}  (floor: bare ElementTree parse {t_etree:.4f} s)")
    print(f"{'clock fix from one reference photo':44s} {t_clock:9.4f}")
    print(f"{'geotag step (read, match, record)':44s} {t_geotag:9.4f} {t_geotag / t_read:8.2f}  "
          f"(floor: reading the photos {t_read:.4f} s; goal well under 1 s)")
    print(f"{'floor: bare bisect-and-interpolate loop':44s} {t_bare:9.4f}  (the same times on the same track, nothing read or written)")
    placed = len(result.placed)
    print(f"\nplaced {placed} of {len(photos)} ({result.by_source()}); not placed: {result.counts()}")
    print(f"times exact: {exact} of {len(photos)}; photos with a true position left unplaced: {errors}; "
          f"worst distance {worst:.2f} m (goal < 15 m)")


if __name__ == "__main__":
    main()
