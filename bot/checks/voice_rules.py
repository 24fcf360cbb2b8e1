"""The brand's stated voice rules (blocking): read from its voice and disclosure guidance, in fi, sv and en.

Brands write the mechanical part of their voice as rules a reviewer can verify at a glance. These are
read here, from any public ``voice`` or ``disclosure`` passage (a brand often writes its voice once, in
one language, for replies in every language):

* **no exclamation marks** ("no exclamation marks", "ei huutomerkkejä", "inga utropstecken"): a
  negation shortly before the word; "at most one exclamation mark" is no ban.
* **at most N sentences** ("at most three sentences", "Keep replies to 1–3 short sentences", "two or
  three sentences at most", "Korkeintaan kolme lausetta", "Hela meningar, högst fyra"): the largest
  number named. "Högst två meningar i svar på frågor" binds answers and corrections only.
  Counted: the reply's own sentences, without the disclosure line, the sign-off and Kuulo's fixed
  lines (the privacy notice), which the guidance itself asks for.
* **where the disclosure goes** ("say so in your first sentence", "heti vastauksen alussa", "i första
  meningen": *start*; "at the end of the reply, in brackets", "lopussa", "sist i kommentaren":
  *end*): the first position the disclosure passage names. A reply that says who writes only with its
  sign-off passes (a brand account's signature is enough); a disclosure sentence elsewhere fails.
* **whom the disclosure binds**: personal accounts only (:func:`personal_only`) or other people's threads only
  ("when replying outside our own channels", "i trådar som inte är våra egna", "muualla kuin omissa
  julkaisuissamme": :func:`elsewhere_only`); on the brand's own post neither is due (:func:`disclosure_due`), and
  the scope's own negation ("som inte är våra egna") is no negation of the place that follows it.
* **a fixed sign-off** ("Sign-off: '– Team Kraftverk'", "sign as Aino from the Korivo team",
  "allekirjoita 'Korivon tiimi'", "signera med '/Kundtjänst, Klarsyn'", "Close every reply with '– X crew'", "Vi
  avslutar varje svar med '– X'", "Päätämme vastaukset sanoihin '– X'"): a signature that names no answerer to fill
  in, used as written in every language. A sign-off with the answerer's own name is :mod:`bot.checks.signature`'s
  ("Use the person's first name" asks how to greet them, no signature: :func:`bot.checks.signing.asks_own_name`).
* **a sign-off per language, or none**: a closing greeting signs its own language's replies ("Terveisin telakalta");
  another language takes its usual greeting only before a name ("Kind regards, Grönvik", never "Kind regards, från
  varvet"), else none (:attr:`VoiceRules.foreign_signoffs` holds the other languages' closings, which no reply of
  this language ends with). A voice that forbids a signature ("Ei allekirjoitusta", "Vi signerar aldrig med namn",
  "Ingen personlig signatur") asks for none, save a closing it quotes all the same ("Vastauksia ei allekirjoiteta
  nimellä, loppuun 'Terveisin savustamolta'"); one it only allows ("you may sign with your first name") is not asked.

:func:`voice_rules` reads them (pure, no imports of the checks: :class:`~bot.checks.types.CheckContext`
carries them); :mod:`bot.checks.voice` checks a text against them; the offline drafter follows them
(:func:`calm`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.checks.signing import CLOSINGS, DEFAULT_CLOSING, SLOT, asks_own_name
from bot.domain import Passage
from bot.language import alternation, negation_words

_NUMBERS = {
    **{str(n): n for n in range(1, 10)},
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "yksi": 1, "yhden": 1, "yhtä": 1, "kaksi": 2, "kahden": 2, "kolme": 3, "kolmen": 3, "neljä": 4, "neljän": 4,
    "viisi": 5, "viiden": 5, "kuusi": 6,
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
}  # fmt: skip
_NUMBER = "(?:[1-9]|" + "|".join(sorted((w for w in _NUMBERS if not w.isdigit()), key=len, reverse=True)) + ")"
_AT_MOST = (
    r"(?:at\s+most|max(?:imum)?\.?|no\s+more\s+than|up\s+to|enintään|korkeintaan|maksimissaan|max(?:imissaan)?"
    r"|högst|maximalt|som\s+mest|inte\s+mer\s+än)"
)
_SENTENCE_WORD = r"(?:sentences?|lause\w*|virke\w*|mening\w*)"
_RANGE = rf"{_NUMBER}(?:\s*(?:[–—-]|or|to|tai|eller|till)\s*{_NUMBER})?"
_MAX_SENTENCES = (
    # "at most three sentences", "korkeintaan kolme lausetta", "högst två meningar"
    re.compile(rf"\b{_AT_MOST}\s+(?P<n>{_RANGE})\s+(?:\w+\s+)?{_SENTENCE_WORD}", re.IGNORECASE),
    # "1–3 short sentences", "two or three sentences at most", "keep replies to 2 sentences"
    re.compile(
        rf"\b(?:to|in|of|within|be|are|is|ovat|on|är|vara|i|pidä\s+\w+)\s+(?P<n>{_RANGE})\s+(?:\w+\s+)?{_SENTENCE_WORD}",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?P<n>{_RANGE})\s+(?:\w+\s+)?{_SENTENCE_WORD}\s+{_AT_MOST}", re.IGNORECASE),
    re.compile(rf"\b(?P<n>{_RANGE})\s+(?:\w+\s+)?{_SENTENCE_WORD}\s+(?:max|maximum|enintään|högst)\b", re.IGNORECASE),
    # "avslappnat, 1–2 meningar": a range alone says the most
    re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER}\s*[–—-]\s*{_NUMBER})\s+(?:\w+\s+)?{_SENTENCE_WORD}", re.IGNORECASE),
    # "Hela meningar, högst fyra", "sentences: at most three"; not "meningar, högst en emoji", which counts emoji
    re.compile(
        rf"{_SENTENCE_WORD}\s*[,:]\s*{_AT_MOST}\s+(?P<n>{_RANGE})\b(?!\s+(?!(?:per|in|i|each)\b|{_SENTENCE_WORD})[^\W\d_])",
        re.IGNORECASE,
    ),
)
# "... i svar på frågor", "... in answers to questions", "... kysymyksiin vastatessa": the limit binds answers only.
_ANSWERS_ONLY = re.compile(
    r"^[^.;]{0,12}\b(?:i\s+svar\s+på\s+frågor|(?:in\s+)?(?:answers|replies)\s+to\s+questions|for\s+answers"
    r"|kysymyksiin|kysymysten\s+vastauksissa|vastauksissa\s+kysymyksiin)",
    re.IGNORECASE,
)
_EXCLAMATION_WORD = r"(?:exclamation\w*|huutomerk\w*|utropstecken\w*|utropstecknen)"
_NEGATION = rf"(?:{alternation(negation_words(avoiding=True))})"  # any language: bot/language.py
_NO_EXCLAMATION = (
    re.compile(rf"\b{_NEGATION}\b[^.;:!?]{{0,25}}?\b{_EXCLAMATION_WORD}", re.IGNORECASE),
    re.compile(
        rf"\b{_EXCLAMATION_WORD}\s*(?:[:=]\s*)?(?:none|ei\b|pois|inga|aldrig|ei\s+koskaan|never)", re.IGNORECASE
    ),
)
_SOME_EXCLAMATION = re.compile(rf"\b(?:{_AT_MOST}|one|yksi|en|ett)\s+{_EXCLAMATION_WORD}", re.IGNORECASE)
# Where the disclosure goes: "at the (very) start", "first sentence", "heti alussa", "aluksi", "i början", "först".
_AT_START = re.compile(
    r"\b(?:first\s+(?:sentence|line|words)|start(?:s|ing)?\s+(?:the\s+reply\s+|your\s+reply\s+)?with"
    r"|begin(?:s|ning)?\s+(?:the\s+reply\s+)?with|(?:at|in)\s+the\s+(?:very\s+)?(?:start|beginning|top)"
    r"|open(?:s|ing)?\s+(?:the\s+reply\s+)?with|lead(?:s|ing)?\s+with"
    # "open the reply by saying who you are" (reply-plans-r, spent: both panellists, "must open the reply")
    r"|open(?:s|ing)?\s+(?:the|your|each|every)\s+(?:reply|answer|comment)\s+by"
    r"|comes?\s+first|put\s+it\s+first|before\s+(?:anything\s+else|any\s+other\s+(?:content|text)|giving\s+any))\b"
    r"|\b(?:ensimmäise(?:llä|ssä)\s+(?:rivillä|lauseessa|virkkeessä)|(?:vastauksen\s+)?alussa|alkuun|aluksi|aloit(?:a|etaan|amme|takaa)\b"
    r"|ensimmäisenä\b|ennen\s+muuta\s+sisältöä|alk(?:aa|avat|akoon)\b)"
    # "ska du först skriva att ...", "före allt annat innehåll"; not "först när ..." (a time, not a place)
    r"|\b(?:första\s+(?:raden|meningen)|i\s+början|först\s+i|först\b(?!\s+(?:när|om|efter|då))|före\s+allt\s+annat"
    r"|börja[rs]?\s+(?:(?:vi|du|ni|man)\s+)?(?:svaret\s+)?med|inled\w*)",  # "börjar vi svaret med"
    re.IGNORECASE,
)
# Where the disclosure goes, last: "at the end", "lopussa", "i slutet". Its own name: the closing line's place below is
# read more widely ("end with a question", "päätä"), and a disclosure rule read with that pattern took "at the very
# start ... never at the end" for the end.
_DISCLOSURE_AT_END = re.compile(
    r"\b(?:at\s+the\s+(?:very\s+)?end|end\s+(?:the|your|each|every)\s+(?:reply|answer|comment)\s+with"
    r"|last\s+(?:line|sentence)|as\s+the\s+last|(?:reply|answer|comment)\s+ends\s+with)\b"
    r"|\b(?:lopussa|loppuun|lopuksi|viimeisenä|viimeisellä\s+rivillä|(?:päätä|lopeta)\s+vastaus\w*|vastaus\s+päättyy)\b"
    r"|\b(?:i\s+slutet|sist\s+i|sist\b|allra\s+sist|avsluta\w*\s+(?:svaret|kommentaren|inlägget)\s+med"
    r"|(?:svaret|kommentaren)\s+(?:slutar|avslutas)\s+med|(?:slutar|avslutas)\s+(?:svaret|kommentaren)\s+med)",
    re.IGNORECASE,
)
# A sign-off quoted after a signing word: "Sign-off: '– Team Kraftverk'", "allekirjoitus 'Korivon tiimi'".
_SIGNOFF_QUOTED = re.compile(
    r"(?:sign-?off|signature|\bsign(?:\s+(?:every\s+reply|replies|off))?(?:\s+(?:with|as))?|end\s+(?:every\s+reply\s+|replies\s+)?with"
    r"|allekirjoit\w*|lopputervehdys|signatur\w*|signera\w*(?:\s+(?:med|som))?|underteckna\w*|avsluta\w*"
    r"|päätä\w*|päätämme|lopeta\w*|lopetamme|\b(?:end|close|finish)(?=\s+(?:every|each|all|our|replies)\b))"
    r"(?:\s+(?:always|alltid|aina|every\s+reply|each\s+reply|all\s+replies|our\s+replies|replies|svaret|svaren|varje\s+svar"
    r"|alla\s+svar|våra\s+svar|vastaus|vastauksesi|vastaukset|vastauksemme|kaikki\s+vastaukset|jokainen\s+vastaus"
    r"|with|med|sanoihin|allekirjoitukseen|rivillä))*"
    r"\s*:?\s*['\"“”„«»‘]\s*(?P<text>[^'\"“”«»„‘’\n]{2,50}?)\s*['\"”»“’]",
    re.IGNORECASE,
)
# A persona written out: "sign as Aino from the Korivo team", "allekirjoita nimellä Aino Korivolta", "signera som Aino".
_SIGN_AS = re.compile(
    r"\b(?:sign(?:ed)?(?:\s+every\s+reply|\s+replies|\s+off)?\s+as|allekirjoit\w*\s+nimellä|signera\w*\s+som|undertecknat?\s+som)"
    r"\s+(?P<text>[A-ZÅÄÖ][^.;:!?\n\"“”'()]{1,50})",
)
_MARK = re.compile(r"^[–—-]\s*")
# A fixed sign-off that opens with a closing greeting and names the brand or its team ("avsluta alltid med
# 'Hälsningar, Klarsyn' (på finska 'Terveisin, Klarsyn')", "End every reply with 'Best regards, the Kraftverk team'"):
# the greeting says its language, so a voice that shows one per language gives each reply its own.
_GREETINGS = "|".join(f"(?P<{code}>{words})" for code, words in CLOSINGS.items())
_GREETING_SIGNOFF = re.compile(rf"^(?:{_GREETINGS})\s*,?\s+(?P<tail>[^\W\d_][^\n]{{0,40}})$", re.IGNORECASE)
_ASKS_SIGNOFF = re.compile(
    r"sign|end|clos|finish|allekirj|päät|lopet|lopuksi|loppuun|avslut|slut|underteckn|tervehd|hälsning",
    re.IGNORECASE,
)
# The disclosure rule binds replies from a person's own account only ("Jos vastaat henkilökohtaiselta tililtä", "if you
# reply from a personal account", "svarar du från ditt privata konto", "Staff replying from personal accounts"): on the
# brand's own post, where the brand's account answers, its sign-off says who writes.
_PERSONAL_ACCOUNT = (
    r"(?:personal|private)\s+(?:\w+\s+)?(?:accounts?|profiles?)|henkilökohtai\w*\s+(?:\w+\s+)?tili\w*"
    r"|yksityi\w*\s+tili\w*|(?:privat\w*|personlig\w*|egna?)\s+(?:\w+\s+)?(?:konto\w*|profil\w*)"
)
_IF_REPLYING = (
    r"\b(?:if|when|whenever|jos|kun|om|när|ifall|svarar\s+du|replying|reply(?:ing)?\s+from|svarar\s+från|vastaat"
    r"|vastatessa)\b"
)
_PERSONAL = re.compile(_PERSONAL_ACCOUNT, re.IGNORECASE)
# The disclosure rule binds replies under other people's posts only: "when replying outside our own channels", "in
# threads that are not our own", "on other people's posts", "i trådar som inte är våra egna", "utanför våra egna
# kanaler", "i andras trådar", "kun vastaamme muualla kuin omissa julkaisuissamme", "omien kanaviemme ulkopuolella",
# "muiden julkaisuissa", "jonkun muun julkaisuun", "in threads we did not start", "i trådar som vi inte startat":
# on the brand's own post no disclosure is due.
_VENUE = (
    r"(?:channels?|posts?|threads?|pages?|accounts?|profiles?|feeds?|videos?|content|publications?|comment\s+sections?"
    r"|kanal\w*|trådar\w*|tråd\w*|inlägg\w*|sid\w*|kont\w*|flöde\w*|videor\w*|kanav\w*|julkaisu\w*|ketju\w*"
    r"|sivu\w*|tili\w*|päivity\w*|video\w*|postau\w*)"
)
_ELSEWHERE = re.compile(
    rf"\b(?:outside|beyond|other\s+than|apart\s+from)\s+(?:of\s+)?(?:our|the\s+brand's|\w+'s)\s+own\s+(?:\w+\s+)?{_VENUE}"
    rf"|\b(?:not|aren't|isn't)\s+(?:\w+\s+)?(?:our|the\s+brand's)\s+own\b"
    rf"|\b(?:other\s+people's|others'|someone\s+else's|somebody\s+else's|third[-\s]party)\s+(?:\w+\s+)?{_VENUE}"
    rf"|\butanför\s+(?:våra|\w+s)\s+egna\s+(?:\w+\s+)?{_VENUE}|\b(?:inte|ej)\s+är\s+(?:våra|\w+s)\s+egna\b"
    rf"|\bandras\s+(?:\w+\s+)?{_VENUE}|\bnågon\s+annans\s+(?:\w+\s+)?{_VENUE}"
    rf"|\bannanstans\s+än\s+(?:i|på)\s+(?:våra|\w+s)\s+egna"
    rf"|\bmuu(?:alla|lla|hun|ssa)\s+kuin\s+(?:\w+\s+){{0,2}}om(?:issa|alla|illa|assa|aan|iin|ille|ien|an)\w*"
    rf"|\bom(?:ien|an)\s+(?:\w+\s+)?{_VENUE}\s+ulkopuol\w*"
    rf"|\b(?:muiden|toisten|vieraiden|vieraissa|jonkun\s+muun|jonkin\s+muun)\s+(?:\w+\s+)?{_VENUE}"
    # ... or says whose they are by who did not start or does not own them: "in threads Kronohopp did not start",
    # "posts not started by us", "in threads we do not own" (reply-plans-y, spent: "Jag jobbar på Vihtamo." on the
    # brand's own posts), "i trådar som vi inte själva startat", "ketjuissa, joita emme ole itse aloittaneet".
    rf"|\b{_VENUE}\s+(?:that\s+|which\s+)?(?:we|\w+)\s+(?:did\s+not|didn't|do\s+not|don't|have\s+not|haven't)"
    rf"\s+(?:\w+\s+)?(?:start|open|post|creat|writ|wrote|publish|run|own)\w*"
    rf"|\b{_VENUE}\s+not\s+(?:started|opened|posted|created|written|published|run|owned)\s+by\b"
    rf"|\b{_VENUE}\s+som\s+(?:\w+\s+)?(?:inte|ej)\s+(?:själva\s+|själv\s+)?(?:har\s+)?"
    rf"(?:startat|startade|skapat|skapade|skrivit|skrev|publicerat|publicerade|öppnat|öppnade|äger|driver)\b"
    rf"|\b{_VENUE},?\s+(?:joita|jota|joissa|jotka)\s+(?:\w+\s+)?(?:emme|ei|eivät)\s+(?:ole\s+)?(?:itse\s+)?"
    rf"(?:aloitt|julkais|kirjoitt|avann|luon|tehn|perust|omist)\w*",
    re.IGNORECASE,
)
# ... unless the same passage says the brand's own posts too: "also on our own posts", "även i våra egna kanaler",
# "myös omissa julkaisuissamme", "everywhere", "kaikkialla", "överallt".
_OWN_TOO = re.compile(
    r"\b(?:also|too|both|as\s+well)\b[^.;]{0,30}\bown\b|\bown\b[^.;]{0,30}\b(?:too|as\s+well)\b"
    r"|\b(?:även|också|både)\b[^.;]{0,30}\begna\b|\b(?:myös|sekä)\s+(?:\w+\s+)?om(?:issa|illa|alla|ien|an)\w*"
    r"|\b(?:everywhere|kaikkialla|överallt)\b",
    re.IGNORECASE,
)


def elsewhere_only(text: str) -> bool:
    """Whether a disclosure text binds replies under other people's posts only ("When replying outside our own
    channels, ...", "i trådar som inte är våra egna inleds svaret med ...", "Kun vastaamme muualla kuin omissa
    julkaisuissamme, ..."), and says nothing of the brand's own posts too ("also on our own posts", "myös omissa").
    A passage that gives one opener for every reply and another for other people's posts ("Kerro heti vastauksen
    alussa, että olet X:ltä: 'Moi, Aino täällä X:ltä'. Muiden julkaisuissa aloita aina: 'Hei, olen X:n
    asiakaspalvelusta.'") binds the brand's own posts with the first (:func:`example_scopes`)."""
    if _ELSEWHERE.search(text) is None or _OWN_TOO.search(text) is not None:
        return False
    return "every" not in example_scopes(text, [m.span() for m in quoted_examples(text)])


# The brand's own account, as a reply goes out from it: "from the brand account", "brand's own account", "yrityksen
# tililtä", "brändin omalta tililtä", "från varumärkets konto", "från företagets konto".
_FROM_BRAND_ACCOUNT = re.compile(
    r"\b(?:from|via|through)\s+(?:the\s+|our\s+)?(?:brand|company|business|official)(?:'s)?\s+(?:own\s+)?accounts?\b"
    r"|\b(?:yrityksen|brändin|firman|virallise\w*)\s+(?:omalta\s+|omasta\s+)?(?:tililtä|tilistä|profiililta)"
    r"|\bfrån\s+(?:varumärkets|företagets|den\s+officiella|vårt\s+officiella)\s+(?:egna\s+)?(?:konto|profil)\w*",
    re.IGNORECASE,
)
_ALWAYS_OR_ONLY = re.compile(r"\b(?:always|only|aina|vain|ainoastaan|alltid|bara|endast)\b", re.IGNORECASE)


def brand_account_elsewhere(text: str) -> bool:
    """Whether a disclosure text says replies in other people's threads always go out from the brand's own account
    ("In other people's threads always reply from the brand account, never from a personal one"): a sentence with
    that scope, the brand's account and "always" or "only" in it. Such a reply is signed by the account; a personal
    "(I work at X.)" line beside it was the panel's "the personal line must go" (reply-plans-z, spent)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _ELSEWHERE.search(sentence) and _FROM_BRAND_ACCOUNT.search(sentence) and _ALWAYS_OR_ONLY.search(sentence):
            return True
    return False


