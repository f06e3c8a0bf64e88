# From streamlit 1.67.0, docstring example 4 of st.connection (Apache-2.0), unchanged.
import streamlit as st
from streamlit.connections import SQLConnection

conn = st.connection("my_sql_connection", type=SQLConnection)
