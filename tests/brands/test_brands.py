"""Brands as first-class: the brands table, names, and `kuulo brand add/list/show/set/rename/remove`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.brands.names import check_name, env_prefix
from bot.brands.records import add_brand, list_brands, remove_brand, rename_brand, set_value
from bot.brands.settings import all_brands, resolve
from bot.errors import ConfigError, NotFound
from bot.review import decisions as review
from bot.storage.db import Database
from bot.storage.models import AuditEvent, Brand, Decision, Draft, Post, Watch
from tests.conftest import CliResult, make_settings
from tests.slack.factory import make_draft

Kuulo = Callable[..., CliResult]


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _brand_id(db: Database, name: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Brand.id).where(Brand.name == name))
        assert found is not None
        return found


def test_migration_creates_the_reserved_default_brand_with_id_1(db: Database) -> None:
    [row] = list_brands(db)
    assert (row.id, row.name, row.watches, row.pending) == (1, "default", 0, 0)


@pytest.mark.parametrize("name", ["acme", "ab", "brand_2", "a" * 32])
def test_valid_brand_names_pass(name: str) -> None:
    assert check_name(name) == name
    assert env_prefix(name) == f"KUULO_BRAND_{name.upper()}_"


@pytest.mark.parametrize("name", ["", "a", "Acme", "2acme", "_acme", "ac-me", "ac me", "a" * 33, "äxä"])
def test_invalid_brand_names_are_refused_saying_what_works(name: str) -> None:
    with pytest.raises(ConfigError, match="not a valid brand name: use 2-32 characters"):
        check_name(name)


def test_invalid_name_suggests_a_valid_one() -> None:
    with pytest.raises(ConfigError, match="for example 'acme_oy'"):
        check_name("Acme Oy")


def test_a_name_like_the_removed_marker_is_still_listed(db: Database, tmp_path: Path) -> None:
    add_brand(db, "xremovedx1")  # LIKE '_removed_%' unescaped would hide it
    assert [b.name for b in list_brands(db)] == ["default", "xremovedx1"]
    assert [b.name for b in all_brands(db, make_settings(tmp_path))] == ["default", "xremovedx1"]


def test_duplicate_brand_is_refused_and_nothing_changes(db: Database) -> None:
    add_brand(db, "acme", display_name="Acme Oy")
    with pytest.raises(ConfigError, match="a brand 'acme' exists already"):
        add_brand(db, "acme", display_name="Other")
    assert [(b.name, b.display_name) for b in list_brands(db)] == [("default", "Default"), ("acme", "Acme Oy")]


def test_add_checks_timezone_and_locale_before_writing(db: Database) -> None:
    with pytest.raises(ConfigError, match="not a time zone"):
        add_brand(db, "acme", timezone="Mars/Olympus")
    with pytest.raises(ConfigError, match="locale must be one of en, fi, sv"):
        add_brand(db, "acme", locale="de")
    assert [b.name for b in list_brands(db)] == ["default"]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("review_channel", "not a channel!", "not a Slack channel"),
        ("approvers", "U123,alice", "alice: not Slack user"),
        ("digest_time", "25:00", "use HH:MM"),
        ("allowed_link_domains", "example.com,not_a_domain", "not_a_domain: not domain names"),
        ("drafting", "maybe", "neither on nor off"),
        ("community_weekly_replies", "-1", "0 or more"),
        ("author_cooldown_hours", "soon", "not a number of hours"),
        ("brand_file", "/nonexistent/brand.yaml", "no brand file at"),
        ("colour", "red", "no brand setting 'colour'; the settings are: display_name"),
    ],
)
def test_set_checks_each_key_and_leaves_the_brand_unchanged(db: Database, key: str, value: str, message: str) -> None:
    add_brand(db, "acme")
    with pytest.raises(ConfigError, match=message):
        set_value(db, "acme", key, value)
    assert list_brands(db)[1].settings == {}


def test_set_stores_normalised_values_and_empty_clears(db: Database, tmp_path: Path) -> None:
    add_brand(db, "acme")
    assert set_value(db, "acme", "approvers", "U1AAA, S2BBB ,U1AAA") == "U1AAA,S2BBB"
    assert set_value(db, "acme", "allowed_link_domains", "https://Acme.example/, docs.acme.example") == (
        "acme.example,docs.acme.example"
    )
    assert set_value(db, "acme", "drafting", "off") is False
    assert set_value(db, "acme", "drafting", "") is None
    assert list_brands(db)[1].settings == {
        "approvers": "U1AAA,S2BBB",
        "allowed_link_domains": "acme.example,docs.acme.example",
    }


def test_unknown_brand_is_refused_listing_the_brands(db: Database) -> None:
    add_brand(db, "acme")
    with pytest.raises(NotFound, match=r"no brand 'acne'; the brands are: default, acme"):
        set_value(db, "acne", "locale", "fi")


def test_rename_keeps_watches_and_refuses_default_and_taken_names(db: Database) -> None:
    acme = add_brand(db, "acme")
    add_brand(db, "globex")
    make_draft(db, brand_id=acme.id)
    rename_brand(db, "acme", "acme_fi")
    assert _count(db, Watch, Watch.brand_id == acme.id) == 1
    assert [b.name for b in list_brands(db)] == ["default", "acme_fi", "globex"]
    with pytest.raises(ConfigError, match="reserved"):
        rename_brand(db, "default", "main")
    with pytest.raises(ConfigError, match="reserved"):
        rename_brand(db, "globex", "default")
    with pytest.raises(ConfigError, match="a brand 'globex' exists already"):
        rename_brand(db, "acme_fi", "globex")
    with pytest.raises(ConfigError, match="not a valid brand name"):
        rename_brand(db, "acme_fi", "Acme")


def test_remove_is_refused_while_the_brand_has_watches_or_pending_drafts(db: Database) -> None:
    acme = add_brand(db, "acme")
    make_draft(db, brand_id=acme.id)
    with pytest.raises(ConfigError, match=r"has 1 watches and 1 pending drafts; nothing was changed.*--force"):
        remove_brand(db, "acme")
    assert [b.name for b in list_brands(db)] == ["default", "acme"]
    assert _count(db, Draft) == 1
    with pytest.raises(ConfigError, match="cannot be removed"):
        remove_brand(db, "default", force=True)


def test_forced_remove_deletes_pending_work_and_keeps_decisions_posts_and_audit(db: Database) -> None:
    acme = add_brand(db, "acme")
    other = make_draft(db)  # brand default's: untouched
    pending = make_draft(db, brand_id=acme.id)
    approved = make_draft(db, brand_id=acme.id)
    review.approve(db, approved, "U1", "cli", review.view(db, approved).text_hash)
    review.mark_posted(db, approved, "U1", "cli", "https://www.reddit.com/r/Suomi/comments/x/y/z/")
    removal = remove_brand(db, "acme", force=True)
    assert (removal.watches_removed, removal.watches_retired) == (1, 1)
    assert (removal.drafts_removed, removal.decisions_kept, removal.posts_kept) == (1, 1, 1)
    with db.read() as session:
        assert session.get(Draft, pending) is None
        assert session.get(Draft, other) is not None
        assert session.scalar(select(func.count()).select_from(Decision).where(Decision.draft_id == approved)) == 1
        assert session.scalar(select(func.count()).select_from(Post).where(Post.draft_id == approved)) == 1
        kept = session.scalar(select(Watch).where(Watch.brand_id == acme.id))
        assert kept is not None and (kept.paused, kept.status) == (True, "inactive")
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "brand.remove"))
    assert [b.name for b in list_brands(db)] == ["default"]
    add_brand(db, "acme")  # the name is free again, the old history stays with the old id
    assert _brand_id(db, "acme") != acme.id


def test_forced_remove_of_a_brand_without_history_deletes_its_row(db: Database) -> None:
    acme = add_brand(db, "acme")
    make_draft(db, brand_id=acme.id)
    removal = remove_brand(db, "acme", force=True)
    assert (removal.watches_removed, removal.drafts_removed, removal.watches_retired) == (1, 1, 0)
    with db.read() as session:
        assert session.get(Brand, acme.id) is None


def test_default_brand_values_are_todays_install_settings(db: Database, tmp_path: Path) -> None:
    install = make_settings(tmp_path, review_channel="#review", approvers="U1AAA", digest_channel="#digest")
    add_brand(db, "acme")
    default, acme = resolve(db, install, "default"), resolve(db, install, "acme")
    assert (default.review_channel, default.approver_ids, default.digest_channel) == ("#review", ("U1AAA",), "#digest")
    assert default.sources["review_channel"] == "install"
    # another brand never inherits default's channels or approvers; shared keys fall back to the install's
    assert (acme.review_channel, acme.approver_ids, acme.digest_channel) == (None, (), None)
    assert acme.values["timezone"] == install.timezone and acme.sources["timezone"] == "install"
    assert acme.collection == "guidance_acme" and default.collection == "guidance"
    set_value(db, "default", "review_channel", "#main-review")
    assert resolve(db, install, "default").review_channel == "#main-review"


# -- the command line (SQLite in the test's folder) ------------------------------------------------------
def test_cli_add_list_show_set_rename_remove(kuulo: Kuulo) -> None:
    added = kuulo(
        "brand", "add", "acme", "--display-name", "Acme Oy", "--timezone", "Europe/Stockholm", "--locale", "sv"
    )
    assert added.code == 0, added.err
    assert "Brand acme (Acme Oy) added." in added.out
    listed = kuulo("brand", "list")
    assert listed.out.splitlines()[0].startswith("default") and "Acme Oy" in listed.out
    assert kuulo("brand", "set", "acme", "review_channel", "#acme-review").code == 0
    shown = kuulo("brand", "show", "acme", KUULO_BRAND_ACME_MASTODON_TOKEN="secret-token-123")
    assert shown.code == 0, shown.err
    assert "review_channel" in shown.out and "#acme-review" in shown.out and "(brand)" in shown.out
    assert "locale" in shown.out and " sv " in shown.out
    assert "guidance_acme" in shown.out
    assert "secret-token-123" not in shown.out and "********" in shown.out
    assert "KUULO_BRAND_ACME_MASTODON_TOKEN" in shown.out
    bad = kuulo("brand", "set", "acme", "digest_time", "9am")
    assert bad.code == 1 and "use HH:MM" in bad.err
    assert kuulo("brand", "rename", "acme", "acme_se").code == 0
    assert "acme_se" in kuulo("brand", "list").out
    removed = kuulo("brand", "remove", "acme_se")
    assert removed.code == 0, removed.err
    assert "watches removed: 0" in removed.out and "kept: 0 decisions, 0 published replies" in removed.out
    assert "acme" not in kuulo("brand", "list").out


def test_cli_bad_input_is_one_line_and_exit_1(kuulo: Kuulo) -> None:
    for args, message in (
        (("brand", "add", "Acme"), "not a valid brand name"),
        (("brand", "show", "nope"), "no brand 'nope'"),
        (("brand", "remove", "default"), "cannot be removed"),
    ):
        result = kuulo(*args)
        assert result.code == 1 and message in result.err, (args, result.err)
    kuulo("brand", "add", "acme")
    dup = kuulo("brand", "add", "acme")
    assert dup.code == 1 and "exists already" in dup.err


def test_review_lists_only_the_chosen_brands_drafts(kuulo: Kuulo, tmp_path: Path) -> None:
    assert kuulo("brand", "add", "acme").code == 0
    db = Database.open(f"sqlite:///{tmp_path / 'data' / 'kuulo.db'}")
    try:
        ours = make_draft(db)
        theirs = make_draft(db, brand_id=_brand_id(db, "acme"))
        assert [d.id for d in review.pending(db)] == [ours, theirs]
        assert [d.id for d in review.pending(db, _brand_id(db, "acme"))] == [theirs]
    finally:
        db.dispose()
    listed = kuulo("review", "list", "--json", "--brand", "acme")
    assert listed.code == 0, listed.err
    assert [json.loads(line)["id"] for line in listed.out.splitlines()] == [theirs]
    assert len(kuulo("review", "list", "--json").out.splitlines()) == 2
    unknown = kuulo("review", "list", "--brand", "nope")
    assert unknown.code == 1 and "no brand 'nope'" in unknown.err
