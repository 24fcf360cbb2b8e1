"""assess_comments stores signals once per text, scores, suppresses opt-outs and exports."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.config import Settings
from bot.domain import Passage
from bot.opportunities.assess import assess_comments
from bot.ops.exports import export_text
from bot.privacy.suppress import author_hash
from bot.signals.offline import OfflineClassifier, SignalContext
from bot.signals.types import Signals
from bot.storage.db import Database
from bot.storage.models import Comment, Opportunity, Signal, Suppression, Thread, Watch, utcnow
from bot.watching.threads import comment_hash
from knowledge.embeddings import LocalE5Embedder
from tests.conftest import make_settings
from tests.test_exports import validate_rows

EMBEDDER = LocalE5Embedder()
FAQ = Passage(
    id="faq-cold",
    text="Revontuli Arctic heats down to -30 °C; at -25 °C output is about 70 % of nominal.",
    kind="faq",
    language="en",
    visibility="public",
    source="faq.md",
)


class KeywordRetriever:
    """Scores the one FAQ passage by embedding similarity, like the Chroma store does."""

    def __init__(self) -> None:
        self.vector = EMBEDDER.embed_passages([FAQ.text])[0]

    def search(
        self, query: str, *, k: int = 5, language: str | None = None, kinds: Sequence[str] | None = None
    ) -> list[Passage]:
        score = float(EMBEDDER.embed_queries([query])[0] @ self.vector)
        return [Passage(**{**FAQ.__dict__, "score": score})]


class CountingClassifier:
    method = "offline"

    def __init__(self) -> None:
        self.inner = OfflineClassifier(EMBEDDER)
        self.seen: list[str] = []

    def classify(self, texts: Sequence[str], context: SignalContext | None = None) -> list[Signals]:
        self.seen.extend(texts)
        return self.inner.classify(texts, context)


TEXTS = {
    "q": "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi",
    "risk": "My neighbour's house burned down last night because of a heater, so sad",
    "optout": "Stop replying to my comments, I don't want brand replies",
    "later": "Also how loud is the outdoor unit at -25?",
}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, classifier="offline")


def seed(db: Database) -> tuple[int, dict[str, int]]:
    now = utcnow()
    with db.write() as session:
        watch = Watch(
            url="https://www.reddit.com/r/Suomi/comments/1abcde/x/",
            platform="reddit",
            target="1abcde",
            objective="trust",
            topics=["air-to-air heat pumps in cold climates", "brand:Revontuli", "competitor:Nordvarm"],
            poll_interval_minutes=30,
            thresholds={"draft": 0.55, "digest": 0.3},
        )
        session.add(watch)
        session.flush()
        thread = Thread(
            watch_id=watch.id,
            platform="reddit",
            external_id="1abcde",
            url=watch.url,
            title="Heat pumps up north?",
            extra={"subreddit": "Suomi"},
            metrics={"comments": 12},
        )
        session.add(thread)
        session.flush()
        ids = {}
        for key, text in TEXTS.items():
            author = "t2_optout" if key in ("optout", "later") else f"t2_{key}"
            row = Comment(
                thread_id=thread.id,
                platform="reddit",
                external_id=f"c_{key}",
                author_id=author,
                author_name=author,
                text=text,
                content_hash=comment_hash(text, False, None),
                created_at=now - timedelta(hours=2),
                metrics={"score": 14},
            )
            session.add(row)
            session.flush()
            ids[key] = row.id
        return watch.id, ids


def run(
    db: Database, settings: Settings, watch_id: int, ids: list[int], classifier: CountingClassifier
) -> dict[int, str]:
    result = assess_comments(
        db=db,
        settings=settings,
        embedder=EMBEDDER,
        retriever=KeywordRetriever(),
        watch_id=watch_id,
        comment_ids=ids,
        classifier=classifier,
    )
    return {a.comment_id: a.action for a in result}


def test_assess_drafts_answerable_question_escalates_risk_and_suppresses_opt_out(
    db: Database, settings: Settings
) -> None:
    watch_id, ids = seed(db)
    classifier = CountingClassifier()
    actions = run(db, settings, watch_id, [ids["q"], ids["risk"], ids["optout"]], classifier)
    assert actions == {ids["q"]: "draft", ids["risk"]: "escalate", ids["optout"]: "ignore"}
    with db.read() as session:
        opportunity = session.scalar(select(Opportunity).where(Opportunity.comment_id == ids["q"]))
        assert opportunity is not None
        assert "answers it" in opportunity.reason
        assert "14 upvotes" in opportunity.reason
        suppressed = session.scalars(select(Suppression.author_hash)).all()
        assert suppressed == [author_hash("t2_optout")]
        assert "t2_optout" not in json.dumps(list(suppressed))
        risk = session.get(Signal, ids["risk"])
        assert risk is not None
        assert risk.risk == ["crisis_or_tragedy"]
        assert risk.content_hash
    # The same author's later question is never drafted.
    assert run(db, settings, watch_id, [ids["later"]], classifier) == {ids["later"]: "ignore"}


def test_signals_are_computed_once_and_again_only_after_an_edit(db: Database, settings: Settings) -> None:
    watch_id, ids = seed(db)
    classifier = CountingClassifier()
    run(db, settings, watch_id, [ids["q"]], classifier)
    run(db, settings, watch_id, [ids["q"]], classifier)
    assert classifier.seen == [TEXTS["q"]]
    edited = "Does the Revontuli Arctic keep heating at -30? Asking for a cabin in Inari"
    with db.write() as session:
        row = session.get(Comment, ids["q"])
        assert row is not None
        row.text, row.content_hash = edited, comment_hash(edited, False, utcnow())
    run(db, settings, watch_id, [ids["q"]], classifier)
    assert classifier.seen == [TEXTS["q"], edited]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Signal)) == 1
        assert session.scalar(select(func.count()).select_from(Opportunity)) == 1


def test_opportunities_export_matches_its_documented_schema(db: Database, settings: Settings) -> None:
    watch_id, ids = seed(db)
    run(db, settings, watch_id, list(ids.values()), CountingClassifier())
    with db.read() as session:
        rows = [json.loads(line) for line in export_text(session, "opportunities", "jsonl").splitlines()]
        table = export_text(session, "opportunities", "csv")
    validate_rows("opportunities", rows)
    by_id = {r["comment_id"]: r for r in rows}
    assert by_id["c_q"]["action"] == "draft"
    assert by_id["c_q"]["language"] == "en"
    assert by_id["c_risk"]["risk"] == ["crisis_or_tragedy"]
    assert by_id["c_risk"]["action"] == "escalate"
    assert rows[0]["score"] >= rows[-1]["score"]
    assert table.splitlines()[0].startswith("brand,comment_id,platform,thread_id,language,intent")


def test_a_thread_posted_by_a_competitors_own_account_is_never_drafted(db: Database, settings: Settings) -> None:
    watch_id, ids = seed(db)
    with db.write() as session:
        thread = session.scalar(select(Thread))
        assert thread is not None
        thread.author = "Nordvarm_Suomi"  # the competitor's own post: replying under it would be poaching
    classifier = CountingClassifier()
    result = assess_comments(
        db=db,
        settings=settings,
        embedder=EMBEDDER,
        retriever=KeywordRetriever(),
        watch_id=watch_id,
        comment_ids=[ids["q"]],
        classifier=classifier,
    )
    assert [a.action for a in result] == ["escalate"]
    assert "competitor_thread" in result[0].signals.risk


def _flat_thread(
    db: Database, texts: list[tuple[str, str]], parents: dict[int, int] | None = None
) -> tuple[int, list[int]]:
    """A thread whose comments are all at the top level (as under a video), in this order; ``parents`` makes
    comment i a reply to comment j."""
    now = utcnow()
    with db.write() as session:
        watch = Watch(
            url="https://www.reddit.com/r/Suomi/comments/2flat/x/",
            platform="reddit",
            target="2flat",
            objective="trust",
            topics=["heat pumps", "brand:Revontuli"],
            poll_interval_minutes=30,
        )
        session.add(watch)
        session.flush()
        thread = Thread(watch_id=watch.id, platform="reddit", external_id="2flat", url=watch.url, title="Heat pumps?")
        session.add(thread)
        session.flush()
        ids = []
        for number, (author, text) in enumerate(texts):
            row = Comment(
                thread_id=thread.id,
                platform="reddit",
                external_id=f"f{number}",
                parent_external_id=f"f{(parents or {})[number]}" if number in (parents or {}) else None,
                author_id=author,
                author_name=author,
                text=text,
                content_hash=comment_hash(text, False, None),
                created_at=now - timedelta(hours=2, minutes=-number),
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
        return watch.id, ids


def _plans(db: Database) -> dict[int, str]:
    with db.read() as session:
        return {o.comment_id: str((o.parts or {}).get("plan_reason")) for o in session.scalars(select(Opportunity))}


def test_a_question_answered_by_the_comment_just_before_it_gets_no_reply(db: Database, settings: Settings) -> None:
    """Under a video people do not thread replies: the statement just before a question may be its answer."""
    statement = "The Revontuli Arctic heats down to -30 °C, ours ran fine at -25 all January"
    question = "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"
    watch_id, ids = _flat_thread(db, [("t2_a", statement), ("t2_b", question)])
    run(db, settings, watch_id, ids, CountingClassifier())

    assert _plans(db)[ids[1]] == "already answered correctly in the thread"


def test_a_question_two_comments_after_a_statement_is_still_answered(db: Database, settings: Settings) -> None:
    statement = "The Revontuli Arctic heats down to -30 °C, ours ran fine at -25 all January"
    question = "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"
    between = "We are still deciding between brands for our cabin"
    watch_id, ids = _flat_thread(db, [("t2_a", statement), ("t2_c", between), ("t2_b", question)])
    run(db, settings, watch_id, ids, CountingClassifier())

    assert _plans(db)[ids[2]] == "question the guidance answers"


def test_a_question_asked_again_after_a_member_answered_it_gets_no_reply(db: Database, settings: Settings) -> None:
    """The same question asked again lower down ("wait, does it heat at -25?") is answered on the page already by
    the member's reply to the first asker; a question about something else under the same passage is not."""
    first = "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"
    answer = "yes, ours ran fine at -25 all January, it heats down to -30 °C"
    again = "wait does the Revontuli Arctic keep heating at -25 really?"
    other = "How loud is the Revontuli Arctic outdoor unit at night?"
    watch_id, ids = _flat_thread(
        db, [("t2_a", first), ("t2_b", answer), ("t2_c", again), ("t2_d", other)], parents={1: 0}
    )
    run(db, settings, watch_id, ids, CountingClassifier())

    plans = _plans(db)
    assert plans[ids[0]] == "already answered correctly in the thread"  # the reply to it answers it
    assert plans[ids[2]] == "already answered correctly in the thread"
    assert plans[ids[3]] != "already answered correctly in the thread"


