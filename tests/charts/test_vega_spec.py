"""The Vega-Lite translator on plain spec dicts (no Altair, no Qt)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rerunqt.core.vega_build import build
from rerunqt.errors import RerunQtAPIError

ROWS = [{"a": 1, "b": 4.0, "c": "x"}, {"a": 2, "b": 5.0, "c": "x"}, {"a": 3, "b": 6.0, "c": "x"},
        {"a": 1, "b": 7.0, "c": "y"}, {"a": 2, "b": 8.0, "c": "y"}, {"a": 3, "b": 9.0, "c": "y"}]


def spec(mark: object, **encoding: object) -> dict[str, object]:
    return {"data": {"values": ROWS}, "mark": mark, "encoding": encoding}


def q(name: str, **more: object) -> dict[str, object]:
    return {"field": name, "type": "quantitative", **more}


def n(name: str, **more: object) -> dict[str, object]:
    return {"field": name, "type": "nominal", **more}


def test_a_line_per_colour_value_in_x_order_with_palette_positions() -> None:
    plot = build(spec("line", x=q("a"), y=q("b"), color=n("c")))
    (mark,) = plot.marks
    assert mark.kind == "line"
    assert [(s.name, s.index, s.x.tolist(), s.y.tolist()) for s in mark.series] == [
        ("x", 0, [1, 2, 3], [4, 5, 6]), ("y", 1, [1, 2, 3], [7, 8, 9])]
    assert (plot.x.title, plot.y.title, plot.legend, plot.note) == ("a", "b", "c", "")
    assert plot.y.zero  # Vega-Lite's quantitative scales start at zero by default


def test_colour_split_bars_stack_and_stack_none_overlaps() -> None:
    stacked = build(spec("bar", x=n("c"), y=q("b", aggregate="sum"), color=n("a", type="ordinal")))
    assert stacked.x.labels == ("x", "y")
    tops = [s.y.tolist() for s in stacked.marks[0].series]
    assert tops == [[4, 7], [9, 15], [15, 24]]
    assert stacked.marks[0].series[1].base.tolist() == [4, 7]
    flat = build(spec("bar", x=n("c"), y=q("b", stack=None), color=n("a", type="ordinal")))
    assert [s.base.tolist() for s in flat.marks[0].series] == [[0, 0]] * 3


def test_normalized_stack_sums_to_one() -> None:
    plot = build(spec("area", x=q("a"), y=q("b", stack="normalize"), color=n("c")))
    assert plot.marks[0].series[-1].y.tolist() == [1, 1, 1]


def test_nominal_y_with_quantitative_x_draws_horizontal_bars() -> None:
    plot = build(spec("bar", y=n("c"), x=q("b", aggregate="sum")))
    mark = plot.marks[0]
    assert mark.horizontal and plot.y.kind == "category" and plot.y.labels == ("x", "y")
    assert mark.series[0].x.tolist() == [15, 24] and mark.series[0].y.tolist() == [0, 1]


@pytest.mark.parametrize(("op", "expected"), [("sum", [15, 24]), ("mean", [5, 8]), ("count", [3, 3]),
                                              ("min", [4, 7]), ("max", [6, 9]), ("median", [5, 8])])
def test_aggregates(op: str, expected: list[float]) -> None:
    plot = build(spec("bar", x=n("c"), y=q("b", aggregate=op)))
    assert plot.marks[0].series[0].y.tolist() == expected
    # Vega-Lite titles a count "Count of Records" even with a field
    assert plot.y.title == ("Count of Records" if op == "count" else f"{op.capitalize()} of b")


def test_count_without_a_field_and_a_histogram_with_bin() -> None:
    rows = [{"v": v} for v in (0.1, 0.2, 0.3, 1.1, 1.2, 2.5)]
    plot = build({"data": {"values": rows}, "mark": "bar",
                  "encoding": {"x": q("v", bin={"step": 1}),
                               "y": {"aggregate": "count", "type": "quantitative"}}})
    (series,) = plot.marks[0].series
    assert sorted(zip(series.x.tolist(), series.y.tolist())) == [(0.5, 3), (1.5, 2), (2.5, 1)]
    assert plot.marks[0].thickness == pytest.approx(0.94) and not plot.x.zero
    assert plot.y.title == "Count of Records"


def test_default_titles_follow_vega_lite_s_verbal_formatter() -> None:
    rows = [{"d": "2024-01-05", "b": 1.0}, {"d": "2024-02-05", "b": 2.0}]

    def title(**channel: object) -> str:
        x = {"field": "d", "type": "temporal", **channel}
        return build({"data": {"values": rows}, "mark": "line",
                      "encoding": {"x": x, "y": q("b")}}).x.title

    # a timeUnit's single units joined by "-" (Vega-Lite's getTimeUnitParts), "utc" dropped
    assert title(timeUnit="yearmonthdate") == "d (year-month-date)"
    assert title(timeUnit="utcyearmonth") == "d (year-month)"
    assert title(timeUnit={"unit": "hoursminutes", "step": 2}) == "d (hours-minutes)"
    assert title(timeUnit="dayofyear") == "d (dayofyear)"
    assert title(timeUnit="secondsmilliseconds") == "d (seconds-milliseconds)"
    assert title() == "d"


def test_time_units_truncate_dates_or_give_ordered_labels() -> None:
    rows = [{"d": "2024-01-05", "v": 1}, {"d": "2024-01-20", "v": 2}, {"d": "2024-03-02", "v": 4}]
    by_month = build({"data": {"values": rows}, "mark": "line", "encoding": {
        "x": {"field": "d", "type": "temporal", "timeUnit": "yearmonth"}, "y": q("v", aggregate="sum")}})
    assert by_month.x.kind == "datetime"
    assert [by_month.x.text(x) for x in by_month.marks[0].series[0].x] == ["2024-01-01", "2024-03-01"]
    assert by_month.marks[0].series[0].y.tolist() == [3, 4]
    names = build({"data": {"values": rows}, "mark": "bar", "encoding": {
        "x": {"field": "d", "type": "ordinal", "timeUnit": "month"}, "y": q("v", aggregate="sum")}})
    assert names.x.labels == ("Jan", "Mar")


def test_time_units_without_a_year_fall_in_2012_as_in_vega_lite() -> None:
    """``monthdate`` (Altair's ``monthdate(date):T``) and other composite units were not
    drawn ("timeUnit 'monthdate'" note, the dates left whole); each part is kept and a
    unit without a year is put in Vega-Lite's 2012, so every year's 12 March is one x."""
    rows = [{"d": "2013-03-12T10:20:30", "v": 1}, {"d": "2015-03-12T08:00:00", "v": 2},
            {"d": "2014-12-31T23:59:59", "v": 4}]

    def xs(unit: str) -> list[str]:
        plot = build({"data": {"values": rows}, "mark": "point", "encoding": {
            "x": {"field": "d", "type": "temporal", "timeUnit": unit}, "y": q("v")}})
        assert plot.x.kind == "datetime" and not plot.notes, plot.notes
        return [str(np.datetime64(int(x), "s")) for x in plot.marks[0].series[0].x]

    assert xs("monthdate") == ["2012-03-12T00:00:00", "2012-03-12T00:00:00", "2012-12-31T00:00:00"]
    assert xs("hoursminutes") == ["2012-01-01T10:20:00", "2012-01-01T08:00:00", "2012-01-01T23:59:00"]
    assert xs("yearquartermonth")[2] == "2014-12-01T00:00:00"


def test_a_time_unit_without_a_year_labels_its_axis_without_one() -> None:
    """Vega-Lite labels ``monthdate`` "Jan 01" and ``hoursminutes`` "10:20"; the axis showed
    the made-up year 2012 at its first tick."""
    rows = [{"d": "2013-03-12T10:20:30", "v": 1}, {"d": "2015-07-01T08:00:00", "v": 2}]

    def axis_format(unit: str, axis: dict | None = None) -> str | None:
        x = {"field": "d", "type": "temporal", "timeUnit": unit, **({"axis": axis} if axis else {})}
        plot = build({"data": {"values": rows}, "mark": "point", "encoding": {"x": x, "y": q("v")}})
        return plot.x.format

    assert axis_format("monthdate") == "%b %d" and axis_format("utcmonthdate") == "%b %d"
    assert axis_format("hoursminutes") == "%H:%M"
    assert axis_format("monthdatehoursminutesseconds") == "%b %d, %H:%M:%S"
    assert axis_format("yearmonthdate") is None  # a real year: the usual labels
    assert axis_format("monthdate", {"format": "%d/%m"}) == "%d/%m"  # the spec's own wins


def test_named_datasets_as_altair_writes_them_and_data_passed_by_streamlit() -> None:
    named = {"datasets": {"d1": ROWS}, "data": {"name": "d1"}, "mark": "point",
             "encoding": {"x": q("a"), "y": q("b")}}
    assert len(build(named).marks[0].series[0].x) == 6
    plain = {"mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}
    plot = build(plain, {"a": [1, 2], "b": [3, 4]})
    assert plot.marks[0].series[0].y.tolist() == [3, 4]
    assert plot.x.kind == "number"  # the type is guessed from the values


def test_layers_share_axes_and_inherit_data_and_encoding() -> None:
    layered = {"data": {"values": ROWS}, "title": "T", "width": 320,
               "encoding": {"x": q("a"), "y": q("b")},
               "layer": [{"mark": "line"}, {"mark": {"type": "point", "filled": True}},
                         {"mark": {"type": "rule", "color": "red"},
                          "encoding": {"y": q("b", aggregate="mean"), "x": None}}]}
    plot = build(layered)
    assert [m.kind for m in plot.marks] == ["line", "point", "rule"]
    assert (plot.title, plot.width) == ("T", 320)
    rule = plot.marks[2].series[0]
    assert math.isnan(rule.x[0]) and rule.y.tolist() == [6.5] and rule.color == "red"


def test_a_layer_without_a_title_shows_its_first_member_s() -> None:
    # Vega-Lite promotes a member's title (alt.Chart(df, title="T") + other), depth first
    member = {"mark": "line", "encoding": {"x": q("a"), "y": q("b")}}
    nested = {"layer": [{**member, "title": "Inner"}]}
    layered = {"data": {"values": ROWS}, "layer": [member, nested, {**member, "title": "Later"}]}
    assert build(layered).title == "Inner"
    assert build({**layered, "title": "Own"}).title == "Own"  # the layer's own title wins
    assert build({"data": {"values": ROWS}, "layer": [member]}).title in ("", None)


def test_tooltips_size_opacity_and_scale_range() -> None:
    plot = build(spec({"type": "circle", "opacity": 0.5}, x=q("a"), y=q("b"), size=q("b"),
                      color=n("c", scale={"range": ["#111111", "#222222"]}),
                      tooltip=[q("a"), n("c", title="Group")]))
    first = plot.marks[0].series[0]
    assert first.color == "#111111" and plot.marks[0].series[1].color == "#222222"
    assert [t for t, _ in first.tips] == ["a", "Group"] and first.tips[1][1].tolist() == ["x"] * 3
    assert isinstance(first.size, type(first.x)) and first.size[0] < first.size[2]
    assert plot.marks[0].opacity == 0.5 and plot.marks[0].filled


def test_scale_log_domain_and_zero_and_axis_titles() -> None:
    plot = build(spec("point", x=q("a", scale={"zero": False}, axis={"title": "A!"}),
                      y=q("b", scale={"type": "log"})))
    assert (plot.x.zero, plot.x.title, plot.y.log, plot.y.zero) == (False, "A!", True, False)
    ranged = build(spec("point", x=q("a", scale={"domain": [0, 10]}), y=q("b")))
    assert ranged.x.domain == (0.0, 10.0)


def test_a_null_title_leaves_the_axis_without_one() -> None:
    """Altair's ``alt.Y("c:N", title=None)`` is ``"title": null``: Vega-Lite draws no axis
    title (it showed the field's name)."""
    plot = build(spec("bar", y=n("c", title=None, sort="-x"), x=q("b", title="Total")))
    assert (plot.x.title, plot.y.title) == ("Total", "")


def test_filter_calculate_and_fold_transforms() -> None:
    plot = build({**spec("bar", x=n("c"), y=q("double", aggregate="sum")),
                  "transform": [{"filter": "datum.a > 1 && datum.c !== 'z'"},
                                {"calculate": "datum.b * 2", "as": "double"}]})
    assert plot.marks[0].series[0].y.tolist() == [22, 34]
    folded = build({"data": {"values": [{"p": 1, "q": 2}]}, "transform": [{"fold": ["p", "q"]}],
                    "mark": "bar", "encoding": {"x": n("key"), "y": q("value")}})
    assert folded.x.labels == ("p", "q") and folded.marks[0].series[0].y.tolist() == [1, 2]


def test_what_cannot_be_drawn_is_named_in_the_note() -> None:
    concat = {"hconcat": [spec("line", x=q("a"), y=q("b")), spec("text", x=q("a"))]}
    plot = build(concat)
    assert [m.kind for m in plot.marks] == ["line"]
    assert plot.note == "Not drawn natively: hconcat (only the first of 2 views is drawn)."
    text = build({"layer": [spec("line", x=q("a"), y=q("b")), spec("rect", x=q("a"))]})
    assert "'rect' marks" in text.note
    chosen = build({**spec("point", x=q("a"), y=q("b"), opacity={
        "condition": {"param": "pick", "value": 1}, "value": 0.3}),
        "params": [{"name": "pick", "select": "point"}]})
    assert "selection 'pick'" in chosen.note
    zoom = build({**spec("point", x=q("a"), y=q("b")),
                  "params": [{"name": "z", "select": "interval", "bind": "scales"}]})
    assert zoom.note == ""  # .interactive() zoom and pan: every chart has them
    panels = build(spec("line", x=q("a"), y=q("b"), column=n("c")))
    assert panels.note == "Not drawn natively: column encoding (panels drawn as one)."
    heat = build(spec("line", x=q("a"), y=q("b"), color=q("b")))
    assert "colour by the number 'b'" in heat.note


def test_a_field_the_data_lacks_is_a_clear_error() -> None:
    message = r"names a column the chart's data does not have; its columns are \['a', 'b', 'c'\]"
    with pytest.raises(RerunQtAPIError, match=message):
        build(spec("line", x=q("nope"), y=q("b")))


def test_equal_specs_give_equal_plots_and_new_numbers_differ() -> None:
    assert build(spec("line", x=q("a"), y=q("b"))) == build(spec("line", x=q("a"), y=q("b")))
    changed = [dict(row, b=row["b"] + 1) for row in ROWS]
    assert build(spec("line", x=q("a"), y=q("b"))) != build({**spec("line", x=q("a"), y=q("b")),
                                                             "data": {"values": changed}})


def test_x_offset_sets_bars_side_by_side() -> None:
    plot = build(spec("bar", x=n("c"), y=q("b", aggregate="sum"), color=n("a", type="ordinal"),
                      xOffset=n("a", type="ordinal")))
    mark = plot.marks[0]
    assert [s.x.tolist()[0] for s in mark.series] == pytest.approx([-0.8 / 3, 0, 0.8 / 3])
    assert all(s.base.tolist() == [0, 0] for s in mark.series)
    assert mark.thickness == pytest.approx(0.8 / 3)


def test_categories_sorted_by_the_other_channel_and_dashes_per_series() -> None:
    plot = build(spec("bar", x=n("c", sort="-y"), y=q("b", aggregate="sum")))
    assert plot.x.labels == ("y", "x")  # 24 before 15
    listed = build(spec("bar", x=n("c", sort=["y", "x"]), y=q("b")))
    assert listed.x.labels == ("y", "x")
    dashed = build(spec("line", x=q("a"), y=q("b"), strokeDash=n("c")))
    assert [s.dash for s in dashed.marks[0].series] == [None, (4.0, 2.0)]


def test_a_condition_is_drawn_as_if_everything_were_selected() -> None:
    chosen = spec("point", x=q("a"), y=q("b"),
                  color={"condition": {"param": "p", "field": "c", "type": "nominal"}, "value": "gray"})
    plot = build({**chosen, "params": [{"name": "p", "select": "point"}]})
    assert [s.name for s in plot.marks[0].series] == ["x", "y"]
    assert plot.note == "Not drawn natively: selection 'p'."


def test_a_selection_with_empty_false_starts_with_nothing_selected() -> None:
    """Streamlit's "Annotate an Altair chart" tutorial: points filtered by a hover selection
    and rules with opacity 0.3 only when hovered are hidden until the user hovers (Vega-Lite's
    first view); an empty selection that counts as all (the default) keeps everything."""
    params = [{"name": "hover", "select": {"type": "point", "on": "mouseover"}}]
    points = build({**spec("circle", x=q("a"), y=q("b")), "params": params,
                    "transform": [{"filter": {"param": "hover", "empty": False}}]})
    assert sum(len(s.x) for m in points.marks for s in m.series) == 0
    assert points.note == "Not drawn natively: selection 'hover'."
    everything = build({**spec("circle", x=q("a"), y=q("b")), "params": params,
                        "transform": [{"filter": {"param": "hover"}}]})
    assert [len(s.x) for s in everything.marks[0].series] == [6]
    rules = build({**spec("rule", x=q("a"), opacity={"condition": {"param": "hover", "value": 0.3,
                                                                  "empty": False}, "value": 0}),
                   "params": params})
    assert rules.marks[0].opacity == 0


def test_a_dataframe_with_dates_aware_or_naive_as_data() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"d": pd.date_range("2024-01-01", periods=2, tz="UTC"),
                          "n": pd.date_range("2024-01-01", periods=2), "v": [1, None]})
    for name in ("d", "n"):
        plot = build({"mark": "line", "encoding": {"x": {"field": name}, "y": {"field": "v"}}}, frame)
        assert plot.x.kind == "datetime"
        assert [plot.x.text(x) for x in plot.marks[0].series[0].x] == ["2024-01-01", "2024-01-02"]
        assert math.isnan(plot.marks[0].series[0].y[1])


