"""Bot passwords and OAuth 2 refresh tokens in the OS keyring, keyed by (wiki API URL, user); the
account last used per wiki; the OAuth 2 client set up per wiki.

A password, a token or a client secret is only ever handed to keyring and to the wiki: never to
the project, a log line, an exception message or a traceback. An access token is never stored.
"""

from __future__ import annotations

import errno
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors

from photowalk.errors import DiskFullError
from photowalk.logs import register_secret
from photowalk.paths import config_dir
from photowalk.private import write_private
from photowalk.upload.errors import KeyringLocked, KeyringUnavailable, NoKeyring
from photowalk.upload.oauth import DEFAULT_PORT, OAuthClient

log = logging.getLogger(__name__)

SERVICE_PREFIX = "photowalk"


def service_name(api_url: str) -> str:
    """The keyring service an entry is filed under: one per wiki."""
    return f"{SERVICE_PREFIX} {api_url}"


def oauth_service_name(api_url: str) -> str:
    """The keyring service of a wiki's OAuth 2 refresh tokens (by user) and client secrets (by client id)."""
    return f"{SERVICE_PREFIX} oauth2 {api_url}"


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


def _get(service: str, key: str) -> str | None:
    try:
        return keyring.get_password(service, key)
    except Exception as exc:  # noqa: BLE001 - back-ends raise their own types (pywin32's error on Windows)
        raise keyring_error(exc) from None


def _set(service: str, key: str, secret: str) -> None:
    try:
        keyring.set_password(service, key, secret)
    except Exception as exc:  # noqa: BLE001 - back-ends raise their own types (pywin32's error on Windows)
        raise keyring_error(exc) from None
    _note_entry(service, key)


def _delete(service: str, key: str) -> bool:
    try:
        keyring.delete_password(service, key)
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as exc:  # noqa: BLE001 - back-ends raise their own types (pywin32's error on Windows)
        raise keyring_error(exc) from None
    return True


# -- which entries photowalk made (not secret) ---------------------------------------------
# keyring cannot list a service's entries on every system, so photowalk notes each (service, key)
# it stores: the end of an event removes them all, also those of accounts no profile names any more.


def _entries_file() -> Path:
    return config_dir() / "keyring-entries.json"


def _read_entries() -> list[tuple[str, str]]:
    try:
        data = json.loads(_entries_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [(str(e[0]), str(e[1])) for e in data if isinstance(e, list) and len(e) == 2]


def _note_entry(service: str, key: str) -> None:
    entries = _read_entries()
    if (service, key) not in entries:
        try:
            _write_json(_entries_file(), [list(e) for e in [*entries, (service, key)]])
        except (OSError, DiskFullError):
            log.warning("could not note a keyring entry")  # the secret is stored all the same


@dataclass(frozen=True)
class Forgotten:
    """What was removed from the keyring: bot passwords, browser logins (refresh tokens), OAuth client secrets."""

    passwords: int = 0
    tokens: int = 0
    client_secrets: int = 0


def forget_everything(accounts: Iterable[tuple[str, str]] = ()) -> Forgotten:
    """Remove every secret photowalk keeps in the keyring: the entries it noted, those of the accounts
    remembered per wiki, of `accounts` ((wiki API URL, account) pairs, e.g. the profiles'), and the
    OAuth clients' secrets; then forget which account was last used on each wiki. Other programs'
    entries are never touched."""
    candidates: list[tuple[str, str]] = list(_read_entries())
    pairs = [*_read_accounts().items(), *accounts]
    for api_url, user in pairs:
        candidates += [(service_name(api_url), user), (oauth_service_name(api_url), user)]
    for api_url, entry in _read_clients().items():
        client_id = entry.get("client_id")
        if isinstance(client_id, str) and client_id:
            candidates.append((oauth_service_name(api_url), f"client {client_id}"))
    passwords = tokens = secrets = 0
    for service, key in dict.fromkeys(candidates):  # each once, in order
        if not service.startswith(f"{SERVICE_PREFIX} ") or not _delete(service, key):
            continue
        if not service.startswith(f"{SERVICE_PREFIX} oauth2 "):
            passwords += 1
        elif key.startswith("client "):
            secrets += 1
        else:
            tokens += 1
    for path in (_entries_file(), _accounts_file()):
        path.unlink(missing_ok=True)
    # The clients stay set up (an organiser's, not a participant's), without their secrets.
    clients = _read_clients()
    if clients:
        _write_json(_clients_file(), {api: {**entry, "has_secret": False} for api, entry in clients.items()})
    return Forgotten(passwords, tokens, secrets)


def get_password(api_url: str, user: str) -> str | None:
    """The stored bot password, or None when none is stored."""
    return _get(service_name(api_url), user)


def store_password(api_url: str, user: str, password: str) -> None:
    _set(service_name(api_url), user, password)


def forget_password(api_url: str, user: str) -> bool:
    """Delete the stored password; False when there was none."""
    return _delete(service_name(api_url), user)


# -- OAuth 2 ---------------------------------------------------------------------------


def get_refresh_token(api_url: str, user: str) -> str | None:
    """The refresh token of `user`'s last browser login to this wiki, or None."""
    token = _get(oauth_service_name(api_url), user)
    if token:
        register_secret(token)
    return token


def store_refresh_token(api_url: str, user: str, token: str) -> None:
    """Keep the newest refresh token (each refresh revokes the one before)."""
    _set(oauth_service_name(api_url), user, token)


def forget_refresh_token(api_url: str, user: str) -> bool:
    return _delete(oauth_service_name(api_url), user)


def _clients_file() -> Path:
    return config_dir() / "oauth-clients.json"


def _read_clients() -> dict[str, dict[str, object]]:
    try:
        data = json.loads(_clients_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def oauth_client(api_url: str) -> OAuthClient | None:
    """The OAuth 2 client set up for this wiki (its secret from the keyring, if one was given)."""
    entry = _read_clients().get(api_url)
    client_id = entry.get("client_id") if entry else None
    if not entry or not isinstance(client_id, str) or not client_id:
        return None
    port = entry.get("port")
    secret = None
    if entry.get("has_secret"):
        secret = _get(oauth_service_name(api_url), f"client {client_id}")
    return OAuthClient(client_id, secret or None, port if isinstance(port, int) and 0 < port < 65536 else DEFAULT_PORT)


def save_oauth_client(api_url: str, client: OAuthClient) -> None:
    """Remember the client for this wiki: id and port in the settings, the secret in the keyring."""
    if client.client_secret:
        _set(oauth_service_name(api_url), f"client {client.client_id}", client.client_secret)
    clients = _read_clients()
    clients[api_url] = {"client_id": client.client_id, "port": client.port, "has_secret": bool(client.client_secret)}
    _write_json(_clients_file(), clients)


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
    _write_json(_accounts_file(), accounts)


def _write_json(path: Path, value: object) -> None:
    try:
        write_private(path, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))
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
