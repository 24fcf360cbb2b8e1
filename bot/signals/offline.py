"""The offline classifier: a learnt intent model plus rules.

Intent is the most probable label of the judgement model's multinomial intent
layer over the comment's multilingual-e5 vector (:mod:`bot.signals.judgement`,
trained on dev data by ``make judgement-model``); rules then override it where
they are surer: toxic and spam vocabulary, sarcasm turning praise into a
complaint, and question forms (with or without ``?``) turning chatter into a
question, unless the model is sure the comment is off topic (a question about
something else is not a brand question) or its writer says it is not about the
brand's own things (:data:`NOT_ABOUT_US`) or it is a question for anyone: where to get something cheaply or a
kitchen how-to (:data:`ELSEWHERE`), or where the poster got a thing seen in the post (:data:`SEEN_IN_POST`).
A statement the model reads as off topic that praises is praise
(:data:`PRAISE_READ_OFF_TOPIC`). Two constructions decide over the
model: a comparison of the brand with a named rival or of two prices, or a
choice offered between two named options one of which is a rival, is
comparing before buying, and a told grievance followed by a question about
putting it right is a complaint that asks. A sentence opening with "recommend" ("suositelkaa", "tipsa om")
asks for a recommendation, and a request to be left alone (the opt-out rules or the detector's opt-out flag) is
asked of the brand, a question, whatever thanks comes with it. Emotion and tones come from word
lists; risk and opt-out here only from rules (the semantic detector adds its
own in :func:`bot.signals.combine.judge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

import numpy as np

from bot.language import detect_language as detect
from bot.ports import Embedder
from bot.signals import rules
from bot.signals.combine import NOT_ABOUT_US
from bot.signals.judgement import detector, detector_vectors
from bot.signals.need import extract_need
from bot.signals.types import INTENTS, PROBLEM_WITHOUT_QUESTION, Signals

_ASKING = ("question", "recommendation_request", "comparison_or_purchase")
# A question form makes chatter a question, unless the intent model's first choice is off_topic at this
# probability or more (chosen on dev-b's hold-out and judgement-a).
OFF_TOPIC_SURE = 0.5
# ... but never for a follow-up (rules' follow_up: "Entä iOS?", "Och Android då?", "What about iOS?") of at most
# this many words: its topic is the text it answers, and the model's off-topic reading rests on a word or two
# (session 6's retrained model gave "Kiitos! Entä iOS?" off_topic 0.53). The brand's topics and guidance still
# decide whether it is off topic (combine.refine_intent).
FOLLOW_UP_WORDS = 8
# ... nor for a question offering a choice between two named options, a competitor among them
# (:func:`offers_named_choice`: "<rival> eller <brand> för en tårta till Bromma?"): the names are the brand's market,
# however far the errand asked for (a cake, a place) pulls the model off topic. It is comparing before buying
# (OfflineClassifier._one).
# ... nor for a question about when or where the brand is open or works ("Har de öppet på lördagar?", "Which cities
# are they in?", "Vilka öppettider har butiken på Kungsholmen?"): the place names pull the model off topic (0.6-0.9),
# but a question that puts them to the brand (a pronoun for it, "the shop") asks its hours or reach. A place of
# someone else's ("Vilken tid öppnar Systembolaget?", "missä on lähin posti joka on auki") has no such pronoun, and
# the brand's topics and guidance still decide (combine.refine_intent). On the spent judgement sets f-i, dev and the
# dev hold-outs: 4 labelled questions (all labelled draft) read as questions, none the other way.
OUR_HOURS_OR_PLACES = {
    "en": re.compile(
        r"\b(open|opening hours|hours|located|locations?|which cities|what cities|where are (you|they)"
        r"|(deliver|install|operate|work)\w* (in|to)|come to)\b",
        re.IGNORECASE,
    ),
    "sv": re.compile(
        r"\b(öppet|öppettider|öppnar|ligger (era|er|ni|butiken|affären)|vilka städer|finns (ni|de) i"
        r"|levererar ni till|kommer ni till)\b",
        re.IGNORECASE,
    ),
    "fi": re.compile(
        r"\b(auki|aukiolo\w*|aukeaa|missä kaupungeissa|toimitatteko|tuletteko|toimiiko \w+ \w+(lla|llä|ssa|ssä))\b",
        re.IGNORECASE,
    ),
}
OURS = {
    "en": re.compile(r"\b(you|your|they|their|the (shop|store|studio|office|workshop))\b", re.IGNORECASE),
    "sv": re.compile(r"\b(ni|er|era|ert|de|dom|butiken|affären|verkstaden|ateljén)\b", re.IGNORECASE),
    "fi": re.compile(
        r"\b(te|teidän|teillä|teiltä|ne|niillä|liike|liikkeen|liikkeenne|myymälä\w*|\w+tte\w*)\b", re.IGNORECASE
    ),
}
# A recommendation or comparison word makes a question that kind of asking only when the intent model gives that
# kind at least this share of the plain question's probability. On the dev data's training threads the rules'
# kind alone was right for 707 of 971 questions, gated so 764; on the hold-outs 287 -> 320 of 386 (ratios 0.25
# and 0.5 gave less on both: 741/301, 753/314). With the unweighted intent model (session 9) 759 and 319; 0.25
# and 0.5 give 768/319 and 765/319.
ASKING_KIND_RATIO = 1.0
# A comparison (rules' comparison cue) that sets two named options side by side with a comparative ("<rival> or
# <brand>, which is cheaper", "<rival> 26 € per walk, <brand> 28 €: any difference?", "<rival> är billigare, varför
# välja er?") is comparing before buying whatever the model's share (ASKING_KIND_RATIO): the model reads the price
# question in it. Named: a competitor of the brand's, or two sums of money. On the spent judgement sets f-i, dev
# and the dev hold-outs it turned 11 labelled comparisons from question, and one labelled question the other way.
COMPARATIVE = {
    "en": re.compile(r"\b(cheaper|pricier|more expensive|better|worse|faster|slower|vs\.?|versus|compared?|than)\b"),
    "sv": re.compile(r"\b(billigare|billigast|dyrare|dyrast|bättre|bäst|sämre|snabbare|jämfört|jämföra|vs\.?|än)\b"),
    "fi": re.compile(
        r"\b(halvempi|halvempaa|halvemmalla|halvin|kalliimpi|kalliimmalla|parempi|parempaa|huonompi|nopeampi"
        r"|verrattuna|vertasin|vs\.?|kuin|kumpi|kumman)\b"
    ),
}
# A sentence that opens by asking the reader to recommend ("Suositelkaa kurssia pennulle ...", "Tipsa om en maskin
# ...", "Recommend me a course before ...") is a recommendation request with or without a question mark, whatever the
# model's share for it (ASKING_KIND_RATIO): over the spent judgement sets a-l, 12 of the 13 such comments are labelled
# so (one off topic, which the brand's topics still decide: combine.refine_intent).
RECOMMEND_ASK = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:please |pls )?(recommend|suggest|suositelkaa|suosittele|suositelkaas|vinkatkaa|vinkkaa"
    r"|ehdottakaa|tipsa|rekommendera|föreslå)\b",
    re.IGNORECASE,
)
# A yes/no question opens with its verb ("Is", "Är", "Onko", "Kostar"); a choice names its options ("which", "vs").
YES_NO = re.compile(r"^\W*(is|are|does|do|would|will|can|är|blir|kostar|finns|\w+(ko|kö))\b")
CHOICE = re.compile(r"\b(which|or|vs\.?|versus|kumpi|kumman|vai|vilken|vilket|eller)\b")
# Two named options offered as the choice itself ("<rival> eller <brand> för en fotobok?", "<brand> or <rival>,
# which prints sharper?", "<rival> vai <rival>?"): comparing before buying, with or without a comparative word
# (COMPARATIVE). Named: one of them a competitor of the brand's, the other the brand or a second competitor, with
# only a choice word between them. Over the dev sets and the spent judgement sets a-j, the questions that hold such a
# pair (and no recommendation cue) are labelled comparison 32 times, question 5, recommendation 1.
NAMED_CHOICE = re.compile(r"^[\s,]*(or|eller|vai|tai|vs\.?|versus|/)[\s,]*$")
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?\s*(?:€|eur\b|euroa?\b|e\b|kr\b|kronor\b|sek\b|\$)|[€$]\s*\d", re.IGNORECASE)
# A question about putting something right or about what went wrong ("who do I talk to", "vart vänder man sig
# för ersättning", "kenelle tästä pitää soittaa", "do I get the fee back", "vad händer?", "mikä homma?") after a
# grievance the writer told first ("they lost my package three days ago ...", "Pussi on ollut teillä jo kolme
# viikkoa eikä ole kuulunut mitään.") is a complaint that asks: the writers label it complaint, the model reads its
# question (complaint 0.01-0.10). Asked before anything is told ("is there a guarantee? asking because I have a
# coat there now") or after a condition ("if the sitter breaks something, who pays?"), it is a question. On the
# spent judgement sets f-i, dev and the dev hold-outs it turned 14 labelled complaints from question, and 4 risky
# comments labelled question the other way (escalated either way).
REMEDY = {
    "en": re.compile(
        r"\b(who (do|should|can) i (actually |even )?(talk|speak|contact|complain|call|write)\w*"
        r"|where (do|can|should) i (report|complain)\w*|(get|want) (the|my) (\w+ )?(money|fee) back|refund\w*"
        r"|what('?s| is) going on|what happened|what now)\b",
        re.IGNORECASE,
    ),
    "sv": re.compile(
        r"\b(vart vänder (man|jag) sig|var (anmäler|reklamerar|klagar) (man|jag)(?! sig)|vem (pratar|ska|kan) jag"
        r"|vem kontaktar|reklamera\w*|hur anmäler man(?! sig)|pengarna tillbaka|återbetal\w*"
        r"|vad händer|vad har hänt)\b",
        re.IGNORECASE,
    ),
    "fi": re.compile(
        r"\b(kenelle|keneen|kehen|mihin (voi|pitää|kannattaa) (soittaa|valittaa|ilmoittaa|reklamoida|antaa)"
        r"|hyvity\w*|reklamoi\w*|rahat takaisin|palautetta|mikä homma|mitä nyt|mitä tapahtui)\b",
        re.IGNORECASE,
    ),
}
# A question about the warranty asks what it covers, even after a told fault ("batteriet dog efter 14 månader, täcks
# det av garantin?", "kivet 1,5 v vanhat, kuuluuko vaihto takuuseen?"): the dev hold-outs label those question.
WARRANTY = re.compile(r"\b(guarantee\w*|warrant\w*|garanti\w*|takuu\w*)", re.IGNORECASE)
# Action against the brand asked of someone else ("kan jag anmäla dem till ARN", "can I sue them", "voiko heidät
# haastaa") is a legal question for others, not a grievance the brand is asked to put right.
AGAINST = re.compile(
    r"\b(anmäla (dem|dom|er|företaget)|stämma (dem|dom|er)|report them|sue (them|you)|haasta\w*)\b",
    re.IGNORECASE,
)
# A mistake the writer owns ("I ordered the wrong size", "jag bokade fel dag", "tilasin väärän koon", "my bad") is
# no grievance against the brand: "can I get a refund?" after it asks the returns policy.
OWN_MISTAKE = re.compile(
    r"\b(i (\w+ )?(ordered|bought|booked|picked|chose|sent|entered) (the |a )?wrong|my (own )?(mistake|fault|bad)"
    r"|jag (\w+ )?(beställde|köpte|bokade|valde|skickade|skrev) fel|mitt (eget )?fel|mitt misstag"
    r"|(tilasin|ostin|varasin|valitsin|lähetin|laitoin) väär\w*|(oma|mun|minun) (moka|virhe|vika))\b",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\b(if|what if|in case|jos|mikäli|om|ifall|thinking of|planning to|considering|tänker|funderar|aion|mietin)\b",
    re.IGNORECASE,
)
TOLD_WORDS = 3
# ... and a remedy asked under a condition in its own sentence ("Is there a refund if I'm hopeless?", "saako rahat
# takaisin jos ostan uudet samana päivänä?", "får man pengarna tillbaka om man avbokar?") asks the terms, whatever was
# told before it, and "anmäler sig" signs up, it reports nothing (REMEDY). Session 38: on judgement-t three questions
# the rule had made complaints are read as questions, and on dev and the spent sets l, n, p, r, s none changed the other
# way. Swedish "om" only before its subject ("om jag", "om man"): "om det" is as often "about it".
REMEDY_CONDITION = re.compile(
    r"\b(if|in case|unless|jos|mikäli|ifall|om (jag|man|vi|du|ni))\b",
    re.IGNORECASE,
)
# A request to be left alone (no replies, DMs, tags or marketing from companies), with or without a question mark,
# is something asked of the brand: most writers label it question ("älkää yritykset kommentoiko tähän", "inga
# företag i mina DM, tack", "brands, please stay out of my mentions"), while the model reads the thanks around it as
# feedback, praise or off topic. Recognised by the opt-out rules or by the detector's opt-out flag on the whole
# comment; sarcasm, toxic, spam and the kinds of asking keep their reading, and so does a complaint: the dev data and
# two spent writers label a grumbled refusal complaint (dev's 15 opt-outs all are), two others question.
REQUEST_FROM = ("feedback_or_idea", "praise", "off_topic")
# A question whose writer says it is not about the brand's own things (rules' ``not_about_us``: "general question",
# "inte akvariespecifikt", "ei tarvi olla <brand>:n", "doesn't have to be yours") or that asks the poster how they
# made their photo or video ("which camera settings", "millä editoit") is off topic, not a brand question, whatever
# the model reads: the writers of the spent judgement sets label such questions off topic, the model reads the
# hobby's words in them as a question (off_topic 0.01-0.4). The brand's name in it does not bring it back on topic
# (combine.refine_intent, which holds the evidence's name): it is named to be ruled out.
# A question asking where to get something cheaply (rules' ``cheap_elsewhere``: "mistä saa halvalla nuottitelineen",
# "var hyr man bil billigast", "where do you buy boots that aren't 150 euros") or a kitchen how-to asked in general
# (``kitchen_how_to``: "miten kantarellit pakastetaan", "hur torkar man svamp", "how long do you fry chanterelles") is
# off topic: a bargain sought from anyone, the hobby's cooking. Not when it says the brand's own (``our_own``: "your",
# "era", "teidän"), and naming the brand brings it back (combine.refine_intent: it is not NOT_ABOUT_US). The model
# reads the field's words in them as a question (off_topic 0.02-0.46). Over the spent judgement sets j-n: 12 of the 13
# questions these find are labelled off topic (the other asks the crowd beside an opt-out), none should-draft; 8 of
# them were read otherwise before.
ELSEWHERE = "a question for anyone: a bargain elsewhere or a kitchen how-to"
ELSEWHERE_GROUPS = ("cheap_elsewhere", "kitchen_how_to")
# A question to the poster about where they got a thing seen in their post (rules' ``seen_in_post``: "Where did you
# get that rug in the background?", "Mistä sait tuon pihtiparin?", "Var köpte du den där tröjan?", "Mistä tuo ohjaajan
# pipo on?") is off topic: the thing pointed at is the poster's, and what is asked is who sold it to them, not the
# brand's products or services. Naming the brand brings it back (combine.refine_intent: it is not NOT_ABOUT_US).
# Session 42: over the spent judgement sets b ... w and aa (hold-outs m, s, v unread) 24 questions of fifteen writers
# have this form, all labelled off topic, none should-draft; the intent model read several as questions (off_topic
# 0.1-0.5: the thing's words are the field's). Without a pointing word or a picture the writers label such questions
# question ("Where did you get Wi-Fi on board?"), so the rule asks for one.
SEEN_IN_POST = "a question to the poster about where they got a thing seen in the post"
SEEN_IN_POST_OFF_TOPIC = True
# A question about the platform or the community it is posted in (rules' ``venue`` in a sentence that asks: "Onks tää
# subi kuollu?", "How do I move my account to another Mastodon instance?", "Is r/Watches the right place for strap
# questions?") is off topic: the place of the talk, not the brand's things. Not the brand's own presence there
# (``venue_of_brand``: "are you on Bluesky?", "har ni ett Discord?"). The venue named in a sentence that does not ask
# ("HN is not an ad board. Does the train have sockets?") says nothing of what is asked. Naming the brand brings it
# back (combine.refine_intent).
ABOUT_THE_VENUE = "a question about the platform or the community it is posted in"
ABOUT_THE_VENUE_OFF_TOPIC = True
# ... and neither moves the model's own reading of abuse or an advert (a toxic "Why is this sub full of idiots?"): as
# for the question form, a reading of toxic or spam stands. Session 42: on a hold-out (judgement-m, aggregates only)
# the rules first turned one comment labelled and read toxic off topic.
UNMOVED = ("toxic", "spam_or_self_promotion")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
# A statement the intent model reads as off topic that praises (rules' ``positive``, no ``negative``, no sarcasm, no
# opt-out: "Bästa ridskolan i stan, och bästa kanalen", "Ihana kurssi, pentu odottaa hallia kuin joulua") is praise:
# the writers label praise what the model reads as chatter about the place or the hobby. Over the spent judgement sets
# j-n (with "a good choice" among the positive words): 5 of the 8 such comments are labelled praise, the others
# two opt-outs (kept: rules' opt_out) and a wish.
PRAISE_READ_OFF_TOPIC = True
# A statement that recommends the thing in the writer's own voice ("Suosittelen!", "Voin lämpimästi suositella",
# "Rekommenderas varmt", "Kan varmt rekommendera", "Would recommend", "highly recommend it") is praise, whatever the
# model reads in the story told before it: it reads a told week of trouble ("Lådan räddade mitt liv ... haha.
# Rekommenderar") or a plain comparison with a shop ("ihan eri tasoa ku kaupassa. Suosittelen") as a complaint. Not a
# question (asking for a recommendation), not beside a word of trouble (``negative``), sarcasm or a named competitor
# (recommending a rival is comparing), nor beside a comparative word (COMPARATIVE). Session 40: on the spent
# judgement-u two praises were read complaints so; on judgement-v and the dev sets none changed the other way.
RECOMMENDS_IT = re.compile(
    r"\b(suosittelen|suosittelisin|voin (\w+ )?suositella|suosittelemme kaikille|suositeltava"
    r"|(?<!ni )(?<!du )(?<!man )rekommenderar\b(?! ni| du| man)|rekommenderas|kan (\w+ )?rekommendera|rekommenderar jag"
    r"|(i|would|highly|definitely|totally|strongly|can|i'd|i would|10/10 would) recommend\b(?! (a|any|me|some)\b))",
    re.IGNORECASE,
)
RECOMMENDED_READ = ("complaint", "off_topic", "feedback_or_idea")
# A verdict of a scam (rules' ``scam_verdict``, among the ``misinformation`` words) beside the intent model's first
# reading of a complaint stays a complaint: "Värmepumpar är en bluff, elräkningen blev högre för oss" tells the writer's
# own bill (the plan acknowledges it, or leaves a remark it barely reads for the digest). Hearsay ("I heard ...",
# "kuulemma") stays misinformation whatever the model reads. Session 31 (s31-intent): the b ... r model reads the demo's
# Swedish complaint a complaint first (0.34), where b ... n read a question and the "problem" rule made it one.
SCAM_VERDICT_COMPLAINT = True
# An advert's words inside a refusal ("please don't DM me", "stop replying to every comment with a discount code": the
# opt-out rules match the comment) advertise nothing: the comment is read as if the spam rule had not fired, and a
# request to be left alone is then asked of the brand (REQUEST_FROM). Over the dev and spent judgement sets (session
# 38): 15 comments hold both, none labelled spam (9 question, 3 off topic, 2 complaint, 1 feedback).
REFUSAL_NOT_SPAM = True


def _elsewhere(text: str, language: str | None) -> str | None:
    """The ``cheap_elsewhere`` or ``kitchen_how_to`` fragment of a question that says none of the brand's own
    (:data:`ELSEWHERE`), or None."""
    if rules.match("our_own", text, language) is not None:
        return None
    for group in ELSEWHERE_GROUPS:
        if (hit := rules.match(group, text, language)) is not None:
            return hit
    return None


def _seen_or_venue(text: str, language: str | None) -> tuple[str, str] | None:
    """The rule (:data:`SEEN_IN_POST` or :data:`ABOUT_THE_VENUE`) and fragment that make a question off topic, or
    None."""
    if SEEN_IN_POST_OFF_TOPIC and (hit := rules.match("seen_in_post", text, language)) is not None:
        return SEEN_IN_POST, hit
    if ABOUT_THE_VENUE_OFF_TOPIC and (hit := about_the_venue(text, language)) is not None:
        return ABOUT_THE_VENUE, hit
    return None


def about_the_venue(text: str, language: str | None) -> str | None:
    """The platform or community a sentence that asks names (rules' ``venue``), unless a sentence that asks speaks of
    the brand's own presence there (``venue_of_brand``), or None (:data:`ABOUT_THE_VENUE`)."""
    asking = [part for part in _SENTENCES.split(text) if part.strip() and rules.is_question(part, language)]
    if any(rules.match("venue_of_brand", part, language) is not None for part in asking):
        return None
    for part in asking:
        if (hit := rules.match("venue", part, language)) is not None:
            return hit
    return None


@dataclass(frozen=True)
class SignalContext:
    """What the classifier knows about where a comment was written."""

    competitors: tuple[str, ...] = ()
    brand_terms: tuple[str, ...] = ()


def _emotion(text: str, language: str | None, intent: str, sarcasm: bool) -> tuple[str, tuple[str, ...]]:
    positive = rules.match("positive", text, language) is not None
    negative = rules.match("negative", text, language) is not None
    tones: list[str] = []
    if (negative or intent == "complaint" or sarcasm) and rules.match("frustration", text, language):
        tones.append("frustration")
    if rules.match("confusion", text, language):
        tones.append("confusion")
    if positive and not sarcasm and rules.match("excitement", text, language):
        tones.append("excitement")
    if sarcasm or intent in ("complaint", "toxic") or (negative and not positive):
        emotion = "negative"
    elif intent == "praise" or (positive and not negative):
        emotion = "positive"
    else:
        emotion = "neutral"
    return emotion, tuple(tones)


def _compares(text: str, language: str | None, context: SignalContext) -> bool:
    """A comparative word (:data:`COMPARATIVE`) or a competitor of the brand's named in the text."""
    comparative = COMPARATIVE.get(language or "")
    if comparative is not None and comparative.search(text.lower()):
        return True
    lowered = text.lower()
    return any(name.strip() and rules.name_pattern(name).search(lowered) for name in context.competitors)


def asks_our_hours_or_places(text: str, language: str | None) -> bool:
    """A question put to the brand about when or where it is open or works (:data:`OUR_HOURS_OR_PLACES`)."""
    hours, ours = OUR_HOURS_OR_PLACES.get(language or ""), OURS.get(language or "")
    return hours is not None and ours is not None and bool(hours.search(text)) and bool(ours.search(text))


def compares_named(text: str, language: str | None, competitors: Sequence[str]) -> bool:
    """Two named options set side by side (:data:`COMPARATIVE`): a competitor of the brand's, or two sums. A
    comparative asked only as a yes/no question ("Is <brand> cheaper than <rival>?", "Onko <rival> halvempi kuin
    <rival>?") asks a fact, a price question (:data:`YES_NO`)."""
    comparative = COMPARATIVE.get(language or "")
    lowered = text.lower()
    if comparative is None or rules.match("comparison", text, language) is None:
        return False
    compared = [
        sentence
        for sentence in rules.sentences(lowered)
        if comparative.search(sentence) and not (YES_NO.search(sentence) and not CHOICE.search(sentence))
    ]
    if not compared:
        return False
    rival = any(rules.name_pattern(name.lower()).search(lowered) for name in competitors if name.strip())
    return rival or len(_AMOUNT.findall(text)) >= 2


def offers_named_choice(text: str, competitors: Sequence[str], brand_terms: Sequence[str]) -> bool:
    """Two named options, one a competitor, with only a choice word between them (:data:`NAMED_CHOICE`)."""
    lowered = text.lower()
    rivals = {name.lower() for name in competitors if name.strip()}
    if not rivals or not any(rival in lowered or rival[:4] in lowered for rival in rivals):
        return False
    names = rivals | {name.lower() for name in brand_terms if name.strip()}
    spans = sorted((m.start(), m.end(), name) for name in names for m in rules.name_pattern(name).finditer(lowered))
    return any(
        first != second and (first in rivals or second in rivals) and NAMED_CHOICE.match(lowered[end:start])
        for (_, end, first), (start, _, second) in pairwise(spans)
    )


def complaint_that_asks(text: str, language: str | None) -> bool:
    """A grievance told first, then a question about putting it right (:data:`REMEDY`).

    Told first: the sentences before the remedy's own, or the clause before its comma ("hoitaja ei tullut eikä
    kukaan ilmoittanut, kenelle reklamoin?"). Told as thanks or praise ("Kiitos vastauksesta! Entä takuu?"), as a
    condition or a plan ("mietin X vs Y, kummalla parempi takuu?") it is no grievance; nor is it beside a request not
    to be contacted, which asks for nothing to be put right by the brand. A question about the warranty
    (:data:`WARRANTY`) or after the writer's own mistake (:data:`OWN_MISTAKE`) stays a question."""
    remedy = REMEDY.get(language or "")
    hit = remedy.search(text) if remedy is not None else None
    if hit is None or rules.match("opt_out", text, language) or AGAINST.search(text):
        return False
    before = text[: hit.start()]
    opening = max(before.rfind(mark) for mark in ".!?\n")
    asked = text[opening + 1 :]
    question = rules.is_question(asked, language) or rules.is_question(text[hit.start() :], language)
    if not question or WARRANTY.search(asked):
        return False
    if REMEDY_CONDITION.search(re.split(r"[.!?\n]", text[hit.end() :], maxsplit=1)[0]):
        return False
    clause = before[opening + 1 :]
    told = (before[: opening + 1] + " " + (clause[: clause.rfind(",")] if "," in clause else "")).strip()
    if len(told.split()) < TOLD_WORDS or rules.is_question(told, language) or _CONDITION.search(told):
        return False
    if OWN_MISTAKE.search(told):
        return False
    pleased = rules.match("positive", told, language) and not rules.match("negative", told, language)
    return not pleased


class OfflineClassifier:
    method = "offline"

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def classify(self, texts: Sequence[str], context: SignalContext | None = None) -> list[Signals]:
        context = context or SignalContext()
        if not texts:
            return []
        queries = np.asarray(self.embedder.embed_queries(list(texts)), dtype=np.float32)
        model = detector()
        vectors = detector_vectors(self.embedder, texts, queries)
        probabilities = model.intent_probabilities(vectors)
        column = model.classes.index("opt_out")
        left_alone = model.probabilities(vectors)[:, column] >= model.flag_at[column]
        return [
            self._one(text, probabilities[i], context, asks_to_be_left=bool(left_alone[i]))
            for i, text in enumerate(texts)
        ]

    @staticmethod
    def _asking(text: str, language: str | None, scores: dict[str, float]) -> str:
        """Which kind of asking: a recommendation, a comparison before buying, or a plain question.

        The rules propose the kind ("vai", "eller", "or the" are in most questions that offer two options,
        few of which compare products); the intent model confirms it (see :data:`ASKING_KIND_RATIO`)."""
        if rules.match("recommendation", text, language):
            kind = "recommendation_request"
        elif rules.match("comparison", text, language):
            kind = "comparison_or_purchase"
        else:
            return "question"
        return kind if scores[kind] >= ASKING_KIND_RATIO * scores["question"] else "question"

    def _one(
        self, text: str, probabilities: np.ndarray, context: SignalContext, asks_to_be_left: bool = False
    ) -> Signals:
        sig = self._read(text, probabilities, context)
        if sig.intent in REQUEST_FROM and not sig.sarcasm and (sig.opt_out or asks_to_be_left):
            evidence = {**sig.evidence, "rule": "a request to be left alone", "read": sig.intent}
            sig = replace(sig, intent="question", evidence=evidence)
        if sig.intent in _ASKING and compares_named(text, sig.language, context.competitors):
            evidence = {**sig.evidence, "rule": "comparison of named options"}
            sig = replace(sig, intent="comparison_or_purchase", evidence=evidence)
        elif sig.intent == "question" and offers_named_choice(text, context.competitors, context.brand_terms):
            evidence = {**sig.evidence, "rule": "a choice between named options"}
            sig = replace(sig, intent="comparison_or_purchase", evidence=evidence)
        if sig.intent in _ASKING and complaint_that_asks(text, sig.language):
            evidence = {**sig.evidence, "rule": "a told grievance, then how to put it right"}
            emotion, tones = _emotion(text, sig.language, "complaint", sig.sarcasm)
            sig = replace(sig, intent="complaint", evidence=evidence, emotion=emotion, tones=tones)
        return sig

    def _read(self, text: str, probabilities: np.ndarray, context: SignalContext) -> Signals:
        language = detect(text)
        scores = {intent: float(p) for intent, p in zip(INTENTS, probabilities, strict=True)}
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
        intent, confidence = ranked[0]
        evidence = {"nearest": intent}
        question = rules.is_question(text, language)
        follow_up = (
            question and len(text.split()) <= FOLLOW_UP_WORDS and rules.match("follow_up", text, language) is not None
        )
        ours = question and asks_our_hours_or_places(text, language)
        market = question and offers_named_choice(text, context.competitors, context.brand_terms)
        sarcasm = rules.match("sarcasm", text, language) is not None
        positive = rules.match("positive", text, language) is not None
        negative = rules.match("negative", text, language) is not None
        if (hit := rules.match("toxic", text, language)) is not None:
            intent, evidence = "toxic", {"rule": "toxic", "match": hit}
        elif (hit := rules.match("spam", rules.without("asks_for_offer", text, language), language)) is not None and (
            not REFUSAL_NOT_SPAM or rules.match("opt_out", text, language) is None
        ):
            intent, evidence = "spam_or_self_promotion", {"rule": "spam", "match": hit}
        elif sarcasm and intent in ("praise", "off_topic", "feedback_or_idea"):
            intent, evidence = "complaint", {"rule": "sarcasm"}
        elif question and (hit := rules.match("not_about_us", text, language)) is not None:
            intent, evidence = "off_topic", {"rule": NOT_ABOUT_US, "match": hit, "nearest": intent}
        elif question and (hit := _elsewhere(text, language)) is not None:
            intent, evidence = "off_topic", {"rule": ELSEWHERE, "match": hit, "nearest": intent}
        elif question and intent not in UNMOVED and (found := _seen_or_venue(text, language)) is not None:
            intent, evidence = "off_topic", {"rule": found[0], "match": found[1], "nearest": intent}
        elif RECOMMEND_ASK.search(text):
            intent, evidence = "recommendation_request", {"rule": "asks for a recommendation", "nearest": intent}
        elif (
            question
            and intent not in ("toxic", "spam_or_self_promotion")
            and not (intent == "off_topic" and confidence >= OFF_TOPIC_SURE and not (follow_up or ours or market))
        ):
            rule = "follow-up question" if follow_up else "question form"
            if intent == "off_topic" and confidence >= OFF_TOPIC_SURE and not follow_up:
                rule = "a question to the brand about its hours or places"
                rule = "a choice between named options" if market else rule
            intent, evidence = self._asking(text, language, scores), {"rule": rule, "nearest": ranked[0][0]}
        elif (hit := rules.match("feedback", text, language)) is not None:
            intent, evidence = "feedback_or_idea", {"rule": "wish", "match": hit}
        elif intent in _ASKING and negative:
            intent, evidence = "complaint", {"rule": PROBLEM_WITHOUT_QUESTION}
        elif intent in _ASKING and positive:
            intent, evidence = "praise", {"rule": "praise without a question"}
        elif (
            PRAISE_READ_OFF_TOPIC
            and intent == "off_topic"
            and not question
            and positive
            and not negative
            and rules.match("opt_out", text, language) is None
        ):
            intent, evidence = "praise", {"rule": "praise read as off topic", "nearest": intent}
        elif (
            intent in RECOMMENDED_READ
            and not question
            and RECOMMENDS_IT.search(text)
            and not negative
            and not sarcasm
            and not _compares(text, language, context)
        ):
            intent, evidence = "praise", {"rule": "recommends it", "nearest": intent}
        elif rules.match("misinformation", text, language) and not (
            SCAM_VERDICT_COMPLAINT and intent == "complaint" and rules.match("scam_verdict", text, language)
        ):
            intent, evidence = "misinformation", {"rule": "hearsay"}
        # a risk word inside the brand's or a competitor's name names no situation (rules.unnamed)
        risk = rules.risk_flags(text, language, (*context.brand_terms, *context.competitors))
        firm = [flag for flag in rules.firm_flags(text) if flag in risk]
        if firm:  # the situation named: never dropped as figurative (combine.judge)
            evidence = {**evidence, "firm": ", ".join(firm)}
        competitor = rules.competitor_mentioned(text, context.competitors, context.brand_terms)
        if competitor is not None:
            risk["competitor_thread"] = competitor
        opt_out = rules.match("opt_out", text, language) is not None
        emotion, tones = _emotion(text, language, intent, sarcasm)
        return Signals(
            language=language,
            intent=intent,
            emotion=emotion,
            tones=tones,
            sarcasm=sarcasm,
            need=extract_need(text, language, intent),
            risk=tuple(flag for flag in risk),
            opt_out=opt_out,
            is_question=question,
            method=self.method,
            intent_confidence=round(confidence, 4),
            evidence=evidence,
            off_topic_score=round(scores["off_topic"], 4),
            complaint_score=round(scores["complaint"], 4),
        )
