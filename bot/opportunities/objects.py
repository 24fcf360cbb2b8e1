"""A question's own object (pure): the words it names beside what every passage of the brand speaks of, and whether
a statement or a passage speaks of that object. The plan picks its passage by it (``assess._best_passage``) and the
offline drafter skips an answer that does not share it (``bot.drafting.answering.answers_on_topic``): one reading for
both, so the passage the plan picks is the one the drafter may state. Also read here for the drafter's
``answering.fit_need``: the days of the week a text names (:func:`days`), whom it speaks of (adults or children,
:func:`other_group`), a compound naming another thing with the same first part (:func:`other_compound`) or the same
last part (:func:`other_first_part`, read of the whole passage by the plan and the drafter), the thing a
"which X" question asks (:func:`which_thing`); and for the plan, the post's figures a bare question asks about
(:func:`post_figures`)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.opportunities.amounts import amounts
from bot.opportunities.coverage import asks_for, questions
from bot.opportunities.places import countries, country_of, held_by_regions
from bot.opportunities.plan import GENERIC_SLOTS, passage_slots, slots

WORD = re.compile(r"[^\W_]+")


def long_stems(text: str) -> set[str]:
    """Stems (first five letters) of the words of five letters or more: "damaged" and "damage" meet, "the" and
    "and" do not."""
    return {w.lower()[:5] for w in WORD.findall(text) if len(w) >= 5}


# Question and function words of five letters or more (fi/sv/en): they name no object the answer must speak of.
FILLERS = frozenset(
    {
        *("paljo", "kuink", "monta", "millo", "missä", "mistä", "mihin", "saako", "voiko", "käykö", "sitte", "vielä"),
        *("teill", "teidä", "meill", "minul", "tämän", "tästä", "jotai", "where", "which", "there", "would", "could"),
        *("shoul", "about", "anyon", "someo", "thing", "vilka", "vilke", "varfö", "också", "komme", "finns", "någon"),
        *("något", "eller", "norma", "usual", "anywh", "somew", "taval", "yleen", "vanli", "ingen", "inget"),
        # determiners: "do all the cottages have their own sauna?" names the cottages, not "their" (a doubt's adverb,
        # "actually", "oikeesti", "verkligen", stays: a statement naming the rest does not settle the doubt)
        *("their", "these", "those", "other", "every", "deras", "andra", "heidä", "niide", "kaikk"),
    }
)

# Names of languages (fi/sv/en): "is the course in Swedish too?" asks in what language the course is, and its thing is
# the course; a statement sharing only the language ("Kundtjänst på svenska: ...") answers another question
# (reply-plans-o, spent: the Swedish support address for a question about the course's language).
LANGUAGE_STEMS = frozenset(
    {"svens", "finsk", "engel", "ruots", "engla", "engli", "swedi", "finni", "suome", "tyska", "saksa", "germa"}
)

# A stem at least this many of the passages at hand share (a slot: half of them too) is what the brand is about
# ("clean" and "windows" for a window cleaner), named by every question to it: no sign of what a question asks.
COMMON_PASSAGES = 2


def common_stems(texts: Iterable[str], at_least: int = COMMON_PASSAGES) -> frozenset[str]:
    """The first four letters of the long stems at least ``at_least`` of ``texts`` (passages with their headings)
    share: four, so that inflections meet ("sotare", "sotning", "sotas")."""
    counted = Counter(stem for text in texts for stem in {s[:4] for s in long_stems(text)})
    return frozenset(stem for stem, n in counted.items() if n >= at_least)


def shared_slots(texts: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The specific slots at least :data:`COMMON_PASSAGES` and half of the ``(text, kind)`` fact and FAQ passages at
    hand speak of ("care" for a window cleaner)."""
    counted = Counter(s for text, kind in texts for s in passage_slots(text, kind) - GENERIC_SLOTS)
    return frozenset(s for s, n in counted.items() if n >= max(COMMON_PASSAGES, len(texts) / 2))


