"""Local fakes of the platforms' write APIs: they record every request and every post,
and can fail on demand, for the outbox's tests.

Faults, queued per route with :meth:`FakePlatform.fail` and used one per request:

* ``status`` (e.g. 500, 422, 429 with ``Retry-After``): answer that, store nothing;
* ``"drop"``: store the post (the platform accepted it), then close the socket before answering;
* ``"hang"``: store the post, then wait ``hang_seconds`` before answering (a worker is killed meanwhile);
* ``"hang-before"``: wait first, store nothing (killed before the platform took it).

Documented shapes: Mastodon https://docs.joinmastodon.org/methods/statuses/ and /methods/search/;
Bluesky https://docs.bsky.app/docs/api/com-atproto-repo-create-record (and getRecord, createSession);
Reddit https://www.reddit.com/dev/api/#POST_api_comment; YouTube
https://developers.google.com/youtube/v3/docs/comments/insert.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlparse

Answer = tuple[int, Any, dict[str, str]]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class FakePlatform:
    """Routes are ``(method, regex) -> handler(request, match) -> (status, json, headers)``."""

    hang_seconds: float = 30.0
    requests: list[Request] = field(default_factory=list)
    posts: list[dict[str, Any]] = field(default_factory=list)
    faults: dict[str, list[Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern[str], str, Callable[[Request, re.Match[str]], Answer]]] = []
        self.lock = threading.Lock()
        self.ids = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms wait for a delayed ACK

            def log_message(self, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                fake._handle(self, "GET")

            def do_POST(self) -> None:
                fake._handle(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def route(self, method: str, pattern: str, name: str, handler: Callable[[Request, re.Match[str]], Answer]) -> None:
        self.routes.append((method, re.compile(pattern), name, handler))

    def fail(self, name: str, *faults: Any) -> None:
        self.faults.setdefault(name, []).extend(faults)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    def wait_for_posts(self, n: int, timeout: float = 20.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.posts) >= n:
                return True
            time.sleep(0.02)
        return False

    def wait_for_requests(self, path_part: str, n: int = 1, timeout: float = 20.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if sum(path_part in r.path for r in self.requests) >= n:
                return True
            time.sleep(0.02)
        return False

    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        parsed = urlparse(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        if "json" in (handler.headers.get("Content-Type") or ""):
            body = json.loads(raw or b"{}")
        else:
            body = dict(parse_qsl(raw.decode()))
        request = Request(method, parsed.path, dict(parse_qsl(parsed.query)), dict(handler.headers.items()), body)
        with self.lock:
            self.requests.append(request)
        for route_method, pattern, name, route_handler in self.routes:
            match = pattern.fullmatch(parsed.path)
            if route_method != method or match is None:
                continue
            fault = None
            with self.lock:
                if self.faults.get(name):
                    fault = self.faults[name].pop(0)
            if fault == "hang-before":
                time.sleep(self.hang_seconds)
                return
            if isinstance(fault, int):
                headers = {"Retry-After": "120"} if fault == 429 else {}
                self._send(handler, fault, {"error": f"injected {fault}"}, headers)
                return
            status, payload, headers = route_handler(request, match)
            if fault == "drop":
                handler.close_connection = True
                handler.connection.close()
                return
            if fault == "hang":
                time.sleep(self.hang_seconds)
            self._send(handler, status, payload, headers)
            return
        self._send(handler, 404, {"error": "not found"}, {})

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, payload: Any, headers: dict[str, str]) -> None:
        data = json.dumps(payload).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json; charset=utf-8")
            handler.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                handler.send_header(key, value)
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass


class FakeMastodon(FakePlatform):
    """A Mastodon instance. ``statuses`` are its own; ``search?resolve=true`` fetches a foreign
    status from the instance named in its URI (``{base}/users/<name>/statuses/<id>``) and gives it a local id."""

    def __init__(self, token: str = "brand-token", account_id: str = "900", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.token, self.account_id = token, account_id
        self.statuses: dict[str, dict[str, Any]] = {}
        self.resolved: dict[str, str] = {}  # foreign uri -> local id
        self.idempotency: dict[str, dict[str, Any]] = {}
        self.route("GET", r"/api/v2/search", "search", self._search)
        self.route("POST", r"/api/v1/statuses", "post", self._post)
        self.route("GET", r"/api/v1/statuses/(\w+)", "status", self._status)
        self.route("GET", r"/api/v1/statuses/(\w+)/context", "context", self._context)
        self.route("GET", r"/api/v1/accounts/verify_credentials", "me", self._me)

    def add_status(self, status_id: str, text: str, acct: str = "anna", reply_to: str | None = None) -> str:
        uri = f"{self.url}/users/{acct}/statuses/{status_id}"
        self.statuses[status_id] = self._status_json(status_id, text, {"id": "1", "acct": acct}, reply_to, uri)
        return uri

    def _status_json(
        self, status_id: str, text: str, account: dict[str, str], reply_to: str | None, uri: str
    ) -> dict[str, Any]:
        return {
            "id": status_id,
            "uri": uri,
            "url": uri.replace("/users/", "/@").replace("/statuses/", "/"),
            "created_at": "2026-11-27T10:00:00.000Z",
            "in_reply_to_id": reply_to,
            "account": {**account, "username": account["acct"], "display_name": account["acct"], "url": uri},
            "content": f"<p>{text}</p>",
            "spoiler_text": "",
            "visibility": "public",
            "replies_count": 0,
            "favourites_count": 0,
            "reblogs_count": 0,
        }

    def _authorized(self, request: Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {self.token}"

    def _search(self, request: Request, _m: re.Match[str]) -> Answer:
        q = request.query.get("q", "")
        if q in self.resolved:
            return 200, {"accounts": [], "statuses": [self.statuses[self.resolved[q]]], "hashtags": []}, {}
        if request.query.get("resolve") != "true" or not self._authorized(request):
            return 200, {"accounts": [], "statuses": [], "hashtags": []}, {}
        match = re.fullmatch(r"(https?://[^/]+)/users/(\w+)/statuses/(\w+)", q)
        if match is None:
            return 200, {"accounts": [], "statuses": [], "hashtags": []}, {}
        with urllib.request.urlopen(f"{match.group(1)}/api/v1/statuses/{match.group(3)}", timeout=5) as answer:
            remote = json.loads(answer.read())
        local_id = str(10_000 + next(self.ids))
        self.statuses[local_id] = {**remote, "id": local_id, "uri": q}
        self.resolved[q] = local_id
        return 200, {"accounts": [], "statuses": [self.statuses[local_id]], "hashtags": []}, {}

    def _post(self, request: Request, _m: re.Match[str]) -> Answer:
        if not self._authorized(request):
            return 401, {"error": "The access token is invalid"}, {}
        key = request.headers.get("Idempotency-Key")
        if key and key in self.idempotency:
            return 200, self.idempotency[key], {}
        reply_to = request.body.get("in_reply_to_id")
        if reply_to not in self.statuses:
            return 404, {"error": "Record not found"}, {}
        local_id = str(20_000 + next(self.ids))
        uri = f"{self.url}/users/brand/statuses/{local_id}"
        status = self._status_json(
            local_id, request.body["status"], {"id": self.account_id, "acct": "brand"}, reply_to, uri
        )
        with self.lock:
            self.statuses[local_id] = status
            self.posts.append(status)
            if key:
                self.idempotency[key] = status
        return 200, status, {}

    def _status(self, _r: Request, m: re.Match[str]) -> Answer:
        status = self.statuses.get(m.group(1))
        return (200, status, {}) if status else (404, {"error": "Record not found"}, {})

    def _context(self, _r: Request, m: re.Match[str]) -> Answer:
        root = m.group(1)
        descendants, frontier = [], [root]
        while frontier:
            parent = frontier.pop()
            for status in self.statuses.values():
                if status["in_reply_to_id"] == parent:
                    descendants.append(status)
                    frontier.append(status["id"])
        return 200, {"ancestors": [], "descendants": descendants}, {}

    def _me(self, request: Request, _m: re.Match[str]) -> Answer:
        if not self._authorized(request):
            return 401, {"error": "The access token is invalid"}, {}
        return 200, {"id": self.account_id, "username": "brand", "acct": "brand"}, {}


class FakeBlueskyPDS(FakePlatform):
    def __init__(self, handle: str = "brand.example", did: str = "did:plc:brand", password: str = "app-pass") -> None:
        super().__init__()
        self.handle, self.did, self.password = handle, did, password
        self.records: dict[str, dict[str, Any]] = {}
        self.route("POST", r"/xrpc/com.atproto.server.createSession", "session", self._session)
        self.route("POST", r"/xrpc/com.atproto.repo.createRecord", "post", self._create)
        self.route("GET", r"/xrpc/com.atproto.repo.getRecord", "get", self._get)

    def _session(self, request: Request, _m: re.Match[str]) -> Answer:
        if request.body.get("identifier") != self.handle or request.body.get("password") != self.password:
            return 401, {"error": "AuthenticationRequired", "message": "Invalid identifier or password"}, {}
        return 200, {"accessJwt": "jwt-1", "refreshJwt": "r", "handle": self.handle, "did": self.did}, {}

    def _create(self, request: Request, _m: re.Match[str]) -> Answer:
        if request.headers.get("Authorization") != "Bearer jwt-1" or request.body.get("repo") != self.did:
            return 401, {"error": "AuthenticationRequired"}, {}
        rkey = request.body.get("rkey") or f"auto{next(self.ids)}"
        if rkey in self.records:
            return 400, {"error": "InvalidRequest", "message": "Record already exists"}, {}
        uri = f"at://{self.did}/app.bsky.feed.post/{rkey}"
        with self.lock:
            self.records[rkey] = {"uri": uri, "cid": f"bafy{rkey}", "value": request.body["record"]}
            self.posts.append(self.records[rkey])
        return 200, {"uri": uri, "cid": f"bafy{rkey}"}, {}

    def _get(self, request: Request, _m: re.Match[str]) -> Answer:
        record = self.records.get(request.query.get("rkey", ""))
        if record is None:
            return 400, {"error": "RecordNotFound", "message": "Could not locate record"}, {}
        return 200, record, {}


class FakeReddit(FakePlatform):
    def __init__(self, username: str = "brand_bot") -> None:
        super().__init__()
        self.username = username
        self.errors: list[list[str]] = []  # json.errors answered by the next /api/comment
        self.route(
            "POST",
            r"/api/v1/access_token",
            "token",
            lambda r, m: (200, {"access_token": "tok", "expires_in": 3600}, {}),
        )
        self.route("POST", r"/api/comment", "post", self._comment)
        self.route("GET", r"/user/(\w+)/comments", "mine", self._mine)
        self.route("GET", r"/api/v1/me", "me", self._me)

    def _me(self, request: Request, _m: re.Match[str]) -> Answer:
        """https://www.reddit.com/dev/api/#GET_api_v1_me (scope identity): the account of the token."""
        if request.headers.get("Authorization") != "bearer tok":
            return 401, {"message": "Unauthorized", "error": 401}, {}
        return 200, {"name": self.username, "id": "1brand", "created_utc": 1700000000.0, "verified": True}, {}

    def _comment(self, request: Request, _m: re.Match[str]) -> Answer:
        if request.headers.get("Authorization") != "bearer tok":
            return 401, {"message": "Unauthorized", "error": 401}, {}
        if self.errors:
            return 200, {"json": {"errors": [self.errors.pop(0)]}}, {}
        new_id = f"k{next(self.ids)}"
        data = {
            "id": new_id,
            "name": f"t1_{new_id}",
            "parent_id": request.body["thing_id"],
            "body": request.body["text"],
            "author": self.username,
            "permalink": f"/r/Suomi/comments/abc/x/{new_id}/",
        }
        with self.lock:
            self.posts.append(data)
        return 200, {"json": {"errors": [], "data": {"things": [{"kind": "t1", "data": data}]}}}, {}

    def _mine(self, _r: Request, _m: re.Match[str]) -> Answer:
        children = [{"kind": "t1", "data": post} for post in reversed(self.posts)]
        return 200, {"kind": "Listing", "data": {"children": children, "after": None}}, {}


