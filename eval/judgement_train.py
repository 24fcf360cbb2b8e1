"""Build the semantic risk and opt-out detector (``make judgement-model``).

``make judgement-model`` (this script's defaults) rebuilds the committed ``judgement_model.npz`` exactly: it refits
the intent model from the data below and keeps the committed risk and opt-out classes (weights and bands) as they
are, the recipe that built the committed file since session 20 (the spent writers teach intent alone; the opt-out
class is refitted only when :data:`OPT_OUT_SPENT` names sets, none since session 33's measure). The file's
bytes depend only on its arrays, so on unchanged data the committed file is left byte for byte as it is;
``--check`` rebuilds into a scratch file and says whether it is the committed model. ``--refit-risk`` refits the
risk and opt-out classes too: a model change to measure like any other, since on today's code and data they do not
come out as the committed ones (session 27: grey bands crisis 0.536 -> 0.517, injury 0.652 -> 0.647, legal 0.400 ->
0.397, harassment 0.475 -> 0.472, opt-out flag 0.890 -> 0.891, every weight a little; the committed classes were
last fitted in session 20, f8ea593, and the inputs this script reads for them show no change since, so the drift's
cause was not found).

Trained only on dev data: the comments of ``eval/data`` (old dev and test
splits alike), the threads of ``eval/data/dev-b`` outside its evaluation
hold-out (:func:`eval.dataset.held_out_thread`: those are never trained or
calibrated on, ``make eval`` measures on them), the threads of the spent blind
set judgement-a outside its own hold-out third (``judgement-a-holdout``), the threads of ``eval/data/dev-c``
outside its hold-out third (``dev-c-holdout``), the threads of ``eval/data/dev-d`` outside its
hold-out third (``dev-d-holdout``, chosen the same way) (``eval/data/dev-f`` only with ``TRAIN_DEV_F``), the
hand-written prototypes of
``bot/signals/data/judgement.yaml`` and, for intent, the example phrases of
``bot/signals/data/examples.yaml`` and the threads of the spent blind sets judgement-b ... judgement-r
(:data:`eval.dataset.SPENT_JUDGEMENT`, seventeen more writers, k ... n from session 25, o ... r from session 30; each
outside its hold-out
third, ``<name>-holdout``;
a set not recorded ``spent`` is refused); never on a fresh blind set. Those seventeen teach intent only
(:data:`RISK_SPENT`). Chosen leaving each writer wholly out (``--leave-out judgement-g`` and ``-h``, ``-i``, measured
with ``eval.run --set <that set>`` beside today's model): intent 0.778 -> 0.782 (g), 0.774 -> 0.796 (h),
0.664 -> 0.690 (i), mean 0.739 -> 0.756; should-draft precision 0.763 -> 0.808, 0.812 -> 0.824, 0.744 -> 0.825
(mean 0.773 -> 0.819) at recall 0.612 -> 0.597, 0.558 -> 0.554, 0.562 -> 0.566 (mean 0.577 -> 0.572); every risk
and opt-out figure unchanged, hard negatives flagged or escalated too (mean 0.218). The intent model alone, left
out writer by writer over all eight sets, reads 0.699 of their comments right trained on the older data and 0.730
with the other seven writers. Deterministic: a fixed calibration hold-out (a stable hash of the thread id or
prototype text picks about a third), liblinear logistic regression, thresholds from the
hold-out. Writes ``bot/signals/data/judgement_model.npz`` (about 30 kB) and
prints the hold-out figures it was calibrated on.

Texts are judged as in use: without reference noise (``detector_text``); opt-out, judged on each clause
too, also learns from the clauses of the comments that are not opt-outs (as negatives).

Two models share the file: the per-class risk and opt-out detector, and a
multinomial intent model (one linear layer over the same e5 vector) that the
offline classifier uses in place of nearest examples.

Per class the hold-out sets two thresholds on the predicted probability:
``grey`` lets at most 2 % of hold-out negatives into the grey band (higher, up
to 0.5, when hold-out recall stays at :data:`GREY_RECALL` there); ``flag`` lets
at most 1 % of them be flagged, and is never below ``grey`` + 0.05 or 0.5.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from bot.signals.examples import examples
from bot.signals.judgement import CLASSES, MODEL_FILE, PART_CLASSES, SemanticDetector, detector_text, parts
from bot.signals.types import INTENTS
from eval.dataset import (
    BLIND,
    DEV_B,
    DEV_C,
    DEV_D,
    DEV_F,
    JUDGEMENT_A,
    SPENT_JUDGEMENT,
    EvalComment,
    dev_c_held_out,
    dev_d_held_out,
    dev_f_held_out,
    held_out_thread,
    load_comments,
)
from eval.memory import cached_local_embedder
from eval.provenance import blind_sets

GREY_RECALL = 0.97
GREY_QUANTILE = 0.98  # at most 2 % of hold-out negatives in the grey band or above, per class
FLAG_QUANTILE = 0.99  # at most 1 % of hold-out negatives flagged, per class
GREY_CEILING = 0.5  # the grey band never starts above this probability
GREY_FLOOR = 0.08  # nor below this one (else every comment would be uncertain)
HOLDOUT_SHARE = 3  # one in three
# ``--check``: a rebuilt intent model whose first choice is the committed one's on every text it learns from and whose
# probabilities differ by at most this is the committed model read through another machine's e5 numerics (vectors
# computed on another CPU can differ in their last bits, and a fit on them is then never array for array the same;
# rounding the vectors it reads would not help, since some value always sits at a rounding edge). Session 30: on this
# machine, with the shared cache, a rebuild of session 29's recipe was the committed file array for array.
DRIFT_TOLERANCE = 1e-3
# dev-c was written for the weak classes (injury, harassment, competitors) inside family products (baby food,
# trampolines, kitchens): trained on every class, its talk about children made the minors detector flag 24 of
# its own and judgement-a's hold-out hard negatives ("my kids love it"). It teaches only these classes.
DEV_C_CLASSES = ("crisis_or_tragedy", "injury_or_health", "harassment", "opt_out")
DEV_C_UNUSED = frozenset(c for c in CLASSES if c not in DEV_C_CLASSES)
# The intent model's inverse regularisation and class weights, chosen on the calibration hold-out (session 9:
# C 4 balanced 0.650, 8 unweighted 0.679, 16 unweighted 0.685, 32 unweighted 0.691; balanced weights gave the
# rare intents' few examples the weight of hundreds of questions, and questions were the price). 16, not 32: the
# larger steps gain less each. Session 20, the model alone leaving each spent writer b ... i out in turn (mean of
# the eight): C 2 0.719, 4 0.729, 8 0.736, 16 0.730, 32 0.729, 16 balanced 0.687. 8 reads six of the eight writers
# better by 0.003 to 0.011; 16 is kept until the whole classifier's leave-writer-out runs (measured at 16, see
# RISK_SPENT) are repeated at 8. Session 21, with judgement-j too (nine writers b ... j, each left out in turn, the
# model alone): C 8 b 0.769 c 0.663 d 0.741 e 0.722 f 0.769 g 0.766 h 0.797 i 0.686 j 0.726 (mean 0.738); C 16 b 0.758
# c 0.667 d 0.738 e 0.729 f 0.766 g 0.767 h 0.796 i 0.687 j 0.726 (mean 0.737). A tie (g ... j 0.744 both; 8 better
# on four writers, 16 on four): 8, built and measured on the whole classifier (hold-outs of h, i, j no worse than
# the previous model's, see CHANGELOG). Session 22 measured adding the spent judgement-k and -l (C 8; risk weights
# unchanged): each left wholly out, the model alone read k 0.811 and l 0.751 of their comments right, the whole
# classifier l 0.747 -> 0.755 (trained with k) and k 0.815 -> 0.815 (trained with l); built on both, it read a
# political complaint in k right as a complaint, which no risk signal flags (politics), and it was drafted (risky
# drafted 0 -> 1 of 265). Not committed: the sets stay out of SPENT_JUDGEMENT until that kind of risk is caught.
# Session 25 (``python -m eval.judgement_lowo --intent --sets judgement-k judgement-l judgement-m judgement-n
# --recipe-sets judgement-b judgement-c judgement-d judgement-e judgement-f judgement-g judgement-h judgement-i
# judgement-j``: the intent model alone, each writer wholly left out, fitted on b ... j as before ("recipe") beside b
# ... n without it ("wider"), C 8 unweighted): k 0.813 -> 0.807, l 0.743 -> 0.752, m 0.759 -> 0.770, n 0.750 -> 0.780
# (mean 0.766 -> 0.777). Built on b ... n (``--intent-only``: the risk and opt-out classes byte for byte the committed
# ones, the spent writers teach intent alone) and measured through ``eval.run`` on the hold-out thirds of k ... n (never
# trained on): intent 0.833 -> 0.850 (k), 0.794 -> 0.812 (l), 0.811 -> 0.806 (m), 0.736 -> 0.772 (n), mean 0.794 ->
# 0.810; should-draft precision 0.781 -> 0.794, 0.895 -> 0.902, 0.934 -> 0.966, 0.816 -> 0.816 at recall 0.610 -> 0.659,
# 0.582 -> 0.568, 0.655 -> 0.655, 0.525 -> 0.525; risky drafted (0), risk recall, hard negatives and opt-outs unchanged
# on each (session 22's drafted political complaint in k cannot be measured on k whole now that it is trained on; k's
# hold-out third drafts no risky comment). dev intent 0.870 -> 0.862. judgement-n wholly left out through eval.run
# (``--pipeline``): intent 0.776 -> 0.794, should-draft precision 0.835 -> 0.830 at recall 0.555 -> 0.551, hard
# negatives and risky drafted (1) unchanged. Kept: k ... n in SPENT_JUDGEMENT (intent only; RISK_SPENT stays empty).
# Session 27 (judgement-o and -p now spent, 15 writers): the intent model on b ... p (o and p outside their hold-outs,
# C 8). Each left wholly out, the model alone (the committed b ... n model beside b ... n plus the other one):
# o 0.741 -> 0.748, p 0.825 -> 0.836. Built on b ... p and measured through eval.run on the hold-out thirds (never
# trained on): intent o 0.745 -> 0.745, p 0.817 -> 0.844; should-draft precision o 0.711 -> 0.711, p 0.797 -> 0.823
# at recall 0.427 -> 0.427, 0.526 -> 0.526; risky drafted (2, 0), risk recall, hard negatives (6/24, 5/39) and opt-outs
# unchanged on both; dev intent 0.862 -> 0.854, should-draft 0.911 / 0.901 -> 0.926 / 0.877. The hold-outs of k ... n:
# intent n 0.772 -> 0.793 (k, l, m unchanged), should-draft l 0.902 / 0.568 -> 0.913 / 0.575, m precision 0.966 ->
# 0.950, risk unchanged. Not kept yet (measured minutes before the deadline): dev's should-draft recall fell, and it
# read a Swedish named choice between two couriers as off topic (tests/signals/test_named_choice.py failed);
# SPENT_JUDGEMENT stays b ... n until that kind is looked at.
# Session 30 (judgement-q and -r spent too, 17 writers): the named choice read off topic was the rule's, not the
# model's: the b ... r model gives that Swedish choice off_topic 0.53 (b ... n: 0.48), over OFF_TOPIC_SURE, and the
# named-choice rule then applied to questions only; a question offering a named choice with a rival is now never left
# as the model's sure off topic (bot.signals.offline). Not landed then: `make demo`'s Finnish traffic remark was read
# as a complaint and acknowledged, and its Swedish heat-pump complaint lost its acknowledgement.
# Session 31 (s31-intent): landed with two intent rules the demo needed: a complaint far from the brand's domain is
# off topic (combine.COMPLAINT_OFF_TOPIC: the traffic remark), and a scam verdict the model reads as a complaint first
# stays one (offline.SCAM_VERDICT_COMPLAINT: the b ... r model reads the heat-pump complaint a complaint, 0.34, and the
# hearsay words made it misinformation). Each writer wholly left out through eval.run, both rules on, recipe b ... n ->
# b ... r: intent o 0.760 -> 0.764, p 0.830 -> 0.835, q 0.815 -> 0.823, r 0.785 -> 0.797 (the CHANGELOG has every
# writer and the should-draft and risk figures). SPENT_JUDGEMENT b ... r.
# dev-f (session 13, a new writer) is not trained on: trained on its threads outside the hold-out, the detector drafted
# more risky comments on the other writers' hold-outs (dev-b's 3 -> 7, its harassment recall 19/19 -> 11/19; dev-c's
# 4 -> 5; the spent judgement-c 3 -> 5) and no fewer on dev-f's own hold-out (3 -> 3). Measured whole as a writer the
# detector has not read (`--set dev-f`) and by its hold-out (`dev-f-holdout`), kept apart for a later fit.
TRAIN_DEV_F = False
# The spent blind sets b ... j (eval.dataset.SPENT_JUDGEMENT; j from session 21) teach the intent model; the risk and
# opt-out classes learn from none of them. Measured leaving each writer wholly out (judgement-g, -h, -i each, today's
# model beside it), risk trained on them too escalated more hard negatives (mean 0.218 -> 0.280: g 22 -> 24, h 17 -> 28,
# i 17 -> 20 of about 85) and ordinary comments (h 27 -> 45 of 360), and dropped should-draft recall on h (0.558 ->
# 0.495), for one risky comment fewer drafted (i 1 -> 0). Their training threads never reach the calibration
# hold-out either (:func:`held_out` hashes the same "set:thread" as their evaluation hold-out, as for dev-b and
# judgement-a), so the thresholds would come only from the older writers'.
# Session 21, the opt-out class alone learning from them too, leaving g, h, i and j out in turn (the class fitted and
# calibrated as here, judged on the whole comment and its clauses): 6 more of their 206 opt-outs flagged (191 -> 197),
# but 10 more other comments flagged (7 -> 17) and 23 more in the doubt band under the grey one (79 -> 102),
# should-draft comments at 0.4 or more 53 both: not done.
# Session 24 tried again with thirteen writers (b ... n, RISK_WRITERS; ``--risk-sets all``), each left wholly out in
# turn (``python -m eval.judgement_lowo``, the detector's own share, no rules: the committed model beside the refit).
# Calibrated as here (the older writers' 570 hold-out comments), means over n ... i: risky recall 0.928 -> 0.971,
# opt-outs flagged 0.925 -> 0.946, but hard negatives flagged or escalated 0.157 -> 0.198 and should-draft comments
# raised 0.096 -> 0.105. With the calibration hold-out widened to the training writers' hold-out thirds
# (CALIBRATE_SPENT, 3,600 comments), means over all thirteen: recall 0.922 -> 0.947 (minors 0.925 -> 0.986, legal
# 0.937 -> 0.961, crisis 0.929 -> 0.926), opt-outs 0.909 -> 0.960, should-draft comments raised 0.112 -> 0.113, hard
# negatives still 0.186 -> 0.199 (k 0.131 -> 0.167, c 0.333 -> 0.373, e 0.103 -> 0.195; n and l down).
# Through the whole pipeline (``--pipeline``), n and m left out: n hard negatives 12 -> 14 of 84, should-draft 0.840 /
# 0.558 -> 0.821 / 0.535, opt-outs 0.938 -> 0.958; m hard negatives 1 -> 8 of 87, should-draft recall 0.652 -> 0.627;
# risky drafted 1 and 0 both. Only minors and opt_out learning from them (``--classes minors opt_out``, calibrated on
# their hold-outs, n ... h): minors recall 0.914 -> 0.995, opt-outs 0.921 -> 0.972, hard negatives 0.158 -> 0.164
# (h 0.163 -> 0.221, n 0.143 -> 0.179; j, k, l down), should-draft comments raised 0.091 -> 0.098.
# Not kept: RISK_SPENT stays empty (CALIBRATE_SPENT applies only to the RISK_SPENT sets).
# Session 29 (17 writers b ... r, ``python -m eval.judgement_lowo --pipeline --no-baseline --calibrate-spent --sets
# judgement-m judgement-n judgement-o judgement-p judgement-q judgement-r`` plus the options below; the refit on dev
# alone, ``--risk-sets``, reads every figure as the committed model, so the rows compare with it). Committed, means
# over m ... r: risky drafted 0 0 0 0 2 0, recall 0.994, hard negatives 0.135, ordinary 0.144, opt-outs 0.980.
# Every class from every writer, hard negatives weighted 3 (``--hard-weight 3``) and each grey band above 98 % of the
# hold-out's hard negatives (``--hard-quantile 0.98``): m alone, drafted 0 -> 1, recall 1.000 -> 0.994, hard 0.011 ->
# 0.069, opt-outs 1.000 -> 0.979 (stopped there). Opt-out alone (``--classes opt_out``): hard 0.135 -> 0.129 (o 0.187
# -> 0.176, q 0.218 -> 0.195), opt-outs 0.980 -> 0.977 (m 1.000 -> 0.979, q 0.939 -> 0.959, p 1.000 -> 0.984), q
# drafted 2 -> 3. With its hard negatives weighted 3 (``--weight-classes opt_out``): the same picture (hard 0.125,
# opt-outs 0.976, q drafted 3); opt-out alone with every class's hard negatives weighted 3, m o q: hard m 0.011 ->
# 0.057, q 0.218 -> 0.138, q drafted 2 -> 3. No spent writer, dev's own hard negatives weighted 3 (``--risk-sets
# --hard-weight 3``): hard 0.135 -> 0.136 (m 0.011 -> 0.057, q 0.218 -> 0.172), recall 0.994 -> 0.992, opt-outs 0.980 ->
# 0.983, drafted n and r 0 -> 1. None kept: each raised risky drafted on some writer, and the pipeline's rules already
# find 0.98 of these writers' opt-outs, so the class's own gains do not show.
RISK_WRITERS: tuple[str, ...] = tuple(f"judgement-{letter}" for letter in "bcdefghijklmn")
RISK_SPENT: tuple[str, ...] = ()
CALIBRATE_SPENT = True
# Spent judgement sets whose labels teach the opt-out class alone (outside their hold-out third, which joins the
# calibration hold-out with CALIBRATE_SPENT); with any, ``make judgement-model`` refits the opt-out class (weights and
# bands) beside the intent model, the risk classes kept. Empty: the committed opt-out class is kept too.
# Session 33 (``python -m eval.optout_fit``, CHANGELOG): judgement-w (a writer's 217 opt-outs and 130 near-misses, dev
# data) here raised the bands to 0.855 / 0.946 (its near-misses calibrating) and drafted more opt-outs through the
# pipeline (p 0 -> 2, q 0 -> 1); calibrated on dev alone its flag fell to 0.754, other comments recognised as opt-outs
# 99 -> 206 over b ... r, opt-outs drafted p and q 0 -> 1. Read without thresholds the committed class ranks the spent
# writers' opt-outs best (fi and sv too): not kept.
OPT_OUT_SPENT: tuple[str, ...] = ()
INTENT_C = 8.0
INTENT_CLASS_WEIGHT: str | None = None


@dataclass(frozen=True)
class Sample:
    text: str
    labels: frozenset[str]
    group: str  # hold-out unit: thread id, or the prototype's own text
    intent: str | None = None  # labelled intent (comments and example phrases), None for prototypes
    title: bool = False  # a thread's title (its thread-level labels), not a comment
    ignore: frozenset[str] = frozenset()  # classes this sample says nothing about (the thread's own labels)
    hard: bool = False  # a comment its writer labelled a hard negative (it borrows a risk class's words)


def prototypes() -> list[Sample]:
    raw = yaml.safe_load(resources.files("bot.signals").joinpath("data/judgement.yaml").read_text("utf-8"))
    out = []
    for label, by_language in raw.items():
        if label != "safe" and label not in CLASSES:
            raise ValueError(f"judgement.yaml: unknown class {label!r}")
        for phrases in by_language.values():
            for text in phrases:
                labels = frozenset() if label == "safe" else frozenset({label})
                out.append(Sample(str(text), labels, f"proto:{text}"))
    return out


def spent_set(name: str) -> Path:
    """A spent blind judgement set's folder; a set that is not recorded as spent is refused (never trained on)."""
    states = {s.name: s.state for s in blind_sets() if s.format == "judgement"}
    if states.get(name) != "spent":
        raise ValueError(
            f"{name}: not a spent judgement set in eval/blind/sets.yaml ({states.get(name)}): not trained on"
        )
    return BLIND / name


