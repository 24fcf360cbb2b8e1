"""The weekly report's chart: comments per theme over the last weeks, as a PNG (matplotlib, Agg)."""

from __future__ import annotations

import io
from collections.abc import Sequence


def themes_chart(weeks: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], title: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4), dpi=100)
    axes = figure.subplots()
    labels = [week.split("-")[1] for week in weeks]
    for name, counts in series:
        axes.plot(labels, list(counts), marker="o", label=name[:40])
    axes.set_title(title)
    axes.set_ylabel("comments")
    axes.grid(alpha=0.3)
    if series:
        axes.legend(fontsize=8, loc="upper left")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
