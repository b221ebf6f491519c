"""The public API matches the design contract: names, keyword-only parameters, exports."""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import pkgutil
from collections.abc import Callable

import attrs
import pytest

import baltic_security as bs

# DESIGN.md's Public API: function -> the keyword parameters it documents.
CONTRACT = {
    "commitments": ["by", "domain", "kind", "status", "since", "until", "source", "text", "min_confidence"],
    "exercises": ["participant", "domain", "year", "since", "until", "source", "text"],
    "deployments": ["host", "contributor", "domain", "status", "active_on", "since", "until", "source", "text"],
    "allies": ["member_on", "baltic"],
    "sources": ["kind", "min_reliability"],
}


@pytest.mark.parametrize("name", list(CONTRACT))
def test_query_helpers_take_the_documented_keywords(name: str) -> None:
    for target in (getattr(bs, name), getattr(bs.Dataset, name)):
        params = inspect.signature(target).parameters
        for keyword in CONTRACT[name]:
            assert keyword in params, f"{name} lacks {keyword}"
            assert params[keyword].kind is inspect.Parameter.KEYWORD_ONLY
            assert params[keyword].default is None


def test_other_helpers() -> None:
    assert list(inspect.signature(bs.get).parameters)[:1] == ["id"]
    assert "base" in inspect.signature(bs.load).parameters
    assert inspect.signature(bs.load).parameters["base"].kind is inspect.Parameter.KEYWORD_ONLY
    assert isinstance(bs.dataset(), bs.Dataset)
    assert isinstance(bs.conflicts(), tuple)


RECORDS = [bs.Ally, bs.Actor, bs.Commitment, bs.Exercise, bs.Deployment, bs.SourceDocument, bs.Conflict]
VALUES = [bs.Evidence, bs.PartialDate, bs.Quantity, bs.Place, bs.Participant, bs.Claim]


@pytest.mark.parametrize("cls", RECORDS + VALUES)
def test_model_classes_are_frozen_slotted_attrs(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert cls.__setattr__ is not object.__setattr__  # frozen


@pytest.mark.parametrize("cls", RECORDS)
def test_records_have_ids_and_keyword_only_init(cls: type) -> None:
    fields = attrs.fields_dict(cls)
    assert "id" in fields
    assert all(f.kw_only for f in fields.values())


def test_everything_is_importable_from_the_package() -> None:
    for name in bs.__all__:
        assert hasattr(bs, name), name
    vocabularies = [v for v in vars(bs).values() if isinstance(v, type) and issubclass(v, enum.Enum)]
    assert {v.__name__ for v in vocabularies} >= {"Domain", "CommitmentKind", "Reliability", "Credibility", "Qualifier", "Unit"}
    errors = [v for v in vars(bs).values() if isinstance(v, type) and issubclass(v, bs.BalticSecurityError)]
    assert {e.__name__ for e in errors} >= {"DataError", "UnknownPartyError", "UnknownValueError", "UnknownIdError", "MissingExtraError"}
    assert issubclass(bs.UnknownPartyError, LookupError)
    assert issubclass(bs.UnknownValueError, ValueError)


def test_versions_are_separate() -> None:
    assert bs.__version__ == "0.1.0"
    assert bs.dataset().version != bs.__version__


def test_all_lists_exactly_the_public_names() -> None:
    # What the package imports from its modules and the helpers it defines are its public
    # names: `__all__` lists each once, and each is the object its module defines.
    tree = ast.parse(inspect.getsource(bs))
    imported = {(a.asname or a.name): n.module for n in tree.body if isinstance(n, ast.ImportFrom) and n.level == 1 for a in n.names}
    functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")}
    assert len(bs.__all__) == len(set(bs.__all__))
    assert set(bs.__all__) == set(imported) | functions | {"__version__"}
    for name, module in imported.items():
        assert getattr(bs, name) is getattr(importlib.import_module(f"baltic_security.{module}"), name)
    assert set(dir(bs)) >= set(bs.__all__) - {"__version__"}
    misspelt = "comitments"
    with pytest.raises(AttributeError, match=misspelt):
        getattr(bs, misspelt)


def test_no_submodule_shares_a_public_name() -> None:
    # Importing a submodule sets it as an attribute of the package: one named like a
    # public function or class would replace it (`bs.dataset` the module, not the function).
    submodules = {m.name for m in pkgutil.iter_modules(bs.__path__)}
    assert submodules, "no submodules found"
    assert not submodules & set(bs.__all__)
    for name in submodules:
        importlib.import_module(f"baltic_security.{name}")
    assert callable(bs.dataset)
    assert isinstance(bs.dataset(), bs.Dataset)


@pytest.mark.slow
def test_import_defers_the_heavy_and_optional_parts(modules_after: Callable[[str], set[str]]) -> None:
    # `import baltic_security` gives the model, vocabularies, errors, dates and the version (a constant);
    # the converter's cattrs, dateutil, the loader and the exporters (with what they import) load on
    # first use, and nothing needs importlib.metadata.
    added = modules_after("import baltic_security") - modules_after("pass")
    assert {"attrs", "baltic_security.model", "baltic_security.vocab", "baltic_security.errors", "baltic_security.dates"} <= added
    deferred = {
        "cattrs", "dateutil", "importlib.metadata", "importlib.resources", "pathlib", "json", "csv", "sqlite3",
        "baltic_security.convert", "baltic_security.loader", "baltic_security.export", "baltic_security.cli",
    }  # fmt: skip
    assert not added & deferred
    assert "importlib.metadata" not in modules_after("import baltic_security as bs\nbs.__version__")
