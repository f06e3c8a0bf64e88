"""The built-in charts' visible ranges as Vega-Lite draws Streamlit's charts.

pyqtgraph fits its view to the data plus a margin (2,400..10,400 showed ~2,000..10,500);
Streamlit's Vega-Lite charts start the value axis at 0 and round its ends (0..11,000), and
a scatter's x too. ``DomainViewBox`` is pyqtgraph's ViewBox whose auto-range fits those
domains instead of the items' bounds, so everything auto-range does stays: the view
follows new data (``add_rows``) until the user zooms or pans, and then keeps the zoom.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from rerunqt.core.scale_domain import chart_domains

Span = tuple[float, float] | None


class DomainViewBox(pg.ViewBox):
    """A ViewBox whose auto-range shows ``domains`` (x, y) exactly, where one is set."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.domains: list[Span] = [None, None]

    def set_domains(self, x: Span, y: Span) -> None:
        self.domains = [x, y]
        self.updateAutoRange()  # a view the user zoomed (auto-range off) stays as it is

    def childrenBounds(self, frac: Any = None, orthoRange: Any = (None, None),
                       items: Any = None) -> list[Any]:
        x, y = self.domains
        if x is not None and y is not None and items is None:  # no need to measure the items
            return [list(x), list(y)]
        bounds = super().childrenBounds(frac=frac, orthoRange=orthoRange, items=items)
        return [list(x) if x is not None else bounds[0], list(y) if y is not None else bounds[1]]

    def suggestPadding(self, axis: int) -> float:
        return 0.0 if self.domains[axis] is not None else float(super().suggestPadding(axis))


def fit_domains(plot: Any, drawn: Any, props: dict[str, Any]) -> None:
    """Give the plot's DomainViewBox the domains of what ``drawn`` shows (values along x on
    horizontal bars)."""
    box = plot.getViewBox()
    if not isinstance(box, DomainViewBox):
        return
    position, value = chart_domains(drawn.kind, drawn.data.x_kind, [s.x for s in drawn.data.series],
                                    drawn.values, drawn.pad)
    if props.get("horizontal"):
        box.set_domains(value, position)
    else:
        box.set_domains(position, value)


__all__ = ["DomainViewBox", "fit_domains"]