# Four-letter words that name nothing (fi/sv/en): a shared one is no sign of a shared subject.
_SHORT_FILLERS = frozenset(
    {
        *("also", "with", "from", "your", "that", "this", "have", "does", "they", "them", "what", "when", "here"),
        *("will", "just", "only", "some", "more", "myös", "onko", "voin", "ovat", "sekä", "kuin", "vain", "nyt"),
        *("mitä", "mikä", "että", "niin", "från", "inte", "till", "även", "bara", "mina", "våra", "hela", "vara"),
    }
)


def short_words(text: str) -> set[str]:
    """The four-letter words of ``text`` (lower case) beside the commonest ones ("also", "myös", "från")."""
    return {w.lower() for w in WORD.findall(text) if len(w) == 4} - _SHORT_FILLERS


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][a-zåäöé]{2,}")  # not a sentence's first word


def _names(text: str) -> set[str]:
    """Names a text capitalises (a town, a product), as lower-case words of three letters or more."""
    return {w.lower() for w in _NAME.findall(text)}


def shared_names(question: str, text: str, brand: Sequence[str]) -> set[str]:
    """The names ``question`` capitalises (not as its first word, not the brand's own words) that ``text`` names
    too: "Smartum" in "käykö Smartum ...?" and "ePassi, Smartum ja Edenred käyvät ...", "Åbo"."""
    ours = {w.lower() for term in brand for w in WORD.findall(term)}
    return (_names(question) - ours) & _names(text)


def _long_words(text: str) -> set[str]:
    """Words of eight letters or more, the names of languages aside (:data:`LANGUAGE_STEMS`: "engelska")."""
    return {w.lower() for w in WORD.findall(text) if len(w) >= 8 and w.lower()[:5] not in LANGUAGE_STEMS}


def _in_compounds(asked: set[str], statement: str) -> set[str]:
    """Stems of the question inside a compound of the statement: "paperikassi" and "kierrätyspaperikasseja"."""
    words = [w.lower() for w in WORD.findall(statement) if len(w) >= 8]
    return {stem for stem in asked if any(stem in word[1:] for word in words)}


def own_object(question: str, brand: Sequence[str], common: frozenset[str]) -> set[str]:
    """The question's own stems: its long stems beside the brand's names, question words and what the passages at
    hand all speak of (``common``, :func:`common_stems`) and the names of languages (:data:`LANGUAGE_STEMS`: in what
    language is no thing of its own). Empty for a question naming nothing of its own ("what does it cost?")."""
    asked = long_stems(question) - long_stems(" ".join(brand))
    return {stem for stem in asked - FILLERS - LANGUAGE_STEMS if stem[:4] not in common}


def on_object(
    question: str,
    statement: str,
    brand: Sequence[str],
    common: frozenset[str] | None = None,
    common_slot: frozenset[str] = frozenset(),
    context: str = "",
) -> bool:
    """Whether ``statement`` (with what its passage says it is about) speaks of what ``question`` asks: a content
    word shared beside the brand's names, or a slot (a price, a time, a warranty ...). ``context`` (the statement's
    passage) counts only for a product of the brand the question names.

    With ``common`` and ``common_slot``, what the brand is about tells nothing of a question that names its own
    object: such a question is answered by a statement that shares one of its own words (a compound's part too, a
    long word, a name), two of the brand's, or a specific slot beyond the brand's; one word the brand's passages
    share, or a product of the brand both name (:func:`product_stems`), is enough only for a question asking a
    price, a count or a time. A question naming nothing of its own
    ("what does it cost?") asks about its post."""
    names = long_stems(" ".join(brand))
    asked = long_stems(question) - names
    shared = (asked & long_stems(statement)) | _in_compounds(asked, statement)
    slotted = slots(question) & slots(statement)
    own = own_object(question, brand, common) if common is not None else set()
    products = product_stems(brand) & long_stems(question)
    if products & long_stems(f"{statement} {context}") and asks_for(questions(question)):
        # "paljonko tää kombo on?" and "Kaato-kombo ... 149 €", "how much for 6 in the vault?" and the escape rooms'
        # price beside their list naming The Vault: the product it names, priced (reply-plans-j, spent)
        return True
    if common is None or not own:
        # ... or what it asks and what the statement tells are the same kind of thing ("how much?" and a price).
        return bool(shared) or bool(slotted)
    ours = {w.lower() for term in brand for w in WORD.findall(term)}
    if shared & own or (_long_words(question) & _long_words(statement)) - ours:  # "toimitusmaksu", not the brand's
        return True
    if _names(question) & _names(statement) - ours:  # "Åbo"
        return True
    if len(shared | (short_words(question) & short_words(statement))) >= 2:  # two of the brand's: "varata ajan"
        return True
    if shared and asks_for(questions(question)):
        return True
    # In what language is asked of a thing: the language alone shared is no sign the statement speaks of that thing.
    return bool(slotted - GENERIC_SLOTS - common_slot - {"language"})


