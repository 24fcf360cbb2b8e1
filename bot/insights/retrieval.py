"""Hybrid retrieval for ``ask`` (pure): lexical BM25 and e5 vectors, fused by reciprocal rank.

1. **Lexical.** Okapi BM25 (k1 1.2, b 0.75) over the comments in scope. Words are
   case-folded, stop words of fi/sv/en (and the question words every question shares:
   "what do people say about") are left out, and each word is cut to its first
   ``STEM`` letters, a crude stemmer that works across the three languages' endings
   ("toimitus", "toimitusajat", "toimituksen"; "leverans", "leveransen").
2. **Vectors.** The cosine of the question and each comment, both embedded as e5
   queries (short texts compared for meaning: e5's symmetric case; comments as passages
   found fewer of the relevant ones, see :mod:`knowledge.comments`), computed by the
   caller (the comments collection). e5 scores the
   question's own language higher than a translation of the same sentence, so each
   comment's score is taken relative to the mean score of the comments *in its
   language* (``language_centred``): a Finnish question then ranks a Swedish
   comment on the same need next to the Finnish ones. This is what makes retrieval
   language-aware; BM25 can only match the question's own words. Before that, each
   comment's *vector* has the mean vector of the scope's comments in its language taken
   out (:func:`centred_vectors`): a shared language and register is a direction of its
   own in e5, and without it a Finnish comment on another need sits nearer a Finnish
   question than a Swedish comment on the same one. The no-answer rules of point 5 still
   read the cosines with the stored vectors (``plain``), on which they were chosen.
3. **Fusion.** Reciprocal rank fusion, ``sum(weight / (RRF_K + rank))`` over the two
   rankings, the vector ranking weighted ``DENSE_WEIGHT`` and BM25 ``LEXICAL_WEIGHT``
   (only comments with a lexical score take part in that ranking). ``RRF_K`` 10 rather
   than the usual 60: the first places of each ranking count more against the places
   after them. Measured (``bench/eval_ask.py``, capped recall@10): eval/themes 0.704 ->
   0.707, ask-dev-b's tuning part 0.608 -> 0.655, its hold-out 0.417 -> 0.417 (k 20 and 30
   between the two, 100 lower; z-scores of the two rankers summed instead of ranks: no better).
4. **Feedback.** A second pass (:func:`hybrid`): the first pass's ``FEEDBACK_DEPTH`` best
   comments lend their vectors (each comment's score gains ``FEEDBACK`` times its mean
   cosine with them: comment-to-comment similarity crosses languages better than
   question-to-comment) and their ``EXPANSION_TERMS`` most characteristic words (added to
   the BM25 query at ``EXPANSION_WEIGHT``). The seeds are the first pass's best in the order the answer
   reads it (:func:`answer_order`: the asked kind and the named feeling lifted, off-topic comments last), so an
   off-topic comment that matches the question's words never lends its vector and words. Measured (capped
   recall@10 / precision@10): ask-dev-b's tuning part 0.754 / 0.552 -> 0.763 / 0.561, its hold-out 0.428 / 0.344
   -> 0.450 / 0.367, ask-dev-c (held out) 0.577 / 0.531 -> 0.593 / 0.547, eval/themes unchanged (no stored
   intents); the CPU per question the same.
5. **The answer's share.** :func:`select` keeps the fused head that either ranking
   supports: a comment whose centred vector score is at least ``SELECT_RATIO`` of the
   best (scale-free: feedback widens the spread), or whose BM25 score is at least
   ``LEXICAL_SHARE`` of the best, up to
   ``MAX_SELECTED``; and a comment of the kind the question asks for (point 6), which the
   ranking lifted for that reason. No comment whose centred vector score is under the
   scope's mean plus ``SELECT_Z`` standard deviations is quoted (a cut-off so a question
   few comments answer is not padded with weak ones), unless it is of the asked kind or the
   scope has fewer than ``FLOOR_SCOPE`` comments (its mean and spread are mostly its answer);
   measured, the answer's first 10 quotes' precision eval/themes 0.659 -> 0.682, ask-dev-b's
   tuning part 0.555 -> 0.574, recall 0.564 -> 0.564 and 0.584 -> 0.575 (floors of 1.5-3
   deviations cost more recall than they gain precision). When no word of the question itself occurs (the feedback's
   expansion words do not count: they always match something) and the question's best
   centred vector score either stays under ``MIN_DENSE`` or does not stand out from the
   scope's comments (:func:`standout`, a z-score, under ``MIN_STANDOUT``: 2.0 since the
   comments are query vectors, chosen on eval/themes), nothing is
   selected: "nothing in the collected comments answers this" is the honest answer.
   Measured on the dev sets this catches few of the questions no comment answers (the
   ask-dev-b traps share a topic word or meaning with off-brand comments); see
   ``bench/eval_ask.py``.
   **Off-topic comments** (their stored intent is ``off_topic``: not about the brand) are
   never quoted, and when the question's best vector match is an off-topic comment that
   stands out from the scope by ``OFF_TOPIC_MARGIN`` standard deviations more than the best
   comment about the brand, nothing is selected: the question is about something the
   audience did not say about the brand ("our Black Friday sale" against "black friday
   deals this year are a joke"). Measured on ask-dev-b: with the set's labelled intents 5
   of its 8 no-answer questions now answer "nothing found" and no answerable one does; with
   the offline classifier's intents (which find 13 of the set's 40 off-topic comments) 1
   of 8. It is as good as the stored off-topic signal. As they are never quoted, they also
   rank after every other comment (:func:`off_topic_last`): capped recall@10 of the ranking
   on ask-dev-b's tuning part 0.655 -> 0.682, precision@10 0.474 -> 0.491, its hold-out
   0.417 -> 0.428 (the answer's quotes are the same).
6. **A kind of comment.** A question that asks for a kind of comment rather than a topic
   ("what ideas do people have?", "vad klagar folk på?") is matched by e5 against fi/sv/en
   question forms per intent (:data:`INTENT_QUESTIONS`), against the plain frame ("what do
   people say about it?"); when one leans ``INTENT_MARGIN`` beyond the frame
   (:func:`asked_intent`), the comments whose stored intent is that kind are fused in at
   ``INTENT_WEIGHT`` (:func:`intent_boost`), and the answer quotes them (point 5). It is as
   good as the stored intent, and e5 tells question forms apart only roughly: of the 73 dev
   questions outside the hold-out it picks 6, 5 of them right (a question on range in the
   cold was read as asking for praise). Measured on ask-dev-b's tuning part, the answer's
   first 10 quotes with the asked kind quoted: recall 0.544 -> 0.584, precision 0.526 ->
   0.555. Leaning toward a kind by less (margin 0.02-0.03, so "does anyone complain about
   the pump noise?" lifts complaints too) lowered capped recall@10 there 0.608 -> 0.590.
   The question's own words count too (:mod:`bot.insights.facets`): a word that names a kind
   ("vaihtoehtoja", "klagar", "ideas") makes it the asked kind when e5 leans toward it at all
   (``CUE_MARGIN``); a word that names a feeling ("unhappy", "pettyneet", "nöjda") lifts the
   comments of that stored emotion at ``EMOTION_WEIGHT`` when the scope filters none
   (:func:`label_boost`; they are not quoted for it). Measured on ask-dev-b's tuning part (capped
   recall@10 / precision@10): 0.726 / 0.526 -> 0.754 / 0.552; its emotion questions asked without
   their filter 0.611 / 0.567 -> 0.733 / 0.667, ask-dev-c's (held out) 0.408 / 0.375 -> 0.758 / 0.675.
7. **Letter grams** (off by default, ``GRAM_WEIGHT``): a third BM25 ranking over each
   word's letter 4-grams (:func:`grams`), for Finnish inflection and compounds. Measured
   on the dev sets it helped ask-dev-b a little and hurt eval/themes more, so it is not fused.

8. **Snowball stems** (off by default, ``Tuning.stemmer``): the fi/sv/en Snowball stemmers (:func:`stems`)
   instead of the 5-letter prefix. Measured, capped recall@10 eval/themes 0.707 -> 0.716, ask-dev-b's
   tuning part 0.682 -> 0.672, ask-dev-c (held out) 0.577 -> 0.573: no help where it counts.

Weights and thresholds were chosen on the dev questions (``bench/eval_ask.py --tune``:
eval/themes and ask-dev-b outside its hold-out), never on the blind set.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import numpy as np
import snowballstemmer

STEM = 5
STEM_CAP = 6
STEMMER = "prefix"
GRAM = 4
K1 = 1.2
B = 0.75
RRF_K = 10
LIFT_K = 60  # the asked kind's lift (:func:`intent_boost`), chosen with k 60 before the fusion's k was lowered
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 0.25
SELECT_RATIO = 0.4
LEXICAL_SHARE = 0.6
MIN_DENSE = 0.02
SELECT_Z = 1.0
FLOOR_SCOPE = 20  # a smaller scope's mean and spread are mostly its answer: no floor
MIN_STANDOUT = 2.0
OFF_TOPIC_MARGIN = 0.7
FOCUS_WEIGHT = 0.25
COMMON_SHARE = 0.05  # a question word this share of the scope's comments use is left out of its focus (:func:`focus`)
OFF_TOPIC = "off_topic"
MAX_SELECTED = 40
MIN_GROUP = 5
FEEDBACK = 1.0
FEEDBACK_DEPTH = 3
EXPANSION_TERMS = 5
EXPANSION_WEIGHT = 0.3
GRAM_WEIGHT = 0.0
INTENT_WEIGHT = 0.5
INTENT_MARGIN = 0.04
CUE_MARGIN = 0.0
EMOTION_WEIGHT = 0.5

# How a manager asks for one kind of comment rather than a topic (see :func:`asked_intent`): each
# intent's questions in fi/sv/en, compared by meaning (e5) with the question, against the plain frame
# ``NEUTRAL_QUESTIONS``. Generic question forms, not any set's wording of a topic.
INTENT_QUESTIONS: dict[str, tuple[str, ...]] = {
    "complaint": ("What do people complain about?", "Mistä ihmiset valittavat?", "Vad klagar folk på?"),
    "feedback_or_idea": (
        "What ideas or suggestions do people have?",
        "Mitä ideoita ja ehdotuksia ihmisillä on?",
        "Vilka idéer och förslag har folk?",
    ),
    "question": ("What do people ask?", "Mitä ihmiset kysyvät?", "Vad frågar folk?"),
    "praise": ("What do people praise?", "Mitä ihmiset kehuvat?", "Vad berömmer folk?"),
    "comparison_or_purchase": (
        "Which competitors and alternatives do people compare us with?",
        "Mihin kilpailijoihin ja vaihtoehtoihin meitä verrataan?",
        "Vilka konkurrenter och alternativ jämför folk oss med?",
    ),
}
NEUTRAL_QUESTIONS: tuple[str, ...] = (
    "What do people say about it?",
    "Mitä ihmiset sanovat siitä?",
    "Vad säger folk om det?",
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Function words and the words every question to the audience shares; matched after case folding.
_STOP_TEXT = """
a an and are as at be been but by can could do does did for from had has have how i if in into is it its
me my no not of on or our so than that the their them then there these they this those to too was we were
what when where which who whom why will with would you your about people say says said think thinks
customers customer users user anyone someone ask asks asking tell talk talking feel feels
ja on ei se ne että kun jos mutta tai niin kuin mitä mikä mitkä miten miksi missä milloin kuka ketkä
onko ovat olla oli mä sä hän me te he tää toi joka jotka mistä mihin millainen millaisia
ihmiset ihmisiä asiakkaat asiakkaita käyttäjät sanovat sanoo sanotaan kertovat kysyvät kysytään
mieltä ajattelevat puhuvat tuntevat
och att det som en ett är på för med av till den de inte om har jag du vi ni han hon man kan ska
vad var hur varför när vilka vilken vilket vem säger tycker folk kunder kunderna användare frågar
undrar pratar känner sig sin sina
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


