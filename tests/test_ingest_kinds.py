"""Each kind of failure issue 14 lists, as a table of sentences of our own (the issue's wording and others).

Every row is a member of its kind: a mechanism that fixes one row and not
the others is a phrase, not a fix.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security import ingest
from baltic_security.ingest import IngestError, extract
from baltic_security.ingest.document import published
from baltic_security.ingest.extract import split_sentences


def drafts_of(*paragraphs: str, published: str | None = "2025-06-04") -> ingest.Drafts:
    """Draft a document: a headline, an optional date line, then the paragraphs."""
    head = ["Defence news", f"Published: {published}"] if published else ["Defence news"]
    return ingest.draft(ingest.parse("\n".join([*head, *paragraphs])), dataset=bs.dataset())


def titled(title: str, *paragraphs: str) -> ingest.Drafts:
    return ingest.draft(ingest.parse("\n".join([title, "Published: 2025-06-04", *paragraphs])), dataset=bs.dataset())


def parties_of(drafts: ingest.Drafts) -> list[tuple[str, ...]]:
    return [c.parties for c in drafts.commitments]


def deployments_of(drafts: ingest.Drafts) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(tuple(sorted({*d.contributors, *([d.lead] if d.lead else [])})), d.hosts) for d in drafts.deployments]


# ---------------------------------------------------------------- exercises


@pytest.mark.parametrize(
    ("sentence", "name", "participants"),
    [
        ("Danish and Norwegian crews opened the Northern Shield (NSH) exercise on Monday.", "Northern Shield", {"denmark", "norway"}),
        ("Polish and Lithuanian troops began the Amber Gate (AG-25) drill near the border.", "Amber Gate", {"lithuania", "poland"}),
        ("Estonian ships joined the Baltic Operations (BALTOPS) exercise that begins today.", "Baltic Operations", {"estonia"}),
    ],
)
def test_an_acronym_between_the_name_and_the_word_keeps_the_exercise(sentence: str, name: str, participants: set[str]) -> None:
    (exercise,) = drafts_of(sentence).exercises
    assert exercise.name == name
    assert {p.actor for p in exercise.participants} == participants


@pytest.mark.parametrize(
    ("title", "body", "name", "participants"),
    [
        (
            "Steel Tide 2023 begins in the Baltic",
            "The drill started today with ships from Denmark, Sweden and Poland.",
            "Steel Tide 2023",
            {"denmark", "poland", "sweden"},
        ),
        (
            "Frozen Harbour 2025 gets under way",
            "The exercise brings together Finnish and Estonian marines.",
            "Frozen Harbour 2025",
            {"estonia", "finland"},
        ),
    ],
)
def test_an_exercise_named_only_in_the_headline(title: str, body: str, name: str, participants: set[str]) -> None:
    drafts = titled(title, body)
    (exercise,) = drafts.exercises
    assert exercise.name == name
    assert {p.actor for p in exercise.participants} == participants
    assert 3 in [e.paragraph for e in exercise.evidence]


@pytest.mark.parametrize(
    ("lines", "name", "paragraphs", "participants"),
    [
        (
            (
                "Naval Press Office",
                "News",
                "Iron Wake 24 begins off Gotland",
                "12 May 2024",
                "The drill started today with ships from Sweden, Finland and Poland.",
            ),
            "Iron Wake 24",
            [5, 3],
            ["sweden", "finland", "poland"],
        ),
        (
            (
                "Army Daily",
                "Latest | Europe",
                "Frost Line 2025 kicks off in Estonia",
                "3 March 2025",
                "The exercise Frost Line brings troops from Estonia and Latvia together. The drill runs until 14 March.",
            ),
            "Frost Line 2025",
            [5, 3],
            ["estonia", "latvia"],
        ),
    ],
)
def test_a_headline_under_the_sites_name_names_the_exercise_and_the_body_carries_it_on(
    lines: tuple[str, ...], name: str, paragraphs: list[int], participants: list[str]
) -> None:
    drafts = ingest.draft(ingest.parse("\n".join(lines)), dataset=bs.dataset())
    assert [(e.name, [x.paragraph for x in e.evidence], [p.actor for p in e.participants]) for e in drafts.exercises] == [
        (name, paragraphs, participants)
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Poland will stage a large exercise named Kashubian Dawn 27 in Pomerania in June.", "Kashubian Dawn 27"),
        ("Our marines will train in an exercise called SILVER SKERRY 25 near Turku.", "SILVER SKERRY 25"),
        ("The exercise, dubbed Frozen Lynx 26, starts in March in Latvia.", "Frozen Lynx 26"),
        ("An exercise codenamed Grey Heron 25 will test Estonian reserve units.", "Grey Heron 25"),
        ("A drill known as Amber Lattice 27 will bring Finnish ships to Estonia.", "Amber Lattice 27"),
        ("Russia held naval manoeuvres called Ocean Shield in the Baltic Sea.", "Ocean Shield"),
        ("Finnish and Norwegian jets will fly in the Kall Vind 27 air exercise.", "Kall Vind 27"),
        ("Latvian troops joined the Iron Wolf 26 live-fire drill in Lithuania.", "Iron Wolf 26"),
    ],
)
def test_an_exercise_named_by_a_word_that_names_or_with_its_kind_before_the_word(sentence: str, name: str) -> None:
    """ "exercise named X", "a drill known as X", "the X 27 air exercise": the name, and no undertaking beside it."""
    drafts = drafts_of(sentence)
    assert [e.name for e in drafts.exercises] == [name]
    assert drafts.commitments == ()


@pytest.mark.parametrize(
    ("sentence", "name", "participants"),
    [
        (
            "The National Guard of Latvia will mobilise about 4,000 guardsmen across Kurzeme for KESTREL RUN 25 from 20 to 24 October.",
            "KESTREL RUN 25",
            {"latvia"},
        ),
        (
            "In October Lithuania will hold Vilkas Gate 26 in the east, with about 5,000 soldiers from Germany and the Netherlands.",
            "Vilkas Gate 26",
            {"lithuania", "germany", "netherlands"},
        ),
        (
            "In Lapland Bulwark 25, about 4,000 soldiers from Finland, Sweden and Norway practised defending the Salla area.",
            "Lapland Bulwark 25",
            {"finland", "sweden", "norway"},
        ),
        ("In March Sweden will host Kall Vind 27 from Luleå, with Finnish and Danish air forces.", "Kall Vind 27", {"finland", "denmark"}),
        # run with a hyphen, starting, or given its dates, in a sentence that speaks of forces
        ("In May Poland will run Border Hawk-24 with some 5,000 Polish and Lithuanian troops.", "Border Hawk 24", {"poland", "lithuania"}),
        (
            "TORMILIND 26 starts on 4 May in Võru county, with about 12,000 Estonian and Finnish soldiers.",
            "TORMILIND 26",
            {"estonia", "finland"},
        ),
        ("Our big one is Daugava Wolf 23, from 11 to 24 September, with 9,000 Latvian and Canadian troops.", "Daugava Wolf 23", {"latvia"}),
    ],
)
def test_a_name_with_its_edition_held_or_joined_is_an_exercise_without_the_word(sentence: str, name: str, participants: set[str]) -> None:
    drafts = drafts_of(sentence)
    assert [e.name for e in drafts.exercises] == [name]
    assert participants <= {p.actor for p in drafts.exercises[0].participants} | {drafts.exercises[0].lead}
    assert drafts.deployments == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland will buy 48 more F-16 jets and hold 12 Type 23 frigates in reserve.",  # a designation before a force noun
        "Denmark joined NATO in 1949 and will host F-35 jets from 2026.",  # a year is no edition
    ],
)
def test_a_designation_held_or_a_year_joined_is_no_exercise(sentence: str) -> None:
    assert drafts_of(sentence).exercises == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The drills Russia held in May worried Vilnius.",  # a name after the word only with a word that names
        "The Type 23 frigate took part in the exercise.",  # a designation and its number are no edition
        "Estonian crews ran the RBS 70 air defence drill.",  # nor is a model number out of the years
    ],
)
def test_words_beside_an_exercise_that_name_none(sentence: str) -> None:
    assert all(e.name.startswith("Unnamed") for e in drafts_of(sentence).exercises)


@pytest.mark.parametrize(
    ("later", "name"),
    [
        ("9. Amber Lattice 27 will be hosted jointly by Estonia and Finland in September 2027.", "Amber Lattice 27"),
        ("9. Amber Lattice 2027 will be hosted jointly by Estonia and Finland in September 2027.", "Amber Lattice 2027"),
    ],
)
def test_a_new_edition_of_a_series_already_named_is_another_exercise_and_no_undertaking(later: str, name: str) -> None:
    drafts = drafts_of(
        "We, the Ministers of Defence of Estonia, Finland and Latvia, agreed as follows:",
        "8. We commend the troops who took part in exercise Amber Lattice 26 in September.",
        later,
    )
    assert [e.name for e in drafts.exercises] == ["Amber Lattice 26", name]
    assert drafts.commitments == ()


def test_a_headlines_unnamed_exercise_is_the_one_the_body_names() -> None:
    drafts = drafts_of(  # under the site's name, as aggregators print it
        "Poland to hold its biggest coastal exercise since the Cold War next summer",
        "Poland will stage an exercise named Kashubian Dawn 27 in Pomerania in June, with about 30,000 troops.",
    )
    (exercise,) = drafts.exercises
    assert exercise.name == "Kashubian Dawn 27"
    assert sorted(e.paragraph for e in exercise.evidence) == [3, 4]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden will train Latvian crews on the RBS 70 very short-range air defence system.",
        "Finnish crews trained on the NASAMS 90 launchers this week.",
    ],
)
def test_a_model_number_after_a_name_is_no_edition(sentence: str) -> None:
    assert not drafts_of(sentence).exercises


def test_two_editions_of_one_series_stay_two_exercises() -> None:
    drafts = drafts_of("Swedish ships joined the Iron Gate 2024 exercise. Polish ships took part in the exercise Iron Gate 2020.")
    assert [(e.name, [p.actor for p in e.participants]) for e in drafts.exercises] == [
        ("Iron Gate 2024", ["sweden"]),
        ("Iron Gate 2020", ["poland"]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve nations will take part in the drill, and Danish and Swedish marines will practise a beach landing.",
        "Polish and Latvian engineers will rehearse river crossings during the exercise.",
        "Finnish and Norwegian jets are expected to join the exercise next week.",
    ],
)
def test_the_future_tense_of_an_exercise_is_not_a_commitment(sentence: str) -> None:
    drafts = drafts_of("Exercise Grey Lynx 2025 opens on 9 June in Latvia.", sentence)
    assert drafts.commitments == ()
    (exercise,) = drafts.exercises
    assert len({p.actor for p in exercise.participants}) >= 2


def test_scale_end_and_participants_merge_into_the_exercise_across_the_document() -> None:
    drafts = drafts_of(
        "Exercise Steel Tide 2024 starts on 7 June.",
        "Nineteen Allies, more than 50 ships and about 9,000 personnel will take part.",
        "Commanders said the weather would be a test.",
        "Participating nations: Belgium, Denmark, Estonia, Finland, France, Germany, Latvia, Lithuania and Poland.",
        "The exercise runs until 23 June.",
    )
    assert drafts.commitments == ()
    (exercise,) = drafts.exercises
    assert sorted(str(q) for q in exercise.scale) == ["19 allies", "about 9,000 troops", "more than 50 vessels"]
    assert {p.actor for p in exercise.participants} >= {"belgium", "denmark", "estonia", "finland", "france", "germany", "poland"}
    assert (str(exercise.start), str(exercise.end)) == ("2024-06-07", "2024-06-23")
    assert {e.paragraph for e in exercise.evidence} >= {3, 4, 6, 7}


@pytest.mark.parametrize("ending", ["The drills end on 23 June.", "The exercise concludes on 23 June.", "It will last until 23 June."])
def test_an_end_date_in_a_later_sentence(ending: str) -> None:
    (exercise,) = drafts_of("Exercise Cold Reach 2024 starts on 7 June with Swedish ships.", ending).exercises
    assert str(exercise.end) == "2024-06-23"


# ---------------------------------------------------------------- commitments


@pytest.mark.parametrize(
    ("intro", "sentence", "parties"),
    [
        (
            "The defence ministers of Estonia, Latvia and Lithuania met in Riga.",
            "The ministers restated their backing for Ukraine and urged Russia to pull its forces out.",
            ("estonia", "latvia", "lithuania"),
        ),
        (
            "Foreign ministers of Poland and Finland held talks in Helsinki on Tuesday.",
            "They called for tighter sanctions against Russia.",
            ("finland", "poland"),
        ),
        (
            "The Estonian and Latvian prime ministers met in Tallinn.",
            "The leaders agreed to link their power grids to Finland.",
            ("estonia", "latvia"),
        ),
    ],
)
def test_the_ministers_resolve_to_the_parties_introduced(intro: str, sentence: str, parties: tuple[str, ...]) -> None:
    assert parties_of(drafts_of(intro, sentence)) == [parties]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("The Baltic defence ministers urged a new NATO spending benchmark of 3.5% of GDP.", ("estonia", "latvia", "lithuania")),
        (
            "The Nordic-Baltic Eight pledged more air defence aid to Ukraine.",
            ("denmark", "estonia", "finland", "iceland", "latvia", "lithuania", "norway", "sweden"),
        ),
        ("The Nordic foreign ministers called on Russia to stop its attacks.", ("denmark", "finland", "iceland", "norway", "sweden")),
    ],
)
def test_collective_subjects_resolve_through_the_table_of_collective_names(sentence: str, parties: tuple[str, ...]) -> None:
    assert parties_of(drafts_of(sentence)) == [parties]


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        # every member of a list after "of" is governed by it, and the group is the sentence's own subject
        (
            ("The ministers of Estonia, Latvia and Lithuania met in Vilnius and agreed to ask for offers by March.",),
            ("estonia", "latvia", "lithuania"),
        ),
        (("The foreign ministers of Denmark, Norway and Sweden agreed to share radar data.",), ("denmark", "norway", "sweden")),
        # parties joined as a subject are what "both countries", "the two nations" or "they" stand for next
        (
            ("Estonia and Latvia held talks on radars on Monday.", "Both countries have promised to spend 3% of GDP."),
            ("estonia", "latvia"),
        ),
        (("Finland and Sweden opened talks in Turku.", "The two nations intend to buy ships together."), ("finland", "sweden")),
        # a dateline is where the report was filed, not who acts
        (("TALLINN — Latvia and Lithuania agreed to build a joint range.",), ("latvia", "lithuania")),
        (("VILNIUS, Oct 17 (Baltic Wire) - Poland will buy more tanks, its defence minister said.",), ("poland",)),
    ],
)
def test_the_subject_a_group_or_a_list_stands_for(paragraphs: tuple[str, ...], parties: tuple[str, ...]) -> None:
    assert parties_of(drafts_of(*paragraphs)) == [parties]


@pytest.mark.parametrize(
    "sentence",
    [
        "Estonia is to lift defence spending to 5% of GDP next year.",
        "Estonia has also promised to acquire two more minehunters by 2028.",
        "Estonia offered to host the new headquarters.",
        "Estonia is set to buy six more rocket launchers.",
    ],
)
def test_the_future_as_arranged_promised_or_offered_is_an_undertaking(sentence: str) -> None:
    assert parties_of(drafts_of(sentence)) == [("estonia",)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Germany sent a brigade to Lithuania.", "The soldiers and their families are to live in Lithuania."),
        ("The cable damage showed how hard it is to attribute such acts to Russia.",),
    ],
)
def test_what_forces_are_to_do_and_it_is_to_are_not_undertakings(paragraphs: tuple[str, ...]) -> None:
    assert parties_of(drafts_of(*paragraphs)) == []


@pytest.mark.parametrize(
    "point",
    [
        "5. Norway does not intend to open its territory to foreign bases, but will host more allied training in the north.",
        "3. Norway will not buy the system now, but plans to review the decision in 2027.",
    ],
)
def test_a_later_clause_of_a_numbered_point_shares_its_opening_subject(point: str) -> None:
    text = ["Joint communiqué", "Published: 2025-06-04", "The ministers of Denmark, Norway and Sweden met in Oslo.", point]
    drafts = ingest.draft(ingest.parse("\n".join(text)), dataset=bs.dataset())
    assert parties_of(drafts) == [("norway",)]


HOSTS = (
    "Latvian Defence Minister Anna Berzina hosted Estonian Defence Minister Karl Tamm and "
    "Lithuanian Defence Minister Rasa Vaitkute in Riga on Monday."
)


@pytest.mark.parametrize(
    ("quote", "party"),
    [
        ('"We will double our ammunition stocks by 2027," said Anna Berzina.', "latvia"),
        ('"Our country will buy more air defence systems," said Karl Tamm.', "estonia"),
        ('"We will keep our pledge to Ukraine," Vaitkute said.', "lithuania"),
    ],
)
def test_a_quote_takes_the_country_of_the_person_named_as_introduced(quote: str, party: str) -> None:
    drafts = drafts_of(HOSTS, quote)
    assert parties_of(drafts) == [(party,)]


@pytest.mark.parametrize(
    ("sentence", "party", "amount"),
    [
        (
            (
                "Estonia will raise defence spending to at least 5.4% of GDP in 2026 "
                "and pledged to buy two more mine countermeasure vessels by 2028."
            ),
            "estonia",
            "at least 5.4% of GDP",
        ),
        ("Poland will spend 4.7% of GDP on defence next year and has pledged to buy 96 attack helicopters.", "poland", "4.7% of GDP"),
    ],
)
def test_two_undertakings_in_one_sentence_become_two_drafts(sentence: str, party: str, amount: str) -> None:
    drafts = drafts_of(sentence)
    assert parties_of(drafts) == [(party,), (party,)]
    assert [str(c.amount) for c in drafts.commitments if c.amount] == [amount]
    assert drafts.deployments == ()


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Estonian Defence Minister Mart Kask hosted his Swedish and Danish counterparts, Eva Lind and Soren Holm, in Tallinn.",
                '"We will raise defence spending to 3% of GDP by 2027," said Lind.',
                '"We will buy four more radars," said Holm.',
            ),
            [("sweden",), ("denmark",)],
        ),
        (
            (
                "Latvian Defence Minister Ilze Berga met her Polish counterpart Jan Kowal in Riga.",
                '"We will buy more radars next year," said Kowal.',
            ),
            [("poland",)],
        ),
        (
            (
                "We spoke to Rear Admiral Mia Berg, Commander of the Royal Norwegian Navy, about the Arctic.",
                '"We will buy two new frigates by 2030," said Berg.',
            ),
            [("norway",)],
        ),
    ],
)
def test_a_speaker_introduced_as_a_counterpart_or_by_an_apposed_title_speaks_for_their_party(
    paragraphs: tuple[str, ...], expected: list[tuple[str, ...]]
) -> None:
    assert parties_of(drafts_of(*paragraphs)) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            '"We will act. We will not wait," said the minister. Then she left.',
            ['"We will act. We will not wait," said the minister.', "Then she left."],
        ),
        (
            "\u201cWe train every week. We are ready,\u201d said Berg. She left.",
            ["\u201cWe train every week. We are ready,\u201d said Berg.", "She left."],
        ),
        # a quotation that ends its sentence, and one that runs on into the next paragraph, split as usual
        ('He said "no Ally stands alone." Then he left.', ['He said "no Ally stands alone."', "Then he left."]),
        ('"We will act. We will not wait.', ['"We will act.', "We will not wait."]),
    ],
)
def test_a_quotation_closed_in_its_paragraph_stays_one_sentence_with_its_attribution(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


def test_every_sentence_of_a_quotation_speaks_for_the_speaker_named_after_it() -> None:
    drafts = drafts_of(
        "Estonian Defence Minister Mart Kask met his Swedish counterpart Eva Lind in Tallinn.",
        'Kask said the talks went well. "We will raise defence spending to 3% of GDP by 2027. It is decided," said Lind.',
    )
    assert parties_of(drafts) == [("sweden",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Latvian Defence Minister Ilze Berga said Latvia would double its stock of air defence missiles by 2026.", [("latvia",)]),
        ("Lithuania said on Monday that it would buy two more radars next year.", [("lithuania",)]),
        # a condition, a refusal, a response and what forces would do are not undertakings
        ("Denmark said it would buy a frigate if the budget allowed.", []),
        ("Sweden said it would not join the purchase.", []),
        ("The Kremlin said Russia would respond to any new bases.", []),
        ("The minister said the new jets would arrive in May.", []),
    ],
)
def test_the_reported_future_is_an_undertaking(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == expected


def test_a_country_before_a_comma_does_not_give_the_title_after_it_a_party() -> None:
    finder = ingest.PartyFinder(bs.dataset())
    people = ingest.find_people(
        [
            "Finland will move 500 troops to its border with Russia, Defence Minister Aino Virta said on Monday.",
            "Lithuania's president, Gitanas Nauseda, spoke.",
        ],
        finder,
    )
    assert people == {"Aino Virta": None, "Gitanas Nauseda": "lithuania"}


@pytest.mark.parametrize(
    "question",
    [
        "What will Estonia spend on drones next year?",
        "Will Finland join the joint purchase?",
        "Minister, the new brigade is arriving. What does Latvia still have to do?",
    ],
)
def test_a_question_is_not_an_undertaking(question: str) -> None:
    assert parties_of(drafts_of(question)) == []


@pytest.mark.parametrize(
    ("question", "answer", "party"),
    [
        (
            "Our reporter asked about the budget. What will Estonia spend on drones next year?",
            '"We will spend 0.3% of GDP on drones, and we will buy two radars."',
            "estonia",
        ),
        (
            "Question: Sweden. How will Denmark help Ukraine this winter?",
            '"We will send more air defence and we will train pilots."',
            "denmark",
        ),
    ],
)
def test_the_answer_to_a_question_speaks_for_the_party_asked_about(question: str, answer: str, party: str) -> None:
    found = parties_of(drafts_of(question, answer))
    assert found
    assert set(found) == {(party,)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Polish jets and Lithuanian helicopters will simulate air attacks on the convoy.",
        "In the second week the Danish crews will clear old mines near Tallinn.",
        "Marines from Norway will practise landings on the island.",
    ],
)
def test_what_forces_will_do_is_not_an_undertaking(sentence: str) -> None:
    assert parties_of(drafts_of(sentence)) == []
    assert parties_of(drafts_of("Estonia will buy two more minehunters.")) == [("estonia",)]


# ---------------------------------------------------------------- deployments


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Patrol planes stationed in Estonia tracked Russian warships near the coast.", [((), ("estonia",))]),
        ("Danish frigates based in Gdynia shadowed a Russian submarine.", [(("denmark",), ("poland",))]),
        ("German jets deployed to Lithuania intercepted Russian aircraft over the Baltic Sea.", [(("germany",), ("lithuania",))]),
    ],
)
def test_an_adversary_in_the_same_clause_is_not_an_owner(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A Dutch air detachment is arriving in Latvia next week, and Belgian jets are heading back to Estonia.",
            [(("netherlands",), ("latvia",)), (("belgium",), ("estonia",))],
        ),
        (
            "French soldiers are rotating into Estonia, and Czech gunners are moving to Lithuania.",
            [(("france",), ("estonia",)), (("czechia",), ("lithuania",))],
        ),
    ],
)
def test_motion_verbs_and_owners_stay_in_their_clause(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The United States will move an infantry battalion of about 800 soldiers from Germany to Lithuania within days.",
            [(("united-states",), ("lithuania",))],
        ),
        ("Norway moved four F-35 jets and two tanker planes to Ämari last week.", [(("norway",), ("estonia",))]),
        # "move ... to" before a verb is not motion
        ("Finland will move forward to buy new radars.", []),
    ],
)
def test_a_motion_verb_with_its_object_before_the_destination(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Soldiers from Norway and Sweden serve in the battalion based in Latvia.", [(("norway", "sweden"), ("latvia",))]),
        (
            "Troops from nine Allies \N{EN DASH} Slovenia and Iceland among them \N{EN DASH} are stationed in Estonia.",
            [(("iceland", "nato", "slovenia"), ("estonia",))],
        ),
        ("The Czech, Slovak and Slovenian contingents are stationed in Latvia.", [(("czechia", "slovakia", "slovenia"), ("latvia",))]),
        ("The Danish, Dutch and Belgian jets are based at Šiauliai.", [(("belgium", "denmark", "netherlands"), ("lithuania",))]),
        # an aside after the subject, not after a force, names no contributor
        (
            "Estonia \N{EN DASH} with Latvia and Lithuania close behind \N{EN DASH} will deploy 200 troops to Poland.",
            [(("estonia",), ("poland",))],
        ),
    ],
)
def test_every_contributor_of_a_list_owns_the_force(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sweden said it would not send combat troops to Ukraine while the war goes on.", []),
        ("Denmark will not deploy ground forces to Ukraine for now.", []),
        # who is trained is not deployed; forces that train somewhere are
        ("Poland will train another 2,000 Ukrainian soldiers in Poland next year.", []),
        ("Polish troops train with Lithuanian and Latvian brigades every week.", [(("poland",), ())]),
        ("Danish troops are training in Latvia this month.", [(("denmark",), ("latvia",))]),
    ],
)
def test_refused_deployments_and_trained_soldiers_are_not_deployments(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "party", "kind", "amount"),
    [
        ("Latvia signed a €265 million contract for four more IRIS-T fire units.", "latvia", "pledge", "265,000,000 EUR"),
        ("On 12 May Latvia's defence ministry signed a contract worth €48m for new radars.", "latvia", "pledge", "48,000,000 EUR"),
        ("Latvia has ordered 200 more Patria armoured vehicles, to be delivered by 2029.", "latvia", "pledge", None),
        ("Finland placed an order for 20 more K9 howitzers.", "finland", "pledge", None),
        ("Under the draft budget, Lithuania's defence spending would reach 3.5% of GDP in 2025.", "lithuania", "target", "3.5% of GDP"),
        ("Estonia's parliament approved a budget that raises defence spending to 5.4% of GDP.", "estonia", "target", "5.4% of GDP"),
        # a level a budget sets or is
        (
            "Poland's state budget for 2026, adopted by the government in September, sets defence spending at 4.8% of GDP.",
            "poland",
            "target",
            "4.8% of GDP",
        ),
        ("Latvia's defence budget is 5.1 percent of GDP this year.", "latvia", "target", "5.1% of GDP"),
        (
            "LITHUANIA — The Seimas passed the 2026 budget on Tuesday, with defence set at 5.38% of GDP.",
            "lithuania",
            "target",
            "5.38% of GDP",
        ),
        # a buying agency signs for its state, after an opening adverbial too
        (
            "Meanwhile, the Armament Agency signed a contract worth PLN 1.1 billion for more Piorun launchers.",
            "poland",
            "pledge",
            None,  # (zloty are no unit of the model: a curator gives the euro figure)
        ),
        ("Sweden's Defence Materiel Administration has ordered 18 more Archer artillery systems.", "sweden", "pledge", None),
    ],
)
def test_a_contract_an_order_or_a_spending_level_is_an_undertaking(sentence: str, party: str, kind: str, amount: str | None) -> None:
    (commitment,) = drafts_of(sentence).commitments
    assert commitment.parties == (party,)
    assert commitment.kind.value == kind
    assert (str(commitment.amount) if commitment.amount else None) == amount


@pytest.mark.parametrize(
    "sentence",
    ["Estonia's negotiators signed off on contract talks with the supplier.", "Putin ordered the troops to return to their bases."],
)
def test_orders_given_and_talks_are_not_purchases(sentence: str) -> None:
    assert not drafts_of(sentence).commitments


@pytest.mark.parametrize(
    "paragraph",
    [
        "Minister Ozols said that Latvia would welcome a Dutch naval presence in the Gulf of Riga. No decision on such a presence has been taken.",
        "The minister said Estonia would buy six more HIMARS launchers. No decision has been made.",
        "The deputy minister said Poland would welcome a Dutch tank company at Orzysz. The Hague has made no decision.",
        "The minister said Norway would raise its aid to Ukraine to 1% of GDP next year, but nothing has been decided.",
        "If Belgium or Denmark were ready to send helicopters to Estonia, Tallinn would welcome them, she added, but no such offer has been made.",
        "Some Latvian commentators have speculated that the hangars at Lielvārde could later be offered to Polish Apaches, but neither government has said so.",
        "The minister said Finland would raise defence spending to 3% of GDP; the government has made no final decision.",
        "If Germany were ready to send helicopters to Lithuania, Vilnius would be pleased.",  # the condition itself
    ],
)
def test_what_a_disclaimer_or_a_condition_leaves_undecided_is_no_undertaking(paragraph: str) -> None:
    assert drafts_of(paragraph).commitments == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        # a disclaimer of one detail leaves the undertaking
        "Denmark and Sweden will set up a joint air operations centre by 2028. Where it will be located has not been decided.",
        "Estonia will buy more HIMARS launchers by 2027; no decision on the number has been taken.",
        # a long sentence about another party's choice speaks for itself only
        "Estonia will buy six more HIMARS launchers. Latvia has not said whether it will join; no decision is expected before May.",
    ],
)
def test_a_disclaimer_of_a_detail_or_of_another_choice_leaves_the_undertaking(paragraph: str) -> None:
    assert len(drafts_of(paragraph).commitments) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway refused to send ships to the Baltic this year.",
        "Finland declined to deploy troops to Estonia.",
        "Poland denied it will deploy troops to Latvia.",
        "Germany ruled out sending a second brigade to Lithuania.",
        "The Netherlands will no longer deploy jets to Lithuania.",
        "Estonia will no longer raise defence spending to 5% of GDP.",
    ],
)
def test_a_refusal_or_an_ended_undertaking_drafts_nothing(sentence: str) -> None:
    drafts = drafts_of(sentence)
    assert (drafts.commitments, drafts.deployments) == ((), ())


@pytest.mark.parametrize(
    "sentence",
    [
        "Gudelis said he expected the United States to keep a battalion in Lithuania for years.",
        "Lithuania expects Germany to station its brigade near Rūdninkai by 2027.",
        "Vilnius hopes that Germany will station a second brigade in Lithuania.",
        "Some in Warsaw hope the United States will turn its rotation into a permanent brigade.",
        "Estonia hopes that Finland will join the project.",
        # speculation and what is only weighed or unconfirmed
        "Two officials said Norway was weighing whether to send F-35s to Poland, though no decision had been taken.",
        "Reports that the Netherlands will send Patriot systems to Lithuania remain unconfirmed.",
        # who is sent to watch or advise is not a force
        "Estonia will send observers to the drill in Latvia.",
    ],
)
def test_what_one_expects_or_hopes_another_will_do_drafts_nothing(sentence: str) -> None:
    drafts = drafts_of(sentence)
    assert (drafts.commitments, drafts.deployments) == ((), ())


@pytest.mark.parametrize(
    ("paragraph", "parties"),
    [
        ("The United States will station MQ-9 drones at Šiauliai from March. They will fly unarmed.", []),
        ("Germany will send four Eurofighters to Ämari in April. They will stay until August.", []),
        ("Estonia and Latvia will deploy troops to the border. They will also buy more drones.", [("estonia", "latvia")]),
    ],
)
def test_what_forces_just_deployed_will_do_is_not_an_undertaking(paragraph: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(paragraph)) == parties


@pytest.mark.parametrize(
    "sentence",
    [
        # the exercise's sorties from the bases it uses
        "Around 55 aircraft from nine Allied nations are taking part in exercise NIGHT TERN 25, flying from Šiauliai in Lithuania.",
        "Fighter jets from nine Allied nations flew from airfields in Estonia and Latvia during exercise Quiet Thistle 26.",
        "More than 40 aircraft from Finland and Sweden operated from road bases in Ostrobothnia during the air force exercise TIIRA 26.",
        # forces sent from home for the exercise, and a state hosting it
        "Norway will send four F-35As from Evenes for the exercise Cold Lynx 26.",
        "The Swedish Navy hosts the exercise DEEP LISTENER 26 from its main base in Karlskrona.",
        # a kind of craft, not forces patrolling
        "A Latvian coastal patrol vessel and two Swedish corvettes took part in exercise SOUND GUARD 26.",
        "Liepāja hosted the Latvian-led exercise SALT MARSH 25, which brought maritime patrol aircraft from eleven countries to the coast.",
    ],
)
def test_forces_taking_part_in_an_exercise_are_no_deployment(sentence: str) -> None:
    drafts = drafts_of(sentence)
    assert drafts.exercises
    assert drafts.deployments == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lasting presence that also flies for the exercise
        (
            "The U.S. Navy P-8A has operated from Visby airport on Gotland since mid-April, flying sorties during exercise BALTOPS 25.",
            [(("united-states",), ("sweden",))],
        ),
        # forces sent abroad for the exercise
        (
            "For the exercise Cold Lynx 26, a U.S. Army Patriot battery has deployed from Germany to Lielvārde Air Base in Latvia.",
            [(("united-states",), ("latvia",))],
        ),
        # kept somewhere, in a list of kinds of craft
        (
            "Since January 2025, NATO's Baltic Sentry has kept frigates, maritime patrol aircraft and naval drones in the Baltic Sea.",
            [(("nato",), ())],
        ),
        ("The Estonian Navy keeps a patrol boat at Roomassaare harbour during the navigation season.", [(("estonia",), ("estonia",))]),
    ],
)
def test_forces_placed_beside_an_exercise_or_kept_somewhere_are_deployed(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("Poland's MQ-9B drones, which have flown from Mirosławiec air base since last year, patrol the border.", ("poland",)),
        ("The corvette Magdeburg sailed from Rostock on Wednesday to spend six weeks with NATO's Baltic Sentry.", ("nato",)),
        ("The minehunter Jiloca has been integrated in Standing NATO Mine Countermeasures Group 1 since January.", ("nato",)),
        ("Since 2025 the Tapa base has also housed Estonia's first air defence battalion.", ("estonia",)),
    ],
)
def test_flown_from_time_spent_with_integrated_in_and_housed_place_forces(sentence: str, owners: tuple[str, ...]) -> None:
    assert [d for d, _ in deployments_of(drafts_of(sentence))] == [owners]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # no other state in the paragraph: the forces of the state they are in
        (
            "Liepiņš said the two army companies sent to reinforce the border guard in Latgale in September would remain there until March.",
            [(("latvia",), ("latvia",))],
        ),
        ("The Naval Missile Unit, based at Siemirowice in Pomerania, operates anti-ship missile launchers.", [(("poland",), ("poland",))]),
        # another state named beside them: not the host's
        (
            "A British company joined the exercise. The two companies sent to Latgale in September will remain there until March.",
            [(("united-kingdom",), ("latvia",))],
        ),
    ],
)
def test_forces_no_one_owns_in_a_state_no_other_is_named_beside_are_its_own(paragraph: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(paragraph)) == expected


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # where a thing comes from names no party
        ("Poland's government chose a Swedish-designed submarine and will order three boats.", [("poland",)]),
        ("Latvia will buy American-made rocket launchers by 2027.", [("latvia",)]),
        ("Estonia will order German-built trucks next year.", [("estonia",)]),
        # two collective adjectives coordinated name the members of both
        (
            "The eight Nordic and Baltic countries said they would together provide $620 million for Ukraine.",
            [("denmark", "estonia", "finland", "iceland", "latvia", "lithuania", "norway", "sweden")],
        ),
        (
            "The Baltic and Nordic states will fund a joint radar network.",
            [("denmark", "estonia", "finland", "iceland", "latvia", "lithuania", "norway", "sweden")],
        ),
    ],
)
def test_origin_adjectives_name_no_party_and_coordinated_collectives_name_both(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


@pytest.mark.parametrize(
    "point",
    [
        "2. Those of us with armed forces will raise core defence spending to 3.5% of GDP by 2030.",
        "2. Each of our countries that maintains armed forces will spend no less than 3.5% of GDP on defence by 2030.",
    ],
)
def test_those_of_the_signatories_with_armed_forces_leave_out_the_unarmed(point: str) -> None:
    drafts = drafts_of(
        "We, the Ministers of Defence of Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden, agreed as follows:",
        "1. We will keep the Baltic Sea open to shipping.",
        point,
    )
    nb8 = ("denmark", "estonia", "finland", "iceland", "latvia", "lithuania", "norway", "sweden")
    assert parties_of(drafts)[0] == nb8  # the point with no such words binds every signatory
    assert set(parties_of(drafts)[1:]) == {tuple(p for p in nb8 if p != "iceland")}


_SWEDISH_CHIEF = (
    "Major General Karin Ekstedt has commanded the Swedish Air Force since 2024. We met her in Uppsala.",
    "Swedish Gripens are at Lielvārde in Latvia this summer. What are they doing there?",
)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "we" that keep forces own them; the NATO mission they serve is not their owner
        ("We keep four Gripens at Šiauliai with the NATO air policing mission until April.", [(("sweden",), ("lithuania",))]),
        # "we" that see or follow forces own nothing
        ("We see Russian fighters over Kaliningrad every week, and we follow them closely.", [(("russia",), ("russia",))]),
    ],
)
def test_the_forces_we_keep_are_the_speakers_states(answer: str, expected: list[object]) -> None:
    drafts = titled("Sweden's air force chief on air policing and training", *_SWEDISH_CHIEF, answer)
    assert deployments_of(drafts) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ship prefix names its navy's state, and a dotted one ends no sentence
        (
            "The minehunter Zr.Ms. Dokkum left Den Helder this morning to join Standing NATO Mine Countermeasures Group 1 in the Baltic Sea.",
            [(("nato", "netherlands"), ())],
        ),
        ("Her sister ship, EML Tuisk, will join Standing NATO Mine Countermeasures Group 1 in September.", [(("estonia", "nato"), ())]),
        ("The destroyer USS Paul Ignatius will stay in the Baltic Sea through August.", [(("united-states",), ())]),
        # a US state's National Guard, partner of a Baltic state, is American
        (
            "This summer one of the Michigan National Guard's infantry companies will spend three weeks in Latgale.",
            [(("united-states",), ("latvia",))],
        ),
    ],
)
def test_ship_prefixes_and_services_name_their_state(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_a_dotted_ship_prefix_ends_no_sentence() -> None:
    sentences = split_sentences("The minehunter Zr.Ms. Dokkum left Den Helder. Hr.Ms. Karel Doorman followed. It rained.")
    assert [s.text for s in sentences] == ["The minehunter Zr.Ms. Dokkum left Den Helder.", "Hr.Ms. Karel Doorman followed.", "It rained."]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state's contribution to a force or mission is its forces there
        (
            "The Government today decided to extend the Swedish contribution to NATO's forward land forces in Latvia until the end of 2028.",
            [(("nato", "sweden"), ("latvia",))],
        ),
        ("Denmark's contribution to NATO's air policing mission at Šiauliai ends in March.", [(("denmark", "nato"), ("lithuania",))]),
    ],
)
def test_a_states_contribution_to_a_force_is_its_forces(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_a_contribution_of_money_is_no_force() -> None:
    drafts = drafts_of("Denmark will raise its contribution to the Ukraine fund to €50 million.")
    assert drafts.deployments == ()
    assert parties_of(drafts) == [("denmark",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of modifiers between the nationality and the force
        (
            "A Czech chemical, biological, radiological and nuclear defence unit served in Lithuania from 2023.",
            [(("czechia",), ("lithuania",))],
        ),
        ("A Czech chemical and nuclear defence unit served in Lithuania from 2023.", [(("czechia",), ("lithuania",))]),
        # what was asked for and granted is there, and its asker's capital hosts nothing
        (
            "The British Army contingent in Orzysz will remain until the end of 2027, as Warsaw had requested from London.",
            [(("united-kingdom",), ("poland",))],
        ),
    ],
)
def test_modifier_lists_and_granted_requests_keep_the_deployment(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("A Czech defence unit that served in Lithuania from 2023 came home in September.", "ended"),
        ("The Italian battery finished its rotation in Latvia in November.", "ended"),
        ("The Dutch F-35s flew home from Ämari after four months of air policing.", "ended"),
        ("A Czech defence unit has served in Lithuania since 2023.", "active"),  # still there
    ],
)
def test_forces_back_home_or_done_end_their_deployment(sentence: str, status: str) -> None:
    (deployment,) = drafts_of(sentence).deployments
    assert deployment.status.value == status


def test_forces_on_their_way_somewhere_are_deployed() -> None:
    drafts = drafts_of("The Swedish corvettes HSwMS Härnösand and HSwMS Nyköping are on their way to Estonia.")
    assert deployments_of(drafts) == [(("sweden",), ("estonia",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministers will next meet in Reykjavík in 2027, when Iceland takes over the coordination.",
        "Denmark will take over the chairmanship of NORDEFCO in 2026 and host the next ministerial meeting.",
        "Estonia will again meet its Baltic counterparts in Riga in May.",
    ],
)
def test_meeting_again_or_taking_a_chair_is_no_undertaking(sentence: str) -> None:
    assert drafts_of(sentence).commitments == ()


def test_an_aggregators_summary_line_is_furniture_not_a_second_source_of_facts() -> None:
    drafts = drafts_of(
        "AI summary: Poland plans a major exercise in Pomerania in June; the US may send a division headquarters.",
        "Poland will stage a large exercise named Kashubian Dawn 27 in Pomerania in June, the General Staff said.",
    )
    cited = {e.paragraph for record in drafts.facts() for e in record.evidence}
    assert 3 not in cited
    assert [e.name for e in drafts.exercises] == ["Kashubian Dawn 27"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a preposition before a month or a weekday governs the time, not the owner named after it
        ("In February a Polish engineer company arrived in Daugavpils to build bunkers.", [(("poland",), ("latvia",))]),
        ("On Monday a Danish frigate arrived in Tallinn.", [(("denmark",), ("estonia",))]),
        ("In spring a Dutch air defence unit arrived at Šiauliai.", [(("netherlands",), ("lithuania",))]),
        # a place after the preposition still hosts
        ("In Estonia, the Italian Air Force keeps four jets at Ämari.", [(("italy",), ("estonia",))]),
    ],
)
def test_a_preposition_of_time_governs_no_party_after_it(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland and Sweden will maintain their military support to Ukraine.",
        "The Nordic countries will maintain their support to Ukraine at least at the 2025 level in 2026.",
        "Estonia will send a further assistance package to Ukraine in March.",
    ],
)
def test_support_and_assistance_for_ukraine_are_aid_not_forces(sentence: str) -> None:
    drafts = drafts_of(sentence)
    assert drafts.deployments == ()
    assert drafts.commitments


@pytest.mark.parametrize(
    ("paragraphs", "start"),
    [
        # the year a series began is not this edition's start
        (
            (
                (
                    "Tapa is the hub of the spring exercise PAEKIVI, held every year since 2012. The 2026 edition, from 4 to 22 May, "
                    "brought together about 11,000 soldiers."
                ),
            ),
            "2026",
        ),
        (
            ("The island defence exercise Saare Shield has been held every year since 2019. Saare Shield 25, in May 2025, ended.",),
            "2025-05",
        ),
        # a two-digit edition runs in its year: a date of another year near it is something else's
        (
            (
                "In October the Belgian company will train with Lithuanian units in exercise IRON OAK 26 around Pabradė.",
                (
                    "Belgium last took part in the air policing mission with four F-16s, which flew from Ämari from December 2024 until "
                    "April 2025."
                ),
            ),
            "None",  # (the month before the name is not read: the start is left for the curator, never taken from 2024)
        ),
    ],
)
def test_an_exercises_start_is_its_editions_not_its_series_or_a_neighbours(paragraphs: tuple[str, ...], start: str) -> None:
    (exercise,) = drafts_of(*paragraphs, published="2024-11-02").exercises
    assert str(exercise.start) == start


def test_until_at_least_a_date_is_the_deployments_end() -> None:
    drafts = drafts_of("The United States will keep an armored battalion at Pabradė in Lithuania until at least the end of 2027.")
    (deployment,) = drafts.deployments
    assert (deployment.start, str(deployment.end)) == (None, "2027")


@pytest.mark.parametrize(
    ("paragraph", "parties"),
    [
        # a cost split between parties is one undertaking of them all
        (
            "The first phase covers six satellites. Poland will pay half of the cost; the three Baltic states will share the rest.",
            [("estonia", "latvia", "lithuania", "poland")],
        ),
        (
            (
                "Lithuania will build twelve aircraft shelters at Šiauliai by 2027, with €60 million, half of it from the NATO Security "
                "Investment Programme."
            ),
            [("lithuania", "nato")],
        ),
        # doing something together is one party list already, and no split
        (
            (
                "Denmark will fund the course. In 2026 the Netherlands, Norway and the United Kingdom will jointly train 900 "
                "Ukrainian naval personnel."
            ),
            [("denmark",), ("netherlands", "norway", "united-kingdom")],
        ),
    ],
)
def test_an_undertaking_whose_cost_is_split_is_one_commitment_of_every_party(paragraph: str, parties: list[tuple[str, ...]]) -> None:
    assert [c for c in parties_of(drafts_of(paragraph)) if c != ()] == parties


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Some analysts expect Moscow to answer by moving an additional electronic warfare brigade into the Kaliningrad region.",
            [(("russia",), ("russia",))],
        ),
        (
            "Some observers speculate that Russia could also bring Tu-22M3 bombers to the Kaliningrad region, though there is no sign.",
            [(("russia",), ("russia",))],
        ),
        ("Commentators suspect that Russia might put Iskander missiles in Belarus.", [(("russia",), ("belarus",))]),
    ],
)
def test_what_onlookers_expect_of_an_adversary_is_drafted_as_doubtful(sentence: str, expected: list[object]) -> None:
    drafts = drafts_of(sentence)
    assert deployments_of(drafts) == expected
    assert {e.credibility for d in drafts.deployments for e in d.evidence} == {bs.Credibility.DOUBTFUL}


@pytest.mark.parametrize(
    "sentence",
    [
        "He expected the United States to keep a battalion in Lithuania.",  # what one expects of an Ally is not stated as done
        "The EU will put pressure on Russia.",  # put, but no forces
    ],
)
def test_what_one_expects_of_an_ally_or_puts_on_a_state_is_no_deployment(sentence: str) -> None:
    assert drafts_of(sentence).deployments == ()


# ---------------------------------------------------------------- ordinary prose the newer rules must leave alone
@pytest.mark.parametrize(
    "sentence",
    [
        "Lithuania will hold Seimas 24 elections in October.",
        "Estonia paid for HIMARS 20 months ago.",
        "Estonia will host Tallinn Digital Summit 25 in September.",
        "Latvia hosted Zapad 21 observers in 2021.",
    ],
)
def test_a_name_and_two_digits_after_a_verb_of_holding_is_no_exercise_before_a_noun_or_for_a_meeting(sentence: str) -> None:
    assert drafts_of(sentence).exercises == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland is well on its way to the NATO target of 3.5% of GDP.",
        "Sweden's air defence will be integrated into the NATO Integrated Air and Missile Defence.",
        "Lithuania keeps its eyes on the Belarusian border.",
        "The Finnish defence minister will spend two days in Estonia.",
        "Poland put its troops on the highest alert.",
    ],
)
def test_figures_of_speech_with_the_new_verbs_of_placing_are_no_deployment(sentence: str) -> None:
    assert drafts_of(sentence).deployments == ()


@pytest.mark.parametrize(
    ("paragraph", "parties"),
    [
        # a disclaimer inside another clause, or of one party's detail, withdraws nothing
        (
            "Poland will sign the contract for 96 Apache helicopters this week, ending a decade in which no decision was taken.",
            [("poland",)],
        ),
        ("Latvia will buy IRIS-T systems. No decision on Estonia's share has been taken.", [("latvia",)]),
        # a cost shared in another sentence merges nothing with it
        (
            "Estonia will buy six HIMARS launchers. Latvia and Lithuania will share the cost of a joint ammunition plant.",
            [("estonia",), ("latvia", "lithuania")],
        ),
        # a level in the past is no target
        ("Estonia's spending was 2% of GDP a decade ago.", []),
        # a web address ends a sentence
        ("Russia moved a brigade to Pskov, according to lrt.lt. Estonia will buy more HIMARS.", [("estonia",)]),
    ],
)
def test_undertakings_the_newer_rules_must_keep_apart_or_leave_alone(paragraph: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(paragraph)) == parties


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 1,000 soldiers arrived at Rukla in Lithuania this week to start a six-month rotation.", [((), ("lithuania",))]),
        (
            "Polish and US troops are stationed at Orzysz in Poland and at Pabradė in Lithuania.",
            [(("poland", "united-states"), ("lithuania", "poland"))],
        ),
        ("Poland, which hosts the exercise, has deployed 2,000 troops to the Suwałki gap.", [(("poland",), ("poland",))]),
    ],
)
def test_arrivals_keep_no_owner_and_hosts_and_deployments_stay_beside_the_newer_rules(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_suspected_sabotage_leaves_a_deployment_ungraded_and_a_deployment_completed_is_not_ended() -> None:
    (sent,) = drafts_of(
        "Finland sent two patrol ships to the Gulf of Finland after the suspected sabotage of the Estlink 2 cable."
    ).deployments
    assert {e.credibility for e in sent.evidence} != {bs.Credibility.DOUBTFUL}
    (done,) = drafts_of("Germany completed its deployment of Patriot systems to Rzeszów in Poland last week.").deployments
    assert done.status.value != "ended"


def test_we_who_see_or_worry_own_no_forces() -> None:
    for answer in (
        "We still have concerns about Russian troops in Belarus.",
        "We have seen Russian bombers in Kaliningrad more often this year.",
    ):
        drafts = titled("Sweden's air force chief on air policing and training", *_SWEDISH_CHIEF, answer)
        assert all("sweden" not in owners for owners, _ in deployments_of(drafts))


def test_an_edition_may_run_across_its_new_year() -> None:
    (exercise,) = drafts_of("Exercise Iron Wolf 25 will run from December 2025 to January 2026.").exercises
    assert (str(exercise.start), str(exercise.end)) == ("2025-12", "2026-01")


def _about_lithuania(*paragraphs: str) -> ingest.Drafts:
    """A report whose home state is Lithuania (named three times), then the paragraphs."""
    intro = "Lithuania's cabinet met in Vilnius. Lithuania borders Belarus. Lithuania is a NATO member."
    return drafts_of(intro, *paragraphs)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ministry also plans to call up 5,000 conscripts a year from 2027.",
        "Defence spending will rise to 5.4% of GDP in 2026, the minister confirmed.",
        "The draft allots about €4.8 billion to defence.",
        "The state budget sets aside €300 million for air defence.",
    ],
)
def test_a_states_ministry_and_accounts_stand_for_the_state_the_report_is_about(paragraph: str) -> None:
    assert parties_of(_about_lithuania(paragraph)) == [("lithuania",)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ministry said it would number about 900 troops when complete.",
        "The works would cost €48 million, the ministry said.",
    ],
)
def test_what_something_would_amount_to_is_no_undertaking(paragraph: str) -> None:
    assert parties_of(_about_lithuania(paragraph)) == []


def test_patrol_craft_bought_are_no_deployment() -> None:
    drafts = drafts_of("Denmark will buy two long-range patrol drones and four coastal radars by 2027.")
    assert (parties_of(drafts), drafts.deployments) == ([("denmark",)], ())


def test_patrol_craft_ordered_in_an_interview_are_the_guests_undertaking() -> None:
    drafts = drafts_of(
        "Captain Rein Tamm, Commander of the Estonian Navy, spoke to us in Tallinn.",
        "Q: How many boats are coming?",
        "A: We have ordered six fast patrol boats from a Finnish yard.",
    )
    assert (parties_of(drafts), drafts.deployments) == ([("estonia",)], ())


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("With Colonel (ret.) Gediminas Rudys, Commander of the Lithuanian Riflemen's Union.", {"Gediminas Rudys": "lithuania"}),
        ("Major General Paweł Zawada has led the Polish Armed Forces Support Inspectorate since 2024.", {"Paweł Zawada": None}),
        ("Captain Rein Tamm, Commander of the Estonian Navy, spoke to us.", {"Rein Tamm": "estonia"}),
    ],
)
def test_a_rank_introduces_a_person_and_names_no_party_itself(text: str, people: dict[str, str | None]) -> None:
    assert ingest.find_people([text], ingest.PartyFinder(bs.dataset())) == people


@pytest.mark.parametrize(
    "sentence",
    [
        "Captain Rein Tamm, Commander of the Estonian Navy, spoke to us in Tallinn.",
        "Captain Rein Aavik took command of the Estonian Navy in July. We spoke to him in Tallinn.",
    ],
)
def test_a_service_in_a_persons_title_is_no_force(sentence: str) -> None:
    assert drafts_of(sentence).deployments == ()


def test_forces_whose_command_is_taken_are_still_deployed() -> None:
    drafts = drafts_of("The division took command of NATO's four battlegroups in the Baltic states and Poland last year.")
    assert deployments_of(drafts) == [(("nato",), ("estonia", "latvia", "lithuania", "poland"))]


def test_a_unit_named_after_a_place_is_not_that_place() -> None:
    drafts = drafts_of("American engineers have been training at the Karelia Brigade's garrison near Kouvola in Finland.")
    assert all("russia" not in hosts for _, hosts in deployments_of(drafts))


@pytest.mark.parametrize(
    ("paragraph", "parties"),
    [
        ("Lithuania reinstated conscription in 2015. It intends to call up at least 3,500 people a year.", [("lithuania",)]),
        ("Sweden restored conscription in 2017. It aims to train 10,000 conscripts a year by 2030.", [("sweden",)]),
        ("Latvia ended conscription in 2007. The government plans to raise the intake to 7,500 by 2028.", [("latvia",)]),
        # "it" as a thing: the force, the exercise, the time it takes
        ("Estonia's navy is small. It will take years to grow.", []),
        ("Sweden leads the force. The ministry said it would number about 900 troops.", []),
    ],
)
def test_it_and_the_government_stand_for_the_state_the_sentence_before_was_about(paragraph: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(paragraph)) == parties


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("Copenhagen will buy more air defence systems.", [("denmark",)]),
        ("Berlin and Warsaw want to build a new rail corridor.", [("germany", "poland")]),
        ("Vilnius has pledged to raise defence spending to 5% of GDP.", [("lithuania",)]),
        ("The Vilnius summit will be remembered for its pledges.", []),
    ],
)
def test_a_capital_opening_the_clause_stands_for_its_government(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Estonian troops are stationed near Tallinn.", [(("estonia",), ("estonia",))]),
        ("Ahead of the NATO summit in The Hague, Dutch frigates will patrol the North Sea.", [(("netherlands",), ())]),
        ("After talks in Vilnius, Germany said its brigade would be ready in 2027.", [(("germany",), ())]),
    ],
)
def test_where_a_meeting_is_held_is_not_a_host(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The destroyer USS Example arrived in Gdynia, Poland, for a scheduled port visit.", []),
        ("HMS Example made a port call in Tallinn before the exercise.", []),
        (
            "The US destroyer will stay in the Baltic Sea until June, without saying whether it would call at Swedish ports.",
            [(("united-states",), ())],
        ),
    ],
)
def test_a_port_visit_is_not_a_deployment(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_a_place_and_a_party_after_it_are_no_list() -> None:
    # "The Hague, Dutch frigates": the frigates are not governed by the "in" before the city
    drafts = drafts_of("Ahead of the summit in The Hague, Dutch frigates will patrol the North Sea.")
    assert deployments_of(drafts) == [(("netherlands",), ())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Asked whether Latvia would welcome a US fighter squadron at Lielvārde, the minister said it was for Washington.", []),
        ("Asked if Finland would send troops to Estonia, the minister declined to speculate.", []),
        (
            "Asked whether Germany would send more, Pistorius said Germany will station 4,800 troops in Lithuania by 2027.",
            [(("germany",), ("lithuania",))],
        ),
    ],
)
def test_what_a_reported_question_asks_about_is_not_stated(sentence: str, expected: list[object]) -> None:
    drafts = drafts_of(sentence)
    assert deployments_of(drafts) == expected
    assert not drafts.commitments


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Dutch jets are stationed at Ämari this spring.", "Belgian jets flew from there last year."),
            [(("netherlands",), ("estonia",)), (("belgium",), ("estonia",))],
        ),
        (
            (
                "A Polish detachment is arriving at Šiauliai this week, while the Spanish jets that flew from there since May are heading home.",
            ),
            [(("poland",), ("lithuania",)), (("spain",), ("lithuania",))],
        ),
        # the existential "there are" names no place; nor does "there" two paragraphs after the place
        (
            ("German troops are stationed in Lithuania.", "There are also 300 Dutch soldiers nearby."),
            [(("germany",), ("lithuania",)), (("netherlands",), ())],
        ),
        (
            ("German troops are stationed in Lithuania.", "Rain fell.", "Rain fell again.", "Danish ships deployed there in 2020."),
            [(("germany",), ("lithuania",)), (("denmark",), ())],
        ),
    ],
)
def test_there_names_the_host_just_named(paragraphs: tuple[str, ...], expected: list[object]) -> None:
    assert deployments_of(drafts_of(*paragraphs)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eight Dutch F-35s operated from Ämari with about 150 personnel.", [(("netherlands",), ("estonia",))]),
        ("Some 600 Polish troops are stationed at Ādaži.", [(("poland",), ("latvia",))]),
        ("A Spanish air defence battery is based at Malbork.", [(("spain",), ("poland",))]),
        ("Italian jets flew air policing missions from Šiauliai.", [(("italy",), ("lithuania",))]),
    ],
)
def test_a_host_given_as_a_base_or_town(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Polish troops moved from Orzysz to Lithuania.", [(("poland",), ("lithuania",))]),
        ("Germany will assign two minehunters from Kiel to a standing mine countermeasures group.", [(("germany",), ())]),
        ("Dutch jets flew from Leeuwarden to Ämari.", [(("netherlands",), ("estonia",))]),
        # where forces fly or operate from is their base, whatever follows
        ("Dutch F-35s operated from Ämari to patrol the Baltic.", [(("netherlands",), ("estonia",))]),
        ("Italian F-35s flew from Šiauliai from December to March.", [(("italy",), ("lithuania",))]),
    ],
)
def test_a_place_forces_leave_for_another_is_not_their_host(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sweden will add two corvettes to the task group.", [(("sweden",), ())]),
        ("Denmark and Norway will each add one minehunter in turn.", [(("denmark", "norway"), ())]),
        ("Germany will assign two mine countermeasure vessels from its Kiel base to the new group.", [(("germany",), ())]),
        ("The ministers added a new paragraph to the statement.", []),
    ],
)
def test_forces_added_or_assigned_to_a_group_are_a_deployment(sentence: str, expected: list[object]) -> None:
    drafts = drafts_of(sentence)
    assert deployments_of(drafts) == expected
    assert not drafts.commitments


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Bundeswehr leads the multinational battlegroup in Lithuania.", [(("germany",), ("lithuania",))]),
        ("The Royal Navy sent two minehunters to Estonia.", [(("united-kingdom",), ("estonia",))]),
    ],
)
def test_a_service_stands_for_its_country(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "KARLSKRONA, Sweden -- Four unmanned vessels assigned to Task Force 66 arrived at Karlskrona Naval Base on Monday.",
            [(("united-states",), ("sweden",))],
        ),
        ("Two minehunters attached to the Royal Navy will operate from Liepāja.", [(("united-kingdom",), ("latvia",))]),
    ],
)
def test_a_service_owns_forces_and_never_hosts_them(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        (
            (
                "Russia has pulled troops out of Kaliningrad, but its Iskander brigade remains in place, according to Lithuanian "
                "military intelligence assessments."
            ),
            ("russia",),
        ),
        ("Russia deployed two S-400 regiments to Grodno, according to Polish satellite imagery.", ("russia",)),
        # a speaker who is no observer still speaks for the force
        ("A battalion will be deployed to Latvia next year, the Danish minister said.", ("denmark",)),
    ],
)
def test_a_source_that_observes_forces_does_not_own_them(sentence: str, owners: tuple[str, ...]) -> None:
    assert [owned for owned, _ in deployments_of(drafts_of(sentence))] == [owners]


def test_forces_no_party_owns_are_not_credited_to_the_observer() -> None:
    sentence = "Two S-400 regiments have been deployed to Grodno in Belarus, according to Polish satellite imagery."
    assert all("poland" not in owned for owned, _ in deployments_of(drafts_of(sentence)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Šiauliai has hosted NATO's air policing mission since 2004.", [(("nato",), ("lithuania",))]),
        ("Šiauliai has hosted the NATO air policing mission since 2004.", [(("nato",), ("lithuania",))]),
        ("Ämari hosts German jets this spring.", [(("germany",), ("estonia",))]),
        # a formation named for its host
        ("The Canadian-led NATO Multinational Brigade Latvia has about 3,000 soldiers.", [(("canada", "nato"), ("latvia",))]),
        ("NATO's Battlegroup Poland is led by the United States.", [(("nato", "united-states"), ("poland",))]),
    ],
)
def test_a_base_hosting_forces_or_a_formation_named_for_its_host_names_the_host(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Polish Armed Forces will increase their presence at Ādaži to 400 personnel.", [(("poland",), ("latvia",))]),
        ("Next year the Royal Navy will raise its presence in Estonia to three minehunters.", [(("united-kingdom",), ("estonia",))]),
    ],
)
def test_a_service_as_subject_owns_the_force_without_a_force_noun_after_it(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Finland will send about 500 more soldiers to its eastern border.", [(("finland",), ("finland",))]),
        ("Lithuania's army would move 300 troops to the border within a day, its commander said.", [(("lithuania",), ("lithuania",))]),
        ("Sweden keeps two brigades at home.", [(("sweden",), ("sweden",))]),
        ("Moscow responded by moving extra missile batteries to the Kaliningrad region.", [(("russia",), ("russia",))]),
        # an organisation has no soil of its own, and a border named with its neighbour is not said to be the owner's
        ("NATO will send more troops to the border.", [(("nato",), ())]),
        ("German troops will move to the border with Russia.", [(("germany",), ())]),
        # a negated opening of one's territory deploys nothing
        ("Norway will not open its territory to foreign troops.", []),
    ],
)
def test_a_states_own_forces_at_home_name_it_as_host(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia has formed two new divisions near Finland and moved Iskander missiles into Kaliningrad.", [(("russia",), ("russia",))]),
        ("Denmark has built a new naval base and moved three frigates into Estonia.", [(("denmark",), ("estonia",))]),
    ],
)
def test_a_clause_after_and_shares_its_subject_as_owner(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Allies agreed at their summit last year to place four battlegroups in Poland.", [(("nato",), ("poland",))]),
        ("Sweden decided in March to keep a battalion in Latvia.", [(("sweden",), ("latvia",))]),
    ],
)
def test_the_subject_owns_forces_no_party_qualifies(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "deployments", "commitments"),
    [
        ("Allies agreed at their summit last year to place four battlegroups in Poland.", [(("nato",), ("poland",))], []),
        ("Sweden decided in March to keep a battalion in Latvia.", [(("sweden",), ("latvia",))], []),
        ("Denmark will place a battalion in Latvia from 2026.", [(("denmark",), ("latvia",))], []),
        ("The meeting of Nordic ministers took place in Riga on Monday.", [], []),
        ("Norway agreed in Oslo to raise defence spending.", [], [("norway",)]),
    ],
)
def test_an_undertaking_to_deploy_is_the_deployment_even_with_an_adverbial_between(
    sentence: str, deployments: list[object], commitments: list[tuple[str, ...]]
) -> None:
    drafts = drafts_of(sentence)
    assert deployments_of(drafts) == deployments
    assert parties_of(drafts) == commitments


def test_a_force_named_as_known_takes_the_owner_of_its_antecedent() -> None:
    drafts = drafts_of(
        "A German brigade will be stationed in Lithuania.",
        "Its commander met the press on Monday.",
        "The brigade's headquarters will open in Rukla next year.",
    )
    assert deployments_of(drafts) == [(("germany",), ("lithuania",))]
    assert [e.paragraph for e in drafts.deployments[0].evidence] == [3, 5]


def test_an_antecedent_too_far_back_is_not_taken() -> None:
    far = drafts_of(
        "A German brigade will be stationed in Lithuania.",
        "Ministers met in Vilnius.",
        "Talks turned to budgets.",
        "No decision was taken.",
        "The brigade's headquarters will open in Rukla next year.",
    )
    assert deployments_of(far) == [(("germany",), ("lithuania",)), ((), ("lithuania",))]


@pytest.mark.parametrize(
    ("sentence", "owner", "host"),
    [
        ("Since March, NATO's new Harbour Watch mission has patrolled off Liepāja.", "nato", "latvia"),
        ("An EU naval mission has been escorting cargo ships off Klaipėda since January.", "eu", "lithuania"),
    ],
)
def test_a_launched_mission_is_a_deployment(sentence: str, owner: str, host: str) -> None:
    ((owners, hosts),) = deployments_of(drafts_of(sentence))
    assert owner in owners
    assert host in hosts


# ---------------------------------------------------------------- publication date


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The exercise has been held every year since 1971.", "Swedish ships will join it again."),
        ("Two cables were damaged on 25 December 2024.", "Finland said it would patrol the Gulf of Finland."),
        ("Estonia will buy more drones.",),
    ],
)
def test_an_undated_text_yields_no_date_and_says_so(paragraphs: tuple[str, ...]) -> None:
    drafts = drafts_of(*paragraphs, published=None)
    assert drafts.source is None
    assert drafts.published is None
    assert "no publication date" in drafts.note
    assert all(c.made_on is None for c in drafts.commitments)
    with pytest.raises(IngestError, match="published"):
        drafts.to_data()


def test_a_date_given_by_the_caller_is_the_publication_date() -> None:
    doc = ingest.parse("Defence news\nTwo cables were damaged on 25 December 2024.\nFinland will buy more sea mines.")
    drafts = ingest.draft(doc, dataset=bs.dataset(), published="2025-01-03")
    assert drafts.source is not None
    assert str(drafts.source.published) == "2025-01-03"
    assert [str(c.made_on) for c in drafts.commitments] == ["2025-01-03"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Exercise Iron Fjord 2025 begins today with Norwegian ships.", "2025-06-04"),  # the document's date is Wednesday 4 June
        ("Exercise Iron Fjord 2025 will start on Friday with Norwegian ships.", "2025-06-06"),
        ("Exercise Iron Fjord 2025 started on Monday with Norwegian ships.", "2025-06-02"),
        ("Exercise Iron Fjord 2025 starts tomorrow with Norwegian ships.", "2025-06-05"),
    ],
)
def test_relative_dates_use_the_documents_date(sentence: str, start: str) -> None:
    (exercise,) = drafts_of(sentence).exercises
    assert str(exercise.start) == start


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Germany will keep 500 troops in Lithuania until 2027.", None, "2027"),
        ("Germany will station 4,800 troops in Lithuania by 2027.", None, None),  # a deadline says nothing of the start
        ("German jets were at Ämari from 3 April to 30 July 2025.", "2025-04-03", "2025-07-30"),
        ("German jets were at Ämari from April to July 2025.", None, "2025-07"),  # the start has no year: left out
        ("In 2019, Germany announced that it would deploy troops to Lithuania in 2027.", "2027", None),
        ("Dutch jets have been at Ämari since March 2025.", "2025-03", None),
    ],
)
def test_a_deployments_dates_are_read_by_the_words_before_them(sentence: str, start: str | None, end: str | None) -> None:
    (deployment,) = drafts_of(sentence).deployments
    assert (str(deployment.start) if deployment.start else None, str(deployment.end) if deployment.end else None) == (start, end)


def test_relative_dates_are_not_read_without_the_documents_date() -> None:
    (exercise,) = drafts_of("Exercise Iron Fjord 2025 begins today with Norwegian ships.", published=None).exercises
    assert exercise.start is None


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("roughly 4.500 sailors", "about 4,500 troops"),
        ("some 12.000 troops", "about 12,000 troops"),
        ("$2bn", "2,000,000,000 USD"),
        ("€500m", "500,000,000 EUR"),
        ("€1.2bn", "1,200,000,000 EUR"),
        ("0,5% of GDP", "0.5% of GDP"),
        ("40-50 troops", "at least 40 troops"),
        ("between 40 and 50 troops", "at least 40 troops"),
        ("Nineteen Allies", "19 allies"),
        ("two more vessels", "2 vessels"),
    ],
)
def test_numbers_as_sources_write_them(text: str, expected: str) -> None:
    assert [str(q.quantity) for q in ingest.find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "F-16 jets",
        "four F-35 aircraft took off",
        "MiG-29 aircraft",
        "the CV90 vehicles",
        "a unit equipped with RBS 70 NG systems",
        "two batteries of PAC 3 missiles",
        "IRIS-T SLM 40 systems",
    ],
)
def test_a_model_number_is_not_a_count(text: str) -> None:
    assert all(q.quantity.value not in (16, 35, 29, 90, 70, 3, 40) for q in ingest.find_quantities(text))


@pytest.mark.parametrize(("text", "count"), [("US 800 troops arrived", 800), ("NATO has 300 jets", 300), ("about 150 soldiers", 150)])
def test_a_count_after_a_short_name_in_capitals_is_still_a_count(text: str, count: int) -> None:
    assert [q.quantity.value for q in ingest.find_quantities(text)] == [count]


# A range is written in many layouts, and for every kind of amount; alone, either end would state as exact what the
# source gives as a range ("between 5 and 6 percent of GDP" was drafted as 6% of GDP).
RANGE_LAYOUTS = ["{p}{a}-{b}", "{p}{a}\u2013{b}", "{p}{a} to {p}{b}", "between {p}{a} and {p}{b}", "{p}{a} or {p}{b}"]
# (sign, words after the range): unit, scale
RANGE_AMOUNTS = {
    ("", "% of GDP"): (bs.Unit.PERCENT_GDP, 1),
    ("", " per cent of GDP"): (bs.Unit.PERCENT_GDP, 1),
    ("", " percent of its GDP"): (bs.Unit.PERCENT_GDP, 1),
    ("€", " billion"): (bs.Unit.EUR, 1_000_000_000),
    ("", " million euros"): (bs.Unit.EUR, 1_000_000),
    ("$", "bn"): (bs.Unit.USD, 1_000_000_000),
    ("", " troops"): (bs.Unit.TROOPS, 1),
    ("", " German soldiers"): (bs.Unit.TROOPS, 1),
    ("", " vessels"): (bs.Unit.VESSELS, 1),
}


@given(
    a=st.integers(min_value=1, max_value=999),
    step=st.integers(min_value=1, max_value=500),
    layout=st.sampled_from(RANGE_LAYOUTS),
    amount=st.sampled_from(sorted(RANGE_AMOUNTS)),
)
def test_a_range_states_its_lower_end_in_every_layout(a: int, step: int, layout: str, amount: tuple[str, str]) -> None:
    """Ends up to ten times apart give the lower end, at least; ends further apart, which may share an unwritten scale
    ("40 or 50,000 troops"), give no amount at all."""
    sign, words = amount
    b = a + step
    text = "The ministry said it would commit " + layout.format(p=sign, a=a, b=b) + words + " next year."
    unit, scale = RANGE_AMOUNTS[amount]
    found = ingest.find_quantities(text)
    expected = [bs.Quantity(value=a * scale, unit=unit, qualifier=bs.Qualifier.AT_LEAST)] if b <= 10 * a else []
    assert [q.quantity for q in found] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 5 and 6 percent of GDP", "at least 5% of GDP"),
        ("between 5% and 6% of its GDP", "at least 5% of GDP"),
        ("€1 billion to €2 billion", "at least 1,000,000,000 EUR"),
        ("2,000 troops or 3,000 troops", "at least 2,000 troops"),
        # a change: where it ends is the amount, where it starts none
        ("from 2 to 3 percent of GDP", "3% of GDP"),
        ("from €1 billion to €2 billion", "2,000,000,000 EUR"),
        ("by 0.5 to 2.5% of GDP", "2.5% of GDP"),
        # a year beside a figure is no end of a range
        ("raise spending in 2026 to 2.5% of GDP", "2.5% of GDP"),
        ("3% of GDP to 2030", "3% of GDP"),
        ("€500 million to Ukraine", "500,000,000 EUR"),
        # two figures joined by "and" without "between" are two amounts
        ("3 and 14 ships", "14 vessels"),
    ],
)
def test_what_a_range_or_a_change_states(text: str, expected: str) -> None:
    assert [str(q.quantity) for q in ingest.find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other end after a figure must be an amount of the same kind (a reviewer's sentences)
        ("Germany will add 200 soldiers to 1,500 already stationed in Lithuania.", ["200 troops"]),
        ("Denmark sent 2 F-16 jets to 3 Baltic airfields.", ["2 aircraft"]),
        ("Norway sent 2 frigates or 40% of its surface fleet to the Baltic Sea.", ["2 vessels"]),
        ("Poland sent 2 brigades - 10,000 soldiers - to the border.", ["2 brigades", "10,000 troops"]),
        ("Canada will increase its contingent of 1,000 soldiers to 2,200.", ["1,000 troops"]),
        ("The fund pays €1 billion to 3 airfields.", ["1,000,000,000 EUR"]),
        # ends far apart may share an unwritten scale: no amount rather than a guess
        ("Russia could mass 40 or 50,000 troops on the border.", []),
        ("Between 30 and 40,000 troops took part.", []),
        ("The plan costs €5 million to 2 billion euros.", []),
        # a change ends at its second figure, for every kind of amount; a range verb makes "from" a range
        ("Germany will increase its brigade in Lithuania from 1,000 to 1,500 troops.", ["1,500 troops"]),
        ("Finland will increase its army by 3,000 to 20,000 soldiers.", ["20,000 troops"]),
        ("Lithuania pledged to raise spending from 2% of GDP to 3% of GDP.", ["3% of GDP"]),
        ("Estimates of its eventual size range from 8,000 to 15,000 troops.", ["at least 8,000 troops"]),
        ("Estimates vary from 2 to 3 percent of GDP.", ["at least 2% of GDP"]),
        ("The drills ran from 16 to 27 March with troops from six allies.", ["6 allies"]),
        # "or" after "from" or "by" is a range, not a change
        ("The convoy was escorted by 2 or 3 German frigates.", ["at least 2 vessels"]),
        ("Troops from 3 or 4 allies joined.", ["at least 3 allies"]),
        # number words, and a scale both ends share
        ("Germany will send one or two frigates.", ["at least 1 vessels"]),
        ("Two or three thousand troops will follow.", ["at least 2,000 troops"]),
        # an open end after the figure
        ("Estonia will keep 1,000 troops or more at Tapa.", ["at least 1,000 troops"]),
        ("Latvia will spend 5% of GDP or more on defence.", ["at least 5% of GDP"]),
        ("The company has 150 soldiers or fewer.", ["at most 150 troops"]),
        # dates and times are no counts
        ("From 1 to 11 September the minehunters swept the bay.", []),
        ("Within 15 minutes Polish jets were scrambled.", []),
        ("For three winters British troops have trained in Estonia.", []),
    ],
)
def test_review_of_ranges_and_counts(text: str, expected: list[str]) -> None:
    assert [str(q.quantity) for q in ingest.find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people at an event are no forces hosted
        ("Lithuania hosted 2,000 participants from NATO forces at a conference on drones.", []),
        # a state's own side of a border it withdraws from is no host
        ("Russia withdrew 1,500 troops from the Finnish border to Ukraine.", [(("russia",), ("ukraine",))]),
        ("Germany will withdraw a Stryker company from Lithuania.", [(("germany",), ("lithuania",))]),
    ],
)
def test_review_of_hosts_with_grouped_counts(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize("time", ["years", "months", "weeks", "days"])
@pytest.mark.parametrize("joint", ["after", "since", "before"])
def test_a_time_before_the_forces_is_no_count_of_them(time: str, joint: str) -> None:
    text = f"Six {time} {joint} British soldiers first arrived at Tapa, the brigade is larger."
    assert ingest.find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from 3 to 14 May 2025", "2025-05-03", "2025-05-14"),
        ("between 3 and 14 May 2025", "2025-05-03", "2025-05-14"),
        ("from 28 April to 14 May 2025", "2025-04-28", "2025-05-14"),
    ],
)
def test_date_ranges_in_words(text: str, start: str, end: str) -> None:
    (found,) = ingest.find_dates(text)
    assert (str(found.date), str(found.end)) == (start, end)


# ---------------------------------------------------------------- page furniture and attribution


@pytest.mark.parametrize("crumb", ["You are here", "You are here: Home / News", "Home > News > Defence", "Home » Press » 2025"])
def test_a_breadcrumb_is_never_the_title(crumb: str) -> None:
    doc = ingest.parse(f"{crumb}\nLatvia orders new radars\nRiga will buy radars.")
    assert doc.paragraphs[0].furniture == "breadcrumb"
    assert doc.metadata.title is not None
    assert doc.metadata.title.value == "Latvia orders new radars"


@pytest.mark.parametrize(
    "line",
    [
        'Related: UK brigade for Estonia: what "held at readiness" means | Estonia orders more HIMARS rocket launchers for its army',
        "Read more: Latvia will buy more air defence systems, the minister says, as the war in Ukraine goes on",
        "See also: Poland to spend 4.7% of GDP on defence next year",
    ],
)
def test_a_line_of_related_links_is_furniture_however_long(line: str) -> None:
    doc = ingest.parse(f"Defence news\nPublished: 2025-06-04\nFinland held a drill.\n{line}")
    assert doc.paragraphs[-1].furniture == "read-more link"
    assert not ingest.draft(doc, dataset=bs.dataset()).commitments


def test_repeated_photo_captions_are_furniture() -> None:
    caption = "Soldiers unload vehicles at the port. Photo: Army press office"
    doc = ingest.parse(f"Title\n{caption}\nEstonia will buy drones.\n{caption}\nLatvia will buy radars.")
    assert [p.furniture for p in doc.paragraphs] == [None, "photo caption", None, "photo caption", None]
    doc = ingest.parse("Title\nTroops in the field\nEstonia will buy drones.\nTroops in the field\nLatvia will buy radars.")
    assert [p.furniture for p in doc.paragraphs] == [None, "repeated line", None, "repeated line", None]


@pytest.mark.parametrize(("line", "date"), [("3. March 2022 - 10:15", "2022-03-03"), ("14. June 2024, 08:00", "2024-06-14")])
def test_a_date_line_with_a_dotted_day_is_not_a_point(line: str, date: str) -> None:
    doc = ingest.parse(f"Title\n{line}\nText.")
    assert doc.paragraphs[1].label is None
    assert doc.paragraphs[1].meta == "date"
    assert str(doc.metadata.dates[0].date) == date


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Poland will send more troops to Lithuania, said General John Q. Smith.", "General John Q. Smith"),
        ("Poland will send more troops to Lithuania, Rear Admiral Anne-Marie de Vries said.", "Rear Admiral Anne-Marie de Vries"),
        ('"Poland will send more troops to Lithuania," said Lt. Col. Jan K. Nowak.', "Lt. Col. Jan K. Nowak"),
    ],
)
def test_attributions_keep_whole_names_with_initials_and_titles(sentence: str, who: str) -> None:
    (deployment,) = drafts_of(sentence).deployments
    assert deployment.evidence[0].attribution == who


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven navies \u2013 with Greece and Spain added this year \u2013 will deploy ships to Estonia.",
        "The coalition (with Portugal and Italy added last month) will deploy ships to Estonia.",
    ],
)
def test_an_aside_listing_countries_is_not_an_attribution(sentence: str) -> None:
    for record in drafts_of(sentence).facts():
        assert all(e.attribution is None for e in record.evidence)


# A weekday takes the tense of the verb nearest before it in its sentence, not of any verb before it.
NEAREST_TENSE = [
    ("The navy began its autumn drill in the Gulf of Finland on Tuesday", "2026-09-15"),
    ("The drill, which is due to run until 20 September 2026, began on Tuesday", "2026-09-15"),
    ("Minesweepers left Tallinn in the morning and will reach Kiel on Tuesday", "2026-09-22"),
    ("The contingent is to start its rotation on Tuesday", "2026-09-22"),
]


@pytest.mark.parametrize(("text", "day"), NEAREST_TENSE, ids=[t for t, _ in NEAREST_TENSE])
def test_a_weekday_takes_the_tense_of_its_nearest_verb(text: str, day: str) -> None:
    thursday = datetime.date(2026, 9, 17)
    found = [str(d.date) for d in extract.find_dates(text, today=thursday) if d.text.lower().endswith("tuesday")]
    assert found == [day]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ship's prefix names its navy's country; NATO's standing groups are NATO's forces
        ("The frigate HDMS Niels Juel is deployed with Standing NATO Maritime Group 1 in the Baltic Sea.", [(("denmark", "nato"), ())]),
        ("The minehunter HNLMS Makkum is deployed with SNMCMG1 off Estonia.", [(("nato", "netherlands"), ())]),
        ("The destroyer USS Paul Ignatius is deployed to Gdynia.", [(("united-states",), ("poland",))]),
    ],
)
def test_ship_prefixes_and_standing_groups_name_their_owners(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Germany's Baltic brigade: what we know", "The ministers met in Vilnius on Monday."),
        ("Minister, the German brigade is arriving in Lithuania. What is left to do?",),
        ("Will Dutch jets be stationed at Šiauliai next year?",),
    ],
)
def test_headings_and_an_interviewers_questions_state_no_deployment(paragraphs: tuple[str, ...]) -> None:
    assert drafts_of(*paragraphs).deployments == ()


@pytest.mark.parametrize(
    ("sentence", "participants"),
    [
        ("The Baltic Falcon exercise will test air defence units in all three Baltic states.", ("estonia", "latvia", "lithuania")),
        (
            "Exercise Nordic Gate 2025 brings together troops from the Nordic countries.",
            ("denmark", "finland", "iceland", "norway", "sweden"),
        ),
    ],
)
def test_a_collective_name_takes_part_in_an_exercise_with_all_its_members(sentence: str, participants: tuple[str, ...]) -> None:
    (exercise,) = drafts_of(sentence).exercises
    assert tuple(sorted(p.actor for p in exercise.participants)) == participants


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Four Polish F-16 jets arrived at Šiauliai this week.", "The Polish contingent of about 140 airmen will stay until December."),
            [(("poland",), ("lithuania",))],
        ),
        (
            ("Germany deployed 800 troops to Lithuania in May.", "The German battalion will stay there until 2027."),
            [(("germany",), ("lithuania",))],
        ),
    ],
)
def test_a_force_named_as_known_stays_where_it_was_drafted(paragraphs: tuple[str, ...], expected: list[object]) -> None:
    assert deployments_of(drafts_of(*paragraphs)) == expected


TRANSCRIPT = (
    "Transcript: Defence Minister Juris Kalnins on Latvia's army",
    "HOST: My guest is the Minister of Defence, Juris Kalnins. Latvia borders Russia and Belarus.",
    "HOST: Will Latvia buy more air defence?",
    "KALNINS: {answer}",
    "HOST: And Latvia's budget?",
)


@pytest.mark.parametrize(
    "answer", ["Yes. We will sign a joint order with Estonia this year.", "Next year we will spend 3.5% of GDP on defence."]
)
def test_a_transcripts_speaker_label_speaks_for_the_state_the_document_is_about(answer: str) -> None:
    paragraphs = [line.format(answer=answer) for line in TRANSCRIPT]
    assert [c.parties for c in drafts_of(*paragraphs).commitments] == [("latvia",)]


def test_a_speaker_with_no_party_and_no_clear_home_state_drafts_nothing() -> None:
    paragraphs = (
        "HOST: My guest is the Minister of Defence, Juris Kalnins.",
        "HOST: Estonia, Latvia and Lithuania meet today. What next?",
        "KALNINS: We will spend 3.5% of GDP on defence next year.",
    )
    assert drafts_of(*paragraphs).commitments == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Lithuania will buy 44 Leopard tanks to equip its heavy battalion.",
        "Estonia plans to acquire rocket launchers for its artillery brigade.",
    ],
)
def test_a_purchase_for_a_unit_is_an_undertaking_not_a_deployment(sentence: str) -> None:
    drafts = drafts_of(sentence)
    assert drafts.deployments == ()
    assert len(drafts.commitments) == 1


@pytest.mark.parametrize(
    ("text", "name", "edition"),
    [
        ("Exercise Boreal Lynx 2019 will be the largest yet.", "Boreal Lynx 2019", 2019),
        ("Troops will test the corridor in Exercise Iron Junction 26.", "Iron Junction 26", 2026),
        ("The navy opened exercise Cold Harbour 24, with ten ships.", "Cold Harbour 24", 2024),
        ("The drill Exercise Spring Storm drew 25,000 troops.", "Spring Storm", None),
    ],
)
def test_an_exercises_name_drops_the_word_and_keeps_a_two_digit_edition(text: str, name: str, edition: int | None) -> None:
    assert [(n.name, n.edition) for n in extract.find_exercise_names(text)] == [(name, edition)]


@pytest.mark.parametrize(
    ("paragraph", "participants"),
    [
        (
            (
                "Troops will test the corridor in Exercise Iron Junction 26. An armoured battalion of the US Army will "
                "travel to Lithuania, supported by soldiers from Poland and Latvia."
            ),
            {"latvia", "lithuania", "poland", "united-states"},
        ),
        (
            "Exercise Boreal Lynx 2019 will be the largest yet. British, Danish and French units will fight alongside the reservists.",
            {"denmark", "france", "united-kingdom"},
        ),
    ],
)
def test_the_rest_of_the_paragraph_naming_an_exercise_describes_it(paragraph: str, participants: set[str]) -> None:
    drafts = drafts_of(paragraph)
    (exercise,) = drafts.exercises
    assert {p.actor for p in exercise.participants} == participants
    assert drafts.deployments == ()


def test_the_end_of_the_year_is_not_an_exercises_end() -> None:
    drafts = drafts_of("Exercise Cold Harbour 2025 starts on 7 June.", "Latvia will sign a radar contract before the end of this year.")
    (exercise,) = drafts.exercises
    assert [e.paragraph for e in exercise.evidence] == [3]
    assert [c.parties for c in drafts.commitments] == [("latvia",)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "in it", "to it": the force just drafted, where it is
        (
            "The multinational brigade in Latvia is led by Canada. A Swedish battalion has served in it since 2025.",
            [(("canada",), ("latvia",)), (("sweden",), ("latvia",))],
        ),
        # forces no party qualifies belong to the paragraph's previous subject
        (
            "The Luftwaffe took over the air policing mission on Monday. Six Eurofighters and 180 airmen were relocated to Ämari.",
            [(("germany",), ("estonia",))],
        ),
        (
            "Norway is sending more help. About 200 soldiers will be based in Rukla from May.",
            [(("norway",), ("lithuania",))],
        ),
        # a state's forces at a border it shares stand on its own side
        ("Poland will send 2,000 more Polish soldiers to the Polish-Belarusian border.", [(("poland",), ("poland",))]),
    ],
)
def test_owners_and_hosts_carried_within_a_paragraph(paragraph: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(paragraph)) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Sweden will lead the new land force in Finland and send up to 1,200 soldiers to Lapland.",),
        ("Germany plans to station a brigade of 4,800 troops in Lithuania by 2027.",),
    ],
)
def test_the_future_of_a_deployment_is_the_planned_deployment_not_also_an_undertaking(paragraphs: tuple[str, ...]) -> None:
    drafts = drafts_of(*paragraphs)
    assert drafts.commitments == ()
    assert len(drafts.deployments) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Should the situation so require, the ministers may decide to raise readiness.",
        "Denmark has not yet decided whether it will take part.",
        "The force is expected to be based around Rovaniemi, two officials said.",
        "The brigade is planned to reach full strength in 2027.",
    ],
)
def test_possibilities_open_questions_and_forces_plans_are_not_undertakings(sentence: str) -> None:
    assert drafts_of(sentence).commitments == ()


def test_a_contribution_joins_the_force_just_drafted() -> None:
    drafts = drafts_of("Sweden will send 1,200 soldiers to Finland from 2026.", "Norway will contribute a company of about 150 soldiers.")
    assert deployments_of(drafts) == [(("sweden",), ("finland",)), (("norway",), ("finland",))]


def test_a_quotation_naming_forces_with_no_verb_place_or_number_is_no_deployment() -> None:
    drafts = drafts_of('"This is not a tripwire. It is a force that will train with our brigades every week," Halonen said.')
    assert drafts.deployments == ()


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        # an unnamed national institution stands for the state the document is about
        (
            (
                "Sweden will send troops to Finland, Sweden's minister said.",
                "Sweden also keeps a battalion in Latvia.",
                "The government has also proposed raising defence spending to 3.5% of GDP by 2030.",
            ),
            [("sweden",)],
        ),
        # a purchase planned in a sentence about an exercise is still an undertaking
        (
            (
                "Exercise Cold Harbour 2025 began in Klaipėda.",
                "Lithuania, which plans to buy two new minehunters by 2027, provided the harbour for the exercise.",
            ),
            [("lithuania",)],
        ),
        # materiel for Ukraine is aid, an undertaking, not a deployment
        (("This year Latvia will send Ukraine several thousand more interceptor drones.",), [("latvia",)]),
    ],
)
def test_undertakings_by_institutions_in_exercise_sentences_and_of_aid(paragraphs: tuple[str, ...], parties: list[object]) -> None:
    drafts = drafts_of(*paragraphs)
    assert [c.parties for c in drafts.commitments] == parties
    assert not [d for d in drafts.deployments if "ukraine" in d.hosts]


def test_a_time_given_by_an_exercise_does_not_make_a_sentence_part_of_it() -> None:
    drafts = drafts_of(
        "Exercise Coastal Spear 25 ends on Friday.",
        "Once the exercise is over, two German minehunters will stay in the Gulf of Finland until December.",
    )
    assert deployments_of(drafts) == [(("germany",), ())]  # waters are an area, not a host
    assert drafts.deployments[0].area == "Gulf of Finland"
    assert [p.actor for p in drafts.exercises[0].participants] == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        # building or buying for forces is not placing them; a build-up still is
        ("Estonia will lengthen the runway at Ämari and build new shelters for Allied aircraft by 2026.",),
        # forces wished for or enabled are not there
        ("Some Baltic officials had hoped for permanent American troops in Latvia, one diplomat said.",),
        ("The Commission will fund projects that let Allied forces move quickly to Poland.",),
        # a place in an attribution is where the speaker is, not a host
        ("Some officials wanted American equipment, a senior diplomat in Riga said.",),
        # a person based somewhere is not a force
        ("Marta Kowalczyk is the Europe correspondent, based in Warsaw.",),
    ],
)
def test_no_deployment_where_no_forces_are_placed(paragraphs: tuple[str, ...]) -> None:
    assert drafts_of(*paragraphs).deployments == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "NATO agreed to station four battalions in Estonia, Latvia, Lithuania and Poland, the largest build-up in a generation.",
            [(("nato",), ("estonia", "latvia", "lithuania", "poland"))],
        ),
        (
            "The U.S. Army rotates a company of about 150 paratroopers through each of the Baltic states.",
            [(("united-states",), ("estonia", "latvia", "lithuania"))],
        ),
        ("The United States will pre-position tanks and howitzers in Poland.", [(("united-states",), ("poland",))]),
        (
            "Lithuania sent about 300 troops to the border districts after the government declared an emergency there.",
            [(("lithuania",), ("lithuania",))],
        ),
    ],
)
def test_hosts_through_each_of_prepositioned_stocks_and_own_border_first(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Poland will station a battalion of 800 soldiers near Gołdap.", [(("poland",), ("poland",))]),
        ("Denmark will deploy an air defence battery on Zealand.", [(("denmark",), ("denmark",))]),
        ("Russia has deployed Iskander launchers near Chernyakhovsk.", [(("russia",), ("russia",))]),
        ("Swedish soldiers are stationed at Berga.", [(("sweden",), ("sweden",))]),
        ("Finnish and Swedish ships will patrol the Åland Sea.", [(("finland", "sweden"), ())]),
    ],
)
def test_more_bases_towns_and_islands_name_their_country(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_a_force_going_home_starts_no_deployment() -> None:
    drafts = drafts_of("Danish F-16 jets flew from Šiauliai for four months. The detachment returned to Skrydstrup in December.")
    assert deployments_of(drafts) == [(("denmark",), ("lithuania",))]


SITE_PAGE = (
    "Ministry of Defence",
    "Home > News > Press releases",
    "Advance party of German brigade arrives in Lithuania",
    "Published: 2024-04-08",
    "Ministers met in Vilnius on Monday.",
    "Talks turned to budgets.",
    "No decision was taken.",
    "The brigade will reach 4,800 soldiers by 2027, with units based in Rūdninkai and Rukla.",
)


def test_the_headline_under_a_sites_name_and_breadcrumb_names_whose_the_brigade_is() -> None:
    doc = ingest.parse("\n".join(SITE_PAGE))
    assert doc.metadata.title is not None
    assert doc.metadata.title.value == "Advance party of German brigade arrives in Lithuania"
    assert deployments_of(ingest.draft(doc, dataset=bs.dataset())) == [(("germany",), ("lithuania",))]


@pytest.mark.parametrize(
    ("text", "name", "edition"),
    [
        ("The corps began Amber Bastion 24 (AMBA24), a computer-assisted command post exercise.", "Amber Bastion 24", 2024),
        ("The destroyer arrived before Baltic Operations (BALTOPS) 26, the premier maritime exercise.", "BALTOPS 26", 2026),
        ("Yes, Iron Wolf 2019-II ended last week after a week-long exercise.", "Iron Wolf 2019-II", 2019),
    ],
)
def test_editions_set_off_by_an_apposition_or_a_part(text: str, name: str, edition: int) -> None:
    assert [(n.name, n.edition) for n in extract.find_exercise_names(text)] == [(name, edition)]


@pytest.mark.parametrize("text", ["The Defence Strategy 2030 was adopted.", "Ministers met at the Vilnius Summit 2023."])
def test_a_plan_or_a_meeting_with_a_year_is_no_exercise(text: str) -> None:
    assert extract.find_exercise_names(text, headline=True) == ()


def test_a_named_edition_in_a_paragraph_about_an_exercise_and_its_later_mentions() -> None:
    drafts = drafts_of(
        "In June we host Amber Lance 2020. It will be the biggest exercise in Lithuania, with troops from Poland.",
        "Amber Lance 2020 will end on 20 June.",
    )
    (exercise,) = drafts.exercises
    assert exercise.name == "Amber Lance 2020"
    assert [e.paragraph for e in exercise.evidence] == [3, 4]


def test_the_one_person_an_interview_names_speaks_its_our_and_a_paragraphs_forces_are_one() -> None:
    drafts = drafts_of(
        "General Mads Holm has been Chief of Defence since 2024. Denmark is buying more jets.",
        "And in the air?",
        "From April four of our F-35s will fly air policing from Ämari in Estonia. It is the first time Danish F-35s do that.",
        "Denmark will also keep its frigates at home, Denmark said.",
    )
    assert (("denmark",), ("estonia",)) in deployments_of(drafts)
    assert len([d for d in drafts.deployments if "estonia" in d.hosts]) == 1


def test_the_base_and_the_island_name_the_place_just_named() -> None:
    drafts = drafts_of(
        "German Eurofighters have been relocated to Ämari.",
        "They relieve Belgian F-16 jets that had been stationed at the base since August.",
    )
    assert deployments_of(drafts) == [(("germany",), ("estonia",)), (("belgium",), ("estonia",))]


def test_an_answer_places_its_forces_where_the_question_asked_about() -> None:
    drafts = drafts_of(
        "HOST: Last month American tanks came to Pabradė. What exactly arrived?",
        "GUEST: An armoured battalion of the US Army, about 500 soldiers with Abrams tanks.",
    )
    assert deployments_of(drafts) == [(("united-states",), ("lithuania",))]


@pytest.mark.parametrize(
    ("point", "parties"),
    [
        ("3. In 2025 Lithuania and Poland will jointly train four Ukrainian battalions.", [("lithuania", "poland")]),
        ("4. Lithuania commits 0.25 per cent of its gross domestic product annually to Ukraine.", [("lithuania",)]),
        # a point that opens with its verb speaks for the signatories, whoever it names before its cue
        ("5. Welcomed the new US Administration and look forward to closer cooperation.", [("lithuania", "poland", "ukraine")]),
    ],
)
def test_a_numbered_points_subject_after_an_adverbial_or_with_an_amount(point: str, parties: list[object]) -> None:
    text = ["Joint statement", "Published: 2025-02-04", "The ministers of Lithuania, Poland and Ukraine met in Lublin.", point]
    drafts = ingest.draft(ingest.parse("\n".join(text)), dataset=bs.dataset())
    assert parties_of(drafts) == parties


def test_a_comma_after_an_opening_phrase_is_no_list() -> None:
    drafts = drafts_of("In Estonia, the Italian Air Force keeps four Eurofighters at Ämari.")
    assert deployments_of(drafts) == [(("italy",), ("estonia",))]


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("Since March, NATO's new Harbour Watch mission has patrolled the Gulf of Riga.", "Gulf of Riga"),
        ("Two German minehunters will stay in the Gulf of Finland until December.", "Gulf of Finland"),
    ],
)
def test_waters_are_an_area_not_a_host(sentence: str, area: str) -> None:
    (deployment,) = drafts_of(sentence).deployments
    assert deployment.hosts == ()
    assert deployment.area == area


# ---------------------------------------------------------------- date lines as sites print them

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
_TEXT_LAYOUTS = [
    "{d} {month} {y}",
    "{month} {d}, {y}",
    "Published: {d} {month} {y}",
    "Released {d} {month} {y} · 38 min",
    "By Tom Ellery | {d} {month} {y}",
    "{d} {month} {y} | Public Affairs Office",
    "{month} {d}, {y} 1:42 PM GMT+3 Updated 3 hours ago",
    "on {month} {d}, {y} at 4:05 PM",
    "{mon} {d}, {y} | 5:47pm BST",
    "{d} {mon} {y} · 4 min read",
    "Brunssum, the Netherlands - {d} {month} {y}",
]
_NUMERIC_LAYOUTS = [
    "{dd}.{mm}.{y}",
    "Published: {dd}.{mm}.{y}.",
    "Rostock, {dd}.{mm}.{y}",
    "Kiel, {dd}.{mm}.{y} - 11:30",
    "{dd}/{mm}/{y} · 3 min read",
]


def _page(line: str) -> str:
    return f"Ministry of Defence\nMinisters meet in Riga\n{line}\nThe ministers met in Riga on Monday."


@given(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31)), st.sampled_from(_TEXT_LAYOUTS))
def test_every_date_line_layout_we_write_reads_back_to_the_same_day(day: datetime.date, layout: str) -> None:
    month = _MONTHS[day.month - 1]
    line = layout.format(d=day.day, month=month, mon=month[:3], y=day.year)
    dates = ingest.parse(_page(line)).metadata.dates
    assert [(d.date.first_day, d.paragraph) for d in dates] == [(day, 3)]


@given(
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31)),
    st.sampled_from(_NUMERIC_LAYOUTS),
    st.sampled_from([None, True]),
)
def test_an_all_numeric_date_line_is_read_right_or_left_undecided_never_guessed(
    day: datetime.date, layout: str, dayfirst: bool | None
) -> None:
    line = layout.format(dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year)
    metadata = ingest.parse(_page(line), dayfirst=dayfirst).metadata
    if dayfirst or day.day > 12 or day.day == day.month:
        assert [d.date.first_day for d in metadata.dates] == [day]
    else:
        assert metadata.dates == ()
        assert [c.paragraph for c in metadata.undecided] == [3]


@given(
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31)).filter(lambda d: d.day > 12),
    st.sampled_from(_NUMERIC_LAYOUTS),
)
def test_a_date_line_the_declared_order_cannot_read_is_named_not_swapped(day: datetime.date, layout: str) -> None:
    """Month first, "13/06/2025" is no date: the text is refused with the line named, never read day first instead."""
    line = layout.format(dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year)
    document = ingest.parse(_page(line), dayfirst=False)
    date, note = published(document)
    assert (date, document.metadata.dates, document.metadata.undecided) == (None, (), ())
    written = f"{day.day:02d}"
    assert note.startswith("paragraph 3 dates the text '"), note
    assert written in note
    assert "no date month first as declared" in note
    with pytest.raises(IngestError, match="no date month first"):
        ingest.draft_source(document)


@given(
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31)).filter(lambda d: d.day <= 12),
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31)),
    st.sampled_from(_NUMERIC_LAYOUTS),
)
def test_a_given_date_must_be_a_reading_of_an_undecided_date_line(day: datetime.date, given: datetime.date, layout: str) -> None:
    """The caller's date may pick a reading of "03/06/2025"; a date that is neither reading is refused, not taken."""
    line = layout.format(dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year)
    document = ingest.parse(_page(line))
    readings = {day, datetime.date(day.year, day.day, day.month)}
    if len(readings) == 1:  # "01.01.2000" reads one way: the text's own date, which a different one may not replace
        if given not in readings:
            with pytest.raises(IngestError, match="disagrees with the date the text gives itself"):
                ingest.draft_source(document, published=bs.PartialDate.from_iso(given.isoformat()))
        return
    if given in readings:
        assert ingest.draft_source(document, published=bs.PartialDate.from_iso(given.isoformat())).published == bs.PartialDate.from_iso(
            given.isoformat()
        )
    else:
        with pytest.raises(IngestError, match="matches no reading of the date line in paragraph 3"):
            ingest.draft_source(document, published=bs.PartialDate.from_iso(given.isoformat()))


