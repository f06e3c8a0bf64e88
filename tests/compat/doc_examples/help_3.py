# From streamlit 1.67.0, docstring example 3 of st.help (Apache-2.0), unchanged.
import streamlit as st
import pandas

# Get help for Pandas read_csv:
pandas.read_csv

# Get help for Streamlit itself:
st
