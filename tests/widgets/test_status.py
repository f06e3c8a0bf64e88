"""Status elements through AppTest: progress, spinner, status, toast, balloons, snow."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string("import rerunqt as st\n" + source).run()


# ----- st.progress -----
@pytest.mark.parametrize(("given", "shown"), [(0, 0), (42, 42), (100, 100), (0.0, 0), (0.5, 50),
                                              (1.0, 100), (0.255, 25), (1.0000000001, 100)])
def test_progress_takes_an_int_percentage_or_a_float_fraction(given, shown) -> None:
    at = run(f"st.progress({given!r})")
    assert not at.exception
    assert at.progress[0].value == shown
    assert at.progress[0].text == ""  # Streamlit 1.67: the proto's empty string


@pytest.mark.parametrize(("given", "message"), [
    ("101", "The `value` parameter, set to 101, is outside the required range [0, 100]."),
    ("-1", "The `value` parameter, set to -1, is outside the required range [0, 100]."),
    ("1.5", "The `value` parameter, set to 1.5, is outside the required range [0.0, 1.0]."),
    ("'50'", "Invalid `value` type. Expected one of: int, float. Provided type: str."),
    ("None", "Invalid `value` type. Expected one of: int, float. Provided type: NoneType."),
    ("True", "Invalid `value` type. Expected one of: int, float. Provided type: bool."),
])
def test_progress_refuses_values_out_of_range_or_of_another_type(given, message) -> None:
    at = run(f"st.progress({given})")
    assert message in at.exception[0].message
    assert not at.progress


def test_progress_text_must_be_a_string() -> None:
    """Streamlit 1.67's error (1.39's words were "Progress Text is of type ...")."""
    at = run("st.progress(10, text=5)")
    assert at.exception[0].message == "Invalid `text` type. Expected one of: str. Provided type: int."
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidParameterTypeError"


def test_a_progress_handle_updates_the_same_bar_in_place() -> None:
    at = run("""
bar = st.progress(0, text='Starting')
st.text('after')
bar.progress(0.75, text='**Almost** there')
""")
    assert len(at.progress) == 1
    assert (at.progress[0].value, at.progress[0].text) == (75, "**Almost** there")
    assert [e.kind for e in at.tree] == ["progress", "text"]  # still above the text


def test_progress_width_is_stretch_or_pixels() -> None:
    assert run("st.progress(1, width=200)").progress[0].width == 200
    assert "width" in run("st.progress(1, width='content')").exception[0].message


# ----- st.spinner -----
def test_a_spinner_is_gone_when_its_block_ends() -> None:
    at = run("""
with st.spinner('Loading...'):
    st.text('inside')
st.text('after')
""")
    assert not at.spinner
    assert at.text.values == ["inside", "after"]


def test_a_spinner_is_on_the_page_while_its_block_runs() -> None:
    at = run("""
from rerunqt.core import context
with st.spinner('Loading...', show_time=True):
    kinds = [e.kind for e in context.current().tree()[0].children]
st.write(kinds)
""")
    assert at.json[0].value == '["spinner"]'


def test_a_spinner_goes_on_an_exception_which_propagates() -> None:
    at = run("""
with st.spinner('Loading...'):
    raise ValueError('boom')
""")
    assert at.exception[0].message == "boom"
    assert not at.spinner


def test_a_spinner_as_a_decorator_shows_while_each_call_runs() -> None:
    at = run("""
from rerunqt.core import context

@st.spinner('Computing...')
def work(x):
    return x * 2, [e.kind for e in context.current().tree()[-1].children]

value, seen = work(21)
st.write(value)
st.write(seen)
""")
    assert at.markdown[0].value == "`42`"
    assert at.json[0].value == '["spinner"]'
    assert not at.spinner


def test_a_spinner_left_open_keeps_its_props() -> None:
    at = run("st.spinner('  Busy  ', show_time=True, width='stretch').__enter__()")
    assert (at.spinner[0].value, at.spinner[0].show_time, at.spinner[0].width) == ("Busy", True,
                                                                                  "stretch")


def test_a_spinner_in_a_column_goes_in_the_column() -> None:
    at = run("""
a, b = st.columns(2)
b.spinner('in b').__enter__()
""")
    assert at.columns[1].spinner[0].value == "in b"
    assert not at.columns[0].spinner


# ----- st.status -----
def test_status_becomes_complete_when_its_block_ends() -> None:
    at = run("""
with st.status('Downloading', expanded=True) as box:
    st.write('step 1')
""")
    status = at.status[0]
    assert (status.label, status.state, status.expanded) == ("Downloading", "complete", True)
    assert [child.value for child in status.children.values()] == ["step 1"]
    assert status.markdown[0].value == "step 1"


def test_status_becomes_error_on_an_exception_which_propagates() -> None:
    at = run("""
with st.status('Working'):
    raise RuntimeError('failed')
""")
    assert at.status[0].state == "error"
    assert at.exception[0].message == "failed"


def test_status_update_changes_label_state_and_expanded() -> None:
    at = run("""
with st.status('Working') as box:
    box.update(label='Done!', state='complete', expanded=True)
    box.update(label='Done again')
""")
    status = at.status[0]
    assert (status.label, status.state, status.expanded) == ("Done again", "complete", True)


def test_status_keeps_a_state_set_by_update_inside_the_block() -> None:
    at = run("""
with st.status('Working') as box:
    box.update(state='error')
""")
    assert at.status[0].state == "error"


def test_status_without_with_stays_running_and_takes_elements() -> None:
    at = run("""
