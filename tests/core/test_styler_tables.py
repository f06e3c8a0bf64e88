"""A pandas Styler's set_table_styles rules reach st.table's cells as Streamlit 1.67's
table CSS reaches them (``#T_<uuid> <selector>`` over th.col_heading, th.row_heading and
td.data cells); Streamlit's grid (st.dataframe) reads none of them."""

from __future__ import annotations

import pandas as pd

from rerunqt.core.styler_cells import StylerCells
from rerunqt.core.styler_tables import matching, table_rules


def _rules(*styles: tuple[str, str]):
    return table_rules([{"selector": selector, "props": props} for selector, props in styles])


def test_th_reaches_headers_index_and_corner_and_td_the_cells() -> None:
    rules = _rules(("th", "background-color: #000066; color: white"), ("td", "color: red"))
    assert matching(rules, "header", None, 2) == [("background-color", "#000066"), ("color", "white")]
    assert matching(rules, "index", 3, None) == matching(rules, "corner", None, None) != []
    assert matching(rules, "cells", 0, 0) == [("color", "red")]


def test_classes_sections_and_columns_narrow_a_rule() -> None:
    rules = _rules(("th.col_heading", "color: blue"), ("tbody th", "color: gray"),
                   ("th.col1", "font-weight: bold"), ("td.col1", "color: red"),
                   (".index_name", "color: teal"))
    assert matching(rules, "header", None, 0) == [("color", "blue")]
    assert matching(rules, "header", None, 1) == [("color", "blue"), ("font-weight", "bold")]
    assert matching(rules, "index", 0, None) == [("color", "gray")]
    assert matching(rules, "cells", 5, 1) == [("color", "red")] and matching(rules, "cells", 5, 0) == []
    assert matching(rules, "corner", None, None) == [("color", "teal")]


def test_striped_rows_count_from_one_and_lie_under_the_cells_own_styles() -> None:
    rules = _rules(("tr:nth-child(even)", "background-color: #eee"),
                   ("tbody tr:nth-child(odd) td", "color: pink"))
    own = [("background-color", "yellow")]
    assert matching(rules, "cells", 1, 0, own) == [("background-color", "#eee"),
                                                    ("background-color", "yellow")]
    assert matching(rules, "cells", 0, 0) == [("color", "pink")]
    assert matching(rules, "header", None, 0) == []  # (rows of the body only)


def test_hover_and_other_selectors_never_apply() -> None:
    assert _rules(("td:hover", "color: red"), ("caption", "color: red"), ("div td", "color: red"),
                  ("tr.special", "color: red")) == ()


def test_styler_cells_apply_table_rules_on_st_table_only() -> None:
    styler = pd.DataFrame({"a": [1, 2]}).style.highlight_max(color="yellow")
    styler.set_table_styles([{"selector": "td", "props": "color: green; font-weight: bold"},
                             {"selector": "th", "props": "background-color: navy"}])
    cells = StylerCells(styler)
    assert cells.colour(0, 0, "color", table=True) == "green"
    assert cells.colour(0, 0, "color") is None  # st.dataframe: the cell's own CSS only
    assert cells.colour(1, 0, "background-color", table=True) == "yellow"
    assert cells.table_fonts and not cells.fonts
    assert cells.font(0, 0, table=True).weight == 700
    assert cells.heading("header", 0) == [("background-color", "navy")]


def test_rules_a_browser_cannot_read_are_skipped() -> None:
    assert table_rules([{"selector": "th", "props": None}, {"props": "color: red"}, "th",
                        {"selector": "td", "props": [("color", "red", "x")]}]) == ()
