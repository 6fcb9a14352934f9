"""Zones, credits and article fields on the seed, on outlet-style test articles, on any text."""

from __future__ import annotations

import datetime as dt
import time

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit
from tests.zone_fixtures import all_fixtures, load
from toolkit.paths import data_dir
from toolkit.zones import parse_full_date, split_paragraphs, zone_article

SEED = (data_dir() / "articles" / "000_cc3c80c0ca6af665.txt").read_text(encoding="utf-8")
SEED_ZONES = ["headline", "standfirst", "caption", "credit", "boilerplate"] + ["body"] * 4 + [
    "related", "subheading"] + ["body"] * 7 + ["related", "boilerplate", "boilerplate"]


def test_seed_zones_line_by_line() -> None:
    assert [p["zone"] for p in zone_article(SEED).paragraphs] == SEED_ZONES


def test_seed_photo_credit() -> None:
    (credit,) = zone_article(SEED).credits
    assert SEED[credit["start"]:credit["end"]] == "Reuters"
    assert (credit["agency"], credit["kind"]) == ("Reuters", "photo")
    assert SEED[credit["caption_start"]:credit["caption_end"]].startswith(
        "In this December 21, 2020 file photo")
    assert credit["photo_date"] == dt.date(2020, 12, 21)


def test_seed_article_fields() -> None:
    z = zone_article(SEED)
    assert z.headline == "Azerbaijan says foiled Armenian incursion into border area"
    assert z.standfirst.startswith("Azerbaijan’s defence ministry says around 40")
    assert (z.byline, z.dateline, z.dateline_date) == (None, None, None)


@pytest.mark.parametrize("path", all_fixtures(), ids=lambda p: p.stem)
def test_outlet_style_articles(path) -> None:
    text, expected = load(path)
    assert [p["zone"] for p in zone_article(text).paragraphs] == expected


def test_there_are_at_least_twelve_test_articles() -> None:
    assert len(all_fixtures()) >= 12


