"""Streamlit's own AppTest tests of widgets (lib/tests/streamlit/testing/
element_tree_test.py), ported; each was checked against Streamlit 1.67's AppTest too."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from rerunqt.testing import AppTest


def S(src: str) -> AppTest:
    return AppTest.from_string(src)


def test_checkbox():
    def script():
        import streamlit as st
        st.checkbox("defaults")
        st.checkbox("defaulted on", True)
    at = AppTest.from_function(script).run()
    assert at.checkbox[0].label == "defaults"
    assert at.checkbox.values == [False, True]
    at.checkbox[0].check().run()
    assert at.checkbox.values == [True, True]
    at.checkbox[1].uncheck().run()
    assert at.checkbox.values == [True, False]


def test_color_picker():
    at = S("""
        import streamlit as st
        st.color_picker("what is your favorite color?")
        st.color_picker("short hex", value="#ABC")
        st.color_picker("invalid", value="blue")
        """).run()
    assert at.color_picker.len == 2
    assert at.color_picker.values == ["#000000", "#ABC"]
    assert "blue" in at.exception[0].value
    at.color_picker[0].pick("#123456").run()
    assert at.color_picker[0].value == "#123456"


def test_date_input():
    at = S("""
        import streamlit as st
        import datetime
        st.date_input("date", value=datetime.date(2023, 4, 17))
        st.date_input("datetime", value=datetime.datetime(2023, 4, 17, 11))
        st.date_input("range", value=(datetime.date(2020, 1, 1), datetime.date(2030, 1, 1)))
        """).run()
    assert not at.exception
    assert at.date_input.values == [date(2023, 4, 17), datetime(2023, 4, 17).date(),
                                    (date(2020, 1, 1), date(2030, 1, 1))]
    ds = at.date_input
    ds[0].set_value(date(2023, 5, 1))
    ds[1].set_value(datetime(2023, 1, 1))
    ds[2].set_value((date(2023, 1, 1), date(2024, 1, 1)))
    at.run()
    assert at.date_input.values == [date(2023, 5, 1), date(2023, 1, 1), (date(2023, 1, 1), date(2024, 1, 1))]


def test_multiselect():
    sr = S("""
        import streamlit as st
        st.multiselect("one", options=["a", "b", "c"])
        st.multiselect("two", options=["zero", "one", "two"], default=["two"])
        """).run()
    assert sr.multiselect[0].value == []
    assert sr.multiselect[1].value == ["two"]
    sr2 = sr.multiselect[0].select("b").run()
    assert sr2.multiselect[0].value == ["b"]
    assert sr2.multiselect[1].value == ["two"]
    sr3 = sr2.multiselect[1].select("zero").select("one").run()
    assert sr3.multiselect[0].value == ["b"]
    assert set(sr3.multiselect[1].value) == {"zero", "one", "two"}
    sr4 = sr3.multiselect[0].unselect("b").run()
    assert sr4.multiselect[0].value == []


def test_number_input():
    sr = S("""
        import streamlit as st
        st.number_input("int", min_value=-10, max_value=10)
        st.number_input("float", min_value=-1.0, max_value=100.0)
        """).run()
    assert sr.number_input[0].value == -10
    assert sr.number_input[1].value == -1.0
    sr2 = sr.number_input[0].increment().run().number_input[1].increment().run()
    assert sr2.number_input[0].value == -9
    assert sr2.number_input[1].value == -0.99
    sr3 = sr2.number_input[0].decrement().run().number_input[1].decrement().run()
    assert sr3.number_input[0].value == -10
    assert sr3.number_input[1].value == -1.0
    sr4 = sr3.number_input[0].decrement().run().number_input[1].decrement().run()
    assert sr4.number_input[0].value == -10
    assert sr4.number_input[1].value == -1.0


def test_selectbox():
    sr = S("""
        import pandas as pd
        import streamlit as st
        options = ("male", "female")
        st.selectbox("selectbox 1", options, 1)
        st.selectbox("selectbox 2", options, 0)
        st.selectbox("selectbox 3", [])
        lst = ['Python', 'C', 'C++', 'Java', 'Scala', 'Lisp', 'JavaScript', 'Go']
        df = pd.DataFrame(lst)
        st.selectbox("selectbox 4", df)
        """).run()
    assert sr.selectbox[0].value == "female"
    assert sr.selectbox[1].value == "male"
    assert sr.selectbox[2].value is None
    assert sr.selectbox[3].value == "Python"
    sr2 = sr.selectbox[0].select("female").run()
    sr3 = sr2.selectbox[1].select("female").run()
    sr4 = sr3.selectbox[3].select("JavaScript").run()
    assert sr4.selectbox[0].value == "female"
    assert sr4.selectbox[1].value == "female"
    assert sr4.selectbox[2].value is None
    assert sr4.selectbox[3].value == "JavaScript"
    sr5 = sr4.selectbox[0].select_index(0).run()
    sr6 = sr5.selectbox[3].select_index(5).run()
    assert sr6.selectbox[0].value == "male"
    assert sr6.selectbox[3].value == "Lisp"
    with pytest.raises(ValueError):
        sr6.selectbox[0].select("invalid").run()
    with pytest.raises(IndexError):
        sr6.selectbox[0].select_index(42).run()


def test_select_slider():
    sr = S("""
        import streamlit as st
        options=['red', 'orange', 'yellow', 'green', 'blue', 'indigo', 'violet']
        st.select_slider("single", options=options, value='green')
        st.select_slider("range", options=options, value=['red', 'blue'])
        """).run()
    assert sr.select_slider[0].value == "green"
    assert sr.select_slider[1].value == ("red", "blue")
    sr2 = sr.select_slider[0].set_value("violet").run()
    sr3 = sr2.select_slider[1].set_range("yellow", "orange").run()
    assert sr3.select_slider[0].value == "violet"
    assert sr3.select_slider[1].value == ("orange", "yellow")


def test_slider():
    sr = S("""
        import streamlit as st
        from datetime import datetime, time
        st.slider("defaults")
        st.slider("int", min_value=-100, max_value=100, step=5, value=10)
        st.slider("time", value=(time(11, 30), time(12, 45)))
        st.slider("datetime", value=datetime(2020, 1, 1, 9, 30))
        st.slider("float", min_value=0.0, max_value=1.0, step=0.01)
        """).run()
    s = sr.slider
    assert s[0].value == 0
    assert s[1].value == 10
    assert s[2].value == (time(11, 30), time(12, 45))
    assert s[3].value == datetime(2020, 1, 1, 9, 30)
    assert s[4].value == 0.0
    sr2 = sr.slider[1].set_value(50).run()
    sr3 = sr2.slider[2].set_range(time(12, 0), time(12, 15)).run()
    sr4 = sr3.slider[3].set_value(datetime(2020, 1, 10, 8, 0)).run()
    sr5 = sr4.slider[4].set_value(0.1).run()
    s = sr5.slider
    assert s[0].value == 0
    assert s[1].value == 50
    assert s[2].value == (time(12, 0), time(12, 15))
    assert s[3].value == datetime(2020, 1, 10, 8, 0)
    assert s[4].value == 0.1


@pytest.mark.parametrize("fn", ["text_area", "text_input"])
def test_text(fn):
    sr = S(f"""
        import streamlit as st
        st.{fn}("label")
        st.{fn}("with default", value="default", max_chars=20)
        """).run()
    assert getattr(sr, fn)[0].value == ""
    assert getattr(sr, fn)[1].value == "default"
    long_string = "".join(["this is a long string fragment."] * 10)
    getattr(sr, fn)[0].input(long_string)
    sr2 = getattr(sr, fn)[1].input(long_string).run()
    assert getattr(sr2, fn)[0].value == long_string
    assert getattr(sr2, fn)[1].value == "default"


def test_time_input():
    sr = S("""
        import streamlit as st
        import datetime
        st.time_input("time", value=datetime.time(8, 30))
        st.time_input("datetime", value=datetime.datetime(2000,1,1, hour=17), step=3600)
        st.time_input("timedelta step", value=datetime.time(2), step=datetime.timedelta(minutes=1))
        """).run()
    assert not sr.exception
    assert sr.time_input.values == [time(8, 30), time(17), time(2)]
    tis = sr.time_input
    tis[0].increment()
    tis[1].decrement()
    tis[2].increment()
    sr2 = sr.run()
    assert sr2.time_input.values == [time(8, 45), time(16), time(2, 1)]


def test_button():
    def script():
        import streamlit as st
        st.button("button")
        st.button("second button")
    sr = AppTest.from_function(script).run()
    assert sr.button[0].value is False
    assert sr.button[1].value is False
    sr2 = sr.button[0].click().run()
    assert sr2.button[0].value is True
    assert sr2.button[1].value is False
    sr3 = sr2.run()
    assert sr3.button[0].value is False
    assert sr3.button[1].value is False
    repr(sr.button[0])


def test_download_button():
    def script():
        import streamlit as st
        clicked = st.download_button("Download", data="contents", file_name="example.txt",
                                     mime="text/plain", key="download")
        st.write(clicked)
    at = AppTest.from_function(script).run()
    assert at.download_button[0].label == "Download"
    assert at.download_button(key="download").value is False
    assert at.markdown[0].value == "`False`"
    at.download_button[0].click().run()
    assert at.download_button[0].value is True
    assert at.markdown[0].value == "`True`"
    at.run()
    assert at.download_button[0].value is False
    assert at.markdown[0].value == "`False`"
    repr(at.download_button[0])


def test_chat():
    def script():
        import streamlit as st
        input_text = st.chat_input(placeholder="Type a thing")
        with st.chat_message("user"):
            st.write(input_text)
    at = AppTest.from_function(script).run()
    assert at.chat_input[0].value is None
    msg = at.chat_message[0]
    assert msg.name == "user"
    assert msg.markdown[0].value == "`None`"
    at.chat_input[0].set_value("hi").run()
    assert at.chat_input[0].value == "hi"
    assert at.chat_message[0].markdown[0].value == "hi"
    at.run()
    assert at.chat_input[0].value is None
    repr(at.chat_input[0])
    repr(at.chat_message[0])


def test_menu_button():
    sr = AppTest.from_string("""
        import streamlit as st
        options = ["Option A", "Option B", "Option C"]
        result = st.menu_button("Actions", options)
        st.write(f"Selected: {result}")
        """).run()
    assert sr.menu_button[0].value is None
    assert sr.menu_button[0].options == ["Option A", "Option B", "Option C"]
    assert sr.markdown[0].value == "Selected: None"
    sr2 = sr.menu_button[0].click("Option B").run()
    assert sr2.menu_button[0].value == "Option B"
    assert sr2.markdown[0].value == "Selected: Option B"
    sr3 = sr2.run()
    assert sr3.menu_button[0].value is None
    sr4 = sr3.menu_button[0].click_index(2).run()
    assert sr4.menu_button[0].value == "Option C"
    repr(sr.menu_button[0])


def test_format_func():
    def script():
        import streamlit as st
        key_to_value = {"key1": "value1", "key2": "value2"}
        st.selectbox("selectbox", key_to_value.keys(), format_func=lambda key: key_to_value[key], key="sb")
        st.radio("radio", options=["FOO", "BAR", "BAZ"], format_func=lambda x: x.lower(), key="r")
        st.multiselect("multi", options=[1, 2, 3], format_func=lambda x: f"Num: {x}", key="m")
        st.select_slider("slider", options=[1, 2, 3, 5, 8], value=[1, 2],
                         format_func=lambda x: str(float(x)), key="s")
    at = AppTest.from_function(script).run()
    at.selectbox("sb").select("key1").run()
    assert at.selectbox("sb").value == "key1"
    at.radio("r").set_value("FOO").run()
    assert at.radio("r").value == "FOO"
    at.multiselect("m").select(1).select(2).run()
    assert at.multiselect("m").value == [1, 2]
    at.select_slider("s").set_range(2, 5).run()
    assert at.select_slider("s").value == (2, 5)
    assert not at.exception


def test_select_slider_ints():
    def script():
        import streamlit as st
        st.select_slider("What is your favorite small prime?", options=[2, 3, 5, 7])
        st.select_slider("Best number range?", options=list(range(10)), value=[0, 1], key="range")
    at = AppTest.from_function(script).run()
    assert at.select_slider[0].value == 2
    assert at.select_slider[1].value == (0, 1)
    at.select_slider[0].set_value(5)
    at.select_slider[1].set_value([7, 9]).run()
    assert at.select_slider[0].value == 5
    assert at.select_slider[1].value == (7, 9)


def test_toggle():
    def script():
        import streamlit as st
        on = st.toggle("Activate feature")
        if on:
            st.write("Feature activated!")
    at = AppTest.from_function(script).run()
    assert at.toggle[0].value is False
    at.toggle[0].set_value(True).run()
    assert at.toggle[0].value is True
    repr(at.toggle[0])


def test_feedback_element():
    def script():
        import streamlit as st
        st.feedback("thumbs")
        st.feedback("stars")
    at = AppTest.from_function(script).run()
    assert len(at.get("feedback")) == 2
    assert "Feedback" in repr(at.get("feedback")[0])


def test_widget_list_call_by_key():
    def script():
        import streamlit as st
        st.button("button1", key="btn1")
        st.button("button2", key="btn2")
    at = AppTest.from_function(script).run()
    assert at.button("btn1").label == "button1"
    assert at.button("btn2").label == "button2"
    with pytest.raises(KeyError):
        at.button("nonexistent")


def test_file_uploader_single():
    def script():
        import streamlit as st
        uploaded_file = st.file_uploader("Upload a file")
        if uploaded_file is not None:
            st.write(f"Uploaded: {uploaded_file.name}")
            st.write(f"Size: {uploaded_file.size}")
            st.write(f"Type: {uploaded_file.type}")
            st.write(f"Content: {uploaded_file.read().decode('utf-8')}")
    at = AppTest.from_function(script).run()
    assert at.file_uploader[0].value is None
    at.file_uploader[0].set_value(("test.txt", b"Hello, World!", "text/plain"))
    at.run()
    assert at.file_uploader[0].value.name == "test.txt"
    assert [m.value for m in at.markdown] == ["Uploaded: test.txt", "Size: 13", "Type: text/plain",
                                              "Content: Hello, World!"]
    repr(at.file_uploader[0])
    at.run()
    assert at.file_uploader[0].value.name == "test.txt"
    assert at.markdown[3].value == "Content: Hello, World!"


def _multi():
    import streamlit as st
    files = st.file_uploader("Upload files", accept_multiple_files=True)
    if files:
        for f in files:
            st.write(f"File: {f.name}")


def test_file_uploader_multiple_and_upload_and_clear():
    at = AppTest.from_function(_multi).run()
    assert at.file_uploader[0].value == []
    assert at.file_uploader[0].accept_multiple_files is True
    at.file_uploader[0].upload("doc1.txt", b"Doc 1", "text/plain")
    at.file_uploader[0].upload("doc2.txt", b"Doc 2", "text/plain")
    at.run()
    assert len(at.file_uploader[0].value) == 2
    assert at.markdown.values == ["File: doc1.txt", "File: doc2.txt"]
    at.run()
    assert at.markdown.values == ["File: doc1.txt", "File: doc2.txt"]
    at.file_uploader[0].clear()
    at.run()
    assert at.markdown.len == 0


def test_file_uploader_with_key():
    def script():
        import streamlit as st
        st.file_uploader("First uploader", key="uploader1")
        st.file_uploader("Second uploader", key="uploader2")
    at = AppTest.from_function(script).run()
    assert at.file_uploader("uploader1").label == "First uploader"
    assert at.file_uploader("uploader2").label == "Second uploader"


def test_segmented_control_with_none_default():
    def script():
        import streamlit as st
        result = st.segmented_control("Choose option", options=["A", "B", "C"], default=None,
                                      key="single_select")
        st.write(f"Selected: {result}")
    at = AppTest.from_function(script).run()
    assert at.segmented_control[0].value is None
    assert at.segmented_control[0].indices == []
    assert at.markdown[0].value == "Selected: None"
    at.segmented_control[0].select("B").run()
    assert at.segmented_control[0].value == "B"
    assert at.segmented_control[0].indices == [1]
    assert at.markdown[0].value == "Selected: B"


def test_pills_and_segmented_control_filtering():
    def script():
        import streamlit as st
        pills_val = st.pills("Pills label", options=["A", "B"], key="the_pills")
        seg_val = st.segmented_control("Seg label", options=["X", "Y"], key="the_seg")
        st.write(f"Pills: {pills_val}, Seg: {seg_val}")
    at = AppTest.from_function(script).run()
    assert len(at.button_group) == 2
    assert len(at.pills) == 1
    assert at.pills("the_pills") is not None
    assert len([p for p in at.pills if p.key == "the_seg"]) == 0
    assert len(at.segmented_control) == 1
    assert len([s for s in at.segmented_control if s.key == "the_pills"]) == 0
    at.pills[0].select("B").run()
    assert at.pills[0].value == "B"
    assert at.segmented_control[0].value is None
    at.segmented_control[0].select("Y").run()
    assert at.segmented_control[0].value == "Y"
    assert at.pills[0].value == "B"


@pytest.mark.parametrize("kind,act", [
    ("selectbox", lambda w: w.select("zz")),
    ("radio", lambda w: w.set_value("zz")),
    ("multiselect", lambda w: w.select("zz")),
    ("select_slider", lambda w: w.set_value("zz")),
    ("pills", lambda w: w.select("zz")),
    ("segmented_control", lambda w: w.set_value("zz")),
])
def test_a_choice_not_among_the_options_is_refused_in_streamlits_words(kind, act) -> None:
    at = S("""
        import streamlit as st
        st.selectbox("s", ["a", "b"]); st.radio("r", ["a", "b"]); st.multiselect("m", ["a", "b"])
        st.select_slider("ss", ["a", "b"]); st.pills("p", ["a", "b"]); st.segmented_control("sc", ["a"])
        """).run()
    # Streamlit 1.67: ValueError "'zz' is not in list" (tests match on "not in list")
    with pytest.raises(ValueError, match="'zz' is not in list"):
        act(getattr(at, kind)[0])
