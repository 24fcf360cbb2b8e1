"""The checkable atoms of a sentence, and whether a guidance passage supports each one.

Grounding (:mod:`bot.checks.grounding`) does not trust sentence similarity alone
for a claim: a paraphrase of a guidance fact may sit far from its sentence, and a
dictated claim may sit close to one ("installation takes 3 hours" next to
"installation usually takes 1–2 days"). So a sentence is taken apart into
what can be checked (``data/atoms.yaml``, fi/sv/en):

* ``figure``: a number with its unit — price, percentage, temperature, days,
  years, hours ... ("9 000–14 000 €", "−25 °C:een", "5 vuoden", "två dagar",
  "half" as 50 %). Numbers are normalised as the claims check does
  (``9,000`` = ``9 000``; ``1,5`` = ``1.5``), written-out numbers count when a
  unit follows, and Finnish and Swedish case endings are part of the unit
  ("°C:ssa", "päivässä", "års"). Dates count by their parts.
* ``link``: a URL (scheme, ``www.`` or case ignored, trailing punctuation dropped).
* ``name``: a product or model name — a word mixing letters and digits
  ("Aero9", "X-200") or with an inner capital ("ThermoMax"), or a code in capitals a code word names
  ("alennuskoodi PAKKANEN", "code FROSTY", "rabattkoden VINTER").
* ``promise``: a guarantee or promise ("guarantee", "takaamme", "lovar"), by its word.
* ``superlative``: "best", "halvin", "billigast", "most reliable" ...
* ``comparison``: a comparison with competitors or "better than ..." .
* ``offer``: a discount or special price ("discount", "alennus", "rabatt").
* ``third_party``: a partner, subcontractor or third party ("partner", "kumppani", "tredje part"), to whom a
  sentence may promise to hand the asker or their details: only guidance may make that promise.

An atom is supported by a passage that states it: the same value in the same
unit, the same link, the same name (compared by its first five letters, so
"Aero9:n" is "Aero9"), or the same promise word, a superlative or a comparison; grounding
asks a promise, superlative or comparison to come from a guidance sentence close in meaning.
A promise or comparison in a negated sentence ("we can't comment on other
brands", "emme lupaa tarkkaa summaa") may also be supported by a rule passage
(``dont``, ``voice``), which says what not to say.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.checks.claims import named_months, value_of
from bot.checks.data import CheckDataError, load, patterns
from bot.checks.links import URL
from bot.checks.mentions import AT_MENTION, REDDIT_USER

NAME_STEM = 5
# The atoms found by their words (``data/atoms.yaml``), each supported by a guidance sentence close in meaning.
WORDED_KINDS = ("promise", "superlative", "comparison", "offer", "third_party")
_NUMBER = re.compile(
    r"(?<![\w.,])(?<!\w-)([+\-−]?)(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
)
_DMY = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])")
_ISO = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?!\d)")
_RANGE_REST = re.compile(r"^\s*(?:[–—-]|to|till|tai|eller|or|och|ja|and)\s*[+\-−]?\d[\d \u00a0\u202f.,]*", re.I)
_MODEL = re.compile(r"(?<![\w/.@-])(?=[\w-]*\d)[^\W\d_][\w]*(?:-[\w]+)*")
_INNER_CAPITAL = re.compile(r"(?<![\w/.@-])[A-ZÅÄÖ][a-zåäö]+[A-ZÅÄÖ][\wåäö]*")
# A code in capitals named by a code word before or after it ("alennuskoodi PAKKANEN", "code FROSTY", "rabattkoden
# VINTER", "PAKKANEN-koodilla"): a name like a model's, stated only by a passage that names the same code (drafts-l).
_CODE_WORD = r"(?:\w*koodi\w*|\w*kod(?:en|er|erna)?|(?:promo\s+|discount\s+|coupon\s+)?codes?|coupon|voucher|kupong\w*)"
_CODE = r"(?-i:[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9_]*[A-ZÅÄÖ][A-ZÅÄÖ0-9_]*)"
_CODE_NAMED = re.compile(
    rf"(?<!\w){_CODE_WORD}\s*[:=]?\s*[\"'«»“”„]?({_CODE})(?!\w)|(?<!\w)({_CODE})[\"'»”]?(?:-|\s+){_CODE_WORD}(?!\w)",
    re.IGNORECASE,
)
CODE_MIN_LETTERS = 3
CODE_KEY = "code:"
_UNIT_GAP = r"\s*(?:-|:)?\s*"
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Atom:
    """One checkable piece of a sentence: its kind, a comparable key and the text it came from."""

    kind: str  # figure | link | name | promise | superlative | comparison | offer | third_party
    key: str
    text: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-")


def _alternatives(entries: Iterable[str]) -> str:
    return "|".join(f"(?:{e})" for e in entries)


@cache
def _unit_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load("atoms")["units"]
    return tuple(
        (name, re.compile(rf"^{_UNIT_GAP}(?:{_alternatives(entries)})(?!\w)", re.IGNORECASE))
        for name, entries in data.items()
    )


@cache
def _unit_before() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load("atoms")["units_before"]
    return tuple(
        (name, re.compile(rf"(?:{_alternatives(entries)})\s*$", re.IGNORECASE)) for name, entries in data.items()
    )


@cache
def _worded_numbers() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(value, unit or "", pattern): written-out numbers, read only when a unit follows."""
    data = load("atoms")
    found = []
    for value, words in data["number_words"].items():
        found.append((str(value), "", re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?=\s)", re.IGNORECASE)))
    for value, words in data["percent_words"].items():
        found.append((str(value), "percent", re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?!\w)", re.IGNORECASE)))
    return tuple(found)


def _unit_after(rest: str) -> str:
    rest = _RANGE_REST.sub("", rest, count=1)[:24]
    for name, pattern in _unit_patterns():
        if pattern.match(rest):
            return name
    return ""


def told_figures(text: str) -> set[tuple[str, str]]:
    """The figures a commenter's own text tells (:func:`figures`), with ordinals read as the count they reach
    when a unit follows ("third week", "kolmas viikko", "tredje veckan": 3 weeks): what a reply may say back."""
    found = figures(text)
    rest = _strip_names(_fold(text))
    for value, words in load("atoms")["ordinal_words"].items():
        pattern = re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?=\s)", re.IGNORECASE)
        for match in pattern.finditer(rest):
            unit = _unit_after(rest[match.end() : match.end() + 32])
            if unit:
                found.add((str(value), unit))
    return found


def figures(text: str) -> set[tuple[str, str]]:
    """(value, unit) of every figure in ``text``; unit "" when none follows, "date" for a date's parts."""
    folded = _strip_names(_fold(text))
    found: set[tuple[str, str]] = set()
    for date in (*_DMY.finditer(folded), *_ISO.finditer(folded)):
        found |= {(value_of(part), "date") for part in date.groups() if part}
    rest = _ISO.sub(" ", _DMY.sub(" ", folded))
    for match in _NUMBER.finditer(rest):
        unit = _unit_after(rest[match.end() : match.end() + 48])
        if not unit:
            before = rest[max(0, match.start() - 6) : match.start()]
            unit = next((name for name, pattern in _unit_before() if pattern.search(before)), "")
        found.add((value_of(match.group(2)), unit))
    for value, fixed, pattern in _worded_numbers():
        for match in pattern.finditer(rest):
            unit = fixed or _unit_after(rest[match.end() : match.end() + 32])
            if unit:
                found.add((value, unit))
    found |= {(str(month), "date") for month in named_months(folded)}
    return found


def _strip_names(text: str) -> str:
    for pattern in (URL, REDDIT_USER, AT_MENTION):
        text = pattern.sub(" ", text)
    return text


def link_key(link: str) -> str:
    key = re.sub(r"^(?:https?|hxxps?|ftp)://", "", link.strip(), flags=re.IGNORECASE)
    return re.sub(r"^www\.", "", key, flags=re.IGNORECASE).rstrip("/.,;:!?)»”\"'").casefold()


def links(text: str) -> set[str]:
    return {link_key(m.group(0)) for m in URL.finditer(_fold(text))}


def names(text: str) -> set[str]:
    """Product or model names: words mixing letters and digits, or with an inner capital.

    A name with digits ("Aero9", "PAKKANEN80") is kept whole (case and hyphens ignored), so a
    code is stated only by the same code, never by a word it starts with ("pakkasella"); a
    name of letters only ("ThermoMax", "ThermoMaxin") by its first five letters."""
    plain = _strip_names(_fold(text))
    found = {m.group(0) for m in _MODEL.finditer(plain)} | {m.group(0) for m in _INNER_CAPITAL.finditer(plain)}
    codes = {c for m in _CODE_NAMED.finditer(plain) if len(c := m.group(1) or m.group(2)) >= CODE_MIN_LETTERS}
    keys = {name_key(name) for name in found - codes if not re.fullmatch(r"[\d\W]*\w?", name)}
    return keys | {CODE_KEY + code.casefold() for code in codes}  # a code whole: "pakkanen" is no "pakkasilla"


def name_key(name: str) -> str:
    """A name's key: a code whole; a name of letters by its first five, or up to two letters past its inner
    capital ("ThermoMax" -> "thermoma"), so "RevontuliGPT" is not the brand "Revontuli" (both "revon")."""
    folded = re.sub(r"[\W_]", "", name.casefold())
    if _DIGIT.search(folded):
        return folded
    inner = re.search(r"(?<=[a-zåäö])[A-ZÅÄÖ]", re.sub(r"[\W_]", "", name))
    return folded[: max(NAME_STEM, inner.start() + 2)] if inner else folded[:NAME_STEM]


def _kind_hits(text: str, kind: str) -> list[str]:
    folded = _strip_names(_fold(text))
    if kind == "superlative":  # "the best way to find out" gives advice, it ranks nothing
        for pattern in patterns("atoms", "advice"):
            folded = pattern.sub(" ", folded)
    return [m.group(0) for p in patterns("atoms", kind) for m in p.finditer(folded)]


# "I won't promise", "vet inte säkert", "en osaa vastata tähän varmasti": the negation a few words before, in the
# same clause (a Finnish negation verb reaches past the verb and its object). A comma, colon or dash ends the
# reach: in "Älä huoli, me hyvitämme" or "No, we guarantee it" nothing negates the promise.
NEGATION_REACH = 4
_CLAUSE_END = re.compile(r"[,;:.!?–—]")


def refused(sentence: str, atom: Atom) -> bool:
    """Whether every use of a promise word in ``sentence`` is negated by one of the words just before it in its
    clause ("I can't promise", "vet inte säkert", "tarkkaa summaa en lupaa"): a promise refused is no promise
    made."""
    if atom.kind != "promise":
        return False
    folded = _strip_names(_fold(sentence))
    uses = [m.start() for m in re.finditer(re.escape(atom.text), folded)]
    return bool(uses) and all(negated(" ".join(_clause_before(folded[:start]))) for start in uses)


def _clause_before(text: str) -> list[str]:
    """The last :data:`NEGATION_REACH` words of ``text`` after its last clause mark."""
    clause = _CLAUSE_END.split(text)[-1]
    return re.findall(r"[\w'’]+", clause)[-NEGATION_REACH:]


def negated(text: str) -> bool:
    return bool(_kind_hits(text, "negation"))


def atoms(sentence: str) -> list[Atom]:
    """Every checkable atom of ``sentence`` (see the module docstring)."""
    found = [Atom("figure", f"{value} {unit}".strip(), f"{value} {unit}".strip()) for value, unit in figures(sentence)]
    found += [Atom("link", key, key) for key in sorted(links(sentence))]
    found += [Atom("name", key, key) for key in sorted(names(sentence))]
    for kind in WORDED_KINDS:
        for key, hit in _kind_keys(sentence, kind).items():
            found.append(Atom(kind, key, hit))
    return found


def _kind_keys(text: str, kind: str) -> dict[str, str]:
    """Key -> the words found, for one kind: a promise by the ``promise`` entry that found it, one word in
    all its forms ("guarantee" is not "warranty", "takaamme" is not "takuu", but "luvata" is "lupaa"), a
    superlative or comparison by its kind."""
    found: dict[str, str] = {}
    if kind == "promise":  # by the entry that found it: one promise word in any of its forms ("lupaa", "luvata")
        folded = _strip_names(_fold(text))
        for index, pattern in enumerate(patterns("atoms", "promise")):
            for match in pattern.finditer(folded):
                if not _hedges_feeling(folded, match.start(), match.end()):
                    found.setdefault(f"promise:{index}", match.group(0))
        return found
    for hit in _kind_hits(text, kind):
        found.setdefault(kind, hit)
    if kind == "third_party" and found and any(_hands_over(s) for s in _SENTENCE_END.split(text)):
        found = {"third_party+data": found["third_party"]}  # a hand-over: only one stated as such supports it
    return found


def _hedges_feeling(folded: str, start: int, end: int) -> bool:
    """Whether the promise word at ``folded[start:end]`` is a "surely" (``surely`` in ``data/atoms.yaml``) in a
    clause that speaks of someone being glad or pleased (``feeling``): "he ilahtuvat varmasti", "de blir säkert
    glada", "they'll surely be pleased" guess at a feeling and promise nothing. "Saat varmasti hyvityksen" keeps
    its promise: its clause has no feeling word, and "hyvity" is a promise of its own."""
    if not any(p.fullmatch(folded[start:end]) for p in patterns("atoms", "surely")):
        return False
    before = _CLAUSE_END.split(folded[:start])[-1]
    after = _CLAUSE_END.split(folded[end:])[0]
    return any(p.search(f"{before} {after}") for p in patterns("atoms", "feeling"))


def _hands_over(sentence: str) -> bool:
    """A third party with a person's details or contact in one sentence ("I'll pass your details to our partner",
    "kumppanimme soittaa sinulle"): a hand-over, which only a guidance sentence handing details over states."""
    return bool(_kind_hits(sentence, "third_party") and _kind_hits(sentence, "personal_data"))


@dataclass(frozen=True)
class Evidence:
    """What one guidance text states, in the atoms' terms."""

    figures: frozenset[tuple[str, str]]
    links: frozenset[str]
    names: frozenset[str]
    kinds: frozenset[str]  # promise, superlative, comparison, offer, third_party
    stems: frozenset[str]


@cache
def evidence(text: str) -> Evidence:
    folded = _fold(text)
    words = {w.casefold()[:NAME_STEM] for w in re.findall(r"[^\W_]+", folded)}
    return Evidence(
        figures=frozenset(figures(text)),
        links=frozenset(links(text)),
        names=frozenset(names(text)),
        kinds=frozenset(key for kind in WORDED_KINDS for key in _kind_keys(text, kind)),
        stems=frozenset(words),
    )


# A day and month written without the date's closing point ("2.1–31.1:", "20.12 asti") reads as a decimal; with it
# ("31.1.", "20.12. asti") as a date's parts. Either is the same date the other way (reply-plans-o, spent: the
# drafter's "under perioden 2.1–31.1." against the guidance's "2.1–31.1:" was "no guidance states '31 date'").
_DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})")


