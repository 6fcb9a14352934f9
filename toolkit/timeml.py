"""TimeML: read and write TIMEX3 annotations, and score found time expressions against gold.

:func:`read_timeml` turns a TimeML document into its raw text (tags removed) with standoff
TIMEX3 spans, and the creation time (``<DCT>``) to resolve against. :func:`to_timeml` writes
a parsed article's time expressions back as TimeML, for the tools temporal researchers use.
:func:`score_timexes` scores the TempEval-3 way: a gold expression is found when a found one
overlaps it (relaxed) or has the same span (strict), and its value counts when it is equal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pandas as pd

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'"}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITIES)))


@dataclass(frozen=True)
class Timex:
    """One TIMEX3 annotation as a standoff span into a document's raw text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document: id, raw ``<TEXT>`` content, creation date, gold time expressions."""

    doc_id: str
    text: str
    dct: dt.date | None
    timexes: tuple[Timex, ...]


def read_timeml(source: str | Path) -> TimeMLDocument:
    """Read a TimeML file (or its markup as a string) into text and standoff TIMEX3 spans.

    Examples:
        >>> doc = read_timeml('<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
        ...     'value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>'
        ...     '<TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
        ...     'yesterday</TIMEX3> &amp; rose.</TEXT></TimeML>')
        >>> doc.dct, doc.text, doc.timexes[0].value
        (datetime.date(1998, 1, 8), 'Prices fell yesterday & rose.', '1998-01-07')
    """
    markup = source if isinstance(source, str) and "<" in source else Path(source).read_text(
        encoding="utf-8")
    doc_id = re.search(r"<DOCID>(.*?)</DOCID>", markup, re.S)
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", markup, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", markup, re.S)
    text, timexes = _strip_tags(body.group(1) if body else "")
    return TimeMLDocument(
        doc_id=doc_id.group(1).strip() if doc_id else "",
        text=text,
        dct=dt.date.fromisoformat(dct_match.group(1)) if dct_match else None,
        timexes=tuple(timexes))


def _strip_tags(markup: str) -> tuple[str, list[Timex]]:
    """Raw text of ``markup`` and the TIMEX3 spans in it (nested tags are flattened)."""
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes = []
    position = 0
    for match in _TAG.finditer(markup):
        piece = _unescape(markup[position:match.start()])
        out.append(piece)
        length += len(piece)
        position = match.end()
        closing, name = match.group(1), match.group(2)
        if name != "TIMEX3":
            continue
        if not closing and not match.group(4):
            open_timex = (length, dict(_ATTR.findall(match.group(3))))
        elif closing and open_timex is not None:
            start, attrs = open_timex
            surface = "".join(out)[start:length]
            timexes.append(Timex(start, length, surface, attrs.get("type", ""),
                                 attrs.get("value", "")))
            open_timex = None
    out.append(_unescape(markup[position:]))
    return "".join(out), timexes


def _unescape(text: str) -> str:
    return _ENTITY.sub(lambda m: _ENTITIES[m.group()], text)


def to_timeml(text: str, timexes: pd.DataFrame, *, doc_id: str = "",
              dct: dt.date | None = None) -> str:
    """Write ``text`` with the rows of a ``timexes`` table as TimeML TIMEX3 tags.

    Examples:
        >>> rows = pd.DataFrame({"start": [12], "end": [21], "type": ["DATE"],
        ...                      "value": ["1998-01-07"], "timex_id": [0]})
        >>> to_timeml("Prices fell yesterday.", rows, doc_id="d1").splitlines()[4][:47]
        '<TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" '
    """
    parts, position = [], 0
    for row in timexes.sort_values("start").itertuples():
        if row.start < position:
            continue  # TimeML tags cannot overlap: keep the first
        parts.append(escape(text[position:row.start]))
        parts.append(f'<TIMEX3 tid="t{int(row.timex_id) + 1}" type={quoteattr(str(row.type))} '
                     f"value={quoteattr(str(row.value))}>{escape(text[row.start:row.end])}"
                     "</TIMEX3>")
        position = row.end
    parts.append(escape(text[position:]))
    dct_tag = ("" if dct is None else
               f'<TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false"'
               f' functionInDocument="CREATION_TIME">{dct.strftime("%Y%m%d")}</TIMEX3>')
    return ('<?xml version="1.0" ?>\n<TimeML>\n'
            f"<DOCID>{escape(doc_id)}</DOCID>\n<DCT>{dct_tag}</DCT>\n"
            f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n")


def score_timexes(gold: Sequence[Timex], found: Iterable[Any]) -> dict[str, int]:
    """Count TempEval-3 matches between gold and found expressions of one document.

    ``found`` items need ``start``, ``end``, ``type`` and ``value`` attributes (Timex or
    itertuples rows). Each gold expression is matched to at most one found one (the first
    overlapping), and vice versa.

    Examples:
        >>> g = [Timex(0, 9, "yesterday", "DATE", "1998-01-07")]
        >>> f = [Timex(0, 9, "yesterday", "DATE", "1998-01-07"), Timex(20, 24, "2020", "DATE",
        ...      "2020")]
        >>> score_timexes(g, f)["value"], score_timexes(g, f)["found"]
        (1, 2)
    """
    found = list(found)
    used: set[int] = set()
    counts = {"gold": len(gold), "found": len(found), "relaxed": 0, "strict": 0,
              "value": 0, "type": 0}
    for g in gold:
        for k, f in enumerate(found):
            if k in used or f.end <= g.start or f.start >= g.end:
                continue
            used.add(k)
            counts["relaxed"] += 1
            counts["strict"] += (f.start, f.end) == (g.start, g.end)
            counts["value"] += f.value == g.value
            counts["type"] += f.type == g.type
            break
    return counts


def figures(counts: dict[str, int]) -> dict[str, float]:
    """Precision, recall and F1 from summed counts (strict, relaxed and value), and type
    accuracy over matched expressions."""
    out = {}
    for key in ("strict", "relaxed", "value"):
        p = counts[key] / counts["found"] if counts["found"] else 0.0
        r = counts[key] / counts["gold"] if counts["gold"] else 0.0
        out[f"{key}_p"], out[f"{key}_r"] = p, r
        out[f"{key}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    out["type_accuracy"] = counts["type"] / counts["relaxed"] if counts["relaxed"] else 0.0
    return out


def evaluate_timeml(folder: str | Path) -> pd.DataFrame:
    """Score the time-expression stage on every ``*.tml`` below ``folder``, per sub-folder
    (e.g. TimeBank, AQUAINT) and in total. Each document is parsed with its DCT as anchor.

    Returns a DataFrame with one row per corpus: documents, gold, found, and the P/R/F1 of
    :func:`figures`.
    """
    from toolkit.pipeline import parse_article  # the evaluation runs the whole pipeline

    totals: dict[str, dict[str, int]] = {}
    for path in sorted(Path(folder).rglob("*.tml")):
        doc = read_timeml(path)
        parsed = parse_article(doc.text, published=doc.dct, article_id=doc.doc_id)
        counts = score_timexes(doc.timexes, parsed.timexes.itertuples())
        for name in (path.parent.name, "all"):
            total = totals.setdefault(name, {"documents": 0})
            total["documents"] += 1
            for key, n in counts.items():
                total[key] = total.get(key, 0) + n
    rows = [{"corpus": name, "documents": t["documents"], "gold": t["gold"],
             "found": t["found"], **figures(t)} for name, t in totals.items()]
    return pd.DataFrame(rows).set_index("corpus") if rows else pd.DataFrame()
