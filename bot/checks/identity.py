"""Tone and identity (blocking): no insults, no posing as a customer, the disclosure when required.

* ``tone``: an insult or slur from ``data/identity.yaml`` (fi, sv, en) blocks,
  whatever the intent ("not a stupid question" too: a person rewords it); so
  does a sentence the sentence classifier flags as belittling the asker.
* ``posing``: a phrase that presents the writer as a customer or an
  independent user ("as a happy customer", "en ole töissä", "jag är bara en
  vanlig kund", "I don't work for them") blocks (EU UCPD Annex I no. 22), and so
  does a sentence the classifier flags as a consumer's own experience ("we got
  ours last autumn", "my neighbour loves hers"), even when the reply also
  carries the disclosure: the brand never speaks as a consumer.
  The classifier (``data/identity_model.npz``, :mod:`eval.draft_checks_train`)
  is a logistic regression per class over the sentence's e5 vector.
* ``disclosure``: when guidance requires a disclosure in the reply's language
  (a disclosure passage exists for it), the draft must say who writes. It
  passes when the draft contains the brand's disclosure line for that
  language (compared without case and punctuation), a sign-off
  ``– Name, Brand`` (at the start of a line or after a sentence), a closing sign-off of the brand's team or
  service ("– Revontulen asiakaspalvelu", "– Ekorrhem Möbler asiakaspalvelu" without the hyphen, "– Kundtjänsten
  på Revontuli", "– The Revontuli team"), the sign-off the voice guidance
  asks for with the answerer's name or its slot (``bot/checks/signature.py``), or a
  works-for phrase of that language naming the brand (``data/identity.yaml``;
  inflected brand names count: "Revontulella"), or, by meaning, a sentence
  naming the brand (in any inflection) that is closer to the ``works_for``
  prototypes of ``data/semantic.yaml`` than to the ``about`` ones ("Linnea
  från Revontuli här", "Speaking for Revontuli here").
  A works-for phrase or sentence denied in its own clause ("I don't work for X", "en työskentele
  X:llä", "jag jobbar inte på X") is no disclosure, and ``posing`` blocks it (:func:`denies_working_for`).
  It is required in a first reply to a person only (``first_reply``), and never when the brand file says
  replies go out from the brand's own account (``replies_from: brand_account``): the account says who writes.
  The reply's language is the comment's language, else the detected one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

import numpy as np

from bot.checks.context import guidance_says
from bot.checks.data import first_match, load, patterns
from bot.checks.leaks import words
from bot.checks.semantic import (
    SentenceModel,
    bare,
    classifier,
    prototypes,
    shared_model,
    split_sentences,
    threshold,
)
from bot.checks.signature import SLOT, disclosure_slots, signature_line_spans, signed_by
from bot.checks.types import BLOCKING, CheckContext, CheckResult
from bot.domain import Passage
from bot.language import detect_language

_WORDS = re.compile(r"[^\W\d_]+")


def _model(ctx: CheckContext) -> SentenceModel:
    return ctx.semantic if isinstance(ctx.semantic, SentenceModel) else shared_model()


def texts_to_embed(text: str, ctx: CheckContext) -> tuple[list[str], list[str]]:
    """The texts the tone, posing and disclosure checks compare on e5 vectors for ``text``: each sentence
    (the classifier reads every one) and (second, lasting: :mod:`bot.checks.semantic`) the disclosure
    prototypes naming the brand. The check registry embeds these with grounding's in one batch."""
    named = [
        texts
        for name in brand_names(ctx.brand_name, ctx.public_passages)
        for texts in (*_disclosure_prototypes(name), *_signoff_prototypes(name))
    ]
    sentences = [bare(s) for s in split_sentences(text)]
    return [*sentences, *_in_context(sentences).values()], [t for texts in named for t in texts]


SHORT_WORDS = 4  # "Usually not.", "Oftast inte.", "Glad it helped.": too short to be read alone


def _in_context(sentences: Sequence[str]) -> dict[int, str]:
    """Each short sentence (at most :data:`SHORT_WORDS` words) with the sentence that carries it: the next
    one, or for the last sentence the one before. e5 reads a bare "Usually not." or "Inte på hela." as curt,
    while "Usually not. The borehole is usually drilled before installation day." is an answer."""
    found: dict[int, str] = {}
    for index, sentence in enumerate(sentences):
        if len(_WORDS.findall(sentence)) > SHORT_WORDS or len(sentences) < 2:
            continue
        other = sentences[index + 1] if index + 1 < len(sentences) else sentences[index - 1]
        found[index] = f"{sentence} {other}" if index + 1 < len(sentences) else f"{other} {sentence}"
    return found


@cache
def _disclosure_prototypes(brand: str) -> tuple[tuple[str, ...], ...]:
    """The ``disclosure`` prototypes per class (works_for, about), naming ``brand``."""
    return tuple(tuple(t.replace("{brand}", brand) for t in texts) for texts in prototypes("disclosure").values())


def semantic_hit(text: str, ctx: CheckContext, name: str) -> tuple[str, float] | None:
    """The sentence of ``text`` the sentence classifier (``data/identity_model.npz``) flags most surely
    as ``name`` (posing, hostile), with its probability; None when none is flagged."""
    sentences = [bare(s) for s in split_sentences(text)]
    if not sentences:
        return None
    model = classifier()
    probability = model.probabilities(_model(ctx).vectors(sentences))[name]
    joined = _in_context(sentences)
    if joined:  # a short sentence is flagged only when it reads so with the sentence that carries it, too
        rows = list(joined)
        carried = model.probabilities(_model(ctx).vectors(list(joined.values())))[name]
        probability = probability.copy()
        probability[rows] = np.minimum(probability[rows], carried)
    flagged = probability >= model.flag_at[model.classes.index(name)]
    if flagged.any():  # the nearest prototypes must not disagree: closer to the neutral voice is no flag
        margin = _prototype_margin(_model(ctx), sentences, name, "neutral", "identity")
        probability = np.where(margin >= threshold("identity_margin"), probability, 0.0)
    if name == "posing" and (probability >= model.flag_at[model.classes.index(name)]).any():
        probability = np.where(_declines_to_guess(sentences, ctx), 0.0, probability)
        # The guidance's own statement word for word, no "I" in it ("Use it only for the last 2 coats, ..."): the
        # brand's usage rule, not a customer's experience (reply-plans-ad, spent: both panellists, "a false positive").
        owned = [guidance_says(s, ctx.public_passages) and not _FIRST_PERSON.search(s) for s in sentences]
        probability = np.where(owned, 0.0, probability)
    stated = [guidance_says(s, _statements(ctx)) for s in sentences] if name == "hostile" else []
    if name == "hostile" and (probability >= model.flag_at[model.classes.index(name)]).any():
        # A fact or FAQ sentence of the guidance word for word ("You do not need to be a strong swimmer, but you must
        # be comfortable in water."): what the brand tells every asker, not a remark about this one (reply-plans-af,
        # spent: read as belittling at 0.84 under "Im not a great swimmer, can I still join?"). Never a rule passage,
        # which may quote what not to write.
        probability = np.where(stated, 0.0, probability)
    if (probability >= model.flag_at[model.classes.index(name)]).any():
        language = ctx.comment_language or detect_language(text) or "en"
        probability = np.where([only_says_who_writes(s, language, ctx) for s in sentences], 0.0, probability)
    best = int(np.argmax(probability))
    if probability[best] < model.flag_at[model.classes.index(name)]:
        if name != "hostile":
            return None
        return _after_but([s for s, said in zip(sentences, stated, strict=True) if not said], ctx, name)
    return sentences[best], float(probability[best])


