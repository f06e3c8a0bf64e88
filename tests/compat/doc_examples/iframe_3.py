# From streamlit 1.67.0, docstring example 3 of st.iframe (Apache-2.0), unchanged.
import streamlit as st
from pathlib import Path
st.iframe(Path("reports/dashboard.html"), height=800)