# A line the guidance quotes, in double or single quotes: 'Moi, Aino täällä!' but not the apostrophes of "Klarsyn's"
# or "writer's".
_DOUBLE_QUOTED = re.compile(r"(?<!\w)[\"“”„«»]([^\"“”«»„\n]{3,120})[\"”»“]")
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘]((?:[^'‘’\n]|['’](?=\w)){3,120})['’](?!\w)")


def quoted_examples(text: str) -> list[re.Match[str]]:
    """The quoted lines of ``text``, in text order, in double or single quotes."""
    return sorted([*_DOUBLE_QUOTED.finditer(text), *_SINGLE_QUOTED.finditer(text)], key=lambda m: m.start())


_SENTENCE_BREAK = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\besim)(?<!\bt\.ex)[.!?](?=\s|$)", re.IGNORECASE)


def example_scopes(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """For each quoted example at ``spans`` of a disclosure ``text``, whom its sentence gives it for: "elsewhere"
    (other people's posts: "Muiden julkaisuissa aloita aina: '...'", "I andras trådar: '...'"), "personal" (a
    person's own account: "Never reply from a personal account without adding '(I work at X)'") or "every" (no
    condition: "Skriv alltid i början av svaret att du jobbar på X: 'Hej! Elin här från X.'"). The examples are
    masked first, so a full stop inside one ends its sentence only where the example itself ends one and the text
    after it does not go on ("esim. 'Hei, Aino X:ltä tässä!' tai 'Hej, Aino från X här!'": one sentence, one scope).
    A sentence that only names the language of its example ("På finska: 'Moi, oon X:llä töissä'", "In English:
    '...'") gives the previous example's line in another language, for the same replies: it keeps that scope. Read as
    "every", both put a disclosure on the brand's own posts that the guidance asks for only in others' threads
    (reply-plans-aa, spent: "Moi, oon Hehkulla töissä." under Hehku's own posts)."""
    masked = list(text)
    for start, end in spans:
        inner = text[start + 1 : end - 1].rstrip()
        stop = (inner[-1:] in (".", "!", "?") or inner.endswith(("…", "..."))) and not _GOES_ON.match(text[end:])
        masked[start:end] = ["x"] * (end - start - 1) + ["." if stop else "x"]
    flat = "".join(masked)
    bounds = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(flat)), len(flat)]
    scopes: list[str] = []
    for start, end in spans:
        left = max(b for b in bounds if b <= start)
        right = min(b for b in bounds if b > start)
        sentence = flat[left:right]
        if scopes and _LANGUAGE_ONLY.fullmatch(text[left:start] + " " + text[end:right]):
            scopes.append(scopes[-1])
            continue
        scopes.append(
            "personal" if _PERSONAL.search(sentence) else "elsewhere" if _ELSEWHERE.search(sentence) else "every"
        )
    return scopes


