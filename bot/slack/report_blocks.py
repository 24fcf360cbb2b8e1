"""The weekly report as Block Kit (pure): at most 50 blocks, every section under 3,000 characters.

Theme names and quotes come from comments (untrusted): they go through
:func:`bot.slack.blocks.escape` and are sent ``verbatim``; links are only made
from plain http(s) URLs (:func:`bot.slack.blocks.link`). Labels follow the
report's language; quotes stay in the comment's own language.
"""

from __future__ import annotations

from bot.insights.ask import Answer
from bot.insights.report import TOP, Report
from bot.insights.wording import phrase
from bot.slack.blocks import HEADER_MAX, MAX_BLOCKS, SECTION_MAX, Block, context, cut, escape, link, plain
from bot.slack.digest_blocks import metadata

QUOTE_CHARS = 400


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": cut(text, SECTION_MAX), "verbatim": True}}


def _header(text: str) -> Block:
    return {"type": "header", "text": plain(text, HEADER_MAX)}


def _quote(text: str, url: str | None, language: str) -> str:
    quoted = "> " + escape(cut(" ".join(text.split()), QUOTE_CHARS))
    return quoted + (" " + link(url, phrase("sources", language)) if url else "")


def fallback_text(report: Report) -> str:
    return (
        f"{report.title}: {phrase('comments_count', report.language, count=sum(s.theme.size for s in report.themes))}"
    )


def report_blocks(report: Report) -> list[Block]:
    lang = report.language
    blocks: list[Block] = [_header(report.title), _header(phrase("top_themes", lang))]
    if not report.themes:
        blocks.append(context(escape(phrase("no_themes", lang))))
    for summary in report.themes[:TOP]:
        theme = summary.theme
        size = phrase("comments_count", lang, count=theme.size)
        languages = ", ".join(escape(language) for language in theme.languages)
        mix = ", ".join(f"{escape(emotion)} {count}" for emotion, count in theme.emotions.items())
        lines = [
            f"*{escape(cut(theme.name, 200))}* · {size} · {summary.trend.counts[-1]} / {report.week} · {languages}",
            f"{phrase('emotion_mix', lang)}: {mix}",
        ]
        lines += [_quote(quote.text, quote.url, lang) for quote in theme.quotes]
        blocks.append(_section("\n".join(lines)))
    blocks.append(_header(phrase("emerging", lang)))
    if not report.emerging:
        blocks.append(context(escape(phrase("no_emerging", lang))))
    else:
        lines = []
        for summary in report.emerging:
            counts = " ".join(str(count) for count in summary.trend.counts)
            flag = f" ({phrase('new_theme', lang)})" if summary.trend.new else ""
            name = escape(cut(summary.theme.name, 200))
            lines.append(f"• *{name}*{flag}: {counts} (p = {summary.trend.p_value:.4f})")
        blocks.append(_section("\n".join(lines)))
    if report.emotions:
        total = sum(report.emotions.values()) or 1
        mix = ", ".join(f"{escape(e)} {100 * n / total:.0f} %" for e, n in report.emotions.items())
        blocks.append(context(f"{phrase('emotion_mix', lang)}: {mix}"))
    if report.engagement:
        rows = [phrase("engagement_row", lang, objective=escape(o), **n) for o, n in report.engagement.items()]
        blocks.append(_section(f"*{phrase('engagement', lang)}*\n" + "\n".join(rows)))
    return blocks[:MAX_BLOCKS]


def report_metadata(week: str) -> Block:
    """Lets a restarted service find a weekly report it already posted (see :mod:`bot.slack.digest`)."""
    return metadata("weekly", week)


def answer_text(answer: Answer) -> str:
    """``/kuulo ask``'s reply (mrkdwn): the escaped answer, then numbered links to the cited comments."""
    lines = [escape(cut(answer.text, 2500))]
    sources = [
        link(citation.url, f"[{n}]") if citation.url else f"[{n}] #{citation.comment_id}"
        for n, citation in enumerate(answer.citations, 1)
    ]
    if sources:
        lines.append(f"*{phrase('sources', answer.language)}:* " + " · ".join(sources))
    return "\n".join(lines)
