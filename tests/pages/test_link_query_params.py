"""query_params= of st.page_link and st.switch_page, as Streamlit 1.67 takes them."""

from __future__ import annotations

import textwrap

from rerunqt.testing import AppTest

NAV = """
import rerunqt as st

def a():
    st.page_link(pb, label="dict", query_params={"foo": ["bar", "baz"], "n": 1})
    st.page_link(pb, label="pairs", query_params=[("foo", "bar"), ("foo", "baz"), ("q", "a b&c")])
    st.page_link("https://example.com", label="web")
    if st.button("switch"):
        st.switch_page(pb, query_params=[("x", "1"), ("y", ["2", "3"]), ("x", "4")])

def b():
    st.text(str(st.query_params))

pb = st.Page(b)
st.navigation([st.Page(a), pb]).run()
"""


def test_page_link_query_string_and_page_are_streamlits() -> None:
    at = AppTest.from_string(textwrap.dedent(NAV)).run()
    links = at.page_link
    assert [link.query_string for link in links] == [
        "foo=bar&foo=baz&n=1", "foo=bar&foo=baz&q=a+b%26c", ""]
    assert [link.page for link in links] == ["b", "b", "https://example.com"]


def test_a_link_with_pairs_gives_the_page_every_value() -> None:
    at = AppTest.from_string(textwrap.dedent(NAV)).run()
    at.page_link[1].click().run()
    assert at.text[0].value == "{'foo': ['bar', 'baz'], 'q': 'a b&c'}"


def test_switch_page_takes_key_value_pairs_a_later_pair_replacing() -> None:
    at = AppTest.from_string(textwrap.dedent(NAV)).run()
    at.button[0].click().run()
    assert not at.exception
    assert at.text[0].value == "{'x': '4', 'y': ['2', '3']}"


def test_query_params_of_another_type_or_a_dict_value_raise() -> None:
    at = AppTest.from_string(textwrap.dedent("""
        import rerunqt as st
        def a():
            st.page_link(pb, query_params="x=1")
        def b():
            pass
        pb = st.Page(b)
        st.navigation([st.Page(a), pb]).run()
    """)).run()
    assert "Invalid `query_params` type" in at.exception[0].message
    at = AppTest.from_string(textwrap.dedent(NAV).replace('"n": 1', '"n": {"a": 1}')).run()
    assert "cannot be set to a dictionary" in at.exception[0].message
