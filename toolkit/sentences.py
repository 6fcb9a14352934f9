"""Sentence spans within paragraphs.

STUB: one sentence per paragraph.
"""

from __future__ import annotations

from typing import Any


def split_sentences(text: str, paragraphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return sentence rows (sent_id, para_id, start, end) for the paragraphs of ``text``."""
    return [{"sent_id": i, "para_id": p["para_id"], "start": p["start"], "end": p["end"]}
            for i, p in enumerate(paragraphs)]
