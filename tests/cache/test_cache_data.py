"""st.cache_data: hits and misses, copies, ttl and max_entries with an injected clock."""

from __future__ import annotations

import copy
import datetime
import decimal
import inspect
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import rerunqt as st
from rerunqt.core.cache import UnhashableParamError, UnserializableReturnValueError, set_clock
from rerunqt.errors import RerunQtAPIError

API = json.loads((Path("/work/shared/reference/streamlit-1.67-api.json")).read_text()) if Path(
    "/work/shared/reference/streamlit-1.67-api.json").exists() else None


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    fake = FakeClock()
    previous = set_clock(fake)
    yield fake
    set_clock(previous)


@pytest.mark.skipif(API is None, reason="the Streamlit 1.67 reference is not on this machine")
@pytest.mark.parametrize("name", ["cache_data", "cache_resource"])
def test_signature_has_every_streamlit_parameter(name: str) -> None:
    params = list(inspect.signature(getattr(st, name).__call__).parameters)
    assert params == API[name]["params"]


def test_with_and_without_parentheses_a_second_call_is_a_hit() -> None:
    calls: list[int] = []

    @st.cache_data
    def square(x: int) -> int:
        calls.append(x)
        return x * x

    @st.cache_data()
    def cube(x: int) -> int:
        calls.append(-x)
        return x ** 3

    assert [square(3), square(3), cube(2), cube(2), square(4)] == [9, 9, 8, 8, 16]
    assert calls == [3, -2, 4]
    assert square.__name__ == "square"


def test_each_caller_gets_a_fresh_copy() -> None:
    @st.cache_data
    def rows() -> list[dict[str, int]]:
        return [{"a": 1}]

    first = rows()
    first[0]["a"] = 99
    first.append({})
    assert rows() == [{"a": 1}]
    assert rows() is not rows()


def test_arguments_are_keyed_by_content_not_identity() -> None:
    calls: list[object] = []

    @dataclass
    class Point:
        x: int
        y: int

    @st.cache_data
    def f(value: object) -> int:
        calls.append(value)
        return len(calls)

    values = [[1, [2, {"a": {3}}]], Point(1, 2), datetime.date(2024, 1, 2),
              decimal.Decimal("1.10"), b"bytes", (1, "1"), {"k": datetime.time(1, 2)}]
    first = [f(v) for v in values]
    again = [f(copy.deepcopy(v)) for v in values]
    assert first == again == list(range(1, len(values) + 1))
    assert f(1) != f("1")  # the type is part of the key
    assert f(decimal.Decimal("1.1")) != f(decimal.Decimal("1.10"))


def test_numpy_and_pandas_arguments_hash_by_content() -> None:
    np = pytest.importorskip("numpy")
    calls: list[int] = []

    @st.cache_data
    def total(values: object) -> float:
        calls.append(1)
        return float(__import__("numpy").asarray(values).sum())

    assert total(np.arange(10)) == total(np.arange(10)) == 45.0
    assert total(np.arange(10.0)) == 45.0  # another dtype: another entry
    assert len(calls) == 2
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    total(frame[["a"]])
    total(frame[["a"]].copy())
    assert len(calls) == 3
    total(pd.DataFrame({"a": [1, 3]}))
    assert len(calls) == 4


def test_functions_are_hashed_by_source() -> None:
    @st.cache_data
    def apply(fn: object, x: int) -> int:
        return fn(x)  # type: ignore[operator]

    assert apply(lambda v: v + 1, 1) == 2
    assert apply(lambda v: v + 2, 1) == 3


def test_underscore_parameters_are_not_hashed() -> None:
    calls: list[int] = []

    @st.cache_data
    def query(_connection: object, sql: str) -> str:
        calls.append(1)
        return sql.upper()

    assert query(object(), "a") == query(object(), "a") == "A"
    assert len(calls) == 1


