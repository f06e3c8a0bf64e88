# From streamlit 1.67.0, docstring example 1 of st.subheader (Apache-2.0), unchanged.
import streamlit as st

st.subheader("_Streamlit_ is :blue[cool] :sunglasses:")
st.subheader("This is a subheader with a divider", divider="gray")
st.subheader("These subheaders have rotating dividers", divider=True)
st.subheader("One", divider=True)
st.subheader("Two", divider=True)
st.subheader("Three", divider=True)
st.subheader("Four", divider=True)
st.subheader("Subheader with an icon", icon=":material/bolt:")
