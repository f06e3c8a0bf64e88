"""d3-format, d3's ticks and Vega's time labels, as the charts in the browser write them."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from rerunqt.core.axis_ticks import nice, tick_count, ticks
from rerunqt.core.d3_format import format_span, formatter
from rerunqt.core.d3_time import multi_format, time_formatter, time_ticks
from rerunqt.core.plotly_ticks import TickSpec
from rerunqt.core.plotly_values import rich, text


@pytest.mark.parametrize(("spec", "value", "text"), [
    (",.0f", 1234567.8, "1,234,568"), (".1%", 0.1234, "12.3%"), ("$,.2f", 1234.5, "$1,234.50"),
    ("~s", 2_500_000, "2.5M"), (".2s", 2_500_000, "2.5M"), ("~s", 0.0012, "1.2m"), ("d", 42.6, "43"),
    ("+,d", 1234, "+1,234"), (".3e", 12345, "1.235e+4"), (".3r", 1234.5, "1230"),
    (".0%", -0.004, "0%"), ("($,.2f", -1234.5, "($1,234.50)"), ("08.2f", -3.14, "\u22120003.14"),
    ("010,.0f", 1234567, "01,234,567"), ("", 0.1 + 0.2, "0.3"), ("#x", 255, "0xff"),
    ("^6", 12, "  12  "), (".1p", 0.1234, "10%"), (",", -2500.25, "\u22122,500.25"),
])
def test_d3_format_specifiers(spec: str, value: float, text: str) -> None:
    assert formatter(spec)(value) == text


@pytest.mark.parametrize(("spec", "value", "text"), [
    (",.0f", 782.5, "783"), (".0f", 2.5, "3"), (".0f", -2.5, "\u22123"), (".1%", 0.0125, "1.3%"),
    (".2g", 0.125, "0.13"), (".2r", 1.25, "1.3"), (".1e", 1.25, "1.3e+0"), ("d", 2.5, "3"),
    ("x", 10.5, "b"), (".1f", 0.25, "0.3"), (",.2f", 1.005, "1.00"),  # 1.005 is 1.00499...
])
def test_a_tie_rounds_up_as_javascript_does(spec: str, value: float, text: str) -> None:
    """d3-format rounds with JS toFixed / toExponential / toPrecision / Math.round, which
    take a value exactly half way up (node: (782.5).toFixed(0) is "783"); Python's
    formats round it to even, so ",.0f" of 782.5 was "782"."""
    assert formatter(spec)(value) == text


def test_vega_s_default_label_format_takes_the_precision_of_the_step() -> None:
    def span(low: float, high: float, count: int, spec: str | None = None) -> list[str]:
        write = format_span(low, high, count, spec)
        return [write(v) for v in ticks(low, high, count)]

    assert span(0, 2.5e9, 5) == ["0", "500,000,000", "1,000,000,000", "1,500,000,000",
                                 "2,000,000,000", "2,500,000,000"]
    assert span(0, 1.5, 3) == ["0.0", "0.5", "1.0", "1.5"]
    assert span(-2, 2, 4) == ["\u22122", "\u22121", "0", "1", "2"]
    assert span(0, 1, 5, "%") == ["0%", "20%", "40%", "60%", "80%", "100%"]
    assert span(0, 5e6, 5, "~s") == ["0M", "1M", "2M", "3M", "4M", "5M"]
    assert nice(0, 2.43e9) == (0, 2.6e9) and nice(2000, 2023) == (2000, 2024)
    assert tick_count(400) == 10 and tick_count(400, 1.0, 3) == 4


def stamp(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc).timestamp()


@pytest.mark.parametrize(("start", "stop", "count", "shown"), [
    ("2024-01-01", "2024-04-29", 8, ["2024", "February", "March", "April"]),
    ("2024-01-01", "2024-01-31", 8, ["Jan 07", "Jan 14", "Jan 21", "Jan 28"]),
    ("2024-03-02", "2024-03-03", 4, ["Sat 02", "06 AM", "12 PM", "06 PM", "Mar 03"]),
    ("2024-01-01 10:00", "2024-01-01 10:20", 4, ["10 AM", "10:05", "10:10", "10:15", "10:20"]),
    ("2000-01-01", "2023-01-01", 5, ["2000", "2005", "2010", "2015", "2020"]),
])
def test_vega_s_time_ticks_and_multi_scale_labels(start: str, stop: str, count: int,
                                                  shown: list[str]) -> None:
    assert [multi_format(v) for v in time_ticks(stamp(start), stamp(stop), count)] == shown


def test_d3_time_format_directives() -> None:
    moment = stamp("2024-03-05 07:08:09.250")
    assert time_formatter("%b %d, %Y")(moment) == "Mar 05, 2024"
    assert time_formatter("%-d/%-m %I:%M %p Q%q %a %L")(moment) == "5/3 07:08 AM Q1 Tue 250"


@pytest.mark.parametrize(("layout", "low", "high", "shown"), [
    ({}, 6e9, 8e9, ["6B", "6.5B", "7B", "7.5B", "8B"]),
    ({}, 0, 50_000, ["0", "10k", "20k", "30k", "40k", "50k"]),
    ({}, 0, 5000, ["0", "1000", "2000", "3000", "4000", "5000"]),
    ({}, 0, 1.6, ["0", "0.5", "1", "1.5"]),
    ({}, -2, 2, ["\u22122", "\u22121", "0", "1", "2"]),
    ({"tickmode": "linear", "tick0": 2000, "dtick": 5}, 1999, 2016, ["2000", "2005", "2010", "2015"]),
    ({"tickformat": ".0%", "dtick": 0.25}, 0, 1, ["0%", "25%", "50%", "75%", "100%"]),
    ({"tickprefix": "$", "ticksuffix": " net", "dtick": 1e6}, 0, 2e6, ["$0 net", "$1M net", "$2M net"]),
    ({"exponentformat": "none", "dtick": 1e6}, 0, 2e6, ["0", "1,000,000", "2,000,000"]),
])
def test_plotly_tick_labels(layout: dict[str, object], low: float, high: float, shown: list[str]) -> None:
    spec = TickSpec(layout)
    values, step = spec.ticks(low, high, 250, False)
    assert spec.labels(values, step, low, high) == shown


@pytest.mark.parametrize(("low", "high", "pixels", "shown"), [
    (2.3, 4.8, 500, ["2", "5", "1000", "2", "5", "10k", "2", "5"]),  # gapminder's gdpPercap
    (0, 8, 400, ["1", "100", "10k", "1M", "100M"]),  # crowded decades: every second one
    (1, 2, 600, ["10", "2", "3", "4", "5", "6", "7", "8", "9", "100"]),  # room for every digit
    (1.2, 1.8, 600, ["20", "30", "40", "50", "60"]),  # inside a decade: linear, whole numbers
])
def test_plotly_log_axis_ticks(low: float, high: float, pixels: float, shown: list[str]) -> None:
    """A log axis (``log_x=True``) labelled as plotly.js: its decades ("1000", "10k") with
    2 and 5 (or every digit) between; pyqtgraph's "2·10²" labels crowded each other."""
    ticks = TickSpec({}).log_ticks(low, high, pixels, True)
    assert ticks is not None and [text for _, text in ticks] == shown
    assert TickSpec({"dtick": 1}).log_ticks(low, high, pixels, True) is None  # the layout's own


def test_plotly_titles_keep_bold_italic_and_line_breaks() -> None:
    title = {"text": "<b>Sales</b> by <i>region</i><br>2024 &amp; 2025 <a href='x'>src</a> a < b"}
    assert rich(title) == "<b>Sales</b> by <i>region</i><br>2024 &amp; 2025 src a &lt; b"
    assert text(title) == "Sales by region 2024 & 2025 src a < b"
