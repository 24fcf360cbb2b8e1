"""Reply plan (blocking): a draft's kind must not contradict the plan it was written for.

The plan (``bot/opportunities/plan.py``) is decided before any text and frozen with the draft, so
every later text of the draft, a human's edit too, is held to it:

* ``none``: there is nothing to publish; the brand adds nothing here.
* ``acknowledge`` (a complaint), ``correct`` and ``thank``: no offer — no campaign wording (a
  6-word run shared with a public campaign), no discount or offer words, no price; an
  acknowledgement carries no link either (the way to get help is the support route; the e-mail
  address the public support guidance gives is that route, not a link). A correction of a figure states
  the guidance's figure: a price is its fact, not a pitch, when a public passage it cites that is no
  campaign states that very amount ("the course costs 190 € including materials" against "materials are
  extra, bring 50 € more"); any other price, and every offer word, still blocks it.
* A remedy is not an offer: what the public support or guarantee guidance states the brand does to put a
  complaint right ("if you are not happy with the edges, bring the skates back within 7 days and we resharpen them
  for free", "korvaamme sen") is said to everyone it covers, so an acknowledgement may carry it. "Free" words
  ("for free", "maksutta", "gratis") in an acknowledgement or a reply to a complaint count as offer wording
  unless a public support, FAQ or fact passage states that sentence in the same words (a 6-word run); a
  campaign's wording always blocks.
* ``thank``: no facts — no number and no more than a few short sentences.
* ``answer``: the offer is the plan's business, decided when drafting; nothing is checked here, unless
  the question was asked out of a complaint (the plan's ``complaint``).
* Any plan whose comment tells of a bad experience with the brand (``complaint``: every acknowledgement,
  and an answer asked out of one): no price, no offer, no campaign wording, no link, whatever path wrote
  the text (issue 25: "no reply to a complaint carries a price, an offer, a campaign or a link").

A draft made before plans existed (no plan frozen) passes.
"""

from __future__ import annotations

import re
import unicodedata

from bot.checks.links import EMAIL, chat_places, find_hosts, without_chat_places
from bot.checks.types import BLOCKING, CheckContext, CheckResult

NAME = "plan"
SHINGLE = 6
THANK_MAX_WORDS = 40
PRICE = re.compile(r"\d[\d\s.,]*\s?(?:€|eur\b|euro|kr\b|sek\b|kronor|\$|£)|[€$£]\s?\d", re.IGNORECASE)
OFFER_WORDS = re.compile(
    r"\b(discount\w*|offer\w*|promo\w*|campaign\w*|coupon\w*|voucher\w*|\d+\s?% off|"
    r"alennu\w*|tarjou\w*|kampanja\w*|etukood\w*|alekoodi\w*|"
    r"rabatt\w*|erbjudande\w*|kampanj\w*|rabattkod\w*)",
    re.IGNORECASE,
)
# "Free" words: an offer's, unless the guidance's own remedy says them (:func:`_remedy_stated`). "Feel free to ask"
# is no price.
FREE_WORDS = re.compile(
    r"\b(?<!feel )(?<![-‑])(?:for free|free of charge|free\b(?!\s+to\b)|maksutta|ilmai\w*|veloituksetta|kaupan päälle|"
    r"gratis|kostnadsfri\w*|utan kostnad)",
    re.IGNORECASE,
)
# The kinds of public passage whose statements are the brand's own terms for everyone, never an offer.
REMEDY_KINDS = frozenset({"support", "faq", "fact"})
_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(unicodedata.normalize("NFKC", text))]


