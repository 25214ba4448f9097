"""A hostile or broken wiki: answers of the wrong shape, escape sequences, huge and endless answers,
gzip bombs, waits of a day, a publish that never ends, and a full disk. Each is a real input sent
by a real HTTP server on 127.0.0.1 (in front of the real test wiki, for the steps that work); each
must end in a typed error with a clean, short message, and the upload must stay resumable and
exactly-once.
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
import subprocess
import sys
import textwrap
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from photowalk.errors import PhotowalkError
from photowalk.upload.answers import Reply, upload_part
from photowalk.upload.backoff import BackoffSettings, Retrier
from photowalk.upload.categories import CategoryReader, missing_categories
from photowalk.upload.control import Control
from photowalk.upload.errors import NotUnderstood, RateLimited, Transient, UploadError
from photowalk.upload.safetext import clean_text, clean_value
from photowalk.upload.state import UploadState
from photowalk.upload.wiki import ConnectionSettings, Wiki, parse_wiki
from tests.upload_helpers import (
    FAST_BACKOFF,
    Project,
    file_versions,
    files_with_sha1,
    make_project,
    noise_jpeg,
    run_batch,
    upload_settings,
)
from tests.wiki_front import READ_STEPS, STEPS, Answer, FrontServer, canned, drip, front_of, rewrite

REPO = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
JSON = [("Content-Type", "application/json")]
# Clear the screen, cursor home, set the window title, a right-to-left override, a C1 CSI.
ESCAPES = "\x1b[2J\x1b[H\x1b]0;photowalk\x07\u202e\x9b31m"
FAKE_PROMPT = ESCAPES + "\r\nBot password for Uploader@photowalk: "
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MESSAGE_LIMIT = 1500


def assert_clean(text: str, limit: int = MESSAGE_LIMIT) -> None:
    assert not UNSAFE.search(text), repr(text[:300])
    assert len(text) <= limit, len(text)


def texts_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in texts_in(k) + texts_in(v)]
    if isinstance(value, list):
        return [t for v in value for t in texts_in(v)]
    return []


def assert_run_shows_clean_texts(run: Any, project: Project) -> None:
    """Everything the volunteer sees or the project stores after a run is clean and short; and no
    unexpected error (a TypeError, KeyError, RecursionError...) stopped it."""
    stopped = run.result.stopped
    assert stopped is None or stopped.code != "unexpected", stopped
    shown = [e.message for e in run.events] + ([stopped.message] if stopped else [])
    for row in run.result.rows.values():
        if row.warning:
            shown += [row.warning.message, *texts_in(row.warning.value)]
        if row.error:
            shown += [row.error.message, *texts_in(row.error.params)]
        shown += [t for t in (row.url, row.title) if t]
    for text in shown:
        assert_clean(text)
    with project.open() as store:
        for warning, error in store.conn.execute("SELECT warning, error FROM uploads"):
            for stored in (warning, error):
                if stored:
                    assert len(stored) < 8000
                    for text in texts_in(json.loads(stored)):
                        assert_clean(text)


def assert_on_wiki_once(testwiki: dict[str, str], project: Project) -> None:
    """Every photo done, and on the wiki exactly once: one file with its SHA-1, one version."""
    with project.open() as store:
        rows = {pid: r for pid, r in __import__("photowalk.upload.state", fromlist=["x"]).load_all(store).items()}
    for pid in project.ids:
        row = rows[pid]
        assert row.state == UploadState.DONE, row
        assert files_with_sha1(testwiki, str(row.sent_sha1)) == [f"File:{row.title}"]
        assert len(file_versions(testwiki, str(row.title))) == 1


def small_project(tmp_path: Path, name: str = "h") -> Project:
    return make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / f"{name}.jpg", width=120, height=90)])


# -- the table of hostile answers ----------------------------------------------------------


def _below_top(answer: Any, change: Callable[[Any], Any]) -> Any:
    """`change` applied to every member of the answer's top-level objects (not to those objects)."""
    if not isinstance(answer, dict):
        return answer
    return {k: ({kk: change(vv) for kk, vv in v.items()} if isinstance(v, dict) else v) for k, v in answer.items()}


