"""The app's page CSS on real widgets (qt/page_css.py): ``st.markdown("<style>...</style>",
unsafe_allow_html=True)`` styles the whole page, as in a browser, while the script draws it.
Before, the rules were dropped: every styled button, sidebar and background kept the theme."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt

CSS = '''
st.markdown("""<style>
:root { --brand: #0e2f44; }
.stApp { background-color: #f8f3ed; }
section[data-testid="stSidebar"] { background: #16213e !important; }
section[data-testid="stSidebar"] * { color: #e8eaf6 !important; }
div.stButton > button { background-color: var(--brand); color: white; border: none; border-radius: 5px; }
div.stButton > button:hover { background-color: #1c4e6b; }
h1 { color: #8a2be2; }
div[data-testid="stMetricValue"] { color: #0e2f44; font-size: 32px; }
.hero h1, .nothing-here { color: red; }
</style>""", unsafe_allow_html=True)
'''


def _pixel(widget, x: int, y: int) -> str:  # type: ignore[no-untyped-def]
    return widget.grab().toImage().pixelColor(x, y).name()


def _script(body: str, css: bool = True) -> str:
    return "import streamlit as st\n" + (CSS if css else "") + body


def test_button_sidebar_page_heading_and_metric_take_the_css(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(_script(
        'st.title("T")\nst.metric("M", 5)\nst.button("Go")\nst.download_button("Get", "x")\n'
        'st.sidebar.write("side")\n')))
    window = pilot.window
    button = pilot.widget(label="Go")
    assert _pixel(button, 4, button.height() // 2) == "#0e2f44"
    assert button.palette().color(button.foregroundRole()).name() == "#ffffff"
    download = pilot.widget(label="Get")  # .stButton is st.button's only, as in Streamlit
    assert _pixel(download, 4, download.height() // 2) == "#ffffff"
    title = window.renderer.find(kind="title")[0].widget
    assert title.palette().color(title.foregroundRole()).name() == "#8a2be2"
    metric = window.renderer.find(kind="metric")[0].widget
    assert metric.value.palette().color(metric.value.foregroundRole()).name() == "#0e2f44"
    assert metric.value.font().pixelSize() == 28  # 32 CSS px as rerunqt's 14 px to 16
    assert _pixel(window.page, 2, 2) == "#f8f3ed"
    sidebar = window.sidebar
    assert _pixel(sidebar.widget(), 2, 2) == "#16213e"
    side = window.renderer.find(kind="markdown")[-1].widget
    assert side.palette().color(side.foregroundRole()).name() == "#e8eaf6"


def test_hover_rule_styles_the_button_under_the_mouse(rerunqt_pilot, write_script) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    pilot = rerunqt_pilot(write_script(_script('st.button("Go")\n')))
    button = pilot.widget(label="Go")
    assert _pixel(button, 4, button.height() // 2) == "#0e2f44"
    QTest.mouseMove(button, QPoint(5, 5))
    assert _pixel(button, 4, button.height() // 2) == "#1c4e6b"


def test_the_css_stops_applying_when_the_script_no_longer_draws_it(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import streamlit as st\n"
        "if not st.checkbox('plain'):\n"
        "    with st.sidebar:\n"  # drawn in the sidebar, it styles the whole page
        "        st.html('<style>.stButton > button { background: #123456; }</style>')\n"
        "st.button('Go')\n"))
    button = pilot.widget(label="Go")
    assert _pixel(button, 4, button.height() // 2) == "#123456"
    pilot.click(label="plain")
    button = pilot.widget(label="Go")
    assert _pixel(button, 4, button.height() // 2) == "#ffffff"
    assert pilot.window.styleSheet() == ""


def test_block_container_padding_and_width_and_a_hidden_sidebar(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\nst.set_page_config(layout="wide")\n'
        'st.markdown("<style>.block-container { padding: 0; max-width: 400px; }'
        '[data-testid=stSidebar] { display: none }</style>", unsafe_allow_html=True)\n'
        'st.sidebar.write("hidden")\nst.title("Top")\n'))
    window = pilot.window
    margins = window.page.layout().contentsMargins()
    assert margins.top() == 0
    window.resize(1200, 600)
    pilot.settle()
    title = window.renderer.find(kind="title")[0].widget
    assert title.width() <= 400
    assert not window.sidebar.isVisible() and not window.sidebar.toggle_action.isVisible()


def test_unknown_and_broken_css_changes_nothing_and_raises_nothing(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>.hero { color: red } @media {  .x::before { content: \'}\' } '
        '.stButton > button { background: url(x.png); color: calc(1px) }</style>", '
        'unsafe_allow_html=True)\nst.button("Go")\n'))
    assert pilot.window.renderer.failures == 0
    button = pilot.widget(label="Go")
    assert _pixel(button, 4, button.height() // 2) == "#ffffff"


def test_class_rules_style_the_app_s_own_html_while_drawn(rerunqt_pilot, write_script) -> None:
    """``.card`` and ``#corgi`` (Streamlit's st.html e2e app: "This text should be blue")
    style Markdown and st.html elements, those drawn after the CSS too, and stop with it."""
    pilot = rerunqt_pilot(write_script(
        "import streamlit as st\n"
        "if not st.checkbox('plain'):\n"
        "    st.html('<style>.card { background-color: #fdecec; padding: 12px } "
        "#corgi { color: blue }</style>')\n"
        "st.markdown('<div class=\"card\">Card</div>', unsafe_allow_html=True)\n"
        "st.html('<div id=\"corgi\">This text should be blue</div>')\n"
        "if st.button('more'):\n"
        "    st.markdown('<div class=\"card\">Later</div>', unsafe_allow_html=True)\n"))
    card = pilot.window.renderer.find(kind="markdown")[0].widget
    corgi = pilot.window.renderer.find(kind="html")[-1].widget
    assert _pixel(card, card.width() - 3, 3) == "#fdecec"
    assert "color: blue" in corgi.text().lower()
    pilot.click(label="more")
    later = pilot.window.renderer.find(kind="markdown")[1].widget
    assert _pixel(later, later.width() - 3, 3) == "#fdecec"
    pilot.click(label="plain")
    card = pilot.window.renderer.find(kind="markdown")[0].widget
    assert _pixel(card, card.width() - 3, 3) != "#fdecec"
    assert "color" not in pilot.window.renderer.find(kind="html")[-1].widget.text().lower()


def test_a_sidebar_rule_outranks_the_page_s_in_the_sidebar(rerunqt_pilot, write_script) -> None:
    """``.stApp { color }`` colours the page's text; ``[data-testid="stSidebar"] *`` every
    word in the sidebar, radio options too (they stayed the theme's dark grey on a dark
    panel), as the more specific rule wins in a browser."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>.stApp { color: #20263b; } [data-testid=stSidebar] { background: #211d38 }'
        ' [data-testid=stSidebar] * { color: #f7f4ff; }</style>", unsafe_allow_html=True)\n'
        'st.write("page")\nst.sidebar.write("side")\nst.sidebar.radio("Page", ["Explore", "Predict"])\n'))
    page, side = (r.widget for r in pilot.window.renderer.find(kind="markdown")[1:])
    assert page.palette().color(page.foregroundRole()).name() == "#20263b"
    assert side.palette().color(side.foregroundRole()).name() == "#f7f4ff"
    from PySide6.QtWidgets import QRadioButton

    options = pilot.widget(label="Page").findChildren(QRadioButton)
    assert options and all(o.palette().color(o.foregroundRole()).name() == "#f7f4ff" for o in options)


def test_view_zoom_scales_the_css_font_sizes(rerunqt_pilot, write_script, qapp) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = rerunqt_pilot(write_script(_script('st.metric("M", 5)\n')))
    value = pilot.window.renderer.find(kind="metric")[0].widget.value
    assert value.font().pixelSize() == 28
    try:
        apply_theme(qapp, "light", zoom=1.5, force=True)  # View > Zoom
        assert value.font().pixelSize() == 42
    finally:
        apply_theme(qapp, "light", force=True)


def test_fields_expanders_and_tabs_take_the_css(rerunqt_pilot, write_script) -> None:
    """``.stTextInput > div > div > input``, ``.stTextArea textarea``,
    ``[data-testid="stExpander"]`` and tabs (a dark app's fields stayed light-grey boxes on
    its black page)."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("""<style>\n'
        '.stTextInput > div > div > input { background-color: #1a1a1a; color: #e0e0e0; }\n'
        '.stTextArea textarea { background-color: #1a1a1b; }\n'
        '[data-testid=\\"stExpander\\"] { background-color: #141414; border: 1px solid #222222; }\n'
        '.stTabs button { color: #888888; }\n'
        '</style>""", unsafe_allow_html=True)\n'
        'st.text_input("Idea")\nst.text_area("Notes")\nst.selectbox("Pick", ["a", "b"])\n'
        'with st.expander("How"):\n    st.write("x")\n'
        'a, b = st.tabs(["One", "Two"])\n'))
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabBar

    field = pilot.window.findChild(QLineEdit, "rqTextInput")
    assert _pixel(field, field.width() // 2, field.height() // 2) == "#1a1a1a"
    assert field.palette().color(field.foregroundRole()).name() == "#e0e0e0"
    area = pilot.window.findChild(QPlainTextEdit, "rqTextArea")
    assert _pixel(area, area.width() // 2, area.height() // 2) == "#1a1a1b"
    expander = pilot.window.renderer.find(kind="expander")[0].widget
    assert _pixel(expander, expander.width() // 2, 4) == "#141414"
    bar = pilot.window.renderer.find(kind="tabs")[0].widget.findChild(QTabBar)
    assert bar.palette().color(bar.foregroundRole()).name() == "#888888" or \
        _tab_text_colour(bar) == "#888888"


def _tab_text_colour(bar) -> str:  # type: ignore[no-untyped-def]
    """The darkest pixel of the second tab's label (its text), as a name."""
    image = bar.grab().toImage()
    rect = bar.tabRect(1)
    colours = [image.pixelColor(x, y) for x in range(rect.left(), rect.right())
               for y in range(rect.top(), rect.bottom())]
    return min(colours, key=lambda c: c.lightness()).name()


def test_a_long_first_page_s_later_html_gets_the_class_rules(rerunqt_pilot, write_script, qtbot) -> None:
    """A first page of more than 150 elements is built in slices after the first paint
    (qt/staging.py): the cards made then are styled too, without waiting for a rerun."""
    pilot = rerunqt_pilot(write_script(
        "import streamlit as st\n"
        "st.markdown('<style>.card { background-color: #fdecec }</style>', unsafe_allow_html=True)\n"
        "for i in range(200):\n"
        "    st.markdown(f'<div class=\"card\">Card {i}</div>', unsafe_allow_html=True)\n"))
    window = pilot.window
    renderer, tree = window.renderer, window.renderer.shown
    renderer.reset()  # the page drawn whole by one first render, as from a fast script
    window._render_safely(tree)
    assert renderer.staging.pending
    qtbot.waitUntil(lambda: not renderer.staging.pending, timeout=10000)
    last = [r.widget for r in renderer.records.values() if r.element.kind == "markdown"][-1]
    assert "Card 199" in last.text() and "fdecec" in last.text().lower()


def test_hiding_the_page_list_keeps_the_sidebar_s_own_content(rerunqt_pilot, write_script) -> None:
    """``[data-testid="stSidebarNav"] {display: none}`` (apps that draw their own menu with
    st.page_link) hides the multipage list; the sidebar shows only while it has content."""
    home = write_script(
        'import streamlit as st\n'
        'st.markdown("<style>[data-testid=stSidebarNav] {display: none !important;}</style>",'
        ' unsafe_allow_html=True)\n'
        'if st.checkbox("menu"):\n    st.sidebar.write("My menu")\nst.title("Home")\n', "Home.py")
    (home.parent / "pages").mkdir()
    (home.parent / "pages" / "Other.py").write_text('import streamlit as st\nst.title("Other")\n')
    pilot = rerunqt_pilot(home)
    navigation = pilot.window.renderer.places["navigation"].widget
    assert not navigation.isVisible() and not pilot.window.sidebar.isVisible()
    pilot.click(label="menu")
    assert pilot.window.sidebar.isVisible() and not navigation.isVisible()


def test_heading_rules_style_markdown_headings_too(rerunqt_pilot, write_script) -> None:
    """``h3 { color }`` colours ``### Section`` in st.markdown as in a browser (and an HTML
    ``<h3>``), not only st.subheader; the colour goes with the CSS."""
    pilot = rerunqt_pilot(write_script(
        "import streamlit as st\n"
        "if not st.checkbox('plain'):\n"
        "    st.markdown('<style>h3 { color: #8a2be2; text-align: center }</style>',"
        " unsafe_allow_html=True)\n"
        "st.markdown('### Section\\n\\nbody text')\n"
        "st.markdown('<h3>Html</h3>', unsafe_allow_html=True)\n"))
    section, html = (r.widget for r in pilot.window.renderer.find(kind="markdown")[-2:])
    assert "#8a2be2" in section.text().lower() and "align=\"center\"" in section.text().lower()
    assert "body text" in section.text() and section.text().lower().count("#8a2be2") == 1
    assert "#8a2be2" in html.text().lower()
    pilot.click(label="plain")
    section = pilot.window.renderer.find(kind="markdown")[-2].widget
    assert "#8a2be2" not in section.text().lower()


def test_a_styled_metric_card_keeps_its_delta_pill_beside_other_rules(rerunqt_pilot, write_script) -> None:
    """A dark design's whole sheet (a metric card among many rules): the card's palette
    change restyled the pill inside Qt's polish, which dropped the pill's padding."""
    css = (".stTabs [aria-selected=true] { color: #eec98a; } "
           ".stButton > button { background: rgba(201, 154, 94, 0.2); color: #eec98a; "
           "border: 1px solid #c99a5e; border-radius: 6px; padding: 10px 20px; font-size: 13px; } "
           ".stTextInput > div > div > input { background: rgba(20, 27, 35, 0.4); color: #f3efe3; "
           "border: 1px solid #3a4d5c; border-radius: 6px; padding: 10px 12px; } "
           ".stMetric { background: rgba(20, 27, 35, 0.4); border: 1px solid #3a4d5c; "
           "border-radius: 8px; padding: 16px; } "
           "section[data-testid=stSidebar] { background: rgba(10, 14, 19, 0.95); } "
           "h1, h2, h3 { color: #f3efe3; font-weight: 600; } h1 { font-size: 32px; } "
           "section[data-testid=stSidebar] h1 { color: #eec98a; font-size: 16px; }")
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        f'st.markdown("<style>{css}</style>", unsafe_allow_html=True)\n'
        'st.sidebar.title("Archive")\nst.sidebar.radio("Part", ["A", "B"])\nst.title("Title")\n'
        'st.markdown("### Sub")\nc1, c2 = st.columns(2)\nc1.metric("Docs", 1240, "+12")\n'
        'c2.metric("Notes", 311)\nst.text_input("Find")\nt1, t2 = st.tabs(["List", "Map"])\n'
        'st.button("Go")\n'))
    delta = pilot.window.renderer.find(kind="metric")[0].widget.delta
    assert delta.contentsRect().left() == 4 and delta.height() >= delta.fontMetrics().height() + 4


@pytest.mark.parametrize("box", ["background-color: #ffffff; border: 1px solid #e6e9ef; padding: 15px",
                                 "background: rgba(20, 27, 35, 0.4); border: 1px solid #3a4d5c"])
def test_a_styled_metric_card_keeps_its_delta_pill(rerunqt_pilot, write_script, box: str) -> None:
    """A metric box restyled by the page's CSS (background, border) set its delta's sheet
    while Qt polished it, and the pill lost its padding and round ends."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        f'st.markdown("<style>div[data-testid=stMetric] {{ {box}; border-radius: 8px; }}</style>",'
        ' unsafe_allow_html=True)\n'
        'c1, c2 = st.columns(2)\nc1.metric("Revenue", "$12,400", "+4%")\n'))
    delta = pilot.window.renderer.find(kind="metric")[0].widget.delta
    assert delta.contentsRect().left() == 4 and delta.height() >= delta.fontMetrics().height() + 4


def test_width_100_percent_makes_buttons_span_their_column(rerunqt_pilot, write_script) -> None:
    """``.stButton > button { width: 100% }`` (a common full-width button) spans the
    column, st.button's only; without the rule the button is as wide as its label again."""
    pilot = rerunqt_pilot(write_script(
        "import streamlit as st\n"
        "if not st.checkbox('plain'):\n"
        "    st.markdown('<style>.stButton > button { width: 100%; }</style>', unsafe_allow_html=True)\n"
        "st.button('Go')\nst.download_button('Get', 'x')\nst.text_input('Field')\n"))
    field = pilot.widget(label="Field")
    button, download = pilot.widget(label="Go"), pilot.widget(label="Get")
    assert button.width() >= field.width() - 2 and download.width() < field.width() / 2
    pilot.click(label="plain")
    button = pilot.widget(label="Go")
    assert button.width() < field.width() / 2


def test_st_key_classes_style_the_element_made_with_that_key(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67 gives a keyed element the class ``st-key-<key>``: ``.st-key-card``
    styles st.container(key="card"), ``.st-key-login button`` the button keyed "login" (a
    login page's gradient button); other buttons keep the theme."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>.st-key-card { background-color: #eef6ff; } '
        '.st-key-login button { background-color: #0d9488; color: #ffffff; border: none; }</style>",'
        ' unsafe_allow_html=True)\n'
        'with st.container(key="card"):\n    st.write("inside")\n'
        'st.button("Log in", key="login")\nst.button("Other")\n'))
    card = pilot.window.renderer.find(kind="container")[0].widget
    assert _pixel(card, card.width() - 2, 2) == "#eef6ff"
    login, other = pilot.widget(label="Log in"), pilot.widget(label="Other")
    assert _pixel(login, 4, login.height() // 2) == "#0d9488"
    assert _pixel(other, 4, other.height() // 2) == "#ffffff"


def test_a_local_background_picture_covers_the_page_and_the_sidebar(rerunqt_pilot, write_script) -> None:
    """The common ``add_bg_from_local``: ``.stApp { background-image: url("data:image/png;
    base64,...") ; background-size: cover }``, and a sidebar's picture from the static folder."""
    from PySide6.QtGui import QColor, QImage

    script = write_script(
        'import base64\nfrom pathlib import Path\nimport streamlit as st\n'
        'data = base64.b64encode(Path(__file__).with_name("bg.png").read_bytes()).decode()\n'
        'st.markdown(f"""<style>.stApp {{ background-image: url("data:image/png;base64,{data}");'
        ' background-size: cover; }} [data-testid="stSidebar"] > div:first-child {{'
        ' background-image: url(app/static/side.png); }}</style>""", unsafe_allow_html=True)\n'
        'st.write("page")\nst.sidebar.write("side")\n')
    (script.parent / "static").mkdir()
    for path, colour in ((script.with_name("bg.png"), "#3366cc"), (script.parent / "static" / "side.png",
                                                                    "#cc6633")):
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        image.save(str(path))
    pilot = rerunqt_pilot(script)
    page = pilot.window.page
    assert _pixel(page, page.width() - 5, page.height() - 5) == "#3366cc"
    holder = pilot.window.sidebar.widget()
    assert _pixel(holder, holder.width() - 5, holder.height() - 5) == "#cc6633"


def test_p_reaches_widget_labels_and_captions_but_st_markdown_p_only_markdown(
        rerunqt_pilot, write_script) -> None:
    """In Streamlit 1.67 a widget's label and a caption are Markdown paragraphs too, so
    ``p { color }`` colours them (white labels on an app's dark picture stayed dark);
    ``.stMarkdown p`` is st.markdown's only."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>p { color: #fefefe; } .stMarkdown p { font-weight: 700; }</style>",'
        ' unsafe_allow_html=True)\n'
        'st.write("words")\nst.caption("note")\nst.selectbox("City", ["Lisbon"])\n'))
    from PySide6.QtWidgets import QLabel

    label = pilot.window.findChild(QLabel, "rqLabel")
    caption = pilot.window.renderer.find(kind="caption")[0].widget
    words = pilot.window.renderer.find(kind="markdown")[-1].widget
    for widget in (label, caption, words):
        assert widget.palette().color(widget.foregroundRole()).name() == "#fefefe"
    assert words.font().bold() and not label.font().bold()


def test_block_container_background_is_a_card_behind_the_column(rerunqt_pilot, write_script) -> None:
    """``.block-container { background-color; border-radius }`` (a card over the app's
    picture or colour) is a box around the page's elements, not the whole page."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>.stApp { background-color: #223344; } .block-container {'
        ' background-color: #fafafa; border-radius: 16px; }</style>", unsafe_allow_html=True)\n'
        'st.title("Card")\nst.button("Go")\n'))
    page = pilot.window.page
    button = pilot.widget(label="Go")
    below = button.mapTo(page, button.rect().bottomLeft())
    assert _pixel(page, below.x() + 4, below.y() + 6) == "#fafafa"  # inside the card
    assert _pixel(page, 4, below.y() + 6) == "#223344"  # beside it
    assert _pixel(page, below.x() + 4, page.height() - 4) == "#223344"  # below what it holds


def test_a_sidebar_width_opens_the_sidebar_that_wide(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>[data-testid=stSidebar] { min-width: 420px !important; }</style>",'
        ' unsafe_allow_html=True)\nst.sidebar.write("side")\nst.write("page")\n'))
    pilot.window.resize(1200, 700)
    pilot.settle()
    assert abs(pilot.window.sidebar.width() - 420) <= 2


def test_label_rules_colour_widget_labels(rerunqt_pilot, write_script) -> None:
    """``label { color }`` (dark apps' white labels) colours widget labels, check boxes and
    radio options; ``.stTextInput label`` the labels only."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>label { color: #fdfdfd; } .stTextInput label { font-weight: 700; }</style>",'
        ' unsafe_allow_html=True)\n'
        'st.text_input("Name")\nst.checkbox("Agree")\nst.write("words")\n'))
    from PySide6.QtWidgets import QCheckBox, QLabel

    label = pilot.window.findChild(QLabel, "rqLabel")
    box = pilot.window.findChild(QCheckBox, "rqCheckbox")
    words = pilot.window.renderer.find(kind="markdown")[-1].widget
    assert label.palette().color(label.foregroundRole()).name() == "#fdfdfd" and label.font().bold()
    assert box.palette().color(box.foregroundRole()).name() == "#fdfdfd" and not box.font().bold()
    assert words.palette().color(words.foregroundRole()).name() != "#fdfdfd"


def test_file_uploader_and_alert_rules(rerunqt_pilot, write_script) -> None:
    """``[data-testid="stFileUploader"] section`` styles the drop zone, ``... button`` its
    Browse button; ``[data-testid="stAlert"]`` an alert's box and words."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>[data-testid=stFileUploader] section { background-color: #050505; }'
        ' [data-testid=stFileUploader] button { background-color: #00e5ff; }'
        ' [data-testid=stAlert] { background-color: #1b2b1b; color: #c0ffc0; }</style>",'
        ' unsafe_allow_html=True)\n'
        'st.file_uploader("Song")\nst.success("Done")\n'))
    from PySide6.QtWidgets import QFrame, QLabel, QPushButton

    zone = pilot.window.findChild(QFrame, "rqDropZone")
    assert _pixel(zone, zone.width() - 4, zone.height() // 2) == "#050505"
    browse = zone.parentWidget().findChild(QPushButton, "rqButton")
    assert _pixel(browse, 4, browse.height() // 2) == "#00e5ff"
    alert = pilot.window.findChild(QFrame, "rqAlert")
    assert _pixel(alert, alert.width() - 4, alert.height() // 2) == "#1b2b1b"
    words = alert.findChild(QLabel, "rqAlertBody")
    assert words.palette().color(words.foregroundRole()).name() == "#c0ffc0"


def test_css_drawn_first_by_a_later_run_or_a_cached_function_applies(
        rerunqt_pilot, write_script) -> None:
    """A window skips looking for CSS while no script drew a style block since it last
    looked (core/style_blocks.py); a later run's CSS, and CSS a cached function draws
    again from its cache, still apply."""
    source = ('import streamlit as st\n'
              '@st.cache_data\n'
              'def css():\n'
              '    st.markdown("<style>div.stButton > button {background-color: #0e2f44;}'
              '</style>", unsafe_allow_html=True)\n'
              'if st.session_state.get("styled"):\n'
              '    css()\n'
              'st.button("Go", on_click=lambda: st.session_state.update(styled=True))\n')
    first = rerunqt_pilot(write_script(source, name="first.py"))
    button = first.widget(label="Go")
    assert _pixel(button, 4, button.height() // 2) != "#0e2f44"
    first.click(label="Go")  # this run draws the CSS (the cached function's miss)
    button = first.widget(label="Go")
    assert _pixel(button, 4, button.height() // 2) == "#0e2f44"
    second = rerunqt_pilot(write_script(source, name="first.py"))  # the same cache entry
    second.click(label="Go")  # a cache hit: the CSS is replayed, not drawn by st.markdown
    button = second.widget(label="Go")
    assert _pixel(button, 4, button.height() // 2) == "#0e2f44"


def test_a_radio_s_label_and_option_rules_style_that_radio_only(rerunqt_pilot, write_script) -> None:
    """``[data-testid="stRadio"] > label`` is the radio's label and ``... > div > label`` its
    options (a quiz app's option cards); a text input's label keeps its look. Both rules
    boxed and coloured every widget's label."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("""<style>div[data-testid=\\"stRadio\\"] > label { color: #00ff00; }\n'
        'div[data-testid=\\"stRadio\\"] > div > label { background: #ff0000; padding: 10px; }\n'
        '</style>""", unsafe_allow_html=True)\n'
        'st.text_input("Name")\nst.radio("Pick", ["a", "b"])\n'))
    from PySide6.QtWidgets import QLabel, QRadioButton

    field = pilot.window.renderer.find(kind="text_input")[0].widget.findChild(QLabel, "rqLabel")
    radio = pilot.window.renderer.find(kind="radio")[0].widget
    label = radio.findChild(QLabel, "rqLabel")
    option = radio.findChild(QRadioButton, "rqRadioOption")
    assert label.palette().color(label.foregroundRole()).name() == "#00ff00"
    assert field.palette().color(field.foregroundRole()).name() != "#00ff00"
    assert _pixel(option, 3, 3) == "#ff0000"
    assert _pixel(field, 2, 2) != "#ff0000" and _pixel(label, 2, 2) != "#ff0000"


def test_display_none_on_a_widget_s_label_hides_that_kind_s_labels(rerunqt_pilot, write_script) -> None:
    """``div[data-testid="stRadio"] > label { display: none }`` (a quiz app's question shown
    above as HTML) hides the radio's label, also after a rerun that updates it; a text
    input's label stays. The label showed."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>div[data-testid=\\"stRadio\\"] > label { display: none; }</style>",'
        ' unsafe_allow_html=True)\n'
        'name = st.text_input("Name")\n'
        'st.radio("Pick " + name, ["a", "b"], key="pick")\n'))
    from PySide6.QtWidgets import QLabel

    def labels() -> tuple[bool, bool]:
        field = pilot.window.renderer.find(kind="text_input")[0].widget.findChild(QLabel, "rqLabel")
        radio = pilot.window.renderer.find(kind="radio")[0].widget.findChild(QLabel, "rqLabel")
        return field.isHidden(), radio.isHidden()

    assert labels() == (False, True)
    pilot.set_value("Ann", label="Name")
    assert labels() == (False, True)


def test_a_form_rule_draws_the_form_s_card(rerunqt_pilot, write_script) -> None:
    """``[data-testid="stForm"] { background; border; padding }`` (survey apps' form cards)
    draws the form's box, its padding replacing the form's own; it was ignored."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>[data-testid=\\"stForm\\"] { background-color: #e8f0fe;'
        ' border: 2px solid #4a7bd0; border-radius: 0; padding: 24px; }</style>",'
        ' unsafe_allow_html=True)\n'
        'with st.form("f"):\n    st.text_input("Name")\n    st.form_submit_button("Send")\n'))
    from PySide6.QtCore import QPoint

    form = pilot.window.renderer.find(kind="form")[0].widget
    field = pilot.window.renderer.find(kind="text_input")[0].widget
    assert _pixel(form, 0, form.height() // 2) == "#4a7bd0"
    assert _pixel(form, 6, form.height() // 2) == "#e8f0fe"
    assert field.mapTo(form, QPoint(0, 0)).x() == 2 + 24  # the CSS's padding alone


def test_a_column_rule_draws_each_column_s_card(rerunqt_pilot, write_script) -> None:
    """``[data-testid="stColumn"] { background; border }`` (dashboards' KPI cards) draws a
    box behind each column; it was ignored."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>[data-testid=\\"stColumn\\"] { background-color: #f5f7fb;'
        ' border: 2px solid #d0d7e5; border-radius: 0; padding: 16px; }</style>",'
        ' unsafe_allow_html=True)\n'
        'a, b = st.columns(2)\na.metric("Revenue", "$12k")\nb.metric("Users", "1,204")\n'))
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QFrame

    for record in pilot.window.renderer.find(kind="column"):
        column = record.widget
        assert _pixel(column, 0, column.height() // 2) == "#d0d7e5"
        assert _pixel(column, 6, column.height() // 2) == "#f5f7fb"
        assert column.findChild(QFrame, "rqMetric").mapTo(column, QPoint(0, 0)).x() == 2 + 16


def test_progress_rules_colour_the_bar_s_fill_and_track(rerunqt_pilot, write_script) -> None:
    """``.stProgress > div > div > div > div`` (the fill) and ``... > div > div > div`` (the
    track), quiz apps' way to colour st.progress, colour the bar; they were ignored."""
    pilot = rerunqt_pilot(write_script(
        'import streamlit as st\n'
        'st.markdown("<style>.stProgress > div > div > div > div { background-color: #22c55e; }'
        ' .stProgress > div > div > div { background-color: #1f2833; }</style>",'
        ' unsafe_allow_html=True)\n'
        'st.progress(0.5)\n'))
    from PySide6.QtWidgets import QProgressBar

    bar = pilot.window.renderer.find(kind="progress")[0].widget.findChild(QProgressBar, "rqProgressBar")
    middle = bar.height() // 2
    assert _pixel(bar, bar.width() // 4, middle) == "#22c55e"
    assert _pixel(bar, bar.width() * 3 // 4, middle) == "#1f2833"
