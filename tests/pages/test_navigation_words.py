"""Mistakes with st.navigation / st.Page / st.page_link say Streamlit 1.67's words first."""

from __future__ import annotations

import pytest

from rerunqt.testing import AppTest

HEAD = "import rerunqt as st\ndef a():\n    st.write('A')\ndef b():\n    st.write('B')\n"


@pytest.mark.parametrize(("call", "words"), [
    ("st.navigation([]).run()",
     "The `pages` parameter is required. Provide at least one `st.Page`."),
    ("st.navigation({}).run()",
     "The `pages` parameter is required. Provide at least one `st.Page`."),
    ("st.navigation([st.Page(a, default=True), st.Page(b, default=True)]).run()",
     "Multiple Pages specified with `default=True`. At most one Page can be set to default."),
    ("st.Page(a, url_path='x/y')",
     "The `url_path` `x/y` cannot include `/`. Streamlit does not support nested URL "
     "pathnames yet, so use a single path segment (e.g. `foo_bar`)."),
    ("st.navigation([st.Page(a, url_path=''), st.Page(b)]).run()",
     "The `url_path` parameter is required. It can only be empty for the default page."),
    ("st.page_link('https://x.org')",
     "The `label` parameter is required. Streamlit cannot infer a label for an external URL."),
    ("st.Page(a, title='   ')",
     "The `title` parameter is required. It cannot be empty or consist of underscores/spaces "
     "only."),
])
def test_navigation_mistakes_start_with_streamlits_words(call: str, words: str) -> None:
    at = AppTest.from_string(HEAD + call + "\n").run()
    assert at.exception[0].message.startswith(words)


def test_an_empty_title_is_the_inferred_one() -> None:
    at = AppTest.from_string(HEAD + "st.navigation([st.Page(a, title=''), st.Page(b)]).run()\n")
    at.run()
    assert not at.exception and at.navigation[0].pages[0][1] == "a"
