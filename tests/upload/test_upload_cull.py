"""The upload plan passes by the photos marked "not for upload", and takes them again once unmarked."""

from __future__ import annotations

from pathlib import Path

from photowalk.culling import set_culled
from photowalk.upload.plan import plan_upload
from tests.cards import make_copies
from tests.upload_helpers import make_project

UNREACHABLE = "http://127.0.0.1:9/api.php"


def test_plan_leaves_out_culled_photos(tmp_path: Path, photos_dir: Path) -> None:
    files = make_copies(tmp_path / "src", photos_dir / "cameras" / "DSCN0138.JPG", 3)
    project = make_project(tmp_path / "p", files)
    keep, skip, also = project.ids
    with project.open() as store:
        before = plan_upload(store, None, api_url=UNREACHABLE)
        assert sorted(i.photo_id for i in before.items) == sorted(project.ids)
        set_culled(store, [skip, also], True)
        plan = plan_upload(store, None, api_url=UNREACHABLE)
        assert [i.photo_id for i in plan.items] == [keep]
        assert sorted(plan.culled) == sorted([skip, also]) and not plan.not_ready
        # Named one by one, a culled photo is still left out: the mark is the volunteer's choice.
        assert plan_upload(store, [skip], api_url=UNREACHABLE).items == []
        set_culled(store, [skip], False)
        again = plan_upload(store, None, api_url=UNREACHABLE)
        assert sorted(i.photo_id for i in again.items) == sorted([keep, skip]) and again.culled == [also]
