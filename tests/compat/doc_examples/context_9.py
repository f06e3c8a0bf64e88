# From streamlit 1.67.0, docstring example 9 of st.context (Apache-2.0), unchanged.
import streamlit as st

if st.context.locale == "fr-FR":
    st.write("Bonjour!")
else:
    st.write("Hello!")