def _statements(ctx: CheckContext) -> list[Passage]:
    """The public passages that state what is so (facts, FAQ, support, campaigns), not how to write: a voice, disclosure
    or "don't" passage may quote a reply never to send."""
    return [p for p in ctx.public_passages if p.kind not in ("voice", "disclosure", "dont")]


# The writer speaking of themselves in the first person singular, as a customer's own experience does.
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'd|me|my|mine|jag|mig|min|mitt|mina|minä|mä|mie|minulla|mulla|minun|mun|minua|mua)\b",
    re.IGNORECASE,
)


REST_WORDS = 2  # what a disclosure sentence may hold besides the disclosure: a greeting, a name ("Moikka, Aino")


def only_says_who_writes(sentence: str, language: str, ctx: CheckContext) -> bool:
    """Whether ``sentence`` says who writes and nothing else: the guidance's own disclosure line (its writer's name
    or the slot in it), the brand's disclosure line, or a works-for phrase naming the brand (any of its names), not
    denied, with at most :data:`REST_WORDS` words besides ("Moikka, olen Kuplan asiakastiimistä.", "Hej, Linnea
    här från Kimppa.", "Full disclosure: I work at Solvik."). The sentence classifier reads such a sentence by its
    form (a greeting, the first person) and may flag it as a customer's own experience or as belittling; its words
    are the disclosure the guidance asks for. A sentence that goes on ("I work at X, and your question is silly")
    is read as before."""
    folded = unicodedata.normalize("NFKC", bare(sentence))
    spans = list(disclosure_slots(folded, ctx.public_passages))
    spans += signature_line_spans(folded, ctx.public_passages)
    line = ctx.disclosure_phrases.get(language)
    if line and line.strip(" ()") and (at := folded.casefold().find(line.strip(" ()").casefold())) >= 0:
        spans.append((at, at + len(line.strip(" ()"))))
    for brand in brand_names(ctx.brand_name, ctx.public_passages):
        spans += [
            m.span()
            for p in _works_for(language, brand)
            if _LINE_FORM not in p.pattern
            for m in p.finditer(folded)
            if not denied(folded, m.start(), m.end(), language)
        ]
    if not spans:
        return False
    rest = folded
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    return len(_WORDS.findall(rest.replace(SLOT, " "))) <= REST_WORDS


def _declines_to_guess(sentences: Sequence[str], ctx: CheckContext) -> np.ndarray:
    """Per sentence, whether the writer declines to guess or says they do not know ("Jag vill inte gissa om just ert
    hus.", "En osaa sanoa teidän talostanne."): every clause such a phrase or an indirect question it carries
    (:func:`only_unsure`, one signal) and the sentence at least ``unsure_margin`` closer to the ``conversation`` or
    ``courtesy`` prototypes than to the ``assertion`` ones (the other), as grounding reads it. The first person
    declining is the brand's careful voice, not a consumer's experience, which the posing classifier reads in any
    "I" about a house; a consumer's clause beside it ("…, men min granne älskar sin") keeps the flag."""
    said = np.array([only_unsure(s) for s in sentences])
    if not said.any():
        return said
    model = _model(ctx)
    talk = model.prototype_scores(list(sentences), "conversation")
    courteous = model.prototype_scores(list(sentences), "courtesy")["courtesy"]
    margin = np.maximum(talk["conversation"], courteous) - talk["assertion"]
    return np.asarray(said & (margin >= threshold("unsure_margin")), dtype=bool)


# A clause of a sentence, and an indirect question a clause carries ("En tiedä, miten kattila on kytketty"): it opens
# with a question word or "whether/if" and so asserts nothing of its own.
_UNSURE_CLAUSES = re.compile(r"\s*[,;:]\s+|\s+[–—]\s+|\s+(?:and|but|ja|mutta|sekä|och|men)\s+", re.IGNORECASE)
_INDIRECT = re.compile(
    r"^(?:how|what|which|why|whether|if|when|where|miten|mitä|mikä|millainen|onko|ovatko|kuinka|miksi|milloin|missä"
    r"|hur|vad|vilken|vilket|om|varför|när|var)(?!\w)",
    re.IGNORECASE,
)


def only_unsure(sentence: str) -> bool:
    """Whether the writer only says they do not know or will not guess, confirm or say (``not_knowing`` in
    ``data/semantic.yaml``: "I don't know how your boiler is wired, so I won't guess.", "Jag vet inte tillräckligt
    om …, och jag vill inte gissa."): every clause has such a phrase or is an indirect question the one before it
    carries ("En tiedä, miten …"). "I don't know, Nordheat is better" appends a claim: not only unsure."""
    unsure = patterns("semantic", "not_knowing")
    folded = unicodedata.normalize("NFKC", sentence)
    clauses = [c.strip() for c in _UNSURE_CLAUSES.split(folded) if c.strip()]
    return (
        bool(clauses)
        and all(first_match(unsure, c) is not None or _INDIRECT.match(c) for c in clauses)
        and (first_match(unsure, folded) is not None)
    )


# "Sorry, but ...", "Anteeksi, mutta ...", "Förlåt, men ...": the clause after the contrast, read on its own.
_BUT = re.compile(r",\s*(?:but|mutta|men)\s+", re.IGNORECASE)
BUT_MIN_WORDS = 4
# "..., which anyone could have read on the FAQ.", "..., minkä olisit voinut lukea itsekin.": a reproach appended to
# a fact by a relative word is read on its own too, when it says what the reader could have done (``reproach``).
_RELATIVE = re.compile(r",\s*(?:which|what|mikä|minkä|mitä|joka|jonka|vilket|som)\s+", re.IGNORECASE)


