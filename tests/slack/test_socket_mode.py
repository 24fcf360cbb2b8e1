"""Socket Mode: slack_sdk's builtin client (what ``bot.slack.app.start`` uses) against a local WebSocket stand-in.

The fake Web API answers ``apps.connections.open`` (https://api.slack.com/methods/apps.connections.open)
with a ``ws://127.0.0.1`` URL; a ``websockets`` server there sends an ``interactive`` envelope carrying a
block_actions payload (https://api.slack.com/apis/socket-mode#events) and waits for the ``envelope_id`` ack.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from websockets.sync.server import Server, ServerConnection, serve

from bot.review import decisions as review
from bot.slack import blocks
from bot.slack.app import build_app, web_client
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.storage.db import Database
from tests.conftest import make_settings
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import APPROVER, CHANNEL, block_action
from tests.slack.factory import make_draft


class SocketSlack(FakeSlack):
    """The fake Web API plus ``apps.connections.open`` pointing at a local WebSocket server."""

    ws_url = ""

    def _apps_connections_open(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": self.ws_url}


class SocketServer:
    """Sends ``hello`` then each queued envelope to the client; records what the client sends back."""

    def __init__(self) -> None:
        self.outgoing: queue.Queue[dict[str, Any]] = queue.Queue()
        self.received: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self.connected = threading.Event()
        self._server: Server = serve(self._session, "127.0.0.1", 0)
        self.url = f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link/?ticket=test"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def _session(self, connection: ServerConnection) -> None:
        connection.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "AKUULO"}}))
        self.connected.set()
        reader = threading.Thread(target=self._read, args=(connection,), daemon=True)
        reader.start()
        while reader.is_alive():
            try:
                envelope = self.outgoing.get(timeout=0.1)
            except queue.Empty:
                continue
            connection.send(json.dumps(envelope))
        reader.join()

    def _read(self, connection: ServerConnection) -> None:
        try:
            for message in connection:
                self.received.put((time.monotonic(), json.loads(message)))
        except Exception:  # the client closed the socket
            return

    def close(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)


@pytest.fixture
def socket_server() -> Iterator[SocketServer]:
    server = SocketServer()
    yield server
    server.close()


def test_socket_mode_block_action_approves_and_acks_within_three_seconds(
    tmp_path: Path, sdb: Database, socket_server: SocketServer
) -> None:
    fake = SocketSlack()
    with fake:
        fake.ws_url = socket_server.url
        settings = make_settings(
            tmp_path,
            slack_bot_token="xoxb-test-token",
            slack_app_token="xapp-1-test-token",
            slack_api_url=fake.url,
            review_channel=CHANNEL,
            approvers=APPROVER,
        )
        draft_id = make_draft(sdb)
        post_new_cards(sdb, web_client(settings), settings, "test", ChannelPacer(interval=0))
        ts = fake.messages[CHANNEL][0]["ts"]
        value = blocks.action_value(review.view(sdb, draft_id))
        app = build_app(sdb, settings)
        assert settings.slack_app_token is not None
        handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value())
        handler.connect()  # type: ignore[no-untyped-call]
        try:
            assert socket_server.connected.wait(10)
            assert fake.calls_to("apps.connections.open")
            envelope = {
                "envelope_id": "57d6a792-4d35-4d0b-b6aa-3361493e1caf",
                "type": "interactive",
                "accepts_response_payload": False,
                "payload": block_action(blocks.APPROVE, value, ts=ts),
            }
            sent = time.monotonic()
            socket_server.outgoing.put(envelope)
            acked_at, ack = socket_server.received.get(timeout=5)
            assert ack["envelope_id"] == envelope["envelope_id"]
            assert acked_at - sent < 3.0
            fake.wait_for("chat.update")
            assert review.view(sdb, draft_id).status == "approved"
        finally:
            handler.close()  # type: ignore[no-untyped-call]
