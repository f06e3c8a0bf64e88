"""Links to "#anchor" scroll the page to that heading, as Streamlit's anchors do."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from rerunqt.qt.adapters import page_links
from rerunqt.qt.adapters.page_links import anchor_of

pytestmark = pytest.mark.qt

LONG = """
import rerunqt as st
with st.sidebar:
    st.markdown("[Install](#install) · [Usage](#how-to-use) · [Notes](#notes-and-caveats)")
st.title("Guide")
for i in range(40):
    st.write(f"filler line {i}")
st.header("Install")
for i in range(40):
    st.write(f"more filler {i}")
st.subheader("Usage", anchor="how-to-use")
for i in range(40):
    st.write(f"even more {i}")
st.markdown("## Notes and caveats!")
for i in range(40):
    st.write(f"last {i}")
"""


def test_anchor_words_as_streamlit_makes_them() -> None:
    assert anchor_of("Getting started!") == "getting-started"
    assert anchor_of("**Install** `rerunqt` now") == "install-rerunqt-now"
    assert anchor_of("Überblick & Co.") == "überblick-co"


def test_a_contents_link_scrolls_the_page_to_its_heading(rerunqt_pilot, write_script, qtbot,
                                                         monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(page_links.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    pilot = rerunqt_pilot(write_script(LONG))
    window = pilot.window
    window.resize(800, 500)
    qtbot.wait(50)
    bar = window.page_scroll.verticalScrollBar()
    links = next(r.widget for r in window.renderer.find(kind="markdown")
                 if "#install" in r.element.prop("body"))
    page = window.page_scroll.widget()

    def top_of(kind: str, words: str) -> int:
        target = next(r.widget for r in window.renderer.find(kind=kind)
                      if words in r.element.prop("body"))
        return target.mapTo(page, target.rect().topLeft()).y() - bar.value()

    for href, kind, words in (("#install", "header", "Install"),
                              ("#how-to-use", "subheader", "Usage"),
                              ("#notes-and-caveats", "markdown", "Notes and caveats")):
        bar.setValue(0)
        links.linkActivated.emit(href)
        assert 0 <= top_of(kind, words) <= 40, href  # the heading is at the top of the view
    assert opened == []  # nothing went to the desktop
    links.linkActivated.emit("https://example.org")
    assert opened == ["https://example.org"]
    links.linkActivated.emit("#no-such-heading")
    assert opened[-1] == "#no-such-heading"


CURRENT = """
import rerunqt as st
def first():
    st.title("First")
def second():
    st.title("Second")
pages = [st.Page(first, title="First"), st.Page(second, title="Second")]
page = st.navigation(pages, position="hidden")
with st.sidebar:
    st.page_link(pages[0], label="To first")
    st.page_link(pages[1], label="To second")
page.run()
"""


def _shade(link) -> QColor:
    image = link.grab().toImage()
    return image.pixelColor(3, image.height() // 2)  # left of the text, inside the frame


def test_the_link_to_the_page_shown_is_shaded(rerunqt_pilot, write_script, qtbot) -> None:
    # Streamlit gives a link to the current page a grey background; the others have none
    pilot = rerunqt_pilot(write_script(CURRENT))
    first, second = pilot.widget(label="To first"), pilot.widget(label="To second")
    assert first.property("current") is True and second.property("current") is False
    assert _shade(first) != _shade(second)
    pilot.click(label="To second")
    qtbot.waitUntil(lambda: pilot.texts("title") == ["Second"])
    first, second = pilot.widget(label="To first"), pilot.widget(label="To second")
    assert first.property("current") is False and second.property("current") is True
    assert _shade(second) != _shade(first)
