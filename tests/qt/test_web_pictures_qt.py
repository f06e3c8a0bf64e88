"""Pictures on the web in Markdown and st.html: nothing is fetched, so each shows its alt
text, as a browser shows a picture it cannot load (chatbot-template's footer logo,
``<img src="https://..." alt="Logo" width="150">``, was a 150 px broken-page icon)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from rerunqt.qt.web_pictures import web_pictures

pytestmark = pytest.mark.qt


def test_web_pictures_become_their_alt_text_outside_code() -> None:
    tag = '<div style="text-align: center"><img src="https://e.org/l.png" alt="Logo" width="150"></div>'
    assert web_pictures(tag, True) == '<div style="text-align: center">Logo</div>'
    assert web_pictures(tag, False) == tag  # not HTML: shown as written, as in Streamlit
    badge = "[![Open in Codespaces](https://github.com/codespaces/badge.svg)](https://c.new/x)"
    assert web_pictures(badge, False) == "[Open in Codespaces](https://c.new/x)"
    assert web_pictures('![b](//x.org/y.png "title")', False) == "b"
    kept = ["`![a](https://x.org/y.png)`", "```\n![a](https://x.org/y.png)\n```",
            "![a](app/static/cat.png)", '<img src="data:image/png;base64,AAA" alt="x">']
    assert [web_pictures(text, True) for text in kept] == kept
    assert web_pictures('<IMG alt="A &amp; B" SRC="http://a.org/p">', True) == "A &amp; B"


def test_the_window_shows_the_alt_text_not_a_stretched_icon(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.markdown('<div style="text-align: center">'
                    '<img src="https://e.org/l.png" alt="Logo" width="150"></div>',
                    unsafe_allow_html=True)
        st.html('<img src="https://e.org/h.png" alt="Html logo" width="150">')
    """))
    labels = [w for w in pilot.window.findChildren(QLabel) if "Logo" in w.text() or "Html logo" in w.text()]
    assert len(labels) == 2
    for label in labels:
        assert "<img" not in label.text()
        assert label.height() < 60  # a line of text, not the 150 px icon
