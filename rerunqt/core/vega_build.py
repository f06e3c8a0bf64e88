"""From a Vega-Lite spec to a ``VegaPlot``: shared axes, the colour domain, then each mark.

All layers share one x and one y axis, as a Vega-Lite layer chart does: a category
axis lists the categories of every layer (in the scale's domain, the encoding's sort, or
ascending order), a quantitative axis gets Vega-Lite's zero and nice defaults
(``scale_domain``) unless its ``scale`` says otherwise.
"""

from __future__ import annotations

import math
from typing import Any

from rerunqt.core.scale_domain import zero_default
from rerunqt.core.vega_channels import Channel, read_channels
from rerunqt.core.vega_concat import title_text as _title
from rerunqt.core.vega_data import is_number, unit_format
from rerunqt.core.vega_legends import legends
from rerunqt.core.vega_marks import draw_mark
from rerunqt.core.vega_plot import Axis, Mark, VegaPlot
from rerunqt.core.vega_shapes import arc_mark, boxplot_mark, rect_mark, text_mark
from rerunqt.core.vega_spec import read_spec
from rerunqt.core.vega_symbols import symbol_legends

Read = list[tuple[Any, dict[str, Channel]]]


def _natural(label: str) -> tuple[int, float, str]:
    """Sort numbers written as text by value ("2" before "10"), then text."""
    try:
        return (0, float(label), "")
    except ValueError:
        return (1, 0.0, label)


def _categories(name: str, channels: list[Channel]) -> tuple[str, ...]:
    """The category axis order: scale domain, sort list, time-unit order, else ascending."""
    for channel in channels:
        domain = (channel.spec.get("scale") or {}).get("domain")
        if isinstance(domain, list):
            return tuple(str(v) for v in domain)
    seen: dict[str, None] = {}
    for channel in channels:
        seen.update((str(v), None) for v in channel.values if v is not None)
    for channel in channels:
        sort = channel.spec.get("sort", "ascending")
        if isinstance(sort, list):
            listed = [str(v) for v in sort]
            return tuple(listed + [v for v in seen if v not in listed])
        if channel.order is not None:
            return tuple(v for v in channel.order if v in seen)
        if sort is None:
            return tuple(seen)
        if sort == "descending":
            return tuple(sorted(seen, key=_natural, reverse=True))
        if isinstance(sort, (str, dict)) and sort != "ascending":
            return _sorted_by(channel, sort, tuple(seen))
    return tuple(sorted(seen, key=_natural))


def _sorted_by(channel: Channel, sort: Any, labels: tuple[str, ...]) -> tuple[str, ...]:
    """``sort="-y"`` (or ``{"encoding": "y", "order": "descending"}``): by the other channel."""
    other = channel.extra.get("others", {})
    if isinstance(sort, str):
        descending, by = sort.startswith("-"), sort.lstrip("-")
    else:
        descending, by = sort.get("order") == "descending", sort.get("encoding") or sort.get("field")
    source = other.get(by)
    if source is None:
        return tuple(sorted(labels, key=_natural, reverse=descending))
    totals = dict.fromkeys(labels, 0.0)
    for label, value in zip(channel.values, source.values):
        if label is not None and is_number(value) and not math.isnan(value):
            totals[str(label)] += float(value)
    return tuple(sorted(labels, key=lambda k: totals[k], reverse=descending))


def _axis_title(channels: list[Channel]) -> str:
    titles: list[str] = []
    for channel in channels:
        axis = channel.spec.get("axis")
        if "axis" in channel.spec and axis is None:
            continue
        title = axis.get("title") if isinstance(axis, dict) and "title" in axis else channel.title
        if title and str(title) not in titles:
            titles.append(str(title))
    return ", ".join(titles)


def _axis(name: str, read: Read) -> Axis:
    axis = _axis_of(name, read)
    main = [c for _, chans in read for key, c in chans.items() if key == name]
    if not any(key in (name, name + "2") for _, chans in read for key in chans):
        axis.shown = "none"  # no channel on it: Vega-Lite draws no axis (a text table's x)
    elif main and all("axis" in c.spec and c.spec["axis"] is None for c in main):
        axis.shown = "none"  # axis=None: Vega-Lite draws no axis
    elif any(isinstance(c.spec.get("axis"), dict) and c.spec["axis"].get("labels") is False
             for c in main):
        axis.shown = "no values"  # alt.Axis(labels=False): the line, no numbers or names
    given = next((c.spec["axis"]["values"] for c in main if isinstance(c.spec.get("axis"), dict)
                  and isinstance(c.spec["axis"].get("values"), list)), None)
    if axis.kind == "number" and given and all(is_number(v) for v in given):
        axis.ticks = tuple(sorted(float(v) for v in given))
    return axis


