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


def test_apptest_value_is_every_column_in_the_data_order_lists_as_lists() -> None:
    at = AppTest.from_string(HIDDEN_TWO_WAYS).run()
    for table in at.dataframe:
        value = table.value
        assert list(value.columns) == ["a", "b"]
        assert value["a"].tolist() == [[1, 2], []]
        assert value["b"].tolist() == [1, 2]


def test_reordered_columns_read_in_the_data_order() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.data_editor({"x": [1, 2], "y": ["a", "b"], "z": [True, False]}, column_order=["z", "x"])
""").run()
    assert list(at.dataframe[0].value.columns) == ["x", "y", "z"]
    assert at.data_editor[0]._element.prop("columns") == ("z", "x")


def test_data_differing_only_in_the_index_name_are_two_editors() -> None:
    """Streamlit hashes the data with its index's name: no duplicate-ID error."""
    at = AppTest.from_string("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"a": [1, 2]})
st.data_editor(df.rename_axis("row id"))
st.data_editor(df)
""").run()
    assert not at.exception
    assert len(at.data_editor) == 2
