# From streamlit 1.67.0, docstring example 2 of st.chat_message (Apache-2.0), unchanged.
import streamlit as st
import numpy as np

message = st.chat_message("assistant")
message.write("Hello human")
message.bar_chart(np.random.randn(30, 3))
