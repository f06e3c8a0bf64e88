"""@st.dialog: a modal dialog whose widgets rerun only its function (AppTest and window)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rerunqt.testing import AppTest

VOTE = """
import rerunqt as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

@st.dialog("Cast your vote")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...", key="reason")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in st.session_state:
    st.write("Vote for your favorite")
    if st.button("A"):
        vote("A")
    if st.button("B"):
        vote("B")
else:
    st.write(f"You voted for {st.session_state.vote['item']} because "
             f"{st.session_state.vote['reason']}")
"""


def test_the_dialog_opens_with_its_content() -> None:
    at = AppTest.from_string(VOTE).run()
    assert len(at.dialog) == 0
    next(b for b in at.button if b.label == "B").click().run()
    assert at.dialog[0].title == "Cast your vote"
    assert at.dialog[0].markdown[0].value == "Why is B your favorite?"


def test_widgets_in_the_dialog_rerun_only_its_function() -> None:
    at = AppTest.from_string(VOTE).run()
    next(b for b in at.button if b.label == "A").click().run()
    runs = at.session_state.runs
    at.text_input("reason").set_value("it is first").run()
    assert at.session_state.runs == runs  # the script body did not run
    assert len(at.dialog) == 1  # still open, though button "A" is False now
    next(b for b in at.dialog[0].button if b.label == "Submit").click().run()
    assert at.session_state.vote == {"item": "A", "reason": "it is first"}
    assert len(at.dialog) == 0  # st.rerun() reran the whole script, which closed it
    assert "You voted for A because it is first" in at.markdown[-1].value


def test_apptest_lists_a_dialogs_widgets_after_the_sidebar_as_streamlit_does() -> None:
    """Streamlit's AppTest walks the page, the sidebar, then dialogs and toasts, then
    st.bottom: a test written against it clicks the same ``at.button[1]`` here."""
    at = AppTest.from_string("""
        import rerunqt as st

        @st.dialog("Login", dismissible=False)
        def login():
            name = st.text_input("Username")
            if st.button("Submit"):
                st.session_state.user = name
                st.rerun()

        if "user" not in st.session_state:
            login()
        st.sidebar.button("Clear chat")
        st.button("Main")
        st.chat_input("Say")
    """).run()
    assert [b.label for b in at.button] == ["Main", "Clear chat", "Submit"]
    assert [e.type for e in at if e.type in ("button", "chat_input")] == [
        "button", "button", "button", "chat_input"]
    at.text_input[0].set_value("ann")
    at.button[2].click().run()
    assert at.session_state.user == "ann"
    assert [b.label for b in at.button] == ["Main", "Clear chat"]


def test_only_one_dialog_per_run() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        @st.dialog("One")
        def one():
            st.text("1")
        one()
        one()
    """).run()
    assert "Only one dialog is allowed to be opened at the same time" in at.exception[0].message


def test_a_dialog_opened_inside_a_dialog_is_a_nesting_error_as_in_streamlit() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        @st.dialog("Level2")
        def level2():
            st.write("Second level dialog")
        @st.dialog("Level1")
        def level1():
            st.write("First level dialog")
            level2()
        level1()
    """).run()
    assert at.dialog[0].markdown[0].value == "First level dialog"
    assert at.exception[0].message == "Dialogs may not be nested inside other dialogs."
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitInvalidLayoutContextError"


BOOM = """
import rerunqt as st

@st.dialog("D")
def d():
    st.write("in dialog")
    if st.button("boom") or st.session_state.get("now"):
        raise ValueError("boom")
    st.write("after")

st.session_state.now = st.checkbox("raise at once")
d()
st.write("end of page")
"""


def test_an_error_in_a_dialog_shows_inside_it_and_ends_the_run_as_in_streamlit() -> None:
    at = AppTest.from_string(BOOM).run()
    at.checkbox[0].check().run()
    assert [e.value for e in at.dialog[0].exception] == ["boom"]
    assert len(at.main.exception) == 0
    assert "end of page" not in [m.value for m in at.markdown]


def test_an_error_in_a_dialog_only_rerun_shows_inside_the_dialog() -> None:
    at = AppTest.from_string(BOOM).run()
    next(b for b in at.button if b.label == "boom").click().run()
    assert [e.value for e in at.dialog[0].exception] == ["boom"]  # it was lost
    assert at.dialog[0].markdown[0].value == "in dialog"


@pytest.mark.parametrize("title", ["", None])
def test_a_dialog_needs_a_title_as_in_streamlit(title) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.dialog({title!r})\n").run()
    assert at.exception[0].message == (
        'The `title` parameter is required. For example: `@st.dialog("Example Title")`.')


def test_bad_dialog_arguments_name_them() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.dialog('x', width='huge')\n").run()
    assert at.exception[0].message == ("Invalid `width` value. Supported values: 'small', "
                                       "'medium', 'large', a positive integer. Got 'huge'.")


def test_a_dialog_width_may_be_pixels_as_in_streamlit() -> None:
    """Streamlit 1.67 takes width=<pixels>; rerunqt raised "must be small, medium or large"."""
    at = AppTest.from_string("""
