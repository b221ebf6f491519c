r"""Drafting: cited Commitment, Exercise and Deployment records proposed from a document's paragraphs.

Every draft is marked within the model: its id starts with ``draft-``, its
summary with ``DRAFT, reword: `` followed by a neutral machine description
(never the source's sentence), and its source is graded ``F`` until a
curator grades it. Each draft cites the paragraph (and point label) its cue
came from, with an Admiralty credibility proposed from the attribution.

>>> import baltic_security as bs
>>> from baltic_security.ingest import parse
>>> text = "Joint statement\nThe ministers of Estonia and Latvia agreed to spend at least 3% of GDP on defence."
>>> drafts = draft(parse(text), dataset=bs.dataset())
>>> c = drafts.commitments[0]
>>> c.id, c.parties, str(c.amount), c.evidence[0].paragraph
('draft-joint-statement-c2', ('estonia', 'latvia'), 'at least 3% of GDP', 2)
>>> c.summary
"DRAFT, reword: commitment by estonia, latvia on spending; cue 'agreed to'; amount at-least 3 percent-gdp"
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from baltic_security._text import fold
from baltic_security.dates import PartialDate
from baltic_security.errors import DateError, FieldError
from baltic_security.model import Commitment, Deployment, Exercise, Participant, Place, Quantity, SourceDocument
from baltic_security.vocab import CommitmentKind, CommitmentStatus, Domain, Qualifier, Reliability, SourceKind, Unit

from ._classify import AMOUNT_UNITS, Drafter
from .cues import domains_in
from .document import Document, IngestError, _read_numeric
from .document import published as published_date

if TYPE_CHECKING:
    from baltic_security._dataset import Dataset

    from ._assemble import CommitmentDraft, DeploymentDraft, ExerciseDraft

__all__ = ["DRAFT_PREFIX", "SUMMARY_PREFIX", "Drafts", "draft", "draft_source"]

#: Every drafted record's id starts with this.
DRAFT_PREFIX = "draft-"
#: Every drafted summary starts with this: a curator rewrites it in their own words.
SUMMARY_PREFIX = "DRAFT, reword: "
_UNGRADED = "Not graded yet: drafted by baltic_security.ingest; a curator assigns A-E and says why."
_KIND_ORDER = (CommitmentKind.TARGET, CommitmentKind.PLEDGE, CommitmentKind.PLAN, CommitmentKind.INTENT, CommitmentKind.DECLARATION)


@attrs.frozen(kw_only=True)
class Drafts:
    r"""The draft records for one document: its source and the facts proposed from it.

    ``source`` is None when the publication date is unknown (the text gives
    none and the caller gave none): a source record needs one, and it is
    never guessed. ``note`` says where the date came from, or that there is
    none; ``source_id`` is the id every draft's evidence cites.

    ``to_data()`` is a dataset file (keys ``sources``, ``commitments``,
    ``exercises``, ``deployments``) that ``baltic-security validate`` checks
    and ``bs.load(path, base=bs.dataset())`` merges.

    >>> import baltic_security as bs
    >>> from baltic_security.ingest import parse
    >>> drafts = draft(parse("Note\nPoland pledged to host 500 troops."), dataset=bs.dataset(), published="2025")
    >>> sorted(drafts.to_data()), len(drafts.facts())
    (['commitments', 'deployments', 'exercises', 'sources'], 1)
    """

    source: SourceDocument | None
    source_id: str
    published: PartialDate | None
    note: str
    commitments: tuple[Commitment, ...] = ()
    exercises: tuple[Exercise, ...] = ()
    deployments: tuple[Deployment, ...] = ()

    def facts(self) -> tuple[Commitment | Exercise | Deployment, ...]:
        r"""Every drafted fact: commitments, then exercises, then deployments.

        >>> import baltic_security as bs
        >>> from baltic_security.ingest import parse
        >>> [f.id for f in draft(parse("Note\nFrance will deploy jets to Estonia."), dataset=bs.dataset()).facts()]
        ['draft-note-d2']
        """
        return (*self.commitments, *self.exercises, *self.deployments)

    def to_data(self) -> dict[str, list[dict[str, Any]]]:
        r"""The drafts as one dataset-file object.

        >>> import baltic_security as bs
        >>> from baltic_security.ingest import parse
        >>> data = draft(parse("Note\nFrance will deploy jets to Estonia."), dataset=bs.dataset(), published="2025-06-04").to_data()
        >>> data["deployments"][0]["hosts"], data["sources"][0]["reliability"]
        (['estonia'], 'F')
        """
        from baltic_security.convert import unstructure  # noqa: PLC0415  # cattrs loads on first use

        if self.source is None:
            raise IngestError(f"{self.source_id}: cannot write a source without its date: {self.note}")
        return {
            "sources": [unstructure(self.source)],
            "commitments": [unstructure(r) for r in self.commitments],
            "exercises": [unstructure(r) for r in self.exercises],
            "deployments": [unstructure(r) for r in self.deployments],
        }

    def write(self, path: str | os.PathLike[str]) -> Path:
        r"""Write the drafts as a UTF-8 JSON dataset file.

        >>> import baltic_security as bs, tempfile, pathlib
        >>> from baltic_security.ingest import parse
        >>> drafts = draft(parse("Notes\n3 June 2025\nEstonia will deploy troops to Latvia."), dataset=bs.dataset())
        >>> out = drafts.write(pathlib.Path(tempfile.mkdtemp()) / "drafts.json")
        >>> merged = bs.load(out, base=bs.dataset())
        >>> [d.hosts for d in merged.deployments(source=drafts.source_id)]
        [('latvia',)]
        """
        target = Path(path)
        target.write_text(json.dumps(self.to_data(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return target


# ---------------------------------------------------------------- records


def draft(
    document: Document, *, dataset: Dataset | None = None, source_id: str | None = None, published: PartialDate | str | None = None
) -> Drafts:
    r"""Propose cited Commitment, Exercise and Deployment records from a document.

    ``dataset`` supplies the party names (default: the bundled dataset);
    ``source_id`` names the draft source (default: ``draft-`` and the
    title's first words); ``published`` is the publication date when the
    text does not give it (a :class:`PartialDate` or a string
    ``PartialDate.parse`` reads). Without a date, ``Drafts.source`` is None,
    no ``made_on`` is set and relative dates ("today", "on Friday") are not
    read. Raises :class:`IngestError` for a ``published`` string that is not
    a date, and for one that differs from the date the text gives itself.

    >>> from baltic_security.ingest import parse
    >>> drafts = draft(parse("Note\nThe exercise Spring Storm 2024 drew 7,000 Estonian troops."), source_id="draft-mine")
    >>> [(e.id, e.name, [p.actor for p in e.participants], [str(q) for q in e.scale]) for e in drafts.exercises]
    [('draft-mine-e2', 'Spring Storm 2024', ['estonia'], ['7,000 troops'])]
    >>> drafts.source is None, drafts.note
    (True, 'no publication date in the text; give one (published=..., or --published DATE)')
    """
    if dataset is None:
        from baltic_security import dataset as bundled  # noqa: PLC0415  # the bundled dataset loads on first use

        dataset = bundled()
    date, note = _publication(document, published)
    source = draft_source(document, source_id=source_id, published=date if published is not None else None) if date is not None else None
    source_id = source.id if source is not None else (source_id or _default_id(document))
    drafter = Drafter(document, dataset, date)
    drafter.run()
    stem = _stem(source_id)
    ids: dict[str, int] = {}

    def new_id(letter: str, number: int) -> str:
        base = f"{DRAFT_PREFIX}{stem}-{letter}{number}"
        ids[base] = ids.get(base, 0) + 1
        return base if ids[base] == 1 else f"{base}-{ids[base]}"

    commitments = tuple(_commitment(d, source_id, new_id("c", d.cite.paragraph.number), date) for d in drafter.commitments)
    exercises = tuple(_exercise(d, source_id, new_id("e", d.cites[0].paragraph.number)) for d in drafter.exercises)
    deployments = tuple(_deployment(d, source_id, new_id("d", d.cites[0].paragraph.number)) for d in drafter.deployments)
    return Drafts(
        source=source,
        source_id=source_id,
        published=date,
        note=note,
        commitments=commitments,
        exercises=exercises,
        deployments=deployments,
    )


def _publication(document: Document, given: PartialDate | str | None) -> tuple[PartialDate | None, str]:
    """The publication date: the caller's (read by the package's date policy), else the text's own, else none."""
    own, note = published_date(document)
    if given is None:
        return own, note
    if isinstance(given, PartialDate):
        date = given
    else:
        try:
            date = PartialDate.parse(given)
        except DateError as exc:
            raise IngestError(f"published: expected a date such as '2025-06-04', found {given!r}: {exc}") from None
    # The caller's date settles a text that has none, or picks one reading of a date line whose day and month order the
    # text leaves open or the declared order cannot read; it never silently replaces a different one.
    if own is not None and own != date:
        raise IngestError(
            f"published: {date.isoformat()} disagrees with the date the text gives itself, {own.isoformat()} ({note}); "
            "leave published out, or give the same date"
        )
    for line in (*document.metadata.undecided, *document.metadata.misordered):
        readings = sorted({r.isoformat() for r in (_read_numeric(line.value, first) for first in (True, False)) if r is not None})
        if readings and date.isoformat() not in readings:
            raise IngestError(
                f"published: {date.isoformat()} matches no reading of the date line in paragraph {line.paragraph} "
                f"({line.value!r} reads as {' or '.join(readings)}); give that date, or leave published out"
            )
    return date, "given by the caller"