# What follows an example that ends with its own mark and still belongs to the sentence: a comma or another
# example's "or" ("'Hei, X:ltä tässä!' tai 'Hej, ...'", "'...!' or '...'", "'...!' eller '...'"), a bracket's close.
_GOES_ON = re.compile(r"\s*(?:[,;)]|(?:tai|or|eller|och|ja|and|resp\.?)\s)", re.IGNORECASE)
# A sentence that is only a language's name around its example: "På finska: '…'.", "In English: '…'", "Suomeksi
# '…'.", "Ruotsiksi esim. '…'", "(sv) '…'".
_LANGUAGE_ONLY = re.compile(
    r"[\s(]*(?:på\s+|in\s+)?(?:finska|svenska|engelska|finnish|swedish|english|suomeksi|ruotsiksi|englanniksi|fi|sv|en)"
    r"\)?\s*(?:e\.g\.|esim\.|t\.ex\.|for\s+example|till\s+exempel|esimerkiksi)?\s*[:,]?\s*[.!?]?\s*",
    re.IGNORECASE,
)


_FROM_CASE = re.compile(r"\w+(?:lta|ltä)\b", re.IGNORECASE)
_IF_OR_FROM = re.compile(rf"{_IF_REPLYING}|\b(?:from|från|on|på)\b|\w+(?:lta|ltä)\b", re.IGNORECASE)


