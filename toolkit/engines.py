"""load_corpus: records through the pipeline in batches, locally or on Dask.

STUB: one process, everything in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from toolkit.corpus import Corpus
from toolkit.packs import Pack, load_pack
from toolkit.pipeline import article_rows, rows_to_corpus
from toolkit.readers import Record, iter_records


def load_corpus(paths: str | Path | Sequence[str | Path], *,
                metadata: str | Path | None = None, pack: str | Pack | None = None,
                jobs: int = 1, engine: str = "local") -> Corpus:
    """Read and parse every article under ``paths`` into one :class:`Corpus`."""
    loaded = load_pack(pack)
    batch = []
    for record in iter_records(paths, metadata):
        if isinstance(record, Record):
            batch.append(article_rows(
                record.text, article_id=record.article_id, pack=loaded,
                published=record.published, outlet=record.outlet, url=record.url,
                language=record.language or "en", headline=record.headline,
                source_path=record.source_path, source_row=record.source_row,
                encoding=record.encoding))
    return rows_to_corpus(batch)
