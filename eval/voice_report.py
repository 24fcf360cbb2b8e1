"""How the drafts of a panel packet keep the wording the brand's own voice and disclosure guidance prescribes.

A deterministic count over the drafts of exported panel packets (``python -m eval.reply_plans --export-panel DIR``;
``packet.json`` holds the guidance, the threads and the drafts, never the labels), for issue 25's approver panels,
whose most common *edit* reasons were these:

* **sign-off**: the voice asks for one (a slotted "– {name} / Kupla", "Terveisin, {name} / Kaiku", a fixed
  "/Hohde customer care", a literal example, a closing in the reply's language: "Terveisin savustamolta" for a Finnish
  reply, "Greetings from the yard" for an English one) and the draft ends with it; or the voice forbids a signature
  with a name ("emmekä allekirjoita nimellä", "Ei allekirjoitusta", "Vi signerar aldrig med namn"), or gives its
  closing in another language only, and the draft carries none (the brand's own name is no person's signature); a
  closing the voice gives for another language ending the draft is wrong either way (``signoff_foreign``), as read by
  :func:`bot.checks.voice_rules.voice_rules` (``signoff``, ``unsigned``, ``foreign_signoffs``); a signature another
  language's voice gives signs this reply too, unless it is a closing in that language's words; a voice that asks for
  the writer's first name in words only ("signerar med förnamn", "Sign off with first name and 'X'") asks every reply
  for a sign-off line with a name (and the brand it quotes); a reply whose opener introduces one writer and whose
  sign-off names another keeps no sign-off (``signoff_two_writers``): one reply speaks as one person;
* **closing**: the voice asks to end with a question or an invitation (:func:`bot.checks.voice_rules.closing_asked`)
  and an answer or a thank-you does (its last sentence before the sign-off, and before a disclosure line placed at
  the end, is a question or an invitation);
* **disclosure placement**: where the disclosure guidance says first or last, a draft that carries a disclosure
  sentence has it there (:func:`bot.checks.voice.voice_breaks`);
* **length**: a reply keeps the voice's "at most N sentences" (besides the disclosure and sign-off);
* **disclosure where it binds**: a brand with disclosure guidance says who writes (a sentence, or the sign-off the
  checks accept) in every reply, except on its own post where the rule binds personal accounts only ("Jos vastaat
  henkilökohtaiselta tililtä ..."); and first where the guidance says the first sentence;
* **the named opener**: where the disclosure guidance quotes a first line introducing its writer by name for the
  reply's language ("Moi, Aino täältä Kiden asiakaspalvelusta!"), the draft opens with that line (a name or the slot
  for the writer's) or with another line the guidance quotes;
* **the opener for others' threads with its continuation**: where the disclosure guidance gives replies under other
  people's posts an opener that runs on into the reply ("I work at X, so I'm biased, but –", "…, så jag är jävig, men
  …"), a reply under a post the brand did not write says who writes in its first sentence, owns the bias there where
  the example does (in any language: "biased", "jävig", "jäävi", …), and leaves no conjunction ended by a full stop
  ("but.", "men.", "mutta."), which is also counted over every draft;
* **a yes to an open question**: an answer whose comment asks for something else than a yes or a no ("paljonko
  ...?", :func:`bot.language.asks_open_question`) opening with "Kyllä" / "Ja" / "Yes";
* **thank lines that do not fit**: a "you're welcome / thanks for the kind words" line under a comment that thanks
  nobody, a "thanks for your patience" under a comment that waited for nothing;
* **the brand's name with a colon before a Finnish case ending** it needs none of ("Keilakolo:lla", "Fjordbil:llä";
  a name whose last syllable would change keeps its colon, :func:`bot.drafting.voice.keeps_colon`).

Run: ``python -m eval.voice_report DIR [DIR ...]`` (each DIR a packet folder or a folder of them).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.checks.context import Brand, make_context
from bot.checks.identity import discloses
from bot.checks.semantic import bare
from bot.checks.signature import (
    SLOT,
    disclosure_slots,
    ends_with_signature_line,
    introduced,
    signed_by,
    signoff_template,
    signoffs,
    slotted_disclosure,
)
from bot.checks.signing import CLOSINGS, OWN_NAME
from bot.checks.types import CheckContext
from bot.checks.voice import body_sentences, greets_before, voice_breaks
from bot.checks.voice_rules import (
    closing_example,
    example_scopes,
    quoted_examples,
    signoff_languages,
    voice_rules,
)
from bot.domain import Passage
from bot.drafting.voice import disclosure_line, keeps_colon
from bot.language import asks_open_question, detect_language

# Thanks aimed at the brand, and waiting, in fi/sv/en (the report's own words, not the drafter's).
_THANKS = re.compile(r"kiito|kiitti|\btack|thank|\bthx\b|\bty\b", re.IGNORECASE)
_OTHERS_THANK = re.compile(r"(?:will|'ll|would|gonna)\s+thank|kommer\s+(?:att\s+)?tacka", re.IGNORECASE)
_WAITED = re.compile(r"odot|odott|malt|vänt|tålamod|\bwait|patience", re.IGNORECASE)
_WELCOME_LINES = re.compile(r"you're welcome|ole hyvä|varsågod", re.IGNORECASE)
_PATIENCE_LINES = re.compile(r"thanks for your patience|kärsivällisyydestä|tack för ditt tålamod", re.IGNORECASE)
_INVITATION = re.compile(
    r"tervetuloa|tule\s+käymään|poikkea|välkommen|kom\s+förbi|titta\s+in|(?<!you.re\s)(?<!you\sare\s)welcome|come\s+by"
    r"|drop\s+by|stop\s+by|see\s+you",
    re.IGNORECASE,
)
# The drafter's stock closing question ("Anything else I can help with?"), which the panels struck under praise.
_STOCK_QUESTION = re.compile(
    r"anything\s+else\s+I\s+can\s+help|voinko\s+auttaa\s+vielä|kan\s+jag\s+hjälpa\s+till\s+med\s+något", re.IGNORECASE
)
_ANY_SIGNOFF = re.compile(r"(?:^|[.!?)]\s+)[–—/-]\s*[^\W\d_][^.!?]{0,40}$")


def _passages(guidance: Sequence[dict[str, Any]]) -> list[Passage]:
    return [
        Passage(
            id=str(g["id"]),
            text=str(g["text"]),
            kind=str(g["kind"]),
            language=g.get("language") or None,
            visibility="public",
            source=f"{g['id']}.txt",
            heading="",
            brand=str(g.get("brand") or ""),
        )
        for g in guidance
    ]


def packet_counts(packet: dict[str, Any]) -> Counter[str]:
    """The counts of one packet (keys: ``drafts``, ``signoff_asked``, ``signoff_kept``, ``unsigned_asked``,
    ``unsigned_kept``, ``signoff_foreign``, ``signoff_two_writers``, ``closing_asked``, ``closing_kept``,
    ``disclosure_placed_asked``,
    ``disclosure_placed_kept``,
    ``limit_asked``, ``limit_kept``, ``greeting_asked``, ``greeting_kept``,
    ``disclosure_required``, ``disclosure_said``, ``disclosure_first_asked``,
    ``disclosure_first_kept``,
    ``opener_asked``, ``opener_kept``, ``lead_asked``, ``lead_kept``, ``conjunction_broken``, ``open_answers``,
    ``open_yes``,
    ``thank_drafts``, ``thank_misfit``, ``thank_stock_question``, ``colon_brand``)."""
    counts: Counter[str] = Counter()
    passages = _passages(packet["guidance"])
    by_brand: dict[str, list[Passage]] = {}
    for passage in passages:
        by_brand.setdefault(passage.brand, []).append(passage)
    threads = {t["id"]: t for t in packet["threads"]}
    comments = {c["id"]: c for t in packet["threads"] for c in t["comments"]}
    names = {t["id"]: next(iter({p.brand for p in passages if p.brand}), "") for t in packet["threads"]}
    for draft in packet["drafts"]:
        text, plan = str(draft["text"]), str(draft["plan"])
        thread, comment = threads[draft["thread"]], comments[draft["comment"]]
        brand_passages = _brand_passages(by_brand, thread, passages)
        brand_name = brand_passages[0].brand if brand_passages else names.get(thread["id"])
        language = detect_language(comment["text"]) or detect_language(text) or "en"
        counts["drafts"] += 1
        slotted = signoff_template(brand_passages, language)
        rules = voice_rules(brand_passages, language)
        template = slotted[0] if slotted else rules.signoff
        # A signature the voice gives in one language signs every reply ("end with the signature '/Sanna @ X'" in the
        # English passage, a Finnish reply too), unless it is a closing in that language's words or this reply's voice
        # says otherwise; and a voice that asks for the writer's first name in words only ("signerar med förnamn")
        # asks a named sign-off of every reply. The counter read neither: "28/28" while both panellists asked for the
        # signature on 47 other drafts (reply-plans-af, spent).
        if template is None and not rules.unsigned:
            template = _other_language_signoff(brand_passages, language, rules)
        name_asked = None if template is not None or rules.unsigned else _name_asked(brand_passages, brand_name)
        # A closing the voice gives for another language ending this reply ("Terveisin savustamolta" under a Swedish
        # one, "Kind regards, från varvet"): wrong, whatever else the reply carries.
        foreign = next((f for f in rules.foreign_signoffs if f != template and _ends_with(text, f)), None)
        if template is not None or name_asked is not None:
            counts["signoff_asked"] += 1
            if template is None:
                kept = _signer(text) is not None and all(w in _key(_tail(text)) for w in name_asked or ())
            elif SLOT in template:
                kept = signed_by(text, template) is not None
            else:
                kept = " ".join(template.lower().split()) in " ".join(text.lower().split())
                # The disclosure guidance's signature line ends a reply in others' threads in place of the voice's
                # fixed closing ("– Maria, kundtjänst på X" for "Hälsningar, X"): that is how this reply is signed.
                kept = kept or ends_with_signature_line(text.rstrip(), brand_passages)
            # One reply speaks as one person: an opener introducing Anna and a sign-off by Jussi is no sign-off a
            # manager keeps (reply-plans-af, spent).
            opener = introduced(
                (body_sentences(text, _context(thread, comment, language, brand_passages, brand_name)) or [""])[0],
                brand_name,
            )
            signer = _signer(text)
            two = len(opener) == 1 and signer is not None and signer not in opener
            counts["signoff_two_writers"] += int(two)
            counts["signoff_kept"] += int(kept and foreign is None and not two)
            if template is None:
                template = ""  # the closing greeting below reads a template's place only
            if rules.greeting is not None and template:
                # "Avsluta med en hälsning och signaturen '/Ängsö'": a closing greeting just before the sign-off.
                counts["greeting_asked"] += 1
                spans = signoffs(text, template) if SLOT in template else []
                at = (
                    spans[-1].start()
                    if spans
                    else " ".join(text.lower().split()).rfind(" ".join(template.lower().split()))
                )
                flat = " ".join(text.split()) if not spans else text
                counts["greeting_kept"] += int(at > 0 and greets_before(flat[:at]))
        elif rules.unsigned or rules.foreign_signoffs:
            # No signature with a person's name ("Vastauksia ei allekirjoiteta nimellä", "Vi signerar aldrig med
            # namn", "no signature"), and none of another language's closing under this reply ("Terveisin
            # savustamolta" is the Finnish replies'): the brand's own name in a sign-off is no person's signature.
            counts["unsigned_asked"] += 1
            personal = _ANY_SIGNOFF.search(text.strip())
            brand_words = [w.lower()[:4] for w in (brand_name or "").split() if len(w) >= 4]
            own = personal is not None and any(w in personal.group(0).lower() for w in brand_words)
            counts["unsigned_kept"] += int((personal is None or own) and foreign is None)
        counts["signoff_foreign"] += int(foreign is not None)
        # The disclosure may name the brand by one word of its name ("I work at Kupla" for "Kupla Cowork").
        named = [brand_name or "", *(w for w in (brand_name or "").split() if len(w) >= 4 and w[:1].isupper())]
        contexts = [
            _context(thread, comment, language, brand_passages, name) for name in dict.fromkeys(n for n in named if n)
        ] or [_context(thread, comment, language, brand_passages, brand_name)]
        # Under praise the stock question is no closing the panels approved ("a tacked-on 'can I help'"): a thank-you
        # is held to the voice's own closing example or an invitation only.
        own_closing = any(closing_example(p.text) for p in brand_passages if p.kind == "voice")
        thank_closing = rules.closing == "invitation" or own_closing
        if rules.closing is not None and (plan == "answer" or (plan == "thank" and thank_closing)):
            counts["closing_asked"] += 1
            examples = [p.text for p in brand_passages if p.kind == "disclosure"]
            # Its last sentence before a sign-off line ("... Vi ses på vattnet! – Mikael"), which the checks read as a
            # sentence where the voice asks for the writer's name in words only.
            signed = _SIGNOFF_LINE.search(text.strip())
            body = text.strip()[: signed.start("line")] if signed is not None and signed.start("line") > 0 else text
            last = closing_sentence(body, contexts, language, examples)
            # ... or a line the voice quotes for its ending ("Vi avslutar med en fråga eller med 'Vi ses på vattnet!'").
            own_lines = {_key(q) for p in brand_passages if p.kind == "voice" for q in _QUOTED_LINE.findall(p.text)}
            ended = last.rstrip().endswith("?") or bool(_INVITATION.search(last)) or _key(last) in own_lines - {""}
            counts["closing_kept"] += int(ended)
        # The disclosure where its guidance binds the reply: every reply, or, for a rule about personal accounts or
        # other people's threads, a reply under a post the brand did not write (a thread with an author); said by a
        # sentence or the sign-off.
        own_post = not thread.get("author")
        if any(p.kind == "disclosure" for p in brand_passages) and not (own_post and rules.disclosure_off_own_post):
            counts["disclosure_required"] += 1
            # Recognised as the checks recognise one, or as the guidance's own quoted line ("Greppi staff here:").
            quoted = [_key(q) for p in brand_passages if p.kind == "disclosure" for q in _QUOTED_LINE.findall(p.text)]
            quoted = [q for q in quoted if q]
            said_anywhere = _says_who(text, quoted, language, contexts) or any(q in _key(text) for q in quoted)
            counts["disclosure_said"] += int(said_anywhere)
            if rules.disclosure_at == "start":
                counts["disclosure_first_asked"] += 1
                first = (body_sentences(text, contexts[0]) or [""])[0]
                counts["disclosure_first_kept"] += int(_says_who(first, quoted, language, contexts))
            # The guidance's own opener introducing its writer by name ("Moi, Aino täältä Kiden asiakaspalvelusta!"):
            # said with a name or the slot for the writer's, not a standard "I work at X" (session 20's panels).
            if rules.disclosure_at == "start" and _names_writer(brand_passages, language):
                counts["opener_asked"] += 1
                own_line = any(_key(text).startswith(q) for q in quoted)  # "Moi! Täällä X:n asiakaspalvelu."
                counts["opener_kept"] += int(bool(disclosure_slots(text, brand_passages)) or own_line)
        counts["conjunction_broken"] += int(bool(_BROKEN_CONJUNCTION.search(text)))
        example = None if own_post else _runs_on_example(brand_passages)
        if example is not None:
            counts["lead_asked"] += 1
            first = (body_sentences(text, contexts[0]) or [""])[0]
            owned = not _BIAS.search(example) or bool(_BIAS.search(first))
            said_first = _says_who(first, [], language, contexts)
            counts["lead_kept"] += int(said_first and owned and not _BROKEN_CONJUNCTION.search(text))
        if plan == "answer" and asks_open_question(str(comment["text"]), language):
            # "Kyllä, ..." under "paljonko maksaa ...?": a yes to a question that asked for something else.
            counts["open_answers"] += 1
            first = next((s for s in body_sentences(text, contexts[0]) if not _says_who(s, [], language, contexts)), "")
            counts["open_yes"] += int(bool(_YES_LEAD.match(first)))
        if rules.limit_for(plan) is not None:
            counts["limit_asked"] += 1
            counts["limit_kept"] += int(not any("keep to" in b for b in voice_breaks(text, contexts[0])))
        if rules.disclosure_at is not None:
            counts["disclosure_placed_asked"] += 1
            misplaced = any("who writes" in b for ctx in contexts for b in voice_breaks(text, ctx))
            counts["disclosure_placed_kept"] += int(not misplaced)
        # A Finnish case ending after a colon on a name Finnish writes whole ("Keilakolo:lla", "Fjordbil:llä"): the
        # panels' "ungrammatical". A name whose last syllable would change keeps its colon ("Kallioranta:lla").
        # A loanword's final i takes the ending whole ("Knaprilla"), as does a name the guidance writes whole
        # ("Knaprin"): the counter reads as the drafter writes (:func:`bot.drafting.voice.keeps_colon`).
        written = [p.text for p in brand_passages]
        for word in {w for w in (brand_name or "").split() if len(w) >= 3 and w.isalpha()}:
            colons = re.findall(rf"\b{re.escape(word)}:(?:lla|llä|n|ssa|ssä|sta|stä|lle|lta|ltä)\b", text)
            counts["colon_brand"] += 0 if keeps_colon(word, written) else len(colons)
        if plan == "thank":
            counts["thank_drafts"] += 1
            said = str(comment["text"])
            thanked = bool(_THANKS.search(said)) and not _OTHERS_THANK.search(said)
            misfit = (_WELCOME_LINES.search(text) and not thanked) or (
                _PATIENCE_LINES.search(text) and not _WAITED.search(said)
            )
            counts["thank_misfit"] += int(bool(misfit))
            counts["thank_stock_question"] += int(bool(_STOCK_QUESTION.search(text)))
    return counts


_LANGUAGES = ("fi", "sv", "en")


def _other_language_signoff(passages: Sequence[Passage], language: str, rules: Any) -> str | None:
    """The sign-off another language's voice passage asks for, where it is no closing in that language's words
    (:func:`bot.checks.voice_rules.signoff_languages`): "/Sanna @ Ristiin" reads the same under a Finnish reply."""
    worded = {line for p in passages if p.kind == "voice" for line in signoff_languages(p.text).values()}
    for other in (code for code in _LANGUAGES if code != language):
        slotted = signoff_template(passages, other)
        found = slotted[0] if slotted else voice_rules(passages, other).signoff
        if found and found not in worded and found not in rules.foreign_signoffs and not _GREETED.match(found):
            return found
    return None


_GREETED = re.compile(rf"^(?:{'|'.join(CLOSINGS.values())})\b", re.IGNORECASE)
# A signing word in the sentence that asks for the writer's first name ("signerar med förnamn", "Sign off with first
# name and 'X'"), and one that says not to sign or only allows it.
_SIGNING = re.compile(
    r"\bsign\w*|signera\w*|allekirjoit\w*|underteckna\w*|\bends?\s+with|avslut\w*\s+med|päättyy", re.IGNORECASE
)
_NOT_SIGNING = re.compile(
    r"(?:not|never|no|may|can)\s+(?:\w+\s+)?sign|\b(?:emme|emmekä|ei|älä|voi|voit|saa)\s+(?:\w+\s+)?allekirjoit"
    r"|\b(?:inte|aldrig|får|kan)\s+signera",
    re.IGNORECASE,
)


def _name_asked(passages: Sequence[Passage], brand: str | None) -> tuple[str, ...] | None:
    """Where a voice passage (any language) asks replies to be signed with the writer's first name in words only, the
    words of the brand the sentence quotes beside the name ("first name and 'Havsörn Kajak'": ("havsörn", "kajak"));
    None where no voice asks."""
    stems = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", brand or "")}
    for passage in (p for p in passages if p.kind == "voice"):
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", passage.text):
            plain = _QUOTED_LINE.sub("''", sentence)
            if OWN_NAME.search(plain) and _SIGNING.search(plain) and not _NOT_SIGNING.search(plain):
                quoted = [_key(q) for q in _QUOTED_LINE.findall(sentence)]
                return next((tuple(q.split()) for q in quoted if stems & set(q.split())), ())
    return None


_SIGNOFF_LINE = re.compile(r"(?:^|[.!?)]\s+|\n)(?P<line>[–—/-]\s*(?P<name>[A-ZÅÄÖ][a-zåäöé]+)\b[^.!?\n]{0,50})$")


def _tail(text: str) -> str:
    found = _SIGNOFF_LINE.search(text.strip())
    return found.group("line") if found else ""


def _signer(text: str) -> str | None:
    """The name a draft's closing sign-off line gives its writer ("... – Jussi / Potkuri" -> "Jussi"), or None."""
    found = _SIGNOFF_LINE.search(text.strip())
    return found.group("name") if found else None


