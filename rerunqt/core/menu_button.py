"""st.menu_button: a button that opens a drop-down menu; the chosen option, for one run.

As ``st.button`` returns True for the one run after a click, ``st.menu_button`` returns
the option chosen from its menu for that one run and None otherwise; opening and closing
the menu without a choice does not rerun. The label stays (it is not a selectbox). The
window sends the option's index with the click; ``on_click`` runs before the rerun.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from rerunqt.core.choice_options import choices
from rerunqt.core.containers import _width
from rerunqt.core.kinds import KINDS
from rerunqt.core.registration import as_text, register
from rerunqt.core.widgets import Args, Callback, Kwargs, check_button_type
from rerunqt.errors import RerunQtAPIError

MENU_BUTTON = KINDS["menu_button"]
MENU_ICONS = frozenset({":material/menu:", ":material/more_vert:", ":material/more_horiz:"})


def menu_icon_label(label: str, icon: str | None) -> bool:
    """A label that is only a menu icon (☰ ⋮ ⋯) already says "menu": Streamlit 1.67 draws
    such a menu button or popover without its chevron (not when ``icon=`` is given)."""
    return not icon and label.strip() in MENU_ICONS


def menu_button(
    label: str,
    options: Any,
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: int | Literal["content", "stretch"] = "content",
    format_func: Callable[[Any], Any] | None = None,
    wrap: bool | None = None,
) -> Any:
    """A button with a menu of ``options``: the chosen option for one run, else None."""
    label = check_button_type("menu_button", label, type, icon)
    found = choices("menu_button", options, str if format_func is None else format_func)
    if not found.opts:
        raise RerunQtAPIError(f"st.menu_button {label!r} needs at least one option; got "
                              f"options={options!r}.")

    def coerce(value: Any) -> Any:
        return found.coerce_one(value)

    ctx, wid, chosen, _ = register(
        MENU_BUTTON, label, key, (label, found.labels, help, type, icon), None, coerce,
        on_click, "on_click", args, kwargs, disabled, False, found.from_index, found.to_index)
    ctx.add_widget("menu_button", wid, (
        ("label", label),
        ("value", None if chosen is None else found.to_index(chosen)),
        ("disabled", True if disabled else False),
        ("help", as_text(help)),
        ("type", type),
        ("icon", icon),
        ("options", found.labels),
        ("width", _width("menu_button", width)),
    ))
    return chosen
