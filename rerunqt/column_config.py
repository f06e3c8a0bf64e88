"""st.column_config: how st.dataframe and st.data_editor show (and edit) a column.

Each function returns a plain dict, as Streamlit's do, with the common keys (label,
width, help, disabled, required, pinned, alignment, default) and a ``type_config``
dict for the column type's options. Pass them in ``column_config={"name": ...}``.
"""

from __future__ import annotations

from typing import Any

ColumnConfig = dict[str, Any]


def _config(label: str | None, width: Any, help: str | None, disabled: bool | None = None,
            required: bool | None = None, pinned: bool | None = None, alignment: str | None = None,
            default: Any = None, type_config: dict[str, Any] | None = None) -> ColumnConfig:
    out: ColumnConfig = {}
    for name, value in (("label", label), ("width", width), ("help", help), ("disabled", disabled),
                        ("required", required), ("pinned", pinned), ("alignment", alignment),
                        ("default", default)):
        if value is not None:
            out[name] = value
    if alignment is not None and alignment not in ("left", "center", "right"):
        raise ValueError(f"alignment={alignment!r} is not valid; use 'left', 'center' or 'right'.")
    if type_config is not None:
        out["type_config"] = {k: v for k, v in type_config.items() if v is not None}
    return out


def Column(label: str | None = None, *, width: Any = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
           alignment: str | None = None) -> ColumnConfig:
    """A column whose type follows the data."""
    return _config(label, width, help, disabled, required, pinned, alignment)


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: str | None = None, default: str | None = None, max_chars: int | None = None,
               validate: str | None = None) -> ColumnConfig:
    return _config(label, width, help, disabled, required, pinned, alignment, default,
                   {"type": "text", "max_chars": max_chars, "validate": validate})


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                 alignment: str | None = None, default: float | None = None, format: str | None = None,
                 min_value: float | None = None, max_value: float | None = None,
                 step: float | None = None) -> ColumnConfig:
    """Numbers, shown with ``format`` (printf such as "%.2f", or "dollar", "percent"...)."""
    return _config(label, width, help, disabled, required, pinned, alignment, default,
                   {"type": "number", "format": format, "min_value": min_value, "max_value": max_value,
                    "step": step})


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   alignment: str | None = None, default: bool | None = None) -> ColumnConfig:
    return _config(label, width, help, disabled, required, pinned, alignment, default, {"type": "checkbox"})


def SelectboxColumn(label: str | None = None, *, width: Any = None,
                    help: str | None = None, disabled: bool | None = None, required: bool | None = None,
                    pinned: bool | None = None, alignment: str | None = None, default: Any = None,
                    options: Any = None, format_func: Any = None) -> ColumnConfig:
    """Cells picked from ``options``; a ``format_func`` label shows in place of its option."""
    shown = None if options is None else tuple(options)
    labels = None if not shown or format_func is None else tuple(str(format_func(o)) for o in shown)
    return _config(label, width, help, disabled, required, pinned, alignment, default,
                   {"type": "selectbox", "options": shown, "format_func": format_func,
                    "option_labels": labels})


def _dates(kind: str) -> Any:
    def column(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: str | None = None, default: Any = None, format: str | None = None,
               min_value: Any = None, max_value: Any = None, step: Any = None,
               timezone: str | None = None) -> ColumnConfig:
        return _config(label, width, help, disabled, required, pinned, alignment, default,
                       {"type": kind, "format": format, "min_value": min_value, "max_value": max_value,
                        "step": step, "timezone": timezone if kind == "datetime" else None})

    column.__name__ = {"date": "DateColumn", "time": "TimeColumn", "datetime": "DatetimeColumn"}[kind]
    column.__doc__ = f"{kind.capitalize()} values, shown with ``format`` (momentjs tokens: YYYY-MM-DD...)."
    return column


DateColumn = _dates("date")
TimeColumn = _dates("time")
DatetimeColumn = _dates("datetime")


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
               alignment: str | None = None, default: str | None = None, max_chars: int | None = None,
               validate: str | None = None, display_text: str | None = None) -> ColumnConfig:
    """URLs, shown as links (``display_text`` instead of the URL when given)."""
    return _config(label, width, help, disabled, required, pinned, alignment, default,
                   {"type": "link", "max_chars": max_chars, "validate": validate,
                    "display_text": display_text})


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None, min_value: float | None = None,
                   max_value: float | None = None, step: float | None = None,
                   color: str | None = None) -> ColumnConfig:
    """Numbers drawn as progress bars between ``min_value`` (0) and ``max_value`` (1 or 100)."""
    return _config(label, width, help, None, None, pinned, None, None,
                   {"type": "progress", "format": format, "min_value": min_value, "max_value": max_value,
                    "step": step, "color": color})


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, disabled: bool | None = None, required: bool | None = None,
               default: Any = None) -> ColumnConfig:
    return _config(label, width, help, disabled, required, pinned, None, default, {"type": "list"})


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None) -> ColumnConfig:
    """Images: a ``data:image/...`` URL is drawn in st.dataframe; a web URL or path is shown
    as its text (the app fetches nothing from the network)."""
    return _config(label, width, help, None, None, pinned, None, None, {"type": "image"})


def JsonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None) -> ColumnConfig:
    return _config(label, width, help, None, None, pinned, None, None, {"type": "json"})


def _media(kind: str) -> Any:
    def column(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, alignment: str | None = None) -> ColumnConfig:
        return _config(label, width, help, None, None, pinned, alignment, None, {"type": kind})

    column.__name__ = f"{kind.capitalize()}Column"
    column.__doc__ = (f"{kind.capitalize()} URLs or paths (shown as their text: the app fetches nothing "
                      "from the network).")
    return column


AudioColumn = _media("audio")
VideoColumn = _media("video")


def MarkdownColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None, pinned: bool | None = None,
                   alignment: str | None = None, default: str | None = None) -> ColumnConfig:
    """Markdown text; cells show it as plain text, as Streamlit's cells do."""
    return _config(label, width, help, disabled, required, pinned, alignment, default, {"type": "markdown"})


def MultiselectColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                      disabled: bool | None = None, required: bool | None = None,
                      pinned: bool | None = None, default: Any = None, options: Any = None,
                      accept_new_options: bool | None = None, color: Any = None,
                      format_func: Any = None) -> ColumnConfig:
    """Lists of options, shown as chips: each option's label (``format_func``) in its colour."""
    from rerunqt.core.list_cells import option_table

    shown = None if options is None else tuple(options)
    return _config(label, width, help, disabled, required, pinned, None,
                   None if default is None else list(default),
                   {"type": "multiselect", "options": shown, "accept_new_options": accept_new_options,
                    "color": color, "format_func": format_func,
                    "option_table": option_table(shown, color, format_func) or None})


def ButtonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 pinned: bool | None = None, alignment: str | None = None, type: str = "secondary",
                 on_click: Any = None, args: Any = None, kwargs: Any = None,
                 key: str | None = None) -> ColumnConfig:
    """Cell values as button labels (a list of labels: a menu of actions). Always read-only.

    ``key`` enables clicks: during the run after a click ``st.session_state[key]`` is a
    ``ButtonColumnClickState`` (``row``, ``label``) and ``on_click`` runs before it.
    """
    if type not in ("primary", "secondary", "tertiary"):
        raise ValueError(f"ButtonColumn type={type!r} is not valid; use 'primary', 'secondary' or "
                         f"'tertiary'.")
    if key is None and (on_click is not None or args is not None or kwargs is not None):
        raise ValueError("ButtonColumn needs key= when on_click, args or kwargs are given: "
                         "callbacks need a unique key to be registered (clicks need it too).")
    if key is not None and not isinstance(key, str):
        raise ValueError(f"ButtonColumn key={key!r} must be a str.")
    config = _config(label, width, help, True, None, pinned, alignment, None,
                     {"type": "button", "button_type": type, "key": key})
    if key is None:
        return config
    from rerunqt.core.button_column import ButtonColumnConfig, check_click_callback

    check_click_callback(on_click, args, kwargs)
    keyed = ButtonColumnConfig(config)
    keyed.key, keyed.on_click, keyed.args, keyed.kwargs = key, on_click, args, kwargs
    return keyed


def _chart(kind: str) -> Any:
    def column(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, y_min: float | None = None, y_max: float | None = None,
               color: str | None = None) -> ColumnConfig:
        return _config(label, width, help, None, None, pinned, None, None,
                       {"type": kind, "y_min": y_min, "y_max": y_max, "color": color})

    column.__name__ = {"line_chart": "LineChartColumn", "bar_chart": "BarChartColumn",
                       "area_chart": "AreaChartColumn"}[kind]
    column.__doc__ = "Lists of numbers drawn as a small chart in each cell."
    return column


LineChartColumn = _chart("line_chart")
BarChartColumn = _chart("bar_chart")
AreaChartColumn = _chart("area_chart")

__all__ = [
    "AreaChartColumn", "AudioColumn", "BarChartColumn", "ButtonColumn", "CheckboxColumn", "Column",
    "DateColumn", "DatetimeColumn", "ImageColumn", "JsonColumn", "LineChartColumn", "LinkColumn",
    "ListColumn", "MarkdownColumn", "MultiselectColumn", "NumberColumn", "ProgressColumn",
    "SelectboxColumn", "TextColumn", "TimeColumn", "VideoColumn",
]