def test_an_unhashable_argument_is_streamlits_error_naming_the_function_and_parameter() -> None:
    import threading

    @st.cache_data
    def use(lock: object) -> int:
        return 1

    with pytest.raises(UnhashableParamError) as raised:
        use(threading.Lock())
    assert str(raised.value) == (
        "Cannot hash argument 'lock' (of type `_thread.lock`) in 'use'.\n\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n\n"
        "```\n@st.cache_data\ndef use(_lock, ...):\n    ...\n```")


def test_an_unhashable_argument_is_named_by_its_own_type_not_the_part_inside() -> None:
    import threading

    @st.cache_resource
    def use(items: object) -> int:
        return 1

    with pytest.raises(UnhashableParamError) as raised:
        use([1, threading.Lock()])
    message = str(raised.value)
    assert "(of type `builtins.list`) in 'use'" in message
    assert "@st.cache_resource\ndef use(_items, ...)" in message


def test_hash_funcs_say_how_to_hash_a_type() -> None:
    import threading

    calls: list[int] = []

    @st.cache_data(hash_funcs={type(threading.Lock()): lambda lock: "one lock"})
    def use(lock: object) -> int:
        calls.append(1)
        return 1

    use(threading.Lock())
    use(threading.Lock())
    assert calls == [1]


def test_an_unpicklable_return_value_is_a_clear_error() -> None:
    @st.cache_data
    def make() -> object:
        import threading

        return threading.Lock()

    with pytest.raises(UnserializableReturnValueError) as raised:
        make()
    message = str(raised.value)  # Streamlit 1.67's words
    assert message.startswith("Cannot serialize the return value (of type "
                              "`_thread.lock`)\n            in `make()`.")
    assert "use `st.cache_resource`\n            instead" in message


def test_a_coroutine_returned_by_a_plain_def_is_streamlits_awaitable_error() -> None:
    from rerunqt.core.cache.errors import CachedFunctionReturnedAwaitableError

    async def fetch() -> int:
        return 1

    @st.cache_resource
    def forgot_await() -> object:
        return fetch()

    with pytest.raises(CachedFunctionReturnedAwaitableError) as raised:
        forgot_await()
    assert str(raised.value).startswith(
        "`forgot_await()` is a synchronous function decorated with `st.cache_resource`, but it "
        "returned an awaitable of type `builtins.coroutine`.")


@pytest.mark.parametrize("ttl", [60, 60.0, datetime.timedelta(minutes=1), "1m", "60s", "1min"])
def test_ttl_expires_entries(clock: FakeClock, ttl: object) -> None:
    calls: list[int] = []

    @st.cache_data(ttl=ttl)
    def f() -> int:
        calls.append(1)
        return len(calls)

    assert f() == 1
    clock.now += 59
    assert f() == 1
    clock.now += 1
    assert f() == 2


@pytest.mark.parametrize("text, seconds", [("1h", 3600), ("1.5 days", 129600), ("1h23s", 3623),
                                           ("2d4h", 187200), ("30", 30)])
def test_ttl_strings(text: str, seconds: float) -> None:
    from rerunqt.core.cache.options import parse_ttl

    assert parse_ttl("cache_data", text) == seconds


@pytest.mark.parametrize("bad", [{"ttl": [1]}, {"max_entries": 0}, {"max_entries": "3"},
                                 {"hash_funcs": [int]}])
def test_bad_parameters_fail_at_decoration_naming_them(bad: dict[str, object]) -> None:
    name, value = next(iter(bad.items()))
    with pytest.raises(RerunQtAPIError, match=rf"{name}={value!r}".replace("[", r"\[")):
        st.cache_data(**bad)  # type: ignore[call-overload]


def test_max_entries_evicts_the_least_recently_used() -> None:
    calls: list[int] = []

    @st.cache_data(max_entries=2)
    def f(x: int) -> int:
        calls.append(x)
        return x

    f(1), f(2), f(1), f(3)  # 2 is the least recently used when 3 comes in
    calls.clear()
    f(1), f(3), f(2)
    assert calls == [2]