def dev_samples(
    spent: Sequence[str] = SPENT_JUDGEMENT,
    risk_spent: Sequence[str] = RISK_SPENT,
    calibrate_spent: bool = False,
    risk_classes: Sequence[str] = CLASSES,
    opt_out_spent: Sequence[str] = (),
) -> list[Sample]:
    """eval/data, dev-b, the spent judgement-a, dev-c and dev-d, and the spent blind sets ``spent``, each
    without its evaluation hold-out. The spent sets teach intent; the risk and opt-out classes learn only from
    those of them in ``risk_spent`` (:data:`RISK_SPENT`): the others say nothing about those classes.

    A risk label that every comment of a thread carries comes from the thread (its title names a
    death, a rules post, a teenagers' group): the title is the positive sample for it, and the
    comments are left out of that class (neither positive nor negative), else the detector would
    learn that "how often should I change the stones" is a community rule."""
    threads: dict[str, list[EvalComment]] = {}
    for comment in load_comments():
        threads.setdefault(f"thread:{comment.thread_id}", []).append(comment)
    for comment in load_comments(DEV_B):
        if not held_out_thread(comment.thread_id):
            threads.setdefault(f"dev-b:{comment.thread_id}", []).append(comment)
    # judgement-a is spent (its errors were studied in session 4): dev data, trained on outside its hold-out
    for comment in load_comments(JUDGEMENT_A, split="blind"):
        if not held_out_thread(comment.thread_id, prefix="judgement-a"):
            threads.setdefault(f"judgement-a:{comment.thread_id}", []).append(comment)
    # dev-c (session 6): injury, harassment and competitor threads with hard negatives, outside its hold-out
    dev_c_held = dev_c_held_out()
    for comment in load_comments(DEV_C):
        if comment.thread_id not in dev_c_held:
            threads.setdefault(f"dev-c:{comment.thread_id}", []).append(comment)
    # dev-d (session 11): three more brands, every class, outside its hold-out
    if DEV_D.is_dir():
        dev_d_held = dev_d_held_out()
        for comment in load_comments(DEV_D):
            if comment.thread_id not in dev_d_held:
                threads.setdefault(f"dev-d:{comment.thread_id}", []).append(comment)
    # dev-f (session 13) is measured, not trained on (TRAIN_DEV_F): see its note
    if TRAIN_DEV_F and DEV_F.is_dir():
        dev_f_held = dev_f_held_out()
        for comment in load_comments(DEV_F):
            if comment.thread_id not in dev_f_held:
                threads.setdefault(f"dev-f:{comment.thread_id}", []).append(comment)
    # the spent blind sets b, c, ... (session 20): more writers, outside each set's hold-out third; a set only in
    # ``risk_spent`` teaches the risk and opt-out classes, not intent. With ``calibrate_spent`` the hold-out thirds of
    # the ``risk_spent`` sets join the calibration hold-out (:func:`held_out` hashes the same "set:thread"), so each
    # class's bands are set on those writers' hard negatives too.
    # A set only in ``opt_out_spent`` (:data:`OPT_OUT_SPENT`) teaches the opt-out class alone, as one in ``risk_spent``
    # with ``risk_classes`` opt_out would.
    for name in dict.fromkeys((*spent, *risk_spent, *opt_out_spent)):
        for comment in load_comments(spent_set(name), split="blind"):
            held = held_out_thread(comment.thread_id, prefix=name)
            if not held or (calibrate_spent and (name in risk_spent or name in opt_out_spent)):
                threads.setdefault(f"{name}:{comment.thread_id}", []).append(comment)
    intent_only = {name for name in spent if name not in risk_spent and name not in opt_out_spent}
    risk_only = {name for name in (*risk_spent, *opt_out_spent) if name not in spent}
    opt_out_only = {name for name in opt_out_spent if name not in risk_spent}
    out: list[Sample] = []
    for group, comments in threads.items():
        shared = frozenset.intersection(*(frozenset(c.risk) for c in comments)) if len(comments) > 2 else frozenset()
        unused = DEV_C_UNUSED if group.startswith("dev-c:") else frozenset()
        if source(group) in intent_only:
            unused = frozenset(CLASSES)
        elif source(group) in risk_spent:
            unused = frozenset(c for c in CLASSES if c not in risk_classes)  # the classes it teaches: risk_classes
        elif source(group) in opt_out_only:
            unused = frozenset(c for c in CLASSES if c != "opt_out")
        title = comments[0].thread_title
        if title.strip():
            out.append(Sample(title, shared - unused, group, title=True, ignore=unused))
        for c in comments:
            if not c.text.strip():
                continue
            labels = frozenset((*(r for r in c.risk if r not in shared), *(("opt_out",) if c.opt_out else ())))
            intent = None if source(group) in risk_only else c.intent
            out.append(Sample(c.text, labels - unused, group, intent, ignore=shared | unused, hard=c.hard))
    return out


