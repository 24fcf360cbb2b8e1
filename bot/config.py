"""Settings: the one place that reads the environment.

Every variable is listed, with its default, in ``docs/configuration.md`` and
``.env.example``; a test keeps the three in step. Secrets are ``SecretStr`` so
they print as ``**********`` in logs, errors and ``repr``.
"""

from __future__ import annotations

import logging
import os
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Literal

from dotenv import dotenv_values
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.errors import ConfigError

Objective = Literal["awareness", "trust", "sales", "behaviour"]
OBJECTIVES: tuple[str, ...] = ("awareness", "trust", "sales", "behaviour")


def _env(name: str) -> AliasChoices:
    """Accept the exact variable name (case-insensitively, as pydantic does)."""
    return AliasChoices(name)


def split_ids(value: str) -> tuple[str, ...]:
    """A list of Slack ids as ``KUULO_APPROVERS`` spells it (commas or semicolons) split into its ids."""
    return tuple(part.strip() for part in value.replace(";", ",").split(",") if part.strip())


class Settings(BaseSettings):
    """Kuulo's configuration, read from the environment and ``.env``."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    # -- storage -----------------------------------------------------------
    data_dir: Path = Field(
        Path(".kuulo"),
        validation_alias=_env("KUULO_DATA_DIR"),
        description="Folder for the SQLite database, embedded Chroma and the embedding cache.",
    )
    database_url: str | None = Field(
        None,
        validation_alias=_env("KUULO_DATABASE_URL"),
        description=(
            "SQLAlchemy URL of the database, e.g. postgresql://user@host/kuulo; unset means SQLite in the data folder."
        ),
    )
    chroma_url: str | None = Field(
        None,
        validation_alias=_env("KUULO_CHROMA_URL"),
        description="URL of a Chroma server (http://host:8000); unset means embedded Chroma in the data folder.",
    )

    # -- brand knowledge and embeddings -----------------------------------
    embeddings: Literal["local", "openai"] = Field(
        "local",
        validation_alias=_env("KUULO_EMBEDDINGS"),
        description="Embedding model: local (bundled multilingual-e5-small, no network) or openai.",
    )
    openai_embedding_model: str = Field(
        "text-embedding-3-small",
        validation_alias=_env("KUULO_OPENAI_EMBEDDING_MODEL"),
        description="Embedding model name when KUULO_EMBEDDINGS=openai.",
    )
    embedding_cache: Path | None = Field(
        None,
        validation_alias=_env("KUULO_EMBEDDING_CACHE"),
        description="SQLite file caching embeddings (default: data_dir/embedding-cache.sqlite); may be shared.",
    )
    chroma_collection: str = Field(
        "guidance",
        validation_alias=_env("KUULO_CHROMA_COLLECTION"),
        description="Chroma collection holding the brand guidance.",
    )

    # -- drafting ------------------------------------------------------------
    drafter: Literal["auto", "llm", "offline"] = Field(
        "auto",
        validation_alias=_env("KUULO_DRAFTER"),
        description=(
            "Who drafts replies: auto (the model when OPENAI_API_KEY or OPENAI_BASE_URL is set), llm or offline."
        ),
    )
    openai_api_key: SecretStr | None = Field(
        None, validation_alias=_env("OPENAI_API_KEY"), description="API key of OpenAI or an OpenAI-compatible endpoint."
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=_env("OPENAI_BASE_URL"),
        description="Base URL of an OpenAI-compatible endpoint (Azure, Ollama, vLLM), e.g. http://localhost:11434/v1.",
    )
    llm_model: str = Field(
        "gpt-4o-mini",
        validation_alias=_env("KUULO_LLM_MODEL"),
        description="Chat model used for drafting and classification.",
    )
    llm_timeout_seconds: float = Field(
        30.0, validation_alias=_env("KUULO_LLM_TIMEOUT"), description="Seconds to wait for one model request."
    )
    llm_max_retries: int = Field(
        2,
        validation_alias=_env("KUULO_LLM_MAX_RETRIES"),
        description="Retries of a failed model request (429 and 5xx), honouring Retry-After.",
    )
    llm_max_tokens: int = Field(
        800,
        gt=0,
        validation_alias=_env("KUULO_LLM_MAX_TOKENS"),
        description="Most tokens the model may write for one draft (max_tokens of each request).",
    )
    llm_daily_token_cap: int | None = Field(
        None,
        gt=0,
        validation_alias=_env("KUULO_LLM_DAILY_TOKEN_CAP"),
        description="Model tokens (prompt + answer) per UTC day for drafting; then drafting pauses. Unset: no cap.",
    )

    # -- signals and opportunity scoring ---------------------------------------
    classifier: Literal["auto", "llm", "offline"] = Field(
        "auto",
        validation_alias=_env("KUULO_CLASSIFIER"),
        description="Comment classifier: auto (the model when one is configured), llm or offline (rules + embeddings).",
    )
    classify_batch_size: int = Field(
        25, validation_alias=_env("KUULO_CLASSIFY_BATCH_SIZE"), description="Comments per model call when classifying."
    )
    answer_threshold_same_language: float = Field(
        0.821,
        validation_alias=_env("KUULO_ANSWER_THRESHOLD_SAME"),
        description="Guidance answers a comment when the best passage in the same language is at least this similar.",
    )
    answer_threshold_cross_language: float = Field(
        0.830,
        validation_alias=_env("KUULO_ANSWER_THRESHOLD_CROSS"),
        description="The same threshold when the best passage is in another language than the comment.",
    )
    topic_relevance_threshold: float = Field(
        0.733,
        validation_alias=_env("KUULO_TOPIC_RELEVANCE_THRESHOLD"),
        description="Below this similarity to every watch topic (and unanswerable) a comment is off topic.",
    )
    community_weekly_replies: int = Field(
        3,
        validation_alias=_env("KUULO_COMMUNITY_WEEKLY_REPLIES"),
        description="Most replies of one brand per community (subreddit, instance, channel) in 7 days before its "
        "drafts stop (a brand's own value: kuulo brand set NAME community_weekly_replies N).",
    )
    install_community_weekly_replies: int | None = Field(
        3,
        ge=0,
        validation_alias=_env("KUULO_INSTALL_COMMUNITY_WEEKLY_REPLIES"),
        description="Most replies of all brands together per community in 7 days, so several brands cannot each "
        "spend a weekly budget in one subreddit or instance; checked when drafting and again when publishing. "
        "Empty: no install-wide cap.",
    )
    author_cooldown_hours: float = Field(
        72.0,
        validation_alias=_env("KUULO_AUTHOR_COOLDOWN_HOURS"),
        description="Hours after a brand reply to an author before another draft for that author.",
    )

    # -- watches -------------------------------------------------------------
    default_poll_interval_minutes: int = Field(
        30, validation_alias=_env("KUULO_POLL_INTERVAL"), description="Default minutes between polls of a watch."
    )
    default_objective: Objective = Field(
        "trust",
        validation_alias=_env("KUULO_DEFAULT_OBJECTIVE"),
        description="Objective of a watch added without --objective: awareness, trust, sales or behaviour.",
    )
    max_comment_chars: int = Field(
        10_000,
        gt=0,
        validation_alias=_env("KUULO_MAX_COMMENT_CHARS"),
        description="Longer comments are truncated on the way in and marked truncated.",
    )

    # -- kuulo import (docs/import.md, docs/limits.md) ------------------------------------
    import_max_bytes: int = Field(
        50_000_000,
        ge=1_000,
        validation_alias=_env("KUULO_IMPORT_MAX_BYTES"),
        description="Largest file (or paste) `kuulo import` reads; a larger one is refused whole: split it.",
    )
    import_max_rows: int = Field(
        100_000,
        ge=1,
        validation_alias=_env("KUULO_IMPORT_MAX_ROWS"),
        description="Most comments one import reads; the rows after it are reported, not imported: split the file.",
    )
    import_max_row_chars: int = Field(
        200_000,
        ge=100,
        validation_alias=_env("KUULO_IMPORT_MAX_ROW_CHARS"),
        description="A row (all its cells together) longer than this is skipped and reported with its line.",
    )
    import_max_cell_chars: int = Field(
        100_000,
        ge=100,
        validation_alias=_env("KUULO_IMPORT_MAX_CELL_CHARS"),
        description="A row with a cell longer than this is skipped and reported with its line and column.",
    )
    quarantine_max_bytes: int = Field(
        65_536,
        ge=1_024,
        validation_alias=_env("KUULO_QUARANTINE_MAX_BYTES"),
        description="A platform payload Kuulo could not read is kept for inspection cut at this many bytes "
        "(kuulo quarantine).",
    )
    account_newest_posts: int = Field(
        10,
        ge=1,
        le=100,
        validation_alias=_env("KUULO_ACCOUNT_NEWEST"),
        description="An account or feed watch follows at most this many of its newest posts (--newest).",
    )
    account_max_age_days: float = Field(
        14.0,
        gt=0,
        validation_alias=_env("KUULO_ACCOUNT_MAX_AGE_DAYS"),
        description="An account watch only follows posts younger than this many days (--max-age-days).",
    )
    thread_max_age_days: float = Field(
        30.0,
        gt=0,
        validation_alias=_env("KUULO_THREAD_MAX_AGE_DAYS"),
        description="Threads an account watch found are retired (inactive, reason retired) after this many days.",
    )

    # -- sources ---------------------------------------------------------------
    http_timeout_seconds: float = Field(
        20.0, validation_alias=_env("KUULO_HTTP_TIMEOUT"), description="Seconds to wait for a platform's API."
    )
    http_max_attempts: int = Field(
        4,
        validation_alias=_env("KUULO_HTTP_MAX_ATTEMPTS"),
        description="Attempts per platform request on 429, 5xx and network errors.",
    )
    http_max_wait_seconds: float = Field(
        60.0,
        validation_alias=_env("KUULO_HTTP_MAX_WAIT"),
        description="Longest wait between attempts, and longest Retry-After honoured in place.",
    )
    circuit_failures: int = Field(
        5,
        ge=1,
        validation_alias=_env("KUULO_CIRCUIT_FAILURES"),
        description="A platform failing this many polls in a row (5xx, timeouts, 429 after retries) is skipped.",
    )
    circuit_cooldown_minutes: float = Field(
        5.0,
        gt=0,
        validation_alias=_env("KUULO_CIRCUIT_COOLDOWN_MINUTES"),
        description="First cool-down of an open platform circuit; it doubles each time the retry fails.",
    )
    circuit_max_cooldown_minutes: float = Field(
        240.0,
        gt=0,
        validation_alias=_env("KUULO_CIRCUIT_MAX_COOLDOWN_MINUTES"),
        description="Longest cool-down of an open platform circuit.",
    )
    reconcile_hours: float = Field(
        24.0,
        gt=0,
        validation_alias=_env("KUULO_RECONCILE_HOURS"),
        description="A thread is re-read in full this often (no conditional request); vanished comments are deleted.",
    )
    reddit_url: str = Field(
        "https://www.reddit.com",
        validation_alias=_env("KUULO_REDDIT_URL"),
        description="Reddit's public API base (also where OAuth tokens are requested).",
    )
    reddit_oauth_url: str = Field(
        "https://oauth.reddit.com",
        validation_alias=_env("KUULO_REDDIT_OAUTH_URL"),
        description="Reddit's OAuth API base, used when a client id and secret are set.",
    )
    reddit_client_id: str | None = Field(
        None, validation_alias=_env("KUULO_REDDIT_CLIENT_ID"), description="Client id of a Reddit script app."
    )
    reddit_client_secret: SecretStr | None = Field(
        None, validation_alias=_env("KUULO_REDDIT_CLIENT_SECRET"), description="Secret of the Reddit script app."
    )
    reddit_username: str | None = Field(
        None,
        validation_alias=_env("KUULO_REDDIT_USERNAME"),
        description="Reddit account of the app (password grant and the User-Agent).",
    )
    reddit_password: SecretStr | None = Field(
        None, validation_alias=_env("KUULO_REDDIT_PASSWORD"), description="Password of that Reddit account."
    )
    hn_url: str = Field(
        "https://hn.algolia.com", validation_alias=_env("KUULO_HN_URL"), description="Hacker News Algolia API base."
    )
    hn_firebase_url: str = Field(
        "https://hacker-news.firebaseio.com",
        validation_alias=_env("KUULO_HN_FIREBASE_URL"),
        description="Hacker News Firebase API base (fallback).",
    )
    bluesky_url: str = Field(
        "https://public.api.bsky.app",
        validation_alias=_env("KUULO_BLUESKY_URL"),
        description="Bluesky public AppView base.",
    )
    youtube_url: str = Field(
        "https://www.googleapis.com/youtube/v3",
        validation_alias=_env("KUULO_YOUTUBE_URL"),
        description="YouTube Data API v3 base.",
    )
    youtube_api_key: SecretStr | None = Field(
        None, validation_alias=_env("YOUTUBE_API_KEY"), description="API key for reading YouTube comments."
    )
    youtube_daily_quota: int = Field(
        10_000,
        validation_alias=_env("KUULO_YOUTUBE_DAILY_QUOTA"),
        description="YouTube quota units Kuulo may spend per day.",
    )

    # -- publishing (the outbox; every platform off until listed in KUULO_PUBLISH) ----------
    publish: str = Field(
        "",
        validation_alias=_env("KUULO_PUBLISH"),
        description="Comma list of platforms Kuulo posts approved replies to itself: mastodon,bluesky,reddit,youtube.",
    )
    mastodon_url: str | None = Field(
        None,
        validation_alias=_env("KUULO_MASTODON_URL"),
        description="The brand's own Mastodon instance (https://...).",
    )
    mastodon_token: SecretStr | None = Field(
        None, validation_alias=_env("KUULO_MASTODON_TOKEN"), description="Access token of the brand's Mastodon account."
    )
    bluesky_handle: str | None = Field(
        None, validation_alias=_env("KUULO_BLUESKY_HANDLE"), description="Handle of the brand's Bluesky account."
    )
    bluesky_app_password: SecretStr | None = Field(
        None, validation_alias=_env("KUULO_BLUESKY_APP_PASSWORD"), description="An app password of that account."
    )
    bluesky_pds_url: str = Field(
        "https://bsky.social",
        validation_alias=_env("KUULO_BLUESKY_PDS_URL"),
        description="The PDS of the brand's Bluesky account (sessions and posting).",
    )
    youtube_oauth_token: SecretStr | None = Field(
        None,
        validation_alias=_env("KUULO_YOUTUBE_OAUTH_TOKEN"),
        description="OAuth bearer token (scope youtube.force-ssl) of the brand's channel, for replying.",
    )
    brand_accounts: str = Field(
        "",
        validation_alias=_env("KUULO_BRAND_ACCOUNTS"),
        description="Comma list of the brand's own account ids (Bluesky DIDs, handles): whom a mention must name.",
    )
    publish_max_attempts: int = Field(
        5, ge=1, validation_alias=_env("KUULO_PUBLISH_MAX_ATTEMPTS"), description="Tries per reply on 429/5xx."
    )
    publish_claim_seconds: float = Field(
        120.0,
        ge=0,
        validation_alias=_env("KUULO_PUBLISH_CLAIM_SECONDS"),
        description="A reply left 'publishing' this long belongs to a dead worker: it is reconciled, never re-sent.",
    )

    @property
    def publish_platforms(self) -> tuple[str, ...]:
        return tuple(p.strip().lower() for p in self.publish.split(",") if p.strip())

    @property
    def brand_account_ids(self) -> tuple[str, ...]:
        return tuple(p.strip().lower().lstrip("@") for p in self.brand_accounts.split(",") if p.strip())

    # -- slack review ------------------------------------------------------------
    slack_bot_token: SecretStr | None = Field(
        None, validation_alias=_env("SLACK_BOT_TOKEN"), description="Bot token (xoxb-...) for the Slack app."
    )
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=_env("SLACK_SIGNING_SECRET"), description="Verifies that requests come from Slack."
    )
    slack_app_token: SecretStr | None = Field(
        None, validation_alias=_env("SLACK_APP_TOKEN"), description="App-level token (xapp-...): Socket Mode when set."
    )
    slack_api_url: str = Field(
        "https://slack.com/api/", validation_alias=_env("KUULO_SLACK_API_URL"), description="Slack Web API base URL."
    )
    http_threads: int = Field(
        32,
        ge=1,
        le=256,
        validation_alias=_env("KUULO_HTTP_THREADS"),
        description="Worker threads of the HTTP server of `kuulo slack --http` (waitress); see docs/performance.md.",
    )
    http_processes: int = Field(
        1,
        ge=1,
        le=64,
        validation_alias=_env("KUULO_HTTP_PROCESSES"),
        description=(
            "Processes of `kuulo slack --http` answering on its one port (each with KUULO_HTTP_THREADS threads): "
            "more than one lets the Slack answers use more than one core; see docs/performance.md."
        ),
    )
    slack_command_max_chars: int = Field(
        4_000,
        ge=100,
        le=1_000_000,
        validation_alias=_env("KUULO_SLACK_COMMAND_MAX_CHARS"),
        description="Longest `/kuulo` command text read; a longer one is refused before it is parsed (docs/limits.md).",
    )
    review_channel: str | None = Field(
        None, validation_alias=_env("KUULO_REVIEW_CHANNEL"), description="Channel for review cards (default)."
    )
    escalation_channel: str | None = Field(
        None, validation_alias=_env("KUULO_ESCALATION_CHANNEL"), description="Channel for risky comments."
    )
    alert_channel: str | None = Field(
        None,
        validation_alias=_env("KUULO_ALERT_CHANNEL"),
        description="Channel for burst alerts (a theme or watch far above its baseline); default: escalation channel.",
    )
    alert_quiet_hours: float = Field(
        6.0,
        gt=0,
        validation_alias=_env("KUULO_ALERT_QUIET_HOURS"),
        description="An alert closes after this many hours without its burst.",
    )
    approvers: str = Field(
        "",
        validation_alias=_env("KUULO_APPROVERS"),
        description="Comma-separated Slack user ids (U...) and user-group ids (S...) who may decide; empty = nobody.",
    )
    signer: str | None = Field(
        None,
        validation_alias=_env("KUULO_SIGNER"),
        description=(
            "First name that signs replies approved in the terminal (kuulo review) when the brand's voice asks "
            "for the answerer's name and no --signature is given; Slack approvals sign with the approver's own."
        ),
    )
    card_sync_seconds: float = Field(
        15.0,
        gt=0,
        validation_alias=_env("KUULO_CARD_SYNC_SECONDS"),
        description="How often `kuulo run` posts review cards for new drafts and finishes cards a restart interrupted.",
    )
    card_claim_seconds: float = Field(
        300.0,
        gt=0,
        validation_alias=_env("KUULO_CARD_CLAIM_SECONDS"),
        description=(
            "A review or escalation card claimed but not posted for this long was left by a stopped process or refused "
            "by Slack: a pass then finishes it (after looking for it in the channel first). Keep it well above a "
            "post's time (15 s)."
        ),
    )
    draft_expiry_hours: int = Field(
        72, validation_alias=_env("KUULO_DRAFT_EXPIRY_HOURS"), description="Pending drafts older than this go stale."
    )
    brand_file: Path | None = Field(
        None,
        validation_alias=_env("KUULO_BRAND_FILE"),
        description=(
            "The brand file (YAML: name, allowed_link_domains, disclosure, banned_phrases) the draft checks use."
        ),
    )
    brand: str | None = Field(
        None,
        validation_alias=_env("KUULO_BRAND"),
        description=(
            "The brand brand-scoped commands work for when `--brand` is not given (`kuulo brand list`); "
            "without it the only brand, and with several brands such a command lists them and stops."
        ),
    )
    brand_secrets_file: Path | None = Field(
        None,
        validation_alias=_env("KUULO_BRAND_SECRETS_FILE"),
        description=(
            "A TOML file of brands' publishing credentials, one table per brand (`[acme]` with `mastodon_token = "
            '"..."`), kept outside the repository; refused unless only its owner can read it (chmod 600).'
        ),
    )
    allowed_link_domains: str = Field(
        "",
        validation_alias=_env("KUULO_ALLOWED_LINK_DOMAINS"),
        description="Comma-separated domains replies may link to (subdomains included), besides the brand file's.",
    )

    @property
    def link_domains(self) -> tuple[str, ...]:
        return tuple(d.strip().lower() for d in self.allowed_link_domains.split(",") if d.strip())

    # -- service (kuulo scheduler / kuulo run) ------------------------------------
    lease_seconds: float = Field(
        30.0,
        gt=0,
        validation_alias=_env("KUULO_LEASE_SECONDS"),
        description="The scheduler lease expires this long after the last heartbeat; another service then takes over.",
    )
    work_request_seconds: float = Field(
        2.0,
        gt=0,
        validation_alias=_env("KUULO_WORK_REQUEST_SECONDS"),
        description="How often the service picks up work handed over by commands such as `kuulo poll`.",
    )
    delegate_timeout_seconds: float = Field(
        600.0,
        gt=0,
        validation_alias=_env("KUULO_DELEGATE_TIMEOUT"),
        description="How long a command waits for the running service to do the work it handed over.",
    )

    # -- distributed mode (kuulo worker; docs/scaling.md) --------------------------
    broker_url: SecretStr | None = Field(
        None,
        validation_alias=_env("KUULO_BROKER_URL"),
        description=(
            "Celery broker, e.g. amqp://user:pass@host:5672//; set, the scheduler enqueues work for `kuulo worker` "
            "(needs PostgreSQL and KUULO_CHROMA_URL). Unset: one process does everything."
        ),
    )
    task_max_deliveries: int = Field(
        3,
        ge=1,
        validation_alias=_env("KUULO_TASK_MAX_DELIVERIES"),
        description="A task delivered more often than this (it killed its worker) goes to the dead letters.",
    )
    task_claim_seconds: float = Field(
        3600.0,
        gt=0,
        validation_alias=_env("KUULO_TASK_CLAIM_SECONDS"),
        description="A task queued or running longer than this is enqueued again; also Redis's visibility timeout.",
    )
    poll_concurrency: int = Field(
        8, ge=1, validation_alias=_env("KUULO_POLL_CONCURRENCY"), description="Worker threads for the poll queue."
    )
    process_concurrency: int = Field(
        0,
        ge=0,
        validation_alias=_env("KUULO_PROCESS_CONCURRENCY"),
        description="Worker processes for the process queue (embedding, classification); 0 = one per core.",
    )
    draft_concurrency: int = Field(
        8, ge=1, validation_alias=_env("KUULO_DRAFT_CONCURRENCY"), description="Worker threads for the draft queue."
    )
    publish_concurrency: int = Field(
        1,
        ge=1,
        validation_alias=_env("KUULO_PUBLISH_CONCURRENCY"),
        description="Worker threads for the publish queue (one outbox run at a time whatever this says).",
    )
    slack_concurrency: int = Field(
        2, ge=1, validation_alias=_env("KUULO_SLACK_CONCURRENCY"), description="Worker threads for the slack queue."
    )
    shared_rate_limits: str = Field(
        "reddit=100/60,mastodon=300/300,bluesky=3000/300",
        pattern=r"^\s*([a-z]+\s*=\s*(off|\d+(\.\d+)?/\d+(\.\d+)?)\s*(,\s*|$))*$",
        validation_alias=_env("KUULO_SHARED_RATE_LIMITS"),
        description=(
            "Distributed mode: requests per window (seconds) every worker shares, per platform, host and "
            "credential, kept in the database (`platform=N/S`, comma-separated; `off` for none)."
        ),
    )

    # -- team ------------------------------------------------------------------
    locale: Literal["en", "fi", "sv"] = Field(
        "en",
        validation_alias=_env("KUULO_LOCALE"),
        description="Language of Slack labels and the digest: en, fi or sv.",
    )
    timezone: str = Field(
        "Europe/Helsinki",
        validation_alias=_env("KUULO_TIMEZONE"),
        description="Time zone of the team (digest time, local days).",
    )
    digest_time: str = Field(
        "09:00",
        pattern=r"^([01]\d|2[0-3]):[0-5]\d$",
        validation_alias=_env("KUULO_DIGEST_TIME"),
        description="Local time (HH:MM, in KUULO_TIMEZONE) after which each day's digest is sent, once.",
    )
    digest_channel: str | None = Field(
        None,
        validation_alias=_env("KUULO_DIGEST_CHANNEL"),
        description="Slack channel of the daily digest; unset = no digest is posted.",
    )

    # -- privacy (docs/privacy.md) ---------------------------------------------
    retention_days: int = Field(
        90,
        gt=0,
        validation_alias=_env("KUULO_RETENTION_DAYS"),
        description="Days to keep comments and authors of conversations the brand did not join.",
    )
    audit_retention_days: int = Field(
        730,
        gt=0,
        validation_alias=_env("KUULO_AUDIT_RETENTION_DAYS"),
        description="Days to keep drafts, decisions and conversations the brand took part in (audit trail).",
    )
    privacy_notice_url: str | None = Field(
        None,
        validation_alias=_env("KUULO_PRIVACY_NOTICE_URL"),
        description="Privacy notice linked in the first reply to a person (GDPR Art. 14); unset: no link.",
    )

    # -- logging -------------------------------------------------------------
    log_level: str = Field(
        "WARNING",
        validation_alias=_env("KUULO_LOG_LEVEL"),
        description="Log level (DEBUG, INFO, WARNING); `kuulo --verbose` means INFO. Services usually run at INFO.",
    )

    @field_validator(
        "reddit_url",
        "reddit_oauth_url",
        "hn_url",
        "hn_firebase_url",
        "bluesky_url",
        "youtube_url",
    )
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        """A level the logging module knows, any case (an empty or unknown one raised in ``logging`` at start-up,
        a traceback instead of this error; found by make fuzz)."""
        level = value.strip().upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError(f"{value!r} is not a log level: use DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("slack_api_url")
    @classmethod
    def _end_with_slash(cls, value: str) -> str:
        return value.rstrip("/") + "/"

    @property
    def rate_limits(self) -> dict[str, tuple[float, float]]:
        """``KUULO_SHARED_RATE_LIMITS`` as ``{platform: (requests, window seconds)}``, the ``off`` ones left out."""
        limits: dict[str, tuple[float, float]] = {}
        for part in self.shared_rate_limits.split(","):
            if "=" not in part:
                continue
            platform, value = (piece.strip() for piece in part.split("=", 1))
            if value != "off":
                requests, window = value.split("/")
                if float(requests) > 0 and float(window) > 0:
                    limits[platform] = (float(requests), float(window))
        return limits

    @property
    def approver_ids(self) -> tuple[str, ...]:
        """``KUULO_APPROVERS`` split into user (U/W) and user-group (S) ids."""
        return split_ids(self.approvers)

    @field_validator("openai_base_url")
    @classmethod
    def _strip_optional_slash(cls, value: str | None) -> str | None:
        return value.rstrip("/") if value else value

    @cached_property
    def resolved_database_url(self) -> str:
        """``KUULO_DATABASE_URL`` or the SQLite file inside the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'kuulo.db').resolve()}"

    @property
    def uses_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")

    @property
    def reddit_oauth_configured(self) -> bool:
        return bool(self.reddit_client_id and self.reddit_client_secret)

    @property
    def drafter_mode(self) -> Literal["llm", "offline"]:
        """The drafter actually used: ``auto`` picks the model when one is configured."""
        if self.drafter == "auto":
            return "llm" if (self.openai_api_key or self.openai_base_url) else "offline"
        return self.drafter

    @property
    def classifier_mode(self) -> Literal["llm", "offline"]:
        """The comment classifier actually used: ``auto`` picks the model when one is configured."""
        if self.classifier == "auto":
            return "llm" if (self.openai_api_key or self.openai_base_url) else "offline"
        return self.classifier


