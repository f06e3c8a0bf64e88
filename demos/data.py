"""Tables and metrics: sort by a header click, select rows, copy with Ctrl+C (numpy only)."""

import numpy as np

import rerunqt as st

st.title("Data")

rng = np.random.default_rng(7)
cities = ["Oslo", "Lima", "Pune", "Kyiv", "Accra", "Quito", "Perth", "Turin"]
data = {
    "city": cities,
    "population": rng.integers(200_000, 9_000_000, len(cities)),
    "rain (mm)": rng.random(len(cities)) * 1500,
    "sunny share": rng.random(len(cities)),
    "last 12 months": [list(rng.integers(0, 30, 12)) for _ in cities],
    "coastal": rng.random(len(cities)) > 0.5,
}

left, middle, right = st.columns(3)
left.metric("Cities", len(cities), 2)
middle.metric("Mean rain", f"{data['rain (mm)'].mean():.0f} mm", "-4%", chart_data=data["rain (mm)"])
right.metric("Sunniest", cities[int(np.argmax(data["sunny share"]))], border=True)

event = st.dataframe(
    data,
    key="cities",
    on_select="rerun",
    selection_mode="multi-row",
    hide_index=True,
    column_config={
        "population": st.column_config.NumberColumn("Population", format="localized"),
        "rain (mm)": st.column_config.NumberColumn(format="%.0f mm"),
        "sunny share": st.column_config.ProgressColumn("Sun", format="percent", max_value=1),
        "last 12 months": st.column_config.BarChartColumn("Rainy days"),
    },
)
chosen = event.selection.rows
st.caption("Click rows (Ctrl+click for more) to compare cities; click a column header to sort.")
if chosen:
    st.table({"city": [cities[i] for i in chosen], "population": data["population"][chosen]})