def _ends_with(text: str, signoff: str) -> bool:
    """Whether ``text`` ends with ``signoff`` (spacing, case and closing punctuation aside)."""
    flat = " ".join(text.lower().split()).rstrip(" .!")
    return flat.endswith(" ".join(signoff.lower().split()).rstrip(" .!"))


_YES_LEAD = re.compile(r"^(?:kyllä|joo|ja|jo|yes)\b", re.IGNORECASE)


def _names_writer(passages: Sequence[Passage], language: str) -> bool:
    """Whether the disclosure guidance gives ``language`` a line introducing its writer by name (in a passage of that
    language, or labelled for it in another's)."""
    found = disclosure_line([p for p in passages if p.language in (language, None)], language) or disclosure_line(
        passages, language, anywhere=True
    )
    return found is not None and slotted_disclosure(found[0], found[1].brand) is not None


def _says_who(said: str, quoted: Sequence[str], language: str, contexts: Sequence[CheckContext]) -> bool:
    """Whether ``said`` says who writes: as the checks recognise a disclosure, or opening with a line the disclosure
    guidance quotes (``quoted``, as :func:`_key` gives them: "Greppi staff here:")."""
    if any(_key(said).startswith(q) for q in quoted):
        return True
    return any(discloses(bare(said), language, ctx, by_meaning=False) for ctx in contexts)


