"""The drafting pass: one walk over a document's body paragraphs, collecting draft facts.

Internal to :mod:`baltic_security.ingest.draft`, which turns what is
collected here into records.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from baltic_security._text import fold
from baltic_security.model import Evidence, Quantity
from baltic_security.vocab import CommitmentKind, CommitmentStatus, Credibility, Unit

from ._roles import Attribution, SentenceView
from .cues import CREDIBILITY, EXERCISE_CONTINUED, FORCE_NOUNS, Cue, commitment_cues, deployment_cues, exercise_cues, hedged, unnamed_report
from .document import Document, Paragraph, published
from .extract import find_dates, find_exercise_names, find_quantities, split_sentences
from .parties import PartyFinder, PartyMention, people_with_titles

if TYPE_CHECKING:
    from baltic_security._dataset import Dataset
    from baltic_security.dates import PartialDate

FORCE_UNITS = frozenset({Unit.TROOPS, Unit.VESSELS, Unit.AIRCRAFT, Unit.BATTLEGROUPS, Unit.BRIGADES, Unit.SYSTEMS, Unit.UNITS})
SCALE_UNITS = FORCE_UNITS | {Unit.PARTICIPANTS, Unit.ALLIES, Unit.PEOPLE}
AMOUNT_UNITS = frozenset({Unit.PERCENT_GDP, Unit.EUR, Unit.USD})
_ASSETS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:frigates?|vessels?|ships?|warships?|boats?|submarines?|aircraft|jets?|troops|soldiers|marines|navy|units?|"
    r"corvettes?|destroyers?|minehunters?|compan(?:y|ies)|battalions?|platoons?|brigades?|forces|army|air force|tanks?|helicopters?)\b",
    re.IGNORECASE,
)
_OUR_FORCES = re.compile(r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?" + FORCE_NOUNS.pattern.removeprefix(r"\b"), re.IGNORECASE)
_QUOTE = re.compile(r"[\"“”]")


@attrs.define
class Cited:
    """A paragraph a draft cites, with the credibility and attribution proposed for it."""

    paragraph: Paragraph
    credibility: Credibility
    attribution: str | None

    def evidence(self, source: str) -> Evidence:
        return Evidence(
            source=source,
            paragraph=self.paragraph.number,
            label=self.paragraph.label,
            credibility=self.credibility,
            attribution=self.attribution,
        )


@attrs.define
class CommitmentDraft:
    parties: tuple[str, ...]
    cite: Cited
    cue: Cue
    kinds: list[CommitmentKind]
    status: CommitmentStatus | None
    text: str
    amount: Quantity | None = None
    due: PartialDate | None = None


@attrs.define
class DeploymentDraft:
    forces: tuple[str, ...]
    leads: tuple[str, ...]
    hosts: tuple[str, ...]
    cites: list[Cited]
    cue: str
    text: str
    status_text: str
    size: Quantity | None = None
    start: PartialDate | None = None

    @property
    def owners(self) -> frozenset[str]:
        return frozenset(self.forces) | frozenset(self.leads)


@attrs.define
class ExerciseDraft:
    name: str
    series: str | None
    cites: list[Cited]
    lead: str | None = None
    participants: list[str] = attrs.Factory(list)
    scale: list[Quantity] = attrs.Factory(list)
    start: PartialDate | None = None
    end: PartialDate | None = None
    text: str = ""
    last: int = 0


class Drafter:
    """Walks the body paragraphs once, sentence by sentence, and collects draft facts."""

    def __init__(self, document: Document, dataset: Dataset) -> None:
        self.document = document
        self.dataset = dataset
        finder = PartyFinder(dataset)
        readable = [p.text for p in document.paragraphs if p.furniture is None or p.furniture == "signature"]
        people = people_with_titles(readable, finder)
        self.people = {name: party for name, (party, _) in people.items()}
        self.titles = {name: title for name, (_, title) in people.items() if title}
        self.finder = finder.with_people(self.people)
        self.date, _ = published(document)
        self.dated = bool(document.metadata.dates)
        self.commitments: list[CommitmentDraft] = []
        self.deployments: list[DeploymentDraft] = []
        self.exercises: list[ExerciseDraft] = []
        self.last_person: str | None = None
        self.last_speaker: str | None = None
        self.numbered_parties, self.signed = self._numbered_parties()

    # ------------------------------------------------------------ who signs numbered points

    def _numbered_parties(self) -> tuple[tuple[str, ...], bool]:
        paragraphs = self.document.paragraphs
        signature = [p for p in paragraphs if p.furniture == "signature"]
        signed = sorted_ids(i for p in signature for m in self.finder.find(p.text) if m.person is None for i in m.ids)
        first = next((p.number for p in paragraphs if p.label is not None), None)
        if first is None:
            return (), False
        if signed:
            return self._members_only(signed), True
        preamble: list[str] = []
        for p in paragraphs[: first - 1]:
            if p.body:
                view = SentenceView(p.text, self.finder.find(p.text))
                preamble.extend(i for m in view.mentions if view.governing(m) not in ("in", "at", "near") for i in m.ids)
        return self._members_only(sorted_ids(preamble)), False

    def _members_only(self, parties: tuple[str, ...]) -> tuple[str, ...]:
        """Drop an organisation when its named members are there too: the members speak."""
        kept = []
        for party in parties:
            members = set(getattr(self.dataset.get(party), "members", ()))
            if not (members and members & set(parties)):
                kept.append(party)
        return tuple(kept)

    # ------------------------------------------------------------ speakers and grades

    def _person_in(self, words: str) -> str | None:
        """The document's person these words name: by name, surname or the title they were given."""
        for name in self.people:
            if name in words or name.split()[-1] in words.split():
                return name
        folded = fold(words)
        titled = [name for name, title in self.titles.items() if title and re.search(rf"\b{re.escape(title)}\b", folded)]
        return titled[0] if len(titled) == 1 else None

    def _who(self, attribution: Attribution, view: SentenceView) -> tuple[str | None, str | None]:
        """The speaker's display name and party."""
        if attribution.pronoun:
            person = self.last_speaker or self.last_person
            return (person, self.people.get(person)) if person else (None, None)
        inside = [m for m in view.mentions if attribution.who_start <= m.start and m.stop <= attribution.who_stop]
        person = next((m.person for m in inside if m.person), None) or self._person_in(attribution.who)
        party = self.people.get(person) if person else None
        if party is None and inside and len(inside[0].ids) == 1:
            party = inside[0].ids[0]
        return person or attribution.who, party

    def _speakers(self, view: SentenceView, context: list[SentenceView]) -> list[tuple[str | None, str | None]]:
        # Another sentence's attribution carries over to a quotation or a sentence that opens with a pronoun.
        views = [view]
        if _QUOTE.search(view.text) or re.match(r"\W*(?:he|she|they|we|i|it)\b", view.text, re.IGNORECASE):
            views.extend(context)
        return [self._who(a, v) for v in views for a in v.attributions if not a.unnamed]

    def _grade(  # noqa: PLR0911  # one return per Admiralty rule, strongest first
        self, view: SentenceView, paragraph: Paragraph, context: list[SentenceView]
    ) -> tuple[Credibility, str | None]:
        if paragraph.label is not None and self.signed and self.numbered_parties:
            return CREDIBILITY["signed"], None
        speakers = [name for name, _ in self._speakers(view, context) if name]
        if hedged(view.text):
            return CREDIBILITY["hedged"], speakers[0] if speakers else None
        unnamed = unnamed_report(view.text)
        if unnamed or any(a.unnamed for a in view.attributions):
            who = next((a.who for a in view.attributions if a.unnamed), None)
            return CREDIBILITY["unnamed"], who or _unnamed_word(unnamed)
        if speakers:
            return CREDIBILITY["named"], speakers[0]
        # A sentence that names a known person reports what that person said or did on the record.
        named = [name for name in self.people if name in view.text or re.search(rf"\b{re.escape(name.split()[-1])}\b", view.text)]
        if named:
            return CREDIBILITY["named"], named[0]
        if paragraph.label is not None and self.numbered_parties:
            return CREDIBILITY["named"], None
        return CREDIBILITY["none"], None

    def _speaker_party(self, view: SentenceView, context: list[SentenceView]) -> str | None:
        party = next((p for _, p in self._speakers(view, context) if p), None)
        if party is not None:
            return party
        # A quotation's "we" belongs to the person the sentence names outside the quotation.
        outside = [m for m in view.mentions if m.person and not _quoted(view.text, m.start)]
        if outside:
            return self.people.get(outside[0].person or "")
        person = self.last_speaker or self.last_person
        return self.people.get(person) if person else None

    def _remember(self, view: SentenceView) -> None:
        found = [(m.start, m.person) for m in view.mentions if m.person]
        found += [(view.text.find(name), name) for name in self.people if name in view.text]
        found = [(at, name) for at, name in found if at >= 0 and name]
        if found:
            self.last_person = max(found)[1]
        for attribution in view.attributions:
            if not attribution.pronoun:
                person = self._person_in(attribution.who)
                if person is not None:
                    self.last_speaker = person

    # ------------------------------------------------------------ the walk

    def run(self) -> None:
        for paragraph in self.document.body:
            views = [SentenceView(s.text, self.finder.find(s.text)) for s in split_sentences(paragraph.text)]
            named_exercise = False
            for index, view in enumerate(views):
                context = [v for j, v in enumerate(views) if j != index]
                cite = Cited(paragraph, *self._grade(view, paragraph, context))
                owners = self._deployments(paragraph, view, cite, context)
                self._commitments(paragraph, view, cite, context, owners)
                named_exercise |= self._exercises(paragraph, view, cite)
                self._remember(view)
            if not named_exercise:
                self._exercise_continued(paragraph, views)

    # ------------------------------------------------------------ commitments

    def _commitments(
        self, paragraph: Paragraph, view: SentenceView, cite: Cited, context: list[SentenceView], owners: list[tuple[frozenset[str], int]]
    ) -> None:
        deploy = deployment_cues(view.text)
        numbered = paragraph.label is not None and bool(self.numbered_parties)
        by_clause: dict[tuple[int, int], list[Cue]] = {}
        for cue in commitment_cues(view.text):
            # "plans to deploy" is the deployment itself, except in a signed point, which is also an undertaking.
            if numbered or not absorbed(view.text, cue, deploy):
                by_clause.setdefault(view.clause_of(cue.start), []).append(cue)
        for clause, cues in by_clause.items():
            cue = cues[0]
            if numbered:
                # A point's subject is the parties that issue it, unless the point opens with its own ("2. Finland committed to").
                parties = self._point_subject(view, clause, cue) or self.numbered_parties
            else:
                parties = self._parties(paragraph, view, clause, cue, context)
                own = bool(view.subjects(clause, cue.start))
                if not parties or self._describes_deployment(view.text, cue, frozenset(parties), owners, own=own):
                    continue
            clause_text = view.text[clause[0] : clause[1]]
            amounts = [q.quantity for q in find_quantities(clause_text) if q.quantity.unit in AMOUNT_UNITS]
            due = next((d.date for d in find_dates(view.text[cue.stop : clause[1]]) if d.date.first_day > self.date.last_day), None)
            amount = amounts[0] if amounts else None
            self._add_commitment(paragraph=paragraph, parties=parties, cite=cite, cue=cue, text=clause_text, amount=amount, due=due)

    @staticmethod
    def _point_subject(view: SentenceView, clause: tuple[int, int], cue: Cue) -> tuple[str, ...]:
        """The parties a numbered point opens with, when they are the subject of its cue ("2. Finland committed to")."""
        opening = re.match(r"\s*(?:\d+[.)]\s*)?(?:the\s+)?", view.text)
        start = opening.end() if opening else 0
        if any(m.start == start and m.stop <= cue.start for m in view.mentions) and clause[0] <= start:
            return sorted_ids(view.subjects(clause, cue.start))
        return ()

    @staticmethod
    def _describes_deployment(text: str, cue: Cue, parties: frozenset[str], owners: list[tuple[frozenset[str], int]], *, own: bool) -> bool:
        """Whether a commitment cue only restates a deployment the same sentence drafts ("NATO holds 300,000 troops ready to").

        It does when the deployment's owners are the commitment's parties and either the parties were
        not the cue's own subject, or the cue stands within three words after what is deployed.
        """
        for forces, anchor in owners:
            if forces != parties:
                continue
            if not own or (anchor <= cue.start and len(text[anchor : cue.start].split()) <= 4):
                return True
        return False

    def _parties(  # one return per step of the documented fallback chain
        self, paragraph: Paragraph, view: SentenceView, clause: tuple[int, int], cue: Cue, context: list[SentenceView]
    ) -> tuple[str, ...]:
        """Who undertakes: the subject; a pronoun's speaker; any party before; an anaphor's antecedent; any after; the speaker."""
        found = view.subjects(clause, cue.start)
        if found:
            return sorted_ids(found)
        pronoun = view.pronoun_subject(clause, cue.start)
        if pronoun is not None and pronoun not in ("it", "they"):
            party = self._speaker_party(view, context)
            if party is not None:
                return (party,)
        found = view.before(clause, cue.start)
        if found:
            return sorted_ids(found)
        if re.match(r"\W*(?:the|this|these|such|its|their)\s+[a-z]", view.unattributed(clause[0], cue.start)):
            inherited = self._inherited(paragraph)
            if inherited:
                return inherited
        found = view.after(clause, cue.start) or ids_of(view.speakers())
        if found:
            return sorted_ids(found)
        party = self._speaker_party(view, []) if view.attributions else None
        return (party,) if party is not None else self._inherited(paragraph)

    def _inherited(self, paragraph: Paragraph) -> tuple[str, ...]:
        """The parties of the latest commitment drafted from this paragraph or one of the two before."""
        for earlier in reversed(self.commitments):
            if paragraph.number - 2 <= earlier.cite.paragraph.number <= paragraph.number:
                return earlier.parties
        return ()

    def _add_commitment(
        self,
        *,
        paragraph: Paragraph,
        parties: tuple[str, ...],
        cite: Cited,
        cue: Cue,
        text: str,
        amount: Quantity | None,
        due: PartialDate | None,
    ) -> None:
        for existing in self.commitments:
            if existing.cite.paragraph.number == paragraph.number and existing.parties == parties:
                existing.kinds.append(cue.kind)
                existing.amount = existing.amount or amount
                existing.status = existing.status or cue.status
                existing.due = existing.due or due
                existing.text += " " + text
                return
        self.commitments.append(
            CommitmentDraft(parties=parties, cite=cite, cue=cue, kinds=[cue.kind], status=cue.status, text=text, amount=amount, due=due)
        )

    # ------------------------------------------------------------ deployments

    def _deployments(
        self, paragraph: Paragraph, view: SentenceView, cite: Cited, context: list[SentenceView]
    ) -> list[tuple[frozenset[str], int]]:
        """Draft the deployments a sentence states; return each one's owners and where what is deployed is named."""
        cues = deployment_cues(view.text)
        exercise = bool(exercise_cues(view.text))
        owners: list[tuple[frozenset[str], int]] = []
        for clause in view.clauses:
            clause_text = view.text[clause[0] : clause[1]]
            clause_cues = [c for c in cues if clause[0] <= c.start < clause[1]]
            quantities = [] if exercise else [q for q in find_quantities(clause_text) if q.quantity.unit in FORCE_UNITS]
            sizes = [q.quantity for q in quantities]
            forces, leads, hosts = view.forces_and_hosts(clause)
            if not (clause_cues or sizes or (forces and hosts)):
                continue
            if not (forces or leads) and paragraph.label is not None and self.numbered_parties:
                forces = self.numbered_parties  # a numbered point's subject is the parties that issue it
            elif _OUR_FORCES.search(clause_text) or not (forces or leads):
                speaker = self._speaker_party(view, context) if (view.attributions or _OUR_FORCES.search(clause_text)) else None
                forces = sorted_ids((*forces, speaker)) if speaker else forces
            if not (forces or leads or hosts):
                continue
            anchor = clause_cues[0].start if clause_cues else clause[0]
            window = view.text[max(clause[0], anchor - 40) : anchor + 30]
            dates = find_dates(clause_text, year=self.date.year if self.dated else None)
            found = DeploymentDraft(
                forces=sorted_ids(forces),
                leads=sorted_ids(leads),
                hosts=sorted_ids(hosts),
                cites=[cite],
                cue=clause_cues[0].text if clause_cues else (str(sizes[0]) if sizes else "force and host named"),
                text=clause_text,
                status_text=window,
                size=sizes[0] if sizes else None,
                start=dates[0].date if dates else None,
            )
            ends = [clause[0] + q.stop for q in quantities] + [c.stop for c in clause_cues]
            owners.append((found.owners, max(ends) if ends else clause[0]))
            self._add_deployment(found)
        return owners

    def _add_deployment(self, found: DeploymentDraft) -> None:
        number = found.cites[0].paragraph.number
        for existing in self.deployments:
            same_paragraph = existing.cites[-1].paragraph.number == number
            sizes_agree = existing.size is None or found.size is None or existing.size == found.size
            overlap = bool(existing.owners & found.owners) or not (existing.owners or found.owners)
            hosts = set(existing.hosts), set(found.hosts)
            hosts_agree = hosts[0] == hosts[1] or (same_paragraph and (bool(hosts[0] & hosts[1]) or not (hosts[0] and hosts[1])))
            identical = existing.owners == found.owners and hosts[0] == hosts[1]
            if sizes_agree and overlap and hosts_agree and (same_paragraph or identical):
                existing.forces = sorted_ids((*existing.forces, *found.forces))
                existing.leads = sorted_ids((*existing.leads, *found.leads))
                existing.hosts = sorted_ids((*existing.hosts, *found.hosts))
                existing.size = existing.size or found.size
                existing.start = existing.start or found.start
                existing.text += " " + found.text
                if all(c.paragraph.number != number for c in existing.cites):
                    existing.cites.append(found.cites[0])
                else:
                    _weakest(existing.cites, found.cites[0])
                return
        self.deployments.append(found)

    # ------------------------------------------------------------ exercises

    def _exercises(self, paragraph: Paragraph, view: SentenceView, cite: Cited) -> bool:
        names = [n for n in find_exercise_names(view.text) if not self.finder.find(n.name)]
        if not names:
            return False
        quantities = [q.quantity for q in find_quantities(view.text) if q.quantity.unit in SCALE_UNITS]
        for name in names:
            draft = next((e for e in self.exercises if fold(e.name) == fold(name.name)), None)
            if draft is None:
                draft = ExerciseDraft(name=name.name, series=name.series if name.edition else None, cites=[cite])
                self.exercises.append(draft)
            elif all(c.paragraph.number != paragraph.number for c in draft.cites):
                draft.cites.append(cite)
            draft.last = paragraph.number
            draft.text += " " + view.text
            draft.scale.extend(q for q in quantities if q not in draft.scale)
            dates = find_dates(view.text[name.stop :], year=name.edition or (self.date.year if self.dated else None))
            if dates and draft.start is None:
                draft.start, draft.end = dates[0].date, dates[0].end
            self._exercise_parties(draft, view)
        return True

    def _exercise_parties(self, draft: ExerciseDraft, view: SentenceView, *, assets_only: bool = False) -> None:
        for mention in view.mentions:
            if len(mention.ids) != 1 or view.attributed(mention):
                continue
            party = mention.ids[0]
            following = view.text[mention.stop : mention.stop + 60]
            preceding = view.text[max(0, mention.start - 20) : mention.start]
            if draft.lead is None and (
                (mention.possessive and re.match(r"['’]s\s+(?:\w+\s+){0,2}(?:exercise|drill|manoeuvre|maneuver)", following, re.IGNORECASE))
                or re.search(r"\b(?:led|hosted|organi[sz]ed) by\s+(?:the\s+)?$", preceding)
            ):
                draft.lead = party
                continue
            linked = bool(_ASSETS.match(following))
            if party != draft.lead and party not in draft.participants and (linked or not assets_only):
                draft.participants.append(party)

    def _exercise_continued(self, paragraph: Paragraph, views: list[SentenceView]) -> None:
        if not self.exercises or not EXERCISE_CONTINUED.search(paragraph.text):
            return
        draft = self.exercises[-1]
        if paragraph.number - draft.last > 2:
            return
        view = next(v for v in views if EXERCISE_CONTINUED.search(v.text))
        draft.cites.append(Cited(paragraph, *self._grade(view, paragraph, [v for v in views if v is not view])))
        draft.last = paragraph.number
        draft.text += " " + paragraph.text
        for each in views:
            self._exercise_parties(draft, each, assets_only=True)


def _weakest(cites: list[Cited], other: Cited) -> None:
    """Keep the more doubtful grade when two sentences of one paragraph support one draft."""
    for cite in cites:
        if cite.paragraph.number == other.paragraph.number and other.credibility.value > cite.credibility.value:
            cite.credibility, cite.attribution = other.credibility, other.attribution


def absorbed(text: str, cue: Cue, deploy: tuple[Cue, ...]) -> bool:
    """Whether a commitment cue only introduces a deployment ("plans to deploy", "the plan involves stationing")."""
    return any(c.start >= cue.stop and len(text[cue.stop : c.start].split()) <= 2 for c in deploy)


def sorted_ids(ids: object) -> tuple[str, ...]:
    return tuple(sorted(set(ids)))  # type: ignore[call-overload]


def ids_of(mentions: tuple[PartyMention, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for m in mentions for i in m.ids))


def _quoted(text: str, position: int) -> bool:
    return len(_QUOTE.findall(text[:position])) % 2 == 1


def _unnamed_word(phrase: str | None) -> str | None:
    if not phrase:
        return None
    words = re.findall(r"insiders?|sources?|officials?|analysts?|observers?|diplomats?|experts?|people", phrase, re.IGNORECASE)
    return words[0].lower() if words else None
