"""A risk word inside the brand's or a competitor's own name (session 43, issue 18): a stitching shop named after the
Swedish word for a stitch, a café named after an ambulance. The name names a shop or a product, never the situation,
so no rule hits it in a comment or in a thread's head, and a title naming the shop passes no risk to its comments; a
harm told beside the name is still read. Every sentence and name here is written for this file; the verdicts are
invented, no model runs but the offline classifier's own (the bundled embedder)."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import judge_threads, sibling_title_agrees, thread_flags
from bot.signals.offline import OfflineClassifier, SignalContext
from knowledge.embeddings import LocalE5Embedder
from tests.signals.helpers import harmless, question

INJURY = "injury_or_health"
NAMES = ("Stygnstugan", "Stygnkorgen", "Ambulanssikahvila")


@pytest.mark.parametrize(
    "text",
    [
        "Stygnstugans nya vårmönster är här",
        "Stygnstugan sent the wrong kit again",
        "Tilasin Stygnkorgenin tammikuulle, milloin se lähtee?",
        "Ambulanssikahvila avasi uuden paikan Tampereelle",
    ],
)
def test_a_risk_word_inside_a_name_is_no_rule_hit(text: str) -> None:
    assert INJURY in rules.risk_flags(text)  # the word alone, as before
    assert INJURY not in rules.risk_flags(text, None, NAMES)


@pytest.mark.parametrize(
    "text",
    [
        "Ordered from Stygnstugan, the needle slipped and I needed stitches",
        "Stygnstugans kit kom fram men jag skar mig och fick sy tre stygn",
        "Ambulanssikahvilan edessä kaaduin ja ranne murtui",
    ],
)
def test_a_harm_told_beside_the_name_is_still_read(text: str) -> None:
    assert INJURY in rules.risk_flags(text, None, NAMES)


def test_unnamed_keeps_the_text_length_and_the_other_words() -> None:
    text = "Stygnstugans kit är fint"
    blanked = rules.unnamed(text, NAMES)
    assert len(blanked) == len(text)
    assert blanked.endswith("kit är fint")
    assert "Stygn" not in blanked
    assert rules.unnamed(text, ()) == text


TITLE = "Stygnstugans nya vårmönster 🌷"


def test_a_title_naming_the_shop_passes_no_risk_with_the_names() -> None:
    assert INJURY in thread_flags(TITLE, harmless(), None, support={}, needed=3)
    assert INJURY not in thread_flags(TITLE, harmless(), None, support={}, needed=3, names=NAMES)
    assert not sibling_title_agrees(INJURY, TITLE, harmless(), None, NAMES)


def test_the_comments_under_a_title_naming_the_shop_are_not_escalated_for_it() -> None:
    size = 8
    args = ([question() for _ in range(size)], [harmless()] * size, ["t"] * size, {"t": (TITLE, harmless())})
    assert all(INJURY in j.signals.risk for j in judge_threads(*args))
    named = judge_threads(*args, names=NAMES)
    assert all(INJURY not in j.signals.risk and not j.title_flags for j in named)


def test_a_title_telling_a_harm_beside_the_name_still_passes_it() -> None:
    title = "Stygnstugan workshop: I fell down the stairs and broke my wrist"
    assert INJURY in thread_flags(title, harmless(), None, support={}, needed=3, names=NAMES)


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    return OfflineClassifier(LocalE5Embedder())


def test_the_offline_classifier_reads_no_risk_in_the_brand_name(classifier: OfflineClassifier) -> None:
    text = "Stygnstugans vårmönster är det finaste jag sett i år"
    context = SignalContext(brand_terms=("Stygnstugan",))
    assert INJURY in classifier.classify([text])[0].risk
    assert INJURY not in classifier.classify([text], context)[0].risk
