"""Column widths of a stretched table (st.dataframe, st.data_editor): natural, then shared.

It exists so both tables size their columns as Streamlit's: each column as wide as its
content (its "natural" width), and a table wider than its columns (width "stretch" or
pixels) shares the spare width equally among them, never as one stretched last column.
A column the user resized keeps its width and stops growing; pinned columns never grow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QHeaderView


class ColumnSpread:
    """The natural widths of a header's columns and the ones the user resized."""

    def __init__(self, header: QHeaderView) -> None:
        self.header = header
        self.natural: list[int] = []  # each column's width from its content, before growing
        self.user_sized: set[int] = set()  # columns the user resized: they stop growing
        self.pinned = 0  # the leading pinned columns: Streamlit grows only the others
        self._quiet = False
        header.sectionResized.connect(self._resized)

    def set_natural(self, widths: Iterable[int]) -> None:
        self.natural = list(widths)
        self.user_sized.clear()

    def spread(self, room: int, grow: bool) -> None:
        """Natural widths, plus an equal share of ``room`` past them when ``grow``."""
        header, n = self.header, len(self.natural)
        widths = [header.sectionSize(c) if c in self.user_sized else w for c, w in enumerate(self.natural)]
        growing = [c for c in range(self.pinned, n) if c not in self.user_sized]
        extra = room - sum(widths)
        if grow and extra > 0 and growing:
            share, rest = divmod(extra, len(growing))
            for i, c in enumerate(growing):
                widths[c] += share + (1 if i < rest else 0)
        with self.quiet():
            for c, width in enumerate(widths):
                if header.sectionSize(c) != width:
                    header.resizeSection(c, width)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Resizes made by code, not by the user's drag."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._quiet:  # the user dragged a column's edge
            self.user_sized.add(column)
