"""Table names, columns and dtypes: the one place that defines every table's shape.

Stages produce plain row dicts (cheap to build per article); :func:`frame` turns a batch of
rows into a DataFrame with exactly the columns and dtypes below, so every table has the same
shape whether it holds one article, a million, or none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import pyarrow as pa

INT = "Int64"
STR = "string"
DATE = "datetime64[ns]"
FLOAT = "Float64"
OBJ = "object"  # lists (content_spans, event_ids)

TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": STR, "source_path": STR, "source_row": INT, "encoding": STR,
        "outlet": STR, "url": STR, "published": DATE, "language": STR, "headline": STR,
        "standfirst": STR, "byline": STR, "dateline": STR, "text": STR,
    },
    "paragraphs": {
        "article_id": STR, "para_id": INT, "start": INT, "end": INT, "zone": STR, "rule": STR,
    },
    "sentences": {
        "article_id": STR, "sent_id": INT, "para_id": INT, "start": INT, "end": INT,
        "voice": STR,
    },
    "credits": {
        "article_id": STR, "start": INT, "end": INT, "agency": STR, "kind": STR,
        "caption_start": INT, "caption_end": INT, "photo_date": DATE, "rule": STR,
    },
    "attributions": {
        "article_id": STR, "attribution_id": INT, "kind": STR, "content_start": INT,
        "content_end": INT, "content": STR, "content_spans": OBJ, "source_start": INT,
        "source_end": INT, "source": STR, "cue_start": INT, "cue_end": INT, "cue": STR,
        "speaker": STR, "actor": STR, "side": STR, "via": STR, "channel": STR,
        "stance": STR, "zone": STR, "rule": STR,
    },
    "timexes": {
        "article_id": STR, "timex_id": INT, "start": INT, "end": INT, "text": STR,
        "type": STR, "value": STR, "anchor": DATE, "date_start": DATE, "date_end": DATE,
        "zone": STR, "rule": STR, "timezone": STR,
    },
    "events": {
        "article_id": STR, "event_id": INT, "sent_id": INT, "start": INT, "end": INT,
        "event_type": STR, "actor": STR, "side": STR, "target_side": STR, "location": STR,
        "admin1": STR, "lat": FLOAT, "lon": FLOAT, "count": INT, "count_unit": STR,
        "distance_m": FLOAT, "date_value": STR, "date_start": DATE, "date_end": DATE,
        "claimed_by": STR, "denied_by": STR, "attribution_id": INT, "rule": STR,
    },
    "incidents": {
        "incident_id": INT, "event_type": STR, "date_start": DATE, "date_end": DATE,
        "location": STR, "admin1": STR, "lat": FLOAT, "lon": FLOAT, "count": INT,
        "claimed_by": STR, "denied_by": STR, "n_articles": INT, "outlets": STR,
        "event_ids": OBJ,
    },
    "mentions": {
        "article_id": STR, "start": INT, "end": INT, "term": STR, "frame": STR,
        "alignment": STR, "voice": STR, "rule": STR,
    },
    "errors": {
        "source_path": STR, "source_row": INT, "article_id": STR, "stage": STR,
        "error": STR, "message": STR,
    },
}

#: Arrow types of the list columns (the others follow from their pandas dtype).
LIST_TYPES: dict[str, pa.DataType] = {
    "content_spans": pa.list_(pa.list_(pa.int64())),
    "event_ids": pa.list_(pa.string()),
}
_ARROW = {STR: pa.string(), INT: pa.int64(), DATE: pa.timestamp("ns"), FLOAT: pa.float64()}

#: Zones a paragraph can be classified into (DESIGN.md).
ZONES = (
    "headline", "standfirst", "byline", "dateline", "body", "subheading", "caption",
    "credit", "related", "boilerplate",
)
#: Zones that extractors skip.
SKIPPED_ZONES = frozenset({"related", "boilerplate"})


def empty(table: str) -> pd.DataFrame:
    """Return an empty DataFrame with the columns and dtypes of ``table``.

    Examples:
        >>> list(empty("errors").columns)
        ['source_path', 'source_row', 'article_id', 'stage', 'error', 'message']
    """
    return frame(table, [])


def frame(table: str, rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a DataFrame of ``table`` from row dicts; missing keys become ``<NA>``.

    Empty strings in text columns become ``<NA>`` (DESIGN.md: never the empty string).

    Examples:
        >>> df = frame("paragraphs", [{"article_id": "a", "para_id": 0, "start": 0,
        ...                            "end": 5, "zone": "body", "rule": "default"}])
        >>> df.dtypes["start"], df.loc[0, "zone"]
        (Int64Dtype(), 'body')
    """
    columns = TABLES[table]
    rows = list(rows)
    data = {name: [row.get(name) for row in rows] for name in columns}
    return pd.DataFrame({name: _column(data[name], dtype) for name, dtype in columns.items()})


