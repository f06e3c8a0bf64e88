"""Element attributes read as Streamlit 1.67's AppTest reads them.

Every expected value here is what real Streamlit 1.67's AppTest gave for the same
script (run in its own venv and hard-coded).
"""

from __future__ import annotations

import datetime as dt

from rerunqt.testing import AppTest


def test_left_out_arguments_read_as_the_protos_empty_values() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.title("T", anchor="t1")
        st.title("Plain")
        st.header("H", anchor=False)
        st.warning("w")
        st.progress(0.5)
        st.text_input("ti", type="password")
        st.text_input("ti2", autocomplete="name")
        st.text_area("ta")
        st.multiselect("m", [1, 2])
        with st.expander("e"):
            pass
        """
    ).run()
    # Streamlit 1.67: "" / 0 where the argument was left out, never None
    assert at.title[0].anchor == "t1" and at.title[0].icon == ""
    assert at.title[1].anchor == "" and at.title[1].hide_anchor is False
    assert at.header[0].anchor == "" and at.header[0].hide_anchor is True
    assert at.warning[0].icon == ""
    assert at.progress[0].text == ""
    assert at.text_input[0].placeholder == "" and at.text_input[0].max_chars == 0
    assert at.text_input[0].autocomplete == "new-password"  # the password type's default
    assert at.text_input[1].autocomplete == "name"
    assert at.text_area[0].placeholder == "" and at.text_area[0].max_chars == 0
    assert at.multiselect[0].max_selections == 0
    assert at.expander[0].icon == ""


def test_latex_metric_and_link_values() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.latex(r"a^2")
        st.metric("Temp", 70, 1.5, delta_color="inverse")
        st.metric("T2", "70 F", "-2", delta_color="off")
        st.metric("T3", 1, 2)
        st.link_button("LB", "https://example.com")
        st.page_link("https://example.com", label="Ext")
        """
    ).run()
    assert at.latex[0].value == "$$\na^2\n$$"  # Streamlit: st.latex is Markdown in "$$" lines
    assert at.metric[1].body == "70 F"
    assert at.link_button[0].value == "LB"  # the label: AppTest does not click link buttons
    assert at.get("page_link")[0].value == "Ext"


def test_layout_and_table_attributes() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        import pandas as pd
        c1, c2 = st.columns([2, 1], gap="large")
        st.space("medium")
        st.space(40)
        st.dataframe(pd.DataFrame({"a": [1]}))
        st.data_editor(pd.DataFrame({"a": [1]}), num_rows="dynamic")
        st.grid(3)
        st.grid("auto", min_column_width=100, row_height=50)
        """
    ).run()
    assert [c.weight for c in at.columns] == [2 / 3, 1 / 3]  # Streamlit: the share of the row
    assert [(s.size, s.value) for s in at.space] == [("medium", "medium"), (40, 40)]
    assert [d.editing_mode for d in at.dataframe] == ["read_only", "dynamic"]
    assert at.data_editor[0].editing_mode == "dynamic"
    grids = at.get("grid")
    assert (grids[0].column_count, grids[0].min_column_width, grids[0].row_height) == (
        3, "auto", "content")
    assert (grids[1].column_count, grids[1].min_column_width, grids[1].row_height) == (
        "auto", 100, 50)


def test_option_widgets_labels_and_actions() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        import numpy as np
        v = st.menu_button("M", options=[1, 2], format_func=lambda x: f"n{x}", key="mb")
        st.write(repr(v))
        st.pagination(4, default=2, key="pg")
        st.select_slider("ss", [1, 2, 3], format_func=lambda x: f"v{x}")
        st.file_uploader("fu", accept_multiple_files="directory")
        st.file_uploader("fu2", type=["txt"])
        st.image(np.zeros((2, 2, 3), dtype="uint8"))
        st.pills("p", ["a", "b"], format_func=str.upper, selection_mode="multi", default=["b"])
        """
    ).run()
    menu = at.menu_button[0]
    assert menu.options == ["n1", "n2"] and menu.format_func(2) == "n2"
    pages = at.get("pagination")[0]
    assert (pages.default, pages.value) == (2, 2)
    assert at.select_slider[0].format_func(2) == "v2"
    assert at.select_slider[0].options == ["v1", "v2", "v3"]
    folder, text = at.file_uploader
    assert (folder.accept_multiple_files, folder.accept_directory, folder.allowed_type) == (
        True, True, [])
    assert (text.accept_multiple_files, text.accept_directory, text.allowed_type) == (
        False, False, [".txt"])
    assert at.image[0].captions == [""]
    assert at.pills[0].formatted_values == ["B"]
    at.menu_button[0].click_index(1).run()
    assert at.markdown[0].value == "2" and at.menu_button[0].value == 2
    at.get("pagination")[0].select(3).run()
    assert at.get("pagination")[0].value == 3 and at.session_state.pg == 3