def personal_only(text: str) -> bool:
    """Whether a disclosure text binds replies from a person's own account only: a sentence that names such an
    account after "if / when / from" ("Jos vastaat henkilökohtaiselta tililtä", "if you reply from a personal
    account", "svarar du från ditt privata konto") or in a lead ending in a colon ("I forum och från personliga
    konton: ..."), with no negation before it ("Använd aldrig en privat profil" binds every reply)."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for found in _PERSONAL.finditer(sentence):
            before = sentence[: found.start()]
            if re.search(rf"\b(?:{_NEGATION})\b", before, re.IGNORECASE):
                continue
            # "Henkilökohtaiselta tililtä vastatessa ...": the account named in the "from" case frames it itself.
            framed = _IF_OR_FROM.search(before[-60:]) is not None or _FROM_CASE.search(found.group(0)) is not None
            if framed or ":" in sentence[found.end() : found.end() + 30]:
                return True
    return False


# "we do not sign with a name", "emmekä allekirjoita nimellä", "Vastauksia ei allekirjoiteta", "signera inte", "Vi
# signerar aldrig med namn", "Ingen personlig signatur": no signature with a name. A closing the same voice quotes
# after an end word ("..., loppuun 'Terveisin savustamolta'") is its sign-off all the same (:func:`_unnamed_closing`).
_UNSIGNED = re.compile(
    r"(?:do\s+not|don't|never|no)\s+(?:\w+\s+)?(?:sign|signature)|\b(?:emme|emmekä|älä|ei)\s+(?:\w+\s+)?allekirjoit"
    r"|\bilman\s+(?:\w+\s+)?allekirjoitu\w*"
    r"|signera\w*\s+(?:(?:vi|ni|du)\s+)?(?:inte|aldrig)|\b(?:inte|aldrig)\s+signera"
    r"|\b(?:ingen|inga|utan)\s+(?:\w+\s+)?signatur\w*",
    re.IGNORECASE,
)
# A closing quoted after an end word, which a voice that signs with no name still asks for: "loppuun 'Terveisin
# savustamolta'", "lopuksi 'X'", "End with 'X'", "Avsluta med 'X'", "sist 'X'".
_END_QUOTED = re.compile(
    r"\b(?:loppuun|lopuksi|lopussa|päät\w*|lopet\w*|end(?:s)?|close|finish|avslut\w*|sist|i\s+slutet)"
    r"(?:\s+(?:every|each|all|our|the|reply|replies|answers?|vastaus|vastaukset|svaret|svaren|varje|svar|aina|alltid"
    r"|always|with|med|sanoihin|rivillä|on))*"
    r"\s*:?\s*['\"“”„«»‘]\s*(?P<text>[^'\"“”«»„‘’\n?!]{2,50}?)\s*['\"”»“’]",
    re.IGNORECASE,
)
# The sign-off a voice shows by example after saying what a reply ends with ("Vastaus päättyy kirjoittajan
# nimikirjaimiin, esim. '/MK'.", "Vi avslutar med verkstadens namn och hantverkarens initialer, t.ex. \"/Kaari, MR\"",
# "End with the team's name, e.g. '– Team Kraftverk'"): an example opening with a slash or a dash, in the same sentence
# as the end word, as the offline drafter signs with it (bot.drafting.voice.sign_off); reply-plans-o and -p (spent):
# the checks read none, so "/MK" was one sentence over the limit and "/Kaari, MR" a claim no guidance supports.
_END_EXAMPLE = re.compile(
    r"\b(?:loppuun|lopuksi|lopussa|päät\w*|lopet\w*|ends?|close[sd]?|finish\w*|avslut\w*|sist|i\s+slutet)\b"
    r"(?:[^.!?\n\"“”„«»'‘]|(?<=\w)'(?=\w)){0,80}?[,:;(]?\s*"
    r"(?:esim\.?|esimerkiksi|e\.\s?g\.?|for\s+example|for\s+instance|such\s+as|like|t\.\s?ex\.?|till\s+exempel|som"
    r"|muodossa|i\s+formen|in\s+the\s+form)\s*:?\s*"
    r"['\"“”„«»‘]\s*(?P<text>[–—/-]\s*[^\W\d_][^'\"“”«»„‘’\n?!]{0,50}?)\s*['\"”»“’]",
    re.IGNORECASE,
)
# A signature the voice allows rather than asks for: "you may sign with your first name", "voit allekirjoittaa",
# "saa allekirjoittaa", "får signera", "a signature is optional", "allekirjoitus on vapaaehtoinen".
_OPTIONAL_SIGNATURE = re.compile(
    r"\b(?:may|can|could|optionally|voi|voit|saa|saat|voidaan|får|kan)\s+(?:\w+\s+)?"
    r"(?:sign\w*|allekirjoit\w*|signera\w*|underteckna\w*)"
    r"|\b(?:signature|sign-?off|allekirjoitus|signatur\w*)\s+(?:\w+\s+){0,2}(?:optional|vapaaehtoi\w*|valfri\w*)",
    re.IGNORECASE,
)
# The closing line a voice asks for is read per clause as three things in its words: a place at the end of the reply
# ("end with", "wrap up", "last line", "at the end", "lopuksi", "päättyvät", "sista meningen", "på slutet"), an
# act (a question: "ask", "kysy", "motfråga"; an invitation: "invite", "kutsu", "bjud in") and no negation or
# permission before the act ("Don't end with a question", "inte med en fråga", "may end with", "saa päättyä", "får
# sluta med" ask for none). The fixed phrasing it replaced ("End with a question", "Päätä vastaus kysymykseen",
# "Avsluta med en fråga") read 7 of 26 paraphrases written for tests/drafting/test_voice_wording.py and took two
# negations for a request.
_AT_END = re.compile(
    r"\b(?:end(?:s|ing)?|close[sd]?|closing|finish(?:es|ing)?|wrap(?:s|ping)?\s+up|round(?:s|ing)?\s+off"
    r"|sign(?:s|ing)?\s+off|last\s+(?:line|sentence|words?)|(?:at|in)\s+the\s+end"
    r"|päätä\w*|päätt\w*|lopeta\w*|lopett\w*|lopuksi|loppuun|lopussa|viimei\w*"
    r"|avslut\w*|slut(?:a|ar|et)\b|avrunda\w*|runda(?:r)?\s+av|sist\b|sista|till\s+sist)",
    re.IGNORECASE,
)
# Each word whole: "ask" is no act inside "askeleeseen" ("Lopeta vastaus ... seuraavaan askeleeseen", a next step).
_QUESTION_ACT = re.compile(
    r"\b(?:questions?\b|ask(?:ing|s)?\b|kysymy\w*|vastakysymy\w*|kysy(?:ä|mällä|en|kää|tään)?\b"
    r"|fråga\b|frågor\b|motfråg\w*|fråga\s+något)",
    re.IGNORECASE,
)
_INVITATION_ACT = re.compile(r"\b(?:invit\w*|kutsu\w*|inbjud\w*|bjud(?:a)?\s+in)", re.IGNORECASE)
# Answering the question is no question asked back: "end by answering their question", "svara på frågan".
_ANSWERS_IT = re.compile(
    r"\b(?:answer\w*|reply\w*\s+to|vastaa\w*|svara\w*\s+på|besvara\w*)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)
# A negation (bot/language.py) or a permission ("may", "saa", "får") before the act.
_NOT_OR_MAY = re.compile(
    rf"\b(?:{alternation(negation_words(avoiding=True))}|may|can|could|optional\w*|saa|voi|voit|voidaan|får|kan)\b",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"[.;:!?]+\s+|[.;!?]+$|,\s+|\s+(?:but|mutta|men)\s+", re.IGNORECASE)
# A closing allowed only on a condition ("End with a question only when we need information from the person", "vain
# jos tarvitsemme tietoa", "bara när vi behöver"): a limit on when, not a request for every reply.
_ONLY_ON_CONDITION = re.compile(
    r"\b(?:only|vain|ainoastaan|bara|endast|enbart)\s+(?:when|if|where|kun|jos|silloin|när|om|ifall|då)\b",
    re.IGNORECASE,
)
# The invitation is to come over: "to drop by", "käymään", "poikkeamaan", "förbi", "på besök".
_TO_VISIT = re.compile(
    r"drop\s+by|come\s+by|stop\s+by|pop\s+in|come\s+(?:over|round|and\s+see)|visit|käymään|poikkea\w*|vierailu\w*"
    r"|förbi|besök\w*|titta\s+in",
    re.IGNORECASE,
)
_ANY_QUOTED = re.compile(r"(?<!\w)[\"“”„«»'‘]([^\"“”«»„'‘’\n]{2,50})[\"”»“'’](?!\w)")
_NAMED_EXAMPLE = re.compile(r"^(?P<head>[–—/-]\s*)[A-ZÅÄÖ][^\W\d_]{1,20}(?P<tail>(?:\s*[,/|]\s*[^\W\d_][^\n]{0,40})?)$")
# The same example written without quotes, after a word that shows it ("Vastaus päättyy etunimeen muodossa
# –Aino/Kaarna.", "End with your first name, e.g. – Aino / Kaarna", "i formen /Linnea, Kimppa"): only a name with
# a mark before it and the brand or role after a separator, at the end of its sentence.
_UNQUOTED_EXAMPLE = re.compile(
    r"(?:muodossa|esim\.?|esimerkiksi|e\.\s?g\.?|for\s+example|in\s+the\s+form|like\s+this|t\.\s?ex\.?"
    r"|till\s+exempel|i\s+formen|så\s+här|:)\s*"
    r"(?P<example>[–—/-]\s*[A-ZÅÄÖ][^\W\d_]{1,20}\s*[,/|]\s*[^\W\d_][^\s.!?,;]{0,30}(?:\s+[^\W\d_][^\s.!?,;]{0,20}){0,3})"
    r"\s*(?=[.!?](?:\s|$)|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class VoiceRules:
    """The voice rules a brand's guidance states (see the module docstring); the defaults state none."""

    no_exclamation: bool = False
    max_sentences: int | None = None
    max_sentences_answers_only: bool = False  # the limit binds answers and corrections only
    disclosure_at: str | None = None  # "start" or "end"
    # The sign-off: fixed ("– Team Kraftverk") or with SLOT where any name may stand ("– {name} / Fixari").
    signoff: str | None = None
    # The closing line the voice asks for: "invitation" (to drop by, to come and see), "question", or None.
    closing: str | None = None
    # The voice says replies are not signed ("Ei allekirjoitusta", "emmekä allekirjoita nimellä", "never sign").
    unsigned: bool = False
    # The disclosure guidance binds replies from a person's own account only: none on the brand's own post.
    disclosure_personal_only: bool = False
    # The disclosure guidance binds replies under other people's posts only ("when replying outside our own
    # channels", "i trådar som inte är våra egna"): none on the brand's own post.
    disclosure_elsewhere_only: bool = False
    # The disclosure guidance says replies in other people's threads go out from the brand's own account ("In other
    # people's threads always reply from the brand account, never from a personal one"): with the brand's own posts,
    # every reply does, and no personal line ("(I work at X.)") is due on any (:func:`brand_account_elsewhere`).
    brand_account_elsewhere: bool = False
    # The disclosure guidance puts its line at the end of every reply but asks for an opener in the first sentence in
    # other people's threads ("i signaturen i slutet: 'Greta, X'. I andras trådar redan i första meningen: '...'"):
    # a disclosure that opens the reply keeps it too (:func:`opens_elsewhere`).
    opener_elsewhere: bool = False
    # The closing greeting the voice asks for before its sign-off ("Avsluta med en hälsning och signaturen
    # '/Ängsö'"), in the reply's language (:func:`closing_greeting`); None where it asks for none.
    greeting: str | None = None
    # The closings the voice gives in other languages' words only ("Terveisin savustamolta" beside a Swedish reply):
    # none of them ends this reply (:func:`signoff_languages`).
    foreign_signoffs: tuple[str, ...] = ()
    # The voice asks every reply to end with a wish ("avsluta med en önskan som 'Ha en fin dag!'"), and the wishes it
    # quotes: that closing line is not one of the sentences its limit counts (:func:`is_wish`).
    wish: bool = False
    wishes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        # A passage that only asks for a closing line or says replies go unsigned states a rule too: the drafting
        # pipeline keeps such a passage with every reply (a misread exclamation ban once kept it there by chance).
        return bool(
            self.no_exclamation
            or self.max_sentences
            or self.disclosure_at
            or self.signoff
            or self.closing
            or self.unsigned
            or self.greeting
        )

    @property
    def disclosure_off_own_post(self) -> bool:
        """The disclosure guidance asks for no disclosure on the brand's own post: it binds personal accounts or
        other people's threads only."""
        return self.disclosure_personal_only or self.disclosure_elsewhere_only

    def limit_for(self, plan: str | None) -> int | None:
        """The sentence limit for a reply of ``plan`` (None: no limit)."""
        if self.max_sentences_answers_only and plan not in (None, "answer", "correct"):
            return None
        return self.max_sentences

    def describe(self, plan: str | None = None, *, opener_counts: bool = False) -> list[str]:
        """The rules as instructions for a writer (the model's prompt, a review card); ``opener_counts``: the
        drafter's reading, where an opening disclosure sentence is one of the sentences a reader counts."""
        said = []
        if self.no_exclamation:
            said.append("no exclamation marks")
        limit = self.limit_for(plan)
        if limit and opener_counts and self.disclosure_at == "start":
            said.append(
                f"at most {limit} sentence{'s' if limit > 1 else ''}, an opening disclosure sentence included"
                ' (not a label in brackets such as "(X staff)")'
            )
        elif limit:
            said.append(f"at most {limit} sentence{'s' if limit > 1 else ''} besides the disclosure and sign-off")
        if self.disclosure_at == "start":
            said.append("the disclosure (who writes) in the first sentence")
        elif self.disclosure_at == "end":
            said.append("the disclosure (who writes) at the end, just before any sign-off")
        if self.wish:
            said.append("end with a short wish, which the sentence limit does not count")
        if self.greeting and self.signoff:
            said.append(f"end with a closing greeting such as {self.greeting!r} before the sign-off")
        if self.signoff:
            said.append(f"end with the sign-off {self.signoff!r}" + (", no person's name" if self.unsigned else ""))
        elif self.unsigned:
            said.append("no signature with a person's name")
        if self.foreign_signoffs and not self.signoff:
            shown = " or ".join(repr(s) for s in self.foreign_signoffs)
            said.append(f"no sign-off in another language's words (the voice's {shown} is for that language)")
        return said


