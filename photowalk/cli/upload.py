"""`photowalk login`, `logout`, `upload`, `status`, `decide` and `report`; the upload fields of `list --json`."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, TextIO

from photowalk import edits
from photowalk.bandwidth import parse_bandwidth
from photowalk.cli.terminal import (
    UploadProgressLine,
    ask_password,
    ask_yes,
    ctrl_c_cancels,
    error,
    prompt_password,
    read_secret_line,
    stdin_is_terminal,
)
from photowalk.cli.text import CommandLine, core_text, error_text
from photowalk.errors import format_message
from photowalk.logs import log_file
from photowalk.photo import Photo
from photowalk.profiles import read_book
from photowalk.project import ProjectStore
from photowalk.projectsettings import read_settings, update_settings
from photowalk.titles import file_name, title_key, validate_title
from photowalk.upload import credentials, state
from photowalk.upload.attention import WARNINGS, describe_value
from photowalk.upload.errors import (
    FileChanged,
    KeyringUnavailable,
    NoOAuthClient,
    NoPassword,
    NoUser,
    OAuthError,
    OverwriteRefused,
    PrivacyError,
    UnexpectedError,
)
from photowalk.upload.estimate import BatchEstimate, before_start
from photowalk.upload.late import PAGE_CHANGED_MESSAGE, TEXT_PENDING, LateChange
from photowalk.upload.loopback import LOGIN_TIMEOUT, system_browser
from photowalk.upload.oauth import DEFAULT_PORT, OAuthClient
from photowalk.upload.oauthlogin import OAuthLogin, login_in_browser, stored_login
from photowalk.upload.plan import Plan, late_changes, plan_upload
from photowalk.upload.privacy import prepare
from photowalk.upload.queue import BatchResult, UploadBatch, wiki_factory
from photowalk.upload.report import ALREADY_THERE, csv_text, gallery_wikitext, uploaded_files, wiki_title
from photowalk.upload.settings import settings_from_project
from photowalk.upload.state import PAGE_CHANGED, Failure, UploadRow, UploadState, structured_retryable
from photowalk.upload.wiki import Wiki, WikiAddress, parse_wiki

EXIT_OK = 0
EXIT_NOT_ALL = 1  # some photos were not uploaded (needs attention, failed, stopped)
EXIT_USAGE = 2
EXIT_CANCELLED = 130

# Which photos each answer applies to: a wiki's warning waits for one; a failed photo may be retried;
# a photo that is done may have a notice that its page changed on the wiki (skip leaves the page be).
DECISIONS = {
    "skip": (UploadState.NEEDS_ATTENTION, UploadState.FAILED, UploadState.DONE),
    "upload-anyway": (UploadState.NEEDS_ATTENTION,),
    # A photo that is done may have captions and depicts the wiki refused: retry writes them again.
    "retry": (UploadState.NEEDS_ATTENTION, UploadState.FAILED, UploadState.DONE),
    "rename": (UploadState.NEEDS_ATTENTION, UploadState.FAILED),
}


def register(subparsers: Any) -> None:
    """Add the login, logout, upload, decide, status and report sub-commands."""
    p = subparsers.add_parser("login", help=CommandLine.tr("log in with your Wikimedia account in the browser (--oauth), or "
                                                           "check a bot password; either is kept in the system keyring"))
    p.add_argument("--wiki", default="commons", metavar=CommandLine.tr("WIKI"), help=CommandLine.tr("the wiki's API URL, or commons (default)"))
    p.add_argument("--user", metavar=CommandLine.tr("USER"), help=CommandLine.tr("the bot password's user name, Name@AppName"))
    p.add_argument("--oauth", action="store_true", help=CommandLine.tr("log in with your Wikimedia account in the browser (OAuth 2)"))
    p.add_argument("--client-id", metavar=CommandLine.tr("CLIENT_ID"),
                   help=CommandLine.tr("the OAuth 2 client registered for this wiki (kept for the next logins)"))
    p.add_argument("--client-secret-stdin", action="store_true",
                   help=CommandLine.tr("read the OAuth 2 client's secret from standard input (lets the wiki renew a login)"))
    p.add_argument("--port", type=int, metavar=CommandLine.tr("PORT"),
                   help=CommandLine.tr("the port of the client's registered callback address "
                                       "http://127.0.0.1:PORT/callback (default {port})", port=DEFAULT_PORT))
    p.add_argument("--timeout", type=float, default=LOGIN_TIMEOUT / 60, metavar=CommandLine.tr("MINUTES"),
                   help=CommandLine.tr("how long to wait for the browser (default %(default)g)"))
    p.add_argument("--no-browser", action="store_true", help=CommandLine.tr("only print the address to open"))
    p.set_defaults(func=cmd_login)

    p = subparsers.add_parser("logout", help=CommandLine.tr("forget the password kept for a wiki"))
    p.add_argument("--wiki", default="commons", metavar=CommandLine.tr("WIKI"), help=CommandLine.tr("the wiki's API URL, or commons (default)"))
    p.add_argument("--user", metavar=CommandLine.tr("USER"), help=CommandLine.tr("the account (default: the one last logged in)"))
    p.set_defaults(func=cmd_logout)

    p = subparsers.add_parser("upload", help=CommandLine.tr("upload every photo that passes the checks"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--wiki", metavar=CommandLine.tr("WIKI"), help=CommandLine.tr(
        "the wiki's API URL, or commons (default: the project's wiki, from its event preset, else commons); "
        "another wiki than the project's becomes the project's wiki"))
    p.add_argument("--user", metavar=CommandLine.tr("USER"), help=CommandLine.tr("the account (default: the one last logged in)"))
    p.add_argument("--password-stdin", action="store_true", help=CommandLine.tr("read the bot password from standard input"))
    p.add_argument("--oauth", action="store_true", help=CommandLine.tr("upload with your Wikimedia account (the kept browser "
                                                                       "login, or a new one)"))
    p.add_argument("--no-browser", action="store_true", help=CommandLine.tr("when the browser login is needed, only print the "
                                                                            "address to open"))
    p.add_argument("--photo", type=int, nargs="+", action="extend", metavar=CommandLine.tr("ID"), help=CommandLine.tr("only these photos"))
    p.add_argument("--dry-run", action="store_true", help=CommandLine.tr("print what would be sent, send nothing"))
    p.add_argument("--bandwidth-cap", metavar=CommandLine.tr("RATE"),
                   help=CommandLine.tr("send at most this fast, all uploads together: Mbit/s, or e.g. \"512 KiB/s\"; "
                                       "0 for no cap (default: the project's, set by its event preset)"))
    p.set_defaults(func=cmd_upload)

    p = subparsers.add_parser("status", help=CommandLine.tr("the upload state of each photo"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--json", action="store_true", help=CommandLine.tr("print a JSON array, one object per photo"))
    p.set_defaults(func=cmd_status)

    p = subparsers.add_parser("decide", help=CommandLine.tr("answer photos that need your decision (after a wiki's warning)"))
    p.add_argument("--project", required=True, type=Path, metavar=CommandLine.tr("PROJECT"))
    p.add_argument("--photo", type=int, nargs="+", action="extend", required=True, metavar=CommandLine.tr("ID"))
    answer = p.add_mutually_exclusive_group(required=True)
    answer.add_argument("--skip", dest="action", action="store_const", const="skip", help=CommandLine.tr("leave the photo out"))
    answer.add_argument("--upload-anyway", dest="action", action="store_const", const="upload-anyway",
                        help=CommandLine.tr("publish despite the wiki's warning; never possible over a taken title"))
    answer.add_argument("--retry", dest="action", action="store_const", const="retry",
                        help=CommandLine.tr("start the photo again, e.g. after photowalk edit --title"))
    answer.add_argument("--rename", metavar=CommandLine.tr("TITLE"), help=CommandLine.tr(
        "give the photo another title (e.g. the suggested free one) and send it under that title with the next upload"))
    p.set_defaults(func=cmd_decide)

    p = subparsers.add_parser("report", help=CommandLine.tr("the uploaded files as a <gallery> for a wiki page, or as CSV"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--project", type=Path, metavar=CommandLine.tr("PROJECT"))
    which.add_argument("--event", nargs="+", type=Path, metavar=CommandLine.tr("PROJECT"), help=CommandLine.tr(
        "the event report over these projects: per participant, photos, bytes, captions, depicts, deleted, used"))
    form = p.add_mutually_exclusive_group()
    form.add_argument("--csv", action="store_true", help=CommandLine.tr("title,url lines instead of a <gallery>"))
    form.add_argument("--meta", action="store_true", help=CommandLine.tr("with --event: a wikitable for a report on Meta"))
    form.add_argument("--gallery", action="store_true", help=CommandLine.tr("with --event: the files as a <gallery>"))
    p.add_argument("--check", action="store_true", help=CommandLine.tr(
        "with --event: ask the wiki first what became of each file (deleted, used)"))
    p.add_argument("--caption", metavar=CommandLine.tr("CAPTION"),
                   help=CommandLine.tr("the gallery's caption (default: the gallery title of the project's event preset)"))
    p.set_defaults(func=cmd_report)


def photo_json_fields(store: ProjectStore, photo_id: int) -> dict[str, Any]:
    """`status`, `url`, `upload_error`, `structured_data_error` and `account` (who sent it) of one photo
    for `photowalk list --json`."""
    row = state.load(store, photo_id)
    if row is None:
        return {"status": "not-uploaded", "url": None, "upload_error": None, "structured_data_error": None,
                "account": None}
    return {"status": row.state.value, "url": row.url, "upload_error": _problem(row, english=True),
            "structured_data_error": row.sdc_error.message if row.sdc_error else None, "account": row.account}


def _problem(row: UploadRow, *, english: bool = False) -> str | None:
    """What stops a photo's upload; in English for the JSON outputs, else in the language in effect."""
    if row.state == UploadState.NEEDS_ATTENTION and row.warning:
        if english:
            suffix = f" A free title: {row.warning.suggestion}" if row.warning.suggestion else ""
            return row.warning.message + suffix
        suffix = " " + CommandLine.tr("A free title: {title}", title=row.warning.suggestion) \
            if row.warning.suggestion else ""
        return _attention_text(row) + suffix
    if row.error and row.state != UploadState.DONE:
        return row.error.message if english else _failure_text(row.error)
    return None


