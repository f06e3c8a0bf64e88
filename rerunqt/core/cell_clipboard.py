"""Copy and paste of st.data_editor cells as tab-separated text, as Streamlit's grid does.

It exists so the Qt table (Ctrl+C / Ctrl+V) and its tests share one reading of the
clipboard: rows by line, cells by tab, a cell holding a tab, a line break or a quote in
double quotes (quotes doubled), as spreadsheets write it. A cell copies as its value (a
bool as TRUE / FALSE, a date in ISO form, a list's items joined by commas), so that
what is copied pastes back, here or into a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from datetime import date, time
from typing import Any

from rerunqt.core.column_text import NOT_BOOLEAN, as_boolean
from rerunqt.core.frame_text import is_missing


def copy_text(value: Any) -> str:
    """One cell as copied: its plain value, "" when missing."""
    if value is None or is_missing(value):
        return ""
    if value is True or value is False:
        return "TRUE" if value else "FALSE"
    if isinstance(value, (date, time)):
        return value.isoformat()
    if value.__class__ in (list, tuple):
        return ",".join(copy_text(item) for item in value)
    return str(value)


def to_tsv(grid: list[list[str]]) -> str:
    """Rows of cell texts as tab-separated lines (quoted where a cell needs it)."""
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(grid)
    return out.getvalue().removesuffix("\n")


def from_tsv(text: str) -> list[list[str]]:
    """Pasted text as rows of cell texts (a trailing line break adds no row)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n")
    if not text:
        return []
    return [row if row else [""] for row in csv.reader(io.StringIO(text), delimiter="\t")]


def pasted_bool(text: str) -> bool | None:
    """A pasted check box: TRUE / false / yes / 1...; ValueError for other words."""
    read = as_boolean(text)
    if read is NOT_BOOLEAN:
        raise ValueError(f"{text!r} is not a check box value")
    return bool(read) if read is not None else None
