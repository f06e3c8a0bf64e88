"""What one run does: callbacks, buttons, st.rerun/st.stop, errors, magic, __main__,
sys.path, serializability, timeouts and interruption by a newer event."""

from __future__ import annotations

import os
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Any

import pytest
from conftest import script_with_config

import rerunqt
from rerunqt.runner.requests import RerunRequest, WidgetEvent
from rerunqt.runner.script import ScriptSource
from rerunqt.runner.session import AppSession, Snapshot
from rerunqt.testing import AppTest

PACKAGE_DIR = os.path.dirname(os.path.abspath(rerunqt.__file__))


# --------------------------------------------------------------------------------------
# Callbacks
# --------------------------------------------------------------------------------------


def test_values_applied_then_callbacks_with_previous_run_args_then_script() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        log = ss.setdefault("log", [])
        ss.runs = ss.get("runs", 0) + 1

        def on_name(captured_name, run_no, *, tag):
            log.append(("on_change", captured_name, run_no, tag, ss.name))

        def on_go(run_no, *, tag):
            log.append(("on_click", run_no, tag, ss.name))

        st.text_input("Name", key="name", on_change=on_name,
                      args=(ss.get("name"), ss.runs), kwargs={"tag": f"t{ss.runs}"})
        st.button("Go", on_click=on_go, args=(ss.runs,), kwargs={"tag": f"b{ss.runs}"})
        log.append(("body", ss.runs, ss.name))
        """
    ).run()
    assert at.session_state["log"] == [("body", 1, "")]
    at.text_input(key="name").input("Ann")
    at.button[0].click()
    at.run()
    log = at.session_state["log"]
    # the value event and the click are one run (the click's own)
    # callbacks: args/kwargs captured in run 1 (the stale name ""), the new value visible
    # (in run 1 the key did not exist yet when args were built, so get() gave None)
    assert ("on_change", None, 1, "t1", "Ann") in log
    assert ("on_click", 1, "b1", "Ann") in log
    first_cb = min(log.index(("on_change", None, 1, "t1", "Ann")),
                   log.index(("on_click", 1, "b1", "Ann")))
    body_after = [i for i, entry in enumerate(log) if entry[0] == "body" and entry[1] >= 2]
    assert body_after and body_after[0] > first_cb
    assert log[body_after[0]] == ("body", 2, "Ann")


def test_callback_sees_new_value_and_runs_before_body() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        order = ss.setdefault("order", [])
        def changed():
            order.append(f"cb:{ss.flag}")
        st.checkbox("Flag", key="flag", on_change=changed)
        order.append(f"body:{ss.flag}")
        """
    ).run()
    at.checkbox(key="flag").check().run()
    assert at.session_state["order"] == ["body:False", "cb:True", "body:True"]


def test_callback_fires_once_per_change_and_not_on_plain_rerun() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.setdefault("fired", 0)
        def changed():
            ss.fired += 1
        st.number_input("N", 0, 100, key="n", on_change=changed)
        """
    ).run()
    assert at.session_state["fired"] == 0
    at.number_input(key="n").set_value(5).run()
    assert at.session_state["fired"] == 1
    at.run()
    at.run()
    assert at.session_state["fired"] == 1
    at.number_input(key="n").set_value(5).run()  # same value: not a change
    assert at.session_state["fired"] == 1
    at.number_input(key="n").set_value(6).run()
    assert at.session_state["fired"] == 2


def test_button_true_for_exactly_the_one_run_after_click() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        clicked = st.button("Press", key="press")
        st.text(f"clicked={clicked} state={st.session_state.press}")
        """
    ).run()
    assert at.text[0].value == "clicked=False state=False"
    at.button(key="press").click().run()
    assert at.text[0].value == "clicked=True state=True"
    at.run()
    assert at.text[0].value == "clicked=False state=False"


def test_two_clicks_queued_before_run_give_two_runs() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.setdefault("count", 0)
        ss.setdefault("runs", 0)
        ss.runs += 1
        if st.button("Increment"):
            ss.count += 1
        st.text(f"count={ss.count}")
        """
    ).run()
    at.button[0].click()
    at.button[0].click()
    at.run()
    assert at.session_state["count"] == 2
    assert at.session_state["runs"] == 3
    assert at.text[0].value == "count=2"


def test_two_queued_clicks_fire_callback_twice() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.setdefault("count", 0)
        def inc():
            st.session_state.count += 1
        st.button("Increment", on_click=inc)
        """
    ).run()
    at.button[0].click()
    at.button[0].click()
    at.run()
    assert at.session_state["count"] == 2