def _state_text(row: UploadRow) -> str:
    """A photo's new state during an upload, as the progress lines say it."""
    if row.state == UploadState.DONE and row.outcome == ALREADY_THERE:
        return CommandLine.tr("already on the wiki as File:{title}: {url}", title=row.title, url=row.url)
    if row.state == UploadState.DONE:
        return CommandLine.tr("uploaded: {url}", url=row.url)
    if row.state == UploadState.NEEDS_ATTENTION and row.warning is not None:
        return _attention_text(row)
    if row.state == UploadState.FAILED and row.error is not None:
        return _failure_text(row.error)
    return _state_name(row.state.value)


def _attention_text(row: UploadRow) -> str:
    """The wiki's warning about a photo in the language in effect (as the window says it)."""
    assert row.warning is not None
    w = row.warning
    if w.code == PAGE_CHANGED:
        return core_text("errors", PAGE_CHANGED_MESSAGE, {"title": row.title})
    template = WARNINGS.get(w.code, (None, None))[1]
    if not template:
        return w.message
    return core_text("errors", template, {"title": row.title, "value": describe_value(w.value), "code": w.code})


def _failure_text(failure: Failure) -> str:
    return core_text("errors", failure.template, failure.params)


# -- passwords ---------------------------------------------------------------------------


