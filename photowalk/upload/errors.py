"""Typed upload errors: each says what happened and what the volunteer can do about it.

Templates are English, marked for translation; `params` fill them in and never hold a secret
(no password, token or cookie ever goes into an error).
"""

from __future__ import annotations

from typing import Any

from photowalk.errors import PhotowalkError
from photowalk.i18n import QT_TRANSLATE_NOOP
from photowalk.reasons import Reason, reason
from photowalk.upload.safetext import clean_param


class UploadError(PhotowalkError):
    """Base of the upload engine's errors.

    `retryable`: waiting and trying again may help (the engine backs off by itself).
    `stops_batch`: no other photo can succeed either, so the whole batch stops.
    """

    code = "upload"
    template = QT_TRANSLATE_NOOP("errors", "The upload failed: {reason}")
    retryable = False
    stops_batch = False

    def __init__(self, template: str | None = None, *, retry_after: float | None = None, **params: Any) -> None:
        # Parameters often quote the wiki: made safe to show and store, and short, once, here.
        super().__init__(template, **{k: clean_param(v) for k, v in params.items()})
        self.retry_after = retry_after

    @property
    def cause(self) -> Reason | str:
        """A few words on what happened, to quote inside another message; else the whole message."""
        why = self.params.get("reason")
        return why if isinstance(why, (Reason, str)) and why else Reason.of(self)


class UploadRunningElsewhere(UploadError):
    code = "upload-running"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Another photowalk window or command is already uploading {path}. Wait until it finishes, "
        "or stop it there, then start this upload again; nothing is sent twice.",
    )


# -- the wiki's address ----------------------------------------------------------------------


class WikiAddressError(UploadError):
    code = "wiki-address"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{url} is not the address of a wiki's API. Give the address of its api.php, "
        "for example https://commons.wikimedia.org/w/api.php, or just commons.",
    )


class InsecureWikiError(UploadError):
    code = "wiki-insecure"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{url} would send your password unencrypted. Use its https:// address; "
        "plain http is only allowed for a wiki running on this computer.",
    )


# -- logging in --------------------------------------------------------------------------


class AuthError(UploadError):
    """Wrong user name or bot password."""

    code = "auth"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} did not accept the user name {user} with this password. Use a bot password "
        "(User@AppName and the password shown once at Special:BotPasswords), then log in again.",
    )
    command_hint = QT_TRANSLATE_NOOP("CommandLine", "Log in with: photowalk login")


class LoginFailed(UploadError):
    """The wiki answered the login with something other than success or a wrong password."""

    code = "login-failed"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} did not log in {user}: {info} (error code {api_code}). Check the user name and the bot "
        "password at Special:BotPasswords on {wiki}, then log in again.",
    )
    command_hint = QT_TRANSLATE_NOOP("CommandLine", "Log in with: photowalk login")


class LoginThrottled(UploadError):
    """Too many login attempts: the wiki asks to wait before the next one."""

    code = "login-throttled"
    retryable = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} had too many login attempts for {user} and asked to wait; photowalk waits and tries again.",
    )

    @property
    def cause(self) -> Reason | str:
        return Reason("login-throttled", QT_TRANSLATE_NOOP("errors", "too many login attempts"))


class MissingGrants(UploadError):
    code = "missing-grants"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The bot password {user} may not upload files on {wiki}. At Special:BotPasswords, edit it "
        "and tick the grants 'Upload new files', 'Upload, replace, and move files', 'Edit existing "
        "pages' and 'Create, edit, and move pages', then log in again.",
    )
    command_hint = QT_TRANSLATE_NOOP("CommandLine", "Log in with: photowalk login")


class SessionLost(UploadError):
    """The wiki ended the session (assertuserfailed) and logging in again did not help."""

    code = "session-lost"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} logged {user} out and logging in again did not help. Check the bot password at "
        "Special:BotPasswords, then start the upload again: finished photos stay finished.",
    )


class Blocked(UploadError):
    code = "blocked"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{user} is blocked from editing {wiki} ({reason}). Nothing can be uploaded until the block "
        "ends; the block notice on the wiki says how to appeal.",
    )


# -- a wiki that does not behave like one ---------------------------------------------------


class WikiRedirected(UploadError):
    """The wiki's address answers with a redirect: nothing is sent to where it points."""

    code = "wiki-redirect"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The wiki at {wiki} redirects to {target}. photowalk does not send your password or your session "
        "there. If {target} is the right wiki, use that address instead.",
    )


