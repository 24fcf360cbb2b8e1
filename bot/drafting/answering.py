"""The answer's sentences: which statement leads, a yes or no first, a verbless fragment said plainly, an offer
that fits."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bot.domain import Passage
from bot.drafting.bridging import asked_route, routes
from bot.drafting.matching import (
    COMPANION_GAP,
    Match,
    label_of,
    split,
    stems,
)
from bot.drafting.reading import CAPITALISED, PRICE, WORD, brand_terms, long_stems
from bot.drafting.schedules import asks_hours
from bot.drafting.types import DraftRequest
from bot.language import negation_pattern
from bot.opportunities import objects
from bot.opportunities.acts import (
    ACT_NAMES,
    BRINGING,
    acts,
    asked_acts,
    brought_thing,
)  # the acts a question asks (the plan reads them too)
from bot.opportunities.amounts import amounts
from bot.opportunities.coverage import JOINS, asks_around, asks_for, needed, questions, span_before_event, states
from bot.opportunities.plan import GENERIC_SLOTS, passage_slots, products_in, slots

# Measures (not money or time, which a comment states in passing: "my 3-year-old", "I paid 50 €") that a comment
# stating one asks about: its answer states a figure in the same measure.
MEASURES = frozenset({"km", "kg", "m³", "cm", "km/h", "°C"})


def measures(text: str) -> frozenset[str]:
    """The :data:`MEASURES` ``text`` states a figure in ("95 kg", "a 6 m³ sauna")."""
    return frozenset(unit for _, unit in amounts(text)) & MEASURES


# What a question asks for, when its answer must state it (bot/opportunities/coverage.py), as a skip reason names it.
ASKED_KIND_NAMES = {
    "amount": "price",
    "duration": "time",
    "count": "number",
    "clock": "time of day",
    "frequency": "frequency",
    "when": "date",
    "place": "place",
    "length": "time",
    "contents": "contents",
    "size": "size",
    "reason": "reason",
}


TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "min", "h"})
# The long stems (:func:`bot.opportunities.objects.long_stems`) of the words for units of time (fi/sv/en).
TIME_WORDS = frozenset(
    {"years", "month", "weeks", "hours", "minut", "vuode", "vuoti", "vuosi", "vuott", "kuuka", "viiko", "viikk"}
    | {"päivä", "tunni", "tunti", "månad", "vecko", "vecka", "timma", "timme", "dagar", "dagen"}
)


# A slot that at least this share of a brand's public fact and FAQ passages speak of tells no question apart: two
# thirds, so a brand whose guidance is half warranty and half installation keeps both (a car wash's "care" is 10 of 11).
COMMON_SLOT_SHARE = 2 / 3
MIN_PASSAGES_FOR_COMMON = 6


def common_slots(passages: Sequence[Passage]) -> frozenset[str]:
    """The specific slots (:func:`bot.opportunities.plan.passage_slots`) at least two thirds of the brand's public fact
    and FAQ passages speak of ("care" for a car wash, "delivery" for a furniture shop): what the brand is about,
    named by every question to it, so no sign of what a question asks. Empty for guidance under six passages."""
    answers = [p for p in passages if p.visibility == "public" and p.kind in ("fact", "faq")]
    if len(answers) < MIN_PASSAGES_FOR_COMMON:
        return frozenset()
    counted = Counter(s for p in answers for s in passage_slots(p.text, p.kind) - GENERIC_SLOTS)
    return frozenset(s for s, n in counted.items() if n >= COMMON_SLOT_SHARE * len(answers))


def answer_kinds(comment: str) -> frozenset[str]:
    """The kinds of fact the comment's question asks its answer to state (a price, a time, a number, a date, a
    place ...: :func:`bot.opportunities.coverage.asks_for`). Only the comment's questions count where it has a
    question mark: a price said in passing asks nothing."""
    return asks_for(questions(comment))


def states_asked(statement: str, asked: frozenset[str]) -> bool:
    """Whether ``statement`` states one of the kinds of fact ``asked`` (:func:`answer_kinds`) an answer must state
    (:func:`bot.opportunities.coverage.needed`): "how long does a tuning take?" needs the tuning's length, and "wait
    3–4 weeks after a move" or "once a year" beside it answers another question."""
    return any(states(statement, kind) for kind in needed(asked))


def asked_parts(comment: str) -> list[frozenset[str]]:
    """The kinds of fact each ask of the comment's question needs (:func:`bot.opportunities.coverage.needed`), one
    set per part it joins ("paljonko toimitus ruotsiin ja kauanko kestää": a price, then a length); one set, or none,
    for a question asking one thing."""
    asked = questions(comment)
    parts = [needed(kinds) for part in JOINS.split(asked) if part.strip() and (kinds := asks_for(part))]
    return list(dict.fromkeys(parts))


def every_ask(chosen: list[Match], matches: Sequence[Match], comment: str, floor: float, limit: int) -> list[Match]:
    """``chosen`` completed so that each ask of a question joining two (:func:`asked_parts`) gets a statement of its
    own: for an ask no chosen statement states, the first of ``matches`` (the plan's passages, ranked) at ``floor`` or
    above that states it joins within ``limit``, or takes the place of a later chosen statement that states nothing
    asked. Both panels on reply-plans-ad (spent) edited "how much to Sweden and how long?" answered with the price
    alone and "paljon postikulut" with the postage and not the delivery time asked beside it. The statement given way
    to is a later one whose every ask another chosen statement states too (the free-shipping threshold beside the
    postage)."""
    parts = asked_parts(comment)
    if len(parts) < 2 or not chosen:
        return chosen
    kept = list(chosen)
    for kinds in parts:
        if any(states(m.sentence, kind) for m in kept for kind in kinds):
            continue
        extra = next(
            (m for m in matches if m not in kept and m.score >= floor and any(states(m.sentence, k) for k in kinds)),
            None,
        )
        if extra is None:
            continue
        if len(kept) < limit:
            kept.append(extra)
            continue
        # A later statement that is the only one stating no ask (nothing asked, or an ask another states too).
        spare = next(
            (
                m
                for m in reversed(kept[1:])
                if all(
                    any(states(o.sentence, k) for o in kept if o is not m for k in part)
                    for part in parts
                    if any(states(m.sentence, k) for k in part)
                )
            ),
            None,
        )
        if spare is not None:
            kept = [extra if m is spare else m for m in kept]
    return kept


def regular_price_first(matches: list[Match], query: str, threshold: float) -> list[Match]:
    """``matches`` with the guidance's own price statement first where the nearest statement is a campaign's offer and
    the comment asks what it costs, not about the deal ("what does it cost after the first month?", "how much is Plus
    per month?"): the offer alone left the price unsaid, which the spent panels asked for ("give 'from 119 €', then
    the 20 % off"). The offer may still follow, where the plan allows one. A question about the deal itself ("what
    does it cost with the discount?") keeps the offer first."""
    if not matches or matches[0].passage.kind != "campaign":
        return matches
    asked = slots(query)
    if "price" not in asked or "discount" in asked:
        return matches
    # The price of what is on offer: the statement names the plan or product the offer names ("Bas 299 kr/mån, Plus
    # 399 kr/mån" beside "Plus för 249 kr/mån"), never just any figure in euros ("Omavastuu on 90 €", a freeze fee).
    offer = matches[0].sentence
    regular = next(
        (
            m
            for m in matches
            if m.passage.kind != "campaign" and PRICE.search(m.sentence) and _same_name(m.sentence, offer)
        ),
        None,
    )
    if regular is None or regular.score < threshold or matches[0].score - regular.score > COMPANION_GAP:
        return matches
    return [regular, *(m for m in matches if m is not regular)]


def _same_name(one: str, other: str) -> bool:
    """Whether a name capitalised inside one statement (not its first word) is a word of the other: "Plus", "Postin"."""
    words = set(WORD.findall(one)), set(WORD.findall(other))
    return bool((set(CAPITALISED.findall(one)) & words[1]) | (set(CAPITALISED.findall(other)) & words[0]))


