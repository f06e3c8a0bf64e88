"""What a pandas Styler says about each cell of st.dataframe / st.table: text, colours,
font, opacity, bar, and for st.table its ``set_table_styles`` rules and caption.

It exists so the Qt model and AppTest read a Styler one way, computed once per Styler and
looked up per visible cell. Streamlit's grid (st.dataframe) reads only a cell's own
``color``, ``background-color`` and ``font-weight``; its static table (st.table) is a
browser table where all of a cell's CSS and the table's rules apply, so the lookups take
``table=True`` there.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rerunqt.core.css_bars import CellBar, cell_bar
from rerunqt.core.frame_text import css_colour
from rerunqt.core.styler_tables import TableRule, matching, table_rules

_FONT_PROPS = frozenset({"font-weight", "font-style", "text-decoration", "text-decoration-line",
                         "font-size"})
_ALIGN_PROPS = frozenset({"text-align"})
_BACKGROUNDS = frozenset({"background", "background-image"})
_WEIGHTS = {"normal": 400, "bold": 700, "bolder": 700, "lighter": 300}


class CellFont(NamedTuple):
    """A Styler cell's font: weight 1..1000 (CSS), italic, underline, line-through, size in
    CSS pixels; None where the cell's CSS does not say."""

    weight: int | None
    italic: bool | None
    underline: bool | None
    strike: bool | None
    size: float | None = None


# font-size keywords in CSS pixels; em and % of Streamlit's table text (0.875rem, 14 px)
_SIZES = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
          "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
_UNITS = {"px": 1.0, "pt": 4 / 3, "em": 14.0, "rem": 16.0, "%": 0.14}


def css_size(text: str) -> float | None:
    """A CSS font-size ("16px", "12pt", "1.2em", "120%", "large") in pixels; None unread."""
    text = text.strip().lower()
    if text in _SIZES:
        return _SIZES[text]
    for unit in ("rem", "px", "pt", "em", "%"):  # (rem before em)
        if text.endswith(unit):
            try:
                size = float(text[:-len(unit)]) * _UNITS[unit]
            except ValueError:
                return None
            return size if 1 <= size <= 200 else None
    return None


class HeadingStyle(NamedTuple):
    """A header or index cell of st.table as table rules style it (colours, font: the
    toolkit's objects, or None where the rules do not say)."""

    background: Any
    colour: Any
    font: Any


def css_font(declarations: Any) -> CellFont | None:
    """font-weight, font-style, text-decoration and font-size among CSS pairs (last one
    wins, as in CSS); None when they set none of them."""
    weight = italic = underline = strike = size = None
    for prop, value in declarations or ():
        prop, text = str(prop).strip().lower(), str(value).strip().lower()
        if prop == "font-size":
            size = css_size(text) or size
        elif prop == "font-weight":
            weight = _WEIGHTS.get(text) or (int(text) if text.isdigit() else weight)
        elif prop == "font-style":
            italic = text in ("italic", "oblique") or text.startswith("oblique ")
        elif prop in ("text-decoration", "text-decoration-line"):
            words = text.split()
            underline, strike = "underline" in words, "line-through" in words
    if weight is None and italic is None and underline is None and size is None:
        return None
    return CellFont(weight, italic, underline, strike, size)


def check_styler_size(styler: Any) -> None:
    """Streamlit 1.67 refuses a Styler over more cells than pandas' own limit for rendering
    one (``styler.render.max_elements``, 262144), with this advice; so does rerunqt."""
    import pandas as pd

    from rerunqt.errors import RerunQtAPIError

    size, limit = styler.data.size, int(pd.get_option("styler.render.max_elements"))
    if size > limit:
        raise RerunQtAPIError(
            f"The dataframe has `{size}` cells, but the maximum number of cells allowed to be "
            f"rendered by Pandas Styler is configured to `{limit}`. To allow more cells to be "
            'styled, you can change the `"styler.render.max_elements"` config. For example: '
            f'`pd.set_option("styler.render.max_elements", {size})`')


def css_align(declarations: Any) -> str | None:
    """The last ``text-align`` among CSS pairs, lower-case; None when there is none."""
    found = None
    for prop, value in declarations or ():
        if str(prop).strip().lower() == "text-align":
            found = str(value).strip().lower()
    return found


def _sets(declarations: Any, names: frozenset[str], within: str = "") -> bool:
    return any(str(prop).strip().lower() in names and within in str(value)
               for prop, value in declarations or ())


