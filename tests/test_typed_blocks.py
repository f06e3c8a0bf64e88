"""A Block's element methods have the module functions' typed signatures (issue 7).

``col.button`` is ``st.button`` run inside ``col``: an IDE and mypy see its parameters,
so a misspelt argument on a column or the sidebar is a type error, not a runtime surprise.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

SNIPPET = """
import rerunqt as st

col, _ = st.columns(2)
reveal_type(col.button)
reveal_type(st.sidebar.slider)
col.button("x", bogus=1)
"""


def test_mypy_sees_the_parameters_of_block_methods(tmp_path) -> None:
    script = tmp_path / "app.py"
    script.write_text(SNIPPET)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), str(script)],
        capture_output=True, text=True, cwd=ROOT,
    )
    out = result.stdout
    assert 'Revealed type is "def (label: str, key: str | int | None =' in out, out
    assert ("use_container_width: bool =, width: int | str =, shortcut: str | None =, "
            "wrap: bool | None =) -> bool") in out, out
    assert 'Revealed type is "def (label: str, min_value: Any =' in out, out
    assert 'Unexpected keyword argument "bogus"' in out, out
