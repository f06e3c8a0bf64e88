"""toggle, text_area, date_input, time_input, color_picker on real Qt widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel, QToolButton

from rerunqt.qt.adapters import color_picker

pytestmark = pytest.mark.qt


def runs(pilot) -> int:
    return pilot.window.session.run_count


def focus(pilot, qtbot, widget) -> None:
    pilot.window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


# ----- toggle ---------------------------------------------------------------------------


def test_toggle_click_and_space_give_one_run_each(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        on = st.toggle("Wi-Fi", key="wifi")
        st.write("on" if on else "off")
    """))
    switch = pilot.widget(key="wifi")
    assert switch.isCheckable() and not switch.isChecked()
    assert switch.text() == "Wi-Fi" and switch.width() > 32  # the label is beside the switch
    before = runs(pilot)
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=QPoint(switch.width() - 4, switch.height() // 2))
    pilot.settle()
    assert pilot.window.session.state["wifi"] is True
    assert runs(pilot) == before + 1
    assert pilot.texts("markdown") == ["on"]
    pilot.press(Qt.Key.Key_Space, key="wifi")
    assert pilot.window.session.state["wifi"] is False
    assert runs(pilot) == before + 2
    assert pilot.widget(key="wifi") is switch  # updated in place


def test_toggle_value_set_by_code_shows_without_echo(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        def flip():
            st.session_state.t = not st.session_state.get("t", False)
        st.button("Flip", on_click=flip)
        st.toggle("T", key="t")
        st.toggle("Hidden label", key="h", label_visibility="hidden", disabled=True)
    """))
    switch = pilot.widget(key="t")
    before = runs(pilot)
    pilot.click(label="Flip")
    assert switch.isChecked()
    assert runs(pilot) == before + 1
    hidden = pilot.widget(key="h")
    assert hidden.text() == "" and hidden.accessibleName() == "Hidden label"
    assert not hidden.isEnabled()
    qtbot.mouseClick(hidden, Qt.MouseButton.LeftButton, pos=QPoint(10, hidden.height() // 2))
    pilot.settle()
    assert runs(pilot) == before + 1 and not hidden.isChecked()


# ----- text_area ------------------------------------------------------------------------


def test_text_area_commits_on_ctrl_enter_not_per_keystroke(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        text = st.text_area("Notes", key="notes", height=150, placeholder="Write...")
        st.write(f"len={len(text)}")
    """))
    area = pilot.widget(key="notes")
    assert area.height() == 150 and area.placeholderText() == "Write..."
    entered: list[bool] = []
    pilot.window.host.enter_pressed = lambda: entered.append(True)
    focus(pilot, qtbot, area)
    before = runs(pilot)
    qtbot.keyClicks(area, "ab")
    qtbot.keyClick(area, Qt.Key.Key_Return)  # a plain Enter is a new line
    qtbot.keyClicks(area, "c")
    assert runs(pilot) == before
    qtbot.keyClick(area, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    pilot.settle()
    assert pilot.window.session.state["notes"] == "ab\nc"
    assert runs(pilot) == before + 1
    assert entered == [True]
    assert pilot.texts("markdown") == ["len=4"]
    qtbot.keyClick(area, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # unchanged: no run
    pilot.settle()
    assert runs(pilot) == before + 1


def test_text_area_commits_on_focus_out_and_esc_reverts(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.text_area("A", "start", key="a")
        st.text_input("B", key="b")
    """))
    area, other = pilot.widget(key="a"), pilot.widget(key="b")
    focus(pilot, qtbot, area)
    area.moveCursor(area.textCursor().MoveOperation.End)
    qtbot.keyClicks(area, "!!")
    qtbot.keyClick(area, Qt.Key.Key_Escape)
    assert area.toPlainText() == "start"
    before = runs(pilot)
    qtbot.keyClicks(area, "?")
    focus(pilot, qtbot, other)
    pilot.settle()
    assert pilot.window.session.state["a"] == "start?"
    assert runs(pilot) == before + 1


def test_text_area_max_chars_refuses_input_and_shows_counter(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.text_area("Short", key="s", max_chars=5)
        st.text_area("Free", key="f")
    """))
    area = pilot.widget(key="s")
    counter = pilot.record(key="s").widget.findChild(QLabel, "rqTextAreaCounter")
    assert counter.isVisible() and counter.text() == "0/5"
    free_counter = pilot.record(key="f").widget.findChild(QLabel, "rqTextAreaCounter")
    assert not free_counter.isVisible()
    focus(pilot, qtbot, area)
    qtbot.keyClicks(area, "abcdefgh")
    assert area.toPlainText() == "abcde"
    assert counter.text() == "5/5"
    area.selectAll()
    area.insertPlainText("0123456789")  # a paste: clipped too
    assert area.toPlainText() == "01234"
    qtbot.keyClick(area, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    pilot.settle()
    assert pilot.window.session.state["s"] == "01234"


def test_text_area_keeps_an_edit_in_progress_but_takes_code_values(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        def reset():
            st.session_state.a = "from code"
        st.text_area("A", key="a")
        st.toggle("Other", key="o")
        st.button("Reset", on_click=reset)
    """))
    area = pilot.widget(key="a")
    focus(pilot, qtbot, area)
    qtbot.keyClicks(area, "hello")
    cursor = area.textCursor()
    cursor.setPosition(2)
    area.setTextCursor(cursor)
    pilot.widget(key="o").click()  # another widget reruns; the edit was committed first
    pilot.settle()
    assert pilot.widget(key="a") is area
    assert area.toPlainText() == "hello" and area.hasFocus()
    assert area.textCursor().position() == 2
    assert pilot.window.session.state["a"] == "hello"
    pilot.click(label="Reset")
    assert area.toPlainText() == "from code"


# ----- date_input -----------------------------------------------------------------------


def test_date_input_arrow_key_steps_one_run(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        d = st.date_input("Day", dt.date(2024, 1, 30), format="DD.MM.YYYY", key="d")
        st.write(str(d))
    """))
    pair = pilot.widget(key="d")
    edit = pair.start
    assert edit.calendarPopup() and edit.displayFormat() == "dd.MM.yyyy"
    assert edit.text() == "30.01.2024"
    assert not pair.range.isVisible()
    focus(pilot, qtbot, edit)
    edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    before = runs(pilot)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    pilot.settle()
    assert pilot.window.session.state["d"] == date(2024, 1, 31)
    assert runs(pilot) == before + 1
    assert pilot.widget(key="d") is pair


def test_date_input_typing_commits_on_enter_only(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.date_input("Day", dt.date(2024, 1, 30), key="d")
    """))
    edit = pilot.widget(key="d").start
    entered: list[bool] = []
    pilot.window.host.enter_pressed = lambda: entered.append(True)
    focus(pilot, qtbot, edit)
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    before = runs(pilot)
    qtbot.keyClicks(edit, "2025")
    assert edit.text() == "2025/01/30"
    assert runs(pilot) == before
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["d"] == date(2025, 1, 30)
    assert runs(pilot) == before + 1
    assert entered == [True]


def test_date_input_calendar_popup_by_keyboard(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.date_input("Day", dt.date(2024, 5, 10), key="d")
    """))
    edit = pilot.widget(key="d").start
    focus(pilot, qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate(2024, 5, 10)
    before = runs(pilot)
    view = QApplication.focusWidget()  # the calendar's grid has the keyboard
    assert calendar.isAncestorOf(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["d"] == date(2024, 5, 11)
    assert runs(pilot) == before + 1
    assert not calendar.isVisible()
    focus(pilot, qtbot, edit)  # (offscreen Qt leaves the closed pop-up the active window)
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    qtbot.waitUntil(calendar.isVisible)
    below = edit.mapToGlobal(edit.rect().bottomLeft())
    assert 0 <= calendar.window().pos().y() - below.y() <= 6  # under the field
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert runs(pilot) == before + 1


def test_date_input_shows_a_state_date_before_the_ten_years_it_offers(
        rerunqt_pilot, write_script) -> None:
    """Streamlit's st_date_input e2e app: a date put in session state before the default
    minimum (ten years back) is kept and shown, not moved up to that minimum."""
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        if "d" not in st.session_state:
            st.session_state["d"] = dt.date(1970, 2, 3)
        st.write("Value:", st.date_input("From state", value=None, key="d"))
    """))
    assert pilot.widget(key="d").start.text() == "1970/02/03"
    assert pilot.texts("markdown") == ["Value: `1970-02-03`"]


def test_date_input_partial_and_empty_values(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.date_input("Pick", None, key="p", min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31))
        st.date_input("Range", (), key="r", min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31))
    """))
    empty = pilot.widget(key="p").start
    assert empty.text() == "yyyy/mm/dd"  # Streamlit 1.67 shows the parts it wants
    focus(pilot, qtbot, empty)
    before = runs(pilot)
    qtbot.keyClick(empty, Qt.Key.Key_Up)  # fills the field (today, kept within the bounds)
    pilot.settle()
    assert runs(pilot) == before + 1
    assert pilot.window.session.state["p"] == date(2000, 12, 31)
    assert empty.text() == "2000/12/31"
    box = pilot.widget(key="r").range
    assert box.text() == "" and box.placeholderText() == "yyyy/mm/dd \u2013 yyyy/mm/dd"
    focus(pilot, qtbot, box)
    qtbot.keyClicks(box, "2000/12/31")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["r"] == (date(2000, 12, 31),)
    assert box.text() == "2000/12/31 \u2013 "


