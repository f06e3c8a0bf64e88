# From streamlit 1.67.0, docstring example 1 of st.chat_message (Apache-2.0), unchanged.
import streamlit as st
import numpy as np

with st.chat_message("user"):
    st.write("Hello 👋")
    st.line_chart(np.random.randn(30, 3))
