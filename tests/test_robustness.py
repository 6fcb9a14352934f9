"""A corpus of bad inputs beside good ones: everything good parsed, everything bad recorded,
no network, no surprise in what is shown."""

from __future__ import annotations

import codecs
import json
import os
import socket
from pathlib import Path

import pandas as pd
import pytest

import toolkit
from toolkit import views
from toolkit.__main__ import main
from toolkit.corpus import Corpus

GOOD = "Baku says calm\n\nAzerbaijan's defence ministry said the border was calm on Tuesday.\n"
RUSSIAN = "Минобороны Армении опровергло сообщения о пересечении границы военными.\n"


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """Good articles next to every kind of bad input the issue lists."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD)
    (root / "ru_cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (root / "ru_utf16.txt").write_bytes(RUSSIAN.encode("utf-16"))
    (root / "bom.txt").write_bytes(codecs.BOM_UTF8 + GOOD.encode())
    (root / "page.html").write_text(
        "<html><head><title>Yerevan denies</title><script>alert('x')</script></head><body>"
        "<iframe src='https://ads.invalid'></iframe><article><h1>Yerevan denies</h1>"
        "<p>Armenia's defence ministry denied the reports on Wednesday, calling them "
        "disinformation spread to mislead the public about the border situation.</p>"
        "<p>The ministry said the situation was stable and under control.</p></article>"
        "</body></html>")
    (root / "feed.jsonl").write_text(json.dumps({"text": GOOD}) + "\n{broken\n")
    (root / "bad.json").write_text('{"text": ')
    (root / "rows.csv").write_text('title,text\nA,"Calm returned."\nB,"unclosed\n')
    (root / "empty.txt").write_text("")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "invalid.txt").write_bytes(b"\x81\xfe\xfa\xfb\x00\x81" * 20)  # no encoding fits
    (root / "truncated.txt").write_bytes(GOOD.encode() + b"\xe2\x80")  # UTF-8, cut short
    (root / "huge.txt").write_bytes(b"x" * 50_000_000)  # one 50 MB line
    os.symlink(root / "loop", root / "loop")
    return root


def test_bad_inputs_are_recorded_and_good_ones_parsed(messy: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture) -> None:
    assert main(["parse", str(messy), "--out", str(tmp_path / "out")]) == 0
    c = Corpus.from_parquet(tmp_path / "out")
    parsed = set(c.articles["article_id"])
    assert {"good.txt", "ru_cp1251.txt", "ru_utf16.txt", "bom.txt", "page.html",
            "feed.jsonl#1", "rows.csv#1", "truncated.txt"} <= parsed
    encodings = c.articles.set_index("article_id")["encoding"]
    assert encodings["truncated.txt"] == "utf-8 (invalid bytes replaced)"
    failed = set(c.errors["source_path"].map(lambda p: Path(p).name))
    assert {"bad.json", "empty.txt", "binary.txt", "invalid.txt", "huge.txt", "loop",
            "feed.jsonl", "rows.csv"} <= failed
    assert c.errors["message"].notna().all()
    languages = c.articles.set_index("article_id")["language"]
    assert languages["ru_cp1251.txt"] == "ru" and languages["good.txt"] == "en"
    russian = c.articles.set_index("article_id").loc["ru_utf16.txt", "text"]
    assert russian == RUSSIAN
    assert c.sentences[c.sentences["article_id"] == "ru_cp1251.txt"].empty  # not English
    html = c.articles.set_index("article_id").loc["page.html", "text"]
    assert "alert" not in html and "ads.invalid" not in html


def test_no_network_is_touched(messy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the toolkit tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    c = toolkit.load_corpus(messy)
    assert len(c.articles) >= 7


def test_text_shown_in_views_is_escaped() -> None:
    text = 'Title <b>\n\n"<script>alert(1)</script>," the ministry said.'
    c = toolkit.parse_article(text)
    shown = views.zones(text, c.paragraphs) + views.attributions(text, c.attributions,
                                                                 c.sentences)
    assert "<script>" not in shown and "&lt;script&gt;" in shown


def test_same_input_same_tables(messy: Path) -> None:
    one, two = toolkit.load_corpus(messy), toolkit.load_corpus(messy)
    for name in one.tables:
        pd.testing.assert_frame_equal(one.tables[name], two.tables[name])