def offer_fits(
    request: DraftRequest, comment: str, offer: Match, names: dict[str, str], answer: Sequence[str] = ()
) -> bool:
    """The campaign speaks of what the comment, its post or the answer speaks of: the product it is about
    ("Students get 30 % off Viuh Pass" for "how much is the pass?"; "Plus för 249 kr" after "Plus 399 kr/mån"), a
    content word (a stem of five letters or more, the brand's and products' names aside) or a specific slot (a
    screen repair, a delivery) they share."""
    named = {request.product} if request.product is not None else set()
    named |= {name for sentence in answer for name in products_in(sentence, names)}
    if named & set(products_in(offer.passage.text, names)):
        return True
    # A plan or model name the answer and the campaign both capitalise mid-sentence ("Plus 399 kr/mån" and "Plus
    # för 249 kr/mån"), which no watch topic lists, beside the brand's own names.
    own = {w.lower() for term in brand_terms(request.topics) for w in WORD.findall(term)}
    capitalised = {w for text in answer for w in CAPITALISED.findall(text) if w.lower() not in own}
    if capitalised & set(CAPITALISED.findall(offer.passage.text)):
        return True
    brand = long_stems(" ".join(brand_terms(request.topics)) + " " + " ".join(names))
    about = " ".join(t for t in (comment, request.thread_title or "", request.thread_body or "", *answer) if t)
    campaign = " ".join((offer.passage.heading or "", offer.passage.text))
    if (long_stems(about) - brand) & long_stems(campaign):
        return True
    return bool((slots(about) - GENERIC_SLOTS) & slots(campaign))


# A clause that states the brand's policy on what it says ("so we never promise an exact amount", "joten emme lupaa
# tarkkaa summaa", "så vi lovar ingen exakt summa"): guidance for the writer, corporate in a reply (the demo's panel).
_POLICY_CLAUSE = re.compile(
    r",\s*(?:so|which is why|and|joten|eli|ja|så|och)\s+(?:(?:we|me|vi)\s+)?"
    r"(?:never|don't|do not|can't|cannot|emme|ei|aldrig|inte|lovar ingen|garanterar ingen)\b[^.!?]*([.!?])$",
    re.IGNORECASE,
)


# An FAQ answer that is a fragment without a verb ("Typically up to 50 % of heating energy ..."): an approximation
# word and a figure where the subject and verb should be. The reply says it plainly ("It's typically up to ...").
_FRAGMENT = re.compile(
    r"^(?:typically|usually|normally|generally|up to|about|around|roughly|approximately|tyypillisesti|yleensä|"
    r"jopa|noin|vanligtvis|normalt|upp till|omkring|ungefär|cirka)\b(?:\s+(?:up to|jopa|upp till))?\s+[~≈]?\d",
    re.IGNORECASE,
)


_FRAGMENT_LEAD = {"en": "It's", "fi": "Se on", "sv": "Det är"}


def plain_statement(sentence: str, language: str, *, first: bool = False) -> str:
    """A guidance statement as a person would say it: a policy clause cut ("..., so we never promise an exact
    amount."), and, opening a reply, a verbless FAQ fragment given its subject and verb ("It's typically up to 50 %
    ..."). Nothing is added that states a fact: the figures stay verbatim."""
    cut = _POLICY_CLAUSE.sub(r"\1", sentence.strip())
    if first and language in _FRAGMENT_LEAD and _FRAGMENT.search(cut):
        cut = f"{_FRAGMENT_LEAD[language]} {cut[:1].lower()}{cut[1:]}"
    return cut


# A later statement that opens with its verb, its subject left in the statement before it ("Sopii 7-vuotiaille ...",
# "Passar barn från 7 år", "Suits riders from 7"): cut from its passage it says nothing of what it is about, and the
# panels struck it as garbled (reply-plans-p, spent). Finnish third persons end in a long vowel ("sopii", "maksaa",
# "kestää"); Swedish and English by the verbs guidance opens such a fragment with.
_VERB_FIRST = re.compile(
    r"^(?:[A-ZÄÖÅ][a-zäöå]{2,}(?:ii|aa|ää|ee|uu|yy)\b|(?:Passar|Gäller|Kostar|Ingår|Kräver|Räcker|Tar|Varar)\b|"
    r"(?:Suits|Costs|Includes|Requires|Takes|Lasts|Covers|Applies)\b)"
)


def stands_alone(match: Match) -> bool:
    """Whether the statement says what it is about: the first of its passage, or a later one that does not open with
    its verb (:data:`_VERB_FIRST`)."""
    return match.position == 0 or not _VERB_FIRST.match(match.sentence.strip())


def quotable(match: Match, query: str = "") -> bool:
    """Any statement of a fact or FAQ that stands on its own (:func:`stands_alone`); of a campaign the first (the
    offer, not its rules), and, given the ``query``, a later one that settles the offer's scope for what the query
    names (:func:`scope_statement`: "Covers bicycles, not e-bikes" speaks of the offer asked about)."""
    if match.passage.kind != "campaign":  # a campaign's scope ("Covers bicycles, not e-bikes") speaks of its offer
        return stands_alone(match)
    if match.position == 0:
        return True
    return bool(query) and scope_statement(match, query)


# A campaign statement that is a rule for the writer, not a fact for the reader: when to mention the offer.
_WRITER_RULE = re.compile(r"\b(?:mention\w*|mainit\w*|nämn\w*|rule|sääntö|regel)\b", re.IGNORECASE)


def scope_statement(match: Match, query: str) -> bool:
    """A campaign's later statement that says what the offer covers for the very thing the question names and the
    offer's own statement does not ("does the offer cover grands too?" - "Covers pianos, not grands"): a yes or no
    about the offer's scope is answered by the statement that settles it, and restating the offer alone implied a
    yes the campaign excludes (reply-plans-n, spent). A labelled line ("Rule: ...") or one telling the writer when
    to mention the offer is never said."""
    if label_of(match.sentence) or _WRITER_RULE.search(match.sentence):
        return False
    first = split(match.passage.text)[:1]
    offer = _long(first[0]) if first else set()
    return bool((_long(query) & _long(match.sentence)) - offer)


def _long(text: str) -> set[str]:
    """The first five letters of the words of five letters or more: inflections meet ("flyygeliä", "flyygeleitä")."""
    return {w.lower()[:5] for w in WORD.findall(text) if len(w) >= 5 and not w.isdigit()}


COMMON_PASSAGES = objects.COMMON_PASSAGES


def _answering(passages: Sequence[Passage]) -> list[Passage]:
    return [p for p in passages if p.visibility == "public" and p.kind in ("fact", "faq", "campaign", "support")]


def common_stems(passages: Sequence[Passage]) -> frozenset[str]:
    """The first four letters of the long stems (:func:`bot.opportunities.objects.long_stems`) at least
    :data:`COMMON_PASSAGES` of the public fact, FAQ, campaign and support passages at hand share: four, so that
    inflections meet ("sotare", "sotning", "sotas")."""
    return objects.common_stems(" ".join((p.heading or "", p.text)) for p in _answering(passages))


def shared_slots(passages: Sequence[Passage]) -> frozenset[str]:
    """The specific slots at least :data:`COMMON_PASSAGES` and half of the public fact and FAQ passages at hand
    speak of ("care" for a window cleaner): :func:`common_slots` for the few passages a draft sees. Support passages
    all speak of reporting and contact, which is what they are, not what the brand is about."""
    return objects.shared_slots(
        [(p.text, p.kind) for p in passages if p.visibility == "public" and p.kind in ("fact", "faq")]
    )


