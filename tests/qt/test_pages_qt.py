"""Multipage apps in a real window: the page list, page tabs, links, keys, the title."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import DEMOS
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDesktopServices

from rerunqt.core.navigation import clicked_page
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


TOP = """
import rerunqt as st
def home():
    st.title("Home")
def create():
    st.title("Create")
def manage():
    st.title("Manage")
def learn():
    st.title("Learn")
def trial():
    st.title("Trial")
st.navigation({"Your account": [st.Page(create, title="Create your account"),
                                st.Page(manage, title="Manage your account")],
               "": [st.Page(home, title="Home", default=True)],
               "Resources": [st.Page(learn, title="Learn about us"),
                             st.Page(trial, title="Try it out")]}, position="top").run()
"""


def top_bar(pilot) -> list[tuple[str, list[str]]]:
    """(button text, its menu's entries) of the top bar's visible buttons."""
    top = nav(pilot).top
    return [(b.text(), [a.text() for a in b.menu().actions()] if b.menu() else [])
            for b in (*top.buttons, top.overflow) if b.isVisible()]


def pick_from_menu(pilot, open_it, *keys) -> None:
    """Open a menu from the keyboard (Qt's menu blocks in its own loop), press ``keys`` in it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    def keys_in_menu() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            QTimer.singleShot(10, keys_in_menu)
            return
        for key in keys:
            pilot.qtbot.keyClick(popup, key)

    QTimer.singleShot(0, keys_in_menu)
    open_it()
    pilot.settle()


def test_top_navigation_sections_are_drop_down_menus(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67: pages outside a section first, as plain entries; each section a
    menu of its pages (rerunqt made the sections one flat row of tabs)."""
    pilot = rerunqt_pilot(write_script(TOP))
    top = nav(pilot).top
    assert top.isVisible() and not pilot.window.sidebar.isVisible()
    assert top_bar(pilot) == [("Home", []),
                              ("Your account", ["Create your account", "Manage your account"]),
                              ("Resources", ["Learn about us", "Try it out"])]
    home, account, resources = top.buttons
    assert home.isChecked() and home.property("current")
    pilot.click(label="Manage your account")  # the section's button, then the menu's entry
    assert title(pilot) == "Manage" and pilot.window.windowTitle() == "Manage your account"
    assert account.property("current") and account.accessibleName() == (
        "Your account, current section")
    assert [a.isChecked() for a in account.menu().actions()] == [False, True]
    assert not home.isChecked() and not resources.property("current")
    pilot.click(label="Home")
    assert title(pilot) == "Home" and not account.property("current")


def test_top_navigation_works_from_the_keyboard(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(TOP))
    home, account, resources = nav(pilot).top.buttons
    pilot.window.activateWindow()
    home.setFocus()
    qtbot.waitUntil(home.hasFocus)
    qtbot.keyClick(home, Qt.Key.Key_Tab)
    assert account.hasFocus()  # Tab reaches the section's button
    qtbot.keyClick(account, Qt.Key.Key_Right)
    assert resources.hasFocus()
    # Enter opens the menu; arrows move, Enter picks
    pick_from_menu(pilot, lambda: qtbot.keyClick(resources, Qt.Key.Key_Return),
                   Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return)
    assert title(pilot) == "Trial" and resources.property("current")
    # the same buttons: Qt gives the focus back to the one the menu dropped from
    assert nav(pilot).top.buttons == [home, account, resources]
    pick_from_menu(pilot, lambda: qtbot.keyClick(resources, Qt.Key.Key_Space),
                   Qt.Key.Key_Down, Qt.Key.Key_Return)
    assert title(pilot) == "Learn"
    pick_from_menu(pilot, lambda: qtbot.keyClick(account, Qt.Key.Key_Down,
                                                 Qt.KeyboardModifier.AltModifier),
                   Qt.Key.Key_Down, Qt.Key.Key_Return)
    assert title(pilot) == "Create"
    pilot.window.activateWindow()  # offscreen, a closed menu leaves no window active
    account.setFocus()
    qtbot.waitUntil(account.hasFocus)
    qtbot.keyClick(account, Qt.Key.Key_Left)
    assert home.hasFocus()
    qtbot.keyClick(home, Qt.Key.Key_Return)
    pilot.settle()
    assert title(pilot) == "Home" and home.isChecked() and home.hasFocus()


def test_a_narrow_window_reaches_every_page_through_n_more(rerunqt_pilot, write_script,
                                                           qtbot) -> None:
    """Streamlit's top bar moves the entries that do not fit into an "N more" menu."""
    pilot = rerunqt_pilot(write_script(TOP))
    top = nav(pilot).top
    pilot.window.resize(360, 600)
    qtbot.waitUntil(lambda: top.overflow.isVisible())
    shown = top_bar(pilot)
    assert shown[0] == ("Home", []) and len(shown) < 4
    more = top.overflow.menu().actions()
    in_more = [a.text() for a in more if a.isCheckable()]
    headers = [a.text() for a in more if not a.isCheckable()]
    assert shown[-1][0] == f"{len(in_more)} more" and "Resources" in headers  # sections named
    in_bar = [entry for _, entries in shown[1:-1] for entry in entries]
    assert sorted(in_bar + in_more) == ["Create your account", "Learn about us",
                                        "Manage your account", "Try it out"]
    assert all(b.geometry().right() <= top.width() for b in top.focus_widgets())
    pilot.click(label="Try it out")
    assert title(pilot) == "Trial" and top.overflow.property("current")
    pilot.window.resize(1100, 600)
    qtbot.waitUntil(lambda: not top.overflow.isVisible())
    assert [text for text, _ in top_bar(pilot)] == ["Home", "Your account", "Resources"]


@pytest.mark.parametrize(("count", "pages", "shown"), [(5, 8, 5), (5, 7, 7), (3, 14, 3)])
def test_expanded_as_a_number_is_how_many_pages_the_collapsed_list_shows(
        qtbot, count: int, pages: int, shown: int) -> None:
    """Streamlit 1.67: ``expanded=5`` shows five pages and "View N more" when at least
    three more would be hidden (seven pages: all shown)."""
    from rerunqt.qt.adapters.navigation import NavigationWidget as Widget

    widget = Widget(lambda event: None)
    qtbot.addWidget(widget)
    widget.set_sidebar_elements(True)  # Streamlit collapses only above sidebar content
    entries = tuple((f"p{i}", f"Page {i}", None, "", None, True) for i in range(pages))
    widget.set_props({"pages": entries, "current": "p0", "position": "sidebar",
                      "expanded": count})
    widget.show()
    listing = widget.list
    visible = [listing.item(i).text() for i in range(listing.count()) if not listing.isRowHidden(i)]
    assert visible == [f"Page {i}" for i in range(shown)]
    collapsed = shown < pages
    assert widget.more_button.isVisible() == collapsed
    if collapsed:
        assert widget.more_button.text() == f"View {pages - shown} more"
        qtbot.mouseClick(widget.more_button, Qt.MouseButton.LeftButton)
        assert not any(listing.isRowHidden(i) for i in range(listing.count()))
        assert widget.more_button.text() == "View less"


def test_top_bar_section_titles_show_their_markdown(rerunqt_pilot, write_script, qtbot) -> None:
    """Streamlit 1.67: section labels are Markdown like a page title (bold, icons, colours);
    rerunqt showed them as written ("**Admin** :red[zone]")."""
    from rerunqt.qt.markdown_html import TEXT

    pilot = rerunqt_pilot(write_script(textwrap.dedent("""
        import rerunqt as st
        def home():
            st.title("Home")
        def a():
            st.title("A")
        def b():
            st.title("B")
        st.navigation({"": [st.Page(home, title="Home")],
                       "**Admin** :red[zone]": [st.Page(a, title="Alpha")],
                       "**Bold**": [st.Page(b, title="Beta")]}, position="top").run()
    """)))
    pilot.window.resize(1000, 600)
    pilot.settle()
    top = nav(pilot).top
    admin, bold = top.buttons[1:]
    assert admin.text() == "Admin zone" and bold.text() == "Bold"
    assert bold.font().bold() and bold.accessibleName() == "Bold"
    image = admin.grab().toImage()
    red = QColor(TEXT[False]["red"]).rgb()
    assert sum(image.pixel(x, y) == red for y in range(image.height())
               for x in range(image.width())) > 10  # "zone" in red
    pilot.click(label="Alpha")
    assert title(pilot) == "A" and admin.accessibleName() == "Admin zone, current section"


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
    widget.set_sidebar_elements(True)  # Streamlit collapses only above sidebar content
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
    assert events[-1].value == clicked_page("p13")  # a click: the query string is left behind


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


MARKDOWN_TITLES = """
    import rerunqt as st
    def home():
        st.title("Home")
    def a():
        st.title("A")
    st.navigation({"": [st.Page(home, title="**Home** :material/home:")],
                   "**Admin** :red[zone]": [st.Page(a, title="Plain :red[Alpha]")]},
                  position=POSITION).run()
"""


def _red_pixels(image) -> int:
    from rerunqt.qt.markdown_html import TEXT

    red = QColor(TEXT[False]["red"]).rgb()
    return sum(image.pixel(x, y) == red for y in range(image.height())
               for x in range(image.width()))


def test_sidebar_page_and_section_titles_show_their_markdown(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 renders a page title's Markdown in the page list (bold, colours,
    :material/...: icons); rerunqt listed "**Home** :material/home:" as written."""
    pilot = rerunqt_pilot(write_script(textwrap.dedent(MARKDOWN_TITLES).replace(
        "POSITION", '"sidebar"')))
    listing = nav(pilot).list
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert texts == ["Home ⌂", "Admin zone", "Plain Alpha"]
    assert listing.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Home ⌂, current page"
    assert listing.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == "Section Admin zone"
    for row in (1, 2):  # the section's and the page's red words are drawn red
        rect = listing.visualItemRect(listing.item(row))
        assert _red_pixels(listing.viewport().grab(rect).toImage()) > 10
    pilot.click(label="Plain :red[Alpha]")
    assert title(pilot) == "A"
    pilot.click(label="Home ⌂")
    assert title(pilot) == "Home"


def test_top_bar_page_titles_show_their_markdown(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(textwrap.dedent(MARKDOWN_TITLES).replace(
        "POSITION", '"top"')))
    pilot.window.resize(1000, 600)
    pilot.settle()
    top = nav(pilot).top
    home, admin = top.buttons
    assert home.text() == "Home ⌂" and home.font().bold()
    assert home.accessibleName() == "Home ⌂, current page"
    assert [a.text() for a in admin.menu().actions()] == ["Plain Alpha"]
    pilot.click(label="Plain :red[Alpha]")
    assert title(pilot) == "A"


def test_entries_in_n_more_keep_the_colours_of_their_titles(rerunqt_pilot, write_script, qtbot) -> None:
    """An entry moved into "N more" (or a section's menu) draws its title's Markdown as the bar
    does: here the colour of ``:red[...]``, which the menu used to drop."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        def page():
            st.write("page")
        titles = [":red[Alpha]", "Bravo page", "Charlie page", "Delta page", ":red[Omega] end"]
        pages = [st.Page(page, title=t, url_path=f"p{i}") for i, t in enumerate(titles)]
        st.navigation({"": pages[:4], "Last": pages[4:]}, position="top").run()
        """))
    top = nav(pilot).top
    pilot.window.resize(360, 600)
    qtbot.waitUntil(lambda: top.overflow.isVisible())
    menu = top.overflow.menu()
    [omega] = [a for a in menu.actions() if a.isCheckable() and "Omega" in a.text()]
    menu.popup(top.overflow.mapToGlobal(top.overflow.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    image = menu.grab().toImage()
    rect = menu.actionGeometry(omega)

    def reddish(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return colour.red() > 150 and colour.green() < 110 and colour.blue() < 110

    red = [x for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom())
           if reddish(x, y)]
    assert red, "the moved entry's coloured words are drawn in their colour"
    assert max(red) - min(red) < menu.fontMetrics().horizontalAdvance("Omega end") * 0.75  # only "Omega"
    menu.hide()


def test_a_long_page_list_collapses_only_above_sidebar_elements(rerunqt_pilot, write_script,
                                                                qtbot) -> None:
    """Streamlit 1.67 (mpa_v2_basics): 13 pages and no sidebar content (a logo is none) show
    every page; "View 3 more" appears once the sidebar holds an element under the list."""
    pilot = rerunqt_pilot(write_script("""
import numpy as np
import rerunqt as st
st.logo(np.zeros((4, 8), dtype=np.uint8))
def page():
    st.write("page")
pages = [st.Page(page, title=f"Page {i}", url_path=f"p{i}") for i in range(13)]
if st.checkbox("Show sidebar elements"):
    st.sidebar.write("Sidebar content")
st.navigation(pages).run()
"""))
    widget = nav(pilot)
    listing = widget.list
    assert not any(listing.isRowHidden(i) for i in range(listing.count()))
    assert not widget.more_button.isVisible()
    pilot.click(label="Show sidebar elements")
    qtbot.waitUntil(widget.more_button.isVisible)
    assert widget.more_button.text() == "View 3 more"
    assert sum(not listing.isRowHidden(i) for i in range(listing.count())) == 10


def test_page_icons_of_community_apps_are_shown(rerunqt_pilot, write_script) -> None:
    """Material icons that community apps give their pages (a releases demo's
    :material/local_library: and :material/handyman:) show a symbol before the title, as
    every page has its icon in Streamlit; they showed nothing, the titles out of line."""
    pilot = rerunqt_pilot(write_script(textwrap.dedent("""
        import rerunqt as st
        def home():
            st.title("Home")
        def about():
            st.title("About")
        st.navigation([st.Page(home, title="Home", icon=":material/home:"),
                       st.Page(about, title="About", icon=":material/local_library:"),
                       st.Page(about, title="Tools", icon=":material/handyman:",
                               url_path="tools")]).run()
    """)))
    listing = nav(pilot).list
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert texts == ["⌂  Home", "\U0001F4DA  About", "\U0001F6E0  Tools"]


def test_a_slow_page_does_not_show_the_old_pages_elements(rerunqt_pilot, tmp_path: Path,
                                                          qtbot, monkeypatch) -> None:
    """Switching pages clears the old page at once, as Streamlit does (its PR 4517): while
    the new page still runs, the old page's elements are not left faded under it."""
    import sys
    import threading
    import types

    from rerunqt.qt.navigation import navigation_target

    gate = types.ModuleType("page_gate")
    gate.opened = threading.Event()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "page_gate", gate)
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text("import rerunqt as st\nst.title('Home')\n"
                                     "st.button('Home button')\nst.sidebar.text('home side')\n")
    (tmp_path / "pages" / "1_Slow.py").write_text(
        "import rerunqt as st, page_gate\nst.title('Slow')\n"
        "while not page_gate.opened.wait(0.01):\n    pass\nst.text('done')\n")
    pilot = rerunqt_pilot(tmp_path / "app.py")
    assert pilot.window.renderer.find(label="Home button")
    page = navigation_target(pilot.window, "Slow")
    assert page is not None
    qtbot.mouseClick(page.widget, Qt.MouseButton.LeftButton, pos=page.point)
    try:
        qtbot.waitUntil(lambda: "Slow" in pilot.texts("title"), timeout=10000)
        kinds = [e.kind for e in pilot.window.renderer.shown]
        assert "button" not in kinds and "navigation" in kinds
        assert not pilot.window.renderer.find(label="Home button")
    finally:
        gate.opened.set()
    pilot.settle()
    assert pilot.texts("text") == ["done"]