def test_an_amount_stated_anywhere_earlier_answers_a_question_that_asks_it(db: Database, settings: Settings) -> None:
    """A question that asks an amount and states none ("how many degrees ...?") is answered on the page by an
    earlier statement, however far up, that gives the passage's own amount; one with a wrong amount answers
    nothing."""
    statement = "The Revontuli Arctic heats down to -30 °C, it says so in their FAQ"
    between = "We are still deciding between brands for our cabin"
    question = "How many degrees below zero does the Revontuli Arctic heat down to?"
    watch_id, ids = _flat_thread(db, [("t2_a", statement), ("t2_c", between), ("t2_b", question)])
    run(db, settings, watch_id, ids, CountingClassifier())
    assert _plans(db)[ids[2]] == "already answered correctly in the thread"


def test_a_wrong_amount_stated_earlier_does_not_answer_the_question(db: Database, settings: Settings) -> None:
    statement = "The Revontuli Arctic heats down to -15 °C, it says so in their FAQ"
    between = "We are still deciding between brands for our cabin"
    question = "How many degrees below zero does the Revontuli Arctic heat down to?"
    watch_id, ids = _flat_thread(db, [("t2_a", statement), ("t2_c", between), ("t2_b", question)])
    run(db, settings, watch_id, ids, CountingClassifier())
    assert _plans(db)[ids[2]] == "question the guidance answers"


