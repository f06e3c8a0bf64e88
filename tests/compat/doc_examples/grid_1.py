# From streamlit 1.67.0, docstring example 1 of st.grid (Apache-2.0), unchanged.
import streamlit as st

metrics = [
    ("Revenue", "$1.2M", "+8%"),
    ("Pipeline", "$4.8M", "+12%"),
    ("Conversion", "12.4%", "+1.1%"),
    ("Retention", "96%", "-0.4%"),
]
grid = st.grid(4)
for label, value, delta in metrics:
    grid.metric(label, value, delta, border=True)
