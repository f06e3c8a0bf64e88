# From streamlit 1.67.0, docstring example 4 of st.expander (Apache-2.0), unchanged.
import streamlit as st

with st.expander("Understanding the question", type="step"):
    st.write("Parsed: 'What is the weather in NYC?'")

with st.expander("Searching for information", type="step"):
    st.json({"sources": ["weather.gov", "accuweather.com"]})

# A step with no content terminates the timeline.
st.expander("Generating response", type="step")
