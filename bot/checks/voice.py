"""The ``voice`` check (blocking): a text keeps the voice rules its brand's guidance states.

The rules (no exclamation marks, at most N sentences, where the disclosure goes, a fixed sign-off) are
read when the draft is made (:mod:`bot.checks.voice_rules`) and frozen with its check context, so an
LLM draft or a person's edit that breaks one is held with the rule named. Counted as the reply's own
sentences: everything but its sign-off and Kuulo's fixed lines (the privacy notice); a sentence that
says who writes is the disclosure, counted for its place, and against the limit only where it opens the reply as a
sentence of its own (:func:`counted_sentences`), as a reader counts it.
"""

from __future__ import annotations

import re

from bot.checks.identity import discloses
from bot.checks.semantic import bare, split_sentences
from bot.checks.signature import CLOSINGS, SIGNATURE_LINE, SLOT, ends_with_signature_line, signoffs
from bot.checks.types import BLOCKING, WARNING, CheckContext, CheckResult
from bot.checks.voice_rules import VoiceRules, is_wish


def _signoff_spans(text: str, ctx: CheckContext) -> list[tuple[int, int]]:
    """Where ``text`` carries its sign-off, with a closing greeting just before it ("Varma hälsningar /Ängsö",
    "Terveisin – Aino / X"): a line of the sign-off, which no reader counts as a sentence of the reply."""
    spans = [m.span() for m in signoffs(text, ctx.signature)] if ctx.signature else []
    if ctx.voice.signoff:
        # Only where it ends the text: the brand's name inside a sentence ("Jag jobbar på Ängsö.") is no sign-off
        # "/Ängsö", and cutting it out left "Jag jobbar på ." saying nobody writes.
        matches = _signoff_matches(text, ctx.voice.signoff)
        spans += [m.span() for m in matches if not any(c.isalnum() for c in text[m.end() :])]
    out = []
    for start, end in spans:
        found = _GREETING_BEFORE.search(text[:start])
        out.append((found.start("greeting") if found else start, end))
    return out


# A closing greeting of any language ("Vänliga hälsningar", "Lämpimin terveisin", "Warm regards,") ending just before
# a sign-off, after the reply's last sentence, an emoji or a line break: not inside a sentence ("... the best /X").
_CLOSING_WORDS = "|".join(CLOSINGS.values())
_GREETING_BEFORE = re.compile(rf"(?:^|(?<=[^\w\s,]))\s*(?P<greeting>(?i:{_CLOSING_WORDS}))\s*,?\s*$")
_GREETED = re.compile(rf"^\s*(?i:{_CLOSING_WORDS})\b")


def greets_before(text: str) -> bool:
    """Whether ``text`` (a reply up to its sign-off) ends with a closing greeting (:data:`_GREETING_BEFORE`)."""
    return _GREETING_BEFORE.search(text) is not None


def greeted(signoff: str) -> bool:
    """Whether a sign-off opens with a closing greeting of its own ("Hälsningar, Klarsyn", "Terveisin telakalta")."""
    return _GREETED.match(signoff) is not None


def _signoff_matches(text: str, signoff: str) -> list[re.Match[str]]:
    """Where ``text`` carries ``signoff``: a fixed one word for word, one with a slot with any name in it."""
    if SLOT in signoff:
        return signoffs(text, signoff)
    # Whole words: the one-word sign-off "/Ängsö" is not the start of "Olen töissä Ängsöllä." (whose remains
    # "Olen töissä llä." no longer said who writes).
    words = re.findall(r"[^\W_]+", signoff)
    pattern = r"[–—/-]?\s*(?<!\w)" + r"\W{0,3}".join(re.escape(w) for w in words) + r"(?!\w)"
    return list(re.finditer(pattern, text, re.IGNORECASE))


def body_sentences(text: str, ctx: CheckContext) -> list[str]:
    """The reply's sentences without its sign-off and Kuulo's fixed lines (the privacy notice)."""
    for line in ctx.exempt_lines:
        text = text.replace(line, " ")
    for start, end in sorted(_signoff_spans(text, ctx), reverse=True):
        text = text[:start] + " " + text[end:]
    return reply_sentences(_BRACKETED.sub(lambda m: f"\n{m.group(0)}\n", text))  # "(I work at X)": a line of its own


