"""st.data_editor column types on the real table: date pickers, links, drawn cells."""

from __future__ import annotations

import os

import editor_pilot
import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QTableView,
    QTimeEdit,
)

pytestmark = pytest.mark.qt

DATES = """
import datetime as dt
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"when": pd.to_datetime(["2024-02-05 12:30", "2023-11-10 18:00"]),
                   "day": [dt.date(2024, 1, 1), dt.date(2024, 6, 1)],
                   "at": [dt.time(12, 30), dt.time(18, 0)]})
out = st.data_editor(df, key="ed", column_config={
    "when": st.column_config.DatetimeColumn("When", min_value=dt.datetime(2023, 6, 1),
                                            max_value=dt.datetime(2025, 1, 1),
                                            format="D MMM YYYY, h:mm a", step=60),
    "day": st.column_config.DateColumn(format="localized", min_value=dt.date(2023, 1, 1)),
    "at": st.column_config.TimeColumn(format="hh:mm a", step=60)})
st.text(repr(out.dtypes.astype(str).tolist()))
st.text(repr(out.to_dict("list")))
"""


open_table = editor_pilot.open_editor


def edit_with(table: QTableView, qtbot, row: int, column: int):
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    while editor is not None and not isinstance(editor, (QDateTimeEdit, QLineEdit)):
        editor = editor.parentWidget()
    assert editor is not None and table.isAncestorOf(editor)
    return editor


def commit(pilot, qtbot, editor, before: int) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pilot.window.session.run_count >= before + 1)
    pilot.settle()


def shot(widget, name: str) -> None:
    """Save a screenshot when RERUNQT_SHOTS names a folder (looked at by hand)."""
    folder = os.environ.get("RERUNQT_SHOTS")
    if folder:
        widget.window().grab().save(os.path.join(folder, name))


