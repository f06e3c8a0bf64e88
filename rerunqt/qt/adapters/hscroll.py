"""A no-wrap label (code, traceback, formula) in a sideways scroller, so it never widens
the page."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy

from rerunqt.qt.adapters.base import WrapLabel


class HScroll(QScrollArea):
    """A no-wrap label (code, traceback) that scrolls sideways instead of widening the page.

    A long line in a plain label makes the whole page as wide as that line, so every
    paragraph stops wrapping. Inside this, the page keeps its width; the block takes
    the label's height, plus a scroll bar's when the text is wider than the page.
    """

    def __init__(self, inner: QLabel) -> None:
        super().__init__()
        self.inner = inner
        self.setObjectName("rqHScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        inner.setAutoFillBackground(False)  # setWidget turned it on: let the block show through
        inner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # a tall block
        self.viewport().setAutoFillBackground(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    height_cap: int | None = None  # st.code(height=N): N tall; taller text scrolls inside

    def set_text(self, text: str) -> None:
        cast(WrapLabel, self.inner).set_text(text)
        self.refit()

    def set_height_cap(self, cap: int | None) -> None:
        self.height_cap = cap
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if cap
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.refit()

    def refit(self) -> None:
        hint = self.inner.sizeHint()
        if self.inner.wordWrap():  # wrapped: as tall as the text at this width
            hint.setHeight(self.inner.heightForWidth(max(self.viewport().width(), 1)))
        too_wide = hint.width() > self.viewport().width() and not self.inner.wordWrap()
        bar = self.horizontalScrollBar().sizeHint().height() if too_wide else 0
        height = hint.height() + bar
        if self.height_cap is not None:  # Streamlit 1.67: a fixed height (taller text scrolls)
            height = self.height_cap
        if self.maximumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refit()
