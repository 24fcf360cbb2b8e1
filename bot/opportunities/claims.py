"""A claim the guidance contradicts beyond figures: coverage, eligibility, availability, policy.

Pure: texts and their e5 similarity in, a verdict out. Most false claims about a brand are not figures ("the warranty
covers lost devices", "Solvik buys your surplus power", "you can't sell cosmetics", "all sites take dogs") but a
statement whose answering sentence in the guidance says the opposite. Three shapes of opposite are read, in
Finnish, Swedish and English:

* *polarity*: one of the two is negated and the other is not ("ni ersätter inte stölder" against "theft is covered
  when reported"; "they buy the surplus" against "we do not buy electricity");
* *a wider set*: the claim says all, always, every ("kaikkiin kupliin saa ottaa koiran") where the sentence limits
  it ("dogs only at Kallio");
* *a narrower set*: the claim says only ("korivo toimittaa vaan arkisin", "bara för iPhone") where the sentence
  says every ("every day, Sundays too") or names more (:func:`names_more`: "inom Åbo, Reso och S:t Karins").

The words are one signal; the other is meaning: the sentence must be the passage's sentence nearest the claim by
e5 similarity and at least :data:`SENTENCE_FIT` to it, so a negation in some other sentence of the passage decides
nothing. The plan (:func:`bot.opportunities.plan.plan_reply`) asks the rest: that the comment states something about
the brand (no question, no opinion, no experience of the person's own, no joke or irony).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# Words that negate a statement. Finnish "eikö"/"eiks" ("isn't it?") is a tag asking for agreement, not a negation;
# Finnish "en" and "et" are left out: they are the Swedish article ("en svensk utgåva") and spoken "että" ("kivaa et").
_NEGATION = re.compile(
    r"(?<!\w)(not|no|never|none|nothing|nobody|neither|nor|without|cannot|n't|no longer|"
    r"inte|int|ej|ingen|inget|inga|aldrig|utan|icke|varken|"
    r"ei|emme|ette|eivät|eikä|älä|ilman|ole|oo)(?!\w)|\w+n't\b",
    re.IGNORECASE,
)
_NOT_NEGATION = re.compile(r"(?<!\w)(eikö\w*|eiks\w*|eik\b|ei\s+kuin|no\s+doubt|not\s+only|inte\s+bara)", re.IGNORECASE)
# Finnish "ole"/"oo" only negate after a negation verb; they are listed so that "ei ole" / "ei oo" count once.
_BARE_BE = re.compile(r"(?<!\w)(ole|oo)(?!\w)", re.IGNORECASE)
# A limit: only, just this set. Finnish "vaan" is "only" in speech but "but" after a negation ("ei X vaan Y").
_ONLY = re.compile(
    r"(?<!\w)(only|solely|exclusively|just for|bara|endast|enbart|uteslutande|vain|ainoastaan|pelkästään|"
    r"vaan|ainoa\w*|enda)(?!\w)",
    re.IGNORECASE,
)
# Finnish says "only" with a negation and "kuin" ("ei pääse kuin kesällä", "harmi ettei toimiteta kuin Tampereelle"):
# a limit, not a negation (reply-plans-o, spent: "harmi ettei teille pääse kuin kesällä" against "open all year").
# A comparison between ("ei ole halvempi kuin", "ei muuta kuin", "ei niin hyvä kuin") is no limit: "kuin" is "than"
# or "as" there.
_ONLY_BUT = re.compile(
    r"(?<!\w)(ei|ettei|eikä|eivät|ette|ettette|emme)\s+"
    r"(?:(?![^\W\d_]*(?:mpi|mpaa|mpia|mmin|mman|mpana)\b|(?:muu\w*|niin|yhtä|sama\w*|enemp\w*|vähemp\w*)\b)"
    r"[^\W\d_]+\s+){0,3}kuin(?!\w)",
    re.IGNORECASE,
)
# A universal: all, always, every, everywhere.
_EVERY = re.compile(
    r"(?<!\w)(all|every\w*|always|anywhere|any time|24/7|around the clock|"
    r"alla|allt|varje|alltid|överallt|samtliga|dygnet runt|"
    r"kaikki\w*|kaikkiin|kaikissa|kaikille|aina|joka|jokai\w*|kaikkialla|ympäri vuorokauden|ikuisesti)(?!\w)",
    re.IGNORECASE,
)

# The person's own experience told in the first person ("got mine from some site for 30 €", "fick ändå betala",
# "mä sain", "jouduin maksamaan"): an experience, acknowledged or left alone, never corrected.
_OWN_EXPERIENCE = re.compile(
    r"(?<!\w)((i|we) (got|had|bought|paid|tried|used|ordered|received|was|were)|got (mine|ours)|"
    r"(jag|vi) (fick|hade|köpte|betalade|hämtade|provade|beställde)|fick (jag|vi|ändå)|"
    r"(mä|mää|minä|me) (sain|saatiin|ostin|ostettiin|maksoin|kokeilin|hain)|sain|saatiin|jouduin|jouduttiin)(?!\w)",
    re.IGNORECASE,
)
# A habit of the person's own, a first-person verb beside "always" or "usually" ("laitan aina pullon ylösalasin
# jääkaappiin", "I always store it upside down", "jag brukar ställa den", "vi har alltid"): how they do it, a tip, no
# claim about the brand; a "correction" under it corrects nothing (reply-plans-ab, spent: both panellists skipped one).
# Finnish first person ends the verb in -n or -mme ("laitan", "pidämme"); "on aina" is the third person.
_OWN_HABIT = re.compile(
    r"(?<!\w)((i|we) (always|usually|normally|often|tend to)|(jag|vi) (brukar|(\w+r )?alltid|(\w+r )?oftast)|"
    r"(?:(?<=^)|(?<=[.!?,] )|(?<=\bmä )|(?<=\bme )|(?<=mää )|(?<=minä ))(?!on\b|ovat\b)[a-zåäö]{2,}([aeiouyäö]n|mme) "
    r"(aina|yleensä|usein))(?!\w)",
    re.IGNORECASE,
)
# A comment opening with someone's handle speaks to that person ("@Sara M get this ..."), not about the brand.
_TO_SOMEONE = re.compile(r"^\s*@\w")


# Swedish asks with the verb first ("säljer ni filter ...", "finns det ..."), mark or no mark; a statement puts
# its subject or another word first.
_VERB_FIRST = re.compile(r"^\W*[a-zåäö]+[rs]\s+(ni|du|det|man|vi|de|dom|den)\b", re.IGNORECASE)


def asks_verb_first(text: str, language: str | None) -> bool:
    """A Swedish question put verb first, without its question mark."""
    return language == "sv" and _VERB_FIRST.search(text) is not None


# Advice with its consequence ("man ska alltid fota bilen, annars kan de fakturera en", "lukitkaa aina runkolukolla,
# muuten ei korvata"): a tip to other people that agrees with the guidance, however its words read against it.
# "Muuten" inside a clause ("villakerä ei muuten toimita ...", "X on muuten kiinni") is "by the way", the aside of
# a claim told to the thread, not "otherwise": only at a clause's start ("..., muuten ei korvata") does it give one.
# So is a care habit with what it gives, its consequence after a comma ("håll kolstål torrt och olja in det, då rostar
# det inte", "kuivaa heti, niin ei ruostu", "keep it oiled, then it won't rust"): the consequence's "not" is what the
# habit prevents, no denial of a guidance sentence saying the thing can rust (reply-plans-u, spent: the panel skipped
# the "small correction" of a tip agreeing with the care guidance).
_ADVICE = re.compile(
    r"(?<!\w)(otherwise|or else|else they|annars|tai muuten)(?!\w)|(?:^|[,;:.!–-]\s*)(muuten|muutoin)(?!\w)"
    r"|[,;–-]\s*(?:and\s+|och\s+|ja\s+)?(?:then|då|så|niin|silloin)\s+[^,;.!?]*"
    r"(?<!\w)(?:not|never|won't|doesn't|don't|inte|aldrig|ei|eikä|en)(?!\w)",
    re.IGNORECASE,
)


def told_as_own_or_to_someone(text: str) -> bool:
    """The comment tells the person's own experience in the first person, speaks to another person by handle, or
    gives advice with its consequence ("..., otherwise ...")."""
    return bool(
        _OWN_EXPERIENCE.search(text) or _OWN_HABIT.search(text) or _TO_SOMEONE.search(text) or _ADVICE.search(text)
    )


# The sentence a claim is read against is its passage's nearest by e5 similarity (comment as a query, sentences as
# passages) and at least this near: on the spent reply-plans-a the sentences the writers cited against a false claim
# read 0.85-0.89 to it; on reply-plans-b an opinion ("shipping every t-shirt isn't exactly green") read 0.80 to the
# brand's one-line description, which it does not contradict.
SENTENCE_FIT = 0.84


@dataclass(frozen=True)
class Polarity:
    negated: bool
    only: bool
    every: bool


def polarity(text: str) -> Polarity:
    """What a sentence says of its subject: negated, limited (only; Finnish "ei ... kuin" too) or universal (all,
    always)."""
    limited = _ONLY_BUT.search(text) is not None
    kept = _NOT_NEGATION.sub(" ", _ONLY_BUT.sub(" ", text))
    negations = [m.group(0).lower() for m in _NEGATION.finditer(kept)]
    # "ei ole" is one negation; a bare "ole"/"oo" ("saa olla") none.
    real = [w for w in negations if not _BARE_BE.fullmatch(w)]
    negated = bool(real)  # "inte anpassad ... inga hissar" is one claim, negated twice over
    only = limited or bool(_ONLY.search(kept))
    if only and not limited and re.search(r"(?<!\w)vaan(?!\w)", kept, re.IGNORECASE) and negated:
        only = bool(_ONLY.search(re.sub(r"(?<!\w)vaan(?!\w)", " ", kept, flags=re.IGNORECASE)))
    return Polarity(negated=negated, only=only, every=bool(_EVERY.search(kept)))


# "No extra cost" in fi/sv/en: a negation that says what "included in the price" says ("ei maksa lisää" against
# "hintaan sisältyen", reply-plans-n, spent: the agreement was "corrected").
_NO_EXTRA_COST = re.compile(
    r"(?<!\w)(ei (?:maksa|maksaa|kosta) (?:mitään )?(?:lisää|ekstraa|erikseen|enempää)|ilman lisämaksua|"
    r"ei (?:mitään )?lisämaksua|ei (?:ole )?lisämaksullinen|"
    r"(?:at |for )?no extra (?:cost|charge|fee)s?|(?:doesn't|does not|won't|will not) cost (?:anything )?extra|"
    r"no additional (?:cost|charge|fee)s?|without (?:any )?(?:extra )?(?:cost|charge|fee)|free of charge|at no cost|"
    r"ilman (?:eri )?(?:maksua|kustannuksia|lisäkustannuksia)|"
    r"kostar (?:inget|inte) extra|utan (?:extra )?(?:kostnad|avgift)|ingen extra (?:kostnad|avgift)|"
    r"inga extra kostnader)(?!\w)",
    re.IGNORECASE,
)
# "Included in the price", "free" (fi/sv/en): what a "no extra cost" claim agrees with.
_INCLUDED = re.compile(
    r"(?<!\w)(sisält\w*|kuuluu hintaan|hintaan kuuluu|maksuto\w*|maksutt\w*|ilmai\w*|ingår|inkluder\w*|ingick|"
    r"kostnadsfri\w*|avgiftsfri\w*|gratis|included|includes|free of charge|for free|at no cost)(?!\w)",
    re.IGNORECASE,
)


def no_extra_cost(text: str) -> bool:
    """``text`` says something comes at no cost: "no extra cost", "utan kostnad", "ilman maksua" (fi/sv/en)."""
    return _NO_EXTRA_COST.search(text) is not None


def says_free(text: str) -> bool:
    """``text`` says something costs nothing: free, included, no extra cost, "utan kostnad", "maksutta" (fi/sv/en)."""
    return _NO_EXTRA_COST.search(text) is not None or _INCLUDED.search(text) is not None


def _without_free(text: str) -> str:
    return _INCLUDED.sub(" ", _NO_EXTRA_COST.sub(" ", text))


# Paid on top, not in the price (fi/sv/en): "maksaa erikseen", "lisämaksusta", "costs extra", "are extra", "kostar
# extra", "betalas separat", "tillkommer".
_EXTRA = re.compile(
    r"(?<!\w)(erikseen|erillis\w*|lisämaks\w*|ekstra\w*|extra|separately|additional charge|surcharge|"
    r"separat|tillkommer|tillägg\w*)(?!\w)",
    re.IGNORECASE,
)


# "190 € including materials", "inklusive lunch", "sis. materiaalit": what a price covers.
_INCLUDING = re.compile(r"(?<!\w)(including|inclusive of|inklusive|inkl|sis|sisältäen)(?!\w)", re.IGNORECASE)


def costs_extra(text: str) -> bool:
    """``text`` says something is paid on top of the price: "maksaa erikseen", "materials are extra", "kostar
    extra", "tillkommer" (fi/sv/en); "no extra cost" (:func:`no_extra_cost`) says the opposite and is left out."""
    return _EXTRA.search(_NO_EXTRA_COST.sub(" ", text)) is not None


