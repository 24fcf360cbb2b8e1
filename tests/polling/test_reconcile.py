"""Periodic full reconcile: no conditional request, vanished comments deleted, edits detected."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.demo.replay import ReplayServer
from bot.services import Services
from bot.storage.models import Comment, Thread
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from tests.conftest import FIXTURES

CONTEXT = "/api/v1/statuses/113300000000000001/context"
STATUS = "/api/v1/statuses/113300000000000001"
GONE, EDITED = "113300000000000011", "113300000000000012"
T0 = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


def _thread_loses_and_edits(replay: ReplayServer) -> None:
    cassette = json.loads((FIXTURES / "mastodon" / "thread.json").read_text("utf-8"))
    first = next(i["response"] for i in cassette["interactions"] if i["request"]["path"] == CONTEXT)
    status = next(i["response"] for i in cassette["interactions"] if i["request"]["path"] == STATUS)
    later = copy.deepcopy(first)
    later["headers"]["ETag"] = 'W/"ctx-later"'
    descendants = [d for d in later["json"]["descendants"] if d["id"] != GONE]
    for item in descendants:
        if item["id"] == EDITED:
            item["content"] = "<p>Korjasin: kysymys koski kauramaitoa.</p>"
            item["edited_at"] = "2025-11-27T09:00:00.000Z"
    later["json"]["descendants"] = descendants
    # poll 1: full; poll 2: conditional, 304; poll 3 (a day later): full again, and the thread has changed
    replay.add("GET", CONTEXT, [first, {"status": 304, "headers": {"ETag": first["headers"]["ETag"]}}, later])
    replay.add("GET", STATUS, status)


def test_poll_after_reconcile_hours_sends_no_validators_and_deletes_vanished_comment(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    _thread_loses_and_edits(replay)
    services = services_factory(reconcile_hours=24)
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")

    first = poll(services, include_all=True, now=T0)
    assert first[0].new == 4, first[0].line()
    second = poll(services, include_all=True, now=T0 + timedelta(hours=1))
    assert (second[0].new, second[0].changed, second[0].deleted) == (0, 0, 0)
    third = poll(services, include_all=True, now=T0 + timedelta(hours=25))
    assert (third[0].new, third[0].changed, third[0].deleted) == (0, 1, 1), third[0].line()

    sent = [r.headers.get("if-none-match") for r in replay.requests_to(CONTEXT)]
    assert sent == [None, 'W/"ctx-5f1e"', None]
    with services.db.read() as session:
        rows = {c.external_id.rsplit("/", 1)[-1]: c for c in session.scalars(select(Comment))}  # keyed by uri
        thread = session.scalars(select(Thread)).one()
        reconciled = thread.last_reconciled_at
    gone = rows[GONE]
    assert (gone.deleted, gone.text, gone.author_name, gone.author_id) == (True, None, None, None)
    assert rows[EDITED].text is not None and "kauramaitoa" in rows[EDITED].text
    assert sum(1 for c in rows.values() if not c.deleted) == 3
    assert reconciled is not None and reconciled.replace(tzinfo=UTC) == T0 + timedelta(hours=25)


def _status(template: dict[str, Any], status_id: str) -> dict[str, Any]:
    return dict(template, id=status_id, uri=f"https://mastodon.example/users/liisa/statuses/{status_id}")


def test_poll_of_incomplete_fetch_keeps_comments_missing_from_it(
    services_factory: Callable[..., Services], replay: ReplayServer
) -> None:
    """A context of 60 descendants may be cut off (anonymous limit): missing comments are not deleted."""
    cassette = json.loads((FIXTURES / "mastodon" / "thread.json").read_text("utf-8"))
    first = next(i["response"] for i in cassette["interactions"] if i["request"]["path"] == CONTEXT)
    status = next(i["response"] for i in cassette["interactions"] if i["request"]["path"] == STATUS)
    template = first["json"]["descendants"][0]
    full: dict[str, Any] = copy.deepcopy(first)
    full["json"]["descendants"] = [_status(template, f"1133000000000{n:05d}") for n in range(100, 160)]
    cut = copy.deepcopy(full)
    newest = _status(template, "113300000000000200")
    cut["json"]["descendants"] = [*cut["json"]["descendants"][1:], newest]  # the oldest fell out of the window
    replay.add("GET", CONTEXT, [full, cut])
    replay.add("GET", STATUS, status)
    services = services_factory(reconcile_hours=1)
    add_watch(services.db, services.settings, f"{replay.url}/@kahvila/113300000000000001")

    poll(services, include_all=True, now=T0)
    later = poll(services, include_all=True, now=T0 + timedelta(hours=2))

    assert (later[0].new, later[0].deleted) == (1, 0), later[0].line()
    with services.db.read() as session:
        assert all(not c.deleted for c in session.scalars(select(Comment)))
