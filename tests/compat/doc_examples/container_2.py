# From streamlit 1.67.0, docstring example 2 of st.container (Apache-2.0), unchanged.
import streamlit as st

container = st.container(border=True)
container.write("This is inside the container")
st.write("This is outside the container")

container.write("This is inside too")