def _after_but(sentences: Sequence[str], ctx: CheckContext, name: str) -> tuple[str, float] | None:
    """A remark dressed in an apology or a courtesy ("Anteeksi, mutta et selvästikään ole tarpeeksi fiksu ...")
    reads milder to the classifier as a whole: the clause after the contrast is judged on its own too, with
    the same flag and the same nearest-prototype second opinion. So is a reproach appended to a fact by a relative
    word (:data:`_RELATIVE`: "..., vilket vem som helst kunde ha läst själv")."""
    tails = [(s, t) for s in sentences for t in _BUT.split(s)[1:] if len(t.split()) >= BUT_MIN_WORDS]
    tails += [
        (s, t)
        for s in sentences
        for t in _RELATIVE.split(s)[1:]
        if len(t.split()) >= BUT_MIN_WORDS and first_match(patterns("identity", "reproach"), t)
    ]
    if not tails:
        return None
    model = classifier()
    clauses = [t for _, t in tails]
    probability = model.probabilities(_model(ctx).vectors(clauses))[name]
    margin = _prototype_margin(_model(ctx), clauses, name, "neutral", "identity")
    probability = np.where(margin >= threshold("identity_margin"), probability, 0.0)
    best = int(np.argmax(probability))
    if probability[best] < model.flag_at[model.classes.index(name)]:
        return None
    return tails[best][0], float(probability[best])


def _prototype_margin(model: SentenceModel, sentences: Sequence[str], name: str, other: str, group: str) -> np.ndarray:
    """Each sentence's best e5 similarity to ``group``'s ``name`` prototypes minus its best to its ``other`` ones."""
    found = prototypes(group)
    vectors = model.vectors(sentences)
    near, far = (vectors @ model.vectors(found[k], lasting=found[k]).T for k in (name, other))
    return np.asarray(near.max(axis=1) - far.max(axis=1))


def _first_close(model: SentenceModel, pieces: Sequence[str], group: str, name: str, other: str) -> int | None:
    """Index of the first of ``pieces`` at least ``threshold(name)`` close to ``group``'s ``name`` prototypes and
    ``threshold(name + "_margin")`` closer to them than to its ``other`` ones and to the ``identity`` neutral ones."""
    found = prototypes(group)
    neutral = prototypes("identity")["neutral"]
    vectors = model.vectors(list(pieces))
    near, kind, plain = (
        (vectors @ model.vectors(examples, lasting=examples).T).max(axis=1)
        for examples in (found[name], found[other], neutral)
    )
    hits = np.flatnonzero((near >= threshold(name)) & (near - np.maximum(kind, plain) >= threshold(f"{name}_margin")))
    return int(hits[0]) if len(hits) else None


def lecture(text: str, ctx: CheckContext) -> str | None:
    """The sentence of ``text`` that lectures the asker on patience ("A little patience wouldn't hurt.", "Vähän
    kärsivällisyyttä ei olisi pahitteeksi.", "Lite tålamod skadar inte."), by meaning: at least ``lecture`` close
    to the ``lecture`` group's ``lecture`` prototypes and ``lecture_margin`` closer to them than to its
    ``patience`` ones (thanking for patience, owning the wait) and to the ``identity`` neutral ones."""
    sentences = [bare(s) for s in split_sentences(text)]
    if not sentences:
        return None
    hit = _first_close(_model(ctx), sentences, "lecture", "lecture", "patience")
    return sentences[hit] if hit is not None else None


def condescends(text: str, ctx: CheckContext) -> str | None:
    """The sentence of ``text`` (or the clause after its "but": "Anteeksi, mutta et selvästikään ole tarpeeksi fiksu
    ...", or its opening clause: "If you'd bothered to read the FAQ, you'd know that ...") that talks down to the
    reader about their wits or effort, by meaning, however politely it is dressed: it speaks of the reader's
    intelligence, understanding, effort or competence (a ``wits`` word and a ``reader`` word of
    ``data/identity.yaml``, one signal), is at least ``condescension`` close to the ``condescension`` group's
    ``condescension`` prototypes and ``condescension_margin`` closer to them than to its ``explaining`` ones and to
    the ``identity`` neutral ones."""
    sentences = [bare(s) for s in split_sentences(text)]
    pieces = [(s, piece) for s in sentences for piece in (s, *_BUT.split(s)[1:], *_opening(s))]
    pieces = [(s, p) for s, p in pieces if _about_reader_wits(unicodedata.normalize("NFKC", p))]
    if not pieces:
        return None
    hit = _first_close(_model(ctx), [p for _, p in pieces], "condescension", "condescension", "explaining")
    return pieces[hit][0] if hit is not None else None


# Where a sentence's opening clause ends and what it introduces begins: a colon, a dash, "that" ("If you'd bothered
# to read the FAQ you'd know: it costs …", "… tietäisit, että …", "… för den som orkar läsa: …").
_INTRODUCES = re.compile(r"\s*[:;]\s+|\s+[–—]\s+|,?\s+(?:that|että|att)\s+", re.IGNORECASE)


def _opening(sentence: str) -> tuple[str, ...]:
    """The opening clause of a sentence that goes on to introduce something: a remark on the reader's effort or
    wits may open a sentence whose rest is a plain fact, which would dilute it if judged whole."""
    pieces = _INTRODUCES.split(sentence, maxsplit=1)
    return (pieces[0],) if len(pieces) == 2 and pieces[0].strip() else ()


def _about_reader_wits(text: str) -> bool:
    return bool(first_match(patterns("identity", "wits"), text) and first_match(patterns("identity", "reader"), text))


