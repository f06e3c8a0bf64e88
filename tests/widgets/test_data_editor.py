"""st.data_editor through AppTest: data types, the edit delta, callbacks, state rules, errors."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

EMPTY = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}

PEOPLE = """
import rerunqt as st
rows = [{"name": "Ann", "age": 31, "score": 7.5, "ok": True},
        {"name": "Bob", "age": 27, "score": 6.0, "ok": False},
        {"name": "Cy", "age": 45, "score": 9.25, "ok": True}]
out = st.data_editor(rows, key="ed", num_rows="dynamic")
st.text(repr(out))
st.text(repr(rows))
"""


def run(src: str) -> AppTest:
    at = AppTest.from_string(src).run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    return at


def returned(at: AppTest) -> object:
    return eval(at.text[0].value)


def errors(src: str) -> str:
    at = AppTest.from_string(src).run()
    assert at.exception, "expected an error"
    return at.exception[0].value


# ----------------------------------------------------------------------------- data types
def test_records_edit_returns_an_edited_copy_and_keeps_the_data() -> None:
    at = run(PEOPLE)
    editor = at.data_editor[0]
    assert editor.edits == EMPTY
    assert at.session_state["ed"] == EMPTY
    assert editor.columns == ("name", "age", "score", "ok")
    assert editor.types == ("str", "int", "float", "bool")
    assert editor.rows[1] == ("Bob", 27, 6.0, False)
    editor.edit_cell(1, "age", "28").run()  # text is parsed as the column's type
    assert at.session_state["ed"] == {"edited_rows": {1: {"age": 28}}, "added_rows": [],
                                      "deleted_rows": []}
    out = returned(at)
    assert out[1] == {"name": "Bob", "age": 28, "score": 6.0, "ok": False}
    assert type(out[1]["age"]) is int
    assert eval(at.text[1].value)[1]["age"] == 27  # the script's own data is untouched


def test_edits_accumulate_and_survive_reruns() -> None:
    at = run(PEOPLE)
    at.data_editor[0].edit_cell(0, "ok", False).edit_cell(2, "score", 1).run()
    at.data_editor[0].edit_cell(0, "name", "Anna").run()
    at.run().run()
    assert at.session_state["ed"]["edited_rows"] == {0: {"ok": False, "name": "Anna"}, 2: {"score": 1.0}}
    out = returned(at)
    assert out[0]["name"] == "Anna" and out[0]["ok"] is False
    assert out[2]["score"] == 1.0 and type(out[2]["score"]) is float


def test_editing_back_to_the_original_drops_the_edit() -> None:
    at = run(PEOPLE)
    at.data_editor[0].edit_cell(1, "age", 30).run()
    at.data_editor[0].edit_cell(1, "age", 27).run()
    assert at.session_state["ed"] == EMPTY


def test_add_and_delete_rows_apply_edits_then_deletions_then_additions() -> None:
    at = run(PEOPLE)
    at.data_editor[0].edit_cell(2, "age", 46).add_row({"name": "Dee", "age": "50"}).run()
    at.data_editor[0].delete_rows([0]).run()
    state = at.session_state["ed"]
    assert state == {"edited_rows": {2: {"age": 46}}, "added_rows": [{"name": "Dee", "age": 50}],
                     "deleted_rows": [0]}
    out = returned(at)
    assert [r["name"] for r in out] == ["Bob", "Cy", "Dee"]
    assert out[1]["age"] == 46
    assert out[2] == {"name": "Dee", "age": 50, "score": None, "ok": None}
    # rows keep their data positions: the added row is row 3, after the 3 original rows
    at.data_editor[0].edit_cell(3, "ok", True).run()
    assert at.session_state["ed"]["added_rows"] == [{"name": "Dee", "age": 50, "ok": True}]
    at.data_editor[0].delete_rows([3]).run()
    assert at.session_state["ed"]["added_rows"] == []
    assert [r["name"] for r in returned(at)] == ["Bob", "Cy"]


def test_deleting_an_edited_row_drops_its_edits() -> None:
    at = run(PEOPLE)
    at.data_editor[0].edit_cell(1, "age", 99).delete_rows([1]).run()
    assert at.session_state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": [1]}


def test_dict_of_lists_is_edited_as_columns() -> None:
    at = run("""
