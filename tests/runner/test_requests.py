"""ScriptRequests: coalescing that keeps the newest value per widget and never loses a click."""

from __future__ import annotations

import threading

from hypothesis import given, settings
from hypothesis import strategies as st_

from rerunqt.runner.requests import RerunRequest, ScriptRequests, WidgetEvent


def value(widget_id: str, v: object) -> WidgetEvent:
    return WidgetEvent(widget_id, v)


def click(widget_id: str) -> WidgetEvent:
    return WidgetEvent(widget_id, True, click=True)


def drain(requests: ScriptRequests) -> list[RerunRequest]:
    out = []
    while (request := requests.take_nowait()) is not None:
        out.append(request)
        requests.finish_run()
    return out


def test_empty_queue_has_nothing_pending() -> None:
    requests = ScriptRequests()
    assert not requests.has_pending()
    assert requests.take_nowait() is None
    assert requests.take(timeout=0.01) is None
    assert requests.interrupt is False


def test_newest_value_per_widget_wins() -> None:
    requests = ScriptRequests()
    requests.add_event(value("a", 1))
    requests.add_event(value("b", "x"))
    requests.add_event(value("a", 2))
    requests.add_event(value("a", 3))
    taken = drain(requests)
    assert len(taken) == 1
    assert taken[0].values == {"a": 3, "b": "x"}
    assert taken[0].click is None
    assert taken[0].widget_driven


def test_each_click_gets_its_own_request_in_order() -> None:
    requests = ScriptRequests()
    requests.add_event(click("b1"))
    requests.add_event(click("b2"))
    requests.add_event(click("b1"))
    taken = drain(requests)
    assert [r.click for r in taken] == ["b1", "b2", "b1"]
    assert all(not r.click_callback_done for r in taken)


def test_clicks_never_lost_among_value_events() -> None:
    requests = ScriptRequests()
    requests.add_event(value("t", "a"))
    requests.add_event(click("go"))
    requests.add_event(value("t", "ab"))
    requests.add_event(click("go"))
    taken = drain(requests)
    assert [r.click for r in taken] == ["go", "go"]
    merged: dict[str, object] = {}
    for r in taken:
        merged.update(r.values)
    assert merged == {"t": "ab"}


def test_plain_rerun_carries_no_widget_values() -> None:
    requests = ScriptRequests()
    requests.add_rerun()
    assert requests.has_pending()
    taken = drain(requests)
    assert len(taken) == 1
    assert taken[0] == RerunRequest()
    assert not taken[0].widget_driven


def test_reruns_coalesce_into_one_request() -> None:
    requests = ScriptRequests()
    requests.add_rerun()
    requests.add_rerun()
    requests.add_event(value("a", 1))
    requests.add_rerun()
    taken = drain(requests)
    assert len(taken) == 1
    assert taken[0].values == {"a": 1}


def test_any_event_interrupts_a_plain_run() -> None:
    requests = ScriptRequests()
    requests.add_rerun()
    requests.take_nowait()
    assert requests.interrupt is False
    requests.add_event(value("a", 1))
    assert requests.interrupt is True

    requests = ScriptRequests()
    requests.add_rerun()
    requests.take_nowait()
    requests.add_event(click("b"))
    assert requests.interrupt is True


def test_a_click_does_not_interrupt_a_click_run() -> None:
    requests = ScriptRequests()
    requests.add_event(click("b"))
    first = requests.take_nowait()
    assert first is not None and first.click == "b"
    assert requests.interrupt is False
    requests.add_event(click("b"))
    assert requests.interrupt is False
    requests.add_rerun()
    assert requests.interrupt is False
    assert requests.has_pending()
    requests.finish_run()
    second = requests.take_nowait()
    assert second is not None and second.click == "b"


def test_a_value_event_interrupts_a_click_run() -> None:
    requests = ScriptRequests()
    requests.add_event(click("b"))
    requests.take_nowait()
    requests.add_event(value("t", "new"))
    assert requests.interrupt is True


def test_after_finish_run_a_click_interrupts_again() -> None:
    requests = ScriptRequests()
    requests.add_event(click("b"))
    requests.take_nowait()
    requests.finish_run()
    requests.add_rerun()
    requests.take_nowait()  # a plain run
    requests.add_event(click("b"))
    assert requests.interrupt is True


def test_taking_a_request_clears_the_interrupt_flag() -> None:
    requests = ScriptRequests()
    requests.add_event(value("a", 1))
    assert requests.interrupt is True
    requests.take_nowait()
    assert requests.interrupt is False


