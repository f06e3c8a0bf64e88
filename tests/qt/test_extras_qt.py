"""badge, space, html, latex and link_button in a real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from rerunqt.qt.adapters import extras

pytestmark = pytest.mark.qt

SCRIPT = r"""
import rerunqt as st
st.badge("Beta", color="violet")
st.space(30)
st.html("<table><tr><td>a</td><td><a href='https://example.org'>link</a></td></tr></table>")
st.latex(r"\frac{a}{b}")
st.link_button("Open docs", "https://docs.example.org")
st.link_button("Open and log", "https://example.org", on_click="rerun", key="log")
st.write(st.session_state.get("log"))
st.help(sorted)
st.write_stream(iter(["streamed ", "text"]))
"""


def test_small_elements_render_and_link_buttons_open_the_browser(rerunqt_pilot, write_script,
                                                                 qtbot, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(extras, "open_url", lambda url: opened.append(url) or True)
    pilot = rerunqt_pilot(write_script(SCRIPT))
    badge = pilot.record(kind="badge").widget  # Markdown, as Streamlit's: ":violet-badge[Beta]"
    assert badge.accessibleName() == "Beta" and badge.source == ":violet-badge[Beta]"
    assert pilot.record(kind="space").widget.height() == 30
    assert "<table>" in pilot.record(kind="html").widget.text()
    latex = pilot.record(kind="latex").widget
    assert latex.formula.accessibleName() == r"\frac{a}{b}"
    # matplotlib draws it when installed; otherwise the source is shown with a note
    assert latex.formula.pixmap().isNull() != latex.note.isHidden()
    helped = pilot.record(kind="help").widget
    assert plain(helped.head.text()).startswith(
        "sorted  builtin_function_or_method  builtins.sorted(")
    assert "streamed text" in pilot.texts("markdown")
    runs = pilot.window.session.run_count
    qtbot.mouseClick(pilot.widget(label="Open docs"), Qt.MouseButton.LeftButton)
    pilot.settle()
    assert opened == ["https://docs.example.org"]
    assert pilot.window.session.run_count == runs  # a plain link does not rerun
    qtbot.mouseClick(pilot.widget(key="log"), Qt.MouseButton.LeftButton)
    pilot.settle()
    assert opened[-1] == "https://example.org"
    assert pilot.window.session.run_count == runs + 1


def plain(html: str) -> str:
    """What a rich-text label reads as (a non-breaking space as a space)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText().replace("\xa0", " ")


HELP_OF_FIDO = '''
import rerunqt as st
class Dog:
    """A typical dog.

    It barks."""
    def __init__(self, breed, color):
        self.breed = breed
        self.color = color
    def bark(self):
        """Say woof."""
        return "Woof!"
    def sit(self):
        return None
fido = Dog("poodle", "white")
st.help(fido)
'''


def test_help_of_an_instance_shows_name_type_value_docs_and_a_members_table(
        rerunqt_pilot, write_script) -> None:
    """Streamlit's st.help(fido): "fido  Dog  __main__.Dog(breed, color)", the docstring,
    then a row per member: name and type, then the value or the docs' first line."""
    pilot = rerunqt_pilot(write_script(HELP_OF_FIDO))
    box = pilot.record(kind="help").widget
    assert plain(box.head.text()) == "fido  Dog  __main__.Dog(breed, color)"
    assert box.doc.label.text() == "A typical dog.\n\nIt barks."
    assert box.doc.isVisible() and box.doc.height() >= box.doc.label.sizeHint().height()
    rows = [(plain(name.text()), detail.text()) for name, detail in box.rows]
    assert rows == [("breed  str", "'poodle'"), ("color  str", "'white'"),
                    ("bark  method", "Say woof."), ("sit  method", "No docs available")]
    assert all(cell.isVisible() for row in box.rows for cell in row)
    name, detail = box.rows[0]
    assert name.geometry().top() == detail.geometry().top() and name.x() < detail.x()
    assert box.accessibleName() == "Help on fido"


