"""The hand-written PySide6 baseline page: the rows of benchmarks/rerun.py built directly.

Used by startup.py (time to first paint) and rerun.py (one update after a checkbox click).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def _labelled(label: str, editor: QWidget) -> QWidget:
    box = QWidget()
    inner = QVBoxLayout(box)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.addWidget(QLabel(label))
    inner.addWidget(editor)
    return box


def build_page(rows: int, toggle: bool = False) -> tuple[QMainWindow, QCheckBox | None, QLabel | None]:
    """A window holding ``rows`` rows (2 of 5 text, 3 of 5 labelled widgets).

    With ``toggle``, a "Toggle" checkbox first and a "Toggle is ..." label last, the
    checkbox updating the label: the page of benchmarks/rerun.py, by hand.
    """
    window = QMainWindow()
    page = QWidget()
    layout = QVBoxLayout(page)
    checkbox = QCheckBox("Toggle") if toggle else None
    if checkbox is not None:
        layout.addWidget(checkbox)
    for i in range(rows):
        kind = i % 5
        if kind == 0:
            layout.addWidget(QLabel(f"row {i}"))
        elif kind == 1:
            label = QLabel(f"<b>bold {i}</b> and text")
            label.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(label)
        elif kind == 2:
            layout.addWidget(QCheckBox(f"check {i}"))
        elif kind == 3:
            layout.addWidget(_labelled(f"text {i}", QLineEdit()))
        else:
            layout.addWidget(_labelled(f"number {i}", QDoubleSpinBox()))
    result = QLabel("Toggle is False") if toggle else None
    if checkbox is not None and result is not None:
        layout.addWidget(result)
        checkbox.toggled.connect(lambda on: result.setText(f"Toggle is {on}"))
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    window.setCentralWidget(scroll)
    window.resize(900, 700)
    return window, checkbox, result
