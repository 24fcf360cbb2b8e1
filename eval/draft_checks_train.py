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

``--lowo`` writes nothing: for each spent drafts set it trains both recipes (:data:`RECIPES`: drafts-a, -b, -d,
or every spent set) without that set and counts its posing and hostile replies the classifier flags and its
benign replies it flags, as the ``tone`` and ``posing`` checks read it (:func:`_measure`). Session 24's run
(fourteen spent sets, a writer each; means over the sets, "dev a,b,d" → "all spent"): posing and hostile replies
flagged 70.6 % → 78.6 %, benign replies not flagged 98.4 % → 98.0 % (20 → 26 of 1,260 flagged); with
:data:`BENIGN_FLAGGED` 0.015 67.8 % → 74.3 % and 99.2 % → 98.3 %. Every spent set gains posing and hostile flags
(drafts-a ties, drafts-m loses) but the benign mean falls at either calibration, and the all-spent weights flagged short
courtesies ("Ha en fin helg!", "Ymmärrän, että olet pettynyt.") and Swedish sympathy as hostile; the committed
weights stay those of :data:`DEV_DRAFTS`. ``--all-spent`` builds from every spent set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.eval_drafts import load_items
from bot.checks import semantic
from bot.checks.grounding import content_stems
from bot.checks.identity import semantic_hit
from bot.checks.semantic import MODEL_FILE, SentenceClassifier, SentenceModel, bare, prototypes, split_sentences
from bot.checks.types import CheckContext
from bot.domain import Passage
from eval.provenance import blind_sets, verify
from knowledge.cache import CachedEmbedder, EmbeddingCache
from knowledge.embeddings import LocalE5Embedder
from knowledge.guidance import find_files, load_file

ROOT = Path(__file__).parents[1]
# Spent sets, dev data now (eval/README.md). Session 17 added drafts-b and drafts-d: with drafts-a alone the
# classifier read the brand's own first person ("This one went past me.", "Jag skickar vidare berömmet till teamet.")
# as a consumer's. Session 24 tried every spent drafts set (``--lowo``, the module docstring): not kept.
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
    source: str = ""  # the drafts set of a reply (ids repeat across sets)

    @property
    def reply(self) -> tuple[str, str]:
        return self.source, self.group


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


def samples(model: SentenceModel, brand: str = "Revontuli", folders: Sequence[Path] = DEV_DRAFTS) -> list[Sample]:
    """The training sentences: prototypes, public guidance, and the replies of the drafts sets in ``folders``."""
    out: list[Sample] = []
    for name, texts in prototypes("identity").items():
        label = name if name in CLASSES else "none"
        out += [Sample(t, label, f"proto:{t}", "prototype") for t in texts]
    out += [Sample(t, "none", f"proto:{t}", "prototype") for t in prototypes("acknowledge")["acknowledge"]]
    units = list(dict.fromkeys(s for p in guidance() for s in split_sentences(p.text)))
    out += [Sample(u, "none", f"guidance:{u}", "guidance") for u in units]
    unit_vectors = model.vectors(units)
    files = [(f, n) for f in folders for n in ("posing", "hostile", "benign", "disclosure", "mixed")]
    model.vectors(  # one batch for every reply sentence (the verbatim test below reads them one by one)
        [
            bare(sentence)
            for folder, name in files
            if (folder / f"{name}.jsonl").exists()
            for line in (folder / f"{name}.jsonl").read_text("utf-8").splitlines()
            if line.strip()
            for sentence in split_sentences(str(json.loads(line)["reply"]))
        ]
    )
    for folder, name in files:
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
                out.append(Sample(text, label, str(item["id"]), name, folder.name))
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


