"""Hybrid retrieval (pure): BM25, per-language centring, reciprocal rank fusion, the answer's share."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from bot.insights.retrieval import (
    BM25,
    Ranked,
    Tuning,
    asked_intent,
    blend,
    centred_vectors,
    focus,
    grams,
    hybrid,
    intent_boost,
    label_boost,
    language_centred,
    off_topic_last,
    rrf,
    select,
    standout,
    stems,
    terms,
)


def test_terms_drop_question_words_and_stem_across_endings() -> None:
    assert terms("Mitä ihmiset sanovat toimitusajoista?") == ["toimi"]
    assert terms("Vad säger folk om leveransen") == ["lever"]
    assert terms("What do people say about deliveries?") == ["deliv"]


def test_snowball_stems_join_endings_a_prefix_cut_keeps_apart() -> None:
    assert stems("takuusta", "fi") == stems("takuu", "fi") == ["taku"]
    assert stems("toimituksen", "fi") == stems("toimitus", "fi")  # consonant gradation, joined by the cap
    assert stems("ljudet i pumpen", "sv") == ["ljud", "pump"]
    assert stems("deliveries", "en") == stems("delivery", "en")
    assert stems("toimitusajoista", None) == terms("toimitusajoista") == ["toimi"]  # unknown language: a prefix
    docs = {1: "pumpen låter", 2: "pumpar", 3: "the pump is loud"}
    index = BM25(docs, tokens=stems, languages={1: "sv", 2: "sv", 3: "en"})
    assert set(index.scores("pumps")) == {1, 2, 3}  # the query is stemmed by each language of the documents


def test_bm25_ranks_the_rarer_matching_word_higher_and_skips_non_matches() -> None:
    docs = {1: "delivery was late again", 2: "the price is fine", 3: "late late late price", 4: "lovely weather"}
    scores = BM25(docs).scores("late delivery")
    assert set(scores) == {1, 3}
    assert scores[1] > scores[3]  # "delivery" is rarer than "late"
    assert BM25(docs).scores("what do people say") == {}
    assert BM25({}).scores("anything") == {}


def test_language_centring_lets_another_language_compete() -> None:
    dense = dict.fromkeys(range(10), 0.88) | dict.fromkeys(range(10, 20), 0.78)
    dense[0], dense[10] = 0.92, 0.83
    languages = {n: "fi" if n < 10 else "sv" for n in range(20)}
    centred = language_centred(dense, languages)
    assert centred[10] > centred[1]  # the best Swedish comment beats an average Finnish one
    assert round(centred[0], 3) == 0.036 and round(centred[10], 3) == 0.045
    small = language_centred({1: 0.9, 2: 0.8}, {1: "fi", 2: "sv"})  # groups too small: centred on all
    assert round(small[1], 3) == 0.05 and round(small[2], 3) == -0.05


def test_rrf_sums_weighted_reciprocal_ranks() -> None:
    fused = rrf([([1, 2], 1.0), ([2, 3], 0.5)], k=60)
    assert fused[2] > fused[1] > fused[3]
    assert abs(fused[3] - 0.5 / 62) < 1e-12


def test_hybrid_ranks_lexical_and_vector_evidence_and_select_keeps_the_supported_head() -> None:
    texts = {
        1: "akku hyytyy pakkasella",
        2: "battery dies in the cold",
        3: "nice weather today",
        4: "batteriet i kylan",
    }
    dense = {1: 0.90, 2: 0.86, 3: 0.70, 4: 0.85}
    languages = {1: "fi", 2: "en", 3: "en", 4: "sv"}
    ranked = hybrid("akku pakkasella", texts, dense, languages)
    assert ranked[0].comment_id == 1
    assert ranked[-1].comment_id == 3
    chosen = {r.comment_id for r in select(ranked, Tuning(select_ratio=0.2))}
    assert {1, 2, 4} <= chosen and 3 not in chosen


def test_select_returns_nothing_without_evidence() -> None:
    ranked = [Ranked(1, 0.1, -0.01, 0.0), Ranked(2, 0.05, -0.02, 0.0)]
    assert select(ranked) == []
    assert select([]) == []


def test_feedback_pulls_in_a_comment_that_resembles_the_best_hits() -> None:
    import numpy as np

    texts = {1: "akku hyytyy", 2: "akku loppuu", 3: "batteriet dör", 4: "fint väder"}
    dense = {1: 0.90, 2: 0.88, 3: 0.80, 4: 0.81}  # the question alone ranks the weather above the battery
    languages = {1: "fi", 2: "fi", 3: "sv", 4: "sv"}
    vectors = {
        1: np.array([1.0, 0.1, 0.0]),
        2: np.array([1.0, 0.0, 0.1]),
        3: np.array([0.9, 0.1, 0.1]),
        4: np.array([0.0, 0.0, 1.0]),
    }
    plain = [r.comment_id for r in hybrid("akku", texts, dense, languages, Tuning(feedback=0.0, expansion_terms=0))]
    assert plain.index(4) < plain.index(3)
    fed = [r.comment_id for r in hybrid("akku", texts, dense, languages, Tuning(feedback_depth=2), vectors)]
    assert fed.index(3) < fed.index(4)


def test_expansion_weights_the_seeds_characteristic_words() -> None:
    index = BM25({1: "range range winter", 2: "winter tyres", 3: "price"})
    expansion = index.expansion([1], 2)
    assert list(expansion) == ["range", "winte"] and expansion["range"] == 1.0
    assert set(index.scores("price", expansion)) == {1, 2, 3}


def test_letter_grams_match_finnish_inflection_and_compounds_that_prefixes_miss() -> None:
    assert grams("Postikulut") == ["^pos", "post", "osti", "stik", "tiku", "ikul", "kulu", "ulut"]
    assert grams("ja ok") == ["^ok"]  # a stop word out, a short word whole
    docs = {1: "sähkönkulutus on iso", 2: "hinta on iso"}
    assert set(BM25(docs, tokens=grams).scores("energiankulutus")) == {1}
    assert BM25(docs).scores("energiankulutus") == {}  # the five-letter prefix "energ" finds nothing


def test_select_answers_nothing_when_no_question_word_occurs_and_no_comment_stands_out() -> None:
    flat = [
        Ranked(n, 0.1, 0.05 + 0.001 * (n % 7), 0.3, own_words=0.0, first_dense=0.05 + 0.001 * (n % 7))
        for n in range(40)
    ]
    assert standout(flat) < Tuning().min_standout
    assert select(flat) == []
    # the same scores with the question's own word in one comment: answered
    worded = [replace(flat[0], own_words=2.0), *flat[1:]]
    assert select(worded)
    # one comment far above the rest on the vectors alone: answered
    peaked = [replace(flat[0], dense=0.2, first_dense=0.2), *flat[1:]]
    assert standout(peaked) > Tuning().min_standout
    assert select(peaked)[0].comment_id == 0


def _spread(best: dict[int, float]) -> list[Ranked]:
    """40 comments with a little spread of vector scores; ``best`` lifts some of them."""
    rows = [Ranked(n, 0.1, 0.01 * (n % 5), 0.5, own_words=0.5, first_dense=0.01 * (n % 5)) for n in range(40)]
    return [
        replace(r, dense=best[r.comment_id], first_dense=best[r.comment_id]) if r.comment_id in best else r
        for r in rows
    ]


def test_select_never_quotes_an_off_topic_comment() -> None:
    ranked = _spread({0: 0.2, 1: 0.19})
    assert {r.comment_id for r in select(ranked)} >= {0, 1}
    chosen = {r.comment_id for r in select(ranked, off_topic={1})}
    assert 0 in chosen and 1 not in chosen


def test_select_answers_nothing_when_an_off_topic_comment_answers_the_question_best() -> None:
    # "our Black Friday sale": the best match is "black friday deals this year are a joke" (off-topic)
    ranked = _spread({0: 0.30, 1: 0.12})
    assert select(ranked, off_topic={0}) == []
    # an off-topic comment only a little above the best comment about the brand does not silence the answer
    close = _spread({0: 0.30, 1: 0.29})
    assert [r.comment_id for r in select(close, off_topic={0})][:1] == [1]
    # without the off-topic signal the same ranking is answered
    assert select(ranked)[0].comment_id == 0


def test_focus_keeps_the_questions_content_words_and_blend_gives_them_a_quarter() -> None:
    assert focus("Mitä ihmiset sanovat toimitusajoista?") == "toimitusajoista"
    assert focus("What do people say about the app?") == "app"
    assert focus("Vad säger folk om kundtjänsten?") == "kundtjänsten"
    blended = blend({1: 0.8, 2: 0.4}, {1: 0.4, 2: 0.8})
    assert blended == {1: 0.75 * 0.8 + 0.25 * 0.4, 2: 0.75 * 0.4 + 0.25 * 0.8}
    assert blend({1: 0.5}, {}) == {1: 0.5}  # a question of frame words only keeps its own scores


def test_focus_leaves_out_a_word_most_of_the_scopes_comments_use() -> None:
    texts = {n: f"Kasvio comment {n} about something" for n in range(40)}
    texts |= {n: f"other words {n}" for n in range(40, 60)}
    question = "Do people report that the Kasvio pump stopped working?"
    assert focus(question) == "report kasvio pump stopped working"
    assert focus(question, texts) == "report pump stopped working"  # "kasvio" is in 40 of 60 comments
    assert focus("Kasvio?", texts) == "kasvio"  # every word common: kept
    few = dict(list(texts.items())[:10])
    assert focus(question, few) == focus(question)  # a scope too small to say what is common


def test_centred_vectors_take_out_each_languages_shared_direction() -> None:
    # Every Finnish vector shares a "Finnish" axis (0), every Swedish one a "Swedish" axis (1); the need is
    # axis 2 (delivery) or 3 (price). As stored, a Finnish price comment is nearer a Finnish delivery comment
    # than a Swedish delivery comment is; centred, the two delivery comments are nearest each other.
    def vector(language: int, need: int) -> np.ndarray:
        row = np.zeros(4)
        row[language], row[need] = 1.0, 0.6
        return row

    vectors = {n: vector(0, 2 if n < 3 else 3) for n in range(6)} | {
        n: vector(1, 2 if n < 9 else 3) for n in range(6, 12)
    }
    languages = {n: "fi" if n < 6 else "sv" for n in range(12)}

    def cosine(a: np.ndarray, b: np.ndarray) -> float:
        return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))

    assert cosine(vectors[0], vectors[3]) > cosine(vectors[0], vectors[6])  # stored: the language wins
    centred = centred_vectors(vectors, languages)
    assert cosine(centred[0], centred[6]) > cosine(centred[0], centred[3])  # centred: the need wins
    assert all(abs(float(np.linalg.norm(v)) - 1.0) < 1e-9 for v in centred.values())
    few = {1: vector(0, 2), 2: vector(1, 3)}
    assert centred_vectors(few, {1: "fi", 2: "sv"}) == few  # too few comments to have a mean: left as stored


def test_asked_intent_needs_a_lean_beyond_the_plain_question_frame() -> None:
    prototypes = {"complaint": np.array([[1.0, 0.0, 0.0]]), "feedback_or_idea": np.array([[0.0, 1.0, 0.0]])}
    neutral = np.array([[0.0, 0.0, 1.0]])
    assert asked_intent(np.array([0.9, 0.1, 0.5]), prototypes, neutral, margin=0.04) == "complaint"
    assert asked_intent(np.array([0.5, 0.1, 0.9]), prototypes, neutral, margin=0.04) is None  # a topic question
    assert asked_intent(np.array([0.9, 0.1, 0.5]), {}, neutral) is None


def test_asked_intent_takes_a_cued_intent_when_e5_does_not_lean_away_from_it() -> None:
    prototypes = {"complaint": np.array([[1.0, 0.0, 0.0]]), "feedback_or_idea": np.array([[0.0, 1.0, 0.0]])}
    neutral = np.array([[0.0, 0.0, 1.0]])
    slight = np.array([0.52, 0.1, 0.5])  # leans toward complaints by less than the margin
    assert asked_intent(slight, prototypes, neutral, margin=0.04) is None
    assert asked_intent(slight, prototypes, neutral, margin=0.04, cue="complaint") == "complaint"
    away = np.array([0.3, 0.1, 0.9])  # a topic question that only uses the word
    assert asked_intent(away, prototypes, neutral, margin=0.04, cue="complaint") is None
    assert asked_intent(slight, prototypes, neutral, margin=0.04, cue="praise") is None  # no such intent


def test_label_boost_lifts_a_feeling_without_marking_it_the_asked_kind() -> None:
    ranked = [Ranked(n, 1.0 / (n + 1), 0.0, 0.0) for n in range(8)]
    emotions = {n: "negative" if n in (6, 7) else "neutral" for n in range(8)}
    lifted = label_boost(ranked, emotions, "negative", 0.5)
    order = [r.comment_id for r in lifted]
    assert order.index(6) < 6 and order.index(7) < 7
    assert not any(r.asked_kind for r in lifted)  # quoted only on their own evidence (select)
    assert label_boost(ranked, emotions, None, 0.5) == ranked


def test_intent_boost_lifts_the_asked_kind_and_keeps_the_rest_in_order() -> None:
    ranked = [Ranked(n, 1.0 / (n + 1), 0.0, 0.0) for n in range(8)]
    intents = {n: "complaint" if n in (5, 7) else "question" for n in range(8)}
    boosted = [r.comment_id for r in intent_boost(ranked, intents, "complaint", 0.5)]
    assert boosted.index(5) < 5 and boosted.index(7) < 7  # the complaints rose
    assert [n for n in boosted if n not in (5, 7)] == [0, 1, 2, 3, 4, 6]  # the others kept their order
    assert boosted.index(5) < boosted.index(7)
    assert intent_boost(ranked, intents, None) == ranked
    assert intent_boost(ranked, intents, "praise") == ranked  # no comment of the asked kind


def test_hybrid_reads_the_no_answer_signal_from_the_plain_cosines_when_given() -> None:
    texts = {n: f"comment {n}" for n in range(6)}
    languages = dict.fromkeys(range(6), "en")
    dense = {n: 0.1 * n for n in range(6)}
    plain = {n: 0.8 - 0.1 * n for n in range(6)}
    ranked = {r.comment_id: r for r in hybrid("anything", texts, dense, languages, Tuning(feedback=0), plain=plain)}
    assert ranked[0].first_dense > ranked[5].first_dense  # from ``plain``, centred
    assert ranked[5].dense > ranked[0].dense  # the ranking's own scores are untouched


def test_a_small_fusion_constant_lets_a_first_place_in_one_ranking_beat_middling_places_in_both() -> None:
    dense, lexical = [1, 3, 4, 5, 6, 2], [2, 7, 8]  # 1 leads the vectors; 2 is sixth there and leads BM25
    wide = rrf([(dense, 1.0), (lexical, 0.25)], k=60)
    narrow = rrf([(dense, 1.0), (lexical, 0.25)], k=10)
    assert wide[2] > wide[1]
    assert narrow[1] > narrow[2]


def test_select_quotes_the_asked_kind_even_where_the_vectors_are_weak() -> None:
    ranked = [Ranked(n, 1.0 / (n + 1), 0.5 - 0.01 * n, 0.0, own_words=1.0) for n in range(20)]
    ranked[3] = replace(ranked[3], dense=-0.2)  # an idea worded unlike the question
    intents = {n: "feedback_or_idea" if n in (3, 9) else "question" for n in range(20)}
    lifted = intent_boost(ranked, intents, "feedback_or_idea", 0.5)
    assert {r.comment_id for r in lifted if r.asked_kind} == {3, 9}
    chosen = {r.comment_id for r in select(lifted)}
    assert 3 in chosen
    assert 3 not in {r.comment_id for r in select(lifted, Tuning(select_asked_kind=False))}
    assert 3 not in {r.comment_id for r in select(ranked)}  # not asked for: the weak vector score keeps it out


def test_select_leaves_out_comments_under_the_scopes_mean_plus_the_floor() -> None:
    # two comments clearly about the question, the rest a flat tail a little over 0.4 of the best
    ranked = [Ranked(1, 0.9, 0.30, 0.0, own_words=1.0), Ranked(2, 0.8, 0.28, 0.0)]
    ranked += [Ranked(n, 0.1, 0.13, 0.0) for n in range(3, 30)]
    assert {r.comment_id for r in select(ranked)} == {1, 2}
    assert len(select(ranked, Tuning(select_z=0.0))) == 29  # without the floor the tail is quoted too


def test_off_topic_comments_rank_after_every_comment_the_answer_could_quote() -> None:
    texts = {1: "black friday deals are a joke", 2: "is the pump loud", 3: "pump noise at night", 4: "nice"}
    dense = {1: 0.9, 2: 0.8, 3: 0.7, 4: 0.1}
    languages = dict.fromkeys(texts, "en")
    intents = {1: "off_topic", 2: "question", 3: "complaint", 4: "off_topic"}
    ranked = [r.comment_id for r in hybrid("pump", texts, dense, languages, Tuning(feedback=0), intents=intents)]
    assert ranked == [2, 3, 1, 4]
    kept = hybrid("pump", texts, dense, languages, Tuning(feedback=0, off_topic_last=False), intents=intents)
    assert kept[0].comment_id == 1
    every = dict.fromkeys(texts, "off_topic")  # a scope filtered to intent:off_topic keeps its order
    assert [r.comment_id for r in off_topic_last(kept, every)] == [r.comment_id for r in kept]


def test_feedback_seeds_are_taken_after_off_topic_comments_are_moved_last() -> None:
    texts = {1: "black friday deals", 2: "it hums all night", 3: "loud at night", 4: "friday sale elsewhere"}
    dense = {1: 0.9, 2: 0.8, 3: 0.5, 4: 0.55}  # the off-topic comment is the question's best match
    languages = dict.fromkeys(texts, "en")
    intents = {1: "off_topic", 2: "complaint", 3: "complaint", 4: "question"}
    vectors = {
        1: np.array([1.0, 0.0, 0.0]),
        2: np.array([0.0, 1.0, 0.0]),
        3: np.array([0.0, 0.95, 0.05]),  # resembles the best comment about the brand
        4: np.array([0.95, 0.05, 0.0]),  # resembles the off-topic one
    }
    tuning = Tuning(feedback_depth=1, expansion_terms=0)
    ranked = [r.comment_id for r in hybrid("noise", texts, dense, languages, tuning, vectors, intents)]
    assert ranked == [2, 3, 4, 1]
    old = replace(tuning, lifted_seeds=False)  # the off-topic comment as the seed pulls its look-alike up
    assert [r.comment_id for r in hybrid("noise", texts, dense, languages, old, vectors, intents)][:2] == [4, 2]