def answers_on_topic(
    question: str,
    match: Match,
    brand: Sequence[str],
    common: frozenset[str] | None = None,
    common_slot: frozenset[str] = frozenset(),
) -> bool:
    """Whether the answering statement (with its passage's heading and label) speaks of what the question asks
    (:func:`bot.opportunities.objects.on_object`, the plan's reading too).

    With ``common`` (:func:`common_stems`) and ``common_slot`` (:func:`shared_slots`), what the brand is about tells
    nothing of a question that names its own object: "do you clean the gutters too?" shares only "clean" with "We
    clean windows up to the 3rd floor" (a window cleaner, reply-plans-i, spent), and "how long is a voucher
    valid?" only the time slot with a delivery time; both answer another question (the panels' "answers a
    different question")."""
    if (route := asked_route(questions(question))) and routes(match.sentence, route):
        return True  # "kan man mejla dom på svenska?" and "Kundtjänst på svenska: skriv till ...@...": the route asked
    if objects.names_asked_day(question, with_label(match)):
        return True  # "stängt på lördagar?" and "Öppet tis–fre 11–18 och lör 10–14": the day asked is its thing
    if measures(question) & measures(match.sentence):
        # "väger ca 95 kg, får jag rida?" and "Ryttaren får väga högst 90 kg": a figure in the measure the person
        # states of themselves is what they ask about, whatever words say it (the verb's inflection, "weight limit").
        return True
    kinds = answer_kinds(question)
    if kinds and asked_acts(questions(question)) & acts(with_label(match)) and states_asked(match.sentence, kinds):
        # "kuinka kauan viulun tekeminen kestää?" and "... valmistusaika noin 7 kuukautta": the act asked (making,
        # renting, opening ...) said in other words, with the kind of fact asked.
        return True
    uncounted = " ".join(w for w in WORD.findall(question) if not states(w, "count"))
    own = objects.own_object(uncounted, brand, common or frozenset())
    if kinds and own and own <= TIME_WORDS and states_asked(match.sentence, kinds):
        # "how long does it take? we move in three months": the person's own time said in passing (a count and a
        # unit of time) is no thing asked about, and the statement giving the length asked answers it.
        return True
    asked = f"{question} {' '.join(restored)}" if (restored := unsyncopated(question)) else question
    if not objects.on_object(asked, with_label(match), brand, common, common_slot, match.passage.text):
        return False
    return common is None or not only_the_name(asked, with_label(match), brand, common)


def prices_planned_thing(
    question: str, match: Match, planned: Sequence[str], brand: Sequence[str], common: frozenset[str] | None = None
) -> bool:
    """A question asking a price of a thing it names ("mitä yksi kassi maksaa?", "what does the fell hike cost?",
    "vad kostar en kälke?"), answered by a statement of the plan's own first passage that states a price.

    The plan chose that passage by the question's slot and object (bot/opportunities/assess.py); its statement need
    not share a five-letter stem with an inflected or short word ("kassi" / "kassin hinta", "hallille" / "hallin",
    "hike"): on the spent reply-plans-s and -t such price questions were skipped as sharing no word with the
    statement giving their price. A question naming nothing beside its price words ("price?", "paljonko
    maksaa?") asks about its post, not the plan's passage: that stays with :func:`answers_on_topic`."""
    if not planned or match.passage.id != planned[0] or "amount" not in answer_kinds(question):
        return False
    if not states_asked(match.sentence, frozenset({"amount"})):
        return False
    if any(
        _names_term(question, term) and _names_term(match.passage.text, term) for term in brand if _MODEL.search(term)
    ):
        # "paljonko toi erä 16 maksaa" and "Lumme Erä 16 on ... Hinta 4 890 € sis. alv.": a model the brand names by
        # a number, named by both (its short name shares no five-letter stem; reply-plans-v, spent).
        return True
    named = [w for w in WORD.findall(questions(question) or question) if "price" not in slots(w)]
    if not objects.own_object(" ".join(named), brand, common or frozenset()):
        return False
    # The statement still names the question's thing, by its first four letters: "kassi" in "kassin hinta", never
    # one bag's price for a question about a gift box of three.
    said = {w.lower()[:4] for w in WORD.findall(with_label(match)) if len(w) >= 4}
    own = {
        w.lower()[:4]
        for w in named
        if len(w) >= 4 and w.lower()[:5] not in objects.FILLERS and w.lower() not in _SHORT_FILLERS
    }
    return bool(own & said)


# A brand term naming a model by its number ("Erä 16", "Aero 9", "X3").
_MODEL = re.compile(r"[^\W\d_]\s?\d|\d\s?[^\W\d_]")


def _names_term(text: str, term: str) -> bool:
    """``text`` names ``term`` whole, in any case, its words apart by a space, a hyphen or nothing."""
    words = [re.escape(w) for w in term.split()]
    return re.search(r"(?<!\w)" + r"[\s-]?".join(words) + r"(?!\w)", text, re.IGNORECASE) is not None


# Function words of four letters (fi/sv/en) that name no thing: "how much is the hike" shares "hike", not "much".
_SHORT_FILLERS = frozenset({
    "much", "what", "with", "that", "this", "have", "does", "from", "your", "they", "them", "will", "when", "many",
    "some", "also", "mitä", "onko", "onks", "vaan", "ovat", "sitä", "tämä", "tuon", "joka", "eikö", "även", "vara",
    "hela", "inte", "från", "till", "något", "sina", "våra",
})  # fmt: skip


# A Swedish definite or plural form drops the "e" of a noun ending in -er, -el or -en ("lägret" of "läger", "cykeln"
# of "cykel", "vattnet" of "vatten", "fåglarna" of "fågel"): its first five letters then miss the noun and the
# compounds naming it ("vad kostar lägret?" and "Sommarläger: ... 395 €", reply-plans-p, spent, skipped as sharing
# no word).
_SYNCOPATED = re.compile(r"\b([^\W\d_]{2,}[^\W\d_aeiouyåäöé])([rln])(?:et|en|na|n|arna|erna|ar|er)\b", re.IGNORECASE)


def unsyncopated(text: str) -> list[str]:
    """The base forms (:data:`_SYNCOPATED`) of the words of ``text`` that may have dropped an "e" ("lägret" →
    "läger"); empty where none has."""
    return [f"{hit.group(1)}e{hit.group(2)}" for hit in _SYNCOPATED.finditer(text)]


# Words that ask whether something holds somewhere ("gäller det också i Åbo?"), naming no thing of their own.
_VALID_WORDS = frozenset(
    stems(
        "gäller gälla funkar fungerar också käykö kävis toimii toimiiko koskee koskeeko pätee voimassa valid apply "
        "applies works working there"
    )
)


def names_own_object(question: str, match: Match, brand: Sequence[str], common: frozenset[str]) -> bool:
    """The statement (with its passage's label) names at least half the words of the question's own thing
    (:func:`bot.opportunities.objects.own_object`, beside what the brand's passages all speak of and words that only
    ask whether something holds), as a word or a compound's part: "bilder" in "bilderna raderas efter 30 dagar",
    "boxes" in "We do not sell storage boxes" ("those" beside it). One word of three in common is another question's
    answer."""
    own = objects.own_object(question, brand, common) - _VALID_WORDS
    said = with_label(match)
    stems, words = objects.long_stems(said), [w.lower() for w in WORD.findall(said)]
    named = [s for s in own if s in stems or any(len(w) >= 8 and s in w[1:] for w in words)]
    return bool(own) and 2 * len(named) >= len(own)


def only_the_name(question: str, statement: str, brand: Sequence[str], common: frozenset[str]) -> bool:
    """The statement shares only a name with a question that names its own thing beside it: "do gift cards work in
    Stockholm too?" asks about gift cards there, and "we work in ... Stockholm, Solna and Nacka" answers whether the
    brand works in Stockholm, another question (reply-plans-n, spent: its service areas for the gift cards)."""
    names = {n.lower()[:5] for n in CAPITALISED.findall(question)}
    if answer_kinds(question) or not names & {n.lower()[:5] for n in CAPITALISED.findall(statement)}:
        return False  # a price or a time asked of a named product is held to stating it instead
    if (slots(question) & slots(statement)) - GENERIC_SLOTS:
        return False  # the same specific thing in other words: "a discount on the Kide lamp?" and its "lamp deal"
    own = {stem for stem in objects.own_object(question, brand, common) if stem not in names} - _VALID_WORDS
    if not own:
        return False
    words = [w.lower() for w in WORD.findall(statement)]
    return not any(word.startswith(stem) or (len(word) >= 8 and stem in word[1:]) for stem in own for word in words)


