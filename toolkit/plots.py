"""Matplotlib figures for the notebooks: relay chains, voice shares, timelines.

Each function takes tables and returns the ``Axes`` it drew on, so a notebook can retitle or
save the figure; none of them changes its input.
"""

from __future__ import annotations

from itertools import pairwise

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

SIDE_COLOURS: dict[str, str] = {
    "AZE": "#0ea5e9", "ARM": "#f97316", "RUS": "#dc2626", "TUR": "#e11d48",
    "USA": "#2563eb", "FRA": "#7c3aed", "narrator": "#94a3b8",
}


def relay_chains(chains: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Draw who relayed whom: one arrow chain per row, from ``speaker`` via ``via`` to ``outlet``.

    Args:
        chains: a table with columns ``outlet``, ``via`` (may be <NA>) and ``speaker``,
            optionally ``n`` (how many attributions follow that chain; drawn as line width).
        ax: where to draw; a new figure when None.
    """
    rows = chains.reset_index(drop=True)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.6 + 0.55 * max(len(rows), 1)))
    for i, row in rows.iterrows():
        y = len(rows) - 1 - i
        # an outlet told something directly relays nothing: "told Reuters" in a Reuters story
        via = row["via"] if pd.isna(row["via"]) or row["via"] != row["outlet"] else pd.NA
        hops = [row["speaker"], via, row["outlet"]]
        xs = [0.0, 1.0, 2.0]
        points = [(x, str(h)) for x, h in zip(xs, hops, strict=True) if pd.notna(h)]
        width = 1.5 + 0.4 * min(float(row.get("n", 1)), 5)
        for (x0, _), (x1, _) in pairwise(points):
            ax.annotate("", xy=(x1 - 0.12, y), xytext=(x0 + 0.12, y),
                        arrowprops={"arrowstyle": "->", "lw": width, "color": "#475569"})
        for x, label in points:
            ax.text(x, y, label, ha="center", va="center", fontsize=9,
                    bbox={"boxstyle": "round", "fc": "#f1f5f9", "ec": "#94a3b8"})
    ax.set_xlim(-0.6, 2.6)
    ax.set_ylim(-0.7, max(len(rows), 1) - 0.3)
    ax.set_xticks([0, 1, 2], ["original source", "relayed by", "published by"])
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    return ax


def voice_shares(shares: pd.Series, ax: Axes | None = None) -> Axes:
    """A horizontal bar per voice: the share (0-1) of the article's text it occupies."""
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.5 + 0.4 * max(len(shares), 1)))
    ordered = shares.sort_values()
    colours = [SIDE_COLOURS.get(str(v), "#a3a3a3") for v in ordered.index]
    ax.barh([str(v) for v in ordered.index], ordered.to_numpy(), color=colours)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the article's sentences (characters)")
    return ax


def timeline(timexes: pd.DataFrame, ax: Axes | None = None,
             start: str | None = None) -> Axes:
    """Each dated time expression on a row: a bar over the interval it covers (a dot when it
    is a day or less), labelled "text → value" on the left.

    Args:
        timexes: a ``timexes`` table (rows without ``date_start`` are left out).
        ax: where to draw; a new figure when None.
        start: leave out intervals that end before this ISO date, to zoom in on recent events.
    """
    dated = timexes.dropna(subset=["date_start", "date_end"])
    if start is not None:
        dated = dated[dated["date_end"] > pd.Timestamp(start)]
    dated = dated.sort_values(["date_start", "start"])
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.6 + 0.35 * max(len(dated), 1)))
    for y, row in enumerate(dated.itertuples()):
        days = (row.date_end - row.date_start).days
        if days <= 1:
            ax.plot([row.date_start], [y], "o", color="#0ea5e9")
        else:
            ax.barh(y, row.date_end - row.date_start, left=row.date_start, height=0.5,
                    color="#0ea5e9")
    ax.set_yticks(range(len(dated)), [f"{r.text} → {r.value}" for r in dated.itertuples()],
                  fontsize=8)
    ax.set_ylim(-0.7, max(len(dated), 1) - 0.3)
    ax.grid(axis="x", color="#e5e7eb")
    return ax
