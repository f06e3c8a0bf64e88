"""The table model of st.dataframe / st.table: a FrameData read one visible cell at a time.

It exists to keep what a cell shows (text, alignment, colours, check mark) apart from
the view. Rows go through ``order`` (display row -> data row) so a header click sorts
by swapping one numpy array; there is no proxy model and no item per cell. ``data``
answers only the roles it serves and None for every other.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from rerunqt.core.column_text import (
    CHART_TYPES,
    NOT_BOOLEAN,
    as_boolean,
    holds_booleans,
    holds_numbers,
    one_line,
    spec_text,
    styler_text_wins,
)
from rerunqt.core.frame_columns import ColumnSpec
from rerunqt.core.frame_data import FrameData, kind_of
from rerunqt.core.frame_sort import sort_order
from rerunqt.core.frame_text import MISSING, css_colour, is_missing
from rerunqt.core.styler_cells import CellFont, HeadingStyle, css_align, css_font
from rerunqt.core.table_text import markdown_lines, table_cell
from rerunqt.qt.adapters.inline_markdown import has_markup
from rerunqt.qt.colours import qcolor

_ROLE = Qt.ItemDataRole
# plain ints: comparing the int role Qt passes with an enum member costs an enum call
_DISPLAY, _ALIGN, _FORE, _BACK, _CHECK, _TIP, _FONT = (int(r.value) for r in (
    _ROLE.DisplayRole, _ROLE.TextAlignmentRole, _ROLE.ForegroundRole, _ROLE.BackgroundRole,
    _ROLE.CheckStateRole, _ROLE.ToolTipRole, _ROLE.FontRole))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGNMENTS = {"left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               "center": Qt.AlignmentFlag.AlignCenter, "right": _RIGHT}
_CSS_ALIGN = {"left": _ALIGNMENTS["left"], "start": _ALIGNMENTS["left"], "justify": _ALIGNMENTS["left"],
              "center": _ALIGNMENTS["center"], "right": _RIGHT, "end": _RIGHT}
_LINK = QColor("#1c83e1")
_SERVED = frozenset({_DISPLAY, _ALIGN, _FORE, _BACK, _CHECK, _FONT})
_MAY_MISS = frozenset({"float", "object", "datetime", "timedelta"})
_JS_SAFE = 2 ** 53 - 1  # JavaScript's largest exact integer (Number.MAX_SAFE_INTEGER)
_VERTICAL = Qt.Orientation.Vertical
_NUMERIC = frozenset({"int", "float", "complex"})
_MUTED = QColor("#a3a8b8")
_WHITE = QColor("#ffffff")
_ON_YELLOW = "#31333F"  # the text Streamlit's grid writes on a Styler's plain "yellow" cell
_EMPTY = FrameData((), [], None)
_ROOT = QModelIndex()
SORT_CYCLE = {None: "ascending", "ascending": "descending", "descending": None}


class FrameModel(QAbstractTableModel):
    """Columns of a FrameData shown through column specs, rows through a sort order."""

    def __init__(self) -> None:
        super().__init__()
        self.frame: FrameData = _EMPTY
        self.specs: tuple[ColumnSpec, ...] = ()
        self.order: np.ndarray | None = None  # display row -> data row (None: unsorted)
        self.inverse: np.ndarray | None = None  # data row -> display row
        self.sorted_by: tuple[str, str] | None = None  # (column name, "ascending" / "descending")
        self._colours: dict[str, QColor] = {}
        self._plans: tuple[tuple[Any, ...], ...] = ()  # per column: what data() answers
        self.placeholder: str | None = None  # shown for missing values instead of "None"
        self.index_spec: ColumnSpec | None = None  # column_config's "_index": its format
        self.table_cells = False  # st.table: Streamlit's table formats (no check marks)
        self.right_numeric_headers = False  # st.table without full borders: as its numbers
        # selected rows (data rows) and columns (view columns): a tint behind their cells
        self.marked_rows: frozenset[int] = frozenset()
        self.marked_columns: frozenset[int] = frozenset()
        self.mark_colour: QColor | None = None

    def set_index_spec(self, spec: ColumnSpec | None) -> None:
        """The index's column config: a typed one (DateColumn(format=...)) formats its labels."""
        if spec != self.index_spec:
            self.index_spec = spec
            if self.frame.nrows:
                self.headerDataChanged.emit(_VERTICAL, 0, self.frame.nrows - 1)

    # ----- content -----
    def set_content(self, frame: FrameData, specs: tuple[ColumnSpec, ...]) -> None:
        """New data or columns: one reset; a sort by a column still shown is kept. The same
        shape (rows, columns) changes the cells in place, as Streamlit's grid keeps its
        selected cell then: a rerun's new values keep the view's current cell and selection."""
        same = frame.nrows == self.frame.nrows and len(specs) == len(self.specs)
        if not same:
            self.beginResetModel()
        self.frame, self.specs = frame, specs
        self._plans = tuple(self._plan(spec) for spec in specs)
        kept = self.sorted_by
        sort = kept if kept and any(s.name == kept[0] for s in specs) else None
        self._apply_sort(sort)
        if not same:
            self.endResetModel()
        elif frame.nrows and specs:
            self.dataChanged.emit(self.index(0, 0), self.index(frame.nrows - 1, len(specs) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(specs) - 1)
            self.headerDataChanged.emit(_VERTICAL, 0, frame.nrows - 1)

    def sort_column(self, column: int, direction: str | None) -> None:
        self.layoutAboutToBeChanged.emit()
        self._apply_sort((self.specs[column].name, direction) if direction else None)
        self.layoutChanged.emit()

    def _apply_sort(self, sort: tuple[str, str] | None) -> None:
        self.sorted_by = sort
        if sort is None or not self.frame.nrows:
            self.order = self.inverse = None
            return
        spec = next(s for s in self.specs if s.name == sort[0])
        self.order = sort_order(self.frame.columns[spec.position], sort[1] == "descending")
        self.inverse = np.empty_like(self.order)
        self.inverse[self.order] = np.arange(len(self.order))

    def data_row(self, row: int) -> int:
        return row if self.order is None else int(self.order[row])

    def display_row(self, data_row: int) -> int:
        return data_row if self.inverse is None else int(self.inverse[data_row])

    def sort_direction(self, column: int) -> str | None:
        kept = self.sorted_by
        if kept is None or column >= len(self.specs) or self.specs[column].name != kept[0]:
            return None
        return kept[1]

    # ----- Qt model interface -----
    def rowCount(self, parent: Any = _ROOT) -> int:
        return 0 if parent.isValid() else self.frame.nrows

    def columnCount(self, parent: Any = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.specs)

    def cell_text(self, spec: ColumnSpec, row: int) -> str:
        """A cell's text (``row`` in data order): the column type's, else the plain one."""
        if spec.type != "auto" and not (self.frame.styles is not None and styler_text_wins(spec)):
            shown = spec_text(spec, self.frame.columns[spec.position][row])
            if shown is not None:
                return shown
        if self.table_cells:
            styles = self.frame.styles
            shown = None if styles is None else styles.text(row, spec.position)
            if shown is None:
                shown = table_cell(self.frame.columns[spec.position], row, self.frame.kinds[spec.position])
            # (text with Markdown is laid out by the Markdown painter, its breaks as written)
            return shown if ("\n" not in shown and "\r" not in shown) or has_markup(shown) \
                else markdown_lines(shown)
        text = self.frame.text(spec.position, row)
        if text == MISSING and self.placeholder is not None and self.frame.styles is None:
            return self.placeholder
        return one_line(text)

    def checked(self, spec: ColumnSpec) -> bool:
        """Shown as a check mark: a bool column, or a CheckboxColumn; a Styler's text for it is
        not shown (Streamlit's grid puts a Styler's text only in text and number cells)."""
        kind = self.frame.kinds[spec.position]
        return not self.table_cells and (
            spec.type == "checkbox" or (spec.type == "auto" and (kind == "bool" or (
                kind == "object" and holds_booleans(self.frame.columns[spec.position])))))

    def _numeric(self, position: int) -> bool:
        """A column of numbers (an object column of numbers or Decimals too), which reads
        right-aligned."""
        kind = self.frame.kinds[position]
        return kind in _NUMERIC or (kind == "object" and holds_numbers(self.frame.columns[position]))

    def _plan(self, spec: ColumnSpec) -> tuple[Any, ...]:
        """What a column's cells answer without looking at a row: (alignment, shows text,
        check mark, the roles that need the row: a link's colour and font, a Styler's
        colours, the muted colour of a missing value)."""
        kind = self.frame.kinds[spec.position]
        if spec.alignment is not None:
            align = _ALIGNMENTS.get(spec.alignment)
        elif spec.type == "number" and (kind == "timedelta" or spec.option("format") == "duration"):
            # Streamlit's grid: a humanized duration reads left, a clock or seconds right
            align = None if spec.option("format") in (None, "", "duration") else _RIGHT
        else:
            align = _RIGHT if self._numeric(spec.position) else None
        checked = self.checked(spec)
        # a CheckboxColumn over other data: a cell that is no boolean shows its text
        worded = checked and kind != "bool"
        text = worded or not (spec.type in CHART_TYPES or checked)
        per_row: set[int] = set()
        if spec.type == "link":
            per_row |= {_FORE, _FONT}
        if self.frame.styles is not None:
            per_row |= {_FORE, _BACK}
            if self.frame.styles.table_fonts if self.table_cells else self.frame.styles.fonts:
                per_row.add(_FONT)
            if self.table_cells and self.frame.styles.aligns and spec.alignment is None:
                per_row.add(_ALIGN)  # a browser table aligns by the Styler's text-align
        if kind in _MAY_MISS or (kind == "int" and self._unsafe_ints(spec.position)) or spec.pinned or worded:
            per_row.add(_FORE)  # Streamlit's grid fades a pinned column's text, as the index's
        return align, text, checked, frozenset(per_row)

    def _unsafe_ints(self, position: int) -> bool:
        """Whether a number column of st.dataframe holds a whole number beyond 2**53, which
        Streamlit's grid shows faded, as an error cell (JavaScript cannot hold it exactly)."""
        if self.table_cells or self.frame.kinds[position] not in ("int", "float"):
            return False
        values = np.asarray(self.frame.columns[position])
        if not values.size:
            return False
        with np.errstate(invalid="ignore"):
            return bool(np.nanmax(np.abs(values.astype(float))) > _JS_SAFE)

    def data(self, index: Any, role: int = _DISPLAY) -> Any:
        if role not in _SERVED:  # most roles a view asks for: answered before any look-up
            return None
        column = index.column()
        align, text, checked, per_row = self._plans[column]
        if role == _ALIGN:  # the column's, whatever the row: no look-up (but a Styler's)
            if _ALIGN in per_row:
                row = index.row() if self.order is None else int(self.order[index.row()])
                styled = self.frame.styles.align(row, self.specs[column].position)
                return _CSS_ALIGN.get(styled, align) if styled else align
            return align
        if role == _DISPLAY:
            if not text:
                return None
            row = index.row() if self.order is None else int(self.order[index.row()])
            spec = self.specs[column]
            if checked and as_boolean(self.frame.columns[spec.position][row]) is not NOT_BOOLEAN:
                return None
            return self.cell_text(spec, row)
        if role == _CHECK:
            if not checked:
                return None
            row = index.row() if self.order is None else int(self.order[index.row()])
            shown = as_boolean(self.frame.columns[self.specs[column].position][row])
            if shown is NOT_BOOLEAN:
                return None
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == _BACK and self.mark_colour is not None:
            row = index.row() if self.order is None else int(self.order[index.row()])
            if row in self.marked_rows or column in self.marked_columns:
                return self.mark_colour
        if role not in per_row:  # foreground, font, background: links, Stylers, missing values
            return None
        row = index.row() if self.order is None else int(self.order[index.row()])
        return self._per_row(self.specs[column], row, role)

    def _per_row(self, spec: ColumnSpec, row: int, role: int) -> Any:
        """Colour or font of one cell of a link column, a Styler or a column with gaps."""
        frame = self.frame
        column = spec.position
        if spec.type == "link" and role in (_FONT, _FORE) and not is_missing(frame.columns[column][row]):
            if role == _FORE:
                return _LINK
            font = QFont()
            font.setUnderline(True)
            return font
        if role == _FORE:
            if frame.styles is not None:
                fore = frame.styles.colour(row, column, "color", self.table_cells)
                if fore is None and not self.table_cells and frame.styles.colour(
                        row, column, "background-color") == "yellow":
                    fore = _ON_YELLOW  # Streamlit's grid: highlight_max's yellow, readable in dark
                return self._faded(self._colour(fore), row, column, True)
            value = frame.columns[column][row]
            kind = frame.kinds[column]
            if kind in _MAY_MISS and is_missing(value):
                return _MUTED
            if kind in ("int", "float") and not self.table_cells and abs(float(value)) > _JS_SAFE \
                    and float(value).is_integer():
                return _MUTED  # (an error cell in Streamlit's grid)
            if not self.table_cells and (spec.pinned or (spec.type == "checkbox"
                                         and as_boolean(value) is NOT_BOOLEAN)):
                return _MUTED  # pinned, or a CheckboxColumn's text that is no boolean: an error cell
            return None
        if role == _BACK and frame.styles is not None:
            back = self._colour(frame.styles.colour(row, column, "background-color", self.table_cells))
            return self._faded(back, row, column, False)
        if role == _FONT and frame.styles is not None:
            return self._styled_font(frame.styles.font(row, column, self.table_cells), sized=True)
        return None

    def heading_style(self, orientation: Qt.Orientation | None, section: int) -> HeadingStyle | None:
        """st.table's column header, index cell or (``orientation`` None) corner, as the
        Styler's table rules style it (``set_table_styles([{"selector": "th", ...}])``);
        None where they do not."""
        styles = self.frame.styles
        if not self.table_cells or styles is None:
            return None
        if orientation is None:
            css = styles.heading("corner", 0)
        elif orientation == _VERTICAL:
            if section >= self.frame.nrows:
                return None
            css = styles.heading("index", self.data_row(section))
        else:
            if section >= len(self.specs):
                return None
            css = styles.heading("header", self.specs[section].position)
        if not css:
            return None
        style = HeadingStyle(self._colour(css_colour(css, "background-color")),
                             self._colour(css_colour(css, "color")), self._styled_font(css_font(css)))
        return None if style == (None, None, None) else style

    def _styled_font(self, styled: CellFont | None, sized: bool = False) -> QFont | None:
        """A Styler cell's font-weight (Streamlit's grid reads only that), and in st.table,
        where the browser applies all CSS, its font-style and text-decoration too, and
        (``sized``: a cell, whose row grows for it) its font-size. Only what the CSS sets is
        set, so the view's own font gives the rest."""
        if styled is None:
            return None
        font = QFont()
        touched = False
        if styled.weight is not None:
            font.setWeight(QFont.Weight(min(max(styled.weight, 100), 900)))
            touched = True
        if self.table_cells:
            if styled.italic is not None:
                font.setItalic(styled.italic)
                touched = True
            if styled.underline is not None:
                font.setUnderline(styled.underline)
                font.setStrikeOut(bool(styled.strike))
                touched = True
            if sized and styled.size is not None:  # (the table's 14 px is Streamlit's too)
                font.setPixelSize(max(1, round(styled.size)))
                touched = True
        return font if touched else None

    def _faded(self, colour: QColor | None, row: int, column: int, text: bool) -> QColor | None:
        """A Styler's ``opacity`` on an st.table cell (the browser fades the whole cell, text
        and background); Streamlit's grid (st.dataframe) does not apply it."""
        opacity = self.frame.styles.opacity(row, column) if self.table_cells and self.frame.styles else None
        if opacity is None or (colour is None and not text):
            return colour
        faded = QColor(colour) if colour is not None else \
            QGuiApplication.palette().color(QPalette.ColorRole.Text)
        faded.setAlphaF(faded.alphaF() * opacity)
        return faded

    def _colour(self, name: str | None) -> QColor | None:
        if not name:
            return None
        colour = self._colours.get(name)
        if colour is None:
            colour = self._colours[name] = qcolor(name)  # CSS: "#rrggbbaa", rgba(), names
        return colour if colour.isValid() else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        # asked for a few hundred rows' size hints: keep the vertical case short
        if orientation is _VERTICAL or orientation == _VERTICAL:
            if role == _DISPLAY and section < self.frame.nrows:
                row = section if self.order is None else int(self.order[section])
                index = self.index_spec
                if index is not None and index.type != "auto" and self.frame.index is not None:
                    shown = spec_text(index, self.frame.index[row])
                    if shown is not None:
                        return shown
                labels = self.frame.index
                if self.table_cells and labels is not None and not isinstance(labels[row], tuple):
                    return table_cell(labels, row, kind_of(labels))  # (a MultiIndex: as ever)
                return self.frame.label(row)
            return None
        if section >= len(self.specs):
            return None
        if role == _DISPLAY:
            return self.specs[section].label
        if role == _TIP:
            return self.specs[section].help
        if role in (_BACK, _FORE) and section in self.marked_columns and self.mark_colour is not None:
            # Streamlit's grid: a selected column's header in the primary colour, white words
            mark = self.mark_colour
            return QColor(mark.red(), mark.green(), mark.blue()) if role == _BACK else _WHITE
        spec = self.specs[section]
        if role == _ALIGN and spec.alignment is not None:
            return _ALIGNMENTS.get(spec.alignment)
        if role == _ALIGN and self.table_cells and self.frame.styles is not None:
            styled = css_align(self.frame.styles.heading("header", spec.position))
            if styled in _CSS_ALIGN:  # a Styler's th rule (text-align: center)
                return _CSS_ALIGN[styled]
        if role == _ALIGN and self.right_numeric_headers and self.frame.nrows \
                and self._numeric(spec.position):
            return _RIGHT
        return None  # headers read left to right (the sort arrow sits at their right end)

    # flags(): QAbstractTableModel's own (enabled, selectable, no children); a Python
    # override cost a call and two enum operations per painted cell