# A statement that opens with a pronoun standing for its passage's thing ("Den kan också hyras ...", "It can also be
# rented ...", "Sen voi myös vuokrata ..."): what it is about is its passage's label.
_PRONOUN_OPENING = re.compile(
    r"^\W*(?:it|they|this|these|den|det|de|dessa|se|ne|sen|niitä|niiden|tämä|nämä|sitä)\b", re.IGNORECASE
)


def with_label(match: Match) -> str:
    """A statement with what its passage says it is about: the label cut from its first statement ("Frame
    warranty: 2 years ...") and a FAQ's heading; for a later statement that opens with a pronoun ("Den kan också
    hyras för 35 € per helg" after "Honungsslunga: ..."), the label it stands for."""
    if match.position != 0 and not _PRONOUN_OPENING.match(match.sentence):
        return match.sentence
    first = split(match.passage.text)[:1]
    return " ".join((match.passage.heading or "", label_of(first[0]) if first else "", match.sentence))


_YES_NO = {
    "en": re.compile(r"\b(?:do|does|can|will|could|would)\s+(?:you|u|they|i|we)\b", re.IGNORECASE),
    "fi": re.compile(r"^\W*(?:\w+\s+)?\w+(?:ko|kö)\b", re.IGNORECASE),
    "sv": re.compile(r"\b\w+(?:ar|er|r)\s+(?:ni|du|man|det)\b", re.IGNORECASE),
}


# A yes/no question opens with its verb: "does it ...", "onks tää", "toimiiko se", "finns det", "funkar den"; after
# a word that only leads into it ("so do they do figure skates?", "men funkar den", "entä toimiiko se").
_LEAD_IN = {
    "en": r"(?:(?:so|and|but|ok|okay|also|hey|hi)[,!]?\s+)?",
    "fi": r"(?:(?:ja|mut|mutta|entä|no|okei|moi|hei)[,!]?\s+)?",
    "sv": r"(?:(?:och|men|så|okej|hej)[,!]?\s+)?",
}
_YES_NO_OPEN = {
    "en": re.compile(rf"^{_LEAD_IN['en']}(?:do|does|did|is|are|can|could|will|would|has|have)\b", re.IGNORECASE),
    "fi": re.compile(
        rf"^{_LEAD_IN['fi']}(?!(?:paljon|kauan|monta|mi|ku|ke|mo)\w*\b)\w{{2,}}(?:ko|kö|ks|kse)\b", re.IGNORECASE
    ),
    "sv": re.compile(
        rf"^{_LEAD_IN['sv']}(?!(?:vad|hur|var|när|vem|vilk|varför)\w*\b)(?:\w+(?:r|s)|kan|ska|vill|måste)\s+"
        r"(?:det|ni|man|du|jag|den|de|vi|dom)\b",
        re.IGNORECASE,
    ),
}


def opens_yes_no(question: str, language: str) -> bool:
    """Whether a clause of ``question`` opens as a yes/no question ("jag tar med tre jackor, blir det billigare
    då?", "onks se kallis"): it asks whether, not how much or how long."""
    pattern = _YES_NO_OPEN.get(language)
    return pattern is not None and any(pattern.search(c.strip()) for c in re.split(r"[,;:.!?]", question))


# A statement that says no ("We do not install ...", "Batterilagring erbjuds inte", "ei sovi").
# Per language: Swedish "en" is an article, Finnish "en" a negation ("en avgång per dag" read as a no).
_NEGATION = {language: negation_pattern(language) for language in ("en", "fi", "sv")}


# A question with two alternatives ("by email or only in the app?", "finlandssvenska eller rikssvenska?") has no yes
# or no answer.
_ALTERNATIVES = re.compile(r"\b(?:or|tai|vai|eller)\b", re.IGNORECASE)


# Words whose yes or no depends on the question ("is there a fee?" - "the app is free"; "do you ship abroad?" - "only
# within Finland"): no plain yes or no is said before such a statement.
_UNSURE = re.compile(
    r"\b(?:free|only|just|except|unless|ilmai\w*|maksut\w*|vain|ainoastaan|paitsi|gratis|kostnadsfri\w*|avgiftsfri\w*"
    r"|bara|endast|utom|ingår|sisältyy|included)\b",
    re.IGNORECASE,
)


# Words a question carries besides what it asks about ("onko nyt jotain tarjousta", "gäller det också").
_FILLER = frozenset(
    stems(
        "jotain jokin joku oikeesti oikeasti vielä ensin tällä hetkellä also really actually currently still please "
        "någon något några också verkligen eller fortfarande finns there"
    )
)


def _unsettled(question: str, statement: str) -> bool:
    """A word whose yes or no depends on the question (:data:`_UNSURE`) in either, unless both say the same one:
    "ingår det att torka fönsterbänkarna?" and "Torkning av fönsterbänkar ingår i priset" settle it (yes), "is
    there a monthly fee?" and "the app is free" do not, nor "bara en buss?" and "en buss per dag"."""
    asked = {w.lower()[:5] for w in _UNSURE.findall(question)}
    said = {w.lower()[:5] for w in _UNSURE.findall(statement)}
    return bool(asked | said) and asked != said


_YES_NO_WORDS = {"fi": ("Kyllä", "Ei"), "sv": ("Ja", "Nej"), "en": ("Yes", "No")}
# A Finnish question put in the negative by its question word ("eikö se toimi?", "eiks teillä oo ...").
_NEGATIVE_QUESTION = re.compile(r"\b(?:eikö|eiks|eikös|eihän)\b", re.IGNORECASE)
# Words a question carries that name nothing it asks about, four letters or more (fi/sv/en).
_QUESTION_FILLER = frozenset(
    w[:5]
    for w in WORD.findall(
        "want wants them they this that these those with have from your what when does will would could there "
        "their back also just like really then some been were here only even still please thanks about need mulla "
        "teillä onko voiko voinko saako olla ihan vaan myös sitten kanssa jotain niitä tätä sitä niin finns kan ska "
        "vill måste också någon något några bara eller till från med den det dom deras"
    )
)


def passage_no(question: str, match: Match, language: str) -> str | None:
    """A statement of ``match``'s passage that says no to a word of the yes/no ``question`` which ``match`` leaves
    unsaid: "can you post the empty jars back?" is answered by "Empty jars can be returned to our farm shop" and its
    passage's "We do not accept jars by post.", and a "Yes," before the first misleads where the honest answer is
    no (reply-plans-x's panel, session 35). None where no statement of the passage does so."""
    words = {w.lower()[:5] for w in WORD.findall(question) if len(w) >= 4} - _QUESTION_FILLER
    said = {w.lower()[:5] for w in WORD.findall(match.sentence)}
    for other in split(match.passage.text):
        if other == match.sentence or other.endswith("?") or not _NEGATION[language].search(other):
            continue
        if words & ({w.lower()[:5] for w in WORD.findall(other)} - said):
            return other
    return None


