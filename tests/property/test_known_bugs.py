"""One minimal deterministic repro per open bug the fuzzers hit (strict xfail).

Each test states the right behaviour; it fails today. When a fix lands the test
passes, strict xfail turns that into a failure: remove the marker here and the name
from ``KNOWN_OPEN`` (tests/property/test_state_machine.py), which re-enables the
state machine's rules and the window fuzz's events that hit the bug.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rerunqt.testing import AppTest

N1 = pytest.mark.xfail(strict=True, reason="N1: clear_on_submit is lost when the submit run is cut short")
N2 = pytest.mark.xfail(strict=True, reason="N2: a submit queued behind a click merges into its run")
N3 = pytest.mark.xfail(strict=True, reason="N3: a slider keeps the user's position when code sets "
                                           "it back to the previous run's value")

CUT_SHORT = """
import rerunqt as st
ss = st.session_state
def cut_short():
    ss.cut = True
if ss.get("cut"):
    ss.cut = False
    {how}
with st.form("f", clear_on_submit=True):
    st.text_input("T", key="t")
    st.form_submit_button("Send", on_click=cut_short)
"""


@pytest.mark.parametrize("how", ["st.rerun()", "raise RuntimeError('before the form')"])
def test_n1_clear_on_submit_survives_a_cut_short_submit_run(how: str) -> None:
    at = AppTest.from_string(CUT_SHORT.format(how=how)).run()
    at.text_input("t").set_value("hi")
    at.button[0].click().run()
    at.run()  # after the exception, a plain rerun draws the form again
    assert at.session_state["t"] == "hi"  # state keeps the submitted value (Streamlit 1.67)
    assert at.text_input("t")._element.prop("value") == ""  # the screen is cleared


def test_n2_a_submit_behind_a_click_does_not_leak_into_the_click_run() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.setdefault("seen", [])
        clicked = st.button("Other", key="b")
        with st.form("f"):
            t = st.text_input("T", key="t")
            sent = st.form_submit_button("Send")
        ss.seen.append((clicked, sent, t))
        """
    ).run()
    at.button("b").click()
    at.text_input("t").set_value("hi")
    at.button[1].click()
    at.run()
    assert at.session_state["seen"] == [(False, False, ""), (True, False, ""), (False, True, "hi")]


SLIDER_BACK = """
import rerunqt as st
ss = st.session_state
def back():
    ss.s = 20  # the value the previous run showed
st.{call}
"""


@pytest.mark.qt
@pytest.mark.parametrize("call, moved, ui", [
    ("slider('S', 0, 40, 20, key='s', on_change=back)", 30, 20),
    ("select_slider('S', list(range(41)), value=20, key='s', on_change=back)", 30, 20),
])
def test_n3_a_slider_shows_the_value_code_sets_back(rerunqt_pilot, write_script, call, moved, ui) -> None:
    pilot = rerunqt_pilot(write_script(SLIDER_BACK.format(call=call)))
    pilot.set_value(moved, key="s")
    assert pilot.value(key="s") == 20
    record = pilot.record(key="s")
    slider = record.adapter.probe(record.widget)
    assert record.widget.scale.value(slider.value()) == ui


# ----- found by the fuzzers (issue 16 §5) -----
B1 = pytest.mark.xfail(strict=True, reason="B1: after a run cut short before a form, AppTest still "
                                           "holds and sends the form's unsubmitted edit; the window "
                                           "drops it")
CUT_BEFORE_FORM = """
import rerunqt as st
ss = st.session_state
ss.setdefault("sent", [])
if ss.get("boom"):
    ss.boom = False
    raise RuntimeError("boom")
with st.form("f"):
    t = st.text_input("T", key="t")
    if st.form_submit_button("Send"):
        ss.sent.append(t)
"""


@pytest.mark.qt
def test_b1_apptest_and_window_agree_on_an_edit_held_across_a_cut_short_run(
        rerunqt_pilot, write_script) -> None:
    at = AppTest.from_string(CUT_BEFORE_FORM).run()
    at.text_input("t").set_value("hi")
    at.session_state["boom"] = True
    at.run()  # the exception ends the run before the form is drawn
    at.run()
    at_shows = at.text_input("t").value
    at.button[0].click().run()

    pilot = rerunqt_pilot(write_script(CUT_BEFORE_FORM))
    pilot.set_value("hi", key="t")  # Tab commits it into the form: held, no run
    pilot.window.session.state["boom"] = True
    pilot.rerun()
    pilot.rerun()
    window_shows = pilot.widget(key="t").text()
    pilot.click(label="Send")

    assert (at_shows, at.session_state["sent"]) == (window_shows, pilot.window.session.state["sent"])


B2 = pytest.mark.xfail(strict=True, reason="B2: del st.session_state[key] does not reset a date or "
                                           "time field that still has the focus after the user's edit")


@pytest.mark.qt
@pytest.mark.parametrize("call, typed, default, shown", [
    ("date_input('D', dt.date(2024, 1, 1), key='k')", dt.date(2021, 10, 1), dt.date(2024, 1, 1),
     lambda w: w.value()),
    ("time_input('T', dt.time(9, 0), step=60, key='k')", dt.time(22, 46), dt.time(9, 0), lambda w: w.py()),
])
def test_b2_deleting_the_key_resets_a_focused_field(rerunqt_pilot, write_script, call, typed, default,
                                                    shown) -> None:
    pilot = rerunqt_pilot(write_script(f"import datetime as dt\nimport rerunqt as st\nst.{call}\n"))
    pilot.set_value(typed, key="k")  # typed and committed with Enter: the field keeps the focus
    del pilot.window.session.state["k"]
    pilot.rerun()
    assert pilot.value(key="k") == default
    assert shown(pilot.widget(key="k")) == default
