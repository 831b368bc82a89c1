"""The HTML report: page data from a hand-built table, escaping, and runs through the installed script."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factx.model import Claim, Document, Entity, Fact, Kind, Mention, Qualifier, Status, Table, Variant
from factx.report_html import page_data, render_html, safe_url
from tests.script import factx

TEXT_A = (
    "The mayor said 12 people died in the fire at Harbour Mill.\n"
    "Repairs will cost $4 million. <script>alert(1)</script> \"Quotes\" & 'apostrophes' stay text."
)
TEXT_B = "Nine people died in the fire at Harbour Mill, the owner said late last month."


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _sentence(text: str, words: str) -> tuple[str, int, int]:
    """The line of `text` that holds `words`, with its offsets (each fixture sentence is one line or all)."""
    start = text.rfind("\n", 0, text.index(words)) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:end], start, end


def _mention(doc: str, text: str, words: str, kind: Kind, label: str, value=None, unit=None) -> Mention:
    start, end = _at(text, words)
    sentence, s_start, s_end = _sentence(text, words)
    return Mention(
        doc, kind, label, words, start, end, sentence, value, value, value, unit,
        Qualifier.EXACT if value is not None and kind is not Kind.ENTITY else None,
        sentence_start=s_start, sentence_end=s_end,
    )  # fmt: skip


def _claim(m: Mention) -> Claim:
    return Claim(m.doc, m.text, m.start, m.end, m.sentence, m.value, m.low, m.high, m.qualifier)


@pytest.fixture
def story() -> tuple[Table, list[Mention]]:
    """Two articles: 12 vs nine people died (a conflict), $4 million (single), an unresolved date."""
    twelve = _mention("a", TEXT_A, "12 people", Kind.COUNT, "COUNT", 12, "person")
    money = _mention("a", TEXT_A, "$4 million", Kind.MONEY, "MONEY", 4_000_000, "USD")
    nine = _mention("b", TEXT_B, "Nine people", Kind.COUNT, "COUNT", 9, "person")
    late = _mention("b", TEXT_B, "late last month", Kind.DATE, "DATE")
    mill_a = _mention("a", TEXT_A, "Harbour Mill", Kind.ENTITY, "ORG")
    mill_b = _mention("b", TEXT_B, "Harbour Mill", Kind.ENTITY, "ORG")
    overlapping = _mention("a", TEXT_A, "said 12", Kind.ENTITY, "ORG")  # loses to the claim it overlaps
    mentions = [twelve, money, nine, late, mill_a, mill_b, overlapping]
    documents = (
        Document("a", TEXT_A, path="in/a.txt", source='Daily "Post" <b>', url="javascript:alert(1)"),
        Document("b", TEXT_B, path="in/b.txt", url="https://example.org/b?x=1&y=2"),
    )
    entities = (
        Entity(
            "E1", "Harbour Mill", "ORG", ("a", "b"), 2, variants=(Variant("Harbour Mill", ("a", "b"), 2),)
        ),
    )
    facts = (
        Fact("F1", Kind.MONEY, "repairs cost", "USD", Status.SINGLE, (_claim(money),)),
        Fact("F2", Kind.COUNT, "people died · Harbour Mill", "person", Status.CONFLICT,
             (_claim(twelve), _claim(nine)), why="12 (a) cannot be 9 (b)"),
    )  # fmt: skip
    return Table(documents, entities, facts), mentions


def test_disagreements_come_first_and_counts_are_by_status(story):
    page = page_data(*story)
    assert [f["id"] for f in page["facts"]] == ["F2", "F1"]
    assert {s["name"]: s["count"] for s in page["statuses"]} == {
        "conflict": 1,
        "compatible": 0,
        "agree": 0,
        "single": 1,
    }
    assert page["kinds"] == ["count", "money"]


def test_each_claim_is_cut_around_its_words_and_links_to_its_mark(story):
    conflict = page_data(*story)["facts"][0]
    a, b = conflict["claims"]
    assert (a["before"], a["hit"], a["after"]) == (
        "The mayor said ",
        "12 people",
        " died in the fire at Harbour Mill.",
    )
    assert a["anchor"] == "m0-15"  # article 0, "12 people" at offset 15
    assert (b["before"], b["hit"]) == ("", "Nine people")
    assert b["anchor"] == "m1-0"
    assert conflict["entities"] == ["E1"]
    assert page_data(*story)["facts"][1]["entities"] == []  # the money sentence names no entity


def test_marks_do_not_overlap_and_claims_win(story):
    first = page_data(*story)["articles"][0]
    marked = [(s["text"], s["mark"].kind, s["mark"].label) for s in first["segments"] if s["mark"]]
    assert marked == [
        ("12 people", "count", "count"),
        ("Harbour Mill", "entity", "ORG"),
        ("$4 million", "money", "money"),
    ]
    assert "".join(s["text"] for s in first["segments"]) == TEXT_A


def test_an_unresolved_date_is_marked_as_such(story):
    second = page_data(*story)["articles"][1]
    late = next(s["mark"] for s in second["segments"] if s["text"] == "late last month")
    assert late.unresolved and late.label == "date, unresolved"
    assert second["unresolved"] == 1
    page = render_html(*story)
    assert 'class="m k-date unresolved" data-k="date, unresolved"' in page
    assert "1 unresolved date" in page


def test_page_furniture_is_shown_apart_from_the_article():
    text = "It cost $5 million.\nYou may also like: Ten tips for spring\n"
    teaser = _at(text, "You may also like: Ten tips for spring")
    money = _mention("x", text, "$5 million", Kind.MONEY, "MONEY", 5_000_000, "USD")
    page = page_data(Table((Document("x", text, furniture=(teaser,)),), (), ()), [money])
    segments = [(s["text"], bool(s["mark"]), s["furniture"]) for s in page["articles"][0]["segments"]]
    assert segments == [
        ("It cost ", False, False),
        ("$5 million", True, False),
        (".\n", False, False),
        ("You may also like: Ten tips for spring", False, True),
        ("\n", False, False),
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        (" http://example.org ", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,<b>", None),
        ("example.org/no-scheme", None),
        ("http://[broken", None),
        (None, None),
        ("", None),
    ],
)
def test_only_web_addresses_are_linked(url, expected):
    assert safe_url(url) == expected


class _Texts(HTMLParser):
    """The text of each article's `.text` block and every href, as a browser's DOM would hold them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.articles: list[str] = []
        self.hrefs: list[str] = []
        self.scripts = 0
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag == "div" and attrs.get("class") == "text":
            self.articles.append("")
            self._depth = 1
        elif self._depth and tag == "div":
            self._depth += 1

    def handle_endtag(self, tag):
        if self._depth and tag == "div":
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.articles[-1] += data


