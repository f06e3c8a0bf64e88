"""st.feedback: a row of thumbs, faces or stars; returns the chosen index or None.

As in Streamlit, "thumbs" shows thumb-up first but returns 1 for up and 0 for down, so
``[":material/thumb_down:", ":material/thumb_up:"][value]`` names the choice. "faces"
and "stars" return 0..4 from the least to the most satisfied. The window exchanges the
same index (or None) it returns; clicking the chosen icon again clears it.
"""

from __future__ import annotations

from typing import Any, Literal

from rerunqt.core.containers import _width
from rerunqt.core.kinds import KINDS
from rerunqt.core.query_bind import binding, initial, show_text, write
from rerunqt.core.query_codecs import parse_int
from rerunqt.core.registration import check_persist_state, register
from rerunqt.core.scalars import plain_int
from rerunqt.core.widgets import Args, Callback, Kwargs
from rerunqt.errors import DEFAULT, PartlyFits, RerunQtAPIError, StreamlitValueError

COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}
FEEDBACK = KINDS["feedback"]


def feedback(
    options: Literal["thumbs", "faces", "stars"] = "thumbs",
    *,
    key: str | int | None = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: Callback | Literal["rerun", "ignore"] = None,
    args: Args = None,
    kwargs: Kwargs = None,
    width: int | Literal["content", "stretch"] = "content",
    bind: Any = None,
    persist_state: Any = None,
) -> int | None:
    """A feedback icon group; the index of the chosen icon, or None before a choice."""
    if options not in COUNTS:
        raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])  # Streamlit 1.67's
    count = COUNTS[options]
    if default is not None and default.__class__ is not int:
        default = plain_int(default)  # np.int64(2), as Streamlit takes it
    if default is not None and (isinstance(default, bool) or not isinstance(default, int)
                                or not 0 <= default < count):
        raise RerunQtAPIError(
            f"st.feedback default={default!r} is not valid for options={options!r}; use None "
            f"or an int from 0 to {count - 1}.")
    param = binding("feedback", bind, key)
    if persist_state is not None:
        check_persist_state("feedback", persist_state, key)
    if isinstance(on_change, str) and on_change not in ("rerun", "ignore"):
        raise RerunQtAPIError(f"st.feedback on_change={on_change!r} is not valid; use a function, "
                              f"None, 'rerun' or 'ignore'.")
    callback = on_change  # "rerun"/"ignore" are handled by register()

    def coerce(value: Any) -> int | None:
        if value is None:
            return None
        if value.__class__ is not int:
            value = plain_int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < count:
            # Streamlit 1.67 resets any other value to the default, even one code set
            raise PartlyFits(f"a feedback value for options={options!r} is None or an int "
                             f"from 0 to {count - 1}, not {value!r}", DEFAULT, DEFAULT)
        return int(value)

    start = default
    if param is not None:
        default = initial(param, default, lambda values: coerce(parse_int(values)))
    ctx, wid, value, by_code = register(
        FEEDBACK, "", key, (options, start), default, coerce,
        callback, "on_change", args, kwargs, disabled, default is not None)
    ctx.add_widget("feedback", wid, (
        ("value", value),
        ("disabled", True if disabled else False),
        ("set_by_code", by_code),
        ("options", options),
        ("width", _width("feedback", width)),
    ))
    if param is not None:
        write(param, value, start, show_text)
    return value
