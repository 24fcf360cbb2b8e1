"""Routes: a complaint's way to get help, said from the support guidance (its channels, hours and numbers
verbatim), what to bring there, and the route the support guidance gives for a case."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.checks.links import EMAIL, chat_places, without_chat_places
from bot.checks.semantic import split_sentences
from bot.domain import Passage
from bot.drafting.bridging import route_line
from bot.drafting.greetings import own_dealings, speaks_of_damage, topic_of
from bot.drafting.matching import (
    Match,
    capitalised,
    label_of,
    rank,
    sentences,
    split,
    stems,
)
from bot.drafting.phrasebook import phrases
from bot.drafting.reading import ALSO, PRICE, long_stems, no_price_or_link, web_links
from bot.opportunities.plan import GENERIC_SLOTS, slots
from bot.opportunities.remedies import puts_right
from bot.ports import Embedder


def channel_instruction(sentence: str) -> str:
    """A support statement's instruction without its lead-in: "If something is wrong ..., our customer service
    sorts it out: call 010 555 0100 ..." → "Call 010 555 0100 ...". Kept whole unless what follows the colon is
    a lowercase instruction naming the channel (a label or a list is not cut)."""
    head, colon, rest = sentence.partition(": ")
    rest = rest.strip()
    if not colon or not rest[:1].islower() or not _CHANNEL.search(rest) or len(head.split()) < 4:
        return sentence
    return capitalised(rest)


def details_there(parts: list[tuple[str, bool, str | None]], language: str) -> list[tuple[str, bool, str | None]]:
    """``parts`` with the "details there, not here in the comments" line folded into the support guidance's request
    just before it ("Uppge ditt kundnummer eller installationsadressen – där, inte här i kommentarerna."): two
    sentences about the same details read as clunky boilerplate (the demo's panel asked for one). The request's
    words stay verbatim; only its closing stop gives way to the tail (``phrases.yaml``: details_there). After a route
    that is a phone number alone nothing is sent "there": the line becomes "the details on the phone", folded into the
    route or into the request just before it, and goes where neither comes last."""
    line = phrases()["privately"].get(language)
    tail = phrases()["details_there"].get(language)
    out: list[tuple[str, bool, str | None]] = []
    for text, required, pid in parts:
        previous = out[-1] if out else None
        routes = [part for part in out if part[2] is not None and _kinds(part[0])]
        if text == line and routes and _kinds(routes[-1][0]) == {"phone"} and language in _ON_THE_PHONE:
            # "Saat meihin yhteyden puhelimitse numerosta 09 ... Laitathan tiedot sinne eikä tänne kommentteihin.":
            # nothing is sent to a phone number (reply-plans-p, spent: both panellists edited it). The details are
            # told on the phone, said with the route or with the request for them just before this line.
            said, keeps, said_id = out[-1]
            route = out[-1] is routes[-1]
            if (
                (route or (said_id is not None and _asks_for_data(said)))
                and said.rstrip().endswith((".", "!"))
                and len(split_sentences(said)) == 1
            ):
                out[-1] = (
                    _folded(said, _ON_THE_PHONE[language] if route else _PHONE_TAIL[language]),
                    keeps or required,
                    said_id,
                )
            continue  # else the line goes: the phone route says where the details go
        if (
            text == line
            and tail
            and previous is not None
            and previous[2] is not None
            and previous[0].rstrip().endswith(".")
            and _asks_for_data(previous[0])
            and len(split_sentences(previous[0])) == 1
        ):
            out[-1] = (_folded(previous[0], tail), previous[1] or required, previous[2])
            continue
        out.append((text, required, pid))
    return out


def _folded(sentence: str, tail: str) -> str:
    """``sentence`` with its closing stop given way to ``tail``: after a space, or straight on where the tail opens
    with a comma ("Kerro laitteen sarjanumero, ei tänne julkisiin kommentteihin.")."""
    head = sentence.rstrip()[:-1]
    return f"{head}{tail}" if tail.startswith(",") else f"{head} {tail}"


# Where the details go when the route is a phone number alone: told on the call, not sent "there" (fi/sv/en).
_ON_THE_PHONE = {
    "fi": "– kerrothan tiedot puhelimessa eikä tänne kommentteihin.",
    "sv": "– berätta uppgifterna i telefon i stället för här i kommentarerna.",
    "en": "– please give your details on the phone, not in the public comments.",
}


# The same folded into the request for the details ("Tell us your customer number – on the phone, not ...").
_PHONE_TAIL = {
    "fi": "puhelimessa, ei tänne julkisiin kommentteihin.",
    "sv": "– i telefon i stället för här i kommentarerna.",
    "en": "– on the phone, not in the public comments.",
}


# A private way to get help: a chat, a phone number, an e-mail address, a contact form.
_CHANNEL = re.compile(
    r"\bchat\w*|\bchatt\w*|[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d -]{6,}\d|lomak\w*|\bform\b|formulär\w*|"
    r"\bsoita\w*|\bring\b|\bcall\b|\bmejla\w*|\bemail\w*|\be-mail\w*|sähköpost\w*",
    re.IGNORECASE,
)


_CLAUSES = re.compile(r"(,?\s+(?:or|eller|tai|and|och|ja)\s+|,\s+)")


_LEADING_AND = re.compile(r"^(?:or|eller|tai|and|och|ja)\s+", re.IGNORECASE)


# The kinds of private channel, as a support statement names them and as a complaint says it tried them.
_CHANNEL_KINDS = {
    "chat": re.compile(r"\bchat\w*|\bchatt\w*", re.IGNORECASE),
    "phone": re.compile(
        r"\+?\d[\d -]{6,}\d|\bpuhel\w*|\bsoit\w*|\bring(?:de|t|a|er)?\b|\btelefon\w*|\bcall(ed|ing)?\b|\bphon\w*",
        re.IGNORECASE,
    ),
    # "har redan skickat bilder till smedjan@ men inget svar": an address cut short at its "@" is the e-mail too
    # (reply-plans-u, spent: sent back to the same inbox).
    "e-mail": re.compile(
        r"[\w.+-]+@[\w-]+\.[\w.]+|\b[\w.+-]+@(?![\w-])|\be-?mail\w*|\bmejl\w*|sähköpost\w*|\bs-post\w*",
        re.IGNORECASE,
    ),
    "form": re.compile(r"\blomak\w*|\bform\b|formulär\w*", re.IGNORECASE),
}


def _kinds(text: str) -> set[str]:
    return {kind for kind, pattern in _CHANNEL_KINDS.items() if pattern.search(text)}


def tried_channels(comment: str) -> set[str]:
    """The kinds of private channel ("e-mail", "phone", "chat", "form") a complaint says were tried already."""
    return _tried_channels(comment)


def _tried_channels(comment: str, topic: str = "no answer") -> set[str]:
    """The channels a complaint says were tried ("chattiin ei vastata", "nobody answered my email"). A channel named as
    where something should have come ("lahjakortti ei oo tullu sähköpostiin", "never arrived in my inbox") is no channel
    that failed: the e-mail cut from the route left "Liitä viestiin varausnumero" after a phone number (reply-plans-q,
    spent: both panellists asked for the e-mail address)."""
    return _kinds(_DESTINATION.sub(" ", comment))


# Where something was to arrive, with the coming said: "ei oo tullu sähköpostiin", "never arrived in my inbox", "har
# inte kommit till min mejl". "sähköpostiin vastataan kahdessa päivässä" (e-mails are answered ...) is the channel.
_DESTINATION = re.compile(
    r"\b(?:tul\w*|saapu\w*|kilahta\w*)\s+(?:\w+\s+)?(?:sähköpostiin|s-postiin|meiliin|mailiin)\b|"
    r"\b(?:arriv\w*|came|come|show(?:n|ed)?\s+up|landed)\s+(?:\w+\s+)?(?:in|to|into)\s+(?:my|our)\s+(?:e-?mail|inbox)\b|"
    r"\b(?:kommit|kom|dykt\s+upp)\s+(?:\w+\s+)?(?:till|i)\s+(?:min\s+|mina\s+)?(?:mejl|mail|e-post|inkorg)\w*",
    re.IGNORECASE,
)


# An answer that came in the end ("mulle ne vastas lopulta viikon päästä", "they replied after a week", "svarade
# till slut"): whoever waited for it is not promised a reply time either.
_ANSWERED_LATE = re.compile(
    r"\b(?:vastas\w*|vastattiin|replied|answered|got back|svarade|återkom)\b.{0,30}\b(?:lopulta|vasta|päästä|"
    r"finally|eventually|in the end|after|till slut|efter)\b|\b(?:lopulta|vasta|finally|eventually|till slut)\b.{0,20}"
    r"\b(?:vastas\w*|vastattiin|replied|answered|svarade)\b",
    re.IGNORECASE,
)


# Getting in touch, told in any language ("tried to call", "soitin", "försökte ringa", "mejlade", "I emailed").
_REACHING = re.compile(
    r"\b(?:tried|trying|try)\s+to\s+(?:call|phone|ring|reach|email|e-mail|chat|contact)|\b(?:called|phoned|rang|emailed|"
    r"e-mailed|mailed|messaged|contacted|wrote|written|filled)\b|\b(?:soitin|soitettiin|soitettu|yritin|yritettiin|"
    r"laitoin|lähetin|kirjoitin|täytin|otin yhteyttä|chattasin)\b|\b(?:försökte|försökt|ringde|ringt|mejlade|mejlat|"
    r"mailade|mailat|skrev|skrivit|chattade|kontaktade|kontaktat|fyllde)\b",
    re.IGNORECASE,
)


def _channel_statement(match: Match, tried: set[str], language: str = "") -> str | None:
    """A support statement cut to its private channels: without web links and, when the passage's
    statement also names another channel, without the ones the person already tried. A statement whose
    opening label was cut away ("Asiakaspalvelu: chat osoitteessa x.fi tai puhelin ...") gets its label
    back, so the reply never starts a sentence with a lowercase fragment ("puhelin 02 ...")."""
    first = split(match.passage.text)[:1]
    label = label_of(first[0]) if match.position == 0 and first and not first[0].endswith("?") else ""
    sentence = match.sentence
    head, colon, rest = sentence.partition(": ")
    if colon and rest[:1].islower() and not _kinds(head) and not re.search(r"\d", head) and _CLAUSES.search(head):
        # "Faulty print or damaged parcel: use the chat ... or email ...": the case's label holds a list of its own,
        # and cut at its "or" with the channels it read "Faulty print or email ..." (the panels: garbled). The
        # label names the case, not a channel: the instruction after it is the route.
        sentence = rest
    pieces = _outside_brackets(_CLAUSES, sentence)
    clauses: list[tuple[str, str]] = []
    for i in range(0, len(pieces), 2):
        clause, sep = pieces[i], pieces[i - 1] if i else ""
        if clauses and not _kinds(clause) and not web_links(clause) and not web_links(clauses[-1][0]):
            # "... weekdays 8–20 and weekends 10–18": hours name no channel and stay with the one before them (a
            # web link's clause, which is cut, leaves them to the rest: "or use the chat on x.fi, weekdays 9–17")
            clauses[-1] = (clauses[-1][0] + sep + clause, clauses[-1][1])
        else:
            clauses.append((clause, sep))
    keep = [(c, sep) for c, sep in clauses if not web_links(c)]
    if not any(_CHANNEL.search(c) for c, _ in keep):
        # "English support via the chat on vihtamo.fi, weekdays 9–15": where the chat on the brand's site is the only
        # channel left, the site is where that channel is, not a link (reply-plans-y, spent: cut, the English speaker
        # was sent to the Finnish phone line, which the panellist marked as the wrong channel).
        keep = [(c, sep) for c, sep in clauses if not web_links(without_chat_places(c, chat_places(c)))]
    untried = [(c, sep) for c, sep in keep if _kinds(c) and not _kinds(c) & tried]
    if tried and untried and any(_kinds(c) & tried for c, _ in keep):
        keep = [(c, sep) for c, sep in keep if not (_kinds(c) and _kinds(c) <= tried)]
    if not keep or not any(_CHANNEL.search(c) for c, _ in keep):
        return None
    if tried and not any(_kinds(c) - tried for c, _ in keep) and len(_kinds(match.passage.text) - tried) > 0:
        return None  # only the tried channel here: another statement of the passage names a different one
    text = _LEADING_AND.sub("", keep[0][0]) + "".join(sep + c for c, sep in keep[1:])
    text = _OTHER_MATTERS.sub("", text.strip().rstrip(","))  # "Muut asiat sovelluksen chatissa": the route is what
    if not text.endswith((".", "!")):
        text += "."
    spoken = text[:1].islower() or _BARE_CHANNEL.match(text) or _LINE_NAME.match(text)
    if spoken or label or label_of(text) or _ROUTE_LABEL.match(text):
        # A list under a label ("Tuki: puhelin 010 ... tai tuki@x.fi"): said as a sentence, never pasted.
        composed = route_sentence(text, language, match.passage.text)
        if composed is not None:
            return composed
        if text[:1].islower():
            text = f"{label}{text}" if label else capitalised(text)
    return text


# A promised reply time ("we reply within 2 working days", "vastaamme 2 arkipäivän kuluessa", "vi svarar inom 3
# vardagar"), a clause of its own after a comma or a sentence.
_REPLY_PROMISE = re.compile(
    r"\b(?:we\s+(?:reply|answer|respond|get back)\w*|vastaamme|vastaus\s+tulee|vi\s+(?:svarar|återkommer))\b[^.!?,;]*?"
    r"\b(?:within|in|kuluessa|sisällä|aikana|inom|på)\b[^.!?,;]*",
    re.IGNORECASE,
)


def without_reply_promise(sentence: str) -> str:
    """``sentence`` without a clause that promises a reply time ("kauppa@uurre.fi, vastaamme 2 arkipäivän kuluessa."
    → "kauppa@uurre.fi."); a sentence that is nothing but the promise stays (it is then left out as a whole)."""
    cut = re.sub(r"(?:,\s*|;\s*|\s+(?:and|ja|och)\s+)" + _REPLY_PROMISE.pattern, "", sentence, flags=re.IGNORECASE)
    cut = re.sub(r"\s+([.!?])$", r"\1", cut.strip())
    return cut if _CHANNEL.search(cut) else sentence


# A support line kept for urgent matters: an emergency or 24/7 line, "kiireellisissä asioissa", "akuta ärenden".
_URGENT = re.compile(
    r"24/7|\bkiireelli\w*|\bhätä\w*|päivys\w*|\burgent\w*|\bemergenc\w*|\bakut\w*|\bbrådskande|\bjour\w*|"
    r"\bnödfall\w*|\bdygnet runt\b|\bympäri vuorokauden\b|\baround the clock\b",
    re.IGNORECASE,
)


_BRACKETS = re.compile(r"\(([^)]*)\)")


# What opens the line for everything else after an urgent line ("Muut asiat sovelluksen chatissa ...").
_OTHER_MATTERS = re.compile(
    r"^(?:muut asiat|muissa asioissa|other (?:matters|questions|issues)|everything else|övriga ärenden|"
    r"andra ärenden)\s*:?\s+",
    re.IGNORECASE,
)


def _urgent_only(statement: str, comment: str) -> bool:
    """``statement`` names a channel for urgent matters only and ``comment`` is not one of them: it says nothing
    urgent and shares no word with the matters the line lists (in brackets, else its label before the colon, else
    the line itself). Its hours are no matter it lists: "päivystys ... joka päivä klo 8–20" shares "päivä" with
    "lupasi tarjouksen 5 päivässä" (a late quote, reply-plans-n, spent: sent to the emergency line)."""
    if not _URGENT.search(statement) or _URGENT.search(comment):
        return False
    head, colon, _ = statement.partition(": ")
    label = head if colon and not _CHANNEL.search(head) else ""
    scope = " ".join(_BRACKETS.findall(statement)) or label or _URGENT.sub(" ", _CHANNEL.sub(" ", statement))
    return not long_stems(comment) & (long_stems(scope) - _HOURS_STEMS)


# A line given for one occasion only ("On tour day, call the guide: 045 ...", "Kurssipäivänä soita opettajalle ...",
# "På kursdagen, ring ledaren ...", "During the event, call ..."): the occasion's words before the comma or colon.
_OCCASION = re.compile(
    r"^\s*(?:(?P<scope>(?:on|during|at)\s+(?:the\s+)?[^\W\d_]+(?:[ -][^\W\d_]+)?\s+(?:day|days|night|evening|weekend)|"
    r"during\s+(?:the\s+)?[^\W\d_]+)\s*[,:]|"
    r"(?P<said>[^\W\d_]+(?:päivänä|päivinä|iltana|viikonloppuna)|"
    r"(?:på|under)\s+[^\W\d_]+(?:dagen|dagarna|kvällen|helgen))\b)",
    re.IGNORECASE,
)


def _occasion_only(statement: str, comment: str) -> bool:
    """``statement`` is a line for one occasion ("On tour day, call the guide: 045 310 2299") and ``comment`` shares
    no word with that occasion: a billing complaint sent to the tour-day guide's phone was the panels' "wrong
    channel" (reply-plans-p, spent)."""
    found = _OCCASION.match(statement)
    if found is None:
        return False
    return not _short_stems(comment) & _short_stems(found.group("scope") or found.group("said"))


_WORD4 = re.compile(r"[^\W\d_]{4,}")


def _short_stems(text: str) -> set[str]:
    """The first four letters of each word of four letters or more ("tour", "tours" and "touring" meet)."""
    return {w.lower()[:4] for w in _WORD4.findall(text)} - {"duri", "unde"}


def _for_another_case(statement: str, comment: str) -> bool:
    """A line kept for urgent matters or for one occasion, and ``comment`` is not one of them."""
    return _urgent_only(statement, comment) or _occasion_only(statement, comment)


def _with_label(match: Match) -> str:
    """The passage's whole sentence holding ``match``'s statement, its label too ("Kiireellinen vika, kuten
    vesivuoto: päivystys ..." where the statement ranked is "päivystys ...")."""
    start = match.sentence.strip()[:24].lower()
    return next((s for s in split_sentences(match.passage.text) if start and start in s.lower()), match.sentence)


# The words of opening hours (fi/sv/en): a line's hours are when it answers, not what it is for.
_HOURS_STEMS = frozenset(
    long_stems("päivä päivittäin arkisin viikonloppuisin dagligen vardagar helger daily weekdays weekends every")
)


def _outside_brackets(pattern: re.Pattern[str], text: str) -> list[str]:
    """``text`` split as ``pattern.split`` would (pattern with one group: pieces and separators alternate), but never
    inside brackets: "chat (arkisin 8–20, viikonloppuisin 10–16) tai ..." keeps its hours whole, where a cut left
    "viikonloppuisin 10–16) ja ..." (the bracketed-hours fragment the panels struck)."""
    pieces: list[str] = []
    start = 0
    for found in pattern.finditer(text):
        before = text[: found.start()]
        if before.count("(") > before.count(")"):
            continue
        pieces.extend((text[start : found.start()], found.group(1)))
        start = found.end()
    pieces.append(text[start:])
    return pieces


# A longer label before a channel ("Non-urgent questions and billing disputes: help@kimppa.fi"): pasted into a reply
# it read as a form (the spent panels: "drop the pasted label"). Only before an address, a number or a chat, so a
# sentence that introduces a list ("We deliver to these cities: ...") is never cut.
_ROUTE_LABEL = re.compile(
    r"^[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,6}:\s+(?=[\w.+-]+@[\w-]+\.|\+?\d[\d -]{6,}\d|chat|puh\.|tel\.)",
    re.IGNORECASE,
)


# A support line's name before its number ("Puhelinpalvelu 02 480 3300 tiistaisin ...", "Kundtjänst 020 ...",
# "Phone line 02 ..."): pasted, it read as a label (the panels: "reads as pasted text"); said as a sentence.
_LINE_NAME = re.compile(
    r"^(?:puhelinpalvelu|asiakaspalvelu|kundtjänst(?:en)?|telefontjänst(?:en)?|customer service|phone line|"
    r"support line|helpline)\s+(?=\+?\d[\d -]{6,}\d)",
    re.IGNORECASE,
)


# A support statement that opens with a bare address or number ("tuki@polku.fi.", "010 555 2040 ...").
_BARE_CHANNEL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d -]{6,}\d")


