"""A Streamlit app made of plotly.express figures, unchanged."""

import pandas as pd
import plotly.express as px
import streamlit as st

df = pd.DataFrame({"day": list(range(1, 8)) * 2, "sales": [3, 4, 6, 5, 7, 9, 8, 2, 3, 3, 4, 6, 5, 7],
                   "shop": ["North"] * 7 + ["South"] * 7})
kind = st.radio("Chart", ["line", "bar", "histogram", "area", "scatter"], horizontal=True)
if kind == "line":
    st.plotly_chart(px.line(df, x="day", y="sales", color="shop", title="Sales per day"))
elif kind == "bar":
    st.plotly_chart(px.bar(df, x="day", y="sales", color="shop", barmode="group"), theme=None)
elif kind == "histogram":
    st.plotly_chart(px.histogram(df, x="sales", nbins=4))
elif kind == "area":
    st.plotly_chart(px.area(df, x="day", y="sales", color="shop"))
else:
    st.plotly_chart(px.scatter(df, x="day", y="sales", size="sales", color="shop"), key="dots",
                    on_select="ignore", selection_mode="points")
