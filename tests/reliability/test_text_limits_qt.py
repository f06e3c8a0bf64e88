"""Text fields hold any length exactly; max_chars counts characters (issue 16, section 3, item 3).

Before the fix a QLineEdit's default maxLength (32767 UTF-16 units) cut a longer value
when the user only clicked in and out, and ``max_chars`` was a UTF-16 count, so five
emoji did not fit ``max_chars=5`` (Streamlit counts characters, as Python does).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

EMOJI = "\U0001f600"  # one character, two UTF-16 units


def click_in_and_out(pilot, key: str) -> None:
    field = pilot.widget(key=key)
    field.setFocus()
    pilot.qtbot.waitUntil(field.hasFocus)
    pilot.click(label="Elsewhere")  # focus leaves the field: it commits what it shows


@pytest.mark.parametrize("kind", ["text_input", "text_area"])
@pytest.mark.parametrize("text", ["x" * 40_000, "y" * 32_767 + EMOJI, EMOJI * 20_000])
def test_a_long_value_survives_a_click_in_and_out(rerunqt_pilot, write_script, kind: str,
                                                  text: str) -> None:
    script = write_script(f"""
        import rerunqt as st
        st.{kind}("T", value={text!r}, key="t")
        st.button("Elsewhere")
    """)
    pilot = rerunqt_pilot(script)
    click_in_and_out(pilot, "t")
    assert pilot.value(key="t") == text
    pilot.type("!", key="t", clear=False, enter=False)
    pilot.click(label="Elsewhere")
    assert len(pilot.value(key="t")) == len(text) + 1


@pytest.mark.parametrize("kind", ["text_input", "text_area"])
def test_max_chars_counts_characters_not_utf16_units(rerunqt_pilot, write_script, kind: str) -> None:
    script = write_script(f"""
        import rerunqt as st
        st.{kind}("T", max_chars=5, key="t")
        st.button("Elsewhere")
    """)
    pilot = rerunqt_pilot(script)
    field = pilot.widget(key="t")
    field.setFocus()
    pilot.type(EMOJI * 4 + "ab", key="t", enter=False)
    pilot.click(label="Elsewhere")
    assert pilot.value(key="t") == EMOJI * 4 + "a"  # five characters; the sixth is refused
    if kind == "text_area":
        assert pilot.record(key="t").widget.counter.text() == "5/5"