# What opens a channel clause that is already an instruction ("ring 018-22 340 ...", "email support@..."): said
# as it is, capitalised.
_IMPERATIVE = re.compile(
    r"(?:soita|lähetä|kirjoita|käytä|chattaa|ring|mejla|maila|skriv|använd|chatta|call|email|e-mail|write|use|"
    r"chat with)\b",
    re.IGNORECASE,
)


# How each kind of channel is said after "you can reach us" in each language: (a pattern naming it in a support
# list, what it becomes). The channel's own words (the number, the address, the place, the hours) stay verbatim.
_SAY_CHANNEL: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "fi": [
        # "puhelin/WhatsApp 040 ...": a Finnish support list pasted as it was read as a fragment ("Book@x.fi tai
        # puhelin/WhatsApp ...", reply-plans-r, spent: both panellists, "make it a sentence"). The channel's own
        # "puhelin/WhatsApp" stays as written: "WhatsAppilla" alone read to the grounding check as a name no
        # guidance states, and "puhelin/WhatsApp-numerosta" as encoded-looking text to the hygiene check.
        (re.compile(r"^(puhelin\s*/\s*whatsapp)\s*(?=\+?\d)", re.I), r"\1 numerosta "),
        # "apu@x.fi tai WhatsApp 040 ...": pasted under its "Asiakaspalvelu:" label it read as copy-pasted
        # (reply-plans-x, spent). "WhatsAppin kautta" keeps the channel's name whole for the grounding check.
        (re.compile(r"^whatsapp\s*:?\s*(?=\+?\d)", re.I), "WhatsAppin kautta numerosta "),
        (re.compile(r"^(?:puh\.|puhelin(?:palvelu)?|asiakaspalvelu|p\.)\s*(?=\+?\d)", re.I), "puhelimitse numerosta "),
        (re.compile(r"^(?=puhelimitse|puhelimella|sähköpostitse|sähköpostilla|chatissa|lomakkeella)", re.I), ""),
        (re.compile(r"^(?=\+?\d[\d -]{6,}\d)"), "puhelimitse numerosta "),
        (re.compile(r"^(?:sähköposti|s-posti|email|e-mail)\s*:?\s*(?=[\w.+-]+@)", re.I), "sähköpostitse osoitteesta "),
        (re.compile(r"^(?=[\w.+-]+@[\w-]+\.)"), "sähköpostitse osoitteesta "),
        (re.compile(r"^chat\b(?!\w)", re.I), "chatissa"),
        (re.compile(r"^(sovelluksen|sivuston|verkkosivujen|appin)\s+chat\b(?!\w)", re.I), r"\1 chatissa"),
        (re.compile(r"^(?=(?:sovelluksen|sivuston|verkkosivujen|appin)\s+chatissa\b)", re.I), ""),
        (re.compile(r"^lomake\b", re.I), "lomakkeella"),
    ],
    "sv": [
        (re.compile(r"^(telefon\s*/\s*whatsapp)\s*(?=\+?\d)", re.I), r"på \1 "),
        (re.compile(r"^(?:telefon|tel\.|kundtjänst(?:en)?|telefontjänst(?:en)?)\s*(?=\+?\d)", re.I), "på telefon "),
        (re.compile(r"^(?=\+?\d[\d -]{6,}\d)"), "på telefon "),
        # "WhatsApp +358 40 ..." in a list: the channel by its name, the number after it ("på WhatsApp +358 ...").
        (re.compile(r"^whatsapp\s*:?\s*(?=\+?\d)", re.I), "på WhatsApp "),
        (re.compile(r"^(?:e-post|mejl|mail|email)\s*:?\s*(?=[\w.+-]+@)", re.I), "via e-post till "),
        (re.compile(r"^(?=[\w.+-]+@[\w-]+\.)"), "via e-post till "),
        (re.compile(r"^(?:chatten|chatt|chat)\b", re.I), "i chatten"),
        (re.compile(r"^(?=i (?:appens |appen |)chatt)", re.I), ""),
        (re.compile(r"^formuläret\b", re.I), "via formuläret"),
    ],
    "en": [
        (re.compile(r"^(phone\s*/\s*whatsapp)\s*(?=\+?\d)", re.I), r"by \1 on "),
        (
            re.compile(
                r"^(?:phone|tel\.|telephone|customer service|phone line|support line|helpline)\s*:?\s*(?=\+?\d)", re.I
            ),
            "by phone on ",
        ),
        (re.compile(r"^(?=\+?\d[\d -]{6,}\d)"), "by phone on "),
        # "bookings@x.fi or WhatsApp +358 40 ...": left pasted, the list opened its sentence with a capitalised address
        # ("Bookings@x.fi or WhatsApp ...", the panels on reply-plans-r and -t, spent: "write a full sentence").
        (re.compile(r"^whatsapp\s*:?\s*(?=\+?\d)", re.I), "on WhatsApp at "),
        (re.compile(r"^(?:e-?mail)\s*:?\s*(?=[\w.+-]+@)", re.I), "by email at "),
        (re.compile(r"^(?=[\w.+-]+@[\w-]+\.)"), "by email at "),
        (re.compile(r"^(?:the\s+)?in-app chat\b", re.I), "through the in-app chat"),
        (re.compile(r"^(?:the\s+)?chat\b", re.I), "by chat"),
        (re.compile(r"^(?=(?:in|through|via) the (?:in-app |app |)chat\b)", re.I), ""),
        (re.compile(r"^(?:the\s+)?form\b", re.I), "through the form"),
    ],
}


