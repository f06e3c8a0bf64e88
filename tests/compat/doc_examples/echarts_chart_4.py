# From streamlit 1.67.0, docstring example 4 of st.echarts_chart (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st

df = pd.DataFrame(
    {
        "day": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        "sales": [120, 200, 150, 80, 70],
    }
)

event = st.echarts_chart(
    {
        "dataset": {"source": df},
        "xAxis": {"type": "category"},
        "yAxis": {"type": "value"},
        "series": [{"type": "bar", "selectedMode": "multiple"}],
    },
    key="sales",
    on_select="rerun",
)

rows = [
    i for group in event.selection.selected for i in group["data_indices"]
]
st.dataframe(df.iloc[rows])