def intent_phrases() -> list[Sample]:
    return [Sample(e.text, frozenset(), f"example:{e.text}", e.intent) for e in examples()]


def held_out(group: str) -> bool:
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) % HOLDOUT_SHARE == 0


def _fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=16.0, class_weight="balanced", solver="liblinear", max_iter=5000)
    model.fit(x, y, sample_weight=weight)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def fit_intent(
    x: np.ndarray,
    y: np.ndarray,
    c: float = INTENT_C,
    class_weight: str | dict[str, float] | None = INTENT_CLASS_WEIGHT,
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression over INTENTS; every intent gets a row (zeros if unseen)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight=class_weight, max_iter=5000)
    model.fit(x, y)
    weights = np.zeros((len(INTENTS), x.shape[1]), dtype=np.float32)
    bias = np.full(len(INTENTS), -30.0, dtype=np.float32)
    for row, label in enumerate(model.classes_):
        weights[INTENTS.index(str(label))] = model.coef_[row]
        bias[INTENTS.index(str(label))] = model.intercept_[row]
    return weights, bias


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


def source(group: str) -> str:
    """The data set a hold-out unit comes from: ``dev-d:t3`` -> ``dev-d``, ``proto:...`` -> ``proto``."""
    return group.split(":", 1)[0]


def weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    """The smallest value with more than ``q`` of the total weight at or below it."""
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    index = int(np.searchsorted(cumulative, q * cumulative[-1], side="right"))  # alike weights: values[int(q n)]
    return float(values[order][min(index, values.size - 1)])


def thresholds(
    scores: np.ndarray,
    truth: np.ndarray,
    sources: Sequence[str] | np.ndarray | None = None,
    hard: np.ndarray | None = None,
    hard_quantile: float | None = None,
) -> tuple[float, float]:
    """(grey, flag) for one class from hold-out probabilities.

    The negative quantiles weigh every source (dev set, prototypes) alike: a set of many easy negatives
    (dev-d's 240 ordinary comments) would otherwise pull a pooled 2 % quantile down and let the hard
    negatives of a smaller set (dev-b's video titles and money questions) into the grey band."""
    positives = np.sort(scores[truth])
    negatives = scores[~truth]
    if negatives.size:
        names = np.asarray(sources if sources is not None else [""] * scores.size)[~truth]
        counts = {name: int((names == name).sum()) for name in set(names.tolist())}
        weights = np.array([1.0 / counts[name] for name in names.tolist()])
        grey_neg = weighted_quantile(negatives, weights, GREY_QUANTILE) + 1e-4
        flag = weighted_quantile(negatives, weights, FLAG_QUANTILE) + 1e-4
        if hard_quantile is not None and hard is not None and (hard & ~truth).any():
            grey_neg = max(grey_neg, float(np.quantile(scores[hard & ~truth], hard_quantile)) + 1e-4)
    else:
        grey_neg, flag = GREY_FLOOR, 0.5
    if positives.size:
        # the highest threshold that still keeps GREY_RECALL of the hold-out positives at or above it
        recall_at = float(positives[int(np.floor((1 - GREY_RECALL) * positives.size))]) - 1e-4
    else:
        recall_at = GREY_CEILING
    grey = max(GREY_FLOOR, grey_neg, min(recall_at, GREY_CEILING))
    flag = max(flag, grey + 0.05, 0.5)
    return grey, min(flag, 0.99)


