# From streamlit 1.67.0, docstring example 1 of st.time_input (Apache-2.0), unchanged.
from datetime import time
import streamlit as st

t = st.time_input("Set an alarm for", time(8, 45))
st.write("Alarm is set for", t)
