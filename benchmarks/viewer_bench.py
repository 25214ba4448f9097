"""The large viewer stepping through 24 MP photos: how long the GUI thread is held, Qt's JPEG decode
against Pillow's (the baseline), and decoding at the viewer's size against the screen's, in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/viewer_bench.py FOLDER [--rounds 2] [--interval 0.35]

The screen is 1920 x 1080 (offscreen). FOLDER: camera JPEGs, e.g. `../shared/bench/make_photowalk.py -n 12 FOLDER` (6000 x 4000). The photos are
imported into a new project, the viewer opens on the first, and → is pressed every INTERVAL seconds to
the last photo, fitted to the viewer and then at 100 %, once per variant and round (the variants
alternate): Pillow's decode and Qt's at the screen's size (painted scaled to the viewer, as before), and
Qt's at the size painted (now). Each step waits until its picture is shown. Printed as JSON: per variant and
size the longest gap of a 10 ms timer on the GUI thread, the 99th percentile, the mean time from key to
picture, and each figure as a ratio to the baselines.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--interval", type=float, default=0.35, help="seconds between two presses of →")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="photowalk-viewerbench-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # A laptop's 1920 x 1080 screen (the offscreen default is 800 x 600): the size pictures are decoded at.
        screen = {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
                  "logicalBaseDpi": 96, "dpr": 1}
        (tmp / "screen.json").write_text(json.dumps({"screens": [screen]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={tmp / 'screen.json'}"
    os.environ["PHOTOWALK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["PHOTOWALK_CACHE_DIR"] = str(tmp / "cache")

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QApplication([sys.argv[0]])
    from photowalk.ui import stalls
    from photowalk.ui.app import build_window
    from photowalk.ui.i18n import Translators
    from photowalk.ui.settings import Settings
    from photowalk.ui.viewer import decode_picture, decode_picture_pillow

    def wait(cond: Callable[[], bool], timeout: float = 120.0) -> float:
        t0 = time.perf_counter()
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(2)
        poll.timeout.connect(lambda: (cond() or time.perf_counter() - t0 > timeout) and loop.quit())
        poll.start()
        if not cond():
            loop.exec()
        poll.stop()
        if not cond():
            raise SystemExit(f"timed out after {timeout} s")
        return time.perf_counter() - t0

    window = build_window(Settings(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat)), Translators())
    window.resize(1280, 800)
    window.show()
    window.open_project(tmp / "bench.photowalk", create=True)
    session = window.session
    assert session is not None
    job = window.import_sources([args.folder])
    assert job is not None
    wait(lambda: not job.running and not window.thumbs.busy() and not session.checker.running)
    proxy = window.grid.model()
    order = [proxy.id_at(r) for r in range(proxy.rowCount())]
    viewer = window.open_viewer(order[0])
    assert viewer is not None
    viewer.resize(1280, 800)
    gaps: list[float] = []
    beat = stalls.Heartbeat(10, gaps.append)
    beat.start()
    fitted = viewer.wanted_size

    def screen_size(photo: object) -> int:
        """The size decoded before: the screen's long side, whatever the viewer's size."""
        if viewer.actual:
            return fitted(photo)
        screen = viewer.screen().size()
        full = max(photo.camera.width or 0, photo.camera.height or 0)  # type: ignore[attr-defined]
        return min(full, max(screen.width(), screen.height()))

    variants = {"pillow": (decode_picture_pillow, screen_size), "qt screen-decode": (decode_picture, screen_size),
                "qt": (decode_picture, fitted)}
    runs: dict[str, dict[str, list[float]]] = {}
    for _round in range(args.rounds):
        for name, (decoder, size_rule) in variants.items():
            for actual in (False, True):
                if actual and name == "qt screen-decode":
                    continue  # at 100 % both decode the whole picture
                viewer.cache.pool.waitForDone()
                viewer.cache._pictures.clear()
                viewer.cache.decoder = decoder
                viewer.wanted_size = size_rule  # type: ignore[method-assign]
                viewer.set_actual(actual)
                viewer.show_photo(order[0])
                first = viewer.key_of(viewer._photo(viewer.current_id))
                wait(lambda k=first: viewer.cache.picture(k) is not None or viewer.cache.failure(k) is not None)
                if viewer.cache.failure(first):
                    raise SystemExit(f"{name}: {viewer.cache.failure(first)}")
                viewer.cache.pool.waitForDone()
                wait(lambda: True)
                gaps.clear()
                beat.last = time.perf_counter()
                shown: list[float] = []
                for _ in order[1:]:
                    t0 = time.perf_counter()
                    QTest.keyClick(viewer, Qt.Key.Key_Right)
                    photo = viewer._photo(viewer.current_id)
                    key = viewer.key_of(photo)
                    wait(lambda k=key: viewer.canvas.picture is viewer.cache.picture(k) is not None)
                    shown.append(time.perf_counter() - t0)
                    wait(lambda t=t0: time.perf_counter() - t >= args.interval)
                run = runs.setdefault(f"{name} {'100 %' if actual else 'screen'}", {"gap": [], "p99": [], "shown": []})
                ordered = sorted(gaps) or [0.0]
                run["gap"].append(ordered[-1] * 1000)
                run["p99"].append(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000)
                run["shown"].append(sum(shown) / len(shown) * 1000)
    beat.stop()
    out: dict[str, object] = {"photos": len(order), "cores": os.cpu_count(), "rounds": args.rounds}
    for label, run in runs.items():
        out[label] = {
            "longest_gap_ms": round(max(run["gap"]), 1),
            "p99_ms": round(max(run["p99"]), 1),
            "key_to_picture_ms": round(sum(run["shown"]) / len(run["shown"]), 1),
        }
    for now_label, base_label in (("qt screen", "pillow screen"), ("qt 100 %", "pillow 100 %"),
                                  ("qt screen", "qt screen-decode screen")):
        base, now = out[base_label], out[now_label]
        assert isinstance(base, dict) and isinstance(now, dict)
        out[f"{now_label} / {base_label}"] = {k: round(now[k] / base[k], 2) if base[k] else None for k in base}
    window.close_project()
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