class StylerCells:
    """A pandas Styler's per-cell texts and styles, computed once, read per visible cell."""

    __slots__ = ("_data", "_formats", "_rules", "_styles", "aligns", "bars", "caption", "fonts",
                 "key", "table_fonts")

    def __init__(self, styler: Any) -> None:
        styler._compute()
        self._styles: dict[tuple[int, int], Any] = dict(styler.ctx)
        self._formats = styler._display_funcs  # (row, column) -> value formatter
        self._data = styler.data
        self._rules: tuple[TableRule, ...] = table_rules(getattr(styler, "table_styles", None))
        self.key = (id(styler), len(self._styles), len(self._rules))
        caption = styler.caption  # (a (full, short) pair is for LaTeX: the full one)
        self.caption = None if caption is None else str(caption[0] if isinstance(caption, tuple) else caption)
        # which properties the cells set, read once (a gradient over 200,000 cells: one pass):
        # st.table then asks each cell for its font, alignment or bar only where one is set
        names = {str(prop).strip().lower() for declarations in self._styles.values()
                 for prop, _ in declarations or ()}
        ruled = {prop for rule in self._rules for prop, _ in rule.props}
        self.fonts = bool(names & _FONT_PROPS)
        self.table_fonts = self.fonts or bool(ruled & _FONT_PROPS)
        self.aligns = bool((names | ruled) & _ALIGN_PROPS)
        self.bars = bool(names & _BACKGROUNDS) and any(
            _sets(d, _BACKGROUNDS, "gradient") for d in self._styles.values())

    def _css(self, row: int, column: int, table: bool) -> Any:
        """A cell's CSS pairs: its own, and on st.table its row's and the table's rules."""
        own = self._styles.get((row, column))
        return matching(self._rules, "cells", row, column, own or ()) if table and self._rules else own

    def text(self, row: int, column: int) -> str | None:
        try:
            return str(self._formats[(row, column)](self._data.iat[row, column]))
        except Exception:  # a user formatter that fails: the plain text instead
            return None

    def colour(self, row: int, column: int, name: str, table: bool = False) -> str | None:
        return css_colour(self._css(row, column, table), name)

    def font(self, row: int, column: int, table: bool = False) -> CellFont | None:
        return css_font(self._css(row, column, table))

    def align(self, row: int, column: int) -> str | None:
        """An st.table cell's CSS text-align ("left", "center", "right"...), or None."""
        return css_align(self._css(row, column, True)) if self.aligns else None

    def bar(self, row: int, column: int) -> CellBar | None:
        """The cell's ``Styler.bar`` bands (its linear-gradient background), or None."""
        return cell_bar(self._styles.get((row, column))) if self.bars else None

    def opacity(self, row: int, column: int) -> float | None:
        """The cell's CSS ``opacity`` ("20%", "0.5") from 0 to 1; None when it has none."""
        found = None
        for prop, value in self._styles.get((row, column)) or ():
            if str(prop).strip().lower() == "opacity":
                text = str(value).strip()
                try:
                    found = float(text[:-1]) / 100 if text.endswith("%") else float(text)
                except ValueError:
                    continue
        return None if found is None else min(max(found, 0.0), 1.0)

    def heading(self, part: str, position: int) -> Any:
        """st.table's CSS pairs for column header ``position`` (``part`` "header"), the
        index cell of row ``position`` ("index") or the corner over the index ("corner"),
        from the table's rules; () when none."""
        if not self._rules:
            return ()
        if part in ("header", "corner"):
            return matching(self._rules, part, None, position if part == "header" else None)
        return matching(self._rules, part, position, None)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StylerCells) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


class ShownStyles(NamedTuple):
    """A Styler's cells as st.data_editor shows its columns: ``positions`` maps each shown
    column to its column in the Styler's data (None: not there)."""

    cells: StylerCells
    positions: tuple[int | None, ...]


def shown_styles(data: Any, names: tuple[str, ...], shown: tuple[str, ...]) -> ShownStyles | None:
    """st.data_editor's Styler (Streamlit 1.67 writes its texts and colours in the columns
    that cannot be edited), or None for other data."""
    if type(data).__name__ != "Styler":
        return None
    where = {name: i for i, name in enumerate(names)}
    return ShownStyles(StylerCells(data), tuple(where.get(name) for name in shown))
