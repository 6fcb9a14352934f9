"""The time-expression stage against `dateparser.search.search_dates`, same texts, same run.

Run: `.venv/bin/python bench/timex_vs_dateparser.py [N_DOCS [REPEAT]]`. Texts: the TempEval-3
AQUAINT documents in `../shared/eval/timeml` (read in place; the benchmark skips when absent).
Both systems see the same raw text and the same anchor (each document's creation time); both
are scored the TempEval-3 way with `toolkit.timeml.score_timexes`. dateparser always answers
with a full date and time, so its values are cut to the date (`YYYY-MM-DD`) before scoring:
the most favourable reading of its output. Each system parses each document REPEAT times
(default 3) and its time for the document is the fastest of them, as `timeit` advises: the
machine's other work only ever adds time, and a few milliseconds of it would swamp our stage's
own. Prints value F1 and seconds for each.
"""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Callable
from datetime import datetime
from datetime import time as clock
from functools import partial
from typing import TypeVar

from dateparser.search import search_dates

from toolkit.paths import eval_dir
from toolkit.sentences import split_sentences
from toolkit.timeml import Timex, figures, read_timeml, score_timexes
from toolkit.timex import extract_timexes
from toolkit.zones import zone_article

warnings.filterwarnings("ignore")
T = TypeVar("T")


def dateparser_timexes(text: str, anchor: datetime) -> list[Timex]:
    """dateparser's finds as Timex spans (first occurrence after the previous one)."""
    found = search_dates(text, languages=["en"],
                         settings={"RELATIVE_BASE": anchor, "PREFER_DATES_FROM": "past"}) or []
    out, position = [], 0
    for surface, value in found:
        start = text.find(surface, position)
        if start < 0:
            continue
        position = start + len(surface)
        out.append(Timex(start, position, surface, "DATE", value.date().isoformat()))
    return out


def fastest(run: Callable[[], T], repeat: int) -> tuple[T, float]:
    """The result of ``run`` and the fastest of ``repeat`` timings of it, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return result, best


def main(limit: int = 1000, repeat: int = 3) -> None:
    """Score and time both systems on the AQUAINT documents."""
    folder = eval_dir() / "timeml" / "AQUAINT"
    if not folder.is_dir():
        print(f"skipped: no TempEval-3 AQUAINT folder at {folder}")
        return
    docs = [read_timeml(p) for p in sorted(folder.glob("*.tml"))[:limit]]
    ours = {"gold": 0, "found": 0, "relaxed": 0, "strict": 0, "value": 0, "type": 0}
    theirs = dict(ours)
    ours_s = theirs_s = 0.0
    for doc in docs:
        # the stage as the pipeline runs it: on zoned paragraphs and sentences (not timed)
        paragraphs = zone_article(doc.text).paragraphs
        sentences = split_sentences(doc.text, paragraphs)
        rows, seconds = fastest(
            partial(extract_timexes, doc.text, paragraphs, sentences, doc.dct), repeat)
        ours_s += seconds
        found = [Timex(r["start"], r["end"], r["text"], r["type"], r["value"]) for r in rows]
        for key, n in score_timexes(doc.timexes, found).items():
            ours[key] += n
        anchor = datetime.combine(doc.dct, clock(12)) if doc.dct else datetime(2000, 1, 1)
        found, seconds = fastest(partial(dateparser_timexes, doc.text, anchor), repeat)
        theirs_s += seconds
        for key, n in score_timexes(doc.timexes, found).items():
            theirs[key] += n
    print(f"command: python bench/timex_vs_dateparser.py {limit} {repeat}; {len(docs)} AQUAINT "
          f"documents, {ours['gold']} gold expressions, fastest of {repeat} runs each")
    for name, counts, seconds in (("toolkit.timex", ours, ours_s),
                                  ("dateparser.search_dates", theirs, theirs_s)):
        f = figures(counts)
        print(f"{name:<24} value F1 {f['value_f1']:.3f}  relaxed F1 {f['relaxed_f1']:.3f}  "
              f"{seconds:7.3f} s")
    print(f"speed-up: {theirs_s / ours_s:.0f}x (target >= 50x)")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
