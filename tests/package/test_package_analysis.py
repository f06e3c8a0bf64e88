"""Import analysis: what `rerunqt package` puts in a bundle, read from the imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from rerunqt.package.analysis import ScriptSyntaxError, analyse


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_a_sibling_module_is_local_and_followed_for_its_own_imports(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import helper\nimport rerunqt as st\n",
                     "helper.py": "import numpy\nimport json\nfrom other import thing\n",
                     "other.py": "thing = 1\n", "unused.py": "import pandas\n"})
    found = analyse(tmp_path / "app.py")
    assert found.local_files == {tmp_path / "helper.py", tmp_path / "other.py"}
    assert found.third_party == {"numpy"}  # not json (stdlib), not pandas (never imported)


def test_a_local_package_brings_its_init_and_the_submodules_imported(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "from tools.maths import add\n",
                     "tools/__init__.py": "", "tools/maths.py": "from . import util\nfrom .fmt import f\n",
                     "tools/util.py": "import scipy\n", "tools/fmt.py": "f = str\n",
                     "tools/unused.py": ""})
    found = analyse(tmp_path / "app.py")
    names = {p.relative_to(tmp_path).as_posix() for p in found.local_files}
    assert names == {"tools/__init__.py", "tools/maths.py", "tools/util.py", "tools/fmt.py"}
    assert found.third_party == {"scipy"}


def test_pages_are_entry_points_and_their_imports_count(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import streamlit as st\n", "pages/1_One.py": "import shared\nimport yaml\n",
                     "shared.py": "", "pages/notes.txt": "not a page"})
    found = analyse(tmp_path / "app.py")
    assert found.entry_points == [tmp_path / "app.py", tmp_path / "pages" / "1_One.py"]
    assert found.local_files == {tmp_path / "shared.py"}
    assert found.third_party == {"yaml"}  # streamlit is rerunqt's alias, not a package to ship


def test_imports_inside_functions_and_try_blocks_are_found(tmp_path: Path) -> None:
    source = "def f():\n    import lazy_mod\ntry:\n    import optional_pkg\nexcept ImportError:\n    pass\n"
    write(tmp_path, {"app.py": source, "lazy_mod.py": ""})
    found = analyse(tmp_path / "app.py")
    assert found.local_files == {tmp_path / "lazy_mod.py"}
    assert found.third_party == {"optional_pkg"}


def test_chart_use_and_qt_imports_are_recorded(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import rerunqt as st\nfrom PySide6.QtNetwork import QTcpSocket\n"
                               "st.line_chart([1, 2])\n"})
    found = analyse(tmp_path / "app.py")
    assert found.uses_charts
    assert found.qt_modules == {"QtNetwork"}


def test_an_echarts_chart_is_a_chart_to_bundle_pyqtgraph_for(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import streamlit as st\nst.echarts_chart({'series': []})\n"})
    assert analyse(tmp_path / "app.py").uses_charts  # drawn by st.plotly_chart's pyqtgraph code


def test_a_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import helper\n", "helper.py": "x = 1\ndef broken(:\n"})
    with pytest.raises(ScriptSyntaxError, match=r"helper\.py:2: "):
        analyse(tmp_path / "app.py")


def test_scripts_named_in_st_page_are_entry_points(tmp_path: Path) -> None:
    write(tmp_path, {"app.py": "import rerunqt as st\nst.navigation([st.Page('views/a.py'), "
                               "st.Page('missing.py'), st.Page(lambda: None)]).run()\n",
                     "views/a.py": "import views_helper\n", "views_helper.py": ""})
    found = analyse(tmp_path / "app.py")
    assert found.entry_points == [tmp_path / "app.py", tmp_path / "views" / "a.py"]
    assert found.local_files == {tmp_path / "views_helper.py"}