@pytest.mark.parametrize("line, zone, rule", [
    ("Advertisement", "boilerplate", "furniture"),  # AP web pages
    ("Share this article", "boilerplate", "furniture"),
    ("Subscribe to our newsletter", "boilerplate", "furniture"),
    ("© 2021 TRT World. All rights reserved.", "boilerplate", "furniture"),
    ("READ MORE: Joint Turkey-Russia centre begins monitoring Karabakh truce", "related",
     "related-prompt"),  # TRT World
    ("Also read: Armenia and Azerbaijan agree prisoner swap", "related", "related-prompt"),
    ("Reuters", "credit", "credit-line"),
    ("Photo: Anadolu Agency", "credit", "credit-line"),
    ("Photo: Ministry of Defence of Azerbaijan", "credit", "credit-line"),
    # but a sentence after "Photo:" is a caption that ends in its credit
    ("Photo: Azerbaijani soldiers near the border. (AFP)", "caption", "caption-phrase"),
    # a row of share buttons, the page's controls and counters, a breadcrumb
    ("Twitter Facebook WhatsApp", "boilerplate", "furniture"),
    ("5 min read", "boilerplate", "furniture"),
    ("Comments (12)", "boilerplate", "furniture"),
    ("Topics: Armenia, Azerbaijan", "boilerplate", "furniture"),
    ("Home > World > Asia", "boilerplate", "furniture"),
    ("Border clashes | Al Jazeera", "body", "default"),  # "|" is a title's, not a breadcrumb's
    ("Translated by Karim Traboulsi.", "credit", "wire-tail"),
    ("Facebook | Telegram | Email", "boilerplate", "furniture"),
    # a credit "by" someone; a call to follow an outlet or a writer, or to donate
    ("Photo by Karen Minasyan/AFP via Getty Images", "credit", "credit-line"),
    ("Photos by residents show the damage to the school.", "body", "default"),
    ("Follow OC Media on Telegram for the latest updates.", "boilerplate", "furniture"),
    ("Support independent journalism in the Caucasus. Donate now.", "boilerplate", "furniture"),
    ("Armenians were urged to donate blood.", "body", "default"),
    ("REUTERS/Stringer", "credit", "credit-line"),
    ("(AP Photo/Hayk Badalyan)", "credit", "credit-line"),
    ("Reporting by Nailia Bagirova; Editing by Alex Richardson", "credit", "wire-tail"),
    ("By Joshua Kucera", "byline", "byline"),
    ("By Leyla Mammadova – Trend:", "byline", "byline"),  # Trend signs its bylines
    ("Baku, Azerbaijan, June 2", "dateline", "dateline-line"),  # Trend: place and date alone
    ("Wednesday, June 2, 2021", "boilerplate", "furniture"),  # a weekday is no place
    ("YEREVAN, June 3. /TASS/.", "dateline", "dateline-line"),
    ("Baku, 2 June, AZERTAC", "dateline", "dateline-line"),
    ("Baku, June 2 (News.az)", "dateline", "dateline-line"),  # regional outlets of the pack
    ("YEREVAN, June 2. /NEWS.am/.", "dateline", "dateline-line"),
    ("Published On 14 May 2021", "boilerplate", "furniture"),  # Al Jazeera
    ("Jul 19, 2021", "boilerplate", "furniture"),  # Daily Sabah
    ("Our Standards: The Thomson Reuters Trust Principles.", "boilerplate", "furniture"),
    ("Video: Reuters", "credit", "credit-line"),
    ("Image source, Getty Images", "credit", "credit-line"),  # BBC
    ("Image caption, Relatives waited at the airport", "caption", "caption-phrase"),  # BBC
    ("Related Topics", "related", "related-prompt"),  # BBC
    ("Associated Press writer Aida Sultanova in Baku contributed to this report.", "credit",
     "wire-tail"),
    ("— AFP", "credit", "credit-line"),
    ("Source: TRT World and agencies", "credit", "credit-line"),  # TRT World
    ("Armenian soldiers near Goris [File: Vahram Baghdasaryan/Photolure via AP]", "caption",
     "caption-phrase"),  # Al Jazeera
    ("FILE PHOTO: A checkpoint near Shusha. REUTERS/Stringer/File Photo", "caption",
     "caption-phrase"),
    # a slash between capitals inside a body sentence is not a photo credit
    ("Pashinyan led with 54 percent in an MPG/Gallup poll taken before the vote.", "body",
     "default"),
])
def test_rules_that_fire_on_a_line_alone(line: str, zone: str, rule: str) -> None:
    text = f"Headline here\n\nFirst body sentence of the story, long enough.\n\n{line}\n\n" \
           "Another body paragraph that ends the story."
    paragraph = zone_article(text).paragraphs[2]
    assert (paragraph["zone"], paragraph["rule"]) == (zone, rule)


@pytest.mark.parametrize("text, dateline, day", [
    ("Title\n\nYEREVAN, June 2. /TASS/. Armenia said the border was calm.", "YEREVAN, June 2. "
     "/TASS/.", None),  # TASS: the dateline opens the lead paragraph
    ("Title\n\nBAKU, June 2 (Reuters) - Azerbaijan said.", "BAKU, June 2 (Reuters)", None),
    # a story filed from two places
    ("Title\n\nDUBAI/JERUSALEM (Reuters) - Iran fired missiles.", "DUBAI/JERUSALEM (Reuters)",
     None),
    ("Title\n\nYEREVAN, JUNE 2, ARMENPRESS. The ministry denied it.",
     "YEREVAN, JUNE 2, ARMENPRESS.", None),
    ("Title\n\nBaku, 2 June 2021, AZERTAC\n\nThe ministry said.", "Baku, 2 June 2021, AZERTAC",
     dt.date(2021, 6, 2)),
    ("Title\n\nParis, 14 May 2021\n\nThe ministry said.", "Paris, 14 May 2021",
     dt.date(2021, 5, 14)),
    # a city in capitals, a date and a full stop, as agency copy without its name opens
    ("Title\n\nBAKU, May 28. Units of the army came under fire.", "BAKU, May 28.", None),
    # the pack's regional agencies: ARKA (Yerevan)
    ("Title\n\nYEREVAN, 2 June 2021 /ARKA/. The ministry said.", "YEREVAN, 2 June 2021 /ARKA/.",
     dt.date(2021, 6, 2)),
    ("Title\n\nThe ministry said so on Tuesday.", None, None),
    # Reuters style: an agency named in the lead's subject is no dateline
    ("Title\n\nRussia's TASS news agency said the attack was repelled.", None, None),
])
def test_datelines(text: str, dateline: str | None, day: dt.date | None) -> None:
    z = zone_article(text)
    assert (z.dateline, z.dateline_date) == (dateline, day)
    assert "dateline" not in [p["zone"] for p in z.paragraphs[1:]] or dateline == text[
        z.paragraphs[1]["start"]:z.paragraphs[1]["end"]]


