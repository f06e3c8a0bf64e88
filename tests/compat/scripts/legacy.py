import streamlit as st
import streamlit.components.v1 as components
from streamlit import runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx

if not runtime.exists():
    raise SystemExit("run me with rerunqt")

st.title("Legacy app")
if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
if st.session_state.runs == 1:
    st.experimental_rerun()
st.text(f"runs: {st.session_state.runs}, session: {get_script_run_ctx() is not None}")
components.html("""
    <div>
      <h3>Embedded report</h3>
      <p>Built with <b>HTML</b>; no JavaScript runs here.</p>
    </div>
    <script>document.title = "never";</script>
""", height=150)