# An abbreviation that ends in a full stop inside a sentence, whatever follows: "esim.", "mm.", "puh.", "klo",
# "bl.a.", "t.ex.", "ca.", "e.g.", "i.e.", "approx.". ("etc.", "jne." and "osv." often end one: they continue only
# before a lower-case word or a number, as any piece does.)
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:esim|mm|ns|ym|yms|ks|vrt|puh|klo|p\.o|bl\.a|t\.ex|s\.k|ca|dvs|fr\.o\.m|t\.o\.m|tel|kl|"
    r"e\.g|i\.e|approx|incl|tel|nr|vs)\.$",
    re.IGNORECASE,
)
# A piece that goes on from the last one: a lower-case word or a number ("(norm. 69 €) ajalla ...", "1.9. asti",
# "klo 8.30. sekä"), or a dash before a number ("1.9. – 30.9.").
_GOES_ON = re.compile(r"[^\W\d_](?<=[a-zåäöüéß])|\d|[–—-]\s*\d")


def reply_sentences(text: str) -> list[str]:
    """The sentences of a reply as the voice's sentence limit counts them, the one count the check and the drafter
    share: :func:`bot.checks.semantic.split_sentences`'s pieces, joined again after an abbreviation ("esim.",
    "bl.a.", "e.g."), before a lower-case word, a number or a date's dash ("1.9. – 30.9.", "klo 8.30", a phone
    number), and an opening greeting of one or two words with the sentence after it ("Hej! Linnea från Kimppa här.")."""
    merged: list[str] = []
    for sentence in split_sentences(text):
        if merged and (_GOES_ON.match(sentence) or _ABBREVIATION.search(merged[-1])):
            merged[-1] = f"{merged[-1]} {sentence}"
        elif len(merged) == 1 and len(merged[0].split()) <= 2 and not merged[0].startswith("("):
            merged[0] = f"{merged[0]} {sentence}"  # an opening "Hej! Linnea från Kimppa här." is one greeting
        else:
            merged.append(sentence)
    return merged


# A bracketed aside that stands as a sentence of its own: at a sentence's start or end, before the next one, or before
# a sign-off ("(I work at X) – Aino"). One inside a sentence is no sentence: "sarjanumero (laitteen kyljessä) – sinne
# eikä tänne", "+46 8 410 880 20 (Sweden) / 020 741 8800 (Finland)" go on after it in lower case or with a number.
_BRACKETED = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))\([^()\n]{3,80}\)"
    r"|\([^()\n]{3,80}\)(?=\s*(?:$|[A-ZÅÄÖ{]|[–—/-]\s*(?:$|[A-ZÅÄÖ{])))"
)


def is_label(line: str) -> bool:
    """Whether a disclosure line is a label in brackets, no sentence ("(Saunaseppä staff)", "(Anställd på X)"): a
    reader counting "at most two sentences" skips it, while "(Olen töissä X:llä.)" or "Hi, Sanna from X here." opening
    the reply is one of the sentences read (the panels: "four sentences, max three")."""
    text = line.strip()
    return text.startswith("(") and text.endswith(")") and not re.search(r"[.!?…]\s*\)$", text)


def counted_sentences(sentences: list[str], disclosing: list[int], limit: int | None) -> int:
    """The sentences the voice's limit counts, as the drafter (:func:`bot.drafting.voice.finish`) fits them: the
    reply's own, and an opening disclosure that is a sentence (not a label in brackets) where the limit leaves room
    for one besides the answer (more than one sentence); never a disclosure elsewhere, which sits with the sign-off."""
    opener = bool(disclosing) and disclosing[0] == 0 and not is_label(sentences[0]) and (limit or 0) > 1
    return len(sentences) - len(disclosing) + int(opener)


# A line the disclosure guidance quotes: "'(Saunaseppä staff)' / '(Anställd på Saunaseppä)'".
_QUOTED_LINE = re.compile(r"(?<!\w)[\"“”„«»'‘]([^\"“”«»„'‘’\n]{3,80})[\"”»“'’](?!\w)")


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))


def _is_disclosure(sentence: str, ctx: CheckContext) -> bool:
    """Whether ``sentence`` says who writes: as the disclosure check reads it, or as a line the disclosure guidance
    quotes word for word (a label such as "(Anställd på Saunaseppä)" that names no act of working)."""
    if discloses(bare(sentence), ctx.comment_language or "en", ctx, by_meaning=False):
        return True
    said = _words(sentence)
    return bool(said) and any(
        _words(quoted) == said
        for p in ctx.public_passages
        if p.kind == "disclosure"
        for quoted in _QUOTED_LINE.findall(p.text)
    )


