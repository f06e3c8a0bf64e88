"""The decorators' parameters and call errors as Streamlit 1.67 takes and words them."""

from __future__ import annotations

import pytest

import rerunqt as st
from rerunqt.errors import RerunQtAPIError


@pytest.mark.parametrize(("bad", "message"), [
    ({"ttl": "soon"}, "Time string doesn't look right. It should be formatted as `'1d2h34m'` "
                      "or `2 days`, for example. Got: soon"),
    ({"persist": "memory"}, "Invalid `persist` value. Supported values: 'disk', None."),
    ({"max_size": "lots"}, "Invalid `max_size` value. Supported values: a positive byte size. "
                           "Use an integer number of bytes or a positive value with an explicit "
                           'unit, such as "500MB", "1.5GB", or "200KiB".'),
    ({"max_size": "100"}, "Invalid `max_size` value. Supported values: a positive byte size. "
                          "Use an integer number of bytes or a positive value with an explicit "
                          'unit, such as "500MB", "1.5GB", or "200KiB".'),
    ({"max_size": 1.5}, "Invalid `max_size` type. Expected one of: int, str. Provided type: "
                        'float. Pass an integer byte count such as int(5e8), or a unit string '
                        'such as "500MB".'),
    ({"scope": "user"}, "Invalid `scope` value. Supported values: 'global', 'session'."),
    ({"refresh_mode": "later"},
     "Invalid `refresh_mode` value. Supported values: foreground, background."),
    ({"refresh_mode": "background"}, "The `ttl` parameter is required. Set a positive `ttl` "
                                     '(for example `ttl="1h"`) or use `refresh_mode="foreground"`.'),
    ({"refresh_mode": "background", "ttl": 0},
     "Invalid `ttl` value. Supported values: a positive duration. Background refresh requires "
     'a positive `ttl` (for example `ttl="1h"`) or `refresh_mode="foreground"`.'),
])
def test_bad_parameters_raise_streamlits_errors(bad: dict[str, object], message: str) -> None:
    with pytest.raises(RerunQtAPIError) as raised:
        st.cache_data(**bad)  # type: ignore[call-overload]
    assert str(raised.value) == message


def test_parameters_streamlit_takes_loosely_are_taken() -> None:
    """A negative ttl (nothing is kept), show_spinner=None or 0 (no spinner), a float
    max_entries (its whole part) do not raise in Streamlit 1.67."""
    calls: list[int] = []

    @st.cache_data(ttl=-1, show_spinner=None)
    def never_kept() -> int:
        calls.append(1)
        return 1

    @st.cache_resource(max_entries=1.5, show_spinner=0)
    def one_kept(n: int) -> int:
        calls.append(n)
        return n

    never_kept(), never_kept()
    one_kept(2), one_kept(3), one_kept(2)
    assert calls == [1, 1, 2, 3, 2]
    assert never_kept.options.show_spinner is False and one_kept.options.max_entries == 1


def test_a_call_with_wrong_arguments_is_pythons_own_type_error() -> None:
    @st.cache_data
    def n(a: int) -> int:
        return a

    with pytest.raises(TypeError, match=r"n\(\) got an unexpected keyword argument 'b'$"):
        n(b=1)  # type: ignore[call-arg]


def test_max_size_units_are_powers_of_1024_as_in_streamlit() -> None:
    from rerunqt.core.cache.options import parse_max_size

    assert parse_max_size("cache_data", "2KB") == parse_max_size("cache_data", "2 KiB") == 2048
    assert parse_max_size("cache_data", "1.5GB") == 1610612736
    assert parse_max_size("cache_data", 500) == 500


def test_an_async_validate_or_on_release_is_refused_as_in_streamlit() -> None:
    async def check(value: object) -> bool:
        return True

    for name in ("validate", "on_release"):
        with pytest.raises(RerunQtAPIError) as raised:
            st.cache_resource(**{name: check})  # type: ignore[call-overload]
        assert str(raised.value) == (
            f"The `{name}` callback of `st.cache_resource` must be a synchronous function. "
            f"Async callbacks are never awaited; call the coroutine from a synchronous "
            f"wrapper instead.")


@pytest.mark.parametrize(("text", "seconds"), [
    ("00:30:00", 1800.0), ("2 days 03:00:00", 183600.0), ("1 day, 2:00:00", 93600.0),
    ("P1D", 86400.0), ("-1h", -3600.0)])
def test_ttl_strings_streamlit_reads_through_pandas_are_read(text: str, seconds: float) -> None:
    pytest.importorskip("pandas")
    from rerunqt.core.cache.options import parse_ttl

    assert parse_ttl("cache_data", text) == seconds


def test_star_args_are_unnamed_and_underscore_keywords_left_out_as_in_streamlit() -> None:
    import threading

    from rerunqt.core.cache import UnhashableParamError

    calls: list[int] = []

    @st.cache_data
    def f(a: int, *args: object, **kw: object) -> int:
        calls.append(a)
        return a

    f(1, 2, x=1), f(1, 2, x=1, _conn=threading.Lock())  # `_conn` is not hashed
    assert calls == [1]
    with pytest.raises(UnhashableParamError) as raised:
        f(1, threading.Lock())
    assert str(raised.value).startswith(
        "Cannot hash argument '(unnamed)' (of type `_thread.lock`) in 'f'.")
    assert "def f(_arg, ...):" in str(raised.value)
