"""Paragraph zones (headline, standfirst, body, caption, credit, related, boilerplate …).

STUB: every non-empty line is a paragraph; the first is the headline, the rest body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

_LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True)
class Zoning:
    """What zoning one article yields.

    ``paragraphs`` and ``credits`` are row dicts of those tables (without ``article_id``);
    the string fields fill the ``articles`` columns of the same names (None when absent);
    ``dateline_date`` is the date a dateline states with its year, if any.
    """

    paragraphs: list[dict[str, Any]]
    credits: list[dict[str, Any]] = field(default_factory=list)
    headline: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    dateline: str | None = None
    dateline_date: dt.date | None = None


def zone_article(text: str) -> Zoning:
    """Split ``text`` into paragraphs (non-empty lines) and classify each into a zone."""
    paragraphs = []
    for match in _LINE.finditer(text):
        if not match.group().strip():
            continue
        zone = "headline" if not paragraphs else "body"
        paragraphs.append({"para_id": len(paragraphs), "start": match.start(),
                           "end": match.end(), "zone": zone, "rule": "stub"})
    headline = text[paragraphs[0]["start"]:paragraphs[0]["end"]] if paragraphs else None
    return Zoning(paragraphs=paragraphs, headline=headline)