import rerunqt as st
@st.dialog("Wide", width=900)
def wide():
    st.write("in")
wide()
""").run()
    assert not at.exception, at.exception
    assert at.dialog[0].markdown[0].value == "in"


@pytest.mark.qt
def test_a_dialog_of_pixels_is_that_wide(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
@st.dialog("Wide", width=900)
def wide():
    st.write("in")
wide()
"""))
    dialog = pilot.window.renderer.places["dialog"].dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.minimumWidth() == 900


@pytest.mark.qt
def test_vote_in_a_real_modal_dialog(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(VOTE))
    pilot.click(label="A")
    place = pilot.window.renderer.places["dialog"]
    dialog = place.dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert dialog.windowTitle() == "Cast your vote"
    field = pilot.widget(key="reason")
    assert dialog.isAncestorOf(field)
    pilot.type("it is first", key="reason")
    assert dialog.isVisible()
    pilot.click(label="Submit")
    assert not dialog.isVisible()
    assert pilot.window.session.state["vote"] == {"item": "A", "reason": "it is first"}


@pytest.mark.qt
def test_escape_dismisses_and_the_next_event_reruns_everything(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(VOTE))
    pilot.click(label="B")
    dialog = pilot.window.renderer.places["dialog"].dialog
    pilot.press(Qt.Key.Key_Escape, key="reason")
    assert not dialog.isVisible()
    pilot.click(label="A")  # a full run: A opens it again, with A's content
    assert dialog.isVisible()
    assert "Why is A your favorite?" in next(r.widget.text() for r in
                                          pilot.window.renderer.find(kind="markdown")
                                          if dialog.isAncestorOf(r.widget))


@pytest.mark.qt
def test_a_dialog_that_is_not_dismissible_ignores_escape(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
@st.dialog("Must answer", dismissible=False)
def ask():
    if st.button("OK"):
        st.session_state.done = True
        st.rerun()
if not st.session_state.get("done"):
    ask()
"""))
    dialog = pilot.window.renderer.places["dialog"].dialog
    assert dialog.isVisible()
    pilot.press(Qt.Key.Key_Escape, label="OK")
    assert dialog.isVisible()
    pilot.click(label="OK")
    assert not dialog.isVisible()


def test_rerun_with_fragment_scope_reruns_only_the_dialog() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.session_state.setdefault("body_runs", 0)
        st.session_state.body_runs += 1

        @st.dialog("Count")
        def count():
            n = st.session_state.setdefault("n", 0)
            st.text(f"n={n}")
            if st.button("Again") and n < 3:
                st.session_state.n += 1
                st.rerun(scope="fragment")

        if st.button("Open"):
            count()
    """).run()
    next(b for b in at.button if b.label == "Open").click().run()
    runs = at.session_state.body_runs
    next(b for b in at.dialog[0].button if b.label == "Again").click().run()
    assert at.session_state.body_runs == runs  # only the dialog ran, twice
    assert at.dialog[0].text[0].value == "n=1"


def test_rerun_with_fragment_scope_outside_a_dialog_is_an_error() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.rerun(scope='fragment')\n").run()
    assert "must be called inside a fragment" in at.exception[0].message


