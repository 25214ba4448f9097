"""Bot passwords in the OS keyring, keyed by (wiki API URL, user); the account last used per wiki.

A password is only ever handed to keyring and to the login request: never to the project,
a log line, an exception message or a traceback.
"""

from __future__ import annotations

import errno
import json
import logging
from pathlib import Path

import keyring
import keyring.errors

from photowalk.errors import DiskFullError
from photowalk.paths import config_dir
from photowalk.private import write_private
from photowalk.upload.errors import KeyringLocked, KeyringUnavailable, NoKeyring

log = logging.getLogger(__name__)

SERVICE_PREFIX = "photowalk"


def service_name(api_url: str) -> str:
    """The keyring service an entry is filed under: one per wiki."""
    return f"{SERVICE_PREFIX} {api_url}"


# Windows' Credential Manager outside a logon session (a service, a runas without profile) answers
# ERROR_NO_SUCH_LOGON_SESSION, which keyring passes on as pywin32's error; the macOS Keychain's refusal
# keyring itself turns into KeyringLocked.
ERROR_NO_SUCH_LOGON_SESSION = 1312


def keyring_error(exc: BaseException) -> KeyringUnavailable:
    """The typed error for whatever a keyring back-end raised: locked, missing, or unusable otherwise.

    Only the error's class goes into the message: a backend's text is not ours to vouch for.
    """
    kind = type(exc).__name__
    log.warning("keyring failed: %s", kind)
    if isinstance(exc, keyring.errors.KeyringLocked) or getattr(exc, "winerror", None) == ERROR_NO_SUCH_LOGON_SESSION:
        return KeyringLocked(kind=kind)
    if isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError):
        return NoKeyring(kind=kind)
    return KeyringUnavailable(kind=kind)


def keyring_usable() -> bool:
    """Whether a real keyring backend is installed (keyring's "no backend" and null ones have priority 0 or less).
    A locked keyring counts as usable: it may be unlocked when asked."""
    try:
        return float(keyring.get_keyring().priority) > 0
    except Exception:  # noqa: BLE001 - a backend that fails even to say its priority
        return False


def keyring_name() -> str:
    """The keyring backend's class name, for messages (never anything it stores)."""
    try:
        kind = type(keyring.get_keyring())
        return f"{kind.__module__}.{kind.__qualname__}"
    except Exception:  # noqa: BLE001 - keyring back-ends raise anything
        return "keyring"


def get_password(api_url: str, user: str) -> str | None:
    """The stored bot password, or None when none is stored."""
    try:
        return keyring.get_password(service_name(api_url), user)
    except Exception as exc:  # noqa: BLE001 - back-ends raise their own types (pywin32's error on Windows)
        raise keyring_error(exc) from None


def store_password(api_url: str, user: str, password: str) -> None:
    try:
        keyring.set_password(service_name(api_url), user, password)
    except Exception as exc:  # noqa: BLE001 - back-ends raise their own types (pywin32's error on Windows)
        raise keyring_error(exc) from None


def forget_password(api_url: str, user: str) -> bool:
    """Delete the stored password; False when there was none."""
    try:
        keyring.delete_password(service_name(api_url), user)
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as exc:  # noqa: BLE001 - back-ends raise their own types (pywin32's error on Windows)
        raise keyring_error(exc) from None
    return True


# -- which account to use for a wiki (not secret) ----------------------------------------


def _accounts_file() -> Path:
    return config_dir() / "accounts.json"


def _read_accounts() -> dict[str, str]:
    try:
        data = json.loads(_accounts_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_accounts(accounts: dict[str, str]) -> None:
    path = _accounts_file()
    try:
        write_private(path, json.dumps(accounts, ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(path=str(path.parent)) from exc
        raise


def remembered_user(api_url: str) -> str | None:
    """The account last logged in to this wiki with photowalk login."""
    return _read_accounts().get(api_url)


def remember_user(api_url: str, user: str) -> None:
    accounts = _read_accounts()
    accounts[api_url] = user
    _write_accounts(accounts)


def forget_user(api_url: str) -> None:
    accounts = _read_accounts()
    if accounts.pop(api_url, None) is not None:
        _write_accounts(accounts)