# --------------------------------------------------------------------------------------
# st.rerun / st.stop
# --------------------------------------------------------------------------------------


def test_st_rerun_in_script_runs_again_from_the_top() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.n = ss.get("n", 0) + 1
        st.text(f"top {ss.n}")
        if ss.n < 3:
            st.rerun()
            st.text("never")
        st.text(f"n={ss.n}")
        """
    ).run()
    assert at.session_state["n"] == 3
    assert at.text.values == ["top 3", "n=3"]
    assert not at.exception
    assert not at.warning


def test_st_rerun_in_callback_is_honoured_without_warning() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.setdefault("cb", 0)
        ss.setdefault("body", 0)
        def cb():
            ss.cb += 1
            st.rerun()
            ss.after_rerun_in_cb = True
        ss.body += 1
        st.button("Go", on_click=cb)
        st.text(f"body={ss.body} cb={ss.cb}")
        """
    ).run()
    assert at.session_state["body"] == 1
    at.button[0].click().run()
    assert not at.warning
    assert not at.exception
    assert at.session_state["cb"] == 1
    assert at.session_state["body"] >= 2  # the body ran after the callback
    assert "after_rerun_in_cb" not in at.session_state  # st.rerun() ended the callback
    assert at.text[0].value == f"body={at.session_state['body']} cb=1"


def test_st_rerun_in_callback_gives_way_to_a_rerun_without_the_click() -> None:
    """Streamlit 1.67: a callback's st.rerun() preempts the event's run before its body.
    The body runs once, in a rerun where the click is over (button False, a chat message
    None), what the callback wrote is gone and its toast still shows; values changed by
    the event (a checkbox) are kept."""
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.setdefault("body", 0)
        def cb():
            st.write("written by the callback")
            st.toast("callback toast")
            st.rerun()
        st.button("Go", on_click=cb, key="go")
        st.checkbox("Tick", on_change=cb, key="tick")
        said = st.chat_input("Say", on_submit=cb)
        ss.body += 1
        st.text(f"go={ss.go} said={said}")
        """
    ).run()
    at.button[0].click().run()
    assert at.session_state["body"] == 2  # one body run for the click
    assert at.button[0].value is False and at.text[0].value == "go=False said=None"
    assert [e.type for e in at.main] == ["main", "button", "checkbox", "text"]  # no "written by"
    assert at.toast[0].value == "callback toast"
    at.checkbox[0].check().run()
    assert at.checkbox[0].value is True and at.session_state["body"] == 3
    at.chat_input[0].set_value("hello").run()
    assert at.text[0].value == "go=False said=None" and at.session_state["body"] == 4


def test_st_rerun_carries_no_widget_values_so_callbacks_do_not_fire_again() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.setdefault("fired", 0)
        ss.setdefault("runs", 0)
        def cb():
            ss.fired += 1
        st.checkbox("c", key="c", on_change=cb)
        ss.runs += 1
        if ss.runs % 2 == 0:
            st.rerun()
        """
    ).run()
    at.checkbox[0].check().run()
    assert at.session_state["runs"] == 3
    assert at.session_state["fired"] == 1
    assert at.session_state["c"] is True


def test_st_stop_keeps_output_drawn_so_far() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.title("T")
        st.text("before")
        st.stop()
        st.text("after")
        """
    ).run()
    assert at.text.values == ["before"]
    assert at.title.values == ["T"]
    assert not at.exception


def test_st_stop_is_not_swallowed_by_except_exception() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        try:
            st.stop()
        except Exception:
            st.text("swallowed")
        st.text("after")
        """
    ).run()
    assert at.text.values == []


# --------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------


