"""Widgets that come and go leave nothing behind: no widget, no reference to the host.

Each element kind is shown and hidden many times through a real window; after a few
warm-up cycles, the live QWidget count and the weak references to the window's Host
must stay flat.
"""

from __future__ import annotations

import gc
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel

pytestmark = pytest.mark.qt

ELEMENTS = {
    "text_input": 'st.text_input("W", key="w")',
    "number_input": 'st.number_input("W", key="w")',
    "slider": 'st.slider("W", 0, 10, 3, key="w")',
    "range_slider": 'st.slider("W", 0, 10, (2, 5), key="w")',
    "select_slider": 'st.select_slider("W", ["a", "b", "c"], key="w")',
    "multiselect": 'st.multiselect("W", ["a", "b", "c"], default=["a", "b"], key="w")',
    "selectbox": 'st.selectbox("W", ["a", "b"], key="w")',
    "radio": 'st.radio("W", ["a", "b"], key="w")',
    "checkbox": 'st.checkbox("W", key="w")',
    "toggle": 'st.toggle("W", key="w")',
    "text_area": 'st.text_area("W", key="w")',
    "button": 'st.button("W", key="w")',
    "date_input": 'st.date_input("W", key="w")',
    "time_input": 'st.time_input("W", key="w")',
    "color_picker": 'st.color_picker("W", key="w")',
    "file_uploader": 'st.file_uploader("W", key="w")',
    "download_button": 'st.download_button("W", b"x", key="w")',
    "data_editor": 'st.data_editor({"a": [1, 2]}, key="w")',
    "form": 'with st.form("f"):\n    st.text_input("X")\n    st.number_input("N")\n'
            '    st.form_submit_button("Go")',
    "code": 'st.code("x = 1")',
    "markdown": 'st.markdown("hi")',
}
WARM_UP, CYCLES = 2, 4


def _collect() -> None:
    """Run deferred deletes (deleteLater) and Python's collector."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.collect()


@pytest.mark.parametrize("kind", list(ELEMENTS))
def test_showing_and_hiding_leaks_no_widget_and_no_host_reference(kind, rerunqt_pilot, write_script) -> None:
    body = "\n".join("    " + line for line in ELEMENTS[kind].splitlines())
    script = write_script(f"import rerunqt as st\nif st.checkbox('show', key='show'):\n{body}\n")
    pilot = rerunqt_pilot(script)
    host = pilot.window.host

    def cycle() -> None:
        pilot.click(key="show").click(key="show")

    for _ in range(WARM_UP):
        cycle()
    _collect()
    widgets, refs = len(QApplication.allWidgets()), weakref.getweakrefcount(host)
    for _ in range(CYCLES):
        cycle()
    _collect()
    assert len(QApplication.allWidgets()) - widgets == 0, f"{kind} leaks widgets"
    assert weakref.getweakrefcount(host) - refs == 0, f"{kind} leaks weak references to the host"


def test_flow_layout_items_die_with_the_layout(qtbot) -> None:
    """The multiselect's FlowLayout owns its QLayoutItems: they go when it goes."""
    from rerunqt.qt.flow import FlowBox

    box = FlowBox()
    for text in "abc":
        box.flow.addWidget(QLabel(text))
    items = list(box.flow.items)
    removed = items[0]
    box.flow.removeWidget(removed.widget())
    assert not shiboken6.isValid(removed)
    box.deleteLater()
    del box
    _collect()
    assert not any(shiboken6.isValid(item) for item in items[1:])
