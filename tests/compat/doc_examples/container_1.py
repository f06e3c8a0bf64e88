# From streamlit 1.67.0, docstring example 1 of st.container (Apache-2.0), unchanged.
import streamlit as st

with st.container():
    st.write("This is inside the container")

    # You can call any Streamlit command, including custom components:
    st.bar_chart(np.random.randn(50, 3))

st.write("This is outside the container")