def check_tone(text: str, ctx: CheckContext) -> CheckResult:
    hit = first_match(patterns("identity", "insults"), unicodedata.normalize("NFKC", text))
    if hit:
        return CheckResult("tone", BLOCKING, False, f"remove the insult {hit!r}: replies stay civil")
    hit = first_match(patterns("identity", "talking_down"), unicodedata.normalize("NFKC", text))
    if hit:
        return CheckResult("tone", BLOCKING, False, f"remove {hit!r}: it talks down to the asker; replies stay civil")
    found = semantic_hit(text, ctx, "hostile")
    if found:
        return CheckResult(
            "tone", BLOCKING, False, f"{found[0][:80]!r} reads as belittling the asker ({found[1]:.2f}): stay civil"
        )
    lectured = lecture(text, ctx)
    if lectured:
        return CheckResult(
            "tone", BLOCKING, False, f"{lectured[:80]!r} lectures the asker on patience: own the wait instead"
        )
    talked_down = condescends(text, ctx)
    if talked_down:
        return CheckResult(
            "tone", BLOCKING, False, f"{talked_down[:80]!r} talks down to the asker about their wits: stay civil"
        )
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
    role = next(
        (
            said
            for name in brand_names(ctx.brand_name, ctx.public_passages)
            if (said := consumer_signoff(unicodedata.normalize("NFKC", text), name))
        ),
        None,
    )
    if role:
        return CheckResult(
            "posing",
            BLOCKING,
            False,
            f"the sign-off calls the writer {role!r} of {ctx.brand_name}: the brand signs as the brand "
            "(a name and the brand, or a role at it), never as a customer or user",
        )
    language = ctx.comment_language or detect_language(text) or "en"
    outsider = denies_working_for(text, language, ctx)
    if outsider:
        return CheckResult(
            "posing",
            BLOCKING,
            False,
            f"{outsider[:80]!r} denies working for {ctx.brand_name}: the reply must not pose as an independent "
            "user, and it must say who writes",
        )
    found = semantic_hit(text, ctx, "posing")
    if found:
        return CheckResult(
            "posing",
            BLOCKING,
            False,
            f"{found[0][:80]!r} reads as a customer's or an outsider's own experience ({found[1]:.2f}): "
            "the brand speaks as the brand, never as a consumer, even with a disclosure",
        )
    return CheckResult("posing", BLOCKING, True, "does not pose as a customer")


def brand_form(brand: str) -> str:
    """A pattern for the brand's name in any inflection (Revontuli, Revontulella, Revontulen, Kraftverk:n), the
    weak grade of a Finnish name's last consonant too ("Kaiku" -> "Kaiulla", "Kaiun")."""
    stem = brand[:-1] if len(brand) > 4 else brand  # Revontuli -> Revontul(ella|en|elta)
    form = rf"{re.escape(stem)}\w*(?::[^\W\d_]{{1,3}}(?!\w))?"  # a case ending after a colon: "Kraftverk:n"
    weak = _weak_grade(brand)
    return form if weak is None else rf"(?:{form}|{re.escape(weak)}(?:{_WEAK_ENDINGS})(?!\w))"


# Finnish consonant gradation of a name's last syllable before a case ending: "Kaiku" -> "Kaiulla", "Lumikko" ->
# "Lumikolla", "Ranta" -> "Rannalla", "Sampo" -> "Sammolla". Only these endings follow the weak stem.
_GRADES = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("nt", "nn"),
    ("lt", "ll"),
    ("rt", "rr"),
    ("lk", "l"),
    ("rk", "r"),
    ("hk", "h"),
    ("k", ""),
    ("p", "v"),
    ("t", "d"),
)
_WEAK_ENDINGS = "n|lla|llä|lta|ltä|lle|ssa|ssä|sta|stä|ksi|t|ne|in|ihin"
_GRADED = re.compile(r"^(?P<head>.*[aeiouyäö])(?P<strong>[^\W\d_aeiouyäö]{1,2})(?P<vowel>[aeiouyäö])$", re.I)


def _weak_grade(name: str) -> str | None:
    """The weak-grade stem of a one-word name ending in a consonant and a vowel ("Kaiku" -> "Kaiu", "Lumikko" ->
    "Lumiko"); None for a name of several words, a short one or one whose last consonants do not change."""
    if not re.fullmatch(r"[^\W\d_]{4,}", name):
        return None
    found = _GRADED.match(name)
    if found is None:
        return None
    head, strong, vowel = found.group("head"), found.group("strong").lower(), found.group("vowel")
    weak = dict(_GRADES).get(strong)
    return None if weak is None else head + weak + vowel


@cache
def _works_for(language: str, brand: str) -> tuple[re.Pattern[str], ...]:
    phrases = load("identity")["works_for"].get(language, [])
    form = brand_form(brand)
    return tuple(re.compile(rf"(?<!\w){p.replace('{brand}', form)}", re.IGNORECASE) for p in phrases)


# Words that deny, per language (the Swedish article "en" is no Finnish "en"), and where a clause ends: a
# works-for phrase with a denial in its own clause says the writer does NOT work there ("I don't work for X",
# "en työskentele X:llä", "jag jobbar inte på X", "I'm not a X employee", "en ole X:n palkkalistoilla").
_DENIALS = {
    "en": r"not|never|no\s+longer|\w+n['’]t|cannot|nor",
    "fi": r"en|et|ei|emme|ette|eivät|enkä|eikä",
    "sv": r"inte|icke|ej|aldrig|ingen|inga|inget",
}
_CLAUSE_END = re.compile(r"[.!?;:,\n]|\s[–—-]\s|\s(?:and|but|so|ja|mutta|joten|och|men|så|utan)\s", re.IGNORECASE)
DENIAL_REACH = 5  # words of the clause before the phrase (and 3 after) that may deny it
# After the phrase, a new subject starts a clause of its own even without a comma: in "Since I work at X I'm not
# the right person to rate others" the "not" denies being the right person, not working at X.
_NEW_SUBJECT = re.compile(r"(?<!\w)(?:i|i['’]m|i['’]d|i['’]ll|jag|minä|mä|mie)(?!\w)", re.IGNORECASE)
# A Finnish negation verb after the phrase with a main verb other than being or working denies that verb, not the
# phrase: "Revontulen työntekijänä en lupaa tarkkaa summaa" (as an employee I promise no exact sum) says who writes;
# "Revontulen palveluksessa en ole" denies it.
_FI_OTHER_VERB = re.compile(
    r"(?<!\w)(?:en|emme)\s+(?!(?:ole|oo|ollut|olleet|työskentele|ol)(?!\w))(?=[^\W\d_]{2,})", re.IGNORECASE
)


def denied(text: str, start: int, end: int, language: str) -> bool:
    """Whether the phrase at ``text[start:end]`` is denied in its own clause: a negation of ``language`` (any
    of fi, sv, en when unknown) among the :data:`DENIAL_REACH` words before it, inside it, or just after it
    (before a new first-person subject: :data:`_NEW_SUBJECT`; in Finnish, whose negation verb carries the subject,
    before a negated verb of its own: :data:`_FI_OTHER_VERB`)."""
    before = _CLAUSE_END.split(text[:start])[-1]
    after = _NEW_SUBJECT.split(_CLAUSE_END.split(text[end:])[0])[0]
    if language == "fi":
        after = _FI_OTHER_VERB.split(after)[0]
    window = " ".join([*before.split()[-DENIAL_REACH:], text[start:end], *after.split()[:3]])
    words = _DENIALS.get(language) or "|".join(_DENIALS.values())
    return re.search(rf"(?<!\w)(?:{words})(?!\w)", window, re.IGNORECASE) is not None