def load_settings(**overrides: object) -> Settings:
    """Read settings; keyword overrides win over the environment (used by tests and the demo)."""
    return Settings(**overrides)  # type: ignore[arg-type]


# -- brands (docs/brands.md) ---------------------------------------------------------------
# Publishing accounts are per brand. Brand default's are the settings above; another brand's come from
# KUULO_BRAND_<NAME>_<SETTING> (e.g. KUULO_BRAND_ACME_MASTODON_TOKEN), read here and nowhere else.
PUBLISHING_CREDENTIALS: tuple[str, ...] = (
    "mastodon_url",
    "mastodon_token",
    "bluesky_handle",
    "bluesky_app_password",
    "bluesky_pds_url",
    "youtube_oauth_token",
)
_SECRET_CREDENTIALS = frozenset({"mastodon_token", "bluesky_app_password", "youtube_oauth_token"})


def brand_credentials(
    name: str, env_file: str | Path | None = ".env", secrets_file: Path | None = None
) -> dict[str, object]:
    """The publishing credentials of brand ``name``: ``KUULO_BRAND_<NAME>_*`` from the environment, then the
    brand's table in ``secrets_file`` (``KUULO_BRAND_SECRETS_FILE``, :func:`read_secrets_file`), then ``.env``.

    Secrets come back as ``SecretStr``; settings not given are left out.
    """
    prefix = f"KUULO_BRAND_{name.upper()}_"
    file_values = dotenv_values(env_file) if env_file and Path(env_file).is_file() else {}
    secrets = read_secrets_file(secrets_file).get(name, {}) if secrets_file is not None else {}
    found: dict[str, object] = {}
    for setting in PUBLISHING_CREDENTIALS:
        variable = prefix + setting.upper()
        value = os.environ.get(variable) or secrets.get(setting) or file_values.get(variable)
        if value:
            found[setting] = SecretStr(value) if setting in _SECRET_CREDENTIALS else value
    return found


