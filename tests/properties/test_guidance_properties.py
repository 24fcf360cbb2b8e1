"""Guidance files and their front matter (``kuulo knowledge ingest``), damaged: any YAML at all between
the ``---`` lines, front matter that does not close, values of the wrong type or size, any bytes in
any encoding.

Property: reading a file gives its sections, or one ``KnowledgeError`` naming the file and saying what
to fix; never another exception. A file that reads gives sections whose text and front matter any
store can hold (no NUL, no lone surrogate).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from bot.errors import KnowledgeError
from knowledge.guidance import FIELDS, KINDS, LANGUAGES, VISIBILITIES, load_file
from tests.properties.strategies import any_text, json_values

pytestmark = pytest.mark.fuzz

GOOD = {"kind": "faq", "language": "fi", "visibility": "public", "valid_until": "2027-02-28", "brand": "Revontuli"}
VALUES = st.sampled_from([*KINDS, *LANGUAGES, *VISIBILITIES, "2027-02-28", "2027-02-30", "Revontuli"]) | json_values
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]
BODY = "# Toimitus\n\nToimitamme 2–3 arkipäivässä.\n\n## Leverans\n\nVi levererar inom 2–3 vardagar.\n"


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """A header as people (and broken editors) write it: valid fields, wrong values, raw YAML, junk."""
    how = draw(st.sampled_from(["fields", "fields", "yaml", "text"]))
    if how == "fields":
        keys = draw(st.lists(st.sampled_from([*FIELDS, "owner"]) | any_text, max_size=6))
        values = {key: draw(VALUES) for key in keys}
        try:
            return yaml.safe_dump(values, allow_unicode=True)
        except yaml.YAMLError:  # a value YAML itself cannot write (a lone surrogate): write it by hand
            return "".join(f"{key}: {value}\n" for key, value in values.items())
    if how == "yaml":
        return draw(
            st.sampled_from(
                [
                    "kind: [faq\n",  # unclosed flow
                    "? [a, b]\n: 1\n",  # a key that cannot be a dict key
                    "kind: &a [*a]\n",  # an alias inside itself
                    "valid_until: " + "9" * 5000 + "\n",  # a number past Python's int-from-text limit
                    'brand: "\\ud800"\n',  # YAML's escape for a lone surrogate
                    'brand: "a\\0b"\n',  # a NUL
                    "kind: " + "[" * 2000 + "\n",  # nesting deep enough to recurse
                    "- kind\n- faq\n",  # a list, not fields
                    "!!python/object:os.system {}\n",  # an unsafe tag: safe_load refuses it
                    "valid_until: 2027-02-28 10:00:00\n",  # a timestamp, not a date
                ]
            )
        )
    return draw(any_text)


@given(
    header=front_matter(),
    closed=st.booleans(),
    body=st.just(BODY) | any_text,
    encoding=st.sampled_from(ENCODINGS),
    suffix=st.sampled_from([".md", ".txt"]),
)
@example(header="valid_until: " + "9" * 5000 + "\n", closed=True, body=BODY, encoding="utf-8", suffix=".md")
@example(header='brand: "\\ud800"\n', closed=True, body=BODY, encoding="utf-8", suffix=".md")
def test_a_damaged_guidance_file_reads_as_sections_or_one_clear_error(
    tmp_path: Path, header: str, closed: bool, body: str, encoding: str, suffix: str
) -> None:
    text = f"---\n{header}{'---' if closed else ''}\n{body}"
    path = tmp_path / f"guidance{suffix}"
    path.write_bytes(text.encode(encoding, "surrogatepass" if encoding.startswith("utf-8") else "replace"))
    try:
        sections = load_file(path, path.name)
    except KnowledgeError as exc:
        problem = str(exc)
    else:
        problem = ""
    if problem:
        assert str(path) in problem  # the error names the file
        return
    for section in sections:
        for value in (section.text, section.heading, section.meta.brand or ""):
            value.encode("utf-8")  # storable: no lone surrogate (it would raise here)


def test_valid_front_matter_reads_every_field(tmp_path: Path) -> None:
    path = tmp_path / "toimitus.md"
    path.write_text("---\n" + yaml.safe_dump(GOOD) + "---\n" + BODY, "utf-8")
    sections = load_file(path, path.name)
    assert [s.heading for s in sections] == ["Toimitus", "Leverans"]
    assert {(s.meta.kind, s.meta.language, s.meta.brand) for s in sections} == {("faq", "fi", "Revontuli")}
