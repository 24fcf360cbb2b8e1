"""Opt-outs of session 36 (issue 18): paraphrases of "stop contacting me" the rules missed (taken off lists and tags,
kept out of marketing, no messages any more, left alone, companies sent away). The texts are written for these tests;
the near misses beside them ask to be contacted, tell a complaint or talk to another person.

The same session's other change, an opt-out grey band beside a figure of speech read as a doubt, drafted one more
comment labelled risky on a fresh judgement set and was taken out (eval/README.md, session 36)."""

from __future__ import annotations

import pytest

from bot.signals import rules


@pytest.mark.parametrize(
    "text",
    [
        "Ta bort mig från era listor och tagga mig aldrig mer tack",
        "tagga mig inte i era reels, jag frågade gruppen",
        "please take me off your mailing list, I never signed up",
        "remove me from all your lists. what time do you open?",
        "Poistakaa mut, en oo antanu lupaa",
        "leave me out of your marketing, I just want the manual",
        "Jättäkää mut pois teidän kampanjoista kiitos",
        "håll mig utanför era utskick, tack",
        "älkää enää laittako viestiä, kiitos",
        "Älkää lähettäkö mitään mainoksia enää",
        "en oo kiinnostunut teidän mainoksista, jättäkää rauhaan",
        "antakaa mun olla, kysyn vaan muilta",
        "sopiiko tää kuivausrumpuun? en halua et tää tili vastaa",
        "ps en halua firman yv:itä",
        "Tråden luktar reklam. Företag, stick.",
        "This is a parents' group. Brands, go away.",
        "Brändit pois harrastusryhmistä.",
    ],
)
def test_opt_out_rule_recognises_paraphrases_of_stop_contacting_me(text: str) -> None:
    assert rules.match("opt_out", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # asking to be contacted, a complaint about no reply, or talk to another person: no opt-out
        "Voisitteko laittaa mulle viestiä hinnoista?",
        "kan ni ringa mig om leveransen?",
        "Can you take me off the waitlist and put me on the Saturday course instead?",
        "Sluta tjata om priset nu, Kalle",
        "Lopeta jo Sari tuo mainostaminen, tää ei oo kirpputori",
        "leave him alone, he's just asking",
        "Jättäkää vaan kommentti niin vastaan myöhemmin",
        "Företagen i stan borde samarbeta mer",
        "brands go away from quality when they grow, sadly",
        "en halua et tää loppuu, paras kurssi ikinä",
        "en jaksa tätä säätä, koska tulee kevät?",
    ],
)
def test_opt_out_rule_leaves_contact_asks_complaints_and_asides(text: str) -> None:
    assert rules.match("opt_out", text) is None
