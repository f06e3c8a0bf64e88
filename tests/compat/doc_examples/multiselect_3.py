# From streamlit 1.67.0, docstring example 3 of st.multiselect (Apache-2.0), unchanged.
import streamlit as st

clients = st.multiselect(
    "Select clients",
    ["Acme", "Globex", "Initech", "Umbrella", "Wayne"],
    select_all=False,
)

st.write("You selected:", clients)
