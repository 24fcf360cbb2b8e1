"""Progress people can see: a bar on a terminal, one summary line otherwise.

Long commands (``kuulo poll --all``, ``kuulo knowledge ingest``, ``kuulo import``, exports to a
file, ``kuulo erase``) hand a :class:`~bot.ports.Progress` to the core, which only counts.
On a terminal (standard error is a TTY, ``NO_COLOR`` unset, not ``--quiet``) each counted task
is a ``rich`` bar with its count, elapsed time and time left. Otherwise, when output is piped
or logged, or with ``NO_COLOR`` or ``--quiet``, each task ends with one plain line on standard
error, ``poll: 12 watches in 3.4 s``, so scripts reading standard output see only the result.
With ``--log-format json`` standard error carries only JSON log entries, so there is neither.
``rich`` reads ``NO_COLOR`` and ``TERM=dumb`` itself; nothing here reads the environment.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import (
    Progress as RichBars,
)

from bot.ports import NO_PROGRESS, Progress, ProgressTask


class BarTask:
    def __init__(self, bars: RichBars, task_id: TaskID) -> None:
        self._bars, self._id = bars, task_id

    def advance(self, amount: int = 1) -> None:
        self._bars.advance(self._id, amount)

    def done(self) -> None:
        task = self._bars.tasks[self._id]
        if task.total is None:
            self._bars.update(self._id, total=task.completed)
        self._bars.stop_task(self._id)


class BarProgress:
    """One rich bar per task, on standard error."""

    def __init__(self, bars: RichBars) -> None:
        self._bars = bars

    def task(self, label: str, total: int | None = None) -> ProgressTask:
        return BarTask(self._bars, self._bars.add_task(label, total=total))


class LineTask:
    def __init__(self, label: str, total: int | None) -> None:
        self.label, self.total, self.count = label, total, 0
        self._started = time.monotonic()
        self._closed = False

    def advance(self, amount: int = 1) -> None:
        self.count += amount

    def done(self) -> None:
        if self._closed:
            return
        self._closed = True
        click.echo(summary(self.label, self.count, self.total, time.monotonic() - self._started), err=True)


class LineProgress:
    """No bar: one line per task when it ends."""

    def task(self, label: str, total: int | None = None) -> ProgressTask:
        return LineTask(label, total)


def summary(label: str, count: int, total: int | None, seconds: float) -> str:
    """``poll: 12 watches in 3.4 s`` for the label ``"poll watches"``; a task stopped early shows how far it got."""
    head, _, unit = label.partition(" ")
    counted = f"{count}/{total}" if total is not None and total != count else str(count)
    return f"{head}: {counted} {unit or 'items'} in {seconds:.1f} s"


def wants_bars(console: Console, quiet: bool) -> bool:
    return not quiet and console.is_terminal and not console.is_dumb_terminal and not console.no_color


@contextmanager
def progress(quiet: bool = False, *, silent: bool = False, console: Console | None = None) -> Iterator[Progress]:
    """The progress of one command: bars while it runs on a terminal, else summary lines;
    ``silent`` (``--log-format json``, where every line on standard error is a JSON log entry): neither."""
    if silent:
        yield NO_PROGRESS
        return
    console = console or Console(stderr=True)
    if not wants_bars(console, quiet):
        yield LineProgress()
        return
    bars = RichBars(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("·"),
        TimeElapsedColumn(),
        TextColumn("· left"),
        TimeRemainingColumn(),
        console=console,
    )
    with bars:
        yield BarProgress(bars)