def yes_no_lead(comment: str, statement: str, language: str, brand: Sequence[str]) -> str | None:
    """The statement with a plain "Yes, " or "No, " first where the comment's first question is a yes/no question
    and the statement settles it: it speaks of what the question asks (a content word of five letters or more
    besides the brand's names, and every other name the question gives: "in Göteborg" needs Göteborg) and says yes
    or no without a condition (no "free", "only", "included", whose answer depends on how the question is put).
    None otherwise: a wrong yes is worse than none."""
    question = next((q.strip() for q in re.split(r"(?<=[?.!])\s+|\n", comment) if q.strip()), "")
    pattern = _YES_NO_OPEN.get(language)
    if pattern is None or not pattern.search(question) or _unsettled(question, statement):
        return None
    if _NEGATION[language].search(question) or _NEGATIVE_QUESTION.search(question):
        # "is there really no sugar in the sugar-free one?": a yes to a question put in the negative says either
        # (reply-plans-x's panel, session 35: "'Yes' is ambiguous").
        return None
    if _ALTERNATIVES.search(question) or any(
        not re.search(rf"(?<![\d,.]){n}(?![\d,.]?\d)", statement) for n in re.findall(r"\d+", question)
    ):
        # "... and still get the 1 kr pair?": a figure the statement does not give is not settled by it.
        return None
    if "?" in comment and "?" not in question:
        return None  # the question is another sentence than the first
    if "price" in slots(question):
        return None  # "maksaako se jotain?", "does it cost extra?": a yes there is a price the statement may not give
    ours = long_stems(" ".join(brand))
    asked = long_stems(question) - ours - _FILLER
    said = long_stems(statement)
    if not asked or not asked <= said:
        # Every content word of the question is the statement's ("finns det parkering vid Majorna?" - "Majorna ...
        # har ingen egen parkering"): one shared word ("paneelit" in a warranty statement for "voiko paneelit kytkeä
        # suoraan lämminvesivaraajaan?") is another question's answer, and a yes under it would be wrong.
        return None
    names = [n for n in CAPITALISED.findall(question) if n.lower()[:5] not in {s[:5] for s in ours}]
    if any(n.lower()[:5] not in statement.lower() for n in names):
        return None
    yes, no = _YES_NO_WORDS.get(language, _YES_NO_WORDS["en"])
    word = no if _NEGATION[language].search(statement) else yes
    first = next(iter(WORD.findall(statement)), "")
    # A name keeps its capital ("Kaiku Pro", "Majorna": the brand's, or capitalised in the question or later in the
    # statement); any other first word is lowered after the yes or no ("No, phone booths cannot be booked").
    named = first.lower()[:5] in {s[:5] for s in ours} or re.search(rf"(?<!^)\b{re.escape(first)}\b", question[1:])
    later = re.search(rf"\b{re.escape(first)}\b", statement[len(first) :])
    keep = (first.isupper() and len(first) > 1) or (first == "I" and language == "en") or bool(named) or bool(later)
    return f"{word}, {statement if keep else statement[:1].lower() + statement[1:]}"


def not_listed(comment: str, answer: Sequence[str], topics: Sequence[str], language: str) -> str | None:
    """The place a yes/no question asks about ("do you deliver to Oulu?", "Asennatteko Jyväskylässä?") when
    the answer is a list of places without it: the reply must say no plainly. None otherwise."""
    question = next((q for q in re.split(r"(?<=\?)", comment) if "?" in q), "")
    pattern = _YES_NO.get(language)
    if not question or pattern is None or not pattern.search(question.strip()):
        return None
    said = " ".join(answer)
    ours = {w.lower()[:5] for term in brand_terms(topics) for w in WORD.findall(term)}
    names = [n for n in CAPITALISED.findall(said) if n.lower()[:5] not in ours]
    if len(names) < 2 and said.count(",") < 2:
        return None  # the answer is no list of places
    asked = [str(name) for name in CAPITALISED.findall(question.strip()) if str(name).lower()[:5] not in ours]
    acronyms = re.findall(r"\b[A-ZÅÄÖ]{2,}\b", question)  # "the UK", "USA"
    if any(name.lower()[:5] in said.lower() for name in asked) or any(
        re.search(rf"\b{a}\b", said) for a in acronyms if a.lower()[:5] not in ours
    ):
        # "Do they ship to the UK post-Brexit?" and "We ship to the EU, Norway and the UK": the place asked is
        # listed, and another name beside it (an event, a product) is no place left out (reply-plans-w's panel,
        # session 35: "Sorry, not at the moment" before the list holding the UK).
        return None
    # "do they ship to the UK though?": a place asked by its acronym and left out of the list is a no too (the list
    # alone read as a yes, reply-plans-x's panel, spent).
    asked += [a for a in acronyms if a.lower()[:5] not in ours]
    return next((name for name in asked if name.lower()[:5] not in said.lower()), None)


_DAY_MONTH = re.compile(r"(?<![\d.,])(\d{1,2})\.\s?(\d{1,2})\.?(?![\d,])")


def offer_marks(text: str) -> frozenset[str]:
    """What tells one offer from another in ``text``: its sums and percentages ("25 €", "-20 %") and its dates
    ("27.12.", "1.12")."""
    marks = {f"{number:g} {unit}" for number, unit in amounts(text) if unit in ("€", "kr", "%")}
    marks |= {f"{int(day)}.{int(month)}" for day, month in _DAY_MONTH.findall(text) if 0 < int(month) <= 12}
    return frozenset(marks)


def another_campaign(request: DraftRequest, offer: Match) -> bool:
    """Whether the post the comment sits under announces an offer (its sums, percentages or dates) that ``offer``'s
    campaign does not state: the post is about another campaign, often one stated in another language. A student
    week's price under a New Year post, a children's Christmas sale under a paperback deal: the panels struck such
    lines as unrelated to the post and to the person."""
    post = offer_marks(" ".join(t for t in (request.thread_title, request.thread_body) if t))
    if not post:
        return False
    return not post & offer_marks(" ".join((offer.passage.heading or "", offer.passage.text)))


def on_act(question: str, match: Match) -> bool:
    """Whether the statement (with its passage's label) names one of the acts the question asks about (a question
    naming none asks no act): "vad kostar det att hyra slungan?" is answered by "Den kan också hyras för 35 € per
    helg", not by the extractor's price; "is the store open on Saturdays?" not by a course that runs on Saturdays."""
    asked = asked_acts(question)
    # Booking is a passage's subject: "The earliest free slot is usually within 2 weeks" after "Book online at ..."
    # answers how far ahead to book.
    said = acts(with_label(match)) | (acts(match.passage.text) & {"book"})
    return not asked or bool(asked & said)


# A statement that is the route for a complaint or a fault ("Vid reklamation, bifoga bilder och ordernummer",
# "Complaints about finished work: email ...", "Viallisesta tuotteesta lähetä ..."): it answers a question about a
# complaint, never one asking something else that shares a word with it ("kan ni bedöma från bilder?" - whether a
# chair can be assessed from photos, answered with the complaints procedure, reply-plans-o, spent).
_FAULT = re.compile(
    r"\b(?:reklam\w*|complain\w*|complaint\w*|valitu\w*|valitta\w*|reklamaat\w*|viallis\w*|vika\w*|vioi\w*|faulty|"
    r"fault\w*|defect\w*|damage\w*|skada\w*|skadad\w*|vaurio\w*|rikki|trasig\w*|broken|broke|fel\b|felaktig\w*|"
    r"problem\w*|ongelm\w*|wrong|väärä\w*)",
    re.IGNORECASE,
)
# The words that make a statement a complaint's route (narrower than :data:`_FAULT`: "if the size is wrong, exchange
# it within 30 days" answers a question about exchanges).
_COMPLAINT_ROUTE = re.compile(
    r"\b(?:reklam\w*|complain\w*|complaint\w*|valitu\w*|reklamaat\w*|viallis\w*|faulty|defect\w*|damaged|"
    r"skadad\w*|vaurioitu\w*)",
    re.IGNORECASE,
)


def fault_route(question: str, match: Match) -> bool:
    """Whether the statement (with its passage's label) speaks of a complaint or a fault the question does not: the
    route for a complaint, no answer to a question asking something else."""
    return bool(_COMPLAINT_ROUTE.search(with_label(match))) and not _FAULT.search(question)


def compound_only(question: str, match: Match, others: Sequence[Match], brand: Sequence[str]) -> bool:
    """Whether the statement names a word of the question only as the last part of a compound ("Nojatuolit alkaen
    390 €" for "paljonko yksi tuoli maksaa?": an armchair is a kind of chair, not the chair asked about) while one of
    ``others`` names that word itself ("Ruokapöydän tuolin istuimen ... 85 € / tuoli"): the thing asked is the one the
    other statement names (reply-plans-o, spent: the armchair's price for "one chair")."""
    asked = objects.long_stems(questions(question)) - objects.long_stems(" ".join(brand)) - objects.FILLERS

    def bare(text: str) -> set[str]:
        return {stem for stem in asked for w in WORD.findall(text) if w.lower().startswith(stem)}

    said = with_label(match)
    inside = {s for s in asked if any(len(w) >= 8 and s in w.lower()[1:] for w in WORD.findall(said))} - bare(said)
    return bool(inside) and any(inside & bare(with_label(o)) for o in others if o is not match)


