"""The daily digest: where to engage today, what engagement achieved yesterday, what the audience asks.

- :mod:`bot.digest.rows` reads plain rows for one local day from the database;
- :mod:`bot.digest.topics` groups needs and spots growing topics (pure);
- :mod:`bot.digest.content` builds the :class:`~bot.digest.content.DailyDigest` (pure);
- :mod:`bot.slack.digest_blocks` turns it into Block Kit, :mod:`bot.digest.text` into terminal text (pure);
- :mod:`bot.digest.schedule` says which local day is due (DST-proof wall-clock rule);
- :mod:`bot.slack.digest` sends it exactly once per local day (claim, send, reconcile).
"""
