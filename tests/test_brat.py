"""brat reading, writing and the PolNeAR-style scorer, on cases computed by hand."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit.brat import (
    Attribution,
    evaluate_brat_folder,
    from_table,
    has_quotation_mark,
    match,
    read_brat,
    report,
    score_attributions,
    surface_kind,
    to_brat,
)

FIXTURES = Path(__file__).parent / "fixtures" / "brat"


def test_read_discontinuous_spans_and_roles() -> None:
    ann = ("T1\tContent 0 5;10 15\tabcde klmno\nT2\tSource 20 22\the\nT3\tCue 23 27\tsaid\n"
           "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
           "T4\tContent 30 40\tsomething\nE2\tAttribution:T4 Content:T4\n")
    first, second = read_brat(ann)
    assert first.content == ((0, 5), (10, 15)) and first.source == ((20, 22),)
    assert second.source == () and second.cue == ()


@pytest.mark.parametrize("text, expected", [
    ('"provocation"', True), ("“disinformation”", True), ("«ложь»", True),
    ("Baku's claim", False), ("it’s the ministry’s", False), ("the 'so-called' truce", True),
])
def test_quotation_marks_are_not_apostrophes(text: str, expected: bool) -> None:
    assert has_quotation_mark(text) is expected


def test_half_of_the_longer_span_must_overlap() -> None:
    gold = [Attribution(((0, 10),), ((20, 22),))]
    assert match(gold, [Attribution(((0, 5),), ((20, 21),))], with_source=True) == [(0, 0)]
    assert match(gold, [Attribution(((0, 4),), ((20, 21),))], with_source=True) == []
    assert match(gold, [Attribution(((0, 10),), ((23, 25),))], with_source=True) == []
    assert match(gold, [Attribution(((0, 10),), ((23, 25),))], with_source=False) == [(0, 0)]


def test_matching_is_one_to_one_best_first() -> None:
    gold = [Attribution(((0, 10),)), Attribution(((0, 8),))]
    found = [Attribution(((0, 8),))]
    assert match(gold, found, with_source=False) == [(1, 0)]


def test_scores_of_the_fixture_by_hand() -> None:
    text = (FIXTURES / "wire.txt").read_text()
    gold = read_brat((FIXTURES / "wire.ann").read_text())
    found = from_table(toolkit.parse_article(text).attributions)
    counts = score_attributions(text, gold, found)
    assert (counts["gold"], counts["q_gold"]) == (3, 1)
    table = report(counts)
    assert table.loc["content+source", "recall"] == counts["content_source"] / 3


def test_evaluate_folder_of_pairs() -> None:
    pair = ((FIXTURES / "wire.txt").read_text(), (FIXTURES / "wire.ann").read_text())
    table = evaluate_brat_folder([pair])
    assert table.loc["content+source", "f1"] > 0.5
    assert table.loc["quotations content+source", "recall"] == 1.0


def test_write_then_read_back() -> None:
    text = (FIXTURES / "wire.txt").read_text()
    table = toolkit.parse_article(text).attributions
    back = read_brat(to_brat(table, text))
    assert [a.content for a in back] == [a.content for a in from_table(table)]
    assert [a.source for a in back] == [a.source for a in from_table(table)]


def test_from_table_uses_content_spans() -> None:
    table = pd.DataFrame({"content_start": [0], "content_end": [20],
                          "content_spans": [[[0, 5], [15, 20]]], "source_start": [pd.NA],
                          "source_end": [pd.NA], "cue_start": [7], "cue_end": [11],
                          "kind": ["direct"]})
    (a,) = from_table(table)
    assert a.content == ((0, 5), (15, 20)) and a.source == ()


@pytest.mark.parametrize("text, spans, kind", [
    ('"We left," he said.', ((0, 10),), "direct"),
    ('He called it a "plot" again.', ((13, 27),), "mixed"),
    ("He said the border was calm.", ((8, 27),), "indirect"),
    ('"We left," he said, "at dawn."', ((0, 10), (20, 30)), "direct"),
])
def test_surface_kind(text: str, spans: tuple, kind: str) -> None:
    assert surface_kind(text, Attribution(spans)) == kind


def test_per_kind_recall_by_hand() -> None:
    # gold: one direct, one indirect; found: the direct only, with the right source
    text = '"We left," he said. She said the road was open.'
    gold = [Attribution(((0, 10),), ((11, 13),)), Attribution(((29, 46),), ((20, 23),))]
    found = [Attribution(((0, 10),), ((11, 13),), kind="direct")]
    table = report(score_attributions(text, gold, found))
    direct = table.loc["kind direct (by content surface)"]
    indirect = table.loc["kind indirect (by content surface)"]
    assert (direct["precision"], direct["recall"]) == (1.0, 1.0)
    assert (indirect["found"], indirect["gold"], indirect["recall"]) == (0, 1, 0.0)
    assert table.loc["content+source", "recall"] == 0.5
