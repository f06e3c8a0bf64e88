"""Stylesheet rules for the [theme] options of whole element kinds: the dataframe colours,
the heading sizes and weights (Streamlit 1.67's ``headingFontSizes`` /
``headingFontWeights``) and the code font's size and weight. Kept apart from
rerunqt/theme_custom.py, which appends them."""

from __future__ import annotations

import re
from collections.abc import Mapping

FRAME_OPTIONS = ("dataframeHeaderBackgroundColor", "dataframeHeaderTextColor",
                  "dataframeBorderColor")
_GRIDS = ("QTableView#rqDataFrame", "QTableView#rqDataEditor")


def frame_rules(ground: str | None, ink: str | None, line: str | None) -> list[str]:
    """st.dataframe's and st.data_editor's header fill, header text and grid lines in the
    dataframe colours Streamlit 1.67 takes (the focus ring keeps the primary colour)."""
    def each(parts: str) -> str:
        return ", ".join(f"{grid} {part}" for grid in _GRIDS for part in parts.split(", "))

    rules = []
    heads = each("QHeaderView, QHeaderView::section, QTableCornerButton::section")
    if ground:
        rules.append(f"{heads} {{ background: {ground}; }}")
    if ink:
        rules.append(f"{each('QHeaderView::section, QTableCornerButton::section')} {{ color: {ink}; }}")
    if line:
        rules.append(f"{', '.join(_GRIDS)} {{ border-color: {line}; gridline-color: {line}; }}")
        rules.append(f"{each('QHeaderView::section, QTableCornerButton::section')} "
                     f"{{ border-right-color: {line}; border-bottom-color: {line}; }}")
    return rules



# Streamlit's h1..h6 in CSS px (2.75rem to 1rem) and rerunqt's: st.title, st.header and
# st.subheader are 30, 23 and 18 px, Markdown's #### to ###### 16, 15 and 14.
STREAMLIT_HEADING_PX = (44.0, 36.0, 28.0, 24.0, 20.0, 16.0)
RERUNQT_HEADING_PX = (30.0, 23.0, 18.0, 16.0, 15.0, 14.0)
_HEADING_ELEMENTS = ("#rqTitle", "#rqHeader", "#rqSubheader")
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(px|rem)\s*")


# The sidebar's defaults in Streamlit: 1.5rem down to 0.75rem (rerunqt draws the page's).
STREAMLIT_SIDEBAR_HEADING_PX = (24.0, 20.0, 18.0, 16.0, 14.0, 12.0)


def heading_levels(sizes: object, weights: object,
                   defaults: tuple[float, ...] = STREAMLIT_HEADING_PX,
                   ) -> tuple[tuple[float | None, int | None], ...] | None:
    """(CSS px, weight) of h1..h6 from the two options: one value sets all six, a list the
    first ones; a size that is not px or rem, or a weight that is not a multiple of 50 from
    100 to 900, keeps the default, as Streamlit ignores it. Sizes against other
    ``defaults`` (the sidebar's) are given as the page's equivalent."""
    size_list = [sizes] * 6 if isinstance(sizes, str) else sizes if isinstance(sizes, list) else []
    weight_list = [weights] * 6 if isinstance(weights, int) else (
        weights if isinstance(weights, list) else [])
    levels = []
    for i in range(6):
        size = css_px(size_list[i]) if i < len(size_list) else None
        if size is not None:
            size *= STREAMLIT_HEADING_PX[i] / defaults[i]
        weight = weight_list[i] if i < len(weight_list) else None
        ok = isinstance(weight, int) and not isinstance(weight, bool) and \
            100 <= weight <= 900 and weight % 50 == 0
        levels.append((size, weight if ok else None))
    return tuple(levels) if any(a is not None or b is not None for a, b in levels) else None


def css_px(size: object) -> float | None:
    """"2rem" (16 px each) or "15px" in CSS px; None for anything else."""
    found = _SIZE.fullmatch(size) if isinstance(size, str) else None
    if found is None:
        return None
    return float(found[1]) * (16 if found[2] == "rem" else 1)


def heading_scale(levels: tuple[tuple[float | None, int | None], ...] | None, level: int) -> float:
    """How much larger than rerunqt's default heading ``level`` (1..6) is drawn."""
    if not levels or not 1 <= level <= 6 or levels[level - 1][0] is None:
        return 1.0
    return levels[level - 1][0] / STREAMLIT_HEADING_PX[level - 1]  # type: ignore[operator]


def heading_rules(levels: tuple[tuple[float | None, int | None], ...]) -> list[str]:
    """st.title / st.header / st.subheader (h1..h3) in the configured sizes and weights
    (the sheet is scaled by baseFontSize afterwards, as Streamlit's rem sizes are)."""
    rules = []
    for level, selector in enumerate(_HEADING_ELEMENTS, start=1):
        size, weight = levels[level - 1]
        parts = []
        if size is not None:
            px = RERUNQT_HEADING_PX[level - 1] * heading_scale(levels, level)
            parts.append(f"font-size: {round(px)}px;")
        if weight is not None:
            parts.append(f"font-weight: {weight};")
        if parts:
            rules.append(f"{selector} {{ {' '.join(parts)} }}")
    return rules


CODE_PX = 13  # st.code's and st.json's text in the .qss files, for Streamlit's 0.875rem


def code_scale(size: float | None) -> float:
    """codeFontSize against Streamlit's default of 0.875rem (14 px)."""
    return 1.0 if size is None else size / 14


def code_rules(size: float | None, weight: int | None) -> list[str]:
    """st.code's and st.json's text in codeFontSize / codeFontWeight."""
    parts = ([f"font-size: {max(1, round(CODE_PX * code_scale(size)))}px;"] if size else []) + (
        [f"font-weight: {weight};"] if weight else [])
    return [f"#rqCode, #rqJson {{ {' '.join(parts)} }}"] if parts else []


_PADDING = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(px|rem)?\s*")


def page_padding(options: Mapping[str, object]) -> tuple[int, int]:
    """The page's top and bottom margins: rerunqt's 24 and 32 px, or [theme] paddingTop /
    paddingBottom ("0", "1rem", "16px"; a bare number is pixels) in proportion to
    Streamlit's defaults of 2.25rem under its header and 10rem, as Streamlit 1.67 reads
    them (a number without quotes, or a negative or other unit, keeps the default)."""
    def one(name: str, streamlit_px: float, mine: int) -> int:
        value = options.get(f"theme.{name}")
        found = _PADDING.fullmatch(value) if isinstance(value, str) else None
        if found is None:
            return mine
        px = float(found[1]) * (16 if found[2] == "rem" else 1)
        return round(mine * px / streamlit_px)

    return one("paddingTop", 36.0, 24), one("paddingBottom", 160.0, 32)
