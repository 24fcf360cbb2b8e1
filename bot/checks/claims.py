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
not claims. Written-out numbers ("five") are not recognised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

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
        for month, names in load("claims")["months"].items():
            if re.search(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)", sentence, re.IGNORECASE):
                found.append(Claim(str(month), "month name", guarantee))
    return found


def values(text: str) -> set[str]:
    return {claim.value for claim in claims(text)}


def check_claims(text: str, ctx: CheckContext) -> CheckResult:
    public: set[str] = set()
    # The cited passages, and every public passage frozen with the draft: a reviewer's edit may state a
    # fact of guidance the draft did not cite (grounding judges the sentence around it against all of them).
    for passage in dict.fromkeys((*ctx.cited_passages, *ctx.public_passages)):
        public |= values(passage.heading) | values(passage.text)
    from_comment = values(ctx.comment_text)
    unbacked: list[str] = []
    for claim in claims(text):
        backed = claim.value in public or (not claim.strict and claim.value in from_comment)
        if not backed and claim.text not in unbacked:
            unbacked.append(claim.text)
    if unbacked:
        return CheckResult(
            "claims",
            BLOCKING,
            False,
            f"{', '.join(repr(u) for u in unbacked[:5])} not found in the cited public guidance: "
            "correct the figure, cite the passage that states it, or leave it out",
        )
    return CheckResult("claims", BLOCKING, True, "every number is backed by cited guidance or the comment")
