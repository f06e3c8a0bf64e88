# From streamlit 1.67.0, docstring example 1 of st.session_state (Apache-2.0), unchanged.
import streamlit as st

st.session_state.setdefault("count", 0)
if st.button("Increment"):
    st.session_state.count += 1
st.write(st.session_state.count)
