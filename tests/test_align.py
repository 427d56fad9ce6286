"""Alignment: paraphrases pair up, unrelated statements do not, order and source count do not
matter, and the result is a clean partition of statements into groups."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import align as align_module
from reconcile import compare_files, compare_texts, similarity
from reconcile.align import DEFAULT_THRESHOLD, Rivals, align, link_pairs
from reconcile.lexicon import concept
from reconcile.models import Alignment, Fact, Features, Link, Mention, Span, Statement
from reconcile.options import Options
from reconcile.similarity import COMPONENTS, entity_aliases
from reconcile.textnorm import content_stems, stem


def feats(
    source_id: str,
    texts: Sequence[str],
    entities: Sequence[Sequence[str]] = (),
    values: Sequence[Sequence[object]] = (),
) -> list[Features]:
    """Features for a list of sentences; entity ids and fact values are given per sentence."""
    out = []
    start = 0
    for n, text in enumerate(texts):
        sid = f"{source_id}{n + 1}"
        statement = Statement(sid, source_id, n, text, start, start + len(text))
        start += len(text) + 1
        ents = tuple(entities[n]) if n < len(entities) else ()
        span = Span(source_id, sid, text, statement.start, statement.end)
        facts = tuple(Fact("number", v, span) for v in (values[n] if n < len(values) else ()))
        out.append(Features(statement, entity_ids=ents, facts=facts))
    return out


def pairs(alignment: Alignment) -> set[tuple[str, str]]:
    return {(link.a, link.b) for link in alignment.links}


# A filler story around each probe so IDF has a realistic document to work with.
FILLER_A = [
    "Heavy rain flooded several streets in the northern district on Sunday.",
    "The regional football club announced a new coach for the coming season.",
]
FILLER_B = [
    "A jazz festival opened in the old town with performers from twelve countries.",
    "Prices of fresh vegetables rose at the central market this week.",
]

PARAPHRASES = [
    (
        "Moscow proposed the reestablishment of direct air connections between the countries.",
        "Russia suggested re-establishing direct air travel between the two countries.",
    ),
    (
        "The port workers' union called off its strike after wages were raised by 12 percent.",
        "Dock workers ended the strike once the union won a 12 percent wage increase.",
    ),
    (
        "Rescue teams pulled four survivors from the collapsed school building overnight.",
        "Four survivors were pulled overnight from the rubble of the collapsed school.",
    ),
    (
        "The central bank kept its key interest rate unchanged at 16 percent on Friday.",
        "On Friday the central bank left the key rate unchanged at 16 percent.",
    ),
]

UNRELATED = [
    (
        "The ferry operator will add two vessels to the Caspian route next spring.",
        "Parliament approved the budget for hospital construction in a late vote.",
    ),
    (
        "Election officials finished counting ballots in the mountain villages.",
        "The striking dockers blocked the container terminal with trucks.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PARAPHRASES)
def test_paraphrases_are_linked(a: str, b: str) -> None:
    features = {"a": feats("a", [*FILLER_A, a]), "b": feats("b", [b, *FILLER_B])}
    assert pairs(align(features, Options())) == {("a3", "b1")}


@pytest.mark.parametrize(("a", "b"), UNRELATED)
def test_unrelated_statements_stay_unique(a: str, b: str) -> None:
    features = {"a": feats("a", [*FILLER_A, a]), "b": feats("b", [b, *FILLER_B])}
    alignment = align(features, Options())
    assert alignment.links == ()
    assert alignment.groups == ()


def test_order_does_not_matter() -> None:
    a_texts = [a for a, _ in PARAPHRASES]
    b_texts = [b for _, b in reversed(PARAPHRASES)]
    alignment = align({"a": feats("a", a_texts), "b": feats("b", b_texts)}, Options())
    assert pairs(alignment) == {("a1", "b4"), ("a2", "b3"), ("a3", "b2"), ("a4", "b1")}


def test_one_sentence_split_into_two_forms_one_group() -> None:
    a = feats(
        "a",
        [
            *FILLER_A,
            "The quake of magnitude 6.1 struck near Osh at dawn and destroyed 240 homes.",
        ],
        entities=[(), (), ("e1",)],
        values=[(), (), (6.1, 240)],
    )
    b = feats(
        "b",
        [
            "A magnitude 6.1 earthquake hit the Osh region at dawn on Tuesday.",
            "Officials said 240 homes were destroyed by the quake.",
            *FILLER_B,
        ],
        entities=[("e1",), (), ()],
        values=[(6.1,), (240,), ()],
    )
    alignment = align({"a": a, "b": b}, Options())
    assert alignment.groups == (("a3", "b1", "b2"),)


def test_shared_entities_and_numbers_link_a_loose_paraphrase() -> None:
    a_text = "Khodorkovsky was fined 3,000 euros by the court in Tbilisi."
    b_text = "A Tbilisi judge ordered Hodorkovskiy to pay a 3,000 euro penalty."
    plain = {"a": feats("a", [*FILLER_A, a_text]), "b": feats("b", [b_text, *FILLER_B])}
    rich = {
        "a": feats("a", [*FILLER_A, a_text], [(), (), ("e1", "e2")], [(), (), (3000,)]),
        "b": feats("b", [b_text, *FILLER_B], [("e2", "e1")], [(3000,)]),
    }
    plain_score = [link.score for link in align(plain, Options(threshold=0.01)).links]
    rich_links = align(rich, Options()).links
    assert pairs(align(rich, Options())) == {("a3", "b1")}
    assert rich_links[0].score > max(plain_score, default=0.0)
    assert rich_links[0].components["entities"] == 1.0
    assert rich_links[0].components["numbers"] == 1.0


def test_three_sources() -> None:
    texts = [a for a, _ in PARAPHRASES[:3]]
    paraphrased = [b for _, b in PARAPHRASES[:3]]
    features = {
        "a": feats("a", texts),
        "b": feats("b", list(reversed(paraphrased))),
        "c": feats("c", [paraphrased[1], FILLER_B[0]]),
    }
    alignment = align(features, Options())
    assert alignment.groups == (("a1", "b3"), ("a2", "b2", "c1"), ("a3", "b1"))


@pytest.mark.parametrize(("threshold", "expect_links"), [(0.99, False), (DEFAULT_THRESHOLD, True)])
def test_threshold_option(threshold: float, expect_links: bool) -> None:
    a, b = PARAPHRASES[1]
    features = {"a": feats("a", [*FILLER_A, a]), "b": feats("b", [b, *FILLER_B])}
    assert bool(align(features, Options(threshold=threshold)).links) is expect_links


@pytest.mark.parametrize(("a", "b"), UNRELATED)
def test_one_sentence_sources_are_no_clear_favourites(a: str, b: str) -> None:
    """With no other partner to beat, an unrelated pair must not look like a clear match."""
    alignment = align({"a": feats("a", [a]), "b": feats("b", [b])}, Options())
    assert alignment.links == ()


def test_a_better_rival_takes_the_link_and_lowers_the_margin() -> None:
    """A loose paraphrase is linked while it is the clear favourite, not once a closer one
    appears: how a pair ranks among the alternatives weighs in its score."""
    weak = "Nobody was hurt in the blaze at the smelter, which broke out during the night shift."
    rival = "No workers were injured in the smelter fire during the night shift, the firm said."
    loose = "The operator said that no one had been injured."
    a = feats("a", [weak, *FILLER_A])
    alone = align({"a": a, "b": feats("b", [loose, *FILLER_B])}, Options())
    contested = {"a": a, "b": feats("b", [loose, rival, *FILLER_B])}
    margin = {
        (link.a, link.b): link.components["margin"]
        for link in align(contested, Options(threshold=0.01)).links
    }
    assert pairs(alone) == {("a1", "b1")}
    assert alone.links[0].components["margin"] > 0.5
    assert ("a1", "b2") in pairs(align(contested, Options()))
    assert margin[("a1", "b2")] > 0.5 > margin[("a1", "b1")]


@pytest.mark.parametrize(
    ("ranks", "expected"),
    [
        ({(0, 0): -1.0}, {(0, 0): 1.0}),  # far above the virtual rival on both sides
        ({(0, 0): -4.52}, {(0, 0): 0.5}),  # level with a typical unrelated pair
        ({(0, 0): -1.0, (0, 1): -1.0}, {(0, 0): 0.75, (0, 1): 0.75}),  # a tie on one side
        ({(0, 0): -1.0, (0, 1): -3.0}, {(0, 0): 1.0, (0, 1): 0.5}),
    ],
)
def test_rival_margins(
    ranks: dict[tuple[int, int], float], expected: dict[tuple[int, int], float]
) -> None:
    rivals = Rivals(floor=-4.52)
    for (i, j), rank in sorted(ranks.items()):
        rivals.see(i, j, rank)
    for (i, j), value in expected.items():
        assert rivals.margin(i, j, ranks[i, j]) == pytest.approx(value, abs=0.02)


def test_matching_keeps_a_near_certain_pair_over_two_middling_ones() -> None:
    """a0-b0 is near certain, a0-b1 and a1-b0 only middling. Summed scores would match the
    two middling pairs (0.6 + 0.6 > 0.99) and lose a0-b0; summed evidence keeps it, and the
    middling pairs still join it as one-to-many links."""
    scored = {(0, 0): (0.99, {}), (0, 1): (0.6, {}), (1, 0): (0.6, {})}
    assert link_pairs(scored, 0.45, 0.3) == [(0, 0), (0, 1), (1, 0)]


@given(
    st.dictionaries(
        st.tuples(st.integers(0, 6), st.integers(0, 6)),
        st.sampled_from([-6.0, -4.52, -3.0, -1.0, -1.0, 0.5, 2.0]),  # ties and the floor
        min_size=1,
    )
)
def test_rivals_learnt_by_sorting_are_those_learnt_pair_by_pair(
    ranks: dict[tuple[int, int], float],
) -> None:
    """Long inputs learn rivals and margins with numpy; they must be those of the loop."""
    pairs_ = sorted(ranks)
    rows, cols = [i for i, _ in pairs_], [j for _, j in pairs_]
    values = [ranks[p] for p in pairs_]
    logits = [v - 1.0 for v in values]
    loop = Rivals.learn(rows, cols, values, floor=-4.52)
    with patch.object(align_module, "_VECTOR_MIN", 0):
        vector = Rivals.learn(rows, cols, values, floor=-4.52)
        fast = vector.scores(rows, cols, values, logits, 0.2)
    for i, j in pairs_:
        assert vector.margin(i, j, ranks[i, j]) == pytest.approx(loop.margin(i, j, ranks[i, j]))
    slow = loop.scores(rows, cols, values, logits, 0.2)
    assert [k for k, _, _ in fast] == [k for k, _, _ in slow]
    assert [v for _, *ms in fast for v in ms] == pytest.approx([v for _, *ms in slow for v in ms])


def test_links_explain_themselves() -> None:
    a, b = PARAPHRASES[0]
    (link,) = align({"a": feats("a", [a]), "b": feats("b", [b])}, Options()).links
    assert set(link.components) == set(COMPONENTS)
    assert 0.0 <= link.score <= 1.0
    assert all(0.0 <= v <= 1.0 for v in link.components.values())


def test_deterministic() -> None:
    features = {
        "a": feats("a", [a for a, _ in PARAPHRASES] + FILLER_A),
        "b": feats("b", [b for _, b in PARAPHRASES] + FILLER_B),
    }
    assert align(features, Options()) == align(features, Options())


def _planted(size: int, seed: int = 7) -> tuple[dict[str, list[Features]], set[tuple[str, str]]]:
    """Two long sources whose statements pair up one to one in shuffled order, and the pairs."""
    rng = random.Random(seed)
    common = [f"word{n}" for n in range(300)]
    a_texts, b_texts = [], []
    for n in range(size):
        body = rng.sample(common, 6)
        a_texts.append(" ".join([*body, f"token{n}x", f"token{n}y"]))
        b_texts.append(" ".join([*rng.sample(body, 4), f"token{n}x", f"token{n}y"]))
    order = list(range(size))
    rng.shuffle(order)
    features = {"a": feats("a", a_texts), "b": feats("b", [b_texts[n] for n in order])}
    return features, {(f"a{n + 1}", f"b{pos + 1}") for pos, n in enumerate(order)}


def test_large_inputs_use_blocking_and_still_find_pairs() -> None:
    """Above the full-matrix limit candidates are blocked; planted pairs must survive it."""
    size = 600
    features, expected = _planted(size)
    assert similarity.blocked(features["a"], features["b"])
    found = pairs(align(features, Options(workers=1)))
    assert len(found & expected) >= 0.99 * size
    assert len(found - expected) <= 0.01 * size


def test_worker_processes_give_the_same_alignment_as_one() -> None:
    """Long sources are blocked and scored in chunks by several processes; merged in order,
    the result must be exactly that of one process (scores included)."""
    features, _ = _planted(600, seed=3)
    with patch.object(align_module, "_CHUNK", 150):  # several chunks, so the work fans out
        assert align(features, Options(workers=2)) == align(features, Options(workers=1))


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("re-establish", "reestablishment", "re-establishing", "reestablished"), True),
        (("restore", "restoring", "restoration"), True),
        (("diplomat", "diplomats", "diplomatic"), True),
        (("normalize", "normalization", "normalizing"), True),
        (("access", "accessed"), True),
        (("body", "bodies"), True),  # a short stem keeps its y
        (("city", "cities"), True),
        (("control", "controlled", "controlling"), True),  # British doubling of l
        (("travel", "travelled"), True),
        (("kill", "killed"), True),  # a double l of the word itself stays
        (("mission", "missions"), True),
        (("election", "elected"), True),
        (("mission", "missed"), False),  # a short stem keeps its "-ion"
        (("station", "state"), False),
        (("statement", "state"), False),
        (("international", "internal"), False),  # suffix rules would join these, not the meanings
        (("foundation", "found"), False),
        (("international", "internationally"), True),
        (("plane", "planes"), True),  # a short syllable keeps its "e" ...
        (("plane", "plan"), False),
        (("close", "closed", "closing"), True),  # ... and gets it back after a suffix
        (("restore", "restoring"), True),
        (("government", "governing"), True),
        (("general", "generate"), False),
        (("embassy", "embargo"), False),
        (("southwest", "southwestern"), True),  # a compass adjective is its direction
        (("north", "northern"), True),
    ],
)
def test_stemmer_groups_word_forms(words: tuple[str, ...], same: bool) -> None:
    stems = {stem(content_stems(w)[0]) for w in words}
    assert (len(stems) == 1) is same


def test_content_stems_keep_abbreviations_and_numbers_whole() -> None:
    assert content_stems("The U.S. paid 3,500 dollars, or 3.5 thousand.") == [
        "us",
        "paid",
        "3500",
        "dollar",
        "3.5",
        "thousand",
    ]


VOCAB = [
    "ferry",
    "port",
    "strike",
    "minister",
    "quake",
    "ballot",
    "embassy",
    "flight",
    "wages",
    "talks",
    "border",
    "troops",
]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=6), max_size=6),
        min_size=2,
        max_size=4,
    )
)
def test_alignment_is_a_partition(sources: list[list[list[str]]]) -> None:
    features = {
        sid: feats(sid, [" ".join(words) for words in doc])
        for sid, doc in zip("abcd", sources, strict=False)
    }
    alignment = align(features, Options())
    known = {f.statement.id: f.statement.source_id for fs in features.values() for f in fs}
    seen: set[str] = set()
    for group in alignment.groups:
        assert len({known[s] for s in group}) >= 2
        assert seen.isdisjoint(group)
        seen.update(group)
    for link in alignment.links:
        assert known[link.a] != known[link.b]
        assert {link.a, link.b} <= seen


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("suspended", "halt", "cessation", "freeze"), True),
        (("restore", "reinstating", "re-establishment", "resumption"), True),
        (("houses", "homes"), True),
        (("collision", "accident", "crash"), True),
        (("proposed", "offered", "suggestion"), True),
        (("killed", "died", "death toll"), True),
        (("halted", "resumed"), False),
        (("rose", "fell"), False),
        (("arrested", "released"), False),
        (("state", "announced"), False),  # "state media" says nothing of an announcement
        (("station", "announced"), False),
        (("broke", "mediated"), False),  # a common word that shared a group word's stem
        (("good", "cargo"), False),
    ],
)
def test_news_synonyms_share_a_concept(words: tuple[str, ...], same: bool) -> None:
    found = {concept(content_stems(w)[0]) for w in words}
    assert (len(found) == 1) is same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Authorities suspended all flights to the capital after the blast.",
            "The government halted air traffic to the capital following the explosion.",
        ),
        (
            "More than 900 houses were flooded by the rising river.",
            "The river put over 900 homes under water as it rose.",
        ),
    ],
)
def test_synonym_paraphrases_are_linked(a: str, b: str) -> None:
    features = {"a": feats("a", [*FILLER_A, a]), "b": feats("b", [b, *FILLER_B])}
    assert pairs(align(features, Options())) == {("a3", "b1")}


def named(sid: str, text: str, names: Sequence[tuple[str, str, str]]) -> Features:
    """A statement whose mentions are (entity id, type, normal form)."""
    statement = Statement(sid, sid[0], int(sid[1:]) - 1, text, 0, len(text))
    span = Span(sid[0], sid, text, 0, len(text))
    mentions = tuple(
        Mention(f"m{sid}{n}", kind, span, normal=normal)
        for n, (_, kind, normal) in enumerate(names)
    )
    return Features(statement, mentions=mentions, entity_ids=tuple(e for e, _, _ in names))


@pytest.mark.parametrize(
    ("left", "right", "merged"),
    [
        (("person", "nurlanbek kadirbaev"), ("person", "kadirbaiev"), True),  # surname variant
        (("person", "levan iaparidze"), ("person", "levan dzhaparidze"), True),
        (("person", "sonata coulter"), ("person", "sonata carter"), False),  # another person
        (("org", "emergencies ministry"), ("org", "economy ministry"), False),  # same head word
        (("place", "Iran"), ("place", "Iraq"), False),  # too short to call a variant
    ],
)
def test_name_variants_become_aliases(
    left: tuple[str, str], right: tuple[str, str], merged: bool
) -> None:
    items = [named("a1", "x", [("e1", *left)]), named("b1", "y", [("e2", *right)])]
    assert (entity_aliases(items) == {"e2": "e1"}) is merged


def measured(sid: str, text: str, facts: Sequence[tuple[str, object, str]]) -> Features:
    """A statement with facts given as (kind, value, slot)."""
    statement = Statement(sid, sid[0], int(sid[1:]) - 1, text, 0, len(text))
    span = Span(sid[0], sid, text, 0, len(text))
    return Features(statement, facts=tuple(Fact(k, v, span, slot=s) for k, v, s in facts))


def test_close_figures_link_a_number_discrepancy() -> None:
    """Outlets that disagree on a figure still report the same fact: the pair must be linked
    so that the report can show the discrepancy."""
    a = measured("a1", "Official turnout stood at 41.3%.", [("percent", (41.3, "%"), "")])
    b = measured("b1", "Turnout reached 43.1 percent.", [("percent", (43.1, "%"), "")])
    far = measured("b1", "Turnout reached 43.1 percent.", [("number", (43.1, ""), "")])
    fillers_a = feats("a", ["", *FILLER_A])[1:]
    fillers_b = feats("b", ["", *FILLER_B])[1:]
    linked = align({"a": [a, *fillers_a], "b": [b, *fillers_b]}, Options()).links
    unit_less = align({"a": [a, *fillers_a], "b": [far, *fillers_b]}, Options()).links
    assert [(lk.a, lk.b) for lk in linked] == [("a1", "b1")]
    assert linked[0].components["near"] == 1.0
    assert not unit_less or unit_less[0].components["near"] == 0.0


@pytest.mark.parametrize(
    ("kind_a", "a", "kind_b", "b", "near"),
    [
        ("number~injury", 24.0, "number~injury", 12.0, 1.0),  # one toll, two updates
        ("number~injury", 24.0, "number~injury", 9.0, 0.0),
        ("number", 24.0, "number", 12.0, 0.0),  # plain counts stay within 0.6
        ("number~death", 24.0, "number~injury", 12.0, 0.0),  # the dead are not the injured
    ],
)
def test_tolls_of_one_fate_are_near_across_updates(
    kind_a: str, a: float, kind_b: str, b: float, near: float
) -> None:
    """Outlets report one toll at different stages ("at least 24" / "12 injured"): counts of
    one fate are near down to the ratio below which no annotated number difference falls."""
    assert similarity.close_figures((kind_a, (a, "")), (kind_b, (b, ""))) == bool(near)


@pytest.mark.parametrize(
    ("kind", "value", "slot"),
    [
        ("quantity", (864.0, "month"), "old @omar"),  # an age: "Omar Benhanna, 72"
        ("title", (("prime", "minister"), ()), ""),
        ("negation", ("not", ("sign",)), "sign"),
        ("modality", ("expected to", ("travel",)), "travel"),
    ],
)
def test_who_or_how_is_no_evidence_of_the_claim(kind: str, value: object, slot: str) -> None:
    """An age or a title says who, as a name does ("The suspect, 42-year-old ..." opens
    statements of different claims); a negation or a hedge says how a claim is made. Only
    figures, dates and quotes tell which claim: a villager "72" years old is no "more than
    120 years"."""
    assert similarity.profile(measured("b1", "x", [(kind, value, slot)]))[0].values == frozenset()
    span = measured("a1", "x", [("quantity", (1440.0, "month"), "in")])
    assert similarity.profile(span)[0].measures == (("quantity", (1440.0, "month")),)


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ((4.87e9, "USD"), (5e9, "USD"), True),  # "raising $4.87bn" / "raised nearly $5 billion"
        ((56.0, "USD"), (56.1, "USD"), True),
        ((5e9, "USD"), (5e9, "EUR"), False),  # another currency is another figure
        ((5e9, "USD"), (1e9, "USD"), False),
    ],
)
def test_sums_of_money_are_figures_that_can_be_near(
    a: tuple[float, str], b: tuple[float, str], near: bool
) -> None:
    """A deal's or a sale's sum, rounded by one outlet, still marks the same claim."""
    assert similarity.close_figures(("money", a), ("money", b)) is near
    assert ("money", a) in similarity.profile(measured("a1", "x", [("money", a, "")]))[0].measures