@dataclass(frozen=True)
class SampleVectors:
    """The samples' e5 query vectors as a class is fitted on them: judged as in use, without reference noise
    (``detector_text``); the clauses of the calibration hold-out's samples (their probability is the highest of the
    whole and its clauses, for PART_CLASSES), and every sample's clauses (negatives for PART_CLASSES)."""

    x: np.ndarray
    hold: np.ndarray
    groups: np.ndarray
    is_hard: np.ndarray
    x_parts: np.ndarray
    part_owner: np.ndarray
    x_clauses: np.ndarray
    clause_owner: np.ndarray


def sample_vectors(embedder: Any, samples: Sequence[Sample]) -> SampleVectors:
    texts = [detector_text(s.text) for s in samples]
    x = np.asarray(embedder.embed_queries(texts), dtype=np.float32)
    hold = np.array([held_out(s.group) for s in samples])
    pieces = [(i, part) for i in np.flatnonzero(hold) for part in parts(texts[i])]
    clauses = [(i, part) for i in range(len(samples)) for part in parts(texts[i])]
    return SampleVectors(
        x=x,
        hold=hold,
        groups=np.array([source(s.group) for s in samples]),
        is_hard=np.array([s.hard for s in samples], dtype=bool),
        x_parts=np.asarray(embedder.embed_queries([part for _, part in pieces]), dtype=np.float32),
        part_owner=np.array([i for i, _ in pieces], dtype=int),
        x_clauses=np.asarray(embedder.embed_queries([part for _, part in clauses]), dtype=np.float32),
        clause_owner=np.array([i for i, _ in clauses], dtype=int),
    )


