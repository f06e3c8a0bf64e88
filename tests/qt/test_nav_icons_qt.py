"""Page icons in the navigation: every page with an icon shows one, so titles line up."""

from __future__ import annotations

import pytest

from rerunqt.qt.adapters.navigation import NavigationWidget
from rerunqt.qt.adapters.top_nav import UNKNOWN_ICON

pytestmark = pytest.mark.qt

APP = """
import rerunqt as st
def a():
    st.title("A")
def b():
    st.title("B")
def c():
    st.title("C")
st.navigation([st.Page(a, title="Dashboard", icon=":material/dashboard:"),
               st.Page(b, title="Odd", icon=":material/no_such_symbol_here:"),
               st.Page(c, title="Plain")], position=st.query_params.get("pos", "sidebar")).run()
"""


def test_a_material_icon_without_a_symbol_keeps_a_place_in_the_list(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(APP))
    widget = pilot.window.renderer.places["navigation"].widget
    assert isinstance(widget, NavigationWidget)
    listing = widget.list
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert texts == ["\u25a6  Dashboard", f"{UNKNOWN_ICON}  Odd", "Plain"]
    pilot.click(label="Odd")  # the entry is still found (and opened) by its title
    assert pilot.texts("title") == ["B"]


def _first_ink(image, rect) -> int:  # the leftmost column with a dark pixel in ``rect``
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200 and colour.lightness() < 128:
                return x
    return -1


def test_titles_drawn_as_markdown_line_up_with_plain_ones(rerunqt_pilot, write_script) -> None:
    """Streamlit's mpa_v2_title app: "1_page__2" (an underscore reads as Markdown) sat a few
    pixels left of the plain titles."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
def a():
    st.title("A")
def b():
    st.title("B")
def c():
    st.title("C")
st.navigation([st.Page(a), st.Page(b, title="1_page__2"), st.Page(c, title="plain")]).run()
"""))
    listing = pilot.window.renderer.places["navigation"].widget.list
    image = listing.viewport().grab().toImage()
    starts = [_first_ink(image, listing.visualItemRect(listing.item(row))) for row in (1, 2)]
    # (within a pixel: '1' and 'p' have their own side bearings; the bug was 3 px)
    assert abs(starts[0] - starts[1]) <= 1 and starts[0] > 0
