"""An opt-out aimed at one brand ("stop replying, Kajo") suppresses the author for that brand only; one that
names no brand suppresses them for every brand. Both brands watch the thread and assess the same comments
(the offline classifier, the e5 model); each brand's later assessment of the author's next comment shows
whether it may answer them. Erasure and manual entries stay for every brand."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.brands.aliases import named_in
from bot.brands.records import add_brand, set_value
from bot.brands.settings import all_brands, resolve
from bot.config import Settings
from bot.opportunities.assess import assess_comments
from bot.privacy import suppress as suppression
from bot.privacy.suppress import author_hash, is_suppressed
from bot.storage.db import Database
from bot.storage.models import Comment, Suppression, Watch, utcnow
from bot.watching.threads import comment_hash
from tests.signals.test_opportunities import EMBEDDER, CountingClassifier, KeywordRetriever, seed, settings

__all__ = ["settings"]  # the offline classifier's settings fixture

TEXTS = {
    "named": ("t2_named", "Stop replying to my comments, Kajo. I don't want brand replies"),
    "everyone": ("t2_all", "Stop replying to my comments, I don't want brand replies"),
    "named_later": ("t2_named", "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"),
    "everyone_later": ("t2_all", "Does the Revontuli Arctic keep heating at -25 near Sodankylä?"),
}


def _comments(db: Database, thread_id: int) -> dict[str, int]:
    ids = {}
    with db.write() as session:
        for key, (author, text) in TEXTS.items():
            row = Comment(
                thread_id=thread_id,
                platform="reddit",
                external_id=f"c_{key}",
                author_id=author,
                author_name=author,
                text=text,
                content_hash=comment_hash(text, False, None),
                created_at=utcnow() - timedelta(hours=2),
            )
            session.add(row)
            session.flush()
            ids[key] = row.id
    return ids


def _assess(db: Database, install: Settings, brand: str, watch_id: int, ids: list[int]) -> dict[int, str]:
    done = assess_comments(
        db=db,
        settings=resolve(db, install, brand).settings,
        install_settings=install,
        embedder=EMBEDDER,
        retriever=KeywordRetriever(),
        watch_id=watch_id,
        comment_ids=ids,
        classifier=CountingClassifier(),
    )
    return {a.comment_id: a.reason for a in done}


def test_an_opt_out_naming_one_brand_suppresses_for_it_only_and_one_naming_none_for_every_brand(
    db: Database, settings: Settings
) -> None:
    set_value(db, "default", "display_name", "Revontuli Oy")
    add_brand(db, "kajo", display_name="Kajo Oy")
    default_watch, _seeded = seed(db)
    with db.write() as session:
        first = session.get(Watch, default_watch)
        assert first is not None
        kajo = Watch(url=first.url, platform="reddit", target=first.target, objective="trust", topics=first.topics,
                     poll_interval_minutes=30, thresholds=first.thresholds, brand_id=2)  # fmt: skip
        session.add(kajo)
        session.flush()
        kajo_watch = kajo.id
        thread_id = session.scalar(select(Comment.thread_id).limit(1))
    assert thread_id is not None
    ids = _comments(db, thread_id)
    assert [b.name for b in named_in(TEXTS["named"][1], all_brands(db, settings))] == ["kajo"]

    opt_outs = [ids["named"], ids["everyone"]]
    for brand, watch in (("default", default_watch), ("kajo", kajo_watch)):  # both brands judge the opt-outs
        assert all("asked not to be contacted" in r for r in _assess(db, settings, brand, watch, opt_outs).values())
    with db.read() as session:
        rows = sorted(
            (author_hash, brand_id or 0)
            for author_hash, brand_id in session.execute(select(Suppression.author_hash, Suppression.brand_id))
        )
        assert rows == sorted([(author_hash("t2_named"), 2), (author_hash("t2_all"), 0)])  # one row each
        assert not is_suppressed(session, "reddit", "t2_named", brand_id=1)
        assert is_suppressed(session, "reddit", "t2_named", brand_id=2)
        assert all(is_suppressed(session, "reddit", "t2_all", brand_id=b) for b in (1, 2))

    later = [ids["named_later"], ids["everyone_later"]]
    revontuli = _assess(db, settings, "default", default_watch, later)
    theirs = _assess(db, settings, "kajo", kajo_watch, later)
    assert "asked not to be contacted" not in revontuli[ids["named_later"]]  # Kajo was named, not Revontuli
    assert "asked not to be contacted" in theirs[ids["named_later"]]
    assert "asked not to be contacted" in revontuli[ids["everyone_later"]]
    assert "asked not to be contacted" in theirs[ids["everyone_later"]]

    # a manual entry holds for every brand; the listing says which brand an opt-out named
    assert suppression.add(db, "reddit", "t2_named")
    with db.read() as session:
        assert is_suppressed(session, "reddit", "t2_named", brand_id=1)
    scopes = {(h, brand) for _p, h, _r, _c, brand in suppression.listing(db)}
    assert (author_hash("t2_named"), "kajo") in scopes and (author_hash("t2_named"), None) in scopes
    assert suppression.remove(db, "reddit", "t2_named")  # off the list for every brand
    with db.read() as session:
        assert not is_suppressed(session, "reddit", "t2_named", brand_id=2)
