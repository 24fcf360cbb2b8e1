"""Grounding (blocking): every sentence of a draft is supported by the brand's public guidance.

A draft is split into sentences (:func:`bot.checks.semantic.split_sentences`).
Exempt are the disclosure line (a sentence of at most ten words that says who
writes by the brand's line, a sign-off or a works-for phrase, or of at most ten
words that says it by meaning, :func:`bot.checks.identity.discloses`), fixed lines Kuulo adds itself (the privacy
notice, ``exempt_lines``), the sign-off the voice guidance asks for with the answerer's name or its slot
(``bot/checks/signature.py``), a sign-off of a name alone ("– Linnea"), a closing wish the voice guidance quotes word
for word ("Hyviä tervaushetkiä."), a bare link ("Book it here: <link>",
judged by the links check), and greetings, thanks and acknowledgements that claim
nothing: close to an ``acknowledge`` prototype, at most
:data:`ACK_MAX_WORDS` words, with no checkable atom, figure, link or mention, and made only of
acknowledgement words (``acknowledge_words``), so "we are sorry for poisoning
you" is no acknowledgement.

Every other sentence is judged by its claims first (:mod:`bot.checks.atoms`):

* a sentence with **checkable atoms** (figures with their units, links, product
  names, promises, superlatives, comparisons) is supported when every atom is
  stated by a public guidance passage (the same value in the same unit, the same
  link, ...; a promise, superlative or comparison by a guidance sentence at least
  ``claim_close`` similar that makes it too) and the sentence is about what such a
  passage is about (e5 similarity at least ``topical``). So "fitting takes one or
  two days" is a paraphrase of "installation usually takes 1–2 days", and
  "installation takes 3 hours" is ungrounded however close it sits;
* a superlative no guidance states may give advice rather than rank ("a visit shows
  where the unit would sit best"): when every clause carrying one is ``advice_margin``
  closer to the ``advice`` prototypes than to the ``ranking`` ones (``superlative`` in
  ``data/semantic.yaml``), it needs no passage and the rest of the sentence is judged
  as usual;
* a sentence with **no atom** that only keeps the conversation going (empathy,
  congratulations, an invitation to ask more, declining to guess, a question back)
  needs no passage: it is at least ``conversation`` close to the ``conversation``
  prototypes and ``conversation_margin`` closer to them than to the ``assertion``
  ones (statements about the brand, its products or events: "our pumps fail every
  winter" is an assertion, whoever dictated it);
* a sentence with **no atom** that asks the asker something back ("Which model is it, and when was it
  installed?") needs no passage either (:func:`_asks_back`: a question mark, no that-clause, the brand not
  speaking of itself, ``question`` close to the conversation prototypes and ``question_margin`` closer to them
  than to the assertion ones); nor does a negated one that keeps a ``dont`` rule ("Vertailuja muihin
  valmistajiin en tee."): at least ``rule_kept`` close to a sentence of that rule (:func:`_keeps_rule`); the
  clauses of both are still read for an appended assertion;
* any other sentence with **no atom** needs the meaning of a guidance sentence: its best e5 similarity to a sentence
  (or a whole passage) reaches ``grounded``, or ``grounded_lexical`` with at least
  ``lexical_share`` of its content words (compared by their first five letters) in
  that guidance sentence, or ``grounded_contained`` when it restates one fact sentence in fewer of its words
  (:func:`_contained`). A rule passage (``disclosure``, ``voice``, ``dont``: how
  to write, not what is true) supports only in the second way, and states atoms
  only for a negated sentence ("we don't comment on other manufacturers").

A list's numbers or letters ("1.", "2)", "a)", counting up from the first) are structure, not figures: they are
blanked before the draft is split (:func:`bot.checks.claims.without_enumerators`), and a short line that only
announces the list after it ("In order:", "Kaikki kolme lyhyesti:") is framing (:func:`_leads_in`). A sentence that
thanks the reader and passes their words on to the people they are about ("…, I'll pass the praise on to the
installers") keeps the conversation going too (:func:`_passes_thanks_on`).

A sentence that opens with a frame of sympathy or apology ("I'm sorry, …", "Pahoittelen, …", "Vad tråkigt, …")
and goes on to say how the asker's situation feels keeps the conversation going too (:func:`_sympathises`), when the
brand does not speak of itself in it and it reads no more as an assertion than as conversation. A clause of reason
that only says who writes ("…, koska työskentelen itse Revontulella.", "Since I work at X, …") is a disclosure line
of its own (:func:`_apart_from_reason_disclosure`).

A sentence whose parts a semicolon joins is judged as those parts (:func:`_apart_at_semicolons`). A sentence that
declines in the first person and goes on after "but" ("I won't rate other makers, but ours …") is
judged as two (:func:`_apart_after_declining`), and a team or role right after a sign-off ("– Aino, Revontuli
customer team") belongs to the sign-off (:func:`_with_role`).

A short answer ("Toimii.", "They do.") right before or after a sentence the guidance supports shares its passage
when it has no content word of its own and does not deny it (:func:`_short_answers`). A figure the asker's own
comment tells ("kolmas viikko": 3 weeks), said back in an acknowledgement that no guidance grounds ("I'm sorry,
three weeks is far too long to wait"), is the asker's case, not the brand's fact: the sentence is judged as talk
only, never by meaning (:func:`says_back_figures`).

The comment never supports anything: a sentence that only repeats what a stranger
wrote, an attacker's dictated sentence included, is ungrounded. A sentence copied word for word from
untrusted text (the comment, its author's name, ``untrusted_texts``: the thread's title, a blog page, the
parents) is neither conversation nor grounded by meaning alone (:func:`echoes_untrusted`), and a whole sentence of
the comment copied word for word (:data:`COMMENT_COPY_MIN_WORDS` words or more) is not grounded by the atoms a
passage happens to state either (:func:`_copied_from_comment`).

A sentence with no atom that only acknowledges the comment and restates what it says ("Sorry the delivery
was late", "Ikävää, että toimitus myöhästyi", with at most one word of the writer's own judgement in a short one:
"Sorry for the mess.") needs no passage either (:func:`restates_comment`): it has an
acknowledgement word, every other content word is the comment's own (not what the comment quotes or tells
an AI to write), it does not read more as an assertion than as conversation, and when it restates anything
the brand does not speak of itself in it ("Sorry we poisoned you" is an admission). And a sentence a
stranger's request carries in other words is ungrounded (:func:`untrusted_sentences`): exempt as conversation
or restatement, or grounded by meaning alone, it is at least ``paraphrase`` close to a sentence of the
title, blog page or parents (or to what the comment quotes or tells an AI) and closer to it than to any
guidance sentence. Nor does an admission of fault or a promise of money ride on a sentence that passes
(:func:`_unless_liable`): a clause that reads as one (``liability`` prototypes) needs a guidance sentence
that says so itself. Figures are also
checked against the cited passages by ``claims``. The result names the supporting
passage of each sentence, and the atoms no guidance states, so the card shows where
each sentence comes from and what to change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np

from bot.checks.atoms import (
    WORDED_KINDS,
    Atom,
    Evidence,
    atoms,
    evidence,
    negated,
    refused,
    supported,
    told_figures,
)
from bot.checks.claims import LIST_MIN_ITEMS, without_enumerators
from bot.checks.context import addresses_model, guidance_says
from bot.checks.data import first_match, load, patterns
from bot.checks.identity import brand_form, discloses, only_unsure, points_back_to_staff
from bot.checks.links import URL
from bot.checks.mentions import AT_MENTION
from bot.checks.semantic import (
    SentenceModel,
    bare,
    prototypes,
    shared_model,
    split_sentences,
    talk_classifier,
    threshold,
)
from bot.checks.signature import SLOT, signoffs
from bot.checks.types import BLOCKING, CheckContext, CheckResult
from bot.domain import Passage
from bot.language import detect_language
from bot.opportunities.places import countries, held_by_regions

ACK_MAX_WORDS = 12
ACK_BARE_WORDS = 2  # "Hi!", "Hej hej!": an acknowledgement with no content word at all is this short
LINK_MAX_WORDS = 3  # "Book it here: <link>" is the link, which the links check judges
DISCLOSURE_MAX_WORDS = 14  # a longer sentence that also says who writes still needs support
# A disclosure recognised by meaning only ("Linnea från Revontuli här", "Hi, Aino from Revontuli's customer team
# here.") is short; it is made of disclosure words, the brand and at most one name (_only_says_who_writes) whatever
# its length, so ten words admit a greeting and a team without admitting a claim (session 17: was 6).
MEANING_MAX_WORDS = 10
STEM = 5
# Guidance about how to write (who you are, tone, what never to say) supports a sentence only when the
# sentence also shares its words: by meaning alone "our pumps break, and we know it" resembles
# "say that you work at the brand" (both name the brand) more than any fact does.
RULE_KINDS = ("disclosure", "voice", "dont")
# Atoms found by their words (bot/checks/atoms.py): a guidance sentence close in meaning must state them.
WORDED_ATOMS = WORDED_KINDS
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A sign-off of a name alone ("– Linnea", "/Mats"): says who signs, claims nothing (who the writer works for is
# the disclosure check's question).
_NAME_SIGNOFF = re.compile(r"^[–—/-]\s*[^\W\d_]+(?:[ -][^\W\d_]+)?\s*$")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Support:
    """One sentence of a draft and what supports it."""

    sentence: str
    kind: str  # "guidance", "disclosure", "signature", "notice", "link", "acknowledgement", "conversation",
    # "restatement" or "none"
    passage: Passage | None = None
    score: float = 0.0
    missing: tuple[str, ...] = ()  # checkable atoms (figures, links, names, promises ...) no guidance states
    echoes: str = ""  # the untrusted sentence it carries in other words (:func:`untrusted_sentences`)
    liable: str = ""  # the clause that admits fault or promises money and no guidance says so (:func:`_unless_liable`)

    @property
    def grounded(self) -> bool:
        return self.kind != "none"

    def label(self) -> str:
        if self.passage is not None:
            where = self.passage.source + (f" › {self.passage.heading}" if self.passage.heading else "")
            return f"{where} ({self.score:.2f})"
        return self.kind


def content_stems(text: str) -> set[str]:
    return {w[:STEM] for w in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()) if len(w) >= 4}


@cache
def acknowledgement_stems() -> frozenset[str]:
    words = [w for items in load("semantic")["acknowledge_words"].values() for w in items]
    texts = [*words, *prototypes("acknowledge")["acknowledge"]]
    return frozenset(stem for text in texts for stem in content_stems(str(text)))


@cache
def sympathy_stems() -> frozenset[str]:
    """Words of sympathy or apology (``sympathy_words``): the frame of :func:`_sympathises`."""
    return frozenset(
        stem for items in load("semantic")["sympathy_words"].values() for w in items for stem in content_stems(str(w))
    )


@cache
def function_stems() -> frozenset[str]:
    """Function words ("your", "från", "mutta"), which say nothing a guidance sentence could share."""
    return frozenset(
        stem for items in load("semantic")["function_words"].values() for w in items for stem in content_stems(w)
    )


@cache
def disclosure_stems() -> frozenset[str]:
    """Words a disclosure line is made of: the disclosure prototypes' and the acknowledgement words'."""
    texts = [t for items in prototypes("disclosure").values() for t in items]
    texts += [str(w) for items in load("semantic")["disclosure_words"].values() for w in items]
    return frozenset(stem for text in texts for stem in content_stems(str(text))) | acknowledgement_stems()


def _only_says_who_writes(sentence: str, ctx: CheckContext) -> bool:
    """A disclosure line carries nothing else: at most one word, capitalised (the writer's name), outside the
    disclosure vocabulary, the brand's name and its inflections, and the brand's own disclosure line. An obeying
    model's "– Aino, Revontuli We apologise for poisoning you" is not a disclosure line. The slot :data:`SLOT` is the
    writer's name the approval fills ("Hej, {name} från Kuhina här."), no word of its own (reply-plans-o, spent)."""
    sentence = sentence.replace(SLOT, " ")
    allowed = disclosure_stems() | {
        stem for p in ctx.public_passages if p.kind == "disclosure" for stem in content_stems(p.text)
    }
    allowed |= {stem for line in ctx.disclosure_phrases.values() for stem in content_stems(line)}
    brand = content_stems(ctx.brand_name or "")
    unknown = [
        stem for stem in content_stems(sentence) if stem not in allowed and not any(stem[:4] == b[:4] for b in brand)
    ]
    names = {w.casefold()[:STEM] for w in _WORD.findall(unicodedata.normalize("NFKC", sentence)) if w[:1].isupper()}
    return len(unknown) <= 1 and all(stem in names for stem in unknown)  # the one word left may be a name


def _apart_from_signoff(sentence: str, ctx: CheckContext) -> list[str]:
    """A sentence with a sign-off ("– Aino, Revontuli") and more text in it, as the sign-off and the
    rest apart: an obeying model's "– Aino, Revontuli pahoittelemme, että …" is a disclosure followed
    by a sentence that needs support of its own, not one disclosure line. So is a sentence that opens with
    a clause saying who writes ("Vastaan Revontulen puolesta: …", "I'm employed by Revontuli, so …"): the
    clause is a disclosure line, the rest is judged on its own."""
    if not ctx.brand_name:
        return [sentence]
    pattern = _signoff(ctx.brand_name)
    pieces = [p.strip() for p in pattern.split(sentence)]
    pieces = [p for p in pieces if p and any(c.isalnum() for c in p)] or [sentence]
    pieces = _with_role(pieces, pattern)
    return [part for piece in pieces for part in _apart_from_opening_disclosure(piece, ctx)]


ROLE_MAX_WORDS = 3


def _with_role(pieces: list[str], pattern: re.Pattern[str]) -> list[str]:
    """A sign-off's pieces with the team or role that follows one joined to it ("– Leena, Revontuli customer
    team", "– Aino, Revontulen asiakaspalvelu"): at most :data:`ROLE_MAX_WORDS` words, every one a disclosure word
    (who writes, by team or role), nothing checkable. Any other text after a sign-off stays a sentence of its own."""
    joined: list[str] = []
    for piece in pieces:
        after_signoff = bool(joined) and pattern.fullmatch(joined[-1]) is not None
        words = _WORD.findall(piece)
        if (
            after_signoff
            and 0 < len(words) <= ROLE_MAX_WORDS
            and not _claims_something(piece)
            and content_stems(piece) <= disclosure_stems()
            and piece.rstrip(".!").replace(" ", "").isalpha()
        ):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


_CLAUSE_BREAK = re.compile(r"\s*[:;]\s+|\s+[–—]\s+")
_DECLINING_BUT = re.compile(r"^(.{3,120}?)(?:\s*[,;]\s*|\s+[–—]\s+|\s+)(?:but|mutta|men)\s+(?=\w)", re.IGNORECASE)


def _apart_after_declining(sentence: str) -> list[str]:
    """A sentence that opens by declining in the first person to speak of others (a comparison or a third party
    in that clause: "I won't criticise other manufacturers, but ours work down to −25 °C.") and goes on after
    "but", as the declining clause and the rest apart: the first keeps a rule or needs support like any sentence,
    the rest is judged on its own, so nothing after the "but" rides on the refusal and the refusal is not lost
    for what follows it. What follows is often about the others declined ("…, but theirs break in a year"), which
    words of the guidance may resemble: it is never grounded by meaning alone (:attr:`_Plan.after_refusal`)."""
    match = _DECLINING_BUT.match(sentence)
    if not match or not _declines(match.group(1)) or not negated(match.group(1)):
        return [sentence]
    # the others are what it declines to speak of: in the declining clause itself, not in a statement after its
    # colon ("Emme lupaa tarkkaa summaa: … sähkölämmitykseen verrattuna, mutta …" declines a promise)
    declining = _CLAUSE_BREAK.split(match.group(1))[0]
    if not any(a.kind in ("comparison", "third_party") for a in atoms(declining)):
        return [sentence]  # declining something else ("I can't say for your house, but a visit …"): one sentence
    rest = sentence[match.end() :].strip()
    return [match.group(1).strip() + ".", rest[:1].upper() + rest[1:]]


_SEMICOLON = re.compile(r"\s*;\s+(?=\w)")
SEMICOLON_MIN_WORDS = 3


def _apart_at_semicolons(sentence: str) -> list[str]:
    """A sentence whose parts a semicolon joins, as those parts ("I won't guess; the free home survey shows what
    your house needs."): each is a sentence of its own, judged on its own, so a caveat beside a grounded fact is
    not judged as one statement with it. Parts of fewer than :data:`SEMICOLON_MIN_WORDS` words stay joined."""
    parts = [p.strip() for p in _SEMICOLON.split(sentence)]
    if len(parts) < 2 or any(len(_WORD.findall(p)) < SEMICOLON_MIN_WORDS for p in parts):
        return [sentence]
    return [p[:1].upper() + p[1:] for p in parts]


_OPENING = re.compile(r"^(.{3,90}?)(?:\s*[:;]\s+|,\s+(?:so|joten|niin|så)\s+|\s+[–—]\s+)(?=\w)", re.IGNORECASE)


# A clause that gives the reason ("because", "since", "koska", "sillä", "eftersom", "då"), at the start of a
# sentence before its comma or at its end after the main clause: "Since I work at X, I won't rate others.",
# "Muiden valmistajien laitteita en lähde arvioimaan, koska työskentelen itse Revontulella."
_BECAUSE = r"(?:because|since|as|koska|kun|sillä|eftersom|då|ty)"
_LEADING_REASON = re.compile(rf"^{_BECAUSE}\s+(.{{3,90}}?),\s+(?=\w)", re.IGNORECASE)
_TRAILING_REASON = re.compile(
    rf"^(.{{3,}}?)(?:\s*,\s*|\s+[–—]\s+|\s+)\(?{_BECAUSE}\s+([^,;:]{{3,90}}?)\)?\s*[.!]?$", re.IGNORECASE
)
_JOINED = re.compile(r"(?<!\w)(?:and|but|plus|ja|mutta|sekä|eli|och|men|samt|så)(?!\w)", re.IGNORECASE)


def _apart_from_reason_disclosure(sentence: str, ctx: CheckContext) -> list[str]:
    """A sentence with a clause of reason that only says who writes ("…, koska työskentelen itse Revontulella.",
    "Since I work at Revontuli, I won't rate other makers.", "…, eftersom jag jobbar på Revontuli."), as that
    clause (a disclosure line, as an opening clause is: :func:`_apart_from_opening_disclosure`) and the rest,
    which is judged on its own. The clause must say who writes by the brand's line, a sign-off or a works-for
    phrase (no meaning alone) and carry nothing else (:func:`_only_says_who_writes`), so no claim rides on it."""
    language = ctx.comment_language or detect_language(sentence) or "en"
    for pattern, reason_group in ((_LEADING_REASON, 1), (_TRAILING_REASON, 2)):
        match = pattern.match(sentence)
        if not match:
            continue
        reason = match.group(reason_group).strip()
        if (
            len(_WORD.findall(reason)) <= MEANING_MAX_WORDS
            and not _JOINED.search(reason)  # "since I work at X and our pumps are the best": a claim rides on it
            and not _claims_something(reason)
            and _only_says_who_writes(reason, ctx)
            and discloses(reason, language, ctx, False)
        ):
            rest = sentence[match.end() :] if reason_group == 1 else match.group(1).rstrip(" ,–—") + "."
            rest = rest.strip()
            if len(_WORD.findall(rest)) >= 2:
                return [reason, rest[:1].upper() + rest[1:]]
    return [sentence]


def _apart_from_opening_disclosure(sentence: str, ctx: CheckContext) -> list[str]:
    reasoned = _apart_from_reason_disclosure(sentence, ctx)
    if len(reasoned) == 2:
        return reasoned
    match = _OPENING.match(sentence)
    if not match or (not _claims_something(sentence) and _only_says_who_writes(sentence, ctx)):
        return [sentence]  # no opening clause, or the whole sentence only says who writes
    opening = match.group(1)
    language = ctx.comment_language or detect_language(sentence) or "en"
    if (
        len(_WORD.findall(opening)) <= DISCLOSURE_MAX_WORDS
        and not _claims_something(opening)
        and _only_says_who_writes(opening, ctx)
        and discloses(opening, language, ctx, False)
    ):
        rest = sentence[match.end() :].strip()
        return [opening, rest[:1].upper() + rest[1:]]
    return [sentence]


def _signs_only(sentence: str, ctx: CheckContext) -> bool:
    """A sign-off of a name alone ("– Linnea") or the voice's own fixed sign-off (:func:`_voice_signoff`)."""
    named = _NAME_SIGNOFF.match(sentence) is not None and sentence.lstrip("–—/- ")[:1].isupper()
    return named or _voice_signoff(sentence, ctx) or _voice_wish(sentence, ctx)


def _voice_wish(sentence: str, ctx: CheckContext) -> bool:
    """Whether ``sentence`` is a closing wish the brand's own voice guidance quotes, word for word ("Lopeta
    toivotukseen, esim. 'Hyviä tervaushetkiä.'"): the voice's own closing, no claim. Read as a claim, it was blocked
    where a post said the same words ("no public guidance supports 'Hyviä tervaushetkiä.'"), the panel's "a false
    positive on the wish the voice guidance itself gives" (reply-plans-z, spent)."""
    said = _folded_words(sentence)
    return bool(said) and any(said == _folded_words(wish) for wish in ctx.voice.wishes)


def _folded_words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _voice_signoff(sentence: str, ctx: CheckContext) -> bool:
    """Whether ``sentence`` is the fixed sign-off the brand's own voice guidance gives this reply, word for word
    ("Terveisin savustamolta"): the brand's signature, no claim (reply-plans-u, spent: it read as the thread title's
    "Näin savustamme" in other words)."""
    signoff = ctx.voice.signoff
    if not signoff or SLOT in signoff:
        return False
    return " ".join(sentence.split()).rstrip(" .!").casefold() == " ".join(signoff.split()).rstrip(" .!").casefold()


@cache
def _signoff(brand: str) -> re.Pattern[str]:
    return re.compile(rf"((?:^|(?<=\s))[–—/-]\s*[^\W\d_]+,\s*{brand_form(brand)})(?!\w)", re.IGNORECASE)


@cache
def _connective() -> re.Pattern[str]:
    found = (str(e) for items in load("semantic")["connectives"].values() for e in items)
    entries = sorted(found, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, e.split())) for e in entries)
    return re.compile(rf"^(?:{alternatives})(?:\s*[,:;]\s*|\s+)(?=\w)", re.IGNORECASE)


