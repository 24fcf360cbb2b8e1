"""Hypothesis profiles for the boundary properties (docs/limits.md).

``ci`` (the default, what ``make test`` runs): a short, fixed budget per property
(``KUULO_PROPERTY_EXAMPLES``, 30) with a deterministic seed and no example database, and no
deadline (a shared 2-core machine must not make a property flaky). ``fuzz`` (``make fuzz``,
``HYPOTHESIS_PROFILE=fuzz``): at least 10,000 examples per property (``KUULO_FUZZ_EXAMPLES``),
random seeds, every failing example saved to ``tests/properties/examples/`` (replayed first by
the next fuzz run). Each failure found that way is pinned with ``@example`` in the property's
module, so ``make test`` replays it for good.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.database import DirectoryBasedExampleDatabase

from bot.review.verdicts import Verdict, judge
from tests.slack.factory import DRAFT_TEXT

EXAMPLES = Path(__file__).parent / "examples"
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture]
# No "explain" phase: it traces every line of a failing example again and again, which on a
# thread of hundreds of comments takes minutes; the shrunk example and its blob are enough.
_PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("KUULO_PROPERTY_EXAMPLES", "30")),
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_QUIET,
    phases=_PHASES,
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("KUULO_FUZZ_EXAMPLES", "10000")),
    deadline=None,
    database=DirectoryBasedExampleDatabase(EXAMPLES),
    print_blob=True,
    suppress_health_check=_QUIET,
    phases=_PHASES,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
_CALLS: dict[str, tuple[str, float, float]] = {}  # each property's outcome, seconds and CPU seconds (KUULO_FUZZ_LOG)
_CPU: dict[str, float] = {}  # each running property's process CPU time at its start
_LOG = os.environ.get("KUULO_FUZZ_LOG")  # read now: tests/conftest.py clears KUULO_* around every test


# A long fuzz run records each property as it ends (pytest prints the statistics only when the whole run ends,
# so a run stopped early would keep nothing): KUULO_FUZZ_LOG=<file> appends the property's outcome, seconds, CPU
# seconds (this process's, threads included: the fake Slack server's too, not PostgreSQL's; on a shared machine
# the wall seconds say little), the load average and Hypothesis's statistics (examples run, failing, invalid,
# per phase).
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    _CPU[item.nodeid] = time.process_time()
    yield


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    if not _LOG:
        return
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when == "call":
        cpu = time.process_time() - _CPU.pop(item.nodeid, time.process_time())
        _CALLS[item.nodeid] = (report.outcome, report.duration, cpu)
    elif report.when == "teardown" and hasattr(item, "hypothesis_statistics"):
        result, seconds, cpu = _CALLS.get(item.nodeid, ("not run", 0.0, 0.0))
        load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
        with open(_LOG, "a", encoding="utf-8") as out:
            out.write(f"== {item.nodeid}: {result} in {seconds:.0f} s ({cpu:.1f} s CPU), load {' '.join(load)}\n")
            out.write(f"{item.hypothesis_statistics}\n")


@pytest.fixture
def draft_verdict() -> Verdict:
    """The blocking checks' verdict on the factory's draft text, computed once per property (a function-scoped
    fixture under ``@given`` is set up once per test): ``make_draft(sdb, verdict=draft_verdict)`` then makes a
    draft per example without running the checks again (they are pure: the same text, the same verdict). They
    were over half of a card click example's CPU."""
    return judge(DRAFT_TEXT, "reddit", {})