class NotUnderstood(UploadError):
    """An answer of the wrong shape, or too large: the wiki is broken, or not a MediaWiki."""

    code = "not-understood"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The wiki's answer was not understood ({what}). photowalk stopped; nothing was lost. Check the "
        "wiki's address; if it is right, the wiki may be broken for now: start the upload again later.",
    )


# -- waiting conditions ------------------------------------------------------------------


class RateLimited(UploadError):
    code = "ratelimited"
    retryable = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The wiki limits how many files one account may upload in a while; photowalk waits and "
        "goes on by itself.",
    )

    @property
    def cause(self) -> Reason | str:
        return Reason("ratelimited", QT_TRANSLATE_NOOP("errors", "rate limit"))


class ReadOnly(UploadError):
    code = "readonly"
    retryable = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The wiki is read-only for now ({reason}); photowalk waits until it accepts uploads again.",
    )

    @property
    def cause(self) -> Reason | str:
        return reason("readonly", QT_TRANSLATE_NOOP("errors", "read-only: {reason}"), reason=self.params.get("reason"))


class MaxLag(UploadError):
    code = "maxlag"
    retryable = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The wiki's servers are busy (database lag {lag} s) and asked to wait; photowalk waits "
        "as asked and goes on by itself.",
    )

    @property
    def cause(self) -> Reason | str:
        return reason("maxlag", QT_TRANSLATE_NOOP("errors", "database lag {lag} s"), lag=self.params.get("lag"))


class Transient(UploadError):
    """A dropped connection, a timeout or an HTTP 5xx: worth trying again."""

    code = "transient"
    retryable = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the wiki failed ({reason}); photowalk tries again by itself. "
        "If this lasts, check your internet connection.",
    )


# -- the stash (internal: the engine recovers from these by itself) ----------------------


class StashLost(UploadError):
    code = "stash-lost"
    template = QT_TRANSLATE_NOOP(
        "errors", "The wiki no longer holds the partly uploaded file ({reason}); it is sent again."
    )


class ChunkOffsetMismatch(UploadError):
    """The wiki holds a different number of bytes of a stash than the chunk assumed."""

    code = "chunk-offset"
    template = QT_TRANSLATE_NOOP("errors", "The wiki expected the upload to go on at byte {offset}.")

    @property
    def offset(self) -> int:
        return int(self.params.get("offset", -1))


# -- one photo ---------------------------------------------------------------------------


class WikiError(UploadError):
    """An API error with no better meaning: the wiki refused this request."""

    code = "wiki-error"
    template = QT_TRANSLATE_NOOP(
        "errors", "The wiki refused the upload: {info} (error code {api_code}). Check the photo and its title."
    )

    @property
    def api_code(self) -> str:
        return str(self.params.get("api_code", ""))


class TitleRefused(UploadError):
    code = "title-refused"
    template = QT_TRANSLATE_NOOP(
        "errors", "The wiki does not allow the title {title}: {info} Give the photo another title."
    )


class TooLarge(UploadError):
    code = "too-large"
    template = QT_TRANSLATE_NOOP(
        "errors", "{path} has {size} bytes, more than the wiki accepts ({limit} bytes)."
    )


class FileChanged(UploadError):
    code = "file-changed"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} changed after it was added to the project. Add the folder again so the project "
        "knows the new file, then upload.",
    )


class PrivacyError(UploadError):
    code = "privacy"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The location or camera owner data could not be removed from {path} without re-encoding "
        "it ({reason}), so it was not uploaded. Remove it with another tool, or allow the "
        "location to be published.",
    )


class VerifyFailed(UploadError):
    code = "verify-failed"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "After the upload, File:{title} on the wiki does not match what was sent ({what}). "
        "Look at the file page; photowalk will not upload this photo again by itself.",
    )


class GaveUp(UploadError):
    """A wiki-wide condition lasted too long: the photo fails and the batch stops."""

    code = "gave-up"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors", "Gave up after trying for {duration}: {reason} Start the upload again later."
    )


class WaitTooLong(UploadError):
    """The wiki asked for a wait longer than photowalk keeps trying: it stops at once."""

    code = "wait-too-long"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The wiki asked to wait {wait} ({reason}); photowalk stopped instead of waiting that long. "
        "Try again later: nothing was lost.",
    )


