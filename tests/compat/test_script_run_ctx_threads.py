"""``add_script_run_ctx``: a thread the script starts draws on the script's page.

Streamlit's pattern for progress from worker threads (``placeholder.progress(...)`` in a
``threading.Thread`` given the run with ``add_script_run_ctx``). Results compared with
Streamlit 1.67's AppTest on the same scripts.
"""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import pytest

from rerunqt.testing import AppTest

WORKER = """
    import threading, time
    import streamlit as st
    from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

    ph = st.empty()
    bar = st.progress(0, text="working")
    results = []

    def work(n):
        for i in range(n):
            bar.progress((i + 1) / n, text=f"step {i + 1}")
            ph.text(f"done {i + 1}")
        st.write("worker wrote this")
        results.append(n)

    thread = threading.Thread(target=work, args=(3,))
    add_script_run_ctx(thread, get_script_run_ctx())
    thread.start()
    thread.join()
    st.write("results", results)
    with st.sidebar:
        side = threading.Thread(target=lambda: st.write("a worker writes to the page"))
        add_script_run_ctx(side)
        side.start()
        side.join()
"""


def _app(tmp_path: Path, source: str) -> AppTest:
    path = tmp_path / "app.py"
    path.write_text(textwrap.dedent(source))
    return AppTest.from_file(str(path)).run()


def test_a_worker_given_the_run_draws_into_handles_and_the_page(tmp_path: Path) -> None:
    at = _app(tmp_path, WORKER)
    assert not at.exception, [e.value for e in at.exception]
    assert at.text[0].value == "done 3"
    assert at.progress[0].value == 100
    # a worker starts at the page's main area, not in the block the script thread is in
    assert [m.value for m in at.main.markdown] == [
        "worker wrote this", "results", "a worker writes to the page"]
    assert not at.sidebar.markdown
    assert at.json[0].value == "[3]"


def test_a_worker_without_the_run_draws_nothing(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import threading
        import streamlit as st
        t = threading.Thread(target=lambda: st.write("lost"))
        t.start()
        t.join()
        st.write("page")
    """)
    assert [m.value for m in at.markdown] == ["page"]


def test_a_worker_that_outlives_its_run_breaks_nothing(tmp_path: Path) -> None:
    """It draws on no page once its run is over, and the next runs are as usual."""
    gate, finished = threading.Event(), threading.Event()
    import sys
    import types

    module = types.ModuleType("worker_gate")
    module.gate, module.finished = gate, finished  # type: ignore[attr-defined]
    sys.modules["worker_gate"] = module
    try:
        at = _app(tmp_path, """
            import threading
            import streamlit as st
            from streamlit.runtime.scriptrunner import add_script_run_ctx
            import worker_gate

            def late():
                worker_gate.gate.wait(5)
                st.write("too late")
                st.session_state.late = True
                worker_gate.finished.set()

            if "started" not in st.session_state:
                st.session_state.started = True
                add_script_run_ctx(threading.Thread(target=late)).start()
            st.button("again")
            st.write("late" in st.session_state)
        """)
        gate.set()
        assert finished.wait(5)
        at.button[0].click().run()
        assert not at.exception
        assert [m.value for m in at.markdown] == ["`True`"]  # state written, nothing drawn
    finally:
        gate.set()
        del sys.modules["worker_gate"]


def test_the_forum_snippet_that_finds_the_session_through_the_runtime() -> None:
    at = AppTest.from_string("""
import streamlit as st
from streamlit.runtime import get_instance
from streamlit.runtime.scriptrunner import get_script_run_ctx

def _get_session():
    runtime = get_instance()
    session_id = get_script_run_ctx().session_id
    session_info = runtime._session_mgr.get_session_info(session_id)
    if session_info is None:
        raise RuntimeError("Couldn't get your Streamlit Session object.")
    return session_info.session

session = _get_session()
st.session_state.setdefault("first_id", session.id)
st.text(str(session.id == st.session_state.first_id))
st.text(str(get_instance().is_active_session(session.id)))
st.text(str(get_instance()._session_mgr.get_session_info("other")))
""").run()
    assert not at.exception
    at.run()
    assert [t.value for t in at.text] == ["True", "True", "None"]  # stable across runs


def test_get_instance_outside_a_run_is_streamlits_error() -> None:
    from rerunqt.compat.streamlit.runtime import get_instance

    with pytest.raises(RuntimeError, match="Runtime hasn't been created!"):
        get_instance()
