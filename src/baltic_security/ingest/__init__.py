r"""Bring your own documents: read a text, map its paragraphs, draft cited records for a curator.

The pipeline has two steps. :func:`read` (or :func:`parse` for a string)
numbers the paragraphs under the paragraph rule, fingerprints the exact
bytes, flags page furniture and collects metadata candidates. :func:`draft`
proposes ``Commitment``, ``Exercise`` and ``Deployment`` records, each
citing its paragraph, and a draft ``SourceDocument`` graded ``F``. Drafts
are marked (ids ``draft-...``, summaries ``DRAFT, reword: ...``) and are a
starting point for a curator, never data to publish as they are.

>>> import baltic_security as bs
>>> from baltic_security import ingest
>>> doc = ingest.parse("Baltic ministers meet\nNo time to read?\n1. Agreed to deploy 300 troops to Latvia.")
>>> [(p.number, p.label, p.furniture) for p in doc.paragraphs]
[(1, None, None), (2, None, 'summary prompt'), (3, '1', None)]
>>> drafts = ingest.draft(doc, dataset=bs.dataset())
>>> [(d.id, d.hosts, str(d.size)) for d in drafts.deployments]
[('draft-baltic-ministers-meet-d3', ('latvia',), '300 troops')]
"""

from __future__ import annotations

from .cues import commitment_cues, deployment_cues, domains_in, exercise_cues
from .document import Candidate, DateCandidate, Document, IngestError, Metadata, Paragraph, parse, read
from .draft import DRAFT_PREFIX, SUMMARY_PREFIX, Drafts, draft, draft_source
from .extract import DateMention, ExerciseName, QuantityMention, find_dates, find_exercise_names, find_quantities, split_sentences
from .parties import PartyFinder, PartyMention, find_people

__all__ = [
    "DRAFT_PREFIX",
    "SUMMARY_PREFIX",
    "Candidate",
    "DateCandidate",
    "DateMention",
    "Document",
    "Drafts",
    "ExerciseName",
    "IngestError",
    "Metadata",
    "Paragraph",
    "PartyFinder",
    "PartyMention",
    "QuantityMention",
    "commitment_cues",
    "deployment_cues",
    "domains_in",
    "draft",
    "draft_source",
    "exercise_cues",
    "find_dates",
    "find_exercise_names",
    "find_people",
    "find_quantities",
    "parse",
    "read",
    "split_sentences",
]