def test_datetime_input_bounds_span_whole_days_and_read_as_strings() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        import datetime as dt
        v = st.datetime_input("D", dt.datetime(2024, 1, 1, 10, 0))
        st.write(repr(v))
        """
    ).run()
    picker = at.datetime_input[0]
    # Streamlit 1.67: ten years either side, from 00:00 to 23:59, as "YYYY-MM-DDTHH:MM"
    assert (picker.min, picker.max) == ("2014-01-01T00:00", "2034-01-01T23:59")
    picker.set_value(dt.datetime(2034, 1, 1, 23, 30)).run()
    assert at.markdown[0].value == "datetime.datetime(2034, 1, 1, 23, 30)"


def test_uploads_take_streamlits_name_content_mime_triples() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        f = st.file_uploader("fu", accept_multiple_files=True)
        c = st.camera_input("cam")
        a = st.audio_input("aud")
        st.write(repr([(x.name, x.type, x.getvalue()) for x in f or []]))
        for x in (c, a):
            st.write(repr(None if x is None else (x.name, x.type, x.getvalue())))
        """
    ).run()
    at.file_uploader[0].set_value([("a.txt", b"A", "text/plain"), ("b.csv", b"1", "text/csv")])
    at.camera_input[0].upload("p.jpg", b"\\xff\\xd8")
    at.audio_input[0].set_value(("r.wav", b"RIFF", "audio/wav"))
    at.run()
    assert not at.exception
    # what Streamlit 1.67's AppTest gave for the same calls
    assert [m.value for m in at.markdown] == [
        "[('a.txt', 'text/plain', b'A'), ('b.csv', 'text/csv', b'1')]",
        "('p.jpg', 'image/jpeg', b'\\\\xff\\\\xd8')",
        "('r.wav', 'audio/wav', b'RIFF')",
    ]


def test_chat_input_upload_attaches_files_to_the_next_message() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        m = st.chat_input("Say", accept_file="multiple")
        if m is not None:
            st.write(repr((m.text, [(f.name, f.type, f.getvalue()) for f in m.files])))
        one = st.chat_input("One", accept_file=True)
        if one is not None:
            st.write(repr((one.text, [f.name for f in one.files])))
        """
    ).run()
    at.chat_input[0].upload("a.txt", b"A", "text/plain").upload("b.txt", b"B").set_value("hi")
    at.run()
    # Streamlit 1.67's AppTest gave these messages
    assert [m.value for m in at.markdown] == [
        "('hi', [('a.txt', 'text/plain', b'A'), ('b.txt', 'application/octet-stream', b'B')])"]
    at.chat_input[1].upload("a.txt", b"A").upload("b.txt", b"B").run()  # no text: ""
    assert [m.value for m in at.markdown] == ["('', ['b.txt'])"]  # accept_file=True: the last
    at.chat_input[0].upload("a.txt", b"A").clear().set_value("t").run()
    assert [m.value for m in at.markdown] == ["('t', [])"]


def test_json_code_and_exception_read_as_streamlit() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.json({"a": [1, 2]}, expanded=2)
        st.json([1], expanded=False)
        st.code("print(1)", language=None)
        try:
            1 / 0
        except Exception as e:
            st.exception(e)
        """
    ).run()
    # Streamlit 1.67: an int depth is expanded=True plus max_expand_depth
    assert [(j.expanded, j.max_expand_depth) for j in at.json] == [(True, 2), (False, 0)]
    assert at.code[0].language == "plaintext"
    trace = at.exception[0].stack_trace
    assert trace[-1].startswith('File "') and trace[-1].endswith("1 / 0\n    ~~^~~")


