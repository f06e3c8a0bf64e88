# From streamlit 1.67.0, docstring example 2 of st.iframe (Apache-2.0), unchanged.
import streamlit as st
st.iframe(
    '''
    <style>body { font-family: sans-serif; padding: 1rem; }</style>
    <p>This is <strong>embedded HTML</strong>.</p>
    ''',
    height=100,
)
