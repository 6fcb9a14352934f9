"""Source attribution: quotes, speakers, cues, relays, stance, and sentence voices.

The extractor is a set of patterns around *cues* (reporting verbs, "according to", passive
denials) and *quotes* (every quotation style), run sentence by sentence:

- ``quote-then-cue``: ``"…," the ministry said`` / ``"…," said the ministry`` (direct; a quote
  split by its cue, ``"…," she said, "…"``, is one attribution with two ``content_spans``);
- ``relay``: ``"…," Russia's TASS news agency cited Armenia's defence ministry as saying``
  and ``Interfax quoted Pashinyan as saying (that) …`` (speaker the one cited, ``via`` and
  source the outlet next to the cue, as PolNeAR marks the source);
- ``cue-then-quote``: ``X said: "…"`` (direct, or mixed when the content has words outside
  the quote);
- ``cue-source-quote``: ``Said Karen Smith, a teacher: "…"`` (a sentence that opens with
  its cue);
- ``cue-then-content``: ``X said (that) …`` (indirect; mixed when it holds a quote);
- ``content-then-cue``: ``…, X said.`` / ``…, said X.`` (indirect);
- ``according-to``: ``according to X, …`` / ``…, according to X``;
- ``as-reported``: ``As reported by X, …`` / ``As stated in the ministry's message, …`` (the
  opening of translated agency copy; kind ``according_to``);
- ``passive-denial``: ``allegations denied by the Armenian side``, and
  ``passive-confirmation``: ``the information was confirmed by the press secretary``;
- ``headline-signed``: a headline signed after a colon, ``… withdrawn: Defense Ministry``;
- ``relative-denial``: ``…, which Hamas denies.`` (content the pronoun, as PolNeAR marks it);
- a paragraph that reopens a quote left open by the paragraph before adds a piece to the
  attribution of the quote it continues.

Speakers are resolved: a pronoun or a nominal ("it", "he", "the ministry") points to the last
compatible speaker, a relative pronoun ("Baku, which said") to the noun before it; an
appositive ("Hikmet Hajiyev, an aide to the president, said") gives the name, and an aide is
not the one he serves. An outlet the source spoke to relays its words: ``via`` is the agency
the pack knows, or a name shaped like an outlet's, after "told" ("told Reuters", "told the
Kommersant newspaper") or in the channel ("in an interview with The New York Times"). Actors,
sides and stances come from the domain pack (``actors.yaml``, ``verbs.yaml``).
Every pattern is a bounded scan over one sentence or paragraph, so no regex can backtrack
through a whole article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from toolkit.packs import Pack
from toolkit.schema import SKIPPED_ZONES
from toolkit.sentences import has_quotation_mark, lower_keeping_offsets, trie_alternation
from toolkit.zones import dateline_length

OPENERS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "'": "'", "”": "”"}
_AUX_WORDS = (r"has|have|had|was|were|is|are|be|been|will|would|could|can|may|might|must|"
              r"should|did|does|do|kept|keeps|long|also|later|previously|repeatedly|reportedly|"
              r"then|not|n't|never|further|since|so far|"
              # "isn't saying", "hasn’t said", "won't say"
              r"(?:is|are|was|were|has|have|had|do|does|did|would|could|should|ca|wo|must)"
              r"n['’]t|"
              r"earlier|again|already|still|publicly|privately|once|just|flatly|strongly|"
              r"often|always|sometimes|even|firmly|categorically|quickly|immediately|"
              r"(?-i:[a-z]+ly)")
_AUX = rf"(?:(?:{_AUX_WORDS})\s+){{0,3}}"
# adverbs between a subject and its verb ("Dean, a doctor, then appeared", "She also sent")
_ADVERB = r"(?:then|also|later|now|still|again|[a-z]+ly)"
# the last word before a cue, when it may be an auxiliary: a cheap test before the search
_AUX_TOKEN = re.compile(rf"[^\w'’]*(?:{_AUX_WORDS})", re.I)
# how something was said: a document or an event ("in a statement", "at a news
# conference"), or a platform ("on Telegram"); listed once for the pattern and its cheap test
_CHANNEL_NOUNS = ("statement", "interview", "press conference", "news conference", "briefing",
                  "post", "tweet", "address", "speech", "letter", "report", "communique",
                  "message", "press release", "Telegram channel", "Facebook post", "comment",
                  "remarks", "video", "op-ed", "readout", "update", "bulletin", "broadcast",
                  "phone call", "telephone call", "call", "phone conversation",
                  "telephone conversation", "conversation")
_BY_MEDIUM = ("phone", "telephone", "email", "e-mail", "text message", "video link", "videolink")
#: How one spoke when it was no document nor event: "by phone", "over the telephone".
_MEDIUM = rf"(?:by|over|via)\s+(?:the\s+)?(?:{'|'.join(_BY_MEDIUM)})(?!\w)"
#: A medium after a name: "a resident by phone", "the mayor over the telephone".
_MEDIUM_AFTER = re.compile(rf"\s+{_MEDIUM}", re.I)
_PLATFORMS = ("Twitter", "Facebook", "Telegram", "Instagram", "YouTube", "WhatsApp",
              "Truth Social", "X", "state television", "television", "TV", "radio", "website")
_PLATFORM = "|".join(r"(?-i:X)(?:,?\s+formerly(?:\s+known\s+as)?\s+Twitter)?" if p == "X" else p
                     for p in _PLATFORMS)  # X as a capital only, and its old name after it
_CHANNEL = re.compile(
    r"\s*,?\s*(?P<channel>(?:in|on|via|during|at|through)\s+(?:a|an|the|its|his|her|their)?\s*"
    r"(?:(?:written|joint|brief|short|separate|televised|video|recent|new|latest|daily|"
    rf"morning|evening|nightly|weekly|regular|{_PLATFORM})\s+){{0,2}}(?:"
    + "|".join(_CHANNEL_NOUNS) + r")(?:e?s)?(?!\w)"
    # what was done with it and where: "released on Thursday", "sent to the UN", "seen by AFP"
    r"(?:\s+(?:(?:posted|published|issued|released|shared|carried|circulated|sent|seen|"
    r"reported|broadcast|aired)\s+)?"
    r"(?:on|to|with|of|by)\s+[\w'’ ]{1,40}?(?=[,.;]|$|\s+that\s)|"
    r"\s+(?:released|published|issued|posted|circulated|sent)(?:\s+(?!that\b)[\w'’.]+){0,4}?"
    r"(?=\s+that\s))?"
    # "on Facebook", "on her Facebook page", "on its official website", "on Russian state
    # TV", "on the Rossiya-24 TV channel"
    rf"|on\s+(?:(?:its|his|her|their|the)\s+)?"
    r"(?:(?:official|national|public|local|state|(?-i:[A-Z][\w'’.-]*))\s+){0,2}"
    rf"(?:{_PLATFORM})"
    r"(?:\s+(?:messaging\s+app|messenger|app|page|account|channel|feed))?(?!\w)"
    # "by phone", "over the telephone", "by email", "via video link"
    rf"|{_MEDIUM})", re.I)
# a channel's words in lower case: the cheap test before a search for one
_CHANNEL_WORD_LOWER = re.compile(trie_alternation({w.lower() for w in (
    *_CHANNEL_NOUNS, *_PLATFORMS, *_BY_MEDIUM)}))
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# a date: "Nov. 28", "28 November", "November 28, 2024", "March 3rd"
_DATE = (rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|"
         rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?)")
_TIMEWORDS = re.compile(  # one or two: "earlier on Wednesday", "later today", "late on
    # Tuesday night", "on the morning of Nov. 28"
    r"(?:\s*,?\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:late|early)\s+)?"
    r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:{_WEEKDAYS}|{_DATE}|today|yesterday|earlier|later|last\s+\w+|this\s+\w+)"
    rf"{_PART_OF_DAY}){{1,2}}", re.I)
_THAT = re.compile(r"\s*,?\s*")  # PolNeAR and PARC keep "that" in the content
_TOLD_OBJECT = re.compile(r"\s+(?:reporters|journalists|the media|parliament|lawmakers|"
                          r"the (?:BBC|AP|AFP)|"
                          # "a news briefing", "an emergency session", "the Security Council"
                          r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}(?:briefing|conference|rally|"
                          r"meeting|session|audience|gathering|crowd|summit|forum|assembly|"
                          r"council|committee|newspaper|agency|broadcaster|channel|station)"
                          r"(?:\s+of\s+the(?:\s+(?-i:[A-Z][\w'’-]*)){1,4})?|"
                          # "state television", "Russian media", "his supporters"
                          r"(?:[\w'’-]+\s+)?(?:media|television|TV|radio|supporters|"
                          r"troops|soldiers|residents|diplomats|legislators|MPs|deputies)|"
                          r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})|him|her|them|us|me)",
                          re.I)
# "told a town hall in Salem, New Hampshire on Monday that": a comma inside a place name
_CHANNEL_OPENER = re.compile(rf",?\s+(?:(?:in|on|via|during|at|through)\s|(?={_MEDIUM}))")
_TOLD_THAT = re.compile(r"(?P<object>(?:[^,;:.\"“”]|,\s(?=[A-Z])){1,100}?)(?=\s+that\s)")
_BOUNDARY_WORDS = frozenset("""that which who whom whose when where while whereas because as after
before since if but or so than although though whether where once until unless and
nor yet then there here also not to in on at with from during into what how why""".split())
_PRONOUNS = {"he": "person", "she": "person", "it": "body", "they": "any", "we": "any",
             "who": "any", "which": "body",
             "i": "person", "his": "person", "her": "person", "its": "body", "their": "any",
             # "According to him"
             "him": "person", "them": "any"}
_NOMINALS = re.compile(r"^(?:the|this|that)\s+(?:(?:\w+)\s+)?(?P<head>ministry|minister|"
                       r"president|spokesman|spokeswoman|spokesperson|official|agency|"
                       r"government|department|army|military|side|office|service|statement|"
                       r"leader|prime minister|envoy|diplomat|country|source|force|forces|navy|"
                       r"staff|command|guard|administration|council|committee|commission|"
                       r"mission|court|police)$", re.I)
_ORG_WORDS = re.compile(r"\b(?:ministry|government|agency|office|service|army|forces|"
                        r"military|council|committee|department|union|organization|"
                        r"organisation|group|party|side|news|press|embassy|parliament|"
                        r"assembly|court|police|state|republic|contingent|institut(?:e|ion)|"
                        r"foundation|cent(?:er|re)|watch|network|channel|times|post|"
                        r"television|radio|newspaper|magazine|university|company|"
                        r"corporation|bank|fund|commission|mission|authority|"
                        # armed and state bodies: "the Air Force", "the General Staff"
                        r"force|staff|guard|command|navy|corps|brigade|battalion|regiment|"
                        r"directorate|bureau|administration|cabinet|kremlin|pentagon|"
                        r"secretariat|headquarters|coalition|alliance|militia)\b", re.I)
# not the idioms "went according to plan", "according to schedule": no one is cited
_ACCORDING = re.compile(r"\baccording\s+to\s+(?!(?:plan|schedule|script)\b)", re.I)
# the participles of a passive cue (their lemmas and stances are the pack's): "allegations
# denied by the Armenian side", "the information was confirmed by the press secretary"
_PASSIVE_VERBS = ("denied", "rejected", "refuted", "dismissed", "disputed", "confirmed")
_PASSIVE = re.compile(
    r"(?P<content>\b(?:the\s+|these\s+|such\s+|those\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:allegations?|accusations?|claims?|reports?|charges?|assertions?|information|news)"
    r"(?:\s+(?:of|about|against|over|that)\s+[^,.;:\"“”]{1,60}?)?)\s*,?\s*"
    r"(?P<cue>(?:(?:which|that)\s+)?(?:(?:were|was|have been|has been|had been)\s+)?"
    rf"(?:{'|'.join(_PASSIVE_VERBS)})\s+by)\s+", re.I)
_PASSIVE_HINT = re.compile(rf"(?:{'|'.join(_PASSIVE_VERBS)})\s+by\b", re.I)
_WORD = re.compile(r"[^\s,;:()\"“”«»„]+")


@dataclass(frozen=True)
class _Speaker:
    mention: str
    actor: str | None
    side: str | None
    kind: str | None


@dataclass
class _State:
    """What the extractor remembers across sentences: speakers so far, an open quote."""

    speakers: list[_Speaker] = field(default_factory=list)
    day: dt.date | None = None  # the article's date, for titles held in turn
    open_quote_row: dict[str, Any] | None = None
    last_quoted_row: dict[str, Any] | None = None
    pending_block: tuple[tuple[int, int], tuple[int, int], _Speaker] | None = None
    turn: _Speaker | None = None  # who speaks in a transcript's paragraph ("FALLIN: I think")
    # who issued the last document of each kind named ("said in a joint statement", "issued
    # a statement"), and in which paragraph, for "the statement said" a few paragraphs on
    issuers: dict[str, tuple[_Speaker, int]] = field(default_factory=dict)
    paragraph: int = 0  # the paragraph being read, counted from 0


_AUX_BEFORE = re.compile(rf"(?<![\w'’]){_AUX}$", re.I)
# a pronoun with its auxiliary contracted onto it: "He's claiming", "they've said" (not the
# modal "'d" or "'ll": "they'd support" is a guess about them, not their words)
_CONTRACTED = re.compile(rf"(?<![\w'’])(?:he|she|it|they|we|you|i)"
                         rf"(?P<aux>['’](?:s|re|ve|m))\s+{_AUX}$", re.I)


class _Cue:
    """A cue found in a text, with the ``re.Match`` methods the patterns use: the whole cue
    (auxiliaries and adverbs included, "has repeatedly said") and its ``verb`` group."""

    __slots__ = ("_start", "_verb", "_verb_end", "_verb_start", "gerund", "issued", "string")

    def __init__(self, string: str, start: int, verb_start: int, verb_end: int,
                 gerund: bool = False) -> None:
        self.string, self._start = string, start
        self._verb_start, self._verb_end = verb_start, verb_end
        self._verb = string[verb_start:verb_end]
        self.gerund = gerund  # an -ing form ("saying", "calling on")
        # (sentence start, "issued a statement" before the cue): see _issued
        self.issued: tuple[int, re.Match[str] | None] | None = None

    def start(self, group: str | int = 0) -> int:
        return self._verb_start if group == "verb" else self._start

    def end(self, group: str | int = 0) -> int:
        return self._verb_end

    def group(self, group: str | int = 0) -> str:
        return self._verb if group == "verb" else self.string[self._start:self._verb_end]

    def __getitem__(self, group: str | int) -> str:
        return self.group(group)


class CueMatcher:
    """Finds cue verbs by looking every word up in the lexicon's forms (a dictionary), which
    is far faster than one regular expression of a thousand alternatives."""

    def __init__(self, forms: dict[str, tuple[str, str, bool]]) -> None:
        self.single = {f for f in forms if " " not in f}
        self.multi: dict[str, list[str]] = {}
        for form in forms:
            if " " in form:
                head, rest = form.split(" ", 1)
                self.multi.setdefault(head, []).append(rest)
        # a whole word (letters only) that may open a cue, with the character before it: a
        # pattern that opens with a character class lets the engine skip to the next
        # non-letter, several times faster than a set test on every word
        self._heads = re.compile(r"[^a-z](" + trie_alternation(
            {h for h in self.single | self.multi.keys() if h.isascii() and h.isalpha()})
            + r")(?![a-z])")
        # the last text's words that may open a cue: (starts, ends, lowered words)
        self._last: tuple[str, list[int], list[int], list[str]] = ("", [], [], [])

    def _heads_in(self, text: str) -> tuple[list[int], list[int], list[str]]:
        """Where the words that may open a cue lie in ``text``: one lower-casing and one scan
        for the whole text, then each sentence's cues are a slice of them."""
        last = self._last  # read once: a parallel thread may set another text
        if last[0] is not text:
            found = self._heads.finditer(" " + lower_keeping_offsets(text))
            starts, ends, words = [], [], []
            for word in found:
                starts.append(word.start(1) - 1)
                ends.append(word.end() - 1)
                words.append(word.group(1))
            last = (text, starts, ends, words)
            self._last = last
        return last[1], last[2], last[3]

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[_Cue]:
        """Every cue in ``text[start:end]``, left to right."""
        end = len(text) if end is None else end
        starts, ends, words = self._heads_in(text)
        for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            word_start, word_end, lowered = starts[i], ends[i], words[i]
            if word_end > end:
                break  # a word cut by the end of the span is no word of it
            verb_end = None
            for rest in self.multi.get(lowered, ()):
                after = text[word_end:word_end + len(rest) + 1]
                if after[:1] == " " and after[1:].lower() == rest and (
                        word_end + len(rest) + 1 == end
                        or not text[word_end + len(rest) + 1].isalpha()):
                    verb_end = word_end + len(rest) + 1
                    break
            if verb_end is None and lowered in self.single:
                verb_end = word_end
            if verb_end is None or (text[word_start].isupper() and not _sentence_initial(
                    text, start, word_start, end)):
                continue  # "Secretary of State", "the Washington Post": names, not cues
            cue_start = word_start
            if word_start > start and text[word_start - 1].isspace():
                window = text[max(start, word_start - 24):word_start]
                previous = window.split()
                if previous and _AUX_TOKEN.fullmatch(previous[-1]):
                    aux = _AUX_BEFORE.search(text, max(start, word_start - 60), word_start)
                    if aux and aux.group():
                        cue_start = aux.start()
                if "'" in window or "’" in window:
                    contracted = _CONTRACTED.search(text, max(start, word_start - 60),
                                                    word_start)
                    if contracted:  # "He's claiming", "They've said": the cue opens at "'s"
                        cue_start = contracted.start("aux")
            yield _Cue(text, cue_start, word_start, verb_end, lowered.endswith("ing"))

    def search(self, text: str, start: int = 0, end: int | None = None) -> _Cue | None:
        """The first cue in ``text[start:end]``, or None."""
        return next(self.finditer(text, start, end), None)


def _sentence_initial(text: str, start: int, position: int, end: int) -> bool:
    """Whether ``position`` opens its sentence (after end punctuation or a quotation mark), or
    sits in a title-case headline ("…, Lindsey Graham Says.")."""
    before = text[max(start, position - 3):position].rstrip(" \u00a0")
    if not before or before[-1] in ".!?:\"“”'‘’\n—―–([":
        return True
    window = text[max(start, position - 60):position].split()[position - 60 > start:]
    after = text[position:min(end, position + 40)].split()[1:3]
    words = window + after  # "Christie Calls Clinton ‘A Disgrace’": three title-case words
    return bool(window) and len(words) >= 3 and all(
        w[:1].isupper() or w in _FUNCTION_WORDS or not w[:1].isalpha() for w in words)


_FUNCTION_WORDS = frozenset("of a an the to in on for and as at by with from".split())


@dataclass(frozen=True)
class Lexicon:
    """The pack's attribution knowledge, compiled once per pack."""

    forms: dict[str, tuple[str, str, bool]]
    cue: CueMatcher
    actors: tuple[re.Pattern[str], dict[str, dict[str, Any]]]
    countries: tuple[re.Pattern[str], dict[str, str]]
    states: tuple[re.Pattern[str] | None, dict[str, str]]
    collective: re.Pattern[str] | None
    parties: str | None
    stances: dict[str, str]
    bare_past: frozenset[str] = frozenset()
    # "Armenia's claim that …": a pattern of the pack's speech nouns, and each noun's stance
    nouns: tuple[re.Pattern[str] | None, dict[str, str]] = (None, {})
    # a title's holders, each with the first day of the term and the day after its last
    # ("US President": Trump until 2021-01-20, Biden from then)
    titles: dict[str, list[tuple[dict[str, Any], dt.date | None, dt.date | None]]] = field(
        default_factory=dict)
    # a person's gender (m, f) by canonical name, for "he" and "she"
    genders: dict[str, str] = field(default_factory=dict)
    # (mention, day) -> _Speaker: the same mentions ("he", "the ministry") recur in every
    # article
    speakers: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    # lemmas that attribute only a quotation or a that-clause ('"…," he continued')
    quoting: frozenset[str] = frozenset()
    # wide lemmas that may still close a sentence as its cue ("…, police warned.")
    closing: frozenset[str] = frozenset()
    # lemma -> its entry in ``forms``, for a bare verb after "did" whose pack lists only its
    # inflections ("did not comment")
    lemmas: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    # lemma -> a pattern of the words one of which must follow it ("plans to", not "peace
    # talks collapsed")
    followed_by: dict[str, re.Pattern[str]] = field(default_factory=dict)


def _apostrophes(pattern: str) -> str:
    """Let a straight apostrophe in a pack entry match a curly one in the text."""
    return pattern.replace("'", "['’]")


def _inflect(lemma: str) -> list[str]:
    """Regular English inflections of a verb lemma (say → says, said is irregular)."""
    if " " in lemma:
        head, rest = lemma.split(" ", 1)
        return [f"{f} {rest}" for f in _inflect(head)]
    forms = {lemma}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    else:
        forms |= {lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"),
                  lemma + "ed", lemma + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma) and len(lemma) <= 6:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return sorted(forms)


@lru_cache(maxsize=8)
def lexicon(pack: Pack) -> Lexicon:
    """Compile the pack's verbs, actors and country words into matchers."""
    verbs = pack.section("verbs", {}) or {}
    wide = set(verbs.get("wide", []))
    irregular = verbs.get("forms", {})
    forms: dict[str, tuple[str, str, bool]] = {}
    for stance, lemmas in (verbs.get("stances") or {}).items():
        for lemma in lemmas:
            for form in irregular.get(lemma, _inflect(lemma)):
                forms.setdefault(form.lower(), (lemma, stance, lemma in wide))
    cue = CueMatcher(forms)
    data = pack.section("actors", {}) or {}
    by_alias: dict[str, dict[str, Any]] = {}
    titles: dict[str, list[tuple[dict[str, Any], dt.date | None, dt.date | None]]] = {}
    for actor in data.get("actors", []):
        for alias in [*actor.get("aliases", []), actor["name"]]:
            by_alias.setdefault(_key(alias), actor)
        for term in actor.get("titles", []):
            for title in term["as"]:
                titles.setdefault(_key(title), []).append(
                    (actor, term.get("from"), term.get("until")))
    by_word = {_key(word): side for side, words in (data.get("countries") or {}).items()
               for word in words}
    collective_words = data.get("collective") or []
    collective = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in collective_words),
                            re.I) if collective_words else None
    states = {side: entry["name"] for side, entry in (data.get("states") or {}).items()}
    # the names must also be country words: the side comes from those
    names = {_key(n) for entry in (data.get("states") or {}).values()
             for n in entry.get("names", [])}
    heads = "|".join(re.escape(h) for h in data.get("state_heads") or [])
    # "Baku", "official Yerevan", "the Kremlin"; "the Armenian side", "Azerbaijani authorities"
    state = re.compile(rf"(?:the\s+|official\s+)?(?:(?:{_alternation(names).pattern})|"
                       rf"(?:{_alternation(by_word).pattern})\s+(?:{heads}))",
                       re.I) if names and by_word and heads else None
    parties = ";".join(sorted(data.get("parties") or [])) or None
    stances = {lemma: ("neutral" if stance == "cognition" else stance)
               for lemma, stance, _ in forms.values()}
    # "as she put it", "the sign read": lemmas whose past is their bare form
    bare_past = frozenset(lemma for lemma, listed in irregular.items() if all(
        f == lemma or f.split()[0].endswith(("s", "ing")) for f in listed))
    noun_stances = {noun.lower(): stance for stance, nouns in (verbs.get("nouns") or {}).items()
                    for noun in nouns}
    noun_words = trie_alternation(set(noun_stances))  # one letter compared per branch
    # "Armenia's claim that …", "his denial that …", "claims by Baku that …"
    nouns = re.compile(rf"(?:(?P<owner>['’]s?|\b(?:his|her|its|their))\s+(?:[a-z]+\s+)?"
                       rf"(?P<noun>{noun_words})|\b(?P<noun_by>{noun_words})\s+(?:by|from)\s+"
                       r"(?P<by>(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,6}?))"
                       r"\s+that\s", re.I) if noun_stances else None
    return Lexicon(forms, cue, (_alternation([*by_alias, *titles]), by_alias),
                   (_alternation(by_word), by_word), (state, states), collective, parties,
                   stances, bare_past, (nouns, noun_stances), titles,
                   {a["name"]: a["gender"] for a in data.get("actors", []) if a.get("gender")},
                   quoting=frozenset(verbs.get("quoting") or ()),
                   closing=frozenset(verbs.get("closing") or ()),
                   lemmas={entry[0]: entry for entry in forms.values()},
                   # the word may come after adverbs: "talked openly about"
                   followed_by={lemma: re.compile(
                       r"(?:\s+(?:[a-z]+ly|much|more|less|little|so|too))*\s+(?:"
                       + "|".join(map(re.escape, words)) + r")\b", re.I)
                                for lemma, words in (verbs.get("followed_by") or {}).items()})


def _key(phrase: str) -> str:
    """How a pack phrase is looked up: lower case, curly apostrophes straightened."""
    return phrase.lower().replace("’", "'")


