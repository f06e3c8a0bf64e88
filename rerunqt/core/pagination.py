"""st.pagination: numbered page buttons with previous/next arrows; the page (1-indexed).

One page is always selected. ``max_visible_pages`` caps the numbered buttons (the first
and last page stay visible, gaps show as an ellipsis): ``visible_pages`` computes the row
once here so the window and tests agree on it.
"""

from __future__ import annotations

from typing import Any, Literal

from rerunqt.core.containers import _width
from rerunqt.core.kinds import KINDS
from rerunqt.core.query_bind import binding, initial, show_text, write
from rerunqt.core.query_codecs import parse_int
from rerunqt.core.registration import check_persist_state, register
from rerunqt.core.widgets import Args, Callback, Kwargs
from rerunqt.errors import DEFAULT, PartlyFits, RerunQtAPIError

PAGINATION = KINDS["pagination"]


def _count(name: str, value: Any, least: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise RerunQtAPIError(f"st.pagination {name}={value!r} is not valid; use an int of "
                              f"at least {least}.")
    return value


def visible_pages(page: int, num_pages: int, cap: int | None) -> tuple[int | None, ...]:
    """The numbered buttons around ``page``: first and last kept, None for a gap."""
    if cap is None or num_pages <= cap:
        return tuple(range(1, num_pages + 1))
    if cap == 0:
        return ()
    inner = max(cap - 2, 1)  # the buttons besides the first and the last
    start = max(2, min(page - inner // 2, num_pages - inner))
    middle = range(start, min(start + inner, num_pages))
    row: list[int | None] = [1]
    if middle.start > 2:
        row.append(None)
    row.extend(middle)
    if middle.stop < num_pages:
        row.append(None)
    row.append(num_pages)
    return tuple(row)


def pagination(
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: int | Literal["content", "stretch"] = "content",
    key: str | int | None = None,
    on_change: Callback | Literal["rerun", "ignore"] = None,
    args: Args = None,
    kwargs: Kwargs = None,
    disabled: bool = False,
    bind: Any = None,
    persist_state: Any = None,
) -> int:
    """Page buttons; the selected page number (1 to ``num_pages``)."""
    pages = _count("num_pages", num_pages, 1)
    if isinstance(default, bool) or not isinstance(default, int) or not 1 <= default <= pages:
        raise RerunQtAPIError(f"st.pagination default={default!r} is not valid; use a page "
                              f"number from 1 to num_pages ({pages}).")
    cap = None if max_visible_pages is None else _count("max_visible_pages", max_visible_pages, 0)
    param = binding("pagination", bind, key)
    if persist_state is not None:
        check_persist_state("pagination", persist_state, key)
    if isinstance(on_change, str) and on_change not in ("rerun", "ignore"):
        raise RerunQtAPIError(f"st.pagination on_change={on_change!r} is not valid; use a function, "
                              f"None, 'rerun' or 'ignore'.")
    callback = on_change  # "rerun"/"ignore" are handled by register()

    def coerce(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= pages:
            # Streamlit 1.67 resets any other value to the default, even one code set
            raise PartlyFits(f"a page is an int from 1 to {pages}, not {value!r}", DEFAULT, DEFAULT)
        return int(value)

    start = default
    if param is not None:
        default = initial(param, default, lambda values: coerce(parse_int(values)))
    ctx, wid, page, by_code = register(
        PAGINATION, "", key, (pages, start, cap), default, coerce, callback,
        "on_change", args, kwargs, disabled, default != 1)
    ctx.add_widget("pagination", wid, (
        ("value", page),
        ("disabled", True if disabled else False),
        ("set_by_code", by_code),
        ("num_pages", pages),
        ("default", start),
        ("max_visible_pages", cap),
        ("width", _width("pagination", width)),
    ))
    if param is not None:
        write(param, page, start, show_text)
    return page
