# From streamlit 1.67.0, docstring example 3 of st.session_state (Apache-2.0), unchanged.
import streamlit as st

def mark_done():
    st.session_state["done"] = True

st.button("Done", key="done_btn", on_click=mark_done)