def _password_for_upload(args: argparse.Namespace, address: WikiAddress, user: str) -> str:
    if args.password_stdin:
        return read_secret_line(sys.stdin)
    try:
        stored = credentials.get_password(address.api_url, user)
    except KeyringUnavailable as exc:
        if not stdin_is_terminal():
            raise
        error(error_text(exc))
        return prompt_password(CommandLine.tr("Bot password for {user} on {wiki} (not remembered): ",
                                              user=user, wiki=address.name))
    if stored is not None:
        return stored
    if not stdin_is_terminal():
        raise NoPassword(user=user, wiki=address.name)
    password = prompt_password(CommandLine.tr("Bot password for {user} on {wiki}: ", user=user, wiki=address.name))
    if ask_yes(CommandLine.tr("Remember it in the system keyring? [y/N] ")):
        try:
            credentials.store_password(address.api_url, user, password)
            credentials.remember_user(address.api_url, user)
        except KeyringUnavailable as exc:
            error(error_text(exc))
    return password


# -- login / logout ----------------------------------------------------------------------


# -- OAuth 2 -----------------------------------------------------------------------------


def _client_for(args: argparse.Namespace, address: WikiAddress) -> OAuthClient:
    """The OAuth client: the one given now (kept after the login), else the one kept for this wiki."""
    kept = credentials.oauth_client(address.api_url)
    client_id = getattr(args, "client_id", None) or (kept.client_id if kept else None)
    if not client_id:
        raise NoOAuthClient(wiki=address.name)
    secret = read_secret_line(sys.stdin) if getattr(args, "client_secret_stdin", False) else None
    if secret is None and kept is not None and kept.client_id == client_id:
        secret = kept.client_secret
    port = getattr(args, "port", None) or (kept.port if kept else DEFAULT_PORT)
    return OAuthClient(client_id, secret or None, port)


def _show_url(url: str) -> None:
    print(CommandLine.tr("Open this address in your browser, log in to the wiki and press Allow:"), file=sys.stderr)
    print(url)
    sys.stdout.flush()


def _browser_login(args: argparse.Namespace, address: WikiAddress) -> OAuthLogin:
    """The browser login: the browser opened (or the address printed), waiting until it comes back,
    Ctrl+C, or the timeout."""
    client = _client_for(args, address)
    minutes = float(getattr(args, "timeout", None) or LOGIN_TIMEOUT / 60)
    print(CommandLine.tr("Waiting for the browser at {address} (up to {minutes} min; Ctrl+C stops)...",
                         address=client.redirect_uri, minutes=f"{minutes:g}"), file=sys.stderr)

    def open_browser(url: str) -> bool:
        if getattr(args, "no_browser", False):
            return False
        opened = system_browser(url)
        if opened:
            print(CommandLine.tr("The wiki's page is open in your browser: log in there and press Allow."), file=sys.stderr)
        return opened

    with ctrl_c_cancels() as ctrl_c:
        return login_in_browser(address, client, open_browser=open_browser, show_url=_show_url,
                                timeout=minutes * 60, cancel=ctrl_c.is_set)