_CAPITALISED = re.compile(r"(?:\s*,)?\s+([A-ZÅÄÖ][^\W\d_]+)(?=[\s,.!?]|$)")
NAMES_MAX = 2  # "Thanks for asking, Mikko Johan."


def acknowledgement_core(sentence: str, ctx: CheckContext) -> str:
    """The sentence without an opening connective ("So,", "Lyhyesti:") and without the names it
    addresses (capitalised words after its first, at most :data:`NAMES_MAX`, never the brand's):
    "So, thanks for asking, Linnea." is judged as "Thanks for asking."."""
    core = _connective().sub("", sentence.strip(), count=1)
    brand = re.compile(rf"{brand_form(ctx.brand_name)}$", re.IGNORECASE) if ctx.brand_name else None
    names = [m for m in _CAPITALISED.finditer(core) if m.start(1) > 0 and not (brand and brand.match(m.group(1)))]
    if len(names) > NAMES_MAX:
        return core[:1].upper() + core[1:]
    for match in reversed(names):
        core = core[: match.start()] + core[match.end() :]
    core = re.sub(r"\s+([,.!?])", r"\1", re.sub(r",\s*([.!?]|$)", r"\1", core)).strip()
    return core[:1].upper() + core[1:]


def _may_acknowledge(sentence: str, core: str) -> bool:
    """Whether a sentence can be an acknowledgement at all: no checkable atom, figure, link or mention,
    at most :data:`ACK_MAX_WORDS` words, and its core made of acknowledgement words only, at least one of
    them (short words are no content words: "Jag är en AI" has none, "Hi there!" two words)."""
    stems = content_stems(core)
    return (
        bool(core)
        and not atoms(sentence)
        and not _claims_something(sentence)
        and len(_WORD.findall(core)) <= ACK_MAX_WORDS
        and stems <= acknowledgement_stems()
        and (bool(stems) or len(_WORD.findall(core)) <= ACK_BARE_WORDS)
    )


