"""A pandas Styler's caption under st.table, as Streamlit 1.67 writes it.

It exists because the caption sits outside the table's border (small faded text, left,
wrapped to the table's width, 0.5rem below it) while the table is one view: the view
keeps a bottom margin outside its frame (a style-sheet margin) and a label lives there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QLabel

_GAP = 8  # Streamlit's paddingTop (spacing.sm, 0.5rem) above the caption


class TableCaption:
    """The caption label of one table view, and the room it takes under the table."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        self.view = view
        self.label: QLabel | None = None
        self.room = 0  # pixels under the table's frame

    def set_text(self, text: str | None) -> None:
        if not text and self.label is None:
            return
        if self.label is None:
            self.label = QLabel(self.view)
            self.label.setObjectName("rqCaption")
            self.label.setWordWrap(True)
        self.label.setText(text or "")
        self.label.setVisible(bool(text))
        self.fit()

    def fit(self) -> int:
        """The room the caption needs at the view's width (set as the view's margin);
        the label placed in it."""
        label = self.label
        width = max(1, self.view.width())
        room = label.heightForWidth(width) + _GAP if label is not None and label.text() else 0
        if room != self.room:
            self.room = room
            self.view.setStyleSheet(f"QTableView#rqTable {{ margin-bottom: {room}px; }}" if room else "")
        if label is not None and room:
            label.setGeometry(0, self.view.height() - room + _GAP, width, room - _GAP)
        return room
