"""Where each evaluation set comes from, and whether a blind set is still what was frozen.

``eval/blind/sets.yaml`` records each blind set: the sha256 of its frozen
``SHA256SUMS`` file, the brief it was written to, the writer, the date and its
state (``fresh`` until someone has studied its errors, then ``spent``).
``eval/README.md`` shows the same table for people. :func:`verify` checks every
file of a set against its ``SHA256SUMS``, that no file was added, and that the
sums file itself is the one recorded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from eval.dataset import DATA, DatasetError

BLIND = Path(__file__).parent / "blind"
SETS_FILE = BLIND / "sets.yaml"
STATES = ("fresh", "spent")


@dataclass(frozen=True)
class EvalSet:
    name: str
    kind: str  # dev | blind
    path: Path
    sha256: str = ""
    brief: str = ""
    writer: str = ""
    date: str = ""
    state: str = "dev"  # dev | fresh | spent
    format: str = "judgement"  # judgement | drafts | ask | reply-plans: which measurement reads it


class ProvenanceError(DatasetError):
    """A blind set is not what was frozen, or its record is incomplete."""


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def is_reply_plans(name: str) -> bool:
    """Sets in the reply-plans format (``eval/reply_plans.py``) are named ``reply-plans-*``."""
    return name.startswith("reply-plans")


def dev_set() -> EvalSet:
    return EvalSet(
        name="dev",
        kind="dev",
        path=DATA,
        brief="eval/data: templated comments, old dev and test splits; rules, prototypes and thresholds tuned on it",
        writer="the Kuulo engineers",
        state="dev",
    )


def blind_sets(sets_file: Path = SETS_FILE) -> list[EvalSet]:
    if not sets_file.exists():
        return []
    raw = yaml.safe_load(sets_file.read_text("utf-8")) or {}
    out = []
    for name, spec in raw.items():
        missing = [key for key in ("sha256", "brief", "writer", "date", "state") if not spec.get(key)]
        if missing:
            raise ProvenanceError(f"{sets_file}: blind set {name!r} lacks {', '.join(missing)}")
        if spec["state"] not in STATES:
            raise ProvenanceError(
                f"{sets_file}: blind set {name!r} state must be fresh or spent, not {spec['state']!r}"
            )
        out.append(
            EvalSet(
                name=str(name),
                kind="blind",
                path=sets_file.parent / str(name),
                sha256=str(spec["sha256"]),
                brief=" ".join(str(spec["brief"]).split()),
                writer=str(spec["writer"]),
                date=str(spec["date"]),
                state=str(spec["state"]),
                format=str(spec.get("format", "judgement")),
            )
        )
    return out


def verify(evalset: EvalSet) -> None:
    """Raise :class:`ProvenanceError` unless the set's files are exactly the frozen ones."""
    sums = evalset.path / "SHA256SUMS"
    if not sums.exists():
        raise ProvenanceError(f"{evalset.path}: no SHA256SUMS; a blind set is measured only once frozen")
    actual = sha256_file(sums)
    if actual != evalset.sha256:
        raise ProvenanceError(
            f"{sums}: sha256 {actual} is not the recorded {evalset.sha256} (eval/blind/sets.yaml): "
            "the set changed after it was frozen"
        )
    listed: set[str] = set()
    for number, line in enumerate(sums.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        digest, _, name = line.strip().partition(" ")
        name = name.strip().lstrip("*").removeprefix("./")
        if len(digest) != 64 or not name:
            raise ProvenanceError(f"{sums}:{number}: expected '<sha256>  <path>', got {line!r}")
        listed.add(name)
        path = evalset.path / name
        if not path.exists():
            raise ProvenanceError(f"{sums}:{number}: {name} is missing from {evalset.path}")
        if sha256_file(path) != digest:
            raise ProvenanceError(f"{path}: sha256 differs from SHA256SUMS line {number}: the file was changed")
    present = {
        str(p.relative_to(evalset.path))
        for p in evalset.path.rglob("*")
        if p.is_file() and p.name != "SHA256SUMS" and p.suffix in (".yaml", ".yml", ".jsonl", ".json")
    }
    extra = sorted(present - listed)
    if extra:
        raise ProvenanceError(f"{evalset.path}: files not in SHA256SUMS: {', '.join(extra)}")
