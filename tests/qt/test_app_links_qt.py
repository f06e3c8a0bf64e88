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
    for i in range(60):
        st.text(f"line {i}")
    st.header("Part two")
    for i in range(60):
        st.text(f"more {i}")
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
    bar = pilot.window.page_scroll.verticalScrollBar()
    assert bar.value() > 0  # "/b#part-two": scrolled down to its heading
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


CURRENT = """
import rerunqt as st
def a():
    st.title("A")
def b():
    st.title("B")
pa, pb = st.Page(a), st.Page(b)
st.navigation([pa, pb]).run()
st.page_link(pa, label="To A")
st.page_link(pb, label="To B")
st.page_link("https://example.org", label="Web")
st.sidebar.page_link(pa, label="Side A")
st.sidebar.page_link(pb, label="Side B")
"""


def test_a_link_to_the_page_shown_is_shaded_as_in_streamlit(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(CURRENT))

    def links() -> dict[str, QPushButton]:
        return {r.element.prop("label"): r.widget
                for r in pilot.window.renderer.find(kind="page_link")}

    def shade(button: QPushButton) -> tuple[int, int, int]:
        colour = button.grab().toImage().pixelColor(3, button.height() // 2)
        return colour.red(), colour.green(), colour.blue()

    assert {k: bool(w.property("current")) for k, w in links().items()} == {
        "To A": True, "To B": False, "Web": False, "Side A": True, "Side B": False}
    assert shade(links()["To A"]) != shade(links()["To B"])
    assert shade(links()["Side A"]) != shade(links()["Side B"])  # on the sidebar's grey too
    links()["To B"].click()
    pilot.settle()
    assert pilot.texts("title") == ["B"]
    assert [bool(links()[k].property("current")) for k in ("To A", "To B")] == [False, True]
    assert shade(links()["To B"]) != shade(links()["To A"])


def test_page_links_in_the_sidebar_are_as_wide_as_the_sidebar(rerunqt_pilot, write_script) -> None:
    """Streamlit's st_page_link app: "Page links are container width in the sidebar"."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.sidebar.page_link("https://example.org", label="Side", width="content")
st.sidebar.page_link("https://example.org", label="Fixed", width=120)
st.page_link("https://example.org", label="Main")
"""))
    links = {r.element.prop("label"): r.widget for r in pilot.window.renderer.find(kind="page_link")}
    sidebar = pilot.window.sidebar
    assert links["Side"].width() > sidebar.width() * 0.7
    assert links["Fixed"].width() == 120
    assert links["Main"].width() < 150


def test_choosing_a_page_in_the_menu_leaves_the_query_string_behind(rerunqt_pilot,
                                                                     write_script) -> None:
    """Streamlit's mpa_v2_basics: /page_7?foo=bar, click page 4 -> /page_4 (no foo)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
def a():
    if st.button("Set"):
        st.query_params["foo"] = "bar"
    st.text(str(st.query_params))
def b():
    st.text(str(st.query_params))
st.navigation([st.Page(a), st.Page(b)]).run()
"""))
    pilot.click(label="Set")
    assert pilot.texts("text") == ["{'foo': 'bar'}"]
    pilot.click(label="b")
    assert pilot.texts("text") == ["{}"]
