# From streamlit 1.67.0, docstring example 2 of st.toast (Apache-2.0), unchanged.
import time
import streamlit as st

if st.button("Three cheers"):
    st.toast("Hip!")
    time.sleep(0.5)
    st.toast("Hip!")
    time.sleep(0.5)
    st.toast("Hooray!", icon="🎉")
