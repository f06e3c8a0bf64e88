"""A pandas Styler on st.table as Streamlit 1.67's static table shows it, where the browser
applies the Styler's CSS (st.dataframe's grid reads only colours and weight): its caption
under the table."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

CAPTIONS = """
import rerunqt as st, pandas as pd
df = pd.DataFrame({"a": [1.5, 2.5], "b": [3, 4]})
st.table(df.style.set_caption("Weather Conditions"))
st.table(df.style)
st.dataframe(df.style.set_caption("Not shown"), key="df")
"""


def test_a_styler_caption_is_written_under_st_table(rerunqt_pilot, write_script) -> None:
    """Streamlit writes it below the table's border, left, faded; st.dataframe shows none."""
    pilot = rerunqt_pilot(write_script(CAPTIONS))
    captioned, plain = (e.widget for e in pilot.window.renderer.find(kind="table"))
    label = captioned.caption.label
    assert label is not None and label.isVisible() and label.text() == "Weather Conditions"
    room = captioned.caption.room
    assert room > label.height() > 0
    assert captioned.height() == plain.height() + room  # the rows keep their room
    assert label.geometry().top() >= captioned.height() - room  # under the frame
    assert label.geometry().bottom() < captioned.height()
    assert plain.caption.label is None
    assert not pilot.table(key="df").findChildren(type(label), "rqCaption")
