"""The renderer on real widgets: whatever the sequence of trees, the page shows the last one."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters import Host
from rerunqt.qt.renderer import Renderer

pytestmark = pytest.mark.qt


def box(key: str, value: bool = False) -> Element:
    return Element("checkbox", key, (("label", key), ("value", value), ("disabled", False),
                                     ("help", None), ("label_visibility", "visible"),
                                     ("set_by_code", False)))


def page_order(renderer: Renderer) -> list[str]:
    """Widget labels in on-screen order, walking the chunks of the page."""
    out = []
    for chunk in renderer.root.chunks:
        layout = chunk.layout()
        out.extend(layout.itemAt(i).widget().text() for i in range(layout.count()))
    return out


@pytest.fixture
def renderer(qapp):
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    events = []
    yield Renderer(layout, Host(events.append))
    page.deleteLater()


KEYS = [f"k{i}" for i in range(150)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(KEYS), unique=True, max_size=150), min_size=1, max_size=4))
def test_page_always_shows_the_last_tree_in_order(renderer, trees) -> None:
    kept: dict[str, object] = {}
    for keys in trees:
        renderer.render(tuple(box(k) for k in keys))
        assert page_order(renderer) == keys
        for record in renderer.records.values():
            key = record.element.key
            if key in kept and kept[key] is not record.widget:
                pytest.fail(f"{key} was re-created although it stayed on the page")
        kept = {r.element.key: r.widget for r in renderer.records.values()}
    renderer.render(())
    assert page_order(renderer) == []


def show_and_focus(renderer, qtbot, keys: list[str], focused: str):
    """Render checkboxes for ``keys`` on a shown page and focus one of them."""
    renderer.render(tuple(box(k) for k in keys))
    page = renderer.root.layout.parentWidget()
    qtbot.addWidget(page)
    page.show()
    target = renderer.records[(focused,)].widget
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    return target


def test_a_focused_widget_keeps_focus_when_elements_are_inserted_before_it(renderer, qtbot) -> None:
    keys = [f"k{i}" for i in range(60)]
    target = show_and_focus(renderer, qtbot, keys, "k59")
    more = [f"n{i}" for i in range(40)] + keys  # forces chunks to split around it
    renderer.render(tuple(box(k) for k in more))
    assert renderer.records[("k59",)].widget is target
    assert target.hasFocus()


def test_a_focused_widget_moved_to_another_chunk_keeps_focus(renderer, qtbot) -> None:
    keys = [f"k{i}" for i in range(100)]
    target = show_and_focus(renderer, qtbot, keys, "k3")
    moved = [k for k in keys if k != "k3"] + ["k3"]  # from the first chunk to the last
    ops = renderer.render(tuple(box(k) for k in moved))
    assert any(type(op).__name__ == "Move" for op in ops)
    assert page_order(renderer) == moved
    assert renderer.records[("k3",)].widget is target
    assert target.isVisible()
    assert target.hasFocus()
