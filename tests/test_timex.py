"""Time expressions: the seed's values, every expression family, and any text or date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit
from toolkit import timex
from toolkit.paths import data_dir
from toolkit.timex import extract_timexes, interval

SEED = (data_dir() / "articles" / "000_cc3c80c0ca6af665.txt").read_text(encoding="utf-8")
WEDNESDAY = dt.date(2021, 6, 2)  # the seed's publication date


def timexes(text: str, anchor: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    rows = extract_timexes(text, [{"start": 0, "end": len(text), "zone": "body"}],
                           [{"start": 0, "end": len(text)}], anchor)
    return [(r["text"], r["type"], r["value"]) for r in rows]


def test_seed_values_against_the_publication_date() -> None:
    c = toolkit.parse_article(SEED, published="2021-06-02")
    found = set(zip(c.timexes["text"], c.timexes["value"], strict=True))
    assert found == {
        ("December 21, 2020", "2020-12-21"), ("Tuesday evening", "2021-06-01TEV"),
        ("last month", "2021-05"), ("six weeks", "P6W"), ("last year", "2020"),
        ("Wednesday", "2021-06-02"), ("November 10", "2020-11-10"), ("1991", "1991"),
        ("some three decades", "P3DE"),
    }
    assert (c.timexes["anchor"] == "2021-06-02").all()


def test_seed_without_a_date_keeps_unknown_parts() -> None:
    c = toolkit.parse_article(SEED)
    values = dict(zip(c.timexes["text"], c.timexes["value"], strict=False))
    assert values["Tuesday evening"] == "XXXX-WXX-2TEV"
    assert values["November 10"] == "XXXX-11-10"
    assert values["December 21, 2020"] == "2020-12-21"
    assert c.timexes["anchor"].isna().all()


@pytest.mark.parametrize("text, expected", [
    # TRT World and Reuters style sentences, anchored on Wednesday 2 June 2021.
    ("The shelling began yesterday.", [("yesterday", "DATE", "2021-06-01")]),
    ("Talks resume today.", [("today", "DATE", "2021-06-02")]),
    ("Talks will resume tomorrow.", [("tomorrow", "DATE", "2021-06-03")]),
    ("Shots were heard tonight.", [("tonight", "DATE", "2021-06-02")]),
    ("Shots were heard last night.", [("last night", "TIME", "2021-06-01TNI")]),
    ("Two shells hit the day before yesterday.",
     [("the day before yesterday", "DATE", "2021-05-31")]),
    ("Talks may resume the day after tomorrow.",
     [("the day after tomorrow", "DATE", "2021-06-04")]),
    ("The drone struck this morning.", [("this morning", "TIME", "2021-06-02TMO")]),
    ("Troops moved this week.", [("this week", "DATE", "2021-W22")]),
    ("Troops moved last week.", [("last week", "DATE", "2021-W21")]),
    ("Talks are planned next month.", [("next month", "DATE", "2021-07")]),
    ("It happened earlier this month.", [("earlier this month", "DATE", "2021-06")]),
    ("The war began two years ago.", [("two years ago", "DATE", "2019")]),
    ("Clashes erupted in mid-May.", [("mid-May", "DATE", "2021-05")]),
    ("Clashes erupted on June 1-2.", [("June 1-2", "DATE", "2021-06-01")]),
    ("The Saturday-Sunday fighting killed five.",
     [("Saturday", "DATE", "2021-05-29"), ("Sunday", "DATE", "2021-05-30")]),
    ("Since mid-October, 200 have been killed.", [("mid-October", "DATE", "2020-10")]),
    ("It was fought in the 1990s.", [("the 1990s", "DATE", "199X")]),
    ("The army attacked last summer.", [("last summer", "DATE", "2020-SU")]),
    ("A war broke out in September 2020.", [("September 2020", "DATE", "2020-09")]),
    ("The deal of 10 November 2020 holds.", [("10 November 2020", "DATE", "2020-11-10")]),
    ("The exercise is held each year.", [("each year", "SET", "P1Y")]),
    # a weekday of a named week: "Tuesday last week" is not this week's Tuesday
    ("The strike came on Tuesday last week.", [("Tuesday last week", "DATE", "2021-05-25")]),
    ("Talks resume on Monday of next week.", [("Monday of next week", "DATE", "2021-06-07")]),
    ("The strike came on Friday night last week.",
     [("Friday night last week", "TIME", "2021-05-28TNI")]),
    ("Police released the video on Monday of last week's shooting.",
     [("Monday", "DATE", "2021-05-31"), ("last week", "DATE", "2021-W21")]),
    # a scraped page's timestamp, and quarters and halves written as in reports
    ("The statement, published 2021-06-02T10:00:00Z, said 40 died.",
     [("2021-06-02T10:00:00Z", "TIME", "2021-06-02T10:00Z")]),
    ("Stamped 2021-06-02T07:05:30.123-04:00 by the ministry.",
     [("2021-06-02T07:05:30.123-04:00", "TIME", "2021-06-02T07:05:30-04:00")]),
    ("The report is dated 2021-06-02.", [("2021-06-02", "DATE", "2021-06-02")]),
    ("The 44-day war in autumn last year ended.",
     [("44-day", "DURATION", "P44D"), ("autumn last year", "DATE", "2020-FA")]),
    ("They will meet in spring next year.", [("spring next year", "DATE", "2022-SP")]),
    ("The regime will fall next year.", [("next year", "DATE", "2022")]),
    ("Exports rose in Q3 2021.", [("Q3 2021", "DATE", "2021-Q3")]),
    ("Arms sales fell in H1 2022.", [("H1 2022", "DATE", "2022-H1")]),
    ("Sirens sounded yesterday afternoon.",
     [("yesterday afternoon", "TIME", "2021-06-01TAF")]),
    ("The convoy leaves tomorrow morning.", [("tomorrow morning", "TIME", "2021-06-03TMO")]),
    ("Veterans march each May.", [("each May", "SET", "XXXX-05")]),
    ("Veterans march every May 9.", [("every May 9", "SET", "XXXX-05-09")]),
    ("Fighting flares up every summer.", [("every summer", "SET", "XXXX-SU")]),
    ("Each May 2021 day was hot.", [("May 2021", "DATE", "2021-05")]),  # a month, not a set
    ("Here is where each may thrive.", []),
    ("Patrols run daily.", [("daily", "SET", "P1D")]),
    ("They fought for 44 days.", [("44 days", "DURATION", "P44D")]),
    ("The ceasefire lasted 48 hours.", [("48 hours", "DURATION", "PT48H")]),
    ("The talks took several months.", [("several months", "DURATION", "PXM")]),
    ("The situation is now calm.", [("now", "DATE", "PRESENT_REF")]),
    ("Profit rose in the third quarter.", [("the third quarter", "DATE", "2020-Q3")]),
])
def test_expression_families(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


def test_clock_time_keeps_its_zone() -> None:
    # TASS style: a local time with Moscow time in brackets.
    text = "It happened on June 1 around 20:00 (19:00 Moscow time)."
    rows = extract_timexes(text, [{"start": 0, "end": len(text), "zone": "body"}],
                           [{"start": 0, "end": len(text)}], WEDNESDAY)
    by_text = {r["text"]: r for r in rows}
    assert by_text["June 1"]["value"] == "2021-06-01"
    assert by_text["around 20:00"]["value"] == "2021-06-01T20:00"
    moscow = by_text["19:00 Moscow time"]
    assert (moscow["value"], moscow["timezone"], moscow["type"]) == (
        "2021-06-01T19:00+03:00", "Moscow", "TIME")


@pytest.mark.parametrize("text, expected", [
    # Reuters: wire clock times in GMT, after the local time, which takes the offset between
    ("Shelling resumed at 9 a.m. local time (0500 GMT).",
     [("9 a.m. local time", "TIME", "2021-06-02T09:00+04:00"),
      ("0500 GMT", "TIME", "2021-06-02T05:00Z")]),
    ("The strike hit at 0200 local time (2300 GMT) on Tuesday.",
     [("0200 local time", "TIME", "2021-06-01T02:00+03:00"),
      ("2300 GMT", "TIME", "2021-05-31T23:00Z"), ("Tuesday", "DATE", "2021-06-01")]),
    ("The missile landed at 11:30 p.m. local time (0230 GMT).",
     [("11:30 p.m. local time", "TIME", "2021-06-02T23:30-03:00"),
      ("0230 GMT", "TIME", "2021-06-03T02:30Z")]),
    # a day inside the brackets is the zoned clock's; the clock before them (no zone of its
    # own, and none given) is on the day the two clocks' offset gives
    ("The attack began shortly after 1 a.m. (2300 GMT on Monday).",
     [("1 a.m.", "TIME", "2021-06-01T01:00"), ("2300 GMT", "TIME", "2021-05-31T23:00Z"),
      ("Monday", "DATE", "2021-05-31")]),
    ("It began at 11 p.m. (0400 GMT on Tuesday) in Washington.",
     [("11 p.m.", "TIME", "2021-05-31T23:00"), ("0400 GMT", "TIME", "2021-06-01T04:00Z"),
      ("Tuesday", "DATE", "2021-06-01")]),
    ("Shelling began at 20:00 (16:00 GMT on Tuesday).",
     [("20:00", "TIME", "2021-06-01T20:00"), ("16:00 GMT", "TIME", "2021-06-01T16:00Z"),
      ("Tuesday", "DATE", "2021-06-01")]),
    # a clock time takes the day named right after it
    ("The attack began at 9 p.m. on Tuesday.",
     [("9 p.m.", "TIME", "2021-06-01T21:00"), ("Tuesday", "DATE", "2021-06-01")]),
    # British style: a full stop between hour and minutes, none inside "pm", so the one after
    # it ends the sentence
    ("Sirens sounded at 10.30pm on Tuesday.",
     [("10.30pm", "TIME", "2021-06-01T22:30"), ("Tuesday", "DATE", "2021-06-01")]),
    ("The blast came at 8pm.", [("8pm", "TIME", "2021-06-02T20:00")]),
    ("The blast came at 8 p.m.", [("8 p.m.", "TIME", "2021-06-02T20:00")]),
    ("A ceasefire took effect at midnight on Monday.",
     [("midnight", "TIME", "2021-05-31T24:00"), ("Monday", "DATE", "2021-05-31")]),
    ("Sirens sounded at 2130 UTC on Monday.",
     [("2130 UTC", "TIME", "2021-05-31T21:30Z"), ("Monday", "DATE", "2021-05-31")]),
    # the day that opens a sentence dates its clocks; of a night "from May 31 to June 1", an
    # evening clock is the first day's and a morning clock the second's
    ("On June 1, positions were shelled from 23:30 until 01:15.",
     [("June 1", "DATE", "2021-06-01"), ("23:30", "TIME", "2021-06-01T23:30"),
      ("01:15", "TIME", "2021-06-02T01:15")]),
    ("On the night from May 31 to June 1, posts were shelled from 23:30 until 01:15.",
     [("May 31", "DATE", "2021-05-31"), ("June 1", "DATE", "2021-06-01"),
      ("23:30", "TIME", "2021-05-31T23:30"), ("01:15", "TIME", "2021-06-01T01:15")]),
    ("Late on Monday, the ministry said the shelling stopped at 21:40.",
     [("Monday", "DATE", "2021-05-31"), ("21:40", "TIME", "2021-05-31T21:40")]),
    # but not a day inside the sentence
    ("Officials who met on Monday said fighting resumed at 10:00.",
     [("Monday", "DATE", "2021-05-31"), ("10:00", "TIME", "2021-06-02T10:00")]),
    # TASS and Ukrinform write wire clocks in their own zones
    ("The strike was recorded at 0600 Moscow time.",
     [("0600 Moscow time", "TIME", "2021-06-02T06:00+03:00")]),
    ("Sirens sounded at 0430 Kyiv time on Monday.",
     [("0430 Kyiv time", "TIME", "2021-05-31T04:30+03:00"), ("Monday", "DATE", "2021-05-31")]),
    ("The deadline passed at 1700 EDT.", [("1700 EDT", "TIME", "2021-06-02T17:00-04:00")]),
    ("In 1994 Moscow signed the accord.", [("1994", "DATE", "1994")]),
    # but not a day in the next sentence, and a bare four-digit number is no clock
    ("Troops left at 8 a.m. Officials met on Monday.",
     [("8 a.m.", "TIME", "2021-06-02T08:00"), ("Monday", "DATE", "2021-05-31")]),
    ("At 10:00, 1500 people had gathered.", [("10:00", "TIME", "2021-06-02T10:00")]),
    # AP: "the early hours" are a time of night, not a duration
    ("Fighting resumed in the early hours of Tuesday.", [("Tuesday", "DATE", "2021-06-01")]),
    ("The attack happened in the late hours of Monday.", [("Monday", "DATE", "2021-05-31")]),
    # and the first days of a month are a part of it, read by the month's rule
    ("In the first days of June, the border was calm.", [("June", "DATE", "2021-06")]),
    ("In the last weeks of 2020, the war ended.", [("2020", "DATE", "2020")]),
    # AP: local time, GMT in brackets, then the day; both clocks take the day (and "at" is
    # the preposition, not part of the expression: "about 10:35 a.m.")
    ("The blast came at about 10:35 a.m. (0735 GMT) Friday.",
     [("about 10:35 a.m.", "TIME", "2021-05-28T10:35"),
      ("0735 GMT", "TIME", "2021-05-28T07:35Z"), ("Friday", "DATE", "2021-05-28")]),
    # the two clocks of a range share a day, named before or after them
    ("On June 1, from 23:15 to 23:40, units opened fire.",
     [("June 1", "DATE", "2021-06-01"), ("23:15", "TIME", "2021-06-01T23:15"),
      ("23:40", "TIME", "2021-06-01T23:40")]),
    ("Shelling went on from 9 a.m. until noon on Monday.",
     [("9 a.m.", "TIME", "2021-05-31T09:00"), ("noon", "TIME", "2021-05-31T12:00"),
      ("Monday", "DATE", "2021-05-31")]),
    # a range past midnight ends the next day, or starts the day before the day named after it
    ("Shelling lasted from 10 p.m. to 2 a.m.",
     [("10 p.m.", "TIME", "2021-06-02T22:00"), ("2 a.m.", "TIME", "2021-06-03T02:00")]),
    ("Shelling went on from 10 p.m. to 2 a.m. on Tuesday.",
     [("10 p.m.", "TIME", "2021-05-31T22:00"), ("2 a.m.", "TIME", "2021-06-01T02:00"),
      ("Tuesday", "DATE", "2021-06-01")]),
    ("On May 30, between 23:30 and 00:45, drones struck.",
     [("May 30", "DATE", "2021-05-30"), ("23:30", "TIME", "2021-05-30T23:30"),
      ("00:45", "TIME", "2021-05-31T00:45")]),
    # not across zones: 08:00 GMT may be the same morning as 10:00 Moscow time
    ("Shooting went on from 10:00 Moscow time to 08:00 GMT.",
     [("10:00 Moscow time", "TIME", "2021-06-02T10:00+03:00"),
      ("08:00 GMT", "TIME", "2021-06-02T08:00Z")]),
    # the zone written after a range's end is the whole range's ("from 10 p.m. to 11 p.m.
    # Moscow time"), so the range runs past midnight in it
    ("Shooting went on from 10:00 to 08:00 GMT.",
     [("10:00", "TIME", "2021-06-02T10:00Z"), ("08:00 GMT", "TIME", "2021-06-03T08:00Z")]),
    ("Shelling lasted from 10 p.m. to 11 p.m. Moscow time.",
     [("10 p.m.", "TIME", "2021-06-02T22:00+03:00"),
      ("11 p.m. Moscow time", "TIME", "2021-06-02T23:00+03:00")]),
    ("Shelling lasted from 0300 to 0500 GMT.",
     [("0300", "TIME", "2021-06-02T03:00Z"), ("0500 GMT", "TIME", "2021-06-02T05:00Z")]),
    # military clock times; a count of hours stays a duration
    ("The attack came at approximately 0400 hours.",
     [("approximately 0400 hours", "TIME", "2021-06-02T04:00")]),
    ("The attack came at 1500 hours.", [("1500 hours", "TIME", "2021-06-02T15:00")]),
    ("Volunteers worked 1500 hours.", [("1500 hours", "DURATION", "PT1500H")]),
    # a clock restated in brackets across midnight: the zoned one is on the day before or
    # after, unless the brackets name its day
    ("The truce came into force at midnight (2100 GMT).",
     [("midnight", "TIME", "2021-06-02T00:00"), ("2100 GMT", "TIME", "2021-06-01T21:00Z")]),
    ("Sirens sounded at 11 p.m. (0100 GMT), the army said.",
     [("11 p.m.", "TIME", "2021-06-02T23:00"), ("0100 GMT", "TIME", "2021-06-03T01:00Z")]),
    ("The strike hit at 1 a.m. (2200 GMT) on Tuesday.",
     [("1 a.m.", "TIME", "2021-06-01T01:00"), ("2200 GMT", "TIME", "2021-05-31T22:00Z"),
      ("Tuesday", "DATE", "2021-06-01")]),
    ("The strike hit at 1 a.m. (2200 GMT Monday).",
     [("1 a.m.", "TIME", "2021-06-01T01:00"), ("2200 GMT Monday", "TIME", "2021-05-31T22:00Z")]),
    # two zones: one instant, whichever day the brackets name
    ("Shelling began at 0005 Moscow time (2105 GMT on Monday).",
     [("0005 Moscow time", "TIME", "2021-06-01T00:05+03:00"),
      ("2105 GMT", "TIME", "2021-05-31T21:05Z"), ("Monday", "DATE", "2021-05-31")]),
    ("Shelling began at 0005 Moscow time on Tuesday (2105 GMT on Monday).",
     [("0005 Moscow time", "TIME", "2021-06-01T00:05+03:00"), ("Tuesday", "DATE", "2021-06-01"),
      ("2105 GMT", "TIME", "2021-05-31T21:05Z"), ("Monday", "DATE", "2021-05-31")]),
    ("Shelling began at 0005 Moscow time on Tuesday (2105 GMT Monday).",
     [("0005 Moscow time", "TIME", "2021-06-01T00:05+03:00"), ("Tuesday", "DATE", "2021-06-01"),
      ("2105 GMT Monday", "TIME", "2021-05-31T21:05Z")]),
    # but a day in a later clause is not the clock's
    ("The truce starts at 12:00 (08:00 GMT), officials said on Friday.",
     [("12:00", "TIME", "2021-06-02T12:00"), ("08:00 GMT", "TIME", "2021-06-02T08:00Z"),
      ("Friday", "DATE", "2021-05-28")]),
])
def test_wire_clocks_and_the_day_of_a_clock(text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text", [
    "six weeks of fighting", "nearly 300 of its settlements", "2000 troops", "a march",
    "February 30, 2021", "Route 6",
])
def test_not_dates(text: str) -> None:
    assert all(kind != "DATE" for _, kind, _ in timexes(text))


def test_future_wording_points_forward() -> None:
    assert timexes("Leaders will meet on Friday.") == [("Friday", "DATE", "2021-06-04")]
    assert timexes("Leaders met on Friday.") == [("Friday", "DATE", "2021-05-28")]


@pytest.mark.parametrize("text, expected", [
    # January 6 lies 147 days behind the seed's anchor and 218 ahead: "will" looks ahead
    ("The president will travel to Brussels on Jan. 6.", "2022-01-06"),
    ("The president travelled to Brussels on Jan. 6.", "2021-01-06"),
    ("Turnout will decide the race in November.", "2021-11"),  # five months either way
    ("He said on Jan. 6 that troops will leave.", "2021-01-06"),  # the verb before is past
])
def test_future_wording_before_a_date_weighs_the_past_double(text: str, expected: str) -> None:
    assert [value for _, _, value in timexes(text)] == [expected]


def test_skipped_zones_are_not_read() -> None:
    text = "READ MORE: Talks on Tuesday"
    assert extract_timexes(text, [{"start": 0, "end": len(text), "zone": "related"}], [],
                           WEDNESDAY) == []


@pytest.mark.parametrize("value, start, end", [
    ("2021-06-01TEV", dt.date(2021, 6, 1), dt.date(2021, 6, 2)),
    ("2021-W22", dt.date(2021, 5, 31), dt.date(2021, 6, 7)),
    ("2021-Q4", dt.date(2021, 10, 1), dt.date(2022, 1, 1)),
    ("2021-H2", dt.date(2021, 7, 1), dt.date(2022, 1, 1)),
    ("2020-WI", dt.date(2020, 12, 1), dt.date(2021, 3, 1)),
    ("1991", dt.date(1991, 1, 1), dt.date(1992, 1, 1)),
    ("PRESENT_REF", None, None), ("XXXX-11-10", None, None), ("2021-02-30", None, None),
])
def test_intervals(value: str, start: dt.date | None, end: dt.date | None) -> None:
    assert interval(value) == (start, end)


WORDS = st.sampled_from(["Tuesday", "evening", "last", "month", "year", "ago", "two", "six",
                         "weeks", "November", "10", "2021", "1990s", "mid-May", "20:00",
                         "Moscow time", "(", ")", "-", "on", "since", " ", "\u00a0", "\n",
                         "30", "February", "daily", "x" * 2000, "Christmas", "Easter",
                         "nineteen", "ninety-six", "that year", "each", "quarter",
                         "the week of", "1/2", "'s", "planned to", "at", "0500", "2359",
                         "GMT", "UTC", "midnight", "early hours of", "overnight",
                         "that day", "the next", "later", "27.09.2020", "31/02/2020",
                         "GMT+4", "1988-1994", "-94", "the first half of", "decades-long",
                         '"', ',"', "that", "will", "if", "10 p.m.", "to", "2 a.m.", "between",
                         "and", "of", "6,300", "hours", "Putin", "set for", "a", "when",
                         "until", "gave", "this past", "weekend", "o'clock", "day-long",
                         "post-", "15", "&", "Feb. 20", "the past day", "9999", "31",
                         "local time", "Kyiv time", "23:30", "night", "from", "On", "by",
                         "Saturday-Sunday", "earlier today", "a few", "the coming", "was",
                         "returned to", "most recently", "who will", "spoke", "half",
                         "and a half", "a quarter of a", "century", "later", "the 28th",
                         "the", "28th", "nearly", "about an hour", "minutes", "the past night",
                         "imposed", "ended", "due in", "won't", "é", "’s", "the following",
                         "every", "July", "yesterday afternoon", "10.30pm", "1991", "1600",
                         "during the night", "0300", "hours", "last week",
                         "2021-06-02T23:59:59+14:00", "Q3", "H1",
                         # and the latest round's
                         "New Year's Day", "(2100 GMT)", "(0100 GMT Monday)", "June 1-2",
                         "23-24", "October the 7th", "and May", "March 2021 to", "nights ago",
                         "the night before last", "earlier in the week", "later in the month",
                         # and this round's
                         "the nineties", "the early sixties", "temperatures", "mid-afternoon",
                         "midafternoon", "late afternoon", "into the", "the day before",
                         "the day after", "Orthodox Christmas", "Orthodox Easter", "On Tuesday,",
                         "plans to",
                         # and the latest
                         "September-", "Sept.-Nov.", "27-", "pre-", "fortnight",
                         "the weekend of", "12-13 June", "of this month", "the 15th", "Jan. 6",
                         "will travel",
                         # and this one's
                         "must", "need to", "must have", "since the morning of", "Saturday",
                         "overnight on"])


@pytest.mark.parametrize("text, expected", [
    # a midnight in the past opened the day; one ahead, or closing a span, ends it
    ("The building was hit shortly after midnight, police said.",
     [("midnight", "TIME", "2021-06-02T00:00")]),
    ("The curfew will start at midnight.", [("midnight", "TIME", "2021-06-02T24:00")]),
    ("A curfew was imposed from 10 p.m. to midnight.",
     [("10 p.m.", "TIME", "2021-06-02T22:00"), ("midnight", "TIME", "2021-06-02T24:00")]),
    ("Shelling went on between 10 p.m. and midnight.",
     [("10 p.m.", "TIME", "2021-06-02T22:00"), ("midnight", "TIME", "2021-06-02T24:00")]),
    # a named day is the one midnight ends, whatever the tense
    ("The deadline expired at midnight Monday.",
     [("midnight Monday", "TIME", "2021-05-31T24:00")]),
])
def test_which_midnight(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


def test_ahead_of_a_date_points_ahead() -> None:
    assert timexes("Candidates campaigned ahead of voting on Sunday.") == [
        ("Sunday", "DATE", "2021-06-06")]
    assert timexes("Russian missiles pound the grid ahead of winter.",
                   dt.date(2024, 11, 17)) == [("winter", "DATE", "2024-WI")]
    # but not a date outside its phrase
    assert timexes("Just ahead of the trip, the ministry on Sunday issued a warning.") == [
        ("Sunday", "DATE", "2021-05-30")]


@pytest.mark.parametrize("text, expected", [
    ("Sirens sounded two nights ago.", [("two nights ago", "TIME", "2021-05-31TNI")]),
    ("The town was shelled the night before last.",
     [("the night before last", "TIME", "2021-05-31TNI")]),
    # "in the week" and "in the month" are the anchor's, as "this week" is
    ("Fighting eased earlier in the week.", [("earlier in the week", "DATE", "2021-W22")]),
    ("A vote is due later in the month.", [("later in the month", "DATE", "2021-06")]),
])
def test_nights_ago_and_parts_of_this_week(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "May" after "and", "to", "or" is a month when a month comes before them
    ("The town changed hands between March and May.",
     [("March", "DATE", "2021-03"), ("May", "DATE", "2021-05")]),
    ("Johnson and May agreed on the deal.", []),
    # a range's closing date takes its opening date's year, or the next
    ("The siege lasted from March 2019 to May.",
     [("March 2019", "DATE", "2019-03"), ("May", "DATE", "2019-05")]),
    ("It snowed from November 2019 to January.",
     [("November 2019", "DATE", "2019-11"), ("January", "DATE", "2020-01")]),
    ("It happened on October the 7th, officials said.",
     [("October the 7th", "DATE", "2020-10-07")]),
])
def test_month_ranges_and_spelled_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, days", [
    ("Clashes erupted on June 1-2.", ("2021-06-01", "2021-06-03")),
    ("Drones struck on the night of 23-24 February.", ("2021-02-23", "2021-02-25")),
    ("The summit was held on 3rd-5th May 2019.", ("2019-05-03", "2019-05-06")),
    ("Clashes erupted on June 1.", ("2021-06-01", "2021-06-02")),
])
def test_a_range_of_days_covers_them_all(text: str, days: tuple[str, str]) -> None:
    rows = extract_timexes(text, [{"start": 0, "end": len(text), "zone": "body"}],
                           [{"start": 0, "end": len(text)}], WEDNESDAY)
    assert [(r["date_start"].isoformat(), r["date_end"].isoformat()) for r in rows] == [days]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.one_of(WORDS, st.text(max_size=10)), max_size=30),
       anchor=st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))))
def test_any_text_and_anchor(words: list[str], anchor: dt.date | None) -> None:
    text = " ".join(words)
    paragraphs = [{"start": 0, "end": len(text), "zone": "body"}]
    rows = extract_timexes(text, paragraphs, [], anchor)
    for i, row in enumerate(rows):
        assert row["timex_id"] == i and text[row["start"]:row["end"]] == row["text"]
        assert i == 0 or rows[i - 1]["end"] <= row["start"]  # in order, none overlapping
        if row["date_start"] is not None:
            assert row["date_start"] < row["date_end"]
    assert extract_timexes(text, paragraphs, [], anchor) == rows


def test_a_long_line_is_fast_enough() -> None:
    text = ("word " * 40_000) + "on Tuesday"
    assert timexes(text)[-1] == ("Tuesday", "DATE", "2021-06-01")


def test_month_of_last_year() -> None:
    assert timexes("Clashes broke out in July last year.") == [
        ("July last year", "DATE", "2020-07")]


@pytest.mark.parametrize("text, expected", [
    # AP and Reuters style: the words before a weekday decide whether it lies ahead.
    ("Negotiators planned to meet in Moscow on Friday.", "2021-06-04"),
    ("The talks are set to resume Monday in Brussels.", "2021-06-07"),
    ("Prisoners could be exchanged as soon as Thursday, officials said.", "2021-06-03"),
    ("The ministry said Monday that the talks would resume.", "2021-05-31"),
    ("The truce had been due to expire Friday.", "2021-05-28"),
    ("Shelling resumed on Saturday, the ministry said.", "2021-05-29"),
    # the present tense writes plans: "the leaders meet Monday" is ahead
    ("The two leaders meet on Monday in Moscow.", "2021-06-07"),
    ("Armenia goes to the polls on Sunday.", "2021-06-06"),
    ("Wisconsin holds its presidential primary on Tuesday.", "2021-06-08"),
    # unless a past-tense verb stands anywhere in the sentence
    ("The only state holding a primary Tuesday was Rhode Island.", "2021-06-01"),
    ("The convention got off to a rocky start Monday.", "2021-05-31"),
    ("On Monday, the broadcaster said it was canceling the show.", "2021-05-31"),
    # a possessive weekday is past, with either apostrophe
    ("Trump is raising questions about Monday's debate.", "2021-05-31"),
    ("Trump is raising questions about Monday’s debate.", "2021-05-31"),
    # unless the future follows it
    ("Those planning Thursday's meeting say it will be short.", "2021-06-03"),
    # a participle after "be" is no past tense; a quotation's future is not the date's
    ("The vote will be held on Sunday.", "2021-06-06"),
    ('"Those messages will resonate," he said at a Sunday news conference.', "2021-05-30"),
    # expecting, hoping and heading to are plans
    ("Officials expect the convoy to reach the city by Thursday.", "2021-06-03"),
    ("Russia's defence minister is expected in Minsk on Friday.", "2021-06-04"),
    ("A second round of talks is expected on Friday, the Kremlin said.", "2021-06-04"),
    ("A memorial service is planned Friday in the capital.", "2021-06-04"),
    ("Voters head to the polls on Sunday.", "2021-06-06"),
    ("Blinken is due in Tel Aviv on Tuesday.", "2021-06-08"),
    ("He was due in Tel Aviv on Tuesday but cancelled.", "2021-06-01"),
    # and a live blog's line without its verb, but not "due in part to"
    ("11:30 GMT – Hochstein due in Beirut on Tuesday", "2021-06-08"),
    ("The delay was due in part to shelling on Tuesday.", "2021-06-01"),
    ("The head of the mission said on Sunday that the talks had stalled.", "2021-05-30"),
    # a past-tense verb after the cue of a plan heads the clause the weekday belongs to
    ("The minister, who will travel to Baku, spoke to reporters on Monday.", "2021-05-31"),
    ("He will visit the village that the drones struck on Monday.", "2021-05-31"),
    ("Yerevan has said it will not cede land, most recently on Monday.", "2021-05-31"),
    ("Talks will resume, a week after they collapsed on Monday.", "2021-05-31"),
    # but not an adjective, nor a participle after "be" or "have"
    ("The minister will meet wounded soldiers on Monday.", "2021-06-07"),
    ("The envoy will brief the United Nations on Monday.", "2021-06-07"),
    ("The last troops will have withdrawn by Monday.", "2021-06-07"),
    ("The deal will be signed in Moscow on Monday.", "2021-06-07"),
    # a weekday that opens its sentence is ahead when the clause after it plans before any
    # past tense (NYT's "On Tuesday, the league plans to hold …", AQUAINT's)
    ("On Tuesday, the league plans to hold a news conference to show an ad it made.",
     "2021-06-08"),
    ("On Thursday, Comey will testify before the committee that questioned him.",
     "2021-06-03"),
    ("On Friday, the ministry said it will respond.", "2021-05-28"),
    ("On Monday, troops were to withdraw.", "2021-05-31"),
    ("Since Monday, troops will be on alert.", "2021-05-31"),
])
def test_weekday_ahead_or_past(text: str, expected: str) -> None:
    [(_, _, value)] = [t for t in timexes(text) if t[1] == "DATE" and t[2][0].isdigit()]
    assert value == expected


@pytest.mark.parametrize("text, expected", [
    # the longest reaches from a trigger word, and triggers at the very start of the text
    ("Over the following approximately twenty-seven years, the conflict simmered.",
     [("the following approximately twenty-seven years", "DURATION", "P27Y")]),
    ("Talks opened on Tuesday, June 1, 2021 in Moscow.",
     [("Tuesday, June 1, 2021", "DATE", "2021-06-01")]),
    ("20:00 Moscow time was the deadline.",
     [("20:00 Moscow time", "TIME", "2021-06-02T20:00+03:00")]),
    ("Yesterday the guns fell silent.", [("Yesterday", "DATE", "2021-06-01")]),
])
def test_long_expressions_and_text_edges(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Reuters, AP and NYT style sentences, anchored on Wednesday 2 June 2021.
    ("The ministry said in a statement on Monday, Nov. 9:",
     [("Monday, Nov. 9", "DATE", "2020-11-09")]),
    ("He was detained last Oct. 23 near the border.", [("Oct. 23", "DATE", "2020-10-23")]),
    ("Talks stalled in May, diplomats said.", [("May", "DATE", "2021-05")]),
    ("Residents joined the March for Peace in Yerevan.", []),
    ("Officials may meet again, a spokesman said.", []),
    ("For the people of Shusha, high noon had come.", []),
    ("It would be a second humiliation, he said.", []),
    ("The pipeline earns Baku $500 million a year.", []),
    ("Airlines now run four flights a week to Yerevan.", [("now", "DATE", "PRESENT_REF")]),
    ("Just over an hour later, medics arrived.", [("over an hour", "DURATION", "PT1H")]),
    # "hours later" follows a moment of the story, not the publication date: a vague span,
    # as the gold writes "a few days later"; "days earlier" still lies behind
    ("Hours later, the ministry issued a second statement.", [("Hours", "DURATION", "PTXH")]),
    ("He was released weeks later.", [("weeks", "DURATION", "PXW")]),
    ("Days earlier, a mine had exploded.", [("Days", "DATE", "PAST_REF")]),
    ('Hamas said it would respond "in the coming hours".',
     [("the coming hours", "DURATION", "PTXH")]),
    ("They signed a truce a few days later.", [("a few days", "DURATION", "PXD")]),
    # TimeBank writes "Earlier yesterday" as one expression
    ("The governor said earlier today that 39 were rescued.",
     [("earlier today", "DATE", "2021-06-02")]),
    ("Later yesterday, the ministry denied it.", [("Later yesterday", "DATE", "2021-06-01")]),
    ("Peacekeepers will stay for at least two more years.",
     [("at least two more years", "DURATION", "P2Y")]),
    # the gold writes "recent <units>" and bare plurals as durations of unknown length
    ("Shelling has intensified in recent days.", [("recent days", "DURATION", "PXD")]),
    ("The two sides have been at odds for years.", [("years", "DURATION", "PXY")]),
    ("Fuel prices may rise in the coming weeks.", [("the coming weeks", "DURATION", "PXW")]),
])
def test_months_words_and_vague_durations(text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Wall Street Journal and Reuters style, anchored on Wednesday 2 June 2021.
    ("Profit fell in the 2020 second quarter.", [("the 2020 second quarter", "DATE", "2020-Q2")]),
    ("Sales should recover by next year's first quarter.",
     [("next year's first quarter", "DATE", "2022-Q1")]),
    ("In the year-earlier third quarter, it lost money.",
     [("the year-earlier third quarter", "DATE", "2019-Q3")]),
    ("Arms make up more than a quarter of the budget.", []),
    # the last quarter of a year named is its fourth; "last quarter" alone counts back
    ("Arms sales peaked in the last quarter of 2020.",
     [("the last quarter of 2020", "DATE", "2020-Q4")]),
    ("Deliveries fell in the fourth quarter of last year and again last quarter.",
     [("the fourth quarter of last year", "DATE", "2020-Q4"), ("last quarter", "DATE", "2021-Q1")]),
    # "the last week of" something is its final week, not the week before the story
    ("Fighting peaked in the last week of October.", [("October", "DATE", "2020-10")]),
    ("He resigned in the last year of the war; prices rose last year.",
     [("last year", "DATE", "2020")]),
    ("The siege lasted 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("Talks lasted five and a half hours.", [("five and a half hours", "DURATION", "PT5H30M")]),
    ("Aid convoys leave each Thursday.", [("each Thursday", "SET", "XXXX-WXX-4")]),
    ("Protesters gather on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
    ("Debates were held on Saturday nights.", [("Saturday nights", "SET", "XXXX-WXX-6TNI")]),
    ("Convoys leave three times a day.", [("three times a day", "SET", "P1D")]),
    ("The shelling came nightly.", [("nightly", "SET", "XXXX-XX-XXTNI")]),
    ("Patrols run each night.", [("each night", "SET", "XXXX-XX-XXTNI")]),
    ("Voters go to the polls this coming Sunday.", [("this coming Sunday", "DATE", "2021-06-06")]),
    ("Prisoners were swapped last May.", [("last May", "DATE", "2021-05")]),
    # holidays, the nearest past one unless the sentence speaks of the future
    ("Families were reunited at Christmas.", [("Christmas", "DATE", "2020-12-25")]),
    ("The truce was agreed before Easter.", [("Easter", "DATE", "2021-04-04")]),
    ("Troops will be home by Thanksgiving.", [("Thanksgiving", "DATE", "2021-11-25")]),
    ("The exchange took place on Christmas Eve 2019.",
     [("Christmas Eve 2019", "DATE", "2019-12-24")]),
    # the Orthodox feasts on the Julian calendar (the January 2023 and April 2025 truces)
    ("Shelling went on over Orthodox Christmas.", [("Orthodox Christmas", "DATE", "2021-01-07")]),
    ("The truce was agreed before Orthodox Easter.",
     [("Orthodox Easter", "DATE", "2021-05-02")]),
    ("Prisoners were swapped on Orthodox Easter 2025.",
     [("Orthodox Easter 2025", "DATE", "2025-04-20")]),
    ("Fighting paused on Orthodox Christmas Eve 2023.",
     [("Orthodox Christmas Eve 2023", "DATE", "2023-01-06")]),
])
def test_quarters_halves_sets_and_holidays(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


def test_a_holiday_nearer_ahead_is_behind_when_the_verb_is_past() -> None:
    friday = dt.date(2023, 10, 20)
    assert timexes("The ceasefire was agreed on New Year's Day.", friday) == [
        ("New Year's Day", "DATE", "2023-01-01")]
    assert timexes("The ceasefire will start on New Year's Day.", friday) == [
        ("New Year's Day", "DATE", "2024-01-01")]


def test_movable_holidays_need_a_year_or_an_anchor() -> None:
    assert timexes("Fighting stopped at Easter.", None) == []
    assert timexes("Fighting stopped at Christmas.", None) == [
        ("Christmas", "DATE", "XXXX-12-25")]


@pytest.mark.parametrize("text, expected", [
    # AP style: a weekday's event named with a possessive is already known, so past
    ("The opposition said it would appeal Monday's ruling.", [("Monday", "DATE", "2021-05-31")]),
    # NYT style: a week named by one of its days
    ("A court hearing is expected the week of June 14, 2021.",
     [("the week of June 14, 2021", "DATE", "2021-W24")]),
    # and a weekend by its days, in either order (22-23 May 2021: a Saturday and Sunday)
    ("Protests erupted on the weekend of 22-23 May.",
     [("the weekend of 22-23 May", "DATE", "2021-W20-WE")]),
    ("The vote was held over the weekend of May 22.",
     [("the weekend of May 22", "DATE", "2021-W20-WE")]),
])
def test_possessive_weekdays_and_weeks_of_a_day(text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Reuters, AP and WSJ style, anchored on Wednesday 2 June 2021.
    ("The church dates from the 11th century.", [("the 11th century", "DATE", "10")]),
    ("Borders drawn in the early twentieth century still matter.",
     [("the early twentieth century", "DATE", "19")]),
    ("The army aims to finish by the end of the year.",
     [("the end of the year", "DATE", "2021")]),
    ("The plant closed this past spring.", [("this past spring", "DATE", "2021-SP")]),
    ("The talks are supposed to conclude by May.", [("May", "DATE", "2021-05")]),
    ("The company pays interest every quarter.", [("every quarter", "SET", "P1Q")]),
    # a count of units after "every" is a set too, not a duration
    ("Elections are held every four years.", [("every four years", "SET", "P4Y")]),
    ("Patrols pass every 15 minutes.", [("every 15 minutes", "SET", "PT15M")]),
    ("Envoys meet every other week.", [("every other week", "SET", "P2W")]),
    ("A deal is possible in the near future.", [("the near future", "DATE", "FUTURE_REF")]),
    ("More troops could arrive within weeks.", [("weeks", "DURATION", "PXW")]),
    ("He led the ``March of the Mothers'' in Yerevan.", []),
    # WSJ style: the accounts of "the year ended March 31" span a year (7 of 8 in TimeBank)
    ("Revenue rose 5% in the year ended March 31.",
     [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2021-03-31")]),
])
def test_centuries_ends_of_years_and_more(text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text", [
    # New York Times style: holiday names that are not days
    "Farmers sold Christmas trees in the square.",
    "Researchers flew to Easter Island.",
    "The Orthodox Christmas tree was lit.",
])
def test_holiday_names_that_are_not_days(text: str) -> None:
    assert timexes(text) == []


@pytest.mark.parametrize("text, expected", [
    # AP style narrative: "that year" refers to the last year written out
    ("He fled in June 1994 and returned later that year.",
     [("June 1994", "DATE", "1994-06"), ("later that year", "DATE", "1994")]),
    ("The war ended in 1994; the following year a mediation group was formed.",
     [("1994", "DATE", "1994"), ("the following year", "DATE", "1995")]),
    ("Prices rose sharply that year.", []),
    # and so does a month of that year
    ("Obama took office in January 2009; unemployment peaked in October of that year.",
     [("January 2009", "DATE", "2009-01"), ("October of that year", "DATE", "2009-10")]),
    ("The war began in 1991. In May of the following year, Shusha fell.",
     [("1991", "DATE", "1991"), ("May of the following year", "DATE", "1992-05")]),
])
def test_that_year_refers_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # broadcast transcript style (CNN, NPR): years read out
    ("In nineteen ninety-four the front line froze.", [("nineteen ninety-four", "DATE", "1994")]),
    ("January nineteen ninety-two. Khojaly again.",
     [("January nineteen ninety-two", "DATE", "1992-01")]),
    ("Prices last fell like this in the winter of nineteen ninety-eight.",
     [("the winter of nineteen ninety-eight", "DATE", "1998-WI")]),
    ("The plan was to finish by the year two thousand.",
     [("the year two thousand", "DATE", "2000")]),
])
def test_spelled_out_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Reuters style: "the next day" counts from the day the story last named
    ("Fighting broke out on 27 April. The next day, Armenia declared martial law.",
     [("27 April", "DATE", "2021-04-27"), ("The next day", "DATE", "2021-04-28")]),
    ("Talks were held on Friday. Earlier that day, a drone struck Ganja.",
     [("Friday", "DATE", "2021-05-28"), ("Earlier that day", "DATE", "2021-05-28")]),
    ("The town fell on 8 November. That night, crowds gathered in Baku.",
     [("8 November", "DATE", "2020-11-08"), ("That night", "TIME", "2020-11-08TNI")]),
    # a day of the month alone ("on the 28th") is of the month the story last named, else
    # the most recent one, or the next when the sentence looks ahead; not "the 5th floor"
    ("Fighting began on 27 September. On the 28th, Baku declared martial law.",
     [("27 September", "DATE", "2020-09-27"), ("the 28th", "DATE", "2020-09-28")]),
    ("The shelling resumed on the 30th.", [("the 30th", "DATE", "2021-05-30")]),
    ("The talks will resume on the 30th.", [("the 30th", "DATE", "2021-06-30")]),
    ("The ceasefire held until the 3rd, when shelling resumed.",
     [("the 3rd", "DATE", "2021-05-03")]),
    ("The meeting is on the 5th floor.", []),
    # or of the month named after it
    ("Parliament will convene on the 15th of this month.",
     [("the 15th of this month", "DATE", "2021-06-15")]),
    ("The decree takes effect on the 1st of next month.",
     [("the 1st of next month", "DATE", "2021-07-01")]),
    # a clock beside a day of the story told is on that day, before or after it
    ("Fighting began on 27 May. The next day at 10 a.m., Baku declared martial law.",
     [("27 May", "DATE", "2021-05-27"), ("The next day", "DATE", "2021-05-28"),
      ("10 a.m.", "TIME", "2021-05-28T10:00")]),
    ("Fighting began on 27 May. At 10 a.m. the next day, Baku declared martial law.",
     [("27 May", "DATE", "2021-05-27"), ("10 a.m.", "TIME", "2021-05-28T10:00"),
      ("the next day", "DATE", "2021-05-28")]),
    ("Fighting began on 27 May. On the 28th at noon, Baku declared martial law.",
     [("27 May", "DATE", "2021-05-27"), ("the 28th", "DATE", "2021-05-28"),
      ("noon", "TIME", "2021-05-28T12:00")]),
    # a clock time borrows its day and names none
    ("The attack lasted from 19:00 on 27 May until 06:30 the following morning.",
     [("19:00", "TIME", "2021-05-27T19:00"), ("27 May", "DATE", "2021-05-27"),
      ("06:30", "TIME", "2021-05-28T06:30"), ("the following morning", "TIME", "2021-05-28TMO")]),
    ("On 27 May the town fell. At 22:40 the shelling stopped. The next day, talks began.",
     [("27 May", "DATE", "2021-05-27"), ("22:40", "TIME", "2021-05-27T22:40"),
      ("The next day", "DATE", "2021-05-28")]),
    # the words before a part of the day reach back past the sentence's first letter
    ("Fighting broke out on 14 June. The following day, Baku denied it. The previous "
     "evening, the leaders had spoken by phone.",
     [("14 June", "DATE", "2020-06-14"), ("The following day", "DATE", "2020-06-15"),
      ("The previous evening", "TIME", "2020-06-14TEV")]),
    ("Talks ended on 14 May after a long round of haggling in the capital. Later that same "
     "evening, drones struck.",
     [("14 May", "DATE", "2021-05-14"), ("Later that same evening", "TIME", "2021-05-14TEV")]),
    ("The guard was detained on May 27, 2021, and released a week later.",
     [("May 27, 2021", "DATE", "2021-05-27"), ("a week later", "DATE", "2021-06-03")]),
    # and so do "that week" and "later that month", from the last day or month named
    ("Talks ended on May 20. The following week, fighting resumed.",
     [("May 20", "DATE", "2021-05-20"), ("The following week", "DATE", "2021-W21")]),
    ("He spoke to reporters on Nov. 9. Later that month, he changed course.",
     [("Nov. 9", "DATE", "2020-11-09"), ("Later that month", "DATE", "2020-11")]),
    ("Casinos won less in October than in the same month last year.",
     [("October", "DATE", "2020-10"), ("last year", "DATE", "2020")]),
    ("Talks ended on May 20. That week in Baku, drones struck.",
     [("May 20", "DATE", "2021-05-20"), ("That week", "DATE", "2021-W20")]),
    # a bare part of the day is of the story's day (TimeBank's "in the morning", after
    # "dashed Friday", is that Friday's); not a noun's qualifier nor the night of a date
    ("Drones struck on June 1. Fighting raged during the night.",
     [("June 1", "DATE", "2021-06-01"), ("the night", "TIME", "2021-06-01TNI")]),
    ("They attacked on Tuesday. Later in the afternoon, troops withdrew.",
     [("Tuesday", "DATE", "2021-06-01"), ("Later in the afternoon", "TIME", "2021-06-01TAF")]),
    ("Shelling went on until the early afternoon.",
     [("the early afternoon", "TIME", "2021-06-02TAF")]),
    ("He saw it in the evening news.", []),
    # "mid-afternoon", "late afternoon" without "the" (TimeBank's "By mid afternoon")
    ("By mid-afternoon, the town had fallen.", [("mid-afternoon", "TIME", "2021-06-02TAF")]),
    ("In late afternoon, the shelling resumed.", [("late afternoon", "TIME", "2021-06-02TAF")]),
    ("Clashes continued into the evening.", [("the evening", "TIME", "2021-06-02TEV")]),
    ("The curfew runs until midnight.", [("midnight", "TIME", "2021-06-02T24:00")]),
    # the day before (after) a weekday is one date (AQUAINT's "day before last Tuesday")
    ("The day before Tuesday's vote, he resigned.",
     [("The day before Tuesday", "DATE", "2021-05-31")]),
    ("Troops moved in the day after Sunday's attack.",
     [("the day after Sunday", "DATE", "2021-05-31")]),
    ("Fighting raged during the night of May 31.", [("May 31", "DATE", "2021-05-31")]),
    # "N years later" counts from the last year written out, "N months later" from the last
    # month named
    ("The war began in 1991. Two years later, a ceasefire was signed.",
     [("1991", "DATE", "1991"), ("Two years later", "DATE", "1993")]),
    ("Fighting stopped in 1994 and flared again two decades later.",
     [("1994", "DATE", "1994"), ("two decades later", "DATE", "2014")]),
    ("The war began in May 2020. Three months later, a ceasefire was signed.",
     [("May 2020", "DATE", "2020-05"), ("Three months later", "DATE", "2020-08")]),
    # with no day named before, "that day" is left out and "two days later" counts from
    # the publication date only in a sentence about the future; in any other it is the
    # span alone. "ago" always counts from the publication date
    ("That day, the talks collapsed.", []),
    ("That month, the talks collapsed.", []),
    ("Talks will resume two days later.", [("two days later", "DATE", "2021-06-04")]),
    ("The ceasefire will be reviewed two years later.",
     [("two years later", "DATE", "2023")]),
    ("Two days later, the ministry confirmed the deaths.", [("Two days", "DURATION", "P2D")]),
    ("Two years later, a ceasefire was signed.", [("Two years", "DURATION", "P2Y")]),
    ("Half a year later, the town was rebuilt.", [("Half a year", "DURATION", "P6M")]),
    ("On 27 April it began; it ended two days ago.",
     [("27 April", "DATE", "2021-04-27"), ("two days ago", "DATE", "2021-05-31")]),
])
def test_days_of_the_story_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # AFP style: a number right after a date is not its year
    ("Since 27 April, 1,000 civilians have fled.", [("27 April", "DATE", "2021-04-27")]),
    ("By Apr. 30, 1.5 million people had been displaced.",
     [("Apr. 30", "DATE", "2021-04-30")]),
    # the full stop after a month's whole name ends the sentence, not the date
    ("The ministry said so on 12 April.", [("12 April", "DATE", "2021-04-12")]),
    # shelling "overnight" is the night before publication; "an overnight flight" is not
    ("Shelling continued overnight, officials said.",
     [("overnight", "TIME", "2021-06-01TNI")]),
    ("He took an overnight flight.", []),
    # "overnight Saturday" is one expression: the night into Saturday, dated Saturday
    ("Drones struck overnight Saturday.", [("overnight Saturday", "DATE", "2021-05-29")]),
    ("Drones struck overnight on Saturday.", [("overnight on Saturday", "DATE", "2021-05-29")]),
])
def test_numbers_after_dates_full_stops_and_overnight(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Trend and APA write dates with dots, day first; slashes are read when a number is > 12
    ("The ministry reported on 27.09.2020 that fighting had begun.",
     [("27.09.2020", "DATE", "2020-09-27")]),
    ("Signed on 27/09/2020 and 09/27/2020.",
     [("27/09/2020", "DATE", "2020-09-27"), ("09/27/2020", "DATE", "2020-09-27")]),
    # 05/06/2020 could be either: only its year is read
    ("Signed on 05/06/2020.", [("2020", "DATE", "2020")]),
    # APA style: the zone as an offset from GMT
    ("The attack came at 11:45 (GMT+4).",
     [("11:45 (GMT+4)", "TIME", "2021-06-02T11:45+04:00")]),
    # Reuters style halves of a year
    ("In the first half of 2021, trade fell.", [("the first half of 2021", "DATE", "2021-H1")]),
    ("Exports will rise in the second half of the year.",
     [("the second half of the year", "DATE", "2021-H2")]),
    # a two-digit number after a date is no year; a three- or four-digit one the year rules
    # do not read leaves the date out rather than guessing its year
    ("As of 18 May, 12 civilians had been killed.", [("18 May", "DATE", "2021-05-18")]),
    ("The city fell on May 29, 1453.", []),
])
def test_numeric_dates_offsets_and_halves(text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # TASS style: the weekday settles the year of a date written without one (28 September
    # was a Monday in 2020, not in 2021)
    ("TASS reported on Monday, September 28, that Moscow had called for restraint.",
     [("Monday, September 28", "DATE", "2020-09-28")]),
    ("Talks open on Tuesday, September 28.", [("Tuesday, September 28", "DATE", "2021-09-28")]),
    # BBC, Guardian and AFP style: the weekday before the day, with or without a comma
    ("On Monday 28 September, shelling hit Ganja.",
     [("Monday 28 September", "DATE", "2020-09-28")]),
    ("On Monday 28 September 2020, shelling hit Ganja.",
     [("Monday 28 September 2020", "DATE", "2020-09-28")]),
    # an ordinal day of May is a date; "may" in lower case is a verb
    ("The attack on May 2nd killed four.", [("May 2nd", "DATE", "2021-05-02")]),
    ("Both sides may 2 weeks from now agree.", [("2 weeks from now", "DATE", "2021-W24")]),
    # AP style: "-long" after plural units is a duration of unknown length
    ("The decades-long conflict flared again.", [("decades-long", "DURATION", "PXY")]),
    ("A years-long dispute continues.", [("years-long", "DURATION", "PXY")]),
    ("The hours-long battle ended at dawn.", [("hours-long", "DURATION", "PTXH")]),
    ("The conflict has simmered for decades.", [("decades", "DURATION", "PXY")]),
    # a count written with thousands separators is the whole number, not its last digits
    ("The pilot had logged nearly 6,300 hours.", [("nearly 6,300 hours", "DURATION", "PT6300H")]),
    ("Armenians and Persians share 2,000 years of history.",
     [("2,000 years", "DURATION", "P2000Y")]),
    # a year before the calendar's first is a past of unknown date, not year -479
    ("The city was founded 2,500 years ago.", [("2,500 years ago", "DATE", "PAST_REF")]),
    # halves and quarters: a span in a smaller unit, or the date to the precision it has
    ("The dispute has dragged on for half a century.",
     [("half a century", "DURATION", "P50Y")]),
    ("The strike lasted half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("He has served a quarter-century in parliament.",
     [("a quarter-century", "DURATION", "P25Y")]),
    ("The border was drawn half a century ago.", [("half a century ago", "DATE", "1971")]),
    ("Talks collapsed two and a half years ago.",
     [("two and a half years ago", "DATE", "2018-12")]),
    ("The truce broke down a year and a half ago.",
     [("a year and a half ago", "DATE", "2019-12")]),
    # a word of approximation belongs to the date, as the gold writes it
    ("The war ended nearly three and a half decades ago.",
     [("nearly three and a half decades ago", "DATE", "1986")]),
    ("He visited some three weeks ago.", [("some three weeks ago", "DATE", "2021-W19")]),
    # hours and minutes ago fall on the anchor's day, as far as a date tells; later than
    # something, they are a span
    ("The strike hit about an hour ago.", [("about an hour ago", "DATE", "2021-06-02")]),
    # TASS's "over the past night" is last night
    ("Over the past night, air defenses destroyed 25 drones.",
     [("the past night", "TIME", "2021-06-01TNI")]),
    ("Sirens sounded 30 minutes ago.", [("30 minutes ago", "DATE", "2021-06-02")]),
    ("The convoy left two hours later.", [("two hours", "DURATION", "PT2H")]),
    ("A month and a half ago, the envoy resigned.",
     [("A month and a half ago", "DATE", "2021-04")]),
    ("The convoy arrived half a day later.", [("half a day", "DURATION", "PT12H")]),
    ("The shelling began a day and a half ago.", []),
])
def test_weekdays_settle_years_and_long_durations(text: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # years and decades written with two digits: the latest such up to the publication year
    ("The ceasefire of '94 held.", [("'94", "DATE", "1994")]),
    ("It has been tense since ’91.", [("’91", "DATE", "1991")]),
    ("Refugees fled in the '90s.", [("the '90s", "DATE", "199X")]),
    ("The late '80s were hard.", [("The late '80s", "DATE", "198X")]),
    ("In the ’10s trade grew.", [("the ’10s", "DATE", "201X")]),
    # and in words, as transcripts and columnists write them (TimeBank's "the nineties")
    ("Attacks dropped through the nineties.", [("the nineties", "DATE", "199X")]),
    ("In the early sixties the border was closed.", [("the early sixties", "DATE", "196X")]),
    # but not a number after a quotation mark, an age or a temperature
    ("He said '94 people died.", []),
    ("Men in their forties were detained.", []),
    ("Temperatures in the nineties slowed the march.", []),
])
def test_two_digit_years_and_decades(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # AFP and Reuters write the first Karabakh war as a range of years: a row for each year
    ("The 1988-1994 war killed 30,000 people.",
     [("1988", "DATE", "1988"), ("1994", "DATE", "1994")]),
    ("The 1992–94 war displaced hundreds of thousands.",
     [("1992", "DATE", "1992"), ("94", "DATE", "1994")]),
    # a year and a month number is no range
    ("The report for 2021-06 is late.", []),
])
def test_ranges_of_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


def test_a_clock_range_past_the_calendar_keeps_its_day() -> None:
    # the day after 31 December 9999 (and before 1 January 1) does not exist: no error
    assert timexes("Shelling lasted from 10 p.m. to 2 a.m.", dt.date(9999, 12, 31)) == [
        ("10 p.m.", "TIME", "9999-12-31T22:00"), ("2 a.m.", "TIME", "9999-12-31T02:00")]
    assert timexes("Shelling went on from 10 p.m. to 2 a.m. on Monday.", dt.date(1, 1, 1)) == [
        ("10 p.m.", "TIME", "0001-01-01T22:00"), ("2 a.m.", "TIME", "0001-01-01T02:00"),
        ("Monday", "DATE", "0001-01-01")]


def test_a_weekday_range_at_the_calendars_start_keeps_its_days() -> None:
    # turning "from Wednesday to Tuesday" the right way round would need a day before 1 January 1
    assert timexes("Fighting raged from Wednesday to Tuesday.", dt.date(1, 1, 3)) == [
        ("Wednesday", "DATE", "0001-01-03"), ("Tuesday", "DATE", "0001-01-02")]


def test_the_day_after_the_last_date_is_left_out() -> None:
    assert timexes("It happened today. The next day it ended.", dt.date(9999, 12, 31)) == [
        ("today", "DATE", "9999-12-31")]


@pytest.mark.parametrize("text, expected", [
    # a past-tense verb governs the date: the most recent past one, however far back
    ("Fighting erupted on the night of 27 September.", [("27 September", "DATE", "2020-09-27")]),
    ("Four soldiers were killed in October.", [("October", "DATE", "2020-10")]),
    ("The offensive began at dawn on September 27.", [("September 27", "DATE", "2020-09-27")]),
    ("Clashes broke out on July 12 and lasted until July 16.",
     [("July 12", "DATE", "2020-07-12"), ("July 16", "DATE", "2020-07-16")]),
    # over one phrase of place or means between the verb and the date
    ("The scene played out on live television in August.", [("August", "DATE", "2020-08")]),
    ("France was rocked by a terrorist attack in July.", [("July", "DATE", "2020-07")]),
    # a date that opens its sentence takes the tense of the verb after the subject
    ("In October, a bomb exploded at a clinic.", [("October", "DATE", "2020-10")]),
    ("In October, Mrs. Clinton, the Democratic nominee, said she would go.",
     [("October", "DATE", "2020-10")]),
    ("In October, the parliament will vote on it.", [("October", "DATE", "2021-10")]),
    ("On the night of September 27-28, shelling hit Stepanakert.",
     [("September 27-28", "DATE", "2020-09-27")]),
    ("At the beginning of October, the fighting intensified.",
     [("the beginning of October", "DATE", "2020-10")]),
    ("Casualties peaked in the second half of November.", [("November", "DATE", "2020-11")]),
    ("In the first days of October, the front collapsed.", [("October", "DATE", "2020-10")]),
    ("In October, the party, which has twelve seats, hopes to win.",
     [("October", "DATE", "2021-10")]),
    # and so does a date in the subject: by its verb in the past tense, not by "was" or "will"
    ("The clashes on 27th September and on September 28th left dozens dead.",
     [("27th September", "DATE", "2020-09-27"), ("September 28th", "DATE", "2020-09-28")]),
    ("The October clashes killed 16 people.", [("October", "DATE", "2020-10")]),
    ("The talks on September 28 will decide it.", [("September 28", "DATE", "2021-09-28")]),
    ("The vote in October was expected to be close.", [("October", "DATE", "2021-10")]),
    # a date that names an act of violence lies behind: no one dates an attack before it
    ("The war began with Hamas's October 7 attack.", [("October 7", "DATE", "2020-10-07")]),
    ("The war was triggered by the September 27 offensive.",
     [("September 27", "DATE", "2020-09-27")]),
    ("Officials fear a repeat of the September 27 offensive next year.",
     [("September 27", "DATE", "2020-09-27"), ("next year", "DATE", "2022")]),
    ("The September 27 vote will be close.", [("September 27", "DATE", "2021-09-27")]),
    ("Baku has been on alert since the attack on 27 September.",
     [("27 September", "DATE", "2020-09-27")]),
    # but not a deadline, a modal or a sentence about the future: the nearest date
    ("The mandate was extended to September 27.", [("September 27", "DATE", "2021-09-27")]),
    ("The talks could be concluded in October.", [("October", "DATE", "2021-10")]),
    ("Officials said the vote will be held in October.", [("October", "DATE", "2021-10")]),
    ("If he wins the vote in November, the party is saved.", [("November", "DATE", "2021-11")]),
    ("The dispute could harm his chances in November.", [("November", "DATE", "2021-11")]),
    # but not the "if" of a question, and a past tense after "could" still governs its date
    ("He was asked if he had met Aliyev in October.", [("October", "DATE", "2020-10")]),
    ("Officials could not say what happened on 27 September.",
     [("27 September", "DATE", "2020-09-27")]),
    ("Elections are held in October.", [("October", "DATE", "2021-10")]),
    # a plan reported in the past ("would") looks ahead as a sentence about the future does
    ("Officials said the vote would be held in November.", [("November", "DATE", "2021-11")]),
    # but not across a clause: the past tense of its own verb decides
    ("He said he would not forget what happened in November.",
     [("November", "DATE", "2020-11")]),
    # nor across a quotation or a reported clause of its own
    ('"We will win," he said on 27 September.', [("27 September", "DATE", "2020-09-27")]),
    ("He said on 27 September that the army will advance.",
     [("27 September", "DATE", "2020-09-27")]),
    # a scare quote is no quotation: "he'll" still speaks of the date
    ("Polls say he’ll be “very competitive” in November.", [("November", "DATE", "2021-11")]),
    # over a place after "to", but not over an infinitive's words
    ("The prime minister returned to office in July.", [("July", "DATE", "2020-07")]),
    ("The envoy flew to Baku in late July.", [("late July", "DATE", "2020-07")]),
    ("The case was referred to the prosecutor in July.", [("July", "DATE", "2020-07")]),
    ("The sides agreed to hold talks in July.", [("July", "DATE", "2021-07")]),
    ("The last such strike was in Kramatorsk in August.", [("August", "DATE", "2020-08")]),
    ("The vote is in Yerevan in August.", [("August", "DATE", "2021-08")]),
    # a date where something ends ("by", "until"), in a sentence with no past tense, is ahead
    ("The country faces famine by the spring.", [("the spring", "DATE", "2022-SP")]),
    ("The army had retaken the city by the spring.", [("the spring", "DATE", "2021-SP")]),
    ("He remains in custody until March.", [("March", "DATE", "2022-03")]),
    ("He remained in custody until March.", [("March", "DATE", "2021-03")]),
    ("The curfew is in force until Monday.", [("Monday", "DATE", "2021-06-07")]),
    # a past-tense verb earlier in the date's clause, over its object, with nothing between
    # them that points ahead
    ("Washington imposed sanctions on RSF commander Mohamed Hamdan Dagalo in July.",
     [("July", "DATE", "2020-07")]),
    ("The tender offer ended June 30.", [("June 30", "DATE", "2020-06-30")]),
    ("The firm changed from a fiscal year to a calendar year in December.",
     [("December", "DATE", "2020-12")]),
    # but not an adjective, a participle after "be" or "are", a compound, a comma, a "won't",
    # "ahead of", an infinitive, or another date between the verb and its date
    ("The reduced dividend is payable July 2.", [("July 2", "DATE", "2021-07-02")]),
    ("They expect the deal to be completed by July 15.", [("July 15", "DATE", "2021-07-15")]),
    ("Until the votes are tallied July 15, nobody knows.",
     [("July 15", "DATE", "2021-07-15")]),
    ("Then comes the delegate-packed July 19 primary.", [("July 19", "DATE", "2021-07-19")]),
    ("The bank created an office of the chairman, effective July 1.",
     [("July 1", "DATE", "2021-07-01")]),
    ("Democrats won't vote until July.", [("July", "DATE", "2021-07")]),
    ("Both campaigned in California ahead of the July 7 primary.",
     [("July 7", "DATE", "2021-07-07")]),
    ("The rebels agreed to withdraw their fighters in July.", [("July", "DATE", "2021-07")]),
    ("The deal signed in December takes effect in July.",
     [("December", "DATE", "2020-12"), ("July", "DATE", "2021-07")]),
])
def test_a_past_tense_verb_puts_a_date_in_the_past(text: str,
                                                   expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The war ended on 10 November last year.",
     [("10 November last year", "DATE", "2020-11-10")]),
    ("We started this journey on June 16th of last year.",
     [("June 16th of last year", "DATE", "2020-06-16")]),
    ("He takes office on January 20 next year.", [("January 20 next year", "DATE", "2022-01-20")]),
    ("Talks resume in July this year.", [("July this year", "DATE", "2021-07")]),
])
def test_a_day_and_month_of_last_or_next_year(text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date without a year that opens a range takes the year of the one that closes it
    ("From 27 September to 10 November 2020, 6,000 people were killed.",
     [("27 September", "DATE", "2020-09-27"), ("10 November 2020", "DATE", "2020-11-10")]),
    ("The clashes took place between September 27 and November 10, 2020.",
     [("September 27", "DATE", "2020-09-27"), ("November 10, 2020", "DATE", "2020-11-10")]),
    # the year before, when the range crosses a new year (the nearest December 20 would be
    # 2020's)
    ("The mission ran from December 20 to January 5, 2019.",
     [("December 20", "DATE", "2018-12-20"), ("January 5, 2019", "DATE", "2019-01-05")]),
    ("Talks ran from May to July 2019.",
     [("May", "DATE", "2019-05"), ("July 2019", "DATE", "2019-07")]),
    # written with a hyphen, the closing date starts after it
    ("In September-November 2020, the sides fought a war.",
     [("September", "DATE", "2020-09"), ("November 2020", "DATE", "2020-11")]),
    ("In Sept.-Nov. 2020, the sides fought.",
     [("Sept.", "DATE", "2020-09"), ("Nov. 2020", "DATE", "2020-11")]),
    ("The war of 27 September-10 November 2020 displaced thousands.",
     [("27 September", "DATE", "2020-09-27"), ("10 November 2020", "DATE", "2020-11-10")]),
    ("The war of September 27-November 10, 2020 displaced thousands.",
     [("September 27", "DATE", "2020-09-27"), ("November 10, 2020", "DATE", "2020-11-10")]),
    # but no date stands before the hyphen of "pre-November"
    ("Pre-November polls showed a tie.", []),
    # not a date in another clause
    ("It began on September 27; the war ended on November 10, 2020.",
     [("September 27", "DATE", "2020-09-27"), ("November 10, 2020", "DATE", "2020-11-10")]),
])
def test_a_range_takes_the_year_of_its_end(text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


def test_a_range_without_years_does_not_end_before_it_starts() -> None:
    # read on 29 September 2016, the nearest January 1 alone would be 2017's
    september_29 = dt.date(2016, 9, 29)
    assert timexes("There were 3,210 victims between January 1 and September 26.",
                   september_29) == [("January 1", "DATE", "2016-01-01"),
                                     ("September 26", "DATE", "2016-09-26")]
    assert timexes("Between January 1 and September 26, 3,210 were shot.", september_29)[0] == (
        "January 1", "DATE", "2016-01-01")
    # but "and" without "between" lists dates, each placed on its own
    assert timexes("Polls in February and October found him ahead.", dt.date(2016, 5, 12)
                   ) == [("February", "DATE", "2016-02"), ("October", "DATE", "2015-10")]


@pytest.mark.parametrize("text, expected", [
    ("The strike happened at 2:15 in the afternoon.",
     [("2:15 in the afternoon", "TIME", "2021-06-02T14:15")]),
    ("The convoy left at 4 in the morning.", [("4 in the morning", "TIME", "2021-06-02T04:00")]),
    ("Sirens sounded at 11 at night.", [("11 at night", "TIME", "2021-06-02T23:00")]),
    # a zone's abbreviation, and the day after it; a bracketed clock hands its day back
    ("He will leave at 4 in the morning (4 a.m. EDT Thursday).",
     [("4 in the morning", "TIME", "2021-06-03T04:00"),
      ("4 a.m. EDT Thursday", "TIME", "2021-06-03T04:00-04:00")]),
    ("The offer expires at 5 p.m. EST June 9.",
     [("5 p.m. EST", "TIME", "2021-06-09T17:00-05:00"), ("June 9", "DATE", "2021-06-09")]),
    ("The ceasefire took effect at midnight Moscow time on November 10.",
     [("midnight Moscow time", "TIME", "2020-11-10T24:00+03:00"),
      ("November 10", "DATE", "2020-11-10")]),
])
def test_clock_words_and_zone_abbreviations(text: str,
                                            expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # names of newspapers and shows are no sets
    ("The Daily Beast reported it on Monday.", [("Monday", "DATE", "2021-05-31")]),
    ("He told the New York Daily News.", []),
    ("Stephen Hayes of the Weekly Standard disagreed.", []),
    ("He spoke on Breitbart News Daily: a world at war.", []),
    # but a set before a name still is one, as is a set at a sentence's start
    ("Americans admire her most, according to a yearly Gallup poll.",
     [("yearly", "SET", "P1Y")]),
    ("Daily, the ministry publishes its figures.", [("Daily", "SET", "P1D")]),
])
def test_names_that_are_not_sets(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a span before an event whose date is not given is a duration, not a date counted
    # from the publication day
    ("The ad aired three months before the primary.", [("three months", "DURATION", "P3M")]),
    ("She died four days before the crash.", [("four days", "DURATION", "P4D")]),
    ("The banks must wait at least 30 days before closing the purchase.",
     [("at least 30 days", "DURATION", "P30D")]),
    ("Eight trading days after the crash, the index fell.",
     [("Eight trading days", "DURATION", "P8D")]),
    ("Payment is due within five working days.", [("five working days", "DURATION", "P5D")]),
    ("Then, a week or so ago, the general changed his plan.",
     [("a week or so ago", "DATE", "2021-W21")]),
    # but "two days before" on its own counts back from the story's day, as before
    ("Troops left on May 20. Two days before, talks had failed.",
     [("May 20", "DATE", "2021-05-20"), ("Two days before", "DATE", "2021-05-18")]),
    # "a second-place finish" is an ordinal; "USA Today" a newspaper; "the fall of Shusha"
    # a defeat; "the fall of last year" a season
    ("He hoped for a second-place finish.", []),
    ("She told USA Today on Monday.", [("Monday", "DATE", "2021-05-31")]),
    ("Armenians mourned the fall of Shusha.", []),
    ("There was a strong current of opinion against it.", []),
    ("A current government employee left.", [("current", "DATE", "PRESENT_REF")]),
    ("It began in the fall of last year.", [("the fall of last year", "DATE", "2020-FA")]),
    ("It began in the winter of this year.", [("the winter of this year", "DATE", "2021-WI")]),
    ("Refugees returned in the winter of 2020-21.",
     [("the winter of 2020-21", "DATE", "2020-WI")]),
    # "a year when …" names a time, it measures none
    ("In a year when voters want change, he is mainstream.", []),
    ("On a day in which both sides claimed gains, shelling went on.", []),
])
def test_spans_before_events_and_words_that_are_no_times(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit or day word with a capital inside a sentence names a show, a film or a book
    ("Trump told NBC’s “Today” on Monday.", [("Monday", "DATE", "2021-05-31")]),
    ("He said on ABC's \"This Week With George Stephanopoulos\" that he won.", []),
    ("Trump said on CBS's \"60 Minutes\" that he won.", []),
    ("Trump told NBC's Today show when asked about it.", []),
    # but not when it opens a quotation, nor in a headline in title case
    ("Rubio says, “Tonight was supposed to be great.”", [("Tonight", "DATE", "2021-06-02")]),
    ("10 Things to Know for Today.", [("Today", "DATE", "2021-06-02")]),
    ("Troops Leave After Six Weeks", [("Six Weeks", "DURATION", "P6W")]),
])
def test_capitalised_time_words_in_names(text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


def test_a_headline_tells_the_past_in_the_present_tense() -> None:
    # "the leaders meet on Monday" is a plan in a story's body, but a headline writes what
    # happened in the present tense
    text = "Putin hosts Aliyev and Pashinyan on Monday"
    rows = extract_timexes(text, [{"start": 0, "end": len(text), "zone": "headline"}],
                           [{"start": 0, "end": len(text)}], WEDNESDAY)
    assert [(r["text"], r["value"]) for r in rows] == [("Monday", "2021-05-31")]
    assert timexes("Putin Hosts Aliyev And Pashinyan In Moscow On Monday.") == [
        ("Monday", "DATE", "2021-05-31")]
    assert timexes("Putin hosts Aliyev and Pashinyan in Moscow on Monday.") == [
        ("Monday", "DATE", "2021-06-07")]


@pytest.mark.parametrize("headline, expected", [
    # but it writes a plan as a subject, "to" and a verb
    ("Putin to visit Baku on Friday", "2021-06-04"),
    ("UN Security Council to meet Thursday on Karabakh", "2021-06-03"),
    ("Talks to resume Monday in Moscow", "2021-06-07"),
    # not a verb with "to" after it; in title case, where the two read the same, only a verb
    # that plans
    ("Azerbaijan returns to talks on Monday", "2021-05-31"),
    ("Azerbaijan Returns To Talks On Monday", "2021-05-31"),
    ("Pashinyan To Visit Moscow On Saturday", "2021-06-05"),
    # and a clock after "At" in title case is a clock, dated by the weekday after it
    ("Truce To Start At 10:00 On Saturday", "2021-06-05T10:00 2021-06-05"),
])
def test_a_headline_writes_a_plan_with_to(headline: str, expected: str) -> None:
    rows = extract_timexes(headline, [{"start": 0, "end": len(headline), "zone": "headline"}],
                           [{"start": 0, "end": len(headline)}], WEDNESDAY)
    assert " ".join(r["value"] for r in rows) == expected


def test_set_for_is_a_plan() -> None:
    assert timexes("The trial is set for November.") == [("November", "DATE", "2021-11")]


@pytest.mark.parametrize("text, expected", [
    # a deadline set "until" a day lies ahead of the day it is reported
    ("Russia gave Ukrainian fighters until 5 a.m. Monday to lay down their arms.",
     [("5 a.m. Monday", "TIME", "2021-06-07T05:00")]),
    ("The mayor has given residents until Thursday to leave.",
     [("Thursday", "DATE", "2021-06-03")]),
    ("Residents have until Thursday to leave the city.", [("Thursday", "DATE", "2021-06-03")]),
    ("The ceasefire was extended until Friday, the ministry said.",
     [("Friday", "DATE", "2021-06-04")]),
    ("The ultimatum expires at 6 p.m. Friday.", [("6 p.m. Friday", "TIME", "2021-06-04T18:00")]),
    # not one that had run out, nor a stay that lasted until a day
    ("Kyiv had until Sunday to respond, but it did not.", [("Sunday", "DATE", "2021-05-30")]),
    ("He stayed in Kyiv until Thursday, aides said.", [("Thursday", "DATE", "2021-05-27")]),
])
def test_a_deadline_lies_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two days of one month are two dates, as TimeML writes them
    ("The summit will be held in Vilnius on July 11 and 12.",
     [("July 11", "DATE", "2021-07-11"), ("12", "DATE", "2021-07-12")]),
    ("The summit will be held on 11 and 12 July.",
     [("11", "DATE", "2021-07-11"), ("12 July", "DATE", "2021-07-12")]),
    ("Strikes hit the city on the 10th and 11th of May.",
     [("10th", "DATE", "2021-05-10"), ("11th of May", "DATE", "2021-05-11")]),
    ("Talks were held on June 14 and 15, 2022 in Geneva.",
     [("June 14", "DATE", "2022-06-14"), ("15, 2022", "DATE", "2022-06-15")]),
    # and so are the two ends of a range written with "to" or "through"
    ("On the night of June 1 to 2, the enemy opened fire.",
     [("June 1", "DATE", "2021-06-01"), ("2", "DATE", "2021-06-02")]),
    ("The poll was conducted from 19 to 22 May.",
     [("19", "DATE", "2021-05-19"), ("22 May", "DATE", "2021-05-22")]),
    ("The drills ran May 10 through 14.",
     [("May 10", "DATE", "2021-05-10"), ("14", "DATE", "2021-05-14")]),
    # a number that is no day of the month is not one
    ("On June 14 and 15 people died in the shelling.", [("June 14", "DATE", "2021-06-14")]),
    ("Prices rose May 1 to 2 percent.", [("May 1", "DATE", "2021-05-01")]),
    ("From May 1 to 3 people a day were injured.", [("May 1", "DATE", "2021-05-01")]),
    ("They met on February 28 and 29.", [("February 28", "DATE", "2021-02-28")]),
    ("Prices rose by 3 and 4 percent in May.", [("May", "DATE", "2021-05")]),
])
def test_two_days_of_one_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The post-2014 order in Donbas collapsed.", [("post-2014", "DATE", "2014")]),
    ("Trade fell below pre-2008 levels.", [("pre-2008", "DATE", "2008")]),
    ("Delegates left their third day-long meeting.", [("day-long", "DURATION", "P1D")]),
    ("The month-long siege ended.", [("month-long", "DURATION", "P1M")]),
    ("The decades-long conflict flared.", [("decades-long", "DURATION", "PXY")]),
    ("A weeklong truce held.", [("weeklong", "DURATION", "P1W")]),
    ("The daylong talks ended.", [("daylong", "DURATION", "P1D")]),
])
def test_years_before_and_after_and_spans_as_adjectives(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    ("Protests were held this past week.", WEDNESDAY, "2021-W21"),
    ("It rained this past weekend.", WEDNESDAY, "2021-W21-WE"),
    # written on a Sunday, "this past week" is the week now ending
    ("Protests were held this past week.", dt.date(2021, 6, 6), "2021-W22"),
    ("Protests were held this past weekend.", dt.date(2021, 6, 6), "2021-W22-WE"),
    ("It rained this past Sunday.", WEDNESDAY, "2021-05-30"),
    # "this coming weekend" is the next one, "this coming week" the week after this
    ("We meet this coming weekend.", WEDNESDAY, "2021-W22-WE"),
    ("We meet this coming week.", WEDNESDAY, "2021-W23"),
    # "the weekend" in a sentence that looks ahead is the coming one, "over the weekend" the
    # one just passed unless the future stands right before it
    ("Protests were held over the weekend.", WEDNESDAY, "2021-W21-WE"),
    ("Talks will resume at the weekend.", WEDNESDAY, "2021-W22-WE"),
    ("Fighting is expected to continue over the weekend.", WEDNESDAY, "2021-W22-WE"),
    ("We will act on the behaviour on display over the weekend.", WEDNESDAY, "2021-W21-WE"),
    # a season prepared for lies ahead
    ("Kyiv braces for winter.", dt.date(2024, 11, 8), "2024-WI"),
    ("Kyiv lost power last winter.", dt.date(2024, 11, 8), "2023-WI"),
])
def test_this_past_and_this_coming(text: str, anchor: dt.date, expected: str) -> None:
    [(_, _, value)] = timexes(text, anchor)
    assert value == expected


@pytest.mark.parametrize("text, expected", [
    # the end of a stretch that lies ahead is ahead, however near a past one would be
    ("Moscow says the drills will run until Feb. 20.", [("Feb. 20", "DATE", "2022-02-20")]),
    ("Moscow said the drills ran until Feb. 20.", [("Feb. 20", "DATE", "2021-02-20")]),
    ("The mission's mandate runs until November.", [("November", "DATE", "2021-11")]),
    ("Applicants were due to file papers by March 15.", [("March 15", "DATE", "2021-03-15")]),
    # an obligation in the date's own clause points ahead; one in another clause does not
    ("The troops must leave on Friday.", [("Friday", "DATE", "2021-06-04")]),
    ("Voters need to be caucusing Monday night.", [("Monday night", "TIME", "2021-06-07TNI")]),
    ("The ruling said he must return, and set Friday as the deadline.",
     [("Friday", "DATE", "2021-05-28")]),
    ("The troops must have left on Friday.", [("Friday", "DATE", "2021-05-28")]),
    # a date after "since" is a start behind
    ("Prices have risen since late August.", [("late August", "DATE", "2020-08")]),
    # and so is a date after "since the morning of" (the part of day is not in the span)
    ("Since the morning of 27 September, fighting has raged.",
     [("27 September", "DATE", "2020-09-27")]),
    # "the past day" is a span; "last" after "will" is a verb, outside the span
    ("The ministry reported 24 deaths in the past day.", [("the past day", "DURATION", "P1D")]),
    ("No shots were fired in the past hour.", [("the past hour", "DURATION", "PT1H")]),
    ("On the last day of the talks, they signed.", []),
    ("The pause will last four hours.", [("four hours", "DURATION", "PT4H")]),
    ("Fighting in the last two days killed 40.", [("the last two days", "DURATION", "P2D")]),
    ("Over the past fortnight, 20 people died.", [("the past fortnight", "DURATION", "P2W")]),
    ("Aid should arrive in the next fortnight.", [("next fortnight", "DURATION", "P2W")]),
    # clock times with "o'clock": the hour as written, after noon when the words say so
    ("The blast came at 10 o'clock in the morning.",
     [("10 o'clock in the morning", "TIME", "2021-06-02T10:00")]),
    ("He left at 9 o’clock at night.", [("9 o’clock at night", "TIME", "2021-06-02T21:00")]),
    ("We meet at 12 o'clock.", [("12 o'clock", "TIME", "2021-06-02T12:00")]),
    ("It must be ready by 6 o'clock this evening.",
     [("6 o'clock", "TIME", "2021-06-02T18:00"), ("this evening", "TIME", "2021-06-02TEV")]),
])
def test_ends_ahead_spans_of_the_past_and_o_clock(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Profit rose in the 1988 quarter.", [("1988", "DATE", "1988")]),
    ("The city has a 2000-year history.", [("2000-year", "DURATION", "P2000Y")]),
])
def test_a_year_before_a_unit_is_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two weekdays of a range never run backwards
    ("Fighting raged from Tuesday to Thursday, officials said.",
     [("Tuesday", "DATE", "2021-05-25"), ("Thursday", "DATE", "2021-05-27")]),
    ("Strikes continued between Tuesday and Thursday.",
     [("Tuesday", "DATE", "2021-05-25"), ("Thursday", "DATE", "2021-05-27")]),
    ("Talks will run from Friday to Monday.",
     [("Friday", "DATE", "2021-06-04"), ("Monday", "DATE", "2021-06-07")]),
    ("Shelling hit the city on Tuesday and Wednesday.",
     [("Tuesday", "DATE", "2021-06-01"), ("Wednesday", "DATE", "2021-06-02")]),
    # spans counted in a row; the ends of a year or month
    ("The shelling has continued for three consecutive days.",
     [("three consecutive days", "DURATION", "P3D")]),
    ("For 14 straight years she ran.", [("14 straight years", "DURATION", "P14Y")]),
    ("The deal is expected by year-end.", [("year-end", "DATE", "2021-12-31")]),
    ("Results are due at month end.", [("month end", "DATE", "2021-06-30")]),
    ("The index has fallen since year-end.", [("year-end", "DATE", "2020-12-31")]),
])
def test_weekday_ranges_spans_in_a_row_and_ends(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a named zone's offset is the one in force on the clock's date: Kyiv keeps summer time
    ("The sirens sounded at 10:00 Kyiv time on January 5.",
     [("10:00 Kyiv time", "TIME", "2021-01-05T10:00+02:00"), ("January 5", "DATE", "2021-01-05")]),
    ("The sirens sounded at 10:00 Kyiv time on May 5.",
     [("10:00 Kyiv time", "TIME", "2021-05-05T10:00+03:00"), ("May 5", "DATE", "2021-05-05")]),
    # Moscow kept +04:00 from 2011 to 2014
    ("On 5 January 2013 at 10:00 Moscow time, talks began.",
     [("5 January 2013", "DATE", "2013-01-05"),
      ("10:00 Moscow time", "TIME", "2013-01-05T10:00+04:00")]),
    ("Shelling began at 22:00 Israel time.",
     [("22:00 Israel time", "TIME", "2021-06-02T22:00+03:00")]),
    ("The polls close at 8 p.m. Eastern time.",
     [("8 p.m. Eastern time", "TIME", "2021-06-02T20:00-04:00")]),
])
def test_a_zone_offset_is_the_one_on_the_day(text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


def test_a_zone_offset_without_a_date() -> None:
    assert timexes("It began at 10:00 Kyiv time.", None) == [
        ("10:00 Kyiv time", "TIME", "XXXX-XX-XXT10:00")]
    assert timexes("It began at 10:00 GMT.", None) == [("10:00 GMT", "TIME", "XXXX-XX-XXT10:00Z")]


@pytest.mark.parametrize("text, expected", [
    ("Over the next couple of years, the army will grow.",
     [("the next couple of years", "DURATION", "P2Y")]),
    ("Talks will intensify in the days ahead.", [("the days ahead", "DURATION", "PXD")]),
    ("She will campaign in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
])
def test_couples_and_spans_ahead(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # a winter is the year of its December (2023-WI runs from December 2023), so in January
    # "this winter" is the one under way and "last winter" the one before
    ("Strikes hit the grid this winter.", dt.date(2024, 1, 14), "2023-WI"),
    ("Strikes hit the grid last winter.", dt.date(2024, 1, 14), "2022-WI"),
    ("Strikes hit the grid in the winter.", WEDNESDAY, "2020-WI"),
    ("The offensive will come this winter.", WEDNESDAY, "2021-WI"),
    # in December the summer past is this year's
    ("The interview had been in the works since the summer.", dt.date(2015, 12, 7), "2015-SU"),
    ("Democrats will be united heading into the fall.", dt.date(2016, 4, 21), "2016-FA"),
    ("Clinton recovered after a rocky summer.", dt.date(2015, 12, 22), "2015-SU"),
    # words that look ahead take the nearer of the last and the next
    ("The campaign expects a fight to last into the spring.", dt.date(2016, 2, 9), "2016-SP"),
    ("Officials plan to cut costs by the fall.", dt.date(2016, 7, 6), "2016-FA"),
    ("If the debate was an escape from a summer of scandal, it helped.",
     dt.date(2015, 11, 16), "2015-SU"),
])
def test_seasons_around_the_turn_of_the_year(text: str, anchor: dt.date, expected: str) -> None:
    [(_, _, value)] = timexes(text, anchor)
    assert value == expected


def test_since_a_date_that_would_be_nearer_ahead() -> None:
    # read in late September, next 1 January is nearer than the last, but "since" looks back
    assert timexes("There were thousands of shootings since January 1st.",
                   dt.date(2016, 9, 29)) == [("January 1st", "DATE", "2016-01-01")]


@pytest.mark.parametrize("text, expected", [
    # irregular past participles govern their date as past-tense verbs do
    ("The city was taken on September 27.", "2020-09-27"),
    ("Prices have risen in September.", "2020-09"),
    ("The truce was broken on September 27.", "2020-09-27"),
])
def test_irregular_participles_look_back(text: str, expected: str) -> None:
    [(_, _, value)] = timexes(text)
    assert value == expected


@pytest.mark.parametrize("text, rows", [
    # a capitalised word before a bare "18:21" names a chapter and verse ...
    ("The pastor quoted Exodus 18:21 in his sermon.", []),
    ("The photo quotes Romans 8:31 in large letters.", []),
    # ... but a day or a word of time before it does not
    ("By Tuesday 18:00 the convoy had left.",
     [("Tuesday", "DATE", "2021-06-01"), ("18:00", "TIME", "2021-06-01T18:00")]),
    ("The live page said Update 18:21 and nothing more.",
     [("18:21", "TIME", "2021-06-02T18:21")]),
])
def test_a_chapter_and_verse_is_no_clock(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == rows


@pytest.mark.parametrize("text, value", [
    # a plan told in the past is on either side of the anchor (Wednesday 2 June): the nearer
    ("The convoy was scheduled to leave late Tuesday.", "2021-06-01"),
    ("The talks were expected to resume on Friday.", "2021-06-04"),
    ("He was set to receive an endorsement on Thursday.", "2021-06-03"),
    # a plan told in the present or the future still lies ahead
    ("The convoy is scheduled to leave on Tuesday.", "2021-06-08"),
])
def test_a_plan_told_in_the_past_takes_the_nearer_weekday(text: str, value: str) -> None:
    assert [row[2] for row in timexes(text)] == [value]


@pytest.mark.parametrize("text, value", [
    # "overnight into" a day is the night before it (Wednesday 2 June: last Sunday is 30 May)
    ("Overnight into Sunday, Russia launched 50 drones.", "2021-05-29TNI"),
    # "overnight" alone is the night before the story
    ("Russia launched 50 drones overnight.", "2021-06-01TNI"),
])
def test_overnight_into_a_day(text: str, value: str) -> None:
    assert timexes(text)[0][2] == value


def test_a_clock_that_opens_a_paragraph_after_the_headline() -> None:
    # the headline's last word is not a book of a chapter and verse ("Exodus 18:21")
    found = toolkit.parse_article("Border clashes\n\nAt 20:00, a group approached the border.",
                                  published=WEDNESDAY).timexes
    assert found[["text", "value"]].values.tolist() == [["20:00", "2021-06-02T20:00"]]


# Expressions as conflict reporting writes them, with the longest words before their trigger
# word that the rules take in ("later that same evening", "the following approximately
# twenty-seven years"): the rules run only in windows around trigger words, and no window may
# cut one short.
REACHING = [
    "the previous evening", "later that same evening", "the preceding morning",
    "early the next morning", "late that night", "the following afternoon",
    "earlier that same week", "the same night", "at about 4 in the morning",
    "around six in the evening", "each morning", "every single night", "the next two days",
    "the past three and a half years", "some thirty years ago", "nearly two decades later",
    "the first 100 days", "the last 24 hours", "a further six months", "the coming 72 hours",
    "late on the night of June 1", "in the early hours of Sunday", "the night of 27-28 September",
    "the morning of June 12", "the evening of 10 November 2020", "midday Moscow time",
    "at noon local time on Sunday", "shortly before midnight on Tuesday", "the week of March 8",
    "the second half of next year", "the last quarter of 2020", "late last summer",
    "the winter of 1992", "early in the 1990s", "the mid-1990s", "the 1988-1994 war",
    "between 1988 and 1994", "from 27 September to 10 November", "the autumn of 2020",
    "the Christmas period", "New Year's Eve", "the year before last", "some three decades",
    "over the past several weeks", "for the third straight day",
    "in the first three months of 2021", "the last week of May", "the first week of June",
    "the second half of May", "the last days of September", "the early hours of 28 September",
    "the end of last week", "the beginning of next month", "in the next few hours",
    "a little more than two weeks ago", "exactly one year ago", "fully six months later",
    "the night of Sunday to Monday", "from Monday to Wednesday", "Monday through Friday",
    "since early this year", "as recently as last week", "no later than Friday",
    "by the end of the day", "10:35 a.m. Moscow time Tuesday", "0735 GMT Friday",
    "2 p.m. (1100 GMT)", "the following approximately twenty-seven years",
    "nearly three and a half decades ago", "the first anniversary of the war",
    "at dawn on Monday", "just after 3 a.m. on Saturday", "late on Thursday night",
    "early on Friday morning", "in the small hours of Sunday", "the better part of a decade",
    "more than a quarter of a century", "almost a year and a half", "twice a week",
    "three times a day", "once every two years", "every other week", "on Mondays", "each spring",
    "in the spring of 2021", "late in the evening of 9 November", "the day after tomorrow",
    "the day before yesterday", "the day before last Tuesday", "the early nineties",
    "by mid-afternoon",
]
FRAMES = ["Officials said that {} the talks had ended, the agency reported.",
          "{}, the talks collapsed in the capital.", "He recalled how {}.",
          "On 14 May, fighting began in the mountains near the border villages. Officials said "
          "that {} the talks had ended."]


@pytest.mark.parametrize("frame", FRAMES)
def test_windows_reach_as_far_as_the_rules(frame: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [frame.format(expression) for expression in REACHING]
    windowed = [timexes(text) for text in texts]
    # the same rules over the whole paragraph, every kind of trigger at once
    monkeypatch.setattr(timex, "_windows",
                        lambda article, start, end: [(start, end, frozenset(timex._REACH))])
    assert [timexes(text) for text in texts] == windowed
