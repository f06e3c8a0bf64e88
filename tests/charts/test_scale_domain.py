"""Vega-Lite's zero and nice scale defaults (read from Vega itself: the specs compiled by
vl-convert) and the domains they give."""

from __future__ import annotations

from typing import Any

import pytest

from rerunqt.core.scale_domain import chart_domains, domain
from rerunqt.core.vega_build import build

ROWS = [{"a": 150, "b": 50, "c": "p"}, {"a": 200, "b": 95, "c": "q"}, {"a": 173, "b": 70, "c": "r"}]


def q(name: str, **more: Any) -> dict[str, Any]:
    return {"field": name, "type": "quantitative", **more}


def zeros(spec: dict[str, Any]) -> tuple[bool, bool]:
    plot = build({"data": {"values": ROWS}, **spec})
    return plot.x.zero, plot.y.zero


@pytest.mark.parametrize(("spec", "expected"), [
    ({"mark": "line", "encoding": {"x": q("a"), "y": q("b")}}, (False, True)),
    ({"mark": "area", "encoding": {"x": q("a"), "y": q("b")}}, (False, True)),
    ({"mark": "point", "encoding": {"x": q("a"), "y": q("b")}}, (True, True)),
    ({"mark": "bar", "encoding": {"x": q("a"), "y": q("b")}}, (False, True)),
    ({"mark": "bar", "encoding": {"x": q("a", aggregate="sum"), "y": q("b")}}, (True, False)),
    ({"mark": "line", "encoding": {"x": q("a", aggregate="sum"), "y": q("b")}}, (False, True)),
    ({"mark": {"type": "line", "orient": "horizontal"}, "encoding": {"x": q("a"), "y": q("b")}},
     (True, False)),
    ({"mark": "bar", "encoding": {"x": q("a", bin=True),
                                  "y": {"aggregate": "count", "type": "quantitative"}}}, (False, True)),
    # layers: the first layer with the channel decides, as Vega-Lite merges them
    ({"layer": [{"mark": "point", "encoding": {"x": q("a"), "y": q("b")}},
                {"mark": "line", "encoding": {"x": q("a"), "y": q("b")}}]}, (True, True)),
    ({"layer": [{"mark": "line", "encoding": {"x": q("a"), "y": q("b")}},
                {"mark": "point", "encoding": {"x": q("a"), "y": q("b")}}]}, (False, True)),
    # a domain turns zero off unless the scale asks for it
    ({"mark": "point", "encoding": {"x": q("a", scale={"domain": [100, 250]}),
                                    "y": q("b", scale={"domain": [40, 120], "zero": True})}}, (False, True)),
])
def test_zero_defaults_follow_the_mark_and_its_orient(spec: dict[str, Any],
                                                     expected: tuple[bool, bool]) -> None:
    assert zeros(spec) == expected


def test_nice_defaults_and_the_specs_own_settings() -> None:
    plot = build({"data": {"values": ROWS}, "mark": "point", "encoding": {
        "x": q("a", scale={"nice": False, "domainMin": 100}), "y": q("b", scale={"nice": 4})}})
    assert (plot.x.nice, plot.x.bounds, plot.y.nice) == (False, (100.0, None), 4)
    custom = build({"data": {"values": ROWS}, "mark": "point",
                    "encoding": {"x": q("a", scale={"domain": [100, 250]}), "y": q("b")}})
    assert (custom.x.nice, custom.y.nice) == (False, True)


@pytest.mark.parametrize(("span", "options", "expected"), [
    ((1.2e12, 2.6e12), {"zero": True, "nice": True}, (0.0, 2.6e12)),  # Vega: "0 to 2,600,000,000,000"
    ((2400, 10400), {"zero": True, "nice": True}, (0.0, 11000.0)),
    ((-7.2, -1.5), {"zero": True, "nice": True}, (-8.0, 0.0)),
    ((-4.2, -1.0), {"zero": True, "nice": True}, (-4.5, 0.0)),
    ((150, 200), {"zero": True, "nice": True}, (0.0, 200.0)),
    ((50, 95), {"zero": False, "nice": True}, (50.0, 95.0)),
    ((150, 200), {"zero": True, "low": 100}, (100.0, 200.0)),  # domainMin replaces the zero
    ((150, 950), {"log": True, "nice": True}, (100.0, 1000.0)),
    ((100, 250), {"zero": True}, (0.0, 250.0)),
])
def test_domains_reach_zero_then_round_ends(span: tuple[float, float], options: dict[str, Any],
                                            expected: tuple[float, float]) -> None:
    assert domain(span, **options) == pytest.approx(expected)


def test_built_in_charts_zero_the_values_and_only_a_scatters_x() -> None:
    import numpy as np

    xs, ys = [np.array([150.0, 200.0])], [np.array([50.0, 95.0])]
    assert chart_domains("scatter_chart", "number", xs, ys) == ((0.0, 200.0), (0.0, 100.0))
    assert chart_domains("line_chart", "number", xs, ys) == ((150.0, 200.0), (0.0, 100.0))
    days = [np.array([1704067200.0, 1704844800.0])]
    assert chart_domains("line_chart", "datetime", days, ys)[0] == (1704067200.0, 1704844800.0)
    assert chart_domains("bar_chart", "category", [np.array([0.0, 1.0])], ys)[0] is None
