"""A long task with live status: a progress bar, a status box, a spinner and a toast.

Press "Start the task": each of the 30 steps sleeps a little; the bar and the status
box update in place while the script works, and a toast says when it is done. The
clock in the sidebar is a fragment with ``run_every``: it reruns alone every second
while the app is idle.
"""

import time

import rerunqt as st

STEPS = 30

st.title("Progress and status")
st.caption("A long task reports how far it got while it runs.")


@st.fragment(run_every="1s")
def clock():
    """Reruns on its own every second; the rest of the page is left alone."""
    st.metric("Time", time.strftime("%H:%M:%S"))


with st.sidebar:
    clock()

if st.button("Start the task", type="primary"):
    bar = st.progress(0, text="Starting…")
    with st.status("Crunching numbers…", expanded=True) as box:
        with st.spinner("Working through the steps…", show_time=True):
            for step in range(1, STEPS + 1):
                time.sleep(0.05)
                bar.progress(step / STEPS, text=f"Step **{step}** of {STEPS}")
                if step % 10 == 0:
                    st.write(f"Finished part {step // 10} of {STEPS // 10}.")
        box.update(label="All steps done", state="complete", expanded=False)
    st.session_state.runs = st.session_state.get("runs", 0) + 1
    st.toast(f"The task finished (run {st.session_state.runs}).", icon="🎉")
    st.success("Done: the bar shows 100%.")
else:
    st.info("Press the button to start a task of 30 steps.")
