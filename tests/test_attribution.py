"""Attribution: the seed's figures, every pattern in outlet styles, and any text."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit
from toolkit.attribution import find_quotes, resolve_actor
from toolkit.packs import load_pack
from toolkit.paths import data_dir

SEED = (data_dir() / "articles" / "000_cc3c80c0ca6af665.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return toolkit.parse_article(SEED, published="2021-06-02").attributions


def row(table: pd.DataFrame, content_start: str) -> pd.Series:
    hits = table[table["content"].str.startswith(content_start)]
    assert len(hits) == 1, (content_start, table["content"].tolist())
    return hits.iloc[0]


def test_seed_direct_quotes_with_resolved_speakers(seed: pd.DataFrame) -> None:
    first = row(seed, '"As a result of urgent actions')
    assert (first["kind"], first["source"], first["cue"], first["channel"]) == (
        "direct", "Azerbaijan's defence ministry", "said", "in a statement on Wednesday")
    second = row(seed, '"No weapons were used')
    assert (second["source"], second["speaker"], second["actor"]) == (
        "it", "Azerbaijan's defence ministry", "Azerbaijan Ministry of Defence")
    relay = row(seed, '"Such disinformation')
    assert (relay["speaker"], relay["actor"], relay["side"], relay["via"], relay["rule"]) == (
        "Armenia's defence ministry", "Armenia Ministry of Defence", "ARM", "TASS", "relay")
    assert relay["cue"] == "cited Armenia's defence ministry as saying"


def test_seed_indirect_claims_and_headline(seed: pd.DataFrame) -> None:
    headline = row(seed, "foiled Armenian incursion")
    assert (headline["kind"], headline["source"], headline["side"]) == (
        "headline", "Azerbaijan", "AZE")
    standfirst = row(seed, "around 40 Armenian armed forces")
    assert (standfirst["kind"], standfirst["actor"]) == (
        "indirect", "Azerbaijan Ministry of Defence")
    body = row(seed, "around 40 Armenian military personnel")
    assert body["content"].endswith("forced to retreat")


def test_seed_denials(seed: pd.DataFrame) -> None:
    denials = seed[seed["stance"] == "deny"]
    assert set(denials["side"]) == {"ARM"}
    assert set(denials["rule"]) == {"passive-denial", "cue-then-content"}
    assert "the accusations" in set(denials["content"])


def test_seed_mixed_quotes(seed: pd.DataFrame) -> None:
    mixed = seed[seed["kind"] == "mixed"]
    assert set(mixed["content"]) == {'Armenia\'s move as a "provocation"',
                                     'its neighbour\'s claims as "disinformation"'}
    assert set(mixed["side"]) == {"AZE", "ARM"}


def test_seed_voices() -> None:
    c = toolkit.parse_article(SEED, published="2021-06-02")
    voices = c.sentences.set_index("sent_id")["voice"]
    text = {r.sent_id: SEED[r.start:r.end] for r in c.sentences.itertuples()}
    quoted = next(i for i, t in text.items() if t.startswith('"Such disinformation'))
    assert voices[quoted] == "ARM"
    narration = next(i for i, t in text.items() if t.startswith("Relations between"))
    assert voices[narration] == "narrator"


def attributions(text: str) -> pd.DataFrame:
    return toolkit.parse_article("Headline\n\n" + text).attributions


def columns(text: str, *names: str) -> list[list[Any]]:
    """The attributions of ``text``, a list of ``names`` values per row (None where missing)."""
    return [[None if pd.isna(value) else value for value in row]
            for row in attributions(text)[list(names)].values.tolist()]


@pytest.mark.parametrize("text, kind, content, source, cue", [
    # Reuters: quote, then cue and source.
    ('"We will not allow provocations," Aliyev said.', "direct",
     '"We will not allow provocations,"', "Aliyev", "said"),
    # AP: inverted cue.
    ('"The border is calm," said Shushan Stepanyan.', "direct", '"The border is calm,"',
     "Shushan Stepanyan", "said"),
    # TASS: cue before a quote with a colon.
    ('Lavrov told reporters: "Moscow is ready to help."', "direct",
     '"Moscow is ready to help."', "Lavrov", "told"),
    # Guillemets (Russian-language wires rendered in English).
    ("Zakharova said: «We call for restraint.»", "direct", "«We call for restraint.»",
     "Zakharova", "said"),
    # Indirect with "that", which the content keeps (as PolNeAR and PARC code it).
    ("The ministry said that the situation was under control.", "indirect",
     "that the situation was under control", "The ministry", "said"),
    # Indirect, cue after the content.
    ("The situation on the border remained stable, the ministry said.", "indirect",
     "The situation on the border remained stable", "the ministry", "said"),
    # According to.
    ("According to Armenpress, two soldiers were wounded.", "according_to",
     "two soldiers were wounded", "Armenpress", "According to"),
    ("Two soldiers were wounded, according to the ministry.", "according_to",
     "Two soldiers were wounded", "the ministry", "according to"),
    # an abbreviation that closes its sentence: the source is the whole "U.N."
    ("At least 800 people have been killed, according to the U.N. The city was hit again.",
     "according_to", "At least 800 people have been killed", "the U.N.", "according to"),
    # Appositive source.
    ("Hikmet Hajiyev, an aide to the president, said the units had withdrawn.", "indirect",
     "the units had withdrawn", "Hikmet Hajiyev, an aide to the president,", "said"),
    # AP: a possessive determiner opens the source.
    ("His spokesman said the talks would resume on Monday.", "indirect",
     "the talks would resume on Monday", "His spokesman", "said"),
    # Reuters: inverted source closing the sentence.
    ("Two shells hit the village overnight, said a local official.", "indirect",
     "Two shells hit the village overnight", "a local official", "said"),
    # NYT: a title and an initial stay inside the name.
    ('"We are ready to talk," said Sen. John F. Smith.', "direct", '"We are ready to talk,"',
     "Sen. John F. Smith", "said"),
    # AP: a participle clause takes the subject of its sentence.
    ("Azerbaijan has closed the road, saying the convoy carried weapons.", "indirect",
     "the convoy carried weapons", "Azerbaijan", "saying"),
    # Reuters: a closing ", a diplomat said" is not part of the inner content.
    ("The minister told envoys that talks would resume, a diplomat said.", "indirect",
     "that talks would resume", "The minister", "told"),
    # AFP: a semicolon ends the content.
    ("Baku said the road was open; traffic resumed by noon.", "indirect", "the road was open",
     "Baku", "said"),
    # Washington Post: a mixed quote whose own comma does not end the content.
    ('He says Armenia is "stalling, again and again" in the talks.', "mixed",
     'Armenia is "stalling, again and again" in the talks', "He", "says"),
    # Guardian: the narrator's gloss after a dash or a "but" is not the speaker's.
    ('Aliyev described the talks as "a dead end" — a charge Yerevan rejects.', "mixed",
     'the talks as "a dead end"', "Aliyev", "described"),
    ('Pashinyan called the shelling "a provocation," but stopped short of blaming Baku.',
     "mixed", 'the shelling "a provocation,"', "Pashinyan", "called"),
    # Al Jazeera: a name ending in -ed is no adjective before a noun.
    ("Rashid Ahmed said the convoy had passed the checkpoint.", "indirect",
     "the convoy had passed the checkpoint", "Rashid Ahmed", "said"),
    # Scraped text that opens a quote curly and closes it straight.
    ('\u201cWe will not allow this," Aliyev said.', "direct", '\u201cWe will not allow this,"',
     "Aliyev", "said"),
    # Scraped text that closes a quote with an opening mark.
    ("Aliyev called the shelling \u201cabhorrent\u201c in a tweet.", "mixed",
     "the shelling \u201cabhorrent\u201c in a tweet", "Aliyev", "called"),
    # AFP: a time and a place after an end cue are not its content.
    ("The truce is holding, Pashinyan said Tuesday in Yerevan, noting that no shots were "
     "fired.", "indirect", "The truce is holding", "Pashinyan", "said"),
    # and when or where, however long, with no verb of its own
    ("Moscow is ready to help, Lavrov said after talks with his Armenian counterpart.",
     "indirect", "Moscow is ready to help", "Lavrov", "said"),
    ("The talks were useful, Lavrov said after meeting his Armenian counterpart in Moscow on "
     "Friday.", "indirect", "The talks were useful", "Lavrov", "said"),
    # but a clause after "in" is what was said
    ("Pence said in politics it takes time to build trust.", "indirect",
     "in politics it takes time to build trust", "Pence", "said"),
    # NYT: an aside between the name and the cue is not part of the name.
    ("Pashinyan, at a news conference in Yerevan, said, \u201cWe are ready for talks.\u201d",
     "direct", "\u201cWe are ready for talks.\u201d", "Pashinyan", "said"),
    ("Ruben Hakobyan, who heads the village council, said the shelling stopped at dawn.",
     "indirect", "the shelling stopped at dawn", "Ruben Hakobyan", "said"),
    # AP: a participle after an opening phrase takes the subject of the main clause.
    ('During a visit to Shusha on Tuesday, Aliyev toured the ruins, saying, "This was a '
     'city."', "direct", '"This was a city."', "Aliyev", "saying"),
    # Reuters: a participle after a relative clause hangs on the main clause.
    ("Aliyev rejected a plan by an envoy who said talks should move to Geneva, saying they "
     "must stay in the region.", "indirect", "they must stay in the region", "Aliyev",
     "saying"),
    # AP: a quote that closes the sentence before is not the content of "He told … that".
    ('Aliyev promised "a just peace." He told reporters in Baku that the border would open.',
     "indirect", "that the border would open", "He", "told"),
    # Guardian: an elided year ("the '90s") opens no quote, so the cue after it counts.
    ("Back in the '90s the village had three schools, Stepanyan said.", "indirect",
     "Back in the '90s the village had three schools", "Stepanyan", "said"),
    # NYT: an adverb of frequency between subject and cue.
    ("Lamenting the war, refugees often say, ''Our homes are gone.''", "direct",
     "''Our homes are gone.''", "refugees", "often say"),
    # Washington Post: a span of time after the cue is not its content.
    ("\u201cWe lost everything,\u201d she said several months after the war, and her "
     "village is still empty.", "direct", "\u201cWe lost everything,\u201d", "she", "said"),
    # Chicago Tribune: a sentence that opens with its cue, then the source, then the quote.
    ("Said Anna Petrosyan, who grew up in the village, \u201cWe were all proud of him.\u201d",
     "direct", "\u201cWe were all proud of him.\u201d", "Anna Petrosyan", "Said"),
    # AP: "a mother of three replied": a number before a speech verb is no determiner.
    ('Asked about the shelling, the mother of three replied, "We sleep in the basement."',
     "direct", '"We sleep in the basement."', "the mother of three", "replied"),
    # Reuters: "a hastily called meeting" holds no cue.
    ("After a hastily called meeting, the council said it would send observers.", "indirect",
     "it would send observers", "the council", "said"),
    # AP: a participle after a closing quote's comma; the quote is no inverted source.
    ('Aliyev gave a defence of the "iron fist," saying the army had done its duty.',
     "indirect", "the army had done its duty", "Aliyev", "saying"),
    # Reuters: an irregular past verb ("went") and a place in commas before the subject.
    ("He went further on Tuesday, saying the talks had failed.", "indirect",
     "the talks had failed", "He", "saying"),
    ("At a rally in Ganja, Azerbaijan, on Sunday, Aliyev tried to calm the crowd, saying the "
     "war was over.", "indirect", "the war was over", "Aliyev", "saying"),
    # AP: a cue coordinated with a verb that is no cue takes the sentence's subject.
    ("Aliyev, the president, toured Shusha and said the city would be rebuilt.", "indirect",
     "the city would be rebuilt", "Aliyev, the president,", "said"),
    # Anadolu: a participial aside between the name and its cue is not the source.
    ("Erdogan, speaking to reporters in Ankara, said the deal was a victory.", "indirect",
     "the deal was a victory", "Erdogan", "said"),
    # Reuters and Armenpress leads: the wire dateline is the outlet's, not the source's words.
    ("BAKU, Sept 13 (Reuters) - Armenian forces shelled positions near Kalbajar overnight, "
     "the defence ministry said.", "indirect",
     "Armenian forces shelled positions near Kalbajar overnight", "the defence ministry",
     "said"),
    ("YEREVAN, September 13 /ARMENPRESS/ — The shelling targeted Jermuk, the ministry said.",
     "indirect", "The shelling targeted Jermuk", "the ministry", "said"),
    # "since" and "so far" between the auxiliary and the cue
    ("The ministry has since denied that its troops crossed the border.", "indirect",
     "that its troops crossed the border", "The ministry", "has since denied"),
    ("Pashinyan has since called on the CSTO to intervene.", "indirect",
     "the CSTO to intervene", "Pashinyan", "has since called on"),
])
def test_patterns(text: str, kind: str, content: str, source: str, cue: str) -> None:
    table = attributions(text)
    hit = table[table["content"] == content]
    assert len(hit) == 1, table[["kind", "content", "source", "cue"]].to_string()
    assert (hit.iloc[0]["kind"], hit.iloc[0]["source"], hit.iloc[0]["cue"]) == (
        kind, source, cue)


def test_split_quote_is_one_attribution() -> None:
    text = '"The units withdrew," she said, "and the border is calm."'
    (a,) = attributions(text).itertuples()
    assert a.content == text[:20] + text[20:].split("said, ")[0] + 'said, "and the border ' \
        'is calm."'
    assert len(a.content_spans) == 2
    base = len("Headline\n\n")
    assert a.content_spans[0] == [base, base + len('"The units withdrew,"')]


def test_split_quote_around_a_long_appositive() -> None:
    text = ('"This used to be Russia\'s back yard," said Thomas de Waal, a senior fellow at '
            'Carnegie Europe and a historian of the South Caucasus, "but it is becoming '
            'Turkey\'s."')
    (a,) = attributions(text).itertuples()
    assert pieces(text, a.content_spans) == [
        '"This used to be Russia\'s back yard,"', '"but it is becoming Turkey\'s."']
    assert a.speaker == "Thomas de Waal"


def test_a_quote_after_a_participle_cue_is_not_a_split_quote() -> None:
    text = ('"I regard him as an old friend," Lavrov told reporters, noting that he and the '
            'minister, both veterans of the talks, "have spoken often for years."')
    first = attributions(text).iloc[0]
    assert pieces(text, first.content_spans) == ['"I regard him as an old friend,"']


def test_parenthetical_cue_wraps_its_content() -> None:
    # NYT: the source and cue sit inside the content, which keeps both pieces.
    text = "The ceasefire, the ministry said, was broken twice overnight."
    (a,) = attributions(text).itertuples()
    pieces = ["Headline\n\n" + text][0]
    assert [pieces[s:e] for s, e in a.content_spans] == [
        "The ceasefire", "was broken twice overnight"]
    assert a.source == "the ministry"


def test_a_participle_after_a_parenthetical_cue_is_its_own_row() -> None:
    text = ("The strikes were \"deliberate\" and aimed at civilians, she said, citing the "
            "shelling of Ganja.")
    rows = attributions(text).set_index("cue")
    assert pieces(text, rows.loc["said", "content_spans"]) == [
        'The strikes were "deliberate" and aimed at civilians']
    assert rows.loc["citing", "content"] == "the shelling of Ganja"


def test_quote_resumes_in_the_next_sentence_unless_it_has_a_cue() -> None:
    # Reuters: '"…," X said. "…"' is one attribution in two pieces.
    joined = attributions('"We will not retreat," Pashinyan said. "Not one step."')
    assert joined["content_spans"].map(len).tolist() == [2]
    # the second quote has a cue of its own: it is not the first speaker's
    apart = attributions('"We will not retreat," Pashinyan said. "Lies" is what it was, '
                         "Aliyev replied.")
    assert apart[apart["source"] == "Pashinyan"]["content_spans"].map(len).tolist() == [1]


@pytest.mark.parametrize("text, row", [
    # after a quotation, whom a warning is addressed to is no content
    ('"We will respond," Iran warned Israel.', ["Iran", "warned", '"We will respond,"']),
    ('"Calm down," he reminded them.', ["he", "reminded", '"Calm down,"']),
    # but a clause after it is
    ('"We will respond," Iran warned Israel would pay a price.',
     ["Iran", "warned", "Israel would pay a price"]),
])
def test_the_one_warned_after_a_quote(text: str, row: list[str]) -> None:
    assert columns(text, "source", "cue", "content") == [row]


@pytest.mark.parametrize("text, rows", [
    # a quotation that closes the sentence before the cue is the cue's only when it stands as
    # a sentence of its own
    ('"Is this a war-torn country?" Graham asked.',
     [["Graham", "asked", '"Is this a war-torn country?"']]),
    ('The army said it had withdrawn "to preserve the lives of civilians." It did not say when '
     "the withdrawal began.",
     [["The army", "said", 'it had withdrawn "to preserve the lives of civilians."'],
      ["It", "did not say", "when the withdrawal began"]]),
])
def test_a_quote_in_the_sentence_before(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


def test_quote_after_an_interruption_goes_on_the_last_speaker() -> None:
    # AP: a narrator's sentence between two quotes of one speaker, then a new quote with a
    # cue of its own, which stays apart.
    text = ('"We saw the shells land," Stepanyan said after the funeral. He did not say '
            'who fired. "Nobody came to help us." "It is over," a neighbour said.')
    table = attributions(text)
    first = table[table["source"] == "Stepanyan"].iloc[0]
    assert pieces(text, first["content_spans"]) == [
        '"We saw the shells land,"', '"Nobody came to help us."']
    assert table[table["source"] == "a neighbour"]["content"].tolist() == ['"It is over,"']


def test_quote_after_a_conjunction_goes_on_the_last_speaker() -> None:
    # Washington Post: 'But "…"' opens a sentence that goes on quoting the last speaker.
    text = ('"We are not against talks," Aliyev said in Baku. But "the occupation must '
            'end first."')
    (a,) = attributions(text).itertuples()
    assert pieces(text, a.content_spans) == ['"We are not against talks,"',
                                             '"the occupation must end first."']


def test_speaker_label_inside_a_paragraph() -> None:
    # HuffPost newsletter round-ups: "HEADLINE - Name: “…”" several times in a paragraph.
    text = ("TRUCE HOLDS IN KARABAKH - Anna Petrosyan: \u201cThe villages are quiet.\u201d "
            "More shelling overnight - Elnur Aliyev: \u201cWe heard it all night.\u201d")
    table = attributions(text)
    assert table[["source", "cue", "kind"]].values.tolist() == [
        ["Anna Petrosyan", ":", "direct"], ["Elnur Aliyev", ":", "direct"]]
    assert table["content"].tolist() == ["\u201cThe villages are quiet.\u201d",
                                         "\u201cWe heard it all night.\u201d"]


def test_second_quote_after_a_cue_with_a_place_in_commas() -> None:
    # AP: '"…," X said at a rally in Ganja, Azerbaijan, "…"' is one quote in two pieces.
    text = ('"The war is over," Aliyev said at a rally in Ganja, Azerbaijan, "and the '
            'refugees will go home."')
    (a,) = attributions(text).itertuples()
    assert pieces(text, a.content_spans) == [
        '"The war is over,"', '"and the refugees will go home."']


def pieces(text: str, spans: list[list[int]]) -> list[str]:
    """The surface of each content piece, in the text that :func:`attributions` parses."""
    full = "Headline\n\n" + text
    return [full[s:e] for s, e in spans]


@pytest.mark.parametrize("text, row", [
    # a verb of speech raised after a passive one is its subject's: "X is reported to have
    # told …"; a passive with no such verb names no source
    ("Pashinyan is reported to have told the cabinet that peace was within reach.",
     ["Pashinyan", "is reported to have told", "that peace was within reach"]),
    ("Aliyev was said to have warned that Baku would respond.",
     ["Aliyev", "was said to have warned", "that Baku would respond"]),
    ("It is reported that the border was closed.", [None, "is reported",
                                                   "that the border was closed"]),
])
def test_a_verb_of_speech_after_a_passive_one(text: str, row: list[str | None]) -> None:
    assert columns(text, "source", "cue", "content")[0] == row


@pytest.mark.parametrize("text, row", [
    # a passive cue names its source after "by", before the that-clause
    ("The BBC has been told by a senior Ukrainian official that air defences were stretched.",
     ["a senior Ukrainian official", "that air defences were stretched"]),
    ("It was announced by the ministry that the border would close.",
     ["the ministry", "that the border would close"]),
])
def test_the_agent_of_a_passive_cue(text: str, row: list[str]) -> None:
    assert columns(text, "source", "content") == [row]


@pytest.mark.parametrize("text, source", [
    ("It was reported that two soldiers were wounded near the border.", None),
    ("New talks were announced for next week in Moscow.", None),
])
def test_passive_cues_name_no_source(text: str, source: str | None) -> None:
    table = attributions(text)
    assert len(table) == 1 and table["source"].isna().all()


@pytest.mark.parametrize("text, rows", [
    # the participle of an accusation with its charge right after it describes the accused:
    # no one is named as accusing, and the charge ends at a comma or the sentence's verb
    ("Cuba released Alan Gross, a contractor accused of spying, but the administration "
     "insisted there was no swap.",
     [[None, "accused", "of spying"], ["the administration", "insisted", "there was no swap"]]),
    ("Fighters accused of looting were arrested on Monday.",
     [[None, "accused", "of looting"]]),
    # and the phrase it opens does not keep its noun from speaking
    ("The woman blamed for the crash told reporters that she was innocent.",
     [[None, "blamed", "for the crash"],
      ["The woman blamed for the crash", "told", "that she was innocent"]]),
    ("The RSF, accused of killing scores, denied the charges.",
     [["The RSF, accused of killing scores,", "denied", "the charges"]]),
    # but with its object, or after a relative pronoun, it is the accuser's
    ("The RSF accused the army of killing scores.",
     [["The RSF", "accused", "the army of killing scores"]]),
    ("It is the group which Hollande blamed for the attacks.",
     [["Hollande", "blamed", "for the attacks"]]),
])
def test_the_accused_is_no_source(text: str, rows: list[list[str | None]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


@pytest.mark.parametrize("text, content", [
    # the time between a cue and its content is neither: dates as wires write them
    ("The Air Force reported on Nov. 28 that 38 drones were downed.",
     "that 38 drones were downed"),
    ("The ministry said on 28 November that the strike killed five.",
     "that the strike killed five"),
    ("The ministry said on November 28, 2024 that the strike killed five.",
     "that the strike killed five"),
    ("The army said late on Tuesday night that it had withdrawn.", "that it had withdrawn"),
    # and a time after a closing cue leaves the content before it
    ("Russia launched 47 drones overnight, the Air Force reported on the morning of Nov. 28.",
     "Russia launched 47 drones overnight"),
])
def test_a_date_after_the_cue_is_no_content(text: str, content: str) -> None:
    assert columns(text, "content") == [[content]]


def test_dash_signed_quotes_line_by_line() -> None:
    # HuffPost-style reader round-ups: one quote a line, signed after a dash.
    text = ("\u201dWe want peace.\u201d \u2015 Anna Petrosyan\n"
            "\u201cWe are tired of war.\u201d \u2015 Elnur Aliyev.")
    table = attributions(text)
    assert table["source"].tolist() == ["Anna Petrosyan", "Elnur Aliyev"]
    assert set(table["rule"]) == {"quote-dash"} and set(table["kind"]) == {"direct"}


def test_a_rubric_before_a_headline_is_no_content() -> None:
    table = attributions("Ukraine war: Russian strike on Sumy kills 11, officials say\n\n"
                         "The strike hit a residential area.")
    assert table[["source", "content"]].values.tolist()[0] == [
        "officials", "Russian strike on Sumy kills 11"]


def test_title_case_headline_cue() -> None:
    table = toolkit.parse_article("Peace Deal Could Hold, Pashinyan Says\n\nBody text.")
    (a,) = table.attributions.itertuples()
    assert (a.kind, a.source, a.cue) == ("headline", "Pashinyan", "Says")


def test_title_case_headline_quote_ends_before_a_time_phrase() -> None:
    table = toolkit.parse_article(
        "Aliyev Vows \u2018Iron Fist\u2019 After Ganja Strike\n\nBody text.").attributions
    assert table["content"].tolist() == ["\u2018Iron Fist\u2019"]


def test_title_case_headline_with_a_short_subject() -> None:
    # Fox News style headlines: a one- or two-word subject before the capitalised cue.
    for headline, source in [("Aliyev Calls Talks \u2018A Waste Of Time\u2019", "Aliyev"),
                             ("Yerevan Mayor Slams Closure Of Lachin Road", "Yerevan Mayor")]:
        table = toolkit.parse_article(headline + "\n\nBody text.").attributions
        assert table["source"].tolist() == [source], headline


def test_headline_with_a_short_name_before_a_colon() -> None:
    # Breitbart-style headlines: "Name: … 'quoted words' …"; a section head is no speaker.
    table = toolkit.parse_article("Zakharova: Baku's \u2018Provocation\u2019 Threatens "
                                  "Truce\n\nBody text.").attributions
    assert table[["source", "cue"]].values.tolist() == [["Zakharova", ":"]]
    assert table["content"].tolist() == ["Baku's \u2018Provocation\u2019 Threatens Truce"]
    table = toolkit.parse_article("Analysis: Baku's \u2018Provocation\u2019 Threatens "
                                  "Truce\n\nBody text.").attributions
    assert table.empty


def test_headline_name_before_a_colon_who_speaks_in_the_story() -> None:
    # "Name: claim" over a story in which that name speaks: theirs, though the pack does not
    # know the name; a rubric that speaks nowhere in the story stays a rubric
    body = "\n\nKYIV (Reuters) - Ukraine will not cede land, Zelensky said on Tuesday."
    table = toolkit.parse_article("Zelensky: Ukraine will not give up territory" + body
                                  ).attributions
    assert table[["kind", "source", "content"]].values.tolist() == [
        ["headline", "Zelensky", "Ukraine will not give up territory"],
        ["indirect", "Zelensky", "Ukraine will not cede land"]]
    table = toolkit.parse_article("Ukraine war: Russia strikes Kharkiv" + body).attributions
    assert table["source"].tolist() == ["Zelensky"]


def test_cognition_cue_inside_reported_speech_is_no_attribution() -> None:
    # Reuters: "He said the allies will seek …" reports his words; the allies seek nothing
    # that the story attributes to them.
    table = attributions("He said Baku and its allies will seek new talks in Moscow.")
    assert table["cue"].tolist() == ["said"]


def test_quote_before_a_sentence_with_a_cognition_cue_is_not_its_content() -> None:
    # AP: '"…" X plans to …' is a new sentence about plans, not a cue for the quote.
    table = attributions('Aliyev promised peace "without delay." Pashinyan plans to visit '
                         "Moscow on Sunday.")
    assert '"without delay."' not in set(table[table["cue"] == "plans"]["content"])


def test_capitalised_cue_words_inside_names_are_not_cues() -> None:
    table = attributions("Secretary of State Antony Blinken said the sides had agreed.")
    assert table["cue"].tolist() == ["said"]
    assert table["source"].tolist() == ["Secretary of State Antony Blinken"]


def test_quote_continued_in_the_next_paragraph() -> None:
    text = ('Pashinyan said: "We will defend our borders.\n\n'
            '"We will not give up a single village."')
    (row,) = attributions(text).itertuples()
    assert row.speaker == "Pashinyan"
    assert len(row.content_spans) == 2  # one attribution, a piece per paragraph
    assert row.content.endswith('a single village."')


@pytest.mark.parametrize("text, source", [
    # two names coordinated before the cue are its source together
    ("Armenia and Azerbaijan accused each other of violating the ceasefire.",
     "Armenia and Azerbaijan"),
    ("Kyiv and its Western allies say the strikes amount to war crimes.",
     "Kyiv and its Western allies"),
    ("Both Moscow and Ankara said the monitoring centre would open.", "Both Moscow and Ankara"),
    # a list of names that opens the sentence; an adverb before a comma is none of them
    ("The United States, France and Russia, which co-chair the Minsk Group, called for calm.",
     "The United States, France and Russia"),
    ("Still, both the United States and Russia said the truce would hold.",
     "both the United States and Russia"),
    ("In Moscow, Russia and France said talks would resume.", "Russia and France"),
    # not a name after a verb ("hit Ganja"), nor a pronoun, which is a subject of its own
    ("The drones hit Ganja and officials said two people died.", "officials"),
    ("She and her aides have vowed to win back trust.", "her aides"),
])
def test_coordinated_names_are_one_source(text: str, source: str) -> None:
    assert attributions(text)["source"].tolist() == [source]


@pytest.mark.parametrize("mention, actor, side", [
    ("Azerbaijan's defence ministry", "Azerbaijan Ministry of Defence", "AZE"),
    ("the Azerbaijani Defence Ministry", "Azerbaijan Ministry of Defence", "AZE"),
    ("Azerbaijan's MoD", "Azerbaijan Ministry of Defence", "AZE"),
    ("Armenia’s defence ministry", "Armenia Ministry of Defence", "ARM"),
    ("Russia's TASS news agency", "TASS", "RUS"),
    ("Baku", "Government of Azerbaijan", "AZE"),  # a capital for its government
    ("the Kremlin", "Government of Russia", "RUS"),
    ("the Armenian side", "Government of Armenia", "ARM"),
    ("residents of Baku", None, "AZE"),  # people of a place, not its government
    ("Armenians", None, "ARM"),
    ("both countries", None, "ARM;AZE"),
    ("local residents", None, None),
    ("the OSCE Minsk Group co-chairs", "OSCE Minsk Group", None),
    # rights and humanitarian bodies the conflict's coverage cites; a common noun is none
    ("Human Rights Watch", "Human Rights Watch", None),
    ("the ICRC", "International Committee of the Red Cross", None),
    ("NATO Secretary General Jens Stoltenberg", "NATO", None),
    # the Karabakh Armenians' de facto authorities, on the Armenian side of the pack's parties
    ("the separatist authorities in Stepanakert", "Nagorno-Karabakh de facto authorities",
     "ARM"),
    ("Artsakh's Foreign Ministry", "Nagorno-Karabakh de facto authorities", "ARM"),
    ("an amnesty commission", None, None),
    # an appositive describes the speaker; a name that owns something is not the speaker
    ("Russia, Armenia's closest ally,", "Government of Russia", "RUS"),
    ("Moscow, Yerevan's main ally,", "Government of Russia", "RUS"),
    ("Aliyev's aide, Hikmet Hajiyev,", "Hikmet Hajiyev", "AZE"),
    # one of someone's people, not in the pack, is of their side but not them
    ("Pashinyan's lawyer Aram Vardevanyan", None, "ARM"),
    ("the Armenian prime minister's press secretary, Mane Gevorgyan,", None, "ARM"),
    ("Pashinyan's lawyer, Aram Vardevanyan,", None, "ARM"),
    ("Pashinyan's office", "Nikol Pashinyan", "ARM"),
    # the security services and officials of the border incidents of 2021-2023
    ("Azerbaijan's State Security Service", "State Security Service of Azerbaijan", "AZE"),
    ("Nagorno-Karabakh's separatist leader Arayik Harutyunyan", "Arayik Harutyunyan", "ARM"),
    ("Armenian Defence Minister Suren Papikyan", "Suren Papikyan", "ARM"),
    # a role, then the one in the pack who holds it: the person, not the body of the role
    ("Head of the Press Service of the Ministry of Defense of Azerbaijan, Colonel Vagif "
     "Dargahli,", "Vagif Dargahli", "AZE"),
    # a named spokesperson in the pack is the speaker, not the body named before the name
    ("Russian Foreign Ministry spokeswoman Maria Zakharova", "Maria Zakharova", "RUS"),
    ("Armenian Defence Ministry spokesperson Shushan Stepanyan", "Shushan Stepanyan", "ARM"),
    ("Azerbaijani Defence Ministry spokesman Vagif Dargahli", "Vagif Dargahli", "AZE"),
    ("Foreign Ministry spokeswoman Leyla Abdullayeva", "Leyla Abdullayeva", "AZE"),
    # one not in the pack leaves the body named before the name
    ("Azerbaijani Defence Ministry spokesman Rashad Karimli", "Azerbaijan Ministry of Defence",
     "AZE"),
    # a title in the pack names its holder only when no other name follows it; with no date,
    # its present holder
    ("US President Joe Biden", "Joe Biden", "USA"),
    ("the US President", "Joe Biden", "USA"),
    ("US President Donald Trump", "Donald Trump", "USA"),
    ("US President Ronald Reagan", None, "USA"),
    ("Secretary of State Hillary Clinton", None, "USA"),
    ("French President Jacques Chirac", None, "FRA"),
    # nor when another country holds it: "France's secretary of state" is not the US one
    ("France's secretary of state for the elderly, Pascale Boistard,", None, "FRA"),
    ("the US secretary of state", "Antony Blinken", "USA"),
    ("Kremlin spokesman Sergei Ivanov", None, "RUS"),
    ("President Aliyev", "Ilham Aliyev", "AZE"),
    # "the X leader" is the title of the one who leads: Azerbaijan's president, Armenia's
    # prime minister since 2018 (its president before)
    ("The Azerbaijani leader", "Ilham Aliyev", "AZE"),
    ("the Armenian leader", "Nikol Pashinyan", "ARM"),
    ("the Armenian opposition leader", None, "ARM"),
    # a place in a newspaper's name gives it no side; a broadcaster's nationality does
    ("the Washington Post", None, None),
    ("the Kyiv Independent", None, None),
    ("The Armenian Mirror-Spectator", None, None),
    ("Russian state TV", None, "RUS"),
    # officials of the countries beside the conflict keep their side
    ("Ukrainian officials", "Government of Ukraine", "UKR"),
    ("Kyiv", "Government of Ukraine", "UKR"),
    ("the Israeli military", None, "ISR"),
    ("British officials", "Government of the United Kingdom", "GBR"),
    # ministries named as translated agency copy names them
    ("The Foreign Ministry of Azerbaijan", "Azerbaijan Ministry of Foreign Affairs", "AZE"),
    ("the Armenian MFA", "Armenia Ministry of Foreign Affairs", "ARM"),
    # media under their own name, and a state broadcaster's side
    ("the BBC", "BBC", None),
    ("TRT World", "TRT World", "TUR"),
    ("CNN's Dana Bash", None, None),
    # two names as one subject: each speaks for its side; one actor only when both are it
    ("Pashinyan and Aliyev", None, "ARM;AZE"),
    ("Armenia and Azerbaijan", None, "ARM;AZE"),
    ("President Aliyev and Ilham Aliyev", "Ilham Aliyev", "AZE"),
    ("The United States, France and Russia", None, "FRA;RUS;USA"),
])
def test_actors_and_sides_from_the_pack(mention: str, actor: str | None,
                                        side: str | None) -> None:
    assert resolve_actor(mention, load_pack()) == (actor, side)


@pytest.mark.parametrize("mention, day, actor", [
    # offices held in turn: the holder on the article's date
    ("the US President", dt.date(2020, 10, 5), "Donald Trump"),
    ("the US President", dt.date(2016, 4, 3), "Barack Obama"),
    ("the US President", dt.date(2021, 6, 2), "Joe Biden"),
    ("Secretary of State", dt.date(2020, 10, 5), "Mike Pompeo"),
    ("the Armenian president", dt.date(2016, 4, 3), "Serzh Sargsyan"),
    ("the Armenian president", dt.date(2021, 6, 2), "Armen Sarkissian"),
    ("the Armenian president", dt.date(2023, 1, 1), "Vahagn Khachaturyan"),
    ("the Russian President", dt.date(2010, 1, 1), "Dmitry Medvedev"),
    ("the Armenian leader", dt.date(2016, 4, 3), "Serzh Sargsyan"),
    ("the Armenian leader", dt.date(2021, 6, 2), "Nikol Pashinyan"),
    # the first day of a term is the new holder's, the day it ends is no longer the old one's
    ("the US President", dt.date(2021, 1, 20), "Joe Biden"),
    ("the US President", dt.date(2021, 1, 19), "Donald Trump"),
    # between two holders (Armenia, February 2022) nobody; a name is a name on any date
    ("the Armenian president", dt.date(2022, 2, 15), None),
    ("Donald Trump", dt.date(2023, 1, 1), "Donald Trump"),
])
def test_titles_name_their_holder_on_the_day(mention: str, day: dt.date,
                                             actor: str | None) -> None:
    assert resolve_actor(mention, load_pack(), day)[0] == actor


@pytest.mark.parametrize("text, speaker", [
    # "she" skips a speaker the pack or a title says is a man, "he" one who is a woman
    ("Zakharova said the talks had stalled. Putin said the border was calm. She said Moscow "
     "would mediate.", "Zakharova"),
    ("Ms. Petrosyan said the village was shelled. Mr. Mammadov denied it. She said the "
     "shelling went on.", "Ms. Petrosyan"),
    ("Zakharova said the talks had stalled. He said the border was calm.", "He"),
    # and "he" is no armed or state body
    ("Armen Grigoryan said the talks had stalled. The Air Force said 40 drones were downed. "
     "He said the war could end next year.", "Armen Grigoryan"),
    ("The General Staff said the line held. He said the war could end next year.", "He"),
    # an object pronoun after "according to"
    ("Acting Governor Alexander Khinshtein wrote that a woman was injured. According to him, "
     "she was taken to hospital.", "Acting Governor Alexander Khinshtein"),
    # a body named again by its head noun, but not a person who holds a post in it
    ("The Air Force of the Armed Forces of Ukraine reported 52 drones. \"Thirty were downed,\" "
     "the Air Force said.", "The Air Force of the Armed Forces of Ukraine"),
    ("Supreme Court Justice Frank Nervo said the case was closed. The court found no merit in "
     "it.", "The court"),
    # and a single unnamed source, then "the source"
    ("A source in the emergency services told TASS that a fire broke out. No one was hurt, "
     "the source added.", "A source in the emergency services"),
])
def test_pronouns_agree_in_gender(text: str, speaker: str) -> None:
    assert attributions(text)["speaker"].tolist()[-1] == speaker


@pytest.mark.parametrize("mention, actor", [
    # a surname after another first name is someone else; after a title it is the holder's
    ("Ivanka Trump", None),
    ("Michelle Obama", None),
    ("President Trump", "Donald Trump"),
    ("Foreign Minister Lavrov", "Sergei Lavrov"),
    ("The Trump campaign", "Donald Trump"),
])
def test_a_surname_after_another_first_name(mention: str, actor: str | None) -> None:
    assert resolve_actor(mention, load_pack())[0] == actor


def test_a_possessors_body_speaks_for_the_possessor_but_is_no_person() -> None:
    rows = attributions("Aliyev's office said the talks had stalled. She said the border was "
                        "calm.")
    assert rows["actor"].tolist()[0] == "Ilham Aliyev"
    assert rows["speaker"].tolist()[1] == "She"


def test_an_article_date_picks_the_title_holder() -> None:
    text = "Headline\n\nThe US president said the fighting had to stop."
    assert toolkit.parse_article(text, published="2020-10-05").attributions[
        "actor"].tolist() == ["Donald Trump"]
    assert toolkit.parse_article(text, published="2021-06-02").attributions[
        "actor"].tolist() == ["Joe Biden"]


@pytest.mark.parametrize("text, stance", [
    ("Yerevan denied that its troops crossed the border.", "deny"),
    ("Baku accused Yerevan of shelling the village.", "accuse"),
    ("The ministry admitted that one soldier was killed.", "concede"),
    ("The ministry claimed that the drone was shot down.", "claim"),
    ("The ministry said that the drone was shot down.", "neutral"),
])
def test_stance_from_the_verb(text: str, stance: str) -> None:
    assert attributions(text)["stance"].tolist() == [stance]


def test_unbalanced_quotes_do_not_swallow_the_article() -> None:
    text = 'He said "we left.\n\nThe ministry said the border was calm.'
    table = attributions(text)
    assert "the border was calm" in set(table["content"])


def test_unclosed_quote_in_a_200_kb_paragraph_is_fast() -> None:
    text = '"' + "word " * 40_000
    started = time.perf_counter()
    quotes, left_open = find_quotes(text, 0, len(text))
    toolkit.parse_article(text)
    assert left_open and quotes == [(0, len(text))]
    assert time.perf_counter() - started < 5  # a sanity bound: catastrophic backtracking
    # would take minutes here, a linear scan well under a second


MARKS = st.sampled_from(['"', "“", "”", "‘", "’", "«", "»", "'", "''", " said ", " says: ",
                         "according to ", "\u00a0", "\n", "\n\n", "\r\n", ", ", ". ",
                         "the ministry", "he", "Armenia", " denied by ", "x" * 300,
                         # the latest round's words
                         " who ", ", quoted by ", "Citing ", " — ", " - ", "-backed",
                         " on condition of anonymity", " in a statement", " and has ",
                         "That said", "I ", ", a claim that", " on X, formerly Twitter",
                         # and this round's
                         "As reported by ", " was quoted by ", " as saying", " the statement ",
                         "Officials in ", " on her Facebook page", ", while ", "Earlier the ",
                         " – ", "; ",
                         # and the latest
                         " continued ", " accused of ", ", citing ", " in turn ", " him",
                         " ambassador to ", " warned ", " on state TV ", ", though ",
                         " has not ", "DUBAI/JERUSALEM (Reuters) - ", ", a monitor, said",
                         # and this one's
                         " plans ", " talks ", " declined to be named", ", but gave no ",
                         " quoted the ministry as saying", "U.S. The ", "5 a.m. Two ",
                         ", left ", " over ",
                         # and the latest
                         " police", " reports say ", " show", " warned.", ", reporting from ",
                         " services,", " according to the spokeswoman, ", " Ann Lee, ",
                         " for about 45 minutes", ", and rights groups warned that ", "50,000",
                         "saying he ", " Those close to him say ", ' "as long as necessary"',
                         # and this one's
                         " told Reuters ", " told the Kommersant newspaper ", " by phone",
                         " over the telephone ", " in an interview with ", " posted on ",
                         "Speaking at a news conference in Paris on Wednesday evening, ",
                         # and the latest
                         " said at a cabinet meeting on Thursday that ", " in the days that ",
                         " said after talks with ", ", TASS reported", ", according to TASS",
                         " maintains that ", "'s press secretary, Mane Gevorgyan,",
                         " the statement said", "Kremlin 'concerned' ", "'s statement reads",
                         # and this one's
                         " and ", "Russia, France", " and the United States ", "Still, ",
                         "Zelensky: ", " Zelensky said", " appealed to "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(MARKS, st.text(max_size=15)), max_size=30).map("".join))
def test_any_text(text: str) -> None:
    table = toolkit.parse_article(text).attributions
    assert table["attribution_id"].tolist() == list(range(len(table)))
    for a in table.itertuples():
        assert text[a.content_start:a.content_end] == a.content
        if pd.notna(a.source_start):
            assert text[a.source_start:a.source_end] == a.source
        if pd.notna(a.cue_start):
            assert text[a.cue_start:a.cue_end] == a.cue
    pd.testing.assert_frame_equal(table, toolkit.parse_article(text).attributions)


@pytest.mark.parametrize("text, quoted", [
    # Scraped AP copy: a curly opener closed by a straight mark, then the reverse.
    ('\u201cWe will rebuild Shusha," he said. "The roads come first.\u201d',
     ['\u201cWe will rebuild Shusha,"', '"The roads come first.\u201d']),
    # an opening mark used as the closer ("\u201c…\u201c"), as some CMS exports do
    ("\u201cIt is quiet,\u201c said Stepanyan. \u201cFor now.\u201d",
     ["\u201cIt is quiet,\u201c", "\u201cFor now.\u201d"]),
    # Guardian: a straight quote nested in a curly one does not close it.
    ('\u201cThey said "no ceasefire" to us,\u201d she said.',
     ['\u201cThey said "no ceasefire" to us,\u201d']),
])
def test_mixed_double_marks_pair_with_the_nearest_close(text: str,
                                                        quoted: list[str]) -> None:
    quotes, left_open = find_quotes(text, 0, len(text))
    assert [text[s:e] for s, e in quotes] == quoted and not left_open


@pytest.mark.parametrize("text, content", [
    # AP: a participle's quote runs over several sentences.
    ('Pashinyan defended the deal, saying, "It was painful. It saved lives. We had no '
     'choice."', '"It was painful. It saved lives. We had no choice."'),
    # Fox News: 'told X that "…. …"' keeps the whole quote.
    ('Aliyev told Euronews that "the war is over. Karabakh is Azerbaijan."',
     'that "the war is over. Karabakh is Azerbaijan."'),
])
def test_content_goes_on_to_the_end_of_a_quote_across_sentences(text: str,
                                                                 content: str) -> None:
    assert content in attributions(text)["content"].tolist()


@pytest.mark.parametrize("text, content, source", [
    # NYT archive: ''…'' quotes, a nested single quote closing with the outer one ('''").
    ("''I would call it 'a truce,''' said Thomas de Waal, a Caucasus analyst.",
     "''I would call it 'a truce,'''", "Thomas de Waal"),
    # NYT archive: a cue in a subordinate clause keeps the commas inside the ''…'' quote.
    ("When Aliyev said that the talks ''went well, all things considered, and will go on,'' "
     "the markets rose.", "that the talks ''went well, all things considered, and will go on,''",
     "Aliyev"),
])
def test_nyt_double_apostrophe_quotes(text: str, content: str, source: str) -> None:
    table = attributions(text)
    assert table[["content", "source"]].values.tolist() == [[content, source]]


@pytest.mark.parametrize("text, source", [
    # AP: a name with a clausal appositive before its cue.
    ("Anna Petrosyan, a Goris teacher whose school was shelled twice last autumn, said the "
     "village had \u201cnowhere left to hide.\u201d",
     "Anna Petrosyan, a Goris teacher whose school was shelled twice last autumn,"),
    # Politico: two appositives, the second with a relative clause.
    ('But Elnur Mammadov, the head of a Baku think tank, a group that has advised the '
     'government, said the talks were "going nowhere."',
     "Elnur Mammadov, the head of a Baku think tank, a group that has advised the "
     "government,"),
    # Reuters: an appositive that opens with a possessive name and holds "and"; "Even" is
    # no part of the name.
    ('Even Russia, Armenia\'s closest ally and its main arms supplier, said it was "deeply '
     'concerned" by the shelling.',
     "Russia, Armenia's closest ally and its main arms supplier,"),
    # NYT: an aside set off by dashes between the name and the cue.
    ('Hikmet Hajiyev, an aide to President Ilham Aliyev -- who has led the country since '
     '2003 -- told reporters, "We will not stop until our lands are free."',
     "Hikmet Hajiyev, an aide to President Ilham Aliyev -- who has led the country since "
     "2003 --"),
    ("Nikol Pashinyan \u2014 who signed the truce \u2014 said the army had no choice.",
     "Nikol Pashinyan \u2014 who signed the truce \u2014"),
    # AP and Reuters on Gaza: a body "in" a place, then a relative clause, is one name
    ("The Palestinian health ministry in Gaza, which is run by Hamas, says more than 10,000 "
     "people have been killed.", "The Palestinian health ministry in Gaza"),
    ("The Russian embassy in Washington, which rarely comments, said the report was false.",
     "The Russian embassy in Washington"),
    ("Israeli aircraft struck targets in Gaza, officials on both sides said, the worst "
     "flare-up since August.", "officials on both sides"),
])
def test_long_appositive_is_part_of_the_source(text: str, source: str) -> None:
    assert attributions(text)["source"].tolist() == [source]


def test_a_second_verb_after_the_cue_is_not_content() -> None:
    # AP: '"…," she said and hung up' quotes her; "and hung up" is the narrator's.
    table = attributions('"We have no water," she said and quickly hung up.')
    assert table[["content", "source", "kind"]].values.tolist() == [
        ['"We have no water,"', "she", "direct"]]


def test_a_spaced_closing_mark_after_a_nested_quote_closes() -> None:
    # USA Today: a nested single quote, then a space before the closing double mark.
    text = '"I never liked the word \'truce,\' " he told the group.'
    quotes, _ = find_quotes(text, 0, len(text))
    assert [text[s:e] for s, e in quotes] == ['"I never liked the word \'truce,\' "']
    assert attributions(text)["source"].tolist() == ["he"]


@pytest.mark.parametrize("text, source", [
    # Washington Post: a question closes its own sentence; a bare "X demanded." follows.
    ('"Who will pay for the rebuilding?" Pashinyan demanded.', "Pashinyan"),
    ('"We will return to Shusha!" the veterans vowed.', "the veterans"),
])
def test_wide_cue_ending_the_sentence_after_a_quote(text: str, source: str) -> None:
    table = attributions(text)
    assert table[["source", "kind"]].values.tolist() == [[source, "direct"]]


def test_wide_cue_with_a_clause_after_a_quote_is_not_its_cue() -> None:
    # AP: a quote, then a new sentence whose wide verb has a clause of its own.
    table = attributions('"We are ready." Aliyev plans to visit Shusha on Friday.')
    assert table["content"].tolist() == ["to visit Shusha on Friday"]


@pytest.mark.parametrize("text, rows", [
    # AFP: a participle after '"…," he said' hangs on him; it opens no "…, said X" inversion.
    ('"Nobody listened to us," he said, referring to the shelling of Tartar.',
     [['"Nobody listened to us,"', "he", "said"]]),
    # AP: an infinitive before a cue ("using an expletive to describe") names nobody.
    ('"They sold the land," the man shouted, using an expletive to describe the deal.',
     [['"They sold the land,"', "the man", "shouted"]]),
    # AP: a new speaker's own quote after a comma is no part of the first content.
    ('When Aliyev said it was good to be in Shusha, a man yelled "Welcome home!"',
     [["it was good to be in Shusha", "Aliyev", "said"],
      ['"Welcome home!"', "a man", "yelled"]]),
])
def test_trailing_participles_and_second_speakers(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "content", "source", "cue") == rows


@pytest.mark.parametrize("text, source, content", [
    # AP: a gerund cue after "by" or "while" takes the subject of the sentence.
    ('The ministry began its briefing by saying the strikes were "precise and limited."',
     "The ministry", 'the strikes were "precise and limited."'),
    ('Crowds gathered outside parliament on Tuesday while chanting, "Nikol, traitor!"',
     "Crowds", '"Nikol, traitor!"'),
])
def test_gerund_cue_after_by_or_while(text: str, source: str, content: str) -> None:
    assert columns(text, "source", "content") == [[source, content]]


def test_a_cue_before_its_own_quote_does_not_take_the_one_before() -> None:
    # NYT: '…, he replied, "…." He added, "…"': two attributions, one quote each.
    text = ('Asked about the talks, he replied, "They went well. We agreed on a lot." He '
            'added, "The map is next."')
    table = attributions(text)
    assert table[["content", "cue"]].values.tolist() == [
        ['"They went well. We agreed on a lot."', "replied"], ['"The map is next."', "added"]]


def test_according_to_keeps_a_quote_across_sentences() -> None:
    # CNN: 'According to X, "…. …"'.
    text = 'According to the newspaper, "The border is closed. Nobody crosses at night."'
    assert attributions(text)["content"].tolist() == [
        '"The border is closed. Nobody crosses at night."']


def test_a_paragraph_that_only_goes_on_quoting_joins_the_last_quote() -> None:
    # Reuters: '"…," X said.' then a paragraph that is one closed quote with no cue.
    text = ('"We will rebuild every school," Aliyev said.\n\n'
            '"The children will come back. Nobody will stop them."\n\n'
            '"It was quiet here once," a resident said.\n\n'
            '"Not any more.')
    table = attributions(text)
    first = table[table["source"] == "Aliyev"].iloc[0]
    assert pieces(text, first["content_spans"]) == [
        '"We will rebuild every school,"',
        '"The children will come back. Nobody will stop them."']
    # an unclosed quote opening a paragraph is an excerpt's mark, not more of the speaker
    resident = table[table["source"] == "a resident"].iloc[0]
    assert pieces(text, resident["content_spans"]) == ['"It was quiet here once,"']


def test_a_dash_after_an_opening_quote_ends_the_content() -> None:
    # NYT: '-- which X called ''…'' -- and the narrator goes on'.
    text = ("The plan -- which Aliyev called ''a historic chance'' -- left one question "
            "open: who pays?")
    row = attributions(text).iloc[0]
    assert (row["content"], row["source"]) == ("''a historic chance''", "Aliyev")


@pytest.mark.parametrize("text, content", [
    # UPI: a label after "as", then where it was said.
    ("Pashinyan criticized the deal as a \u201cshameful surrender\u201d during a rally in "
     "Gyumri.", "the deal as a \u201cshameful surrender\u201d"),
    # Breitbart: a label after "as", then when and on which show.
    ("Aliyev described the talks as \u201cfruitless\u201d Wednesday on state television.",
     "the talks as \u201cfruitless\u201d"),
])
def test_a_quoted_label_after_as_ends_before_when_and_where(text: str, content: str) -> None:
    assert attributions(text)["content"].tolist() == [content]


@pytest.mark.parametrize("text, source", [
    # Miami Herald: '"…?" X asked him.' An object pronoun after the cue opens no clause.
    ('"But why now?" reporter Ana Soto asked him.', "reporter Ana Soto"),
    ('"Where are the buses?" Stepanyan asked them, pointing at the road.', "Stepanyan"),
])
def test_object_pronoun_after_a_cue_that_follows_a_quote(text: str, source: str) -> None:
    table = attributions(text)
    hit = table[table["source"] == source]
    assert hit["kind"].tolist() == ["direct"] and hit["content"].iloc[0].startswith('"')


def test_a_participial_aside_with_asked_is_skipped_before_the_name() -> None:
    # NYT: 'X, asked about …, said, "…"': the aside is no part of the source.
    text = ('Pashinyan, asked about the corridor through Meghri, said, "Nothing has been '
            'agreed."')
    row = attributions(text).iloc[0]
    assert (row["source"], row["content"]) == ("Pashinyan", '"Nothing has been agreed."')


@pytest.mark.parametrize("text, content", [
    # AP: a quoted noun phrase that opens a coordinated subject is not the whole content.
    ('He said "budget cuts" and the sale of state land would pay for the plan.',
     '"budget cuts" and the sale of state land would pay for the plan'),
    # ... but a second verb after the quote ends it ('chanted "…" and kept going').
    ('The crowd chanted "Karabakh is ours" and kept marching.', '"Karabakh is ours"'),
    # ... and a second quote after "and" is a list of what was chanted.
    ('The crowd chanted "Karabakh is ours," and "No ceasefire."',
     '"Karabakh is ours," and "No ceasefire."'),
    # A list of quotes inside a subordinate clause does not close the clause.
    ('Although he says he "respects Armenia," and "wants peace," he launched the offensive.',
     'he "respects Armenia," and "wants peace,"'),
])
def test_and_after_an_opening_quote(text: str, content: str) -> None:
    assert attributions(text)["content"].tolist() == [content]


@pytest.mark.parametrize("text", [
    "On Monday Aliyev said the road to Lachin was open.",
    "On Tuesday evening Aliyev said the road to Lachin was open.",
    "Afterwards Aliyev said the road to Lachin was open.",
])
def test_a_day_or_an_adverb_before_the_name_is_not_the_source(text: str) -> None:
    assert columns(text, "source", "speaker") == [["Aliyev", "Aliyev"]]


def test_at_the_time_between_name_and_cue_is_not_the_source() -> None:
    # AP: "X at the time said …".
    row = attributions("Pashinyan at the time said the border was \u201csecure.\u201d").iloc[0]
    assert row["source"] == "Pashinyan"


@pytest.mark.parametrize("text", [
    "Baku in turn accused Armenian forces of shelling its positions overnight.",
    "Baku for its part said Armenian forces had shelled its positions.",
])
def test_an_aside_between_name_and_cue_is_not_the_source(text: str) -> None:
    assert columns(text, "source", "side") == [["Baku", "AZE"]]


@pytest.mark.parametrize("text, content, source", [
    # Reuters: a content that opens with a quote, then the speaker and when he spoke.
    ('"Monitors on the ground" would calm the border, Armenian envoy Ara Petrosyan said '
     'after the talks.', '"Monitors on the ground" would calm the border',
     "Armenian envoy Ara Petrosyan"),
    # AP: '…, said X, a long appositive.' The appositive runs to the end of the sentence.
    ('The ceasefire is holding "for now" along most of the line, said Anna Grigoryan, a '
     'researcher at the Caucasus Institute in Yerevan who studies the border.',
     'The ceasefire is holding "for now" along most of the line', "Anna Grigoryan"),
    ("Talks will resume next month, said Lev Orlov, the deputy head of the OSCE mission in "
     "Baku.", "Talks will resume next month", "Lev Orlov"),
])
def test_content_then_cue_with_a_time_or_a_long_appositive(text: str, content: str,
                                                            source: str) -> None:
    rows = attributions(text)
    assert rows[["content", "source"]].values.tolist() == [[content, source]]


@pytest.mark.parametrize("text, source", [
    # NYT: where or when the speaker spoke, right after the cue, opens no clause.
    ("''We are not leaving,'' Mr. Aliyev said aboard his plane on Monday.", "Mr. Aliyev"),
    ('"Nobody expected this," the spokesman said 30 minutes into the briefing.',
     "the spokesman"),
    ('\u201cIt is calm tonight,\u201d Stepanyan said outside the city hall.', "Stepanyan"),
])
def test_a_place_or_time_after_a_cue_that_follows_a_quote(text: str, source: str) -> None:
    row = attributions(text).iloc[0]
    assert (row["kind"], row["source"]) == ("direct", source)


@pytest.mark.parametrize("text, content", [
    # AP: a second speaker's clause after "while" is not the first speaker's words.
    ("Aliyev accused Yerevan of a \u201cdangerous provocation\u201d on the border while "
     "Pashinyan insists his troops never moved.",
     "Yerevan of a \u201cdangerous provocation\u201d on the border"),
    # Fox News: a quoted sentence that ends inside its marks ends the content.
    ("A protester yelled \u201cGo home!\u201d at the convoy as it left Lachin.",
     "\u201cGo home!\u201d"),
])
def test_content_ends_before_a_second_speaker_or_after_a_quoted_sentence(
        text: str, content: str) -> None:
    assert attributions(text)["content"].iloc[0] == content


@pytest.mark.parametrize("text, content, source", [
    # The Guardian: "As X put it, …": the bare past of "put it" is a cue.
    ("As the envoy put it, the corridor is \u201ca road to nowhere.\u201d",
     "the corridor is \u201ca road to nowhere.\u201d", "the envoy"),
    # NYT: '…," as X put it.': the content keeps its closing mark; "as" is no part of the source.
    ('The deal was "a historic chance," as one diplomat in Baku put it.',
     'The deal was "a historic chance,"', "one diplomat in Baku"),
    # AP: "the banner read" is a past tense, like "put it".
    ('The banner read "Karabakh is Armenia."', '"Karabakh is Armenia."', "The banner"),
])
def test_verbs_whose_past_is_their_bare_form(text: str, content: str, source: str) -> None:
    rows = attributions(text)
    assert rows[["content", "source"]].values.tolist() == [[content, source]]


def test_a_lead_in_with_a_cue_of_its_own_does_not_give_its_quote_away() -> None:
    # The Atlantic (first person): 'when X mentioned …, I laughed and said, "…"'.
    text = ('Once, when my neighbour mentioned the war to me on the bus, I laughed and said, '
            '"I do not believe in the war."')
    table = attributions(text).set_index("cue")
    assert table.loc["mentioned", "content"] == "the war to me on the bus"
    assert (table.loc["said", "content"], table.loc["said", "source"]) == (
        '"I do not believe in the war."', "I")


@pytest.mark.parametrize("text, source", [
    # Washington Post: "another" or "one" after the cue names a speaker of a list of voices.
    ('"Nobody told us anything," said another.', "another"),
    ("\u201cBring them home!\u201d read one.", "one"),
    # CNN: whom the speaker asked, then the end of the sentence.
    ("\u201cWhy are you still backing him?\u201d Pashinyan asked opposition lawmakers.",
     "Pashinyan"),
])
def test_one_another_and_whom_was_asked(text: str, source: str) -> None:
    row = attributions(text).iloc[0]
    assert (row["kind"], row["source"]) == ("direct", source)


def test_one_before_a_noun_that_looks_like_a_cue_is_no_source() -> None:
    # NYT: "-- one question that has emerged is whether …": "question" is a noun here.
    text = ("The tax bill is long -- one question that has emerged is whether the ministry "
            "can collect it.")
    assert "question" not in set(attributions(text)["cue"])


@pytest.mark.parametrize("text, source, content", [
    # AP: an absolute clause, "…, with X calling it …", names the gerund's subject.
    ("Lawmakers in Yerevan were irritated by the plan, with opposition leader Ishkhan "
     "Saghatelyan calling it a \u201cshameful surrender.\u201d",
     "opposition leader Ishkhan Saghatelyan", "it a \u201cshameful surrender.\u201d"),
    ('Both sides welcomed the truce, with the Azerbaijani ministry saying that "calm has '
     'returned" to the border.', "the Azerbaijani ministry",
     'that "calm has returned" to the border'),
])
def test_with_subject_and_gerund_cue(text: str, source: str, content: str) -> None:
    rows = attributions(text)
    hit = rows[rows["source"] == source]
    assert (hit["rule"].tolist(), hit["content"].tolist()) == (["participle"], [content])


def test_transcript_label_with_no_space_before_the_quote() -> None:
    # Washington Post transcript excerpts: 'Name (Party):"…"'.
    text = 'Rep. Anna Hakobyan (Civil Contract):"We were never told about the deal."'
    row = attributions(text).iloc[0]
    assert (row["rule"], row["source"], row["content"]) == (
        "colon-lead", "Rep. Anna Hakobyan (Civil Contract)",
        '"We were never told about the deal."')


def test_a_wide_cue_before_a_quote_stays_in_the_lead_of_its_content() -> None:
    # NYT: 'The plan offers …, a sign that the priority ''is …,'' Mr. X said.'
    text = ("The plan offers a way out and a sign that the priority ''is peace at any "
            "price,'' Mr. Petrosyan said.")
    row = attributions(text).set_index("cue").loc["said"]
    assert (row["source"], row["content"]) == (
        "Mr. Petrosyan", "The plan offers a way out and a sign that the priority ''is peace "
        "at any price,''")


def test_a_that_clause_before_a_colon_and_a_quote_is_content() -> None:
    # Fox News: 'He adds that X: "…"': the clause is his too, not a lead-in.
    text = "He adds that the villagers have two choices: \u201cYou either leave or you stay.\u201d"
    row = attributions(text).iloc[0]
    assert (row["kind"], row["content"]) == (
        "mixed", "that the villagers have two choices: \u201cYou either leave or you stay.\u201d")


@pytest.mark.parametrize("text, content", [
    # NYT: a gloss after the closing quote, '''…,'' an extraordinary rebuke …', is the writer's.
    ("Mr. Aliyev called the remarks ''racist,'' an extraordinary rebuke that drew fire.",
     "the remarks ''racist,''"),
    # ... but a list of quoted labels goes on ('a "liar," an "anchor baby" and "sick"').
    ('Aliyev called his rival a "liar," an "agent of chaos" and "sick."',
     'his rival a "liar," an "agent of chaos" and "sick."'),
])
def test_a_gloss_after_a_closing_quote_ends_the_content(text: str, content: str) -> None:
    assert attributions(text)["content"].tolist() == [content]


@pytest.mark.parametrize("text, content", [
    # Reuters: "…, but he said …" opens a second attribution.
    ("Pashinyan agreed that the border rules should change, but he said the talks should "
     "wait until after the vote.", "that the border rules should change"),
    # ... while "…, but she knows …" goes on the same thought.
    ("Petrosyan says she hopes to win the seat, but she knows that Baku \u201cwill not "
     "make it easy.\u201d",
     "she hopes to win the seat, but she knows that Baku \u201cwill not make it easy.\u201d"),
    # the other side's claim after "while" or "whereas", its subject a possessor's body
    ("Ukrainian officials said the strike killed 12 people, while Russia's defence ministry "
     "claimed it had hit military targets.", "the strike killed 12 people"),
    ("Kyiv said 12 died, and Russia's ministry told reporters it hit depots.", "12 died"),
    ("Kyiv said 12 died, whereas Moscow insisted it had hit depots.", "12 died"),
    # "though" and "although" after a comma, a verb after "on" and its date, and a negated
    # verb after its subject
    ("Peskov stated on March 3 that Russia remains open to negotiations, though Putin said "
     "on February 27 that Russia would not agree to a ceasefire.",
     "that Russia remains open to negotiations"),
    ("A milblogger claimed that Russian forces had seized Sukhyi Yar, but ISW has not observed "
     "confirmation of this claim.", "that Russian forces had seized Sukhyi Yar"),
    # but not "although" that opens the content, nor one without a subject of its own, nor a
    # negated verb that shares the subject, nor a noun after a particle
    ("He said that although Baku denied it, the shelling went on.",
     "that although Baku denied it, the shelling went on"),
    ("She said the line was a crucial, although brief, moment.",
     "the line was a crucial, although brief, moment"),
    ("He said he has not held fundraising dinners and never called a donor.",
     "he has not held fundraising dinners and never called a donor"),
    ("Experts noted the loyalty of the party, and the nearly uniform support for her.",
     "the loyalty of the party, and the nearly uniform support for her"),
])
def test_but_before_a_second_speech_cue_ends_the_content(text: str, content: str) -> None:
    rows = attributions(text)
    assert rows["content"].iloc[0] == content
    assert not rows["source"].str.startswith(("while", "whereas")).any()


@pytest.mark.parametrize("text, content, speaker, via, kind", [
    # Reuters style: an agency relays an official in indirect speech
    ("Russia's TASS news agency cited Armenia's defence ministry as saying that the attack "
     "had been repelled.", "that the attack had been repelled", "Armenia's defence ministry",
     "TASS", "indirect"),
    ("Interfax quoted Nikol Pashinyan as saying the talks would go on.",
     "the talks would go on", "Nikol Pashinyan", "Interfax", "indirect"),
    # and quoting it
    ('The RIA news agency quoted Pashinyan as saying: "We are ready for talks."',
     '"We are ready for talks."', "Pashinyan", "RIA Novosti", "direct"),
    # wire style: the one cited set off by commas, after the cue or after the outlet
    ("RIA Novosti reported, citing the Russian military, that 20 drones were shot down.",
     "that 20 drones were shot down", "the Russian military", "RIA Novosti", "indirect"),
    ("Interfax said, quoting a police source, two men were detained.",
     "two men were detained", "a police source", "Interfax", "indirect"),
    ("Local media, citing Azerbaijan's defence ministry, reported three explosions.",
     "three explosions", "Azerbaijan's defence ministry", "Local media", "indirect"),
    # what is cited, read by its head noun before "of"
    ("Armenpress, citing the press service of the prime minister, reported that Pashinyan "
     "had spoken to Putin.", "that Pashinyan had spoken to Putin",
     "the press service of the prime minister", "Armenpress", "indirect"),
])
def test_relays_before_their_content(text: str, content: str, speaker: str, via: str,
                                     kind: str) -> None:
    relay = attributions(text).iloc[0]
    assert (relay["content"], relay["speaker"], relay["via"], relay["kind"], relay["rule"]) == (
        content, speaker, via, kind, "relay")
    # the source is the mention next to the cue, the relaying outlet
    assert text.startswith(relay["source"])


@pytest.mark.parametrize("text, cues", [
    # citing a reason is no relay (after a cue, the reasons are what McCain cites)
    ("“It’s a reflection of anger,” McCain said, citing low growth, debt and inequality.",
     ["said", "citing"]),
    ("The army, citing security concerns, closed the road.", []),
    ("The ministry, citing a lack of evidence, said the case was closed.", ["said"]),
])
def test_citing_a_reason_is_no_relay(text: str, cues: list[str]) -> None:
    rows = attributions(text)
    assert rows["cue"].tolist() == cues
    assert (rows["rule"] != "relay").all()


def test_a_cue_set_off_before_according_to_does_not_wrap_it() -> None:
    # "…, X said, according to Reuters": X's words are the clause before, relayed by Reuters
    rows = attributions("The death toll rose to 12, local authorities said, according to "
                        "Reuters.").set_index("cue")
    assert rows.loc["said", ["content", "via"]].tolist() == ["The death toll rose to 12",
                                                            "Reuters"]
    assert rows.loc["according to", "content"] == (
        "The death toll rose to 12, local authorities said")


@pytest.mark.parametrize("text, via, channel, content", [
    # who carried a statement relays it; what carried it is its channel
    ("Aliyev said in comments reported by state media that Azerbaijan would not back down.",
     "state media", "in comments reported by state media", "that Azerbaijan would not back down"),
    ("Aliyev said in an interview carried by the APA news agency that the war was over.",
     "APA", "in an interview carried by the APA news agency", "that the war was over"),
    ("Aliyev said in remarks broadcast on state television that the war was over.",
     None, "in remarks broadcast on state television", "that the war was over"),
    # an aside between the cue and "that" is no content
    ("Pashinyan claimed, without providing evidence, that Baku was planning an offensive.",
     None, None, "that Baku was planning an offensive"),
])
def test_what_carried_a_statement_and_asides_before_that(text: str, via: str | None,
                                                         channel: str | None,
                                                         content: str) -> None:
    assert columns(text, "via", "channel", "content")[0] == [via, channel, content]


def test_a_pronoun_after_a_relay_points_to_the_speaker_not_the_outlet() -> None:
    text = ("Interfax quoted Nikol Pashinyan as saying the talks would go on. He added that "
            "Armenia was ready.")
    rows = attributions(text)
    assert rows["speaker"].tolist() == ["Nikol Pashinyan", "Nikol Pashinyan"]


@pytest.mark.parametrize("text, speaker, actor", [
    # AFP style: a relative pronoun speaks for the noun right before it
    ('The claims were rejected by Baku, which called them "provocation".', "Baku",
     "Government of Azerbaijan"),
    ("The shelling was condemned by Democrats, who said it was unacceptable.", "Democrats",
     None),
])
def test_relative_pronoun_sources_speak_for_their_antecedent(text: str, speaker: str,
                                                             actor: str | None) -> None:
    rows = attributions("Interfax quoted Nikol Pashinyan as saying talks would go on. " + text)
    relative = rows[rows["source"].isin(["which", "who"])].iloc[0]
    assert relative["speaker"] == speaker
    assert (None if pd.isna(relative["actor"]) else relative["actor"]) == actor


@pytest.mark.parametrize("text, source, actor, side", [
    # Reuters style: an aide is named for himself, with the side of the one he serves
    ("Hikmet Hajiyev, an aide to Azerbaijan's president, said on Twitter that the town was "
     "shelled.", "Hikmet Hajiyev, an aide to Azerbaijan's president,", "Hikmet Hajiyev", "AZE"),
    ("An adviser to Aliyev said the offensive would continue.", "An adviser to Aliyev", None,
     "AZE"),
    ("A spokesman for the Armenian prime minister said talks would go on.",
     "A spokesman for the Armenian prime minister", None, "ARM"),
    # an ambassador or envoy sent to a country speaks for the side that sends them
    ("The US ambassador to Armenia said the talks would go on.",
     "The US ambassador to Armenia", None, "USA"),
    ("Armenia's ambassador to Russia said the talks would go on.",
     "Armenia's ambassador to Russia", None, "ARM"),
    ("Iran's mission to the United Nations said the matter was closed.",
     "Iran's mission to the United Nations", None, "IRN"),
])
def test_aides_are_not_the_one_they_serve(text: str, source: str, actor: str | None,
                                          side: str) -> None:
    first = attributions(text).iloc[0]
    assert first["source"] == source
    assert (None if pd.isna(first["actor"]) else first["actor"], first["side"]) == (actor, side)


@pytest.mark.parametrize("text, speaker", [
    # the name in an appositive is the speaker, whichever side of the title it stands
    ('The Kremlin spokesman, Dmitry Peskov, dismissed the report as "fake news".',
     "Dmitry Peskov"),
    ("The ministry's spokeswoman, Anna Naghdalyan, said Yerevan was ready for talks.",
     "Anna Naghdalyan"),
    ("Hikmet Hajiyev, an aide to the president, said the units had withdrawn.",
     "Hikmet Hajiyev"),
    ("The Azerbaijani Defence Ministry said the units had withdrawn.",
     "The Azerbaijani Defence Ministry"),
])
def test_the_speaker_is_the_name_in_an_appositive(text: str, speaker: str) -> None:
    assert attributions(text).iloc[0]["speaker"] == speaker


@pytest.mark.parametrize("text, speaker, actor", [
    # a document speaks for whoever issued it
    ('"This is a war crime," said a statement from Armenia\'s foreign ministry.',
     "Armenia's foreign ministry", "Armenia Ministry of Foreign Affairs"),
    ("A statement issued by the Azerbaijani Defence Ministry said the positions were shelled.",
     "the Azerbaijani Defence Ministry", "Azerbaijan Ministry of Defence"),
    ("The Kremlin's statement said Moscow was concerned.", "The Kremlin",
     "Government of Russia"),
])
def test_a_document_speaks_for_its_issuer(text: str, speaker: str, actor: str) -> None:
    row = attributions(text).iloc[0]
    assert (row["speaker"], row["actor"]) == (speaker, actor)


@pytest.mark.parametrize("first", [
    "The Brookings Institution said the figures were wrong.",
    "The New York Post reported that the talks had failed.",
    "Human Rights Watch said the strikes were indiscriminate.",
])
def test_he_is_not_a_body(first: str) -> None:
    rows = attributions(first + " He said the army had withdrawn.")
    assert rows.iloc[-1]["speaker"] == "He"


@pytest.mark.parametrize("headline, rows", [
    # TASS and APA style: a headline signed by its source after a colon
    ("Armenian forces that entered Azerbaijan withdrawn: Azerbaijani MoD",
     [("Armenian forces that entered Azerbaijan withdrawn", "Azerbaijani MoD",
       "Azerbaijan Ministry of Defence")]),
    # a section label before a colon is no source, a short name is the speaker of what follows
    ("Analysis: What the war means for the region", []),
    ("Pashinyan: We will not surrender", [("We will not surrender", "Pashinyan",
                                           "Nikol Pashinyan")]),
    # Al Jazeera style title case: "Reports" is the object of "Denies", not a second cue
    ("Armenia Denies Reports That Soldiers Crossed Into Azerbaijan",
     [("Reports That Soldiers Crossed Into Azerbaijan", "Armenia", "Government of Armenia")]),
    # a name and a word of theirs in quotation marks, with no verb
    ("Kremlin 'concerned' over border clashes", [("'concerned'", "Kremlin",
                                                  "Government of Russia")]),
    ("UN chief ‘alarmed’ by shelling in Karabakh", [("‘alarmed’", "UN chief",
                                                      "United Nations")]),
    # but not a name that owns the quoted words, nor no name
    ("Armenia's 'Velvet Revolution' turns three", []),
    ("The 'peace' that never came", []),
])
def test_signed_and_title_case_headlines(headline: str, rows: list[tuple[str, str, str]]
                                         ) -> None:
    found = toolkit.parse_article(headline + "\n\nThe border was calm.").attributions
    assert list(zip(found["content"], found["source"], found["actor"], strict=True)) == rows
    assert set(found["kind"]) <= {"headline"}


@pytest.mark.parametrize("text, rows", [
    # Reuters style: a second cue after "but" goes on the same speaker
    ("Pashinyan admitted that the situation was difficult but insisted Armenia would not "
     "surrender.", [("that the situation was difficult", "Pashinyan"),
                    ("Armenia would not surrender", "Pashinyan")]),
    # the speaker of the sentence, not the one of the clause inside its content
    ("The governor said that officials had told him the road was open but said he would wait.",
     [("that officials had told him the road was open", "The governor"),
      ("the road was open", "officials"), ("he would wait", "The governor")]),
])
def test_a_cue_after_but_goes_on_the_outer_speaker(text: str, rows: list[tuple[str, str]]
                                                   ) -> None:
    found = attributions(text)
    assert list(zip(found["content"], found["source"], strict=True)) == rows


@pytest.mark.parametrize("text, contents", [
    # AP style: whom someone spoke to is no content; what they spoke of is
    ("Peskov spoke to reporters in Moscow.", []),
    ("Kremlin spokesman Dmitry Peskov, who spoke to reporters, said Moscow was concerned.",
     ["Moscow was concerned"]),
    ("Aliyev spoke of a new era for the region.", ["of a new era for the region"]),
    # whom one appeals or complains to, likewise; what one complains of is content
    ("Yerevan had appealed to the Collective Security Treaty Organisation.", []),
    ("Baku complained to the OSCE Minsk Group co-chairs in Vienna.", []),
    ("Armenia complained to the UN that the shelling had not stopped.",
     ["to the UN that the shelling had not stopped"]),
    # where they spoke, or whom they shouted at, is no content either; "at length about" is
    ("Pashinyan will speak at a rally in Gyumri on Sunday.", []),
    ("Pashinyan spoke in Gyumri on Wednesday night.", []),
    # what was not said is no content; "nothing" as a clause's subject is
    ("The ministry said nothing about casualties.", []),
    ("The ministry said nothing had changed on the border.", ["nothing had changed on the border"]),
    ("The president spoke in a hall of the museum that overlooks the Caspian Sea.", []),
    ("Protesters shouted at the police outside the government building.", []),
    ("Aliyev spoke at length about the corridor.", ["at length about the corridor"]),
    # a clause of time or concession after a content with no verb of its own is the
    # writer's frame; one of reason or condition, and any after a clause, is what was said
    ("The EU urged both sides to show restraint after clashes erupted on the border.",
     ["both sides to show restraint"]),
    ("Aliyev praised the troops when he visited Shusha on Tuesday.", ["the troops"]),
    ("Moscow welcomed the agreement, although it did not sign it.", ["the agreement"]),
    ("The ministry vowed not to negotiate until the troops withdraw.",
     ["not to negotiate until the troops withdraw"]),
    ("Pashinyan criticised the deal because it ignored the refugees.",
     ["the deal because it ignored the refugees"]),
    ("The ministry said the shelling stopped when the peacekeepers arrived.",
     ["the shelling stopped when the peacekeepers arrived"]),
    # an answer in deeds is no content; an answer in words is
    ("The army responded with artillery fire.", []),
    ("Baku quickly replied with drone strikes on the positions.", []),
    ("The ministry responded that the claims were false.", ["that the claims were false"]),
    ('The ministry responded with a single word: "Lies."', ['"Lies."']),
])
def test_content_leaves_out_addressees_deeds_and_frames(text: str, contents: list[str]
                                                       ) -> None:
    assert attributions(text)["content"].tolist() == contents


@pytest.mark.parametrize("text, source, content", [
    # a quote that opens its sentence and ends without a comma ('"…" X said.')
    ('"The shelling has not stopped for a minute" Stepanyan said.', "Stepanyan",
     '"The shelling has not stopped for a minute"'),
    # after "say", a participle with its object is where X stood, not what X said
    ('"We have nowhere to go," he said standing outside his ruined house.', "he",
     '"We have nowhere to go,"'),
])
def test_quote_before_a_cue_that_ends_bare_or_runs_on(text: str, source: str,
                                                       content: str) -> None:
    assert columns(text, "source", "content") == [[source, content]]


def test_a_cue_that_takes_a_gerund_keeps_it_as_content() -> None:
    # NYT: 'In his book, "…," X suggested looking at …': the title is not what X said.
    text = ('In his 2002 book, "Make Your Kid a Millionaire," Mr. McKinley suggested looking '
            'at the things on your card statement.')
    assert attributions(text)["content"].tolist() == [
        "looking at the things on your card statement"]


@pytest.mark.parametrize("text, source, cue, content", [
    ("The ministry issued a statement saying the ceasefire had been violated.", "The ministry",
     "issued a statement saying", "the ceasefire had been violated"),
    ("Armenia's defence ministry released a statement on Tuesday, denying the reports.",
     "Armenia's defence ministry", "released a statement on Tuesday, denying", "the reports"),
    ('Hikmet Hajiyev, an aide to the president, posted a message on Twitter calling the '
     'shelling "a provocation".', "Hikmet Hajiyev, an aide to the president,",
     "posted a message on Twitter calling", 'the shelling "a provocation"'),
    ("Baku, which denies the claims, sent a letter to the UN urging an inquiry.", "Baku",
     "sent a letter to the UN urging", "an inquiry"),
    ("Hajiyev unleashed a series of tweets overnight saying that Yerevan had shown its hand.",
     "Hajiyev", "unleashed a series of tweets overnight saying",
     "that Yerevan had shown its hand"),
    ("Hajiyev fired off a tweet calling the strike \u201ca war crime.\u201d", "Hajiyev",
     "fired off a tweet calling", "the strike \u201ca war crime.\u201d"),
])
def test_a_published_statement_speaks_for_its_issuer(text: str, source: str, cue: str,
                                                     content: str) -> None:
    rows = columns(text, "source", "cue", "content")
    assert rows[-1] == [source, cue, content]  # the relative clause may have its own row


@pytest.mark.parametrize("text", [
    "Residents who posted videos showing the shelling were arrested.",  # evidence, not speech
    ("Following the release of a new video from the group threatening an attack on the city, "
     "the mayor closed the mosque."),
])
def test_a_text_that_shows_or_a_noun_release_is_no_statement(text: str) -> None:
    assert attributions(text).empty


@pytest.mark.parametrize("text, source, cue, content", [
    # AP: the auxiliary contracted onto the pronoun belongs to the cue, as PolNeAR marks it
    ('He\'s claiming that the shelling is "a big, big problem" for the villages.', "He",
     "'s claiming", 'that the shelling is "a big, big problem" for the villages'),
    ("They’ve repeatedly said the border is closed.", "They", "’ve repeatedly said",
     "the border is closed"),
])
def test_a_contracted_auxiliary_opens_the_cue(text: str, source: str, cue: str,
                                              content: str) -> None:
    rows = columns(text, "source", "cue", "content")
    assert rows == [[source, cue, content]]


@pytest.mark.parametrize("text", [
    "They'd support a ceasefire if it held.",  # a modal guess, not their words
    "Baku rejected its neighbour's claims.",  # a possessive noun, not a contraction
])
def test_no_contracted_cue_from_a_modal_or_a_possessive(text: str) -> None:
    assert not any(cue.startswith("'") for cue in attributions(text)["cue"])


def test_a_gerund_cue_after_by_replaces_the_verb_it_explains() -> None:
    # AP: the answer is what "saying" introduces; "responded to …" is how it was given.
    text = ('Aliyev responded to a question on Wednesday by saying the talks were '
            '"a waste of time".')
    rows = columns(text, "source", "cue", "content")
    assert rows == [["Aliyev", "saying", 'the talks were "a waste of time"']]


@pytest.mark.parametrize("text", [
    "Army officers earned a median salary of $9,800, compared with $9,300 for police.",
    "Turnout was 49 percent, compared to 62 percent in 2018.",
])
def test_compared_with_after_a_comma_is_no_cue(text: str) -> None:
    assert attributions(text).empty


def test_a_participle_takes_a_lowercase_subject_after_an_opening_phrase() -> None:
    # NYT: "In August, several groups granted …, saying …": the subject opens with a
    # determiner, and "granted" is no cue of its own.
    text = ('In August, several aid groups granted the town an extension, saying its '
            'funds were "less than expected."')
    rows = columns(text, "source", "cue", "content")
    assert rows == [["several aid groups", "saying", 'its funds were "less than expected."']]


@pytest.mark.parametrize("text, source", [
    ('Pashinyan shook his head and said, "No."', "Pashinyan"),
    ('The general spoke to the troops and told them, "Hold the line."', "The general"),
])
def test_a_cue_after_an_irregular_past_and_and_takes_the_subject(text: str,
                                                                 source: str) -> None:
    assert attributions(text)["source"].tolist() == [source]


@pytest.mark.parametrize("text, source, speaker", [
    # AP/Reuters vox pops: a name, an age, then where the person is from or what they do
    ("Cory James, 22, of Flint, Mich., said he had not given up hope.",
     "Cory James, 22, of Flint, Mich.,", "Cory James"),
    ("Anna Petrosyan, 34, a nurse from Stepanakert, said the shelling had stopped.",
     "Anna Petrosyan, 34, a nurse from Stepanakert,", "Anna Petrosyan"),
])
def test_an_age_between_a_name_and_its_appositive_keeps_the_name(text: str, source: str,
                                                                  speaker: str) -> None:
    assert columns(text, "source", "speaker") == [[source, speaker]]


@pytest.mark.parametrize("text, source, speaker", [
    # an appositive with a comma of its own: the name opens the source, not "chief of …"
    ("Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security "
     "Council, said the provocation could not be left without consequences.",
     "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security "
     "Council,", "Jean-Marc Ayrault"),
    ("Giovanni Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, "
     "said every pope was political.",
     "Giovanni Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano,",
     "Giovanni Vian"),
    # a time that opens the sentence is not the name
    ("Earlier Tuesday, the ministry's spokeswoman, Shushan Stepanyan, said the village was "
     "shelled.", "the ministry's spokeswoman, Shushan Stepanyan,", "Shushan Stepanyan"),
    # nor is a participle clause
    ("Angered by the criticism, the ministry's spokesman, Vagif Dargahli, said the list was "
     "complete.", "the ministry's spokesman, Vagif Dargahli,", "Vagif Dargahli"),
])
def test_a_name_with_a_long_appositive_is_the_speaker(text: str, source: str,
                                                      speaker: str) -> None:
    assert columns(text, "source", "speaker") == [[source, speaker]]


@pytest.mark.parametrize("text", [
    'There is a lot of talk about the envoy, who is in Baku, saying "the talks are over."',
    'There have been sharper words, such as when Aliyev met Putin and called him a "partner."',
])
def test_an_expletive_there_is_no_source(text: str) -> None:
    assert "There" not in attributions(text)["source"].tolist()


@pytest.mark.parametrize("text", [
    '"The ceasefire must hold," Kelly said.',
    'Kelly said the ceasefire "must hold."',
])
def test_a_name_ending_in_ly_is_no_adverb(text: str) -> None:
    # "Kelly said" is a source and a cue; "flatly said" is one cue
    assert columns(text, "source", "cue") == [["Kelly", "said"]]


@pytest.mark.parametrize("tail", [
    "said dryly.", "said carefully, as the crowd cheered.", "said by telephone.",
    "said Oct. 6 on state television.", "said introducing Aliyev at the rally.",
])
def test_what_follows_a_cue_after_a_quote_is_no_content(tail: str) -> None:
    # manner, means, date or a participle after "said" is no clause: the quote is the content
    rows = attributions(f'"The ceasefire must hold," Hajiyev {tail}')
    assert rows[["kind", "content", "source"]].values.tolist() == [
        ["direct", '"The ceasefire must hold,"', "Hajiyev"]]


@pytest.mark.parametrize("text, source", [
    ('"The border is calm," said Will Ross, a BBC correspondent.', "Will Ross"),
    ('"The border is calm," said Can Dündar.', "Can Dündar"),
])
def test_a_name_that_looks_like_a_modal_is_a_source(text: str, source: str) -> None:
    assert attributions(text)["source"].tolist() == [source]


def test_a_cue_after_and_in_a_subordinate_clause_has_its_subject() -> None:
    text = ("Hajiyev called Pashinyan's words \"cynical\" after he visited the front and "
            "blamed the shelling on \"Azerbaijani aggression.\"")
    rows = attributions(text).set_index("cue")
    assert rows.loc["blamed", "source"] == "he"


@pytest.mark.parametrize("text, cue, content", [
    ("Aliyev has used the phrase \u201ciron fist\u201d often in his speeches.",
     "has used the phrase", "\u201ciron fist\u201d"),
    ("Baku has gone after Yerevan as a \u201cterrorist regime.\u201d", "has gone after",
     "Yerevan as a \u201cterrorist regime.\u201d"),
    ("Pashinyan went on about \u201cthe aggressor.\u201d", "went on about",
     "\u201cthe aggressor.\u201d"),
])
def test_cues_of_labelling(text: str, cue: str, content: str) -> None:
    assert columns(text, "cue", "content") == [[cue, content]]


def test_a_wide_participle_without_an_appeal_is_a_gloss() -> None:
    assert "urging" not in attributions(
        "The ministry published a map, urging caution.")["cue"].tolist()


def test_a_ruling_is_an_attribution_but_rules_are_not() -> None:
    rows = attributions("The court ruled that the detainees must be returned. The rules of "
                        "the truce allow prisoner exchanges.")
    assert rows[["source", "cue", "content"]].values.tolist() == [
        ["The court", "ruled", "that the detainees must be returned"]]


def test_a_paragraph_ending_in_a_cue_introduces_the_next() -> None:
    # the source is in the cue's own sentence, not the paragraph's first
    text = ("The ministry disputes that the village was ever taken. Hajiyev wrote:\n"
            '"Our forces hold every road into Shusha."')
    rows = attributions(text)
    block = rows[rows["rule"] == "cue-then-block"].iloc[0]
    assert (block["source"], block["content"]) == (
        "Hajiyev", '"Our forces hold every road into Shusha."')


def test_a_cue_and_its_channel_before_a_colon_introduce_the_next_paragraph() -> None:
    rows = attributions('Hezbollah said in a statement:\n\n"Our fighters targeted the enemy '
                        'positions with rockets."')
    assert rows[["source", "cue", "content", "rule"]].values.tolist() == [
        ["Hezbollah", "said", '"Our fighters targeted the enemy positions with rockets."',
         "cue-then-block"]]


@pytest.mark.parametrize("text, sources", [
    # a phrase that opens with a preposition is no subject: "reports" is a noun
    ("Following initial reports of the blast in Ganja, the ministry said it was a missile.",
     ["the ministry"]),
    # "About half" is a quantity, not a preposition
    ("About half said the road to Lachin was open.", ["About half"]),
    # an adverb between the subject and its verb is no part of the source
    ("Aliyev also visited the ruins, saying the strike was a war crime.", ["Aliyev"]),
    ("He also issued a statement on the strike, saying, \"This is a war crime.\"", ["He"]),
    # "Here in Ganja," opens the sentence before its subject
    ("Here in Ganja, Aliyev visited the ruins, saying the strike was a war crime.", ["Aliyev"]),
])
def test_what_opens_a_sentence_or_follows_its_subject_is_no_source(
        text: str, sources: list[str]) -> None:
    assert attributions(text)["source"].tolist() == sources


@pytest.mark.parametrize("text, source, content", [
    # "As X told Y, …": the main clause is what was said, not whom it was told to
    ("As Aliyev told the Anadolu agency, the operation will go on until Shusha is taken.",
     "Aliyev", "the operation will go on until Shusha is taken"),
    ("As Ms. Simonyan put it in a statement to Kommersant's Ivan I. Safronov in July, RT is "
     "\"providing a perspective.\"", "Ms. Simonyan", 'RT is "providing a perspective."'),
    # "put it" is also a past form: "As de Waal put it:" is no noun
    ("As de Waal put it: \"Neither side can win outright.\"", "de Waal",
     '"Neither side can win outright."'),
])
def test_as_x_said_opens_a_sentence(text: str, source: str, content: str) -> None:
    assert columns(text, "source", "content") == [[source, content]]


@pytest.mark.parametrize("text, row", [
    # the progressive of a wide verb is an attribution ...
    ("Pashinyan is promising a \u201cnew era of peace\u201d for the region.",
     ["Pashinyan", "is promising", "a \u201cnew era of peace\u201d for the region"]),
    ("The ministry is seeking to contrast its losses with Armenia's.",
     ["The ministry", "is seeking", "to contrast its losses with Armenia's"]),
])
def test_the_progressive_of_a_wide_verb(text: str, row: list[str]) -> None:
    assert columns(text, "source", "cue", "content") == [row]


@pytest.mark.parametrize("text, cue", [
    ("Aliyev has been saying for weeks that the talks are dead.", "has been saying"),
    ("Aliyev kept saying the war was over.", "kept saying"),
    ("Aliyev has long argued that the region is Azerbaijani.", "has long argued"),
])
def test_auxiliaries_and_aspect_before_a_cue(text: str, cue: str) -> None:
    assert columns(text, "source", "cue") == [["Aliyev", cue]]


def test_a_clause_before_a_closing_cue_is_no_source() -> None:
    # "…, wrote on Facebook that fighting continued.": "continued" closes no attribution
    text = ("A spokesman for the ministry, Artsrun Hovhannisyan, wrote on Facebook that "
            "fighting continued.")
    assert attributions(text)["cue"].tolist() == ["wrote"]


@pytest.mark.parametrize("text, rows", [
    # "continued" attributes a quotation, or a that-clause, and nothing else
    ('"We will not stop," he continued.', [["he", "continued", '"We will not stop,"']]),
    ("He continued that the talks were over.",
     [["He", "continued", "that the talks were over"]]),
    ("Russian forces continued offensive operations near Pokrovsk.", []),
    # so does "maintained", a claim; troops that maintain positions say nothing
    ("Baku maintains that the border was never drawn.",
     [["Baku", "maintains", "that the border was never drawn"]]),
    ('"We are innocent," he maintained.', [["he", "maintained", '"We are innocent,"']]),
    ("The army maintained its positions near the border.", []),
    ("The ministry said the strike killed five people, adding that rescue work continued.",
     [["The ministry", "said", "the strike killed five people"],
      ["The ministry", "adding", "that rescue work continued"]]),
    # a participle after it still takes its subject
    ("Aliyev continued his attack on Pashinyan, calling him a liar.",
     [["Aliyev", "calling", "him a liar"]]),
])
def test_a_cue_of_quotations_only(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


def test_the_passive_of_a_wide_verb_is_no_attribution() -> None:
    # ... its passive ("is seen as") is not
    assert attributions("The ceasefire is seen as a victory for Moscow.").empty


def test_used_the_phrase_without_a_quote_is_no_cue() -> None:
    assert attributions("Aliyev used the phrase at a rally in Ganja.").empty


def test_a_quote_in_an_aside_keeps_the_name_its_cue() -> None:
    text = 'Pashinyan, using the term "genocide" in Yerevan, said the talks had failed.'
    rows = attributions(text).set_index("cue")
    assert rows.loc["said", "content"] == "the talks had failed"


def test_an_inverted_source_is_no_clause_with_a_modal() -> None:
    # '"…," said the minister could …' is no inverted cue: a clause follows "said"
    assert attributions('"We are ready," said the minister could not be reached.').empty


@pytest.mark.parametrize("text, source, cue, content", [
    ('The OSCE Minsk Group called on both sides to "strictly observe" the ceasefire.',
     "The OSCE Minsk Group", "called on", 'both sides to "strictly observe" the ceasefire'),
    ("Aliyev has repeatedly called on Armenia to withdraw its troops.", "Aliyev",
     "has repeatedly called on", "Armenia to withdraw its troops"),
    ('She issued a statement calling on the UN "to act now" in Karabakh.', "She",
     "issued a statement calling on", 'the UN "to act now" in Karabakh'),
])
def test_call_on_someone_to_do_something_is_an_appeal(text: str, source: str, cue: str,
                                                      content: str) -> None:
    rows = columns(text, "source", "cue", "content")
    assert rows == [[source, cue, content]]


@pytest.mark.parametrize("text", [
    "The minister called on Tuesday for calm.",  # "call for", not "call on … to"
    "He called on his mobile phone.",
])
def test_call_on_without_an_appeal_is_no_cue(text: str) -> None:
    assert "called on" not in attributions(text)["cue"].tolist()


def test_a_gerund_aside_between_a_name_and_its_cue_keeps_the_row() -> None:
    text = "The ministry, calling on both sides to stop, said the talks would resume."
    rows = columns(text, "source", "speaker", "content")
    assert rows == [["The ministry", "The ministry", "the talks would resume"]]


@pytest.mark.parametrize("text, via", [
    # the outlet a source spoke to relays what it said: the object of "told" ...
    ("Peskov told TASS that Moscow had no plans to negotiate.", "TASS"),
    ("Peskov told the TASS news agency that Moscow had no plans to negotiate.", "TASS"),
    ('"We heard three blasts," a resident told AFP.', "AFP"),
    ("A police official told Reuters on condition of anonymity that four people died.",
     "Reuters"),
    ("The minister told the Vedomosti newspaper that talks would resume.",
     "Vedomosti newspaper"),
    # and the media the pack knows by their name alone
    ("The minister told the Kommersant newspaper that talks would resume.", "Kommersant"),
    ("Speaking to Al Jazeera, Basem Naim said the group had accepted the proposal.",
     "Al Jazeera"),
    ("Quoted by TASS, Peskov said the Kremlin had no comment.", "TASS"),
    ("In an interview with CNN, Zelensky said Ukraine needed more air defence.", "CNN"),
    ("Lavrov told Russian state TV that Moscow was ready.", "Russian state TV"),
    ("Graham told The New York Times that he would vote no.", "The New York Times"),
    # ... or the one a channel names
    ("Aliyev said in an interview with Russia's RIA Novosti that the war was over.",
     "RIA Novosti"),
    ("Zakharova said in comments to TASS that the claims were false.", "TASS"),
    # but not a person, a body, a crowd or a masthead cut short
    ("Erdogan told Putin that Ankara would not back down.", None),
    ("The envoy told the Security Council that aid was blocked.", None),
    ("Hajiyev told reporters by phone that the talks would go on.", None),
    ("She told The Daily Beast that she would run.", None),
    ("He said in an interview with his lawyer present that he was innocent.", None),
])
def test_the_outlet_spoken_to_relays(text: str, via: str | None) -> None:
    assert columns(text, "via")[0] == [via]


@pytest.mark.parametrize("text, actor", [
    # a broadcaster or paper of the pack speaks under its own name only
    ("CNN reported that the talks had failed.", "CNN"),
    ("The BBC said the footage was genuine.", "BBC"),
    ("CNN's Dana Bash said the talks had failed.", None),
    ("A CNN poll found that most voters disagreed.", None),
])
def test_media_speak_under_their_own_name(text: str, actor: str | None) -> None:
    assert columns(text, "actor")[0] == [actor]


@pytest.mark.parametrize("text, source", [
    # a source that ends in a participle takes what the participle takes
    ("The deal is close, according to two sources briefed on the negotiations.",
     "two sources briefed on the negotiations"),
    ("According to a diplomat based in Baku, the talks had stalled.", "a diplomat based in Baku"),
    ("The deal is close, according to people familiar with the matter.",
     "people familiar with the matter"),
])
def test_according_to_a_participle_and_its_phrase(text: str, source: str) -> None:
    assert columns(text, "source")[0] == [source]


@pytest.mark.parametrize("text, row", [
    # a colon after the source opens all of the content, commas inside it included
    ("According to TASS: \u201cThe ministry, which gave no figures, denied the claim.\u201d",
     ["TASS", "\u201cThe ministry, which gave no figures, denied the claim.\u201d"]),
    ("According to Azerbaijan's defence ministry: two soldiers, both conscripts, were hurt.",
     ["Azerbaijan's defence ministry", "two soldiers, both conscripts, were hurt"]),
])
def test_according_to_and_a_colon(text: str, row: list[str]) -> None:
    assert columns(text, "source", "content") == [row]


def test_a_relative_aside_after_according_to_is_no_content() -> None:
    text = ("According to the ministry, which did not provide evidence, the drones were "
            "launched from Iran.")
    assert columns(text, "source", "content") == [
        ["the ministry", "the drones were launched from Iran"]]


@pytest.mark.parametrize("text, row", [
    # an aside of how or where a source spoke is not part of its mention
    ("Al Jazeera's correspondent, reporting from Deir el-Balah, said the bombardment went on.",
     ["Al Jazeera's correspondent", "Al Jazeera's correspondent", None]),
    # a relay set off by commas, what it cites ending in "services"
    ("TASS, citing a source in the emergency services, reported that two people were hurt.",
     ["TASS", "a source in the emergency services", "TASS"]),
    ("Two people were hurt, TASS reported, citing emergency services.",
     ["TASS", "emergency services", "TASS"]),
])
def test_asides_and_relays_of_wire_copy(text: str, row: list[str | None]) -> None:
    assert columns(text, "source", "speaker", "via")[0] == row


@pytest.mark.parametrize("text, row", [
    # the name in commas after a role is the source's, not the content's
    ("According to the ministry's spokeswoman, Shushan Stepanyan, the village was shelled.",
     ["the ministry's spokeswoman, Shushan Stepanyan", "Shushan Stepanyan",
      "the village was shelled"]),
    ("The village was shelled, according to the ministry's spokeswoman, Shushan Stepanyan.",
     ["the ministry's spokeswoman, Shushan Stepanyan", "Shushan Stepanyan",
      "The village was shelled"]),
    # after no role, a name in commas opens the content
    ("According to officials, Ruslan Kravchenko, the governor, was injured.",
     ["officials", "officials", "Ruslan Kravchenko, the governor, was injured"]),
])
def test_according_to_a_role_and_its_name(text: str, row: list[str]) -> None:
    assert columns(text, "source", "speaker", "content") == [row]


@pytest.mark.parametrize("text, row", [
    # a gerund before the cue's subject is not part of it
    ("He would not name anyone, aside from saying he wants a diverse team.",
     ["he", "wants", "a diverse team"]),
    ("Those close to him say he would have to consider Beyer.",
     ["Those close to him", "say", "he would have to consider Beyer"]),
])
def test_subjects_after_a_gerund_or_of_a_tie(text: str, row: list[str]) -> None:
    assert row in columns(text, "source", "cue", "content")


@pytest.mark.parametrize("text, row", [
    # the narrator's words after ", X said," are no second piece of the content
    ("At least 12 people were killed, the ministry said, without providing evidence.",
     ["the ministry", "At least 12 people were killed"]),
    ("At least 12 people were killed, Kyiv said, a claim Moscow denied.",
     ["Kyiv", "At least 12 people were killed"]),
    # people named by where they work, and a role then its holder's name, closing
    ("Medics at Nasser Hospital said 12 people were killed.",
     ["Medics at Nasser Hospital", "12 people were killed"]),
    ("Twelve people were killed, the spokesman for the army, Rear Admiral Daniel Hagari, said.",
     ["the spokesman for the army, Rear Admiral Daniel Hagari", "Twelve people were killed"]),
])
def test_wire_sources_and_the_narrators_gloss(text: str, row: list[str]) -> None:
    assert columns(text, "source", "content")[0] == row


@pytest.mark.parametrize("text, content", [
    # the narrator's "but did not comment", and a relative clause with its own source, end it
    ('The army said it had struck "terror targets" in the area but did not comment on the '
     "casualties.", 'it had struck "terror targets" in the area'),
    ("Aid agencies warned that famine was imminent in the north, where the U.N. said that one "
     "in six children was malnourished.", "that famine was imminent in the north"),
    # "but that" after a quote goes on with what was said
    ('Naim said the group had shown "great flexibility" but that Israel was refusing to commit.',
     'the group had shown "great flexibility" but that Israel was refusing to commit'),
])
def test_where_wire_content_ends(text: str, content: str) -> None:
    assert columns(text, "content")[0] == [content]


def test_a_pledge_of_one_noun() -> None:
    assert columns("Hezbollah vowed revenge after its commander was killed.", "source",
                   "cue", "content") == [["Hezbollah", "vowed", "revenge"]]
    assert columns("The ministry denied it.", "content") == []  # a pronoun says nothing


@pytest.mark.parametrize("text, source", [
    # bare plurals without an s close a sentence as its source
    ("Two people were killed, police said.", "police"),
    ("The bridge was destroyed, local media reported.", "local media"),
    ("The convoy was hit, staff said.", "staff"),
])
def test_bare_collective_sources(text: str, source: str) -> None:
    assert columns(text, "source") == [[source]]


@pytest.mark.parametrize("text, row", [
    # wide verbs that may close a sentence as its cue
    ("The shelling will go on, police warned.", ["police", "warned"]),
    ("Some 1.9 million people have fled, the UN estimated.", ["the UN", "estimated"]),
    ("The law is unconstitutional, the court ruled.", ["the court", "ruled"]),
])
def test_a_wide_cue_closing_its_sentence(text: str, row: list[str]) -> None:
    assert columns(text, "source", "cue") == [row]


@pytest.mark.parametrize("text", [
    # but not a clause's verb, a passive, or one that thinks or hopes
    "The offensive came sooner than anyone had expected.",
    "It was far short of the 50,000 per day officials estimated.",
    "The deal will hold, the minister believes.",
    "The report was late, and he was warned.",
])
def test_wide_cues_that_close_no_attribution(text: str) -> None:
    assert columns(text, "cue") == []


def test_content_ends_before_another_source_set_against_it() -> None:
    text = ("Health officials said 20 people had been killed, while the army said it had "
            "targeted militants.")
    assert columns(text, "source", "content") == [
        ["Health officials", "20 people had been killed"],
        ["the army", "it had targeted militants"]]
    text = ("Obama stressed that the reforms were not complete, and rights groups warned that "
            "leverage was being lost.")
    assert columns(text, "source", "content") == [
        ["Obama", "that the reforms were not complete"],
        ["rights groups", "that leverage was being lost"]]
    # a "while" clause with no source of its own is still the content
    assert columns("He said the economy grew, while unemployment fell.", "content") == [
        ["the economy grew, while unemployment fell"]]


@pytest.mark.parametrize("text, row", [
    # a cue word before a verb of speech is its plural subject
    ("Reports say dozens of people are trapped.",
     ["Reports", "say", "dozens of people are trapped"]),
    ("Media reports said the bridge was destroyed.",
     ["Media reports", "said", "the bridge was destroyed"]),
    # records that show what the sentence says, closing it
    ("Revenue reached $100 million last year, company reports show.",
     ["company reports", "show", "Revenue reached $100 million last year"]),
    ("At least 40 people were killed, figures show.",
     ["figures", "show", "At least 40 people were killed"]),
])
def test_reports_and_records_as_sources(text: str, row: list[str]) -> None:
    assert columns(text, "source", "cue", "content") == [row]


@pytest.mark.parametrize("text", [
    "The two leaders spoke for about 45 minutes.", "They talked by phone.",
    "The ministers spoke briefly.",
])
def test_how_long_or_how_they_spoke_is_no_content(text: str) -> None:
    assert columns(text, "content") == []


def test_a_quoting_verb_before_a_quoted_fragment_is_no_cue() -> None:
    text = 'The spokesman added that the operation would continue "as long as necessary".'
    assert columns(text, "cue") == [["added"]]
    assert columns('He continued: "We will win."', "cue", "content") == [
        ["continued", '"We will win."']]


def test_a_phone_call_is_a_channel() -> None:
    text = "Pashinyan said in a phone call with Putin that the border was tense."
    assert columns(text, "channel", "content") == [
        ["in a phone call with Putin", "that the border was tense"]]


def test_a_news_conference_told_is_the_channel() -> None:
    text = "Spokesman Daniel Hagari told a news conference that the operation would expand."
    assert columns(text, "channel", "content") == [
        ["a news conference", "that the operation would expand"]]
    assert columns("He told reporters that the town had fallen.", "channel") == [[None]]


def test_a_channel_with_two_words_before_its_noun() -> None:
    text = "Zelenskiy said in his nightly video address that Russia was massing troops."
    assert columns(text, "channel", "content") == [
        ["in his nightly video address", "that Russia was massing troops"]]


@pytest.mark.parametrize("text, content", [
    # a relative clause inside the content, closed before the main clause goes on
    ("Aliyev said the talks, which began on Monday, would resume next week.",
     "the talks, which began on Monday, would resume next week"),
    # a relative clause that comments on the whole content is the narrator's
    ("Aliyev said the talks failed, which angered Yerevan.", "the talks failed"),
])
def test_a_which_clause_ends_the_content_only_when_it_closes_the_sentence(
        text: str, content: str) -> None:
    assert attributions(text)["content"].tolist() == [content]


@pytest.mark.parametrize("text, content", [
    # a participle after an adverb is the narrator's gloss ...
    ("Aliyev told Azerbaijanis he would consider it a \"betrayal\" if they left, implicitly "
     "putting his name on the line.", 'he would consider it a "betrayal" if they left'),
    # ... unless the adverb hedges what the speaker said
    ("Hajiyev said the strike hit a depot, possibly causing the blasts in Ganja.",
     "the strike hit a depot, possibly causing the blasts in Ganja"),
    # a bare verb after "and" goes on the infinitive inside the content ...
    ("The EU urged both sides to respect the truce and consider talks in Brussels.",
     "both sides to respect the truce and consider talks in Brussels"),
    # ... a verb of speech in the tense of the cue is a second attribution
    ("The EU urged both sides to respect the truce and warned of sanctions.",
     "both sides to respect the truce"),
    # a label before its object is what was said ...
    ("Aliyev is describing as \u201ca provocation\u201d the Armenian strike on Ganja.",
     "as \u201ca provocation\u201d"),
    # ... and a list of labels goes on
    ("Baku described the claims as \u201cfalse\u201d or \u201cabsurd\u201d.",
     "the claims as \u201cfalse\u201d or \u201cabsurd\u201d"),
])
def test_where_the_first_content_ends(text: str, content: str) -> None:
    assert attributions(text)["content"].tolist()[0] == content


def test_including_does_not_end_indirect_content() -> None:
    # "including" lists members of what was said; it is no participle clause of the narrator
    text = "Aliyev said Armenia had shelled several towns, including Tartar and Barda."
    assert attributions(text)["content"].tolist() == [
        "Armenia had shelled several towns, including Tartar and Barda"]


@pytest.mark.parametrize("text, sources", [
    ("Officials at the ministry said the talks had failed.", ["Officials at the ministry"]),
    ("Residents in Stepanakert said the shelling had stopped.", ["Residents in Stepanakert"]),
    ("Several said the shelling had stopped.", ["Several"]),
    ("Many say they will not return.", ["Many"]),
    ("One resident said the shelling had stopped. Another said it went on all night.",
     ["One resident", "Another"]),
    ("Yet another said the shelling had stopped.", ["another"]),
])
def test_people_named_by_place_or_a_quantifier_are_the_source(text: str,
                                                              sources: list[str]) -> None:
    assert attributions(text)["source"].tolist() == sources


def test_another_before_a_noun_form_is_no_subject() -> None:
    table = attributions("Another challenge faced the mediators in Moscow.")
    assert table.empty


def test_an_article_and_a_name_before_a_bare_form_make_a_noun() -> None:
    # "a New York Times report": "report" is a noun; "The New York Times reports" is a cue
    text = "The footage, titled \u201cBlack Garden,\u201d features a New York Times report."
    assert attributions(text).empty
    assert attributions("The New York Times reports that the talks failed.")[
        "source"].tolist() == ["The New York Times"]


@pytest.mark.parametrize("text, rows", [
    # a form in "s" after a number or a quantifier and a word is a plural noun: a verb in
    # "s" takes no plural subject
    ("All releasable emails are supposed to be made public by Friday.", []),
    ("200 Clinton emails are now deemed classified.", []),
    # but one thing does, and so does a subject before the number
    ("One slide shows that exports doubled.", [("shows", "that exports doubled")]),
    ("An average of polls over the past two weeks shows Aliyev far ahead.",
     [("shows", "Aliyev far ahead")]),
])
def test_a_plural_noun_in_s_is_no_cue(text: str, rows: list[tuple[str, str]]) -> None:
    table = attributions(text)
    assert list(zip(table["cue"].str.split().str[-1], table["content"], strict=True)) == rows


def test_a_quantifier_before_a_noun_form_is_no_subject() -> None:
    # "Some reports said": "reports" is the noun, the cue is "said"
    table = attributions("Some reports said the border was closed.")
    assert table[["source", "cue"]].values.tolist() == [["Some reports", "said"]]


def test_told_an_audience_in_a_place_with_a_comma_then_that() -> None:
    text = "Pashinyan told a rally in Gyumri, Shirak province on Monday that the war was over."
    assert columns(text, "cue", "content") == [
        ["told", "that the war was over"]]


def test_a_quote_then_a_long_vox_pop_source() -> None:
    text = ('"Both sides scare me," Harry Bond, 30, of Raleigh, N.C., who was among those '
            'polled, said in a follow-up interview.')
    assert columns(text, "speaker", "content") == [
        ["Harry Bond", '"Both sides scare me,"']]


@pytest.mark.parametrize("text, content", [
    # the parenthetical "according to X" inside a clause: both sides are the content
    ("The museum, according to officials, will open in May.",
     "The museum, according to officials, will open in May"),
    # after a whole clause, what describes X is no content
    ("Taxes would rise by 20 percent, according to the Tax Foundation, a think tank in "
     "Washington.", "Taxes would rise by 20 percent"),
])
def test_according_to_in_mid_sentence(text: str, content: str) -> None:
    assert attributions(text)["content"].tolist() == [content]


def test_a_gerund_cue_takes_no_subject_between_a_quote_and_it() -> None:
    # UPI: '"…," Blige sings to Clinton before asking her, "…"': two quotes, two cues
    text = ('"Keep your hands in sight," Blige sings to Clinton before asking her, '
            '"Where do we go from here?"')
    assert columns(text, "source", "cue", "content") == [
        ["Blige", "sings", '"Keep your hands in sight,"'],
        ["Blige", "asking", '"Where do we go from here?"']]


def test_a_byline_reported_from_a_place_is_no_attribution() -> None:
    text = "Julie Davis reported from Stepanakert, and Anna Lee from Baku."
    assert attributions(text).empty


@pytest.mark.parametrize("text, rows", [
    ("Armenian forces continued to shell Tartar on Sunday.", []),
    ('"We will not give up," he continued.', [["he", "continued"]]),
])
def test_continue_to_is_aspect_not_speech(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue") == rows


def test_a_charge_that_the_other_side_rejected() -> None:
    text = "Baku accused Yerevan of violating the truce, a charge Yerevan rejected."
    table = attributions(text)
    rows = table[["source", "cue", "stance", "content"]].values.tolist()
    assert ["Yerevan", "rejected", "deny", "Baku accused Yerevan of violating the truce"] in rows
    assert ["Baku", "accused", "accuse", "Yerevan of violating the truce"] in rows


@pytest.mark.parametrize("text, content", [
    ("Allegations of shelling were denied by the Armenian side.", "Allegations of shelling"),
    ("Claims that troops crossed the border were dismissed by the ministry.",
     "Claims that troops crossed the border"),
])
def test_a_passive_denial_of_allegations_with_their_complement(text: str,
                                                                content: str) -> None:
    table = attributions(text)
    assert table[["content", "stance", "rule"]].values.tolist() == [
        [content, "deny", "passive-denial"]]


@pytest.mark.parametrize("text, row", [
    ("Baku dismissed Armenia's claim that its troops had crossed the border.",
     ["Armenia", "claim", "claim", "that its troops had crossed the border"]),
    ("Yerevan welcomed the Defence Ministry's denial that its jets had been shot down.",
     ["the Defence Ministry", "denial", "deny", "that its jets had been shot down"]),
    # in a phrase that opens the sentence, the claim ends at the phrase's comma
    ("Despite Armenia's claim that the village was taken, Azerbaijani forces held it.",
     ["Armenia", "claim", "claim", "that the village was taken"]),
    ("Contrary to his claim that voters would \"learn nothing,\" the files were revealing.",
     ["his", "claim", "claim", 'that voters would "learn nothing,"']),
    # and so does one named after "by" (TASS: "refuted reports by Azerbaijan's Defense
    # Ministry that …")
    ("Armenia rejected claims by Baku that its soldiers had crossed the border.",
     ["Baku", "claims", "claim", "that its soldiers had crossed the border"]),
    ("Yerevan has refuted reports by Azerbaijan's Defense Ministry that its troops retreated.",
     ["Azerbaijan's Defense Ministry", "reports", "neutral", "that its troops retreated"]),
])
def test_a_possessor_owns_the_claim_it_made(text: str, row: list[str]) -> None:
    table = attributions(text)
    assert row in table[["source", "cue", "stance", "content"]].values.tolist()


def test_a_claim_in_subject_position_is_left_alone() -> None:
    # where "that …" ends is unsure when the noun phrase is the sentence's subject
    table = attributions("Azerbaijan's statement that the ceasefire held was false.")
    assert "statement" not in table["cue"].tolist()
    table = attributions("Claims by Baku that the soldiers retreated were false.")
    assert "Claims" not in table["cue"].tolist()


def test_took_to_twitter_to_accuse() -> None:
    text = "Hajiyev took to Twitter overnight to accuse Armenia of shelling Ganja."
    assert columns(text, "source", "cue", "stance") == [
        ["Hajiyev", "took to Twitter overnight to accuse", "accuse"]]


def test_an_opening_gerund_of_cognition_adds_nothing() -> None:
    # "hearing" is a cue of cognition: after "After", no speech of Putin's
    table = attributions("After hearing the news, Putin said the talks went well.")
    assert table[["source", "cue"]].values.tolist() == [["Putin", "said"]]


def test_a_gerund_after_a_place_name_is_no_speaker() -> None:
    text = 'Clinton responded to a question on Facebook writing, "Yes, I will."'
    assert "Facebook" not in attributions(text)["source"].tolist()


def test_and_when_starts_a_new_clause_after_the_content() -> None:
    text = ("Aliyev said the border was calm, and when asked about the shelling, he said, "
            '"Ask Yerevan."')
    table = attributions(text)
    assert table[["cue", "content"]].values.tolist()[0] == ["said", "the border was calm"]


def test_call_out_is_one_accusing_cue() -> None:
    table = attributions("Pashinyan called out Moscow for its silence.")
    assert table[["cue", "stance", "content"]].values.tolist() == [
        ["called out", "accuse", "Moscow for its silence"]]


# Gerund and participle cues whose speaker stands elsewhere in the sentence: after "upon", a
# multi-word participle, the same speaker going on ("went on to say", "going on to say"),
# a sentence that opens with the gerund, a name right before a quoted speech gerund.
@pytest.mark.parametrize("text, row", [
    ('Silverman drew boos upon saying, "Hillary heard the passion of the people."',
     ["Silverman", "saying", '"Hillary heard the passion of the people."']),
    ("Aliyev said the talks were over, calling on Armenia to withdraw its troops.",
     ["Aliyev", "calling on", "Armenia to withdraw its troops"]),
    ('"It is a tragedy," Pashinyan said, going on to say that the talks would resume.',
     ["Pashinyan", "going on to say", "that the talks would resume"]),
    ("Aliyev went on to accuse Armenia of shelling Ganja.",
     ["Aliyev", "went on to accuse", "Armenia of shelling Ganja"]),
    # an adverb between an appositive and the verb does not hide the subject
    ('Hajiyev, an aide to the president, then appeared on TV and began by saying the strike '
     'was "a war crime".', ["Hajiyev, an aide to the president,", "saying",
                            'the strike was "a war crime"']),
    ('While saying that he respects the mediators, Pashinyan rejected the plan.',
     ["Pashinyan", "saying", "that he respects the mediators"]),
    ('Before calling the strike "a war crime," the minister visited the town.',
     ["the minister", "calling", 'the strike "a war crime,"']),
    ('The ad shows footage of Hillary Clinton asking, "Why are we not ahead?"',
     ["Hillary Clinton", "asking", '"Why are we not ahead?"']),
    ('The video shows Aliyev saying: "We will return."',
     ["Aliyev", "saying", '"We will return."']),
    # an appeal in a participle is speech, though its verb is a wide one
    ("Russia called for calm, urging both sides to stop the fighting.",
     ["Russia", "urging", "both sides to stop the fighting"]),
    ("Aliyev rejected the plan, encouraging refugees to return to Shusha.",
     ["Aliyev", "encouraging", "refugees to return to Shusha"]),
])
def test_gerund_and_participle_cues_find_their_speaker(text: str, row: list[str]) -> None:
    assert row in columns(text, "source", "cue", "content")


def test_went_on_to_show_is_no_speech() -> None:
    # "show" is evidence, not speech, after "went on to" as after "a video"
    assert attributions("The army went on to show its strength near Shusha.").empty


@pytest.mark.parametrize("text, row", [
    # a cue word that closes a hyphenated compound is an adjective, not a verb
    ("Iran-backed Houthi rebels said they fired a missile.",
     ["Iran-backed Houthi rebels", "said", "they fired a missile"]),
    ("Sudan's army-backed government accused the RSF of shelling the camp.",
     ["Sudan's army-backed government", "accused", "the RSF of shelling the camp"]),
    ("The self-described commander said the unit had withdrawn.",
     ["The self-described commander", "said", "the unit had withdrawn"]),
])
def test_a_cue_word_inside_a_compound_is_no_cue(text: str, row: list[str]) -> None:
    assert columns(text, "source", "cue", "content") == [row]


@pytest.mark.parametrize("text, rows", [
    # why a source goes unnamed is neither a cue of its own nor part of the name
    ("A senior official who spoke on condition of anonymity said the talks had stalled.",
     [["A senior official", "said", "the talks had stalled"]]),
    ("A diplomat who asked not to be named said the proposal was dead.",
     [["A diplomat", "said", "the proposal was dead"]]),
    ("The adviser, who spoke on condition of anonymity because he was not authorised to "
     "brief the media, rejected the accusation.",
     [["The adviser", "rejected", "the accusation"]]),
    # the words before a parenthetical cue are still what was said
    ("He could not find a single taker, he said, on condition of anonymity.",
     [["he", "said", "He could not find a single taker"]]),
])
def test_anonymity_is_how_a_source_spoke_not_what(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


@pytest.mark.parametrize("text, source", [
    ("Aliyev, however, has insisted that Armenia must first amend its constitution.",
     "Aliyev"),
    ("Russia, for its part, said the drills were routine.", "Russia"),
    ("Ankara, meanwhile, said the drills were routine.", "Ankara"),
])
def test_a_sentence_adverb_after_the_name_is_no_part_of_the_source(text: str,
                                                                  source: str) -> None:
    assert attributions(text)["source"].tolist() == [source]


@pytest.mark.parametrize("text, content", [
    ("Russia's defence ministry said its forces had captured the village, a claim that could "
     "not be independently verified.", "its forces had captured the village"),
    ("Officials said 12 people died, a figure Israel disputes.", "12 people died"),
])
def test_the_narrators_gloss_after_the_content_is_not_said(text: str, content: str) -> None:
    table = attributions(text)
    assert table.loc[table["cue"] == "said", "content"].tolist() == [content]


def test_the_side_that_disputes_a_figure_is_its_source() -> None:
    assert columns("Officials said 12 people died, a figure Israel disputes.",
                   "source", "cue", "content") == [
        ["Israel", "disputes", "Officials said 12 people died"],
        ["Officials", "said", "12 people died"]]


def test_assessed_that_is_an_attribution() -> None:
    assert columns("The Institute for the Study of War assessed that Russian forces were likely "
                   "to intensify attacks.", "source", "cue", "content") == [[
        "The Institute for the Study of War", "assessed",
        "that Russian forces were likely to intensify attacks"]]


@pytest.mark.parametrize("text, content, channel", [
    ("Blair called for more school investment in a statement on Thursday.",
     "more school investment", "in a statement on Thursday"),
    ("Azerbaijan's defence ministry accused Armenian forces of shelling Tartar in a statement.",
     "Armenian forces of shelling Tartar", "in a statement"),
    ("Zelensky said Russia had launched 90 drones, in a post on Telegram.",
     "Russia had launched 90 drones", "in a post on Telegram"),
    ("Grant defended his father Tuesday on Facebook.", "his father Tuesday", "on Facebook"),
    # every platform the channel pattern knows, the new ones too
    ("Zelensky said Russia had launched 90 drones, on X.", "Russia had launched 90 drones",
     "on X"),
    ("The governor said two people were hurt, on WhatsApp.", "two people were hurt",
     "on WhatsApp"),
    # the channel of a verb of speech inside the content is the content's own ...
    ("He said he would speak in an interview later.", "he would speak in an interview later",
     None),
    # ... and so is a thing on a network, with no comma or day before it
    ("She said Trump bought a promoted trend on Twitter.", "Trump bought a promoted trend on "
     "Twitter", None),
])
def test_a_channel_closing_the_content_is_how_it_was_said(text: str, content: str,
                                                          channel: str | None) -> None:
    assert columns(text, "content", "channel")[0] == [content, channel]


@pytest.mark.parametrize("text, content", [
    # content with no verb of its own ends where the subject's next verb comes
    ("The FBI chastised Clinton for use of the server but did not recommend prosecution.",
     "Clinton for use of the server"),
    ("The envoy declined the assignment and has since left the ministry.",
     "the assignment"),
    ("Baku accused Yerevan of shelling Tartar and extended the curfew in the district.",
     "Yerevan of shelling Tartar"),
    # a gerund goes on the content, and so does an adjective before a noun
    ("Baku accused Yerevan of shelling Tartar and killing two civilians.",
     "Yerevan of shelling Tartar and killing two civilians"),
    ("Baku accused Yerevan of using banned and outdated weapons.",
     "Yerevan of using banned and outdated weapons"),
    # in a clause the verb after "and" is the clause's own
    ("The ministry said the convoy was hit and had to turn back.",
     "the convoy was hit and had to turn back"),
    ("The ministry said the plan works and would cost less.",
     "the plan works and would cost less"),
])
def test_a_second_predicate_of_the_source_is_not_content(text: str, content: str) -> None:
    assert attributions(text)["content"].tolist()[0] == content


@pytest.mark.parametrize("text, content", [
    # one spaced dash: the narrator's aside closes the content ...
    ("Baku said the talks had failed — a blow to the mediators in Moscow.",
     "the talks had failed"),
    # ... a pair of dashes sets an aside inside it ...
    ("Baku said the talks — held in Moscow — had failed.",
     "the talks — held in Moscow — had failed"),
    # ... and a quotation after the dash is still the speaker's
    ("Baku said the talks had failed - a \"provocation\" by Yerevan.",
     "the talks had failed - a \"provocation\" by Yerevan"),
])
def test_a_dash_aside_after_the_content(text: str, content: str) -> None:
    assert attributions(text)["content"].tolist()[0] == content


@pytest.mark.parametrize("text, content", [
    # a comma, then a verb of speech in the past with no subject: the main clause goes on
    ("A resident who said he had fled Shusha, told reporters the town was empty.",
     "he had fled Shusha"),
    ("The coalition called for more strikes on the Islamic State, also known as ISIS.",
     "more strikes on the Islamic State"),
    # a participle aside with its agent stays inside the content
    ("Pashinyan hoped the meeting, requested by Aliyev, would ease tensions.",
     "the meeting, requested by Aliyev, would ease tensions"),
])
def test_a_comma_and_a_past_verb_of_speech_close_the_content(text: str, content: str) -> None:
    assert attributions(text)["content"].tolist()[0] == content


@pytest.mark.parametrize("text, rows", [
    # a restrictive relative clause is part of its noun's source, and its own verb of speech
    # ends at the sentence's main verb
    ("People who fled the town said the shelling had not stopped.",
     [["People who fled the town", "said", "the shelling had not stopped"]]),
    ("Officials who spoke to reporters said the talks failed.",
     [["Officials who spoke to reporters", "said", "the talks failed"]]),
    ("A soldier who took part in the operation told Reuters the unit had withdrawn.",
     [["A soldier who took part in the operation", "told", "the unit had withdrawn"]]),
    # as is a participle that says where the source appeared
    ("Footage posted on social media showed thick smoke over the port.",
     [["Footage posted on social media", "showed", "thick smoke over the port"]]),
    ("A statement published on the ministry's website said the strikes had stopped.",
     [["A statement published on the ministry's website", "said", "the strikes had stopped"]]),
])
def test_a_relative_clause_inside_the_source(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


@pytest.mark.parametrize("text, rows", [
    # a relative clause set off by commas closes at its comma before the main clause, and
    # its "who" speaks for the name before it
    ("Aliyev, who said the talks had failed, left Baku on Monday.",
     [["who", "said", "the talks had failed", "Aliyev"]]),
    ("The army, which said it had repelled the attack, gave no figures.",
     [["which", "said", "it had repelled the attack", "The army"]]),
    # but a list goes on past its commas
    ("Smith, who said the budget would cut health, education and defence, left the hall.",
     [["who", "said", "the budget would cut health, education and defence", "Smith"]]),
    # and the condition of anonymity says nothing
    ("A senior U.S. official, who declined to be named, told reporters the plan was under "
     "review.", [["A senior U.S. official", "told", "the plan was under review",
                  "A senior U.S. official"]]),
])
def test_a_relative_clause_set_off_by_commas(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content", "speaker") == rows


@pytest.mark.parametrize("text, source", [
    # an unnamed source's tie to what it knows is part of it
    ("Sources close to the negotiations told the Guardian that a deal was near.",
     "Sources close to the negotiations"),
    ("People familiar with the matter told Reuters the talks had failed.",
     "People familiar with the matter"),
    ("A person with knowledge of the matter said the deal was dead.",
     "A person with knowledge of the matter"),
    ("Officials briefed on the talks said a deal was near.", "Officials briefed on the talks"),
    # and a plural head makes the bare "say" a verb, whatever noun ends the phrase
    ("People close to the situation say that the governor is silent.",
     "People close to the situation"),
    # not a place a subject moved close to
    ("He moved close to the border and said the troops had left.", "He"),
])
def test_an_unnamed_source_keeps_its_tie(text: str, source: str) -> None:
    assert columns(text, "source") == [[source]]


def test_briefing_someone_is_still_a_cue() -> None:
    assert columns("The minister briefed reporters on the talks.", "source", "cue",
                   "content") == [["The minister", "briefed", "reporters on the talks"]]


@pytest.mark.parametrize("text, rows", [
    # what the narrator says the source left out is neither content nor an attribution
    ("The ministry said 40 soldiers had been killed, but gave no further details.",
     [["The ministry", "said", "40 soldiers had been killed"]]),
    ("Trump claimed Clinton had helped her get citizenship, but offered no proof.",
     [["Trump", "claimed", "Clinton had helped her get citizenship"]]),
    ("Moscow said Kyiv had shelled the plant, without citing evidence.",
     [["Moscow", "said", "Kyiv had shelled the plant"]]),
    ("Officials said the convoy was hit, but declined to give casualty figures.",
     [["Officials", "said", "the convoy was hit"],
      ["Officials", "declined", "to give casualty figures"]]),
])
def test_what_the_source_left_out_is_not_its_content(text: str,
                                                     rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


@pytest.mark.parametrize("text", [
    "That said, the talks will continue.",
    "Needless to say, the talks will continue.",
])
def test_set_phrases_with_a_verb_of_speech_are_no_attribution(text: str) -> None:
    assert attributions(text).empty


@pytest.mark.parametrize("text", [
    # "plan" and "talk" are cues only before the words the pack lists for them ("plans to",
    # "talked about"); otherwise nouns or another sense
    "Peace talks collapsed on Friday.",
    "A new round planned for August in Geneva was boycotted.",
    # and a source never ends with a preposition
    "The war erupted over plans to integrate the two forces.",
])
def test_nouns_and_phrases_that_look_like_cues_are_no_attribution(text: str) -> None:
    assert attributions(text).empty


def test_a_plan_or_talk_with_its_word_after_is_an_attribution() -> None:
    assert columns("The army plans to retake the city. He talked openly about the war.",
                   "source", "cue", "content") == [
        ["The army", "plans", "to retake the city"], ["He", "talked", "openly about the war"]]
    headline = toolkit.parse_article("Ceasefire talks resume in Cairo\n\nThe army held.")
    assert headline.attributions.empty


def test_first_person_outside_quotes_is_the_writer() -> None:
    # in an op-ed "I" is the one who writes, not the last person named ...
    assert columns("Trump said the deal was bad. I think he is wrong.", "source",
                   "speaker") == [["Trump", "Trump"], ["I", "I"]]
    # ... and in a transcript, the one whose turn it is
    table = attributions("TAPPER: And obviously you support Trump.\n"
                         "FALLIN: Well, I think the whole nation needs to work together.")
    assert table.loc[table["source"] == "I", "speaker"].tolist() == ["FALLIN"]


def test_the_writers_first_person_is_the_narrators_voice() -> None:
    corpus = toolkit.parse_article("Headline\n\nTrump said the deal was bad. I think he is "
                                   "wrong.")
    assert corpus.sentences["voice"].tolist() == ["narrator", "USA", "narrator"]


@pytest.mark.parametrize("text, row", [
    # British style, the comma after the closing quote: the participle after it is a new clause
    ("Azerbaijan's Foreign Ministry rejected the findings as \"biased\", accusing the group of "
     "bias.", ["Azerbaijan's Foreign Ministry", "rejected", "the findings as \"biased\""]),
    # what was done with the document a channel names is not content
    ("Human Rights Watch said in a report released on Thursday that Azerbaijani forces had "
     "used cluster munitions.", ["Human Rights Watch", "said",
                                 "that Azerbaijani forces had used cluster munitions"]),
    # a name in apposition after an inverted title is the speaker
    ("\"There can be no military solution,\" said the French foreign minister, Jean-Yves Le "
     "Drian.", ["Jean-Yves Le Drian", "said", "\"There can be no military solution,\""]),
    # a name and its appositive before a closing cue
    ("Rebels entered Hama on Thursday, the Syrian Observatory for Human Rights, a "
     "Britain-based war monitor, said.",
     ["the Syrian Observatory for Human Rights", "said", "Rebels entered Hama on Thursday"]),
    ("Rebels entered Hama, Rami Abdulrahman, head of the Observatory, said.",
     ["Rami Abdulrahman", "said", "Rebels entered Hama"]),
])
def test_international_wire_forms(text: str, row: list[str]) -> None:
    assert columns(text, "speaker", "cue", "content")[0] == row


def test_a_relay_closing_the_sentence() -> None:
    # "…, X reported, citing Y.": Y speaks via X, and X cites Y (a row of its own, as PolNeAR
    # marks it)
    text = ("Iran fired missiles at Israel on Tuesday, Iranian state media reported, citing "
            "the Revolutionary Guards.")
    assert columns(text, "source", "speaker", "via", "cue", "content") == [
        ["Iranian state media", "the Revolutionary Guards", "Iranian state media", "reported",
         "Iran fired missiles at Israel on Tuesday"],
        ["Iranian state media", "Iranian state media", None, "citing",
         "the Revolutionary Guards"]]
    # a reason cited is no relay
    assert columns("Growth slowed, the ministry said, citing low demand.", "speaker",
                   "via")[0] == ["the ministry", None]


@pytest.mark.parametrize("text, rows", [
    # one who speaks inside what an outlet reports speaks through it; the outlet's own row,
    # the whole sentence, stays
    ("The ministry said two soldiers were wounded, TASS reported.",
     [["TASS", None, "The ministry said two soldiers were wounded"],
      ["The ministry", "TASS", "two soldiers were wounded"]]),
    ("According to local media, witnesses said the blast was heard across the city.",
     [["local media", None, "witnesses said the blast was heard across the city"],
      ["witnesses", "local media", "the blast was heard across the city"]]),
    # but not inside what someone else reports, a governor or an agency that is no outlet
    # ("agency" alone is no news medium: "the border agency")
    ("The ministry said two soldiers were wounded, the governor reported.",
     [["the governor", None, "The ministry said two soldiers were wounded"],
      ["The ministry", None, "two soldiers were wounded"]]),
    ("The ministry said two soldiers were wounded, the border agency reported.",
     [["the border agency", None, "The ministry said two soldiers were wounded"],
      ["The ministry", None, "two soldiers were wounded"]]),
])
def test_a_speaker_inside_an_outlets_report_speaks_through_it(
        text: str, rows: list[list[str | None]]) -> None:
    assert columns(text, "speaker", "via", "content") == rows


@pytest.mark.parametrize("text, row", [
    # an outlet that relays a speaker, set off after the name or opening the sentence
    ("Lavrov, quoted by TASS, said Moscow was ready to mediate.",
     ["Lavrov", "Lavrov", "TASS", "Moscow was ready to mediate"]),
    ("Citing intelligence sources, the Guardian reported that troops had been redeployed.",
     ["the Guardian", "intelligence sources", "the Guardian",
      "that troops had been redeployed"]),
    # a reason cited is no source
    ("Citing security concerns, the ministry said it would close the border.",
     ["the ministry", "the ministry", None, "it would close the border"]),
])
def test_relays_set_off_by_commas(text: str, row: list[str | None]) -> None:
    assert columns(text, "source", "speaker", "via", "content") == [row]


@pytest.mark.parametrize("text, content, channel", [
    ("Zelensky said on X, formerly Twitter, that air defences had shot down 40 drones.",
     "that air defences had shot down 40 drones", "on X, formerly Twitter"),
    ("Grigoryan said in an interview with Radio Liberty that the border had not been "
     "demarcated.", "that the border had not been demarcated",
     "in an interview with Radio Liberty"),
    # a broadcaster named before its platform
    ("Pushilin said on the Rossiya-24 TV channel that Russian forces were advancing.",
     "that Russian forces were advancing", "on the Rossiya-24 TV channel"),
    ("Pushilin said on Russian state TV that Russian forces were advancing.",
     "that Russian forces were advancing", "on Russian state TV"),
    # after an inverted name and its title
    ('"The situation is catastrophic," said Clementine Nkweta-Salami, the U.N. humanitarian '
     'coordinator for Sudan, in a statement on Thursday.', '"The situation is catastrophic,"',
     "in a statement on Thursday"),
    # the medium of a call or a message, after the cue, its object or an inverted name
    ("Hajiyev told reporters by phone that the talks would go on.",
     "that the talks would go on", "by phone"),
    ("The mayor said over the telephone that the shelling had stopped.",
     "that the shelling had stopped", "over the telephone"),
    ("The town has fallen, a resident said by phone.", "The town has fallen", "by phone"),
    ("The town has fallen, said a resident by phone from Rafah.", "The town has fallen",
     "by phone"),
    ('"It is over," said Kim, speaking by telephone from Mykolaiv.', '"It is over,"',
     "by telephone"),
    ("The town has fallen, said Ann Lee, a nurse, in an interview.", "The town has fallen",
     "in an interview"),
    # or set off by commas between the source and its cue
    ("Zelensky, in his nightly address, said Russia would pay for the strike.",
     "Russia would pay for the strike", "in his nightly address"),
    ("Putin, speaking on state TV, said the West had lied.", "the West had lied",
     "on state TV"),
    # right after the one a quote was told to, not later in the sentence
    ('"There is no ceasefire," one resident told AFP by phone.', '"There is no ceasefire,"',
     "by phone"),
    ("\"He deserved it,\" the man told a TV show after the fight, which was caught on video.",
     '"He deserved it,"', None),
    # where and when it was said, between the cue and "that", is no part of what was said;
    # a channel when its noun names one
    ("Pashinyan said at a cabinet meeting on Thursday that the troops must leave.",
     "that the troops must leave", None),
    ("Bayramov said at a news conference in Baku that the talks had stalled.",
     "that the talks had stalled", "at a news conference"),
    ("Aliyev said during his victory speech on Tuesday that the war was over.",
     "that the war was over", "during his victory speech on Tuesday"),
    ("The mayor said in a telephone interview that the shelling had stopped.",
     "that the shelling had stopped", "in a telephone interview"),
    # but a "that" with a verb after it opens a relative clause, not what was said
    ("The ministry reported in the days that followed heavy losses.",
     "in the days that followed heavy losses", None),
])
def test_channels_of_todays_wires(text: str, content: str, channel: str) -> None:
    assert columns(text, "content", "channel")[0] == [content, channel]


@pytest.mark.parametrize("text, row", [
    # a negative contraction is an auxiliary of the cue, not part of the source
    ("Schneiderman isn’t saying if the foundation violated any laws.",
     ["Schneiderman", "isn’t saying", "if the foundation violated any laws"]),
    ("The ministry hasn't said when the convoy would leave.",
     ["The ministry", "hasn't said", "when the convoy would leave"]),
    ("Baku doesn't say who fired first.", ["Baku", "doesn't say", "who fired first"]),
])
def test_negative_contractions_are_auxiliaries(text: str, row: list[str]) -> None:
    assert columns(text, "source", "cue", "content") == [row]


@pytest.mark.parametrize("text, rows", [
    # "according to plan" is an idiom: no one is cited, and the speaker's own cue stands
    ('Officials in Kyiv say the counteroffensive is progressing "according to plan".',
     [["Officials in Kyiv", "say", 'the counteroffensive is progressing "according to plan"']]),
    ("The vote went ahead according to schedule.", []),
    # a document is still a source
    ("According to state law, no one may campaign near a polling station.",
     [["state law", "According to", "no one may campaign near a polling station"]]),
])
def test_according_to_plan_cites_no_one(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


@pytest.mark.parametrize("text, source", [
    # people named by where they are, then the bare form of a verb of speech
    ("Residents in Gaza say they have had no water for days.", "Residents in Gaza"),
    ("Members of parliament say the vote will go ahead.", "Members of parliament"),
    ("Doctors at Nasser hospital warn that fuel will run out.", "Doctors at Nasser hospital"),
    # any plural in lower case heads such a source, mid-sentence too
    ("But protest organizers in Cleveland say the rules will backfire.",
     "protest organizers in Cleveland"),
])
def test_people_named_by_where_they_are(text: str, source: str) -> None:
    assert columns(text, "source")[0] == [source]


def test_a_bare_verb_after_a_place_is_still_no_cue_when_not_speech() -> None:
    assert attributions("The heads of state report to parliament.").empty


def test_writers_words_before_a_quote_make_it_mixed() -> None:
    text = ('Erdogan vowed to stand by Azerbaijan "with all our means", Anadolu Agency '
            "reported.")
    assert columns(text, "kind", "source", "content") == [
        ["mixed", "Anadolu Agency",
         'Erdogan vowed to stand by Azerbaijan "with all our means"']]


def test_a_clause_of_contrast_after_the_cue_is_anothers() -> None:
    text = ("The death toll rose to 23, Gaza's health ministry said, while Israel said two "
            "soldiers were wounded.")
    assert columns(text, "source", "content") == [
        ["Gaza's health ministry", "The death toll rose to 23"],
        ["Israel", "two soldiers were wounded"]]


def test_a_clause_of_time_after_the_cue_is_the_narrators() -> None:
    # Guardian style: "…, the government said on Wednesday, as …": the "as" clause is the
    # story's own
    text = ("More than 50,000 people have fled to Armenia, the Armenian government said on "
            "Wednesday, as the region's population left en masse.")
    assert columns(text, "source", "content") == [
        ["the Armenian government", "More than 50,000 people have fled to Armenia"]]


@pytest.mark.parametrize("text", [
    "And so, he said, while some are horrified, many voters like the story.",
    "The army, he said, while short of shells, would hold the line.",
])
def test_a_clause_of_contrast_before_the_main_clause_is_still_the_content(text: str) -> None:
    assert columns(text, "source", "content") == [["he", text.rstrip(".")]]


def test_a_content_that_opens_with_said_belongs_to_that_verb() -> None:
    text = ("Two Western diplomats, who requested anonymity to discuss private talks, said the "
            "deal was close.")
    rows = columns(text, "source", "cue", "content")
    assert "talks" not in [cue for _, cue, _ in rows]
    assert ["Two Western diplomats", "said", "the deal was close"] in rows


@pytest.mark.parametrize("text, row", [
    # the passive of a relay: the subject speaks, through the outlet after "by"
    ('"Our forces repelled the attack," Dargahli was quoted by APA as saying.',
     ["Dargahli", "Dargahli", "APA", '"Our forces repelled the attack,"']),
    ('"Our forces repelled the attack," the spokesman was quoted as saying by APA.',
     ["the spokesman", "the spokesman", "APA", '"Our forces repelled the attack,"']),
    ("The spokesman was quoted by TASS as saying that the attack had been repelled.",
     ["The spokesman", "The spokesman", "TASS", "that the attack had been repelled"]),
    # and with no outlet named
    ("The spokesman was quoted as saying that the attack had been repelled.",
     ["The spokesman", "The spokesman", None, "that the attack had been repelled"]),
    # the active relay is unchanged
    ("TASS quoted the spokesman as saying that the attack had been repelled.",
     ["TASS", "the spokesman", "TASS", "that the attack had been repelled"]),
    # a relay that closes an indirect content, active and passive
    ("The attack had been repelled, TASS quoted the spokesman as saying.",
     ["TASS", "the spokesman", "TASS", "The attack had been repelled"]),
    ("The attack had been repelled, the spokesman was quoted by APA as saying.",
     ["the spokesman", "the spokesman", "APA", "The attack had been repelled"]),
    # an aside "quoted by" after the source is the relay of its "said", no cue of its own
    ("The ministry, quoted by the state news agency APA, said two soldiers were wounded.",
     ["The ministry", "The ministry", "APA", "two soldiers were wounded"]),
])
def test_quoted_as_saying_in_the_passive(text: str, row: list[str | None]) -> None:
    assert columns(text, "source", "speaker", "via", "content") == [row]


@pytest.mark.parametrize("text, content", [
    # whom a source told is not what it said
    ("Kirby told a briefing there were no plans to send troops.",
     "there were no plans to send troops"),
    ("Peskov told state television the talks had stalled.", "the talks had stalled"),
    ("Erdogan told his supporters Turkey would not back down.", "Turkey would not back down"),
    ("Nebenzia told an emergency session of the Security Council the claims were false.",
     "the claims were false"),
])
def test_whom_a_source_told(text: str, content: str) -> None:
    assert columns(text, "content") == [[content]]


def test_a_statement_named_again_speaks_for_its_issuer() -> None:
    text = ("Headline\n\nArmenian troops tried to cross the border, Azerbaijan's defence ministry "
            'said in a statement.\n\n"The enemy was forced to retreat," the statement said.\n\n'
            "The foreign ministry of Armenia issued a statement, calling on Baku to stop.\n\n"
            '"We urge restraint," the statement reads.')
    rows = toolkit.parse_article(text).attributions
    said = rows[rows["source"].isin(["the statement"])]
    assert said[["speaker", "side"]].values.tolist() == [
        ["Azerbaijan's defence ministry", "AZE"], ["The foreign ministry of Armenia", "ARM"]]


def test_a_statement_named_with_its_issuer_speaks_for_it_when_named_again() -> None:
    text = ('Headline\n\n"The shelling stopped," Azerbaijan\'s defence ministry\'s statement '
            'reads.\n\nThe army took "adequate measures", the statement said.')
    rows = toolkit.parse_article(text).attributions
    assert rows[["source", "speaker", "side"]].values.tolist() == [
        ["Azerbaijan's defence ministry's statement", "Azerbaijan's defence ministry", "AZE"],
        ["the statement", "Azerbaijan's defence ministry", "AZE"]]


@pytest.mark.parametrize("text, row", [
    # a body named again by its head noun is the last body with that head named before it,
    # speaker or not
    ("Six soldiers were detained by Azerbaijan's State Border Service, the service said.",
     ["the service", "Azerbaijan's State Border Service", "State Border Service of Azerbaijan",
      "AZE"]),
    ("Azerbaijan's defence ministry published a video on Monday.\n\nThe ministry said two "
     "soldiers were wounded.",
     ["The ministry", "Azerbaijan's defence ministry", "Azerbaijan Ministry of Defence", "AZE"]),
    # with no body of a side named before it, it stays as written
    ("Turkey's ally sent aid.\n\nThe ministry said two soldiers were wounded.",
     ["The ministry", "The ministry", None, None]),
    # one named with its side is the last body of that side with that head, and so is a
    # pronoun that stands for it
    ("Azerbaijan's defence ministry said troops attacked, and Armenia's defence ministry "
     "denied it.\n\nThe Azerbaijani ministry said two soldiers were hurt. It added that they "
     "were conscripts.",
     ["It", "Azerbaijan's defence ministry", "Azerbaijan Ministry of Defence", "AZE"]),
    ("Azerbaijan's defence ministry said troops attacked, and Armenia's defence ministry "
     "denied it.\n\nThe Armenian ministry said the claim was false.",
     ["The Armenian ministry", "Armenia's defence ministry", "Armenia Ministry of Defence",
      "ARM"]),
])
def test_a_body_named_again_is_the_last_one_named(text: str, row: list[str | None]) -> None:
    assert columns(text, "source", "speaker", "actor", "side")[-1] == row


def test_a_statement_named_long_after_its_issuer_stays_unresolved() -> None:
    filler = "".join(f"Shelling went on in village {k}.\n\n" for k in range(4))
    text = ("Headline\n\nTroops crossed the border, Azerbaijan's defence ministry said in a "
            f'statement.\n\n{filler}"The enemy retreated," the statement said.')
    rows = toolkit.parse_article(text).attributions
    assert rows.loc[rows["source"] == "the statement", "speaker"].tolist() == ["the statement"]


@pytest.mark.parametrize("text, source", [
    # a sentence adverb before a noun phrase is no part of the source
    ("Earlier the Azerbaijani Defense Ministry claimed that troops tried to cross the border.",
     "the Azerbaijani Defense Ministry"),
    ("Meanwhile his spokesman said the talks would go on.", "his spokesman"),
    # an adjective before a noun of speech makes it a noun, not a verb
    ("The earlier report said troops had withdrawn.", "The earlier report"),
])
def test_adverbs_and_adjectives_around_a_source(text: str, source: str) -> None:
    assert columns(text, "source") == [[source]]


def test_a_headline_speaker_is_named_by_the_body() -> None:
    text = ("Defence Ministry denies reports of troops crossing the border\n\n"
            "The Ministry of Defense of Armenia denies the reports spread by Baku.")
    rows = toolkit.parse_article(text).attributions
    assert rows[["kind", "source", "side"]].values.tolist() == [
        ["headline", "Defence Ministry", "ARM"],
        ["indirect", "The Ministry of Defense of Armenia", "ARM"]]


@pytest.mark.parametrize("text, channel", [
    ('"It is not true," Stepanyan wrote on her Facebook page on Wednesday.',
     "on her Facebook page"),
    ("The ministry said on its website that it was not true.", "on its website"),
    ("He wrote on his official Twitter account that the attack was repelled.",
     "on his official Twitter account"),
    ("Zelenskiy said on the Telegram messaging app that the strikes had stopped.",
     "on the Telegram messaging app"),
    # a platform or a time of day may name the kind of post; "national" the television
    ("Hamas said in a Telegram post that the proposal did not meet its demands.",
     "in a Telegram post"),
    ("The General Staff said in its morning update that 24 clashes had taken place.",
     "in its morning update"),
    ("Ihnat said on national television that the drones were Iranian-made.",
     "on national television"),
    # a channel inside whom "told" addresses, or after "carried by"
    ("The minister told CNN in an interview that the operation would continue.",
     "in an interview"),
    ("He told reporters at a briefing in Moscow that talks would resume.", "at a briefing"),
    ("The ministry said in a statement carried by the official WAM news agency that the "
     "drone was intercepted.", "in a statement carried by the official WAM news agency"),
    # where the statement was posted belongs to the channel, also when it opens the sentence
    ("In a statement posted on X, the Israeli military said it had struck targets.",
     "In a statement posted on X"),
])
def test_pages_and_accounts_as_channels(text: str, channel: str) -> None:
    assert columns(text, "channel") == [[channel]]
    assert not columns(text, "content")[0][0].startswith(("messaging", "app"))


@pytest.mark.parametrize("text, row", [
    # comments, remarks and videos are channels, in the singular or the plural
    ('"Armenia must stop provocations," Leyla Abdullayeva, head of the press service of the '
     "Foreign Ministry, said in a comment to Turan.",
     ["in a comment to Turan", '"Armenia must stop provocations,"']),
    ("The minister said in comments to Reuters that talks would resume.",
     ["in comments to Reuters", "that talks would resume"]),
    # a channel's noun is a whole word: "in a video posted on Telegram" is no "video post",
    # and where it was posted is part of it
    ("Zelensky said in a video posted on Telegram that the attack had failed.",
     ["in a video posted on Telegram", "that the attack had failed"]),
])
def test_comments_and_videos_as_channels(text: str, row: list[str]) -> None:
    assert columns(text, "channel", "content") == [row]


def test_a_semicolon_closes_a_content_then_cue() -> None:
    text = ("It was never just about him, his aides argued in interviews this week; rather, it "
            "was his ability to give voice to shared hopes.")
    assert columns(text, "source", "content") == [["his aides", "It was never just about him"]]


def test_a_person_with_an_appositive_is_she() -> None:
    text = ('"Armenia must stop provocations," Leyla Abdullayeva, head of the press service of '
            "the Foreign Ministry, said. According to her, talks had stalled.")
    assert columns(text, "speaker") == [["Leyla Abdullayeva"], ["Leyla Abdullayeva"]]


@pytest.mark.parametrize("text, content", [
    # a phrase of time that opens the content ends at its comma, not the content
    ("Abdullayeva recalled that after the end of the war, Azerbaijan had repeatedly called for "
     "talks.", "that after the end of the war, Azerbaijan had repeatedly called for talks"),
    ("He said that in 2020, Baku had demanded talks.", "that in 2020, Baku had demanded talks"),
    # while a closing ", a source said" is still cut off
    ("He said that in 2020 the talks had failed, the ministry added.",
     "that in 2020 the talks had failed"),
])
def test_a_fronted_phrase_inside_a_content(text: str, content: str) -> None:
    source = text.split()[0]
    assert [source, content] in columns(text, "source", "content")


@pytest.mark.parametrize("text", [
    # a dash where English puts a comma, as agencies translating from Russian write
    "“We will respond,” – Hasanov said.",
    "“We will respond,” – said Hasanov.",
])
def test_a_dash_between_quote_and_cue(text: str) -> None:
    assert columns(text, "source", "cue", "content") == [["Hasanov", "said", "“We will respond,”"]]


@pytest.mark.parametrize("text, row", [
    ("As reported by the press service, the enemy retreated.",
     ["the press service", "As reported by", "the enemy retreated"]),
    ("As was noted by the ministry, the Armenian side has suffered losses.",
     ["the ministry", "As was noted by", "the Armenian side has suffered losses"]),
])
def test_as_reported_by(text: str, row: list[str]) -> None:
    assert columns(text, "source", "cue", "content") == [row]
    assert columns(text, "kind") == [["according_to"]]


@pytest.mark.parametrize("text, speaker, side", [
    # information and data speak for whoever provided them
    ("According to the information provided by the Defense Ministry of Azerbaijan, the enemy "
     "retreated.", "the Defense Ministry of Azerbaijan", "AZE"),
    ("According to data from Armenia's health ministry, 40 people were wounded.",
     "Armenia's health ministry", "ARM"),
])
def test_information_speaks_for_its_provider(text: str, speaker: str, side: str) -> None:
    assert columns(text, "speaker", "side") == [[speaker, side]]


@pytest.mark.parametrize("text, row", [
    # a channel that opens the sentence before the source
    ('In a Facebook post on Wednesday, spokesperson Shushan Stepanyan said the information '
     '"does not correspond to reality."',
     ["In a Facebook post on Wednesday", 'the information "does not correspond to reality."']),
    # and after "Speaking", with the place it was in
    ("Speaking at a briefing in Moscow, Zakharova said Russia was ready to help.",
     ["at a briefing", "Russia was ready to help"]),
    # or the day it was said ("In a statement Thursday" as AP writes it)
    ("Speaking at a news conference in Paris on Wednesday evening, Kuleba urged allies to "
     "send more air defence.", ["at a news conference", "allies to send more air defence"]),
    ("In a statement Thursday, the ministry's spokesman said the border was closed.",
     ["In a statement", "the border was closed"]),
    # two time words after the cue are not the content ("earlier on Wednesday")
    ("Azerbaijan's Defense Ministry had claimed earlier on Wednesday that troops had entered.",
     [None, "that troops had entered"]),
])
def test_opening_channels_and_time_words(text: str, row: list[str | None]) -> None:
    assert columns(text, "channel", "content") == [row]


def test_but_warned_that_is_new_speech() -> None:
    text = 'Pashinyan said Armenia was ready to negotiate, but warned that "the army is ready."'
    assert columns(text, "cue", "content") == [
        ["said", "Armenia was ready to negotiate"],
        ["warned", 'that "the army is ready."']]
    # while a verb of thought goes on the same content
    text = "Clinton says she hopes to win, but she knows that the race is close."
    assert columns(text, "content") == [
        ["she hopes to win, but she knows that the race is close"]]


def test_whom_a_verb_asks_is_no_inverted_source() -> None:
    # "…, asks Russia for help": Russia is asked, it does not speak
    rows = toolkit.parse_article("Armenia says Azerbaijani troops crossed border, asks Russia "
                                 "for help\n\nThe body.").attributions
    assert rows["source"].tolist() == ["Armenia"]


def test_a_readout_of_a_call_is_a_channel() -> None:
    text = ("Pashinyan's office said in a readout of the call that the two leaders discussed "
            "the border.")
    assert columns(text, "channel", "content") == [
        ["in a readout of the call", "that the two leaders discussed the border"]]


def test_a_passive_confirmation() -> None:
    text = "The news was confirmed by Azerbaijan's Defense Ministry."
    assert columns(text, "source", "cue", "content", "side", "rule") == [
        ["Azerbaijan's Defense Ministry", "was confirmed by", "The news", "AZE",
         "passive-confirmation"]]


@pytest.mark.parametrize("text, rows", [
    # an outlet named by its web address keeps its dot: the region's press writes them so
    ("According to News.az, two soldiers were wounded.",
     [["News.az", "According to", "two soldiers were wounded"]]),
    ('"The border is calm," the deputy minister told Report.az on Tuesday.',
     [["the deputy minister", "told", '"The border is calm,"']]),
    ("Report.az said the border was calm.", [["Report.az", "said", "the border was calm"]]),
])
def test_an_outlet_named_by_its_web_address(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


@pytest.mark.parametrize("text, rows", [
    # the writer's aside in the passive of duty is no one's words; a statement's passive is
    ("It should be noted that the border has not been demarcated.", []),
    ("It must be stressed that the talks continue.", []),
    ("It was noted that the Armenian side bears full responsibility.",
     [[None, "was noted", "that the Armenian side bears full responsibility"]]),
])
def test_the_writers_aside_is_no_attribution(text: str, rows: list[list[str | None]]) -> None:
    found = attributions(text)
    assert [[None if pd.isna(r.source) else r.source, r.cue, r.content]
            for r in found.itertuples()] == rows


@pytest.mark.parametrize("text, rows", [
    # a denial in a relative clause: its content is the pronoun, as PolNeAR marks it
    ("Israel says Hamas uses hospitals as command centres, which Hamas denies.",
     [["Israel", "says", "Hamas uses hospitals as command centres"],
      ["Hamas", "denies", "which"]]),
    ("Russia accuses Ukraine of shelling the plant, which Kyiv has repeatedly denied.",
     [["Russia", "accuses", "Ukraine of shelling the plant"],
      ["Kyiv", "has repeatedly denied", "which"]]),
    # and the clause ends it: what follows is the sentence's, not the denier's
    ("The allegations, which the ministry rejected, spread online.",
     [["the ministry", "rejected", "which"]]),
])
def test_a_denial_in_a_relative_clause(text: str, rows: list[list[str]]) -> None:
    assert columns(text, "source", "cue", "content") == rows


def test_a_surname_names_the_person_named_in_full_before() -> None:
    text = ("Armenian Defence Ministry spokesman Aram Torosyan said the village was shelled. "
            '"It is a provocation," Torosyan said. Mr. Torosyan added that no one was hurt. '
            "Melania Torosyan, a resident, said she heard nothing.")
    rows = attributions(text)
    first = "Armenian Defence Ministry spokesman Aram Torosyan"
    assert rows["speaker"].tolist() == [first, first, first, "Melania Torosyan"]
    assert rows["side"].tolist()[:3] == ["ARM"] * 3
    assert pd.isna(rows["side"].iloc[3])  # a first name makes another person


@pytest.mark.parametrize("second", [
    "Ministry spokesman Aram Torosyan said the shelling began at 2 a.m.",
    "Its spokesman, Aram Torosyan, said the shelling began at 2 a.m.",
    "A ministry official said the shelling began at 2 a.m.",
])
def test_one_who_speaks_for_a_body_named_before_takes_its_side(second: str) -> None:
    rows = attributions("Armenia's Defence Ministry said the village was shelled. " + second)
    assert rows["actor"].tolist() == ["Armenia Ministry of Defence"] * 2
    assert rows["side"].tolist() == ["ARM", "ARM"]
