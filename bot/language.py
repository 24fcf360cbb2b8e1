"""Which language a comment is written in.

:func:`detect_language` uses lingua restricted to the languages Kuulo's users
meet (Nordic and Baltic neighbours, the large EU languages, Russian), which is
both faster and more accurate on short comments than detecting among all 75.
Finnish, Swedish and English get a prior weight (:data:`PRIOR`): they are
what Kuulo's users mostly read, and lingua alone often hesitates between
Swedish, Danish and Norwegian on one short sentence. It answers ``None``
rather than guess: for text with too few letters, or when the best language
is not clearly ahead of the next one. It judges without the names in the text (capitalised words inside a
sentence: a Finnish place in an English comment), and the function and greeting words of Finnish, Swedish and
English (:data:`FUNCTION_WORDS`) decide a short comment where lingua is unsure or finds none of its own language's.

It also holds the words that negate in Finnish, Swedish and English (:data:`NEGATIONS`), one table for the
code that reads a negation by its words: the voice rules (``bot/checks/voice_rules.py``: "no exclamation
marks", "don't end with a question") and the offline drafter's plain yes or no
(``bot/drafting/answering.py``: "No, phone booths cannot be booked"). ``bot/opportunities/claims.py`` (a
claim's polarity) and ``bot/checks/identity.py`` still keep tables of their own.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

# ISO 639-1 code -> English name, as the prompts and Slack cards show them.
LANGUAGE_NAMES: dict[str, str] = {
    "fi": "Finnish",
    "sv": "Swedish",
    "en": "English",
    "de": "German",
    "et": "Estonian",
    "no": "Norwegian",
    "da": "Danish",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
}
FIRST_CLASS: tuple[str, ...] = ("fi", "sv", "en")

_LINGUA_NAMES: dict[str, tuple[str, ...]] = {
    "fi": ("FINNISH",),
    "sv": ("SWEDISH",),
    "en": ("ENGLISH",),
    "de": ("GERMAN",),
    "et": ("ESTONIAN",),
    "no": ("BOKMAL", "NYNORSK"),  # lingua tells the two written forms apart; Kuulo does not
    "da": ("DANISH",),
    "fr": ("FRENCH",),
    "es": ("SPANISH",),
    "it": ("ITALIAN",),
    "nl": ("DUTCH",),
    "pl": ("POLISH",),
    "pt": ("PORTUGUESE",),
    "ru": ("RUSSIAN",),
}
MIN_LETTERS = 8  # below this a guess is noise ("ok", "lol", "+1")
MIN_CONFIDENCE = 0.5
MIN_LEAD = 0.2  # the best language must be this far ahead of the runner-up
PRIOR: dict[str, float] = {"fi": 3.0, "sv": 3.0, "en": 3.0}  # others weigh 1.0

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|[@#]\w+", re.IGNORECASE)  # links, mentions, hashtags
_SURROGATE = re.compile("[\ud800-\udfff]")
_lock = threading.Lock()
_detector: Any = None
_codes: dict[str, str] = {}


def _build() -> Any:
    global _detector
    with _lock:
        if _detector is None:
            from lingua import Language, LanguageDetectorBuilder

            languages = []
            for code, names in _LINGUA_NAMES.items():
                for name in names:
                    languages.append(getattr(Language, name))
                    _codes[name] = code
            _detector = LanguageDetectorBuilder.from_languages(*languages).build()
        return _detector


def _table(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that tell Finnish, Swedish and English apart on a short comment: function words and the greeting and thanks
# words people open or close with. A word that is a common word in two of them ("on", "en", "ja", "men", "me", "he",
# "i", "in") is in none. A tally of these is one signal beside lingua's, never the only one on a long text.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fi": _table(
        "että kiitos kiitti kiitoksia moi moikka hei terve mutta kun jos tai onko oli ole olla olen oon ootte oot "
        "myös vielä mitä miten missä milloin paljonko mikä mitkä tämä tää toi tuo niin vaan vain kyllä joo nyt "
        "aina teillä teidän teille minä mä mun minun meillä mulla meidän sama ihan tosi hyvä kiva paras kato eikö "
        "ilman enää jo sitten kanssa vai koska eli ei se ovat olisi ois"
    ),
    "sv": _table(
        "och är det att som inte jag du vi ni har med för på till av den ett kan man tack tackar hej hejsa tjena "
        "också eller om hur vad när finns bra mycket här där bara kolla sant samma mina mig dig oss era ska vill "
        "blir fint toppen snälla nej någon något inga ingen hos från efter vår våra ert"
    ),
    "en": _table(
        "the and you your is are was were this that with for have has not what how does do can thanks thank "
        "please hi hello it of to my we they would will just any anyone there here where when why cheers yes "
        "really from about did which or be been get got who our their its than could should"
    ),
}
SHORT_WORDS = 12  # up to this many words two of them overrule lingua where it found none of its own; else three
# A capitalised word inside a sentence: a name (a brand, a place, a person) that says nothing of the language
# ("thank you for posting this, Leppävaara has felt calmer": a Finnish place in an English sentence).
_NAME = re.compile(r"(?<![.!?:]\s)(?<![.!?:])(?<!^)(?<=\s)[A-ZÅÄÖÜÉ][\w'’-]*[a-zåäöüé][\w'’-]*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _without_names(text: str) -> str:
    """``text`` without its capitalised words inside a sentence, when enough letters are left to judge."""
    stripped = _NAME.sub(" ", text.strip())
    return stripped if len(_LETTER.findall(stripped)) >= MIN_LETTERS else text


def function_word_votes(text: str) -> dict[str, int]:
    """How many of ``text``'s words are Finnish, Swedish and English function or greeting words."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    return {code: sum(w in table for w in words) for code, table in FUNCTION_WORDS.items()}


