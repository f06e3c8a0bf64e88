"""``add_rows`` in the window: the chart and the tables grow in place while the script runs.

The script waits on gates the test opens (pure-Python spins, no ``st.*`` call), so each
step is looked at while the run is still going, with no sleeps and no timing.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import numpy as np
import rerunqt as st
import rows_gates
if st.button("go"):
    chart = st.line_chart(np.zeros((1, 1)))
    frame = st.dataframe({"a": [0]})
    table = st.table({"a": [0]})
    st.text("below")
    for i in range(3):
        chart.add_rows(np.full((5, 1), float(i + 1)))
        frame.add_rows({"a": [i + 1]})
        table.add_rows({"a": [i + 1]})
        rows_gates.wait(i)
"""


class Gates(types.ModuleType):
    """``rows_gates.wait(n)`` spins in the script until the test opens gate n."""

    def __init__(self) -> None:
        super().__init__("rows_gates")
        self.events = [threading.Event() for _ in range(3)]

    def wait(self, n: int) -> None:
        while not self.events[n].is_set():
            pass

    def open(self, n: int) -> None:
        self.events[n].set()


@pytest.fixture
def gates() -> Iterator[Gates]:
    module = Gates()
    sys.modules["rows_gates"] = module
    yield module
    for event in module.events:
        event.set()  # never leave a script thread spinning
    del sys.modules["rows_gates"]


@pytest.fixture
def drawing_loaded() -> None:
    """The chart and table code imported now: imported while the script spins, each file
    read waits for the GIL and the first chart can take seconds to appear."""
    from rerunqt.qt.adapters import ADAPTERS, chart_draw

    assert chart_draw.pg is not None  # pyqtgraph came with it

    ADAPTERS.load_all()


def test_rows_appear_live_in_the_same_widgets(rerunqt_pilot, write_script, gates, qtbot,
                                              drawing_loaded: None) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    renderer = pilot.window.renderer
    pilot.widget(label="go").click()

    def points() -> int:
        found = renderer.find(kind="line_chart")
        return len(found[0].widget.drawn.items[0].yData) if found else 0

    qtbot.waitUntil(lambda: points() == 6, timeout=5000)
    chart = renderer.find(kind="line_chart")[0].widget
    curve = chart.drawn.items[0]
    frame = pilot.table()
    table = renderer.find(kind="table")[0].widget
    qtbot.waitUntil(lambda: frame.model().rowCount() == 2 and table.model().rowCount() == 2,
                    timeout=5000)
    assert pilot.window.session.running  # the script is still in its loop
    assert pilot.texts("text") == ["below"]  # the elements kept their places
    for step in range(1, 3):
        gates.open(step - 1)
        qtbot.waitUntil(lambda s=step: points() == 1 + 5 * (s + 1), timeout=5000)
        qtbot.waitUntil(lambda s=step: frame.model().rowCount() == s + 2 == table.model().rowCount(),
                        timeout=5000)
        assert renderer.find(kind="line_chart")[0].widget is chart
        assert chart.drawn.items[0] is curve  # new numbers on the same curve, no new plot
        assert pilot.table() is frame and renderer.find(kind="table")[0].widget is table
    gates.open(2)
    pilot.settle()
    assert curve.yData.tolist() == [0.0] + [1.0] * 5 + [2.0] * 5 + [3.0] * 5
    assert [frame.model().index(r, 0).data() for r in range(4)] == ["0", "1", "2", "3"]
