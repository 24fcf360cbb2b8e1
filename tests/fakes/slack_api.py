"""A local fake of the Slack Web API (https://api.slack.com/web), like bolt-python's test servers.

It records every call (method and parameters, from query strings, form bodies
or JSON), answers the methods Kuulo uses with Slack's documented shapes, and
rejects what Slack rejects: Block Kit over its limits (``invalid_blocks``),
text over 40,000 characters (``msg_too_long``). ``rate_limit(method, times)``
answers 429 with ``Retry-After``; ``delay(method, seconds)`` makes a method slow.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlparse


@dataclass
class Call:
    method: str
    params: dict[str, Any]


def _block_errors(blocks: list[dict[str, Any]], max_blocks: int) -> list[str]:
    """Slack's documented Block Kit limits (https://api.slack.com/reference/block-kit/blocks)."""
    errors = []
    if len(blocks) > max_blocks:
        errors.append(f"no more than {max_blocks} items allowed [json-pointer:/blocks]")
    for i, block in enumerate(blocks):
        text = (block.get("text") or {}).get("text", "")
        if block.get("type") == "section" and len(text) > 3000:
            errors.append(f"must be less than 3001 characters [json-pointer:/blocks/{i}/text]")
        for j, element in enumerate(block.get("elements") or []):
            if element.get("type") == "button":
                if len(element["text"]["text"]) > 75:
                    errors.append(f"must be less than 76 characters [json-pointer:/blocks/{i}/elements/{j}/text]")
                if len(element.get("value", "")) > 2000:
                    errors.append(f"must be less than 2001 characters [json-pointer:/blocks/{i}/elements/{j}/value]")
    return errors