def test_markup_in_articles_and_outlets_comes_out_as_text(story):
    page = render_html(*story)
    parsed = _Texts()
    parsed.feed(page)
    assert parsed.articles == [TEXT_A, TEXT_B]  # the text exactly, the <script> in it as characters
    assert parsed.scripts == 1  # the page's own script only
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "alert(1)</script>" not in page
    assert "&#34;Quotes&#34; &amp; &#39;apostrophes&#39;" in page
    assert "Daily &#34;Post&#34; &lt;b&gt;" in page
    assert not any(h.startswith("javascript") for h in parsed.hrefs)
    assert "https://example.org/b?x=1&y=2" in parsed.hrefs


def test_the_page_needs_no_network(story):
    page = render_html(*story)
    for needle in ("<link", "src=", "@import", "url(", "//cdn", "fetch("):
        assert needle not in page
    assert "<style>" in page and "<script>" in page


# ---- through the installed script -------------------------------------------------------------------------

HOSTILE = (
    "Officials said 40 people were hurt. <script>alert(1)</script> "
    'and <img src=x onerror="alert(2)"> and \'single\' "double" quotes.\n'
)


def test_a_script_in_an_article_is_text_through_the_script(tmp_path: Path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "story.html"
    done = factx("reconcile", str(article), "-m", "blank", "-f", "html", "-o", str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    page = out.read_text(encoding="utf-8")
    parsed = _Texts()
    parsed.feed(page)
    assert parsed.articles == [HOSTILE]
    assert parsed.scripts == 1
    assert "<img" not in page
    assert page.count("<mark id=") >= 1  # "40 people" is marked


def test_html_goes_to_standard_output_without_output(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("The city paid $4.5 million for 12 buses.\n", encoding="utf-8")
    done = factx("reconcile", str(article), "-m", "blank", "-f", "html", "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"<!DOCTYPE html>")
    assert done.stdout.rstrip().endswith(b"</html>")


def write_articles(folder: Path, n: int) -> int:
    """`n` small generated articles about one invented story (varying figures); returns their total size."""
    folder.mkdir()
    total = 0
    for i in range(n):
        text = (
            f"Published on March {1 + i % 28}, 2025\n\n"
            f"Storm floods Riverton\n\n"
            f"At least {20 + i % 7} people were injured when the storm hit Riverton on Sunday, "
            f"officials said. About {300 + 10 * (i % 5)} homes lost power and repairs could cost "
            f"${2 + i % 3} million. Turnout at the shelters was {40 + i % 9}% of capacity.\n\n"
            f"Reporter {i} wrote that the river rose {3 + i % 4} metres in late February.\n"
        )
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def test_300_articles_make_a_page_of_reasonable_size(tmp_path: Path):
    size = write_articles(tmp_path / "in", 300)
    page = tmp_path / "story.html"
    table = tmp_path / "story.json"
    for fmt, out in (("html", page), ("json", table)):
        done = factx("reconcile", str(tmp_path / "in"), "-m", "blank", "-f", fmt, "-o", str(out), "-q")
        assert done.returncode == 0, done.stderr
    facts = json.loads(table.read_text(encoding="utf-8"))["facts"]
    html = page.read_text(encoding="utf-8")
    assert html.count("<article ") == 300
    assert html.count('<tr id="fact-') == len(facts)
    # the page holds what the JSON holds (each claim's sentence) plus the articles' text, with markup around
    # them: within half as much again, and a few megabytes at most for 300 short articles
    json_size = table.stat().st_size
    assert len(html.encode()) < 1.5 * (json_size + size), (len(html.encode()), json_size, size)
    assert len(html.encode()) < 3_000_000


def test_html_in_process(tmp_path: Path):
    from typer.testing import CliRunner

    from factx.cli import app

    article = tmp_path / "a.txt"
    article.write_text("The city paid $4.5 million for 12 buses.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["reconcile", str(article), "-m", "blank", "-f", "html", "-q"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert 'data-k="money" title="F1 · money: $4.5 million">$4.5 million</mark>' in result.stdout  # a claim
    assert result.stderr == ""
