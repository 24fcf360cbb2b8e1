"""Who may decide: ``KUULO_APPROVERS`` user ids and user-group members. Fails closed.

An empty list admits nobody; a user group that cannot be looked up admits
nobody through it. Group members are cached for ``ttl`` seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from slack_sdk import WebClient

log = logging.getLogger(__name__)


class Approvers:
    def __init__(
        self, client: WebClient, ids: tuple[str, ...], ttl: float = 300.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.client, self.ttl, self.clock = client, ttl, clock
        self.users = frozenset(i for i in ids if not i.startswith("S"))
        self.groups = tuple(i for i in ids if i.startswith("S"))
        self._members: dict[str, tuple[float, frozenset[str]]] = {}
        self._lock = threading.Lock()

    @property
    def empty(self) -> bool:
        return not self.users and not self.groups

    def _group_members(self, group: str) -> frozenset[str]:
        from slack_sdk.errors import SlackApiError

        with self._lock:
            cached = self._members.get(group)
            if cached and self.clock() - cached[0] < self.ttl:
                return cached[1]
        try:
            response = self.client.usergroups_users_list(usergroup=group)
            members = frozenset(str(u) for u in response.get("users") or [])
        except SlackApiError as exc:
            log.warning("user group %s could not be looked up (%s): it admits nobody", group, exc.response.get("error"))
            return frozenset()
        with self._lock:
            self._members[group] = (self.clock(), members)
        return members

    def known(self, user_id: str | None) -> bool | None:
        """:meth:`allows` without calling Slack: None when the answer needs a user group not yet looked up."""
        if not user_id:
            return False
        if user_id in self.users:
            return True
        now = self.clock()
        with self._lock:
            fresh = [self._members.get(g) for g in self.groups]
        if any(entry is None or now - entry[0] >= self.ttl for entry in fresh):
            return None
        return any(user_id in entry[1] for entry in fresh if entry is not None)

    def allows(self, user_id: str | None) -> bool:
        if not user_id:
            return False
        if user_id in self.users:
            return True
        return any(user_id in self._group_members(group) for group in self.groups)
