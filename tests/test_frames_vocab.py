"""The frame vocabulary (`patterns/frames.json`): words that name one class of thing or one event, read from
invented sentences with the statistical model, and small multi-source stories that these words decide.

Each row was worked out by hand from the sentence: what a reader of the news would say the number counts or
belongs to.
"""

from __future__ import annotations

from datetime import date

import pytest

from factx.extract import extract
from factx.model import Document, Kind, Status

pytestmark = pytest.mark.model


def frames(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """(measure, event) of each count, money, percent and date mention, by its text."""
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    kinds = [Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DATE]
    return {m.text: (m.measure, m.event) for m in extract(nlp(text), document, kinds=kinds)}


@pytest.mark.parametrize(
    ("text", "mention", "measure"),
    [
        # Words for one band of people are one group.
        ("Marines captured 14 buccaneers off the coast on Friday.", "14 buccaneers", "person:pirate"),
        ("Marines captured 14 brigands off the coast on Friday.", "14 brigands", "person:pirate"),
        # A suspect of a crime is its doer; a vague role noun is the one kind of doer its article names.
        ("Police held 6 robbery suspects overnight.", "6 robbery suspects", "person:robber"),
        ("The pirates fled, but the navy caught 9 of the raiders.", "9 of the raiders", "person:pirate"),
        ("The robbers fled, but the police caught 2 of the raiders.", "2 of the raiders", "person:robber"),
        (
            "Robbers hit a bank in May. Pirates attacked a ship, and the navy caught 9 of the raiders.",
            "9 of the raiders",
            "person:pirate",
        ),
        # A count of doers by nation beside another is a count of that nation; alone, or with two nations
        # joined, it counts the doers.
        ("Guards detained 4 Greek smugglers and 5 Albanian smugglers.", "5 Albanian smugglers", "person"),
        ("Guards detained 5 Albanian smugglers on Monday.", "5 Albanian smugglers", "person:smuggler"),
        ("Guards held 9 Albanian and Greek smugglers.", "9 Albanian and Greek smugglers", "person:smuggler"),
        # A model name counts that model, alone or before the noun it is a model of.
        ("Troops found 4 M16s in the house.", "4 M16s", "model:m16"),
        ("Troops found four M16 rifles in the house.", "four M16 rifles", "model:m16"),
        # Kinds of one thing share a measure and stay groups of it.
        ("Troops found three shotguns in the house.", "three shotguns", "weapon:shotgun"),
        ("Troops found five weapons in the house.", "five weapons", "weapon"),  # the kind itself: no group
        ("Pirates attacked 12 vessels this year.", "12 vessels", "ship"),
        ("The server holds 64 CPUs.", "64 CPUs", "processor"),
        ("Eight fire trucks responded to the blaze.", "Eight fire trucks", "fire engine"),
        ("The laptop holds 512 gigabytes of data.", "512 gigabytes", "gb"),
        # Aftershocks are earthquakes; a decimal before one is its magnitude, not a count, and a magnitude
        # is of the quake it names: the main one's and an aftershock's are two things.
        ("Two aftershocks shook the town.", "Two aftershocks", "earthquake"),
        ("A 3.4 aftershock shook the town.", "3.4 aftershock", "magnitude:aftershock"),
        ("Two aftershocks, magnitude 2.9 and 2.2, followed.", "2.9", "magnitude:aftershock"),
        ("A 4.6 quake shook the town.", "4.6 quake", "magnitude:earthquake"),
    ],
)
def test_measure(model_nlp, text, mention, measure):
    assert frames(model_nlp, text)[mention][0] == measure


@pytest.mark.parametrize(
    ("text", "mention", "event"),
    [
        # A verb with its particle or object means what neither word does.
        ("Thieves made off with $2 million in jewels.", "$2 million", "stolen"),
        ("Three houses caught fire after the blast.", "Three houses", "blaze"),
        ("Police rounded up 40 protesters in the square.", "40 protesters", "arrest"),
        ("Police raised $40,000 in two rounds of donations.", "$40,000", "funding"),
        ("The old warehouse dates back to 1935.", "1935", "built"),
        # A building on fire burns; a gun fires.
        ("The barn burned in 1998.", "1998", "blaze"),
        ("The ship came under fire from two boats.", "two boats", "shooting"),
        ("The old mill, dating to 1935, burned down.", "1935", "built"),
        # A worth said of a clause's subject is its worth; of an object, what the verb did to it.
        ("The barn, which the city valued at $380,600, was a total loss.", "$380,600", "worth"),
        ("Robbers stole diamonds valued at $108 million.", "$108 million", "stolen"),
        ("The fire in 1998 destroyed the barn.", "1998", "blaze"),
        ("The church was built in 1890.", "1890", "built"),
        ("The plan would save 4 billion euros.", "4 billion euros", "cut"),
        ("The bank will slash 500 jobs.", "500 jobs", "cut"),
        ("Spending cuts of $5 billion were agreed.", "$5 billion", "cut"),
        ("The plans foresee 4 billion euros in savings.", "4 billion euros", "cut"),
        # What a verb means for a sum or a percentage when nothing else names an event.
        ("The tablet starts at $499.", "$499", "price"),
        ("Retailers ask $499 for the tablet.", "$499", "price"),
        ("The startup raised $12 million last year.", "$12 million", "funding"),
        ("The firm is backed by $12 million from two banks.", "$12 million", "funding"),
        ("Shares closed down 2.5 percent.", "2.5 percent", "fall"),
        ("Shares plunged 2.5 percent.", "2.5 percent", "fall"),
        # Things listed together are other things, and "including" says what was seized.
        (
            "Troops seized arms, including seven rifles, a rocket launcher and three machine guns.",
            "three machine guns",
            "arrest",
        ),
        ("Police seized weapons including four pistols.", "four pistols", "arrest"),
        # An age to come ("turns 29", "will be 29") is not the age now.
        ("Teixeira will be 29 in April.", "29", "age to come"),
        ("Teixeira, who turns 29 on April 11, hit well.", "29", "age to come"),
        ("The 28-year-old will turn 29 in April.", "28-year-old", "age"),
        # ... never over a class named nearer: a raised offer is an offer.
        ("The club raised its offer to $160 million.", "$160 million", "offer"),
        ("Apple cut the price of the tablet to $999.", "$999", "price"),
        # Paying has phrase verbs of its own: a firm that "shelled out" a sum did not shell anything.
        ("The firm shelled out $40 million for the plant.", "$40 million", "price"),
        ("The team forked out $3 million for a striker.", "$3 million", "price"),
        # A bailout, a rescue package or an aid package to a state is a loan, whatever verb gives it.
        ("Portugal gets a 78 billion euro emergency rescue package.", "78 billion euro", "loan"),
        ("Ireland agreed a 85 billion euro bailout at the weekend.", "85 billion euro", "loan"),
        ("Lenders approved a 30 billion euro aid package unveiled on Sunday.", "30 billion euro", "loan"),
        # A bracketed conversion between a sum and its noun: the parse makes the noun the sum's appositive.
        (
            "The march tested the cabinet's resolve to push through cuts since agreeing a €45 billion"
            " (Dh 215.3bn) debt bailout from the lenders.",
            "€45 billion",
            "loan",
        ),
        # "believed to be worth", "expected to be worth": the worth is of what the hedge is said of.
        ("The club made an offer, which is believed to be worth $90 million.", "$90 million", "offer"),
        ("The deal is expected to be worth $5 billion.", "$5 billion", "price"),
        # A name or a duration set beside a sum is no event ("the Hawks (six years, $80 million)").
        ("Other teams are the Boston Hawks (six years, $80 million) and the Jets.", "$80 million", None),
        (
            "The Hawks are at six years, $80 million, the Jets at five years, $70 million.",
            "$70 million",
            None,
        ),
    ],
)
def test_event(model_nlp, text, mention, event):
    assert frames(model_nlp, text)[mention][1] == event


def test_a_price_is_of_the_model_named_by_its_size(model_nlp):
    found = frames(model_nlp, "The 13-inch model costs $1,299, while the 15-inch model sells for $1,999.")
    assert found["$1,299"][0] == "money:13-inch"
    assert found["$1,999"][0] == "money:15-inch"
    # A sum widened to its qualifier is money too.
    assert frames(model_nlp, "The 11-inch model will cost from $999 up to $1099.")["up to $1099"][0] == (
        "money:11-inch"
    )


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """factx reconcile over a story folder, in process: the table record."""
    from factx.pipeline import extract_paths, reconcile_result
    from factx.render import table_record

    def go(story: dict[str, str]) -> dict:
        folder = tmp_path_factory.mktemp("story")
        for name, text in story.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        return table_record(reconcile_result(extract_paths([str(folder)])))

    return go


def fact_of(table: dict, doc: str, text: str) -> dict:
    found = [f for f in table["facts"] for c in f["claims"] if c["doc"] == doc and c["text"] == text]
    assert len(found) == 1, f"{doc}: {text!r} is in {len(found)} facts"
    return found[0]


def test_a_model_counted_by_its_name_or_as_rifles_is_one_fact(run):
    table = run(
        {
            "a": "Marines seized seven AK-47s from the boat on Friday.\n",
            "b": "Marines seized seven AK-47 assault rifles from the boat.\n",
            "c": "Marines seized 8 AK-47 rifles and three machine guns.\n",
        }
    )
    fact = fact_of(table, "a", "seven AK-47s")
    assert {(c["doc"], c["text"]) for c in fact["claims"]} == {
        ("a", "seven AK-47s"),
        ("b", "seven AK-47 assault rifles"),
        ("c", "8 AK-47 rifles"),
    }
    assert fact["status"] == Status.CONFLICT  # seven against 8
    assert fact_of(table, "c", "three machine guns") is not fact


def test_the_prices_of_two_models_are_two_facts(run):
    table = run(
        {
            "a": "The 13-inch model starts at $1,199, while the 15-inch model sells for $1,799.\n",
            "b": "The maker asks $1,099 for the 13-inch model and $1,799 for the 15-inch model.\n",
        }
    )
    small = fact_of(table, "a", "$1,199")
    assert {(c["doc"], c["text"]) for c in small["claims"]} == {("a", "$1,199"), ("b", "$1,099")}
    assert small["status"] == Status.CONFLICT
    large = fact_of(table, "a", "$1,799")
    assert {c["doc"] for c in large["claims"]} == {"a", "b"} and large["status"] == Status.AGREE


def test_the_magnitudes_of_a_quake_and_of_its_aftershock_are_two_facts(run):
    table = run(
        {
            "a": "A 4.6 quake shook the valley on Thursday. It was followed by a 2.9 aftershock.\n",
            "b": "The 4.6 earthquake woke the valley. Two aftershocks, magnitude 2.9 and 2.2, followed.\n",
        }
    )
    quake = fact_of(table, "a", "4.6 quake")
    after = fact_of(table, "a", "2.9 aftershock")
    assert quake is not after
    assert {c["doc"] for c in quake["claims"]} == {"a", "b"} and quake["status"] == Status.AGREE
    assert {(c["doc"], c["text"]) for c in after["claims"]} == {("a", "2.9 aftershock"), ("b", "2.9")}


def test_a_relative_clause_is_said_of_its_name_and_not_of_the_clause_joined_to_it(run):
    """ "SeaMicro, which raised $35 million … and also got $9 million … of 2009": the $35 million is
    SeaMicro's funding (its name anchors it) and has no year; so it meets the other source's $60 million
    of SeaMicro funding as one fact, a conflict."""
    table = run(
        {
            "a": "AMD is paying $300 million to acquire privately held SeaMicro, which raised $35 million "
            "in two rounds of funding and also got $9 million in funding from the US government as part of "
            "the Recovery Act of 2009.\n",
            "b": "SeaMicro is backed by $60 million from Khosla Ventures.\n",
        }
    )
    funding = fact_of(table, "a", "$35 million")
    assert {(c["doc"], c["text"]) for c in funding["claims"]} == {("a", "$35 million"), ("b", "$60 million")}
    assert funding["status"] == Status.CONFLICT


@pytest.mark.parametrize(
    ("text", "mention", "earlier"),
    [
        ("The share price rose to $45 from $30 on Friday.", "$30", True),
        # A range is no change: its low end is not superseded.
        ("The 11-inch model will cost from $999 up to $1099.", "$999", False),
    ],
)
def test_from_is_an_earlier_figure_only_after_a_verb_of_change(model_nlp, text, mention, earlier):
    document = Document(id="t", text=text, published=date(2031, 3, 5))
    found = {m.text: m.earlier for m in extract(model_nlp(text), document, kinds=[Kind.MONEY])}
    assert found[mention] is earlier


def test_an_age_to_come_is_not_the_age_now(run):
    table = run(
        {
            "a": "Teixeira, 28, signed a deal with the club on Monday.\n",
            "b": "Teixeira, who turns 29 in April, signed a deal with the club.\n",
            "c": "The first baseman will be 29 in April.\n",
        }
    )
    now = fact_of(table, "a", "28")
    coming = fact_of(table, "b", "29")
    assert now is not coming
    assert {c["doc"] for c in coming["claims"]} == {"b", "c"} and coming["status"] == Status.AGREE


def test_boats_that_fired_and_boats_the_ship_came_under_fire_from_are_one_fact(run):
    """Firing on a ship and the ship coming under fire are one act told from two sides: the counts of boats
    are one fact (two against three), not two."""
    table = run(
        {
            "a": "Two boats fired on the tanker off the coast on Monday.\n",
            "b": "The tanker came under fire from three boats off the coast on Monday.\n",
        }
    )
    fact = fact_of(table, "a", "Two boats")
    assert {(c["doc"], c["text"]) for c in fact["claims"]} == {("a", "Two boats"), ("b", "three boats")}
    assert fact["status"] == Status.CONFLICT


def test_a_change_and_the_level_it_reaches_are_two_sums(model_nlp):
    """After a verb of change, "$100 to $899" is by how much (a cut) and the new level (no event of its
    own: the tablet's price); a range whose ends share a scale word, or one after "from", stays a range."""
    found = frames(model_nlp, "The tablet has dropped $100 to $899.")
    assert found["$100"][1] == "cut" and found["$899"][1] is None
    assert "$5 to $10 million" in frames(model_nlp, "Kora raised $5 to $10 million last year.")
    assert "$5 to $7" in frames(model_nlp, "Prices rose from $5 to $7.")
    # "raised its bid to $50 million": the level is of the bid, an offer.
    assert frames(model_nlp, "The club raised its bid to $50 million.")["$50 million"][1] == "offer"
    assert frames(model_nlp, "The new tablet is $100 cheaper than its predecessor.")["$100"][1] == "cut"


@pytest.mark.parametrize(
    ("text", "mention", "measure"),
    [
        ("The new Vela Air costs $899.", "$899", "money:@vela air"),
        ("Kora updated its Vela line. It now costs $899.", "$899", "money:@vela"),
        ("The 13-inch Vela Air models start at $899.", "$899", "money:13-inch@vela air/base"),
        (
            'The 13" Vela Air costs $899, and an upgraded model goes for $1,099.',
            "$1,099",
            "money:13-inch@vela air/top",
        ),
        # A team, a maker and a date line are no product line.
        ("The New York Yankees offered the slugger $160 million.", "$160 million", None),
        ("Kora's small computers sell for $899.", "$899", None),
        ("Updated Thu 6 May: the fund lent $899 million.", "$899 million", None),
    ],
)
def test_a_price_is_of_the_product_line_its_text_names(model_nlp, text, mention, measure):
    assert frames(model_nlp, text)[mention][0] == measure
