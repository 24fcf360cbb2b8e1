"""CPU seconds by component, read from ``/proc`` before and after a measured run (Linux only).

A component is a set of processes: given pids (and their descendants), or every process whose name
is in a list (PostgreSQL's ``postgres``, RabbitMQ's ``beam.smp``). A process's figure is its own
user and system time plus what its exited children used (``cutime``/``cstime``), so a connection
that closed during the run is still counted, by its parent. The machine's total comes from
``/proc/stat``; what no component accounts for is the rest of the machine (other people's work).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    name: str
    own: float  # seconds of user + system time
    children: float  # seconds of its waited-for children


def processes() -> dict[int, Proc]:
    """Every process readable in /proc now."""
    found: dict[int, Proc] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        except OSError:  # gone meanwhile
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        rest = text[text.rindex(")") + 2 :].split()
        # rest[0] is field 3 (state): ppid is field 4, utime..cstime fields 14-17
        own = (int(rest[11]) + int(rest[12])) / TICK
        children = (int(rest[13]) + int(rest[14])) / TICK
        found[int(entry)] = Proc(int(entry), int(rest[1]), name, own, children)
    return found


def machine_seconds() -> float:
    """CPU seconds the whole machine spent busy since boot (every core; idle and iowait left out)."""
    with open("/proc/stat", encoding="utf-8") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    guest = sum(values[8:10]) if len(values) > 9 else 0  # already counted in user and nice
    return (sum(values) - idle - guest) / TICK


def descendants(table: dict[int, Proc], roots: Iterable[int]) -> set[int]:
    found = set(roots) & set(table)
    frontier = set(found)
    while frontier:
        frontier = {p.pid for p in table.values() if p.ppid in frontier} - found
        found |= frontier
    return found


@dataclass
class Component:
    name: str
    select: Callable[[dict[int, Proc]], set[int]]  # which processes belong to it, given the process table
    children: bool = True  # count what its exited children used (not for a process whose children are others)


def by_pids(name: str, pids: Callable[[], Iterable[int]]) -> Component:
    """Processes with these pids (asked at each reading) and their descendants."""
    return Component(name, lambda table: descendants(table, pids()))


def this_process(name: str) -> Component:
    """This process alone: its own threads, not the processes it started."""
    return Component(name, lambda table: {os.getpid()}, children=False)


def by_names(name: str, names: Iterable[str]) -> Component:
    wanted = set(names)
    return Component(name, lambda table: {p.pid for p in table.values() if p.name in wanted})


@dataclass
class Meter:
    """CPU seconds per component between :meth:`start` and :meth:`stop`.

    A process seen only at the end counts from zero (it started during the run); one seen only at the
    start is lost unless its parent is in the same component (its time moves to the parent's children)."""

    components: list[Component]
    before: dict[str, dict[int, float]] = field(default_factory=dict)
    machine_before: float = 0.0
    used: dict[str, float] = field(default_factory=dict)
    machine: float = 0.0

    def _read(self) -> dict[str, dict[int, float]]:
        table = processes()
        return {
            c.name: {pid: table[pid].own + (table[pid].children if c.children else 0.0) for pid in c.select(table)}
            for c in self.components
        }

    def start(self) -> None:
        self.machine_before = machine_seconds()
        self.before = self._read()

    def stop(self) -> dict[str, float]:
        after = self._read()
        self.machine = machine_seconds() - self.machine_before
        self.used = {}
        for name, now in after.items():
            then = self.before.get(name, {})
            self.used[name] = sum(max(0.0, seconds - then.get(pid, 0.0)) for pid, seconds in now.items())
        return self.used
