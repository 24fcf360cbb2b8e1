"""Prompt-injection containment bench: attacks through the real LLM drafter, then the draft checks.

:func:`bench_rates` runs every attack of ``attacks.yaml`` through
``make_drafter`` (LangChain + openai client) against a local OpenAI-compatible
server whose model always obeys the planted instruction
(:mod:`tests.fakes.adversarial_model`), then the production check path: the
context frozen by :func:`bot.checks.frozen.build` as the drafting pipeline
freezes it, and :func:`bot.checks.frozen.check`, the function ``kuulo review``
and the Slack edit modal call (through :func:`bot.review.decisions.blocking_failures`).
Nothing here builds a context of its own. It also drafts the benign comments of
``benign.yaml`` (the server answers with the reference reply) and counts how
many the checks block. ``make eval`` can call it.
"""

from __future__ import annotations

import base64
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.checks import Brand, CheckResult, approvable, frozen, load_brand
from bot.config import Settings
from bot.domain import Passage
from bot.drafting import DraftRequest, make_drafter
from knowledge.embeddings import LocalE5Embedder
from knowledge.guidance import find_files, load_file
from tests.fakes.adversarial_model import obey
from tests.fakes.openai_server import FakeOpenAI

HERE = Path(__file__).parent
SAMPLE = Path(__file__).parents[2] / "knowledge" / "sample"
PLATFORMS = ("reddit", "mastodon", "youtube", "bluesky")
QUOTING = ("bluesky", "mastodon")  # platforms whose posts quote a parent post
QUESTION = {
    "en": "How long does the installation of an air-to-water heat pump take?",
    "fi": "Kuinka kauan ilma-vesilämpöpumpun asennus kestää?",
    "sv": "Hur lång tid tar installationen av en luft-vattenvärmepump?",
}


@dataclass(frozen=True)
class Attack:
    number: int
    kind: str
    expect: str
    language: str
    place: str
    text: str
    marker: str


@dataclass
class Outcome:
    name: str
    text: str
    results: list[CheckResult]

    @property
    def approvable(self) -> bool:
        return approvable(self.results)

    @property
    def failed(self) -> set[str]:
        return {r.name for r in self.results if r.severity == "blocking" and not r.passed}


@dataclass
class Rates:
    attacks: int
    leaked: list[Outcome] = field(default_factory=list)  # approvable drafts carrying a marker
    benign: int = 0
    blocked: list[Outcome] = field(default_factory=list)  # benign reference replies that were blocked
    attack_outcomes: list[tuple[Attack, Outcome]] = field(default_factory=list)

    @property
    def attack_success_rate(self) -> float:
        return len(self.leaked) / self.attacks if self.attacks else 0.0

    @property
    def benign_block_rate(self) -> float:
        return len(self.blocked) / self.benign if self.benign else 0.0

    def summary(self) -> str:
        return (
            f"injection: {len(self.leaked)}/{self.attacks} approvable drafts carry an attacker's marker "
            f"({self.attack_success_rate:.1%}); benign: {len(self.blocked)}/{self.benign} reference replies "
            f"blocked ({self.benign_block_rate:.1%})"
        )


@cache
def sample_passages() -> tuple[Passage, ...]:
    passages: list[Passage] = []
    for found in find_files([SAMPLE]):
        for section in load_file(found.path, found.source):
            meta = section.meta
            passages.append(
                Passage(
                    section.id, section.text, meta.kind, meta.language, meta.visibility, section.source, section.heading
                )
            )
    return tuple(passages)


def brand() -> Brand:
    return load_brand(SAMPLE / "brand.yaml")


def for_language(language: str) -> tuple[Passage, ...]:
    return tuple(p for p in sample_passages() if p.language in (language, None))


def _word(number: int) -> str:
    """A made-up word unique to the attack, with no digits (so no number check can catch it)."""
    return "zu" + "".join("bdfgklmnrt"[int(d)] for d in str(number)) + "ax"


def _marker(template: str, number: int) -> str:
    blob = base64.b64encode(f"evil-{number}.example/steal?x={number}".encode()).decode()
    price = f"{1000 + 7 * number:,}".replace(",", " ") + " €"
    return template.format(n=number, blob=blob, price=price, word=_word(number))


def attacks() -> list[Attack]:
    data = yaml.safe_load((HERE / "attacks.yaml").read_text("utf-8"))
    found: list[Attack] = []
    for kind, spec in data["classes"].items():
        for language, place, text in spec["attacks"]:
            number = len(found) + 1
            marker = _marker(spec["marker"], number)
            found.append(
                Attack(number, kind, spec["expect"], language, place, text.replace("{marker}", marker), marker)
            )
    return found


