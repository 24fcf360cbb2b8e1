"""What a signed sign-off is made of, shared by the voice rules and the signature check.

:mod:`bot.checks.signature` imports the check types, which import :mod:`bot.checks.voice_rules`, so
the two cannot import each other; both import this module, which imports nothing of the checks.

* :data:`SLOT`: where the approver's name goes in a sign-off ("/{name}, Kraftverk"), filled at approval.
* :data:`CLOSINGS`, :data:`DEFAULT_CLOSING`: the closing greetings a sign-off opens with, per language ("Terveisin",
  "Vänliga hälsningar", "Best regards"), and the one a language without an example of its own takes.
* :data:`OWN_NAME`: guidance words that ask the writer to sign with their own name ("first name",
  "the writer's name", "etunimellä", "förnamn", "ditt eget namn"): the name in such a passage's example is a
  stand-in for the approver, not a fixed signature; :func:`asks_own_name` reads them only where they speak of signing,
  not of addressing the person answered ("Use the person's first name if it is visible").
"""

from __future__ import annotations

import re

SLOT = "{name}"

OWN_NAME = re.compile(
    r"first\s*name|own\s+name|answerer|writer's"
    r"|(?:writer|answerer|author|person)(?:'|’)?s\s+(?:first\s+)?name|your\s+name"
    r"|name\s+of\s+the\s+(?:writer|answerer|person)|etunim\w*|omalla\s+nimellä|omalla\s+nimell\w*"
    r"|förnamn\w*|ditt\s+(?:eget\s+)?namn|eget\s+namn|med\s+namn",
    re.IGNORECASE,
)

# Closing greetings a sign-off may open with ("Terveisin, Leena / Kaiku", "Vänliga hälsningar, Jonas / Kaiku",
# "Kind regards, Ann / X"), per language, with the one a reply in a language without its own example opens with.
CLOSINGS = {
    "fi": r"(?:ystävällisin\s+|parhain\s+|lämpimin\s+|iloisin\s+)?terveisin|terkuin|kiittäen|hyvää\s+päivänjatkoa",
    "sv": r"(?:med\s+)?(?:vänlig|vänliga|bästa|varma|glada)\s+hälsning(?:ar)?|hälsningar|mvh|allt\s+gott",
    "en": r"(?:kind|best|warm|warmest)\s+(?:regards|wishes)|regards|all\s+the\s+best|best|cheers|sincerely",
}
DEFAULT_CLOSING = {"fi": "Terveisin", "sv": "Vänliga hälsningar", "en": "Kind regards"}


# A sentence that speaks of signing ("Sign with your first name", "Vastaus allekirjoitetaan etunimellä", "Avsluta med
# förnamn") or of addressing the person answered ("Use the person's first name if it is visible", "Puhuttele
# etunimellä", "Tilltala kunden med förnamn").
_SIGNING = re.compile(
    r"sign|allekirj|underteckn|\bend(?:s|ing)?\s+(?:\w+\s+)?(?:with|by)|\bclose\s+with|\bfinish\s+with|avslut|lopuksi"
    r"|päätä|päätt|lopeta|loppuun|\bsist\b",
    re.IGNORECASE,
)
# Names in the plural are the people answered, many of them: "cosy and playful: first names, emoji welcome" puts the
# brand on first-name terms with its readers ("etunimillä", "förnamnen"); a signature is one writer's name.
_ADDRESSING = re.compile(
    r"\b(?:use|address\w*|call|greet\w*|puhuttel\w*|tilltala\w*|nimeltä|vid\s+namn)\b"
    r"|\bfirst[\s-]*names\b|\betunim(?:et|iä|illä|ien)\b|\bförnamnen\b"
    r"|\bif\s+(?:it\s+is\s+|it's\s+)?(?:visible|shown|known)|\bjos\s+se\s+näkyy|\bom\s+det\s+(?:syns|framgår)",
    re.IGNORECASE,
)


def asks_own_name(text: str) -> bool:
    """Whether a voice text asks replies to be signed with the writer's own name: a sentence with :data:`OWN_NAME`
    that speaks of signing, or does not speak of addressing the person answered ("Use the person's first name if it
    is visible" asks how to greet them, not how to sign; "cosy and playful: first names, emoji welcome" is on
    first-name terms with the readers, and its "end with the signature '/Sanna @ Ristiin'" is a fixed one)."""
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text):
        if OWN_NAME.search(sentence) and (_SIGNING.search(sentence) or not _ADDRESSING.search(sentence)):
            return True
    return False
