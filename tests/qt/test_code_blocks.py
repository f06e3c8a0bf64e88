"""Code and JSON blocks: colouring, escaping, folding, line numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from rerunqt.qt.adapters.code import COLOURS, highlight_json, highlight_python

pytestmark = pytest.mark.qt


def test_python_keywords_strings_and_comments_are_coloured() -> None:
    html = highlight_python("def f(x):\n    return 'a<b'  # note\n")
    assert f'color:{COLOURS["keyword"]}">def<' in html
    assert f'color:{COLOURS["name"]}">f<' in html
    assert f'color:{COLOURS["string"]}">&#x27;a&lt;b&#x27;<' in html
    assert f'color:{COLOURS["comment"]}"># note<' in html


def test_unfinished_python_is_shown_plain_and_escaped() -> None:
    assert highlight_python("x = (1,\n<b>") == "x = (1,\n&lt;b&gt;"


def test_json_keys_and_values_are_coloured_differently() -> None:
    html = highlight_json('{\n  "k": "v",\n  "n": 2,\n  "t": true\n}')
    assert f'color:{COLOURS["key"]}">&quot;k&quot;<' in html
    assert f'color:{COLOURS["string"]}">&quot;v&quot;<' in html
    assert f'color:{COLOURS["number"]}">2<' in html


def test_json_block_folds_and_honours_expanded(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.json({"a": 1, "b": [1, 2]}, expanded=False)
        st.code("for i in range(3):\\n    print(i)", line_numbers=True)
        """
    )
    pilot = rerunqt_pilot(script)
    view = pilot.record(kind="json").widget
    folded = view.label.text()  # expanded=False: the root is one folded line, as in Streamlit
    assert "{…} 2 keys" in folded and "&quot;a&quot;" not in folded
    assert view.findChild(QToolButton) is None  # no header above the JSON
    link = next(part.split('"')[0] for part in folded.split('href="')[1:])
    view.label.linkActivated.emit(link)  # a click on the root's summary opens it
    opened = view.label.text()
    assert "&quot;a&quot;" in opened and "[…] 2 items" in opened  # its children stay folded
    assert pilot.window.session.run_count == 1  # folding is view-only: no rerun
    code = pilot.record(kind="code").widget.inner
    assert "print" in code.text() and ">1  <" in code.text() and ">2  <" in code.text()


def test_long_lines_scroll_sideways_instead_of_widening_the_page(rerunqt_pilot, write_script) -> None:
    script = write_script(
        """
        import rerunqt as st
        st.code("x = " + " + ".join(str(i) for i in range(200)))
        st.markdown("A paragraph that must still wrap to the window. " * 10)
        try:
            raise ValueError("long " * 100)
        except ValueError as e:
            st.exception(e)
        """
    )
    pilot = rerunqt_pilot(script)
    window = pilot.window
    viewport = window.page_scroll.viewport()
    assert window.page.width() <= viewport.width()  # no page-wide sideways scrolling
    block = pilot.record(kind="code").widget
    assert block.horizontalScrollBar().maximum() > 0  # the code block scrolls instead
    paragraph = pilot.record(kind="markdown").widget
    assert paragraph.height() > 2 * paragraph.fontMetrics().height()  # it wraps


def test_a_pixel_height_is_the_blocks_height(rerunqt_pilot, write_script) -> None:
    """Streamlit 1.67's st.code(height=N) is N tall: a short block keeps the height (it was
    only a cap, so the block shrank to its lines) and a long one scrolls inside it."""
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.code("def hello():\\n    print('hi')", height=200)
st.code("print(1)\\n" * 40, height=120)
"""))
    short, long = [r.widget for r in pilot.window.renderer.find(kind="code")]
    assert short.height() == 200
    assert short.inner.alignment() & Qt.AlignmentFlag.AlignTop  # the code at its top
    assert long.height() == 120 and long.verticalScrollBar().maximum() > 0


def _fragments(markdown: str) -> dict[str, tuple[str, object]]:
    from PySide6.QtGui import QTextDocument, QTextFormat

    from rerunqt.qt.markdown_html import read_markdown

    document = QTextDocument()
    read_markdown(document, markdown)
    out = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            part = it.fragment()
            face = part.charFormat()
            out[part.text().strip()] = (face.foreground().color().name(),
                                        face.property(QTextFormat.Property.FontPixelSize))
            it += 1
        block = block.next()
    return out


def test_a_python_fence_in_markdown_is_coloured_and_sized_as_st_code(qapp) -> None:
    """Streamlit draws Markdown's fenced code with st.code's highlighter: a ```python
    block was plain black and in the body's larger size."""
    parts = _fragments("Some code:\n\n```python\ndef hello():\n    return 'hi'  # greet\n```\n")
    assert parts["def"] == (COLOURS["keyword"], 13)
    assert parts["hello"][0] == COLOURS["name"]
    assert parts["'hi'"][0] == COLOURS["string"] and parts["# greet"][0] == COLOURS["comment"]
    assert parts["Some code:"][1] is None  # the text around keeps the body size
    plain = _fragments("```\ndef hello(): pass\n```")
    assert plain["def hello(): pass"] == ("#000000", 13)  # no language: sized, not coloured