def test_set_value_none_and_stepping_an_empty_number_as_streamlit() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        import datetime as dt
        st.text_input("ti", "a", key="ti")
        st.text_area("ta", "a", key="ta")
        st.radio("r", [1, 2], index=1, key="r")
        st.selectbox("s", [1, 2], index=1, key="s")
        st.number_input("n", 1.5, key="n")
        st.time_input("t", dt.time(1, 0), key="t")
        st.checkbox("c", True, key="c")
        st.slider("sl", 0, 10, 3, key="sl")
        st.multiselect("m", ["a", "b"], ["a"], key="m")
        st.color_picker("cp", "#111111", key="cp")
        st.date_input("d", dt.date(2024, 1, 1), key="d")
        st.number_input("empty", value=None, key="empty")
        """
    ).run()
    changed = {"ti": "b", "ta": "b", "r": 1, "s": 1, "n": 2.5, "t": dt.time(2, 0), "c": False,
               "sl": 5, "m": ["b"], "cp": "#222222", "d": dt.date(2024, 2, 2)}
    for key, value in changed.items():
        at.get_by_key(key).set_value(value)
    at.run()
    for key in changed:
        at.get_by_key(key).set_value(None)
    at.number_input(key="empty").increment()
    at.run()
    # what Streamlit 1.67's AppTest gave: fields back to their defaults, checkbox, slider,
    # multiselect and colour unchanged, the date emptied; "+" on an empty number does nothing
    assert {key: at.session_state[key] for key in changed} == {
        "ti": "a", "ta": "a", "r": 2, "s": 2, "n": 1.5, "t": dt.time(1, 0), "c": False, "sl": 5,
        "m": ["b"], "cp": "#222222", "d": None}
    assert at.session_state["empty"] is None


def test_containers_and_keyed_tables_have_their_keys() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        with st.container(key="box"):
            st.write("a")
        with st.form("f1"):
            st.text_input("x", key="x")
            st.form_submit_button("go")
        with st.expander("E", key="exp"):
            st.button("in", key="b")
        with st.popover("P", key="pop"):
            st.write("p")
        st.dataframe({"a": [1]}, key="table")
        st.columns(2)
        """
    ).run()
    # Streamlit 1.67: a container's key= (a form's key) and get_by_key finds any node
    assert [(b.type, b.key) for b in at.container] == [("flex_container", "box")]
    assert at.form[0].key == "f1" and at.expander[0].key == "exp"
    # a table's key reaches its proto only with on_select (see test_ported_elements)
    assert at.dataframe[0].key is None and [c.key for c in at.columns] == [None, None]
    assert at.get_by_key("box").type == "flex_container"
    assert at.get_by_key("f1").type == "form"
    assert at.get_by_key("exp").label == "E"
    assert at.get_by_key("pop").type == "popover"
    assert at.expander[0].get_by_key("b").label == "in"


def test_a_key_errors_message_keeps_its_quotes() -> None:
    at = AppTest.from_string(
        """
        def f():
            raise KeyError("missing")
        f()
        """
    ).run()
    assert at.exception[0].value == "'missing'"  # Streamlit 1.67: str(exception)
    assert at.exception[0].message == "'missing'"


def test_data_editor_value_is_the_table_and_session_state_seeds_edits() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        import pandas as pd
        df = st.data_editor(pd.DataFrame({"a": [1, 2]}), key="ed", num_rows="dynamic")
        st.write(repr(df.to_dict()))
        """
    ).run()
    # Streamlit 1.67: .value is the table as drawn; assigning the key seeds the edits
    assert at.data_editor[0].value.to_dict() == {"a": {0: 1, 1: 2}}
    at.session_state["ed"] = {"edited_rows": {0: {"a": 10}}, "added_rows": [],
                              "deleted_rows": []}
    at.run()
    assert not at.exception
    assert at.markdown[0].value == "{'a': {0: 10, 1: 2}}"
    assert at.data_editor[0].value.to_dict() == {"a": {0: 1, 1: 2}}
    assert at.data_editor[0].edits["edited_rows"] == {0: {"a": 10}}


def test_an_empty_editor_s_value_keeps_its_column_types() -> None:
    """The docs' empty editor (``pd.DataFrame(columns=[...])``): Streamlit's AppTest reads
    object columns back (pandas alone would make them float64); typed columns keep types."""
    at = AppTest.from_string(
        """
        import rerunqt as st
        import pandas as pd
        st.data_editor(pd.DataFrame(columns=["name", "age"]), num_rows="dynamic")
        st.data_editor(pd.DataFrame({"f": pd.Series([], dtype="float64"),
                                     "i": pd.Series([], dtype="int64")}))
        """
    ).run()
    assert [str(t) for t in at.dataframe[0].value.dtypes] == ["object", "object"]
    assert [str(t) for t in at.dataframe[1].value.dtypes] == ["float64", "int64"]


def test_iterating_the_app_skips_an_ended_spinner() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        with st.spinner("wait"):
            pass
        st.text("end")
        """
    ).run()
    # Streamlit 1.67's element tree holds only the text: a spinner is transient
    assert [node.type for node in at if node.type not in ("main", "sidebar", "event")] == ["text"]


