"""Tagged JSON for session state: every supported type comes back equal and of its type."""

from __future__ import annotations

import datetime
import decimal
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rerunqt.core.persist import codec

VALUES = [
    None, True, 0, -5, 2.5, "text", "", [1, [2, "x"]], (1, (2, "b")), {1, 2, "x"},
    frozenset({"a"}), b"\x00\xffbytes", bytearray(b"ab"), datetime.date(2024, 2, 29),
    datetime.time(10, 30, 5, 123), datetime.datetime(2024, 1, 2, 3, 4, 5),
    datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
    datetime.timedelta(hours=1, seconds=1.5), decimal.Decimal("1.10"),
    {"a": {"b": [1, (2, 3)]}}, {1: "int key", (1, 2): "tuple key"}, {"$tuple": "not a tag"},
    {"$a": 1, "b": 2}, float("inf"), -float("inf"),
]


def _stable_id(value: object) -> str:
    """repr, with a set's items sorted: a set's order follows the per-process hash seed, and
    parallel test workers must collect the same test names."""
    if isinstance(value, (set, frozenset)):
        return f"{type(value).__name__}({sorted(map(repr, value))})"
    return repr(value)


@pytest.mark.parametrize("value", VALUES, ids=_stable_id)
def test_round_trip_through_json_text(value: object) -> None:
    text = json.dumps(codec.encode(value), allow_nan=False)
    back = codec.decode(json.loads(text))
    expected = bytes(value) if isinstance(value, bytearray) else value
    assert back == expected
    assert type(back) is type(expected)


def test_nan_round_trips() -> None:
    back = codec.decode(json.loads(json.dumps(codec.encode(float("nan")), allow_nan=False)))
    assert math.isnan(back)


def test_a_set_of_tuples_comes_back_as_a_set_of_tuples() -> None:
    assert codec.decode(codec.encode({(1, 2), (3, 4)})) == {(1, 2), (3, 4)}


@pytest.mark.parametrize("value", [object(), [1, object()], {"k": lambda: 1}, 1 + 2j])
def test_values_without_a_json_form_are_refused(value: object) -> None:
    with pytest.raises(codec.Unstorable):
        codec.encode(value)


def test_plain_json_stays_plain() -> None:
    assert codec.encode({"a": [1, "x", None, True]}) == {"a": [1, "x", None, True]}


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    | st.binary() | st.dates() | st.datetimes() | st.times() | st.decimals(allow_nan=False),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(JSONISH)
def test_any_supported_value_round_trips(value: object) -> None:
    text = json.dumps(codec.encode(value), allow_nan=False)
    assert codec.decode(json.loads(text)) == value
