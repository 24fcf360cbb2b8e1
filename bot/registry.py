"""The one place a ``"module:attribute"`` reference becomes the object it names.

Registries that must not import what they list up front (the command line,
so ``kuulo --help`` stays instant; jobs and request kinds named by tests and
extensions) keep such references and resolve them here, so every dynamic
import of the project goes through one function that a test can enumerate.
"""

from __future__ import annotations

import importlib
from typing import Any

from bot.errors import ConfigError


def resolve(reference: str) -> Any:
    """Import ``"module:attribute"`` and return the attribute."""
    module_name, _, attribute = reference.partition(":")
    if not module_name or not attribute:
        raise ConfigError(f"{reference!r} is not a 'module:attribute' reference")
    try:
        return getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load {reference!r} ({exc}); this build of Kuulo is incomplete") from exc
