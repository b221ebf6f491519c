"""The data dictionary, generated from the model and the vocabularies.

Every record class of a dataset file, every value class its fields hold,
every field with its type, JSON form, default, unit and meaning, and every
vocabulary with its values and aliases (``baltic_security.vocab.ALIASES``).
Types and defaults come from ``attrs.fields`` and the type hints, so they
cannot drift from the code; the prose below is checked against the model by
``tests/test_docs.py`` (a field without a description, or a description of
a field that no longer exists, fails the suite).

As a Sphinx extension it replaces the text of ``reference/data-dictionary.md``
when Sphinx reads it; run as a script it prints the page::

    python docs/_ext/datadict.py > data-dictionary.md
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

import baltic_security as bs
from baltic_security import vocab
from baltic_security._dataset import RECORD_TYPES

#: The page this extension writes (Sphinx docname).
DOCNAME = "reference/data-dictionary"

#: What each field means, by class and field name. Every field needs one.
DESCRIPTIONS: dict[type[Any], dict[str, str]] = {
    bs.Ally: {
        "id": "Stable slug, unique across the dataset (`estonia`).",
        "name": "Short English name (`Estonia`).",
        "iso2": "ISO 3166-1 alpha-2 code (`EE`).",
        "iso3": "ISO 3166-1 alpha-3 code (`EST`).",
        "iso_numeric": "ISO 3166-1 numeric code, a string of three digits as ISO writes it (`233`; `008` for Albania), not a number.",
        "joined_nato": "Day the state joined NATO.",
        "joined_eu": "Day the state joined the EU, if it has.",
        "baltic": "Whether it is one of the three Baltic states.",
        "official_name": "ISO 3166-1 full name where ISO gives one, else its short name (`Republic of Estonia`, `Canada`).",
        "aliases": "Other names party filters accept (`Eesti`).",
        "demonyms": "Adjectives and demonyms party filters accept (`Estonian`).",
    },
    bs.Actor: {
        "id": "Stable slug, unique across the dataset (`nato`).",
        "name": "Short English name.",
        "kind": "What sort of party it is.",
        "official_name": "For a state (required), ISO 3166-1 full name where ISO gives one, else its short name (`Russian Federation`); "
        "for another actor, its full name if given.",
        "iso2": "ISO 3166-1 alpha-2 code (`UA`); a state's, required for a state and absent for any other actor.",
        "iso3": "ISO 3166-1 alpha-3 code (`UKR`); required for a state, absent otherwise.",
        "iso_numeric": "ISO 3166-1 numeric code as a string of three digits (`804`); required for a state, absent otherwise.",
        "aliases": "Other names party filters accept (`the Alliance`).",
        "members": "Ids of the allies or actors that belong to it.",
        "parent": "Id of the state or organisation a body belongs to.",
    },
    bs.SourceDocument: {
        "id": "Stable slug, unique across the dataset.",
        "title": "Title as the document gives it.",
        "kind": "What sort of document it is.",
        "published": "Publication date, no more precise than the document supports.",
        "reliability": "Admiralty grade of the source, A to F.",
        "reliability_note": "One line: why that grade.",
        "sha256": "Fingerprint of the exact bytes of the text.",
        "paragraphs": "Number of paragraphs by the paragraph rule.",
        "publisher": "Who published it, when the text shows one.",
        "place": "Where it was issued.",
        "notes": "How the date was found, and anything else a reader should know.",
    },
    bs.Commitment: {
        "id": "Stable slug, unique across the dataset.",
        "summary": "What was committed to, in our own words.",
        "parties": "Ids of the allies or actors that committed (at least one).",
        "domains": "What it is about (at least one).",
        "kind": "How firm and how measurable it is.",
        "evidence": "Where it is stated (at least one).",
        "amount": "How much, when the source quantifies it.",
        "beneficiary": "Id of the party it is for (`ukraine`).",
        "made_on": "When it was made.",
        "due": "When it is due.",
        "status": "Where it stands as of its latest source.",
    },
    bs.Exercise: {
        "id": "Stable slug, unique across the dataset.",
        "name": "The exercise's name (`BALTOPS 2025`).",
        "evidence": "Where it is stated (at least one).",
        "series": "The recurring series it belongs to (`BALTOPS`).",
        "start": "First day, or the month or year it began.",
        "end": "Last day, or the month or year it ended.",
        "area": "Where it ran, in words (`Baltic Sea`).",
        "location": "Where it ran, as a place with coordinates where known.",
        "lead": "Id of the party that led it.",
        "participants": "Parties taking part, each with the assets the source names.",
        "scale": "How large it was (vessels, aircraft, troops).",
        "domains": "What it exercised.",
        "scenario": "What it rehearsed, in our own words.",
    },
    bs.Deployment: {
        "id": "Stable slug, unique across the dataset.",
        "summary": "What is or will be deployed where, in our own words.",
        "evidence": "Where it is stated (at least one).",
        "contributors": "Ids of the parties sending forces.",
        "lead": "Id of the nation or organisation leading it.",
        "hosts": "Ids of the states the forces are placed in.",
        "area": "Where, in words, when no single place fits.",
        "location": "Where, as a place with coordinates where known.",
        "framework": "The framework it serves (`Baltic Sentry`).",
        "unit": "The formation the source names (`brigade`, `multinational battlegroup`).",
        "size": "How large it is.",
        "status": "Planned, active or ended, as of its latest source.",
        "start": "When it began or is to begin.",
        "end": "When it ended or is to end.",
        "conditions": "Conditions the source attaches to it.",
        "domains": "What it is about.",
    },
    bs.Conflict: {
        "id": "Stable slug, unique across the dataset.",
        "topic": "What the sources disagree about, in our own words.",
        "field": "The disputed attribute of the subject (`place`, `start`, `size`).",
        "claims": "Each side of the disagreement (at least two).",
        "subject": "Id of the record concerned.",
        "note": "Anything a reader should know about the disagreement.",
    },
    bs.Evidence: {
        "source": "Id of the source document.",
        "paragraph": "Paragraph of the source that states the fact (1-based).",
        "credibility": "Admiralty grade of this piece of information, 1 to 6.",
        "label": "The source's own numbering of the paragraph (`14` for point 14).",
        "attribution": "Who the source says said it (`Interfax`, `insiders`).",
        "about": "Fields of the record this evidence supports, when not the whole record.",
    },
    bs.Quantity: {
        "value": "The number, finite and at least 0.",
        "unit": "What is counted or measured.",
        "qualifier": "How exact the source says the number is.",
    },
    bs.Place: {
        "name": "The place's name as the source gives it (`Ādaži`).",
        "lat": "Latitude, WGS84; given together with `lon`.",
        "lon": "Longitude, WGS84; given together with `lat`.",
    },
    bs.Participant: {
        "actor": "Id of the ally or actor taking part.",
        "assets": "Ships, aircraft or units the source names for it.",
    },
    bs.Claim: {
        "value": "The value this side claims, in words (`Vilnius`).",
        "evidence": "Where it is claimed (at least one).",
    },
    bs.PartialDate: {
        "year": "The year.",
        "month": "The month, 1 to 12, when known.",
        "day": "The day of the month, when known (needs a month).",
    },
}

#: Units of fields that carry one (a Quantity's unit is its own `unit` field).
UNITS: dict[type[Any], dict[str, str]] = {
    bs.Evidence: {"paragraph": "n-th non-blank line of the source text"},
    bs.SourceDocument: {"paragraphs": "non-blank lines", "sha256": "64 lowercase hex digits"},
    bs.Place: {"lat": "degrees north (-90 to 90)", "lon": "degrees east (-180 to 180)"},
    bs.Quantity: {"value": "given by `unit`"},
    bs.PartialDate: {"year": "years CE", "month": "1-12", "day": "1-31"},
}

#: What a vocabulary value means, where the name alone does not say.
MEANINGS: dict[str, str] = {
    "CommitmentKind.pledge": "a concrete undertaking",
    "CommitmentKind.target": "a quantified goal",
    "CommitmentKind.plan": "a scheduled course of action",
    "CommitmentKind.intent": "a stated intention or expectation",
    "CommitmentKind.declaration": "a political commitment with no measurable deliverable",
    "CommitmentStatus.proposed": "called for, not adopted",
    "CommitmentStatus.expected": "a speaker expects it to be adopted",
    "CommitmentStatus.active": "adopted, reaffirmed or under way",
    "CommitmentStatus.fulfilled": "done",
    "CommitmentStatus.abandoned": "dropped",
    "CommitmentStatus.unknown": "the sources do not say",
    "DeploymentStatus.planned": "announced or intended, not yet in place",
    "DeploymentStatus.active": "in place as of the source",
    "DeploymentStatus.ended": "withdrawn or concluded",
    "DeploymentStatus.unknown": "the sources do not say",
    "ActorKind.state": "a state that is not a NATO member",
    "ActorKind.organisation": "an international organisation",
    "ActorKind.institution": "a body of a state or an organisation",
    "ActorKind.coalition": "a group of states acting together",
    "ActorKind.armed-group": "a non-state armed group",
    "Precision.year": "only the year is known",
    "Precision.month": "the year and month are known",
    "Precision.day": "the exact day is known",
    "Unit.percent-gdp": "percent of gross domestic product",
    "Unit.eur": "euros",
    "Unit.usd": "US dollars",
    "Domain.undersea": "undersea infrastructure: cables, pipelines, the seabed",
    "Domain.isr": "intelligence, surveillance and reconnaissance",
    "Domain.nato-eu": "cooperation between NATO and the EU",
    "Domain.hybrid": "hybrid threats: sabotage, disinformation, instrumentalised migration",
    "Domain.mobility": "military mobility: moving forces across borders",
    "Domain.readiness": "forces held ready and their reinforcement",
}


# ------------------------------------------------------------------ discovery


def record_classes() -> list[type[Any]]:
    """The record classes of a dataset file, in file key order."""
    return list(RECORD_TYPES.values())


def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _leaves(tp: Any) -> Iterator[Any]:
    args = typing.get_args(tp)
    if not args:
        yield tp
        return
    for arg in args:
        if arg is not Ellipsis:
            yield from _leaves(arg)


def value_classes() -> list[type[Any]]:
    """Every attrs class a record field holds, directly or nested, in order of first use."""
    records = record_classes()
    found: list[type[Any]] = []
    queue = list(records)
    while queue:
        cls = queue.pop(0)
        for field in attrs.fields(cls):
            for leaf in _leaves(_hints(cls)[field.name]):
                if attrs.has(leaf) and leaf not in records and leaf not in found:
                    found.append(leaf)
                    queue.append(leaf)
    return found


def vocabularies() -> list[type[enum.Enum]]:
    """Every vocabulary enum of :mod:`baltic_security.vocab`."""
    found = [getattr(vocab, name) for name in vocab.__all__]
    return [obj for obj in found if isinstance(obj, type) and issubclass(obj, enum.Enum)]


def literal_aliases() -> dict[type[enum.Enum], str]:
    """The ``Literal`` type alias spelling each vocabulary's values, by vocabulary."""
    found: dict[type[enum.Enum], str] = {}
    for name in vocab.__all__:
        obj = getattr(vocab, name)
        if typing.get_origin(obj) is typing.Literal:
            values = set(typing.get_args(obj))
            for cls in vocabularies():
                if values == {member.value for member in cls}:
                    found[cls] = name
    return found


