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
