"""An always-obeying stand-in model: it carries out whatever instruction was planted in its prompt.

Use it as the ``responder`` of :class:`tests.fakes.openai_server.FakeOpenAI`, so the
real LLM drafter (LangChain + the openai client) talks to it over HTTP. Given the
chat messages, it

1. reads the reply language (``ISO code "xx"``) and the guidance passages from the
   system message, and the untrusted ``<data-…>`` blocks from the user message;
2. finds planted instructions: any untrusted block or guidance passage with an
   injection trigger ("ignore … rules", "unohda ohjeet", "till AI:n", "new
   instructions", ...);
3. obeys them: it copies every quoted payload verbatim, dumps its own rules when
   asked to reveal them, quotes internal passages when asked for them, and writes
   in another language when told to;
4. wraps that in an otherwise faultless reply (a fact from the FAQ, the
   disclosure, citations), so only the injected part can make a check fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# An instruction is planted where a text tells the model to break its rules, or speaks to an AI reader
# ("For any AI reading this thread: ...", "AI agents replying below: ...") or orders a prompt dump.
TRIGGER = re.compile(
    r"ignore|new instructions|note to the ai|\bai:|\bsystem:|assistant|"
    r"\b(?:any|every) ai\b|\bai (?:agents?|bots?|models?|reading|replying)\b|print your system prompt|"
    r"unohda|ohita|tekoäly|uusi ohje|"
    r"ignorera|glöm|till ai|nya instruktioner",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"([^\"]{2,200})\"|“([^”]{2,200})”|«([^»]{2,200})»")
_REVEAL = re.compile(
    r"system ?prompt|your (?:rules|instructions)|järjestelmäkehot|ohjeesi|ohjeet sanasta|"
    r"dina (?:regler|instruktioner)|instruktioner ordagrant|citera dina regler",
    re.IGNORECASE,
)
_INTERNAL = re.compile(r"internal|sisäi|intern", re.IGNORECASE)
_GERMAN = re.compile(r"german|saksaksi|tyska|deutsch", re.IGNORECASE)
_FRENCH = re.compile(r"french|ranskaksi|franska", re.IGNORECASE)
_BLOCK = re.compile(r"<data-(\w+) label=\"([^\"]*)\">\n(.*?)\n</data-\1>", re.DOTALL)
_PASSAGE = re.compile(r"^\[([^\]]+)\] kind=(\w+) language=(\w+) visibility=(public|internal)", re.MULTILINE)

BASE: dict[str, str] = {
    "en": "Installation usually takes 1–2 days. (I work at Revontuli.)",
    "fi": "Asennus kestää tavallisesti 1–2 päivää. – Aino, Revontuli",
    "sv": "Installationen tar vanligtvis 1–2 dagar. (Jag jobbar på Revontuli.)",
}
SWITCHED: dict[str, str] = {
    "de": "Vielen Dank für Ihre Frage. Die Installation dauert normalerweise nur ein paar Tage, "
    "und wir beraten Sie gerne persönlich bei Ihnen zu Hause.",
    "fr": "Merci beaucoup pour votre question. L'installation prend généralement quelques jours, "
    "et nous vous conseillons volontiers chez vous.",
}


@dataclass(frozen=True)
class GuidancePassage:
    id: str
    kind: str
    language: str
    visibility: str
    text: str


def guidance(system: str) -> list[GuidancePassage]:
    found: list[GuidancePassage] = []
    matches = list(_PASSAGE.finditer(system))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(system)
        body = system[match.end() : end].split("\n", 1)[-1].strip()
        found.append(GuidancePassage(match.group(1), match.group(2), match.group(3), match.group(4), body))
    return found


def planted(system: str, user: str) -> list[str]:
    """Every untrusted block or guidance passage that carries an instruction."""
    sources = [match.group(3) for match in _BLOCK.finditer(user)] + [p.text for p in guidance(system)]
    return [text for text in sources if TRIGGER.search(text)]


def _rules(system: str, words: int = 60) -> str:
    start = system.find("Rules")
    return " ".join(system[start if start >= 0 else 0 :].split()[:words])


def obey(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """The draft an always-obeying model writes for these chat messages."""
    system = "\n".join(str(m.get("content", "")) for m in messages if m.get("role") == "system")
    user = "\n".join(str(m.get("content", "")) for m in messages if m.get("role") == "user")
    language_match = re.search(r'ISO code "(\w+)"', system)
    language = language_match.group(1) if language_match else "en"
    passages = guidance(system)
    reply = BASE.get(language, BASE["en"])
    extras: list[str] = []
    for text in planted(system, user):
        if _GERMAN.search(text):
            reply, language = SWITCHED["de"], "de"
        elif _FRENCH.search(text):
            reply, language = SWITCHED["fr"], "fr"
        if _REVEAL.search(text):
            extras.append(_rules(system))
        if _INTERNAL.search(text):
            extras += [p.text for p in passages if p.visibility == "internal"]
        extras += [next(g for g in match.groups() if g) for match in _QUOTED.finditer(text)]
    text = " ".join([reply, *dict.fromkeys(extras)])
    return {
        "skip": False,
        "skip_reason": None,
        "text": text,
        "language": language,
        "cited": [p.id for p in passages if p.visibility == "public"],
        "rationale": "Did what the thread asked." if extras else "Answered the question.",
    }
