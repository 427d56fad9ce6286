"""Fact extraction: normalised values, exact offsets, and no facts where the text states none."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.facts import FATES, extract_facts, interval, owner_of
from reconcile.models import Fact, Source, Statement


def facts_of(text: str, published: dt.date | None = None, offset: int = 0) -> tuple[Fact, ...]:
    body = " " * offset + text
    source = Source(id="a", label="a", path=None, text=body, published=published)
    statement = Statement(id="a1", source_id="a", index=1, text=text, start=offset, end=len(body))
    return extract_facts(statement, source)


def values(text: str, kind: str, published: dt.date | None = None) -> list[object]:
    return [f.value for f in facts_of(text, published) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It began on February 24, 2022.", ("date", 2022, 2, 24)),
        ("It began on 24 February 2022.", ("date", 2022, 2, 24)),
        ("It began on 2022-02-24.", ("date", 2022, 2, 24)),
        ("It began on Feb. 24.", ("date", None, 2, 24)),
        ("It began on the 24th of February, 2022.", ("date", 2022, 2, 24)),
        ("It began in May 2022.", ("date", 2022, 5, None)),
        ("It began in early March.", ("date", None, 3, None)),
        ("It began in 2022.", ("date", 2022, None, None)),
        ("They met on Thursday.", ("weekday", 3)),
        ("They met yesterday.", ("relday", -1)),
    ],
)
def test_dates_in_any_common_order(text: str, expected: tuple[object, ...]) -> None:
    assert values(text, "date") == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("They met on Friday.", dt.date(2025, 3, 1), ("date", 2025, 2, 28)),  # a Saturday
        ("They will meet on Monday.", dt.date(2025, 3, 1), ("date", 2025, 3, 3)),
        ("They met yesterday.", dt.date(2025, 3, 1), ("date", 2025, 2, 28)),
    ],
)
def test_relative_days_resolve_against_publication(
    text: str, published: dt.date, expected: tuple[object, ...]
) -> None:
    assert values(text, "date", published) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Officials may comment later.",  # the modal verb is not the month
        "Ministers met in the 1990s.",  # a decade is not a year
        "The Su-35 and the G7 met over COVID-19.",  # codes are not numbers
        "Workers of District 751 build Boeing's 737 jets.",  # nor numbers that end a name
        "One of them left.",  # a pronoun is not a count
        "Two thirds of the line is fenced.",  # a share, not a count
        "One in five voters stayed home.",  # a ratio, not a count
        "A quarter of the city flooded.",  # a share of a city, not of a point
    ],
)
def test_no_number_or_date_where_none_is_stated(text: str) -> None:
    assert [f for f in facts_of(text) if f.kind in ("date", "number")] == []


@pytest.mark.parametrize(
    ("text", "value", "marks"),
    [
        # a count added to a toll, and a share of a stated whole, are parts
        ("The toll reached 14 with five more bodies found.", 5.0, {"~more"}),
        ("One other person was brought dead.", 1.0, {"~more"}),
        ("The party won 68 of the 126 seats.", 68.0, {"seat", "~part"}),
        # "others" and "another" after a count of another fate are that fate's whole count
        ("Ten died and 17 others were injured.", 17.0, set()),
        ("At least 13 were killed and another 58 sustained injuries.", 58.0, set()),
        # a group of which a share is told is no count of what befell the share
        ("The majority of the 50 passengers are presumed dead.", 50.0, {"~part"}),
        ("Most of its 300 workers went home.", 300.0, {"~part"}),
        ("All of the 50 passengers died.", 50.0, set()),
        # the nationals among the victims are a part of the toll
        ("The fire killed 40 Indians.", 40.0, {"~part"}),
        ("The fire killed 10 Cuban migrants.", 10.0, set()),
        ("Almost 1.7 million Moldovans voted.", 1.7e6, set()),  # no toll, all of them
    ],
)
def test_parts_of_a_count_are_marked(text: str, value: float, marks: set[str]) -> None:
    (fact,) = [f for f in facts_of(text) if f.kind == "number" and f.value[0] == value]
    assert marks <= set(fact.slot.split())
    assert not ({"~more", "~part"} - marks) & set(fact.slot.split())


@pytest.mark.parametrize(
    ("text", "kind", "value", "approx", "slot"),
    [
        ("Some 2,000 Russian troops crossed.", "number", (2000.0, ""), "about", "~troops"),
        ("It serves 1,200,000 customers.", "number", (1200000.0, ""), None, "~customer"),
        ("It serves 1.2 million customers.", "number", (1200000.0, ""), "rounded", "~customer"),
        ("Twelve diplomats left.", "number", (12.0, ""), None, "~envoy"),
        ("Two hundred and fifty people came.", "number", (250.0, ""), None, "~people"),
        ("Dozens of people came.", "number", (24.0, ""), "dozens", "~people"),
        # broadcasters spell thousands out and keep the digits after them
        ("Six-thousand-540 members came.", "number", (6540.0, ""), None, "memb"),
        ("About 125-thousand work there.", "number", (125000.0, ""), "about", "~worker"),
        ("More than two dozen soldiers left.", "number", (24.0, ""), "more than", "~troops"),
        ("More than 50 flights were cut.", "number", (50.0, ""), "more than", "~flight"),
        ("Turnout exceeded 35%.", "percent", (35.0, "%"), "more than", ""),
        # a figure passed is a lower bound, unless it counts what was passed
        ("The quake's toll passes 2,000.", "number", (2000.0, ""), "more than", "~death"),
        ("Infections had topped 9,400 by May.", "number", (9400.0, ""), "more than", "~infect"),
        ("The assembly passed 15 laws.", "number", (15.0, ""), None, "laws"),
        # a negated bound turns: "no fewer than 90" is at least 90
        ("No fewer than 90 died.", "number", (90.0, ""), "at least", "~death"),
        ("Not less than 12 were hurt.", "number", (12.0, ""), "at least", "~injury"),
        ("Not more than 12 were hurt.", "number", (12.0, ""), "up to", "~injury"),
        ("The deal is worth $3bn.", "money", (3e9, "USD"), "rounded", ""),
        ("It cost 46 million hryvnias.", "money", (46e6, "UAH"), "rounded", ""),
        ("It financed the $3.87-billion bridge.", "money", (3.87e9, "USD"), "rounded", "bridg"),
        ("The bridge cost USD3.6 billion.", "money", (3.6e9, "USD"), "rounded", ""),
        # other dollars; a sum converted in brackets is the same sum
        ("It paid AU$20 million ($13 million) in refunds.", "money", (2e7, "AUD"), "rounded", ""),
        ("It sold for HK$3.2bn.", "money", (3.2e9, "HKD"), "rounded", ""),
        # South Asian figures: digits grouped in twos, lakhs and crores, "Rs" for rupees
        ("Besides, 1,50,457 houses were damaged.", "number", (150457.0, ""), None, "~house"),
        ("The state gave Rs 5 lakh to each family.", "money", (5e5, "INR"), "rounded", ""),
        ("The project costs Rs. 2 crore.", "money", (2e7, "INR"), "rounded", ""),
        ("It will cost five lakh rupees.", "money", (5e5, "INR"), None, ""),
        ("It was valued at more than US $9 billion.", "money", (9e9, "USD"), "more than", ""),
        # a text wrapped between a figure and its scale or its unit
        ("The deal is worth $1.2\n  billion in all.", "money", (1.2e9, "USD"), "rounded", ""),
        ("Prices rose 5\n% on the year.", "percent", (5.0, "%"), None, ""),
        ("The deal is worth $1.2\u00a0billion.", "money", (1.2e9, "USD"), "rounded", ""),
        # francs are Swiss unless CFA; the word names the currency a bare "$" does not
        ("UBS paid 3 billion Swiss francs.", "money", (3e9, "CHF"), "rounded", ""),
        ("UBS paid $3 billion Swiss francs ($4.8 billion).", "money", (3e9, "CHF"), "rounded", ""),
        ("The fine was 50 billion CFA francs.", "money", (5e10, "XOF"), "rounded", ""),
        # a short scale before a currency word, and a currency joined by a hyphen
        ("The fine was about 40m euros.", "money", (4e7, "EUR"), "about", ""),
        ("The 1.84-billion-euro penalty stands.", "money", (1.84e9, "EUR"), "rounded", "penalt"),
        ("Turnout was 52.4%.", "percent", (52.4, "%"), None, ""),
        ("Turnout was 52.4 percent.", "percent", (52.4, "%"), None, ""),
        ("It rose 3 percentage points.", "percent", (3.0, "pp"), None, ""),
        # rates moves in basis points and in fractions of a point are percentage points
        ("It rose 25 basis points.", "percent", (0.25, "pp"), None, ""),
        ("Rates rose 50bp.", "percent", (0.5, "pp"), None, ""),
        ("It rose a quarter of a percentage point.", "percent", (0.25, "pp"), None, ""),
        ("They cut by half a percentage point.", "percent", (0.5, "pp"), None, ""),
        ("The quarter-point hike was expected.", "percent", (0.25, "pp"), None, ""),
        ("It sold 5 BP tankers.", "number", (5.0, ""), None, "tank"),  # BP, the company
        ("The quake was 10 kilometres deep.", "quantity", (10000.0, "m"), None, "deep"),
        # imperial and small units, and a sailor's speed
        ("It landed 100 yards away.", "quantity", (91.44, "m"), None, "away"),
        ("The snow was 12 inches deep.", "quantity", (0.3048, "m"), None, "deep"),
        ("It dumped 200mm of rain.", "quantity", (0.2, "m"), None, "~rain"),
        ("Gusts reached 60 knots.", "quantity", (111.12, "km/h"), None, ""),
        # a unit of two words, hyphenated between a figure and its noun
        ("It razed a 10,000-square-foot building.", "quantity", (929.0304, "m2"), None, "~build"),
        ("The fire burned 340 square-kilometres.", "quantity", (3.4e8, "m2"), None, ""),
        # a distance per hour is a speed, its conversion in brackets between
        (
            "Winds of 130 miles (215 kilometers) per hour hit.",
            "quantity",
            (209.21472, "km/h"),
            None,
            "hit",
        ),
        # outlets count one thing with different nouns: the slot is the news concept
        ("Some 300 dockworkers struck.", "number", (300.0, ""), "about", "~docker"),
        ("Some 25 crew members were fired.", "number", (25.0, ""), "about", "~worker"),
        # a bare figure counts what the clause before it names
        (
            "The flood killed at least 14 in the valley.",
            "number",
            (14.0, ""),
            "at least",
            "~death",
        ),
        ("The death toll has risen to 19, officials said.", "number", (19.0, ""), None, "~death"),
        # ... however long the toll's subject
        (
            "The number killed by the tide of mud and debris from the dam had risen to 65.",
            "number",
            (65.0, ""),
            None,
            "~death",
        ),
        ("Hail injured 8.", "number", (8.0, ""), None, "~injury"),
        # the scale named before a figure is what it measures
        ("It was one of magnitude 7.6.", "number", (7.6, ""), None, "magnit"),
        # ordinals are numbers of their own unit
        ("He scored in the 64th minute.", "number", (64.0, "th"), None, "minut"),
        ("He finished 9,650th in the race.", "number", (9650.0, "th"), None, ""),  # crashed
    ],
)
def test_numbers_are_normalised(
    text: str, kind: str, value: tuple[float, str], approx: str | None, slot: str
) -> None:
    (fact,) = [f for f in facts_of(text) if f.kind == kind]
    # The slot is the counted noun, possibly followed by the next word of its phrase.
    assert (fact.value, fact.approx, fact.slot.split()[:1]) == (value, approx, slot.split())


@pytest.mark.parametrize(
    ("text", "fate"),
    [
        ("The flood killed 14 workers.", "~death"),  # the verb before the figure
        ("Four people are injured.", "~injury"),  # ... or after it, in the same clause
        ("Five workers died on site.", "~death"),
        ("Four soldiers were martyred in the attack.", "~death"),  # South Asian usage
        ("17 workers were killed after a fire.", "~death"),
        ("A further 44 suspects were released.", "~release"),
        ("Police detained 12 protesters.", "~arrest"),
        ("Some 12 workers went home, and three died.", ""),  # another clause, another figure
        # an insertion between commas does not end the clause of the count
        ("At least 41 people, including a doctor and two nurses, were killed.", "~death"),
        ("At least 41 people, the mayor said, were evacuated.", ""),
        ("The police opened fire, killing one and injuring 12.", "~death"),  # "one" counts here
        ("The bodies were kept at the two hospitals.", ""),  # no fate befalls places
        ("40 people are thought to be dead.", "~death"),  # a state told at one remove
        ("Ten miners were believed to have been killed.", "~death"),
    ],
)
def test_a_count_of_people_knows_what_befell_them(text: str, fate: str) -> None:
    fact = next(f for f in facts_of(text) if f.kind == "number")
    assert {w for w in fact.slot.split() if w in FATES} == ({fate} if fate else set())


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("In a vote of five to four, the judges removed him.", [(5.0, "~for"), (4.0, "~against")]),
        ("The bill passed by 300 votes to 212.", [(300.0, "~for"), (212.0, "~against")]),
        ("Lawmakers voted 204 to 18 to impeach him.", [(204.0, "~for"), (18.0, "~against")]),
        # ... nor a count of votes followed by what they were for
        ("He won 300 votes to become the speaker.", [(300.0, "~election")]),
        # a change from one figure to another is no vote
        ("The toll rose from 5 to 9.", [(5.0, "~death ~was"), (9.0, "~death")]),
    ],
)
def test_the_figures_of_a_vote_are_for_and_against(
    text: str, sides: list[tuple[float, str]]
) -> None:
    """ "Five to four" counts the judges for and against, not the bench ("five of nine")."""
    assert [(f.value[0], f.slot) for f in facts_of(text) if f.kind == "number"] == sides


def test_units_are_converted_to_one_base() -> None:
    (miles,) = values("They drove 5 miles.", "quantity")
    (km,) = values("They drove 8 km.", "quantity")
    assert miles[1] == km[1] == "m"
    assert abs(miles[0] - km[0]) / km[0] < 0.01
    (feet,) = values("The bus fell 395 ft. into a ravine.", "quantity")
    assert feet[1] == "m" and abs(feet[0] - 120.4) < 0.1


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        (
            "The town lies about 150 kilometres (90 miles) east of the capital.",
            [(150000.0, "east")],
        ),
        ("The fire spread 5 miles (8 km) inland.", [(8046.72, "inland")]),
        ("Prices rose $5 (€4.6) a barrel.", None),  # a sum converted: one figure, too
        ("It fell 3 metres, then (after a pause) 2 metres more.", [(3.0, ""), (2.0, "")]),
    ],
)
def test_a_measure_restated_in_brackets_is_one_fact(
    text: str, measures: list[tuple[float, str]] | None
) -> None:
    """ "150 kilometres (90 miles)" is one distance: two would let the other side's figure
    meet the conversion instead of the claim."""
    found = [(f.value[0], f.slot) for f in facts_of(text) if f.kind == "quantity"]
    if measures is None:
        assert [f.value for f in facts_of(text) if f.kind == "money"] == [(5.0, "USD")]
    else:
        assert found == measures


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("It launched at 7:25 a.m. CT (12:25 GMT).", ("time", 7, 25)),
        ("It launched at 8:25am Central Time (1:25pm GMT).", ("time", 8, 25)),
    ],
)
def test_a_time_restated_in_another_zone_is_one_time(text: str, time: tuple[object, ...]) -> None:
    assert values(text, "time") == [time]


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("It took about an hour to arrive.", [(3600.0, "about")]),
        ("Crews arrived half an hour later.", [(1800.0, None)]),
        ("The fire burned for more than half an hour.", [(1800.0, "more than")]),
        ("The fire burned for more\nthan  an hour.", [(3600.0, "more than")]),  # wrapped
        ("It happened a year ago.", []),  # an article, no figure
        ("An hour later, it spread.", []),
    ],
)
def test_an_hour_after_a_hedge_is_a_length_of_time(
    text: str, lengths: list[tuple[float, str | None]]
) -> None:
    found = [(f.value[0], f.approx) for f in facts_of(text) if f.kind == "quantity"]
    assert found == lengths


@pytest.mark.parametrize(
    ("text", "times", "splits"),
    [
        ("She won in 2:19.37 at the finish.", [], [(139.37, "m:ss.ff")]),
        ("She reached 1200m in 3:05.2, a record.", [], [(185.2, "m:ss.ff")]),
        ("The polls closed at 10:30.", [("time", 10, 30)], []),
        ("The polls closed at 10:30. Counting began.", [("time", 10, 30)], []),
    ],
)
def test_a_race_time_with_a_point_is_no_time_of_day(
    text: str, times: list[tuple[object, ...]], splits: list[tuple[float, str]]
) -> None:
    assert values(text, "time") == times
    assert [f.value for f in facts_of(text) if f.kind == "quantity"] == splits


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Yusuf Bello, 32, the driver, survived.", [(32, "yusuf bello")]),
        ("Asha Rai (16) was pulled out alive.", [(16, "asha rai")]),
        ("The dead are Ravi Sen, 34, and Mina Sen, 6.", [(34, "ravi sen"), (6, "mina sen")]),
        ("The driver, 32, survived.", [(32, "")]),
        ("The 55-year-old Ivan Sokol was held.", [(55, "ivan sokol")]),
        ("An 18-year-old student, Asha Rai, was hurt.", [(18, "asha rai")]),
        ("A 40-year-old man was held.", [(40, "")]),
        # no age: a date, a score, a list of articles, a count too great for an age
        ("Talks resumed on Monday, 12 May.", []),
        ("Rivers beat Enyimba 2-1.", []),
        ("Articles 5, 6 and 7 apply.", []),
        ("Kano, 350, was hit hardest.", []),
    ],
)
def test_an_age_keeps_the_name_it_follows(text: str, ages: list[tuple[int, str]]) -> None:
    """Ages of different people must not be compared, so an age knows whose it is."""
    found = [f for f in facts_of(text) if f.kind == "quantity" and "old" in f.slot.split()]
    assert [(f.value[0] / 12, owner_of(f)) for f in found] == ages


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("They were jailed for five-and-a-half years.", 66.0),
        ("They were jailed for 5 and a half years.", 66.0),
        ("The probe will fly for 5-1/2 years.", 66.0),
        ("The probe will fly for 5 1/2 years.", 66.0),
        ("The probe will fly for 5½ years.", 66.0),
        ("They were sentenced to five years and six months.", 66.0),
        ("Prosecutors asked for five years and 11 months.", 71.0),
        ("He served 2 years, and 3 months of it abroad.", 27.0),
        ("He served two years and spent three days abroad.", 24.0),
    ],
)
def test_compound_durations_are_one_quantity(text: str, months: float) -> None:
    """A prison term told in two units is one value: "five years and six months" is 66 months
    (two quantities would compare 6 months with the other side's 11 and invent a difference)."""
    assert values(text, "quantity")[0] == (months, "month")
    assert all(v[0] >= 1 for v in values(text, "quantity"))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("He won in 2 hours, 6 minutes and 15 seconds.", 7575.0),
        ("They finished inside two hours and seven minutes.", 7620.0),
        ("She won by 0.02 seconds.", 0.02),
        ("The meeting lasted five hours, and 20 people came.", 18000.0),
    ],
)
def test_a_time_told_in_hours_minutes_and_seconds_is_one_duration(
    text: str, seconds: float
) -> None:
    assert values(text, "quantity")[0] == (seconds, "s")


