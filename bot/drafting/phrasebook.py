"""The offline drafter's fixed phrases (``phrases.yaml``): openings, closing lines, routes' wording."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml


@cache
def phrases() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "phrases.yaml").read_text("utf-8"))
    return data
