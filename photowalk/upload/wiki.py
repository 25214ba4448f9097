"""One logged-in connection to a wiki: address rules, User-Agent, API calls mapped to typed errors.

mwclient does the login and holds the HTTP session; the API calls photowalk makes go through
that session one request at a time, never retried here (mwclient's retries re-send consumed
upload bodies): waiting and trying again is the caller's job, with backoff and cancel.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import mwclient
import mwclient.errors
import requests

from photowalk import APP_URL, __version__
from photowalk.logs import register_secret
from photowalk.upload.control import Control
from photowalk.upload.errors import (
    AuthError,
    Blocked,
    ChunkOffsetMismatch,
    InsecureWikiError,
    MaxLag,
    MissingGrants,
    RateLimited,
    ReadOnly,
    SessionLost,
    StashLost,
    Transient,
    UploadError,
    WikiAddressError,
    WikiError,
)

log = logging.getLogger(__name__)

COMMONS_API = "https://commons.wikimedia.org/w/api.php"
SHORT_NAMES = {"commons": COMMONS_API}

# Wikimedia's bot etiquette: back off when replication lag exceeds 5 s.
MAXLAG = 5

_SESSION_CODES = frozenset({"assertuserfailed", "assertnameduserfailed", "mustbeloggedin", "notloggedin"})
_STASH_GONE_CODES = frozenset(
    {"uploadstash-file-not-found", "stashnosuchfilekey", "stashedfilenotfound", "missingresult",
     "stashfilestorage", "stashzerolength", "stashnotloggedin", "stashwrongowner", "invalid-file-key"}
)
_BLOCK_CODES = frozenset({"blocked", "autoblocked", "globalblocking-blockedtext", "systemblocked"})
_PERMISSION_CODES = frozenset({"permissiondenied", "writeapidenied", "cantupload"})


@dataclass(frozen=True)
class WikiAddress:
    """Where a wiki's API is: https://commons.wikimedia.org/w/api.php -> host, path, scheme."""

    api_url: str
    scheme: str
    host: str  # host[:port], as mwclient wants it
    path: str  # the folder of api.php, ending in "/"

    @property
    def name(self) -> str:
        """A short name to show: "commons" for Commons, else the host."""
        for short, url in SHORT_NAMES.items():
            if url == self.api_url:
                return short
        return self.host


