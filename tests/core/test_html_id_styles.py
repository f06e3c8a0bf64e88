"""A Styler's to_html() in st.markdown(..., unsafe_allow_html=True): the <style> block's
id rules and ``#table th`` / ``td`` rules are written into the tags they reach (Streamlit's
browser applies them to the page; rerunqt's Markdown reads only a tag's own style)."""

from __future__ import annotations

import pandas as pd

from rerunqt.core.html_id_styles import inline_id_styles


def test_a_stylers_html_carries_its_colours_in_its_tags() -> None:
    df = pd.DataFrame({"A": [1, 2], "B": [3.5, -4.5]})
    styler = df.style.highlight_max(color="lightgreen").set_uuid("u1")
    styler.set_table_styles([{"selector": "th", "props": "background-color: navy; color: white"}])
    html = inline_id_styles(styler.to_html())
    assert '<td style="background-color: lightgreen" id="T_u1_row1_col0"' in html
    assert '<td id="T_u1_row0_col0"' in html  # (not the max: as it was)
    assert html.count('<th style="background-color: navy; color: white"') == 5  # corner, 2 + 2


def test_a_tags_own_style_wins_and_other_rules_are_left_alone() -> None:
    html = ('<style>#a { color: red } .x { color: blue } #t td { font-weight: bold }</style>'
            '<table id="t"><tr><td id="a" style="color: green">1</td><td class="x">2</td></tr></table>'
            '<p id="a">p</p>')
    shown = inline_id_styles(html)
    assert '<td style="color: red; font-weight: bold; color: green" id="a">1</td>' in shown
    assert '<td style="font-weight: bold" class="x">2</td>' in shown
    assert '<p id="a">p</p>' in shown  # (only table tags are read)
    assert inline_id_styles("<b>no style</b>") == "<b>no style</b>"