def _commitment(d: CommitmentDraft, source: str, record_id: str, date: PartialDate | None) -> Commitment:
    kind = min(d.kinds, key=_KIND_ORDER.index)
    # A share of GDP is a quantified goal (curators grade every one a target); money keeps the cue's kind: a contract
    # signed or a sum granted is a pledge, a sum budgeted for later a plan.
    if d.amount is not None and d.amount.unit is Unit.PERCENT_GDP:
        kind = CommitmentKind.TARGET
    elif kind is CommitmentKind.TARGET and (d.amount is None or d.amount.unit not in AMOUNT_UNITS):
        kind = next((k for k in d.kinds if k is not CommitmentKind.TARGET), CommitmentKind.DECLARATION)
    domains = domains_in(d.text) or domains_in(d.cite.paragraph.text) or (Domain.DIPLOMACY,)
    summary = f"{SUMMARY_PREFIX}commitment by {', '.join(d.parties)} on {', '.join(x.value for x in domains)}; cue '{_clip(d.cue.text)}'"
    if d.amount is not None:
        summary += f"; amount {_coded(d.amount)}"
    return Commitment(
        id=record_id,
        summary=summary,
        parties=d.parties,
        domains=domains,
        kind=kind,
        evidence=(d.cite.evidence(source),),
        amount=d.amount,
        made_on=date,
        due=d.due,
        status=d.status or CommitmentStatus.UNKNOWN,
    )


