"""Judging: signals of each comment become an opportunity (draft, digest, escalate, ignore) with a reason."""