def test_date_input_value_set_by_code(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        def later():
            st.session_state.d = dt.date(2024, 12, 25)
        st.date_input("D", dt.date(2024, 1, 1), key="d")
        st.button("Later", on_click=later)
    """))
    before = runs(pilot)
    pilot.click(label="Later")
    assert pilot.widget(key="d").start.text() == "2024/12/25"
    assert runs(pilot) == before + 1


def test_date_fields_are_as_tall_as_a_text_field_beside_them(rerunqt_pilot, write_script) -> None:
    """Streamlit's fields share one height: a date_input in a column beside a selectbox or
    text_input lines up with it (the calendar popup's frame made it 3 px taller)."""
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        a, b, c = st.columns(3)
        a.text_input("Name", key="name")
        b.date_input("Due", dt.date(2024, 6, 1), key="due")
        c.datetime_input("At", dt.datetime(2024, 6, 1, 9, 0), key="at")
        st.date_input("Span", (dt.date(2024, 1, 1), dt.date(2024, 1, 7)), key="span")
    """))
    line = pilot.widget(key="name").height()
    due = pilot.widget(key="due")
    assert due.start.height() == line and due.height() == line
    assert pilot.widget(key="at").height() == line
    span = pilot.widget(key="span")
    assert span.range.height() == span.height() == line


# ----- time_input -----------------------------------------------------------------------


def test_time_input_arrows_move_by_step_one_run_each(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        t = st.time_input("Alarm", dt.time(7, 50), key="t", step=600)
        st.write(str(t))
    """))
    edit = pilot.widget(key="t")
    assert edit.text() == "07:50" and not edit.keyboardTracking()
    assert edit.lineEdit().width() > edit.width() // 2  # the text is not squeezed by the style
    focus(pilot, qtbot, edit)
    before = runs(pilot)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    pilot.settle()
    assert pilot.window.session.state["t"] == time(8, 0)
    assert runs(pilot) == before + 1
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
        pilot.settle()
    assert pilot.window.session.state["t"] == time(7, 40)
    assert runs(pilot) == before + 3
    assert pilot.widget(key="t") is edit