def test_iterating_the_app_walks_streamlit_s_root_blocks() -> None:
    # Streamlit 1.67: root, main, text, sidebar, text, event, toast, (bottom), chat_input;
    # st.set_page_config and st.navigation are no nodes (they were listed here)
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.set_page_config(page_title="x")
        st.text("a")
        st.sidebar.text("s")
        st.toast("t")
        st.chat_input("say")
        """
    ).run()
    assert [node.type for node in at] == [
        "main", "text", "sidebar", "text", "event", "toast", "bottom", "chat_input"]
    assert [node.type for node in AppTest.from_string("import rerunqt as st").run()] == [
        "main", "sidebar", "event"]  # the empty roots are there; st.bottom only when used


def test_select_box_placeholder_reads_as_streamlit_s_proto() -> None:
    """Streamlit's AppTest reads "" for a placeholder left out (its front end shows "Choose
    an option" and the like) and " " for ``placeholder=""``; a given one as given."""
    at = AppTest.from_string("""
import rerunqt as st
st.selectbox("a", ["x"])
st.selectbox("b", ["x"], placeholder="Pick one")
st.selectbox("c", ["x"], placeholder="")
st.selectbox("d", ["x"], accept_new_options=True)
st.selectbox("e", [], accept_new_options=True)
st.multiselect("f", ["x"])
st.multiselect("g", ["x"], placeholder="Tags...")
st.multiselect("h", ["x"], accept_new_options=True)
""").run()
    assert [s.placeholder for s in at.selectbox] == ["", "Pick one", " ", "", ""]
    assert [m.placeholder for m in at.multiselect] == ["", "Tags...", ""]


def test_a_fragments_container_has_no_key_and_keyed_containers_keep_theirs() -> None:
    # Streamlit 1.67's AppTest: the block a fragment draws into has key None (e2e apps
    # st_rerun, st_audio_input); st.container(key=...) keeps its key.
    at = AppTest.from_string(
        """
        import rerunqt as st
        @st.fragment
        def part():
            st.write("inside")
        part()
        st.container(key="box").write("boxed")
        """
    ).run()
    assert [c.key for c in at.main.children.values()] == [None, "box"]


def test_run_on_the_main_and_sidebar_blocks_reruns_the_app() -> None:
    """Every block of Streamlit's AppTest has ``run()``; ``at.main`` and ``at.sidebar``
    raised AttributeError."""
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.sidebar.checkbox("c", key="c")
        st.write(st.session_state.runs)
        """
    ).run()
    assert at.main.run() is at and at.session_state.runs == 2
    at.sidebar.checkbox[0].check()
    assert at.sidebar.run(timeout=5) is at and at.session_state.runs == 3
    assert at.sidebar.checkbox[0].value is True


def test_upload_limits_and_types_read_by_streamlit_s_names() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.file_uploader("one", type=["csv"], max_upload_size=5)
        st.file_uploader("many", accept_multiple_files="directory")
        st.chat_input("ask", accept_file="multiple", file_type=["png"], max_upload_size=3)
        st.chat_input("plain", key="plain")
        """
    ).run()
    # Streamlit 1.67: multiple_files / max_upload_size_mb (protobuf names), file_type a list
    one, many = at.file_uploader
    assert one.multiple_files is False and one.max_upload_size_mb == 5
    assert many.multiple_files is True and many.max_upload_size_mb == 200
    assert at.chat_input[0].file_type == [".png"] and at.chat_input[0].max_upload_size_mb == 3
    assert at.chat_input[1].file_type == [] and at.chat_input[1].max_upload_size_mb == 200