_REACH_US = {"fi": "Saat meihin yhteyden", "sv": "Du når oss", "en": "You can reach us"}


_OR = {"fi": "tai", "sv": "eller", "en": "or"}


_LIST_SEPARATOR = re.compile(r",?\s+(?:or|and|eller|och|tai|ja)\s+|,\s+", re.IGNORECASE)


MAX_ROUTE_CHANNELS = 2


# A finite verb in a channel clause makes it a sentence of its own ("sovelluksen chat palvelee ma–pe 8–20",
# "chatten i appen är öppen ..."), which is said as the guidance says it.
_VERB = re.compile(
    r"\b(?:on|ovat|palvelee|palvelevat|vastaa|vastaamme|auttaa|toimii|päivystää|är|svarar|hjälper|finns|"
    r"is|are|helps|answers|runs)\b",
    re.IGNORECASE,
)


# The Finnish "on" (is) is the English "on" of hours ("phone +358 40 ... on open days 10–18", "chat on weekdays"):
# read as a verb in an English list it left the list pasted under its label, "Customer service: info@..., phone ..."
# (reply-plans-q, spent: both panellists struck the robotic label). A list written in English has no "on" verb.
# "chat on our website during opening hours" is a place, not a verb either (reply-plans-r, spent: "Hej@pilenvasa.fi or
# chat on our website ..." was left pasted, capitalised).
_ENGLISH_LIST = re.compile(
    r"\b(?:on|at|from|by|via)\s+(?:\w+\s+){0,2}(?:days?|weekdays|weekends|mon|tue|wed|thu|fri|sat|sun)\w*"
    r"|\bon\s+(?:our|the|your)\s+(?:web\s?site|site|web|app|page)\b"
    r"|\bphone\b|\be-?mail\b|\bcall\b",
    re.IGNORECASE,
)


def _item_verb(item: str) -> bool:
    """A channel item holds a finite verb of its own (a sentence, not a list item); English "on" of hours is none."""
    if _ENGLISH_LIST.search(item):
        item = re.sub(r"\bon\b", " ", item, flags=re.IGNORECASE)
    return _VERB.search(item) is not None


MAX_ITEM_WORDS = 14


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]*\w")


def _as_written(address: str, source: str) -> str:
    """``address`` as ``source`` spells it ("Tuki@x.fi" at a sentence start is "tuki@x.fi" in the passage)."""
    found = re.search(re.escape(address), source, re.IGNORECASE)
    return found.group(0) if found else address


def _top_level_pieces(text: str) -> list[str]:
    """``text`` cut at list separators (a comma, or/and in three languages) outside brackets, so "(arkisin 8–20,
    viikonloppuisin 10–16)" stays whole; a piece that names no channel (its hours, "and Saturdays 9–14") stays
    with the channel before it."""
    pieces: list[str] = []
    start = 0
    for found in _LIST_SEPARATOR.finditer(text):
        before = text[: found.start()]
        if before.count("(") > before.count(")"):
            continue
        pieces.append(text[start : found.start()])
        pieces.append(found.group(0))
        start = found.end()
    pieces.append(text[start:])
    items: list[str] = []
    for i in range(0, len(pieces), 2):
        piece = pieces[i].strip()
        if items and not _kinds(piece):
            items[-1] = items[-1] + pieces[i - 1] + piece
        elif piece:
            items.append(piece)
    return items


def route_sentence(statement: str, language: str, source: str = "") -> str | None:
    """A support list said as a sentence in the reply's language: "puhelin 010 555 2040 (ma–pe 8–18) ja
    asiakaspalvelu@x.fi" → "Saat meihin yhteyden puhelimitse numerosta 010 555 2040 (ma–pe 8–18) tai
    sähköpostitse osoitteesta asiakaspalvelu@x.fi."; a clause that is already an instruction ("ring 018-22 340
    vardagar kl. 8–18") is said as one. The numbers, addresses, places and hours stay verbatim (the grounding
    check finds each in the support passage); at most two channels, so the reply stays short. None when the
    language has no wording or a channel cannot be said. An address a sentence start capitalised gets back the
    spelling it has in ``source``, the support passage."""
    if language not in _REACH_US:
        return None
    body = statement.strip().rstrip(".!").strip()
    body = body[len(label_of(body)) :].strip()  # "Asiakaspalvelu: puh. ...": the label is what the sentence says
    route_label = _ROUTE_LABEL.match(body)
    if route_label:  # "Non-urgent questions and billing disputes: help@x.fi": a longer label before a channel
        body = body[route_label.end() :].strip()
    body = _ADDRESS.sub(lambda m: _as_written(m.group(0), source), body)
    if _IMPERATIVE.match(body):
        return capitalised(body) + "."
    items = _top_level_pieces(body)
    if not items or not all(_kinds(i) for i in items) or any(len(i.split()) > MAX_ITEM_WORDS for i in items):
        return None  # prose, not a list of channels: left as the guidance says it
    items = items[:MAX_ROUTE_CHANNELS]
    said = []
    for item in items:
        if _item_verb(_LIST_SEPARATOR.split(item, maxsplit=1)[0]):
            return None  # "chatten i appen är öppen ...": a sentence already, not a list item
        for pattern, words in _SAY_CHANNEL[language]:
            if pattern.search(item):
                said.append(pattern.sub(words, item, count=1))
                break
        else:
            return None  # a channel this wording cannot say ("sovelluksessa Ohje > ..."): left as it is
    head = ", ".join(said[:-1])
    # "weekdays 8–20 and weekends 10–18, or by email at ...": the hours' "and" is not the list's
    comma = "," if language == "en" and re.search(r",| and ", head) else ""
    joined = said[0] if len(said) == 1 else f"{head}{comma} {_OR[language]} {said[-1]}"
    return f"{_REACH_US[language]} {joined}."


