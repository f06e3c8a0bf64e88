"""Categorical columns in st.data_editor, as Streamlit's editor treats them.

A pandas column of dtype ``category`` (text categories) is edited with a select box of its
categories (Streamlit configures it so when no column config says otherwise), and an edit
that is not one of the categories is ignored, as Streamlit ignores it (pandas refuses a new
category). Qt-free; pandas is only touched when the data is a DataFrame.
"""

from __future__ import annotations

from typing import Any


def text_categories(dtype: Any) -> tuple[str, ...] | None:
    """The categories of a ``category`` dtype whose categories are all text, else None."""
    categories = getattr(dtype, "categories", None)
    if categories is None or type(dtype).__name__ != "CategoricalDtype":
        return None
    values = tuple(categories.tolist())
    return values if all(isinstance(v, str) for v in values) else None


def with_category_options(config: dict[str, dict[str, Any]], source: Any,
                          names: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """``config`` with a select box of the categories for each categorical column of a
    DataFrame that has no column type of its own (Streamlit's automatic configuration)."""
    dtypes = getattr(source, "dtypes", None)
    if dtypes is None or len(dtypes) != len(names):
        return config
    for name, dtype in zip(names, dtypes.tolist(), strict=True):
        options = text_categories(dtype)
        if options is None or "type_config" in config.get(name, {}):
            continue
        entry = config.setdefault(name, {})
        entry["type_config"] = {"type": "selectbox", "options": options, "format_func": None,
                                "option_labels": None}
    return config


def fits(dtype: Any, value: Any) -> bool:
    """False for a value a categorical column cannot take (not one of its categories)."""
    categories = getattr(dtype, "categories", None)
    return value is None or categories is None or value in categories
