"""Reading every input format, every encoding, and every kind of bad input into records."""

from __future__ import annotations

import codecs
import csv
import json
import os
from pathlib import Path

import pytest

from toolkit import readers
from toolkit.paths import data_dir
from toolkit.readers import ReadError, Record, iter_records

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
RU = "Министерство обороны Армении опровергло сообщения о пересечении границы военными."


def read(paths, metadata=None) -> tuple[list[Record], list[ReadError]]:
    items = list(iter_records(paths, metadata))
    return ([r for r in items if isinstance(r, Record)],
            [r for r in items if isinstance(r, ReadError)])


def test_sample_corpus_with_metadata() -> None:
    (record,), errors = read(data_dir() / "articles", data_dir() / "articles.csv")
    assert errors == []
    seed = (data_dir() / "articles" / "000_cc3c80c0ca6af665.txt").read_text(encoding="utf-8")
    assert record.text == seed
    assert (record.article_id, record.outlet, record.published, record.language,
            record.encoding) == ("000_cc3c80c0ca6af665.txt", "TRT World", "2021-06-02", "en",
                                 "utf-8")
    assert record.url.startswith("https://www.trtworld.com/")


def test_html_page_main_text_and_metadata() -> None:
    # An AZERTAC-style page with scripts, an iframe, navigation and a footer.
    (record,), errors = read(FIXTURES / "azertac_page.html")
    assert errors == []
    assert record.headline == "Ministry of Defense: Armenian units withdrawn from Kalbajar " \
                              "direction"
    assert record.text.startswith(record.headline + "\n\n")
    assert "the Ministry of Defense of Azerbaijan said in a statement" in record.text
    for leftover in ("tracking pixel", "inline script", "console.log", "Politics"):
        assert leftover not in record.text
    assert record.published == "2021-06-02"
    assert record.outlet == "AZERTAC"
    assert record.source_path.endswith("azertac_page.html")


def test_json_object_and_list(tmp_path: Path) -> None:
    # A TASS-style JSON export: one object, then a list of two.
    one = {"title": "Yerevan refutes Baku's claim", "body": "YEREVAN, June 2. /TASS/. Text.",
           "url": "https://tass.com/world/1", "date": "2021-06-02T14:05:00Z",
           "source": "TASS"}
    (tmp_path / "one.json").write_text(json.dumps(one), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([one, {**one, "title": "Second"}]))
    records, errors = read(tmp_path)
    assert errors == []
    assert [r.article_id for r in records] == ["many.json#1", "many.json#2", "one.json"]
    first = records[2]
    assert first.text == "Yerevan refutes Baku's claim\n\nYERVAN".replace("YERVAN", "YEREVAN") \
        + ", June 2. /TASS/. Text."
    assert (first.outlet, first.published, first.headline) == ("TASS", "2021-06-02",
                                                               "Yerevan refutes Baku's claim")
    assert records[0].source_row == 1


def test_json_lines_with_a_broken_line(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "Baku said the border was calm.", "outlet": "APA"}),
             '{"text": "broken', "",
             json.dumps({"text": "Yerevan denied it.", "id": "armenpress-77"})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    records, errors = read(tmp_path / "feed.jsonl")
    assert [r.article_id for r in records] == ["feed.jsonl#1", "armenpress-77"]
    assert records[1].source_row == 4
    (error,) = errors
    assert (error.source_row, error.article_id) == (2, "feed.jsonl#2")
    assert "malformed JSON on line 2" in error.message


def test_media_cloud_csv(tmp_path: Path) -> None:
    path = tmp_path / "mediacloud.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["stories_id", "publish_date", "title", "url", "language",
                         "media_name", "text"])
        writer.writerow(["1954", "2021-06-02 09:14:00", "Armenia denies incursion",
                         "https://example.org/a", "en", "CivilNet",
                         "Armenia's defence ministry denied the reports.\nIt said all was calm."])
        writer.writerow(["1955", "2021-06-02", "Broken", "u"])  # too few fields
    records, errors = read(path)
    (record,) = records
    assert record.article_id == "mediacloud.csv#1"
    assert record.text == ("Armenia denies incursion\n\nArmenia's defence ministry denied the "
                           "reports.\nIt said all was calm.")
    assert (record.outlet, record.published, record.language) == ("CivilNet", "2021-06-02",
                                                                  "en")
    assert errors[0].source_row == 2 and "has 4 fields" in errors[0].message


