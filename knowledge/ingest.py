"""Ingest guidance files and folders into the store: every file is read and validated before
anything is written, so one bad front matter changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.ports import NO_PROGRESS, Progress
from knowledge.guidance import find_files, load_file
from knowledge.store import GuidanceStore, IngestResult


def ingest(store: GuidanceStore, paths: Sequence[Path], progress: Progress = NO_PROGRESS) -> list[IngestResult]:
    """Sync each file's sections; for a folder, also drop sources whose files were deleted.
    ``progress`` counts the files read, then the files and sections (chunks) stored."""
    files = find_files(paths)
    read = progress.task("read files", len(files))
    loaded = []
    try:
        for f in files:
            loaded.append((f, load_file(f.path, f.source)))
            read.advance()
    finally:
        read.done()
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
