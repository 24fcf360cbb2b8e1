"""Ingest guidance files and folders into the store: every file is read and validated before
anything is written, so one bad front matter changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from knowledge.guidance import find_files, load_file
from knowledge.store import GuidanceStore, IngestResult


def ingest(store: GuidanceStore, paths: Sequence[Path]) -> list[IngestResult]:
    """Sync each file's sections; for a folder, also drop sources whose files were deleted."""
    files = find_files(paths)
    loaded = [(f, load_file(f.path, f.source)) for f in files]
    results = [store.sync_source(f.source, sections, root=f.root) for f, sections in loaded]
    roots = {str(p.resolve()) for p in paths if p.is_dir()}
    for root in sorted(roots):
        keep = {f.source for f in files if f.root == root}
        results.extend(store.prune_root(root, keep))
    return results
