"""rerunqt's AppTest has every accessor and method of Streamlit's (streamlit.testing.v1).

The names below are copied by hand from Streamlit's AppTest reference
(docs.streamlit.io/develop/api-reference/app-testing/st.testing.v1.apptest, and the
classes of lib/streamlit/testing/v1/app_test.py and element_tree.py it documents).
Left out on purpose: ``proto`` and ``root`` (Streamlit's protobuf message and element
tree, which rerunqt does not have), ``SelectSlider.data_type`` (a protobuf enum), and
``_widget_state`` and other private names.
"""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

from rerunqt.testing import AppTest

APP_METHODS = ["from_file", "from_string", "from_function", "run", "switch_page", "get",
               "get_by_key", "__len__", "__iter__", "__getitem__"]
APP_ATTRIBUTES = ["main", "sidebar", "secrets", "session_state", "query_params",
                  "default_timeout"]
ACCESSORS = [
    "button", "button_group", "caption", "chat_input", "chat_message", "checkbox", "code",
    "color_picker", "columns", "dataframe", "date_input", "datetime_input", "divider", "error",
    "exception", "expander", "feedback", "header", "info", "json", "latex", "markdown",
    "metric", "multiselect", "number_input", "radio", "select_slider", "selectbox", "slider",
    "status", "subheader", "success", "table", "tabs", "text", "text_area", "text_input",
    "time_input", "title", "toast", "toggle", "warning",
    # named by issue 13 beside Streamlit's button_group
    "pills", "segmented_control",
]
WIDGET = ["run", "value", "key", "id", "disabled", "form_id", "type", "set_value"]
WIDGET_EXTRA = {
    "button": ["click", "label", "help"],
    "checkbox": ["check", "uncheck", "label", "help"],
    "toggle": ["label", "help"],
    "color_picker": ["pick", "label", "help"],
    "date_input": ["min", "max", "is_range", "label", "help"],
    "datetime_input": ["min", "max", "step", "format", "label", "help"],
    "time_input": ["increment", "decrement", "step", "label", "help"],
    "multiselect": ["select", "unselect", "indices", "values", "options", "format_func",
                    "max_selections", "label", "help"],
    "number_input": ["increment", "decrement", "min", "max", "step", "label", "help"],
    "radio": ["index", "options", "format_func", "horizontal", "label", "help"],
    "selectbox": ["select", "select_index", "index", "options", "format_func", "label", "help"],
    "select_slider": ["set_range", "options", "label", "help"],
    "slider": ["set_range", "min", "max", "step", "data_type", "label", "help"],
    "text_area": ["input", "max_chars", "placeholder", "label", "help"],
    "text_input": ["input", "max_chars", "placeholder", "autocomplete", "label", "help"],
    "pills": ["select", "unselect", "indices", "options", "format_func"],
    "segmented_control": ["select", "unselect", "indices", "options", "format_func"],
    "feedback": [],
    "chat_input": ["placeholder"],
}
ELEMENT = ["value", "type", "key", "run"]
ELEMENT_EXTRA = {
    "exception": ["message", "is_markdown", "stack_trace", "is_warning"],
    "markdown": ["allow_html", "is_caption"],
    "caption": ["allow_html", "is_caption"],
    "code": ["language", "show_line_numbers"],
    "json": ["expanded"],
    "metric": ["label", "delta", "color", "help"],
    "title": ["tag", "anchor", "hide_anchor"],
    "header": ["tag", "anchor", "hide_anchor"],
    "subheader": ["tag", "anchor", "hide_anchor"],
    "toast": ["icon"], "info": ["icon"], "success": ["icon"], "warning": ["icon"],
    "error": ["icon"], "divider": ["body"], "text": [], "latex": [], "table": [], "dataframe": [],
}
BLOCK = ["children", "get", "run", "key", "type", "__len__", "__getitem__", "__iter__"]
BLOCK_EXTRA = {"tabs": ["label"], "expander": ["label", "icon"],
               "status": ["label", "icon", "state"], "chat_message": ["name", "avatar"],
               "columns": ["weight", "gap"]}
LIST = ["len", "values", "__len__", "__getitem__", "__iter__", "__call__"]

EVERYTHING = """
import datetime as dt
import rerunqt as st
st.title("T"); st.header("H"); st.subheader("S"); st.markdown("m"); st.caption("c")
st.code("x"); st.latex("x"); st.json({"a": 1}); st.text("t"); st.divider()
st.info("i"); st.success("s"); st.warning("w"); st.error("e"); st.metric("M", 1, 2)
st.toast("hi"); st.exception(ValueError("x")); st.table({"a": [1]}); st.dataframe({"a": [1]})
st.button("B", key="button"); st.checkbox("C", key="checkbox"); st.toggle("Tg", key="toggle")
st.color_picker("CP", key="color_picker")
st.date_input("D", dt.date(2024, 1, 1), key="date_input")
st.datetime_input("DT", dt.datetime(2024, 1, 1, 9), key="datetime_input")
st.time_input("TI", dt.time(8), key="time_input")
st.multiselect("MS", ["a", "b"], key="multiselect"); st.number_input("N", key="number_input")
st.radio("R", ["a", "b"], key="radio"); st.selectbox("SB", ["a", "b"], key="selectbox")
st.select_slider("SS", ["a", "b"], key="select_slider"); st.slider("SL", key="slider")
st.text_area("TA", key="text_area"); st.text_input("TX", key="text_input")
st.pills("P", ["a", "b"], key="pills"); st.segmented_control("SC", ["a", "b"], key="segmented_control")
st.feedback("stars", key="feedback"); st.chat_input("say", key="chat_input")
with st.chat_message("user"):
    st.write("u")
c1, c2 = st.columns(2); t1, t2 = st.tabs(["A", "B"]); st.expander("E"); st.status("St")
"""


