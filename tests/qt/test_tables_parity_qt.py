"""st.dataframe and st.data_editor as Streamlit 1.67 draws them, on the real (offscreen) window:
pinned columns stay at the left while the table scrolls, the index of plain data is not
shown, datetime cells read alike, and the editor spans the page by default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

pytestmark = pytest.mark.qt

WIDE = """
import rerunqt as st, pandas as pd
df = pd.DataFrame({f"col{i}": [i * 1000 + r for r in range(3)] for i in range(14)})
df["name"] = ["alpha", "beta", "gamma"]
st.dataframe(df, key="t", hide_index=True,
             column_config={"name": st.column_config.TextColumn("Name", pinned=True)})
st.data_editor(df, key="ed", column_config={"name": st.column_config.TextColumn("Name", pinned=True)})
"""


def _shown_at_left(view: QTableView) -> tuple[str, list[str]]:
    """The header and cells a user sees at the table's left edge, over any pinned overlay."""
    x = (0 if view.verticalHeader().isHidden() else view.verticalHeader().width()) + view.frameWidth() + 8
    point = QPoint(x, view.horizontalHeader().height() + view.frameWidth() + 5)
    target = view.childAt(point)  # the viewport on top there: the table's or the pinned one's
    table = target.parent() if target is not None and not isinstance(target, QTableView) else target
    assert isinstance(table, QTableView)
    model = table.model()
    column = table.columnAt(table.viewport().mapFrom(view, point).x())
    header = str(model.headerData(column, Qt.Orientation.Horizontal))
    return header, [str(model.index(r, column).data()) for r in range(3)]


@pytest.mark.parametrize("key", ["t", "ed"])
def test_a_pinned_column_stays_visible_at_the_left_after_scrolling_right(
        rerunqt_pilot, write_script, qtbot, key: str) -> None:
    pilot = rerunqt_pilot(write_script(WIDE))
    pilot.window.resize(700, 600)
    view = pilot.table(key="t") if key == "t" else pilot.widget(key="ed")
    model = view.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"  # pinned columns come first
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert _shown_at_left(view) == ("Name", ["alpha", "beta", "gamma"])
    bar.setValue(bar.maximum())  # the user scrolls to the far right
    qtbot.waitUntil(lambda: view.columnAt(view.viewport().width() - 2) == model.columnCount() - 1)
    assert view.columnAt(5) > 0  # the table itself scrolled under the pinned column
    assert _shown_at_left(view) == ("Name", ["alpha", "beta", "gamma"])


def test_a_pinned_column_reads_faded_and_does_not_grow(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid fades a pinned column's text (as the index's) and grows only the
    unpinned columns of a stretched table."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({"a": [1, 2], "b": ["x", "y"], "c": [3.5, 4.5]}, key="t", hide_index=True,
             column_config={"b": st.column_config.Column(pinned=True)})
"""))
    view = pilot.table(key="t")
    model = view.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "b"
    faded = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert faded is not None and faded.name() == "#a3a8b8"
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.columnWidth(0) < 80  # its natural width ("x" and the header)
    assert view.columnWidth(1) > 250 and abs(view.columnWidth(1) - view.columnWidth(2)) <= 1


def test_a_pinned_editor_column_does_not_grow(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.data_editor({"a": [1, 2], "b": ["x", "y"], "c": [3.5, 4.5]}, key="ed", hide_index=True,
               column_config={"b": st.column_config.Column(pinned=True)})
"""))
    view = pilot.widget(key="ed")
    assert view.columnWidth(0) < 100 < 250 < view.columnWidth(1)


def test_a_wide_pinned_column_is_not_pinned(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit unpins columns that would cover more than 60% of the table."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({"a": list(range(3)), "b": list(range(3))}, key="t",
             column_config={"a": st.column_config.Column(width=2000, pinned=True)})
"""))
    view = pilot.table(key="t")
    overlay = view.frozen.overlay
    assert overlay is not None and not overlay.isVisible()


def test_the_index_of_plain_data_is_not_shown(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, numpy as np, pandas as pd
st.dataframe([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}], key="records")
st.dataframe({"a": [1, 2], "b": ["x", "y"]}, key="columns")
st.dataframe(np.arange(6).reshape(3, 2), key="matrix")
st.dataframe([[1, 2], [3, 4]], key="rows")
st.dataframe([10, 20, 30], key="values")
st.dataframe(pd.DataFrame({"a": [1, 2]}), key="pandas")
st.data_editor([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}], key="ed")
"""))
    for key in ("records", "columns", "matrix", "rows", "values"):
        assert pilot.table(key=key).verticalHeader().isHidden(), key
    assert not pilot.table(key="pandas").verticalHeader().isHidden()
    assert pilot.widget(key="ed").verticalHeader().isHidden()