def test_the_date_of_a_briefing_is_no_evidence() -> None:
    """Two claims of one briefing share its date ("said on Friday"); that must not pair them."""
    friday = ("date", ("weekday", 4), "said")
    a = measured("a1", "The ministry said on Friday that the talks were useful.", [friday])
    b = measured("b1", "The ministry said on Friday that prices will be frozen.", [friday])
    (link,) = align({"a": [a], "b": [b]}, Options(threshold=0.01)).links
    assert link.components["numbers"] == 0.0
    assert link.components["near"] == 0.0


def test_articles_about_different_events_share_no_links_on_figures_alone() -> None:
    """A port strike and an earthquake: "40 cargo ships" must not pair with "46 survivors"."""
    sources = Path(__file__).resolve().parents[1] / "sources"
    report = compare_files(
        [str(sources / "poti-port-strike" / "a.txt"), str(sources / "osh-earthquake" / "b.txt")]
    )
    ships = next(s for s in report.statements if "cargo ships" in s.text)
    (finding,) = [f for f in report.findings if ships.id in f.statements.get("a", ())]
    assert finding.status.value == "unique"


STORY_A = [
    "The coffee chain named Brian Niccol as its new chief executive on Tuesday.",
    "Niccol currently runs the burrito chain Chipotle Mexican Grill.",
    "He will take over from Laxman Narasimhan, who is stepping down immediately.",
    "Its stock, meanwhile, is up almost 21%.",
]
STORY_B = [
    "The coffee company appointed Brian Niccol as chief executive on Tuesday.",
    "Niccol has led Chipotle Mexican Grill since 2018.",
    "Laxman Narasimhan is stepping down with immediate effect.",
    "Shares soared 24.5% on the news.",
]


