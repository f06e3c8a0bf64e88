"""Caching: a slow load computed once per argument, a shared resource, and clearing."""

import time

import rerunqt as st

st.title("Caching")


@st.cache_data(ttl="10m", show_spinner="Loading rows…")
def load_rows(count):
    """Slow the first time for each count; instant (a fresh copy) afterwards."""
    time.sleep(0.2)
    st.caption(f"Computed {count} rows at {time.strftime('%H:%M:%S')}")  # replayed on hits
    return [{"row": i, "square": i * i} for i in range(count)]


@st.cache_resource
def connection():
    """One object shared by every run and window, as a database connection would be."""
    return {"opened_at": time.strftime("%H:%M:%S")}


count = st.slider("Rows", 1, 50, 10, key="count")
rows = load_rows(count)
st.write(f"{len(rows)} rows, the last square is {rows[-1]['square']}.")
st.write(f"The shared connection was opened at {connection()['opened_at']}.")
if st.button("Forget the cached rows"):
    load_rows.clear()
    st.rerun()
st.info("App > Clear cache (or C) clears every cache and reruns.")