# A request's closing purpose ("..., so we can look at your case straight away", "..., niin pääsemme katsomaan
# tilannettasi heti", "..., så kan vi titta på ditt ärende direkt"): after "if you're our customer, we'd be glad to
# look into it" it says the same twice (the demo's panel).
PURPOSE_CLAUSE = re.compile(
    r",\s*(?:so(?: that)?\s+we|niin\s+(?:pääsemme|voimme|ehdimme)|jotta\s+(?:pääsemme|voimme)|så\s+(?:kan|att)\s+vi)\b"
    r"[^.!?]*([.!?])$",
    re.IGNORECASE,
)


# The clause of a support request that asks for photos ("..., and photos if it is about damage", "och bifoga foton om
# något är skadat", "ja liitä kuvat, jos tuote on vaurioitunut"): for a damage or a fault, not for the complaints below.
# The clause begins at the last "and" before the photo: "Kerro kanteleen malli ja sarjanumero (kanteleen pohjassa) ja
# liitä kuva." keeps its serial number (reply-plans-y, spent: cut to "Kerro kanteleen malli", "asks for no serial
# number").
PHOTO_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:and|och|ja|plus|samt)\s+(?:(?!\b(?:and|och|ja|plus|samt)\b)[^.!?,])*?"
    r"\b(?:photos?|pictures?|images?|foto\w*|bild\w*|kuv\w*)\b"
    r"[^.!?]*([.!?])$",
    re.IGNORECASE,
)


NO_PHOTO_TOPICS = frozenset({"no answer", "delay", "a refund", "a cancellation", "a charge", "service"})


# Things that are gone: lost, missing, thrown away, recycled, never came (fi/sv/en). Nobody can photograph them.
_GONE = re.compile(
    r"\b(?:lost|missing|disappeared|vanished|thrown (?:away|out)|threw (?:them |it )?(?:away|out)|binned|recycled|"
    r"never (?:arrived|came|got (?:them|it))|(?:is|are|was|were|all)\s+gone|poissa|borta|"
    r"kadon\w*|kadot\w*|hävi(?:si|nnyt|nneet|sivät)\w*|hukassa|hukkaan|"
    r"hukat\w*|heitet\w*|heitti\w*|kierrät\w*|roskiin|puuttu\w*|ei (?:koskaan )?tullut|försvunn\w*|försvann|"
    r"borttappad\w*|tappat\w*|tappade|slängd\w*|slängt\w*|slängde|kastad\w*|kastade|återvunn\w*|återvann|saknas|"
    r"saknade|kom aldrig|fick aldrig)\b",
    re.IGNORECASE,
)
# What can still be shown in a photo: something broken, cracked, scratched (fi/sv/en), or a photo the person has.
_DAMAGED = re.compile(
    r"\b(?:broken|broke|cracked|crack|chipped|scratch\w*|dent\w*|damag\w*|shatter\w*|smashed|rikki|rikko\w*|"
    r"halkea\w*|halje\w*|lohje\w*|lohkea\w*|naarmu\w*|kolhu\w*|vauri\w*|särky\w*|särkyi|sönder|trasig\w*|"
    r"sprucken|sprucket|spruckna|spräck\w*|skadad\w*|skadat|repa\w*|repor|kantstött\w*|photos?|pictures?|kuv(?:a|at|ia)|"
    r"bild(?:er|en)?|foto\w*)\b",
    re.IGNORECASE,
)


# A support passage for goods still unused or unopened: the return of what was bought and not wanted.
_UNUSED = re.compile(
    r"\b(?:unused|unopened|unworn|in\s+(?:its\s+)?original\s+(?:condition|packaging)|käyttämät\w*|avaamat\w*"
    r"|oanvänd\w*|oöppnad\w*|obrutna?|i\s+originalförpackning\w*)\b",
    re.IGNORECASE,
)


# A leak is a defect too ("it's been leaking for 2 weeks", "vuotaa", "läcker"), for the route only.
_LEAK = re.compile(r"\b(?:leak\w*|vuota\w*|vuoti\w*|vuotan\w*|läck\w*)", re.IGNORECASE)


def unused_only(text: str) -> bool:
    """A support passage about returning goods still unused or unopened (:data:`_UNUSED`), and none about damage."""
    return _UNUSED.search(text) is not None and _DAMAGED.search(text) is None


def nothing_to_photograph(comment: str) -> bool:
    """The complaint is about things that are gone (lost, thrown away, recycled, never came) and names nothing broken
    that could still be shown: "... and a photo" asked of lost pieces made no sense to the panels (reply-plans-q,
    spent: "a photo of lost cups")."""
    return _GONE.search(comment) is not None and _DAMAGED.search(comment) is None


def photo_fits(comment: str) -> bool:
    """A photo is asked for only where there is something broken, damaged or wrong to show: "Email ... with your
    booking number and a photo" under a crashed payment page or pieces that are gone made no sense to the panels
    (reply-plans-q, spent: "a photo is only for broken pieces")."""
    return damage_told(comment) and not nothing_to_photograph(comment) and not photos_sent(comment)


# Photos the person says they sent already ("har redan skickat bilder", "lähetin jo kuvat", "I sent photos"): asked
# for again, the reply did not listen (reply-plans-u, spent: "she already emailed smedjan@ with pictures").
# The words between may be an address cut at its "@" ("laitoin jo leipa@ osotteeseen kuvan", reply-plans-x, spent).
_PHOTOS_SENT = re.compile(
    r"\b(?:sent|emailed|e-mailed|attached|uploaded)\s+(?:\S+\s+){0,3}(?:photos?|pictures?|images?)\b|"
    r"\b(?:skickat|skickade|mejlat|mejlade|bifogat|bifogade)\s+(?:\S+\s+){0,3}(?:bild\w*|foto\w*)|"
    r"\b(?:lähetin|lähetetty|laitoin|liitin|olen lähettänyt|olen laittanut)\s+(?:\S+\s+){0,3}kuv\w*",
    re.IGNORECASE,
)


def photos_sent(comment: str) -> bool:
    """The complaint says photos were sent already: nothing to ask for again."""
    return _PHOTOS_SENT.search(comment) is not None


def damage_told(comment: str) -> bool:
    """The complaint names damage, a fault or a missing piece in any of the words the drafter knows for it (the empathy
    opening's, :func:`speaks_of_damage`, or a crack, a chip, a dent)."""
    return speaks_of_damage(comment) or _DAMAGED.search(comment) is not None


def _asks_for_data(sentence: str) -> bool:
    """A support statement that asks for an order number, an address, an ID: fine in the private
    channel, wrong as a request in a public reply."""
    if any(re.match(p, sentence.strip(), re.IGNORECASE) for p in phrases()["data_imperatives"]):
        return True
    return any(re.search(p, sentence, re.IGNORECASE) for p in phrases()["data_requests"])


# A support statement for one case: "If you already have a case, reply ...", "Jos sinulla on jo avoin asia, ...", "Om
# du redan har ett ärende, ...", "Har du redan ett ärende, svara ..." (the Swedish condition by word order).
_CASE = re.compile(
    r"^(?:(?:if|jos|mikäli|om|ifall|in\s+case)\s+|(?:har|är|vill|behöver|finns)\s+(?:du|ni|det)\s+)"
    r"(?P<cond>[^,:;]{3,80}),\s*(?P<then>\S.{8,})$",
    re.IGNORECASE,
)


# Words a condition shares with any complaint ("redan", "already"): no sign it is this case.
_CASE_STOP = frozenset(stems("redan already still fortfarande vieläkään alltid always aina vielä"))


# A condition that is the person's having got in touch already ("If you have already written to us", "Jos olet jo
# lähettänyt palautteen", "Har du redan mejlat oss", "Om du redan har ett ärende"): the case of anyone who says so.
_CONTACTED_CASE = re.compile(
    r"\balready\s+(?:\w+\s+)?(?:written|wrote|emailed|e-mailed|mailed|contacted|sent|called|phoned|reported|"
    r"filled|been in touch|got in touch|have an? (?:case|ticket))|\b(?:have|'ve)\s+(?:already\s+)?(?:written|emailed|"
    r"e-mailed|contacted|sent us|been in touch)|\b(?:open|existing)\s+(?:case|ticket)|"
    r"\bjo\s+(?:\w+\s+)?(?:kirjoittanut|lähettänyt|laittanut|ottanut yhteyttä|soittanut|täyttänyt|avoin)|"
    r"\bolet\s+(?:jo\s+)?(?:kirjoittanut|lähettänyt|laittanut|ottanut yhteyttä|soittanut|täyttänyt)|"
    r"\bredan\s+(?:\w+\s+)?(?:skrivit|mejlat|mailat|skickat|kontaktat|ringt|hört av|fyllt i|ett ärende|"
    r"har ett ärende)|\bhar\s+(?:du|ni)\s+redan\b",
    re.IGNORECASE,
)


