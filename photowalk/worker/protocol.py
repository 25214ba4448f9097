"""What the window and its worker process say to each other: one JSON object a line, both ways.

Commands go in on the worker's stdin, events come out on its stdout. Every value is plain JSON;
errors travel as their code, English template and parameters, so the window shows them in the
volunteer's language. Non-UTF-8 file names survive the trip (JSON escapes their lone surrogates).

Commands ("cmd"):
    import  {job, sources: [path], record_first}       check  {job, ids: [id] | null}
    plan    {job, api, user?}                           upload {job, api, user, password, concurrency, oauth?,
                                                                bandwidth_cap? (bytes/s, this laptop's)}
    missing {job}                                       prune  {job, max_bytes, tile_max_bytes?}
    geotag  {job, gpx: path | null, max_gap, from_phone, phone_window, replace}
    followup {job, quiet}
    pause / resume / cancel {job}
Events ("event"):
    hello {pid, version}                                progress {job, ...}
    batch {job, ids}                                    problems {job, complete, by_id}
    plan_part {job, items, not_ready}                   upload {job, kind, photo_id, ...}
    geotag_part {job, placed, before}
    upload_progress {job, ...}                          done {job, result}
    error {job, error}
The upload's password, or its OAuth 2 login (client, tokens: `oauthlogin.to_pipe`), travels only here,
on stdin, never in the worker's arguments or environment.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from photowalk.errors import PhotowalkError
from photowalk.geotag import GeotagResult, NotPlaced, Placement
from photowalk.importreport import ImportProgress, ImportReport
from photowalk.problems import Problem
from photowalk.project import ChangedFile
from photowalk.reasons import Reason, params_from_json
from photowalk.upload.events import UploadEvent
from photowalk.upload.progress import FileProgress, Progress
from photowalk.upload.state import UploadState

# Commands that start a job (the others steer a running one).
JOB_COMMANDS = frozenset({"import", "check", "plan", "upload", "missing", "prune", "geotag", "followup"})


def encode(message: dict[str, Any]) -> bytes:
    """One line of the protocol (ASCII: every other character escaped)."""
    return (json.dumps(message, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")


def decode(line: bytes | str) -> dict[str, Any]:
    """A line back into its object; anything else is a ValueError."""
    obj = json.loads(line)
    if not isinstance(obj, dict):
        raise ValueError("a protocol line must hold an object")
    return obj


def path_text(path: Path | str) -> str:
    """A file name as the protocol carries it (undecodable bytes kept as surrogates)."""
    return os.fsdecode(os.fsencode(str(path)))


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Reason):  # a reason inside a message: translated in the window, too
        return value.to_json()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


# -- errors -----------------------------------------------------------------------------------


class RemoteError(PhotowalkError):
    """A typed error raised in the worker process, as the window receives it."""

    def __init__(self, code: str, template: str, params: dict[str, Any], kind: str = "") -> None:
        self.code = code  # type: ignore[misc]  # per instance here, per class elsewhere
        self.kind = kind  # the class name in the worker, e.g. "AuthError"
        super().__init__(template, **params)


def error_to_json(exc: BaseException) -> dict[str, Any]:
    """A typed error as data; anything else as the "unexpected" error naming its type."""
    if isinstance(exc, PhotowalkError):
        return {"code": exc.code, "template": exc.template, "params": _plain(exc.params),
                "kind": type(exc).__name__}
    return {"code": "unexpected", "kind": type(exc).__name__,
            "template": "An unexpected error stopped the work ({kind}); the details are in the log.",
            "params": {"kind": type(exc).__name__}}


def error_from_json(obj: dict[str, Any]) -> RemoteError:
    return RemoteError(str(obj.get("code", "error")), str(obj.get("template", "")),
                       params_from_json(obj.get("params") or {}), str(obj.get("kind", "")))


# -- problems ---------------------------------------------------------------------------------


def problem_to_json(p: Problem) -> dict[str, Any]:
    return {"code": p.code, "severity": p.severity, "template": p.template, "params": _plain(p.params),
            "suggestion": p.suggestion, "context": p.context}


def problem_from_json(obj: dict[str, Any]) -> Problem:
    return Problem(obj["code"], obj["severity"], obj["template"], params_from_json(obj.get("params") or {}),
                   obj.get("suggestion"), context=obj.get("context", "checks"))


def problems_to_json(by_id: dict[int, list[Problem]]) -> dict[str, Any]:
    return {str(pid): [problem_to_json(p) for p in problems] for pid, problems in by_id.items()}


def problems_from_json(obj: dict[str, Any]) -> dict[int, list[Problem]]:
    return {int(pid): [problem_from_json(p) for p in problems] for pid, problems in obj.items()}


# -- import -----------------------------------------------------------------------------------


def import_progress_to_json(p: ImportProgress) -> dict[str, Any]:
    return {"phase": p.phase, "done": p.done, "total": p.total, "path": path_text(p.path) if p.path else None}


def import_progress_from_json(obj: dict[str, Any]) -> ImportProgress:
    path = obj.get("path")
    return ImportProgress(str(obj["phase"]), int(obj["done"]), int(obj["total"]), Path(path) if path else None)


def report_to_json(r: ImportReport) -> dict[str, Any]:
    return {
        "added": [[pid, path_text(p)] for pid, p in r.added],
        "relinked": [[pid, path_text(p)] for pid, p in r.relinked],
        "changed": [[pid, path_text(p), {"sha1": c.sha1, "size": c.size, "upload_state": c.upload_state}]
                    for pid, p, c in r.changed],
        "duplicates": [[path_text(p), existing] for p, existing in r.duplicates],
        "rejected": [[pid, path_text(p), why.to_json()] for pid, p, why in r.rejected],
        "failed": [[path_text(p), why.to_json()] for p, why in r.failed],
        "skipped": [[path_text(p), why.to_json()] for p, why in r.skipped],
        "unchanged": r.unchanged,
        "cancelled": r.cancelled,
    }


def report_from_json(obj: dict[str, Any]) -> ImportReport:
    return ImportReport(
        added=[(int(pid), Path(p)) for pid, p in obj.get("added", [])],
        relinked=[(int(pid), Path(p)) for pid, p in obj.get("relinked", [])],
        changed=[(int(pid), Path(p), ChangedFile(str(c["sha1"]), int(c["size"]), c.get("upload_state")))
                 for pid, p, c in obj.get("changed", [])],
        duplicates=[(Path(p), str(e)) for p, e in obj.get("duplicates", [])],
        rejected=[(int(pid), Path(p), Reason.from_json(why)) for pid, p, why in obj.get("rejected", [])],
        failed=[(Path(p), Reason.from_json(why)) for p, why in obj.get("failed", [])],
        skipped=[(Path(p), Reason.from_json(why)) for p, why in obj.get("skipped", [])],
        unchanged=int(obj.get("unchanged", 0)),
        cancelled=bool(obj.get("cancelled", False)),
    )


# -- upload -----------------------------------------------------------------------------------


def upload_progress_to_json(p: Progress) -> dict[str, Any]:
    return _plain(asdict(p))  # type: ignore[no-any-return]


def upload_progress_from_json(obj: dict[str, Any]) -> Progress:
    return Progress(
        int(obj["files_total"]), int(obj["files_done"]), int(obj["bytes_total"]), int(obj["bytes_done"]),
        obj.get("rate"), obj.get("eta"),
        tuple(FileProgress(int(f["photo_id"]), str(f["title"]), int(f["sent"]), int(f["size"]),
                           UploadState(f["state"]))
              for f in obj.get("current", [])),
        float(obj.get("elapsed", 0.0)),
    )


def upload_event_to_json(e: UploadEvent) -> dict[str, Any]:
    return {"kind": e.kind, "photo_id": e.photo_id, "title": e.title, "state": e.state, "message": e.message,
            "until": e.until, "error": error_to_json(e.error) if e.error is not None else None}


def upload_event_from_json(obj: dict[str, Any]) -> UploadEvent:
    error = obj.get("error")
    state = obj.get("state")
    return UploadEvent(str(obj["kind"]), obj.get("photo_id"), obj.get("title"),
                       UploadState(state) if state is not None else None,
                       str(obj.get("message", "")), obj.get("until"),
                       error_from_json(error) if isinstance(error, dict) else None)


# -- geotag -----------------------------------------------------------------------------------


def geotag_parts(r: GeotagResult, size: int) -> list[dict[str, Any]]:
    """What a run placed and what those photos had before (for undo), `size` photos an event."""
    ids = list(r.placed)
    return [{"placed": [[pid, r.placed[pid].lat, r.placed[pid].lon, r.placed[pid].source] for pid in part],
             "before": [[pid, *r.before[pid]] for pid in part if pid in r.before]}
            for part in (ids[i:i + size] for i in range(0, len(ids), size))]


def geotag_summary_to_json(r: GeotagResult, cancelled: bool = False) -> dict[str, Any]:
    """The end of a run: why photos were not placed, as counts by reason with one example each."""
    return {"not_placed": [[n.code, n.count, n.example, n.reason.to_json()] for n in r.summary()], "cancelled": cancelled}


def add_geotag_part(result: GeotagResult, part: dict[str, Any]) -> None:
    """One `geotag_part` event's placements and priors, added to the result being gathered."""
    result.placed.update((int(pid), Placement(float(lat), float(lon), str(source)))
                         for pid, lat, lon, source in part.get("placed", []))
    result.before.update((int(pid), (lat, lon, source)) for pid, lat, lon, source in part.get("before", []))


def geotag_summary_from_json(obj: dict[str, Any]) -> list[NotPlaced]:
    return [NotPlaced(str(code), int(count), int(example), Reason.from_json(why))
            for code, count, example, why in obj.get("not_placed", [])]
