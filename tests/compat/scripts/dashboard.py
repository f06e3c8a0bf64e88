import streamlit as st
import widgets_lib
from streamlit.errors import StreamlitAPIException

st.title(st.secrets.app.title)
region = st.sidebar.selectbox("Region", ["North", "South"])
tab_a, tab_b = st.tabs(["Summary", "Details"])
with tab_a:
    widgets_lib.summary(region)
with tab_b:
    with st.expander("Raw settings"):
        st.json({"theme": st.get_option("theme.base"), "region": region})

# Feature checks, as apps written for several Streamlit versions do them
if hasattr(st, "metric"):
    st.metric("Sales", 42)
else:
    st.markdown("**Sales:** 42")

try:
    st.radio("Broken", ["a"], index=3)
except StreamlitAPIException:
    st.caption("index out of range was caught")