def test_a_selection_nothing_reads_changes_nothing_and_is_not_noted() -> None:
    """A real PJM dashboard: an Altair line chart with a mouseover ``selection_point`` that no
    condition or filter uses (Vega-Lite draws nothing differently) gets no "Not drawn
    natively" line above it; one a filter expression reads is still noted."""
    hover = [{"name": "param_1", "select": {"type": "point", "fields": ["a"], "on": "mouseover",
                                            "nearest": True}}]
    unused = build({**spec("line", x=q("a"), y=q("b")), "params": hover})
    assert unused.note == ""
    read = build({**spec("line", x=q("a"), y=q("b")), "params": hover,
                  "transform": [{"filter": "datum.a > 0 && vlSelectionTest('param_1_store', datum)"}]})
    assert "selection 'param_1'" in read.note


def test_a_condition_with_a_test_colours_each_row_by_it() -> None:
    # The Altair gallery's highlighted bar and negative bars: alt.condition(alt.datum.b > 5,
    # alt.value(...), alt.value(...)) colours only the rows that pass, with no legend.
    color = {"condition": {"test": "(datum.b > 5)", "value": "orange"}, "value": "steelblue"}
    plot = build(spec("bar", x=q("a"), y=q("b", stack=None), color=color))
    series = {s.color: sorted(s.y.tolist()) for s in plot.marks[0].series}
    assert series == {"steelblue": [4.0, 5.0], "orange": [6.0, 7.0, 8.0, 9.0]}
    assert plot.legend is None and plot.note == ""
    field_test = {"condition": {"test": {"field": "c", "equal": "y"}, "value": "red"}, "value": "grey"}
    plot = build(spec("point", x=q("a"), y=q("b"), color=field_test))
    assert {s.color: sorted(s.y.tolist()) for s in plot.marks[0].series} == {
        "grey": [4.0, 5.0, 6.0], "red": [7.0, 8.0, 9.0]}


