"""st.table wraps a long cell's text and its row grows; st.dataframe keeps one line."""

from __future__ import annotations

import pytest

from rerunqt.qt.adapters.frame_view import ROW_HEIGHT

pytestmark = pytest.mark.qt

LONG = "a long cell text that goes on " * 12

SCRIPT = f"""
import rerunqt as st

from rerunqt.qt.adapters.frame_view import ROW_HEIGHT
rows = {{"text": ["short", {LONG!r}, "**bold** and " + {LONG!r}], "n": [1, 2, 3]}}
st.table(rows)
st.dataframe(rows, key="df")
"""


def test_table_cells_wrap_and_rows_grow(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    table = pilot.window.renderer.find(kind="table")[0].widget
    rows = table.verticalHeader()
    line = table.fontMetrics().lineSpacing()
    assert rows.sectionSize(0) == ROW_HEIGHT  # one line: the usual row
    width = table.columnWidth(0) - 6
    assert table.fontMetrics().horizontalAdvance(LONG) > 2 * width  # three lines or more
    assert rows.sectionSize(1) >= 3 * line + 8
    assert rows.sectionSize(2) >= 3 * line + 8  # a Markdown cell wraps too
    header = table.horizontalHeader().height()
    assert table.height() == header + sum(rows.sectionSize(r) for r in range(3)) + 2 * table.frameWidth()

    frame = pilot.table(key="df")  # st.dataframe: one line per row, the text cut
    assert [frame.verticalHeader().sectionSize(r) for r in range(3)] == [ROW_HEIGHT] * 3
    assert not frame.wordWrap()

    before = rows.sectionSize(1)  # a narrower window: more lines, a taller row
    pilot.window.resize(pilot.window.width() - 300, pilot.window.height())
    pilot.settle()
    assert table.columnWidth(0) < width + 6
    assert rows.sectionSize(1) > before
    assert table.height() == header + sum(rows.sectionSize(r) for r in range(3)) + 2 * table.frameWidth()


def test_row_heights_are_measured_again_only_when_something_they_depend_on_changed(
        rerunqt_pilot, write_script, monkeypatch, qtbot) -> None:
    """Measuring reads every cell (half a second for 3000 rows): a rerun that shows the same
    table, or a spread at the same widths, reuses the heights; a narrower table measures."""
    import rerunqt.qt.adapters.dataframe as frames

    calls: list[int] = []
    measure = frames.row_heights
    monkeypatch.setattr(frames, "row_heights", lambda view, least: calls.append(1) or measure(view, least))
    pilot = rerunqt_pilot(write_script(SCRIPT + "st.button('again')\n"))
    table = pilot.window.renderer.find(kind="table")[0].widget
    pilot.settle()
    settled = len(calls)
    table.spread()  # the same widths (a viewport resize event, a scroll bar that came and went)
    table.spread()
    assert len(calls) == settled
    pilot.click(label="again")
    pilot.settle()
    assert len(calls) == settled  # the same data at the same widths
    tall = table.verticalHeader().sectionSize(1)
    pilot.window.resize(pilot.window.width() - 300, pilot.window.height())
    qtbot.waitUntil(lambda: table.verticalHeader().sectionSize(1) > tall)
    assert len(calls) > settled


def test_a_table_restyles_when_its_border_changes(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.table({"a": [1, 2]}, border=st.session_state.get("border", True))
st.button("none", on_click=lambda: st.session_state.update(border=False))
"""))
    table = pilot.window.renderer.find(kind="table")[0].widget

    def left_edge() -> int:  # the lightness of the table's left edge, half way down
        return table.grab().toImage().pixelColor(0, table.height() // 2).lightness()

    assert table.property("border") == "full" and table.showGrid()
    framed = left_edge()
    pilot.click(label="none")
    pilot.settle()
    assert table.property("border") == "none" and not table.showGrid()
    assert left_edge() > framed  # the style sheet's [border="none"] rule applies: no frame line
