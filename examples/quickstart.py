# Install with: pip install baltic-security
"""Quickstart: who committed to protecting undersea infrastructure, and where does it say so?

Prints each answer with its source, paragraph and Admiralty grade, then
writes the answer as JSON (``answer.json``) into the folder given as the
first argument (default: the current folder)::

    python examples/quickstart.py [OUTDIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import baltic_security as bs


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path()
    print(f"baltic-security {bs.__version__}, dataset {bs.dataset().version}\n")

    answer = bs.commitments(by="Estonia", domain="undersea")
    for commitment in answer:
        print(f"{commitment.id} ({commitment.kind.value}, {commitment.status.value})")
        print(f"  by: {', '.join(bs.party(party).name for party in commitment.parties)}")
        print(f"  {commitment.summary}")
        for evidence in commitment.evidence:
            source = bs.dataset().cites(evidence)
            point = f" (point {evidence.label})" if evidence.label else ""
            grade = f"{source.reliability.value}{evidence.credibility.value}"
            print(f"  says so: {source.title}, {source.published}, paragraph {evidence.paragraph}{point}; graded {grade}")
            print(f"           {source.reliability.description} source, information {evidence.credibility.description}")

    # NATO-wide commitments count for Estonia only when asked for, and rest on weaker sources.
    wider = [c for c in bs.commitments(by="Estonia", domain="undersea", collective=True) if c not in answer]
    print(f"\nWith collective=True, {len(wider)} more, by organisations Estonia belongs to:")
    for commitment in wider:
        grades = sorted({bs.get(e.source, bs.SourceDocument).reliability.value + str(e.credibility) for e in commitment.evidence})
        print(f"  {commitment.id}: graded {', '.join(grades)}")
    strong = bs.commitments(domain="undersea", min_confidence="B2")
    print(f"Graded B2 or better: {[c.id for c in strong]}")

    out.mkdir(parents=True, exist_ok=True)
    target = out / "answer.json"
    target.write_text(json.dumps([bs.unstructure(c) for c in answer], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
