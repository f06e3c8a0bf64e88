# From streamlit 1.67.0, docstring example 1 of st.header (Apache-2.0), unchanged.
import streamlit as st

st.header("_Streamlit_ is :blue[cool] :sunglasses:")
st.header("This is a header with a divider", divider="gray")
st.header("These headers have rotating dividers", divider=True)
st.header("One", divider=True)
st.header("Two", divider=True)
st.header("Three", divider=True)
st.header("Four", divider=True)
st.header("Header with an icon", icon=":material/home:")