class FakeSlack:
    def __init__(self, team_id: str = "T0KUULO", bot_user: str = "UBOT") -> None:
        self.calls: list[Call] = []
        self.messages: dict[str, list[dict[str, Any]]] = {}  # channel -> messages, oldest first
        self.usergroups: dict[str, list[str]] = {}
        self.locales: dict[str, str] = {}  # user -> Slack language ("fi-FI"), returned with include_locale
        self.profiles: dict[str, dict[str, str]] = {}  # user -> users.info "profile" (first_name, real_name, ...)
        self.team_id, self.bot_user = team_id, bot_user
        self._rate_limited: dict[str, int] = {}
        self._refused: dict[str, tuple[str, int]] = {}  # method -> (Slack's error, how many more calls)
        self._delays: dict[str, float] = {}
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms wait for a delayed ACK

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._handle()

            def do_POST(self) -> None:
                self._handle()

            def _handle(self) -> None:
                parsed = urlparse(self.path)
                if parsed.path.startswith("/upload/"):
                    self._upload(parsed.path.rsplit("/", 1)[-1])
                    return
                params: dict[str, Any] = dict(parse_qsl(parsed.query))
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                if raw:
                    if "json" in (self.headers.get("Content-Type") or ""):
                        params.update(json.loads(raw))
                    else:
                        params.update(dict(parse_qsl(raw.decode("utf-8"))))
                for key in ("blocks", "metadata", "view", "files"):
                    if isinstance(params.get(key), str):
                        params[key] = json.loads(params[key])
                method = parsed.path.rsplit("/", 1)[-1]
                status, body, headers = fake._answer(method, params)
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def _upload(self, file_id: str) -> None:
                """The upload URL files.getUploadURLExternal hands out: raw bytes in, ``OK - <size>`` out."""
                data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                known = fake._receive_upload(file_id, data)
                payload = f"OK - {len(data)}".encode() if known else b"file not found"
                self.send_response(200 if known else 404)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/api/"
        self.uploads: dict[str, dict[str, Any]] = {}  # file id -> filename, length, size (bytes received), data
        self.shared: list[dict[str, Any]] = []  # files.completeUploadExternal: id, title, channel_id, thread_ts
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- control --------------------------------------------------------------------
    def __enter__(self) -> FakeSlack:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def rate_limit(self, method: str, times: int = 1) -> None:
        self._rate_limited[method] = times

    def refuse(self, method: str, error: str = "channel_not_found", times: int = 1) -> None:
        """The next ``times`` calls of ``method`` get Slack's refusal ``{"ok": false, "error": error}`` (HTTP 200)."""
        self._refused[method] = (error, times)

    def delay(self, method: str, seconds: float) -> None:
        self._delays[method] = seconds

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 20.0) -> list[Call]:
        """Block until ``method`` was called ``count`` times (handlers run after the ack). The wait is long (20 s)
        because a handler on a loaded two-core CI machine took over 5 s; it costs time only when a call never comes."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while sum(c.method == method for c in self.calls) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(f"{method} called fewer than {count} times; calls: {seen}")
                self._changed.wait(left)
            return [c for c in self.calls if c.method == method]

    # -- the API ----------------------------------------------------------------------
    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self._changed:
            self.calls.append(Call(method, params))
            self._changed.notify_all()
            if self._rate_limited.get(method):
                self._rate_limited[method] -= 1
                return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"}
            error, left = self._refused.get(method, ("", 0))
            if left:
                self._refused[method] = (error, left - 1)
                return 200, {"ok": False, "error": error}, {}
        if method in self._delays:
            time.sleep(self._delays[method])
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return 200, {"ok": False, "error": "unknown_method"}, {}
        return 200, handler(params), {}

    def _auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://kuulo.slack.com/",
            "team": "Kuulo",
            "user": "kuulo",
            "team_id": self.team_id,
            "user_id": self.bot_user,
            "bot_id": "BKUULO",
            "is_enterprise_install": False,
        }

    def _check_message(self, params: dict[str, Any]) -> dict[str, Any] | None:
        if len(params.get("text") or "") > 40_000:
            return {"ok": False, "error": "msg_too_long"}
        errors = _block_errors(params.get("blocks") or [], 50)
        if errors:
            return {
                "ok": False,
                "error": "invalid_blocks",
                "errors": errors,
                "response_metadata": {"messages": [f"[ERROR] {e}" for e in errors]},
            }
        return None

    def _chat_postMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        refused = self._check_message(params)
        if refused:
            return refused
        channel = params["channel"]
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        message = {
            "type": "message",
            "ts": ts,
            "user": self.bot_user,
            "text": params.get("text", ""),
            "blocks": params.get("blocks") or [],
        }
        if params.get("metadata"):
            message["metadata"] = params["metadata"]
        with self._lock:
            self.messages.setdefault(channel, []).append(message)
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        refused = self._check_message(params)
        if refused:
            return refused
        with self._lock:
            for message in self.messages.get(params["channel"], []):
                if message["ts"] == params["ts"]:
                    message.update(text=params.get("text", ""), blocks=params.get("blocks") or [])
                    return {"ok": True, "channel": params["channel"], "ts": params["ts"], "text": message["text"]}
        return {"ok": False, "error": "message_not_found"}

    def _chat_postEphemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "message_ts": f"{1700000000 + next(self._ts)}.000200"}

    def _views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        view = params.get("view") or {}
        if len(view.get("private_metadata") or "") > 3000 or _block_errors(view.get("blocks") or [], 100):
            return {
                "ok": False,
                "error": "invalid_arguments",
                "response_metadata": {"messages": ["[ERROR] failed to match all allowed schemas [json-pointer:/view]"]},
            }
        return {"ok": True, "view": {"id": f"V{next(self._ts)}", **view}}

    def _views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        view = params.get("view") or {}
        if _block_errors(view.get("blocks") or [], 100):
            return {"ok": False, "error": "invalid_blocks"}
        return {"ok": True, "view": {"id": f"V{next(self._ts)}", **view}}

    def _usergroups_users_list(self, params: dict[str, Any]) -> dict[str, Any]:
        group = params.get("usergroup")
        if group not in self.usergroups:
            return {"ok": False, "error": "no_such_subteam"}
        return {"ok": True, "users": list(self.usergroups[group])}

    def _conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        oldest = float(params.get("oldest") or 0)
        with self._lock:
            found = [m for m in self.messages.get(params["channel"], []) if float(m["ts"]) > oldest]
        include = str(params.get("include_all_metadata")).lower() in ("1", "true")
        shown = [m if include else {k: v for k, v in m.items() if k != "metadata"} for m in reversed(found)]
        return {"ok": True, "messages": shown, "has_more": False, "response_metadata": {"next_cursor": ""}}

    def _users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        user = params.get("user", "")
        found: dict[str, Any] = {"id": user, "name": user.lower(), "tz": "Europe/Helsinki", "is_bot": False}
        if user in self.profiles:  # https://api.slack.com/methods/users.info: user.profile.first_name, real_name
            found["profile"] = dict(self.profiles[user])
            found["real_name"] = self.profiles[user].get("real_name", "")
        if str(params.get("include_locale")).lower() in ("1", "true") and user in self.locales:
            found["locale"] = self.locales[user]
        return {"ok": True, "user": found}

    def _response(self, params: dict[str, Any]) -> dict[str, Any]:
        """A ``response_url`` (slash command replies) served under ``/api/response``."""
        return {"ok": True}

    # -- file uploads (https://api.slack.com/messaging/files#uploading_files) ----------------
    def _files_getUploadURLExternal(self, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/files.getUploadURLExternal"""
        if not params.get("filename") or not str(params.get("length") or "").isdigit():
            return {"ok": False, "error": "invalid_arguments"}
        file_id = f"F{next(self._ts):08d}"
        with self._lock:
            self.uploads[file_id] = {"filename": params["filename"], "length": int(params["length"]), "size": None}
        base = self.url.removesuffix("/api/")
        return {"ok": True, "upload_url": f"{base}/upload/v1/{file_id}", "file_id": file_id}

    def _receive_upload(self, file_id: str, data: bytes) -> bool:
        with self._changed:
            if file_id not in self.uploads:
                return False
            self.uploads[file_id].update(size=len(data), data=data)
            self._changed.notify_all()
            return True

    def _files_completeUploadExternal(self, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/files.completeUploadExternal: every file must have been uploaded."""
        files = params.get("files") or []
        with self._lock:
            for item in files:
                upload = self.uploads.get(item.get("id"))
                if upload is None or upload["size"] is None:
                    return {"ok": False, "error": "file_not_found"}
                if upload["size"] != upload["length"]:
                    return {"ok": False, "error": "file_upload_size_mismatch"}
            done = [
                {"id": item["id"], "title": item.get("title"), "name": self.uploads[item["id"]]["filename"]}
                for item in files
            ]
            for item in done:
                self.shared.append(
                    {**item, "channel_id": params.get("channel_id"), "thread_ts": params.get("thread_ts")}
                )
        return {"ok": True, "files": done}
