# From streamlit 1.67.0, docstring example 5 of st.table (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st

df = pd.DataFrame({"Name": ["Alice", "Bob"], "Age": [25, 30]})
st.table(df, hide_index=True, hide_header=True)