def product_stems(brand: Sequence[str]) -> set[str]:
    """The long stems of the brand's product terms (every term after the first, its own name, and without that
    name's words): "kombo" of "Kaato-kombo", "vault" of "The Vault". A question naming one asks about that product,
    which a statement naming it speaks of; the brand's name is named by every question and tells nothing."""
    if not brand:
        return set()
    return long_stems(" ".join(brand[1:])) - long_stems(brand[0])


OBJECT_FIT = 0.05  # the plan's bonus for a passage naming the question's own object (:func:`names_own_object`)
OBJECT_SHARE = 0.2  # a stem at least this share of the brand's nearest passages has is the brand's, no object


def _sums(text: str) -> set[tuple[float, str]]:
    """The sums and percentages ``text`` states ("99e", "99 euro", "-20 %")."""
    return {(number, unit) for number, unit in amounts(text) if unit in ("€", "kr", "%")}


def _compound_heads(own: set[str], text: str) -> set[str]:
    """The question's stems that stand as the last part of a long compound of ``text``, inflected ("kassi" in
    "kierrätyspaperikasseja", "vägg" in "klätterväggar"): Finnish and Swedish put what a compound names last. Their
    first four letters, at least three letters into the word and at most four before its end."""
    words = [w.lower() for w in WORD.findall(text) if len(w) >= 8]
    return {stem for stem in own for word in words if (at := word.rfind(stem[:4])) >= 3 and len(word) - at - 4 <= 4}


_HYPHENATED = re.compile(r"\b([^\W\d_]+)-([^\W\d_]{2,})\b")
_APART = re.compile(r"\b(?=([^\W\d_]{3,4})\s+([^\W\d_]{2,})\b)")


def joined_stems(text: str, *, apart: bool = False) -> set[str]:
    """Stems of ``text``'s two-part compounds read as one word: written with a hyphen ("Knee-high", "e-bike"), and
    with ``apart`` (a question's words) also two words whose first is too short to be a stem of its own ("knee highs",
    "ski pass"). English writes one compound three ways; a question asking "how much are the knee highs?" named
    nothing :func:`long_stems` reads in "Knee-high wool socks cost 34 €", and the darning service's "12 € per pair"
    answered it (reply-plans-ac, spent)."""
    pairs = _HYPHENATED.findall(text) + (_APART.findall(text) if apart else [])
    return {stem for first, second in pairs if len(stem := (first + second).lower()[:5]) == 5}


