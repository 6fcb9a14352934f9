"""TimeML: reading, writing back, and the TempEval-3 scorer on hand-computed cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

import toolkit
from toolkit.timeml import Timex, evaluate_timeml, figures, read_timeml, score_timexes, to_timeml

# Written for this test in the style of a wire story; not from any corpus.
DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wire-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-02" temporalFunction="false" functionInDocument="CREATION_TIME">20210602</TIMEX3></DCT>
<TEXT>
Troops crossed the border <TIMEX3 tid="t1" type="TIME" value="2021-06-01TEV">Tuesday evening</TIMEX3>, the ministry said &amp; added that <TIMEX3 tid="t2" type="DURATION" value="P6W">six weeks</TIMEX3> of fighting ended <TIMEX3 tid="t3" type="DATE" value="2020">last year</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_gives_text_and_standoff_spans(tmp_path: Path) -> None:
    path = tmp_path / "wire-1.tml"
    path.write_text(DOC)
    doc = read_timeml(path)
    assert doc.doc_id == "wire-1" and doc.dct == dt.date(2021, 6, 2)
    assert "&" in doc.text and "<" not in doc.text
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Tuesday evening", "TIME", "2021-06-01TEV"), ("six weeks", "DURATION", "P6W"),
        ("last year", "DATE", "2020")]


def test_write_then_read_back_is_the_same() -> None:
    text = "Troops crossed on Tuesday evening & left <quickly> last year."
    c = toolkit.parse_article(text, published="2021-06-02")
    back = read_timeml(to_timeml(text, c.timexes, doc_id="x", dct=dt.date(2021, 6, 2)))
    assert back.text == text and back.dct == dt.date(2021, 6, 2)
    assert [(t.start, t.end, t.type, t.value) for t in back.timexes] == list(
        zip(c.timexes["start"], c.timexes["end"], c.timexes["type"], c.timexes["value"],
            strict=True))


def test_scores_computed_by_hand() -> None:
    gold = [Timex(0, 9, "yesterday", "DATE", "2021-06-01"),
            Timex(20, 29, "last week", "DATE", "2021-W21"),
            Timex(40, 49, "six weeks", "DURATION", "P6W")]
    found = [Timex(0, 9, "yesterday", "DATE", "2021-06-01"),  # strict, value right
             Timex(15, 29, "since last week", "DATE", "2021-W22"),  # relaxed, value wrong
             Timex(60, 64, "2020", "DATE", "2020")]  # spurious
    counts = score_timexes(gold, found)
    assert counts == {"gold": 3, "found": 3, "relaxed": 2, "strict": 1, "value": 1,
                      "type": 2}
    f = figures(counts)
    assert (round(f["relaxed_f1"], 3), round(f["value_f1"], 3)) == (0.667, 0.333)


def test_evaluate_folder(tmp_path: Path) -> None:
    (tmp_path / "Wire").mkdir()
    (tmp_path / "Wire" / "wire-1.tml").write_text(DOC)
    report = evaluate_timeml(tmp_path)
    assert list(report.index) == ["Wire", "all"]
    assert report.loc["all", "gold"] == 3
    assert report.loc["all", "value_f1"] == 1.0


def test_writer_skips_overlaps() -> None:
    rows = pd.DataFrame({"start": [0, 3], "end": [5, 8], "type": ["DATE", "DATE"],
                         "value": ["2020", "2021"], "timex_id": [0, 1]})
    assert to_timeml("abcdefgh", rows).count("<TIMEX3") == 1
