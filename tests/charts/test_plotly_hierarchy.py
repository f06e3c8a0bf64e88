"""st.plotly_chart's treemap, icicle and sunburst: the tree, its values, colours and layout."""

from __future__ import annotations

import pytest

from rerunqt.core.hierarchy_layout import area, icicle, treemap
from rerunqt.core.plotly_figure import read_figure
from rerunqt.core.plotly_hierarchy import Hierarchy
from rerunqt.core.plotly_values import PLOTLY_COLORWAY, color

FAMILY = {"labels": ["Eve", "Cain", "Seth", "Enos", "Noam", "Abel", "Awan", "Enoch", "Azura"],
          "parents": ["", "Eve", "Eve", "Seth", "Seth", "Eve", "Eve", "Awan", "Eve"],
          "values": [10, 14, 12, 10, 2, 6, 6, 4, 4]}


def tree(kind: str, theme: str | None = None, **extra: object) -> Hierarchy:
    fig = read_figure({"data": [{"type": kind, **FAMILY, **extra}]}, theme)
    assert fig.notes == () and not fig.skipped and not fig.traces
    (part,) = fig.domain
    assert isinstance(part, Hierarchy)
    return part


def test_remainder_adds_a_parents_own_value_and_total_takes_it_as_the_subtree_s() -> None:
    remainder = tree("treemap")
    assert remainder.root.label == "Eve" and not remainder.implied
    assert remainder.node("Seth").value == 12 + 10 + 2
    assert remainder.root.value == sum(FAMILY["values"])
    assert [c.label for c in remainder.root.children] == ["Seth", "Cain", "Awan", "Abel", "Azura"]  # sorted
    total = tree("treemap", branchvalues="total",
                 values=[65, 14, 12, 10, 2, 6, 6, 4, 4])
    assert total.node("Seth").value == 12 and total.root.value == 65
    counted = read_figure({"data": [{"type": "icicle", "labels": FAMILY["labels"],
                                     "parents": FAMILY["parents"]}]}, None).domain[0]
    assert counted.root.value == 6  # no values: each leaf counts 1


def test_several_roots_hang_from_an_implied_root_and_px_path_ids_are_used() -> None:
    px_like = {"type": "sunburst", "ids": ["a/x", "a/y", "a", "b"], "labels": ["x", "y", "a", "b"],
               "parents": ["a", "a", "", ""], "values": [1, 3, 4, 2], "branchvalues": "total"}
    sun = read_figure({"data": [px_like]}, None).domain[0]
    assert sun.implied and [n.id for n in sun.nodes] == ["a", "a/y", "a/x", "b"]
    rings = {n.id: n.ring for n in sun.nodes}
    assert rings["a"][:2] == (0.0, 0.5) and rings["a/y"][:2] == (0.5, 1.0)  # plotly drops the implied ring
    assert rings["a"][2:] == (0.0, pytest.approx(240.0))  # counterclockwise from 3 o'clock
    assert rings["a/y"][3] - rings["a/y"][2] == pytest.approx(180.0)  # angles as values: 3 of 6
    turned = read_figure({"data": [{**px_like, "rotation": 90}]}, None).domain[0]
    assert turned.nodes[0].ring[2] == 90.0


def test_top_level_branches_take_the_colorway_and_parents_fade_as_depthfade() -> None:
    plotly = tree("treemap")
    seth, cain = plotly.node("Seth"), plotly.node("Cain")
    assert seth.color == color(PLOTLY_COLORWAY[0]) and cain.color == color(PLOTLY_COLORWAY[1])
    assert plotly.node("Enos").color == seth.color  # a branch keeps its colour
    assert (plotly.root.fade, seth.fade, plotly.node("Enos").fade) == (3, 2, 0)
    streamlit = tree("treemap", "streamlit")
    assert streamlit.node("Seth").color is None and streamlit.node("Cain").slot == 1  # the app's palette
    given = tree("treemap", marker={"colors": ["red"] + ["#00ff00"] * 8})
    assert given.node("Cain").color == (0, 255, 0, 255) and given.node("Seth").fade == 0
    grey = [[0, "#000000"], [1, "#ffffff"]]
    scaled = tree("treemap", marker={"colors": list(range(9)), "colorscale": grey})
    assert scaled.root.color == (0, 0, 0, 255) and scaled.node("Azura").color == (255, 255, 255, 255)
    sun = tree("sunburst")
    assert sun.node("Cain").opacity == 0.7 and sun.node("Seth").opacity == 1.0  # plotly's leaf.opacity


