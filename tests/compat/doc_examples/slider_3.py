# From streamlit 1.67.0, docstring example 3 of st.slider (Apache-2.0), unchanged.
import streamlit as st
from datetime import time

appointment = st.slider(
    "Schedule your appointment:", value=(time(11, 30), time(12, 45))
)
st.write("You're scheduled for:", appointment)
