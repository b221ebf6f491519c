r"""Bring your own documents: read a text, map its paragraphs, draft cited records for a curator.

Two public steps: :func:`read` (or :func:`parse` for a string) and
:func:`draft`. :func:`draft` proposes ``Commitment``, ``Exercise`` and
``Deployment`` records, each citing its paragraph, and a draft
``SourceDocument`` graded ``F``. Drafts are marked (ids ``draft-...``,
summaries ``DRAFT, reword: ...``) and are a starting point for a curator,
never data to publish as they are.

Inside, five stages, one module each, each with its own tests
(``tests/test_ingest_stages.py``):

1. **segment** (:mod:`.document`, :func:`.extract.split_sentences`): number
   the paragraphs under the paragraph rule, fingerprint the bytes, flag page
   furniture, collect metadata candidates, split sentences;
2. **find mentions** (:mod:`.parties`, :mod:`.extract`, :mod:`.gazetteer`):
   parties, people and their titles, places and services from the gazetteer
   data, quantities, dates and exercise names;
3. **resolve** (``_discourse``): who is speaking, which group "the
   ministers" or "they" are, whom a quotation's "we" speaks for, who signs
   the numbered points;
4. **classify** (``_roles`` for subject, owner and host; :mod:`.cues` for
   what marks an undertaking, deployment or exercise; ``_classify`` for the
   walk): each clause read as one kind of fact, or none;
5. **assemble** (``_assemble``, then :mod:`.draft`): merge what one
   paragraph or a later one restates, and build the records.

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