def _deep(value: Any, node: Callable[[Any], Any]) -> Any:
    if isinstance(value, dict):
        value = {k: _deep(v, node) for k, v in value.items()}
    elif isinstance(value, list):
        value = [_deep(v, node) for v in value]
    return node(value)


def _objects_to_lists(v: Any) -> Any:
    return list(v.values()) if isinstance(v, dict) else v


def _lists_to_objects(v: Any) -> Any:
    return {str(i): x for i, x in enumerate(v)} if isinstance(v, list) else v


def _swap_types(v: Any) -> Any:
    if isinstance(v, str):
        return 7
    if isinstance(v, int) and not isinstance(v, bool):
        return "seven"
    return v


def _escaped(v: Any) -> Any:
    return ESCAPES + v + "\u202e" if isinstance(v, str) else v


CANNED: dict[str, Answer] = {
    "a list": Answer.json([]),
    "a text": Answer.json("not an object"),
    "an empty object": Answer.json({}),
    "nested 100000 deep": Answer(200, b'{"a":' * 100_000 + b"0" + b"}" * 100_000, JSON),
    "an error that is text": Answer.json({"error": "boom"}),
    "an error of wrong types": Answer.json({"error": {"code": ["x"], "info": {"a": 1}}}),
    "escapes and 7 MB in an error": Answer.json(
        {"error": {"code": "odd" + ESCAPES, "info": FAKE_PROMPT + "A" * 7_000_000}}),
}
REWRITES: dict[str, Callable[[Any], Any]] = {
    "objects become lists": lambda a: _below_top(a, lambda v: _deep(v, _objects_to_lists)),
    "lists become objects": lambda a: _below_top(a, lambda v: _deep(v, _lists_to_objects)),
    "texts and numbers swapped": lambda a: _below_top(a, lambda v: _deep(v, _swap_types)),
    "members emptied": lambda a: {k: ({} if isinstance(v, dict) else v) for k, v in a.items()},
    "escapes in every text": lambda a: _below_top(a, lambda v: _deep(v, _escaped)),
    "an answer over 8 MB": lambda a: {**a, "padding": "x" * (9 * MIB)},
}
LOGIN_STEPS = ("login token", "login", "site and user")
BATCH_STEPS = [s for s in STEPS if s != "poll"]  # the test wiki publishes at once: never "Poll"
PROBES = [(step, kind, name) for step in BATCH_STEPS
          for kind, names in (("canned", CANNED), ("rewrite", REWRITES)) for name in names]


def install(front: FrontServer, match: Callable[[Any], bool], kind: str, name: str) -> None:
    """Answer the next matching request with the hostile answer `name`."""
    if kind == "canned":
        front.answer(match, canned(CANNED[name]), times=1)
    else:
        front.answer(match, rewrite(REWRITES[name]), forward=True, times=1)
@pytest.mark.parametrize(("step", "kind", "name"), PROBES, ids=[f"{s}: {n}" for s, _, n in PROBES])
def test_hostile_answer_at_any_step_is_a_typed_error_with_a_clean_message(
    step: str, kind: str, name: str, testwiki: dict[str, str], tmp_path: Path
) -> None:
    project = small_project(tmp_path)
    with front_of(testwiki) as front:
        install(front, STEPS[step], kind, name)
        run = run_batch(project, testwiki, api=front.api)
        assert front.matched(), f"the step {step} was never reached"
        assert_run_shows_clean_texts(run, project)
        if step in LOGIN_STEPS:
            return  # stopped before any photo was touched
        # Whatever happened, the next run (the wiki behaving again) finishes the photo, once.
        front.rule = None
        again = run_batch(project, testwiki, api=front.api)
    assert again.result.stopped is None, again.result.stopped
    assert_on_wiki_once(testwiki, project)


READ_PROBES = [(step, kind, name) for step in READ_STEPS
               for kind, names in (("canned", CANNED), ("rewrite", REWRITES)) for name in names]
