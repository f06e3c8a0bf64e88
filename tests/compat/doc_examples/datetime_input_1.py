# From streamlit 1.67.0, docstring example 1 of st.datetime_input (Apache-2.0), unchanged.
from datetime import datetime
import streamlit as st

event_time = st.datetime_input(
    "Schedule your event",
    datetime(2025, 11, 19, 16, 45),
)
st.write("Event scheduled for", event_time)
