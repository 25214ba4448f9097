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
from photowalk.errors import format_message
from photowalk.logs import log_file
from photowalk.photo import Photo
from photowalk.project import ProjectStore
from photowalk.titles import file_name, title_key, validate_title
from photowalk.upload import credentials, state
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
from photowalk.upload.late import TEXT_PENDING, LateChange
from photowalk.upload.loopback import LOGIN_TIMEOUT, system_browser
from photowalk.upload.oauth import DEFAULT_PORT, OAuthClient
from photowalk.upload.oauthlogin import OAuthLogin, login_in_browser, stored_login
from photowalk.upload.plan import Plan, late_changes, plan_upload
from photowalk.upload.privacy import prepare
from photowalk.upload.queue import BatchResult, UploadBatch, wiki_factory
from photowalk.upload.report import ALREADY_THERE, csv_text, gallery_wikitext, uploaded_files, wiki_title
from photowalk.upload.settings import settings_from_project
from photowalk.upload.state import UploadRow, UploadState
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
    p = subparsers.add_parser("login", help="log in with your Wikimedia account in the browser (--oauth), or "
                              "check a bot password; either is kept in the system keyring")
    p.add_argument("--wiki", default="commons", help="the wiki's API URL, or commons (default)")
    p.add_argument("--user", help="the bot password's user name, Name@AppName")
    p.add_argument("--oauth", action="store_true", help="log in with your Wikimedia account in the browser (OAuth 2)")
    p.add_argument("--client-id", help="the OAuth 2 client registered for this wiki (kept for the next logins)")
    p.add_argument("--client-secret-stdin", action="store_true",
                   help="read the OAuth 2 client's secret from standard input (lets the wiki renew a login)")
    p.add_argument("--port", type=int, help="the port of the client's registered callback address "
                   f"http://127.0.0.1:PORT/callback (default {DEFAULT_PORT})")
    p.add_argument("--timeout", type=float, default=LOGIN_TIMEOUT / 60, metavar="MINUTES",
                   help="how long to wait for the browser (default %(default)g)")
    p.add_argument("--no-browser", action="store_true", help="only print the address to open")
    p.set_defaults(func=cmd_login)

    p = subparsers.add_parser("logout", help="forget the password kept for a wiki")
    p.add_argument("--wiki", default="commons", help="the wiki's API URL, or commons (default)")
    p.add_argument("--user", help="the account (default: the one last logged in)")
    p.set_defaults(func=cmd_logout)

    p = subparsers.add_parser("upload", help="upload every photo that passes the checks")
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--wiki", default="commons", help="the wiki's API URL, or commons (default)")
    p.add_argument("--user", help="the account (default: the one last logged in)")
    p.add_argument("--password-stdin", action="store_true", help="read the bot password from standard input")
    p.add_argument("--oauth", action="store_true", help="upload with your Wikimedia account (the kept browser "
                   "login, or a new one)")
    p.add_argument("--no-browser", action="store_true", help="when the browser login is needed, only print the "
                   "address to open")
    p.add_argument("--photo", type=int, nargs="+", action="extend", metavar="ID", help="only these photos")
    p.add_argument("--dry-run", action="store_true", help="print what would be sent, send nothing")
    p.set_defaults(func=cmd_upload)

    p = subparsers.add_parser("status", help="the upload state of each photo")
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--json", action="store_true", help="print a JSON array, one object per photo")
    p.set_defaults(func=cmd_status)

    p = subparsers.add_parser("decide", help="answer photos that need your decision (after a wiki's warning)")
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--photo", type=int, nargs="+", action="extend", required=True, metavar="ID")
    answer = p.add_mutually_exclusive_group(required=True)
    answer.add_argument("--skip", dest="action", action="store_const", const="skip", help="leave the photo out")
    answer.add_argument("--upload-anyway", dest="action", action="store_const", const="upload-anyway",
                        help="publish despite the wiki's warning; never possible over a taken title")
    answer.add_argument("--retry", dest="action", action="store_const", const="retry",
                        help="start the photo again, e.g. after photowalk edit --title")
    answer.add_argument("--rename", metavar="TITLE", help="give the photo another title (e.g. the suggested "
                        "free one) and send it under that title with the next upload")
    p.set_defaults(func=cmd_decide)

    p = subparsers.add_parser("report", help="the uploaded files as a <gallery> for a wiki page, or as CSV")
    p.add_argument("--project", required=True, type=Path)
    p.add_argument("--csv", action="store_true", help="title,url lines instead of a <gallery>")
    p.add_argument("--caption", default="", help="the gallery's caption")
    p.set_defaults(func=cmd_report)


