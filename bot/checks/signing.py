"""What a signed sign-off is made of, shared by the voice rules and the signature check.

:mod:`bot.checks.signature` imports the check types, which import :mod:`bot.checks.voice_rules`, so
the two cannot import each other; both import this module, which imports nothing of the checks.

* :data:`SLOT`: where the approver's name goes in a sign-off ("/{name}, Kraftverk"), filled at approval.
* :data:`OWN_NAME`: guidance words that ask the writer to sign with their own name ("first name",
  "the writer's name", "etunimellä", "förnamn", "ditt eget namn"): the name in such a passage's example is a
  stand-in for the approver, not a fixed signature.
"""

from __future__ import annotations

import re

SLOT = "{name}"

OWN_NAME = re.compile(
    r"first\s*name|own\s+name|answerer|writer's"
    r"|(?:writer|answerer|author|person)(?:'|’)?s\s+(?:first\s+)?name|your\s+name"
    r"|name\s+of\s+the\s+(?:writer|answerer|person)|etunim\w*|omalla\s+nimellä|omalla\s+nimell\w*"
    r"|förnamn\w*|ditt\s+(?:eget\s+)?namn|eget\s+namn|med\s+namn",
    re.IGNORECASE,
)
