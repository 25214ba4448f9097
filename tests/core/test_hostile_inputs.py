"""Hostile inputs on a camera card, as a table: each must be imported, refused or skipped with a
reason, never crash, hang or exhaust memory, and never keep the good photos beside it out."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from photowalk.importer import ImportReport, import_paths
from photowalk.project import ProjectStore
from photowalk.thumbnails import ThumbnailCache
from tests import hostile

Build = Callable[[Path], Path | None]


@dataclass(frozen=True)
class Probe:
    """One hostile input: how to make it in a card folder, and what the import must say about it."""

    build: Build
    outcome: str  # "added" (recorded, uploadable), "rejected" (recorded with a reason), "skipped", "failed"
    reason: str = ""  # part of the reason, for rejected / skipped / failed
    thumbnail: bool | None = None  # for added pictures: whether a thumbnail must exist


def _fifo(card: Path) -> Path:
    os.mkfifo(card / "DSC_0001.JPG")
    return card / "DSC_0001.JPG"


def _link(target: str, name: str) -> Build:
    def build(card: Path) -> Path:
        (card / name).symlink_to(target)
        return card / name
    return build


def _self_loops(card: Path) -> None:
    (card / "a").symlink_to(".")
    (card / "b").symlink_to(".")
    (card / "DCIM").mkdir()
    (card / "DCIM" / "up").symlink_to("..")


def _link_pair(card: Path) -> Path:
    (card / "x.jpg").symlink_to("y.jpg")
    (card / "y.jpg").symlink_to("x.jpg")
    return card / "x.jpg"


def _outside_folder_twice(card: Path) -> Path:
    outside = card.parent / "elsewhere"
    outside.mkdir()
    hostile.copy_good(outside / "FAR_0001.JPG")
    (card / "one").symlink_to(outside)
    (card / "two").symlink_to(outside)
    return card / "one" / "FAR_0001.JPG"


def _link_to_fifo(card: Path) -> Path:
    os.mkfifo(card.parent / "pipe")
    (card / "P0001.JPG").symlink_to(card.parent / "pipe")
    return card / "P0001.JPG"


def _empty(card: Path) -> Path:
    (card / "EMPTY.JPG").write_bytes(b"")
    return card / "EMPTY.JPG"


def _named(text: str, encoding: str) -> Build:
    return lambda card: hostile.copy_good(card / hostile.legacy_name(text, encoding))


PROBES: dict[str, Probe] = {
    "cp1251 name": Probe(_named("Фото_0001", "cp1251"), "added", thumbnail=True),
    "cp866 name": Probe(_named("Снимок", "cp866"), "added", thumbnail=True),
    "shift-jis name": Probe(_named("写真", "shift_jis"), "added", thumbnail=True),
    "latin-1 name": Probe(_named("Été", "latin-1"), "added", thumbnail=True),
    "self-loop folder links": Probe(_self_loops, "skipped", "folder already looked in"),
    "links to one folder twice": Probe(_outside_folder_twice, "added", thumbnail=True),
    "fifo named .JPG": Probe(_fifo, "skipped", "device, pipe or socket"),
    "link to /dev/zero": Probe(_link("/dev/zero", "ZERO.jpg"), "skipped", "device, pipe or socket"),
    "link to /dev/urandom": Probe(_link("/dev/urandom", "RAND.png"), "skipped", "device, pipe or socket"),
    "link to a fifo": Probe(_link_to_fifo, "skipped", "device, pipe or socket"),
    "dangling link": Probe(_link("/nonexistent/IMG.jpg", "GONE.jpg"), "failed", "it does not exist"),
    "links pointing at each other": Probe(_link_pair, "failed", "links lead round in a circle"),
    "jpeg cut at half, end marker added": Probe(
        lambda c: hostile.cut_with_end_marker(hostile.GOOD, c / "CUT_0001.JPG", 0.5), "rejected", "incomplete"),
    "jpeg cut at 90%, end marker added": Probe(
        lambda c: hostile.cut_with_end_marker(hostile.GOOD, c / "CUT_0002.JPG", 0.9), "rejected", "incomplete"),
    "633-byte jpeg claiming 30000x30000": Probe(
        lambda c: hostile.jpeg_claiming(c / "BOMB.JPG", 30000, 30000), "rejected", "incomplete"),
    "jpeg claiming 65535x65535": Probe(
        lambda c: hostile.jpeg_claiming(c / "BOMB2.JPG", 65535, 65535), "rejected", "incomplete"),
    "whole jpeg with a grey lower half": Probe(
        lambda c: hostile.grey_bottom_jpeg(c / "GREY.JPG"), "added", thumbnail=True),
    "16-bit grey tiff (drone)": Probe(lambda c: hostile.grey16_tiff(c / "DJI_0001.TIF"), "added", thumbnail=True),
    "rgba png beyond the decode budget": Probe(
        lambda c: hostile.huge_png(c / "PANO.png", 9500, 9500), "added", thumbnail=False),
    "png beyond the budget, cut short": Probe(
        lambda c: hostile.huge_png(c / "PANO_CUT.png", 9500, 9500, cut=True), "rejected", "incomplete"),
    "png beyond the budget, bad checksum": Probe(
        lambda c: hostile.huge_png(c / "PANO_CRC.png", 9500, 9500, bad_crc=True), "rejected", "damaged"),
    "empty file named .jpg": Probe(_empty, "rejected", "empty"),
}


def _import_guarded(card: Path, store_path: Path, cache: ThumbnailCache) -> ImportReport:
    """Import in a thread; a hang fails the test instead of blocking the suite."""
    result: dict[str, object] = {}

    def run() -> None:
        with ProjectStore.open(store_path, create=True) as store:
            try:
                result["report"] = import_paths([card], store, thumbnails=cache, workers=2)
            except BaseException as exc:  # noqa: BLE001 - handed to the test thread
                result["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(180)
    assert not worker.is_alive(), "the import hangs"
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["report"]  # type: ignore[return-value]


@pytest.mark.parametrize("name", list(PROBES))
def test_hostile_input_is_handled(name: str, tmp_path: Path) -> None:
    probe = PROBES[name]
    card = tmp_path / "card"
    card.mkdir()
    good = [hostile.copy_good(card / "AAA_0001.JPG")]
    target = probe.build(card)
    cache = ThumbnailCache(tmp_path / "thumbs")
    report = _import_guarded(card, tmp_path / "walk.photowalk", cache)
    with ProjectStore.open(tmp_path / "walk.photowalk") as store:
        photos = {store.resolve(p.path): p for p in store.photos()}
    assert all(g in photos and photos[g].error is None for g in good), "the good photo beside it was kept out"
    if probe.outcome in ("added", "rejected"):
        assert target is not None and target in photos, (report.failed, report.skipped)
        photo = photos[target]
        if probe.outcome == "added":
            assert photo.error is None, photo.error
            assert (cache.get(photo.sha1) is not None) == probe.thumbnail
        else:
            assert photo.error is not None and probe.reason in photo.error.message, photo.error
    elif probe.outcome == "skipped":
        assert any(probe.reason in why.message for _p, why in report.skipped), report.skipped
        assert len(photos) == len(good)
    else:
        assert target is not None
        assert [why for p, why in report.failed if p == target and probe.reason in why.message], report.failed
