"""A disabled widget looks disabled, as in Streamlit 1.67: its label and its text are
drawn in the faded text colour (Streamlit's ``fadedText40``), not the body text colour."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from rerunqt.qt.adapters.base import LabelledField

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
for off in (False, True):
    st.text_input("Name", "Some text", key=f"text{off}", disabled=off)
    st.number_input("Count", value=12, key=f"number{off}", disabled=off)
    st.multiselect("Tags", ["a", "b"], key=f"tags{off}", disabled=off)
    st.checkbox("Box", key=f"box{off}", disabled=off)
    st.toggle("Switch", key=f"switch{off}", disabled=off)
"""


def darkest(widget: QWidget) -> int:
    """The value (0 black .. 255 white) of the darkest pixel shown: the text's."""
    image = widget.grab().toImage()
    colours = (image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width()))
    return min(colour.value() for colour in colours if colour.alpha() > 128)  # (not see-through)


@pytest.fixture
def pilot(rerunqt_pilot, write_script):
    pilot = rerunqt_pilot(write_script(SCRIPT))
    pilot.window.resize(700, 900)
    pilot.settle()
    return pilot


@pytest.mark.parametrize("name", ["text", "number", "tags"])
def test_a_disabled_fields_label_is_faded(pilot, name: str) -> None:
    labels = []
    for off in (False, True):
        field = pilot.record(key=f"{name}{off}").widget
        assert isinstance(field, LabelledField)
        labels.append(darkest(field.label))
    assert labels[0] < 100 < 150 < labels[1], labels


@pytest.mark.parametrize("name", ["text", "number", "box", "switch"])
def test_a_disabled_widgets_text_is_faded(pilot, name: str) -> None:
    shown = [darkest(pilot.widget(key=f"{name}{off}")) for off in (False, True)]
    assert shown[0] < 100 < 140 < shown[1], shown


def test_a_disabled_chat_inputs_attach_button_is_faded(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        for off in (False, True):
            st.container().chat_input("Say", accept_file=True, key=f"chat{off}", disabled=off)
    """))
    pilot.settle()
    shown = [darkest(pilot.record(key=f"chat{off}").widget.attach) for off in (False, True)]
    assert shown[0] < 100 < 140 < shown[1], shown
