"""Inline SVG charts for the HTML report: lines over weeks, horizontal bars, a 100 % mix bar, sparklines.

Plain strings, no library and no script: each chart scales to its container
(``viewBox``, width 100 %), carries a ``<title>`` for screen readers, and
uses the Okabe-Ito palette (readable with colour blindness, and in print).
Every label is escaped. A chart is only drawn when it has something to show:
the functions return None for no data, and the page says so in words instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
EMOTION_COLOURS = {"positive": "#009E73", "neutral": "#999999", "negative": "#D55E00", "unknown": "#DDDDDD"}
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _svg(width: int, height: int, title: str, body: list[str], css_class: str) -> str:
    return (
        f'<svg class="{css_class}" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _nice_max(value: int) -> int:
    """A round axis maximum at or above ``value``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return max(step * ((value + step - 1) // step), step)
    return value


def line_chart(weeks: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], title: str) -> str | None:
    """Comments per week for each series (a theme), with a y axis, week labels and a legend."""
    if not weeks or not series or not any(any(counts) for _, counts in series):
        return None
    width, left, right, top, plot_h = 640, 40, 24, 12, 170
    legend_top = top + plot_h + 30
    height = legend_top + 18 * len(series) + 4
    top_value = _nice_max(max(max(counts) for _, counts in series))
    step_x = (width - left - right) / max(len(weeks) - 1, 1)

    def x(i: int) -> float:
        return left + i * step_x

    def y(v: int) -> float:
        return top + plot_h - plot_h * v / top_value

    body = []
    for tick in (0, top_value // 2, top_value):
        body.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#ddd"/>')
        body.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" {FONT}>{tick}</text>')
    for i, week in enumerate(weeks):
        label = escape(week.split("-")[-1])
        body.append(f'<text x="{x(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle" {FONT}>{label}</text>')
    for n, (name, counts) in enumerate(series):
        colour = PALETTE[n % len(PALETTE)]
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(counts))
        body.append(f'<polyline class="series" points="{points}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        body += [f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}"/>' for i, v in enumerate(counts)]
        row = legend_top + 18 * n
        body.append(f'<rect x="{left}" y="{row - 9}" width="12" height="12" fill="{colour}"/>')
        body.append(f'<text x="{left + 18}" y="{row + 1}" {FONT}>{escape(_short(name, 80))}</text>')
    return _svg(width, height, title, body, "chart line-chart")


def bar_chart(rows: Sequence[tuple[str, int]], title: str) -> str | None:
    """One horizontal bar per row, labelled, with its value."""
    rows = [(label, value) for label, value in rows if value > 0]
    if not rows:
        return None
    width, label_w, bar_h, gap = 640, 220, 18, 8
    height = len(rows) * (bar_h + gap) + gap
    top_value = max(value for _, value in rows)
    room = width - label_w - 60
    body = []
    for n, (label, value) in enumerate(rows):
        y = gap + n * (bar_h + gap)
        length = max(2.0, room * value / top_value)
        body.append(f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end" {FONT}>{escape(_short(label, 30))}</text>')
        body.append(
            f'<rect class="bar" x="{label_w}" y="{y}" width="{length:.1f}" height="{bar_h}" fill="{PALETTE[0]}"/>'
        )
        body.append(f'<text x="{label_w + length + 6:.1f}" y="{y + 13}" {FONT}>{value}</text>')
    return _svg(width, height, title, body, "chart bar-chart")


def mix_bar(mix: dict[str, int], labels: dict[str, str], title: str) -> str | None:
    """A 100 % bar of ``mix`` (emotions), each part labelled with its share under the bar."""
    total = sum(value for value in mix.values() if value > 0)
    if total == 0:
        return None
    width, bar_h = 640, 28
    body, x, legend_x = [], 0.0, 0
    for n, (key, value) in enumerate((k, v) for k, v in mix.items() if v > 0):
        part = width * value / total
        colour = EMOTION_COLOURS.get(key, PALETTE[n % len(PALETTE)])
        body.append(f'<rect class="part" x="{x:.1f}" y="0" width="{part:.1f}" height="{bar_h}" fill="{colour}"/>')
        text = f"{labels.get(key, key)} {100 * value / total:.0f} % ({value})"
        body.append(f'<rect x="{legend_x}" y="{bar_h + 10}" width="12" height="12" fill="{colour}"/>')
        body.append(f'<text x="{legend_x + 16}" y="{bar_h + 20}" {FONT}>{escape(text)}</text>')
        x += part
        legend_x += 18 + 8 * len(text)
    return _svg(max(width, legend_x), bar_h + 30, title, body, "chart mix-bar")


def sparkline(counts: Sequence[int], title: str) -> str | None:
    """A small line of weekly counts, the last week marked."""
    if len(counts) < 2 or not any(counts):
        return None
    width, height, pad = 120, 28, 3
    top_value = max(counts)
    step = (width - 2 * pad) / (len(counts) - 1)
    points = [(pad + i * step, height - pad - (height - 2 * pad) * v / top_value) for i, v in enumerate(counts)]
    line = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    last_x, last_y = points[-1]
    body = [
        f'<polyline points="{line}" fill="none" stroke="{PALETTE[0]}" stroke-width="2"/>',
        f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="3" fill="{PALETTE[3]}"/>',
    ]
    return _svg(width, height, title, body, "sparkline")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