def test_replay_click_goes_first_with_callback_done() -> None:
    requests = ScriptRequests()
    requests.add_event(click("first"))
    requests.add_event(click("second"))
    running = requests.take_nowait()
    assert running is not None and running.click == "first"
    # a value edit interrupts the click run; the runner puts the click back
    requests.add_event(value("t", "x"))
    assert requests.interrupt is True
    requests.replay_click("first")
    requests.finish_run()
    replayed = requests.take_nowait()
    assert replayed is not None
    assert replayed.click == "first"
    assert replayed.click_callback_done is True
    assert replayed.values == {"t": "x"}
    requests.finish_run()
    rest = drain(requests)
    assert [(r.click, r.click_callback_done) for r in rest] == [("second", False)]


def test_take_waits_for_an_event_from_another_thread() -> None:
    requests = ScriptRequests()
    got: list[RerunRequest | None] = []
    ready = threading.Event()

    def consumer() -> None:
        ready.set()
        got.append(requests.take(timeout=5))

    thread = threading.Thread(target=consumer)
    thread.start()
    ready.wait(5)
    requests.add_event(value("w", 9))
    thread.join(5)
    assert not thread.is_alive()
    assert got and got[0] is not None
    assert got[0].values == {"w": 9}


def test_shutdown_wakes_take_with_none_and_interrupts() -> None:
    requests = ScriptRequests()
    requests.add_event(value("a", 1))
    requests.shutdown()
    assert requests.is_shutdown
    assert requests.interrupt is True
    assert requests.take(timeout=1) is None


events = st_.lists(
    st_.one_of(
        st_.tuples(st_.just("value"), st_.sampled_from(["a", "b", "c"]), st_.integers(0, 9)),
        st_.tuples(st_.just("click"), st_.sampled_from(["x", "y"]), st_.just(True)),
        st_.tuples(st_.just("rerun"), st_.just(""), st_.just(None)),
    ),
    max_size=30,
)


@settings(max_examples=100, deadline=None)
@given(events=events, take_every=st_.integers(1, 10))
def test_coalescing_laws(events: list[tuple[str, str, object]], take_every: int) -> None:
    """Whatever the interleaving: every click is run once, in order; the newest value
    of each widget is the last one applied; nothing is pending afterwards."""
    requests = ScriptRequests()
    applied: dict[str, object] = {}
    clicks_run: list[str] = []
    for i, (kind, widget_id, v) in enumerate(events, 1):
        if kind == "value":
            requests.add_event(value(widget_id, v))
        elif kind == "click":
            requests.add_event(click(widget_id))
        else:
            requests.add_rerun()
        if i % take_every == 0:
            request = requests.take_nowait()
            if request is not None:
                applied.update(request.values)
                if request.click is not None:
                    clicks_run.append(request.click)
                requests.finish_run()
    for request in drain(requests):
        applied.update(request.values)
        if request.click is not None:
            clicks_run.append(request.click)
    expected_values: dict[str, object] = {}
    for kind, widget_id, v in events:
        if kind == "value":
            expected_values[widget_id] = v
    assert applied == expected_values
    assert clicks_run == [w for kind, w, _ in events if kind == "click"]
    assert not requests.has_pending()


def test_a_submit_queued_behind_a_click_keeps_its_values_for_its_own_run() -> None:
    requests = ScriptRequests()
    requests.add_event(click("other"))
    requests.add_events([value("name", "Ann"), click("save")])  # a form's edits and submit
    first, second = drain(requests)
    assert (first.click, first.values) == ("other", {})  # the form's value waits for its submit
    assert (second.click, second.values) == ("save", {"name": "Ann"})


def test_plain_edits_posted_before_a_click_reach_that_clicks_run() -> None:
    requests = ScriptRequests()
    requests.add_event(value("a", 1))
    requests.add_events([value("name", "Ann"), click("save")])
    (run,) = drain(requests)
    assert run.click == "save" and run.values == {"a": 1, "name": "Ann"}


def test_a_clear_state_request_goes_first_and_drops_queued_edits() -> None:
    requests = ScriptRequests()
    requests.add_event(WidgetEvent("w", 5))
    requests.add_rerun(clear_state=True)
    assert requests.interrupt  # a run in progress ends at its next yield point
    first = requests.take_nowait()
    assert first is not None and first.clear_state and first.values == {}
    assert requests.take_nowait() is None
