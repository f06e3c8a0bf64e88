"""st.cache_resource: one shared object, validate=, on_release=; computing once under threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

import rerunqt as st
from rerunqt.core.cache import set_clock


@pytest.fixture
def clock() -> Iterator[list[float]]:
    now = [0.0]
    previous = set_clock(lambda: now[0])
    yield now
    set_clock(previous)


class Connection:
    def __init__(self, name: str) -> None:
        self.name = name
        self.open = True

    def close(self) -> None:
        self.open = False


def test_every_caller_gets_the_same_object() -> None:
    @st.cache_resource
    def connect(name: str) -> Connection:
        return Connection(name)

    assert connect("db") is connect("db")
    assert connect("db") is not connect("other")


def test_unpicklable_objects_are_fine() -> None:
    @st.cache_resource()
    def lock() -> object:
        return threading.Lock()

    assert lock() is lock()


def test_validate_rechecks_the_object_on_each_hit() -> None:
    released: list[Connection] = []

    @st.cache_resource(validate=lambda conn: conn.open, on_release=released.append)
    def connect() -> Connection:
        return Connection("db")

    first = connect()
    assert connect() is first
    first.close()
    second = connect()
    assert second is not first and second.open
    assert released == [first]


def test_on_release_is_called_on_eviction_expiry_and_clear(clock: list[float]) -> None:
    released: list[str] = []

    @st.cache_resource(max_entries=1, ttl=10, on_release=lambda c: released.append(c.name))
    def connect(name: str) -> Connection:
        return Connection(name)

    connect("a")
    connect("b")  # evicts a
    assert released == ["a"]
    clock[0] += 10
    connect("b")  # b expired: released, made again
    assert released == ["a", "b"]
    connect.clear()
    assert released == ["a", "b", "b"]
    connect("c")
    st.cache_resource.clear()
    assert released == ["a", "b", "b", "c"]


def test_a_failing_on_release_does_not_break_the_caller(caplog: pytest.LogCaptureFixture) -> None:
    def boom(_: object) -> None:
        raise RuntimeError("release failed")

    @st.cache_resource(on_release=boom)
    def make() -> object:
        return object()

    make()
    make.clear()
    assert "on_release" in caplog.text


def test_clear_with_arguments_forgets_one_entry() -> None:
    @st.cache_resource
    def connect(name: str) -> Connection:
        return Connection(name)

    a, b = connect("a"), connect("b")
    connect.clear("a")
    assert connect("a") is not a
    assert connect("b") is b


def test_two_threads_asking_for_one_missing_entry_compute_it_once() -> None:
    started = threading.Event()
    release = threading.Event()
    calls: list[int] = []

    @st.cache_resource
    def slow() -> object:
        calls.append(1)
        started.set()
        assert release.wait(10)
        return object()

    results: list[object] = []
    first = threading.Thread(target=lambda: results.append(slow()))
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: results.append(slow()))
    second.start()
    release.set()
    first.join(10)
    second.join(10)
    assert calls == [1]
    assert len(results) == 2 and results[0] is results[1]


def test_two_threads_with_different_arguments_do_not_wait_for_each_other() -> None:
    blocked = threading.Event()
    release = threading.Event()

    @st.cache_data
    def compute(x: int) -> int:
        if x == 1:
            blocked.set()
            assert release.wait(10)
        return x

    thread = threading.Thread(target=compute, args=(1,))
    thread.start()
    assert blocked.wait(10)
    assert compute(2) == 2  # not held up by the computation of x=1
    release.set()
    thread.join(10)


def test_a_failed_computation_stores_nothing_and_the_next_call_retries() -> None:
    calls: list[int] = []

    @st.cache_data
    def flaky() -> int:
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("first time")
        return 7

    with pytest.raises(ValueError):
        flaky()
    assert flaky() == 7 and flaky() == 7
    assert len(calls) == 2


def test_refresh_mode_background_returns_the_stale_value_while_recomputing(
        clock: list[float]) -> None:
    calls: list[int] = []

    @st.cache_data(ttl=5, refresh_mode="background")
    def version() -> int:
        calls.append(1)
        return len(calls)

    assert version() == 1
    clock[0] += 5
    assert version() == 1  # stale, returned at once
    assert version.last_refresh is not None
    version.last_refresh.join(10)
    assert version() == 2


def test_refresh_mode_background_computes_anew_past_twice_the_ttl(clock: list[float]) -> None:
    """Streamlit 1.67 serves a stale entry in [ttl, 2 x ttl) only; older, it is a miss."""
    calls: list[int] = []

    @st.cache_data(ttl=5, refresh_mode="background")
    def version() -> int:
        calls.append(1)
        return len(calls)

    assert version() == 1
    clock[0] += 10
    assert version() == 2  # computed now, in the foreground
    assert version.last_refresh is None


def test_the_miss_indicator_hook_runs_around_misses_only() -> None:
    import contextlib

    from rerunqt.core.cache import set_miss_indicator

    shown: list[tuple[str, bool]] = []

    @contextlib.contextmanager
    def indicator(ctx: object, text: str, show_time: bool) -> Iterator[None]:
        shown.append((text, show_time))
        yield

    previous = set_miss_indicator(indicator)
    try:
        @st.cache_data
        def plain(x: int) -> int:
            return x

        @st.cache_resource(show_spinner="Connecting…", show_time=True)
        def custom() -> int:
            return 1

        @st.cache_data(show_spinner=False)
        def quiet() -> int:
            return 1

        class Model:
            @staticmethod
            @st.cache_resource
            def build() -> int:
                return 1

        @st.cache_data(show_spinner=1)  # type: ignore[call-overload]
        def truthy() -> int:  # Streamlit shows its default only for True
            return 1

        plain(1), plain(1), custom(), custom(), quiet(), Model.build(), truthy()
    finally:
        set_miss_indicator(previous)
    local = "test_the_miss_indicator_hook_runs_around_misses_only.<locals>"
    assert shown == [(f"Running `{local}.plain(...)`.", False), ("Connecting…", True),
                     (f"Running `{local}.Model.build()`.", False)]


def test_a_cached_method_clears_through_its_instance_as_in_streamlit() -> None:
    calls: list[int] = []

    class Repo:
        @st.cache_data
        def fetch(_self, q: int) -> int:
            calls.append(q)
            return q

    repo = Repo()
    repo.fetch(1), repo.fetch(2), repo.fetch(1)
    repo.fetch.clear(1)  # only that call's entry
    repo.fetch(1), repo.fetch(2)
    assert calls == [1, 2, 1]
    repo.fetch.clear()
    repo.fetch(2)
    assert calls == [1, 2, 1, 2] and repo.fetch.__name__ == "fetch"
