"""The public API matches the design contract: names, keyword-only parameters, exports."""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
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


def test_public_names_load_from_the_module_type_checkers_see() -> None:
    # Type checkers read the `if TYPE_CHECKING:` imports; run time reads `_LAZY`.
    tree = ast.parse(inspect.getsource(bs))
    blocks = [n.body for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"]
    seen = {a.asname: n.module for body in blocks for n in body if isinstance(n, ast.ImportFrom) and n.level == 1 for a in n.names}
    assert seen == bs._LAZY
    functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert set(bs.__all__) == set(bs._LAZY) | functions | {"__version__"}
    for name, module in bs._LAZY.items():
        assert getattr(bs, name) is getattr(importlib.import_module(f"baltic_security.{module}"), name)
    assert set(dir(bs)) >= set(bs.__all__)
    misspelt = "comitments"
    with pytest.raises(AttributeError, match=misspelt):
        getattr(bs, misspelt)


@pytest.mark.slow
def test_import_loads_only_the_package(modules_after: Callable[[str], set[str]]) -> None:
    # Backends import us at start-up and scripts once per call: the model, attrs
    # and typing load on first use of a name, not on `import baltic_security`.
    added = modules_after("import baltic_security") - modules_after("pass")
    assert added == {"baltic_security", "__future__"}


@pytest.mark.slow
def test_dataset_stays_the_function_when_its_submodule_loads_first(modules_after: Callable[[str], set[str]]) -> None:
    code = "from baltic_security.dataset import Dataset\nimport baltic_security as bs\nassert isinstance(bs.dataset(), Dataset)"
    assert "baltic_security.dataset" in modules_after(code)
