"""Guidance files: front matter validation and splitting into sections (no embedding)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from knowledge.guidance import find_files, load_file


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def test_front_matter_with_unknown_kind_names_file_field_and_allowed_values(tmp_path: Path) -> None:
    path = write(tmp_path / "faq.md", "---\nkind: advert\n---\n# A\ntext\n")
    with pytest.raises(KnowledgeError) as err:
        load_file(path, "faq.md")
    message = str(err.value)
    assert str(path) in message
    assert "'kind'" in message
    assert "voice, faq, fact, do, dont, campaign, disclosure" in message


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("language: de", "allowed values: fi, sv, en"),
        ("visibility: secret", "allowed values: public, internal"),
        ("valid_until: next spring", "an ISO date"),
        ("colour: blue", "allowed fields: kind, language, visibility, valid_until, brand"),
        ("brand: [1, 2]", "'brand' must be text"),
    ],
)
def test_front_matter_with_bad_value_is_refused_with_allowed_values(tmp_path: Path, header: str, expected: str) -> None:
    path = write(tmp_path / "g.md", f"---\n{header}\n---\nbody\n")
    with pytest.raises(KnowledgeError, match=expected):
        load_file(path, "g.md")


def test_front_matter_without_closing_line_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "g.md", "---\nkind: faq\n# Heading\ntext\n")
    with pytest.raises(KnowledgeError, match="no closing '---'"):
        load_file(path, "g.md")


def test_markdown_is_split_by_heading_and_carries_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "faq.md",
        "---\nkind: FAQ\nlanguage: fi\nvalid_until: 2027-02-28\nbrand: Revontuli\n---\n"
        "# Usein kysyttyä\n\n## Hinta\nMaksaa 9 000 €.\n\n## Kesto\nKestää 1–2 päivää.\n",
    )
    sections = load_file(path, "faq.md")
    assert [(s.heading, s.text) for s in sections] == [("Hinta", "Maksaa 9 000 €."), ("Kesto", "Kestää 1–2 päivää.")]
    meta = sections[0].metadata()
    assert meta["kind"] == "faq"
    assert meta["language"] == "fi"
    assert meta["visibility"] == "public"
    assert meta["valid_until"] == "2027-02-28"
    assert meta["valid_until_day"] == 20270228
    assert sections[0].meta.valid_until == date(2027, 2, 28)
    assert sections[0].document == "Hinta\n\nMaksaa 9 000 €."


def test_plain_text_without_front_matter_is_one_neutral_fact_section(tmp_path: Path) -> None:
    path = write(tmp_path / "note.txt", "# not a heading in text\nJust one note.\n")
    [section] = load_file(path, "note.txt")
    assert section.heading == ""
    assert section.text == "# not a heading in text\nJust one note."
    assert section.metadata()["language"] == ""
    assert section.meta.kind == "fact"
    assert section.metadata()["valid_until_day"] == 99991231


def test_section_id_is_stable_and_changes_with_text_or_front_matter(tmp_path: Path) -> None:
    first = load_file(write(tmp_path / "a.md", "# H\nsame\n"), "a.md")[0]
    again = load_file(write(tmp_path / "a.md", "# H\nsame\n"), "a.md")[0]
    edited = load_file(write(tmp_path / "a.md", "# H\nchanged\n"), "a.md")[0]
    expired = load_file(write(tmp_path / "a.md", "---\nvalid_until: 2020-01-01\n---\n# H\nsame\n"), "a.md")[0]
    assert first.id == again.id
    assert len({first.id, edited.id, expired.id}) == 3


def test_find_files_names_folder_files_relative_and_given_files_absolute(tmp_path: Path) -> None:
    (tmp_path / "brand" / "fi").mkdir(parents=True)
    write(tmp_path / "brand" / "fi" / "faq.md", "x")
    write(tmp_path / "brand" / "brand.yaml", "name: x")
    single = write(tmp_path / "one.txt", "y")
    found = find_files([tmp_path / "brand", single])
    assert [f.source for f in found] == ["fi/faq.md", str(single.resolve())]
    assert found[0].root == str((tmp_path / "brand").resolve())


def test_find_files_with_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="no such file or folder"):
        find_files([tmp_path / "missing"])
