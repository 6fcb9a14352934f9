"""load_corpus and parse_to_parquet: same tables from every engine, errors kept, reruns equal."""

from __future__ import annotations

import multiprocessing
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit import engines, pipeline
from toolkit.corpus import Corpus
from toolkit.engines import load_corpus, parse_to_parquet
from toolkit.paths import data_dir

SEED = data_dir() / "articles" / "000_cc3c80c0ca6af665.txt"


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five copies of the seed, an unreadable file and a JSON Lines feed of two articles."""
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(5):
        shutil.copy(SEED, folder / f"trt_{i}.txt")
    (folder / "broken.json").write_text("{not json")
    (folder / "feed.jsonl").write_text(
        '{"title": "Baku accuses Yerevan", "text": "Baku said on Tuesday that troops crossed.",'
        ' "published": "2021-06-02", "outlet": "APA"}\n'
        '{"text": "Yerevan denied the report.", "outlet": "Armenpress"}\n')
    return folder


def assert_same(a: Corpus, b: Corpus) -> None:
    for name in a.tables:
        pd.testing.assert_frame_equal(a.tables[name], b.tables[name], obj=name)


def test_load_sample_corpus_with_metadata() -> None:
    c = load_corpus(data_dir() / "articles", metadata=data_dir() / "articles.csv")
    row = c.articles.iloc[0]
    assert (row["outlet"], row["published"]) == ("TRT World", pd.Timestamp("2021-06-02"))
    assert len(c.paragraphs) == 21 and c.errors.empty


def test_errors_are_rows_and_the_rest_is_parsed(corpus_dir: Path) -> None:
    c = load_corpus(corpus_dir)
    assert len(c.articles) == 7
    (error,) = c.errors.itertuples()
    assert error.source_path.endswith("broken.json") and error.stage == "read"


def test_a_stage_that_raises_becomes_a_parse_error(corpus_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.split_sentences

    def flaky(text, paragraphs):
        if "Yerevan denied" in text:
            raise RuntimeError("sentence splitter broke")
        return real(text, paragraphs)

    monkeypatch.setattr(pipeline, "split_sentences", flaky)
    c = load_corpus(corpus_dir)
    assert len(c.articles) == 6
    parse_errors = c.errors[c.errors["stage"] == "parse"]
    assert parse_errors["article_id"].tolist() == ["feed.jsonl#2"]
    assert parse_errors["message"].tolist() == ["sentence splitter broke"]


@pytest.mark.parametrize("threads, method", [(1, "fork"), (2, "spawn")])
def test_two_processes_give_the_same_tables(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                            threads: int, method: str) -> None:
    monkeypatch.setattr(engines, "BATCH_SIZE", 2)  # several batches, out of order completion
    # workers are forked only from a process with one thread (a notebook kernel has several)
    monkeypatch.setattr(engines.threading, "active_count", lambda: threads)
    used: list[str] = []
    monkeypatch.setattr(engines, "get_context",
                        lambda name: used.append(name) or multiprocessing.get_context(name))
    assert_same(load_corpus(corpus_dir, jobs=2), load_corpus(corpus_dir, jobs=1))
    assert used == [method if sys.platform == "linux" else "spawn"]


def test_parquet_output_round_trips(corpus_dir: Path, tmp_path: Path) -> None:
    manifest = parse_to_parquet(corpus_dir, tmp_path / "out")
    assert_same(Corpus.from_parquet(tmp_path / "out"), load_corpus(corpus_dir))
    assert manifest["rows"]["articles"] == 7 and manifest["rows"]["errors"] == 1
    assert manifest["pack"]["name"] == "armenia_azerbaijan"
    assert (tmp_path / "out" / "errors.parquet").is_dir()


def test_reruns_are_byte_identical(corpus_dir: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "BATCH_SIZE", 3)
    parse_to_parquet(corpus_dir, tmp_path / "a", jobs=1)
    parse_to_parquet(corpus_dir, tmp_path / "b", jobs=1)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*")
                   if p.is_file())
    assert len(files) > 10
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


def test_no_text_keeps_everything_but_the_text(corpus_dir: Path, tmp_path: Path) -> None:
    parse_to_parquet(corpus_dir, tmp_path / "out", text=False)
    shared = Corpus.from_parquet(tmp_path / "out")
    full = load_corpus(corpus_dir)
    assert shared.articles["text"].isna().all()
    assert_same(Corpus({**shared.tables, "articles": shared.articles.drop(columns="text")}),
                Corpus({**full.tables, "articles": full.articles.drop(columns="text")}))


def test_empty_input_still_writes_every_table(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    parse_to_parquet(tmp_path / "in", tmp_path / "out")
    back = Corpus.from_parquet(tmp_path / "out")
    assert all(len(df) == 0 for df in back.tables.values())


@pytest.mark.parametrize("kwargs, message", [
    ({"jobs": 0}, "jobs"), ({"engine": "spark"}, "engine"),
])
def test_bad_arguments_are_clear_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_corpus(data_dir() / "articles", **kwargs)


def test_dask_cluster_by_address_gives_identical_tables(corpus_dir: Path,
                                                         tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        on_dask = load_corpus(corpus_dir, engine="dask", scheduler=address)
        parse_to_parquet(corpus_dir, tmp_path / "dask", engine="dask", scheduler=address)
    local = load_corpus(corpus_dir)
    assert_same(on_dask, local)
    assert_same(Corpus.from_parquet(tmp_path / "dask"), local)


def test_public_api_exports_load_corpus() -> None:
    assert toolkit.load_corpus is load_corpus