class StillPublishing(UploadError):
    """The wiki kept answering "still working" on a publish: the photo stays where it is."""

    code = "still-publishing"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The wiki was still publishing {title} after {duration}; photowalk stopped waiting. Start the "
        "upload again later: photowalk first checks whether the photo arrived and never sends it twice.",
    )


class UnexpectedError(UploadError):
    code = "unexpected"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "An unexpected error stopped the upload ({kind}); the details are in the log. Nothing was "
        "lost: start the upload again to go on.",
    )


# -- passwords ---------------------------------------------------------------------------


class KeyringUnavailable(UploadError):
    code = "keyring"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The system keyring cannot be used ({kind}). Unlock it or set one up, or do without it: "
        "give the password each time (photowalk asks for it, or use --password-stdin).",
    )


class KeyringLocked(KeyringUnavailable):
    """The keyring is there but locked: a macOS Keychain that stays locked, a Secret Service whose unlock
    prompt was dismissed, a Windows Credential Manager outside a logged-in session."""

    code = "keyring-locked"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The system keyring is locked ({kind}). Unlock it (on macOS the login keychain in Keychain Access, "
        "on Windows log in to Windows with your own account, on Linux the login keyring) and try again, "
        "or do without it: give the password each time (photowalk asks for it, or use --password-stdin).",
    )


class NoKeyring(KeyringUnavailable):
    """No keyring this computer offers is usable: none installed, or one that fails to start."""

    code = "keyring-missing"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no system keyring photowalk can use ({kind}), so the password cannot be kept. "
        "Give it each time instead (photowalk asks for it, or use --password-stdin).",
    )


class NoPassword(UploadError):
    code = "no-password"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No password is stored for {user} on {wiki}. Run photowalk login --wiki {wiki} --user {user}, "
        "or give it with --password-stdin.",
    )


class NoUser(UploadError):
    code = "no-user"
    template = QT_TRANSLATE_NOOP(
        "errors", "Which account should upload to {wiki}? Give --user NAME@APP or run photowalk login first."
    )


# -- decisions ---------------------------------------------------------------------------


class OverwriteRefused(UploadError):
    """Upload anyway was asked after a warning that must never be ignored (a taken title, above all)."""

    code = "overwrite-refused"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "\u201cUpload anyway\u201d is not possible for File:{title} after the wiki's warning \u201c{code}\u201d: "
        "the title holds another file or page, or the wiki would change the name, or the picture is there "
        "already. photowalk never uploads over someone else's file. Give this photo another title, or skip it.",
    )


# -- OAuth 2 (logging in with the Wikimedia account in the browser) -------------------------


class OAuthError(UploadError):
    """Logging in through the browser did not work; the template says what to do."""

    code = "oauth"
    stops_batch = True
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} refused the login with your Wikimedia account ({error}: {hint}). Log in again; if this "
        "repeats, log in with a bot password instead.",
    )
    command_hint: str | None = "Log in with: photowalk login --oauth"


class NoOAuthClient(OAuthError):
    code = "oauth-no-client"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No OAuth client is set up for {wiki}. Register one on Meta at "
        "Special:OAuthConsumerRegistration/propose/oauth2 (the README says how), then give its client id: "
        "photowalk login --oauth --wiki {wiki} --client-id ID. Or log in with a bot password.",
    )
    command_hint = None


class OAuthClientRejected(OAuthError):
    """invalid_client from the token endpoint: unknown client id, or a wrong or missing secret."""

    code = "oauth-client"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} does not accept the OAuth client {client_id}. Check the client id (and the client secret, "
        "if one is set) against the client registered on Meta, and that the client is approved; "
        "then log in again.",
    )


class OAuthVerifierRejected(OAuthError):
    """invalid_grant: the code_verifier does not match the code_challenge of the authorization."""

    code = "oauth-verifier"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} did not accept photowalk's proof that this login started here (the PKCE code verifier). "
        "Nothing was logged in. Log in again from the start.",
    )


class OAuthCodeRejected(OAuthError):
    """invalid_request: the authorization code was used already, or is not one the wiki made."""

    code = "oauth-code"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} did not accept the login code ({hint}): it was used already or is not valid. "
        "Log in again from the start.",
    )


class OAuthRedirectMismatch(OAuthError):
    code = "oauth-redirect"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} refused the callback address {redirect_uri}: it must be exactly the one registered with the "
        "OAuth client, port included. Register that address, or set the port of the registered one "
        "(--port), then log in again.",
    )