@pytest.mark.parametrize(("story", "linked"), [(3, True), (0, False)])
def test_close_figures_alone_link_only_within_one_story(story: int, linked: bool) -> None:
    """ "Its stock is up almost 21%" / "Shares soared 24.5%" share no content word, only a
    close figure: a link (and a discrepancy) in two reports that already pair three claims,
    none between articles that pair nothing else."""
    # the figures second, as a story tells them, not last: the score counts a statement's depth
    texts = ("\n".join([*s[:1][:story], s[-1], *s[1:story]]) + "\n" for s in (STORY_A, STORY_B))
    report = compare_texts(dict(zip("ab", texts, strict=True)))
    figure = 2 if story else 1
    found = [f for f in report.findings if f"a{figure}" in f.statements.get("a", ())]
    assert (found[0].status.value == "discrepancy") is linked
    assert (f"b{figure}" in found[0].statements.get("b", ())) is linked


TOLL_A = [
    "The driver lost control on a sharp curve near the town of Tonala, officials said.",
    "The migrants on the bus came from Venezuela and Haiti, the migration institute said.",
    "The injured were taken to hospitals in Juchitan and Tehuantepec.",
    "Prosecutors in Oaxaca said the real death toll was 16.",
    "The road through the mountains is known for fatal accidents.",
]
TOLL_B = [
    "A bus carrying migrants overturned in southern Mexico, leaving at least 18 passengers dead.",
    "Officials said the driver lost control on a sharp curve near Tonala.",
    "According to the migration institute, the migrants were from Venezuela and Haiti.",
    "The injured were taken to hospitals in Juchitan and Tehuantepec, officials added.",
    "The dead, three of them minors, were identified by the prosecutor's office in Oaxaca.",
]


