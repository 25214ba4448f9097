"""Entry point of the PyInstaller bundle: photowalk as usual, plus `--smoke-test` to check the frozen build.

    photowalk --smoke-test PROJECT [PHOTOS]

starts the window offscreen in Tajik, creates or opens PROJECT, imports PHOTOS (a folder) when
given, stores, reads and deletes a password through the real keyring backend, and prints what
it found as JSON; exit status 0 when every check passed.
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any


def smoke_test(argv: list[str]) -> int:
    """Check the pieces a bundle can silently lose: Qt plugins, translations, icons, keyring, Pillow, TLS."""
    if len(argv) not in (1, 2):
        print("usage: photowalk --smoke-test PROJECT [PHOTOS]", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    import certifi
    import keyring
    from PIL import Image

    from photowalk.ui.app import build_window
    from photowalk.ui.i18n import Translators
    from photowalk.ui.resources import icon_path
    from photowalk.ui.settings import Settings
    from photowalk.upload import credentials

    checks: dict[str, Any] = {"frozen": bool(getattr(sys, "frozen", False))}
    translators = Translators()
    checks["language"] = translators.install("tg")
    window = build_window(Settings(), translators)
    window.show()
    checks["menu"] = window.menu_file.title()
    checks["icon"] = not QIcon(str(icon_path("photowalk.svg"))).pixmap(QSize(64, 64)).isNull()
    from photowalk.guide import guide_pages

    checks["guide_pages"] = [p.key for p in guide_pages("tg") if p.language == "tg"]
    project = Path(argv[0])
    checks["project_opened"] = window.open_project(project, create=not project.exists())
    if len(argv) == 2 and window.session is not None:
        job = window.import_sources([Path(argv[1])])
        while job is not None and job.running:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
    checks["photos"] = window.session.model.rowCount() if window.session else 0
    Image.init()
    checks["pillow_formats"] = sorted(k for k in ("JPEG", "PNG", "TIFF", "WEBP", "GIF") if k in Image.OPEN)
    checks["ca_bundle"] = Path(certifi.where()).is_file()

    backend = keyring.get_keyring()
    checks["keyring"] = f"{type(backend).__module__}.{type(backend).__name__}"
    api, user, secret = "https://keyring-check.invalid/w/api.php", "smoke@test", uuid.uuid4().hex
    try:
        credentials.store_password(api, user, secret)
        checks["keyring_roundtrip"] = credentials.get_password(api, user) == secret
        credentials.forget_password(api, user)
    except Exception as exc:  # noqa: BLE001 - reported, not raised: the point is the report
        checks["keyring_roundtrip"] = False
        checks["keyring_error"] = type(exc).__name__
    window.close()
    ok = (
        checks["language"] == "tg"
        and checks["menu"] == "Лоиҳа"
        and checks["icon"]
        and len(checks["guide_pages"]) >= 3
        and checks["project_opened"]
        and (len(argv) == 1 or checks["photos"] > 0)
        and checks["pillow_formats"] == ["GIF", "JPEG", "PNG", "TIFF", "WEBP"]
        and checks["ca_bundle"]
        and "fail" not in checks["keyring"].lower()
        and checks["keyring_roundtrip"]
    )
    checks["ok"] = ok
    print(json.dumps(checks, ensure_ascii=False, indent=1))
    return 0 if ok else 1


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--smoke-test"]:
        return smoke_test(args[1:])
    from photowalk.__main__ import main as photowalk_main

    return photowalk_main(args)


if __name__ == "__main__":
    sys.exit(main())
