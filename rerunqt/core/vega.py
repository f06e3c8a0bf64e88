"""st.vega_lite_chart and st.altair_chart: Vega-Lite drawn natively, a picture as the fallback.

The spec is translated (core/vega_build.py) into a ``VegaPlot`` the window draws on
pyqtgraph: interactive (pan, zoom, hover read-out) and themed like the built-in charts.
Composed, faceted and repeated charts are a view per part (vega_concat.py); ``on_select``
returns Streamlit's selection state (vega_select.py). What the translator cannot express
(selections driving other views, unknown marks) is named in a note under the chart; when
vl-convert-python is installed such a chart is shown as its exact static picture instead,
so nothing is silently wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rerunqt.core.charts import CHART_HEIGHT, chart_width, check_size
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

_THEMES = ("streamlit", None)


def _check(kind: str, on_select: Any, theme: Any, alt: Any) -> None:
    from rerunqt.core.vega_select import check_on_select

    check_on_select(kind, on_select)
    if theme not in _THEMES:
        raise RerunQtAPIError(
            f"st.{kind} theme={theme!r} is not valid; use 'streamlit' (Streamlit's colours) or "
            f"None (Vega-Lite's own)."
        )
    if alt is not None and not isinstance(alt, str):
        raise RerunQtAPIError(f"st.{kind} alt={alt!r} must be a string or None.")


def _picture(spec: dict[str, Any], data: Any, width: int | str, alt: str | None
             ) -> ElementHandle | None:
    """The chart as vl-convert's picture when that package is installed, else None."""
    try:
        import vl_convert
    except ImportError:
        return None
    from rerunqt.core.image_data import ImageData
    from rerunqt.core.media import _add_images
    from rerunqt.core.vega_spec import records

    full = dict(spec)
    if data is not None:
        full["data"] = {"values": records(data)}
    if isinstance(width, int):
        full.setdefault("width", width)
    png = vl_convert.vegalite_to_png(full, scale=2)
    return _add_images([ImageData(encoded=bytes(png))], [None], width, alt)


def vega_lite_chart(data: Any = None, spec: dict[str, Any] | None = None, *,
                    width: int | str = "stretch", height: int | str = "content",
                    use_container_width: bool | None = None, theme: str | None = "streamlit",
                    key: str | None = None, on_select: Any = "ignore",
                    selection_mode: Any = None, alt: str | None = None) -> Any:
    """A Vega-Lite chart drawn natively (lines, bars, areas, points, rules, ticks, layers).

    ``data`` (a DataFrame, dict of columns or list of rows) replaces the spec's data, as
    Streamlit's. The spec is a dict only: Streamlit 1.67 no longer takes it as keywords
    (``mark="bar"``), which are Python's unexpected-keyword error here too. ``theme=None``
    uses Vega-Lite's palette. With ``on_select`` ("rerun" or a callback) the call returns
    Streamlit's selection state for the spec's selection parameters (vega_select.py).
    """
    _check("vega_lite_chart", on_select, theme, alt)
    if isinstance(data, dict) and spec is None:  # st.vega_lite_chart(spec), as Streamlit
        data, spec = None, data
    if spec is not None and not isinstance(spec, dict):
        raise RerunQtAPIError(
            f"st.vega_lite_chart spec={spec!r:.80} must be a dict (a Vega-Lite spec such as "
            f"{{'mark': 'line', 'encoding': {{...}}}})."
        )
    return _draw("vega_lite_chart", dict(spec or {}), data, width, height, use_container_width,
                 theme, alt, select=(key, on_select, selection_mode))


