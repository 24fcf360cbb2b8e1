"""``kuulo watch add`` links and settings values.

Properties: any text given as a link resolves to a thread or to ``UnsupportedURL`` listing the
link forms (no request is made without a client); a resolved thread's canonical link resolves to
the same thread. Any value of any setting gives settings or one ``ConfigError`` naming the variable.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.cli.context import Context
from bot.config import Settings
from bot.domain import ThreadRef
from bot.errors import ConfigError, UnsupportedURL
from bot.sources.base import resolve_url
from tests.properties.strategies import any_text

pytestmark = pytest.mark.fuzz
HOSTS = ["www.reddit.com", "redd.it", "news.ycombinator.com", "bsky.app", "mastodon.social", "www.youtube.com",
         "youtu.be", "example.com", "[::1]", "127.0.0.1:8080", "xn--kffe-pra.fi", ""]  # fmt: skip
PARTS = ["r", "Suomi", "comments", "1abcde", "item", "profile", "post", "@kahvila", "watch", "113300000000000001",
         "3l3a2m2w7atuy", "users", "statuses", ""]  # fmt: skip
SEGMENTS = any_text | st.sampled_from(PARTS)
LINKS = st.builds(
    lambda scheme, host, parts, query: f"{scheme}{host}/{'/'.join(parts)}{query}",
    st.sampled_from(["https://", "http://", "ftp://", "", "https:///", "javascript:"]),
    st.sampled_from(HOSTS),
    st.lists(SEGMENTS, max_size=5),
    st.sampled_from(["", "?id=41000001", "?v=Kq3vXb9Ld0s", "?id=", "?v=", "#x"]) | any_text.map(lambda t: "?" + t),
)


@given(link=LINKS | any_text)
def test_any_link_resolves_to_a_thread_or_a_clear_refusal_and_its_canonical_link_to_the_same_thread(
    link: str,
) -> None:
    ref = _resolved_or_refusal(link)
    if isinstance(ref, str):
        assert "Supported link forms" in ref
        return
    again = resolve_url(ref.url)
    assert (again.platform, again.thread_id) == (ref.platform, ref.thread_id)


FIELDS = sorted(Settings.model_fields)


@given(
    field=st.sampled_from(FIELDS), value=st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
)
@example(field="log_level", value="")  # found by make fuzz (session 6): logging's ValueError "Unknown level: ''"
def test_any_value_of_any_setting_gives_settings_or_one_error_naming_the_variable(field: str, value: str) -> None:
    alias = Settings.model_fields[field].validation_alias
    variable = str(getattr(alias, "choices", [field])[0])
    previous = os.environ.get(variable)
    os.environ[variable] = value
    try:
        refusal = _settings_refusal()
    finally:
        if previous is None:
            del os.environ[variable]
        else:
            os.environ[variable] = previous
    assert refusal is None or "see docs/configuration.md" in refusal


@pytest.mark.parametrize("link", ["//[", "https://[::1/x", "https://bsky.app]/profile/a/post/b", "bsky.app/[x"])
def test_a_link_urllib_cannot_split_is_refused_naming_it_not_a_crash(link: str) -> None:
    """Found by make fuzz (session 8): ``//[`` ended ``kuulo watch add`` with urllib's "Invalid IPv6 URL"."""
    refusal = _resolved_or_refusal(link)
    assert isinstance(refusal, str) and repr(link.strip()) in refusal and "Supported link forms" in refusal


def _settings_refusal() -> str | None:
    try:
        Context().settings  # noqa: B018 - reading the property loads and validates the settings
    except ConfigError as exc:
        return str(exc)
    return None


def _resolved_or_refusal(link: str) -> ThreadRef | str:
    try:
        return resolve_url(link)
    except UnsupportedURL as exc:
        return str(exc)