import rerunqt as st
data = {"city": ["Paris", "Oslo"], "pop": [2.1, 0.7], "n": (1, 2)}
st.text(repr(st.data_editor(data, num_rows="dynamic")))
""")
    editor = at.data_editor[0]
    assert editor.columns == ("city", "pop", "n")
    assert editor.types == ("str", "float", "int")
    editor.edit_cell(1, "pop", 0.75).add_row({"city": "Rome"}).delete_rows([0]).run()
    assert returned(at) == {"city": ["Oslo", "Rome"], "pop": [0.75, None], "n": (2, None)}


def test_list_of_values_is_one_column_named_value_and_keeps_a_tuple_a_tuple() -> None:
    at = run("""
import rerunqt as st
st.text(repr(st.data_editor([1, 2, 3], key="l", num_rows="dynamic")))
st.text(repr(st.data_editor(("a", "b"), key="t")))
""")
    assert at.data_editor[0].columns == ("value",)
    assert at.data_editor[0].types == ("int",)
    at.data_editor[0].edit_cell(0, "value", 10).add_row({"value": 4}).run()
    at.data_editor[1].edit_cell(1, 0, "B").run()  # a column may be given by position
    assert eval(at.text[0].value) == [10, 2, 3, 4]
    assert eval(at.text[1].value) == ("a", "B")


def test_list_of_lists_has_numbered_columns_and_keeps_row_types() -> None:
    at = run("""
import rerunqt as st
st.text(repr(st.data_editor([(1, "x"), (2, "y")], num_rows="dynamic")))
st.text(repr(st.data_editor([[1.5, True]], key="lists")))
""")
    first, second = at.data_editor
    assert first.columns == ("0", "1")
    assert second.types == ("float", "bool")
    first.edit_cell(0, "1", "X").add_row({"0": 3}).run()
    second.edit_cell(0, "1", False).run()
    assert eval(at.text[0].value) == [(1, "X"), (2, "y"), (3, None)]
    assert eval(at.text[1].value) == [[1.5, False]]


def test_empty_list_and_mixed_columns() -> None:
    at = run("""
import rerunqt as st
st.text(repr(st.data_editor([], num_rows="dynamic")))
st.data_editor([{"a": 1, "b": None}, {"a": "x", "b": None}], key="mixed")
""")
    assert at.data_editor[0].columns == ("value",)
    at.data_editor[0].add_row({"value": "new"}).run()
    assert eval(at.text[0].value) == ["new"]
    mixed = at.data_editor[1]
    assert mixed.types == ("object", "str")  # mixed types: shown, not editable; all-empty: text
    assert mixed.disabled_columns == ("a",)
    with pytest.raises(ValueError, match="not an editable column"):
        mixed.edit_cell(0, "a", 2)


def test_pandas_dataframe_round_trip() -> None:
    pd = pytest.importorskip("pandas")
    at = run("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3], "x": [0.5, None, 2.0],
                   "flag": [True, False, True]})
out = st.data_editor(df, key="df", num_rows="dynamic")
st.text(repr(type(out).__name__))
st.session_state["out"] = out
""")
    editor = at.data_editor[0]
    assert editor.types == ("str", "int", "float", "bool")
    assert editor.rows[1] == ("b", 2, None, False)  # NaN is shown as an empty cell
    editor.edit_cell(0, "n", 10).edit_cell(1, "x", 1.5).edit_cell(2, "flag", False).run()
    at.data_editor[0].delete_rows([1]).add_row({"name": "d", "n": 4}).run()
    out = at.session_state["out"]
    assert isinstance(out, pd.DataFrame)
    assert list(out["name"]) == ["a", "c", "d"]
    assert list(out["n"]) == [10, 3, 4]
    assert list(out.index) == [0, 2, 3]
    assert out["flag"].tolist()[:2] == [True, False]


def test_pandas_index_labels_and_missing_ints() -> None:
    pytest.importorskip("pandas")
    at = run("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"n": [1, 2]}, index=["r1", "r2"])
st.session_state["out"] = st.data_editor(df, key="df")
""")
    assert at.data_editor[0].index == ("r1", "r2")
    at.data_editor[0].edit_cell(1, "n", None).run()
    out = at.session_state["out"]
    assert out["n"].isna().tolist() == [False, True]


def test_pandas_other_dtypes_are_read_only_and_nullable_ints_stay_nullable() -> None:
    pytest.importorskip("pandas")
    at = run("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"c": pd.Categorical([1, 2]), "n": pd.array([1, None], dtype="Int64")})
st.session_state["out"] = st.data_editor(df, key="df", num_rows="dynamic")
""")
    editor = at.data_editor[0]
    assert editor.types == ("object", "int")
    assert editor.disabled_columns == ("c",)
    editor.edit_cell(1, "n", 7).add_row({}).run()
    out = at.session_state["out"]
    assert str(out["n"].dtype) == "Int64"
    assert out["n"].tolist()[:2] == [1, 7] and len(out) == 3