def fit(model: SentenceModel, found: Sequence[Sample]) -> tuple[SentenceClassifier, dict[str, np.ndarray]]:
    """The classifier over ``found`` (all of it) and each class's out-of-fold probabilities, which set its flag."""
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
    benign_groups: dict[tuple[str, str], list[int]] = {}
    for i, s in enumerate(found):
        if s.kind == "benign":
            benign_groups.setdefault(s.reply, []).append(i)
    flag_at = []
    for cls in CLASSES:
        per_reply = np.array([oof[cls][rows].max() for rows in benign_groups.values()])
        allowed = int(np.floor(BENIGN_FLAGGED * len(per_reply)))
        ordered = np.sort(per_reply)[::-1]
        flag = float(ordered[allowed]) + 1e-4 if len(ordered) > allowed else MIN_FLAG
        flag_at.append(max(MIN_FLAG, min(flag, 0.99)))
    classifier = SentenceClassifier(CLASSES, np.stack(weights), np.asarray(bias, dtype=np.float32), np.asarray(flag_at))
    return classifier, oof


def build(
    out: Path = MODEL_FILE,
    data: Sequence[Sample] | None = None,
    folders: Sequence[Path] | None = None,
    cache: Path | None = None,
) -> SentenceClassifier:
    """Train on ``data``, else on the prototypes, the guidance and ``folders`` (:data:`DEV_DRAFTS` when None),
    and write the weights to ``out``."""
    folders = DEV_DRAFTS if folders is None else folders
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddingCache(cache or Path(tmp) / "vectors.sqlite")
        model = SentenceModel(CachedEmbedder(LocalE5Embedder(), store))
        found = list(data) if data is not None else samples(model, folders=folders)
        return _build(model, found, folders, out)


def _build(model: SentenceModel, found: list[Sample], folders: Sequence[Path], out: Path) -> SentenceClassifier:
    classifier, oof = fit(model, found)
    flag_at = classifier.flag_at
    print(f"samples {len(found)}; positives " + ", ".join(f"{c} {sum(s.label == c for s in found)}" for c in CLASSES))
    print("out-of-fold, replies with a sentence flagged (dev: " + ", ".join(f.name for f in folders) + "):")
    groups: dict[tuple[str, str], list[int]] = {}
    for i, s in enumerate(found):
        if s.kind not in ("prototype", "guidance"):
            groups.setdefault(s.reply, []).append(i)
    for kind in ("posing", "hostile", "benign", "disclosure", "mixed"):
        ids = [g for g, rows in groups.items() if found[rows[0]].kind == kind]
        flagged = sum(
            any(oof[c][i] >= t for c, t in zip(CLASSES, flag_at, strict=True) for i in groups[g]) for g in ids
        )
        print(f"  {kind:10} {flagged}/{len(ids)}")
    classifier.save(out)
    print("flag at " + ", ".join(f"{c} {t:.3f}" for c, t in zip(CLASSES, flag_at, strict=True)) + f"; wrote {out}")
    return classifier


def spent_drafts() -> tuple[Path, ...]:
    """The folders of every spent drafts-format set of ``eval/blind/sets.yaml`` (hash-checked), by name."""
    found = []
    for evalset in blind_sets():
        if evalset.format == "drafts" and evalset.state == "spent":
            verify(evalset)
            found.append(evalset.path)
    return tuple(sorted(found, key=lambda p: p.name))


def _from(found: Sequence[Sample], folders: Sequence[Path]) -> list[Sample]:
    """The samples of ``found`` that are prototypes, guidance or replies of one of ``folders``."""
    names = {f.name for f in folders}
    return [s for s in found if s.kind in ("prototype", "guidance") or s.source in names]


@dataclass
class Held:
    """One held-out writer's replies flagged by one recipe's classifier as the identity checks read it."""

    flagged: dict[str, int]  # file -> replies with a sentence flagged posing or hostile
    total: dict[str, int]