# A condition opening or closing a sentence ("If a record has a defect not mentioned ..., we refund", "jos ..., niin",
# "om ..., så", "..., unless ..."): its words qualify the statement, they do not state it.
# A relative clause after its comma ("jota ei mainittu", "which was not listed", "som inte nämndes") still belongs to
# the condition it describes.
_RELATIVE = r"(?:jo(?:ka|ta|nka|ssa|sta|hon|lla|lle|ita|iden|issa|ista)|which|that|who|som|vilk\w*)"
_CONDITION_FIRST = re.compile(
    rf"^\W*(?:if|unless|jos|mikäli|om|ifall|såvida)\b[^,;:]*(?:,\s*{_RELATIVE}\b[^,;:]*)*[,;:]\s*", re.IGNORECASE
)
_CONDITION_LAST = re.compile(r"[,;]\s*(?:if|unless|jos|mikäli|om|ifall|såvida)\b.*$", re.IGNORECASE)


def main_clause(sentence: str) -> str:
    """The sentence without a condition that opens or closes it, when something is left: what it states."""
    main = _CONDITION_LAST.sub("", _CONDITION_FIRST.sub("", sentence)).strip()
    return main if len(_STEM.findall(main)) >= 1 else sentence


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
# Words of a price or a cost (fi/sv/en): a claim speaking of what something costs.
_COST_WORDS = re.compile(
    r"(?<!\w)(maks\w*|hint\w*|hinna\w*|euro\w*|ilmai\w*|kost\w*|pris\w*|avgift\w*|gratis|"
    r"cost\w*|price\w*|pric\w*|charg\w*|fee|fees|free|pay\w*|betal\w*)(?!\w)|[€$]|\bkr\b",
    re.IGNORECASE,
)
_PRICE = re.compile(r"\d[\d\s.,]*\s?(?:€|eur\b|euro|kr\b|kronor|sek\b)", re.IGNORECASE)


