"""What each system's keyring looks like when it is locked or missing: a typed error, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring.errors
import pytest

from photowalk.upload import credentials
from photowalk.upload.errors import KeyringLocked, KeyringUnavailable, NoKeyring
from tests.upload_helpers import CredentialManagerKeyring, LockedKeyring, installed_keyring

API = "http://127.0.0.1:1/api.php"
REPO = Path(__file__).resolve().parents[2]


def every_call(backend: keyring.backend.KeyringBackend) -> list[KeyringUnavailable]:
    """The error each of get, store and forget raises with `backend` installed."""
    raised = []
    with installed_keyring(backend):
        for call in (lambda: credentials.get_password(API, "Ann@pw"),
                     lambda: credentials.store_password(API, "Ann@pw", "pw"),
                     lambda: credentials.forget_password(API, "Ann@pw")):
            with pytest.raises(KeyringUnavailable) as info:
                call()
            raised.append(info.value)
    return raised


def test_windows_credential_manager_outside_a_logon_session_is_locked() -> None:
    for error in every_call(CredentialManagerKeyring(1312)):
        assert type(error) is KeyringLocked and error.code == "keyring-locked"
        assert "Win32Error" in error.message and "log in to Windows" in error.message
        assert "logon session" not in error.message  # the system's own text is not passed on


def test_another_windows_refusal_is_a_plain_keyring_error() -> None:
    for error in every_call(CredentialManagerKeyring(1783)):  # RPC_X_BAD_STUB_DATA: a too long password
        assert type(error) is KeyringUnavailable and "give the password each time" in error.message


def test_a_locked_keychain_or_login_keyring_is_locked() -> None:
    # keyring's macOS back-end turns the Keychain's refusal into KeyringLocked, as Secret Service does.
    with installed_keyring(LockedKeyring()):
        with pytest.raises(KeyringLocked) as info:
            credentials.get_password(API, "Ann@pw")
    assert "Keychain Access" in info.value.message


def test_no_keyring_at_all_is_said_plainly_by_the_command_line(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PHOTOWALK_CONFIG_DIR": str(tmp_path / "config"), "PHOTOWALK_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-m", "photowalk", "logout", "--wiki", API, "--user", "Ann@pw"],
                         capture_output=True, text=True, cwd=REPO, env=env, timeout=60)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "no system keyring photowalk can use (NoKeyringError)" in out.stderr


def test_the_error_type_follows_what_the_back_end_raised() -> None:
    assert type(credentials.keyring_error(keyring.errors.NoKeyringError())) is NoKeyring
    assert type(credentials.keyring_error(keyring.errors.InitError())) is NoKeyring
    assert type(credentials.keyring_error(keyring.errors.KeyringLocked())) is KeyringLocked
    assert type(credentials.keyring_error(RuntimeError("dbus"))) is KeyringUnavailable
