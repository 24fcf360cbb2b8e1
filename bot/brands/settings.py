"""The one resolver of a brand's effective settings: every consumer asks :func:`resolve` (or
:func:`brand_of_watch` and friends, then :func:`resolve`) instead of reading ``Settings`` for
brand-scoped things.

A value comes from, in order: the brand's own setting (``kuulo brand set``); for brand ``default``
and for shared keys, the install-wide setting (``KUULO_REVIEW_CHANNEL`` ...); the key's default.
:attr:`BrandSettings.settings` is the install's :class:`~bot.config.Settings` with the brand's
values laid over it, so code that takes ``Settings`` (the draft checks, the assessment's budgets,
the card and digest builders) works for a brand unchanged. Another brand's overlay also names its
own guidance collection (``guidance_<name>``) and carries only its own publishing credentials.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.orm import Session

from bot.brands.keys import KEYS, Key, parse_value
from bot.brands.names import DEFAULT
from bot.brands.records import REMOVED_PREFIX, find, set_value
from bot.brands.threads import brand_of_draft
from bot.config import PUBLISHING_CREDENTIALS, Settings, brand_credentials, split_ids
from bot.errors import ConfigError
from bot.storage.db import Database
from bot.storage.models import DEFAULT_BRAND_ID, Brand, Comment, Draft, Opportunity, Thread, Watch

INSTALL = "install"  # source of a value: the install-wide setting
OWN = "brand"  # source: set for the brand with `kuulo brand set`
UNSET = "unset"


@dataclass(frozen=True)
class BrandSettings:
    id: int
    name: str
    display_name: str
    values: dict[str, Any]
    sources: dict[str, str]  # key -> "brand", "install" (the KUULO_* setting), "default" or "unset"
    settings: Settings = field(repr=False)

    @property
    def is_default(self) -> bool:
        return self.name == DEFAULT

    @property
    def review_channel(self) -> str | None:
        value = self.values["review_channel"]
        return str(value) if value else None

    @property
    def escalation_channel(self) -> str | None:
        value = self.values["escalation_channel"]
        return str(value) if value else None

    @property
    def digest_channel(self) -> str | None:
        value = self.values["digest_channel"]
        return str(value) if value else None

    @property
    def approver_ids(self) -> tuple[str, ...]:
        return self.settings.approver_ids

    @property
    def drafting(self) -> bool:
        return bool(self.values["drafting"])

    @property
    def weekly_report(self) -> bool:
        return bool(self.values["weekly_report"])

    @property
    def collection(self) -> str:
        return self.settings.chroma_collection


def guidance_collection(base: str, name: str) -> str:
    """The Chroma collection of a brand's guidance: the configured one for ``default``, else ``<base>_<name>``."""
    return base if name == DEFAULT else f"{base}_{name}"


def _effective(brand: Brand, install: Settings) -> tuple[dict[str, Any], dict[str, str]]:
    own = dict(brand.settings or {})
    values: dict[str, Any] = {"display_name": brand.display_name}
    sources: dict[str, str] = {"display_name": OWN}
    for key in KEYS.values():
        if key.name != "display_name":
            values[key.name], sources[key.name] = _value(key, brand.name, own, install)
    return values, sources


def _value(key: Key, brand_name: str, own: dict[str, Any], install: Settings) -> tuple[Any, str]:
    """One key's effective value for the brand called ``brand_name`` with its ``own`` settings, and its source."""
    if key.name in own:
        return own[key.name], OWN
    if key.field is not None and (brand_name == DEFAULT or not key.own):
        value = getattr(install, key.field)
        return (str(value) if isinstance(value, Path) else value), (INSTALL if value not in (None, "") else UNSET)
    return key.default, ("default" if key.default not in (None, "") else UNSET)


