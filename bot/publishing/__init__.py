"""Publishing approved replies exactly once: the outbox and one publisher per platform."""
