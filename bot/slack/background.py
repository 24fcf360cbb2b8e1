"""What a Slack request does after its acknowledgement, and the bound on what it does before.

Slack wants an HTTP answer within 3 s. The app runs its listeners before
answering (``process_before_response``), so a listener does only what the
answer depends on — the signature check (Bolt), one compare-and-set write,
a modal's validation — and hands everything else (``chat.update`` of the
card, ephemeral notes, ``views.open``, slash-command replies) to
:class:`Background`: a few worker threads in the Slack process with a
bounded queue. The side effects are plain functions of ids and strings
(:func:`show_decision`), so a broker-backed queue can later run them instead.

A modal edit must answer with its validation errors, so the draft checks run
before the answer, in :func:`within` with a bound (:data:`EDIT_CHECK_SECONDS`):
checks that take longer are answered with "try again" instead of a timeout
at Slack, and nothing is saved.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from bot.checks.semantic import warm_up as checks_warm_up
from bot.language import detect_language
from bot.slack import cards
from bot.slack.client import tell

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.config import Settings
    from bot.storage.db import Database

log = logging.getLogger(__name__)
T = TypeVar("T")

WORKERS = 4  # Slack Web API calls wait on the network, not the CPU; four keep a burst of 100 clicks moving
MAX_PENDING = 1000  # queued side effects; beyond this a listener runs its own (slower answer, nothing lost)
YIELD_SECONDS = 2.0  # the longest a side effect waits for a burst of answers to end (Slack allows 3 s per answer)
EDIT_CHECK_SECONDS = 2.0  # a modal edit's draft checks must finish within this, or the user is asked to resubmit
CHECK_WORKERS = 2


class Background:
    """A small bounded executor for side effects; ``submit`` never blocks the acknowledgement.

    Side effects yield to answers: the Slack process runs Python on one interpreter lock, so a card
    refresh running while 100 clicks wait for their answers makes every answer later. While requests
    are being answered (:meth:`answering`), a worker waits before starting its next side effect, for
    at most :data:`YIELD_SECONDS`, then runs it anyway (a steady stream of requests never starves it).
    """

    def __init__(self, workers: int = WORKERS, max_pending: int = MAX_PENDING) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kuulo-slack-bg")
        self._checks = ThreadPoolExecutor(max_workers=CHECK_WORKERS, thread_name_prefix="kuulo-slack-checks")
        self._slots = threading.BoundedSemaphore(max_pending)
        self._answering = 0
        self._idle = threading.Condition()

    @contextmanager
    def answering(self) -> Iterator[None]:
        """Mark a request being answered: side effects wait (bounded) until none is."""
        with self._idle:
            self._answering += 1
        try:
            yield
        finally:
            with self._idle:
                self._answering -= 1
                if not self._answering:
                    self._idle.notify_all()

    def _yield_to_answers(self) -> None:
        deadline = time.monotonic() + YIELD_SECONDS
        with self._idle:
            while self._answering and (left := deadline - time.monotonic()) > 0:
                self._idle.wait(left)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
        """Run ``fn(*args, **kwargs)`` soon in a worker; errors are logged with their traceback."""
        if not self._slots.acquire(blocking=False):
            log.warning("slack side-effect queue full (%d): running %s before answering", MAX_PENDING, _name(fn))
            _run(fn, args, kwargs)
            return
        try:
            self._pool.submit(self._release_after, fn, args, kwargs)
        except RuntimeError:  # shut down: the process is stopping; do it here rather than lose it
            self._slots.release()
            _run(fn, args, kwargs)

    def _release_after(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        try:
            self._yield_to_answers()
            _run(fn, args, kwargs)
        finally:
            self._slots.release()

    def within(self, seconds: float, fn: Callable[..., T], /, *args: Any) -> T:
        """``fn(*args)`` if it finishes within ``seconds``; else :class:`TimeoutError` (it still runs to its end)."""
        future: Future[T] = self._checks.submit(fn, *args)
        try:
            return future.result(timeout=seconds)
        except FutureTimeout:
            raise TimeoutError(f"{_name(fn)} took longer than {seconds:.1f} s") from None

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait)
        self._checks.shutdown(wait=wait)


def _run(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    try:
        fn(*args, **kwargs)
    except Exception:  # a boundary: a failed card update must not kill the worker
        log.exception("slack side effect %s failed", _name(fn))


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", None) or repr(fn)


def show_decision(
    db: Database,
    client: WebClient,
    settings: Settings,
    draft_id: int,
    *,
    channel: str | None = None,
    user: str | None = None,
    note: str | None = None,
) -> None:
    """After a decision: tell ``user`` the ``note`` (why it was not done), then show the draft's state on its card."""
    if note and user:
        tell(client, channel, user, note)
    cards.refresh(db, client, settings, draft_id)


_warming: list[threading.Thread] = []


def wait_warm(timeout: float) -> bool:
    """Wait (up to ``timeout`` seconds) for the checks' warm-up started by :func:`warm_up`; True when done."""
    deadline = time.monotonic() + timeout
    for thread in list(_warming):
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in _warming)


def warm_up() -> threading.Thread:
    """Load what the first click or edit would otherwise load while Slack waits: the language detector's
    models and the approval's modules, and, in a thread of its own (returned: the HTTP server joins it before
    it listens), the draft checks' e5 model and prototypes (an approval and an edit modal run the checks)."""
    thread = threading.Thread(target=checks_warm_up, name="checks-warm-up", daemon=True)
    thread.start()
    _warming.append(thread)
    for sample in (
        "Kiitos kysymyksestä, sovellus toimii myös ilman verkkoyhteyttä.",
        "Tack för frågan, appen fungerar även utan nätverk.",
        "Thanks for asking, the app also works without a network connection.",
    ):
        detect_language(sample)
    return thread
