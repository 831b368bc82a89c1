"""Reading articles: encodings, HTML, JSON Lines, stdin, furniture, publication dates, bad input."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date

import pytest

from factx.errors import InputError
from factx.furniture import find_furniture
from factx.ingest import IngestOptions, PublishedOption, decode, read_documents
from factx.model import Document
from factx.published import find_published

TEXT = "Ottawa’s “plan” costs €3 million — café owners agree.\nMore than 30 countries signed.\n"


def read(paths, **kwargs) -> list[Document | InputError]:
    return list(read_documents([str(p) for p in paths], **kwargs))


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "latin-1"]
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding):
    text = (
        TEXT if encoding not in ("latin-1",) else TEXT.replace("’", "'").replace("“", '"').replace("”", '"')
    )
    text = text.replace("€", "EUR ").replace("—", "-") if encoding == "latin-1" else text
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [doc] = read([path])
    assert isinstance(doc, Document)
    assert doc.text == text


def test_non_breaking_spaces_keep_offsets(tmp_path):
    from factx.ingest import processing_text

    text = "It cost $5\u00a0million on\u00a0Monday."
    doc = Document("d", text)
    assert len(processing_text(doc)) == len(text)
    assert "\u00a0" not in processing_text(doc)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "not text (looks like a PDF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not text (looks like a PNG image)"),
        (gzip.compress(b"hello"), "not text (looks like gzip data)"),
        (b"\x00\x01\x02\x03\x04\x05" * 50, "not text"),
    ],
)
def test_bad_files_are_named_errors(data, reason):
    with pytest.raises(InputError) as info:
        decode(data, "bad.txt")
    assert info.value.name == "bad.txt"
    assert info.value.reason.startswith(reason)


def test_missing_path_is_reported_and_the_rest_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("More than 30 countries met.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    results = read([tmp_path / "missing.txt", empty, good])
    errors = [r for r in results if isinstance(r, InputError)]
    docs = [r for r in results if isinstance(r, Document)]
    assert [e.name for e in errors] == [str(tmp_path / "missing.txt"), str(empty)]
    assert [d.id for d in docs] == ["good"]


def test_directories_are_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("Two.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    assert [d.id for d in read([tmp_path])] == ["two", "one"]


def test_duplicate_ids_are_made_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("Two.", encoding="utf-8")
    assert [d.id for d in read([tmp_path])] == ["x", "x~2"]


def test_jsonl_records_with_a_broken_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"id": "a", "text": "First.", "published": "2026-01-05", "source": "Wire", "url": "http://x/a"}
        ),
        "{not json",
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps({"id": "d", "text": "Fourth.", "published": "last Tuesday"}),
        json.dumps({"text": "Fifth, no id."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read([path])
    errors = [(r.name, r.reason) for r in results if isinstance(r, InputError)]
    docs = [r for r in results if isinstance(r, Document)]
    assert errors == [
        (f"{path}:2", "not valid JSON (Expecting property name enclosed in double quotes)"),
        (f"{path}:3", "record has no 'text'"),
        (f"{path}:4", "'published' is not a date: 'last Tuesday'; kept without it"),
    ]
    assert [d.id for d in docs] == ["a", "d", "feed-5"]
    assert (docs[0].published, docs[0].published_from, docs[0].source) == (
        date(2026, 1, 5),
        "metadata",
        "Wire",
    )
    assert docs[1].published is None


def test_stdin_plain_text_and_jsonl():
    [doc] = read_documents(["-"], stdin=io.BytesIO(b"By Jo Smith | March 3, 2024\nHello."))
    assert (doc.id, doc.published, doc.published_from) == ("stdin", date(2024, 3, 3), "byline")
    records = "\n".join(json.dumps({"id": i, "text": f"Text {i}."}) for i in ("x", "y"))
    assert [d.id for d in read_documents(["-"], stdin=io.BytesIO(records.encode()))] == ["x", "y"]


def test_html_main_text_and_metadata_date(tmp_path):
    html = """<html><head><title>Aid</title>
    <meta property="article:published_time" content="2026-01-05T10:00:00Z"></head>
    <body><nav>Home | World | Sports</nav><article><h1>Canada pledges aid</h1>
    <p>Canada announced $2.5 billion in financing for Ukraine on Monday, officials said in Ottawa.</p>
    <p>About 30 countries are expected to join the talks in Paris, according to the statement.</p>
    </article><footer>Copyright 2026 Example News</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [doc] = read([path])
    assert "Canada announced $2.5 billion" in doc.text
    assert "Home | World" not in doc.text
    assert (doc.published, doc.published_from) == (date(2026, 1, 5), "metadata")


