"""radio, selectbox and multiselect on real widgets, driven by real mouse and key events."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QRadioButton, QWidget

from rerunqt.qt.adapters.multiselect import Chip, MultiField
from rerunqt.qt.adapters.radio import RadioGroup

pytestmark = pytest.mark.qt

CLICK = Qt.MouseButton.LeftButton


def runs(pilot) -> int:
    return pilot.window.session.run_count


def state(pilot, key: str):
    return pilot.window.session.state[key]


def focus(pilot, qtbot, widget: QWidget) -> None:
    pilot.window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def record_events(pilot) -> list:
    """Every event the window's widgets emit from now on (wrapping the host's emit)."""
    events: list = []
    host = pilot.window.host
    emit = host.emit

    def recording(event):
        events.append(event)
        emit(event)

    host.emit = recording
    return events


def click_item(qtbot, combo: QComboBox, text: str) -> None:
    """Open ``combo``'s list with a click and click the row showing ``text``."""
    qtbot.mouseClick(combo, CLICK)
    opened = time.monotonic()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    # Qt ignores a release on the list within a double-click interval of opening it
    guard = QApplication.doubleClickInterval() / 1000 + 0.05
    qtbot.waitUntil(lambda: time.monotonic() - opened > guard)
    [row] = [r for r in range(combo.count()) if combo.itemText(r) == text]
    rect = view.visualRect(combo.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), CLICK, pos=rect.center())


# --------------------------------------------------------------------------------------
# radio
# --------------------------------------------------------------------------------------

RADIO_APP = """
import rerunqt as st
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
pick = st.radio("Pick", ["alpha", "beta", "gamma"], key="r", on_change=changed,
                captions=["the first", "the second", "the third"])
st.write("picked", pick, "calls", st.session_state.get("calls", 0))
"""


def test_radio_click_sets_the_option_with_exactly_one_run(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(RADIO_APP))
    radios = pilot.widget(key="r")
    assert isinstance(radios, RadioGroup)
    assert [b.text() for b in radios.buttons] == ["alpha", "beta", "gamma"]
    assert radios.buttons[0].isChecked()
    captions = [label.text() for label in radios.findChildren(QLabel)
                if label.objectName() == "rqRadioCaption"]
    assert captions == ["the first", "the second", "the third"]
    before = runs(pilot)
    events = record_events(pilot)
    qtbot.mouseClick(radios.buttons[2], CLICK)
    pilot.settle()
    assert [e.value for e in events] == [2]  # one event, not one per toggled button
    assert runs(pilot) == before + 1
    assert state(pilot, "r") == "gamma"
    assert state(pilot, "calls") == 1
    assert pilot.texts("markdown") == ["picked gamma calls `1`"]
    assert pilot.widget(key="r") is radios  # updated in place
    assert radios.buttons[2].isChecked() and not radios.buttons[0].isChecked()
    qtbot.mouseClick(radios.buttons[2], CLICK)  # the checked option again: no change, no run
    pilot.settle()
    assert runs(pilot) == before + 1


def test_radio_captions_show_their_markdown(rerunqt_pilot, write_script) -> None:
    """Streamlit's st_radio e2e app (radio 10) gives Markdown captions; Streamlit draws them
    as Markdown (bold, code, colours), not with their asterisks and backticks."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.radio("Pick", ["A", "B", "C", "D"], key="r",
                 captions=["**bold text**", "`code text`", ":red[red] :blue[blue]", "plain"])
    """))
    notes = [label for label in pilot.widget(key="r").findChildren(QLabel)
             if label.objectName() == "rqRadioCaption"]
    shown = []
    for note in notes:
        doc = QTextDocument()
        if note.textFormat() == Qt.TextFormat.RichText:
            doc.setHtml(note.text())
        elif note.textFormat() == Qt.TextFormat.MarkdownText:
            doc.setMarkdown(note.text())
        else:
            doc.setPlainText(note.text())
        shown.append(doc.toPlainText().strip())
    assert shown == ["bold text", "code text", "red blue", "plain"]