CLASS_HEADER = (
    f"{'class':28} {'pos':>4} {'hold':>4} {'grey':>6} {'flag':>6} {'recall':>7} {'neg>grey':>9} {'neg>flag':>9}"
)


def fit_class(
    cls: str,
    samples: Sequence[Sample],
    v: SampleVectors,
    refit_all: bool = True,
    hard_weight: float = 1.0,
    hard_quantile: float | None = None,
    weight_classes: Sequence[str] | None = None,
) -> tuple[np.ndarray, float, float, float]:
    """One class's (weights, bias, grey, flag): fitted outside the calibration hold-out, its bands set on the
    hold-out, then (``refit_all``) refitted on every sample; prints the hold-out row."""
    y = np.array([cls in s.labels for s in samples])
    use = np.array([cls not in s.ignore for s in samples])
    boost = hard_weight if weight_classes is None or cls in weight_classes else 1.0
    w_cls = np.where(v.is_hard & ~y, boost, 1.0)
    x_cls, y_cls, hold_cls, use_cls = v.x, y, v.hold, use
    # A class judged on clauses learns from clauses too: each clause of a comment that is not of the class is
    # one more negative ("(kysyn ketjussa X, viesti N)" after a question was judged an opt-out on its own).
    # Clauses of a positive comment are not used: only one of them may carry the opt-out.
    if v.clause_owner.size and cls in PART_CLASSES:
        negative = use[v.clause_owner] & ~y[v.clause_owner]
        x_cls = np.concatenate([v.x, v.x_clauses[negative]])
        y_cls = np.concatenate([y, np.zeros(int(negative.sum()), dtype=bool)])
        hold_cls = np.concatenate([v.hold, v.hold[v.clause_owner][negative]])
        use_cls = np.concatenate([use, np.ones(int(negative.sum()), dtype=bool)])
        w_cls = np.concatenate([w_cls, np.ones(int(negative.sum()))])
    train = ~hold_cls & use_cls
    w_train, b_train = _fit(x_cls[train], y_cls[train], w_cls[train] if boost != 1.0 else None)
    scores = _sigmoid(v.x @ w_train + b_train)
    if v.part_owner.size and cls in PART_CLASSES:
        np.maximum.at(scores, v.part_owner, _sigmoid(v.x_parts @ w_train + b_train))
    held_scores = scores[v.hold & use]
    grey, flag = thresholds(
        held_scores,
        y[v.hold & use],
        v.groups[v.hold & use],
        v.is_hard[v.hold & use],
        hard_quantile if cls != "opt_out" else None,
    )
    truth = y[v.hold & use]
    recall = float((held_scores[truth] >= grey).mean()) if truth.any() else float("nan")
    neg_grey = float((held_scores[~truth] >= grey).mean())
    neg_flag = float((held_scores[~truth] >= flag).mean())
    print(
        f"{cls:28} {int(y.sum()):4d} {int(truth.sum()):4d} {grey:6.3f} {flag:6.3f} "
        f"{recall:7.3f} {neg_grey:9.3f} {neg_flag:9.3f}"
    )
    # all dev data, thresholds from the hold-out; without refit_all (a leave-one-writer-out measure, where only
    # the relative figures count) the hold-out fit itself is kept
    if not refit_all:
        return w_train, b_train, grey, flag
    w_all, b_all = _fit(x_cls[use_cls], y_cls[use_cls], w_cls[use_cls] if boost != 1.0 else None)
    return w_all, b_all, grey, flag