def test_cells_read_in_their_formats_and_pickers_edit_them(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_table(rerunqt_pilot, write_script, qtbot, DATES)
    model = table.model()
    assert [model.index(0, c).data() for c in range(3)] == ["5 Feb 2024, 12:30 pm", "Jan 1, 2024",
                                                             "12:30 pm"]
    shot(table, "editor-dates.png")

    editor = edit_with(table, qtbot, 0, 0)  # a datetime: a date-time picker with a calendar
    assert type(editor) is QDateTimeEdit and editor.calendarPopup()
    assert editor.dateTime() == QDateTime(QDate(2024, 2, 5), QTime(12, 30))
    assert editor.minimumDate() == QDate(2023, 6, 1) and editor.maximumDate() == QDate(2025, 1, 1)
    assert editor.displayFormat() == "yyyy-MM-dd HH:mm"  # step=60: no seconds to pick
    editor.setDateTime(QDateTime(QDate(2024, 3, 1), QTime(9, 15, 40)))
    before = pilot.window.session.run_count
    commit(pilot, qtbot, editor, before)
    assert pilot.value(key="ed")["edited_rows"] == {0: {"when": "2024-03-01T09:16:00"}}  # stepped
    assert model.index(0, 0).data() == "1 Mar 2024, 9:16 am"

    editor = edit_with(table, qtbot, 1, 1)  # a date: a date picker, from min_value on
    assert type(editor) is QDateEdit and editor.calendarPopup()
    assert editor.minimumDate() == QDate(2023, 1, 1)
    qtbot.keyClick(editor, Qt.Key.Key_Up)  # the section under the cursor moves (the year)
    picked = editor.date()
    assert picked != QDate(2024, 6, 1)
    before = pilot.window.session.run_count
    commit(pilot, qtbot, editor, before)

    editor = edit_with(table, qtbot, 0, 2)  # a time: a time picker, no calendar
    assert type(editor) is QTimeEdit and not editor.calendarPopup()
    editor.setTime(QTime(7, 45))
    before = pilot.window.session.run_count
    commit(pilot, qtbot, editor, before)
    texts = pilot.texts("text")
    assert texts[0].startswith("['datetime64") and texts[0].endswith("'object', 'object']")
    out = eval(texts[1], {"Timestamp": __import__("pandas").Timestamp, "datetime": __import__("datetime")})
    assert out["when"][0] == __import__("pandas").Timestamp("2024-03-01 09:16:00")
    assert out["day"][1] == picked.toPython()
    assert str(out["at"][0]) == "07:45:00"


LINKS = """
import rerunqt as st
urls = ["https://foo.example.com", "https://bar.example.com/x"]
st.data_editor({"site": urls, "progress": [25, 80], "trend": [[1, 3, 2], [4, 1, 5]]}, key="ed",
               column_config={
                   "site": st.column_config.LinkColumn(display_text=r"https://(.*?)\\.example\\.com",
                                                       max_chars=40, validate=r"^https://"),
                   "progress": st.column_config.ProgressColumn(min_value=0, max_value=100),
                   "trend": st.column_config.LineChartColumn()})
st.dataframe({"site": urls}, key="df", column_config={
    "site": st.column_config.LinkColumn(display_text="Open link")})
"""


def test_text_in_a_disabled_date_column_is_shown_in_its_format_as_st_dataframe_shows_it(
        rerunqt_pilot, write_script, qtbot) -> None:
    # release demos 1.23 (text dates under DateColumn(), disabled): the editor showed the
    # raw text where st.dataframe (and Streamlit's grid, both) formats it
    _, table = open_table(rerunqt_pilot, write_script, qtbot, """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"day": ["2023-04-01", "x"], "at": ["2023-04-02 14:30", None]})
st.data_editor(df, key="ed", disabled=["day", "at"], column_config={
    "day": st.column_config.DateColumn(format="DD.MM.YYYY"),
    "at": st.column_config.DatetimeColumn(format="D MMM YYYY, h:mm a")})
""")
    model = table.model()
    assert [model.index(0, c).data() for c in range(2)] == ["01.04.2023", "2 Apr 2023, 2:30 pm"]
    assert model.index(1, 0).data() == "x"  # not a date: as it is


def test_links_show_their_display_text_and_open_in_the_browser(
        rerunqt_pilot, write_script, qtbot, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    pilot, table = open_table(rerunqt_pilot, write_script, qtbot, LINKS)
    model = table.model()
    assert [model.index(r, 0).data() for r in range(2)] == ["foo", "bar"]
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).underline()
    # drawn, read-only columns: no text, no editor
    assert model.index(0, 1).data() is None and model.index(0, 2).data() is None
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    shot(table, "editor-links.png")

    cell = table.visualRect(model.index(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     QPoint(table.visualRect(model.index(1, 0)).left() + 8, cell.y()))
    assert opened == ["https://bar.example.com/x"]

    editor = edit_with(table, qtbot, 0, 0)  # a plain Enter/F2 edits: max_chars limits typing
    assert isinstance(editor, QLineEdit) and editor.maxLength() == 40
    editor.selectAll()
    qtbot.keyClicks(editor, "ftp://nope")  # fails validate=: refused, the cell keeps its URL
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    pilot.settle()
    assert pilot.value(key="ed")["edited_rows"] == {}
    assert model.index(0, 0).data() == "foo"

    frame = pilot.table(key="df")
    frame_model = frame.model()
    assert frame_model.index(0, 0).data() == "Open link"
    rect = frame.visualRect(frame_model.index(0, 0))
    qtbot.mouseClick(frame.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))
    assert opened[-1] == "https://foo.example.com"
    frame.setFocus()
    frame.setCurrentIndex(frame_model.index(1, 0))
    qtbot.keyClick(frame, Qt.Key.Key_Return)
    assert opened[-1] == "https://bar.example.com/x"


def test_a_list_of_text_is_typed_as_comma_separated_items(rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_table(rerunqt_pilot, write_script, qtbot, """
import rerunqt as st
out = st.data_editor({"tags": [["a", "b"], ["c"]]}, key="ed",
                     column_config={"tags": st.column_config.ListColumn("Tags")})
st.text(repr(out))
""")
    model = table.model()
    assert model.index(0, 0).data() == "a, b"
    editor = edit_with(table, qtbot, 1, 0)
    assert editor.text() == "c"
    editor.selectAll()
    qtbot.keyClicks(editor, "c, d ,e")
    before = pilot.window.session.run_count
    commit(pilot, qtbot, editor, before)
    assert pilot.texts("text") == ["{'tags': [['a', 'b'], ['c', 'd', 'e']]}"]
    assert model.index(1, 0).data() == "c, d, e"


OPTIONS = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"category": [["exploration", "visualization"], ["llm"]], "n": [1, 2]})
out = st.data_editor(df, key="ed", column_config={
    "category": st.column_config.MultiselectColumn(
        "App Categories", options=["exploration", "visualization", "llm"],
        color=["#ffa421", "#803df5", "#00c0f2"], format_func=lambda x: x.capitalize())})
