"""The assemble stage: draft facts as the classify stage finds them, merged across the document.

A commitment found twice in one paragraph is one draft with both kinds; a
deployment restated in a later paragraph (same owners and hosts) gathers the
new citation; two sentences of one paragraph that support one draft keep the
more doubtful grade. :mod:`.draft` turns what is assembled here into records.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from baltic_security.model import Evidence
from baltic_security.vocab import DeploymentStatus

from .cues import deployment_status
from .extract import edition_year

if TYPE_CHECKING:
    from baltic_security.dates import PartialDate
    from baltic_security.model import Quantity
    from baltic_security.vocab import CommitmentKind, CommitmentStatus, Credibility

    from .cues import Cue
    from .document import Paragraph
    from .parties import PartyMention


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
    end: PartialDate | None = None
    area: str | None = None  # waters named where the forces are ("the Gulf of Riga"): an area, not a host
    # forces held at readiness elsewhere to go to the hosts ("a brigade held at high readiness in the UK to reinforce
    # Estonia"), or offered for them ("has offered a Patriot battery for Lithuania"): planned there, whatever the tense
    to_come: bool = False

    @property
    def owners(self) -> frozenset[str]:
        return frozenset(self.forces) | frozenset(self.leads)

    @property
    def status(self) -> DeploymentStatus:
        return DeploymentStatus.PLANNED if self.to_come else deployment_status(self.status_text)


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
    headline: bool = False
    headline_paragraph: int | None = None  # the headline's paragraph when it is not the title found

    @property
    def edition(self) -> int | None:
        """The year the name ends in, written in four digits or two ("BALTOPS 2025", "BALTOPS 25")."""
        match = re.search(r"(?<![\w-])((?:19|20)\d{2}|\d{2})$", self.name)
        return edition_year(match.group(1)) if match else None


def add_commitment(drafts: list[CommitmentDraft], found: CommitmentDraft, *, separate: bool = False) -> None:
    """Add a commitment, merged into one of the same parties from the same paragraph unless ``separate``."""
    for existing in [] if separate else drafts:
        if existing.cite.paragraph.number == found.cite.paragraph.number and existing.parties == found.parties:
            existing.kinds.extend(found.kinds)
            existing.amount = existing.amount or found.amount
            existing.status = existing.status or found.status
            existing.due = existing.due or found.due
            existing.text += " " + found.text
            return
    drafts.append(found)


def add_deployment(drafts: list[DeploymentDraft], found: DeploymentDraft) -> None:
    """Add a deployment, merged into one that states the same force (same paragraph, or same owners and hosts)."""
    number = found.cites[0].paragraph.number
    for existing in drafts:
        same_paragraph = existing.cites[-1].paragraph.number == number
        # four jets and 140 airmen describe one detachment: only two counts of one unit can disagree
        sizes_agree = existing.size is None or found.size is None or existing.size.unit != found.size.unit or existing.size == found.size
        # forces no party owns and a party's forces named in one paragraph are one force ("four of our F-35s will fly
        # from Ämari ... the first time Danish F-35s do that mission")
        overlap = bool(existing.owners & found.owners) or not (existing.owners and found.owners)
        hosts = set(existing.hosts), set(found.hosts)
        hosts_agree = hosts[0] == hosts[1] or (same_paragraph and (bool(hosts[0] & hosts[1]) or not (hosts[0] and hosts[1])))
        identical = existing.owners == found.owners and hosts[0] == hosts[1]
        # "The brigade will be operational by 2027. Germany has already stationed 500 soldiers.": planned and in place
        # are two deployments
        statuses = {existing.status, found.status} - {DeploymentStatus.UNKNOWN}
        # (a force held ready elsewhere is another force than the one in place: "keeps its battlegroup at Tapa ... a
        # further brigade is held at high readiness in Britain")
        if len(statuses) > 1 or existing.to_come != found.to_come:
            continue
        if sizes_agree and overlap and hosts_agree and (same_paragraph or identical):
            existing.forces = sorted_ids((*existing.forces, *found.forces))
            existing.leads = sorted_ids((*existing.leads, *found.leads))
            existing.hosts = sorted_ids((*existing.hosts, *found.hosts))
            existing.size = existing.size or found.size
            existing.start = existing.start or found.start
            existing.end = existing.end or found.end
            existing.area = existing.area or found.area
            existing.text += " " + found.text
            if all(c.paragraph.number != number for c in existing.cites):
                existing.cites.append(found.cites[0])
            else:
                weakest(existing.cites, found.cites[0])
            return
    drafts.append(found)


def weakest(cites: list[Cited], other: Cited) -> None:
    """Keep the more doubtful grade when two sentences of one paragraph support one draft."""
    for cite in cites:
        if cite.paragraph.number == other.paragraph.number and other.credibility.value > cite.credibility.value:
            cite.credibility, cite.attribution = other.credibility, other.attribution


def sorted_ids(ids: object) -> tuple[str, ...]:
    return tuple(sorted(set(ids)))  # type: ignore[call-overload]


def ids_of(mentions: tuple[PartyMention, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for m in mentions for i in m.ids))