# A line a disclosure passage quotes ("I andras trådar börjar vi alltid med: 'Hej, här skriver X (jag jobbar i
# rökeriet).'"), and a negation in the clause before it that forbids the line rather than giving it ("never write
# 'X fan here'", "älä kirjoita '...'", "skriv aldrig '...'").
_QUOTED_LINE = re.compile(r"(?<!\w)[\"“”„«»'‘]([^\"“”«»„'‘’\n]{8,120})[\"”»“'’](?!\w)")
_FORBIDDING = re.compile(rf"(?<!\w)(?:{'|'.join(_DENIALS.values())}|älä|älkää|without|ilman)(?!\w)", re.IGNORECASE)


def says_guidance_line(text: str, ctx: CheckContext) -> bool:
    """Whether a sentence of ``text`` is, word for word, a line the public disclosure guidance quotes as its own that
    names the brand (:func:`brand_names`): "Hej, här skriver Kalliojärven Savustamo (jag jobbar i rökeriet)." says who
    writes as the guidance words it, though no works-for phrase reads it (reply-plans-u, spent: the drafter wrote the
    Swedish line and the check blocked it asking for "(Jag jobbar på Kalliojärven Savustamo.)"). A line the guidance
    quotes under a negation in its clause ("never write 'X fan here'") is never one."""
    names = [name.casefold() for name in brand_names(ctx.brand_name, ctx.public_passages)]
    # a sentence of its own: "Min bror jobbar på X, så han vet." holds the words of "(Jobbar på X)" and says no such
    said = {" ".join(words(sentence)) for sentence in re.split(r"(?<=[.!?])\s+|\n", text)}
    for passage in ctx.public_passages:
        if passage.kind != "disclosure" or passage.visibility != "public":
            continue
        for quoted in _QUOTED_LINE.finditer(passage.text):
            line = quoted.group(1)
            if not any(name in line.casefold() for name in names) or " ".join(words(line)) not in said:
                continue
            if not _forbidden(passage.text, quoted.start()):
                return True
    return False


def _forbidden(text: str, start: int) -> bool:
    """Whether the line quoted at ``start`` of a guidance ``text`` is quoted under a negation in its clause ("Skriv
    aldrig 'X-fan här'", "never write ..."): a line the guidance forbids, never one that says who writes."""
    lead = re.split(r"[.;:!?]\s+", text[max(0, start - 60) : start])[-1]
    return bool(_FORBIDDING.search(lead))


def discloses(text: str, language: str, ctx: CheckContext, by_meaning: bool = True) -> bool:
    folded = unicodedata.normalize("NFKC", text)
    line = ctx.disclosure_phrases.get(language)
    if line and " ".join(words(line)) in " ".join(words(folded)):
        return True
    if ctx.signature and signed_by(folded, ctx.signature) is not None:
        return True  # the guidance's own sign-off with the answerer's name ("/{name}, Kraftverk")
    if disclosure_slots(folded, ctx.public_passages):
        return True  # the disclosure guidance's own line, any name for its writer's ("Moi, {name} täältä Kiden ...")
    if signature_line_spans(folded, ctx.public_passages):
        return True  # the disclosure guidance's signature line, any name for its writer's ("– {name}, kundtjänst på X")
    if says_guidance_line(folded, ctx):
        return True  # the disclosure guidance's own line naming the brand, word for word, as the drafter writes it
    if not ctx.brand_name:
        return False
    fixed = ctx.voice.signoff
    if fixed and SLOT not in fixed and ctx.brand_name.casefold() in fixed.casefold() and _ends_with(folded, fixed):
        return True  # the voice's own fixed sign-off naming the brand ("– Team Kraftverk") says who writes
    names = brand_names(ctx.brand_name, ctx.public_passages)
    if any(_discloses_naming(folded, language, ctx, name) for name in names):
        return True
    return by_meaning and any(_discloses_by_meaning(folded, name, ctx, language) is not None for name in names)


def _discloses_naming(folded: str, language: str, ctx: CheckContext, name: str) -> bool:
    """Whether ``folded`` says who writes in words that name the brand as ``name`` (its full name or its
    distinctive word, :func:`brand_names`): a sign-off of the writer and the brand or of its team, a works-for
    phrase of ``language`` not denied in its clause, or the first person pointing back at the brand's staff."""
    signed = _signed_line(name).search(folded)
    if signed and not CONSUMER_ROLE.search(signed.group(0)) and reads_as_signoff(signed.group(0), ctx, name):
        return True
    if any(
        not denied(folded, m.start(), m.end(), language)
        and (_LINE_FORM not in p.pattern or reads_as_signoff(m.group(0), ctx, name))
        for p in _works_for(language, name)
        for m in p.finditer(folded)
    ):
        return True
    return _is_named_staff(folded, language, name)


SHORT_NAME_LETTERS = 4  # a shorter word of a brand's name ("Ro" of "Ordning & Ro") never names it alone


def brand_names(brand: str | None, passages: Sequence[Passage] = ()) -> tuple[str, ...]:
    """The names a reply may call the brand by: its full name and, for a name of several words, each word that is
    the brand's own name rather than a word for what it sells ("Kaiku" of "Kaiku Liput", "Ajokaista" of "Ajokaista
    Autokoulu", not "Games", "Autokoulu", "Farm"). A word is read so on two signals beside a list of such words of
    fi, sv and en (``data/identity.yaml``: generic_name_words): the brand's public guidance calls it by the word alone,
    capitalised inside a sentence and not beside the name's other words ("kerro, että työskentelet Ruskolla"), and
    never writes the word in lower case as a common noun ("liput", "autokoulu", "games"). Without guidance naming it
    so, the full name alone."""
    if not brand:
        return ()
    texts = tuple(p.text for p in passages if p.visibility == "public")
    return (brand, *_short_names(brand, texts))


# A name made of two names ("Neula & Nappi", "Ordning & Ro"): each alone is half of it, never the brand.
_PAIRED = re.compile(r"&|\+|(?<!\w)(?:and|och|ja|og)(?!\w)", re.IGNORECASE)


