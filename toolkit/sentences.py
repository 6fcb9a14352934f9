"""Sentence spans within paragraphs, by a fast rule-based splitter.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets after it)
when white space and then a capital letter, a digit or an opening quote follow, unless the word
before the stop is an abbreviation ("Mr.", "Gen.", "U.S.", an initial "J."); "a.m." and "p.m."
after a clock time end a sentence unless a zone, a day or a month follows ("5 p.m. EDT"), and
"U.S.", "Inc." when a word that opens sentences follows ("the U.S. The proposal").
Sentences never cross paragraphs. One compiled regex finds the candidates, so splitting costs a
fraction of a tokenizer pass; spaCy's sentencizer, which needs the tokens first, is several
times slower and splits no better on news prose.
"""

from __future__ import annotations

import re
from typing import Any

_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_SPACE = re.compile(r"\s+")
_LONGEST_WORD = 12
_OPENERS = frozenset("\"'“‘«([")
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt cpt sgt adm gov sen rep st mt no nos vs fig ft
jan feb mar apr jun jul aug sep sept oct nov dec jr sr inc corp co ltd bros dept est approx
a.m p.m u.s u.n u.k e.u u.s.a i.e e.g rev hon pres amb gen.-lt brig cmdr sens reps govs
ala ariz ark calif colo conn del fla kan ky md mich minn neb nev okla ore tenn tex vt wis wyo
""".split())  # US state forms stop only where they are not also English words ("ill", "mass")
NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})
CLOCK_ABBREVIATIONS = frozenset({"a.m", "p.m"})
#: Abbreviations that can close a sentence ("according to the U.N. The city …", "Apple Inc.
#: It said"): they end it when a word that opens sentences, never a name, follows, and the
#: word after that has no capital.
FINAL_ABBREVIATIONS = frozenset("u.s u.n u.k e.u u.s.a inc corp co ltd jr sr bros".split())
_OPENING_WORD = re.compile(r"(?:The|A|An|It|He|She|They|We|I|In|On|At|But|And|Yet|This|That|"
                           r"These|Those|There|His|Her|Its|Their|Our|Some|Many|Most|No|After|"
                           r"Before|When|While|Since|As|If|Meanwhile|However)\b"
                           r"(?!\s+[A-Z])")  # a title's "… From The U.S. And Iran" goes on
#: What may follow "a.m." or "p.m." inside a sentence: a zone ("EDT", "Moscow time"), a day or
#: a month ("5 p.m. Tuesday"); any other capital after them opens a new sentence ("between 4:30
#: a.m. and 5:15 a.m. Two workers were wounded").
_AFTER_CLOCK = re.compile(r"[A-Z]{2,5}\b|[A-Z]\.[A-Z]\.|(?:Eastern|Central|Pacific|Mountain|"
                          r"Atlantic|Local)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s|$)|"
                          r"[A-Z][\w-]*\s+[Tt]ime\b")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "j", "g.k" (the last dot is the stop)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_keeping_offsets(text: str) -> str:
    """``text`` in lower case, character for character, so offsets into it hold in ``text``.

    A few characters lower to two ("İ" → "i̇"); in a text holding one, only ASCII letters are
    lowered. The rule-based stages match lower-cased text this way because it is faster than
    matching case-insensitively.

    Examples:
        >>> lower_keeping_offsets("Baku SAID")
        'baku said'
        >>> len(lower_keeping_offsets("İzmir SAID")) == len("İzmir SAID")
        True
    """
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


#: A quotation mark: a double one, or a single one not inside a word ("Baku's")
_QUOTE = re.compile(r"[\"“”«»„]|(?<![^\W\d_])['‘’]|['‘’](?![^\W\d_])")


def has_quotation_mark(text: str) -> bool:
    """Whether ``text`` holds a quotation mark (an apostrophe inside a word is not one).

    Examples:
        >>> has_quotation_mark("it's Baku's"), has_quotation_mark('"provocation"')
        (False, True)
    """
    return bool(_QUOTE.search(text))


def trie_alternation(words: set[str]) -> str:
    """A regex alternation of ``words`` as a trie: one character compared per branch, which
    makes scanning for many words several times faster than trying them one by one.

    Examples:
        >>> trie_alternation({"say", "said", "says"})
        'sa(?:id|y(?:s)?)'
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())
                    if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def split_sentences(text: str, paragraphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return sentence rows (sent_id, para_id, start, end) for the paragraphs of ``text``.

    Examples:
        >>> text = 'Gen. Smith said: "We left." It added more. Then 3.5 km.'
        >>> rows = split_sentences(text, [{"para_id": 0, "start": 0, "end": len(text)}])
        >>> [text[r["start"]:r["end"]] for r in rows]
        ['Gen. Smith said: "We left."', 'It added more.', 'Then 3.5 km.']
    """
    rows: list[dict[str, Any]] = []
    for paragraph in paragraphs:
        start, end = paragraph["start"], paragraph["end"]
        for s, e in _split(text, start, end):
            rows.append({"sent_id": len(rows), "para_id": paragraph["para_id"],
                         "start": s, "end": e})
    return rows


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of white space."""
    spans, begin = [], start
    for match in _CANDIDATE.finditer(text, start, end):
        stop = match.end()
        space = _SPACE.match(text, stop, end)
        if space is None or space.end() >= end:
            continue
        if _starts_sentence(text[space.end()]) and not _abbreviation(
                text, begin, match.start(), match.end(), space.end()):
            spans.append((begin, stop))
            begin = space.end()
    spans.append((begin, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if s < e]


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _OPENERS


def _abbreviation(text: str, begin: int, stop: int, after: int, next_start: int) -> bool:
    """Whether the word ending at the stop at ``stop`` is an abbreviation or an initial.

    ``after`` is where the stop and its closing quotes end; ``next_start`` where the next
    sentence would start. A quote closed right after the stop ends the sentence ("said “No.”
    Then").
    """
    following = text[next_start]
    if text[stop] != "." or after - stop > 1:
        return False
    # Abbreviations are short, so a bounded look-back keeps long runs of "Gen. Gen." linear;
    # str.split() knows every Unicode space (NBSP, thin space …).
    window = max(begin, stop - _LONGEST_WORD)
    pieces = text[window:stop].split()
    if not pieces or (window > begin and len(pieces) == 1 and not text[window - 1].isspace()):
        return False  # no word, or a word longer than any abbreviation
    word = pieces[-1].lstrip("\"'“‘«([").lower()
    if word in CLOCK_ABBREVIATIONS and len(pieces) > 1 and pieces[-2][-1:].isdigit():
        # after a clock time: "5 p.m. EDT", "5 p.m. Tuesday", but "5 p.m. Two" (and the
        # initials of "Dr. A.M. Smith" stay initials)
        return not following.isalpha() or _AFTER_CLOCK.match(text, next_start) is not None
    if word in FINAL_ABBREVIATIONS and _OPENING_WORD.match(text, next_start):
        return False
    if _INITIALS.fullmatch(word):
        return True  # an initial: "J. Smith", "G.K. Butterfield"
    if word in NUMBER_ABBREVIATIONS:
        return following.isdigit()  # "No. 5", but "said no. Then"
    return word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
