"""Where a wiki's API is, from a short name ("commons", "test.wikipedia") or an api.php address.

The rule lives in the core so an event preset can name its wiki and be checked without the
uploader; `photowalk.upload.wiki.parse_wiki` turns a refusal into the uploader's typed errors.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

COMMONS_API = "https://commons.wikimedia.org/w/api.php"
TEST_WIKIPEDIA_API = "https://test.wikipedia.org/w/api.php"
# Names a volunteer or a preset may give instead of an address: Commons, and Wikimedia's public
# practice wiki (uploads there are kept out of Commons, so a first round can be practice).
SHORT_NAMES = {"commons": COMMONS_API, "test.wikipedia": TEST_WIKIPEDIA_API}

NOT_AN_API = "not-an-api"
INSECURE = "insecure"


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
        return "commons" if self.api_url == COMMONS_API else self.host


def _is_loopback(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def read_wiki(text: str) -> WikiAddress | str:
    """The API address of a wiki from a URL or a short name, or why not: NOT_AN_API, or INSECURE
    (plain http to another computer would carry the password unencrypted)."""
    url = SHORT_NAMES.get(text.strip().lower(), text.strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or not parts.path.endswith("/api.php"):
        return NOT_AN_API
    if parts.query or parts.fragment or parts.username or parts.password:
        return NOT_AN_API
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        return INSECURE
    path = parts.path[: -len("api.php")]
    return WikiAddress(api_url=f"{parts.scheme}://{parts.netloc}{parts.path}", scheme=parts.scheme,
                       host=parts.netloc, path=path)


def wiki_api(text: str | None) -> str | None:
    """The API address `text` names, or None when it names none (unset, or not a usable address)."""
    address = read_wiki(text) if text else None
    return address.api_url if isinstance(address, WikiAddress) else None