def photo_json_fields(store: ProjectStore, photo_id: int) -> dict[str, Any]:
    """`status`, `url`, `upload_error` and `structured_data_error` of one photo for `photowalk list --json`."""
    row = state.load(store, photo_id)
    if row is None:
        return {"status": "not-uploaded", "url": None, "upload_error": None, "structured_data_error": None}
    return {"status": row.state.value, "url": row.url, "upload_error": _problem(row),
            "structured_data_error": row.sdc_error.message if row.sdc_error else None}


def _problem(row: UploadRow) -> str | None:
    if row.state == UploadState.NEEDS_ATTENTION and row.warning:
        if row.warning.suggestion:
            return f"{row.warning.message} A free title: {row.warning.suggestion}"
        return row.warning.message
    if row.error and row.state != UploadState.DONE:
        return row.error.message
    return None


# -- passwords ---------------------------------------------------------------------------


def _password_for_upload(args: argparse.Namespace, address: WikiAddress, user: str) -> str:
    if args.password_stdin:
        return read_secret_line(sys.stdin)
    try:
        stored = credentials.get_password(address.api_url, user)
    except KeyringUnavailable as exc:
        if not stdin_is_terminal():
            raise
        error(exc.message)
        return prompt_password(f"Bot password for {user} on {address.name} (not remembered): ")
    if stored is not None:
        return stored
    if not stdin_is_terminal():
        raise NoPassword(user=user, wiki=address.name)
    password = prompt_password(f"Bot password for {user} on {address.name}: ")
    if ask_yes("Remember it in the system keyring? [y/N] "):
        try:
            credentials.store_password(address.api_url, user, password)
            credentials.remember_user(address.api_url, user)
        except KeyringUnavailable as exc:
            error(exc.message)
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
    print("Open this address in your browser, log in to the wiki and press Allow:", file=sys.stderr)
    print(url)
    sys.stdout.flush()


def _browser_login(args: argparse.Namespace, address: WikiAddress) -> OAuthLogin:
    """The browser login: the browser opened (or the address printed), waiting until it comes back,
    Ctrl+C, or the timeout."""
    client = _client_for(args, address)
    minutes = float(getattr(args, "timeout", None) or LOGIN_TIMEOUT / 60)
    print(f"Waiting for the browser at {client.redirect_uri} (up to {minutes:g} min; Ctrl+C stops)...",
          file=sys.stderr)

    def open_browser(url: str) -> bool:
        if getattr(args, "no_browser", False):
            return False
        opened = system_browser(url)
        if opened:
            print("The wiki's page is open in your browser: log in there and press Allow.", file=sys.stderr)
        return opened

    with ctrl_c_cancels() as ctrl_c:
        return login_in_browser(address, client, open_browser=open_browser, show_url=_show_url,
                                timeout=minutes * 60, cancel=ctrl_c.is_set)


def _oauth_login(args: argparse.Namespace, address: WikiAddress) -> int:
    login = _browser_login(args, address)
    if not login.kept:
        if login.keyring_error is not None:
            error(login.keyring_error.message)
        print(f"Logged in to {address.name} as {login.user}, but the login was not kept: photowalk upload "
              "opens the browser again.")
        return EXIT_NOT_ALL
    print(f"Logged in to {address.name} as {login.user} with your Wikimedia account; the login is kept in the "
          "system keyring.")
    return EXIT_OK


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
            error(f"{exc.message} Logging in through the browser again.")
            login = None
        if login is not None:
            return login
    return _browser_login(args, address)


