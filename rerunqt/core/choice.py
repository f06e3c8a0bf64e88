"""The choice widgets: radio, selectbox, multiselect.

Options may be any objects from any iterable (list, tuple, range, dict keys, a pandas
Series or the first column of a DataFrame...); the user sees them through
``format_func`` and the script gets the option objects back. The front end only ever
sees formatted strings and indices: radio and selectbox exchange an index (or None for
no selection), multiselect a tuple of indices in the order they were chosen.

Each function runs once per widget per run: what depends only on its arguments is a
memoised ``ChoiceSpec`` (rerunqt.core.choice_spec), so a call checks its label, looks the
spec up, registers, and splices its current value into the spec's props.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rerunqt.core.choice_spec import (
    ChoiceSpec,
    multiselect_spec,
    radio_spec,
    selectbox_spec,
)
from rerunqt.core.element import Props
from rerunqt.core.kinds import KINDS
from rerunqt.core.new_options import NewOption, NewOptions
from rerunqt.core.query_bind import binding, initial, write
from rerunqt.core.registration import (
    LABEL_VISIBILITIES,
    check_icon,
    check_label,
    check_persist_state,
    register,
)
from rerunqt.core.scalars import plain_int
from rerunqt.core.widget_params import (
    check_filter_mode,
    check_required,
    resolve_wrap,
    widget_width,
)
from rerunqt.core.widgets import Args, Callback, Kwargs
from rerunqt.errors import RerunQtAPIError

MULTISELECT = KINDS["multiselect"]

__all__ = ["multiselect", "radio", "selectbox"]

# register returns these values themselves (other values may be copies of the option)
_AS_STORED = frozenset((str, int, bool, float, type(None)))


def radio(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Any = None,
    label_visibility: str = "visible",
    width: int | str = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Radio buttons: returns the chosen option, or None (no options, or ``index=None``)."""
    if persist_state is not None:
        check_persist_state("radio", persist_state, key)
    param = binding("radio", bind, key)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("radio", label, label_visibility)
    spec = given = radio_spec(options, index, format_func, True if horizontal else False, captions)
    if param is not None:
        index = initial(param, index, _Labelled(spec))
        spec = radio_spec(options, index, format_func, True if horizontal else False, captions)
    value = _single_choice("radio", spec, label, key, help, on_change, args, kwargs, disabled,
                           label_visibility, widget_width("radio", width))
    if param is not None:
        write(param, value, given.default, _Labelled(spec).show)
    return value


