"""A promise the guidance makes in one language is stated by a reply making it in another (session 43, issue 25):
"Garantin är 12 månader." under a Finnish "Takuu on 12 kuukautta" was blocked as "no guidance states 'Garantin'".
Written for the mechanism (not copied from an evaluation set). What the atom is for still blocks: a promise the
guidance does not make in any language, and English "guarantee" is still not "warranty"."""

from __future__ import annotations

import pytest

from bot.checks import make_context
from bot.checks.atoms import Atom, evidence, promise_translations, supported
from bot.checks.grounding import check_grounding
from bot.checks.types import CheckContext
from bot.domain import Passage


def _passage(pid: str, kind: str, language: str, text: str) -> Passage:
    return Passage(id=pid, text=text, kind=kind, language=language, visibility="public", source="t.md")


LAUKKU = (
    _passage("support", "support", "fi", "Asiakaspalvelu: apu@laukkula.fi. Takuu on 24 kuukautta ostopäivästä."),
    _passage("fact", "fact", "fi", "Laukut ommellaan Porissa kierrätetystä purjekankaasta."),
)


def _ctx(comment: str, language: str) -> CheckContext:
    return make_context(
        platform="instagram",
        comment_text=comment,
        comment_language=language,
        comment_author="reader",
        passages=LAUKKU,
        instruction="",
        allowed_domains=("laukkula.fi",),
    )


@pytest.mark.parametrize(
    ("comment", "language", "reply"),
    [
        ("Hur lång garanti har väskorna?", "sv", "Garantin är 24 månader från köpdagen."),
        ("Hur lång garanti har väskorna?", "sv", "Vi har 24 månaders garanti."),
        ("How long is the warranty on the bags?", "en", "The warranty is 24 months from the day of purchase."),
    ],
)
def test_a_warranty_the_guidance_gives_in_finnish_grounds_the_reply_in_another_language(
    comment: str, language: str, reply: str
) -> None:
    assert check_grounding(reply, _ctx(comment, language)).passed


@pytest.mark.parametrize(
    ("comment", "language", "reply"),
    [
        ("Får man pengarna tillbaka om väskan inte passar?", "sv", "Du får pengarna tillbaka inom 24 månader."),
        ("Can I get a refund if it does not fit?", "en", "Yes, you get a full refund within 24 months."),
    ],
)
def test_a_promise_the_guidance_makes_in_no_language_still_blocks(comment: str, language: str, reply: str) -> None:
    result = check_grounding(reply, _ctx(comment, language))
    assert not result.passed
    assert "no guidance states" in result.reason


def test_the_same_promise_across_languages_but_not_two_promises_within_one() -> None:
    finnish = evidence("Takuu on 24 kuukautta.")
    garanti = Atom("promise", "promise:14", "garanti")
    warranty = Atom("promise", "promise:1", "warranty")
    refund = Atom("promise", "promise:4", "refund")
    assert supported(garanti, finnish) and supported(warranty, finnish)
    assert not supported(refund, finnish)
    english_warranty = evidence("The warranty is 24 months.")
    guarantee = Atom("promise", "promise:0", "guarantee")
    assert not supported(guarantee, english_warranty)  # English keeps its two words apart
    assert "promise:1" not in promise_translations()["promise:0"]