@pytest.mark.parametrize("encoding, expected", [
    ("cp1251", "cp1251"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"),
])
def test_russian_text_in_any_encoding(tmp_path: Path, encoding: str, expected: str) -> None:
    (tmp_path / "ru.txt").write_bytes(RU.encode(encoding))
    (record,), _ = read(tmp_path)
    assert record.text == RU
    assert record.encoding == expected
    assert record.language == "ru"


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("bad.json", b'{"text": "unclosed', "malformed JSON"),
    ("notext.json", b'{"title": "Only a title"}', "no article text"),
    ("nocol.csv", b"title,url\nA,b\n", "no text column"),
])
def test_bad_inputs_become_errors(tmp_path: Path, name: str, content: bytes,
                                  message: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("Baku said the border was calm.")
    records, errors = read(tmp_path)
    assert [r.article_id for r in records] == ["good.txt"]
    (error,) = errors
    assert message in error.message and error.stage == "read"
    assert error.source_path.endswith(name)


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 1000)
    (tmp_path / "huge.txt").write_text("x" * 2000)
    _, (error,) = read(tmp_path)
    assert "over the limit" in error.message


def test_symlink_loop_and_missing_path(tmp_path: Path) -> None:
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    records, errors = read([tmp_path, tmp_path / "absent"])
    assert records == []
    assert len(errors) == 2
    assert any("absent" in e.message for e in errors)


def test_file_that_vanishes_between_listing_and_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First article.")
    (tmp_path / "b.txt").write_text("Second article.")
    items = iter_records(tmp_path)
    first = next(items)
    (tmp_path / "b.txt").unlink()
    (error,) = list(items)
    assert first.article_id == "a.txt"
    assert isinstance(error, ReadError) and "vanished" in error.message


def test_metadata_by_article_id_and_its_precedence(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "Calm.", "outlet": "Wrong"}))
    meta = tmp_path / "meta.csv"
    meta.write_text("article_id,outlet,published\nfeed.jsonl#1,Armenpress,02/06/2021\n")
    (record,), errors = read(tmp_path / "feed.jsonl", meta)
    assert record.outlet == "Armenpress"  # metadata wins over the input's own field
    assert record.published is None  # not an ISO date: dropped rather than guessed
    assert errors == []


def test_metadata_without_key_column_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.")
    meta = tmp_path / "meta.csv"
    meta.write_text("outlet\nTASS\n")
    records, (error,) = read(tmp_path / "a.txt", meta)
    assert error.stage == "metadata" and "'file'" in error.message
    assert len(records) == 1


def test_a_few_broken_bytes_in_utf8_are_replaced_not_misread() -> None:
    raw = RU.encode("utf-8") + b"\xff" + " конец".encode()
    text, encoding = readers.decode(raw)
    assert text == RU + "\ufffd конец"
    assert encoding == "utf-8 (invalid bytes replaced)"


def test_bom_is_not_part_of_the_text() -> None:
    text, encoding = readers.decode(codecs.BOM_UTF16_LE + "Baku".encode("utf-16-le"))
    assert (text, encoding) == ("Baku", "utf-16")


def test_ids_are_relative_to_the_folder_given(tmp_path: Path) -> None:
    (tmp_path / "tass").mkdir()
    (tmp_path / "tass" / "a.txt").write_text("Text.")
    (record,), _ = read(tmp_path)
    assert record.article_id == "tass/a.txt"
    (record,), _ = read(tmp_path / "tass" / "a.txt")
    assert record.article_id == "a.txt"