@pytest.mark.parametrize("text, day", [
    # a scraped page's own date line above the body stands in for the publication date
    ("Title\n\nPublished On 14 May 2021\n\nThe ministry said so on Tuesday.",
     dt.date(2021, 5, 14)),
    ("Title\n\n02.06.2021 10:15\n\nThe ministry said so on Tuesday.", dt.date(2021, 6, 2)),
    ("Title\n\nBy Ann Lee | June 2, 2021\n\nThe ministry said so on Tuesday.",
     dt.date(2021, 6, 2)),
    ("Title\n\nBy Ann Lee\n2021-06-02\n\nThe ministry said so on Tuesday.",
     dt.date(2021, 6, 2)),
    # with its clock, as pages print it
    ("Title\n\nJune 2, 2021 at 10:15 AM\n\nThe ministry said so on Tuesday.",
     dt.date(2021, 6, 2)),
    ("Title\n\n2021-06-02T10:15:00Z\n\nThe ministry said so on Tuesday.", dt.date(2021, 6, 2)),
    ("Title\n\n2 June 2021 | 10:15 GMT\n\nThe ministry said so on Tuesday.",
     dt.date(2021, 6, 2)),
    # a dateline's own date comes first; a date line under the body is no page date
    ("Title\n\nParis, 14 May 2021\n\nUpdated June 2, 2021\n\nThe ministry said.",
     dt.date(2021, 5, 14)),
    ("Title\n\nThe ministry said so on Tuesday.\n\nPublished June 9, 2021", None),
])
def test_a_date_line_above_the_body_dates_the_page(text: str, day: dt.date | None) -> None:
    z = zone_article(text)
    assert z.dateline_date == day
    assert "body" not in [p["zone"] for p in z.paragraphs if text[p["start"]:p[
        "end"]].startswith(("Published", "02.06", "2021-06", "Updated", "June 2", "2 June"))]


def test_a_page_date_anchors_the_time_expressions() -> None:
    c = toolkit.parse_article("Title\n\n02.06.2021 10:15\n\nThe ministry said so on Tuesday.")
    assert c.articles["published"].iloc[0] == pd.Timestamp("2021-06-02")
    assert c.timexes[["text", "value"]].values.tolist() == [["Tuesday", "2021-06-01"]]


@pytest.mark.parametrize("text, zones", [
    # Armenpress style: a headline that ends with a quoted word.
    ('Pashinyan calls Baku\'s demands "unacceptable"\n\nYEREVAN, JUNE 3, ARMENPRESS. The prime '
     "minister said so on Thursday.", ["headline", "body"]),
    # A scraped page that opens with furniture before the title.
    ("Skip to main content\nArmenia and Azerbaijan exchange fire\n\nBAKU, June 3 (Reuters) - "
     "Shots were fired overnight, Baku said.", ["boilerplate", "headline", "body"]),
    # Eurasianet style: a bulleted list inside the body is body, not subheadings.
    ("Border talks stall\n\nThe commission listed its open questions:\n• Maps from 1920s\n"
     "• Roads across the line\n\nNo date was set for new talks.",
     ["headline", "body", "body", "body", "body"]),
    # Hard-wrapped text (a newsletter pasted with line breaks) is body, not subheadings.
    ("Talks resume in Brussels\n\nThe leaders met on Sunday and agreed\nto meet again "
     "next month,\nofficials said.\n\nNo date was given.",
     ["headline", "body", "body", "body", "body"]),
    # A one-word section label under the title is not a standfirst (opinion pages).
    ("Can a border be drawn by treaty?\n\nLetters.\n\nReaders write about the talks in "
     "Brussels and what they mean for villages near the line.",
     ["headline", "body", "body"]),
])
def test_headline_and_list_shapes(text: str, zones: list[str]) -> None:
    assert [p["zone"] for p in zone_article(text).paragraphs] == zones


def test_dateline_lead_is_body_not_standfirst() -> None:
    text = "Title\n\nYEREVAN, June 2. /TASS/. Armenia said calm.\n\nMore text follows here."
    assert [p["zone"] for p in zone_article(text).paragraphs] == ["headline", "body", "body"]