def _oauth_login(args: argparse.Namespace, address: WikiAddress) -> int:
    login = _browser_login(args, address)
    if not login.kept:
        if login.keyring_error is not None:
            error(error_text(login.keyring_error))
        print(CommandLine.tr("Logged in to {wiki} as {user}, but the login was not kept: photowalk upload "
                             "opens the browser again.", wiki=address.name, user=login.user))
        return EXIT_NOT_ALL
    print(CommandLine.tr("Logged in to {wiki} as {user} with your Wikimedia account; the login is kept in the "
                         "system keyring.", wiki=address.name, user=login.user))
    return EXIT_OK


def _active_account(address: WikiAddress) -> str | None:
    """The account of the participant chosen in the window ("I am ..."), when it is on this wiki."""
    profile = read_book().active
    return profile.account if profile is not None and profile.account and profile.wiki == address.api_url else None


def _kept_oauth(address: WikiAddress, user: str) -> bool:
    """Whether the account's last login to this wiki was through the browser (a refresh token is kept)."""
    try:
        return credentials.get_refresh_token(address.api_url, user) is not None
    except KeyringUnavailable:
        return False


def _oauth_for_upload(args: argparse.Namespace, address: WikiAddress, user: str | None) -> OAuthLogin:
    """The kept browser login renewed; when the wiki no longer renews it, the browser again."""
    if user:
        try:
            login = stored_login(address, user)
        except OAuthError as exc:
            error(error_text(exc) + " " + CommandLine.tr("Logging in through the browser again."))
            login = None
        if login is not None:
            return login
    return _browser_login(args, address)


def cmd_login(args: argparse.Namespace) -> int:
    address = parse_wiki(args.wiki)
    if args.oauth:
        return _oauth_login(args, address)
    if not args.user:
        error(CommandLine.tr("give --user Name@AppName for a bot password, or --oauth to log in with your Wikimedia account."))
        return EXIT_USAGE
    prompt = CommandLine.tr("Bot password for {user} on {wiki}: ", user=args.user, wiki=address.name)
    password = ask_password(prompt)
    if not password:
        error(CommandLine.tr("no password given."))
        return EXIT_USAGE
    wiki = Wiki(address, args.user, password)
    try:
        wiki.connect()
    finally:
        wiki.close()
    credentials.remember_user(address.api_url, args.user)
    try:
        credentials.store_password(address.api_url, args.user, password)
    except KeyringUnavailable as exc:
        error(error_text(exc))
        print(CommandLine.tr("Logged in to {wiki} as {user}, but the password was not kept: give it to photowalk "
                             "upload each time (it asks, or use --password-stdin).", wiki=address.name, user=args.user))
        return EXIT_NOT_ALL
    print(CommandLine.tr("Logged in to {wiki} as {user}; the password is kept in the system keyring.",
                         wiki=address.name, user=args.user))
    return EXIT_OK


def cmd_logout(args: argparse.Namespace) -> int:
    address = parse_wiki(args.wiki)
    user = args.user or credentials.remembered_user(address.api_url)
    if not user:
        print(CommandLine.tr("No account is remembered for {wiki}.", wiki=address.name))
        return EXIT_OK
    removed = credentials.forget_password(address.api_url, user)
    removed = credentials.forget_refresh_token(address.api_url, user) or removed
    if credentials.remembered_user(address.api_url) == user:
        credentials.forget_user(address.api_url)
    print(CommandLine.tr("Forgot the password of {user} on {wiki}.", user=user, wiki=address.name) if removed
          else CommandLine.tr("No password was kept for {user} on {wiki}.", user=user, wiki=address.name))
    return EXIT_OK


# -- upload ------------------------------------------------------------------------------


