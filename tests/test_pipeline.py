"""parse_article end to end: arguments, determinism, and span invariants on any text."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit
from toolkit.corpus import Corpus
from toolkit.paths import data_dir
from toolkit.pipeline import to_date

SEED = (data_dir() / "articles" / "000_cc3c80c0ca6af665.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("value, expected", [
    ("2021-06-02", dt.date(2021, 6, 2)),
    ("2021-06-02T23:59:00+04:00", dt.date(2021, 6, 2)),
    (dt.date(2021, 6, 2), dt.date(2021, 6, 2)),
    (dt.datetime(2021, 6, 2, 8, 30), dt.date(2021, 6, 2)),
    (None, None),
])
def test_published_accepts_iso_strings_dates_and_datetimes(value, expected) -> None:
    assert to_date(value) == expected


def test_bad_published_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="ISO date"):
        toolkit.parse_article("Text.", published="June 2nd")


def test_text_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="str"):
        toolkit.parse_article(b"bytes")  # type: ignore[arg-type]


def test_seed_article_row() -> None:
    c = toolkit.parse_article(SEED, published="2021-06-02", outlet="TRT World",
                              url="https://www.trtworld.com/x")
    row = c.articles.iloc[0]
    assert row["text"] == SEED
    assert row["published"] == pd.Timestamp("2021-06-02")
    assert row["outlet"] == "TRT World"
    assert row["headline"] == "Azerbaijan says foiled Armenian incursion into border area"
    assert len(row["article_id"]) == 16


def test_id_is_a_hash_of_the_text_unless_given() -> None:
    a = toolkit.parse_article(SEED).articles.loc[0, "article_id"]
    b = toolkit.parse_article(SEED + " ").articles.loc[0, "article_id"]
    assert a != b
    assert toolkit.parse_article(SEED, article_id="x").articles.loc[0, "article_id"] == "x"


SPAN_COLUMNS = {
    "paragraphs": [("start", "end", None)],
    "sentences": [("start", "end", None)],
    "credits": [("start", "end", None)],
    "attributions": [("content_start", "content_end", "content"),
                     ("source_start", "source_end", "source"), ("cue_start", "cue_end", "cue")],
    "timexes": [("start", "end", "text")],
}


def assert_spans_reproduce(corpus: Corpus) -> None:
    """Every span lies in the text, and every surface column equals its slice of the text."""
    text = corpus.articles.loc[0, "text"]
    text = "" if pd.isna(text) else text
    for table, spans in SPAN_COLUMNS.items():
        df = corpus.tables[table]
        for start_col, end_col, surface in spans:
            for row in df.itertuples():
                start, end = getattr(row, start_col), getattr(row, end_col)
                if pd.isna(start):
                    continue
                assert 0 <= start <= end <= len(text), (table, row)
                if surface:
                    assert getattr(row, surface) == text[start:end], (table, row)


def test_seed_spans_reproduce_their_strings() -> None:
    assert_spans_reproduce(toolkit.parse_article(SEED, published="2021-06-02"))


def test_output_is_deterministic() -> None:
    one = toolkit.parse_article(SEED, published="2021-06-02")
    two = toolkit.parse_article(SEED, published="2021-06-02")
    for name in one.tables:
        pd.testing.assert_frame_equal(one.tables[name], two.tables[name])


PIECES = st.sampled_from([
    '"', "“", "”", "‘", "’", "«", "»", "'", "\u00a0", "\n", "\n\n", "\r\n", " said ",
    " according to ", "Azerbaijan's defence ministry", " on Tuesday evening", "last month",
    ". ", "...", "Reuters", "READ MORE: ", "By ", "YEREVAN, June 2. /TASS/. ", "x" * 3000,
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=30).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates(dt.date(1, 1, 1),
                                                          dt.date(9999, 12, 31))))
def test_any_text_parses_and_every_span_reproduces(text: str, published) -> None:
    corpus = toolkit.parse_article(text, published=published)
    stored = corpus.articles.loc[0, "text"]
    assert stored == text if text else pd.isna(stored)  # an empty text is <NA>, as all text
    assert_spans_reproduce(corpus)
