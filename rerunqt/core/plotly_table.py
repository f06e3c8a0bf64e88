"""plotly's table trace (``go.Table``) read into columns of texts and colours (Qt-free).

plotly.js gives each column a share of the width (``columnwidth``, equal by default),
a 28 px header row and 20 px cell rows (``header.height``, ``cells.height``), writes
numbers through the column's d3 ``format`` with its ``prefix``/``suffix``, and takes
``fill.color``, ``font.color``, ``align`` and ``line.color`` as one value, one per column
or one per cell. A colour left None is the theme's (plotly's template or Streamlit's).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rerunqt.core import plotly_values as pv

Colour = tuple[int, int, int, int] | str | None


def _columns(values: Any) -> list[list[Any]]:
    """Cell values as columns: a list per column (a bare value is a one-cell column)."""
    found = pv.array(values) if not isinstance(values, list) else None
    columns = values if isinstance(values, list) else ([] if found is None else found.tolist())
    out = []
    for column in columns:
        if isinstance(column, Mapping):  # plotly.py's base64 form of a numpy column
            column = pv.array(column)
        if isinstance(column, (list, tuple)):
            out.append(list(column))
        elif hasattr(column, "tolist"):
            listed = column.tolist()
            out.append(listed if isinstance(listed, list) else [listed])
        else:
            out.append([column])
    return out


def _per_cell(value: Any, column: int, row: int) -> Any:
    """plotly.js' gridPick: one value, one per column, or a list per column (one per row);
    past the end of a list its last item is used."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if not isinstance(value, (list, tuple)):
        return value
    if not value:
        return None
    item = value[min(column, len(value) - 1)]
    if hasattr(item, "tolist"):
        item = item.tolist()
    if isinstance(item, (list, tuple)):
        return item[min(row, len(item) - 1)] if item else None
    return item


def _text(value: Any, fmt: Any, prefix: Any, suffix: Any) -> str:
    from rerunqt.core.d3_format import formatter

    if value is None:
        return ""
    shown = str(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and fmt:
        try:
            shown = formatter(str(fmt))(float(value))
        except (ValueError, TypeError):
            pass
    return f"{prefix or ''}{shown}{suffix or ''}".replace("<br>", "\n")


class TableBlock:
    """The header or the cells: texts per column (rows inside) and the look per cell."""

    def __init__(self, spec: Mapping[str, Any], row_height: float) -> None:
        self.spec = spec
        self.height = float(spec.get("height") or row_height)
        fmt, prefix, suffix = spec.get("format"), spec.get("prefix"), spec.get("suffix")
        self.texts = [[_text(v, _per_cell(fmt, c, r), _per_cell(prefix, c, r), _per_cell(suffix, c, r))
                       for r, v in enumerate(column)]
                      for c, column in enumerate(_columns(spec.get("values")))]
        self.rows = max((len(c) for c in self.texts), default=0)

    def fill(self, column: int, row: int) -> Colour:
        return pv.color(_per_cell((self.spec.get("fill") or {}).get("color"), column, row))

    def font(self, column: int, row: int) -> Colour:
        return pv.color(_per_cell((self.spec.get("font") or {}).get("color"), column, row))

    def line(self, column: int, row: int) -> Colour:
        return pv.color(_per_cell((self.spec.get("line") or {}).get("color"), column, row))

    def align(self, column: int, row: int) -> str:
        found = _per_cell(self.spec.get("align"), column, row)
        return found if found in ("left", "center", "right") else "center"

    def text(self, column: int, row: int) -> str:
        cells = self.texts[column] if column < len(self.texts) else []
        return cells[row] if row < len(cells) else ""

    def key(self) -> tuple[Any, ...]:
        looks = tuple((self.fill(c, r), self.font(c, r), self.line(c, r), self.align(c, r))
                      for c in range(len(self.texts)) for r in range(min(self.rows, 1000)))
        return (tuple(tuple(c) for c in self.texts), self.height, looks)


class PlotlyTable:
    """One table trace: header, cells, column shares of the width, and its domain."""

    def __init__(self, spec: Mapping[str, Any], layout: Mapping[str, Any], streamlit: bool) -> None:
        template = _template_table(layout) if not streamlit else {}
        self.header = TableBlock(_merged(template.get("header"), spec.get("header")), 28.0)
        self.cells = TableBlock(_merged(template.get("cells"), spec.get("cells")), 20.0)
        count = max(len(self.header.texts), len(self.cells.texts))
        widths = pv.array(spec.get("columnwidth"))
        numeric = widths is not None and widths.dtype.kind in "fiu"
        given = [float(w) for w in widths.tolist()] if widths is not None and numeric else []
        shares = [given[i % len(given)] if given else 1.0 for i in range(count)]
        total = sum(shares) or 1.0
        self.widths = [s / total for s in shares]
        order = pv.array(spec.get("columnorder"))
        self.order = [int(i) for i in order.tolist()] if order is not None and len(order) == count \
            else list(range(count))
        domain = spec.get("domain") or {}
        xs, ys = domain.get("x") or [0, 1], domain.get("y") or [0, 1]
        self.domain = (float(xs[0]), float(xs[1]), float(ys[0]), float(ys[1]))
        self.streamlit = streamlit

    @property
    def column_count(self) -> int:
        return len(self.widths)

    def key(self) -> tuple[Any, ...]:
        return ("table", self.header.key(), self.cells.key(), tuple(self.widths), tuple(self.order),
                self.domain, self.streamlit)


def _template_table(layout: Mapping[str, Any]) -> Mapping[str, Any]:
    """The figure's template's table look (plotly.py's default: blue-grey fills, white lines)."""
    template = layout.get("template")
    data = template.get("data") if isinstance(template, Mapping) else None
    tables = data.get("table") if isinstance(data, Mapping) else None
    return tables[0] if isinstance(tables, list) and tables and isinstance(tables[0], Mapping) else {}


def _merged(base: Any, over: Any) -> dict[str, Any]:
    """The trace's header/cells over the template's (nested dicts merged a level down)."""
    out: dict[str, Any] = {k: dict(v) if isinstance(v, Mapping) else v for k, v in (base or {}).items()}
    for key, value in (over or {}).items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


__all__ = ["PlotlyTable", "TableBlock"]