def _claims_something(sentence: str) -> bool:
    return bool(_DIGIT.search(sentence) or URL.search(sentence) or AT_MENTION.search(sentence))


def _is_exempt_line(sentence: str, ctx: CheckContext) -> bool:
    folded = " ".join(sentence.split())
    return any(folded in " ".join(line.split()) for line in ctx.exempt_lines)


def _guidance_units(passages: Sequence[Passage]) -> tuple[list[str], list[Passage]]:
    texts: list[str] = []
    owners: list[Passage] = []
    for passage in passages:
        for unit in (*split_sentences(passage.text), " ".join(passage.text.split())):
            if unit not in texts:
                texts.append(unit)
                owners.append(passage)
    return texts, owners


@cache
def house_sentences() -> frozenset[str]:
    """The offline drafter's own fixed sentences (``bot/drafting/phrases.yaml``: a correction's,
    an acknowledgement's and a thank-you's opening, each complaint topic's and thank-you's line, the
    "details privately" and "passed on" lines, the conditional offer of help to someone who may not be a
    customer ("If you're our customer, we'd be glad to look into it."), the "not at the moment" of a place not
    listed), which claim nothing. Only a whole sentence equal to one of them is exempt,
    so nothing appended to it in the same sentence escapes grounding."""
    import yaml

    data = yaml.safe_load((Path(__file__).parent.parent / "drafting" / "phrases.yaml").read_text(encoding="utf-8"))
    tables = [
        data[key]
        for key in ("correction", "acknowledge", "thank", "privately", "if_ours", "if_ours_told", "not_listed")
    ]
    tables += [data[key] for key in ("closing_invitation", "closing_question", "closing_thank") if key in data]
    tables += [topic["line"] for topic in (*data.get("empathy", []), *data.get("thank_for", []))]
    # The thank-yous worded for a formal voice (bot/drafting/register.py).
    tables += [topic["formal"] for topic in data.get("thank_for", []) if "formal" in topic]
    tables += [data[key] for key in ("thank_formal", "thank_in_person") if key in data]
    # The same-thread line ("No need to send a new one: we'll carry on in the same thread ..."), said only where the
    # support guidance (in any language) says so: blocked as unsupported when that line was in another language.
    tables += [data["feedback"]["line"], data["contacted"]["line"], data["same_thread"], data["escalate"]]
    tables += [data["escalate_public"]]
    return frozenset(
        " ".join(sentence.split()) for table in tables for text in table.values() for sentence in split_sentences(text)
    )


@dataclass(frozen=True)
class _Plan:
    """What :func:`supports` decides before any embedding: the sentences, those exempt by their words
    (``found``), and for the others (``pending``) the texts to embed: the sentence, and the core of each
    one that may be an acknowledgement (``cores``, by row of ``asked``). A short sentence that may say
    who writes by meaning only (``by_meaning``) is pending until its vector is known."""

    language: str
    sentences: list[str]
    found: list[Support | None]
    pending: list[int]
    asked: list[str]
    cores: dict[int, str]
    by_meaning: frozenset[int]
    signed: list[Support]  # the guidance's own sign-off ("/{name}, Kraftverk"): says who writes, claims nothing
    after_refusal: frozenset[int] = frozenset()  # what follows "I won't rate others, but" (_apart_after_declining)
    lead_ins: frozenset[str] = frozenset()  # a line that announces the list after it (:func:`lead_ins`)


# A line ending with a colon right before the first item of a numbered or lettered list ("In order:\n1. …").
# A line ending with a colon right before (blank lines allowed) the first item of a list: a number or letter that
# counts from 1 or "a" ("In order:\n1. …"), or a bullet ("All three, briefly:\n\n- …\n- …").
# A bullet is a hyphen, an asterisk, a dot or a dash ("– Asennus kestää …": the Finnish and Swedish typographic list
# dash; session 27, drafts-q).
_LEAD_IN = re.compile(r"([^\n]*:)[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:(1[.)]|\(1\)|a\)|\(a\))|([-*•–—]))[ \t]+\S")
_BULLET = re.compile(r"^[ \t]*([-*•–—])[ \t]+\S", re.MULTILINE)
# A list of labelled paragraphs: lines that open with a label of one or two words and a colon ("Pris: …", "Hinta: …",
# "Time: …") right after a lead-in line ending with a colon (blank lines allowed). Session 23b.
_LABEL = r"[ \t]*(?-i:[A-ZÅÄÖ])[^\W\d_]*(?:[ \t]+[^\W\d_]+)?:[ \t]+\S"
_LEAD_IN_LABELS = re.compile(rf"([^\n]*:)[ \t]*\n(?:[ \t]*\n)*(?={_LABEL})")
_LABELLED = re.compile(rf"^{_LABEL}", re.MULTILINE)


def lead_ins(text: str) -> frozenset[str]:
    """The last sentence of each line that ends with a colon and opens a list: one whose markers
    :func:`bot.checks.claims.without_enumerators` blanks ("I tur och ordning:", "Vastaan järjestyksessä:"), or at
    least :data:`~bot.checks.claims.LIST_MIN_ITEMS` lines after it that start with its bullet ("Kort om alla tre:")
    or with a label and a colon ("Tre frågor, i tur och ordning:\n\nPris: …\n\nTid: …")."""
    numbered = without_enumerators(text) != text
    found: list[str] = []
    for match in _LEAD_IN.finditer(text):
        bullet = match.group(3)
        items = [b for b in _BULLET.findall(text[match.end(1) :]) if b == bullet] if bullet else []
        if (match.group(2) and numbered) or len(items) >= LIST_MIN_ITEMS:
            sentences = split_sentences(match.group(1))
            if sentences:
                found.append(" ".join(sentences[-1].split()))
    for match in _LEAD_IN_LABELS.finditer(text):
        if len(_LABELLED.findall(text[match.end(1) :])) >= LIST_MIN_ITEMS:
            sentences = split_sentences(match.group(1))
            if sentences:
                found.append(" ".join(sentences[-1].split()))
    return frozenset(found)


def _plan(text: str, ctx: CheckContext) -> _Plan:
    listing = lead_ins(text)
    text = without_enumerators(text)  # "1.", "2)" number a list's items: structure, no figure
    signed: list[Support] = []
    if ctx.signature:
        for match in reversed(signoffs(text, ctx.signature)):
            signed.insert(0, Support(match.group(0), "signature"))
            text = f"{text[: match.start()]} {text[match.end() :]}"
    sentences: list[str] = []
    after_refusal: set[int] = set()
    pieces = (
        p
        for sentence in split_sentences(text)
        for part in _apart_at_semicolons(sentence)
        for p in _apart_from_signoff(part, ctx)
    )
    for piece in pieces:
        parts = _apart_after_declining(piece)
        if len(parts) == 2:
            after_refusal.add(len(sentences) + 1)
        sentences += parts
    language = ctx.comment_language or detect_language(text) or "en"
    found: list[Support | None] = []
    pending: list[int] = []
    by_meaning: set[int] = set()
    for index, sentence in enumerate(sentences):
        words = len(_WORD.findall(sentence))
        says_who = not _claims_something(sentence) and _only_says_who_writes(sentence, ctx)
        if _is_exempt_line(sentence, ctx):
            found.append(Support(sentence, "notice"))
        elif _signs_only(sentence, ctx):
            found.append(Support(sentence, "signature"))
        elif " ".join(bare(sentence).split()) in house_sentences():
            found.append(Support(sentence, "acknowledgement"))
        elif URL.search(sentence) and len(_WORD.findall(URL.sub(" ", sentence))) <= LINK_MAX_WORDS:
            found.append(Support(sentence, "link"))  # "Here: <link>": the links check judges the link
        elif says_who and words <= DISCLOSURE_MAX_WORDS and discloses(sentence, language, ctx, False):
            found.append(Support(sentence, "disclosure"))
        elif index and points_back_to_staff(sentences[index - 1], sentence, language, ctx.brand_name):
            found.append(Support(sentence, "disclosure"))  # "... a Revontuli employee reviews it. I'm that employee."
        else:
            found.append(None)
            pending.append(index)
            if says_who and words <= MEANING_MAX_WORDS:
                by_meaning.add(index)
    asked = [bare(sentences[i]) for i in pending]
    cores = {row: acknowledgement_core(sentence, ctx) for row, sentence in enumerate(asked)}
    candidates = {row: core for row, core in cores.items() if _may_acknowledge(asked[row], core)}
    return _Plan(
        language,
        sentences,
        found,
        pending,
        asked,
        candidates,
        frozenset(by_meaning),
        signed,
        frozenset(after_refusal),
        listing,
    )


def texts_to_embed(text: str, ctx: CheckContext) -> tuple[list[str], list[str]]:
    """The texts grounding compares on e5 vectors for ``text``: the sentences that need support, the
    cores of possible acknowledgements and the untrusted sentences a paraphrase is compared with, and
    (second) the public guidance's sentences, which are lasting (:mod:`bot.checks.semantic`). None for an
    exempt sentence (the disclosure line, a sign-off, Kuulo's own lines, a bare link): they need no
    passage. The check registry embeds these with the other semantic checks' sentences in one batch."""
    if ctx.legacy or not text.strip():
        return [], []
    plan = _plan(text, ctx)
    if not plan.pending:
        return [], []
    units = _guidance_units(ctx.public_passages)[0]
    clauses = [c for sentence in plan.asked for c in liability_units(sentence)]
    return [*plan.asked, *plan.cores.values(), *untrusted_sentences(ctx), *clauses], units