def test_published_option_fills_only_what_the_text_lacks(tmp_path):
    (tmp_path / "dated.txt").write_text("By A. Writer | January 2, 2026\nText.", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Text without a date.", encoding="utf-8")
    (tmp_path / "other.txt").write_text("Another.", encoding="utf-8")
    option = PublishedOption(default=date(2025, 6, 1), per_doc={"other": date(2024, 1, 1)})
    docs = {d.id: d for d in read([tmp_path], options=IngestOptions(published=option))}
    assert (docs["undated"].published, docs["undated"].published_from) == (date(2025, 6, 1), "option")
    assert docs["other"].published == date(2024, 1, 1)
    assert (docs["dated"].published, docs["dated"].published_from) == (date(2025, 6, 1), "option")


@pytest.mark.parametrize(
    ("text", "day", "origin"),
    [
        ("By Dalena Reporters l January 2, 2026\nOTTAWA — Text.", date(2026, 1, 2), "byline"),
        ("Caption.\n\nJanuary 6, 2026 Tags:\n\nBody text.", date(2026, 1, 6), "byline"),
        ("Published: 5 March 2024\nBody.", date(2024, 3, 5), "byline"),
        ("Body text here.\nThis report was first published on January 5, 2026.", date(2026, 1, 5), "text"),
        ("Posted on 2025-11-30 by admin\nBody.", date(2025, 11, 30), "byline"),
        # a date in a sentence about an event is not a publication date
        ("Mark Carney meets Zelensky in Halifax on Dec. 27, 2025. Carney said Canada will help.", None, None),
        (
            "Carney steps onto a plane in Ottawa on Monday, Jan. 5, 2026, before departing on business.",
            None,
            None,
        ),
        ("No date at all.", None, None),
    ],
)
def test_publication_date_from_text(text, day, origin):
    found = find_published(text)
    assert (found.day if found else None, found.origin if found else None) == (day, origin)


def test_furniture_blocks_lines_and_sign_offs():
    article = "\n".join(["Paragraph one is long enough to be a real paragraph of the story." * 3] * 4)
    text = (
        article
        + "\nShare this article\n"
        + article
        + "\nHow useful was this post?\nClick on a star to rate it!\nAverage rating 0 / 5. Vote count: 0\n"
        + "You may also like\nHillary Clinton Testimony Video Emerges\nTwo Skiers Caught in Avalanche\n"
    )
    ranges = find_furniture(text)
    kept = "".join(c for i, c in enumerate(text) if not any(a <= i < b for a, b in ranges))
    assert "Share this article" not in kept
    assert "Hillary Clinton" not in kept and "How useful" not in kept
    assert kept.count("Paragraph one") == 24


def test_teaser_heading_early_in_the_text_masks_only_its_line():
    text = "Related: Budget talks stall\n" + "The budget passed with 300 votes after a long debate. " * 20
    ranges = find_furniture(text)
    assert ranges == ((0, len("Related: Budget talks stall\n")),)


def test_sign_off_at_the_end():
    text = "Story text. " * 50 + "\nXOXO,\nValley Girl News\nNot a vibe check\n"
    [(start, end)] = find_furniture(text)
    assert text[start:end].startswith("XOXO,") and end == len(text)


def test_keep_furniture(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Body. " * 100 + "\nYou may also like\nOther story\n", encoding="utf-8")
    [masked] = read([path])
    [kept] = read([path], options=IngestOptions(keep_furniture=True))
    assert masked.furniture and not kept.furniture
