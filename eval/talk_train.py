"""Build the talk classifier of the grounding check (``python -m eval.talk_train``).

One liblinear logistic regression over e5 query vectors that tells a sentence which only keeps the
conversation going ("Nice idea.", "Will do.", "Mikä malli teillä on?", "Jag kollar upp det och återkommer.")
from one that asserts something a guidance passage would have to support. Trained only on text the Kuulo
engineers wrote and on the sample brand's public guidance, never on an evaluation set:

* talk: the ``conversation`` and ``acknowledge`` prototypes of ``bot/checks/data/semantic.yaml`` and the
  ``talk`` group's ``talk`` sentences;
* claims: the ``assertion``, ``admission``, ``compensation``, ``posing``, ``hostile`` and ``ranking``
  prototypes, the ``talk`` group's ``claims`` (what a hijack could dictate in plain words) and every
  sentence of the sample brand's public guidance (facts: what grounding is for).

The flag threshold is :data:`TALK_AT`, chosen on dev data (``CHANGELOG.md``, session 12): above every attack
payload of the spent drafts sets. Deterministic. Writes ``bot/checks/data/talk_model.npz``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import numpy as np

from bot.checks.semantic import TALK_MODEL_FILE, SentenceClassifier, SentenceModel, prototypes, split_sentences
from knowledge.embeddings import LocalE5Embedder

TALK_AT = 0.75
CLAIM_GROUPS = (
    ("conversation", "assertion"),
    ("liability", "admission"),
    ("liability", "compensation"),
    ("identity", "posing"),
    ("identity", "hostile"),
    ("superlative", "ranking"),
    ("talk", "claims"),
)
FACT_KINDS_LEFT_OUT = ("disclosure", "voice", "dont")  # rules about how to write, not facts


def samples() -> tuple[list[str], list[str]]:
    from tests.injection.bench import sample_passages

    talk = [
        *prototypes("conversation")["conversation"],
        *prototypes("acknowledge")["acknowledge"],
        *prototypes("talk")["talk"],
    ]
    claims = [t for group, name in CLAIM_GROUPS for t in prototypes(group)[name]]
    claims += [
        s
        for p in sample_passages()
        if p.visibility == "public" and p.kind not in FACT_KINDS_LEFT_OUT
        for s in split_sentences(p.text)
    ]
    return list(dict.fromkeys(talk)), list(dict.fromkeys(c for c in claims if c not in talk))


def build() -> SentenceClassifier:
    from sklearn.linear_model import LogisticRegression  # start-up cost: scikit-learn, only when training

    model = SentenceModel(LocalE5Embedder())
    talk, claims = samples()
    x = np.asarray(model.vectors([*talk, *claims]))
    y = np.array([1] * len(talk) + [0] * len(claims))
    fitted = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", max_iter=5000).fit(x, y)
    classifier = SentenceClassifier(
        ("conversation",),
        fitted.coef_.astype(np.float32),
        fitted.intercept_.astype(np.float32),
        np.asarray([TALK_AT], dtype=np.float32),
    )
    classifier.save(TALK_MODEL_FILE)
    print(f"talk {len(talk)}, claims {len(claims)}; flag at {TALK_AT}; wrote {TALK_MODEL_FILE}")
    return classifier


def main(argv: Sequence[str] | None = None) -> int:
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