@cache
def _short_names(brand: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    named = re.sub(r"\([^()]*\)", " ", brand)  # "(Lahti)", "(sled-dog tours, Äkäslompolo)": where, not who
    words = re.findall(r"[^\W\d_][^\W\d_'’-]*", named)
    if len(words) < 2 or _PAIRED.search(named):
        return ()
    generic = _generic_name_words()
    text = "\n".join(texts)
    return tuple(
        word
        for word in dict.fromkeys(words)
        if len(word) >= SHORT_NAME_LETTERS
        and word[:1].isupper()
        and word.casefold() not in generic
        and _named_alone(word, words, text)
    )


@cache
def _generic_name_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for items in load("identity")["generic_name_words"].values() for w in items)


# The endings a common noun takes in fi, sv and en ("autokoulussa", "plantskolan", "games"): read after the word in
# lower case only, never after a stem ("kaik-" of "Kaiku" is "kaikki" too).
_COMMON_ENDINGS = (
    "n|t|s|a|ä|e|en|et|er|ar|or|es|na|nä|ja|jä|lla|llä|lta|ltä|lle|ssa|ssä|sta|stä|ksi|in|ille|issa|issä|ista|istä|ihin"
)


# Where a sentence starts: a capital there says nothing of a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[\"“”„«»'‘(\[]\s*|\s[–—-]\s+)$")


def _named_alone(word: str, words: Sequence[str], text: str) -> bool:
    """Whether ``text`` calls the brand by ``word`` alone (in any inflection) inside a sentence at least once, and
    never uses it in lower case as a common word."""
    form = brand_form(word)
    lower = re.escape(word[:1].lower() + word[1:])
    # ... a domain or an address ("rusko.fi", "service@solvik.example") is no common word
    if re.search(rf"(?<![\w@./-]){lower}(?:{_COMMON_ENDINGS})?(?![\w@]|\.\w)", text):
        return False  # "liput", "autokoulussa", "board games": a word for a thing, whatever the brand calls itself
    others = tuple(w.casefold() for w in words if w.casefold() != word.casefold())
    for found in re.finditer(rf"(?<![\w@./-]){form}", text):
        before = text[: found.start()]
        previous = re.search(r"([^\W\d_]+)[\s-]*$", before)
        following = re.match(r"[\s-]*([^\W\d_]+)", text[found.end() :])
        if (previous and previous.group(1).casefold() in others) or (
            following and following.group(1).casefold().startswith(others)
        ):
            continue  # the full name, or part of it ("Lumikko Gamesilla")
        if _SENTENCE_START.search(before[-4:] if len(before) > 4 else before):
            continue
        return True
    return False


_LEAD = re.compile(r"^(?:(?:and|yes|so|ja|joo|kyllä|och|jo)\W+)?", re.IGNORECASE)


def _is_named_staff(text: str, language: str, brand: str) -> bool:
    """Whether a sentence of ``text`` says the writer is the brand's staff member the sentence before named
    (:func:`points_back_to_staff`)."""
    sentences = [bare(s).strip() for s in split_sentences(text)]
    return any(points_back_to_staff(b, s, language, brand) for b, s in pairwise(sentences))


def points_back_to_staff(before: str, sentence: str, language: str, brand: str | None) -> bool:
    """Whether ``sentence`` says the writer is the brand's staff member ``before`` named ("A Revontuli employee
    reads these comments. I'm that employee.", "Jag är den medarbetaren."): the whole sentence is the first person
    pointing back (``refers_back``), and the sentence before names the brand and one of its staff (``staff``, not
    denied there)."""
    if not brand:
        return False
    core = _LEAD.sub("", bare(sentence).strip().rstrip(" .!")).strip()
    if not any(p.fullmatch(core) for p in _refers_back()):
        return False
    mention = re.search(rf"(?<!\w){brand_form(brand)}", before, re.IGNORECASE)
    return bool(
        mention
        and first_match(patterns("identity", "staff"), before)
        and not denied(before, mention.start(), mention.end(), language)
    )


@cache
def _refers_back() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for items in load("identity")["refers_back"].values() for p in items)


_LINE_FORM = "(?:^|\\n)"  # a works-for pattern of a whole line (a sign-off line: "Aino Revontulen tiimistä")
# What marks a line as a sign-off whatever its words: a dash before it, a comma, "|", "/" or "@" after the name,
# or a closing greeting before it ("– Aino, Revontuli", "Tom @ Revontuli", "Terveisin Mikko Revontulelta").
_SIGNOFF_MARK = re.compile(
    r"^[\s.!?)]*[–—/-]|[,|/@]|^[ \t]*(?:terveisin|terkuin|terkut|t\.|ystävällisin|mvh|hälsningar|vänliga|hälsning"
    r"|best|regards|cheers|thanks|kind\s+regards|sincerely)(?!\w)",
    re.IGNORECASE,
)
_JOINERS = frozenset(("at", "from", "of", "the", "på", "från", "hos", "vid", "för"))
# Verbs that open an instruction to get in touch ("Mejla Revontulis team.", "Email Revontuli support."): a line
# that starts with one tells the reader whom to contact, whatever the model reads. One signal beside e5's.
_CONTACT_VERB = re.compile(
    r"(?:call|phone|ring|email|e-mail|mail|message|text|write|contact|ask|visit|chat|reach|dm"
    r"|mejla|maila|messa|skriv|kontakta|fråga|besök|chatta|hör|"
    r"soita|lähetä|kirjoita|kysy|ota|laita|viestitä|chattaa|käy|katso)",
    re.IGNORECASE,
)


# The writer in the first person singular: "Ask me, I work at X" still says who writes.
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:i|i'm|i've|me|my|jag|mig|min|mitt|minä|mä|olen|minulta|minuun|minulle|työskentelen)(?!\w)",
    re.IGNORECASE,
)


def _tells_whom_to_contact(sentence: str) -> bool:
    """A sentence that opens with a contact verb and has no first person in it ("Mejla Revontulis team.") tells
    the reader whom to contact; e5 puts it near the works-for prototypes all the same."""
    first = _WORDS.findall(sentence)[:1]
    return bool(first) and _CONTACT_VERB.fullmatch(first[0]) is not None and not _FIRST_PERSON.search(sentence)


