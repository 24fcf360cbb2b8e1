"""A draft's guidance searches run side by side, and give the same passages as one after another."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from bot.domain import Passage
from bot.drafting.pipeline import guidance_for
from bot.opportunities.plan import ReplyPlan

DELAY = 0.3  # a round trip to the guidance store


class SlowStore:
    """A guidance store whose every search takes DELAY seconds; it answers by kind and language."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages
        self.calls: list[tuple[float, float, str]] = []
        self.lock = threading.Lock()

    def search(
        self, query: str, *, k: int = 5, language: str | None = None, kinds: Sequence[str] | None = None
    ) -> list[Passage]:
        started = time.monotonic()
        time.sleep(DELAY)
        found = [p for p in self.passages if (not kinds or p.kind in kinds) and language in (None, p.language)]
        with self.lock:
            self.calls.append((started, time.monotonic(), ",".join(kinds or ["any"])))
        return found[:k]


def _passage(pid: str, kind: str, language: str = "fi") -> Passage:
    return Passage(pid, f"text {pid}", kind, language, "public", "guide.md")


def _sequential(store: SlowStore, text: str, language: str, plan: ReplyPlan) -> list[str]:
    """What guidance_for returned when it searched one after another (its earlier body)."""
    merged = {p.id: p for p in store.search(text, k=6, language=language)}
    for kind in ["disclosure", "voice", "support"]:
        for passage in store.search(text, k=8 if kind == "voice" else 3, language=language, kinds=(kind,)):
            if passage.language in (language, None):
                merged.setdefault(passage.id, passage)
    for passage in store.search(text, k=12, kinds=("faq", "fact", "campaign", "support")):
        if passage.id in plan.passages:
            merged.setdefault(passage.id, passage)
    return list(merged)


def test_the_searches_run_side_by_side_and_merge_as_before() -> None:
    passages = [
        _passage("fact-1", "fact"),
        _passage("disclosure-fi", "disclosure"),
        _passage("voice-fi", "voice"),
        _passage("voice-sv", "voice", "sv"),
        _passage("support-fi", "support"),
        _passage("faq-sv", "faq", "sv"),
    ]
    plan = ReplyPlan("acknowledge", "a complaint", False, passages=("faq-sv", "support-fi"))
    store = SlowStore(passages)
    started = time.monotonic()
    found = guidance_for(store, "Pumppu ei toimi", "fi", plan)
    took = time.monotonic() - started
    assert [p.id for p in found] == _sequential(SlowStore(passages), "Pumppu ei toimi", "fi", plan)
    assert "faq-sv" in [p.id for p in found] and "voice-sv" not in [p.id for p in found]
    # the five, the voice and disclosure rules in any language, and an acknowledgement's support in any language
    assert len(store.calls) == 8
    first = min(store.calls)
    rest = [call for call in store.calls if call != first]
    assert all(call[0] >= first[1] for call in rest), "the first search ran alone (it embeds the comment once)"
    assert max(call[0] for call in rest) < min(call[1] for call in rest), "the other seven overlapped"
    assert took < 4 * DELAY, f"{took:.2f} s: not one after another ({8 * DELAY:.1f} s)"


def test_an_acknowledgement_gets_support_in_another_language_only_where_its_own_has_none() -> None:
    plan = ReplyPlan("acknowledge", "a complaint")
    foreign = [_passage("fact-1", "fact"), _passage("support-en", "support", "en")]
    found = [p.id for p in guidance_for(SlowStore(foreign), "Pumppu ei toimi", "fi", plan)]
    assert "support-en" in found
    both = [*foreign, Passage("support-fi", "Asiakaspalvelu: apu@kauppa.example.", "support", "fi", "public", "g")]
    found = [p.id for p in guidance_for(SlowStore(both), "Pumppu ei toimi", "fi", plan)]
    assert "support-fi" in found and "support-en" not in found
    answer = ReplyPlan("answer", "a question", passages=("fact-1",))
    assert "support-en" not in [p.id for p in guidance_for(SlowStore(foreign), "Paljonko?", "fi", answer)]


