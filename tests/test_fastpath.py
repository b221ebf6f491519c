"""What the generated fast path assumes of attrs and cattrs, asserted so that a change fails here.

``baltic_security._fastpath`` builds records without ``__init__`` and takes
attrs' validator combinators apart to skip the type checks its structuring
already made. If attrs or cattrs change what that relies on, these tests fail
instead of loads turning silently slower (a combinator called whole, a class
left to cattrs) or wrong (a field ``__init__`` sets that the fast path does not).
"""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import cattrs
import pytest

from baltic_security import _fastpath, convert, model
from baltic_security.dates import PartialDate

MODEL_CLASSES = [
    cls
    for cls in vars(model).values()
    if isinstance(cls, type) and attrs.has(cls) and cls.__module__ == model.__name__ and cls is not PartialDate
]


def _first(_instance: object, _attribute: object, _value: Any) -> None:
    """A validator that accepts everything."""


def _second(_instance: object, _attribute: object, _value: Any) -> None:
    """Another one."""


def test_and_and_optional_are_taken_apart_through_their_public_arguments() -> None:
    assert _fastpath.validator_parts(attrs.validators.and_(_first, _second)) == ("and", (_first, _second))
    assert _fastpath.validator_parts([_first, _second]) == ("and", (_first, _second))
    assert _fastpath.validator_parts(attrs.validators.optional(_first)) == ("optional", (_first,))
    nested = _fastpath.validator_parts(attrs.validators.optional([_first, _second]))
    assert nested is not None
    assert nested[0] == "optional"
    assert _fastpath.validator_parts(nested[1][0]) == ("and", (_first, _second))
    assert _fastpath.validator_parts(_first) is None


def test_a_field_with_a_list_of_validators_holds_attrs_and() -> None:
    @attrs.frozen
    class Two:
        x: int = attrs.field(validator=[_first, _second])

    assert _fastpath.validator_parts(attrs.fields(Two).x.validator) == ("and", (_first, _second))


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_every_model_class_is_generated_and_calls_no_combinator_whole(cls: type[Any]) -> None:
    hook = _fastpath.fast_structure_hook(cls)
    assert hook is not None, f"{cls.__name__} fell back to cattrs: loads are slower"
    combinators: tuple[type[Any], ...] = (type(attrs.validators.and_()), type(attrs.validators.optional(_first)))
    called = [v for v in hook.__globals__.values() if isinstance(v, combinators)]
    assert not called, f"attrs combinators called whole (their parts were not found): {called}"
    # The instance holds its fields and nothing else (what __init__ would set).
    assert _fastpath._only_fields(cls, attrs.fields(cls))


def test_a_class_whose_init_sets_more_than_its_fields_is_left_to_cattrs() -> None:
    @attrs.frozen(cache_hash=True)
    class Cached:
        x: int

    assert _fastpath.fast_structure_hook(Cached) is None
    assert convert.structure({"x": 1}, Cached) == Cached(1)
    assert hash(convert.structure({"x": 1}, Cached)) == hash(Cached(1))


def test_validators_run_after_every_field_is_set_in_field_order() -> None:
    # attrs sets all fields, then runs the validators in field order; the fast path does the same.
    seen: list[str] = []

    def reads_later(instance: Any, attribute: Any, _value: Any) -> None:
        seen.append(f"{attribute.name}:{instance.later}")

    def plain(_instance: object, attribute: Any, _value: Any) -> None:
        seen.append(attribute.name)

    @attrs.frozen
    class Ordered:
        early: int = attrs.field(validator=reads_later)
        later: int = attrs.field(validator=plain)

    assert [a.name for a in attrs.fields(Ordered)] == ["early", "later"]
    expected = Ordered(1, 2)
    by_attrs, seen[:] = list(seen), []
    assert _fastpath.fast_structure_hook(Ordered) is not None
    assert convert.structure_hook(Ordered)({"early": 1, "later": 2}) == expected
    assert seen == by_attrs == ["early:2", "later"]


def test_defaults_are_what_cattrs_generated_functions_give() -> None:
    @attrs.frozen
    class Defaults:
        need: int
        plain: int = 7
        nothing: str | None = None
        made: tuple[str, ...] = attrs.field(factory=tuple)

    reference = cattrs.Converter(forbid_extra_keys=True)
    for data in ({"need": 1}, {"need": 1, "plain": 2, "nothing": "a", "made": ["b"]}, {"need": 1, "nothing": None}):
        assert convert.structure_hook(Defaults)(dict(data)) == reference.structure(dict(data), Defaults)
    with pytest.raises(ValueError, match=r"Defaults"):  # the fast path's refusal
        convert.structure_hook(Defaults)({"need": 1, "extra": 2})
    with pytest.raises(cattrs.errors.ClassValidationError):
        reference.structure({"need": 1, "extra": 2}, Defaults)


def test_the_fast_path_names_no_private_attrs_member() -> None:
    source = inspect.getsource(_fastpath)
    for name in ("_AndValidator", "_OptionalValidator", "_InstanceOfValidator", "_DeepIterable", "._validators", "_attrs_cached"):
        assert name not in source