def reads_as_signoff(matched: str, ctx: CheckContext, brand: str | None = None) -> bool:
    """Whether the text a sign-off pattern matched (its last line) is a sign-off, not an instruction
    that names the brand ("Call X customer service.", "Ring Xs kundtjänst.", "Kysy lisää X:ltä."): a line with
    a mark of a sign-off (:data:`_SIGNOFF_MARK`) is one; a bare one only when every word before the brand is
    a name (capitalised: "Contact us at X" is no name) and its e5 vector is not closer (by
    ``instruction_margin``) to the ``signoff_line`` group's ``instruction`` prototypes than to its ``signoff``
    ones: an imperative verb at the start of a line is capitalised too. ``brand``: the name the line calls the brand
    by (:func:`brand_names`), else the context's."""
    brand = brand or ctx.brand_name
    lines = matched.strip().splitlines()
    line = lines[-1].strip() if lines else ""
    if not line or _SIGNOFF_MARK.search(line) or not brand:
        return True
    mention = re.search(rf"(?<!\w){brand_form(brand)}", line, re.IGNORECASE)
    before = _WORDS.findall(line[: mention.start()] if mention else line)
    if not before:  # the brand's own team or service signs ("Revontuli customer service")
        return True
    if any(w[:1].islower() and w.casefold() not in _JOINERS for w in before) or _CONTACT_VERB.fullmatch(before[0]):
        return False
    model = _model(ctx)
    kinds = _signoff_prototypes(brand)
    vector = model.vectors([line])
    score = {
        name: float((vector @ model.vectors(texts, lasting=texts).T).max())
        for name, texts in zip(prototypes("signoff_line"), kinds, strict=True)
    }
    return score["instruction"] - score["signoff"] < threshold("instruction_margin")


@cache
def _signoff_prototypes(brand: str) -> tuple[tuple[str, ...], ...]:
    """The ``signoff_line`` prototypes per class (signoff, instruction), naming ``brand``."""
    return tuple(tuple(t.replace("{brand}", brand) for t in texts) for texts in prototypes("signoff_line").values())


def _ends_with(text: str, signoff: str) -> bool:
    """Whether ``text`` carries ``signoff`` word for word (any dashes, spaces and punctuation between words)."""
    words = re.findall(r"[^\W_]+", signoff)
    return re.search(r"\W{1,3}".join(re.escape(w) for w in words), text, re.IGNORECASE) is not None


# A role in a sign-off that makes the writer a consumer, not staff: "– Mikko, happy customer at Revontuli",
# "Laura | tyytyväinen asiakas, Revontuli", "– Per, nöjd kund hos Revontuli". Such a line discloses nothing and poses.
CONSUMER_ROLE = re.compile(
    r"(?<!\w)(?:customer(?!\s+(?:care|experience|service|services|support|success|relations|team))"
    r"|client(?!\s+(?:services?|support|team|relations))|user(?!\s+(?:support|experience|research))"
    r"|(?:home)?owner|buyer|fan|asiakas|asiakkaa(?:na|mme|nne)|käyttäjä(?:nä|t)?|omistaja(?:na)?|ostaja|fani"
    r"|kund(?:en|er|erna)?|användare(?:n)?|ägare(?:n)?|köpare(?:n)?)(?!\w)",
    re.IGNORECASE,
)


_SIGNOFF_TAIL = re.compile(r"(?:^|\n|[.!?)]\s+[–—/|-])[ \t]*([^\n–—]{1,80}?)[ \t]*[.!]?\s*$")


def consumer_signoff(text: str, brand: str) -> str | None:
    """The consumer role of a closing sign-off that names the brand ("– Mikko, asiakas, Revontuli", "Laura |
    satisfied user, Revontuli"): such a line makes the brand's reply speak as one of its customers."""
    tail = _SIGNOFF_TAIL.search(text.rstrip())
    if tail is None or len(tail.group(1).split()) > 6:
        return None
    if not re.search(rf"(?<!\w){brand_form(brand)}", tail.group(1), re.IGNORECASE):
        return None
    role = CONSUMER_ROLE.search(tail.group(1))
    return role.group(0) if role else None


@cache
def _signed_line(brand: str) -> re.Pattern[str]:
    """A sign-off naming the writer and the brand: "– Aino, Revontuli" after a sentence or, ending the text, after
    a link (at the end of the text
    with a role of at most two words: "– Pekka, customer care at Revontuli", or none: "/Elin på Revontuli"), or a
    last line of its own made of a name (a greeting before it, or a role of at most two words after it, allowed:
    "Laura | Customer Experience, Revontuli") and the brand joined by a comma, "@", "/", "|", a dash, "from", "at",
    "på", "från", "hos", or the brand in a "from" case ("Terkuin Mikko Revontulelta")."""
    form = brand_form(brand)
    stem = re.escape(brand[:-1] if len(brand) > 4 else brand)
    joined = r"(?:\s*[,@/|–—]\s*|\s*-\s+|\s+(?:from|at|på|från|hos|vid)\s+)"
    return re.compile(
        rf"(?:^|[.!?)]\s|\n)\s*[–—/-]\s*[^\W\d_]+,\s*{form}"
        # the same after a link that ends the sentence without a full stop: "Här: https://x.example/a – Aino, X"
        rf"|https?://\S+[ \t]+[–—][ \t]*[^\W\d_]+,\s*{form}[ \t]*[.!]?\s*$"
        rf"|[.!?)]\s+[–—/-]\s*[^\W\d_]+,\s*(?:[^\W\d_]+\s+){{1,2}}(?:at|from|på|från|hos)\s+{form}[ \t]*[.!]?\s*$"
        # the same with no role, the name and the brand joined by a word: "… /Elin på Revontuli", "– Aino from X"
        rf"|[.!?)]\s+[–—/-]\s*[^\W\d_]+\s+(?:at|from|på|från|hos)\s+{form}[ \t]*[.!]?\s*$"
        rf"|(?:^|\n)[ \t]*[–—/-]?[ \t]*(?:[^\W\d_]+(?:[ \t]*[,|/][ \t]*|[ \t]+)){{0,3}}[^\W\d_]+"
        rf"(?:{joined}{form}|\s+{stem}\w*(?:lta|ltä|sta|stä))[ \t]*[.!]?\s*$"  # the last line "Tom @ Revontuli"
        # a closing sign-off of the brand's team or service after a sentence, with or without the Finnish hyphen
        # or case ending: "Kiitos! – Revontuli asiakaspalvelu", "– Revontulen asiakaspalvelu", "– Revontuli-tiimi",
        # "– Kundtjänsten på Revontuli", "– The Revontuli team"
        rf"|(?:^|[.!?)]\s|\n)\s*[–—/-]\s*(?:the\s+)?{form}(?:'s)?(?:\s*-\s*|\s+)(?:{_TEAMS})[ \t]*[.!]?\s*$"
        rf"|(?:^|[.!?)]\s|\n)\s*[–—/-]\s*(?:{_TEAMS})\s+(?:på|hos|at|from|från)\s+{form}[ \t]*[.!]?\s*$",
        re.IGNORECASE,
    )