def test_exception_in_script_is_shown_with_user_frames_only() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.text("before")
        def helper_that_fails():
            raise ValueError("bad value 42")
        if not st.session_state.get("ok"):
            helper_that_fails()
        st.text("after")
        """
    ).run()
    assert at.text.values == ["before"]
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.exc_type == "ValueError"
    assert exc.value == "bad value 42"
    trace = "\n".join(exc.stack_trace)
    assert "helper_that_fails" in trace
    assert "raise ValueError" in trace
    assert PACKAGE_DIR not in trace
    assert "rerunqt/runner" not in trace and "rerunqt/core" not in trace
    # the app keeps working
    at.run()
    assert len(at.exception) == 1
    at.session_state.ok = True
    at.run()
    assert not at.exception
    assert at.text.values == ["before", "after"]


def test_exception_raised_inside_rerunqt_shows_only_user_frames() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.button("Same")
        st.button("Same")
        """
    ).run()
    assert len(at.exception) == 1
    trace = "\n".join(at.exception[0].stack_trace)
    assert 'st.button("Same")' in trace
    assert PACKAGE_DIR not in trace
    assert "unique `key` argument" in at.exception[0].value


def test_exception_in_callback_is_shown_and_body_skipped() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.setdefault("calls", 0)
        def cb():
            ss.calls += 1
            raise RuntimeError("callback failed")
        st.button("Go", on_click=cb)
        st.text("body")
        """
    ).run()
    assert at.text.values == ["body"]
    at.button[0].click().run()
    assert len(at.exception) == 1
    assert at.exception[0].value == "callback failed"
    assert at.exception[0].exc_type == "RuntimeError"
    assert at.text.values == []
    at.run()
    assert not at.exception
    assert at.text.values == ["body"]
    assert at.session_state["calls"] == 1


def test_syntax_error_is_shown_as_exception_element() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.text("hello"
        x = = 1
        """
    ).run()
    assert len(at.exception) == 1
    assert at.exception[0].exc_type == "SyntaxError"
    assert at.exception[0].value
    assert at.text.values == []
    trace = "\n".join(at.exception[0].stack_trace)
    assert "line" in trace
    assert PACKAGE_DIR not in trace


def test_user_except_exception_does_not_swallow_rerun() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.n = ss.get("n", 0) + 1
        if ss.n == 1:
            try:
                st.rerun()
            except Exception:
                st.text("swallowed")
        st.text(f"n={ss.n}")
        """
    ).run()
    assert at.text.values == ["n=2"]


# --------------------------------------------------------------------------------------
# Magic
# --------------------------------------------------------------------------------------


def test_magic_writes_bare_expressions_but_not_docstring_or_calls() -> None:
    at = AppTest.from_string(
        '''
        """Module docstring, not shown."""
        import rerunqt as st
        x = 5
        x
        "a bare string"
        len("abcdefg")
        a, b = 11, 22
        a, b
        def f():
            """Function docstring, not shown."""
            "inside function"
        f()
        if True:
            "inside if"
        '''
    ).run()
    shown = at.markdown.values
    assert "`5`" in shown
    assert "a bare string" in shown
    assert "inside function" in shown
    assert "inside if" in shown
    assert not any("docstring" in s for s in shown)
    assert not any("7" in s for s in shown)  # len(...) is a call: not written
    pair = [s for s in shown if "11" in s or "22" in s]
    assert len(pair) == 1 and "11" in pair[0] and "22" in pair[0]
    assert len(shown) == 5


@pytest.mark.parametrize("last, shown", [
    ("len([1, 2])", ["# Notes", "`2`"]),
    ("len([1, 2]);", ["# Notes"]),  # a trailing ";" hides it, as in a notebook
    ("st.write('hi')", ["# Notes", "hi", "`None`"]),  # Streamlit writes the call's None too
])
def test_magic_s_notebook_options_show_the_docstring_and_last_expression(
        tmp_path: Path, last: str, shown: list[str]) -> None:
    """Streamlit's [magic] displayRootDocString and displayLastExprIfNoSemicolon: the
    script's docstring and its last expression (a call too) are written; a function's
    docstring and earlier calls are not. The options were unknown."""
    source = f'"""# Notes"""\nimport rerunqt as st\ndef f():\n    "doc"\nf()\n{last}\n'
    script = script_with_config(tmp_path, "[magic]\ndisplayRootDocString = true\n"
                                "displayLastExprIfNoSemicolon = true\n", source)
    assert AppTest.from_file(script).run().markdown.values == shown
    off = AppTest.from_string(source).run().markdown.values  # off by default
    assert off == [v for v in shown if v == "hi"]


