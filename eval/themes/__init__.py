"""The labelled theme set (``comments.yaml``): fictional brands, comments labelled with themes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "comments.yaml"
QUESTIONS = Path(__file__).parent / "questions.yaml"


@dataclass(frozen=True)
class LabelledComment:
    brand: str
    split: str  # dev (used to choose the threshold) | test
    theme: str
    language: str
    text: str


def load_theme_set(path: Path = DATA) -> list[LabelledComment]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        LabelledComment(brand, str(spec["split"]), theme, str(item["lang"]), str(item["text"]))
        for brand, spec in raw.items()
        for theme, items in spec["themes"].items()
        for item in items
    ]


@dataclass(frozen=True)
class LabelledQuestion:
    brand: str
    theme: str  # the theme of comments.yaml the question is meant to find
    language: str
    text: str


def load_questions(path: Path = QUESTIONS) -> list[LabelledQuestion]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        LabelledQuestion(brand, str(item["theme"]), str(item["lang"]), str(item["text"]))
        for brand, items in raw.items()
        for item in items
    ]