def _overlay(brand: Brand, install: Settings, values: dict[str, Any]) -> Settings:
    update = {key.field: values[key.name] for key in KEYS.values() if key.field is not None}
    if update.get("brand_file") is not None:
        update["brand_file"] = Path(update["brand_file"])
    for key in ("approvers", "allowed_link_domains", "brand_accounts"):
        update[key] = update[key] or ""
    if brand.name != DEFAULT:
        update["chroma_collection"] = guidance_collection(install.chroma_collection, brand.name)
        update.update(dict.fromkeys(PUBLISHING_CREDENTIALS))  # never another brand's (default's) accounts
        update.update(brand_credentials(brand.name, secrets_file=install.brand_secrets_file))
        update["bluesky_pds_url"] = update.get("bluesky_pds_url") or install.bluesky_pds_url
    return install.model_copy(update=update)


def _build(brand: Brand, install: Settings) -> BrandSettings:
    values, sources = _effective(brand, install)
    return BrandSettings(brand.id, brand.name, brand.display_name, values, sources, _overlay(brand, install, values))


def resolve(db: Database, install: Settings, name: str = DEFAULT) -> BrandSettings:
    """The effective settings of the brand called ``name`` (:class:`~bot.errors.NotFound` lists the brands)."""
    with db.read() as session:
        return _build(find(session, name), install)


def resolve_id(db: Database, install: Settings, brand_id: int) -> BrandSettings:
    with db.read() as session:
        return resolve_in(session, install, brand_id)


def resolve_in(session: Session, install: Settings, brand_id: int) -> BrandSettings:
    """:func:`resolve_id` inside the caller's transaction."""
    brand = session.get(Brand, brand_id)
    if brand is None:  # removed meanwhile: behave as a brand with nothing of its own
        brand = Brand(id=brand_id, name=f"_removed_{brand_id}", display_name="(removed)", settings={})
    return _build(brand, install)


def brand_id_of_watch(session: Session, watch_id: int) -> int:
    return session.scalar(select(Watch.brand_id).where(Watch.id == watch_id)) or DEFAULT_BRAND_ID


def brand_id_of_comment(session: Session, comment_id: int) -> int:
    """The brand of the watch that stores the comment's thread (its other brands: bot/brands/threads.py)."""
    found = session.scalar(
        select(Watch.brand_id)
        .join(Thread, Thread.watch_id == Watch.id)
        .join(Comment, Comment.thread_id == Thread.id)
        .where(Comment.id == comment_id)
    )
    return found or DEFAULT_BRAND_ID


def brand_of_opportunity(db: Database, opportunity_id: int) -> int:
    """The brand id of an opportunity (each brand's assessment of a comment is its own row)."""
    with db.read() as session:
        return session.scalar(select(Opportunity.brand_id).where(Opportunity.id == opportunity_id)) or DEFAULT_BRAND_ID


def brand_id_of_draft(session: Session, draft_id: int) -> int | None:
    """The brand of a draft (through its opportunity); None when the draft does not exist."""
    return brand_of_draft(session, draft_id)


def for_draft(db: Database, install: Settings, draft_id: int) -> BrandSettings | None:
    with db.read() as session:
        return for_draft_in(session, install, draft_id)


def for_draft_in(session: Session, install: Settings, draft_id: int) -> BrandSettings | None:
    """The settings of the draft's brand, read in the caller's transaction; None when there is no such draft."""
    brand_id = brand_id_of_draft(session, draft_id)
    return None if brand_id is None else resolve_in(session, install, brand_id)


_BRANDS = cast(Table, Brand.__table__)
_OPPORTUNITIES = cast(Table, Opportunity.__table__)
_DRAFTS = cast(Table, Draft.__table__)
# The draft's brand row in one statement built once (an Approve click's write asks it): a draft without an
# opportunity brand belongs to brand default, as brand_of_draft says; a removed brand's row is missing.
_BRAND_OF_DRAFTS = (
    select(
        func.coalesce(_OPPORTUNITIES.c.brand_id, DEFAULT_BRAND_ID).label("brand_id"),
        _BRANDS.c.name,
        _BRANDS.c.settings,
        _DRAFTS.c.id.label("draft_id"),
    )
    .select_from(_DRAFTS)
    .outerjoin(_OPPORTUNITIES, _OPPORTUNITIES.c.id == _DRAFTS.c.opportunity_id)
    .outerjoin(_BRANDS, _BRANDS.c.id == func.coalesce(_OPPORTUNITIES.c.brand_id, DEFAULT_BRAND_ID))
)
_DRAFT_BRAND = _BRAND_OF_DRAFTS.where(_DRAFTS.c.id == bindparam("draft_id"))
_DRAFTS_BRANDS = _BRAND_OF_DRAFTS.where(_DRAFTS.c.id.in_(bindparam("draft_ids", expanding=True)))


