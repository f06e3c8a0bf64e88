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


BAR = "{'data': [{'type': 'bar', 'y': [1]}]}"


@pytest.mark.parametrize(("body", "words"), [
    (f"st.plotly_chart({BAR})\nst.plotly_chart({BAR})", "multiple `plotly_chart` elements with the same"),
    (f"a, b = st.columns(2)\na.plotly_chart({BAR})\nb.plotly_chart({BAR})", "multiple `plotly_chart`"),
    (f"st.plotly_chart({BAR}, key='k')\nst.plotly_chart({{'data': []}}, key='k')", "same `key='k'`"),
    (f"st.text_input('t', key='k')\nst.plotly_chart({BAR}, key='k')", "same `key='k'`"),
    (f"st.plotly_chart({BAR}, key='k')\nst.text_input('t', key='k')", "same `key='k'`"),
])
def test_equal_plotly_charts_raise_streamlit_s_duplicate_id_error(body: str, words: str) -> None:
    """Streamlit 1.67 gives every plotly chart an id, selections or not: two equal ones in a
    run (or one keyed like another element) raise its duplicate error."""
    at = AppTest.from_string("import rerunqt as st\n" + body).run()
    assert at.exception and words in at.exception[0].message


def test_plotly_charts_that_differ_or_rerun_raise_nothing() -> None:
    at = AppTest.from_string(
        "import rerunqt as st\n"
        f"st.plotly_chart({BAR})\nst.plotly_chart({BAR}, width=300)\n"
        f"st.plotly_chart({BAR}, key='a')\nst.plotly_chart({BAR}, key='b')\nst.button('again')\n").run()
    at.button[0].click().run()
    assert not at.exception and len(at.get("plotly_chart")) == 4
