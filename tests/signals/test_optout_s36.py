"""Opt-outs and hard negatives of session 36 (issue 18): the opt-out grey band beside a figure of speech goes with the
figure (a doubt, not an escalation), and paraphrases of "stop contacting me" the rules missed (taken off lists and
tags, kept out of marketing, no messages any more, left alone, companies sent away). The texts are written for these
tests; the near misses beside them ask to be contacted, tell a complaint or talk to another person. The detector is
loaded where a function asks for it; no text is embedded."""

from __future__ import annotations

import pytest

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals import rules
from bot.signals.combine import FIGURE_MARGIN, GREY_FIGURE_AT, judge
from bot.signals.judgement import CLASSES, Verdict, _figure_candidates, detector
from tests.signals.helpers import question

CALM = dict.fromkeys(CLASSES, 0.01)


def _figure_and_opt_out_grey(figure: float, *, worded: bool = False, injury: float = 0.45) -> Verdict:
    """Injury and opt-out both in the detector's grey band, the opt-out unconfirmed by the prototypes."""
    return Verdict(
        (),
        ("injury_or_health", "opt_out"),
        {**CALM, "injury_or_health": injury, "opt_out": 0.7},
        figure=figure,
        opt_out_worded=worded,
    )


@pytest.mark.parametrize("figure", [FIGURE_MARGIN + 0.02, (GREY_FIGURE_AT or 0.0) + 0.005])
def test_an_opt_out_grey_band_beside_a_figure_of_speech_is_a_doubt_not_an_escalation(figure: float) -> None:
    """A question like "I will die of shame if I fall over. Do you lend helmets?": the figure check clears the
    injury (as a figure or as a grey reading nearer one) and the opt-out grey band goes with it."""
    judged = judge(question(), _figure_and_opt_out_grey(figure))
    assert "opt_out" not in judged.uncertain and not judged.opt_out
    assert judged.opt_out_doubt
    assert "opt-out doubt" in judged.evidence["figurative"]
    action = score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action
    assert action not in ("draft", "escalate")


def test_an_opt_out_grey_band_stays_with_stop_words_a_harm_or_no_figure() -> None:
    assert GREY_FIGURE_AT is not None
    # the words of stopping contact or an opt-out rule keep the grey band: a person decides
    worded = judge(question(), _figure_and_opt_out_grey(FIGURE_MARGIN + 0.02, worded=True))
    assert "opt_out" in worded.uncertain
    # a clause nearer a harm told as it happened: no figure, both grey bands stay
    harm = judge(question(), _figure_and_opt_out_grey(GREY_FIGURE_AT - 0.01))
    assert {"opt_out", "injury_or_health"} <= set(harm.uncertain)
    # an opt-out grey band alone, with no figure weighed, stays grey
    alone = judge(question(), Verdict((), ("opt_out",), {**CALM, "opt_out": 0.7}))
    assert alone.uncertain == ("opt_out",)


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


def test_an_opt_out_reading_beside_a_figure_class_leaves_the_comment_to_the_figure_check() -> None:
    """The opt-out grey band or flag is no risk to weigh: a comment whose own risk is injury beside it gets its figure
    margin; one whose only reading is the opt-out does not."""
    text = "I'll die of embarrassment if I fall over on the ice. Do you lend helmets?"
    both = Verdict((), ("injury_or_health", "opt_out"), {**CALM, "injury_or_health": 0.7, "opt_out": 0.7})
    assert _figure_candidates(detector(), both, text)
    flagged = Verdict(("opt_out",), ("injury_or_health",), {**CALM, "injury_or_health": 0.7, "opt_out": 0.95})
    assert _figure_candidates(detector(), flagged, text)
    alone = Verdict((), ("opt_out",), {**CALM, "opt_out": 0.7})
    assert not _figure_candidates(detector(), alone, text)