def test_a_question_for_a_duration_the_passage_does_not_state_is_not_answered(db: Database, settings: Settings) -> None:
    """The cold-weather passage is about the Arctic in the cold, but states no time: "how long does it take to
    warm the house at -25?" is not answered by it, however similar it reads."""
    duration = "How long does the Revontuli Arctic take to warm up the house at -25?"
    watch_id, ids = _flat_thread(db, [("t2_a", duration)])
    run(db, settings, watch_id, ids, CountingClassifier())
    assert _plans(db)[ids[0]] == "guidance does not answer this"


def test_a_wrong_figure_corrected_by_a_short_reply_gets_no_second_correction(db: Database, settings: Settings) -> None:
    claim = "The Revontuli Arctic only heats down to -15 °C, I read it somewhere"
    watch_id, ids = _flat_thread(db, [("t2_a", claim), ("t2_b", "-30 says their site")], parents={1: 0})
    run(db, settings, watch_id, ids, CountingClassifier())
    assert _plans(db)[ids[0]] == "already corrected in the thread"


def test_a_wrong_figure_with_no_correction_under_it_is_corrected(db: Database, settings: Settings) -> None:
    claim = "The Revontuli Arctic only heats down to -15 °C, I read it somewhere"
    watch_id, ids = _flat_thread(db, [("t2_a", claim), ("t2_b", "hmm not sure about that")], parents={1: 0})
    run(db, settings, watch_id, ids, CountingClassifier())
    assert _plans(db)[ids[0]] != "already corrected in the thread"