def build(
    embed: object,
    samples: Sequence[Sample] | None = None,
    out: Path | None = None,
    intent_samples: Sequence[Sample] | None = None,
    intent: tuple[np.ndarray, np.ndarray] | None = None,
    refit_all: bool = True,
    hard_weight: float = 1.0,
    hard_quantile: float | None = None,
    weight_classes: Sequence[str] | None = None,
) -> SemanticDetector:
    from knowledge.embeddings import LocalE5Embedder

    embedder: Any = embed if hasattr(embed, "embed_queries") else LocalE5Embedder()
    samples = list(samples if samples is not None else [*prototypes(), *dev_samples()])
    if intent is None:
        if intent_samples is None:
            intent_samples = [*intent_phrases(), *(s for s in samples if s.intent is not None)]
        intent = build_intent(embedder, intent_samples)
    intent_weights, intent_bias = intent  # given: the risk classes alone are refitted (eval.judgement_lowo)
    # Judged as in use: without reference noise (detector_text), the highest score of the whole comment
    # and of each of its clauses.
    v = sample_vectors(embedder, samples)
    print(f"samples {len(samples)} (hold-out {int(v.hold.sum())}), classes {len(CLASSES)}")
    print(CLASS_HEADER)
    fitted = [fit_class(cls, samples, v, refit_all, hard_weight, hard_quantile, weight_classes) for cls in CLASSES]
    detector = SemanticDetector(
        classes=CLASSES,
        weights=np.stack([w for w, _, _, _ in fitted]),
        bias=np.asarray([b for _, b, _, _ in fitted], dtype=np.float32),
        flag_at=np.asarray([f for _, _, _, f in fitted], dtype=np.float32),
        grey_at=np.asarray([g for _, _, g, _ in fitted], dtype=np.float32),
        embedder_name=embedder.name,
        intent_weights=intent_weights,
        intent_bias=intent_bias,
    )
    target = out or Path(str(resources.files("bot.signals").joinpath(MODEL_FILE)))
    detector.save(target)
    print(f"wrote {target}")
    return detector


