"""GUI benchmark: how long the GUI thread stalls, how soon the grid fills, reopen and launch times, memory.

Usage (from the repository root; offscreen unless QT_QPA_PLATFORM says otherwise):

    python benchmarks/gui_bench.py CORPUS [MORE_CORPUS] [--upload N] [--third CORPUS3]

CORPUS is a folder of camera files made with ../shared/bench/make_photowalk.py, e.g.
`make_photowalk.py -n 1000 --size 3000x2000 --jobs 2 /tmp/corpus1000` (6 MP instead of the
camera's 24 MP: a 24 MP corpus of 1,000 files takes about 20 minutes to make). MORE_CORPUS, if
given, is imported second, for the memory figure with both loaded. --upload N starts a
throwaway test wiki (../shared/testwiki) and uploads N photos through the upload view.

Figures:
- launch: process start to a shown, painted window (median of 3 runs, a fresh process each);
- import: from "folder chosen" to the first rows, to every cell on the first screen showing a
  picture (camera preview or sharp) and a sharp one, and to the end; the GUI thread's longest
  stall, measured as the largest gap between ticks of a 10 ms QTimer;
- reopen: from opening the saved project to a first screen of sharp thumbnails (from the cache);
- scroll: the whole grid page by page, longest stall; memory (RSS) afterwards;
- checks: the whole project checked again (as after a change of the project's licence);
- upload: longest stall while the upload view sends N photos;
- together (with --third and --upload): an import of CORPUS3, a check of the whole project and an
  upload of N more photos, all at once.
Every stall figure is the longest gap and the 99th percentile of the gaps between ticks of a 10 ms
timer; memory counts the window's process and the processes it started (its worker).
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))


def _rss_kb(pid: int | str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_mb() -> float:
    """Resident memory of this process and every process it started (the window's worker), MB."""
    me = os.getpid()
    total = _rss_kb(me)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == me:  # the parent's pid
                total += _rss_kb(entry.name)
    return total / 1024


def launch_child() -> None:
    """Start the app as a volunteer does, and say when the window is painted."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from photowalk.ui.app import build_window
    from photowalk.ui.i18n import Translators
    from photowalk.ui.settings import Settings

    translators = Translators()
    translators.install("tg")
    window = build_window(Settings(), translators)
    window.resize(1280, 800)
    window.show()
    handle = window.windowHandle()
    while handle is not None and not handle.isExposed():
        app.processEvents()
    app.processEvents()
    window.grab()  # a full paint
    print("READY", flush=True)


def measure_launch(runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "PHOTOWALK_CONFIG_DIR": tmp, "PHOTOWALK_CACHE_DIR": tmp}
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            t0 = time.perf_counter()
            p = subprocess.Popen([sys.executable, __file__, "--launch-child"], stdout=subprocess.PIPE, text=True, env=env)
            assert p.stdout is not None
            for line in p.stdout:
                if line.startswith("READY"):
                    times.append(time.perf_counter() - t0)
                    break
            p.wait()
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="?")
    ap.add_argument("more", type=Path, nargs="?")
    ap.add_argument("--upload", type=int, default=0, metavar="N")
    ap.add_argument("--third", type=Path, default=None, metavar="CORPUS3",
                    help="imported while the whole project is checked and N more photos upload")
    ap.add_argument("--decode-before-recording", action="store_true",
                    help="import as the command line does: record each photo after its picture is decoded")
    ap.add_argument("--switch-interval", type=float, default=None, metavar="S",
                    help="sys.setswitchinterval for this run (the app keeps Python's 0.005 s)")
    ap.add_argument("--sample-stalls", action="store_true",
                    help="print where the GUI thread was during gaps over 30 ms (Python stacks)")
    ap.add_argument("--launch-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.launch_child:
        launch_child()
        return
    if args.corpus is None:
        ap.error("give a corpus folder")

    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    results: dict[str, object] = {"platform": os.environ["QT_QPA_PLATFORM"], "cores": os.cpu_count(),
                                  "switch_interval": sys.getswitchinterval()}
    results["launch_s"] = round(measure_launch(), 3)

    tmp = Path(tempfile.mkdtemp(prefix="photowalk-guibench-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # gigabytes of copies and thumbnails
    os.environ["PHOTOWALK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["PHOTOWALK_CACHE_DIR"] = str(tmp / "cache")  # no thumbnail is cached yet

    from PySide6.QtCore import QEventLoop, QPoint, QSettings, QTimer
    from PySide6.QtGui import QPixmapCache
    from PySide6.QtWidgets import QApplication

    QApplication([sys.argv[0]])
    import photowalk.ui.projectcontroller as controller_module
    from photowalk.ui import stalls
    from photowalk.ui.app import build_window
    from photowalk.ui.i18n import Translators
    from photowalk.ui.photomodel import ThumbLevelRole, ThumbStateRole
    from photowalk.ui.settings import Settings
    from photowalk.ui.thumbloader import PREVIEW, SHARP

    if args.decode_before_recording:
        controller_module.IMPORT_RECORDS_FIRST = False
    results["import_records_first"] = controller_module.IMPORT_RECORDS_FIRST

    class Heartbeat:
        """A 10 ms timer (the window's own stall measure); the largest gap between ticks is the longest stall."""

        def __init__(self) -> None:
            self.beat = stalls.Heartbeat(10, self._gap)
            self.reset()
            self.beat.start()

        @property
        def last(self) -> float:
            return self.beat.last

        def reset(self, phase: str = "") -> None:
            self.phase = phase  # what the stall samples are filed under
            self.beat.last = time.perf_counter()
            self.max_gap = 0.0
            self.gaps: list[float] = []

        def _gap(self, gap: float) -> None:
            self.max_gap = max(self.max_gap, gap)
            self.gaps.append(gap)

        def figures(self) -> dict[str, float]:
            """The longest gap and the 99th percentile, in ms (10 is a tick on time)."""
            self.phase = ""  # between phases nothing is measured
            gaps = sorted(self.gaps) or [0.0]
            p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
            return {"stall_ms": round(self.max_gap * 1000, 1), "p99_ms": round(p99 * 1000, 1)}

    def wait(cond: Callable[[], bool], timeout: float = 600.0) -> float:
        """Run the event loop until cond() holds; returns the time it took."""
        t0 = time.perf_counter()
        if cond():
            return 0.0
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(lambda: (cond() or time.perf_counter() - t0 > timeout) and loop.quit())
        poll.start()
        loop.exec()
        poll.stop()
        if not cond():
            raise SystemExit(f"timed out after {timeout} s")
        return time.perf_counter() - t0

    settings = Settings(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
    translators = Translators()
    translators.install("tg")
    window = build_window(settings, translators)
    window.resize(1280, 800)
    window.show()
    settle = time.perf_counter() + 0.2
    wait(lambda: time.perf_counter() > settle)
    window.resize(1280, 800)  # the same grid as on a laptop, whatever the offscreen screen's size
    wait(lambda: True)
    beat = Heartbeat()
    sampler = StallSampler(beat) if args.sample_stalls else None

    def visible_rows() -> list[int]:
        view = window.grid
        model = view.model()
        if model is None or model.rowCount() == 0:
            return []
        vp = view.viewport().rect()

        def probe(*points: tuple[int, int]) -> int | None:
            for x, y in points:
                index = view.indexAt(QPoint(x, y))
                if index.isValid():
                    return index.row()
            return None

        # Only the rows around the screen are looked at: this poll runs on the GUI thread every
        # 5 ms, and going over 2,000 rows there would itself be the stall being measured.
        w, h = vp.width(), vp.height()
        lo = probe((10, 10), (40, 40), (90, 90))
        hi = probe((w - 30, h - 30))
        if hi is None:  # a short last row: the first cell of the bottom row, plus one row of cells
            left = probe((10, h - 30), (40, h - 40), (90, h - 90))
            hi = None if left is None else left + max(1, w // 40)
        if lo is None or hi is None:
            lo, hi = 0, model.rowCount() - 1
        hi = min(hi, model.rowCount() - 1)
        return [r for r in range(lo, hi + 1) if view.visualRect(model.index(r, 0)).intersects(vp)]

    def screen_capacity() -> int:
        """Cells in the fully visible rows of the grid."""
        view = window.grid
        size = view.visualRect(view.model().index(0, 0)).size() if view.model().rowCount() else None
        if size is None or size.width() <= 0:
            return 1
        step_w, step_h = size.width() + view.spacing() * 2, size.height() + view.spacing() * 2
        vp = view.viewport().rect()
        return max(1, vp.width() // step_w) * max(1, vp.height() // step_h)

    def screen_has(level: int) -> bool:
        rows = visible_rows()
        model = window.grid.model()
        if not rows:
            return False
        # A full screen: every cell that fits, or every photo when the import has ended with fewer.
        full = len(rows) >= screen_capacity() or (not window.import_job and len(rows) == model.rowCount())
        return full and all(
            (model.index(r, 0).data(ThumbLevelRole) or 0) >= level or model.index(r, 0).data(ThumbStateRole)
            for r in rows
        )

    # -- import --------------------------------------------------------------------------
    project = tmp / "bench.photowalk"
    window.open_project(project, create=True)
    session = window.session
    assert session is not None
    beat.reset("import")
    t0 = time.perf_counter()
    job = window.import_sources([args.corpus])
    assert job is not None
    marks: dict[str, float] = {}

    def watch() -> bool:
        now = time.perf_counter() - t0
        if "first_rows_s" not in marks and session.model.rowCount():
            marks["first_rows_s"] = now
        if "first_screen_any_s" not in marks and screen_has(PREVIEW):
            marks["first_screen_any_s"] = now
            marks["cells_on_first_screen"] = len(visible_rows())
        if "first_screen_sharp_s" not in marks and screen_has(SHARP):
            marks["first_screen_sharp_s"] = now
        return not job.running and "first_screen_sharp_s" in marks

    wait(watch)
    marks["import_s"] = time.perf_counter() - t0
    marks["photos"] = session.model.rowCount()
    wait(lambda: not window.thumbs.busy() and not session.checker.running)
    marks.update(beat.figures())
    results["import"] = {k: round(v, 3) if isinstance(v, float) else v for k, v in marks.items()}

    # -- reopen --------------------------------------------------------------------------
    window.close_project()
    window.thumbs.clear()
    QPixmapCache.clear()
    wait(lambda: True)
    beat.reset("reopen")
    t0 = time.perf_counter()
    window.open_project(project)
    opened = time.perf_counter() - t0
    first = wait(lambda: screen_has(SHARP)) + opened
    wait(lambda: not window.thumbs.busy())
    results["reopen"] = {"open_s": round(opened, 3), "first_screen_sharp_s": round(first, 3), **beat.figures()}

    # -- more photos, then scroll everything ---------------------------------------------
    if args.more:
        beat.reset("second_import")
        t0 = time.perf_counter()
        job = window.import_sources([args.more])
        wait(lambda: job is not None and not job.running)
        wait(lambda: not window.thumbs.busy() and not window.session.checker.running)  # type: ignore[union-attr]
        results["second_import"] = {"s": round(time.perf_counter() - t0, 1), **beat.figures()}
    # -- the whole project checked again ---------------------------------------------------
    checker = window.session.checker  # type: ignore[union-attr]
    wait(lambda: not checker.running)
    beat.reset("checks")
    t0 = time.perf_counter()
    checker.request(None, now=True)
    wait(lambda: checker.running, 10)
    wait(lambda: not checker.running)
    results["checks"] = {"photos": window.session.model.rowCount(), "s": round(time.perf_counter() - t0, 2),  # type: ignore[union-attr]
                         **beat.figures()}
    beat.reset("scroll")
    t0 = time.perf_counter()
    bar = window.grid.verticalScrollBar()
    pages = 0
    while True:
        wait(lambda: screen_has(SHARP), 120)
        pages += 1
        if bar.value() >= bar.maximum():
            break
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
    results["scroll"] = {"photos": window.session.model.rowCount(), "pages": pages,  # type: ignore[union-attr]
                         "s": round(time.perf_counter() - t0, 1), **beat.figures(), "rss_mb": round(rss_mb())}

    # -- upload, then everything at once -------------------------------------------------
    if args.upload:
        results.update(bench_upload(window, args.upload, beat, wait, tmp, args.third))
    results["rss_mb_end"] = round(rss_mb())

    window.close()
    print(json.dumps(results, indent=1, ensure_ascii=False))
    if sampler is not None:
        sampler.report()


class StallSampler:
    """Samples the GUI thread's Python stack whenever the heartbeat is more than 30 ms late."""

    def __init__(self, beat: object) -> None:
        import collections
        import threading

        self.beat = beat
        self.main = threading.get_ident()
        self.samples: collections.Counter[str] = collections.Counter()
        threading.Thread(target=self._run, daemon=True).start()

        self.events: dict[str, list[float]] = collections.defaultdict(list)
        self._time_events()
        self._time_collections()
        threading.Thread(target=self._run, daemon=True).start()

    def _time_events(self) -> None:
        """Time each worker event the window handles (over 10 ms), by phase and kind."""
        from photowalk.ui.jobs import WorkerProcess

        emit_all = WorkerProcess._process
        sampler = self

        def timed(worker: WorkerProcess) -> None:
            signal = worker.received
            real_emit = signal.emit

            class Timed:
                def __getattr__(self, name: str) -> object:  # connect(), disconnect() while handling
                    return getattr(signal, name)

                def emit(self, event: dict) -> None:
                    t0 = time.perf_counter()
                    real_emit(event)
                    ms = (time.perf_counter() - t0) * 1000
                    if ms > 10 and sampler.beat.phase:  # type: ignore[attr-defined]
                        sampler.events[f"{sampler.beat.phase}: {event.get('event')}"].append(ms)  # type: ignore[attr-defined]

            worker.received = Timed()  # type: ignore[assignment]
            try:
                emit_all(worker)
            finally:
                worker.received = signal  # type: ignore[assignment]

        WorkerProcess._process = timed  # type: ignore[method-assign]

    def _time_collections(self) -> None:
        """Time the garbage collector's passes on the GUI thread (over 10 ms), by phase and generation."""
        import gc

        started = [0.0]

        def callback(stage: str, info: dict) -> None:
            if stage == "start":
                started[0] = time.perf_counter()
            else:
                ms = (time.perf_counter() - started[0]) * 1000
                if ms > 10 and self.beat.phase:  # type: ignore[attr-defined]
                    self.events[f"{self.beat.phase}: gc gen{info['generation']}"].append(ms)  # type: ignore[attr-defined]

        gc.callbacks.append(callback)

    def _run(self) -> None:
        import traceback

        while True:
            time.sleep(0.005)
            phase = self.beat.phase  # type: ignore[attr-defined]
            if phase and time.perf_counter() - self.beat.last > 0.03:  # type: ignore[attr-defined]
                frame = sys._current_frames().get(self.main)
                if frame is not None:
                    stack = [f for f in traceback.extract_stack(frame) if not f.filename.endswith("gui_bench.py")]
                    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in stack[-7:][::-1])
                    self.samples[f"{phase}: {where or '(in Qt)'}"] += 1

    def report(self) -> None:
        """Samples are 5 ms apart: a count of 10 is 50 ms spent there during stalls."""
        for key, n in self.samples.most_common(40):
            print(f"{n:4d} {key}")
        for key, times in sorted(self.events.items(), key=lambda kv: -max(kv[1])):
            print(f"event {key}: {len(times)} over 10 ms, longest {max(times):.0f} ms")


def bench_upload(window: object, n: int, beat: object, wait: Callable[..., float], tmp: Path,
                 third: Path | None) -> dict[str, object]:
    """Describe photos with the core and upload n of them to a throwaway wiki through the view; then,
    with `third`, import it while the whole project is checked and n more photos upload."""
    from photowalk import edits
    from photowalk.project import ProjectStore
    from photowalk.ui.logindialog import Account
    from photowalk.upload.wiki import parse_wiki

    session = window.session  # type: ignore[attr-defined]
    rounds = 2 if third else 1
    ids = session.model.ids()[: n * rounds]
    token = time.strftime("%H%M%S")
    with ProjectStore.open(session.path) as store:  # as another program would: the window sees it
        edits.set_description(store, ids[:n], "tg", f"Санҷиши суръат {token}")
        edits.set_description(store, ids[n:], "tg", f"Санҷиши якҷоя {token}")
        edits.apply_title_pattern(store, ids[:n], "{description} {n}")
    session.refresh(ids)
    out = subprocess.run([str(SHARED / "testwiki" / "start-testwiki"), str(tmp / "wiki")], check=True,
                         capture_output=True, text=True, env={**os.environ, "TESTWIKI_WATCH_PID": str(os.getpid())}).stdout
    env = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    results: dict[str, object] = {}
    try:
        view = window.upload_view  # type: ignore[attr-defined]
        view.set_account(Account(parse_wiki(env["TESTWIKI_API"]), env["TESTWIKI_BOTPASSWORD_USER"],
                                 env["TESTWIKI_BOTPASSWORD"]))
        for round_ in range(rounds):
            with ProjectStore.open(session.path) as store:
                if round_:  # the second half gets its titles: ready now
                    edits.apply_title_pattern(store, ids[n:], "{description} {n}")
                else:  # only the first half may go
                    edits.set_titles(store, {pid: None for pid in ids[n:]})
            window.show_upload()  # type: ignore[attr-defined]
            view.controller.plan = None
            view.refresh()
            wait(lambda: view.controller.plan is not None and not view.controller.planning)
            beat.reset("together" if round_ else "upload")  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            done_before = view.model.count("done")
            view.controller.start()
            if round_:
                window.pages.setCurrentWidget(window.project_page)  # type: ignore[attr-defined]
                job = window.import_sources([third])  # type: ignore[attr-defined]
                window.session.checker.request(None, now=True)  # type: ignore[attr-defined]
            wait(lambda: view.controller.running)
            wait(lambda: not view.controller.running, 1800)
            if round_:
                wait(lambda j=job: j is not None and not j.running, 1800)
                wait(lambda: not window.session.checker.running and not window.thumbs.busy())  # type: ignore[attr-defined]
            took = time.perf_counter() - t0
            done = view.model.count("done") - done_before
            figures = {"photos": done, "s": round(took, 1), **beat.figures()}  # type: ignore[attr-defined]
            results["together" if round_ else "upload"] = figures
        return results
    finally:
        subprocess.run([str(SHARED / "testwiki" / "stop-testwiki"), str(tmp / "wiki")], check=False,
                       capture_output=True)


if __name__ == "__main__":
    main()
