"""``kuulo knowledge ingest --brand B`` accepts guidance whose front matter ``brand`` is B's name, display
name or brand file name (case and legal form aside) and refuses a file that names another brand: a clear
error naming the file and the brand, and nothing ingested (even with ``--rebuild``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Kuulo = Callable[..., CliResult]


def _guidance(folder: Path, brand: str, text: str = "Asennus maksaa 900 euroa.") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "faq.md").write_text(f"---\nkind: faq\nlanguage: fi\nbrand: {brand}\n---\n# Hinta\n{text}\n", "utf-8")
    return folder


def test_ingest_accepts_guidance_naming_the_brand_and_refuses_another_brands(
    kuulo: Kuulo, tmp_path: Path, embedding_cache: Path
) -> None:
    env = {"KUULO_EMBEDDING_CACHE": str(embedding_cache)}
    assert kuulo("brand", "add", "kajo", "--display-name", "Kajo Oy").code == 0
    assert kuulo("brand", "add", "acme").code == 0
    assert kuulo("brand", "set", "default", "display_name", "Revontuli Lämpö Oy").code == 0

    for named in ("KAJO", "kajo oy", "Kajo"):  # display name, legal form and case aside
        ok = kuulo("knowledge", "ingest", str(_guidance(tmp_path / named, named)), "--brand", "kajo", **env)
        assert ok.code == 0, ok.err
    assert "1 added" in kuulo("knowledge", "ingest", str(_guidance(tmp_path / "a", "acme")), "--brand", "acme").out
    kajo_before = kuulo("knowledge", "list", "--brand", "kajo", **env).out

    theirs = _guidance(tmp_path / "theirs", "Revontuli Lämpö", "Asennus maksaa 1 000 euroa.")
    for flags in ((), ("--rebuild",)):
        refused = kuulo("knowledge", "ingest", str(theirs), "--brand", "kajo", *flags, **env)
        assert refused.code == 1
        assert "faq.md" in refused.err and "brand default's, not kajo's" in refused.err, refused.err
        assert "--brand default" in refused.err  # says what to do
        assert kuulo("knowledge", "list", "--brand", "kajo", **env).out == kajo_before  # nothing changed

    unknown = kuulo("knowledge", "ingest", str(_guidance(tmp_path / "u", "Globex")), "--brand", "kajo", **env)
    assert unknown.code == 1 and "'Globex'" in unknown.err and "'kajo'" in unknown.err, unknown.err
    mixed = tmp_path / "mixed"
    _guidance(mixed / "ours", "Kajo", "Uusi tieto, jota ei saa tallentaa.")
    _guidance(mixed / "theirs", "acme")
    assert kuulo("knowledge", "ingest", str(mixed), "--brand", "kajo", **env).code == 1
    assert kuulo("knowledge", "list", "--brand", "kajo", **env).out == kajo_before  # one bad file: nothing written
    assert kuulo("knowledge", "ingest", str(theirs), "--brand", "default", **env).code == 0


def test_a_single_brand_install_ingests_guidance_naming_any_brand(
    kuulo: Kuulo, tmp_path: Path, embedding_cache: Path
) -> None:
    result = kuulo(
        "knowledge", "ingest", str(_guidance(tmp_path, "Viuh Skuutit Oy")), KUULO_EMBEDDING_CACHE=str(embedding_cache)
    )
    assert result.code == 0 and "1 added" in result.out, result.err
