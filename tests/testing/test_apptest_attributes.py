"""Element attributes read as Streamlit 1.67's AppTest reads them.

Every expected value here is what real Streamlit 1.67's AppTest gave for the same
script (run in its own venv and hard-coded).
"""

from __future__ import annotations

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
