# From streamlit 1.67.0, docstring example 2 of st.datetime_input (Apache-2.0), unchanged.
import streamlit as st

event_time = st.datetime_input("Schedule your event", value=None)
st.write("Event scheduled for", event_time)
