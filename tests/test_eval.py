"""The dev evaluation set is sound, blind sets are checked and loaded strictly, and the offline
classifier keeps its behaviour on dev data. Blind figures are printed by `make eval`, never asserted here."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.config import load_settings
from bot.opportunities.scoring import DEFAULT_THRESHOLDS
from bot.signals.examples import examples
from bot.signals.types import INTENTS, RISK_FLAGS
from eval.dataset import EvalComment, held_out_thread, load_brands, load_comments
from eval.run import Calibration, Report, format_report, product_calibration, run
from tests.conftest import make_settings
from tests.fakes.openai_server import FakeOpenAI

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_evaluation_set_covers_languages_intents_risks_and_hard_cases() -> None:
    comments = load_comments()
    assert len(comments) >= 300
    assert len({c.id for c in comments}) == len(comments)
    assert len({c.brand for c in comments}) >= 4
    assert set(load_brands()) == {c.brand for c in comments}
    for split in ("dev", "test"):
        part = [c for c in comments if c.split == split]
        assert {c.intent for c in part} == set(INTENTS), split
        assert {r for c in part for r in c.risk} == set(RISK_FLAGS), split
        assert {c.language for c in part if c.opt_out} == {"fi", "sv", "en"}, split
        assert any(c.sarcasm for c in part), split
        assert any(c.should_draft and "?" not in c.text for c in part), split
    assert Counter(c.language for c in comments).keys() == {"fi", "sv", "en"}
    assert not any(c.should_draft and (c.risk or c.opt_out) for c in comments)
    dev_threads = {c.thread_id for c in comments if c.split == "dev"}
    assert dev_threads.isdisjoint({c.thread_id for c in comments if c.split == "test"})


def test_example_phrases_share_no_text_with_the_evaluation_comments() -> None:
    phrases = [e.text for e in examples()]
    comment_shingles = set().union(*(shingles(c.text) for c in load_comments()))
    shared = [p for p in phrases if shingles(p) & comment_shingles]
    assert not shared, f"example phrases overlapping the evaluation set: {shared}"


@pytest.fixture(scope="module")
def offline_report() -> Report:
    from bot.signals.offline import OfflineClassifier
    from eval.memory import MemoEmbedder
    from knowledge.embeddings import LocalE5Embedder

    embedder = MemoEmbedder(LocalE5Embedder())
    return run(OfflineClassifier(embedder).classify, embedder, "offline")


def test_offline_classifier_keeps_its_behaviour_on_dev_data(offline_report: Report) -> None:
    print(format_report(offline_report))
    assert offline_report.name == "dev"
    assert offline_report.count >= 300
    assert offline_report.language_accuracy >= 0.95
    assert offline_report.precision >= 0.8
    assert offline_report.recall >= 0.6
    assert offline_report.risky_drafted == 0
    assert offline_report.opt_out_found == offline_report.opt_out_total
    assert offline_report.opt_out_drafted == 0
    assert all(caught == total for caught, total in offline_report.per_class.values())
    assert offline_report.ordinary_escalated <= 0.1 * offline_report.ordinary_total


def test_sets_are_measured_at_the_products_thresholds_and_devs_fit_is_printed_beside(offline_report: Report) -> None:
    """The should-draft line is the decision Kuulo makes: the settings' answer and topic thresholds and a new watch's
    draft threshold, not what dev alone would choose (printed, never measured with)."""
    text = format_report(offline_report)
    settings = load_settings()
    calibration = offline_report.calibration
    assert calibration == product_calibration()
    assert calibration.answer_thresholds == {
        "same": settings.answer_threshold_same_language,
        "cross": settings.answer_threshold_cross_language,
    }
    assert calibration.relevance_threshold == settings.topic_relevance_threshold
    assert (calibration.draft, calibration.digest) == (DEFAULT_THRESHOLDS["draft"], DEFAULT_THRESHOLDS["digest"])
    fit = offline_report.dev_fit
    assert fit is not None and 0.7 < fit.answer_thresholds["same"] < 0.95 and fit.digest < fit.draft
    same = settings.answer_threshold_same_language
    assert f"measured at the product's thresholds: answer similarity same-language {same:.3f}" in text
    assert "dev alone would choose" in text
    assert "intent confusion" in text


def test_product_calibration_is_what_an_operator_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    """An install's own answer and topic thresholds are what `make eval` measures, with a new watch's draft one."""
    monkeypatch.setenv("KUULO_ANSWER_THRESHOLD_SAME", "0.9")
    monkeypatch.setenv("KUULO_ANSWER_THRESHOLD_CROSS", "0.91")
    monkeypatch.setenv("KUULO_TOPIC_RELEVANCE_THRESHOLD", "0.7")
    assert product_calibration() == Calibration({"same": 0.9, "cross": 0.91}, 0.7, 0.55, 0.3)


def test_llm_mode_runs_batched_and_a_careless_model_still_drafts_no_risky_comment(tmp_path: Path) -> None:
    """A model that calls everything a harmless question: rule-based risk and opt-outs survive."""
    from bot.signals.llm import LLMClassifier
    from eval.memory import MemoEmbedder
    from knowledge.embeddings import LocalE5Embedder

    def careless(messages: list[dict[str, Any]]) -> dict[str, Any]:
        user = next(m["content"] for m in messages if m["role"] == "user")
        sent = json.loads(user[user.index("[") : user.rindex("]") + 1])
        return {
            "items": [
                {
                    "index": item["index"],
                    "intent": "question",
                    "emotion": "neutral",
                    "tones": [],
                    "sarcasm": False,
                    "need": None,
                    "risk": [],
                    "opt_out": False,
                    "language": None,
                }
                for item in sent
            ]
        }

    with FakeOpenAI() as fake:
        fake.responder = careless
        settings = make_settings(tmp_path, openai_base_url=fake.url, classify_batch_size=25, llm_max_retries=0)
        embedder = MemoEmbedder(LocalE5Embedder())
        report = run(LLMClassifier(settings).classify, embedder, "llm (fake)")
        per_brand = Counter(c.brand for c in load_comments())
        assert len(fake.requests) == sum(-(-n // 25) for n in per_brand.values())
    assert report.risky_drafted == 0
    assert report.opt_out_found == report.opt_out_total
    assert report.language_accuracy >= 0.95


def _blind_set(root: Path, rows: str) -> Path:
    (root / "threads").mkdir(parents=True)
    (root / "brands.yaml").write_text(
        "lumo:\n  name: Lumo Tea\n  objective: sales\n  terms: [Lumo]\n  competitors: [Teekay]\n"
        "  guidance:\n    - {id: g1, kind: faq, language: en, text: 'Green tea is brewed at 80 °C for two minutes.'}\n",
        "utf-8",
    )
    (root / "threads" / "lumo.yaml").write_text(
        f"- id: lu-1\n  split: blind\n  platform: reddit\n  title: Tea\n  comments:\n{rows}", "utf-8"
    )
    return root


def test_a_malformed_blind_file_is_named_with_its_line(tmp_path: Path) -> None:
    from eval.dataset import DatasetError

    good = '    - [en, question, [], draft, "How hot should the water be for green tea"]\n'
    root = _blind_set(tmp_path / "ok", good + '    - [en, off_topic, [], hard, "Anyone seen the match"]\n')
    loaded = load_comments(root, split="blind")
    assert [c.hard for c in loaded] == [False, True]
    assert loaded[0].source.endswith("lumo.yaml:6") and loaded[0].thread_title == "Tea"
    assert load_brands(root)["lumo"].topics  # no topics given: the guidance says what the brand is about
    for bad, problem in [
        ('    - [en, questoin, [], "", "typo in the intent"]\n', "unknown intent"),
        ('    - [en, question, [flood], "", "unknown risk"]\n', "unknown risk"),
        ('    - [en, question, [], "draft maybe", "unknown flag"]\n', "unknown flags"),
        ('    - [en, question, "only four"]\n', "a row is"),
        ('    - [en, question, [], "", "unclosed\n', "not valid YAML"),
    ]:
        root = _blind_set(tmp_path / f"bad{len(problem)}{len(bad)}", good + bad)
        with pytest.raises(DatasetError) as caught:
            load_comments(root, split="blind")
        message = str(caught.value)
        assert "lumo.yaml:7" in message or "lumo.yaml:8" in message, message
        assert problem in message, message


def test_a_brands_objective_is_the_scorers_spelling_or_an_error_naming_its_line(tmp_path: Path) -> None:
    """dev-b and dev-c write "behaviour_change": read as is, the scorer valued every intent at 0 for them and
    none of their comments could be drafted."""
    from bot.opportunities.scoring import INTENT_VALUE
    from eval.dataset import DatasetError

    row = '    - [en, question, [], draft, "How hot should the water be"]\n'
    brands = tmp_path / "set" / "brands.yaml"
    _blind_set(tmp_path / "set", row)
    brands.write_text(brands.read_text("utf-8").replace("objective: sales", "objective: behaviour_change"), "utf-8")
    objective = load_brands(brands.parent)["lumo"].objective
    assert objective == "behaviour" and INTENT_VALUE["question"][objective] > 0
    brands.write_text(brands.read_text("utf-8").replace("behaviour_change", "conversions"), "utf-8")
    with pytest.raises(DatasetError, match=r"brands\.yaml:\d+: unknown objective 'conversions'"):
        load_brands(brands.parent)


def test_blind_set_hash_is_checked_before_it_is_measured(tmp_path: Path) -> None:
    import hashlib

    from eval.provenance import EvalSet, ProvenanceError, verify

    root = _blind_set(tmp_path / "set", '    - [en, question, [], draft, "How hot should the water be"]\n')
    files = ["brands.yaml", "threads/lumo.yaml"]
    sums = "".join(f"{hashlib.sha256((root / f).read_bytes()).hexdigest()}  {f}\n" for f in files)
    (root / "SHA256SUMS").write_text(sums, "utf-8")
    digest = hashlib.sha256(sums.encode()).hexdigest()
    evalset = EvalSet("set", "blind", root, digest, "brief", "writer", "2025-01-01", "fresh")
    verify(evalset)
    with pytest.raises(ProvenanceError, match="recorded"):
        verify(EvalSet("set", "blind", root, "0" * 64, "brief", "writer", "2025-01-01", "fresh"))
    (root / "threads" / "lumo.yaml").write_text("- tampered\n", "utf-8")
    with pytest.raises(ProvenanceError, match="changed"):
        verify(evalset)


def test_recorded_blind_sets_are_listed_in_the_readme_with_hash_and_state() -> None:
    from eval.provenance import blind_sets

    readme = (Path(__file__).parents[1] / "eval" / "README.md").read_text("utf-8")
    for evalset in blind_sets():
        assert evalset.sha256 in readme, evalset.name
        row = next(line for line in readme.splitlines() if evalset.sha256 in line)
        assert evalset.state in row and evalset.writer in row


def test_dev_b_hold_out_is_a_stable_third_of_its_threads_and_never_trained_on() -> None:
    from eval.dataset import DEV_B, held_out_thread
    from eval.judgement_train import dev_samples

    threads = sorted({c.thread_id for c in load_comments(DEV_B)})
    held = [t for t in threads if held_out_thread(t)]
    assert 0.2 < len(held) / len(threads) < 0.45
    assert held == [t for t in threads if held_out_thread(t)]  # deterministic
    trained = {s.group.removeprefix("dev-b:") for s in dev_samples() if s.group.startswith("dev-b:")}
    assert trained and trained.isdisjoint(held)


def test_judgement_a_trains_outside_its_hold_out_and_the_hold_out_is_measured_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import eval.run as run_module
    from eval.dataset import JUDGEMENT_A
    from eval.judgement_train import dev_samples

    threads = sorted({c.thread_id for c in load_comments(JUDGEMENT_A, split="blind")})
    held = {t for t in threads if held_out_thread(t, prefix="judgement-a")}
    assert 0.2 < len(held) / len(threads) < 0.45
    trained = {s.group.removeprefix("judgement-a:") for s in dev_samples() if s.group.startswith("judgement-a:")}
    assert trained and trained.isdisjoint(held) and trained | held == set(threads)
    monkeypatch.setattr(run_module, "blind_sets", lambda: [])
    (holdout,) = run_module.checked_sets(["judgement-a-holdout"])[0]
    assert {c.thread_id for c in run_module.set_comments(holdout)} == held


def test_spent_judgement_sets_train_outside_their_hold_out_third_measured_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import eval.run as run_module
    from eval.dataset import SPENT_JUDGEMENT
    from eval.judgement_train import dev_samples, spent_set

    samples = dev_samples()
    for name in SPENT_JUDGEMENT:
        threads = {c.thread_id for c in load_comments(spent_set(name), split="blind")}
        held = {t for t in threads if held_out_thread(t, prefix=name)}
        assert 0.15 < len(held) / len(threads) < 0.5, name  # a hash of the thread id: about a third (k 7 of 42)
        trained = {s.group.removeprefix(f"{name}:") for s in samples if s.group.startswith(f"{name}:")}
        assert trained and trained.isdisjoint(held) and trained | held == threads, name
    monkeypatch.setattr(run_module, "blind_sets", lambda: [])
    last = SPENT_JUDGEMENT[-1]
    (holdout,) = run_module.checked_sets([f"{last}-holdout"])[0]
    threads = {c.thread_id for c in load_comments(spent_set(last), split="blind")}
    held = {t for t in threads if held_out_thread(t, prefix=last)}
    assert {c.thread_id for c in run_module.set_comments(holdout)} == held


def test_training_refuses_a_blind_set_that_is_not_spent_and_leaves_out_a_writer_wholly() -> None:
    from bot.signals.judgement import CLASSES
    from eval.dataset import SPENT_JUDGEMENT
    from eval.judgement_train import dev_samples, source, spent_set
    from eval.provenance import blind_sets

    fresh = [s.name for s in blind_sets() if s.format == "judgement" and s.state == "fresh"]
    assert not set(fresh) & set(SPENT_JUDGEMENT)
    for name in [*fresh, "judgement-zz"]:
        with pytest.raises(ValueError, match="not a spent judgement set"):
            spent_set(name)
    left_out = SPENT_JUDGEMENT[0]
    kept = [name for name in SPENT_JUDGEMENT if name != left_out]
    samples = dev_samples(kept, risk_spent=())
    assert left_out not in {source(s.group) for s in samples}
    # intent only: the spent sets' comments teach intent and say nothing about the risk and opt-out classes
    spent_rows = [s for s in samples if source(s.group) in kept]
    assert spent_rows and all(not s.labels & set(CLASSES) and s.ignore >= set(CLASSES) for s in spent_rows)
    assert any(s.intent for s in spent_rows)


def test_eval_measures_only_the_sets_it_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    import eval.run as run_module

    def no_blind_sets() -> list[object]:
        raise AssertionError("a blind set was opened although none was asked for")

    monkeypatch.setattr(run_module, "blind_sets", no_blind_sets)
    sets, errors = run_module.checked_sets(["dev", "dev-b-holdout"])
    assert [s.name for s in sets] == ["dev-b-holdout"] and not errors
    comments = run_module.set_comments(sets[0])
    assert comments and all(c.split == "dev" for c in comments)
    assert run_module.parse_args(["--set", "dev-b,dev-b-holdout", "--other"]).sets == ["dev-b", "dev-b-holdout"]
    assert run_module.parse_args([]).sets is None


def test_eval_names_an_unknown_set(monkeypatch: pytest.MonkeyPatch) -> None:
    import eval.run as run_module

    monkeypatch.setattr(run_module, "blind_sets", lambda: [])
    sets, errors = run_module.checked_sets(["no-such-set"])
    assert sets == [] and errors and "no-such-set" in errors[0]


def _stratified_hold_out(comments: list[EvalComment], held: frozenset[str], name: str) -> tuple[set[str], Counter[str]]:
    """A stratified hold-out is deterministic and order-free and holds a third-ish of the threads; returns the set's
    threads and the risk labels the hold-out measures."""
    from eval.dataset import stratified_held_out

    assert held == stratified_held_out(list(reversed(comments)), name)
    threads = {c.thread_id for c in comments}
    assert 0.2 < len(held) / len(threads) < 0.45
    return threads, Counter(r for c in comments if c.thread_id in held for r in c.risk)


def test_dev_d_hold_out_is_a_third_of_each_kind_of_thread_and_is_never_trained_on() -> None:
    from eval.dataset import DEV_D, dev_d_held_out
    from eval.judgement_train import dev_samples
    from eval.run import dev_source_set, set_comments

    comments = load_comments(DEV_D)
    held = dev_d_held_out()
    threads, measured = _stratified_hold_out(comments, held, "dev-d")
    assert measured["injury_or_health"] >= 30, measured
    assert {c.thread_id for c in set_comments(dev_source_set("dev-d-holdout"))} == held
    trained = {s.group.removeprefix("dev-d:") for s in dev_samples() if s.group.startswith("dev-d:")}
    assert trained == threads - held


def test_dev_f_hold_out_is_a_third_of_each_kind_of_thread_and_is_never_trained_on() -> None:
    from eval.dataset import DEV_F, dev_f_held_out
    from eval.judgement_train import TRAIN_DEV_F, dev_samples
    from eval.run import dev_source_set, set_comments

    comments = load_comments(DEV_F)
    held = dev_f_held_out()
    threads, measured = _stratified_hold_out(comments, held, "dev-f")
    # injury told in passing and a competitor's own post are what dev-f was written for: both are measured
    assert measured["injury_or_health"] >= 30 and measured["competitor_thread"] >= 15, measured
    assert {c.thread_id for c in set_comments(dev_source_set("dev-f-holdout"))} == held
    trained = {s.group.removeprefix("dev-f:") for s in dev_samples() if s.group.startswith("dev-f:")}
    assert trained == (threads - held if TRAIN_DEV_F else set())


def test_dev_c_hold_out_measures_every_kind_of_thread_and_is_never_trained_on() -> None:
    from eval.dataset import DEV_C, dev_c_held_out
    from eval.judgement_train import DEV_C_UNUSED, dev_samples

    comments = load_comments(DEV_C)
    held = dev_c_held_out()
    threads, measured = _stratified_hold_out(comments, held, "dev-c")
    assert all(measured[flag] >= 20 for flag in ("injury_or_health", "harassment", "competitor_thread")), measured
    trained = [s for s in dev_samples() if s.group.startswith("dev-c:")]
    assert {s.group.removeprefix("dev-c:") for s in trained} == threads - held
    # dev-c teaches crisis, injury, harassment and opt-out only: its other labels are neither positive nor negative
    assert all(s.ignore >= DEV_C_UNUSED and not s.labels & DEV_C_UNUSED for s in trained)
    assert any("injury_or_health" in s.labels for s in trained)


def test_eval_ask_set_flag_refuses_a_fresh_blind_set_and_an_unknown_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import bench.eval_ask as eval_ask
    from eval.provenance import EvalSet

    fresh = EvalSet("ask-z", "blind", Path("/nonexistent/ask-z"), state="fresh", format="ask")
    monkeypatch.setattr(eval_ask, "blind_sets", lambda: [fresh])

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("a set was measured")

    monkeypatch.setattr(eval_ask, "run", never)
    assert eval_ask.measure_named(["ask-z"], tune=False) == 1
    assert eval_ask.measure_named(["no-such-set"], tune=False) == 1
    printed = capsys.readouterr().out
    assert "ask-z is a fresh blind set" in printed and "no ask set named 'no-such-set'" in printed
    assert {"dev", "ask-dev-b", "ask-dev-c"} <= set(eval_ask.dev_sets())
    assert eval_ask.named_sets(["--tune", "--set", "dev,ask-dev-c"]) == ["dev", "ask-dev-c"]
    assert eval_ask.named_sets(["--set=ask-dev-b"]) == ["ask-dev-b"] and eval_ask.named_sets([]) is None
    assert eval_ask.unknown_arguments(["--set", "dev", "--questions"]) == []
    assert eval_ask.unknown_arguments(["--help"]) == ["--help"] and eval_ask.unknown_arguments(["--set"])


def test_a_set_of_many_easy_negatives_does_not_lower_the_grey_threshold() -> None:
    """The grey band's negative quantile weighs each source alike: 980 easy negatives of one set beside 20
    hard ones of another must not pull the threshold under the hard set's scores (pooled, 2 % of 1000 is
    below every hard negative)."""
    import numpy as np

    from eval.judgement_train import GREY_FLOOR, thresholds, weighted_quantile

    easy = np.full(980, 0.01)
    hard = np.linspace(0.30, 0.60, 20)
    scores = np.concatenate([easy, hard, [0.95, 0.96, 0.97]])
    truth = np.concatenate([np.zeros(1000, dtype=bool), np.ones(3, dtype=bool)])
    sources = ["dev-d"] * 980 + ["dev-b"] * 20 + ["dev-b"] * 3
    pooled_grey, _ = thresholds(scores, truth)
    weighted_grey, weighted_flag = thresholds(scores, truth, sources)
    assert pooled_grey < 0.6  # pooled: the top 2 % are hard negatives, the band starts among them
    assert weighted_grey > 0.6 > pooled_grey and weighted_flag >= weighted_grey + 0.05
    assert weighted_grey >= GREY_FLOOR
    # alike weights give the plain quantile (the old calibration) back
    values = np.arange(100, dtype=float)
    assert weighted_quantile(values, np.ones(100), 0.98) == values[int(0.98 * 100)]


def test_sources_name_the_signal_that_stopped_each_draft() -> None:
    from bot.signals.types import Signals
    from eval.run import Calibration, Prepared, _score, sources, stopped_by

    def row(
        text: str, sig: Signals, *, hard: bool = False, title: tuple[str, ...] = (), siblings: tuple[str, ...] = ()
    ):
        comment = EvalComment(
            id=text[:8], brand="b", thread_id="t", split="dev", platform="reddit", language="en", intent="question",
            risk=(), should_draft=True, sarcasm=False, opt_out=False, text=text, thread_title="a title", hard=hard,
        )  # fmt: skip
        return Prepared(
            comment, sig, "answer_questions", 0.99, 0.99, True, "faq", title_flags=title, sibling_flags=siblings
        )

    base: dict[str, Any] = {"language": "en", "intent": "question", "emotion": "neutral", "is_question": True}
    cal = Calibration({"same": 0.8, "cross": 0.8}, 0.5, 0.55, 0.3)
    by_title = row("what are the pegs made of", Signals(**base, risk=("crisis_or_tragedy",), evidence={"thread": "x"}),
                   title=("crisis_or_tragedy",))  # fmt: skip
    by_siblings = row("how heavy is it", Signals(**base, risk=("politics",), evidence={"thread": "politics"}),
                      siblings=("politics",))  # fmt: skip
    by_rule = row("this price is killing me, any discount", Signals(**base, risk=("crisis_or_tragedy",)), hard=True)
    by_grey = row("my tent died in the storm lol", Signals(**base, uncertain=("injury_or_health",)), hard=True)
    both = row("the app is a disaster", Signals(**base, risk=("politics",), evidence={"semantic": "politics 0.90",
               "thread": "politics"}), siblings=("politics",))  # fmt: skip
    drafted = row("does it come in red", Signals(**base))
    assert stopped_by(by_title, "escalate") == "title"
    assert stopped_by(by_siblings, "escalate") == "siblings"
    assert stopped_by(by_rule, "escalate") == "rule"
    assert stopped_by(both, "escalate") == "detector"  # the comment's own signal is named before its thread's
    found = sources([by_title, by_siblings, by_rule, by_grey, both, drafted], cal)
    assert found["hard negatives caught"] == Counter({"rule": 1, "grey": 1})
    plain = _score(drafted, cal)[1]  # no risk signal: the score alone decides, and names its action
    expected = Counter({"title": 1, "siblings": 1, "rule": 1, "grey": 1, "detector": 1})
    if plain != "draft":
        expected[plain] += 1
    assert found["should-draft not drafted"] == expected


def test_draft_errors_name_why_a_labelled_draft_was_missed_and_what_a_wrong_draft_was_labelled() -> None:
    from bot.signals.types import Signals
    from eval.run import Calibration, Prepared, draft_error, draft_errors, evaluate, format_breakdown

    def row(text: str, sig: Signals, *, draft: bool, intent: str = "question", answer: float = 0.99) -> Prepared:
        comment = EvalComment(
            id=text[:8], brand="b", thread_id="t", split="dev", platform="reddit", language="en", intent=intent,
            risk=(), should_draft=draft, sarcasm=False, opt_out=False, text=text, thread_title="a title",
        )  # fmt: skip
        return Prepared(comment, sig, "trust", 0.99, answer, True, "faq")

    base: dict[str, Any] = {"language": "en", "emotion": "neutral"}
    cal = Calibration({"same": 0.8, "cross": 0.8}, 0.5, 0.55, 0.3)
    praise = row("love the new colours", Signals(**base, intent="praise"), draft=True, intent="praise")
    crowd = row(
        "anyone know a good tiler",
        Signals(**base, intent="off_topic", is_question=True, evidence={"off_topic": "asks the others, topic 0.7"}),
        draft=True,
    )
    unanswered = row(
        "do you ship to Mars", Signals(**base, intent="question", is_question=True), draft=True, answer=0.5
    )
    risky = row(
        "my kid hurt her hand, do you deliver", Signals(**base, intent="question", risk=("minors",)), draft=True
    )
    wrong = row("how do I renew a passport", Signals(**base, intent="question", is_question=True), draft=False,
                intent="off_topic")  # fmt: skip
    right = row("does it come in red", Signals(**base, intent="question", is_question=True), draft=True)
    assert draft_error(praise, cal) == ("missed", "nothing to answer without a plan: intent praise, labelled praise")
    assert draft_error(crowd, cal) == ("missed", "intent off_topic (asks the others), labelled question")
    assert draft_error(unanswered, cal) == ("missed", "guidance does not answer it")
    assert draft_error(risky, cal) == ("missed", "risk signal: rule")
    assert draft_error(wrong, cal) == ("extra", "labelled off_topic, read question")
    assert draft_error(right, cal) is None
    rows = [praise, crowd, unanswered, risky, wrong, right]
    counts = draft_errors(rows, cal)
    assert sum(counts["missed"].values()) == 4 and sum(counts["extra"].values()) == 1
    report = evaluate(rows, cal, "offline", 0.0, "a-set")
    assert report.draft_causes == counts and len(report.draft_lines) == 5
    shown = format_breakdown(report, "spent")
    assert "labelled draft, not drafted (4):" in shown and "renew a passport" in shown
    assert "renew a passport" not in format_breakdown(report, "fresh")  # a fresh set's errors are never shown


def test_the_products_decision_plans_each_comment_and_a_contact_in_a_fact_routes_a_complaint(tmp_path: Path) -> None:
    """``--product`` measures what the pipeline decides with its reply plan. A judgement set files its support contact
    inside a fact; read as the support route, a complaint is acknowledged (the plan had none to point to before)."""
    from eval.dataset import GuidanceItem
    from eval.run import format_product, product_decisions, product_report, support_routes

    facts = [
        GuidanceItem("g1", "fact", "en", "Our tea ships in two days. Customer service: help@lumo.example, weekdays."),
        GuidanceItem("g2", "faq", "sv", "Grönt te bryggs i 80 grader i två minuter."),
    ]
    assert [(g.id, g.kind) for g in support_routes(facts)] == [("g1-support", "support")]
    root = _blind_set(
        tmp_path / "set",
        '    - [en, complaint, [], draft, "My Lumo order came two weeks late and the box was torn, so annoyed"]\n'
        '    - [fi, question, [injury_or_health], "", "Sain allergisen reaktion Lumon teestä, kurkku turposi, '
        'mitä teen?"]\n',
    )
    brands = root / "brands.yaml"
    brands.write_text(
        brands.read_text("utf-8")
        + "    - {id: g2, kind: fact, language: en, text: 'Support: help@lumo.example, we answer within a day.'}\n",
        "utf-8",
    )
    comments = load_comments(root, split="blind")
    decided = product_decisions(root, comments)
    complaint, allergic = (decided[c.id] for c in comments)
    assert (complaint.action, complaint.plan) == ("draft", "acknowledge")
    assert allergic.action == "escalate"
    report = product_report("a-set", comments, decided)
    assert (report.precision, report.recall, report.risky_drafted, report.opt_out_drafted) == (1.0, 1.0, 0, 0)
    assert "precision 1.000, recall 1.000" in format_product(report, "spent")


def test_the_products_threads_share_no_author_so_one_opt_out_suppresses_no_stranger(tmp_path: Path) -> None:
    from eval.run import fetched_thread

    rows = '    - [en, question, [], "", "Do you ship tea to Oulu"]\n    - [en, praise, [], draft, "Lovely tea"]\n'
    first = load_comments(_blind_set(tmp_path / "a", rows), split="blind")
    second = [replace(c, thread_id="lu-2") for c in first]
    authors = [{c.author_id for c in fetched_thread(t).comments} for t in (first, second)]
    assert len(authors[0]) == 2 and not authors[0] & authors[1]
    assert fetched_thread(first).author == "op" and fetched_thread(first).comments[0].parent_id is None


def test_the_products_errors_are_counted_by_cause_and_never_shown_for_a_fresh_set(tmp_path: Path) -> None:
    from eval.run import Decided, format_product, product_report

    rows = (
        '    - [en, praise, [], draft, "Best tea shop in town, thanks Lumo"]\n'
        '    - [en, off_topic, [], "", "Anyone watching the match tonight"]\n'
        '    - [en, question, [injury_or_health], "", "My throat swelled after the tea, what now"]\n'
    )
    praise, match, risky = load_comments(_blind_set(tmp_path / "a", rows), split="blind")
    decided = {
        praise.id: Decided("digest", "none", "plan none: praise among other people"),
        match.id: Decided("draft", "answer", "drafted: plan answer"),
        risky.id: Decided("escalate", "none", "risk: injury_or_health"),
    }
    report = product_report("a-set", [praise, match, risky], decided)
    assert (report.precision, report.recall, report.risky_drafted) == (0.0, 0.0, 0)
    assert report.missed == Counter({"plan none: praise among other people": 1})
    assert report.extra == Counter({"labelled off_topic, drafted: plan answer": 1})
    assert "the match" in format_product(report, "spent") and "the match" not in format_product(report, "fresh")


def test_answerable_should_draft_sets_the_thank_you_labels_aside_and_counts_the_rest(tmp_path: Path) -> None:
    from eval.run import Decided, answerable, format_product, product_report

    rows = (
        '    - [en, praise, [], draft, "Best tea shop in town, thanks Lumo"]\n'
        '    - [en, question, [], draft, "Do you ship to Oulu"]\n'
        '    - [en, question, [], draft, "How long does green tea keep"]\n'
        '    - [en, off_topic, [], "", "Anyone watching the match tonight"]\n'
    )
    praise, oulu, keep, match = load_comments(_blind_set(tmp_path / "a", rows), split="blind")
    assert answerable([(praise, False), (oulu, True), (keep, False), (match, True)]) == (0.5, 0.5)
    # a drafted thank-you counts neither way: only the two questions and the off-topic one are scored
    assert answerable([(praise, True), (oulu, True), (keep, True), (match, False)]) == (1.0, 1.0)
    decided = {
        praise.id: Decided("digest", "none", "plan none: praise among other people"),
        oulu.id: Decided("draft", "answer", "drafted: plan answer"),
        keep.id: Decided("digest", "none", "guidance does not answer it"),
    }
    report = product_report("a-set", [praise, oulu, keep, match], decided)
    assert (round(report.precision, 3), round(report.recall, 3)) == (1.0, 0.333)
    assert report.answerable == (1.0, 0.5)
    assert "answerable only (praise and feedback set aside): precision 1.000, recall 0.500" in format_product(
        report, "fresh"
    )
