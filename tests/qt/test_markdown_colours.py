"""Streamlit's coloured Markdown (:red[...], backgrounds, badges) on the real labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from rerunqt.qt.markdown_html import BACKGROUND, TEXT

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.markdown(":red[██████] plain **bold** :blue-background[sea] :material/home: :tada:")
st.info(":green[**done**]")
st.markdown("no directive here")
"""


def colours_in(widget) -> set[str]:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)}


def test_coloured_ranges_are_drawn_in_the_theme_s_colours(rerunqt_pilot, write_script, qapp) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = rerunqt_pilot(write_script(SCRIPT))
    first, _ = (r.widget for r in pilot.window.renderer.find(kind="markdown"))
    assert ":red[" not in first.text() and ":material/" not in first.text()
    seen = colours_in(first)
    assert TEXT[False]["red"] in seen and BACKGROUND[False]["blue"] in seen
    assert "\u2302" in first.text() and "\U0001F389" in first.text()  # icon and emoji as symbols
    try:
        apply_theme(qapp, "dark", force=True)  # the colours follow the theme
        pilot.qtbot.waitUntil(lambda: TEXT[True]["red"] in colours_in(first))
        assert TEXT[False]["red"] not in colours_in(first)
    finally:
        apply_theme(qapp, "light", force=True)


def test_markdown_without_directives_stays_qt_markdown(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    _, plain = (r.widget for r in pilot.window.renderer.find(kind="markdown"))
    assert plain.text() == "no directive here"
    info = pilot.window.renderer.find(kind="info")[0].widget
    assert QColor(TEXT[False]["green"]).name() in colours_in(info)


def test_widget_labels_read_markdown_as_streamlit_s_do(rerunqt_pilot, write_script) -> None:
    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.text_input('Plain words')\nst.text_input('**Bold** :red[██]')\n"))
    plain, marked = (r.widget.label for r in pilot.window.renderer.find(kind="text_input"))
    assert plain.textFormat() == Qt.TextFormat.PlainText  # most labels: no Markdown to read
    assert marked.textFormat() == Qt.TextFormat.RichText and "**" not in marked.text()
    assert TEXT[False]["red"] in colours_in(marked)


def test_formulas_in_markdown_are_pictures_or_their_source(rerunqt_pilot, write_script,
                                                          monkeypatch) -> None:
    pytest.importorskip("matplotlib")
    from PySide6.QtCore import Qt

    from rerunqt.qt import formula

    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.markdown('Area $\\\\pi r^2$ for $5')\n"))
    label = pilot.window.renderer.find(kind="markdown")[0].widget
    assert label.textFormat() == Qt.TextFormat.RichText
    assert "<img" in label.text() and "\\pi" not in label.text() and "$5" in label.text()
    monkeypatch.setattr(formula, "formula_file", lambda *args: None)  # no matplotlib
    label.set_text("Area $\\pi r^2$")
    assert "<img" not in label.text() and "\\pi r^2" in label.text()


def test_heading_dividers_are_drawn_in_streamlit_s_colours(rerunqt_pilot, write_script) -> None:
    from rerunqt.qt.adapters.text import DIVIDERS

    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.header('A', divider=True)\nst.header('B', divider=True)\n"
        "st.subheader('C', divider='violet')\nst.header('D')\nst.header('E', divider='grey')\n"
        "st.header('F', divider='yellow')\n"))
    labels = [r.widget for r in pilot.window.renderer.find() if r.element.kind in ("header", "subheader")]
    drawn = [colours_in(label) for label in labels]
    assert DIVIDERS["blue"] in drawn[0] and DIVIDERS["green"] in drawn[1]  # True: in turn
    assert DIVIDERS["violet"] in drawn[2]
    assert not drawn[3] & {DIVIDERS[c] for c in ("blue", "green", "violet")}
    assert DIVIDERS["gray"] in drawn[4]  # "grey" is kept as given and drawn as gray
    assert DIVIDERS["yellow"] in drawn[5]


def test_underscores_are_emphasis_and_code_and_quotes_get_their_boxes(rerunqt_pilot,
                                                                      write_script) -> None:
    """Qt's own Markdown reads `_x_` as underline; Streamlit (GitHub) as emphasis."""
    from rerunqt.qt.code_style import CODE_BACKGROUND
    from rerunqt.qt.markdown_html import QUOTE_BAR

    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.markdown('_it_ and __strong__ and snake_case_name')\n"
        "st.markdown('> quoted\\n\\n```python\\nx = 1\\n```')\n"
        "st.markdown(':red[red] and _it_')\n"
        "st.markdown(':red[_all red and italic_]')\n"))
    emphasis, boxes, coloured, inside = (r.widget for r in pilot.window.renderer.find(kind="markdown"))
    html = emphasis.text()
    assert "underline" not in html and "font-style:italic" in html and "font-weight:700" in html
    assert "snake_case_name" in html  # intraword underscores stay as written
    seen = colours_in(boxes)
    assert CODE_BACKGROUND[False] in seen and QUOTE_BAR[False] in seen
    assert "underline" not in coloured.text() and "font-style:italic" in coloured.text()
    assert "font-style:italic" in inside.text() and "_all" not in inside.text()