@pytest.mark.parametrize(("step", "kind", "name"), READ_PROBES, ids=[f"{s}: {n}" for s, _, n in READ_PROBES])
def test_hostile_answer_to_a_category_lookup(step: str, kind: str, name: str, testwiki: dict[str, str]) -> None:
    with front_of(testwiki) as front:
        install(front, READ_STEPS[step], kind, name)
        try:
            if step == "category pages":
                wiki = Wiki(parse_wiki(front.api))
                wiki.connect()
                names = sorted(missing_categories(wiki, ["Parks", "Rivers"]))
            else:
                names = CategoryReader(front.api).suggest("Par")
        except PhotowalkError as exc:
            assert_clean(exc.message)
            names = []
        assert front.matched()
    for found in names:
        assert_clean(found, 300)


# -- answers that never end ----------------------------------------------------------------

SLOW = ConnectionSettings(timeout=2.0, deadline=3.0)
DRIP_STEPS = ["login token", "lookup", "chunk", "publish", "verify"]


def _drip_body() -> Answer:
    # Headers at once, then one byte of a long JSON text every 0.2 s: no read ever waits 2 s.
    return Answer(200, stream=drip(b" ", 0.2, head=b'{"a": "'),
                  headers=[("Content-Type", "application/json"), ("Content-Length", "100000")])


def _drip_headers() -> Answer:
    # The status line, then the headers one byte every 0.2 s.
    return Answer(raw=True, stream=drip(b"X", 0.2, head=b"HTTP/1.1 200 OK\r\nX-Slow: "))


DRIPS = [(step, "body") for step in DRIP_STEPS] + [("login", "headers"), ("chunk", "headers")]
@pytest.mark.parametrize(("step", "what"), DRIPS, ids=[f"{s}: {w}" for s, w in DRIPS])
def test_an_answer_sent_one_byte_at_a_time_meets_the_deadline(
    step: str, what: str, testwiki: dict[str, str], tmp_path: Path
) -> None:
    project = small_project(tmp_path)
    with front_of(testwiki) as front:
        front.answer(STEPS[step], canned(_drip_body() if what == "body" else _drip_headers()), times=1)
        run = run_batch(project, testwiki, api=front.api, settings=upload_settings(connection=SLOW))
        assert front.matched()
    assert run.result.stopped is None, run.result.stopped
    waits = [e.message for e in run.events if e.kind == "waiting"]
    assert len(waits) == 1 and re.search(r"no complete answer within [34] s", waits[0]), waits
    assert_on_wiki_once(testwiki, project)


# -- waits a wiki asks for -----------------------------------------------------------------

DAY_AND_MORE = "100000"  # 27.8 hours


def _http_date_in(seconds: float) -> str:
    from email.utils import formatdate

    return formatdate(time.time() + seconds, usegmt=True)


LONG_WAITS: dict[str, Answer] = {
    "503 with Retry-After": Answer.json({}, 503, [("Retry-After", DAY_AND_MORE)]),
    "429 with Retry-After": Answer.json({}, 429, [("Retry-After", DAY_AND_MORE)]),
    "503 with Retry-After as a date": Answer.json({}, 503, [("Retry-After", _http_date_in(100000))]),
    "maxlag with Retry-After": Answer.json(
        {"error": {"code": "maxlag", "info": "Waiting for a database server: 7 seconds lagged.", "lag": 7}},
        200, [("Retry-After", DAY_AND_MORE), ("X-Database-Lag", "7")]),
}
WAIT_PROBES = [(step, name) for step in ("login", "lookup", "publish") for name in LONG_WAITS]
@pytest.mark.parametrize(("step", "name"), WAIT_PROBES, ids=[f"{s}: {n}" for s, n in WAIT_PROBES])
def test_a_wait_of_a_day_stops_at_once_and_says_so(
    step: str, name: str, testwiki: dict[str, str], tmp_path: Path
) -> None:
    project = small_project(tmp_path)
    with front_of(testwiki) as front:
        front.answer(STEPS[step], canned(LONG_WAITS[name]))
        started = time.monotonic()
        run = run_batch(project, testwiki, api=front.api, settings=upload_settings(
            backoff=BackoffSettings(base=0.05, cap=0.5, give_up_after=1800.0)))
        took = time.monotonic() - started
        stopped = run.result.stopped
        assert stopped is not None and stopped.code == "wait-too-long", stopped
        assert stopped.message.startswith("The wiki asked to wait 27."), stopped.message
        assert "Gave up" not in stopped.message and "stopped" in stopped.message
        assert took < 60  # it did not wait (the wait asked for is more than a day)
        rows = run.result.rows.values()
        assert all(r.state != UploadState.FAILED for r in rows)  # stopped, not failed: it resumes
        front.rule = None
        again = run_batch(project, testwiki, api=front.api)
    assert again.result.stopped is None
    assert_on_wiki_once(testwiki, project)