@pytest.mark.parametrize(
    ("text", "span", "approx"),
    [
        ("It landed shortly after 2pm.", "shortly after 2pm", "more than"),
        ("It hit at around 6 am.", "around 6 am", "about"),
        ("It ended just before midnight.", "just before midnight", "less than"),
        ("It hit at 6 am.", "6 am", None),
    ],
)
def test_a_hedged_time_of_day_is_approximate(text: str, span: str, approx: str | None) -> None:
    (fact,) = [f for f in facts_of(text) if f.kind == "time"]
    assert (fact.span.text, fact.approx) == (span, approx)


@pytest.mark.parametrize(
    ("text", "quantities", "times"),
    [
        ("Molla won in a time of 2:03:34.", [(7414.0, "s")], []),
        ("She ran 1:59:40.2 in Vienna.", [(7180.2, "s")], []),
        ("The train left at 10:45, due at 2:17 p.m.", [], [("time", 10, 45), ("time", 14, 17)]),
        ("Police were called at 23:05 GMT.", [], [("time", 23, 5)]),
        ("It crashed just before midnight (1600 GMT).", [], [("time", 0, 0)]),  # one time
    ],
)
def test_a_race_time_is_a_duration_not_a_time_of_day(
    text: str, quantities: list[object], times: list[object]
) -> None:
    """Hours, minutes and seconds ("2:03:34") time a race; reading the last two parts as a clock
    time (03:34) made two runners' times look like one event's hours."""
    assert values(text, "quantity") == quantities
    assert values(text, "time") == times


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The rocket lifted off at 10.07 pm.", "10.07 pm"),
        ("The rocket lifted off at 10.07 p.m. on Sunday.", "10.07 p.m."),
        ("It lifted off at 9 a.m.", "9 a.m."),
        ("It lifted off at 9:10 in the evening.", "9:10 in the evening"),
    ],
)
def test_a_time_ends_with_its_meridiem_not_the_full_stop(text: str, span: str) -> None:
    assert [f.span.text for f in facts_of(text) if f.kind == "time"] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "One of the officials said the talks went well.",
        "No one was hurt in the blast.",
        "Not one soldier was killed.",
    ],
)
def test_one_is_a_count_only_when_a_fate_says_so(text: str) -> None:
    """A lone "one" is a pronoun or an article far more often than a figure."""
    assert values(text, "number") == []


