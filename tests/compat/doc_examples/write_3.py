# From streamlit 1.67.0, docstring example 3 of st.write (Apache-2.0), unchanged.
import streamlit as st

st.write("1 + 1 = ", 2)
st.write("Below is a DataFrame:", data_frame, "Above is a dataframe.")
