"""st.form and st.form_submit_button: widgets whose edits are sent together on submit.

A form is a container element (a Block, like a column); the widgets drawn inside it
carry the form's key (in their WidgetMeta), so the rules (no callbacks but the submit
button's, no st.button) are checked once in ``register``. The front ends hold a form's
edits until a submit; ``finish_forms`` runs as the run context's after-run hook.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.containers import _height
from rerunqt.core.context import ContainerBuilder, RunContext
from rerunqt.core.element import Element
from rerunqt.core.kinds import KINDS
from rerunqt.core.registration import register
from rerunqt.core.text import check_width
from rerunqt.core.widget_params import button_look
from rerunqt.core.widgets import Args, Callback, Kwargs, button_props, check_button_type
from rerunqt.errors import (
    RerunQtAPIError,
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    StreamlitValueAssignmentNotAllowedError,
    read_only_message,
)

FORM_SUBMIT_BUTTON = KINDS["form_submit_button"]

FORM_KIND = "form"
MISSING_SUBMIT = (
    "This form has no submit button, so its values can never be sent. Add one with "
    "st.form_submit_button()."
)

if TYPE_CHECKING:
    from rerunqt.core.blocks import Block


@dataclass
class FormRecord:
    """One form drawn in the current run."""

    key: str
    builder: ContainerBuilder
    clear_on_submit: bool
    enter_to_submit: bool
    submit_buttons: list[tuple[str, bool]] = field(default_factory=list)  # (id, disabled)


def form(key: str, clear_on_submit: bool = False, *, enter_to_submit: bool = True,
         border: bool = True, width: int | str = "stretch",
         height: int | str = "content") -> Block:
    """A form: edits of the widgets in it trigger no run until its submit button is pressed."""
    ctx = context.current()
    if not isinstance(key, str) or not key:
        raise RerunQtAPIError(f"st.form needs a non-empty string key, got {key!r}.")
    if ctx.form is not None:
        raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
    if ctx.in_cached_function:  # Streamlit checks its cache rule for a form too
        from rerunqt.core.cache.replay import warn_cached_widget

        warn_cached_widget(ctx)
    if key in ctx.forms:
        raise StreamlitDuplicateElementKey(  # Streamlit 1.67's class and words
            f"There are multiple elements with the same `key='{key}'`. To fix this, please make "
            f"sure that the `key` argument is unique for each element you create.")
    state = ctx.state
    if state.assigned_by_code(key):
        raise StreamlitValueAssignmentNotAllowedError(read_only_message(key))
    state.mark_form(key)
    props = (
        ("key", key),
        ("border", True if border else False),
        ("clear_on_submit", True if clear_on_submit else False),
        ("enter_to_submit", True if enter_to_submit else False),
        ("submit", None),  # filled in by finish_forms
        ("width", check_width("form", width)),
        ("height", _height("form", height)),
    )
    builder = ctx.open_container(FORM_KIND, (FORM_KIND, key), props, form=key)
    ctx.forms[key] = FormRecord(key, builder, bool(clear_on_submit), bool(enter_to_submit))
    ctx.on_finish(finish_forms)
    from rerunqt.core.blocks import Block  # blocks binds this module's functions

    return Block(ctx, builder)


def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    key: str | int | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool = False,
    width: int | str = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """The button that sends its form's edits; True for the one run after the submit."""
    label = check_button_type("form_submit_button", label, type, icon)
    if key is None:  # Streamlit's own key for it, which apps find in st.session_state
        form = context.current().form
        if form is not None:
            key = f"FormSubmitter:{form}-{label}"
    ctx, wid, clicked, _ = register(
        FORM_SUBMIT_BUTTON, label, key, (label, help, type, icon, use_container_width), False,
        bool, on_click, "on_click", args, kwargs, disabled,
    )
    record = ctx.forms.get(ctx.form or "")
    if record is not None:
        record.submit_buttons.append((wid, bool(disabled)))
    look = button_look("form_submit_button", use_container_width, width, icon_position,
                       shortcut, wrap)
    ctx.add_widget("form_submit_button", wid,
                   button_props(label, clicked, disabled, help, type, icon, look))
    return clicked


def finish_forms(ctx: RunContext, clean: bool) -> None:
    """After the script: tell each form its submit button; clear a submitted form if asked.

    A form without a submit button gets a warning in it (only after a clean run: an
    exception may simply have cut the form short).
    """
    state = ctx.state
    owed = state.clears_owed
    for record in ctx.forms.values():
        builder = record.builder
        # Enter "clicks" the first submit button; when that one is disabled, Enter submits
        # nothing (Streamlit does not fall back to a later, enabled button)
        buttons = record.submit_buttons
        first = buttons[0][0] if buttons and not buttons[0][1] else None
        builder.props = tuple((name, first if name == "submit" else value)
                              for name, value in builder.props)
        if clean and not record.submit_buttons:
            ctx.enter(builder)
            try:
                ctx.add_static("warning", (("body", MISSING_SUBMIT), ("icon", None), ("title", None),
                                           ("width", "stretch")))
            finally:
                ctx.leave(builder)
        if record.key in owed:  # submitted in this run, or in one cut short before the form
            owed.discard(record.key)
            if record.clear_on_submit:
                _clear(builder, state)
        if state.form_cleared:
            _show_cleared(builder, state.form_cleared)


def _clear(builder: ContainerBuilder, state: Any) -> None:
    """The form's fields show their defaults from this run on (clear_on_submit); the new
    code stamp settles any edit a front end holds for them."""
    stamp = state.run_serial
    for index, child in enumerate(builder.children):
        if isinstance(child, ContainerBuilder):
            _clear(child, state)
        elif state.reset_form_widget(child.key) is not None:
            builder.children[index] = builder.by_key[child.key] = _stamped(child, "set_by_code", stamp)


def _show_cleared(builder: ContainerBuilder, cleared: dict[str, Any]) -> None:
    """Fields cleared by a submit show their default, not the value state still holds."""
    for index, child in enumerate(builder.children):
        if isinstance(child, ContainerBuilder):
            _show_cleared(child, cleared)
        elif child.key in cleared:
            builder.children[index] = builder.by_key[child.key] = _stamped(
                child, "value", cleared[child.key][1])


def _stamped(child: Element, name: str, value: Any) -> Element:
    props = tuple((prop, value if prop == name else old) for prop, old in child.props)
    return Element(child.kind, child.key, props, child.children, child.stale)
