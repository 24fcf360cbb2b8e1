"""Reddit-shaped threads for the benchmarks' replay servers: ``/comments/{id}.json``'s two listings.

The same post ("Lämpöpumppu omakotitaloon" in r/Suomi) and comments whose bodies the caller writes, so each
benchmark decides only what varies: how many comments, who wrote them and what they ask.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CREATED = 1_764_000_000


def comment(thread: str, n: int, body: str, author: str, author_fullname: str | None = None) -> dict[str, Any]:
    """Comment ``n`` of ``thread`` as a ``t1`` child of the comments listing."""
    cid = f"{thread}c{n}"
    data: dict[str, Any] = {
        "id": cid, "name": f"t1_{cid}", "parent_id": f"t3_{thread}", "link_id": f"t3_{thread}",
        "author": author, "body": body, "created_utc": CREATED + n, "edited": False, "score": 1,
        "permalink": f"/r/Suomi/comments/{thread}/t/{cid}/", "replies": "",
    }  # fmt: skip
    if author_fullname is not None:
        data["author_fullname"] = author_fullname
    return {"kind": "t1", "data": data}


def thread(thread_id: str, comments: int, make_comment: Callable[[str, int], dict[str, Any]]) -> dict[str, Any]:
    """The replay server's answer for the thread: status 200 and the post and comments listings."""
    post = {"id": thread_id, "name": f"t3_{thread_id}", "title": "Lämpöpumppu omakotitaloon", "author": "op",
            "selftext": "", "created_utc": CREATED, "subreddit": "Suomi", "score": 3,
            "num_comments": comments}  # fmt: skip
    return {
        "status": 200,
        "json": [
            {"kind": "Listing", "data": {"children": [{"kind": "t3", "data": post}]}},
            {"kind": "Listing", "data": {"children": [make_comment(thread_id, n) for n in range(comments)]}},
        ],
    }
