"""Altair charts as Streamlit's docs write them (st.altair_chart), unchanged."""

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

rng = np.random.default_rng(7)
st.title("Altair charts")
lines = pd.DataFrame({"a": np.tile(np.arange(5), 2), "b": np.arange(10.0), "c": ["p"] * 5 + ["q"] * 5})
st.altair_chart(alt.Chart(lines).mark_line().encode(x="a", y="b", color="c"))

sales = pd.DataFrame({"month": ["Jan", "Feb", "Mar"] * 2, "region": ["north"] * 3 + ["south"] * 3,
                      "sales": [3, 4, 5, 2, 3, 3]})
st.altair_chart(alt.Chart(sales).mark_bar().encode(x=alt.X("month", sort=None), y="sum(sales)",
                                                   color="region"), use_container_width=True)

points = pd.DataFrame(rng.normal(size=(20, 3)), columns=["a", "b", "c"])
st.altair_chart(alt.Chart(points).mark_circle().encode(x="a", y="b", size="c", color="c",
                                                       tooltip=["a", "b", "c"]))

values = pd.DataFrame({"v": [0.1, 0.2, 0.4, 1.1, 1.3, 2.2, 2.4, 2.6]})
st.altair_chart(alt.Chart(values).mark_bar().encode(alt.X("v", bin=True), y="count()"))

days = pd.DataFrame({"date": pd.date_range("2024-01-01", periods=6), "price": [1, 3, 2, 5, 4, 6]})
base = alt.Chart(days).encode(x="date:T", y="price")
st.altair_chart((base.mark_line() + base.mark_point()).properties(title="Price"), theme=None)