def _axis_of(name: str, read: Read) -> Axis:
    channels = [c for _, chans in read for key, c in chans.items() if key in (name, name + "2")]
    main = [c for _, chans in read for key, c in chans.items() if key == name]
    for _, chans in read:
        if name in chans:
            chans[name].extra["others"] = chans
    title = _axis_title(main)
    fmt, min_step = _axis_format(main)
    if not channels:
        return Axis("number", title=title)
    if any(c.type == "temporal" for c in main):
        if fmt is None:  # a unit without a year: no made-up 2012 in the labels
            fmt = next((f for c in main if (f := unit_format(_unit_of(c))) is not None), None)
        return Axis("datetime", title=title, format=fmt)
    if any(c.discrete for c in main):
        return Axis("category", _categories(name, [c for c in main if c.discrete]), title)
    scale: dict[str, Any] = next((c.spec.get("scale") or {} for c in main if c.spec.get("scale")), {})
    log = scale.get("type") in ("log", "symlog")
    domain = scale.get("domain")
    binned = any(c.bin_step is not None for c in main)
    custom = isinstance(domain, list)
    # the first layer with this channel decides the default, as Vega-Lite merges layers
    first = next(((layer, chans) for layer, chans in read if name in chans), None)
    default_zero = first is not None and not log and not custom and \
        zero_default(name, first[0].mark, first[1], first[0].props.get("orient"))
    zero = bool(scale.get("zero", default_zero)) and not log
    nice = scale.get("nice", not binned and not custom)
    nice = int(nice) if is_number(nice) and not isinstance(nice, bool) else bool(nice)
    span = None
    if isinstance(domain, list) and len(domain) == 2 and all(is_number(v) for v in domain):
        span = (float(domain[0]), float(domain[1]))
    elif main and all(c.bin_span is not None for c in main):  # binned: the bins' own span
        span = (min(c.bin_span[0] for c in main if c.bin_span),
                max(c.bin_span[1] for c in main if c.bin_span))
    bounds = tuple(float(scale[k]) if is_number(scale.get(k)) else None
                   for k in ("domainMin", "domainMax"))
    return Axis("number", title=title, log=log, domain=span, zero=zero, format=fmt, min_step=min_step,
                nice=nice, bounds=(bounds[0], bounds[1]))


def _unit_of(channel: Channel) -> Any:
    unit = channel.spec.get("timeUnit")
    return unit.get("unit") if isinstance(unit, dict) else unit


def _axis_format(channels: list[Channel]) -> tuple[str | None, float | None]:
    """The first ``axis.format`` (a d3 format string) and ``axis.tickMinStep`` given."""
    fmt: str | None = None
    min_step: float | None = None
    for channel in channels:
        axis = channel.spec.get("axis")
        if isinstance(axis, dict):
            if fmt is None and isinstance(axis.get("format"), str):
                fmt = axis["format"]
            if min_step is None and is_number(axis.get("tickMinStep")):
                min_step = float(axis["tickMinStep"])
    return fmt, min_step


def _color_domain(read: Read, notes: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The colour categories of all layers (in legend order) and the scale's range, if any."""
    channels = [chans["color"] for _, chans in read if "color" in chans and not chans["color"].constant]
    discrete = [c for c in channels if c.discrete]
    if not discrete:
        return (), ()
    domain = _categories("color", discrete)
    colors: tuple[str, ...] = ()
    for channel in discrete:
        scale = channel.spec.get("scale") or {}
        if isinstance(scale.get("range"), list):
            colors = tuple(str(c) for c in scale["range"])
    return domain, colors




def build(spec: dict[str, Any], data: Any = None, source: Any = None) -> VegaPlot:
    """The chart ``spec`` (with Streamlit's ``data=``) as a ``VegaPlot``; notes name what is left out."""
    layers, view, notes = read_spec(spec, data)
    read: Read = [(layer, read_channels(layer)) for layer in layers]
    x_axis, y_axis = _axis("x", read), _axis("y", read)
    domain, colors = _color_domain(read, notes)
    marks: list[Mark] = []
    for layer, channels in read:
        if layer.mark == "arc":
            mark = arc_mark(layer, channels, domain, colors, view)
        elif layer.mark == "text":
            mark = text_mark(layer, channels, x_axis, y_axis, domain, colors, view)
        elif layer.mark == "boxplot":
            mark = boxplot_mark(layer, channels, x_axis, y_axis, domain, colors)
        elif layer.mark == "rect":
            mark = rect_mark(layer, channels, x_axis, y_axis, domain, colors)
        else:
            mark = draw_mark(layer, channels, x_axis, y_axis, domain, colors)
        if mark is not None:
            mark.keyed = _legend(channels, discrete=True)  # a layer without one adds no entry
            marks.append(mark)
        notes.extend(note for note in layer.notes if note not in notes)
    keyed = next((chans["color"] for _, chans in read if _legend(chans, discrete=True)), None)
    legend, orient = _legend_title_orient(keyed, view.get("config"))
    gradient, sizes = legends(read)
    for mark in marks:  # shaded along the scale's scheme or range
        mark.stops = gradient.stops if gradient is not None else ()
    symbols, merged = symbol_legends(read, domain, colors)
    if merged:  # the colour legend is one of the symbol legends (same field)
        legend = None
    width, height = view.get("width"), view.get("height")
    return VegaPlot(tuple(marks), x_axis, y_axis, _title(view.get("title")),
                    width if isinstance(width, int) and width > 0 else None,
                    height if isinstance(height, int) and height > 0 else None,
                    tuple(notes), legend, source, gradient, sizes, symbols, orient)


def _legend_title_orient(color: Channel | None, config: Any = None) -> tuple[str | None, str]:
    """The colour legend's title (its ``legend.title``, "" for ``title=None``, else the
    field's) and side (``legend.orient``, else the chart's ``config.legend.orient`` from
    ``configure_legend(orient=...)``: "bottom", else at the right as Vega-Lite's)."""
    if color is None:
        return None, "right"
    spec = color.spec.get("legend")
    spec = spec if isinstance(spec, dict) else {}
    title = spec["title"] if "title" in spec else color.title
    text = "" if title is None else " ".join(title) if isinstance(title, list) else str(title)
    configured = config.get("legend") if isinstance(config, dict) else None
    orient = spec.get("orient", configured.get("orient") if isinstance(configured, dict) else None)
    return text, "bottom" if orient == "bottom" else "right"


def _legend(chans: dict[str, Channel], discrete: bool) -> bool:
    """The layer has a colour field of that kind whose legend is not turned off (``legend=None``)."""
    color = chans.get("color")
    if color is None or color.constant or color.discrete != discrete:
        return False
    return not ("legend" in color.spec and not color.spec["legend"])


__all__ = ["build"]
