"""Opt-out by meaning: the prototype margin that confirms an opt-out in the detector's grey band."""

from __future__ import annotations

from functools import partial

import pytest

from bot.signals import optout
from bot.signals.judgement import detector, detector_vectors, parts, text_verdicts
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def _margins(embedder: LocalE5Embedder, texts: list[str]) -> list[float]:
    return optout.margins(
        detector().embedder_name, partial(detector_vectors, embedder), [[t, *parts(t)] for t in texts]
    )


def test_the_prototypes_cover_three_languages_on_both_sides() -> None:
    found = optout.prototypes()
    assert len(found.opt_out) >= 60 and len(found.near) >= 30
    assert not set(found.opt_out) & set(found.near)


@pytest.mark.parametrize(
    "complaint",
    [
        "The delivery was two weeks late and nobody answered my emails",
        "Toimitus myöhästyi kaksi viikkoa eikä kukaan vastannut sähköposteihin",
        "Leveransen var två veckor sen och ingen svarade på mina mejl",
        "Prices went up again this spring, not happy about it",
    ],
)
def test_an_ordinary_complaint_is_not_confirmed_as_an_opt_out(embedder: LocalE5Embedder, complaint: str) -> None:
    (margin,) = _margins(embedder, [complaint])
    assert not optout.confirms(margin)


def test_an_opt_out_is_nearer_the_opt_out_prototypes_than_a_complaint(embedder: LocalE5Embedder) -> None:
    asked, complained = _margins(
        embedder,
        [
            "No company accounts in my replies, I came here for other anglers' opinions",
            "No replies from anyone for a week about my broken reel, terrible",
        ],
    )
    assert optout.confirms(asked)
    assert asked > complained


def test_a_grey_band_opt_out_the_prototypes_confirm_is_flagged(
    embedder: LocalE5Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Kuuluuko talvipakettiin vavanpidin? Ja ei myyntisähköposteja jälkikäteen kiitos"
    (verdict,) = text_verdicts(embedder, [text])
    assert "opt_out" in verdict.flags and "opt_out" not in verdict.uncertain
    # without the second opinion the detector alone leaves it in its grey band: a person would decide
    monkeypatch.setattr(optout, "MARGIN", float("inf"))
    (alone,) = text_verdicts(embedder, [text])
    assert "opt_out" in alone.uncertain and "opt_out" not in alone.flags


def test_nothing_outside_the_grey_band_changes(embedder: LocalE5Embedder) -> None:
    text = "Olen kyllästynyt mainoksiin joka paikassa, lopetan kaikkien kauppojen seuraamisen"
    (verdict,) = text_verdicts(embedder, [text])
    assert verdict.scores["opt_out"] < detector().grey_at[detector().classes.index("opt_out")]
    assert "opt_out" not in verdict.flags