def test_max_size_bounds_the_stored_bytes() -> None:
    calls: list[int] = []

    @st.cache_data(max_size="2KB")
    def blob(n: int) -> bytes:
        calls.append(n)
        return bytes(900)

    blob(1), blob(2), blob(3)
    calls.clear()
    blob(1)
    assert calls == [1]


def test_clear_one_entry_one_function_or_every_function() -> None:
    calls: list[object] = []

    @st.cache_data
    def f(x: int) -> int:
        calls.append(x)
        return x

    @st.cache_data
    def g() -> int:
        calls.append("g")
        return 0

    f(1), f(2), g()
    f.clear(1)
    f(1), f(2)
    assert calls[3:] == [1]
    f.clear()
    f(2)
    assert calls[4:] == [2]
    st.cache_data.clear()
    g()
    assert calls[5:] == ["g"]


def test_a_changed_setting_is_a_new_cache() -> None:
    calls: list[int] = []

    def body() -> int:
        calls.append(1)
        return 1

    st.cache_data(ttl=10)(body)()
    st.cache_data(ttl=20)(body)()
    assert len(calls) == 2


def test_two_lambdas_on_one_line_are_different_arguments() -> None:
    @st.cache_data
    def apply(fn: object) -> int:
        return fn(1)  # type: ignore[operator]

    add_one, add_two = (lambda v: v + 1), (lambda v: v + 2)
    assert (apply(add_one), apply(add_two)) == (2, 3)


def test_hash_funcs_can_name_the_type_as_a_string() -> None:
    calls: list[int] = []

    class Handle:
        def __init__(self, name: str) -> None:
            self.name = name
            self.lock = __import__("threading").Lock()

    @st.cache_data(hash_funcs={f"{Handle.__module__}.{Handle.__qualname__}": lambda h: h.name})
    def use(handle: Handle) -> str:
        calls.append(1)
        return handle.name

    assert use(Handle("a")) == use(Handle("a")) == "a"
    assert use(Handle("b")) == "b"
    assert len(calls) == 2


def test_a_hash_func_that_returns_its_own_type_is_not_applied_again() -> None:
    """hash_funcs={int: lambda n: n % 10} returns an int: Streamlit 1.67 hashes it; rerunqt
    fed it back to the same function until "nested too deeply" (UnhashableParamError)."""
    calls: list[int] = []

    @st.cache_data(hash_funcs={int: lambda n: n % 10})
    def last_digit(n: int) -> int:
        calls.append(n)
        return n % 10

    assert last_digit(13) == last_digit(23) == 3
    assert last_digit(14) == 4
    assert calls == [13, 14]


def test_positional_keyword_and_default_arguments_name_the_same_entry() -> None:
    calls: list[int] = []

    @st.cache_data
    def f(n: int, label: str = "x") -> str:
        calls.append(n)
        return f"{label}{n}"

    assert f(1, "x") == f(n=1, label="x") == f(1) == f(label="x", n=1) == "x1"
    assert calls == [1]
    assert f(1, "y") == "y1" and calls == [1, 1]


def test_a_cached_coroutine_function_is_awaited_once_per_argument() -> None:
    """Streamlit 1.67 caches ``async def`` functions (its cache_data docstring example 2)."""
    import asyncio

    calls: list[int] = []

    @st.cache_data
    async def double(n: int) -> dict[str, int]:
        calls.append(n)
        await asyncio.sleep(0)
        return {"n": n * 2}

    async def main() -> list[dict[str, int]]:
        return [await double(2), await double(2), await double(3)]

    first, again, other = asyncio.run(main())
    assert first == again == {"n": 4} and other == {"n": 6}
    assert calls == [2, 3]
    assert first is not again  # cache_data: every caller gets its own copy
    with pytest.raises(RerunQtAPIError) as raised:
        st.cache_resource(double.func, ttl=5, refresh_mode="background")
    assert str(raised.value) == (  # Streamlit 1.67's words
        'Invalid `refresh_mode` value. Supported values: "foreground". Background refresh is '
        'not supported for coroutine functions (`async def`). Use `refresh_mode="foreground"` '
        "instead.")