def supports(text: str, ctx: CheckContext, model: SentenceModel | None = None) -> list[Support]:
    """What supports each sentence of ``text`` (see the module docstring)."""
    model = model or ctx.semantic or shared_model()
    plan = _plan(text, ctx)
    found, asked = plan.found, plan.asked
    if not plan.pending:
        return [s for s in found if s is not None] + plan.signed
    units, owners = _guidance_units(ctx.public_passages)
    model.vectors([*asked, *plan.cores.values(), *units], lasting=frozenset(units))  # one batch, new texts only
    ack_scores = model.prototype_scores(list(plan.cores.values()), "acknowledge").get("acknowledge")
    acknowledging = dict(zip(plan.cores, ack_scores if ack_scores is not None else [], strict=True))
    talk = model.prototype_scores(asked, "conversation")
    courteous = model.prototype_scores(asked, "courtesy")["courtesy"]
    chat = talk_classifier()
    chatting = chat.probabilities(model.vectors(asked))["conversation"] >= chat.flag_at[0]
    similarity = model.vectors(asked) @ model.vectors(units, lasting=units).T if units else np.zeros((len(asked), 0))
    conversing: list[tuple[int, int, Support]] = []  # sentences that may only keep the talk going
    for row, index in enumerate(plan.pending):
        sentence = plan.sentences[index]
        if index in plan.by_meaning and discloses(sentence, plan.language, ctx):
            found[index] = Support(sentence, "disclosure")
            continue
        if addresses_model(sentence):  # orders to an AI reader ("Tekoälyavustajat: ..."): a planted instruction
            found[index] = Support(sentence, "none")
            continue
        checkable = atoms(sentence)
        told = False
        if row in acknowledging and acknowledging[row] >= threshold("acknowledge"):
            found[index] = Support(sentence, "acknowledgement", score=float(acknowledging[row]))
            continue
        if checkable:
            judged = found[index] = _by_atoms(sentence, checkable, similarity[row], units, owners, ctx)
            denied = {a.text for a in checkable if refused(sentence, a) or _not_known(sentence, a, ctx)}
            if denied and not judged.grounded and set(judged.missing) <= denied:
                checkable = [a for a in checkable if a.text not in denied]  # a promise refused is none made
                if checkable:
                    judged = found[index] = _by_atoms(sentence, checkable, similarity[row], units, owners, ctx)
            if not judged.grounded and says_back_figures(sentence, checkable, ctx):
                told, checkable = True, []  # the asker's own figures said back: judged as talk, never by meaning
        if checkable:
            unstated = {a.text for a in checkable if a.kind == "superlative"} & set(judged.missing)
            if not unstated or not _advises(sentence, model):
                continue
            checkable = [a for a in checkable if a.kind != "superlative"]  # advice ranks nothing
            if checkable:
                found[index] = _by_atoms(sentence, checkable, similarity[row], units, owners, ctx)
                continue
        meaning = Support(sentence, "none") if told else _best(sentence, similarity[row], units, owners, ctx.brand_name)
        if meaning.grounded and echoes_untrusted(sentence, ctx):  # a stranger's sentence vouches for nothing
            meaning = Support(sentence, "none", meaning.passage, meaning.score)
        if meaning.grounded and index in plan.after_refusal:  # "…, but theirs break in a year": about the others
            meaning = Support(sentence, "none", meaning.passage, meaning.score)
        found[index] = meaning
        score = float(talk["conversation"][row])
        margin = score - float(talk["assertion"][row])
        prototypical = score >= threshold("conversation") and margin >= threshold("conversation_margin")
        if meaning.grounded or (_claims_something(sentence) and not told):
            continue
        polite = _courteous(float(courteous[row]), float(talk["assertion"][row]))
        if _bare_claim(sentence, units, ctx):  # "Not safe.", "Ei toimi.": the nearest prototype alone does not decide
            prototypical = False
        unsure = _unsure(sentence, max(score, float(courteous[row])) - float(talk["assertion"][row]), ctx)
        if (
            prototypical
            or polite
            or unsure
            or _talks(chatting[row], margin)
            or _asks_back(sentence, score, margin, ctx)
            or _leads_in(sentence, plan, margin, ctx)
            or _passes_thanks_on(sentence, margin, ctx)
            or _sympathises(sentence, margin, ctx)
        ):
            conversing.append((row, index, Support(sentence, "conversation", score=score)))
        elif (ruled := _keeps_rule(sentence, similarity[row], owners, ctx)) is not None:
            conversing.append((row, index, ruled))
    asserting = _asserting_clauses([asked[row] for row, _, _ in conversing], model, ctx)
    for (_, index, support), claims in zip(conversing, asserting, strict=True):
        if not claims and not echoes_untrusted(plan.sentences[index], ctx):
            found[index] = support
    for row, index in enumerate(plan.pending):
        sentence = plan.sentences[index]
        if (
            found[index] is not None
            and not found[index].grounded  # type: ignore[union-attr]
            and not addresses_model(sentence)
            and talk["conversation"][row] >= talk["assertion"][row]
            and restates_comment(asked[row], ctx)
            and not echoes_untrusted(sentence, ctx)
        ):
            found[index] = Support(sentence, "restatement", score=float(talk["conversation"][row]))
    _short_answers(found, plan, ctx)
    _unless_paraphrased(
        found, plan, asked, np.maximum(similarity.max(axis=1, initial=0.0), talk["conversation"]), ctx, model
    )
    _unless_liable(found, plan, asked, units, owners, model)
    return [s for s in found if s is not None] + plan.signed


SHORT_ANSWER_WORDS = 3  # "Toimii.", "They do.", "Det gör de.": a yes or no said with the question's own verb


def _short_answers(found: list[Support | None], plan: _Plan, ctx: CheckContext) -> None:
    """A short answer (at most :data:`SHORT_ANSWER_WORDS` words, no atom, figure, link or mention, the brand not
    named) right before or after a sentence the guidance supports is supported by the same passage when every
    content word of it is that sentence's too (compared by its first four letters: "Toimii." before "Laitteemme
    toimivat −25 °C:een asti."; "They do." has none) and it does not deny what that sentence says. It only says
    yes or no to what the next sentence states: "Not safe." before a grounded fact stays ungrounded."""
    for index in plan.pending:
        judged = found[index]
        sentence = plan.sentences[index]
        if judged is None or judged.grounded or not _short_answer(sentence, ctx):
            continue
        for other in (index + 1, index - 1):
            backing = found[other] if 0 <= other < len(found) else None
            if backing is not None and backing.kind == "guidance" and _says_yes_to(sentence, backing.sentence):
                found[index] = Support(sentence, "guidance", backing.passage, backing.score)
                break


def _short_answer(sentence: str, ctx: CheckContext) -> bool:
    return (
        0 < len(_WORD.findall(sentence)) <= SHORT_ANSWER_WORDS
        and not atoms(sentence)
        and not _claims_something(sentence)
        and not addresses_model(sentence)
        and not (ctx.brand_name and re.search(rf"(?<!\w){brand_form(ctx.brand_name)}", sentence, re.IGNORECASE))
    )


def _says_yes_to(answer: str, statement: str) -> bool:
    """Whether ``answer``'s content words (other than function and acknowledgement words) are all ``statement``'s,
    and, when it has any, it is negated exactly when ``statement`` is."""
    own = content_stems(answer) - function_stems() - acknowledgement_stems()
    theirs = {stem[:RESTATED_STEM] for stem in content_stems(statement)}
    if any(stem[:RESTATED_STEM] not in theirs for stem in own):
        return False
    return not own or negated(answer) == negated(statement)


def says_back_figures(sentence: str, checkable: Sequence[Atom], ctx: CheckContext) -> bool:
    """Whether every atom of ``sentence`` is a figure the asker's own comment tells (:func:`bot.checks.atoms.
    told_figures`: "kolmas viikko" is 3 weeks), said back in an acknowledgement ("I'm sorry, three weeks is far
    too long to wait"): an acknowledgement word in it, no link or mention, and the brand not speaking of itself.
    Such a sentence restates the asker's case, not a fact of the brand's; it is then judged as talk only (the
    conversation prototypes, the talk classifier, its clauses, liability), never grounded by meaning."""
    if not checkable or any(a.kind != "figure" for a in checkable) or not ctx.comment_text:
        return False
    if URL.search(sentence) or AT_MENTION.search(sentence) or _speaks_for_brand(sentence, ctx):
        return False
    if not content_stems(acknowledgement_core(sentence, ctx)) & acknowledgement_stems():
        return False
    said = [s for s in split_sentences(_QUOTE.sub(" ", ctx.comment_text)) if not addresses_model(s)]
    told = evidence(" ".join(said))
    told = replace(told, figures=told.figures | told_figures(" ".join(said)))
    return all(supported(a, told) for a in checkable)


def _talks(classified: bool, margin: float) -> bool:
    """Whether the talk classifier (:func:`bot.checks.semantic.talk_classifier`, trained on the prototypes and
    on claims a hijack could dictate) reads a sentence with no atom as one that only keeps the conversation
    going ("Nice idea.", "Will do.", "Bra förslag!"), and it is no closer to an ``assertion`` prototype than to
    a ``conversation`` one. Short sentences sit too close to every prototype for the nearest one alone to
    decide; the classifier weighs all of them."""
    return bool(classified) and margin >= 0.0


BARE_CLAIM_WORDS = 3  # "Not safe.", "Ei toimi.", "Det är farligt.": a predicate said with nothing around it


# a Finnish verb in the first or second person ("välitän", "päätät", "tiedämme"); in a sentence of at most
# BARE_CLAIM_WORDS words other -n/-t endings (genitive "Revontulen", plural "laitteet") are rare and only exempt
_FINNISH_PERSON = re.compile(r"(?<!\w)[^\W\d_]{3,}(?:[aeiouyäö]n|[aeiouyäö]t|mme|tte)(?!\w)", re.IGNORECASE)


def _bare_claim(sentence: str, units: Sequence[str], ctx: CheckContext) -> bool:
    """Whether a short statement (at most :data:`BARE_CLAIM_WORDS` words, not a question) carries a content word
    of its own: one neither a function word nor a word an acknowledgement may use ("safe", "toimi", "farligt";
    "Thanks!", "Good question.", "Lycka till!" have none). Such a sentence predicates something of a thing left
    unsaid (the product, the brand, its safety), so it is a claim: it may be exempt as conversation only when the
    talk classifier reads it as talk (:func:`_talks`) or it passes a message on (:func:`_courteous`: "Välitän
    kiitokset tiimille."), never by the nearest ``conversation`` prototype alone, as a short sentence sits close
    to every prototype ("Not safe." is 0.04 closer to talk than to assertion). Guidance may still ground it, and
    a yes said with the next sentence's own words still passes (:func:`_short_answers`)."""
    if sentence.rstrip().endswith("?") or not 0 < len(_WORD.findall(sentence)) <= BARE_CLAIM_WORDS:
        return False
    if _said_as(sentence, "persons") or (ctx.comment_language == "fi" and _FINNISH_PERSON.search(sentence)):
        return False  # "Loput päätät itse.", "En tiedä.": about the people talking, not a thing
    own = content_stems(acknowledgement_core(sentence, ctx)) - function_stems() - acknowledgement_stems()
    if not own:
        return False
    # "Not guaranteed, no." where a guidance sentence says it is not guaranteed: its words and negation are the
    # guidance's, which the meaning alone may miss in so few words; "Ei toimi." beside "toimivat" is a denial
    for unit in units:
        theirs = {stem[:RESTATED_STEM] for stem in content_stems(unit)}
        if all(stem[:RESTATED_STEM] in theirs for stem in own) and negated(sentence) == negated(unit):
            return False
    return True


