"""MarkdownColumn cells as Streamlit's grid shows them: the source on one line; a double
click or Enter opens an overlay with the Markdown rendered (st.table renders every cell)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextFormat

pytestmark = pytest.mark.qt

SCRIPT = r'''
import pandas as pd
import rerunqt as st
df = pd.DataFrame({"description": ["# Title\\n\\nThis is **bold** text",  # the docs' example
                                   "# Title\n\nThis is **bold** text", "Regular text with `code`"]})
st.dataframe(df, key="md", hide_index=True,
             column_config={"description": st.column_config.MarkdownColumn("Description", width="large")})
st.table(df.iloc[[2]])
'''


def test_cells_show_the_markdown_source_on_one_line(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    view = pilot.table(key="md")
    model = view.model()
    assert [model.index(r, 0).data() for r in range(3)] == [
        "# Title\\n\\nThis is **bold** text",  # backslash-n as written, ** as written
        "# Title  This is **bold** text",  # each line break a space (Streamlit's displayValue)
        "Regular text with `code`"]
    assert view.itemDelegate() is view.plain_delegate  # plain text, no rendered Markdown
    view.setCurrentIndex(model.index(2, 0))
    assert view.copy_selection() == "Regular text with `code`"  # Ctrl+C: the source
    table = pilot.window.renderer.find(kind="table")[0].widget  # st.table renders its cells
    assert table.itemDelegate() is table.column_delegate


def test_double_click_or_enter_opens_the_rendered_markdown(rerunqt_pilot, write_script, qtbot) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    view = pilot.table(key="md")
    index = view.model().index(1, 0)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    overlay = view.overlay
    assert overlay is not None and overlay.isVisible()
    document = QTextDocument()
    if overlay.label.textFormat() == Qt.TextFormat.RichText:
        document.setHtml(overlay.label.text())
    else:
        document.setMarkdown(overlay.label.text())
    assert document.toPlainText().splitlines()[:2] == ["Title", "This is bold text"]
    first = document.begin()
    title = first.begin().fragment().charFormat()  # "# Title" is a heading there (st.title's size)
    assert title.fontWeight() >= 600 and title.property(QTextFormat.Property.FontPixelSize) == 30
    assert 300 <= overlay.width() <= 500
    overlay.close()

    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.overlay is not overlay and view.overlay.isVisible()
    assert "code" in view.overlay.label.text()


def test_editor_markdown_cells_are_one_line_too(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script('''
import rerunqt as st
st.data_editor({"md": ["# Title\\n\\nThis is **bold** text"]}, key="ed",
               column_config={"md": st.column_config.MarkdownColumn()})
'''))
    table = pilot.widget(key="ed")
    assert table.model().index(0, 0).data() == "# Title  This is **bold** text"
    assert table.model().index(0, 0).data(Qt.ItemDataRole.EditRole) == "# Title\n\nThis is **bold** text"