def test_a_categorical_column_is_a_select_box_of_its_categories() -> None:
    """As Streamlit 1.67 (checked with its AppTest): a text ``category`` column is edited
    by picking one of its categories (configured so unless a column config says otherwise);
    an edit that is not a category is ignored; the result keeps the dtype. The docs'
    profiles editor (a categorical "gender" with a SelectboxColumn) was read-only."""
    pytest.importorskip("pandas")
    at = run("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"g": pd.Series(["male", "female", None], dtype="category")})
out = st.data_editor(df, key="df")
st.text(repr(out["g"].tolist()) + " " + str(out["g"].dtype))
picked = st.data_editor(df, key="cfg", column_config={
    "g": st.column_config.SelectboxColumn("G", options=["male", "female", "other"])})
st.text(repr(picked["g"].tolist()))
""")
    editor, configured = at.data_editor
    assert editor.disabled_columns == () and configured.disabled_columns == ()
    assert dict(editor.column_types[0])["options"] == ("female", "male")
    editor.edit_cell(2, "g", "male").run()
    assert at.text[0].value == "['male', 'female', 'male'] category"
    at.data_editor[1].edit_cell(2, "g", "other").run()  # not a category: ignored
    assert not at.exception and at.text[1].value == "['male', 'female', nan]"


# ----------------------------------------------------------------------------- parameters
def test_column_config_order_hide_index_and_sizes_reach_the_props() -> None:
    at = run("""
import rerunqt as st
st.data_editor({"a": [1], "b": ["x"], "c": [True]}, key="e", column_order=["c", "a"],
               column_config={"a": "Alpha", "c": {"label": "Gamma", "help": "a flag"}},
               hide_index=True, width=300, height=200, use_container_width=True)
""")
    editor = at.data_editor[0]
    assert editor.columns == ("c", "a")
    assert editor.labels == ("Gamma", "Alpha")
    assert editor.help == ("a flag", None)
    assert editor.rows == ((True, 1),)
    assert (editor.hide_index, editor.width, editor.height, editor.use_container_width) == (
        True, "stretch", 200, True)  # use_container_width=True is width="stretch", as Streamlit
    with pytest.raises(ValueError, match="'b'"):
        editor.edit_cell(0, "b", "y")  # hidden columns cannot be edited


def test_column_config_none_hides_and_disabled_columns() -> None:
    at = run("""
import rerunqt as st
out = st.data_editor({"a": [1], "b": [2], "c": [3]}, key="e",
                     column_config={"b": None, 2: {"disabled": True}}, disabled=["a"])
st.text(repr(out))
""")
    editor = at.data_editor[0]
    assert editor.columns == ("a", "c")
    assert editor.disabled_columns == ("a", "c")
    assert editor.disabled is False
    with pytest.raises(ValueError, match="not an editable column"):
        editor.edit_cell(0, "a", 5)
    assert eval(at.text[0].value) == {"a": [1], "b": [2], "c": [3]}


def test_disabled_true_locks_every_column() -> None:
    at = run("""
import rerunqt as st
st.data_editor([1, 2], key="e", disabled=True)
""")
    editor = at.data_editor[0]
    assert editor.disabled is True
    assert editor.disabled_columns == ("value",)
    with pytest.raises(ValueError):
        editor.edit_cell(0, "value", 5)


def test_fixed_rows_refuse_additions_and_deletions() -> None:
    at = run("""
import rerunqt as st
st.data_editor([1, 2], key="e")
""")
    assert at.data_editor[0].num_rows == "fixed"
    with pytest.raises(ValueError, match="num_rows='dynamic'"):
        at.data_editor[0].add_row({"value": 3})
    with pytest.raises(ValueError, match="num_rows='dynamic'"):
        at.data_editor[0].delete_rows([0])


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [("age", "abc", "invalid literal"), ("age", 1.5, "not an int"), ("ok", "maybe", "not a bool"),
     ("score", True, "not a number"), ("nope", 1, "not an editable column")],
)
def test_values_that_do_not_fit_a_column_are_refused(column: str, value: object, message: str) -> None:
    at = run(PEOPLE)
    with pytest.raises(ValueError, match=message):
        at.data_editor[0].edit_cell(0, column, value)
    at.run()
    assert at.session_state["ed"] == EMPTY


def test_set_value_takes_a_whole_delta_with_json_style_row_keys() -> None:
    at = run(PEOPLE)
    at.data_editor[0].set_value({"edited_rows": {"1": {"name": "Bo", "age": None}},
                                 "deleted_rows": [2]}).run()
    assert at.session_state["ed"] == {"edited_rows": {1: {"name": "Bo", "age": None}},
                                      "added_rows": [], "deleted_rows": [2]}
    assert returned(at) == [
        {"name": "Ann", "age": 31, "score": 7.5, "ok": True},
        {"name": "Bo", "age": None, "score": 6.0, "ok": False},
    ]
    with pytest.raises(ValueError, match="not a row of the data"):
        at.data_editor[0].set_value({"edited_rows": {7: {"age": 1}}})
    with pytest.raises(ValueError, match="unknown part"):
        at.data_editor[0].set_value({"edited_cells": {}})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.data_editor([1], num_rows='many')", "num_rows='many' is not valid"),
        ("st.data_editor([1], width=0)", "width=0 is not valid"),
        ("st.data_editor([1], height='tall')", "height='tall' is not valid"),
        ("st.data_editor([1], width='wide')", "use 'stretch' or 'content' or a positive int"),
        ("st.data_editor([1], use_container_width='yes')", "must be True, False or None"),
        ("st.data_editor([1], hide_index='yes')", "hide_index='yes' must be True, False or None"),
        ("st.data_editor([1], column_order='value')", "must be a list of column names"),
        ("st.data_editor([1], column_config={'value': 3})", "is not supported"),
        ("st.data_editor([1], column_config=['value'])", "column_config= must be a dict"),
        ("st.data_editor([[1, 2], [3]])", "rows of different shapes"),
        ("st.data_editor(np.zeros((2, 2, 2)))", "1-D or 2-D numpy arrays"),
        ("st.data_editor(object())", "cannot edit a object"),
        ("st.data_editor({'a': [1], 'b': [1, 2]})", "same length"),
        ("st.data_editor([{'a': 1}, 5])", "Every row must be a dict"),
        ("st.data_editor([{1: 1, '1': 2}])", "duplicated: ['1']"),
        ("st.data_editor({'_index': [1]})", "reserves the column name '_index'"),
        ("st.data_editor([1], on_change=5)", "on_change= must be a function"),
    ],
)
def test_invalid_arguments_raise_clear_errors(call: str, message: str) -> None:
    assert message in errors(f"import rerunqt as st, numpy as np\n{call}\n")


def test_signature_is_keyword_only_after_data() -> None:
    assert "positional" in errors("import rerunqt as st\nst.data_editor([1], 100)\n")


# ----------------------------------------------------------------------------- callbacks
def test_on_change_fires_once_per_change_with_args_and_kwargs() -> None:
    at = run("""
import rerunqt as st
st.session_state.setdefault("calls", [])
def changed(tag, *, sep):
    st.session_state.calls.append(f"{tag}{sep}{st.session_state.ed['edited_rows']}")
st.data_editor({"a": [1, 2]}, key="ed", on_change=changed, args=("ed",), kwargs={"sep": ":"})
""")
    at.run()
    assert at.session_state["calls"] == []
    at.data_editor[0].edit_cell(0, "a", 5).run()
    assert at.session_state["calls"] == ["ed:{0: {'a': 5}}"]
    at.run()
    at.data_editor[0].set_value(at.data_editor[0].edits).run()  # the same delta: no change
    assert len(at.session_state["calls"]) == 1
    at.data_editor[0].edit_cell(1, "a", 6).run()
    assert at.session_state["calls"][-1] == "ed:{0: {'a': 5}, 1: {'a': 6}}"
    assert len(at.session_state["calls"]) == 2


# ----------------------------------------------------------------------------- session state
def test_session_state_is_read_only() -> None:
    message = errors("""
import rerunqt as st
st.session_state.ed = {"edited_rows": {0: {"value": 9}}, "added_rows": [], "deleted_rows": []}
st.data_editor([1, 2], key="ed")
""")
    assert "'ed'" in message and "is read-only and cannot be assigned through session state" in message


def test_assigning_after_the_widget_is_refused() -> None:
    message = errors("""
import rerunqt as st
st.data_editor([1, 2], key="ed")
st.session_state.ed = {}
""")
    assert "cannot be modified after the widget" in message


def test_deleting_the_key_resets_the_edits() -> None:
    at = run("""
import rerunqt as st
if st.session_state.get("reset"):
    del st.session_state["ed"]
    st.session_state.reset = False
st.text(repr(st.data_editor([1, 2], key="ed")))
""")
    at.data_editor[0].edit_cell(0, "value", 7).run()
    assert eval(at.text[0].value) == [7, 2]
    at.session_state["reset"] = True
    at.run()
    assert eval(at.text[0].value) == [1, 2]
    assert at.session_state["ed"] == EMPTY


def test_returned_data_is_a_copy_each_run() -> None:
    at = run("""
import rerunqt as st
data = [{"a": 1}]
out = st.data_editor(data, key="ed")
out[0]["a"] = 100
out.append({"a": 5})
st.text(repr((data, st.data_editor(data, key="ed2"))))
""")
    at.data_editor[0].edit_cell(0, "a", 2).run()
    assert eval(at.text[0].value) == ([{"a": 1}], [{"a": 1}])
    assert at.session_state["ed"]["edited_rows"] == {0: {"a": 2}}


def test_unkeyed_identity_includes_the_data_and_keyed_resets_on_a_new_shape() -> None:
    at = run("""
import rerunqt as st
n = st.session_state.get("n", 3)
st.text(repr(st.data_editor(list(range(n)))))
st.text(repr(st.data_editor(list(range(n)), key="k")))
""")
    unkeyed, keyed = at.data_editor
    unkeyed.edit_cell(1, "value", 10)
    keyed.edit_cell(1, "value", 10).edit_cell(2, "value", 20).run()
    assert eval(at.text[0].value) == [0, 10, 2]
    assert eval(at.text[1].value) == [0, 10, 20]
    at.session_state["n"] = 2
    at.run()
    assert eval(at.text[0].value) == [0, 1]  # new data, new editor
    # keyed: a new row count is a new schema, so its edits go too (Streamlit 1.67)
    assert eval(at.text[1].value) == [0, 1]
    assert at.session_state["k"]["edited_rows"] == {}


def test_identical_unkeyed_editors_are_a_duplicate() -> None:
    message = errors("""
import rerunqt as st
st.data_editor([1, 2])
st.data_editor([1, 2])
""")
    assert "multiple `data_editor` elements with the same auto-generated ID" in message
    run("""
import rerunqt as st
st.data_editor([1, 2])
st.data_editor([1, 3])
""")


def test_unkeyed_edits_survive_reruns_from_other_widgets() -> None:
    at = run("""
import rerunqt as st
st.text(repr(st.data_editor({"a": [1]})))
st.checkbox("other", key="other")
""")
    at.data_editor[0].edit_cell(0, "a", 3).run()
    at.checkbox[0].check().run()
    assert eval(at.text[0].value) == {"a": [3]}


# ----------------------------------------------------------------------------- Streamlit 1.67 parity
TYPES = """
import rerunqt as st, numpy as np, pandas as pd
data = {
    "series": pd.Series([1, 2, 3], name="vals"),
    "styler": pd.DataFrame({"a": [1, 2]}).style.highlight_max(),
    "index": pd.Index([1, 2, 3]),
    "ndarray2d": np.array([[1, 2], [3, 4]]),
    "ndarray1d": np.array([1, 2, 3]),
    "set": {1, 2, 3},
    "tuple": (1, 2, 3),
    "dict_scalar": {"a": 1, "b": 2},
    "none": None,
}[st.session_state.get("which", "series")]
out = st.data_editor(data, key="ed")
st.session_state.out = out
"""


@pytest.mark.parametrize(("which", "returned", "column", "hidden"), [
    ("series", "Series", "vals", False),
    ("styler", "DataFrame", "a", False),
    ("index", "DataFrame", "0", True),
    ("ndarray2d", "ndarray", "0", True),
    ("ndarray1d", "ndarray", "value", True),
    ("set", "set", "value", True),
    ("tuple", "tuple", "value", True),
    ("dict_scalar", "dict", "value", False),
    ("none", "DataFrame", None, False),
])
def test_every_input_of_st_dataframe_is_edited_and_returned_as_its_type(
        which: str, returned: str, column: str | None, hidden: bool) -> None:
    pytest.importorskip("pandas")
    at = AppTest.from_string(TYPES)
    at.session_state["which"] = which
    at.run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert type(at.session_state["out"]).__name__ == returned
    editor = at.data_editor[0]
    assert editor.columns == (() if column is None else (column,) if which != "ndarray2d" else ("0", "1"))
    assert editor.hide_index is hidden


def test_edits_come_back_in_the_input_type() -> None:
    pd = pytest.importorskip("pandas")
    import numpy as np

    at = AppTest.from_string(TYPES)
    at.session_state["which"] = "series"
    at.run()
    at.data_editor[0].edit_cell(1, "vals", 20).run()
    out = at.session_state["out"]
    assert isinstance(out, pd.Series) and out.name == "vals" and out.tolist() == [1, 20, 3]
    for which, column, row, value, expected in [
        ("ndarray1d", "value", 0, 9, [9, 2, 3]),
        ("ndarray2d", "1", 1, 7, [[1, 2], [3, 7]]),
        ("set", "value", 0, 5, None),
        ("dict_scalar", "value", 1, 5, {"a": 1, "b": 5}),
    ]:
        at = AppTest.from_string(TYPES)
        at.session_state["which"] = which
        at.run()
        at.data_editor[0].edit_cell(row, column, value).run()
        out = at.session_state["out"]
        if isinstance(out, np.ndarray):
            assert out.tolist() == expected and out.dtype == np.int64
        elif which == "set":
            assert isinstance(out, set) and 5 in out and len(out) == 3
        else:
            assert out == expected


def test_a_missing_value_in_an_int_array_widens_it_to_float() -> None:
    import numpy as np

    at = run("""
import rerunqt as st, numpy as np
st.session_state.out = st.data_editor(np.array([1, 2]), key="ed", num_rows="dynamic")
""")
    at.data_editor[0].add_row({}).run()
    out = at.session_state["out"]
    assert out.dtype == np.float64 and out[:2].tolist() == [1.0, 2.0] and np.isnan(out[2])


def test_width_and_height_take_streamlits_words_and_defaults() -> None:
    at = run("""
import rerunqt as st
st.data_editor([1], key="a")
st.data_editor([1], key="b", width="content", height="content")
st.data_editor([1], key="c", width=300, height="stretch")
st.data_editor([1], key="d", use_container_width=False)
st.data_editor([1], key="e", width=300, use_container_width=False)
""")
    sizes = [(e.width, e.height, e.use_container_width) for e in at.data_editor]
    assert sizes == [("stretch", "auto", True), ("content", "content", False), (300, "stretch", False),
                     ("content", "auto", False), (300, "auto", False)]


def test_an_empty_label_heads_its_column_with_nothing_as_in_streamlit() -> None:
    # release demo 1.23 ("Final four"): ImageColumn("") for the logos; Streamlit's column
    # config sets the title to "" (only None keeps the column's name), as st.dataframe here
    at = run("""
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"Team": ["UConn"], "Logo": ["https://example.org/u.svg"]}).set_index("Team")
st.data_editor(df, key="e", column_config={"Logo": st.column_config.ImageColumn(""),
                                           "_index": st.column_config.Column("")})