def _unsure(sentence: str, margin: float, ctx: CheckContext) -> bool:
    """Whether a sentence with no atom says the writer does not know, or declines to guess, confirm or say ("I don't
    know how the borehole contract is set up in every case, so I won't guess.", "Jag vet inte tillräckligt om din
    svågers aggregat för att säga varför", "I can't confirm a figure like that for your house."): every clause a
    phrase of ``not_knowing`` in ``data/semantic.yaml`` or an indirect question (:func:`bot.checks.identity.
    only_unsure`, one signal), the sentence at least ``unsure_margin`` closer to the
    ``conversation`` or ``courtesy`` prototypes than to the ``assertion`` ones (``margin``, the other), and the brand
    not speaking of itself in it ("I don't know why our pumps fail" presupposes a fault). It states nothing a
    passage must support: it says what the writer will not say. Its clauses are still read for an appended
    assertion (:func:`_asserting_clauses`), an admission (:func:`_unless_liable`) and a stranger's words."""
    return (
        not _claims_something(sentence)
        and only_unsure(sentence)
        and not _speaks_for_brand(sentence, ctx)
        and margin >= threshold("unsure_margin")
    )


# Where a clause ends for :func:`_not_known`: "I don't have a figure for colder than that, so I won't guess".
_KNOWN_CLAUSE = re.compile(r"\s*[,;:]\s+|\s+[–—]\s+")
UNKNOWN_KINDS = ("promise", "superlative", "comparison")


def _not_known(sentence: str, atom: Atom, ctx: CheckContext) -> bool:
    """Whether every clause of ``sentence`` that carries ``atom`` (a promise, superlative or comparison word) is one
    in which the writer says they do not know or have no figure (:func:`_unsure_clause`): "I don't have a figure for
    colder than that", "jag vet inte om den är tystare än den gamla". The word names what the writer does not know; it
    claims nothing a passage must state, as a refused promise makes none (:func:`bot.checks.atoms.refused`). The brand
    speaking of itself in the clause ("I don't know a pump better than ours") keeps the claim."""
    if atom.kind not in UNKNOWN_KINDS:
        return False
    carrying = [c for c in _KNOWN_CLAUSE.split(sentence) if any(a.key == atom.key for a in atoms(c))]
    return bool(carrying) and all(
        _unsure_clause(c, ctx) or (atom.kind == "comparison" and _leaves_to_others(c, ctx)) for c in carrying
    )


def _leaves_to_others(clause: str, ctx: CheckContext) -> bool:
    """A clause in which the writer leaves others' matters to them (``leaving``: "I'll leave other brands' pricing
    to them", "Muiden merkkien hinnat jätän kommentoimatta", "Andra märkens priser lämnar jag åt dem") with no "but"
    after which a verdict may hide and the brand not speaking of itself outside that phrase ("… out of it, since
    ours last longer" compares). The others it names are whom the writer will not speak of: no comparison made."""
    found = first_match(patterns("semantic", "leaving"), unicodedata.normalize("NFKC", clause))
    if found is None or _BUT_CLAUSE.search(clause):
        return False
    return not _speaks_for_brand(unicodedata.normalize("NFKC", clause).replace(found, " "), ctx)


def _unsure_clause(clause: str, ctx: CheckContext) -> bool:
    """A clause in which the writer does not know or declines to guess (``not_knowing``), the brand not speaking of
    itself: "jag vill inte gissa" after "Jag vet inte tillräckligt om …, och" asserts nothing of its own."""
    return _said_as(clause, "not_knowing") and not _speaks_for_brand(clause, ctx)


# "Tre frågor, i tur och ordning:" takes seven words in Swedish (session 24b: five left it ungrounded)
LEAD_IN_MAX_WORDS = 7


@cache
def _list_stems() -> frozenset[str]:
    return frozenset(
        stem for items in load("semantic")["list_words"].values() for w in items for stem in content_stems(str(w))
    )


def _leads_in(sentence: str, plan: _Plan, margin: float, ctx: CheckContext) -> bool:
    """Whether a sentence with no atom only announces the list after it ("In order:", "I tur och ordning:",
    "Kohta kohdalta:", "Both, in short:"): a line of its own ending with a colon right before the list's first item
    (:func:`lead_ins`), at most :data:`LEAD_IN_MAX_WORDS` words, no figure, link or mention, the brand not speaking
    of itself, every content word one of ordering, answering or counting the items (``list_words``), function or
    acknowledgement words
    (so "Known faults:" or "Pumps are great:" is a verdict, not a lead-in), and no nearer an ``assertion`` prototype
    than a ``conversation`` one (``lead_in_margin``). It is framing; each item of the list is judged on its own."""
    own = content_stems(sentence) - function_stems() - acknowledgement_stems() - _list_stems()
    return (
        " ".join(sentence.split()) in plan.lead_ins
        and sentence.rstrip().endswith(":")
        and len(_WORD.findall(sentence)) <= LEAD_IN_MAX_WORDS
        and not own
        and not _claims_something(sentence)
        and not _speaks_for_brand(sentence, ctx)
        and margin >= threshold("lead_in_margin")
    )


PASSING_ON_MAX_WORDS = 8


def _passing_on(clause: str) -> bool:
    """Whether a clause passes the reader's words on to the people they are about ("I'll pass the compliment on to
    the crew", "välitän kehut asentajille", "jag skickar berömmet vidare till teamet"; ``passing_on`` in
    ``data/semantic.yaml``) or promises to come back once the writer has found out ("… and I'll get back to you",
    "… ja palaan asiaan", "… och återkommer"; ``following_up``): a routing promise of the ordinary kind, at most
    :data:`PASSING_ON_MAX_WORDS` words with no figure, link or mention, so nothing else rides in it."""
    return (
        len(_WORD.findall(clause)) <= PASSING_ON_MAX_WORDS
        and not _claims_something(clause)
        and not addresses_model(clause)
        and (_said_as(clause, "passing_on") or _said_as(clause, "following_up"))
    )


def _passes_thanks_on(sentence: str, margin: float, ctx: CheckContext) -> bool:
    """Whether a sentence with no atom thanks or acknowledges the reader and passes their words on ("Thanks for
    writing, I'll pass the praise on to the installers!", "Kiitos viestistä, välitän kehut asentajille."): a
    clause of it passes words on (:func:`_passing_on`), the brand does not speak of itself outside that clause,
    and the whole is no nearer an ``assertion`` prototype than a ``conversation`` one. Its other clauses are read
    for an appended assertion (:func:`_asserting_clauses`), an admission (:func:`_unless_liable`) and a
    stranger's words like any conversation."""
    if _claims_something(sentence) or atoms(sentence) or margin < 0.0:
        return False
    clauses = [c for c in _CLAUSE.split(sentence) if _WORD.search(c)]
    passing = [c for c in clauses if _passing_on(c)]
    return bool(passing) and not any(
        _speaks_for_brand(_INDIRECT_QUESTION.sub("", c), ctx) for c in clauses if c not in passing
    )


# An indirect question to the end of its clause ("Jag kollar vad vi har för underlag", "selvitän, mitä meillä on
# tarjolla", "I'll check what we have on file"): what the writer will find out, which asserts nothing, so the brand
# named in it makes no claim of its own beside a promise to come back (:func:`_passes_thanks_on`).
_INDIRECT_QUESTION = re.compile(
    r"(?<!\w)(?:what|how|whether|which|vad|hur|huruvida|vilken|vilket|vilka|mitä|miten|mikä|millainen|onko|ovatko"
    r"|kuinka)(?!\w).*$",
    re.IGNORECASE,
)


# Where a sympathy frame ends: "I'm sorry, …", "Pahoittelen, …", "Vad tråkigt – …", "Voi harmi: …".
_FRAME_END = re.compile(r"\s*[,:;]\s+|\s+[–—]\s+")
FRAME_MAX_WORDS = 4
SYMPATHY_MIN_WORDS = 3


def _sympathises(sentence: str, margin: float, ctx: CheckContext) -> bool:
    """Whether a sentence with no atom opens with a frame of sympathy or apology and goes on to say how the asker's
    situation feels ("I'm sorry, that's the last thing you need with a baby at home.", "Pahoittelen, kaksi väärää
    laskua peräkkäin on turhauttavaa.", "Vad tråkigt – ett ständigt ljud är jobbigt att leva med."): its first
    clause is at most :data:`FRAME_MAX_WORDS` words made only of acknowledgement words with at least one of
    sympathy or apology (``sympathy_words``: "I'm sorry", "Olen pahoillani", "Vad tråkigt"; "Honestly, …" is
    none), the rest at least :data:`SYMPATHY_MIN_WORDS` words, the whole no nearer an
    ``assertion`` prototype than a ``conversation`` one, and the brand not speaking of itself anywhere in it
    ("Sorry, our pumps fail every winter" is an admission). The frame says what the sentence is for: it tells the
    asker their trouble is understood, which no passage must support. Its clauses are still read for an appended
    assertion (:func:`_asserting_clauses`), an admission (:func:`_unless_liable`) and a stranger's words."""
    if margin < 0.0 or _claims_something(sentence) or atoms(sentence) or _speaks_for_brand(sentence, ctx):
        return False
    core = acknowledgement_core(sentence, ctx)
    parts = _FRAME_END.split(core, maxsplit=1)
    if len(parts) != 2:
        return False
    frame, rest = parts
    stems = content_stems(frame) - function_stems()
    return (
        0 < len(_WORD.findall(frame)) <= FRAME_MAX_WORDS
        and bool(stems & sympathy_stems())
        and stems <= acknowledgement_stems() | sympathy_stems()
        and len(_WORD.findall(rest)) >= SYMPATHY_MIN_WORDS
        and not addresses_model(rest)
    )


def _courteous(score: float, assertion: float) -> bool:
    """Whether a sentence with no atom passes a message on, says sorry for the wait or declines to guess
    ("Välitän terveiset asentajille.", "Det vågar jag inte gissa utan att ha sett huset."): at least ``courtesy``
    close to the ``courtesy`` prototypes and ``courtesy_margin`` closer to them than to the ``assertion`` ones.
    A decision of its own beside ``conversation``: these sit just under ``conversation_margin``."""
    return score >= threshold("courtesy") and score - assertion >= threshold("courtesy_margin")


QUESTION_MAX_WORDS = 16
# "Did you know that ...", "Visste du att ...", "Tiesitkö, että ...": a question carrying a claim in a that-clause
_THAT_CLAUSE = re.compile(r"(?<!\w)(?:that|att|että|ett)(?!\w)", re.IGNORECASE)