def cmd_login(args: argparse.Namespace) -> int:
    address = parse_wiki(args.wiki)
    if args.oauth:
        return _oauth_login(args, address)
    if not args.user:
        error("give --user Name@AppName for a bot password, or --oauth to log in with your Wikimedia account.")
        return EXIT_USAGE
    prompt = f"Bot password for {args.user} on {address.name}: "
    password = ask_password(prompt)
    if not password:
        error("no password given.")
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
        error(exc.message)
        print(f"Logged in to {address.name} as {args.user}, but the password was not kept: "
              "give it to photowalk upload each time (it asks, or use --password-stdin).")
        return EXIT_NOT_ALL
    print(f"Logged in to {address.name} as {args.user}; the password is kept in the system keyring.")
    return EXIT_OK


def cmd_logout(args: argparse.Namespace) -> int:
    address = parse_wiki(args.wiki)
    user = args.user or credentials.remembered_user(address.api_url)
    if not user:
        print(f"No account is remembered for {address.name}.")
        return EXIT_OK
    removed = credentials.forget_password(address.api_url, user)
    removed = credentials.forget_refresh_token(address.api_url, user) or removed
    if credentials.remembered_user(address.api_url) == user:
        credentials.forget_user(address.api_url)
    print(f"Forgot the password of {user} on {address.name}." if removed
          else f"No password was kept for {user} on {address.name}.")
    return EXIT_OK


# -- upload ------------------------------------------------------------------------------


def _print_dry_run(plan: Plan, store: ProjectStore, out: TextIO) -> None:
    sent = 0
    with tempfile.TemporaryDirectory(prefix="photowalk-dry-") as tmp:
        for item in plan.items:
            print(f"photo {item.photo_id}: File:{item.title}", file=out)
            try:
                prepared = prepare(
                    item.path, kind=item.kind, expected_sha1=item.sha1, expected_size=item.size,
                    expected_mtime=item.mtime, remove_location=item.remove_location,
                    strip_identity=item.strip_identity, workdir=Path(tmp),
                )
            except (PrivacyError, FileChanged) as exc:
                # The real upload would stop this photo for the same reason: say so, go on with the rest.
                print(f"  would not be sent: {exc.message}", file=out)
                continue
            sent += 1
            removed = f", without {' and '.join(prepared.removed)}" if prepared.removed else ""
            print(f"  from {item.path} ({prepared.size} bytes, SHA-1 {prepared.sha1}{removed})", file=out)
            for line in item.text.splitlines():
                print(f"  | {line}", file=out)
    _print_red_categories(plan, out)
    _print_not_ready(plan, out)
    print(f"{sent} photo(s) would be sent; nothing was sent.", file=out)


def _print_red_categories(plan: Plan, out: TextIO) -> None:
    if not plan.red_categories:
        return
    wiki = plan.red_categories[0].wiki
    when = f"; the wiki could not be reached, these are its answers of {plan.categories_checked}" \
        if plan.categories_offline else ""
    print(f"Warning: {len(plan.red_categories)} category(ies) have no page on {wiki}{when}. "
          "Photos in them would be in red categories:", file=out)
    for red in plan.red_categories:
        photos = ", ".join(map(str, red.photo_ids))
        similar = f"; did you mean \u201c{red.similar}\u201d?" if red.similar else ""
        print(f"  \u201c{red.name}\u201d (photo {photos}){similar}", file=out)


def _print_not_ready(plan: Plan, out: TextIO) -> None:
    if plan.culled:
        print(f"{len(plan.culled)} photo(s) marked not for upload are left out "
              "(photowalk cull --keep IDS to upload them).", file=out)
    if not plan.not_ready:
        return
    print(f"{len(plan.not_ready)} photo(s) are not ready (fix them, then upload again):", file=out)
    for n in plan.not_ready:
        print(f"  photo {n.photo_id} ({n.file}):", file=out)
        for reason in n.reasons:
            print(f"    - {reason}", file=out)


