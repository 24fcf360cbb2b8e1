"""What a question asks about, read beyond its own words (session 41, issues 18 and 25): the case its post names
("Nu skickar vi även till Sverige!" above "när kommer de fram?") and a compound written apart, with a hyphen or
as one word ("knee highs", "Knee-high", "kneehigh"). Sentences written for these tests (fi/sv/en), not taken from
any evaluation set."""

from __future__ import annotations

import pytest

from bot.opportunities.conditions import post_cases
from bot.opportunities.objects import joined_stems, names_own_object


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("hur lång tid tar det innan paketet kommer fram?", "Nu levererar vi även till Sverige!"),
        ("kauanko kestää että paketti tulee perille?", "Toimitamme nyt myös Ruotsiin"),
        ("how long before it arrives?", "We now ship to Sweden too"),
        ("när kommer paketet fram om jag beställer idag?", "Nu skickar vi till Sverige"),
        ("vad kostar frakten?", "Nu skickar vi till Sverige"),
    ],
)
def test_a_delivery_question_under_a_title_naming_one_country_asks_about_that_country(question: str, post: str) -> None:
    assert post_cases(question, post) == {"country": "sweden"}


@pytest.mark.parametrize(
    ("question", "post"),
    [
        # the question names its own country: the post's is not asked
        ("vad kostar frakten till Finland?", "Nu skickar vi även till Sverige!"),
        # nothing of sending, buying or a price in the question
        ("är sockorna stickade för hand?", "Nu skickar vi även till Sverige!"),
        # two countries in the post: neither alone
        ("how long does delivery take?", "We ship to Finland and Sweden"),
        # a country the post names beside nothing it is asked with
        ("paljonko postikulut on?", "Terveisiä Ruotsista!"),
        ("paljonko postikulut on?", ""),
        # asks no amount, duration or date of the sending
        ("kan man beställa flera färger?", "Nu skickar vi även till Sverige!"),
        ("vad kostar ett par?", "Nu skickar vi även till Sverige!"),
    ],
)
def test_no_case_is_taken_from_the_title_where_the_question_or_the_title_does_not_ask_it(
    question: str, post: str
) -> None:
    assert "country" not in post_cases(question, post)


def test_a_titles_storage_case_is_its_topic_not_the_case_of_every_question_below() -> None:
    assert post_cases("vad kostar en limpa?", "Näin pakastat ruisleivän oikein") == {}


def test_a_compound_written_apart_in_the_question_is_named_by_its_hyphenated_form() -> None:
    question = "how much are the knee highs? thinking of getting some"
    assert names_own_object(question, "Knee-high wool socks cost 34 €.", ["Villo"], frozenset())
    assert names_own_object(question, "Kneehighs cost 34 €.", ["Villo"], frozenset())
    assert not names_own_object(question, "We darn the heels and toes for 12 € per pair.", ["Villo"], frozenset())


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("what does the ski pass cost?", "A ski-pass for the season costs 300 €."),
        ("vad kostar ett e-kort?", "Ekort kostar 20 €."),
    ],
)
def test_a_compound_read_as_one_word_however_written(question: str, statement: str) -> None:
    assert names_own_object(question, statement, ["Villo"], frozenset())


def test_the_brands_own_compound_names_no_object_and_short_word_pairs_only_join_in_a_question() -> None:
    brand = ["Kuu-Villa"]
    assert not names_own_object(
        "how much is the Kuu-Villa?", "Kuu-Villa socks are knitted at home.", brand, frozenset()
    )
    # a statement's words written apart are not joined (only its hyphenated or closed compounds)
    assert "skipa" not in joined_stems("the ski pass is 300 €")
    assert "skipa" in joined_stems("the ski pass is 300 €", apart=True)