@pytest.mark.parametrize("text, expected", [
    ("In this December 21, 2020 file photo", dt.date(2020, 12, 21)),
    ("Baku, 2 June 2021", dt.date(2021, 6, 2)),
    ("on Sept. 27, 2020, fighting", dt.date(2020, 9, 27)),
    ("February 30, 2021", None),
    ("June 2", None),
])
def test_parse_full_date(text: str, expected: dt.date | None) -> None:
    assert parse_full_date(text) == expected


@pytest.mark.parametrize("credit_line, agency, kind", [
    ("AFP", "AFP", "wire"),  # Daily Sabah ends agency copy with the agency's name
    ("Source: Al Jazeera and news agencies", "Al Jazeera and news agencies", "wire"),
    ("Video: Reuters", "Reuters", "video"),
])
def test_closing_credit_credits_the_copy_not_a_caption(credit_line: str, agency: str,
                                                      kind: str) -> None:
    text = ("Baku reports shooting\n\nThe ministry said a soldier was wounded on Monday, "
            "blaming Armenian units.\n\nYerevan denied it.\n\n" + credit_line)
    z = zone_article(text)
    assert [p["zone"] for p in z.paragraphs][-2:] == ["body", "credit"]
    (credit,) = z.credits
    assert (credit["agency"], credit["kind"], credit["caption_start"]) == (agency, kind, None)


def test_bbc_credit_above_its_caption() -> None:
    text, _ = load(next(p for p in all_fixtures() if p.stem == "bbc_2"))
    (credit,) = zone_article(text).credits
    assert (credit["agency"], credit["kind"]) == ("Getty Images", "photo")
    assert text[credit["caption_start"]:credit["caption_end"]].startswith("Image caption, ")


def test_credit_under_a_photo_mid_article_is_a_photo_credit() -> None:
    # TRT World: caption, then the agency alone on a line, then the story goes on.
    text = ("Turkey backs Baku\n\nTroops at a checkpoint in Kalbajar on June 2, 2021\nAA\n\n"
            "Ankara said it stood with Azerbaijan.\n\nThe ministry gave no details.")
    z = zone_article(text)
    assert [p["zone"] for p in z.paragraphs] == ["headline", "caption", "credit", "body",
                                                  "body"]
    (credit,) = z.credits
    assert (credit["agency"], credit["kind"], credit["photo_date"]) == (
        "Anadolu Agency", "photo", dt.date(2021, 6, 2))


@pytest.mark.parametrize("caption, credit, agency, day", [
    # AP web page
    ("Armenian soldiers guard a checkpoint near the border, Thursday, May 13, 2021. "
     "(AP Photo/Hayk Badalyan)", "(AP Photo/Hayk Badalyan)", "Associated Press",
     dt.date(2021, 5, 13)),
    # Reuters web page
    ("FILE PHOTO: Servicemen at a checkpoint on the road to Shusha, November 25, 2020. "
     "REUTERS/Stringer/File Photo", "REUTERS/Stringer/File Photo", "Reuters",
     dt.date(2020, 11, 25)),
    # Al Jazeera: the first agency named is the photographer's
    ("Soldiers near Goris [File: Vahram Baghdasaryan/Photolure via AP]",
     "[File: Vahram Baghdasaryan/Photolure via AP]", "Photolure", None),
])
def test_credit_inside_a_caption(caption: str, credit: str, agency: str,
                                 day: dt.date | None) -> None:
    text = f"Border standoff continues\n\n{caption}\n\nThe ministry said the troops left."
    z = zone_article(text)
    assert [p["zone"] for p in z.paragraphs] == ["headline", "caption", "body"]
    (row,) = z.credits
    assert text[row["start"]:row["end"]] == credit
    assert (row["agency"], row["kind"], row["photo_date"], row["rule"]) == (
        agency, "photo", day, "caption-inline-credit")
    assert text[row["caption_start"]:row["caption_end"]] == caption