def names_own_object(question: str, text: str, brand: Sequence[str], common: frozenset[str]) -> bool:
    """Whether a passage (or statement) ``text`` names what the question itself names, not only what the brand's
    passages all speak of (``common``): a sum the question states ("99e" and "99 €"), a name it capitalises ("Åbo"),
    or one of its own words outside every slot (:func:`own_object`), itself or as the head of a compound ("kassi"
    and "kierrätyspaperikasseja"). The passage about bags over the one about the loyalty card for "how much is a
    bag?". False where the question names none of these."""
    if _sums(question) & _sums(text):
        return True
    ours = {w.lower() for term in brand for w in WORD.findall(term)}
    if {n for n in _names(question) - ours if n[:4] not in common} & _names(text):
        return True
    named = " ".join(w for w in WORD.findall(question) if not slots(w))
    own = own_object(named, brand, common)
    if own & long_stems(text) or _compound_heads(own, text):
        return True
    # A compound the two texts write differently ("knee highs" and "Knee-high"): its joined stem, never the brand's.
    named_brand = long_stems(" ".join(brand)) | joined_stems(" ".join(brand), apart=True)
    asked = joined_stems(questions(question) or question, apart=True) - named_brand
    joined = {stem for stem in asked if stem[:4] not in common}
    return bool(joined & (joined_stems(text) | long_stems(text)))


def language_common(texts: Sequence[tuple[str, str | None]], share: float) -> frozenset[str]:
    """:func:`common_stems` of ``(text, language)`` passages counted within each language (at least two and
    ``share`` of that language's passages): guidance in three languages states each word in a third of them."""
    by_language: dict[str | None, list[str]] = {}
    for text, language in texts:
        by_language.setdefault(language, []).append(text)
    return frozenset(
        stem
        for group in by_language.values()
        for stem in common_stems(group, max(COMMON_PASSAGES, math.ceil(share * len(group))))
    )


# The days of the week (0 Monday .. 6 Sunday) by name, fi/sv/en, inflected ("lördagar", "lauantaisin", "Saturdays").
_DAY_NAMES = (
    (0, r"maanantai\w*|måndag\w*|monday\w*"),
    (1, r"tiistai\w*|tisdag\w*|tuesday\w*"),
    (2, r"keskiviikko\w*|keskiviikkoi\w*|onsdag\w*|wednesday\w*"),
    (3, r"torstai\w*|torsdag\w*|thursday\w*"),
    (4, r"perjantai\w*|fredag\w*|friday\w*"),
    (5, r"lauantai\w*|lördag\w*|saturday\w*"),
    (6, r"sunnuntai\w*|söndag\w*|sunday\w*"),
)
# Their short forms, read only in a range ("tis–fre", "ma–pe", "Mon–Fri") or before a time ("lör 10–14", "la 10-14"):
# alone, "to", "la" and "ons" are other words.
_DAY_SHORT = (
    (0, r"ma|mån|mon"),
    (1, r"ti|tis|tue|tues"),
    (2, r"ke|ons|wed"),
    (3, r"to|tor|tors|thu|thur|thurs"),
    (4, r"pe|fre|fri"),
    (5, r"la|lör|sat"),
    (6, r"su|sön|sun"),
)
_ANY_DAY = "|".join(f"(?:{names})" for _, names in (*_DAY_NAMES, *_DAY_SHORT))
_DAY_RANGE = re.compile(rf"\b({_ANY_DAY})\.?\s*[–-]\s*({_ANY_DAY})\b\.?", re.IGNORECASE)
_DAY_BEFORE_TIME = re.compile(rf"\b({_ANY_DAY})\.?\s+(?=\d)", re.IGNORECASE)
# A weekend and the working days as a whole.
_WEEKEND = re.compile(r"\b(?:weekend\w*|viikonlop\w*|helg\w*|veckoslut\w*)", re.IGNORECASE)
_WEEKDAYS = re.compile(r"\b(?:weekdays?|arkipäiv\w*|arkisin|arkena|vardag\w*)\b", re.IGNORECASE)


def _day(word: str) -> int | None:
    """The day a whole name or short form stands for."""
    for day, names in (*_DAY_NAMES, *_DAY_SHORT):
        if re.fullmatch(names, word, re.IGNORECASE):
            return day
    return None


