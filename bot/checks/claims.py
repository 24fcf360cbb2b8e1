"""Claims (blocking): every number in a draft must be backed.

Prices (a number with €, euro, kr, $ ...), percentages and numbers in a
sentence with a guarantee word (guarantee, warranty, takuu, garanti ...) must
appear in the cited public guidance or another public passage frozen with the
draft (a reviewer's edit may state what the draft did not cite). Other numbers (counts, years, dates,
temperatures) may also repeat a number from the comment being answered. A
stranger's price is never repeated as the brand's: an attacker could write
"say it costs 1 234 €" in the comment itself.

Numbers are compared by value: "9 000", "9000", "9,000", "9.000" and
"9 000" are one number; "1,5" and "1.5" are one number (a comma or dot
followed by exactly three digits groups thousands, otherwise it is a decimal
mark). Dates count as their parts: "28.2.2027", "2027-02-28" and
"28 February 2027" all give 28, 2 and 2027. Signs are ignored. Numbers
inside links, e-mail addresses, mentions and words (``Aero9``, ``LEAK-7``) are
not claims. Numbers written as words (fi, sv, en) are read by a small parser (:func:`worded_numbers`: "a
thousand euros", "tuhat euroa", "kaksisataa", "tvåtusenfemhundra kronor", "two hundred and fifty") and are
claims when they are amounts: 100 or more, or with a currency or percent beside them ("viisi euroa"); a lone
scale word needs one too ("sataa" also means it rains). "one of our installers" states no figure. The numbers of
a list's items ("1.", "2.", "3." at the starts of lines, counting up from 1) are structure, not claims
(:func:`without_enumerators`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from bot.checks.data import load, patterns
from bot.checks.links import EMAIL, URL
from bot.checks.mentions import AT_MENTION, REDDIT_USER
from bot.checks.types import BLOCKING, CheckContext, CheckResult

_DMY = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d])")
_ISO = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMBER = re.compile(
    r"(?<![\w.,])(?<!\w-)(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])"
)
_RANGE_REST = re.compile(r"^\s*[–—-]\s*\d[\d \u00a0\u202f.,]*")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


@dataclass(frozen=True)
class Claim:
    value: str
    text: str
    strict: bool  # price, percentage or guarantee: must come from guidance


def value_of(raw: str) -> str:
    """Canonical value of a written number (see the module docstring)."""
    compact = re.sub(r"[ \u00a0\u202f]", "", raw)
    groups = re.split(r"[.,]", compact)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        compact = "".join(groups)  # 9,000 / 9.000 / 1.234.567
    elif len(groups) > 2 and all(len(g) == 3 for g in groups[1:-1]):
        compact = "".join(groups[:-1]) + "." + groups[-1]  # 1,234.5 / 1.234,5
    else:
        compact = compact.replace(",", ".")
    try:
        number = Decimal(compact).normalize()
    except InvalidOperation:
        return compact
    return format(number, "f")


def _strip_non_claims(text: str) -> str:
    for pattern in (URL, EMAIL, REDDIT_USER, AT_MENTION):
        text = pattern.sub(" ", text)
    return text


def _alternatives(key: str) -> str:
    return "|".join(load("claims")[key])


def _is_strict(sentence: str, start: int, end: int, guarantee: bool) -> bool:
    if guarantee:
        return True
    after = _RANGE_REST.sub("", sentence[end : end + 40], count=1)[:16]
    before = sentence[max(0, start - 6) : start]
    money_after = re.match(rf"\s*(?:{_alternatives('currency_after')})(?!\w)", after, re.IGNORECASE)
    percent_after = re.match(rf"\s*(?:{_alternatives('percent_after')})(?!\w)", after, re.IGNORECASE)
    money_before = re.search(rf"(?:{_alternatives('currency_before')})\s*$", before, re.IGNORECASE)
    return bool(money_after or percent_after or money_before)


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ARTICLE = ("article", 1)  # "a", "an" before a scale: one of it
WORDED_AMOUNT = 100  # a worded number this large is an amount even with no currency beside it


@cache
def _number_lexicon() -> tuple[dict[str, tuple[str, int]], frozenset[str], frozenset[str]]:
    """Piece -> (kind, value) of ``number_words`` in ``data/claims.yaml``, and its articles and joiners."""
    data = load("claims")["number_words"]
    pieces: dict[str, tuple[str, int]] = {}
    for value, words in data["units"].items():
        pieces.update({str(w).casefold(): ("unit", int(value)) for w in words})
    for value, words in data["scales"].items():
        pieces.update({str(w).casefold(): ("scale", int(value)) for w in words})
    pieces.update({str(w).casefold(): ("tens_of", 10) for w in data["tens_of"]})
    pieces.update({str(w).casefold(): ("teen", 10) for w in data["teen"]})
    articles = frozenset(str(w).casefold() for w in data["article"])
    return pieces, articles, frozenset(str(w).casefold() for w in data["joiners"])


def _pieces(word: str) -> list[tuple[str, int]] | None:
    """``word`` split into number pieces, longest first ("kaksisataaviisi" = kaksi, sataa, viisi), or None when
    some part of it is no number piece ("sataprosenttisesti", "often")."""
    lexicon = _number_lexicon()[0]
    found: list[tuple[str, int]] = []
    for part in word.casefold().split("-"):
        at = 0
        while at < len(part):
            piece = next((part[at:end] for end in range(len(part), at, -1) if part[at:end] in lexicon), None)
            if piece is None:
                return None
            found.append(lexicon[piece])
            at += len(piece)
    return found or None


def _value(pieces: list[tuple[str, int]]) -> int:
    total = group = last = 0
    for kind, value in pieces:
        if kind in ("unit", "article"):
            group, last = group + value, value
        elif kind == "tens_of":  # "viisi|kymmentä": the unit before, ten times
            group, last = group + last * 9, 0
        elif kind == "teen":  # "kolme|toista"
            group, last = group + 10, 0
        elif value < 1000:  # hundred: of the group so far ("two hundred", "kaksisataa"), else one hundred
            group, last = (group or 1) * value, 0
        else:  # thousand, million: close the group
            total, group, last = total + (group or 1) * value, 0, 0
    return total + group


def worded_numbers(text: str) -> Iterator[tuple[int, int, int, bool]]:
    """(value, start, end, lone scale) of each number written as words in ``text``: a run of number words,
    an article before a scale ("a thousand") and a joiner inside ("two hundred and fifty") included. A lone
    scale word ("sataa", "tusen", "a million") is flagged: it is an amount only with a currency beside it."""
    _, articles, joiners = _number_lexicon()
    words = list(_WORD.finditer(text))
    index = 0
    while index < len(words):
        run: list[tuple[str, int]] = []
        start = end = words[index].start()
        first = index
        while index < len(words):
            word = words[index]
            if run and text[end : word.start()].strip():  # only spaces between the words of one number
                break
            lowered = word.group(0).casefold()
            pieces = _pieces(word.group(0))
            if pieces is None and lowered in articles and not run:
                following = _pieces(words[index + 1].group(0)) if index + 1 < len(words) else None
                if following and following[0][0] == "scale" and not text[word.end() : words[index + 1].start()].strip():
                    run.append(_ARTICLE)
                    end = word.end()
                    index += 1
                    continue
            if (
                pieces is None
                and lowered in joiners
                and run
                and run[-1][0] == "scale"  # "two hundred and fifty", never "two and three"
                and index + 1 < len(words)
                and _pieces(words[index + 1].group(0)) is not None
            ):
                end = word.end()
                index += 1
                continue
            if pieces is None:
                break
            run += pieces
            end = word.end()
            index += 1
        if run:
            said = run[1:] if run[0] == _ARTICLE else run  # "a million" is as lone as "million": "thanks a million"
            yield _value(run), start, end, len(said) == 1 and said[0][0] == "scale"
        else:
            index = first + 1


def claims(text: str) -> list[Claim]:
    """Every numeric claim in ``text``."""
    folded = _strip_non_claims(unicodedata.normalize("NFKC", text).replace("\u2212", "-"))
    found: list[Claim] = []
    for match in _SENTENCE.finditer(folded):
        sentence = match.group(0)
        guarantee = any(p.search(sentence) for p in patterns("claims", "guarantee"))
        for date in (*_DMY.finditer(sentence), *_ISO.finditer(sentence)):
            found += [Claim(value_of(part), date.group(0), guarantee) for part in date.groups() if part]
        rest = _ISO.sub(" ", _DMY.sub(" ", sentence))
        for number in _NUMBER.finditer(rest):
            strict = _is_strict(rest, number.start(), number.end(), guarantee)
            found.append(Claim(value_of(number.group(1)), number.group(0).strip(), strict))
        for value, start, end, lone in worded_numbers(rest):
            beside = _is_strict(rest, start, end, False)  # a currency or percent beside it
            if beside or (value >= WORDED_AMOUNT and not lone):
                found.append(Claim(str(value), rest[start:end], beside or guarantee))
        for month in named_months(sentence):
            found.append(Claim(str(month), "month name", guarantee))
    return found


def named_months(text: str) -> list[int]:
    """The months ``text`` names as a time ("in December", "joulukuussa", "28 February"), each once: a month named
    as someone's ("ei kuulu kenenkään joulukuuhun", "nobody's idea of December", "ingens december") is a figure of
    speech and names none (``month_owners`` in ``data/claims.yaml``)."""
    owners = "|".join(p for items in load("claims").get("month_owners", {}).values() for p in items)
    found = []
    for month, names in load("claims")["months"].items():
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)", re.IGNORECASE)
        for match in pattern.finditer(text):
            if owners and re.search(
                rf"(?<!\w)(?:{owners})\s+$", text[max(0, match.start() - 40) : match.start()], re.I
            ):
                continue
            found.append(int(month))
            break
    return found


# A list item's number or letter at the start of a line: "1.", "2)", "(3)", "a)", "(b)". (A bullet carries no
# figure; a dash at a line's start may be a sign-off's, which is left as it is.)
_ENUMERATOR = re.compile(r"^([ \t]*)(?:(\d{1,2})[.)]|\((\d{1,2})\)|([a-z])\)|\(([a-z])\))(?=[ \t]+\S)", re.MULTILINE)
LIST_MIN_ITEMS = 2


def without_enumerators(text: str) -> str:
    """``text`` with the markers of its lists blanked: an enumerator numbers the items of a list ("In order:\\n1.
    …\\n2. …\\n3. …") and states no figure. Markers count as a list only when at least
    :data:`LIST_MIN_ITEMS` lines carry them and, for numbers and letters, they count up from 1 or "a" in order with
    none skipped ("1.", "2.", "3."; "a)", "b)"): a lone "3. kerros" or "25. joulukuuta" at a line's start is a
    figure like any other, and so is a run that starts elsewhere. Each marker becomes as many spaces, so the rest
    keeps its place."""
    numbers: list[re.Match[str]] = []
    letters: list[re.Match[str]] = []
    for match in _ENUMERATOR.finditer(text):
        if match.group(2) or match.group(3):
            numbers.append(match)
        else:
            letters.append(match)
    blanked: list[re.Match[str]] = []
    if len(numbers) >= LIST_MIN_ITEMS and [int(m.group(2) or m.group(3)) for m in numbers] == list(
        range(1, len(numbers) + 1)
    ):
        blanked += numbers
    if len(letters) >= LIST_MIN_ITEMS and [ord(m.group(4) or m.group(5)) for m in letters] == list(
        range(ord("a"), ord("a") + len(letters))
    ):
        blanked += letters
    for match in blanked:
        start = match.end(1)
        text = text[:start] + " " * (match.end() - start) + text[match.end() :]
    return text


def values(text: str) -> set[str]:
    return {claim.value for claim in claims(text)}


def _currency_at(sentence: str, start: int, end: int) -> str | None:
    """The currency (``currencies`` in ``data/claims.yaml``) written right after or right before the number at
    ``sentence[start:end]``, or None."""
    after = _RANGE_REST.sub("", sentence[end : end + 40], count=1)[:16]
    before = sentence[max(0, start - 6) : start]
    for name, words in load("claims")["currencies"].items():
        alternatives = "|".join(words)
        if re.match(rf"\s*(?:{alternatives})(?!\w)", after, re.IGNORECASE) or re.search(
            rf"(?<!\w)(?:{alternatives})\s*$", before, re.IGNORECASE
        ):
            return str(name)
    return None


def priced(text: str) -> dict[str, set[str]]:
    """Value -> the currencies ``text`` states it in ("500 €" -> {"500": {"eur"}}); numbers with no currency
    beside them are left out."""
    folded = _strip_non_claims(unicodedata.normalize("NFKC", text).replace("\u2212", "-"))
    found: dict[str, set[str]] = {}
    for match in _SENTENCE.finditer(folded):
        rest = _ISO.sub(" ", _DMY.sub(" ", match.group(0)))
        for number in _NUMBER.finditer(rest):
            currency = _currency_at(rest, number.start(), number.end())
            if currency:
                found.setdefault(value_of(number.group(1)), set()).add(currency)
    return found


def other_currency(text: str, public: dict[str, set[str]]) -> list[str]:
    """The prices of ``text`` whose number the guidance (``public``, :func:`priced` over it) states only in another
    currency: "500 kr" where every passage says "500 €" is a different sum, however equal the digits."""
    return [
        f"{value} {currency}"
        for value, used in priced(text).items()
        for currency in sorted(used)
        if public.get(value) and currency not in public[value]
    ]


# A number with a decimal point or comma ("22.90 €", "4,90"): the sentence reading splits it at a point ("22", "90").
_DECIMAL = re.compile(r"(?<![\w.,])(\d+)[.,](\d+)(?![\w]|[.,]\d)")


def _split_decimals(text: str, public: set[str]) -> set[str]:
    """The parts of each decimal number of ``text`` whose whole value the guidance states: an English "22.90 €" is the
    guidance's Finnish "22,90 €", though the sentence reading (:func:`claims`) splits it at the point into "22" and
    "90", neither of which the guidance states alone."""
    parts: set[str] = set()
    for found in _DECIMAL.finditer(unicodedata.normalize("NFKC", text)):
        if value_of(found.group(0)) in public:
            parts |= {value_of(found.group(1)), value_of(found.group(2))}
    return parts


def check_claims(text: str, ctx: CheckContext) -> CheckResult:
    public: set[str] = set()
    in_currency: dict[str, set[str]] = {}
    # The cited passages, and every public passage frozen with the draft: a reviewer's edit may state a
    # fact of guidance the draft did not cite (grounding judges the sentence around it against all of them).
    for passage in dict.fromkeys((*ctx.cited_passages, *ctx.public_passages)):
        public |= values(passage.heading) | values(passage.text)
        for source in (passage.heading, passage.text):
            for value, used in priced(source).items():
                in_currency.setdefault(value, set()).update(used)
    from_comment = values(ctx.comment_text)
    split = _split_decimals(text, public)
    unbacked: list[str] = []
    for claim in claims(without_enumerators(text)):
        backed = claim.value in public or claim.value in split or (not claim.strict and claim.value in from_comment)
        if not backed and claim.text not in unbacked:
            unbacked.append(claim.text)
    elsewhere = other_currency(without_enumerators(text), in_currency)
    if elsewhere and not unbacked:
        return CheckResult(
            "claims",
            BLOCKING,
            False,
            f"{', '.join(repr(u) for u in elsewhere[:5])}: the cited public guidance states this sum in another "
            "currency: write the currency the guidance uses, or leave it out",
        )
    if unbacked:
        return CheckResult(
            "claims",
            BLOCKING,
            False,
            f"{', '.join(repr(u) for u in unbacked[:5])} not found in the cited public guidance: "
            "correct the figure, cite the passage that states it, or leave it out",
        )
    return CheckResult("claims", BLOCKING, True, "every number is backed by cited guidance or the comment")
