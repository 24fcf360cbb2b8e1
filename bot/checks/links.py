"""Links (blocking): only the brand's domains; no Markdown images; no HTML tags.

A link is a URL with a scheme, a ``www.`` host, a bare host ending in a known
top-level domain (``evil.example``, ``shop.fi``) or an e-mail address. Its host
must be an allowed domain or a subdomain of one (``KUULO_ALLOWED_LINK_DOMAINS``
plus ``allowed_link_domains`` in the brand file). Markdown images are refused
whatever their host: an image URL is fetched by the reader's client and can
carry data out. Any HTML tag is refused: replies are plain text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.checks.types import BLOCKING, CheckContext, CheckResult

TLDS = (
    "com|net|org|info|biz|io|co|ai|app|dev|me|tv|ly|gg|xyz|top|site|online|shop|link|click|live|store|"
    "example|test|invalid|local|fi|se|no|dk|ee|de|uk|eu|fr|nl|ru|cn|us|ch|at|pl|es|it|be|is|lt|lv|to|cc|ws|su"
)
URL = re.compile(r"\b(?:https?|ftp|hxxps?)://[^\s<>()\[\]\"'|]+|\bwww\.[^\s<>()\[\]\"'|]+", re.IGNORECASE)
EMAIL = re.compile(r"\b[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
# A host may carry a Finnish case ending after a hyphen ("ajokaista.fi-sivulla", "evil.com-osoitteessa"): still a link.
BARE_HOST = re.compile(rf"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:{TLDS}))(?!\w)(?:/[^\s<>()\"']*)?", re.IGNORECASE)
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\s*\(")
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|<!--")


# A chat named by the site it is on ("the chat on vihtamo.fi", "chat osoitteessa tossukka.fi", "chatten på x.se"): the
# site is where the private channel is, said as the support guidance says it; the host is group 1.
CHAT_PLACE = re.compile(
    rf"\b(?:chat|chatt)\w*\s+(?:on|at|via|in|osoitteessa|sivulla|sivuillamme|verkkosivuilla|på)\s+"
    rf"(?:the\s+|our\s+)?(?:website\s+|site\s+|webbplatsen\s+|sajten\s+)?"
    rf"((?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:{TLDS}))(?!\w)",
    re.IGNORECASE,
)


def chat_places(text: str) -> set[str]:
    """The hosts ``text`` names as the site a chat is on (:data:`CHAT_PLACE`)."""
    return {host_of(m.group(1)) for m in CHAT_PLACE.finditer(text)}


def without_chat_places(text: str, places: set[str]) -> str:
    """``text`` without the chat sites of ``places`` where it names them as a chat's site: that site is the support
    guidance's private channel, not a link to send someone to."""
    return CHAT_PLACE.sub(
        lambda m: m.group(0)[: m.start(1) - m.start(0)] if host_of(m.group(1)) in places else m.group(0), text
    )


def host_of(link: str) -> str:
    rest = re.sub(r"^[a-z]+://", "", link, flags=re.IGNORECASE)
    host = re.split(r"[/?#:]", rest, maxsplit=1)[0]
    return host.rsplit("@", 1)[-1].strip(".").lower()


def allowed(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in (d.lower().strip(".") for d in domains if d))


def find_hosts(text: str) -> list[str]:
    """Every link host and e-mail domain in ``text``, in order."""
    hosts = [host_of(match.group(0)) for match in URL.finditer(text)]
    remainder = URL.sub(" ", text)
    hosts += [match.group(1).lower() for match in EMAIL.finditer(remainder)]
    remainder = EMAIL.sub(" ", remainder)
    hosts += [match.group(1).lower() for match in BARE_HOST.finditer(remainder)]
    return hosts


def foreign_hosts(texts: Iterable[str], domains: tuple[str, ...]) -> list[str]:
    """The link hosts and e-mail domains in ``texts`` that ``domains`` do not allow, sorted, each once."""
    return sorted({host for text in texts for host in find_hosts(text) if not allowed(host, domains)})


def check_links(text: str, ctx: CheckContext) -> CheckResult:
    folded = unicodedata.normalize("NFKC", text)
    if MARKDOWN_IMAGE.search(folded):
        return CheckResult("links", BLOCKING, False, "remove the Markdown image: replies may not embed images")
    tag = HTML_TAG.search(folded)
    if tag:
        return CheckResult(
            "links", BLOCKING, False, f"remove the HTML tag {tag.group(0)[:40]!r}: replies are plain text"
        )
    foreign = foreign_hosts([folded], ctx.allowed_domains)
    if foreign:
        where = ", ".join(ctx.allowed_domains) or "no domains (none are configured)"
        return CheckResult(
            "links", BLOCKING, False, f"remove the link to {', '.join(foreign)}: replies may link only to {where}"
        )
    return CheckResult("links", BLOCKING, True, "links only to allowed domains")