def _late_text(row: UploadRow, late: LateChange | None) -> str:
    """What changed since the photo was published, and what happens with it (English)."""
    parts = []
    changed = row.state == UploadState.DONE and row.warning is not None and row.warning.code == state.PAGE_CHANGED
    if changed and row.warning is not None:
        parts.append(row.warning.message)
    for template, params in late.notices() if late is not None else []:
        # The page changed on the wiki: that notice says why the newer text waits.
        if template == TEXT_PENDING and changed:
            continue
        parts.append(format_message(template, params))
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
    print(f"Uploaded {uploaded}, already on the wiki {there}, need your decision "
          f"{result.count(UploadState.NEEDS_ATTENTION)}, failed {result.count(UploadState.FAILED)}.", file=out)
    for pid, r in rows.items():
        if r.state == UploadState.DONE and r.outcome == ALREADY_THERE:
            print(f"  photo {pid} ({own_titles.get(pid, r.title)}): already there as File:{wiki_title(r)}: {r.url}",
                  file=out)
    for pid in sorted(updates & set(rows)):
        r, late = rows[pid], plan.late[pid]
        if r.text == late.text:
            print(f"  photo {pid}: the newer description was sent to File:{r.title}", file=out)
        elif r.warning is not None:
            print(f"  photo {pid}: {r.warning.message}", file=out)
        elif r.error is not None:
            print(f"  photo {pid}: the newer description was not sent to File:{r.title}: {r.error.message}", file=out)
        else:
            print(f"  photo {pid}: the newer description was not sent to File:{r.title} yet; "
                  "run the same command again.", file=out)
    for pid, late in plan.late.items():
        # A new title (never applied) or licence (never sent) of a photo already on the wiki.
        notices = [format_message(t, p) for t, p in late.notices() if t != TEXT_PENDING]
        if notices:
            print(f"  photo {pid}: {' '.join(notices)}", file=out)
    for pid, r in rows.items():
        if pid in structured and r.state == UploadState.DONE and r.sdc_error is None:
            print(f"  photo {pid}: captions and depicts written to File:{r.title}", file=out)
        if r.state == UploadState.DONE and r.sdc_error is not None:
            print(f"  photo {pid}: {r.sdc_error.message} (photowalk decide --project {shlex.quote(str(project))} "
                  f"--photo {pid} --retry)", file=out)
    for r in rows.values():
        if r.state == UploadState.NEEDS_ATTENTION and r.warning:
            print(f"  photo {r.photo_id} ({r.title}): {r.warning.message} [suggested: {r.warning.action}]", file=out)
            if r.warning.suggestion:
                print(f"    free title: {r.warning.suggestion} (photowalk decide --project {shlex.quote(str(project))} "
                      f"--photo {r.photo_id} --rename {shlex.quote(r.warning.suggestion)})", file=out)
        elif r.state == UploadState.FAILED and r.error:
            print(f"  photo {r.photo_id} ({r.title}): {r.error.message}", file=out)
    _print_not_ready(plan, out)
    unfinished = [r for r in rows.values() if not r.state.final]
    if result.stopped is not None:
        print(f"Stopped: {result.stopped.message}", file=out)
        if isinstance(result.stopped, UnexpectedError):
            print(f"The log: {log_file()}", file=out)
    if unfinished:
        print(f"{len(unfinished)} photo(s) are half-way; run the same command again to finish them.", file=out)


def cmd_upload(args: argparse.Namespace) -> int:
    address = parse_wiki(args.wiki)
    with ProjectStore.open(args.project) as store:
        settings = settings_from_project(store)
        plan = plan_upload(store, args.photo, api_url=address.api_url, strip_identity=settings.strip_identity)
        if args.dry_run:
            _print_dry_run(plan, store, sys.stdout)
            return EXIT_OK
    _print_red_categories(plan, sys.stdout)
    if not plan.items:
        _print_not_ready(plan, sys.stdout)
        print("Nothing to upload.")
        return EXIT_NOT_ALL if plan.not_ready else EXIT_OK
    user = args.user or credentials.remembered_user(address.api_url)
    oauth = None
    if args.oauth or (user and not args.password_stdin and _kept_oauth(address, user)):
        login = _oauth_for_upload(args, address, user)
        user, oauth, password = login.user, login.source, ""
    elif not user:
        raise NoUser(wiki=address.name)
    else:
        password = _password_for_upload(args, address, user)
    line = UploadProgressLine()
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
        print("Stopped at your request; run the same command again to go on.")
        return EXIT_CANCELLED
    if result.stopped is not None or plan.not_ready:
        return EXIT_NOT_ALL
    ok = all(r.state == UploadState.DONE for r in result.rows.values())
    return EXIT_OK if ok else EXIT_NOT_ALL