def _measure(folder: Path, model: SentenceModel) -> Held:
    """The replies of ``folder``'s posing, hostile and benign files the current classifier flags, read as the
    ``tone`` and ``posing`` checks read it (:func:`bot.checks.identity.semantic_hit`: the short sentence with the
    one carrying it, the nearest prototypes' second opinion, declining to guess, the clause after a "but")."""
    held = Held({}, {})
    ctx = CheckContext(platform="reddit", brand_name="Revontuli", semantic=model)
    for name, rows in load_items(folder).items():
        if name not in ("posing", "hostile", "benign"):
            continue
        for item in rows:
            reply = str(item["reply"])
            hit = any(semantic_hit(reply, ctx, cls) is not None for cls in CLASSES)
            held.total[name] = held.total.get(name, 0) + 1
            held.flagged[name] = held.flagged.get(name, 0) + hit
    return held


RECIPES = ("dev a,b,d", "all spent")


def leave_one_writer_out(folders: Sequence[Path], cache: Path | None = None) -> dict[str, dict[str, Held]]:
    """For each held-out set of ``folders``: the classifier of each recipe (:data:`RECIPES`: the committed one's
    dev sets, or every spent set) trained without that set, then that set's posing, hostile and benign replies
    read with it as the identity checks read it (:func:`_measure`). ``cache``: an embedding cache file to keep."""
    out: dict[str, dict[str, Held]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        model = SentenceModel(CachedEmbedder(LocalE5Embedder(), EmbeddingCache(cache or Path(tmp) / "vectors.sqlite")))
        everything = samples(model, folders=folders)
        for held in folders:
            for recipe in RECIPES:
                train = [f for f in (DEV_DRAFTS if recipe == RECIPES[0] else folders) if f.name != held.name]
                classifier, _ = fit(model, _from(everything, train))
                path = Path(tmp) / f"{held.name}.npz"
                classifier.save(path)
                semantic.MODEL_FILE = path
                semantic.classifier.cache_clear()
                out.setdefault(held.name, {})[recipe] = _measure(held, model)
                row = out[held.name][recipe]
                print(
                    f"{held.name:9} {recipe:10} "
                    + " ".join(
                        f"{k} {row.flagged.get(k, 0)}/{row.total.get(k, 0)}" for k in ("posing", "hostile", "benign")
                    ),
                    flush=True,
                )
    semantic.MODEL_FILE = MODEL_FILE
    semantic.classifier.cache_clear()
    return out


def lowo_table(found: dict[str, dict[str, Held]]) -> list[str]:
    """Per held-out set and recipe: posing/hostile blocked and benign approvable, and the means over sets."""
    lines = [f"{'held out':9} " + " | ".join(f"{r}: posing/hostile flagged, benign not" for r in RECIPES)]
    means: dict[str, list[list[float]]] = {r: [[], []] for r in RECIPES}
    for name, by_recipe in found.items():
        cells = []
        for recipe in RECIPES:
            row = by_recipe[recipe]
            bad = sum(row.total.get(k, 0) for k in ("posing", "hostile"))
            bad_blocked = sum(row.flagged.get(k, 0) for k in ("posing", "hostile"))
            benign = row.total.get("benign", 0)
            benign_ok = benign - row.flagged.get("benign", 0)
            if bad:
                means[recipe][0].append(bad_blocked / bad)
            if benign:
                means[recipe][1].append(benign_ok / benign)
            cells.append(f"{bad_blocked}/{bad}, {benign_ok}/{benign}")
        lines.append(f"{name:9} " + " | ".join(cells))
    lines.append(
        f"{'mean':9} " + " | ".join(f"{100 * np.mean(m[0]):.1f} %, {100 * np.mean(m[1]):.1f} %" for m in means.values())
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.draft_checks_train", description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="an embedding cache file to reuse between runs")
    parser.add_argument("--all-spent", action="store_true", help="build from every spent drafts set (not the default)")
    parser.add_argument(
        "--lowo", action="store_true", help="compare the training recipes leaving each spent drafts set out; no write"
    )
    args = parser.parse_args(argv)
    if args.lowo:
        print("\n".join(lowo_table(leave_one_writer_out(spent_drafts(), args.cache))))
        return 0
    build(folders=spent_drafts() if args.all_spent else None, cache=args.cache)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