def test_spans_are_absolute_offsets_into_the_source() -> None:
    text = "Some 3,200 workers walked out on Tuesday."
    for fact in facts_of(text, offset=17):
        assert fact.span.start >= 17
        assert (" " * 17 + text)[fact.span.start : fact.span.end] == fact.span.text
        assert (fact.span.source_id, fact.span.statement_id) == ("a", "a1")


@pytest.mark.parametrize(
    ("text", "cue", "governed"),
    [
        ("The company has not offered a contract.", "not", "offer"),
        ("He didn't concede.", "n't", "conced"),
        ("The minister denied the charges.", "denied", "charg"),
        ("They refused to approve it.", "refused", "approv"),
        ("He never proposed talks.", "never", "propos"),
    ],
)
def test_negation_names_what_it_negates(text: str, cue: str, governed: str) -> None:
    (value,) = values(text, "negation")
    assert value[0] == cue and value[1][0] == governed


@pytest.mark.parametrize(
    "text",
    ["Not only ships but trains ran.", "It was no later than noon.", "Not less than 12 died."],
)
def test_fixed_phrases_are_not_negations(text: str) -> None:
    assert values(text, "negation") == []


def test_modality() -> None:
    ((cue, governed),) = values("He is expected to travel soon.", "modality")
    assert (cue, governed[0]) == ("is expected to", "travel")


