"""eval/voice_report.py: what a packet's drafts keep of the voice and disclosure guidance, counted deterministically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.voice_report import folder_counts, lines, packet_counts

GUIDANCE = [
    {
        "brand": "Kahvila Kuppi",
        "id": "kuppi-g01",
        "kind": "voice",
        "language": "en",
        "text": "Max 3 sentences. End with a question or an invitation to drop by. Sign with the host's first name "
        "after a dash, e.g. '– Aino / Kuppi'.",
    },
    {
        "brand": "Kahvila Kuppi",
        "id": "kuppi-g02",
        "kind": "disclosure",
        "language": "en",
        "text": "From a personal account, say in your first sentence that you work at Kuppi: 'I work at Kuppi.'",
    },
]


def _packet(*drafts: tuple[str, str, str]) -> dict[str, Any]:
    comments = [{"id": f"c{i}", "author": "x", "parent": None, "text": c} for i, (c, _, _) in enumerate(drafts)]
    thread = {"id": "t1", "brand": "kuppi", "platform": "reddit", "objective": "trust", "title": "", "body": ""}
    return {
        "set": "unit",
        "guidance": GUIDANCE,
        "threads": [{**thread, "comments": comments}],
        "drafts": [
            {"id": f"d{i}", "thread": "t1", "comment": f"c{i}", "plan": plan, "plan_reason": "", "text": text}
            for i, (_, plan, text) in enumerate(drafts)
        ],
    }


def test_voice_report_counts_sign_off_closing_disclosure_place_and_thank_fit(tmp_path: Path) -> None:
    packet = _packet(
        ("great coffee, thank you", "thank", "I work at Kuppi. Thank you! Come by and say hi! – Sanna / Kuppi"),
        ("wear earplugs, your future self will thank you", "thank", "You're welcome, and thanks for the kind words."),
        ("do you have oat milk?", "answer", "We serve oat milk. I work at Kuppi. – Sanna / Kuppi"),
    )

    counts = packet_counts(packet)

    assert counts["drafts"] == 3
    assert (counts["signoff_kept"], counts["signoff_asked"]) == (2, 3)
    assert (counts["closing_kept"], counts["closing_asked"]) == (1, 3)
    assert (counts["disclosure_placed_kept"], counts["disclosure_placed_asked"]) == (2, 3)
    assert (counts["thank_misfit"], counts["thank_drafts"]) == (1, 2)
    (tmp_path / "unit").mkdir()
    (tmp_path / "unit" / "packet.json").write_text(json.dumps(packet), "utf-8")
    assert folder_counts(tmp_path) == counts
    assert "sign-off as the voice asks 2/3" in lines(counts)[0]


def test_a_closing_question_before_a_disclosure_the_guidance_puts_at_the_end_is_kept() -> None:
    guidance = [
        {**GUIDANCE[0], "text": "Max 3 sentences. End with a question."},
        {
            **GUIDANCE[1],
            "text": "Staff replying from personal accounts add '(Kuppi staff)' at the END of the reply. Never hide it.",
        },
    ]
    packet = {
        **_packet(
            ("do you have oat milk?", "answer", "We serve oat milk. Anything else I can help with? (Kuppi staff)"),
            ("onko kaurajuomaa?", "answer", "Kaurajuomaa on aina. Voinko auttaa vielä jossain? (Kuppi staff)"),
            ("do you have soy milk?", "answer", "We serve soy milk. (Kuppi staff)"),
        ),
        "guidance": guidance,
    }

    counts = packet_counts(packet)

    assert (counts["closing_kept"], counts["closing_asked"]) == (2, 3)
    assert (counts["disclosure_placed_kept"], counts["disclosure_placed_asked"]) == (3, 3)


def test_voice_report_counts_a_brand_name_given_a_colon_before_a_finnish_ending_it_needs_none_of() -> None:
    def counted(brand: str, text: str) -> int:
        packet = _packet(("kiitos, ihana kahvi", "thank", text))
        return packet_counts({**packet, "guidance": [{**g, "brand": brand} for g in GUIDANCE]})["colon_brand"]

    assert counted("Kahvila Lumo", "Olen töissä Lumo:lla. Kiitos! – Sanna / Lumo") == 1
    assert counted("Kahvila Lumo", "Olen töissä Lumolla. Kiitos! – Sanna / Lumo") == 0
    assert counted("Kahvila Kuppi", "Olen töissä Kuppi:lla. Kiitos! – Sanna / Kuppi") == 0  # "Kupilla": it stays


def test_voice_report_counts_the_named_opener_and_a_yes_to_an_open_question() -> None:
    named = {
        **GUIDANCE[1],
        "text": "Say in your first sentence that you write for Kuppi: 'Hi, Aino from the Kuppi counter here!'",
    }
    packet = {**_packet(), "guidance": [GUIDANCE[0], named]}
    drafted = _packet(
        ("how much is a flat white?", "answer", "Hi, {name} from the Kuppi counter here! Yes, a flat white is 4 €."),
        ("what time do you open?", "answer", "I work at Kuppi. We open at 8. – {name} / Kuppi"),
        ("do you have oat milk?", "answer", "Hi, Sanna from the Kuppi counter here! Yes, we do. – Sanna / Kuppi"),
    )
    packet.update(threads=drafted["threads"], drafts=drafted["drafts"])

    counts = packet_counts(packet)

    assert (counts["opener_kept"], counts["opener_asked"]) == (2, 3)
    assert (counts["open_yes"], counts["open_answers"]) == (1, 2)
    assert "as the guidance's own named opener where it gives one 2/3" in lines(counts)[0]


def test_a_closing_for_one_language_is_asked_of_its_replies_and_wrong_under_another_languages() -> None:
    guidance = [
        {
            "brand": "Kalasavu",
            "id": "kalasavu-g01",
            "kind": "voice",
            "language": "fi",
            "text": "Lämpimästi ja lyhyesti. Vastauksia ei allekirjoiteta nimellä, loppuun 'Terveisin kalasavusta'.",
        },
        {"brand": "Kalasavu", "id": "kalasavu-g02", "kind": "voice", "language": "en", "text": "Plain and friendly."},
    ]
    drafts = (
        ("kauanko siika säilyy jääkaapissa?", "answer", "Siika säilyy jääkaapissa 7 päivää. Terveisin kalasavusta"),
        ("paljonko lohi maksaa kilolta?", "answer", "Kylmäsavulohi maksaa 39 € kilolta."),
        ("hur länge håller siken i kylen?", "answer", "Siken håller 7 dagar i kylskåp. Terveisin kalasavusta"),
        ("how long does the whitefish keep?", "answer", "It keeps 7 days in the fridge."),
        ("how long does the salmon keep?", "answer", "It keeps 14 days unopened. – Sanna"),
    )
    packet = {**_packet(*drafts), "guidance": guidance}
    packet["threads"][0]["brand"] = "kalasavu"

    counts = packet_counts(packet)

    assert (counts["signoff_kept"], counts["signoff_asked"]) == (1, 2)  # the Finnish replies
    assert (counts["unsigned_kept"], counts["unsigned_asked"]) == (1, 3)  # a Finnish closing and a name are wrong
    assert counts["signoff_foreign"] == 1
