"""Paragraph zones (headline, standfirst, byline, dateline, body, caption, credit, related …).

Scraped pages put one paragraph on a line and bring their furniture along: photo captions
(often twice), agency credits, "READ MORE" links, widget text. Zoning *classifies* each
paragraph and never deletes a character, so every later count can be traced to the page.

Rules, in the order they are tried (the first that fires names the row's ``rule``):

- ``furniture``: page furniture ("Advertisement", share and newsletter prompts, a row of
  share buttons ("Twitter Facebook WhatsApp"), "5 min read", "Comments (12)", "Topics: …", a
  breadcrumb ("Home > World > Asia"), "Loading...",
  cookie and copyright lines, "Published On 14 May 2021", a bare date) is boilerplate;
  ``related-prompt``: "READ MORE:", "Also read:", a "Related Topics" heading … is related.
- ``credit-line``: a line that is only an agency name (from the pack's ``agencies`` section,
  "— AFP" too), "Photo: X", "Image source, X" (BBC), "(AP Photo/X)", "REUTERS/X",
  "Video: X" or "Source: X" is a credit (but "Photo: Soldiers near the border. (AFP)", a
  sentence, is a caption that ends in its credit); ``wire-tail``: "Reporting by … Editing by
  …", "Translated by …" or "X contributed to this report." is a wire credit.
- ``byline``: "By Name …" (short); ``dateline-line``: a line that is only a dateline.
- ``repeat``: a paragraph identical to an earlier one (a caption printed twice) is boilerplate;
  ``link-list``: the titles of a counted link list ("Keep reading", "list of 4 items", "list 1
  of 4", a title, …, "end of list", as Al Jazeera's pages scrape) are related.
- ``caption-phrase``: a paragraph that reads like a caption ("In this … photo", "FILE PHOTO:",
  "Image caption,", or ending in a credit: "(AP Photo/X)", "[File: X/Agency]");
  ``caption-before-credit``: the paragraph right before a photo credit, unless the credit
  closes the article (then it credits the copy) or sits above its own caption (BBC).
- ``first-line``: the first paragraph (after any leading furniture) is the headline when it is
  short and has no final period (a closing quote does not count).
- ``summary-after-headline``: a paragraph of six to sixty words right after the headline,
  ending in a full stop (not a colon) and not opening with a dateline, is the standfirst
  (TRT World, Al Jazeera and BBC pages put it there).
- ``short-line``: a short line without final punctuation between body paragraphs is a
  subheading, unless it or the next line opens in lower case (hard-wrapped text) or is a
  bullet; ``tail-furniture``: such lines after the last body paragraph are boilerplate.
- ``byline-names``: names alone right under the title ("Andrew Roth in Moscow and Pjotr
  Sauer", as the Guardian prints them: with a place, joined by "and", or one name over the
  page's date line) are the byline.
- ``author-bio``: one of the last two paragraphs that opens with a byline's name and "is",
  "has", "covers" … ("Joshua Kucera is a journalist covering the Caucasus.") is boilerplate.
- ``default``: everything else is body.

Credits: a row per credit paragraph, linked to the caption right above it (else right below),
with ``photo_date`` the full date the caption states; and a ``caption-inline-credit`` row for a
credit printed at the end of a caption. The credit's ``kind`` is photo under a caption, video
for "Video:", else the agency's kind from the pack (wire copy).

A dateline that opens a body paragraph ("YEREVAN, June 2. /TASS/. Armenia's …") stays inside
that body paragraph (it is part of the lead sentence); ``articles.dateline`` holds it. The
date it states with its year, else the first full date of a date line above the body
("Published On 14 May 2021", "02.06.2021 10:15", "By Ann Lee | June 2, 2021"), is
``dateline_date``: the page's own date, which stands in for a publication date not given.

Page furniture is web knowledge, not conflict knowledge, so its patterns are module constants;
agency names vary by region and live in the pack.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from toolkit.packs import Pack, load_pack

_LINE = re.compile(r"[^\r\n]+")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
             r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE_MDY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE}),?\s+(\d{{4}})\b", re.I)
_DAY_MONTH = (rf"(?:(?i:{_MONTH_RE})\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH_RE}))"
              r"(?:,?\s+\d{4})?")
# "02.06.2021" (day first, as Europe and Russia write it) and "2021-06-02"
_NUMERIC_DATE = r"(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d\d-\d\d)"
_DATE_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)(?:\b|(?=T\d))")  # and "2021-06-02T10:15"
# "Baku", "St. Petersburg", "New York": each run of letters is taken whole (only a dot gives
# a word back), so that a line that is no dateline fails at once, not letter by letter
_CITY_WORD = r"[A-Z][A-Za-z'’\-]*+(?:\.[A-Za-z'’\-]*+)*"
_CITY = rf"{_CITY_WORD}(?:[ -]{_CITY_WORD}){{0,3}}"

_FURNITURE = re.compile(
    r"^(?:advertisement|advert|sponsored( content)?|loading\.*|please wait\.*|"
    r"share( this( article| story)?)?(:| on \w+)?|share on \w+|tweet|print|email|comments?|"
    r"(follow|like) us on .{1,40}|subscribe( now| to .{1,60})?|sign up( for .{1,60})?|"
    # "Follow OC Media on Telegram for the latest updates.", "… Donate now."
    r"(?:follow|like) [\w .'’&-]{1,30} on (?:twitter|x|facebook|telegram|instagram|youtube|"
    r"whatsapp|linkedin|tiktok|google news)\b.{0,60}|(?:.{0,120}\s)?donate (?:now|today|here)[.!]?|"
    r"(get|receive) .{0,40}newsletter.{0,40}|click here.{0,60}|skip to (main )?content|"
    r"(©|copyright|\(c\)).{0,120}|all rights reserved\.?|we use cookies.{0,200}|"
    r"accept( all)?( cookies)?|our standards:.{0,80}|listen to (this|the) (article|story).{0,40}|"
    # a link list's counters, as Al Jazeera's pages scrape: "list of 4 items", "list 1 of 4"
    r"list of \d+ items?|list \d+ of \d+|end of list|"
    # a page's own controls and counters: "5 min read", "Comments (12)", "Sign in"
    r"\d{1,3} min(?:ute)?s? read|comments? \(\d+\)|copy link|sign in|log in|menu|"
    r"print(?: this (?:page|article|story))?|report an? (?:error|typo|mistake)|"
    r"more from [\w' ]{1,30}|topics?:.{1,120}|"
    # a breadcrumb: "Home > World > Asia" (not "|", which titles use: "Border clashes | Al
    # Jazeera")
    r"[\w'&-]+(?: [\w'&-]+){0,2}(?: ?[>›»] ?[\w'&-]+(?: [\w'&-]+){0,2}){1,5}|"
    # a row of share buttons: "Twitter Facebook WhatsApp", "Facebook | Telegram | Email"
    r"(?:(?:twitter|facebook|whatsapp|telegram|linkedin|reddit|email|e-mail|vk|x|copy link|"
    r"messenger|pinterest)[\s|,·•/]*){2,8}|"
    r"watch:?\s.{0,80}video|video|photo gallery|"
    r"(?:published|updated|last updated|posted)(?: on| at)?:?\s[^\d\n]{0,40}\d.{0,40}|"
    rf"(?:\w{{3,9}},? )?(?:{_DAY_MONTH}|{_NUMERIC_DATE})"
    # and its clock: "10:15 GMT", "at 10:15 AM", "| 10:15", "- 10.15 BST", ISO "T10:15:00Z"
    r"(?:(?:,? (?:at |[|–—-] )?|T)\d{1,2}[:.]\d\d(?::\d\d)?(?: ?[ap]\.?m\.?)?"
    r"(?: ?(?:[a-z]{2,5}|z|[+-]\d\d:?\d\d))?)?)$", re.I)
_RELATED = re.compile(
    r"^(?:read more|read also|also read|see also|related( articles?| stories| coverage)?|"
    r"more on this( story)?|recommended|you may also like|more|watch)\s*[:|»>-]|"
    # link-list headings printed alone on a line (BBC "Related Topics")
    r"^(?:related (?:topics|stories|articles|content|coverage|internet links)|"
    r"more on (?:this|the) story|top stories|you may also (?:like|be interested in)|"
    r"recommended(?: stories| for you)?|most read|keep reading)$", re.I)
_WIRE_TAIL = re.compile(r"^\(?(?:Reporting|Additional reporting|Writing|Editing|Edited|"
                        r"Translated|Translation|Compiled) by .{2,200}"
                        r"(?:Editing by|;|$)|"
                        # AP: "Associated Press writer X in Moscow contributed to this report."
                        r"^.{3,200}\bcontributed (?:to )?(?:this|the) (?:report|story)\.?$", re.I)
_PHOTO_CREDIT = re.compile(
    r"^(?:\((?P<ap>[A-Z][\w. ]{0,30}) Photo(?:/[^)]{1,60})?\)|"
    r"(?:(?:Photo|Image|Picture|Photograph|Photo credit)s?\s*[:/]|Image source,|"
    r"(?:Photo|Image|Picture|Photograph)s?\s+(?:by|courtesy(?:\s+of)?)\s)"
    r"\s*(?P<photo>.{1,80})|"  # BBC: "Image source, Getty Images"
    r"(?P<slash>[A-Z]{2,12})/[A-Z][\w .'-]{1,60}(?:/File(?: Photo)?)?|"
    r"(?P<kind>Video|Source)s?\s*:\s*(?P<named>.{1,80}))$")
#: A lower-case word that no credit's name holds ("of", "via", "and" … do): two of them
#: make a caption
_COMMON_WORD = re.compile(r"(?<![\w'’.-])(?!(?:of|the|via|and|by|for|courtesy|de|von|van|"
                          r"al|el)\b)[a-z][a-z'’-]+\b")
_CAPTION_PHRASE = re.compile(
    r"^(?:in this .{0,60}(?:photo|image|picture|handout)|file photo|file\s*[-–—:]|"
    r"this (?:photo|image|handout)|(?:photo|image) (?:taken|released|provided)|"
    r"a (?:handout )?(?:photo|still image)|"
    r"(?:an? |the )?(?:aerial |general |satellite )?view (?:of|shows)|"
    r"(?:image|media) caption,|caption:)", re.I)  # BBC: "Image caption, …"
_CAPTION_TAIL = re.compile(r"\((?:AP Photo|Reuters|AFP|Photo)[^)]{0,80}\)\s*$|/File Photo$|"
                           # Al Jazeera: "… [File: Name/Agency]", "… [Name/Agency]"
                           r"\[(?:File:\s*)?[^\]/]{1,60}/[^\]]{1,60}\]$|"
                           r"\bPhoto(?: by)?:\s*[^.:]{2,80}\.?$", re.I)
# A credit printed at the end of a caption: "(AP Photo/Name)", "REUTERS/Name/File Photo",
# "[File: Name/Agency]" (Al Jazeera), "Photo: Name". Kept apart from _CAPTION_TAIL on purpose:
# this one only reads lines already known to be captions, so it may be lenient ("AGENCY/Name"),
# while _CAPTION_TAIL decides whether a line is a caption at all and must not take a body
# sentence that ends "… in an MPG/Gallup poll taken before the vote." for one.
_INLINE_CREDIT = re.compile(
    r"(?P<credit>\((?:AP|AFP|Reuters|EPA|Photo)\b[^)]{0,80}\)|"
    r"\b[A-Z]{2,12}/[A-Z][\w .'-]{0,60}?(?:/File(?: Photo)?)?|"
    r"\[(?:File:\s*)?[^\]/]{1,60}/[^\]]{1,60}\]|"
    r"\bPhoto(?: by)?:\s*[^.:]{2,80})\.?\s*$")
# "By Name", "By Name and Name", "By Name – Trend:" (Azerbaijani agencies sign off the byline)
_BYLINE = re.compile(r"^(?:By|BY|Written by|Words by)\s+[A-Z][\w.'’-]+"
                     r"(?:(?:[ ,]+|\s+[-–—|]\s+)[\w.'’&-]+){0,12}:?$")
_CREDIT_PARTS = re.compile(r"\s*(?:/|\bvia\b|,|\band\b)\s*")
# a byline of names alone, right under the title (the Guardian): two to four capitalised words
# a name, each with the place it was filed from, joined by "and" or commas
_ONE_NAME = (r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,3}"
             r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?")
_NAMES_BYLINE = re.compile(rf"{_ONE_NAME}(?:(?:,\s+|,?\s+and\s+){_ONE_NAME}){{0,3}}")
# a byline's names ("By Ann Lee and Tom Balmforth"), and what a closing note on one of them
# says of them ("Ann Lee is a journalist covering …", "… has reported from the Caucasus …")
_AUTHOR = re.compile(r"(?<![\w'’-])(?!By\b|BY\b|and\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}")
_BIO_VERB = re.compile(r"\s+(?:is|was|has|covers|writes|reports)\s")
_CLOSING_QUOTES = "\"'”’»"
_BULLETS = frozenset("•·-–—*▪►")
_TERMINAL = frozenset('.!?:;"”’»…)')


@dataclass(frozen=True)
class Zoning:
    """What zoning one article yields.

    ``paragraphs`` and ``credits`` are row dicts of those tables (without ``article_id``);
    the string fields fill the ``articles`` columns of the same names (None when absent);
    ``dateline_date`` is the date a dateline states with its year, else the first full date
    of a date line or byline above the body, if any.
    """

    paragraphs: list[dict[str, Any]]
    credits: list[dict[str, Any]] = field(default_factory=list)
    headline: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    dateline: str | None = None
    dateline_date: dt.date | None = None


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each non-empty line, without surrounding white space.

    Examples:
        >>> split_paragraphs("Title\\r\\n\\n  Body text. \\n")
        [(0, 5), (10, 20)]
    """
    spans = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def zone_article(text: str, pack: Pack | None = None) -> Zoning:
    """Split ``text`` into paragraphs and classify each into a zone; find credits.

    Examples:
        >>> z = zone_article("Baku says calm\\n\\nThe ministry said it was calm.\\n"
        ...                  "READ MORE: Other story")
        >>> [p["zone"] for p in z.paragraphs], z.headline
        (['headline', 'body', 'related'], 'Baku says calm')
    """
    agencies = _agency_index(pack or load_pack())
    spans = split_paragraphs(text)
    lines = [text[s:e] for s, e in spans]
    zones: list[tuple[str, str] | None] = [_local_zone(line, agencies) for line in lines]
    _mark_repeats(lines, zones)
    _mark_link_lists(lines, zones)
    _mark_captions(lines, zones)
    _mark_structure(lines, zones, agencies)
    paragraphs = [{"para_id": i, "start": s, "end": e, "zone": z[0], "rule": z[1]}
                  for i, ((s, e), z) in enumerate(zip(spans, zones, strict=True))
                  if z is not None]
    credits = _credits(text, paragraphs, agencies)
    fields = {zone: next((lines[p["para_id"]] for p in paragraphs if p["zone"] == zone), None)
              for zone in ("headline", "standfirst", "byline")}
    dateline = _dateline(lines, paragraphs, agencies)
    return Zoning(paragraphs=paragraphs, credits=credits, dateline=dateline,
                  dateline_date=(parse_full_date(dateline) if dateline else None)
                  or _page_date(lines, paragraphs), **fields)