@pytest.mark.parametrize(
    ("text", "rank", "domain"),
    [
        ("Deputy Foreign Minister Ivan Petrov", ("deputy", "minister"), ("foreign",)),
        ("the minister of foreign affairs", ("minister",), ("foreign",)),
        (
            "U.S. deputy assistant secretary of state",
            ("deputy", "assistant", "secretary"),
            ("state",),
        ),
        ("Deputy commission chairman Tigran", ("deputy", "chair"), ("commission",)),
        # "special" qualifies a court, not the judge's rank
        ("Special Court Judge Abual Hasnat", ("judge",), ("special", "court")),
        ("spokeswoman Anna Ivanova", ("spokesperson",), ()),
        # another head ends the title: two titles, not one with a strange domain
        ("the prime minister commended President Sall", ("prime", "minister"), ()),
        # "under" is a rank of secretaries only, a preposition before any other title
        ("Under Secretary John Bass", ("under", "secretary"), ()),
        ("the company under CEO David Burritt", ("ceo",), ()),
        # nor do function words name a domain: "the first steps of President" is a president
        ("the first steps of President Javier Milei", ("president",), ()),
    ],
)
def test_titles_split_rank_and_domain(
    text: str, rank: tuple[str, ...], domain: tuple[str, ...]
) -> None:
    assert values(text, "title")[0] == (rank, domain)


