# From streamlit 1.67.0, docstring example 4 of st.fragment (Apache-2.0), unchanged.
import streamlit as st

@st.fragment(key="charts")
def show_charts():
    st.write(f"Data: {st.session_state.get('filter', 'all')}")

show_charts()
st.selectbox(
    "Filter",
    ["all", "recent"],
    key="filter",
    on_change=lambda: st.rerun("charts"),
)