def test_a_reply_with_a_figure_the_guidance_does_not_state_answers_nothing(db: Database, settings: Settings) -> None:
    question = "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"
    wrong = "no way, mine stopped at about 15 below"
    watch_id, ids = _flat_thread(db, [("t2_a", question), ("t2_b", wrong)], parents={1: 0})
    run(db, settings, watch_id, ids, CountingClassifier())

    assert _plans(db)[ids[0]] != "already answered correctly in the thread"


def test_a_thread_whose_earlier_comments_talk_politics_sends_a_later_question_to_a_person(
    db: Database, settings: Settings
) -> None:
    """The title ("Heat pumps?") says nothing, but four of its six comments argue about the government: a
    question under it, assessed in a later poll, is escalated with the thread's flag, not drafted."""
    political = [
        ("t2_a", "The government cut the heat pump subsidy again, thanks for nothing"),
        ("t2_b", "Hallitus leikkasi taas tuet, vaaleissa muistetaan"),
        ("t2_c", "Regeringen bryr sig inte, rösta bort dem i valet"),
        ("t2_d", "Typical politicians, the election can't come soon enough"),
        ("t2_e", "We are still deciding between brands for our cabin"),
    ]
    question = "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"
    watch_id, ids = _flat_thread(db, [*political, ("t2_q", question)])
    first = run(db, settings, watch_id, ids[:-1], CountingClassifier())
    assert sum(action == "escalate" for action in first.values()) >= 4
    result = assess_comments(
        db=db,
        settings=settings,
        embedder=EMBEDDER,
        retriever=KeywordRetriever(),
        watch_id=watch_id,
        comment_ids=[ids[-1]],
        classifier=CountingClassifier(),
    )
    assert [a.action for a in result] == ["escalate"]
    assert "politics" in result[0].signals.risk and result[0].signals.evidence["thread"] == "politics"


COMPLAINT = "Our Revontuli installer never came, we waited three weeks and nobody answers the phone. Not ok."
ME_TOO = "same here, waited 4 weeks for ours and still no call back"


