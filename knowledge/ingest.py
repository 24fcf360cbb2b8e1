"""Ingest guidance files and folders into the store: every file is read and validated before
anything is written, so one bad front matter changes nothing. ``check_brand`` (``kuulo knowledge ingest
--brand``) sees every file's front matter ``brand`` before anything is written, and may refuse it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from bot.ports import NO_PROGRESS, Progress
from knowledge.guidance import find_files, load_file
from knowledge.store import GuidanceStore, IngestResult


def ingest(
    store: GuidanceStore,
    paths: Sequence[Path],
    progress: Progress = NO_PROGRESS,
    check_brand: Callable[[Path, str], None] | None = None,
) -> list[IngestResult]:
    """Sync each file's sections; for a folder, also drop sources whose files were deleted.
    ``progress`` counts the files read, then the files and sections (chunks) stored. ``check_brand(path,
    brand)`` is called for each file whose front matter names a brand, before anything is written; it
    raises to refuse the file (and so the whole ingest)."""
    files = find_files(paths)
    read = progress.task("read files", len(files))
    loaded = []
    try:
        for f in files:
            loaded.append((f, load_file(f.path, f.source)))
            read.advance()
    finally:
        read.done()
    if check_brand is not None:
        for f, sections in loaded:
            named = sections[0].meta.brand if sections else None
            if named:
                check_brand(f.path, named)
    stored = progress.task("ingest sections", sum(len(sections) for _f, sections in loaded))
    results = []
    try:
        for f, sections in loaded:
            results.append(store.sync_source(f.source, sections, root=f.root))
            stored.advance(len(sections))
    finally:
        stored.done()
    roots = {str(p.resolve()) for p in paths if p.is_dir()}
    for root in sorted(roots):
        keep = {f.source for f in files if f.root == root}
        results.extend(store.prune_root(root, keep))
    return results


def brands_named(paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """(file, the brand its front matter names) for each guidance file that names one; nothing is written."""
    named = []
    for f in find_files(paths):
        sections = load_file(f.path, f.source)
        if sections and sections[0].meta.brand:
            named.append((f.path, sections[0].meta.brand))
    return named
