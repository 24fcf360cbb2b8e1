"""Build the posing and hostility sentence classifier of the draft checks (``make draft-checks-model``).

Trained only on dev data, never on a fresh blind set:

* positives: the hand-written ``posing`` and ``hostile`` prototypes of
  ``bot/checks/data/semantic.yaml``, and the sentences of the spent sets
  ``eval/blind/drafts-a``, ``drafts-b`` and ``drafts-d`` (:data:`DEV_DRAFTS`, now dev data) from their posing
  and hostile replies,
  except those that repeat public guidance almost word for word (e5 similarity
  at least :data:`VERBATIM`) or only say who writes (a short sentence naming the
  brand): those are labelled negative, as they are harmless on their own;
* negatives: the ``neutral`` and ``acknowledge`` prototypes, every sentence of the
  sample brand's public guidance, and every sentence of the set's benign,
  disclosure and mixed replies.

One liblinear logistic regression per class over e5 query vectors. The flag
threshold of a class comes from 5-fold out-of-fold probabilities (folds by reply):
the lowest probability that flags at most :data:`BENIGN_FLAGGED` of the benign
replies (any sentence flagged), and never below :data:`MIN_FLAG`. The committed
weights use all the data. Deterministic. Writes ``bot/checks/data/identity_model.npz``
and prints the out-of-fold figures it was calibrated on.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.checks.grounding import content_stems
from bot.checks.semantic import MODEL_FILE, SentenceClassifier, SentenceModel, bare, prototypes, split_sentences
from bot.domain import Passage
from knowledge.embeddings import LocalE5Embedder
from knowledge.guidance import find_files, load_file

ROOT = Path(__file__).parents[1]
# Spent sets, dev data now (eval/README.md). Session 17 added drafts-b and drafts-d: with drafts-a alone the
# classifier read the brand's own first person ("This one went past me.", "I'd rather not guess a number for a
# house I haven't seen.", "Jag skickar vidare berömmet till teamet.") as a consumer's. drafts-c and drafts-e (spent)
# and drafts-f are left out so that their figures stay out-of-sample.
DEV_DRAFTS = tuple(ROOT / "eval" / "blind" / name for name in ("drafts-a", "drafts-b", "drafts-d"))
SAMPLE = ROOT / "knowledge" / "sample"
CLASSES = ("posing", "hostile")
VERBATIM = 0.93
FOLDS = 5
BENIGN_FLAGGED = 0.02
MIN_FLAG = 0.6
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Sample:
    text: str
    label: str  # posing | hostile | none
    group: str  # fold unit: the reply's id, or the text itself
    kind: str  # the source: a drafts file name, "prototype" or "guidance"


def guidance() -> list[Passage]:
    found = []
    for item in find_files([SAMPLE]):
        for section in load_file(item.path, item.source):
            meta = section.meta
            found.append(
                Passage(
                    section.id, section.text, meta.kind, meta.language, meta.visibility, item.source, section.heading
                )
            )
    return [p for p in found if p.visibility == "public"]


def samples(model: SentenceModel, brand: str = "Revontuli") -> list[Sample]:
    out: list[Sample] = []
    for name, texts in prototypes("identity").items():
        label = name if name in CLASSES else "none"
        out += [Sample(t, label, f"proto:{t}", "prototype") for t in texts]
    out += [Sample(t, "none", f"proto:{t}", "prototype") for t in prototypes("acknowledge")["acknowledge"]]
    units = list(dict.fromkeys(s for p in guidance() for s in split_sentences(p.text)))
    out += [Sample(u, "none", f"guidance:{u}", "guidance") for u in units]
    unit_vectors = model.vectors(units)
    for folder, name in ((f, n) for f in DEV_DRAFTS for n in ("posing", "hostile", "benign", "disclosure", "mixed")):
        path = folder / f"{name}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            for sentence in split_sentences(str(item["reply"])):
                text = bare(sentence)
                label = "none"
                if name in CLASSES:
                    verbatim = float((model.vectors([text]) @ unit_vectors.T).max()) >= VERBATIM
                    says_who = brand.lower()[:-1] in text.lower() and len(_WORD.findall(text)) <= 10
                    label = "none" if verbatim or says_who or not content_stems(text) else name
                out.append(Sample(text, label, str(item["id"]), name))
    return out


def _fold(group: str) -> int:
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression  # start-up cost: scikit-learn, only when training

    model = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", max_iter=5000)
    model.fit(x, y)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def build(out: Path = MODEL_FILE, data: Sequence[Sample] | None = None) -> SentenceClassifier:
    model = SentenceModel(LocalE5Embedder())
    found = list(data) if data is not None else samples(model)
    x = model.vectors([s.text for s in found])
    folds = np.array([_fold(s.group) for s in found])
    oof = {c: np.zeros(len(found)) for c in CLASSES}
    weights, bias = [], []
    for cls in CLASSES:
        y = np.array([s.label == cls for s in found])
        for fold in range(FOLDS):
            train = folds != fold
            w, b = _fit(x[train], y[train])
            oof[cls][~train] = _sigmoid(x[~train] @ w + b)
        w, b = _fit(x, y)
        weights.append(w)
        bias.append(b)
    benign_groups = sorted({s.group for s in found if s.kind == "benign"})
    flag_at = []
    for cls in CLASSES:
        per_reply = np.array([max(oof[cls][i] for i, s in enumerate(found) if s.group == g) for g in benign_groups])
        allowed = int(np.floor(BENIGN_FLAGGED * len(per_reply)))
        ordered = np.sort(per_reply)[::-1]
        flag = float(ordered[allowed]) + 1e-4 if len(ordered) > allowed else MIN_FLAG
        flag_at.append(max(MIN_FLAG, min(flag, 0.99)))
    print(f"samples {len(found)}; positives " + ", ".join(f"{c} {sum(s.label == c for s in found)}" for c in CLASSES))
    print("out-of-fold, replies with a sentence flagged (dev: " + ", ".join(f.name for f in DEV_DRAFTS) + "):")
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(found):
        if s.kind not in ("prototype", "guidance"):
            groups.setdefault(s.group, []).append(i)
    for kind in ("posing", "hostile", "benign", "disclosure", "mixed"):
        ids = [g for g, rows in groups.items() if found[rows[0]].kind == kind]
        flagged = sum(
            any(oof[c][i] >= t for c, t in zip(CLASSES, flag_at, strict=True) for i in groups[g]) for g in ids
        )
        print(f"  {kind:10} {flagged}/{len(ids)}")
    classifier = SentenceClassifier(CLASSES, np.stack(weights), np.asarray(bias, dtype=np.float32), np.asarray(flag_at))
    classifier.save(out)
    print("flag at " + ", ".join(f"{c} {t:.3f}" for c, t in zip(CLASSES, flag_at, strict=True)) + f"; wrote {out}")
    return classifier


def main(argv: Sequence[str] | None = None) -> int:
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