def test_sequence_data_generates_its_rows() -> None:
    # alt.sequence(start=0, stop=1, step=0.25, as_="x") (the Altair gallery's generator chart)
    plot = build({"data": {"sequence": {"start": 0, "stop": 1, "step": 0.25, "as": "x"}},
                  "mark": "line", "encoding": {"x": q("x"), "y": q("x")}})
    assert plot.marks[0].series[0].x.tolist() == [0.0, 0.25, 0.5, 0.75]
    whole = build({"data": {"sequence": {"start": 1, "stop": 4}}, "mark": "point",
                   "encoding": {"x": q("data"), "y": q("data")}})
    assert whole.marks[0].series[0].x.tolist() == [1, 2, 3]


def test_calculate_uses_vega_s_math_functions() -> None:
    # transform_calculate(sin="sin(datum.x)") as in the Altair gallery's generator chart
    plot = build({"data": {"values": [{"x": 0.0}, {"x": 1.0}]}, "mark": "line",
                  "transform": [{"calculate": "sin(datum.x) + floor(PI)", "as": "s"}],
                  "encoding": {"x": q("x"), "y": q("s")}})
    assert plot.note == ""
    assert plot.marks[0].series[0].y.tolist() == pytest.approx([3.0, 3.0 + math.sin(1.0)])