def test_retrier_says_how_long_it_really_tried() -> None:
    control = Control()
    settings = BackoffSettings(base=0.01, cap=0.02, give_up_after=0.3)
    tries = {"n": 0}

    def failing() -> None:
        tries["n"] += 1
        raise Transient(reason="HTTP 503")

    with pytest.raises(UploadError) as info:
        Retrier(settings, control).run(failing)
    assert info.value.code == "gave-up" and tries["n"] > 3
    assert "Gave up after trying for 0 s" in info.value.message  # 0.3 s, not the setting's "30 min"
    with pytest.raises(UploadError) as info:
        Retrier(BackoffSettings(give_up_after=1800.0), control).run(
            lambda: (_ for _ in ()).throw(RateLimited(retry_after=7200.0)))
    assert info.value.code == "wait-too-long"
    assert info.value.message.startswith("The wiki asked to wait 2.0 h (rate limit); photowalk stopped")


# -- a publish that never ends -------------------------------------------------------------

POLL = Answer.json({"upload": {"result": "Poll", "stage": "queued"}})
@pytest.mark.parametrize("published", [False, True], ids=["not published", "published meanwhile"])
def test_a_publish_still_polling_after_the_cap_stays_resumable(
    published: bool, testwiki: dict[str, str], tmp_path: Path
) -> None:
    project = small_project(tmp_path)
    polls = {"n": 0}

    def poll_forever(seen: Any, upstream: Any) -> Answer:
        polls["n"] += 1
        return POLL

    def publish_then_poll(seen: Any, upstream: Any) -> Answer:
        # The publish request reaches the wiki (or not); its answer is "still working", and so is
        # every status check after it.
        return POLL

    with front_of(testwiki) as front:
        def match(seen: Any) -> bool:
            return STEPS["publish"](seen) or STEPS["poll"](seen)

        def rule(seen: Any, upstream: Any) -> Answer:
            return poll_forever(seen, upstream) if STEPS["poll"](seen) else publish_then_poll(seen, upstream)

        front.answer(match, rule, forward=published)
        if not published:
            front.answer(match, rule)
        settings = upload_settings(backoff=BackoffSettings(base=0.05, cap=0.5, give_up_after=2.0))
        run = run_batch(project, testwiki, api=front.api, settings=settings)
        assert polls["n"] >= 2
        stopped = run.result.stopped
        assert stopped is not None and stopped.code == "still-publishing", stopped
        assert "still publishing" in stopped.message and "never sends it twice" in stopped.message
        row = run.result.rows[project.ids[0]]
        assert row.state == UploadState.PUBLISHING and row.error is not None  # not failed
        front.rule = None
        again = run_batch(project, testwiki, api=front.api)
    assert again.result.stopped is None
    assert again.result.rows[project.ids[0]].outcome == "uploaded"
    assert_on_wiki_once(testwiki, project)


# -- answers too large for memory ------------------------------------------------------------