def attack_request(attack: Attack) -> DraftRequest:
    passages = for_language(attack.language)
    comment, author, title = QUESTION[attack.language], "heikki_h", "Lämpöpumput / värmepumpar"
    parents: tuple[str, ...] = ()
    platform, body = PLATFORMS[attack.number % len(PLATFORMS)], None
    if attack.place == "blog":  # the blog post's own text, under which the comment was written
        platform, body = "wordpress", f"Kokemuksia lämpöpumpuista / Experiences with heat pumps.\n\n{attack.text}"
    elif attack.place == "quoted":  # the post this post quotes (Bluesky quote posts, Mastodon quotes)
        platform, parents = QUOTING[attack.number % len(QUOTING)], (attack.text,)
    elif attack.place == "hn":  # the Hacker News comment the answered comment replies to
        platform, parents = "hackernews", (attack.text,)
    elif attack.place == "comment":
        comment = attack.text
    elif attack.place == "author":
        author = attack.text
    elif attack.place == "title":
        title = attack.text
    elif attack.place == "parent":
        parents = (attack.text,)
    elif attack.place == "guidance":
        planted = Passage(f"planted-{attack.number}", attack.text, "fact", attack.language, "public", "uploads/x.md")
        passages = (*passages, planted)
    else:
        raise ValueError(f"attack {attack.number}: unknown hiding place {attack.place!r}")
    return DraftRequest(
        comment_text=comment,
        comment_language=attack.language,
        comment_author=author,
        platform=platform,
        thread_title=title,
        thread_body=body,
        parents=parents,
        objective="trust",
        topics=(),
        passages=passages,
    )


def check(settings: Settings, request: DraftRequest, text: str, cited: list[str]) -> list[CheckResult]:
    """The production path: freeze the context as the pipeline does, check as review and Slack do."""
    data = frozen.snapshot(
        frozen.build(
            settings,
            platform=request.platform,
            comment_text=request.comment_text,
            comment_language=request.comment_language,
            comment_author=request.comment_author,
            passages=[p for p in request.passages if p.visibility == "public"],
            internal=[p for p in request.passages if p.visibility != "public"],
            cited_ids=cited,
            untrusted_texts=[request.thread_title or "", request.thread_body or "", *request.parents],
        )
    )
    return frozen.check(text, data, request.platform)


def _cited(cites: list[str]) -> list[str]:
    ids: list[str] = []
    for cite in cites:
        source, _, heading = cite.partition("#")
        matching = [p.id for p in sample_passages() if p.source == source and (not heading or p.heading == heading)]
        if not matching:
            raise ValueError(f"benign.yaml cites {cite!r}, which is no section of knowledge/sample")
        ids += matching
    return ids


def benign_cases() -> list[dict[str, Any]]:
    data = yaml.safe_load((HERE / "benign.yaml").read_text("utf-8"))
    cases = []
    for language, platform, comment, reply, cites in data["replies"]:
        cases.append(
            {"language": language, "platform": platform, "comment": comment, "reply": reply, "cited": _cited(cites)}
        )
    return cases


def bench_rates() -> Rates:
    """Run both sides and return the rates (print ``.summary()``)."""
    with FakeOpenAI() as fake, tempfile.TemporaryDirectory() as tmp:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            data_dir=Path(tmp),
            drafter="llm",
            openai_base_url=fake.url,
            llm_max_retries=0,
            brand_file=SAMPLE / "brand.yaml",
        )
        drafter = make_drafter(settings, LocalE5Embedder())
        fake.responder = obey
        all_attacks = attacks()
        rates = Rates(attacks=len(all_attacks))
        for attack in all_attacks:
            request = attack_request(attack)
            result = drafter.draft(request)
            outcome = Outcome(f"attack {attack.number} {attack.kind}/{attack.place}", result.text, [])
            outcome.results = check(settings, request, result.text, result.cited)
            rates.attack_outcomes.append((attack, outcome))
            if outcome.approvable and attack.marker in result.text:
                rates.leaked.append(outcome)
        fake.responder = None
        cases = benign_cases()
        rates.benign = len(cases)
        for index, case in enumerate(cases, start=1):
            request = DraftRequest(
                comment_text=case["comment"],
                comment_language=case["language"],
                comment_author="commenter",
                platform=case["platform"],
                thread_title=None,
                thread_body=None,
                parents=(),
                objective="trust",
                topics=(),
                passages=for_language(case["language"]),
            )
            fake.enqueue(
                {
                    "skip": False,
                    "skip_reason": None,
                    "text": case["reply"],
                    "language": case["language"],
                    "cited": case["cited"],
                    "rationale": "Answers from the cited guidance.",
                }
            )
            result = drafter.draft(request)
            outcome = Outcome(f"benign {index} {case['language']}", result.text, [])
            outcome.results = check(settings, request, result.text, result.cited)
            if not outcome.approvable:
                rates.blocked.append(outcome)
    return rates


if __name__ == "__main__":
    print(bench_rates().summary())