def test_an_undecided_date_line_says_how_to_settle_it() -> None:
    date, note = published(ingest.parse(_page("Published: 07.06.2024.")))
    assert date is None
    assert "'07.06.2024'" in note
    assert "--day-first" in note


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated 5 June 2025 | Published 3 June 2025", "2025-06-03"),
        ("Published 3 June 2025 | Updated 5 June 2025", "2025-06-03"),
        ("Updated: 5 June 2025", None),
        ("Last updated 5 June 2025", None),
    ],
)
def test_an_update_note_is_never_the_publication_date(line: str, expected: str | None) -> None:
    drafts = ingest.draft(ingest.parse(f"Ministers meet\n{line}\nEstonia will buy drones."), dataset=bs.dataset())
    assert (str(drafts.published) if drafts.published else None) == expected


@pytest.mark.parametrize("title", ["Ministers\x07 meet", "Ministers meet\x1b[0m"])
def test_a_title_the_model_refuses_is_an_ingest_error_naming_the_paragraph(title: str) -> None:
    with pytest.raises(IngestError, match=r"paragraph 1: cannot draft the source: title"):
        ingest.draft(ingest.parse(f"{title}\nPublished: 2025-06-04\nEstonia will buy drones."), dataset=bs.dataset())


def test_the_text_settles_the_order_of_its_own_numeric_dates() -> None:
    metadata = ingest.parse("Ministers meet\nPublished: 07.06.2024\nUpdated: 21.06.2024\nText.").metadata
    assert str(metadata.dates[0].date) == "2024-06-07"


