"""Titles that are not risky stop escalating their threads (issue 18): a class only the detector reads in a title needs
support from the thread's own comments, and a crisis rule hit on a thing's death in a title is dropped as on a
comment."""

from __future__ import annotations

import pytest

from bot.signals.combine import SUPPORT_FREE, TITLE_SUPPORT_MIN, own_classes, thread_flags, title_support
from bot.signals.judgement import CLASSES, Verdict, head_verdicts
from bot.signals.types import Signals
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def _detector_only(flags: tuple[str, ...] = (), grey: tuple[str, ...] = ()) -> Verdict:
    return Verdict(flags, grey, dict.fromkeys(CLASSES, 0.0))


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Min första konsert som pensionär", "sv"),
        ("Ensimmäinen festivaalini 60-vuotiaana", "fi"),
        ("My first festival at 60", "en"),
    ],
)
def test_a_class_only_the_detector_flags_in_a_title_needs_a_comment_that_carries_it(title: str, language: str) -> None:
    misread = _detector_only(flags=("minors",))
    assert thread_flags(title, misread, language, support={}) == ()
    assert thread_flags(title, misread, language, support={"injury_or_health": 5}) == ()
    supported = thread_flags(title, misread, language, support={"minors": TITLE_SUPPORT_MIN})
    assert supported == ("minors",)
    # without a thread's count (a caller that has none), the title passes on what the detector reads, as before
    assert thread_flags(title, misread, language) == ("minors",)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Kirjaston virkailija haukkui mut tiskillä", "fi"),
        ("Expediten skällde på mig i kassan", "sv"),
        ("The clerk yelled at me at the counter", "en"),
    ],
)
def test_a_ban_on_brands_needs_no_support_and_a_grey_title_a_risky_thread(title: str, language: str) -> None:
    """A group's ban on brands is about the group, and no comment carries it. A grey title is a guess: it passes its
    class on when the thread's comments carry that class, or one other class, in numbers (GREY_TITLE_SUPPORT)."""
    grey = _detector_only(grey=("crisis_or_tragedy",))
    assert thread_flags(title, grey, language, support={}) == ()
    assert thread_flags(title, grey, language, support={"crisis_or_tragedy": 2}) == ()
    crowded = {"crisis_or_tragedy": TITLE_SUPPORT_MIN}
    assert thread_flags(title, grey, language, support=crowded) == ("crisis_or_tragedy",)
    # the clerk who scolded someone read as a crisis: its comments carry harassment
    assert thread_flags(title, grey, language, support={"harassment": TITLE_SUPPORT_MIN}) == ("crisis_or_tragedy",)
    # a short thread needs a fifth of its comments
    assert thread_flags(title, grey, language, support={"harassment": 1}, needed=1) == ("crisis_or_tragedy",)
    # without a thread's count (a caller that has none), the grey title passes on as before
    assert thread_flags(title, grey, language) == ("crisis_or_tragedy",)
    banned = _detector_only(flags=("community_rule",))
    assert "community_rule" in SUPPORT_FREE
    assert thread_flags(title, banned, language, support={}) == ("community_rule",)


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("oon 13 ja haluun oman puhelimen, mikä on halvin?", "fi"),
        ("jag är 12 och vill ha en egen cykel, vilken ska jag köpa", "sv"),
        ("im 14 and want my own phone plan, which one", "en"),
    ],
)
def test_a_rule_hit_on_a_title_needs_no_support(title: str, language: str) -> None:
    assert "minors" in thread_flags(title, _detector_only(), language, support={})


def test_a_threads_support_counts_each_comments_own_flags_grey_band_and_doubts_once() -> None:
    base = {"language": "en", "intent": "question", "emotion": "neutral", "is_question": True}
    flagged = Signals(**base, risk=("minors", "competitor_thread"))  # type: ignore[arg-type]
    grey = Signals(**base, uncertain=("minors", "opt_out"))  # type: ignore[arg-type]
    doubt = Signals(**base, risk_doubt=("injury_or_health",))  # type: ignore[arg-type]
    plain = Signals(**base)  # type: ignore[arg-type]
    assert own_classes(grey) == ("minors",)
    assert own_classes(doubt) == ("injury_or_health",)
    support = title_support([own_classes(s) for s in (flagged, grey, doubt, plain)])
    assert support == {"minors": 2, "injury_or_health": 1}


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Puhelin kuoli kesken tärkeän puhelun – onko verkossa vikaa Tampereella?", "fi"),
        ("Batteriet dog igår i min telefon – garanti?", "sv"),
        ("My phone died in the middle of an important call – is the network down in Turku?", "en"),
    ],
)
def test_a_things_death_in_a_title_is_no_crisis(embedder: LocalE5Embedder, title: str, language: str) -> None:
    (verdict,) = head_verdicts(embedder, [title])
    assert verdict.thing_death is not None
    assert "crisis_or_tragedy" not in thread_flags(title, verdict, language, support={})


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Mummo kuoli eilen sairaalassa – miten hoidan hänen liittymänsä?", "fi"),
        ("Min morfar dog i natt – hur säger jag upp hans abonnemang?", "sv"),
        ("My grandad died last night – how do I close his account?", "en"),
    ],
)
def test_a_persons_death_in_a_title_still_flags_its_thread(
    embedder: LocalE5Embedder, title: str, language: str
) -> None:
    (verdict,) = head_verdicts(embedder, [title])
    assert "crisis_or_tragedy" in thread_flags(title, verdict, language, support={})
