"""AppTest gives lists where Streamlit's AppTest does, and rejects acting on disabled widgets."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest, AppTestError


def test_options_captions_and_indices_are_lists() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.selectbox("sb", ("a", "b"))
        st.radio("r", ["a", "b"], captions=["x", "y"])
        st.multiselect("m", ["a", "b", "c"], default=["c", "a"])
        st.select_slider("ss", ["a", "b"])
        st.pills("p", ["a", "b"], default="b")
        st.segmented_control("sc", ["a", "b"], selection_mode="multi", default=["a"])
        """
    ).run()
    assert at.selectbox[0].options == ["a", "b"] and type(at.selectbox[0].options) is list
    assert at.radio[0].options == ["a", "b"] and at.radio[0].captions == ["x", "y"]
    assert at.multiselect[0].options == ["a", "b", "c"] and at.multiselect[0].indices == [2, 0]
    assert at.select_slider[0].options == ["a", "b"]
    assert at.pills[0].options == ["a", "b"] and at.pills[0].indices == [1]
    assert at.segmented_control[0].indices == [0]


def test_acting_on_a_disabled_widget_raises_as_in_streamlit() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.selectbox("sb", ["a", "b"], disabled=True)
        st.button("b", disabled=True)
        st.checkbox("c", disabled=True, key="c")
        """
    ).run()
    with pytest.raises(AppTestError) as info:
        at.selectbox[0].select("b")
    assert str(info.value) == ("Cannot update a disabled selectbox widget. A browser user "
                               "cannot interact with a disabled widget.")
    with pytest.raises(AppTestError, match="disabled button widget"):
        at.button[0].click()
    with pytest.raises(AppTestError, match=r"disabled checkbox widget \(key='c'\)"):
        at.checkbox[0].check()
    at.run()
    assert at.selectbox[0].value == "a" and at.checkbox[0].value is False


def test_streamlit_alias_exports_apptest_error() -> None:
    from rerunqt.compat.streamlit.testing.v1 import AppTestError as Alias

    assert Alias is AppTestError


PAGE_OF_TYPES = """
    import pandas as pd
    import rerunqt as st
    df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2]})
    st.line_chart(df)
    st.bar_chart(df)
    st.map(pd.DataFrame({"lat": [1.0], "lon": [2.0]}))
    st.data_editor(df, key="ed")
    st.badge("new")
    st.help(len)
    st.datetime_input("when")
    st.pills("p", ["a"])
    with st.spinner("wait"):
        pass
    tab, = st.tabs(["A"])
    st.columns(2)
    with st.container():
        st.text("boxed")
    slot = st.empty()
    slot.text("filled")
    st.empty()
    with st.form("f"):
        st.form_submit_button("go")
    box = st.container()
    box
"""


def test_elements_have_streamlit_s_apptest_types_and_places() -> None:
    """The types and order of real Streamlit 1.67's AppTest for the same page (checked
    side by side): charts by their protobuf type, a finished spinner gone, a filled
    st.empty() is what it holds, a handle on its own line is st.help of it."""
    at = AppTest.from_string(PAGE_OF_TYPES).run()
    assert not at.exception
    assert [e.type for e in at.main] == [
        "main", "vega_lite_chart", "vega_lite_chart", "deck_gl_json_chart", "dataframe",
        "markdown", "help_info", "date_time_input", "button_group",
        "tab_container", "tab", "flex_container", "column", "column", "flex_container", "text",
        "text", "empty", "form", "button", "flex_container", "help_info"]
    assert [e.type for e in at.main.children.values()][-3:] == ["form", "flex_container", "help_info"]
    assert len(at.main) == 16


def test_get_takes_streamlit_s_types_and_rerunqt_s_names() -> None:
    at = AppTest.from_string(PAGE_OF_TYPES).run()
    assert [len(at.get(name)) for name in ("vega_lite_chart", "line_chart", "bar_chart")] == [2, 1, 1]
    assert len(at.get("deck_gl_json_chart")) == len(at.get("map")) == 1
    assert len(at.get("help_info")) == 2 and len(at.get("date_time_input")) == 1
    assert len(at.get("tab_container")) == 1 and len(at.get("flex_container")) == 3
    assert [m.value for m in at.markdown] == [":blue-badge[new]"]
    assert len(at.empty) == 2  # rerunqt's own accessor: the slots (the spinner's is not one)


def test_a_badge_reads_as_streamlit_s_markdown_directive() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.badge("a [b]", icon="🔥", color="green")
    """).run()
    assert at.markdown[0].value == ":green-badge[🔥 a \\[b\\]]"


