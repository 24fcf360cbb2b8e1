"""Build a :class:`CheckContext` from what the pipeline has: settings, the brand file, guidance, a comment.

Rules decided here (documented in ``docs/checks.md``):

* Facts are checked against the public passages the draft cites; a draft
  citing none (a human's edit) is checked against all public passages given.
* A passage that speaks to the assistant ("ignore the other rules", "new
  instructions", "tekoäly: ...", "till AI:n", ``addresses_model`` in
  ``data/identity.yaml``) is no evidence for anything: guidance states facts
  for people, so such a passage was planted, and it cannot vouch for a figure
  or a sentence.
* A disclosure is required in a first reply to a person (``first_reply``)
  when the brand file has a disclosure line for the reply's language or a
  public disclosure passage in that language (or language-neutral) was given,
  or the brand file says replies go out from a person's own account
  (``replies_from: personal_account``) and names the brand; never when it says
  they go out from the brand's own account (``replies_from: brand_account``:
  the account says who writes), nor when the disclosure guidance says replies in
  other people's threads always go out from the brand account too.
* Grounding uses every public passage given (``public_passages``), not only
  the cited ones.
* The signed sign-off: when a public voice passage asks replies to end with the answerer's name
  ("/Name, Kraftverk"), its sign-off with the slot ``{name}`` (``bot/checks/signature.py``).
* The voice rules: what the public voice and disclosure passages state about exclamation marks, the
  number of sentences, where the disclosure goes and a fixed sign-off (``bot/checks/voice_rules.py``).
* Banned phrases: the brand file's ``banned_phrases`` plus every quoted
  phrase a ``dont`` or ``voice`` passage negates (no "best ever", ei
  "mullistavaa", aldrig "billigast").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from bot.checks.data import first_match, patterns
from bot.checks.signature import signoff_template
from bot.checks.types import CheckContext
from bot.checks.voice_rules import voice_rules
from bot.domain import Passage
from bot.errors import ConfigError
from prompts import load_prompt

_NEGATED_QUOTE = re.compile(
    r"(?<!\w)(?:no|not|never|avoid|ei|eikä|älä|ilman|inga|inget|ingen|aldrig|inte|undvik)\s*[:,]?\s*"
    r"[\"“”«„]([^\"“”«»„\n]{2,60})[\"“”»]",
    re.IGNORECASE,
)


REPLIES_FROM = ("brand_account", "personal_account")  # the values of a brand file's ``replies_from``


@dataclass(frozen=True)
class Brand:
    """The brand facts the checks need, from a ``brand.yaml`` (see ``knowledge/sample/brand.yaml``)."""

    name: str | None = None
    allowed_link_domains: tuple[str, ...] = ()
    disclosure: dict[str, str] = field(default_factory=dict)
    banned_phrases: tuple[str, ...] = ()
    # Which account the brand's replies go out from, a fact of the deployment: ``brand_account`` (the account
    # says who writes: no personal disclosure line) or ``personal_account`` (a person's own account: a first
    # reply must say who writes); None: not stated (the drafter infers it from the thread's author,
    # :func:`from_brand_account`, and the disclosure is required as the guidance says).
    replies_from: str | None = None


def load_brand(path: Path) -> Brand:
    try:
        data: Any = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the brand file {path}: {exc}; fix it or point to another one") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path} must be a mapping with name, allowed_link_domains, disclosure")
    disclosure = data.get("disclosure") or {}
    if not isinstance(disclosure, dict):
        raise ConfigError(f"{path}: 'disclosure' must map a language code to the disclosure line")
    replies_from = data.get("replies_from")
    if replies_from is not None and replies_from not in REPLIES_FROM:
        raise ConfigError(
            f"{path}: 'replies_from' must be one of {', '.join(REPLIES_FROM)} (the account the brand's replies "
            f"go out from), not {replies_from!r}"
        )
    return Brand(
        name=str(data["name"]) if data.get("name") else None,
        allowed_link_domains=tuple(str(d).lower() for d in data.get("allowed_link_domains") or ()),
        disclosure={str(k): str(v) for k, v in disclosure.items()},
        banned_phrases=tuple(str(p) for p in data.get("banned_phrases") or ()),
        replies_from=replies_from,
    )


def from_brand_account(brand: Brand, thread_by_brand: bool) -> bool:
    """Whether a reply goes out from the brand's own account: what the brand file's ``replies_from`` says,
    else (not stated) whether the thread is the brand's own post, the guess kept from before the setting."""
    if brand.replies_from is not None:
        return brand.replies_from == "brand_account"
    return thread_by_brand