def test_a_dateline_opening_running_text_stays_in_the_body() -> None:
    doc = ingest.parse("Talks in Riga\nRIGA, 3 June 2025 - Ministers met today.\n")
    assert doc.paragraphs[1].body


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's embassy said Moscow would take unspecified military-technical measures.",
        "Belarus will respond to any provocation, its defence ministry said.",
    ],
)
def test_an_adversarys_stated_intention_is_no_undertaking(sentence: str) -> None:
    assert drafts_of(sentence).commitments == ()


def test_an_adversarys_forces_are_still_deployments() -> None:
    drafts = drafts_of("Russia will deploy Iskander launchers near Chernyakhovsk.")
    assert drafts.commitments == ()
    assert deployments_of(drafts) == [(("russia",), ("russia",))]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a state that operates forces owns them
        (("Since February Denmark has operated four uncrewed surface vessels off Bornholm.",), [(("denmark",), ("denmark",))]),
        # an unnamed national institution as subject: the state the document is about
        (
            (
                "Sweden reinforces Gotland. Sweden's government approved the plan. Sweden will pay for it.",
                "The Armed Forces will also move a mechanised company to Visby this summer.",
            ),
            [(("sweden",), ("sweden",))],
        ),
        # "we" as the subject of a deployment verb speaks for the speaker's state
        (
            ("Latvian Defence Minister Anna Berzina spoke in Riga.", '"We will station a battalion in Daugavpils," Berzina said.'),
            [(("latvia",), ("latvia",))],
        ),
    ],
)
def test_owners_by_operating_by_institution_and_by_we(paragraphs: tuple[str, ...], expected: list[object]) -> None:
    assert deployments_of(drafts_of(*paragraphs)) == expected