def test_treemap_boxes_are_squarified_with_areas_proportional_to_values() -> None:
    flat = read_figure({"data": [{"type": "treemap", "labels": list("abcdef"), "parents": [""] * 6,
                                  "values": [6, 6, 4, 3, 2, 2], "tiling": {"pad": 0}}]}, None).domain[0]
    treemap(flat, 600, 400)
    areas = {n.label: area(n.rect) for n in flat.nodes}
    assert sum(areas.values()) == pytest.approx(600 * 400)  # several roots: no header, no padding
    for label, value in zip("abcdef", [6, 6, 4, 3, 2, 2]):
        assert areas[label] == pytest.approx(600 * 400 * value / 23)
    sides = [(n.rect[2] - n.rect[0], n.rect[3] - n.rect[1]) for n in flat.nodes]
    worst = max(max(w / h, h / w) for w, h in sides)
    assert worst < 4  # squarified: slices would be 1:17
    family = tree("treemap")
    treemap(family, 800, 500)
    x0, y0, x1, y1 = family.node("Seth").rect
    assert family.root.rect == (0.0, 0.0, 800.0, 500.0)
    assert x0 >= 6 and y0 >= 24  # inside the root's padding and under its header
    enos = family.node("Enos").rect
    assert x0 < enos[0] < enos[2] < x1 and y0 < enos[1] < enos[3] < y1


def test_icicle_levels_are_columns_and_maxdepth_cuts_them() -> None:
    family = tree("icicle")
    icicle(family, 900, 300)
    assert family.root.rect == (0.0, 0.0, 300.0, 300.0)  # three levels: 300 px each
    seth = family.node("Seth").rect
    assert seth[0] == 300.0 and seth[3] - seth[1] == pytest.approx(300 * 24 / 68)
    shallow = tree("icicle", maxdepth=2)
    assert "Enos" not in [n.label for n in shallow.shown]
    icicle(shallow, 900, 300)
    assert shallow.node("Seth").rect[2] == 900.0 and shallow.node("Enos").rect is None


def test_textinfo_writes_values_and_percents_in_the_labels() -> None:
    part = tree("treemap", textinfo="label+value+percent parent")
    assert part.node("Enos").text == "Enos\n10\n41.7%"


def test_a_plotly_express_treemap_reads_its_path() -> None:
    px = pytest.importorskip("plotly.express")
    df = px.data.tips()
    fig = read_figure(px.treemap(df, path=[px.Constant("all"), "day", "time"], values="total_bill"), None)
    (part,) = fig.domain
    assert part.root.label == "all" and part.root.value == pytest.approx(df.total_bill.sum())
    assert {n.label for n in part.root.children} == {"Sun", "Sat", "Thur", "Fri"}
    assert part.node("all/Sat/Dinner").value == pytest.approx(df[df.day == "Sat"].total_bill.sum())


def test_numbers_as_colours_through_the_colour_axis_show_its_colour_bar() -> None:
    marker = {"colors": list(range(9)), "coloraxis": "coloraxis"}
    spec = {"data": [{"type": "treemap", **FAMILY, "marker": marker}],
            "layout": {"coloraxis": {"colorscale": [[0, "#000000"], [1, "#ffffff"]],
                                     "colorbar": {"title": {"text": "age"}}}}}
    fig = read_figure(spec, None)
    assert fig.colorbar is not None and fig.colorbar[:3] == ("age", 0.0, 8.0)
    assert fig.domain[0].node("Azura").color == (255, 255, 255, 255)