st.text(repr(out["category"].tolist()))
"""


def open_options(table: QTableView, qtbot, row: int, column: int) -> QListWidget:
    """Open a MultiselectColumn cell with F2: its options pop up, the list has the keys."""
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QListWidget))
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QListWidget) and table.isAncestorOf(popup.parentWidget())
    return popup


def checked(popup: QListWidget) -> list[str]:
    found = (popup.item(i) for i in range(popup.count()))
    return [item.text() for item in found if item.checkState() == Qt.CheckState.Checked]


def test_a_multiselect_column_is_edited_with_a_checkable_option_list(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot, table = open_table(rerunqt_pilot, write_script, qtbot, OPTIONS)
    popup = open_options(table, qtbot, 1, 0)
    # the options, by their format_func labels, in their colours; the cell's value checked
    assert [popup.item(i).text() for i in range(popup.count())] == ["Exploration", "Visualization", "Llm"]
    assert [popup.item(i).background().color().name() for i in range(3)] == ["#ffa421", "#803df5", "#00c0f2"]
    assert checked(popup) == ["Llm"]
    shot(table, "editor-multiselect.png")

    qtbot.keyClick(popup, Qt.Key.Key_Down)  # arrows move, Space toggles, Enter commits
    qtbot.keyClick(popup, Qt.Key.Key_Space)
    assert checked(popup) == ["Visualization", "Llm"]
    before = pilot.window.session.run_count
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pilot.window.session.run_count >= before + 1)
    pilot.settle()
    assert QApplication.activePopupWidget() is None  # the editor closed, with its list
    assert pilot.texts("text") == ["[['exploration', 'visualization'], ['visualization', 'llm']]"]
    assert list(pilot.value(key="ed")["edited_rows"][1]["category"]) == ["visualization", "llm"]

    popup = open_options(table, qtbot, 0, 0)  # a click toggles; Escape leaves the cell as it was
    assert checked(popup) == ["Exploration", "Visualization"]
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualItemRect(popup.item(2)).center())
    assert checked(popup) == ["Exploration", "Visualization", "Llm"]
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    pilot.settle()
    assert QApplication.activePopupWidget() is None  # the editor closed, with its list
    assert list(pilot.value(key="ed")["edited_rows"][1]["category"]) == ["visualization", "llm"]
    assert pilot.texts("text") == ["[['exploration', 'visualization'], ['visualization', 'llm']]"]


def test_lists_of_numbers_bools_and_sets_are_chips_in_both_tables(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid draws a column of sets, or of tuples of bools, as list chips (Arrow
    sends both as lists), in st.data_editor and st.dataframe; they showed as "{1, 2}" and
    "(True, False)". The edited copy keeps the sets."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
data = {"s": [{1, 2}, set(), None], "b": [(True, False), (), None]}
st.text(repr(st.data_editor(data, key="ed")["s"]))
st.dataframe(data, key="frame")
"""))
    table = pilot.widget(key="ed")
    delegate = table.itemDelegate()
    model = table.model()
    assert [delegate.chips_at(model.index(r, c)) for c in (0, 1) for r in (0, 1)] == [True] * 4
    assert not delegate.chips_at(model.index(2, 0))  # None: the faded "None"
    frame = pilot.table(key="frame")
    assert frame.column_delegate.chip_columns == {0, 1}
    assert pilot.texts("text") == ["[{1, 2}, set(), None]"]


def test_durations_read_humanized_in_the_editor(rerunqt_pilot, write_script) -> None:
    """A timedelta cell reads as Streamlit's grid shows it ("a day", "2 hours"), not "1 day, 0:00:00"."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
st.data_editor(pd.DataFrame({"t": [pd.Timedelta("1 days"), pd.Timedelta("2 hours")]}), key="ed")
"""))
    model = pilot.widget(key="ed").model()
    assert [model.index(r, 0).data() for r in range(2)] == ["a day", "2 hours"]


def test_a_checkbox_column_over_words_shows_check_boxes(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid reads "yes" / "no" in a CheckboxColumn as booleans (toSafeBoolean),
    in st.data_editor as in st.dataframe; other words keep their text."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.data_editor({"c": ["yes", "no", "invalid", None]}, key="ed",
               column_config={"c": st.column_config.CheckboxColumn()})
"""))
    model = pilot.widget(key="ed").model()
    cells = [model.index(r, 0) for r in range(4)]
    checked = Qt.ItemDataRole.CheckStateRole
    assert [model.data(i, checked) for i in cells] == [
        Qt.CheckState.Checked, Qt.CheckState.Unchecked, None, Qt.CheckState.Unchecked]
    assert [model.data(i) for i in cells] == [None, None, "invalid", None]


def test_a_styler_styles_only_the_columns_that_cannot_be_edited(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 writes a Styler's texts, colours and weight in st.data_editor's locked
    columns (``disabled=``) and ignores it in editable ones; it was ignored everywhere."""
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st, pandas as pd\n"
        "df = pd.DataFrame({'a': [0.1234, 0.5], 'n': [1, 2]})\n"
        "s = df.style.format({'a': '{:.1%}'}).map(lambda v: 'color: red; font-weight: bold')\n"
        "s = s.highlight_max(color='orange')\n"
        "st.data_editor(s, key='ed', disabled=['a'], num_rows='dynamic')\n"))
    model = pilot.widget(key="ed").model()
    role = Qt.ItemDataRole
    assert [model.index(r, 0).data() for r in range(2)] == ["12.3%", "50.0%"]
    assert model.index(0, 0).data(role.ForegroundRole).name() == "#ff0000"
    assert model.index(1, 0).data(role.BackgroundRole).name() == "#ffa500"
    assert model.index(0, 0).data(role.FontRole).bold()
    assert [model.index(r, 1).data() for r in range(2)] == ["1", "2"]  # editable: as the data
    assert model.index(1, 1).data(role.BackgroundRole) is None
    assert model.index(2, 0).data() == "+"  # the row to type a new one into: its mark only


def test_row_height_below_the_default_makes_short_rows(rerunqt_pilot, write_script) -> None:
    """row_height=20 draws 20 px rows, as Streamlit's grid; the 35 px default was a floor."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.data_editor({'a': list(range(30))}, key='ed', row_height=20)
"""))
    table = pilot.widget(key="ed")
    assert table.rowHeight(0) == 20 and table.verticalHeader().defaultSectionSize() == 20