def _number(text: str) -> int | None:
    values = [_NUMBERS[w.lower()] for w in re.findall(r"[^\W_]+", text) if w.lower() in _NUMBERS]
    return max(values) if values else None


def _max_sentences(text: str) -> tuple[int, bool] | None:
    for pattern in _MAX_SENTENCES:
        for found in pattern.finditer(text):
            number = _number(found.group("n"))
            if number is not None:
                return number, bool(_ANSWERS_ONLY.search(text[found.end() :]))
    return None


# A ban on several in a row is no ban on one: "Ei useita huutomerkkejä peräkkäin", "no double exclamation marks",
# "inga upprepade utropstecken".
_MANY = re.compile(
    r"\b(?:several|multiple|many|consecutive|repeated|double|in\s+a\s+row|useit\w*|monta|peräkkäi\w*|tupla\w*"
    r"|flera|många|upprepade|dubbla|i\s+rad|efter\s+varandra"
    # a chain of them: "Ei huutomerkkiketjuja", "inga utropsteckenkedjor", "no chains of exclamation marks"
    r"|\w*ketju\w*|\w*kedj\w*|chains?|strings?)\b",
    re.IGNORECASE,
)


def _unnegated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first place ``pattern`` names in ``text`` with no negation before it in its clause."""
    for found in pattern.finditer(text):
        lead = re.split(r"[.;:!?,]\s+|\s(?:but|vaan|mutta|men)\s", text[max(0, found.start() - 60) : found.start()])[-1]
        lead = _ELSEWHERE.sub(" ", lead)  # "i trådar som inte är våra egna inleds ...": the scope's "inte"
        if not re.search(rf"\b(?:{_NEGATION}|hide|piilota|göm)\w*\b", lead, re.IGNORECASE):
            return found
    return None


def _no_exclamation(text: str) -> bool:
    if _SOME_EXCLAMATION.search(text):
        return False
    for pattern in _NO_EXCLAMATION:
        for found in pattern.finditer(text):
            clause = re.split(r"[.;:!?]", text[found.start() :], maxsplit=1)[0]
            if not _MANY.search(clause):
                return True
    return False


def opens_elsewhere(text: str) -> bool:
    """Whether a disclosure ``text`` gives an example for other people's threads (:func:`example_scopes`) in a sentence
    that puts it first ("I andras trådar redan i första meningen: 'Jag jobbar på X, så jag är jävig, men ...'", "In
    other people's threads always open with '...'")."""
    quotes = quoted_examples(text)
    scopes = example_scopes(text, [q.span() for q in quotes])
    for quoted, scope in zip(quotes, scopes, strict=True):
        if scope != "elsewhere":
            continue
        left = max([0, *(m.end() for m in _SENTENCE_BREAK.finditer(text[: quoted.start()]))])
        if _unnegated(_AT_START, text[left : quoted.start()]) is not None:
            return True
    return False


def _position(text: str) -> str | None:
    """Where a disclosure text puts the disclosure: the first place it names, not one it forbids ("at the very start
    in brackets ... Never hide it at the end", "älä laita sitä loppuun")."""
    start = _unnegated(_AT_START, text)
    end = _unnegated(_DISCLOSURE_AT_END, text)
    if start and end:
        return "start" if start.start() < end.start() else "end"
    return "start" if start else "end" if end else None


def greeting_signoff(text: str, language: str | None) -> str | None:
    """The fixed sign-off a voice text shows as a closing greeting and the brand ("avsluta alltid med 'Hälsningar,
    Klarsyn' (på finska 'Terveisin, Klarsyn', på engelska 'Best regards, Klarsyn')"), for a reply in ``language``:
    the example whose greeting is of that language, else the first example with that language's usual greeting
    ("Kind regards, Klarsyn") where what follows the greeting is a name; words of the example's own language after
    it ("Terveisin savustamolta", "Hälsningar från varvet") sign its language only: None for another. None when the
    text shows none, or only one it forbids ("never with 'Best regards'")."""
    shown = _greeting_lines(text)
    if not shown:
        return None
    labelled = _labelled_example(text, language)
    if labelled is not None:
        return labelled  # "(på engelska 'Greetings from the yard')": the voice's own line for this language
    own = next((line for code, line in shown if code == language), None)
    if own is not None or language not in DEFAULT_CLOSING:
        return own or shown[0][1]
    first = _GREETING_SIGNOFF.match(shown[0][1])
    if first is None or not _names_only(first.group("tail")):
        return None
    return f"{DEFAULT_CLOSING[language]}, {first.group('tail')}"


_UNSIGNED_GREETING = re.compile(r"\{name\}")  # a slotted line is the signature check's, never foreign


def _names_only(tail: str) -> bool:
    """Whether the words after a closing greeting are a name ("Grönvik", "NordLås", "the Saunaseppä team" has words of
    English): each word capitalised."""
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", tail)
    return bool(words) and all(w[:1].isupper() for w in words)


def _unnamed_closing(text: str, language: str | None) -> str | None:
    """The closing a voice that signs with no name quotes after an end word ("Vastauksia ei allekirjoiteta nimellä,
    loppuun 'Terveisin savustamolta'"), for a reply in ``language``: a closing greeting for its own language only
    (:func:`greeting_signoff`); None where the voice quotes none ("Ei allekirjoitusta.")."""
    found = _END_QUOTED.search(text)
    if found is None:
        return None
    line = " ".join(found.group("text").split()).rstrip(".")
    if _GREETING_SIGNOFF.match(line) is not None:
        return greeting_signoff(text, language)
    return line


def signoff_languages(text: str) -> dict[str, str]:
    """The closing greetings a voice text gives as sign-offs, by the language of their words ({"fi": "Terveisin
    savustamolta"}); the voice check and the voice report hold a reply in one language to no other's."""
    found: dict[str, str] = {}
    for code, line in _greeting_lines(text):
        found.setdefault(code, line)
    for code in CLOSINGS:
        labelled = _labelled_example(text, code)
        if labelled is not None and _GREETING_SIGNOFF.match(labelled) is not None:
            found[code] = labelled
    return found


def _greeting_lines(text: str) -> list[tuple[str, str]]:
    """The quoted sign-offs a voice text shows opening with a closing greeting, each with its greeting's language."""
    if not _ASKS_SIGNOFF.search(text):
        return []
    shown: list[tuple[str, str]] = []  # (the greeting's language, the sign-off)
    for quoted in _ANY_QUOTED.finditer(text):
        line = " ".join(quoted.group(1).split()).rstrip(".")
        found = _GREETING_SIGNOFF.match(line)
        if found is None or _GREETING_SIGNOFF.match(found.group("tail") + " x") or "?" in line or "!" in line:
            continue
        lead = re.split(r"[.;:]\s+|,\s+(?=\w)", text[max(0, quoted.start() - 60) : quoted.start()])[-1]
        if re.search(rf"\b(?:{_NEGATION})\b", lead, re.IGNORECASE):
            continue
        code = next(c for c in CLOSINGS if found.group(c))
        shown.append((code, line))
    return shown


# The language a quoted example is given for, just before it: "på engelska 'Greetings from the yard'", "in Finnish:
# '...'", "englanniksi '...'", "sv: '...'".
# A bare code needs its colon: Swedish "en" is an article ("avsluta med en '...'").
_LANGUAGE_LABELS = {
    "fi": r"(?:finnish|suomeksi|finska)\s*[:,]?|fi\s*:",
    "sv": r"(?:swedish|ruotsiksi|svenska)\s*[:,]?|sv\s*:",
    "en": r"(?:english|englanniksi|engelska)\s*[:,]?|en\s*:",
}


def _labelled_example(text: str, language: str | None) -> str | None:
    """The quoted line ``text`` gives for ``language`` by name just before it ("på engelska 'Greetings from the
    yard'"), or None."""
    label = _LANGUAGE_LABELS.get(language or "")
    if label is None:
        return None
    for quoted in _ANY_QUOTED.finditer(text):
        lead = text[max(0, quoted.start() - 30) : quoted.start()]
        if re.search(rf"\b(?:{label})\s*$", lead, re.IGNORECASE):
            line = " ".join(quoted.group(1).split()).rstrip(".")
            if line and "?" not in line:
                return line
    return None


def unquoted_examples(text: str) -> list[str]:
    """The sign-offs a voice text that asks for the writer's name shows by example without quotes, as written
    ("Vastaus päättyy etunimeen muodossa –Aino/Kaarna." -> ["–Aino/Kaarna"]); none where it does not ask."""
    if not asks_own_name(text) or _UNSIGNED.search(text):
        return []
    return [" ".join(m.group("example").split()) for m in _UNQUOTED_EXAMPLE.finditer(text)]


def fixed_signoff(text: str, language: str | None = None) -> str | None:
    """The sign-off a voice text asks for, or None. A fixed one is returned as it is ("– Team Kraftverk"; one that
    opens with a closing greeting in ``language``'s words, :func:`greeting_signoff`); one shown with an example of the
    answerer's own name ("Lopuksi etunimi ja Fixari, esim. '– Jani / Fixari'") with that name as :data:`SLOT`
    ("– {name} / Fixari"): any name signs it. None where the voice forbids a signature, except for a closing it quotes
    all the same ("Vastauksia ei allekirjoiteta nimellä, loppuun 'Terveisin savustamolta'": :func:`_unnamed_closing`),
    and where it only allows one ("you may sign with your first name"). A closing greeting in words of one language
    ("Terveisin savustamolta", "Hälsningar från varvet") signs replies in that language only, unless the voice gives
    one for ``language`` too: a reply in another language gets none rather than a mixed one ("Kind regards, från
    varvet", the panels' "mixes languages")."""
    if _UNSIGNED.search(text):
        return _unnamed_closing(text, language)
    if _OPTIONAL_SIGNATURE.search(text):
        return None
    if asks_own_name(text):
        for quoted in _ANY_QUOTED.finditer(text):
            found = _NAMED_EXAMPLE.match(" ".join(quoted.group(1).split()))
            if found is not None:
                return found.group("head") + SLOT + found.group("tail")
        for shown in unquoted_examples(text):
            found = _NAMED_EXAMPLE.match(shown)
            if found is not None:
                return found.group("head") + SLOT + found.group("tail")
        # "First names" beside a signature the voice requires as written ("Replies ... end with the signature '/Sanna @
        # Ristiin'"): no example of a slot but the signature itself, which signs every reply in every language. Read
        # as none, it left the Finnish replies of that brand unsigned (reply-plans-af, spent: both panellists).
        required = next((m for m in _SIGNOFF_QUOTED.finditer(text) if not _denied(text, m)), None)
        said = " ".join(required.group("text").split()) if required is not None else ""
        return said if _MARK.match(said) or said[:1] == "/" else None
    greeted = greeting_signoff(text, language)
    if greeted is not None:
        return greeted
    if _greeting_lines(text):
        return None  # a closing in another language's words only: none for this reply's language
    found = next((m for m in _SIGNOFF_QUOTED.finditer(text) if not _denied(text, m)), None)
    if found is not None:
        signoff = " ".join(found.group("text").split())
        return signoff if _MARK.match(signoff) or signoff[:1] == "/" else f"– {signoff}"
    persona = _SIGN_AS.search(text)
    if persona is not None:
        return "– " + " ".join(persona.group("text").split()).rstrip(" ,")
    return _end_quoted(text) or _end_example(text)


def _end_example(text: str) -> str | None:
    """The sign-off a voice shows by example after saying what a reply ends with (:data:`_END_EXAMPLE`), as written:
    "/MK" of "Vastaus päättyy kirjoittajan nimikirjaimiin, esim. '/MK'."; None where it shows none or the end word is
    denied ("never end with, e.g., '– Team X'")."""
    for found in _END_EXAMPLE.finditer(text):
        if not _denied(text, found):
            return " ".join(found.group("text").split()).rstrip(".")
    return None


def _denied(text: str, found: re.Match[str]) -> bool:
    """Whether the sign-off rule ``found`` (a match with a ``text`` group) is said under a negation in its own clause
    ("Never end with 'Best regards'", "Älä koskaan lopeta 'Ystävällisin terveisin' -fraasiin")."""
    lead = re.split(r"[.;:!?]\s+", text[max(0, found.start() - 40) : found.start()])[-1]
    said = lead + " " + text[found.start() : found.start("text")]
    return re.search(rf"\b(?:{_NEGATION})\b", said, re.IGNORECASE) is not None


def _end_quoted(text: str) -> str | None:
    """The closing a voice quotes after an end word ("Loppuun aina 'Leipäterveisin, Juurella'.", "I slutet alltid
    'Bakhälsningar, Juurella'"), as written; None where it quotes none or the end word is denied ("never end with
    'Best regards'"). A closing of words no language's greeting list knows (a compound "Leipäterveisin") signs
    every reply: the voice says "always" (reply-plans-x's panel, session 35: "the mandatory 'Leipäterveisin,
    Juurella' is missing")."""
    for found in _END_QUOTED.finditer(text):
        if _denied(text, found):
            continue
        line = " ".join(found.group("text").split()).rstrip(".")
        if line:
            return line
    return None


# A language named as the one replies are written in: "In English and Swedish replies", "Swedish answers", "svenska
# svar", "på svenska", "suomenkielisissä vastauksissa", "ruotsinkielisiin vastauksiin".
_LANGUAGE_NAMES = {
    "en": r"english|engelsk\w*|englannin(?:kieli\w*|-)",
    "sv": r"swedish|svensk\w*|ruotsin(?:kieli\w*|-)",
    "fi": r"finnish|finsk\w*|suomen(?:kieli\w*|-)",
}
_ANY_LANGUAGE = "|".join(_LANGUAGE_NAMES.values())
_REPLY_NOUN = r"(?:replies|answers|comments|responses|svar(?:en)?|kommentarer|vastauks\w*|kommente\w*)"


def names_replies_in(text: str, language: str | None) -> bool:
    """Whether ``text`` names the replies it governs by ``language``, alone or with others ("In English and Swedish
    replies", "Swedish or English answers", "svenska och engelska svar", "ruotsin- ja englanninkielisissä
    vastauksissa")."""
    own = _LANGUAGE_NAMES.get(language or "")
    if own is None:
        return False
    listed = rf"(?:(?:{_ANY_LANGUAGE}|\w+-)\s*(?:,|and|or|och|eller|ja|tai)\s*)*"
    found = re.search(
        rf"\b{listed}(?:{own})(?:\s*(?:,|and|or|och|eller|ja|tai)\s*(?:{_ANY_LANGUAGE}))*\s+{_REPLY_NOUN}\b",
        text,
        re.IGNORECASE,
    )
    return found is not None


def voice_rules(passages: Sequence[Passage], language: str | None) -> VoiceRules:
    """The rules the public voice and disclosure passages state: the reply's language first, then the rest."""
    public = [p for p in passages if p.visibility == "public" and p.kind in ("voice", "disclosure")]
    public.sort(key=lambda p: 0 if p.language == language else 1 if p.language is None else 2)
    voices = [p for p in public if p.kind == "voice"]
    disclosures = [p for p in public if p.kind == "disclosure"]
    no_exclamation = any(_no_exclamation(p.text) for p in voices)
    limit = next((found for p in voices if (found := _max_sentences(p.text)) is not None), None)
    position = next((where for p in disclosures if (where := _position(p.text)) is not None), None)
    signoff = next((shown for p in voices if (shown := fixed_signoff(p.text, language)) is not None), None)
    closing = next((asked for p in voices if (asked := closing_asked(p.text)) is not None), None)
    greeting = next((said for p in voices if (said := closing_greeting(p.text, language)) is not None), None)
    asked_wish = next((wished for p in voices if (wished := wish_examples(p.text)) is not None), None)
    # The line a voice quotes as its other ending ("... eller med 'Vi ses på vattnet!'") closes the reply as the voice's
    # own words: read as a claim, the drafter's own ending was blocked by grounding (reply-plans-af, spent).
    endings = tuple(dict.fromkeys(line for p in voices if (line := alternative_closing(p.text)) is not None))
    # Where a disclosure passage names the replies it governs by their language ("In English and Swedish replies we
    # disclose in the first sentence"), that passage alone says where a reply in that language discloses: another
    # language's rule for other people's posts ("Kun vastaamme muiden julkaisuihin ...", a Finnish passage) left
    # Swedish replies on the brand's own posts without the opener their own rule gives (reply-plans-af, spent).
    scoped = [p for p in disclosures if names_replies_in(p.text, language)] or disclosures
    foreign = dict.fromkeys(
        line
        for p in voices
        for code, line in signoff_languages(p.text).items()
        if code != language and line != signoff and not _UNSIGNED_GREETING.search(line)
    )
    return VoiceRules(
        foreign_signoffs=tuple(foreign) if language is not None else (),
        wish=asked_wish is not None,
        wishes=(*(asked_wish or ()), *endings),
        closing=closing,
        unsigned=any(_UNSIGNED.search(p.text) for p in voices),
        no_exclamation=no_exclamation,
        max_sentences=limit[0] if limit else None,
        max_sentences_answers_only=limit[1] if limit else False,
        disclosure_at=position,
        signoff=signoff,
        disclosure_personal_only=any(personal_only(p.text) for p in scoped),
        disclosure_elsewhere_only=any(elsewhere_only(p.text) for p in scoped),
        brand_account_elsewhere=any(brand_account_elsewhere(p.text) for p in disclosures),
        opener_elsewhere=any(opens_elsewhere(p.text) for p in disclosures),
        greeting=greeting if signoff is None or not _GREETING_SIGNOFF.match(signoff) else None,
    )


def disclosure_due(required: bool, rules: VoiceRules, own_post: bool) -> bool:
    """Whether a reply must say who writes: ``required`` as the brand file and the disclosure passages make it
    (:func:`bot.checks.context.make_context`), except on the brand's own post (``own_post``) when the disclosure
    guidance binds personal accounts or other people's threads only (:attr:`VoiceRules.disclosure_off_own_post`):
    the drafters write no disclosure there, and the check asks for none."""
    return required and not (own_post and rules.disclosure_off_own_post)


# A closing greeting asked for in the voice's own words, not by a quoted sign-off that opens with one (that one is the
# sign-off, :func:`greeting_signoff`): a greeting word ("a greeting", "warm regards", "hälsning", "slutthälsning",
# "tervehdys", "lopputervehdys", "terveiset") with a place at the end of the reply in the same sentence, before it
# ("Avsluta med en hälsning och signaturen '/X'", "End with a warm greeting") or just after it ("tervehdys loppuun",
# "a greeting at the end"). Not where a negation or a permission comes first ("no greeting", "ei tervehdystä", "may
# end with a greeting"), where it is only a habit ("often", "usein", "ofta") or where the greeting opens the reply
# ("Start with a greeting and end with ..."): the greeting word must not follow an opening word nearer than the end.
_GREETING_WORD = re.compile(
    r"\b(?:greetings?|regards|salutations?|sign-?off\s+greeting)\b|\w*(?:tervehd|terveis)\w*|\w*hälsning\w*",
    re.IGNORECASE,
)
_OPENING_PLACE = re.compile(
    r"\b(?:open\w*|begin\w*|start\w*|aloit\w*|alkuun|alussa|börja\w*|inled\w*|i\s+början)\b", re.IGNORECASE
)
# A voice that asks every reply to end with a wish ("Vastaus päättyy toivotukseen, esim. 'Tervetuloa tilalle!'",
# "End with a warm wish", "Avsluta med en önskan"): no question and no invitation to the checks' reading
# (below), so replies ended flat, which both panellists edited on 18 drafts of one brand
# (reply-plans-r, spent: "reply must end with a wish"). A place at the end and a wish in one sentence, with no
# negation or permission before the wish ("never end with a wish", "saa päättyä toivotukseen" ask for none).
_WISH_END = re.compile(
    r"\b(?:end(?:s|ing)?|close[sd]?|closing|finish(?:es|ing)?|sign(?:s|ing)?\s+off|päätä\w*|päätt\w*|lopeta\w*"
    r"|lopett\w*|lopete\w*|päätet\w*|lopuksi|avslut\w*|slut(?:a|ar)\b|avrunda\w*)",
    re.IGNORECASE,
)
# The wish as a noun ("a wish", "toivotukseen", "en önskan") or as the verb that says it ("by wishing them ...",
# "toivottamalla hyviä löylyjä", "toivotetaan", "önska god jul"): "Ei allekirjoitusta; lopetetaan toivottamalla hyviä
# löylyjä" went unread, and both panellists asked for the wish on every draft of one brand (reply-plans-ab, spent).
_WISH = re.compile(
    r"\b(?:(?:well-)?wish(?:es|ing)?\b(?!\s+to\b)|toivot\w*|önskan|önskning\w*|önska(?:r|s)?\b|lyckönsk\w*)", re.I
)
_WISH_VERB = re.compile(r"\b(?:wishing|wish|toivotta\w*|toivote\w*|toivottaa|önska(?:r|s)?)\s+", re.IGNORECASE)
# Who the wish is said to, before what is wished ("wishing them a good sauna", "önska alla en god jul").
_WISHED_TO = re.compile(
    r"^(?:(?:them|you|everyone|everybody|the\s+(?:reader|commenter|customer)s?|people|all|"
    r"heille|hänelle|kaikille|lukijalle|dem|alla|läsaren|kunden)\s+)+",
    re.IGNORECASE,
)


def _unquoted_wish(sentence: str, start: int) -> str | None:
    """The wish a voice sentence words without quotes after its wish verb ("lopetetaan toivottamalla hyviä löylyjä"
    → "Hyviä löylyjä!", "End by wishing them happy paddling" → "Happy paddling!"): the words up to the clause's end,
    two to five of them, without whom it is said to, with no figure; None otherwise."""
    verb = _WISH_VERB.search(sentence, start)
    if verb is None:
        return None
    said = re.split(r"[,;:.!?()]|\s[–—-]\s|\s(?:but|mutta|men|or|tai|eller)\s", sentence[verb.end() :])[0]
    said = _WISHED_TO.sub("", said.strip()).strip()
    words = said.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d|@|/", said) or re.match(r"(?i)(?:with|med|että|that|att)\b", said):
        return None
    if re.match(r"(?i)an?\s", said):  # "wishing them a good day" → "Have a good day!"
        said = "Have " + said
    return said[:1].upper() + said[1:] + "!"


_WISH_NOT = re.compile(
    r"\b(?:not|never|don't|no|ei|älä|emme|eikä|inte|aldrig|ej|may|can|saa|voi|får|kan|optional\w*)\b", re.I
)
WISH_QUOTED = re.compile(r"(?<!\w)[\"“”„«»'‘]([^\"“”«»„'‘’\n]{2,50}[.!])[\"”»“'’](?!\w)")


def wish_examples(text: str) -> tuple[str, ...] | None:
    """Whether a voice text asks every reply to end with a wish (:data:`_WISH_END`), with the wishes it quotes after
    the wish word in that sentence, in any language ("avsluta med en önskan som 'Smaklig måltid!' eller 'Ha en fin
    dag!'"); None where it asks for none."""
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text):
        place, wish = _WISH_END.search(sentence), _WISH.search(sentence)
        # A negation or permission in the wish's own clause ("never end with a wish"), not in one before it ("Ei
        # allekirjoitusta; lopetetaan toivottamalla hyviä löylyjä": no signature, and a wish at the end).
        if place is None or wish is None or _WISH_NOT.search(re.split(r"[;:]\s*", sentence[: wish.start()])[-1]):
            continue
        quoted = tuple(found.group(1).strip() for found in WISH_QUOTED.finditer(sentence, wish.end()))
        if quoted:
            return quoted
        unquoted = _unquoted_wish(sentence, wish.start())
        return (unquoted,) if unquoted else ()
    return None


