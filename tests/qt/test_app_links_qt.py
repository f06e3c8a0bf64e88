"""Links to "/page" (a page's address in the app) show that page, as in Streamlit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from rerunqt.qt.adapters import extras, page_links

pytestmark = pytest.mark.qt

APP = """
import rerunqt as st
def a():
    st.title("Page A")
    st.link_button("Open B", "/b#part-two")
    st.markdown("[Secret](/secret) [Home](/) [Nowhere](/nope) [Web](https://example.org)")
def b():
    st.title("Page B")
def secret():
    st.title("Secret")
st.navigation([st.Page(a), st.Page(b), st.Page(secret, visibility="hidden")]).run()
"""


def test_links_to_app_addresses_switch_pages_and_web_links_open(
        rerunqt_pilot, write_script, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(page_links.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    monkeypatch.setattr(extras, "open_url", lambda url: opened.append(url) or True)
    pilot = rerunqt_pilot(write_script(APP))

    def follow(href: str) -> str:
        links = next(r.widget for r in pilot.window.renderer.find(kind="markdown")
                     if "/secret" in r.element.prop("body"))
        links.linkActivated.emit(href)
        return pilot.settle().texts("title")[0]

    button = next(r.widget for r in pilot.window.renderer.find(kind="link_button"))
    assert isinstance(button, QPushButton)
    button.click()
    assert pilot.settle().texts("title") == ["Page B"]
    pilot.click(label="a")
    assert follow("/secret") == "Secret"  # a hidden page is reached by its address
    pilot.click(label="a")
    pilot.click(label="b")
    page_links.follow(pilot.window, "/nope")  # no such page: the default page, as Streamlit
    assert pilot.settle().texts("title") == ["Page A"]
    assert "Page not found" in pilot.texts("toast")[0]
    assert follow("/b") == "Page B"
    pilot.click(label="a")
    assert opened == []  # nothing went to the desktop as a file
    follow("https://example.org")
    assert opened == ["https://example.org"]
