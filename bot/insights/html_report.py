"""The report a client can open: one self-contained HTML file from a :class:`~bot.insights.board.Board`.

Everything is inline: CSS in a ``<style>`` element, charts as inline SVG
(:mod:`bot.insights.svg`), no script, font, image or stylesheet from
anywhere, and a Content-Security-Policy (``default-src 'none'``) that makes a
browser refuse any request the page might try. It reads on a phone (one
column, charts scale to the width) and prints (cards do not split across
pages; links print their address). Labels are in the team's locale; quotes
are the comments' stored text, verbatim (HTML-escaped, whitespace kept).
Links are only made from plain http(s) URLs, with ``rel="noopener noreferrer
nofollow"``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC
from html import escape

from bot.insights.board import Board, BoardQuote, BoardTheme, WatchInfo
from bot.insights.svg import bar_chart, line_chart, mix_bar, sparkline
from bot.insights.wording import phrase

TREND_SERIES = 6
_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$")

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #e3e3e3; --accent: #0072B2; --warn: #D55E00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
main, header, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
.muted, .meta { color: var(--muted); font-size: .9rem; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: 1rem; margin: 0 0 1rem; break-inside: avoid; }
.card-head { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; }
.badge { display: inline-block; font-size: .75rem; padding: 0 .5rem; border-radius: 999px;
         background: var(--warn); color: #fff; vertical-align: middle; }
.sparkline { width: 120px; height: 28px; }
dl { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; gap: .25rem 1rem; margin: .75rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
dd ul { margin: 0; padding-left: 1.1rem; }
blockquote.quote { margin: .5rem 0; padding: .5rem .75rem; border-left: 4px solid var(--accent);
                   background: #f6f8fa; }
blockquote.quote p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote.quote footer { margin-top: .25rem; padding: 0; font-size: .85rem; color: var(--muted); }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg.chart { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: right; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th:first-child, td:first-child { text-align: left; }
a { color: var(--accent); overflow-wrap: anywhere; }
.empty { padding: 1rem; border: 1px dashed var(--line); border-radius: 10px; color: var(--muted); }
@media (max-width: 40rem) {
  dl { grid-template-columns: 1fr; }
  dt { margin-top: .5rem; }
  body { font-size: 15px; }
}
@media print {
  body { font-size: 11pt; }
  .card, figure, blockquote, table { break-inside: avoid; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .8em; color: var(--muted); }
  h2 { break-after: avoid; }
}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _link(url: str | None, label: str) -> str:
    if url and _SAFE_URL.match(url):
        return f'<a href="{escape(url)}" rel="noopener noreferrer nofollow">{escape(label)}</a>'
    return escape(label)


def _quote(quote: BoardQuote, language: str) -> str:
    source = _link(quote.url, phrase("board_open", language)) if quote.url else f"#{quote.comment_id}"
    lang = escape(quote.language or "")
    return (
        f'<blockquote class="quote" lang="{lang}" data-comment="{quote.comment_id}">'
        f"<p>{escape(quote.text)}</p><footer>{lang} · {source}</footer></blockquote>"
    )


def _emotion(key: str, language: str) -> str:
    known = {"positive", "neutral", "negative", "unknown"}
    return phrase(f"emotion_{key}", language) if key in known else key


def _phrases(rows: Sequence[tuple[str, int]], language: str) -> str:
    if not rows:
        return f'<span class="muted">{escape(phrase("board_none", language))}</span>'
    items = "".join(f"<li>{escape(text)}" + (f" ({count})" if count > 1 else "") + "</li>" for text, count in rows)
    return f"<ul>{items}</ul>"


def _watches(rows: Sequence[tuple[WatchInfo, int]], language: str) -> str:
    if not rows:
        return f'<span class="muted">{escape(phrase("board_none", language))}</span>'
    items = "".join(
        f"<li>{_link(info.url, f'#{info.watch_id} {info.url}')} · {escape(info.objective)} ({count})</li>"
        for info, count in rows[:5]
    )
    return f"<ul>{items}</ul>"


def _change(theme: BoardTheme, language: str) -> str:
    if theme.change is None:
        return phrase("board_no_baseline", language)
    return phrase("board_change", language, change=f"{100 * theme.change:+.0f} %", baseline=f"{theme.baseline:.1f}")


def theme_card(theme: BoardTheme, language: str) -> str:
    badge = ""
    if theme.new:
        badge = f' <span class="badge">{escape(phrase("new_theme", language))}</span>'
    elif theme.emerging:
        badge = f' <span class="badge">{escape(phrase("badge_emerging", language))}</span>'
    meta = " · ".join(
        [
            phrase("board_week_count", language, count=theme.week_count),
            _change(theme, language),
            phrase("board_total", language, count=theme.total, weeks=len(theme.weeks)),
        ]
    )
    spark = sparkline(theme.counts, f"{theme.name}: {' '.join(str(c) for c in theme.counts)}") or ""
    emotions = ", ".join(f"{_emotion(k, language)} {v}" for k, v in theme.emotions.items())
    languages = ", ".join(f"{k} {v}" for k, v in theme.languages.items())
    rows = [
        ("board_questions", _phrases(theme.questions, language)),
        ("board_needs", _phrases(theme.needs, language)),
        ("board_barriers", _phrases(theme.barriers, language)),
        ("board_emotions", escape(emotions)),
        ("board_languages", escape(languages)),
        ("board_watches", _watches(theme.watches, language)),
    ]
    details = "".join(f"<dt>{escape(phrase(key, language))}</dt><dd>{value}</dd>" for key, value in rows)
    quotes = "".join(_quote(q, language) for q in theme.quotes)
    return (
        f'<article class="card theme" data-theme="{escape(theme.key)}">'
        f'<div class="card-head"><div><h3>{escape(theme.name)}{badge}</h3>'
        f'<div class="meta">{escape(meta)}</div></div>{spark}</div>'
        f"<dl>{details}</dl>"
        f'<h4 class="muted">{escape(phrase("board_quotes", language))}</h4>{quotes}</article>'
    )


def _figure(caption: str, chart: str | None, language: str) -> str:
    body = chart or f'<p class="empty">{escape(phrase("no_chart", language))}</p>'
    return f"<figure><figcaption>{escape(caption)}</figcaption>{body}</figure>"


def _outcomes(board: Board) -> str:
    lang = board.language
    if not board.engagement:
        return f'<p class="empty">{escape(phrase("outcomes_none", lang))}</p>'
    columns = ("drafts", "approved", "posts", "replies")
    head = "".join(f"<th>{escape(phrase(f'col_{c}', lang))}</th>" for c in columns)
    rows = "".join(
        f"<tr><td>{escape(objective)}</td>" + "".join(f"<td>{numbers.get(c, 0)}</td>" for c in columns) + "</tr>"
        for objective, numbers in board.engagement.items()
    )
    first = escape(phrase("col_objective", lang))
    return f"<table><thead><tr><th>{first}</th>{head}</tr></thead><tbody>{rows}</tbody></table>"


def render_html(board: Board) -> str:
    """The whole report as one HTML document (see the module docstring)."""
    lang = board.language
    summary = phrase("board_summary", lang, count=board.week_comments, week=board.week, watches=len(board.watches))
    parts = [f'<section id="board"><h2>{escape(phrase("board_heading", lang))}</h2>']
    if board.week_comments == 0:
        parts.append(f'<p class="empty">{escape(phrase("board_empty_week", lang, week=board.week))}</p>')
    elif not board.themes:
        parts.append(f'<p class="empty">{escape(phrase("board_unthemed", lang))}</p>')
        parts += [_quote(q, lang) for q in board.unthemed]
    parts += [theme_card(theme, lang) for theme in board.themes]
    if board.more_themes:
        parts.append(f'<p class="muted">{escape(phrase("board_more", lang, count=board.more_themes))}</p>')
    parts.append("</section>")
    series = [(t.name, t.counts) for t in board.themes[:TREND_SERIES]]
    over_weeks = phrase("themes_over_weeks", lang)
    labels = {key: _emotion(key, lang) for key in board.emotions}
    where = [(p, n) for p, n in board.platforms.items()] + [(f"#{w.watch_id} {w.url}", n) for w, n in board.watches[:8]]
    parts += [
        f'<section id="trends"><h2>{escape(phrase("trends", lang))}</h2>',
        _figure(over_weeks, line_chart(board.weeks, series, over_weeks), lang),
        _figure(phrase("emotion_mix", lang), mix_bar(board.emotions, labels, phrase("emotion_mix", lang)), lang),
        _figure(phrase("where", lang), bar_chart(where, phrase("where", lang)), lang),
        "</section>",
        f'<section id="outcomes"><h2>{escape(phrase("engagement", lang))}</h2>{_outcomes(board)}</section>',
    ]
    quotes = [q for theme in board.themes for q in theme.quotes] or board.unthemed
    if quotes:
        parts.append(f'<section id="quotes"><h2>{escape(phrase("all_quotes", lang))}</h2>')
        parts += [_quote(q, lang) for q in quotes]
        parts.append("</section>")
    generated = phrase("generated", lang, at=board.generated_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"))
    return (
        f'<!doctype html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="referrer" content="no-referrer">'
        f"<title>{escape(board.title)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>{escape(board.title)}</h1><p class="muted">{escape(summary)}</p></header>'
        f"<main>{''.join(parts)}</main>"
        f'<footer><p class="muted">{escape(generated)}</p></footer></body></html>\n'
    )
