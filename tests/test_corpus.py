"""Corpus: every table present, Parquet round trip without loss, concat, readable repr."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit import schema
from toolkit.corpus import Corpus
from toolkit.paths import data_dir

SEED = data_dir() / "articles" / "000_cc3c80c0ca6af665.txt"


@pytest.fixture(scope="module")
def seed() -> Corpus:
    return toolkit.parse_article(SEED.read_text(encoding="utf-8"), published="2021-06-02",
                                 outlet="TRT World", article_id="seed")


def test_every_table_is_present(seed: Corpus) -> None:
    assert set(seed.tables) == set(schema.TABLES)
    for name in schema.TABLES:
        assert list(getattr(seed, name).columns[: len(schema.TABLES[name])]) == list(
            schema.TABLES[name])


def test_parquet_round_trip_is_lossless(seed: Corpus, tmp_path: Path) -> None:
    seed.to_parquet(tmp_path)
    back = Corpus.from_parquet(tmp_path)
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(back.tables[name], seed.tables[name], obj=name)


def test_round_trip_keeps_lists_of_pairs(tmp_path: Path) -> None:
    table = schema.frame("attributions", [{"article_id": "a", "attribution_id": 0,
                                           "content_spans": [[0, 3], [7, 9]]}])
    Corpus({"attributions": table}).to_parquet(tmp_path)
    assert Corpus.from_parquet(tmp_path).attributions.loc[0, "content_spans"] == [
        [0, 3], [7, 9]]


def test_reads_a_table_written_as_part_files(seed: Corpus, tmp_path: Path) -> None:
    folder = tmp_path / "paragraphs.parquet"
    folder.mkdir()
    half = len(seed.paragraphs) // 2
    seed.paragraphs.iloc[:half].to_parquet(folder / "part-00000.parquet", index=False)
    seed.paragraphs.iloc[half:].to_parquet(folder / "part-00001.parquet", index=False)
    back = Corpus.from_parquet(tmp_path)
    pd.testing.assert_frame_equal(back.paragraphs, seed.paragraphs)


def test_concat_stacks_articles(seed: Corpus) -> None:
    both = Corpus.concat([seed, seed])
    assert len(both.articles) == 2
    assert len(both.paragraphs) == 2 * len(seed.paragraphs)


def test_repr_names_row_counts(seed: Corpus) -> None:
    assert repr(seed).startswith("Corpus(articles=1, paragraphs=")
    assert "<td>paragraphs</td>" in seed._repr_html_()


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no parsed corpus"):
        Corpus.from_parquet(tmp_path / "nope")


def test_unknown_table_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown tables"):
        Corpus({"quotes": pd.DataFrame()})