def test_time_input_chevron_sits_inside_the_field_as_date_inputs(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.time_input("Alarm", dt.time(8, 45), key="t")
        st.date_input("Day", dt.date(2024, 1, 1), key="d")
    """))
    edit = pilot.widget(key="t")
    button = pilot.record(key="t").widget.findChild(QToolButton, "rqTimeMenu")
    assert button.isVisible() and button.parent() is edit
    inside = edit.rect().contains(button.geometry())
    assert inside and button.geometry().right() > edit.width() - 8  # at the box's right end
    day = pilot.widget(key="d")
    assert edit.width() == day.width() and edit.height() == day.height()  # one box, as the date's
    text = edit.lineEdit().geometry()
    assert text.right() - edit.lineEdit().textMargins().right() < button.geometry().left()


def test_time_input_typing_commits_on_enter(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.time_input("Alarm", dt.time(7, 50), key="t")
    """))
    edit = pilot.widget(key="t")
    focus(pilot, qtbot, edit)
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    before = runs(pilot)
    qtbot.keyClicks(edit, "09")
    assert edit.text() == "09:50"
    assert runs(pilot) == before
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.window.session.state["t"] == time(9, 50)
    assert runs(pilot) == before + 1


def test_time_input_list_is_bounded_anchored_and_keyboard_usable(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.time_input("Meet", None, key="m", step=dt.timedelta(hours=1))
        st.time_input("Fine", None, key="f", step=60)
    """))
    edit = pilot.widget(key="m")
    assert edit.text() == "\u2013\u2013:\u2013\u2013"
    field = pilot.record(key="m").widget
    button = field.findChild(QToolButton, "rqTimeMenu")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    popup = field.time_list
    qtbot.waitUntil(popup.isVisible)
    texts = [popup.item(i).text() for i in range(popup.count())]
    assert texts[:3] == ["00:00", "01:00", "02:00"] and len(texts) == 24
    # bounded and anchored: eight rows tall, right under the field, as wide as it
    assert popup.height() <= 8 * popup.sizeHintForRow(0) + 12
    under = edit.mapToGlobal(edit.rect().bottomLeft())
    assert abs(popup.geometry().top() - under.y()) <= 4 and abs(popup.x() - under.x()) <= 40
    before = runs(pilot)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # 00:00, the time the empty field already holds
    assert not popup.isVisible()
    pilot.settle()
    assert pilot.window.session.state["m"] == time(0, 0)
    assert runs(pilot) == before + 1 and edit.text() == "00:00"
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the keyboard way in
    qtbot.waitUntil(popup.isVisible)
    assert popup.currentItem().text() == "00:00"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualItemRect(popup.item(3)).center())
    pilot.settle()
    assert pilot.window.session.state["m"] == time(3, 0)
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and pilot.window.session.state["m"] == time(3, 0)
    fine_button = pilot.record(key="f").widget.findChild(QToolButton, "rqTimeMenu")
    assert not fine_button.isVisible()  # 1440 entries would be no help


def test_time_input_value_set_by_code(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        def noon():
            st.session_state.t = dt.time(12, 0)
        st.time_input("T", dt.time(1, 0), key="t")
        st.button("Noon", on_click=noon)
    """))
    pilot.click(label="Noon")
    assert pilot.widget(key="t").time() == QTime(12, 0)