def build_intent(embedder: Any, samples: Sequence[Sample]) -> tuple[np.ndarray, np.ndarray]:
    """The intent model: fitted without the calibration hold-out to print its accuracy there,
    then on every intent sample for the committed weights."""
    x = np.asarray(embedder.embed_queries([s.text for s in samples]), dtype=np.float32)
    y = np.array([s.intent for s in samples])
    hold = np.array([held_out(s.group) for s in samples])
    weights, bias = fit_intent(x[~hold], y[~hold])
    predicted = np.array(INTENTS)[np.argmax(x[hold] @ weights.T + bias, axis=1)]
    accuracy = float((predicted == y[hold]).mean()) if hold.any() else float("nan")
    print(f"intent samples {len(samples)} (hold-out {int(hold.sum())}): hold-out accuracy {accuracy:.3f}")
    return fit_intent(x, y)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m eval.judgement_train", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="SET",
        help="a spent judgement set left wholly out of training (to measure it as an unseen writer); repeatable",
    )
    parser.add_argument(
        "--risk-sets",
        choices=("all", "none"),
        default="none",
        help="whether the risk and opt-out classes learn from the spent writers b ... n too (RISK_WRITERS, default "
        "none: see RISK_SPENT)",
    )
    parser.add_argument("--out", type=Path, help="write the model here instead of the committed file")
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild into a scratch file and say whether it is the committed model, array for array (exit 1 if not)",
    )
    parser.add_argument(
        "--refit-risk",
        action="store_true",
        help="refit the risk and opt-out classes too (a model change to measure: on today's data they do not come "
        "out as the committed ones, see the module's docstring); by default only the intent model is refitted and the "
        "committed risk and opt-out classes are kept, the recipe that built the committed file",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    unknown = [name for name in args.leave_out if name not in (*SPENT_JUDGEMENT, *RISK_WRITERS, *OPT_OUT_SPENT)]
    if unknown:
        print(f"--leave-out: not a spent set trained on: {', '.join(unknown)} (one of {', '.join(SPENT_JUDGEMENT)})")
        return 2
    spent = [name for name in SPENT_JUDGEMENT if name not in args.leave_out]
    risk = RISK_WRITERS if args.risk_sets == "all" else RISK_SPENT
    risk_spent = [name for name in risk if name not in args.leave_out]
    opt_out_spent = [name for name in OPT_OUT_SPENT if name not in args.leave_out]
    samples = [*prototypes(), *dev_samples(spent, risk_spent, CALIBRATE_SPENT, opt_out_spent=opt_out_spent)]
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            return check(samples, Path(folder) / "judgement_model.npz", args.refit_risk)
    if args.refit_risk:
        build(cached_local_embedder(), samples, out=args.out)
        return 0
    rebuild(cached_local_embedder(), samples, out=args.out)
    return 0


def check(samples: Sequence[Sample], scratch: Path, refit_risk: bool = False) -> int:
    """Rebuild from ``samples`` into ``scratch`` and compare it with the committed model: 0 when every array is the
    same (``make judgement-model`` then leaves the committed file byte for byte as it is), else 1."""
    from bot.signals.judgement import detector

    committed = detector()
    if refit_risk:
        rebuilt = build(cached_local_embedder(), samples, out=scratch)
    else:
        rebuilt = rebuild(cached_local_embedder(), samples, out=scratch)
    differ = committed.same_as(rebuilt)
    if not differ:
        print(f"the rebuilt model is the committed {MODEL_FILE}, array for array")
        return 0
    print(f"the rebuilt model differs from the committed {MODEL_FILE} in: {', '.join(differ)}")
    texts = [s.text for s in (*intent_phrases(), *samples) if s.intent is not None]
    if set(differ) - {"intent_weights", "intent_bias"} or not texts:
        return 1
    changed, largest = intent_drift(committed, rebuilt, cached_local_embedder().embed_queries(texts))
    print(
        f"its intent model reads {changed} of the {len(texts)} texts it learns from otherwise (first choice), "
        f"its probabilities differ by at most {largest:.2g}"
    )
    if changed or largest > DRIFT_TOLERANCE:
        return 1
    print(f"within this machine's e5 numerics (at most {DRIFT_TOLERANCE:g}): the same model")
    return 0


def intent_drift(committed: SemanticDetector, rebuilt: SemanticDetector, vectors: Any) -> tuple[int, float]:
    """How many of ``vectors`` the two intent models give another first choice, and their largest probability
    difference on them."""
    before, after = committed.intent_probabilities(vectors), rebuilt.intent_probabilities(vectors)
    changed = int((before.argmax(axis=1) != after.argmax(axis=1)).sum())
    return changed, float(np.abs(before - after).max()) if before.size else 0.0


def rebuild(embedder: Any, samples: Sequence[Sample], out: Path | None = None) -> SemanticDetector:
    """The recipe's model: the committed detector with its intent model refitted on ``samples`` (and the example
    phrases) and, when :data:`OPT_OUT_SPENT` names sets, its opt-out class refitted on ``samples``
    (:func:`refit_opt_out`); the risk classes, weights and bands, are kept as they are."""
    from bot.signals.judgement import detector

    committed = detector()
    if committed.embedder_name != embedder.name:
        raise ValueError(f"the committed model reads {committed.embedder_name} vectors, not {embedder.name}")
    intent_samples = [*intent_phrases(), *(s for s in samples if s.intent is not None)]
    weights, bias = build_intent(embedder, intent_samples)
    model = dataclasses.replace(committed, intent_weights=weights, intent_bias=bias)
    if OPT_OUT_SPENT:
        model = refit_opt_out(embedder, samples, model)
    target = out or Path(str(resources.files("bot.signals").joinpath(MODEL_FILE)))
    model.save(target)
    kept = "risk classes kept" if OPT_OUT_SPENT else "risk and opt-out classes kept"
    print(f"wrote {target} (intent{' and opt-out' if OPT_OUT_SPENT else ''} refitted, {kept})")
    return model


def refit_opt_out(embedder: Any, samples: Sequence[Sample], base: SemanticDetector) -> SemanticDetector:
    """``base`` with its opt-out class (weights and bands) fitted on ``samples`` as :func:`build` fits every class;
    its risk classes and intent model kept."""
    print(CLASS_HEADER)
    weight, bias, grey, flag = fit_class("opt_out", samples, sample_vectors(embedder, samples))
    row = base.classes.index("opt_out")
    weights, biases = base.weights.copy(), base.bias.copy()
    grey_at, flag_at = base.grey_at.copy(), base.flag_at.copy()
    weights[row], biases[row], grey_at[row], flag_at[row] = weight, bias, grey, flag
    return dataclasses.replace(base, weights=weights, bias=biases, grey_at=grey_at, flag_at=flag_at)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
