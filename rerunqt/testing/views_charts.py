"""AppTest views of the built-in charts and st.image.

``at.line_chart[0].series`` is ``{name: [y, ...]}`` and ``.value`` the data the script
passed; ``at.image[0].value`` lists the pictures' URLs as Streamlit's AppTest does,
``.size`` is the first image's (width, height), ``.caption`` its caption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rerunqt.testing.elements import ElementView

if TYPE_CHECKING:  # numpy loads with the first chart or image, not with AppTest
    from rerunqt.core.chart_data import ChartData
    from rerunqt.core.image_data import ImageData
    from rerunqt.core.vega_plot import VegaPlot


class ChartView(ElementView):
    """A line, area, bar or scatter chart."""

    @property
    def chart(self) -> ChartData:
        data: ChartData = self._element.prop("data")
        return data

    @property
    def value(self) -> Any:
        """The data object the script passed (the same object); after ``add_rows``, the grown
        data as a pandas DataFrame (a dict of columns without pandas)."""
        chart = self.chart
        if not chart.added or chart.columns is None:
            return chart.source
        columns = chart.columns
        try:
            import pandas as pd
        except ImportError:
            return dict(columns.arrays)
        return pd.DataFrame(dict(columns.arrays),
                            index=None if columns.index_is_positions else columns.index)

    @property
    def series(self) -> dict[str, list[float]]:
        """Each series' y values by name, as drawn (NaN where a value is missing)."""
        return self.chart.as_dict()

    @property
    def x(self) -> dict[str, list[float]]:
        """Each series' x values by name (positions for text categories, seconds for dates)."""
        return {s.name: s.x.tolist() for s in self.chart.series}

    @property
    def x_labels(self) -> tuple[str, ...]:
        return self.chart.x_labels


class VegaChartView(ElementView):
    """An st.altair_chart / st.vega_lite_chart drawn natively (``at.vega_lite_chart``)."""

    @property
    def chart(self) -> VegaPlot:
        plot: VegaPlot = self._element.prop("data")
        return plot

    @property
    def value(self) -> Any:
        """The Altair chart, the data, or the spec the script passed (the same object); with
        ``on_select``, the selection state, as Streamlit's AppTest gives."""
        if self._element.prop("selection_mode"):
            return self.selection
        return self.chart.source

    @property
    def selection(self) -> Any:
        """Streamlit's selection state for the chart's selection parameters (empty: clicks
        do not select in rerunqt's window yet); ``{"selection": {}}`` without ``on_select``."""
        from rerunqt.core.vega_select import empty_state

        return empty_state(tuple(self._element.prop("selection_mode") or ()))

    @property
    def marks(self) -> list[str]:
        """The kind of each drawn layer: "line", "bar", "area", "point", "rule", "tick"."""
        return [mark.kind for mark in self.chart.marks]

    @property
    def series(self) -> dict[str, list[float]]:
        """Each series' drawn values by name (the y values; x for horizontal bars)."""
        return {s.name: (s.x if m.horizontal else s.y).tolist()
                for m in self.chart.marks for s in m.series}

    @property
    def slices(self) -> list[dict[str, Any]]:
        """A pie's (arc marks') slices in drawing order: label, value, percent."""
        from rerunqt.core.chart_shapes import percent_text

        return [{"label": s.label, "value": s.value, "percent": percent_text(s.share)}
                for m in self.chart.marks if m.pie is not None for s in m.pie.slices]

    @property
    def texts(self) -> list[str]:
        """The texts of the text marks, in order."""
        return [t for m in self.chart.marks if m.kind == "text" for s in m.series for t in s.texts]

    @property
    def note(self) -> str:
        """The note shown under the chart naming what was not drawn ("" when all was)."""
        return self.chart.note

    @property
    def title(self) -> str:
        return self.chart.title


class ImageView(ElementView):
    """The images of one st.image (or st.pyplot) call."""

    @property
    def images(self) -> tuple[ImageData, ...]:
        return tuple(self._element.prop("images"))

    @property
    def value(self) -> list[str]:
        """One URL per picture, as Streamlit's AppTest lists them (see ``media_urls``);
        ``images`` has the pictures themselves."""
        from rerunqt.testing.media_urls import image_urls  # with the image's numpy

        return image_urls(self._element)

    @property
    def image(self) -> ImageData:
        """The first picture (its ``size``, ``url``, ``pixels`` or ``encoded`` bytes)."""
        return self.images[0]

    @property
    def size(self) -> tuple[int, int] | None:
        """(width, height) in pixels of the first image."""
        return self.images[0].size

    @property
    def sizes(self) -> list[tuple[int, int] | None]:
        return [image.size for image in self.images]

    @property
    def caption(self) -> str | None:
        return self._element.prop("captions")[0]

    @property
    def link(self) -> str:
        """Where a click on the image goes, "" for nowhere, as Streamlit's AppTest reads it."""
        return str(self._element.prop("link") or "")

    @property
    def captions(self) -> list[str]:
        """One caption per image ("" for none), a list as in Streamlit's AppTest."""
        return ["" if c is None else str(c) for c in self._element.prop("captions") or ()]


VIEWS: dict[str, type[ElementView]] = {
    "line_chart": ChartView, "area_chart": ChartView, "bar_chart": ChartView,
    "scatter_chart": ChartView, "image": ImageView, "vega_lite_chart": VegaChartView,
}
