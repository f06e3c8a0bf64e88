# From streamlit 1.67.0, docstring example 1 of st.help (Apache-2.0), unchanged.
import streamlit as st
import pandas

st.help(pandas.DataFrame)