def _deployment(d: DeploymentDraft, source: str, record_id: str) -> Deployment:
    by = ", ".join(d.forces or d.leads) or "unnamed forces"
    summary = f"{SUMMARY_PREFIX}deployment by {by}"
    if d.hosts:
        summary += f" in {', '.join(d.hosts)}"
    if d.size is not None:
        summary += f"; size {_coded(d.size)}"
    summary += f"; cue '{_clip(d.cue)}'"
    return Deployment(
        id=record_id,
        summary=summary,
        evidence=tuple(c.evidence(source) for c in d.cites),
        contributors=d.forces,
        lead=d.leads[0] if len(d.leads) == 1 else None,
        hosts=d.hosts,
        area=d.area,
        size=d.size,
        status=d.status,
        start=d.start,
        end=d.end if d.end is None or d.start is None or d.end.last_day >= d.start.first_day else None,
        domains=domains_in(d.text),
    )


def _exercise(d: ExerciseDraft, source: str, record_id: str) -> Exercise:
    start, end = d.start, d.end
    if start is not None and end is not None and end.last_day < start.first_day:
        end = None
    return Exercise(
        id=record_id,
        name=d.name,
        series=d.series,
        evidence=tuple(c.evidence(source) for c in d.cites),
        start=start,
        end=end,
        lead=d.lead,
        participants=tuple(Participant(actor=p) for p in d.participants),
        scale=tuple(d.scale),
        domains=domains_in(d.text),
    )


_WIRE = re.compile(
    r"\b(?:reuters|associated press|ap|afp|agence france-presse|dpa|interfax|tass|ria|bns|leta|ntb|tt|efe|ansa|pap|"
    r"ukrinform|unian|xinhua|bloomberg|staff)\b",
    re.IGNORECASE,
)


def _source_kind(document: Document) -> SourceKind:  # noqa: PLR0911  # one return per kind, most specific first
    head = " ".join(p.text for p in document.paragraphs[:4])
    headings = [p.text for p in document.paragraphs[:4] if len(p.text.split()) <= 8]
    if any(re.search(r"\bcommuniqu[eé]\b", h, re.IGNORECASE) for h in headings):
        return SourceKind.COMMUNIQUE
    if any(len(h.split()) <= 6 and re.search(r"\b(?:statement|declaration)\b", h, re.IGNORECASE) for h in headings[:2]):
        return SourceKind.STATEMENT
    if re.search(r"\b(?:press|news|media) release\b", head, re.IGNORECASE):
        return SourceKind.PRESS_RELEASE
    bylines = document.metadata.bylines
    if bylines and any(_WIRE.search(b.value) or "/" in b.value for b in bylines):
        return SourceKind.WIRE_REPORT
    if bylines or any(p.paragraph for p in document.metadata.places if document.paragraph(p.paragraph).body):
        return SourceKind.NEWS_ARTICLE
    if any(p.furniture not in (None, "signature", "bullet") for p in document.paragraphs):
        return SourceKind.AGGREGATOR
    return SourceKind.OTHER


