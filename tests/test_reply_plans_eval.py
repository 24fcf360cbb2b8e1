"""The reply-plans evaluation's pure parts: loading a set, the measures, the panel export and its verdicts."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bot.brands.settings import resolve
from bot.checks.frozen import link_domains
from bot.checks.links import check_links
from bot.checks.types import CheckContext
from bot.services import Services
from eval.dataset import DatasetError
from eval.reply_plans import (
    DEV,
    Outcome,
    PlanBrand,
    PlanComment,
    PlanPassage,
    _write_guidance,
    allow_guidance_links,
    answer_stage,
    breakdown,
    carries_offer,
    export_panel,
    load_set,
    load_verdicts,
    main,
    measure,
    pair_packets,
    paired_lines,
    report,
    run_set,
    stage_costs,
    states_fact,
    support_chat_site,
    verdict_lines,
)
from knowledge.ingest import ingest


def test_the_dev_set_loads_with_every_plan_kind() -> None:
    dev = load_set(DEV, "reply-plans-dev")

    plans = {c.plan for t in dev.threads for c in t.comments}
    assert plans == {"answer", "correct", "acknowledge", "thank", "none"}
    assert {t.objective for t in dev.threads} <= {"awareness", "trust", "sales", "behaviour"}
    assert sum(len(t.comments) for t in dev.threads) == 251


def test_a_malformed_set_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "threads").mkdir()
    (tmp_path / "brands.yaml").write_text("acme:\n  guidance:\n    - {id: a, text: x}\n", "utf-8")
    (tmp_path / "threads" / "acme.yaml").write_text("- id: t1\n  comments:\n    - {id: c1, text: hi, plan: wave}\n")

    with pytest.raises(DatasetError, match=r"acme\.yaml.*wave"):
        load_set(tmp_path)


def test_states_fact_verbatim_or_by_its_figures_across_languages() -> None:
    assert states_fact("Viuh Pass kostar 24,90 € och ger 30 minuters körning per dag.", "30 minuters körning per dag")
    assert states_fact("Tampereella ja Oulussa minuuttihinta on 0,22 €/min.", "0.22 €/min in Tampere and Oulu")
    assert not states_fact("Viuh Pass costs 24.90 € a month.", "0.22 €/min in Tampere and Oulu")
    assert not states_fact("Helmets are recommended.", "minst 18 år")


def test_carries_offer_finds_price_offer_words_campaign_wording_and_links() -> None:
    campaign = ["Student offer: students get 30% off Viuh Pass with a verified student card from 1 April."]

    assert carries_offer("Sorry! The Pass is 24,90 € a month.", campaign)
    assert carries_offer("Sorry! Ask about our discount.", campaign)
    assert carries_offer("Sorry! students get 30 percent off viuh pass with a verified student card", campaign)
    assert carries_offer("Sorry! Write to help@viuh.fi.", campaign)  # no support guidance gives it
    assert carries_offer("Sorry! See https://viuh.fi/help.", campaign, ["Support: email help@viuh.fi."])
    # the support guidance's own address is the private channel a complaint is routed to, not a link
    assert carries_offer("Sorry! Write to help@viuh.fi.", campaign, ["Support: email help@viuh.fi."]) is None
    assert carries_offer("Sorry to hear that. Our chat (Help > Chat) is open weekdays 8–20.", campaign) is None


def test_a_complaint_reply_naming_the_support_chats_site_is_counted_apart() -> None:
    support = ["Support in English: the chat on viuh.fi, weekdays 8–20."]

    assert support_chat_site("Sorry about that! Please tell us on the chat on viuh.fi.", support)
    assert not support_chat_site("Sorry about that! Please e-mail help@viuh.fi.", support)
    assert not support_chat_site("Sorry! See the chat on other.fi.", support)
    # the same site as a link to send someone to is not the chat's site, and carries_offer still counts it
    assert not support_chat_site("Sorry! See https://viuh.fi/help.", support)
    assert carries_offer("Sorry! See https://viuh.fi/help.", [], support)


def _outcomes() -> list[Outcome]:
    dev = load_set(DEV, "reply-plans-dev")
    thread = next(t for t in dev.threads if t.id == "viuh-t01")
    by_id = {c.id: c for c in thread.comments}
    complaint, thanks, answer = by_id["viuh-t01-c07"], by_id["viuh-t01-c03"], by_id["viuh-t01-c04"]
    return [
        Outcome(complaint, thread, "acknowledge", "", "draft", "acknowledge", text="Sorry! The Pass is 24,90 €."),
        Outcome(thanks, thread, "thank", "", "draft", "thank", text="Thank you!"),
        Outcome(answer, thread, "answer", "", "draft", "answer", text="Passet ger 30 minuters körning per dag."),
    ]


def test_measure_counts_the_bars() -> None:
    dev = load_set(DEV, "reply-plans-dev")
    figures = measure("t", _outcomes(), dev.brands)

    assert figures.complaint_offers and figures.complaint_offers[0].startswith("viuh-t01-c07")
    assert figures.agreement_drafts == ["viuh-t01-c03"]
    assert (figures.answers_labelled, figures.answers_with_fact) == (1, 1)
    assert figures.per_kind["none"] == (0, 1)


def test_measure_counts_the_drafts_the_checks_block() -> None:
    dev = load_set(DEV, "reply-plans-dev")
    outcomes = _outcomes()
    outcomes[1] = replace(outcomes[1], blocking=("links: remove the link to viuh.fi",))
    outcomes.append(replace(outcomes[2], text=None, blocking=("grounding: no guidance",)))  # no draft: not counted
    figures = measure("t", outcomes, dev.brands)

    assert figures.blocked_drafts == 1 and figures.blocked_by == {"links": 1}
    lines = "\n".join(report(figures))
    assert "the queue shows them with no Approve, to edit, regenerate or skip): 1 of 3 — links 1" in lines
    assert "drafts an approver can approve as they stand: 2" in lines


def test_an_answer_stating_its_fact_in_a_blocked_draft_is_not_counted_approvable() -> None:
    dev = load_set(DEV, "reply-plans-dev")
    outcomes = _outcomes()
    failures = ("claims: 30 is not in the guidance", "links: remove the link to x.fi", "claims: 24 either")
    outcomes[2] = replace(outcomes[2], blocking=failures)
    figures = measure("t", outcomes, dev.brands)

    assert (figures.answers_with_fact, figures.answers_with_fact_approvable) == (1, 0)
    assert figures.blocked_by == {"claims": 1, "links": 1}  # a check counted once per draft
    assert "approvable as they stand: 0)" in "\n".join(report(figures))


def test_the_eval_allows_the_hosts_its_brands_own_guidance_names_as_ingest_tells_a_user(
    tmp_path: Path, services_factory: Callable[..., Services]
) -> None:
    services = services_factory()
    brand = PlanBrand(
        "viuh",
        "Viuh",
        (),
        (),
        (
            PlanPassage("s1", "support", "en", "Write to help@viuh.fi or see https://www.viuh.fi/help."),
            PlanPassage("f1", "fact", "en", "Riding costs 0.25 € a minute."),
        ),
    )
    _write_guidance(tmp_path / "guidance", brand)
    ingest(services.guidance, [tmp_path / "guidance"])

    assert link_domains(services.for_brand("default").settings) == ()
    assert allow_guidance_links(services, services.settings) == "viuh.fi,www.viuh.fi"
    allowed = link_domains(resolve(services.db, services.settings).settings)
    assert allowed == ("viuh.fi", "www.viuh.fi")
    stated = "Write to help@viuh.fi, or see https://www.viuh.fi/help."
    assert check_links(stated, CheckContext("reddit", allowed_domains=allowed)).passed
    assert not check_links("See https://evil.example/x.", CheckContext("reddit", allowed_domains=allowed)).passed
    assert allow_guidance_links(services, resolve(services.db, services.settings).settings) is None


def test_breakdown_names_the_stage_that_lost_each_labelled_answer() -> None:
    dev = load_set(DEV, "reply-plans-dev")
    thread = next(t for t in dev.threads if t.id == "viuh-t01")
    answer = next(c for c in thread.comments if c.id == "viuh-t01-c04")
    stated = Outcome(answer, thread, "answer", "", "draft", "answer", text="Passet ger 30 minuters körning per dag.")
    other = Outcome(answer, thread, "answer", "", "draft", "answer", text="Hjälm rekommenderas.", passages=("x",))
    risky = Outcome(answer, thread, "none", "risky or sensitive: a person decides", "escalate", "none")
    unanswered = Outcome(answer, thread, "none", "guidance does not answer this", "digest", "none")
    skipped = Outcome(
        answer, thread, "answer", "", "digest", "none", why="Question; FAQ answers it; no draft: only in English (0.84)"
    )
    gated = Outcome(answer, thread, "answer", "", "digest", "none", gate="replied to this author recently")

    assert answer_stage(stated) == "answered, fact stated"
    assert answer_stage(other) == "answered from another passage (wrong fact)"
    assert answer_stage(risky).startswith("escalated")
    assert answer_stage(unanswered) == "plan none: guidance does not answer this"
    assert answer_stage(skipped) == "drafter: only in English (0.84)"
    assert answer_stage(gated) == "gate: replied to this author recently"
    lines = breakdown([stated, unanswered, unanswered], items=False)
    assert lines[0] == "   where the 3 labelled answers went:"
    assert lines[2].split() == ["2", "plan", "none:", "guidance", "does", "not", "answer", "this"]
    # the plan's first passage against the labelled ones, over the answers the plan gave a passage
    labelled = Outcome(answer, thread, "answer", "", "draft", "answer", text="-", passages=(answer.passages[0], "x"))
    assert "is a labelled one for 1/2 (50 %)" in breakdown([labelled, other, unanswered], items=False)[1]
    assert "viuh-t01" not in "\n".join(lines)
    assert not any("holds besides" in line for line in lines)  # a fresh set's other labels stay unread
    assert any("holds besides" in line for line in breakdown([stated, unanswered, unanswered]))


def test_stage_costs_count_what_each_stage_holds_besides_the_answers() -> None:
    dev = load_set(DEV, "reply-plans-dev")
    comments = [c for t in dev.threads for c in t.comments]
    thread = dev.threads[0]
    answer = next(c for c in comments if c.plan == "answer")
    unanswered = next(c for c in comments if c.plan == "none" and c.reason.startswith("guidance does not answer"))
    banter = next(c for c in comments if c.plan == "none" and c.reason.startswith("banter"))
    thanks = next(c for c in comments if c.plan == "thank")

    def skipped(comment: PlanComment, language: str) -> Outcome:
        why = f"Question; FAQ answers it; no draft: the guidance states the answer only in {language}; write it"
        return Outcome(comment, thread, "answer", "", "digest", "none", why=why)

    held = Outcome(answer, thread, "none", "guidance does not answer this", "digest", "none")
    drafted = Outcome(unanswered, thread, "answer", "", "draft", "answer", text="Hinta on 5 €.")
    lines = stage_costs(
        [
            skipped(answer, "English"),
            skipped(answer, "Finnish, Swedish"),  # one stage, whichever language
            skipped(unanswered, "Swedish"),
            skipped(banter, "English"),
            skipped(thanks, "English"),
            held,
            drafted,  # a draft is held nowhere
            Outcome(thanks, thread, "thank", "", "draft", "thank", text="Kiitos!"),
        ]
    )

    assert lines[1].split() == [
        "2", "/", "2,", "1", "/", "1", "drafter:", "the", "guidance", "states", "the", "answer", "only", "in",
        "another", "language",
    ]  # fmt: skip
    assert lines[2].split()[:6] == ["1", "/", "0,", "0", "/", "0"]
    assert lines[2].endswith("plan none: guidance does not answer this")
    assert len(lines) == 3
    assert answer.id not in "\n".join(lines)


def test_report_of_a_fresh_set_names_no_comment() -> None:
    dev = load_set(DEV, "reply-plans-dev")
    figures = measure("t", _outcomes(), dev.brands)

    spent, fresh = "\n".join(report(figures)), "\n".join(report(figures, items=False))

    assert "viuh-t01-c07" in spent
    assert "viuh-t01" not in fresh and "1 of 1 complaint drafts" in fresh


def test_panel_export_hides_labels_and_verdicts_come_back_as_rates(tmp_path: Path) -> None:
    guidance = [{"id": "g1", "kind": "fact", "language": "en", "text": "Riding costs 0.25 €/min."}]
    threads = [{"id": "t1", "comments": [{"id": "c1", "author": "a", "parent": None, "text": "price?"}]}]
    drafts = [
        {"id": f"d{i}", "thread": "t1", "comment": "c1", "plan": "answer", "plan_reason": "q", "text": "0.25 €/min."}
        for i in range(4)
    ]
    out = export_panel(tmp_path, "demo", guidance, threads, drafts)
    packet = (out / "packet.md").read_text("utf-8")
    assert "plan: answer" in packet and "reason" not in json.loads((out / "packet.json").read_text())["threads"][0]
    assert load_verdicts(out) is None

    rows = [("d0", "approve"), ("d1", "approve"), ("d2", "edit"), ("d3", "skip")]
    lines = "\n".join(json.dumps({"draft": d, "verdict": v, "reason": "r"}) for d, v in rows)
    (out / "verdicts" / "p1.jsonl").write_text(lines + "\n", "utf-8")
    verdicts = load_verdicts(out)

    assert verdicts is not None
    assert (verdicts.rate("approve"), verdicts.rate("skip")) == (0.5, 0.25)
    assert "approve as is 50% (bar >= 80%: fails)" in "\n".join(verdict_lines(verdicts))
    (out / "verdicts" / "p2.jsonl").write_text('{"draft": "nope", "verdict": "approve"}\n', "utf-8")
    with pytest.raises(DatasetError, match=r"p2\.jsonl:1"):
        load_verdicts(out)


def test_a_blocked_draft_is_shown_as_the_queue_shows_it_and_may_not_be_approved(tmp_path: Path) -> None:
    guidance = [{"id": "g1", "kind": "fact", "language": "en", "text": "Riding costs 0.25 €/min."}]
    threads = [{"id": "t1", "comments": [{"id": "c1", "author": "a", "parent": None, "text": "price?"}]}]
    draft = {"id": "d0", "thread": "t1", "comment": "c1", "plan": "answer", "plan_reason": "q", "text": "0.25 €/min."}
    plain = (export_panel(tmp_path / "a", "demo", guidance, threads, [draft]) / "packet.md").read_text("utf-8")
    assert "Blocked" not in plain  # a packet with no blocked draft reads as it always did

    blocked = {**draft, "id": "d1", "text": "See x.fi.", "blocked": ["links: remove the link to x.fi"]}
    out = export_panel(tmp_path / "b", "demo", guidance, threads, [draft, blocked])
    packet = (out / "packet.md").read_text("utf-8")
    assert "no Approve button" in packet
    assert "**Blocked, cannot be approved:** links: remove the link to x.fi" in packet
    assert packet.index("Draft d1") < packet.index("**Blocked, cannot be approved:**")
    (out / "verdicts" / "p1.jsonl").write_text(
        '{"draft": "d0", "verdict": "approve"}\n{"draft": "d1", "verdict": "edit"}\n', "utf-8"
    )
    verdicts = load_verdicts(out)
    assert verdicts is not None and (verdicts.rate("approve"), verdicts.blocked) == (0.5, 1)
    assert "of them blocked by a check" in "\n".join(verdict_lines(verdicts))
    assert "edit 1, skip 0" in "\n".join(verdict_lines(verdicts))
    (out / "verdicts" / "p2.jsonl").write_text('{"draft": "d1", "verdict": "approve"}\n', "utf-8")
    with pytest.raises(DatasetError, match=r"p2\.jsonl:1: draft d1 is blocked"):
        load_verdicts(out)


def test_a_packet_a_panel_has_marked_is_never_replaced(tmp_path: Path) -> None:
    guidance = [{"id": "g1", "kind": "fact", "language": "en", "text": "Riding costs 0.25 €/min."}]
    threads = [{"id": "t1", "comments": [{"id": "c1", "author": "a", "parent": None, "text": "price?"}]}]
    draft = {"id": "d0", "thread": "t1", "comment": "c1", "plan": "answer", "plan_reason": "q", "text": "0.25 €/min."}
    out = export_panel(tmp_path, "dev", guidance, threads, [draft])
    export_panel(tmp_path, "dev", guidance, threads, [draft])  # the same packet again: fine
    (out / "verdicts" / "p1.jsonl").write_text('{"draft": "d0", "verdict": "approve"}\n', "utf-8")

    with pytest.raises(DatasetError, match="another folder"):
        export_panel(tmp_path, "dev", guidance, threads, [{**draft, "id": "d1", "text": "New text."}])
    assert json.loads((out / "packet.json").read_text("utf-8"))["drafts"][0]["id"] == "d0"
    assert export_panel(tmp_path / "round-2", "dev", guidance, threads, [{**draft, "id": "d1"}]).exists()


def test_a_thread_may_name_its_posts_author_and_praise_under_someone_elses_post_gets_no_thank_you(
    tmp_path: Path,
) -> None:
    (tmp_path / "threads").mkdir()
    (tmp_path / "brands.yaml").write_text(
        "viuh:\n  name: Viuh\n  guidance:\n"
        "    - {id: f1, kind: fact, language: en, text: 'Viuh scooters cost 0.25 € a minute in Helsinki.'}\n",
        "utf-8",
    )
    praise = "honestly the smoothest scooters in town, love riding them every morning"
    (tmp_path / "threads" / "viuh.yaml").write_text(
        "- {id: own, platform: reddit, objective: trust, title: 'Spring is here', comments: ["
        f"{{id: own-c1, author: ann, text: '{praise}', plan: thank}}]}}\n"
        "- {id: theirs, platform: reddit, author: city_reviews, objective: trust, title: 'Scooters compared',"
        f" comments: [{{id: theirs-c1, author: ben, text: '{praise}', plan: none}}]}}\n",
        "utf-8",
    )
    plan_set = load_set(tmp_path)
    assert [t.author for t in plan_set.threads] == [None, "city_reviews"]
    drafted = {o.comment.id: o.drafted for o in run_set(plan_set)}
    assert drafted == {"own-c1": "thank", "theirs-c1": "none"}


def test_an_unknown_set_name_is_refused_with_the_known_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--set", "reply-plans-nosuch"]) == 1
    out = capsys.readouterr().out
    assert "no reply-plans set named reply-plans-nosuch" in out
    assert "reply-plans-dev" in out


def test_help_prints_the_usage_and_measures_no_set(capsys: pytest.CaptureFixture[str]) -> None:
    # Asking for help once ran every set, fresh ones included: it must print the usage and stop.
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert "--pair BEFORE AFTER" in out
    assert "== Reply plans" not in out


def _packet(folder: Path, texts: dict[str, str]) -> Path:
    threads = [{"id": "t1", "platform": "reddit", "objective": "trust", "title": "T", "body": "", "comments": []}]
    guidance = [{"id": "g1", "kind": "fact", "language": "en", "text": "Delivery takes 3 days."}]
    drafts = [
        {"id": f"d-{c}", "thread": "t1", "comment": c, "plan": "answer", "plan_reason": "", "text": text}
        for c, text in texts.items()
    ]
    return export_panel(folder, "set-x", guidance, threads, drafts)


def test_a_paired_round_shows_each_text_once_hides_the_version_and_counts_verdicts_per_version(tmp_path: Path) -> None:
    before = _packet(tmp_path / "a", {"c1": "Same text.", "c2": "Old wording.", "c3": "Only the first."})
    after = _packet(tmp_path / "b", {"c1": "Same text.", "c2": "New wording."})
    out = pair_packets(before, after, tmp_path / "panel")
    packet = json.loads((out / "packet.json").read_text("utf-8"))
    texts = sorted(d["text"] for d in packet["drafts"])
    assert texts == ["New wording.", "Old wording.", "Only the first.", "Same text."]
    assert all(d["id"].startswith("p-") for d in packet["drafts"])
    assert "before" not in (out / "packet.md").read_text("utf-8")  # no version label reaches the panellist
    assert "two alternative drafts" in (out / "packet.md").read_text("utf-8")
    by_text = {d["text"]: d["id"] for d in packet["drafts"]}
    verdicts = {"Same text.": "approve", "Old wording.": "skip", "New wording.": "approve", "Only the first.": "edit"}
    (out / "verdicts" / "p1.jsonl").write_text(
        "\n".join(json.dumps({"draft": by_text[t], "verdict": v, "reason": "r"}) for t, v in verdicts.items()),
        "utf-8",
    )
    lines = paired_lines(out)
    assert "1 drafts alike in both versions, 3 in one only" in lines[0]
    assert lines[1].split() == [
        "before",
        "approve",
        "as",
        "is",
        "33%,",
        "edit",
        "33%,",
        "skip",
        "33%",
        "(3",
        "verdicts)",
    ]
    assert lines[2].split() == ["after", "approve", "as", "is", "100%,", "edit", "0%,", "skip", "0%", "(2", "verdicts)"]
    assert "before: approve 1, edit 1, skip 1; after: approve 2, edit 0, skip 0" in lines[3]
    assert load_verdicts(out) is not None  # the ordinary rates still read the paired packet


def test_a_text_blocked_in_one_version_only_is_paired_as_two_drafts(tmp_path: Path) -> None:
    before = _packet(tmp_path / "a", {"c1": "Write to help@viuh.fi.", "c2": "Same."})
    after = _packet(tmp_path / "b", {"c1": "Write to help@viuh.fi.", "c2": "Same."})
    data = json.loads((before / "packet.json").read_text("utf-8"))
    data["drafts"][0]["blocked"] = ["links: remove the link to viuh.fi"]
    (before / "packet.json").write_text(json.dumps(data), "utf-8")

    packet = json.loads((pair_packets(before, after, tmp_path / "panel") / "packet.json").read_text("utf-8"))
    assert sorted((d["text"], bool(d.get("blocked"))) for d in packet["drafts"]) == [
        ("Same.", False),
        ("Write to help@viuh.fi.", False),
        ("Write to help@viuh.fi.", True),
    ]


def test_packets_of_different_sets_are_not_paired(tmp_path: Path) -> None:
    first = _packet(tmp_path / "a", {"c1": "x"})
    other = export_panel(tmp_path / "b", "set-y", [], [], [])
    with pytest.raises(DatasetError, match="different sets"):
        pair_packets(first, other, tmp_path / "panel")


def test_a_brand_with_no_brand_file_is_known_to_the_checks_by_the_name_its_drafts_sign_with(tmp_path: Path) -> None:
    """With no brand file, the offline drafter signs a reply on the brand's own post with its team's sign-off named
    from the guidance's front matter ("– The Viuh team"); the checks know the brand by the same name, so the
    disclosure the guidance asks for is there and the sign-off needs no passage (it was blocked as both)."""
    (tmp_path / "threads").mkdir()
    (tmp_path / "brands.yaml").write_text(
        "viuh:\n  name: Viuh\n  guidance:\n"
        "    - {id: f1, kind: fact, language: en, text: 'Viuh scooters cost 0.25 € a minute in Helsinki.'}\n"
        "    - {id: d1, kind: disclosure, language: en, text: 'Viuh replies are drafted with AI assistance and checked"
        " by our customer service team before they are published.'}\n",
        "utf-8",
    )
    praise = "honestly the smoothest scooters in town, love riding them every morning"
    (tmp_path / "threads" / "viuh.yaml").write_text(
        "- {id: own, platform: reddit, objective: trust, title: 'Spring is here', comments: ["
        f"{{id: own-c1, author: ann, text: '{praise}', plan: thank}}]}}\n",
        "utf-8",
    )
    (outcome,) = run_set(load_set(tmp_path))

    assert outcome.text is not None and outcome.text.endswith("– The Viuh team")
    assert outcome.blocking == ()