st.data_editor(df, key="f", column_config={"Logo": st.column_config.ImageColumn(None)})
""")
    assert at.data_editor[0].labels == ("",)
    assert at.data_editor[0]._element.prop("index_title") == ""  # not the index's name, "Team"
    assert at.data_editor[1].labels == ("Logo",)
    assert at.data_editor[1]._element.prop("index_title") == "Team"


def test_a_column_type_that_cannot_edit_its_data_is_an_error_unless_disabled() -> None:
    # release demo 1.23 ("Final four"): DateColumn() over text dates, which Streamlit 1.67
    # accepts only in a disabled column; an editable one raises before the editor is drawn
    source = """
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"Date": ["2023/03/26"], "Won": [False], "Score": [1.5], "Empty": [None]})
st.data_editor(df, column_config={"Date": st.column_config.DateColumn(),
                                  "Empty": st.column_config.DateColumn()}{rest})
"""
    at = AppTest.from_string(source.replace("{rest}", "")).run()
    assert at.exception and at.exception[0].message.startswith(
        "The configured column type `date` for column `Date` is not compatible for editing "
        "the underlying data type `string`.")
    for rest in (', disabled=["Date"]', ', disabled=("Date", "Won")'):
        run(source.replace("{rest}", rest))  # no error
    at = AppTest.from_string(source.replace('"Date": st.column_config.DateColumn()',
                                            '"Score": st.column_config.CheckboxColumn()')
                             .replace("{rest}", "")).run()
    assert "`checkbox` for column `Score`" in at.exception[0].message
    assert "data type `float`" in at.exception[0].message


def test_unknown_columns_in_config_order_and_disabled_are_ignored() -> None:
    at = run("""
