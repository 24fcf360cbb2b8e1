"""Session 28 (issue 18): figures of speech that were escalated as risks.

A price called a robbery and a money decision called suicide are fixed figures (rules' ``idiom``); a writer who takes a
joke back before saying what they mean ("... but seriously, ...", rules' ``earnest``) tells which words carry no risk.
Unit cases written for this file in fi, sv and en."""

from __future__ import annotations

import pytest

from bot.signals import figurative, rules
from bot.signals.combine import judge
from bot.signals.figurative import _idiom, earnest_split
from bot.signals.judgement import Verdict, _joke_ruled
from bot.signals.types import Signals


def _comment(**kw: object) -> Signals:
    base: dict[str, object] = {"language": "en", "intent": "question", "emotion": "neutral", "is_question": True}
    base.update(kw)
    return Signals(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "the delivery fees here are daylight robbery, do you ship to Tampere?",
        "honestly the prices are pure robbery now",
        "buying a second car now would be financial suicide for us",
        "toimitusmaksu on ihan silkkaa ryöstöä, paljonko nouto maksaa?",
        "uuden sohvan ostaminen nyt olis taloudellinen itsemurha",
        "avgiften är ju rena ocker, går det att hämta själv?",
        "att köpa hus nu vore ekonomiskt självmord",
        "my bank account had a sudden cardiac arrest after the trip",
        "säästötili sai sydänpysähdyksen joulun jälkeen",
        "kassan fick en rejäl hjärtattack efter resan",
        "these mittens are so warm they should be illegal",
        "tää lanka on niin pehmeää et sen pitäis olla laitonta",
        "kakorna är så goda att de borde vara förbjudna",
    ],
)
def test_a_sum_compared_to_a_crime_a_death_or_a_heart_attack_is_a_fixed_figure(text: str) -> None:
    assert _idiom(text), text


@pytest.mark.parametrize(
    "text",
    [
        "we were robbed at the station and lost our passports",
        "my brother's suicide last spring still hurts",
        "meidät ryöstettiin asemalla",
        "hänen itsemurhansa jälkeen mikään ei ole ennallaan",
        "vi blev rånade på stationen",
        "hans självmord förra året",
        "my dad had a cardiac arrest on the trail",
        "selling my address to advertisers should be illegal",
        "EU borde förbjuda sånt här",
        "tällainen pitäisi kieltää lailla",
    ],
)
def test_a_robbery_a_suicide_or_a_heart_attack_told_as_it_happened_is_no_figure(text: str) -> None:
    assert not _idiom(text), text


def test_earnest_split_cuts_at_the_joke_taken_back() -> None:
    assert earnest_split("I'm dying of jealousy at these photos haha but seriously, do you ship to Norway?") == (
        "I'm dying of jealousy at these photos haha",
        "do you ship to Norway?",
    )
    assert earnest_split("Tää pakkanen tappaa mut kohta 😂 mut oikeesti, paljonko villasukat maksaa?") == (
        "Tää pakkanen tappaa mut kohta 😂",
        "paljonko villasukat maksaa?",
    )
    assert earnest_split("Chefen kommer döda mig om jag köper en till, skämt åsido, finns det studentrabatt?") == (
        "Chefen kommer döda mig om jag köper en till",
        "finns det studentrabatt?",
    )
    assert earnest_split("jokes aside, the seams hold up well after many washes at sixty") is None  # no joke before
    assert earnest_split("my landlord wants to evict me, asking for real") is None  # insists, takes nothing back
    assert earnest_split("velat kasvaa koko ajan, kuulostaa tyhmältä mut oikeesti") is None  # nothing meant after
    assert earnest_split("a plain question about the delivery times in winter?") is None


def test_a_harm_laughed_off_before_but_seriously_is_not_a_joke() -> None:
    assert _joke_ruled("I broke my wrist on the ice last week lol")
    assert _joke_ruled("mursin käteni jäällä viime viikolla 😂")
    assert _joke_ruled("jag bröt handleden på isen förra veckan haha")
    assert not _joke_ruled("my boss will kill me if I buy another one")  # a fixed figure only
    assert not _joke_ruled("the cat is the real boss of this house haha")


def test_judge_reads_a_joke_taken_back_as_a_figure_whatever_its_margin() -> None:
    sig = _comment(risk=("injury_or_health",), evidence={"rule": "injury"})
    scores = {"injury_or_health": 0.9}
    verdict = Verdict(flags=("injury_or_health",), uncertain=(), scores=scores, figure=-0.01, laughing=True)
    assert judge(sig, verdict).risk == ("injury_or_health",)
    taken_back = judge(
        sig, Verdict(flags=("injury_or_health",), uncertain=(), scores=scores, figure=-0.01, earnest=True)
    )
    assert taken_back.risk == ()
    assert "figurative" in taken_back.evidence


def test_the_earnest_markers_are_read_in_fi_sv_and_en() -> None:
    for text in (
        "ok but seriously, what does it cost",
        "joking aside, is it open",
        "mut siis oikeesti, onko auki",
        "mutta vakavasti, paljonko",
        "vitsit sikseen, onko",
        "men på riktigt, är det öppet",
        "men allvarligt talat, vad kostar",
    ):
        assert rules.match("earnest", text) is not None, text
    assert figurative.EARNEST_WORDS >= 2