def days(text: str) -> frozenset[int]:
    """The days of the week ``text`` names (0 Monday .. 6 Sunday): a day's name, a range of them ("tis–fre" is
    Tuesday to Friday), a short form before a time ("lör 10–14"), a weekend or the working days."""
    found: set[int] = set()
    for hit in _DAY_RANGE.finditer(text):
        first, last = _day(hit.group(1)), _day(hit.group(2))
        if first is not None and last is not None:
            found.update(range(first, last + 1) if first <= last else (*range(first, 7), *range(0, last + 1)))
    for hit in _DAY_BEFORE_TIME.finditer(text):
        if (day := _day(hit.group(1))) is not None:
            found.add(day)
    for day, names in _DAY_NAMES:
        if re.search(rf"\b(?:{names})", text, re.IGNORECASE):
            found.add(day)
    if _WEEKEND.search(text):
        found.update((5, 6))
    if _WEEKDAYS.search(text):
        found.update(range(5))
    return frozenset(found)


def other_days(question: str, statement: str) -> bool:
    """Whether ``statement`` names days of the week and none of those ``question`` asks about: "is it closed on
    Saturdays?" is not answered by "Closed on Mondays", and "on weekends?" not by the weekday hours; a statement naming
    no day may still answer it."""
    asked, said = days(questions(question) or question), days(statement)
    return bool(asked) and bool(said) and not asked & said


def names_asked_day(question: str, statement: str) -> bool:
    """Whether ``statement`` names a day of the week the question asks about ("lör 10–14" for "på lördagar?")."""
    return bool(days(questions(question) or question) & days(statement))


# Whom a statement speaks of: adults or children (fi/sv/en); an age under a figure is a child's ("under 6",
# "alle 15-vuotiaat").
_ADULTS = re.compile(r"\b(?:adults?|grown[- ]?ups?|aikuis\w*|vuxn\w*|vuxen\w*)", re.IGNORECASE)
_CHILDREN = re.compile(
    r"\b(?:child\w*|kids?|juniors?|lap(?:si|se|su)\w*|lasten|lapset|barn\w*|pien\w*lapsi\w*|"
    r"under\s+\d+|alle\s+\d+|\d+[–-]?\s*(?:vuotiai\w*|år(?:ing\w*)?\b|years?[ -]old\w*))",
    re.IGNORECASE,
)


# An adult named only as company ("join free with an adult", "med en vuxen", "aikuisen kanssa") is not whom a
# statement speaks of.
_COMPANY = re.compile(
    r"\b(?:with|med|together with)\s+(?:an?\s+|en\s+)?(?:adults?|vuxn\w*|vuxen|parents?|förälder)\b|"
    r"\b(?:aikuise\w*|vanhemma\w*|huoltaja\w*)\s+kanssa\b",
    re.IGNORECASE,
)


def other_group(question: str, statement: str) -> bool:
    """Whether the question asks about one group (adults, children) and names no other, while ``statement`` speaks
    only of the other (an adult named as company aside): "price for adults?" is not answered by "Children under 6
    join for free with an adult"; "49 € per adult and 25 € under 15" answers both."""
    asked = questions(question) or question
    adult, child = bool(_ADULTS.search(asked)), bool(_CHILDREN.search(asked))
    if adult == child:
        return False
    said = _COMPANY.sub(" ", statement)
    own, other = (_ADULTS, _CHILDREN) if adult else (_CHILDREN, _ADULTS)
    return bool(other.search(said)) and not own.search(said)


_VOWELS = frozenset("aeiouyäöå")


def _common_start(one: str, other: str) -> int:
    """How many letters two words share from their start."""
    shortest = min(len(one), len(other))
    return next((i for i in range(shortest) if one[i] != other[i]), shortest)


def other_compound(question: str, statement: str) -> bool:
    """Whether ``statement`` names a compound that shares its first part with one of the question's and ends in
    another thing, naming the question's thing nowhere: "lainajousi" (a loan bow) is not "lainaviulu" (a loan violin),
    "hyrstråke" not "hyrfiol" (reply-plans-p, spent: the loaner violin for a loan bow). Finnish and Swedish put what a
    compound names last."""
    asked = [w.lower() for w in WORD.findall(questions(question) or question) if len(w) >= 7]
    said = [w.lower() for w in WORD.findall(statement) if len(w) >= 7]
    text = statement.lower()
    for mine in asked:
        for theirs in said:
            common = _common_start(mine, theirs)
            # An inflection differs by at most three letters, or opens its ending with a vowel ("nuoho-atteko",
            # "nuoho-jamme" are one verb): a compound's second part here opens with a consonant.
            head, other = mine[common:][:4], theirs[common:][:4]
            if (
                common >= 5
                and len(head) == 4
                and len(other) == 4
                and head[0] not in _VOWELS
                and other[0] not in _VOWELS
                and head not in text
                and other not in mine
            ):
                return True
    return False


