"""Fixtures for drafting: the fake OpenAI server and a heat-pump brand's guidance."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from bot.checks import Brand, failures, make_context, run_checks
from bot.checks.voice_rules import disclosure_due
from bot.domain import Passage
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest
from knowledge.embeddings import LocalE5Embedder
from tests.fakes.openai_server import FakeOpenAI


@pytest.fixture(scope="module")
def offline() -> OfflineDrafter:
    """The offline drafter on the bundled e5 vectors, one per test module (a module may define its own)."""
    return OfflineDrafter(LocalE5Embedder())


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def passage(pid: str, kind: str, language: str | None, text: str, visibility: str = "public") -> Passage:
    return Passage(
        id=pid, text=text, kind=kind, language=language, visibility=visibility, source="revontuli.md", heading=""
    )


# Guidance of "Revontuli", a Finnish heat-pump company, in its three working languages.
REVONTULI: tuple[Passage, ...] = (
    passage(
        "price-fi",
        "fact",
        "fi",
        "Revontuli Aero 9 -ilmalämpöpumppu maksaa 1 890 euroa asennettuna. "
        "Hintaan sisältyy peruskokoinen asennus ja käyttöönotto.",
    ),
    passage(
        "warranty-fi",
        "fact",
        "fi",
        "Kaikilla Revontulen lämpöpumpuilla on viiden vuoden takuu. Takuu kattaa osat ja työn.",
    ),
    passage(
        "price-sv",
        "fact",
        "sv",
        "Revontuli Aero 9 luftvärmepump kostar 1 890 euro inklusive installation. "
        "I priset ingår en standardinstallation och driftsättning.",
    ),
    passage(
        "warranty-sv",
        "fact",
        "sv",
        "Alla Revontulis värmepumpar har fem års garanti. Garantin täcker delar och arbete.",
    ),
    passage(
        "price-en",
        "fact",
        "en",
        "The Revontuli Aero 9 air-source heat pump costs 1,890 euros installed. "
        "The price includes a standard installation and commissioning.",
    ),
    passage(
        "warranty-en",
        "fact",
        "en",
        "All Revontuli heat pumps come with a five-year warranty. The warranty covers parts and labour.",
    ),
    passage("campaign-fi", "campaign", "fi", "Syyskampanja: asennus kaupan päälle 31.10. asti tehdyille tilauksille."),
    passage(
        "campaign-sv", "campaign", "sv", "Höstkampanj: installationen ingår utan kostnad för beställningar före 31.10."
    ),
    passage("campaign-en", "campaign", "en", "Autumn offer: installation is free on orders placed by 31 October."),
    passage("disclosure-fi", "disclosure", "fi", "Vastaan Revontulen asiakaspalvelusta."),
    passage("disclosure-sv", "disclosure", "sv", "Jag svarar för Revontulis kundtjänst."),
    passage("disclosure-en", "disclosure", "en", "I work for Revontuli's customer service."),
    passage(
        "margin-internal",
        "fact",
        "fi",
        "Sisäinen: Aero 9:n kate on 38 prosenttia ja takuukorjaukset maksavat meille keskimäärin 210 euroa.",
        visibility="internal",
    ),
    passage("voice-en", "voice", "en", "Friendly and plain. No exclamation marks, no superlatives."),
)


def acknowledgement(comment: str, language: str, *passages: Any) -> DraftRequest:
    """A request to acknowledge ``comment`` on a Facebook post, with ``passages`` as the brand's guidance."""
    return DraftRequest(
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        platform="facebook",
        thread_title=None,
        thread_body=None,
        parents=(),
        objective="trust",
        topics=(),
        passages=passages,
        plan="acknowledge",
    )


def facebook_request(comment: str, language: str, passages: tuple[Passage, ...], **changes: Any) -> DraftRequest:
    """An answer request for ``comment`` under a Facebook post, with ``passages`` as the brand's guidance."""
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "facebook",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": (),
        "passages": passages,
        "plan": "answer",
    }
    values.update(changes)
    return DraftRequest(**values)


def blocking_checks(
    text: str, comment: str, language: str, passages: tuple[Passage, ...], brand: str, own_post: bool
) -> list[str]:
    """The blocking checks ``text`` fails as an answer to ``comment`` on Facebook, the disclosure due as the voice and
    disclosure guidance say for a post the brand did (``own_post``) or did not write."""
    ctx = make_context(
        platform="facebook",
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        passages=passages,
        brand=Brand(name=brand),
    )
    ctx = replace(
        ctx, reply_plan="answer", disclosure_required=disclosure_due(ctx.disclosure_required, ctx.voice, own_post)
    )
    return failures(run_checks(text, ctx))
