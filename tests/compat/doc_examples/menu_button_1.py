# From streamlit 1.67.0, docstring example 1 of st.menu_button (Apache-2.0), unchanged.
import streamlit as st

action = st.menu_button("Export", options=["CSV", "JSON", "PDF"])
if action == "CSV":
    st.write("Exporting as CSV...")
elif action == "JSON":
    st.write("Exporting as JSON...")
elif action == "PDF":
    st.write("Exporting as PDF...")
