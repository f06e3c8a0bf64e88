"""Multipage apps in a real window: the page list, page tabs, links, keys, the title."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import DEMOS
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from rerunqt.qt.adapters.navigation import NavigationWidget

pytestmark = pytest.mark.qt
MULTIPAGE = DEMOS / "multipage" / "Home.py"


def nav(pilot) -> NavigationWidget:
    widget = pilot.window.renderer.places["navigation"].widget
    assert isinstance(widget, NavigationWidget)
    return widget


def title(pilot) -> str:
    return pilot.texts("title")[0]


def test_the_sidebar_lists_the_pages_and_a_click_opens_one(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(MULTIPAGE)
    listing = nav(pilot).list
    assert pilot.window.sidebar.isVisible() and listing.isVisible()
    assert [listing.item(i).text() for i in range(listing.count())] == ["Home", "Counter", "Sign up"]
    assert pilot.window.windowTitle() == "Home"
    pilot.click(label="Counter")
    assert title(pilot) == "Counter" and pilot.window.windowTitle() == "Counter"
    assert listing.currentItem().text() == "Counter"


def test_counter_and_half_filled_form_survive_page_switches(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(MULTIPAGE)
    pilot.click(label="Counter")
    pilot.click(label="Increment").click(label="Increment")
    pilot.click(label="Sign up")
    pilot.type("Ann", label="Name")
    assert pilot.texts("caption")[-1] == "The counter on the other page is at 2."
    pilot.click(label="Home")
    pilot.click(label="Sign up")
    assert pilot.widget(label="Name").text() == "Ann"
    pilot.click(label="Counter")
    assert pilot.window.session.state["count"] == 2


def test_the_page_list_works_from_the_keyboard(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(MULTIPAGE)
    listing = nav(pilot).list
    assert listing.accessibleName() == "Pages"
    assert listing.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Home, current page"
    listing.setFocus()
    pilot.qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert title(pilot) == "Home"  # arrows only move
    pilot.qtbot.keyClick(listing, Qt.Key.Key_Return)
    pilot.settle()
    assert title(pilot) == "Counter"
    pilot.qtbot.keyClick(listing, Qt.Key.Key_Down)
    pilot.qtbot.keyClick(listing, Qt.Key.Key_Space)
    pilot.settle()
    assert title(pilot) == "Sign up"


def test_ctrl_page_down_and_up_move_between_pages(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(MULTIPAGE)
    window = pilot.window
    window.activateWindow()
    pilot.qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    pilot.settle()
    assert title(pilot) == "Counter"
    pilot.qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    pilot.qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    pilot.settle()
    assert title(pilot) == "Sign up"  # wraps around


def test_page_links_and_switch_page_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(MULTIPAGE)
    pilot.click(label="Go to the counter")
    assert title(pilot) == "Counter"
    pilot.click(label="Done: back home")  # st.switch_page in the script
    assert title(pilot) == "Home" and nav(pilot).list.currentItem().text() == "Home"


def test_a_web_link_opens_the_browser(rerunqt_pilot, write_script, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.page_link("https://example.com/docs", label="Docs", help="The manual")
    """))
    runs = pilot.window.session.state["runs"]
    pilot.click(label="Docs")
    assert opened == ["https://example.com/docs"]
    assert pilot.window.session.state["runs"] == runs  # no rerun
    assert pilot.widget(label="Docs").toolTip() == "The manual"