# The sentence limit from which a reader counts the closing wish among the sentences: "Vastaus enintään 3 lausetta ...
# lopetetaan toivotukseen" was read with the wish in the three (reply-plans-ad, spent: both panellists, "four
# sentences, limit 3" on five drafts of an opening disclosure, two sentences and "Kaikkea hyvää."; reply-plans-z, spent:
# "4 sentences" under "1–3 lausetta" on three sentences and a wish), while "Korta svar, 1–2 meningar ... avsluta med en
# önskan" was read with the wish on top of the two (reply-plans-x, spent: two sentences approved, "add a wish"). A limit
# of two leaves no room for an answer beside an opening disclosure and a wish; one of three does.
WISH_COUNTED_FROM = 3


def wish_counted(limit: int | None) -> bool:
    """Whether the voice's sentence ``limit`` counts the closing wish as one of its sentences
    (:data:`WISH_COUNTED_FROM`), the one reading the check and the drafter share."""
    return limit is not None and limit >= WISH_COUNTED_FROM


def closes_with_wish(sentences: list[str], disclosing: list[int], rules: VoiceRules, limit: int | None = None) -> bool:
    """Whether the reply's last own sentence (before a disclosure at its end) is the closing wish its voice asks for
    (:func:`bot.checks.voice_rules.is_wish`) and the voice's sentence ``limit`` does not count it
    (:func:`wish_counted`): under a tight limit a line of the ending, like a greeting before a sign-off.
    "Korta svar, 1–2 meningar ... avsluta med en önskan" was read with the wish on top of the two: the panel asked for
    it under two-sentence answers (reply-plans-x, spent: "add a wish")."""
    own = [s for i, s in enumerate(sentences) if i not in disclosing]
    return rules.wish and len(own) > 1 and is_wish(own[-1], rules.wishes) and not wish_counted(limit)


# A line shaped as a sign-off: a dash or a slash, a capitalised name, then at most a separator and a short rest
# ("-Jani / Hehku", "– Aino", "/Linnea, Ordning & Ro").
_SIGNOFF_LINE = re.compile(r"^[–—/-]\s*[A-ZÅÄÖÜÉ][^\W\d_]+(?:\s*[,/|]\s*[^\n.!?]{1,40})?$")


def voice_breaks(text: str, ctx: CheckContext) -> list[str]:
    """What ``text`` does against the brand's stated voice rules, one phrase each; empty when it keeps them."""
    rules = ctx.voice
    if not rules:
        return []
    breaks: list[str] = []
    own = text
    for line in ctx.exempt_lines:
        own = own.replace(line, " ")
    if rules.no_exclamation and "!" in own:
        breaks.append(f"remove the exclamation marks ({own.count('!')}): the voice guidance says none")
    sentences = body_sentences(text, ctx)
    disclosing = [i for i, s in enumerate(sentences) if _is_disclosure(s, ctx)]
    limit = rules.limit_for(ctx.reply_plan)
    counted = counted_sentences(sentences, disclosing, limit) - int(
        closes_with_wish(sentences, disclosing, rules, limit)
    )
    if limit and counted > limit:
        opener = counted > len(sentences) - len(disclosing)
        besides = "an opening disclosure sentence included, the sign-off not" if opener else "besides the sign-off"
        breaks.append(f"keep to {limit} sentences ({besides}): the text has {counted}")
    # A last line that is a sign-off naming the brand ("-Jani / Hehku") says who writes as a signature does: on the
    # brand's own post, where no opener is due, it was read as a disclosure out of place (reply-plans-aa, spent).
    said = [i for i in disclosing if not (i == len(sentences) - 1 and _SIGNOFF_LINE.match(sentences[i].strip()))]
    if said and rules.disclosure_at == "start" and said[0] != 0:
        breaks.append("say who writes in the first sentence, as the disclosure guidance asks")
    # A reply in other people's threads may open with the opener its guidance gives for them ("I andras trådar redan i
    # första meningen: '...'"), the signature at the end saying who writes as on every reply.
    opener = rules.opener_elsewhere and disclosing[:1] == [0]
    if disclosing and rules.disclosure_at == "end" and disclosing[-1] != len(sentences) - 1 and not opener:
        breaks.append("say who writes at the end (before the sign-off), as the disclosure guidance asks")
    if (
        rules.signoff
        and SLOT not in rules.signoff
        and not _ends_signed(text, rules.signoff, ctx)
        and not _ends_with_disclosure_signature(text, ctx)
    ):
        breaks.append(f"end with the sign-off {rules.signoff!r} the voice guidance asks for")
    foreign = next((f for f in rules.foreign_signoffs if _ends_signed(text, f, ctx)), None)
    if foreign is not None and not rules.signoff:
        # "Vastauksia ei allekirjoiteta nimellä, loppuun 'Terveisin savustamolta'" under a Swedish reply: the Finnish
        # closing is the Finnish replies' (a wrong-language sign-off is wrong, the panels' "mixes languages").
        breaks.append(f"remove the sign-off {foreign!r}: the voice gives it for replies in another language")
    return breaks