def case_route(
    comment: str,
    support: Sequence[Passage],
    brand: Sequence[str],
    *,
    contacted: bool = False,
    routed: bool = False,
) -> Match | None:
    """The support statement whose condition is this comment's case ("Har du redan ett ärende, svara på samma
    mejltråd ..." under "jag har ett ärende sedan förra veckan, ska jag skriva ett nytt mejl?"): a content word of
    the condition (five letters or more, the brand's names and words any complaint shares aside) is the comment's.
    Plain statements only: no price, no link, no request for data.

    ``contacted``: the person says they already wrote, called or sent the form (:func:`already_contacted`). A
    condition that is exactly that ("If you have already written to us, reply in the same email thread ...") is
    then their case whatever its words, and is said as its instruction alone ("Reply in the same email thread
    ..."): "send us a private message saying when you got in touch" under "I emailed twice" ignored the guidance's
    own line for them (reply-plans-q, spent: the panels asked for the same thread each time). Its e-mail address may
    stay: it is the thread's.

    Someone who says they already got in touch or already sent the photos is past any other case's first step: "Jos
    purkki saapui rikki, lähetä kuva 7 päivän kuluessa" told to one who sent the photo on WhatsApp two weeks ago read
    as tone-deaf, as if new (reply-plans-x, spent): no such case is theirs. A case of damage the comment tells ("purkki
    oli rikki") is said as its instruction alone ("Lähetä kuva 7 päivän kuluessa, niin lähetämme uuden
    veloituksetta."): its "if the jar arrived broken" doubted what they just said (the panel: "address her directly").
    ``routed``: the caller says the support guidance's channel after a case that names none, so a case asking for
    what to send ("lähetä kuva ja tilausnumero") is theirs too: the details go to that channel."""
    words = long_stems(comment) - long_stems(" ".join(brand)) - _CASE_STOP
    past_first_step = contacted or photos_sent(comment)
    for passage in support:
        for position, sentence in enumerate(sentences(passage.text)):
            found = _CASE.match(sentence.strip())
            if found is None:
                continue
            theirs = contacted and _CONTACTED_CASE.search(found.group("cond")) is not None
            if not theirs and (past_first_step or not words & long_stems(found.group("cond"))):
                continue
            # A statement giving a number or an address is the general channel with a condition ("Om något är fel
            # med din värmepump ..., ring 010 ..."), which the route picks for the complaint's topic, not a case's own.
            contact = re.search(r"\d{3}", sentence) or (EMAIL.search(sentence) and not theirs)
            data = _asks_for_data(sentence) and not (routed and not _kinds(sentence))
            clean = not (contact or PRICE.search(sentence) or web_links(sentence) or data)
            if clean and no_price_or_link(sentence):
                said = sentence.strip()
                said = capitalised(found.group("then").strip()) if theirs else without_told_case(said, comment)
                return Match(passage, said, position, 1.0)
    return None


def support_remedy(comment: str, support: Sequence[Passage]) -> Match | None:
    """The support guidance's statement that puts right the damage ``comment`` tells (:func:`puts_right`), headed by
    a label or a question naming the case ("Broken jar: send a photo within 7 days and we replace it free of charge.",
    "Trasig burk? Skicka en bild inom 7 dagar så skickar vi en ny utan kostnad."), said as its instruction alone: the
    label goes, and an "if" the comment just told ("If the jar arrived broken, ..."). None for a statement with a
    number, an address, a price or a link (the channel is said beside it). Under "a jar that arrives in 40 pieces" the
    inbox alone left out "the one fact that matters" (reply-plans-x, spent)."""
    for passage in support:
        raw = split(passage.text)
        for position, statement in enumerate(raw):
            heading = raw[position - 1] if position and raw[position - 1].endswith("?") else ""
            if statement.endswith("?") or not puts_right(comment, f"{heading} {statement}"):
                continue
            said = without_told_case(statement[len(label_of(statement)) :].strip(), comment)
            if re.search(r"\d{3}", said) or EMAIL.search(said) or PRICE.search(said) or web_links(said):
                continue
            if no_price_or_link(said):
                return Match(passage, capitalised(said), position, 1.0)
    return None


def without_told_case(sentence: str, comment: str) -> str:
    """``sentence`` without its "if" of damage the comment tells ("Jos leipä saapuu homeisena tai rikki, lähetä kuva
    ja tilausnumero, ..." under "leipä oli homeessa perillä" → "Lähetä kuva ja tilausnumero, ..."): set up again as a
    case, it doubted what the person just said (reply-plans-x, spent: "address her directly"). As it is otherwise."""
    found = _CASE.match(sentence.strip())
    if found is None or not damage_told(comment) or not _DAMAGED.search(found.group("cond")):
        return sentence
    return capitalised(found.group("then").strip())


def names_channel(sentence: str) -> bool:
    """``sentence`` names a private channel of any kind (an e-mail, a phone, a chat, a form, a thread of mails):
    a case's instruction that says where to go ("svara på samma mejltråd") is a route of its own."""
    return bool(_kinds(sentence))


def _contacted_case(sentence: str) -> bool:
    """``sentence`` is a support statement for someone who already got in touch ("If you have already written ...")."""
    found = _CASE.match(sentence.strip())
    return found is not None and _CONTACTED_CASE.search(found.group("cond")) is not None


def same_thread_case(support: Sequence[Passage]) -> Passage | None:
    """The support passage (any language) whose statement is for someone who already got in touch and tells them to
    go on in the same thread, not to write again ("If you have already written to us, reply in the same email thread",
    "Jos olet jo lähettänyt palautteen, älä lähetä uutta, käsittely jatkuu samassa viestiketjussa"), or None."""
    for passage in support:
        for sentence in sentences(passage.text):
            found = _CASE.match(sentence.strip())
            if found is not None and _CONTACTED_CASE.search(found.group("cond")) and _SAME_THREAD.search(sentence):
                return passage
    return None


# "the same (email) thread", "samassa viestiketjussa", "samma mejltråd", "don't send a new one", "älä lähetä uutta".
_SAME_THREAD = re.compile(
    r"\bsame\s+(?:\w+\s+)?thread|\bsamassa\s+\w*ketju\w*|\bsamma\s+\w*tråd\w*|\b(?:don't|do not)\s+(?:send|write)\s+"
    r"(?:a\s+)?new|\bälä\s+(?:lähetä|kirjoita)\s+uut|\b(?:skicka|skriv)\s+inte\s+(?:ett\s+)?nytt",
    re.IGNORECASE,
)


# A route's purpose clause that takes the visit as done ("... so the tuner who visited can call you back", "..., niin
# käynnillä ollut asentaja soittaa", "... så ringer teknikern som var hos dig upp"): under a visit that never came
# it read as not listening (reply-plans-n, spent: the panels struck "the tuner who visited").
_VISITED_CLAUSE = re.compile(
    r",?\s+(?:so(?: that)?|jotta|niin|så att|så)\s+[^.!?]*?\b(?:visited|who came|came out|kävi\w*|käynyt\w*|"
    r"käynnillä|besökte|var hos (?:dig|er))\b[^.!?]*([.!?])$",
    re.IGNORECASE,
)


def missed_visit(comment: str) -> bool:
    """The complaint says the visit never happened ("never showed up", "virittäjä ei tullut", "dök aldrig upp"): the
    empathy opening's own reading of it (``phrases.yaml``: empathy, missed visit), in any language."""
    topic = next(t for t in phrases()["empathy"] if t["name"] == "missed visit")
    return any(re.search(p, comment, re.IGNORECASE) for patterns in topic["patterns"].values() for p in patterns)


# A booking or order the person says they never made, or a gift card or voucher that is all they have ("it expired
# before I could book", "en ehtinyt varata", "har aldrig bokat"): there is no booking number to give.
_NOTHING_BOOKED = re.compile(
    r"\b(?:before I (?:could|got to|managed to) (?:book|order|use)|(?:never|haven't|have not|didn't) (?:\w+ )?"
    r"(?:booked|ordered|book|order)|not (?:yet )?(?:booked|a customer)|"
    r"innan (?:jag|vi) (?:hann|hunnit) (?:boka|beställa|använda)|"
    r"(?:har|hade) (?:aldrig|inte) (?:\w+ )?(?:bokat|beställt)|"
    r"aldrig bokat|inte bokat|"
    r"ennen kuin (?:ehdin|ehdittiin) (?:varata|tilata|käyttää)|en (?:ole )?(?:ehtinyt |koskaan )?(?:varannut|tilannut)|"
    r"ei (?:ole )?(?:ehditty |koskaan )?(?:varattu|tilattu)|en ehtinyt (?:varata|tilata|käyttää))",
    re.IGNORECASE,
)
# No place got ("sold out in 4 minutes", "en saanut paikkaa", "fick ingen plats"), a booking that failed ("tried to
# book ... crashed at payment") or a shop found shut ("the door was locked", "ovi oli lukossa"): "Include your
# course date or order number" asked for what they never had (reply-plans-r and -q, spent: both panellists).
_NO_CASE = re.compile(
    r"\b(?:sold\s+out|loppuunmyy\w*|myytiin\s+loppuun|slutsål\w*|fullbokad\w*|fully\s+booked|"
    r"(?:kurssi|ryhmä|course|class|group|kursen|gruppen)\s+(?:oli|on|was|is|var|är)\s+(?:jo\s+|already\s+|redan\s+)?"
    r"(?:täynnä|full)|tried\s+to\s+(?:sign\s+up|register|enrol)|yritin\s+ilmoittautu\w*|"
    r"försökte\s+anmäla|(?:didn't|did not|couldn't|could not|never)\s+"
    r"(?:get|got)\s+(?:a\s+|any\s+)?(?:spot|place|ticket|seat)s?|tried\s+to\s+(?:book|order|buy|pay)|"
    r"en\s+(?:saanut|saanu|päässyt|päässy)\s+(?:\w+\s+)?(?:paikkaa|lippua|mukaan)|yritin\s+(?:varata|tilata|maksaa)|"
    r"fick\s+(?:ingen|inte\s+någon)\s+(?:plats|biljett)|försökte\s+(?:boka|beställa|betala)|"
    r"door\s+(?:was|is)\s+(?:locked|shut|closed)|ovi\s+(?:oli|on)\s+(?:kiinni|lukossa)|"
    r"dörren\s+var\s+(?:låst|stängd))",
    re.IGNORECASE,
)
_VOUCHER = re.compile(r"\b(?:gift ?cards?|vouchers?|presentkort\w*|lahjakort\w*|lahjaker\w*)", re.IGNORECASE)
_BOOKED = re.compile(
    r"\b(?:booked|ordered|bought|purchased|my booking|my order|bokade|beställde|köpte|köpt|min bokning|"
    r"min beställning|varasin|varattiin|tilasin|tilattiin|ostin|ostettiin|varaukse\w*|tilaukse\w*)\b",
    re.IGNORECASE,
)
# What a request asks for that only a booking or an order has ("your booking number (starts with OR-)",
# "tilausnumero", "ordernumret").
_BOOKING_DATA = re.compile(
    r"\b(?:booking|order|reservation|bokning|order|beställning)s?[- ]?(?:number|nr|no|numm?er|numret)\w*|"
    r"\b(?:bokningsnum|ordernum|ordernr|beställningsnum|varausnum|tilausnum|varaustun)\w*",
    re.IGNORECASE,
)


def no_case(comment: str) -> bool:
    """The person tells of no booking or order at all: a place they never got (sold out), a booking that failed, a
    shop found locked (:data:`_NO_CASE`). They have no details to keep out of the comments either."""
    return _NO_CASE.search(comment) is not None