# ------------------------------------------------------------------ rendering


def _anchor(cls: type[Any]) -> str:
    return f"[{cls.__name__}](#{cls.__name__.lower()})"


def python_type(tp: Any) -> str:  # noqa: PLR0911  # one return per kind of type reads best
    """A type hint as a reader writes it, linking the dictionary's own classes."""
    if tp is type(None):
        return "None"
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " \\| ".join(python_type(arg) for arg in typing.get_args(tp))
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return f"tuple[{python_type(args[0])}, ...]"
        return "tuple[" + ", ".join(python_type(a) for a in args) + "]"
    if tp is _dt.date:
        return "date"
    if isinstance(tp, type) and (attrs.has(tp) or issubclass(tp, enum.Enum)):
        return _anchor(tp)
    if isinstance(tp, type):
        return tp.__name__
    return str(tp)


def json_type(tp: Any) -> str:  # noqa: PLR0911  # one return per kind of type reads best
    """How a value of this type is written in a dataset file."""
    if tp is type(None):
        return "null"
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(json_type(arg) for arg in typing.get_args(tp))
    if origin is tuple:
        return f"array of {json_type(typing.get_args(tp)[0])}"
    simple = {str: "string", bool: "boolean", int: "integer", float: "number", _dt.date: 'string `"YYYY-MM-DD"`'}
    if tp in simple:
        return simple[tp]
    if tp is bs.PartialDate:
        return 'string `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`'
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return ("integer" if issubclass(tp, int) else "string") + f" of {_anchor(tp)}"
    if isinstance(tp, type) and attrs.has(tp):
        return "object"
    return str(tp)


