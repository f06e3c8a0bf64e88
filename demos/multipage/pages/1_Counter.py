"""The counter page: one count shared by every page through session state."""

import rerunqt as st

st.session_state.setdefault("count", 0)

st.title("Counter")
if st.button("Increment"):
    st.session_state.count += 1
st.write("Count =", st.session_state.count)
if st.button("Done: back home"):
    st.switch_page("Home.py")
