# From streamlit 1.67.0, docstring example 4 of st.chat_input (Apache-2.0), unchanged.
import streamlit as st

if st.button("Set Value"):
    st.session_state.chat_input = "Hello, world!"
st.chat_input(key="chat_input")
st.write("Chat input value:", st.session_state.chat_input)