@pytest.mark.parametrize("line", [
    "(AP Photo " * 20_000, "By " + "Abc " * 50_000, "YEREVAN, " * 20_000, "word " * 40_000,
    "Reporting by " * 20_000, "Photo: x" * 20_000, "[File: " + "a/" * 50_000,
])
def test_long_hostile_lines_zone_in_linear_time(line: str) -> None:
    started = time.perf_counter()
    z = zone_article("Title\n\n" + line + "\n\nEnd.")
    assert time.perf_counter() - started < 1.0
    assert len(z.paragraphs) == 3


@pytest.mark.parametrize("line, zone", [
    # a byline of names alone under the title (the Guardian): names with a place or joined by
    # "and", or one name over the page's date line; a section's label is none
    ("Andrew Roth in Moscow and Pjotr Sauer", ("byline", "byline-names")),
    ("Andrew Roth", ("byline", "byline-names")),
    ("Middle East", ("body", "default")),
])
def test_a_byline_of_names_alone(line: str, zone: tuple[str, str]) -> None:
    text = (f"Thousands flee Nagorno-Karabakh\n\n{line}\n\nWed 27 Sep 2023 16.20 BST\n\n"
            "More than 50,000 people have fled, officials said.")
    z = zone_article(text)
    assert (z.paragraphs[1]["zone"], z.paragraphs[1]["rule"]) == zone
    # a byline above the page's date line lets the date stand in for the publication date
    assert z.dateline_date == (dt.date(2023, 9, 27) if zone[0] == "byline" else None)


def test_a_closing_note_on_the_author_is_boilerplate() -> None:
    text = ("Border clash leaves two dead\n\nBy Joshua Kucera\n\nTwo soldiers were killed, "
            "the ministry said.\n\nThe clash came amid talks.\n\nJoshua Kucera is a "
            "journalist covering the Caucasus.")
    zones = [(p["zone"], p["rule"]) for p in zone_article(text).paragraphs]
    assert zones[-1] == ("boilerplate", "author-bio")
    # the byline's name inside the story, or with no byline, is body
    assert zones[-2] == ("body", "default")
    unsigned = zone_article(text.replace("By Joshua Kucera\n\n", "")).paragraphs
    assert unsigned[-1]["zone"] == "body"


def test_crlf_and_nbsp_lines() -> None:
    text = "Title\r\n\r\n\u00a0Body text.\u00a0\r\n"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["Title", "Body text."]


PIECES = st.sampled_from(['"', "“", "”", "«", "»", "\u00a0", "\n", "\n\n", "\r\n", "Reuters",
                          "READ MORE: x", "By Someone", "In this June 1, 2021 file photo",
                          "YEREVAN, June 2. /TASS/. ", "Loading...", "x" * 500, ". ", "y " * 2000,
                          "(AP Photo/A B)", "Image source, AFP", "\u2009", "• ",
                          "Photo: Soldiers near the border. (AFP)", "Twitter Facebook", " > ",
                          "5 min read", "Translated by A B", "Photo by A B/AFP", "Follow ",
                          " on Telegram", "Donate now.", "2021-06-02T10:15:00Z", "BAKU, May 28. ",
                          "at 10:15 AM", "/ARKA/."])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=25).map("".join))
def test_any_text_zones_without_error_and_spans_hold(text: str) -> None:
    z = zone_article(text)
    previous_end = -1
    for i, p in enumerate(z.paragraphs):
        assert p["para_id"] == i
        assert previous_end < p["start"] < p["end"] <= len(text)
        assert text[p["start"]:p["end"]] == text[p["start"]:p["end"]].strip()
        previous_end = p["end"]
    spans = {(p["start"], p["end"]): p["zone"] for p in z.paragraphs}
    for c in z.credits:
        assert any(s <= c["start"] < c["end"] <= e for s, e in spans)
        if c["caption_start"] is not None:
            assert spans[(c["caption_start"], c["caption_end"])] == "caption"
    assert zone_article(text) == z


def test_a_link_list_cut_before_its_end_takes_only_its_titles() -> None:
    text = ("Drones hit Odesa\n\nUkraine said drones struck the port overnight.\n\nKeep reading\n\n"
            "list of 2 items\n\nlist 1 of 2\n\nPhotos: Kharkiv under fire\n\nlist 2 of 2\n\n"
            "What is behind the drone war?\n\nThe governor said two people were wounded.\n")
    assert [p["zone"] for p in zone_article(text).paragraphs] == [
        "headline", "standfirst", "related", "boilerplate", "boilerplate", "related",
        "boilerplate", "related", "body"]
