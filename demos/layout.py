"""A small orders dashboard laid out with every container rerunqt has.

Run with ``rerunqt demos/layout.py``: filters in the sidebar, three columns of figures,
tabs, an expander, a popover, a dialog to add an order, and an st.empty() counting up.
"""

import time

import rerunqt as st

st.set_page_config(page_title="Orders", page_icon="📦", layout="wide")

if "orders" not in st.session_state:
    st.session_state.orders = [
        {"item": "Desk", "region": "North", "amount": 420},
        {"item": "Chair", "region": "South", "amount": 180},
        {"item": "Lamp", "region": "North", "amount": 45},
        {"item": "Shelf", "region": "East", "amount": 260},
        {"item": "Rug", "region": "South", "amount": 120},
    ]

# ----- sidebar: filters -----
st.sidebar.header("Filters")
regions = st.sidebar.multiselect("Regions", ["North", "South", "East"],
                                 default=["North", "South", "East"], key="regions")
least = st.sidebar.slider("Smallest amount", 0, 500, 0, step=10, key="least")
with st.sidebar:
    st.caption("Orders outside the filters are hidden everywhere on the page.")

shown = [o for o in st.session_state.orders if o["region"] in regions and o["amount"] >= least]

st.title("Orders")

# ----- three columns of figures -----
count, total, biggest = st.columns(3, border=True)
count.subheader("Orders")
count.markdown(f"**{len(shown)}** shown")
total.subheader("Total")
total.markdown(f"**{sum(o['amount'] for o in shown)}** €")
biggest.subheader("Biggest")
biggest.markdown(f"**{max((o['amount'] for o in shown), default=0)}** €")


# ----- a dialog to add an order -----
@st.dialog("Add an order")
def add_order():
    item = st.text_input("Item", key="new_item")
    region = st.selectbox("Region", ["North", "South", "East"], key="new_region")
    amount = st.number_input("Amount (€)", 0, 10_000, 100, key="new_amount")
    if st.button("Add", type="primary", disabled=not item):
        st.session_state.orders.append({"item": item, "region": region, "amount": amount})
        st.rerun()


left, right = st.columns([3, 1], vertical_alignment="bottom")
left.caption("Add orders with the button; filter them in the sidebar.")
if right.button("Add order", icon=":material/add:", use_container_width=True):
    add_order()

# ----- tabs -----
table, notes = st.tabs(["Table", "Notes"])
with table:
    for order in shown:
        st.text(f"{order['item']:<8} {order['region']:<6} {order['amount']:>6} €")
    if not shown:
        st.info("No order matches the filters.")
with notes:
    st.text_area("Notes", placeholder="Anything to remember about these orders?", key="notes")

with st.expander("How this page is built", icon="💡"):
    st.markdown("The sidebar, the columns, the tabs, this expander, the popover and the "
                "dialog are all containers: each is filled by the widgets written in its "
                "`with` block, and keeps what you did to it (open, selected, scrolled) "
                "across reruns.")

with st.popover("Display", icon="⚙️"):
    dense = st.toggle("Dense numbers", key="dense")
    st.caption("Changes how the counter below counts.")

# ----- st.empty(): one slot, rewritten in place -----
st.subheader("Counter")
slot = st.empty()
slot.text("Press Count to count to 5.")
if st.button("Count"):
    for n in range(1, 6):
        slot.markdown(f"### {n * (10 if dense else 1)}")
        time.sleep(0.05)
