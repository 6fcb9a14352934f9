"""The per-article pipeline: zones, sentences, attributions, time expressions, in order.

:func:`article_rows` is a pure function of one article that returns plain row dicts per
table; :func:`rows_to_corpus` turns the rows of a whole batch into DataFrames at once
(building eleven small DataFrames per article would cost more than the parsing itself).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

from toolkit import schema
from toolkit.attribution import assign_voices, extract_attributions
from toolkit.corpus import Corpus
from toolkit.packs import Pack, load_pack
from toolkit.sentences import split_sentences
from toolkit.timex import extract_timexes
from toolkit.zones import zone_article

Rows = dict[str, list[dict[str, Any]]]


def parse_article(text: str, *, published: str | dt.date | None = None,
                  outlet: str | None = None, url: str | None = None,
                  article_id: str | None = None,
                  pack: str | Pack | None = None) -> Corpus:
    """Parse one article's text into a :class:`Corpus` of one article.

    Args:
        text: the article text, exactly as stored (never modified).
        published: publication date (ISO string, date or datetime); with None the
            dateline's date is used when there is one.
        outlet: the outlet's name, e.g. "TRT World".
        url: where the article was published.
        article_id: an id; by default a hash of the text.
        pack: a domain pack name, path or :class:`Pack` (default: the bundled one).

    Examples:
        >>> c = parse_article("Baku says calm\\n\\nThe ministry said it was calm.",
        ...                   published="2021-06-02")
        >>> c.paragraphs["zone"].tolist()
        ['headline', 'body']
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    rows = article_rows(text, article_id=article_id or text_id(text), published=published,
                        outlet=outlet, url=url, pack=load_pack(pack))
    return rows_to_corpus([rows])


def text_id(text: str) -> str:
    """A stable id for a text without one: the first 16 hex digits of its SHA-1.

    Examples:
        >>> text_id("hello")
        'aaf4c61ddcc5e8a2'
    """
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def article_rows(text: str, *, article_id: str, pack: Pack,
                 published: str | dt.date | None = None, outlet: str | None = None,
                 url: str | None = None, language: str | None = "en",
                 headline: str | None = None, source_path: str | None = None,
                 source_row: int | None = None, encoding: str | None = None) -> Rows:
    """Run every per-article stage on ``text``; return row dicts per table."""
    zoning = zone_article(text, pack)
    day = to_date(published)
    if day is None:
        day = zoning.dateline_date
    article = {
        "article_id": article_id, "source_path": source_path, "source_row": source_row,
        "encoding": encoding, "outlet": outlet, "url": url, "published": day,
        "language": language, "headline": headline or zoning.headline,
        "standfirst": zoning.standfirst, "byline": zoning.byline,
        "dateline": zoning.dateline, "text": text,
    }
    paragraphs = zoning.paragraphs
    rows: Rows = {name: [] for name in schema.TABLES}
    rows["articles"].append(article)
    rows["paragraphs"] = paragraphs
    rows["credits"] = zoning.credits
    if language in (None, "en"):
        sentences = split_sentences(text, paragraphs)
        attributions = extract_attributions(text, paragraphs, sentences, pack, day)
        voices = assign_voices(text, sentences, attributions)
        for sentence, voice in zip(sentences, voices, strict=True):
            sentence["voice"] = voice
        rows["sentences"] = sentences
        rows["attributions"] = _with_zone(attributions, paragraphs, "content_start")
        rows["timexes"] = _with_zone(extract_timexes(text, paragraphs, sentences, day),
                                     paragraphs, "start")
    for table, table_rows in rows.items():
        if table not in ("articles", "incidents", "errors"):
            for row in table_rows:
                row["article_id"] = article_id
    return rows


def rows_to_corpus(batch: Iterable[Rows]) -> Corpus:
    """Turn the rows of many articles into one :class:`Corpus`, a DataFrame per table."""
    merged: Rows = {name: [] for name in schema.TABLES}
    for rows in batch:
        for name, table_rows in rows.items():
            merged[name].extend(table_rows)
    return Corpus({name: schema.frame(name, merged[name]) for name in schema.TABLES})


def to_date(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """Coerce a publication date (ISO string, date, datetime, or None) to a date.

    Examples:
        >>> to_date("2021-06-02T10:00:00Z")
        datetime.date(2021, 6, 2)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"published must be an ISO date like 2021-06-02, not {value!r}") from None


def _with_zone(rows: list[dict[str, Any]], paragraphs: list[dict[str, Any]],
               key: str) -> list[dict[str, Any]]:
    """Label each row with the zone of the paragraph it starts in (stages skip the
    zones in ``schema.SKIPPED_ZONES`` themselves, so ids stay contiguous)."""
    starts = [p["start"] for p in paragraphs]
    for row in rows:
        if not row.get("zone"):
            i = bisect.bisect_right(starts, row[key]) - 1
            row["zone"] = paragraphs[i]["zone"] if i >= 0 else "body"
    return rows
