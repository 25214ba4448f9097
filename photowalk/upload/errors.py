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