def test_a_stretch_space_pushes_the_next_button_to_the_far_end(rerunqt_pilot, write_script) -> None:
    """st.space("stretch") in a horizontal container (Streamlit 1.67's space example 2)."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
with st.container(horizontal=True):
    st.button("Left")
    st.space("stretch")
    st.button("Right")
"""))
    left, right = pilot.widget(label="Left"), pilot.widget(label="Right")
    row = left.parentWidget()
    while not row.isAncestorOf(right):
        row = row.parentWidget()
    right_edge = right.mapTo(row, right.rect().topRight()).x()
    assert right_edge > row.width() - 40  # at the far end, not beside "Left"
    assert right.mapTo(row, right.rect().topLeft()).x() > left.mapTo(row, left.rect().topRight()).x() + 100


@pytest.mark.parametrize("wrap", [True, False])
def test_a_space_in_a_row_is_wide_not_tall(rerunqt_pilot, write_script, wrap) -> None:
    """Streamlit's space follows its container: in a horizontal one it is a gap of its size
    between the elements and makes the row no taller (it made the row 40 px tall)."""
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.container(horizontal=True, wrap={wrap}):
    st.button("Left")
    st.space("medium")
    st.button("Right")
st.space("medium")
"""))
    pilot.settle()
    left, right = pilot.widget(label="Left"), pilot.widget(label="Right")
    in_row, below = (r.widget for r in pilot.window.renderer.find(kind="space"))
    assert (in_row.width(), in_row.height()) == (40, 0)
    assert below.height() == 40  # in the page's column: a vertical gap, as before
    gap = right.mapTo(pilot.window, right.rect().topLeft()).x() - left.mapTo(
        pilot.window, left.rect().topRight()).x()
    assert gap >= 40


@pytest.mark.parametrize("horizontal", [True, False])
def test_content_width_html_is_as_wide_as_its_text(rerunqt_pilot, write_script, horizontal) -> None:
    """Streamlit's container alignment demo: st.html('<div style="background:...">One</div>',
    width="content") is a box around "One"; it was about 130 px wide whatever its text."""
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.container(horizontal={horizontal}):
    st.html('<div style="background:lightblue;">One</div>', width="content")
    st.html('<div style="background:lightblue;">Three</div>', width="content")
st.html('<div style="background:lightblue;">Wide</div>')
"""))
    pilot.settle()
    one, three, wide = (r.widget for r in pilot.window.renderer.find(kind="html"))
    metrics = one.fontMetrics()
    assert one.width() <= metrics.horizontalAdvance("One") + 8
    assert three.width() <= metrics.horizontalAdvance("Three") + 8
    assert one.width() < three.width()
    assert wide.width() > 300  # width="stretch" (the default) spans the page


def test_latex_as_streamlit_s_docs_write_it_is_drawn(rerunqt_pilot, write_script) -> None:
    """KaTeX input mathtext cannot read as written (line breaks, \\le, aligned rows) is
    drawn; a command nothing knows keeps its source, with a note that says why."""
    pytest.importorskip("matplotlib")
    pilot = rerunqt_pilot(write_script(r'''
import rerunqt as st
st.latex(r"""
    a + ar + a r^2 + a r^3 + \cdots + a r^{n-1} =
    \sum_{k=0}^{n-1} ar^k
    """)
st.latex(r"0 \le x \le 1, \lVert v \rVert")
st.latex(r"\begin{aligned} a &= b + c \\ d &= e \end{aligned}")
st.latex(r"\unknowncommand{x}")
'''))
    boxes = [record.widget for record in pilot.window.renderer.find(kind="latex")]
    for box in boxes[:3]:
        assert box.formula.pixmap() is not None and not box.formula.pixmap().isNull()
        assert not box.note.isVisibleTo(box)
    aligned = boxes[2].formula.pixmap()
    single = boxes[1].formula.pixmap()
    assert aligned.height() > 1.6 * single.height()  # two rows, stacked
    assert boxes[3].formula.text() == r"\unknowncommand{x}"
    assert "cannot read" in boxes[3].note.text() and "install" not in boxes[3].note.text()


BADGES = """
import rerunqt as st
st.badge("New", color="blue", icon=":material/star:")
st.markdown(":blue-badge[:material/star: New]")
st.badge("a [b]", color="green")
"""