# A least number a statement holds for ("vid minst 4 stolar", "vähintään 4 tuolia", "at least 4 chairs", "min. 2 kg").
_AT_LEAST = re.compile(
    r"\b(?:at least|minimum(?: of)?|min\.?|vähintään|minst|minimum)\s+(\d+)\s*([^\W\d_]*)", re.IGNORECASE
)
# Small counts said in words: English and Swedish whole, Finnish by the stem its inflections share ("kolmea").
_COUNT_WORDS = {
    "one": 1,
    "single": 1,
    "en": 1,
    "ett": 1,
    "two": 2,
    "två": 2,
    "three": 3,
    "tre": 3,
    "four": 4,
    "fyra": 4,
}
_COUNT_STEMS = (("yks", 1), ("yhd", 1), ("yht", 1), ("kaks", 2), ("kaht", 2), ("kahd", 2), ("kolm", 3), ("nelj", 4))


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _COUNT_WORDS.get(word) or next((n for stem, n in _COUNT_STEMS if word.startswith(stem)), None)


def below_minimum(question: str, statement: str) -> bool:
    """Whether the question names a number of the thing below the least the statement holds for: "gäller det om
    man bara har två stolar?" and "69 € / stol ... vid minst 4 stolar" (reply-plans-o, spent): the statement's
    price is not the asker's, and it is not said as if it were."""
    for hit in _AT_LEAST.finditer(statement):
        least, unit = int(hit.group(1)), hit.group(2).lower()[:3]
        for number, word in re.findall(r"\b(\d+|[^\W\d_]+)\s+(?=([^\W\d_]+))", question):
            count = _count(number)
            if count is not None and count < least and (not unit or word.lower()[:3] == unit):
                return True
    return False


# A question asking for a number to call (fi/sv/en): "mihin numeroon voi soittaa", "what number do I call", "vilket
# nummer ska jag ringa". Narrower than the bridge's route words (:func:`bot.drafting.bridging.asked_route`, which read
# "send", "ring" and "number" alone): the call and the number are asked together, or the phone number by its name.
_PHONE_ASKED = re.compile(
    r"\b(?:phone ?number|telephone number|number to call|(?:what|which) number|"
    r"(?:can|do|should|could|may) (?:i|we) (?:call|phone|ring)\b|call (?:you|them|customer service)|"
    r"puhelinnumero\w*|numero\w*\W+(?:\w+\W+){0,3}soit\w*|soit\w*\W+(?:\w+\W+){0,3}numero\w*|"
    r"mihin (?:\w+ ){0,2}soit\w*|mistä numerosta|"
    r"telefonnummer\w*|vilket nummer|(?:kan|ska|får|bör) (?:man|jag|vi) ringa|ringa (?:er|till))",
    re.IGNORECASE,
)


def asks_phone(question: str) -> bool:
    """Whether ``question`` asks for a number to call (:data:`_PHONE_ASKED`)."""
    return bool(_PHONE_ASKED.search(questions(question) or question))


def phone_first(question: str, matches: Sequence[Match]) -> tuple[list[Match], str | None]:
    """For a question asking a number to call, the statements giving a phone number first; none left when no
    statement gives one, with the reason. "mihin numeroon voi soittaa jos tilaus on myöhässä?" was answered with the
    corporate orders' e-mail address beside their word "tilaus" (reply-plans-y's panel, spent: "wrong answer, the
    number is ..."); an e-mail address is another route than the one asked."""
    if not asks_phone(question):
        return list(matches), None
    calling = [m for m in matches if routes(m.sentence, "phone")]
    if matches and not calling:
        return [], "guidance does not answer this: no statement gives a number to call"
    return calling + [m for m in matches if m not in calling], None


# A price asked without the offer (fi/sv/en): an offer word after "without", "utan", "ilman" ("vad kostar ett par
# utan erbjudandet?", "paljonko ilman tarjousta?"), or the regular price by its name ("normal price", "ordinarie
# pris", "normaalihinta").
_OFFER_DECLINED = re.compile(
    r"\b(?:without|excluding|except|utan|förutom|ilman|paitsi)\s+(?:(?:the|a|an|any|det|den|sitä|tätä)\s+)?"
    r"\w*(?:offer|deal|discount|campaign|promo|erbjudande|kampanj|rabatt|tarjou|alennu|alenn|ale\b)\w*|"
    r"\b(?:normal|regular|full|usual|ordinary) price|\b(?:ordinarie|vanligt?|normalt?) pris|\bnormalpris\w*|"
    r"\bnormaali ?hin\w*|\btäy(?:si|den) hin\w*|\bilman alea?\b",
    re.IGNORECASE,
)


def offer_declined(question: str) -> bool:
    """Whether ``question`` asks the price without the offer (:data:`_OFFER_DECLINED`): a campaign's statement is
    then another question's answer ("vad kostar ett par barntofflor utan erbjudandet?" answered with "Två par
    barntofflor för 99 €", reply-plans-y's panel, spent: "asked the normal price")."""
    return bool(_OFFER_DECLINED.search(questions(question) or question))


