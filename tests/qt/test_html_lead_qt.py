"""An HTML block's margin-top at the start of st.markdown / st.html (a centred footer,
``<div style="text-align: center; margin-top: 50px;">``, chatbot-template's): a browser
keeps the gap above it; Qt's rich text drops a document's first top margin."""

from __future__ import annotations

import pytest

from rerunqt.core.html_lead import leading_margin

pytestmark = pytest.mark.qt


def test_the_opening_block_s_top_margin_in_pixels() -> None:
    assert leading_margin('<div style="text-align: center; margin-top: 50px;">x</div>') == 50
    assert leading_margin("\n <p style='margin: 2rem 0 0'>x</p>") == 32
    assert leading_margin('<div style="margin:0 auto">x</div>') == 0
    assert leading_margin('<div style="margin-top: -20px">x</div>') == 0
    assert leading_margin('Text <div style="margin-top: 50px">x</div>') == 0  # not opening
    assert leading_margin('<span style="margin-top: 50px">x</span>') == 0  # inline


def test_the_window_keeps_the_gap_above_the_block(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.write("above")
        st.markdown('<div style="text-align: center; margin-top: 50px;">Footer</div>',
                    unsafe_allow_html=True)
        st.html('<p style="margin-top: 40px">Html</p>')
        st.markdown('<div style="margin-top: 50px;">Shown as written</div>')
        st.text('<div style="margin-top: 50px;">plain</div>')
    """))
    labels = {r.element.kind + str(i): r.widget for i, r in enumerate(
        pilot.window.renderer.find(kind="markdown") + pilot.window.renderer.find(kind="html")
        + pilot.window.renderer.find(kind="text"))}
    tops = sorted(w.contentsMargins().top() for w in labels.values())
    assert tops == [0, 0, 0, 40, 50]


def test_a_heading_keeps_its_padding_when_its_text_changes(rerunqt_pilot, write_script) -> None:
    """The data-explorer tutorial's ``st.subheader('Map of all pickups at %s:00' % hour)``:
    a new text dropped the heading's stylesheet padding (the rule that takes an HTML
    margin's gap back), so the heading and all below jumped up at each slider move."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        n = st.number_input("n", 0, 10, 0)
        st.header(f"Section {n}")
        st.subheader(f"Map at {n}:00")
        st.markdown('<div style="margin-top: 30px">Gap</div>' if n == 0 else "No gap",
                    unsafe_allow_html=True)
    """))

    def tops() -> list[int]:
        return [pilot.record(kind=kind).widget.contentsMargins().top()
                for kind in ("header", "subheader", "markdown")]

    first = tops()
    assert first[0] > 0 and first[1] > 0 and first[2] == 30
    pilot.set_value(1, label="n")
    assert tops() == [first[0], first[1], 0]  # an HTML margin's gap goes with its HTML
