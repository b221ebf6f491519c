"""The ingest pipeline: paragraph map, furniture, metadata, extractors, drafts, the CLI round trip, the seed evaluation."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import ingest
from baltic_security.ingest import IngestError, PartyFinder
from baltic_security.ingest.document import published
from baltic_security.paragraphs import split_paragraphs

if TYPE_CHECKING:
    from conftest import RunCli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def finder() -> PartyFinder:
    return PartyFinder(bs.dataset())


# ---------------------------------------------------------------- paragraph map and fingerprint

lines = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n\r"), max_size=30),
        st.sampled_from(["", "   ", "\t", "14. Agreed to act.", "3) Point three", "Share", "Next Article"]),
    ),
    max_size=25,
).map("\n".join)


@given(lines)
def test_paragraph_map_follows_the_paragraph_rule(text: str) -> None:
    if not split_paragraphs(text):
        with pytest.raises(IngestError):
            ingest.parse(text)
        return
    doc = ingest.parse(text)
    assert [p.text for p in doc.paragraphs] == list(split_paragraphs(text))
    assert [p.number for p in doc.paragraphs] == list(range(1, len(doc.paragraphs) + 1))
    assert doc.sha256 == hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    for p in doc.paragraphs:
        match = re.match(r"(\d{1,3})[.)]\s+\S", p.text)
        assert p.label == (match.group(1) if match else None)


def test_fingerprint_is_of_the_exact_bytes(tmp_path: Path) -> None:
    data = b"Title\r\n\r\n1. First point.\r\n  \r\n2. Second point.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)
    doc = ingest.read(path)
    assert doc.sha256 == hashlib.sha256(data).hexdigest() != ingest.parse(data.replace(b"\r", b"")).sha256
    assert [(p.number, p.label, p.text) for p in doc.paragraphs] == [
        (1, None, "Title"),
        (2, "1", "1. First point."),
        (3, "2", "2. Second point."),
    ]
    assert doc.name == "crlf.txt"
    assert doc.paragraph(3).label == "2"
    with pytest.raises(IngestError, match="from 1 to 3"):
        doc.paragraph(4)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"caf\xe9", "expected UTF-8 text, found byte 0xe9"),
        (b"  \n\n \t", "at least one non-blank line"),
        (b"", "at least one non-blank line"),
    ],
)
def test_bad_text_raises_the_package_error(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message) as info:
        ingest.parse(data)
    assert isinstance(info.value, bs.BalticSecurityError)


def test_missing_file_raises_the_package_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read"):
        ingest.read(tmp_path / "nowhere.txt")


# ---------------------------------------------------------------- furniture and metadata

PAGE = """Allies Agree New Air Policing Rotation
Share
No time to read?
Get a summary
Allies Agree New Air Policing Rotation
TALLINN \u2013 Defence ministers agreed on Friday to rotate fighter jets through Ämari air base.
  •