def test_we_building_military_towns_is_no_deployment() -> None:
    drafts = drafts_of(
        "Lithuanian Defence Minister Tomas Vaitkus spoke in Vilnius.",
        '"We will finish the two military towns in Rūdninkai and Rukla by 2027," Vaitkus said.',
    )
    assert drafts.deployments == ()
    assert parties_of(drafts) == [("lithuania",)]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("Latvia has set aside €310m over five years for its part of the line.", [("latvia",)]),
        ("Estonia earmarked 35 million euros for new shelters.", [("estonia",)]),
        ("Estonia will host a regional maritime operations centre in Tallinn.", [("estonia",)]),
    ],
)
def test_money_set_aside_and_hosting_a_capability_are_undertakings(sentence: str, parties: list[object]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


def test_hosting_a_meeting_is_no_undertaking() -> None:
    assert parties_of(drafts_of("Estonia will host a meeting of defence ministers in June.")) == []


def test_a_national_service_as_subject_undertakes_for_its_state() -> None:
    drafts = drafts_of(
        "Finland's navy opened Coastal Spear. Finland leads it; Finland hosts it.",
        "The Navy will also increase the number of reservists it trains each year to 3,000 by 2027.",
    )
    assert ("finland",) in parties_of(drafts)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The US amphibious assault ship USS Kearsarge will stay in the Baltic Sea until the end of June.", [(("united-states",), ())]),
        ("The destroyer USS Paul Ignatius will remain at Gdynia through August.", [(("united-states",), ("poland",))]),
        ("Since 2018 Russia has kept Iskander missiles in the Kaliningrad region permanently.", [(("russia",), ("russia",))]),
        ("Russia will set up new units in its Western Military District before the end of the year.", [(("russia",), ("russia",))]),
        ("Poland intends to raise a new mechanised division in the north-east of the country by 2028.", [(("poland",), ("poland",))]),
        ("A US Navy P-8A detachment was relocated from Sigonella to Ronneby Air Base in Sweden.", [(("united-states",), ("sweden",))]),
        ("The missile defence site at Redzikowo is operated by U.S. Navy sailors.", [(("united-states",), ("poland",))]),
    ],
)
def test_forces_that_stay_are_kept_raised_relocated_or_operated(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_kept_ready_is_no_deployment() -> None:
    drafts = drafts_of('"We have kept our border defences ready for decades, and we will train Estonian engineers," said Virtanen.')
    assert drafts.deployments == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Belarus said it had moved "additional air defence units" to its north-western border.', [(("belarus",), ("belarus",))]),
        ("Russia will leave some of these units in Belarus after the drill ends.", [(("russia",), ("belarus",))]),
        ("The United States would also store equipment in Poland, a White House official said.", [(("united-states",), ("poland",))]),
        ("Estonia's first coastal missile battery will be positioned on the north coast.", [(("estonia",), ("estonia",))]),
    ],
)
def test_forces_moved_left_stored_or_positioned(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_an_answers_forces_belong_to_the_party_its_question_named() -> None:
    drafts = drafts_of(
        "HOST: Denmark bought long-range air defence this year. Where will it stand?",
        "GUEST: The first battery will be operational on Zealand by the end of 2026.",
    )
    assert deployments_of(drafts) == [(("denmark",), ("denmark",))]


def test_a_known_force_takes_the_host_of_the_same_kind_of_force_only() -> None:
    drafts = drafts_of(
        "In 2024, Danish F-16 jets flew from Šiauliai as part of NATO's Baltic Air Policing mission.",
        "The frigate HDMS Niels Juel is currently deployed with Standing NATO Maritime Group 1 in the Baltic Sea.",
    )
    assert deployments_of(drafts) == [(("denmark", "nato"), ("lithuania",)), (("denmark", "nato"), ())]


def test_forces_committed_to_a_mission_are_a_deployment_of_every_party_listed() -> None:
    drafts = drafts_of("Denmark, Finland and Sweden each commit at least one surface vessel at a time to NATO's Baltic Sentry activity.")
    assert drafts.commitments == ()
    # (NATO, whose operation the ships sail in, takes part too)
    assert deployments_of(drafts) == [(("denmark", "finland", "nato", "sweden"), ())]


def test_the_line_that_opens_the_points_undertakes_nothing() -> None:
    text = [
        "Joint statement",
        "Published: 2025-11-12",
        "The Ministers of Defence of Denmark, Finland and Sweden met in Oslo. The Ministers agreed on the following:",
        "1. Denmark will buy two more frigates by 2030.",
    ]
    drafts = ingest.draft(ingest.parse("\n".join(text)), dataset=bs.dataset())
    assert [(c.parties, c.evidence[0].paragraph) for c in drafts.commitments] == [(("denmark",), 4)]


def test_the_time_of_speaking_is_not_the_time_of_the_deployment() -> None:
    drafts = ingest.draft(
        ingest.parse(
            "Sweden to send a company\nMarch 14, 2025 10:02 AM GMT+2\n"
            "Sweden will deploy a company of about 200 soldiers to Latvia this summer, Latvian Defence Minister Andris Spruds said on Friday.\n"
        ),
        dataset=bs.dataset(),
    )
    assert [(d.contributors, d.hosts, d.start) for d in drafts.deployments] == [(("sweden",), ("latvia",), None)]


def test_a_past_unnamed_exercise_on_a_weekday_is_read_back_and_drafted_also_undated() -> None:
    line = "Russia's Baltic Fleet began exercises in the Kaliningrad region on Tuesday, the Russian defence ministry said."
    dated = ingest.draft(ingest.parse(f"Fleet drills\nMarch 14, 2025\n{line}\n"), dataset=bs.dataset())
    assert [(e.name, str(e.start)) for e in dated.exercises] == [("Unnamed exercise by Russia", "2025-03-11")]
    undated = ingest.draft(ingest.parse(f"Fleet drills\n{line}\n"), dataset=bs.dataset())
    assert [(e.name, e.start) for e in undated.exercises] == [("Unnamed exercise by Russia", None)]


def test_two_clauses_of_one_sentence_are_two_undertakings_each_with_its_own_due_date() -> None:
    drafts = drafts_of("Lithuania has pledged to form a national division by 2030, and it will spend 5% of GDP on defence.")
    assert [(c.parties, str(c.due) if c.due else None, str(c.amount) if c.amount else None) for c in drafts.commitments] == [
        (("lithuania",), "2030", None),
        (("lithuania",), None, "5% of GDP"),
    ]


@pytest.mark.parametrize("sentence", ["Norway will not buy the system now.", "Finland shall never host nuclear weapons, Finland said."])
def test_a_negated_future_is_no_undertaking(sentence: str) -> None:
    assert drafts_of(sentence).commitments == ()


def test_should_with_a_lower_case_verb_is_a_cue() -> None:
    drafts = drafts_of("Poland's government has said its state-owned producers should reach 150,000 shells a year by 2027.")
    assert parties_of(drafts) == [("poland",)]


def test_a_joint_statements_we_is_its_group_and_a_beneficiary_is_no_party() -> None:
    drafts = drafts_of(
        "The Ministers of Defence of Denmark, Estonia and Sweden, and the Minister for Foreign Affairs of Iceland, met in Stockholm.",
        "For 2026 we will set aside a combined EUR 600 million to buy ammunition for Ukraine.",
    )
    assert parties_of(drafts) == [("denmark", "estonia", "iceland", "sweden")]


TABLE = (
    "The eight countries publish their military aid to Ukraine as follows.",
    "Country | Commitment | Period | Status",
    "Estonia | 0.25% of GDP each year in military aid | 2024-2027 | in force",
    "Finland | military aid packages worth about €3 billion | 2024-2027 | in force",
    "Denmark | at least €1 billion spent on Ukrainian-made weapons | 2025 | delivered",
    "Iceland | non-lethal equipment and training, no fixed amount | ongoing | in force",
)


def test_a_table_of_commitments_written_as_lines_gives_one_undertaking_per_row() -> None:
    drafts = drafts_of(*TABLE)
    assert [(c.parties, str(c.amount) if c.amount else None, c.status.value) for c in drafts.commitments] == [
        (("estonia",), "0.25% of GDP", "active"),
        (("finland",), "about 3,000,000,000 EUR", "active"),
        (("denmark",), "at least 1,000,000,000 EUR", "fulfilled"),
        (("iceland",), None, "active"),
    ]
    assert [e.paragraph for c in drafts.commitments for e in c.evidence] == [5, 6, 7, 8]


def test_a_table_header_is_text_but_a_menu_bar_is_furniture() -> None:
    doc = ingest.parse("\n".join(("Aid", "Home | News | Defence | Contact", *TABLE)))
    assert [p.furniture for p in doc.paragraphs[1:4]] == ["navigation menu", None, None]


def test_a_given_date_settles_a_text_without_one_and_never_replaces_a_different_one() -> None:
    dated = ingest.parse("Talks\nPublished: 3 June 2025\nEstonia will buy radars.")
    assert str(ingest.draft(dated, dataset=bs.dataset(), published="2025-06-03").source.published) == "2025-06-03"  # type: ignore[union-attr]
    with pytest.raises(IngestError, match="disagrees with the date the text gives itself, 2025-06-03"):
        ingest.draft(dated, dataset=bs.dataset(), published="2025-06-04")
    undecided = ingest.parse("Talks\nPublished: 03.06.2025\nEstonia will buy radars.")
    assert str(ingest.draft(undecided, dataset=bs.dataset(), published="2025-06-03").source.published) == "2025-06-03"  # type: ignore[union-attr]


@pytest.mark.parametrize("line", ["Reporting by Anna Berzina; Editing by Mark Holt", "Additional reporting by Jonas Kalnins"])
def test_a_wire_reports_credits_are_furniture(line: str) -> None:
    doc = ingest.parse(f"Sweden sends a company\nSweden will send troops to Latvia.\n{line}")
    assert doc.paragraphs[2].furniture == "credits"


def test_a_byline_names_the_author_without_by() -> None:
    doc = ingest.parse("Sweden sends a company\nMarch 14, 2025\nBy Anna Berzina\nSweden will send troops to Latvia.")
    assert ingest.draft(doc, dataset=bs.dataset()).source.publisher == "Anna Berzina"  # type: ignore[union-attr]


def test_an_interview_label_grades_the_answer_as_named_and_two_countries_take_part() -> None:
    drafts = drafts_of(
        "Lithuanian Chief of Defence General Raimundas Vaiksnoras spoke to Baltic Review.",
        "VAIKSNORAS: We have pledged to form a national division by 2030.",
        "Estonia and Finland agreed to link their coastal batteries.",
        "The two countries will also hold exercise Northern Shield 2025 on Saaremaa, with Latvian participants.",
        "VAIKSNORAS: Germany has already stationed about 500 soldiers in Lithuania. The brigade will be fully operational in Rudninkai by 2027.",
    )
    assert [(e.credibility.value, e.attribution) for e in drafts.commitments[0].evidence] == [(2, "General Raimundas Vaiksnoras")]
    (exercise,) = drafts.exercises
    assert {p.actor for p in exercise.participants} == {"estonia", "finland", "latvia"}
    assert exercise.scale == ()
    assert sorted(d.status.value for d in drafts.deployments) == ["active", "planned"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lithuania hosts the German brigade at Rukla.", [(("germany",), ("lithuania",))]),
        # a count before the force: the host's own forces as subject host, they are no contributor
        ("The Estonian Defence Forces will host 1,000 British troops at Tapa.", [(("united-kingdom",), ("estonia",))]),
        ("The Estonian army will host 1,000 British troops at Tapa.", [(("united-kingdom",), ("estonia",))]),
        ("Latvia hosted 2,500 Canadian soldiers at Ādaži.", [(("canada",), ("latvia",))]),
        ("Russia is standing up a new army corps in Karelia.", [(("russia",), ("russia",))]),
        ("Germany is building up its 45th Armoured Brigade in Lithuania.", [(("germany",), ("lithuania",))]),
        ("Russia is forming a new S-400 air defence regiment near Chernyakhovsk.", [(("russia",), ("russia",))]),
    ],
)
def test_forces_hosted_raised_or_built_up_somewhere(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    "sentence", ["Lithuania has pledged to form a national division by 2030.", "Estonia offered to host the new headquarters."]
)
def test_raising_a_unit_or_hosting_a_headquarters_with_no_place_is_an_undertaking(sentence: str) -> None:
    drafts = drafts_of(sentence)
    assert drafts.deployments == ()
    assert len(drafts.commitments) == 1


def test_a_section_label_above_the_headline_is_not_the_title() -> None:
    doc = ingest.parse("Land\nPoland to form new division in the north-east as border works begin\nMay 2, 2025\nText.")
    assert doc.metadata.title is not None
    assert doc.metadata.title.value.startswith("Poland to form")


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("The Government of Canada has extended Operation REASSURANCE until March 2029.", [("canada",)]),
        ("Sweden's government and parliament have decided that defence spending will reach 3.5 percent of GDP by 2030.", [("sweden",)]),
    ],
)
def test_extensions_and_decisions_that_and_a_state_named_by_its_government(sentence: str, parties: list[object]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


def test_an_answer_names_an_exercise_in_capitals_with_its_two_digit_edition() -> None:
    drafts = drafts_of(
        "HOST: Are there exercises planned?",
        "GUEST: Yes, VIKING BEACON 26 in May. Ships from the United States, Norway and Denmark will take part.",
    )
    assert [(e.name, sorted(p.actor for p in e.participants)) for e in drafts.exercises] == [
        ("VIKING BEACON 26", ["denmark", "norway", "united-states"])
    ]


def test_a_snap_readiness_check_is_an_exercise() -> None:
    drafts = drafts_of("Russia's Baltic Fleet began a snap readiness check on Monday involving some 20 ships.")
    assert [e.name for e in drafts.exercises] == ["Unnamed exercise by Russia"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said measures are being prepared, including the establishment of rapid-response units able to act within hours.",
        "The plan foresees the creation of naval drone units capable of deploying within a day.",
    ],
)
def test_a_capability_planned_with_no_owner_is_a_deployment_with_no_contributors(sentence: str) -> None:
    assert deployments_of(drafts_of(sentence)) == [((), ())]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Allies have taken turns policing the airspace of Estonia, Latvia and Lithuania since 2004.",),
            [(("nato",), ("estonia", "latvia", "lithuania"))],
        ),
        (("The next rotation, from August, is planned to be led by the Netherlands from Šiauliai.",), [(("netherlands",), ("lithuania",))]),
        (
            ("Lithuania's minister said two battalions of the Iron Wolf Brigade would be moved to areas near the border.",),
            [(("lithuania",), ("lithuania",))],
        ),
        (
            ("Sweden is the framework nation. The first element, a headquarters company, will go to Rovaniemi in the autumn.",),
            [(("sweden",), ("finland",))],
        ),
    ],
)
def test_policing_airspace_rotations_moves_to_areas_and_going_places(paragraphs: tuple[str, ...], expected: list[object]) -> None:
    assert deployments_of(drafts_of(*paragraphs)) == expected


def test_a_preamble_ending_with_the_following_undertakes_nothing() -> None:
    text = [
        "Joint statement",
        "Published: 2025-11-12",
        "We, the Ministers of Defence of Denmark, Germany and Sweden, meeting in Copenhagen, have agreed the following.",
        "1. Denmark will buy two more frigates by 2030.",
    ]
    drafts = ingest.draft(ingest.parse("\n".join(text)), dataset=bs.dataset())
    assert [(c.parties, c.evidence[0].paragraph) for c in drafts.commitments] == [(("denmark",), 4)]


POINTS = (
    "Joint statement",
    "Published: 2026-03-02",
    "We, the Ministers of Defence of Denmark, Germany, Norway and Sweden, have agreed the following.",
    "1. The straits are the only sea gate of the Baltic.",
    "2. To see more of what moves through the straits, we have decided:",
    "a) to establish a surveillance cell at Frederikshavn by 1 March 2027;",
    "b) to share our coastal radar data in real time.",
    "3.1. Germany will assign two minehunters to the group.",
)


def test_lettered_sub_points_take_the_cue_of_the_point_leading_into_them_and_decimal_points_are_labelled() -> None:
    doc = ingest.parse("\n".join(POINTS))
    assert [p.label for p in doc.paragraphs[3:]] == ["1", "2", None, None, "3.1"]
    drafts = ingest.draft(doc, dataset=bs.dataset())
    signatories = ("denmark", "germany", "norway", "sweden")
    assert [(c.parties, c.evidence[0].paragraph) for c in drafts.commitments] == [(signatories, 6), (signatories, 7)]
    assert [(d.contributors, d.evidence[0].label) for d in drafts.deployments] == [(("germany",), "3.1")]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("The European Commission has granted 30 million euros for the design of the terminal.", [("european-commission",)]),
        ("NATO approved 210 million euros for three fuel storage sites in the Baltic states.", [("nato",)]),
        ("Latvia wants to spend at least 10% of its defence budget on cyber defence from 2027.", [("latvia",)]),
    ],
)
def test_money_granted_or_approved_and_wanting_to_are_undertakings(sentence: str, parties: list[object]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


def test_a_name_in_capitals_where_forces_test_or_train_is_an_exercise() -> None:
    drafts = drafts_of("In October, Lithuania, Poland and Germany tested the route in RAIL BRIDGE 26.")
    assert [(e.name, sorted(p.actor for p in e.participants)) for e in drafts.exercises] == [
        ("RAIL BRIDGE 26", ["germany", "lithuania", "poland"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'Finland\'s prime minister said: "If Denmark asks, we will look at it favourably."',
        "Unless the situation changes, Norway will not buy the system.",
        "Extending a NATO pipeline into Lithuania has been discussed informally.",
    ],
)
def test_conditional_offers_and_discussed_ideas_are_no_undertakings(sentence: str) -> None:
    assert drafts_of(sentence).commitments == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Latvian and Danish troops will hold a field exercise, SKRUNDA ANVIL 25, in Kurzeme in March.", "SKRUNDA ANVIL 25"),
        ("Estonian conscripts joined exercise Narva Shield near the border.", "Narva Shield"),
        ("Swedish marines opened the Gotland Trident exercise on Monday.", "Gotland Trident"),
        ("Lithuanian reservists took part in the Rukla Spring exercise.", "Rukla Spring"),
    ],
)
def test_an_exercise_named_after_a_place_keeps_its_name(sentence: str, name: str) -> None:
    assert [e.name for e in drafts_of(sentence).exercises] == [name]


