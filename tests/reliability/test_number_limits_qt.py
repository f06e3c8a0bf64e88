"""What a number field shows is its value (issue 16, section 3, item 2), on real widgets.

Before the fix the spin box's range was ±(2**53 - 1) for every field, so a float field
holding 1e20 showed 9007199254740991, and clicking in and out stored that.
"""

from __future__ import annotations

import math
import sys

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters import Host
from rerunqt.qt.renderer import Renderer
from rerunqt.testing import AppTest

pytestmark = pytest.mark.qt

BIG = 2**53 - 1


def digits(text: str) -> str:
    return text.replace(",", "").replace("\u00a0", "").strip()


@pytest.mark.parametrize("args, value, shown", [
    ("value=0.0", 1e20, "100000000000000000000.00"),
    ("value=0.0", -1e20, "-100000000000000000000.00"),
    # from 1e21 up JavaScript's toFixed (Streamlit's "%0.2f") writes the exponent form
    ("value=0.0", 1e300, "1e+300"),
    ("value=None", -sys.float_info.max, "-1.7976931348623157e+308"),
    ("value=0", BIG, str(BIG)),
    ("value=0", -BIG, str(-BIG)),
])
def test_a_number_field_shows_its_value_and_a_click_in_and_out_keeps_it(
        rerunqt_pilot, write_script, args: str, value: float, shown: str) -> None:
    script = write_script(f"""
        import rerunqt as st
        if st.button("Set"):
            st.session_state.n = {value!r}
        st.number_input("N", {args}, key="n")
    """)
    pilot = rerunqt_pilot(script)
    pilot.click(label="Set")
    spin = pilot.widget(key="n")
    assert digits(spin.text()) == shown
    spin.setFocus()
    pilot.qtbot.waitUntil(spin.hasFocus)
    pilot.click(label="Set")  # focus leaves the field: nothing may be committed
    assert pilot.value(key="n") == value


def test_a_non_finite_value_reaching_the_adapter_shows_empty_not_a_stand_in(qapp) -> None:
    at = AppTest.from_string("import rerunqt as st\nst.number_input('N', value=None, key='n')\n").run()
    element = at.tree[0]
    nan_element = Element(element.kind, element.key,
                          tuple((n, math.nan if n == "value" else v) for n, v in element.props))
    page = QWidget()
    renderer = Renderer(QVBoxLayout(page), Host(lambda event: None))
    renderer.render((nan_element,))
    [record] = renderer.find(kind="number_input")
    spin = record.adapter.probe(record.widget)
    assert spin.text().strip() == ""
    assert spin.python_value() is None