# An example opener that runs on into the reply: its conjunction last, a dash or an ellipsis after it or nothing.
_RUNS_ON = re.compile(r",.*\b(?:but|men|mutta|and|och|ja|so|så|joten)\s*(?:[–—-]|…|\.\.\.)?\s*$", re.IGNORECASE)
_BIAS = re.compile(r"\b(?:biased|bias|jävig|partisk|jäävi|puolueellinen|esteellinen)\b", re.IGNORECASE)
# A conjunction ended by a full stop: "I'm biased, but. Kuura socks ...", "jävig, men.", "jäävi, mutta.".
_BROKEN_CONJUNCTION = re.compile(r",\s*(?:but|men|mutta)\s*\.", re.IGNORECASE)


def _runs_on_example(passages: Sequence[Passage]) -> str | None:
    """The disclosure guidance's example opener for other people's threads that runs on into the reply, or None."""
    for passage in passages:
        if passage.kind != "disclosure":
            continue
        quotes = quoted_examples(passage.text)
        for quoted, scope in zip(quotes, example_scopes(passage.text, [q.span() for q in quotes]), strict=True):
            line = " ".join(quoted.group(1).split())
            if scope == "elsewhere" and _RUNS_ON.search(line):
                return line
    return None


_QUOTED_LINE = re.compile(r"(?<!\w)[\"“”„«»'‘]([^\"“”«»„'‘’\n]{2,80})[\"”»“'’]")