@functools.lru_cache(maxsize=2)
def _bomb(encoding: str, size: int) -> bytes:
    if encoding == "gzip":
        c = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    else:
        c = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS)
    block = b" " * MIB
    parts = [c.compress(b'{"query": {"general": {"sitename": "')]
    parts += [c.compress(block) for _ in range(size // MIB)]
    parts += [c.compress(b'"}}}'), c.flush()]
    return b"".join(parts)


BOMBS = {
    "gzip, 512 MB": ("gzip", 512 * MIB, True),
    "deflate, 512 MB": ("deflate", 512 * MIB, True),
    "gzip, 512 MB, no length": ("gzip", 512 * MIB, False),
    "plain, 20 MB": ("", 20 * MIB, True),
}

_CLIENT = textwrap.dedent("""
    import sys
    from photowalk.upload.errors import UploadError
    from photowalk.upload.wiki import Wiki, parse_wiki
    wiki = Wiki(parse_wiki(sys.argv[1]))
    try:
        wiki.connect()
        print("connected")
    except UploadError as exc:
        print(exc.code, "|", exc.message)
    # This process's own peak (ru_maxrss would count the parent's peak from before exec).
    peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
    print(int(peak.split()[1]) // 1024)
""")


@pytest.mark.parametrize("bomb", list(BOMBS))
def test_an_answer_too_large_is_refused_without_filling_memory(bomb: str) -> None:
    encoding, size, with_length = BOMBS[bomb]
    body = _bomb(encoding, size) if encoding else b'{"x": "' + b" " * size + b'"}'
    headers = [("Content-Type", "application/json")]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    answer = Answer(200, body, headers)
    if not with_length:
        answer = Answer(200, stream=lambda out, stop: _chunked(out, body),
                        headers=headers + [("Transfer-Encoding", "chunked")])
    with front_of(None) as server:
        server.answer(lambda s: True, canned(answer))
        out = subprocess.run([sys.executable, "-c", _CLIENT, server.api], capture_output=True, text=True,
                             cwd=REPO, timeout=300)
    lines = out.stdout.split("\n")
    assert lines[0].startswith("not-understood | The wiki's answer was not understood (the answer is larger "
                               "than 8 MB)"), out.stdout + out.stderr
    max_rss_mb = int(lines[1])
    assert max_rss_mb < 200, max_rss_mb  # a 512 MB answer never reached memory


def _chunked(out: Any, body: bytes) -> None:
    for i in range(0, len(body), 65536):
        piece = body[i:i + 65536]
        out.write(b"%x\r\n%s\r\n" % (len(piece), piece))
    out.write(b"0\r\n\r\n")


# -- what a login failure says -------------------------------------------------------------

LOGIN_ANSWERS = {
    "an API error": Answer.json({"error": {"code": "mystery", "info": "Something odd happened."}}),
    "Aborted": Answer.json({"login": {"result": "Aborted", "reason": "Cannot log in with this provider."}}),
    "WrongToken": Answer.json({"login": {"result": "WrongToken"}}),
    "an escape-laden refusal": Answer.json({"error": {"code": "x", "info": FAKE_PROMPT * 1000}}),
}
@pytest.mark.parametrize("name", list(LOGIN_ANSWERS))
def test_a_login_failure_names_the_account_and_the_wiki(name: str, testwiki: dict[str, str]) -> None:
    user = testwiki["TESTWIKI_BOTPASSWORD_USER"]
    with front_of(testwiki) as front:
        front.answer(STEPS["login"], canned(LOGIN_ANSWERS[name]))
        wiki = Wiki(parse_wiki(front.api), user, testwiki["TESTWIKI_BOTPASSWORD"])
        with pytest.raises(UploadError) as info:
            wiki.connect()
    message = info.value.message
    host = parse_wiki(front.api).name
    assert info.value.code == "login-failed" and info.value.stops_batch
    assert message.startswith(f"{host} did not log in {user}:") and "Special:BotPasswords" in message
    assert "upload" not in message.split(":")[0] and "Check the photo" not in message
    assert_clean(message, 700)


# -- the command line: clean terminal output, a log file it names, a full disk -----------------


def _cli(args: list[str], *, env: dict[str, str], stdin: str = "", wrap: list[str] | None = None,
         ) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "photowalk", *args]
    return subprocess.run([*(wrap or []), *command], input=stdin.encode(), capture_output=True, cwd=REPO,
                          env={**os.environ, **env}, timeout=300)
def test_the_command_line_shows_no_escape_sequence_and_no_megabytes(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = small_project(tmp_path)
    cache = tmp_path / "cache"
    with front_of(testwiki) as front:
        # Every publish is refused with escape sequences and megabytes of text.
        front.answer(STEPS["publish"], canned(CANNED["escapes and 7 MB in an error"]))
        out = _cli(["upload", "--project", str(project.path), "--wiki", front.api,
                    "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"],
                   env={"PHOTOWALK_CACHE_DIR": str(cache)}, stdin=testwiki["TESTWIKI_BOTPASSWORD"] + "\n")
    assert out.returncode == 1
    assert b"\x1b" not in out.stdout + out.stderr and b"\xc2\x9b" not in out.stdout + out.stderr
    assert len(out.stdout) + len(out.stderr) < 20_000, (len(out.stdout), len(out.stderr))
    assert b"failed 1" in out.stdout and b"Traceback" not in out.stderr
    log = cache / "logs" / "photowalk.log"
    assert log.stat().st_size < 100_000 and b"\x1b" not in log.read_bytes()
def test_the_command_line_writes_a_private_log_without_the_password(testwiki: dict[str, str], tmp_path: Path) -> None:
    project = small_project(tmp_path)
    cache = tmp_path / "cache"
    log = cache / "logs" / "photowalk.log"
    log.parent.mkdir(parents=True)
    log.write_text("an older line\n")
    log.chmod(0o644)  # as an older photowalk left it
    password = testwiki["TESTWIKI_BOTPASSWORD"]
    out = _cli(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"],
                "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"],
               env={"PHOTOWALK_CACHE_DIR": str(cache)}, stdin=password + "\n")
    assert out.returncode == 0, out.stderr
    text = log.read_text()
    assert "an older line" in text and "logged in to" in text and "photowalk" in text
    assert password not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def _unshare_tmpfs(mountpoint: Path, size: str) -> list[str]:
    """A command prefix: run in a mount namespace of its own, with a small tmpfs at `mountpoint`
    (a real full disk, gone when the process ends)."""
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c",
            f'mount -t tmpfs -o size={size} photowalk-test "{mountpoint}" && exec "$@"', "sh"]