@pytest.mark.parametrize("sentence", ["Soldiers trained in the Lithuania 2025 exercise.", "Troops joined the exercise Estonia in May."])
def test_a_party_named_beside_the_word_exercise_is_no_exercise_name(sentence: str) -> None:
    assert not any(e.name.split()[0] in ("Lithuania", "Estonia") for e in drafts_of(sentence).exercises)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Belgian F-16s, stationed at Ämari since August, flew back to Florennes on Thursday.", [(("belgium",), ("estonia",))]),
        # an ally's forces going home end a deployment and start none
        ("The German frigate returned to Kiel after six months with the group.", []),
        ("The Danish company returned to Denmark in May.", []),
        # an adversary's forces brought back to bases at home are a deployment there
        ("The Baltic Fleet brought two Ropucha-class landing ships back to Baltiysk this summer.", [(("russia",), ("russia",))]),
        ("Russia has begun returning units of its 76th Air Assault Division to their home base in Pskov.", [(("russia",), ("russia",))]),
        # going back to another state's soil is a host ("heading back to Estonia")
        ("Belgian jets are heading back to Estonia next week.", [(("belgium",), ("estonia",))]),
    ],
)
def test_a_place_in_the_owners_country_they_go_back_to_is_home_not_a_host_where_they_were_is_said(
    sentence: str, expected: list[object]
) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a destination that begins with a capital outside A-Z is still a destination, so the origin is no host
        ("Dutch jets flew from Leeuwarden to Ämari.", [(("netherlands",), ("estonia",))]),
        ("Latvian troops moved from Ādaži to Šiauliai in May.", [(("latvia",), ("lithuania",))]),
        ("Polish engineers will go to Ādaži next month.", [(("poland",), ("latvia",))]),
    ],
)
def test_names_with_latin_capitals_outside_a_to_z_are_names(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize("name", ["Šarūnas Adomavičius", "Ēriks Kalniņš", "Łukasz Nowak", "Øyvind Berg"])
def test_a_speaker_whose_name_begins_with_a_latin_capital_is_named_whole(name: str) -> None:
    (deployment,) = drafts_of(f"Germany will send four Eurofighters to Ämari in May, said {name}.").deployments
    assert deployment.evidence[0].attribution == name


def test_a_title_joined_with_together_with_signs_with_the_group_and_one_met_with_does_not() -> None:
    def parties(preamble: str) -> list[tuple[str, ...]]:
        return parties_of(drafts_of(preamble, "1. We will open a joint seabed watch centre in Karlskrona by 2027."))

    joined = (
        "The Ministers of Defence of Denmark, Norway and Sweden, together with the Minister for Foreign Affairs of Iceland, met in Oslo."
    )
    assert parties(joined) == [("denmark", "iceland", "norway", "sweden")]
    along = "The Ministers of Defence of Denmark and Norway, along with the Minister for Foreign Affairs of Iceland, met in Oslo."
    assert parties(along) == [("denmark", "iceland", "norway")]
    guest = "The Ministers of Defence of Denmark, Norway and Sweden met with the Minister for Foreign Affairs of Iceland in Oslo."
    assert parties(guest) == [("denmark", "norway", "sweden")]


@pytest.mark.parametrize(
    ("sentence", "expected", "status"),
    [
        (
            "The United States will withdraw a Stryker company of about 150 soldiers from Lithuania by the end of April.",
            [(("united-states",), ("lithuania",))],
            "planned",
        ),
        ("The Netherlands pulled its F-35s out of Lithuania in March.", [(("netherlands",), ("lithuania",))], "ended"),
        ("Denmark withdrew its company from Latvia last year.", [(("denmark",), ("latvia",))], "ended"),
        ("Canada has withdrawn two frigates from the Baltic Sea.", [(("canada",), ())], "ended"),
    ],
)
def test_forces_withdrawn_from_a_place_were_hosted_there_and_a_done_withdrawal_ended(
    sentence: str, expected: list[object], status: str
) -> None:
    drafts = drafts_of(sentence)
    assert deployments_of(drafts) == expected
    assert [d.status.value for d in drafts.deployments] == [status]
    assert not drafts.commitments  # a withdrawal is no undertaking


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Spanish NASAMS air defence unit has protected Lielvārde since 2023.", [(("spain",), ("latvia",))]),
        ("Italian fighters guarded Šiauliai through the winter.", [(("italy",), ("lithuania",))]),
        ("Šiauliai is also home to a Polish F-16 detachment that arrived in December.", [(("poland",), ("lithuania",))]),
        ("Ämari is now home to a detachment of eight Finnish Hornets.", [(("finland",), ("estonia",))]),
        # a number with a thousands separator is still one word of the object between "moved" and "to"
        (
            "The US brigade moved about 3,200 soldiers and 800 vehicles from Germany to Estonia by rail.",
            [(("united-states",), ("estonia",))],
        ),
    ],
)
def test_a_place_guarded_or_home_to_forces_hosts_them(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


_ABOUT_ESTONIA = (
    "Estonia has raised its defence budget again this year.",
    "Estonia's western islands guard the entrance to the Gulf of Riga, and Estonia plans more exercises there.",
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forces no one is named for, on the soil of the state the text is about, are that state's own
        ("A coastal defence battery has been stationed on Saaremaa since 2024.", [(("estonia",), ("estonia",))]),
        ("An air defence unit was moved to Tapa last spring.", [(("estonia",), ("estonia",))]),
        # ("the squadron" of a text about Estonia, when no other state's squadron was drafted before)
        ("The new coastal missile squadron will be stationed in Paldiski from 2027.", [(("estonia",), ("estonia",))]),
        # forces that say they are someone else's are not
        ("A multinational battlegroup has been stationed at Tapa since 2017.", [((), ("estonia",))]),
        ("Allied jets are based at Ämari.", [(("nato",), ("estonia",))]),
    ],
)
def test_unowned_forces_on_the_home_states_soil_are_its_own(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(*_ABOUT_ESTONIA, sentence)) == expected


def test_the_island_refers_to_the_island_the_text_is_on_not_one_seen_from_it() -> None:
    drafts = drafts_of(
        "Saaremaa, Estonia's largest island, guards the Irbe Strait and lies across the sea from Gotland.",
        "A coastal defence battery has been stationed on the island since 2024.",
    )
    assert [d.hosts for d in drafts.deployments] == [("estonia",)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("SWEDEN — The government plans to station a Patriot unit on Gotland from next year.", [(("sweden",), ("sweden",))]),
        ("POLAND – The government will move two more battalions to Orzysz in May.", [(("poland",), ("poland",))]),  # noqa: RUF001  # the en dash is the point
    ],
)
def test_a_digests_state_label_is_the_paragraphs_subject(paragraph: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of("FINLAND — Helsinki will not send soldiers for now.", paragraph)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "→ LATVIA: The government approved €95 million for new ammunition depots, to be finished by 2028.",
        "LATVIA: The government will buy two more HIMARS launchers.",
    ],
)
def test_a_digests_state_label_with_a_colon_is_the_paragraphs_subject(paragraph: str) -> None:
    drafts = drafts_of("→ FINLAND: Helsinki will not send soldiers for now.", "Estonia, Estonia and Estonia again.", paragraph)
    assert parties_of(drafts) == [("latvia",)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lielvārde Air Base is crowded again. A U.S. Army aviation task force arrived this month with some 20 helicopters.",
        "Ādaži is busy this week. About 150 US soldiers arrived on Monday with their Stryker vehicles.",
    ],
)
def test_forces_arriving_with_no_place_said_arrive_where_the_paragraph_was(paragraph: str) -> None:
    assert deployments_of(drafts_of(paragraph)) == [(("united-states",), ("latvia",))]


def test_a_scale_expected_in_the_point_after_an_exercise_is_the_exercises() -> None:
    drafts = drafts_of(
        "The Ministers of Defence of Estonia, Latvia and Lithuania agreed:",
        "7. Our armed forces will exercise together in AMBER CAIRN 26 in Latvia from 14 to 25 September 2026.",
        "8. Around 7,000 personnel are expected, among them a Danish mechanised battalion.",
    )
    (exercise,) = drafts.exercises
    assert 7000 in [q.value for q in exercise.scale]
    assert not drafts.commitments
    assert not drafts.deployments


@pytest.mark.parametrize(
    ("point", "undertakes"),
    [
        ("10. Should the present arrangements prove insufficient, we would be prepared to examine a permanent headquarters.", False),
        ("10. Should the need arise, we will look at a permanent maritime headquarters.", False),
        ("10. Allies should spend more on defence.", True),
        ("10. We should spend more on defence.", True),
    ],
)
def test_should_before_its_subject_is_a_condition_not_an_obligation(point: str, undertakes: bool) -> None:
    preamble = "The Ministers of Defence of Estonia, Latvia and Lithuania agreed on the following:"
    assert bool(drafts_of(preamble, point).commitments) == undertakes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Swedish corvette HSwMS Karlstad joined Standing NATO Maritime Group 1 in Kiel.", [(("nato", "sweden"), ())]),
        (
            "The Latvian minehunter LVNS Virsaitis will join Standing NATO Mine Countermeasures Group 1 in October.",
            [(("latvia", "nato"), ())],
        ),
        (
            "The Danish frigate HDMS Niels Juel has been taking part in NATO's Baltic Sentry operation since August.",
            [(("denmark", "nato"), ())],
        ),
        ("The Polish minehunter ORP Kormoran will join SNMCMG1 in Klaipėda on Monday.", [(("nato", "poland"), ())]),
        # taking part in an exercise is not a deployment
        ("Estonian ships took part in the exercise.", []),
    ],
)
def test_ships_with_natos_standing_groups_sail_with_nato_and_their_port_is_no_host(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the home state's own forces, with no place the gazetteer knows, stay at home
        ("The Navy keeps a patrol boat at Roomassaare during the navigation season.", [(("estonia",), ("estonia",))]),
        ("Estonian minehunters will be stationed at Miinisadam from May.", [(("estonia",), ("estonia",))]),
        # ... but not forces at sea or sent away
        ("The Estonian Navy sent two minehunters to patrol the Baltic Sea.", [(("estonia",), ())]),
        ("Estonia will send 100 soldiers to the mission in Iraq.", [(("estonia",), ())]),
    ],
)
def test_the_home_states_own_forces_with_no_place_known_are_at_home(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(*_ABOUT_ESTONIA, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject of "based" with its object between ("has based two further corvettes ... in Baltiysk")
        (
            "10. We are alarmed that Russia has based two further Karakurt-class corvettes armed with Kalibr cruise missiles in Baltiysk.",
            [(("russia",), ("russia",))],
        ),
        ("From 2027 the Finnish Navy will permanently base a coastal missile battery at Upinniemi.", [(("finland",), ("finland",))]),
        # "ground-based" is no verb, and a base that "is in" a town is a noun
        ("The Lithuanian Navy was re-established in 1992; its main base is in Klaipėda.", []),
        ("Finland and Sweden will place a joint order for ground-based air defence missiles in 2025.", []),
        # jamming and radar stations are military assets, owned by the adjective before them
        (
            "Finland and Estonia have blamed the interference on Russian jamming stations in the Kaliningrad region.",
            [(("russia",), ("russia",))],
        ),
    ],
)
def test_forces_based_with_an_object_between_and_stations_as_assets(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # an institution its nationality names undertakes for its state, though its name holds "forces"
        (
            "The Estonian Defence Forces will complete a new ammunition storage complex by 2029, at a cost of about €25 million.",
            [("estonia",)],
        ),
        ("The Latvian Armed Forces will build two more depots by 2028.", [("latvia",)]),
        # forces that will do something still describe what they do
        ("Polish troops will train with the brigade in May.", []),
    ],
)
def test_an_institution_named_with_its_nationality_undertakes(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a ship with a NATO operation is hosted where it operates from, not where it joins
        (
            ("The two Norwegian corvettes operated mainly from the Latvian naval base in Liepāja, under NATO's Baltic Sentry activity.",),
            [(("nato", "norway"), ("latvia",))],
        ),
        # forces that have been with a force named before are where it is
        (
            (
                "About 900 British soldiers serve at Tapa, in the battlegroup.",
                "A French armoured company, roughly 200 soldiers, has been with the battlegroup since January.",
            ),
            [(("united-kingdom",), ("estonia",)), (("france",), ("estonia",))],
        ),
    ],
)
def test_where_ships_operate_from_and_forces_with_a_battlegroup_are(paragraphs: tuple[str, ...], expected: list[object]) -> None:
    assert deployments_of(drafts_of(*paragraphs)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "parties", "kind"),
    [
        # an aside naming forces does not make the subject a force
        (
            ("Iceland, which has no armed forces of its own, will fund winter equipment for Ukraine worth €5 million in 2026.",),
            ("iceland",),
            "intent",
        ),
        # a spending level stated or put
        (("This year Poland's defence budget amounts to 4.8% of GDP, the highest share among the Allies.",), ("poland",), "target"),
        (
            ("▪ ESTONIA — The cabinet approved a budget framework that puts defence spending at 5.4% of GDP in 2027.",),
            ("estonia",),
            "target",
        ),
        # tasking in a signed point
        (
            (
                "The Ministers of Defence of Estonia, Latvia and Lithuania agreed:",
                "2. The Ministers task their navies to set up a joint monitoring cell by 2026.",
            ),
            ("estonia", "latvia", "lithuania"),
            "plan",
        ),
        # money being spent, on a place, is an undertaking and no deployment
        (
            ("The Finnish Defence Forces are spending about €600 million by 2030 on hangars and fuel depots at Rovaniemi.",),
            ("finland",),
            "pledge",
        ),
        (("Denmark has handed over its remaining F-16s to Ukraine.",), ("denmark",), "pledge"),
    ],
)
def test_spending_levels_money_spent_tasking_and_asides(paragraphs: tuple[str, ...], parties: tuple[str, ...], kind: str) -> None:
    drafts = drafts_of(*paragraphs)
    assert [(c.parties, c.kind.value) for c in drafts.commitments] == [(parties, kind)]
    assert not drafts.deployments


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministers will review the implementation of this Declaration at their next meeting.",
        "The Latvian Ministry of Defence said that it would decide how to process the imagery.",
        "With the satellites, Lithuania will see Kaliningrad every few hours.",
        "Estonia will consider a second battery next year.",
    ],
)
def test_reviewing_deciding_weighing_and_seeing_are_no_undertakings(sentence: str) -> None:
    assert not drafts_of(sentence).commitments


def test_a_ship_serving_as_a_standing_groups_flagship_is_with_nato() -> None:
    drafts = drafts_of(
        "From July, the Polish minehunter ORP Kulik will serve for six months as the flagship of Standing NATO Mine Countermeasures Group One."
    )
    assert deployments_of(drafts) == [(("nato", "poland"), ())]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aircraft straying into airspace is an incident
        ("In November, a Russian Il-20 reconnaissance aircraft entered Estonian airspace near Vaindloo for two minutes.", []),
        ("Two Russian fighter jets violated Finnish airspace off Porvoo on Friday.", []),
        # "the move to" is a noun
        ("Russia's embassy in Oslo said that the move to Ørland would not go unanswered.", []),
        # the side of a border forces watch from is their host
        (
            "Poland will send about 30 special forces soldiers to help watch the border from the Lithuanian side.",
            [(("poland",), ("lithuania",))],
        ),
    ],
)
def test_airspace_incidents_the_noun_move_and_a_borders_side(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_a_statements_we_stays_its_signatories_after_subject_lists_of_some_of_them() -> None:
    drafts = drafts_of(
        "We, the Ministers responsible for defence of Denmark, Finland, Iceland, Norway and Sweden, met today in Kuopio.",
        "Finland, Norway and Sweden will abolish the remaining national permit requirements for military movements by July 2026.",
        "Finland and Sweden will each assign one corvette to NATO's Baltic Sentry activity in 2026.",
        "We will share seabed survey data collected by our navies, so that damage to cables can be detected sooner.",
    )
    assert parties_of(drafts)[-1] == ("denmark", "finland", "iceland", "norway", "sweden")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # materiel stored with a long object before its place
        (
            "The United States will store tanks, artillery and other equipment for an armoured brigade at two sites in Finland.",
            [(("united-states",), ("finland",))],
        ),
        # a border named by a state's adjective is the owner's own side, not that state
        ("Russia would answer the move by reinforcing its units near the Finnish border.", [(("russia",), ("russia",))]),
        ("Polish troops are stationed near the Belarusian border.", [(("poland",), ("poland",))]),
        # where forces are brought back from is no owner (on Russian soil, the brigade is Russia's own)
        ("The Russians have brought back one motor rifle brigade from Ukraine to Gusev.", [(("russia",), ("russia",))]),
        # a port a ship sails from is no host
        ("The Danish frigate HDMS Esbern Snare sailed from Korsør on Tuesday to patrol the Baltic Sea.", [(("denmark",), ())]),
    ],
)
def test_stored_materiel_border_sides_origins_and_ports_of_departure(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "undertakes"),
    [
        (
            (
                "The Ministers of Defence of Estonia, Latvia and Lithuania agreed on the following:",
                "9. We thank Latvia for its hospitality and look forward to the meeting of the Heads of State in Bratislava.",
            ),
            False,
        ),
        (
            (
                "The Ministers of Defence of Estonia, Latvia and Lithuania agreed on the following:",
                "9. We look forward to deepening our cooperation with Finland.",
            ),
            True,
        ),
        ((*_ABOUT_ESTONIA, "The ministry expects the Chamber of Deputies to debate the mandate in November."), False),
    ],
)
def test_looking_forward_to_a_meeting_and_expecting_a_chamber_to_act_undertake_nothing(
    paragraphs: tuple[str, ...], undertakes: bool
) -> None:
    assert any(c.evidence[0].paragraph == len(paragraphs) + 2 for c in drafts_of(*paragraphs).commitments) == undertakes


def test_a_platoon_added_to_a_contingent_is_a_deployment_not_also_an_undertaking() -> None:
    drafts = drafts_of("Slovenia will add a second infantry platoon to its contingent at Camp Ādaži from March.")
    assert deployments_of(drafts) == [(("slovenia",), ("latvia",))]
    assert not drafts.commitments


def test_a_guest_whose_country_is_never_stated_answers_for_the_state_the_question_asks_about() -> None:
    drafts = drafts_of(
        "Broadcast on Sunday. Guest: Minister of Defence Margriet van Houten. Presenter: Joost Adema.",
        "ADEMA: Minister, welcome. How many Dutch soldiers are there in Lithuania at the moment?",
        "VAN HOUTEN: About 250, most of them in the air defence unit near Šiauliai.",
        "ADEMA: Will that number grow?",
        "VAN HOUTEN: Yes. From January we will send a counter-drone team of about 40 people to Lithuania for a year.",
    )
    assert (("netherlands",), ("lithuania",)) in deployments_of(drafts)


def test_forces_that_continue_to_a_state_go_there() -> None:
    drafts = drafts_of("The Dutch tank company will continue to Lithuania after the exercise and train there for three months.")
    assert deployments_of(drafts) == [(("netherlands",), ("lithuania",))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distance's reference point is not where the forces are
        (
            "Less than 250 km from Šiauliai, Russia's Kaliningrad region hosts Iskander-M missile brigades.",
            [(("russia",), ("russia",))],
        ),
        ("American troops are stationed in Orzysz, some 60 km from Kaliningrad.", [(("united-states",), ("poland",))]),
        ("A Swedish battalion is based at Rovaniemi, several hundred kilometres from Murmansk.", [(("sweden",), ("finland",))]),
        # ... but it is where the forces are when nothing else is, unless they are an adversary's
        ("Germany will station a brigade 30 km from Vilnius.", [(("germany",), ("lithuania",))]),
        ("Russia has deployed Iskander missiles 100 km to the east of Narva.", [(("russia",), ())]),
        # a place hosts any force a verb can place, not only a few nouns
        ("Lithuania hosts two Dutch Patriot batteries.", [(("netherlands",), ("lithuania",))]),
        ("Šiauliai is home to four Polish F-16 fighters.", [(("poland",), ("lithuania",))]),
        ("The Kaliningrad region hosts S-400 air defence batteries.", [(("russia",), ("russia",))]),
        # (the place that hosts is no owner, and a gathering is not what it is about)
        ("Estonia hosted US Army HIMARS launchers during the exercise.", [(("united-states",), ("estonia",))]),
        ("Tallinn hosted a conference on drones and missiles this week.", []),
        ("Vilnius will host a summit on anti-drone systems in July.", []),
        # forces no one is named for on an adversary's territory are its own ...
        (
            "Russia's defence ministry said it had formed a new motor rifle division in the Pskov region, which borders Latvia.",
            [(("russia",), ("russia",))],
        ),
        (
            "An airborne brigade from Vitebsk has been moved to the Grodno region, near the Lithuanian border.",
            [(("belarus",), ("belarus",))],
        ),
        # ... but not when they are said to be foreign, or another adversary is named beside it
        ("Foreign troops have been moved to the Grodno region.", [((), ("belarus",))]),
        ("Some 20,000 troops arrived in Belarus for drills with Russia.", [((), ("belarus",))]),
        # ... or they come from elsewhere, or bear a nationality or initials the dataset does not know
        ("North Korean soldiers were sent to Russia to fight against Ukraine.", [((), ("russia",))]),
        ("Chinese troops arrived in Belarus for joint drills.", [((), ("belarus",))]),
        ("UN peacekeepers were stationed in Russia.", [((), ("russia",))]),
        # (forces brought back home stay home)
        ("Russia has brought two Kilo-class submarines back to Baltiysk this summer.", [(("russia",), ("russia",))]),
    ],
)
def test_distances_places_that_host_and_forces_on_an_adversarys_territory(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("paragraph", "parties"),
    [
        # "it" or "they" after forces deployed as a sentence's subject is the forces: what they will do is no undertaking
        ("A Danish battalion of around 700 soldiers will deploy to Latvia in 2026. It will serve for six months at Ādaži.", []),
        ("Two Dutch F-35s have been sent to Ämari. They are due to fly air policing until June.", []),
        ("Four Swedish Gripens will be based at Lielvārde. They will guard the airspace over the Baltic states.", []),
        ("A Norwegian company will be stationed in Rukla. It will work alongside Lithuanian units until 2027.", []),
        # a state that deploys is still the "it" that undertakes
        ("Denmark will deploy a battalion to Latvia in 2026. It will also buy new air defence systems.", [("denmark",)]),
        # (and so do a state's deeds after forces were its sentence's subject, or after a state stood beside them)
        (
            "Following the arrival of US troops, Germany will deploy a brigade to Lithuania. It will also spend 3% of GDP on defence.",
            [("germany",)],
        ),
        ("The Polish military deployed troops to the border. It will also buy 1,000 K2 tanks.", [("poland",)]),
        ("A German brigade will be stationed in Lithuania. It will cost Germany about 11 billion euros.", [("germany",)]),
        ("British troops were deployed to Estonia. It will also pay for a new barracks in Tapa, London said.", [("united-kingdom",)]),
    ],
)
def test_what_deployed_forces_will_do_next_is_theirs_not_an_undertaking(paragraph: str, parties: list[tuple[str, ...]]) -> None:
    drafts = drafts_of(paragraph)
    assert parties_of(drafts) == parties
    assert drafts.deployments


def test_every_preposition_that_places_forces_is_one_a_mention_can_be_governed_by() -> None:
    from baltic_security.ingest import _roles

    # "around" (and "throughout", now dropped) were place prepositions that no mention could ever be governed by
    assert _roles._PLACE_PREPOSITIONS <= _roles._PREPOSITIONS


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Denmark sent the patrol vessel HDMS Lauge Koch to the waters around Bornholm on Monday.", [(("denmark",), ("denmark",))]),
        ("Germany is flying in a team of 40 soldiers, which will be set up around Copenhagen by Thursday.", [(("germany",), ("denmark",))]),
        # a place named by a compass point from it: "north of Ustka", "south-east of Riga"
        ("The minehunter ORP Rybitwa has been patrolling the pipeline route north of Ustka.", [(("poland",), ("poland",))]),
        ("A Canadian battalion is stationed south-east of Riga.", [(("canada",), ("latvia",))]),
        # ships and aircraft passing a place are in it only if it is their own, forces watching others are not there, and
        # what is said about a place is not forces in it
        ("NATO jets flew around Russia's Kaliningrad exclave.", []),
        ("Russian ships deployed around Bornholm.", [(("russia",), ())]),
        ("Danish F-16s intercepted Russian bombers east of Bornholm.", []),
        ("Tensions around Kaliningrad rose as Poland deployed troops to the border.", [(("poland",), ("poland",))]),
        ("Throughout the EU summit, Germany kept troops in Lithuania.", [(("germany",), ("lithuania",))]),
        # (not "of" after any other word: the Ministry of Defence of Latvia is no place)
        ("The Ministry of Defence of Latvia said a Canadian battalion will arrive next month.", [(("canada",), ())]),
    ],
)
def test_places_around_and_by_a_compass_point_host(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a demonym's plural with its article is the state's people in arms
        (
            "The Americans already keep a large stock of prepositioned equipment at Powidz, enough for an armoured brigade.",
            [(("united-states",), ("poland",))],
        ),
        ("The Germans will station a brigade in Lithuania by 2027.", [(("germany",), ("lithuania",))]),
        ("Since May the Canadians have kept a tank squadron at Ādaži.", [(("canada",), ("latvia",))]),
    ],
)
def test_a_demonyms_plural_with_its_article_owns_forces(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_a_demonyms_plural_without_its_article_is_no_party() -> None:
    # "Estonians" are the people, not the state: no undertaking is theirs
    assert parties_of(drafts_of("Most Estonians will back higher defence spending, a poll found.")) == []


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a name with its edition as the subject of what an exercise does, where forces practise
        ("Kotkapesa 25, in April 2025, brought fighters from Finland and Poland to practise turning aircraft around.", "Kotkapesa 25"),
        ("In May, Okas 24 will bring about 12,000 conscripts and reservists into the field.", "Okas 24"),
        # an edition named as one, an exercise run or led, and a label before "In"
        ("The most recent edition, Gap Sentinel 24, brought about 6,000 Polish and US troops to the area.", "Gap Sentinel 24"),
        ("In November we run Tidewarden 25 off Gotland, with about 30 ships from eight nations.", "Tidewarden 25"),
        ("Exercise: In Havsörn 25, in April 2025, about 2,000 soldiers practised defending the port of Slite.", "Havsörn 25"),
        # a hyphen within a name's word, and an apposition with "our"
        ("In March 2026 the brigade leads Etelä-Karjala 26, our largest reservist exercise.", "Etelä-Karjala 26"),
        # the edition in four digits after a verb of joining
        ("Polish troops joined Iron Wolf 2025 in Lithuania.", "Iron Wolf 2025"),
    ],
)
def test_an_edition_run_led_or_bringing_forces_to_practise_is_an_exercise(paragraph: str, name: str) -> None:
    assert [e.name for e in drafts_of(paragraph).exercises] == [name]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rheinmetall 25, the new plant at Unterlüß, will train welders from Lithuania.",
        "In May, Lithuania 24 will bring changes to how conscripts are called up.",
        "The Seimas 24 elections were led by the conservatives.",
        "Estonia joined NATO 2004 and the EU.",
        "The government will host Tallinn Digital Summit 2025 in October.",
    ],
)
def test_a_name_and_a_number_that_no_one_practises_in_is_no_exercise(paragraph: str) -> None:
    assert drafts_of(paragraph).exercises == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        # an exercise announced, and one held in a month with no year given
        "Russia's Baltic Fleet announced drills of its own from June 9 to 18, involving more than 60 ships.",
        "In April the Baltic Fleet staged a snap readiness check at the Khmelevka range, the Russian defence ministry said.",
        "Since March the Baltic Fleet has conducted drills off Kaliningrad almost every week.",
    ],
)
def test_an_unnamed_exercise_announced_or_held_in_a_month_is_drafted(paragraph: str) -> None:
    assert [(e.name, [p.actor for p in e.participants]) for e in drafts_of(paragraph).exercises] == [
        ("Unnamed exercise by Russia", ["russia"])
    ]


def test_an_announcement_of_a_review_of_exercises_is_no_exercise() -> None:
    assert drafts_of("The ministry announced exercises would be reviewed in May.").exercises == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia keeps Iskander-M missile systems and nuclear-capable aircraft on the territory of Belarus.",
        "The army will move the Grand Duke Algirdas Mechanised Infantry Battalion to the Varėna district.",
        "Russia has based two further corvettes in Baltiysk.",
        "The United States will store tanks, artillery and other equipment at two sites in Finland.",
    ],
)
def test_a_placing_verb_with_its_object_between_is_a_placing_verb_where_it_stands(sentence: str) -> None:
    from baltic_security.ingest import _classify
    from baltic_security.ingest.cues import deployment_cues

    # a verb whose pattern looks past its last word was never a verb when matched in its own words alone
    assert any(_classify._placing(sentence, cue) for cue in deployment_cues(sentence) if " " in cue.text)


