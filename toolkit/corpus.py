"""Corpus: the tables of a parsed collection of articles, with a Parquet round trip."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from toolkit import schema


class Corpus:
    """The tables of DESIGN.md for a set of articles, one pandas DataFrame each.

    Every table is present (possibly empty) and has the columns and dtypes of
    :mod:`toolkit.schema`. Tables join on ``article_id`` and the per-article ids.

    Examples:
        >>> c = Corpus()
        >>> len(c.articles), list(c.tables)[:3]
        (0, ['articles', 'paragraphs', 'sentences'])
    """

    def __init__(self, tables: Mapping[str, pd.DataFrame] | None = None) -> None:
        tables = dict(tables or {})
        unknown = set(tables) - set(schema.TABLES)
        if unknown:
            raise ValueError(f"unknown tables: {sorted(unknown)}")
        self.tables: dict[str, pd.DataFrame] = {
            name: schema.conform(name, tables[name]) if name in tables else schema.empty(name)
            for name in schema.TABLES
        }

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    @classmethod
    def concat(cls, corpora: Iterable[Corpus]) -> Corpus:
        """Join several corpora into one (tables stacked in the given order)."""
        corpora = list(corpora)
        if not corpora:
            return cls()
        return cls({name: _stack([c.tables[name] for c in corpora], name)
                    for name in schema.TABLES})

    def to_parquet(self, folder: str | Path) -> Path:
        """Write every table to ``folder/<table>.parquet``; return the folder."""
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        for name, df in self.tables.items():
            pq.write_table(schema.to_arrow(name, df), out / f"{name}.parquet")
        return out

    @classmethod
    def from_parquet(cls, folder: str | Path) -> Corpus:
        """Read the tables that :meth:`to_parquet` (or the CLI) wrote to ``folder``.

        A table may be one file or a folder of part files; a missing table is empty.
        """
        root = Path(folder)
        if not root.is_dir():
            raise FileNotFoundError(f"no parsed corpus at {root}")
        tables = {}
        for name in schema.TABLES:
            path = root / f"{name}.parquet"
            if path.exists():
                tables[name] = _read_table(path)
        return cls(tables)

    def summary(self) -> pd.DataFrame:
        """Row counts per table."""
        return pd.DataFrame({"table": list(self.tables),
                             "rows": [len(df) for df in self.tables.values()]})

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(df)}" for name, df in self.tables.items())
        return f"Corpus({counts})"

    def _repr_html_(self) -> str:
        cells = "".join(f"<tr><td>{html.escape(n)}</td><td>{len(df):,}</td></tr>"
                        for n, df in self.tables.items())
        return ("<table><caption>Corpus</caption><tr><th>table</th><th>rows</th></tr>"
                f"{cells}</table>")


def _stack(frames: list[pd.DataFrame], name: str) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return schema.empty(name)
    return schema.conform(name, pd.concat(frames, ignore_index=True))


def _read_table(path: Path) -> pd.DataFrame:
    df = pd.read_parquet(path)
    for column in df.columns:
        if df[column].dtype == object:
            # Parquet gives list columns back as numpy arrays; restore plain Python lists.
            df[column] = [_plain(v) for v in df[column]]
    return df


def _plain(value: object) -> object:
    """Numpy arrays (and arrays of arrays) as nested Python lists; anything else unchanged."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