import rerunqt as st
st.data_editor({"a": [1, 2], "b": [3, 4]}, key="e", column_order=["b", "zzz", "a"],
               column_config={"a": st.column_config.NumberColumn("A"), "c": st.column_config.TextColumn("C")},
               disabled=["nope", "b"])
""")
    editor = at.data_editor[0]
    assert editor.columns == ("b", "a") and editor.labels == ("b", "A")
    assert editor.disabled_columns == ("b",)


def test_disabled_takes_the_frames_columns_as_a_pandas_index() -> None:
    pytest.importorskip("pandas")
    # the docs' row-selection recipe: disabled=df.columns locks all but the added column
    # (the Index was compared with True and raised "truth value ... is ambiguous")
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"Animal": ["Lion", "Zebra"], "Lifespan": [15, 25]})
chosen = df.copy()
chosen.insert(0, "Select", False)
st.data_editor(chosen, key="e", hide_index=True, disabled=df.columns,
               column_config={"Select": st.column_config.CheckboxColumn(required=True)})
""")
    assert not at.exception
    assert at.data_editor[0].disabled_columns == ("Animal", "Lifespan")


def test_the_editors_index_is_configured_by_name_and_hidden_by_default_for_plain_data() -> None:
    pytest.importorskip("pandas")
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame({"a": [1, 2]}, index=pd.Index(["x", "y"], name="id"))
st.data_editor(df, key="named", column_config={"id": None})
st.data_editor(df, key="shown")
st.data_editor(pd.DataFrame({"a": [1, 2]}), key="dynamic", num_rows="dynamic")
st.data_editor(pd.DataFrame({"a": [1, 2]}), key="fixed")
st.data_editor([{"a": 1}], key="records")
st.data_editor([{"a": 1}], key="records_shown", hide_index=False)
""")
    assert [e.hide_index for e in at.data_editor] == [True, False, True, False, True, False]


def test_pinned_columns_come_first_in_the_editor() -> None:
    at = run("""