_TEAMS = (
    r"team|customer\s+(?:service|care|support)\s*(?:team)?|support(?:\s+team)?|asiakaspalvelu\w*|asiakastuki\w*"
    r"|tiimi\w*|myyntitiimi\w*|kundtjänst\w*|kundservice\w*|\w*teamet|supporten"
)


# A sentence's clauses, so "Jag är anställd på X, så jag kan svara: ..." is judged by its first clause too.
_CLAUSES = re.compile(r"\s*[,;:]\s+|\s+[–—]\s+|\s+(?:so|joten|så)\s+", re.IGNORECASE)


def denies_working_for(text: str, language: str, ctx: CheckContext) -> str | None:
    """The sentence of ``text`` that denies working for the brand ("I don't work for X", "I'm not a X employee",
    "en ole X:n palkkalistoilla", "jag jobbar inte på X"), by a works-for phrase or by meaning with a denial in
    its clause; None when none does. The writer claims to be an outsider: posing, never a disclosure."""
    if not ctx.brand_name:
        return None
    folded = unicodedata.normalize("NFKC", text)
    names = brand_names(ctx.brand_name, ctx.public_passages)
    for sentence in split_sentences(folded):
        for pattern in (p for name in names for p in _works_for(language, name)):
            if any(denied(sentence, m.start(), m.end(), language) for m in pattern.finditer(sentence)):
                return sentence
    return next(
        (
            found
            for name in names
            if (found := _discloses_by_meaning(folded, name, ctx, language, denials=True)) is not None
        ),
        None,
    )


def _discloses_by_meaning(text: str, brand: str, ctx: CheckContext, language: str, denials: bool = False) -> str | None:
    """A sentence naming the brand (in any inflection), or a clause of one, that says the writer works for
    or speaks for it, rather than saying something about the brand in the third person. A sentence that
    denies it ("I don't work for X", "jag jobbar inte på X") is close to the works-for prototypes too, so a
    naming with a denial in its clause (:func:`denied`) is no candidate; with ``denials`` only those are."""
    named = re.compile(rf"(?<!\w){brand_form(brand)}", re.IGNORECASE)
    sentences = [
        bare(s)
        for s in split_sentences(text)
        if (mentions := list(named.finditer(s)))
        and any(denied(s, m.start(), m.end(), language) for m in mentions) is denials
    ]
    clauses = [c.strip() for s in sentences for c in _CLAUSES.split(s) if named.search(c) and c.strip() != s]
    candidates = [c for c in dict.fromkeys([*sentences, *clauses]) if not _tells_whom_to_contact(c)]
    if not candidates:
        return None
    model = _model(ctx)
    vectors = model.vectors(candidates)
    best = {
        name: (vectors @ model.vectors(texts, lasting=texts).T).max(axis=1)
        for name, texts in zip(prototypes("disclosure"), _disclosure_prototypes(brand), strict=True)
    }
    margin = best["works_for"] - best["about"]
    # a clause alone is short, and e5 puts any short phrase naming the brand near the works-for prototypes
    # ("According to Revontuli's FAQ" 0.96): a clause must beat the `about` prototypes by a wider margin
    needed = np.array([threshold("margin" if c in sentences else "clause_margin") for c in candidates])
    hits = np.flatnonzero((best["works_for"] >= threshold("disclosure")) & (margin >= needed))
    return candidates[int(hits[0])] if len(hits) else None


def disclosure_fallback(language: str, brand: str | None) -> str:
    """The standard disclosure line in ``language``, naming the brand (``data/identity.yaml``)."""
    lines = load("identity")["disclosure_fallback"]
    line = str((lines.get(language) or lines["en"])["named" if brand else "unnamed"])
    if brand and re.search(r"\s", brand.strip()):
        # A name of several words takes a Finnish compound with a space before the hyphen:
        # "Viuh Skuutit -yrityksessä", never "Viuh Skuutit-yrityksessä".
        line = line.replace("{brand}-", "{brand} -")
    return line.replace("{brand}", brand or "")


# A line the disclosure guidance quotes, without the placeholder it leaves for the reply ("'Moi, Aino täällä X:ltä …'").
_GUIDANCE_QUOTE = re.compile(r"""(?<!\w)['‘"“”„«»]((?:[^'‘’"“”«»„\n]|['’](?=\w)){6,120})['’"”»“](?!\w)""")
_OPEN_END = re.compile(r"\s*(?:[–—-]\s*\w+\s*)?(?:…|\.\.\.)\s*$")


def _folded(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def prescribed_opener(text: str, passages: Sequence[Passage]) -> bool:
    """Whether ``text`` opens with a line a public disclosure passage quotes word for word ("Muiden julkaisuissa
    aloita aina: 'Hei, olen Airon asiakaspalvelusta.'"): the guidance's own opener says who writes. Blocked as no
    disclosure, it was the panel's "it must open 'Hei, olen Airon asiakaspalvelusta.'" on a draft that did."""
    opening = _folded(text[:200])
    for passage in passages:
        if passage.kind != "disclosure" or passage.visibility != "public":
            continue
        for quoted in _GUIDANCE_QUOTE.finditer(passage.text):
            line = _folded(_OPEN_END.sub("", quoted.group(1)))
            if len(line.split()) >= 3 and opening.startswith(line) and not _forbidden(passage.text, quoted.start()):
                return True
    return False


def check_disclosure(text: str, ctx: CheckContext) -> CheckResult:
    if ctx.replies_from == "brand_account":
        return CheckResult(
            "disclosure", BLOCKING, True, "posted from the brand's own account, which says who is writing"
        )
    if not ctx.disclosure_required:
        return CheckResult("disclosure", BLOCKING, True, "no disclosure required")
    language = ctx.comment_language or detect_language(text) or "en"
    if discloses(text, language, ctx) or prescribed_opener(text, ctx.public_passages):
        return CheckResult("disclosure", BLOCKING, True, "says who is writing")
    example = ctx.disclosure_phrases.get(language) or disclosure_fallback(language, ctx.brand_name)
    return CheckResult(
        "disclosure", BLOCKING, False, f"say who is writing, e.g. end with {example!r}: the guidance requires it"
    )
