"""One logged-in connection to a wiki: address rules, User-Agent, API calls mapped to typed errors.

Every request goes through photowalk's guarded session (`http.GuardedSession`: this wiki only, no
redirects, a deadline and a size limit on every answer) and every answer through `answers.Reply`.
mwclient's Site holds that session and what is known of the site and the user; its own request
loop is not used, not even to log in: it sleeps for as long as a Retry-After header asks, re-sends
consumed upload bodies, and reads answers as if they always had the expected shape. The API calls
are made one request at a time, never retried here: waiting and trying again is the caller's job,
with backoff and cancel.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

import mwclient
import requests

from photowalk import APP_URL, __version__
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.logs import register_secret
from photowalk.reasons import Reason, reason
from photowalk.upload.answers import Reply, query_part
from photowalk.upload.control import Control
from photowalk.upload.errors import (
    AuthError,
    Blocked,
    ChunkOffsetMismatch,
    InsecureWikiError,
    LoginFailed,
    LoginThrottled,
    MaxLag,
    MissingGrants,
    NotUnderstood,
    OAuthMissingGrants,
    OAuthTokenRefused,
    RateLimited,
    ReadOnly,
    SessionLost,
    StashLost,
    Transient,
    UploadError,
    WikiAddressError,
    WikiError,
)
from photowalk.upload.http import ConnectionSettings, GuardedSession
from photowalk.upload.limits import AccountLimits, account_limits, action_of
from photowalk.upload.pacer import Pacer, PaceWait
from photowalk.wikiaddress import COMMONS_API, INSECURE, WikiAddress, read_wiki

if TYPE_CHECKING:
    from photowalk.upload.oauth import TokenSource

__all__ = ["COMMONS_API", "ConnectionSettings", "Wiki", "WikiAddress", "parse_wiki", "user_agent"]

log = logging.getLogger(__name__)

# Wikimedia's bot etiquette: back off when replication lag exceeds 5 s.
MAXLAG = 5

# api.php's answer to a Bearer token it does not take: invalid, tampered, expired, rotated away or revoked.
OAUTH_REFUSED = "mwoauth-invalid-authorization"
_SESSION_CODES = frozenset({"assertuserfailed", "assertnameduserfailed", "mustbeloggedin", "notloggedin"})
_STASH_GONE_CODES = frozenset(
    {"uploadstash-file-not-found", "stashnosuchfilekey", "stashedfilenotfound", "missingresult",
     "stashfilestorage", "stashzerolength", "stashnotloggedin", "stashwrongowner", "invalid-file-key"}
)
_BLOCK_CODES = frozenset({"blocked", "autoblocked", "globalblocking-blockedtext", "systemblocked"})
_PERMISSION_CODES = frozenset({"permissiondenied", "writeapidenied", "cantupload"})


def parse_wiki(text: str) -> WikiAddress:
    """The API address of a wiki from a URL or a short name; https is required except on loopback."""
    address = read_wiki(text)
    if address == INSECURE:
        raise InsecureWikiError(url=text)
    if not isinstance(address, WikiAddress):
        raise WikiAddressError(url=text)
    return address


def user_agent() -> str:
    """The User-Agent Wikimedia's policy asks for: tool/version (contact) library/version."""
    return f"photowalk/{__version__} ({APP_URL}) mwclient/{mwclient.__version__}"