def fit_need(question: str, matches: Sequence[Match], brand: Sequence[str]) -> tuple[list[Match], str | None]:
    """``matches`` held to what the question itself needs, beside its kind of fact: never a complaint's route for
    a question about something else (:func:`fault_route`); only statements naming the act it asks about where it
    names one (:func:`on_act`: renting, opening, pickup); a statement naming its thing itself before one naming it
    only inside a compound (:func:`compound_only`). With the reason the guidance does not answer it, when none is
    left."""
    kept = [m for m in matches if not fault_route(question, m)]
    if matches and not kept:
        return [], "guidance does not answer this: only a complaint's route speaks of it"
    if offer_declined(question):
        regular = [m for m in kept if m.passage.kind != "campaign"]
        if kept and not regular:
            return (
                [],
                "guidance does not answer this: it asks the price without the offer, and only the offer states one",
            )
        kept = regular
    kept, unmet = phone_first(question, kept)
    if unmet:
        return [], unmet
    # How long asked: a span before an event ("2 tuntia ennen sulkemista", the last entry) tells when, not how many
    # hours a ticket gives (reply-plans-q, spent), unless the question asks about a time before something.
    asking = questions(question) or question
    if (
        kept
        and asks_for(asking) & {"duration", "length"}
        and not asks_around(asking)
        and not (kept := [m for m in kept if not span_before_event(m.sentence)])
    ):
        return [], "guidance does not answer this: its times are said before an event, not how long it lasts"
    # The day asked: "is it closed on Saturdays?" is not answered by "Closed on Mondays", "on weekends?" by the
    # statement naming Saturdays and Sundays first (reply-plans-p, spent: "Måndagar stängt." for a Saturday).
    # Beside a statement naming the day asked, the other days' may complete it ("Open Tue-Fri ... Closed Mondays").
    if objects.days(questions(question) or question):
        if (
            kept
            and not any(objects.names_asked_day(question, with_label(m)) for m in kept)
            and not (kept := [m for m in kept if not objects.other_days(question, with_label(m))])
        ):
            return [], "guidance does not answer this: its statements speak of other days than the one asked"
        kept = sorted(kept, key=lambda m: not objects.names_asked_day(question, with_label(m)))
    # Whom it asks about: the adults' price is not "Children under 6 join for free with an adult".
    if kept and not (kept := [m for m in kept if not objects.other_group(question, with_label(m))]):
        return [], "guidance does not answer this: its statements speak of others (adults, children) than those asked"
    # The thing asked, where a compound names another with the same first part: a loan bow is not a loan violin.
    if kept and not (kept := [m for m in kept if not objects.other_compound(question, with_label(m))]):
        return [], "guidance does not answer this: its statements speak of another thing than the one asked"
    # ... or the same last part after another first part, of the whole passage: Mora clocks are not smartwatches,
    # while a passage naming student violins beside master violins speaks of both (reply-plans-s, -p, spent).
    if kept and not (kept := [m for m in kept if not objects.other_first_part(question, m.passage.text)]):
        return [], "guidance does not answer this: its statements speak of another thing than the one asked"
    # The name asked (a place, a product, a chain): "vad kostar frakten till Sverige?" is not answered by "inom Finland
    # 6,90 €", "do they ship to the US?" not by the damage policy's "including shipping" (reply-plans-q, spent).
    if kept and (names := objects.asked_names(question, brand)):
        kept, unmet = _on_names(question, kept, names, brand)
        if unmet:
            return [], unmet
    # Whether one may bring a thing: a statement speaking of neither the thing nor bringing answers another question
    # ("saako radoille ottaa puhelimen mukaan?" and the courses' safety cable, reply-plans-q, spent).
    if (
        kept
        and yes_no_question(question)
        and (thing := brought_thing(questions(question) or question))
        and not (
            kept := [m for m in kept if BRINGING.search(with_label(m)) or objects.names_thing(thing, with_label(m))]
        )
    ):
        return [], f"guidance does not answer this: no statement speaks of bringing the {thing}"
    # Whether a thing is valid for another ("käykö lahjakortti alelaareihin?", "can a gift card be used for the
    # membership?"): a statement naming the card and not what it is asked to be valid for (the card's values)
    # settles nothing (reply-plans-q, spent).
    if (
        kept
        and (wanted := valid_for(question, brand))
        and not (kept := [m for m in kept if _names_all(wanted, with_label(m))])
    ):
        return [], "guidance does not answer this: no statement says whether it holds for what is asked"
    # Whether someone of an age may ("voiko synttäreillä ratsastaa 4-vuotiaat?"): a statement stating no age (the
    # helmets lent to riders) settles nothing (reply-plans-p, spent).
    if (
        kept
        and yes_no_question(question)
        and objects.asks_age(question)
        and not (kept := [m for m in kept if objects.states_age(with_label(m))])
    ):
        return [], "guidance does not answer this: no statement gives an age for what is asked"
    # "Which X": a statement naming no X does not say which. Opening hours asked ("Vilka öppettider har ni?") are
    # said by a schedule of days and hours in any language (bot/drafting/schedules.py), whatever word it opens with.
    if (
        kept
        and (thing := objects.which_thing(question)) is not None
        and not asks_hours(thing)
        and not (kept := [m for m in kept if objects.names_thing(thing, with_label(m))])
    ):
        return [], f"guidance does not answer this: no statement names the {thing} asked about"
    asked = asked_acts(questions(question))
    if asked:
        acting = [m for m in kept if on_act(questions(question), m)]
        if not acting:
            named = " or ".join(ACT_NAMES[act] for act in sorted(asked))
            return [], f"guidance does not answer this: no statement speaks of the {named} asked"
        # The rest may still complete the answer where it speaks of the question's own words ("Lördagar stängt."
        # after the opening hours, for "på lördag"), unless it states the kind of fact asked itself: the purchase
        # price beside the rent asked is another question's answer.
        kinds = answer_kinds(question)
        words = objects.long_stems(question) - objects.long_stems(" ".join(brand))
        kept = acting + [
            m
            for m in kept
            if m not in acting
            and words & objects.long_stems(m.sentence)
            and not (kinds and states_asked(m.sentence, kinds))
        ]
    kept = asked_object_first(question, kept, brand)
    later = [m for m in kept if compound_only(question, m, kept, brand)]
    kept = [m for m in kept if m not in later] + later
    if objects.which_thing(question) is not None:
        # Of the statements naming X, one that gives a name or a code says which ("käytämme Goldmine-asteikkoa" for
        # "mitä luokitusta niillä on käytössä?", not "Kansi ja levy luokitellaan erikseen": reply-plans-q, spent).
        kept = sorted(kept, key=lambda m: not says_which(question, m))
    return kept, None


# A question whether a thing is valid for another, or may be used for it (fi/sv/en).
# Whether a thing works at all ("toimiiko pumppu pakkasilla?", "does it work offline?") is another question: its
# answer names the conditions, not the asked words (the demo's "-25 asteessa").
_VALID_ASKED = re.compile(
    r"\b(?:käy(?:kö|ks|vät(?:kö)?)|kelpaa(?:ko|ks)?|pätee(?:kö)?|koskee(?:ko)?|voimassa|"
    r"(?:be )?used? (?:for|on|in)|valid (?:for|on|in)|appl(?:y|ies) to|"
    r"gäller|gälla|använda\s+\w+\s+(?:till|på|för))\b",
    re.IGNORECASE,
)


def valid_for(question: str, brand: Sequence[str]) -> set[str]:
    """The question's own words (stems of five letters, question words and the brand's aside) where it asks whether
    a thing holds for another (:data:`_VALID_ASKED`) and names both ("käykö lahjakortti alelaareihin?": the card
    and the sale crates); empty otherwise. A statement answers it by naming them all (:func:`_names_all`)."""
    asked = questions(question) or question
    if not _VALID_ASKED.search(asked) or not yes_no_question(asked):
        return set()
    untimed = " ".join(w for w in WORD.findall(asked) if not objects.time_word(w))  # "valid in January?" asks a date
    own = objects.long_stems(untimed) - objects.long_stems(" ".join(brand)) - objects.FILLERS - _VALID_WORDS
    own -= _DEAL_WORDS | _FILLER
    return own if len(own) >= 2 else set()


# Words for an offer itself ("does the offer cover e-bikes?"): a campaign's statement speaks of its offer unnamed.
_DEAL_WORDS = frozenset(stems("tarjous tarjoukset kampanja offer offers deal erbjudande kampanj rabatt alennus"))


def _names_all(stems: set[str], text: str) -> bool:
    """Whether ``text`` names every one of ``stems``, as a word or inside a compound."""
    said = objects.long_stems(text)
    words = [w.lower() for w in WORD.findall(text)]
    return all(s in said or any(len(w) >= 8 and s in w[1:] for w in words) for s in stems)


def says_which(question: str, match: Match) -> bool:
    """Whether the statement says which X a "which X" question asks (:func:`bot.opportunities.objects.which_thing`):
    it names X and gives a name or a code ("käytämme Goldmine-asteikkoa" for "mitä luokitusta niillä on käytössä?").
    Such a statement leads the nearer one that only names X (:func:`fit_need`), held to that one's bar."""
    thing = objects.which_thing(question)
    return thing is not None and objects.names_thing(thing, with_label(match)) and objects.gives_name(match.sentence)


def yes_no_question(question: str) -> bool:
    """Whether a clause of the comment's question opens as a yes/no question in any of the languages read
    (:func:`opens_yes_no`): "do they ship to the US", "käykö lahjakortti", "skickar ni till Norge"."""
    asked = questions(question) or question
    return any(opens_yes_no(asked, language) for language in _YES_NO_OPEN)


def _on_names(
    question: str, matches: Sequence[Match], names: frozenset[str], brand: Sequence[str]
) -> tuple[list[Match], str | None]:
    """``matches`` held to the names the question gives (:func:`bot.opportunities.objects.asked_names`): the
    statements naming one first, those naming only other names dropped ("inom Finland" for Sweden's rate). Where
    none names it, a yes/no question is not settled ("do they ship to the US?" by "We ship within the EU"), and a
    question whose every statement names another place is answered by none."""
    naming = [m for m in matches if objects.names_asked(names, with_label(m))]
    rest = [m for m in matches if m not in naming and not objects.other_names(names, m.sentence, brand)]
    said = [w for w in WORD.findall(question) if any(w == n or w.lower().startswith(n) for n in names)]
    shown = ", ".join(dict.fromkeys(said)) or ", ".join(sorted(names))
    if not naming and yes_no_question(question):
        # A list of places without the one asked says no ("do you install in Oulu?" and "in Helsinki, Espoo and
        # Turku": :func:`not_listed`); any other statement leaves it unsettled.
        listing = [m for m in matches if objects.lists_names(m.sentence, brand)]
        if listing:
            return listing, None
        return [], f"guidance does not answer this: no statement names {shown}"
    if not naming and not rest:
        return [], f"guidance does not answer this: no statement names {shown}"
    return naming + rest, None