def test_close_death_tolls_link_within_one_story() -> None:
    """ "The real death toll was 16" / "leaving at least 18 passengers dead" share only the
    story's words, and the prosecutors pair the first with another claim; each is still the
    other's best partner among the statements that tell a toll, so in two reports of one
    story they are a link, marked ``toll``, that shows the tolls differ."""
    report = compare_texts({"a": "\n".join(TOLL_A), "b": "\n".join(TOLL_B)})
    (finding,) = [f for f in report.findings if "a4" in f.statements.get("a", ())]
    (toll,) = [link for link in finding.links if "toll" in link.components]
    assert (toll.a, toll.b) == ("a4", "b1")
    assert [d.kind for d in finding.differences] == ["number"]


@given(st.lists(st.text("abcdeior", min_size=5, max_size=9), min_size=2, max_size=40, unique=True))
def test_close_names_are_the_same_pairs_in_the_loop_and_the_matrix(names: list[str]) -> None:
    """Short name lists are compared in a loop (no numpy import), long ones in rapidfuzz's
    matrix: both must find the same spelling variants."""
    names = sorted(names)
    loop = list(similarity._close_names(names))
    with patch.object(similarity, "_ALIAS_LOOP_MAX", 0):
        matrix = list(similarity._close_names(names))
    assert sorted(loop) == sorted(matrix)


