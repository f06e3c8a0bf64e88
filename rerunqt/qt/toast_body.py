"""A toast's text, clamped to three lines with a "view more" / "view less" switch.

Streamlit 1.67 clamps a toast's Markdown to three lines when it would take more and puts a
small "view more" button under it; a long toast no longer grows into a tall card.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QPushButton

from rerunqt.qt.adapters.wrap_label import NO_LIMIT, WrapLabel

LINES = 3  # Streamlit's -webkit-line-clamp for toasts


class ToastBody(WrapLabel):
    """The toast's Markdown: as tall as its lines, or three of them while collapsed."""

    def __init__(self, on_overflow: Callable[[], None]) -> None:
        self.expanded = False
        self.overflowing = False  # more than three lines at the card's width
        self._on_overflow = on_overflow
        super().__init__(markdown=True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def _fit(self) -> None:
        super()._fit()  # the height of all its lines
        full = self.maximumHeight()
        # a laid-out line is its font's fractional line spacing rounded up (14 px: 17, not 16)
        lines = math.ceil(QFontMetricsF(self.font()).lineSpacing()) * LINES
        over = self.wordWrap() and full != NO_LIMIT and full > lines + 1
        if over != self.overflowing:
            self.overflowing = over
            self._on_overflow()
        if over and not self.expanded:
            self.setFixedHeight(lines)  # the first three lines show (top aligned)


def view_button(body: ToastBody, relayout: Callable[[], None]) -> QPushButton:
    """The "view more" / "view less" switch under ``body``, shown only when it overflows."""
    button = QPushButton()
    button.setFlat(True)
    button.setObjectName("rqToastView")
    button.setText("view more")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setVisible(False)

    def toggle() -> None:
        body.expanded = not body.expanded
        button.setText("view less" if body.expanded else "view more")
        body._fit()
        relayout()

    button.clicked.connect(toggle)
    return button
