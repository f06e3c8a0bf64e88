"""Names shared by the radio, selectbox and multiselect adapters.

They live apart so each choice adapter module stays small; none of them is an adapter itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QComboBox, QSizePolicy, QStyledItemDelegate

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import FocusWheel

NO_OPTIONS = "No options to select."
GREY = "#8e92a3"  # readable on the light and the dark theme


def _all_props(element: Element) -> frozenset[str]:
    return frozenset(name for name, _ in element.props)


class Combo(FocusWheel, QComboBox):
    """A combo box the mouse wheel changes only when it has focus (the page scrolls instead)."""

    committed: int | None = None

    def __init__(self) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)  # a long option does not widen the page
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # the default (menu-style) delegate ignores the style sheet's item rules
        self.setItemDelegate(QStyledItemDelegate(self))


@contextmanager
def keeping_highlight(combo: QComboBox) -> Iterator[None]:
    """Rebuild ``combo``'s items inside; an open list keeps its highlighted option, found
    again by its text, and its scroll position: a rerun that changes the options (a
    fragment tick) must not move the user's highlight back to the top."""
    view = combo.view()
    current = view.currentIndex()
    text = current.data() if view.isVisible() and current.isValid() else None
    scroll = view.verticalScrollBar().value()
    yield
    if text is None:
        return
    model = combo.model()
    for row in range(model.rowCount()):
        index = model.index(row, combo.modelColumn())
        if index.data() == text:
            view.setCurrentIndex(index)
            break
    view.verticalScrollBar().setValue(scroll)
