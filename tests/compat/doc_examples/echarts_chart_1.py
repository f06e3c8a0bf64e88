# From streamlit 1.67.0, docstring example 1 of st.echarts_chart (Apache-2.0), unchanged.
import streamlit as st

st.echarts_chart(
    {
        "xAxis": {"type": "category", "data": ["A", "B", "C", "D", "E"]},
        "yAxis": {"type": "value"},
        "series": [{"type": "bar", "data": [5, 20, 36, 10, 10]}],
    },
    alt="Bar chart of categories A through E",
)