def _alternation(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex for all ``phrases`` (the longest that fits first), case-insensitive, on word
    edges: a trie, which compares one character per branch instead of trying every phrase at
    every position."""
    body = _apostrophes(trie_alternation({p.lower() for p in phrases}))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def resolve_actor(mention: str, pack: Pack, on: dt.date | None = None
                  ) -> tuple[str | None, str | None]:
    """The canonical actor and side of a speaker mention, from the pack; a title ("the US
    President") names whoever held it ``on`` that day, or its present holder.

    Examples:
        >>> from toolkit.packs import load_pack
        >>> resolve_actor("the Azerbaijani Defence Ministry", load_pack())
        ('Azerbaijan Ministry of Defence', 'AZE')
        >>> resolve_actor("Baku", load_pack())
        ('Government of Azerbaijan', 'AZE')
        >>> resolve_actor("residents of Baku", load_pack())
        (None, 'AZE')
        >>> resolve_actor("analysts", load_pack())
        (None, None)
    """
    speaker = _speaker(mention, lexicon(pack), on)
    return speaker.actor, speaker.side


def _speaker(mention: str, lex: Lexicon, day: dt.date | None = None) -> _Speaker:
    known = lex.speakers.get((mention, day))
    if known is None:
        if len(lex.speakers) >= 50_000:  # a bound for corpora of millions of mentions
            lex.speakers.clear()
        known = lex.speakers[mention, day] = _find_speaker(mention, lex, day)
    return known


def _actor_of(alias: str, lex: Lexicon, day: dt.date | None) -> dict[str, Any] | None:
    """The actor an alias names, or the holder of a title on ``day`` (its present holder, the
    one whose term has no end, when the day is not known)."""
    key = _key(alias)
    actor = lex.actors[1].get(key)
    if actor is not None:
        return actor
    for holder, start, until in lex.titles.get(key, ()):
        if (until is None if day is None else
                (start is None or start <= day) and (until is None or day < until)):
            return holder
    return None


def _find_speaker(mention: str, lex: Lexicon, day: dt.date | None = None) -> _Speaker:
    pattern = lex.actors[0]
    names = (_COORDINATED_NAMES.fullmatch(mention) or _NAME_LIST.fullmatch(mention)) if (
        " and " in mention) else None
    if names and not any(m.start() < names.end("first") and m.end() > names.start("second")
                         for p in (pattern, lex.countries[0]) for m in p.finditer(mention)):
        # "Pashinyan and Aliyev", "The United States, France and Russia": each speaks for
        # its side; one actor only when all are it (but "Bosnia and Herzegovina", a name
        # with "and" in it, is one)
        parts = [_speaker(name.strip(), lex, day) for name in names["first"].split(",")]
        parts.append(_speaker(names["second"], lex, day))
        actors = {p.actor for p in parts}
        kinds = {p.kind for p in parts}
        sides = sorted({s for p in parts if p.side for s in p.side.split(";")})
        return _Speaker(mention, actors.pop() if len(actors) == 1 else None,
                        ";".join(sides) or None, kinds.pop() if len(kinds) == 1 else None)
    aide = _AIDE.search(mention)
    # "Hikmet Hajiyev, an aide to Azerbaijan's president": Hajiyev, of the president's side
    found = [(m, actor) for m in pattern.finditer(mention)
             if (actor := _actor_of(m.group(), lex, day)) is not None
             and not _short_upper_mismatch(m.group(), actor)
             and not _another_first_name(mention, m, actor)
             and (aide is None or m.start() < aide.start())
             # a broadcaster or paper speaks only under its own name: "CNN's Dana Bash" and
             # "a CNN poll" are not CNN
             and (actor.get("kind") != "media" or _own_name(mention, m.group()))]
    if not found and aide and aide["to"].lower() == "to" and aide["title"].lower() in _SENT:
        # "the US ambassador to Armenia": of the side that sends
        side = _speaker(mention[:aide.end("title")], lex, day).side
        return _Speaker(mention, None, side, "person")
    if not found and aide:
        side = _speaker(mention[aide.end():], lex, day).side
        return _Speaker(mention, None, side, "person")
    head = mention.find(",")
    head = len(mention) if head < 0 else head
    named = [f for f in found if f[0].start() > head and f[1].get("kind") == "person"]
    if named and _ROLE_IN.search(mention, 0, head) and not any(
            f[1].get("kind") == "person" for f in found if f[0].start() < head):
        # "Head of the Press Service of the Ministry of Defense, Colonel Vagif Dargahli,": a
        # role, then the one who holds it
        found = named
    if found:
        # "Moscow, Yerevan's main ally" is Moscow and "Aliyev's aide, Hikmet Hajiyev" is
        # Hajiyev: a name that owns something is not the speaker, nor is one in an appositive;
        # a name that ends the phrase is its head ("Russian Foreign Ministry spokeswoman Maria
        # Zakharova" is Zakharova)
        last = len(mention[:head].rstrip())
        best, actor = max(found, key=lambda f: (not _POSSESSOR.match(mention, f[0].end()),
                                                f[0].start() < head, f[0].end() == last,
                                                len(f[0].group())))
        side = actor.get("side")
        side = ";".join(sorted(side)) if isinstance(side, list) else side
        if not _title_abroad(mention, best, side, lex):
            if _title_of_another(mention, best, lex, [a for _, a in found]):
                return _Speaker(mention, None, side, "person")
            kind = actor.get("kind")
            if _POSSESSOR.match(mention, best.end()):
                named = _NAMED_LAST.search(mention[:head])
                if (named and not _ORG_WORDS.search(named["name"])) or (
                        head < len(mention) and _looks_like_person(_appositive_name(mention))):
                    # "Trump's lawyer Michael Cohen", "the prime minister's press secretary,
                    # Mane Gevorgyan": someone of that side, not the one named first
                    return _Speaker(mention, None, side, "person")
                if kind == "person":
                    kind = None  # "Trump's campaign" speaks for Trump, but "she" is not it
            return _Speaker(mention, actor["name"], side, kind)
    if lex.collective is not None and lex.collective.search(mention):
        return _Speaker(mention, None, lex.parties, "collective")
    pattern, by_word = lex.countries
    # "Russia, Armenia's closest ally": the sides of the name before its appositive; a place in
    # a newspaper's name gives it no side ("the Washington Post", "the Kyiv Independent")
    sides = sorted({by_word[_key(m.group())] for m in pattern.finditer(mention, 0, head)
                    if not _MASTHEAD_AFTER.match(mention, m.end())}
                   or {by_word[_key(m.group())] for m in pattern.finditer(mention)
                       if not _MASTHEAD_AFTER.match(mention, m.end())})
    state, states = lex.states
    if len(sides) == 1 and sides[0] in states and state is not None and state.fullmatch(
            mention[:head].strip()):
        return _Speaker(mention, states[sides[0]], sides[0], "state")
    # "Leyla Abdullayeva, head of the press service of the Foreign Ministry" is a person
    kind = "person" if _looks_like_person(_appositive_name(mention)) else None
    return _Speaker(mention, None, ";".join(sides) or None, kind)


_POSSESSOR = re.compile(r"['’]s?\s")
#: Two names coordinated as one subject, no comma in either: "Armenia and Azerbaijan"
_COORDINATED_NAMES = re.compile(r"(?P<first>[^,;]+?)\s+and\s+(?P<second>[^,;]+)")
#: A list of names, each opening with a capital: "The United States, France and Russia"
_NAME_LIST = re.compile(r"(?P<first>(?:[Tt]he\s+)?[A-Z][^,;]*(?:,\s+(?:the\s+)?[A-Z][^,;]*)+),?"
                        r"\s+and\s+(?P<second>(?:the\s+)?[A-Z][^,;]*)")
#: A mention that is an outlet's name alone: "the BBC", "the Kommersant newspaper".
_OUTLET_MENTION = re.compile(r"(?:the\s+)?(?P<name>.+?)(?:\s+(?:newspaper|daily|broadcaster|"
                             r"television|TV|channel|radio|(?:news\s+)?agency))?", re.I)


def _own_name(mention: str, alias: str) -> bool:
    """Whether ``mention`` is the outlet ``alias`` by its own name, not someone of it ("CNN's
    Dana Bash") nor something it made ("a CNN poll")."""
    whole = _OUTLET_MENTION.fullmatch(mention.strip(" ,"))
    return whole is not None and whole["name"] == alias
# a person's name that closes a mention after a lower-case noun ("… lawyer Michael Cohen")
_NAMED_LAST = re.compile(r"(?<=\s)[a-z]+\s+(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s*$")
# the rest of a newspaper's name after the place in it
_MASTHEAD_AFTER = re.compile(r"(?:[\s-][A-Z][\w'’]*)*?[\s-](?:Post|Times|Journal|Herald|Tribune|"
                             r"Gazette|Independent|Weekly|Daily|News|Today|Monitor|Observer|"
                             r"Mirror|Spectator|Telegraph|Express|Standard|Chronicle|Insider|"
                             r"Examiner|Review)(?![\w])")
# people named by where they work or live: "officials at the ministry said", "protest
# organizers in Cleveland say", "people with knowledge of the talks say"
_PEOPLE_PREPOSITIONS = ("at", "in", "from", "with", "on", "of")
_PEOPLE_NOUNS = (r"(?:official|resident|source|diplomat|expert|analyst|observer|soldier|"
                 r"doctor|worker|member|medic|paramedic|rescuer|nurse|activist|journalist|"
                 r"reporter|volunteer|commander)s?|witness(?:es)?|troops|staff|"
                 r"people|someone|one|others|those|leaders|ministry|embassy|consulate|"
                 r"authorities|police|office|mission|governor|mayor|correspondents?")
_PEOPLE_PREPOSITION = rf"\s+(?:{'|'.join(_PEOPLE_PREPOSITIONS)})\s"
_PEOPLE_AT = re.compile(rf"\b(?:{_PEOPLE_NOUNS}){_PEOPLE_PREPOSITION}", re.I)
# the words that tie a source to what it knows: "close to", "familiar with", "briefed on"
_TIES = ("close|closer|familiar|briefed|knowledgeable|privy|loyal|linked|affiliated|allied|"
         "aligned|connected")
# the same, or any plural in lower case, with the phrase after it ending right before a verb
_PEOPLE_AT_BEFORE = re.compile(rf"\b(?:{_PEOPLE_NOUNS}|(?-i:[a-z]+[a-rt-z]s))"
                               rf"(?:{_PEOPLE_PREPOSITION}|\s+(?:{_TIES})\s+(?:to|with|on|"
                               r"about)\s)\s*(?:[\w'’.-]+\s+){1,4}$", re.I)
# any plural in lower case before such a preposition: "protest organizers in Cleveland"
_PLURAL_AT = re.compile(rf"(?<![A-Za-z])[a-z]+[a-rt-z]s{_PEOPLE_PREPOSITION}")
_AIDE = re.compile(r"\b(?P<title>aide|adviser|advisor|assistant|spokes(?:man|woman|person)|"
                   r"envoy|ambassador|representative|mission|delegation|lawyer|press secretary)"
                   r"\s+(?P<to>to|for|of)\s", re.I)
# those sent "to" a country or a body speak for the side that sends them
_SENT = frozenset("ambassador envoy representative mission delegation".split())


def _short_upper_mismatch(found: str, actor: dict[str, Any]) -> bool:
    """Short all-capital aliases (AP, UN, EU) match only in capitals: "ap" is not AP."""
    aliases = [a for a in [*actor.get("aliases", []), actor["name"]] if _key(a) == _key(found)]
    return bool(aliases) and all(a.isupper() and len(a) <= 4 for a in aliases) and (
        found not in aliases)


_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’.-]")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
# capitalised words before a surname that are titles, not first names ("President Trump")
_TITLE_WORDS = frozenset("""President Vice Prime Minister Secretary Senator Sen Governor Gov
General Gen Colonel Col Admiral Adm Mr Mrs Ms Dr Chancellor Premier Chairman Chairwoman Speaker
Ambassador Envoy Spokesman Spokeswoman Defence Defense Foreign Interior Former Acting Deputy
Candidate Nominee Leader King Queen Prince Sheikh Emir Marshal Commander Chief Judge
Justice The A An This That Team""".split())


def _another_first_name(mention: str, alias: re.Match[str], actor: dict[str, Any]) -> bool:
    """Whether a one-word alias (a surname) follows a first name that is not the actor's:
    "Ivanka Trump" is not Donald Trump, "President Trump" is."""
    if " " in alias.group().strip() or actor.get("kind") != "person":
        return False
    before = _WORD_BEFORE.search(mention, 0, alias.start())
    return before is not None and before[1] not in _TITLE_WORDS and before[1] not in actor[
        "name"].split()


def _title_of_another(mention: str, alias: re.Match[str], lex: Lexicon,
                      actors: list[dict[str, Any]]) -> bool:
    """Whether ``alias`` is one of the pack's titles ("US President", "Secretary of State")
    followed by the name of someone the pack does not hold: "US President Ronald Reagan" is
    not Joe Biden, "Secretary of State Hillary Clinton" not Antony Blinken (but "US President
    Joe Biden" is Biden)."""
    if _key(alias.group()) not in lex.titles or not _NAME_AFTER.match(mention, alias.end()):
        return False
    return len(actors) == 1  # no name of the pack's after the title


def _title_abroad(mention: str, alias: re.Match[str], side: str | None, lex: Lexicon) -> bool:
    """Whether ``alias`` is one of the pack's titles held in another country than the one the
    mention names before it: "France's secretary of state" is not the US one."""
    if _key(alias.group()) not in lex.titles:
        return False
    pattern, by_word = lex.countries
    named = {by_word[_key(m.group())] for m in pattern.finditer(mention, 0, alias.start())}
    return bool(named) and side not in named


def _looks_like_person(mention: str) -> bool:
    """Two capitalised words or more, at most five words, and no word of a body in its head
    (a body after "of" or before "'s" is someone's: "Robert Gordon of Northwestern
    University", "Media Research Center's Brent Bozell")."""
    words = mention.split()
    if len(words) > 5 or sum(w[:1].isupper() for w in words) < 2:
        return False
    return not _ORG_WORDS.search(_OWNED_BY.split(_OF_BODY.split(mention, 1)[0])[-1])


_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+")
_OWNED_BY = re.compile(r"['’]s\s+")


def extract_attributions(text: str, paragraphs: list[dict[str, Any]],
                         sentences: list[dict[str, Any]], pack: Pack,
                         published: dt.date | None = None) -> list[dict[str, Any]]:
    """Return attribution rows (without ``article_id``) found in ``text``; a title in the pack
    ("the US President") names whoever held it on the ``published`` day.

    Examples:
        >>> from toolkit.packs import load_pack
        >>> text = '"We withdrew," the ministry said. It added that all was calm.'
        >>> rows = extract_attributions(text, [{"para_id": 0, "start": 0, "end": len(text),
        ...     "zone": "body"}], [{"para_id": 0, "start": 0, "end": 33},
        ...     {"para_id": 0, "start": 34, "end": len(text)}], load_pack())
        >>> for r in rows:
        ...     print(r["kind"], "|", r["content"], "|", r["source"], "|", r["cue"])
        direct | "We withdrew," | the ministry | said
        indirect | that all was calm | It | added
    """
    lex = lexicon(pack)
    state = _State(day=published)
    rows: list[dict[str, Any]] = []
    by_para: dict[int, list[dict[str, Any]]] = {}
    for sentence in sentences:
        by_para.setdefault(sentence["para_id"], []).append(sentence)
    for state.paragraph, paragraph in enumerate(paragraphs):
        if paragraph.get("zone") in SKIPPED_ZONES:
            continue
        quotes, left_open = find_quotes(text, paragraph["start"], paragraph["end"])
        found_here: list[dict[str, Any]] = []
        found_here += _dash_signed(text, paragraph["start"], paragraph["end"], quotes, lex,
                                   state)
        lead = _colon_lead(text, paragraph["start"], paragraph["end"], quotes, lex, state)
        state.turn = lead["_speaker"] if lead else None
        found_here += _inline_labels(text, paragraph["start"], quotes, lex, state)
        if lead:
            found_here.append(lead)
        elif quotes and state.open_quote_row and quotes[0][0] == paragraph["start"]:
            _continue_quote(text, state.open_quote_row, quotes[0])
            state.last_quoted_row = None
        if state.pending_block is not None:
            source, cue, speaker = state.pending_block
            kind = "direct" if quotes and quotes[0] == (paragraph["start"], paragraph["end"]) \
                else "indirect"
            found_here.append(_row(kind, text, [(paragraph["start"], paragraph["end"])], source,
                                   cue, speaker, "cue-then-block", lex))
            state.pending_block = None
        # the cue and its subject are in the paragraph's last sentence ("… in the first
        # place. McCrummen reports:")
        closing = (by_para.get(paragraph["para_id"]) or [paragraph])[-1]
        state.pending_block = _block_cue(text, closing["start"], paragraph["end"], lex, state)
        for sentence in by_para.get(paragraph["para_id"], []) or [paragraph]:
            begin = sentence["start"]
            if begin == paragraph["start"]:  # "BAKU, Sept 13 (Reuters) - ": the outlet's words
                begin += dateline_length(text[begin:sentence["end"]], pack)
            found_here += _sentence(text, begin, sentence["end"], quotes, lex, state)
        if paragraph.get("zone") == "headline" and not found_here:
            found_here += _signed_headline(text, paragraph["start"], paragraph["end"], lex,
                                           state) or _quoted_in_headline(
                text, paragraph["start"], paragraph["end"], lex, state)
        found_here = _dedupe(found_here)
        _relayed_inside(found_here)
        _attach_orphan_quotes(text, found_here, quotes, by_para.get(paragraph["para_id"], []))
        if paragraph.get("zone") == "headline":
            # "Armenia Denies Reports That …": in a title-case headline, no source holds the
            # cue of another attribution ("Armenia Denies" is not the source of "Reports")
            cues = [(r["cue_start"], r["cue_end"]) for r in found_here
                    if r["cue_start"] is not None]
            found_here = [r for r in found_here if r["source_start"] is None or not any(
                r["source_start"] <= s < e <= r["source_end"] for s, e in cues)]
            for row in found_here:
                row["kind"] = "headline"
        if not found_here and not left_open and quotes and quotes[0] == (
                paragraph["start"], paragraph["end"]) and state.last_quoted_row is not None:
            # '"…," X said.' then a paragraph that only goes on quoting: X's words still
            _continue_quote(text, state.last_quoted_row, quotes[0])
        last = max(found_here, key=lambda r: r["content_end"], default=None)
        state.last_quoted_row = last if last is not None and last["rule"] in (
            "quote-then-cue", "cue-then-quote") else None
        rows += found_here
        open_rows = [r for r in found_here if quotes and r["content_end"] == quotes[-1][1]]
        state.open_quote_row = (open_rows[-1] if left_open and open_rows else
                                state.open_quote_row if left_open and quotes and quotes[0][0]
                                == paragraph["start"] and len(quotes) == 1 else None)
    rows.sort(key=lambda r: (r["content_start"], r["content_end"]))
    _headline_speakers(rows)
    _bodies_named_before(text, rows, lex, published)
    for i, row in enumerate(rows):
        row.pop("_speaker", None)
        row.pop("_via", None)
        row.pop("_wide", None)
        row.pop("_by", None)
        row["attribution_id"] = i
    return rows


#: A mention of news media that is no actor of the pack: "local media", "Russian news
#: agencies", "state television"
_MEDIA_MENTION = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:media|news\s+agenc(?:y|ies)|"
                            r"newspapers?|television|TV|radio|news\s+outlets|press\s+reports?)",
                            re.I)


def _relayed_inside(rows: list[dict[str, Any]]) -> None:
    """An attribution inside what an outlet reports came through it: in "The ministry said
    two soldiers were wounded, TASS reported" (or "…, according to TASS", "According to
    local media, witnesses said …") the ministry speaks via TASS. The outlet's own row stays:
    it reports the whole sentence."""
    for row in rows:
        if row["via"] is not None or row["cue_start"] is None or row["source_start"] is None:
            continue
        begin = min(row["source_start"], row["cue_start"])
        for outer in rows:
            speaker = outer.get("_speaker")
            if outer is row or speaker is None or not (
                    outer["content_start"] <= begin and row["cue_end"] <= outer["content_end"]):
                continue
            if speaker.kind in ("agency", "media") or (
                    speaker.actor is None and _MEDIA_MENTION.fullmatch(speaker.mention)):
                row["via"] = speaker.actor or speaker.mention
                break


_NAMED_BEFORE_REACH = 1500  # characters before a source searched for the body it names again


def _bodies_named_before(text: str, rows: list[dict[str, Any]], lex: Lexicon,
                         day: dt.date | None) -> None:
    """A body named again by its head noun ("the service said", "the office said") that no
    earlier speaker resolved is the last body with that head named before it, speaker or
    not: in "Six soldiers were detained by Azerbaijan's State Border Service, the service
    said", the service is Azerbaijan's, side AZE; one named with its side ("the Azerbaijani
    ministry") is the last body of that side with that head."""
    found: dict[str, tuple[str, str | None, str | None]] = {}  # mention → speaker, actor, side
    for row in rows:
        if row["actor"] is not None or row["source"] is None:
            continue
        if row["speaker"] != row["source"]:
            if row["speaker"] in found and row["side"] in (None, found[row["speaker"]][2]):
                # "It said …" after "The Azerbaijani ministry said …": the same body
                row["speaker"], row["actor"], row["side"] = found[row["speaker"]]
            continue
        nominal = _NOMINALS.match(row["source"].lower().strip())
        if nominal is None or nominal["head"] not in _BODY_NOUNS:
            continue
        window = max(0, row["source_start"] - _NAMED_BEFORE_REACH)
        named = list(_named_body(nominal["head"]).finditer(text, window, row["source_start"]))
        for match in reversed(named):
            speaker = _speaker(match.group(), lex, day)
            if (row["side"] is None and (speaker.actor or speaker.side)) or (
                    row["side"] is not None and speaker.actor and speaker.side == row["side"]):
                # (one named with its side, "the Azerbaijani ministry" after "Azerbaijan's
                # defence ministry", is the last of that side named: "the Armenian ministry"
                # skips it)
                found[row["source"]] = (_appositive_name(speaker.mention), speaker.actor,
                                        speaker.side)
                row["speaker"], row["actor"], row["side"] = found[row["source"]]
                break


@lru_cache(maxsize=32)
def _named_body(head: str) -> re.Pattern[str]:
    """A body named in full with ``head`` last: "Azerbaijan's State Border Service", "the
    Armenian Defence Ministry", "the Ministry of Defence" is not (its head comes first)."""
    return re.compile(rf"(?<![\w'’-])(?:[A-Z][\w'’.-]*[^\S\n]+)(?:[\w'’.-]+[^\S\n]+){{0,3}}"
                      rf"(?i:{head})(?![\w-])")


def _headline_speakers(rows: list[dict[str, Any]]) -> None:
    """A headline's speaker that names no actor or side ("Defense Ministry denies …") is the
    first speaker of the body whose mention or actor holds all its words ("The Ministry of
    Defense of Armenia"), when there is one."""
    body = [r for r in rows if r["kind"] != "headline" and (r["actor"] or r["side"])]
    for row in rows:
        if row["kind"] != "headline" or row["actor"] or row["side"] or not row["speaker"]:
            continue
        words = _content_words(row["speaker"])
        match = next((r for r in body if words and words <= _content_words(
            f"{r['speaker']} {r['actor'] or ''}")), None)
        if match is not None:
            row.update(speaker=match["speaker"], actor=match["actor"], side=match["side"])


def _content_words(mention: str) -> frozenset[str]:
    """The words of ``mention`` in lower case, British spelling made American ("defence"),
    less function words."""
    return frozenset(w.replace("defence", "defense") for w in _LOWER_WORD.findall(
        mention.lower()) if w not in _FUNCTION_WORDS)


def _signed_headline(text: str, start: int, end: int, lex: Lexicon, state: _State
                     ) -> list[dict[str, Any]]:
    """A headline signed by its source after a colon, as TASS, APA and Trend write them:
    ``Armenian forces withdrawn: Defense Ministry``."""
    sign = _HEADLINE_SIGN.search(text, start, end)
    if sign is None:
        return []
    mention = sign["src"]
    speaker = _speaker(mention, lex, state.day)
    if not (speaker.actor or speaker.side or _ORG_WORDS.search(mention)):
        return []
    content = _trim_span(text, start, sign.start())
    if content is None or len(text[content[0]:content[1]].split()) < 3:
        return []
    return [_row("indirect", text, [content], sign.span("src"), sign.span("colon"),
                 _resolve(mention, lex, state), "headline-signed", lex)]


def _quoted_in_headline(text: str, start: int, end: int, lex: Lexicon, state: _State
                        ) -> list[dict[str, Any]]:
    """A headline that opens with a name and a quoted word of theirs, with no verb: "Kremlin
    'concerned' over border clashes", "UN chief 'alarmed' by shelling"."""
    match = _NAME_QUOTED.match(text, start, end)
    if match is None:
        return []
    mention = match["src"]
    speaker = _speaker(mention, lex, state.day)
    if not (speaker.actor or speaker.side) or mention.endswith(("'s", "’s")):
        return []  # "Armenia's 'Velvet Revolution' turns three": a name that owns it
    return [_row("mixed", text, [match.span("quote")], match.span("src"), None,
                 _resolve(mention, lex, state), "headline-quoted", lex)]


_NAME_QUOTED = re.compile(r"(?P<src>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+"
                          r"(?P<quote>['‘\"“][^'‘’\"“”]{2,60}['’\"”])(?=[\s,:;]|$)")
_HEADLINE_SIGN = re.compile(r"\s*(?P<colon>:)\s*(?P<src>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)"
                            r"\s*[.]?\s*$")


_CONJUNCTION = re.compile(r"(?:(?:But|And|Still|Yet|So),?\s+)?")


def _attach_orphan_quotes(text: str, rows: list[dict[str, Any]], quotes: list[tuple[int, int]],
                          sentences: list[dict[str, Any]]) -> None:
    """A quote that opens a later sentence of the paragraph with no cue of its own
    ('"…," the minister said. He gave no details. "…"') goes on the words of the last quoted
    speaker before it: a piece of that speaker's attribution, as PolNeAR and PARC code it."""
    for sentence in sentences:
        opening = _CONJUNCTION.match(text, sentence["start"], sentence["end"])
        quote = next((q for q in quotes if q[0] == opening.end()), None)  # "But "…""
        if quote is None or any(_touches(r, quote, sentence) for r in rows):
            continue
        before = [r for r in rows if r["content_end"] <= quote[0] and r["kind"] in (
            "direct", "mixed")]
        if before:
            _continue_quote(text, max(before, key=lambda r: r["content_end"]), quote)


def _touches(row: dict[str, Any], quote: tuple[int, int], sentence: dict[str, Any]) -> bool:
    """Whether ``row`` already covers ``quote`` or has its cue in ``sentence``."""
    if row["content_start"] < quote[1] and quote[0] < row["content_end"]:
        return True
    return row["cue_start"] is not None and sentence["start"] <= row["cue_start"] < sentence[
        "end"]


def _continue_quote(text: str, row: dict[str, Any], quote: tuple[int, int]) -> None:
    """A paragraph that reopens a quote left open by the paragraph before adds a piece to
    the attribution that opened it (the convention of PolNeAR and PARC)."""
    row["content_spans"].append(list(quote))
    row["content_end"] = quote[1]
    row["content"] = text[row["content_start"]:quote[1]]


_COLON_LEAD = re.compile(r"(?P<src>[A-Z][\w.'’-]*(?:\s+[\w.'’()-]+){0,5}?)\s*:"
                         r"(?:\s+(?=\S)|(?=[\"“]))")
_QUOTE_DASH = re.compile(r"[ \u00a0]*(?P<dash>[―—–]+|--)[ \u00a0]*(?P<src>[A-Z][\w.'’-]*"
                         r"(?:[ \u00a0]+[\w.'’-]+){0,5}?)[ \u00a0.]*(?=\n|$)")
_NOT_SPEAKERS = frozenset("read more update note photo watch editor's editor’s related also "
                          "video listen source sources warning breaking exclusive analysis "
                          "opinion live correction according".split())


def _dash_signed(text: str, start: int, end: int, quotes: list[tuple[int, int]], lex: Lexicon,
                 state: _State) -> list[dict[str, Any]]:
    """Quotes on a line of their own, signed after a dash: ``"…" ― Karen Smith``."""
    rows = []
    for s, e in quotes:
        if s > start and text[s - 1] != "\n":
            continue
        sign = _QUOTE_DASH.match(text, e, end)
        if sign is None or not _is_np(sign["src"]) or _has_verb_cue(
                text, sign.start("src"), sign.end("src"), lex):
            continue  # '"…," – Hasanov said.' is the sentence rules' (a dash as a comma)
        name = (sign.start("src"), sign.start("src") + len(sign["src"].rstrip(".")))
        speaker = _resolve(text[name[0]:name[1]], lex, state)
        rows.append(_row("direct", text, [(s, e)], name, sign.span("dash"), speaker,
                         "quote-dash", lex))
    return rows


def _colon_lead(text: str, start: int, end: int, quotes: list[tuple[int, int]], lex: Lexicon,
                state: _State) -> dict[str, Any] | None:
    """``Pashinyan: "We will not give up"`` and transcript turns ``LAVROV: We …``."""
    lead = start + 1 if text[start:start + 1] in "\"“" else start
    if text.find(":", lead, min(end, lead + 200)) < 0:
        return None  # no colon near the start: a substring test before the pattern
    match = _COLON_LEAD.match(text, lead, end)
    if not match or match["src"].lower().split()[0] in _NOT_SPEAKERS:
        return None
    if not _is_np(match["src"]) or _has_verb_cue(text, match.start("src"), match.end("src"),
                                                 lex):
        return None
    if not _speaker_label(match["src"], lex) and not any(
            q[0] == match.end() for q in quotes) and not (_short_name(match["src"]) and any(
            q[0] > match.end() for q in quotes)) and not _speaks_elsewhere(text, match["src"]):
        return None  # a section head; 'Name of any shape: "…"' still quotes someone, and
        # so does a short name before quoted words ("Graham: Trump's 'Hateful Rhetoric' …")
        # or one that speaks elsewhere in the text ("Zelensky: Ukraine will not give up
        # territory" over "…, Zelensky said")
    content_start = match.end()
    # the rest of the paragraph is the speaker's ("PENCE: Well, look, you know, …")
    content_end = _clause_end(text, content_start, end) if any(
        q[0] == content_start for q in quotes) else (
        _trim_span(text, content_start, end) or (content_start, content_start))[1]
    if content_end - content_start < 8:
        return None
    kind = _kind(content_start, content_end, quotes)
    colon = text.index(":", match.end("src"))
    speaker = _resolve(match["src"], lex, state)
    return _row(kind, text, [(content_start, content_end)], match.span("src"),
                (colon, colon + 1), speaker, "colon-lead", lex)


def _speaks_elsewhere(text: str, label: str) -> bool:
    """Whether ``label``, one or two capitalised words, is the subject of a verb of speech
    in ``text``: "Zelensky said", "said Zelensky", "Zelensky told"."""
    if not _short_name(label) or len(label.split()) > 2 or text.count(label) < 2:
        return False  # (the label itself is one mention)
    name = re.escape(label)
    return re.search(rf"(?<![\w.]){name}\s+(?:said|says|told|tells|added|wrote|stated)\b|"
                     rf"\b(?:said|says|told|added)\s+{name}\b", text) is not None


def _kind(content_start: int, content_end: int, quotes: list[tuple[int, int]]) -> str:
    """A content that is one whole quote is direct; one that holds a quote, mixed."""
    if (content_start, content_end) in quotes:
        return "direct"
    return "mixed" if any(content_start <= s < content_end for s, _ in quotes) else "indirect"


def _short_name(label: str) -> bool:
    """Whether ``label`` is one to three capitalised words, none a function word."""
    words = label.split()
    return len(words) <= 3 and all(w[:1].isupper() and w.lower() not in _FUNCTION_WORDS
                                   for w in words)


_INLINE_LABEL = re.compile(r"(?:[.!?]\s+|\s[-—–]+\s+)(?P<src>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,6}?)"
                           r"\s*:\s*$")


def _inline_labels(text: str, start: int, quotes: list[tuple[int, int]], lex: Lexicon,
                   state: _State) -> list[dict[str, Any]]:
    """A quote labelled with its speaker inside a paragraph, after a dash or a sentence:
    ``… CEASEFIRE HOLDS - Anna Petrosyan: "…"`` (newsletter round-ups)."""
    rows = []
    for quote in quotes:
        if not text[max(start, quote[0] - 8):quote[0]].rstrip().endswith(":"):
            continue  # no colon right before the quote: a string test before the pattern
        label = _INLINE_LABEL.search(text, max(start, quote[0] - 100), quote[0])
        if label is None or _has_verb_cue(text, label.start("src"), label.end("src"), lex):
            continue
        source = label["src"]
        if source.lower().split()[0] in _NOT_SPEAKERS or not (
                _speaker_label(source, lex) or _short_name(source)) or not _is_np(source):
            continue
        colon = text.index(":", label.end("src"))
        rows.append(_row("direct", text, [quote], label.span("src"), (colon, colon + 1),
                         _resolve(source, lex, state), "colon-lead", lex))
    return rows


def _speaker_label(label: str, lex: Lexicon) -> bool:
    """Whether ``label`` before a colon names a speaker (a transcript's "PENCE", a person's
    name, a known actor) rather than a section head ("Veto Power Impedes Peace Efforts")."""
    words = label.split()
    if label.isupper() and len(words) <= 3:
        return True
    if any(w.lower() in _FUNCTION_WORDS for w in words):
        return False
    # or a body's name: "NY Post", "Wash Post Fact-Check" (its head near the end; "News"
    # heads section names too: "News Guide")
    body = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and any(
        _ORG_WORDS.fullmatch(w) and w != "News" for w in words[-2:])
    return body or _looks_like_person(label) or _speaker(label, lex).actor is not None


def _block_cue(text: str, start: int, end: int, lex: Lexicon, state: _State
               ) -> tuple[tuple[int, int], tuple[int, int], _Speaker] | None:
    """A paragraph that ends ``X said:`` introduces the next paragraph as its content;
    ``text[start:end]`` is the paragraph's last sentence."""
    if text[end - 1] != ":":
        return None
    cues = list(lex.cue.finditer(text, max(start, end - 80), end))
    last = cues[-1] if cues else None
    channel = _channel(text, last.end(), end) if last is not None else None
    if last is None or text[channel[2] if channel else last.end():end].strip() != ":":
        return None  # "X said:", and "X said in a statement:"
    source = _np_before(text, start, last.start())
    if source is None:
        return None
    return source, (last.start(), last.end()), _resolve(text[source[0]:source[1]], lex, state)


def find_quotes(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    """Quoted spans (quotation marks included) in ``text[start:end]``, and whether the last
    quote is left open at the end. A quote never runs past ``end``, so an unbalanced mark
    cannot swallow the rest of an article.

    Examples:
        >>> find_quotes('He said "yes" and «no» and “maybe', 0, 33)
        ([(8, 13), (18, 22), (27, 33)], True)
        >>> find_quotes("Baku's claim, the 'provocation', it's", 0, 37)
        ([(18, 31)], False)
    """
    quotes = []
    i = start
    while True:
        mark = _MARK.search(text, i, end)
        if mark is None:
            return quotes, False
        opener, position = mark.group(), mark.start()
        if opener != "''" and (opener not in OPENERS or not _opens(text, position, start,
                                                                    end)):
            i = mark.end()
            continue
        closer = "''" if opener == "''" else OPENERS[opener]
        if opener in _DOUBLE_OPENERS:
            j, closer = _double_closer(text, mark.end(), end), '"'
        else:
            j = _closer(text, mark.end(), end, opener, closer)
        if j < 0:
            quotes.append((position, end))
            return quotes, True
        quotes.append((position, j + len(closer)))
        i = j + len(closer)


# a quotation mark, or two apostrophes written for one (the character class first lets the
# engine skip to the next mark)
_MARK = re.compile("[\"“«„‘'”](?:(?<=')')?")
_ELIDED_YEAR = re.compile(r"\d\d(?:s\b|(?!\w))")
_DOUBLE_OPENERS = frozenset('"“')
_DOUBLE_MARK = re.compile('["“”]')
_OPENING_CONTEXT = frozenset(" \t\n\u00a0([{—–-/")


def _double_closer(text: str, j: int, end: int) -> int:
    """Where a quote opened with “ or " before ``j`` closes, or -1. Scraped text mixes
    “curly" and "straight”, or closes with an opening mark (“…“), so any double mark in a
    closing position (after a word or punctuation) closes; one in an opening position (after
    a space) opens a nested quote, skipped with its own close ('“They said "no" to it”')."""
    nested = False
    while True:
        mark = _DOUBLE_MARK.search(text, j, end)
        if mark is None:
            return -1
        p = mark.start()
        # 'the term 'outreach,' " he said': a spaced mark before a space still closes
        opening = mark.group() != "”" and (p == 0 or text[p - 1] in _OPENING_CONTEXT) and (
            p + 1 < end and not text[p + 1].isspace())
        if not opening and not nested:
            return p
        nested = opening and not nested
        j = p + 1


def _closer(text: str, j: int, end: int, opener: str, closer: str) -> int:
    """Where ``closer`` first closes the quote opened before ``j``, or -1."""
    while True:
        j = text.find(closer, j, end)
        if j >= 0 and closer == "''" and text[j + 2:j + 3] == "'":
            j += 1  # "''… 'old-school,'''": the nested single quote closes first
        if j < 0 or _closes(text, j + len(closer) - 1, end, opener):
            return j
        j += 1


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at ``i`` opens a quote (not an apostrophe or a closing mark)."""
    char = text[i]
    if char in "'‘":
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if _ELIDED_YEAR.match(text, i + 1, end):
            return False  # "the '80s", "in '16": an elision, not a quote
        return not before.isalnum() and after.isalnum()
    if char == '"':
        before = text[i - 1] if i > start else " "
        return not before.isalnum() or i == start
    if char == "”":  # a quote opened with the closing mark ('”Fear. I am afraid …”')
        after = text[i + 1] if i + 1 < end else " "
        return (i == start or text[i - 1].isspace()) and after.isalnum()
    return True


def _closes(text: str, j: int, end: int, opener: str) -> bool:
    if opener in ("'", "‘"):
        after = text[j + 1] if j + 1 < end else " "
        return not after.isalnum()  # "it's" inside a single-quoted passage does not close
    return True


def _sentence(text: str, start: int, end: int, quotes: list[tuple[int, int]], lex: Lexicon,
              state: _State) -> list[dict[str, Any]]:
    """Attributions whose cue lies in the sentence ``text[start:end]``."""
    rows: list[dict[str, Any]] = []
    inside = [(s, e) for s, e in quotes if s < end and e > start]
    for cue in lex.cue.finditer(text, start, end):
        if any(s < cue.start() < e for s, e in inside) or _is_noun_use(text, start, cue, lex):
            continue  # a verb inside a quotation is the quoted person's, not a cue
        row = (_relative_denial(text, start, end, cue, lex, state)
               or _quote_then_cue(text, start, end, cue, inside, lex, state, quotes)
               or _said_first(text, start, end, cue, inside, lex, state)
               or _opening_gerund(text, start, end, cue, inside, lex, state)
               or _participle(text, start, end, cue, inside, lex, state, rows)
               or _cue_then_content(text, start, end, cue, inside, lex, state)
               or _content_then_cue(text, start, end, cue, inside, lex, state))
        if row:
            lemma, _, row["_wide"] = lex.forms[cue["verb"].lower()]
            # kept until the sentence is read: a participle after it takes its subject
            # ("continued his assault on Bush, mocking …")
            row["_unquoted"] = lemma in lex.quoting and not _quotes_or_that(text, row)
            rows.append(row)
    rows = [r for r in rows if not (r["_wide"] and _reported(r, rows)) and not any(
        o["cue_start"] == r.get("_by") for o in rows) and not r.pop("_unquoted")
        and not _NOTHING_SAID.fullmatch(text, r["content_start"], r["content_end"])]
    rows += _according_to(text, start, end, inside, lex, state)
    rows += _as_reported(text, start, end, lex, state)
    rows += _passive(text, start, end, lex, state)
    rows += _possessed_claims(text, start, end, inside, lex, state)
    for row in rows:
        _remember_issuer(row, state)
    return rows


def _quotes_or_that(text: str, row: dict[str, Any]) -> bool:
    """Whether a row's content holds a quotation or is a that-clause, as the content of a cue
    that attributes only those must ('"…," he continued', not "Russian forces continued
    offensive operations")."""
    content = text[row["content_start"]:row["content_end"]].rstrip()
    if content.lower().startswith("that "):
        return True
    if not has_quotation_mark(content):
        return False
    # a fragment in quotation marks right after the verb is no one's words: "would continue
    # 'as long as necessary'" (but 'continued: "We will win."')
    return not (row["content_start"] > row["cue_end"] and content[-2:-1].isalnum()
                and not text[row["cue_end"]:row["content_start"]].strip(" ,:"))


_ISSUER_REACH = 3  # paragraphs after the one that names a document's issuer


def _remember_issuer(row: dict[str, Any], state: _State) -> None:
    """Note who issued the document a row names in its cue or channel ("said in a joint
    statement", "issued a statement, calling on"), unless the speaker is a document itself."""
    heads = _DOCUMENT_HEAD.findall(f"{row['cue']} {row['channel']}") if row["channel"] or (
        row["cue"] and " " in row["cue"]) else []  # a one-word cue names no document
    speaker = row["_speaker"]
    if not heads or not speaker.mention or _THE_DOCUMENT.fullmatch(speaker.mention.strip()):
        return
    for head in heads:
        state.issuers[_document_key(head)] = (speaker, state.paragraph)


def _document_key(head: str) -> str:
    """A document's head noun as the issuers are kept: "Communiqué" → "communique"."""
    return head.lower().replace("é", "e")


# the name before "'s": capitalised words, "of (the)" inside ("Ministry of Defence")
_OWNER = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w.-]*$")


def _possessed_claims(text: str, start: int, end: int, quotes: list[tuple[int, int]],
                      lex: Lexicon, state: _State) -> list[dict[str, Any]]:
    """``Armenia's claim that …``, ``his denial that …``: the possessor is the source, the
    noun the cue, the that-clause the content, with the noun's stance from the pack."""
    pattern, stances = lex.nouns
    rows: list[dict[str, Any]] = []
    that = text.find(" that ", start, end) if pattern is not None else -1
    floor = start
    while that >= 0:  # a substring search, then the pattern only just before each "that"
        match = pattern.search(text, max(floor, that - 60), that + 6)
        that = text.find(" that ", that + 5, end)
        if match is None:
            continue
        floor = match.end()
        noun = "noun_by" if match["by"] else "noun"
        if match["by"]:  # "claims by Baku that …": the one after "by"
            source = match.span("by")
        elif match["owner"][0] in "'’":  # "Armenia's": the name that owns the noun
            owner = _OWNER.search(text, max(start, match.start() - 80), match.start())
            if owner is None:
                continue
            lead = _OPENING_PREPOSITION.match(text, owner.start(), owner.end())
            source = (lead.end() if lead else owner.start(), owner.end())  # not "Despite"
        else:  # "his claim that …"
            source = match.span("owner")
        if not text[start:min(source[0], match.start())].strip():
            continue  # "The ministry's claim (Claims by Baku) that … was false": where the
            # clause ends is unsure
        content_start = match.end() - len("that ")
        # "Contrary to his claim that …, there would be …": a phrase that opens the sentence
        # ends at its comma
        opening = bool(_OPENING_PREPOSITION.match(text, start, source[0]))
        content_end = _through_quote(text, content_start, _clause_end(
            text, content_start, end, lex, opening), end, quotes)
        if content_end - content_start < 12:
            continue
        kind = "mixed" if any(content_start <= s < content_end for s, _ in quotes) \
            else "indirect"
        speaker = _resolve(text[source[0]:source[1]], lex, state)
        rows.append(_row(kind, text, [(content_start, content_end)], source,
                         match.span(noun), speaker, "possessed-claim", lex,
                         stance=stances[match[noun].lower()]))
    return rows


# a phrase that opens with one of these is no subject ("Following initial reports of …");
# "in", "on", "at" and "about" are left out: "On Monday Aliyev said", "About half said"
_PREPOSITIONS = frozenset("""following after before amid despite under with without for from
during since over against among into through""".split())
_OPENING_PREPOSITION = re.compile(
    r"\s*(?:Contrary\s+to|In\s+response\s+to|Because\s+of|Unlike|Given|Dismissing|Rejecting|"
    rf"Denying|{'|'.join(sorted(w.capitalize() for w in _PREPOSITIONS))})\s")


def _opening_gerund(text: str, start: int, end: int, cue: re.Match[str],
                    quotes: list[tuple[int, int]], lex: Lexicon,
                    state: _State) -> dict[str, Any] | None:
    """``After saying …, she was whisked off``: a sentence that opens with a preposition and
    a gerund cue; the speaker is the subject of the clause after the comma."""
    lemma, _, wide = lex.forms[cue["verb"].lower()]
    if wide or not _gerund(cue) or not _OPENING_GERUND.fullmatch(text, start, cue.start()):
        return None
    content_start = cue.end()
    while content_start < end and text[content_start] in " \u00a0,:":
        content_start += 1
    content_start = _lead_in(text, content_start, end, quotes, lex) or content_start
    comma = _comma_outside_quotes(text, content_start, end)
    if comma is None or comma - content_start < 3:
        return None
    content_end = _through_quote(text, content_start, comma, end, quotes)
    source = _subject(text, comma + 1, end)
    if source is None:
        return None
    kind = _kind(content_start, content_end, quotes)
    speaker = _resolve(text[source[0]:source[1]], lex, state)
    return _row(kind, text, [(content_start, content_end)], source,
                (cue.start("verb"), cue.end()), speaker, "participle", lex, lemma=lemma)


_OPENING_GERUND = re.compile(r"[\"“']?(?:After|While|Before|Upon|By|When)\s+")


def _said_first(text: str, start: int, end: int, cue: re.Match[str],
                quotes: list[tuple[int, int]], lex: Lexicon,
                state: _State) -> dict[str, Any] | None:
    """``Said Karen Smith, a teacher: "…"``: a sentence that opens with its cue, then the
    source, then the quote."""
    lemma, _, wide = lex.forms[cue["verb"].lower()]
    if wide or lemma in ("ask", "tell") or text[start:cue.start()].strip("\"“'‘ ") or not cue[
            "verb"][:1].isupper():
        return None  # "Asked about the shelling, she said …": a participle, not the cue
    quote = next((q for q in quotes if q[0] > cue.end()), None)
    if quote is None or quote[0] - cue.end() > 150 or text[cue.end():quote[0]].rstrip()[
            -1:] not in (",", ":"):
        return None
    source = _trim_span(text, cue.end(), _first_of(text, ",:", cue.end(), quote[0]))
    if source is None or not _is_np(text[source[0]:source[1]]) or text[
            source[0]:source[1]].split()[0].lower() in _FOLLOWERS:
        return None
    speaker = _resolve(text[source[0]:source[1]], lex, state)
    return _row("direct", text, [quote], source, (cue.start(), cue.end()), speaker,
                "cue-source-quote", lex, lemma=lemma)


def _relative_denial(text: str, start: int, end: int, cue: re.Match[str], lex: Lexicon,
                     state: _State) -> dict[str, Any] | None:
    """``…, which Hamas denies.``: a denial (rejection, dispute) in a relative clause whose
    pronoun stands for what the sentence said before it; the content is the pronoun, as
    PolNeAR marks it, and the clause ends the row ("…, which Mr. Ailes denies, the talk
    ended" is not what he denied)."""
    lemma = lex.forms[cue["verb"].lower()][0]
    if _stance(lemma, lex) != "deny" or not _AFTER_DENIAL.match(text, cue.end(), end):
        return None
    which = _WHICH_SOURCE.search(text, max(start, cue.start() - 60), cue.start())
    if which is None:
        return None
    source = which.span("src")
    if not _is_np(text[source[0]:source[1]]):
        return None
    speaker = _resolve(text[source[0]:source[1]], lex, state)
    return _row("indirect", text, [which.span("which")], source, (cue.start(), cue.end()),
                speaker, "relative-denial", lex, lemma=lemma)


#: ", which Hamas (has) …" right before a cue: the pronoun and the source
_WHICH_SOURCE = re.compile(r",\s+(?P<which>which)\s+(?P<src>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)"
                           r"{0,4}|he|she|they|it|(?:the|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                           r"(?:(?:has|have|had)\s+)?"
                           r"(?:(?:strongly|repeatedly|flatly|categorically|vehemently)\s+)?$")
_AFTER_DENIAL = re.compile(r"\s*(?:[,.;)]|$)")


def _first_of(text: str, chars: str, start: int, end: int) -> int:
    """The first position in ``text[start:end]`` that holds one of ``chars``, else ``end``."""
    return next((i for i in range(start, end) if text[i] in chars), end)


def _reported(row: dict[str, Any], rows: list[dict[str, Any]]) -> bool:
    """Whether ``row``'s cue lies inside the content of a speech cue's row: "He said the
    allies will seek new sanctions" reports what he said, not what the allies seek."""
    return any(not other["_wide"] and other["content_start"] <= row["cue_start"] < other[
        "content_end"] for other in rows if other is not row)


_DETERMINERS = frozenset("""the a an its his her their our my your this these those such one two
three several many some any each every no another other first last new of""".split())
_QUANTIFIERS = frozenset("several many some both most few all another".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
_ARTICLES = _DETERMINERS - _NUMBERS  # "the", "its", "this": before an adjective and its noun
_SPEECH_NEXT = re.compile(r"\s*[,:]?\s*[\"“«]|\s+that\s")
# adjectives that come before a noun of speech: "the earlier report", "a joint statement"
_BEFORE_NOUN = frozenset("""earlier latest new recent previous initial final annual official
joint separate original preliminary detailed weekly daily monthly internal classified
confidential secret leaked unpublished""".split())
_BARE_SUBJECTS = frozenset("""i we you they will would to did does do can could may might must
should shall not n't also""".split())


def _is_noun_use(text: str, start: int, cue: re.Match[str], lex: Lexicon) -> bool:
    """"its neighbour's claims", "the report": a cue word used as a noun, or a past
    participle before "as" ("also known as", "seen as")."""
    lemma = lex.forms[cue["verb"].lower()][0]
    before = text[max(start, cue.start("verb") - 30):cue.start("verb")].split()
    previous = before[-1].lower() if before else ""
    phrase = _SET_PHRASE.search(text, max(start, cue.start("verb") - 16), cue.end() + 16) if (
        lemma in ("say", "speak")) else None
    if phrase and phrase.start() <= cue.start("verb") < phrase.end():
        return True  # "That said, …", "needless to say", "so to speak": no one speaks
    if text[cue.start("verb") - 1:cue.start("verb")] == "-" and text[
            cue.start("verb") - 2:cue.start("verb") - 1].isalnum():
        return True  # "the so-called …", "army-backed", "self-described": a compound
    if cue["verb"].lower().endswith("s") and _SPEECH_VERB_NEXT.match(text, cue.end("verb")):
        return True  # "Media reports say …", "Reports said …": the subject of a verb of speech
    follow = lex.followed_by.get(lemma)
    if follow is not None and not follow.match(text, cue.end("verb")):
        return True  # "peace talks collapsed", "a round planned for August"
    if lemma == "brief" and _BRIEFED_ON.match(text, cue.end("verb")) and previous not in (
            "is", "was", "were", "been", "being", "be", "are"):
        return True  # "officials briefed on the talks said": who they are, not what they
        # said ("Obama is briefed on the situation" is told something)
    if lemma == "continue" and _CONTINUE_TO.match(text, cue.end()):
        return True  # "continued to fight", "are continuing talks": aspect, not speech
    if lemma == "call on" and not _CALL_ON_TO.match(text, cue.end()):
        return True  # "called on Tuesday", "called on his phone": no appeal to anyone
    if lemma == "compare" and _COMPARED_WITH.match(text, cue.start("verb") - 2):
        return True  # "$98,000, compared with $93,000": a preposition, not a comparison made
    if previous in _NUMBERS and cue["verb"].lower() != lemma and _SPEECH_NEXT.match(
            text, cue.end()):
        return False  # 'a mother of three replied, "…"': a verb after a number
    if previous in _QUANTIFIERS and not cue["verb"].lower().endswith("s") and (
            previous != "another" or cue["verb"].lower() != lemma) and (
            ((len(before) == 1 or before[-2][-1:] in ".:;\"”") and before[-1][:1].isupper())
            or (len(before) > 1 and before[-2] in ("Yet", "And", "But"))):
        return False  # "Several said …", "Yet another said …": a quantifier as the subject
    if (previous.endswith(("'s", "’s")) and cue.start() == cue.start("verb")) or (
            previous in _DETERMINERS) or (
            previous.isdigit() and len(previous) != 4):  # "two reports", not "in 2010 said"
        return True
    ahead = before[-2].lower() if len(before) > 1 else ""
    if (ahead in _NUMBERS or ahead in _QUANTIFIERS or (ahead.isdigit() and len(ahead) != 4)
            ) and ahead not in ("one", "another", "1") and cue.start() == cue.start("verb") and (
            cue["verb"].lower() == lemma + "s") and previous not in _DETERMINERS and (
            len(before) == 2 or before[-3][-1:] in ".:;\"”"):
        return True  # "200 Clinton emails", "All releasable emails" opening a sentence: a
        # plural noun (a verb in "s" takes no plural subject; but "an average of polls over
        # the past two weeks shows" has a subject before the number)
    if cue.start() != cue.start("verb") and ahead in _ARTICLES and _LY_WORD.fullmatch(
            previous):
        return True  # "a swiftly called meeting": an adjective
    if previous in _BEFORE_NOUN and ahead in _ARTICLES and cue["verb"].lower() in (
            lemma, lemma + "s"):
        return True  # "the earlier report", "its latest claims": a noun after its adjective
    if _gerund(cue) and cue.start() == cue.start("verb") and not _GERUND_OPENER.search(
            text, max(start, cue.start() - 40), cue.start()) and not _name_before_quoted_gerund(
            text, start, cue, lemma) and not _WITH_SUBJECT.search(
            text, max(start, cue.start() - 80), cue.start()) and not (
            lemma not in _DEPICT and _issued(text, start, cue)):
        return True  # a gerund after a verb ("avoids condemning") is not a cue
    if previous.endswith("ed") and before[-1].islower() and previous not in (
            "reportedly", "allegedly") and not _UNNAMED_RELATIVE.search(
            text, max(start, cue.start() - 120), cue.start()):
        # "restricted comments": the cue word is an object noun (but not after a name, "Husted
        # said", nor after "a diplomat who asked not to be named")
        return True
    verb = cue["verb"].lower()
    if verb == lemma and cue.start() == cue.start("verb") and lemma not in lex.bare_past:
        # a bare form ("report", "plan") is a verb only after a plural subject or a modal
        plural = (previous.endswith("s") and previous.isalpha() and previous not in (
            "his", "its", "this", "was", "has", "is")) or previous in ("people", "police") or (
            bool(before) and before[-1][:1].isupper() and "and" in before[-4:-1])  # "X and Y say"
        if previous not in _BARE_SUBJECTS and not plural and not (
                lemma in _SPEECH_LEMMAS and _PEOPLE_AT_BEFORE.search(
                    text, max(start, cue.start() - 60), cue.start())):
            return True
        if _SINGULAR_NAME.search(" ".join(before[-5:])):
            return True  # "a New York Times report": a singular name does not "report"
    return (verb.endswith(("ed", "en", "own", "ought")) and bool(_AS_AFTER.match(
        text, cue.end(), cue.end() + 4)) and not _PERFECT_BEFORE.search(
        text, start, cue.start("verb")))


# a verb of speech right after a cue word makes that word a plural noun, its subject
_SPEECH_VERB_NEXT = re.compile(r"\s+(?:say|says|said|suggest(?:s|ed)?|show(?:s|ed)?|"
                               r"indicate[sd]?)\b")
# set phrases with a verb of speech in them
_SET_PHRASE = re.compile(r"(?<![\w'’])(?:that\s+said|having\s+said\s+that|needless\s+to\s+say|"
                         r"suffice\s+(?:it\s+)?to\s+say|so\s+to\s+speak|that\s+is\s+to\s+say|"
                         r"to\s+say\s+the\s+least|(?:strictly|generally|roughly|broadly)\s+"
                         r"speaking)(?![\w'’])", re.I)
# verbs of speech whose bare form may follow people named by where they are: "Officials in
# Kyiv say", "residents of the town warn" (not "heads of state report to parliament")
_SPEECH_LEMMAS = frozenset("say claim warn insist argue allege deny estimate".split())
# an article and a name right before a bare cue form: "a New York Times report"
_SINGULAR_NAME = re.compile(r"(?<![\w'’])(?:a|an|A|An)(?:\s+[A-Z][\w.'’-]*)+$")
_BY_GERUND = re.compile(r"(?:to|at|with)\s[^,;:\"“”]{1,80}?\sby\s(?P<ing>[a-z]+ing)\b")
_BRIEFED_ON = re.compile(r"\s+(?:on|about)\b")
_CONTINUE_TO = re.compile(r"\s+(?:to\s+\w|\w+ing\b)")
# "called on both sides to respect the ceasefire": whom, then what they should do
_CALL_ON_TO = re.compile(r"\s+[^.;:!?\"“”]{1,80}?\s[\"“]?to\s+[\"“]?\w")
_COMPARED_WITH = re.compile(r",\scompared\s(?:with|to)\b", re.I)
_PARTICIPLE = re.compile(r",[”\"’]?\s*$")  # '… of "New York values," saying …'
# "began by saying …", "drew boos upon saying …"
_BY_WHILE = re.compile(r"(?<!\w)(?:by|while|before|after|upon)\s+$")
# what may come before a gerund cue: a comma, a conjunction or one of those prepositions
_GERUND_OPENER = re.compile(r"(?:,[”\"’]?|\b(?:and|by|while|after|before|when|without|upon))"
                            r"\s*$", re.I)
# "…, with Senator X saying …": an absolute clause names the gerund's subject
_WITH_SUBJECT = re.compile(r"(?<![\w'’])with\s+(?P<np>[^\s,;:\"“”()][^,;:\"“”()]{1,60}?)\s+$")


def _participle(text: str, start: int, end: int, cue: re.Match[str],
                quotes: list[tuple[int, int]], lex: Lexicon, state: _State,
                earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """``…, describing Armenia's move as a "provocation"``: an -ing cue after a comma takes
    the source of the clause it hangs on."""
    verb = cue["verb"]
    coordinated = bool(_AND_BUT_BEFORE.search(text, max(start, cue.start() - 40),
                                              cue.start()))
    lemma, _, wide = lex.forms[verb.lower()]
    if lemma in ("cite", "quote") and _relayed_by_cue(text, start, cue, end, lex):
        return None  # "RIA reported, citing the military, that …": the cue's relay
    # "…, calling on Congress to act": a participle cue; "…, referring to …" only glosses
    participle = _gerund(cue) and lemma not in _GLOSSES and (
        _PARTICIPLE.search(text, max(start, cue.start() - 40), cue.start())
        or _BY_WHILE.search(text, max(start, cue.start() - 8), cue.start()))
    absolute = _WITH_SUBJECT.search(text, max(start, cue.start() - 80), cue.start()) if _gerund(
        cue) else None
    went_on = _WENT_ON.search(text, max(start, cue.start() - 60), cue.start()) if (
        lemma not in _DEPICT) else None  # "went on to show its strength" is no speech
    # an appeal to someone (", urging both sides to stop …") is speech, not a gloss
    appeal = lemma in _APPEALS and bool(_APPEAL_OBJECT.match(text, cue.end(), end))
    if went_on:  # "…, going on to say …", "X went on to accuse …": the same speaker goes on
        participle = True
    named = None if participle or coordinated else _name_before_quoted_gerund(
        text, start, cue, lemma)
    if named:  # 'footage of Hillary Clinton asking, "…"'
        earlier, participle = [_source_entry(text, named, lex, state)], True
    issued = _issued(text, start, cue) if lemma not in _DEPICT else None
    subject = (_np_before(text, start, issued.start()) or _subject(text, start, cue.start())
               ) if issued else None
    if subject is not None and not _SUBJECT_GAP.fullmatch(text, subject[1], issued.start()):
        subject = None  # the subject must be that of the issuing verb
    cue_start = cue.start("verb")
    if absolute and _is_np(absolute["np"]):  # "…, with McCain calling it a “menu.”"
        earlier, participle = [_source_entry(text, absolute.span("np"), lex, state)], True
    elif subject is not None:  # "The ministry issued a statement saying …": the cue is the
        # whole phrase, the source the sentence's subject
        earlier, participle, wide = [_source_entry(text, subject, lex, state)], True, False
        cue_start = issued.start()
    elif not earlier and participle and (not wide or went_on or appeal):
        subject = _subject(text, start, cue.start())
        if subject is not None:  # "A judge has rejected the request, saying …"
            earlier = [_source_entry(text, subject, lex, state)]
    if not earlier or not (coordinated or participle):
        return None
    if wide and not coordinated and not went_on and not appeal:
        return None  # ", highlighting …" is the narrator's gloss, not speech
    content_start = _told_object_end(text, cue.end(), end) if lemma == "tell" else cue.end()
    while content_start < end and text[content_start] in " \u00a0,:":
        content_start += 1
    lead_in = _lead_in(text, content_start, end, quotes, lex)
    if lead_in:
        content_start = lead_in  # 'telling them, "…"': the quote is the content
    content_end = _through_quote(text, content_start, _quote_only(
        text, content_start, _clause_end(text, content_start, end, lex), quotes), end, quotes)
    if lemma == "use the phrase":
        content_end = _phrase_used(content_start, quotes) or content_start
    if content_end - content_start < 3:
        return None
    previous = earlier[-1]
    if coordinated:  # "X said that she thinks … but said …": the outer speaker goes on
        ending = [r for r in earlier if "content_start" in r and
                  0 <= cue.start() - r["content_end"] <= 12]
        if ending:
            previous = min(ending, key=lambda r: r["content_start"])
    if participle and previous["source_start"] is not None and text[
            previous["source_start"]:previous["source_end"]].lower() in ("who", "which"):
        # "… an architect who said he was unpaid, saying …": the participle hangs on the
        # main clause, not on the relative clause before it
        subject = _subject(text, start, cue.start())
        if subject is not None:
            previous = _source_entry(text, subject, lex, state)
    verb = _INTRANSITIVE.search(text, start, cue.start()) if coordinated else None
    subject = _np_before(text, start, verb.start()) if verb else None
    inner = _INNER_SUBJECT.search(text, max(start, cue.start() - 120), cue.start()) if (
        coordinated and subject is None) else None
    if inner:  # "… after she attacked the police and blamed …": she goes on
        subject = inner.span("np")
    if subject is not None:  # "…, I laughed and said": the subject of the verb before "and"
        previous = _source_entry(text, subject, lex, state)
    source = (previous["source_start"], previous["source_end"]) if previous[
        "source_start"] is not None else None
    kind = _kind(content_start, content_end, quotes)
    if went_on:
        cue_start = went_on.start()
    # "…, RIA reported, citing the army.": the one who relays cites, not the one relayed
    speaker = previous.get("_via") if lemma in ("cite", "quote") else None
    return _row(kind, text, [(content_start, content_end)], source, (cue_start, cue.end()),
                speaker or previous["_speaker"], "participle", lex, lemma=lemma)


def _phrase_used(content_start: int, quotes: list[tuple[int, int]]) -> int | None:
    """'has used the phrase "Islamic terrorism" often': the quoted phrase is what was said, and
    the content ends with it; with no quote ("used the phrase at a rally") there is none."""
    return next((e for s, e in quotes if s == content_start), None)


def _source_entry(text: str, span: tuple[int, int], lex: Lexicon,
                  state: _State) -> dict[str, Any]:
    """A source for a participle to hang on, shaped as the rows it may also come from."""
    return {"source_start": span[0], "source_end": span[1],
            "_speaker": _resolve(text[span[0]:span[1]], lex, state)}


# a name, a gerund cue and a quote: 'footage of Hillary Clinton asking, "…"'
_NAME_THEN_QUOTE = re.compile(r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+[a-z]+ing"
                              r"\s*[,:]?\s*[\"“«]")


def _name_before_quoted_gerund(text: str, start: int, cue: re.Match[str],
                               lemma: str) -> tuple[int, int] | None:
    """The name right before a speech gerund that a quote follows ('footage of Hillary
    Clinton asking, "…"'), or None."""
    if lemma not in _SPEECH_GERUNDS or not _gerund(cue):
        return None
    for match in _NAME_THEN_QUOTE.finditer(text, max(start, cue.start() - 60), cue.end() + 3):
        if match.end("name") == cue.start() - 1 and not _PLACE_BEFORE_NAME.search(
                text, max(start, match.start() - 6), match.start()):
            return match.span("name")
    return None


_SPEECH_GERUNDS = frozenset("say ask tell write add chant shout yell scream declare sing".split())
_PLACE_BEFORE_NAME = re.compile(r"\b(?:on|in|at|via|from|to)\s+$")  # "on Facebook writing"
# "went on to say", "took to Twitter overnight to accuse": the subject speaks again
_WENT_ON = re.compile(r"\b(?:(?:go|goes|went|going|gone)\s+on|(?:take|takes|took|taking|taken)"
                      r"\s+to\s+(?:[A-Z][\w.-]*|the\s+[a-z]+)(?:\s+[a-z]+){0,2}?)\s+to\s+$")
# multi-word cues that, as a participle after a comma, explain the narrator's words
_GLOSSES = frozenset({"refer to", "point to", "point out", "lay out", "put it"})
_APPEALS = frozenset({"urge", "encourage", "request", "order", "recommend"})
# whom an appeal goes to, then what they should do: " both sides to stop the fighting"
_APPEAL_OBJECT = re.compile(r"\s+[^,;:\"“”]{1,60}?\sto\s+[a-z]+")
# between a subject and its verb: "X, who …, issued", "She also sent"
_SUBJECT_GAP = re.compile(rf"\s*(?:,[^;:\"“”]*,\s*)?(?:{_ADVERB}\s+)?")


def _gerund(cue: re.Match[str]) -> bool:
    """Whether the cue is an -ing form ("saying", "calling on")."""
    return bool(getattr(cue, "gerund", False))


def _issued(text: str, start: int, cue: re.Match[str]) -> re.Match[str] | None:
    """``issued a statement on Tuesday`` before an -ing cue ("… saying"), if there; looked
    up once per cue, as four rules ask."""
    if not _gerund(cue):
        return None
    known = cue.issued
    if known is None or known[0] != start:
        known = cue.issued = (start, _ISSUED.search(text, max(start, cue.start() - 120),
                                                    cue.start()))
    return known[1]


# a text that shows or reveals something is evidence, not its issuer's speech
_DEPICT = frozenset({"show", "reveal", "document"})
# "issued a statement on Tuesday saying …", "released a letter, calling …": a published text
# whose -ing cue speaks for the sentence's subject
_ISSUED = re.compile(
    r"\b(?:issu|releas|publish|post|sen[dt]|put\s+out|sent\s+out|tweet|unleash|fir(?=e[ds]?\s+off|"
    r"ing\s+off))(?:e|es|ed|s|ing)?(?:\s+off)?\s+"
    r"(?:(?:a|an|the|its|his|her|their|another|one)\s+)?(?:(?:series|string|flurry|barrage|"
    r"volley|stream)\s+of\s+)?(?:(?!of\s|to\s)[\w-]+\s+){0,3}?"
    r"(?:statement|letter|message|note|tweet|post|video|communiqu[eé]|declaration|memo|"
    r"press\s+release)s?\b[^.;:\"“”–—―]{0,60}?[\s,]*$", re.I)


# a past verb with no object before "and <cue>" ("smiled and said", "paused and added")
_INTRANSITIVE = re.compile(r"(?<=\s)[a-z]+ed(?=\s+and\s+$)")
_LEAD_IN = re.compile(r"[^\"“”«».;!?]{1,60}?[,:]\s*(?=[\"“«])")


_THAT_CLAUSE = re.compile(r"that\s", re.I)


def _lead_in(text: str, start: int, end: int, quotes: list[tuple[int, int]],
             lex: Lexicon) -> int | None:
    """Where a quote opens after a short lead-in ('told his audience on Monday, "…"'), when
    no cue of its own sits in the lead-in ('mentioned it, and I said, "…"'), else None."""
    lead_in = _LEAD_IN.match(text, start, end)
    if lead_in is None or not any(s == lead_in.end() for s, _ in quotes) or _has_verb_cue(
            text, start, lead_in.end(), lex) or _THAT_CLAUSE.match(lead_in.group()):
        return None  # 'adds that Muslims have two choices: "…"': the clause is content too
    return lead_in.end()
# a clause or an aside after a quote ('… "crap" -- one question …')
_CLAUSE_AFTER_QUOTE = re.compile(r"[,;]?\s+(?:(?:and|but)(?!\s+(?:the|a|an|his|her|its|their|"
                                 r"other|some|many|all)\b|\s+[\"“‘«])|before|after|while|when|"
                                 r"until|as)\b|[,;]\s|\s*(?:--|[—―–])\s")


# 'yelled "You lie!" at the president': a quoted sentence that ends inside its marks
_ENDS_SENTENCE = re.compile(r"[a-z]{2}[.!?…][\"”’'»]+$")


def _quote_only(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> int:
    """Where a content that opens with a quote ends: at the quote when a new clause follows
    it ('chanted "What curfew?" and kept going') or when the quoted sentence ends inside its
    marks, else at ``end``."""
    starting = [q for q in quotes if q[0] == start]
    if not starting:
        return end
    close = starting[0][1]
    if _CLAUSE_AFTER_QUOTE.match(text, close, max(end, close)) or _ENDS_SENTENCE.search(
            text[max(start, close - 8):close]) or _TITLE_ADJUNCT.match(text, close, end):
        return close
    return end


# 'Clinton Speaks ‘Directly To White People’ After Latest Police Shooting': in a title-case
# headline, the quote is what was said and the phrase after it says when
_TITLE_ADJUNCT = re.compile(r"\s+(?:After|Before|Amid|During|Following|Over|As|In|On|At)\s+[A-Z]")


def _through_quote(text: str, start: int, stop: int, end: int,
                   quotes: list[tuple[int, int]]) -> int:
    """Where a content that runs to the end of its sentence ``end`` stops, when a quote opened
    inside it goes on past that end ('saying, "It was calm. Then the shelling began."'): the
    quote's close, since a sentence split inside a quotation does not end what was said."""
    if text[stop:end].strip(" \u00a0.!?…"):
        return stop
    return max((e for s, e in quotes if start <= s < stop and e > end), default=stop)


_FINITE = frozenset("""is are was were has have had will would can could did does do may might
must should shall""".split())


_IRREGULAR_PAST = frozenset("""went began took made gave came got put kept held led left met ran
sent set stood brought built caught chose drew drove fell fought knew lost meant paid rose sat
sold spent struck threw won shook spoke wrote saw heard felt found thought told said hit shot
fled became stole swept spread shut broke tore wore""".split())
_ADVERBS_BEFORE = re.compile(rf"(?<=\s)(?:{_ADVERB}\s+)+$")
_OPENING_PHRASE = re.compile(
    r"(?:[A-Z][a-z]+ly|Meanwhile|However|Instead|Still|Yesterday|Today|Also|Then|Now|Later|"
    r"Earlier|Elsewhere|(?:In|At|On|During|After|Before|While|When|Since|Following|Despite|"
    r"Speaking|Earlier|Later|Last|Over|(?:Here|There)\s+(?:in|at|on))\s[^,;:\"“”]{1,80}?),\s+")


def _subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that opens a sentence, up to its first finite verb ("A New York judge
    [has rejected …]"), or None when the sentence does not open with one."""
    opener = _OPENING_PHRASE.match(text, start, end)
    if opener:  # "Meanwhile, it attacked …", "During a rally in Ganja, Aliyev …"
        start = opener.end()
    words = list(_WORD.finditer(_masked(text, start, end)))
    for i, word in enumerate(words[:12]):
        token = word.group().lower()
        past = (token.endswith("ed") and token.isalpha()) or token in _IRREGULAR_PAST
        if token in _FINITE or (i and past):
            if i == 0 or any(c in text[start:start + word.start()] for c in ";:\"“”"):
                return None
            prefix = text[start:start + word.start()]
            if "," in prefix:  # "Aliyev, the president, said"
                adverbs = _ADVERBS_BEFORE.search(prefix)  # "…, then appeared"
                named = _np_before(text, start, start + (adverbs.start() if adverbs else len(
                    prefix)))
                if named and named[0] == start + words[0].start():
                    return named
                # "At a rally in Ganja, Azerbaijan, on Sunday, Aliyev said": the last chunk
                last = _np_span(text, start + prefix.rfind(",") + 1, start + word.start())
                return last if opener and last and text[last[0]].isupper() else None
            last = i - 1  # "He also issued …": the adverb is no part of the subject
            while last > 0 and re.fullmatch(_ADVERB, words[last].group()):
                last -= 1
            span = (start + words[0].start(), start + words[last].end())
            phrase = text[span[0]:span[1]]
            if phrase.lower() in ("there", "here"):
                return None  # "There is a lot of chatter about Perez, saying …": no subject
            return span if _is_np(phrase) and (not phrase[0].islower() or phrase.lower()
                                               in _PRONOUNS or phrase.split()[0] in (
                _DETERMINERS - {"of", "new", "first", "last"})) else None
    return None


# what may stand right before a quotation that is a sentence of its own
_OPENS_SENTENCE = re.compile(r"(?:[.!?\n\"”’]|^)\s*$")


def _quote_then_cue(text: str, start: int, end: int, cue: re.Match[str],
                    quotes: list[tuple[int, int]], lex: Lexicon, state: _State,
                    paragraph_quotes: list[tuple[int, int]]) -> dict[str, Any] | None:
    """``"…," X said`` / ``"…," said X`` / relays, and a second quote after the cue."""
    # the quote may close the previous "sentence" ('"…?" Graham asked.')
    before = [q for q in paragraph_quotes if start - 3 <= q[1] <= cue.start()]
    if not before:
        return None
    quote = before[-1]
    gap = text[quote[1]:cue.start()]
    if len(gap) > 160 or not _QUOTE_CUE_GAP.fullmatch(gap):
        return None
    if not _quote_ends_clause(text, quote) and (
            quote[0] < start or text[start:quote[0]].strip() or "," in gap):
        return None  # a quote that opens its sentence may end bare ('"…" X said.')
    if quote[1] < start and re.match(r"\s*[,:]\s*[\"“«]", text[cue.end():end]):
        return None  # '"…." He added, "…"': the cue introduces the quote after it
    if quote[1] < start and not _OPENS_SENTENCE.search(text, max(0, quote[0] - 3), quote[0]):
        return None  # 'X said it acted "to save lives." It did not say …': X's quote
    lemma, _, wide = lex.forms[cue["verb"].lower()]
    if wide and quote[1] < start and text[cue.end():end].strip(" \u00a0.!"):
        return None  # '"…" Clinton plans to visit …': a new sentence, not a speech cue
    source_span = _trim_span(text, quote[1], cue.start())
    if source_span is not None and _gerund(cue):
        return None  # '"…," X sings to her before asking …': a gerund has no subject of its own
    after = cue.end()
    speaker_span = None
    rule = "quote-then-cue"
    relay = _relay(text, after, end, lemma)
    via_span = source_span
    if relay:  # the source is the relaying outlet next to the cue, the speaker the one cited
        cue_span = (cue.start("verb"), after + relay.end())
        rule = "relay"
        relayed = (after + relay.start("src"), after + relay.end("src"))
        if relay["by"]:  # "X was quoted by APA as saying": X speaks, via APA
            via_span = relayed
        else:
            speaker_span = relayed
    else:
        cue_span = (cue.start(), cue.end())
        if source_span is None:  # inverted: "said the ministry", but not '"…," saying …'
            if _gerund(cue):
                return None
            source_span = _np_after(text, cue.end(), end)
            name = _NAME_CLOSING.match(text, source_span[1], end) if source_span else None
            if name:  # "said the French foreign minister, Jean-Yves Le Drian.": the name too
                source_span = (source_span[0], name.start("name") + len(name["name"].rstrip(".")))
        elif _content_follows(text, cue, end, lemma) or (
                quote[1] < start and _TOLD_THAT.match(text, cue.end(), end)):
            return None  # '"Fox News Sunday," X said his …': the cue takes the clause after it
    if source_span is None or not _is_np(text[source_span[0]:source_span[1]].split(",")[0]):
        return None
    pieces = [quote]
    lead = _trim_span(text, start, quote[0])
    if lead and quote[0] >= start and not re.search(r"[:—―–]\s*$", text[start:quote[0]]) \
            and not any(not lex.forms[c["verb"].lower()][2] for c in lex.cue.finditer(
                text, start, quote[0])):  # a wide cue ("offer") is part of what X said
        pieces = [(lead[0], quote[1])]  # 'However laudable, the tax "is misguided," X said'
    second = [q for q in paragraph_quotes if q[0] >= cue_span[1] and _SECOND_QUOTE_GAP.fullmatch(
        text, cue_span[1], q[0])]
    resumed = next((q for q in paragraph_quotes if cue_span[1] <= q[0] < end), None)
    if second and len(text[cue_span[1]:second[0][0]]) <= 45 and not lex.cue.search(
            text, cue_span[1], second[0][0]) and not _cue_after(text, second[0][1], lex):
        pieces.append(second[0])
    elif resumed and _LOWER_CASE_RESUME.match(text, resumed[0]) and re.fullmatch(
            r"[^\"“”«»]{0,250},\s*", text[cue_span[1]:resumed[0]]) and not lex.cue.search(
            text, cue_span[1], resumed[0]):
        # '"…," said Raffaello Pantucci, director of … in London, "but it is …"': a long
        # interruption, and the quote goes on in lower case: the same sentence, split
        pieces.append(resumed)
    else:
        # '"…," said X, a long appositive. "…"': the quote resumes right after the sentence
        following = [q for q in paragraph_quotes if q[0] >= end]
        if following and not text[end:following[0][0]].strip() and not any(
                cue_span[1] <= q[0] < end for q in paragraph_quotes) and not _cue_after(
                text, following[0][1], lex):
            pieces.append(following[0])
    channel = _channel(text, cue_span[1], end)
    if channel is None and source_span[0] >= cue_span[1]:
        # '"…," said X, the UN coordinator for Sudan, in a statement on Thursday.'
        channel = _channel_inside(text, source_span[1], end)
    elif channel is None and lemma == "tell":  # '"…," a resident told AFP by phone.'
        channel = _channel(text, _told_object_end(text, cue_span[1], end), end)
    named = speaker_span or source_span
    speaker = _resolve(text[named[0]:named[1]], lex, state)
    via = _speaker(text[via_span[0]:via_span[1]], lex, state.day) if relay else None
    # words of the writer's before the quote make the content mixed
    kind = "direct" if pieces[0] == quote else "mixed"
    return _row(kind, text, pieces, source_span, cue_span, speaker, rule, lex,
                via=via, channel=channel, lemma=lemma)


_LOWER_CASE_RESUME = re.compile(r".[ \u00a0]*(?:\.\.\.|…)?[ \u00a0]*[a-z]")
_FOLLOWERS = frozenset("""in on at during after before of about to while when via from last this
earlier later with without as at yesterday today tonight recently monday tuesday wednesday
thursday friday saturday sunday afterward afterwards repeatedly again then and but outside by
jan jan. feb feb. march april may june july aug aug. sept sept. oct oct. nov nov. dec dec.
january february august september october november december
inside aboard over near onstage backstage across through into following amid upon behind
alongside throughout since until once just shortly moments""".split())


def _relay(text: str, after: int, end: int, lemma: str) -> re.Match[str] | None:
    """``cited / quoted [Armenia's defence ministry] as saying`` after a cue, if there; in the
    passive (group ``by`` set), the outlet: "was quoted [by APA] as saying", "was quoted as
    saying [by APA]"."""
    if lemma == "quoted as saying":
        return _RELAY_BY_AFTER.match(text[after:end])
    if lemma not in ("cite", "quote"):
        return None
    return _RELAY.match(text[after:end])


_RELAY = re.compile(r"\s+(?:(?P<by>by)\s+)?(?P<src>[^,;:\"“”]{2,80}?)\s+as\s+"
                    r"(?:saying|stating|telling)\b")
_RELAY_BY_AFTER = re.compile(r"\s+(?P<by>by)\s+(?P<src>[^,;:\"“”.]{2,80}?)"
                             r"(?=\s*(?:[,.;!?]|$)|\s+that\s)")
#: A relay set off by commas after the cue: "RIA Novosti reported, citing the Russian
#: military, that …" (the military speaks, via RIA Novosti).
_CITED_BY = r",\s+(?:citing|quoting)\s+(?P<src>[^,;:\"“”]{2,80}?)"
_CITING = re.compile(rf"{_CITED_BY},\s+")
# the same closing the sentence: "…, state media reported, citing the Revolutionary Guards."
# (its participle stays a row of its own, as PolNeAR marks it)
_CITING_CLOSE = re.compile(rf"{_CITED_BY}\s*[.!?]?\s*$")
# what a relay cites, by its last word: a name, or a noun of people, bodies or documents
# ("citing the Russian military", "Citing intelligence sources"; not "citing low growth",
# "Citing security concerns")
_CITED = re.compile(r"(?:(?:source|official|spokes(?:man|woman|person)|witness|resident|diplomat|"
                    r"report|statement|document|agenc(?:y|ie)|militar|ministr|polic|authorit|"
                    r"government|army|media|intelligence|people|person|someone|observer|"
                    r"monitor|analyst|expert|servic|minister|president|office|council|"
                    r"committee|commission|ombuds|commander)\w*|data|figures|[A-Z][\w.'’-]*)$")


def _citing(text: str, position: int, end: int, pattern: re.Pattern[str] = _CITING
            ) -> re.Match[str] | None:
    """``, citing [the Russian military],`` at ``position``, if what it cites is a source."""
    match = pattern.match(text, position, end)
    # by its head: "the press service of the prime minister"
    return match if match and (_CITED.search(match["src"]) or _CITED.search(
        match["src"].partition(" of ")[0])) else None


def _relayed_by_cue(text: str, start: int, cue: re.Match[str], end: int, lex: Lexicon
                    ) -> bool:
    """Whether the "citing X," at ``cue`` follows a cue verb and a comma: "RIA reported,
    citing the military, that …", a relay the cue's own rule reads."""
    comma = text.rfind(",", start, cue.start())
    if comma < 0 or text[comma + 1:cue.start()].strip() or not _citing(text, comma, end):
        return False
    before = re.search(r"(\w+)\s*$", text[start:comma])
    return before is not None and before[1].lower() in lex.forms


def _content_follows(text: str, cue: re.Match[str], end: int, lemma: str) -> bool:
    """Whether a clause follows the cue ("X said his …"), rather than the end of the
    sentence, a comma, a channel or a time ("X said on Friday")."""
    rest = text[cue.end():end].strip()
    manner = _MANNER.match(rest)
    if manner:  # '"…," Trump said carefully, as …', 'Mr. Kaplan said dryly.'
        rest = rest[manner.end():]
    if not rest or rest[0] in ",.;:!?\"“”'‘’—–-(" or lemma == "tell" or _SPAN_OF_TIME.match(
            rest) or _OBJECT_ONLY.match(rest) or (lemma in _ADDRESSING and _ASKED_WHOM.fullmatch(
            rest)):
        return False
    first = rest.split()[0].lower().strip(",.")
    # "he said 30 minutes into the debate": a time, not a clause; '"…," he said standing
    # outside his house': after "say", a participle with its object is no clause either
    # ("suggested looking at …" is: "suggest" takes a gerund)
    return first not in _FOLLOWERS and not first[:1].isdigit() and not (
        lemma == "say" and _PARTICIPLE_AFTER.match(rest))


#: Verbs whose object after a quotation is the one addressed, not what was said ('"…?"
#: Obama asked Republican politicians.', '"…," Iran warned Israel.')
_ADDRESSING = frozenset("ask warn remind assure reassure inform caution".split())
_PARTICIPLE_AFTER = re.compile(r"[a-z]+ing\s+(?:(?:to|at|on|in|outside|inside|near|from|with|"
                               r"a|an|the|his|her|their|its|him|them)\s|[A-Z])")
# an adverb of manner after the cue: "said dryly", "said matter-of-factly" (not "said only")
_MANNER = re.compile(r"(?!only\b)[a-z-]+ly\b\s*")


# '"…?" a reporter asked him.': an object pronoun, then the end of the clause
_OBJECT_ONLY = re.compile(r"(?:him|her|them|me|us|reporters|journalists)\s*(?:[.,;!?]|$)")
# '"…?" Obama asked Republican politicians.': whom he asked, then the end of the sentence
_ASKED_WHOM = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*[.!?]?")
# "she said several months after her release", "he said two days later": a time, no clause
_SPAN_OF_TIME = re.compile(r"(?:several|a\s+few|a|an|two|three|four|five|six|many|some|\d+)\s+"
                           r"(?:minutes|hours|days|weeks|months|years|hour|day|week|month|year)"
                           r"\s+(?:after|before|later|earlier|ago)\b", re.I)


def _cue_after(text: str, position: int, lex: Lexicon) -> bool:
    """Whether the sentence that goes on after a quote ending at ``position`` has a cue of its
    own ('"…" to drive up the price, she said'), so the quote is not the last speaker's."""
    stop = len(text)
    for mark in (". ", "\n", '." ', '.” '):
        found = text.find(mark, position, position + 300)
        if found >= 0:
            stop = min(stop, found)
    stop = min(stop, position + 300)
    quotes, _ = find_quotes(text, position, stop)
    return any(not any(s < c.start() < e for s, e in quotes)
               for c in lex.cue.finditer(text, position, stop))


def _quote_ends_clause(text: str, quote: tuple[int, int]) -> bool:
    """A quote that a cue can follow ends with ``,"`` ``?"`` ``!"`` ``."`` or ``…"``, or is
    followed by a comma."""
    inner = text[quote[0]:quote[1]].rstrip("\"'”’»“ \u00a0")
    return inner[-1:] in (",", "?", "!", ".", "…") or text[quote[1]:quote[1] + 1] == ","


# words before a cue or its source, each searched in a short window that ends there
_AND_BUT_BEFORE = re.compile(r"\b(?:and|but)\s+$")
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.I)
_BE_BEFORE = re.compile(r"\b(?:is|was|were|are|been|being|be)\s+$", re.I)
_COMMA_BEFORE = re.compile(r",\s*$")
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:who|which)$", re.I)
_CALL_PARTICLE = re.compile(r"\s*(?:into|from|on|in|back|off|up|out)\b")
_WORD_CHAR = re.compile(r"\w")
_AND_BUT = re.compile(r"(?:and|but)\b")
_BY = re.compile(r"by\b")
# compiled once: the gaps a quote and its cue, or its cue and a second quote, may have
_QUOTE_CUE_GAP = re.compile(r"[\s,]*(?:[^,;:\"“”«»]*?(?:,[^,;:\"“”«»]*?){0,6})\s*")
_SECOND_QUOTE_GAP = re.compile(r"[\s,]*(?:[^;:\"“”«»]{0,60}?)?[\s,:.]*")
# the noun phrase after a position, up to punctuation or a preposition or relative
_NP_AFTER = re.compile(r"\s*(?P<np>[^,;:()\"“”«».!?]{2,90}?)(?=\s*(?:[,;:()\"“”«».!?]|$|\s+"
                       r"(?:in|on|at|during|via|as|who|which|that|after|before|when)\s))")
_AS_AFTER = re.compile(r"\s+as\b")
_DUTY_AUX = re.compile(r"(?:should|must|ought\s+to|needs?\s+to|has\s+to)\s+be\s", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", re.I)
_LY_WORD = re.compile(r"[a-z]+ly")
_PRONOUN_FIRST = re.compile(r"(?:that|this|it|he|she|they|we|there)\b", re.I)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


# a rubric before a headline's content: a few words and a colon, then a capital
_RUBRIC = re.compile(r"[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,2}:\s+(?=[A-Z0-9])")
# the agent of a passive cue, when a that-clause follows it
_BY_AGENT = re.compile(r"\s+by\s+(?P<np>(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)(?=\s+that\s)")
_CHARGE_AFTER = re.compile(r"\s+(?:of|for)\s")
_CHARGE_END = re.compile(r"[,;]|\s(?:is|are|was|were|has|have|had|will|would|may|might|can|"
                         r"could|should|must)\b")
_GERUND_THEN_PRONOUN = re.compile(r"(?!(?:some|no|any|every)thing\b)(?-i:[a-z]+ing)\s+"
                                  r"(?P<np>he|she|they|it|we|I|you)", re.I)
_OBJECT_RELATIVE = re.compile(r"\b(?:which|who|whom|that)\s+$", re.I)


#: Lemmas whose content may be one noun: "vowed revenge", "demanded compensation" (not
#: "threaten": "… Threatens Truce" endangers it).
_ONE_WORD_PLEDGES = frozenset({"vow", "demand", "promise", "pledge", "call for"})


def _cue_then_content(text: str, start: int, end: int, cue: re.Match[str],
                      quotes: list[tuple[int, int]], lex: Lexicon,
                      state: _State) -> dict[str, Any] | None:
    """``X said (that) …`` and ``X said: "…"``."""
    lemma, _, wide = lex.forms[cue["verb"].lower()]
    source_span = _np_before(text, start, cue.start())
    gerund = _GERUND_THEN_PRONOUN.fullmatch(text, *source_span) if source_span else None
    if gerund:  # "aside from saying he wants …", "meaning he had not said": the pronoun
        source_span = gerund.span("np")
    if source_span is None and _COORDINATED.search(text, start, cue.start()):
        source_span = _subject(text, start, cue.start())  # "X toured Shusha and said …"
    if source_span is None and _inverted_tail(text, start, end, cue):
        return None  # "…, said one source in the room.": content-then-cue's
    if source_span is None or text[source_span[0]:source_span[1]].split()[0].lower() in (
            _PREPOSITIONS):
        return None  # "Following initial reports of the explosion": no subject, a noun
    comma = text.find(",", source_span[0], source_span[1])
    # "X, calling on both sides to stop, said": a gerund in the aside does not drop X's cue
    # (nor does a quote inside the aside: 'X, using the term "genocide", said')
    head_end = comma if comma > 0 and not any(
        c in text[source_span[0]:comma] for c in "\"“”«»") else source_span[1]
    relative = _RELATIVE_CLAUSE.search(text, source_span[0], source_span[1])
    if relative:  # "Officials who spoke to reporters said": the clause's verb is its own
        head_end = min(head_end, relative.start())
    # "Lavrov, quoted by TASS, said": Lavrov speaks, through TASS
    quoted_by = _QUOTED_BY.match(text, comma + 1, source_span[1]) if comma > 0 else None
    if _has_verb_cue(text, source_span[0], head_end, lex) or (
            head_end < source_span[1] and not relative and not quoted_by and any(
                not _gerund(c) and not _charged(text, c, lex)
                for c in lex.cue.finditer(text, head_end, source_span[1])
                if not _is_noun_use(text, head_end, c, lex))
    ) or _issued(text, start, cue):
        return None  # "… issued a statement saying": the participle rule's, or nobody's
    # "a contractor accused of spying": the accused (not "the group which Hollande blamed for
    # the attacks")
    charged = _charged(text, cue, lex) and not _OBJECT_RELATIVE.search(
        text, max(start, source_span[0] - 8), source_span[0])
    passive = charged or (bool(_PASSIVE_AUX.search(text[cue.start():cue.start("verb")])) and cue[
        "verb"].lower().endswith(("ed", "en", "wn", "ld", "ght")))
    if passive and _DUTY_AUX.match(text, cue.start()) and text[
            source_span[0]:source_span[1]].lower() == "it":
        return None  # "It should be noted that …": the writer's aside, no one's words
    if _WHAT_BEFORE.search(text, max(start, source_span[0] - 6), source_span[0]):
        return None  # "what he called …" names a thing inside someone else's content
    if lemma == "call" and _CALL_PARTICLE.match(text, cue.end(), end):
        return None  # a telephone call, not a label
    if wide and not _gerund(cue) and _BE_BEFORE.search(
            text, max(start, cue.start("verb") - 40), cue.start("verb")):
        return None  # passive cognition verbs ("is seen as") are not attributions; the
        # progressive ("is promising lower taxes") is
    position = _told_object_end(text, cue.end(), end) if lemma == "tell" else cue.end()
    # (not "accused by X of …", a charge, nor "quoted by TASS as saying", a relay)
    agent = _BY_AGENT.match(text, cue.end(), end) if passive and lex.stances.get(
        lemma) != "accuse" and lemma not in ("quote", "cite", "quoted as saying") else None
    if agent:  # "The BBC has been told by a senior official that …": the one by whom
        position, passive, source_span = agent.end(), False, agent.span("np")
    cue_span, speaker_span, rule = (cue.start(), cue.end()), source_span, "cue-then-content"
    raised = _RAISED.match(text, cue.end(), end) if passive or _PASSIVE_AUX.search(
        text, cue.start(), cue.start("verb")) else None
    if raised and raised["verb"].lower() in lex.forms:
        # "Pashinyan is reported to have told the cabinet that …": his words, not a report's
        passive, cue_span = False, (cue.start(), raised.end())
        position = _told_object_end(text, raised.end(), end) if lex.forms[
            raised["verb"].lower()][0] == "tell" else raised.end()
    relay = _relay(text, cue.end(), end, lemma) or _citing(text, position, end) or _citing(
        text, position, end, _CITING_CLOSE)  # the closing one leaves no content: see below
    via_span = source_span
    if relay is None and comma > 0:  # "Local media, citing police sources, reported …"
        relay = _citing(text, comma, source_span[1] + 1)
        via_span = (source_span[0], comma)
        if relay is not None:
            speaker_span, rule = relay.span("src"), "relay"
    elif relay and relay.re in (_CITING, _CITING_CLOSE):  # "RIA reported, citing the army,
        # that …"; "…, RIA reported, citing the army." is content-then-cue's
        speaker_span, position, rule = relay.span("src"), relay.end(), "relay"
    elif relay:  # "TASS quoted the ministry as saying (that) …": the ministry speaks via TASS
        relayed = (cue.end() + relay.start("src"), cue.end() + relay.end("src"))
        if relay["by"]:  # "the ministry was quoted by TASS as saying …": a passive that
            via_span, passive = relayed, False  # names its speaker
        else:
            speaker_span = relayed
        position = cue.end() + relay.end()
        cue_span, rule = (cue.start("verb"), position), "relay"
    if quoted_by is not None and relay is None:
        relay, via_span, rule = quoted_by, quoted_by.span("src"), "relay"
        source_span = speaker_span = (source_span[0], comma)
    opening = _CITING_OPENING.match(text, start, source_span[0]) if relay is None and (
        lemma in ("report", "say", "write", "tell")) else None
    if opening and _CITED.search(opening["src"]):
        # "Citing intelligence sources, the Guardian reported …": the sources speak (but
        # "Citing security concerns, the ministry said" is the ministry's reason)
        relay, speaker_span, rule = opening, opening.span("src"), "relay"
    channel = (_channel(text, position, end) or _opening_channel(text, start, source_span[0])
               or _aside_channel(text, source_span[1], cue.start()))
    if channel is None and position > cue.end():  # "told CNN in an interview that …"
        told = _TOLD_EVENT.match(text, cue.end(), position) if lemma == "tell" else None
        channel = (told.start("channel"), told.end("channel"), cue.end()) if told else (
            _channel_inside(text, cue.end(), position))  # "told a news conference that …"
    if channel and channel[2] > position:
        position = channel[2]
    timeword = _TIMEWORDS.match(text, position, end)
    if timeword and timeword.end() > position:
        position = timeword.end()
        channel2 = _channel(text, position, end)
        if channel2:
            channel, position = channel or channel2, channel2[2]
    aside = _ASIDE_THEN_THAT.match(text, position, end)
    if aside:  # "claimed, without providing evidence, that …": what was said starts at "that"
        position = aside.end()
    that = _THAT.match(text, position, end)
    content_start = that.end() if that else position
    place = _PLACE_THEN_THAT.match(text, content_start, end)
    if place and not _VERB_AFTER_THAT.match(text, place.end(), end):
        # "said at a cabinet meeting on Thursday that …": what was said starts at "that"
        # (not "in the days that followed": there "that" opens no clause of its own)
        content_start = place.end("place")
        if channel is None and _CHANNEL_WORD_LOWER.search(place["place"].lower()):
            channel = (place.start("place"), place.start("place") + len(place["place"].rstrip()),
                       content_start)
    if text[content_start:content_start + 1] == ":":
        content_start += 1
    while content_start < end and text[content_start] in " \u00a0":
        content_start += 1
    if not wide:  # 'told his radio audience on Monday, "What …"': the quote is the content
        content_start = _lead_in(text, content_start, end, quotes, lex) or content_start
    before = text[start:source_span[0]].split()
    subordinate = bool(before) and before[-1].lower() in _SUBORDINATORS
    comma = _comma_outside_quotes(text, cue.end(), end) if before == ["As"] else None
    if comma is not None:  # "As Clinton told the Daily News, tax relief is …": the main
        content_start, subordinate = comma + 1, False  # clause is what was said
        while content_start < end and text[content_start] in " \u00a0":
            content_start += 1
    content_end = _clause_end(text, content_start, end, lex, subordinate)
    if text[source_span[0]:source_span[1]].lower() in ("who", "which") and text[
            start:source_span[0]].rstrip().endswith(","):
        # "Aliyev, who said the talks had failed, left Baku": the aside closes at its first
        # comma before a verb, or before anything but a list that goes on ("Santorum, Rubio,
        # and Cruz", "minorities, young people and women")
        main = next((m for m in _AFTER_ASIDE_COMMA.finditer(text, content_start, content_end)
                     if not any(s < m.start() < e for s, e in quotes) and (
                         _has_finite(m["verb"]) or m["verb"] in ("says", "adds")
                         or not _LIST_GOES_ON.match(text, m.start("verb"), content_end))), None)
        if main is not None:
            content_end = main.start()
    if text[source_span[0]:source_span[1]].lower() == "who" and not text[
            start:source_span[0]].rstrip().endswith(","):
        # "Officials who spoke to reporters said …": the main verb ends the relative clause
        content_end = _main_verb(text, content_start, content_end, quotes, lex) or content_end
    if lemma not in _CLAUSE_VERBS and not text.startswith("that ", content_start):
        content_end = _before_second_predicate(text, content_start, content_end)
        adjunct = _ADJUNCT_CLAUSE.search(text, content_start, content_end)
        if adjunct and not any(s < adjunct.start() < e for s, e in quotes) and not _has_finite(
                text[content_start:adjunct.start()]):
            content_end = adjunct.start()  # "urged states to act after hackers struck …"
    if charged:  # the charge ends at a comma or the sentence's own verb ("were arrested",
        # "told police"), whichever comes first
        ends = (_CHARGE_END.search(text, content_start, content_end),
                lex.cue.search(text, content_start, content_end))
        content_end = min([m.start() for m in ends if m] + [content_end])
        content_end = content_start + len(text[content_start:content_end].rstrip())
    if content_end - content_start < 3 or not _WORD_CHAR.search(text, content_start,
                                                                content_end):
        return None
    if _AND_BUT.match(text, content_start, content_end) and not any(
            content_start <= s < content_end for s, _ in quotes):
        return None  # '"…," she said and hung up': a second verb, no content
    if _BY.match(text, content_start, content_end):
        return None  # "denied by the Armenian side": a passive, found by its own rule
    if _SAID_FIRST.match(text, content_start, content_end):
        return None  # "who asked to discuss private talks, said …": "talks" is a noun
    if lemma in _ADDRESSED and _ADDRESSEE_ONLY.match(text, content_start, content_end) \
            and not any(content_start <= s < content_end for s, _ in quotes):
        return None  # "Peskov spoke to reporters in Moscow": whom he spoke to, no content
    if lemma in _ANSWERING and _IN_DEED.match(text, content_start, content_end) and not any(
            content_start <= s < content_end for s, _ in quotes):
        return None  # "the army responded with artillery fire": an answer in deeds
    if _PLACE_ONLY.fullmatch(text, content_start, content_end) or (
            (lemma == "say" or lemma in _ADDRESSED) and _WHERE_OR_WHEN.match(
                text, content_start, content_end)
            and not _has_clause(text[content_start:content_end])
            and not any(content_start <= s < content_end for s, _ in quotes)):
        # '…, Hollande said Tuesday in Paris, noting …', '…, Lavrov said after talks with
        # his Armenian counterpart': where or when, with no verb of its own, is no content
        # (but "spoke at length about …", "lashed out at …" hold what was said)
        return None
    if lemma == "report" and text.startswith("from ", content_start):
        return None  # "Julie Davis reported from Midway Atoll": a byline, no content
    if len(text[content_start:content_end].split()) < 2 and not any(
            s == content_start for s, _ in quotes) and not (
            lemma in _ONE_WORD_PLEDGES and text[content_start:content_end].strip(
                " .").lower() not in _PRONOUNS):
        return None  # (but "Hezbollah vowed revenge")
    shifted = _AS_QUOTE.match(text, content_start, content_end)
    label = next((q for q in quotes if shifted and q[0] == shifted.end()), None)
    if label is not None and label[1] < content_end and _SHIFTED_OBJECT.match(text, label[1]):
        content_end = label[1]  # 'is describing as "unhinged" a tweet …': the label is said
    kind = "indirect"
    starting = [q for q in quotes if q[0] == content_start]
    if lemma == "use the phrase":
        used = _phrase_used(content_start, quotes)
        if used is None:
            return None
        content_end = used
    content_end = _through_quote(text, content_start, _quote_only(
        text, content_start, content_end, quotes), end, quotes)
    if starting and starting[0][1] >= content_end - 1:
        kind, rule = "direct", "cue-then-quote" if rule != "relay" else rule
        content_end = starting[0][1]
    else:
        closing = _closing_channel(text, content_start, content_end, lex)
        if closing:  # "… called for more investment in a statement on Thursday"
            content_end, channel = closing[0], channel or closing[1:]
        if any(content_start <= s < content_end for s, _ in quotes):
            kind = "mixed"
    speaker_span = _antecedent(text, start, speaker_span) or speaker_span
    speaker = _resolve(text[speaker_span[0]:speaker_span[1]], lex, state)
    via = _speaker(text[via_span[0]:via_span[1]], lex, state.day) if relay else None
    spoke_to = _SPOKE_TO.match(text, start, source_span[0]) if (
        via is None and source_span is not None) else None
    if spoke_to:  # "Speaking to Al Jazeera, Naim said …": the outlet relays it
        via = _outlet_at(text, spoke_to.end(), lex)
    if passive:  # "she was never asked …", "a curfew was announced": no speaker is named
        source_span, speaker = None, _Speaker("", None, None, None)
    pieces = [(content_start, content_end)]
    lead = None if source_span is None or starting else _parenthetical_lead(
        text, start, source_span[0], content_start, quotes)
    participle = next(lex.cue.finditer(text, content_start, min(end, content_start + 30)),
                      None) if lead else None
    # "who spoke on condition of anonymity", "asked not to be named": how, not what
    anonymous = _ANONYMITY.match(text, content_start, content_end)
    if anonymous and not lead:
        return None
    if anonymous or (lead and (_GLOSS_OPENING.match(text, content_start, content_end) or (
            _ACCORDING.match(text, content_start, content_end)))) or (
            participle is not None and participle.start() == content_start
            and _gerund(participle)) or (
                         lead and _CONTRAST.match(text, content_start, content_end)
                         and text.find(",", content_start, content_end) < 0):
        # '"…" to drive up the price, she said, referencing …': the participle's; "…, the
        # ministry said, according to TASS" or "…, while Israel said …": another's; "…, Kyiv
        # said, a claim Moscow denied": the narrator's (but "…, he said, while some are
        # horrified, they admire …" goes on with what he said)
        pieces = []
    if lead:  # "The museum, Mr. Bush said, celebrated …": the content wraps the cue
        pieces.insert(0, lead)
        kind = "mixed" if kind == "mixed" or any(lead[0] <= s < lead[1] for s, _ in quotes) \
            else "indirect"
    row = _row(kind, text, pieces, source_span, cue_span, speaker, rule, lex, via=via,
               channel=channel, lemma=lemma)
    by_cue = _BY_GERUND.match(text, content_start, content_end)
    if by_cue:  # "responded to her by saying …": if "saying" is a cue, this row gives way
        row["_by"] = by_cue.start("ing")
    return row


# the one an outlet relays, named before the outlet ("Citing intelligence sources, the
# Guardian reported")
_CITING_OPENING = re.compile(r"\s*[Cc]iting\s+(?P<src>[^,;:\"“”]+?)\s*,\s*$")
# the outlet that relays a speaker, set off after the speaker's name
_QUOTED_BY = re.compile(r"\s*(?:as\s+)?(?:quoted|cited)\s+by\s+(?P<src>[^,;:\"“”]+?)\s*,?\s*$")
# a name in apposition that closes the sentence after an inverted source
# a person's name: two to four capitalised words ("Jean-Yves Le Drian", "Rear Admiral Daniel
# Hagari")
_NAME_WORDS = r"[A-Z][\w'’.-]+(?:[\s-][A-Z][\w'’.-]+){1,3}"
_NAME_CLOSING = re.compile(rf",\s+(?P<name>{_NAME_WORDS})\s*[.!?]?[\"”’]?\s*$")
# why a source goes unnamed, as a content ("spoke on condition of anonymity") or in a relative
# clause of the source ("an official who asked not to be named said")
_ON_CONDITION = r"on\s+(?:the\s+)?condition"
_NOT_NAMED = r"(?:not\s+)?to\s+be\s+(?:named|identified|quoted)"  # "declined to be named"
# a comma that no list item follows (not ", and", ", or", ", to Hillary", ", Senator Rubio")
# nor "but" nor a quotation, and the word after it, past an adverb
_AFTER_ASIDE_COMMA = re.compile(r",(?!\s+(?:(?:and|or|nor|but|to|from|[A-Z])\b|[\"'“‘`]))\s+"
                                r"(?:[a-z]+ly\s+|then\s+|also\s+)?(?P<verb>\S+)")
# items of a list after a comma, up to its "and" or "or": "young people and women"
_LIST_GOES_ON = re.compile(r"[^,.;]{1,40}?(?:,[^,.;]{1,40}?)*\s(?:and|or)\s")
_ANONYMITY = re.compile(rf"(?:{_ON_CONDITION}\s+(?:of|that)|anonymously|off\s+the\s+record|"
                        rf"{_NOT_NAMED})\b", re.I)
# a clause of contrast or of time after ", X said,": not more of what X said ("…, the
# government said on Wednesday, as the region's population left")
_CONTRAST = re.compile(r"(?:while|whereas|but|although|though|even\s+as|as)\b", re.I)
# a content that opens with a verb of speech belongs to that verb's subject
_SAID_FIRST = re.compile(r"(?:said|says|told|tells)\b")
_AS_QUOTE = re.compile(r"as\s+(?=[\"“‘'])")
_SHIFTED_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|its|this|that|[A-Z])")
# "spoke to reporters in Moscow", "sings to Hillary Clinton": whom, and no content
_ADDRESSED = frozenset("speak talk sing shout yell scream chant appeal complain".split())
# "responded with artillery fire", "quickly answered with ads": what was done, not said
_ANSWERING = frozenset("respond reply answer".split())
_IN_DEED = re.compile(r"(?:[a-z]+ly\s+)?with\s", re.I)
# "to reporters in Moscow", "with his Turkish counterpart", "at a rally in Ganja": where or
# to whom, with no clause ("at length about …" has content)
_ADDRESSEE_ONLY = re.compile(r"(?:to|with|at(?!\s+length))\s(?![^,;]*\b(?:is|are|was|were|has|"
                             r"have|had|will|would|said|says|[a-z]{3,}ed)\b)[^;]*$", re.I)


def _antecedent(text: str, start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun source stands for: "rejected by [Baku], which
    called them …", "[Peskov], who spoke to reporters, said"."""
    if text[span[0]:span[1]].lower() not in ("who", "which"):
        return None
    comma = text.rfind(",", start, span[0])
    if comma < 0 or text[comma + 1:span[0]].strip():
        return None
    return _noun_before(text, start, comma)


def _noun_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``end``, short of a verb ("rejected by [Baku]")."""
    kept: list[re.Match[str]] = []
    for word in reversed(list(_WORD.finditer(text, start, end))[-8:]):
        token = word.group().lower()
        if token in _BOUNDARY_WORDS or token in _FINITE or token in _IRREGULAR_PAST or (
                token in ("by", "for") or token.endswith("ed")) or _GAP_STOP.search(
                text, word.end(), kept[-1].start() if kept else end):
            break  # "rejected by [Baku]", "angered [Democrats]"; no comma inside a name
        kept.append(word)
    if not kept or kept[0].group().lower() in _PRONOUNS:
        return None
    return kept[-1].start(), kept[0].end()


_COORDINATED = re.compile(r"\sand\s+$")
# a pronoun subject in a subordinate clause that runs up to a coordinated cue
_INNER_SUBJECT = re.compile(r"\b(?:after|when|because|since|before|until|while|if|though|"
                            r"although|that|as)\s+(?P<np>he|she|they|we|I)\s+[a-z]+ed\s"
                            r"[^,;:\"“”]{0,80}\sand\s+$")
#: Words that open a phrase of where or when ("after talks in Moscow", "at a rally")
_WHERE_WHEN = "in|at|during|after|before|following|outside|inside|aboard|near"
# '… Ben Carson said after the attacks': a place or a time, no content
_PLACE_ONLY = re.compile(rf"(?:{_WHERE_WHEN}|on|from|amid)\s+\S+(?:\s+\S+){{0,2}}", re.I)
# the same at any length, with no "about" (the topic of "spoke at length about …") and no "on"
# ("commented on …")
_WHERE_OR_WHEN = re.compile(rf"(?:{_WHERE_WHEN}|amid)\s(?![^,;:]*\babout\s)", re.I)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|he|she|they|we|I|you|there)\s+[a-z]", re.I)
_COMMA_OR_QUOTE = re.compile(r"[,;:\"“”]")


def _has_clause(phrase: str) -> bool:
    """Whether ``phrase`` holds a clause: a finite verb, or a pronoun subject with a word after
    it ("in politics it takes time")."""
    return _has_finite(phrase) or _PRONOUN_SUBJECT.search(phrase) is not None


def _where_or_when(tail: str) -> bool:
    """Whether the words after a closing cue tell only when or where, with no verb of their
    own and no comma or quote: "…, Lavrov said after meeting his Armenian counterpart in
    Moscow on Friday."."""
    words = tail.strip(" \u00a0.!?").split()
    return 0 < len(words) <= 12 and _WHERE_OR_WHEN.match(words[0] + " ") is not None and (
        not _has_clause(tail)) and _COMMA_OR_QUOTE.search(tail) is None


#: Where or when something was said, between the cue and a "that" that opens what was said:
#: "at a cabinet meeting on Thursday", "during a visit to Syunik", "in a telephone interview"
#: (a channel, as its noun says), "in April"
_PLACE_THEN_THAT = re.compile(rf"(?P<place>(?:{_WHERE_WHEN}|on|from|via|while)\s+(?!that\s)"
                              r"(?:(?!(?:is|was|are|were|has|have|had)\s)[^\s,;:\"“”]+\s+){0,9}?"
                              r"(?<=\s))(?-i:that)\s", re.I)
#: An aside set off by commas between a cue and its "that": ", without providing evidence,",
#: ", citing intelligence,", ", in a rare admission,"
_ASIDE_THEN_THAT = re.compile(r"\s*,\s+(?-i:[a-z])[^,;:\"“”]{1,80}?,\s+(?=that\s)")
#: A verb right after "that", which makes it a relative pronoun: "reports that question his
#: past", "rules that could reduce", "the days that followed" (a plural noun is taken for a
#: verb too: "that prices rose" keeps the words before "that")
_VERB_AFTER_THAT = re.compile(r"[\"“‘']?(?:is|was|are|were|has|have|had|will|would|could|can|may|"
                              r"might|should|must|did|does|do|[a-z]+ed|(?!(?:his|its|this|"
                              r"us)\b)[a-z]+s)\b")


def _told_object_end(text: str, position: int, end: int) -> int:
    """Where the object of "told" ends ("told reporters", "told an invited crowd at the club
    that …"), or ``position`` when it has none."""
    that = _TOLD_THAT.match(text, position, end)
    if that:
        return that.end("object")
    obj = _TOLD_OBJECT.match(text, position, end)
    return obj.end() if obj else position


_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|been|being|be)\b", re.I)
#: A verb of speech raised after a passive one: "is reported to have told", "was said to have
#: warned"
_RAISED = re.compile(r"\s+to\s+have\s+(?P<verb>[a-z]+)\b")


def _inverted_tail(text: str, start: int, end: int, cue: re.Match[str]) -> bool:
    """Whether the cue follows a comma and only its (inverted) source ends the sentence."""
    if not _COMMA_BEFORE.search(text, max(start, cue.start() - 40), cue.start()):
        return False
    tail = text[cue.end():end].strip().rstrip(".!?\"”")
    return bool(tail) and len(tail.split()) <= 12 and tail[:1].isalpha() and not (
        _PRONOUN_FIRST.match(tail)) and _is_np(tail.split(",")[0])


def _parenthetical_lead(text: str, start: int, source_start: int, content_start: int,
                        quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words before ``, X said,`` when the cue and its source sit inside the content."""
    if text[content_start - 2:content_start].rstrip(" ")[-1:] != ",":
        return None
    before = text[start:source_start].rstrip()
    if not before.endswith(",") or any(s < source_start < e for s, e in quotes):
        return None
    lead = _trim_span(text, start, start + len(before) - 1)
    if lead is None or len(text[lead[0]:lead[1]].split()) < 2:
        return None
    if text[lead[0]:lead[1]].split()[0].lower() in _SUBORDINATORS:
        return None
    return lead


#: Words that tell a wide cue's closing subject from a clause: "…, just as they now pay
#: estimated", "a process that began in May and concluded".
_NOT_A_CLOSING_SOURCE = re.compile(r"\b(?:and|as|than|who|which|that|what)\b", re.I)
#: Records that "show" what the content says, closing a sentence: "…, G-III reports show.",
#: "…, a USA TODAY analysis of campaign-finance reports shows.", "…, figures show."
_EVIDENCE_VERBS = frozenset({"show", "indicate", "suggest"})
_EVIDENCE_BEFORE = re.compile(r"(?:reports|figures|data|records|documents|images|footage|"
                              r"analysis|polls?|surveys?|study|statistics|filings)\s+$", re.I)


def _content_then_cue(text: str, start: int, end: int, cue: re.Match[str],
                      quotes: list[tuple[int, int]], lex: Lexicon,
                      state: _State) -> dict[str, Any] | None:
    """``…, X said.`` and ``…, said X.``: the cue closes the sentence."""
    lemma, _, wide = lex.forms[cue["verb"].lower()]
    evidence = lemma in _EVIDENCE_VERBS and _EVIDENCE_BEFORE.search(
        text, max(start, cue.start() - 12), cue.start())
    if (wide and lemma not in lex.closing and not evidence) or _issued(text, start, cue):
        return None  # (but "…, police warned.", and "…, G-III reports show.": records speak
        # for those who keep them)
    closing_relay = _QUOTED_AS_CLOSING.match(text, cue.end(), end) if lemma in (
        "quote", "cite") else None
    if lemma in ("quote", "cite") and text.startswith(" by ", cue.end()) and not (
            closing_relay and closing_relay["by"]):
        return None  # "The ministry, quoted by APA, said …": a relay, read with its "said"
    semicolon = text.find(";", cue.end(), end)
    if semicolon >= 0 and not any(s < semicolon < e for s, e in quotes):
        end = semicolon  # "…, his aides argued in interviews; rather, …": the cue closes it
    tail_start = cue.end()
    channel = _channel(text, tail_start, end)
    tail = text[tail_start:end]
    inverted = None
    comma = text.rfind(",", start, cue.start())
    if comma < 0 or (text[comma - 1:comma].isdigit() and text[comma + 1:comma + 2].isdigit()):
        return None  # "…, far short of the 50,000 per day city officials estimated"
    # '…,” as one envoy put it': the quote closes after its comma, and "as" is no name
    closing = comma + 1 if text[comma + 1:comma + 2] in ("”", '"', "’") else comma
    source_span = _trim_span(text, closing + 1, cue.start())
    named = _closing_appositive(text, start, comma) if (
        source_span is None and closing == comma) else None
    if named is not None:  # "…, the Syrian Observatory, a Britain-based monitor, said."
        closing = comma = named[0]
        source_span = named[1]
    as_ = (_AS_SOURCE.match(text, source_span[0], source_span[1])
           or _CHARGE_BEFORE.match(text, source_span[0], source_span[1])) if source_span else None
    if as_:  # '…," as one envoy put it', "…, a charge Yerevan rejected": the name after
        source_span = (as_.end(), source_span[1])
    if source_span is None:
        if _gerund(cue) or lemma in _NOT_INVERTED:
            # '"…," he said, referring to …': a participle, not "…, said X"; "…, asks Russia
            # for help": whom a verb asks, not who speaks
            return None
        inverted = _np_after(text, cue.end(), end)
        medium = _MEDIUM_AFTER.search(text, *inverted) if inverted else None
        if medium:  # "…, said a resident by phone": how one spoke is no part of the name
            inverted = (inverted[0], medium.start())
        source_span = inverted
    if source_span is None or not _is_np(text[source_span[0]:source_span[1]]) or (
            not inverted and _has_verb_cue(text, source_span[0], source_span[1], lex)):
        return None  # '…, wrote on Facebook that fighting continued': a clause, no source
    if wide and (_NOT_A_CLOSING_SOURCE.search(text, source_span[0], source_span[1])
                 or _BE_BEFORE.search(text, max(start, cue.start("verb") - 12),
                                      cue.start("verb"))):
        return None  # "…, as predicted", "…, who was revealed", "…, and concluded"
    if closing_relay and not inverted:
        # "…, TASS quoted the ministry as saying.": the ministry speaks, through TASS; "…, the
        # ministry was quoted by APA as saying.": the ministry, through APA
        content = _trim_span(text, start, comma)
        if content is None or content[1] - content[0] < 8:
            return None
        named = closing_relay.span("np")
        speaker_span, via_span = (source_span, named) if closing_relay["by"] else (
            named, source_span)
        kind = "mixed" if any(content[0] <= s < content[1] for s, _ in quotes) else "indirect"
        return _row(kind, text, [content], source_span, (cue.start(), closing_relay.end("as")),
                    _resolve(text[speaker_span[0]:speaker_span[1]], lex, state), "relay", lex,
                    lemma=lemma, via=_speaker(text[via_span[0]:via_span[1]], lex, state.day))
    rest_from = (inverted[1] if inverted else tail_start)
    rest = text[rest_from:end]
    if inverted and channel is None:  # "…, said Ann Lee, a professor, in an interview."
        channel = _channel(text, rest_from, end) or _channel_inside(text, rest_from, end)
    if re.match(r"\s*by\b", rest) and not channel:
        return None  # "allegations denied by …": a passive, found by its own rule
    # "…, Iranian state media reported, citing the Revolutionary Guards.": who speaks, via them
    relay = _citing(text, rest_from, end, _CITING_CLOSE) if not channel else None
    if relay:
        rest = text[relay.end():end]
    if channel:
        rest = text[channel[2]:end]
    if inverted and _APPOSITIVE_TAIL.fullmatch(rest):
        pass  # '…, said Ann Lee, a professor of law at the University of Iowa.'
    elif not re.fullmatch(r"(?:\s*,?\s*(?:on|in|at|late|early)?\s*[\w'’. ]{0,45})?[.!?\"”]*\s*",
                          rest) and tail.strip(" .") != "":
        if not _TIMEWORDS.match(text, rest_from, end) and not _where_or_when(rest):
            return None
    content_start, content_end = _trim_span(text, start, comma) or (start, comma)
    rubric = _RUBRIC.match(text, content_start, content_end)
    if rubric:  # "Ukraine war: Russian strike on Sumy kills 11, officials say": a rubric
        content_start = rubric.end()
    if closing > comma:
        content_end = closing + 1
    if content_end - content_start < 8 or _SET_PHRASE.fullmatch(text, content_start,
                                                                 content_end):
        return None  # "That said, the talks will continue.": no content
    speaker_span = relay.span("src") if relay else source_span
    speaker = _resolve(text[speaker_span[0]:speaker_span[1]], lex, state)
    via = _speaker(text[source_span[0]:source_span[1]], lex, state.day) if relay else None
    kind = "mixed" if any(content_start <= s < content_end for s, _ in quotes) else "indirect"
    return _row(kind, text, [(content_start, content_end)], source_span,
                (cue.start(), cue.end()), speaker, "relay" if relay else "content-then-cue",
                lex, channel=channel, lemma=lemma, via=via)


def _closing_appositive(text: str, start: int, comma: int
                        ) -> tuple[int, tuple[int, int]] | None:
    """The comma that closes the content and the span of the name and its appositive between
    it and a closing cue, the comma at ``comma`` right before the cue: "…, the Syrian
    Observatory for Human Rights, a Britain-based war monitor, said." and "…, Rami
    Abdulrahman, head of the Observatory, said." (a name in capitals, then a phrase in lower
    case or another's possessive)."""
    second = text.rfind(",", start, comma)
    first = text.rfind(",", start, second) if second > start else -1
    if first <= start:
        return None
    name = _trim_span(text, first + 1, second)
    appositive = text[second + 1:comma].strip()
    if name is not None and _ROLE_IN.search(text, name[0], name[1]) and _is_np(
            text[name[0]:name[1]]) and _NAME_APPOSITIVE.fullmatch(text, second + 1, comma + 1):
        return first, (name[0], comma)  # "…, the spokesman for the army, Daniel Hagari, said."
    if (name is None or not _NAME_OPENS.match(text, name[0], name[1])
            or not _is_np(text[name[0]:name[1]]) or not _is_np(appositive)
            or not _APPOSITIVE_START.match(appositive) or (appositive[:1].isupper() and (
                "'" not in appositive.split()[0] and "’" not in appositive.split()[0]))):
        return None
    return first, (name[0], comma)


# a name: capitalised, or "the" and a capital ("the Syrian Observatory")
_NAME_OPENS = re.compile(r"(?:the\s+)?[A-Z]")
# the end of a sentence that a relay closes: "…, TASS quoted the ministry as saying." and
# "…, the ministry was quoted by APA as saying."
_QUOTED_AS_CLOSING = re.compile(r"\s+(?P<by>by\s+)?(?P<np>[^,;:\"“”]{2,80}?)\s+(?P<as>as\s+"
                                r"saying)\s*[.!?]?\s*$")
_AS_SOURCE = re.compile(r"as\s+(?=\S)", re.I)
# what the narrator calls what was said: "…, a charge Yerevan rejected", "…, a figure that
# could not be verified"
_GLOSS_NOUNS = "charge|claim|accusation|allegation|assertion|version|account|figure|toll"
# "Baku accused Yerevan of …, a charge Yerevan rejected": what was said, then who denied it
_CHARGE_BEFORE = re.compile(rf"(?:a|an|the)\s+(?:{_GLOSS_NOUNS})\s+(?:that\s+|which\s+)?(?=\S)",
                            re.I)
# the appositive after an inverted source, to the end of the sentence: no quote, no clause
_APPOSITIVE_TAIL = re.compile(r"\s*,\s*[^\"“”«»;:]{2,200}?[.!?]?\s*")


def _according_to(text: str, start: int, end: int, quotes: list[tuple[int, int]],
                  lex: Lexicon, state: _State) -> list[dict[str, Any]]:
    rows = []
    if text.find("ccording", start, end) < 0:
        return rows
    for match in _ACCORDING.finditer(text, start, end):
        source_span = _np_after(text, match.end(), end) or _first_words(text, match.end(), end)
        if source_span is None:
            continue
        tail = _PARTICIPLE_TAIL.match(text, source_span[1], end) if text.endswith(
            "ed", source_span[0], source_span[1]) else None
        if tail:  # "according to two sources briefed on the negotiations": all of it
            source_span = (source_span[0], tail.end())
        pieces = []
        before = _trim_span(text, start, match.start())
        if before and _WORD_CHAR.search(text, before[0], before[1]):
            pieces.append(before)
        colon = _COLON_AFTER_SOURCE.match(text, source_span[1], end) if not has_quotation_mark(
            text[source_span[0]:source_span[1]]) else None
        # "According to TASS: “…, …”": all after the colon (not after a comma in the quote;
        # nor after the colon of a title, "According to ''The Trumps: Three Generations …''")
        comma = colon.end() - 1 if colon else text.find(",", source_span[1], end)
        name = _NAME_APPOSITIVE.match(text, comma + 1, end) if comma >= 0 and not colon and (
            _ROLE_LAST.search(text, source_span[0], source_span[1])) else None
        if name:  # "According to the ministry's spokeswoman, Shushan Stepanyan, …": her name
            source_span = (source_span[0], name.start("name") + len(name["name"].rstrip(".")))
            comma = name.end() - 1 if text[name.end() - 1] == "," else -1
        aside = _WHICH_ASIDE.match(text, comma + 1, end) if comma >= 0 else None
        if aside:  # "According to the ministry, which gave no evidence, …": no content
            comma = aside.end() - 1
        if comma >= 0 and (not pieces or text[match.start() - 2:match.start()].strip() == ","):
            # "According to X, …" and the parenthetical "The museum, according to X, will …",
            # but not an appositive of X after a whole clause ("Taxes rose, according to X, a
            # think tank, …")
            after = _trim_span(text, comma + 1, _clause_end(text, comma + 1, end))
            if after and not (pieces and _SOURCE_APPOSITIVE.match(text, after[0], after[1])
                              and _has_finite(text[before[0]:before[1]])):
                after = (after[0], _through_quote(text, after[0], after[1], end, quotes))
                pieces.append(after)
        pieces = [p for p in pieces if p[1] - p[0] >= 3]
        if not pieces or pieces[-1][1] - pieces[0][0] < 8:
            continue
        speaker = _resolve(text[source_span[0]:source_span[1]], lex, state)
        rows.append(_row("according_to", text, pieces, source_span,
                         (match.start(), match.end() - len(match.group()) + len(
                             match.group().rstrip())), speaker, "according-to", lex,
                         lemma="according to"))
    return rows


#: A colon right after the source of "According to X:" (one inside a quoted title is not:
#: "According to ''The Trumps: Three Generations …''")
_COLON_AFTER_SOURCE = re.compile(r"\s*:")
#: What a participle ending a source takes after it: "briefed [on the negotiations]",
#: "based [in Baku]", "involved [in the talks]".
_PARTICIPLE_TAIL = re.compile(r"\s+(?:on|in|with|to|at|by|from|near|for)\s+[^,;:.!?\"“”()]{1,60}?"
                              r"(?=\s*(?:[,;:.!?)]|$))")
#: A relative clause set off after a source: ", which did not provide evidence,".
_WHICH_ASIDE = re.compile(r"\s+(?:which|who)\s[^,;:\"“”]{1,120},")


def _as_reported(text: str, start: int, end: int, lex: Lexicon,
                 state: _State) -> list[dict[str, Any]]:
    """``As reported by the press service, …``, ``As stated in the message, …``: the source
    in the opening phrase, the content the clause after its comma."""
    opening = _AS_REPORTED.match(text, start, end)
    if opening is None:
        return []
    content = _trim_span(text, opening.end(), _clause_end(text, opening.end(), end, lex))
    if content is None or len(text[content[0]:content[1]].split()) < 2:
        return []
    source = opening.span("src")
    speaker = _resolve(text[source[0]:source[1]], lex, state)
    return [_row("according_to", text, [content], source, opening.span("cue"), speaker,
                 "as-reported", lex, lemma=opening["verb"].lower())]


_AS_REPORTED = re.compile(r"(?P<cue>As\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?P<verb>reported|"
                          r"stated|noted|announced|said|informed|specified|stressed|"
                          r"emphasi[sz]ed|indicated)\s+(?:by|in|on))\s+"
                          r"(?P<src>[^,;:\"“”«»]{2,120}?)\s*,\s+")


# a name in commas after a role: "the ministry's spokeswoman, Shushan Stepanyan," (nothing
# else between the commas)
_NAME_APPOSITIVE = re.compile(rf"\s*(?P<name>{_NAME_WORDS})(?:,|\s*[.!?]?\s*$)")
# a source that names a person's role (last, or anywhere): whose name may follow it in commas
_ROLE = (r"(?:spokes(?:man|woman|person)|minister|secretary|governor|mayor|commander|chief|"
         r"head|director|official|ambassador|envoy|advis[eo]r|aide|president|leader|general|"
         r"correspondent|reporter)")
_ROLE_LAST = re.compile(rf"{_ROLE}$", re.I)
_ROLE_IN = re.compile(rf"\b{_ROLE}\b", re.I)
# what follows "…, according to X," when it describes X rather than going on with the content
_SOURCE_APPOSITIVE = re.compile(r"(?:who|which|whose|a|an|the)\s")


def _has_finite(phrase: str) -> bool:
    """Whether ``phrase`` holds a finite verb: an auxiliary, a common irregular past, or a
    lowercase word in -ed ("Over the long term" has none; "Taxes would rise" has one)."""
    return any(w in _FINITE or w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 3)
               for w in _LOWER_WORD.findall(phrase))


def _first_words(text: str, position: int, end: int) -> tuple[int, int] | None:
    """Up to six words after ``position``, short of punctuation: the head of a source too
    long to test as a noun phrase ("early results of the exit poll conducted by …")."""
    match = re.match(r"\s*(?P<np>[^,;:()\"“”«».!?\s]+(?:\s+[^,;:()\"“”«».!?\s]+){0,5})",
                     text[position:end])
    return (position + match.start("np"), position + match.end("np")) if match else None


def _passive(text: str, start: int, end: int, lex: Lexicon,
             state: _State) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if text.find(" by", start, end) < 0 or not _PASSIVE_HINT.search(text, start, end):
        return rows  # a plain substring test first: most sentences have no "by"
    for match in _PASSIVE.finditer(text, start, end):
        source_span = _np_after(text, match.end(), end)
        if source_span is None:
            continue
        speaker = _resolve(text[source_span[0]:source_span[1]], lex, state)
        verb = match["cue"].split()[-2].lower()
        lemma = lex.forms[verb][0] if verb in lex.forms else verb
        rows.append(_row("indirect", text, [match.span("content")], source_span,
                         match.span("cue"), speaker,
                         "passive-confirmation" if lemma == "confirm" else "passive-denial", lex,
                         lemma=lemma))
    return rows


# "Sanders on Tuesday said", "Trump at the time said": times before a cue, each after a
# space (the pattern opens with the space's class, so the engine skips to the next one)
_ONE_TIME = (rf"(?:(?:on|in|late|early|last|this|earlier|later)?\s*(?:{_WEEKDAYS}|"
             r"January|February|March|April|May|June|July|August|September|"
             r"October|November|December|week|month|year|today|yesterday|\d{4})"
             r"(?:\s+\d{1,4})?|(?:at|in)\s+the\s+(?:time|past))")
_TIME_BEFORE = re.compile(rf"\s\s*{_ONE_TIME}(?:\s+{_ONE_TIME})*$")
# and an aside of discourse: "Baku in turn accused", "Moscow for its part said" (its last
# words, a cheap test before the search)
_DISCOURSE_ASIDE = re.compile(r"\s+(?:in\s+turn|for\s+(?:its|his|her|their|our)\s+part|"
                              r"in\s+response|in\s+return)$")
_ASIDE_ENDS = ("turn", "part", "response")


def _np_before(text: str, start: int, position: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before ``position`` (a cue's subject), if any.

    Handles an appositive: ``Hikmet Hajiyev, an aide to the president,`` is one source.
    """
    segment_end = position
    while segment_end > start and text[segment_end - 1] in " \u00a0":
        segment_end -= 1
    when = _TIME_BEFORE.search(text, max(start, segment_end - 40), segment_end)
    if when and when.start() > start:  # "Sanders on Tuesday said": the source is before
        segment_end = when.start()
    aside = _DISCOURSE_ASIDE.search(text, max(start, segment_end - 24), segment_end) if (
        text.endswith(_ASIDE_ENDS, max(start, segment_end - 9), segment_end)) else None
    if aside and aside.start() > start:  # "Baku in turn accused"
        segment_end = aside.start()
    who = text.find(" who", max(start, segment_end - 120), segment_end) >= 0
    unnamed = _UNNAMED_RELATIVE.search(text, max(start, segment_end - 120), segment_end) if (
        who or text.find(" that", max(start, segment_end - 120), segment_end) >= 0) else None
    if unnamed:  # "an official who spoke on condition of anonymity said": who, not how
        return _np_span(text, start, unnamed.start())
    relative = _RELATIVE_CLAUSE.search(text, max(start, segment_end - 100), segment_end) if (
        who) else None
    head = _noun_before(text, start, relative.start()) if relative else None
    if head:  # "Officials who spoke to reporters said": the noun and its clause
        return (head[0], segment_end)
    aside = _dashed_aside(text, start, segment_end)
    if aside is not None:  # "Hikmet Hajiyev -- an aide to the president -- said"
        named = _np_span(text, start, aside)
        opener = _APPOSITIVE_OPENER.match(text, start, aside).end()
        if named is None or named[0] != opener:
            named = _long_appositive(text, start, aside)
        return (named[0], segment_end) if named else None
    if segment_end > start and text[segment_end - 1] == ",":
        age = _AGE.search(text, start, segment_end)
        name = _np_span(text, start, age.start()) if age else None
        if name and name[1] == age.start() and text[name[0]].isupper():
            return (name[0], segment_end)  # "Cory James, 22, of Flint, Mich., said"
        first = text.rfind(",", start, segment_end - 1)
        if first > start:
            appositive = text[first + 1:segment_end - 1].strip()
            name = _np_span(text, start, first)
            if name and _ASIDE.match(appositive):
                return name  # "Clinton, at a later briefing, said": the aside is no name
            if name and _PARTICIPLE_ASIDE.match(appositive):
                return (name[0], segment_end)
            if name and _is_np(appositive) and (appositive[:1].islower() or len(
                    appositive.split()) <= 4):
                if "," in text[start:name[0]]:
                    # "Giovanni Vian, chief of the paper, L'Osservatore Romano, said": the
                    # name that opens the sentence, not the second of its appositives
                    return _long_appositive(text, start, segment_end) or (name[0], segment_end)
                return (name[0], segment_end)
        return _long_appositive(text, start, segment_end)
    relative = _RELATIVE_BEFORE.search(text, max(start, segment_end - 5), segment_end)
    if relative:  # "… Democrats, who said …": the relative pronoun is the source
        return (relative.start(), segment_end)
    span = _np_span(text, start, segment_end)
    posted = _POSTED_ON.search(text, max(start, span[0] - 40), span[0]) if span and (
        text.endswith(_POSTED_PREPOSITIONS, start, span[0])) else None
    noun = _np_span(text, start, posted.start()) if posted else None
    if noun and noun[1] == posted.start():  # "Footage posted on social media showed": all of it
        span = (noun[0], span[1])
    lead = _LEADING_ADJUNCT.match(text, span[0], span[1]) if span else None
    return (lead.end(), span[1]) if lead else span


#: A participle that ties a subject to where it appeared: "Footage posted on social media",
#: "Reports published in Kommersant" (the name after it is no source of its own).
_POSTED_ON = re.compile(r"\s+(?:posted|published|shared|released|broadcast|aired|filmed|taken|"
                        r"circulated|circulating|uploaded|recorded|obtained|seen)\s+"
                        r"(?:on|in|at|from|across|via|to)\s+$")
_POSTED_PREPOSITIONS = (" on ", " in ", " at ", " from ", " across ", " via ", " to ")


# a restrictive relative clause between a subject and its verb: "[People] who fled the town
# [said]". Two words at least ("an envoy who said" is the pronoun's cue); no comma before
# "who"; no comma, quotation mark or second "who" in it; not ending in "to" or an auxiliary
# (the cue would be its infinitive) nor in "and" or "or" (the clause's second verb)
_RELATIVE_CLAUSE = re.compile(r"(?<![\s,])\s+who\s+(?!who\b)[^\s,;:\"“”()]+\s[^,;:\"“”()]*?[a-z]"
                              r"(?<![\s,]to)(?<!\shad)(?<!\shas)(?<!\shave)(?<!\swill)"
                              r"(?<!\swould)(?<!\scould)(?<!\sshould)(?<!\scan)(?<!\smust)"
                              r"(?<!\sand)(?<!\sor)\s*$")
# a relative clause that says why a source goes unnamed
_UNNAMED_RELATIVE = re.compile(rf"\s+(?:who|that)\s+(?:(?:spoke|talked)\s+{_ON_CONDITION}|"
                               rf"(?:asked|requested)\s+{_NOT_NAMED})\b[^,;:\"“”]*$")
# a day or a sentence adverb before a name or a noun phrase is no part of it ("On Monday
# Aliyev said", "Afterwards Kelly said", "Earlier the ministry claimed")
_LEADING_ADJUNCT = re.compile(rf"(?:(?:{_WEEKDAYS}){_PART_OF_DAY}|Afterwards?|Later|Earlier|"
                              r"Meanwhile|Then|Now|Still|Separately|Instead|Also),?\s+"
                              r"(?=[A-Z]|(?:the|a|an|his|her|its|their)\s)")
_DASHES = ("--", "—", "―", "–")
# a person's age after their name ("Anna Petrosyan, 34, a nurse, said")
_AGE = re.compile(r",\s\d{1,3},\s")


def _dashed_aside(text: str, start: int, end: int) -> int | None:
    """Where the name ends before an aside set off by dashes that closes at ``end`` ("Ann Lee
    -- who led the talks --"), or None. Quotes in the aside make it no aside."""
    closing = next((end - len(d) for d in _DASHES if text.endswith(d, start, end)), None)
    if closing is None:
        return None
    opening = max(text.rfind(d, max(start, closing - 200), closing) for d in _DASHES)
    if opening <= start or any(c in text[opening:closing] for c in "\"“”«»;:"):
        return None
    while opening > start and text[opening - 1] in " \u00a0":
        opening -= 1
    return opening


_APPOSITIVE_OPENER = re.compile(r"(?:(?:But|And|Yet|So|Still|Meanwhile|However),?\s+)?"
                                r"(?:Even\s+)?")
# "a former minister", "the OSCE's envoy", "Armenia's closest ally"
_APPOSITIVE_START = re.compile(r"\s*(?:a|an|the|one|two|three|\d+|[a-z][\w'’-]*|"
                               r"[A-Z][\w-]*['’]s)\b")


def _long_appositive(text: str, start: int, segment_end: int) -> tuple[int, int] | None:
    """A sentence's opening name with an appositive too long or too clausal for
    :func:`_is_np` ("Ann Lee, a consultant whose firm was hired by the campaign, said"): the
    name and its appositive, up to the comma before the cue, are the source."""
    opener = _APPOSITIVE_OPENER.match(text, start, segment_end)
    when = _OPENING_PHRASE.match(text, opener.end(), segment_end)
    if when:  # "Last month, the Independent, a British newspaper, said": a time, not a name
        opener = when
    first = text.find(",", opener.end(), segment_end - 1)
    if first < 0 or segment_end - first > 250 or any(
            c in text[first:segment_end] for c in ";:\"“”«»()"):
        return None
    name = _np_span(text, opener.end(), first)
    if name is None or name[0] != opener.end() or not text[name[0]].isupper() or len(
            text[name[0]:name[1]].split()) > 5 or not _APPOSITIVE_START.match(
            text, first + 1, segment_end) or re.match(r"[A-Z][a-z]+(?:ed|ing)\s+[a-z]", text[
            name[0]:name[1]]):
        return None  # "Chastened by the analyses, …": a participle clause, not a name
    return (name[0], segment_end)


# a prepositional aside or a relative clause between a name and its cue
_ASIDE = re.compile(r"(?:in|at|on|during|after|before|speaking|writing|who|which|(?:when\s+)?"
                    r"asked|responding|answering|appearing|interviewed)\s|(?:however|meanwhile|"
                    r"too|though|instead|nevertheless|nonetheless|likewise|similarly|"
                    r"for\s+(?:his|her|its|their|our|my)\s+part)$", re.I)
# "Cruz, leading narrowly in Iowa polls, questioned …": a participle clause about the name,
# part of the source span as PolNeAR marks it
_PARTICIPLE_ASIDE = re.compile(r"[a-z]+ing\s")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Reps?|Sens?|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|"
                           r"Prof|Rev|St|Jr|Sr|Cmdr|Amb|U\.S|U\.N|(?<![A-Za-z])[A-Z])\.|"
                           r"\([A-Z][\w.-]{0,12}\)|"
                           # an outlet named by its web address: "News.az", "Report.az"
                           r"\b[A-Z][\w-]*\.(?=(?:az|am|ge|ru|ua|tr|com|net|org|info)\b)")


def _masked(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the dots of titles, initials and web addresses ("Mr.", "John
    F. Kerry", "News.az") and the brackets of party tags ("(R-Fla.)") blanked, so they do not
    end a name."""
    segment = text[start:end]
    if "." not in segment and "(" not in segment:
        return segment
    return _ABBREVIATION.sub(lambda m: m.group().translate(_BLANKED), segment)


_BLANKED = str.maketrans(".()", "___")


_GAP_STOP = re.compile(r"[,;:()\"“”«»—―–]")  # punctuation that a name does not run across


def _np_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``end`` (a space or a dot may follow it), if any."""
    # a name is a few words, so the last 200 characters hold it, unless the walk back
    # comes near their start (a word cut in two, look-backs cut short): then it walks the
    # whole span
    window = max(start, end - 200)
    if window > start:
        span = _np_walk(text, window, end, cut=True)
        if span is not _CUT:
            return span
    return _np_walk(text, start, end, cut=False)


_CUT = (-1, -1)  # the walk reached the first word of a window


def _np_walk(text: str, start: int, end: int, cut: bool) -> tuple[int, int] | None:
    masked = _masked(text, start, end)
    words = list(_WORD.finditer(masked))
    if not words:
        return _CUT if cut else None
    if words[-1].end() < len(masked) - 1:
        return None
    kept: list[re.Match[str]] = []
    skip = 0  # words a coordinated name took
    for k in range(len(words) - 1, -1, -1):
        if skip:
            skip -= 1
            continue
        word = words[k]
        if cut and word.start() < 40:  # a cut word, or the look-backs below are cut short
            return _CUT
        token = word.group().lower()
        if not token.strip("—―–-"):
            break  # "Oct. 4 (UPI) — Former President Bill Clinton": a dateline ends here
        gap = masked[word.end():kept[-1].start()] if kept else masked[word.end():]
        if token == "and" and kept and not _GAP_STOP.search(gap):
            conjunct = _left_conjunct(masked, words, k, kept[-1])
            if conjunct:  # "Armenia and Azerbaijan [accused]": both are the source
                kept += [word, *conjunct]
                skip = len(conjunct)
                continue
        if token in ("to", "for") and kept and _AIDE.search(masked, max(0, word.start() - 20),
                                                            kept[-1].start()):
            kept.append(word)  # "an adviser to Aliyev": one noun phrase
            continue
        if token in ("to", "with", "on") and kept and (_CLOSE_TO.search(
                masked, max(0, word.start() - 16), word.start()) or (
                token == "with" and kept[-1].group().lower() in ("knowledge", "direct"))):
            kept.append(word)  # "sources close to the talks", "people familiar with the
            continue  # matter", "officials briefed on the plan", "a person with knowledge of"
        if token in _PEOPLE_PREPOSITIONS and kept and any(pattern.search(
                masked, max(0, word.start() - 30), kept[-1].start()) for pattern in (
                _PEOPLE_AT, _PLURAL_AT)):
            kept.append(word)  # "officials at the ministry", "residents in Stepanakert",
            continue  # "protest organizers in Cleveland"
        if _GAP_STOP.search(gap) or (token in _BOUNDARY_WORDS and kept):
            break
        if token in _BOUNDARY_WORDS:
            return None
        kept.append(word)
        if len(kept) >= 10:
            break
    if len(kept) > 1 and kept[-1].group().lower() == "even":
        kept.pop()  # "Even Russia said": the focus word is not part of the name
    if not kept:
        return None
    span = (start + kept[-1].start(), start + kept[0].end())
    return span if _is_np(text[span[0]:span[1]]) else None


def _left_conjunct(masked: str, words: list[re.Match[str]], k: int, right: re.Match[str]
                   ) -> list[re.Match[str]]:
    """The name before ``words[k]`` ("and") when it and the phrase after "and" (which opens
    with ``right``) are names coordinated as one subject: "[Armenia] and Azerbaijan", "[Mr.
    Grassley] and Mr. Leahy", "[Kyiv] and its Western allies", and a list that opens the
    walk, "[The United States, France] and Russia". A name is one to four capitalised words,
    with nothing but the start, punctuation or a boundary word before it ("shelling hit
    [Ganja] and officials said" has a verb there: no coordination); a list's names run back
    to the start ("In Moscow, Russia and France said" is Russia and France). The words are
    given last first, as the walk keeps them; empty when there is no such name."""
    if not (right.group()[:1].isupper() or right.group().lower() in _CONJUNCT_OPENERS) or (
            right.group().lower() in _PRONOUNS and right.group().lower() not in _POSSESSIVES):
        return []  # "… Campaign- And It Says": a pronoun is a subject of its own
    taken, j = _name_back(masked, words, k)
    if not taken or (len(taken) == 1 and taken[0].group().lower() in _PRONOUNS):
        return []  # "She and her aides": no name for the source
    listed = list(taken)
    while j >= 0 and masked[words[j].end():listed[-1].start()] == ", ":
        more, j = _name_back(masked, words, j + 1, after_comma=True)
        if not more:
            break
        listed += more
    opener = listed[-1].group()
    if j >= 0 or len(listed) == len(taken) or opener.lower() in _LIST_OPENERS:
        return taken  # "Still, both the United States and Russia": an adverb, no name
    return listed


def _name_back(masked: str, words: list[re.Match[str]], k: int, after_comma: bool = False
               ) -> tuple[list[re.Match[str]], int]:
    """The name of one to four capitalised words that ends before ``words[k]`` (or before the
    comma there), last word first, and the index of the word before it (-1 at the start); no
    name when a word in it is in lower case or when no edge (punctuation, a boundary word,
    the start) comes within five words."""
    taken: list[re.Match[str]] = []
    j = k - 1
    while j >= 0 and len(taken) < 5:
        word = words[j]
        if (taken or not after_comma) and _GAP_STOP.search(
                masked, word.end(), (taken[-1] if taken else words[k]).start()):
            break
        if word.group().lower() in _BOUNDARY_WORDS:
            break
        if not (word.group()[:1].isupper() or word.group().lower() in _CONJUNCT_OPENERS):
            return [], j
        taken.append(word)
        j -= 1
    if not taken or len(taken) > 4:
        return [], j  # no name, or a run of capitals with no edge in sight
    first = taken[-1].group()
    if not (first[:1].isupper() or first.lower() in ("both", "the")):
        return [], j
    return taken, j


#: Words that open a sentence before its subject and a comma, not a name in a list
_LIST_OPENERS = frozenset("""besides still however meanwhile also yet instead then now later
    earlier thus hence so like unlike including overall again indeed separately similarly
    finally additionally currently notably initially ultimately clearly certainly""".split())
#: What may open either name of a coordinated subject besides a capital: "both …", "its
#: Western allies"
_CONJUNCT_OPENERS = frozenset("both the his her its their".split())


def _np_after(text: str, position: int, end: int) -> tuple[int, int] | None:
    """The noun phrase right after ``position`` ("said [the ministry]", "according to [X]")."""
    match = _NP_AFTER.match(_masked(text, position, end))
    if not match:
        return None
    span = (position + match.start("np"), position + match.end("np"))
    return span if _is_np(text[span[0]:span[1]]) else None


_CLOSE_TO = re.compile(rf"\b(?:{_TIES})\s+$", re.I)
_POSSESSIVES = frozenset("his her its their".split())
#: A name never ends with a preposition (written in lower case: "Al From" is a name).
_PREPOSITIONS_LAST = frozenset("""over on in at with from into against amid after under between
    through during without across toward towards upon""".split())


def _is_np(phrase: str) -> bool:
    """A rough test that ``phrase`` names someone: short, and not a clause."""
    words = phrase.split()
    if not words or len(words) > 14:
        return False
    if words[0].lower() in _PRONOUNS and words[0].lower() not in _POSSESSIVES:
        return len(words) == 1
    if words[0] in _BOUNDARY_WORDS or words[-1].lower() in ("by", "for", "of", "about", "to") \
            or words[-1] in _PREPOSITIONS_LAST:
        return False  # "to the crowd", "began by", "the war erupted over": not a name
    if len(words) == 1 and phrase.islower() and not phrase.endswith("s") and phrase not in (
            "one", "another", "police", "people", "staff", "media", "personnel"):
        return False  # "been", "resist": a verb, not a bare plural subject ("officials",
        # "police"; '"…," wrote another.')
    return not _FINITE_IN_NP.search(phrase)


# an auxiliary makes a clause ("Do you support …"), but "Will Doyle" and "Can Dündar" are names
_FINITE_IN_NP = re.compile(r"\b(?!(?:Will|Can)\s+[A-Z])(?i:is|was|were|are|had|have|has|will|"
                           r"would|did|does|do|could|can|should|might|must|shall)\b")


def _trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` less the spaces and commas around it, and a dash before it ('"…,"
    – Hasanov said'), or None when nothing is left."""
    while start < end and (text[start].isspace() or text[start] in ",–—―"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ","):
        end -= 1
    return (start, end) if end > start else None


def _clause_end(text: str, start: int, end: int, lex: Lexicon | None = None,
                subordinate: bool = False) -> int:
    """Where the content of an indirect attribution ends: the sentence end, less its final
    punctuation (a closing quotation mark stays); earlier at a participle clause
    (", describing …"), at a coordinated cue (" and called for …"), or, when the cue sits in a
    subordinate clause ("Though she called …, Clinton …"), at the comma that closes it."""
    stop = end
    quotes, _ = find_quotes(text, start, end)
    for match in _CLAUSE_STOP.finditer(text, start, end):
        if not any(s < match.start() < e for s, e in quotes
                   if not match["q"] or e != match.end("q")
                   ) and not _WHICH_INSIDE.match(text, match.start(), end):
            stop = match.end("q") if match["q"] else match.start()
            break
    dashes = [m.start() - 1 for m in _SPACED_DASH.finditer(text, start + 1, stop)
              if not any(s < m.start() < e for s, e in quotes)]
    if len(dashes) == 1 and not any(dashes[0] < s < stop for s, _ in quotes):
        stop = dashes[0]  # "… the plan was dead — a blow to …": an aside closes the content
        # (a pair of dashes sets an aside inside it; a quote after the dash is still his)
    if lex is not None:
        for match in _AND_CUE.finditer(text, start, stop):
            # "called for"; a verb of speech with a subject of its own, "though Putin said on
            # February 27" (not "the nearly uniform support for her")
            verb = match["verb"].lower()
            if verb not in lex.forms and (match["subject"] or _DO_SUPPORT.search(
                    match["aux"])) and not lex.forms.get(verb.split()[0], ("", "", False))[2]:
                verb = verb.split()[0]  # (and "but did not comment on the casualties")
            form = lex.forms.get(verb)
            if form is None and _DO_SUPPORT.search(match["aux"]):  # "but did not comment on"
                form = lex.lemmas.get(verb)
            if (match["subject"] is None and match["conj"] == "and" and _NEGATION.search(
                    match["aux"])) or (match["conj"] in ("though", "although") and (
                    match["subject"] is None or not text[max(start, match.start("conj") - 4):
                                                          match.start("conj")].rstrip().endswith(
                        (",", ',"', ",”")))):
                # "and never called a donor" goes on, as do "that although X confessed, …"
                # and "a crucial, although brief, moment"
                continue
            # "…, but she knows (that) …" goes on the same thought; "…, but he said …" and
            # "…, but warned that …" are new speech;
            # "urged X to call out Russia and consider …": a bare verb goes on the infinitive
            infinitive = match["subject"] is None and form is not None and verb == form[
                0] and " to " in text[start:match.start()]
            if form and not infinitive and not (
                    form[2] and match["conj"] == "but" and (
                        form[1] == "cognition"
                        or not _SPEECH_NEXT.match(text, match.end()))) and not any(
                    s < match.start() < e for s, e in quotes):
                stop = match.start()
                break
        for match in _COMMA_CUE.finditer(text, start, stop):
            # "A voter who said he votes Democratic, said Kasich …": the main clause's verb, in
            # the past ("…, requested by Sanders, …" is a participle inside the content)
            verb = match["verb"]
            past = verb.endswith(("ed", "en", "wn")) or verb in _IRREGULAR_PAST
            if past and verb in lex.forms and verb != lex.forms[verb][0] and not (
                    text.startswith(" by ", match.end())) and not any(
                    s < match.start() < e for s, e in quotes):
                stop = match.start()
                break
    for s, e in quotes:  # '… as a "crazy system" — a charge …': the gloss is the narrator's
        if start < s and e < stop and (_GLOSS_AFTER_QUOTE.match(text, e, stop) or (
                _AS_LABEL.search(text, max(start, s - 12), s) and _ADJUNCT.match(text, e,
                                                                                 stop))):
            stop = e  # '… as a "disgrace" on Wednesday during …': when and where are not his
            break
    if lex is not None:
        stop = _before_trailing_cue(text, start, stop, lex)
    if subordinate:
        comma = _comma_outside_quotes(text, start, stop)
        if comma is not None:
            stop = comma
    while stop > start and text[stop - 1] in " \u00a0.;,":
        stop -= 1
    return stop


def _before_second_predicate(text: str, start: int, stop: int) -> int:
    """Where content with no verb of its own ("… accused Baku of shelling villages", "…
    called for calm") ends when the subject's next verb follows: "and has since left the
    network", "but did not recommend prosecution", "but still lost", "and extended the
    truce". A verb after "and" in a clause ("the plan was good and would cost more") is the
    clause's own: content with a finite verb keeps it, and the caller leaves alone the
    contents of verbs that take a clause ("said", "that …")."""
    if _AND_BUT_WORD.search(text, start, stop) is None:
        return stop
    for match in _SECOND_PREDICATE.finditer(text, start, stop):
        if _has_finite(text[start:match.start()]):
            return stop  # the content has a verb of its own: so does any longer part of it
        verb, after = match["verb"], match["after"] or ""
        if verb in _FINITE or verb in _IRREGULAR_PAST or (
                verb.endswith("ed") and after.strip() in _OBJECT_OPENERS):
            return match.start()
    return stop


def _main_verb(text: str, start: int, end: int, quotes: list[tuple[int, int]], lex: Lexicon
               ) -> int | None:
    """Where the sentence's main verb of speech starts inside ``text[start:end]``, the content
    of a relative clause's cue ("who spoke to reporters [said] …"), if it has one."""
    for cue in lex.cue.finditer(text, start, end):
        before = text[max(start, cue.start() - 8):cue.start()].split()
        if before and before[-1].lower() not in _NOT_BEFORE_A_MAIN_VERB and not _gerund(
                cue) and not _is_noun_use(text, start, cue, lex) and not any(
                s < cue.start() < e for s, e in quotes):
            return cue.start()
    return None


# words after which a verb is no clause's main verb ("wants to talk to or yell at him")
_NOT_BEFORE_A_MAIN_VERB = frozenset("to or and not will would can could may might must should "
                                    "shall".split())
# verbs whose content is a clause, even with no "that" and no verb this module knows ("said
# the plan works and would cost more")
_CLAUSE_VERBS = frozenset("say tell report show state add note write claim assert insist warn "
                          "argue explain announce believe think know find suggest estimate "
                          "predict conclude confirm reveal indicate acknowledge admit deny "
                          "allege contend reply respond answer declare stress emphasise "
                          "emphasize assess".split())
_AND_BUT_WORD = re.compile(r"\s(?:and|but)\s")  # a cheap test before the search below
# a clause or phrase of time or concession after the content of a verb that takes no clause
# (one of reason or condition, "because …", "until …", "unless …", is often part of what was
# said: "vowed not to take its calls until it changes course")
_ADJUNCT_CLAUSE = re.compile(r"(?<=\w),?\s+(?:when|while|after|before|since|although|though|"
                             r"whereas)\s")
# "and (also) has …", "but did not …", "and extended the …"
_SECOND_PREDICATE = re.compile(r",?\s+(?:and|but)\s+(?:(?:also|then|later|still|since|not|"
                               r"never|[a-z]+ly)\s+)*(?P<verb>[a-z]+)\b(?P<after>\s+[a-z]+)?")
_OBJECT_OPENERS = frozenset("the a an his her its their it them him up out back to that this "
                            "these those".split())


def _before_trailing_cue(text: str, start: int, stop: int, lex: Lexicon) -> int:
    """Cut a closing ", a source said" off a content: it attributes the whole sentence."""
    comma = text.rfind(",", start, stop)
    if comma < 0 or stop - comma > 90:
        return stop
    quotes, _ = find_quotes(text, start, stop)
    if any(s < comma < e for s, e in quotes):
        return stop
    cue = next((c for c in lex.cue.finditer(text, comma + 1, stop) if not _is_noun_use(
        text, comma + 1, c, lex)), None)
    if cue is None:
        return stop
    after = text[cue.end():stop]
    if (re.search(r"[,\"“”]", after) or (len(after.split()) > 5 and not _where_or_when(
            after))) and not re.match(r"[\s,:]*[\"“«]", after):
        return stop  # but '…, a man yelled "Stay there!"': the quote is the new speaker's
    if _FRONTED.match(text, start, comma) and after.strip(" \u00a0.;!?") and not (
            _ADJUNCT.match(after) or _CLOSING_TAIL.match(after)):
        # "that after the war, Azerbaijan had called for talks": the comma closes a fronted
        # phrase, and the cue after it has its own object
        return stop
    source = _trim_span(text, comma + 1, cue.start())
    return comma if source and _is_np(text[source[0]:source[1]]) else stop


_AS_LABEL = re.compile(r"\bas\s+(?:an?\s+|the\s+)?$")
_ADJUNCT = re.compile(r"[,]?\s+(?:during|on|at|in|when|while|after|before|last|this|earlier|"
                      rf"yesterday|today|{_WEEKDAYS})\b")
# a phrase of time or circumstance that opens a content
_FRONTED = re.compile(r"(?:that\s+)?(?:after|before|since|in|during|following|despite|amid|"
                      r"when|while|until|on|over|under|as)\s[^,]*$", re.I)
# verbs whose object follows them, so the words after ", asks" are no inverted source
_NOT_INVERTED = frozenset({"ask", "urge", "call on", "call for", "encourage", "order", "thank",
                           "remind", "accuse", "blame", "tell", "question", "request", "demand"})
# what else may follow a closing ", a source said": whom to, how, when
_CLOSING_TAIL = re.compile(r"\s+(?:to|via|also|again|then|late|early|tonight|overnight|"
                           r"recently|previously|separately|publicly|privately)\b")
# a comma, then a verb with no subject of its own ("…, said Wednesday he agrees")
_COMMA_CUE = re.compile(r",\s+(?:(?:also|then|later|[a-z]+ly)\s+)?(?P<verb>[a-z]+)\b")
# a dash with a space on each side (found from the dash, which the engine skips to)
_SPACED_DASH = re.compile(r"[-—―–](?:(?<=\s-)-?|(?<=\s[—―–]))(?=\s)")
# after a closing quote, the narrator's gloss: a dash, or "but" ("but that …" is a second clause
# of what was said)
_GLOSS_AFTER_QUOTE = re.compile(r",?\s*(?:[—―–]|--?\s)|,?\s+but\s(?!that\s)")
# ', describing …', ', which …'; after a closing quote, a gloss: '"racist," an extraordinary …'
# (but not a list of labels: '"nasty," an "anchor baby"')
# "the pipeline, which Republicans support, "would not go 10 feet"": a relative clause inside
# the content, closed by a comma before the main clause's verb or a quote
_WHICH_INSIDE = re.compile(r",\s+which\s[^,;.\"“”]{1,100},\s+(?:[\"“]|(?:is|are|was|were|has|"
                           r"have|had|will|would|could|can|should|may|might|must|did|does|do)\b)")
# a content that says nothing was given: "offered no proof", "gave no further details"
_NOTHING_SAID = re.compile(r"no\s+(?:further\s+|other\s+)?(?:proof|evidence|details?|explanation|"
                           r"comment|figures?|reason|timeline|specifics)|"
                           # "said nothing about casualties"
                           r"nothing(?:\s+(?:more\s+|further\s+)?(?:about|on|of)\s[^,;:\"“”]+)?|"
                           # how long or how they spoke: "spoke for about 45 minutes"
                           r"(?:for\s+(?:(?:about|around|nearly|almost|more\s+than|over|some|"
                           r"roughly|less\s+than)\s+)?[\w-]+\s+(?:seconds?|minutes?|hours?)|"
                           r"at\s+length|briefly|by\s+(?:tele)?phone)[.!]?", re.I)
# where indirect content ends: a participle clause (", implicitly putting …", but not a hedge
# of the speaker's, ", possibly providing …"), a noun of speech, "which", a new clause, the
# narrator's gloss (", a claim that could not be verified", ", a figure Israel disputes")
# the narrator's gloss after a comma: ", a claim Moscow denied", and on what the source left
# out: ", but gave no details", ", without providing evidence"
_NARRATORS_GLOSS = (rf"an?\s+(?:{_GLOSS_NOUNS})(?=\s+(?:that|which|[A-Z]))|"
                    r"(?:but|and)\s+(?:(?:gave|provided|offered|presented|cited)\s+no|"
                    r"(?:did\s+not|didn['’]t)\s+(?:give|provide|offer|elaborate|specify|say|"
                    r"explain|identify|disclose)|declined\s+to\s+(?:give|elaborate|"
                    r"comment|say))|(?:but\s+)?without\s+(?:giving|providing|citing|offering)")
_GLOSS_OPENING = re.compile(rf"(?:{_NARRATORS_GLOSS})\b")
_CLAUSE_STOP = re.compile(r",(?P<q>''|[”\"’]?)\s+(?:(?:(?!possibly|only|specifically|potentially|"
                          r"probably|apparently)[a-z]+ly\s+)?(?!including\b)\w+ing|allegations?|"
                          r"claims?|accusations?|reports?|which|and\s+(?:when|while|after|before|"
                          r"as)|(?<=[”\"’'] )an?(?=\s+[^\s\"“'‘])|"
                          # another source's words set against these: "…, while the army said …"
                          r"(?:while|whereas|and|but|where|when)(?=\s(?!that\b)[^,;\"“”]{1,80}?\s(?:said|"
                          r"says|say|told|claimed|insisted|argued|denied|warned|stressed|"
                          r"countered|responded|replied)\b)|"
                          rf"{_NARRATORS_GLOSS})\b|;")


def _has_verb_cue(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether ``text[start:end]`` holds a cue used as a verb ("New talks" holds none, nor
    "The woman accused of driving onto a sidewalk")."""
    return any(not _is_noun_use(text, start, c, lex) and not _charged(text, c, lex)
               for c in lex.cue.finditer(text, start, end))


def _charged(text: str, cue: re.Match[str], lex: Lexicon) -> bool:
    """Whether a cue is the participle of an accusation with its charge right after it, which
    describes the accused: "a contractor accused of spying", "the group blamed for the
    attacks"."""
    verb = cue["verb"].lower()
    return lex.stances.get(lex.forms[verb][0]) == "accuse" and verb.endswith("ed") and (
        cue.start() == cue.start("verb")) and _CHARGE_AFTER.match(text, cue.end()) is not None


# " and called for …", " — and he noted …", " and Democrats accused …": a second attribution
# ("… a smear while Sanders suggests …", "…, but he said …": a second clause of speech ends
# the first content)
# (opening with a character class, which lets the engine skip to the next comma or space:
# ", and", " — and" or " and")
_AND_CUE = re.compile(r"[,\s](?:(?<=,)\s+|(?<=\s)[—–-]+\s+|(?<=\s)\s*)"
                      r"(?P<conj>and|but|while|whereas|though|although)\s+"
                      r"(?P<subject>(?:he|she|they|it|we|I"
                      # "Russia's defence ministry claimed": a possessor and one or two nouns
                      r"|[A-Z][\w.-]*['’]s(?:\s+[a-z]+){1,2}?"
                      r"(?=\s+(?:[a-z]+(?:ed|s)|said|told|wrote)\b)"
                      r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
                      r"|(?:the|a|an|his|her|their|its)\s+[a-z]+"
                      r"(?:\s+(?!(?:will|would|can|could|may|might|must|should|shall)\b)[a-z]+)?)"
                      r"\s+)?(?P<aux>(?:(?:also|then|later|has|have|had|did|does|do|not|never|"
                      r"[a-z]+ly)\s+){0,2})"
                      r"(?P<verb>[a-z]+(?:\s+(?:for|on|out))?)\b")
_NEGATION = re.compile(r"\b(?:not|never)\b")
_DO_SUPPORT = re.compile(r"\b(?:did|does|do)\b")
_SUBORDINATORS = frozenset("though although while when as because if since after before "
                           "whereas unless until".split())


def _comma_outside_quotes(text: str, start: int, end: int) -> int | None:
    """The first comma in ``text[start:end]`` outside quotes, or the end of a quote that
    closes on a comma ('that the talks "went well," the markets …'), or None."""
    quotes, _ = find_quotes(text, start, end)  # every style, the NYT's ''…'' included
    i = text.find(",", start, end)
    while i >= 0:
        inside = next(((s, e) for s, e in quotes if s < i < e), None)
        if inside is None:
            return i
        # 'he "loves China," and "…"': a list of quotes goes on, the clause does not close
        if not text[i + 1:inside[1]].strip("\"'”’»") and not _COORDINATION.match(
                text, inside[1], end):
            return inside[1]
        i = text.find(",", i + 1, end)
    return None


_COORDINATION = re.compile(r"\s+(?:and|or|but|nor)\s")


def _channel(text: str, position: int, end: int) -> tuple[int, int, int] | None:
    match = _CHANNEL.match(text, position, end)
    if not match:
        return None
    return (match.start("channel"), match.end("channel"), match.end())


def _channel_inside(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """A channel inside the words a cue's object takes ("told CNN in an interview that …"),
    as (start, end, ``start``): the content does not move."""
    for place in _CHANNEL_OPENER.finditer(text, start + 1, end):
        match = _CHANNEL.match(text, place.start(), end)
        if match:
            return match.start("channel"), match.end("channel"), start
    return None


# an event told something as the cue's object: "told a news conference", "told the briefing"
_TOLD_EVENT = re.compile(r"\s+(?P<channel>(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:news|press)\s+"
                         r"(?:conference|briefing)|(?:a|an|the)\s+(?:[\w'’-]+\s+)?briefing)\b")


def _aside_channel(text: str, source_end: int, cue_start: int) -> tuple[int, int, int] | None:
    """A channel set off by commas between the source and its cue ("Zelensky, in his nightly
    address, said …"), as (start, end, ``cue_start``): the content does not move."""
    comma = text.find(",", source_end, cue_start)
    if comma < 0:
        return None
    speaking = _SPEAKING.match(text, comma + 1, cue_start)  # "Putin, speaking on TV,"
    match = _CHANNEL.match(text, speaking.end() if speaking else source_end, cue_start)
    if match is None or not _ASIDE_REST.fullmatch(text, match.end(), cue_start):
        return None
    return match.start("channel"), match.end("channel"), cue_start


_ASIDE_REST = re.compile(r"\s*,\s*")


def _opening_channel(text: str, start: int, source_start: int) -> tuple[int, int, int] | None:
    """A channel that opens the sentence before the source ("In a Facebook post on Wednesday,
    the spokesperson said …", "Speaking at a briefing in Moscow, Zakharova said …"), as
    (start, end, ``start``): the content does not move."""
    speaking = _SPEAKING.match(text, start, source_start)
    match = _CHANNEL.match(text, speaking.end() if speaking else start, source_start)
    if match is None or not _PLACE_REST.fullmatch(text, match.end(), source_start):
        return None
    return match.start("channel"), match.end("channel"), start


#: How one spoke, before a channel: "Speaking at a briefing, …", "Putin, speaking on TV, …".
_SPEAKING = re.compile(r"\s*(?:[Ss]peaking|[Ww]riting|[Aa]ppearing)\s+")
# what may stand between an opening channel and the source: a place, and the comma
_PLACE_REST = re.compile(r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|"
                         rf"\s+(?:on\s+)?(?:{_WEEKDAYS}|{_DATE}|today|yesterday){_PART_OF_DAY})"
                         r"{0,2}[\s,\u00a0]*")  # and a day: "in Paris on Wednesday evening"


def _closing_channel(text: str, start: int, end: int, lex: Lexicon
                     ) -> tuple[int, int, int] | None:
    """A channel that closes the content ("… in a statement on Sunday", "…, on Telegram"):
    how it was said, not what, unless a verb of speech in the content may own it ("he would
    speak in an interview"). Returns (new content end, channel start, channel end)."""
    if _CHANNEL_WORD_LOWER.search(text[max(start, end - 90):end].lower()) is None or lex.cue.search(
            text, start, end) is not None:
        return None
    for before in _CHANNEL_WORD.finditer(text, max(start + 1, end - 90), end):
        match = _CHANNEL.match(text, before.start(), end)
        if match is None:
            continue
        rest = match.end()
        when = _TIMEWORDS.match(text, rest, end)
        rest = when.end() if when else rest
        if text[rest:end].strip(" ,.;"):
            continue
        if text.startswith("on ", match.start("channel")) and "," not in text[
                before.start():match.start("channel")] and not _DAY_BEFORE.search(
                text, max(start, before.start() - 12), before.start()):
            continue  # "a promoted trend on Twitter" is a thing on it: no comma, no day
        return (before.start(), match.start("channel"), match.end("channel"))
    return None


_DAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAYS}|today|yesterday)$", re.I)
_CHANNEL_WORD = re.compile(r"[\s,]+(?=(?:in|on|via|during|at|through)\s)", re.I)
_DOCUMENT_HEADS = (r"statement|communiqu[eé]|report|post|tweet|message|letter|notice|bulletin|"
                   r"press release|information|data")
_DOCUMENT_KIND = r"(?:(?:joint|written|separate|brief|short|new|latest)\s+)?"
_DOCUMENTS = rf"{_DOCUMENT_KIND}(?:{_DOCUMENT_HEADS})"
_DOCUMENT_HEAD = re.compile(rf"\b(?:{_DOCUMENT_HEADS})\b", re.I)
# a document named again: "the statement", "that joint statement"
_THE_DOCUMENT = re.compile(rf"(?:the|this|that)\s+{_DOCUMENT_KIND}(?P<head>{_DOCUMENT_HEADS})",
                           re.I)
# the one who issued a document is its speaker: "a statement from the foreign ministry",
# "the ministry's statement"
_DOCUMENT_OF = re.compile(rf"(?:(?:a|an|the)\s+)?{_DOCUMENTS}\s+(?:(?:issued|released|"
                          r"published|posted|provided|disseminated|spread|shared)\s+)?"
                          r"(?:from|by|of)\s+(?P<np>\S.*)"
                          rf"|(?P<owner>\S.*?)['’]s?\s+{_DOCUMENTS}", re.I)


_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
#: Nominal heads that name a body, never one of its people: they resolve to a mention that
#: ends with the body ("the court" is not "Supreme Court Justice Frank Nervo")
_BODY_HEADS = frozenset("force forces navy staff command guard administration council committee "
                        "commission mission court police".split())
#: The head nouns of a nominal (``_NOMINALS``) that name a body, not one of its people
_BODY_NOUNS = _BODY_HEADS | {"ministry", "agency", "government", "department", "army",
                             "military", "office", "service"}
_LAST_WORD = re.compile(r"\w+(?=\W*$)")


def _closes_with(mention: str, head: str) -> bool:
    """Whether ``head`` (or its plural) is the last word of a mention's head, before a comma
    or "of": "The Obama administration" and "the Air Force of the Armed Forces of Ukraine" for
    "the administration" and "the force", not "Rep. Elijah Cummings (D-Md.)" for "the
    committee"."""
    last = _LAST_WORD.search(_OF_BODY.split(mention.split(",")[0], 1)[0])
    return last is not None and last[0].lower().rstrip("s") == head.lower().rstrip("s")
_FEMALE = re.compile(r"\b(?:Mrs|Ms|Miss)\b\.?|\b(?:spokeswoman|chairwoman|congresswoman|"
                     r"businesswoman|woman|mother|wife|daughter|sister|grandmother|"
                     r"actress)\b", re.I)
_MALE = re.compile(r"\bMr\b\.?|\b(?:spokesman|chairman|congressman|businessman|man|father|"
                   r"husband|son|brother|grandfather)\b", re.I)


def _gender(speaker: _Speaker, lex: Lexicon) -> str | None:
    """A speaker's gender, from the pack or from a title or noun in the mention, if either
    tells."""
    if speaker.actor and speaker.actor in lex.genders:
        return lex.genders[speaker.actor]
    return _mention_gender(speaker.mention)


@lru_cache(maxsize=4096)
def _mention_gender(mention: str) -> str | None:
    female, male = _FEMALE.search(mention), _MALE.search(mention)
    return "f" if female and not male else "m" if male and not female else None


_WRITER = frozenset({"i", "we"})  # first person outside a quotation: the one who writes


def _resolve(mention: str, lex: Lexicon, state: _State) -> _Speaker:
    """Resolve a pronoun or a nominal to the last compatible speaker; remember names. A
    document speaks for whoever issued it."""
    document = _DOCUMENT_OF.fullmatch(mention.strip())
    if document:
        issuer = _resolve(document["np"] or document["owner"], lex, state)
        head = _DOCUMENT_HEAD.search(mention)
        if head and issuer.mention:  # "the ministry's statement reads …", then "the
            # statement said": the ministry's
            state.issuers[_document_key(head[0])] = (issuer, state.paragraph)
        return issuer
    lowered = mention.lower().strip()
    named = _THE_DOCUMENT.fullmatch(lowered) if state.issuers else None
    if named:  # "the statement said", after "said in a joint statement": its issuer, whom
        issuer, where = state.issuers.get(_document_key(named["head"]), (None, 0))
        if issuer is not None and state.paragraph - where <= _ISSUER_REACH:
            state.speakers.append(issuer)  # "it" may name next
            return issuer
    if lowered in _WRITER:  # outside a quotation, the one who writes (or in a transcript,
        return state.turn or _Speaker(mention, None, None, None)  # the one whose turn it is)
    wanted = _PRONOUNS.get(lowered)
    nominal = _NOMINALS.match(lowered)
    direct = _speaker(mention, lex, state.day)
    if nominal and (direct.actor or direct.side):
        nominal = None  # "the Armenian side" names its side itself
    gender = _PRONOUN_GENDER.get(lowered)
    if wanted or nominal:
        for previous in reversed(state.speakers):
            if gender and _gender(previous, lex) not in (None, gender):
                continue  # "she" is not Putin, nor "Mr. Mammadov"
            if nominal and _names_word(previous, nominal["head"]) and (
                    nominal["head"].lower() not in _BODY_HEADS
                    or _closes_with(previous.mention, nominal["head"])):
                return _Speaker(previous.mention, previous.actor, previous.side,
                                previous.kind)
            if wanted and (wanted == "any" or (wanted == "person") == (
                    previous.kind == "person")):
                return _Speaker(previous.mention, previous.actor, previous.side,
                                previous.kind)
        return direct
    speaking_for = _SPEAKING_FOR.match(mention.strip()) if direct.side is None else None
    if speaking_for:  # "Its spokesman, Aram Torosyan", "a ministry official": the body's
        head = speaking_for["org"]
        body = next((previous for previous in reversed(state.speakers) if previous.side and (
            _names_word(previous, head) if head else previous.kind == "body")), None)
        if body is not None:
            speaker = _Speaker(mention, body.actor, body.side, body.kind)
            state.speakers.append(speaker)
            return speaker
    surname = _SURNAME.fullmatch(mention.strip()) if direct.side is None else None
    if surname:  # "Torosyan", after "Armenian Defence Ministry spokesman Aram Torosyan"
        earlier = next((previous for previous in reversed(state.speakers)
                        if previous.side and _ONE_NAMED.fullmatch(previous.mention)
                        and previous.mention.endswith(f" {surname['surname']}")), None)
        if earlier is not None:
            state.speakers.append(earlier)
            return earlier
    state.speakers.append(direct)
    return direct


def _names_word(speaker: _Speaker, word: str) -> bool:
    """Whether ``speaker``'s mention or actor holds ``word`` ("the ministry" names "Armenia's
    Defence Ministry")."""
    return re.search(rf"\b{re.escape(word)}\b", f"{speaker.mention} {speaker.actor or ''}",
                     re.I) is not None


#: One who speaks for a body named before: "Its spokesman, Aram Torosyan", "A ministry
#: official", "Ministry spokesman Aram Torosyan"
_SPEAKING_FOR = re.compile(r"(?:its|their|(?:(?:a|an|the)\s+)?(?P<org>ministry|army|military|"
                           r"government|embassy|office|agency|service|police))\s+(?:senior\s+|"
                           r"chief\s+|press\s+)?(?:spokes(?:man|woman|person)|officials?|"
                           r"sources?|representatives?|secretary)\b", re.I)
#: A mention that names one person, first name and surname last ("Armenian Defence Ministry
#: spokesman Aram Torosyan"; not "Donald Trump and Hillary Clinton")
_ONE_NAMED = re.compile(r"(?:(?!\band\b|\bincluding\b)[^,;])*\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
#: A person named by surname alone or after a courtesy title: "Torosyan", "Mr. Torosyan" (a
#: first name makes another person: "Melania Trump")
_SURNAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<surname>[A-Z][a-z][\w'’-]+)")


@lru_cache(maxsize=4096)
def _appositive_name(mention: str) -> str:
    """The name in "Hikmet Hajiyev, an aide to the president," or "A lawyer, David Schulz,"."""
    parts = [p.strip() for p in mention.split(",") if p.strip()]
    if not parts or _NAME_LIST.fullmatch(mention):
        return mention  # "The United States, France and Russia" are all of them
    # "The Kremlin spokesman, Dmitry Peskov,": a part that opens with "The" is a title
    return next((p for p in parts if _looks_like_person(p)
                 and not p.startswith(("The ", "A ", "An "))), parts[0])


def _row(kind: str, text: str, pieces: list[tuple[int, int]],
         source: tuple[int, int] | None, cue: tuple[int, int] | None, speaker: _Speaker,
         rule: str, lex: Lexicon, *, via: _Speaker | None = None,
         channel: tuple[int, int, int] | None = None, lemma: str | None = None,
         stance: str | None = None) -> dict[str, Any]:
    content_start, content_end = pieces[0][0], pieces[-1][1]
    stance = stance or _stance(lemma, lex)
    source = _source_mention(text, source) if source else None
    # "told Reuters", "in an interview with the Financial Times": the outlet relays it
    relay = via or (_outlet_addressed(text, cue[1], lemma, channel, lex) if cue else None)
    return {
        "kind": kind, "content_start": content_start, "content_end": content_end,
        "content": text[content_start:content_end],
        "content_spans": [list(p) for p in pieces],
        "source_start": source[0] if source else None,
        "source_end": source[1] if source else None,
        "source": text[source[0]:source[1]] if source else None,
        "cue_start": cue[0] if cue else None, "cue_end": cue[1] if cue else None,
        "cue": text[cue[0]:cue[1]] if cue else None,
        "speaker": _appositive_name(speaker.mention), "actor": speaker.actor,
        "side": speaker.side, "via": relay.actor or relay.mention if relay else None,
        "channel": text[channel[0]:channel[1]] if channel else None,
        "stance": stance, "rule": rule, "_speaker": speaker, "_via": via,
    }


#: An outlet by the shape of its name: a head noun ("the Kommersant newspaper", "Russian state
#: TV", "the IRNA news agency") or a masthead's last word ("The New York Times", "Fox News").
_OUTLET = re.compile(
    r"\s*(?:the\s+)?(?P<name>(?:(?:[A-Z][\w'’.-]*|state|public|private|national|official|news)"
    r"\s+){1,4}(?:news\s+agency|agency|newspaper|daily|broadcaster|television|TV|radio|channel|"
    r"magazine|website|media)(?!\s+[A-Z])|(?:[A-Z][\w'’.-]*\s+){0,3}(?:News|Times|Post|Journal|"
    r"Telegraph|Guardian|Gazette|Tribune|Herald|Radio|Television|TV|Press|Agency|Daily|Magazine)"
    r"(?!\s+[A-Z])|"
    # or a name the pack knows as an agency: "Reuters", "Russia's RIA Novosti"
    r"(?P<bare>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))(?![\w'’-])")
#: Where a channel names who was addressed: "in an interview with …", "in comments to …",
#: or who carried it: "in comments reported by state media".
_ADDRESSED_IN = re.compile(r"\b(?:with|to|(?:reported|carried|published|quoted)\s+by)\s+")


def _outlet_addressed(text: str, cue_end: int, lemma: str | None,
                      channel: tuple[int, int, int] | None, lex: Lexicon) -> _Speaker | None:
    """The outlet a source spoke to, which relays what it said: the object of "told" ("told
    Reuters", "a resident told AFP") or the one a channel names ("in an interview with the
    Financial Times", "in comments to TASS"); None when it is a person or a crowd."""
    places = [cue_end] if lemma == "tell" else []
    if channel:
        places += [m.end() for m in _ADDRESSED_IN.finditer(text, channel[0], channel[1])]
    return next((outlet for place in places if (outlet := _outlet_at(text, place, lex))), None)


def _outlet_at(text: str, position: int, lex: Lexicon) -> _Speaker | None:
    """The outlet named at ``position``: one shaped like an outlet's name, or one the pack
    knows as an agency or other media."""
    match = _OUTLET.match(text, position)
    if match is None:
        return None
    outlet = _speaker(match["name"], lex)
    return outlet if not match["bare"] or outlet.kind in ("agency", "media") else None


#: An opening that names the outlet spoken to: "Speaking to the BBC, …", "Quoted by TASS, …".
_SPOKE_TO = re.compile(r"\s*(?:(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:to|for)|[Qq]uoted\s+by)"
                       r"(?=\s)")


#: An aside after a source that says how or where it spoke, not who it is: "Al Jazeera's
#: correspondent, reporting from Deir el-Balah,", "The Wall Street Journal, citing officials,".
_HOW_ASIDE = re.compile(r",\s+(?-i:[a-z]+ing)\b")


def _source_mention(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The mention a source span names, without an aside of how it spoke (an appositive
    stays: "The UN's humanitarian office, OCHA,")."""
    start, end = span
    aside = _HOW_ASIDE.search(text, start, end)
    return (start, aside.start()) if aside and aside.start() > start else span


def _stance(lemma: str | None, lex: Lexicon) -> str | None:
    return lex.stances.get(lemma or "", "neutral")


def _dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One attribution per content span: the first rule that found it wins."""
    seen: set[tuple[int, int]] = set()
    out = []
    for row in rows:
        key = (row["content_start"], row["content_end"])
        overlapping = any(s <= key[0] and key[1] <= e and (s, e) != key and
                          row["rule"] in ("content-then-cue",) for s, e in seen)
        if key in seen or overlapping:
            continue
        seen.add(key)
        out.append(row)
    return out


def assign_voices(text: str, sentences: list[dict[str, Any]],
                  attributions: list[dict[str, Any]]) -> list[str | None]:
    """Return the voice of each sentence: ``narrator``, or the side (else the speaker) of
    the attribution whose content covers most of it.

    Examples:
        >>> assign_voices("Ab. Cd.", [{"start": 0, "end": 3}, {"start": 4, "end": 7}],
        ...               [{"content_spans": [[4, 7]], "side": "ARM", "speaker": "x"}])
        ['narrator', 'ARM']
    """
    starts = [sentence["start"] for sentence in sentences]
    shares: list[dict[str, int]] = [{} for _ in sentences]
    for row in attributions:
        voice = row.get("side") or row.get("speaker")
        if not voice or voice.lower() in _WRITER:
            continue  # no one's, or the writer's own: the narrator's
        for a, b in row.get("content_spans") or [[row["content_start"], row["content_end"]]]:
            i = max(bisect.bisect_right(starts, a) - 1, 0)
            while i < len(sentences) and sentences[i]["start"] < b:
                overlap = min(b, sentences[i]["end"]) - max(a, sentences[i]["start"])
                if overlap > 0:
                    shares[i][voice] = shares[i].get(voice, 0) + overlap
                i += 1
    voices: list[str | None] = []
    for sentence, share in zip(sentences, shares, strict=True):
        narrator = (sentence["end"] - sentence["start"]) - sum(share.values())
        best = max(sorted(share), key=share.__getitem__, default=None)
        voices.append(best if best and share[best] > narrator else "narrator")
    return voices