def test_a_full_copies_folder_stops_the_upload_saying_the_disk_is_full(
    testwiki: dict[str, str], tmp_path: Path
) -> None:
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "g.jpg", width=400, height=300, gps=True)])
    from photowalk import edits

    with project.open() as store:
        edits.remove_location(store, project.ids)
    cache = tmp_path / "cache"
    copies = cache / "upload-copies"
    copies.mkdir(parents=True)
    password = testwiki["TESTWIKI_BOTPASSWORD"]
    out = _cli(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"],
                "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"],
               env={"PHOTOWALK_CACHE_DIR": str(cache)}, stdin=password + "\n", wrap=_unshare_tmpfs(copies, "16k"))
    stdout = out.stdout.decode()
    assert out.returncode == 1, stdout + out.stderr.decode()
    assert f"Stopped: The disk holding {copies} is full." in stdout, stdout
    assert "unexpected" not in stdout and b"Traceback" not in out.stderr
    assert "half-way" in stdout or "failed 0" in stdout
    log = (cache / "logs" / "photowalk.log").read_text()
    assert "is full" in log and password not in log
    # With room again, the same command finishes the photo, once.
    again = _cli(["upload", "--project", str(project.path), "--wiki", testwiki["TESTWIKI_API"],
                  "--user", testwiki["TESTWIKI_BOTPASSWORD_USER"], "--password-stdin"],
                 env={"PHOTOWALK_CACHE_DIR": str(cache)}, stdin=password + "\n")
    assert again.returncode == 0, again.stdout.decode() + again.stderr.decode()
    assert_on_wiki_once(testwiki, project)


_FILL_DURING_UPLOAD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from tests.upload_helpers import make_project, noise_jpeg, run_batch, upload_settings
    folder, api = Path(sys.argv[1]), sys.argv[2]
    env = {"TESTWIKI_API": api, "TESTWIKI_BOTPASSWORD_USER": sys.argv[3], "TESTWIKI_BOTPASSWORD": sys.argv[4]}
    project = make_project(folder / "p", [noise_jpeg(folder / "src" / "f.jpg", width=700, height=500)])

    def fill(event):
        # Once the first chunk is stashed, the disk holding the project fills up.
        if event.kind == "state" and event.state == "stashing":
            with open(folder / "filler", "wb") as f:
                try:
                    while True:
                        f.write(b"x" * 65536)
                        f.flush()
                except OSError:
                    pass

    run = run_batch(project, env, settings=upload_settings(chunk_size=16 * 1024), on_event=fill)
    stopped = run.result.stopped
    print(type(stopped).__name__, "|", stopped.code if stopped else "", "|", stopped.message if stopped else "")