@pytest.mark.qt
def test_escape_runs_a_callable_on_dismiss_before_the_rerun(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
def dismissed():
    st.session_state.dismissals = st.session_state.get("dismissals", 0) + 1
@st.dialog("Settings", on_dismiss=dismissed)
def settings():
    st.text_input("Name", key="name")
if st.button("Open"):
    settings()
st.write("dismissed", st.session_state.get("dismissals", 0))
"""))
    pilot.click(label="Open")
    dialog = pilot.window.renderer.places["dialog"].dialog
    runs = pilot.window.session.run_count
    pilot.press(Qt.Key.Key_Escape, key="name")
    qtbot.waitUntil(lambda: pilot.window.applied_run > runs, timeout=3000)
    assert not dialog.isVisible()
    assert pilot.window.session.state["dismissals"] == 1
    assert pilot.texts("markdown")[-1] == "dismissed `1`"


FRAGMENT_OPENS = """
import rerunqt as st
st.session_state.setdefault("body_runs", 0)
st.session_state.body_runs += 1
@st.dialog("Edit")
def edit():
    name = st.text_input("Name", key="dlg_name")
    if st.button("Save"):
        st.session_state.saved = name
        st.rerun()
@st.fragment
def panel():
    if st.button("open", key="open"):
        edit()
panel()
st.write("saved", st.session_state.get("saved", "-"))
"""


def test_a_button_in_a_fragment_opens_a_dialog() -> None:
    """The fragment-only run that the button starts opens the dialog (it was dropped)."""
    at = AppTest.from_string(FRAGMENT_OPENS).run()
    at.button(key="open").click().run()
    assert len(at.dialog) == 1 and at.session_state.body_runs == 1  # the fragment alone ran
    at.text_input("dlg_name").input("Ann").run()
    assert len(at.dialog) == 1
    next(b for b in at.dialog[0].button if b.label == "Save").click().run()
    assert len(at.dialog) == 0 and at.markdown.values == ["saved Ann"]


@pytest.mark.qt
def test_a_fragment_s_button_opens_a_real_dialog(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(FRAGMENT_OPENS))
    pilot.click(key="open")
    dialog = pilot.window.renderer.places["dialog"].dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Edit"
    pilot.type("Ann", key="dlg_name")
    pilot.click(label="Save")
    assert not dialog.isVisible()
    assert pilot.texts("markdown")[-1] == "saved Ann"


@pytest.mark.qt
def test_a_long_dialog_title_wraps_above_the_content(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit wraps a long title; it was cut off at the dialog's edge."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
@st.dialog("This is a very long dialog title that should not overlap with the close button")
def long_title():
    st.write("Body text")
    st.header("Header")
    st.subheader("Last")
long_title()
"""))
    dialog = pilot.window.renderer.places["dialog"].dialog
    qtbot.waitUntil(lambda: dialog.heading.height() > 0)
    heading = dialog.heading
    body = next(r.widget for r in pilot.window.renderer.find(kind="markdown")
                if dialog.isAncestorOf(r.widget))
    line = heading.fontMetrics().height()
    assert heading.height() >= 2 * line  # on two lines or more
    assert heading.height() >= heading.heightForWidth(heading.width())  # its last line too
    assert heading.width() <= dialog.width()
    top_of_body = body.mapTo(dialog, body.rect().topLeft()).y()
    assert heading.geometry().bottom() < top_of_body  # no overlap with the text below
    last = next(r.widget for r in pilot.window.renderer.find(kind="subheader"))
    assert last.mapTo(dialog, last.rect().bottomLeft()).y() <= dialog.height()  # not cut off


@pytest.mark.qt
def test_a_dialog_taller_than_the_screen_scrolls(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit's dialog stays inside the browser window and scrolls; a QDialog grew past
    the screen's bottom and its Submit button was out of reach."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
@st.dialog("Tall")
def tall():
    for n in range(80):
        st.write(f"Line {n}")
    st.button("Submit")
tall()
"""))
    dialog = pilot.window.renderer.places["dialog"].dialog
    submit = pilot.widget(label="Submit")
    qtbot.waitUntil(lambda: dialog.isVisible() and submit.height() > 0)
    available = dialog.screen().availableGeometry().height()
    assert dialog.height() <= available
    qtbot.waitUntil(lambda: dialog.scroller.verticalScrollBar().maximum() > 0)
    dialog.scroller.ensureWidgetVisible(submit)
    bottom = submit.mapTo(dialog, submit.rect().bottomLeft()).y()
    assert 0 < bottom <= dialog.height()  # scrolled into view inside the dialog


@pytest.mark.qt
def test_a_short_dialog_is_as_tall_as_its_content(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
@st.dialog("Short")
def short():
    st.write("One line")
    st.button("Close")
short()
"""))
    dialog = pilot.window.renderer.places["dialog"].dialog
    close = pilot.widget(label="Close")
    qtbot.waitUntil(lambda: dialog.isVisible() and close.height() > 0)
    assert dialog.scroller.verticalScrollBar().maximum() == 0
    assert close.mapTo(dialog, close.rect().bottomLeft()).y() <= dialog.height()
