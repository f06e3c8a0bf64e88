# From streamlit 1.67.0, docstring example 1 of st.title (Apache-2.0), unchanged.
import streamlit as st

st.title("This is a title")
st.title("_Streamlit_ is :blue[cool] :sunglasses:")
st.title("Dashboard", icon=":material/dashboard:")
