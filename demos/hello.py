"""rerunqt hello: a gallery of the bundled demos, as ``streamlit hello`` is.

Run with ``rerunqt hello`` (or ``rerunqt demos/hello.py``). Pick a demo in the sidebar;
it runs right here, and its source file is named under it.
"""

import runpy
from pathlib import Path

import rerunqt as st

HERE = Path(__file__).resolve().parent
DEMOS = {
    "Counter": ("counter.py", "The session-state counter from Streamlit's tutorial."),
    "Counter with callbacks": ("counter_callbacks.py", "on_click callbacks with args and kwargs."),
    "A form": ("form.py", "Edits wait for the submit button."),
    "Every widget": ("widgets.py", "Every input widget, each with its live value."),
    "Layout": ("layout.py", "Sidebar, columns, tabs, expander, popover, dialog, st.empty."),
    "Dashboard": ("dashboard.py", "Filters, metrics, charts and a 100,000-row table with selection."),
    "Data": ("data.py", "st.dataframe, st.table, st.metric and column_config."),
    "Live output": ("live.py", "Output while the script computes, fragments with run_every."),
    "Chat": ("chat.py", "st.chat_message and a chat_input pinned under the page."),
    "Charts": ("charts.py", "Line, area, bar and scatter charts (up to a million points), images."),
    "Caching": ("caching.py", "st.cache_data and st.cache_resource: compute once, reuse."),
    "Progress and status": ("progress.py", "A long task with a progress bar, status box, spinner "
                            "and toast."),
}

choice = st.sidebar.radio("Demo", ["Welcome", *DEMOS], key="hello_demo")
if choice == "Welcome":
    st.title("Welcome to rerunqt")
    st.markdown("Write a desktop app as a plain Python script, the way you write a "
                "Streamlit app: the script reruns from the top on every event, and the "
                "window updates in place. Pick a demo in the sidebar.")
    for name, (_, about) in DEMOS.items():
        st.markdown(f"**{name}**: {about}")
else:
    file_name, about = DEMOS[choice]
    st.sidebar.caption(f"{about} Source: `demos/{file_name}`")
    runpy.run_path(str(HERE / file_name), run_name="__main__")