def test_top_navigation_is_a_row_of_tabs(rerunqt_pilot, tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import rerunqt as st
        def one():
            st.title("One")
        def two():
            st.title("Two")
        st.navigation({"A": [st.Page(one)], "B": [st.Page(two, title="Second")]},
                      position="top").run()
    """))
    pilot = rerunqt_pilot(tmp_path / "app.py")
    widget = nav(pilot)
    assert widget.tabs.isVisible() and not pilot.window.sidebar.isVisible()
    assert [widget.tabs.tabText(i) for i in range(widget.tabs.count())] == ["one", "Second"]
    pilot.click(label="Second")
    assert title(pilot) == "Two" and pilot.window.windowTitle() == "Second"
    assert widget.tabs.currentIndex() == 1


def test_hidden_navigation_shows_nothing(rerunqt_pilot, tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import rerunqt as st
        def one():
            st.title("One")
        st.navigation([st.Page(one), st.Page(one, title="Two", url_path="two")],
                      position="hidden").run()
    """))
    pilot = rerunqt_pilot(tmp_path / "app.py")
    assert not nav(pilot).isVisible() and not pilot.window.sidebar.isVisible()
    assert title(pilot) == "One"


def test_a_long_page_list_is_collapsed_until_view_more(qtbot) -> None:
    from rerunqt.qt.adapters.navigation import NavigationWidget as Widget

    events = []
    widget = Widget(events.append)
    qtbot.addWidget(widget)
    pages = tuple((f"p{i}", f"Page {i}", None, "", None, True) for i in range(14))
    props = {"pages": pages, "current": "p12", "position": "sidebar", "expanded": False}
    widget.set_props(props)
    widget.show()
    listing = widget.list
    shown = [listing.item(i).text() for i in range(listing.count()) if not listing.isRowHidden(i)]
    assert shown == [f"Page {i}" for i in range(10)] + ["Page 12"]  # the current page stays
    assert widget.more_button.isVisible() and widget.more_button.text() == "View 4 more"
    qtbot.mouseClick(widget.more_button, Qt.MouseButton.LeftButton)
    assert not any(listing.isRowHidden(i) for i in range(listing.count()))
    widget.set_props({**props, "expanded": True})
    assert not widget.more_button.isVisible()
    widget.step(1)
    assert events[-1].value == "p13"


def test_live_reload_watches_the_page_files(rerunqt_pilot, tmp_path: Path, qtbot) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text("import rerunqt as st\nst.title('Home')\n")
    page = tmp_path / "pages" / "1_Other.py"
    page.write_text("import rerunqt as st\nst.title('Other v1')\n")
    pilot = rerunqt_pilot(tmp_path / "app.py", options={"runner.runOnSave": True})
    pilot.click(label="Other")
    assert title(pilot) == "Other v1"
    page.write_text("import rerunqt as st\nst.title('Other, saved again')\n")
    qtbot.waitUntil(lambda: pilot.texts("title") == ["Other, saved again"], timeout=5000)


def test_the_page_list_has_no_frame_and_a_focus_ring_only_with_focus(rerunqt_pilot, qtbot) -> None:
    """A stylesheet selector with the pseudo-state before the item (":focus::item") drew a
    primary-colour frame round the whole list from the first paint; the ring belongs to
    the selected page while the list has the keyboard focus."""
    pilot = rerunqt_pilot(MULTIPAGE)
    listing = nav(pilot).list
    primary = "#ff4b4b"

    def reds() -> int:
        image = listing.grab().toImage()
        return sum(image.pixelColor(x, y).name() == primary
                   for x in range(image.width()) for y in range(image.height()))

    assert not listing.hasFocus() and reds() == 0
    pilot.window.activateWindow()
    listing.setFocus()
    qtbot.waitUntil(listing.hasFocus, timeout=2000)
    assert reds() > 20  # the selected page's ring


def test_a_web_page_in_the_navigation_opens_the_browser_and_the_page_stays(
        rerunqt_pilot, write_script, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        def home():
            st.title("Home")
        st.navigation([st.Page(home, title="Home"),
                       st.Page("https://docs.streamlit.io", title="Streamlit Docs",
                               icon=":material/open_in_new:")]).run()
    """))
    listing = nav(pilot).list
    assert [listing.item(i).text()[-14:] for i in range(listing.count())] == [
        "Home", "Streamlit Docs"]
    pilot.click(label="Streamlit Docs")
    assert opened == ["https://docs.streamlit.io"]
    assert title(pilot) == "Home" and listing.currentItem().text() == "Home"
