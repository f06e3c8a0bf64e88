# From streamlit 1.67.0, docstring example 1 of st.rerun (Apache-2.0), unchanged.
import streamlit as st

@st.fragment(key="charts")
def charts():
    st.line_chart({"data": [1, 2, 3]})

charts()
st.button(
    "Refresh charts",
    on_click=lambda: st.rerun("charts"),
)

@st.fragment(key="table")
def table():
    st.dataframe({"col": [1, 2, 3]})

table()
st.button(
    "Refresh all",
    on_click=lambda: st.rerun(["charts", "table"]),
)
