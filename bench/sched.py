"""Where a thread's wall-clock time went, from Linux's scheduler statistics (``/proc/<pid>/task/<tid>/schedstat``).

The file gives three numbers per thread: nanoseconds on a CPU, nanoseconds runnable but waiting for a CPU
(the run queue: other processes' load), and time slices. Wall time minus both is time the thread was
blocked: on a socket (the replay server, PostgreSQL), a lock, or the disk (fsync). On a machine shared with
other work the run-queue wait is what its load costs; an idle machine has almost none. Zeros where the
file is absent (not Linux, or another user's process).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Sched:
    cpu: float  # seconds on a CPU
    waiting: float  # seconds runnable, waiting for a CPU

    def __sub__(self, other: Sched) -> Sched:
        return Sched(self.cpu - other.cpu, self.waiting - other.waiting)


def _read(path: Path) -> Sched:
    try:
        on_cpu, waiting, _slices = path.read_text().split()
    except (OSError, ValueError):
        return Sched(0.0, 0.0)
    return Sched(int(on_cpu) / 1e9, int(waiting) / 1e9)


def this_thread() -> Sched:
    return _read(Path(f"/proc/self/task/{threading.get_native_id()}/schedstat"))


def process(pid: int) -> Sched:
    """Every live thread of process ``pid`` (a PostgreSQL backend has one)."""
    total = Sched(0.0, 0.0)
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found = _read(task / "schedstat")
        total = Sched(total.cpu + found.cpu, total.waiting + found.waiting)
    return total


def available() -> bool:
    return Path(f"/proc/{os.getpid()}/schedstat").exists()
