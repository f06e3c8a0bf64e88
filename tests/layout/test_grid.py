"""st.grid: direct children are cells; the window reflows them with its width."""

from __future__ import annotations

import pytest

from rerunqt.qt.adapters.grid import column_count
from rerunqt.testing import AppTest

SCRIPT = """
import rerunqt as st
with st.grid(3, gap="medium", key="cards") as g:
    for n in range(5):
        st.metric(f"M{n}", n)
g.text("last")
"""


def test_children_become_cells_in_order() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert not at.exception
    grid = at.grid[0]
    # Streamlit 1.67: "auto" as given, the count under column_count (columns lists st.columns)
    assert grid.column_count == 3 and grid.gap == "medium" and grid.min_column_width == "auto"
    assert len(grid.columns) == 0
    assert [m.label for m in at.metric] == [f"M{n}" for n in range(5)]
    assert at.text[0].value == "last"


def test_the_column_count_follows_the_width() -> None:
    assert column_count("auto", 192, True, 1000, 16) == 4
    assert column_count(3, 192, True, 1000, 16) == 3
    assert column_count(3, 192, True, 300, 16) == 1  # wraps to fewer columns
    assert column_count(3, 192, False, 300, 16) == 3  # kept without wrap
    assert column_count("auto", 10, True, 10_000, 0) == 24


@pytest.mark.parametrize(("call", "words"), [
    ("st.grid(0)", "columns=0"),
    ("st.grid(25)", "columns=25"),
    ("st.grid(min_column_width=-5)", "min_column_width=-5"),
    ("st.grid(gap='huge')", "gap"),
    ("st.grid(vertical_alignment='middle')", "vertical_alignment"),
    ("st.grid(row_height='tall')", "row_height='tall'"),
])
def test_bad_layout_names_the_argument(call: str, words: str) -> None:
    at = AppTest.from_string("import rerunqt as st\n" + call).run()
    assert at.exception and words in at.exception[0].message, at.exception


def test_cells_reflow_in_a_window(rerunqt_pilot, write_script, qtbot) -> None:
    from rerunqt.qt.adapters.grid import GridBox

    pilot = rerunqt_pilot(write_script(SCRIPT))
    box = pilot.window.findChildren(GridBox)[0]
    assert len(box.cells) == 6
    pilot.window.resize(1200, 700)
    qtbot.waitUntil(lambda: box.count == 3)
    positions = [box.position(c)[:2] for c in box.cells]
    assert positions == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
    pilot.window.resize(420, 700)
    qtbot.waitUntil(lambda: box.count == 1)
