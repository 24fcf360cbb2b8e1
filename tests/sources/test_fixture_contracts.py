"""Recorded platform answers must match the platforms' own machine-readable API definitions.

YouTube fixtures are checked against the discovery document Google ships in
``google-api-python-client`` (every field must exist in the schema, with its
type); Bluesky fixtures against the lexicon models of the ``atproto`` package
(validated strictly, with string formats, and no field or union member the
lexicon does not know). A fixture edited by hand cannot drift from the real API.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from tests.conftest import FIXTURES

YOUTUBE_RESPONSES = {"/commentThreads": "CommentThreadListResponse", "/comments": "CommentListResponse"}
_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "object": (dict,),
    "array": (list,),
}


def _responses(platform: str) -> Iterator[tuple[str, str, Any]]:
    for path in sorted((FIXTURES / platform).glob("*.json")):
        cassette = json.loads(path.read_text("utf-8"))
        assert cassette["platform"] == platform
        assert cassette["documentation"].startswith("https://")
        for item in cassette["interactions"]:
            for response in item.get("responses", [item.get("response")]):
                if response.get("status", 200) == 200 and "json" in response:
                    yield f"{path.name}:{item['request']['path']}", item["request"]["path"], response["json"]


# -- YouTube: discovery document ---------------------------------------------------
def _discovery() -> dict[str, Any]:
    import googleapiclient

    document = Path(googleapiclient.__file__).parent / "discovery_cache" / "documents" / "youtube.v3.json"
    loaded: dict[str, Any] = json.loads(document.read_text("utf-8"))
    return loaded


def schema_violations(value: Any, schema: dict[str, Any], schemas: dict[str, Any], where: str = "$") -> list[str]:
    """Every place where ``value`` does not fit the discovery ``schema``; unknown fields count."""
    if "$ref" in schema:
        return schema_violations(value, schemas[schema["$ref"]], schemas, where)
    kind = schema.get("type")
    if kind == "string" and schema.get("format") in ("int64", "uint64"):
        kind_ok = isinstance(value, str) and value.lstrip("-").isdigit()  # 64-bit integers travel as strings
        return [] if kind_ok else [f"{where}: expected a {schema['format']} string, got {value!r}"]
    expected = _JSON_TYPES.get(str(kind))
    if expected is None:
        return [f"{where}: schema has no usable type ({schema})"]
    if not isinstance(value, expected) or (kind in ("integer", "number") and isinstance(value, bool)):
        return [f"{where}: expected {kind}, got {type(value).__name__}"]
    problems: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} is not one of {schema['enum']}")
    if kind == "string" and schema.get("format") == "date-time":
        from datetime import datetime

        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            problems.append(f"{where}: {value!r} is not an RFC 3339 date-time")
    if kind == "array":
        for index, item in enumerate(value):
            problems += schema_violations(item, schema["items"], schemas, f"{where}[{index}]")
    if kind == "object":
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key in properties:
                problems += schema_violations(item, properties[key], schemas, f"{where}.{key}")
            elif "additionalProperties" in schema:
                problems += schema_violations(item, schema["additionalProperties"], schemas, f"{where}.{key}")
            else:
                problems.append(f"{where}.{key}: not a field of this schema")
    return problems


YOUTUBE_CASES = list(_responses("youtube"))


@pytest.mark.parametrize(("name", "path", "body"), YOUTUBE_CASES, ids=[c[0] for c in YOUTUBE_CASES])
def test_youtube_fixture_body_fits_the_discovery_document(name: str, path: str, body: Any) -> None:
    schemas = _discovery()["schemas"]
    resource = next(r for suffix, r in YOUTUBE_RESPONSES.items() if path.endswith(suffix))
    assert schema_violations(body, {"$ref": resource}, schemas) == []


def test_youtube_checker_rejects_unknown_fields_and_wrong_types() -> None:
    schemas = _discovery()["schemas"]
    _, _, body = next(c for c in YOUTUBE_CASES if c[1].endswith("/commentThreads"))
    broken = json.loads(json.dumps(body))
    snippet = broken["items"][0]["snippet"]
    snippet["topLevelComment"]["snippet"]["likeCount"] = "12"
    snippet["topLevelComment"]["snippet"]["authorName"] = "x"
    snippet["totalReplyCount"] = True
    problems = schema_violations(broken, {"$ref": "CommentThreadListResponse"}, schemas)
    assert len(problems) == 3
    assert any("likeCount: expected integer" in p for p in problems)
    assert any("authorName: not a field" in p for p in problems)
    assert any("totalReplyCount: expected integer" in p for p in problems)


def test_youtube_fixtures_cover_both_list_calls_and_pagination() -> None:
    paths = [path for _, path, body in YOUTUBE_CASES]
    assert {p.rsplit("/", 1)[-1] for p in paths} == {"commentThreads", "comments"}
    assert sum("nextPageToken" in body for _, _, body in YOUTUBE_CASES) >= 2


# -- Bluesky: atproto lexicon models -------------------------------------------------
def _atproto_model(path: str) -> type[BaseModel]:
    from atproto_client import models

    return {
        "/xrpc/app.bsky.feed.getPostThread": models.AppBskyFeedGetPostThread.Response,
        "/xrpc/com.atproto.identity.resolveHandle": models.ComAtprotoIdentityResolveHandle.Response,
    }[path]


def lexicon_violations(value: Any, where: str = "$") -> list[str]:
    """Fields the lexicon does not declare, and union members it does not know, anywhere in a parsed model."""
    from atproto_client.models.dot_dict import DotDict

    if isinstance(value, DotDict):
        return [f"{where}: {value.to_dict().get('$type')!r} is not a type this lexicon position allows"]
    if isinstance(value, (list, tuple)):
        return [p for i, item in enumerate(value) for p in lexicon_violations(item, f"{where}[{i}]")]
    if not isinstance(value, BaseModel):
        return []
    problems = [f"{where}.{key}: not in the lexicon" for key in (value.model_extra or {})]
    for name in type(value).model_fields:
        problems += lexicon_violations(getattr(value, name), f"{where}.{name}")
    return problems


def parse_lexicon(path: str, body: Any) -> BaseModel:
    from atproto_client.models.utils import get_or_create

    model = get_or_create(body, _atproto_model(path), strict=True, strict_string_format=True)
    assert isinstance(model, BaseModel)
    return model


def _post_records(value: Any) -> Iterator[Any]:
    from atproto_client import models

    if isinstance(value, models.AppBskyFeedDefs.PostView):
        yield value.record
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _post_records(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _post_records(item)


BLUESKY_CASES = list(_responses("bluesky"))


@pytest.mark.parametrize(("name", "path", "body"), BLUESKY_CASES, ids=[c[0] for c in BLUESKY_CASES])
def test_bluesky_fixture_body_fits_the_atproto_lexicon(name: str, path: str, body: Any) -> None:
    from atproto_client import models

    model = parse_lexicon(path, body)
    assert lexicon_violations(model) == []
    records = list(_post_records(model))
    assert all(isinstance(r, models.AppBskyFeedPost.Record) for r in records), "every post record is a feed post"
    assert lexicon_violations(records) == []


def test_bluesky_checker_rejects_unknown_fields_unknown_nodes_and_bad_formats() -> None:
    from atproto_client.exceptions import ModelError

    path, body = next((p, b) for _, p, b in BLUESKY_CASES if p.endswith("getPostThread"))
    extra = json.loads(json.dumps(body))
    extra["thread"]["post"]["author"]["nickname"] = "x"
    extra["thread"]["replies"].append({"$type": "app.bsky.feed.defs#mysteryPost", "uri": "at://did:plc:x/a/b"})
    problems = lexicon_violations(parse_lexicon(path, extra))
    assert any("author.nickname: not in the lexicon" in p for p in problems)
    assert any("mysteryPost" in p for p in problems)
    bad_format = json.loads(json.dumps(body))
    bad_format["thread"]["post"]["uri"] = "https://bsky.app/not-an-at-uri"
    with pytest.raises(ModelError):
        parse_lexicon(path, bad_format)


def test_bluesky_fixtures_cover_not_found_blocked_and_a_requery() -> None:
    text = json.dumps([body for _, _, body in BLUESKY_CASES])
    assert "#notFoundPost" in text
    assert "#blockedPost" in text
    assert "#mention" in text
    assert sum(p.endswith("getPostThread") for _, p, _ in BLUESKY_CASES) >= 2
