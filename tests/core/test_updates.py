"""The optional update check against a package index's JSON API (a local server on 127.0.0.1)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from photowalk.updates import MAX_ANSWER, WEEK, NewRelease, check_due, check_for_update, newer_release
from tests.index_server import index_server

ANSWER = (Path(__file__).resolve().parents[1] / "data" / "pypi-photowalk.json").read_bytes()


def test_a_newer_stable_release_is_found_and_a_release_candidate_is_not() -> None:
    with index_server(ANSWER) as index:
        result = check_for_update(url=index.url, current="0.1.0")
    assert index.requests == ["/pypi/photowalk/json"]
    assert result.answered and result.release == NewRelease("0.2.0", "https://pypi.org/project/photowalk/0.2.0/")


@pytest.mark.parametrize("current", ["0.2.0", "0.2.1", "1.0"])
def test_nothing_is_said_when_this_copy_is_as_new(current: str) -> None:
    with index_server(ANSWER) as index:
        result = check_for_update(url=index.url, current=current)
    assert result.answered and result.release is None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(("body", "status"), [
    (b"<html>Service Unavailable</html>", 503),
    (b"{not json", 200),
    (b"\xff\xfe", 200),
    (b'{"info": {"version": "not a version"}}', 200),
    (b'{"info": []}', 200),
    (b"[]", 200),
])
def test_an_answer_that_cannot_be_read_is_no_news(body: bytes, status: int) -> None:
    with index_server(body, status) as index:
        result = check_for_update(url=index.url, current="0.1.0")
    assert result.release is None and result.answered == (status == 200 and body.startswith((b"{\"", b"[")))


def test_offline_is_no_answer_and_no_news() -> None:
    result = check_for_update(url=f"http://127.0.0.1:{free_port()}/pypi/photowalk/json", current="0.1.0")
    assert not result.answered and result.release is None


def test_an_oversized_answer_is_not_read_whole() -> None:
    with index_server(b" " * (MAX_ANSWER + 10) + ANSWER) as index:
        result = check_for_update(url=index.url, current="0.1.0")
    assert not result.answered


def test_a_release_page_that_is_not_https_is_replaced_by_the_index_page() -> None:
    answer = json.loads(ANSWER)
    answer["info"]["release_url"] = "javascript:alert(1)"
    assert newer_release(answer, "0.1.0") == NewRelease("0.2.0", "https://pypi.org/project/photowalk/0.2.0/")


def test_a_check_is_due_once_a_week() -> None:
    assert check_due(0, 1_000_000)
    assert not check_due(1_000_000, 1_000_000 + WEEK - 1)
    assert check_due(1_000_000, 1_000_000 + WEEK)
    assert check_due(1_000_000, 999_000)  # the clock went back: ask rather than wait for years
