# From streamlit 1.67.0, docstring example 2 of st.time_input (Apache-2.0), unchanged.
import streamlit as st

t = st.time_input("Set an alarm for", value=None)
st.write("Alarm is set for", t)