def test_a_number_slider_has_an_empty_options_list_as_in_streamlit() -> None:
    at = AppTest.from_string("import rerunqt as st\nst.slider('n', 0, 10, 3)\n").run()
    assert at.slider[0].options == [] and at.slider[0].value == 3


def test_a_blocks_children_are_a_dict_by_place_as_in_streamlit() -> None:
    """Streamlit's ``Block.children`` is a dict {0: node, 1: node...}: tests written for it
    call ``.values()`` / ``.items()`` (a list had neither)."""
    at = AppTest.from_string("""
import rerunqt as st
a, b = st.columns(2)
a.text("left")
b.text("right")
st.text("after")
""").run()
    assert list(at.main.children) == [0, 1]
    assert [child.type for child in at.main.children.values()] == ["flex_container", "text"]
    row = at.main.children[0]
    assert [(place, column.type) for place, column in row.children.items()] == [(0, "column"), (1, "column")]
    assert row.children[1].children[0].value == "right" and at.main[1].value == "after"


def test_a_numpy_string_label_reads_as_a_str() -> None:
    """A tic-tac-toe board labels its buttons with numpy strings (``board[i, j]``):
    Streamlit's AppTest gives each label as a str (from its proto); it was numpy's str_."""
    at = AppTest.from_string("""
import numpy as np
import rerunqt as st
board = np.array([["X", "O"]])
st.button(board[0, 0], key="a")
st.checkbox(board[0, 1])
""").run()
    assert [type(view.label) for view in (at.button[0], at.checkbox[0])] == [str, str]
    assert at.button[0].label == "X"


def test_get_lists_concatenate_and_session_state_prints_as_a_dict() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.header("Orders")
        st.markdown("none yet")
        st.session_state.setdefault("n", 1)
        """
    ).run()
    joined = at.get("markdown") + at.get("header")
    assert [e.value for e in joined] == ["none yet", "Orders"]
    assert [e.value for e in [*at.title] + at.header] == ["Orders"]
    assert repr(at.session_state) == "{'n': 1}"


def test_assigning_a_widgets_private_value_sets_it_as_in_streamlit() -> None:
    # Streamlit's set_value is ``self._value = v``; older tests assign _value directly.
    at = AppTest.from_string(
        """
        import rerunqt as st
        llm = st.sidebar.selectbox("assistant LLM", ["gpt-4o", "gpt-3.5-turbo"])
        st.session_state["llm_name"] = llm
        key = st.sidebar.text_input("API key")
        st.write("key:", key)
        """
    ).run()
    box = next(x for x in at.sidebar.get("selectbox") if x.label == "assistant LLM")
    box._value = "gpt-3.5-turbo"
    assert box._value == "gpt-3.5-turbo"
    box.run()
    assert at.session_state["llm_name"] == "gpt-3.5-turbo"
    at.sidebar.get("text_input")[0]._value = "sk-1"
    at.run()
    assert at.markdown[0].value == "key: sk-1"
    assert at.text_input[0]._value is None


def test_an_element_iterates_as_itself_and_a_block_as_its_tree() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.success("Congrats!", icon="🎉")
        with st.expander("More"):
            st.write("inside")
        """
    ).run()
    assert [m.value for m in at.success[0]] == ["Congrats!"]
    assert any(m.value == "Congrats!" and m.icon == "🎉" for m in at.success[0])
    assert [n.type for n in at.expander[0]] == ["expander", "markdown"]


def test_proto_fields_read_as_in_streamlits_apptest() -> None:
    at = AppTest.from_string(
        """
        import numpy as np
        import rerunqt as st
        st.metric("Sales", 10, help="money in")
        st.number_input("Qty", key="order_qty")
        st.pills("Pick", ["a", "b"], disabled=True)
        st.image([np.zeros((4, 4, 3), dtype=np.uint8)] * 2, caption=["one", "two"])
        """
    ).run()
    assert at.metric[0].proto.help == "money in"
    assert at.number_input[0].proto.id.endswith("order_qty")
    assert at.pills[0].proto.disabled is True
    assert [p.caption for e in at.image for p in e.proto.imgs] == ["one", "two"]


