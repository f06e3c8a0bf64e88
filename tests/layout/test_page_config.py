"""st.set_page_config: checked arguments, and what it does to a real window."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def test_the_last_call_wins_argument_by_argument() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.set_page_config(page_title="First", layout="wide")
        st.text("x")
        st.set_page_config(page_title="Second")
    """).run()
    config = at.page_config[0]
    assert (config.page_title, config.layout) == ("Second", "wide")


@pytest.mark.parametrize("call, message", [
    ("layout='full'", "Invalid `layout` value. Supported values: 'centered', 'wide'."),
    ("initial_sidebar_state='open'", "Invalid `initial_sidebar_state` value. Supported values: 'auto', "
     "'expanded', 'collapsed', 'locked', a positive integer (width in pixels). Got 'open'."),
    ("menu_items={'Help me': 'https://x.org'}", '"Help me" is not a valid key for menu_items'),
    ("menu_items={'Get help': 'not a url'}", "not a valid URL"),
    # a Material icon written wrong raises, as in Streamlit 1.67 (it was taken as a title icon)
    ("page_icon=':material/home'", "is not a valid Material icon"),
    ("page_icon=':material/Home:'", "is not a valid Material icon"),
])
def test_bad_arguments_are_errors_that_name_them(call: str, message: str) -> None:
    at = AppTest.from_string(f"import rerunqt as st\nst.set_page_config({call})\n").run()
    assert message in at.exception[0].message


@pytest.mark.qt
@pytest.mark.parametrize("icon, text", [(":shark:", "\U0001F988"), (":material/home:", "\u2302"),
                                        ("🧪", "🧪"), ("random", None), ("favicon.ico", None)])
def test_a_short_code_page_icon_draws_its_emoji(qtbot, icon: str, text: str | None) -> None:
    """page_icon=":shark:" (Streamlit's own e2e app) or ":material/home:" is the emoji or
    symbol it names, as Streamlit's favicon; the window got no icon (a file named ":shark:")."""
    from rerunqt.qt.page_config import icon_for, icon_text

    if icon != "random":
        assert icon_text(icon) == text
    if text is not None or icon == "random":
        assert icon_text(icon) and not icon_for(icon).isNull()


@pytest.mark.qt
def test_title_icon_and_menu_reach_the_window(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.set_page_config(page_title="My tool", page_icon="🧪",
                   menu_items={"About": "**My tool** 1.0", "Get help": "https://example.org"})
st.text("x")
"""))
    window = pilot.window
    assert window.windowTitle() == "My tool"
    assert not window.windowIcon().isNull()
    page_icon = window.windowIcon().cacheKey()
    from rerunqt.qt.app import ICON_DELAY_MS

    qtbot.wait(ICON_DELAY_MS + 100)  # rerunqt's default icon comes then: it keeps the page's
    assert window.windowIcon().cacheKey() == page_icon
    assert window.help_menu.menuAction().isVisible()
    # the page's entries, then rerunqt's own About below a separator
    texts = [a.text() for a in window.help_menu.actions() if a.isVisible()]
    assert texts == ["About this app", "Get help", "", "About rerunqt"]


@pytest.mark.qt
@pytest.mark.parametrize("layout, narrow", [("centered", True), ("wide", False)])
def test_centered_keeps_fields_at_a_readable_width(rerunqt_pilot, write_script, layout: str,
                                                    narrow: bool) -> None:
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
st.set_page_config(layout="{layout}")
st.text_input("Name", key="name")
"""))
    pilot.window.resize(1400, 700)
    pilot.settle()
    field = pilot.widget(key="name")
    assert (field.width() <= 736) is narrow
    if not narrow:
        assert field.width() > 1100


@pytest.mark.qt
def test_centered_page_follows_each_resize_of_the_window(rerunqt_pilot, write_script) -> None:
    """The page is centred again after every resize, wider or narrower (the scroll area's
    viewport reports its size; no event filter on it)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.set_page_config(layout="centered")
st.text_input("Name", key="name")
"""))
    viewport = pilot.window.page_scroll.viewport()
    for width in (1400, 1000, 1600):
        pilot.window.resize(width, 700)
        pilot.settle()
        field = pilot.widget(key="name")
        left = field.mapTo(viewport, field.rect().topLeft()).x()
        right = viewport.width() - (left + field.width())
        assert abs(left - right) <= 2, (width, left, right)


@pytest.mark.qt
def test_initial_sidebar_state_collapsed_starts_collapsed_once(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.set_page_config(initial_sidebar_state="collapsed")
st.sidebar.text("side")
st.button("Rerun me")
"""))
    sidebar = pilot.window.sidebar
    assert not sidebar.isVisible()
    sidebar.toggle_action.trigger()
    pilot.click(label="Rerun me")
    assert sidebar.isVisible()  # the user's choice wins after the start


@pytest.mark.qt
def test_an_int_initial_sidebar_state_is_the_sidebar_s_start_width(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67's initial_sidebar_state=450: the sidebar opens 450 px wide (it kept
    its 300 px); a drag afterwards is the user's."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.set_page_config(initial_sidebar_state=450)
st.sidebar.text("side")
st.button("Rerun me")
"""))
    pilot.window.resize(1300, 600)
    sidebar = pilot.window.sidebar
    assert sidebar.isVisible() and sidebar.width() == 450
    splitter = sidebar.parentWidget()
    splitter.setSizes([350, sum(splitter.sizes()) - 350])
    pilot.click(label="Rerun me")
    assert sidebar.width() == 350


@pytest.mark.qt
def test_a_locked_sidebar_is_open_and_cannot_be_collapsed(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67's initial_sidebar_state="locked" (it raised "must be auto...")."""
    at = AppTest.from_string('import rerunqt as st\nst.set_page_config(initial_sidebar_state="locked")'
                             '\nst.sidebar.text("side")').run()
    assert not at.exception and at.page_config[0].initial_sidebar_state == "locked"
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.set_page_config(initial_sidebar_state="locked")
st.sidebar.text("side")
st.button("Rerun me")
"""))
    window = pilot.window
    window.resize(600, 500)  # narrower than "auto" keeps a sidebar open in
    pilot.click(label="Rerun me")
    sidebar = window.sidebar
    assert sidebar.isVisible()
    assert not sidebar.toggle_action.isVisible() and not sidebar.toggle_action.isEnabled()
    sidebar.set_expanded(False)  # what the action (or Ctrl+Shift+B) would ask for
    pilot.click(label="Rerun me")
    assert sidebar.isVisible() and sidebar.toggle_action.isChecked()


def test_a_page_keeps_the_layout_it_last_set_and_others_start_centered() -> None:
    """Streamlit 1.67 remembers each page's layout (its e2e mpa_v2_layout): a page made wide by
    a button's callback is wide again in later runs and when shown again."""
    at = AppTest.from_string("""
        import rerunqt as st
        def dynamic():
            st.button("wide", on_click=lambda: st.set_page_config(layout="wide"))
        def plain():
            st.text("plain")
        st.navigation([st.Page(dynamic), st.Page(plain)]).run()
    """).run()
    assert at.page_config[0].layout is None  # centered
    at.button[0].click().run()
    assert at.page_config[0].layout == "wide"
    at.run()
    assert at.page_config[0].layout == "wide"
    at.switch_page("plain").run()
    assert at.page_config[0].layout is None
    at.switch_page("dynamic").run()
    assert at.page_config[0].layout == "wide"
