"""Sentence spans: abbreviations, quotes, ellipses, non-breaking spaces, any text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.sentences import split_sentences
from toolkit.zones import split_paragraphs


def sentences(text: str) -> list[str]:
    paragraphs = [{"para_id": i, "start": s, "end": e}
                  for i, (s, e) in enumerate(split_paragraphs(text))]
    return [text[r["start"]:r["end"]] for r in split_sentences(text, paragraphs)]


@pytest.mark.parametrize("text, expected", [
    # The seed: an ellipsis inside a quote, then the cue, stays one sentence.
    ('"No weapons were used by our armed forces...," it added, describing Armenia\'s move as '
     'a "provocation".', ['"No weapons were used by our armed forces...," it added, describing '
                          'Armenia\'s move as a "provocation".']),
    # The seed: non-breaking spaces around a name.
    ("During that time,\u00a0Azerbaijan\u00a0liberated several cities. The truce held.",
     ["During that time,\u00a0Azerbaijan\u00a0liberated several cities.", "The truce held."]),
    # Reuters style: titles and country abbreviations.
    ("Lt. Gen. Mais Barkhudarov spoke. The U.S. envoy met him on Jan. 5 in Baku.",
     ["Lt. Gen. Mais Barkhudarov spoke.", "The U.S. envoy met him on Jan. 5 in Baku."]),
    # A closing quote belongs to the sentence it ends.
    ('"We will respond." The ministry said nothing more.',
     ['"We will respond."', "The ministry said nothing more."]),
    ("Initials like J. R. Smith stay whole. Decimals like 3.5 km too.",
     ["Initials like J. R. Smith stay whole.", "Decimals like 3.5 km too."]),
    ("Is it over? No! It is not.", ["Is it over?", "No!", "It is not."]),
    ("lower case after a stop. does not split", ["lower case after a stop. does not split"]),
    # OC Media style: a one-word quote closes its sentence; "No." only numbers before a digit.
    ("He replied “No.” Then he left.", ["He replied “No.”", "Then he left."]),
    ("Brigade No. 5 held. Mr. Aliyev said no. Talks ended.",
     ["Brigade No. 5 held.", "Mr. Aliyev said no.", "Talks ended."]),
    # Quote then cue stays one sentence (TASS style); CRLF and a thin space between sentences.
    ('"We will defend our country," the ministry said. It gave no details.\r\nNext. One.',
     ['"We will defend our country," the ministry said.', "It gave no details.", "Next.",
      "One."]),
    ("A war ended.\u2009Talks began.", ["A war ended.", "Talks began."]),
    # Washington Post style: party-state tags and plural titles.
    ("Sen. Chris Coons (D-Del.) met Brig. Gen. Aliyev. Sens. Paul and Kaine did not.",
     ["Sen. Chris Coons (D-Del.) met Brig. Gen. Aliyev.", "Sens. Paul and Kaine did not."]),
    # The Hill style: joined initials stay inside the name.
    ("Rep. G.K. Butterfield spoke. Then J.R. Smith left.",
     ["Rep. G.K. Butterfield spoke.", "Then J.R. Smith left."]),
    # AP style: "a.m." ends a sentence when a capital other than a zone, day or month follows
    ("Missiles hit between 4:30 a.m. and 5:15 a.m. Two workers were hurt, he said.",
     ["Missiles hit between 4:30 a.m. and 5:15 a.m.", "Two workers were hurt, he said."]),
    ("It began at 4 a.m. EDT. It ended at 9 p.m. Moscow time. Talks end at 6 p.m. Tuesday.",
     ["It began at 4 a.m. EDT.", "It ended at 9 p.m. Moscow time.",
      "Talks end at 6 p.m. Tuesday."]),
    ("The show airs at 9 p.m. Eastern. Dr. A.M. Smith hosts it.",
     ["The show airs at 9 p.m. Eastern.", "Dr. A.M. Smith hosts it."]),
    # "U.S.", "Inc." close a sentence when a sentence's opening word follows, not a name and
    # not a title's next capitalised word
    ("He vowed to bar them from the U.S. The proposal drew fire. The U.S. Army stayed.",
     ["He vowed to bar them from the U.S.", "The proposal drew fire.",
      "The U.S. Army stayed."]),
    ("It was sold to Ranger Industries Inc. After that, shares fell.",
     ["It was sold to Ranger Industries Inc.", "After that, shares fell."]),
    ("Erdogan Is In Syria With A Green Light From The U.S. And Iran",
     ["Erdogan Is In Syria With A Green Light From The U.S. And Iran"]),
])
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "No stop at the end\nNext paragraph. Two sentences."
    assert sentences(text) == ["No stop at the end", "Next paragraph.", "Two sentences."]


@pytest.mark.parametrize("text", [
    "Gen. " * 40_000, "J. " * 60_000, "Mr.\u00a0" * 50_000, ". " * 100_000,
    "“" + "He said. " * 20_000,
])
def test_long_hostile_runs_split_in_linear_time(text: str) -> None:
    started = time.perf_counter()
    sentences(text)
    assert time.perf_counter() - started < 1.0


def test_long_line_without_punctuation_is_one_sentence() -> None:
    text = "word " * 40_000 + '"open quote never closed'
    assert sentences(text) == [text.strip()]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(['"', "“", "”", ". ", "... ", "? ", "Mr. ", "\u00a0",
                                            "\n", "\r\n", "A", "1", "\u2009", "\t", "J. ",
                                            "y" * 3000, "U.S. "]),
                          st.text(max_size=20)), max_size=40).map("".join))
def test_any_text_gives_ordered_trimmed_spans(text: str) -> None:
    paragraphs = [{"para_id": i, "start": s, "end": e}
                  for i, (s, e) in enumerate(split_paragraphs(text))]
    before = [dict(p) for p in paragraphs]
    rows = split_sentences(text, paragraphs)
    assert paragraphs == before  # inputs are not mutated
    previous = -1
    for i, row in enumerate(rows):
        assert row["sent_id"] == i
        piece = text[row["start"]:row["end"]]
        assert piece and piece == piece.strip() and row["start"] > previous
        para = paragraphs[row["para_id"]]
        assert para["start"] <= row["start"] < row["end"] <= para["end"]
        previous = row["end"] - 1
    # Only white space lies outside the sentences of a paragraph.
    for para in paragraphs:
        inside = [r for r in rows if r["para_id"] == para["para_id"]]
        bounds = [para["start"]] + [x for r in inside for x in (r["start"], r["end"])] + [
            para["end"]]
        assert all(not text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2],
                                                          strict=True))
    assert split_sentences(text, paragraphs) == rows
