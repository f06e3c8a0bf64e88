# From streamlit 1.67.0, docstring example 2 of st.session_state (Apache-2.0), unchanged.
import streamlit as st

st.session_state.setdefault("volume", 50)
st.slider("Volume", 0, 100, key="volume")
