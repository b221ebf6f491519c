"""The rules that hold across records: unique ids, references that resolve, paragraphs that exist, unambiguous party names.

The model checks each record on its own; :func:`check` checks a set of them together, as a
:class:`~baltic_security.Dataset` is built or merged, and says where each problem is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._parties import identifiers, party_key
from ._records import RECORD_TYPES, Located
from ._text import closest
from .errors import Problem
from .model import Actor, Ally, Commitment, Conflict, Deployment, Evidence, Exercise, Record, SourceDocument

if TYPE_CHECKING:
    from ._dataset import Dataset


def _cites(evidence: tuple[Evidence, ...], paragraphs: dict[str, int]) -> bool:
    for found in evidence:
        count = paragraphs.get(found.source)
        if count is None or found.paragraph > count:
            return False
    return True


def _resolves(record: Record, party_ids: set[str], paragraphs: dict[str, int], by_id: dict[str, Record]) -> bool:  # noqa: PLR0911
    """Whether a record passes every per-record rule of :func:`check` (the same rules, no messages)."""
    cls = record.__class__
    if cls is Commitment:
        return (
            party_ids.issuperset(record.parties)  # type: ignore[union-attr]
            and (record.beneficiary is None or record.beneficiary in party_ids)  # type: ignore[union-attr]
            and _cites(record.evidence, paragraphs)  # type: ignore[union-attr]
        )
    if cls is Exercise:
        return (
            (record.lead is None or record.lead in party_ids)  # type: ignore[union-attr]
            and all(p.actor in party_ids for p in record.participants)  # type: ignore[union-attr]
            and _cites(record.evidence, paragraphs)  # type: ignore[union-attr]
        )
    if cls is Deployment:
        return (
            (record.lead is None or record.lead in party_ids)  # type: ignore[union-attr]
            and party_ids.issuperset(record.contributors)  # type: ignore[union-attr]
            and party_ids.issuperset(record.hosts)  # type: ignore[union-attr]
            and _cites(record.evidence, paragraphs)  # type: ignore[union-attr]
        )
    if cls is Ally or cls is SourceDocument:
        return True
    if cls is Actor:
        return party_ids.issuperset(record.members) and (record.parent is None or record.parent in party_ids)  # type: ignore[union-attr]
    if cls is Conflict:
        return (record.subject is None or record.subject in by_id) and all(  # type: ignore[union-attr]
            _cites(claim.evidence, paragraphs)
            for claim in record.claims  # type: ignore[union-attr]
        )
    return False


def check(located: list[Located], base: Dataset | None = None) -> tuple[list[Problem], dict[str, Record], dict[str, str]]:
    """Cross-record rules: unique ids, resolving references, existing paragraphs, unambiguous names.

    With a ``base``, ``located`` is merged into it: the base passed these rules
    when it was built, and its records cite only each other, so only the added
    records are checked, against the base's ids and party names as well as
    their own. Returns the problems found, the id index and the party-name index.
    """
    problems: list[Problem] = []
    by_id: dict[str, Record] = {} if base is None else dict(base._by_id)  # noqa: SLF001  # the same class's index
    where: dict[str, Located] = {}
    for item in located:
        record_id = item.record.id
        if record_id in by_id:
            first = where.get(record_id) or Located(by_id[record_id], "<base dataset>", f"$[{record_id!r}]")
            problems.append(
                Problem(
                    file=item.file,
                    path=f"{item.path}.id",
                    message=f"duplicate id {record_id!r}; first defined at {first.file}: {first.path}",
                )
            )
            continue
        by_id[record_id] = item.record
        where[record_id] = item

    # Every way of naming a party must name only it: an ambiguous name is an error here, never a first-wins lookup.
    party_keys: dict[str, str] = {} if base is None else dict(base._party_keys)  # noqa: SLF001
    first_names: dict[str, str] = {}
    for item in located:
        record = item.record
        if not isinstance(record, (Ally, Actor)) or by_id.get(record.id) is not record:
            continue
        for name in identifiers(record):
            key = party_key(name)
            owner = party_keys.setdefault(key, record.id)
            if owner == record.id:
                first_names.setdefault(key, name)
            else:
                # The first party to use the key, and its first name with it (a base party's, when merging).
                holder = by_id[owner]
                earlier = identifiers(holder) if isinstance(holder, (Ally, Actor)) else ()
                first_name = first_names.get(key) or next((n for n in earlier if party_key(n) == key), owner)
                problems.append(
                    Problem(
                        file=item.file,
                        path=item.path,
                        message=f"name {name!r} of {record.id!r} is looked up as {key!r}, as {first_name!r} of {owner!r} is;"
                        " party names, codes and aliases must be unambiguous",
                    )
                )

    # Suggestions for bad references: the ids of each wanted type are listed once, and
    # each bad value is matched once, so many bad references do not rescan the dataset.
    choices: dict[tuple[type[Any], ...], list[str]] = {}
    hints: dict[tuple[str, tuple[type[Any], ...]], tuple[str, ...]] = {}

    def ref(item: Located, path: str, value: str | None, wanted: tuple[type[Any], ...], what: str) -> None:
        if value is None:
            return
        target = by_id.get(value)
        if not isinstance(target, wanted):
            hint = hints.get((value, wanted))
            if hint is None:
                if wanted not in choices:
                    choices[wanted] = [k for k, r in by_id.items() if isinstance(r, wanted)]
                hint = hints[value, wanted] = closest(value, choices[wanted])
            found = "no such id" if target is None else f"it is a {type(target).__name__}"
            suffix = f"; did you mean {' or '.join(map(repr, hint))}?" if hint else ""
            problems.append(
                Problem(file=item.file, path=f"{item.path}.{path}", message=f"expected the id of {what}, found {value!r} ({found}){suffix}")
            )

    def evidence(item: Located, path: str, found: Evidence) -> None:
        ref(item, f"{path}.source", found.source, (SourceDocument,), "a source")
        source = by_id.get(found.source)
        if isinstance(source, SourceDocument) and found.paragraph > source.paragraphs:
            problems.append(
                Problem(
                    file=item.file,
                    path=f"{item.path}.{path}.paragraph",
                    message=f"expected a paragraph from 1 to {source.paragraphs} of {source.id!r}, found {found.paragraph}",
                )
            )

    parties = (Ally, Actor)
    # Read from the base's own lists and the added records, not from every record of the base.
    known: list[Record] = [] if base is None else [*base._allies, *base._actors, *base._sources]  # noqa: SLF001
    known.extend(item.record for item in located)
    winners = [r for r in known if by_id.get(r.id) is r]
    party_ids = {r.id for r in winners if isinstance(r, parties)}
    paragraphs = {r.id: r.paragraphs for r in winners if isinstance(r, SourceDocument)}
    for item in located:
        record = item.record
        # Most records are fine: check them in one cheap pass, and spell out the
        # problems (paths, suggestions) only for a record that has some.
        if _resolves(record, party_ids, paragraphs, by_id):
            continue
        if isinstance(record, Actor):
            for j, member in enumerate(record.members):
                ref(item, f"members[{j}]", member, parties, "an ally or actor")
            ref(item, "parent", record.parent, parties, "an ally or actor")
        elif isinstance(record, Commitment):
            for j, party in enumerate(record.parties):
                ref(item, f"parties[{j}]", party, parties, "an ally or actor")
            ref(item, "beneficiary", record.beneficiary, parties, "an ally or actor")
        elif isinstance(record, Exercise):
            ref(item, "lead", record.lead, parties, "an ally or actor")
            for j, participant in enumerate(record.participants):
                ref(item, f"participants[{j}].actor", participant.actor, parties, "an ally or actor")
        elif isinstance(record, Deployment):
            ref(item, "lead", record.lead, parties, "an ally or actor")
            for j, contributor in enumerate(record.contributors):
                ref(item, f"contributors[{j}]", contributor, parties, "an ally or actor")
            for j, host in enumerate(record.hosts):
                ref(item, f"hosts[{j}]", host, parties, "an ally or actor")
        elif isinstance(record, Conflict):
            if record.subject is not None and record.subject not in by_id:
                ref(item, "subject", record.subject, tuple(RECORD_TYPES.values()), "a record")
            for j, claim in enumerate(record.claims):
                for k, found in enumerate(claim.evidence):
                    evidence(item, f"claims[{j}].evidence[{k}]", found)
        if isinstance(record, (Commitment, Exercise, Deployment)):
            # (Dates in order are the model's rule: a record out of order is never built.)
            for k, found in enumerate(record.evidence):
                evidence(item, f"evidence[{k}]", found)
    return problems, by_id, party_keys
