# From streamlit 1.67.0, docstring example 1 of st.Page (Apache-2.0), unchanged.
import streamlit as st

def page2():
    st.title("Second page")

pg = st.navigation([
    st.Page(
        "page1.py",
        title="First page",
        icon="🔥",
        help=(
            "Quarterly sales by region and product line. "
            "Filter by region and download the table as CSV."
        ),
    ),
    st.Page(page2, title="Second page", icon=":material/favorite:"),
    st.Page(
        "https://docs.streamlit.io",
        title="Streamlit Docs",
        icon=":material/open_in_new:"
    ),
])
pg.run()
