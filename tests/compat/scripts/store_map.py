"""A Streamlit app as people write it: shops on a map and a sales figure (plotly's dict form)."""

import numpy as np
import pandas as pd
import streamlit as st

st.title("Shops")
rng = np.random.default_rng(7)
shops = pd.DataFrame({
    "LATITUDE": 48.85 + rng.standard_normal(40) / 100,
    "LONGITUDE": 2.35 + rng.standard_normal(40) / 100,
    "visitors": rng.integers(10, 500, 40),
})
radius = st.sidebar.slider("Radius (m)", 10, 500, 50)
st.map(shops, size=radius, color="#ff8800aa")
st.map(shops, size="visitors", zoom=11, use_container_width=True)
figure = {
    "data": [{"type": "bar", "x": ["Mon", "Tue", "Wed"], "y": [3, 5, 2], "name": "in store"},
             {"type": "bar", "x": ["Mon", "Tue", "Wed"], "y": [1, 2, 4], "name": "online"}],
    "layout": {"title": {"text": "Sales"}, "barmode": "stack"},
}
st.plotly_chart(figure, use_container_width=True, theme="streamlit")