def fold(text: str) -> str:
    """Case-folded, compatibility-normalised text (accents kept: ä and a differ in fi and sv)."""
    return unicodedata.normalize("NFKC", text).casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text`` without stop words and one-letter words."""
    return [word for word in _WORD.findall(fold(text)) if word not in STOP_WORDS and len(word) > 1]


def terms(text: str, language: str | None = None) -> list[str]:
    """The words BM25 compares (``Tuning.stemmer`` "prefix", the default): folded, stop words out, cut to
    ``STEM`` letters, a crude stemmer that works across the three languages' endings."""
    return [word[:STEM] for word in words(text)]


_SNOWBALL = {"en": "english", "fi": "finnish", "sv": "swedish"}


@cache
def _stemmer(language: str) -> Any:
    return snowballstemmer.stemmer(_SNOWBALL[language])


def stems(text: str, language: str | None = None) -> list[str]:
    """The words BM25 compares: folded, stop words out, each cut to its stem by the Snowball stemmer of
    ``language`` (fi, sv or en), then to at most ``STEM_CAP`` letters.

    Snowball removes the endings a prefix cut cannot tell from the stem ("takuusta", "takuu" -> "taku";
    "ljudet" -> "ljud"; "deliveries" -> "deliveri"), and the cap joins what Finnish consonant gradation
    keeps apart ("toimitus", "toimituksen" -> "toimitu(ks)" -> "toimit"). A text of another or unknown
    language is cut to ``STEM`` letters, as before.
    """
    found = words(text)
    if language not in _SNOWBALL:
        return [word[:STEM] for word in found]
    return [stem[:STEM_CAP] for stem in _stemmer(language).stemWords(found)]


