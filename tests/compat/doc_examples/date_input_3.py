# From streamlit 1.67.0, docstring example 3 of st.date_input (Apache-2.0), unchanged.
import streamlit as st

d = st.date_input("When's your birthday", value=None)
st.write("Your birthday is:", d)
