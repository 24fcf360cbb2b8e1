"""Session 32 (issue 25): the offline drafter's correction path. A length of time the claim states is corrected by
the statement giving another figure in its unit, and the statement cited shares a word with the claim beyond the
brand's own name. Invented guidance in fi/sv/en."""

from __future__ import annotations

from typing import Any

import pytest

from bot.drafting.offline import OfflineDrafter, without_brand_name
from bot.drafting.types import DraftRequest
from tests.drafting.conftest import passage


def request(comment: str, language: str, **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "instagram",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": (),
        "plan": "correct",
    }
    values.update(changes)
    return DraftRequest(**values)


@pytest.mark.parametrize(
    ("language", "claim", "text", "stated"),
    [
        (
            "fi",
            "Kellokorjaamolla huolto on 5 vuoden takuulla",
            "Huollon takuu on 2 vuotta. Mekaanisen kellon perushuolto kestää noin 4 viikkoa.",
            "2 vuotta",
        ),
        (
            "sv",
            "hos urmakaren är garantin på service 5 år",
            "Garantin på service är 2 år. En service av ett mekaniskt ur tar cirka 4 veckor.",
            "2 år",
        ),
        (
            "en",
            "the warranty on a watch service is 5 years there",
            "The warranty on a service is 2 years. A mechanical watch service takes about 4 weeks.",
            "2 years",
        ),
    ],
)
def test_a_length_of_time_claimed_is_corrected_by_the_statement_of_its_figure(
    offline: OfflineDrafter, language: str, claim: str, text: str, stated: str
) -> None:
    facts = passage(f"warranty-{language}", "fact", language, text)
    draft = offline.draft(request(claim, language, passages=(facts,), answer_passages=(facts.id,)))

    assert not draft.skip, draft.skip_reason
    assert stated in draft.text


def test_a_length_of_time_no_statement_contradicts_is_still_skipped(offline: OfflineDrafter) -> None:
    facts = passage("warranty-en", "fact", "en", "The warranty on a service is 2 years.")
    draft = offline.draft(request("the warranty is 2 years", "en", passages=(facts,), answer_passages=(facts.id,)))

    assert draft.skip


@pytest.mark.parametrize(
    ("terms", "comment", "left"),
    [
        (["Villakerä", "Kerä Pehmo"], "Villakerän neulekahvila on lopetettu", "neulekahvila on lopetettu"),
        (["Urverket", "@urverket"], "Urverket är ju stängt på lördagar", "är ju stängt på lördagar"),
        (
            ["Kerä Pehmo", "Villakerä"],
            "I wash Kerä Pehmo at 60 and pehmo yarn holds",
            "I wash at 60 and pehmo yarn holds",
        ),
    ],
)
def test_the_brands_name_is_no_subject_of_a_claim(terms: list[str], comment: str, left: str) -> None:
    assert " ".join(without_brand_name(comment, terms).split()) == left


def test_a_correction_never_cites_a_statement_sharing_only_the_brands_name(offline: OfflineDrafter) -> None:
    wool = passage("wool-fi", "fact", "fi", "Kyllä, kaikki myymämme villa on mulesing-vapaata.")
    claim = "villakerä ei muuten toimita ollenkaan ulkomaille"
    draft = offline.draft(
        request(claim, "fi", passages=(wool,), answer_passages=(wool.id,), topics=("brand:Villakerä",))
    )

    assert draft.skip and "says otherwise" in (draft.skip_reason or "")
