"""A sales dashboard: sidebar filters, metrics, a line and a bar chart, a 100,000-row table.

Run with ``rerunqt demos/dashboard.py``. Pick regions and a minimum order in the sidebar;
select a row of the table (click it) to see that order in the detail view. The orders are
generated once (``st.cache_data``), so a rerun only filters and aggregates numpy arrays.
"""

import numpy as np

import rerunqt as st

st.set_page_config(page_title="Sales dashboard", layout="wide")

REGIONS = ["North", "South", "East", "West"]
PRODUCTS = ["Widgets", "Gadgets", "Gizmos", "Doohickeys", "Sprockets"]
ROWS = 100_000


@st.cache_data
def orders(rows: int) -> dict:
    """A year of orders, the same every start (a fixed seed)."""
    rng = np.random.default_rng(2026)
    day = np.sort(rng.integers(0, 365, rows))
    units = rng.integers(1, 20, rows)
    price = np.round(rng.gamma(4.0, 6.0, rows), 2)
    return {
        "order": np.arange(1, rows + 1),
        "day": day,
        "region": np.array(REGIONS)[rng.integers(0, len(REGIONS), rows)],
        "product": np.array(PRODUCTS)[rng.integers(0, len(PRODUCTS), rows)],
        "units": units,
        "price": price,
        "revenue": np.round(units * price, 2),
    }


data = orders(ROWS)

with st.sidebar:
    st.header("Filters")
    regions = st.multiselect("Regions", REGIONS, default=REGIONS, key="regions")
    least = st.slider("Smallest order (revenue)", 0, 500, 0, step=25, key="least")
    st.caption(f"{ROWS:,} orders in all")

keep = np.isin(data["region"], regions) & (data["revenue"] >= least)
shown = {name: column[keep] for name, column in data.items()}
half = shown["day"] < 182

st.title("Sales dashboard")
first, second, third = st.columns(3)
revenue = shown["revenue"]
first.metric("Revenue", f"${revenue.sum():,.0f}",
             f"{revenue[~half].sum() - revenue[half].sum():+,.0f} vs first half")
second.metric("Orders", f"{len(revenue):,}", f"{(~half).sum() - half.sum():+,}")
third.metric("Average order", f"${revenue.mean() if len(revenue) else 0:,.2f}",
             chart_data=np.bincount(shown["day"] // 30, weights=revenue, minlength=13)[:12])

left, right = st.columns(2)
with left:
    st.subheader("Revenue per week")
    weekly = {region: np.bincount(shown["day"][shown["region"] == region] // 7,
                                  weights=revenue[shown["region"] == region], minlength=53)[:52]
              for region in regions}  # 52 full weeks (day 364 would be a week of one day)
    st.line_chart(weekly, x_label="week", y_label="revenue ($)", height=260)
with right:
    st.subheader("Revenue per product")
    per_product = [revenue[shown["product"] == product].sum() for product in PRODUCTS]
    st.bar_chart({"product": PRODUCTS, "revenue": per_product}, x="product", y="revenue",
                 height=260)

st.subheader("Orders")
event = st.dataframe(shown, key="orders", on_select="rerun", selection_mode="single-row",
                     hide_index=True, height=320,
                     column_config={"price": st.column_config.NumberColumn("price", format="$%.2f"),
                                    "revenue": st.column_config.NumberColumn("revenue",
                                                                             format="$%.2f")})
rows = event.selection.rows
if rows:
    row = rows[0]
    st.subheader(f"Order {shown['order'][row]}")
    detail = st.columns(4)
    detail[0].metric("Region", str(shown["region"][row]))
    detail[1].metric("Product", str(shown["product"][row]))
    detail[2].metric("Units", int(shown["units"][row]))
    detail[3].metric("Revenue", f"${shown['revenue'][row]:,.2f}")
    st.caption(f"Day {shown['day'][row] + 1} of the year, ${shown['price'][row]:.2f} a unit.")
else:
    st.info("Select a row of the table to see that order here.")