def test_radio_arrow_keys_move_the_choice_one_event_each(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(RADIO_APP))
    radios = pilot.widget(key="r")
    focus(pilot, qtbot, radios.buttons[0])
    before = runs(pilot)
    events = record_events(pilot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    pilot.settle()
    assert [e.value for e in events] == [1]
    assert state(pilot, "r") == "beta"
    assert runs(pilot) == before + 1
    assert radios.buttons[1].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    pilot.settle()
    assert state(pilot, "r") == "gamma"
    assert runs(pilot) == before + 2
    assert state(pilot, "calls") == 2


def test_radio_value_set_by_code_and_none_show_without_an_event(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        def clear():
            st.session_state.r = None
        def last():
            st.session_state.r = 30
        st.radio("N", [10, 20, 30], horizontal=True, key="r")
        st.button("Clear", on_click=clear)
        st.button("Last", on_click=last)
        """
    )
    pilot = rerunqt_pilot(script)
    radios = pilot.widget(key="r")
    before = runs(pilot)
    pilot.click(label="Last")
    assert radios.buttons[2].isChecked()
    assert runs(pilot) == before + 1
    pilot.click(label="Clear")
    assert not any(b.isChecked() for b in radios.buttons)
    assert radios.group.checkedId() == -1
    assert runs(pilot) == before + 2
    assert state(pilot, "r") is None
    qtbot.mouseClick(radios.buttons[1], CLICK)  # after "none", a click still works
    pilot.settle()
    assert state(pilot, "r") == 20
    assert runs(pilot) == before + 3


def test_radio_options_change_in_place_and_disabled(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        more = st.checkbox("More", key="more")
        opts = ["a", "b", "c", "d"] if more else ["a", "b"]
        st.radio("R", opts, key="r", disabled=st.checkbox("Off", key="off"))
        """
    )
    pilot = rerunqt_pilot(script)
    radios = pilot.widget(key="r")
    assert len(radios.buttons) == 2
    pilot.set_value(True, key="more")
    assert pilot.widget(key="r") is radios
    assert [b.text() for b in radios.buttons] == ["a", "b", "c", "d"]
    assert radios.buttons[0].isChecked()
    pilot.set_value(True, key="off")
    assert not radios.buttons[3].isEnabled()
    before = runs(pilot)
    qtbot.mouseClick(radios.buttons[3], CLICK)
    pilot.settle()
    assert runs(pilot) == before
    assert state(pilot, "r") == "a"


# --------------------------------------------------------------------------------------
# selectbox
# --------------------------------------------------------------------------------------

SELECT_APP = """
import rerunqt as st
def changed(tag, *, n):
    st.session_state.log = st.session_state.get("log", []) + [(tag, n, st.session_state.s)]
s = st.selectbox("Contact", ["Email", "Home phone", "Mobile phone"], index=None, key="s",
                 on_change=changed, args=("t",), kwargs={"n": 1}, placeholder="Pick one")
st.write("got", s)
"""


def test_selectbox_shows_placeholder_and_a_clicked_item_is_one_run(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot = rerunqt_pilot(write_script(SELECT_APP))
    combo = pilot.widget(key="s")
    assert isinstance(combo, QComboBox)
    assert combo.currentIndex() == -1
    assert combo.placeholderText() == "Pick one"
    assert not combo.isEditable()
    before = runs(pilot)
    events = record_events(pilot)
    click_item(qtbot, combo, "Mobile phone")
    pilot.settle()
    assert [e.value for e in events] == [2]
    assert runs(pilot) == before + 1
    assert state(pilot, "s") == "Mobile phone"
    assert state(pilot, "log") == [("t", 1, "Mobile phone")]
    assert combo.currentText() == "Mobile phone"
    assert pilot.widget(key="s") is combo
    click_item(qtbot, combo, "Mobile phone")  # the same item: no change, no run
    pilot.settle()
    assert runs(pilot) == before + 1


def test_selectbox_keyboard_arrows_and_popup(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.selectbox("N", range(1, 6), format_func=lambda n: f"#{n}", key="s")
        """
    )
    pilot = rerunqt_pilot(script)
    combo = pilot.widget(key="s")
    assert [combo.itemText(i) for i in range(combo.count())] == ["#1", "#2", "#3", "#4", "#5"]
    focus(pilot, qtbot, combo)
    before = runs(pilot)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    pilot.settle()
    assert state(pilot, "s") == 2
    assert runs(pilot) == before + 1
    qtbot.keyClick(combo, Qt.Key.Key_Space)  # opens the list
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    pilot.settle()
    assert state(pilot, "s") == 4
    assert runs(pilot) == before + 2


def test_selectbox_type_ahead_picks_the_matching_option(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SELECT_APP))
    combo = pilot.widget(key="s")
    focus(pilot, qtbot, combo)
    before = runs(pilot)
    qtbot.keyClick(combo, Qt.Key.Key_M)
    pilot.settle()
    assert state(pilot, "s") == "Mobile phone"
    assert runs(pilot) == before + 1


def test_selectbox_value_set_by_code_and_empty_options(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        def pick():
            st.session_state.s = "c"
        def clear():
            st.session_state.s = None
        st.selectbox("S", ["a", "b", "c"], key="s")
        st.selectbox("Empty", [], key="e")
        st.button("Pick c", on_click=pick)
        st.button("Clear", on_click=clear)
        """
    )
    pilot = rerunqt_pilot(script)
    combo = pilot.widget(key="s")
    before = runs(pilot)
    pilot.click(label="Pick c")
    assert combo.currentText() == "c"
    pilot.click(label="Clear")
    assert combo.currentIndex() == -1
    assert runs(pilot) == before + 2  # no echo from the programmatic changes
    empty = pilot.widget(key="e")
    assert not empty.isEnabled()
    assert empty.placeholderText() == "No options to select."


def test_selectbox_wheel_does_not_change_an_unfocused_box(rerunqt_pilot, write_script, qtbot) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    pilot = rerunqt_pilot(write_script(SELECT_APP))
    combo = pilot.widget(key="s")
    assert not combo.hasFocus()
    center = QPointF(combo.rect().center())
    event = QWheelEvent(center, QPointF(combo.mapToGlobal(center.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    pilot.settle()
    assert combo.currentIndex() == -1
    assert state(pilot, "s") is None


# --------------------------------------------------------------------------------------
# multiselect
# --------------------------------------------------------------------------------------

MULTI_APP = """
import rerunqt as st
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
m = st.multiselect("Colours", ["Green", "Yellow", "Red", "Blue"], default=["Yellow"], key="m",
                   on_change=changed)
st.write("got", ", ".join(m))
"""


def chips(multi: MultiField) -> list[str]:
    return [chip.label.text() for chip in multi.chips]


def test_multiselect_add_by_click_and_remove_by_chip_x(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(MULTI_APP))
    multi = pilot.widget(key="m")
    assert isinstance(multi, MultiField)
    assert chips(multi) == ["Yellow"]
    combo = multi.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Green", "Red", "Blue"]
    before = runs(pilot)
    events = record_events(pilot)
    click_item(qtbot, combo, "Blue")
    pilot.settle()
    assert [e.value for e in events] == [(1, 3)]  # indices of Yellow and Blue
    assert runs(pilot) == before + 1
    assert state(pilot, "m") == ["Yellow", "Blue"]
    assert chips(multi) == ["Yellow", "Blue"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Green", "Red"]
    assert pilot.texts("markdown") == ["got Yellow, Blue"]
    chip = multi.chips[0]
    assert isinstance(chip, Chip)
    qtbot.mouseClick(chip.close_button, CLICK)
    pilot.settle()
    assert runs(pilot) == before + 2
    assert state(pilot, "m") == ["Blue"]
    assert chips(multi) == ["Blue"]
    assert state(pilot, "calls") == 2
    assert pilot.widget(key="m") is multi


def test_multiselect_clear_all(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(MULTI_APP))
    multi = pilot.widget(key="m")
    assert multi.clear_button.isVisible()
    before = runs(pilot)
    qtbot.mouseClick(multi.clear_button, CLICK)
    pilot.settle()
    assert state(pilot, "m") == []
    assert runs(pilot) == before + 1
    assert chips(multi) == []
    assert not multi.clear_button.isVisible()
    assert multi.combo.placeholderText() == "Choose options"


def test_multiselect_add_box_shows_no_option_after_the_first_chip(rerunqt_pilot, write_script, qtbot) -> None:
    """The add box after the chips is empty, as in Streamlit: it showed the next option's
    name (Qt chose row 0 when the hint became empty) once the first option was picked, or
    once a full multiselect had room again."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.multiselect("Fruit", ["apple", "banana", "cherry"], key="f")
        st.multiselect("Two", ["a", "b", "c"], default=["a"], max_selections=2, key="two")
    """))
    fruit = pilot.widget(key="f")
    click_item(qtbot, fruit.combo, "apple")
    pilot.settle()
    assert state(pilot, "f") == ["apple"]
    assert fruit.combo.currentIndex() == -1 and fruit.combo.currentText() == ""
    two = pilot.widget(key="two")
    click_item(qtbot, two.combo, "b")
    pilot.settle()
    assert two.combo.placeholderText() == "Maximum reached"
    qtbot.mouseClick(two.chips[0].close_button, CLICK)
    pilot.settle()
    assert state(pilot, "two") == ["b"]
    assert two.combo.currentIndex() == -1 and two.combo.currentText() == ""


def test_a_one_line_multiselect_is_as_tall_as_a_text_field(rerunqt_pilot, write_script) -> None:
    """Streamlit's fields share one height: an empty multiselect, or one with a row of chips,
    lines up with a selectbox or text_input beside it (it was 4 px taller)."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        a, b = st.columns(2)
        a.multiselect("Empty", ["x", "y"], key="empty")
        b.text_input("Search", key="search")
        c, d = st.columns(2)
        c.multiselect("Chosen", ["x", "y"], default=["x"], key="chosen")
        d.selectbox("Sort", ["Name", "Size"], key="sort")
    """))
    line = pilot.widget(key="search").height()
    assert pilot.widget(key="sort").height() == line
    assert pilot.widget(key="empty").height() == line
    chosen = pilot.widget(key="chosen")
    assert chips(chosen) == ["x"] and chosen.height() == line


def test_multiselect_keyboard_tab_space_enter_backspace(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.text_input("Before", key="t")
        st.multiselect("Colours", ["Green", "Yellow", "Red"], key="m")
        """
    )
    pilot = rerunqt_pilot(script)
    multi = pilot.widget(key="m")
    line = pilot.widget(key="t")
    focus(pilot, qtbot, line)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(multi.combo.hasFocus)
    before = runs(pilot)
    qtbot.keyClick(multi.combo, Qt.Key.Key_Space)
    qtbot.waitUntil(multi.combo.view().isVisible)
    qtbot.keyClick(multi.combo.view(), Qt.Key.Key_Down)  # the list opens on its first row
    qtbot.keyClick(multi.combo.view(), Qt.Key.Key_Return)
    pilot.settle()
    assert state(pilot, "m") == ["Yellow"]
    assert runs(pilot) == before + 1
    qtbot.keyClick(multi.combo, Qt.Key.Key_Down)  # Down opens the list, it does not pick
    qtbot.waitUntil(multi.combo.view().isVisible)
    assert state(pilot, "m") == ["Yellow"]
    qtbot.keyClick(multi.combo.view(), Qt.Key.Key_Enter)
    pilot.settle()
    assert state(pilot, "m") == ["Yellow", "Green"]
    assert runs(pilot) == before + 2
    qtbot.keyClick(multi.combo, Qt.Key.Key_Backspace)
    pilot.settle()
    assert state(pilot, "m") == ["Yellow"]
    assert runs(pilot) == before + 3
    assert chips(multi) == ["Yellow"]
    qtbot.keyClick(multi.combo, Qt.Key.Key_R)  # a letter opens the list at "Red", adds nothing yet
    qtbot.waitUntil(multi.combo.view().isVisible)
    assert multi.combo.view().currentIndex().data() == "Red"
    assert runs(pilot) == before + 3
    qtbot.keyClick(multi.combo.view(), Qt.Key.Key_Return)
    pilot.settle()
    assert state(pilot, "m") == ["Yellow", "Red"]
    assert runs(pilot) == before + 4


def test_multiselect_long_option_chip_is_shortened_and_home_key_adds_nothing(
    rerunqt_pilot, write_script, qtbot
) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.multiselect("M", ["x" * 300, "short"], default=["x" * 300], key="m")
        """
    )
    pilot = rerunqt_pilot(script)
    multi = pilot.widget(key="m")
    [chip] = multi.chips
    assert chip.label.text().endswith("\u2026") and len(chip.label.text()) == 40
    assert chip.label.toolTip() == "x" * 300
    assert pilot.window.width() < 1500  # the page was not widened by the option
    focus(pilot, qtbot, multi.combo)
    before = runs(pilot)
    for key in (Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageDown):
        qtbot.keyClick(multi.combo, key)  # each opens the list; none picks an option
        qtbot.waitUntil(multi.combo.view().isVisible)
        multi.combo.hidePopup()
    pilot.settle()
    assert runs(pilot) == before
    assert state(pilot, "m") == ["x" * 300]


def test_multiselect_at_max_selections_refuses_more_with_a_hint(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.multiselect("Two", ["a", "b", "c", "d"], default=["a"], max_selections=2, key="m")
        """
    )
    pilot = rerunqt_pilot(script)
    multi = pilot.widget(key="m")
    combo = multi.combo
    click_item(qtbot, combo, "c")
    pilot.settle()
    assert state(pilot, "m") == ["a", "c"]
    model = combo.model()
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0].startswith("You can select at most 2 options")
    assert texts[1:] == ["b", "d"]
    assert not any(model.item(i).isEnabled() for i in range(combo.count()))
    assert combo.placeholderText() == "Maximum reached"
    before = runs(pilot)
    click_item(qtbot, combo, "d")  # a disabled item: nothing happens
    combo.hidePopup()
    multi._picked(2)  # even if one got through, it is refused
    pilot.settle()
    assert runs(pilot) == before
    assert state(pilot, "m") == ["a", "c"]
    qtbot.mouseClick(multi.chips[0].close_button, CLICK)  # removing one frees a slot
    pilot.settle()
    assert state(pilot, "m") == ["c"]
    assert all(model.item(i).isEnabled() for i in range(combo.count()))


def test_multiselect_value_set_by_code_shows_without_an_event(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        def all_of_them():
            st.session_state.m = ["c", "a", "b"]
        st.multiselect("M", ["a", "b", "c"], key="m", disabled=st.checkbox("Off", key="off"))
        st.button("All", on_click=all_of_them)
        """
    )
    pilot = rerunqt_pilot(script)
    multi = pilot.widget(key="m")
    before = runs(pilot)
    pilot.click(label="All")
    assert chips(multi) == ["c", "a", "b"]
    assert multi.combo.itemText(0) == "No more options."
    assert runs(pilot) == before + 1
    pilot.set_value(True, key="off")
    assert not multi.isEnabled()
    assert not multi.chips[0].close_button.isEnabled()


def test_tab_order_and_accessible_names(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.radio("R", ["a", "b"], key="r")
        st.selectbox("S", ["a", "b"], key="s")
        st.multiselect("M", ["a", "b"], key="m")
        """
    )
    pilot = rerunqt_pilot(script)
    radios, combo, multi = pilot.widget(key="r"), pilot.widget(key="s"), pilot.widget(key="m")
    assert radios.accessibleName() == "R"
    assert combo.accessibleName() == "S"
    assert multi.accessibleName() == "M"
    assert isinstance(radios.buttons[0], QRadioButton)
    focus(pilot, qtbot, radios.buttons[0])
    qtbot.keyClick(radios.buttons[0], Qt.Key.Key_Tab)  # the radio group is one Tab stop
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    qtbot.waitUntil(multi.combo.hasFocus)
    assert multi.property("focused") is True  # the whole field shows the focus
    qtbot.keyClick(multi.combo, Qt.Key.Key_Backtab)
    qtbot.waitUntil(combo.hasFocus)
    assert multi.property("focused") is False


def test_screenshot_of_the_choice_widgets(rerunqt_pilot, write_script, tmp_path) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.radio("Radio", ["alpha", "beta & gamma", "delta"], index=1, key="r1")
        st.radio("Horizontal", ["one", "two", "three"], horizontal=True,
                 captions=["first", "second", "third"], key="r2")
        st.selectbox("Selectbox", ["Email", "Home phone"], key="s1")
        st.selectbox("Nothing chosen", ["Email", "Home phone"], index=None, key="s2")
        st.multiselect("Multiselect", ["Green", "Yellow", "Red", "Blue", "A rather long option"],
                       default=["Yellow", "Red", "A rather long option", "Blue"], key="m1")
        st.multiselect("Empty", ["a", "b"], key="m2")
        """
    )
    pilot = rerunqt_pilot(script)
    pilot.window.resize(480, 760)
    pilot.settle()
    QApplication.processEvents()
    QApplication.processEvents()
    multi = pilot.widget(key="m1")
    assert multi.box.height() >= 2 * multi.chips[0].height()  # the chips wrapped onto two lines
    combo = multi.combo  # after the last chip, the add-box fills the rest of its line
    assert combo.geometry().right() >= multi.box.width() - 2
    assert combo.geometry().left() > multi.chips[-1].geometry().right()
    assert all(chip.width() <= multi.box.width() for chip in multi.chips)
    combo = pilot.widget(key="s1")
    assert combo.width() > 200 and combo.height() >= 30
    assert pilot.window.grab().save(str(tmp_path / "choice.png"))


def test_chips_and_the_add_box_share_one_line_in_a_narrow_field(rerunqt_pilot, write_script) -> None:
    # the add box was as wide as the longest option, so two short chips in a sidebar-wide
    # field pushed it onto a second, empty line
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
with st.sidebar:
    st.multiselect("Region", ["N", "S", "E", "W", "a much longer option than the others"],
                   default=["N", "S"], key="chips")
    st.multiselect("None yet", ["N", "S"], key="empty")
"""))
    chips, empty = (pilot.record(key=k).widget for k in ("chips", "empty"))
    pilot.qtbot.waitUntil(lambda: chips.field.height() > 0)
    assert chips.field.height() == empty.field.height()  # one line, as the empty field


def test_chips_that_fill_most_of_a_sidebar_field_keep_the_add_box_on_their_line(
        rerunqt_pilot, write_script) -> None:
    # release demo 1.28 (a species filter in the sidebar): with "cat" and "dog" chosen, the
    # empty add box (still 60 px) did not fit beside them and opened a second, empty line
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
with st.sidebar:
    st.multiselect("Select species", ["cat", "dog", "fish"], default=["cat", "dog"], key="two")
    st.multiselect("None yet", ["cat"], key="empty")
"""))
    two, empty = (pilot.record(key=k).widget for k in ("two", "empty"))
    pilot.qtbot.waitUntil(lambda: two.field.height() > 0)
    assert two.field.height() == empty.field.height()
    field = two.field
    assert field.combo.geometry().top() < field.chips[0].geometry().bottom()  # the same line