def test_a_voice_written_in_one_language_binds_a_reply_in_another() -> None:
    voice = Passage("voice-en", "No exclamation marks. Sign every reply with your first name, e.g. '– Aino'.",
                    "voice", "en", "public", "voice.md")  # fmt: skip
    disclosure = Passage("disclosure-en", "Disclose your role at the end: '(I work at X)'.", "disclosure", "en",
                         "public", "voice.md")  # fmt: skip
    plain = Passage("voice-sv-tone", "Varm och saklig ton.", "voice", "sv", "public", "voice.md")
    only_english = guidance_for(SlowStore([_passage("fact-1", "fact"), voice, disclosure]), "Hur?", "fi")
    own_language = guidance_for(SlowStore([_passage("voice-fi", "voice"), voice, plain]), "Hur?", "fi")

    assert {"voice-en", "disclosure-en"} <= {p.id for p in only_english}
    assert "voice-en" not in {p.id for p in own_language}  # the reply's own language states its voice


def test_a_disclosure_passage_in_another_language_comes_where_the_replys_language_has_none() -> None:
    english = Passage("disclosure-en", "Replies on this account are written by our social media team.", "disclosure",
                      "en", "public", "disclosure.md")  # fmt: skip
    swedish = Passage("disclosure-sv", "Vi svarar som Viuh.", "disclosure", "sv", "public", "disclosure.md")
    finnish = guidance_for(SlowStore([_passage("fact-1", "fact"), english, swedish]), "Paljonko?", "fi")
    own = guidance_for(SlowStore([_passage("disclosure-fi", "disclosure"), english]), "Paljonko?", "fi")

    # it states no voice rule, yet it says replies say who writes: a Finnish reply is signed like the others
    assert "disclosure-en" in {p.id for p in finnish}
    assert "disclosure-en" not in {p.id for p in own}  # the reply's own language has its disclosure


class FillingStore(SlowStore):
    """The guidance store's language preference: the reply's language first, other languages fill up to ``k``."""

    def search(
        self, query: str, *, k: int = 5, language: str | None = None, kinds: Sequence[str] | None = None
    ) -> list[Passage]:
        preferred = super().search(query, k=k, language=language, kinds=kinds)
        others = [p for p in super().search(query, k=99, kinds=kinds) if p not in preferred]
        return (preferred + others)[:k]


def test_a_fixed_sign_off_in_another_languages_voice_signs_a_reply_beside_the_own_languages_voice() -> None:
    signed = Passage("voice-en", "Plain words. Sign '/Kanervo crew'.", "voice", "en", "public", "voice.md")
    named = Passage("voice-sv", "Signera med förnamn, t.ex. '– Ilona'.", "voice", "sv", "public", "voice.md")
    plain = Passage("voice-fi", "Suomeksi sinutellaan.", "voice", "fi", "public", "voice.md")
    facts = [_passage(f"fact-{i}", "fact") for i in range(6)]  # the closest passages: the voices come as rules
    found = {p.id for p in guidance_for(FillingStore([*facts, plain, signed, named]), "Mitä maksaa?", "fi")}

    assert {"voice-fi", "voice-en"} <= found
    assert "voice-sv" not in found  # an example writer's name is no fixed sign-off


def test_a_support_passage_with_no_address_or_number_lets_another_languages_in() -> None:
    plan = ReplyPlan("acknowledge", "a complaint")
    hours = Passage(
        "support-fi", "Myymälä on auki ti–pe 10–17, chat sivuillamme arkisin.", "support", "fi", "public", "g"
    )
    mail = Passage("support-en", "Customer service: apu@kauppa.example.", "support", "en", "public", "g")
    found = [p.id for p in guidance_for(SlowStore([hours, mail]), "Pumppu ei toimi", "fi", plan)]
    assert found.count("support-fi") == 1 and "support-en" in found
