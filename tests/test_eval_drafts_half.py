"""`python -m bench.eval_drafts --dir DIR --half even|odd`: a dev set's tuning part and hold-out apart."""

from __future__ import annotations

import pytest

from bench.eval_drafts import in_half, parse_args


def test_half_splits_items_by_the_number_their_id_ends_with() -> None:
    items = [{"id": "f-ben-fi-01"}, {"id": "f-ben-fi-02"}, {"id": "f-dis-sv-14"}, {"id": "no-number"}]
    assert [i["id"] for i in items if in_half(i, "even")] == ["f-ben-fi-02", "f-dis-sv-14"]
    assert [i["id"] for i in items if in_half(i, "odd")] == ["f-ben-fi-01"]
    assert all(in_half(i, None) for i in items)


def test_half_accepts_only_even_or_odd() -> None:
    assert parse_args(["--dir", "eval/data/drafts-f", "--half", "odd"]).half == "odd"
    with pytest.raises(SystemExit):
        parse_args(["--dir", "eval/data/drafts-f", "--half", "first"])