def test_inline_code_is_monospace_on_a_grey_chip(rerunqt_pilot, write_script) -> None:
    """Qt's Markdown gives a code span the platform's fixed font (proportional on some
    platforms) and no background; Streamlit shows it monospace on grey."""
    from rerunqt.qt.code_style import CODE_BACKGROUND

    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.markdown('plain `code_x` here')\n"
        "st.markdown(':red[red] and `code_y`')\n"
        "st.write('Count = ', 3)\n"))
    labels = [r.widget for r in pilot.window.renderer.find(kind="markdown")]
    assert len(labels) == 3
    for label in labels:
        html = label.text()
        assert label.textFormat() == Qt.TextFormat.RichText and "`" not in html
        assert "DejaVu Sans Mono" in html and CODE_BACKGROUND[False] in html, html[-300:]
    assert CODE_BACKGROUND[False] in colours_in(labels[0])


def test_words_and_code_spans_take_the_fast_path() -> None:
    """st.write("Count = ", 3) gives words and a code span: HTML written directly, without
    loading the rich-text Markdown path (~18 ms with a window's first such label)."""
    from rerunqt.qt.code_style import CODE_BACKGROUND, code_spans_html

    html = code_spans_html("Count =  `3` and `<b>`", dark=True)
    assert html is not None and html.count(CODE_BACKGROUND[True]) == 2
    assert "&lt;b&gt;" in html and "`" not in html
    for text in ("**x** `y`", "- `a`", "a ``b`` c", "x `unclosed", ":red[a] `b`", "plain"):
        assert code_spans_html(text, dark=False) is None, text


LINKS = """
import rerunqt as st
st.markdown("Plain words, see [the docs](https://docs.streamlit.io) now.")
st.markdown("With `code`, _emphasis_ and [the docs](https://docs.streamlit.io).")
st.markdown(":red[red] and [a link](https://example.org).")
st.write("A bare https://example.org in text.")
"""


def link_faces(label) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """(colour, underlined) of each link a label shows."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    if label.textFormat() == Qt.TextFormat.MarkdownText:
        document.setMarkdown(label.text())
    else:
        document.setHtml(label.text())
    faces = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            char = it.fragment().charFormat()
            if char.isAnchor():
                faces.append((char.foreground().color().name(), char.fontUnderline()))
            it += 1
        block = block.next()
    return faces


def test_links_look_alike_whatever_else_the_markdown_holds(rerunqt_pilot, write_script, qapp) -> None:
    """Streamlit draws every Markdown link in the theme's link colour, underlined unless
    ``linkUnderline = false``. Qt's own Markdown reader drew plain-text links in Qt's blue
    without a line, and the document path drew them underlined: two looks on one page."""
    from rerunqt.qt.app import apply_theme
    from rerunqt.theme_custom import DEFAULTS

    pilot = rerunqt_pilot(write_script(LINKS))
    labels = [r.widget for r in pilot.window.renderer.find(kind="markdown")]
    faces = [face for label in labels for face in link_faces(label)]
    assert faces == [(DEFAULTS["light"]["link"], True)] * 4, faces
    try:
        apply_theme(qapp, "dark", force=True,
                    options={"theme.linkColor": "#ffa421", "theme.linkUnderline": False})
        for label in labels:  # as a theme change does (WrapLabel.changeEvent)
            label.set_text(label.source)
        html = labels[0].text()
        assert 'text-decoration:none' in html and "#ffa421" in html
    finally:
        apply_theme(qapp, "light", force=True, options={})


def test_color_directive_draws_its_own_colours_and_not_the_attributes(rerunqt_pilot,
                                                                      write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.markdown(':color[██████]{foreground="#ff5733"} :color[bg]{background="#4287f5"} '
            ':color[bad]{foreground="notacolour"}')
"""))
    label = pilot.record(kind="markdown").widget
    assert "foreground" not in label.text() and ":color[" not in label.text()
    seen = colours_in(label)
    assert "#ff5733" in seen and "#4287f5" in seen


def test_streamlit_short_code_is_drawn_as_a_picture(rerunqt_pilot, write_script, monkeypatch,
                                                    tmp_path) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # no cached logo: draw and save it
    pilot = rerunqt_pilot(write_script('import rerunqt as st\nst.markdown(":streamlit: Logo")\n'))
    label = pilot.record(kind="markdown").widget
    assert ":streamlit:" not in label.text() and "<img" in label.text()
    assert "Logo" in label.text()
