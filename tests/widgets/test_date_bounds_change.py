"""A keyed date or datetime input whose min_value/max_value change under a value the user
chose goes back to its default, as Streamlit 1.67 does (its e2e apps' "anti-regression"
checks): the value was clamped to the new bound."""

from __future__ import annotations

from datetime import date, datetime

from rerunqt.testing import AppTest

SCRIPT = """
from datetime import date, datetime
import rerunqt as st
if st.toggle("Update", key="tg"):
    d = st.date_input("D", date(2023, 9, 10), key="d", min_value=date(2020, 1, 1), max_value=date(2025, 1, 1))
    r = st.date_input("R", (date(2023, 9, 10), date(2023, 9, 12)), key="r",
                      min_value=date(2020, 1, 1), max_value=date(2025, 1, 1))
    w = st.datetime_input("W", datetime(2025, 11, 19, 20, 0), key="w",
                          min_value=datetime(2020, 1, 1), max_value=datetime(2025, 12, 31))
else:
    d = st.date_input("D", date(2020, 1, 1), key="d", min_value=date(2010, 1, 1), max_value=date(2030, 1, 1))
    r = st.date_input("R", (date(2020, 1, 1), date(2020, 1, 2)), key="r",
                      min_value=date(2010, 1, 1), max_value=date(2030, 1, 1))
    w = st.datetime_input("W", datetime(2025, 11, 19, 16, 45), key="w",
                          min_value=datetime(2010, 1, 1), max_value=datetime(2030, 1, 1))
"""


def test_a_chosen_value_outside_new_bounds_goes_back_to_the_default() -> None:
    at = AppTest.from_string(SCRIPT).run()
    at.date_input(key="d").set_value(date(2028, 1, 1))
    at.date_input(key="r").set_value((date(2019, 1, 1), date(2028, 1, 1)))
    at.datetime_input(key="w").set_value(datetime(2028, 1, 1, 10, 0)).run()
    at.toggle(key="tg").set_value(True).run()
    assert not at.exception
    assert at.date_input(key="d").value == date(2023, 9, 10)
    assert at.date_input(key="r").value == (date(2023, 9, 10), date(2023, 9, 12))
    assert at.datetime_input(key="w").value == datetime(2025, 11, 19, 20, 0)


def test_a_value_inside_the_new_bounds_is_kept() -> None:
    at = AppTest.from_string(SCRIPT).run()
    at.date_input(key="d").set_value(date(2020, 1, 2))
    at.datetime_input(key="w").set_value(datetime(2024, 1, 1, 10, 0)).run()
    at.toggle(key="tg").set_value(True).run()
    assert at.date_input(key="d").value == date(2020, 1, 2)
    assert at.datetime_input(key="w").value == datetime(2024, 1, 1, 10, 0)