def _key(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", bare(text).lower()))


def closing_sentence(
    text: str, contexts: Sequence[CheckContext], language: str, disclosure_texts: Sequence[str] = ()
) -> str:
    """The reply's last body sentence before a disclosure the guidance puts at the end ("Anything else I can help
    with? (Glansa staff)"): that line says who writes, and the closing is the sentence before it. A disclosure is
    recognised as the checks recognise one (``contexts``: one per name the brand may be given by) or as a line the
    disclosure guidance (``disclosure_texts``) quotes."""
    quoted = {_key(q) for t in disclosure_texts for q in _QUOTED_LINE.findall(t)} - {""}
    sentences = body_sentences(text, contexts[0])
    while len(sentences) > 1 and (
        _key(sentences[-1]) in quoted
        or any(discloses(bare(sentences[-1]), language, ctx, by_meaning=False) for ctx in contexts)
    ):
        sentences.pop()
    return (sentences or [""])[-1]


def _context(
    thread: dict[str, Any], comment: dict[str, Any], language: str, passages: list[Passage], brand: str | None
) -> CheckContext:
    return make_context(
        platform=str(thread["platform"]),
        comment_text=str(comment["text"]),
        comment_language=language,
        comment_author=None,
        passages=passages,
        brand=Brand(name=brand or None),
    )


def _brand_passages(by_brand: dict[str, list[Passage]], thread: dict[str, Any], every: list[Passage]) -> list[Passage]:
    """The guidance of the thread's brand: the packet's brand names its passages' ``brand`` or their id prefix."""
    key = str(thread.get("brand") or "")
    for name, passages in by_brand.items():
        if key and (key.lower() in name.lower() or any(p.id.startswith(f"{key}-") for p in passages)):
            return passages
    found = [p for p in every if key and p.id.startswith(f"{key}-")]
    return found or every


def lines(counts: Counter[str]) -> list[str]:
    """The counts as printed lines."""

    def part(kept: str, asked: str) -> str:
        return f"{counts[kept]}/{counts[asked]}"

    return [
        f"   voice and disclosure wording over {counts['drafts']} drafts: "
        f"sign-off as the voice asks {part('signoff_kept', 'signoff_asked')} "
        f"(signed by another writer than the opener introduces {counts['signoff_two_writers']}), "
        f"a closing greeting before it where the voice asks {part('greeting_kept', 'greeting_asked')}, "
        f"none where it forbids one (or gives one in another language only) {part('unsigned_kept', 'unsigned_asked')}, "
        f"another language's sign-off {counts['signoff_foreign']}; "
        f"closing question or invitation where asked {part('closing_kept', 'closing_asked')}; "
        f"within the voice's sentence limit {part('limit_kept', 'limit_asked')}; "
        f"disclosure placed as its guidance says {part('disclosure_placed_kept', 'disclosure_placed_asked')}; "
        f"disclosure where its guidance binds the reply {part('disclosure_said', 'disclosure_required')}, "
        f"in the first sentence where it says so {part('disclosure_first_kept', 'disclosure_first_asked')}, "
        f"as the guidance's own named opener where it gives one {part('opener_kept', 'opener_asked')}, "
        f"its opener for others' threads with its continuation where it gives one {part('lead_kept', 'lead_asked')}, "
        f"a conjunction ended by a full stop ('but.') {counts['conjunction_broken']}; "
        f"answers to a question asking for something else opening with a yes {counts['open_yes']} of "
        f"{counts['open_answers']}; "
        f"thank lines that do not fit the comment {counts['thank_misfit']} of {counts['thank_drafts']}, "
        f"ending with the stock 'anything else?' {counts['thank_stock_question']}; "
        f"the brand's name with a colon before a Finnish ending it needs none of {counts['colon_brand']}",
    ]


def _packets(folders: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        found += [folder / "packet.json"] if (folder / "packet.json").exists() else sorted(folder.glob("*/packet.json"))
    return found


def folder_counts(path: Path) -> Counter[str]:
    """The counts over every packet at ``path`` (a packet folder, a folder of them, or a packet.json)."""
    total: Counter[str] = Counter()
    files = [path] if path.is_file() else _packets([path])
    for file in files:
        total += packet_counts(json.loads(file.read_text("utf-8")))
    return total


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: python -m eval.voice_report DIR [DIR ...] (exported panel packet folders)")
        return 2
    total: Counter[str] = Counter()
    for path in _packets([Path(a) for a in argv]):
        counts = packet_counts(json.loads(path.read_text("utf-8")))
        total += counts
        print(f"-- {path.parent.name}")
        for line in lines(counts):
            print(line)
    print("-- all")
    for line in lines(total):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