def _by_function_words(text: str, found: str | None) -> str | None:
    """The first-class language the function words clearly point at where lingua is unsure (``found`` None), or
    on a short text where they all point away from lingua's first-class language; else ``found``."""
    votes = function_word_votes(text)
    ranked = sorted(votes.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits == 0 or hits < 2 * second:
        return found
    if found is None:
        return best
    enough = 2 if len(text.split()) <= SHORT_WORDS else 3
    if found in FIRST_CLASS and found != best and votes[found] == 0 and hits >= enough:
        return best
    return found


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when too short or unsure.

    Names (capitalised words inside a sentence), links, mentions and hashtags are left out first; on a short
    text the function and greeting words of Finnish, Swedish and English (:data:`FUNCTION_WORDS`) decide
    where lingua is unsure or they all point at another of the three."""
    text = _SURROGATE.sub("\ufffd", _NOT_PROSE.sub(" ", text))  # lingua encodes to UTF-8: a lone one raised
    if len(_LETTER.findall(text)) < MIN_LETTERS:
        return None
    prose = _without_names(text)
    found = _lingua(prose)
    if found is None and prose != text:
        found = _lingua(text)  # a name was most of what there was to judge
    return _by_function_words(prose, found)


# The words a comment too short to judge may consist of and still say its language: thanks, greetings and
# congratulations ("Grattis! 🎉", "Kiitos!", "Thank you"). A word here belongs to one language only.
GREETING_WORDS: dict[str, frozenset[str]] = {
    "fi": _table("kiitos kiitti kiitoksia onnea onnittelut moi moikka hei terve jee ihana upea hienoa"),
    "sv": _table("tack tackar grattis hej hejsa tjena toppen härligt"),
    "en": _table("thanks thank you thx congrats congratulations cheers hi hello hey lovely"),
}


def greeting_language(text: str) -> str | None:
    """The first-class language of a comment too short for :func:`detect_language` that is only thanks, a greeting
    or congratulations in one language ("Grattis! 🎉" is Swedish, "Kiitos!" Finnish), else ``None``: a reply to it
    is written in that language instead of the fallback."""
    words = [w.lower() for w in _WORD.findall(_NOT_PROSE.sub(" ", text))]
    if not words:
        return None
    found = {code for code, table in GREETING_WORDS.items() if all(w in table for w in words)}
    return found.pop() if len(found) == 1 else None


def _lingua(text: str) -> str | None:
    detector = _build()
    raw: dict[str, float] = {}
    for value in detector.compute_language_confidence_values(text):
        code = _codes[value.language.name]
        raw[code] = max(raw.get(code, 0.0), float(value.value))
    weighted = {code: value * PRIOR.get(code, 1.0) for code, value in raw.items()}
    total = sum(weighted.values()) or 1.0
    scores = {code: value / total for code, value in weighted.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked:
        return None
    best_code, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best < MIN_CONFIDENCE or best - runner_up < MIN_LEAD:
        return None
    return best_code


def language_name(code: str | None) -> str:
    """English name of a language code, the code itself when unknown, ``"unknown"`` for ``None``."""
    if code is None:
        return "unknown"
    return LANGUAGE_NAMES.get(code, code)


# Words that negate, per language (see the module docstring).
NEGATIONS: dict[str, tuple[str, ...]] = {
    "en": ("not", "no", "never", "cannot", "none", "nothing", "don't", "do not"),
    "fi": ("ei", "eikä", "emme", "emmekä", "en", "et", "ette", "eivät", "koskaan", "älä", "älkää"),
    "sv": ("inte", "ej", "icke", "aldrig", "ingen", "inga", "inget"),
}
# What keeps away from something ("avoid exclamation marks", "ilman huutomerkkejä", "undvik", "utan"): a negation of
# a rule's act, not of a statement. Regular expressions: "avoiding", "vältä", "vältämme".
AVOIDING: dict[str, tuple[str, ...]] = {
    "en": (r"avoid\w*", "without"),
    "fi": (r"vältä\w*", "ilman"),
    "sv": (r"undvik\w*", "utan"),
}
# Finnish "en" and "et" are the Swedish article ("en fråga") and spoken "että": a negation only in Finnish text.
AMBIGUOUS = frozenset({"en", "et"})
# The English contraction, which ends a word ("doesn't", "can't") rather than standing as one.
CONTRACTION = r"n't\b"


def negation_words(language: str | None = None, *, avoiding: bool = False) -> tuple[str, ...]:
    """The negation words of ``language``; of every language where None (then without :data:`AMBIGUOUS`), with
    the words that keep away from something where ``avoiding``."""
    languages = [language] if language is not None else list(NEGATIONS)
    words = [w for lang in languages for w in NEGATIONS.get(lang, ())]
    if language is None:
        words = [w for w in words if w not in AMBIGUOUS]
    if avoiding:
        words += [w for lang in languages for w in AVOIDING.get(lang, ())]
    return tuple(dict.fromkeys(words))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` (a space matches any whitespace), longest first."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(w if "\\" in w else re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def negation_pattern(language: str) -> re.Pattern[str]:
    """A statement in ``language`` that says no: one of its negation words, or an English contraction."""
    said = rf"\b(?:{alternation(negation_words(language))})\b"
    return re.compile(f"{said}|{CONTRACTION}" if language == "en" else said, re.IGNORECASE)


# Words that open a question asking for something other than a yes or a no: an amount, a time, a place, a way, a
# reason ("paljonko", "kauanko", "mihin", "hur", "vad kostar", "how much", "when"). Regular expressions, whole words.
OPEN_QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "fi": (
        r"paljon\w*", r"kauan\w*", r"kuinka", r"miten", r"mit[äe]\w*", r"mik[äs]\w*", r"mill\w*", r"miss[äa]\w*",
        r"mist[äa]\w*", r"mihin", r"minne", r"milloin", r"mones\w*", r"monta", r"miksi", r"ket[äk]\w*", r"kuka",
        r"keneltä", r"kenelle", r"mite",
    ),
    "sv": (
        r"vad", r"hur", r"var(?=\s+(?:kan|finns|ligger|får|hittar))", r"vart", r"varifrån", r"när", r"vem",
        r"vilk\w*", r"varför",
    ),
    "en": (r"what\w*", r"how", r"when", r"where", r"which", r"who\w*", r"why"),
}  # fmt: skip


def asks_open_question(text: str, language: str | None) -> bool:
    """Whether the first question of ``text`` (its first sentence ending in "?", else its first sentence) opens with
    a word asking for something other than a yes or a no, within its first three words ("paljonko maksaa ...",
    "och hur spårar man ...", "ok so how much is ..."): an answer to it starts with the fact, not with "Kyllä"."""
    words = OPEN_QUESTION_WORDS.get(language or "")
    if not words:
        return False
    sentences = [s.strip() for s in re.split(r"(?<=[?.!])\s+|\n+", text) if s.strip()]
    question = next((s for s in sentences if s.endswith("?")), sentences[0] if sentences else "")
    lead = " ".join(_WORD.findall(question)[:3])
    return re.search(rf"\b(?:{alternation(words)})\b", lead, re.IGNORECASE) is not None
