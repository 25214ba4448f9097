"""The upload view says the account's upload limit and the batch's time before Upload is pressed and
while it runs; this laptop's bandwidth cap goes to the worker's batch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from photowalk.ui.logindialog import LoginDialog
from photowalk.ui.mainwindow import MainWindow
from photowalk.ui.uploadview import UploadView
from photowalk.upload import linkstats
from photowalk.upload.limits import UPLOAD, AccountLimits, RateLimit
from photowalk.upload.state import UploadState
from photowalk.upload.wiki import parse_wiki
from tests.ui.test_ui_upload import fake_login
from tests.upload_helpers import MemoryKeyring, installed_keyring, make_project, noise_jpeg

NEW_ACCOUNT = (
    "$wgAutoConfirmAge = 4 * 86400; $wgAutoConfirmCount = 10;\n"
    "$wgRateLimits['upload'] = ['user' => [380, 4320], 'newbie' => [8, 3600], 'ip' => [50, 3600]];\n"
)


def test_the_window_says_the_limit_before_and_during_the_upload(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, testwiki: dict[str, str],
    wiki_settings: Callable[[str], None], monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / f"w{i}.jpg") for i in range(3)])
    api = parse_wiki(testwiki["TESTWIKI_API"]).api_url
    user = testwiki["TESTWIKI_BOTPASSWORD_USER"]
    # What an earlier login and batch on this laptop left: a new account, and the link's speed.
    linkstats.save_limits(api, user, AccountLimits({UPLOAD: (RateLimit(2, 1800),)}, newbie=True))
    linkstats.record_batch(api, 3_000_000, 6.0)
    wiki_settings(NEW_ACCOUNT)
    window.settings.set("wiki", api)
    window.settings.set("upload_bandwidth_cap", "40")
    assert window.open_project(project.path)
    with installed_keyring(MemoryKeyring()):
        monkeypatch.setattr(LoginDialog, "exec", fake_login(qtbot, api, user, testwiki["TESTWIKI_BOTPASSWORD"]))
        window.act_upload.trigger()
        view: UploadView = window.upload_view  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: view.controller.plan is not None and not view.controller.planning, timeout=30_000)
        # Before Upload is pressed: from what this laptop knows (two per 30 minutes: the third waits).
        assert view.limits_label.isVisible()
        assert view.limits_label.text() == (
            "This account is new: at most 2 uploads per 30 min; this batch of 3 will take about 31 min.")
        assert view.bandwidth_cap == 5_000_000  # 40 Mbit/s, this laptop's setting
        view.start_button.click()
        # Once the batch has logged in, what the wiki says now.
        qtbot.waitUntil(lambda: view.limits_label.text().startswith(
            "This account is new: at most 8 uploads per 60 min; this batch of 3 will take about"), timeout=60_000)
        qtbot.waitUntil(lambda: not view.controller.running, timeout=120_000)
    assert [e.state for e in view.model.entries] == [UploadState.DONE] * 3
    assert view.limits_label.isVisible()
