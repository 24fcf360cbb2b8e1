"""Who signs a reply approved in Slack: the approver's own signature, else their Slack profile's first name.

When a brand's voice guidance asks replies to end with the answerer's name, a draft's sign-off carries
the slot ``{name}`` (bot/checks/signature.py) and the approval fills it with the approver's signature.
A person sets their own with ``/kuulo signature "Mikko"`` (kept in ``signatures``); otherwise Kuulo
reads their profile with ``users.info`` (``profile.first_name``, else the first word of the real or
display name) and caches it for :data:`PROFILE_TTL` seconds. Every name is validated: letters only, at
most 30 characters; a profile name that is not one signs nothing (the approval is refused and says how
to set a signature).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from bot.checks.signature import SignatureError, valid_name
from bot.storage.db import Database
from bot.storage.models import Signature, utcnow

if TYPE_CHECKING:
    from slack_sdk import WebClient

log = logging.getLogger(__name__)
PROFILE_TTL = 3600.0


def profile_first_name(user: dict[str, Any]) -> str | None:
    """The first name of a ``users.info`` user object, if it is a valid signature."""
    found = user.get("profile")
    profile: dict[str, Any] = found if isinstance(found, dict) else {}
    candidates = [
        profile.get("first_name"),
        *(str(profile.get(key) or "").split(" ")[0] for key in ("real_name", "display_name")),
        str(user.get("real_name") or "").split(" ")[0],
    ]
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            try:
                return valid_name(candidate)
            except SignatureError:
                continue
    return None


class Signatures:
    def __init__(
        self, db: Database, client: WebClient, ttl: float = PROFILE_TTL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.db, self.client, self.ttl, self.clock = db, client, ttl, clock
        self._profiles: dict[str, tuple[float, str | None]] = {}
        self._lock = threading.Lock()

    def own(self, user: str) -> str | None:
        """The signature ``user`` set with ``/kuulo signature``, if any."""
        with self.db.read() as session:
            row = session.get(Signature, user)
            return row.name if row is not None else None

    def set(self, user: str, name: str) -> str:
        """Keep ``name`` as ``user``'s signature; :class:`SignatureError` when it is not a name."""
        signer = valid_name(name)
        with self.db.write() as session:
            row = session.get(Signature, user)
            if row is None:
                session.add(Signature(user_id=user, name=signer))
            else:
                row.name, row.updated_at = signer, utcnow()
        return signer

    def clear(self, user: str) -> None:
        """Forget ``user``'s own signature: their profile's first name signs again."""
        with self.db.write() as session:
            row = session.get(Signature, user)
            if row is not None:
                session.delete(row)

    def profile(self, user: str) -> str | None:
        """``user``'s Slack profile first name (``users.info``), cached; None when Slack cannot tell."""
        now = self.clock()
        with self._lock:
            cached = self._profiles.get(user)
            if cached is not None and now - cached[0] < self.ttl:
                return cached[1]
        try:
            found = self.client.users_info(user=user).get("user") or {}
        except SlackApiError as exc:
            log.warning("users.info for the signature of %s failed: %s", user, exc.response.get("error"))
            return None
        name = profile_first_name(found) if isinstance(found, dict) else None
        with self._lock:
            self._profiles[user] = (now, name)
        return name

    def name_for(self, user: str) -> str | None:
        """The name ``user`` signs with: their own signature, else their profile's first name."""
        return self.own(user) or self.profile(user)