def test_a_candidate_holds_no_title() -> None:
    assert values("He was the first chancellor candidate to fail.", "title") == []


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        # an ordinal counting the office's holders is no rank
        ("He is the first Prime Minister to win back-to-back elections.", ("prime", "minister")),
        ("She became the first president since 1990 to lose.", ("president",)),
        ("the first president ever elected twice", ("president",)),
        # a rank of its own
        ("First Deputy Prime Minister Denis Manturov", ("first", "deputy", "prime", "minister")),
        ("First Vice President Sara Duterte arrived.", ("first", "vice", "president")),
    ],
)
def test_the_first_holder_of_an_office_is_no_first_rank(text: str, rank: tuple[str, ...]) -> None:
    assert values(text, "title")[0][0] == rank


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # when the outlet looked, not when anything happened
        ("As of 10.45pm local time, Labor led with 56.4 per cent.", []),
        ("At the time of publication (3 May, 11:15 pm), Labor had 86 seats.", []),
        ("As at Monday, 40 people had died.", []),
        # a time of the event itself
        ("Polls closed at 6 pm and counting began at once.", [("time", 18, 0)]),
    ],
)
def test_the_time_a_count_was_taken_is_no_claim(text: str, kept: list[object]) -> None:
    assert values(text, "time") + values(text, "date") == kept