# A closing wish said as a sentence of its own: a wish's opening words (fi, sv, en: "Hyvää päivänjatkoa!", "Kaikkea
# hyvää.", "Ha en fin dag!", "Allt gott.", "Have a lovely day!", "Take care."), a few words, no figure or address.
_WISH_OPENING = re.compile(
    r"^(?:hyvää|mukavaa|ihanaa|kivaa|lämmintä|aurinkoista|rentoa|kaikkea\s+hyvää|pidä\s+huolta|nauti\w*"
    r"|ha\s+(?:en|det)|trevlig\w*|god\s|smaklig|allt\s+gott|ta\s+hand|njut\w*"
    r"|have\s+an?|enjoy|take\s+care|all\s+the\s+best|happy\s)",
    re.IGNORECASE,
)
_WISH_WORDS = 5


def is_wish(sentence: str, examples: Sequence[str] = ()) -> bool:
    """Whether ``sentence`` is a closing wish: one of the voice's own ``examples`` word for word, or a short sentence
    opening as a wish does (:data:`_WISH_OPENING`) with no figure, address or link in it."""
    said = " ".join(re.findall(r"[^\W_]+", sentence.lower()))
    if not said or any(said == " ".join(re.findall(r"[^\W_]+", e.lower())) for e in examples):
        return bool(said)
    return (
        len(sentence.split()) <= _WISH_WORDS
        and not re.search(r"\d|@|https?:|www\.", sentence)
        and _WISH_OPENING.match(sentence.strip()) is not None
    )