def test_window_transform_rolling_mean_running_sum_and_rank() -> None:
    # The Altair gallery's "bar with rolling mean": transform_window(rolling_mean="mean(b)",
    # frame=[-1, 0]); a running sum and a rank per group, as Vega-Lite computes them.
    window = {"window": [{"op": "mean", "field": "b", "as": "m"}], "frame": [-1, 0]}
    plot = build({**spec("line", x=q("a"), y=q("m")), "transform": [window]})
    assert plot.note == ""
    (line,) = plot.marks[0].series  # each row's mean with the row before it (data order)
    assert sorted(zip(line.y.tolist(), line.x.tolist())) == [
        (4.0, 1), (4.5, 2), (5.5, 3), (6.5, 1), (7.5, 2), (8.5, 3)]
    from rerunqt.core.vega_window import window as run
    rows = run(ROWS, {"window": [{"op": "sum", "field": "b", "as": "s"},
                                 {"op": "rank", "as": "r"}],
                      "groupby": ["c"], "sort": [{"field": "b", "order": "descending"}]})
    assert [(r["c"], r["s"], r["r"]) for r in rows] == [
        ("x", 15.0, 3), ("x", 11.0, 2), ("x", 6.0, 1), ("y", 24.0, 3), ("y", 17.0, 2), ("y", 9.0, 1)]


