"""What every command gets: settings and the services built from them, on first use."""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING

from bot import logs
from bot.errors import ConfigError

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.ports import Progress
    from bot.services import Services


class Context:
    def __init__(self, verbose: bool = False, log_format: str = "text", quiet: bool = False) -> None:
        self.verbose = verbose
        self.log_format = log_format
        self.quiet = quiet  # no progress bars (bot/cli/progress.py)

    @cached_property
    def settings(self) -> Settings:
        from pydantic import ValidationError  # start-up cost: pydantic, only when a command needs settings

        from bot.config import load_settings  # start-up cost: pydantic-settings, not for `kuulo --help`

        try:
            settings = load_settings()
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
            raise ConfigError(f"invalid settings ({problems}); see docs/configuration.md") from None
        if not self.verbose:  # --verbose wins; otherwise KUULO_LOG_LEVEL, once the settings are known
            logs.configure(settings.log_level, self.log_format)
        return settings

    @cached_property
    def services(self) -> Services:
        from bot.services import Services  # start-up cost: SQLAlchemy and the stores, not for `kuulo --help`

        return Services(self.settings)

    def progress(self, *, bars: bool = True) -> AbstractContextManager[Progress]:
        """What a long command counts into (``bot/cli/progress.py``); ``bars=False``: summary lines only
        (an export printing its rows to the same terminal)."""
        from bot.cli.progress import progress  # start-up cost: rich, only for the commands that count

        return progress(self.quiet or not bars, silent=self.log_format == "json")

    def close(self) -> None:
        if "services" in self.__dict__:
            self.services.close()
