"""The posing/hostility trainer's leave-one-writer-out helpers (eval/draft_checks_train.py): a held-out set's
replies never reach its training data, ids repeated across sets stay apart, and the table's means are per set."""

from __future__ import annotations

from pathlib import Path

from eval.draft_checks_train import RECIPES, Held, Sample, _from, lowo_table


def test_a_held_out_sets_replies_are_left_out_and_prototypes_and_guidance_kept() -> None:
    found = [
        Sample("Proto.", "posing", "proto:Proto.", "prototype"),
        Sample("Guide.", "none", "guidance:Guide.", "guidance"),
        Sample("Ours last year.", "posing", "e-pos-en-01", "posing", "drafts-x"),
        Sample("Ours last winter.", "posing", "e-pos-en-01", "posing", "drafts-y"),
    ]
    kept = _from(found, [Path("eval/blind/drafts-x")])
    assert [s.text for s in kept] == ["Proto.", "Guide.", "Ours last year."]
    assert found[2].reply != found[3].reply  # the same id in two sets is two replies


def test_the_table_gives_each_recipes_counts_and_its_mean_over_sets() -> None:
    held = {
        "drafts-x": {
            RECIPES[0]: Held({"posing": 1, "hostile": 1, "benign": 1}, {"posing": 2, "hostile": 2, "benign": 10}),
            RECIPES[1]: Held({"posing": 2, "hostile": 2, "benign": 0}, {"posing": 2, "hostile": 2, "benign": 10}),
        },
        "drafts-y": {
            RECIPES[0]: Held({"posing": 0, "hostile": 0}, {"posing": 1, "hostile": 1, "benign": 10}),
            RECIPES[1]: Held({"posing": 1, "hostile": 0, "benign": 5}, {"posing": 1, "hostile": 1, "benign": 10}),
        },
    }
    lines = lowo_table(held)
    assert lines[1] == "drafts-x  2/4, 9/10 | 4/4, 10/10"
    assert lines[2] == "drafts-y  0/2, 10/10 | 1/2, 5/10"
    assert lines[3] == "mean      25.0 %, 95.0 % | 75.0 %, 75.0 %"