def _print_dry_run(plan: Plan, store: ProjectStore, out: TextIO) -> None:
    sent = 0
    with tempfile.TemporaryDirectory(prefix="photowalk-dry-") as tmp:
        for item in plan.items:
            print(CommandLine.tr("photo {id}: File:{title}", id=item.photo_id, title=item.title), file=out)
            try:
                prepared = prepare(
                    item.path, kind=item.kind, expected_sha1=item.sha1, expected_size=item.size,
                    expected_mtime=item.mtime, remove_location=item.remove_location,
                    strip_identity=item.strip_identity, workdir=Path(tmp),
                )
            except (PrivacyError, FileChanged) as exc:
                # The real upload would stop this photo for the same reason: say so, go on with the rest.
                print("  " + CommandLine.tr("would not be sent: {reason}", reason=error_text(exc)), file=out)
                continue
            sent += 1
            removed = [CommandLine.tr("location") if r == "location" else CommandLine.tr("identity") if r == "identity"
                       else r for r in prepared.removed]
            if removed:
                sent_from = CommandLine.tr("from {path} ({size} bytes, SHA-1 {sha1}, without {removed})",
                                           removed=CommandLine.tr(" and ").join(removed), path=item.path,
                                           size=prepared.size, sha1=prepared.sha1)
            else:
                sent_from = CommandLine.tr("from {path} ({size} bytes, SHA-1 {sha1})", path=item.path,
                                           size=prepared.size, sha1=prepared.sha1)
            print(f"  {sent_from}", file=out)
            for line in item.text.splitlines():
                print(f"  | {line}", file=out)
    _print_red_categories(plan, out)
    _print_not_ready(plan, out)
    print(CommandLine.tr("%n photo(s) would be sent; nothing was sent.", "", sent), file=out)


def _print_red_categories(plan: Plan, out: TextIO) -> None:
    if not plan.red_categories:
        return
    wiki = plan.red_categories[0].wiki
    if plan.categories_offline:
        print(CommandLine.tr("Warning: %n category(ies) have no page on {wiki}; the wiki could not be reached, these "
                             "are its answers of {checked}. Photos in them would be in red categories:", "",
                             len(plan.red_categories), wiki=wiki, checked=plan.categories_checked), file=out)
    else:
        print(CommandLine.tr("Warning: %n category(ies) have no page on {wiki}. Photos in them would be in red "
                             "categories:", "", len(plan.red_categories), wiki=wiki), file=out)
    for red in plan.red_categories:
        photos = ", ".join(map(str, red.photo_ids))
        if red.similar:
            print("  " + CommandLine.tr("\u201c{name}\u201d (photo {photos}); did you mean \u201c{similar}\u201d?",
                                        name=red.name, photos=photos, similar=red.similar), file=out)
        else:
            print("  " + CommandLine.tr("\u201c{name}\u201d (photo {photos})", name=red.name, photos=photos), file=out)


def _print_not_ready(plan: Plan, out: TextIO) -> None:
    if plan.culled:
        print(CommandLine.tr("%n photo(s) marked not for upload are left out (photowalk cull --keep IDS to upload them).",
                             "", len(plan.culled)), file=out)
    if not plan.not_ready:
        return
    print(CommandLine.tr("%n photo(s) are not ready (fix them, then upload again):", "", len(plan.not_ready)),
          file=out)
    for n in plan.not_ready:
        print("  " + CommandLine.tr("photo {id} ({file}):", id=n.photo_id, file=n.file), file=out)
        for problem in n.problems:
            print(f"    - {core_text(problem.context, problem.template, problem.params)}", file=out)


def _late_text(row: UploadRow, late: LateChange | None, *, english: bool = False) -> str:
    """What changed since the photo was published, and what happens with it (in English for JSON)."""
    parts = []
    changed = row.state == UploadState.DONE and row.warning is not None and row.warning.code == state.PAGE_CHANGED
    if changed and row.warning is not None:
        parts.append(row.warning.message if english else _attention_text(row))
    for template, params in late.notices() if late is not None else []:
        # The page changed on the wiki: that notice says why the newer text waits.
        if template == TEXT_PENDING and changed:
            continue
        parts.append(format_message(template, params) if english else core_text("errors", template, params))
    return " ".join(parts)


