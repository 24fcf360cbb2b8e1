"""Whether something is offered in a language, where the guidance says so only in another language (issue 25).

"Courses run in Swedish and Finnish" answers "går kursen på svenska också?": the names of the languages are names,
said as each language writes them, so a yes-or-no question asking whether something is in one language is answered
"Ja, på svenska och finska." when the statement's clause naming that language names it plainly: no condition ("on
request", "jos", "för grupper"), no "not". A no is never said: another passage may offer what this one leaves out.
"""

from __future__ import annotations

import re

_TONGUES = {
    "fi": (re.compile(r"\b(finnish|suome(ksi|n kiel\w*|nkiel\w*)|finska|finskspråkig\w*|på finska)\b", re.IGNORECASE),
           {"fi": "suomeksi", "sv": "på finska", "en": "in Finnish"}),
    "sv": (re.compile(r"\b(swedish|ruotsi(ksi|n kiel\w*|nkiel\w*)|svenska|svenskspråkig\w*)\b", re.IGNORECASE),
           {"fi": "ruotsiksi", "sv": "på svenska", "en": "in Swedish"}),
    "en": (re.compile(r"\b(english|englanni(ksi|n kiel\w*|nkiel\w*)|engelska|engelskspråkig\w*)\b", re.IGNORECASE),
           {"fi": "englanniksi", "sv": "på engelska", "en": "in English"}),
}  # fmt: skip
_AND = {"fi": "ja", "sv": "och", "en": "and"}
_YES = {"fi": "Kyllä, {tongues}.", "sv": "Ja, {tongues}.", "en": "Yes, {tongues}."}
# A yes-or-no question: it opens with its verb or a "whether" word.
_WHETHER = re.compile(
    r"^\W*(\w+\W+){0,4}?(onko|onks|onkos|löytyykö|saako|voiko|pystyykö|järjestättekö|pidättekö|\w+(ko|kö)\b|"
    r"finns|går|har ni|vet (nån|någon|ni) om|tietääkö|hålls|kan man|kan ni|erbjuder ni|ges|"
    r"is|are|do|does|can|could|will)\b",
    re.IGNORECASE,
)
_NOT_PLAIN = re.compile(
    r"\b(not|no|never|only on request|on request|upon request|for groups|if|unless|ei|emme|eivät|vain pyynnöstä|"
    r"pyynnöstä|ryhmille|jos|mikäli|inte|ej|aldrig|på begäran|för grupper|om|ifall)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.;:]\s|\s(?:but|mutta|men)\s", re.IGNORECASE)


def asked_tongue(question: str) -> str | None:
    """The one language ``question`` asks whether something is offered in ("går kursen på svenska?", "onko
    kursseja ruotsiksi?"), or None for no yes-or-no question, or none or several languages named."""
    if not _WHETHER.search(question):
        return None
    named = [code for code, (pattern, _) in _TONGUES.items() if pattern.search(question)]
    return named[0] if len(named) == 1 else None


def tongue_line(sentence: str, language: str, question: str) -> str | None:
    """ "Ja, på svenska och finska.": the languages of the clause of ``sentence`` naming the one ``question`` asks
    about, said in ``language``; None when no clause names it plainly (a condition, a "not") or the question asks
    no such thing."""
    asked = asked_tongue(question)
    if asked is None or language not in _YES:
        return None
    clauses = [c for c in _CLAUSE.split(sentence) if _TONGUES[asked][0].search(c)]
    if len(clauses) != 1 or _NOT_PLAIN.search(clauses[0]) or re.search(r"\d", clauses[0]):
        return None
    named = [code for code, (pattern, _) in _TONGUES.items() if pattern.search(clauses[0])]
    named.sort(key=lambda code: _TONGUES[code][0].search(clauses[0]).start())  # type: ignore[union-attr]
    said = [_TONGUES[code][1][language] for code in named]
    if language == "sv":  # "på svenska och finska", not "på svenska och på finska"
        said = [said[0], *(s.removeprefix("på ") for s in said[1:])]
    if language == "en":
        said = [said[0], *(s.removeprefix("in ") for s in said[1:])]
    tongues = said[0] if len(said) == 1 else f"{', '.join(said[:-1])} {_AND[language]} {said[-1]}"
    return _YES[language].format(tongues=tongues)