def repeats_figures(claim: str, sentence: str) -> bool:
    """The claim's figures are all the sentence's own ("max 6 bags" against "at most 6 bags per visit"): it says the
    sentence back, whatever negation it words it with."""
    said = {f.replace(",", ".") for f in _FIGURE.findall(claim)}
    return bool(said) and said <= {f.replace(",", ".") for f in _FIGURE.findall(sentence)}


def prices_past(claim: str, sentence: str) -> bool:
    """The sentence states a price ("alder benches are available for +900 €") and the claim speaks of no price or
    cost at all ("alder benches never need oil"): it pitches an extra beside the claim's subject, it does not say
    the claim's opposite (reply-plans-n, spent: the panel skipped a "correction" citing it). A claim limiting to
    names the sentence names more of ("bara inne i Åbo" against "inom Åbo, Reso och S:t Karins för 49 €") is about
    what the sentence says beside its price (:func:`names_more`)."""
    return (
        _PRICE.search(sentence) is not None
        and _COST_WORDS.search(claim) is None
        and not costs_extra(claim)  # "materials are extra": a claim about the cost, whatever its words
        and not (polarity(claim).only and names_more(claim, sentence))
    )


def opposite(claim: str, sentence: str) -> str | None:
    """How ``sentence`` says the opposite of ``claim``, or None: ``"polarity"``, ``"wider"`` (the claim says all
    where the sentence limits it) or ``"narrower"`` (the claim limits what the sentence says of all).

    A claim that says the sentence's figures back agrees with it, and so does "no extra cost" against "included in
    the price"; a sentence pricing an extra the claim says nothing of the cost of is no opposite of it
    (:func:`prices_past`)."""
    if prices_past(claim, sentence):
        return None
    if says_free(claim) and says_free(sentence):
        # "man får byta storlek gratis" against "Storleken kan bytas utan kostnad": both say it costs nothing, and
        # the sentence's "utan" ("without") is no negation of the claim (reply-plans-p, spent: the agreement was
        # "corrected"). What else they say is read without those words.
        claim, sentence = _without_free(claim), _without_free(sentence)
    no_extra = _NO_EXTRA_COST.search(claim) is not None
    if no_extra:
        if not _INCLUDED.search(sentence) and _PRICE.search(sentence):
            return "polarity"  # "no extra charge for the survey" against "the survey costs 49 €"
        claim = _NO_EXTRA_COST.sub(" ", claim)
    if costs_extra(claim) and not polarity(claim).negated and costs_extra(sentence):
        return None  # "frukosten kostar extra" against "Frukost ingår inte, den kostar 12 € extra": it agrees
    if (
        costs_extra(claim)
        and not polarity(claim).negated
        and (_INCLUDED.search(sentence) or _INCLUDING.search(sentence))
    ):
        # "poltot maksaa erikseen" against "hintaan sisältyy kaksi polttoa", "materials are extra" against "190 €
        # including materials": what the claim says is paid on top the sentence says is included (reply-plans-q and
        # -r, spent: both labelled correct).
        return "polarity"
    # A condition's own negation ("If a record has a defect not mentioned in the grading, we also refund the
    # shipping") is no denial of what the sentence states: its polarity is its main clause's (reply-plans-q, spent:
    # "they never refund shipping anyway" was read as agreeing).
    said, stated = polarity(claim), polarity(main_clause(sentence))
    if said.every and stated.only and not said.only:
        return "wider"
    if said.only and not stated.only and (stated.every or (not stated.negated and names_more(claim, sentence))):
        return "narrower"
    if said.negated != stated.negated and not repeats_figures(claim, sentence):
        return "polarity"
    return None


