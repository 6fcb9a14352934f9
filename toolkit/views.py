"""HTML views of spans over the raw text, for notebooks and reports (always HTML-escaped).

Article text is untrusted input: every character shown goes through :func:`html.escape`, so a
scraped ``<script>`` shows as text and never runs in a notebook or an HTML report.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import pandas as pd

ZONE_COLOURS: dict[str, str] = {
    "headline": "#fde68a", "standfirst": "#fef3c7", "byline": "#e9d5ff",
    "dateline": "#ddd6fe", "body": "#ffffff", "subheading": "#bfdbfe", "caption": "#bbf7d0",
    "credit": "#86efac", "related": "#fecaca", "boilerplate": "#e5e7eb",
}
ROLE_COLOURS: dict[str, str] = {"content": "#dbeafe", "source": "#fde68a", "cue": "#fbcfe8"}


class HTML(str):
    """A string that Jupyter renders as HTML (and prints as its markup elsewhere)."""

    def _repr_html_(self) -> str:
        return str(self)


def mark(text: str, spans: Iterable[tuple[int, int, str]],
         colours: Mapping[str, str]) -> HTML:
    """Render ``text`` with each ``(start, end, label)`` span highlighted in its colour.

    Where spans overlap, the later span in ``spans`` wins, so pass outer spans first.

    Examples:
        >>> mark("a <b> c", [(2, 5, "x")], {"x": "#eee"})
        'a <mark style="background:#eee" title="x">&lt;b&gt;</mark> c'
    """
    labels: list[str | None] = [None] * len(text)
    for start, end, label in spans:
        for i in range(max(start, 0), min(end, len(text))):
            labels[i] = label
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and labels[j] == labels[i]:
            j += 1
        piece = html.escape(text[i:j])
        label = labels[i]
        if label is None:
            out.append(piece)
        else:
            colour = colours.get(label, "#eee")
            out.append(f'<mark style="background:{colour}" title="{html.escape(label)}">'
                       f"{piece}</mark>")
        i = j
    return HTML("".join(out))


def zones(text: str, paragraphs: pd.DataFrame) -> HTML:
    """Each paragraph of one article on its own row, coloured and labelled by zone."""
    rows = []
    for p in paragraphs.itertuples():
        colour = ZONE_COLOURS.get(p.zone, "#fff")
        rows.append(
            f'<tr style="background:{colour}"><td>{p.para_id}</td>'
            f"<td><b>{html.escape(str(p.zone))}</b></td>"
            f"<td style='text-align:left'>{html.escape(text[p.start:p.end])}</td>"
            f"<td><code>{html.escape(str(p.rule))}</code></td></tr>")
    return HTML("<table><tr><th>para</th><th>zone</th><th>text</th><th>rule</th></tr>"
                + "".join(rows) + "</table>")


def attributions(text: str, table: pd.DataFrame, sentences: pd.DataFrame) -> HTML:
    """Each attribution in the sentences around it, with content, source and cue marked."""
    blocks = []
    for a in table.itertuples():
        spans = [(s, e, "content") for s, e in (a.content_spans or
                                                 [[a.content_start, a.content_end]])]
        spans += [(a.source_start, a.source_end, "source")] if pd.notna(a.source_start) else []
        spans += [(a.cue_start, a.cue_end, "cue")] if pd.notna(a.cue_start) else []
        lo = min(s for s, _, _ in spans)
        hi = max(e for _, e, _ in spans)
        around = sentences[(sentences["end"] > lo) & (sentences["start"] < hi)]
        if len(around):
            lo, hi = min(lo, int(around["start"].min())), max(hi, int(around["end"].max()))
        shifted = [(s - lo, e - lo, label) for s, e, label in spans]
        meta = " · ".join(html.escape(str(v)) for v in
                          (a.kind, a.speaker, a.side, a.stance, a.via) if pd.notna(v))
        blocks.append(f"<p><small>#{a.attribution_id} {meta}</small><br>"
                      f"{mark(text[lo:hi], shifted, ROLE_COLOURS)}</p>")
    legend = " ".join(f'<mark style="background:{c}">{r}</mark>'
                      for r, c in ROLE_COLOURS.items())
    return HTML(f"<div><p>{legend}</p>{''.join(blocks)}</div>")