@given(
    st.dictionaries(st.integers(0, 200), st.sampled_from([0.5, 1.0, 1.5, 2.25, 3.0])),
    st.integers(0, 15),
)
def test_best_keys_are_the_top_k_by_gain_then_key(gains: dict[int, float], k: int) -> None:
    """The blocking's fast top-k picks exactly what a full sort would (ties are common: gains
    are sums of a few word weights)."""
    assert similarity.best_keys(gains, k) == sorted(gains, key=lambda j: (-gains[j], j))[:k]


def test_where_statements_stand_weighs_in_their_score() -> None:
    """News tells its main facts first in every outlet: the same paraphrase scores higher as
    two leads than as two closing lines, and lower again when one leads and one closes, yet
    still links (position is evidence, never a constraint)."""
    a_text, b_text = PARAPHRASES[0]

    def link(a_at: int, b_at: int) -> Link:
        a_texts, b_texts = list(FILLER_A), list(FILLER_B)
        a_texts.insert(a_at, a_text)
        b_texts.insert(b_at, b_text)
        [found] = align({"a": feats("a", a_texts), "b": feats("b", b_texts)}, Options()).links
        return found

    leads, closes, apart = link(0, 0), link(2, 2), link(0, 2)
    assert (leads.components["depth"], leads.components["distance"]) == (0.0, 0.0)
    assert (closes.components["depth"], closes.components["distance"]) == (1.0, 0.0)
    assert (apart.components["depth"], apart.components["distance"]) == (0.5, 1.0)
    assert leads.score > closes.score
    assert leads.score > apart.score
