"""brat standoff annotations of attributions: read, write, and score found against gold.

A researcher who hand-codes articles in brat (Source, Cue and Content text-bound annotations
linked by an ``Attribution`` event, as PolNeAR does) can score the extractor on them with
:func:`score_attributions`, or on a whole folder with :func:`evaluate_brat_folder`.

Matching follows PolNeAR's and PARC's practice: a found attribution matches a gold one when
their content spans share at least half of the longer one's characters, one to one, best
overlap first; "content+source" also needs the source spans to share a character (or both to
have no source). "Quotations" are the attributions whose content holds a quotation mark (an
apostrophe inside a word is not one): recall over such gold contents, precision over such
found contents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from toolkit.sentences import has_quotation_mark

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Attribution:
    """One attribution as character spans: content, source (may be empty) and cue."""

    content: Spans
    source: Spans = ()
    cue: Spans = ()
    kind: str | None = None


def read_brat(ann: str) -> list[Attribution]:
    """Parse brat standoff text: ``T`` lines with (possibly discontinuous) spans, and ``E``
    lines that link ``Content``, ``Source`` and ``Cue`` into one attribution.

    Examples:
        >>> ann = ("T1\\tSource 0 2\\tHe\\nT2\\tCue 3 7\\tsaid\\n"
        ...        "T3\\tContent 8 12;15 20\\tthis that\\n"
        ...        "E1\\tAttribution:T2 Content:T3 Cue:T2 Source:T1")
        >>> read_brat(ann)[0].content
        ((8, 12), (15, 20))
    """
    spans: dict[str, Spans] = {}
    out = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, ranges = fields[1].partition(" ")
            spans[fields[0]] = tuple(
                (int(a), int(b)) for a, b in (r.split() for r in ranges.split(";")))
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            if "Content" in roles and roles["Content"] in spans:
                out.append(Attribution(
                    content=spans[roles["Content"]],
                    source=spans.get(roles.get("Source", ""), ()),
                    cue=spans.get(roles.get("Cue", ""), ())))
    return out


def from_table(attributions: pd.DataFrame) -> list[Attribution]:
    """The rows of an ``attributions`` table as :class:`Attribution` objects."""
    out = []
    for row in attributions.itertuples():
        content = tuple(tuple(p) for p in row.content_spans) if isinstance(
            row.content_spans, list) and row.content_spans else (
            (int(row.content_start), int(row.content_end)),)
        source = () if pd.isna(row.source_start) else ((int(row.source_start),
                                                         int(row.source_end)),)
        cue = () if pd.isna(row.cue_start) else ((int(row.cue_start), int(row.cue_end)),)
        out.append(Attribution(content, source, cue, row.kind))
    return out


def to_brat(attributions: pd.DataFrame, text: str) -> str:
    """Write an article's attributions as brat standoff, for correction in brat.

    Examples:
        >>> table = pd.DataFrame({"content_start": [8], "content_end": [12],
        ...     "content_spans": [[[8, 12]]], "source_start": [0], "source_end": [2],
        ...     "cue_start": [3], "cue_end": [7], "kind": ["indirect"]})
        >>> print(to_brat(table, "He said this.").replace(chr(9), " | "))
        T1 | Source 0 2 | He
        T2 | Cue 3 7 | said
        T3 | Content 8 12 | this
        T4 | Attribution 3 7 | said
        E1 | Attribution:T4 Content:T3 Cue:T2 Source:T1
    """
    lines, n = [], 0
    for e, a in enumerate(from_table(attributions), start=1):
        ids = {}
        for role, spans in (("Source", a.source), ("Cue", a.cue), ("Content", a.content)):
            if spans:
                n += 1
                ids[role] = f"T{n}"
                ranges = ";".join(f"{s} {t}" for s, t in spans)
                surface = " ".join(text[s:t] for s, t in spans).replace("\n", " ")
                lines.append(f"T{n}\t{role} {ranges}\t{surface}")
        anchor = a.cue or a.content
        n += 1
        lines.append(f"T{n}\tAttribution {anchor[0][0]} {anchor[-1][1]}\t"
                     f"{text[anchor[0][0]:anchor[-1][1]]}".replace("\n", " "))
        roles = " ".join(f"{r}:{ids[r]}" for r in ("Content", "Cue", "Source") if r in ids)
        lines.append(f"E{e}\tAttribution:T{n} {roles}")
    return "\n".join(lines)


def _chars(spans: Spans) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def match(gold: Sequence[Attribution], found: Sequence[Attribution], *,
          with_source: bool) -> list[tuple[int, int]]:
    """One-to-one matches ``(gold index, found index)``, best content overlap first."""
    gold_chars = [_chars(g.content) for g in gold]
    found_chars = [_chars(f.content) for f in found]
    pairs = []
    for i, g in enumerate(gold_chars):
        for j, f in enumerate(found_chars):
            shared = len(g & f)
            if not shared or shared * 2 < max(len(g), len(f)):
                continue
            if with_source and not _sources_agree(gold[i], found[j]):
                continue
            # most shared characters first; on a tie, the tighter pair (an exact match) wins
            pairs.append((-shared, max(len(g), len(f)), i, j))
    pairs.sort()
    used_g, used_f, out = set(), set(), []
    for _, _, i, j in pairs:
        if i not in used_g and j not in used_f:
            used_g.add(i)
            used_f.add(j)
            out.append((i, j))
    return out


def _sources_agree(gold: Attribution, found: Attribution) -> bool:
    if not gold.source and not found.source:
        return True
    return bool(_chars(gold.source) & _chars(found.source))


def score_attributions(text: str, gold: Sequence[Attribution],
                       found: Sequence[Attribution]) -> dict[str, int]:
    """Counts for one document: gold, found, matches (content, content+source), and the same
    over quotations, and per found kind.

    Examples:
        >>> text = 'He said "yes" and she said no.'
        >>> gold = [Attribution(((8, 13),), ((0, 2),)), Attribution(((27, 29),), ((18, 21),))]
        >>> found = [Attribution(((8, 13),), ((0, 2),), kind="direct")]
        >>> c = score_attributions(text, gold, found)
        >>> c["gold"], c["found"], c["content_source"], c["q_gold"], c["q_content_source"]
        (2, 1, 1, 1, 1)
    """
    counts: dict[str, int] = {"gold": len(gold), "found": len(found)}
    content = match(gold, found, with_source=False)
    both = match(gold, found, with_source=True)
    counts["content"], counts["content_source"] = len(content), len(both)
    gold_q = {i for i, g in enumerate(gold) if has_quotation_mark(_surface(text, g))}
    found_q = {j for j, f in enumerate(found) if has_quotation_mark(_surface(text, f))}
    counts["q_gold"], counts["q_found"] = len(gold_q), len(found_q)
    # recall over quoted gold; precision over quoted found: both sides of the pair count
    counts["q_content_source"] = sum(i in gold_q for i, _ in both)
    counts["q_content_source_found"] = sum(j in found_q for _, j in both)
    for f in found:
        key = f.kind or "unknown"
        counts[f"kind_found:{key}"] = counts.get(f"kind_found:{key}", 0) + 1
    for _, j in both:
        key = found[j].kind or "unknown"
        counts[f"kind_match:{key}"] = counts.get(f"kind_match:{key}", 0) + 1
    # per kind with recall: both sides classed by their content's surface
    for side, items, hits in (("gold", gold, [i for i, _ in both]),
                              ("found", found, [j for _, j in both])):
        for a in items:
            key = f"surface_{side}:{surface_kind(text, a)}"
            counts[key] = counts.get(key, 0) + 1
        for k in hits:
            key = f"surface_{side}_match:{surface_kind(text, items[k])}"
            counts[key] = counts.get(key, 0) + 1
    return counts


def surface_kind(text: str, attribution: Attribution) -> str:
    """``direct`` when the content is all quotation, ``mixed`` when it holds a quotation,
    else ``indirect``: a kind both gold and found attributions have, for per-kind recall.

    Examples:
        >>> surface_kind('"We left," he said', Attribution(((0, 10),)))
        'direct'
        >>> surface_kind('he called it a "plot"', Attribution(((10, 21),)))
        'mixed'
    """
    surface = _surface(text, attribution).strip().rstrip(".,;:!? ")
    if not has_quotation_mark(surface):
        return "indirect"
    opens = surface[:1] in "\"“«„‘'”"
    closes = surface.rstrip("\"”»’'“")[-1:] in ".,!?…" or surface[-1:] in "\"”»’'“"
    return "direct" if opens and closes else "mixed"


def _surface(text: str, a: Attribution) -> str:
    return " ".join(text[s:e] for s, e in a.content)


def report(counts: dict[str, int]) -> pd.DataFrame:
    """Precision, recall and F1 from summed counts: overall (content, content+source),
    quotations, per kind of content surface (direct, mixed, indirect: gold and found alike),
    and precision per kind the extractor gave (gold has no such kinds)."""
    rows = []

    def add(name: str, hits_p: int, found: int, hits_r: int, gold: int) -> None:
        p = hits_p / found if found else 0.0
        r = hits_r / gold if gold else float("nan")
        f1 = 2 * p * r / (p + r) if gold and p + r else float("nan")
        rows.append({"measure": name, "precision": p, "recall": r, "f1": f1,
                     "found": found, "gold": gold})

    add("content", counts["content"], counts["found"], counts["content"], counts["gold"])
    add("content+source", counts["content_source"], counts["found"],
        counts["content_source"], counts["gold"])
    add("quotations content+source", counts["q_content_source_found"], counts["q_found"],
        counts["q_content_source"], counts["q_gold"])
    for kind in ("direct", "mixed", "indirect"):
        add(f"kind {kind} (by content surface)", counts.get(f"surface_found_match:{kind}", 0),
            counts.get(f"surface_found:{kind}", 0),
            counts.get(f"surface_gold_match:{kind}", 0), counts.get(f"surface_gold:{kind}", 0))
    for key in sorted(k for k in counts if k.startswith("kind_found:")):
        kind = key.split(":", 1)[1]
        add(f"rule kind {kind} (precision only)", counts.get(f"kind_match:{kind}", 0),
            counts[key], 0, 0)
    return pd.DataFrame(rows).set_index("measure")


def evaluate_brat_folder(texts: Iterable[tuple[str, str]]) -> pd.DataFrame:
    """Score the extractor on ``(text, ann)`` pairs; return :func:`report` of the totals."""
    from toolkit.pipeline import parse_article  # the evaluation runs the whole pipeline

    totals: dict[str, int] = {}
    for text, ann in texts:
        found = from_table(parse_article(text).attributions)
        for key, n in score_attributions(text, read_brat(ann), found).items():
            totals[key] = totals.get(key, 0) + n
    return report(totals)


def polnear_pairs(folder: str | Path) -> list[tuple[str, str]]:
    """PolNeAR ``(text, ann)`` pairs of a split folder: for each text, the alphabetically
    first annotator's annotation file."""
    root = Path(folder)
    pairs = []
    for text_path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{text_path.stem}_*.ann"))
        if anns:
            pairs.append((text_path.read_text(encoding="utf-8"),
                          anns[0].read_text(encoding="utf-8")))
    return pairs


def evaluate_polnear(folder: str | Path) -> pd.DataFrame:
    """Score the extractor on a PolNeAR split folder (``text/`` and ``attributions/``)."""
    return evaluate_brat_folder(polnear_pairs(folder))