# A compound's parts joined by a hyphen ("Mora-kelloja", "Mora-klockor") read as one word.
_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def other_first_part(question: str, statement: str) -> bool:
    """Whether ``statement`` names a compound ending in the same thing as one of the question's words and
    opening with another, naming the question's first part nowhere: "älykelloja" (smartwatches) is not "Mora-kelloja"
    (Mora clocks), "sommarkurs" not "vinterkurs" (reply-plans-s, spent: the Mora clocks for smartwatches). The
    thing's last part (five letters, opening with a consonant) with at most four letters of ending after it in both
    words, and a first part of three letters or more on both sides: a bare "kelloja" may answer for every clock."""
    asked = [w.lower() for w in WORD.findall(questions(question) or question) if len(w) >= 7]
    text = statement.lower()
    said = {w.lower().replace("-", "") for w in _HYPHENED.findall(statement)}
    said |= {w.lower() for w in WORD.findall(statement) if len(w) >= 8}
    question = " ".join(asked)
    for mine in asked:
        for cut in range(3, len(mine) - 4):
            head, first = mine[cut : cut + 5], mine[:cut]
            if head[0] in _VOWELS or len(mine) - cut - 5 > 4 or first[:3] in text:
                continue
            for theirs in said:
                at = theirs.find(head, 3)
                if at < 0 or len(theirs) - at - 5 > 4:
                    continue
                if theirs[:3] != first[:3] and theirs[:3] not in question:
                    return True
    return False


# "Which X", "what X", "mikä X", "vilken X": the question asks which X, and a statement that names no X does not say
# (reply-plans-p, spent: "what varnish do they use" answered with the woods, "mikä standardi kypärässä" with who lends
# helmets). Words after which/what that name no thing of their own (auxiliaries, a kind, a time or a price) aside.
_WHICH = re.compile(
    r"\b(?:which|what|mikä|mitkä|millai\w*|minkälai\w*|kumpi|vilken|vilket|vilka|vad för(?: en| ett)?)\s+"
    r"(?:(?:kind|type|sort|brand|make)\s+of\s+|(?:sorts|slags|typ av)\s+)?([^\W\d_]{4,})",
    re.IGNORECASE,
)
_NOT_A_THING = frozenset(
    {
        *("does", "were", "will", "would", "could", "should", "have", "time", "times", "kind", "type", "sort", "size"),
        *("price", "prices", "cost", "costs", "date", "dates", "year", "years", "hour", "hours", "days", "about"),
        *("else", "exactly", "there", "this", "that", "those", "these", "your", "their", "they", "does", "happens"),
        *("aika", "aikaa", "hinta", "hintaa", "koko", "kokoa", "päivä", "päivänä", "vuonna", "tämä", "tuo", "siellä"),
        *("sitten", "muuta", "tarkalleen", "olisi", "oisi", "pitää", "täytyy", "maksaa", "kestää", "sopii"),
        *("tid", "pris", "storlek", "dag", "datum", "gäller", "kostar", "händer", "finns", "annat", "exakt", "slags"),
        *("typ", "sorts", "kostnad", "tider", "klockan"),
    }
)


_EXCLAIMED = re.compile(r"[^.!?]*!+")


