"""Files and formats into records (text plus metadata); unreadable inputs into error rows.

Formats, chosen by file extension:

- plain text (``.txt``, ``.text``, and any other extension that decodes as text): the text as
  scraped, one paragraph a line;
- HTML (``.html``, ``.htm``): the main text and metadata extracted by trafilatura, offline;
- JSON (``.json``): one article object or a list of them; JSON Lines (``.jsonl``,
  ``.ndjson``): one object a line;
- CSV (``.csv``, ``.tsv``): one article a row, e.g. a Media Cloud story list
  (``title, url, publish_date, media_name``) with a text column.

Where a format gives the title and the body apart, the text is the title, a blank line, then
the body, so the headline is a span like any other.

``article_id`` is the path relative to the folder given (for a file given directly, its
name), with ``#N`` added for the N-th record (from 1) of a JSON list, JSON Lines or CSV file;
an ``id``/``article_id`` field of the input or the metadata CSV overrides it. The same corpus
therefore gives the same ids on every machine.

Metadata CSV values win over what an input says about itself: the researcher's curated
metadata is the more deliberate source. Every failure becomes a :class:`ReadError` and reading
goes on; nothing here raises for bad input.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import email.utils
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from toolkit.language import detect_language

#: Inputs larger than this are not read (a ReadError says so): a news article is far smaller,
#: and a 50 MB "article" is a dump or a broken scrape that would stall a batch.
MAX_ARTICLE_BYTES = 10_000_000

TEXT_FIELDS = ("text", "body", "content", "story", "full_text", "article")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "publish_date", "published_at", "pubdate")
OUTLET_FIELDS = ("outlet", "source", "media_name", "sitename", "publisher")
URL_FIELDS = ("url", "link")
LANGUAGE_FIELDS = ("language", "lang")
ID_FIELDS = ("article_id", "id")
METADATA_FIELDS = ("outlet", "url", "published", "language", "headline")

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]


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

    def row(self) -> dict[str, Any]:
        """This error as a row of the ``errors`` table."""
        return {"source_path": self.source_path, "source_row": self.source_row,
                "article_id": self.article_id, "stage": self.stage, "error": self.error,
                "message": self.message}


class InputError(Exception):
    """An input that cannot be turned into articles; its message says why and what to do."""


def iter_records(paths: str | Path | Sequence[str | Path],
                 metadata: str | Path | None = None) -> Iterator[Record | ReadError]:
    """Yield a :class:`Record` for each article in ``paths`` and a :class:`ReadError` for
    each input that cannot be read, in a deterministic order.

    Args:
        paths: a folder (read recursively, sorted), a file, or a list of them.
        metadata: a CSV with a ``file`` column (relative to the corpus folder) or an
            ``article_id`` column, plus any of outlet, url, published, language, headline.

    Examples:
        >>> from toolkit.paths import data_dir
        >>> [r.article_id for r in iter_records(data_dir() / "articles")]
        ['000_cc3c80c0ca6af665.txt']
    """
    table, error = metadata_table(metadata)
    if error is not None:
        yield error
    yield from read_inputs(list_inputs(paths), table)


Input = tuple[Path | ReadError, Path]


def metadata_table(metadata: str | Path | None
                   ) -> tuple[dict[str, dict[str, str]], ReadError | None]:
    """The metadata rows by key, or an empty table and the error that reading it gave."""
    if metadata is None:
        return {}, None
    try:
        return read_metadata(metadata), None
    except (OSError, InputError, csv.Error, UnicodeDecodeError) as exc:
        return {}, ReadError(str(metadata), "metadata", type(exc).__name__, str(exc))


def read_inputs(inputs: Iterable[Input], table: Mapping[str, Mapping[str, str]]
                ) -> Iterator[Record | ReadError]:
    """Read listed inputs (from :func:`list_inputs`) into records, metadata applied. Engines
    send batches of inputs to their workers, so reading runs in parallel too."""
    for path, root in inputs:
        if isinstance(path, ReadError):
            yield path
            continue
        for item in read_file(path, root):
            yield _with_metadata(item, table, path, root) if isinstance(item, Record) else item


def list_inputs(paths: str | Path | Sequence[str | Path]) -> Iterator[Input]:
    """Each input file with the folder its id is relative to (missing paths as errors)."""
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    for item in items:
        path = Path(item)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):  # does not follow links: no loops
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(folder) / name, path
        elif path.exists() or path.is_symlink():
            yield path, path.parent
        else:
            yield ReadError(str(path), "read", "FileNotFoundError",
                            f"no such file or folder: {path}"), path


def read_file(path: Path, root: Path) -> list[Record | ReadError]:
    """Read one file into records (several for JSON lists, JSON Lines and CSV)."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    try:
        raw = _read_bytes(path)
        text, encoding = decode(raw)
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm", ".xhtml"):
            fields = [(None, _html_fields(text))]
        elif suffix == ".json":
            fields = _json_fields(text)
        elif suffix in (".jsonl", ".ndjson"):
            fields = _jsonl_fields(text)
        elif suffix in (".csv", ".tsv"):
            fields = _csv_fields(text, "\t" if suffix == ".tsv" else ",")
        else:
            fields = [(None, {"text": text})]
    except (OSError, InputError, ValueError) as exc:
        return [ReadError(str(path), "read", type(exc).__name__, _message(exc, path))]
    out: list[Record | ReadError] = []
    for row, item in fields:
        article_id = f"{rel}#{row}" if row is not None else rel
        if isinstance(item, Exception):
            out.append(ReadError(str(path), "read", type(item).__name__, str(item), row,
                                 article_id))
        else:
            out.append(_record(item, article_id, str(path), row, encoding))
    return out


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; return the text and the encoding used.

    A byte-order mark decides first and is not part of the text; then strict UTF-8 (most
    files); then charset detection. Binary data and bytes that fit no encoding raise
    :class:`InputError`.

    Examples:
        >>> decode("Минобороны Армении опровергло сообщения о границе.".encode("cp1251"))
        ('Минобороны Армении опровергло сообщения о границе.', 'cp1251')
        >>> decode(codecs.BOM_UTF8 + b"Baku")
        ('Baku', 'utf-8-sig')
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {encoding} byte-order mark but is not "
                                 f"valid {encoding}: {exc.reason}") from None
    if not raw.strip():
        raise InputError("the file is empty")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A UTF-8 text with a few broken bytes (a truncated scrape) keeps its text: the broken
    # bytes become U+FFFD and the encoding column says so, rather than the whole article
    # turning into another encoding's mojibake.
    lenient = raw.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd") - raw.count("\ufffd".encode())
    if broken <= max(3, len(raw) // 500) and b"\x00" not in raw[:4096]:
        return lenient, "utf-8 (invalid bytes replaced)"
    if b"\x00" in raw[:4096]:
        raise InputError("binary data (NUL bytes), not text: is this an image or a PDF?")
    from charset_normalizer import from_bytes  # imported here: only odd files need it

    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.2:
        raise InputError("the bytes fit no text encoding: re-export the file as UTF-8")
    return str(best), _encoding_name(best.encoding)


def read_metadata(path: str | Path) -> dict[str, dict[str, str]]:
    """Metadata rows by key: the ``file`` column (as a relative path) or ``article_id``."""
    text, _ = decode(_read_bytes(Path(path)))
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        return {}
    key = "file" if "file" in rows[0] else "article_id" if "article_id" in rows[0] else None
    if key is None:
        raise InputError(f"metadata CSV {path} needs a 'file' or an 'article_id' column")
    return {row[key].strip(): {k: (v or "").strip() for k, v in row.items() if k}
            for row in rows if row.get(key)}


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise InputError(f"{size:,} bytes is over the limit of {MAX_ARTICLE_BYTES:,} bytes "
                         "per input (toolkit.readers.MAX_ARTICLE_BYTES): split the file")
    if not path.is_file():
        raise InputError("not a regular file")
    return path.read_bytes()


def _message(exc: Exception, path: Path) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"the file vanished or is a broken link: {path}"
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {path}"
    return str(exc)


def _encoding_name(name: str) -> str:
    aliases = {"windows-1251": "cp1251", "windows-1252": "cp1252", "utf_8": "utf-8"}
    return aliases.get(name, name.replace("_", "-"))


def _pick(item: Mapping[str, Any], names: Sequence[str], strip: bool = True) -> str | None:
    """The first non-blank field of ``names`` (case-insensitive), stripped unless told."""
    lowered = {str(k).lower(): v for k, v in item.items()}
    for name in names:
        value = lowered.get(name)
        if value is not None and not isinstance(value, (dict, list)) and str(value).strip():
            return str(value).strip() if strip else str(value)
    return None


def _record(item: Mapping[str, Any], article_id: str, source_path: str, row: int | None,
            encoding: str) -> Record:
    """A Record from a mapping of fields (title and body joined by a blank line).

    The body is kept exactly as given; a record without one gets an empty text, which
    :func:`_with_metadata` turns into a ReadError.
    """
    body = _pick(item, TEXT_FIELDS, strip=False) or ""
    title = _pick(item, TITLE_FIELDS)
    text = f"{title}\n\n{body}" if title and body and not body.startswith(title) else body
    return Record(article_id=_pick(item, ID_FIELDS) or article_id, text=text,
                  source_path=source_path, source_row=row, encoding=encoding,
                  outlet=_pick(item, OUTLET_FIELDS), url=_pick(item, URL_FIELDS),
                  published=_iso_date(_pick(item, DATE_FIELDS)),
                  language=_pick(item, LANGUAGE_FIELDS), headline=title)


def _with_metadata(record: Record, table: Mapping[str, Mapping[str, str]], path: Path,
                   root: Path) -> Record | ReadError:
    """Apply the metadata row for this record, fill the language, check there is text."""
    if not record.text.strip():
        return ReadError(record.source_path, "read", "InputError",
                         "no article text: the input is empty or has no text field (one of: "
                         + ", ".join(TEXT_FIELDS) + ")", record.source_row, record.article_id)
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    meta = table.get(record.article_id) or (table.get(rel) if record.source_row is None
                                            else None) or {}
    updates = {name: meta[name] for name in METADATA_FIELDS if meta.get(name)}
    if "published" in updates:
        updates["published"] = _iso_date(updates["published"])
    record = replace(record, **updates)
    if not record.language:
        record = replace(record, language=detect_language(record.text))
    return record


def _iso_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from the date formats feeds use, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _html_fields(html: str) -> dict[str, Any]:
    from trafilatura import bare_extraction  # heavy import, only for HTML inputs

    doc = bare_extraction(html, with_metadata=True, include_comments=False,
                          include_tables=False, include_images=False, as_dict=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        raise InputError("no main text found in the HTML page")
    if doc.title and body.startswith(doc.title):  # trafilatura repeats the <h1> in the body
        body = body[len(doc.title):].lstrip("\n") or body
    return {"title": doc.title, "text": body, "url": doc.url, "published": doc.date,
            "outlet": doc.sitename, "language": getattr(doc, "language", None)}


def _json_fields(text: str) -> list[tuple[int | None, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: "
                         f"{exc.msg}") from None
    if isinstance(data, dict):
        return [(None, data)]
    if isinstance(data, list):
        return [(i, item if isinstance(item, dict) else
                 InputError(f"record {i} is not a JSON object"))
                for i, item in enumerate(data, start=1)]
    raise InputError("JSON must hold an article object or a list of them")


def _jsonl_fields(text: str) -> list[tuple[int | None, Any]]:
    out: list[tuple[int | None, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            out.append((number, item if isinstance(item, dict)
                        else InputError(f"line {number} is not a JSON object")))
        except json.JSONDecodeError as exc:
            out.append((number, InputError(f"malformed JSON on line {number}: {exc.msg}")))
    return out


def _csv_fields(text: str, delimiter: str) -> list[tuple[int | None, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"no CSV header row: {exc}") from None
    names = [h.strip().lower() for h in header]
    if not any(n in TEXT_FIELDS for n in names):
        raise InputError("the CSV has no text column (one of: " + ", ".join(TEXT_FIELDS) + ")")
    out: list[tuple[int | None, Any]] = []
    number = 0
    while True:
        number += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.append((number, InputError(f"broken CSV row {number}: {exc}")))
            break  # the reader cannot resynchronise after a quoting error
        if len(cells) != len(names):
            out.append((number, InputError(f"CSV row {number} has {len(cells)} fields, the "
                                           f"header has {len(names)}")))
            continue
        out.append((number, dict(zip(names, cells, strict=True))))
    return out
