"""A thread's risk across polls: later comments count only the flags earlier ones raised on their own.

A comment's stored risk also holds what it inherited from its thread (title, siblings). Counted as its own in a
later poll, a thread flagged once through its comments would keep the flag, and spread it, after the comments
that raised it were deleted or outnumbered. These run the real assess path (offline classifier, detector) on
SQLite, poll after poll.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.config import Settings
from bot.opportunities.assess import Assessment, assess_comments
from bot.storage.db import Database
from bot.storage.models import Comment, Signal, Thread, Watch, utcnow
from bot.watching.threads import comment_hash
from tests.conftest import make_settings
from tests.signals.test_opportunities import EMBEDDER, CountingClassifier, KeywordRetriever

# Raise politics on their own (the rules, the detector agrees or stays silent).
POLITICAL = [
    "The government keeps raising the electricity tax, typical politicians",
    "Parliament voted for the new energy subsidy cut, what a joke",
    "Whoever wins the election will do nothing about power prices",
    "The tariffs on Chinese heat pumps were a political stunt",
    "Honestly the conservatives and the liberals are the same on energy",
]
# Raise nothing on their own.
ORDINARY = [
    "We put ours on the north wall and it has been fine for three winters",
    "Mine makes a soft hum at night but you get used to it",
    "Clean the filters every couple of months, makes a real difference",
    "The installer took about four hours including drilling",
    "Defrost cycles get more frequent below minus twenty in our place",
    "Ours came with a wifi module, handy for switching it on before the weekend",
    "The indoor unit is above the door, air spreads nicely to the bedrooms",
    "I set it to 21 and leave it, cheaper than fiddling with it",
    "Check the noise rating of the outdoor unit before you buy",
    "Our electricity bill dropped noticeably in the first winter",
]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, classifier="offline")


@pytest.fixture
def sqlite(tmp_path: Path) -> Database:
    return Database.open(f"sqlite:///{tmp_path / 'kuulo.db'}")


# No title by default: a thread's comments then speak for it alone (a titled thread whose title reads far from their
# class needs more of them, combine.SIBLING_FAR_SHARE).
def new_thread(db: Database, name: str, title: str = "") -> tuple[int, int]:
    with db.write() as session:
        watch = Watch(
            url=f"https://www.reddit.com/r/Suomi/comments/{name}/x/",
            platform="reddit",
            target=name,
            objective="trust",
            topics=["air-to-air heat pumps in cold climates", "brand:Revontuli"],
            poll_interval_minutes=30,
            thresholds={"draft": 0.55, "digest": 0.3},
        )
        session.add(watch)
        session.flush()
        thread = Thread(
            watch_id=watch.id,
            platform="reddit",
            external_id=name,
            url=watch.url,
            title=title,
            extra={"subreddit": "Suomi"},
            metrics={"comments": 12},
        )
        session.add(thread)
        session.flush()
        return watch.id, thread.id


def add_comments(db: Database, thread_id: int, texts: list[str]) -> list[int]:
    ids = []
    with db.write() as session:
        last = session.scalar(select(Comment.id).where(Comment.thread_id == thread_id).order_by(Comment.id.desc()))
        start = last or 0
        for n, text in enumerate(texts):
            row = Comment(
                thread_id=thread_id,
                platform="reddit",
                external_id=f"c{thread_id}_{start + n}",
                author_id=f"t2_{thread_id}_{start + n}",
                author_name=f"t2_{thread_id}_{start + n}",
                text=text,
                content_hash=comment_hash(text, False, None),
                created_at=utcnow() - timedelta(hours=1),
                metrics={"score": 3},
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
    return ids


def poll(db: Database, settings: Settings, watch_id: int, ids: list[int]) -> dict[int, Assessment]:
    done = assess_comments(
        db=db,
        settings=settings,
        embedder=EMBEDDER,
        retriever=KeywordRetriever(),
        watch_id=watch_id,
        comment_ids=ids,
        classifier=CountingClassifier(),
    )
    return {a.comment_id: a for a in done}


def delete(db: Database, ids: list[int]) -> None:
    with db.write() as session:
        session.execute(update(Comment).where(Comment.id.in_(ids)).values(deleted=True))


def political(assessments: dict[int, Assessment]) -> list[bool]:
    return ["politics" in a.signals.risk for a in assessments.values()]


def test_the_risky_comments_deleted_their_thread_flag_does_not_outlive_them(
    sqlite: Database, settings: Settings
) -> None:
    watch_id, thread_id = new_thread(sqlite, "del1")
    risky = add_comments(sqlite, thread_id, POLITICAL)
    ordinary = add_comments(sqlite, thread_id, ORDINARY[:7])
    first = poll(sqlite, settings, watch_id, risky + ordinary)
    assert political(first) == [True] * 12  # five of twelve: the thread is about politics
    assert all("thread" in first[i].signals.evidence for i in ordinary)  # the ordinary ones inherited it
    with sqlite.read() as session:
        own = {row.comment_id: row.own_risk for row in session.scalars(select(Signal))}
    assert [own[i] for i in risky] == [["politics"]] * 5 and [own[i] for i in ordinary] == [[]] * 7

    delete(sqlite, risky)
    second = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, ORDINARY[7:9]))
    assert political(second) == [False, False]  # seven inherited copies are no one's own risk
    third = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, ORDINARY[9:]))
    assert political(third) == [False]


def test_a_thread_outgrowing_its_risky_share_judges_new_comments_on_their_own_flags(
    sqlite: Database, settings: Settings
) -> None:
    watch_id, thread_id = new_thread(sqlite, "grow1")
    first = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, POLITICAL[:4] + ORDINARY[:8]))
    assert political(first) == [True] * 12  # four of twelve: a third
    second = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, ORDINARY[8:]))
    assert political(second) == [False, False]  # four of fourteen: under a third, as in one poll
    third = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, ["Ours is three years old, no issues"]))
    assert political(third) == [False]


def test_a_thread_whose_risky_comments_remain_propagates_as_within_one_poll(
    sqlite: Database, settings: Settings
) -> None:
    watch_id, thread_id = new_thread(sqlite, "keep1")
    poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, POLITICAL + ORDINARY[:7]))
    later = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, ORDINARY[7:9]))

    once_watch, once_thread = new_thread(sqlite, "once1")
    once = poll(sqlite, settings, once_watch, add_comments(sqlite, once_thread, POLITICAL + ORDINARY[:9]))
    in_one_poll = list(once.values())[-2:]
    assert political(later) == [True, True]  # five of fourteen: still a third
    assert [(a.signals.risk, a.action) for a in later.values()] == [(a.signals.risk, a.action) for a in in_one_poll]


def test_signals_stored_before_own_flags_were_kept_count_their_stored_risk(
    sqlite: Database, settings: Settings
) -> None:
    watch_id, thread_id = new_thread(sqlite, "old1")
    risky = add_comments(sqlite, thread_id, POLITICAL)
    poll(sqlite, settings, watch_id, risky + add_comments(sqlite, thread_id, ORDINARY[:7]))
    with sqlite.write() as session:  # as rows written before migration 0026
        session.execute(update(Signal).values(own_risk=None))
    delete(sqlite, risky)
    second = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, ORDINARY[7:9]))
    assert political(second) == [True, True]  # as before: their stored risk, inherited flags and all


def test_comments_assessed_again_unchanged_count_their_stored_own_flags(sqlite: Database, settings: Settings) -> None:
    """A comment assessed again with its text unchanged (a second brand's watch, a resumed batch) reuses its
    stored signals, whose risk holds what it inherited: its share of the thread's risk is its own flags."""
    watch_id, thread_id = new_thread(sqlite, "again1")
    risky = add_comments(sqlite, thread_id, POLITICAL)
    ordinary = add_comments(sqlite, thread_id, ORDINARY[:7])
    poll(sqlite, settings, watch_id, risky + ordinary)
    delete(sqlite, risky)
    again = poll(sqlite, settings, watch_id, ordinary + add_comments(sqlite, thread_id, ORDINARY[7:9]))
    assert political(again)[-2:] == [False, False]


@pytest.mark.parametrize(
    "title",
    [
        "Kuopion omakotiasujat (yritykset eivät saa vastata täällä): ilmalämpöpumppu vai maalämpö?",
        "Villaägare i Umeå (företag får inte svara i tråden): luftvärmepump eller bergvärme?",
    ],
)
def test_a_ban_on_brands_in_a_titles_bracket_reaches_every_comment_through_assess(
    sqlite: Database, settings: Settings, title: str
) -> None:
    """The poll's own path judges the title's clauses, as `make eval` does: a ban beside a question is not diluted."""
    watch_id, thread_id = new_thread(sqlite, "ban1", title=title)
    done = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, ORDINARY[:3]))
    assert all("community_rule" in a.signals.risk for a in done.values())
    assert all(a.action != "draft" for a in done.values())


def test_a_title_only_the_detector_misreads_needs_a_comment_of_its_own_thread_through_assess(
    sqlite: Database, settings: Settings
) -> None:
    """The detector reads "survived three toddlers" as a crisis; no comment under it comes near one, so the poll's
    own path passes nothing on, as `make eval` does (combine.title_support). A comment carrying the class lets it
    pass."""
    title = "Our heat pump survived three toddlers"
    watch_id, thread_id = new_thread(sqlite, "toddlers1", title=title)
    calm = poll(sqlite, settings, watch_id, add_comments(sqlite, thread_id, ORDINARY[:3]))
    assert not any("crisis_or_tragedy" in a.signals.risk for a in calm.values())

    grieving_watch, grieving_thread = new_thread(sqlite, "toddlers2", title=title)
    texts = [*ORDINARY[:3], "My father died in a house fire last week and I still can't think about anything"]
    grieving = poll(sqlite, settings, grieving_watch, add_comments(sqlite, grieving_thread, texts))
    assert all("crisis_or_tragedy" in a.signals.risk for a in grieving.values())
