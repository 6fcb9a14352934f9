"""Tables have the DESIGN.md columns and dtypes whatever rows they are built from."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from toolkit import schema


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_empty_table_has_every_column_and_dtype(table: str) -> None:
    df = schema.empty(table)
    assert len(df) == 0
    assert {c: str(t) for c, t in df.dtypes.items()} == schema.TABLES[table]


def test_missing_values_are_na_never_empty_strings() -> None:
    df = schema.frame("errors", [{"source_path": "a.txt", "message": "", "stage": None}])
    assert df.loc[0, "source_path"] == "a.txt"
    assert df["message"].isna().all() and df["stage"].isna().all()
    assert df["source_row"].isna().all()


def test_dates_become_midnight_datetimes() -> None:
    df = schema.frame("credits", [{"photo_date": dt.date(2020, 12, 21)}, {}])
    assert df.loc[0, "photo_date"] == pd.Timestamp("2020-12-21")
    assert pd.isna(df.loc[1, "photo_date"])


def test_dates_outside_the_nanosecond_range_become_nat() -> None:
    df = schema.frame("articles", [{"published": dt.date(2263, 1, 1)},
                                   {"published": dt.date(1, 1, 1)}])
    assert df["published"].isna().all()


def test_list_columns_hold_lists_of_pairs() -> None:
    df = schema.frame("attributions", [{"content_spans": [(0, 3), (7, 9)]}])
    assert df.loc[0, "content_spans"] == [[0, 3], [7, 9]]


def test_conform_keeps_extra_columns_after_the_contract() -> None:
    df = pd.DataFrame({"zone": ["body"], "note": ["x"]})
    out = schema.conform("paragraphs", df)
    assert list(out.columns) == [*schema.TABLES["paragraphs"], "note"]
    assert out.loc[0, "zone"] == "body" and pd.isna(out.loc[0, "start"])
