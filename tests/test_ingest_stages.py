"""Each stage of ingestion on its own: segment, find mentions, resolve, classify, assemble.

``tests/test_ingest_kinds.py`` checks what a curator sees (drafts from whole
texts); these tests pin each stage's own contract, so a failure says which
stage broke. The sentences are the project's own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import baltic_security as bs
from baltic_security.ingest import parse
from baltic_security.ingest._assemble import Cited, CommitmentDraft, DeploymentDraft, add_commitment, add_deployment, weakest
from baltic_security.ingest._discourse import Discourse
from baltic_security.ingest._roles import SentenceView
from baltic_security.ingest.cues import Cue, commitment_cues, deployment_cues
from baltic_security.ingest.document import Paragraph
from baltic_security.ingest.extract import split_sentences
from baltic_security.ingest.parties import PartyFinder
from baltic_security.vocab import CommitmentKind, Credibility

DATASET = bs.dataset()
FINDER = PartyFinder(DATASET)


def view(sentence: str, finder: PartyFinder = FINDER) -> SentenceView:
    return SentenceView(sentence, finder.find(sentence))


def discourse_after(*paragraphs: str) -> tuple[Discourse, tuple[Paragraph, ...]]:
    """A discourse that has read every sentence of the given body paragraphs, in order."""
    doc = parse("\n".join(("A headline", *paragraphs)) + "\n")
    discourse = Discourse(doc, DATASET)
    for paragraph in doc.paragraphs[1:]:
        for sentence in split_sentences(paragraph.text):
            discourse.remember(discourse.view(sentence.text))
    return discourse, doc.paragraphs


# ------------------------------------------------------------------ 1. segment

_WORDS = st.sampled_from(["Estonia", "troops", "will", "deploy", "Gen.", "U.S.", "No.", "3.5%", "2025", "“We", "act”", "e.g.", "Riga"])
_SENTENCES = st.lists(st.lists(_WORDS, min_size=1, max_size=8).map(" ".join), min_size=1, max_size=5)


@given(_SENTENCES, st.sampled_from([". ", "! ", "? ", "; "]))
def test_sentences_are_spans_of_their_paragraph_and_lose_no_word(sentences: list[str], stop: str) -> None:
    paragraph = stop.join(sentences) + stop.strip()
    found = split_sentences(paragraph)
    assert all(paragraph[s.start : s.start + len(s.text)] == s.text for s in found)
    assert [s.start for s in found] == sorted(s.start for s in found)
    assert " ".join(s.text for s in found).split() == paragraph.split()


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        ("Gen. Anna Berzina arrived on 3 Jan. 2025 in Riga. She met the U.S. envoy.", 2),
        ("“We will stay,” she said. “We will not leave.”", 2),
        ("The ministers met. They agreed to act.", 2),
    ],
)
def test_abbreviations_do_not_end_a_sentence(paragraph: str, count: int) -> None:
    assert len(split_sentences(paragraph)) == count


# ------------------------------------------------------------------ 2. find mentions


@given(st.sampled_from(sorted(a.id for a in DATASET.allies())), st.sampled_from(["{} will act.", "Troops from {} arrived.", "{}'s navy"]))
def test_every_allys_own_name_is_found_where_it_stands(ally: str, template: str) -> None:
    name = DATASET.get(ally).name  # type: ignore[union-attr]
    text = template.format(name)
    mentions = [m for m in FINDER.find(text) if ally in m.ids]
    assert mentions
    assert all(text[m.start : m.stop] == m.text for m in FINDER.find(text))


@pytest.mark.parametrize(("words", "party"), [("Ämari", "estonia"), ("Adazi", "latvia"), ("Šiauliai", "lithuania"), ("Malbork", "poland")])
def test_a_base_or_town_is_a_place_mention_of_its_country(words: str, party: str) -> None:
    (mention,) = FINDER.find(f"Jets flew from {words} today.")
    assert mention.ids == (party,)
    assert mention.place


@pytest.mark.parametrize(("words", "party"), [("the Bundeswehr", "germany"), ("the Royal Navy", "united-kingdom")])
def test_a_service_is_a_mention_of_its_country(words: str, party: str) -> None:
    ids = {i for m in FINDER.find(f"{words} sent ships.") for i in m.ids}
    assert party in ids


# ------------------------------------------------------------------ 3. resolve


@pytest.mark.parametrize(
    ("introduction", "subject", "group"),
    [
        ("The defence ministers of Estonia, Latvia and Lithuania met in Riga.", "The ministers", ("estonia", "latvia", "lithuania")),
        ("The Finnish and Swedish prime ministers met in Turku.", "Both leaders", ("finland", "sweden")),
        ("The defence ministers of Poland and Germany met in Berlin.", "They", ("germany", "poland")),
    ],
)
def test_a_group_introduced_with_its_parties_is_what_the_group_noun_stands_for(
    introduction: str, subject: str, group: tuple[str, ...]
) -> None:
    discourse, _ = discourse_after(introduction)
    assert discourse.group_subject(subject) == group


def test_no_group_is_resolved_before_one_is_introduced() -> None:
    discourse, _ = discourse_after("Estonia will buy radars.")
    assert discourse.group_subject("The ministers") == ()
    assert discourse.group_subject("They") == ()


def test_a_speaker_is_resolved_to_the_party_they_were_introduced_with() -> None:
    discourse, _ = discourse_after(
        "Latvian Defence Minister Anna Berzina hosted Estonian minister Karl Tamm and Lithuanian minister Jonas Petraitis.",
        "“We will buy more radars,” said Anna Berzina.",
    )
    quote = discourse.view("“We will buy more radars,” said Anna Berzina.")
    assert discourse.speaker_party(quote, []) == "latvia"
    assert discourse.last_speaker == "Anna Berzina"


def test_a_question_is_answered_for_two_paragraphs_only() -> None:
    doc = parse("Headline\nWhat will Latvia buy next?\nWe will buy radars.\nMore.\nMore still.\nWe will buy ships.\n")
    discourse = Discourse(doc, DATASET)
    question = doc.paragraphs[1]
    cue = commitment_cues(question.text)[0]
    asking = discourse.view(question.text)
    discourse.ask(question, asking, asking.clause_of(cue.start))
    assert discourse.answered(doc.paragraphs[2]) == ("latvia",)
    assert discourse.answered(doc.paragraphs[5]) == ()


@pytest.mark.parametrize(
    ("preamble", "signatories"),
    [
        (
            (
                "We, the Prime Ministers of Finland, Estonia, Latvia, Lithuania and Poland, meeting in Helsinki in light of "
                "Russia's war against Ukraine and the instrumentalisation of migrants by Belarus, declare:"
            ),
            ("estonia", "finland", "latvia", "lithuania", "poland"),
        ),
        (
            (
                "The Ministers of Defence of the Republic of Estonia, the Republic of Latvia and the Republic of Lithuania, "
                "meeting in Cēsis together with the Minister of Defence of Ukraine as a guest, agreed:"
            ),
            ("estonia", "latvia", "lithuania"),
        ),
        (
            "The Ministers of Defence of Denmark, Finland and Sweden and the Minister for Foreign Affairs of Iceland met in Oslo.",
            ("denmark", "finland", "iceland", "sweden"),
        ),
        ("Estonia, Latvia and Lithuania, recalling Russia's aggression against Ukraine, agree:", ("estonia", "latvia", "lithuania")),
    ],
)
def test_the_preamble_signs_for_its_group_not_for_the_parties_it_names_as_objects(preamble: str, signatories: tuple[str, ...]) -> None:
    discourse = Discourse(parse(f"Joint statement\n{preamble}\n1. We will act.\n2. We will meet again.\n"), DATASET)
    assert discourse.numbered_parties == signatories


def test_the_signature_block_signs_the_numbered_points() -> None:
    text = "Joint statement\n1. We will act together.\n2. We will meet again.\nFor Estonia\nFor Latvia\n"
    discourse = Discourse(parse(text), DATASET)
    assert set(discourse.numbered_parties) <= {"estonia", "latvia"}


# ------------------------------------------------------------------ 4. classify


def test_each_clause_has_its_own_owner_and_host() -> None:
    sentence = view("A Dutch air detachment is arriving in Latvia next week, and Belgian jets are heading back to Estonia.")
    found = [sentence.forces_and_hosts(clause) for clause in sentence.clauses]
    owned = [(forces, hosts) for forces, _, hosts in found if forces]
    assert owned == [(("netherlands",), ("latvia",)), (("belgium",), ("estonia",))]


def test_an_adversary_acted_on_is_not_an_owner() -> None:
    sentence = view("Patrol planes stationed in Estonia tracked Russian warships near the coast.")
    forces = {f for clause in sentence.clauses for f in sentence.forces_and_hosts(clause)[0]}
    assert "russia" not in forces


@pytest.mark.parametrize(
    ("sentence", "commitment", "deployment"),
    [
        ("Estonia will raise defence spending to 3% of GDP.", True, False),
        ("Germany will deploy a brigade to Lithuania.", True, True),
        ("The exercise has been held since 1993.", False, False),
        ("Dutch jets are stationed at Ämari.", False, True),
    ],
)
def test_cues_say_what_a_clause_can_state(sentence: str, commitment: bool, deployment: bool) -> None:
    assert bool(commitment_cues(sentence)) is commitment
    assert bool(deployment_cues(sentence)) is deployment


# ------------------------------------------------------------------ 5. assemble


def cited(number: int, credibility: Credibility = Credibility.PROBABLY_TRUE) -> Cited:
    return Cited(Paragraph(number=number, text="text"), credibility, None)


def commitment(number: int, parties: tuple[str, ...], kind: CommitmentKind) -> CommitmentDraft:
    cue = Cue("will", 0, 4, kind, None)
    return CommitmentDraft(parties=parties, cite=cited(number), cue=cue, kinds=[kind], status=None, text="t")


def test_commitments_of_one_paragraph_and_parties_merge_unless_separate() -> None:
    drafts: list[CommitmentDraft] = []
    add_commitment(drafts, commitment(3, ("estonia",), CommitmentKind.PLEDGE))
    add_commitment(drafts, commitment(3, ("estonia",), CommitmentKind.TARGET))
    add_commitment(drafts, commitment(3, ("estonia",), CommitmentKind.PLEDGE), separate=True)
    add_commitment(drafts, commitment(4, ("estonia",), CommitmentKind.PLEDGE))
    assert [(d.cite.paragraph.number, d.kinds) for d in drafts] == [
        (3, [CommitmentKind.PLEDGE, CommitmentKind.TARGET]),
        (3, [CommitmentKind.PLEDGE]),
        (4, [CommitmentKind.PLEDGE]),
    ]


def deployment(number: int, forces: tuple[str, ...], hosts: tuple[str, ...]) -> DeploymentDraft:
    return DeploymentDraft(forces=forces, leads=(), hosts=hosts, cites=[cited(number)], cue="deploy", text="t", status_text="t")


_OWNERS = st.sampled_from([("germany",), ("netherlands",), ("germany", "norway")])
_HOSTS = st.sampled_from([("lithuania",), ("latvia",), ()])


@given(st.lists(st.tuples(st.integers(1, 6), _OWNERS, _HOSTS), min_size=1, max_size=8))
def test_merging_deployments_loses_no_citation_and_no_owner(found: list[tuple[int, tuple[str, ...], tuple[str, ...]]]) -> None:
    drafts: list[DeploymentDraft] = []
    for number, forces, hosts in found:
        add_deployment(drafts, deployment(number, forces, hosts))
    assert len(drafts) <= len(found)
    for number, forces, hosts in found:
        assert any(
            number in {c.paragraph.number for c in d.cites} and set(forces) <= d.owners and set(hosts) <= set(d.hosts) for d in drafts
        )


def test_a_restatement_in_a_later_paragraph_joins_the_deployment_and_another_host_does_not() -> None:
    drafts: list[DeploymentDraft] = []
    add_deployment(drafts, deployment(2, ("germany",), ("lithuania",)))
    add_deployment(drafts, deployment(5, ("germany",), ("lithuania",)))
    add_deployment(drafts, deployment(6, ("germany",), ("latvia",)))
    assert [[c.paragraph.number for c in d.cites] for d in drafts] == [[2, 5], [6]]


def test_two_sentences_of_one_paragraph_keep_the_more_doubtful_grade() -> None:
    cites = [cited(4, Credibility.CONFIRMED)]
    weakest(cites, cited(4, Credibility.DOUBTFUL))
    weakest(cites, cited(4, Credibility.PROBABLY_TRUE))
    assert cites[0].credibility is Credibility.DOUBTFUL