def _print_summary(result: BatchResult, plan: Plan, out: TextIO, project: Path) -> None:
    rows = result.rows
    # Photos that were done already and had only a newer page text to send.
    updates = {pid for pid, late in plan.late.items() if late.sends_text}
    structured = set(plan.structured)  # done before: only their captions and depicts were written
    own_titles = {i.photo_id: i.title for i in plan.items}
    uploaded = sum(1 for pid, r in rows.items()
                   if r.state == UploadState.DONE and r.outcome == "uploaded" and pid not in updates | structured)
    there = sum(1 for r in rows.values() if r.state == UploadState.DONE and r.outcome == ALREADY_THERE)
    print(CommandLine.tr("Uploaded {uploaded}, already on the wiki {there}, need your decision {attention}, failed "
                         "{failed}.", uploaded=uploaded, there=there,
                         attention=result.count(UploadState.NEEDS_ATTENTION),
                         failed=result.count(UploadState.FAILED)), file=out)
    for pid, r in rows.items():
        if r.state == UploadState.DONE and r.outcome == ALREADY_THERE:
            print("  " + CommandLine.tr("photo {id} ({title}): already there as File:{there}: {url}", id=pid,
                                        title=own_titles.get(pid, r.title), there=wiki_title(r), url=r.url), file=out)
    for pid in sorted(updates & set(rows)):
        r, late = rows[pid], plan.late[pid]
        if r.text == late.text:
            print("  " + CommandLine.tr("photo {id}: the newer description was sent to File:{title}", id=pid,
                                        title=r.title), file=out)
        elif r.warning is not None:
            print("  " + CommandLine.tr("photo {id}: {reason}", id=pid, reason=_attention_text(r)), file=out)
        elif r.error is not None:
            print("  " + CommandLine.tr("photo {id}: the newer description was not sent to File:{title}: {reason}",
                                        id=pid, title=r.title, reason=_failure_text(r.error)), file=out)
        else:
            print("  " + CommandLine.tr("photo {id}: the newer description was not sent to File:{title} yet; run the "
                                        "same command again.", id=pid, title=r.title), file=out)
    for pid, late in plan.late.items():
        # A new title (never applied) or licence (never sent) of a photo already on the wiki.
        notices = [core_text("errors", t, p) for t, p in late.notices() if t != TEXT_PENDING]
        if notices:
            print("  " + CommandLine.tr("photo {id}: {reason}", id=pid, reason=" ".join(notices)), file=out)
    for pid, r in rows.items():
        if pid in structured and r.state == UploadState.DONE and r.sdc_error is None:
            print("  " + CommandLine.tr("photo {id}: captions and depicts written to File:{title}", id=pid, title=r.title),
                  file=out)
        if r.state == UploadState.DONE and r.sdc_error is not None:
            reason = _failure_text(r.sdc_error)
            if structured_retryable(r):
                command = f"photowalk decide --project {shlex.quote(str(project))} --photo {pid} --retry"
                print("  " + CommandLine.tr("photo {id}: {reason} ({command})", id=pid, reason=reason, command=command),
                      file=out)
            else:
                print("  " + CommandLine.tr("photo {id}: {reason}", id=pid, reason=reason), file=out)
    for r in rows.values():
        if r.state == UploadState.NEEDS_ATTENTION and r.warning:
            print("  " + CommandLine.tr("photo {id} ({title}): {reason} [suggested: {action}]", id=r.photo_id,
                                        title=r.title, reason=_attention_text(r), action=r.warning.action), file=out)
            if r.warning.suggestion:
                command = (f"photowalk decide --project {shlex.quote(str(project))} --photo {r.photo_id} "
                           f"--rename {shlex.quote(r.warning.suggestion)}")
                print("    " + CommandLine.tr("free title: {title} ({command})", title=r.warning.suggestion,
                                              command=command), file=out)
        elif r.state == UploadState.FAILED and r.error:
            print("  " + CommandLine.tr("photo {id} ({title}): {reason}", id=r.photo_id, title=r.title,
                                        reason=_failure_text(r.error)), file=out)
    _print_not_ready(plan, out)
    unfinished = [r for r in rows.values() if not r.state.final]
    if result.stopped is not None:
        print(CommandLine.tr("Stopped: {reason}", reason=error_text(result.stopped)), file=out)
        if isinstance(result.stopped, UnexpectedError):
            print(CommandLine.tr("The log: {path}", path=log_file()), file=out)
    if unfinished:
        print(CommandLine.tr("%n photo(s) are half-way; run the same command again to finish them.", "",
                             len(unfinished)), file=out)


def _print_estimate(plan: Plan, api_url: str, user: str | None, out: TextIO, *, limits: bool = True) -> None:
    """The batch's time from the speed measured before, and the account's limit as read at its last login."""
    said = before_start(api_url, user, len(plan.items), sum(i.size for i in plan.items))
    if said is not None and (limits or isinstance(said, BatchEstimate)):
        print(error_text(said), file=out)