class OAuthDenied(OAuthError):
    """The wiki sent the browser back with an error: the volunteer pressed Cancel (unauthorized_client)."""

    code = "oauth-denied"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "photowalk was not allowed to use your account on {wiki} ({error}): Cancel was pressed on the wiki's "
        "page. To upload, log in again and press Allow.",
    )


class OAuthStateMismatch(OAuthError):
    code = "oauth-state"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "An answer reached photowalk's callback address that does not belong to this login (its state does "
        "not match): an old browser tab or another program sent it. Nothing was accepted. Log in again, "
        "in the browser window photowalk opens.",
    )


class OAuthNoAnswer(OAuthError):
    code = "oauth-timeout"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The browser did not come back to photowalk within {minutes} minutes. If the wiki showed "
        "\u201cApplication Connection Error\u201d, the client id or the callback address {redirect_uri} is "
        "not the registered one: check them. Otherwise log in again and press Allow on the wiki's page.",
    )


class OAuthPortBusy(OAuthError):
    code = "oauth-port"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "photowalk cannot listen at {redirect_uri}: another program uses port {port} on this computer. "
        "Close it (or another photowalk waiting for a login) and try again.",
    )


class OAuthLoginEnded(OAuthError):
    """The refresh token was revoked (by rotation or in Special:OAuthManageMyGrants) or has expired."""

    code = "oauth-ended"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Your login to {wiki} with your Wikimedia account has ended ({hint}). Log in again with your "
        "Wikimedia account; finished photos stay finished.",
    )


class OAuthTokenRefused(OAuthError):
    """api.php answered mwoauth-invalid-authorization even with a fresh access token."""

    code = "oauth-token"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{wiki} no longer accepts photowalk's access to your account ({info}); the access may have been "
        "revoked in Special:OAuthManageMyGrants. Log in again with your Wikimedia account; finished "
        "photos stay finished.",
    )


class OAuthMissingGrants(OAuthError):
    code = "oauth-grants"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{user} logged in to {wiki} with the OAuth client {client_id}, but that client may not upload files. "
        "Register a client with the grants 'Upload new files', 'Upload, replace, and move files', 'Edit "
        "existing pages' and 'Create, edit, and move pages', then log in with it.",
    )


# A batch stopped by one of these needs the browser login again (the window asks for it at the next Upload).
BROWSER_LOGIN_AGAIN = frozenset({OAuthLoginEnded.code, OAuthTokenRefused.code})


# -- structured data (captions, depicts): the file is uploaded, only this failed -----------------


class StructuredDataRefused(UploadError):
    """The wiki refused the structured data for a reason with no better meaning."""

    code = "sdc-refused"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "File:{title} is uploaded, but the wiki did not take its captions and depicts: {info} (error code "
        "{api_code}). Check them, then choose Retry.",
    )


class UnknownItem(StructuredDataRefused):
    code = "sdc-unknown-item"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "File:{title} is uploaded, but its depicts names {item}, which does not exist on {wiki}. Remove it "
        "from the photo's depicts or choose another item, then choose Retry.",
    )


class WrongValueType(StructuredDataRefused):
    code = "sdc-value-type"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "File:{title} is uploaded, but {wiki} refused a value of its structured data as being of the wrong "
        "kind ({info}). Check its depicts and location, then choose Retry.",
    )


class CaptionRefused(StructuredDataRefused):
    code = "sdc-caption-refused"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "File:{title} is uploaded, but {wiki} refused a caption: {info}. Shorten or change it, then choose Retry.",
    )


class NoMediaInfo(StructuredDataRefused):
    code = "sdc-no-entity"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "File:{title} has no structured data entity on {wiki} (the page is gone, or is not a file page), so "
        "its captions and depicts were not written. Look at the page on the wiki.",
    )


class NoStructuredData(StructuredDataRefused):
    """The wiki has no structured data at all (no WikibaseMediaInfo): a practice wiki, most often."""

    code = "sdc-not-kept"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "File:{title} is uploaded. {wiki} keeps no captions or depicts, so they were not sent; they stay in "
        "the project for a wiki that keeps them, such as Commons.",
    )


class StructuredDataConflict(StructuredDataRefused):
    code = "sdc-conflict"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Someone changed the captions or depicts of File:{title} while photowalk was writing them, again and "
        "again; nothing of theirs was overwritten. Choose Retry later.",
    )