class Wiki:
    """A session with one wiki, logged in unless no user is given; one per worker thread (requests
    sessions are not shared). With `oauth`, every request carries `Authorization: Bearer` instead
    of a login's cookies, and the user is whoever the token belongs to."""

    def __init__(
        self,
        address: WikiAddress,
        user: str | None = None,
        password: str | None = None,
        *,
        settings: ConnectionSettings | None = None,
        control: Control | None = None,
        oauth: TokenSource | None = None,
    ) -> None:
        self.address = address
        self.user = user
        self.oauth = oauth
        self.__password = password  # name-mangled and never in repr, logs or errors
        if password:
            register_secret(password)  # and masked in photowalk's log file, should it slip into a record
        self.settings = settings or ConnectionSettings()
        self.control = control
        self.site: mwclient.Site | None = None
        self.relogins = 0
        self.on_relogin: Callable[[], None] | None = None
        self._csrf: str | None = None
        self._siteinfo: dict[str, Any] = {}
        self.limits = AccountLimits()  # the logged-in account's rate limits, read with the login
        self.pacer: Pacer | None = None  # shared by a batch's sessions: spaces publishes and edits
        self.on_paced: Callable[[PaceWait], None] | None = None

    def __repr__(self) -> str:
        return f"<Wiki {self.address.api_url} user={self.user!r}>"

    # -- connecting ----------------------------------------------------------------------

    def connect(self) -> None:
        """Open the session and log in with the bot password (an anonymous session only reads)."""
        session = GuardedSession(self.address.api_url, self.settings, user_agent())
        self.site = mwclient.Site(self.address.host, path=self.address.path, scheme=self.address.scheme,
                                  pool=session, do_init=False)
        if self.oauth is not None:
            self._bearer_login()
        elif self.user is not None:
            self._login()
        else:
            self._read_site()

    def _bearer_login(self) -> None:
        """Who the access token belongs to, and whether that account may upload through this client."""
        assert self.oauth is not None
        site = self._read_site()
        if not site.logged_in:
            raise OAuthTokenRefused(wiki=self.address.name, info="anonymous")
        self.user = site.username
        if site.blocked:
            raise Blocked(wiki=self.address.name, user=self.user, reason=site.blocked[1] or "-")
        if "upload" not in site.rights:
            raise OAuthMissingGrants(wiki=self.address.name, user=self.user, client_id=self.oauth.client.client_id)
        log.info("using %s as %s (OAuth 2)", self.address.api_url, site.username)

    def _login(self) -> None:
        try:
            token = query_part(self._checked({"action": "query", "meta": "tokens", "type": "login"}, "GET"))
            data = {"action": "login", "lgname": self.user, "lgpassword": self.__password,
                    "lgtoken": token.part("tokens").required_text("logintoken")}
            for _ in range(2):
                login = Reply(self._checked(data, "POST")).part("login")
                result = login.required_text("result")
                if result != "NeedToken":  # an old wiki hands out its token only now
                    break
                data["lgtoken"] = login.required_text("token")
        except WikiError as exc:
            # Any other refusal while logging in is about the account, never about a photo.
            raise LoginFailed(wiki=self.address.name, user=self.user, info=exc.params.get("info") or "-",
                              api_code=exc.api_code) from None
        if result == "Failed":
            log.info("login to %s as %s refused: %s", self.address.api_url, self.user, login.text("reason"))
            raise AuthError(wiki=self.address.name, user=self.user)
        if result == "Throttled":
            raise LoginThrottled(wiki=self.address.name, user=self.user, retry_after=login.real("wait") or 5.0)
        if result != "Success":
            raise LoginFailed(wiki=self.address.name, user=self.user, info=login.text("reason") or result,
                              api_code=result)
        site = self._read_site()
        if not site.logged_in:
            raise LoginFailed(wiki=self.address.name, user=self.user,
                              info=Reason("login-not-kept", QT_TRANSLATE_NOOP(
                                  "errors", "the wiki did not keep the login (cookies refused?)")), api_code="anon")
        if site.blocked:
            raise Blocked(wiki=self.address.name, user=self.user, reason=site.blocked[1] or "-")
        if "upload" not in site.rights:
            raise MissingGrants(wiki=self.address.name, user=self.user)
        log.info("logged in to %s as %s", self.address.api_url, site.username)

    def _read_site(self) -> mwclient.Site:
        """What photowalk needs to know of the wiki and the session's user, in one request."""
        site = self._site()
        q = query_part(self._checked({"action": "query", "meta": "siteinfo|userinfo", "siprop": "general",
                                      "uiprop": "groups|rights|blockinfo|ratelimits|editcount"}, "GET"))
        general = q.part("general")
        info: dict[str, Any] = {}
        for key in ("sitename", "generator", "readonlyreason"):
            if general.has(key):
                info[key] = general.text(key)
        for key in ("maxuploadsize", "minuploadchunksize"):
            value = general.number(key)
            if value is not None:
                info[key] = value
        info["readonly"] = general.flag("readonly")
        self._siteinfo = info
        user = q.part("userinfo")
        site.site = info
        site.username = user.required_text("name")
        site.logged_in = not user.flag("anon")
        site.groups = _texts(user, "groups")
        site.rights = _texts(user, "rights")
        site.blocked = (user.text("blockedby") or "?", user.text("blockreason") or "") if user.has("blockedby") else False
        self.limits = account_limits(user.data.get("ratelimits"), site.groups, editcount=user.number("editcount"),
                                     rights=site.rights)
        if self.pacer is not None:
            self.pacer.set_limits(self.limits)
        site.initialized = True
        return site

    @property
    def username(self) -> str | None:
        """The wiki's name of the logged-in account (a bot password's Name@app is Name), once connected."""
        site = self.site
        if site is None or not getattr(site, "logged_in", False):
            return None
        name = getattr(site, "username", None)
        return str(name) if name else None

    def relogin(self) -> None:
        """Log in again after the wiki dropped the session; new cookies, new token."""
        site = self._site()
        self.relogins += 1
        site.connection.cookies.clear()
        self._csrf = None
        log.warning("session on %s lost; logging in again", self.address.api_url)
        if self.oauth is not None:
            self._bearer_login()
        else:
            self._login()
        if self.on_relogin is not None:
            self.on_relogin()

    def sibling(self, address: WikiAddress) -> Wiki:
        """A session with the same account on another wiki of the same family, not yet connected
        (structured data configured to go to another address than the files)."""
        if address.api_url == self.address.api_url:
            return self
        return Wiki(address, self.user, self.__password, settings=self.settings, control=self.control, oauth=self.oauth)

    def close(self) -> None:
        if self.site is not None:
            self.site.connection.close()

    def _site(self) -> mwclient.Site:
        if self.site is None:
            raise RuntimeError("Wiki.connect() was not called")
        return self.site

    @property
    def siteinfo(self) -> dict[str, Any]:
        """What the wiki says of itself: maxuploadsize and minuploadchunksize (whole numbers, when
        given), sitename, generator, readonly, readonlyreason."""
        self._site()
        return dict(self._siteinfo)

    def csrf_token(self, force: bool = False) -> str:
        if self._csrf is None or force:
            answer = query_part(self._checked({"action": "query", "meta": "tokens", "type": "csrf"}, "GET"))
            self._csrf = answer.part("tokens").required_text("csrftoken")
        return self._csrf

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
        a stale token or a lost session (log in again once; a second loss stops). A publish or an
        edit waits first, where the account's rate limit asks for it (`pacer`)."""
        if self.pacer is not None:
            self.pacer.take(action_of(params), self.control, self.on_paced)
        for attempt in range(2):
            data = dict(params)
            if write:
                data["assert"] = "user"
                data["token"] = self.csrf_token()
            body, error, resp = self._exchange(data, method, files)
            if error is None:
                return body
            code = error.text("code") or ""
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

    def _checked(self, params: dict[str, Any], method: str) -> dict[str, Any]:
        """One request whose API error is raised at once, typed."""
        body, error, resp = self._exchange(params, method, None)
        if error is not None:
            raise self._translate_api(error, resp)
        return body

    def _exchange(
        self, params: dict[str, Any], method: str, files: dict[str, Any] | None
    ) -> tuple[dict[str, Any], Reply | None, requests.Response]:
        """Send one request; the decoded answer and its `error` object, if any. A Bearer token the
        wiki refuses is renewed once and the request sent again (the refusal comes before anything
        else is done)."""
        session = self._site().connection
        data = {"format": "json", "formatversion": "2", "uselang": "en", "maxlag": MAXLAG, **params}
        sent = sum(len(f[1]) for f in files.values() if isinstance(f, tuple) and len(f) > 1) if files else 0
        deadline = self.settings.deadline_for(sent)
        token = self.oauth.bearer() if self.oauth is not None else None
        for attempt in range(2):
            if token is not None:
                session.headers["Authorization"] = f"Bearer {token}"
            try:
                if method == "GET":
                    resp = session.get(self.address.api_url, params=data, deadline=deadline)
                else:
                    resp = session.post(self.address.api_url, data=data, files=files, deadline=deadline)
            except requests.exceptions.RequestException as exc:
                raise self._translate_transport(exc, str(params.get("action", ""))) from None
            body = self._decode(resp)
            error = Reply(body).opt_part("error")
            if self.oauth is None or token is None or error is None or error.text("code") != OAUTH_REFUSED:
                break
            if attempt == 1:
                raise OAuthTokenRefused(wiki=self.address.name, info=error.text("info") or OAUTH_REFUSED)
            token = self.oauth.renew(token)
        return body, error, resp

    def _decode(self, resp: requests.Response) -> dict[str, Any]:
        status = resp.status_code
        retry_after = _retry_after(resp)
        if 500 <= status <= 599:
            raise Transient(reason=_http_status(status), retry_after=retry_after)
        if status == 429:
            raise RateLimited(retry_after=retry_after)
        if status != 200:
            raise NotUnderstood(what=reason("http-status-from", QT_TRANSLATE_NOOP("errors", "HTTP {status} from {url}"),
                                            status=status, url=self.address.api_url))
        try:
            body = json.loads(resp.content)
        except RecursionError:
            raise NotUnderstood(what=Reason(
                "too-deep", QT_TRANSLATE_NOOP("errors", "the answer is nested too deeply"))) from None
        except ValueError:
            # A proxy's or gateway's HTML page instead of the API's JSON: a passing fault.
            raise Transient(reason=Reason("unreadable", QT_TRANSLATE_NOOP("errors", "the wiki's answer was not readable")),
                            retry_after=retry_after) from None
        if not isinstance(body, dict):
            raise NotUnderstood(what=Reason("not-an-object", QT_TRANSLATE_NOOP("errors", "the answer is not a JSON object")))
        error = body.get("error")
        if isinstance(error, dict) and resp.headers.get("X-Database-Lag"):
            error.setdefault("lag", resp.headers.get("X-Database-Lag"))
            error["retry_after"] = retry_after
        return body

    def _translate_transport(self, exc: BaseException, action: str) -> UploadError:
        why: Reason | str
        if isinstance(exc, requests.exceptions.Timeout):
            why = Reason("timeout", QT_TRANSLATE_NOOP("errors", "no answer in time"))
        elif isinstance(exc, requests.exceptions.ConnectionError):
            why = Reason("connection", QT_TRANSLATE_NOOP("errors", "connection lost or refused"))
        elif isinstance(exc, requests.exceptions.HTTPError) and exc.response is not None:
            why = _http_status(exc.response.status_code)
        else:
            why = type(exc).__name__
        log.info("%s request to %s failed: %s (%s)", action or "API", self.address.api_url, why, type(exc).__name__)
        return Transient(reason=why)

    def _translate_api(self, error: Reply, resp: requests.Response | None) -> UploadError:
        code = error.required_text("code", limit=100)
        info = error.text("info") or ""
        if code == "maxlag":
            retry_after = _seconds(error.data.get("retry_after")) or (_retry_after(resp) if resp is not None else None)
            return MaxLag(lag=error.text("lag") or "?", retry_after=retry_after or 5.0)
        if code == "readonly":
            return ReadOnly(reason=error.text("readonlyreason") or self._siteinfo.get("readonlyreason") or info,
                            retry_after=None)
        if code == "ratelimited":
            return RateLimited()
        if code in _BLOCK_CODES:
            block = error.opt_part("blockinfo")
            why = (block.text("blockreason") if block is not None else None) or info
            return Blocked(wiki=self.address.name, user=self.user, reason=why)
        if code in _PERMISSION_CODES:
            blocked = _block_notice(error, resp)
            if blocked is not None:
                # Wikibase refuses a blocked user's edit as permissiondenied, the block in its messages.
                return Blocked(wiki=self.address.name, user=self.user, reason=blocked or info)
            return MissingGrants(wiki=self.address.name, user=self.user)
        if code.startswith("internal_api_error") or code in ("DBConnectionError", "DBQueryError"):
            return Transient(reason=code)
        if code == "stashfailed" and error.has("offset"):
            return ChunkOffsetMismatch(offset=error.number("offset"))
        if code == "stashfailed" or code in _STASH_GONE_CODES:
            return StashLost(reason=info or code)
        messages = _message_names(error)
        if messages:
            # Wikibase says what exactly failed in its messages (modification-failed: which validator).
            return WikiError(info=info, api_code=code, detail=messages[0][0], detail_params=messages[0][1])
        return WikiError(info=info, api_code=code)


