"""Progress people can see: a bar with counts and time left on a terminal; one summary line when piped,
with NO_COLOR or --quiet; nothing on standard error but JSON with --log-format json."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from bot.cli.progress import LineProgress, progress, summary, wants_bars
from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.watching import importing
from bot.watching.import_rows import ImportRow
from tests.conftest import FIXTURES, CliResult

REDDIT = FIXTURES / "reddit" / "thread_nested.json"
THREAD_URL = "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu_vai_kaukolampo/"


class Counted:
    """A Progress that records what the core counted."""

    def __init__(self) -> None:
        self.tasks: dict[str, list[int]] = {}
        self.totals: dict[str, int | None] = {}
        self.closed: list[str] = []

    def task(self, label: str, total: int | None = None) -> Counted.Task:
        self.tasks[label], self.totals[label] = [], total
        return Counted.Task(self, label)

    class Task:
        def __init__(self, owner: Counted, label: str) -> None:
            self.owner, self.label = owner, label

        def advance(self, amount: int = 1) -> None:
            self.owner.tasks[self.label].append(amount)

        def done(self) -> None:
            self.owner.closed.append(self.label)


def _terminal(**kwargs: object) -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100, **kwargs)  # type: ignore[arg-type]
    return console, buffer


def test_a_terminal_gets_a_bar_with_counts_elapsed_and_time_left() -> None:
    console, buffer = _terminal()
    with progress(console=console) as shown:
        task = shown.task("poll watches", 3)
        for _ in range(3):
            task.advance()
        task.done()
    drawn = buffer.getvalue()
    assert "poll watches" in drawn and "3/3" in drawn and "left" in drawn


@pytest.mark.parametrize(
    ("console_kwargs", "quiet", "bars"),
    [
        ({}, False, True),
        ({}, True, False),  # --quiet
        ({"no_color": True}, False, False),  # NO_COLOR (rich reads it into no_color)
    ],
)
def test_bars_only_on_a_terminal_without_no_color_or_quiet(
    console_kwargs: dict[str, object], quiet: bool, bars: bool
) -> None:
    console, _ = _terminal(**console_kwargs)
    assert wants_bars(console, quiet) is bars
    assert wants_bars(Console(file=io.StringIO()), False) is False  # piped


def test_no_bar_means_one_summary_line_per_task(capsys: pytest.CaptureFixture[str]) -> None:
    task = LineProgress().task("ingest sections", 40)
    task.advance(25)
    task.done()
    task.done()  # once only
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("ingest: 25/40 sections in ")  # stopped early: how far it got
    assert summary("poll watches", 12, 12, 3.42) == "poll: 12 watches in 3.4 s"


def test_piped_poll_prints_its_lines_and_one_summary_and_json_logs_stay_json(
    kuulo: Callable[..., CliResult], replay: ReplayServer, tmp_path: Path
) -> None:
    replay.load(REDDIT)
    env = {"KUULO_REDDIT_URL": replay.url}
    assert kuulo("watch", "add", THREAD_URL, **env).code == 0
    polled = kuulo("poll", "--all", **env)
    assert polled.code == 0, polled.err
    assert polled.out.startswith("watch 1 ") and "poll:" not in polled.out  # standard output: only the result
    assert (
        [line for line in polled.err.splitlines() if line.startswith("poll: ")]
        == [line for line in polled.err.splitlines() if line.startswith("poll: 1 watches in ")]
        != []
    )
    quiet = kuulo("--quiet", "poll", "--all", **env)
    assert "poll: 1 watches in " in quiet.err
    logged = kuulo("--log-format", "json", "poll", "--all", **env)
    assert all(json.loads(line) for line in logged.err.splitlines() if line.strip())

    out = tmp_path / "comments.jsonl"
    exported = kuulo("export", "--what", "comments", "--out", str(out))
    assert exported.code == 0, exported.err
    rows = out.read_text("utf-8").splitlines()
    assert len(rows) > 5 and f"export: {len(rows)} comments in " in exported.err


def test_import_counts_every_row_and_processes_them_in_batches(
    services_factory: Callable[..., Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "PROCESS_BATCH", 2)
    services = services_factory()
    rows = [ImportRow(n, f"r{n}", None, f"a{n}", f"Kommentti numero {n}", None, None) for n in range(1, 6)]
    counted = Counted()
    report = importing.import_rows(services, "instagram", "https://www.instagram.com/p/Cx1/", rows, progress=counted)
    assert report.new == 5
    assert counted.totals == {"import rows": 5, "process comments": 5}
    assert sum(counted.tasks["import rows"]) == 5
    assert counted.tasks["process comments"] == [2, 2, 1]
    assert counted.closed == ["import rows", "process comments"]
