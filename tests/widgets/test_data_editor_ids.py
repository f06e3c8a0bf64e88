"""st.data_editor's identity and AppTest value where columns are hidden or reordered."""

from __future__ import annotations

from rerunqt.testing import AppTest

HIDDEN_TWO_WAYS = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"a": [[1, 2], []], "b": [1, 2]})
st.data_editor(df, column_order=["b"])
st.data_editor(df, column_config={"a": None})
"""


def test_hiding_a_column_by_order_or_by_config_are_two_editors() -> None:
    """Streamlit hashes column_order and column_config as given: no duplicate-ID error."""
    at = AppTest.from_string(HIDDEN_TWO_WAYS).run()
    assert not at.exception
    assert len(at.data_editor) == 2
