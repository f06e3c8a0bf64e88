"""Streamlit's own AppTest tests of elements and blocks (lib/tests/streamlit/testing/
element_tree_test.py), ported; each was checked against Streamlit 1.67's AppTest too."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from rerunqt.testing import AppTest


def S(src: str) -> AppTest:
    return AppTest.from_string(src)


def test_columns():
    def script():
        import streamlit as st
        c1, c2 = st.columns(2)
        with c1:
            st.text("c1")
        c2.radio("c2", ["a", "b", "c"])
    at = AppTest.from_function(script).run()
    assert len(at.columns) == 2
    assert at.columns[0].weight == at.columns[1].weight
    assert at.columns[0].text[0].value == "c1"
    assert at.columns[1].radio[0].value == "a"


def test_dataframe():
    def script():
        import numpy as np
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame(index=[[0, 1], ["i1", "i2"]], columns=[[2, 3, 4], ["c1", "c2", "c3"]],
                          data=np.arange(0, 6, 1).reshape(2, 3))
        st.dataframe(df)
    at = AppTest.from_function(script).run()
    d = at.dataframe[0]
    assert d.value.equals(pd.DataFrame(index=[[0, 1], ["i1", "i2"]], columns=[[2, 3, 4], ["c1", "c2", "c3"]],
                                       data=np.arange(0, 6, 1).reshape(2, 3)))


def test_exception():
    sr = S("""
        import streamlit as st
        st.exception(RuntimeError("foo"))
        """).run()
    assert sr.exception[0].value == "foo"


def test_markdown_exception():
    sr = S("""
        import streamlit as st
        st.exception(st.errors.MarkdownFormattedException("# Oh no"))
        """).run()
    assert sr.exception[0].is_markdown


@pytest.mark.parametrize("fn,tag", [("title", "h1"), ("header", "h2"), ("subheader", "h3")])
def test_headings(fn, tag):
    sr = S(f"""
        import streamlit as st
        st.{fn}("This is a {fn}")
        st.{fn}("This is a {fn} with anchor", anchor="anchor text")
        st.{fn}("This is a {fn} with hidden anchor", anchor=False)
        """).run()
    els = getattr(sr, fn)
    assert len(els) == 3
    assert els[1].tag == tag
    assert els[1].anchor == "anchor text"
    assert els[1].value == f"This is a {fn} with anchor"
    assert els[2].hide_anchor


def test_heading_elements_by_type():
    sr = S("""
        import streamlit as st
        st.title("title1")
        st.header("header1")
        st.subheader("subheader1")
        st.title("title2")
        st.header("header2")
        st.subheader("subheader2")
        """).run()
    assert len(sr.title) == 2 and len(sr.header) == 2 and len(sr.subheader) == 2


def test_markdown_caption_code_latex_divider():
    sr = S("""
        import streamlit as st
        st.markdown("**This is a markdown**")
        st.caption("This is a caption")
        st.code("import streamlit as st")
        st.latex("E=mc^2")
        st.divider()
        """).run()
    assert sr.markdown[0].type == "markdown"
    assert sr.markdown[0].value == "**This is a markdown**"
    assert sr.caption[0].type == "caption"
    assert sr.caption[0].value == "This is a caption"
    assert sr.caption[0].is_caption
    assert sr.code[0].type == "code"
    assert sr.code[0].value == "import streamlit as st"
    assert sr.latex[0].type == "latex"
    assert sr.latex[0].value == "$$\nE=mc^2\n$$"
    assert sr.divider[0].type == "divider"
    assert sr.divider[0].value == "---"
    assert len(sr.markdown) == 1


def test_echo():
    sr = S("""
        import streamlit as st

        with st.echo():
            st.write("Hello")
        """).run()
    assert sr.code[0].type == "code"
    assert sr.code[0].language == "python"
    assert sr.code[0].value == 'st.write("Hello")'


def test_markdown_elements_by_type():
    sr = S("""
        import streamlit as st
        st.markdown("**This is a markdown1**")
        st.caption("This is a caption1")
        st.code("print('hello world1')")
        st.latex("sin(2x)=2sin(x)cos(x)")
        st.markdown("**This is a markdown2**")
        st.caption("This is a caption2")
        st.code("print('hello world2')")
        st.latex("cos(2x)=cos^2(x)-sin^2(x)")
        """).run()
    assert len(sr.markdown) == 2 and len(sr.caption) == 2 and len(sr.code) == 2 and len(sr.latex) == 2


def test_sidebar():
    sr = S("""
        import streamlit as st
        st.sidebar.radio("foo", options=["a", "b", "c"])
        st.radio("bar", options=[1, 2, 3])
        """).run()
    assert len(sr.radio) == 2
    assert sr.sidebar.radio[0].value == "a"
    assert sr.main.radio[0].value == 1


def test_tabs():
    def script():
        import streamlit as st
        t1, t2 = st.tabs(["cat", "dog"])
        with t1:
            st.text("meow")
        t2.text("woof")
    at = AppTest.from_function(script).run()
    assert len(at.tabs) == 2
    assert at.tabs[0].label == "cat"
    assert at.tabs[0].text[0].value == "meow"
    assert at.tabs[1].label == "dog"
    assert at.tabs[1].text[0].value == "woof"


def test_short_timeout():
    script = S("""
        import time
        import streamlit as st
        st.write("start")
        time.sleep(0.5)
        st.write("end")
        """)
    with pytest.raises(RuntimeError):
        script.run(timeout=0.2)



def test_alert():
    def script():
        import streamlit as st
        st.success("yay we did it", icon="🚨")
        st.info("something happened")
        st.warning("danger danger")
        st.error("something went terribly wrong", icon="💥")
    at = AppTest.from_function(script).run()
    assert at.error[0].value == "something went terribly wrong"
    assert at.error[0].icon == "💥"
    assert at.info[0].value == "something happened"
    assert at.success[0].value == "yay we did it"
    assert at.success[0].icon == "🚨"
    assert at.warning[0].value == "danger danger"
    for x in (at.error[0], at.info[0], at.success[0], at.warning[0]):
        repr(x)


def test_image():
    def script():
        import streamlit as st
        st.image("https://example.com/image.png", caption="A caption")
        st.image(["https://example.com/first.png", "https://example.com/second.png"],
                 caption=["First", "Second"])
        st.image("https://example.com/no_caption.png")
    at = AppTest.from_function(script).run()
    assert at.image.len == 3
    assert at.image[0].value == ["https://example.com/image.png"]
    assert at.image[0].captions == ["A caption"]
    assert at.image[1].value == ["https://example.com/first.png", "https://example.com/second.png"]
    assert at.image[1].captions == ["First", "Second"]
    assert at.image[2].value == ["https://example.com/no_caption.png"]
    assert at.image[2].captions == [""]
    repr(at.image[0])


def test_expander():
    def script():
        import streamlit as st
        with st.expander("expander"):
            st.write("some text")
    at = AppTest.from_function(script).run()
    assert at.markdown[0].value == "some text"


def test_json():
    def script():
        import streamlit as st
        st.json(["hi", {"foo": "bar"}])
    at = AppTest.from_function(script).run()
    j = at.json[0]
    assert j.value == '["hi", {"foo": "bar"}]'
    assert j.expanded
    repr(j)


def test_metric():
    def script():
        import streamlit as st
        st.metric("stonks", value=9500, delta=1000)
    at = AppTest.from_function(script).run()
    m = at.metric[0]
    assert m.value == "9500"
    assert m.delta == "1000"
    repr(m)


def test_status():
    def script():
        import streamlit as st
        running = st.status("running status", state="running")
        running.text("waiting")
        with st.status("complete status", state="complete"):
            st.text("yay")
        with st.status("error status", state="error"):
            st.text("oh no")
    at = AppTest.from_function(script).run()
    assert len(at.status) == 3
    assert [s.state for s in at.status] == ["running", "complete", "error"]


def test_table():
    def script():
        import numpy as np
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame(index=[[0, 1], ["i1", "i2"]], columns=[[2, 3, 4], ["c1", "c2", "c3"]],
                          data=np.arange(0, 6, 1).reshape(2, 3))
        st.table(df)
    at = AppTest.from_function(script).run()
    df = pd.DataFrame(index=[[0, 1], ["i1", "i2"]], columns=[[2, 3, 4], ["c1", "c2", "c3"]],
                      data=np.arange(0, 6, 1).reshape(2, 3))
    assert at.table[0].value.equals(df)
    repr(at.table[0])


def test_reprs():
    at = AppTest.from_string("""
        import streamlit as st
        import datetime
        c1, c2 = st.columns(2)
        t1, t2 = st.tabs(["a", "b"])
        st.checkbox("c"); st.color_picker("cp"); st.date_input("d", datetime.date(2020, 1, 1))
        st.exception(RuntimeError("x")); st.title("t"); st.header("h"); st.subheader("s")
        st.markdown("m"); st.caption("c"); st.code("x"); st.latex("x"); st.divider()
        st.multiselect("ms", [1]); st.number_input("n"); st.selectbox("sb", [1])
        st.select_slider("ss", [1, 2]); st.radio("r", [1]); st.slider("sl"); st.text_area("ta")
        st.text_input("ti"); st.time_input("tm", datetime.time(1))
        st.toggle("tg"); st.dataframe([1]); st.table([1])
        """).run()
    kinds = ("columns tabs checkbox color_picker date_input exception title header subheader markdown "
             "caption code latex divider multiselect number_input selectbox select_slider radio slider "
             "text_area text_input time_input toggle dataframe table").split()
    for kind in kinds:
        r = repr(getattr(at, kind)[0])
        assert r


def test_toast():
    def script():
        import streamlit as st
        st.toast("first")
        st.write("something in the main area")
        st.toast("second")
    at = AppTest.from_function(script).run()
    assert at.toast.len == 2
    assert at.toast.values == ["first", "second"]


def test_state_access():
    def script():
        import streamlit as st
        if "foo" not in st.session_state:
            st.session_state.foo = "bar"
        st.write(st.session_state.foo)
    at = AppTest.from_function(script).run()
    assert at.markdown[0].value == "bar"
    at.session_state["foo"] = "baz"
    at.run()
    assert at.markdown[0].value == "baz"
    at.session_state.foo = "quux"
    at.run()
    assert at.markdown[0].value == "quux"


def test_element_list_equality() -> None:
    def script():
        import streamlit as st
        st.button("button1")
        st.checkbox("checkbox1")
        st.markdown("x")
        st.markdown("x")
        st.markdown("y")
    at = AppTest.from_function(script).run()
    assert at.button == at.button
    # Streamlit 1.67 compares the elements, not their values (both lists hold [False])
    assert at.button != at.checkbox
    assert at.markdown[0] == at.markdown[1] and at.markdown[0] != at.markdown[2]


def test_a_table_or_vega_chart_has_its_key_only_when_it_selects() -> None:
    def script():
        import altair as alt
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2]})
        st.dataframe(df, key="first_df", on_select="rerun")
        st.dataframe(df, key="my_df")
        st.altair_chart(alt.Chart(df).mark_point().encode(x="a"), key="chart")
    at = AppTest.from_function(script).run()
    # Streamlit 1.67: the key reaches the proto's id only with on_select
    assert [d.key for d in at.dataframe] == ["first_df", None]
    assert at.get("vega_lite_chart")[0].key is None
    assert at.get_by_key("first_df").type == "dataframe"
    for key in ("my_df", "chart"):
        with pytest.raises(KeyError):
            at.get_by_key(key)