# A visit in person with no order or booking told ("kävin myymälässä lauantaina ja kassalla joutu jonottamaan", "vi
# var där kl 11.30 en lördag", "I was in your shop"): a queue or a closed counter has no order number (reply-plans-u,
# spent: "drop the order-number/product-photo instructions, which don't fit").
_IN_PERSON = re.compile(
    r"\b(?:kävin|käytiin|olin|oltiin)\s+(?:\w+\s+)?(?:myymälä\w*|kaupa\w*|liikkee\w*|putiiki\w*|paikan päällä|"
    r"heillä|teillä|siellä)|\bkassalla\b|\bjonott\w*|"
    r"\b(?:var|varit|gick|kom)\s+(?:\w+\s+)?(?:i butiken|till butiken|där|hos er|dit)\b|\bi kassan\b|\bköade\b|"
    r"\b(?:was|went|were|came)\s+(?:\w+\s+)?(?:in|to|into|at)\s+(?:the|your|their)\s+(?:shop|store|counter|till)\b|"
    r"\bqueued?\b|\bqueueing\b",
    re.IGNORECASE,
)


def in_person_only(comment: str) -> bool:
    """The complaint tells of a visit in person (a queue, a shop, the counter) and of no order or booking."""
    return _IN_PERSON.search(comment) is not None and _BOOKED.search(comment) is None


def unanswered_only(comment: str, topic: str) -> bool:
    """The complaint is that nobody answers and it tells of no order, booking or damage ("kanske de kan svara på mejl
    också 🙃"): "Ange ordernummer – i telefon ..." asked for what it never spoke of (reply-plans-u, spent: "makes no
    sense for an unanswered email")."""
    return (
        topic == "no answer"
        and not own_dealings(comment)
        and _BOOKED.search(comment) is None
        and not damage_told(comment)
    )


def nothing_booked(comment: str) -> bool:
    """The person says they never booked or ordered, or all they tell of is a gift card or a voucher with no
    booking or order of their own: asking them for a booking number asks for what they do not have."""
    if _NOTHING_BOOKED.search(comment) or no_case(comment) or in_person_only(comment):
        return True
    return _VOUCHER.search(comment) is not None and _BOOKED.search(comment) is None


def data_request(embedder: Embedder, comment: str, support: Sequence[Passage], passage_id: str) -> Match | None:
    """The routed support passage's statement of what to bring to the channel ("Tell us your customer number
    or the installation address"), plain and without a price or a link, or None; never a booking or order number
    from someone who says they have none (:func:`nothing_booked`: the panels struck "Uppge ditt bokningsnummer"
    under a gift card that expired before it was used, reply-plans-n, spent)."""
    for match in rank(embedder, comment, [p for p in support if p.id == passage_id]):
        if nothing_booked(comment) and _BOOKING_DATA.search(match.sentence):
            continue
        sentence = match.sentence
        clean = not (PRICE.search(sentence) or web_links(sentence) or _CHANNEL.search(sentence))
        to_writer = any(re.match(p, sentence.strip(), re.IGNORECASE) for p in phrases()["writer_instructions"])
        if clean and not to_writer and _asks_for_data(sentence) and no_price_or_link(sentence):
            if not photo_fits(comment):  # "..., and a photo of the damage" asked of things that are gone
                return replace(match, sentence=PHOTO_CLAUSE.sub(r"\1", sentence.strip()))
            return match
    return None


# A request worded for a written message: "liitä (viestiin / mukaan) varausnumero", "bifoga ordernumret", "attach your
# order number". After a phone number alone it "doesn't fit a phone call" (the panels on reply-plans-q and -t, spent).
_ATTACH = {
    "fi": (re.compile(r"\bliitä\s+(?:viestiin\s+|mukaan\s+|viestiisi\s+)?", re.IGNORECASE), "kerro "),
    "sv": (re.compile(r"\bbifoga\s+(?:i\s+meddelandet\s+)?", re.IGNORECASE), "uppge "),
    "en": (re.compile(r"\battach\s+", re.IGNORECASE), "give us "),
}
_WRITTEN = frozenset({"e-mail", "chat", "form"})
_PHOTO_WORD = re.compile(r"\b(?:photos?|pictures?|images?|foto\w*|bild\w*|kuv(?:a|at|ia|ien|an)\b)", re.IGNORECASE)


def spoken_request(sentence: str, route: Sequence[str], language: str) -> str | None:
    """A support request (:func:`data_request`) said for the route it follows: where the route is a phone number alone,
    "Liitä mukaan varausnumero" becomes "Kerro varausnumero" (sv "uppge", en "give us"), and a request for a photo,
    which nobody hands over on a call, is left out (None). As it is beside a written channel."""
    if any(_kinds(text) & _WRITTEN for text in route) or not any("phone" in _kinds(text) for text in route):
        return sentence
    if _PHOTO_WORD.search(sentence):
        return None
    found = _ATTACH.get(language)
    if found is None:
        return sentence
    pattern, spoken = found
    said = pattern.sub(spoken, sentence, count=1)
    return capitalised(said) if sentence[:1].isupper() else said


# What a claim asks people to send: photos, pictures, images (fi/sv/en), as the request's own object, not the
# "... and a photo if it arrived damaged" clause a general channel statement closes with (:data:`PHOTO_CLAUSE`).
_EVIDENCE = re.compile(
    r"\b(?:photos?|pictures?|images?|foto\w*|bild\w*|kuv(?:a|at|ia|ien|an)\b|vahin\w*|reklamaati\w*|reklamation\w*|claims?\b)",
    re.IGNORECASE,
)


def claims_route(sentence: str) -> bool:
    """A support statement for a claim about damage or a fault: it asks for photos (or names a claim) beyond a
    closing "and a photo if ..." clause, or its topic (:func:`topic_of`) is damage."""
    cut = PHOTO_CLAUSE.sub(r"\1", sentence)
    return bool(_EVIDENCE.search(cut)) or topic_of(cut) == "damage or fault"


def bare_route(sentence: str, language: str, source: str = "") -> str | None:
    """The e-mail addresses and phone numbers of ``sentence`` said as a route ("Saat meihin yhteyden sähköpostitse
    osoitteesta kund@x.fi."), without what the statement asks for a claim; None when it names none."""
    found = [m.group(0) for m in _ADDRESS.finditer(sentence)] + _numbers_by_channel(sentence)
    if not found:
        return None
    said = route_sentence(f" {_OR.get(language, 'or')} ".join(found[:MAX_ROUTE_CHANNELS]), language, source)
    if said is None and any(_MESSENGER.match(item) for item in found):
        # A WhatsApp number the language has no wording for (Finnish: "WhatsAppilla" reads to the grounding check as
        # a name no guidance states): the route is the other channels, never the number called a phone line.
        # A number that is a phone line too ("puhelin/WhatsApp 040 ...") is said by its number alone.
        plain = [_MESSENGER.sub("", item) if "/" in item.split("+")[0] else item for item in found]
        plain = [item for item in plain if not _MESSENGER.match(item)]
        if plain:
            said = route_sentence(f" {_OR.get(language, 'or')} ".join(plain[:MAX_ROUTE_CHANNELS]), language, source)
    return said


# A messaging app the guidance names before its number ("WhatsApp +358 40 ...", "puhelin/WhatsApp 040 ..."): the
# number is that channel, said by its name.
_MESSENGER_BEFORE = re.compile(
    r"((?:(?:puhelin|telefon|phone)\s*/\s*)?whatsapp)\s*:?\s*(?:(?:at|on|nr\.?|numero)\s+)?$", re.IGNORECASE
)
_MESSENGER = re.compile(r"^(?:(?:puhelin|telefon|phone)\s*/\s*)?whatsapp\s+(?=\+?\d)", re.IGNORECASE)


def _numbers_by_channel(sentence: str) -> list[str]:
    """The phone numbers of ``sentence``, each with the messaging app the guidance names it by ("WhatsApp +358 40 555
    7788"): said alone, a WhatsApp number read as a phone line ("på telefon +358 40 ...", reply-plans-w, spent: "it
    is WhatsApp, not a phone line")."""
    numbers = []
    for found in re.finditer(r"\+?\d[\d -]{6,}\d", sentence):
        named = _MESSENGER_BEFORE.search(sentence[: found.start()])
        numbers.append(f"{named.group(1)} {found.group(0)}" if named else found.group(0))
    return numbers


def _addressless(sentence: str) -> bool:
    """A support statement that names only an e-mail or a phone by the word, with no address or number to use."""
    kinds = _kinds(sentence)
    return bool(kinds) and kinds <= {"e-mail", "phone"} and not reachable(sentence)


def reachable(text: str) -> bool:
    """A support passage gives an e-mail address or a phone number: a way to reach the brand privately."""
    return EMAIL.search(text) is not None or re.search(r"\+?\d[\d -]{6,}\d", text) is not None


# A refund that never came is money trouble: the support guidance's statements about refunds and charges read as
# the charge's topic (``phrases.yaml``: empathy), and they fit it.
_SAME_TROUBLE = {"a refund": "a charge"}


def same_trouble(statement_topic: str, topic: str) -> bool:
    """A support statement of ``statement_topic`` is about the complaint's kind of trouble (``topic``)."""
    return topic != "general" and _SAME_TROUBLE.get(topic, topic) == _SAME_TROUBLE.get(statement_topic, statement_topic)


# A support line said to serve one language ("på svenska", "in English", "suomeksi", "ruotsiksi").
_LANGUAGE_SCOPED = re.compile(
    r"\bpå (?:svenska|finska|engelska)\b|\bin (?:swedish|finnish|english)\b|\b(?:suomeksi|ruotsiksi|englanniksi)\b",
    re.IGNORECASE,
)


def foreign_route(
    embedder: Embedder, comment: str, support: Sequence[Passage], topic: str, language: str
) -> list[Match]:
    """The way to get help when the support guidance is written only in other languages than the reply's: the
    channel :func:`support_route` picks from it (the complaint's purpose, a channel not yet tried, never a line for
    urgent matters or one occasion), said by its addresses and numbers alone in ``language`` ("Du når oss på
    telefon 09 ... eller via e-post till ..."), none of its words, hours or requests: the offline drafter never
    mixes languages, and a Swedish complaint under a brand whose support passages are Finnish and English was left
    with no reply at all (reply-plans-p, spent: 8 of its 36 complaints). An address or a number reads the same in
    every language, and the grounding check finds each in the support passage."""
    # A line kept for speakers of its own language ("Kundtjänst på svenska: ...", "Asiakaspalvelu suomeksi") is no
    # route for a reply in another one while another line is not so kept.
    general = [p for p in support if not _LANGUAGE_SCOPED.search(p.text)]
    route = support_route(embedder, comment, general or support, topic, language)
    if not route:
        return []
    channel = route[0]
    said = bare_route(channel.sentence, language, channel.passage.text)
    return [] if said is None else [replace(channel, sentence=said)]


