"""plotly selections made by a box or a lasso: the shape in Streamlit's ``box`` / ``lasso``
lists, kept through a rerun, and which points fall inside (Qt-free)."""

from __future__ import annotations

from rerunqt.core.plotly_figure import read_figure
from rerunqt.core.plotly_selection import inside, selection_from_ui, selection_to_ui, shape_ui

FIG = read_figure({"data": [{"type": "scatter", "x": ["2024-01-01", "2024-01-03"], "y": [1, 2]}]},
                  "streamlit")


def test_a_box_is_listed_as_streamlit_lists_it_and_survives_the_round_trip() -> None:
    box = shape_ui("box", (1704067200.0, 1704153600.0), (0.5, 1.5), FIG)
    assert box == ("box", ("2024-01-01", "2024-01-02"), (0.5, 1.5))  # a date axis: its dates
    state = selection_from_ui(((0, 0), box), FIG)
    assert state.selection.box == [{"xref": "x", "yref": "y", "x": ["2024-01-01", "2024-01-02"],
                                    "y": [0.5, 1.5]}]
    assert state.selection.point_indices == [0] and state.selection.lasso == []
    assert selection_to_ui(state, FIG) == ((0, 0), box)


def test_points_inside_a_lasso_path() -> None:
    xs, ys = [1, 2, 3, 4], [1, 4, 2, 3]
    assert inside(xs, ys, [0.9, 1.8, 0.9], [0.9, 0.9, 1.8]).tolist() == [True, False, False, False]
    assert inside(xs, ys, [1.5, 3.5, 3.5, 1.5], [0, 0, 5, 5]).tolist() == [False, True, True, False]


def test_a_selected_point_carries_its_customdata_hovertext_and_legendgroup() -> None:
    figure = read_figure({"data": [
        {"type": "scatter", "x": [1, 2], "y": [3, 4], "legendgroup": "Asia",
         "customdata": [[10, "AFG"], [20, "IND"]], "hovertext": ["Afghanistan", "India"]},
        {"type": "scatter", "x": [1], "y": [5]}]}, "streamlit")
    points = selection_from_ui(((0, 1), (1, 0)), figure).selection.points
    assert points[0] == {"curve_number": 0, "point_number": 1, "point_index": 1, "x": 2, "y": 4,
                         "legendgroup": "Asia", "customdata": [20, "IND"], "hovertext": "India"}
    assert points[1] == {"curve_number": 1, "point_number": 0, "point_index": 0, "x": 1, "y": 5}
