"""Tone and identity (blocking): no insults, no posing as a customer, the disclosure when required.

* ``tone``: an insult or slur from ``data/identity.yaml`` (fi, sv, en) blocks,
  whatever the intent ("not a stupid question" too: a person rewords it).
* ``posing``: a phrase that presents the writer as a customer or an
  independent user ("as a happy customer", "en ole töissä", "jag är bara en
  vanlig kund", "I don't work for them") blocks (EU UCPD Annex I no. 22).
* ``disclosure``: when guidance requires a disclosure in the reply's language
  (a disclosure passage exists for it), the draft must say who writes. It
  passes when the draft contains the brand's disclosure line for that
  language (compared without case and punctuation), a sign-off
  ``– Name, Brand`` (at the start of a line or after a sentence), or a
  works-for phrase of that language naming the brand (``data/identity.yaml``;
  inflected brand names count: "Revontulella").
  The reply's language is the comment's language, else the detected one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from bot.checks.data import first_match, load, patterns
from bot.checks.leaks import words
from bot.checks.types import BLOCKING, CheckContext, CheckResult
from bot.language import detect_language


def check_tone(text: str, ctx: CheckContext) -> CheckResult:
    hit = first_match(patterns("identity", "insults"), unicodedata.normalize("NFKC", text))
    if hit:
        return CheckResult("tone", BLOCKING, False, f"remove the insult {hit!r}: replies stay civil")
    return CheckResult("tone", BLOCKING, True, "no insults")


def check_posing(text: str, ctx: CheckContext) -> CheckResult:
    hit = first_match(patterns("identity", "posing"), unicodedata.normalize("NFKC", text))
    if hit:
        return CheckResult(
            "posing",
            BLOCKING,
            False,
            f"remove {hit!r}: the reply must not pose as a customer or an independent user",
        )
    return CheckResult("posing", BLOCKING, True, "does not pose as a customer")


def _brand_form(brand: str) -> str:
    stem = brand[:-1] if len(brand) > 4 else brand  # Revontuli -> Revontul(ella|en|elta)
    return rf"{re.escape(stem)}\w*"


@cache
def _works_for(language: str, brand: str) -> tuple[re.Pattern[str], ...]:
    phrases = load("identity")["works_for"].get(language, [])
    form = _brand_form(brand)
    return tuple(re.compile(rf"(?<!\w){p.replace('{brand}', form)}", re.IGNORECASE) for p in phrases)


def discloses(text: str, language: str, ctx: CheckContext) -> bool:
    folded = unicodedata.normalize("NFKC", text)
    line = ctx.disclosure_phrases.get(language)
    if line and " ".join(words(line)) in " ".join(words(folded)):
        return True
    if not ctx.brand_name:
        return False
    signature = re.compile(
        rf"(?:^|[.!?)]\s|\n)\s*[–—-]\s*[^\W\d_]+,\s*{_brand_form(ctx.brand_name)}", re.IGNORECASE | re.MULTILINE
    )
    if signature.search(folded):
        return True
    return any(p.search(folded) for p in _works_for(language, ctx.brand_name))


def check_disclosure(text: str, ctx: CheckContext) -> CheckResult:
    if not ctx.disclosure_required:
        return CheckResult("disclosure", BLOCKING, True, "no disclosure required")
    language = ctx.comment_language or detect_language(text) or "en"
    if discloses(text, language, ctx):
        return CheckResult("disclosure", BLOCKING, True, "says who is writing")
    example = ctx.disclosure_phrases.get(language) or f"I work at {ctx.brand_name or 'the company'}"
    return CheckResult(
        "disclosure", BLOCKING, False, f"say who is writing, e.g. end with {example!r}: the guidance requires it"
    )