def focus(question: str, texts: Mapping[int, str] | None = None, share: float = COMMON_SHARE) -> str:
    """The question's content words ("mitä ihmiset sanovat toimitusajoista?" -> "toimitusajoista").

    The question's frame ("what do people say about") weighs on its e5 vector as much as its
    topic does; the vector of its content words alone is blended in (:func:`blend`).

    With the scope's comment ``texts`` (at least ``FLOOR_SCOPE``), a word that a ``share`` or more of
    them use (its first ``STEM`` letters) is left out too: the brand's or product's name, which a
    question often names ("do people report that the Kasvio pump stopped working?") and which is
    everywhere in the comments, pulls the vector toward every comment that names it rather than
    those on the question's need. The words stay when every one of them is that common. Measured
    (``bench/eval_ask.py``, capped recall@10 / precision@10): ask-dev-b's tuning part 0.682 / 0.491 ->
    0.726 / 0.526 (English 0.680 -> 0.825), eval/themes and ask-dev-c unchanged (no question word that common).
    """
    found = words(question)
    if texts is not None and len(texts) >= FLOOR_SCOPE and share > 0:
        used: Counter[str] = Counter()
        for text in texts.values():
            used.update(set(terms(text)))
        rare = [word for word in found if used[word[:STEM]] < share * len(texts)]
        found = rare or found
    return " ".join(found)