def _claims_channel(match: Match) -> bool:
    """Whether the channel ``match`` says (its sentence, or, said by its address alone, the passage's sentence giving
    that address) is a claims route (:func:`claims_route`)."""
    if claims_route(match.sentence):
        return True
    given = _ADDRESS.findall(match.sentence) + _PHONE.findall(match.sentence)
    stated = [s for s in re.split(r"(?<=[.!?;])\s+", match.passage.text) if any(g in s for g in given)]
    return bool(stated) and all(claims_route(s) for s in stated)


def general_route_elsewhere(
    embedder: Embedder,
    comment: str,
    route: Sequence[Match],
    foreign: Sequence[Passage],
    topic: str,
    language: str,
) -> list[Match]:
    """Another language's general channel where the reply's own language names only a claims route (a warranty
    address asking for an order number and a photo) and the complaint names no damage or fault: "care@ is the
    warranty address; a return-shipping charge belongs to customer service" was both panellists' edit (reply-plans-ad,
    spent). Said by its addresses and numbers alone in ``language``, as :func:`foreign_route` says one; empty where
    the route stays (damage told, a route of the reply's language that is no claims route, no other channel)."""
    channels = [m for m in route if _CHANNEL.search(m.sentence)]
    if not channels or not foreign or damage_told(comment) or not all(_claims_channel(m) for m in channels):
        return []
    general = [p for p in foreign if not _LANGUAGE_SCOPED.search(p.text)] or list(foreign)
    found = support_route(embedder, comment, general, topic, language)
    if not found or claims_route(found[0].sentence):
        return []
    said = bare_route(found[0].sentence, language, found[0].passage.text)
    return [] if said is None else [replace(found[0], sentence=said)]


_PHONE = re.compile(r"\+?\d[\d -]{6,}\d")


def contacted_channel(support: Sequence[Passage], foreign: Sequence[Passage] = ()) -> tuple[str, str, Passage] | None:
    """The support guidance's channel for someone who already got in touch by every channel it names: its e-mail
    address, else its phone number (the reply's own language's passages first, then another's), never a line kept for
    urgent matters; as ``(channel, "email" | "phone", passage)``, or None. Said with "saying when you got in touch", it
    is the guidance's route where a private message no guidance names was not (reply-plans-v, spent)."""
    for kind, pattern in (("email", _ADDRESS), ("phone", _PHONE)):
        for passage in (*support, *foreign):
            for sentence in split_sentences(passage.text):
                for found in pattern.finditer(sentence):
                    named = _MESSENGER_BEFORE.search(sentence[: found.start()]) if kind == "phone" else None
                    if named is not None and "/" not in named.group(1):
                        continue  # a WhatsApp number is no line to call (reply-plans-w, spent)
                    if not _URGENT.search(sentence):
                        return found.group(0).strip(), kind, passage
    return None


def tried_all(route: Sequence[Match], comment: str) -> bool:
    """Every private channel the ``route``'s channel statement names is one the complaint says was tried already
    ("mejlat två gånger utan svar" and the route's e-mail again)."""
    tried = _tried_channels(comment)
    kinds = _kinds(route[0].sentence) if route else set()
    return bool(tried) and bool(kinds) and kinds <= tried


def untried_route(
    embedder: Embedder,
    comment: str,
    support: Sequence[Passage],
    foreign: Sequence[Passage],
    topic: str,
    language: str,
) -> list[Match]:
    """A way to get help by a channel the complaint does not say was tried: from the support guidance in the reply's
    language, else from another language's, said by its address or number alone (:func:`foreign_route`); empty when
    every channel named is one they tried. Someone who e-mailed twice without an answer sent to the same e-mail, or
    to a private message no guidance names (on YouTube, which has none), was the panels' edit (reply-plans-s and -r,
    spent: "offer the phone line")."""
    if not _tried_channels(comment):
        return []
    for route in (
        support_route(embedder, comment, support, topic, language),
        foreign_route(embedder, comment, foreign, topic, language),
    ):
        if route and not tried_all(route, comment):
            return route
    return []


def support_route(
    embedder: Embedder, comment: str, support: Sequence[Passage], topic: str = "general", language: str = ""
) -> list[Match]:
    """The support passage's statement naming a private channel (chat, phone, e-mail; a web link is cut
    out of it), plus the one statement that is about this complaint, in text order. Nothing with a price.

    The channel fits the complaint: a statement naming a channel for what went wrong (an installation
    address for an installation that never happened) comes first, and a channel the person says they
    already tried ("nobody answers the chat", "I e-mailed twice") gives way to another one the passage
    names. The added statement must be about the same kind of trouble (:func:`empathy_line`'s topic: a
    damage-report deadline is not added to a late delivery) and ask for no data (never an order number in public).
    """
    if not support:
        return []
    ranked = rank(embedder, comment, support)
    channels = [m for m in ranked if _CHANNEL.search(m.sentence) and not PRICE.search(m.sentence)]
    if not channels:
        return []
    asked = slots(comment) - GENERIC_SLOTS
    on_topic = [m for m in channels if asked & slots(m.sentence)]
    best = (on_topic or channels)[0].passage
    tried = _tried_channels(comment, topic)
    candidates = sorted((m for m in channels if m.passage.id == best.id), key=lambda m: m.position)
    if on_topic:
        candidates = sorted(on_topic, key=lambda m: m.position) + candidates
    # A line kept for urgent matters ("24/7 puhelin kiireellisissä asioissa (onnettomuus, auto ei aukea)") is the
    # route only for those: a double charge sent to it was the panels' "wrong channel" (a billing dispute goes
    # to the e-mail or the chat the passage names for everything else). Another passage's channel comes before it,
    # and where it is the only one there is no route: a late quote sent to the on-call line was skipped by the
    # panel (reply-plans-n, spent), where no reply leaves the complaint to a person.
    # So is a line for one occasion ("On tour day, call the guide: ...") under a complaint about anything else.
    if candidates and all(_for_another_case(_with_label(m), comment) for m in candidates):
        candidates = [m for m in channels if not _for_another_case(_with_label(m), comment)]
    candidates = [m for m in candidates if not _for_another_case(_with_label(m), comment)]
    # The guidance's line for someone who already wrote ("If you have already written to us, reply in the same email
    # thread ...") is theirs alone (:func:`case_route`): under a crashed payment page it read as not listening
    # (reply-plans-q, spent), where the general channel before it is the route.
    candidates = [m for m in candidates if not _contacted_case(m.sentence)] or candidates
    # A claims route ("Reklamaatiot: lähetä kuvat ja varausnumero ... 3 päivän sisällä pesusta") is for damage or a
    # fault: under a late or postponed visit, a charge or no answer, any other channel comes first, and where it is the
    # only one its address or number alone is the route (the panels' "wrong channel for this kind of trouble").
    # Any complaint that names no damage, fault or missing piece: a locked shop door sent to the shipping-damage claim
    # ("email within 7 days with photos of both the package and the record") and a payment page that crashed sent to
    # the broken-pieces claim were skipped or edited by both panellists (reply-plans-q, spent).
    other_kind = not damage_told(comment)
    if other_kind:
        candidates = sorted(candidates, key=lambda m: claims_route(m.sentence))
    if not other_kind or _LEAK.search(comment):
        # A passage for returning what is still unused ("Returns: unused products can be returned within 30 days.
        # Email ... for a return code.") is no route for a crack or a leak: "email for a return code" under a bucket
        # that arrived cracked was both panellists' "a damage/warranty case, not a return" on every such complaint
        # of one brand (reply-plans-ab, spent). Another passage's channel is the route, else another language's.
        kept = [m for m in candidates if not unused_only(m.passage.text)]
        if not kept:
            return []
        candidates = kept
    # "Vastaamme sähköpostiin kahden arkipäivän kuluessa." names the e-mail but not its address: said as the route, its
    # "send the details there" pointed nowhere (reply-plans-s, spent: both panellists, "add the address"). A statement
    # that gives the address or the number comes first.
    candidates = sorted(candidates, key=lambda m: _addressless(m.sentence))
    channel: Match | None = None
    statement = ""  # the guidance's statement the channel is said from: its claim ("... and photos of ...") too
    for avoid in (tried, set()) if tried else (set(),):  # no other channel named: the tried one it is
        for match in candidates:
            text = _channel_statement(match, avoid, language)
            if text is not None and no_price_or_link(without_chat_places(text, chat_places(match.passage.text))):
                channel = Match(match.passage, text, match.position, match.score)
                statement = _with_label(match)
                break
        if channel is not None:
            break
    if channel is None:
        return []
    if other_kind and (claims_route(channel.sentence) or claims_route(statement)):
        bare = bare_route(channel.sentence, language, channel.passage.text)
        if bare is None:
            return []
        return [replace(channel, sentence=bare)]
    if missed_visit(comment):
        channel = replace(channel, sentence=_VISITED_CLAUSE.sub(r"\1", channel.sentence))
    if not photo_fits(comment):
        # "Email ... with your booking number and a photo." under pieces that were lost or recycled: the route stays,
        # its photo goes (the case asks for what cannot exist).
        channel = replace(channel, sentence=PHOTO_CLAUSE.sub(r"\1", channel.sentence))
    waited = topic in ("delay", "no answer") or bool(_REACHING.search(comment) or _ANSWERED_LATE.search(comment))
    if waited:
        # "kauppa@uurre.fi, vastaamme 2 arkipäivän kuluessa" to someone who waited a week for an answer: the promise
        # they saw broken "invites ridicule" (reply-plans-q, spent). The route stays, the promised time goes.
        channel = replace(channel, sentence=without_reply_promise(channel.sentence))
    if channel.position > 0:  # "You can also write to ...": the only channel given is not an "also"
        channel = replace(channel, sentence=ALSO.sub("", channel.sentence, count=1))
    words = long_stems(comment)
    related = next(
        (
            m
            for m in ranked
            if m.passage.id == channel.passage.id
            and m.position != channel.position
            and no_price_or_link(m.sentence)
            and not _CHANNEL.search(m.sentence)
            and words & long_stems(m.sentence)
            and same_trouble(topic_of(m.sentence), topic)
            and not _asks_for_data(m.sentence)
            and not (waited and _REPLY_PROMISE.search(m.sentence))
        ),
        None,
    )
    chosen = [channel] if related is None else [channel, related]
    return sorted(chosen, key=lambda m: m.position)