# -- status ------------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    with ProjectStore.open(args.project) as store:
        files = uploaded_files(store)
    sys.stdout.write(csv_text(files) if args.csv else gallery_wikitext(files, args.caption))
    return EXIT_OK


def _suggestion_line(project: Path, row: UploadRow) -> str | None:
    suggestion = row.warning.suggestion if row.warning else None
    if not suggestion:
        return None
    return (f"  free title suggested: {suggestion}\n"
            f"  photowalk decide --project {shlex.quote(str(project))} --photo {row.photo_id} "
            f"--rename {shlex.quote(suggestion)}")


def _rename(store: ProjectStore, row: UploadRow, title: str) -> str | None:
    """Give the photo a new title; the English reason when the title cannot be used."""
    photo = store.photo(row.photo_id)
    errors = [p for p in validate_title(title, photo.kind) if p.is_error]
    if errors:
        return errors[0].message
    if title_key(file_name(title, photo.kind)) == title_key(row.title or ""):
        return "that is the title the wiki warned about"
    edits.set_title(store, row.photo_id, title)
    return None


def cmd_decide(args: argparse.Namespace) -> int:
    action = "rename" if args.rename is not None else args.action
    if action == "rename" and len(args.photo) != 1:
        error("--rename gives one photo a title: name one photo.")
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
                now = row.state.value if row is not None else "not uploaded"
                print(f"photo {pid}: {action} does not apply to a photo that is {now}", file=sys.stderr)
                continue
            if action == "rename":
                reason = _rename(store, row, args.rename)
                if reason is not None:
                    print(f"photo {pid}: the title {args.rename!r} cannot be used: {reason}", file=sys.stderr)
                    continue
                print(f"photo {pid}: renamed to {file_name(args.rename, store.photo(pid).kind)}")
                answered += 1
                continue
            try:
                row = state.decide(store, pid, action)
            except OverwriteRefused as exc:
                print(f"photo {pid}: {exc.message}", file=sys.stderr)
                hint = _suggestion_line(args.project, row)
                if hint:
                    print(hint, file=sys.stderr)
                continue
            answered += 1
            if row.state == UploadState.DONE:
                print(f"photo {pid}: done; its page on the wiki is left as it is")
            else:
                print(f"photo {pid}: {row.state.value}")
    if not answered:
        return EXIT_NOT_ALL
    if action != "skip":
        print("Run photowalk upload again to send it.")
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
                "upload_error": _problem(r) if r else None,
                "action": r.warning.action if r and r.warning and r.state == UploadState.NEEDS_ATTENTION else None,
                "suggested_title": r.warning.suggestion if r and r.warning and r.state == UploadState.NEEDS_ATTENTION
                else None,
                "notice": (_late_text(r, late.get(p.id)) or None) if r else None,
                "text_pending": bool(p.id in late and late[p.id].sends_text),
                "wiki": r.wiki if r else None,
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
            detail = f"already there as File:{wiki_title(r)}  {r.url}"
        elif r is not None:
            detail = r.url or _problem(r) or (f"{r.bytes_confirmed}/{r.sent_size} bytes sent" if r.sent_size else "")
            notice = _late_text(r, late.get(p.id))
            if notice:
                detail += f"  ({notice})"
        print(f"{p.id:5d}  {status:16s} {_status_title(r, p)}  {detail}".rstrip())
    print(", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no photos")
    return EXIT_OK
