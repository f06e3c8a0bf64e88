"""st.help in the window, laid out as Streamlit 1.67's docstring box.

A bordered box in code type: a header line (the variable's name in bold, its type in the
code colour, its value), the docstring as written (indentation kept; a long one scrolls
inside the box, as Streamlit caps it at 30.5rem), then a two-column table of members:
name and type on the left, the value or the first line of the docs on the right.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, WrapLabel

NO_DOCS = "No docs available"
DOC_MAX_HEIGHT = 488  # Streamlit's 30.5rem
CODE_TYPE_COLOUR = {False: "#158237", True: "#09ab3b"}  # Streamlit's codeTextColor
RULE_COLOUR = {False: "#d5dae5", True: "#3a3d4a"}  # the box's lines (the .qss files)


def _dark(widget: QWidget) -> bool:
    return widget.palette().window().color().lightness() < 128


def summary_html(name: str, kind: str, value: str | None, dark: bool) -> str:
    """``name`` in bold, ``kind`` in the code colour, then ``value``; each only if given."""
    parts = []
    if name:
        parts.append(f"<b>{escape(name)}</b>")
    if kind:
        parts.append(f'<span style="color:{CODE_TYPE_COLOUR[dark]};">{escape(kind)}</span>')
    if value:
        parts.append(escape(value))
    return "&nbsp; ".join(parts)  # a wide gap that may still wrap


class DocText(QScrollArea):
    """The docstring: as written, scrolled inside the box when taller than 30.5rem."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqHelpDocArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.label = QLabel()
        self.label.setObjectName("rqHelpDoc")
        self.label.setIndent(0)  # a stylesheet padding would indent the text by half an "x"
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.installEventFilter(self)  # its font and padding come with the stylesheet

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self._fit()
        return False

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self._fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        hint = self.label.sizeHint()
        height = min(hint.height(), DOC_MAX_HEIGHT)
        if hint.width() > self.viewport().width() > 0:
            height += self.horizontalScrollBar().sizeHint().height()
        if self.height() != height:
            self.setFixedHeight(height)


class MembersTable(QWidget):
    """The members' grid, with a line under every row but the last (a cell's own border
    would stop short where its neighbour wraps to more lines)."""

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        grid = self.layout()
        if not isinstance(grid, QGridLayout) or grid.rowCount() < 2:
            return
        painter = QPainter(self)
        painter.setPen(QColor(RULE_COLOUR[_dark(self)]))
        for row in range(grid.rowCount() - 1):
            y = grid.cellRect(row, 0).bottom()
            painter.drawLine(0, y, self.width(), y)


class HelpBox(QFrame):
    """The whole st.help element; ``members`` is the table's grid, one row per member."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rqHelp")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.head = WrapLabel()
        self.head.setObjectName("rqHelpHead")
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.doc = DocText()
        self.rule = QFrame()  # between the docstring and the members
        self.rule.setObjectName("rqHelpRule")
        self.rule.setFixedHeight(1)
        self.table = MembersTable()
        self.table.setObjectName("rqHelpMembers")
        self.table.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(0)
        self.grid.setColumnStretch(0, 3)  # Streamlit's 30% / 70%
        self.grid.setColumnStretch(1, 7)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for part in (self.head, self.doc, self.rule, self.table):
            layout.addWidget(part)

    def set_members(self, members: tuple[tuple[str, str, str | None, str | None], ...]) -> None:
        for summary, details in self.rows:
            for cell in (summary, details):
                self.grid.removeWidget(cell)
                cell.deleteLater()
        self.rows = []
        dark = _dark(self)
        for row, (name, kind, value, doc) in enumerate(members):
            summary = _cell(summary_html(name, kind, None, dark), Qt.TextFormat.RichText)
            summary.setToolTip(f"{name} {kind}")  # a long name is cut at the column's edge
            details = _cell(value if value else (doc or NO_DOCS), Qt.TextFormat.PlainText)
            for column, cell in enumerate((summary, details)):
                self.grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
            self.rows.append((summary, details))
        self.table.setVisible(bool(members))
        self.rule.setVisible(bool(members))


def _cell(text: str, text_format: Qt.TextFormat) -> QLabel:
    """A table cell: wrapped, and measured only when its text or width changes."""
    cell = WrapLabel()
    cell.setObjectName("rqHelpCell")
    cell.setTextFormat(text_format)
    cell.set_text(text)
    cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return cell


class HelpAdapter(Adapter):
    """st.help: Streamlit's name / type / value header, docstring and members table."""

    kind = "help"

    def create(self, element: Element, host: Host) -> QWidget:
        box = HelpBox()
        self.update(box, element, element, frozenset(n for n, _ in element.props))
        return box

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, HelpBox)
        p = new.props_dict()
        widget.head.set_text(summary_html(p["name"], p["obj_type"], p["value"], _dark(widget)))
        widget.doc.set_text(p["doc"] or NO_DOCS)
        if "members" in changed:
            widget.set_members(tuple(p["members"]))
        shown = p["name"] or p["value"] or p["obj_type"]
        widget.setAccessibleName(f"Help on {shown}")
