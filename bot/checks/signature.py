"""The signed sign-off (blocking): a reply the voice guidance asks to sign with the answerer's name.

Brands often ask every reply to end with the first name of the person answering and the brand
("Sign-off: '/Name, Kraftverk'", "'– Name / Lumo Dental'", "allekirjoita '<etunimi>, Brändi'").
Kuulo cannot know who will answer, so a draft carries the sign-off with a *slot*, :data:`SLOT`
(``/{name}, Kraftverk``), and the approval fills it with the approving person's signature
(:func:`fill`): a validated, deterministic substitution of a trusted name, never text from the
comment or the model. The checks judge the text with the slot; since the fill can only put a
short name of letters where the slot was (:func:`valid_name`: no digits, links, mentions or
markup, at most :data:`NAME_MAX` characters), the verdict on the slotted text covers the filled
one (bot/review/decisions.py).

* :func:`signoff_template`: the sign-off a voice passage asks for, with its placeholder
  ("Name", "<first name>", "[nimi]", "Förnamn" ...) replaced by the slot; or, when the passage asks
  to sign with the writer's own name ("Sign every reply with the writer's first name", "Signera med
  förnamn och roll", "Allekirjoita omalla etunimellä"), its named example ("'– Aino / Korivo'", "'/Johanna, optiker'")
  with the example's name replaced by the slot: Aino is not the approver. None when the voice
  guidance asks for no name or says not to sign with one ("emmekä allekirjoita nimellä").
* ``signature`` check: with a template frozen with the draft, the text must carry that sign-off
  exactly once, with the slot or with a valid name (a person's edit may type their own), and never
  a literal placeholder ("/Name, Kraftverk" is not published); without one, the text must not
  carry a slot, which nobody would fill. The one other place the slot may stand is the disclosure
  guidance's own line introducing its writer by name (:func:`slotted_disclosure`: "Moi, {name} täältä
  Kiden asiakaspalvelusta!"), which :func:`fill` fills with the same name and the disclosure check
  recognises with any name (:func:`disclosure_slots`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from bot.checks.signing import CLOSINGS as CLOSINGS  # re-exported: the drafter reads sign-offs' greetings
from bot.checks.signing import DEFAULT_CLOSING, OWN_NAME
from bot.checks.signing import SLOT as SLOT  # re-exported: the slot callers fill is the signature's
from bot.checks.types import BLOCKING, CheckContext, CheckResult
from bot.checks.voice_rules import example_scopes, fixed_signoff, quoted_examples
from bot.domain import Passage
from bot.language import detect_language

NAME_MAX = 30  # characters of a filled signature

_PLACEHOLDER_WORDS = r"first\s*name|firstname|your\s+name|name|etunimi|etunimesi|nimi|nimesi|förnamn|namn|ditt\s+namn"
_PLACEHOLDER = re.compile(
    rf"<\s*(?:{_PLACEHOLDER_WORDS})\s*>|\[\s*(?:{_PLACEHOLDER_WORDS})\s*\]|\{{\s*(?:{_PLACEHOLDER_WORDS})\s*\}}"
    rf"|(?<!\w)(?:{_PLACEHOLDER_WORDS}|NN)(?!\w)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"""(?<!\w)['"“”„«»‘]([^'"“”«»„‘’\n]{1,60})['"”»“’](?!\w)""")
_LABELLED = re.compile(
    r"(?:sign-?off|signature|allekirjoitus|lopputervehdys|signatur|avslutning)\s*:\s*([^\n'\"“”«»„]{2,60}?)(?:\.\s|\.?$|\n)",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNING_WORDS = re.compile(
    r"sign|end\s+with|close\s+with|allekirj|lopeta|päätä|nimellä|etunim|avsluta|underteckn|förnamn|namn",
    re.IGNORECASE,
)
_NAME = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}")
# A passage that asks for the writer's own name (signing.OWN_NAME) asks it as a signature ("Sign every reply
# with ...", "Signera med förnamn", "Allekirjoita etunimellä"). "End with your first name and the company,
# e.g. '– Aino, Revontuli'" (the sample brand) stays a literal example for now: reading it as a
# slot would make every approval of the sample brand's drafts need a known signer.
_SIGN_VERB = re.compile(
    r"\bsign(?:s|ed|ing)?\b(?!-?off)|\bsignera\w*|allekirjoit(?!us)\w*|underteckna\w*", re.IGNORECASE
)
# ... unless it says not to sign with a name ("emmekä allekirjoita nimellä", "no names", "signera inte").
_NO_NAME = re.compile(
    r"\b(?:emme|emmekä|ei|älä|älkää)\s+(?:\w+\s+){0,2}allekirjoit\w*|ilman\s+nime\w*|\bno\s+(?:names|signature)"
    r"|(?:do\s+not|don't|never)\s+sign|signera\s+(?:inte|aldrig)|\butan\s+(?:namn|signatur)|inga\s+namn",
    re.IGNORECASE,
)
# A named example sign-off: a mark (a dash, a slash, an emoji), a capitalised name, a separator, the rest
# ("– Aino / Korivo", "/Johanna, optiker", "💚 Sanna / Vintra"). Without the mark an example may be a greeting
# ("Hi, Anna"), so it is not read as one.
_EXAMPLE = re.compile(
    r"^(?P<head>[^\w\s]{1,2}\s*)(?P<name>[A-ZÅÄÖÜÉ][^\W\d_]{1,20})(?P<tail>\s*[,/|]\s*[^\W\d_][^\n]{0,40})$"
)
_DASHES = "–—-"


class SignatureError(ValueError):
    """A signature that cannot be used (not a name) or a text that cannot be signed; str() says why."""


def _template_from(candidate: str, anchored: bool) -> str | None:
    """``candidate`` with its one placeholder replaced by :data:`SLOT`, if it reads as a sign-off."""
    text = " ".join(candidate.split())
    found = list(_PLACEHOLDER.finditer(text))
    if len(found) != 1:
        return None
    rest = (text[: found[0].start()] + text[found[0].end() :]).strip()
    starts_with_mark = bool(text[:1]) and not text[0].isalnum() and text[0] not in "<[{"
    if not anchored and not starts_with_mark and not re.search(r"[,/|]", rest):
        return None  # "'Name'" in a sentence about names, not a sign-off
    return text[: found[0].start()] + SLOT + text[found[0].end() :]


def _named_example(candidate: str) -> str | None:
    """A named example sign-off with its name replaced by :data:`SLOT`: "– Aino / Korivo" -> "– {name} / Korivo"."""
    found = _EXAMPLE.match(" ".join(candidate.split()))
    if found is None:
        return None
    return found.group("head") + SLOT + found.group("tail")


_CLOSING = "|".join(f"(?P<{code}>{words})" for code, words in CLOSINGS.items())
_GREETED = re.compile(
    rf"^(?i:{_CLOSING})\s*,?\s+(?P<name>[A-ZÅÄÖÜÉ][^\W\d_]{{1,20}})(?P<tail>\s*[,/|]\s*[^\W\d_][^\n]{{0,40}})?$"
)


def _greeted_template(text: str, language: str | None) -> str | None:
    """The sign-off a voice text shows as a closing greeting and an example writer's name ("End with the writer's
    name, e.g. 'Terveisin, Leena / Kaiku' or 'Vänliga hälsningar, Jonas / Kaiku'"), with the name as :data:`SLOT`:
    the example in ``language`` first; a language without its own example takes its usual closing greeting before
    the example's brand ("Kind regards, {name} / Kaiku"). None when the text shows none or does not ask for the
    writer's name (a fixed "Hälsningar, Kundtjänst" is the voice rules')."""
    if not OWN_NAME.search(text) or _NO_NAME.search(text):
        return None
    examples: list[tuple[str, str]] = []  # (language of the closing, template)
    for quoted in _QUOTED.finditer(text):
        found = _GREETED.match(" ".join(quoted.group(1).split()))
        if found is not None:
            code = next(c for c in CLOSINGS if found.group(c))
            closing = found.group(code)
            examples.append((code, f"{closing[:1].upper()}{closing[1:]}, {SLOT}{found.group('tail') or ''}"))
    if not examples:
        return None
    own = next((template for code, template in examples if code == language), None)
    if own is not None:
        return own
    code, template = examples[0]
    usual = DEFAULT_CLOSING.get(language or "", DEFAULT_CLOSING["en"])
    return usual + template[template.index(f", {SLOT}") :]


def template_in(text: str, language: str | None = None) -> str | None:
    """The slotted sign-off one voice text asks for, or None; ``language``: the reply's, for a sign-off shown as a
    closing greeting, which each language words its own way (:func:`_greeted_template`)."""
    greeted = _greeted_template(text, language)
    if greeted is not None:
        return greeted
    for match in _LABELLED.finditer(text):
        candidate = match.group(1).strip().strip("'\"")
        template = _template_from(candidate, anchored=True)
        if template is not None:
            return template
    if not _SIGNING_WORDS.search(text):
        return None
    for match in _QUOTED.finditer(text):
        template = _template_from(match.group(1), anchored=False)
        if template is not None:
            return template
    if not (OWN_NAME.search(text) and _SIGN_VERB.search(text)) or _NO_NAME.search(text):
        return None
    # "Sign every reply with the writer's first name: '– Aino / Korivo'": the example's name stands for the writer.
    examples = [m.group(1) for m in _QUOTED.finditer(text)]
    examples += [m.group(1).strip().strip("'\"") for m in _LABELLED.finditer(text)]
    for candidate in examples:
        template = _named_example(candidate)
        if template is not None:
            return template
    return None


def signoff_template(passages: Sequence[Passage], language: str | None) -> tuple[str, Passage] | None:
    """The sign-off with a slot the voice guidance asks for: a voice passage in ``language`` first, then a
    language-neutral one, then any other (a sign-off such as "/Name, Kraftverk" reads the same in every
    language, and a brand often writes its voice guidance once). None where a voice passage in ``language``
    states a fixed sign-off of its own (:func:`bot.checks.voice_rules.fixed_signoff`): that one signs the reply."""
    voices = [p for p in passages if p.kind == "voice"]
    voices.sort(key=lambda p: 0 if p.language == language else 1 if p.language is None else 2)
    for passage in voices:
        template = template_in(passage.text, language)
        if template is not None:
            return with_disclosure_brand(template, passages), passage
        fixed = fixed_signoff(passage.text, language) if language is not None and passage.language == language else None
        if fixed is not None and SLOT not in fixed:
            # The reply's own language signs its own way ("Avsluta med ”Varma hälsningar, X”" beside an English
            # "Sign off with your first name, e.g. '– Sara, vet nurse'"): the fixed sign-off, not the other's slot.
            return None
    return None


# A disclosure example that is the signature itself, a writer's first name and the brand with no mark before them:
# "skriver ut att hen jobbar på X i signaturen i slutet: 'Greta, X'".
_NAME_AND_BRAND = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]{1,20},\s*(?P<brand>[^\W\d_][^\n]{1,50}?)\.?$")


def with_disclosure_brand(template: str, passages: Sequence[Passage]) -> str:
    """``template`` ("Hälsningar, {name}") with the brand the disclosure guidance signs every reply with after the
    writer's name ("i signaturen i slutet: 'Greta, Näverstugan'" -> "Hälsningar, {name}, Näverstugan"): an example of
    a first name, a comma and the brand, given for every reply (not only for other people's threads), where the
    template names no word of that brand. The voice's 'Hälsningar, Greta' alone left the brand out of every reply's
    signature, the panel's "signature lacks the Näverstugan disclosure" on 16 of 25 drafts (reply-plans-ac, spent)."""
    if not template.rstrip().endswith(SLOT):
        return template
    for passage in passages:
        if passage.kind != "disclosure" or passage.visibility != "public":
            continue
        quotes = quoted_examples(passage.text)
        scopes = example_scopes(passage.text, [q.span() for q in quotes])
        for quoted, scope in zip(quotes, scopes, strict=True):
            found = _NAME_AND_BRAND.match(" ".join(quoted.group(1).split()))
            if found is None or scope != "every":
                continue
            brand = found.group("brand").strip()
            words = {w.lower() for w in re.findall(r"[^\W\d_]+", passage.brand or "") if len(w) > 2}
            said = {w.lower() for w in re.findall(r"[^\W\d_]+", brand)}
            if not words & said or said & {w.lower() for w in re.findall(r"[^\W\d_]+", template)}:
                continue
            return f"{template.rstrip()}, {brand}"
    return template


def valid_name(name: str) -> str:
    """``name`` as it will be published, or :class:`SignatureError` saying what a signature may be."""
    cleaned = " ".join(unicodedata.normalize("NFKC", name or "").split()).strip()
    if not cleaned:
        raise SignatureError("the signature is empty: give a first name, e.g. Mikko")
    if len(cleaned) > NAME_MAX:
        raise SignatureError(f"the signature {cleaned[:40]!r} is longer than {NAME_MAX} characters: give a first name")
    if not _NAME.fullmatch(cleaned):
        raise SignatureError(
            f"the signature {cleaned!r} is not a name: use letters only (a space, hyphen or apostrophe between "
            "parts), no digits, links, @-mentions or symbols"
        )
    if _PLACEHOLDER.fullmatch(cleaned):
        raise SignatureError(f"{cleaned!r} is a placeholder, not a name: give the first name to sign with")
    return cleaned


def _loose(piece: str) -> str:
    """A regex for a literal piece of a sign-off: any run of spaces matches any, any dash matches any."""
    out = []
    for char in piece:
        if char.isspace():
            out.append(r"\s*")
        elif char in _DASHES:
            out.append(f"[{_DASHES}]")
        elif unicodedata.category(char) in ("So", "Sk", "Mn") or char == "\ufe0f":
            out.append(f"(?:{re.escape(char)})?")  # an emoji: a platform without emoji drops it
        else:
            out.append(re.escape(char))
    return "".join(out)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    prefix, _, suffix = template.partition(SLOT)
    name = rf"(?P<slot>{re.escape(SLOT)})|(?P<name>{_NAME.pattern})"
    tail = r"(?!\w)" if suffix.strip() == "" else ""
    head = r"(?<!\w)" if prefix.strip() == "" else ""
    return re.compile(rf"{head}{_loose(prefix.strip())}\s*(?:{name})\s*{_loose(suffix.strip())}{tail}")


def signoffs(text: str, template: str) -> list[re.Match[str]]:
    """Every place ``text`` carries the sign-off of ``template``, with the slot or a name in it."""
    return list(_pattern(template).finditer(text))


def signed_by(text: str, template: str) -> str | None:
    """The valid name or the slot the sign-off of ``text`` carries; None when it carries none."""
    for match in signoffs(text, template):
        if match.group("slot"):
            return SLOT
        try:
            return valid_name(match.group("name"))
        except SignatureError:
            continue
    return None


def fill(text: str, name: str) -> str:
    """``text`` with its slot replaced by the valid ``name`` (and the opening line's, where the disclosure guidance's
    own line introduces the writer by name: :func:`disclosure_slots`); :class:`SignatureError` otherwise."""
    signer = valid_name(name)
    count = text.count(SLOT)
    if count == 0:
        raise SignatureError(f"the text has 0 signature slots {SLOT}: edit it to end with one sign-off")
    return text.replace(SLOT, signer)


# A writer introducing themselves by name in a disclosure example: "Hi, Mikko from the X team here", "I'm Ann",
# "Moi, Aino täältä X:n asiakaspalvelusta!", "olen Leena", "Hej, Sara från X här", "jag heter Jonas". The name stands
# for whoever answers, like a sign-off example's.
_NAME_WORD = r"([A-ZÅÄÖ][a-zåäöé]{1,20})"
_INTRODUCES = re.compile(
    rf"(?:\b(?i:i'?m|i\s+am|this\s+is|my\s+name\s+is|olen|oon|jag\s+heter|jag\s+är|det\s+är)\s+{_NAME_WORD}\b"
    rf"|(?<![.!?]\s)(?<!^)\b{_NAME_WORD}\s+(?i:from|here|täällä|tässä|täältä|från|här)\b)",
)
# The place a writer is from, not a name ("Hej, Hanna från Kuhina här": "Kuhina här" is where Hanna writes from; with
# no brand to leave it out by, the line read as introducing two names and was never the guidance's own line,
# reply-plans-o, spent).
_FROM_BEFORE = re.compile(r"(?<!\w)(?i:from|från|täältä|at|på)\s+$")
_GREETING_WORDS = {"hi", "hey", "hello", "hei", "moi", "moikka", "terve", "hej", "hejsan", "tjena", "hallå", "morjens"}


def introduced(line: str, brand: str | None) -> set[str]:
    """The names a disclosure line introduces its writer by (:data:`_INTRODUCES`), not a greeting or the brand."""
    # Any word of the brand's name: "Hi, Aino from Sidontapaja Lumo here" introduces Aino, not "Lumo" (reply-plans-r).
    stems = {word[:4].lower() for word in (brand or "").split() if len(word) > 1}
    found = {
        name
        for match in _INTRODUCES.finditer(line)
        for name in match.groups()
        if name and not _FROM_BEFORE.search(line[: match.start()])
    }
    return {n for n in found if n.lower() not in _GREETING_WORDS and not any(n.lower().startswith(s) for s in stems)}


_EXAMPLE_LINE = re.compile(r"(?<!\w)[\"“”„«»'‘]([^\"“”«»„'‘’\n]{8,120})[\"”»“'’](?!\w)")


def _disclosure_patterns(passages: Sequence[Passage]) -> list[re.Pattern[str]]:
    """The disclosure guidance's own quoted lines that introduce a writer by name ("'Moi, Aino täältä Kiden
    asiakaspalvelusta!'", "'Hi, Aino from the Kide team here!'"), as patterns where any name, or :data:`SLOT`, may
    stand for the example's: the line is the guidance's, whoever writes it."""
    return [
        pattern
        for passage in passages
        if passage.kind == "disclosure" and passage.visibility == "public"
        for pattern in _passage_patterns(passage.text, passage.brand)
    ]


@cache
def _passage_patterns(text: str, brand: str | None) -> tuple[re.Pattern[str], ...]:
    found = []
    # An apostrophe inside a word ("'Hi, Aino here from Kuura's customer team –'") ends no example: read as the voice
    # rules read quotes. Missed, the line's slot counted as a second sign-off and blocked every draft opening with it
    # (reply-plans-ac, spent: the panel's "fix the double name/signature").
    lines = [quoted.group(1) for quoted in _EXAMPLE_LINE.finditer(text)]
    lines += [q.group(1) for q in quoted_examples(text) if len(q.group(1)) >= 8 and q.group(1) not in lines]
    for raw in lines:
        line = " ".join(raw.split())
        names = introduced(line, brand)
        if len(names) != 1:
            continue
        name = next(iter(names))
        pieces = []
        for token in re.findall(r"[^\W_]+", line):
            if token == name:
                pieces.append(rf"(?:{re.escape(SLOT)}|{_NAME.pattern})")
            else:
                pieces.append(f"(?i:{re.escape(token)})")
        found.append(re.compile(r"(?<!\w)" + r"[\W_]+".join(pieces) + r"(?!\w)"))
    return tuple(found)


def disclosure_slots(text: str, passages: Sequence[Passage]) -> list[tuple[int, int]]:
    """Where ``text`` says the disclosure guidance's own line with a name or :data:`SLOT` for its writer's
    (:func:`_disclosure_patterns`): the spans of those lines."""
    return [m.span() for pattern in _disclosure_patterns(passages) for m in pattern.finditer(text)]


def slotted_disclosure(line: str, brand: str | None) -> str | None:
    """The disclosure example ``line`` with the one name it introduces its writer by as :data:`SLOT` ("Moi, Aino
    täältä Kiden asiakaspalvelusta!" -> "Moi, {name} täältä Kiden asiakaspalvelusta!"), which the approval fills with
    the approver's name as it fills the sign-off's; None when it introduces no name, or several."""
    names = introduced(line, brand)
    if len(names) != 1:
        return None
    name = next(iter(names))
    slotted = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", SLOT, line)
    return slotted if slotted.count(SLOT) == 1 else None


# A disclosure example that is a signature line: a mark, the writer's first name, a comma and who they are ("– Maria,
# customer service at X", "/Linnea, organisatör på X", "– Maria, kehystäjä, Kehys & Ram"). The disclosure guidance that
# gives one says how a reply in others' threads ends: the line signs it (the voice's own closing is not added).
SIGNATURE_LINE = re.compile(r"^(?P<head>[/–—-]\s*)(?P<name>[A-ZÅÄÖ][^\W\d_]{1,20})(?P<tail>,\s*[^\W\d_][^\n]{2,60})$")

# A writer's role a signature line may name, in each language's usual form before the brand ("customer service at X",
# "kundtjänst på X", "asiakaspalvelu, X"): a reply in a language the disclosure gives no example for signs in its own.
_ROLES: tuple[dict[str, tuple[str, ...]], ...] = (
    {
        "en": ("customer service", "customer care", "customer support"),
        "sv": ("kundtjänst", "kundtjänsten", "kundservice"),
        "fi": ("asiakaspalvelu", "asiakaspalvelusta", "asiakastuki"),
    },
)
_ROLE_FORM = {"en": "{role} at {brand}", "sv": "{role} på {brand}", "fi": "{role}, {brand}"}
_ROLE_BRAND = re.compile(r"^\s*(?:at|på|,|-|–)?\s*(?P<brand>[^\W\d_].{0,50}?)\.?$", re.IGNORECASE)


def _role_in(tail: str) -> tuple[str, dict[str, tuple[str, ...]], str] | None:
    """The known role ``tail`` names, the table it is in and the brand after it (", customer service at X" ->
    ("en", its table, "X")); None when it names none or nothing follows it."""
    for table in _ROLES:
        for code, words in table.items():
            for word in words:
                found = re.match(rf"^\s*,\s*{re.escape(word)}\b(?P<rest>.*)$", tail, re.IGNORECASE)
                after = _ROLE_BRAND.match(found.group("rest")) if found else None
                if after is not None:
                    return code, table, after.group("brand").strip()
    return None


def disclosure_signature_lines(passages: Sequence[Passage]) -> list[tuple[str, Passage]]:
    """The disclosure guidance's example lines that are signature lines (:data:`SIGNATURE_LINE`), with their passage."""
    return [
        (line, passage)
        for passage in passages
        if passage.kind == "disclosure" and passage.visibility == "public"
        for quoted in _EXAMPLE_LINE.finditer(passage.text)
        if SIGNATURE_LINE.match(line := " ".join(quoted.group(1).split()))
    ]


def disclosure_signoff(passages: Sequence[Passage], language: str) -> tuple[str, Passage] | None:
    """The signature line the disclosure guidance shows for a reply in ``language`` ("in threads we did not start,
    the reply ends with the writer's first name and role, e.g. '– Maria, customer service at X' or '– Maria, kundtjänst
    på X'"), its writer's name as :data:`SLOT`: the example in that language (by the role it names, else as its words
    read), else the first example's role said in that language ("– {name}, asiakaspalvelu, X"); None without a
    signature-line example, or with none for ``language`` and a role this module does not know."""
    lines = disclosure_signature_lines(passages)
    for line, passage in lines:
        found = SIGNATURE_LINE.match(line)
        assert found is not None
        role = _role_in(found.group("tail"))
        said = role[0] if role else detect_language(found.group("tail").replace(passage.brand, " "))
        if said == language:
            return found.group("head") + SLOT + found.group("tail"), passage
    for line, passage in lines:
        found = SIGNATURE_LINE.match(line)
        assert found is not None
        role = _role_in(found.group("tail"))
        if role is not None and language in _ROLE_FORM:
            _code, table, brand = role
            said = _ROLE_FORM[language].format(role=table[language][0], brand=brand)
            return f"{found.group('head')}{SLOT}, {said}", passage
    return None


_CAPITALISED = re.compile(r"[A-ZÅÄÖ][^\W\d_]*(?:[ '’-][A-ZÅÄÖ][^\W\d_]*){0,2}")
_LINE_END = r"(?=[.!]?[ \t]*$)"


def _signature_line_patterns(passages: Sequence[Passage]) -> list[re.Pattern[str]]:
    """Where a text may carry the disclosure guidance's signature line with the slot or a name for its writer's: the
    example's own words, or the same mark, a comma and the example's brand at the end (the line said in another
    language, :func:`disclosure_signoff`)."""
    found = []
    for line, _passage in disclosure_signature_lines(passages):
        parts = SIGNATURE_LINE.match(line)
        assert parts is not None
        # A name is capitalised ("– book early, X fills up" is no signature), and the line ends where it does.
        name = rf"(?:{re.escape(SLOT)}|{_CAPITALISED.pattern})"
        head = re.escape(parts.group("head").strip())
        found.append(re.compile(rf"(?<!\w){head}\s*{name}{re.escape(parts.group('tail'))}{_LINE_END}", re.M))
        role = _role_in(parts.group("tail"))
        if role is not None:
            found.append(re.compile(rf"(?<!\w){head}\s*{name},[^.!?\n]{{2,40}}?{re.escape(role[2])}{_LINE_END}", re.M))
    return found


def signature_line_spans(text: str, passages: Sequence[Passage]) -> list[tuple[int, int]]:
    """Where ``text`` carries the disclosure guidance's signature line (:func:`_signature_line_patterns`)."""
    return sorted({m.span() for pattern in _signature_line_patterns(passages) for m in pattern.finditer(text)})


def ends_with_signature_line(text: str, passages: Sequence[Passage]) -> bool:
    """Whether ``text`` ends with the disclosure guidance's signature line, with any name or the slot."""
    spans = signature_line_spans(text, passages)
    return bool(spans) and not any(c.isalnum() for c in text[max(end for _, end in spans) :])


def with_signoff(text: str, template: str, last: str | None = None) -> str:
    """A drafter's ``text`` carrying the sign-off of ``template`` with the slot: a sign-off the model wrote with
    a placeholder or a name of its own ("/Name, Kraftverk", "/Aino, Kraftverk": a drafter cannot know who
    answers) gets the slot instead, and a missing one is added at the end (before ``last``, the line that must
    stay last: the privacy notice). A text that has the slot in its sign-off is returned as it is."""
    found = signoffs(text, template)
    if any(m.group("slot") for m in found):
        return text
    if found and found[-1].group("name"):
        start, end = found[-1].span("name")
        return text[:start] + SLOT + text[end:]
    if last and text.rstrip().endswith(last):
        head = text.rstrip()[: -len(last)].rstrip()
        return f"{head} {template} {last}"
    return f"{text.rstrip()} {template}"


def check_signature(text: str, ctx: CheckContext) -> CheckResult:
    template = ctx.signature
    slots = text.count(SLOT)
    if template is None:
        # The disclosure guidance's signature line signs a reply in others' threads ("– {name}, kundtjänst på X"):
        # the approver's name fills its slot as it fills a sign-off's.
        slots -= sum(SLOT in text[start:end] for start, end in signature_line_spans(text, ctx.public_passages))
        if slots:
            return CheckResult(
                "signature",
                BLOCKING,
                False,
                f"remove {SLOT}: this brand's voice guidance asks for no signed name, so nothing would fill it",
            )
        return CheckResult("signature", BLOCKING, True, "no signed sign-off asked for")
    # The disclosure guidance's own line may carry the slot for its writer's name too ("Moi, {name} täältä Kiden
    # asiakaspalvelusta!"): the same approver fills both.
    opening = [(start, end) for start, end in disclosure_slots(text, ctx.public_passages) if SLOT in text[start:end]]
    slots -= len(opening)
    if slots > 1:
        return CheckResult("signature", BLOCKING, False, f"keep one sign-off {template!r}: the text has {slots} slots")
    found = signoffs(text, template)
    if slots == 1:
        if any(m.group("slot") for m in found):
            return CheckResult("signature", BLOCKING, True, f"signed {template!r}: the approver's name fills {SLOT}")
        return CheckResult(
            "signature", BLOCKING, False, f"{SLOT} may stand only in the sign-off {template!r}: move it there"
        )
    for match in found:
        try:
            name = valid_name(match.group("name"))
        except SignatureError:
            continue
        return CheckResult("signature", BLOCKING, True, f"signed by {name}")
    placeholder = next((m.group("name") for m in found if _PLACEHOLDER.fullmatch(m.group("name") or "")), None)
    if placeholder is not None:
        return CheckResult(
            "signature",
            BLOCKING,
            False,
            f"the sign-off carries the placeholder {placeholder!r}: put {SLOT} there (filled with the approver's "
            "name) or your own first name",
        )
    return CheckResult(
        "signature",
        BLOCKING,
        False,
        f"end the reply with the sign-off {template!r} the voice guidance asks for ({SLOT} is filled with the "
        "approver's name)",
    )