def test_json_code_is_coloured_in_st_code_and_in_a_markdown_fence(rerunqt_pilot, write_script, qapp) -> None:
    """Streamlit colours ``st.code(text, language="json")`` (a real connector-config tool's
    preview) and a ```json fence as it colours st.json; both were plain black."""
    pilot = rerunqt_pilot(write_script(
        'import rerunqt as st\nst.code(\'{\\n  "name": "gcs",\\n  "tasks": 1\\n}\', language="json")\n'))
    text = pilot.record(kind="code").widget.inner.text()
    assert f'color:{COLOURS["key"]}">&quot;name&quot;<' in text
    assert f'color:{COLOURS["string"]}">&quot;gcs&quot;<' in text
    assert f'color:{COLOURS["number"]}">1<' in text
    parts = _fragments('```json\n{"name": "gcs", "on": true}\n```')
    assert parts['"name"'][0] == COLOURS["key"] and parts['"gcs"'][0] == COLOURS["string"]
    assert parts["true"][0] == COLOURS["keyword"]


@pytest.mark.parametrize(("language", "source", "coloured"), [
    ("sql", "SELECT name FROM users -- adults\nWHERE age > 18 AND city = 'Oslo'",
     {"SELECT": "keyword", "WHERE": "keyword", "-- adults": "comment", "18": "number",
      "&#x27;Oslo&#x27;": "string"}),
    ("bash", 'for f in *.csv; do echo "$f"; done  # each file',
     {"for": "keyword", "done": "keyword", "&quot;$f&quot;": "string", "# each file": "comment"}),
    ("javascript", "const n = 5; // five\nfunction f() { return 'x'; }",
     {"const": "keyword", "return": "keyword", "// five": "comment", "&#x27;x&#x27;": "string"}),
    ("yaml", "name: app\n- port: 8080  # web", {"name": "key", "port": "key", "8080": "number"}),
    ("css", ":root {\n--color-1: #97d147;\n}\nh1 { font-size: 2rem; } /* big */",
     {"--color-1": "key", "font-size": "key", "/* big */": "comment"}),
])
def test_other_languages_are_coloured_as_streamlit_colours_them(language, source, coloured) -> None:
    """Streamlit colours st.code in every language its highlighter knows: a data app's
    ``st.code(query, language="sql")`` was plain black. Words that are no keywords
    (``name``, ``users``) stay plain."""
    from rerunqt.qt.adapters.code import highlight_code

    html = highlight_code(source, language)
    for text, kind in coloured.items():
        assert f'color:{COLOURS[kind]}">{text}<' in html, text
    assert ">name<" not in html.replace(f'{COLOURS["key"]}">name<', "") and ">users<" not in html


def test_code_and_json_text_sits_inside_the_padding_above_as_below(rerunqt_pilot, write_script) -> None:
    """st.code's ``<pre style="margin:0">`` reset the block's top padding to 0 (a label's
    HTML margin rule), so the code touched the top edge of its box with 10 px under it."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.code("a = 1\\n\\nb = 2")
        with st.echo():
            x = 1
        st.json({"a": 1})
    """))
    labels = [record.widget.inner for record in pilot.window.renderer.find(kind="code")]
    labels.append(pilot.record(kind="json").widget.label)
    assert len(labels) == 3
    for label in labels:
        margins = label.contentsMargins()
        assert margins.top() == margins.bottom() > 0
