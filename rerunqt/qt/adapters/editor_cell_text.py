"""What a st.data_editor cell shows as text: its value through its column_config (number
and date formats, option labels, link texts, list items), or plainly.

Apart from the table model (``table_model``) so the model keeps to the cells' roles,
editing and the delta; Qt-free, though it lives beside the model that uses it.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from typing import Any

from rerunqt.core.cell_dates import DATE_KINDS, date_text, parsed_text, step_format, typed_cell
from rerunqt.core.column_text import NUMERIC_TYPES, coerced, link_text, markdown_cell
from rerunqt.core.frame_text import duration_text
from rerunqt.core.list_cells import option_label
from rerunqt.core.number_format import column_number_text


def shown_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind in DATE_KINDS:
        return date_text(typed_cell(kind, value), kind)
    if value.__class__ is tuple or value.__class__ is list:  # a list cell: its items ("a, b")
        return ", ".join(map(str, value)) if kind == "list" else str(list(value))
    if isinstance(value, timedelta):  # as Streamlit's grid: "a day", "2 hours"
        return duration_text(value.total_seconds())
    if kind == "float" and value.__class__ is float and math.isfinite(value):
        if value == 0 or abs(value) >= 1e-4:
            return f"{value:.4f}".rstrip("0").rstrip(".")
        return f"{value:.4g}"
    return str(value)


def formatted(value: Any, kind: str, config: dict[str, Any]) -> str:
    """A cell as its column_config says: a number format, a date format (momentjs or a
    preset) in the column's timezone, a link's display text, a list's items."""
    fmt, shown_as = config.get("format"), config.get("type")
    if shown_as in NUMERIC_TYPES and isinstance(value, str):  # "2" in a NumberColumn: a number
        number = coerced(shown_as, value)
        if isinstance(number, float):
            value, kind = (int(number), "int") if number.is_integer() else (number, "float")
    if shown_as in DATE_KINDS and kind not in DATE_KINDS and isinstance(value, str):
        moment = parsed_text(value)  # text in a date column: read as st.dataframe reads it
        if moment is not None and not (shown_as == "date" and isinstance(moment, time)):
            value, kind = moment, shown_as
    try:
        if kind in ("int", "float") and value is not None and fmt is not None:
            shown = column_number_text(value, fmt, config.get("step"), kind == "int",
                                       progress=shown_as == "progress")
            if shown is not None:
                return shown
        if kind in DATE_KINDS and value is not None:
            fmt = fmt or step_format(kind, config.get("step"))
            return date_text(typed_cell(kind, value), kind, fmt, config.get("timezone"))
        if isinstance(value, (date, time)) and fmt is not None:
            return date_text(value, "datetime" if isinstance(value, datetime) else
                             "time" if isinstance(value, time) else "date", fmt)
        if shown_as == "selectbox" and config.get("option_labels"):
            label = option_label(config.get("options"), config["option_labels"], value)
            if label is not None:
                return label
        if shown_as == "link" and config.get("display_text") and value:
            return link_text(str(config["display_text"]), str(value))
        if shown_as == "markdown" and isinstance(value, str):
            return markdown_cell(value)
        if (shown_as == "list" or kind == "list") and value.__class__ in (tuple, list):
            return ", ".join(str(v) for v in value)
    except (TypeError, ValueError, KeyError):
        pass
    return shown_text(value, kind)
