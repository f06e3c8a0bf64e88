# From streamlit 1.67.0, docstring example 7 of st.cache_data (Apache-2.0), unchanged.
import streamlit as st
from datetime import datetime, timezone

@st.cache_data(hash_funcs={"datetime.datetime": lambda dt: dt.isoformat()})
def convert_to_utc(dt: datetime):
    return dt.astimezone(timezone.utc)
