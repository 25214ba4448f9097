"""OAuth 2 for a desktop app: authorization code with PKCE (S256) at a MediaWiki's OAuth extension.

The wiki's `rest.php/oauth2/authorize` is opened in the browser; the code comes back to a loopback
address (`photowalk.upload.loopback`) and is exchanged at `rest.php/oauth2/access_token` without a
secret (a public client). Refreshing a token needs the client secret on MediaWiki 1.39's OAuth
(without it the answer is 401 invalid_client): without a secret a login lasts as long as its access
token, then the browser is asked again. The access token lives in memory only; the refresh token in
the keyring (`credentials`). Every token, code and verifier is registered as a secret for the log.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import math
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import requests

from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.logs import register_secret
from photowalk.reasons import Reason, reason
from photowalk.upload.errors import (
    NotUnderstood,
    OAuthClientRejected,
    OAuthCodeRejected,
    OAuthError,
    OAuthLoginEnded,
    OAuthRedirectMismatch,
    OAuthVerifierRejected,
    Transient,
)
from photowalk.upload.http import ConnectionSettings, GuardedSession
from photowalk.upload.safetext import clean_text
from photowalk.upload.wiki import WikiAddress, user_agent

log = logging.getLogger(__name__)

# The loopback port of the callback address registered with the client: http://127.0.0.1:8765/callback.
DEFAULT_PORT = 8765
# What photowalk asks for when the client is registered (Special:OAuthConsumerRegistration grants).
GRANTS = ("basic", "uploadfile", "uploadeditmovefile", "createeditmovepage", "editpage")
# An access token is renewed this long before it expires (a tenth of its lifetime for short ones).
REFRESH_MARGIN = 300.0


@dataclass(frozen=True)
class OAuthClient:
    """An OAuth 2 client registered for a wiki: its public id, its secret if refreshing needs one,
    and the port of its registered callback address."""

    client_id: str
    client_secret: str | None = field(default=None, repr=False)
    port: int = DEFAULT_PORT

    def __post_init__(self) -> None:
        if self.client_secret:
            register_secret(self.client_secret)

    @property
    def redirect_uri(self) -> str:
        """The callback address, exactly as it must be registered (127.0.0.1, not localhost)."""
        return f"http://127.0.0.1:{self.port}/callback"


def rest_url(address: WikiAddress, endpoint: str) -> str:
    """`rest.php/oauth2/<endpoint>` next to the wiki's api.php (/w/rest.php on Wikimedia wikis)."""
    return f"{address.scheme}://{address.host}{address.path}rest.php/oauth2/{endpoint}"


@dataclass(frozen=True)
class Pkce:
    """One authorization's secrets: the code verifier, its S256 challenge, and the state to check."""

    verifier: str = field(repr=False)
    challenge: str
    state: str

    @classmethod
    def new(cls) -> Pkce:
        verifier = secrets.token_urlsafe(64)  # 86 characters of [A-Za-z0-9_-] (RFC 7636: 43 to 128)
        register_secret(verifier)
        return cls(verifier, s256(verifier), secrets.token_urlsafe(12))


def s256(verifier: str) -> str:
    """BASE64URL(SHA256(verifier)) without padding: the code_challenge for method S256."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorize_url(address: WikiAddress, client: OAuthClient, pkce: Pkce) -> str:
    """The address to open in the browser. The method is always named: without it the wiki takes
    the challenge as "plain" and the S256 verifier fails at the exchange."""
    query = urlencode({
        "client_id": client.client_id,
        "response_type": "code",
        "redirect_uri": client.redirect_uri,
        "code_challenge": pkce.challenge,
        "code_challenge_method": "S256",
        "state": pkce.state,
    })
    return f"{rest_url(address, 'authorize')}?{query}"


@dataclass(frozen=True)
class Tokens:
    """What the token endpoint gives: a Bearer access token (a JWT), when it expires, a refresh token."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: float  # time.time() seconds
    lifetime: float

    def expires_soon(self, now: float | None = None) -> bool:
        margin = min(REFRESH_MARGIN, self.lifetime / 10)
        return (now if now is not None else time.time()) >= self.expires_at - margin

    def to_json(self) -> dict[str, Any]:
        """For the worker pipe only: never a file, a log or an event."""
        return {"access_token": self.access_token, "refresh_token": self.refresh_token,
                "expires_at": self.expires_at, "lifetime": self.lifetime}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Tokens:
        tokens = cls(str(obj.get("access_token") or ""), str(obj.get("refresh_token") or ""),
                     float(obj.get("expires_at") or 0.0), float(obj.get("lifetime") or 0.0))
        for secret in (tokens.access_token, tokens.refresh_token):
            register_secret(secret)
        return tokens


# -- the token endpoint --------------------------------------------------------------------


def exchange_code(address: WikiAddress, client: OAuthClient, pkce: Pkce, code: str,
                  settings: ConnectionSettings | None = None) -> Tokens:
    """The authorization code for tokens (grant_type=authorization_code, no client secret)."""
    register_secret(code)
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": client.redirect_uri,
            "client_id": client.client_id, "code_verifier": pkce.verifier}
    return _token_request(address, client, form, settings)


def refresh_tokens(address: WikiAddress, client: OAuthClient, refresh_token: str,
                   settings: ConnectionSettings | None = None) -> Tokens:
    """A new access token and a new refresh token; the old ones stop working (rotation)."""
    register_secret(refresh_token)
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client.client_id}
    if client.client_secret:
        form["client_secret"] = client.client_secret
    return _token_request(address, client, form, settings)