_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


# Where a support statement divides into clauses: a semicolon, a comma, a dash between words.
_CLAUSE_CUT = re.compile(r"\s*;\s*|,\s+|\s+[–—-]\s+")


ECHO_WORDS = 4


def _runs(text: str, size: int = ECHO_WORDS) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORDS.findall(text)]
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def echoes(clause: str, comment: str) -> bool:
    """``clause`` says back four or more words running of ``comment`` (its figures too): the brand's own promise or
    slogan the person quotes to mock it ("love how 'we reply within 2 working days' turned into 2 weeks")."""
    return bool(_runs(clause) & _runs(comment))


def without_echo(sentence: str, comment: str) -> str | None:
    """``sentence`` without the clauses that repeat the comment's words back (:func:`echoes`): "Include the course
    name, date and booking number; we reply within 2 working days." under the mocked promise keeps "Include the course
    name, date and booking number." (reply-plans-u, spent: "repeating the promise to someone mocking it is tone-deaf").
    None when nothing is left but the echo; ``sentence`` itself when it echoes nothing."""
    if not echoes(sentence, comment):
        return sentence
    pieces = _outside_brackets(re.compile(f"({_CLAUSE_CUT.pattern})"), sentence.strip())
    kept: list[str] = []
    for i in range(0, len(pieces), 2):
        clause = pieces[i]
        if echoes(clause, comment):
            continue
        kept.append((pieces[i - 1] if kept and i else "") + clause)
    text = "".join(kept).strip().rstrip(",;–—-").strip()
    if len(_WORDS.findall(text)) < 3:
        return None
    return capitalised(text) if text[-1:] in ".!?" else capitalised(text) + "."


def without_promise(sentence: str) -> str:
    """A request for details without the reply time the same sentence promises ("Include the course name, date and
    booking number; we reply within 2 working days." → "Include the course name, date and booking number."), for
    someone who waited: their wait is the promise broken. As it is when nothing else would be left."""
    cut = re.sub(r"(?:,\s*|;\s*|\s+(?:and|ja|och)\s+)" + _REPLY_PROMISE.pattern, "", sentence, flags=re.IGNORECASE)
    cut = re.sub(r"\s+([.!?])$", r"\1", cut.strip())
    return cut if len(_WORDS.findall(cut)) >= 3 else sentence


def every_channel_tried(comment: str, support: Sequence[Passage]) -> bool:
    """The complaint says it tried every kind of private channel the support guidance (any language) names ("ringde
    er tre gånger ... och mejlet är obesvarat" under e-mail and phone): no channel of the guidance is new to them."""
    tried = _tried_channels(comment)
    named = set().union(*(_kinds(p.text) for p in support)) if support else set()
    return bool(tried) and bool(named) and named <= tried


# A guarantee, by its name in any of the three languages: the passage's label ("Guarantee:", "Takuu:") or its words.
# Inside a compound too ("Huoltotakuu", "nöjdhetsgaranti").
_GUARANTEE = re.compile(r"guarantee|warrant|takuu|garanti", re.IGNORECASE)


# What the brand does to put it right ("we resharpen them for free", "korjaamme maksutta", "vi gör om det
# kostnadsfritt"): a guarantee's remedy, not its coverage ("5 vuoden takuu", "the warranty does not cover rust").
_REMEDY = re.compile(
    r"\b(?:for free|free of charge|at no (?:extra )?cost|maksutta|ilmaiseksi|veloituksetta|kostnadsfritt|gratis|"
    r"utan kostnad|resharpen\w*|redo|re-do|replace (?:it|them)|repair (?:it|them)|(?:we|we'll) (?:fix|replace|repair|"
    r"redo|resharpen)|korjaamme|vaihdamme|korvaamme|uusimme|teemme\s+(?:\w+\s+)?uudelleen|(?:teroitamme|hiomme)\s+"
    r"(?:\w+\s+)?uudelleen|ersätter vi|byter vi|lagar vi|gör vi om|gör om|slipar (?:vi )?om)\b",
    re.IGNORECASE,
)


# A guarantee's window ("within 7 days", "7 päivän sisällä", "inom 14 dagar") and a case told as long past it ("last
# year", "kuukausi sitten", "förra året").
_WINDOW = re.compile(
    r"\b(?:within|in)\s+\d+\s+(?:days?|weeks?)\b|\b\d+\s+(?:päivän|viikon)\s+(?:sisällä|kuluessa|aikana)|"
    r"\binom\s+\d+\s+(?:dagar|dag|veckor|vecka)\b",
    re.IGNORECASE,
)
_LONG_AGO = re.compile(
    r"\b(?:last|a|one|two|three|several|few)\s+(?:years?|months?)(?:\s+ago)?\b|\byears?\s+ago\b|\bmonths?\s+ago\b|"
    r"\bviime\s+(?:vuonna|kuussa|keväänä|syksynä|talvena|kesänä)\b|\b(?:vuosi|vuotta|kuukausi|kuukautta|kuukaus)\s+"
    r"sitten\b|\bförra\s+(?:året|månaden|säsongen|vintern)\b|\bför\s+(?:ett|två|tre|flera|några)\s+(?:år|månader?)\s+"
    r"sedan\b|\blast\s+(?:season|winter)\b",
    re.IGNORECASE,
)


# The kinds of trouble a guarantee's remedy is for: the work or the thing came out wrong. Not a wait, a charge, a
# refund, a cancellation, staff, no answer or no place: a free redo under a 45-minute queue answers another trouble.
REMEDY_TOPICS = frozenset({"damage or fault", "wrong item"})


def guarantee_remedy(comment: str, passages: Sequence[Passage], topic: str) -> Match | None:
    """The remedy the guidance's guarantee states for this very trouble, in the reply's language: a statement of a
    guarantee passage (its label or words name a guarantee; any kind but a campaign, which is an offer, and the support
    passage, whose own statements :func:`support_route` adds) that says what the brand does to put it right ("if you
    are not happy with the edges, bring the skates back within 7 days and we resharpen them for free"), under a
    complaint that the work or the thing came out wrong (``topic``: :data:`REMEDY_TOPICS`), not told as long past the
    guarantee's window. No price, no link. The panel's edit on an acknowledgement that gave the inbox and left out
    the free resharpen (reply-plans-w, spent). It is the guarantee's remedy, stated to everyone it covers: no offer."""
    if topic not in REMEDY_TOPICS:
        return None
    for passage in passages:
        if passage.kind in ("campaign", "support", "voice", "disclosure") or not _GUARANTEE.search(passage.text):
            continue
        for position, statement in enumerate(split(passage.text)):
            said = statement.strip()[len(label_of(statement.strip())) :].strip()
            if not _REMEDY.search(said) or not no_price_or_link(said) or PRICE.search(said):
                continue
            if _WINDOW.search(said) and _LONG_AGO.search(comment):
                continue  # "ruined my blades last year": a 7-day guarantee is not theirs
            return Match(passage, capitalised(said), position, 1.0)
    return None


# The language a support line is kept for ("Kundtjänst på svenska", "Support in English", "Asiakaspalvelu suomeksi"),
# and the language a question asks support in ("hur kontaktar man er på svenska?", "what's the English support
# email?").
_SCOPED_TO = {
    "sv": re.compile(r"\bpå svenska\b|\bin swedish\b|\bruotsiksi\b|\bswedish[- ](?:support|service)", re.IGNORECASE),
    "fi": re.compile(r"\bpå finska\b|\bin finnish\b|\bsuomeksi\b|\bfinnish[- ](?:support|service)", re.IGNORECASE),
    "en": re.compile(
        r"\bpå engelska\b|\bin english\b|\benglanniksi\b|\benglish[- ](?:support|service|line|chat|email|e-mail)",
        re.IGNORECASE,
    ),
}


def scoped_to(text: str) -> set[str]:
    """The languages ``text`` keeps a support line for, or asks support in (:data:`_SCOPED_TO`)."""
    return {language for language, pattern in _SCOPED_TO.items() if pattern.search(text)}


# A question asking how to get in touch, no channel named: "hur kontaktar man er?", "miten teihin saa yhteyden?",
# "how do I reach you?".
_ASKS_CONTACT = re.compile(
    r"\b(contact|reach you|reach someone|get in touch|kontakta\w*|kontaktar|få tag på er|nå er|yhteyttä|yhteyden|"
    r"tavoittaa|tavoitan)\b",
    re.IGNORECASE,
)


def asks_contact(question: str) -> bool:
    """Whether ``question`` asks how to get in touch with the brand (:data:`_ASKS_CONTACT`)."""
    return bool(_ASKS_CONTACT.search(question))


def own_language_route(
    passages: Sequence[Passage], kind: str | None, language: str, question: str
) -> tuple[str, Passage] | None:
    """The way to reach the brand a question asks for, from the support guidance written in the reply's own
    ``language`` (a line kept for that language first: "Kundtjänst på svenska: ..."), as a sentence of it: the one
    e-mail address or phone number asked (``kind``, :func:`bot.drafting.bridging.route_line`, its hours kept) or, asked
    only how to get in touch (``kind`` None), its addresses and numbers (:func:`bare_route`). None where the question
    asks support in another language than the reply's, no support passage is written in it, or none gives the route.

    "What's the English support email?" was held ("the guidance states the answer only in Swedish") where the
    English line stood beside it, and "hur kontaktar man Tossukka på svenska" likewise beside the Swedish line
    (reply-plans-y, spent): the plan had chosen another language's support passage."""
    asked = scoped_to(question)
    if asked and asked != {language}:
        return None
    own = [p for p in passages if p.kind == "support" and p.visibility == "public" and p.language == language]
    own = [p for p in own if not scoped_to(p.text) - {language}]  # never a line kept for another language
    own.sort(key=lambda p: language not in scoped_to(p.text))
    for passage in own:
        for sentence in split_sentences(passage.text):
            if _URGENT.search(sentence) or _contacted_case(sentence):
                continue
            if kind is not None:
                line = route_line(sentence, kind, language, same_language=True)
            else:
                line = bare_route(sentence, language, passage.text)
            if line is not None:
                return line, passage
    return None