_HABIT = re.compile(r"\b(?:often|usually|sometimes|usein|joskus|yleensä|ofta|ibland|oftast)\b", re.IGNORECASE)
_GREETING_NEAR_END = 40  # characters between a greeting word and the end place after it ("tervehdys loppuun")


def asked_at_end(text: str, words: re.Pattern[str]) -> tuple[int, int] | None:
    """Where (the span of its sentence in ``text``) a voice text asks replies to end with what ``words`` name, in its
    own words: one of them with a place at the end in the same sentence, before it ("Avsluta med en hälsning", "End
    with an encouraging line") or just after it ("tervehdys loppuun"), and no negation, permission, habit or opening
    place before it (see :data:`_GREETING_WORD`); None where it asks for none. Quoted examples are not read."""
    hidden = _ANY_QUOTED.sub(lambda m: "'" + "x" * (len(m.group(0)) - 2) + "'", text)  # the same offsets
    start = 0
    for piece in re.split(r"((?<=[.!?])\s+|\n+)", hidden):
        sentence, offset = piece, start
        start += len(piece)
        for word in words.finditer(sentence):
            before = sentence[: word.start()]
            ends = list(_AT_END.finditer(before))
            after = _AT_END.search(sentence, word.end(), word.end() + _GREETING_NEAR_END)
            if not ends and after is None:
                continue
            lead = before[ends[-1].start() :] if ends else before  # "End with the answer, start with a greeting"
            clause = re.split(r"[,;:]\s*", before[: ends[-1].start()])[-1] if ends else ""  # "You may end with"
            if _NOT_OR_MAY.search(clause + " " + lead) or _HABIT.search(before) or _OPENING_PLACE.search(lead):
                continue
            return offset, offset + len(sentence)
    return None