def test_refused_actions_are_app_test_errors_as_in_streamlit() -> None:
    """Streamlit 1.67's AppTest raises AppTestError for a page out of range, files sent
    to a chat input that takes none, and a disabled chat input; rerunqt raised plain
    ValueError. The errors stay ValueErrors too, as rerunqt documents."""
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.pagination(5, key="pg")
        st.chat_input("ci", key="ci")
        st.chat_input("off", key="off", disabled=True)
        st.slider("s", 0, 10, key="s")
        """
    ).run()
    with pytest.raises(AppTestError, match=r"^Cannot set pagination \(key='pg'\) to 9\. Page "
                                           r"must be an int between 1 and 5\.$"):
        at.pagination("pg").set_value(9)
    with pytest.raises(AppTestError, match=r"^st\.chat_input \(key='ci'\) does not accept "
                                           r"files\. Pass accept_file=True"):
        at.chat_input("ci").upload("a.txt", b"x")
    with pytest.raises(AppTestError, match="Cannot update a disabled chat_input widget"):
        at.chat_input("off").set_value("hi")
    with pytest.raises(ValueError, match="outside the slider's range"):
        at.slider("s").set_value(50)
    with pytest.raises(AppTestError):
        at.slider("s").set_value(50)


def test_a_chat_file_of_a_type_not_allowed_is_refused_at_upload() -> None:
    """Streamlit's AppTest raises at ``upload``; rerunqt queued the file and the next run
    silently dropped the whole message."""
    at = AppTest.from_string(
        """
        import rerunqt as st
        m = st.chat_input("ask", key="ask", accept_file="multiple", file_type=["png", "tar.gz"])
        st.write(None if m is None else (m.text, [f.name for f in m.files]))
        """
    ).run()
    with pytest.raises(AppTestError, match=r"^Invalid file extension: `\.txt`\. Allowed: "
                                           r"\['\.png', '\.tar\.gz'\]$"):
        at.chat_input("ask").upload("notes.txt", b"x")
    at.chat_input("ask").upload("A.PNG", b"x").upload("b.tar.gz", b"y").set_value("hi").run()
    assert at.markdown[0].value == "`('hi', ['A.PNG', 'b.tar.gz'])`"


def test_set_value_and_click_where_no_user_can_act_raise_app_test_error() -> None:
    """Streamlit's AppTest answers ``set_value`` / ``click`` on any element, refusing
    with AppTestError; rerunqt raised AttributeError."""
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.markdown("m")
        st.metric("m", 1)
        st.text_input("t", key="t")
        """
    ).run()
    with pytest.raises(AppTestError, match=r"^set_value\(\) is not supported for markdown\."):
        at.markdown[0].set_value("x")
    with pytest.raises(AppTestError, match=r"^click\(\) is not supported for metric\."):
        at.metric[0].click()
    with pytest.raises(AppTestError, match=r"^click\(\) is not supported for text_input "
                                           r"\(key='t'\)\. Use set_value\(\)"):
        at.text_input("t").click()


def test_get_takes_streamlit_s_keyword() -> None:
    """``get(element_type=...)``, Streamlit's parameter name (it was ``kind``)."""
    at = AppTest.from_string("import rerunqt as st\nst.sidebar.markdown('a')\nst.text('b')").run()
    assert at.get(element_type="markdown").values == ["a"]
    assert at.sidebar.get(element_type="markdown")[0].value == "a"
    assert len(at.main.get(element_type="text")) == 1


def test_an_audio_input_takes_only_a_wav_recording() -> None:
    """The recorder makes WAV only: Streamlit's AppTest refuses another file (rerunqt
    took an mp3 as the recording) and reads "Audio/WAV" as "audio/wav"."""
    at = AppTest.from_string(
        """
        import rerunqt as st
        f = st.audio_input("Say", key="a")
        st.write(None if f is None else (f.name, f.type))
        """
    ).run()
    with pytest.raises(AppTestError, match=r"^st\.audio_input only records \.wav files\. Got "
                                           r"filename 'a\.mp3'\.$"):
        at.audio_input("a").upload("a.mp3", b"x", "audio/mpeg")
    with pytest.raises(AppTestError, match=r"MIME type 'audio/wav'\. Got 'audio/mpeg'"):
        at.audio_input("a").set_value(("a.wav", b"x", "audio/mpeg"))
    at.audio_input("a").upload("A.WAV", b"RIFF", "Audio/WAV").run()
    assert at.markdown[0].value == "`('A.WAV', 'audio/wav')`"
