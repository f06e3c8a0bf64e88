"""Ctrl+C, Ctrl+V and Delete on st.data_editor's selected cells, as Streamlit's grid.

It exists to keep the range operations apart from the table's key handling: copy puts
the selected cells on the clipboard as tab-separated text (core/cell_clipboard.py); paste
writes such text from the selection's top-left cell on (adding rows past the last when
``num_rows`` allows it); Delete empties the selected cells of editable columns. Each is
one edit: one event, one rerun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication

from rerunqt.core.cell_clipboard import from_tsv, to_tsv
from rerunqt.qt.adapters.editor_ranges import copied, delta_with_cells

if TYPE_CHECKING:
    from rerunqt.qt.adapters.data_editor import EditorBox


def _chosen(box: EditorBox) -> list[tuple[int, int]]:
    """The selected (row, column) cells, else the current one."""
    table = box.table
    cells = [(i.row(), i.column()) for i in table.selectionModel().selectedIndexes()]
    current = table.currentIndex()
    if not cells and current.isValid():
        cells = [(current.row(), current.column())]
    return cells


def copy_cells(box: EditorBox) -> str:
    """The selection as tab-separated rows (unselected cells inside it empty), also on the
    clipboard; "" when nothing is selected."""
    cells = set(_chosen(box))
    if not cells:
        return ""
    rows, columns = sorted({r for r, _ in cells}), sorted({c for _, c in cells})
    model = box.model
    text = to_tsv([[copied(model, r, c) if (r, c) in cells else "" for c in columns] for r in rows])
    QGuiApplication.clipboard().setText(text)
    return text


def paste_cells(box: EditorBox, text: str | None = None) -> bool:
    """Tab-separated ``text`` (the clipboard's by default) from the selection's top-left
    cell on; True when it changed a cell."""
    grid = from_tsv(QGuiApplication.clipboard().text() if text is None else text)
    cells = _chosen(box)
    if not grid or not cells:
        return False
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    values: list[tuple[int, int, Any]] = [
        (top + i, left + j, value) for i, row in enumerate(grid) for j, value in enumerate(row)]
    return box.commit(delta_with_cells(box.model, values, pasted=True))


def clear_cells(box: EditorBox) -> bool:
    """Delete on selected cells (not whole rows): they become empty; True when one did."""
    cells: list[tuple[int, int, Any]] = [(r, c, None) for r, c in sorted(_chosen(box))]
    return box.commit(delta_with_cells(box.model, cells, pasted=False))
