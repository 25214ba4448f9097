"""A wiki that redirects: photowalk never follows, so a password, cookie or token never reaches
another host (nor goes from https to http); the error names both addresses.

A front server in front of the real test wiki answers one step of the normal flow with a redirect
to a second server on another loopback address, which records whatever reaches it.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from photowalk.upload.categories import CategoryReader, missing_categories
from photowalk.upload.errors import UploadError
from photowalk.upload.wiki import Wiki, parse_wiki
from tests.upload.test_upload_batch import assert_on_wiki_exactly_once
from tests.upload_helpers import make_project, noise_jpeg, run_batch, unique, upload_settings
from tests.wiki_front import READ_STEPS, STEPS, Answer, FrontServer, canned, front_of

OTHER_HOST = "127.0.0.2"  # another host on this machine: the loopback range is all local

STATUSES = (301, 302, 303, 307, 308)


def redirect_to(other: FrontServer, status: int) -> Answer:
    return Answer(status, b"moved", [("Location", other.api + "?action=login&format=json")])


def secrets_seen(server: FrontServer, *secrets: str) -> list[str]:
    text = "\n".join(s.path + s.body.decode("utf-8", "replace") + str(s.headers) for s in server.seen)
    return [x for x in secrets if x in text]


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("step", [s for s in STEPS if s != "poll"])  # the test wiki publishes at once
def test_a_redirect_at_any_step_is_refused_and_the_other_host_sees_nothing(
    step: str, status: int, testwiki: dict[str, str], tmp_path: Path
) -> None:
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "r.jpg", width=96, height=64)])
    with front_of(None, host=OTHER_HOST) as other, front_of(testwiki) as front:
        other.answer(lambda s: True, canned(Answer.json({"login": {"result": "Success"}})))
        front.answer(STEPS[step], canned(redirect_to(other, status)))
        run = run_batch(project, testwiki, api=front.api)
        assert front.matched(), f"the step {step} was never reached"
        stopped = run.result.stopped
        assert stopped is not None and stopped.code == "wiki-redirect", stopped
        assert front.api in stopped.message and other.api in stopped.message
        assert "?" not in stopped.message.split(other.api)[1][:2]  # the address to use, without our query
        assert other.connections == 0 and other.seen == []
        # Stopped where it was: once the redirect is gone, the next run finishes the photo, once.
        front.rule = None
        again = run_batch(project, testwiki, api=front.api)
    assert again.result.stopped is None
    assert_on_wiki_exactly_once(testwiki, project)


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("step", ["site and user", "suggestions", "category pages"])
def test_anonymous_reads_refuse_redirects_too(step: str, status: int, testwiki: dict[str, str]) -> None:
    match = READ_STEPS[step]
    with front_of(None, host=OTHER_HOST) as other, front_of(testwiki) as front:
        other.answer(lambda s: True, canned(Answer.json({})))
        front.answer(match, canned(redirect_to(other, status)))
        with pytest.raises(UploadError) as info:
            if step == "category pages":
                wiki = Wiki(parse_wiki(front.api))
                wiki.connect()
                missing_categories(wiki, ["Parks", "Rivers"])
            else:
                CategoryReader(front.api).suggest("Parks")
        assert front.matched()
    assert info.value.code == "wiki-redirect" and other.api in info.value.message
    assert other.connections == 0


def test_login_redirect_names_both_addresses_and_keeps_the_password(testwiki: dict[str, str]) -> None:
    password = testwiki["TESTWIKI_BOTPASSWORD"]
    with front_of(None, host=OTHER_HOST) as other, front_of(testwiki) as front:
        other.answer(lambda s: True, canned(Answer.json({"login": {"result": "Success"}})))
        front.answer(STEPS["login"], canned(redirect_to(other, 307)))
        wiki = Wiki(parse_wiki(front.api), testwiki["TESTWIKI_BOTPASSWORD_USER"], password)
        with pytest.raises(UploadError) as info:
            wiki.connect()
    message = info.value.message
    assert message.startswith(f"The wiki at {front.api} redirects to {other.api}.")
    assert "does not send your password" in message and f"If {other.api} is the right wiki, use that address" in message
    assert password not in message and not secrets_seen(other, password)
    assert other.connections == 0


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1, made with openssl."""
    d = tmp_path_factory.mktemp("tls")
    cert, key = str(d / "cert.pem"), str(d / "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


@pytest.mark.parametrize("step", ["login", "chunk"])
def test_https_wiki_redirecting_to_http_is_refused(
    step: str, testwiki: dict[str, str], certificate: tuple[str, str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The wiki is reached over https (its certificate trusted the way a user would trust one).
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certificate[0])
    password = testwiki["TESTWIKI_BOTPASSWORD"]
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "s.jpg", width=96, height=64)])
    with front_of(None, host=OTHER_HOST) as plain, front_of(testwiki, tls=certificate) as front:
        assert front.api.startswith("https://")
        plain.answer(lambda s: True, canned(Answer.json({"login": {"result": "Success"}})))
        front.answer(STEPS[step], canned(redirect_to(plain, 308)))
        run = run_batch(project, testwiki, api=front.api, settings=upload_settings())
        assert front.matched()
    assert plain.api.startswith("http://")
    stopped = run.result.stopped
    assert stopped is not None and stopped.code == "wiki-redirect" and plain.api in stopped.message
    assert plain.connections == 0 and not secrets_seen(plain, password)


def test_a_wiki_behind_https_works_as_before(
    testwiki: dict[str, str], certificate: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certificate[0])
    project = make_project(tmp_path / "p", [noise_jpeg(tmp_path / "src" / "h.jpg", width=96, height=64)],
                           token=unique("H"))
    with front_of(testwiki, tls=certificate) as front:
        run = run_batch(project, testwiki, api=front.api)
    assert run.result.stopped is None
    assert_on_wiki_exactly_once(testwiki, project)
