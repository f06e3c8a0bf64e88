# From streamlit 1.67.0, docstring example 2 of st.feedback (Apache-2.0), unchanged.
import streamlit as st

sentiment_mapping = [":material/thumb_down:", ":material/thumb_up:"]
selected = st.feedback("thumbs")
if selected is not None:
    st.markdown(f"You selected: {sentiment_mapping[selected]}")