def _slug(text: str, words: int) -> str:
    parts = [w for w in re.split(r"[^a-z0-9]+", re.sub(r"['’]s\b", "", fold(text))) if w]
    return "-".join(parts[:words])


def _stem(source_id: str) -> str:
    stem = source_id.removeprefix(DRAFT_PREFIX)
    parts = stem.split("-")
    while len("-".join(parts)) > 32 and len(parts) > 1:
        parts.pop()
    return "-".join(parts)[:32].strip("-") or "source"


def _default_id(document: Document) -> str:
    meta = document.metadata
    title = meta.title.value if meta.title else (document.name or "Untitled document")
    return DRAFT_PREFIX + (_slug(title, 5) or document.sha256[:12])


def draft_source(document: Document, *, source_id: str | None = None, published: PartialDate | None = None) -> SourceDocument:
    r"""The draft :class:`SourceDocument` of a document: fingerprinted, counted, graded ``F``.

    ``published`` is the date when the text gives none, or one reading of a
    date line whose day and month order the text leaves open; a different
    date from the text's own, and a text with no date of its own and no
    ``published``, raise :class:`IngestError` (a source needs its date, and
    the date is never guessed nor silently replaced).

    >>> from baltic_security.ingest import parse
    >>> s = draft_source(parse("JOINT COMMUNIQUÉ\n23 January 2025\n1. Agreed."))
    >>> s.id, s.title, s.kind.value, str(s.published), s.reliability.value, s.paragraphs
    ('draft-joint-communique', 'Joint Communiqué', 'communique', '2025-01-23', 'F', 3)
    >>> draft_source(parse("Notes\nHeld every year since 1971."))
    Traceback (most recent call last):
    ...
    baltic_security.ingest.document.IngestError: draft-notes: no publication date in the text; give one (published=..., or --published DATE)
    """
    meta = document.metadata
    title = meta.title.value if meta.title else (document.name or "Untitled document")
    source_id = source_id or _default_id(document)
    try:
        date, how = _publication(document, published)  # the caller's date never silently replaces the text's own
    except IngestError as exc:
        raise IngestError(f"{source_id}: {exc}") from None
    if date is None:
        raise IngestError(f"{source_id}: {how}")
    notes = [f"Drafted by baltic-security ingest; published {how}."]
    furniture = [p.number for p in document.paragraphs if p.furniture]
    if furniture:
        notes.append(f"Page furniture: paragraphs {_ranges(furniture)}.")
    place = meta.places[0].value if meta.places else None
    try:
        return _source_document(document, source_id=source_id, title=title, date=date, place=place, notes=notes)
    except FieldError as exc:
        # a control character in the title or a place line, for instance: the text cannot be a source as it stands
        where = meta.title.paragraph if meta.title and title == meta.title.value else None
        at = f"paragraph {where}: " if where else ""
        raise IngestError(f"{document.name or '<text>'}: {at}cannot draft the source: {exc}") from None


def _source_document(
    document: Document, *, source_id: str, title: str, date: PartialDate, place: str | None, notes: list[str]
) -> SourceDocument:
    meta = document.metadata
    return SourceDocument(
        id=source_id,
        title=title,
        kind=_source_kind(document),
        published=date,
        reliability=Reliability.F,
        reliability_note=_UNGRADED,
        sha256=document.sha256,
        paragraphs=len(document.paragraphs),
        publisher=re.sub(r"^(?i:by)\s+", "", meta.bylines[0].value) if meta.bylines else None,  # "By Anna Berzina"
        place=Place(name=place) if place else None,
        notes=" ".join(notes),
    )


# ---------------------------------------------------------------- helpers


def _ranges(numbers: list[int]) -> str:
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _coded(quantity: Quantity) -> str:
    """A quantity in vocabulary terms ("at-least 3 percent-gdp"): a machine description, not the source's wording."""
    qualifier = "" if quantity.qualifier is Qualifier.EXACT else f"{quantity.qualifier.value} "
    value = quantity.value
    number = str(int(value)) if float(value).is_integer() else f"{value:f}".rstrip("0")
    return f"{qualifier}{number} {quantity.unit.value}"


def _clip(cue: str, words: int = 5) -> str:
    """A cue as quoted in a summary: a few words, never a sentence."""
    parts = cue.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")