def test_joinaggregate_puts_the_group_total_on_each_row() -> None:
    # The Altair gallery's "percentage of total": joinaggregate(TotalTime="sum(Time)") then
    # calculate(PercentOfTotal="datum.Time / datum.TotalTime")
    plot = build({**spec("bar", x=q("p"), y=n("c")), "transform": [
        {"joinaggregate": [{"op": "sum", "field": "b", "as": "total"}], "groupby": ["c"]},
        {"calculate": "datum.b / datum.total", "as": "p"}]})
    assert plot.note == ""
    assert sorted(plot.marks[0].series[0].x.tolist()) == pytest.approx(
        sorted([4 / 15, 5 / 15, 6 / 15, 7 / 24, 8 / 24, 9 / 24]))


def test_aggregate_transform_gives_one_row_per_group() -> None:
    # Altair's transform_aggregate(total="sum(b)", n="count()", k="distinct(a)", groupby=["c"])
    plot = build({**spec("point", x=q("total"), y=q("n"), color=n("c")), "transform": [
        {"aggregate": [{"op": "sum", "field": "b", "as": "total"}, {"op": "count", "as": "n"},
                       {"op": "distinct", "field": "a", "as": "k"}], "groupby": ["c"]},
        {"filter": "datum.k == 3"}]})
    assert plot.note == ""
    assert [(s.name, s.x.tolist(), s.y.tolist()) for s in plot.marks[0].series] == [
        ("x", [15], [3]), ("y", [24], [3])]