def shares_run(text: str, sources: tuple[str, ...] | list[str]) -> bool:
    words = _words(text)
    runs = {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    for source in sources:
        other = _words(source)
        if any(tuple(other[i : i + SHINGLE]) in runs for i in range(len(other) - SHINGLE + 1)):
            return True
    return False


def _amount(price: str) -> str:
    """A price's figure as a key: "1 200 €", "1200 eur" and "1200,00 €" alike ("1200")."""
    digits = re.sub(r"[^\d.,]", "", price).replace(",", ".").rstrip(".")
    return re.sub(r"\.0+$", "", digits.replace(" ", ""))


def _cited_prices(ctx: CheckContext) -> set[str]:
    """The prices the public passages a draft cites state, campaigns left out: a correction's own facts."""
    cited = [p for p in ctx.cited_passages if p.visibility == "public" and p.kind != "campaign"]
    return {_amount(m.group(0)) for p in cited for m in PRICE.finditer(p.text)}


def _offer(text: str, ctx: CheckContext) -> str | None:
    if (hit := OFFER_WORDS.search(text)) is not None:
        return f"offer wording {hit.group(0)!r}"
    # A correction cites the figure the claim got wrong; a price the cited passage states is that fact, no pitch.
    stated = _cited_prices(ctx) if ctx.reply_plan == "correct" and not ctx.complaint else set()
    for hit in PRICE.finditer(text):
        if _amount(hit.group(0)) not in stated:
            return f"a price ({hit.group(0).strip()})"
    if shares_run(text, tuple(ctx.offer_texts)):
        return "the campaign's wording"
    remedial = ctx.reply_plan == "acknowledge" or ctx.complaint  # where a remedy is said at all
    if remedial and (hit := FREE_WORDS.search(text)) is not None and not _remedy_stated(text, hit, ctx):
        return f"offer wording {hit.group(0)!r}"
    return None


def _remedy_stated(text: str, hit: re.Match[str], ctx: CheckContext) -> bool:
    """The "free" of ``hit`` is said in a sentence that states, in its own words (a 6-word run), what a public support,
    FAQ or fact passage (a guarantee: "we resharpen them for free") says the brand does: a remedy, not an offer."""
    start = max(text.rfind(".", 0, hit.start()), text.rfind("–", 0, hit.start()), text.rfind(" - ", 0, hit.start()))
    ends = [i for i in (text.find(".", hit.end()), text.find("–", hit.end())) if i != -1]
    sentence = text[start + 1 : min(ends) if ends else len(text)]
    terms = [
        p.text
        for p in (*ctx.public_passages, *ctx.cited_passages)
        if p.visibility == "public" and p.kind in REMEDY_KINDS
    ]
    return shares_run(sentence, terms)


def _without_support_emails(text: str, ctx: CheckContext) -> str:
    """``text`` without the e-mail addresses the public support guidance gives, and the sites it names its chat on:
    that address or chat is the private channel an acknowledgement routes to, not a link."""
    support = [p.text for p in (*ctx.public_passages, *ctx.cited_passages) if p.kind == "support"]
    routes = {m.group(0).lower() for s in support for m in EMAIL.finditer(s)}
    text = EMAIL.sub(lambda m: " " if m.group(0).lower() in routes else m.group(0), text)
    # The site the support guidance names as where its chat is ("the chat on vihtamo.fi"), said so: the same channel.
    return without_chat_places(text, set().union(*(chat_places(s) for s in support)))


def check_plan(text: str, ctx: CheckContext) -> CheckResult:
    plan = ctx.reply_plan
    if plan == "answer" and ctx.complaint:
        if (found := _offer(text, ctx)) is not None:
            return CheckResult(
                NAME, BLOCKING, False, f"an answer to a complaint carries {found}: no price or offer to a complaint"
            )
        if hosts := find_hosts(_without_support_emails(text, ctx)):
            return CheckResult(
                NAME, BLOCKING, False, f"an answer to a complaint carries a link ({hosts[0]}): point to support instead"
            )
        return CheckResult(NAME, BLOCKING, True, "fits the plan (answer to a complaint: no price, offer or link)")
    if plan is None or plan == "answer":
        return CheckResult(NAME, BLOCKING, True, f"plan {plan or 'not recorded'}: nothing to hold the text to")
    if plan == "none":
        return CheckResult(NAME, BLOCKING, False, "the reply plan is none: the brand adds nothing here; skip it")
    what = {"acknowledge": "an acknowledgement of a complaint", "correct": "a correction", "thank": "a thank-you"}
    kind = what.get(plan, f"a {plan} reply")
    if (found := _offer(text, ctx)) is not None:
        return CheckResult(NAME, BLOCKING, False, f"{kind} carries {found}: remove it, offers belong only in answers")
    if (plan == "acknowledge" or ctx.complaint) and (hosts := find_hosts(_without_support_emails(text, ctx))):
        return CheckResult(NAME, BLOCKING, False, f"{kind} carries a link ({hosts[0]}): point to the support route")
    if plan == "thank":
        if _NUMBER.search(text):
            return CheckResult(NAME, BLOCKING, False, f"{kind} states figures: keep it short, no facts")
        if len(_words(text)) > THANK_MAX_WORDS:
            return CheckResult(NAME, BLOCKING, False, f"{kind} is over {THANK_MAX_WORDS} words: keep it short")
    return CheckResult(NAME, BLOCKING, True, f"fits the plan ({plan})")
