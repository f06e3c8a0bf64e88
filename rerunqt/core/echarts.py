"""st.echarts_chart: an ECharts option drawn natively, without ECharts or a browser.

The option is read into a plotly figure dict (core/echarts_option.py) and drawn by
st.plotly_chart's pyqtgraph drawing: line, bar, scatter and pie series on category,
value, time or log axes, stacks, the title, legend, names and colours. What that does
not draw (other series types, dataZoom, visualMap, mark lines...) is named in a note
above the chart, so the rest of the app runs on instead of stopping at a browser-only call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.charts import check_size
from rerunqt.core.selection import check_on_select
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.plotly_figure import PlotFigure

CONTENT_WIDTH, CONTENT_HEIGHT = 700, 350  # Streamlit's sizes for a spec that sets none
NO_SELECTION = "clicks do not select here (on_select returns an empty selection)"


def read_option(spec: Any, theme: str | None, selectable: bool = False) -> PlotFigure:
    """The option as the figure st.plotly_chart draws, its notes saying what is left out."""
    from rerunqt.core.echarts_option import option_dict, to_plotly
    from rerunqt.core.plotly_figure import PlotFigure, read_figure  # numpy, on first use

    option = option_dict(spec)
    figure_spec, notes = to_plotly(option, theme)
    if selectable:
        notes.append(NO_SELECTION)
    drawn = read_figure(figure_spec, theme)
    return PlotFigure(drawn.traces, drawn.x_axis, drawn.y_axis, drawn.title, drawn.show_legend,
                      drawn.barmode, (*notes, *drawn.notes), drawn.spec, (None, None), option,
                      drawn.domain, drawn.skipped)


def echarts_chart(spec: Any, *, width: int | str = "stretch", height: int | str = "content",
                  theme: str | None = "streamlit", key: str | int | None = None,
                  on_select: str | Callable[..., Any] = "ignore", renderer: str = "canvas",
                  alt: str | None = None) -> Any:
    """An ECharts option (a dict, JSON text or a pyecharts chart) as a native chart.

    With ``on_select="rerun"`` (or a callable) it returns Streamlit's selection state,
    empty: points are not selected by clicking here, and the chart's note says so.
    """
    from rerunqt.core.selection import SelectionState

    if theme not in ("streamlit", None):
        raise RerunQtAPIError(f"st.echarts_chart theme={theme!r} is not valid; use 'streamlit' or None.")
    if renderer not in ("canvas", "svg"):
        raise RerunQtAPIError(
            f"st.echarts_chart renderer={renderer!r} is not valid; use 'canvas' or 'svg'.")
    check_on_select(on_select)
    if key is not None and (isinstance(key, bool) or not isinstance(key, (str, int))):
        raise RerunQtAPIError(f"st.echarts_chart key={key!r} must be a string, an int or None.")
    if alt is not None and not isinstance(alt, str):
        raise RerunQtAPIError(f"st.echarts_chart alt={alt!r} must be a string or None.")
    shown_width = check_size("echarts_chart", "width", width, ("stretch", "content"))
    shown_height = check_size("echarts_chart", "height", height, ("stretch", "content"))
    figure = read_option(spec, theme, on_select != "ignore")
    ctx = context.current()
    props = (("figure", figure),
             ("width", CONTENT_WIDTH if shown_width == "content" else shown_width),
             ("height", shown_height if isinstance(shown_height, int) else CONTENT_HEIGHT),
             ("theme", theme), ("alt", (alt or "").strip() or None))
    if key is None:
        ctx.add_static("echarts_chart", props)
    else:  # keyed, as Streamlit's AppTest reads the chart's ``key``
        ctx.add_widget("echarts_chart", ("echarts_chart", str(key)), props)
    if on_select == "ignore":
        return _handle(ctx)
    return SelectionState(selection=SelectionState(selected=[], areas=[]))


__all__ = ["echarts_chart", "read_option"]
