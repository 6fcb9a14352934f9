"""load_corpus and parse_to_parquet: records through the pipeline in batches, locally or on Dask.

Records are read lazily and grouped into batches of :data:`BATCH_SIZE` articles; each batch
becomes one DataFrame per table at once. Locally, ``jobs`` worker processes parse batches with
at most ``2 * jobs`` batches in flight, so memory stays flat however large the corpus. With
``engine="dask"`` the same batch function runs on a Dask cluster (a local one by default, or
the scheduler at ``scheduler=`` / ``$TOOLKIT_DASK_SCHEDULER``), and for Parquet output the
workers write the part files themselves: nothing but row counts comes back to the client.

Output folders hold one folder per table, ``<table>.parquet/part-00000.parquet`` …, numbered
by batch in input order, so the files are the same whatever the number of jobs.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from toolkit import schema
from toolkit.corpus import Corpus
from toolkit.packs import Pack, load_pack
from toolkit.pipeline import Rows, article_rows, rows_to_corpus
from toolkit.readers import Input, ReadError, Record, list_inputs, metadata_table, read_inputs

BATCH_SIZE = 200
ENGINES = ("local", "dask")
#: Above this many input files, load_corpus shows a progress bar by default.
PROGRESS_FROM = 50

Item = Record | ReadError


def load_corpus(paths: str | Path | Sequence[str | Path], *,
                metadata: str | Path | None = None, pack: str | Pack | None = None,
                jobs: int = 1, engine: str = "local", scheduler: str | None = None,
                progress: bool | None = None) -> Corpus:
    """Read and parse every article under ``paths`` into one :class:`Corpus`.

    Args:
        paths: a folder (recursively), a file, or a list of them.
        metadata: a CSV with a ``file`` or ``article_id`` column (see :mod:`toolkit.readers`).
        pack: a domain pack name, folder or :class:`Pack`; the bundled one by default.
        jobs: worker processes (local engine) or workers of a new local Dask cluster.
        engine: ``"local"`` or ``"dask"``.
        scheduler: a Dask scheduler address (``tcp://host:8786``) for ``engine="dask"``.
        progress: show a progress bar; by default only for more than 50 input files.

    Inputs that cannot be read or parsed become rows of ``errors``; nothing raises for them.

    Examples:
        >>> from toolkit.paths import data_dir
        >>> len(load_corpus(data_dir() / "articles").paragraphs)
        21
    """
    loaded = _check(pack, jobs, engine)
    table, error = metadata_table(metadata)
    corpora = _run(_batches(list_inputs(paths), error), _parse_inputs, (table, loaded),
                   jobs=jobs, engine=engine, scheduler=scheduler,
                   progress=_progress(paths, progress))
    return Corpus.concat(corpora)


def parse_to_parquet(paths: str | Path | Sequence[str | Path], out: str | Path, *,
                     metadata: str | Path | None = None, pack: str | Pack | None = None,
                     jobs: int = 1, engine: str = "local", scheduler: str | None = None,
                     text: bool = True, progress: bool | None = None) -> dict[str, Any]:
    """Parse ``paths`` straight to Parquet part files in ``out``; return the manifest.

    Memory stays flat: each batch is parsed and written by a worker, and only row counts come
    back. ``text=False`` leaves ``articles.text`` empty, for sharing coded data without the
    publishers' text. ``out/manifest.json`` records the toolkit version, the pack's name and
    hash, the inputs, the parameters and the row counts (no timestamps: a rerun on the same
    input writes the same bytes).
    """
    from toolkit import __version__

    loaded = _check(pack, jobs, engine)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name in schema.TABLES:
        table_dir = folder / f"{name}.parquet"
        table_dir.mkdir(exist_ok=True)
        for old in table_dir.glob("part-*.parquet"):
            old.unlink()
    counts = {name: 0 for name in schema.TABLES}
    table, error = metadata_table(metadata)
    batches = enumerate(_batches(list_inputs(paths), error))
    for result in _run(batches, _write_batch, (table, loaded, str(folder), text), jobs=jobs,
                       engine=engine, scheduler=scheduler, progress=_progress(paths, progress)):
        for name, n in result.items():
            counts[name] += n
    if counts["articles"] == 0 and counts["errors"] == 0:
        _write_parts(folder, 0, Corpus())  # no input at all: still one (empty) part per table
    manifest = {
        "toolkit_version": __version__,
        "pack": {"name": loaded.name, "hash": loaded.hash},
        "inputs": [str(p) for p in _as_list(paths)],
        "parameters": {"metadata": None if metadata is None else str(metadata),
                       "engine": engine, "jobs": jobs, "text": text,
                       "batch_size": BATCH_SIZE},
        "rows": counts,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n",
                                          encoding="utf-8")
    return manifest


def parse_batch(items: Sequence[Item], pack: Pack) -> Corpus:
    """Parse a batch of records into one Corpus; read errors and parse failures become rows
    of ``errors`` (stage "read" or "parse") and the other articles are parsed."""
    parsed: list[Rows] = []
    errors = []
    for item in items:
        if isinstance(item, ReadError):
            errors.append(item.row())
            continue
        try:
            parsed.append(article_rows(
                item.text, article_id=item.article_id, pack=pack, published=item.published,
                outlet=item.outlet, url=item.url, language=item.language,
                headline=item.headline, source_path=item.source_path,
                source_row=item.source_row, encoding=item.encoding))
        except Exception as exc:  # one bad article must not stop a corpus
            errors.append({"source_path": item.source_path, "source_row": item.source_row,
                           "article_id": item.article_id, "stage": "parse",
                           "error": type(exc).__name__, "message": str(exc) or repr(exc)})
    parsed.append({"errors": errors})
    return rows_to_corpus(parsed)


def _parse_inputs(inputs: Sequence[Input | ReadError], table: dict[str, dict[str, str]],
                  pack: Pack) -> Corpus:
    """Read a batch of listed inputs and parse them (runs in a worker)."""
    items: list[Item] = []
    for entry in inputs:
        if isinstance(entry, ReadError):
            items.append(entry)
        else:
            items.extend(read_inputs([entry], table))
    return parse_batch(items, pack)


def _write_batch(indexed: tuple[int, Sequence[Input | ReadError]],
                 table: dict[str, dict[str, str]], pack: Pack, out: str,
                 text: bool) -> dict[str, int]:
    """Read, parse and write one batch as part files (runs in a worker); return row counts."""
    index, inputs = indexed
    corpus = _parse_inputs(inputs, table, pack)
    if not text:
        corpus.tables["articles"] = corpus.articles.assign(text=pd.NA).astype({"text": "string"})
    _write_parts(Path(out), index, corpus)
    return {name: len(df) for name, df in corpus.tables.items()}


def _write_parts(folder: Path, index: int, corpus: Corpus) -> None:
    for name, df in corpus.tables.items():
        pq.write_table(schema.to_arrow(name, df),
                       folder / f"{name}.parquet" / f"part-{index:05d}.parquet")


def _batches(inputs: Iterable[Input], error: ReadError | None
             ) -> Iterator[list[Input | ReadError]]:
    """Batches of :data:`BATCH_SIZE` input files (a metadata error rides with the first)."""
    iterator = iter(inputs)
    first = True
    while True:
        batch: list[Input | ReadError] = list(islice(iterator, BATCH_SIZE))
        if first and error is not None:
            batch.insert(0, error)
        if not batch:
            return
        first = False
        yield batch


def _run(tasks: Iterable[Any], func: Callable[..., Any], args: tuple[Any, ...], *, jobs: int,
         engine: str, scheduler: str | None, progress: bool) -> Iterator[Any]:
    """Apply ``func(task, *args)`` to each task, yielding results in task order."""
    with ExitStack() as stack:
        if engine == "dask":
            results = _run_dask(tasks, func, args, jobs, scheduler)
        elif jobs == 1:
            results = (func(task, *args) for task in tasks)
        else:
            results = _run_processes(tasks, func, args, stack.enter_context(_pool(jobs)), jobs)
        # the bar after the workers: its monitor thread must not be in a process that forks
        bar = _bar(progress)
        if bar is not None:
            stack.callback(bar.close)
        errors = 0
        for result in results:
            if bar is not None:
                errors += _count(result, "errors")
                bar.update(_count(result, "articles"))
                bar.set_postfix(errors=errors)
            yield result


def _pool(jobs: int) -> ProcessPoolExecutor:
    """``jobs`` worker processes, started now. They are forked where that is safe: on Linux,
    from a process running one thread (a script, the CLI), workers start with the toolkit
    already imported instead of importing it again (about a second each). Anywhere else (a
    notebook kernel runs threads; macOS) they are spawned."""
    method = "fork" if sys.platform == "linux" and threading.active_count() == 1 else "spawn"
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=get_context(method))
    try:
        pool.submit(os.getpid).result()  # a fork pool starts all its workers at the first task
    except BrokenProcessPool as exc:
        pool.shutdown()
        raise _broken() from exc
    return pool


def _run_processes(tasks: Iterable[Any], func: Callable[..., Any], args: tuple[Any, ...],
                   pool: ProcessPoolExecutor, jobs: int) -> Iterator[Any]:
    """Results in task order, with at most ``2 * jobs`` batches in flight."""
    pending: deque[Future[Any]] = deque()
    try:
        for task in tasks:
            pending.append(pool.submit(func, task, *args))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise _broken() from exc


def _broken() -> RuntimeError:
    return RuntimeError(
        "worker processes could not start or died (out of memory?). Spawned worker processes "
        "re-import the calling script: run it as a file with an `if __name__ == '__main__':` "
        "guard, or use jobs=1")


def _run_dask(tasks: Iterable[Any], func: Callable[..., Any], args: tuple[Any, ...],
              jobs: int, scheduler: str | None) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    address = scheduler or os.environ.get("TOOLKIT_DASK_SCHEDULER")
    cluster = None if address else LocalCluster(n_workers=jobs, threads_per_worker=1,
                                                processes=True, dashboard_address=None)
    client = Client(address or cluster)
    try:
        shared = [client.scatter(a, broadcast=True) if isinstance(a, Pack) else a
                  for a in args]
        pending: deque[Any] = deque()
        window = 2 * max(jobs, len(client.scheduler_info().get("workers", {})), 1)
        for task in tasks:
            pending.append(client.submit(func, task, *shared, pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _count(result: Any, table: str) -> int:
    return len(result.tables[table]) if isinstance(result, Corpus) else result[table]


def _bar(progress: bool) -> Any:
    if not progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(unit=" articles", desc="parsing", dynamic_ncols=True)


def _progress(paths: str | Path | Sequence[str | Path], progress: bool | None) -> bool:
    if progress is not None:
        return progress
    return sum(1 for _ in islice(list_inputs(paths), PROGRESS_FROM + 1)) > PROGRESS_FROM


def _as_list(paths: str | Path | Sequence[str | Path]) -> list[str | Path]:
    return [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)


def _check(pack: str | Pack | None, jobs: int, engine: str) -> Pack:
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a whole number >= 1, not {jobs!r}")
    return load_pack(pack)
