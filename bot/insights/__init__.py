"""Audience understanding: themes, emerging topics, answers from comments, reports.

``themes`` groups what people need, ask and resist; ``emerging`` tests weekly
counts against their baseline; ``ask`` answers a question from the collected
comments with verified quotes; ``report`` builds the weekly report and the
listening-campaign summary; ``chart`` draws themes over time. The core
modules take an :class:`~bot.ports.Embedder` and plain items, never a client.
"""
