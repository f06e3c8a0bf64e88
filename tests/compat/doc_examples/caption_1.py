# From streamlit 1.67.0, docstring example 1 of st.caption (Apache-2.0), unchanged.
import streamlit as st

st.caption("This is a string that explains something above.")
st.caption("A caption with _italics_ :blue[colors] and emojis :sunglasses:")
