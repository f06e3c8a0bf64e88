"""Reruns started elsewhere keep what the user is in the middle of (real Qt events)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea

pytestmark = pytest.mark.qt


def test_an_open_cell_editor_keeps_its_cursor_and_selection_across_reruns(
    rerunqt_pilot, write_script, qtbot
) -> None:
    script = write_script(
        """
        import pandas as pd
        import rerunqt as st
        st.data_editor(pd.DataFrame({"a": [1, 2], "b": ["p", "q"]}), key="grid")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.activateWindow()
    view = pilot.widget(key="grid")
    view.setFocus()
    cell = view.model().index(1, 1)
    view.setCurrentIndex(cell)
    view.edit(cell)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "hello")
    editor.setSelection(1, 2)  # "el" selected, the cursor after it
    for _ in range(2):  # the first rerun commits the open cell; neither reloads it
        pilot.rerun()
        assert QApplication.focusWidget() is editor
        assert (editor.text(), editor.selectedText(), editor.cursorPosition()) == ("hello", "el", 3)
    assert pilot.window.session.state["grid"]["edited_rows"] == {1: {"b": "hello"}}


@pytest.mark.parametrize("kind", ["selectbox", "multiselect"])
def test_an_open_list_keeps_its_highlight_when_a_rerun_changes_the_options(
    rerunqt_pilot, write_script, qtbot, kind
) -> None:
    script = write_script(
        f"""
        import rerunqt as st
        runs = st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.{kind}("Pick", ["a", "b", "c", f"new {{runs}}"], key="pick")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.activateWindow()
    field = pilot.widget(key="pick")
    combo = field if kind == "selectbox" else field.combo
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data() == "c"
    for _ in range(2):
        pilot.rerun()  # the last option changes
        assert view.isVisible()
        assert view.currentIndex().data() == "c"
    assert combo.itemText(combo.count() - 1) == "new 3"


GROWING = """
import rerunqt as st

@st.fragment(run_every=0.05)
def news():
    if st.session_state.get("grow"):  # set by the test once the user types
        st.session_state.grown = st.session_state.get("grown", 0) + 1
    for i in range(min(st.session_state.get("grown", 0), 4) * 3):
        st.write(f"news {i}")

for i in range(40):
    st.write(f"top {i}")
news()
st.text_input("Name", key="name")
for i in range(40):
    st.write(f"bottom {i}")
"""


def top_in_view(pilot, widget) -> int:  # type: ignore[no-untyped-def]
    return widget.mapTo(pilot.window.page_scroll.viewport(), QPoint(0, 0)).y()


def test_a_focused_field_stays_in_place_when_a_fragment_grows_above_it(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot = rerunqt_pilot(write_script(GROWING))
    pilot.window.activateWindow()
    line = pilot.widget(key="name")
    line.setFocus()  # scrolls the field into view, the page well below its top
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "abc")
    assert pilot.window.page_scroll.verticalScrollBar().value() > 0
    top = top_in_view(pilot, line)
    pilot.window.session.state["grow"] = True
    state = pilot.window.session.state
    qtbot.waitUntil(lambda: "grown" in state and state["grown"] >= 5)
    pilot.settle()
    assert sum(text.startswith("news") for text in pilot.texts("markdown")) == 12
    assert top_in_view(pilot, line) == top  # the browser's scroll anchoring
    assert line.hasFocus() and line.text() == "abc"


def test_what_the_reader_sees_stays_in_place_when_a_rerun_inserts_above_it(
    rerunqt_pilot, write_script
) -> None:
    script = write_script(
        """
        import rerunqt as st
        runs = st.session_state.runs = st.session_state.get("runs", 0) + 1
        for i in range(runs * 5):
            st.write(f"new {i}")
        for i in range(80):
            st.checkbox(f"line {i}", key=f"line{i}")
        """
    )
    pilot = rerunqt_pilot(script)
    bar = pilot.window.page_scroll.verticalScrollBar()
    line_30 = pilot.record(key="line30").widget  # a widget moves down (same Qt widget)
    pilot.window.page_scroll.ensureWidgetVisible(line_30, 0, 0)
    assert bar.value() > 0
    top = top_in_view(pilot, line_30)
    pilot.rerun()
    assert pilot.record(key="line30").widget is line_30
    assert top_in_view(pilot, line_30) == top


def test_a_page_at_its_top_stays_at_its_top(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        runs = st.session_state.runs = st.session_state.get("runs", 0) + 1
        for i in range(runs * 5):
            st.write(f"new {i}")
        for i in range(80):
            st.write(f"line {i}")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.rerun()
    assert pilot.window.page_scroll.verticalScrollBar().value() == 0


def test_a_focused_radio_keeps_the_focus_when_a_rerun_changes_its_options(
    rerunqt_pilot, write_script, qtbot
) -> None:
    script = write_script(
        """
        import rerunqt as st
        runs = st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.radio("Size", ["S", "M", "L"] + ["XL"] * (runs % 2), key="size")
        st.text_input("Next", key="next")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.activateWindow()
    pilot.widget(key="size").buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # picks "M": a rerun
    pilot.settle()
    assert pilot.value(key="size") == "M"
    for _ in range(2):
        pilot.rerun()  # "XL" comes and goes: the options are rebuilt
        radios = pilot.widget(key="size")
        assert QApplication.focusWidget() is radios.buttons[1]
        assert radios.buttons[1].isChecked()


@pytest.mark.parametrize("where", ["st.container(height=240)", "st.sidebar"])
def test_a_scrolled_container_keeps_what_it_shows_when_a_rerun_inserts_above_it(
    rerunqt_pilot, write_script, where
) -> None:
    script = write_script(
        f"""
        import rerunqt as st
        runs = st.session_state.runs = st.session_state.get("runs", 0) + 1
        with {where}:
            for i in range(runs * 4):
                st.write(f"new {{i}}")
            for i in range(60):
                st.checkbox(f"line {{i}}", key=f"line{{i}}")
        """
    )
    pilot = rerunqt_pilot(script)
    line_30 = pilot.record(key="line30").widget
    area = line_30.parentWidget()
    while not isinstance(area, QScrollArea):  # the innermost scrolling view
        area = area.parentWidget()
    area.ensureWidgetVisible(line_30, 0, 0)
    assert area.verticalScrollBar().value() > 0
    top = line_30.mapTo(area.viewport(), QPoint(0, 0)).y()
    pilot.rerun()
    assert line_30.mapTo(area.viewport(), QPoint(0, 0)).y() == top


def test_a_dataframe_keeps_its_current_cell_when_a_rerun_changes_its_values(
    rerunqt_pilot, write_script, qtbot
) -> None:
    script = write_script(
        """
        import pandas as pd
        import rerunqt as st
        runs = st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.dataframe(pd.DataFrame({"a": range(50), "runs": [runs] * 50}), key="live")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.activateWindow()
    view = pilot.table("live")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)  # the keyboard's cell, as the grid's
    assert view.currentIndex().row() == 3
    for runs in (2, 3):
        pilot.rerun()
        assert view.model().index(0, 1).data() == str(runs)  # the new values are shown
        assert (view.currentIndex().row(), view.currentIndex().column()) == (3, 0)
        assert view.hasFocus()
