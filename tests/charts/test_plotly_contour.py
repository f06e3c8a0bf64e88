"""plotly contour traces drawn as banded heatmaps (go.Contour), line-only contours named."""

from __future__ import annotations

import numpy as np

from rerunqt.core.plotly_figure import read_figure


def test_a_filled_contour_is_a_smoothed_heatmap_cut_at_its_levels() -> None:
    spec = {"data": [{"type": "contour", "z": [[0, 10], [10, 20]],
                      "contours": {"start": 0, "size": 5}}]}
    figure = read_figure(spec, "streamlit")
    (trace,) = figure.traces
    assert (trace.kind, trace.type) == ("heatmap", "contour")
    assert trace.z.shape[0] > 2 and trace.z.shape == (len(trace.y), len(trace.x))
    assert set(np.unique(trace.z).tolist()) <= {2.5, 7.5, 12.5, 17.5, 0.0, 20.0}  # band middles
    assert trace.x[0] == 0.0 and trace.x[-1] == 1.0
    assert not figure.notes and figure.colorbar is not None  # plotly's colour bar beside it


def test_contour_lines_alone_are_named_as_not_drawn() -> None:
    spec = {"data": [{"type": "histogram2dcontour", "x": [1, 2, 3], "y": [1, 2, 2],
                      "contours": {"coloring": "none"}}]}
    assert read_figure(spec, "streamlit").skipped == ("histogram2dcontour",)
