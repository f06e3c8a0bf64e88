"""Live output and fragments: a long computation shows its progress as it goes, and a
clock fragment ticks on its own timer without rerunning the page.

    rerunqt demos/live.py
"""

import time

import rerunqt as st

st.title("Live output")
st.caption("Edit this file while the window is open: a notice offers to rerun it.")

if st.button("Crunch numbers for 3 seconds"):
    st.text("Started: the page stays live while pure Python computes.")
    status = st.empty()
    start, total, step = time.perf_counter(), 0, 0
    while (elapsed := time.perf_counter() - start) < 3:
        for k in range(20_000):
            total += k * k
        if int(elapsed * 10) > step:
            step = int(elapsed * 10)
            status.text(f"{elapsed:.1f} s, total so far {total:,}")
    status.text(f"Done in {elapsed:.1f} s: {total:,}")


@st.fragment(run_every="1s")
def clock() -> None:
    """Reruns alone every second while the app is idle; its button reruns only it too."""
    st.subheader(time.strftime("%H:%M:%S"))
    if st.button("Count in the fragment"):
        st.session_state.clicks = st.session_state.get("clicks", 0) + 1
    st.text(f"Fragment clicks: {st.session_state.get('clicks', 0)}")


clock()
st.text("Below the fragment: drawn by full runs only.")
