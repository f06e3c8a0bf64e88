"""A line chart that grows in a loop, with a progress bar in the sidebar."""

import time

import numpy as np

import rerunqt as st
from rerunqt.compat.streamlit.hello.utils import show_code


def plotting_demo() -> None:
    bar = st.sidebar.progress(0)
    status = st.sidebar.empty()
    chart = st.empty()
    walk = np.random.randn(1, 1)  # a random walk, one point to start
    chart.line_chart(walk)
    for step in range(1, 51):
        steps = np.random.randn(5, 1).cumsum(axis=0)
        walk = np.vstack([walk, walk[-1, :] + steps])
        chart.line_chart(walk)
        status.text(f"{2 * step}% complete")
        bar.progress(2 * step)
        time.sleep(0.01)
    bar.empty()
    st.button("Rerun")  # any widget reruns the script


st.set_page_config(page_title="Plotting demo", page_icon=":material/show_chart:")
st.title("Plotting demo")
st.write("This demo illustrates a combination of plotting and animation with\n"
         "Streamlit. We're generating a bunch of random numbers in a loop. Enjoy!")
plotting_demo()
show_code(plotting_demo)
