"""The README's compatibility table: every public Streamlit 1.67 name in exactly one row."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rerunqt.compat.table import markdown_table, status

STATES = ("works", "needs a browser", "not yet")
NAMES = json.loads((Path(__file__).parent / "streamlit_1_67_names.json").read_text())


def test_each_public_name_is_listed_once_with_its_status() -> None:
    table = markdown_table(NAMES)
    public = [n for n, kind in NAMES.items() if kind != "module"]
    assert table.startswith(f"{len(public)} public names of Streamlit 1.67: ")
    rows = [line for line in table.splitlines() if line.startswith("| ") and "(" in line]
    listed = [name for row in rows if row.split("|")[1].strip().split(" (")[0] in STATES
              for name in row.split("|")[2].replace("`", "").split(", ")]
    assert sorted(n.strip().removeprefix("st.") for n in listed) == sorted(public)
    assert status("feedback") == ("works", "")
    assert status("plotly_chart") == ("works", "")
    assert status("bokeh_chart")[0] == "needs a browser"
    assert status("audio") == ("works", "")  # with PySide6-Addons (the `media` extra)


def test_the_script_prints_the_table() -> None:
    script = Path(__file__).parents[2] / "scripts" / "compat_table.py"
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
    assert out.stdout == markdown_table(NAMES)