import rerunqt as st
st.data_editor({"a": [1], "b": [2], "c": [3]}, key="e",
               column_config={"c": st.column_config.Column(pinned=True)})
""")
    editor = at.data_editor[0]
    assert editor.columns == ("c", "a", "b") and editor.pinned == 1
    at.data_editor[0].edit_cell(0, "c", 30).run()
    assert not at.exception


def test_an_unnamed_series_is_column_0_and_comes_back_named_0_as_in_streamlit() -> None:
    pd = pytest.importorskip("pandas")
    at = AppTest.from_string("""
import rerunqt as st, pandas as pd
st.session_state.out = st.data_editor(pd.Series([3, 4]), key="ed")
""").run()
    at.data_editor[0].edit_cell(1, "0", 40).run()
    out = at.session_state["out"]
    assert isinstance(out, pd.Series) and out.name == 0 and out.tolist() == [3, 40]
    assert at.session_state["ed"]["edited_rows"] == {1: {"0": 40}}


def test_the_returned_frame_names_its_columns_as_text_as_in_streamlit() -> None:
    """Streamlit's editor returns a DataFrame whose column labels are text ("0", "1"; a
    MultiIndex's levels joined by "_"): ``edited["0"]`` works there, ``edited[0]``
    raises KeyError (checked against Streamlit 1.67)."""
    pytest.importorskip("pandas")
    at = AppTest.from_string("""