def badge_box(widget, colour: str):  # type: ignore[no-untyped-def]
    """The rectangle a badge's background covers in the widget (None when absent)."""
    from PySide6.QtCore import QRect

    image = widget.grab().toImage()
    box = QRect()
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).name() == colour:
                box = box.united(QRect(x, y, 1, 1))
    return box


def badge_font(widget):  # type: ignore[no-untyped-def]
    """The font of the badge's text ("New") in the label's rich text."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDefaultFont(widget.font())
    document.setHtml(widget.text())
    cursor = document.find("New")
    font = widget.font()  # the label's text size, in points (its style sheet sets pixels)
    return cursor.charFormat().font(), font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75


def test_st_badge_looks_like_a_markdown_badge(rerunqt_pilot, write_script) -> None:
    """Streamlit's st.badge is Markdown (``:blue-badge[...]``): the same small badge."""
    from rerunqt.qt.markdown_html import BACKGROUND

    pilot = rerunqt_pilot(write_script(BADGES))
    badge = pilot.record(kind="badge").widget
    markdown = pilot.record(kind="markdown").widget
    blue = BACKGROUND[False]["blue"]
    box, written = badge_box(badge, blue), badge_box(markdown, blue)
    assert not box.isEmpty() and box.size() == written.size()  # the same badge, to the pixel
    font, text_points = badge_font(badge)
    assert font.pointSizeF() == pytest.approx(text_points * 0.875, abs=0.01)  # fontSizes.sm at 1rem
    assert font.weight() == badge_font(markdown)[0].weight() and not font.bold()
    assert font.pointSizeF() == pytest.approx(badge_font(markdown)[0].pointSizeF())
    second = pilot.window.renderer.find(kind="badge")[1].widget  # brackets in a label: as written
    shown = QTextDocument()
    shown.setHtml(second.text())
    assert second.accessibleName() == "a [b]" and shown.toPlainText().strip() == "a [b]"


def test_st_html_draws_a_styled_div_as_one_box(rerunqt_pilot, write_script) -> None:
    """A KPI card written with st.html: the background and padding make one box around
    the heading and the number (Qt gave each line its own strip), text centred in it."""
    from PySide6.QtGui import QTextTable

    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.html(\"<div style='background-color:#1f77b4;color:white;padding:20px;"
        "text-align:center'><h3>Total</h3><p>1,234</p></div>\")\n"))
    document = QTextDocument()
    document.setHtml(pilot.record(kind="html").widget.text())
    table = document.rootFrame().childFrames()[0]
    assert isinstance(table, QTextTable)
    cell = table.cellAt(0, 0)
    assert cell.format().background().color().name() == "#1f77b4"
    assert cell.format().toTableCellFormat().topPadding() == 20
    block = cell.firstCursorPosition().block()
    assert block.text() == "Total" and block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter


def test_style_only_html_takes_no_room_on_the_page(rerunqt_pilot, write_script) -> None:
    """A <style> block for a web page (Qt cannot apply it) is not drawn: the text after it
    sits where it would without it."""
    plain = rerunqt_pilot(write_script("import rerunqt as st\nst.write('first')\n"))
    first = plain.record(kind="markdown").widget
    top = first.mapTo(plain.window, first.rect().topLeft()).y()
    styled = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.html('<style>.x {color: red}</style>')\nst.write('first')\n"))
    label = styled.record(kind="markdown").widget
    assert label.mapTo(styled.window, label.rect().topLeft()).y() == top


def test_a_short_badge_stays_on_one_line(rerunqt_pilot, write_script) -> None:
    """A badge is as wide as its words (Streamlit's inline badge): Qt's guess for a
    wrapped label broke "Green badge with emoji" onto two lines in a wide page."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.badge("Simple")
st.badge("Green badge with emoji", icon=":material/rocket:", color="green")
st.badge("A badge with a few more words in it than the others")
"""))
    pilot.window.resize(900, 500)
    pilot.settle()
    badges = [r.widget for r in pilot.window.renderer.find(kind="badge")]
    assert len(badges) == 3
    assert badges[1].height() == badges[0].height() == badges[2].height()