""")
def test_a_full_project_disk_stops_the_upload_saying_the_disk_is_full(testwiki: dict[str, str], tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    command = [*_unshare_tmpfs(disk, "8m"), sys.executable, "-c", _FILL_DURING_UPLOAD, str(disk),
               testwiki["TESTWIKI_API"], testwiki["TESTWIKI_BOTPASSWORD_USER"], testwiki["TESTWIKI_BOTPASSWORD"]]
    out = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=300,
                         env={**os.environ, "PHOTOWALK_CACHE_DIR": str(tmp_path / "cache")})
    assert out.returncode == 0, out.stdout + out.stderr
    kind, code, message = (p.strip() for p in out.stdout.strip().split("\n")[-1].split("|"))
    assert (kind, code) == ("DiskFullError", "disk-full"), out.stdout + out.stderr
    assert message.startswith(f"The disk holding {disk / 'p' / 'walk.photowalk'} is full.")


# -- the reading and cleaning functions themselves --------------------------------------------

CLEANED = {
    "\x1b[2J\x1b[Hclear": "clear",
    "\x1b]0;title\x07text": "text",
    "\x1b]8;;http://x\x1b\\link": "link",
    "a\u202eb\u2066c\u200fd": "abcd",
    "\x9b31mred\x9b0m": "red",
    "one\r\ntwo\tthree": "one two three",
    "\x00\x07\x7fbell": "bell",
    "Тоҷикистон — ok": "Тоҷикистон — ok",
}


@pytest.mark.parametrize("raw", list(CLEANED))
def test_clean_text_removes_what_a_terminal_would_obey(raw: str) -> None:
    assert clean_text(raw) == CLEANED[raw]


def test_clean_text_keeps_both_ends_of_a_huge_text_within_the_limit() -> None:
    huge = "start " + "A\x1b[2J" * 5_000_000 + " end"
    out = clean_text(huge)
    assert len(out) <= 300 and out.startswith("start A") and out.endswith("A end") and "\u2026" in out


def test_clean_value_keeps_a_wiki_value_small_and_shallow() -> None:
    deep: Any = "x"
    for _ in range(500):
        deep = [deep]
    value = clean_value({"a" * 500: deep, "list": list(range(1000)), "bad": "\x1b[2J" + "y" * 1000})
    text = json.dumps(value)
    assert len(text) < 2000 and "\\u001b" not in text


READER_CASES: dict[str, tuple[Callable[[], Any], str]] = {
    "a list for an object": (lambda: Reply([]), "answer is a list, not an object"),
    "a missing member": (lambda: Reply({}).part("upload"), "upload is missing"),
    "text for a number": (lambda: Reply({"size": "big"}).number("size"), "size is text, not a whole number"),
    "an object for a text": (lambda: Reply({"title": {}}).text("title"), "title is an object, not text"),
    "a number for a list": (lambda: Reply({"pages": 3}).parts("pages"), "pages is a number, not a list"),
    "a list of texts for objects": (lambda: Reply({"pages": ["a"]}).parts("pages"), "pages[0] is text"),
    "an unknown upload result": (lambda: upload_part({"upload": {"result": "Maybe"}}), "upload.result is Maybe"),
    "warnings as a list": (lambda: upload_part({"upload": {"result": "Warning", "warnings": ["exists"]}}),
                           "upload.warnings is a list"),
    "infinity for a number": (lambda: Reply({"wait": 1e999}).real("wait"), "wait is a number, not a number"),
}


@pytest.mark.parametrize("case", list(READER_CASES))
def test_reply_turns_every_wrong_shape_into_one_typed_error(case: str) -> None:
    make, what = READER_CASES[case]
    with pytest.raises(NotUnderstood) as info:
        make()
    assert what in info.value.message and info.value.message.startswith("The wiki's answer was not understood (")


def test_fast_backoff_is_the_helpers_default() -> None:
    # The probes above rely on the helpers' quick retries.
    assert FAST_BACKOFF.give_up_after <= 30
