"""clear_on_submit as Streamlit 1.67 does it: the screen is cleared, session state is not.

After a submit, each field of a ``clear_on_submit`` form shows its default while session
state (and what the widget returns) keeps the submitted value until the next submit,
which sends the default for every field the user did not edit again. Code that sets or
deletes the key ends the cleared look. ``SessionState.form_cleared`` holds, per widget
id, the form and the front-end value the field shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def settle_cleared(state: Any, form: str, values: Mapping[str, Any]) -> None:
    """A submit of ``form``: its cleared fields the user left alone take their default."""
    cleared = state.form_cleared
    if not cleared:
        return
    widgets, current = state._widgets, state._values
    for widget_id, (owner, _shown) in list(cleared.items()):
        if owner != form:
            continue
        del cleared[widget_id]
        meta = widgets.get(widget_id)
        if meta is not None and widget_id not in values:
            current[widget_id] = meta.default
