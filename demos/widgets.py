"""A gallery of every rerunqt input widget, each with its live value under it.

Run with ``rerunqt demos/widgets.py``. Every value is also in st.session_state under
the widget's key, so the "State" section at the bottom shows the whole picture.
"""

import datetime as dt

import rerunqt as st


def shown(value):
    """A value as a person reads it: dates as 2026-06-01, ranges joined by a dash."""
    if isinstance(value, tuple):
        return " \u2013 ".join(shown(v) for v in value) or "()"
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return repr(value)


def show(value):
    """The live value of the widget above, in a quiet caption."""
    st.caption(f"→ {shown(value)}")


st.title("Widget gallery")
st.caption("Every input widget of rerunqt. Change anything: the script reruns and the "
           "captions follow.")

st.header("Buttons")
if st.button("Say hello", key="hello", type="primary", icon=":material/send:",
             help="True for exactly one run after the click"):
    st.success("Hello! (this message lasts one run)")
st.download_button("Download a CSV", data="name,score\nada,3\nbob,5\n", file_name="scores.csv",
                   mime="text/csv", key="download", icon="⬇")

st.header("Choices")
show(st.checkbox("I agree", key="agree"))
show(st.toggle("Dark mode (a toggle)", key="dark"))
show(st.radio("Pick a plan", ["Free", "Pro", "Team"], key="plan", horizontal=True,
              captions=["0 €", "9 €/month", "29 €/month"]))
show(st.selectbox("Favourite colour", ["Red", "Green", "Blue"], index=None, key="colour",
                  placeholder="Choose a colour"))
show(st.multiselect("Toppings (up to 3)", ["Cheese", "Tomato", "Basil", "Olives", "Ham"],
                    default=["Cheese"], max_selections=3, key="toppings"))
show(st.pills("Tags", ["urgent", "later", "home", "work"], selection_mode="multi", key="tags"))
show(st.segmented_control("View", ["Day", "Week", "Month"], default="Week", key="view"))

st.header("Numbers and ranges")
show(st.number_input("Quantity", min_value=0, max_value=99, value=3, key="quantity"))
show(st.number_input("Optional weight (kg)", value=None, placeholder="Type a number",
                     key="weight"))
show(st.slider("Volume", 0, 100, 40, key="volume"))
show(st.slider("Price range (€)", 0.0, 100.0, (20.0, 60.0), step=0.5, key="price"))
show(st.slider("Appointment", value=dt.time(9, 30), format="HH:mm", key="appointment"))
show(st.slider("Trip", min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 31),
               value=(dt.date(2026, 6, 1), dt.date(2026, 6, 14)), key="trip"))
show(st.select_slider("T-shirt size", ["XS", "S", "M", "L", "XL"], value="M", key="size"))

st.header("Text")
show(st.text_input("Name", placeholder="Ada Lovelace", key="name", max_chars=40))
st.text_input("Password", type="password", key="password")
show(st.text_area("Notes (Ctrl+Enter to apply)", height=90, max_chars=200, key="notes"))

st.header("Dates, times and colours")
show(st.date_input("Birthday", dt.date(1990, 5, 17), key="birthday"))
show(st.date_input("Holiday", (dt.date(2026, 8, 1), dt.date(2026, 8, 15)), key="holiday"))
show(st.time_input("Alarm", dt.time(7, 0), key="alarm"))
show(st.datetime_input("Departure", dt.datetime(2026, 7, 1, 8, 30), key="departure"))
show(st.color_picker("Accent colour", "#ff4b4b", key="accent"))

st.header("Files")
files = st.file_uploader("Upload some text or CSV files", type=["txt", "csv"],
                         accept_multiple_files=True, key="files")
show([f"{f.name} ({f.size} bytes)" for f in files])

st.header("Table")
edited = st.data_editor(
    [{"task": "Write docs", "hours": 2, "done": False},
     {"task": "Fix bug", "hours": 1, "done": True}],
    num_rows="dynamic", key="tasks",
)
st.caption(f"→ {sum(row['hours'] or 0 for row in edited)} hours in {len(edited)} tasks")

st.header("A form")
with st.form("signup", clear_on_submit=True):
    email = st.text_input("E-mail")
    guests = st.number_input("Guests", 1, 10, 1)
    sent = st.form_submit_button("Sign up", type="primary")
if sent:
    st.success(f"Signed up {email or 'nobody'} with {guests} guest(s).")