# ----- color_picker ---------------------------------------------------------------------


def test_color_picker_click_opens_dialog_one_run(rerunqt_pilot, write_script, qtbot, monkeypatch) -> None:
    asked: list[str] = []
    answers = iter(["#00FF00", None, "#00ff00"])

    def fake_ask(parent, initial):
        asked.append(initial)
        return next(answers)

    monkeypatch.setattr(color_picker, "ask_color", fake_ask)
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        c = st.color_picker("Colour", "#336699", key="c")
        st.write(c)
    """))
    swatch = pilot.widget(key="c")
    hex_label = pilot.record(key="c").widget.findChild(QLabel, "rqColorHex")
    assert swatch.color == QColor("#336699") and hex_label.text() == "#336699"
    before = runs(pilot)
    qtbot.mouseClick(swatch, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert asked == ["#336699"]
    assert pilot.window.session.state["c"] == "#00ff00"
    assert runs(pilot) == before + 1
    assert hex_label.text() == "#00ff00"
    pilot.press(Qt.Key.Key_Return, key="c")  # cancelled: nothing happens
    pilot.press(Qt.Key.Key_Space, key="c")  # the same colour: nothing happens
    assert asked == ["#336699", "#00ff00", "#00ff00"]
    assert runs(pilot) == before + 1
    assert pilot.widget(key="c") is swatch


def test_color_picker_value_set_by_code_and_disabled(rerunqt_pilot, write_script, qtbot, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(color_picker, "ask_color", lambda parent, initial: asked.append(initial) or "#fff")
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        def red():
            st.session_state.c = "#F00"
        st.color_picker("C", key="c")
        st.color_picker("Off", key="off", disabled=True)
        st.button("Red", on_click=red)
    """))
    pilot.click(label="Red")
    assert pilot.widget(key="c").color == QColor("#ff0000")
    hex_label = pilot.record(key="c").widget.findChild(QLabel, "rqColorHex")
    assert hex_label.text() == "#F00"  # as the script wrote it (and st.color_picker returns)
    off = pilot.widget(key="off")
    qtbot.mouseClick(off, Qt.MouseButton.LeftButton)
    assert asked == []


