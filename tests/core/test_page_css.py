"""Page CSS read from the ``<style>`` blocks community apps inject (core/page_css.py,
core/page_css_map.py): which rules rerunqt keeps, and that any CSS is read without error."""

from __future__ import annotations

import pytest

from rerunqt.core.element import Element
from rerunqt.core.page_css import parse_rules, style_sheets
from rerunqt.core.page_css_map import page_rules, target_of


def _md(body: str, html: bool = True) -> Element:
    return Element("markdown", ("markdown", 0), (("body", body), ("unsafe_allow_html", html)))


def test_style_blocks_come_from_html_markdown_and_st_html_anywhere_in_the_page() -> None:
    inner = Element("html", ("html", 0), (("body", "<style>.b{}</style>"),))
    column = Element("column", ("column", 0), (), (_md("x<style>.a{}</style>y<STYLE id=s>.c{}</STYLE>"),))
    tree = (column, _md("<style>.shown{}</style>", html=False), Element("overlay", "o", (), (inner,)))
    assert style_sheets(tree) == (".a{}", ".c{}", ".b{}")  # not the Markdown shown as text


def test_comments_at_rules_important_and_variables() -> None:
    css = """
    @import url('https://fonts.googleapis.com/css2?family=Inter;wght@400');
    /* a { color: red } */
    :root { --accent: #6d5dfc; --panel: var(--accent); }
    @media (max-width: 600px) { .stApp { color: red } }
    @keyframes pulse { 0% { opacity: 0 } 100% { opacity: 1 } }
    .stApp { background: var(--panel) !important; color: var(--missing, #111) }
    .x { background: url(data:image/png;base64,AAA=); }
    """
    assert parse_rules(css) == [
        (".stApp", (("background", "#6d5dfc"), ("color", "#111"))),
        (".x", (("background", "url(data:image/png;base64,AAA=)"),)),
    ]


@pytest.mark.parametrize(("selector", "expected"), [
    ("div.stButton > button", ("main", "button", "")),
    (".stButton>button:hover", ("main", "button", "hover")),
    ("div.stButton > button:first-child", ("main", "button", "")),
    (".stButton > button:active", ("main", "button", "pressed")),
    ('[data-testid="stBaseButton-primary"]', ("main", "button.primary", "")),
    (".stDownloadButton > button", ("main", "download_button", "")),
    ('section[data-testid="stSidebar"]', ("sidebar", "sidebar", "")),
    ('[data-testid="stSidebar"] > div:first-child', ("sidebar", "sidebar", "")),
    ('[data-testid="stSidebar"] *', ("sidebar", "text", "")),
    ('section[data-testid="stSidebar"] .stButton > button', ("sidebar", "button", "")),
    (".stApp", ("main", "app", "")),
    ('[data-testid="stAppViewContainer"]', ("main", "app", "")),
    ('[data-testid="stMain"]', ("main", "app", "")),
    (".stMain .block-container", ("main", "block", "")),
    ("div.block-container", ("main", "block", "")),
    ('div[data-testid="stMetric"]', ("main", "metric", "")),
    ("[data-testid='stMetricValue'] > div", ("main", "metric_value", "")),
    (".stApp h1", ("main", "h1", "")),
    ('section[data-testid="stFileUploaderDropzone"]', ("main", "file_dropzone", "")),
    ('[data-testid="stAlert"]', ("main", "alert", "")), ('div[data-testid="stForm"]', ("main", "form", "")),
    ('div[data-testid="stColumn"]', ("main", "column", "")),
    (".stProgress > div > div > div > div", ("main", "progress_bar", "")),
    ('[data-testid="stProgress"] > div > div > div', ("main", "progress_track", "")),
    (".stProgress > div > div", None),
    ("p", ("main", "text.all", "")), ("label", ("main", "label", "")),
    (".stTextInput > label", ("main", "label:text_input", "")),
    ('div[data-testid="stRadio"] > label', ("main", "widget_label:radio", "")),
    ('div[data-testid="stRadio"] > div > label', ("main", "option:radio", "")),
    ('.stRadio > div[role="radiogroup"] > label', ("main", "option:radio", "")),
    ('div[role="radiogroup"] > label', ("main", "option:radio", "")),
    (".stRadio label", ("main", "label:radio", "")), (".stTextInput > div > label", None),
    (".stSlider label p", ("main", "label:slider,select_slider", "")),
    ('[data-testid="stSidebar"] .stRadio > label', ("sidebar", "widget_label:radio", "")),
    ('[data-testid="stWidgetLabel"] p', ("main", "widget_label", "")),
    ('[data-testid="stSidebar"] label', ("sidebar", "label", "")), (".stMarkdown p", ("main", "text", "")),
    ('[data-testid="stSidebar"] p', ("sidebar", "text.all", "")),
    ("#MainMenu", ("main", "chrome", "")),
    ('[data-testid="stSidebarNavSeparator"]', ("main", "sidebar_nav_rule", "")),
    ('[data-testid="collapsedControl"]', ("main", "sidebar_toggle", "")),
    ('nav[data-testid="stSidebarNav"]', ("main", "sidebar_nav", "")),
    (".stTextInput > div > div > input", ("main", "text_input", "")),
    ('[data-testid="stTextInput"] input:focus', ("main", "text_input", "focus")),
    (".stTextArea textarea", ("main", "text_area", "")),
    ('[data-testid="stExpander"]', ("main", "expander", "")),
    ('[data-testid="stExpander"] summary:hover', ("main", "expander_header", "hover")),
    ('.stTabs button[aria-selected="true"]', ("main", "tab.selected", "")),
    ("body", None), ("html", None), ("html body .stApp", ("main", "app", "")),
    (".main .block-container", None), ('[class*="css"]', None), (".streamlit-expanderHeader", None),
    ('div[data-baseweb="select"] > div', None), ('[data-testid="metric-container"]', None),
    (".hero h1", None), (".footer", None), ('button[key^="p_"]', None), ("h1::before", None),
    ("a:hover", None), (".stSlider div", None),
])
def test_streamlit_selectors_map_to_targets(selector: str, expected: tuple[str, str, str] | None) -> None:
    assert target_of(selector) == expected


