"""Helpers for the operations tests: a prepared data folder (database, guidance store) and a fuller fake Slack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.storage.db import Database
from bot.storage.models import Watch
from tests.fakes.slack_api import FakeSlack


class WorkspaceSlack(FakeSlack):
    """FakeSlack plus ``conversations.info`` and unknown users, as https://api.slack.com/methods documents them."""

    def __enter__(self) -> WorkspaceSlack:
        super().__enter__()
        return self

    def __init__(self) -> None:
        super().__init__()
        self.channels: dict[str, dict[str, Any]] = {}
        self.unknown_users: set[str] = set()
        self.token_valid = True

    def _auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        if not self.token_valid:
            return {"ok": False, "error": "invalid_auth"}
        return super()._auth_test(params)

    def _conversations_info(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self.channels.get(params.get("channel", ""))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "channel": channel}

    def _users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("user") in self.unknown_users:
            return {"ok": False, "error": "user_not_found"}
        return super()._users_info(params)

    def add_channel(self, channel_id: str, name: str, *, member: bool = True) -> None:
        self.channels[channel_id] = {
            "id": channel_id,
            "name": name,
            "is_channel": True,
            "is_private": False,
            "is_archived": False,
            "is_member": member,
        }


def migrated_database(data_dir: Path) -> Database:
    return Database.open(f"sqlite:///{data_dir / 'kuulo.db'}")


def add_watch(db: Database, platform: str = "reddit", target: str = "abc123", api_base: str | None = None) -> int:
    with db.write() as session:
        watch = Watch(
            url=f"https://www.reddit.com/r/Suomi/comments/{target}/x/",
            platform=platform,
            target=target,
            api_base=api_base,
            objective="trust",
            topics=["offline"],
            poll_interval_minutes=30,
        )
        session.add(watch)
        session.flush()
        return watch.id


def guidance_collection(data_dir: Path, model_name: str, name: str = "guidance") -> None:
    """An embedded Chroma collection labelled with the embedding model it was built with."""
    import chromadb
    import chromadb.config

    from knowledge.store import MODEL_KEY

    client: Any = chromadb.PersistentClient(
        path=str(data_dir / "chroma"), settings=chromadb.config.Settings(anonymized_telemetry=False)
    )
    try:
        collection = client.get_or_create_collection(name, metadata={MODEL_KEY: model_name}, embedding_function=None)
        vector: list[float] = [0.1] * 384
        collection.add(ids=["p1"], embeddings=[vector], documents=["Revontuli works offline."])
    finally:
        client.close()