def which_thing(question: str) -> str | None:
    """The thing a "which X" question asks about ("what varnish", "mikä standardi", "vilken hjälm"), lower-cased, or
    None when it asks no such thing."""
    asked = _EXCLAIMED.sub(" ", questions(question) or question)  # "Vilken ljuvlig flygel!" asks nothing
    for hit in _WHICH.finditer(asked):
        word = hit.group(1).lower()
        if word not in _NOT_A_THING and word not in FILLERS and not word.endswith(("ing", "ed")):
            return word
    for hit in _WHICH_PARTITIVE.finditer(asked):
        word = hit.group(1).lower()
        if word not in _NOT_A_THING and word[:5] not in FILLERS:
            return word
    return None


# Finnish "mitä X" with X in the partitive ("mitä luokitusta", "mitä standardia", "mitä merkkiä"): which X. Only a
# noun's partitive ending "-ta/-tä", "-ia/-iä" or a single "-a/-ä" after a consonant: "mitä maksaa", "mitä teillä"
# ask no thing.
_WHICH_PARTITIVE = re.compile(r"\bmitä\s+([^\W\d_]{3,}(?:t[aä]|i[aä]|[^\W\d_aeiouyäöå][aä]))\b", re.IGNORECASE)


# A code that names a standard, a model or a rating ("EN 1384", "ISO 9001", "IP67"): what "which standard" asks.
_CODE = re.compile(r"\b[A-Z]{2,}[ -]?\d{2,}\b")


def gives_name(statement: str) -> bool:
    """Whether ``statement`` gives a name (a capitalised word, not its first) or a code (:data:`_CODE`): what a "which
    X" question asks is said by one ("käytämme Goldmine-asteikkoa", "EN 1384"), and a statement that only names X
    ("Kansi ja levy luokitellaan erikseen") does not say which."""
    return bool(_CODE.search(statement) or _NAME.search(statement))


def names_thing(thing: str, statement: str) -> bool:
    """Whether ``statement`` names ``thing`` (its first five letters, four of a short word), itself or inside a
    compound, or gives a code (:data:`_CODE`: "Helmets must follow EN 1384" says which standard)."""
    stem = thing[:5] if len(thing) >= 6 else thing[:4]
    return bool(_CODE.search(statement)) or any(stem in w.lower() for w in WORD.findall(statement))


def post_figures(
    question: str, post: str, brand: Sequence[str], common: frozenset[str]
) -> frozenset[tuple[float, str]]:
    """The amounts the post states ("your violin ready in 7 months"), where the question asks a price, a time or a
    count and names nothing of its own beside the words that ask it ("how much", "paljonko", "vad kostar den?"): a
    bare question under a post asks about the post's thing, and the passage stating the post's figure names it
    (reply-plans-p, spent: the student violins' prices for "how much" under the master violin's 7 months). Empty
    otherwise."""
    asking = questions(question) or question
    if not post or not asks_for(asking):
        return frozenset()
    named = " ".join(w for w in WORD.findall(asking) if not slots(w))
    if own_object(named, brand, common) or _names(named):
        return frozenset()
    return frozenset(amounts(post))


# Short names written in capitals ("US", "EU", "UK", "IKEA"): a country, a union, a chain.
_ACRONYM = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ]{2,4}\b")
# Months by name (en/sv/fi, capitalised in English): a time asked, not a thing named.
_MONTHS = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|"
    r"mars|maj|juni|juli|augusti|oktober|tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|"
    r"syyskuu|lokakuu|marraskuu|joulukuu)",
    re.IGNORECASE,
)


def time_word(word: str) -> bool:
    """Whether ``word`` names a month or a day of the week (any inflection: "tammikuussa", "Saturdays")."""
    return bool(_MONTHS.match(word) or days(word))


def _keys(text: str, brand: Sequence[str]) -> set[str]:
    """The names ``text`` gives (not as its first word, not the brand's): a capitalised word of four letters or
    more by its first four letters, lower-cased ("sverige" and "sveriges" meet as "sver"), a short name in capitals
    whole ("US"). Days, months and languages aside."""
    ours = {w.lower()[:4] for term in brand for w in WORD.findall(term)}
    found = {w.upper() for w in _ACRONYM.findall(text)}
    for word in _NAME.findall(text):
        name = word.lower()
        if time_word(name) or name[:5] in LANGUAGE_STEMS:
            continue
        found.add(name[:4])
    return {key for key in found if key.lower()[:4] not in ours}