def _same_date(value: str, unit: str, stated: frozenset[tuple[str, str]]) -> bool:
    """Whether a date's part ``value`` is a day or month of a day-and-month the guidance writes as a decimal
    ("31" of "31.1"), or a decimal day-and-month ``value`` ("20.12") is a date whose day and month the guidance
    both states as a date's parts ("20.12."). A day past 31 or a month past 12 is no date."""
    if unit == "date":
        return any(
            value in {value_of(part) for part in found.groups()}
            for v, u in stated
            if not u and (found := _DAY_MONTH.fullmatch(v)) and _is_day_month(found)
        )
    found = _DAY_MONTH.fullmatch(value)
    if found is None or not _is_day_month(found):
        return False
    return all((value_of(part), "date") in stated for part in found.groups())


def _is_day_month(found: re.Match[str]) -> bool:
    return 1 <= int(found.group(1)) <= 31 and 1 <= int(found.group(2)) <= 12


@cache
def promise_translations() -> dict[str, frozenset[str]]:
    """A promise's key -> the keys of the same promise in the other languages (``promise_translations`` in
    ``data/atoms.yaml``): "promise:14" (garanti) -> takuu's and warranty's, guarantee's keys."""
    raw = load("atoms")["promise"]
    languages = [language for language, items in raw.items() for _ in items]
    compiled = patterns("atoms", "promise")
    same: dict[str, set[str]] = {}
    for group in load("atoms")["promise_translations"]:
        indexes = []
        for word in group:
            hits = [i for i, pattern in enumerate(compiled) if pattern.fullmatch(word)]
            if len(hits) != 1:
                raise CheckDataError(f"atoms.yaml promise_translations: {word!r} matches {len(hits)} promise entries")
            indexes.append(hits[0])
        for i in indexes:
            others = {f"promise:{j}" for j in indexes if languages[j] != languages[i]}
            same.setdefault(f"promise:{i}", set()).update(others)
    return {key: frozenset(keys) for key, keys in same.items()}


def supported(atom: Atom, found: Evidence) -> bool:
    """Whether a guidance text (its :func:`evidence`) states ``atom``."""
    if atom.kind == "figure":
        value, _, unit = atom.key.partition(" ")
        if (value, unit) in found.figures:
            return True
        if unit in ("", "date"):  # a bare number or a date's part: the same value anywhere in the text
            return any(v == value for v, _ in found.figures) or _same_date(value, unit, found.figures)
        return False
    if atom.kind == "link":
        return any(atom.key == link or atom.key.rstrip("/") == link.split("/", 1)[0] for link in found.links)
    if atom.kind == "name":
        if atom.key.startswith(CODE_KEY):  # a code: only a passage naming the same code states it
            return atom.key in found.names
        if _DIGIT.search(atom.key):  # a model or code: the same one, or it with a case ending ("aero9n")
            return any(atom.key == n or (atom.key.startswith(n) and atom.key[len(n) :].isalpha()) for n in found.names)
        return atom.key in found.names or atom.key in found.stems
    if atom.kind == "promise" and atom.key not in found.kinds:  # the same promise made in another language
        return not found.kinds.isdisjoint(promise_translations().get(atom.key, ()))
    return atom.key in found.kinds
