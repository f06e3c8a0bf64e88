# From streamlit 1.67.0, docstring example 3 of st.echarts_chart (Apache-2.0), unchanged.
import pandas as pd
import streamlit as st

df = pd.DataFrame(
    {
        "quarter": ["Q1", "Q2", "Q3", "Q4"],
        "Revenue": [820, 932, 901, 934],
        "Cost": [500, 610, 550, 700],
    }
)

st.echarts_chart(
    {
        "legend": {"top": 28},
        "tooltip": {"trigger": "axis"},
        "toolbox": {
            "left": 0,
            "feature": {
                "magicType": {"type": ["line", "bar"]},
                "restore": {},
            },
        },
        "dataZoom": [{"type": "inside"}, {"type": "slider"}],
        "dataset": {"source": df},
        "xAxis": {"type": "category"},
        "yAxis": {"type": "value"},
        "series": [{"type": "line"}, {"type": "bar"}],
    }
)