# A name said to greet or thank someone ("Hei Sanna,", "thanks Mika"): whom the comment speaks to, nothing asked.
_GREETED = re.compile(
    r"\b(?:hi|hey|hello|dear|thanks|thank you|hei|moi|moikka|terve|kiitos|hej|hejsan|hallå|tack)\s+[A-ZÅÄÖ]\w*",
    re.IGNORECASE,
)


def asked_names(question: str, brand: Sequence[str]) -> frozenset[str]:
    """The names the question's own clauses give beside the brand's (:func:`_keys`: "Sverige" in "vad kostar
    frakten till Sverige", "US" in "do they ship to the US"): a place, a product or a chain the answer must speak
    of. A comment written in capitals names nothing by them."""
    asked = questions(question) or question
    if len(_ACRONYM.findall(asked)) > 2:
        return frozenset()
    return frozenset(_keys(_GREETED.sub(" ", asked), brand))


def names_asked(names: frozenset[str], text: str) -> bool:
    """Whether ``text`` names one of the question's ``names`` (:func:`asked_names`), in any case and inflection for a
    word ("suomeen", "Suomessa"), as written for a short name in capitals: "Till Sverige och övriga EU 14,90 €"
    names Sverige. A country is named by its name in any language or by a region holding it: "to Sweden, Norway ...",
    "Ruotsiin 14 €" and "Nordics and EU 24 €" name Sverige (:mod:`bot.opportunities.places`)."""
    words = WORD.findall(text)
    lower = [w.lower() for w in words]
    if any(n in words if n.isupper() else any(w.startswith(n) for w in lower) for n in names):
        return True
    asked = {country for n in names if not n.isupper() and (country := country_of(n)) is not None}
    return bool(asked & (countries(text) | held_by_regions(text)))


def lists_names(text: str, brand: Sequence[str]) -> bool:
    """Whether ``text`` lists two names or more beside the brand's ("we install in Helsinki, Espoo and Turku"): where
    none is the one asked, the list says no to a yes/no question about it."""
    return len(_keys(text, brand)) >= 2


def other_names(names: frozenset[str], text: str, brand: Sequence[str]) -> bool:
    """Whether ``text`` gives names (:func:`_keys`, the brand's aside) and none of the question's ``names``: "inom
    Finland 6,90 €" for shipping to Sweden speaks of another place."""
    return bool(_keys(text, brand)) and not names_asked(names, text)


# An age a person states ("4-vuotiaat", "9-åring", "my 5 year old", "5 yo", "6 år") and an age or age group a
# statement holds for ("7-vuotiaille", "från 7 år", "ages 12 and up", "under 10 år", "ikäraja", "åldersgräns").
_AGE_GIVEN = re.compile(
    r"\b\d{1,2}\s?-?\s?(?:vuotia\w*|vuotias\w*|v\b|åring\w*|år(?:s|ig\w*)?\b|years?[ -]old\w*|yo\b|yrs?\b)",
    re.IGNORECASE,
)
_AGE_STATED = re.compile(
    r"\b(?:\d{1,2}\s?-?\s?(?:vuotia\w*|vuotias\w*|v\b|åring\w*|år\b|years?\b|yrs?\b)|ages?\s+\d|ikä\w*|ålder\w*|"
    r"age limit|minimum age|aged\s+\d)",
    re.IGNORECASE,
)


def asks_age(question: str) -> bool:
    """Whether the question's own clauses state an age ("voiko synttäreillä ratsastaa 4-vuotiaat?", "can my 5 year
    old join?"): whether someone that age may is what a yes/no question asks."""
    return bool(_AGE_GIVEN.search(questions(question) or question))


def states_age(text: str) -> bool:
    """Whether ``text`` states an age or an age limit ("Sopii 7-vuotiaille", "ages 12 and up", "från 4 år")."""
    return bool(_AGE_STATED.search(text))