def instruction_text(prompt_name: str = "draft_reply") -> str:
    """The prompt's own wording (templates and fragments), pieces separated by a ``{field}``."""
    prompt = load_prompt(prompt_name)
    fragments = [text for key, text in sorted(prompt.fragments.items()) if key != "no_instruction"]
    return "\n{_}\n".join([prompt.system, prompt.user, *fragments])


def addresses_model(text: str) -> bool:
    """Whether a guidance text gives orders to the assistant (an injection), not facts to people."""
    return first_match(patterns("identity", "addresses_model"), unicodedata.normalize("NFKC", text)) is not None


GUIDANCE_COPY_MIN_WORDS = (
    4  # "Den är inte av plast." (5 words): shorter pieces ("Kyllä.", "It does.") say nothing of it
)


def _word_line(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold())) + " "


def guidance_says(sentence: str, passages: Iterable[Passage]) -> bool:
    """Whether a public passage of ``passages`` (one that gives no orders to the assistant) holds ``sentence`` word for
    word, at least :data:`GUIDANCE_COPY_MIN_WORDS` words of it: the brand's own statement, which neither carries a
    stranger's sentence nor poses as a customer, however near one it reads ("Innerpåsen är av cellulosafilm och kan
    komposteras; den är inte av plast." under the brand's post "Ingen plast i våra förpackningar", "Use it only for
    the last 2 coats, on top of gloss Classic coats, ...": blocked, both panellists' "a false positive", reply-plans-ad,
    spent)."""
    said = _word_line(sentence)
    if len(said.split()) < GUIDANCE_COPY_MIN_WORDS:
        return False
    return any(said in _word_line(p.text) for p in passages if p.visibility == "public" and not addresses_model(p.text))


def negated_phrases(passages: Iterable[Passage]) -> list[str]:
    found: list[str] = []
    for passage in passages:
        if passage.kind in ("dont", "voice"):
            found += [m.group(1).strip() for m in _NEGATED_QUOTE.finditer(passage.text)]
    return list(dict.fromkeys(p for p in found if p))


def make_context(
    *,
    platform: str,
    comment_text: str,
    comment_language: str | None,
    comment_author: str | None,
    passages: Sequence[Passage],
    cited_ids: Collection[str] = (),
    brand: Brand | None = None,
    allowed_domains: Iterable[str] = (),
    instruction: str | None = None,
    first_reply: bool = True,
    exempt_lines: Iterable[str] = (),
    semantic: Any = None,
    untrusted_texts: Iterable[str] = (),
) -> CheckContext:
    brand = brand or Brand()
    known = [p for p in passages if not addresses_model(p.text)]
    public = [p for p in known if p.visibility == "public"]
    cited = [p for p in public if p.id in cited_ids] if cited_ids else public
    disclosure_passage = any(p.kind == "disclosure" and p.language in (comment_language, None) for p in public)
    template = signoff_template(public, comment_language)
    rules = voice_rules(public, comment_language)
    if template is not None:  # the sign-off with the answerer's name is the signature check's
        rules = replace(rules, signoff=None)
    domains = tuple(dict.fromkeys(d.strip().lower() for d in (*allowed_domains, *brand.allowed_link_domains) if d))
    disclosed_by_guidance = disclosure_passage or (comment_language or "") in brand.disclosure
    personal = brand.replies_from == "personal_account" and brand.name is not None
    return CheckContext(
        platform=platform,
        comment_text=comment_text,
        comment_language=comment_language,
        comment_author=comment_author,
        cited_passages=tuple(cited),
        internal_passages=tuple(p for p in passages if p.visibility != "public"),
        instruction_text=instruction_text() if instruction is None else instruction,
        allowed_domains=domains,
        banned_phrases=tuple(dict.fromkeys((*brand.banned_phrases, *negated_phrases(known)))),
        brand_name=brand.name,
        disclosure_required=first_reply
        and brand.replies_from != "brand_account"
        # "In other people's threads always reply from the brand account": every reply goes out from it, which
        # says who writes, unless the brand file says replies go out from a person's own account.
        and not (rules.brand_account_elsewhere and brand.replies_from != "personal_account")
        and (disclosed_by_guidance or personal),
        replies_from=brand.replies_from,
        disclosure_phrases=dict(brand.disclosure),
        public_passages=tuple(public),
        first_reply=first_reply,
        exempt_lines=tuple(line for line in exempt_lines if line),
        semantic=semantic,
        signature=template[0] if template else None,
        voice=rules,
        untrusted_texts=tuple(t for t in untrusted_texts if t and t.strip()),
    )