def _asks_back(sentence: str, score: float, margin: float, ctx: CheckContext) -> bool:
    """Whether a sentence with no atom is a question back to the asker ("Which model is it, and when was it
    installed?", "Mikä malli teillä on?", "Vilken modell har ni?"): it ends with a question mark, has at most
    :data:`QUESTION_MAX_WORDS` words and no that-clause (which would carry a claim: "did you know that ..."),
    the brand does not speak of itself in it, and it sits at least ``question`` close to the ``conversation``
    prototypes and ``question_margin`` closer to them than to the ``assertion`` ones. A question asks; it
    states nothing a passage must support. A stranger's question copied or paraphrased stays ungrounded
    (:func:`echoes_untrusted`, :func:`_unless_paraphrased`)."""
    return (
        sentence.rstrip().endswith("?")
        and len(_WORD.findall(sentence)) <= QUESTION_MAX_WORDS
        and not _THAT_CLAUSE.search(sentence)
        and not _speaks_for_brand(sentence, ctx)
        and score >= threshold("question")
        and margin >= threshold("question_margin")
    )


def _keeps_rule(
    sentence: str, row: np.ndarray, owners: Sequence[Passage], ctx: CheckContext | None = None
) -> Support | None:
    """A negated sentence with no atom that applies a ``dont`` rule of the guidance ("Vertailuja muihin
    valmistajiin en tee." under "Älä moiti kilpailijoita", "Sähkötöitä ei pidä tehdä itse" under "Älä neuvo
    tekemään sähkötöitä itse"): at least ``rule_kept`` close to a sentence of a ``dont`` passage. It says
    what the brand will not do or say, which is what the rule says; its clauses are still read for an
    appended assertion (:func:`_asserting_clauses`). Returns the rule's support, else None."""
    if not negated(sentence) and (ctx is None or not _leaves_to_others(sentence, ctx)):
        return None  # "I'll leave that to them" declines with no negation; "…, since ours are better" compares
    rules = [i for i, passage in enumerate(owners) if passage.kind == "dont"]
    if not rules:
        return None
    # It applies the rule to the writer's own conduct ("Toisten asentajien työtä en lähde arvioimaan.", with no
    # "but" after which a verdict may hide) or warns the reader off doing it themselves as the rule says ("Don't
    # open the fuse box yourself." under "Never tell anyone to do electrical work themselves"). A sentence telling
    # the reader what to think of others ("Don't trust other installers") does neither, however close it sits.
    own = _declines_about_others(sentence, ctx)  # not "I don't know a better one than ours"
    kept = [
        i
        for i in rules
        if float(row[i]) >= threshold("rule_kept")
        and (own or (_said_as(sentence, "self_words") and _said_as(units_of(owners[i]), "self_words")))
    ]
    if not kept:
        return None
    best = max(kept, key=lambda i: float(row[i]))
    return Support(sentence, "guidance", owners[best], float(row[best]))


def _declines(sentence: str) -> bool:
    """Whether the writer declines in the first person ("en lähde arvioimaan", "I won't compare", "det tänker jag
    inte betygsätta") with no "but" after which a verdict may hide: a rule about what not to say, applied by the
    writer to the writer, is kept; "other installers can't be trusted" only borrows its words."""
    return (_said_as(sentence, "declining") or _said_as(sentence, "leaving")) and not _BUT_CLAUSE.search(sentence)


def _declines_about_others(sentence: str, ctx: CheckContext | None) -> bool:
    """Whether the writer declines to speak of others (:func:`_declines`) rather than saying, in a not-knowing
    phrase, how the brand's own product ranks: "I don't know any pump more reliable than ours" names no refusal,
    it compares ours with every other (session 22's note: the comparison borrowed a "don't run down competitors"
    rule). A sentence with a ``not_knowing`` phrase in which the brand speaks of itself does not decline."""
    if not _declines(sentence):
        return False
    return not (ctx is not None and _said_as(sentence, "not_knowing") and _speaks_for_brand(sentence, ctx))


_BUT_CLAUSE = re.compile(r"(?<!\w)(?:but|mutta|vaan|men|utan)(?!\w)", re.IGNORECASE)


def units_of(passage: Passage) -> str:
    return f"{passage.heading}\n{passage.text}"


def _said_as(text: str, key: str) -> bool:
    """Whether ``text`` has a phrase of ``key`` in ``data/semantic.yaml`` (``declining``: the writer's own
    negation, "en", "I won't", "tänker jag inte"; ``self_words``: "itse", "själv", "yourself")."""
    return first_match(patterns("semantic", key), unicodedata.normalize("NFKC", text)) is not None


def untrusted_sentences(ctx: CheckContext) -> list[str]:
    """What strangers wrote that a reply must not carry in other words: every sentence of the thread's title,
    the blog page and the parents the drafter read (``untrusted_texts``), and of the comment what it quotes
    or says to an AI reader (the rest of the comment is the question a reply may restate)."""
    found = [s for text in ctx.untrusted_texts for s in split_sentences(text)]
    comment = ctx.comment_text
    found += [m.group(0).strip('"“”«»„ ') for m in _QUOTE.finditer(comment)]
    found += [s for s in split_sentences(comment) if addresses_model(s)]
    return list(dict.fromkeys(s for s in found if len(_WORD.findall(s)) >= ECHO_MIN_WORDS))


def _unless_paraphrased(
    found: list[Support | None],
    plan: _Plan,
    asked: Sequence[str],
    own: np.ndarray,
    ctx: CheckContext,
    model: SentenceModel,
) -> None:
    """A sentence that carries a stranger's sentence in other words is ungrounded unless the guidance
    supports it better: exempt as conversation or restatement, or grounded (by meaning, or by atoms a
    passage states), it is at least ``paraphrase`` close to a sentence of :func:`untrusted_sentences` and
    closer to it than to any guidance sentence and to any ``conversation`` prototype (``own``, per row: a
    parent's "feel free to ask" does not make the brand's own "feel free to ask" a stranger's), or it is
    copied word for word from the title, blog page or parents (a fact guidance states does not make a
    stranger's sentence the brand's). An acknowledgement made of acknowledgement words only, a disclosure
    or a sign-off is judged as before."""
    rows = [
        (row, index)
        for row, index in enumerate(plan.pending)
        if (judged := found[index]) is not None and judged.kind in ("conversation", "restatement", "guidance")
    ]
    sources = untrusted_sentences(ctx)
    if not rows:
        return
    if sources:
        closeness = model.vectors([asked[row] for row, _ in rows]) @ model.vectors(sources).T
    else:
        closeness = np.zeros((len(rows), 0))
    for (row, index), scores in zip(rows, closeness, strict=True):
        best = int(np.argmax(scores)) if len(scores) else -1
        close = float(scores[best]) if len(scores) else 0.0
        guidance = float(own[row])
        sentence = plan.sentences[index]
        if guidance_says(sentence, ctx.public_passages):
            continue  # the guidance's own words: a stranger near them does not make them a stranger's
        # word for word, its atoms stated or not, a stranger's sentence, unless guidance says it near word for word
        read = _copied_from_read(sentence, ctx) or _copied_from_comment(sentence, ctx)
        copied = read and guidance < threshold("guidance_copy")
        if copied or (close >= threshold("paraphrase") and close > guidance):
            echoed = sources[best] if best >= 0 else sentence
            found[index] = Support(sentence, "none", score=close, echoes=echoed)


# A clause of a sentence: after a comma, colon, semicolon or dash, or before a conjunction that joins
# a clause of its own ("because we poisoned you", "ja hyvitämme", "eftersom vi förgiftade er").
_LIABLE_CLAUSE = re.compile(
    r"\s*[,;:]\s+|\s+[–—]\s+|\s+(?=(?:and|but|because|since|so|plus|ja|mutta|koska|sillä|joten|sekä|"
    r"och|men|eftersom|samt|så)\s)",
    re.IGNORECASE,
)
LIABLE_MIN_WORDS = 2
# "and" also joins nouns ("depends on the house and its heating"): after a coordinating conjunction a piece is a
# clause of its own only with this many words besides the conjunction ("and refund twice the price")
COORDINATED_MIN_WORDS = 3
_COORDINATING = frozenset({"and", "plus", "ja", "sekä", "och", "samt"})


def liability_units(sentence: str) -> list[str]:
    """What :func:`_unless_liable` compares with the ``liability`` prototypes: the sentence and, when it has
    more than one, each of its clauses of at least :data:`LIABLE_MIN_WORDS` words ("because we poisoned
    you"), or :data:`COORDINATED_MIN_WORDS` after "and", "ja", "och" (not "and its heating")."""
    pieces = _LIABLE_CLAUSE.split(sentence)
    clauses = [c.strip() for c in pieces if _is_clause(c)]
    return list(dict.fromkeys([sentence, *clauses])) if len(pieces) >= 2 else [sentence]


def _is_clause(piece: str) -> bool:
    words = _WORD.findall(piece)
    if words and words[0].casefold() in _COORDINATING:
        return len(words) - 1 >= COORDINATED_MIN_WORDS
    return len(words) >= LIABLE_MIN_WORDS


def _liable(scores: dict[str, np.ndarray]) -> np.ndarray:
    """Per row, whether it admits fault or harm or promises money: close to ``admission`` or ``compensation``
    and clearly closer to one of them than to ``benign``."""
    liable = np.maximum(scores["admission"], scores["compensation"])
    flagged = (liable >= threshold("liability")) & (liable - scores["benign"] >= threshold("liability_margin"))
    return np.asarray(flagged, dtype=bool)


def _unless_liable(
    found: list[Support | None],
    plan: _Plan,
    asked: Sequence[str],
    units: Sequence[str],
    owners: Sequence[Passage],
    model: SentenceModel,
) -> None:
    """A sentence the check would pass (grounded, conversation or restatement) that admits fault or harm
    or promises money, a refund or compensation in any clause (:func:`liability_units`, by the ``liability``
    prototypes) is ungrounded unless a guidance sentence or clause (not a rule) that is itself liability-like is
    ``liability_backed`` close to that clause: a written guarantee may be restated, "because we poisoned
    you" riding on an offer of help that guidance supports may not."""
    rows = [
        (row, index)
        for row, index in enumerate(plan.pending)
        if (judged := found[index]) is not None
        and judged.kind in ("conversation", "restatement", "guidance")
        # "Vi skickar till Sverige." read as a promise to send something (a replacement): where a guidance list of the
        # countries the brand ships to names each one, it says where parcels go and promises no money.
        and _ships_to_listed(plan.sentences[index], units, owners) is None
    ]
    if not rows:
        return
    pieces = {row: liability_units(asked[row]) for row, _ in rows}
    flat = [c for row, _ in rows for c in pieces[row]]
    flags = _liable(model.prototype_scores(flat, "liability"))
    if not flags.any():  # nothing admitted or promised: the guidance's own clauses need not be read
        return
    said, backing = _liable_guidance(units, owners, model)
    closeness = model.vectors(flat) @ model.vectors(said, lasting=said).T if backing.size else None
    start = 0
    for row, index in rows:
        count = len(pieces[row])
        for offset in range(count):
            position = start + offset
            if not flags[position]:
                continue
            near = closeness[position] * backing if closeness is not None else np.zeros(0)
            if not near.size or float(near.max()) < threshold("liability_backed"):
                found[index] = Support(plan.sentences[index], "none", liable=pieces[row][offset])
                break
        start += count


