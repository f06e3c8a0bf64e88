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
            '<img src="data:image/png;base64,AAA" alt="x">']
    assert [web_pictures(text, True) for text in kept] == kept
    assert web_pictures('<IMG alt="A &amp; B" SRC="http://a.org/p">', True) == "A &amp; B"


def test_local_pictures_that_are_not_there_become_their_alt_text(tmp_path) -> None:
    """The knowledge base's static-file demo run without its picture: a browser shows the
    alt text of ``<img src="icone.jpg" height="333">``; Qt drew a 333 px broken icon."""
    there = tmp_path / "cat.png"
    there.write_bytes(b"png")
    kept = [f"![a]({there})", f'<img src="{there.as_uri()}" alt="x">', f"<img src='{there}'>"]
    assert [web_pictures(text, True) for text in kept] == kept
    assert web_pictures(f'<img src="{tmp_path / "icone.jpg"}" height="333">', True) == ""
    assert web_pictures("[![Click me](./app/static/icone.jpg)](https://streamlit.io)", False) \
        == "[Click me](https://streamlit.io)"
    assert web_pictures(f"<img alt='b' src='{(tmp_path / 'no.png').as_uri()}'>", True) == "b"


def test_the_window_shows_the_alt_text_not_a_stretched_icon(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.markdown('<div style="text-align: center">'
                    '<img src="https://e.org/l.png" alt="Logo" width="150"></div>',
                    unsafe_allow_html=True)
        st.html('<img src="https://e.org/h.png" alt="Html logo" width="150">')
        st.markdown('<img src="not-here.jpg" alt="Local logo" height="333">', unsafe_allow_html=True)
    """))
    labels = [w for w in pilot.window.findChildren(QLabel) if "Logo" in w.text() or " logo" in w.text()]
    assert len(labels) == 3
    for label in labels:
        assert "<img" not in label.text()
        assert label.height() < 60  # a line of text, not the 150 px icon