def test_rect_heatmap_cells_on_two_discrete_axes_shaded_by_a_number() -> None:
    # Altair's heatmap: mark_rect().encode(x="a:O", y="c:N", color="b:Q")
    plot = build(spec("rect", x={"field": "a", "type": "ordinal"}, y=n("c"), color=q("b")))
    assert plot.note == ""
    (cells,) = plot.marks[0].series
    assert (plot.marks[0].kind, cells.x.tolist(), cells.y.tolist()) == (
        "rect", [0, 1, 2, 0, 1, 2], [0, 0, 0, 1, 1, 1])
    assert cells.shades.tolist() == pytest.approx([0, 0.2, 0.4, 0.6, 0.8, 1])
    assert build(spec("rect", x=q("a"), y=n("c"))).note == "Not drawn natively: 'rect' marks."


def test_a_colour_scale_s_scheme_or_range_gives_the_shades_stops() -> None:
    # alt.Color("b:Q", scale=alt.Scale(scheme="viridis")) / Scale(range=["white", "red"])
    viridis = build(spec("point", x=q("a"), y=q("b"), color=q("b", scale={"scheme": "viridis"})))
    assert viridis.gradient.stops[0] == "#440154" and viridis.gradient.stops[-1] == "#fde725"
    assert viridis.marks[0].stops == viridis.gradient.stops
    ranged = build(spec("point", x=q("a"), y=q("b"), color=q("b", scale={"range": ["white", "red"]})))
    assert ranged.marks[0].stops == ("white", "red")
    flipped = build(spec("point", x=q("a"), y=q("b"),
                         color=q("b", scale={"scheme": {"name": "greys"}, "reverse": True})))
    assert flipped.marks[0].stops[0] == "#000000"
    assert build(spec("point", x=q("a"), y=q("b"), color=q("b"))).marks[0].stops == ()  # the theme's


