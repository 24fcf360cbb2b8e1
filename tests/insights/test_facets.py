"""The facets of ``ask`` (pure): the kind of comment or the feeling a question names in its own words."""

from __future__ import annotations

import pytest

from bot.insights.facets import cued_emotion, cued_intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("What ideas or suggestions do people have for us?", "feedback_or_idea"),
        ("Mitä ehdotuksia asiakkailla on?", "feedback_or_idea"),
        ("Vilka förslag har folk?", "feedback_or_idea"),
        ("What do people complain about?", "complaint"),
        ("Valittavatko ihmiset äänistä?", "complaint"),
        ("mitä asiakasvalituksia on tullut", "complaint"),  # a compound's last part
        ("Vad klagar folk på?", "complaint"),
        ("Which competitors do people mention?", "comparison_or_purchase"),
        ("Mitä vaihtoehtoja meidän rinnalla mainitaan?", "comparison_or_purchase"),
        ("Jämför folk oss med andra?", "comparison_or_purchase"),
        ("Vad berömmer folk?", "praise"),
        ("What do people say about delivery times?", None),
        ("Mitä sanotaan toimitusajoista?", None),
        ("Vad säger folk om hyllan?", None),  # not praise ("hyll-")
        ("Do people complain about it or suggest alternatives?", None),  # two kinds: none
    ],
)
def test_cued_intent_reads_the_kind_a_word_of_the_question_names(question: str, intent: str | None) -> None:
    assert cued_intent(question) == intent


@pytest.mark.parametrize(
    ("question", "emotion"),
    [
        ("What do unhappy people say about the app?", "negative"),
        ("What do disappointed buyers say about reliability?", "negative"),
        ("Mitä pettyneet asiakkaat sanovat?", "negative"),
        ("Vad säger missnöjda kunder?", "negative"),
        ("What do happy customers say about delivery?", "positive"),
        ("mitä positiivista sanotaan käyttöönotosta?", "positive"),
        ("Vad säger nöjda kunder om leveransen?", "positive"),
        ("What do people say about the argument for surcharges?", None),
        ("Mitä sanotaan takuusta?", None),
    ],
)
def test_cued_emotion_reads_the_feeling_a_word_of_the_question_names(question: str, emotion: str | None) -> None:
    assert cued_emotion(question) == emotion
