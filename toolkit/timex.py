"""Time expressions normalised to TimeML TIMEX3 values against an anchor date.

STUB: finds nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def extract_timexes(text: str, paragraphs: list[dict[str, Any]],
                    sentences: list[dict[str, Any]],
                    anchor: dt.date | None) -> list[dict[str, Any]]:
    """Return timex rows (without ``article_id``) found in ``text``."""
    return []