def test_color_picker_narrower_than_its_swatch_still_shows_it(rerunqt_pilot, write_script) -> None:
    """Streamlit gives a color picker at least 40px: ``width=20`` cut the swatch off."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.color_picker("Narrow", "#95E1D3", width=20, key="c")
    """))
    pilot.settle()
    swatch = pilot.widget(key="c")
    assert swatch.isVisible() and swatch.width() >= 40
    assert pilot.record(key="c").widget.width() >= 40


# ----- all together ---------------------------------------------------------------------


def test_pickers_screenshot_and_tab_order(rerunqt_pilot, write_script, tmp_path) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.toggle("Dark mode", key="t")
        st.text_area("Notes", "Some text", max_chars=100, key="a")
        st.date_input("Trip", (dt.date(2024, 1, 2), dt.date(2024, 1, 9)), key="r")
        st.time_input("Alarm", dt.time(7, 30), key="tm")
        st.color_picker("Colour", "#3366ff", key="c")
    """))
    pilot.window.resize(640, 640)
    pilot.settle()
    QApplication.processEvents()
    shot = pilot.window.grab()
    assert not shot.isNull()
    shot.save(str(tmp_path / "pickers.png"))
    for key in ("t", "a", "r", "tm", "c"):
        record = pilot.record(key=key)
        widget = pilot.widget(key=key)
        assert widget.isVisible() and widget.width() > 20 and widget.height() > 15, key
        assert record.adapter.focus_widgets(record.widget)


def test_typed_time_and_date_are_committed_before_another_widget_reruns(
    rerunqt_pilot, write_script, qtbot
) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        st.time_input("T", dt.time(7, 50), key="t")
        st.date_input("D", dt.date(2024, 1, 30), key="d")
        st.toggle("Other", key="o")
    """))
    edit = pilot.widget(key="t")
    focus(pilot, qtbot, edit)
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "09")
    day = pilot.widget(key="d").start
    before = runs(pilot)
    pilot.widget(key="o").click()  # keeps the focus in the time field: no focus-out commit
    pilot.settle()
    assert runs(pilot) == before + 1
    assert pilot.window.session.state["t"] == time(9, 50)
    assert pilot.window.session.state["o"] is True
    assert edit.text() == "09:50"
    focus(pilot, qtbot, day)
    day.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(day, "2023")
    pilot.widget(key="o").click()
    pilot.settle()
    assert pilot.window.session.state["d"] == date(2023, 1, 30)
    assert runs(pilot) == before + 2


def test_a_date_range_in_the_sidebar_keeps_the_sidebar_s_margins(rerunqt_pilot, write_script) -> None:
    """The two fields shrink below their size hints rather than widen the sidebar's page
    past its edge (which cut its right margin off: widgets touched the panel's edge)."""
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
with st.sidebar:
    st.date_input("Dates", (dt.date(2024, 2, 1), dt.date(2024, 4, 30)), key="d")
