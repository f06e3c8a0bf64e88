"""```mermaid fences in st.markdown drawn as diagrams, as Streamlit 1.67's Markdown draws them."""

from __future__ import annotations

import shutil
import tempfile

import pytest

from rerunqt.testing import AppTest

SCRIPT = '''
import rerunqt as st
st.markdown("""
Here is a **flowchart**:

```mermaid
graph TD
    A[Start] --> B{Decision}
    B -->|Yes| C[OK]
```

The diagram above.
""")
st.markdown("```mermaid\\nsequenceDiagram\\n    Alice->>Bob: Hello\\n```")
'''


def test_apptest_keeps_one_markdown_element_with_the_fence_as_written() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert len(at.markdown) == 2 and "```mermaid\ngraph TD" in at.markdown[0].value


@pytest.mark.skipif(shutil.which("dot") is None, reason="needs Graphviz's dot")
def test_a_flowchart_fence_is_a_picture_and_other_diagrams_stay_code(
        rerunqt_pilot, write_script, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # drawn now, not from a cache
    pilot = rerunqt_pilot(write_script(SCRIPT))
    flow, sequence = (r.widget for r in pilot.window.renderer.find(kind="markdown"))
    assert "<img" in flow.text() and "graph TD" not in flow.text()
    assert "flowchart" in flow.text() and "The diagram above." in flow.text()  # text around it
    assert list(tmp_path.glob("rerunqt-formulas/mermaid-*.png"))
    assert "<img" not in sequence.text() and "sequenceDiagram" in sequence.text()