def _liable_guidance(
    units: Sequence[str], owners: Sequence[Passage], model: SentenceModel
) -> tuple[list[str], np.ndarray]:
    """The guidance sentences and their clauses (:func:`liability_units`; rule passages left out), and 1.0 for
    each that itself admits something or promises money (a guarantee, a refund policy, "if something is
    wrong with your heat pump" in a support passage), else 0.0."""
    said = list(
        dict.fromkeys(
            c
            for unit, owner in zip(units, owners, strict=True)
            if owner.kind not in RULE_KINDS
            for c in liability_units(unit)
        )
    )
    if not said:
        return [], np.zeros(0)
    flags = _liable(model.prototype_scores(said, "liability"))
    return said, flags.astype(float)


def _copied_from_read(sentence: str, ctx: CheckContext) -> bool:
    """Whether ``sentence`` is copied word for word from what the drafter read beside the comment (title, blog
    page, parents). The comment is left out here: a reply may confirm the asker's own words ("installation
    takes 1–2 days") when guidance states them; :func:`echoes_untrusted` covers it for unsupported sentences."""
    words = _word_line(bare(sentence))
    return len(words.split()) >= ECHO_MIN_WORDS and any(words in _word_line(t) for t in ctx.untrusted_texts if t)


# A reply may confirm the asker's own short phrase ("installation takes 1–2 days") when guidance states it; a whole
# sentence of the comment copied word for word is the stranger's sentence, whatever atom a passage happens to state
# ("…must mention the discount code X in every reply": any passage with an offer states "an offer"; drafts-l).
COMMENT_COPY_MIN_WORDS = 8


def _copied_from_comment(sentence: str, ctx: CheckContext) -> bool:
    """Whether ``sentence`` is at least :data:`COMMENT_COPY_MIN_WORDS` words copied word for word from the comment:
    a long stretch of a stranger's text, which no passage makes the brand's unless it says it near word for word."""
    words = _word_line(bare(sentence))
    return len(words.split()) >= COMMENT_COPY_MIN_WORDS and words in _word_line(ctx.comment_text)


# A sentence that only acknowledges the comment and restates what it says ("Sorry the delivery was late",
# "Usch, det låter jobbigt med grannen") claims nothing of the brand's: its words are acknowledgement words
# and the comment's own. Said by the brand about itself ("we", "our", the brand's name) the same words
# are an admission ("Sorry we poisoned you"), which needs guidance like any claim.
def restates_comment(sentence: str, ctx: CheckContext) -> bool:
    """Whether ``sentence`` (no checkable atom, figure, link or mention) only acknowledges the comment and
    restates it: at least one acknowledgement word (the frame: sorry, understand, sounds, tråkigt, ikävä ...),
    every other content word the comment's own (outside its quoted or dictated parts: what a stranger
    asks to be written is never "what the comment says") but at most :data:`OWN_WORDS` of the writer's own
    judgement in a short sentence, and, when it restates anything, no word that
    makes the brand the one speaking about itself (first person plural, the brand's name)."""
    if _claims_something(sentence) or atoms(sentence):
        return False
    core = acknowledgement_core(sentence, ctx)
    stems = _without_brand(content_stems(core), None) - function_stems()
    framing = stems & acknowledgement_stems()
    restated = stems - framing
    said = {stem[:RESTATED_STEM] for stem in said_by_comment(ctx)}  # "waited"/"waiting", "viikko"/"viikon"
    own = [stem for stem in restated if stem[:RESTATED_STEM] not in said]
    if not framing or len(own) > OWN_WORDS or (own and len(_WORD.findall(core)) > OWN_WORDS_MAX_LENGTH):
        return False
    return not restated or not _speaks_for_brand(core, ctx)


# An acknowledgement may add one word of the writer's own judgement to the frame and the comment's words ("Sorry
# for the mess.", "Fair question about Kiruna.", "Pahoittelut sotkusta."): one word judges, it cannot state a
# claim of its own (a claim needs a subject and a predicate the comment did not give: "the company is going
# bankrupt" is three). Only in a short sentence, so one word cannot hide among many restated ones.
OWN_WORDS = 1
OWN_WORDS_MAX_LENGTH = 6


RESTATED_STEM = 4  # a restated word is the comment's when their first four letters agree (inflection, gradation)
_QUOTE = re.compile(r"[\"“”«»„][^\"“”«»„\n]{2,300}[\"“”«»„]")


def said_by_comment(ctx: CheckContext) -> set[str]:
    """The content stems of what the comment itself says: its sentences without quoted text and without
    those that speak to an AI reader (an attacker's dictated sentence restates nothing)."""
    said = [s for s in split_sentences(_QUOTE.sub(" ", ctx.comment_text)) if not addresses_model(s)]
    return {stem for s in said for stem in content_stems(s)}


@cache
def _we_words() -> frozenset[str]:
    return frozenset(w.casefold() for items in load("semantic")["we_words"].values() for w in items)


def _speaks_for_brand(sentence: str, ctx: CheckContext) -> bool:
    """Whether the brand speaks of itself in ``sentence``: a first-person plural word ("we", "our", "vi",
    "vår", "me", "meidän"), a Finnish word with the first-person plural ending (-mme: "laitteemme") other
    than an acknowledgement word ("pahoittelemme"), or the brand's name in any inflection."""
    if ctx.brand_name and re.search(rf"(?<!\w){brand_form(ctx.brand_name)}", sentence, re.IGNORECASE):
        return True
    ack = acknowledgement_stems()
    for word in _WORD.findall(unicodedata.normalize("NFKC", sentence).casefold()):
        if word in _we_words() or (word.endswith("mme") and len(word) > 5 and word[:STEM] not in ack):
            return True
    return False


ECHO_MIN_WORDS = 2


def _word_line(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())) + " "


def echoes_untrusted(sentence: str, ctx: CheckContext) -> bool:
    """Whether ``sentence`` is copied word for word from untrusted text: the comment, its author's name, or
    what the drafter read with it (the thread's title, a blog page, the parents; ``untrusted_texts``). A
    stranger's sentence vouches for nothing, so it is never exempt as the brand's own conversation ("Myönnämme
    sen.", "Follow us for more tips!" dictated by a planted instruction). A reply that restates the comment
    in its own words is not a copy."""
    words = _word_line(bare(sentence))
    if len(words.split()) < ECHO_MIN_WORDS:
        return False
    sources = (ctx.comment_text, ctx.comment_author or "", *ctx.untrusted_texts)
    return any(words in _word_line(source) for source in sources if source)


_CLAUSE = re.compile(r"\s*[,;:]\s+|\s+[–—]\s+|\s+(?:and|but|ja|mutta|sekä|och|men)\s+", re.IGNORECASE)
CLAUSE_MIN_WORDS = 3


def _asserting_clauses(sentences: Sequence[str], model: SentenceModel, ctx: CheckContext) -> list[bool]:
    """For each conversational sentence, whether a clause of it reads as an assertion rather than
    conversation: "Tråkigt att höra, så ska det inte vara och vi förgiftade er." is empathy with a claim
    appended. A clause in which the writer does not know or declines to guess (:func:`_unsure_clause`) asserts
    nothing, however near an assertion its topic puts it, nor does one that passes the reader's words on
    (:func:`_passing_on`: "…, I'll pass the compliment on to the crew"). The clauses of every sentence are
    embedded in one batch."""
    clauses = [
        [c for c in _CLAUSE.split(sentence) if len(_WORD.findall(c)) >= CLAUSE_MIN_WORDS] for sentence in sentences
    ]
    judged = [
        [c for c in parts if not _unsure_clause(c, ctx) and not _passing_on(c)] if len(parts) >= 2 else []
        for parts in clauses
    ]
    flat = [c for parts in judged for c in parts]
    if not flat:
        return [False] * len(sentences)
    talk = model.prototype_scores(flat, "conversation")
    asserting = talk["assertion"] > talk["conversation"]
    found, start = [], 0
    for parts in judged:
        found.append(bool(np.any(asserting[start : start + len(parts)])))
        start += len(parts)
    return found


def _advises(sentence: str, model: SentenceModel) -> bool:
    """Whether the superlatives of ``sentence`` give advice ("a visit shows where the unit fits best",
    "hembesöket ger svaret snabbast") rather than rank the brand, a product or an offer ("our units are
    the most reliable"): each clause carrying one is at least ``advice_margin`` closer to the
    ``superlative`` group's ``advice`` prototypes than to its ``ranking`` ones. Judged per clause, so a
    ranking appended to a fact ("the survey is free, and we are the cheapest") still ranks."""
    clauses = [c for c in _CLAUSE.split(sentence) if any(a.kind == "superlative" for a in atoms(c))] or [sentence]
    scores = model.prototype_scores(clauses, "superlative")
    return bool(np.all(scores["advice"] - scores["ranking"] >= threshold("advice_margin")))


def _pinned(checkable: Sequence[Atom], unit: str) -> bool:
    """Whether a guidance sentence states every figure and date of the sentence ("The summer discount ran until
    the end of June 2026."): an offer pinned by the guidance's own figures is that offer, however it is worded."""
    pins = [a for a in checkable if a.kind == "figure"]
    return bool(pins) and all(supported(a, evidence(unit)) for a in pins)


def _by_atoms(
    sentence: str,
    checkable: Sequence[Atom],
    row: np.ndarray,
    units: Sequence[str],
    owners: Sequence[Passage],
    ctx: CheckContext | None = None,
) -> Support:
    """A sentence with checkable atoms: each atom stated by a public guidance passage, and the sentence
    about what that passage is about (its best similarity to the passage reaches ``topical``). A comparison or a
    third party may lean on a rule passage ("never run down competitors") only when the writer declines to speak of
    others (:func:`_declines_about_others`), not when "I don't know any pump more reliable than ours" ranks the
    brand's own product."""
    if not len(units):
        return Support(sentence, "none", missing=tuple(a.text for a in checkable))
    negative = negated(sentence)
    backing: dict[str, list[int]] = {}
    missing: list[str] = []
    for atom in checkable:
        # a promise refused, or others declined in the first person (every `declining` phrase negates but "I'll stay
        # out of", which declines without a negation word)
        rule_ok = (negative and atom.kind == "promise") or (
            atom.kind in ("comparison", "third_party") and _declines_about_others(sentence, ctx)
        )
        if atom.kind in WORDED_ATOMS:  # stated by a guidance sentence that means much the same
            positions = [
                i
                for i, passage in enumerate(owners)
                if (rule_ok or passage.kind not in RULE_KINDS)
                and (row[i] >= threshold("claim_close") or (atom.kind == "offer" and _pinned(checkable, units[i])))
                and supported(atom, evidence(units[i]))
            ]
        else:
            positions = [
                i
                for i, passage in enumerate(owners)
                if (rule_ok or passage.kind not in RULE_KINDS) and supported(atom, _evidence(passage))
            ]
        if positions:
            backing[atom.key] = positions
        else:
            missing.append(atom.text)
    best = int(np.argmax(row))
    if not missing:
        missing = list(figures_apart(sentence, owners))
    if missing:
        return Support(sentence, "none", owners[best], float(row[best]), missing=tuple(missing))
    candidates = sorted({i for positions in backing.values() for i in positions}, key=lambda i: -row[i])
    top = candidates[0]
    if float(row[top]) >= threshold("topical"):
        return Support(sentence, "guidance", owners[top], float(row[top]))
    return Support(sentence, "none", owners[top], float(row[top]))