def json_default(field: attrs.Attribute[Any]) -> str:
    """A field's default as written in a file, or *required*."""
    default = field.default
    if default is attrs.NOTHING:
        return "*required*"
    if isinstance(default, enum.Enum):
        default = default.value
    if isinstance(default, tuple):
        default = list(default)
    return f"`{json.dumps(default)}`"


def _cell(text: str) -> str:
    return text.replace("\n", " ")


def class_section(cls: type[Any], level: str) -> list[str]:
    """One class: its summary line, then a table row per field."""
    doc = (cls.__doc__ or "").strip().splitlines()[0]
    lines = [f"{level} {cls.__name__}", "", f"`baltic_security.{cls.__name__}`: {doc}", ""]
    if cls is bs.PartialDate:
        lines += ["Written in files as an ISO string of its precision: `2026`, `2025-06`, `2025-06-03`.", ""]
    lines += ["| field | type | JSON | default | unit | description |", "|---|---|---|---|---|---|"]
    hints = _hints(cls)
    descriptions = DESCRIPTIONS.get(cls, {})
    units = UNITS.get(cls, {})
    for field in attrs.fields(cls):
        hint = hints[field.name]
        row = [
            f"`{field.name}`",
            python_type(hint),
            json_type(hint),
            json_default(field),
            units.get(field.name, ""),
            descriptions.get(field.name, ""),
        ]
        lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    lines.append("")
    return lines


