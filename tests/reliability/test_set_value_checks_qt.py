"""QtPilot's set_value refuses what a user could not give, as AppTest does (issue 16, 3.5).

Before the fix 500 typed into a 0-10 number field landed as something else, text past
``max_chars`` was cut, and ``'yes'`` ticked a checkbox.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt


@pytest.fixture
def pilot(rerunqt_pilot, write_script):
    return rerunqt_pilot(write_script("""
        import rerunqt as st
        st.checkbox("C", key="check")
        st.number_input("N", 0, 10, key="num")
        st.text_input("Name", max_chars=3, key="name")
        st.text_area("Notes", max_chars=3, key="notes")
    """))


@pytest.mark.parametrize("key, value, reason", [
    ("num", 500, "outside the field's range 0 to 10"),
    ("num", 2.5, "holds ints"),
    ("name", "abcd", "max_chars=3"),
    ("notes", "abcd", "max_chars=3"),
    ("check", "yes", "True or False"),
])
def test_pilot_refuses_a_value_a_user_cannot_give(pilot, key: str, value: object,
                                                  reason: str) -> None:
    runs = pilot.window.session.run_count
    before = pilot.value(key=key)
    with pytest.raises(ValueError, match=reason):
        pilot.set_value(value, key=key)
    pilot.settle()
    assert pilot.window.session.run_count == runs
    assert pilot.value(key=key) == before


def test_pilot_still_sets_what_a_user_can(pilot) -> None:
    pilot.set_value(10, key="num")
    pilot.set_value("abc", key="name")
    assert (pilot.value(key="num"), pilot.value(key="name")) == (10, "abc")
