"""Copying cells of a table (Ctrl+C): the selected cells as tab-separated text.

Kept apart from the table model (qt/adapters/frame_model.py), which answers what each
cell shows; copying reads those same texts in grid order, as Streamlit's grid copies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rerunqt.qt.adapters.frame_model import FrameModel


def tsv(model: FrameModel, cells: list[tuple[int, int]], with_header: bool) -> str:
    """Selected (display row, column) cells as tab-separated text, in grid order."""
    rows = sorted({r for r, _ in cells})
    columns = sorted({c for _, c in cells})
    chosen = set(cells)
    lines = []
    if with_header:
        lines.append("\t".join(model.specs[c].label for c in columns))
    for r in rows:
        data_row = model.data_row(r)
        lines.append("\t".join(
            model.cell_text(model.specs[c], data_row) if (r, c) in chosen else "" for c in columns))
    return "\n".join(lines)