def test_step_interpolation_turns_at_each_x() -> None:
    from rerunqt.core.vega_plot import stepped

    plot = build(spec({"type": "line", "interpolate": "step-after"}, x=q("a"), y=q("b")))
    assert plot.marks[0].step == "step-after"
    x, y = np.array([0.0, 1.0, 2.0]), np.array([5.0, 7.0, 6.0])
    assert [a.tolist() for a in stepped(x, y, "step-after")] == [[0, 1, 1, 2, 2], [5, 5, 7, 7, 6]]
    assert [a.tolist() for a in stepped(x, y, "step-before")] == [[0, 0, 1, 1, 2], [5, 7, 7, 6, 6]]
    assert [a.tolist() for a in stepped(x, y, "step")] == [
        [0, 0.5, 0.5, 1.5, 1.5, 2], [5, 5, 7, 7, 6, 6]]
    assert build(spec("line", x=q("a"), y=q("b"))).marks[0].step is None


def test_regression_draws_the_fitted_line_over_the_data_s_extent() -> None:
    # The Altair gallery's polynomial fit: transform_regression("a", "b", method="poly", order=2)
    # is written {"on": ..., "regression": ...}, its options first; it used to be noted as 'on'.
    rows = [{"a": float(a), "b": float(a * a)} for a in range(5)]
    poly = build({"data": {"values": rows}, "mark": "line",
                  "transform": [{"on": "a", "regression": "b", "method": "poly", "order": 2}],
                  "encoding": {"x": q("a"), "y": q("b")}})
    assert poly.note == ""
    line = poly.marks[0].series[0]
    assert len(line.x) == 100 and (line.x[0], line.x[-1]) == (0.0, 4.0)
    assert line.y.tolist() == pytest.approx((line.x ** 2).tolist(), abs=1e-9)
    straight = build({"data": {"values": rows}, "mark": "line",
                      "transform": [{"regression": "b", "on": "a", "as": ["u", "v"]}],
                      "encoding": {"x": q("u"), "y": q("v")}})
    assert straight.marks[0].series[0].x.tolist() == [0.0, 4.0]
    assert straight.marks[0].series[0].y.tolist() == pytest.approx([-2.0, 14.0])


def test_config_mark_colours_every_mark_and_the_mark_own_colour_wins() -> None:
    """Altair's configure_mark(color=...) / configure_bar(...): Vega-Lite mark defaults."""
    configured = {**spec("bar", x=n("c"), y=q("b", aggregate="sum")),
                  "config": {"mark": {"color": "black"}}}
    assert build(configured).marks[0].series[0].color == "black"
    own = {**spec({"type": "bar", "color": "red"}, x=n("c"), y=q("b", aggregate="sum")),
           "config": {"mark": {"color": "black"}, "bar": {"color": "green"}}}
    assert build(own).marks[0].series[0].color == "red"
    by_type = {**spec("bar", x=n("c"), y=q("b", aggregate="sum")),
               "config": {"mark": {"color": "black"}, "bar": {"color": "green"}}}
    assert build(by_type).marks[0].series[0].color == "green"


def test_legend_orient_bottom_and_a_none_title() -> None:
    """``alt.Color(...).legend(orient="bottom", title=None)``: under the chart, no title."""
    plot = build(spec("line", x=q("a"), y=q("b"), color=n("c", legend={"orient": "bottom", "title": None})))
    assert (plot.legend, plot.legend_orient) == ("", "bottom")
    titled = build(spec("line", x=q("a"), y=q("b"), color=n("c", legend={"title": "Kind"})))
    assert (titled.legend, titled.legend_orient) == ("Kind", "right")


