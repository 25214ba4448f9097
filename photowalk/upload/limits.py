"""An account's rate limits as the wiki states them (meta=userinfo&uiprop=ratelimits), and which bind.

MediaWiki counts a publish (action=upload without stash) as an `upload` hit and a page or entity
edit as an `edit` hit. For a logged-in account it applies, per action, one account limit (`newbie`
for a new account where set; else the most generous of `user` and the account's groups) and, for
a new account, the `ip` and `subnet` limits too. userinfo lists every category that applies, and
nothing at all for an account with the `noratelimit` right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

UPLOAD = "upload"
EDIT = "edit"
# The actions an upload batch performs, with the API modules that count as each.
EDIT_ACTIONS = frozenset({"edit", "wbeditentity", "wbsetlabel", "wbsetclaim", "wbcreateclaim", "wbremoveclaims",
                          "wbsetdescription", "wbsetaliases", "wbsetqualifier", "wbremovequalifiers"})
_EXTRA = ("ip", "subnet")  # applied to new accounts on top of the account's own limit
_NOT_ACCOUNT = frozenset({"ip", "subnet", "newbie", "anon", "ip-all", "user-global"})


@dataclass(frozen=True, order=True)
class RateLimit:
    """At most `hits` actions in any `seconds`."""

    hits: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.hits / self.seconds


@dataclass(frozen=True)
class AccountLimits:
    """What binds this account: the limits per action (all of them apply), and what makes it new."""

    limits: Mapping[str, tuple[RateLimit, ...]] = field(default_factory=dict)
    newbie: bool = False  # not autoconfirmed: the wiki's `newbie` limits apply
    editcount: int | None = None
    rights: frozenset[str] = frozenset()

    def of(self, action: str) -> tuple[RateLimit, ...]:
        return tuple(self.limits.get(action, ()))

    @property
    def limited(self) -> bool:
        """Uploads are limited: the batch is paced and the volunteer told before it starts."""
        return bool(self.of(UPLOAD))

    def tightest(self, action: str) -> RateLimit | None:
        """The limit that allows the fewest actions per second (what a long batch is paced by)."""
        found = self.of(action)
        return min(found, key=lambda r: r.per_second) if found else None

    def to_json(self) -> dict[str, Any]:
        return {"limits": {a: [[r.hits, r.seconds] for r in rs] for a, rs in self.limits.items()},
                "newbie": self.newbie, "editcount": self.editcount, "rights": sorted(self.rights)}

    @classmethod
    def from_json(cls, obj: object) -> AccountLimits | None:
        """Limits saved by to_json; None for anything else."""
        if not isinstance(obj, dict) or not isinstance(obj.get("limits"), dict):
            return None
        try:
            limits = {str(a): tuple(_limit(h, s) for h, s in rs) for a, rs in obj["limits"].items()}
        except (TypeError, ValueError):
            return None
        count = obj.get("editcount")
        rights = obj.get("rights")
        return cls({a: rs for a, rs in limits.items() if rs}, bool(obj.get("newbie")),
                   count if isinstance(count, int) and not isinstance(count, bool) else None,
                   frozenset(r for r in rights if isinstance(r, str)) if isinstance(rights, list) else frozenset())


def _limit(hits: object, seconds: object) -> RateLimit:
    if isinstance(hits, bool) or isinstance(seconds, bool):
        raise ValueError("not a number")
    h, s = int(hits), float(seconds)  # type: ignore[call-overload, arg-type]
    if h < 1 or not 0 < s < 10 ** 9:
        raise ValueError("not a limit")
    return RateLimit(h, s)


def account_limits(ratelimits: object, groups: Iterable[str], *, editcount: int | None = None,
                   rights: Iterable[str] = ()) -> AccountLimits:
    """The limits that bind an account, from userinfo's `ratelimits` object and the account's groups.

    Entries that are not a positive number of hits in a positive number of seconds are left out."""
    table: dict[str, dict[str, RateLimit]] = {}
    if isinstance(ratelimits, dict):
        for action, by_category in ratelimits.items():
            if not isinstance(by_category, dict):
                continue
            for category, entry in by_category.items():
                if not isinstance(entry, dict):
                    continue
                try:
                    table.setdefault(str(action), {})[str(category)] = _limit(entry.get("hits"), entry.get("seconds"))
                except (TypeError, ValueError, OverflowError):
                    continue
    newbie = any("newbie" in cats for cats in table.values())
    groups = set(groups)
    limits: dict[str, tuple[RateLimit, ...]] = {}
    for action, cats in table.items():
        binding: list[RateLimit] = []
        if newbie and "newbie" in cats:
            binding.append(cats["newbie"])
        else:
            own = [r for c, r in cats.items() if c not in _NOT_ACCOUNT and (c == "user" or c in groups)]
            if own:
                binding.append(max(own, key=lambda r: r.per_second))
        binding.extend(cats[c] for c in _EXTRA if c in cats)
        if binding:
            limits[action] = tuple(sorted(set(binding)))
    return AccountLimits(limits, newbie, editcount, frozenset(rights))


def action_of(params: Mapping[str, Any]) -> str | None:
    """Which limit one API request counts against: UPLOAD for a publish, EDIT for an edit, else None."""
    action = params.get("action")
    if action == "upload":
        # Sending chunks to the stash and asking how a publish goes are not counted; a publish is.
        if params.get("stash") or params.get("checkstatus"):
            return None
        return UPLOAD
    if action in EDIT_ACTIONS:
        return EDIT
    return None