def approvers_of_draft_in(session: Session, install: Settings, draft_id: int) -> tuple[int, tuple[str, ...]] | None:
    """The draft's brand id and its approver ids, exactly as ``for_draft_in(...).approver_ids`` gives them, from one
    query and without building the brand's settings (the Approve click's hot path); None when there is no such
    draft. A removed brand has no approvers (fail closed), as :func:`resolve_in` builds it."""
    row = session.execute(_DRAFT_BRAND, {"draft_id": draft_id}).first()
    return None if row is None else _approvers_of_row(row, install)


def approvers_of_drafts_in(
    session: Session, install: Settings, draft_ids: list[int]
) -> dict[int, tuple[int, tuple[str, ...]]]:
    """:func:`approvers_of_draft_in` for several drafts in one query (a batch of Approve clicks); a draft that
    does not exist is missing from the answer."""
    if not draft_ids:
        return {}
    rows = session.execute(_DRAFTS_BRANDS, {"draft_ids": sorted(set(draft_ids))})
    return {int(row.draft_id): _approvers_of_row(row, install) for row in rows}


def _approvers_of_row(row: Any, install: Settings) -> tuple[int, tuple[str, ...]]:
    name = row.name if row.name is not None else f"{REMOVED_PREFIX}{row.brand_id}"
    value, _source = _value(KEYS["approvers"], name, dict(row.settings or {}), install)
    return int(row.brand_id), split_ids(value or "")


def all_brands(db: Database, install: Settings) -> list[BrandSettings]:
    """Every brand's effective settings, ``default`` first."""
    with db.read() as session:
        brands = list(
            session.scalars(
                select(Brand).where(~Brand.name.startswith(REMOVED_PREFIX, autoescape=True)).order_by(Brand.id)
            )
        )
        return [_build(b, install) for b in brands]


CHANNEL_KEYS = ("review_channel", "escalation_channel", "digest_channel")


def set_setting(db: Database, install: Settings, name: str, key: str, value: str, actor: str = "cli") -> Any:
    """``kuulo brand set``: :func:`bot.brands.records.set_value`, refusing a channel another brand already uses
    (a channel belongs to one brand, so its cards, escalations and digests never mix with another's)."""
    if key in CHANNEL_KEYS and value.strip():
        check_channel_free(db, install, name, str(parse_value(key, value)))
    return set_value(db, name, key, value, actor=actor)


def check_channel_free(db: Database, install: Settings, name: str, channel: str) -> None:
    """Refuse ``channel`` for brand ``name`` when another brand's channels (or its watches' own) include it."""
    for other in all_brands(db, install):
        if other.name == name:
            continue
        with db.read() as session:
            watch_channels = set(
                session.scalars(
                    select(Watch.slack_channel).where(Watch.brand_id == other.id, Watch.slack_channel.is_not(None))
                )
            )
        used = {other.values[k] for k in CHANNEL_KEYS if other.values[k]} | watch_channels
        if channel in used:
            raise ConfigError(
                f"channel {channel} is already brand {other.name}'s; a channel belongs to one brand, so that "
                f"cards, approvals and digests never mix: give {name} a channel of its own"
            )


def brand_of_channel(db: Database, install: Settings, channel: str | None) -> BrandSettings | None:
    """The brand a Slack channel belongs to (its review, escalation or digest channel, or one of its watches'
    own channel); None for a direct message or a channel no brand uses. A channel belongs to one brand."""
    if not channel:
        return None
    brands = all_brands(db, install)
    for brand in brands:
        if channel in {brand.values[key] for key in CHANNEL_KEYS if brand.values[key]}:
            return brand
    with db.read() as session:
        owner = session.scalar(select(Watch.brand_id).where(Watch.slack_channel == channel).limit(1))
    return next((b for b in brands if b.id == owner), None)
