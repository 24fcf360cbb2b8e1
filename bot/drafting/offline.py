"""The offline drafter: a short reply assembled from brand guidance, no model server needed.

For a comment in Finnish, Swedish or English it

1. keeps the *public* fact and FAQ passages in the comment's language (internal
   passages never contribute text);
2. finds the sentences that answer the comment (:mod:`bot.drafting.matching`),
   or skips with the score when nothing answers it well enough;
3. writes what the comment's reply plan asks for (:mod:`bot.opportunities.plan`):
   an *answer* is an acknowledgement that fits the voice guidance and the fact
   sentence(s) that match the comment's need, verbatim (so every claim is
   supported; a policy clause cut, a verbless FAQ fragment given its subject;
   of two parallel figures for two cases only the one the thread names; for a
   comment that states a measure and asks nothing else, a figure in it), plus
   the live campaign's offer only when the plan allows one; a
   *correction* is the contradicting fact, no pitch; an *acknowledgement* of a
   complaint is empathy (one apology at most) and the support passage's way to
   get help, a support list said as a sentence in the reply's language ("Saat
   meihin yhteyden puhelimitse numerosta ..."; its numbers, addresses and hours
   verbatim), never a pasted label, a price, an offer or a link, with what the
   support guidance asks people to bring (kept where the comment never says the
   brand was part of it, with help on that condition; else within the voice's
   length); a *thank-you* is one short line; then the
   disclosure line in that language. A ``none`` plan is never drafted.

It never mixes languages: a fact sentence that reads as another language (a
language-neutral passage written in English, say) is not used; when only such
a sentence answers, it skips and says so.

``cited`` lists every passage whose text is in the reply. This module is the drafter's entry
point (which statements answer, per plan); the wording lives beside it:

* :mod:`bot.drafting.answering`: the answer's sentences (a yes or no first, a fragment said
  plainly, the regular price before an offer, whether an offer fits);
* :mod:`bot.drafting.support`: routes (a support list said as a sentence, the channel not yet
  tried, what to bring, a case's own route);
* :mod:`bot.drafting.greetings`: the empathy and thank-you openings;
* :mod:`bot.drafting.voice`: the disclosure line, the sign-off, the closing line and the voice's
  sentence limit, put together into the reply (:func:`bot.drafting.voice.finish`);
* :mod:`bot.drafting.reading`: words, stems, prices, links and languages as the drafter reads them;
* :mod:`bot.drafting.phrasebook`: the fixed phrases of ``phrases.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Literal

from bot.domain import Passage
from bot.drafting.answering import (
    ASKED_KIND_NAMES,
    MEASURES,
    TIME_UNITS,
    another_campaign,
    answer_kinds,
    answers_on_topic,
    common_slots,
    common_stems,
    every_ask,
    fit_need,
    minimum_no,
    names_own_object,
    not_listed,
    offer_fits,
    opens_yes_no,
    other_country,
    passage_no,
    plain_statement,
    prices_planned_thing,
    quotable,
    regular_price_first,
    says_which,
    settling_first,
    shared_slots,
    states_asked,
    with_label,
    yes_no_lead,
)
from bot.drafting.bridging import (
    asked_limit,
    asked_route,
    asks_reply_time,
    bridge_kinds,
    bridgeable,
    country_duration_line,
    figure_clause,
    figure_line,
    named_price,
    period_topic,
    prices_delivery,
    route_line,
    routes,
    shipping_line,
)
from bot.drafting.contacted import contacted_instruction, contacted_line
from bot.drafting.dates import asks_date
from bot.drafting.greetings import (
    IN_PERSON_KINDS,
    already_contacted,
    empathy_line,
    general_feedback,
    names_signer,
    thank_in_person,
    thank_line,
    topic_of,
)
from bot.drafting.matching import (
    ANSWER_THRESHOLD,
    COMPANION_GAP,
    Match,
    answer,
    guidance_cases,
    rank,
    sentences,
)
from bot.drafting.measures import asks_size
from bot.drafting.narrowing import asked_part
from bot.drafting.offers import SUM, announced, live, offer_sentence, period, sales_posts_only
from bot.drafting.phrasebook import phrases
from bot.drafting.priced import priced_sentence
from bot.drafting.prompting import target_language
from bot.drafting.reading import WORD, brand_terms, no_price_or_link, reads_foreign, without_opening_also
from bot.drafting.register import formal_voice
from bot.drafting.schedules import asks_hours, day_answer, schedule
from bot.drafting.support import (
    PHOTO_CLAUSE,
    PURPOSE_CLAUSE,
    asks_contact,
    case_route,
    channel_instruction,
    contacted_channel,
    data_request,
    every_channel_tried,
    foreign_route,
    general_route_elsewhere,
    guarantee_remedy,
    in_person_only,
    names_channel,
    no_case,
    own_language_route,
    photo_fits,
    photos_sent,
    same_thread_case,
    same_trouble,
    scoped_to,
    spoken_request,
    support_remedy,
    support_route,
    tried_all,
    unanswered_only,
    untried_route,
    without_echo,
    without_promise,
    without_told_case,
)
from bot.drafting.types import DraftRequest, DraftResult
from bot.drafting.voice import (
    finish,
    sign_off,
)
from bot.language import detect_language, language_name, negation_pattern
from bot.opportunities.acts import acts, asked_acts
from bot.opportunities.amounts import amounts
from bot.opportunities.claims import opposite, shares_stem
from bot.opportunities.conditions import asked_cases, named_anywhere, names_cases, other_case
from bot.opportunities.coverage import questions, states
from bot.opportunities.objects import names_asked_day, shared_names
from bot.opportunities.plan import (
    GENERIC_SLOTS,
    contradicts,
    passage_slots,
    product_names,
    products_in,
    slots,
)
from bot.opportunities.quantities import asked_count, meets
from bot.ports import Embedder
from bot.textnorm import normalise

ANSWER_KINDS = ("fact", "faq")


MAX_SENTENCES = 2


# How far under the answer threshold a correction's statement may match: the plan chose its passage by the sentence
# that says otherwise (bot/opportunities/claims.py); on the spent reply-plans-a the statements the writers cited
# against a claim ("kivet kestää ikuisesti" / "vaihtaa rapautuneet kivet") matched 0.82-0.92.
CORRECTION_ALLOWANCE = 0.04

# How far under the answer threshold the statement of a price said in another language may match: e5 scores a
# question against a statement in another language lower than against the same statement in its own.
BRIDGE_ALLOWANCE = 0.0
# The figures a bridge reads by their own words and units (a weight, age or speed limit, opening hours): a statement
# of the plan's passages that gives one, for a question asking that kind, may match this far under the threshold.
_OWN_PATTERN_KINDS = frozenset({"weight", "age", "speed", "hours"})
OWN_PATTERN_ALLOWANCE = 0.07
# A price, a time, a date or a size of the plan's passages in another language, whose statement gives exactly one
# figure of the kind asked (or one labelled for the weekend, the model or the buyer the question names): e5 scores a
# question against a statement in another language some 0.03-0.06 lower than against the same statement in its own
# (reply-plans-aa, spent: "how long does an unopened jar last" and its Finnish statement 0.807, "how much is a weekend"
# and the Finnish rents 0.826, "hur mycket kostar det om man glömmer tömma den" and the English fee 0.826, each the
# statement that answers it, against a bar of 0.86). The plan chose the passage with that pull taken out
# (assess.language_shifts); the fixed sentence then carries only the figure, so the bar is lowered by this much.
_CROSS_FIGURE_KINDS = frozenset({"amount", "duration", "date", "size"})
CROSS_FIGURE_ALLOWANCE = 0.06


QUERY_CHARS = 1000

# A question asking a weight ("how heavy", "paljonko painaa", "hur tung", "vad väger"): among the statements giving a
# size, the one in kilograms answers it.
_WEIGHT_ASKED = re.compile(
    r"\b(?:how heavy|weigh\w*|weight|paino\w*|painaa|painava\w*|painavi\w*|väg(?:er|a)|vikt\w*|tung\w*)\b",
    re.IGNORECASE,
)


# The case a question sets, from its conditional word to the end of its clause ("... if the size is wrong", "jos koko
# on väärä", "ifall storleken", "om den inte passar"): Swedish "om" only before a subject, since it is "about" too.
_SET_CASE = re.compile(
    r"\b(if|in case|jos|mikäli|ifall|om (?=(jag|man|du|vi|ni|den|det|de|dom|storleken)\b))[^,;.!?]*",
    re.IGNORECASE,
)


def unconditioned(question: str) -> str:
    """``question`` without the case it sets (:data:`_SET_CASE`)."""
    return _SET_CASE.sub(" ", question)


def _keyed(match: Match, kind: str, language: str, asked_in: str) -> bool:
    """Whether the question itself ties ``match``'s figure to what it asks, beyond e5's score: it picks the figure
    among several (the weekend's rent beside the day's), names the case the statement names (an unopened jar), asks
    how soon support replies of a support statement, or names a specific slot the statement speaks of (the warranty,
    the delivery). "ja mites takuu, kauanko se on" under a repair's passage shares only "how long" with "the repair
    takes about 3 weeks", and "Hur länge tar det?" only that with a return window: neither is bridged under the bar
    (reply-plans-aa, spent)."""
    if figure_line(match.sentence, kind, language, "", match.passage.language) is None:
        return True  # a figure only the question picks
    case = asked_cases(asked_in)
    if case and names_cases(case, with_label(match)):
        return True
    if kind == "duration" and match.passage.kind == "support" and asks_reply_time(asked_in):
        return True
    if kind == "amount" and asks_delivery_price(asked_in) and prices_delivery(match.sentence):
        return True  # "paljonko on postikulut" and "Frakten kostar 7,90 €.": the postage asked, the postage priced
    key = slots(asked_in) - GENERIC_SLOTS
    return bool(key and key & passage_slots(with_label(match), match.passage.kind))


class OfflineDrafter:
    mode: Literal["llm", "offline"] = "offline"

    def __init__(
        self,
        embedder: Embedder,
        *,
        fallback_language: str = "en",
        threshold: float = ANSWER_THRESHOLD,
        brand: str | None = None,
        today: Callable[[], date] | None = None,
    ):
        self.embedder = embedder
        self.fallback_language = fallback_language
        self.threshold = threshold
        self.brand = brand  # named in the standard disclosure line
        # The day a campaign must be running on to be offered: the drafting day, as the guidance store reads a
        # campaign file's valid_until (knowledge/store.py); tests fix it.
        self.today = today or date.today

    def draft(self, request: DraftRequest) -> DraftResult:
        language = target_language(request, self.fallback_language)
        comment = normalise(request.comment_text, QUERY_CHARS).text
        if not comment:
            return _skip(language, "the comment has no text to answer")
        if language not in phrases()["acknowledge"]:
            return _skip(
                language, f"the offline drafter writes Finnish, Swedish and English, not {language_name(language)}"
            )
        stale = {} if _asks_when(comment) else self._stale(request, upcoming=True)
        if stale:
            # A campaign outside its dates is not in the guidance today: never offered, never the answer (the panels:
            # "outside its dates", "not running now"), unless the brand's own post announces it or the question asks
            # when it runs (its period then answers); one still to come may answer under the brand's own post, said
            # with its whole period. What else the plan chose still answers.
            kept = tuple(i for i in request.answer_passages if i not in stale)
            if request.answer_passages and not kept and request.plan == "answer":
                ended = ", ".join(f"{i} ({stale[i]})" for i in request.answer_passages if i in stale)
                return _skip(language, f"the campaign that answers this is not running now: {ended}")
            passages = tuple(p for p in request.passages if p.id not in stale)
            request = replace(request, passages=passages, answer_passages=kept)
        public = [p for p in request.passages if p.visibility == "public" and p.language in (language, None)]
        if request.plan == "none":
            return _skip(language, f"the reply plan is none: {request.plan_reason or 'the brand adds nothing'}")
        if request.plan == "thank":
            kind, line = thank_line(comment, language, formal=formal_voice(request.passages))
            signed = sign_off(request.passages, language, anywhere=True)
            if kind in IN_PERSON_KINDS and signed is not None and names_signer(comment, signed[0], request.passages):
                # Thanks to the one who signs, by name: answered in person (reply-plans-aa, spent).
                kind, line = "the signer named", thank_in_person(language)
            return finish(request, language, public, [(line, True, None)], [f"thank-you ({kind})"], self.brand)
        if request.plan == "acknowledge":
            return self._acknowledge(request, comment, language, public)
        facts = [p for p in public if p.kind in ANSWER_KINDS]
        if request.answer_passages:  # the plan says which passages answer this question: only those, any kind
            planned = [p for p in public if p.id in request.answer_passages and (p.kind != "campaign" or request.offer)]
            top = next((p for p in request.passages if p.id == request.answer_passages[0]), None)
            foreign_top = top is not None and top.language not in (language, None)
            runner_up: list[Passage] = []
            if foreign_top and request.plan == "answer":
                # The best answer is stated in another language: a near match here would be wrong, unless it is a
                # runner-up the plan chose in the reply's own language that states the kind of fact asked.
                brand = brand_terms(request.topics)
                shared = common_stems([p for p in request.passages if p.language in (language, None)])
                runner_up = own_language_runner_up(planned, language, comment, brand, shared)
            if foreign_top or not planned:
                # A price, a time or a route the plan's passages state only in another language, said in a fixed
                # sentence of the reply's language.
                bridged = self._bridge(request, comment, language, public, own_answer=bool(runner_up))
                if bridged is not None:
                    return bridged
            if foreign_top:
                planned = runner_up
            if not planned:
                elsewhere = {
                    p.language for p in request.passages if p.id in request.answer_passages and p.language != language
                }
                where = ", ".join(sorted(language_name(lang) for lang in elsewhere if lang)) or "another language"
                return _skip(language, f"the guidance states the answer only in {where}; write the reply yourself")
            facts = planned
        if not facts:
            return _skip(language, f"no public facts in the guidance in {language_name(language)}")
        # A campaign's first statement is its offer; what follows are its rules for when to mention it.
        query = _query(comment, request.need)
        names = product_names(brand_terms(request.topics))
        matches = [m for m in rank(self.embedder, query, facts, request.product, names) if quotable(m, query)]
        if request.answer_passages:
            # The plan chose the passage that answers *this* question (its slot, the thing it names, its product,
            # e5's pull to the question's language taken out); its runners-up are there for the same fact said twice.
            # A runner-up's statement ranked first here answered another question ("can you book the phone booths?"
            # with how day passes are paid, reply-plans-g, spent): the plan's own passage leads where it answers.
            lead = [m for m in matches if m.passage.id == request.answer_passages[0] and m.score >= self.threshold]
            matches = lead + [m for m in matches if m not in lead]
        if request.complaint:
            # A question asked out of a complaint is answered without a price or a link (issue 25's bar): only the
            # statements an acknowledgement could quote.
            matches = [m for m in matches if no_price_or_link(m.sentence)]
        if not asks_delivery_price(comment):
            # The shipping cost is no answer to the price of a thing: "Vad kostar dom nu med korgarna?" was answered
            # "Frakten kostar 7,90 €." (reply-plans-ab, spent, session 39).
            matches = [m for m in matches if not prices_delivery(m.sentence)]
        shorter = wants_shorter(request.instruction)
        # A language-neutral passage may still be written in another language: never mix languages.
        foreign = [m for m in matches if reads_foreign(m.sentence, language)]
        matches = [m for m in matches if m not in foreign]
        key = slots(query) - GENERIC_SLOTS  # a price, a time or a place is named everywhere: the specific slots tell
        # A slot named only in the case the question sets ("what's the return window if the size is wrong?") is no
        # part of what it asks: the statement about sizes answered it (reply-plans-aa, spent).
        key = (slots(unconditioned(query)) - GENERIC_SLOTS) or key
        if key:
            # The statement that answers *this* question speaks of what it asks (the warranty, the delivery
            # time): the nearest statement about something else is another question's answer, which the
            # panels skipped as wrong facts. None speaks of it: the guidance does not answer this.
            # What most of the brand's statements speak of (a car wash's washing, a furniture shop's delivery) tells
            # nothing: "does the wash void the warranty on my film?" asks about the warranty, and a statement about
            # a stopped wash is no answer to it (reply-plans-h, spent).
            key = (key - common_slots(request.passages)) or key
            on_slot = [m for m in matches if key & passage_slots(with_label(m), m.passage.kind)]
            if not on_slot and matches and request.plan != "correct":  # a claim asks nothing: its plan chose
                asks = ", ".join(sorted(key))
                return _skip(language, f"guidance does not answer this: no statement about what it asks ({asks})")
            matches = on_slot + [m for m in matches if m not in on_slot]
        case = asked_cases(questions(comment)) if request.plan == "answer" else {}
        if case and matches:
            # "hur länge håller den i frysen?" asks about the freezer, "paljonko postikulut Ruotsiin?" about Sweden:
            # the nearest statement about another case (the fridge's 3 weeks, the Finnish parcel price) is another
            # question's answer, which reply-plans-x's panel skipped as a wrong fact. Where the guidance speaks of the
            # case asked, the answer names it; where it does not, a statement about another case is no answer (a list
            # of the countries shipped to still tells "no" of another).
            spoken = named_anywhere(
                case, (p.text for p in request.passages if p.visibility == "public" and p.kind in ANSWER_KINDS)
            )
            on_case = [m for m in matches if names_cases(spoken, with_label(m))] if spoken else []
            if spoken and not on_case:
                said = ", ".join(sorted(spoken.values()))
                case_languages = sorted(
                    {
                        language_name(p.language)
                        for p in request.passages
                        if p.language and p.language != language and names_cases(spoken, p.text)
                    }
                )
                where = (
                    f"only in {', '.join(case_languages)}; write the reply yourself"
                    if case_languages
                    else "in no statement answering this"
                )
                return _skip(language, f"guidance does not answer this: it speaks of the {said} case {where}")
            rest = [m for m in matches if m not in on_case and not other_case(case, with_label(m), listing=not spoken)]
            if not on_case and not rest:
                dimensions = ", ".join(sorted(case))
                return _skip(language, f"guidance does not answer this: its statements speak of another {dimensions}")
            matches = on_case + rest
        # A comment that asks a price, a time, a place ... states a measure in passing ("what's the price? my
        # commute is 7 km"); one that asks nothing else asks about its measure.
        measured = {unit for _, unit in amounts(comment)} & MEASURES if not slots(comment) else set()
        if measured and matches:
            # "How many km per charge? My commute is 18 km", "does it suit our 6 m³ sauna?": the statement that
            # answers it gives a figure in that measure; the nearest one in another (a child seat's 22 kg, the
            # stones' 60 kg) answers another question, which the panels skipped as wrong facts.
            in_measure = [m for m in matches if measured & {unit for _, unit in amounts(m.sentence)}]
            if not in_measure:
                asks = ", ".join(sorted(measured))
                return _skip(language, f"guidance does not answer this: no statement gives a figure in {asks}")
            matches = in_measure + [m for m in matches if m not in in_measure]
        elif matches and request.plan == "answer" and not answer_kinds(comment):
            # A yes-or-no question about a measure of the person's own ("would a Tiira carry ... like 210 kg total?")
            # asks about that measure, though its words name a slot ("carry"): a statement in it leads, nearly as
            # close as the nearest ("It weighs 22 kg and carries up to 230 kg.", not "a 4.3 m canoe", reply-plans-v,
            # spent). Its slot may still be answered otherwise: nothing is skipped for it.
            own = {unit for _, unit in amounts(comment)} & MEASURES
            in_measure = [m for m in matches if own & {unit for _, unit in amounts(m.sentence)}]
            matches = in_measure + [m for m in matches if m not in in_measure]
        asked_kinds = answer_kinds(comment) if request.plan == "answer" else frozenset()
        if asked_kinds and matches:
            # "How much is Plus per month?" answered with the free trial, "how long till the glasses are ready?"
            # with the return rule, "when does it ship?" with the countries it ships to: the nearest statement by
            # meaning that states no price (no time, no date, no place) answers another question, which the panels
            # skipped as wrong facts. The answer states what was asked.
            # "What does it cost with the discount?": the discount is what it asks, a percentage answers it.
            deal = "amount" in asked_kinds and "discount" in slots(comment)
            # "mitä maksaa 60 vihtaa?": a rule for that many ("yli 50 vihdan tilauksille on oma hinnasto, pyydä
            # tarjous ...") answers the price of sixty, before any unit price (bot/opportunities/quantities.py).
            count = asked_count(questions(comment)) if "amount" in asked_kinds else None
            counted = [m for m in matches if meets(count, with_label(m))]
            typed = counted + [
                m
                for m in matches
                if m not in counted and (states_asked(m.sentence, asked_kinds) or (deal and "%" in m.sentence))
            ]
            if not typed:
                named = " or ".join(dict.fromkeys(ASKED_KIND_NAMES[kind] for kind in sorted(asked_kinds)))
                return _skip(language, f"guidance does not answer this: no statement gives the {named} asked")
            if "size" in asked_kinds and _WEIGHT_ASKED.search(questions(comment) or comment):
                # "how heavy is the Tiira, ... to the lake ~300m away": a weight is asked, and "a 4.3 m canoe", a
                # size too, answered another question (reply-plans-v, spent): the statements in kilograms first.
                weighed = [m for m in typed if "kg" in {unit for _, unit in amounts(m.sentence)}]
                typed = weighed + [m for m in typed if m not in weighed]
            matches = typed + [m for m in matches if m not in typed]
        if request.plan == "answer" and matches:
            # The fact that answers *this* question: not a complaint's route, the act it asks about (renting, not
            # buying), its thing itself before a compound naming a kind of it (answering.fit_need).
            matches, unmet = fit_need(comment, matches, brand_terms(request.topics))
            if unmet:
                return _skip(language, unmet)
            if asked_kinds:
                # The kind of fact asked leads what names the case or the place asked: "Frakten kostar 6,90 € per
                # beställning" for "vad kostar frakten till Sverige", not its passage's "Vi skickar till Finland,
                # Sverige och Åland" alone (reply-plans-x's panel, spent: "it doesn't answer the question").
                deal = "amount" in asked_kinds and "discount" in slots(comment)
                count = asked_count(questions(comment)) if "amount" in asked_kinds else None
                matches = sorted(
                    matches,
                    key=lambda m: (
                        not meets(count, with_label(m)),
                        not (states_asked(m.sentence, asked_kinds) or (deal and "%" in m.sentence)),
                    ),
                )
        # The contradicted figure ("795 kr for the eye test") is corrected by the statements in its unit, not by the
        # nearest statement of the same passage (the number of shops). A time said in passing ("we've had it 4
        # years") is no claim about the guidance's figures.
        claimed = {unit for _, unit in amounts(comment)} - TIME_UNITS if request.plan == "correct" else set()
        if claimed and matches:
            in_unit = [m for m in matches if claimed & {unit for _, unit in amounts(m.sentence)}]
            matches = in_unit + [m for m in matches if m not in in_unit]
        matches = regular_price_first(matches, query, self.threshold)
        context = " ".join(t for t in (request.thread_title, request.thread_body) if t)
        # The cases the guidance sets side by side (air-to-water and ground-source), from every public statement:
        # the passages planned for this question may not hold the pair that names them.
        cases = guidance_cases(sentences(p.text) for p in public if p.kind in ANSWER_KINDS)
        # A correction cites the one statement that says otherwise: more reads as a lecture or a fact dump.
        single = shorter or request.plan == "correct"
        # The plan read the claim against its passage's sentence already (bot/opportunities/claims.py): a claim is
        # phrased unlike the statement it gets wrong, so its match is held to a lower bar than a question's.
        correcting_words = request.plan == "correct" and not claimed  # a figure's correction keeps the usual bar
        threshold = self.threshold - CORRECTION_ALLOWANCE if correcting_words else self.threshold
        if correcting_words:
            # A claim that is no figure is corrected by the statement that says the opposite of it (the plan's
            # reading), not by the nearest one ("ilman tarkastuksia" answered with where to book an appointment).
            # An "all" against an "only" (or the reverse) says more than a lone negation, which two sentences of
            # one passage may both carry: it goes first.
            # About what the claim speaks of: a word they share beyond the brand's own names ("villakerä ei toimita
            # ulkomaille" shares only the brand's "villa" with "kaikki myymämme villa on mulesing-vapaata", which the
            # correction cited, reply-plans-t, spent).
            subject = without_brand_name(comment, brand_terms(request.topics))
            how = {
                id(m): opposite(comment, m.sentence)
                for m in matches
                if m.score >= threshold and shares_stem(subject, m.sentence)
            }
            opposing = sorted((m for m in matches if how.get(id(m))), key=lambda m: how[id(m)] == "polarity")
            timed = {unit for _, unit in amounts(comment)} & TIME_UNITS
            dated = [
                m for m in matches if timed & {u for _, u in amounts(m.sentence)} and contradicts(comment, m.sentence)
            ]
            if not opposing and dated:
                # A length of time is the claim itself when no word says otherwise ("huolto on 5 vuoden takuulla"
                # against "huollolle 2 vuoden takuu", reply-plans-s, spent: skipped as "nothing to correct"): the
                # statements giving another figure in its unit correct it, held to the usual bar like any figure.
                claimed, threshold = timed, self.threshold
                matches = dated + [m for m in matches if m not in dated]
            elif not opposing:
                # No statement it can cite says otherwise: a "correction" restating what the comment said ("finns
                # på svenska" answered with "finns i en svensk utgåva") corrects nothing.
                return _skip(language, "no statement of the guidance says otherwise: nothing to correct")
            matches = opposing + [m for m in matches if m not in opposing]
        if request.plan == "answer" and matches and planned_answer(request, matches[0], comment, threshold):
            threshold = matches[0].score
        if request.plan == "answer" and matches and need_led(matches, threshold, comment):
            threshold = matches[0].score
        chosen = answer(matches, threshold, 1 if single else MAX_SENTENCES, query, context, cases)
        if request.plan == "answer" and not single and chosen:
            # A question joining two asks (a price and how long delivery takes) gets a statement for each, from the
            # plan's passages: the panels edited half answers (answering.every_ask).
            chosen = every_ask(chosen, matches, comment, threshold - COMPANION_GAP, MAX_SENTENCES)
        if claimed and any(claimed & {unit for _, unit in amounts(m.sentence)} for m in chosen):
            # A correction cites the statements in the claim's unit: the store count beside the eye test's price
            # read as a fact dump.
            chosen = [m for m in chosen if claimed & {unit for _, unit in amounts(m.sentence)}]
        if not chosen:
            best = f"{matches[0].score:.3f}" if matches else "none"
            reason = f"the guidance does not answer this comment (best match {best}, needs {self.threshold:.2f})"
            if foreign and (not matches or foreign[0].score > matches[0].score):
                other = language_name(detect_language(foreign[0].sentence) or "")
                reason = (
                    f"the guidance answers this only in {other} ({foreign[0].passage.id}); "
                    f"a reply in {language_name(language)} never mixes languages"
                )
            return _skip(language, reason)
        # Counted in the reply's language: the same fact stated in three languages is one fact, not a common word.
        own_language = [p for p in request.passages if p.language in (language, None)]
        common = common_stems(own_language), shared_slots(own_language) | common_slots(request.passages)
        brand = brand_terms(request.topics)
        # The statement that led the answer (the first in the order above), and the first said: "would a Tiira carry
        # 210 kg?" is answered by "It weighs 22 kg and carries up to 230 kg.", said after the passage's opening
        # "Lumme Tiira 14 is a 4.3 m canoe" (reply-plans-v, spent: skipped as sharing no word with it).
        leading = next((m for m in matches if m in chosen), chosen[0])
        if request.plan == "answer" and not any(
            answers_on_topic(query, m, brand, *common)
            # A price asked of a thing the question names, given by the plan's own passage (an inflected name shares
            # no five-letter stem with it: "kerä" / "kerän"): answering.prices_planned_thing.
            or prices_planned_thing(comment, m, request.answer_passages, brand, common[0])
            # a rule for as many as the price question counts ("yli 50 vihdan" for "60 vihtaa": the count is what
            # they share, where an inflection shares no stem)
            or ("amount" in answer_kinds(comment) and meets(asked_count(questions(comment)), with_label(m)))
            for m in dict.fromkeys((chosen[0], leading))
        ):
            # The nearest statement by meaning may answer another question about the same product (streak
            # freezes for "does it work offline?"): the panels skipped those. A statement that answers this
            # question shares one of its words (a stem of five letters or more, the brand's names aside), and not
            # only what every passage at hand speaks of ("do you clean the gutters too?" answered with the floors a
            # window cleaner reaches: the panels' "answers a different question"; the brand's words and
            # slots, :func:`bot.drafting.answering.common_stems`).
            return _skip(language, f"guidance does not answer this: {chosen[0].passage.id} shares no word with it")
        if request.plan == "answer":
            # Of a statement packing several facts ("whitefish 29 €/kg; salmon 11,50 €; vendace 8,90 €"), the clauses
            # that answer what was asked: other products' prices and a figure nobody asked read as a fact dump
            # (reply-plans-u's panel, spent). A campaign's statement stays whole: its offer is matched by its text.
            chosen = [
                m if m.passage.kind == "campaign" else replace(m, sentence=asked_part(comment, m.sentence))
                for m in chosen
            ]
            # A yes/no question: the statement that settles it first, and no statement beside it that names less
            # of what was asked and states nothing asked (answering.settling_first). Whether a day is open is
            # settled by the schedule's own yes or no (schedules.day_answer, in :meth:`_compose`), which replaces
            # the schedule it restates: reordering would say the hours twice.
            if not asks_hours(comment):
                chosen = settling_first(comment, chosen, brand)
            if asked_kinds and states_asked(chosen[0].sentence, asked_kinds):
                # The kind of fact asked stated first: a statement beside it giving a figure of another kind was not
                # asked ("how much does the poncho cost?" and "it is washed at 60 degrees", a tin's price and its
                # coverage in m²): both panellists' "drop the pasted guidance sentence" (reply-plans-ad, spent). One
                # with no figure may say more of the thing asked ("The warranty covers parts and labour."); a
                # campaign's offer is decided on its own (:meth:`_compose`).
                chosen = [
                    chosen[0],
                    *(
                        m
                        for m in chosen[1:]
                        if m.passage.kind == "campaign"
                        or states_asked(m.sentence, asked_kinds)
                        or not re.search(r"\d", m.sentence)
                    ),
                ]
        return self._compose(request, comment, language, public, chosen, shorter)

    def _bridge(
        self,
        request: DraftRequest,
        comment: str,
        language: str,
        public: Sequence[Passage],
        *,
        own_answer: bool = False,
    ) -> DraftResult | None:
        """A price, a time, or a phone number or e-mail address asked for that the plan's passages state only in
        another language, said in a fixed sentence of the reply's language (:mod:`bot.drafting.bridging`); None when
        the question asks none of them, is a complaint's (no price in those, and the acknowledgement routes), or the
        nearest statement of the planned passages states none or several."""
        asked_in = questions(comment) or comment
        asked = answer_kinds(comment) | bridge_kinds(asked_in, yes_no=opens_yes_no(asked_in, language))
        if request.plan != "answer" or request.complaint:
            return None
        # A number to call or an address to write to, asked with no price or time: the route itself is the answer.
        # A time of day ("what time can we check in?") only where no price or length is asked beside it.
        figures: list[str] = [k for k in ("amount", "duration", "clock") if k in asked]
        if asks_hours(asked_in) and not figures:
            # "onko lauantaisin auki?", "mihin asti ootte auki?": the schedule of days and hours, or a time of day
            # said for no month or season (a time of day asked, "mihin aikaan kahvila on auki?", stays one).
            figures = ["hours"]
        limit = asked_limit(asked_in)  # "is there a weight limit?", "mikä on ikäraja?": a limit beside no figure
        if limit is not None and not figures:
            figures = [limit]
        if not figures and asks_reply_time(asked_in):
            # "när svarar ni på mejl om ombokning?", "when do you reply to emails": how soon a reply comes, which the
            # support guidance states as a time ("We reply within 24 hours"), not the address it names the e-mail by
            # (reply-plans-aa, spent: the route was read and no address sentence said when).
            figures = ["duration"]
        if "amount" not in figures and (asks_date(asked_in) or ("when" in asked and not figures)):
            # "mihin asti tätä joulukalenteria myydään?", "hur länge gäller erbjudandet?", "when is the paddle
            # weekend?": the statement's one date or period (bot/drafting/dates.py); "hur länge" still takes a
            # duration where the statement gives one instead.
            figures = ["date"]
        if asks_size(asked_in) and figures in ([], ["duration"]):
            # "hur långt är bladet på Vaara?": the statement's one length (bot/drafting/measures.py).
            figures = ["size"]
        # "Hur lång garanti har ni på dragkedjor?" asks the warranty's length outright: its period too.
        period = period_topic(asked_in) if figures in ([], ["duration"]) else None
        if period is not None:
            # "finns det garanti om det fortsätter läcka?", "kan man returnera om man inte använt det?" under a
            # warranty or returns passage in English: the period it states is the answer (session 39, reply-plans-ab,
            # spent), said as that topic's period ("Garantin är 3 år.").
            figures = ["duration"]
        route = asked_route(questions(comment) or comment) if not figures else None
        planned_support = any(p.id == request.answer_passages[0] and p.kind == "support" for p in request.passages)
        if not figures and planned_support and (route is not None or asks_contact(asked_in)):
            # The address or number asked, or how to get in touch at all, where the plan reads the question as asking
            # support: the support line of the reply's own language where the guidance has one
            # (:func:`bot.drafting.support.own_language_route`), never another language's. A route the plan found in
            # another passage (a corporate order's own address) is no support question.
            own = own_language_route(request.passages, route, language, asked_in)
            if own is not None:
                reached, support = own
                note = f"the way to reach us asked: the support guidance in {language_name(language)} ({support.id})"
                return finish(request, language, public, [(reached, True, support.id)], [note], self.brand)
        if route is None and not figures:
            # "do you ship to Åland?" and "Vi skickar till Finland, Sverige och Åland.": the countries shipped to are
            # names each language writes its own way (:func:`bot.drafting.bridging.shipping_line`).
            for passage in request.passages:
                if (
                    passage.id not in request.answer_passages
                    or passage.visibility != "public"
                    or passage.language in (language, None)
                    or passage.kind not in ANSWER_KINDS
                ):
                    continue
                for sentence in sentences(passage.text):
                    shipped = shipping_line(sentence, language, asked_in)
                    if shipped is not None:
                        note = (
                            f"the countries shipped to stand only in {language_name(passage.language or '')} "
                            f"({passage.id}): said in {language_name(language)}"
                        )
                        return finish(request, language, public, [(shipped, True, passage.id)], [note], self.brand)
            return None
        kind = "route" if route else figures[0]
        if kind in ("amount", "hours", "date") and own_answer:
            # A runner-up the plan chose in the reply's own language answers with its price (own_language_runner_up):
            # it decides, never a fixed sentence of another passage's price ("Vad kostar det för två vuxna?" under the
            # long sleigh ride's post bridged the farm visit's 89 €, reply-plans-r, spent).
            return None
        foreign = [
            p
            for p in request.passages
            if p.id in request.answer_passages
            and p.visibility == "public"
            and p.language not in (language, None)
            and (
                p.kind in ANSWER_KINDS
                or (p.kind == "campaign" and request.offer)
                # a support passage states the routes, how soon it replies, and how long returns are taken
                or (p.kind == "support" and (route is not None or asks_reply_time(asked_in) or period is not None))
            )
        ]
        if not foreign:
            return None
        query = _query(comment, request.need)
        names = product_names(brand_terms(request.topics))
        ranked = [m for m in rank(self.embedder, query, foreign, request.product, names) if quotable(m)]
        if kind == "amount" and not asks_delivery_price(comment):
            ranked = [m for m in ranked if not prices_delivery(m.sentence)]  # the shipping cost: no thing's price
        if route is None:  # the fact that answers this question (answering.fit_need); a route asked is a route
            ranked, unmet = fit_need(comment, ranked, brand_terms(request.topics))
            if unmet:
                return None
            case = asked_cases(asked_in)
            if case:
                # The statement naming the case asked (the opened jar's 3 weeks, not the unopened one's 18 months;
                # Sweden's postage): one about another case is never bridged (:mod:`bot.opportunities.conditions`).
                on_case = [m for m in ranked if names_cases(case, with_label(m))]
                listing = not on_case
                ranked = on_case + [
                    m for m in ranked if m not in on_case and not other_case(case, with_label(m), listing=listing)
                ]
        if route is not None:
            # The statement nearest the question that states one route of the kind asked ("Customer service: ...,
            # email help@..."): the plan's passage may open with the chat or the opening hours.
            ranked = [m for m in ranked if routes(m.sentence, route)] or ranked
        else:
            # The plan's own passage leads where one of its statements gives what was asked: the plan chose it by the
            # question's slot and kind ("how long does a visit take?" planned from the visit's time, with the
            # campaign's price statement nearer by e5, reply-plans-i, spent). Another passage's nearer statement
            # still has to give the figure itself below.
            lead = [
                m
                for m in ranked
                if m.passage.id == request.answer_passages[0]
                and figure_line(m.sentence, kind, language, asked_in, m.passage.language) is not None
            ]
            ranked = lead + [m for m in ranked if m not in lead]
        # The plan's own passage giving the figure asked is held to the bar the same-language answer holds it to
        # (:data:`PLANNED_ALLOWANCE`, :func:`planned_answer`).
        planned = bool(ranked) and route is None and ranked[0].passage.id == request.answer_passages[0]
        allowance = max(BRIDGE_ALLOWANCE, PLANNED_ALLOWANCE) if planned else BRIDGE_ALLOWANCE
        if (
            ranked
            and kind in _OWN_PATTERN_KINDS
            and figure_line(ranked[0].sentence, kind, language, asked_in, ranked[0].passage.language) is not None
        ):
            # A limit or opening hours are read by their own words and units ("nopeusrajoitus on 50 km/h", "open
            # Tue–Fri 10–17") in a statement of the passages the plan chose, for a question asking that very kind:
            # e5's cross-language score adds little ("Onko lauantaisin auki?" and the workshop's hours 0.80, "vad är
            # hastighetsgränsen?" and the speed limit 0.85, reply-plans-s and -t, spent).
            allowance = max(allowance, OWN_PATTERN_ALLOWANCE)
        elif (
            ranked
            and kind in _CROSS_FIGURE_KINDS
            and figure_line(ranked[0].sentence, kind, language, asked_in, ranked[0].passage.language) is not None
            and _keyed(ranked[0], kind, language, asked_in)
        ):
            allowance = max(allowance, CROSS_FIGURE_ALLOWANCE)
            if period is not None and period in passage_slots(with_label(ranked[0]), ranked[0].passage.kind):
                # The warranty's or the returns' period, in a statement speaking of that topic by its own words in
                # its language ("Warranty: 3 years ...", "can be returned within 30 days"): read like a limit, by its
                # words and unit, since e5 scores "finns det garanti om det fortsätter läcka?" against it low.
                allowance = max(allowance, OWN_PATTERN_ALLOWANCE)
        if not ranked or ranked[0].score < self.threshold - allowance:
            return None
        # The statement nearest the question states its price, or it answers another question (a fixed desk's
        # price asked, the day pass's given): the fixed sentence names no product, so nobody would see it.
        source = ranked[0]
        # The product asked about (named in the comment, else the post's) is the one the statement prices:
        # "what does Premium cost?" is not answered by Fri's price.
        about = products_in(comment, names) or ([request.product] if request.product else [])
        priced = products_in(with_label(source), names)
        if about and priced and not set(about) & set(priced):
            return None
        # A statement naming no product speaks of the one its passage opens with ("Ängsö Iltahetki ... on
        # kofeiiniton. 60 g pussi maksaa 12,90 €.": the pouch is Iltahetki's, reply-plans-v, spent).
        subject = [] if priced else subject_product(source.passage, products(brand_terms(request.topics)))
        if about and subject and not set(about) & set(subject):
            return None
        if products_in(comment, names) and not (priced or subject):
            return None
        if kind == "amount" and subject and not about:
            # The price of a product neither the question nor its post names: "Vad kostar paddelhelgen?" under the
            # paddle weekend's post was bridged as the Tiira canoe's 3 950 € (reply-plans-v, spent; the panels'
            # "wrong price" on -p, -q, -t likewise): the fixed sentence names nothing a reader could check it by.
            return None
        if not bridgeable(comment, with_label(source), request.passages, brand_terms(request.topics), kind):
            return None
        if route is not None:
            line = route_line(source.sentence, route, language, same_language=source.passage.language == language)
        else:
            line = figure_line(source.sentence, kind, language, asked_in, source.passage.language)
        if line is None:
            return None
        said_as = _PRICE_OPENINGS.get(language, "")
        if kind == "amount" and prices_delivery(source.sentence) and said_as and line.startswith(said_as):
            # The postage asked and priced: said as the shipping's cost ("Toimitus maksaa 7,90 €."), not a thing's.
            line = _SHIPPING_OPENINGS[language] + line[len(said_as) :]
        named = [p for p in (priced or subject) if p in products_in(comment, names)]
        if (
            kind == "amount"
            and len(named) == 1
            and len(priced or subject) == 1
            # the whole name asked, not its first word alone: "kuuran parsinta" asks the darning of the brand whose
            # product is "Kuuran sukat", and the darning's 12 € is no price of the socks
            and names[named[0]].casefold() in comment.casefold()
        ):
            # "Morning Nettle maksaa 11,90 € (60 g)." was both panellists' edit of "Hinta on 11,90 €." (reply-plans-v,
            # spent): the product the person asked about by name, as the brand writes it, and the size it is for.
            line = named_price(line, language, names[named[0]], source.sentence)
        if kind in ("hours", "clock") and (
            day := day_answer(asked_in, source.passage.text, language, source.passage.language)
        ):
            # "Onko lauantaisin auki?": the yes or no first (reply-plans-p, -s, spent: the hours alone "don't say
            # yes"); a yes with that day's hours says all that was asked, a no is followed by the hours.
            line = day if re.search(r"\d", day) else f"{day} {line}"
        notes_period: list[str] = []
        if period is not None:
            clause = figure_clause(source.sentence, "duration") or source.sentence
            if negation_pattern(source.passage.language or language).search(clause):
                return None  # a period said with a no ("not returnable after 14 days"): no fixed sentence says it
            line = period_sentence(period, comment, language).format(figure=line[:1].lower() + line[1:])
            if opens_yes_no(asked_in, language):
                # "finns det garanti?": a period stated with no negation is a yes ("Ja, garantin är 3 år.").
                line = f"{_YES_WORDS[language]}, {line[:1].lower()}{line[1:]}"
            notes_period.append(
                f"said as the {period} period alone: what else {source.passage.id} sets for it (what it covers, "
                "its conditions) is not said here"
            )
        elif (
            kind == "duration"
            and language in _LANGUAGES_SAID
            and line != country_duration_line(source.sentence, language, asked_in)
        ):  # a country's delivery time is a whole sentence already
            # "Noin 6 viikkoa." alone was a fragment to both panellists where the voice asks for whole sentences
            # (reply-plans-s, spent): "Se on noin 6 viikkoa." says it as one.
            line = duration_sentence(comment, language).format(figure=line[:1].lower() + line[1:])
        what = {
            "amount": "price",
            "duration": "time",
            "clock": "time of day",
            "hours": "opening hours",
            "date": "date",
            "size": "size",
            "weight": "weight limit",
            "age": "age limit",
            "speed": "speed limit",
            "route": "phone number" if route == "phone" else "address",
        }
        notes = [
            f"the {what[kind]} stands only in "
            f"{language_name(source.passage.language or '')} ({source.passage.id}, "
            f"match {source.score:.2f}): its figure said in {language_name(language)}"
        ]
        notes += notes_period
        rest = dict.fromkeys(ASKED_KIND_NAMES[k] for k in sorted(answer_kinds(comment)) if k not in (kind, "length"))
        rest.pop(what[kind], None)
        if kind == "hours":
            rest.pop(ASKED_KIND_NAMES["clock"], None)
        if rest:
            # "Vad kostar kursen och när är den?": the fixed sentence gives the price only; the reviewer adds the rest
            # (reply-plans-o, spent: "only half an answer").
            notes.append(f"it also asks the {' and the '.join(rest)}: not said here, add it from {source.passage.id}")
        return finish(request, language, public, [(line, True, source.passage.id)], notes, self.brand)

    def _compose(
        self,
        request: DraftRequest,
        comment: str,
        language: str,
        public: Sequence[Passage],
        chosen: Sequence[Match],
        shorter: bool,
    ) -> DraftResult:
        # (text, required, passage id): optional parts give way when the platform wants it shorter
        parts: list[tuple[str, bool, str | None]] = []
        correcting = request.plan == "correct"
        if correcting:
            parts.append((phrases()["correction"][language], False, None))
        # An answer opens with the fact: the voice guidance says answer what was asked first, and the
        # panel struck "Good question." as filler.
        # "do you ship to Germany?": a statement beside the answer that is said for another country (Finland's
        # shipping price) is more than was asked.
        chosen = [chosen[0], *(m for m in chosen[1:] if not other_country(comment, m.sentence))]
        first = chosen[0]
        if first.position > 0:  # "Voit myös noutaa ...": an answer does not open with an "also"
            chosen = [replace(first, sentence=without_opening_also(first.sentence)), *chosen[1:]]
        chosen = [
            replace(m, sentence=plain_statement(m.sentence, language, first=i == 0)) for i, m in enumerate(chosen)
        ]
        # "Lapaset 59 €.", "Leipäkerho: 2 leipää kuukaudessa 24 €/kk, ...": a verbless priced line said with its verb
        # (reply-plans-w, -x's panels, spent: "telegraphic", "the label is copy-paste"). A campaign's offer has its own
        # wording (:meth:`_said`).
        chosen = [
            m
            if m.passage.kind == "campaign"
            else replace(m, sentence=priced_sentence(m.sentence, language) or m.sentence)
            for m in chosen
        ]
        place = None if correcting else not_listed(comment, [m.sentence for m in chosen], request.topics, language)
        lead = None
        refusal = None
        if not correcting and place is None and chosen[0].passage.kind in ANSWER_KINDS:
            # "does the Pro work with Android?": a plain yes or no first, then the fact (the panel's edit,
            # reply-plans-g).
            lead = yes_no_lead(comment, chosen[0].sentence, language, brand_terms(request.topics))
            refusal = passage_no(comment, chosen[0], language) if lead is not None else None
            if lead is not None and refusal is not None and not lead.startswith(_NO_WORDS[language]):
                # "can you post the jars back?" - "Empty jars can be returned to our farm shop": its passage's "We do
                # not accept jars by post." is the answer, said first with its no, then where it can be done.
                opening = refusal if _NAMED_OPENING.match(refusal) else refusal[:1].lower() + refusal[1:]
                parts.append((f"{_NO_WORDS[language]}, {opening}", True, chosen[0].passage.id))
                chosen = [chosen[0], *(m for m in chosen[1:] if m.sentence.rstrip(".") != refusal.rstrip("."))]
                lead = None
        asks_when = _asks_when(comment)
        day = None
        if lead is None and not correcting and place is None:
            # "har ni öppet på lördagar?" and "Vi har öppet tis–lör 10–17.": whether that day is open, said first
            # (reply-plans-p, -s, spent: the hours alone "don't say yes").
            day = day_answer(questions(comment) or comment, first.passage.text, language, first.passage.language)
            if day is not None and schedule(first.sentence, language, first.passage.language) is not None:
                lead = day  # said in place of the schedule it restates ("Nej, vi har öppet tis–fre 11–18 ...")
            elif day is not None:
                parts.append((day, True, first.passage.id))
        if lead is None and not correcting:
            # "does it apply with two chairs?" and an offer "at least 4 chairs": a plain no first.
            lead = minimum_no(comment, chosen[0].sentence, self._said(chosen[0], language, asks_when), language)
        parts.extend(
            (lead if i == 0 and lead else self._said(m, language, asks_when), i == 0, m.passage.id)
            for i, m in enumerate(chosen)
        )
        verb = "corrects with" if correcting else "answers from"
        notes = [f"{verb} {chosen[0].passage.id} (match {chosen[0].score:.2f})"]
        if refusal is not None and lead is None and parts and parts[0][0].startswith(f"{_NO_WORDS[language]}, "):
            notes.append("the passage says no to what the yes/no question names: that no first, not a yes")
        if lead is not None and lead != day:
            notes.append("a yes/no question the statement settles: the yes or no first")
        if day is not None:
            notes.append("whether the day asked is open, as the schedule says, first")
        if place is not None:
            # "Do you deliver to Oulu?" answered with the list of delivery cities: say the no first.
            parts.insert(0, (phrases()["not_listed"][language], True, None))
            notes.append(f"{place} is not among the places the guidance lists: says so first, no offer")
        if request.offer and not correcting and place is None and not request.complaint:
            stale = self._stale(request)  # asked when one runs, it may answer; it is never offered besides
            campaigns = [p for p in public if p.kind == "campaign" and p.id not in stale]
            if request.offer_passage:
                campaigns = [p for p in campaigns if p.id == request.offer_passage]
            if not request.own_account and any(sales_posts_only(p.text) for p in campaigns):
                # "Only under sales posts": a creator's or a forum's post is not the brand's; the offer tacked on
                # there broke the campaign's own rule (the panels, reply-plans-l). Asked about, it still answers.
                campaigns = [p for p in campaigns if not sales_posts_only(p.text)]
                notes.append("under a post the brand did not write: no campaign offer (its rule: sales posts only)")
            names = product_names(brand_terms(request.topics))
            if request.product is not None:  # never the offer for another product than the one asked about
                campaigns = [
                    p
                    for p in campaigns
                    if request.product in products_in(p.text, names) or not products_in(p.text, names)
                ]
            offer = self._offer(comment, campaigns)
            if (
                offer is not None
                and not {"price", "discount"} & slots(comment)
                and not any(m.passage.id == offer.passage.id for m in chosen)
            ):
                # "can I cancel?", "is there a warranty?" under the campaign's post: the person asks no price and
                # no deal, and the campaign tacked on reads as a pitch (the panels struck it as unprompted).
                notes.append(f"the question asks no price or deal: no offer from {offer.passage.id}")
                offer = None
            if (
                offer is not None
                and not any(m.sentence == offer.sentence for m in chosen)
                and not offer_fits(request, comment, offer, names, [m.sentence for m in chosen])
            ):
                # "how much per minute?" under a post about something else, answered with the weekend package:
                # the panels struck such pitches as unrelated or misleading.
                notes.append(f"{offer.passage.id} is about something else than the question or its post: no offer")
                offer = None
            if (
                offer is not None
                and not any(m.sentence == offer.sentence for m in chosen)
                and another_campaign(request, offer)
            ):
                # The post announces another offer (its sums and dates are not this campaign's), often one the
                # guidance states in another language: this one tacked on concerns neither the post nor the person.
                notes.append(f"the post is about another offer than {offer.passage.id}: no offer")
                offer = None
            if offer is not None and any(m.sentence == offer.sentence for m in chosen):
                notes.append(f"the answer is the offer of {offer.passage.id}")
            elif offer is not None:
                said = (self._said(offer, language, asks_when), False, offer.passage.id)
                post = " ".join(t for t in (request.thread_title, request.thread_body) if t)
                if request.own_account and announced(offer.passage.text, post):
                    # Under the campaign's own post a price question is asked about the offer: it comes right after
                    # the answer's first statement, before a second one the voice's sentence limit drops first.
                    first_at = next(i for i, part in enumerate(parts) if part[2] == chosen[0].passage.id)
                    parts.insert(first_at + 1, said)
                    notes.append(f"purchase intent under the post announcing it: offer from {offer.passage.id}")
                else:
                    parts.append(said)
                    notes.append(f"purchase intent: offer from {offer.passage.id}")
            else:
                notes.append("no public campaign in this language, so no offer")
        if shorter and any(not required for _, required, _ in parts):
            # Asked for a shorter reply: the answer stays, what may go goes (the correction's lead-in, the offer).
            parts = [part for part in parts if part[1]]
            notes.append("shorter, as asked: the answer only")
        return finish(request, language, public, parts, notes, self.brand)

    def _acknowledge(
        self, request: DraftRequest, comment: str, language: str, public: Sequence[Passage]
    ) -> DraftResult:
        """Empathy that names what went wrong, the support passage's private channel (chat, phone, e-mail)
        and, when it fits this complaint, one more support statement (the appeal window for a parking fee);
        the details go to that channel, never into the comments. No price, no offer, no link."""
        support = [p for p in public if p.kind == "support"]
        # Support guidance in other languages: its channels are said in the reply's language (foreign_route) where
        # the reply's own language gives no route.
        foreign = [
            p
            for p in request.passages
            if p.kind == "support" and p.visibility == "public" and p.language not in (language, None)
        ]
        scoped = any(language in scoped_to(p.text) for p in support)
        if scoped:
            # The guidance keeps a line for the reply's language ("Support in English: ...", "Kundtjänst på svenska"):
            # the other languages' lines are for their speakers. An English speaker who had e-mailed was sent to the
            # Finnish phone line, another to the Swedish one (reply-plans-y, spent: "wrong channel" both times).
            foreign = []
        topic, empathy = empathy_line(
            comment,
            language,
            brand_terms(request.topics),
            own_post=request.own_account,
            support=[p.text for p in request.passages if p.kind == "support" and p.visibility == "public"],
        )
        if general_feedback(comment):
            # How things go for everyone, not one person's case: thanked for and passed on, no details asked.
            passed_on: list[tuple[str, bool, str | None]] = [
                (empathy, True, None),
                (str(phrases()["feedback"]["line"][language]), True, None),
            ]
            return finish(
                request, language, public, passed_on, [f"acknowledges ({topic}) general feedback"], self.brand
            )
        # "I've emailed hello@ twice already and nothing" where the guidance keeps a line for this language and that
        # inbox is its only channel: they have been in touch by every channel it names for them, said or not in the
        # words already_contacted reads (reply-plans-y, spent: sent to another language's phone line before; the same
        # inbox again once other languages' lines were theirs alone).
        contacted = already_contacted(comment, language) or (scoped and every_channel_tried(comment, support))
        every_support = [p for p in request.passages if p.kind == "support" and p.visibility == "public"]
        instruction = (
            contacted_instruction([*support, *(p for p in every_support if p not in support)]) if contacted else None
        )
        private = None if instruction is None else contacted_line(instruction, language)
        if instruction is not None and private is not None:
            # The support guidance's own instruction for someone already in touch ("pyydä tilausnumero
            # yksityisviestillä ja lupaa että asia otetaan hoitoon, älä ohjaa aloittamaan alusta"), said to them in
            # the reply's language: another channel to start over was both panellists' edit (reply-plans-aa, spent).
            privately: list[tuple[str, bool, str | None]] = [
                (empathy, True, None),
                (private, True, instruction.passage.id),
            ]
            notes = [f"acknowledges ({topic}); already contacted: the guidance's line ({instruction.passage.id})"]
            return finish(request, language, public, privately, notes, self.brand)
        # The guidance's own line for this case comes first: for someone who already wrote, its "reply in the same
        # e-mail thread" beats the generic private-message line below (reply-plans-q, spent).
        case = case_route(comment, support, brand_terms(request.topics), contacted=contacted, routed=True)
        if case is None and not (contacted or photos_sent(comment)):
            case = support_remedy(comment, support)
        if case is not None:
            # "Har du redan ett ärende, svara på samma mejltråd": the support guidance's own route for this case is the
            # answer; the general channel beside it was the panel's "doesn't answer her question" (reply-plans-g).
            routed: list[tuple[str, bool, str | None]] = [(empathy, True, None), (case.sentence, True, case.passage.id)]
            notes = [f"acknowledges ({topic}) with the support guidance's route for this case ({case.passage.id})"]
            if not names_channel(case.sentence):
                # "Lähetä kuva 7 päivän kuluessa, niin lähetämme uuden veloituksetta." says what to send, not where:
                # the remedy alone was the panel's "there is no contact" (reply-plans-x, spent). The support
                # guidance's channel follows it; what to send goes there, not into the comments.
                where = [
                    m
                    for m in support_route(self.embedder, comment, support, topic, language)
                    if m.sentence != case.sentence and names_channel(m.sentence)
                ][:1]
                routed.extend((m.sentence, True, m.passage.id) for m in where)
                if where:
                    notes.append(f"where to send it: {where[0].passage.id}")
                    routed.append((phrases()["privately"][language], True, None))
            return finish(request, language, public, routed, notes, self.brand)
        tried_every = contacted and every_channel_tried(comment, [*support, *foreign])
        if tried_every and same_thread_case([*support, *foreign]) is None:
            # They got in touch and every channel the support guidance names failed them ("ringde tre gånger ... mejlet
            # är obesvarat"; not "nobody called me, the e-mail went to spam", the brand's own silence): the
            # same inbox again was the panel's edit (reply-plans-u, spent); the team takes it up itself, and asks only
            # for what the support guidance says to include that the person has not given.
            direct = request.platform not in NO_PRIVATE_MESSAGES
            escalated: list[tuple[str, bool, str | None]] = [
                (empathy, True, None),
                (str(phrases()["escalate" if direct else "escalate_public"][language]), True, None),
            ]
            details = self._details(comment, support, topic, language, waited=True) if direct else None
            if details is not None:
                escalated.extend([details, (phrases()["privately"][language], True, None)])
            notes = [f"acknowledges ({topic}); every channel of the support guidance tried: taken up by the team"]
            return finish(request, language, public, _unechoed(escalated, comment), notes, self.brand)
        fresh = untried_route(self.embedder, comment, support, foreign, topic, language)
        if contacted and fresh and same_thread_case([*support, *foreign]) is None:
            # They wrote or called already: the guidance's other channel, not the same inbox nor a private message.
            untried: list[tuple[str, bool, str | None]] = [(empathy, True, None)]
            untried.extend((m.sentence, True, m.passage.id) for m in fresh)
            notes = [f"acknowledges ({topic}); already contacted: a channel not yet tried ({fresh[0].passage.id})"]
            return finish(request, language, public, _unechoed(untried, comment), notes, self.brand)
        if contacted and (support or foreign):
            # They wrote, called or sent the form already: not the same inbox again. Where the support guidance (in
            # another language than the reply's) says to go on in the same thread, that is said; else a private message
            # to find the case.
            thread = same_thread_case([*support, *foreign])
            via = None if thread is not None else contacted_channel(support, foreign)
            if thread is not None:
                line, cited, note = str(phrases()["same_thread"][language]), None, f"the same-thread line ({thread.id})"
            elif via is not None:
                # "Please write to hej@x.ax saying when you got in touch": the guidance's own channel, not a private
                # message no guidance names (reply-plans-v, spent: "send us a private message isn't our support
                # route"), and nothing asked again but when they wrote, so the team finds the case.
                channel, kind, passage = via
                line = str(phrases()["contacted"][kind][language]).format(channel=channel)
                cited, note = passage.id, f"the support guidance's {kind} ({passage.id}), saying when they wrote"
            else:
                line, cited, note = str(phrases()["contacted"]["line"][language]), None, "a private message"
            followed: list[tuple[str, bool, str | None]] = [(empathy, True, None), (line, True, cited)]
            return finish(
                request, language, public, followed, [f"acknowledges ({topic}); already contacted: {note}"], self.brand
            )
        route = support_route(self.embedder, comment, support, topic, language)
        if fresh and tried_all(route, comment):
            route = fresh  # the channel they tried is the only one in the reply's language: another language's other
        if not route:
            route = foreign_route(self.embedder, comment, foreign, topic, language)
        # A charge or a delay under a warranty route alone (the reply's language has no other): the customer service
        # another language's guidance names is the route.
        route = general_route_elsewhere(self.embedder, comment, route, foreign, topic, language) or route
        if not route:
            return _skip(language, f"no public support passage in {language_name(language)} to route the complaint to")
        parts: list[tuple[str, bool, str | None]] = [(empathy, True, None)]
        if topic == "not ours":
            # Never assume the commenter is a customer: help on that condition (the demo's panel asked for it). A
            # comment that already tells what happened is not asked to tell it again.
            told = len(WORD.findall(comment)) >= TOLD_WORDS
            parts.append((str(phrases()["if_ours_told" if told else "if_ours"][language]), True, None))
        # After "if you're our customer ...", the channel statement's own condition ("If something is wrong with
        # your heat pump ..., our customer service sorts it out: call ...") says it again: the instruction is enough.
        own = channel_instruction if topic == "not ours" else str
        if not photo_fits(comment):
            # "..., and a photo if the book arrived damaged" in the channel statement itself, under a refund that
            # never came: the panels struck the damage request as not fitting the complaint. The route stays.
            route = [replace(m, sentence=PHOTO_CLAUSE.sub(r"\1", m.sentence)) for m in route]
        remedy = guarantee_remedy(comment, public, topic)
        if remedy is not None and not any(remedy.sentence.rstrip(".") in m.sentence for m in route):
            # The guarantee's remedy for exactly this trouble ("bring the skates back within 7 days and we resharpen
            # them for free") before the inbox: the inbox alone was the panel's edit (reply-plans-w, spent). A remedy
            # the guidance states is no offer (bot/checks/plan_fit.py): no price, no campaign, no link.
            parts.append((remedy.sentence, True, remedy.passage.id))
        parts.extend((own(m.sentence), True, m.passage.id) for m in route)
        # What the support guidance asks people to bring (a member number, the bike's number): said beside the
        # private channel and followed by the line that keeps those details out of the comments (the spent panels
        # asked for it on most acknowledgements that lacked it).
        # Never from someone not known to be a customer (the "not ours" sympathy): "Uppge ditt kundnummer" under "heat
        # pumps are a scam" asked a stranger for a customer number, the demo's one edit (two panellists, sessions 31
        # and 32). The condition line before the route says whose case it is; the details go with the call.
        data = None if topic == "not ours" else data_request(self.embedder, comment, support, route[0].passage.id)
        # Only a request that states its own condition ("For billing problems ...", "Laskutusasioissa ...", "Vid
        # fakturafrågor ..."): what to bring for every case ("tell us the installation address") stays.
        conditional = data is not None and _CONDITION.match(data.sentence.strip()) is not None
        asked_for = topic_of(data.sentence) if data is not None and conditional else "general"
        if (
            data is not None
            and (topic not in ("general", "not ours") or conditional)
            and not (asked_for == "general" or same_trouble(asked_for, topic))
        ):
            # A request for a named kind of trouble ("For refunds or rebooking, include your order number") under a
            # complaint that names none (a long wait for the safety briefing) is not theirs either (reply-plans-q,
            # spent: "refunds/rebooking is not relevant").
            # "For billing problems include your member number" under a coach who came late: a request the support
            # guidance makes for another kind of trouble (the panels struck it as not fitting the complaint).
            data = None
        unasked = unanswered_only(comment, topic)
        if unasked:
            data = None  # nothing told that has a number: the route is the help
        if data is not None and all(m.position != data.position for m in route):
            # Its purpose clause ("..., so we can look at your case straight away") goes: the route says it. Kept only
            # within the voice's length (the channel is enough).
            required = False
            asked = PURPOSE_CLAUSE.sub(r"\1", data.sentence.strip())
            asked = spoken_request(asked, [m.sentence for m in route], language) or ""
            if not photo_fits(comment):
                # "... and photos if something is damaged" under a double charge or rude staff: the panels struck the
                # damage request pasted into replies about something else. The rest of the request stays verbatim.
                asked = PHOTO_CLAUSE.sub(r"\1", asked)
            if asked:
                parts.append((asked, required, data.passage.id))
        if data is not None or not (no_case(comment) or in_person_only(comment) or unasked or topic == "not ours"):
            # No details to keep out of the comments from someone who never had a booking and is asked for none (a
            # sold-out event, a shop found locked): "Please share your details there" asked for what they do not have.
            parts.append((phrases()["privately"][language], True, None))
        notes = [f"acknowledges ({topic}) and routes to {route[0].passage.id}"]
        if remedy is not None:
            notes.append(f"the guarantee's remedy for this trouble ({remedy.passage.id})")
        return finish(request, language, public, _unechoed(parts, comment), notes, self.brand)

    def _details(
        self, comment: str, support: Sequence[Passage], topic: str, language: str, *, waited: bool
    ) -> tuple[str, bool, str | None] | None:
        """What the support guidance (the reply's language) says to include that fits this complaint and that the
        person has not given (:func:`data_request`: no booking number from someone with none, no photo of what
        is not broken or was sent already), without a reply time promised to someone who ``waited``."""
        if topic == "not ours":
            return None
        for passage in support:
            data = data_request(self.embedder, comment, support, passage.id)
            if data is None:
                continue
            asked = without_told_case(PURPOSE_CLAUSE.sub(r"\1", data.sentence.strip()), comment)
            if not photo_fits(comment):
                asked = PHOTO_CLAUSE.sub(r"\1", asked)
            if waited:
                asked = without_promise(asked)
            return (asked, True, data.passage.id)
        return None

    def _stale(self, request: DraftRequest, *, upcoming: bool = False) -> dict[str, str]:
        """The campaigns of ``request`` not running on the drafting day (:func:`bot.drafting.offers.live`), by id,
        with the period their guidance states; ``upcoming``: not those still to come under the brand's own post."""
        today = self.today()
        post = " ".join(t for t in (request.thread_title, request.thread_body) if t)
        stale = {}
        for p in request.passages:
            if p.kind != "campaign" or live(p.text, today, post=post, own_post=request.own_account):
                continue
            when = period(p.text)
            if upcoming and request.own_account and when is not None and not when.started(today):
                continue
            stale[p.id] = when.said if when is not None else ""
        return stale

    def _said(self, match: Match, language: str, asks_when: bool) -> str:
        """A campaign's opening statement said as a sentence ("You get the A3 photo wall calendar for 19.90 €
        (normally 29.90 €) until 10.12.2026."), never its header with the date range; other statements as they are."""
        if match.passage.kind != "campaign" or match.position != 0:
            return match.sentence
        said = offer_sentence(match.sentence, language, self.today(), full_period=asks_when)
        return said or priced_offer(match.sentence, language, self.today()) or match.sentence

    def _offer(self, comment: str, campaigns: Sequence[Passage]) -> Match | None:
        """The campaign's first statement; the best-matching campaign when there are several."""
        if not campaigns:
            return None
        ranked = rank(self.embedder, comment, campaigns) if len(campaigns) > 1 else []
        passage = ranked[0].passage if ranked else campaigns[0]
        first = sentences(passage.text)
        return Match(passage, first[0], 0, ranked[0].score if ranked else 0.0) if first else None


# A campaign statement of an item and its price with no verb (its label, if any, cut), its period after the price
# ("Joulukampanja: lahjakortti kokeilutunnille kahdelle 39 € (norm. 50 €) 1.–23.12.2026 verkkokaupassa x.fi."):
# pasted as it is, a verbless fragment to both panellists (reply-plans-s, spent: "make it a sentence").
_VERBLESS_OFFER = re.compile(
    rf"^(?:(?P<name>[^\W\d][^:\d]{{1,40}}):\s+)?(?P<item>[^\W\d][^:\d€]*?)\s+"
    rf"(?P<price>(?:(?:yhteensä|tillsammans|totalt|together|in total)\s+)?{SUM}(?:\s*\([^)]*\))?)(?P<rest>[^:]*)$",
    re.IGNORECASE,
)
_OFFER_VERB = re.compile(
    r"\b(?:is|are|costs?|get|gets|buy|book|pay|maksaa|maksavat|saa|saat|on|ovat|kostar|får|köp|boka|varaa|osta)\b",
    re.IGNORECASE,
)
_PRICED_ALREADY = re.compile(r"(?:\b(?:för|for|at|till|à|per)|hintaan|eurolla|,[^,]*)$", re.IGNORECASE)
_COSTS_VERB = {"fi": ("maksaa", "maksavat"), "sv": ("kostar", "kostar"), "en": ("costs", "cost")}
_UNTIL_END = {"fi": "{end} asti", "sv": "till och med {end}", "en": "until {end}"}


# Platforms with no private messages to a channel's owner: a reply there cannot ask for one.
NO_PRIVATE_MESSAGES = frozenset({"youtube"})


def _unechoed(parts: list[tuple[str, bool, str | None]], comment: str) -> list[tuple[str, bool, str | None]]:
    """``parts`` without the guidance's clauses that say the comment's own words back (:func:`without_echo`): the
    promise or slogan the person mocks is not repeated to them. The drafter's own lines (no passage) stay."""
    kept: list[tuple[str, bool, str | None]] = []
    for text, required, pid in parts:
        said = text if pid is None else without_echo(text, comment)
        if said is not None:
            kept.append((said, required, pid))
    return kept


def priced_offer(statement: str, language: str, today: date) -> str | None:
    """A verbless campaign statement said as a sentence with its verb, its words, sums and dates verbatim
    ("Lahjakortti kokeilutunnille kahdelle maksaa 39 € (norm. 50 €) 23.12.2026 asti verkkokaupassa x.fi."); None
    when it is no such statement or is worded in another language."""
    found = _VERBLESS_OFFER.match(statement.strip())
    if found is None or language not in _COSTS_VERB or reads_foreign(statement, language):
        return None
    item, price, rest = found["item"].strip(), found["price"].strip(), found["rest"].strip().rstrip(".")
    if _OFFER_VERB.search(item) or _OFFER_VERB.search(rest) or _PRICED_ALREADY.search(item):
        return None  # "Plus för 249 kr/mån": priced already by its "för"
    when = period(rest)
    if when is not None and when.start is not None and when.started(today) and when.running(today):
        rest = rest.replace(when.said, _UNTIL_END[language].format(end=when.end_said), 1)
    plural = re.search(r"\b(?:ja|och|and)\b", item) is not None
    verb = _COSTS_VERB[language][1 if plural else 0]
    item = item[:1].upper() + item[1:]
    return f"{item} {verb} {price}" + (f" {rest}" if rest else "") + "."


_LANGUAGES_SAID = ("fi", "sv", "en")


def duration_sentence(comment: str, language: str) -> str:
    """The whole sentence a bridged duration is said in, with the question's own word for what lasts where it uses one
    ("hur länge håller brödet?" → "Det håller {figure}"; "how long does it take" → "It takes {figure}"), else the
    general one ("Det är {figure}"). ``{figure}`` is the slot."""
    for way in phrases()["duration_asked"]:
        said = way["line"].get(language)
        if said and any(re.search(p, comment, re.IGNORECASE) for p in way["patterns"].get(language, [])):
            return str(said)
    return str(phrases()["duration_whole"][language])


_NO_WORDS = {"fi": "Ei", "sv": "Nej", "en": "No"}
# A bridged price's opening (bot/drafting/bridging.py: price_line) and the same said of the shipping.
_PRICE_OPENINGS = {"fi": "Hinta on ", "sv": "Priset är ", "en": "The price is "}
_SHIPPING_OPENINGS = {"fi": "Toimitus maksaa ", "sv": "Frakten kostar ", "en": "Shipping costs "}
_YES_WORDS = {"fi": "Kyllä", "sv": "Ja", "en": "Yes"}


# The cost of posting a thing named by words the delivery slot leaves out ("postikulut", "porto"): read here alone, so
# the plan's reading of what a question is about stays as it is.
_POSTAGE = re.compile(r"\b(postiku\w*|postimaks\w*|portot?\b|porto\w*)", re.IGNORECASE)


def asks_delivery_price(comment: str) -> bool:
    """Whether the comment's question names the delivery ("paljonko on postikulut", "vad kostar frakten till
    Sverige": :func:`bot.opportunities.plan.slots`, or a word for postage), so a shipping cost may answer it."""
    asked = questions(comment) or comment
    return "delivery" in slots(asked) or _POSTAGE.search(asked) is not None


def period_sentence(topic: str, comment: str, language: str) -> str:
    """The sentence a topic's bridged period is said in (``phrases.yaml`` ``period_topic``: "Garantin är {figure}",
    "The return period is {figure}"), else :func:`duration_sentence`'s."""
    for way in phrases()["period_topic"]:
        said = way["line"].get(language) if way["topic"] == topic else None
        if said and any(re.search(p, comment, re.IGNORECASE) for p in way["patterns"].get(language, [])):
            return str(said)
    return duration_sentence(comment, language)


# A statement opening with a pronoun is lowered after "No,"; any other opening (a name) keeps its capital.
_NAMED_OPENING = re.compile(r"^(?!(?:we|you|it|they|this|vi|ni|du|det|den|de|me|te|se|ne|meillä|meiltä)\b)", re.I)


# A comment of this many words or more tells what happened: "Tell us what happened" is not said under it.
TOLD_WORDS = 10


# A statement that opens with the case it is for: "For billing problems", "If ...", "Jos ...", "Laskutusasioissa",
# "Vid fakturafrågor", "Om ...".
_CONDITION = re.compile(
    r"^(?:for|if|in case of|jos|mikäli|om|vid|i fråga om|\w+(?:asioissa|ongelmissa|tapauksissa))\b", re.IGNORECASE
)


# How far under the answer threshold the plan's own passage may answer when its statement gives exactly what was asked.
# The plan chose that passage by the question's slot, object and kind (bot/opportunities/assess.py) at its own bar;
# e5 scores a short or colloquial question lower against any statement: on the spent reply-plans-i and -h "käykö
# Smartum ...?", "gäller det också i Åbo?" and "hur många anläggningar har ni i Sverige?" were skipped at 0.85-0.86
# (under 0.86) with the right statement of the plan's own passage at hand.
PLANNED_ALLOWANCE = 0.015
# The plan's own statement that names the question's own thing, further under (0.825 with the usual bar): on
# reply-plans-n (spent) "Tar de bilder inne hos en?" (0.856), "Do you sell those grey boxes?" (0.837) and "do you do
# payment in installments?" (0.840) were skipped with the statement that answers them at hand.
OBJECT_ALLOWANCE = 0.035
# The kinds of fact a statement cannot give by chance: a sum of money, a time of day. Any figure reads as a count and
# a child's age ("under 13 år") as a duration, so those are no sign the statement answers.
PLAIN_KINDS = frozenset({"amount", "clock"})


# How many words a passage's subject (the product it is about) is read from: "Ängsö Iltahetki (kamomilla ...) on",
# "Lumme Tiira 14 is a ...".
SUBJECT_WORDS = 3


def products(terms: Sequence[str]) -> dict[str, str]:
    """:func:`bot.opportunities.plan.product_names` of ``terms`` without the brand's own name said otherwise: its
    inflections ("Lummen verstas" beside "Lumme") and its spelling without Nordic letters ("Angso" beside "Ängsö")."""
    own = [_folded(w) for w in re.findall(r"[^\W\d_]{4,}", terms[0])] if terms else []
    return {
        name: term
        for name, term in product_names(terms).items()
        if not any(_folded(name).startswith(w) or w.startswith(_folded(name)) for w in own)
    }


def _folded(word: str) -> str:
    return word.lower().translate(str.maketrans("åäö", "aao"))


def subject_product(passage: Passage, names: dict[str, str]) -> list[str]:
    """The one product ``passage`` opens with (within :data:`SUBJECT_WORDS` words: what the passage is about), as
    :func:`bot.opportunities.plan.products_in` reads it; none when it opens with none or several."""
    named = products_in(" ".join(passage.text.split()[:SUBJECT_WORDS]), names)
    return named if len(named) == 1 else []


def need_led(matches: Sequence[Match], threshold: float, comment: str) -> bool:
    """Whether ``matches[0]``, under ``threshold``, leads because it names the day the question asks about
    (:func:`bot.opportunities.objects.names_asked_day`), or says which X a "which X" question asks
    (:func:`bot.drafting.answering.says_which`), while a statement of the same passage clears the bar: it is
    held to the bar of that statement's companion (:data:`bot.drafting.matching.COMPANION_GAP`), as it would have come
    along with it. "stängt på lördagar?" is answered by "Öppet tis–fre 11–18 och lör 10–14", not skipped because
    "Måndagar stängt." was nearer (reply-plans-p, spent)."""
    first = matches[0]
    if first.score >= threshold or not (names_asked_day(comment, with_label(first)) or says_which(comment, first)):
        return False
    cleared = max(matches, key=lambda m: m.score)
    return (
        cleared.score >= threshold
        and cleared.passage.id == first.passage.id
        and first.score >= max(threshold - COMPANION_GAP / 2, cleared.score - COMPANION_GAP)
    )


def own_language_runner_up(
    planned: Sequence[Passage], language: str, comment: str, brand: Sequence[str], common: frozenset[str]
) -> list[Passage]:
    """The plan's passages in the reply's ``language`` that name the question's own thing
    (:func:`bot.drafting.answering.names_own_object`) and state the kind of fact ``comment`` asks (a price, a
    duration, a place ...: :func:`bot.drafting.answering.states_asked`), for a question whose first planned passage is
    in another language. The plan keeps a runner-up for the same fact said twice: "När är bastun öppen?" is answered
    by the Swedish passage stating the hours when the Finnish one ranked first. A runner-up about another thing of the
    same kind ("how much is the club" and the taster session's price, reply-plans-q, spent) is another question's
    answer, and a question asking no kind of fact the drafter recognises gets none."""
    asked = answer_kinds(comment)
    if not asked:
        return []
    return [
        p
        for p in planned
        if p.language == language
        and names_own_object(comment, Match(p, p.text, 1, 0.0), brand, common)
        and any(states_asked(s, asked) for s in sentences(p.text) if not reads_foreign(s, language))
    ]


def planned_answer(request: DraftRequest, best: Match, comment: str, threshold: float) -> bool:
    """Whether ``best``, a little under ``threshold``, answers all the same: it is the plan's own answering passage's
    statement, within :data:`PLANNED_ALLOWANCE`, and it states the price or the time of day the question asks for
    (:data:`PLAIN_KINDS`, :func:`bot.opportunities.coverage.states`) or names what the question names (a name it
    capitalises beside the brand's: "Smartum", "Åbo"). A word in common is no such sign ("birthday" in a question
    about gift cards and in the food rule's "birthday cakes"); every word of the question's own thing named is, down to
    :data:`OBJECT_ALLOWANCE` (:func:`bot.drafting.answering.names_own_object`), with the kind of fact asked stated."""
    if not request.answer_passages or best.passage.id != request.answer_passages[0]:
        return False
    if not threshold - OBJECT_ALLOWANCE <= best.score < threshold:
        return False
    if threshold - OBJECT_ALLOWANCE <= best.score < threshold - PLANNED_ALLOWANCE:
        # Further under: only the plan's statement that names the question's own thing ("Tar de bilder ...?" and
        # "... bilderna raderas efter 30 dagar"), and states the kind of fact asked where one is asked.
        asked = answer_kinds(comment)
        own_language = [p for p in request.passages if p.language in (best.passage.language, None)]
        named = names_own_object(comment, best, brand_terms(request.topics), common_stems(own_language))
        return named and (not asked or states_asked(best.sentence, asked))
    if any(states(best.sentence, kind) for kind in answer_kinds(comment) & PLAIN_KINDS):
        return True
    asked = answer_kinds(comment)
    if asked and asked_acts(questions(comment)) & acts(with_label(best)) and states_asked(best.sentence, asked):
        # "kuinka kauan viulun tekeminen kestää?" and "... valmistusaika noin 7 kuukautta": the act asked (making,
        # renting ...) and the kind of fact asked, both stated: the plan chose the passage for that act.
        return True
    return bool(shared_names(comment, with_label(best), brand_terms(request.topics)))


def without_brand_name(comment: str, terms: Sequence[str]) -> str:
    """The comment without the brand's names as it says them ("villakerä", "Villakerän"; a name of several words
    only whole): what is left says what the claim is about."""
    single = [t.lower() for t in terms if len(t.split()) == 1 and len(t) >= 4]
    several = [t for t in terms if len(t.split()) > 1]
    for term in several:
        comment = re.sub(re.escape(term), " ", comment, flags=re.IGNORECASE)
    words = comment.split()
    return " ".join(w for w in words if not any(w.lower().lstrip("@#").startswith(t.lstrip("@#")) for t in single))


def _asks_when(comment: str) -> bool:
    """Whether the comment asks when or how long something runs ("hur länge gäller det?", "until when is it
    valid?", "is the deal still on in October?"): a campaign's period answers it, running today or not."""
    return (
        bool(answer_kinds(comment) & {"duration", "when"})
        or "duration" in slots(comment)
        or _VALIDITY.search(comment) is not None
    )


# A question about whether an offer holds ("is the deal valid in January?", "still on in October?", "gäller det
# fortfarande?", "onko tarjous voimassa?").
_VALIDITY = re.compile(r"\b(?:valid|still on|still running|gäller|giltig|voimassa|vielä päällä)\b", re.IGNORECASE)


def _query(comment: str, need: str | None) -> str:
    """Match the fact to the comment's need (its question) first, the rest of the comment after it."""
    if need and len(need.split()) >= 3 and need.lower() not in comment.lower()[: len(need) + 5]:
        return f"{need}. {comment}"[:QUERY_CHARS]
    return comment


def wants_shorter(instruction: str | None) -> bool:
    """Whether a human's regenerate instruction asks for a shorter reply ("shorter", "lyhyemmin", "kortare")."""
    if not instruction:
        return False
    words = {word.lower() for word in WORD.findall(instruction)}
    return bool(words & set(phrases()["shorter_words"]))


def _skip(language: str, reason: str) -> DraftResult:
    return DraftResult(skip=True, skip_reason=reason, text="", language=language, cited=[], rationale=reason)