def test_unknown_rules_and_properties_are_dropped_quietly() -> None:
    css = """
    .hero { color: red }  h4 { color: blue }  #MainMenu { visibility: hidden; }
    .stButton > button { transition: all .2s; box-shadow: 0 0 1px red; color: white; }
    h1, .nope, h3 { color: navy }
    """
    rules = page_rules((css,))
    assert [(r.target, r.declarations) for r in rules] == [
        ("button", (("color", "white"),)), ("h1", (("color", "navy"),)), ("h3", (("color", "navy"),))]


@pytest.mark.parametrize("css", ["}", "{", "a {", ".stApp { color: }", "@media {", "::: {;;}",
                                 ".stApp { background: var(--a) }", "/* open", ".stApp {{ color: red }}"])
def test_broken_css_is_never_an_error(css: str) -> None:
    page_rules((css,))


def test_class_and_id_rules_go_inline_on_the_app_s_own_html() -> None:
    """``<div class="hero">`` takes ``.hero``'s declarations before its own style (which
    wins, as in a browser); an id rule comes after class rules; ``.hero h1`` reaches an
    ``<h1>`` inside a hero only; Streamlit's classes, pseudo-classes, bare tags and longer
    chains are not inlined."""
    from rerunqt.core.page_css_inline import class_rules, inline_classes

    rules = class_rules(('.hero { color: white; padding: 20px } #corgi { color: blue } '
                         '.hero > h1 { color: red } .stApp { color: red } a.link:hover { color: red } '
                         'div.card.ok { font-family: "Inter" } div p { color: red } '
                         '.a .b .c { color: red }',))
    assert [(r.tag, sorted(r.classes), r.ident, r.ancestor) for r in rules] == [
        ("", ["hero"], "", None), ("", [], "corgi", None), ("h1", [], "", ("", frozenset({"hero"}), "")),
        ("div", ["card", "ok"], "", None)]
    html = ('<div class="hero" style="color: pink"><h1 id=corgi class="hero">A</h1><br><h1>B</h1></div>'
            '<h1>C</h1><div class="card ok x">D</div><p class="card ok">E</p><span class="stApp">F</span>')
    assert inline_classes(html, rules) == (
        '<div class="hero" style="color: white; padding: 20px; color: pink">'
        '<h1 id=corgi class="hero" style="color: white; padding: 20px; color: red; color: blue">A</h1>'
        '<br><h1 style="color: red">B</h1></div><h1>C</h1>'
        '<div class="card ok x" style="font-family: \'Inter\'">D</div><p class="card ok">E</p>'
        '<span class="stApp">F</span>')


def test_st_key_selectors_and_element_keys() -> None:
    from rerunqt.core.page_css import css_key

    assert target_of(".st-key-card") == ("main", "key:card", "")
    assert target_of("div.st-key-Login_Btn button:hover") == ("main", "key_button:login_btn", "hover")
    assert target_of(".st-key-card p") is None
    assert css_key("Login Btn") == "login-btn" and css_key(("container", "key:card")) == "card"
    assert css_key("$$ID-button-1") is None and css_key(("markdown", 0)) is None
