"""st.plotly_chart: a plotly figure drawn natively on pyqtgraph (no browser, no plotly.js).

The figure is translated once (core/plotly_figure.py) into lines, bars, fills and
heatmaps; what has no native drawing yet is named in a one-line note in the chart.
plotly itself is optional: a dict ``{"data": [...], "layout": {...}}`` needs no plotly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from rerunqt.core.charts import chart_width, check_size
from rerunqt.core.kinds import KINDS
from rerunqt.core.selection import check_on_select
from rerunqt.errors import RerunQtAPIError, StreamlitValueError

if TYPE_CHECKING:
    from rerunqt.core.plotly_figure import PlotFigure

_MODES = ("points", "box", "lasso")
PLOTLY_CHART = KINDS["plotly_chart"]


def _check_selection(on_select: Any, selection_mode: Any) -> tuple[str, ...]:
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode or ())
    wrong = [m for m in modes if m not in _MODES]
    if wrong:  # an empty list is no error, as in Streamlit: the chart selects nothing
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in sorted(_MODES)])
    check_on_select(on_select)
    # "points" selects by clicking, "box" and "lasso" by dragging round the points
    return tuple(m for m in _MODES if m in modes)


def plotly_chart(figure_or_data: Any, use_container_width: bool | None = None, *,
                 width: int | str = "stretch", height: int | str = "content",
                 theme: str | None = "streamlit", key: str | int | None = None,
                 on_select: str | Callable[..., Any] = "ignore",
                 selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
                 config: dict[str, Any] | None = None, alt: str | None = None) -> Any:
    """A plotly figure (``plotly.express`` or ``graph_objects``, or its dict) as a native chart.

    Drawn: scatter / scattergl (lines, markers), bar, histogram, area (fills and
    ``stackgroup``), heatmap; titles, axis titles, ranges, log axes, categories, the
    legend. ``theme="streamlit"`` gives plotly's default colours the app's palette;
    ``theme=None`` keeps the figure's. Other trace types are named in a note in the chart.
    With ``on_select="rerun"`` (or a callable) a click selects the nearest point, and a drag
    a box or lasso of points (Shift or Ctrl adds to the selection); the call returns
    Streamlit's selection state.
    No ``**kwargs``: Streamlit 1.67 dropped them, so a misspelt argument is a TypeError.
    """
    from rerunqt.core.plotly_figure import DEFAULT_HEIGHT, read_figure  # numpy, on first use

    if theme not in ("streamlit", None):
        raise RerunQtAPIError(
            f"st.plotly_chart theme={theme!r} is not valid; use 'streamlit' or None."
        )
    if config is not None and not isinstance(config, dict):
        raise RerunQtAPIError(f"st.plotly_chart config={config!r} must be a dict or None.")
    if alt is not None and not isinstance(alt, str):
        raise RerunQtAPIError(f"st.plotly_chart alt={alt!r} must be a string or None.")
    if key is not None and not isinstance(key, (str, int)):
        raise RerunQtAPIError(f"st.plotly_chart key={key!r} must be a string, an int or None.")
    modes = _check_selection(on_select, selection_mode)
    shown_width = chart_width("plotly_chart", width, use_container_width)
    shown_height = check_size("plotly_chart", "height", height, ("content", "stretch"))
    figure = read_figure(figure_or_data, theme)
    if shown_width == "content" and figure.width is not None:
        shown_width = figure.width
    if shown_height in ("content", "stretch"):
        shown_height = figure.height or DEFAULT_HEIGHT
    props = (
        ("figure", figure),
        ("width", shown_width),
        ("height", shown_height),
        ("theme", theme),
        ("config", tuple(sorted((config or {}).items(), key=lambda kv: kv[0]))),
        ("alt", alt),
    )
    if on_select == "ignore":
        from rerunqt.core.chart_pick import static_chart
        from rerunqt.core.registration import claim_element_id

        # Streamlit 1.67 gives every plotly chart an id: two equal ones raise, as widgets
        claim_element_id("plotly_chart", key, props)

        return static_chart("plotly_chart", props, key, ())
    return _selectable(figure, props, key, modes, on_select)


def _selectable(figure: PlotFigure, props: tuple[tuple[str, Any], ...], key: str | int | None,
                modes: tuple[str, ...], on_select: Any) -> Any:
    """The chart as a widget whose value is the selection state (points picked by clicking)."""
    from rerunqt.core.chart_pick import selectable_chart
    from rerunqt.core.plotly_selection import empty_selection, selection_from_ui, selection_to_ui

    return selectable_chart(PLOTLY_CHART, figure, props, key, modes, on_select,
                            empty_selection, selection_from_ui, selection_to_ui)