def _page_date(lines: list[str], paragraphs: list[dict[str, Any]]) -> dt.date | None:
    """The first full date of a date line or a byline above the first body paragraph."""
    for p in paragraphs:
        if p["zone"] == "body":
            return None
        if p["rule"] in ("furniture", "byline"):
            day = parse_full_date(lines[p["para_id"]])
            if day is not None:
                return day
    return None


def parse_full_date(text: str) -> dt.date | None:
    """The first date with day, month and year in ``text`` ("December 21, 2020", "2 June 2021",
    "02.06.2021", "2021-06-02").

    Examples:
        >>> parse_full_date("In this December 21, 2020 file photo")
        datetime.date(2020, 12, 21)
        >>> parse_full_date("Published 02.06.2021 10:15")
        datetime.date(2021, 6, 2)
        >>> parse_full_date("YEREVAN, June 2. /TASS/.") is None
        True
    """
    found = []
    for match in _DATE_MDY.finditer(text):
        found.append((match.start(), match.group(1), match.group(2), match.group(3)))
    for match in _DATE_DMY.finditer(text):
        found.append((match.start(), match.group(2), match.group(1), match.group(3)))
    for match in _DATE_DOTTED.finditer(text):
        found.append((match.start(), match.group(2), match.group(1), match.group(3)))
    for match in _DATE_ISO.finditer(text):
        found.append((match.start(), match.group(2), match.group(3), match.group(1)))
    for _, month, day, year in sorted(found):
        number = int(month) if month.isdigit() else next(
            (n for name, n in _MONTHS.items() if name.startswith(month.lower().rstrip(".")[:3])),
            None)
        try:
            return dt.date(int(year), number, int(day)) if number else None
        except ValueError:
            continue
    return None