@pytest.mark.parametrize("later_poll", [False, True])
def test_a_me_too_under_a_complaint_is_acknowledged_in_the_same_poll_or_a_later_one(
    db: Database, settings: Settings, later_poll: bool
) -> None:
    """Whether the comment it replies to was a complaint comes from that comment's plan: decided in the same batch,
    or stored by an earlier poll."""
    watch_id, ids = _flat_thread(
        db, [("t2_a", COMPLAINT), ("t2_b", ME_TOO), ("t2_c", "same, so annoying")], parents={1: 0, 2: 0}
    )
    if later_poll:
        run(db, settings, watch_id, ids[:1], CountingClassifier())
        run(db, settings, watch_id, ids[1:], CountingClassifier())
    else:
        run(db, settings, watch_id, ids, CountingClassifier())

    with db.read() as session:
        plans = {o.comment_id: str((o.parts or {}).get("plan")) for o in session.scalars(select(Opportunity))}
    assert plans[ids[0]] == "acknowledge"
    assert plans[ids[1]] == "acknowledge"  # the same bad experience, told with their own wait
    assert plans[ids[2]] == "none"  # agreement alone


def test_a_me_too_under_a_question_is_not_a_complaint(db: Database, settings: Settings) -> None:
    question = "Does the Revontuli Arctic really keep heating at -25? We live near Rovaniemi"
    watch_id, ids = _flat_thread(db, [("t2_a", question), ("t2_b", ME_TOO)], parents={1: 0})
    run(db, settings, watch_id, ids, CountingClassifier())

    with db.read() as session:
        plans = {o.comment_id: str((o.parts or {}).get("plan")) for o in session.scalars(select(Opportunity))}
    assert plans[ids[1]] != "acknowledge"


WARRANTY = {
    "en": "Revontuli heat pumps have a five-year warranty that covers the compressor and the outdoor unit.",
    "fi": "Revontulin lämpöpumpuilla on viiden vuoden takuu, joka kattaa kompressorin ja ulkoyksikön.",
    "sv": "Revontulis värmepumpar har fem års garanti som täcker kompressorn och utedelen.",
}


class OnePassageRetriever:
    """One public FAQ passage, scored by embedding similarity like the Chroma store."""

    def __init__(self, text: str, language: str) -> None:
        self.passage = Passage(
            id="faq-warranty", text=text, kind="faq", language=language, visibility="public", source="faq.md"
        )
        self.vector = EMBEDDER.embed_passages([text])[0]

    def search(
        self, query: str, *, k: int = 5, language: str | None = None, kinds: Sequence[str] | None = None
    ) -> list[Passage]:
        if kinds and self.passage.kind not in kinds:
            return []
        score = float(EMBEDDER.embed_queries([query])[0] @ self.vector)
        return [Passage(**{**self.passage.__dict__, "score": score})]


# (the person before telling their own story, the question, a statement that answers it), per language
STORY_THEN_QUESTION = {
    "en": (
        "Got our Revontuli installed last spring, the warranty paperwork was quick and painless",
        "Does the warranty also cover the outdoor unit?",
        "The warranty covers the outdoor unit as well, it says so in the terms",
    ),
    "fi": (
        "Meille asennettiin Revontuli viime keväänä, takuupaperit tuli nopeasti ja kivuttomasti",
        "Kattaako takuu myös ulkoyksikön?",
        "Takuu kattaa myös ulkoyksikön, se lukee ehdoissa",
    ),
    "sv": (
        "Vi fick vår Revontuli installerad i våras, garantipappren kom snabbt och smidigt",
        "Täcker garantin även utedelen?",
        "Garantin täcker utedelen också, det står i villkoren",
    ),
}


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_a_story_just_before_a_question_that_names_not_what_it_asks_does_not_answer_it(
    db: Database, settings: Settings, language: str
) -> None:
    """Under a video the statement just before a question may answer it, but only one naming what the question
    itself names (the outdoor unit): the person before telling of their own installation reads near the same
    warranty passage and answers nothing."""
    story, question, answer = STORY_THEN_QUESTION[language]
    watch_id, ids = _flat_thread(db, [("t2_a", story), ("t2_b", question), ("t2_c", answer), ("t2_d", question)])
    assess_comments(
        db=db,
        settings=settings,
        embedder=EMBEDDER,
        retriever=OnePassageRetriever(WARRANTY[language], language),
        watch_id=watch_id,
        comment_ids=ids,
        classifier=CountingClassifier(),
    )
    plans = _plans(db)
    assert plans[ids[1]] != "already answered correctly in the thread"
    assert plans[ids[3]] == "already answered correctly in the thread"
