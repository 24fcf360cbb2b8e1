"""The Slack app: review cards, decisions, `/kuulo` and App Home (one module per surface)."""