def greeting_asked(text: str) -> bool:
    """Whether a voice text asks replies to end with a closing greeting in its own words (:data:`_GREETING_WORD`); a
    greeting shown only inside a quoted sign-off ("Avsluta med 'Hälsningar, X'") is that sign-off's, not asked here."""
    return asked_at_end(text, _GREETING_WORD) is not None


def closing_greeting(text: str, language: str | None) -> str | None:
    """The closing greeting a voice text asks for before the sign-off (:func:`greeting_asked`), in ``language``: the
    text's own example for that language where it quotes one ("e.g. 'Varma hälsningar /X'", "'Lämpimin terveisin'"),
    else the language's plain standard greeting (:data:`bot.checks.signing.DEFAULT_CLOSING`); None where it asks
    for none."""
    if not greeting_asked(text):
        return None
    words = CLOSINGS.get(language or "")
    for quoted in _ANY_QUOTED.finditer(text) if words else ():
        line = " ".join(quoted.group(1).split())
        found = re.match(rf"(?:{words})(?=\s*(?:$|[,/|–—-]|\s[A-ZÅÄÖ]))", line, re.IGNORECASE)
        if found is not None:
            greeting = found.group(0)
            return greeting[:1].upper() + greeting[1:]
    return DEFAULT_CLOSING.get(language or "", DEFAULT_CLOSING["en"])


def closing_asked(text: str) -> str | None:
    """The closing line a voice text asks for: "invitation" where it names one to come over ("End with a question or
    an invitation to drop by": an invitation claims nothing a question would have to be answered about), "question"
    where it asks for a question or an invitation to something unnamed, None where it asks for neither, forbids one
    or only permits one."""
    asked: str | None = None
    for line in re.split(r"(?<=[.!?])\s+|\n+", _ANY_QUOTED.sub(" ", text)):
        if not _AT_END.search(line):
            continue
        for clause in _CLAUSES.split(line):
            place = _AT_END.search(clause)
            acts = [m for act in (_INVITATION_ACT, _QUESTION_ACT) for m in act.finditer(clause)]
            acts = [m for m in acts if not _ANSWERS_IT.search(clause[: m.start()])]
            if not acts:
                continue
            first = min(m.start() for m in acts)
            if _NOT_OR_MAY.search(clause[:first]) or _ONLY_ON_CONDITION.search(line[line.find(clause) :]):
                continue
            if place is None and not _AT_END.search(line[: line.find(clause)]):  # "Last line: invite them ..."
                continue
            invitation = next((m for m in acts if m.re is _INVITATION_ACT), None)
            if invitation is not None and _TO_VISIT.search(line[invitation.end() : invitation.end() + 60]):
                return "invitation"
            asked = "question"
    return asked


_NEGATED_EXAMPLE = re.compile(rf"\b(?:{alternation(negation_words(avoiding=True))})\b", re.IGNORECASE)
_PLACEHOLDER = "\u2060{}\u2060"  # a quoted example's place while a line is read: no word, no sentence end


def closing_example(text: str) -> str | None:
    """The voice's own wording for the closing it asks for (:func:`closing_asked`): a quoted example in the same
    sentence as the request ("End with a question such as 'How did it go?'", "Päätä kysymykseen, esim. 'Miten
    meni?'", 'Avsluta med en inbjudan, t.ex. "Välkommen förbi!"'). A question's example ends with a question mark.
    None when the voice asks for no closing or gives no such example."""
    examples: list[str] = []

    def hold(found: re.Match[str]) -> str:
        examples.append(" ".join(found.group(1).split()))
        return _PLACEHOLDER.format(len(examples) - 1)

    held = _ANY_QUOTED.sub(hold, text)
    for line in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])|\n+", held):  # "esim.", "t.ex." before an example end none
        places = [int(i) for i in re.findall("\u2060(\\d+)\u2060", line)]
        asked = closing_asked(re.sub("\u2060\\d+\u2060", " ", line)) if places else None
        for i in places if asked else []:
            # The example the request gives, not one it forbids ("..., never with 'Best regards'"): no negation in
            # its clause before it, and a sentence of its own (a question, an invitation that ends in a stop).
            lead = re.split(r"[,;:]\s+", line[: line.find(_PLACEHOLDER.format(i))])[-1]
            said = examples[i]
            if _NEGATED_EXAMPLE.search(lead) or not said.endswith(("?", "!", ".")):
                continue
            if asked == "invitation" or said.endswith("?"):
                return said
    return None


_OR_BEFORE = re.compile(r"\b(?:or|eller|tai|taikka)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


def alternative_closing(text: str) -> str | None:
    """The line a voice quotes as the other way to end a reply where it asks for a question ("Vi avslutar med en fråga
    eller med 'Vi ses på vattnet!'", "End with a question or 'See you on the water!'"): a sentence of its own, after
    "or" in the asking sentence. Thank-yous ended flat and answers with a stock question where the voice gave it were
    both panellists' edit (reply-plans-af, spent). None where the voice quotes none. The drafter ends replies with it,
    and the checks read it as the voice's own closing, no claim (:attr:`VoiceRules.wishes`)."""
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text):
        if closing_asked(sentence) is None:
            continue
        for quoted in _ANY_QUOTED.finditer(sentence):
            line = " ".join(quoted.group(1).split())
            if line.endswith(("!", ".")) and _OR_BEFORE.search(sentence[: quoted.start()]):
                return line
    return None


# A greeting that opens a line before a pronoun ("Hej! Jag jobbar ...", "Moi! Täällä ...", "Hi! We ..."): calmed, it
# leads into the sentence with a comma ("Hej, jag jobbar ..."), not a stop ("Hej. Jag jobbar ..." read as curt).
_GREETING_LEAD = re.compile(
    r"^(?P<greeting>(?i:hej|hejsan|hei|moi|moikka|terve|hi|hello|hey))!+\s+"
    r"(?P<next>(?:Jag|Vi|Här|Minä|Mä|Me|Täällä|Tässä|We|Here)\b)"
)


def calm(text: str) -> str:
    """``text`` without exclamation marks: "Kiitos!" -> "Kiitos.", "Really?!" -> "Really?", "Hej! Jag ..." ->
    "Hej, jag ..."."""
    text = _GREETING_LEAD.sub(lambda m: f"{m.group('greeting')}, {m.group('next').lower()}", text)
    text = re.sub(r"\?!+", "?", text)
    text = re.sub(r"!+(?=\s*[.?])", "", text)
    return re.sub(r"!+", ".", text)
