"""Insights wired to :class:`~bot.services.Services`: what the CLI, Slack and the weekly job call."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.insights.ask import Answer, Claim, answer_with_model, extractive
from bot.insights.board import Board, WatchInfo, build_board
from bot.insights.chart import themes_chart
from bot.insights.data import Scope, load_items
from bot.insights.emerging import iso_week, week_labels
from bot.insights.facets import cued_emotion, cued_intent
from bot.insights.model import ModelThemeNamer, has_model, model_answer
from bot.insights.report import WEEKS, Report, engagement, summarise, week_bounds
from bot.insights.retrieval import (
    DEFAULT,
    INTENT_QUESTIONS,
    NEUTRAL_QUESTIONS,
    OFF_TOPIC,
    Ranked,
    Tuning,
    asked_intent,
    blend,
    centred_vectors,
    focus,
    hybrid,
)
from bot.insights.retrieval import select as select_answer
from bot.insights.themes import Theme, ThemeItem, ThemeNamer, build_themes
from bot.insights.wording import phrase
from bot.language import detect_language
from bot.storage.models import Watch, utcnow
from knowledge.comments import CommentIndex, open_comment_index

if TYPE_CHECKING:
    from bot.ports import Embedder
    from bot.services import Services

ALL = Scope()
MODEL_COMMENTS = 25  # the best-ranked comments a model answer is written from


def _namer(services: Services) -> ThemeNamer | None:
    return ModelThemeNamer(services.settings) if has_model(services.settings) else None


def themes(services: Services, scope: Scope, *, named: bool = True) -> list[Theme]:
    with services.db.read() as session:
        items = load_items(session, scope)
    namer = _namer(services) if named else None
    return build_themes(items, services.embedder, namer=namer, language=services.settings.locale)


def question_language(services: Services, question: str) -> str:
    language = detect_language(question) or services.settings.locale
    return language if language in ("en", "fi", "sv") else services.settings.locale


def retrieve(
    services: Services, question: str, scope: Scope = ALL, tuning: Tuning = DEFAULT
) -> tuple[list[ThemeItem], list[Ranked]]:
    """The comments in ``scope`` and their hybrid ranking for ``question`` (see :mod:`bot.insights.retrieval`).

    The comments collection is first synced with every current comment (so erased or
    deleted ones are gone), then the vector scores are read for the scope's comments only,
    each comment's vector centred on its language's mean in the scope (:func:`centred_vectors`).
    """
    with services.db.read() as session:
        items = load_items(session, scope)
    if not items:
        return [], []
    index = open_comment_index(services.settings, services.embedder)
    try:
        index.sync(load_all(services) if scope != ALL else items)
        languages = {item.comment_id: item.language for item in items}
        stored = index.vectors([item.comment_id for item in items])
        vectors = centred_vectors(stored, languages) if tuning.centre_vectors else stored
        texts = {item.comment_id: item.text for item in items}
        core = focus(question, texts)
        dense = similarities(index, question, vectors, core)
        plain = (
            similarities(index, question, stored, core) if tuning.centre_vectors and tuning.plain_no_answer else None
        )
    finally:
        index.close()
    intents = {item.comment_id: item.intent for item in items}
    asked = question_intent(services.embedder, question, tuning)
    emotions = {item.comment_id: item.emotion for item in items}
    felt = question_emotion(question, scope)
    return items, hybrid(
        question, texts, dense, languages, tuning, vectors, intents, asked, plain, emotions=emotions, felt=felt
    )


def question_emotion(question: str, scope: Scope) -> str | None:
    """The feeling ``question`` names ("what do unhappy buyers say?": negative), unless the scope filters one."""
    return None if scope.emotion else cued_emotion(question)


def question_intent(embedder: Embedder, question: str, tuning: Tuning = DEFAULT) -> str | None:
    """The kind of comment ``question`` asks for, if any (:func:`bot.insights.retrieval.asked_intent`).

    Embeds the question and the intents' question forms as e5 queries (the forms come from the
    embedding cache after the first question).
    """
    if tuning.intent_weight <= 0:
        return None
    kinds = list(INTENT_QUESTIONS)
    forms = [form for kind in kinds for form in INTENT_QUESTIONS[kind]]
    matrix = np.asarray(embedder.embed_queries([question, *NEUTRAL_QUESTIONS, *forms]), dtype=np.float64)
    plain = len(NEUTRAL_QUESTIONS)
    prototypes: dict[str, np.ndarray] = {}
    start = 1 + plain
    for kind in kinds:
        count = len(INTENT_QUESTIONS[kind])
        prototypes[kind] = matrix[start : start + count]
        start += count
    cue = cued_intent(question) if tuning.cues else None
    return asked_intent(matrix[0], prototypes, matrix[1 : 1 + plain], tuning.intent_margin, cue, tuning.cue_margin)


def similarities(
    index: CommentIndex, question: str, vectors: dict[int, np.ndarray], core: str | None = None
) -> dict[int, float]:
    """The question's cosine with each comment, a share of it from the question's content words ``core``
    (:func:`blend`; by default :func:`focus` of the question alone: pass ``focus(question, texts)`` with the
    scope's comments to leave out the words most of them use)."""
    dense = index.similarities(question, vectors)
    core = focus(question) if core is None else core
    return blend(dense, index.similarities(core, vectors) if core else {})


def ask(services: Services, question: str, scope: Scope = ALL) -> Answer:
    """Answer ``question`` from the comments in ``scope`` (see :mod:`bot.insights.ask`)."""
    language = question_language(services, question)
    items, ranked = retrieve(services, question, scope)
    by_id = {item.comment_id: item for item in items}
    # Comments not about the brand are not quoted, unless the team asked for them (intent:off_topic).
    off_topic = {item.comment_id for item in items if item.intent == OFF_TOPIC} if scope.intent != OFF_TOPIC else set()
    matched = [by_id[r.comment_id] for r in select_answer(ranked, off_topic=off_topic)]
    found = build_themes(items, services.embedder) if matched else []
    if not has_model(services.settings):
        return extractive(question, language, matched, found)

    def call(q: str, comments: list[tuple[int, str]], lang: str) -> list[Claim]:
        answer = model_answer(services.settings, q, comments[:MODEL_COMMENTS], lang)
        return [Claim(c.sentence, c.quote, c.comment_id) for c in answer.claims]

    return answer_with_model(question, language, matched, found, call)


def load_all(services: Services) -> list[ThemeItem]:
    with services.db.read() as session:
        return load_items(session, Scope())


def current_week(services: Services, now: datetime) -> str:
    return iso_week(now, ZoneInfo(services.settings.timezone))


def build_report(services: Services, week: str, scope: Scope = ALL) -> tuple[Report, bytes]:
    """The weekly report (or, with ``scope.watch_id``, a campaign summary) and its chart PNG."""
    report = weekly_report(services, week, scope)
    weeks = week_labels(week, WEEKS)
    chart = themes_chart(weeks, [(s.theme.name, s.trend.counts) for s in report.themes[:5]], report.title)
    return report, chart


def weekly_report(services: Services, week: str, scope: Scope = ALL) -> Report:
    """The weekly report as data (themes over the last ``WEEKS`` weeks, emotions, engagement)."""
    tz = ZoneInfo(services.settings.timezone)
    start, end = week_bounds(week, tz, WEEKS)
    found = themes(services, replace(scope, since=start, until=end))
    summaries = summarise(found, week, tz)
    emotions: Counter[str] = Counter()
    for theme in found:
        emotions.update(theme.emotions)
    language = services.settings.locale
    if scope.watch_id is not None:
        title = phrase("campaign_title", language, scope=scope.describe())
    else:
        title = phrase("report_title", language, week=week)
    week_start_at, _ = week_bounds(week, tz)
    with services.db.read() as session:
        outcomes = engagement(session, week_start_at, end, scope.brand_id)
    return Report(title, week, language, summaries, dict(emotions.most_common()), outcomes)


def audience_board(services: Services, week: str, scope: Scope = ALL, now: datetime | None = None) -> Board:
    """The board of ``week`` (see :mod:`bot.insights.board`), for the HTML report and the Slack App Home."""
    tz = ZoneInfo(services.settings.timezone)
    report = weekly_report(services, week, scope)
    start, end = week_bounds(week, tz)
    with services.db.read() as session:
        week_items = load_items(session, replace(scope, since=start, until=end))
        watches = watch_infos(session)
    return build_board(report, week_items, watches, tz, now or utcnow())


def watch_infos(session: Session) -> dict[int, WatchInfo]:
    """Every watch id -> its top-level watch (a thread watch counts for its account or feed watch)."""
    rows = {w.id: w for w in session.scalars(select(Watch))}
    infos = {}
    for watch_id, watch in rows.items():
        top = rows.get(watch.parent_watch_id, watch) if watch.parent_watch_id else watch
        infos[watch_id] = WatchInfo(top.id, top.url, top.objective)
    return infos