@pytest.fixture(scope="module")
def at() -> AppTest:
    return AppTest.from_string(EVERYTHING).run()


def _missing(obj: object, names: list[str]) -> list[str]:
    out = []
    for name in names:
        try:
            getattr(obj, name)
        except (AttributeError, KeyError):
            out.append(name)
    return out


def test_apptest_has_every_method_attribute_and_accessor(at: AppTest) -> None:
    assert _missing(AppTest, APP_METHODS) == []
    assert _missing(at, APP_ATTRIBUTES) == []
    empty = [name for name in ACCESSORS if len(getattr(at, name)) == 0]
    assert empty == []


@pytest.mark.parametrize("kind", sorted(WIDGET_EXTRA))
def test_each_widget_view_has_streamlits_methods(at: AppTest, kind: str) -> None:
    views = getattr(at, kind)
    assert _missing(views[0], WIDGET + WIDGET_EXTRA[kind]) == []
    assert views(key=kind).key == kind  # a widget list takes a key
    assert _missing(views, LIST) == []


@pytest.mark.parametrize("kind", sorted(ELEMENT_EXTRA))
def test_each_element_view_has_streamlits_attributes(at: AppTest, kind: str) -> None:
    assert _missing(getattr(at, kind)[0], ELEMENT + ELEMENT_EXTRA[kind]) == []


@pytest.mark.parametrize("kind", sorted(BLOCK_EXTRA))
def test_each_block_view_has_streamlits_attributes(at: AppTest, kind: str) -> None:
    block = getattr(at, kind)[0]
    assert _missing(block, BLOCK_EXTRA[kind] + ["children", "get", "run", "key", "type"]) == []


def test_signatures_match_streamlits() -> None:
    def params(function: object) -> dict[str, inspect.Parameter]:
        return dict(inspect.signature(function).parameters)  # type: ignore[arg-type]

    assert list(params(AppTest.from_function))[:1] == ["script"]
    assert {"args", "kwargs", "default_timeout"} <= set(params(AppTest.from_function))
    assert params(AppTest.from_string)["default_timeout"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params(AppTest.from_file)["default_timeout"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params(AppTest.run)["timeout"].kind is inspect.Parameter.KEYWORD_ONLY


def test_get_by_key_iteration_and_indexing(at: AppTest) -> None:
    assert at.get_by_key("slider").type == "slider"
    with pytest.raises(KeyError, match="nope"):
        at.get_by_key("nope")
    assert len(at) == 2 and at[0].text[0].value == "t"
    kinds = [view.type for view in at]
    assert kinds.count("tab") == 2 and "slider" in kinds


def test_button_group_lists_pills_and_segmented_controls(at: AppTest) -> None:
    assert [view.key for view in at.button_group] == ["pills", "segmented_control"]


def test_choice_views_give_labels_indices_and_format_func() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.multiselect("M", [1, 2, 3], default=[3, 1], format_func=lambda n: f"#{n}", key="m")
st.pills("P", ["x", "y"], selection_mode="multi", default=["y"], key="p")
st.radio("R", [10, 20], index=1, format_func=lambda n: f"{n}%", key="r")
""").run()
    multi = at.multiselect(key="m")
    assert (multi.values, multi.indices, multi.format_func(2)) == (["#3", "#1"], [2, 0], "#2")
    assert at.pills(key="p").indices == [1] and at.radio(key="r").format_func(10) == "10%"


def test_query_params_are_given_to_the_run_and_read_back() -> None:
    at = AppTest.from_string("""
import rerunqt as st
st.text(st.query_params.get("q", "none"))
st.query_params["seen"] = ["a", "b"]
""")
    at.query_params["q"] = "hello"
    at.run()
    assert at.text[0].value == "hello"
    assert at.query_params == {"q": "hello", "seen": ["a", "b"]}


def test_form_id_names_the_form() -> None:
    at = AppTest.from_string("""
import rerunqt as st
with st.form("f"):
    st.text_input("Inside", key="inside")
    st.form_submit_button()
st.text_input("Outside", key="outside")
""").run()
    assert (at.text_input(key="inside").form_id, at.text_input(key="outside").form_id) == ("f", "")


def test_element_run_reruns_the_app() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.session_state.setdefault('n', 0)\n"
                             "st.session_state.n += 1\nst.text(str(st.session_state.n))").run()
    assert at.text[0].run().text[0].value == "2"


def test_dates_from_a_date_input_view() -> None:
    at = AppTest.from_string("import datetime as dt\nimport rerunqt as st\n"
                             "st.date_input('D', dt.date(2024, 1, 1), key='d')").run()
    assert at.date_input(key="d").set_value(dt.date(2024, 2, 2)).run().date_input[0].value == (
        dt.date(2024, 2, 2))
