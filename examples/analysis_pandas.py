# Install with: pip install 'baltic-security[pandas]'
"""Analysis with pandas: commitments by domain and by how well their sources are graded.

Builds frames with ``baltic_security.export.to_dataframe`` (the ``pandas``
extra), joins the link tables, prints three summaries and writes the first
as ``commitments_by_domain.csv`` into the folder given as the first argument
(default: the current folder)::

    python examples/analysis_pandas.py [OUTDIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import baltic_security as bs
from baltic_security.export import to_dataframe


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path()
    ds = bs.dataset()
    commitments = to_dataframe(ds, bs.Commitment)
    domains = to_dataframe(ds, "commitment_domains")
    parties = to_dataframe(ds, "commitment_parties")
    evidence = to_dataframe(ds, "evidence")
    sources = to_dataframe(ds, bs.SourceDocument)
    names = to_dataframe(ds, "parties")[["id", "name"]]

    # Which grade of source states each commitment: one row per commitment, domain and source grade.
    graded = (
        domains.merge(evidence, left_on="commitment_id", right_on="record_id")
        .merge(sources[["id", "reliability"]], left_on="source", right_on="id")
        .drop_duplicates(["commitment_id", "domain", "reliability"])
    )
    by_domain = pd.crosstab(graded["domain"], graded["reliability"])
    by_domain["total"] = domains.groupby("domain")["commitment_id"].nunique()
    by_domain = by_domain.sort_values(["total", "domain"], ascending=[False, True])
    print(f"Commitments by domain and source reliability ({len(commitments)} commitments; one may cite several sources):\n")
    print(by_domain.to_string())

    print("\nCommitments by kind and status:\n")
    print(pd.crosstab(commitments["kind"], commitments["status"]).to_string())

    top = (
        parties.merge(names, left_on="party", right_on="id")
        .groupby("name")["commitment_id"]
        .nunique()
        .sort_values(ascending=False, kind="stable")
        .head(5)
    )
    print("\nParties with the most commitments:\n")
    print(top.to_string())

    out.mkdir(parents=True, exist_ok=True)
    target = out / "commitments_by_domain.csv"
    by_domain.to_csv(target)
    print(f"\nwrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
