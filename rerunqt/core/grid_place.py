"""Where each cell of an st.grid goes: CSS grid auto-placement, without Qt.

Cells are placed in order, left to right then top to bottom. A span wider than the
resolved column count is clamped to it ("all" is every column). Without ``dense`` the
cursor only moves forward, so a wide cell that does not fit the rest of a row starts
the next one and leaves a hole; with ``dense`` each cell takes the first free place from
the top, filling holes (visual order may then differ from the script's order).
"""

from __future__ import annotations

from typing import NamedTuple

Span = tuple[int | str, int]  # (column_span or "all", row_span)


class Placement(NamedTuple):
    row: int
    column: int
    row_span: int
    column_span: int


def _fits(taken: set[tuple[int, int]], row: int, column: int, rows: int, columns: int) -> bool:
    return all((r, c) not in taken for r in range(row, row + rows)
               for c in range(column, column + columns))


def place(spans: list[Span], columns: int, dense: bool = False) -> list[Placement]:
    """The placement of each cell (``spans`` in script order) on ``columns`` columns."""
    columns = max(1, columns)
    taken: set[tuple[int, int]] = set()
    placed: list[Placement] = []
    cursor = (0, 0)
    for column_span, row_span in spans:
        width = columns if column_span == "all" else max(1, min(int(column_span), columns))
        height = max(1, int(row_span))
        row, column = (0, 0) if dense else cursor
        while not (column + width <= columns and _fits(taken, row, column, height, width)):
            column += 1
            if column + width > columns:
                row, column = row + 1, 0
        taken.update((r, c) for r in range(row, row + height) for c in range(column, column + width))
        placed.append(Placement(row, column, height, width))
        cursor = (row, column + width) if column + width < columns else (row + 1, 0)
    return placed