box = st.status('Fetching', state='running')
box.text('line')
""")
    assert at.status[0].state == "running"
    assert at.status[0].text[0].value == "line"


def test_a_status_without_a_label_is_drawn_as_in_streamlit() -> None:
    """st.status(None) is an empty label in Streamlit 1.67; rerunqt raised "needs a label"."""
    at = run("""
with st.status(None, state='complete'):
    st.write('in')
""")
    assert not at.exception
    assert (at.status[0].label, at.status[0].state) == ("", "complete")
    assert at.status[0].markdown[0].value == "in"


@pytest.mark.parametrize("call", ["st.status('x', state='done')",
                                  "st.status('x').update(state='finished')"])
def test_a_bad_status_state_is_a_clear_error(call: str) -> None:
    message = run(call).exception[0].message
    assert "Must be one of 'running', 'complete', or 'error'" in message
    assert "'done'" in message or "'finished'" in message


# ----- st.toast -----
def test_toast_value_icon_and_duration() -> None:
    at = run("""
st.toast('Saved!', icon='🎉')
st.toast('Long', duration='long')
st.toast('Forever', duration='infinite')
st.toast('Seven', duration=7)
""")
    assert at.toast.values == ["Saved!", "Long", "Forever", "Seven"]
    assert at.toast[0].icon == "🎉"
    assert [t.duration for t in at.toast] == [4, 10, None, 7]
    assert not at.main.children  # toasts are not page elements


def test_a_toast_before_st_rerun_is_listed_after_the_rerun_as_in_streamlit() -> None:
    at = AppTest.from_string("""
import rerunqt as st
if st.button("go"):
    st.toast("hi")
    st.rerun()
st.write("page")
""").run()
    at.button[0].click().run()
    assert [toast.value for toast in at.toast] == ["hi"]  # Streamlit 1.67's AppTest: the same
    assert at.markdown[0].value == "page" and not at.exception
    at.run()
    assert not at.toast


@pytest.mark.parametrize(("call", "words"), [
    ("st.toast('')", "The `body` parameter is required. Please provide a message."),
    ("st.toast('x', duration='medium')",  # Streamlit 1.67's words
     "Invalid `duration` value. Supported values: short, long, infinite, a positive integer."),
    ("st.toast('x', duration=0)", "Invalid `duration` value."),
    ("st.toast('x', duration=2.5)", "Invalid `duration` value."),
    ("st.toast('x', duration=True)", "Field Toast.duration: Expected an int, got a boolean."),
    ("st.toast('x', icon='fire')", 'The value "fire" is not a valid icon.'),
])
def test_bad_toast_arguments_are_clear_errors(call: str, words: str) -> None:
    assert words in run(call).exception[0].message


def test_a_toast_handle_updates_that_toast() -> None:
    at = run("""
msg = st.toast('Gathering ingredients...')
msg.toast('Ready!', icon='🥞')
""")
    assert at.toast.values == ["Ready!"]
    assert at.toast[0].icon == "🥞"


def test_a_toast_is_an_event_of_its_run() -> None:
    at = run("st.toast('Hello')")
    first = at.tree[-1].children[0].key
    at.run()
    assert at.toast.values == ["Hello"]
    assert at.tree[-1].children[0].key != first  # a new toast each run, not the same element


def test_balloons_and_snow_are_listed_by_get() -> None:
    at = run("st.balloons()\nst.snow()\nst.sidebar.balloons()")
    assert len(at.get("balloons")) == 2
    assert len(at.get("snow")) == 1
    # where they were called, as Streamlit's AppTest lists them
    assert [e.type for e in at.main.children.values()] == ["balloons", "snow"]
    assert [e.type for e in at.sidebar.children.values()] == ["balloons"]


def test_a_toast_from_a_dialog_only_rerun_is_shown_and_old_ones_are_not_repeated() -> None:
    at = run("""
st.toast('page toast')
@st.dialog('D')
def dialog():
    if st.button('Hi'):
        st.toast('from the dialog')
dialog()
""")
    assert at.toast.values == ["page toast"]
    at.button[0].click().run()  # reruns only the dialog's function
    assert at.toast.values == ["from the dialog"]
    assert at.dialog[0].button[0].label == "Hi"


def test_updating_a_status_kept_from_an_earlier_run_is_a_clear_error() -> None:
    at = run("""
if 'box' not in st.session_state:
    st.session_state.box = st.status('First')
else:
    st.session_state.box.update(label='Again')
""")
    assert not at.exception
    at.run()
    assert "belongs to an earlier run" in at.exception[0].message


def test_a_toast_from_a_fragment_only_rerun_is_shown() -> None:
    at = run("""
st.toast('page toast')
st.session_state.full = st.session_state.get('full', 0) + 1
@st.fragment
def part():
    if st.button('Hi'):
        st.toast('from the fragment')
part()
""")
    at.button[0].click().run()  # reruns only the fragment
    assert at.session_state.full == 1
    assert at.toast.values == ["from the fragment"]
    at.run()
    assert at.toast.values == ["page toast"]


def test_a_cache_miss_shows_a_spinner_while_it_computes_and_a_hit_shows_none() -> None:
    at = run("""
from rerunqt.core import context
from rerunqt.core.element import walk

def spinners():
    return [(e.prop('text'), e.prop('show_time')) for e in walk(context.current().tree())
            if e.kind == 'spinner']

@st.cache_data(show_time=True)
def load(x):
    return spinners()

@st.cache_resource(show_spinner=False)
def quiet():
    return spinners()

st.write(load(1))
st.write(quiet())
st.session_state.seen = spinners()
""")
    assert [j.value for j in at.json] == ['[["Running `load(...)`.", true]]', "[]"]
    assert at.session_state.seen == [] and not at.spinner  # gone once the miss computed
