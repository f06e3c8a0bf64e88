# From streamlit 1.67.0, docstring example 2 of st.connection (Apache-2.0), unchanged.
import streamlit as st

conn1 = st.connection("first_connection", type="sql")
conn2 = st.connection("second_connection")
