"""A price list by age speaks of the age rules a question about a child's ticket asks (`age_rules` in slots.yaml)."""

from __future__ import annotations

from bot.opportunities.plan import off_slot, passage_slots, slots


def test_a_price_list_by_age_answers_a_question_about_a_childs_ticket() -> None:
    prices = "Ticket prices 2026: adult (15+) 36 €, child (7–14) 28 €, Mini course (4–6 years) 16 €."
    asked = slots("how much is a normal ticket for a 9 year old")
    assert "age_rules" in asked
    assert "age_rules" in passage_slots(prices, "fact")
    assert not off_slot(asked, prices, "fact")


def test_a_span_of_years_or_opening_hours_is_no_age_rule() -> None:
    assert "age_rules" not in slots("we have had it 4-6 years")
    assert "age_rules" not in slots("we are open Tue–Fri (10–16)")