def selectbox(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    width: int | str = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """A drop-down list: returns the chosen option, or None (showing the placeholder).

    With ``accept_new_options=True`` the user may also type a value that is not an
    option; it is returned as a str.
    """
    if persist_state is not None:
        check_persist_state("selectbox", persist_state, key)
    param = binding("selectbox", bind, key)
    check_icon("selectbox", icon)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("selectbox", label, label_visibility)
    if placeholder.__class__ is not str:
        placeholder = _default_placeholder(
            placeholder, accept_new_options, options, "Choose an option", "an option")
    spec = given = selectbox_spec(options, index, format_func, placeholder)
    if param is not None:
        index = initial(param, index, _Labelled(spec))
        spec = selectbox_spec(options, index, format_func, placeholder)
    extra = (("required", check_required("selectbox", required)), ("icon", icon),
             ("accept_new_options", bool(accept_new_options)),
             ("filter_mode", check_filter_mode("selectbox", filter_mode)),
             ) + widget_width("selectbox", width)
    value = _single_choice("selectbox", spec, label, key, help, on_change, args, kwargs,
                           disabled, label_visibility, extra,
                           NewOption(spec) if accept_new_options else None)
    if param is not None:
        write(param, value, given.default, _Labelled(spec).show)
    return value


def _single_choice(kind: str, spec: ChoiceSpec, label: str, key: str | int | None,
                   help: str | None, on_change: Callback, args: Args, kwargs: Kwargs,
                   disabled: bool, label_visibility: str, extra: Props,
                   new: NewOption | None = None) -> Any:
    """What radio and selectbox do once they have their spec: register, add the element."""
    conv: Any = spec if new is None else new
    ctx, wid, value, by_code = register(
        KINDS[kind], label, key,
        () if key is not None else (label, help, *spec.identity, new is not None),
        spec.default, conv.coerce, on_change, "on_change", args, kwargs, disabled,
        spec.default_given, conv.from_ui, conv.to_ui,
    )
    if value.__class__ not in _AS_STORED:
        value = ctx.state.raw_get(wid)  # the option object itself, not register's copy
    ctx.add_widget(kind, wid, (
        ("label", label),
        ("value", spec.default_front if value is spec.default else conv.to_ui(value)),
        ("disabled", True if disabled else False),
        ("help", help if help is None or help.__class__ is str else str(help)),
        ("label_visibility", label_visibility),
        ("set_by_code", by_code),
    ) + spec.props + extra)
    return value


def multiselect(
    label: str,
    options: Any,
    default: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    select_all: bool = False,
    width: int | str = "stretch",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> list[Any]:
    """Several choices shown as removable tags: returns the list of chosen options.

    ``accept_new_options=True`` lets the user add typed values (strs); ``select_all=True``
    offers a "Select all" entry that chooses every option at once.
    """
    if persist_state is not None:
        check_persist_state("multiselect", persist_state, key)
    param = binding("multiselect", bind, key)
    if label.__class__ is not str or label_visibility not in LABEL_VISIBILITIES:
        label = check_label("multiselect", label, label_visibility)
    if max_selections is not None and max_selections.__class__ is not int:
        max_selections = plain_int(max_selections)  # np.int64(1), as Streamlit takes it
    if max_selections is not None and (
            max_selections.__class__ is not int or max_selections < 1):
        raise RerunQtAPIError(
            f"st.multiselect max_selections must be a positive int or None, got "
            f"{max_selections!r}."
        )
    if placeholder.__class__ is not str:
        placeholder = _default_placeholder(
            placeholder, accept_new_options, options, "Choose options", "options")
    spec = given = multiselect_spec(options, default, format_func, max_selections, placeholder)
    if param is not None:
        default = initial(param, default, _Labelled(spec).many)
        spec = multiselect_spec(options, default, format_func, max_selections, placeholder)
    extra = (("accept_new_options", bool(accept_new_options)),
             ("filter_mode", check_filter_mode("multiselect", filter_mode)),
             ("select_all", bool(select_all))) + widget_width("multiselect", width) + (
             ("wrap", resolve_wrap(wrap)),)
    conv: Any = NewOptions(spec) if accept_new_options else spec
    ctx, wid, current, by_code = register(
        MULTISELECT, label, key,
        () if key is not None else (label, help, *spec.identity, bool(accept_new_options)),
        list(spec.default) if spec.default_given else [], conv.coerce, on_change, "on_change",
        args, kwargs, disabled, spec.default_given, conv.from_ui, conv.to_ui,
    )
    front: tuple[Any, ...] = ()
    if accept_new_options:
        front = conv.to_ui(current)
    elif current:
        value = ctx.state.raw_get(wid)  # the list of the option objects themselves
        front = spec.choices.indices_of(value)
        if not spec.plain:  # register's copy copied the options too
            current = list(value)
    ctx.add_widget("multiselect", wid, (
        ("label", label),
        ("value", front),
        ("disabled", True if disabled else False),
        ("help", help if help is None or help.__class__ is str else str(help)),
        ("label_visibility", label_visibility),
        ("set_by_code", by_code),
    ) + spec.props + extra)
    if param is not None:
        write(param, current, list(given.default), _Labelled(spec).show_many)
    return current  # a fresh list: register's copy of the stored one


def _default_placeholder(placeholder: Any, accept_new: Any, options: Any, choose: str,
                         what: str) -> str:
    """Streamlit 1.67's text for ``placeholder=None``: "Choose an option" / "Choose options";
    with ``accept_new_options``, "Choose or add ..." or, with no options, "Add ..."."""
    if placeholder is not None:
        return str(placeholder)
    if not accept_new:
        return choose
    try:
        empty = len(options) == 0
    except TypeError:  # an iterable without a length (a generator...): its spec checks it
        empty = False
    return f"Add {what}" if empty else f"Choose or add {what}"


class _Labelled:
    """bind="query-params" on a choice widget: options travel as their shown labels."""

    def __init__(self, spec: ChoiceSpec) -> None:
        self.choices = spec.choices

    def __call__(self, values: list[str]) -> int:  # the index of the option shown so
        return self.choices.labels.index(values[-1])

    def many(self, values: list[str]) -> list[Any]:
        return [self.choices.opts[self.choices.labels.index(text)] for text in values]

    def show(self, value: Any) -> list[str]:
        try:
            return [self.choices.labels[self.choices.index_of(value)]]
        except ValueError:  # a new option the user typed (accept_new_options)
            return [str(value)]

    def show_many(self, value: Any) -> list[str]:
        return [text for item in value for text in self.show(item)]