def test_magic_writes_dict_as_json() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        {"k": [1, 2]}
        """
    ).run()
    assert len(at.json) == 1


# --------------------------------------------------------------------------------------
# __main__ and sys.path
# --------------------------------------------------------------------------------------


def test_each_run_uses_a_fresh_main_module() -> None:
    at = AppTest.from_string(
        """
        import sys
        import rerunqt as st
        st.text(f"marker_present={'marker' in globals()}")
        marker = 1
        st.text(f"name={__name__}")
        st.text(f"is_main={sys.modules['__main__'].__dict__ is globals()}")
        if __name__ == "__main__":
            st.text("main guard ran")
        """
    ).run()
    assert at.text.values == ["marker_present=False", "name=__main__", "is_main=True",
                              "main guard ran"]
    at.run()
    assert at.text[0].value == "marker_present=False"


def test_script_directory_is_on_sys_path_during_a_run(tmp_path: Path) -> None:
    module = f"helper_{uuid.uuid4().hex[:10]}"
    (tmp_path / f"{module}.py").write_text("VALUE = 4242\n")
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        import rerunqt as st
        import {module}
        st.text(f"value={{{module}.VALUE}}")
        st.text(f"on_path={{{str(tmp_path)!r} in sys.path}}")
    """))
    try:
        at = AppTest.from_file(script).run()
        assert not at.exception, at.exception.values
        assert at.text.values == ["value=4242", "on_path=True"]
    finally:
        sys.modules.pop(module, None)
    assert str(tmp_path) not in sys.path


# --------------------------------------------------------------------------------------
# runner.enforceSerializableSessionState
# --------------------------------------------------------------------------------------


def _serializable_app(tmp_path: Path, enforce: bool) -> AppTest:
    config = "[runner]\nenforceSerializableSessionState = true\n" if enforce else ""
    source = "import rerunqt as st\nst.session_state.fn = lambda: 1\nst.text('drawn')\n"
    return AppTest.from_file(script_with_config(tmp_path, config, source))


def test_enforce_serializable_session_state_rejects_a_lambda(tmp_path: Path) -> None:
    at = _serializable_app(tmp_path, enforce=True).run()
    assert len(at.exception) == 1
    assert at.exception[0].value.startswith(  # Streamlit 1.67's words (the knowledge base's)
        "Cannot serialize the value (of type `<class 'function'>`) of 'fn' in st.session_state. ")
    assert "to use [pickle](https://docs.python.org/3/library/pickle.html) to" in at.exception[0].value


def test_unserializable_state_allowed_by_default(tmp_path: Path) -> None:
    at = _serializable_app(tmp_path, enforce=False).run()
    assert not at.exception
    assert at.text.values == ["drawn"]


# --------------------------------------------------------------------------------------
# AppTest timeouts
# --------------------------------------------------------------------------------------


def test_timeout_of_a_loop_that_calls_st() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        while True:
            st.text("x")
        """
    )
    with pytest.raises(RuntimeError, match="timed out"):
        at.run(timeout=0.5)


def test_timeout_of_a_pure_python_loop_is_forced() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.text("start")
        while True:
            pass
        """
    )
    with pytest.raises(RuntimeError, match="timed out"):
        at.run(timeout=0.5)
    # no stray interrupt is left pending on this thread
    other = AppTest.from_string("import rerunqt as st\nst.text('fine')\n").run()
    assert other.text.values == ["fine"]
    x = 0
    for i in range(200_000):
        x += i
    assert x > 0


# --------------------------------------------------------------------------------------
# Interruption by a pending request (AppSession directly)
# --------------------------------------------------------------------------------------


class RecordingSink:
    def __init__(self) -> None:
        self.started: list[int] = []
        self.snapshots: list[Snapshot] = []

    def run_started(self, run_id: int) -> None:
        self.started.append(run_id)

    def publish(self, snapshot: Snapshot) -> None:
        self.snapshots.append(snapshot)

    @property
    def finals(self) -> list[Snapshot]:
        return [s for s in self.snapshots if s.final]


def _session(tmp_path: Path, source: str, extra: dict[str, Any]) -> tuple[AppSession, RecordingSink]:
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(source))
    src = ScriptSource(script)
    sink = RecordingSink()
    session = AppSession(src, sink, publish_interval=3600)
    src.extra_globals = extra
    return session, sink


