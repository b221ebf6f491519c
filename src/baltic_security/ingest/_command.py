"""``baltic-security ingest FILE``: the paragraph map and the drafts, optionally written as a dataset file."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from baltic_security.dates import PartialDate
from baltic_security.errors import DateError
from baltic_security.model import ID_PATTERN, Commitment, Deployment, Exercise

from .document import Document, read
from .draft import Drafts, draft

if TYPE_CHECKING:
    from baltic_security.dataset import Dataset

_CLIP = 90


def _clip(text: str, width: int = _CLIP) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def paragraph_map(document: Document) -> str:
    """The paragraph map: number, label, furniture or metadata flag, and the text clipped."""
    lines = [f"sha256 {document.sha256}  ({len(document.paragraphs)} paragraphs)", f"{'#':>4}  {'label':<5}  {'flag':<18}  text"]
    for p in document.paragraphs:
        flag = p.furniture or p.meta or ""
        lines.append(f"{p.number:>4}  {p.label or '':<5}  {flag:<18}  {_clip(p.text)}")
    return "\n".join(lines)


def drafts_listing(drafts: Drafts) -> str:
    """The drafts, one block per type: id, cited paragraphs with proposed grades, and the draft summary."""
    s = drafts.source
    if s is None:
        lines = ["", f"source {drafts.source_id}: {drafts.note}"]
    else:
        lines = [
            "",
            (
                f"source {s.id}: {s.kind.value}, published {s.published} ({drafts.note}), "
                f"reliability {s.reliability.value} (ungraded), {s.paragraphs} paragraphs"
            ),
        ]
    groups: tuple[tuple[str, tuple[Commitment, ...] | tuple[Exercise, ...] | tuple[Deployment, ...]], ...] = (
        ("commitments", drafts.commitments),
        ("exercises", drafts.exercises),
        ("deployments", drafts.deployments),
    )
    for name, records in groups:
        lines.append(f"{name} ({len(records)})")
        for record in records:
            cites = ", ".join(
                f"#{e.paragraph}"
                + (f" ({e.label})" if e.label else "")
                + f" cred {e.credibility.value}"
                + (f" {e.attribution}" if e.attribution else "")
                for e in record.evidence
            )
            what = record.name if isinstance(record, Exercise) else record.summary
            lines.append(f"  {record.id}  [{cites}]  {_clip(what, 120)}")
    return "\n".join(lines)


def run(path: str, *, out: str | None, source_id: str | None, dataset: Dataset, published: str | None = None) -> int:
    """Run the command: print the map and the drafts; write them when ``out`` is given.

    ``published`` (``--published DATE``) is read by ``PartialDate.parse``; a
    text with no date of its own and no ``--published`` is drafted, but its
    drafts are not written (a source needs its date, never a guessed one).
    """
    if source_id is not None and not ID_PATTERN.fullmatch(source_id):
        sys.stderr.write(f"baltic-security: --source-id: expected a lowercase slug such as 'draft-my-report', found {source_id!r}\n")
        return 2
    date = None
    if published is not None:
        try:
            date = PartialDate.parse(published)
        except DateError as exc:
            sys.stderr.write(f"baltic-security: --published: expected a date such as '2025-06-04', found {published!r}: {exc}\n")
            return 2
    document = read(path)
    drafts = draft(document, dataset=dataset, source_id=source_id, published=date)
    sys.stdout.write(paragraph_map(document) + "\n")
    sys.stdout.write(drafts_listing(drafts) + "\n")
    if out is not None and drafts.source is None:
        sys.stderr.write(f"baltic-security: {path}: not written: {drafts.note}\n")
        return 1
    if out is not None:
        drafts.write(out)
        counts = f"{len(drafts.commitments)} commitments, {len(drafts.exercises)} exercises, {len(drafts.deployments)} deployments"
        sys.stderr.write(f"wrote {out}: 1 source, {counts}; every draft needs a curator's review and rewording\n")
    return 0
