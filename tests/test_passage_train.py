"""The passage ranking's trainer keeps its check writers out of training (eval/passage_train.py, session 34)."""

from __future__ import annotations

import numpy as np

from bot.opportunities import ranking
from eval.passage_train import HELD_OUT, Question, fit, held_apart, hits, spent_sets
from eval.provenance import blind_sets


def _question(writer: str, first_right: bool) -> Question:
    x = np.eye(2, len(ranking.FEATURES))  # two candidates, each with one feature of its own
    y = np.array([1.0, 0.0]) if first_right else np.array([0.0, 1.0])
    return Question(writer, x, y, np.zeros(2), np.zeros(2))


def test_the_check_writers_are_spent_reply_plans_sets_the_trainer_reads() -> None:
    spent = {name for name, _ in spent_sets()}
    states = {s.name: s.state for s in blind_sets()}
    assert set(HELD_OUT) <= spent
    assert all(states[name] == "spent" for name in HELD_OUT)
    assert all(states.get(name, "spent") == "spent" for name in spent)  # a fresh set is never opened


def test_the_check_writers_are_kept_out_of_training_and_the_others_train() -> None:
    data = [_question("reply-plans-a", True), _question(HELD_OUT[0], False), _question("reply-plans-dev", True)]

    train, held = held_apart(data)

    assert [q.writer for q in train] == ["reply-plans-a", "reply-plans-dev"]
    assert [q.writer for q in held] == [HELD_OUT[0]]
    w = fit(train)
    assert hits(train, w) == (1.0, 1.0)  # the first feature learned from the training writers alone
    assert hits(held, w)[0] == 0.0
