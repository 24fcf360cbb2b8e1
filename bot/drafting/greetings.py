"""The opening lines: empathy that names what went wrong in a complaint, the thank-you that fits praise."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain import Passage
from bot.drafting.phrasebook import phrases
from bot.opportunities.plan import matches as plan_matches

_PHOTO = re.compile(
    r"\b(?:photos?|pictures?|pics?\b|foto\w*|bild\w*|kuv(?:a|at|ia|an|ien|ista)\b|dent(?:s|ed)?\b|lommo\w*|buckl\w*)",
    re.IGNORECASE,
)


def speaks_of_damage(comment: str) -> bool:
    """The complaint names damage or a fault (a charge for a dent), or photos, whatever its opening's topic."""
    damage = next(t for t in phrases()["empathy"] if t["name"] == "damage or fault")
    patterns = [p for block in damage["patterns"].values() for p in block]
    return _PHOTO.search(comment) is not None or any(re.search(p, comment, re.IGNORECASE) for p in patterns)


_SUPPORT_ID = re.compile(r"\b[A-Z]{1,4}-(?=[\s)(.,]|$)")  # a customer identifier's prefix: "SV-", "KP-"


_LOCAL_PART = re.compile(r"\b([\w.+-]+)@")


def _names_support_detail(comment: str, support: Sequence[str]) -> bool:
    """Whether the comment names something only a customer has from the support guidance: its e-mail address
    ("emailed service@ ..."), its customer identifier ("my SV- number"). A customer is then plainly one: "if you're
    our customer" under it read as tone-deaf (reply-plans-g)."""
    said = comment.lower()
    for text in support:
        if any(f"{local.lower()}@" in said for local in _LOCAL_PART.findall(text)):
            return True
        if any(prefix.lower() in said for prefix in _SUPPORT_ID.findall(text)):
            return True
    return False


# A sentence asking what something costs ("What do you even charge for a redo these days?", "paljonko huolto nykyään
# maksaa?", "vad kostar det?"): a price asked is no trouble with a charge. "Sorry about the trouble with the charge"
# under a service redone twice was both panellists' edit (reply-plans-s, spent).
_PRICE_QUESTION = re.compile(
    r"[^.!?]*\b(?:paljonko|mit(?:ä|äs)\s+(?:\w+\s+){0,3}maksa\w*|vad\s+kostar|hur\s+mycket|vad\s+tar\s+ni|"
    r"how\s+much|what\s+(?:do|does|would|will)\s+(?:\w+\s+){1,2}(?:charge|cost))\b[^.!?]*\?",
    re.IGNORECASE,
)


def _without_price_questions(comment: str) -> str:
    """``comment`` without the sentences that ask a price."""
    return _PRICE_QUESTION.sub(" ", comment)


def empathy_line(
    comment: str, language: str, brand: Sequence[str] = (), *, own_post: bool = True, support: Sequence[str] = ()
) -> tuple[str, str]:
    """The opening that names what went wrong (no answer, a delay, damage, a charge, ...), or the
    general one; where the comment, in a thread that is not the brand's own post, never says the brand was
    part of it (no "you", no order, no name of the brand: "heat pumps are a scam, our bill went up"),
    sympathy without an apology, which would own it. Under the brand's own post a complaint is about it."""
    unasked = _without_price_questions(comment)
    for topic in phrases()["empathy"]:
        patterns = [*topic["patterns"].get(language, []), *topic["patterns"].get("any", [])]
        said = unasked if topic["name"] == "a charge" else comment
        if any(re.search(p, said, re.IGNORECASE) for p in patterns):
            return str(topic["name"]), str(topic["line"][language])
    if contacted_again(comment, language):
        # "vi har redan mejlat kundservice två gånger" and no other trouble named: the count tells the silence, which
        # the opening owns (reply-plans-w, spent).
        unanswered = next(t for t in phrases()["empathy"] if t["name"] == "no answer")
        return str(unanswered["name"]), str(unanswered["line"][language])
    lowered = comment.lower()
    named = any(term.lower() in lowered for term in brand if term) or _names_support_detail(comment, support)
    if not own_post and not named and not plan_matches("ours", comment, language):
        return "not ours", str(phrases()["sympathy"][language])
    return "general", str(phrases()["acknowledge"][language])


