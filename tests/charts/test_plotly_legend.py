"""plotly.js' defaults for the legend and a heatmap's colour bar, read Qt-free."""

from __future__ import annotations

from rerunqt.core.plotly_figure import read_figure


def test_the_legend_shows_for_two_traces_named_or_not_or_one_given_showlegend() -> None:
    two = {"data": [{"type": "scatter", "y": [1, 2]}, {"type": "bar", "y": [3, 4]}]}
    assert read_figure(two, "streamlit").show_legend is True  # "trace 0", "trace 1"
    one_px_group = {"data": [{"type": "scatter", "y": [1, 2], "name": "a", "showlegend": True}]}
    assert read_figure(one_px_group, "streamlit").show_legend is True  # px.line(color=...)
    one = {"data": [{"type": "scatter", "y": [1, 2], "name": "a"}]}
    assert read_figure(one, "streamlit").show_legend is False
    hidden = {"data": [{"type": "scatter", "y": [1], "showlegend": False},
                       {"type": "scatter", "y": [2], "showlegend": False}]}
    assert read_figure(hidden, "streamlit").show_legend is False  # px without colour groups
    heat = {"data": [{"type": "heatmap", "z": [[1]]}, {"type": "scatter", "y": [1]}]}
    assert read_figure(heat, "streamlit").show_legend is False  # a heatmap is not listed


def test_a_heatmap_has_plotly_s_colour_bar_unless_showscale_is_false() -> None:
    heat = {"data": [{"type": "heatmap", "z": [[1, 2], [3, 9]], "colorbar": {"title": {"text": "n"}}}]}
    title, low, high, colours = read_figure(heat, "streamlit").colorbar
    assert (title, low, high, len(colours)) == ("n", 1.0, 9.0, 11)
    hidden = {"data": [{"type": "heatmap", "z": [[1, 2]], "showscale": False}]}
    assert read_figure(hidden, "streamlit").colorbar is None


def test_imshow_and_density_heatmap_take_their_colour_axis_bar() -> None:
    spec = {"data": [{"type": "histogram2d", "x": [1, 2, 2], "y": [1, 1, 1],
                      "coloraxis": "coloraxis"}],
            "layout": {"coloraxis": {"colorbar": {"title": {"text": "count"}}}}}
    title, low, high, _ = read_figure(spec, "streamlit").colorbar
    assert title == "count" and low == 0.0 and high == 2.0
    spec["layout"]["coloraxis"]["showscale"] = False
    assert read_figure(spec, "streamlit").colorbar is None


def test_the_paper_colour_is_the_layout_s_never_the_template_s() -> None:
    dark = {"data": [{"type": "scatter", "y": [1, 2]}],
            "layout": {"template": {"layout": {"paper_bgcolor": "rgb(17,17,17)"}}}}
    assert read_figure(dark, None).paper is None  # Streamlit fills in the app's background
    assert read_figure(dark, "streamlit").paper is None
    own = {"data": [], "layout": {"paper_bgcolor": "#111111"}}
    assert read_figure(own, "streamlit").paper == (17, 17, 17, 255)
    assert read_figure(own, None).paper == (17, 17, 17, 255)
    clear = {"data": [], "layout": {"paper_bgcolor": "rgba(0,0,0,0)"}}
    assert read_figure(clear, "streamlit").paper is None


def test_the_title_sits_where_plotly_and_streamlit_s_theme_put_it() -> None:
    titled = {"data": [], "layout": {"title": {"text": "T"}}}
    assert read_figure(titled, "streamlit").title_align == "left"  # Streamlit's theme: x=0
    assert read_figure(titled, None).title_align == "center"  # plotly.js' own default
    template = {"layout": {"title": {"x": 0.05}}}  # plotly.py's default template
    assert read_figure({"data": [], "layout": {**titled["layout"], "template": template}},
                       None).title_align == "left"
    centred = {"data": [], "layout": {"title": {"text": "T", "x": 0.5}}}  # title_x=0.5
    assert read_figure(centred, "streamlit").title_align == "center"
    right = {"data": [], "layout": {"title": {"text": "T", "x": 0.9, "xanchor": "right"}}}
    assert read_figure(right, None).title_align == "right"


def test_the_range_slider_as_plotly_defaults_it() -> None:
    candle = {"type": "candlestick", "x": [1, 2], "open": [1, 2], "high": [2, 3], "low": [0, 1],
              "close": [2, 3]}
    assert read_figure({"data": [candle]}, "streamlit").x_axis.slider is True  # on by default
    off = {"data": [candle], "layout": {"xaxis": {"rangeslider": {"visible": False}}}}
    assert read_figure(off, "streamlit").x_axis.slider is False
    line = {"data": [{"type": "scatter", "y": [1, 2]}]}
    assert read_figure(line, "streamlit").x_axis.slider is False
    line["layout"] = {"xaxis": {"rangeslider": {"visible": True}}}
    assert read_figure(line, "streamlit").x_axis.slider is True