def blend(full: Mapping[int, float], focused: Mapping[int, float], weight: float = FOCUS_WEIGHT) -> dict[int, float]:
    """Each comment's cosine with the question, ``weight`` of it from the question's content words.

    Measured (``bench/eval_ask.py``): weight 0.25 raised the top-10 recall on eval/themes 0.631 -> 0.652
    and on ask-dev-b's tuning part 0.501 -> 0.529; 0.5 lowered eval/themes.
    """
    if not focused:
        return dict(full)
    return {doc_id: (1 - weight) * score + weight * focused.get(doc_id, score) for doc_id, score in full.items()}


def grams(text: str, language: str | None = None, size: int = GRAM) -> list[str]:
    """Each word's letter ``size``-grams, the word's start marked (``^pos``, ``post``, ...).

    Finnish inflects and compounds ("postikulut", "postikuluja"; "sähkönkulutus"), so a
    shared stretch of letters is evidence where a shared prefix is not.
    """
    found: list[str] = []
    for word in words(text):
        marked = "^" + word
        if len(marked) <= size:
            found.append(marked)
        else:
            found.extend(marked[i : i + size] for i in range(len(marked) - size + 1))
    return found


Tokens = Callable[[str, str | None], list[str]]


class BM25:
    """Okapi BM25 over a fixed set of documents.

    ``languages``: each document's language, which ``tokens`` stems it by; a query (whose language
    is not known) is stemmed by each language of the documents, the terms together.
    """

    def __init__(
        self,
        documents: Mapping[int, str],
        k1: float = K1,
        b: float = B,
        tokens: Tokens = terms,
        languages: Mapping[int, str | None] | None = None,
    ) -> None:
        self.k1, self.b, self.tokens = k1, b, tokens
        known = languages or {}
        self.docs = {doc_id: Counter(tokens(text, known.get(doc_id))) for doc_id, text in documents.items()}
        self.query_languages = sorted({known.get(doc_id) or "" for doc_id in documents}) or [""]
        self.lengths = {doc_id: sum(counts.values()) for doc_id, counts in self.docs.items()}
        self.mean_length = (sum(self.lengths.values()) / len(self.lengths)) if self.lengths else 0.0
        frequency: Counter[str] = Counter()
        for counts in self.docs.values():
            frequency.update(counts.keys())
        n = len(self.docs)
        self.idf = {term: math.log(1 + (n - df + 0.5) / (df + 0.5)) for term, df in frequency.items()}

    def scores(self, query: str, extra: Mapping[str, float] | None = None) -> dict[int, float]:
        """Every document with at least one query term, and its score; ``extra`` terms count with their weight."""
        wanted = {term: 1.0 for language in self.query_languages for term in self.tokens(query, language or None)}
        for term, weight in (extra or {}).items():
            wanted[term] = max(wanted.get(term, 0.0), weight)
        found: dict[int, float] = {}
        if not wanted or not self.mean_length:
            return found
        for doc_id, counts in self.docs.items():
            score = 0.0
            for term in wanted.keys() & counts.keys():
                tf = counts[term]
                norm = self.k1 * (1 - self.b + self.b * self.lengths[doc_id] / self.mean_length)
                score += wanted[term] * self.idf[term] * tf * (self.k1 + 1) / (tf + norm)
            if score > 0:
                found[doc_id] = score
        return found

    def expansion(self, seeds: Sequence[int], count: int) -> dict[str, float]:
        """The ``count`` terms that best characterise the ``seeds`` (tf x idf), weighted 0..1."""
        weights: dict[str, float] = {}
        for seed in seeds:
            for term, tf in self.docs.get(seed, Counter()).items():
                weights[term] = weights.get(term, 0.0) + tf * self.idf.get(term, 0.0)
        top = sorted(weights.items(), key=lambda entry: -entry[1])[:count]
        best = top[0][1] if top else 0.0
        return {term: weight / best for term, weight in top} if best > 0 else {}