def _message_names(error: Reply) -> list[tuple[str, str]]:
    """Wikibase's `messages` of an error: (name, its parameters joined by "|"), cleaned and short."""
    found = []
    raw = error.data.get("messages")
    for message in raw if isinstance(raw, list) else []:
        if isinstance(message, dict) and isinstance(message.get("name"), str):
            params = message.get("parameters")
            texts = [str(p) for p in params if isinstance(p, (str, int))] if isinstance(params, list) else []
            found.append((message["name"][:100], "|".join(texts)[:300]))
    return found


def _block_notice(error: Reply, resp: requests.Response | None) -> str | None:
    """The block's reason ('' when unknown) when a refusal is a block; None when it is not one."""
    header = resp.headers.get("MediaWiki-API-Error", "") if resp is not None else ""
    raw = error.data.get("messages")
    for message in raw if isinstance(raw, list) else []:
        if isinstance(message, dict) and message.get("name") == "blockedtext":
            params = message.get("parameters")
            why = params[1] if isinstance(params, list) and len(params) > 1 and isinstance(params[1], str) else ""
            return why
    return "" if "blocked" in [h.strip() for h in header.split(",")] else None


def _texts(reply: Reply, key: str) -> list[str]:
    """A member that is a list of texts (user groups, rights)."""
    value = reply.data.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise NotUnderstood(what=reason("not-names", QT_TRANSLATE_NOOP("errors", "{key} is not a list of names"), key=key))
    return list(value)


def _http_status(status: int) -> Reason:
    return reason("http-status", QT_TRANSLATE_NOOP("errors", "HTTP {status}"), status=status)


def _seconds(value: object) -> float | None:
    """A wait in seconds as a wiki may give it; None unless a finite, non-negative number."""
    try:
        seconds = float(value) if isinstance(value, (int, float, str)) and not isinstance(value, bool) else math.nan
    except (ValueError, OverflowError):
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _retry_after(resp: requests.Response | None) -> float | None:
    """Retry-After in seconds: a number of seconds or an HTTP date."""
    if resp is None:
        return None
    value = resp.headers.get("Retry-After")
    if value is None or len(value) > 64:
        return None
    seconds = _seconds(value.strip())
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())
