"""The settings a brand has (``kuulo brand set NAME KEY VALUE``): each key, how its value is checked,
and which install-wide setting is brand ``default``'s value.

Two kinds of key. *Own* keys (channels, approvers, link domains, brand file and accounts) say who a
brand is and where its work goes: only brand ``default`` falls back to today's install-wide setting
(``KUULO_REVIEW_CHANNEL`` ...); another brand without its own value has none, so nothing of one
brand ever lands in another's channel or is approved by another's approvers. *Shared* keys (time
zone, locale, digest time, budgets) fall back to the install-wide setting for every brand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.checks.signature import SignatureError, valid_name
from bot.errors import ConfigError

CHANNEL = re.compile(r"^(#?[a-z0-9][a-z0-9._-]{0,79}|[CGD][A-Z0-9]{6,})$")
APPROVER = re.compile(r"^[UWS][A-Z0-9]{2,}$")
DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ON = ("on", "true", "yes", "1")
OFF = ("off", "false", "no", "0")
LOCALES = ("en", "fi", "sv")


def _items(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def _channel(value: str) -> str:
    value = value.strip()
    if not CHANNEL.fullmatch(value):
        raise ConfigError(f"{value!r} is not a Slack channel: give its id (C0123ABCD) or its name (#brand-review)")
    return value


def _approvers(value: str) -> str:
    ids = _items(value)
    wrong = [i for i in ids if not APPROVER.fullmatch(i)]
    if wrong:
        raise ConfigError(
            f"{', '.join(wrong)}: not Slack user (U..., W...) or user-group (S...) ids; copy them from each "
            "person's profile (⋮ > Copy member ID), comma-separated"
        )
    return ",".join(dict.fromkeys(ids))


def _domains(value: str) -> str:
    domains = [d.lower().removeprefix("https://").removeprefix("http://").rstrip("/") for d in _items(value)]
    wrong = [d for d in domains if not DOMAIN.fullmatch(d)]
    if wrong:
        raise ConfigError(f"{', '.join(wrong)}: not domain names; give domains like example.com, comma-separated")
    return ",".join(dict.fromkeys(domains))


def _accounts(value: str) -> str:
    accounts = [a.lower().lstrip("@") for a in _items(value)]
    wrong = [a for a in accounts if not re.fullmatch(r"[a-z0-9_.:@-]{2,253}", a)]
    if wrong:
        raise ConfigError(f"{', '.join(wrong)}: not account ids or handles (did:plc:..., name.bsky.social)")
    return ",".join(dict.fromkeys(accounts))


def _timezone(value: str) -> str:
    value = value.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{value!r} is not a time zone; use an IANA name such as Europe/Helsinki") from None
    return value


def _locale(value: str) -> str:
    value = value.strip().lower()
    if value not in LOCALES:
        raise ConfigError(f"locale must be one of {', '.join(LOCALES)}, not {value!r}")
    return value


def _time(value: str) -> str:
    value = value.strip()
    if not HHMM.fullmatch(value):
        raise ConfigError(f"{value!r} is not a time of day; use HH:MM, e.g. 09:00")
    return value


def _switch(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ON:
        return True
    if lowered in OFF:
        return False
    raise ConfigError(f"{value!r} is neither on nor off; use on or off")


def _brand_file(value: str) -> str:
    path = Path(value).expanduser().resolve()
    if not path.is_file():
        raise ConfigError(f"no brand file at {path}; give the path of a YAML file (see knowledge/sample/brand.yaml)")
    return str(path)


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ConfigError(f"{value!r} is not a whole number; give e.g. 3") from None
    if number < 0:
        raise ConfigError("give a number of replies of 0 or more")
    return number


def _hours(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(f"{value!r} is not a number of hours; give e.g. 72") from None
    if number < 0:
        raise ConfigError("give a number of hours of 0 or more")
    return number


def _days(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ConfigError(f"{value!r} is not a whole number of days; give e.g. 30") from None
    if number < 1:
        raise ConfigError("give a number of days of 1 or more")
    return number


def _signer(value: str) -> str:
    try:
        return valid_name(value)
    except SignatureError as exc:
        raise ConfigError(f"{exc}; e.g. kuulo brand set NAME signer Aino") from None


def _display_name(value: str) -> str:
    value = " ".join(value.split())
    if not value or len(value) > 128:
        raise ConfigError("a display name has 1 to 128 characters")
    return value


@dataclass(frozen=True)
class Key:
    name: str
    help: str
    parse: Callable[[str], Any]
    field: str | None  # the install-wide setting (bot/config.py) that is brand default's value
    own: bool  # True: only brand default falls back to the install-wide setting
    default: Any = None  # when neither the brand nor the install says anything


KEYS: dict[str, Key] = {
    key.name: key
    for key in (
        Key("display_name", "The brand's name as people read it (cards, digest).", _display_name, None, False),
        Key("timezone", "Time zone of the brand's team: digest time, local days.", _timezone, "timezone", False),
        Key("locale", "Language of the brand's Slack labels and digest: en, fi or sv.", _locale, "locale", False),
        Key("review_channel", "Slack channel for the brand's review cards.", _channel, "review_channel", True),
        Key("escalation_channel", "Slack channel for risky comments.", _channel, "escalation_channel", True),
        Key("approvers", "Slack user and user-group ids who may decide.", _approvers, "approvers", True, ""),
        Key("digest_channel", "Slack channel of the daily digest.", _channel, "digest_channel", True),
        Key("digest_time", "Local time (HH:MM) after which the digest is sent.", _time, "digest_time", False),
        Key("weekly_report", "Post the weekly report to the digest channel: on or off.", _switch, None, False, True),
        Key(
            "allowed_link_domains",
            "Domains replies may link to, comma-separated.",
            _domains,
            "allowed_link_domains",
            True,
            "",
        ),
        Key("brand_file", "The brand file (YAML) the draft checks use.", _brand_file, "brand_file", True),
        Key("brand_accounts", "The brand's own account ids, comma-separated.", _accounts, "brand_accounts", True, ""),
        Key(
            "community_weekly_replies",
            "Most replies per community in 7 days.",
            _count,
            "community_weekly_replies",
            False,
        ),
        Key(
            "author_cooldown_hours",
            "Hours after a reply to an author before another draft.",
            _hours,
            "author_cooldown_hours",
            False,
        ),
        Key(
            "signer",
            "First name signing replies approved in the terminal, when the voice asks for one.",
            _signer,
            "signer",
            True,
        ),
        Key("drafting", "Draft replies for the brand's watches: on or off.", _switch, None, False, True),
        Key(
            "retention_days",
            "Days its comments are kept (never longer than KUULO_RETENTION_DAYS).",
            _days,
            "retention_days",
            False,
        ),
    )
}


def parse_value(key: str, value: str) -> Any:
    """The stored form of ``value`` for ``key``; a :class:`ConfigError` naming the keys when ``key`` is unknown."""
    if key not in KEYS:
        raise ConfigError(f"no brand setting {key!r}; the settings are: {', '.join(KEYS)}")
    return KEYS[key].parse(value)