def cmd_upload(args: argparse.Namespace) -> int:
    with ProjectStore.open(args.project) as store:
        project_wiki = read_settings(store).wiki
        address = parse_wiki(args.wiki or project_wiki or "commons")
        if project_wiki and address.api_url != project_wiki:
            # Another wiki given on purpose is the project's one setting changed (a practice round done,
            # the real one next), as choosing a wiki when logging in is in the window; never unsaid.
            before = parse_wiki(project_wiki).name
            if args.dry_run:
                print(CommandLine.tr("Note: this project's wiki is {project}; an upload with --wiki {wiki} makes "
                                     "{wiki} the project's wiki.", project=before, wiki=address.name), file=sys.stderr)
            else:
                update_settings(store, wiki=address.api_url)
                print(CommandLine.tr("This project uploads to {wiki} from now on (it was {project}).",
                                     project=before, wiki=address.name), file=sys.stderr)
        settings = settings_from_project(store)
        if args.bandwidth_cap is not None:
            settings = settings.with_cap(parse_bandwidth(args.bandwidth_cap))
        plan = plan_upload(store, args.photo, api_url=address.api_url, strip_identity=settings.strip_identity)
        if args.dry_run:
            _print_dry_run(plan, store, sys.stdout)
            _print_estimate(plan, address.api_url, args.user or credentials.remembered_user(address.api_url), sys.stdout)
            return EXIT_OK
    _print_red_categories(plan, sys.stdout)
    if not plan.items:
        _print_not_ready(plan, sys.stdout)
        print(CommandLine.tr("Nothing to upload."))
        return EXIT_NOT_ALL if plan.not_ready else EXIT_OK
    user = args.user or _active_account(address) or credentials.remembered_user(address.api_url)
    oauth = None
    if args.oauth or (user and not args.password_stdin and _kept_oauth(address, user)):
        login = _oauth_for_upload(args, address, user)
        user, oauth, password = login.user, login.source, ""
    elif not user:
        raise NoUser(wiki=address.name)
    else:
        password = _password_for_upload(args, address, user)
    with ProjectStore.open(args.project) as store:
        others = state.other_accounts(store, address.api_url, user)
    if others:
        # Never mixed silently: the files of this run are sent by this account only.
        error(CommandLine.tr("earlier uploads of this project were sent by {others}; this upload is sent by {user}.",
                             others=", ".join(others), user=user))
    # The account's limit is said once the batch has logged in and read it; the time is said here.
    _print_estimate(plan, address.api_url, user, sys.stdout, limits=False)
    line = UploadProgressLine(state_text=_state_text)
    batch = UploadBatch(args.project, wiki_factory(address, user, password, settings, oauth), settings,
                        on_progress=line.progress, on_event=line.event)
    del password
    try:
        with ctrl_c_cancels() as ctrl_c:
            done = threading.Event()

            def watch() -> None:
                # Ctrl+C sets the event in the main thread; the batch is cancelled from here.
                while not done.wait(0.2):
                    if ctrl_c.is_set():
                        batch.cancel()
                        return

            watcher = threading.Thread(target=watch, daemon=True)
            watcher.start()
            try:
                result = batch.run(plan.items, address.api_url)
            finally:
                done.set()
    finally:
        line.close()
    _print_summary(result, plan, sys.stdout, args.project)
    if result.cancelled:
        print(CommandLine.tr("Stopped at your request; run the same command again to go on."))
        return EXIT_CANCELLED
    if result.stopped is not None or plan.not_ready:
        return EXIT_NOT_ALL
    ok = all(r.state == UploadState.DONE for r in result.rows.values())
    return EXIT_OK if ok else EXIT_NOT_ALL


# -- status ------------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    if args.event:
        from photowalk.cli.followup import event_report_command

        return event_report_command(args)
    with ProjectStore.open(args.project) as store:
        files = uploaded_files(store)
        caption = args.caption if args.caption is not None else read_settings(store).gallery_title or ""
    sys.stdout.write(csv_text(files) if args.csv else gallery_wikitext(files, caption))
    return EXIT_OK


def _suggestion_line(project: Path, row: UploadRow) -> str | None:
    suggestion = row.warning.suggestion if row.warning else None
    if not suggestion:
        return None
    return ("  " + CommandLine.tr("free title suggested: {title}", title=suggestion) + "\n"
            f"  photowalk decide --project {shlex.quote(str(project))} --photo {row.photo_id} "
            f"--rename {shlex.quote(suggestion)}")


def _rename(store: ProjectStore, row: UploadRow, title: str) -> str | None:
    """Give the photo a new title; the reason when the title cannot be used."""
    photo = store.photo(row.photo_id)
    errors = [p for p in validate_title(title, photo.kind) if p.is_error]
    if errors:
        return core_text(errors[0].context, errors[0].template, errors[0].params)
    if title_key(file_name(title, photo.kind)) == title_key(row.title or ""):
        return CommandLine.tr("that is the title the wiki warned about")
    edits.set_title(store, row.photo_id, title)
    return None