def test_an_option_that_is_none_is_shown_when_chosen(rerunqt_pilot, write_script) -> None:
    """``[None, "Requester", "Admin"]`` (Streamlit's dynamic-navigation tutorial) starts on
    the option None, shown as "None" (Streamlit sends index 0), not as the placeholder."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
role = st.selectbox("Choose your role", [None, "Requester", "Admin"], key="role")
pick = st.radio("Pick", [None, "a"], key="pick")
st.text(repr((role, pick)))
"""))
    box = pilot.widget(key="role")
    assert box.currentText() == "None"
    radio = pilot.window.renderer.find(key="pick")[0].widget
    from PySide6.QtWidgets import QRadioButton

    buttons = radio.findChildren(QRadioButton)
    assert buttons[0].isChecked() and buttons[0].text() == "None"
    assert pilot.texts("text") == ["(None, None)"]


def test_a_selectbox_placeholder_is_grey_and_a_choice_is_not(rerunqt_pilot, write_script) -> None:
    """As Streamlit's (and a text field's) placeholder: "Choose a room" must not look like
    a chosen option."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.selectbox("Room", ["Single", "Double"], index=None, placeholder="Choose a room", key="room")
st.selectbox("Chosen", ["Single", "Double"], key="chosen")
"""))

    def darkest(key: str) -> int:
        image = pilot.widget(key=key).grab().toImage()
        return min(image.pixelColor(x, y).lightness()
                   for x in range(8, image.width() // 2) for y in range(4, image.height() - 4))

    assert darkest("room") > darkest("chosen") + 40
    assert pilot.widget(key="room").property("empty") is True


def test_a_multiselect_hint_is_grey_and_typed_text_is_not(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.multiselect("Tags", ["a", "b"], key="m")
st.multiselect("New", ["a"], accept_new_options=True, key="n")
st.text_input("T", "typed", key="t")
"""))

    def darkest(widget) -> int:
        image = widget.grab().toImage()
        return min(image.pixelColor(x, y).lightness()
                   for x in range(8, image.width() // 2) for y in range(4, image.height() - 4))

    tags = pilot.window.renderer.find(key="m")[0].widget.field
    assert darkest(tags) > darkest(pilot.widget(key="t")) + 40
    adder = pilot.window.renderer.find(key="n")[0].widget.field.combo
    line = adder.lineEdit()
    assert line is not None and line.palette().text().color().lightness() < 100  # typed: dark


def test_a_horizontal_radio_wraps_its_options_in_a_narrow_column(rerunqt_pilot, write_script) -> None:
    # in st.columns([1, 4]) the second option was cut ("Candl"); Streamlit wraps it
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
left, right = st.columns([1, 4])
with left:
    st.radio("Chart Type", ["Line", "Candle"], horizontal=True, key="narrow")
with right:
    st.checkbox("Log Scale")
st.radio("Wide", ["Line", "Candle", "Bar"], horizontal=True, key="wide")
"""))
    pilot.window.resize(700, 600)
    pilot.settle()
    QApplication.processEvents()
    narrow, wide = pilot.widget(key="narrow"), pilot.widget(key="wide")
    for group in (narrow, wide):
        for button in group.buttons:
            assert button.width() >= button.sizeHint().width(), button.text()  # not cut
            assert button.geometry().right() <= group.width()
    line, candle = narrow.buttons
    assert candle.y() > line.y() + line.height() // 2  # the option that does not fit wraps
    assert len({b.y() for b in wide.buttons}) == 1  # room for all: one line
    assert wide.buttons[1].x() > wide.buttons[0].geometry().right()