def _token_request(address: WikiAddress, client: OAuthClient, form: dict[str, str],
                   settings: ConnectionSettings | None) -> Tokens:
    url = rest_url(address, "access_token")
    settings = settings or ConnectionSettings()
    session = GuardedSession(url, settings, user_agent())
    try:
        # Form-encoded: a JSON body is not read at all ("Check the `grant_type` parameter").
        resp = session.post(url, data=form)
    except requests.exceptions.RequestException as exc:
        log.info("token request to %s failed: %s", url, type(exc).__name__)
        raise Transient(reason=Reason("connection", QT_TRANSLATE_NOOP("errors", "connection lost or refused"))) \
            from None
    finally:
        session.close()
    if resp.status_code >= 500:
        raise Transient(reason=reason("http-status", QT_TRANSLATE_NOOP("errors", "HTTP {status}"),
                                      status=resp.status_code))
    try:
        body = json.loads(resp.content)
    except (ValueError, RecursionError):
        body = None
    if not isinstance(body, dict):
        raise NotUnderstood(what=reason("http-status-from", QT_TRANSLATE_NOOP("errors", "HTTP {status} from {url}"),
                                        status=resp.status_code, url=url))
    if resp.status_code == 200 and "error" not in body:
        return _tokens(body, url)
    raise token_error(address, client, form["grant_type"], body)


def _tokens(body: dict[str, Any], url: str) -> Tokens:
    access, refresh, kind = body.get("access_token"), body.get("refresh_token"), body.get("token_type")
    lifetime = body.get("expires_in")
    if (not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh
            or not isinstance(kind, str) or kind.lower() != "bearer"
            or isinstance(lifetime, bool) or not isinstance(lifetime, (int, float))
            or not math.isfinite(lifetime) or lifetime <= 0):
        raise NotUnderstood(what=reason("oauth-tokens", QT_TRANSLATE_NOOP(
            "errors", "the answer of {url} holds no usable Bearer token"), url=url))
    register_secret(access)
    register_secret(refresh)
    return Tokens(access, refresh, time.time() + float(lifetime), float(lifetime))


def token_error(address: WikiAddress, client: OAuthClient, grant_type: str, body: dict[str, Any]) -> OAuthError:
    """The typed error for the token endpoint's {error, error_description, hint, message}."""
    error = clean_text(str(body.get("error") or "?"), 60)
    hint = clean_text(str(body.get("hint") or body.get("error_description") or body.get("message") or "-"), 200)
    wiki = address.name
    log.info("token endpoint of %s: %s (%s) for %s", wiki, error, hint, grant_type)
    if error == "invalid_client" and grant_type == "refresh_token" and not client.client_secret:
        # MediaWiki 1.39 renews tokens of public clients only with the secret: the login has to be renewed
        # through the browser.
        return OAuthLoginEnded(wiki=wiki, hint=Reason("oauth-needs-secret", QT_TRANSLATE_NOOP(
            "errors", "the wiki renews it only for a client whose secret is set")))
    if error == "invalid_client":
        return OAuthClientRejected(wiki=wiki, client_id=client.client_id)
    if grant_type == "refresh_token" and error in ("invalid_request", "invalid_grant"):
        return OAuthLoginEnded(wiki=wiki, hint=hint)
    if error == "invalid_grant":
        return OAuthVerifierRejected(wiki=wiki)
    if error == "invalid_request" and "redirect" in hint.lower():
        return OAuthRedirectMismatch(wiki=wiki, redirect_uri=client.redirect_uri)
    if error == "invalid_request" and "code" in hint.lower() and "verifier" not in hint.lower():
        return OAuthCodeRejected(wiki=wiki, hint=hint)
    return OAuthError(wiki=wiki, error=error, hint=hint)


# -- one login's tokens, shared by a batch's sessions ------------------------------------------


class TokenSource:
    """The access token of one login, renewed before it expires or once the wiki refused it.

    Thread-safe: the sessions of one batch share it, and one refusal renews it once for all.
    `on_rotate` gets the new tokens after a refresh (to keep the new refresh token in the keyring).
    """

    def __init__(self, address: WikiAddress, client: OAuthClient, tokens: Tokens, *,
                 settings: ConnectionSettings | None = None,
                 on_rotate: Callable[[Tokens], None] | None = None) -> None:
        self.address = address
        self.client = client
        self.settings = settings
        self.on_rotate = on_rotate
        self.refreshes = 0
        self._tokens = tokens
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<TokenSource {self.address.api_url} client={self.client.client_id}>"

    @property
    def tokens(self) -> Tokens:
        with self._lock:
            return self._tokens

    def bearer(self) -> str:
        """The access token to send now, refreshed first when it is about to expire."""
        with self._lock:
            if self._tokens.expires_soon():
                self._refresh()
            return self._tokens.access_token

    def renew(self, refused: str) -> str:
        """A new access token after the wiki refused `refused` (unless another session renewed it already)."""
        with self._lock:
            if self._tokens.access_token == refused:
                self._refresh()
            return self._tokens.access_token

    def _refresh(self) -> None:
        if not self._tokens.refresh_token:
            raise OAuthLoginEnded(wiki=self.address.name, hint=Reason(
                "oauth-no-refresh", QT_TRANSLATE_NOOP("errors", "the access has expired")))
        tokens = refresh_tokens(self.address, self.client, self._tokens.refresh_token, self.settings)
        self._tokens = tokens
        self.refreshes += 1
        log.info("access to %s renewed", self.address.api_url)
        if self.on_rotate is not None:
            self.on_rotate(tokens)
