"""st.logo: the first element of the sidebar wherever it is called, the last call wins."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest


def test_the_logo_tops_the_sidebar_and_a_second_call_replaces_it() -> None:
    at = AppTest.from_string("""
        import numpy as np
        import rerunqt as st
        st.sidebar.text("menu")
        st.logo(np.zeros((4, 8), dtype=np.uint8), link="https://example.org")
        st.logo(np.zeros((6, 6), dtype=np.uint8), size="large",
                icon_image=np.zeros((2, 2), dtype=np.uint8))
    """).run()
    assert not at.exception
    assert len(at.logo) == 1
    logo = at.logo[0]
    assert logo.size == 32 and logo.link is None and logo.image.size == (6, 6)
    assert logo.icon_image.size == (2, 2)
    # the logo is the app's, in no block, as in Streamlit's AppTest (at.logo finds it)
    assert [child.type for child in at.sidebar.children.values()] == ["text"]
    assert len(at.sidebar) == 1 and at.sidebar[0].type == "text"


def test_reruns_keep_one_logo() -> None:
    at = AppTest.from_string("""
        import numpy as np
        import rerunqt as st
        st.logo(np.zeros((4, 8), dtype=np.uint8))
    """).run()
    at.run()
    assert len(at.logo) == 1 and at.logo[0].size == 24


@pytest.mark.parametrize(("call", "words"), [
    ("st.logo(img, size='huge')", "size='huge'"),
    ("st.logo(img, link='example.org')", "link='example.org'"),
    ("st.logo(None)", "needs an image"),
    ("st.logo(42)", "cannot be shown"),
])
def test_bad_input_names_the_argument(call: str, words: str) -> None:
    at = AppTest.from_string(
        "import numpy as np\nimport rerunqt as st\nimg = np.zeros((2, 2), dtype=np.uint8)\n" + call).run()
    assert at.exception and words in at.exception[0].message, at.exception


def test_window_icon_and_sidebar_picture(rerunqt_pilot, write_script, qapp) -> None:
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.sidebar.text("menu")
        st.logo(np.full((10, 40, 3), 200, dtype=np.uint8))
    """))
    from rerunqt.qt.adapters.logo import LogoLabel

    logos = pilot.window.findChildren(LogoLabel)
    assert len(logos) == 1 and logos[0].height() == 24
    assert not pilot.window.windowIcon().isNull()


def test_an_emoji_or_a_material_icon_is_a_logo(rerunqt_pilot, write_script, qapp) -> None:
    """Streamlit 1.54+ takes an emoji or ':material/name:' as the logo (and icon)."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.logo(":material/home:", icon_image="🏠")
        st.sidebar.text("menu")
    """))
    from rerunqt.qt.adapters.logo import LogoLabel

    (logo,) = pilot.window.findChildren(LogoLabel)
    assert logo.height() == 24 and not logo.pixmap().isNull()
    image = logo.pixmap().toImage()
    assert any(image.pixelColor(x, y).alpha() > 0
               for x in range(image.width()) for y in range(image.height()))  # something drawn
    assert not pilot.window.windowIcon().isNull()
    at = AppTest.from_string("import rerunqt as st\nst.logo(':material/no_such_icon_here:')\n").run()
    assert "no symbol for this Material icon" in at.exception[0].message


def test_the_logo_sits_above_the_page_list_and_goes_when_the_script_drops_it(
        rerunqt_pilot, write_script, qapp) -> None:
    """Streamlit draws the logo at the very top of the sidebar, above the page list (which
    sits above the sidebar's content); a run that no longer calls st.logo removes it."""
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        if not st.session_state.get("plain"):
            st.logo(np.full((10, 40, 3), 90, dtype=np.uint8))
        def one():
            st.write("one")
            st.checkbox("plain", key="plain")
        pg = st.navigation([st.Page(one, title="One", url_path="one"),
                            st.Page(lambda: st.write("two"), title="Two", url_path="two")])
        st.sidebar.text("menu")
        pg.run()
    """))
    from rerunqt.qt.adapters.logo import LogoLabel

    panel = pilot.window.sidebar
    (logo,) = pilot.window.findChildren(LogoLabel)
    pages, content = panel.navigation, panel.content
    assert pages is not None and content is not None
    assert logo.isVisible() and logo.parentWidget() is pages.parentWidget()
    top = [w.mapTo(panel, w.rect().topLeft()).y() for w in (logo, pages, content)]
    assert top == sorted(top) and logo.geometry().bottom() < pages.geometry().top(), top
    assert logo.x() == content.x()  # flush with the sidebar's left margin
    pilot.click(key="plain")
    qapp.processEvents()
    assert not [w for w in pilot.window.findChildren(LogoLabel) if w.isVisible()]
    assert panel.logo is None and panel.navigation is pages
    assert pages.geometry().top() < content.geometry().top()


def test_a_logo_alone_sits_at_the_top_left_and_opens_no_sidebar(rerunqt_pilot, write_script, qapp) -> None:
    """Streamlit shows a logo without sidebar content in the app's upper-left corner, and
    no sidebar; rerunqt opened a 300 px sidebar holding only the logo. A collapsed
    sidebar shows the logo (its icon_image) up there too."""
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.logo(np.full((10, 40, 3), 90, dtype=np.uint8), link="https://example.com")
        if st.session_state.get("menu"):
            st.sidebar.text("menu")
        st.checkbox("menu", key="menu")
    """))
    panel = pilot.window.sidebar
    qapp.processEvents()
    assert not panel.isVisible() and not panel.toggle_action.isVisible()
    header = panel.header_logo
    assert header.isVisible() and not header.pixmap().isNull()
    assert header.mapTo(pilot.window, header.rect().topLeft()).y() < pilot.window.centralWidget().y()
    assert header.toolTip() == "https://example.com"
    pilot.click(key="menu")
    qapp.processEvents()
    assert panel.isVisible() and not header.isVisible()  # the logo is in the sidebar now
    panel.toggle_action.trigger()  # collapse it
    qapp.processEvents()
    assert not panel.isVisible() and header.isVisible()
