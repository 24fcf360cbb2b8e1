"""Conditional GET: send the validators a platform gave last time, honour 304.

A source keeps ``etag`` and ``last_modified`` in its thread cursor. The next
poll sends them as ``If-None-Match`` / ``If-Modified-Since``; a 304 answer
means nothing changed and the source returns a ``not_modified`` thread
without parsing anything (PlatformHTTP hands 304 responses back as they are).
"""

from __future__ import annotations

from typing import Any

import httpx

from bot.domain import FetchedThread, ThreadRef


def conditional_headers(cursor: dict[str, Any]) -> dict[str, str]:
    """The request headers that make a GET conditional on the previous answer."""
    headers: dict[str, str] = {}
    etag = cursor.get("etag")
    modified = cursor.get("last_modified")
    if isinstance(etag, str) and etag:
        headers["If-None-Match"] = etag
    if isinstance(modified, str) and modified:
        headers["If-Modified-Since"] = modified
    return headers


def validators(response: httpx.Response) -> dict[str, str]:
    """The ``etag`` / ``last_modified`` cursor keys of a response (only those it sent)."""
    cursor: dict[str, str] = {}
    if etag := response.headers.get("etag"):
        cursor["etag"] = etag
    if modified := response.headers.get("last-modified"):
        cursor["last_modified"] = modified
    return cursor


def not_modified(ref: ThreadRef, cursor: dict[str, Any]) -> FetchedThread:
    """What a source returns on 304: no content, the same cursor."""
    return FetchedThread(
        ref=ref, title=None, author=None, body=None, created_at=None, comments=[], not_modified=True, cursor=cursor
    )
