"""A claim read against the guidance of every language (assess._opposed): the writers give each fact in one language
only, while people comment in Finnish, Swedish and English."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from bot.domain import Passage
from bot.opportunities.assess import _opposed, _sentence_shifts
from bot.opportunities.claims import common_stems, shares_stem
from bot.opportunities.plan import GuidanceFit, ThreadContext, plan_reply
from bot.signals.types import Signals

CLAIM = "Tuulikki rents only Polestar cars, nothing else"


class FixedRetriever:
    """Every passage of the asked language (all when none is asked), in the given order."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = list(passages)

    def search(self, text: str, *, k: int = 5, language: str | None = None, **_: Any) -> list[Passage]:
        return [p for p in self.passages if language is None or p.language == language][:k]


class SentenceEmbedder:
    """Each sentence's similarity to the query (a unit vector [1, 0]) as given; anything else reads 0.70."""

    name, dim = "fake", 2

    def __init__(self, similarity: dict[str, float]) -> None:
        self.similarity = similarity

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for text in texts:
            s = self.similarity.get(text, 0.70)
            rows.append([s, float(np.sqrt(1 - s * s))])
        return np.asarray(rows, dtype=np.float32)


def _p(pid: str, language: str, text: str) -> Passage:
    return Passage(pid, text, "fact", language, "public", f"{pid}.txt")


QUERY = np.asarray([1.0, 0.0], dtype=np.float32)
# English guidance on other things reads closer to the English claim than the Finnish sentence that contradicts it,
# as e5 reads any text closer to its own language.
ENGLISH = {
    "Pick-up at Tuulikki Airport Lounge from 6 am.": 0.83,
    "Tuulikki accepts debit cards with full cover.": 0.82,
    "Tuulikki child seats cost 5 € a day.": 0.82,
}
FINNISH = {
    "Tuulikki vuokraa myös muita kuin Polestar-autoja: Volvoja ja Skodia.": 0.80,
    "Tuulikki on avoinna joka päivä.": 0.74,
    "Tuulikki toimii Oulussa.": 0.74,
}


def _store() -> tuple[FixedRetriever, SentenceEmbedder]:
    passages = [_p(f"en{n}", "en", text) for n, text in enumerate(ENGLISH)]
    passages += [_p(f"fi{n}", "fi", text) for n, text in enumerate(FINNISH)]
    return FixedRetriever(passages), SentenceEmbedder({**ENGLISH, **FINNISH})


def test_a_claim_is_read_against_the_sentence_of_another_language_that_contradicts_it() -> None:
    retriever, embedder = _store()
    how, passage, language = _opposed(retriever, embedder, CLAIM, QUERY, "en")  # type: ignore[arg-type]
    # It names more than the claim's one make (Volvos and Skodas beside Polestars): a narrower claim (session 23).
    assert (how, passage, language) == ("narrower", "fi0", "fi")


def test_only_the_brand_name_shared_across_languages_is_no_sentence_about_the_claim() -> None:
    retriever, embedder = _store()
    # Without "Polestar" the Finnish sentence shares only the brand's name with the claim.
    how, _, _ = _opposed(retriever, embedder, "Tuulikki rents only small cars", QUERY, "en")  # type: ignore[arg-type]
    assert how is None


def test_a_sentence_of_another_language_far_below_its_language_is_not_near() -> None:
    retriever, embedder = _store()
    embedder.similarity["Tuulikki vuokraa myös muita kuin Polestar-autoja: Volvoja ja Skodia."] = 0.72
    how, _, _ = _opposed(retriever, embedder, CLAIM, QUERY, "en")  # type: ignore[arg-type]
    assert how is None


def test_the_sentence_shift_lifts_a_language_by_how_much_farther_its_average_sentence_reads() -> None:
    shifts = _sentence_shifts([("en", 0.83), ("en", 0.82), ("en", 0.82), ("fi", 0.80), ("fi", 0.74), ("fi", 0.74)])
    assert shifts["en"] == 0.0
    assert abs(shifts["fi"] - (0.8233 - 0.76)) < 1e-3
    assert _sentence_shifts([("en", 0.83), ("en", 0.82), ("en", 0.82), ("fi", 0.80)]) == {}


def test_a_stem_most_sentences_hold_is_shared_by_everything() -> None:
    sentences = ["Klippan öppnar kl. 8.", "Klippan har parkering.", "Klippan säljer kaffe.", "Bastun är varm."]
    common = common_stems(sentences)
    assert "klipp" in common
    assert not shares_stem("Klippan stänger tidigt", "Klippan har parkering.", common)
    assert shares_stem("ingen parkering vid Klippan", "Klippan har parkering.", common)


def test_a_correction_from_guidance_in_another_language_says_so() -> None:
    fit = GuidanceFit(answers=True, support=True, opposes="polarity", opposing_passage="fi0", opposing_language="fi")
    signals = Signals(language="en", intent="misinformation", emotion="neutral", intent_confidence=0.6)
    plan = plan_reply(signals, "Tuulikki has no electric cars", objective="trust", thread=ThreadContext(), guidance=fit)
    assert plan.kind == "correct"
    assert plan.passages == ("fi0",)
    assert "only in Finnish" in plan.reason
    same = plan_reply(
        signals,
        "Tuulikki has no electric cars",
        objective="trust",
        thread=ThreadContext(),
        guidance=GuidanceFit(
            answers=True, support=True, opposes="polarity", opposing_passage="en0", opposing_language="en"
        ),
    )
    assert same.kind == "correct" and "only in" not in same.reason


def test_another_figure_for_the_same_thing_is_a_figure_to_correct() -> None:
    deposit = "Tuulikki håller en deposition på 250 € på kortet."
    retriever = FixedRetriever([_p("sv0", "sv", deposit)])
    embedder = SentenceEmbedder({deposit: 0.88})
    how, passage, _ = _opposed(retriever, embedder, "depositionen är typ 900 € hos dem", QUERY, "sv")  # type: ignore[arg-type]
    assert (how, passage) == ("figure", "sv0")
    # The guidance's own figure said back is no claim to correct.
    right, _, _ = _opposed(retriever, embedder, "depositionen är 250 € hos dem", QUERY, "sv")  # type: ignore[arg-type]
    assert right is None


def test_a_figure_some_sentence_states_is_right_said_of_another_line() -> None:
    deposit, seat = "Depositionen är 250 € för alla bilar.", "Barnstolen kostar 90 € per hyra."
    retriever = FixedRetriever([_p("sv0", "sv", deposit), _p("sv1", "sv", seat)])
    embedder = SentenceEmbedder({deposit: 0.88, seat: 0.60})
    how, _, _ = _opposed(retriever, embedder, "depositionen var 90 € för mig", QUERY, "sv")  # type: ignore[arg-type]
    assert how is None


def test_a_figure_of_another_thing_sharing_only_the_word_for_its_price_is_not_contradicted() -> None:
    course = "Grundkursen kostar 45 € och varar två timmar."
    retriever = FixedRetriever([_p("sv0", "sv", course)])
    embedder = SentenceEmbedder({course: 0.88})
    how, _, _ = _opposed(retriever, embedder, "sa någon att firmafesten kostar 70 €", QUERY, "sv")  # type: ignore[arg-type]
    assert how is None
    how, _, _ = _opposed(retriever, embedder, "grundkursen kostar 70 €", QUERY, "sv")  # type: ignore[arg-type]
    assert how == "figure"