def test_in_a_sentence_about_an_exercise_forces_kept_somewhere_are_deployed_and_forces_moved_are_rehearsed() -> None:
    kept = drafts_of(
        "Exercise Eastern Ledger 26 begins in Lithuania on Monday.",
        "The exercise also answers Russia, which keeps Iskander-M missile systems on the territory of Belarus.",
    )
    assert deployments_of(kept) == [(("russia",), ("belarus",))]
    moved = drafts_of(
        "Exercise Amber Rampart 26 begins on Monday.",
        "The exercise will test how quickly the Alliance can move reinforcements from Germany to the Baltic states.",
    )
    assert deployments_of(moved) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry will lengthen the runway at Šiauliai so that the base can host more Allied drones and fighters.",
        "Finnish and US troops will rehearse drawing the stored equipment in an exercise at the Niinisalo training area.",
    ],
)
def test_what_a_place_could_host_and_stored_as_an_adjective_place_no_forces(sentence: str) -> None:
    assert deployments_of(drafts_of(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # targets that weapons strike are no spending or capability targets
        ("HIMARS launchers will fire at sea targets from the coast near Liepāja.", []),
        ("Poland and the United States take part with the U.S. Army's HIMARS launchers, which will fire at sea targets.", []),
        ("Analysts say the launchers are meant to hold at risk targets deep inside the Kaliningrad region.", []),
        ("Estonia targets defence spending of 5% of GDP in 2026.", [("estonia",)]),
        # plans that exist are no plan undertaken
        ("Corps headquarters and two divisions test NATO's regional plans in the exercise.", []),
        ("Latvia plans to buy radars.", [("latvia",)]),
        # a comparison or a duty is no expectation of a deed
        ("Russia is replacing its losses faster than expected, the Estonian minister said.", []),
        ("The Polish pilots know what is expected of them.", []),
        ("Denmark is expected to announce a further package next week.", [("denmark",)]),
        # what must happen with no party its subject is a view; a party that must act still undertakes
        ("Any such escort must respect the law of the sea, Denmark said.", []),
        ("Our defence industries must keep pace, the Latvian minister said.", []),
        ("Germany must raise defence spending to 3.5% of GDP, the minister said.", [("germany",)]),
    ],
)
def test_targets_struck_plans_that_exist_comparisons_and_views_undertake_nothing(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


@pytest.mark.parametrize(
    ("point", "parties"),
    [
        # a point's own subject after its label and a capitalised article deploys, and undertakes nothing besides
        ("4.2. The United Kingdom will base a detachment of P-8A Poseidon aircraft at Keflavík Air Base in 2026.", []),
        ("2. The Czech Republic will deploy a short-range air defence unit to Latvia for six months.", []),
        # (and one that undertakes something else is still that state's)
        ("3. The Netherlands will spend €50 million on shared air defence training.", [("netherlands",)]),
    ],
)
def test_a_points_subject_after_its_label_and_a_capitalised_article_is_its_subject(point: str, parties: list[tuple[str, ...]]) -> None:
    preamble = "We, the Ministers of Defence of the Czech Republic, Latvia, the Netherlands and the United Kingdom, have agreed:"
    assert parties_of(drafts_of(preamble, point)) == parties


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # a clause that goes on with the sentence's subject goes on with the forces its first clause deploys
        (
            "The Swedish corvette HMS Nyköping has sailed with Standing NATO Maritime Group One since January and will remain until June.",
            [],
        ),
        ("The Danish frigate has been taking part in NATO's Baltic Sentry operation since August and will stay there until December.", []),
        # (but not what the state does besides)
        ("Sweden sent a corvette to the group in January and will buy two more by 2030.", [("sweden",)]),
    ],
)
def test_forces_that_will_stay_after_and_are_no_undertaking_but_a_purchase_is(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


def test_what_opens_a_sentence_with_the_is_the_undertaking_just_drafted_not_the_states_after_it() -> None:
    # "The depot" at a sentence's start is the one Poland agreed to build (its article is capitalised there)
    drafts = drafts_of("Poland agreed to build a fuel depot. The depot will also serve Lithuanian and Estonian forces.")
    assert set(parties_of(drafts)) == {("poland",)}


@pytest.mark.parametrize(
    ("sentence", "deployments", "parties"),
    [
        # reinforcements named in general, as what ports receive or a corridor carries, are placed nowhere
        ("Denmark will keep the ports of Aarhus and Esbjerg ready to receive Allied reinforcements.", [], [("denmark",)]),
        ("The exercise tests how quickly the Baltic states can receive Allied reinforcements arriving by sea.", [], []),
        # a verb still places them
        ("The United States sent reinforcements to Poland.", [(("united-states",), ("poland",))], []),
        ("German reinforcements are stationed in Lithuania.", [(("germany",), ("lithuania",))], []),
    ],
)
def test_reinforcements_in_general_are_no_deployment(sentence: str, deployments: list[object], parties: list[tuple[str, ...]]) -> None:
    drafts = drafts_of(sentence)
    assert deployments_of(drafts) == deployments
    assert parties_of(drafts) == parties


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a presence wished for, ruled out or only weighed is not there
        ("Minister Lūsis said that Latvia would welcome a Canadian naval presence in the Gulf of Riga in future.", []),
        ("We train from Finnish bases and they from ours, but there is no plan for a permanent Swedish fighter presence in Finland.", []),
        ("A U.S. official said a permanent presence in Lithuania would be considered only if Vilnius completed the infrastructure.", []),
        # (a presence welcomed as it stands is there)
        (
            "The ministers welcomed the continued presence of the German-led battlegroup in Lithuania.",
            [(("germany",), ("lithuania",))],
        ),
    ],
)
def test_a_presence_wished_for_ruled_out_or_weighed_is_no_deployment(paragraph: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(paragraph)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # a product, a publication, a fair, a programme or a unit with a number is no exercise, though practice is near
        "Windows 11 will reach 40 per cent of ministry computers by autumn, and staff will practise the new login procedure.",
        "Fighter Squadron 31 practised dispersed operations from road bases in central Finland.",
        "The newsletter's latest edition, Issue 24, is devoted to Latvia's reservists.",
        "Estonian defence firms took part in Eurosatory 2024 in Paris, showing unmanned ground vehicles.",
        "Lithuania joined Horizon 2020 in 2014, and its research bodies won €30 million.",
        "Poland hosted Balt Military Expo 2025 in Gdańsk, where 300 firms showed drones.",
        "The ministry organised Defence Days 25 in Riga, where reservists demonstrated live-fire skills.",
        # what is said of exercises is no exercise held
        "On Tuesday, Poland announced a review of drills after a soldier died at a training range.",
        "Until March, Sweden held no exercises on Gotland because of the ice.",
        "In April, Estonia held talks on joint exercises with Finland.",
        "In March, Latvia held a conference on lessons from exercises in the region.",
    ],
)
def test_names_with_numbers_and_talk_of_exercises_are_no_exercise(paragraph: str) -> None:
    assert drafts_of(paragraph).exercises == ()


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("Spring Storm 25 saw 14,000 soldiers practise the defence of Estonia's north-east.", "Spring Storm 25"),
        ("Russia's Baltic Fleet announced a snap check of combat readiness in April.", "Unnamed exercise by Russia"),
    ],
)
def test_an_edition_that_saw_forces_practise_and_a_check_of_readiness_are_exercises(paragraph: str, name: str) -> None:
    assert [e.name for e in drafts_of(paragraph).exercises] == [name]


@pytest.mark.parametrize(
    ("paragraph", "deployments", "parties"),
    [
        # in an exercise, time spent with others, forces set up and a departure are the exercise's
        ("In Spring Storm 25, British troops will spend two weeks with the Estonian Division at Tapa.", [], []),
        ("During exercise Baltops 25, the Polish Navy will establish a new task group at Gdynia.", [], []),
        ("The UK's battalion left Tapa on Friday to take part in exercise Hedgehog 25 in southern Estonia.", [], []),
        # forces left behind after a drill stay there
        (
            "Russia will leave some of these units in Belarus after the drill ends, Lithuanian officials fear.",
            [(("russia",), ("belarus",))],
            [],
        ),
        # a purchase that equips a new unit is the purchase
        ("Estonia will buy 12 HIMARS launchers to form a new artillery battalion in Võru.", [], [("estonia",)]),
        # agreeing to host is hosting; what a place can host is not
        ("Lithuania agreed to host a German brigade of 4,800 troops by 2027.", [(("germany",), ("lithuania",))], []),
    ],
)
def test_what_exercises_do_purchases_and_agreed_hosting(paragraph: str, deployments: list[object], parties: list[tuple[str, ...]]) -> None:
    drafts = drafts_of(paragraph)
    assert deployments_of(drafts) == deployments
    assert parties_of(drafts) == parties


@pytest.mark.parametrize(
    ("paragraph", "parties"),
    [
        ("Finland's defence plans include the purchase of 64 F-35 fighters by 2030.", [("finland",)]),
        ("Latvia set new targets for conscription, aiming for 4,000 conscripts a year by 2028.", [("latvia",)]),
        ("Defence spending must reach 3.5% of GDP by 2026, Latvia's defence minister Andris Sprūds said.", [("latvia",)]),
        # a state that deployed forces and will do something else undertakes it
        ("Denmark deployed a frigate to the Baltic Sea and will join the European Sky Shield Initiative next year.", [("denmark",)]),
    ],
)
def test_plans_that_include_targets_set_figures_that_must_be_reached_and_other_deeds_undertake(
    paragraph: str, parties: list[tuple[str, ...]]
) -> None:
    assert parties_of(drafts_of(paragraph)) == parties


@pytest.mark.parametrize(
    ("paragraph", "owners"),
    [
        # (where they are is not read here yet: "reached" places nothing, and a border names no side)
        ("US reinforcements have reached Lithuania, the Lithuanian army said.", [("united-states",)]),
        ("Polish reinforcements are now at the border with Belarus.", [("poland",)]),
    ],
)
def test_reinforcements_someone_owns_are_a_deployment(paragraph: str, owners: list[tuple[str, ...]]) -> None:
    assert [d.contributors for d in drafts_of(paragraph).deployments] == owners


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # forces watched are not kept anywhere
        ("The Finnish Navy keeps a close eye on Russian warships in the Gulf of Finland.", []),
        ("NATO keeps watch on Russian submarines in the Baltic Sea.", []),
        ("Germany keeps two frigates in the Baltic Sea.", [(("germany",), ())]),
        # ships added to an order are bought, ships added to a mission are deployed (and sail with NATO, whose it is)
        ("Poland will add two minehunters to its order.", []),
        ("Denmark will add one vessel to Baltic Sentry.", [(("denmark", "nato"), ())]),
    ],
)
def test_forces_watched_and_ships_added_to_an_order_are_no_deployment(paragraph: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(paragraph)) == expected


def _published_under(masthead: str, *paragraphs: str) -> ingest.Drafts:
    """A release under a masthead line: the masthead, a section line, the date, the headline, then the paragraphs."""
    lines = [masthead, "News", "Published: 2025-06-04", "Ships and aircraft head for the Baltic this spring", *paragraphs]
    return ingest.draft(ingest.parse("\n".join(lines)), dataset=bs.dataset())


@pytest.mark.parametrize(
    ("masthead", "paragraph", "expected"),
    [
        # forces no sentence names an owner for, in a state that is not the publisher's: the publisher's own
        (
            "America's Navy",
            "Two P-8A Poseidon aircraft are flying from Ronneby Air Base in southern Sweden.",
            [(("united-states",), ("sweden",))],
        ),
        (
            "Marine nationale",
            "An Atlantique 2 patrol aircraft will fly from Ronneby Air Base in Sweden for two weeks.",
            [(("france",), ("sweden",))],
        ),
        (
            "Försvarsmakten | Swedish Armed Forces",
            "A company of about 180 marines will deploy to the archipelago near Hanko in October.",
            [(("sweden",), ("finland",))],
        ),
        ("Royal Canadian Navy", "The frigate and her crew of 240 will be based in Gdynia until July.", [(("canada",), ("poland",))]),
        (
            "From U.S. Naval Forces Europe-Africa / U.S. 6th Fleet Public Affairs",
            "Two destroyers are stationed in Tallinn.",
            [(("united-states",), ("estonia",))],
        ),
        # a headline is no masthead, nor is a line with other words besides the institution's name
        (
            "Swedish marines train in Finland",
            "A company of about 180 marines will deploy to the archipelago near Hanko.",
            [(("finland",), ("finland",))],
        ),
        ("Royal Navy press office welcomes visitors", "Two destroyers are stationed in Tallinn.", [(("estonia",), ("estonia",))]),
        # forces on an adversary's soil stay the adversary's
        ("Royal Navy", "An Iskander brigade is stationed in the Kaliningrad region.", [(("russia",), ("russia",))]),
        # nor the publisher's: forces the text calls many nations' or the host's own
        ("Royal Navy", "A multinational battlegroup is stationed in Tapa.", [((), ("estonia",))]),
        ("Royal Navy", "The host nation's frigates are based in Gdynia.", [(("poland",), ("poland",))]),
        # a state named beside its town is a host, not a nationality that owns the forces
        (
            "America's Navy",
            "Two P-8A Poseidon aircraft of Patrol Squadron 26, deployed to Keflavík, Iceland, since April, will fly patrols.",
            [(("united-states",), ("iceland",))],
        ),
        # a topic tag names a state, not an institution: no masthead
        ("Estonia", "Two destroyers are stationed in Gdynia.", [(("poland",), ("poland",))]),
    ],
)
def test_forces_no_one_is_named_for_belong_to_the_state_whose_masthead_the_release_bears(
    masthead: str, paragraph: str, expected: list[object]
) -> None:
    assert deployments_of(_published_under(masthead, paragraph)) == expected


@pytest.mark.parametrize(
    ("masthead", "paragraph", "expected"),
    [
        # "HMS" prefixes British and Swedish ships; "Forsvaret" is Denmark's armed forces and Norway's
        ("Swedish Armed Forces", "HMS Halland will be based in Gdynia until May.", [(("sweden",), ("poland",))]),
        ("Royal Navy", "HMS Tyne will be based in Gdynia until May.", [(("united-kingdom",), ("poland",))]),
        # a nationality just before the name says whose it is, whoever publishes
        ("Swedish Armed Forces", "Britain's HMS Somerset will be based in Gdynia until May.", [(("united-kingdom",), ("poland",))]),
        (
            "Swedish Armed Forces",
            "The British frigate HMS Somerset will be based in Gdynia until May.",
            [(("united-kingdom",), ("poland",))],
        ),
        ("Forsvaret | Danish Defence", "Forsvaret will station a company at Ādaži from August.", [(("denmark",), ("latvia",))]),
        ("Norwegian Armed Forces", "Forsvaret will station a company at Rukla from August.", [(("norway",), ("lithuania",))]),
        # with no state of its own, the document names an owner it does not say: none is drafted, not the host
        ("Defence news", "Forsvaret will station a company at Rukla from August.", [((), ("lithuania",))]),
    ],
)
def test_a_name_several_states_forces_share_is_the_documents_own_states_or_no_ones(
    masthead: str, paragraph: str, expected: list[object]
) -> None:
    assert deployments_of(_published_under(masthead, paragraph)) == expected


@pytest.mark.parametrize(
    "preamble",
    [
        "The ministers of Canada and Latvia reviewed the partnership and agreed on the steps set out below.",
        "We, the Ministers of Defence of Denmark, Germany and Sweden, have agreed on the following points.",
        "Meeting in Kuopio, Denmark, Finland and Norway agreed to take their cooperation further within NATO, as set out below.",
        "Estonia and Finland have agreed to deepen their cooperation as described below.",
    ],
)
def test_a_line_announcing_what_is_set_out_below_undertakes_nothing_itself(preamble: str) -> None:
    drafts = drafts_of(preamble, "Air", "The air forces will hold a joint exercise each spring.")
    assert not [c for c in drafts.commitments if any(e.paragraph == 3 for e in c.evidence)]


@pytest.mark.parametrize("after", [(), ("Share this article",)])
def test_an_undertaking_that_points_below_with_nothing_below_it_is_still_one(after: tuple[str, ...]) -> None:
    drafts = drafts_of("Estonia will raise defence spending to 3.4% of GDP in 2026, as detailed below.", *after)
    assert parties_of(drafts) == [("estonia",)]


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # the publisher, its desk and place above the headline
        (
            [
                "NATO",
                "Headquarters Multinational Corps Northeast",
                "Szczecin, Poland",
                "Nov 5, 2018",
                "Amber Ridge 18: corps staff to command forces in Latvia",
                "Body text here.",
            ],
            "Amber Ridge 18: corps staff to command forces in Latvia",
        ),
        (
            [
                "America's Navy",
                "U.S. Naval Forces Europe and Africa / U.S. Sixth Fleet",
                "Press Releases",
                "Marines Lead Amphibious Phase of Baltic Trident 22",
                "Story Number: NNS220613-04",
                "Body text here.",
            ],
            "Marines Lead Amphibious Phase of Baltic Trident 22",
        ),
        (
            ["Royal Navy", "News", "Northern Current 21 begins in the Baltic", "14 September 2021", "The drill started today."],
            "Northern Current 21 begins in the Baltic",
        ),
        (
            [
                "Skip to main content",
                "Ministry of Defence",
                "News",
                "Baltic ministers in Tallinn call for more air defence",
                "17. March 2022 - 14:40",
                "Text.",
            ],
            "Baltic ministers in Tallinn call for more air defence",
        ),
        # a short title whose preamble runs on below it, or whose words continue on the next line
        (
            [
                "Joint Statement",
                "The Ministers of Defence of Estonia, Latvia and Lithuania, meeting in Riga, have agreed as follows:",
                "1. Text.",
            ],
            "Joint Statement",
        ),
        (
            ["JOINT STATEMENT", "OF THE MINISTERS OF DEFENCE OF ESTONIA AND FINLAND", "Text."],
            "Joint Statement of the Ministers of Defence of Estonia and Finland",
        ),
        # a fact sheet's fields are not its headline, and a short headline with nothing longer under it stays
        (
            [
                "Fact Sheet",
                "Lead nation: Norway",
                "Most recent edition: NORTHERN FJELL 25, 3-20 March 2025",
                "Next edition: NORTHERN FJELL 27",
                "Text.",
            ],
            "Fact Sheet",
        ),
        (["Tanks reach Tapa", "Published: 2025-06-04", "Text."], "Tanks reach Tapa"),
        # a short headline in sentence case above a standfirst with no stop is the headline
        (
            [
                "Tanks reach Tapa",
                "The first tanks of the new brigade rolled into the garrison on Tuesday, the army said in a statement",
                "Published: 2025-06-04",
                "Text.",
            ],
            "Tanks reach Tapa",
        ),
        # a ministry's full name is a masthead however long; an accessibility link is furniture
        (
            [
                "Skip to main content",
                "Ministry of Defence of the Republic of Latvia",
                "News",
                "Canadian tanks arrive at Ādaži",
                "Published: 2025-06-04",
                "Text.",
            ],
            "Canadian tanks arrive at Ādaži",
        ),
        (
            ["Republic of Estonia Ministry of Defence", "Allies agree on air defence rotation", "Published: 2025-06-04", "Text."],
            "Allies agree on air defence rotation",
        ),
        # a desk's line in sentence case is still the desk's
        (
            [
                "Press release from Ministry of Defence",
                "Sweden extends its battalion in Latvia and sends staff to Finland",
                "4 June 2025",
                "Text.",
            ],
            "Sweden extends its battalion in Latvia and sends staff to Finland",
        ),
    ],
)
def test_a_masthead_above_the_headline_is_not_the_title(lines: list[str], title: str) -> None:
    document = ingest.parse("\n".join(lines))
    assert document.metadata.title is not None
    assert document.metadata.title.value == title


@pytest.mark.parametrize(
    ("text", "headline", "names"),
    [
        ("Northern Bastion 18: corps headquarters to command Allied forces in Estonia and Latvia", True, ["Northern Bastion 18"]),
        ("Marines Lead Amphibious Phase of Baltic Trident 22", True, ["Baltic Trident 22"]),
        ("Allied ships gather in the Gulf of Riga for Open Spirit 24", True, ["Open Spirit 24"]),
        ("Marines came ashore near Kuressaare during the amphibious phase of Baltic Trident 22.", False, ["Baltic Trident 22"]),
        # an event something happens during or at is not said to be an exercise: it may be a tournament or a fair
        ("Two ships were damaged during Baltic Trident 22, the navy said.", False, []),
        ("Extra police patrolled the fan zones during Euro 24, and soldiers guarded the stadiums.", False, []),
        ("Police and soldiers on alert during Euro 24", True, []),
        # missions, weeks and episodes with a number are no exercises
        ("Mission BORÉE 26: French frigate and minehunter head for the Baltic", True, []),
        ("Week 25: drills and deployments around the Baltic", True, []),
        ("Episode 47: tanks at Pabradė", True, []),
    ],
)
def test_an_edition_a_headline_is_about_or_a_sentence_happens_during_is_an_exercise(text: str, headline: bool, names: list[str]) -> None:
    assert [n.name for n in extract.find_exercise_names(text, headline=headline)] == names


def test_a_group_the_headline_names_is_who_the_ministers_are() -> None:
    text = (
        "Ministry of Defence\n"
        "News\n"
        "Baltic defence ministers in Tallinn: the region needs long-range air defence\n"
        "Published: 2025-06-04\n"
        "The meeting took place on Friday.\n"
        "The ministers agreed to buy medium-range air defence systems together by 2028."
    )
    drafts = ingest.draft(ingest.parse(text), dataset=bs.dataset())
    assert parties_of(drafts) == [("estonia", "latvia", "lithuania")]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        # titles of ministries named for the armed forces
        ("French Minister of the Armed Forces Claire Morvan visited Tapa.", {"Claire Morvan": ("france", "minister of the armed forces")}),
        ("The UK's Armed Forces Minister, Tom Hale, spoke at Ämari.", {"Tom Hale": ("united-kingdom", "armed forces minister")}),
        # a name before its title and the state it serves
        (
            "Guest: Mads Holmgaard, Minister of Defence of Denmark. Interviewer: Karen Vestergaard.",
            {"Mads Holmgaard": ("denmark", "minister of defence")},
        ),
        ("With Brigadier Fiona Castell, commander of the UK's forces in Estonia.", {"Fiona Castell": ("united-kingdom", "commander")}),
        # a day, a month or a verb before the name is not part of it
        ("On Tuesday Hanno Pevkur, Minister of Defence of Estonia, visited Tapa.", {"Hanno Pevkur": ("estonia", "minister of defence")}),
        ("Welcoming Pål Jonson, Minister for Defence of Sweden, to Riga.", {"Pål Jonson": ("sweden", "minister for defence")}),
    ],
)
def test_a_person_is_found_with_a_title_of_the_armed_forces_or_after_their_name(line: str, people: dict[str, object]) -> None:
    from baltic_security.ingest.parties import PartyFinder, people_with_titles

    assert people_with_titles([line], PartyFinder(bs.dataset())) == people


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a titled person the text gives no state for, in a ministry's own release, is its minister
        ("Minister of Defence Hanno Kivisild said a company of about 150 soldiers will move to Narva.", [(("estonia",), ("estonia",))]),
        # not an ambassador, who is someone else's
        ("Ambassador Katrin Vogt said a company of about 150 soldiers will arrive in Narva.", [((), ("estonia",))]),
    ],
)
def test_a_titled_person_in_a_release_speaks_for_its_publisher(paragraph: str, expected: list[object]) -> None:
    assert deployments_of(_published_under("Kaitseministeerium | Ministry of Defence of the Republic of Estonia", paragraph)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where forces come from, inside the phrase that says so, is no host; a compass point before the destination is no bar
        ("Germany will move an air defence platoon from its brigade in Lithuania to eastern Latvia.", [(("germany",), ("latvia",))]),
        ("Germany will move an air defence platoon to eastern Latvia.", [(("germany",), ("latvia",))]),
        ("The United States will move a company from its rotational force in Poland to Lithuania.", [(("united-states",), ("lithuania",))]),
        ("A Polish company moved from Orzysz to Lithuania.", [(("poland",), ("lithuania",))]),
        # where they are, with no destination, still hosts
        ("A company from the battalion in Tapa will patrol the border.", [(("estonia",), ("estonia",))]),
        # and with a destination inside the same state
        ("A company from the battalion in Tapa moved to the northeast of the country.", [(("estonia",), ("estonia",))]),
        ("A company from the battalion in Tapa moved to the border with Russia.", [((), ("estonia",))]),
        # a destination the gazetteer does not know is still elsewhere
        ("A Russian motor rifle brigade has returned from the front in Ukraine to its old base at Kamenka.", [(("russia",), ())]),
    ],
)
def test_where_forces_come_from_is_no_host_where_they_go_is(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a formation joined is named by its lead: the forces joining it are the subject's
        (
            "The Netherlands will add between 100 and 150 soldiers to the German-led battlegroup in Lithuania.",
            [(("germany", "netherlands"), ("lithuania",))],
        ),
        ("Norway will send 120 more soldiers to the German-led battlegroup at Rukla.", [(("germany", "norway"), ("lithuania",))]),
        # a formation that is there is its lead's
        ("The German-led battlegroup in Lithuania has about 1,600 soldiers.", [(("germany",), ("lithuania",))]),
        # and so is one a relative clause says a state leads
        ("The battlegroup at Rukla, which Germany has led since 2017, has about 1,600 soldiers.", [(("germany",), ("lithuania",))]),
        ("The brigade in Latvia, led by Canada at Ādaži, has about 4,000 soldiers.", [(("canada",), ("latvia",))]),
        (
            "Canada, which has led NATO's forces in Latvia since 2017, has about 2,000 soldiers in the country.",
            [(("canada", "nato"), ("latvia",))],
        ),
    ],
)
def test_forces_joining_a_formation_led_by_another_are_the_subjects(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the country" is the one state the sentence names besides the owners
        (
            "Poland's defence ministry says about 10,000 American soldiers are stationed in the country.",
            [(("united-states",), ("poland",))],
        ),
        ("Estonia said British and French troops would stay in the country.", [(("france", "united-kingdom"), ("estonia",))]),
        ("About 10,000 American soldiers are stationed in the country.", [(("united-states",), ())]),
        # a place forces are compared with is no host
        ("About 10,000 American soldiers are stationed in the country, more than in Germany.", [(("united-states",), ())]),
        # "whose" takes the whole list before it; where they met is a venue
        (
            "Denmark, Norway and Sweden, whose troops are stationed in Finland this winter, met in Oslo.",
            [(("denmark", "norway", "sweden"), ("finland",))],
        ),
        # "whose" forces are the party's named just before it
        (
            (
                "The opposing force was provided by the U.S. Army's 2nd Cavalry Regiment, whose squadron has been on rotation at "
                "Bemowo Piskie since February."
            ),
            [(("united-states",), ("poland",))],
        ),
    ],
)
def test_the_country_and_whose_forces_refer_to_the_state_named_before(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("opening", "point", "deployments", "parties"),
    [
        # a statement's authors note, welcome or condemn another party's deed: the deed is that party's
        (
            "We, the defence ministers of Estonia, Finland, Latvia and Lithuania, met in Lappeenranta.",
            (
                "5. We note with concern that Russia is re-establishing ground formations opposite our borders, among them a "
                "new army corps headquarters in Petrozavodsk."
            ),
            [(("russia",), ("russia",))],
            [],
        ),
        (
            "The Ministers of National Defence of Lithuania and Poland met in Druskininkai.",
            (
                "6. The two sides note with alarm the stated intention of the Russian Federation to place intermediate-range "
                "missile systems in Belarus before the end of 2025."
            ),
            [(("russia",), ("belarus",))],
            [],
        ),
        (
            "The defence ministers of Denmark, Finland, Norway and Sweden met in Oulu.",
            "6. The ministers take note of Russia's announced plan to form a new army corps in the Republic of Karelia.",
            [(("russia",), ("russia",))],
            [],
        ),
        (
            "The defence ministers of Estonia, Latvia and Lithuania met in Riga.",
            "3. The ministers welcome Germany's decision to station a brigade in Lithuania.",
            [(("germany",), ("lithuania",))],
            [],
        ),
        # an undertaking noted as a whole clause is its subject's
        (
            "The defence ministers of the Nordic and Baltic states met in Reykjavik.",
            "5. Note that Iceland will fund two civilian cyber defence experts in Tallinn from next year.",
            [],
            [("iceland",)],
        ),
        # what the authors undertake to support is not the doer ("supporting Ukraine"): the point is still theirs
        (
            "The defence ministers of Estonia, Latvia and Lithuania met in Riga.",
            "11. Welcomed the progress made in supporting Ukraine and reaffirmed the commitment to lead the demining coalition.",
            [],
            [("estonia", "latvia", "lithuania")],
        ),
    ],
)
def test_what_a_statement_notes_of_another_partys_deed_is_that_partys(
    opening: str, point: str, deployments: list[object], parties: list[tuple[str, ...]]
) -> None:
    drafts = drafts_of(opening, point)
    assert deployments_of(drafts) == deployments
    assert parties_of(drafts) == parties


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # a purchase contracted, with a price in brackets or "signed for" what is bought
        (
            "Last month Poland's Armament Agency signed a PLN 760 million (about €180 million) contract for 18 jamming systems.",
            [("poland",)],
        ),
        ("Vilnius signed for two more NASAMS batteries, worth about €200 million, to be delivered in 2028.", [("lithuania",)]),
        # money invested, and works with a date to finish by
        ("Lithuania is investing around €300 million in barracks and ranges at Rūdninkai.", [("lithuania",)]),
        ("Estonia is building new barracks at Tapa, at a cost of about €140 million, to be completed by 2027.", [("estonia",)]),
        # money committed as a share of GDP, paid, reserved or approved, a budget passed, an undertaking given
        ("Estonia has committed 0.25% of its gross domestic product to military aid for Ukraine until 2027.", [("estonia",)]),
        ("Denmark has paid EUR 20 million towards a new ammunition depot at Ādaži.", [("denmark",)]),
        ("Finland has reserved EUR 38 million for the first year of the deployment.", [("finland",)]),
        ("Lithuania's parliament approved an extra 40 million euros for border surveillance equipment.", [("lithuania",)]),
        ("Latvia's parliament approved a 2022 defence budget of 2.25% of GDP.", [("latvia",)]),
        ("Poland's government approved a draft budget that puts defence spending in 2026 at 4.8% of GDP.", [("poland",)]),
        # kit a service will receive is a purchase, not forces placed
        ("Under its investment plan, the Estonian Navy will receive two additional minehunters by 2027.", [("estonia",)]),
        ("The Latvian government has undertaken to provide new premises for the NFIU in Riga by 2026.", [("latvia",)]),
        # not a finish date in the past, nor "signed" a letter, nor money spent by no one
        ("The barracks at Tapa were completed in 2019.", []),
        ("Estonia signed for the delivery of the letters yesterday.", []),
    ],
)
def test_a_purchase_an_investment_or_works_to_finish_by_a_date_are_undertakings(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an airspace protected, forces serving with a formation, forces that reached a state or were moved onto a place
        (
            "NATO has protected the airspace of Estonia, Latvia and Lithuania since 2004.",
            [(("nato",), ("estonia", "latvia", "lithuania"))],
        ),
        (
            "The French company serving with the multinational brigade in Estonia, some 300 soldiers, takes part.",
            [(("france",), ("estonia",))],
        ),
        ("Moving by road and rail, the Polish brigade's lead elements reached Latvia in under a week.", [(("poland",), ("latvia",))]),
        # not a level reached, nor a person who reached a town
        ("Finland's defence spending reached 2.4% of GDP.", []),
        ("The minister reached Tallinn on Monday.", []),
        ("Latvia signed for the system, and the first battery would reach Latvia in 2028.", []),
    ],
)
def test_forces_that_protect_an_airspace_serve_with_a_formation_or_reach_a_state_are_deployed(
    sentence: str, expected: list[object]
) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # forces put into a formation the text has placed are where it is
        (
            "France will keep its company of some 300 troops in the battlegroup.",
            [(("nato", "united-kingdom"), ("estonia",)), (("france",), ("estonia",))],
        ),
        (
            "A Danish company of about 150 soldiers will reinforce the battlegroup in the spring.",
            [(("nato", "united-kingdom"), ("estonia",)), (("denmark",), ("estonia",))],
        ),
        # a formation the text has not placed places nothing
        (
            "France will keep its company of some 300 troops in the brigade.",
            [(("nato", "united-kingdom"), ("estonia",)), (("france",), ())],
        ),
    ],
)
def test_forces_put_into_a_formation_the_text_placed_are_where_it_is(later: str, expected: list[object]) -> None:
    drafts = drafts_of("About 800 British soldiers of NATO's battlegroup at Tapa are already there.", later)
    assert deployments_of(drafts) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state's forces at its border with a neighbour are on its own soil
        (
            "The Lithuanian Armed Forces moved two air defence units closer to the border with the Kaliningrad region.",
            [(("lithuania",), ("lithuania",))],
        ),
        ("Polish troops were sent to the border with Belarus.", [(("poland",), ("poland",))]),
        # a state with no such border is not placed on its own soil: where is not said
        ("German troops moved closer to the border with Russia.", [(("germany",), ())]),
    ],
)
def test_a_states_forces_at_its_border_with_a_neighbour_are_on_its_soil(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second party with its own figure, the verb left out, undertakes its own figure
        (
            "Lithuania will contribute €30 million and Latvia €15 million, their defence ministries said.",
            [(("lithuania",), 30_000_000.0), (("latvia",), 15_000_000.0)],
        ),
        (
            "In 2025 Finland will spend 2.5 per cent of its gross domestic product on defence, and Estonia 3.7 per cent.",
            [(("finland",), 2.5), (("estonia",), 3.7)],
        ),
        # not a party that goes on with a verb of its own, nor a figure that is no amount of the same kind
        ("Poland will spend 4.7% of GDP and Lithuania will buy tanks.", [(("poland",), 4.7)]),
        ("Denmark will give €20 million, while Sweden 2026 plans remain open.", [(("denmark",), 20_000_000.0)]),
        # several parties with a figure for each undertake it each (not the last of them alone, nor all of them as one sum)
        (
            "Sweden will contribute €100 million and Finland and Norway €50 million each to the fund.",
            [(("sweden",), 100_000_000.0), (("finland",), 50_000_000.0), (("norway",), 50_000_000.0)],
        ),
        (
            "Sweden will give €100 million, and Finland, Denmark and Norway €50 million apiece.",
            [(("sweden",), 100_000_000.0), (("denmark",), 50_000_000.0), (("finland",), 50_000_000.0), (("norway",), 50_000_000.0)],
        ),
        (
            "Sweden will contribute €100 million and Finland and Norway €50 million each over three years.",
            [(("sweden",), 100_000_000.0), (("finland",), 50_000_000.0), (("norway",), 50_000_000.0)],
        ),
        # (a share of GDP is each one's own; a sum with no "each" is theirs together)
        (
            "Poland will spend 4.7% of GDP on defence in 2025 and Lithuania and Latvia around 4% of GDP.",
            [(("poland",), 4.7), (("latvia",), 4.0), (("lithuania",), 4.0)],
        ),
        (
            "Sweden will give €100 million and Finland and Norway €50 million.",
            [(("sweden",), 100_000_000.0), (("finland", "norway"), 50_000_000.0)],
        ),
        # (a figure with more after it is still no figure of their own)
        ("Sweden will give €100 million and Finland and Norway €50 million each less.", [(("sweden",), 100_000_000.0)]),
    ],
)
def test_a_second_party_with_its_own_figure_and_no_verb_undertakes_that_figure(sentence: str, expected: list[object]) -> None:
    drafts = drafts_of(sentence)
    assert [(c.parties, c.amount.value if c.amount else None) for c in drafts.commitments] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a mission launched is NATO's forces at sea, with no host (waters host nothing)
        ("Baltic Sentry was launched by NATO in January 2025 after several cables were damaged.", [(("nato",), ())]),
        ("NATO launched Baltic Sentry in January 2025.", [(("nato",), ())]),
        ("In September the Alliance launched Eastern Sentry.", [(("nato",), ())]),
        # missiles launched are no forces placed
        ("Russia launched missiles at Ukraine on Monday.", []),
    ],
)
def test_a_mission_launched_is_a_deployment_of_its_owner(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # missiles shipped into a place
        ("Russia has shipped Iskander-M missile systems into its Kaliningrad exclave this week.", [(("russia",), ("russia",))]),
        # a system stated to be "on combat duty in" a state is there ("combat duty" is said of forces, unlike "on duty", which
        # fits people as well, "a doctor on duty in Kyiv")
        ("Officials said a Russian Oreshnik missile system was now on combat duty in Belarus.", [(("russia",), ("belarus",))]),
        # a system that is to go on duty is a claim of what is to come; ships as a noun move nothing
        ("Lukashenko said the first Oreshnik systems would go on combat duty in Belarus before the end of the year.", []),
        # an unconfirmed report is drafted, doubtful; a report that remains unconfirmed is not drafted
        (
            "According to unconfirmed reports in Lithuanian media, Russia has stationed more fighter jets in the Kaliningrad region.",
            [(("russia",), ("russia",))],
        ),
        ("Reports that the Netherlands will send Patriot systems to Lithuania remain unconfirmed.", []),
    ],
)
def test_forces_shipped_or_reported_unconfirmed(sentence: str, expected: list[object]) -> None:
    drafts = drafts_of(sentence)
    assert deployments_of(drafts) == expected
    if "unconfirmed reports" in sentence:
        assert drafts.deployments[0].evidence[0].credibility is bs.Credibility.DOUBTFUL