def _is_loopback(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def parse_wiki(text: str) -> WikiAddress:
    """The API address of a wiki from a URL or a short name; https is required except on loopback."""
    url = SHORT_NAMES.get(text.strip().lower(), text.strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or not parts.path.endswith("/api.php"):
        raise WikiAddressError(url=text)
    if parts.query or parts.fragment or parts.username or parts.password:
        raise WikiAddressError(url=text)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InsecureWikiError(url=text)
    path = parts.path[: -len("api.php")]
    api_url = f"{parts.scheme}://{parts.netloc}{parts.path}"
    return WikiAddress(api_url=api_url, scheme=parts.scheme, host=parts.netloc, path=path)


def user_agent() -> str:
    """The User-Agent Wikimedia's policy asks for: tool/version (contact) library/version."""
    return f"photowalk/{__version__} ({APP_URL}) mwclient/{mwclient.__version__}"


@dataclass(frozen=True)
class ConnectionSettings:
    """Network limits: per-request timeout, and mwclient's own (login-time) retries kept small."""

    timeout: float = 120.0
    mw_max_retries: int = 2
    mw_retry_timeout: int = 2


def _mw_wait_callback(control: Control | None) -> Callable[..., None]:
    def wait(*_args: object) -> None:
        # mwclient calls this before each of its own retry sleeps: the cancel point in its loop.
        if control is not None:
            control.checkpoint()

    return wait


class Wiki:
    """A session with one wiki, logged in unless no user is given; one per worker thread (requests
    sessions are not shared)."""

    def __init__(
        self,
        address: WikiAddress,
        user: str | None = None,
        password: str | None = None,
        *,
        settings: ConnectionSettings | None = None,
        control: Control | None = None,
    ) -> None:
        self.address = address
        self.user = user
        self.__password = password  # name-mangled and never in repr, logs or errors
        if password:
            register_secret(password)  # and masked in photowalk's log file, should it slip into a record
        self.settings = settings or ConnectionSettings()
        self.control = control
        self.site: mwclient.Site | None = None
        self.relogins = 0
        self.on_relogin: Callable[[], None] | None = None

    def __repr__(self) -> str:
        return f"<Wiki {self.address.api_url} user={self.user!r}>"

    # -- connecting ----------------------------------------------------------------------

    def connect(self) -> None:
        """Open the session and log in with the bot password (an anonymous session only reads)."""
        s = self.settings
        try:
            site = mwclient.Site(
                self.address.host,
                path=self.address.path,
                scheme=self.address.scheme,
                max_retries=s.mw_max_retries,
                retry_timeout=s.mw_retry_timeout,
                wait_callback=_mw_wait_callback(self.control),
                custom_headers={"User-Agent": user_agent()},
                connection_options={"timeout": s.timeout},
            )
        except (requests.exceptions.RequestException, mwclient.errors.MwClientError) as exc:
            raise self._translate_transport(exc, "") from None
        self.site = site
        if self.user is not None:
            self._login()

    def _login(self) -> None:
        site = self._site()
        try:
            site.login(self.user, self.__password)
        except mwclient.errors.LoginError as exc:
            # LoginError carries the wiki's answer only, but `from None` keeps even that chain short.
            log.info("login to %s as %s refused: %s", self.address.api_url, self.user, exc.code)
            raise AuthError(wiki=self.address.name, user=self.user) from None
        except mwclient.errors.APIError as exc:
            error = {"code": exc.code, "info": exc.info}
            if exc.code == "readonly":
                # mwclient drops the reason from the error; siteinfo (read before login) has it.
                error["readonlyreason"] = (getattr(site, "site", None) or {}).get("readonlyreason") or exc.info
            raise self._translate_api(error, None) from None
        except (requests.exceptions.RequestException, mwclient.errors.MwClientError) as exc:
            raise self._translate_transport(exc, "") from None
        if site.blocked:
            raise Blocked(wiki=self.address.name, user=self.user, reason=site.blocked[1] or "-")
        if "upload" not in site.rights:
            raise MissingGrants(wiki=self.address.name, user=self.user)
        log.info("logged in to %s as %s", self.address.api_url, site.username)

    def relogin(self) -> None:
        """Log in again after the wiki dropped the session; new cookies, new token."""
        site = self._site()
        self.relogins += 1
        site.connection.cookies.clear()
        site.tokens = {}
        log.warning("session on %s lost; logging in again", self.address.api_url)
        self._login()
        if self.on_relogin is not None:
            self.on_relogin()

    def close(self) -> None:
        if self.site is not None:
            self.site.connection.close()

    def _site(self) -> mwclient.Site:
        if self.site is None:
            raise RuntimeError("Wiki.connect() was not called")
        return self.site

    @property
    def siteinfo(self) -> dict[str, Any]:
        """The wiki's siteinfo 'general' part (maxuploadsize, minuploadchunksize, ...)."""
        return dict(self._site().site)

    def csrf_token(self, force: bool = False) -> str:
        try:
            return str(self._site().get_token("csrf", force=force))
        except mwclient.errors.APIError as exc:
            raise self._translate_api({"code": exc.code, "info": exc.info}, None) from None
        except (requests.exceptions.RequestException, mwclient.errors.MwClientError) as exc:
            raise self._translate_transport(exc, "") from None

    # -- API calls -----------------------------------------------------------------------

    def get(self, **params: Any) -> dict[str, Any]:
        """One read request (GET)."""
        return self.call(params, method="GET")

    def call(
        self,
        params: dict[str, Any],
        *,
        files: dict[str, Any] | None = None,
        method: str = "POST",
        write: bool = False,
    ) -> dict[str, Any]:
        """One API request; errors become typed UploadErrors. Not retried, except once after
        a stale token or a lost session (log in again once; a second loss stops)."""
        site = self._site()
        base = {"format": "json", "formatversion": "2", "uselang": "en", "maxlag": MAXLAG}
        for attempt in range(2):
            data = {**base, **params}
            if write:
                data["assert"] = "user"
                data["token"] = self.csrf_token()
            try:
                if method == "GET":
                    resp = site.connection.get(self.address.api_url, params=data, timeout=self.settings.timeout)
                else:
                    resp = site.connection.post(
                        self.address.api_url, data=data, files=files, timeout=self.settings.timeout
                    )
            except requests.exceptions.RequestException as exc:
                raise self._translate_transport(exc, str(params.get("action", ""))) from None
            body = self._decode(resp)
            error = body.get("error")
            if not error:
                return body
            code = str(error.get("code", ""))
            if attempt == 0 and code == "badtoken":
                self.csrf_token(force=True)
                continue
            # An anonymous session has nobody to log in again as: its refusals are plain wiki errors.
            if code in _SESSION_CODES and self.user is not None:
                if attempt == 0:
                    self.relogin()
                    continue
                raise SessionLost(wiki=self.address.name, user=self.user)
            raise self._translate_api(error, resp)
        raise SessionLost(wiki=self.address.name, user=self.user)  # pragma: no cover - loop always returns/raises

    def _decode(self, resp: requests.Response) -> dict[str, Any]:
        status = resp.status_code
        retry_after = _retry_after(resp)
        if 500 <= status <= 599:
            raise Transient(reason=f"HTTP {status}", retry_after=retry_after)
        if status == 429:
            raise RateLimited(retry_after=retry_after)
        if status != 200:
            raise WikiError(info=f"HTTP {status}", api_code=f"http-{status}")
        try:
            body = json.loads(resp.text)
        except ValueError:
            # A proxy's or gateway's HTML page instead of the API's JSON: a passing fault.
            raise Transient(reason="the wiki's answer was not readable", retry_after=retry_after) from None
        if not isinstance(body, dict):
            raise Transient(reason="the wiki's answer was not readable")
        if "error" in body and resp.headers.get("X-Database-Lag"):
            body["error"].setdefault("lag", resp.headers.get("X-Database-Lag"))
            body["error"]["retry_after"] = retry_after
        return body

    def _translate_transport(self, exc: BaseException, action: str) -> UploadError:
        if isinstance(exc, requests.exceptions.Timeout):
            reason = "no answer in time"
        elif isinstance(exc, requests.exceptions.ConnectionError):
            reason = "connection lost or refused"
        elif isinstance(exc, requests.exceptions.HTTPError) and exc.response is not None:
            reason = f"HTTP {exc.response.status_code}"
        else:
            reason = type(exc).__name__
        log.info("%s request to %s failed: %s (%s)", action or "API", self.address.api_url, reason, type(exc).__name__)
        return Transient(reason=reason)

    def _translate_api(self, error: dict[str, Any], resp: requests.Response | None) -> UploadError:
        code = str(error.get("code", ""))
        info = str(error.get("info", ""))
        if code == "maxlag":
            retry_after = error.get("retry_after") or (_retry_after(resp) if resp is not None else None) or 5.0
            return MaxLag(lag=error.get("lag", "?"), retry_after=float(retry_after))
        if code == "readonly":
            return ReadOnly(reason=error.get("readonlyreason") or info, retry_after=None)
        if code == "ratelimited":
            return RateLimited()
        if code in _BLOCK_CODES:
            reason = (error.get("blockinfo") or {}).get("blockreason") or info
            return Blocked(wiki=self.address.name, user=self.user, reason=reason)
        if code in _PERMISSION_CODES:
            return MissingGrants(wiki=self.address.name, user=self.user)
        if code.startswith("internal_api_error") or code in ("DBConnectionError", "DBQueryError"):
            return Transient(reason=code)
        if code == "stashfailed" and "offset" in error:
            return ChunkOffsetMismatch(offset=int(error["offset"]))
        if code == "stashfailed" or code in _STASH_GONE_CODES:
            return StashLost(reason=info or code)
        return WikiError(info=info, api_code=code)


def _retry_after(resp: requests.Response | None) -> float | None:
    if resp is None:
        return None
    value = resp.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
