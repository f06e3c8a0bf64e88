"""``at.get("plotly_chart")[i].proto`` reads as Streamlit 1.67's message: the figure as JSON
text in ``spec``, ``config`` as JSON, ``theme`` "" for None, selection modes as numbers."""

from __future__ import annotations

import json

import pytest

from rerunqt.testing import AppTest


def test_the_proto_fields_a_streamlit_test_reads() -> None:
    at = AppTest.from_string(
        "import rerunqt as st\n"
        "fig = {'data': [{'type': 'bar', 'x': ['a'], 'y': [1]}], 'layout': {'title': {'text': 'T'}}}\n"
        "st.plotly_chart(fig, key='k', theme=None, config={'displayModeBar': False})\n"
        "st.plotly_chart(fig, on_select='rerun', selection_mode=['box', 'lasso'])\n").run()
    plain, selecting = at.get("plotly_chart")
    spec = json.loads(plain.proto.spec)
    assert spec["layout"]["title"] == {"text": "T"} and spec["data"][0]["y"] == [1]
    assert json.loads(plain.proto.config) == {"displayModeBar": False}
    assert plain.proto.theme == "" and selecting.proto.theme == "streamlit"
    assert plain.proto.selection_mode == [] and selecting.proto.selection_mode == [1, 2]
    assert plain.proto.id.endswith("-k")


def test_a_plotly_figure_s_spec_is_plotly_s_json() -> None:
    pytest.importorskip("plotly")
    at = AppTest.from_string(
        "import rerunqt as st\nimport numpy as np\nimport plotly.graph_objects as go\n"
        "st.plotly_chart(go.Figure(go.Scatter(x=np.arange(3), y=np.array([1.5, 2, 3]))))\n").run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["data"][0]["type"] == "scatter"
