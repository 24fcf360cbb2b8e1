"""A verbless priced line of the guidance is said as a sentence (issue 25, session 36): "Lapaset 59 €." and the
"Leipäkerho:" label read as telegraphic and copy-pasted to reply-plans-w and -x's panels (bot/drafting/priced.py,
bot/drafting/offline.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.drafting.offline import OfflineDrafter
from bot.drafting.priced import priced_sentence
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("line", "language", "said"),
    [
        ("Lapaset 59 €.", "fi", "Lapaset maksavat 59 €."),
        ("1 l tetra 5,90 €.", "fi", "1 l tetra maksaa 5,90 €."),
        ("330 ml tölkki 2,49 € ja 1 l tetra 5,90 €.", "fi", "330 ml tölkki maksaa 2,49 € ja 1 l tetra 5,90 €."),
        ("Takomokurssi 420 € (norm. 480 €).", "fi", "Takomokurssi maksaa 420 € (norm. 480 €)."),
        (
            "Leipäkerho: 2 leipää kuukaudessa 24 €/kk, ei määräaikaa.",
            "fi",
            "Leipäkerho maksaa 24 €/kk (2 leipää kuukaudessa), ei määräaikaa.",
        ),
        (
            "Hinnat: reikäleipä 6,50 €, ruislimppu 7,90 €.",
            "fi",
            "Reikäleipä maksaa 6,50 €, ruislimppu 7,90 €.",
        ),
        ("Rökt sik 29 €/kg.", "sv", "Rökt sik kostar 29 €/kg."),
        ("Brödklubben: 24 €/mån, ingen bindningstid.", "sv", "Brödklubben kostar 24 €/mån, ingen bindningstid."),
        ("Hot-smoked whitefish 29 €/kg.", "en", "Hot-smoked whitefish costs 29 €/kg."),
        ("Sheepskin mittens 59 €.", "en", "Sheepskin mittens cost 59 €."),
        # a property and its figure: the property is the subject
        ("Paino 27 kg, kantavuus 320 kg.", "fi", "Paino on 27 kg, kantavuus 320 kg."),
        ("Hinta 4 890 € sis. alv.", "fi", "Hinta on 4 890 € sis. alv."),
        ("Vikt 22 kg.", "sv", "Vikten är 22 kg."),
        ("Weight: 22 kg.", "en", "The weight is 22 kg."),
    ],
)  # fmt: skip
def test_a_verbless_priced_line_gets_its_verb_and_keeps_its_words(line: str, language: str, said: str) -> None:
    assert priced_sentence(line, language) == said


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # a verb already
        ("Lapaset maksavat 59 €.", "fi"),
        ("The course costs 390 € and covers four evenings.", "en"),
        ("Priset är 14,90 €.", "sv"),
        # a condition or a limit on the price: one fact a verb would misstate
        ("Yli 50 €: maksuton, muuten 6,90 €.", "fi"),
        ("Toimitus yli 50 € ilmainen.", "fi"),
        ("From 29 € per month.", "en"),
        ("Delivery free over 80 €, otherwise 14,90 €.", "en"),
        # the item is already put to its price
        ("Presentask med 3 burkar för 29 € (ord. 36 €).", "sv"),
        ("4 kertaa à 90 min, 129 €.", "fi"),
        # the word for the price is no thing that costs, and a property put to a condition is no plain figure
        ("Hintaan sisältyy 2 tuntia.", "fi"),
        ("Price from 29 €.", "en"),
        ("Paino on 27 kg.", "fi"),
        # a named line with an item of its own, or a schedule before the price
        ("Kids' ski club (ages 6–12): Wednesdays 17:30–18:30 for 10 weeks, 160 €.", "en"),
        # another language than the reply's
        ("Lampaantalja vakiokoko 129 euroa, tuplatalja 239 euroa.", "en"),
        # no price
        ("Leipäkerho: 2 leipää kuukaudessa, ei määräaikaa.", "fi"),
    ],
)  # fmt: skip
def test_a_line_with_a_verb_a_condition_or_no_plain_item_stays_as_it_was(line: str, language: str) -> None:
    assert priced_sentence(line, language) is None


TALJA = (
    passage(
        "prices-fi",
        "fact",
        "fi",
        "Hinnat: lampaantalja (vakiokoko) 129 €, tuplatalja 239 €, lastenvaunutalja 69 €. Tohvelit 79 €, lapaset 59 €.",
    ),
    passage("care-fi", "faq", "fi", "Talja pestään käsin villapesuaineella korkeintaan 30 asteessa."),
)


@pytest.fixture(scope="module")
def eager(offline: OfflineDrafter) -> OfflineDrafter:
    return OfflineDrafter(offline.embedder, threshold=0.0)


def test_the_drafter_says_the_price_asked_as_a_sentence(eager: OfflineDrafter) -> None:
    asked = request("paljonko lapaset maksaa?", "fi", plan="answer", passages=TALJA)
    result = eager.draft(replace(asked, answer_passages=("prices-fi",)))

    assert not result.skip, result.skip_reason
    assert "Lapaset maksavat 59 €." in result.text
    assert "79 €" not in result.text
