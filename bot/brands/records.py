"""Adding, listing, renaming and removing brands; every change leaves an audit event.

Removal is refused while a brand has watches or pending drafts. Forced, it deletes the brand's
pending drafts and the watches that hold nothing decided; watches whose threads hold decisions or
published replies stay, paused and inactive, so decisions, posts and audit events are never lost.
The brand's row then stays too, renamed ``_removed_<id>`` (outside the name pattern, so the name is
free again), and is no longer listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from bot.brands.keys import parse_value
from bot.brands.names import DEFAULT, check_name
from bot.brands.threads import drafts_of_brand, hand_over
from bot.errors import ConfigError, NotFound
from bot.review.status import DraftStatus, move
from bot.storage.db import Database
from bot.storage.models import (
    AuditEvent,
    Brand,
    Decision,
    Digest,
    Draft,
    Opportunity,
    Post,
    Watch,
    utcnow,
)

REMOVED_PREFIX = "_removed_"


@dataclass(frozen=True)
class BrandRow:
    id: int
    name: str
    display_name: str
    settings: dict[str, Any]
    watches: int
    pending: int


@dataclass(frozen=True)
class Removal:
    """What ``kuulo brand remove --force`` did."""

    name: str
    watches_removed: int
    watches_retired: int  # kept, paused and inactive: their threads hold decisions or posts
    drafts_removed: int
    drafts_retired: int  # pending drafts with an edit decision: made stale, kept with their decision
    decisions_kept: int
    posts_kept: int


def find(session: Session, name: str) -> Brand:
    """The brand called ``name``; :class:`NotFound` lists the brands there are."""
    brand = session.scalar(select(Brand).where(Brand.name == name))
    if brand is None or name.startswith(REMOVED_PREFIX):
        known = ", ".join(
            session.scalars(
                select(Brand.name).where(~Brand.name.startswith(REMOVED_PREFIX, autoescape=True)).order_by(Brand.id)
            )
        )
        raise NotFound(f"no brand {name!r}; the brands are: {known}. Add one with `kuulo brand add NAME`")
    return brand


def _audit(session: Session, actor: str, action: str, brand: Brand, **detail: Any) -> None:
    session.add(AuditEvent(actor=actor, action=action, subject_type="brand", subject_id=str(brand.id), detail=detail))


def add_brand(
    db: Database,
    name: str,
    *,
    display_name: str | None = None,
    timezone: str | None = None,
    locale: str | None = None,
    actor: str = "cli",
) -> Brand:
    check_name(name)
    values: dict[str, Any] = {}
    if timezone is not None:
        values["timezone"] = parse_value("timezone", timezone)
    if locale is not None:
        values["locale"] = parse_value("locale", locale)
    shown = parse_value("display_name", display_name) if display_name is not None else name.replace("_", " ").title()
    with db.write() as session:
        if session.scalar(select(Brand.id).where(Brand.name == name)) is not None:
            raise ConfigError(f"a brand {name!r} exists already; `kuulo brand show {name}` shows it")
        brand = Brand(name=name, display_name=shown, settings=values)
        session.add(brand)
        session.flush()
        _audit(session, actor, "brand.add", brand, name=name)
        return brand


def has_other_brands(db: Database) -> bool:
    """Does the install have a brand besides ``default`` (then cards and digests name their brand)?"""
    with db.read() as session:
        others = (
            select(Brand.id)
            .where(Brand.name != DEFAULT, ~Brand.name.startswith(REMOVED_PREFIX, autoescape=True))
            .limit(1)
        )
        return session.scalar(others) is not None


def list_brands(db: Database) -> list[BrandRow]:
    with db.read() as session:
        watches = dict(session.execute(select(Watch.brand_id, func.count()).group_by(Watch.brand_id)).all())
        pending = dict(
            session.execute(
                select(Opportunity.brand_id, func.count(Draft.id))
                .join(Draft, Draft.opportunity_id == Opportunity.id)
                .where(Draft.status == "pending")
                .group_by(Opportunity.brand_id)
            ).all()
        )
        brands = session.scalars(
            select(Brand).where(~Brand.name.startswith(REMOVED_PREFIX, autoescape=True)).order_by(Brand.id)
        )
        return [
            BrandRow(b.id, b.name, b.display_name, dict(b.settings or {}), watches.get(b.id, 0), pending.get(b.id, 0))
            for b in brands
        ]


def get_brand(db: Database, name: str) -> BrandRow:
    for row in list_brands(db):
        if row.name == name:
            return row
    with db.read() as session:
        find(session, name)  # raises NotFound with the list
    raise NotFound(name)  # pragma: no cover - find raised


def set_value(db: Database, name: str, key: str, value: str, actor: str = "cli") -> Any:
    """Store ``key`` for the brand (checked per key); an empty ``value`` clears it. Returns what is stored."""
    stored = parse_value(key, value) if value.strip() else None
    if key == "display_name" and stored is None:
        raise ConfigError("a brand always has a display name; give one")
    with db.write() as session:
        brand = find(session, name)
        if key == "display_name":
            brand.display_name = str(stored)
        else:
            settings = dict(brand.settings or {})
            if stored is None:
                settings.pop(key, None)
            else:
                settings[key] = stored
            brand.settings = settings
        brand.updated_at = utcnow()
        _audit(session, actor, "brand.set", brand, key=key, cleared=stored is None)
    return stored


def rename_brand(db: Database, old: str, new: str, actor: str = "cli") -> Brand:
    """Rename the brand; its watches, drafts and decisions follow (they point at its id)."""
    check_name(new)
    if DEFAULT in (old, new):
        raise ConfigError("the brand default keeps its name (it is reserved); give another brand a new name")
    with db.write() as session:
        brand = find(session, old)
        if session.scalar(select(Brand.id).where(Brand.name == new)) is not None:
            raise ConfigError(f"a brand {new!r} exists already; choose another name")
        brand.name = new
        brand.updated_at = utcnow()
        _audit(session, actor, "brand.rename", brand, old=old, new=new)
        return brand


def _brand_drafts(brand_id: int) -> Any:
    return drafts_of_brand(brand_id)


def remove_brand(db: Database, name: str, *, force: bool = False, actor: str = "cli") -> Removal:
    if name == DEFAULT:
        raise ConfigError("the brand default cannot be removed (it is reserved); remove its watches instead")
    with db.write() as session:
        brand = find(session, name)
        drafts = _brand_drafts(brand.id)
        watches = session.scalar(select(func.count()).select_from(Watch).where(Watch.brand_id == brand.id)) or 0
        pending = session.scalar(select(func.count()).where(Draft.id.in_(drafts), Draft.status == "pending")) or 0
        if (watches or pending) and not force:
            raise ConfigError(
                f"brand {name!r} has {watches} watches and {pending} pending drafts; nothing was changed. "
                f"Remove them first, or run `kuulo brand remove {name} --force` to delete them "
                "(decisions, published replies and audit events are kept)"
            )
        decided = exists().where(Decision.draft_id == Draft.id)
        pending_ids = select(Draft.id).where(Draft.id.in_(drafts), Draft.status == "pending")
        retired_drafts = list(session.scalars(pending_ids.where(decided)))
        move(session, Draft.id.in_(retired_drafts), DraftStatus.STALE)
        removed_drafts = int(
            session.execute(delete(Draft).where(Draft.id.in_(pending_ids.where(~decided)))).rowcount or 0  # type: ignore[attr-defined]
        )
        history = (  # the brand's watches whose assessments hold a decision or a published reply
            select(Opportunity.watch_id)
            .join(Draft, Draft.opportunity_id == Opportunity.id)
            .outerjoin(Decision, Decision.draft_id == Draft.id)
            .outerjoin(Post, Post.draft_id == Draft.id)
            .where(Opportunity.brand_id == brand.id, or_(Decision.id.is_not(None), Post.id.is_not(None)))
        )
        kept = set(session.scalars(select(Watch.id).where(Watch.brand_id == brand.id, Watch.id.in_(history))))
        kept |= set(  # an account watch stays when one of its threads does
            session.scalars(select(Watch.parent_watch_id).where(Watch.id.in_(kept), Watch.parent_watch_id.is_not(None)))
        )
        leaving = list(session.scalars(select(Watch.id).where(Watch.brand_id == brand.id, Watch.id.not_in(kept))))
        for watch_id in leaving:  # a thread another brand also watches stays, with its comments
            hand_over(session, watch_id)
        gone = session.execute(delete(Watch).where(Watch.id.in_(leaving)))
        removed_watches = int(gone.rowcount or 0)  # type: ignore[attr-defined]
        for watch in session.scalars(select(Watch).where(Watch.id.in_(kept))):
            watch.paused, watch.status, watch.last_error = True, "inactive", f"brand {name} removed"
        decisions = session.scalar(select(func.count()).where(Decision.draft_id.in_(_brand_drafts(brand.id)))) or 0
        posts = session.scalar(select(func.count()).where(Post.draft_id.in_(_brand_drafts(brand.id)))) or 0
        removal = Removal(name, removed_watches, len(kept), removed_drafts, len(retired_drafts), decisions, posts)
        _audit(session, actor, "brand.remove", brand, forced=force, **removal.__dict__)
        has_digests = session.scalar(select(Digest.id).where(Digest.brand_id == brand.id).limit(1)) is not None
        if kept or has_digests:
            brand.name, brand.settings, brand.updated_at = f"{REMOVED_PREFIX}{brand.id}", {}, utcnow()
        else:
            session.delete(brand)
        return removal
