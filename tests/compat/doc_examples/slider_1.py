# From streamlit 1.67.0, docstring example 1 of st.slider (Apache-2.0), unchanged.
import streamlit as st

age = st.slider("How old are you?", 0, 130, 25)
st.write("I'm ", age, "years old")