def asked_object_first(question: str, matches: Sequence[Match], brand: Sequence[str]) -> list[Match]:
    """Where the question asks a figure (a price, a time ...) and several statements state one, none that names some
    of the question's own words but fewer than another: "how much are private lessons?" is answered by "Private
    lessons cost 62 €", never after the group lessons' price (reply-plans-p, spent: the group price first, three
    sentences). Statements stating no such figure, or naming none of its words, stay."""
    kinds = answer_kinds(question)
    plain = " ".join(w for w in WORD.findall(questions(question) or question) if not slots(w))  # "kostar" asks
    own = objects.long_stems(plain) - objects.long_stems(" ".join(brand)) - objects.FILLERS
    if not kinds or not own:
        return list(matches)

    def named(match: Match) -> int:
        said = with_label(match)
        words = [w.lower() for w in WORD.findall(said)]
        return len({s for s in own if s in objects.long_stems(said) or any(len(w) >= 8 and s in w[1:] for w in words)})

    stating = [m for m in matches if states_asked(m.sentence, kinds)]
    if len(stating) < 2:
        return list(matches)
    most = max(named(m) for m in stating)
    # A rival names the same thing of another kind ("group lessons" beside "private lessons"); a statement naming
    # none of the question's words is left to the checks after (the sofa's price beside a chair's).
    return [m for m in matches if m not in stating or not 0 < named(m) < most]


_NO_WORDS = {"fi": "Ei", "sv": "Nej", "en": "No"}


def minimum_no(comment: str, statement: str, said: str, language: str) -> str | None:
    """``said`` (the statement as the reply says it) with a plain "No, " first where the comment's yes/no question
    names a number below the least ``statement`` holds for (:func:`below_minimum`): "gäller det om man bara har två
    stolar?" is answered "Nej, ... vid minst 4 stolar", never with the offer as if it were the asker's."""
    if not opens_yes_no(questions(comment), language) or not below_minimum(comment, statement):
        return None
    return f"{_NO_WORDS.get(language, 'No')}, {said[:1].lower() + said[1:]}"


def _own_words(question: str, brand: Sequence[str]) -> set[str]:
    """The question's own words (its long stems beside the brand's names, the slots' words and fillers)."""
    plain = " ".join(w for w in WORD.findall(questions(question) or question) if not slots(w))
    return objects.long_stems(plain) - objects.long_stems(" ".join(brand)) - objects.FILLERS


def _naming(own: set[str], match: Match) -> int:
    said = with_label(match)
    words = [w.lower() for w in WORD.findall(said)]
    return len({s for s in own if s in objects.long_stems(said) or any(len(w) >= 8 and s in w[1:] for w in words)})


# Kinds of figure a statement may give beside the one settling a yes/no question ("Teroitus vie 1–2 arkipäivää.").
_FIGURE_KINDS = ("amount", "duration", "clock", "when", "count", "size")


def _figures(sentence: str) -> set[str]:
    """The units of ``sentence``'s amounts and the kinds of figure it states (:data:`_FIGURE_KINDS`)."""
    return {unit for _, unit in amounts(sentence)} | {k for k in _FIGURE_KINDS if states(sentence, k)}


def _slots_in(text: str) -> set[str]:
    """The slots (:func:`slots`) the words of ``text`` name ("pakkasilla" → cold)."""
    return {slot for word in WORD.findall(text) for slot in slots(word)}


def settling_first(question: str, matches: Sequence[Match], brand: Sequence[str]) -> list[Match]:
    """For a yes/no question, the statement naming most of its own words leads, and a statement naming fewer goes
    unless it states a kind of fact asked, a figure the leading one does not (the time it takes, a size) or, naming
    something asked, any figure:
    "do they do figure skates?" is answered by "... sharpens ice hockey skates, figure skates and ...", not followed
    by what is not sharpened; "do you make fitted sheets?" by "We do not make fitted sheets." first (reply-plans-w's
    panel, session 35: "lead with 'We don't make fitted sheets'", "the list of knives and ski edges is irrelevant";
    "can you do touring skates on the same visit?" keeps "it takes 1-2 working days"). Unchanged where the question
    is no yes/no question, one of two alternatives ("annospusseissa vai irtona?": the statement about each
    answers), or no statement names its words."""
    asked = questions(question) or question
    if len(matches) < 2 or not yes_no_question(question) or _ALTERNATIVES.search(asked):
        return list(matches)
    own = _own_words(question, brand)
    counts = [_naming(own, m) for m in matches]
    most = max(counts)
    if not most:
        return list(matches)
    kinds = answer_kinds(question)
    lead = counts.index(most)
    given = _figures(matches[lead].sentence)
    # What the question speaks of in the slots' words ("kovilla pakkasilla": the cold) that the lead leaves unsaid.
    unsaid = _slots_in(asked) - _slots_in(matches[lead].sentence)

    def stays(match: Match, count: int) -> bool:
        if count == most or (kinds and states_asked(match.sentence, kinds)):
            return True
        if unsaid & _slots_in(match.sentence):
            # "Laitteemme toimivat −25 °C:een asti." leads under "toimiiko se kovilla pakkasilla, esim. -25
            # asteessa?"; "Noin −20 °C:ssa sähkövastus kytkeytyy avuksi ... kovimmilla pakkasilla." speaks of the
            # frost asked about, which the lead does not name (the demo's panellist: without it the reply "could
            # mislead someone asking about exactly −25 °C", session 35).
            return True
        figures = _figures(match.sentence)
        # A figure the lead does not give, or one about what was asked ("Noin −20 °C:ssa ... kovimmilla pakkasilla"
        # under "toimiiko se kovilla pakkasilla?"), stays.
        return bool(figures - given) or (count > 0 and bool(figures))

    rest = [m for i, m in enumerate(matches) if i != lead and stays(m, counts[i])]
    return [matches[lead], *rest]


# A country named (fi/sv/en, Finnish inflected), and the capital a question may name it by ("I'm in Berlin").
_COUNTRY = {
    "finland": r"finland|suomi|suome(?:n|ssa|sta|en)|helsinki|helsingfors",
    "sweden": r"sweden|sverige|ruotsi(?:in|ssa|sta)?|stockholm\w*|tukholm\w*",
    "norway": r"norway|norge|norja(?:an|ssa|sta)?|oslo\w*",
    "denmark": r"denmark|danmark|tanska(?:an|ssa|sta)?|copenhagen|københavn|köpenhamn|kööpenhamin\w*",
    "estonia": r"estonia|estland|eesti|viro(?:on|ssa|sta)?|tallinn\w*",
    "germany": r"germany|tyskland|deutschland|saksa(?:an|ssa|sta)?|berlin\w*|munich|münchen|hamburg\w*",
    "uk": r"uk|united kingdom|britain|storbritannien|iso-britannia\w*|england|london\w*|lontoo\w*",
    "aland": r"åland|ahvenanmaa\w*",
}
_COUNTRIES_NAMED = {key: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for key, words in _COUNTRY.items()}


def countries(text: str) -> set[str]:
    """The countries ``text`` names (:data:`_COUNTRY`)."""
    return {key for key, pattern in _COUNTRIES_NAMED.items() if pattern.search(text)}


def other_country(question: str, statement: str) -> bool:
    """Whether ``statement`` gives a price said for one country and the question names others, not it: "Shipping
    within Finland is 7,90 €" beside "yes, we ship to Germany" for someone asking about Germany is more than was asked
    (reply-plans-x's panel, session 35: "the Finland shipping cost is irrelevant for Berlin"). A rule that only
    mentions a country ("Buyers must be 18 or older; Posti checks ID on delivery in Finland") is no such price."""
    asked, said = countries(question), countries(statement)
    return len(said) == 1 and bool(asked) and not asked & said and bool(PRICE.search(statement))