def test_datetime_cells_read_alike_midnight_included(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
when = pd.to_datetime(["2024-01-01 00:00", "2024-01-01 12:30", "2024-01-02 00:00"])
st.dataframe(pd.DataFrame({"when": when}, index=when), key="t")
"""))
    model = pilot.table(key="t").model()
    assert [model.index(r, 0).data() for r in range(3)] == [
        "2024-01-01 00:00:00", "2024-01-01 12:30:00", "2024-01-02 00:00:00"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "2024-01-01 00:00:00"


def test_aware_datetimes_keep_their_offset_to_the_second_and_times_read_to_the_second(
        rerunqt_pilot, write_script) -> None:
    """Streamlit's DatetimeColumn of a zoned column is "YYYY-MM-DD HH:mm:ssZ", its TimeColumn
    "HH:mm:ss"; they read as Python writes them ("...08:03:11.123000+00:00", "06:06:22.123000")."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd, datetime as dt
when = pd.to_datetime(["2019-06-28 08:03:11.123", "2022-03-11 17:41:00.000"]).tz_localize("UTC")
st.dataframe(pd.DataFrame({"when": when, "clock": [dt.time(6, 6, 22, 123000), dt.time(10, 0)]},
                          index=when.tz_convert("America/New_York")), key="t")
"""))
    model = pilot.table(key="t").model()
    assert [model.index(r, 0).data() for r in range(2)] == [
        "2019-06-28 08:03:11+00:00", "2022-03-11 17:41:00+00:00"]
    assert [model.index(r, 1).data() for r in range(2)] == ["06:06:22", "10:00:00"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "2019-06-28 04:03:11-04:00"


def test_the_editor_spans_the_page_by_default_and_content_keeps_it_narrow(
        rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({"a": [1, 2], "b": [3, 4]}, key="t")
st.data_editor({"a": [1, 2], "b": [3, 4]}, key="wide")
st.data_editor({"a": [1, 2], "b": [3, 4]}, key="narrow", width="content", height="content")
st.data_editor({"a": [1, 2], "b": [3, 4]}, key="px", width=300)
"""))
    pilot.window.resize(900, 700)
    table, wide = pilot.table(key="t"), pilot.widget(key="wide")
    narrow, px = pilot.widget(key="narrow"), pilot.widget(key="px")
    qtbot.waitUntil(lambda: table.width() > 600 and abs(wide.width() - table.width()) <= 2)
    header = wide.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == wide.viewport().width())  # columns share the width
    assert abs(header.sectionSize(0) - header.sectionSize(1)) <= 1
    assert narrow.width() < 300 and narrow.horizontalHeader().length() < narrow.viewport().width() + 1
    assert px.width() == 300


def test_the_index_title_is_its_name_or_its_configured_label(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"a": [1, 2]}, index=pd.Index(["x", "y"], name="id"))
st.dataframe(df, key="named")
st.dataframe(df, key="labelled", column_config={"id": "Identifier"})
st.dataframe(df, key="sized", column_config={"_index": st.column_config.Column("Row", width=120)})
"""))
    named, labelled, sized = (pilot.table(key=k) for k in ("named", "labelled", "sized"))
    assert (named.corner.title, labelled.corner.title, sized.corner.title) == ("id", "Identifier", "Row")
    metrics = labelled.fontMetrics()
    assert labelled.verticalHeader().width() >= metrics.horizontalAdvance("Identifier")
    assert sized.verticalHeader().width() == 120
    assert labelled.corner.button is not None and labelled.corner.button.toolTip() == "Identifier"


@pytest.mark.parametrize("how", ["double_click", "keys"])
def test_a_pinned_editor_column_is_edited_where_it_is_seen(rerunqt_pilot, write_script, qtbot,
                                                           how: str) -> None:
    from PySide6.QtWidgets import QApplication

    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({f"col{i}": [i] for i in range(14)})
df["name"] = ["alpha"]
out = st.data_editor(df, key="ed", column_config={"name": st.column_config.TextColumn("Name", pinned=True)})
st.text("name: " + out["name"][0])
"""))
    pilot.window.resize(700, 500)
    pilot.window.activateWindow()
    view = pilot.widget(key="ed")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    overlay = view.frozen.overlay
    cell = overlay.model().index(0, 0)
    if how == "double_click":
        spot = overlay.visualRect(cell).center()
        qtbot.mouseClick(overlay.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(overlay.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    else:
        view.setFocus()
        view.setCurrentIndex(cell)
        qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.parent() is overlay.viewport()  # on top, where it is seen
    editor.selectAll()
    qtbot.keyClicks(editor, "zeta")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "name: zeta" in pilot.texts("text"), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)  # the keys go on to the table


def test_booleans_with_gaps_are_check_boxes(rerunqt_pilot, write_script) -> None:
    """Arrow reads [True, False, None] as booleans: Streamlit's grid draws check boxes (they
    read "True" / "False" as text); a column of words stays text."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st, pandas as pd
st.dataframe(pd.DataFrame({"b": [True, False, None], "w": ["True", "x", None]}), key="t")
"""))
    model = pilot.table(key="t").model()
    role = Qt.ItemDataRole.CheckStateRole
    checks = [model.index(r, 0).data(role) for r in range(2)]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert [model.index(r, 0).data() for r in range(2)] == [None, None]
    assert model.index(0, 1).data(role) is None and model.index(0, 1).data() == "True"


def test_a_checkbox_column_s_text_that_is_no_boolean_reads_faded(rerunqt_pilot, write_script) -> None:
    """Streamlit's grid shows such a value as an error cell: its text, faded."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({"c": ["yes", "no", "invalid", None]}, key="t", hide_index=True,
             column_config={"c": st.column_config.CheckboxColumn()})
"""))
    model = pilot.table(key="t").model()
    assert model.index(2, 0).data() == "invalid"
    faded = model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert faded is not None and faded.name() == "#a3a8b8"
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_pinned_checkbox_column_draws_streamlit_s_check_boxes(rerunqt_pilot, write_script) -> None:
    """The pinned columns' overlay takes the table's check boxes (a ticked one is a filled
    primary box), not the platform's bare tick."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.dataframe({"c": [True, False], "n": [1, 2]}, key="t", hide_index=True,
             column_config={"c": st.column_config.CheckboxColumn(pinned=True)})
"""))
    view = pilot.table(key="t")
    overlay = view.frozen.overlay
    assert overlay is not None and overlay.isVisible()
    image = overlay.viewport().grab().toImage()
    rect = overlay.visualRect(overlay.model().index(0, 0))
    reds = sum(1 for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
               if image.pixelColor(x, y).red() > 230 and image.pixelColor(x, y).green() < 110)
    assert reds > 60  # a filled 14 px box (the bare tick had no red)