def read_secrets_file(path: Path) -> dict[str, dict[str, str]]:
    """The brands' publishing credentials in a TOML file: ``[<brand name>]`` tables of the settings in
    ``PUBLISHING_CREDENTIALS`` (docs/brands.md). Refused with a :class:`ConfigError` saying what to do when
    the file is missing, readable or writable by its group or others, or not in that format."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise ConfigError(
            f"the brand secrets file {path} cannot be read ({exc.strerror}); fix KUULO_BRAND_SECRETS_FILE"
        ) from None
    if mode & 0o077:
        raise ConfigError(
            f"the brand secrets file {path} is readable or writable by others (mode {mode & 0o777:o}); "
            f"run `chmod 600 {path}` so only its owner can read it"
        )
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"the brand secrets file {path} is not valid TOML ({exc}); see docs/brands.md") from None
    found: dict[str, dict[str, str]] = {}
    for brand, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: {brand!r} must be a table ([{brand}]) of credentials; see docs/brands.md")
        unknown = sorted(set(table) - set(PUBLISHING_CREDENTIALS))
        if unknown:
            raise ConfigError(
                f"{path}: [{brand}] has unknown keys {', '.join(unknown)}; the keys are "
                f"{', '.join(PUBLISHING_CREDENTIALS)}"
            )
        found[brand] = {key: str(value) for key, value in table.items() if value not in (None, "")}
    return found
