"""Source attribution: quotes, speakers, cues, relays, stance, and sentence voices.

STUB: finds nothing; every sentence is the narrator's.
"""

from __future__ import annotations

from typing import Any

from toolkit.packs import Pack


def extract_attributions(text: str, paragraphs: list[dict[str, Any]],
                         sentences: list[dict[str, Any]], pack: Pack) -> list[dict[str, Any]]:
    """Return attribution rows (without ``article_id``) found in ``text``."""
    return []


def assign_voices(text: str, sentences: list[dict[str, Any]],
                  attributions: list[dict[str, Any]]) -> list[str | None]:
    """Return the voice of each sentence: ``narrator`` or the side/speaker quoted."""
    return ["narrator" for _ in sentences]
