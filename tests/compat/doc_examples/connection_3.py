# From streamlit 1.67.0, docstring example 3 of st.connection (Apache-2.0), unchanged.
import streamlit as st

conn = st.connection(
    "my_sql_connection", type="streamlit.connections.SQLConnection"
)
