"""Opt-out by meaning: a second opinion on the detector's opt-out grey band.

The detector (:mod:`bot.signals.judgement`) puts many indirect opt-outs ("tired of ads everywhere, I'm
unfollowing", "not here to be marketed to", "brands lurking here again, blocking") in its opt-out grey band
beside some ordinary comments, so they were escalated, not recognised. This module compares the comment and each
of its clauses with hand-written prototypes (``data/optout.yaml``: ``opt_out``, and ``near``: complaints about
service, prices or other people's spam, and asks to be contacted) on the same e5 query vectors: a grey-band
comment one of whose clauses is nearer to an opt-out prototype than to every ``near`` one by :data:`MARGIN` or
more is an opt-out (flagged). Outside the grey band the detector alone decides, but for one kind: an opt-out told
in one comma clause beside a question ("no sales people reaching out to me, but how heavy is it?"), which the
question dilutes in the whole comment and its sentences. Such a clause (:func:`comma_clauses`) is an opt-out when the
detector flags it and the prototypes do not read it as nearer a ``near`` one, or when it is in the grey band and they
confirm it (:func:`clause_opt_outs`); it never puts the comment in the grey band or raises a doubt.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import yaml

from bot.ports import Vectors

# Chosen on dev data (dev, dev-b, dev-c, dev-d, dev-f, the spent judgement-a..d and dev-g outside its hold-out):
# of the labelled opt-outs in the grey band, 37 more recognised over those sets; 27 of about 6,600 other comments
# (all already in the grey band, so escalated and never drafted) become opt-outs. 0.02 gave 42 for 34, 0.03 26 for 17.
MARGIN = 0.025


# An opt-out is often one clause of a sentence that goes on to ask something, joined by a comma or a "but" ("Ei
# yhteydenottoja yrityksiltä kiitos, mutta mitä olette maksaneet?", "I'd rather not hear from tour operators at all,
# but is the kota heated?"): judged whole, the question dilutes it (on the spent judgement-p, 9 of its 12 opt-outs not
# recognised, 5 of them drafted). Besides the comment's sentences (cut at sentence ends, colons, dashes and brackets, as
# :func:`bot.signals.judgement.parts`, whose pattern this repeats: judgement imports this module), with CLAUSE_COMMAS
# its comma clauses are read too (cut at commas and before a "but", fi/sv/en; the "but" itself counts no word, so "but
# I'm just asking" is no clause): a comma clause the detector flags and that is no nearer a ``near`` prototype than an
# opt-out one, or one in its grey band that the prototypes confirm (:data:`MARGIN`), makes the comment an opt-out
# (:func:`clause_opt_outs`), and their margins count when the prototypes judge a grey-band comment (:func:`clauses`).
# A comma clause never raises the detector's grey band or its doubt: a short clause borrows the words of contact
# ("your support never answers in the chat") and those would keep comments from a draft on a probability alone.
# Measured on the spent judgement-c ... -p (664 opt-outs): recognised 636 -> 655, ordinary and hard comments flagged
# 31 -> 37 (five of the six already in the grey band, so escalated before), should-draft ones among them 0 -> 1.
CLAUSE_COMMAS = True
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+|\s+[-–—]+\s+|\s*[()]\s*")
_COMMA = re.compile(r"(?<=,)\s+|\s+(?=(?:but|mutta|mut|men|however|though)\s)", re.IGNORECASE)
_BUT = re.compile(r"^(?:but|mutta|mut|men|however|though)\s+", re.IGNORECASE)
MIN_CLAUSE_WORDS = 3


def _words(piece: str) -> int:
    return len(_BUT.sub("", piece).split())


def sentences(text: str) -> list[str]:
    """The sentences of a comment (at least MIN_CLAUSE_WORDS words each) when it has two or more: what
    :func:`bot.signals.judgement.parts` returns."""
    found = [p.strip() for p in _SENTENCE.split(text) if p and len(p.split()) >= MIN_CLAUSE_WORDS]
    return found if len(found) > 1 else []


def comma_clauses(text: str) -> list[str]:
    """The comma clauses of a comment's sentences (CLAUSE_COMMAS) that are neither the comment nor one of its
    :func:`sentences`."""
    if not CLAUSE_COMMAS:
        return []
    known = {text.strip(), *sentences(text)}
    found = []
    for sentence in (p.strip() for p in _SENTENCE.split(text) if p and p.strip()):
        for clause in _COMMA.split(sentence):
            clause = clause.strip(" ,")
            if clause and _words(clause) >= MIN_CLAUSE_WORDS and clause not in known:
                found.append(clause)
    return list(dict.fromkeys(found))


def clauses(text: str) -> list[str]:
    """Every piece of a comment the prototypes judge besides the whole: its :func:`sentences` and
    :func:`comma_clauses`."""
    return list(dict.fromkeys((*sentences(text), *comma_clauses(text))))


@dataclass(frozen=True)
class Prototypes:
    opt_out: tuple[str, ...]
    near: tuple[str, ...]


@cache
def prototypes() -> Prototypes:
    raw = yaml.safe_load(resources.files("bot.signals").joinpath("data/optout.yaml").read_text("utf-8"))
    if set(raw) != {"opt_out", "near"}:
        raise ValueError(f"optout.yaml must hold opt_out and near, not {sorted(raw)}")
    texts = {key: tuple(str(t) for phrases in raw[key].values() for t in phrases) for key in raw}
    return Prototypes(opt_out=texts["opt_out"], near=texts["near"])


_lock = threading.Lock()
_vectors: dict[str, tuple[np.ndarray, np.ndarray]] = {}


def _prototype_vectors(space: str, vectorise: Callable[[list[str]], Vectors]) -> tuple[np.ndarray, np.ndarray]:
    with _lock:
        cached = _vectors.get(space)
    if cached is not None:
        return cached
    found = prototypes()
    vectors = (
        np.asarray(vectorise(list(found.opt_out)), dtype=np.float32),
        np.asarray(vectorise(list(found.near)), dtype=np.float32),
    )
    with _lock:
        _vectors[space] = vectors
    return vectors


def _gaps(space: str, vectorise: Callable[[list[str]], Vectors], vectors: np.ndarray) -> np.ndarray:
    """Per vector, its cosine to the nearest opt-out prototype minus its cosine to the nearest ``near`` one."""
    opt_out, near = _prototype_vectors(space, vectorise)
    return np.asarray((vectors @ opt_out.T).max(axis=1) - (vectors @ near.T).max(axis=1))


def gaps(space: str, vectorise: Callable[[list[str]], Vectors], vectors: Vectors) -> np.ndarray:
    """Per unit e5 vector (in the space named ``space``), its cosine to the nearest opt-out prototype minus its cosine
    to the nearest ``near`` one."""
    return _gaps(space, vectorise, np.asarray(vectors, dtype=np.float32))


def margins(space: str, vectorise: Callable[[list[str]], Vectors], pieces: Sequence[Sequence[str]]) -> list[float]:
    """For each comment (its whole text and its clauses, ``pieces``), the largest margin of one piece: its
    cosine to the nearest opt-out prototype minus its cosine to the nearest ``near`` one. ``vectorise`` gives
    unit e5 query vectors in the embedding space named ``space``."""
    flat = [(index, piece) for index, texts in enumerate(pieces) for piece in texts]
    out = [float("-inf")] * len(pieces)
    if not flat:
        return out
    scores = _gaps(space, vectorise, np.asarray(vectorise([piece for _, piece in flat]), dtype=np.float32))
    for (index, _), score in zip(flat, scores, strict=True):
        out[index] = max(out[index], float(score))
    return out


def clause_opt_outs(
    space: str,
    vectorise: Callable[[list[str]], Vectors],
    opt_out_probability: Callable[[Vectors], np.ndarray],
    texts: Sequence[str],
    grey_at: float,
    flag_at: float,
) -> list[bool]:
    """For each comment, whether one of its :func:`comma_clauses` is an opt-out: the detector's opt-out probability
    (``opt_out_probability`` of the clauses' vectors) at ``flag_at`` or more and the clause no nearer a ``near``
    prototype than an opt-out one, or at ``grey_at`` or more and the prototypes confirming it (:func:`confirms`)."""
    flat = [(index, clause) for index, text in enumerate(texts) for clause in comma_clauses(text)]
    out = [False] * len(texts)
    if not flat:
        return out
    vectors = np.asarray(vectorise([clause for _, clause in flat]), dtype=np.float32)
    probabilities = opt_out_probability(vectors)
    gaps = _gaps(space, vectorise, vectors)
    for (index, _), probability, gap in zip(flat, probabilities, gaps, strict=True):
        if (probability >= flag_at and gap >= 0.0) or (probability >= grey_at and confirms(gap)):
            out[index] = True
    return out


def confirms(margin: float) -> bool:
    """Whether a grey-band opt-out's prototype margin makes it an opt-out."""
    return margin >= MARGIN