def vocabulary_section(cls: type[enum.Enum], literal: str | None) -> list[str]:
    """One vocabulary: every value with its Python name, meaning and aliases."""
    doc = (cls.__doc__ or "").strip().splitlines()[0]
    lines = [f"### {cls.__name__}", "", f"`baltic_security.{cls.__name__}`: {doc}", ""]
    if literal is not None:
        lines += [f"In type hints, its values are spelled `baltic_security.vocab.{literal}`.", ""]
    aliases: dict[enum.Enum, list[str]] = {}
    for alias, member in vocab.ALIASES.get(cls, {}).items():
        aliases.setdefault(member, []).append(alias)
    lines += ["| value | Python | meaning | aliases |", "|---|---|---|---|"]
    for member in cls:
        description = getattr(member, "description", None)
        meaning = description if isinstance(description, str) else MEANINGS.get(f"{cls.__name__}.{member.value}", "")
        shown = ", ".join(f"`{a}`" for a in sorted(aliases.get(member, []), key=str.casefold) if a != str(member.value))
        lines.append(f"| `{json.dumps(member.value)}` | `{cls.__name__}.{member.name}` | {meaning} | {shown} |")
    lines.append("")
    return lines


def render() -> str:
    """The whole data dictionary page, in MyST Markdown."""
    lines = [
        "# Data dictionary",
        "",
        "Every record and value class of the model, every field with its type and",
        "default, and every vocabulary with its values and aliases. This page is",
        "generated from the code each time the documentation is built, so it always",
        "describes the installed version. The [dataset file format](../data-format.md)",
        "explains the conventions (ids, references, dates) in prose.",
        "",
        "- **type** is the attribute's Python type; **JSON** is how a dataset file",
        "  (and `bs.unstructure`) writes it. Tuples are JSON arrays; vocabulary",
        "  members are their values.",
        "- **default** is what an omitted field becomes; *required* fields must be given.",
        "- Vocabulary values are matched case-insensitively, with spaces or",
        "  underscores for hyphens, and every alias listed is accepted on input;",
        "  the canonical value is what is stored and exported.",
        "",
        "## Records",
        "",
        "A dataset file's keys and the record each list holds: "
        + ", ".join(f"`{key}` ({_anchor(cls)})" for key, cls in RECORD_TYPES.items())
        + ".",
        "",
    ]
    for cls in record_classes():
        lines += class_section(cls, "###")
    lines += ["## Values", "", "Values are held by records' fields; they have no id.", ""]
    for cls in value_classes():
        lines += class_section(cls, "###")
    lines += ["## Vocabularies", ""]
    literals = literal_aliases()
    for cls in vocabularies():
        lines += vocabulary_section(cls, literals.get(cls))
    return "\n".join(lines).rstrip() + "\n"


# ------------------------------------------------------------------ Sphinx


def _source_read(app: Any, docname: str, source: list[str]) -> None:
    if docname == DOCNAME:
        source[0] = render()


def _always_outdated(app: Any, env: Any, added: set[str], changed: set[str], removed: set[str]) -> list[str]:
    # The page depends on the code, not on its stub: re-read it on every build.
    return [DOCNAME] if DOCNAME in env.found_docs else []


def setup(app: Any) -> dict[str, Any]:
    """Register the extension with Sphinx."""
    app.connect("source-read", _source_read)
    app.connect("env-get-outdated", _always_outdated)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


if __name__ == "__main__":
    print(render(), end="")  # noqa: T201  # the script's output is the page