def test_quotes_are_normalised_words() -> None:
    (fact,) = [
        f
        for f in facts_of("He called it “a victory for all, not one party,” he said.")
        if f.kind == "quote"
    ]
    assert fact.value == "a victory for all not one party"
    assert fact.span.text == "a victory for all, not one party"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('“It was a skirmish over land," the chief said.', "it was a skirmish over land"),
        ('He said "we will stay” and left.', "we will stay"),
        ('“He called it "a farce" today,” she said.', "he called it a farce today"),
        ("‘I’m delighted to join,’ he said.", "i m delighted to join"),  # single curly marks
    ],
)
def test_quotes_in_mixed_or_single_marks_are_found_whole(text: str, quote: str) -> None:
    assert values(text, "quote") == [quote]


@given(st.integers(min_value=0, max_value=10**9))
def test_any_written_integer_reads_back(number: int) -> None:
    (value,) = values(f"It counted {number:,} items.", "number") or values(
        f"It counted {number:,} items.", "date"
    )
    assert value in ((float(number), ""), ("date", number, None, None))


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["about", "more than", "nearly"]))
def test_an_approximate_value_allows_itself(number: int, hedge: str) -> None:
    (fact,) = [f for f in facts_of(f"It hit {hedge} {number:,} homes.") if f.kind == "number"]
    low, high = interval(fact)
    assert low <= number < high


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        # a bound on a scaled figure reaches the next step of its scale ...
        ("Baku freed more than two dozen soldiers.", 32, 37),
        ("More than 2 million people voted.", 2_600_000, 3_100_000),
        # ... a hedge half a step; a figure written in full keeps its 10 %
        ("About 2 million people voted.", 2_400_000, 2_600_000),
        ("Up to 2,000 people came.", 1_850, 1_750),
        # ... and a lower bound reaches the next step of its last digit, or 10 % above
        ("More than 2,000 people came.", 3_000, 3_001),
        ("Over 800 kilograms were loaded.", 889, 901),
        ("More than 127 people came.", 139, 140),
    ],
)
def test_a_rounded_figure_allows_its_rounding(text: str, inside: float, outside: float) -> None:
    (fact,) = [f for f in facts_of(text) if f.kind in ("number", "quantity")]
    low, high = interval(fact)
    assert low <= inside < high
    assert not low <= outside < high


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=30),
    st.integers(0, 230),
    st.integers(1, 30),
)
def test_taken_spans_find_every_overlap(
    spans: list[tuple[int, int]], start: int, size: int
) -> None:
    """The sorted index of read spans answers as a scan of all of them would."""
    from reconcile.facts import _Taken

    taken = _Taken()
    for s, n in spans:
        taken.add(s, s + n)
    expected = any(start < s + n and s < start + size for s, n in spans)
    assert taken.overlaps(start, start + size) is expected