def cmd_decide(args: argparse.Namespace) -> int:
    action = "rename" if args.rename is not None else args.action
    if action == "rename" and len(args.photo) != 1:
        error(CommandLine.tr("--rename gives one photo a title: name one photo."))
        return EXIT_USAGE
    answered = 0
    with ProjectStore.open(args.project) as store:
        rows = {pid: state.load(store, pid) for pid in args.photo}
        allowed = DECISIONS[action]
        for pid in args.photo:
            row = rows[pid]
            unanswerable = row is not None and row.state == UploadState.DONE and (
                row.sdc_error is None if action == "retry" else row.warning is None)
            if row is None or row.state not in allowed or unanswerable:
                now = _state_name(row.state.value) if row is not None else CommandLine.tr("not uploaded")
                print(CommandLine.tr("photo {id}: {action} does not apply to a photo that is {state}", id=pid,
                                     action=action, state=now), file=sys.stderr)
                continue
            if action == "rename":
                reason = _rename(store, row, args.rename)
                if reason is not None:
                    print(CommandLine.tr("photo {id}: the title {title} cannot be used: {reason}", id=pid,
                                         title=repr(args.rename), reason=reason), file=sys.stderr)
                    continue
                print(CommandLine.tr("photo {id}: renamed to {title}", id=pid,
                                     title=file_name(args.rename, store.photo(pid).kind)))
                answered += 1
                continue
            try:
                row = state.decide(store, pid, action)
            except OverwriteRefused as exc:
                print(CommandLine.tr("photo {id}: {reason}", id=pid, reason=error_text(exc)), file=sys.stderr)
                hint = _suggestion_line(args.project, row)
                if hint:
                    print(hint, file=sys.stderr)
                continue
            answered += 1
            if row.state == UploadState.DONE:
                print(CommandLine.tr("photo {id}: done; its page on the wiki is left as it is", id=pid))
            else:
                print(CommandLine.tr("photo {id}: {state}", id=pid, state=_state_name(row.state.value)))
    if not answered:
        return EXIT_NOT_ALL
    if action != "skip":
        print(CommandLine.tr("Run photowalk upload again to send it."))
    return EXIT_OK if answered == len(args.photo) else EXIT_NOT_ALL


def _status_title(row: UploadRow | None, photo: Photo) -> str:
    """The title to list a photo under: the file's name on the wiki once it is there."""
    if row is not None and row.state == UploadState.DONE:
        return wiki_title(row) or photo.file_name
    return (row.title if row else photo.title) or photo.file_name


def cmd_status(args: argparse.Namespace) -> int:
    with ProjectStore.open(args.project) as store:
        photos = store.photos()
        rows = state.load_all(store)
        late = late_changes(store)
    if args.json:
        out = []
        for p in photos:
            r = rows.get(p.id)
            there = r is not None and r.state == UploadState.DONE and r.outcome == ALREADY_THERE
            out.append({
                "id": p.id,
                "file": p.file_name,
                "title": _status_title(r, p) if r else p.title,
                "photo_title": file_name(p.title, p.kind) if p.title else None,
                "status": r.state.value if r else "not-uploaded",
                "outcome": r.outcome if r else None,
                "already_there_as": wiki_title(r) if r is not None and there else None,
                "url": r.url if r else None,
                "upload_error": _problem(r, english=True) if r else None,
                "action": r.warning.action if r and r.warning and r.state == UploadState.NEEDS_ATTENTION else None,
                "suggested_title": r.warning.suggestion if r and r.warning and r.state == UploadState.NEEDS_ATTENTION
                else None,
                "notice": (_late_text(r, late.get(p.id), english=True) or None) if r else None,
                "text_pending": bool(p.id in late and late[p.id].sends_text),
                "wiki": r.wiki if r else None,
                "account": r.account if r else None,
                "bytes_confirmed": r.bytes_confirmed if r else 0,
                "updated": r.updated if r else None,
            })
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    counts: dict[str, int] = {}
    for p in photos:
        r = rows.get(p.id)
        status = r.state.value if r else "not-uploaded"
        counts[status] = counts.get(status, 0) + 1
        detail = ""
        if r is not None and r.state == UploadState.DONE and r.outcome == ALREADY_THERE:
            detail = CommandLine.tr("already there as File:{title}  {url}", title=wiki_title(r), url=r.url)
        elif r is not None:
            detail = r.url or _problem(r) or (CommandLine.tr("{done}/{size} bytes sent", done=r.bytes_confirmed,
                                                             size=r.sent_size) if r.sent_size else "")
            notice = _late_text(r, late.get(p.id))
            if notice:
                detail += f"  ({notice})"
        print(f"{p.id:5d}  {_state_name(status):16s} {_status_title(r, p)}  {detail}".rstrip())
    print(", ".join(f"{n} {_state_name(s)}" for s, n in sorted(counts.items())) or CommandLine.tr("no photos"))
    return EXIT_OK


def _state_name(value: str) -> str:
    """An upload state's name (its value, as `status --json` gives it) in the language in effect."""
    names = {
        "not-uploaded": CommandLine.tr("not-uploaded"),
        "queued": CommandLine.tr("queued"),
        "stashing": CommandLine.tr("stashing"),
        "publishing": CommandLine.tr("publishing"),
        "verifying": CommandLine.tr("verifying"),
        "structuring": CommandLine.tr("structuring"),
        "done": CommandLine.tr("done"),
        "needs-attention": CommandLine.tr("needs-attention"),
        "failed": CommandLine.tr("failed"),
        "skipped": CommandLine.tr("skipped"),
    }
    return names.get(value, value)
