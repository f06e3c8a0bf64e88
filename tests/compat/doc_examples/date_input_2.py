# From streamlit 1.67.0, docstring example 2 of st.date_input (Apache-2.0), unchanged.
from datetime import date, datetime
import streamlit as st

today = datetime.now()
next_year = today.year + 1
jan_1 = date(next_year, 1, 1)
dec_31 = date(next_year, 12, 31)

d = st.date_input(
    "Select your vacation for next year",
    (jan_1, date(next_year, 1, 7)),
    jan_1,
    dec_31,
    format="MM.DD.YYYY",
)
d
