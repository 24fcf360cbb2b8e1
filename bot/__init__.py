"""Kuulo: join the conversations where your audience already talks, with a human in the loop."""

__version__ = "0.1.0"