# A name: a capitalised word after a sentence's first ("inom Åbo, Reso och S:t Karins", "in Tampere and Espoo").
_NAME = re.compile(r"(?<=\s)[A-ZÅÄÖ][^\W\d_]+")


def _name_keys(text: str) -> set[str]:
    """The names of ``text`` by their first four letters ("Turku" and "Turkuun" alike)."""
    return {m.group(0).lower()[:4] for m in _NAME.finditer(text)}


def names_more(claim: str, sentence: str) -> bool:
    """The sentence names every name the claim names and more ("bara inne i Åbo" against "inom Åbo, Reso och S:t
    Karins"): what the claim limits to one of them the sentence gives to all (reply-plans-o, spent)."""
    said, stated = _name_keys(claim), _name_keys(sentence)
    return bool(said) and said < stated


_STEM = re.compile(r"[^\W\d_]{5,}")
# A stem in this share of the sentences a claim is read against is what they all speak of (the brand's name, its
# product): sharing it says nothing of which sentence the claim is about.
COMMON_SHARE = 0.25


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _STEM.findall(text)}


def common_stems(sentences: Sequence[str]) -> frozenset[str]:
    """The stems (:func:`shares_stem`) at least :data:`COMMON_SHARE` of ``sentences`` hold, at least two of them."""
    counts = Counter(stem for sentence in sentences for stem in _stems(sentence))
    floor = max(2.0, COMMON_SHARE * len(sentences))
    return frozenset(stem for stem, n in counts.items() if n >= floor)


# Stems that speak of a figure itself (what it costs, per what time), in fi/sv/en: two sentences giving figures share
# them whatever they price ("teamdagen kostar 50 €" and "Nybörjarkursen kostar 35 €"), so they say nothing of which
# thing a claimed figure is about.
FIGURE_STEMS = frozenset(
    {
        "costs", "price", "charg", "month", "minut", "hours",
        "kosta", "kostn", "prise", "avgif", "månad", "timma", "timme",
        "maksa", "hinta", "hinna", "kuuka", "tunni", "tunti", "vuode", "euroa",
    }
)  # fmt: skip


def shares_stem(claim: str, sentence: str, common: frozenset[str] = frozenset()) -> bool:
    """The two speak of the same thing in words too: a word of five letters or more whose first five letters they
    share ("kivet"/"Kivet", "kuivaan"/"kuivata"), so that a sentence near by meaning alone decides nothing; a stem in
    ``common`` (:func:`common_stems`) does not count. Across languages the shared word is a name or a loan ("Kindle"
    and "Kindlessä", "Agria")."""
    return bool((_stems(claim) & _stems(sentence)) - common)