def altair_chart(altair_chart: Any, *, width: int | str = "stretch", height: int | str = "content",
                 use_container_width: bool | None = None, theme: str | None = "streamlit",
                 key: str | None = None, on_select: Any = "ignore", selection_mode: Any = None,
                 alt: str | None = None) -> Any:
    """An Altair chart (``alt.Chart(df).mark_line().encode(...)``), drawn natively; with
    ``on_select``, Streamlit's selection state (as st.vega_lite_chart)."""
    _check("altair_chart", on_select, theme, alt)
    if not hasattr(altair_chart, "to_dict"):
        raise RerunQtAPIError(
            f"st.altair_chart takes an Altair chart (alt.Chart(...)), got "
            f"{type(altair_chart).__name__} {altair_chart!r:.60}."
        )
    spec = _altair_spec(altair_chart)
    return _draw("altair_chart", spec, None, width, height, use_container_width, theme, alt,
                 source=altair_chart, select=(key, on_select, selection_mode))


def _altair_spec(chart: Any) -> dict[str, Any]:
    """``chart.to_dict()`` without Altair's 5000-row limit (a desktop has no message limit)."""
    import sys

    altair = sys.modules.get(type(chart).__module__.split(".")[0])
    transformers = getattr(altair, "data_transformers", None)
    if transformers is not None and hasattr(transformers, "disable_max_rows"):
        with transformers.disable_max_rows():
            spec: dict[str, Any] = chart.to_dict()
            return spec
    spec = chart.to_dict()
    return spec


def _draw(kind: str, spec: dict[str, Any], data: Any, width: Any, height: Any,
          use_container_width: bool | None, theme: str | None, alt: str | None,
          source: Any = None, select: tuple[Any, Any, Any] = (None, "ignore", None)) -> Any:
    from rerunqt.core.chart_pick import static_chart
    from rerunqt.core.vega_build import build
    from rerunqt.core.vega_concat import AXIS_ROOM, TITLE_HEIGHT, composed, data_height, share_legends

    key, on_select, selection_mode = select
    modes: tuple[str, ...] = ()
    if on_select != "ignore":
        from rerunqt.core.vega_select import selection_modes, stable_names

        spec = stable_names(spec)
        modes = selection_modes(kind, spec, selection_mode)

    shown = chart_width(kind, width, use_container_width)
    shown_height = check_size(kind, "height", height, ("content", "stretch"))
    origin = source if source is not None else (data if data is not None else spec)
    views = composed(spec, lambda view: build(view, data, origin), lambda view: _rows(view, data))
    if views is not None:
        views = share_legends(views, spec)
    plot = views.leaves()[0] if views is not None else build(spec, data, origin)
    if views is None and not modes and (plot.notes or not plot.marks):
        picture = _picture(spec, data, shown, alt)
        if picture is not None:
            return picture
    if shown == "content":
        shown = plot.width if plot.width is not None else "stretch"
    if not isinstance(shown_height, int):
        stepped = data_height(plot) if plot.height is None else None  # categories on y
        shown_height = views.height() if views is not None else (
            plot.height if plot.height is not None else
            stepped + AXIS_ROOM + (TITLE_HEIGHT if plot.title else 0) if stepped else CHART_HEIGHT)
    props = (("data", plot), ("width", shown), ("height", shown_height), ("theme", theme),
             ("alt", alt), ("views", views), ("container_width", bool(use_container_width)))
    if not modes:
        return static_chart("vega_lite_chart", props, key, ())
    from rerunqt.core.chart_pick import selectable_chart
    from rerunqt.core.kinds import KINDS
    from rerunqt.core.vega_select import empty_state

    return selectable_chart(KINDS["vega_lite_chart"], plot, props, key, modes, on_select,
                            lambda: empty_state(modes), lambda ui, _: empty_state(modes),
                            lambda state, _: ())


def _rows(spec: dict[str, Any], data: Any) -> list[Any]:
    """The rows a (faceted) spec draws: its own data, a named dataset, or the data given."""
    from rerunqt.core.vega_spec import _values, records

    given = records(data) if data is not None else None
    found = _values(spec.get("data"), dict(spec.get("datasets") or {}), given)
    return list(found if found is not None else (given or []))


__all__ = ["altair_chart", "vega_lite_chart"]
