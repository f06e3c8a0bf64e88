"""A multipage app: this entry script is the first page, pages/*.py the others.

Run with ``rerunqt demos/multipage/Home.py``. The sidebar lists the pages (Ctrl+PgUp and
Ctrl+PgDn move between them). Session state is shared by every page: the counter
counts on, and the half-filled sign-up form keeps what you typed while you look at
another page, because its fields have keys.
"""

import rerunqt as st

st.session_state.setdefault("count", 0)

st.title("Home")
st.markdown("Each file in `pages/` beside this script is a page, listed in the sidebar "
            "in the order of its number prefix.")
st.write("The counter is at", st.session_state.count)
st.page_link("pages/1_Counter.py", label="Go to the counter", icon="🔢")
st.page_link("pages/2_Sign_up.py", label="Fill in the sign-up form", icon="📝")
