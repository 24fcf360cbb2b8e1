"""Verbatim text: what people wrote is stored and shown; the normalised form stays for machines."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest
import regex
from sqlalchemy import select

from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.storage.db import Database
from bot.storage.models import Comment, Thread, Watch
from bot.textnorm import clip, display, normalise, original, shown
from bot.watching.threads import store_thread

FAMILY = "👨‍👩‍👧‍👦"  # man, ZWJ, woman, ZWJ, girl, ZWJ, boy
THUMBS = "👍🏽"  # skin tone modifier
RAINBOW = "🏳️‍🌈"  # variation selector and ZWJ
SCOTLAND = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"  # tag sequence flag
KEYCAP = "1️⃣"
NFD_FI = unicodedata.normalize("NFD", "Pääsenkö myös Åbo Akademin kautta? Hyvä!")
NFD_SV = unicodedata.normalize("NFD", "Går det att få på svenska? Tack så mycket.")
HEBREW = "שלום, האם יש משלוח לישראל?"
ARABIC = "هل يعمل التطبيق بدون إنترنت؟"
PERSIAN = "می‌خواهم بدانم"  # ZWNJ between letters is part of the spelling
CJK = "这个应用可以离线使用吗？日本語も大丈夫ですか。"
REF = ThreadRef("mastodon", "1", "https://mastodon.example/@kahvila/1", "https://mastodon.example")
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

REAL_WORLD = [
    f"Koko perhe {FAMILY} tykkää! {THUMBS}",
    f"Pride-viikolla {RAINBOW} ja {SCOTLAND} {KEYCAP}",
    NFD_FI,
    NFD_SV,
    HEBREW,
    ARABIC,
    PERSIAN,
    CJK,
    "Odotan innolla… Kahvila™ on paras.",
    "Rivi yksi\nRivi kaksi\n\nKappale kaksi",
]


@pytest.mark.parametrize("text", REAL_WORLD)
def test_display_keeps_what_people_wrote_exactly(text: str) -> None:
    assert display(original(text).text) == text


def test_normalised_form_still_folds_for_machines() -> None:
    assert normalise("Odotan innolla… Kahvila™").text == "Odotan innolla... KahvilaTM"
    assert normalise(FAMILY).text != FAMILY  # the joiners go: the model sees the people, not the sequence
    assert normalise(NFD_FI).text == unicodedata.normalize("NFC", NFD_FI)


@pytest.mark.parametrize(
    ("hidden", "visible"),
    [
        ("Tilaa nyt\u202e!lanoitatsuk\u202c", "Tilaa nyt!lanoitatsuk"),  # right-to-left override
        ("a\u2066b\u2069c\u202ad\u202c", "abcd"),  # isolates and embeddings
        ("Hei\U000e0049\U000e0047\U000e004e\U000e004f\U000e0052\U000e0045", "Hei"),  # tag characters (hidden ASCII)
        ("kah\u200bvi\u2060la\ufeff", "kahvila"),  # zero-width space, word joiner, BOM
        ("kah\u200dvila", "kahvila"),  # a ZWJ between Latin letters joins nothing
        (f"\u200d{FAMILY}\u200d", FAMILY),  # stray joiners around an emoji sequence
    ],
)
def test_display_removes_what_hides_or_reorders_text(hidden: str, visible: str) -> None:
    assert display(hidden) == visible


@pytest.mark.parametrize("length", [10_000, 10_001])
def test_original_is_capped_at_a_grapheme_boundary(length: int) -> None:
    text = "a" * (length - len(FAMILY)) + FAMILY  # the family straddles the 10,000th character when too long
    assert len(text) == length
    kept = original(text, 10_000)
    assert kept.truncated is (length > 10_000)
    assert len(kept.text) <= 10_000
    last = regex.findall(r"\X", kept.text)[-1]
    assert last in ("a", FAMILY)  # never a half family
    if length == 10_000:
        assert kept.text == text


def test_clip_never_splits_a_combining_sequence() -> None:
    text = unicodedata.normalize("NFD", "ä") * 3  # a + combining diaeresis
    assert clip(text, 5) == text[:4]
    assert clip(THUMBS * 2, 3) == THUMBS


def _watch(db: Database) -> Watch:
    with db.write() as session:
        watch = Watch(url=REF.url, platform="mastodon", target="1", objective="trust", poll_interval_minutes=30)
        session.add(watch)
    return watch


def _thread(texts: list[str | None]) -> FetchedThread:
    comments = [
        FetchedComment("mastodon", str(n), None, f"u{n}", f"user{n}", text, T0, extra={"uri": f"https://x/{n}"})
        for n, text in enumerate(texts)
    ]
    return FetchedThread(REF, None, "kahvila", "Kysy meiltä", T0, comments)


def test_both_forms_are_stored_and_display_is_verbatim(db: Database) -> None:
    watch = _watch(db)
    with db.write() as session:
        store_thread(session, session.merge(watch), _thread(list(REAL_WORLD)), 10_000)
    with db.read() as session:
        rows = sorted(session.scalars(select(Comment)), key=lambda c: int(c.external_id))
    assert [shown(c.original_text, c.text) for c in rows] == REAL_WORLD
    assert rows[-2].text == "Odotan innolla... KahvilaTM on paras."  # matching and models keep the folded form
    assert rows[0].original_text == REAL_WORLD[0]


def test_ten_thousand_and_one_characters_are_cut_on_both_forms(db: Database) -> None:
    watch = _watch(db)
    long = "sana " * 2000 + FAMILY  # 10,000 + 11 characters: the family is past the cap
    with db.write() as session:
        store_thread(session, session.merge(watch), _thread([long[:10_000], long]), 10_000)
    with db.read() as session:
        rows = sorted(session.scalars(select(Comment)), key=lambda c: int(c.external_id))
    assert rows[0].truncated is False and rows[0].original_text == long[:10_000].strip()
    assert rows[1].truncated is True and rows[1].original_text == long[:10_000].rstrip()
    assert FAMILY[0] not in (rows[1].original_text or "")


def test_an_unchanged_reread_fills_the_original_without_counting_an_edit(db: Database) -> None:
    """Rows stored before the original was kept get it on the next read, not counted as an edit."""
    watch = _watch(db)
    fetched = _thread([f"Ihana {FAMILY}… kiitos™"])
    with db.write() as session:
        store_thread(session, session.merge(watch), fetched, 10_000)
    with db.write() as session:
        row = session.scalars(select(Comment)).one()
        row.original_text = None  # as a row of an older schema revision,
        session.scalars(select(Thread)).one().content_hash = None  # whose thread migration 0009 makes read in full
    with db.write() as session:
        again = store_thread(session, session.merge(watch), fetched, 10_000)
    assert (again.new, again.changed, again.unchanged) == ([], [], 1)
    with db.read() as session:
        assert session.scalars(select(Comment)).one().original_text == f"Ihana {FAMILY}… kiitos™"


def test_deletion_upstream_drops_both_forms(db: Database) -> None:
    watch = _watch(db)
    with db.write() as session:
        store_thread(session, session.merge(watch), _thread([f"Hei {THUMBS}"]), 10_000)
    gone = _thread([None])
    gone.comments[0].deleted = True
    with db.write() as session:
        result = store_thread(session, session.merge(watch), gone, 10_000)
    assert len(result.deleted) == 1
    with db.read() as session:
        row = session.scalars(select(Comment)).one()
    assert (row.text, row.original_text, row.author_name) == (None, None, None)