def conform(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Return ``df`` with the columns and dtypes of ``table`` (extra columns kept, last)."""
    columns = TABLES[table]
    if list(df.columns[: len(columns)]) == list(columns) and all(
            str(df[name].dtype) == dtype for name, dtype in columns.items()):
        return df
    out = {
        name: _column(list(df[name]) if name in df else [None] * len(df), dtype)
        for name, dtype in columns.items()
    }
    result = pd.DataFrame(out, index=df.index)
    for extra in df.columns:
        if extra not in columns:
            result[extra] = df[extra]
    return result.reset_index(drop=True)


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``, so every Parquet part file of a table has the same one
    (an all-empty list column would otherwise be typed ``null`` in one part and not another).

    Examples:
        >>> arrow_schema("paragraphs").field("start").type
        DataType(int64)
    """
    return pa.schema([(name, LIST_TYPES[name] if dtype == OBJ else _ARROW[dtype])
                      for name, dtype in TABLES[table].items()])


def to_arrow(table: str, df: pd.DataFrame) -> pa.Table:
    """Convert a conforming DataFrame of ``table`` to Arrow with :func:`arrow_schema`."""
    return pa.Table.from_pandas(conform(table, df)[list(TABLES[table])],
                                schema=arrow_schema(table), preserve_index=False)


def _column(values: list[Any], dtype: str) -> pd.Series:
    if dtype == STR:
        if all(v is None or (type(v) is str and v) for v in values):  # the usual case: fast
            return pd.Series(values, dtype=STR)
        values = [None if v is None or _isna(v) or v == "" else str(v) for v in values]
        return pd.Series(values, dtype=STR)
    if dtype == INT and all(v is None or type(v) is int for v in values):
        return pd.Series(values, dtype=INT)
    if dtype == INT:
        return pd.Series([None if v is None or _isna(v) else int(v) for v in values],
                         dtype=INT)
    if dtype == FLOAT:
        return pd.Series([None if v is None or _isna(v) else float(v) for v in values],
                         dtype=FLOAT)
    if dtype == DATE:
        # datetime64[ns] spans 1677-2262; a date outside it (a typo'd year) is stored as NaT
        # rather than failing the whole batch. TIMEX3 values keep the date as written.
        return pd.Series([_timestamp(v) for v in values], dtype=DATE)
    return pd.Series([[list(p) for p in v] if isinstance(v, (list, tuple)) else v
                      for v in values], dtype=OBJ)


def _timestamp(value: Any) -> pd.Timestamp | None:
    if value is None or _isna(value):
        return None
    try:
        stamp = pd.Timestamp(value)
        return stamp if _MIN <= stamp <= _MAX else None
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None


_MIN, _MAX = pd.Timestamp.min.ceil("D"), pd.Timestamp.max.floor("D")


def _isna(value: Any) -> bool:
    if isinstance(value, (list, tuple)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