Advertisement
Read more: other stories
Previous Article
Ten Recipes For A Rainy Weekend
Next Article
Why Autumn Coats Are Back
"""


def test_furniture_is_flagged_not_dropped() -> None:
    doc = ingest.parse(PAGE)
    flags = {p.number: p.furniture for p in doc.paragraphs}
    assert len(doc.paragraphs) == len(split_paragraphs(PAGE)) == 13
    assert flags == {
        1: None,
        2: "sharing",
        3: "summary prompt",
        4: "summary prompt",
        5: "repeated title",
        6: None,
        7: "bullet",
        8: "advertising",
        9: "read-more link",
        10: "article navigation",
        11: "teaser",
        12: "article navigation",
        13: "teaser",
    }
    assert [p.number for p in doc.body] == [6]
    assert doc.metadata.places[0].value == "Tallinn"


@pytest.mark.parametrize("line", ["Home | News | Contact", "World • Europe • Baltic • Defence", "EN | ET | RU | LV"])
def test_menu_bars_are_furniture(line: str) -> None:
    doc = ingest.parse(f"A title\n{line}\nThe ministers agreed to patrol the cables, officials said.\n")
    assert [p.furniture for p in doc.paragraphs] == [None, "navigation menu", None]


def test_a_sentence_with_a_pipe_is_not_a_menu() -> None:
    doc = ingest.parse("A title\nEstonia | Latvia and Lithuania agreed to patrol the cables near the islands of the Gulf of Riga.\n")
    assert doc.paragraphs[1].furniture is None


SIGNED = """JOINT STATEMENT
OF THE NORDIC-BALTIC DEFENCE MINISTERS
12 March 2026
Riga, Latvia
The Ministers of Defence of Finland, Estonia and Latvia,
1. Agreed to deploy air defence units to Estonia by 2027.
2. Noted the weather.
3. Reaffirmed their commitment to spend at least 2.5% of GDP on defence annually.
Hanna KOSKINEN
Minister of Defence
Republic of Finland
12 March 2026
Kalle TAMM
Minister of Defence
Republic of Estonia
Liene OZOLA
Minister of Defence
Republic of Latvia
"""


def test_metadata_candidates_of_a_signed_statement() -> None:
    doc = ingest.parse(SIGNED)
    meta = doc.metadata
    assert meta.title is not None
    assert (meta.title.value, meta.title.paragraph) == ("Joint Statement of the Nordic-Baltic Defence Ministers", 1)
    assert [(str(d.date), d.paragraph) for d in meta.dates] == [("2026-03-12", 3), ("2026-03-12", 12)]
    assert [(p.value, p.paragraph) for p in meta.places] == [("Riga", 4)]
    assert [p.meta for p in doc.paragraphs[:4]] == ["title", "title", "date", "place"]
    assert {p.number for p in doc.paragraphs if p.furniture == "signature"} == set(range(9, 19))


def test_byline_date_line_and_dateline() -> None:
    doc = ingest.parse("Navy drills end\n• 2024-05-02\n• By Anna Berg, Reuters Staff\nKLAIPEDA (Reuters) - The drills ended.")
    assert [(c.value, c.paragraph) for c in doc.metadata.bylines] == [("By Anna Berg, Reuters Staff", 3)]
    assert str(doc.metadata.dates[0].date) == "2024-05-02"
    assert doc.metadata.places[0].value == "Klaipeda"
    source = ingest.draft_source(doc)
    assert (source.kind, source.publisher, str(source.published)) == (
        bs.SourceKind.WIRE_REPORT,
        "Anna Berg, Reuters Staff",
        "2024-05-02",
    )


def test_an_undated_source_is_refused_never_guessed() -> None:
    doc = ingest.parse("A page\nTroops came in 2024.\nMore in 2024 and 2026.")
    with pytest.raises(IngestError, match="no publication date"):
        ingest.draft_source(doc)
    source = ingest.draft_source(doc, published=bs.PartialDate(2024, 5))
    assert str(source.published) == "2024-05"
    assert source.notes is not None
    assert "given by the caller" in source.notes
    assert source.reliability is bs.Reliability.F
    assert "Not graded" in source.reliability_note


# ---------------------------------------------------------------- quantities

QUANTITY_CASES = [
    ("at least 0.25% of GDP annually", "at least 0.25% of GDP"),
    ("about 1,300 troops", "about 1,300 troops"),
    ("over 50 vessels", "more than 50 vessels"),
    ("4,000 soldiers", "4,000 troops"),
    ("two percent of GDP", "2% of GDP"),
    ("3.5 per cent of their GDP", "3.5% of GDP"),
    ("nearly 20 fighter jets", "about 20 aircraft"),
    ("up to 300 personnel", "at most 300 troops"),
    ("fewer than ten warships", "less than 10 vessels"),
    ("a 5,000-strong brigade", "5,000 troops"),
    ("four NATO multinational battlegroups", "4 battlegroups"),
    ("some 7,000 Estonian reservists joined 7,000 troops", "7,000 troops"),
    ("€1.5 billion", "1,500,000,000 EUR"),
    ("more than 200 million euros", "more than 200,000,000 EUR"),
    ("USD 40 million", "40,000,000 USD"),
    ("twenty-five ships", "25 vessels"),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITY_CASES)
def test_quantities_in_many_phrasings(text: str, expected: str) -> None:
    assert [str(q.quantity) for q in ingest.find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    "text", ["in 2026 troops left", "thousands of participants", "a brigade", "the 3rd battalion", "32-member alliance"]
)
def test_no_quantity_where_there_is_none(text: str) -> None:
    assert ingest.find_quantities(text) == ()


QUALIFIER_WORDS = {
    "": bs.Qualifier.EXACT,
    "at least": bs.Qualifier.AT_LEAST,
    "no less than": bs.Qualifier.AT_LEAST,
    "over": bs.Qualifier.MORE_THAN,
    "more than": bs.Qualifier.MORE_THAN,
    "about": bs.Qualifier.ABOUT,
    "around": bs.Qualifier.ABOUT,
    "roughly": bs.Qualifier.ABOUT,
    "up to": bs.Qualifier.AT_MOST,
    "fewer than": bs.Qualifier.LESS_THAN,
}
UNIT_WORDS = {
    "troops": bs.Unit.TROOPS,
    "soldiers": bs.Unit.TROOPS,
    "vessels": bs.Unit.VESSELS,
    "warships": bs.Unit.VESSELS,
    "aircraft": bs.Unit.AIRCRAFT,
    "battlegroups": bs.Unit.BATTLEGROUPS,
    "systems": bs.Unit.SYSTEMS,
}


@given(
    value=st.integers(min_value=1, max_value=50_000_000),
    separator=st.sampled_from([",", "\u00a0", "\u202f"]),
    qualifier=st.sampled_from(sorted(QUALIFIER_WORDS)),
    unit=st.sampled_from(sorted(UNIT_WORDS)),
    modifier=st.sampled_from(["", "German ", "NATO ", "additional "]),
)
def test_counts_round_trip_through_the_extractor(value: int, separator: str, qualifier: str, unit: str, modifier: str) -> None:
    number = f"{value:,}".replace(",", separator)
    text = f"Officials said {qualifier} {number} {modifier}{unit} would arrive.".replace("  ", " ")
    (found,) = ingest.find_quantities(text)
    assert found.quantity == bs.Quantity(value=value, unit=UNIT_WORDS[unit], qualifier=QUALIFIER_WORDS[qualifier])
    assert found.text in text


@given(
    whole=st.integers(min_value=0, max_value=9),
    tenths=st.integers(min_value=0, max_value=99),
    qualifier=st.sampled_from(sorted(QUALIFIER_WORDS)),
)
def test_shares_of_gdp_round_trip(whole: int, tenths: int, qualifier: str) -> None:
    number = f"{whole}.{tenths:02d}".rstrip("0").rstrip(".")
    text = f"to spend {qualifier} {number}% of GDP on defence".replace("  ", " ")
    (found,) = ingest.find_quantities(text)
    assert found.quantity.unit is bs.Unit.PERCENT_GDP
    assert found.quantity.value == pytest.approx(float(number))
    assert found.quantity.qualifier is QUALIFIER_WORDS[qualifier]


# ---------------------------------------------------------------- dates

DATE_CASES = [
    ("on 3 June 2025", None, ("2025-06-03", None)),
    ("on June 3, 2025", None, ("2025-06-03", None)),
    ("Sunday (28 November 2021)", None, ("2021-11-28", None)),
    ("• 2023-04-27", None, ("2023-04-27", None)),
    ("in February 2022", None, ("2022-02", None)),
    ("by Sept. 2024", None, ("2024-09", None)),
    ("expected in 2026", None, ("2026", None)),
    ("on 22-23 January 2025", None, ("2025-01-22", "2025-01-23")),
    ("for July 11-12", 2023, ("2023-07-11", "2023-07-12")),
    ("on the 4th of July 2024", None, ("2024-07-04", None)),
]


@pytest.mark.parametrize(("text", "year", "expected"), DATE_CASES)
def test_dates_keep_their_precision(text: str, year: int | None, expected: tuple[str, str | None]) -> None:
    (found,) = ingest.find_dates(text, year=year)
    assert (str(found.date), None if found.end is None else str(found.end)) == expected


def test_day_and_month_without_a_year_need_one() -> None:
    assert ingest.find_dates("on June 3") == ()
    assert [str(d.date) for d in ingest.find_dates("on June 3", year=2025)] == ["2025-06-03"]


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(["{d} {B} {Y}", "{B} {d}, {Y}", "{Y}-{m}-{dd}"]),
)
def test_written_dates_round_trip(day: dt.date, style: str) -> None:
    text = "On " + style.format(d=day.day, dd=f"{day.day:02d}", m=f"{day.month:02d}", B=day.strftime("%B"), Y=day.year) + " they met."
    (found,) = ingest.find_dates(text)
    assert found.date == bs.PartialDate(day.year, day.month, day.day)


# ---------------------------------------------------------------- parties

PARTY_CASES = [
    ("Estonian troops", ("estonia",)),
    ("the Republic of Lithuania", ("lithuania",)),
    ("LATVIJA and Lietuva", ("latvia", "lithuania")),
    ("Turkey and Türkiye and TURKIYE", ("turkiye",)),
    ("the Kremlin and Moscow", ("russia",)),
    ("the U.S. and the UK", ("united-states", "united-kingdom")),
    ("let us go", ()),
    ("non-NATO partners", ()),
    ("the Baltic states", ("estonia", "latvia", "lithuania")),
    ("the Baltics and Poland", ("estonia", "latvia", "lithuania", "poland")),
    ("all Allies", ("nato",)),
    ("the North Atlantic Alliance", ("nato",)),
    ("Wagner private military company", ("wagner-group",)),
    ("the Lukashenko regime", ("belarus",)),
    ("NATO-EU cooperation", ("nato", "eu")),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_CASES)
def test_parties_through_names_aliases_and_demonyms(finder: PartyFinder, text: str, expected: tuple[str, ...]) -> None:
    assert finder.parties(text) == expected


def test_parties_from_the_dataset_are_all_found(finder: PartyFinder) -> None:
    ds = bs.dataset()
    parties: list[bs.Ally | bs.Actor] = [*ds.allies(), *ds.actors()]
    for party in parties:
        for name in (party.name, *party.aliases, *getattr(party, "demonyms", ())):
            assert party.id in finder.parties(f"Talks with {name} today."), name


def test_people_stand_for_their_party(finder: PartyFinder) -> None:
    text = "German Defence Minister Anna Schmidt met Lithuania's president, Jonas Petraitis, and Prime Minister Ola Berg."
    people = ingest.find_people([text], finder)
    assert people == {"Anna Schmidt": "germany", "Jonas Petraitis": "lithuania", "Ola Berg": None}
    known = finder.with_people(people)
    assert [(m.ids, m.person) for m in known.find("Schmidt said that Mr Petraitis agreed.")] == [
        (("germany",), "Anna Schmidt"),
        (("lithuania",), "Jonas Petraitis"),
    ]


# ---------------------------------------------------------------- cues and exercise names


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("The ministers agreed to expand training.", "agreed to", bs.CommitmentKind.PLEDGE),
        ("Norway committed to buying tanks.", "committed to", bs.CommitmentKind.PLEDGE),
        ("Denmark reaffirmed its support.", "reaffirmed", bs.CommitmentKind.DECLARATION),
        ("Poland will build a wall.", "will", bs.CommitmentKind.INTENT),
        ("Finland plans to buy jets.", "plans to", bs.CommitmentKind.PLAN),
        ("Sweden aims to join.", "aims to", bs.CommitmentKind.INTENT),
        ("Allies are expected to agree.", "expected", bs.CommitmentKind.INTENT),
        ("They set a new benchmark of 3%.", "set a new benchmark", bs.CommitmentKind.TARGET),
    ],
)
def test_commitment_cues(text: str, cue: str, kind: bs.CommitmentKind) -> None:
    first = ingest.commitment_cues(text)[0]
    assert (first.text, first.kind) == (cue, kind)


@pytest.mark.parametrize(
    "text", ["He will visit Riga.", "They did not agree to anything.", "There is no plan to leave.", "Russia remains a threat."]
)
def test_no_commitment_cue(text: str) -> None:
    assert ingest.commitment_cues(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("NATO's annual exercise, Baltops-2025, began", [("Baltops 2025", "Baltops", 2025)]),
        (
            "The drills, BALTOPS 2025 and Steadfast Defender 2024, ended.",
            [("BALTOPS 2025", "BALTOPS", 2025), ("Steadfast Defender 2024", "Steadfast Defender", 2024)],
        ),
        ("Troops joined exercise Iron Wolf in Pabradė.", [("Iron Wolf", "Iron Wolf", None)]),
        ("In June 2025 the exercise started.", []),
        ("NATO 2030 exercise planning", []),
        ("Baltops-2025 and Vilnius 2023 were both mentioned.", []),
    ],
)
def test_exercise_names(text: str, names: list[tuple[str, str, int | None]]) -> None:
    assert [(n.name, n.series, n.edition) for n in ingest.find_exercise_names(text)] == names


# ---------------------------------------------------------------- drafting

WIRE = """Germany to station brigade in Lithuania
• 2024-03-01
• BNS Staff
VILNIUS - Germany plans to station about 4,800 soldiers in Lithuania by 2027, Defence Minister Boris Pistorius said on Friday.
According to insiders, the brigade could also include Dutch tank units.
Sources have hinted that Poland might send engineers, potentially within weeks.
Lithuania and Latvia agreed to expand host-nation support, the ministers said.
The annual exercise Iron Wolf 2024 drew over 3,000 troops, with Polish and Estonian companies taking part.
The participants trained river crossings near Pabradė.
"""


@pytest.fixture(scope="module")
def wire_drafts() -> ingest.Drafts:
    return ingest.draft(ingest.parse(WIRE), dataset=bs.dataset(), source_id="draft-wire")


def test_drafts_are_marked_within_the_model(wire_drafts: ingest.Drafts) -> None:
    assert wire_drafts.source is not None
    assert wire_drafts.source.id == "draft-wire"
    assert wire_drafts.facts()
    for fact in wire_drafts.facts():
        assert fact.id.startswith("draft-wire-")
        if not isinstance(fact, bs.Exercise):
            assert fact.summary.startswith("DRAFT, reword: ")
        assert all(e.source == "draft-wire" for e in fact.evidence)


def test_deployment_draft_with_size_hosts_and_named_speaker(wire_drafts: ingest.Drafts) -> None:
    brigade = next(d for d in wire_drafts.deployments if d.evidence[0].paragraph == 4)
    assert (brigade.contributors, brigade.hosts, str(brigade.size), brigade.status) == (
        ("germany",),
        ("lithuania",),
        "about 4,800 troops",
        bs.DeploymentStatus.PLANNED,
    )
    assert (brigade.evidence[0].credibility, brigade.evidence[0].attribution) == (
        bs.Credibility.PROBABLY_TRUE,
        "Defence Minister Boris Pistorius",
    )
    assert brigade.summary == "DRAFT, reword: deployment by germany in lithuania; size about 4800 troops; cue 'station'"


def test_credibility_follows_the_attribution(wire_drafts: ingest.Drafts) -> None:
    grades = {e.paragraph: e.credibility for f in wire_drafts.facts() for e in f.evidence}
    assert grades[5] is bs.Credibility.POSSIBLY_TRUE  # according to insiders
    assert grades[6] is bs.Credibility.DOUBTFUL  # hinted, might, potentially


def test_commitment_draft_with_parties_and_neutral_summary(wire_drafts: ingest.Drafts) -> None:
    (support,) = [c for c in wire_drafts.commitments if c.evidence[0].paragraph == 7]
    assert support.parties == ("latvia", "lithuania")
    assert (support.kind, support.status) == (bs.CommitmentKind.PLEDGE, bs.CommitmentStatus.ACTIVE)
    assert support.summary == "DRAFT, reword: commitment by latvia, lithuania on diplomacy; cue 'agreed to'"


def test_exercise_draft_with_edition_scale_and_continued_evidence(wire_drafts: ingest.Drafts) -> None:
    (exercise,) = wire_drafts.exercises
    assert (exercise.name, exercise.series) == ("Iron Wolf 2024", "Iron Wolf")
    assert [str(q) for q in exercise.scale] == ["more than 3,000 troops"]
    assert {p.actor for p in exercise.participants} == {"poland", "estonia"}
    assert [e.paragraph for e in exercise.evidence] == [8, 9]


def test_signed_statement_points_speak_for_the_signatories() -> None:
    drafts = ingest.draft(ingest.parse(SIGNED), dataset=bs.dataset())
    assert drafts.source is not None
    assert drafts.source.kind is bs.SourceKind.STATEMENT
    by_point = {c.evidence[0].label: c for c in drafts.commitments}
    assert set(by_point) == {"1", "3"}  # "Noted the weather" undertakes nothing
    target = by_point["3"]
    assert target.parties == ("estonia", "finland", "latvia")
    assert (target.kind, str(target.amount), target.evidence[0].paragraph) == (bs.CommitmentKind.TARGET, "at least 2.5% of GDP", 8)
    assert target.evidence[0].credibility is bs.Credibility.CONFIRMED
    assert str(target.made_on) == "2026-03-12"
    (air_defence,) = drafts.deployments
    assert (air_defence.hosts, air_defence.evidence[0].label) == (("estonia",), "1")
    assert str(by_point["1"].due) == "2027"


def test_a_point_that_names_its_own_subject_speaks_for_it() -> None:
    text = SIGNED.replace("2. Noted the weather.", "2. Finland committed to buy more air defence systems.")
    drafts = ingest.draft(ingest.parse(text), dataset=bs.dataset())
    by_point = {c.evidence[0].label: c.parties for c in drafts.commitments}
    assert by_point["2"] == ("finland",)
    assert by_point["3"] == ("estonia", "finland", "latvia")


def test_summaries_never_copy_the_source(wire_drafts: ingest.Drafts) -> None:
    doc = ingest.parse(WIRE)
    facts: list[bs.Commitment | bs.Deployment] = [*wire_drafts.commitments, *wire_drafts.deployments]
    for fact in facts:
        words = re.findall(r"\w+", fact.summary.removeprefix("DRAFT, reword: ").lower())
        paragraph = " ".join(re.findall(r"\w+", doc.paragraph(fact.evidence[0].paragraph).text.lower()))
        runs = {" ".join(words[i : i + 6]) for i in range(len(words) - 5)}
        assert not any(f" {run} " in f" {paragraph} " for run in runs), fact.summary


WORDS = [
    "Estonia", "Latvian", "NATO's", "Allies", "the Baltic states", "Russia", "Moscow", "Kremlin", "Ukraine", "Germany", "US", "us",
    "EU", "non-NATO", "Wagner", "Belarus", "agreed to", "will", "plans to", "deploy", "station", "stationing", "presence", "brigade",
    "battlegroup", "exercise", "drills", "Baltops-2025", "reaffirmed", "according to insiders", "reportedly", "hinted", "said", "he",
    "we", "our", "in", "into", "to", "on", "of", "with", "by", "led", "at least", "over", "about", "some", "4,000 troops",
    "0.25% of GDP", "two percent", "50 vessels", "3 June 2025", "July 11-12", "2026", ",", ".", ";", ":", "-", "\u2013", "\u201c",
    "\u201d", "'", "(", ")", "Boris Pistorius", "German Defence Minister Boris Pistorius", "1.", "14.", "Next Article", "No time to read?",
]  # fmt: skip
texts = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join), min_size=1, max_size=6).map("\n".join)


@given(texts)
def test_drafts_from_any_text_are_valid_records(text: str) -> None:
    ds = bs.dataset()
    document = ingest.parse(text)
    own, _ = published(document)  # a date the text gives itself stands; the caller's settles a text that has none
    drafts = ingest.draft(document, dataset=ds, published=None if own is not None else "2025-06-04")
    assert drafts.source is not None
    checked = bs.Dataset(
        allies=ds.allies(),
        actors=ds.actors(),
        sources=[drafts.source],
        commitments=drafts.commitments,
        exercises=drafts.exercises,
        deployments=drafts.deployments,
    )
    assert len(checked) == len(ds.allies()) + len(ds.actors()) + 1 + len(drafts.facts())
    for fact in drafts.facts():
        assert fact.id.startswith("draft-")
        assert isinstance(fact, bs.Exercise) or fact.summary.startswith("DRAFT, reword: ")
    assert bs.structure(json.loads(json.dumps(drafts.to_data()["sources"][0])), bs.SourceDocument) == drafts.source


# ---------------------------------------------------------------- command line round trip


def test_ingest_cli_round_trip(tmp_path: Path, run_cli: RunCli) -> None:
    text = tmp_path / "wire.txt"
    text.write_text(WIRE, encoding="utf-8")
    out = tmp_path / "drafts.json"
    code, stdout, stderr = run_cli("ingest", str(text), "--out", str(out), "--source-id", "draft-wire-2024")
    assert code == 0, stderr
    assert stdout.startswith(f"sha256 {hashlib.sha256(WIRE.encode()).hexdigest()}")
    assert re.search(r"^\s+2\s+date\s+• 2024-03-01$", stdout, re.MULTILINE)
    assert "draft-wire-2024-d4" in stdout
    assert f"wrote {out}" in stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(data) == ["commitments", "deployments", "exercises", "sources"]
    code, _, stderr = run_cli("validate", str(out))
    assert code == 0, stderr
    merged = bs.load(out, base=bs.dataset())
    assert len(merged) == len(bs.dataset()) + sum(len(v) for v in data.values())
    assert merged.get("draft-wire-2024", bs.SourceDocument).reliability is bs.Reliability.F
    assert [d.id for d in merged.deployments(host="Lithuania", source="draft-wire-2024")] == ["draft-wire-2024-d4"]


def test_ingest_cli_errors(tmp_path: Path, run_cli: RunCli) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Note\nEstonia will deploy jets to Latvia.\n", encoding="utf-8")
    code, out, err = run_cli("ingest", str(text), "--source-id", "Not A Slug")
    assert (code, out) == (2, "")
    assert "--source-id" in err
    code, out, err = run_cli("ingest", str(tmp_path / "missing.txt"))
    assert (code, out) == (1, "")
    assert "cannot read" in err
    text.write_bytes(b"\xff\xfe")
    code, _, err = run_cli("ingest", str(text))
    assert code == 1
    assert "UTF-8" in err


# ---------------------------------------------------------------- evaluation on the seed texts


@pytest.fixture(scope="module")
def bench(load_script: Callable[[Path], ModuleType]) -> ModuleType:
    return load_script(ROOT / "bench" / "extraction.py")


def test_evaluation_on_the_seeds_meets_the_targets(seed_texts: dict[str, bytes], bench: ModuleType) -> None:
    from conftest import SEEDS

    report = bench.evaluate(SEEDS)
    assert len(report.texts) == len(seed_texts)
    overall = report.overall
    assert overall.curated == sum(r.curated for r in report.rows.values()) > 0
    assert overall.recall >= 0.8, report.table()
    assert overall.precision >= 0.6, report.table()


def test_evaluation_matching_rules(bench: ModuleType) -> None:
    ev = bs.Evidence(source="s", paragraph=3, credibility=bs.Credibility(2))
    other = bs.Evidence(source="s", paragraph=4, credibility=bs.Credibility(2))

    def commitment(parties: tuple[str, ...], evidence: bs.Evidence = ev) -> bs.Commitment:
        return bs.Commitment(
            id="c", summary="s", parties=parties, domains=(bs.Domain.LAND,), kind=bs.CommitmentKind.PLEDGE, evidence=(evidence,)
        )

    def deployment(forces: tuple[str, ...], hosts: tuple[str, ...], lead: str | None = None) -> bs.Deployment:
        return bs.Deployment(id="d", summary="s", contributors=forces, lead=lead, hosts=hosts, evidence=(ev,))

    assert bench.matches(commitment(("estonia", "latvia")), "s", commitment(("latvia", "estonia")), "s")
    assert not bench.matches(commitment(("estonia",)), "s", commitment(("estonia", "latvia")), "s")
    assert not bench.matches(commitment(("estonia",), other), "s", commitment(("estonia",)), "s")
    assert bench.matches(deployment(("germany", "nato"), ("lithuania",)), "s", deployment((), ("lithuania",), lead="germany"), "s")
    assert bench.matches(deployment(("nato",), ()), "s", deployment(("nato",), ()), "s")
    assert not bench.matches(deployment(("nato",), ()), "s", deployment(("nato",), ("latvia",)), "s")
    assert not bench.matches(deployment(("nato",), ("latvia",)), "s", commitment(("nato",)), "s")


def test_seed_drafts_never_copy_their_paragraph(seed_texts: dict[str, bytes]) -> None:
    for data in seed_texts.values():
        doc = ingest.parse(data)
        drafts = ingest.draft(doc, dataset=bs.dataset())
        facts: list[bs.Commitment | bs.Deployment] = [*drafts.commitments, *drafts.deployments]
        for fact in facts:
            words = re.findall(r"\w+", fact.summary.removeprefix(ingest.SUMMARY_PREFIX).lower())
            runs = {" ".join(words[i : i + 6]) for i in range(len(words) - 5)}
            for evidence in fact.evidence:
                paragraph = " ".join(re.findall(r"\w+", doc.paragraph(evidence.paragraph).text.lower()))
                assert not any(f" {run} " in f" {paragraph} " for run in runs), fact.summary
