"""The draft checks' version: a fingerprint of everything their verdict depends on besides its inputs.

:func:`bot.checks.registry.run_checks` is pure: the same text, frozen context and platform give the same
answer, as long as the checks themselves are the same. A verdict kept with a draft
(``drafts.checks_version``, bot/review/verdicts.py) is trusted only under the version it was computed
with. The version is the sha256 of the checks' code and data (every file of ``bot/checks/``), of the
modules they call (language detection, text normalisation), of the offline drafter's fixed sentences that
grounding exempts (``bot/drafting/phrases.yaml``), of the prompt instruction text the leak
check compares with, and of :data:`REVISION`, bumped by hand when something else they depend on changes
(the bundled e5 model). Any change gives a new version, so a stale verdict is re-checked rather than
trusted; two processes running the same code agree on it.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from bot.checks.context import instruction_text

REVISION = "1"  # bump when the checks' behaviour changes through something not hashed below (the e5 model)
_BOT = Path(__file__).resolve().parent.parent
_ALSO = ("language.py", "textnorm.py", "drafting/phrases.yaml")  # grounding exempts the drafter's fixed sentences


@cache
def checks_version() -> str:
    """16 hex characters naming this process's checks (computed once: reads ~20 small files)."""
    digest = hashlib.sha256(REVISION.encode())
    files = sorted(p for p in (_BOT / "checks").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in [*files, *(_BOT / name for name in _ALSO)]:
        digest.update(path.relative_to(_BOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(instruction_text().encode())
    return digest.hexdigest()[:16]