@pytest.mark.parametrize(
    ("paragraph", "deployments", "parties"),
    [
        # a framework nation leads the force the paragraph drafted; its "will act as" is no undertaking of its own
        (
            (
                "The two ministers signed a letter of intent on NATO's Forward Land Forces in Finland. Sweden will act as the "
                "framework nation."
            ),
            [(("nato", "sweden"), ("finland",))],
            [],
        ),
        # what was agreed is still an undertaking (whose lead it names is the agreement's to say, not guessed)
        (
            "NATO's Forward Land Forces will be based in Finland. Finland and Sweden agreed that Sweden will be the framework nation.",
            [(("nato",), ("finland",))],
            [("finland", "sweden")],
        ),
    ],
)
def test_a_framework_nation_leads_the_force_the_paragraph_drafted(
    paragraph: str, deployments: list[object], parties: list[tuple[str, ...]]
) -> None:
    drafts = drafts_of(paragraph)
    assert deployments_of(drafts) == deployments
    assert parties_of(drafts) == parties


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a war is an event where it is fought, not a host of the forces a sentence moves elsewhere
        (
            "Some commentators expect Russia to move troops back to the Finnish border once its war in Ukraine allows it.",
            [(("russia",), ("russia",))],
        ),
        # forces another state is asked to keep are not stated to be there
        ("The minister said Vilnius would ask Washington to keep U.S. troops in Lithuania after 2017.", []),
        # units going back to their home base are there (a curator records them at home)
        (
            "Russia has begun returning units of its 76th Guards Air Assault Division to their home base in Pskov.",
            [(("russia",), ("russia",))],
        ),
    ],
)
def test_a_war_is_no_host_and_forces_asked_for_are_not_there(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forces a state has in a named place are deployed there
        ("Russia has Iskander brigades and Bastion coastal missiles in Kaliningrad.", [(("russia",), ("russia",))]),
        # not what it has in its inventory, nor what it has trained or lost (a perfect tense)
        ("Estonia has six HIMARS launchers in its inventory.", []),
        ("Latvian instructors have so far trained more than 3,000 Ukrainian soldiers in Latvia.", []),
        ("Russia's westernmost region has lost much of its ground forces to the war in Ukraine.", []),
    ],
)
def test_forces_a_state_has_in_a_place_are_deployed_there(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


# Sentences a reviewer wrote against this round's rules; each gave a wrong draft before the fix beside it.
@pytest.mark.parametrize(
    ("paragraphs", "deployments", "parties"),
    [
        # a lead in a relative clause must lead a force, and a host stays a host
        (("Norway sent 200 soldiers to Lithuania, which has led efforts to build a drone wall.",), [(("norway",), ("lithuania",))], []),
        (
            ("Germany, which had led the battlegroup in Lithuania since 2017, will now station a full brigade there.",),
            [(("germany",), ("lithuania",))],
            [],
        ),
        # a second party that receives, that is compared, or whose figure is no amount of its own undertakes nothing
        (("The United States will provide Estonia $100 million and Latvia $80 million in military financing.",), [], [("united-states",)]),
        (("Estonia will spend 5.4% of GDP on defence next year, compared with 2% in 2021, and Russia 7%.",), [], [("estonia",)]),
        (("Lithuania will allocate €30 million to the fund, and Latvia €15 million less.",), [], [("lithuania",)]),
        # what the authors note is not theirs, nor is what they go on to undertake the noted party's
        (
            (
                "The defence ministers of Estonia, Latvia and Lithuania met in Riga.",
                (
                    "4. Noting that Russia continues to build up its forces near our borders, the Ministers agreed to raise defence "
                    "spending to 5% of GDP by 2026."
                ),
            ),
            [(("russia",), ("russia",))],
            [("estonia", "latvia", "lithuania")],
        ),
        (
            (
                "The defence ministers of Estonia, Latvia and Lithuania met in Riga.",
                "5. We note that Finland and Sweden will join the air defence initiative and that we will contribute €30 million to it.",
            ),
            [],
            [("estonia", "latvia", "lithuania")],
        ),
        (
            (
                "The defence ministers of Estonia, Latvia and Lithuania met in Riga.",
                "9. The Ministers welcomed Lithuania's decision to host the German brigade in Rukla.",
            ),
            [(("germany",), ("lithuania",))],
            [],
        ),
        # "launched", "reached", "shipped", "served with" and "on duty" only of forces
        (("Lithuania launched a fact-finding mission after the cable damage.",), [], []),
        (("Ukrainian refugees reached Estonia in large numbers.",), [], []),
        (("The United States shipped eight HIMARS launchers to Lithuania under a 2022 contract.",), [], []),
        (("Latvia's defence minister, who served with the US Army in Iraq, visited Ādaži.",), [], []),
        (("A Lithuanian doctor on duty in Kyiv treated wounded soldiers.",), [], []),
        # a company's money is no state's undertaking
        (("Norway's Kongsberg is investing €200 million in a missile plant in Finland.",), [], []),
        (("Germany's KNDS signed a €500 million (about $540 million) contract with Lithuania for tanks.",), [], []),
        # a formation the sentence says is another's, or an adversary's, places nothing
        (
            ("Russia has stationed a new division in Kaliningrad.", "The Latvian army will put 4,000 soldiers into the division."),
            [(("russia",), ("russia",)), (("latvia",), ())],
            [],
        ),
        # another state whose border it may be
        (("Latvia sent soldiers to help Lithuania guard the border with Belarus.",), [(("latvia",), ())], []),
        # a report denied
        (("Lithuania denied unconfirmed reports that it would station US troops at Šiauliai.",), [], []),
    ],
)
def test_a_reviewers_sentences_against_this_rounds_rules(
    paragraphs: tuple[str, ...], deployments: list[object], parties: list[tuple[str, ...]]
) -> None:
    drafts = drafts_of(*paragraphs)
    assert deployments_of(drafts) == deployments
    assert parties_of(drafts) == parties


@pytest.mark.parametrize(
    ("masthead", "paragraph", "expected"),
    [
        # a nationality names a ship's owner only right before it, not across a verb or a comma
        (
            "Royal Navy",
            "The Estonian minister visited HMS Prince of Wales in Tallinn, where the carrier will stay for three days.",
            [(("united-kingdom",), ("estonia",))],
        ),
        # reservists among the publisher's own soldiers are still the publisher's
        (
            "Ministry of Defence of the Republic of Latvia",
            "A unit of 200 soldiers, including reservists, was sent to Lithuania for the exercise.",
            [(("latvia",), ("lithuania",))],
        ),
    ],
)
def test_a_reviewers_masthead_sentences(masthead: str, paragraph: str, expected: list[object]) -> None:
    assert deployments_of(_published_under(masthead, paragraph)) == expected


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # who is told, informed or assured that something will be done is not its doer
        ("Norway and Denmark have told Finland and Sweden that they will also buy more air defence systems.", [("denmark", "norway")]),
        ("Estonia assured Latvia that it will buy more ammunition.", [("estonia",)]),
    ],
)
def test_who_is_told_that_something_will_be_done_does_not_undertake_it(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # what a party expects to be done is its own expectation, not an undertaking of what the sentence names
        ("Lithuania expects the German brigade's barracks to be completed by 2027.", [("lithuania",)]),
        ("Latvia wants the Swedish-built radars to be delivered by 2026.", [("latvia",)]),
    ],
)
def test_what_a_party_expects_to_be_done_is_not_undertaken_by_what_it_names(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


@pytest.mark.parametrize(
    ("sentence", "statuses"),
    [
        # an undertaking the sentence reports as done is fulfilled, not active (the curation guide, section 3)
        ("So far Lithuania has paid €30 million into the fund.", ["fulfilled"]),
        ("The Netherlands has delivered all 18 howitzers it promised to Estonia.", ["fulfilled"]),
        # money invested is spent: "has invested" is done as "has spent" is
        ("Estonia has already invested 30 million euros in new barracks at Tapa.", ["fulfilled"]),
        ("Since 2010 Estonia has invested about 75 million euros in Ämari air base.", ["fulfilled"]),
        ("Estonia has already invested €40 million of the €60 million it pledged for air defence.", ["active"]),
        # "since" a time says when the deed began; "since" a deed is a deed apart
        ("Since the start of 2023 Latvia has paid €300 million for housing at Ādaži.", ["fulfilled"]),
        ("Estonia has spent €10 million on the fund since it pledged to join.", ["active"]),
        # (not a part of it, a goal still pursued, nor a deed apart from the undertaking: a reviewer's sentences)
        ("Estonia has already spent €40 million of the €60 million it pledged for air defence.", ["active"]),
        ("Hungary has so far paid nothing of the €20 million it pledged to the fund.", ["active"]),
        ("Lithuania has paid only €5 million of the €30 million it pledged.", ["active"]),
        ("The Netherlands has delivered fewer than half of the 18 howitzers it promised to Estonia.", ["active"]),
        ("Lithuania remains committed to fulfilling its pledge to spend 5% of GDP on defence by 2026.", ["active"]),
        ("Germany, which has already delivered two IRIS-T systems to Latvia, pledged a third.", ["active"]),
        ("Denmark pledged €50 million more, after it had delivered all its F-16s to Ukraine.", ["active"]),
        ("Poland had already spent 4% of GDP on defence before it pledged to reach 5%.", ["active"]),
        # what is still to come is not, even beside what is done
        ("Finland has paid €10 million and will pay €20 million more next year.", ["fulfilled", "unknown"]),
        ("Poland will pay €30 million into the fund.", ["unknown"]),
        ("The radars, which Saab has delivered to Latvia, are to be upgraded by 2027.", ["active"]),
    ],
)
def test_an_undertaking_reported_as_done_is_fulfilled(sentence: str, statuses: list[str]) -> None:
    assert [c.status.value for c in drafts_of(sentence).commitments] == statuses


@pytest.mark.parametrize(
    ("item", "deployments", "parties"),
    [
        # a digest item's label says what the item is about; the item's own words say who does what, and where
        (
            "• Lithuania - Berlin is considering stationing a full combat brigade in Lithuania permanently, local media said.",
            [(("germany",), ("lithuania",))],
            [],
        ),
        (
            "• Denmark - Copenhagen will give Ukraine another military aid package worth 200 million euros.",
            [],
            [("denmark",)],
        ),
        ("• Russia/Belarus - Moscow says it will station tactical nuclear weapons in Belarus.", [(("russia",), ("belarus",))], []),
        (
            "Estonia: From 2018 to 2024, a Danish company of about 200 soldiers served in the British-led battlegroup in Tapa.",
            [(("denmark", "united-kingdom"), ("estonia",))],
            [],
        ),
        # (an item that names no party of its own is the label's, and a transcript's speaker is no label)
        ("- Sweden: a mechanised battalion with CV90 vehicles at Camp Ādaži, in place since early 2025", [(("sweden",), ("latvia",))], []),
        ("SWEDEN — The government plans to buy four corvettes.", [], [("sweden",)]),
        # (a subject with an aside after it is no label: a reviewer's sentence)
        ("Germany \u2013 Europe's largest economy \u2013 will station a brigade in Lithuania.", [(("germany",), ("lithuania",))], []),
    ],
)
def test_a_digest_items_label_is_what_it_is_about_not_who_acts_in_it(
    item: str, deployments: list[object], parties: list[tuple[str, ...]]
) -> None:
    drafts = drafts_of(item)
    assert (deployments_of(drafts), parties_of(drafts)) == (deployments, parties)


def test_a_transcripts_speaker_is_no_digest_label() -> None:
    drafts = drafts_of(
        "Guest: Anna Dzenis, commander of the Latvian National Guard",
        "RSQ: Will the Guard answer with an exercise of its own?",
        "Dzenis: The US Army aviation unit, about ten Black Hawk helicopters, will stay at Lielvārde until November.",
    )
    assert parties_of(drafts) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state's own forces made more, or kept, where its own words put them: on its own soil
        ("Poland will raise the number of soldiers on its border with Belarus to around 12,000 from 6,000.", [(("poland",), ("poland",))]),
        ("Sweden has reinforced its garrison on the island since January with a mechanised company.", [(("sweden",), ("sweden",))]),
        (
            "Estonia's coastal defence battalion has operated anti-ship missile launchers along the north coast since 2024.",
            [(("estonia",), ("estonia",))],
        ),
        ("Finland has kept 300 troops in the north of the country since March.", [(("finland",), ("finland",))]),
        # (more forces for a named host are there; a force's own size is no deployment)
        ("NATO will reinforce its presence in Lithuania with 1,000 more troops.", [(("nato",), ("lithuania",))]),
        ("Poland will raise the number of soldiers in its army to 300,000.", []),
        # (nor a force's size put any other way, a garrison in a named place, or another's coast: a reviewer's sentences)
        ("Poland will raise the number of soldiers on active duty to 150,000 by 2026.", []),
        ("Lithuania will increase the number of troops at its disposal to 23,000.", []),
        ("Estonia will double the number of troops in the Defence League within five years.", []),
        ("Russia has reinforced its garrison in Transnistria, Moldovan officials said.", [(("russia",), ())]),
        ("German frigates will patrol along the east coast of the Baltic Sea.", [(("germany",), ())]),
    ],
)
def test_more_forces_where_a_states_own_words_put_them_are_on_its_soil(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a formation known by its number is its army's, wherever it is based at home ("Germany-based" is no owner)
        ("A squadron of the Germany-based 2nd Cavalry Regiment will deploy to Pabradė in May.", [(("united-states",), ("lithuania",))]),
        ("The Italy-based 173rd Airborne Brigade sent 600 paratroopers to Latvia.", [(("united-states",), ("latvia",))]),
        ("A battalion of the 16th Mechanised Division was moved to Gołdap.", [(("poland",), ("poland",))]),
        # (where forces are based hosts them when no other place is named: a reviewer's sentences)
        ("The US has about 10,000 Poland-based troops.", [(("united-states",), ("poland",))]),
        ("The Estonia-based British battlegroup will grow to a brigade of 4,000 troops.", [(("united-kingdom",), ("estonia",))]),
        # (a commander's title names no force, with the unit's nationality between)
        ("Guest: Major General Tadeusz Wrona, Commander of the Polish 16th Mechanised Division, Elbląg", []),
    ],
)
def test_a_numbered_formation_is_its_armys_and_where_it_is_based_is_no_owner(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "its" border is the state's the forces are sent to help, when one is named between
        (
            "Britain has sent a small team of army engineers to help Poland reinforce its border fence, a British source said.",
            [(("united-kingdom",), ("poland",))],
        ),
        ("Lithuania will send 500 troops to its border with Belarus.", [(("lithuania",), ("lithuania",))]),
        # (not with no owner named: "it" is the subject's, whoever it is)
        (
            (
                "Belarus' defence ministry denied that any drone had entered Lithuania from its territory and said it had moved "
                "air defence units to its north-western border."
            ),
            [],
        ),
    ],
)
def test_its_border_is_the_helped_states_when_one_is_named_between(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of a place is inside it: the preposition before the part governs the place
        ("Germany has moved a Patriot battery to the outskirts of the Lithuanian capital.", [(("germany",), ("lithuania",))]),
        ("Germany has moved a Patriot battery to the outskirts of Vilnius.", [(("germany",), ("lithuania",))]),
        ("Two Dutch companies are deployed in the north of Lithuania.", [(("netherlands",), ("lithuania",))]),
        ("Spanish NASAMS launchers are stationed near the centre of Riga.", [(("spain",), ("latvia",))]),
    ],
)
def test_a_part_of_a_place_is_inside_it(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def _statement(*paragraphs: str) -> ingest.Drafts:
    return ingest.draft(ingest.parse("\n".join(["Tapa, 4 July 2023", *paragraphs])), dataset=bs.dataset())


@pytest.mark.parametrize(
    ("opening", "later", "parties"),
    [
        # officials titled for two states are what "the two Ministers", "both sides" and "they" stand for
        (
            "The Secretary of State for Defence of the United Kingdom and the Minister of Defence of the Republic of Estonia met today.",
            "The two Ministers agreed to develop together a loitering munition for the Estonian Defence Forces.",
            [("estonia", "united-kingdom")],
        ),
        (
            "The Secretary of Defense of the United States and the Minister of National Defence of Lithuania met in Vilnius.",
            "Both sides reaffirmed their commitment to Article 5 of the North Atlantic Treaty.",
            [("lithuania", "united-states")],
        ),
        # (a statement's authors are no guests: its title introduces them)
        (
            "Joint Statement by the Secretary of State for Defence of the United Kingdom and the Minister of Defence of Estonia",
            "They agreed on closer cooperation in air defence.",
            [("estonia", "united-kingdom")],
        ),
        # a view agreed on is no undertaking
        (
            "The Secretary of State for Defence of the United Kingdom and the Minister of Defence of the Republic of Estonia met today.",
            "They agreed that there is at present no need to station the whole brigade in Estonia on a permanent basis.",
            [],
        ),
    ],
)
def test_officials_titled_for_their_states_are_the_group_later_sentences_name(
    opening: str, later: str, parties: list[tuple[str, ...]]
) -> None:
    assert parties_of(_statement(opening, later)) == parties


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # staff posted, a force strengthened, forces kept in a compass part of a state
        (
            "From January 2020, Denmark will also post 20 staff officers to the division headquarters in Elbląg.",
            [(("denmark",), ("poland",))],
        ),
        ("Moscow would answer by strengthening its forces in the Western Military District.", [(("russia",), ())]),
        ("Germany keeps Patriot batteries in south-eastern Poland.", [(("germany",), ("poland",))]),
        ("Polish troops are stationed in central Poland.", [(("poland",), ("poland",))]),
        # (not a force's quality strengthened, nor staff a text invites someone to post)
        ("Reaffirmed the importance of the initiative for strengthening the interoperability of forces.", []),
        ("c) to invite Finland and Poland to post liaison officers to the Cell.", []),
    ],
)
def test_staff_posted_forces_strengthened_and_kept_in_part_of_a_state(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


_WAR_GAMES = (
    "Russia, Belarus begin war games near Baltic borders",
    "VILNIUS, Sept 16, 2019 (Eastlink News) -",
    (
        "Russia and Belarus began joint military exercises on Monday near the borders of Lithuania, Latvia and Poland, with "
        "Minsk saying about 12,800 troops were taking part."
    ),
    "The drills, named Union Bastion 2019, run until Sept. 22, the Belarusian defence ministry said.",
)


def test_an_exercise_described_then_named_is_one_exercise_of_those_who_hold_it() -> None:
    drafts = ingest.draft(ingest.parse("\n".join(_WAR_GAMES)), dataset=bs.dataset())
    # (the states whose borders it is near take no part; the name given later names the exercise just described)
    assert [(e.name, [p.actor for p in e.participants], [c.paragraph for c in e.evidence]) for e in drafts.exercises] == [
        ("Union Bastion 2019", ["russia", "belarus"], [3, 4])
    ]


def test_forces_moved_for_the_duration_of_an_exercise_are_deployed_not_taking_part() -> None:
    later = "Lithuania has moved a motorised infantry battalion from Kaunas to the Pabradė area for the duration of the drills."
    drafts = ingest.draft(ingest.parse("\n".join([*_WAR_GAMES, later])), dataset=bs.dataset())
    assert deployments_of(drafts) == [(("lithuania",), ("lithuania",))]
    assert [[p.actor for p in e.participants] for e in drafts.exercises] == [["russia", "belarus"]]


@pytest.mark.parametrize(
    "sentence",
    [
        # what a law or a state forbids is not there
        "Finnish legislation continues to prohibit the import and stationing of nuclear weapons in Finland.",
        "The law bans the stationing of foreign troops in Finland.",
        "Sweden forbids the deployment of nuclear weapons on its soil.",
    ],
)
def test_forces_forbidden_are_not_deployed(sentence: str) -> None:
    assert deployments_of(drafts_of(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ban on something else, in the same clause, forbids no forces (a reviewer's sentences)
        ("Sweden has banned drone flights over military bases and deployed air defence units to Gotland.", [(("sweden",), ("sweden",))]),
        (
            "Lithuania has banned the transit of sanctioned goods to Kaliningrad and will deploy 500 troops to the Belarusian border.",
            [(("lithuania",), ("lithuania",))],
        ),
        (
            "Poland banned journalists from the border zone and moved 5,000 soldiers to the frontier with Belarus.",
            [(("poland",), ("poland",))],
        ),
    ],
)
def test_a_ban_on_something_else_forbids_no_forces(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "leads"),
    [
        # a state named the framework nation of a force leads it
        ("Recognising the role of the United Kingdom as framework nation for the battlegroup in Estonia,", ["united-kingdom"]),
        ("Canada is the framework nation of the battlegroup in Latvia.", ["canada"]),
        # (not a host named before "as", nor a past framework nation: a reviewer's sentences)
        ("Canada leads the brigade in Latvia as framework nation, with 14 contributing nations.", [None]),
        ("The Netherlands was the framework nation of the Lithuanian battlegroup until Germany took over in 2017.", [None]),
    ],
)
def test_the_framework_nation_of_a_force_leads_it(sentence: str, leads: list[str | None]) -> None:
    assert [d.lead for d in drafts_of(sentence).deployments] == leads


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # only a state hosts forces, not an alliance whose mission they serve
        ("Finland participates in the NATO mission in Kosovo.", [(("finland",), ())]),
        ("Two Norwegian companies serve in the NATO battlegroup in Lithuania.", [(("norway",), ("lithuania",))]),
    ],
)
def test_only_a_state_hosts_forces(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part taken in a standing force or mission makes the state a contributor; in an exercise it does not
        ("Norway has taken part in NATO's enhanced Forward Presence in Lithuania since 2017.", [(("nato", "norway"), ("lithuania",))]),
        ("Hungary will take part in Baltic Air Policing from Šiauliai next year.", [(("hungary",), ("lithuania",))]),
        ("Danish troops took part in exercise Iron Wolf in Lithuania.", []),
    ],
)
def test_a_part_taken_in_a_standing_force_is_a_contribution(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a system put on combat duty, forces placed by a noun, a stay of a stated length, a move to named kinds of site
        (
            "Belarusian officials said that a Russian Oreshnik missile system was now on combat duty in Belarus.",
            [(("russia",), ("belarus",))],
        ),
        (
            "Minsk said that the first Russian tactical nuclear warheads had been moved to storage sites in Belarus.",
            [(("russia",), ("belarus",))],
        ),
        (
            "The Ministers express concern at the placement of additional S-400 air defence systems in the Kaliningrad region.",
            [(("russia",), ("russia",))],
        ),
        ("Army Air Corps Apache helicopters will spend six weeks in Estonia during the summer.", [(("united-kingdom",), ("estonia",))]),
        ("A Danish forward command post moved to Ādaži in January.", [(("denmark",), ("latvia",))]),
        # (a person's stay is no deployment)
        ("The minister spent two days in Vilnius.", []),
    ],
)
def test_forces_on_duty_placed_by_a_noun_or_staying_a_while_are_deployed(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("later", "names"),
    [
        # another exercise named after one described without a name is another exercise (a reviewer's sentences)
        (
            "Poland answered with drills of its own. The Polish drills, named Dragon 25, involve 20,000 soldiers.",
            ["Unnamed exercise by Russia and Belarus", "Dragon 25"],
        ),
        (
            "The previous drills, named Zapad 2021, involved some 200,000 troops according to Moscow.",
            ["Unnamed exercise by Russia and Belarus", "Zapad 2021"],
        ),
        ("The drills, named Union Bastion 2019, run until Sept. 22.", ["Union Bastion 2019"]),
    ],
)
def test_only_the_exercise_just_described_takes_the_name_given_next(later: str, names: list[str]) -> None:
    drafts = drafts_of("Russia and Belarus began joint military exercises on Monday near the Polish border.", later)
    assert [e.name for e in drafts.exercises] == names


def test_an_exercises_own_forces_for_its_duration_still_take_part() -> None:
    drafts = drafts_of(
        "Exercise Northern Coasts 2025 began in the Baltic Sea on Monday with 30 ships from 14 nations.",
        "For the duration of the exercise, a German frigate will lead the task group, with Danish and Polish ships under its command.",
    )
    assert [sorted(p.actor for p in e.participants) for e in drafts.exercises] == [["denmark", "germany", "poland"]]
    assert drafts.deployments == ()


def test_forces_moved_for_the_duration_of_an_adversarys_exercise_named_so_are_deployed() -> None:
    drafts = drafts_of(
        "Swedish forces began their largest exercise in twenty years on Monday, as Russia prepares a drill of its own.",
        "For the duration of the Russian exercise, the U.S. Army will move about 600 paratroopers to the Baltic states.",
    )
    assert deployments_of(drafts) == [(("united-states",), ("estonia", "latvia", "lithuania"))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is posted online and new posts are no staff posted; the party invited that acts deploys (a reviewer's sentences)
        ("Poland's Operational Command posted footage of American soldiers on social media on Friday.", []),
        ("Latvia has created 300 new posts for professional soldiers in its army.", []),
        ("Norway will post a liaison officer to the NATO headquarters in Riga.", [(("norway",), ("latvia",))]),
        (
            "Germany, invited by Lithuania to station a brigade there, has sent its first 150 soldiers to Vilnius.",
            [(("germany",), ("lithuania",))],
        ),
        ("Invited by Estonia to deploy, France sent 300 soldiers to Tapa in 2017.", [(("france",), ("estonia",))]),
    ],
)
def test_posting_and_invitations_read_as_meant(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a force built up is no deployment; one strengthened somewhere, or a formation named for its place, is
        ("Lithuania will strengthen its armed forces by reintroducing universal conscription.", []),
        ("Latvia has strengthened its forces with 300 new conscripts this year.", []),
        ("Finland will reinforce its troops with modern equipment, the ministry said.", []),
        # (nor one another party wants there)
        ("Estonia wants NATO to strengthen its forces in the Baltic region.", []),
        ("Lithuania wants Germany to station a brigade in Lithuania.", []),
    ],
)
def test_a_force_strengthened_is_deployed_only_somewhere_and_not_when_wished_for(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        # beside a place, or a compass point from it, is not in it (a reviewer's sentences)
        ("Russian warships sailed to the north of Gotland on Tuesday.", []),
        ("A Russian spy ship was spotted in the area of Gotland, the Swedish Navy said.", []),
        ("Russia deployed Iskander missiles to Kaliningrad, to the west of Lithuania.", [("russia",)]),
        ("US troops will be deployed next to the border of Russia's Kaliningrad region.", [()]),
    ],
)
def test_beside_a_place_or_a_compass_point_from_it_is_not_in_it(sentence: str, hosts: list[tuple[str, ...]]) -> None:
    assert [d.hosts for d in drafts_of(sentence).deployments] == hosts


@pytest.mark.parametrize(
    "sentence",
    [
        # a state named beside the owner is not whose "its" border is (a reviewer's sentences)
        "Lithuania, together with Poland, will send 300 troops to its border with Belarus.",
        "Following Poland's example, Lithuania has deployed troops to its border with Belarus.",
    ],
)
def test_its_border_is_the_owners_when_no_state_is_helped(sentence: str) -> None:
    assert [d.hosts for d in drafts_of(sentence).deployments] == [("lithuania",)]


@pytest.mark.parametrize(
    ("paragraphs", "parties"),
    [
        # officials who attend or are written to are not the group later sentences name (a reviewer's sentences)
        (
            (
                "Germany and Lithuania signed the brigade agreement in Vilnius on Monday.",
                "The signing was attended by the President of Lithuania, the Chancellor of Germany and the PM of Estonia.",
                "Both countries pledged to complete the Rūdninkai base by 2027.",
            ),
            ("germany", "lithuania"),
        ),
        (
            (
                "The Defence Ministers of Estonia, Latvia and Lithuania met in Riga on 12 June.",
                "The Ministers read a letter of the Secretary of Defense of the United States and the Minister of Poland.",
                "They agreed to spend 5% of GDP on defence by 2026.",
            ),
            ("estonia", "latvia", "lithuania"),
        ),
    ],
)
def test_officials_attending_or_written_to_are_not_the_group(paragraphs: tuple[str, ...], parties: tuple[str, ...]) -> None:
    assert parties_of(drafts_of(*paragraphs))[-1] == parties