import rerunqt as st, pandas as pd
st.session_state.plain = st.data_editor(pd.DataFrame([["a", "b"], ["c", "d"]]), num_rows="dynamic")
columns = pd.MultiIndex.from_tuples([("x", 1), ("y", 2)])
st.session_state.multi = st.data_editor(pd.DataFrame([[1, 2]], columns=columns), key="m")
""").run()
    assert list(at.session_state["plain"].columns) == ["0", "1"]
    assert list(at.session_state["multi"].columns) == ["x_1", "y_2"]
    at.data_editor[0].add_row({"0": "e", "1": "f"}).run()  # an added row fills those columns
    plain = at.session_state["plain"]
    assert list(plain.columns) == ["0", "1"] and plain.iloc[-1].tolist() == ["e", "f"]


def test_editors_of_one_frame_differing_in_disabled_columns_hide_index_or_row_height_coexist() -> None:
    """Streamlit's ID takes the column config (a list of disabled columns, an explicit
    hide_index) and row_height: Streamlit's own e2e app draws these side by side."""
    at = run("""
import rerunqt as st
df = {"a": [1, 2], "b": [3, 4]}
st.data_editor(df, disabled=True)
st.data_editor(df, disabled=["b"])
st.data_editor(df, hide_index=False)
st.data_editor(df, hide_index=True)
st.data_editor(df, row_height=50)
st.data_editor(df, alt="numbers")
""")
    assert len(at.get("data_editor")) == 6
    twice = AppTest.from_string("""
import rerunqt as st
st.data_editor({"a": [1]}, disabled=["a"])
st.data_editor({"a": [1]}, disabled=["a"])
""").run()
    assert "same auto-generated ID" in twice.exception[0].value  # equal calls still clash


