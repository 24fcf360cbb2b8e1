"""Migrations 0016 (brands) and 0017 (shared threads, posts keyed by host): an existing database becomes
brand default's, each assessment its brand's and watch's, and the steps are reversible."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from bot.brands.records import add_brand, list_brands
from bot.storage.db import Database, alembic_config, head_revision
from bot.storage.models import Digest, Opportunity, Post, Watch, post_account
from tests.slack.factory import make_draft


def _alembic(db: Database, action: str, revision: str) -> None:
    """Run an Alembic command on the database as ``Database.migrate`` does (foreign keys off on SQLite)."""
    with db.engine.connect() as connection:
        sqlite = db.engine.dialect.name == "sqlite"
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        with connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def test_downgrade_and_upgrade_keep_watches_and_make_them_brand_defaults(db: Database) -> None:
    make_draft(db)
    _alembic(db, "downgrade", "0009")
    assert "brands" not in inspect(db.engine).get_table_names()
    assert "brand_id" not in {c["name"] for c in inspect(db.engine).get_columns("watches")}
    _alembic(db, "upgrade", "head")
    with db.read() as session:
        assert list(session.scalars(select(Watch.brand_id))) == [1]
        assert session.scalar(select(Digest.id)) is None
    assert [b.name for b in list_brands(db)] == ["default"]
    add_brand(db, "acme")  # the id sequence moved past the migration's own row (PostgreSQL)
    assert [b.name for b in list_brands(db)] == ["default", "acme"]


def test_downgrade_is_refused_while_other_brands_exist(db: Database) -> None:
    add_brand(db, "acme")
    with pytest.raises(RuntimeError, match="remove them"):
        _alembic(db, "downgrade", "0009")
    assert [b.name for b in list_brands(db)] == ["default", "acme"]


def _post(session: Any, draft_id: int, external_id: str, url: str | None) -> None:
    session.add(
        Post(
            draft_id=draft_id,
            platform="mastodon",
            external_id=external_id,
            account=post_account(url),
            url=url,
            text="Kiitos!",
            approver="UANNA",
            drafter="llm",
        )
    )


def test_0017_upgrade_gives_each_assessment_its_brand_and_watch_and_each_post_its_host(db: Database) -> None:
    acme = add_brand(db, "acme")
    drafts = [make_draft(db), make_draft(db, brand_id=acme.id)]
    with db.write() as session:
        session.add(
            Post(
                draft_id=drafts[0],
                platform="mastodon",
                external_id="1",
                url="https://Social.Example/@kuulo/1",
                text="Kiitos!",
                approver="UANNA",
                drafter="llm",
            )
        )
    _alembic(db, "downgrade", "0012")
    assert "watch_id" not in {c["name"] for c in inspect(db.engine).get_columns("opportunities")}
    _alembic(db, "upgrade", "head")
    with db.read() as session:
        judged = {o.brand_id: o.watch_id for o in session.scalars(select(Opportunity))}
        watches = {w.brand_id: w.id for w in session.scalars(select(Watch))}
        assert judged == watches == {1: judged[1], acme.id: judged[acme.id]}
        assert session.scalars(select(Post.account)).one() == "social.example"


def test_two_brands_may_watch_one_thread_and_own_posts_of_one_id_on_two_instances(db: Database) -> None:
    acme = add_brand(db, "acme")
    first, second = make_draft(db), make_draft(db, brand_id=acme.id)
    with db.write() as session:
        target = session.scalar(select(Watch.target).where(Watch.brand_id == 1))
        session.add(
            Watch(
                url="https://x.test/",
                platform="reddit",
                target=target,
                objective="trust",
                poll_interval_minutes=30,
                brand_id=acme.id,
            )
        )
        _post(session, first, "109", "https://one.example/@a/109")
        _post(session, second, "109", "https://two.example/@b/109")  # the same status id on another instance
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(
            Watch(
                url="https://x.test/",
                platform="reddit",
                target=target,
                objective="trust",
                poll_interval_minutes=30,
                brand_id=acme.id,
            )
        )
    with db.read() as session:
        assert sorted(session.scalars(select(Post.account))) == ["one.example", "two.example"]


def test_0017_downgrade_is_refused_while_a_thread_has_several_brands(db: Database) -> None:
    acme = add_brand(db, "acme")
    make_draft(db)
    with db.write() as session:
        target = session.scalar(select(Watch.target))
        session.add(
            Watch(
                url="https://x.test/",
                platform="reddit",
                target=target,
                objective="trust",
                poll_interval_minutes=30,
                brand_id=acme.id,
            )
        )
    with pytest.raises(RuntimeError, match="watched by several brands"):
        _alembic(db, "downgrade", "0012")
    assert db.current_revision() == head_revision()
