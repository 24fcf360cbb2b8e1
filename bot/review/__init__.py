"""Deciding: a person approves, edits or skips a draft; one module owns the draft's status transitions."""
