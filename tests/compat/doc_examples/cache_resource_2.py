# From streamlit 1.67.0, docstring example 2 of st.cache_resource (Apache-2.0), unchanged.
import streamlit as st

@st.cache_resource(scope="session", on_release=lambda sess: sess.close())
def get_database_session(url):
    # Create a database session object that points to the URL.
    return session