def test_a_points_later_clause_with_its_own_subject_is_that_subjects() -> None:
    drafts = drafts_of(
        "The Ministers of Defence of Lithuania, Poland and Ukraine met today in Lublin. The Ministers:",
        "2. Confirm that training will continue throughout 2025: Poland will train a further 10,000 Ukrainian soldiers on its "
        "territory, and Lithuania will train 1,500, mainly in demining.",
    )
    assert parties_of(drafts)[-2:] == [("poland",), ("lithuania",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forces that rotate through or between places are in each of them
        (
            "Some 600 U.S. paratroopers have rotated through the three Baltic states and Poland since April 2014.",
            [(("united-states",), ("estonia", "latvia", "lithuania", "poland"))],
        ),
        ("US companies rotate between Estonia, Latvia and Lithuania.", [(("united-states",), ("estonia", "latvia", "lithuania"))]),
        (
            "A US Army battery with six launchers will keep rotating between Tapa, Ādaži and Pabradė.",
            [(("united-states",), ("estonia", "latvia", "lithuania"))],
        ),
        # (a border between two states is no rotation)
        ("Polish troops were deployed to the border between Poland and Belarus.", [(("poland",), ("poland",))]),
    ],
)
def test_forces_rotating_through_or_between_places_are_in_each(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the press that reports a deployment owns none of it
        (
            "Across the border, Russia has moved some 2,000 paratroopers to training grounds near Pskov, Estonian media reported.",
            [(("russia",), ("russia",))],
        ),
        ("Poland has sent 500 more soldiers to the border, Polish public broadcaster TVP said.", [(("poland",), ("poland",))]),
    ],
)
def test_the_press_that_reports_forces_owns_none(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capital opening reported speech stands for its government
        (
            "Some commentators suggest that Washington may turn its rotational armoured brigade in Poland into a permanent base.",
            [(("united-states",), ("poland",))],
        ),
        ("Officials said Berlin will send more troops to Lithuania.", [(("germany",), ("lithuania",))]),
    ],
)
def test_a_capital_opening_reported_speech_is_its_government(sentence: str, expected: list[object]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_a_capital_in_a_relative_clause_is_a_place() -> None:
    assert drafts_of("The summit that Vilnius will host in July is expected to approve new plans.").commitments == ()


def test_a_guests_we_asked_about_aid_to_ukraine_is_the_guests_own_state() -> None:
    lines = [
        "Riga Security Review",
        "INTERVIEW",
        "Latvia's army chief on NATO's new posture",
        "22 August 2022",
        "Lieutenant General Edgars Liepa has commanded the National Armed Forces of Latvia since 2019. We spoke to him in Riga.",
        "And Ukraine?",
        "We have given Stinger missiles and drones. This autumn we will hand over the last of our M109 howitzers to Ukraine.",
    ]
    assert parties_of(ingest.draft(ingest.parse("\n".join(lines)), dataset=bs.dataset())) == [("latvia",)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a name is the run of capitalised words before its edition, whatever lower-case words come before it
        (
            "After a port visit, the group will sail to Finland for Sandy Shoal 19 (SASH19), a mine warfare exercise off Hanko.",
            ["Sandy Shoal 19"],
        ),
        ("Troops from Poland and Lithuania joined Iron Wolf 2025, the brigade's main exercise.", ["Iron Wolf 2025"]),
    ],
)
def test_an_exercise_name_is_the_capitalised_run_before_its_edition(sentence: str, names: list[str]) -> None:
    assert [e.name for e in drafts_of(sentence).exercises] == names


@pytest.mark.parametrize(
    ("sentence", "commitments", "deployments"),
    [
        # a view agreed on, with "that" or without, is no pledge; what is put off is not deployed
        ("Estonia and Latvia agreed there is a need for more air defence in the region.", [], []),
        ("Estonia and Latvia agreed it was too early to station more troops in Lithuania.", [], []),
        ("Germany said it is premature to deploy Patriot batteries to Poland.", [], []),
        # (an undertaking agreed on is still one)
        ("Estonia and Latvia agreed to raise defence spending to 3% of GDP.", [("estonia", "latvia")], []),
        ("Germany said it would deploy Patriot batteries to Poland soon.", [], [(("germany",), ("poland",))]),
    ],
)
def test_a_view_agreed_on_or_a_step_put_off_is_no_undertaking(
    sentence: str, commitments: list[tuple[str, ...]], deployments: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    drafts = drafts_of(sentence)
    assert [c.parties for c in drafts.commitments if c.kind is not bs.CommitmentKind.DECLARATION] == commitments
    assert deployments_of(drafts) == deployments


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a formation's own name speaks of forces as "troops" does: the edition it takes part in is an exercise
        ("The 76th Guards Air Assault Division took part in Zapad 2025 in Belarus.", "Zapad 2025"),
        ("Units of the 6th Army took part in Zapad 2025.", "Zapad 2025"),
        ("The Baltic Fleet joined Ocean Shield 2024 in the Baltic Sea.", "Ocean Shield 2024"),
        ("Finnish personnel took part in Arctic Challenge 2025.", "Arctic Challenge 2025"),
    ],
)
def test_a_formation_taking_part_in_an_edition_takes_part_in_an_exercise(sentence: str, name: str) -> None:
    drafts = drafts_of(sentence)
    assert [e.name for e in drafts.exercises] == [name]
    assert drafts.deployments == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # forces held ready at home are planned where they would go, not deployed where they wait
        "A further British brigade is kept on high readiness in the UK to reinforce Estonia within days if required.",
        "The remainder of a British brigade will be held at high readiness in the United Kingdom, prepared to move to Estonia within days.",
        "A British brigade is kept on high alert in the UK, ready to reinforce Estonia when needed.",
        "The British Army holds a high-readiness brigade at home that could reach Estonia within days.",
        (
            "In a crisis, the United Kingdom intends to reinforce the battlegroup in Estonia with elements of a brigade "
            "held at high readiness in the United Kingdom."
        ),
    ],
)
def test_forces_held_at_readiness_are_planned_where_they_would_go(sentence: str) -> None:
    (deployment,) = drafts_of(sentence).deployments
    assert (deployment.contributors, deployment.hosts, deployment.status) == (
        ("united-kingdom",),
        ("estonia",),
        bs.DeploymentStatus.PLANNED,
    )


def test_forces_held_at_readiness_are_another_force_than_the_one_in_place() -> None:
    drafts = drafts_of(
        "The UK keeps its battlegroup of 900 soldiers at Tapa.",
        "A further brigade is held at high readiness in Britain, ready to move to Estonia.",
    )
    assert [(d.hosts, d.status) for d in drafts.deployments] == [
        (("estonia",), bs.DeploymentStatus.ACTIVE),
        (("estonia",), bs.DeploymentStatus.PLANNED),
    ]
    # (ready where they are is in place there)
    (held,) = drafts_of("Germany keeps a brigade at high readiness in Lithuania.").deployments
    assert (held.hosts, held.status) == (("lithuania",), bs.DeploymentStatus.ACTIVE)


@pytest.mark.parametrize(
    ("sentence", "party", "amount"),
    [
        # any verb that takes spending to a level sets it
        ("Latvia's parliament has approved a budget that brings defence spending to 2% of GDP this year.", "latvia", "2% of GDP"),
        ("The new budget pushes Estonia's defence spending to 3.4% of GDP.", "estonia", "3.4% of GDP"),
        ("Lithuania took its defence spending to 2.5% of GDP last year.", "lithuania", "2.5% of GDP"),
        ("Latvia will raise defence spending to 2% of GDP this year.", "latvia", "2% of GDP"),
    ],
)
def test_a_verb_that_takes_spending_to_a_level_sets_a_target(sentence: str, party: str, amount: str) -> None:
    (commitment,) = drafts_of(sentence).commitments
    assert (commitment.parties, commitment.kind, str(commitment.amount)) == ((party,), bs.CommitmentKind.TARGET, amount)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside set off by commas does not push the destination out of reach
        (
            "The United Kingdom is sending a small team of Royal Engineers, around ten people as I understand it, to Poland.",
            [(("united-kingdom",), ("poland",))],
        ),
        ("Germany will send two Patriot batteries, with about 300 soldiers to operate them, to Poland.", [(("germany",), ("poland",))]),
        # (a purpose after the aside is no destination: where the troops were pulled from hosted them)
        (
            "Russia has pulled most of its troops out of the Alakurtti base, some 60 km from the Finnish border, to fight in Ukraine.",
            [(("russia",), ("russia",))],
        ),
    ],
)
def test_an_aside_between_forces_and_their_destination_is_not_counted(
    sentence: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a counted force given, offered or pledged to a force or a place is a planned deployment there
        ("Norway has announced that it will contribute an artillery unit to the force in Finland.", [(("norway",), ("finland",))]),
        ("Spain will follow with a NASAMS unit in Latvia from October.", [(("spain",), ("latvia",))]),
        ("The Netherlands has offered a Patriot battery for Lithuania in the first half of 2026.", [(("netherlands",), ("lithuania",))]),
        ("Norway has pledged an artillery unit to the force in Finland.", [(("norway",), ("finland",))]),
        # (forces in general kept up for an activity are an undertaking, not a force placed)
        ("We will keep contributing ships and maritime patrol aircraft to NATO's vigilance activity in the Baltic Sea.", []),
        ("The Participants will continue to contribute forces to NATO's forward land forces on the eastern flank.", []),
        # (materiel pledged to Ukraine is aid)
        ("Germany pledged two Patriot systems to Ukraine.", []),
    ],
)
def test_a_counted_force_given_or_offered_for_a_place_is_planned_there(
    sentence: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    drafts = drafts_of(sentence)
    assert deployments_of(drafts) == expected
    assert all(d.status is bs.DeploymentStatus.PLANNED for d in drafts.deployments)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is sent at another's request is there: the request is granted
        ("Poland has sent a minehunter to Latvian waters at Riga's request.", [(("poland",), ("latvia",))]),
        ("At the request of Lithuania, Germany sent 200 soldiers to Rukla.", [(("germany",), ("lithuania",))]),
        ("Germany sent 200 soldiers to Rukla, as Vilnius had requested.", [(("germany",), ("lithuania",))]),
        # (what is only requested is not)
        ("Lithuania requested that Germany send 200 soldiers to Rukla.", []),
    ],
)
def test_forces_sent_at_anothers_request_are_deployed(sentence: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an office or a budget of the armed forces owns no forces
        (
            "The team came at Latvia's request after a cyber attack on the Daugavpils water utility, which the security "
            "service attributed to a group working for Russian military intelligence."
        ),
        "Estonia will raise its military spending next year, the Russian military budget notwithstanding.",
    ],
)
def test_military_intelligence_or_spending_is_no_force(sentence: str) -> None:
    assert all("russia" not in d.contributors for d in drafts_of(sentence).deployments)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list is closed by "and": a party before a comma that opens the clause is not listed with the subject
        ("At the request of Lithuania, Germany sent 200 soldiers to Rukla.", [(("germany",), ("lithuania",))]),
        ("Denmark, Finland and Sweden each sent one vessel to Latvia.", [(("denmark", "finland", "sweden"), ("latvia",))]),
        # forces "of" the parties that open the clause are theirs, the whole list of them
        ("Troops of Denmark, Norway and Sweden arrived in Latvia.", [(("denmark", "norway", "sweden"), ("latvia",))]),
        (
            "The Albanian, Montenegrin and North Macedonian contingents arrived in Latvia.",
            [(("albania", "montenegro", "north-macedonia"), ("latvia",))],
        ),
        # (not a force named after the verb as a point of reference)
        (
            (
                "Estonia and Lithuania will each station a platoon at Lielvārde Air Base, alongside the air defence battalion "
                "of the National Armed Forces of Latvia."
            ),
            [(("estonia", "lithuania"), ("latvia",))],
        ),
        # ships followed are watched, not deployed; what an event followed is neither
        (
            "Danish corvettes patrolled near Bornholm and followed more than 40 ships of Russia's shadow fleet.",
            [(("denmark",), ("denmark",))],
        ),
    ],
)
def test_listed_owners_are_closed_by_and_and_forces_of_a_party_are_its_own(
    sentence: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "participants"),
    [
        # an exercise with no name is known by its day or by its size
        (
            (
                "Russia's Western Military District launched an unannounced readiness check in the Pskov region, close to the "
                "Estonian border, involving some 3,000 troops and about 50 aircraft."
            ),
            ["russia"],
        ),
        ("The Russian Baltic Fleet conducted a snap readiness inspection in July 2025 involving more than 30 ships.", ["russia"]),
        # ... or by whose it is, when another watches it
        ("NATO maritime patrol aircraft followed a Russian Baltic Fleet drill west of the Kaliningrad region on 12-14 May.", ["russia"]),
    ],
)
def test_an_exercise_without_a_name_is_known_by_its_day_size_or_owner(sentence: str, participants: list[str]) -> None:
    (exercise,) = drafts_of(sentence).exercises
    assert exercise.name == "Unnamed exercise by Russia"
    assert [p.actor for p in exercise.participants] == participants


@pytest.mark.parametrize(
    "sentence",
    [
        # what an exercise is, or one already told of, is no new exercise
        "NORTHERN FJELL is a Norwegian-led exercise that has been held every second year since 2019.",
        "NATO aircraft flew extra missions on Tuesday while the Belarusian drill lasted.",
        # (nor an exercise with neither day nor size)
        "Russia holds exercises with thousands of troops.",
    ],
)
def test_a_described_or_known_exercise_is_no_new_unnamed_exercise(sentence: str) -> None:
    assert [e.name for e in drafts_of(sentence).exercises if e.name.startswith("Unnamed")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forces brought or put somewhere, whatever the preposition of place
        ("Russia has brought S-400 air defence systems into the Kaliningrad region.", [(("russia",), ("russia",))]),
        ("Lithuania has put around 2,000 soldiers along its border with Belarus.", [(("lithuania",), ("lithuania",))]),
        # (not forces put on alert)
        ("Lithuania has put its forces on high alert.", []),
    ],
)
def test_forces_brought_or_put_somewhere_are_deployed_there(sentence: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # money spent is an undertaking of who spent it
        ("Since 2023, Latvia has spent more than 300 million euros on barracks and ranges for the brigade.", [("latvia",)]),
        # a passive's agent is who pays, not what else the sentence names
        (
            "Barracks for up to 1,000 allied soldiers were completed in 2021 at a cost of about EUR 40 million, paid by Lithuania.",
            [("lithuania",)],
        ),
        ("The new hangars at Ämari, which cost €30 million, were funded by Estonia and Finland.", [("estonia", "finland")]),
        ("The projects cost 14 million euros and were paid for by Estonia and the Alliance together.", [("estonia", "nato")]),
        # (an agent of another verb is no payer)
        ("Estonia funded the new hangars, which were designed by Finland.", [("estonia",)]),
    ],
)
def test_money_spent_or_paid_is_the_undertaking_of_who_pays(sentence: str, parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(sentence)) == parties


# ------------------------------------------------- a reviewer's sentences against round 19's rules


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # too early to know is no step put off
        (
            "Officials said it was too early to say how many soldiers Germany has deployed to Lithuania so far.",
            [(("germany",), ("lithuania",))],
        ),
        # forces already abroad on readiness are in place there; an adversary's ready forces are a threat, not a plan
        (
            "The Netherlands keeps 200 soldiers in Lithuania on high readiness to move to Latvia or Estonia.",
            [(("netherlands",), ("estonia", "latvia", "lithuania"))],
        ),
        ("Russia keeps troops at high readiness in Kaliningrad that could reach Lithuania within hours.", [(("russia",), ("russia",))]),
        (
            "The French high-readiness company stationed in Estonia will move to reinforce Latvia in a crisis.",
            [(("france",), ("estonia",))],
        ),
        # materiel offered for Ukraine is aid
        ("Poland has offered one Patriot battery to Ukraine.", []),
        ("Denmark has offered 19 F-16 fighters for Ukraine.", []),
        # a request still to be decided on grants nothing
        ("The Bundestag will vote on the government's request to send two more Eurofighters to Poland.", []),
        ("Norway is still working on Latvia's request for a NASAMS unit in Latvia.", []),
        # three parties with commas alone, or a list that says it is one, are all owners
        ("Germany, France, Italy each sent four fighter jets to Poland last year.", [(("france", "germany", "italy"), ("poland",))]),
        (
            "The Netherlands, Belgium, Luxembourg jointly deployed a battalion to Lithuania.",
            [(("belgium", "luxembourg", "netherlands"), ("lithuania",))],
        ),
        # (a requester in an opening phrase is not listed with the subject)
        (
            "At the request of Lithuania, Germany and the Netherlands sent additional troops to Rukla.",
            [(("germany", "netherlands"), ("lithuania",))],
        ),
        # forces that follow with their own are no watchers
        (
            "Germany sent two minehunters to Latvia, and Belgium followed with two vessels to Latvian waters.",
            [(("germany",), ("latvia",)), (("belgium",), ("latvia",))],
        ),
        ("The Netherlands will follow with two F-35 aircraft in Poland next year.", [(("netherlands",), ("poland",))]),
        # "each station" as a noun places nothing
        ("Poland built a radar mast at each station of its new coastal surveillance network.", []),
        # a figure put, a thing brought to attention, restrictions put on vessels: no forces placed
        ("Lithuania put the number of Russian troops near its border at about 30,000.", []),
        ("Estonia brought the Russian shadow fleet vessels to the attention of the European Commission.", []),
        ("The government put new restrictions on Russian vessels at its ports.", []),
        ("Denmark has put its F-16 jets at the heart of its training programme.", []),
    ],
)
def test_round_19_review_deployments(sentence: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # offered or pledged forces are still to come; forces given, or said to be in place, are not
        ("The Netherlands has offered a Patriot battery for Lithuania.", bs.DeploymentStatus.PLANNED),
        ("Canada, which pledged to double its presence, currently has about 2,000 troops in Latvia.", bs.DeploymentStatus.ACTIVE),
        ("Ādaži offers Allied troops stationed in Latvia a modern training area.", bs.DeploymentStatus.ACTIVE),
        ("Portugal followed with four F-16 jets in Lithuania for the spring rotation.", bs.DeploymentStatus.UNKNOWN),
    ],
)
def test_round_19_review_offered_status(sentence: str, status: bs.DeploymentStatus) -> None:
    (deployment,) = drafts_of(sentence).deployments
    assert deployment.status is status


@pytest.mark.parametrize(
    ("sentence", "exercises"),
    [
        # public events a formation joins or hosts are no exercises
        ("Estonian Army personnel joined Tallinn Marathon 2025 to raise money for veterans.", []),
        ("The Finnish Army hosted Hamina Tattoo 2024 in July.", []),
        # who takes part in another's exercise takes part; who watches it does not
        ("Latvian troops joined a Canadian exercise at Ādaži on 3 May.", [("Unnamed exercise by Canada", ["canada", "latvia"])]),
        ("Estonia said it had noticed a Russian military exercise near Narva on Tuesday.", [("Unnamed exercise by Russia", ["russia"])]),
        # border guards are a party's own
        (
            "Estonian border guards and police held a drill near Narva on Tuesday involving 300 officers.",
            [("Unnamed exercise by Estonia", ["estonia"])],
        ),
        # forces the sentence places elsewhere are no exercise's size
        ("Russia has held exercises near the border in the past, and keeps some 10,000 troops in the Leningrad region.", []),
        ("Germany has 5,000 troops in Lithuania, where the brigade will hold exercises with Lithuanian units.", []),
    ],
)
def test_round_19_review_exercises(sentence: str, exercises: list[tuple[str, list[str]]]) -> None:
    assert [(e.name, [p.actor for p in e.participants]) for e in drafts_of(sentence).exercises] == exercises


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a decision that it is time to act is still one
        ("Finland and Sweden agreed it is time to deploy more minehunters to the Baltic Sea.", ["pledge"]),
        ("Lithuania has taken its defence spending to 2.4% of GDP.", ["target"]),
    ],
)
def test_round_19_review_commitments(sentence: str, kinds: list[str]) -> None:
    assert [c.kind.value for c in drafts_of(sentence).commitments] == kinds


def test_a_force_contributed_from_a_date_goes_to_the_force_just_named() -> None:
    drafts = drafts_of(
        "Norway has pledged an artillery unit to the force in Finland. Denmark has said it will contribute a company-sized unit "
        "from 2026. Other Allies may join later."
    )
    # (the pledge is the deployment's own verb: no undertaking besides it)
    assert deployments_of(drafts) == [(("norway",), ("finland",)), (("denmark",), ("finland",))]
    assert drafts.commitments == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # a lesson drawn is nobody's undertaking
        '"Ukraine has taught us that air defence must be layered and ready every day," said Major General Hendrik Vos.',
        "The war has shown that Europe must produce more ammunition, the minister said.",
    ],
)
def test_a_lesson_drawn_is_no_undertaking(sentence: str) -> None:
    assert drafts_of(sentence).commitments == ()


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # the business of those who meet is no undertaking
        (["8. We agree to meet again in Tallinn in the first half of 2017."], []),
        (["9. Decide that the next trilateral meeting will take place in Kyiv."], []),
        (["10. We task our National Armaments Directors to report to us at our next meeting, which Estonia will host."], []),
        (["Finland is expected to announce its decision on applying for membership on Sunday."], []),
        # (what is to be presented or announced still is)
        (
            ["9. We task our National Armaments Directors to present a common requirement for counter-drone systems by March 2026."],
            ["plan"],
        ),
        (["Denmark is expected to announce a further aid package next week."], ["intent"]),
    ],
)
def test_the_business_of_a_meeting_is_no_undertaking(lines: list[str], kinds: list[str]) -> None:
    drafts = _statement("The defence ministers of Estonia, Latvia, Lithuania and Finland met in Riga.", *lines)
    assert [c.kind.value for c in drafts.commitments] == kinds


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a caption with its credit in brackets, and a digest's line of contents, are page furniture
        ("A Portuguese F-16 lands at Šiauliai after a scramble in October. (Lithuanian Air Force)", "photo caption"),
        ("British and Swedish marines during a landing exercise in the Stockholm archipelago. (Swedish Armed Forces)", "photo caption"),
        ("This week: Danish jets in Estonia, Latvia's first conscripts, and Moscow's plans for Belarus.", "teaser"),
        ("The week in brief: Canadian tanks reach Latvia and Poland shifts troops east.", "teaser"),
        # (a digest item with its source is text: "(LSM)" names no institution of its own words)
        ("Latvia will bring back compulsory military service next year, with the first call-up planned for January. (LSM)", None),
        # (nor is a long sentence that ends in brackets)
        (
            (
                "Vilnius signed a €310 million contract for 18 more self-propelled howitzers, to be delivered between 2027 and "
                "2029, the ministry said on Tuesday in a statement. (Lithuanian Ministry of National Defence)"
            ),
            None,
        ),
    ],
)
def test_captions_with_bracketed_credits_and_contents_lines_are_furniture(line: str, furniture: str | None) -> None:
    document = ingest.parse(f"Defence news\nPublished: 2025-06-04\nEstonia buys more ammunition.\n{line}")
    assert document.paragraphs[-1].furniture == furniture


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a site named after "of" is where the forces are
        (
            "The last of around 230 Czech soldiers arrived at the Lithuanian training area of Rukla on Monday.",
            [(("czechia",), ("lithuania",))],
        ),
        # a comma that closes an opening phrase joins no list: the subject after it owns the forces
        ("In Belarus, Russia has stationed nuclear-capable Iskander-M systems since 2023.", [(("russia",), ("belarus",))]),
        ("In Estonia, Latvia and Lithuania, NATO has 5,000 troops.", [(("nato",), ("estonia", "latvia", "lithuania"))]),
        # (a list that goes on is still one)
        ("NATO jets are based in Estonia, Latvia and Lithuania.", [(("nato",), ("estonia", "latvia", "lithuania"))]),
    ],
)
def test_a_site_of_a_place_hosts_and_an_opening_phrase_is_no_list(
    sentence: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert deployments_of(drafts_of(sentence)) == expected


def test_a_party_together_with_the_subject_undertakes_with_it() -> None:
    drafts = drafts_of("Together with Latvia, Estonia will also buy two medium-range air defence batteries.")
    assert parties_of(drafts) == [("estonia", "latvia")]


def test_a_counted_force_assigned_from_a_month_is_planned() -> None:
    drafts = drafts_of("Finland will assign a third vessel from February, and Sweden will take over command of the task group.")
    assert [(d.contributors, d.status) for d in drafts.deployments] == [(("finland",), bs.DeploymentStatus.PLANNED)]


def test_expenditure_set_at_a_share_of_gdp_is_a_target() -> None:
    cues = ingest.cues.commitment_cues("Estonia's defence expenditure is set at 5.3 per cent of GDP in 2026.")
    assert [c.kind for c in cues] == [bs.CommitmentKind.TARGET]


# ------------------------------------------------- a second review's sentences against round 19's later rules


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # materiel offered with a date is a sale, not forces
        (["Latvia bought NSM coastal missiles.", "Norway offered six missiles in 2023 as part of the deal."], []),
        (["Germany has offered two Patriot systems from 2027 as part of a joint purchase with Estonia."], []),
        # "or" lists are lists
        (["Germany could send troops to Estonia, Latvia or Lithuania."], [(("germany",), ("estonia", "latvia", "lithuania"))]),
        (
            ["Troops from Germany, Norway or the Netherlands will be deployed to Lithuania."],
            [(("germany", "netherlands", "norway"), ("lithuania",))],
        ),
    ],
)
def test_round_19_second_review_deployments(lines: list[str], expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    assert deployments_of(drafts_of(*lines)) == expected


@pytest.mark.parametrize(
    ("lines", "parties"),
    [
        # a pledge verb with a second object keeps the undertaking
        (["Denmark pledged a mechanised battalion to the brigade in Latvia and 50 million euros for new barracks."], [("denmark",)]),
        # a lesson's scope ends with its clause; a document that shows what a party will do is no lesson
        (["The war has shown that we need more artillery, and Estonia will buy six more HIMARS launchers."], [("estonia",)]),
        (["The budget shows that Estonia will spend 5.4 percent of GDP on defence in 2026."], [("estonia",)]),
        (["The minister reminded that Finland has pledged to buy 64 F-35 fighters."], [("finland",)]),
        # meeting a target is no meeting
        (["Germany agreed to meet NATO's new spending target of 3.5 percent of GDP."], [("germany",)]),
        (["Poland pledged to build new barracks to meet the needs of the US troops."], [("poland",)]),
        (["Lithuania will set up a new centre to inform the public about civil defence."], [("lithuania",)]),
        # a news item with its source, or after a label for one item, is text
        (
            [
                "Ministers met in Riga on Tuesday to discuss regional security.",
                "Latvia will buy six HIMARS launchers from the United States. (ERR News)",
            ],
            [("latvia",)],
        ),
        (["In brief: Latvia will buy NSM coastal defence missiles from Norway."], [("latvia",)]),
        # a possessive or a party a relative clause describes does not undertake "together with" the subject
        (["Along with Russia's growing threat, Estonia will raise defence spending."], [("estonia",)]),
        (["Together with Germany, which leads the brigade, Lithuania will spend 1 billion euros on infrastructure."], [("lithuania",)]),
    ],
)
def test_round_19_second_review_commitments(lines: list[str], parties: list[tuple[str, ...]]) -> None:
    assert parties_of(drafts_of(*lines)) == parties


@given(
    opening=st.sampled_from(["Since the spring of 2022", "After the drills", "When the brigade is ready", "Although talks go on"]),
    number=st.integers(min_value=1_000, max_value=99_999),
)
def test_a_number_with_a_thousands_separator_is_never_cut_by_a_clause(opening: str, number: int) -> None:
    # the comma in "30,000" is no clause boundary: a clause cut there once drafted "000 soldiers", a size of 0
    (deployment,) = drafts_of(f"{opening} Poland has sent {number:,} soldiers to Lithuania.").deployments
    assert deployment.size is not None
    assert deployment.size.value == number


@given(
    day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2099, 12, 31)),
    separator=st.sampled_from(["/", ".", "-"]),
    padded=st.booleans(),
    time=st.sampled_from(["", "T10:00", "T08:30:15Z", "T23:59+02:00"]),
    prefix=st.sampled_from(["", "Published: ", "Date: "]),
)
def test_a_date_line_written_year_first_is_read_whatever_its_separator(
    day: datetime.date, separator: str, padded: bool, time: str, prefix: str
) -> None:
    # year first leaves no order to decide: "2025/06/03" is 3 June, never "no date" and never 6 March
    month, dom = (f"{day.month:02d}", f"{day.day:02d}") if padded else (str(day.month), str(day.day))
    line = f"{prefix}{day.year}{separator}{month}{separator}{dom}{time if separator == '-' else ''}"
    date, _ = published(ingest.parse(f"Ministry of Defence\n{line}\nEstonia will buy six HIMARS launchers."))
    assert date is not None
    assert (date.year, date.month, date.day) == (day.year, day.month, day.day)


def test_a_date_line_written_year_first_that_the_calendar_lacks_is_no_date() -> None:
    date, note = published(ingest.parse("Ministry of Defence\n2025/13/40\nEstonia will buy six HIMARS launchers."))
    assert date is None
    assert note.startswith("no publication date")


# ---------------------------------------------------------------- grouped counts

# A count with a thousands comma is one word: every span and word gap the rules read runs through it. "Germany pulled
# 1,000 troops out of Lithuania" drafted nothing where "pulled 100 troops" drafted the withdrawal, and "will host 1,000
# British troops" made the host a contributor.
GROUPED_COUNT_SENTENCES = [
    "Germany pulled {n} troops out of Lithuania in March.",
    "The Netherlands assigned {n} soldiers to the brigade in Lithuania.",
    "Poland positioned {n} troops near the Suwałki Gap.",
    "Denmark will keep {n} soldiers in Latvia until 2027.",
    "The Estonian Defence Forces will host {n} British troops at Tapa.",
    "Norway will contribute {n} soldiers to the brigade in Lithuania.",
    "With {n} troops in Latvia, Denmark is one of the largest contributors.",
    "Canada will station {n} more troops in Latvia next year.",
    "Germany withdrew {n} soldiers from Lithuania after the exercise.",
    "Sweden sent {n} soldiers to Latvia, which hosts the Canadian-led brigade.",
    "Russia moved {n} troops from Kaliningrad to Belarus in May.",
]


def _roles(drafts: ingest.Drafts) -> list[tuple[object, ...]]:
    return [(d.contributors, d.lead, d.hosts, d.status, d.start, d.end) for d in drafts.deployments]


@pytest.mark.parametrize("count", ["1,000", "12,345", "7.500"])
@pytest.mark.parametrize("sentence", GROUPED_COUNT_SENTENCES)
def test_a_grouped_count_drafts_what_a_small_one_does(sentence: str, count: str) -> None:
    grouped = drafts_of(sentence.format(n=count))
    small = drafts_of(sentence.format(n="300"))
    assert _roles(grouped) == _roles(small)
    value = int(count.replace(",", "").replace(".", ""))
    assert [d.size.value for d in grouped.deployments if d.size] == [value for d in small.deployments if d.size]
