"""Charts and images: st.line_chart, st.area_chart, st.bar_chart, st.scatter_chart, st.image.

Run it with ``rerunqt demos/charts.py``. Hover a chart to read the nearest point, drag to
pan; click a chart (or hold Ctrl) and turn the wheel to zoom.
"""

import numpy as np

import rerunqt as st

st.title("Charts and images")
points = st.slider("Points", 10, 1_000_000, 200, key="points")
seed = st.number_input("Seed", 0, 100, 0, key="seed")
rng = np.random.default_rng(int(seed))
walk = rng.standard_normal((points, 3)).cumsum(axis=0)
st.line_chart({"a": walk[:, 0], "b": walk[:, 1], "c": walk[:, 2]}, x_label="step", y_label="value")

left, right = st.columns(2)
with left:
    st.area_chart({"rain": rng.random(24) * 5, "snow": rng.random(24) * 2}, x_label="hour",
                  height=250)
    st.bar_chart({"fruit": ["apple", "pear", "fig"] * 2, "sold": [3, 5, 2, 4, 1, 6],
                  "shop": ["north"] * 3 + ["south"] * 3}, x="fruit", y="sold", color="shop",
                 height=250)
with right:
    st.scatter_chart({"x": rng.random(80), "y": rng.random(80), "weight": rng.random(80)},
                     x="x", y="y", size="weight", height=250)
    st.bar_chart({"team": ["red", "green", "blue"], "score": [7, 3, 5]}, x="team",
                 horizontal=True, sort="-score", height=250)

yy, xx = np.mgrid[0:120, 0:240]
gradient = np.dstack([xx / 240, yy / 120, np.full(xx.shape, 0.6)])
st.image([gradient, gradient[:, ::-1]], caption=["a gradient", "mirrored"])