def language_centred(dense: Mapping[int, float], languages: Mapping[int, str | None]) -> dict[int, float]:
    """Each score minus the mean score of the comments in its language (see the module docstring).

    A language with fewer than ``MIN_GROUP`` comments has no reliable mean of its own; its
    comments are centred on the mean of all.
    """
    if not dense:
        return {}
    groups: dict[str, list[float]] = {}
    for doc_id, score in dense.items():
        groups.setdefault(languages.get(doc_id) or "", []).append(score)
    overall = sum(dense.values()) / len(dense)
    means = {
        language: sum(values) / len(values) if len(values) >= MIN_GROUP else overall
        for language, values in groups.items()
    }
    return {doc_id: score - means[languages.get(doc_id) or ""] for doc_id, score in dense.items()}


def ranking(scores: Mapping[int, float]) -> list[int]:
    """Ids by score, best first; ties by id for a stable order."""
    return sorted(scores, key=lambda doc_id: (-scores[doc_id], doc_id))


def rrf(rankings: Sequence[tuple[Sequence[int], float]], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion of ``(ranking, weight)`` pairs."""
    fused: dict[int, float] = {}
    for ranked, weight in rankings:
        for position, doc_id in enumerate(ranked, start=1):
            fused[doc_id] = fused.get(doc_id, 0.0) + weight / (k + position)
    return fused


@dataclass(frozen=True)
class Ranked:
    comment_id: int
    fused: float
    dense: float  # centred cosine (0 when the comment had no vector)
    lexical: float  # BM25 (0 when no word matched)
    own_words: float = 0.0  # BM25 of the question's own words (without the feedback's expansion)
    first_dense: float = 0.0  # centred cosine of the question alone (without the feedback)
    asked_kind: bool = False  # its stored intent is the kind of comment the question asks for (:func:`intent_boost`)


@dataclass(frozen=True)
class Tuning:
    dense_weight: float = DENSE_WEIGHT
    lexical_weight: float = LEXICAL_WEIGHT
    centre: bool = True
    select_ratio: float = SELECT_RATIO
    lexical_share: float = LEXICAL_SHARE
    min_dense: float = MIN_DENSE
    max_selected: int = MAX_SELECTED
    feedback: float = FEEDBACK
    feedback_depth: int = FEEDBACK_DEPTH
    expansion_terms: int = EXPANSION_TERMS
    expansion_weight: float = EXPANSION_WEIGHT
    gram_weight: float = GRAM_WEIGHT
    min_standout: float = MIN_STANDOUT
    off_topic_margin: float = OFF_TOPIC_MARGIN
    centre_vectors: bool = True
    intent_weight: float = INTENT_WEIGHT
    intent_margin: float = INTENT_MARGIN
    cues: bool = True  # a word of the question that names a kind of comment counts (:mod:`bot.insights.facets`)
    cue_margin: float = CUE_MARGIN
    emotion_weight: float = EMOTION_WEIGHT  # the lift of the comments with the feeling a question names
    plain_no_answer: bool = True  # the no-answer rules read the cosines with the stored vectors (``plain``)
    rrf_k: int = RRF_K
    select_z: float = SELECT_Z
    select_asked_kind: bool = True
    off_topic_last: bool = True  # comments whose stored intent is off-topic rank after all others (never quoted)
    stemmer: str = STEMMER  # "snowball" (:func:`stems`) or "prefix" (:func:`terms`, the first ``STEM`` letters)
    stem_cap: int = STEM_CAP
    lifted_seeds: bool = True  # the feedback's seeds are the first pass's best in the answer's order (:func:`hybrid`)


DEFAULT = Tuning()


def feedback_scores(vectors: Mapping[int, np.ndarray], seeds: Sequence[int]) -> dict[int, float]:
    """Each comment's mean cosine with the ``seeds`` (the first pass's best comments)."""
    chosen = [vectors[seed] for seed in seeds if seed in vectors]
    if not chosen or not vectors:
        return {}
    ids = list(vectors)
    matrix = _unit(np.stack([vectors[doc_id] for doc_id in ids]))
    centre = _unit(np.stack(chosen)).mean(axis=0)
    return {doc_id: float(score) for doc_id, score in zip(ids, matrix @ centre, strict=True)}


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def centred_vectors(vectors: Mapping[int, np.ndarray], languages: Mapping[int, str | None]) -> dict[int, np.ndarray]:
    """Each comment's unit vector minus the mean unit vector of the scope's comments in its language, re-normalised.

    e5 puts every Finnish comment nearer every other Finnish comment than a Swedish one on the same
    need: a shared language (and a shared register: short, colloquial) is a direction of its own in
    the vectors. Taking each language's mean out leaves what the comment is about, so a question then
    meets the Swedish and English comments on its need next to those in its own language, and the
    feedback's comment-to-comment similarity follows the need rather than the language. A language
    with fewer than ``MIN_GROUP`` comments is centred on the mean of all; a scope of fewer than
    ``MIN_GROUP`` comments is left as it is (its mean would be the comments themselves).

    Measured (``bench/eval_ask.py``, capped recall@10): eval/themes 0.652 -> 0.698, ask-dev-b's
    tuning part 0.529 -> 0.526, its hold-out 0.366 -> 0.406 (with lexical weight 0.5, before it was lowered).
    """
    ids = list(vectors)
    if len(ids) < MIN_GROUP:
        return dict(vectors)
    matrix = _unit(np.stack([np.asarray(vectors[doc_id], dtype=np.float64) for doc_id in ids]))
    groups: dict[str, list[int]] = {}
    for row, doc_id in enumerate(ids):
        groups.setdefault(languages.get(doc_id) or "", []).append(row)
    overall = matrix.mean(axis=0)
    centred = matrix.copy()
    for rows in groups.values():
        centred[rows] -= matrix[rows].mean(axis=0) if len(rows) >= MIN_GROUP else overall
    centred = _unit(centred)
    return {doc_id: centred[row] for row, doc_id in enumerate(ids)}


def asked_intent(
    question: np.ndarray,
    prototypes: Mapping[str, np.ndarray],
    neutral: np.ndarray,
    margin: float = INTENT_MARGIN,
    cue: str | None = None,
    cue_margin: float = CUE_MARGIN,
) -> str | None:
    """The kind of comment the question asks for ("what ideas do people have?": ``feedback_or_idea``), or None.

    ``question`` is the question's e5 query vector, ``prototypes`` each intent's question forms
    (:data:`INTENT_QUESTIONS`, one row each) and ``neutral`` the plain frame's (:data:`NEUTRAL_QUESTIONS`).
    An intent is asked for when its best form is nearer the question than the plain frame by at least
    ``margin`` cosine: every question shares the frame, so only a question about a kind of comment
    leans further. A question about a topic ("what do people say about delivery times?") asks for none.

    ``cue``: the intent a word of the question names (:func:`bot.insights.facets.cued_intent`); it is
    asked for when e5 leans toward it by at least ``cue_margin`` (less than ``margin``: the word and the
    meaning agree), unless another intent leans by ``margin`` on its own.
    """
    if not prototypes:
        return None
    unit = question / (np.linalg.norm(question) or 1.0)
    plain = float(np.max(_unit(np.atleast_2d(neutral)) @ unit)) if len(neutral) else 0.0
    leaning = {intent: float(np.max(_unit(np.atleast_2d(rows)) @ unit)) - plain for intent, rows in prototypes.items()}
    best = max(leaning, key=lambda intent: (leaning[intent], intent))
    if leaning[best] >= margin:
        return best
    return cue if cue in leaning and leaning[cue] >= cue_margin else None


def intent_boost(
    ranked: Sequence[Ranked], intents: Mapping[int, str | None], asked: str | None, weight: float = INTENT_WEIGHT
) -> list[Ranked]:
    """``ranked`` fused (reciprocal rank) with its own comments of the ``asked`` intent, weighted ``weight``.

    A question about a kind of comment ("what do people complain about?") is answered by the
    comments of that kind whatever their words; its vector shares little with a complaint about a
    pump. The comments whose stored intent is the asked one keep their order and rise together, and
    are marked ``asked_kind`` (the answer quotes them, :func:`select`).
    """
    return label_boost(ranked, intents, asked, weight, mark=True)


def label_boost(
    ranked: Sequence[Ranked], labels: Mapping[int, str | None], wanted: str | None, weight: float, mark: bool = False
) -> list[Ranked]:
    """``ranked`` fused (reciprocal rank, k ``LIFT_K``) with its own comments whose label is ``wanted``.

    The intent lift (:func:`intent_boost`) and the feeling's (a question that names one, "what do
    unhappy buyers say about the app?", :func:`bot.insights.facets.cued_emotion`, lifts the comments
    whose stored emotion is that one: a soft filter, since the stored emotion is a classifier's).
    """
    if wanted is None or weight <= 0 or not ranked:
        return list(ranked)
    own = [r.comment_id for r in ranked if labels.get(r.comment_id) == wanted]
    if not own:
        return list(ranked)
    fused = rrf([([r.comment_id for r in ranked], 1.0), (own, weight)], LIFT_K)
    lifted = set(own) if mark else set()
    return sorted(
        (replace(r, fused=fused[r.comment_id], asked_kind=r.asked_kind or r.comment_id in lifted) for r in ranked),
        key=lambda r: (-r.fused, r.comment_id),
    )


def _fuse(
    question: str,
    texts: Mapping[int, str],
    dense: Mapping[int, float],
    languages: Mapping[int, str | None],
    lexical: Mapping[int, float],
    tuning: Tuning,
    letters: Mapping[int, float] | None = None,
) -> list[Ranked]:
    centred = language_centred(dense, languages) if tuning.centre else dict(dense)
    rankings = [(ranking(centred), tuning.dense_weight), (ranking(lexical), tuning.lexical_weight)]
    if letters and tuning.gram_weight > 0:
        rankings.append((ranking(letters), tuning.gram_weight))
    fused = rrf(rankings, tuning.rrf_k)
    for doc_id in texts:
        fused.setdefault(doc_id, 0.0)
    return [
        Ranked(doc_id, fused[doc_id], centred.get(doc_id, 0.0), lexical.get(doc_id, 0.0))
        for doc_id in sorted(fused, key=lambda d: (-fused[d], d))
    ]


def tokenizer(tuning: Tuning) -> Tokens:
    """The words BM25 compares under ``tuning`` (its stemmer and stem cap)."""
    if tuning.stemmer == "prefix":
        return terms
    if tuning.stem_cap == STEM_CAP:
        return stems
    return lambda text, language: [
        stem[: tuning.stem_cap] if language in _SNOWBALL else stem
        for stem in (_stemmer(language).stemWords(words(text)) if language in _SNOWBALL else terms(text))
    ]


def hybrid(
    question: str,
    texts: Mapping[int, str],
    dense: Mapping[int, float],
    languages: Mapping[int, str | None],
    tuning: Tuning = DEFAULT,
    vectors: Mapping[int, np.ndarray] | None = None,
    intents: Mapping[int, str | None] | None = None,
    asked: str | None = None,
    plain: Mapping[int, float] | None = None,
    emotions: Mapping[int, str | None] | None = None,
    felt: str | None = None,
) -> list[Ranked]:
    """Every comment of ``texts`` ranked for ``question``, best first.

    ``felt``: the feeling the question names (:func:`bot.insights.facets.cued_emotion`) when the scope
    has no emotion filter; the comments whose stored emotion (``emotions``) is that one are lifted at
    ``Tuning.emotion_weight`` (:func:`label_boost`).

    ``plain``: the question's cosines with the comments' vectors as stored (not centred,
    :func:`centred_vectors`); when given, each ``Ranked.first_dense``, which the no-answer rules of
    :func:`select` read, comes from them (language-centred), as those rules were chosen on them.

    ``asked``: the kind of comment the question asks for (:func:`asked_intent`); the comments whose
    stored intent (``intents``) is that kind are lifted (:func:`intent_boost`).

    With the comments' ``vectors``, a second pass adds pseudo-relevance feedback: each
    comment's vector score gains ``feedback`` times its mean cosine with the first pass's
    ``feedback_depth`` best comments. Comment-to-comment similarity crosses languages
    better than question-to-comment does, so the best Finnish hits pull in the Swedish
    and English comments on the same need.
    """
    scores = {doc_id: score for doc_id, score in dense.items() if doc_id in texts}
    bm25 = BM25(texts, tokens=tokenizer(tuning), languages=languages)
    lexical = bm25.scores(question)
    letters = BM25(texts, tokens=grams).scores(question) if tuning.gram_weight > 0 else {}
    ranked = _fuse(question, texts, scores, languages, lexical, tuning, letters)
    first_order = answer_order(ranked, tuning, intents, asked, emotions, felt) if tuning.lifted_seeds else ranked
    seeds = [r.comment_id for r in first_order[: tuning.feedback_depth]]
    again = False
    if vectors and tuning.feedback > 0 and ranked:
        extra = feedback_scores({d: v for d, v in vectors.items() if d in scores}, seeds)
        scores = {doc_id: score + tuning.feedback * extra.get(doc_id, 0.0) for doc_id, score in scores.items()}
        again = True
    if tuning.expansion_terms > 0 and ranked:
        expansion = bm25.expansion(seeds, tuning.expansion_terms)
        lexical = bm25.scores(question, {t: tuning.expansion_weight * w for t, w in expansion.items()})
        again = True
    final = _fuse(question, texts, scores, languages, lexical, tuning, letters) if again else ranked
    first = {r.comment_id: r for r in ranked}
    judged = language_centred({d: v for d, v in plain.items() if d in texts}, languages) if plain is not None else None
    final = [
        replace(
            r,
            own_words=first[r.comment_id].lexical,
            first_dense=judged.get(r.comment_id, 0.0) if judged is not None else first[r.comment_id].dense,
        )
        for r in final
    ]
    return answer_order(final, tuning, intents, asked, emotions, felt)


def answer_order(
    ranked: Sequence[Ranked],
    tuning: Tuning,
    intents: Mapping[int, str | None] | None,
    asked: str | None,
    emotions: Mapping[int, str | None] | None,
    felt: str | None,
) -> list[Ranked]:
    """``ranked`` in the order the answer reads it: the asked kind (:func:`intent_boost`) and the named feeling
    (:func:`label_boost`) lifted, the off-topic comments last (:func:`off_topic_last`)."""
    found = intent_boost(ranked, intents or {}, asked, tuning.intent_weight)
    found = label_boost(found, emotions or {}, felt, tuning.emotion_weight)
    if tuning.off_topic_last and intents:
        found = off_topic_last(found, intents)
    return found


def off_topic_last(ranked: Sequence[Ranked], intents: Mapping[int, str | None]) -> list[Ranked]:
    """``ranked`` with the comments whose stored intent is off-topic moved to the end, each part in its order.

    The answer never quotes them (:func:`select`), so the ranking a reader (or ``bench/eval_ask.py``) sees
    puts them after every comment it could quote. When every comment is off-topic (a scope filtered to
    ``intent:off_topic``), the order is unchanged.
    """
    return [r for r in ranked if intents.get(r.comment_id) != OFF_TOPIC] + [
        r for r in ranked if intents.get(r.comment_id) == OFF_TOPIC
    ]


def standout(ranked: Sequence[Ranked]) -> float:
    """How far the question's best vector score stands out: (best - mean) / standard deviation over ``ranked``.

    Scale-free, so one floor serves every question and scope; a scope of fewer than
    ``MIN_GROUP`` comments has no meaningful spread and counts as standing out.
    """
    values = np.array([r.first_dense for r in ranked], dtype=np.float64)
    if len(values) < MIN_GROUP or not values.std():
        return math.inf
    return float((values.max() - values.mean()) / values.std())


def select(
    ranked: Sequence[Ranked], tuning: Tuning = DEFAULT, off_topic: Collection[int] = frozenset()
) -> list[Ranked]:
    """The part of the ranking the answer quotes (see the module docstring, point 5).

    ``off_topic``: the ids of the comments whose stored intent is off-topic (not about the brand).
    """
    if not ranked:
        return []
    if off_topic and _answered_off_topic(ranked, off_topic, tuning.off_topic_margin):
        return []
    best_dense = max(r.dense for r in ranked)
    best_lexical = max(r.lexical for r in ranked)
    if not any(r.own_words > 0 for r in ranked) and (
        best_dense < tuning.min_dense or standout(ranked) < tuning.min_standout
    ):
        return []
    values = np.array([r.dense for r in ranked], dtype=np.float64)
    floor = -math.inf
    if tuning.select_z > 0 and len(ranked) >= FLOOR_SCOPE:
        floor = float(values.mean() + tuning.select_z * values.std())

    def supported(r: Ranked) -> bool:
        if tuning.select_asked_kind and r.asked_kind:
            return True
        return r.dense >= floor and (
            (best_dense > 0 and r.dense >= tuning.select_ratio * best_dense)
            or (best_lexical > 0 and r.lexical >= tuning.lexical_share * best_lexical)
        )

    chosen = [r for r in ranked if r.comment_id not in off_topic and supported(r)]
    return chosen[: tuning.max_selected]


def _answered_off_topic(ranked: Sequence[Ranked], off_topic: Collection[int], margin: float) -> bool:
    """Whether the best off-topic comment outscores the best comment about the brand by ``margin`` deviations."""
    values = np.array([r.first_dense for r in ranked], dtype=np.float64)
    spread = float(values.std())
    if len(values) < MIN_GROUP or not spread:
        return False
    off = [r.first_dense for r in ranked if r.comment_id in off_topic]
    on = [r.first_dense for r in ranked if r.comment_id not in off_topic]
    if not off:
        return False
    return not on or (max(off) - max(on)) / spread >= margin