def test_pending_event_interrupts_run_at_next_st_call(tmp_path: Path) -> None:
    reached: list[str] = []
    holder: dict[str, Any] = {}

    def post() -> None:
        if not holder.get("posted"):
            holder["posted"] = True
            holder["s"].requests.add_event(WidgetEvent("some_widget", 1))

    session, sink = _session(tmp_path, """
        import rerunqt as st
        st.text("first")
        reached.append("before post")
        post()
        reached.append("after post")
        try:
            st.text("second")
        except Exception:
            reached.append("swallowed")
        reached.append("after second")
    """, {"post": post, "reached": reached})
    holder["s"] = session
    result = session.run_request(RerunRequest())
    assert result is None  # interrupted: no final snapshot
    assert sink.finals == []
    assert reached == ["before post", "after post"]
    assert session.requests.has_pending()
    # the next run is normal and finishes
    reached.clear()
    result2 = session.run_request(session.requests.take_nowait())
    assert result2 is not None and result2.outcome == "finished"
    assert reached == ["before post", "after post", "after second"]
    assert [e.prop("body") for e in result2.tree] == ["first", "second"]


def test_pending_event_interrupts_at_session_state_access(tmp_path: Path) -> None:
    reached: list[str] = []
    holder: dict[str, AppSession] = {}

    def post() -> None:
        holder["s"].requests.add_event(WidgetEvent("w", 2))

    session, _sink = _session(tmp_path, """
        import rerunqt as st
        post()
        st.session_state.written = True
        reached.append("after state access")
    """, {"post": post, "reached": reached})
    holder["s"] = session
    assert session.run_request(RerunRequest()) is None
    assert reached == []
    assert "written" not in session.state


def test_event_posted_from_callback_interrupts_before_body(tmp_path: Path) -> None:
    reached: list[str] = []
    holder: dict[str, AppSession] = {}

    session, sink = _session(tmp_path, """
        import rerunqt as st
        def cb():
            post()
        st.checkbox("c", key="c", on_change=cb)
        reached.append("body")
    """, {"post": lambda: holder["s"].requests.add_event(WidgetEvent("c", False)),
          "reached": reached})
    holder["s"] = session
    first = session.run_request(RerunRequest())
    assert first is not None and first.outcome == "finished"
    assert reached == ["body"]
    reached.clear()
    assert session.run_request(RerunRequest(values={"c": True})) is None
    assert reached == []
    assert sink.finals[-1] is first


def test_finished_run_publishes_final_snapshot(tmp_path: Path) -> None:
    session, sink = _session(tmp_path, """
        import rerunqt as st
        st.text("a")
        st.stop()
        st.text("b")
    """, {})
    snap = session.run_request(RerunRequest())
    assert snap is not None
    assert snap.final and snap.outcome == "stopped"
    assert [e.prop("body") for e in snap.tree] == ["a"]
    assert sink.finals == [snap]
    assert sink.started == [1]


def test_magic_in_compound_statements_and_classes() -> None:
    at = AppTest.from_string(
        '''
        import rerunqt as st
        for i in range(2):
            i
        with st.id_scope(1):
            "in with"
        try:
            "in try"
            raise ValueError
        except ValueError:
            "in except"
        finally:
            "in finally"
        while False:
            pass
        else:
            "while else"
        class C:
            """class doc"""
            "class body"
            def m(self):
                """method doc"""
                "in method"
        C().m()
        a, b = 1, 2
        a, b,
        '''
    ).run()
    assert at.markdown.values == [
        "`0`", "`1`", "in with", "in try", "in except", "in finally", "while else",
        "class body", "in method", "`1` `2`",
    ]


def test_rerun_in_one_callback_lets_the_other_callbacks_of_the_event_run() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.setdefault("log", [])
        def on_text():
            ss.log.append("text cb")
            st.rerun()
        def on_click():
            ss.log.append("click cb")
        st.text_input("T", key="t", on_change=on_text)
        st.button("B", on_click=on_click)
        ss.log.append("body")
        """
    ).run()
    at.text_input[0].input("x")
    at.button[0].click()
    at.run()
    log = at.session_state["log"]
    assert log[:3] == ["body", "text cb", "click cb"]
    assert log[3:] and set(log[3:]) == {"body"}
    assert not at.warning and not at.exception


def test_elements_written_by_a_callback_appear_first_and_only_once() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        def cb():
            st.text("from callback")
        st.button("W", on_click=cb)
        st.text("body text")
        """
    ).run()
    at.button[0].click().run()
    assert at.text.values == ["from callback", "body text"]
    at.run()
    assert at.text.values == ["body text"]


