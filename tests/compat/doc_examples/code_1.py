# From streamlit 1.67.0, docstring example 1 of st.code (Apache-2.0), unchanged.
import streamlit as st

code = '''def hello():
    print("Hello, Streamlit!")'''
st.code(code, language="python")