class FakeYouTube(FakePlatform):
    def __init__(self, channel: str = "UCbrand") -> None:
        super().__init__()
        self.channel = channel
        self.route("POST", r"/comments", "post", self._insert)
        self.route("GET", r"/comments", "list", self._list)
        self.route("GET", r"/channels", "channels", self._channels)

    def _channels(self, request: Request, _m: re.Match[str]) -> Answer:
        """https://developers.google.com/youtube/v3/docs/channels/list with ``mine=true``: needs the OAuth token."""
        if request.headers.get("Authorization") != "Bearer yt-token":
            error = {
                "code": 401,
                "message": "Request had invalid authentication credentials.",
                "status": "UNAUTHENTICATED",
            }
            return 401, {"error": error}, {}
        return (
            200,
            {"kind": "youtube#channelListResponse", "items": [{"kind": "youtube#channel", "id": self.channel}]},
            {},
        )

    def _insert(self, request: Request, _m: re.Match[str]) -> Answer:
        if request.headers.get("Authorization") != "Bearer yt-token":
            return 401, {"error": {"code": 401, "message": "Invalid Credentials"}}, {}
        snippet = request.body["snippet"]
        comment = {
            "kind": "youtube#comment",
            "id": f"Ugz{next(self.ids)}",
            "snippet": {
                "parentId": snippet["parentId"],
                "textOriginal": snippet["textOriginal"],
                "textDisplay": snippet["textOriginal"],
                "authorChannelId": {"value": self.channel},
            },
        }
        with self.lock:
            self.posts.append(comment)
        return 200, comment, {}

    def _list(self, request: Request, _m: re.Match[str]) -> Answer:
        items = [p for p in self.posts if p["snippet"]["parentId"] == request.query.get("parentId")]
        return 200, {"kind": "youtube#commentListResponse", "items": items}, {}
