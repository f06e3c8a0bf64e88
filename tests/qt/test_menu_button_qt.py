"""st.menu_button in a real window: a choice from the menu is one run with that option."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
choice = st.menu_button("Export", ["CSV", "PDF"], key="export")
st.write(repr(choice))
"""


def test_choosing_from_the_menu_reruns_once_with_the_option(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    button = pilot.widget(key="export")
    assert [a.text() for a in button.menu().actions()] == ["CSV", "PDF"]
    runs = pilot.window.session.run_count
    button.menu().actions()[1].trigger()
    pilot.settle()
    assert pilot.texts("markdown") == ["'PDF'"]
    assert pilot.window.session.run_count == runs + 1
    pilot.rerun()
    assert pilot.texts("markdown") == ["None"]  # the choice lasted one run


MENU_ICONS = """
import rerunqt as st
st.menu_button(":material/more_vert:", ["A", "B"], key="dots")
st.menu_button("Actions", ["A", "B"], key="words")
st.menu_button(":material/menu:", ["A", "B"], icon=":material/edit:", key="with_icon")
with st.popover(":material/more_horiz:"):
    st.write("inside")
with st.popover("More"):
    st.write("inside too")
"""


def test_a_lone_menu_icon_label_has_no_chevron(rerunqt_pilot, write_script) -> None:
    """As in Streamlit 1.67, "☰" / "⋮" / "⋯" labels (no icon=) say "menu" without a chevron."""
    pilot = rerunqt_pilot(write_script(MENU_ICONS))
    dots, words = pilot.widget(key="dots"), pilot.widget(key="words")
    assert dots.property("chevron") is False and words.property("chevron") is True
    assert pilot.widget(key="with_icon").property("chevron") is True
    plain = dots.sizeHint().width()
    words.setText(dots.text())  # the same text: only the indicator differs
    assert words.sizeHint().width() > plain
    from rerunqt.qt.adapters.popover import CHEVRON, Popover

    popovers = pilot.window.findChildren(Popover)
    assert [p.text().endswith(CHEVRON) for p in popovers] == [False, True]


def test_options_show_their_markdown_not_its_source(rerunqt_pilot, write_script) -> None:
    """An option is read as a Streamlit label: a leading icon's symbol, emphasis drawn."""
    pilot = rerunqt_pilot(write_script(
        'import rerunqt as st\n'
        'st.menu_button("Go", [":material/edit: Edit", "**Bold**", "R&D", ":red[Stop]"], key="m")\n'))
    menu = pilot.widget(key="m").menu()
    from rerunqt.core.label_words import ICON_GAP
    from rerunqt.core.md_symbols import MATERIAL_SYMBOLS

    edit = MATERIAL_SYMBOLS["edit"]
    assert [a.text() for a in menu.actions()] == [f"{edit}{ICON_GAP}Edit", "Bold", "R&&D", "Stop"]
    assert menu.sources == {"Bold": "**Bold**", "Stop": ":red[Stop]"}
