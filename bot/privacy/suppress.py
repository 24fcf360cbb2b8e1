"""The do-not-contact list, edited by hand, and the erased-person check.

Rows hold ``sha256(author id)`` exactly as :func:`bot.opportunities.assess.author_hash`
computes it, so an opt-out detected in a comment, an id added here, and an
erasure all match the same person. Reasons: ``opt-out`` (said so in a
comment), ``manual`` (added here), ``erasure`` (erased on request: Kuulo also
never stores their comments again). Removing an ``erasure`` row needs
``force``: it is the only record that the person must stay out.

A row holds for every brand unless it names one (``brand_id``): an opt-out that names one brand of the
install ("stop replying, Revontuli") suppresses the author for that brand only; one that names no brand,
a manual entry and an erasure hold for every brand (docs/privacy.md, docs/brands.md).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from bot.errors import ConfigError, InvalidTransition
from bot.storage.db import Database
from bot.storage.models import Brand, Suppression


def author_hash(author_id: str) -> str:
    """The one hash of a platform author id: suppressions, opportunity gates and erasure all use it."""
    return hashlib.sha256(author_id.encode("utf-8", errors="surrogatepass")).hexdigest()


def required(value: str | None, what: str) -> str:
    """``value`` unless it is empty or blank: an identity that names nobody is refused, never stored."""
    if value is None or not value.strip():
        raise ConfigError(f"{what} is empty; give it exactly as the platform shows it (nothing was changed)")
    return value


def add(db: Database, platform: str, author_id: str, reason: str = "manual") -> bool:
    """Suppress an author for every brand; False when already on the list for every brand. An empty author
    or platform is refused."""
    required(platform, "the platform")
    required(author_id, "the author id")
    with db.write() as session:
        return suppress(session, platform, author_id, reason)


def remove(db: Database, platform: str, author_id: str, *, force: bool = False) -> bool:
    """Take an author off the list (for every brand, and for each brand an opt-out named); False when they
    were not on it."""
    required(author_id, "the author id")
    with db.write() as session:
        hashed = author_hash(author_id)
        rows = list(
            session.scalars(
                select(Suppression).where(Suppression.platform == platform, Suppression.author_hash == hashed)
            )
        )
        if not rows:
            return False
        if any(row.reason == "erasure" for row in rows) and not force:
            raise InvalidTransition(
                "this person was erased on request; the hash keeps them out. Use --force only if they asked to be back."
            )
        session.execute(delete(Suppression).where(Suppression.id.in_([row.id for row in rows])))
        return True


def listing(db: Database, platform: str | None = None) -> list[tuple[str, str, str, datetime, str | None]]:
    """(platform, hash, reason, created, the brand it holds for or None for every brand) rows; the hash is
    all Kuulo keeps."""
    with db.read() as session:
        query = (
            select(Suppression, Brand.name)
            .outerjoin(Brand, Brand.id == Suppression.brand_id)
            .order_by(Suppression.platform, Suppression.created_at)
        )
        if platform:
            query = query.where(Suppression.platform == platform)
        return [(r.platform, r.author_hash, r.reason, r.created_at, name) for r, name in session.execute(query)]


def is_erased(session: Session, platform: str, identities: Sequence[str | None]) -> bool:
    """True when any of these author ids or names was erased on request (never store them again)."""
    hashes = [author_hash(i) for i in identities if i]
    if not hashes:
        return False
    found = session.scalar(
        select(Suppression.id).where(
            Suppression.platform == platform, Suppression.reason == "erasure", Suppression.author_hash.in_(hashes)
        )
    )
    return found is not None


def is_suppressed(session: Session, platform: str, author_id: str | None, *, brand_id: int) -> bool:
    """Whether ``brand_id`` must not reply to this author: a row for every brand, or one for this brand."""
    if not author_id:
        return False
    found = session.scalar(
        select(Suppression.id)
        .where(
            Suppression.platform == platform,
            Suppression.author_hash == author_hash(author_id),
            or_(Suppression.brand_id.is_(None), Suppression.brand_id == brand_id),
        )
        .limit(1)
    )
    return found is not None


def suppress(
    session: Session, platform: str, author_id: str, reason: str = "opt-out", brand_id: int | None = None
) -> bool:
    """Add an author to the suppression list, for every brand (``brand_id`` None) or for one brand;
    ``False`` when they are already suppressed there."""
    hashed = author_hash(author_id)
    query = select(Suppression.id).where(
        Suppression.platform == platform,
        Suppression.author_hash == hashed,
        Suppression.brand_id.is_(None)
        if brand_id is None
        else or_(Suppression.brand_id.is_(None), Suppression.brand_id == brand_id),
    )
    if session.scalar(query.limit(1)) is not None:
        return False
    session.add(Suppression(platform=platform, author_hash=hashed, reason=reason, brand_id=brand_id))
    session.flush()
    return True


def erased_among(session: Session, platform: str, identities: Iterable[str | None]) -> set[str]:
    """Which of these author ids or names were erased on request, in one query per 500 (a whole thread at once)."""
    by_hash = {author_hash(i): i for i in set(identities) if i}
    erased: set[str] = set()
    hashes = list(by_hash)
    for start in range(0, len(hashes), _IN_CHUNK):
        found = session.scalars(
            select(Suppression.author_hash).where(
                Suppression.platform == platform,
                Suppression.reason == "erasure",
                Suppression.author_hash.in_(hashes[start : start + _IN_CHUNK]),
            )
        )
        erased.update(by_hash[h] for h in found)
    return erased


_IN_CHUNK = 500  # bound parameters per IN list: far below SQLite's and PostgreSQL's limits
