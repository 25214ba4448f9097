"""Sending a file to the wiki's upload stash in chunks, each chunk as bytes photowalk re-sends itself.

mwclient's own chunked upload is not used: its retries re-send an already-read file object
(empty chunks) and it hands back filekeys of truncated files after warnings. Here a chunk that
fails with a dropped connection or a 5xx is sent again with the same bytes; if the wiki did get
it after all, it answers with the offset it holds, and sending goes on from there.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, reason
from photowalk.upload.answers import query_part, upload_part
from photowalk.upload.backoff import Retrier
from photowalk.upload.control import Control
from photowalk.upload.errors import ChunkOffsetMismatch, NotUnderstood, StashLost, Transient
from photowalk.upload.wiki import Wiki

log = logging.getLogger(__name__)

POLL_LIMIT = 1800.0  # longest wait for the wiki to assemble a stashed file, seconds


@dataclass(frozen=True)
class Stashed:
    """A complete file in the stash, as the wiki describes it."""

    filekey: str
    sha1: str | None
    size: int | None


def send_chunks(
    wiki: Wiki,
    source: Path,
    *,
    filename: str,
    size: int,
    filekey: str | None,
    offset: int,
    chunk_size: int,
    retrier: Retrier,
    control: Control,
    on_confirmed: Callable[[str, int], None],
) -> Stashed:
    """Send `source` from `offset` on (continuing `filekey`), calling `on_confirmed(filekey,
    offset)` after every chunk the wiki confirmed; returns the assembled file's stash entry."""
    if filekey is None:
        offset = 0
    with source.open("rb") as f:
        while True:
            control.checkpoint()  # pause and cancel act between chunks
            f.seek(offset)
            data = f.read(min(chunk_size, size - offset))
            if len(data) != min(chunk_size, size - offset):
                raise StashLost(reason=Reason("shorter", QT_TRANSLATE_NOOP(
                    "errors", "the file became shorter while it was sent")))
            params: dict[str, Any] = {
                "action": "upload",
                "stash": 1,
                "filename": filename,
                "filesize": size,
                "offset": offset,
                # Warnings are asked for at the publish step, where they can be acted on.
                "ignorewarnings": 1,
                "async": 1,
            }
            if offset > 0 and filekey:
                params["filekey"] = filekey

            def send(params: dict[str, Any] = params, data: bytes = data) -> dict[str, Any]:
                return wiki.call(params, files={"chunk": ("chunk.bin", data, "application/octet-stream")}, write=True)

            try:
                answer = retrier.run(send)
            except ChunkOffsetMismatch as exc:
                # The wiki already holds a different amount of this stash (a chunk that arrived although
                # its answer was lost, or an earlier run's progress): go on from where it is.
                if not 0 < exc.offset < size or exc.offset == offset or filekey is None:
                    raise StashLost(reason=reason(
                        "offset", QT_TRANSLATE_NOOP("errors", "the wiki holds {bytes} bytes"), bytes=exc.offset)) from None
                log.info("%s: wiki holds %d bytes, not %d; continuing there", filename, exc.offset, offset)
                offset = exc.offset
                on_confirmed(filekey, offset)
                continue
            up = upload_part(answer)
            result = up["result"]
            if up.get("filekey"):
                filekey = str(up["filekey"])
            if result == "Continue":
                new_offset = int(up.get("offset", offset + len(data)))
                if new_offset <= offset or filekey is None:
                    raise StashLost(reason=Reason("chunk-refused", QT_TRANSLATE_NOOP(
                        "errors", "the wiki did not take the chunk")))
                offset = new_offset
                on_confirmed(filekey, offset)
                continue
            if result == "Success" and filekey:
                info = up.get("imageinfo") or {}
                on_confirmed(filekey, size)
                return Stashed(filekey, info.get("sha1"), info.get("size"))
            if result == "Poll" and filekey:
                on_confirmed(filekey, size)
                return poll_assembly(wiki, filekey, retrier=retrier, control=control)
            # A warning although warnings were to be ignored, or success without a filekey.
            raise NotUnderstood(what=reason(
                "chunk-answer", QT_TRANSLATE_NOOP("errors", "a chunk was answered with {result} {warnings}"),
                result=result, warnings=", ".join(sorted(up.get("warnings") or {}))))


def poll_assembly(wiki: Wiki, filekey: str, *, retrier: Retrier, control: Control) -> Stashed:
    """Wait for the wiki to assemble an asynchronously stashed file (where the wiki does that)."""
    deadline = time.monotonic() + POLL_LIMIT
    wait = 0.5
    while True:
        answer = retrier.run(lambda: wiki.call({"action": "upload", "checkstatus": 1, "filekey": filekey}, write=True))
        up = upload_part(answer)
        if up["result"] == "Success":
            info = up.get("imageinfo") or {}
            return Stashed(str(up.get("filekey") or filekey), info.get("sha1"), info.get("size"))
        if up["result"] != "Poll":
            raise StashLost(reason=reason("assembly", QT_TRANSLATE_NOOP(
                "errors", "assembling the file ended with {result}"), result=up.get("result")))
        if time.monotonic() > deadline:
            raise Transient(reason=Reason("assembly-slow", QT_TRANSLATE_NOOP(
                "errors", "the wiki did not finish assembling the file")))
        control.sleep(wait)
        wait = min(wait * 1.5, 5.0)


def stash_info(wiki: Wiki, filekey: str) -> Stashed:
    """The SHA-1 and size of a stashed file, straight from the wiki."""
    # assert=user: a lost session must read as such, not as a stash that is gone.
    answer = wiki.get(action="query", prop="stashimageinfo", siifilekey=filekey, siiprop="sha1|size", **{"assert": "user"})
    infos = query_part(answer).parts("stashimageinfo")
    if not infos:
        raise StashLost(reason=Reason("stash-gone", QT_TRANSLATE_NOOP("errors", "the stash entry is gone")))
    return Stashed(filekey, infos[0].text("sha1"), infos[0].number("size"))
