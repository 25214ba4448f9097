"""Logging in with the Wikimedia account: through the browser, or again with the refresh token
kept in the keyring; and a login's tokens as the worker pipe carries them.

The same steps for the command line, the window's login dialog and the worker: the refresh
token of the newest login (it changes on every refresh) goes to the keyring, the access token
stays in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from photowalk.upload import credentials
from photowalk.upload.errors import KeyringUnavailable, OAuthError
from photowalk.upload.http import ConnectionSettings
from photowalk.upload.loopback import LOGIN_TIMEOUT, browser_login
from photowalk.upload.oauth import DEFAULT_PORT, OAuthClient, Tokens, TokenSource, refresh_tokens
from photowalk.upload.wiki import Wiki, WikiAddress, parse_wiki

log = logging.getLogger(__name__)


@dataclass
class OAuthLogin:
    """A finished login: whose it is, its tokens, and whether its refresh token is in the keyring."""

    user: str
    source: TokenSource = field(repr=False)
    kept: bool = True
    keyring_error: KeyringUnavailable | None = None


def keeper(api_url: str, user: str) -> Callable[[Tokens], None]:
    """What a TokenSource calls after a refresh: the new refresh token into the keyring (the old one
    no longer works). A keyring that refuses is logged, not fatal: the login goes on in memory."""

    def keep(tokens: Tokens) -> None:
        try:
            credentials.store_refresh_token(api_url, user, tokens.refresh_token)
        except KeyringUnavailable:
            log.warning("the renewed login to %s could not be kept in the keyring", api_url)

    return keep


def _check(address: WikiAddress, source: TokenSource, settings: ConnectionSettings | None) -> str:
    """The user the token belongs to, after checking the account may upload through this client."""
    wiki = Wiki(address, settings=settings, oauth=source)
    try:
        wiki.connect()
    finally:
        wiki.close()
    assert wiki.user is not None
    return wiki.user


def login_in_browser(
    address: WikiAddress,
    client: OAuthClient,
    *,
    open_browser: Callable[[str], bool],
    show_url: Callable[[str], None] | None = None,
    timeout: float = LOGIN_TIMEOUT,
    cancel: Callable[[], bool] = lambda: False,
    remember: bool = True,
    settings: ConnectionSettings | None = None,
) -> OAuthLogin:
    """The whole browser login, checked with the wiki; kept in the keyring if `remember`."""
    tokens = browser_login(address, client, open_browser=open_browser, show_url=show_url, timeout=timeout,
                           cancel=cancel, settings=settings)
    source = TokenSource(address, client, tokens, settings=settings)
    user = _check(address, source, settings)
    credentials.save_oauth_client(address.api_url, client)
    credentials.remember_user(address.api_url, user)
    login = OAuthLogin(user, source, kept=False)
    if remember:
        try:
            credentials.store_refresh_token(address.api_url, user, source.tokens.refresh_token)
            login.kept = True
        except KeyringUnavailable as exc:
            login.keyring_error = exc
    if login.kept:
        source.on_rotate = keeper(address.api_url, user)
    return login


def stored_login(address: WikiAddress, user: str, settings: ConnectionSettings | None = None) -> OAuthLogin | None:
    """The login kept for `user` on this wiki, renewed now; None when none is kept.

    OAuthError when the wiki no longer renews it (revoked, expired, or no client secret on a wiki
    that needs one): the caller falls back to the browser.
    """
    client = credentials.oauth_client(address.api_url)
    refresh = credentials.get_refresh_token(address.api_url, user)
    if client is None or not refresh:
        return None
    try:
        tokens = refresh_tokens(address, client, refresh, settings)
    except OAuthError:
        log.info("the kept login of %s to %s could not be renewed", user, address.api_url)
        raise
    keep = keeper(address.api_url, user)
    keep(tokens)
    return OAuthLogin(user, TokenSource(address, client, tokens, settings=settings, on_rotate=keep))


# -- the worker pipe ---------------------------------------------------------------------------


def to_pipe(source: TokenSource, kept: bool) -> dict[str, Any]:
    """A login as the upload command carries it to the worker: through its stdin only."""
    client = source.client
    return {"client_id": client.client_id, "client_secret": client.client_secret, "port": client.port,
            "tokens": source.tokens.to_json(), "kept": kept}


def from_pipe(address: WikiAddress, user: str, obj: dict[str, Any],
              settings: ConnectionSettings | None = None) -> TokenSource:
    """The worker's TokenSource; a refresh there keeps the new refresh token, as the window's would."""
    client = OAuthClient(str(obj["client_id"]), obj.get("client_secret") or None, int(obj.get("port") or DEFAULT_PORT))
    tokens = Tokens.from_json(obj.get("tokens") or {})
    keep = keeper(address.api_url, user) if obj.get("kept") else None
    return TokenSource(address, client, tokens, settings=settings, on_rotate=keep)


def kept_pipe(api_url: str, user: str) -> dict[str, Any] | None:
    """The kept login of `user` as the upload command carries it, without asking the wiki: the worker
    renews it before its first request (an access token is never kept). None when none is kept."""
    client = credentials.oauth_client(api_url)
    refresh = credentials.get_refresh_token(api_url, user)
    if client is None or not refresh:
        return None
    return to_pipe(TokenSource(parse_wiki(api_url), client, Tokens("", refresh, 0.0, 0.0)), kept=True)


def latest_pipe(api_url: str, user: str, pipe: dict[str, Any]) -> dict[str, Any]:
    """`pipe` with the newest kept refresh token: a worker's refresh since then rotated the old one
    away (and revoked its access token)."""
    if not pipe.get("kept"):
        return pipe
    try:
        newest = credentials.get_refresh_token(api_url, user)
    except KeyringUnavailable:
        return pipe
    tokens = dict(pipe.get("tokens") or {})
    if not newest or newest == tokens.get("refresh_token"):
        return pipe
    return {**pipe, "tokens": {**tokens, "refresh_token": newest, "access_token": "", "expires_at": 0.0,
                               "lifetime": 0.0}}