def test_st_html_draws_no_script_text_and_no_css_file(rerunqt_pilot, write_script, tmp_path) -> None:
    """Streamlit's e2e st_html app: a <script> is not shown (AppTest still reads it in the
    body) and a CSS file given as a Path is page style, not text on the page."""
    (tmp_path / "look.css").write_text("#corgi { color: green; }")
    pilot = rerunqt_pilot(write_script(f"""
        from pathlib import Path
        import rerunqt as st
        st.html("<i>This is a i tag</i><script>alert('BEWARE')</script><b onclick='x()'>bold</b>")
        st.html(Path({str(tmp_path / "look.css")!r}))
    """))
    shown = [plain(r.widget.text()) for r in pilot.window.renderer.find(kind="html")]
    assert [text for text in shown if text.strip()] == ["This is a i tagbold"]
    assert "BEWARE" not in pilot.record(kind="html").widget.text()
    assert "onclick" not in pilot.record(kind="html").widget.text()


def test_a_formula_wider_than_the_page_scrolls_in_its_block(rerunqt_pilot, write_script,
                                                           qtbot) -> None:
    """Streamlit's st_markdown e2e app: a long st.latex in a container made the whole page
    as wide as the formula, so a long heading above it stopped wrapping and ran off the
    window. In Streamlit the formula scrolls sideways inside its own block."""
    pytest.importorskip("matplotlib")
    pilot = rerunqt_pilot(write_script(r'''
import rerunqt as st
st.markdown("# some really long header " + " ".join(["lol"] * 10))
with st.container():
    st.latex("this is a very long formula " * 6)
'''))
    pilot.window.resize(700, 600)
    page = pilot.window.page_scroll
    qtbot.wait(100)
    assert page.widget().width() <= page.viewport().width()  # the page keeps its width
    heading = pilot.record(kind="markdown").widget
    assert heading.height() > 1.6 * heading.fontMetrics().height() * 30 / 14  # wrapped: 2 lines
    box = pilot.record(kind="latex").widget
    assert box.width() <= page.viewport().width()
    assert box.scroller.horizontalScrollBar().maximum() > 0  # the rest is a scroll away


def test_a_display_formula_in_markdown_wider_than_the_page_keeps_the_page_width(
        rerunqt_pilot, write_script, qtbot) -> None:
    """The same with a $$ formula in st.markdown (its picture set the page's width)."""
    pytest.importorskip("matplotlib")
    pilot = rerunqt_pilot(write_script(r'''
import rerunqt as st
st.markdown("# some really long header " + " ".join(["lol"] * 10))
st.markdown("$$\n" + "this is a very long formula " * 6 + "\n$$")
'''))
    pilot.window.resize(700, 600)
    page = pilot.window.page_scroll
    qtbot.wait(100)
    assert page.widget().width() <= page.viewport().width()
    heading, formula = pilot.window.renderer.find(kind="markdown")
    assert "<img" in formula.widget.text()  # drawn as a picture
    assert formula.widget.width() <= page.viewport().width()
    assert heading.widget.height() > 1.6 * heading.widget.fontMetrics().height() * 30 / 14


def test_the_tex_logos_are_drawn_as_katex_draws_them(rerunqt_pilot, write_script) -> None:
    """Streamlit's st_markdown app opens with st.latex(r"\\LaTeX") and writes "Inline
    math with $\\KaTeX$": KaTeX draws the logos, mathtext knows neither command, so the
    source and a "cannot read" note were shown instead."""
    pytest.importorskip("matplotlib")
    pilot = rerunqt_pilot(write_script(r'''
import rerunqt as st
st.latex(r"\LaTeX")
st.latex(r"\TeX \text{ and } \KaTeX")
st.markdown(r"Inline math with $\KaTeX$")
'''))
    for record in pilot.window.renderer.find(kind="latex"):
        box = record.widget
        assert box.formula.pixmap() is not None and not box.formula.pixmap().isNull()
        assert not box.note.isVisibleTo(box)
    markdown = pilot.record(kind="markdown").widget
    assert "<img" in markdown.text() and "KaTeX" not in markdown.text()