"""))
    window = pilot.window
    window.resize(1100, 600)
    pilot.settle()
    sidebar = window.sidebar
    assert sidebar.widget().width() <= sidebar.viewport().width()
    field = window.renderer.find(key="d")[0].widget
    right = field.mapTo(sidebar.viewport(), field.rect().topRight()).x()
    assert sidebar.viewport().width() - right >= 16  # the sidebar's right margin is there
    box = field.field.range  # and the range shows whole (its last digit was cut under the
    # drop-down arrow's room)
    room = box.width() - box.textMargins().right()
    assert room >= box.fontMetrics().horizontalAdvance(box.text()) + 16


def test_text_area_heights_as_streamlit_takes_them(rerunqt_pilot, write_script, qtbot) -> None:
    """Pixels below the minimum are the minimum (they raised), and "content" (also
    "stretch" in a page column) makes the field as tall as its text, growing as it is typed."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.text_area("Small", height=30, key="small")
st.text_area("Fits", "one line", height="content", key="fits")
st.text_area("Stretch", height="stretch", key="stretch")
"""))
    assert pilot.widget(key="small").height() == 68
    fits = pilot.widget(key="fits")
    one = fits.height()
    assert one == 68
    fits.setFocus()
    qtbot.waitUntil(fits.hasFocus, timeout=2000)
    for _ in range(6):
        qtbot.keyClick(fits, Qt.Key.Key_Return)
        qtbot.keyClicks(fits, "another line")
    qtbot.waitUntil(lambda: fits.height() > one + 2 * fits.fontMetrics().lineSpacing(), timeout=2000)
    assert not fits.verticalScrollBar().isVisible()  # the page scrolls, not the field
    assert pilot.widget(key="stretch").height() >= 68


def test_number_input_none_has_no_step_and_a_grey_placeholder(rerunqt_pilot, write_script,
                                                               qtbot) -> None:
    """An empty field takes no step ("-" and "+" disabled, Up does nothing: Streamlit
    1.67 steps only from a number); a number typed enables them; at the minimum "-" is
    disabled (a step below it emptied the field once). The placeholder is grey."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
n = st.number_input("n", min_value=1, value=None, placeholder="Type a number", key="n")
st.text(repr(n))
"""))
    spin = pilot.widget(key="n")
    assert spin.property("empty") is True
    buttons = {b.accessibleName(): b for b in spin.step_buttons}
    assert not buttons["Increment"].isEnabled() and not buttons["Decrement"].isEnabled()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    pilot.settle()
    assert pilot.texts("text") == ["None"] and spin.property("empty") is True
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "1")
    assert buttons["Increment"].isEnabled() and not buttons["Decrement"].isEnabled()
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.texts("text") == ["1"] and spin.property("empty") is False
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    pilot.settle()
    assert pilot.texts("text") == ["1"]


def test_number_input_step_buttons_are_disabled_where_a_step_would_leave_the_bounds(
        rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit 1.67 disables "+" when value + step passes max_value and "-" when value -
    step passes min_value, and Up / Down there do nothing; rerunqt clamped (9.5 -> 10)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
x = st.number_input("x", min_value=0.0, max_value=10.0, value=9.5, step=1.0, key="x")
st.text(repr(x))
"""))
    spin = pilot.widget(key="x")
    buttons = {b.accessibleName(): b for b in spin.step_buttons}
    plus, minus = buttons["Increment"], buttons["Decrement"]
    assert not plus.isEnabled() and minus.isEnabled()
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    pilot.settle()
    assert pilot.texts("text") == ["9.5"]  # no clamp to 10.0
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.texts("text") == ["8.5"] and plus.isEnabled()
    for _ in range(8):
        qtbot.keyClick(spin, Qt.Key.Key_Down)
    pilot.settle()
    assert pilot.texts("text") == ["0.5"] and not minus.isEnabled() and plus.isEnabled()
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    pilot.settle()
    assert pilot.texts("text") == ["0.5"]


