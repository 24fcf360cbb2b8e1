"""The audience core talks to Slack only through bot/ports.py: no insights module imports Slack."""

from __future__ import annotations

from tests.layering import read_graph

SLACK = ("slack_sdk", "slack_bolt", "bot.slack")
NEW_CORE = ("bot.insights.bursts", "bot.insights.alerts", "bot.insights.alert_view", "bot.insights.board")
NEW_CORE += ("bot.insights.html_report", "bot.insights.svg")


def test_alerts_board_and_html_report_never_import_slack() -> None:
    graph = read_graph()
    offending = [
        f"{edge.source}:{edge.line} imports {edge.target}"
        for edge in graph.edges
        if edge.source in NEW_CORE and edge.target.startswith(SLACK)
    ]
    assert all(module in graph.modules for module in NEW_CORE)
    assert offending == []
