"""Hard negatives escalated on the spent judgement-v by a thread title's rule hit (issue 18, session 40): "rip" read
in "rip-off" as rest in peace, and a shop's stock ("back in stock") read as stocks. A title's rule hit passes its
class to every comment under it, so one misread word escalated whole threads. And idioms the lists lacked in fi/sv/en:
fainting with joy without a "nearly" before it, a wallet or a budget that bleeds, weeps or dies. Invented texts, no
model."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import thread_flags
from bot.signals.judgement import CLASSES, Verdict


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ski pass prices went up again. Fair or rip-off?", "en"),
        ("Is 40 euros for a sharpening a rip off or normal?", "en"),
        ("Those delivery fees are a total ripoff", "en"),
        ("Ripoff or worth it? The new kayak rental pass", "en"),
        ("Finally back in stock, ordered two", "en"),
        ("Is the green jacket in stock in Oulu?", "en"),
        ("Out of stock again, when do you restock?", "en"),
        ("Do you stock spare blades for the older model?", "en"),
        ("Stocking up on wax before the season starts", "en"),
        ("Limited stock, so be quick", "en"),
    ],
)
def test_a_shops_stock_and_a_rip_off_are_no_risk(text: str, language: str) -> None:
    assert not rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("RIP to the old ferryman, he drove this route for 40 years", "crisis_or_tragedy"),
        ("rip, three people lost in the avalanche last night", "crisis_or_tragedy"),
        ("Should I sell my stocks to pay for the roof?", "legal_or_financial_advice"),
        ("Lost half my savings in the stock market, can I still afford the course?", "legal_or_financial_advice"),
        ("Is it smarter to put the money into stocks or a deposit?", "legal_or_financial_advice"),
        ("We own stocks and bonds through the bank, does your advisor look at those?", "legal_or_financial_advice"),
    ],
)
def test_rest_in_peace_and_stocks_as_money_keep_their_class(text: str, flag: str) -> None:
    assert flag in rules.risk_flags(text, "en")


def test_a_title_asking_fair_or_rip_off_over_a_restock_passes_nothing() -> None:
    quiet = Verdict((), (), dict.fromkeys(CLASSES, 0.0))
    assert thread_flags("Canoe rental cancelled in the storm. Fair or rip-off?", quiet, "en") == ()
    assert thread_flags("Trail shoes back in stock – 2-year warranty", quiet, "en") == ()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I swooned with happiness when the parcel came, do you ship to Tallinn?", "en"),
        ("Fainted from joy at the colour options, is the green one waterproof?", "en"),
        ("My wallet is crying after the winter sale, any student price?", "en"),
        ("My bank account bled out over Christmas, can I pay in two parts?", "en"),
        ("Pyörryn riemusta jos tää tulee ennen juhannusta, voiko noutaa itse?", "fi"),
        ("Pyörryin onnesta kun näin värit, onko tätä isompana?", "fi"),
        ("Kukkaro itkee mut sydän laulaa, onko tässä takuu?", "fi"),
        ("Budjetti kuoli jouluna, saako osamaksulla?", "fi"),
        ("Jag svimmade av glädje när paketet kom, finns den i grönt?", "sv"),
        ("Sparkontot gråter efter semestern, har ni delbetalning?", "sv"),
        ("Budgeten dog i december, går det att betala senare?", "sv"),
    ],
)
def test_fainting_with_joy_and_a_wallet_that_bleeds_are_idioms(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I fainted in the steam room and hit my head on the bench", "en"),
        ("My nose was bleeding for an hour after the fall", "en"),
        ("Pyörryin saunassa ja löin pääni lauteisiin", "fi"),
        ("Mummo pyörtyi kaupassa eilen", "fi"),
        ("Min pappa svimmade i duschen och slog i huvudet", "sv"),
        ("Han blöder fortfarande från såret", "sv"),
    ],
)
def test_fainting_and_bleeding_told_as_they_happened_are_no_idiom(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our guide was a killer instructor, is she on the Saturday tour too?", "en"),
        ("I get murderously hungry after paddling, is lunch included?", "en"),
        ("Noi jonot aiheuttaa mulle melkein sydärin, voiko varata netistä?", "fi"),
        ("Myötähäpeä oli kuolettava kun kaaduin, onko alkeiskurssia aikuisille?", "fi"),
        ("Kurssin jälkeen tulee murhanhimoinen nälkä, saako paikan päältä ruokaa?", "fi"),
        ("Kassakön gjorde mig helt mordisk, men har ni öppet på söndag?", "sv"),
        ("Det var ett rent blodbad av knott vid sjön, säljer ni myggnät?", "sv"),
    ],
)
def test_murderous_hunger_a_killer_teacher_and_a_bloodbath_of_midges_are_idioms(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is not None