def test_number_input_step_buttons_sit_inside_the_fields_box(rerunqt_pilot, write_script,
                                                              qtbot) -> None:
    """Streamlit draws "-" and "+" inside the field's box at its right end (one box as wide
    as a text input), not as squares beside a shorter box; the typed text stays clear of them."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.number_input("n", value=3, key="n")
st.text_input("t", key="t")
"""))
    spin = pilot.widget(key="n")
    minus, plus = sorted(spin.step_buttons, key=lambda b: b.x())
    assert plus.accessibleName() == "Increment" and plus.isVisible()
    for button in (minus, plus):
        assert button.parent() is spin and spin.rect().contains(button.geometry())
    assert plus.geometry().right() > spin.width() - 8 and minus.geometry().right() < plus.x()
    text_field = pilot.widget(key="t")
    assert spin.width() == text_field.width() and spin.height() == text_field.height()
    line = spin.lineEdit()
    assert line.geometry().right() - line.textMargins().right() < minus.x()
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.state["n"] == 4


def test_empty_date_and_time_fields_show_a_grey_placeholder(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
st.date_input("D", value=None, key="d")
st.time_input("T", value=None, key="t")
st.date_input("Set", dt.date(2024, 1, 1), key="s")
"""))

    def field(key: str):
        widget = pilot.widget(key=key)
        return getattr(widget, "start", widget)  # a date's first field

    def darkest(key: str) -> int:
        image = field(key).grab().toImage()
        return min(image.pixelColor(x, y).lightness()
                   for x in range(8, image.width() // 2) for y in range(4, image.height() - 4))

    assert field("d").property("empty") is True and field("t").property("empty") is True
    assert darkest("d") > darkest("s") + 40 and darkest("t") > darkest("s") + 40


def test_a_black_colour_is_written_beside_its_swatch(rerunqt_pilot, write_script) -> None:
    """A new swatch starts black, so a black value looked like no change: the hex text
    beside it stayed empty."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.color_picker('Ink', '#000000', key='ink')\n"
        "st.color_picker('Paper', '#FFFFFF', key='paper')\n"))
    ink = pilot.record(key="ink").widget
    paper = pilot.record(key="paper").widget
    assert ink.hex_label.text() == "#000000" and ink.hex_label.isVisible()
    assert paper.hex_label.text() == "#FFFFFF"


def test_a_narrow_date_input_fits_its_width(rerunqt_pilot, write_script) -> None:
    """Streamlit's e2e app: width=85 (one date) and width=150 (a range) keep their boxes
    inside that width, the date clipped inside; the fields were 96 px at least, so the box
    ran past its width and a range's end field covered the start's chevron."""
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
st.date_input("Narrow single", dt.date(2019, 7, 6), width=85, key="one")
st.date_input("Narrow range", [dt.date(2019, 7, 6), dt.date(2019, 7, 20)], width=150, key="two")
"""))
    pilot.settle()
    one, two = pilot.widget(key="one"), pilot.widget(key="two")
    assert one.start.geometry().right() < 85
    assert two.range.geometry().right() < 150
    assert two.range.cursorPosition() == 0  # the start shows, the rest clipped


def test_a_range_in_a_sidebar_form_shows_both_dates_whole(rerunqt_pilot, write_script) -> None:
    """The cookbook's travel-agent app: a range in a form in the sidebar. Streamlit's one
    field shows "03/01/2026 - 01/16/2027" whole there (two fields side by side cut both)."""
    pilot = rerunqt_pilot(write_script("""
import datetime as dt
import rerunqt as st
with st.sidebar:
    with st.form("trip"):
        st.date_input("Travel dates", (dt.date(2026, 3, 1), dt.date(2027, 1, 16)),
                      format="MM/DD/YYYY", key="side")
        st.form_submit_button("Submit")
"""))
    pilot.window.resize(1000, 600)
    pilot.settle()
    box = pilot.widget(key="side").range
    assert box.text() == "03/01/2026 \u2013 01/16/2027"
    assert box.fontMetrics().horizontalAdvance(box.text()) < box.width()
