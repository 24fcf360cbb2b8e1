"""Opt-outs and their near misses of session 37 (issue 18).

Refusals told by their structure (a bare stop after the ads the speaker gets, an answer not wanted from anyone named,
the people asked set against the brand, a question asked without a company butting in, companies told not to come
to sell), and a wish for contact whose rest refuses nothing clearing the detector's opt-out doubt too
(``Verdict.wishes_contact``). The texts are written for these tests in fi/sv/en, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from bot.signals import judgement, rules
from bot.signals.combine import OPT_OUT_DOUBT, judge
from bot.signals.judgement import CLASSES, Verdict

from .helpers import question


@pytest.mark.parametrize(
    "text",
    [
        "Got your newsletter three times this week though I never signed up. stop please",
        "Ni har mejlat mig varje dag sedan jag köpte en lampa, sluta",
        "Tulee teiltä mainoksia joka päivä, lopettakaa",
        "Avregistrera mig, tack",
        "En halua kaupan vastausta, kysyn muilta: mikä liima kestää?",
        "I don't want the shop's reply here, asking other riders",
        "Jag vill inte ha några svar från butiken.",
        "Kysyn harrastajilta enkä myyjiltä: mikä liima kestää pakkasta?",
        "Asking owners, not the shop: does the frame rust?",
        "Jag frågar er andra, inte butiken: håller sadeln i regn?",
        "Utan att någon butik lägger sig i: vilken färg håller bäst?",
        "Without any shop chiming in, which wax lasts longest?",
        "Ilman että mikään firma tunkee väliin, mikä vaha kestää?",
        "Älkää kaupat tulko tänne myymään, kysyin kokemuksia",
        "Don't come in here to sell, I asked the riders",
        "Kom inte hit och sälj, jag frågade medlemmarna",
    ],
)
def test_opt_out_rule_reads_refusals_by_their_structure(text: str) -> None:
    assert rules.match("opt_out", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a stop that does not end the comment, or no ads or messages before it
        "I got an email with the tracking code. Stop worrying, it arrives tomorrow",
        "Sluta, Lisa, alla gör så gott de kan",
        "Lopettakaa jo tuo riitely, ei tää johda mihinkään",
        # waiting for an answer is no refusal of one
        "En halua odottaa vastausta viikkoa, voiko soittaa?",
        "I don't want to wait a week for a reply, can you call?",
        # asking people or a friend without turning the brand down
        "Asking for a friend: does it fit a 90 cm door?",
        "Kysyn vaan: onko tää vedenkestävä?",
        "Jag frågar för min pappas räkning, finns den i svart?",
        # a company that did something without asking, or a complaint about selling
        "They sold my order to someone else without asking me first",
        "Ilman että kukaan kertoi, tilaus peruttiin",
    ],
)
def test_opt_out_rule_leaves_near_misses_of_those_structures(text: str) -> None:
    assert rules.match("opt_out", text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather not get newsletters from you",
        "en halua mitään ylimääräistä",
        "jag vill inte få fler utskick",
        "vill slippa era utskick",
        "how do I unsubscribe",
        "jättäkää rauhaan",
    ],
)
def test_a_wish_for_less_contact_is_found_in_the_rest(text: str) -> None:
    assert judgement._UNWANTED.search(text) or judgement._REFUSAL.search(text)


@pytest.mark.parametrize(
    "text",
    ["the order number is 1234", "haluan tilata kymmenen kappaletta", "vi vill beställa till ett bröllop"],
)
def test_an_ordinary_rest_refuses_nothing(text: str) -> None:
    assert not judgement._UNWANTED.search(text) and not judgement._REFUSAL.search(text)


def _verdict(score: float, *, wishes: bool) -> Verdict:
    scores = dict.fromkeys(CLASSES, 0.01)
    scores["opt_out"] = score
    return Verdict((), (), scores, wishes_contact=wishes)


def test_a_wish_for_contact_clears_the_opt_out_doubt() -> None:
    score = OPT_OUT_DOUBT + 0.05
    assert judge(question(), _verdict(score, wishes=False)).opt_out_doubt
    cleared = judge(question(), _verdict(score, wishes=True))
    assert not cleared.opt_out_doubt and not cleared.opt_out