def test_more_left_out_fields_read_as_streamlit_s_protos() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.page_link("https://x.com", label="PL")
        st.code("x = 1")
        st.info("i")
        st.button("b")
        st.metric("m", 1)
        st.image("https://example.com/x.png")
        """
    ).run()
    # Streamlit 1.67: an external page_link's page is its address; "" (not None) when left out
    assert at.get("page_link")[0].page == "https://x.com"
    assert at.code[0].code_text == "x = 1"
    assert at.info[0].title == "" and at.button[0].shortcut == ""
    assert at.metric[0].delta_description == "" and at.image[0].link == ""


def test_number_steps_read_as_floats_as_the_proto_holds_them() -> None:
    """Streamlit's AppTest reads a number input's and a number slider's step from the
    proto's double (``1.0`` for an int one) and a select_slider's as ``1.0``; rerunqt gave
    ``1``, and None for the select_slider, so a dump of the two trees differed on every
    app with a slider. A date slider keeps its timedelta."""
    at = AppTest.from_string(
        """
        import datetime as dt
        import rerunqt as st
        st.slider("a", 0, 100, 5)
        st.slider("r", 0, 10, (2, 5), step=2)
        st.slider("f", 0.0, 1.0, 0.5)
        st.slider("d", dt.date(2020, 1, 1), dt.date(2020, 2, 1), dt.date(2020, 1, 5))
        st.select_slider("s", ["a", "b"])
        st.number_input("i", value=1)
        st.number_input("x", value=1.0, step=0.5)
        """
    ).run()
    steps = [slider.step for slider in at.slider]
    assert steps[:3] == [1.0, 2.0, 0.01] and all(type(step) is float for step in steps[:3])
    assert steps[3] == dt.timedelta(days=1)
    assert type(at.select_slider[0].step) is float and at.select_slider[0].step == 1.0
    assert at.select_slider[0].format == "%s"  # its proto's, as Streamlit's AppTest reads it
    assert [slider.format for slider in at.slider][:3] == ["%d", "%d", "%0.2f"]
    assert [repr(field.step) for field in at.number_input] == ["1.0", "0.5"]
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 2 and type(at.number_input[0].value) is int


def test_an_alert_s_format_is_the_proto_s_enum() -> None:
    """``at.error[0].format`` and its kin read the Alert proto's Format (1 error, 2
    warning, 3 info, 4 success), as Streamlit's AppTest does; rerunqt read None."""
    at = AppTest.from_string(
        "import rerunqt as st\nst.error('e')\nst.warning('w')\nst.info('i')\nst.success('s')\n"
        "st.metric('m', 1, format='%d')\n").run()
    assert [at.error[0].format, at.warning[0].format, at.info[0].format, at.success[0].format] == [1, 2, 3, 4]
    assert at.metric[0].format == "%d"  # a metric's own format stays


def test_a_dataframe_reads_disabled_false_as_the_arrow_proto_does() -> None:
    """``at.dataframe[i].disabled``: False for st.dataframe, the editor's own flag for
    st.data_editor (True only for ``disabled=True``), as Streamlit's AppTest reads them."""
    at = AppTest.from_string(
        "import pandas as pd\nimport rerunqt as st\ndf = pd.DataFrame({'a': [1], 'b': [2]})\n"
        "st.dataframe(df)\nst.data_editor(df, key='e1')\nst.data_editor(df, disabled=True, key='e2')\n"
        "st.data_editor(df, disabled=['a'], key='e3')\n").run()
    assert [frame.disabled for frame in at.dataframe] == [False, False, True, False]


def test_link_and_download_buttons_read_use_container_width_false_as_streamlit_does() -> None:
    """Streamlit 1.67 turns use_container_width=True into width="stretch" and leaves the
    buttons' old proto flag unset: its AppTest reads False (rerunqt's read True, or had
    no such attribute on a page link)."""
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.download_button("d", "x", use_container_width=True)
        st.link_button("l", "https://example.com", use_container_width=True)
        st.page_link("https://example.com", label="p", use_container_width=True)
        """
    ).run()
    assert not at.exception
    flags = [(e.type, e.use_container_width) for e in at.main.children.values()]
    assert flags == [("download_button", False), ("link_button", False), ("page_link", False)]


def test_vega_lite_charts_read_use_container_width_as_the_app_passed_it() -> None:
    """Streamlit 1.67 still sets a Vega-Lite chart's proto flag from the argument (False
    when left out), so its AppTest reads it; rerunqt's charts had no such attribute."""
    at = AppTest.from_string(
        """
        import pandas as pd
        import rerunqt as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        st.line_chart(df, use_container_width=True)
        st.bar_chart(df)
        st.area_chart(df, use_container_width=False)
        st.vega_lite_chart(df, {"mark": "bar", "encoding": {"x": {"field": "a"}}},
                           use_container_width=True)
        """
    ).run()
    assert not at.exception
    flags = [(e.type, e.use_container_width) for e in at.main.children.values()]
    assert flags == [("vega_lite_chart", True), ("vega_lite_chart", False),
                     ("vega_lite_chart", False), ("vega_lite_chart", True)]