def test_a_dict_of_dicts_is_columns_by_index_and_comes_back_as_one() -> None:
    """``{column: {index: value}}`` (what ``df.to_dict()`` gives) is a table, as Streamlit reads
    it (its st_data_editor_input_data e2e app); it raised "a dict is read as columns". The
    edited copy is a dict of dicts again (Streamlit: ``df.to_dict()``)."""
    pytest.importorskip("pandas")
    at = run("""
import rerunqt as st
data = {"type": {"st.text_area": "widget", "st.markdown": "element"},
        "usage": {"st.text_area": 4.92, "st.markdown": 47.22}}
st.text(repr(st.data_editor(data, key="ed")))
st.dataframe(data)
""")
    assert list(at.dataframe[0].value.index) == ["st.text_area", "st.markdown"]
    at.data_editor[0].edit_cell(1, "usage", 50.0).run()
    assert returned(at) == {"type": {"st.text_area": "widget", "st.markdown": "element"},
                            "usage": {"st.text_area": 4.92, "st.markdown": 50.0}}


def test_multiindex_column_headers_are_joined_with_underscores() -> None:
    """Streamlit's editor flattens ("A", "foo") to "A_foo" (its header and the returned
    data's column, its st_data_editor_input_data e2e app); the header read "('A', 'foo')"."""
    pytest.importorskip("pandas")
    at = run("""
import rerunqt as st, pandas as pd
df = pd.DataFrame([[1.0, 2.0]], columns=pd.MultiIndex.from_tuples([("A", "foo"), ("B", "bar")]))
st.text(repr(st.data_editor(df, key="ed").to_dict()))
""")
    assert at.data_editor[0].columns == ("A_foo", "B_bar")
    at.data_editor[0].edit_cell(0, "B_bar", 5.0).run()
    assert returned(at) == {"A_foo": {0: 1.0}, "B_bar": {0: 5.0}}


def test_a_one_column_numpy_matrix_is_a_value_column_and_comes_back_as_a_matrix() -> None:
    """np.array([["a"], ["b"]]): Streamlit's editor names its column "value" (it read "0")
    and gives a (n, 1) array back."""
    at = run("""
import numpy as np, rerunqt as st
out = st.data_editor(np.array([["a"], ["b"]]), key="ed")
st.text(repr((out.shape, out.tolist())))
""")
    assert at.data_editor[0].columns == ("value",)
    at.data_editor[0].edit_cell(1, "value", "c").run()
    assert returned(at) == ((2, 1), [["a"], ["c"]])


def test_missing_index_labels_read_none_as_in_st_dataframe() -> None:
    """A missing index label reads "None" (as st.dataframe shows it), not "nan" or "<NA>"
    (Streamlit's st_data_editor_index_types e2e app sets such indexes)."""
    pytest.importorskip("pandas")
    at = run("""
import rerunqt as st, pandas as pd
st.data_editor(pd.DataFrame({"a": [1, 2]}, index=["x", None]), key="s")
st.data_editor(pd.DataFrame({"a": [1, 2]}, index=pd.array([1, None], dtype="Int64")), key="i")
""")
    assert [at.data_editor[n].index for n in (0, 1)] == [("x", "None"), ("1", "None")]


def test_a_text_array_comes_back_as_an_object_array() -> None:
    """Streamlit returns an edited numpy array of text with dtype=object (pandas' text)."""
    import numpy as np

    at = run("""
import rerunqt as st, numpy as np
st.session_state.out = st.data_editor(np.array([["a", "b"], ["c", "d"]]), key="ed")
""")
    out = at.session_state["out"]
    assert out.dtype == object and out.tolist() == [["a", "b"], ["c", "d"]]
    at.data_editor[0].edit_cell(0, "0", "zz").run()
    assert at.session_state["out"].dtype == object
    assert at.session_state["out"].tolist() == [["zz", "b"], ["c", "d"]]
    assert isinstance(at.session_state["out"], np.ndarray)
