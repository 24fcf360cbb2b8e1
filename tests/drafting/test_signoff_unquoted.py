"""A voice that shows its sign-off without quotes ("Vastaus päättyy etunimeen muodossa –Aino/Kaarna.") is signed
as it shows it, in every language (session 34, reply-plans-w's panel: every reply of such a brand lacked it). The
brand is invented for these tests."""

from __future__ import annotations

import pytest

from bot.checks.voice_rules import SLOT, unquoted_examples, voice_rules
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_signoff_per_language import _blocking, _request

KOIVU = (
    passage(
        "kv",
        "voice",
        "fi",
        "Sinuttelemme ja kirjoitamme lyhyesti, enintään kolme virkettä. "
        "Vastaus päättyy etunimeen muodossa –Aino/Koivu.",
    ),
    passage("kf-fi", "fact", "fi", "Koivumehu säilyy avaamattomana 12 kuukautta."),
    passage("kf-sv", "fact", "sv", "Björksaften håller 12 månader oöppnad."),
    passage("kf-en", "fact", "en", "Unopened, the birch sap keeps for 12 months."),
)


def test_the_unquoted_example_is_read_only_where_the_voice_asks_for_a_name() -> None:
    assert unquoted_examples(KOIVU[0].text) == ["–Aino/Koivu"]
    assert voice_rules(list(KOIVU), "sv").signoff == f"–{SLOT}/Koivu"
    assert unquoted_examples("Our range: juices, e.g. –Aino/Koivu.") == []  # no name asked: a product, not a sign-off
    assert unquoted_examples("Emme allekirjoita nimellä, emme edes muodossa –Aino/Koivu.") == []


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("fi", "kauanko koivumehu säilyy avaamattomana?"),
        ("sv", "hur länge håller björksaften oöppnad?"),
        ("en", "how long does the birch sap keep unopened?"),
    ],
)
def test_the_offline_drafter_signs_as_the_voice_shows_it(offline: OfflineDrafter, language: str, comment: str) -> None:
    result = offline.draft(_request(comment, language, KOIVU, topics=("brand:Koivu",)))
    assert result.text.rstrip().endswith("–Aino/Koivu"), result.text
    assert _blocking(result.text, language, comment, KOIVU) == []
