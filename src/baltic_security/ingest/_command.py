"""``baltic-security ingest FILE``: the paragraph map and the drafts, optionally written as a dataset file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from baltic_security.cli import printable
from baltic_security.model import Commitment, Deployment, Exercise

from .document import Document, IngestError, read
from .draft import Drafts, draft

if TYPE_CHECKING:
    from baltic_security._dataset import Dataset
    from baltic_security.dates import PartialDate

_CLIP = 90


def _clip(text: str, width: int = _CLIP) -> str:
    """``text`` on one line (control characters escaped), clipped to ``width``."""
    text = printable(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def paragraph_map(document: Document) -> str:
    """The paragraph map: number, label, furniture or metadata flag, and the text clipped."""
    lines = [f"sha256 {document.sha256}  ({len(document.paragraphs)} paragraphs)", f"{'#':>4}  {'label':<5}  {'flag':<18}  text"]
    for p in document.paragraphs:
        flag = p.furniture or p.meta or ""
        lines.append(f"{p.number:>4}  {p.label or '':<5}  {flag:<18}  {_clip(p.text)}")
    return "\n".join(map(printable, lines))  # a tab or control character in the text cannot break a line


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
    return "\n".join(map(printable, lines))  # a tab or control character in the text cannot break a line


def run(
    path: str,
    *,
    out: str | None,
    source_id: str | None,
    dataset: Dataset,
    published: PartialDate | None = None,
    dayfirst: bool | None = None,
) -> str:
    """Run the command: write the drafts when ``out`` is given, and return the map and the drafts to print.

    The file is written before anything is printed, so that a failure prints no data.
    ``published`` (``--published DATE``) is the publication date when the text
    gives none; ``dayfirst`` (``--day-first`` / ``--month-first``) declares how
    the text writes an all-numeric date line ("07.06.2024"). A text with no date of its own and no ``published`` is not
    written: its source needs a date, never a guessed one (:class:`IngestError`).
    """
    document = read(path, dayfirst=dayfirst)
    if out is not None and Path(out).is_dir():
        raise IngestError(f"{path}: drafts not written: --out {out} is a folder; name the JSON file to write")
    try:
        drafts = draft(document, dataset=dataset, source_id=source_id, published=published)
    except IngestError as exc:
        raise IngestError(f"{path}: {exc}") from None  # which text the date or option disagrees with
    if out is not None and drafts.source is None:
        raise IngestError(f"{path}: drafts not written: {drafts.note}")
    if out is not None:
        try:
            drafts.write(out)
        except OSError as exc:
            raise IngestError(f"{path}: drafts not written to {out}: {exc.strerror or exc}") from None
        counts = ", ".join(
            f"{len(found)} {kind if len(found) != 1 else kind.removesuffix('s')}"
            for kind, found in (("commitments", drafts.commitments), ("exercises", drafts.exercises), ("deployments", drafts.deployments))
        )
        sys.stderr.write(f"wrote {out}: 1 source, {counts}; every draft needs a curator's review and rewording\n")
    return paragraph_map(document) + "\n" + drafts_listing(drafts)