def signoff_missing(text: str, ctx: CheckContext) -> str | None:
    """What to add when the voice shows a sign-off with an example of the answerer's own name ("End with your
    first name and the company, e.g. '– Aino, Revontuli'") and ``text`` does not end with one; None otherwise."""
    signoff = ctx.voice.signoff
    if not signoff or SLOT not in signoff or _ends_signed(text, signoff, ctx):
        return None
    shown = signoff.replace(SLOT, "<first name>")
    return f"end with a sign-off like {shown!r}, as the voice guidance shows"


def _ends_signed(text: str, signoff: str, ctx: CheckContext) -> bool:
    """Whether the text's own part (before Kuulo's fixed last line, the privacy notice) ends with ``signoff``."""
    own = text.rstrip()
    for line in ctx.exempt_lines:
        own = own.removesuffix(line).rstrip()
    found = _signoff_matches(own, signoff)
    return bool(found) and not any(c.isalnum() for c in own[found[-1].end() :])


def _ends_with_disclosure_signature(text: str, ctx: CheckContext) -> bool:
    """Whether the text's own part ends with the disclosure guidance's signature line ("in threads we did not start,
    the reply ends with the writer's first name and role, e.g. '– Maria, kundtjänst på X'"): that line signs the reply
    in place of the voice's fixed closing ("Avsluta med 'Hälsningar, X'"), never beside it (reply-plans-w, spent)."""
    own = text.rstrip()
    for line in ctx.exempt_lines:
        own = own.removesuffix(line).rstrip()
    return ends_with_signature_line(own, ctx.public_passages)


def check_voice(text: str, ctx: CheckContext) -> CheckResult:
    breaks = voice_breaks(text, ctx)
    if breaks:
        return CheckResult("voice", BLOCKING, False, "; ".join(breaks))
    described = ctx.voice.describe(ctx.reply_plan) if ctx.voice else []
    if not described:
        return CheckResult("voice", BLOCKING, True, "no voice rules stated")
    return CheckResult("voice", BLOCKING, True, "keeps the voice rules: " + ", ".join(described))


def disclosure_signature_missing(text: str, ctx: CheckContext) -> str | None:
    """What to change when the disclosure guidance gives its line as a signature ("Skriv vem du är i slutet av svaret,
    på egen rad: '/Linnea, organisatör på Ordning & Ro' – '/Linnea, organiser at Ordning & Ro'") and ``text`` does not
    end with one of those lines (any first name in the example's place), or wraps it in brackets; None otherwise."""
    lines = [
        " ".join(quoted.split())
        for p in ctx.public_passages
        if p.kind == "disclosure"
        for quoted in _QUOTED_LINE.findall(p.text)
        if SIGNATURE_LINE.match(" ".join(quoted.split()))
    ]
    if not lines:
        return None
    own = text.rstrip()
    for line in ctx.exempt_lines:
        own = own.removesuffix(line).rstrip()
    for line in lines:
        found = SIGNATURE_LINE.match(line)
        if found is None:
            continue
        template = found.group("head") + SLOT + found.group("tail")
        matches = signoffs(own, template)
        if matches and not any(c.isalnum() for c in own[matches[-1].end() :]):
            if own[: matches[-1].start()].rstrip().endswith("("):
                return f"write the disclosure line {line!r} on its own at the end, not in brackets"
            return None
    if _ends_with_disclosure_signature(text, ctx):
        return None  # its line said in the reply's language ("– {name}, asiakaspalvelu, X")
    return f"end with the disclosure guidance's own signature line, e.g. {lines[0]!r}, and no other sign-off beside it"


def check_voice_signoff(text: str, ctx: CheckContext) -> CheckResult:
    """A warning, not a block: the guidance shows the sign-off by example, which a person may word their own way."""
    missing = signoff_missing(text, ctx) or disclosure_signature_missing(text, ctx)
    if missing:
        return CheckResult("voice_signoff", WARNING, False, missing)
    return CheckResult("voice_signoff", WARNING, True, "signed as the voice shows, or no sign-off shown")
