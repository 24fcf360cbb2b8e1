"""Many Reddit threads for the replay server: copies of the recorded demo threads under new ids.

Each copy keeps the recorded texts (Finnish, Swedish, English questions the sample brand can
answer), so the offline pipeline assesses and drafts them as it does the demo; only the ids
change, so every copy is a distinct thread with distinct comments.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from bot.demo.replay import ReplayServer

RECORDING = Path(__file__).parents[2] / "bot" / "demo" / "recordings" / "reddit.json"


def _templates() -> list[tuple[str, dict[str, Any]]]:
    data = json.loads(RECORDING.read_text("utf-8"))
    items = data["interactions"]
    return [(item["request"]["path"].split("/")[2].removesuffix(".json"), item["response"]) for item in items]


def _rename(node: Any, thread: str, suffix: str) -> None:
    if isinstance(node, dict):
        data = node.get("data")
        if node.get("kind") in ("t1", "t3") and isinstance(data, dict):
            data["id"] = f"{data['id']}{suffix}" if node["kind"] == "t1" else thread
            data["name"] = f"{node['kind']}_{data['id']}"
            parent = data.get("parent_id")
            if isinstance(parent, str) and parent.startswith("t1_"):
                data["parent_id"] = f"{parent}{suffix}"
            elif isinstance(parent, str):
                data["parent_id"] = f"t3_{thread}"
            if "link_id" in data:
                data["link_id"] = f"t3_{thread}"
            if isinstance(data.get("permalink"), str):
                data["permalink"] = f"/r/Suomi/comments/{thread}/t/{data['id'] if node['kind'] == 't1' else ''}"
        for value in node.values():
            _rename(value, thread, suffix)
    elif isinstance(node, list):
        for value in node:
            _rename(value, thread, suffix)


def thread_id(n: int) -> str:
    return f"dx{n:05d}"


def thread_url(n: int) -> str:
    return f"https://www.reddit.com/r/Suomi/comments/{thread_id(n)}/t/"


def response(n: int, delay: float = 0.0) -> dict[str, Any]:
    """Thread ``n``: a copy of recorded thread ``n % 3`` with its own ids."""
    templates = _templates()
    _, template = templates[n % len(templates)]
    body = copy.deepcopy(template)
    _rename(body["json"], thread_id(n), f"x{n}")
    if delay:
        body["delay"] = delay
    return dict(body)


def comment_count(n: int) -> int:
    """How many comments thread ``n`` has (nested replies included)."""
    count = 0

    def walk(node: Any) -> None:
        nonlocal count
        if isinstance(node, dict):
            if node.get("kind") == "t1":
                count += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(response(n)["json"][1])
    return count


def serve(replay: ReplayServer, count: int, *, delay: float = 0.0) -> list[str]:
    """Serve threads 0..count-1; returns their URLs."""
    for n in range(count):
        replay.add("GET", f"/comments/{thread_id(n)}.json", response(n, delay))
    return [thread_url(n) for n in range(count)]