def test_click_run_interrupted_by_value_event_is_replayed_without_second_callback(
    tmp_path: Path,
) -> None:
    calls: list[str] = []
    holder: dict[str, Any] = {}

    def post_once() -> None:
        if not holder.get("posted"):
            holder["posted"] = True
            holder["s"].post(WidgetEvent("t", "typed"))

    session, _sink = _session(tmp_path, """
        import rerunqt as st
        def cb():
            calls.append("cb")
        clicked = st.button("Go", key="go", on_click=cb)
        if clicked:
            post_once()
        st.text_input("T", key="t")
        st.text(f"clicked={clicked} t={st.session_state.t!r}")
    """, {"calls": calls, "post_once": post_once})
    holder["s"] = session
    assert session.run_request(RerunRequest()) is not None
    session.post(WidgetEvent("go", True, click=True))
    outcomes = []
    while (request := session.requests.take_nowait()) is not None:
        outcomes.append(session.run_request(request))
    assert outcomes[0] is None  # the click run was interrupted by the value edit
    final = outcomes[-1]
    assert final is not None and final.outcome == "finished"
    texts = [e.prop("body") for e in final.tree if e.kind == "text"]
    assert texts == ["clicked=True t='typed'"]
    assert calls == ["cb"]  # the click's callback ran once


def test_exc_type_names_an_uncaught_error_with_its_module_as_streamlit() -> None:
    """Streamlit 1.67: an uncaught error's type is str(type(e)) without <class '...'> (builtins
    bare); st.exception shows the bare class name."""
    def types(body: str) -> list[str]:
        return [e.exc_type for e in AppTest.from_string("import rerunqt as st\n" + body).run().exception]

    assert types("raise ValueError('x')") == ["ValueError"]
    assert types("class MyErr(Exception):\n    pass\nraise MyErr('x')") == ["__main__.MyErr"]
    assert types("import json\njson.loads('{')") == ["json.decoder.JSONDecodeError"]
    assert types("import pandas as pd\nraise pd.errors.ParserError('p')") == ["pandas.errors.ParserError"]
    assert types("import json\ntry:\n    json.loads('{')\nexcept ValueError as e:\n    st.exception(e)") \
        == ["JSONDecodeError"]
    assert types("class MyErr(Exception):\n    pass\nst.exception(MyErr('y'))") == ["MyErr"]
    assert types("@st.fragment\ndef f():\n    class E(Exception):\n        pass\n    raise E()\nf()") \
        == ["__main__.f.<locals>.E"]


@pytest.mark.parametrize("level, shown", [
    ("full", ("ValueError", "boom", 1)), (True, ("ValueError", "boom", 1)),
    ("stacktrace", ("ValueError", "redacted", 1)), (False, ("ValueError", "redacted", 1)),
    ("type", ("ValueError", "redacted", 0)), ("none", ("", "redacted", 0)),
])
def test_show_error_details_levels_hide_what_streamlit_hides(level: Any, shown: tuple[str, str, int]) -> None:
    """client.showErrorDetails cuts an uncaught error only (Streamlit 1.67); st.exception and
    the CachedWidgetWarning keep their type, message and traceback."""
    at = AppTest.from_string(f"""
import rerunqt as st
st.set_option("client.showErrorDetails", {level!r})
try:
    raise KeyError("k")
except KeyError as e:
    st.exception(e)
@st.cache_data
def f():
    st.button("b")
f()
raise ValueError("boom")
""").run()
    caught, warned, uncaught = at.exception  # st.exception shows str(e): "'k'", as Streamlit
    assert (caught.exc_type, caught.message, len(caught.stack_trace)) == ("KeyError", "'k'", 1)
    assert warned.exc_type == "CachedWidgetWarning" and warned.stack_trace
    assert "widget command in a cached function" in warned.message
    kind, text, frames = shown
    assert uncaught.exc_type == kind and text in uncaught.message and len(uncaught.stack_trace) == frames