def thank_line(comment: str, language: str, *, formal: bool = False) -> tuple[str, str]:
    """The thank-you that fits the comment (congratulations, a wish, patience, thanks), or the general one; under a
    voice asking for a formal register (:func:`bot.drafting.register.formal_voice`) its ``formal`` wording where the
    phrase book gives one."""
    for kind in phrases()["thank_for"]:
        if any(re.search(p, comment, re.IGNORECASE) for p in kind["patterns"]) and not any(
            re.search(p, comment, re.IGNORECASE) for p in kind.get("unless", [])
        ):
            wording = kind.get("formal") if formal else None
            return str(kind["name"]), str((wording or kind["line"])[language])
    return "praise", str(phrases()["thank_formal" if formal else "thank"][language])


# The thank-you kinds that thank the brand's people for what they did or were: answered in person where the comment
# names the one who signs (:func:`names_signer`).
IN_PERSON_KINDS = frozenset({"thanks", "praise with thanks", "staff", "praise"})

_SLOT_TEXT = re.compile(r"\{[^}]*\}")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def names_signer(comment: str, signoff: str, passages: Sequence[Passage]) -> bool:
    """The comment names the person who signs the reply by a fixed name ("jani toi meille paljun ..." under a voice
    signing "-Jani / Hehku"): a capitalised word of the sign-off, its slot left out (an approver's name is not known
    while drafting), that no guidance passage but a voice one contains (so not the brand's name), found in the comment
    as a word of its own or with a short ending ("Janille", "Sannas")."""
    others = " ".join([p.brand for p in passages] + [p.text for p in passages if p.kind != "voice"]).lower()
    for word in _NAME_WORD.findall(_SLOT_TEXT.sub(" ", signoff)):
        if not word[:1].isupper() or word.lower() in others:
            continue
        if re.search(rf"(?<!\w){re.escape(word)}\w{{0,4}}(?!\w)", comment, re.IGNORECASE):
            return True
    return False


def thank_in_person(language: str) -> str:
    """The thank-you of the person who signs, named in the comment (``phrases.yaml``: thank_in_person)."""
    return str(phrases()["thank_in_person"][language])


def already_contacted(comment: str, language: str) -> bool:
    """The complaint says the person already wrote, called or sent the form ("I emailed two weeks ago",
    "lähetin lomakkeen jo", "jag har redan mejlat")."""
    patterns = phrases()["contacted"]["patterns"].get(language, [])
    return any(re.search(p, comment, re.IGNORECASE) for p in patterns)


def contacted_again(comment: str, language: str) -> bool:
    """The complaint says the person got in touch more than once ("I've emailed you twice", "soitin jo kolme kertaa",
    "vi har mejlat två gånger"): the count says nobody has answered yet."""
    return any(re.search(p, comment, re.IGNORECASE) for p in phrases()["contacted_again"].get(language, []))


def general_feedback(comment: str) -> bool:
    """A complaint about how things go for everyone ("every morning all your scooters are flat"), not
    about the person's own order, booking or charge."""
    table = phrases()["feedback"]
    general = any(re.search(p, comment, re.IGNORECASE) for p in table["general"])
    return general and not any(re.search(p, comment, re.IGNORECASE) for p in table["personal"])


def own_dealings(comment: str) -> bool:
    """The comment tells of the person's own order, booking, bill or visit ("lasku nousi", "my order", "jag betalade"):
    the words :func:`general_feedback` reads as personal."""
    return any(re.search(p, comment, re.IGNORECASE) for p in phrases()["feedback"]["personal"])


def topic_of(text: str) -> str:
    """The complaint topic a support statement is about (any language), or ``general``."""
    for topic in phrases()["empathy"]:
        patterns = [p for block in topic["patterns"].values() for p in block]
        if any(re.search(p, text, re.IGNORECASE) for p in patterns):
            return str(topic["name"])
    return "general"
