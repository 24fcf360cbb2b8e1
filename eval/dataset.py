"""Load the evaluation set: fictional brands with guidance, threads of labelled comments.

Labelling policy for ``should_draft``: the comment asks, compares, complains or
spreads a misunderstanding about something in the brand's field, the brand's
guidance set holds the answer, and it carries no risk flag, no opt-out, and is
not spam, toxic or off topic. Everything else is not drafted (praise and ideas
go to the digest at most).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.signals.types import INTENTS, RISK_FLAGS

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class GuidanceItem:
    id: str
    kind: str
    language: str
    text: str


@dataclass(frozen=True)
class Brand:
    key: str
    name: str
    objective: str
    terms: tuple[str, ...]
    competitors: tuple[str, ...]
    topics: tuple[str, ...]
    guidance: tuple[GuidanceItem, ...]


@dataclass(frozen=True)
class EvalComment:
    id: str
    brand: str
    thread_id: str
    split: str
    platform: str
    language: str
    intent: str
    risk: tuple[str, ...]
    should_draft: bool
    sarcasm: bool
    opt_out: bool
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def load_brands(data: Path = DATA) -> dict[str, Brand]:
    raw: dict[str, Any] = yaml.safe_load((data / "brands.yaml").read_text("utf-8"))
    return {
        key: Brand(
            key=key,
            name=b["name"],
            objective=b["objective"],
            terms=tuple(b["terms"]),
            competitors=tuple(b["competitors"]),
            topics=tuple(b["topics"]),
            guidance=tuple(GuidanceItem(**g) for g in b["guidance"]),
        )
        for key, b in raw.items()
    }


def load_comments(data: Path = DATA) -> list[EvalComment]:
    out: list[EvalComment] = []
    for path in sorted((data / "threads").glob("*.yaml")):
        brand = path.stem
        for thread in yaml.safe_load(path.read_text("utf-8")):
            for index, row in enumerate(thread["comments"], start=1):
                language, intent, risk, flags, text = row
                flag_set = set(str(flags or "").split())
                if intent not in INTENTS or not set(risk) <= set(RISK_FLAGS):
                    raise ValueError(f"{path.name} {thread['id']}#{index}: unknown intent or risk label")
                if flag_set - {"draft", "sarcasm", "optout"}:
                    raise ValueError(f"{path.name} {thread['id']}#{index}: unknown flags {flag_set}")
                out.append(
                    EvalComment(
                        id=f"{thread['id']}-{index}",
                        brand=brand,
                        thread_id=thread["id"],
                        split=thread["split"],
                        platform=thread["platform"],
                        language=language,
                        intent=intent,
                        risk=tuple(risk),
                        should_draft="draft" in flag_set,
                        sarcasm="sarcasm" in flag_set,
                        opt_out="optout" in flag_set,
                        text=str(text),
                    )
                )
    return out
