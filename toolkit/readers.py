"""Files and formats into records (text plus metadata); unreadable inputs into error rows.

STUB: plain-text files only.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Record:
    """One article as read: its text and what the input says about it."""

    article_id: str
    text: str
    source_path: str
    source_row: int | None = None
    encoding: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    headline: str | None = None


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read: becomes a row of the ``errors`` table."""

    source_path: str
    stage: str
    error: str
    message: str
    source_row: int | None = None
    article_id: str | None = None


def iter_records(paths: str | Path | Sequence[str | Path],
                 metadata: str | Path | None = None) -> Iterator[Record | ReadError]:
    """Yield a :class:`Record` for each article in ``paths`` and a :class:`ReadError` for
    each input that cannot be read, in a deterministic order."""
    items = [paths] if isinstance(paths, (str, Path)) else list(paths)
    for item in items:
        path = Path(item)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for file in files:
            text = file.read_text(encoding="utf-8")
            yield Record(article_id=file.stem, text=text, source_path=str(file),
                         encoding="utf-8")