def test_configure_legend_orient_bottom_puts_every_legend_under_the_chart() -> None:
    """``chart.configure_legend(orient="bottom")`` (the chart's ``config.legend``) moves the
    legend under the chart; the legend's own ``orient`` still wins."""
    configured = {**spec("bar", x=q("a"), y=q("b"), color=n("c")),
                  "config": {"legend": {"orient": "bottom"}}}
    assert build(configured).legend_orient == "bottom"
    own = {**spec("bar", x=q("a"), y=q("b"), color=n("c", legend={"orient": "right"})),
           "config": {"legend": {"orient": "bottom"}}}
    assert build(own).legend_orient == "right"


def test_axis_none_and_axis_labels_false_are_read() -> None:
    plot = build(spec("bar", x=n("c", axis=None), y=q("b", axis={"labels": False})))
    assert (plot.x.shown, plot.y.shown) == ("none", "no values")
    assert build(spec("bar", x=n("c"), y=q("b"))).y.shown == "all"


def test_a_bin_transform_adds_the_bin_start_and_end_columns() -> None:
    """``transform_bin("mbin", field="m")`` (Altair's scatter-with-histogram) raised: the
    encoding's "mbin" was no column of the data. The rows now get each value's bin."""
    values = [{"m": m} for m in (12.2, 12.9, 13.1, 14.0, 14.9)]
    chart = {"data": {"values": values}, "mark": "bar",
             "transform": [{"bin": {"maxbins": 5}, "field": "m", "as": "mbin"}],
             "encoding": {"x": {"field": "mbin", "type": "nominal"},
                          "y": {"aggregate": "count", "type": "quantitative"}}}
    plot = build(chart)
    assert plot.note == "" and plot.x.labels == ("12", "13", "14")
    assert plot.marks[0].series[0].y.tolist() == [2, 1, 2]
    ends = {**chart, "encoding": {"x": {"field": "mbin_end", "type": "nominal"}}, "mark": "tick"}
    assert build(ends).x.labels == ("13", "14", "15")


def test_a_field_made_by_a_transform_left_out_is_a_note_not_an_error() -> None:
    chart = {"data": {"values": [{"m": 1.0}, {"m": 2.0}]}, "mark": "area",
             "transform": [{"density": "m", "as": ["v", "density"]}],
             "encoding": {"x": {"field": "v", "type": "quantitative"},
                          "y": {"field": "density", "type": "quantitative"}}}
    assert "transform 'density'" in build(chart).note


def test_vega_date_functions_in_a_calculate_transform() -> None:
    """``transform_calculate(time="hours(datum.date)")`` was a note and no field: Vega's
    date functions read each row's moment as written (months from 0, Sunday is day 0)."""
    rows = [{"d": "2024-03-10T07:45:00"}, {"d": "2024-12-31T23:05:09"}]
    steps = [{"calculate": f"{name}(datum.d)", "as": name}
             for name in ("year", "quarter", "month", "date", "day", "hours", "minutes", "seconds")]
    chart = {"data": {"values": rows}, "mark": "point", "transform": steps,
             "encoding": {"x": {"field": "hours", "type": "quantitative"},
                          "y": {"field": "day", "type": "quantitative"}}}
    plot = build(chart)
    assert plot.note == ""
    series = plot.marks[0].series[0]
    assert series.x.tolist() == [7, 23] and series.y.tolist() == [0, 2]  # a Sunday, a Tuesday
    from rerunqt.core.vega_data import table, transform

    done = transform(table(rows), steps, [])
    assert [done[name] for name in ("year", "quarter", "month", "date", "minutes", "seconds")] == [
        [2024, 2024], [1, 4], [2, 11], [10, 31], [45, 5], [0, 9]]


def test_a_position_with_no_channel_has_no_axis() -> None:
    """Vega-Lite draws no axis where nothing is encoded (a text table's x, a rule's other
    side); a 0.0 - 1.0 number axis was drawn under Altair's linked text tables."""
    table = build(spec("text", y=n("c"), text=q("a")))
    assert (table.x.shown, table.y.shown) == ("none", "all")
    assert build(spec("rule", y=q("b"))).x.shown == "none"
    assert build(spec("point", x=q("a"), y=q("b"))).x.shown == "all"
