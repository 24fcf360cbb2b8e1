"""A question answered with a passage about another thing of the same kind (issue 25, session 30): a compound that
ends in the question's thing and opens with another ("Mora-kelloja" for "älykelloja") names something else, and
neither the plan nor the offline drafter answers with it. Sentences written for these tests (fi/sv/en)."""

from __future__ import annotations

import pytest

from bot.domain import Passage
from bot.drafting.answering import fit_need
from bot.drafting.matching import Match
from bot.opportunities.objects import other_first_part


def _m(sentence: str, pid: str = "p") -> Match:
    return Match(Passage(pid, sentence, "fact", "fi", "public", f"{pid}.md"), sentence, 0, 0.9)


@pytest.mark.parametrize(
    ("question", "statement", "other"),
    [
        ("Tehän korjaatte nykyään myös älykelloja?", "Korjaamme myös vanhoja Mora-kelloja.", True),
        ("lagar ni smartklockor?", "Vi lagar även gamla Mora-klockor.", True),
        ("do you fix smartwatches?", "We fix wristwatches and pocket watches.", True),
        ("paljonko kesäkurssi maksaa?", "Talvikurssi maksaa 90 €.", True),
        ("käykö lahjakortilla?", "Sarjakortilla saat kymmenen kertaa.", True),
        # the thing itself, bare or with the question's own first part: an answer
        ("Tehän korjaatte nykyään myös älykelloja?", "Korjaamme kaikkia kelloja.", False),
        ("do you fix smartwatches?", "We do not repair smartwatches.", False),
        ("paljonko kesäkurssi maksaa?", "Kesäkurssi maksaa 70 € ja talvikurssi 90 €.", False),
        ("paljonko perushuolto maksaa?", "Mekaanisen rannekellon perushuolto maksaa 195 €.", False),
        ("miten pitkä on tarhavierailu?", "Tarhavierailu (1 h) onnistuu ilman ajoa.", False),
        ("onko kokeilutunti lapsille?", "Kokeilutunti (90 min) sisältää ohjaajan.", False),
    ],
)
def test_a_compound_of_the_same_thing_with_another_first_part_is_another_thing(
    question: str, statement: str, other: bool
) -> None:
    assert other_first_part(question, statement) is other


def test_the_drafter_states_no_statement_about_another_kind_of_the_thing_asked() -> None:
    kept, unmet = fit_need(
        "Tehän korjaatte nykyään myös älykelloja?", [_m("Korjaamme myös vanhoja Mora-kelloja.")], ["Urverket"]
    )
    assert kept == []
    assert unmet is not None and unmet.startswith("guidance does not answer this")


def test_the_drafter_keeps_the_statement_naming_the_thing_asked_beside_another_kind() -> None:
    other = _m("Talvikurssi maksaa 90 €.", "a")
    itself = _m("Kesäkurssi maksaa 70 €.", "b")
    kept, unmet = fit_need("paljonko kesäkurssi maksaa?", [other, itself], ["Kurssila"])
    assert [m.passage.id for m in kept] == ["b"]
    assert unmet is None


def test_the_plan_reads_only_another_first_part_of_a_whole_passage() -> None:
    mora = "Korjaamme myös vanhoja Mora-kelloja. Puuttuvat osat valmistamme itse omassa verstaassamme."
    assert other_first_part("Tehän korjaatte nykyään myös älykelloja?", mora)
    # a shared first part ("tilauksessa", "tilausnumero") is one word inflected as often as another thing: the
    # support passage still answers where to call (reply-plans-t, spent)
    support = "Asiakaspalvelu: puh. 014 555 0192, ma–pe 9–16. Liitä viestiin tilausnumero ja kuva."
    question = "ihan turhauttavaa ettei missään lue mihin voi soittaa jos tilauksessa on vikaa"
    assert not other_first_part(question, support)


def test_a_passage_naming_the_thing_asked_beside_another_kind_keeps_its_statements() -> None:
    violins = Passage(
        "trial",
        "Mästarfioler har 30 dagars provperiod. Opus-elevfioler har 14 dagars returrätt.",
        "fact",
        "sv",
        "public",
        "trial.md",
    )
    master = Match(violins, "Mästarfioler har 30 dagars provperiod.", 0, 0.9)
    kept, unmet = fit_need("finns det provperiod på elevfiolerna", [master], ["Kuusela"])
    assert kept == [master] and unmet is None