@lru_cache(maxsize=8)
def _agency_index(pack: Pack) -> dict[str, tuple[str, str]]:
    """Alias → (canonical agency name, default credit kind), from the pack."""
    index = {}
    for agency in pack.section("agencies", []) or []:
        for alias in [agency["name"], *agency.get("aliases", [])]:
            index[alias] = (agency["name"], agency.get("kind", "wire"))
    return index


def _local_zone(line: str, agencies: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """Zones a line has on its own, whatever surrounds it (None: decided by position)."""
    if _PLACE_DATE_LINE.match(line):  # before furniture, which takes any "Word, June 2"
        return ("dateline", "dateline-line")
    if _FURNITURE.match(line):
        return ("boilerplate", "furniture")
    if _RELATED.match(line):
        return ("related", "related-prompt")
    if _credit_agency(line, agencies):
        return ("credit", "credit-line")
    if _WIRE_TAIL.match(line):
        return ("credit", "wire-tail")
    if len(line) < 120 and _BYLINE.match(line):
        return ("byline", "byline")
    if _dateline_match(line, agencies) and _dateline_match(line, agencies).end() >= len(line):
        return ("dateline", "dateline-line")
    return None


def _credit_agency(line: str, agencies: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(agency, kind) when the whole line is a credit, else None."""
    bare = line.strip("()[] .-–—")  # "(Reuters)", "— AFP"
    if bare in agencies:
        return agencies[bare]
    match = _PHOTO_CREDIT.match(line)
    if not match:
        return None
    if match.group("photo") and len(_COMMON_WORD.findall(match.group("photo"))) >= 2:
        return None  # "Photo: Soldiers near the border. (AFP)": a caption with its credit
    # "Video: Reuters" credits a video; "Source: Al Jazeera and news agencies" the copy.
    kind = {"Video": "video", "Source": "wire"}.get(match.group("kind") or "", "photo")
    name = (match.group("ap") or match.group("photo") or match.group("slash")
            or match.group("named") or "")
    for part in _CREDIT_PARTS.split(name):
        if part.strip() in agencies:
            return (agencies[part.strip()][0], kind)
    if match.group("slash") and match.group("slash") not in agencies:
        return None  # "NATO/Brussels" is not a credit
    return (name.strip(), kind)


def _mark_repeats(lines: list[str], zones: list[tuple[str, str] | None]) -> None:
    """Repeated paragraphs are boilerplate. The ``_mark_*`` steps fill in the open (None)
    entries of ``zone_article``'s own working list, in place; no caller data is touched."""
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line in seen and (zones[i] is None or zones[i][0] == "caption"):
            zones[i] = ("boilerplate", "repeat")
        seen.add(line)


def _mark_link_lists(lines: list[str], zones: list[tuple[str, str] | None]) -> None:
    """The links of a counted link list ("list of 4 items", "list 1 of 4", a title, …, "end of
    list", as Al Jazeera's pages scrape) are related: as many titles as the list counts, so a
    page cut before "end of list" keeps its body."""
    left = 0
    for i, line in enumerate(lines):
        opens = _LIST_OPENS.match(line)
        if opens:
            left = int(opens["n"])
        elif _LIST_ENDS.match(line):
            left = 0
        elif left and line.strip() and (zones[i] is None or zones[i][1] != "furniture"):
            zones[i] = ("related", "link-list")  # "Photos: Kharkiv under fire" is a title
            left -= 1


_LIST_OPENS = re.compile(r"list of (?P<n>\d{1,3}) items?$", re.I)
_LIST_ENDS = re.compile(r"end of list$", re.I)


def _mark_captions(lines: list[str], zones: list[tuple[str, str] | None]) -> None:
    """Captions: by their wording, or by the photo credit under them."""
    for i, line in enumerate(lines):
        if zones[i] is None and (_CAPTION_PHRASE.match(line) or _CAPTION_TAIL.search(line)):
            zones[i] = ("caption", "caption-phrase")
    for i in range(1, len(lines) - 1):
        # A credit closing the article ("AFP", "Source: …") credits the copy above it, and a
        # credit printed above its caption (BBC) leaves the line before it alone; otherwise
        # the line right before a photo credit is its caption.
        if (zones[i] is None and zones[i + 1] is not None and zones[i + 1][1] == "credit-line"
                and not (i + 2 < len(lines) and zones[i + 2] is not None
                         and zones[i + 2][0] == "caption")
                and any(z is None for z in zones[i + 2:])):
            zones[i] = ("caption", "caption-before-credit")


def _mark_structure(lines: list[str], zones: list[tuple[str, str] | None],
                    agencies: dict[str, tuple[str, str]]) -> None:
    """Headline, standfirst, subheadings and tail furniture: decided by position."""
    open_ = [i for i, z in enumerate(zones) if z is None]
    if not open_:
        return
    first = open_[0]
    # Scraped pages may open with furniture ("Skip to content") before the title.
    if _is_title(lines[first]) and all(zones[j][0] == "boilerplate" for j in range(first)):
        zones[first] = ("headline", "first-line")
        # Sites print the standfirst right under the title, before byline and photo.
        nxt = first + 1 if first + 1 < len(lines) else None
        if (nxt is not None and zones[nxt] is None and _is_summary(lines[nxt])
                and not _dateline_match(lines[nxt], agencies)
                and any(zones[j] is None for j in range(nxt + 1, len(lines)))):
            zones[nxt] = ("standfirst", "summary-after-headline")
        # and some print the byline without "By": "Andrew Roth in Moscow and Pjotr Sauer"
        after = next((j for j in range(first + 1, len(lines))
                      if zones[j] is None or zones[j][0] != "standfirst"), None)
        if after is not None and zones[after] is None and _names_byline(lines, zones, after):
            zones[after] = ("byline", "byline-names")
    prose = [i for i, z in enumerate(zones) if z is None and not _is_title(lines[i])]
    first_prose, last_prose = (prose[0], prose[-1]) if prose else (len(lines), -1)
    authors = [name for i, z in enumerate(zones) if z is not None and z[0] == "byline"
               for name in _AUTHOR.findall(lines[i])]
    for i, line in enumerate(lines):
        if zones[i] is not None:
            continue
        if i in prose[-2:] and any(line.startswith(f"{name} ") and _BIO_VERB.match(
                line, len(name)) for name in authors):
            zones[i] = ("boilerplate", "author-bio")  # "Joshua Kucera is a journalist …"
        elif _is_title(line) and len(line.split()) <= 10 and not _wrapped(lines, i):
            if i > last_prose:
                zones[i] = ("boilerplate", "tail-furniture")
            elif first_prose < i:
                zones[i] = ("subheading", "short-line")
            else:
                zones[i] = ("body", "default")
        else:
            zones[i] = ("body", "default")


def _names_byline(lines: list[str], zones: list[tuple[str, str] | None], i: int) -> bool:
    """Whether line ``i``, right under the title, is a byline of names alone: names with a
    place or joined by "and", or one name over the page's date line; not a section's label
    ("Middle East", "World News")."""
    line = lines[i]
    if not _NAMES_BYLINE.fullmatch(line) or not _SECTION_WORDS.isdisjoint(line.split()) or not (
            any(zones[j] is None for j in range(i + 1, len(lines)))):
        return False
    dated = i + 1 < len(lines) and zones[i + 1] == ("boilerplate", "furniture") and (
        parse_full_date(lines[i + 1]) is not None)
    return dated or " and " in line or " in " in line or "," in line


_SECTION_WORDS = frozenset("""News World Politics Europe Asia Africa America Americas Middle East
    Opinion Analysis Business Sport Sports Live Culture Video Explainer Features Caucasus
    Region""".split())


def _wrapped(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a piece of a hard-wrapped paragraph: it or the next line opens
    in lower case ("political violence and" / "incites"), which headings never do."""
    return _opens_lower(lines[i]) or (i + 1 < len(lines) and _opens_lower(lines[i + 1]))


def _opens_lower(line: str) -> bool:
    """Whether the first letter of ``line`` is lower case ("“and then" but not "Then")."""
    first = next((c for c in line if c.isalpha()), "")
    return first.islower()


def _is_title(line: str) -> bool:
    """Short and without final punctuation: how titles and subheadings look.

    A closing quote does not count ('Aliyev: "No talks under threat"'), a bullet ("• 40
    soldiers") is a list item in the body, not a title.
    """
    bare = line.rstrip(_CLOSING_QUOTES) or line
    return (len(line.split()) <= 25 and line[0] not in _BULLETS
            and (bare[-1] not in _TERMINAL or bare.endswith("?")))


def _is_summary(line: str) -> bool:
    """One or two sentences (six words or more) that end properly: how standfirsts look (a
    colon leads into a list or a quote in the body instead)."""
    return line[-1] in _TERMINAL and line[-1] != ":" and 6 <= len(line.split()) <= 60


# Keyed by id(); each entry keeps its index alive, so an id is never reused while cached.
_PATTERNS: dict[int, tuple[dict[str, tuple[str, str]], re.Pattern[str], re.Pattern[str]]] = {}


def _patterns(agencies: dict[str, tuple[str, str]]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any agency alias as a whole word, a dateline naming an agency) for this index."""
    entry = _PATTERNS.get(id(agencies))
    if entry is None or entry[0] is not agencies:
        names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
        # a bare agency name needs a full stop, a dash, a colon or the line's end after it:
        # "YEREVAN, JUNE 2, ARMENPRESS. The …" is a dateline, "Russia's TASS news agency said"
        # a sentence
        agency = (rf"(?:(?:\((?:{names})\)|/(?:{names})/)\.?(?:\s*[-–—]\s*|\s+|$)"
                  rf"|(?:{names})\b(?:\.\s+|\.?\s*[-–—:]\s*|\.?$))")
        # "DUBAI/JERUSALEM (Reuters) -": places of a story filed from two
        dateline = re.compile(rf"^{_CITY}(?:/{_CITY}){{0,2}}(?:,\s*{_CITY})?(?:,?\s+{_DAY_MONTH})?"
                              rf"[.,]?\s*{agency}")
        entry = _PATTERNS[id(agencies)] = (agencies, re.compile(rf"\b(?:{names})\b"), dateline)
    return entry[1], entry[2]


# A line that is only a place and a date ("Baku, Azerbaijan, June 2"): Trend, Report.az.
# A weekday in that place is a date line ("Monday, June 2"): furniture, not a dateline.
_PLACE_DATE_LINE = re.compile(r"^(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,)"
                              rf"{_CITY}(?:,\s*{_CITY})?,\s+{_DAY_MONTH}\.?$")
_CAPS_DATELINE = re.compile(rf"^[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)?,\s+{_DAY_MONTH}"
                            r"(?:\s*[-–—]\s+|\.\s+(?=[A-Z\"“]))")  # "BAKU, May 28. Units …"


def dateline_length(line: str, pack: Pack) -> int:
    """How many characters of ``line`` a dateline opening it takes, separator included; 0
    when it opens with none. Other stages use it to keep the outlet's dateline out of what
    they extract.

    Examples:
        >>> from toolkit.packs import load_pack
        >>> dateline_length("BAKU, Sept 13 (Reuters) - Shelling resumed.", load_pack())
        26
        >>> dateline_length("Shelling resumed, Baku said.", load_pack())
        0
    """
    match = _dateline_match(line, _agency_index(pack))
    return match.end() if match else 0


def _dateline_match(line: str, agencies: dict[str, tuple[str, str]]) -> re.Match[str] | None:
    return _patterns(agencies)[1].match(line) or _CAPS_DATELINE.match(line)


def _dateline(lines: list[str], paragraphs: list[dict[str, Any]],
              agencies: dict[str, tuple[str, str]]) -> str | None:
    """The dateline: a dateline paragraph, or the dateline that opens the first body one."""
    for p in paragraphs:
        if p["zone"] == "dateline":
            return lines[p["para_id"]]
        if p["zone"] == "body":
            match = _dateline_match(lines[p["para_id"]], agencies)
            return match.group().rstrip(" -–—") if match else None
    return None


def _credits(text: str, paragraphs: list[dict[str, Any]],
             agencies: dict[str, tuple[str, str]]) -> list[dict[str, Any]]:
    """A credits row per credit paragraph (linked to the caption right above it, else right
    below it as BBC pages print them) and per credit printed inside a caption ("… (AP
    Photo/Name)")."""
    rows = []
    for k, p in enumerate(paragraphs):
        caption = next((q for q in paragraphs[max(k - 1, 0):k] + paragraphs[k + 1:k + 2]
                        if q["zone"] == "caption"), None)
        if p["zone"] == "credit":
            rows.append(_credit_row(text, p["start"], p["end"], caption, p["rule"], agencies))
        elif p["zone"] == "caption":
            inline = _INLINE_CREDIT.search(text, p["start"], p["end"])
            if inline:
                rows.append(_credit_row(text, inline.start("credit"), inline.end("credit"), p,
                                        "caption-inline-credit", agencies))
    return rows


def _credit_row(text: str, start: int, end: int, caption: dict[str, Any] | None, rule: str,
                agencies: dict[str, tuple[str, str]]) -> dict[str, Any]:
    line = text[start:end]
    found = _credit_agency(line, agencies) if rule != "caption-inline-credit" else None
    if found:
        agency, kind = found
        kind = "photo" if caption and kind != "video" else kind
    else:  # "Reporting by … Editing by …" or a credit inside a caption: agency named in it
        named = _patterns(agencies)[0].search(line)  # the first named: "Photolure via AP"
        agency = agencies[named.group()][0] if named else None
        kind = "photo" if caption else "wire"
    return {
        "start": start, "end": end, "agency": agency, "kind": kind,
        "caption_start": caption["start"] if caption else None,
        "caption_end": caption["end"] if caption else None,
        "photo_date": parse_full_date(text[caption["start"]:caption["end"]]) if caption
        else None,
        "rule": rule,
    }