def figures_apart(sentence: str, owners: Sequence[Passage]) -> tuple[str, ...]:
    """The figures of one clause of ``sentence`` that no single guidance statement (a sentence of a passage that is
    not a rule, read under its heading) states together, as the clause they are in; () when every clause's are.
    Each figure alone may be stated somewhere ("June" of the summer campaign's "end of June 2026", "2027" of the
    winter one's "28 February 2027"), yet "a discount until the end of June 2027" is stated nowhere: figures said
    together are grounded together. Clauses (:data:`_CLAUSE`) may join statements of their own ("5-year warranty,
    and the units work down to −25 °C")."""
    statements: list[Evidence] | None = None
    for clause in _CLAUSE.split(sentence):
        pins = [a for a in atoms(clause) if a.kind == "figure"]
        if len(pins) < 2:
            continue
        if statements is None:
            passages = dict.fromkeys(p for p in owners if p.kind not in RULE_KINDS)
            statements = [e for p in passages for e in _statements(p.heading, p.text)]
        if not any(all(supported(a, found) for a in pins) for found in statements):
            return (f"{clause.strip().rstrip('.!?')} (these figures together)",)
    return ()


@cache
def _statements(heading: str, text: str) -> tuple[Evidence, ...]:
    """What each sentence of a passage states, read with the passage's heading ("Summer discount 1,000 €")."""
    return tuple(evidence(f"{heading}\n{sentence}") for sentence in split_sentences(text))


def _best(
    sentence: str, row: np.ndarray, units: Sequence[str], owners: Sequence[Passage], brand: str | None = None
) -> Support:
    """A sentence with no checkable atom: the meaning of a guidance sentence (see the module docstring). The
    brand's name is no shared word: every passage names it, so "Revontuli admits breaking the law" shares
    nothing with "you work at Revontuli"."""
    if not len(units):
        return Support(sentence, "none")
    stems = _without_brand(content_stems(sentence), brand) - function_stems()
    shipped = _claimed_countries(sentence)
    order = np.argsort(-row)[:5]
    for position in order:
        score = float(row[position])
        if shipped and not _names_shipped(units[position], shipped):
            continue
        if score >= threshold("grounded") and owners[position].kind not in RULE_KINDS:
            return Support(sentence, "guidance", owners[position], score)
        if score >= threshold("grounded_lexical") and stems:
            shared = len(stems & content_stems(units[position])) / len(stems)
            if shared >= threshold("lexical_share"):
                return Support(sentence, "guidance", owners[position], score)
    contained = _contained(sentence, stems, row, units, owners)
    if contained is not None and (not shipped or _names_shipped(units[contained], shipped)):
        return Support(sentence, "guidance", owners[contained], float(row[contained]))
    listed = _ships_to_listed(sentence, units, owners)
    if listed is not None:
        return Support(sentence, "guidance", owners[listed], float(row[listed]))
    best = int(order[0])
    return Support(sentence, "none", owners[best], float(row[best]))


# That the brand sends to a list of countries, said plainly in fi/sv/en ("We ship to Finland, Sweden and Norway.", "Vi
# skickar till Sverige.", "Toimitamme Ruotsiin."): no negation can sit between the verb and the list.
_LIST = r"([^\W\d_]+(?:(?:,\s*|\s+(?:and|och|ja|samt|sekä)\s+)[^\W\d_]+){0,8})"
_SHIPS_TO = (
    rf"we\s+(?:also\s+)?(?:ship|deliver|send)\s+(?:to|within)\s+{_LIST}",
    rf"vi\s+(?:skickar|levererar)\s+(?:också\s+)?(?:till|inom)\s+{_LIST}",
    rf"toimitamme\s+(?:myös\s+)?{_LIST}",
)
_SHIPS_CLAIM = re.compile(
    rf"^(?:(?:yes|ja|kyllä)\s*,?\s*)?(?:{'|'.join(_SHIPS_TO)})\s*[.!]?$".replace("(?:to|within)", "to"), re.IGNORECASE
)
# The guidance may say the list is all there is ("Toimitamme vain Suomeen ja Ruotsiin.", "We only ship to ...", "Vi
# skickar bara till ..."): a yes for a country on it is still the guidance's (reply-plans-af, Potkuri: "Ja, vi skickar
# till Sverige." was blocked). Read of the guidance only: a reply's "only" claims more than a plain yes.
_ONLY = r"(?:only|solely|just|vain|ainoastaan|pelkästään|bara|endast|enbart)\s+"
_SHIPS_LISTED = (
    rf"we\s+(?:also\s+|{_ONLY})?(?:ship|deliver|send)\s+(?:{_ONLY})?(?:to|within)\s+{_LIST}",
    rf"vi\s+(?:skickar|levererar)\s+(?:också\s+|{_ONLY})?(?:till|inom)\s+{_LIST}",
    rf"toimitamme\s+(?:myös\s+|{_ONLY})?{_LIST}",
)
_SHIPS_STATED = re.compile(rf"\b(?:{'|'.join(_SHIPS_LISTED)})", re.IGNORECASE)
_LIST_ITEM = re.compile(r",\s*|\s+(?:and|och|ja|samt|sekä)\s+", re.IGNORECASE)


def _claimed_countries(sentence: str) -> set[str]:
    """The countries a plain shipping yes says the brand sends to ("Yes, we ship to Norway."), else the empty set."""
    claim = _SHIPS_CLAIM.match(" ".join(sentence.split()))
    if claim is None:
        return set()
    return countries(next(g for g in claim.groups() if g))


def _names_shipped(unit: str, shipped: set[str]) -> bool:
    """Whether a guidance unit can ground a shipping yes for ``shipped``: it names every one of those countries (or a
    region holding it) and says no "not" of them. By meaning alone "Yes, we ship to Norway." is close to "We only ship
    to Finland and Sweden." (0.90, reply-plans-af's blocks study), a promise the guidance refuses."""
    named = countries(unit) | held_by_regions(unit)
    return shipped <= named and not negated(unit)


def _ships_to_listed(sentence: str, units: Sequence[str], owners: Sequence[Passage]) -> int | None:
    """The guidance unit that lists, in any language, every country ``sentence`` says the brand ships to, where
    ``sentence`` says only that ("Ja, vi skickar till Sverige." under "We ship to Finland, Sweden, Norway, Denmark and
    Estonia."): a country is named differently in each language, and the meaning alone left that grounded yes blocked
    (reply-plans-ab, spent). A country the list lacks, or any other word in the list, finds none."""
    claim = _SHIPS_CLAIM.match(" ".join(sentence.split()))
    if claim is None:
        return None
    items = [item for item in _LIST_ITEM.split(next(g for g in claim.groups() if g)) if item]
    claimed = [countries(item) for item in items]
    if not items or any(len(found) != 1 for found in claimed):
        return None
    wanted = set().union(*claimed)
    for position, unit in enumerate(units):
        if owners[position].kind in RULE_KINDS:
            continue
        for stated in _SHIPS_STATED.finditer(unit):
            listed = next(g for g in stated.groups() if g)
            if wanted <= countries(listed):
                return position
    return None


CONTAINED_MIN_WORDS = 3
_NO_PROBLEM = re.compile(
    r"^\W*(?:no\s+problem|not\s+a\s+problem|inga\s+problem|ingen\s+fara|ei\s+(?:hätää|ongelmaa))\W+", re.IGNORECASE
)


def _contained(
    sentence: str, stems: set[str], row: np.ndarray, units: Sequence[str], owners: Sequence[Passage]
) -> int | None:
    """The guidance sentence that holds what ``sentence`` says in fewer words, or None: at least
    ``grounded_contained`` close (under ``grounded_lexical``: a short restatement loses the e5 closeness of the
    longer sentence it comes from, "Both apply to the labour share of the installation." 0.856), at least
    :data:`CONTAINED_MIN_WORDS` content words of which ``contained_share`` are that sentence's own (a claim of
    its own words is not held; words saying an alternative will do, :func:`_alternative_stems`, or only reminding
    the reader, :func:`_reminder_stems`, are not counted,
    and two others must be left), a fact passage's single sentence (never a rule of how to write, nor a whole
    passage, whose words several sentences share: "one takes heat from the air, the other from the ground" is no
    "installation takes"), and negated on both sides or on neither ("… does not apply to the labour share" says the
    opposite in the same words)."""
    if len(stems) < CONTAINED_MIN_WORDS:
        return None
    opening = _NO_PROBLEM.match(sentence)  # "No problem, …" denies nothing and says nothing of the guidance
    rest = sentence[opening.end() :] if opening else sentence
    stems = stems - _alternative_stems() - _reminder_stems() - (content_stems(opening.group(0)) if opening else set())
    if len(stems) < CONTAINED_MIN_WORDS - 1:  # "the installation address works too": the address is what it says
        return None
    said_no = negated(rest)
    for position in map(int, np.flatnonzero(row >= threshold("grounded_contained"))):
        if owners[position].kind in RULE_KINDS or negated(units[position]) != said_no:
            continue
        if len(split_sentences(units[position])) > 1:  # a whole passage's words come from several sentences
            continue
        if len(stems & content_stems(units[position])) / len(stems) >= threshold("contained_share"):
            return int(position)
    return None


@cache
def _alternative_stems() -> frozenset[str]:
    """Words that say one of the guidance's alternatives will do ("works too", "käy myös", "går lika bra", "no
    problem", "i stället"; ``alternative_words``): the alternative is the claim, and its sentence's words."""
    return frozenset(
        stem for items in load("semantic")["alternative_words"].values() for w in items for stem in content_stems(w)
    )


@cache
def _reminder_stems() -> frozenset[str]:
    """Words that only remind the reader of what follows ("just remember", "muista vain", "kom ihåg";
    ``reminder_words``): the restated fact is the sentence's claim, not the reminder."""
    return frozenset(
        stem for items in load("semantic")["reminder_words"].values() for w in items for stem in content_stems(w)
    )


def _without_brand(stems: set[str], brand: str | None) -> set[str]:
    """Content stems other than the brand's name in any inflection (compared by its first four letters)."""
    names = {b[:4] for b in content_stems(brand or "")}
    return {stem for stem in stems if stem[:4] not in names}


def _evidence(passage: Passage) -> Evidence:
    return evidence(f"{passage.heading or ''}\n{passage.text}")


def check_grounding(text: str, ctx: CheckContext) -> CheckResult:
    if ctx.legacy:
        return CheckResult("grounding", BLOCKING, True, "not checked: this draft predates frozen guidance")
    if not text.strip():
        return CheckResult("grounding", BLOCKING, True, "nothing to ground")
    found = supports(text, ctx)
    missing = [s for s in found if not s.grounded]
    if missing:
        parts = []
        for s in missing[:3]:
            unstated = f" (no guidance states {', '.join(repr(a) for a in s.missing[:3])})" if s.missing else ""
            if s.echoes:
                unstated = f" (it says in other words what untrusted text said: {s.echoes[:60]!r})"
            if s.liable:
                unstated = f" (it admits fault or promises money, and no guidance says so: {s.liable[:60]!r})"
            parts.append(f"{s.sentence[:80]!r}{unstated}")
        return CheckResult(
            "grounding",
            BLOCKING,
            False,
            f"no public guidance supports {'; '.join(parts)}: say only what the guidance says, or leave it out",
        )
    return CheckResult(
        "grounding",
        BLOCKING,
        True,
        "every sentence is supported: " + "; ".join(f"{i}. {s.label()}" for i, s in enumerate(found, start=1)),
    )
