# From streamlit 1.67.0, docstring example 1 of st.date_input (Apache-2.0), unchanged.
from datetime import date
import streamlit as st

d = st.date_input("When's your birthday", date(2019, 7, 6))
st.write("Your birthday is:", d)
