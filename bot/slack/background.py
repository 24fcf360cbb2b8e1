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
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
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
EDIT_CHECK_SECONDS = 2.0  # a modal edit's draft checks must finish within this, or the user is asked to resubmit
CHECK_WORKERS = 2


class Background:
    """A small bounded executor for side effects; ``submit`` never blocks the acknowledgement."""

    def __init__(self, workers: int = WORKERS, max_pending: int = MAX_PENDING) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kuulo-slack-bg")
        self._checks = ThreadPoolExecutor(max_workers=CHECK_WORKERS, thread_name_prefix="kuulo-slack-checks")
        self._slots = threading.BoundedSemaphore(max_pending)

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


def warm_up() -> None:
    """Load what the first click or edit would otherwise load while Slack waits (and, for a click, while it
    holds the database's write lock): the language detector's models and the approval's modules, and, in a
    thread of its own, the draft checks' e5 model and prototypes (an edit modal's checks must answer in 3 s)."""
    threading.Thread(target=checks_warm_up, name="checks-warm-up", daemon=True).start()
    for sample in (
        "Kiitos kysymyksestä, sovellus toimii myös ilman verkkoyhteyttä.",
        "Tack för frågan, appen fungerar även utan nätverk.",
        "Thanks for asking, the app also works without a network connection.",
    ):
        detect_language(sample)
