"""Publication dates from the date lines real articles carry, and the note when dates stay unresolved."""

from __future__ import annotations

from datetime import date

import pytest

from factx.model import Document, Kind, Mention
from factx.published import find_published, unresolved_note

FOUND = [
    ("Headline\nLast Updated: Monday, 28 November 2005, 02:24 GMT\nStory.", date(2005, 11, 28)),
    ("Posted: Nov 27, 2005 8:20 AM ET\nA story.", date(2005, 11, 27)),
    ("Published: November 28, 2005\nA story.", date(2005, 11, 28)),
    ("First Published Novembr 28, 2005\nA story.", date(2005, 11, 28)),
    ("Headline\nMonday, November 28, 2005 10:02 EST\nStory.", date(2005, 11, 28)),
    ("Headline\nUpdated 4/9/2007 6:04 PM\nStory.", date(2007, 4, 9)),
    ("Headline\nPosted: 03/14/2013 06:37:46 AM PDT\nStory.", date(2013, 3, 14)),
    ("Headline\nPublished: 2012.08.08 09:01 AM\nStory.", date(2012, 8, 8)),
    ("Headline\nFirst Posted 23:37:00 28/05/2010\nStory.", date(2010, 5, 28)),
    ("Headline\n04.11.2009 | 14:22\nStory.", date(2009, 11, 4)),
    ("Headline\nUpdated 11.30.2009\nStory.", date(2009, 11, 30)),
    ("WASHINGTON, Jan. 5, 2026 -- The government said on Friday it would act.", date(2026, 1, 5)),
    # Press-release datelines: a state after the place, a dash before the date, a numeric date, the story on
    # the next line or after a wire tag.
    ("Acme Buys Widgets\nGREENVILLE, Ohio —3/14/2021\nAcme today announced a deal.", date(2021, 3, 14)),
    ("Headline\nTOLEDO, Ohio - 28/05/2010 - The mayor said today it would act.", date(2010, 5, 28)),
    ("BRISTOL, March 3, 2024 /PRNewswire/ -- Acme today said it would act.", date(2024, 3, 3)),
    ("OSLO (Reuters) - March 3, 2024 - Stocks fell on Friday.", date(2024, 3, 3)),
]
NOT_FOUND = [
    "On February 29, 2012, the company announced a definitive agreement to buy a rival for cash.",
    "The fire was reported at 3:33 a.m. and crews arrived at 4/5 of the site within minutes of the call.",
    "Headline\nThe meeting was set for March 3, 2024, officials said in a statement on the city's website.",
    # A place in capitals that does not run straight into the date is a sentence, not a dateline.
    "GREENVILLE, Ohio — The council met on 3/14/2021 — and voted to close the bridge.",
]


@pytest.mark.parametrize(("text", "day"), FOUND)
def test_date_lines_give_the_publication_date(text, day):
    found = find_published(text)
    assert found is not None and found.day == day


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_date_inside_a_sentence_is_not_a_date_line(text):
    assert find_published(text) is None


def test_the_wire_dateline_is_the_dateline_span():
    text = "WASHINGTON, Jan. 5, 2026 -- The government said on Friday it would act."
    found = find_published(text)
    assert found is not None and text[found.span[0] : found.span[1]] == "WASHINGTON, Jan. 5, 2026"


def _date(doc: str, value: str | None) -> Mention:
    return Mention(doc, Kind.DATE, "DATE", "Sunday", 0, 6, "On Sunday.", value=value)


def test_the_note_counts_unresolved_dates_in_undated_articles_only():
    docs = [Document("a", ""), Document("b", "", published=date(2024, 3, 3)), Document("c", "")]
    mentions = [_date("a", None), _date("a", None), _date("b", None), _date("c", "2024-03-03")]
    note = unresolved_note(docs, mentions)
    assert note is not None and note.startswith("2 relative date(s) in 1 article(s)")
    assert "--published" in note
    assert unresolved_note(docs, [_date("c", "2024-03-03")]) is None


def test_a_numeric_wire_dateline_on_its_own_line_is_the_dateline_span():
    text = "Acme Buys Widgets\nGREENVILLE, Ohio —3/14/2021\nAcme today announced a deal."
    found = find_published(text)
    assert found is not None and text[found.span[0] : found.span[1]] == "GREENVILLE, Ohio —3/14/2021"
