"""Session state: the values that survive reruns, unified with widget values.

Identity is the key (DESIGN decision 1): a keyed widget's value lives in the same
dict as plain user values, under its user key, so ``ss[key]`` *is* the widget value.
An unkeyed widget's value lives under its auto id (``$$ID-...``), hidden from users.
Keyed values survive runs that do not draw the widget (decision 2); unkeyed ones are
dropped after a clean run that did not draw them.

The state belongs to the script thread; the GUI thread never touches it (events reach
it through the runner's request queue), so it needs no lock.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from rerunqt.core.form_clear import settle_cleared
from rerunqt.core.widget_meta import (  # noqa: F401  (re-exported: core.state's names)
    AUTO_ID_PREFIX,
    RESERVED_PREFIX,
    WidgetMeta,
    normalize_key,
)
from rerunqt.errors import (
    DEFAULT,
    REFUSE,
    PartlyFits,
    StateInstantiationError,
    StateValueError,
    short_repr,
)

DOCS_HINT = (  # Streamlit 1.67's words
    "Did you forget to initialize it? More info: "
    "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)
_IMMUTABLE = (bool, int, float, str, bytes, type(None), tuple, frozenset, complex,
              datetime.date, datetime.time, datetime.timedelta)  # (date covers datetime)
_MISSING = object()


def _copy_out(value: Any) -> Any:
    """A widget returns a copy of its value, so mutating it cannot corrupt state."""
    if isinstance(value, _IMMUTABLE):
        return value
    if value.__class__ is list and all(isinstance(v, _IMMUTABLE) for v in value):
        return value[:]  # a multiselect's list of plain options: a shallow copy is a full one
    return copy.deepcopy(value)


class SessionState:
    """All values of one session, plus the bookkeeping of the current run."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._assigned: set[str] = set()  # keys assigned from code since the last run ended
        self._deleted: set[str] | None = set()  # keys deleted by code since then (None: all)
        self._deleted_late: set[str] = set()  # deleted after their widget was drawn this run
        self._widgets: dict[str, WidgetMeta] = {}  # id -> meta of its last registration
        self._triggers: set[str] = set()  # ids registered as triggers (a superset, see begin_run)
        # what the triggers held during the run that just ended (AppTest's element values:
        # a clicked button reads True there, while session state reads False, as Streamlit)
        self.fired: dict[str, Any] = {}
        self._seen: set[str] = set()  # widget ids registered in the current run
        self._elements_seen: set[str] = set()  # ids of elements that are no widget (claim_id)
        # value each widget had before this run's event changed it: a widget drawn disabled
        # in the same run gets it back (Streamlit 1.67 drops a disabled widget's new value)
        self._ui_before: dict[str, Any] = {}
        self._warned: set[str] = set()  # one-time warnings already shown in this session
        self._forms_seen: set[str] = set()  # form keys drawn in the current run
        # forms submitted and not yet drawn since: clear_on_submit still owed. A set that
        # outlives the run, so a submit run cut short (st.rerun(), an error before the form)
        # still clears the form in the next run that draws it.
        self.clears_owed: set[str] = set()
        self.form_cleared: dict[str, tuple[str, Any]] = {}  # see core/form_clear.py
        self.run_serial = 0  # counts runs: the stamp of values set by code in this run
        self.editor_bases: dict[str, Any] = {}  # keyed data editor id -> data it was drawn from

    # ----- the user-facing mapping (keys already normalized) -----
    def __getitem__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise KeyError(missing_key_message(key, "key")) from None

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self._seen or key in self._forms_seen:
            item = f"`st.session_state[{key!r}]`"  # Streamlit 1.67's words
            raise StateInstantiationError(
                f"{item} cannot be modified after the widget with that key is instantiated. "
                f"Assign {item} before creating the widget, or update it from an `on_change` "
                f"or `on_click` callback, which runs before the widget is instantiated. If "
                f"this is a read-only session state key (buttons, file and media inputs, "
                f"`st.data_editor`, forms, chart or `ButtonColumn` selections), store the "
                f"value under a different session state key.")
        self._values[key] = value
        self._assigned.add(key)
        self.form_cleared.pop(key, None)

    def __delitem__(self, key: str) -> None:
        if key not in self._values:
            raise KeyError(missing_key_message(key, "key"))
        del self._values[key]
        self._assigned.discard(key)
        self.form_cleared.pop(key, None)
        if self._deleted is not None:
            self._deleted.add(key)  # the widget's reset is a code change (form rule, focus)
        if key in self._seen:
            self._deleted_late.add(key)  # its reset shows in the next run

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def user_keys(self) -> list[str]:
        """Visible keys: user values and keyed widget values, never auto ids."""
        return [k for k in self._values if not k.startswith(AUTO_ID_PREFIX)]

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self._values.items() if not k.startswith(AUTO_ID_PREFIX)}

    def __iter__(self) -> Iterator[str]:
        return iter(self.user_keys())

    def __len__(self) -> int:
        return len(self.user_keys())

    def clear(self) -> None:
        """Forget every value, including unkeyed widget values (widgets reset to defaults)."""
        self._values.clear()
        self._assigned.clear()
        self.form_cleared.clear()
        self._deleted = None  # every widget's reset is a code change
        self._deleted_late |= self._seen

    def restore(self, values: dict[str, Any]) -> None:
        """Values saved by an earlier process (``state.persist``), put back before the first
        run: as if the user had entered them, so no value-and-state warning."""
        self._values.update(values)

    def widget_kinds(self) -> dict[str, str]:
        """Widget id -> kind name of the widgets currently registered."""
        return {widget_id: meta.kind for widget_id, meta in self._widgets.items()}

    def note_warning(self, token: str) -> bool:
        """True the first time ``token`` is noted in this session."""
        if token in self._warned:
            return False
        self._warned.add(token)
        return True

    def assigned_by_code(self, key: str) -> bool:
        return key in self._assigned

    def take_back(self, key: str) -> Any:
        """The value code assigned to ``key`` in this run; the key holds None again, as
        if never assigned (a chat input puts assigned text in its box, unsent)."""
        value = self._values.get(key)
        self._values[key] = None
        self._assigned.discard(key)
        return value

    def reset_widget_value(self, widget_id: str, value: Any) -> Any:
        """A data editor's edits no longer fit its data: it holds ``value`` again."""
        self._values[widget_id] = value
        return value

    def widget_meta(self, widget_id: str) -> WidgetMeta | None:
        return self._widgets.get(widget_id)

    def raw_get(self, widget_id: str, default: Any = None) -> Any:
        """Value by widget id, auto ids included (for front ends and AppTest)."""
        return self._values.get(widget_id, default)

    # ----- run lifecycle -----
    def mark_form(self, key: str) -> None:
        """A form with this key was drawn: its key cannot be assigned for the rest of the run."""
        self._forms_seen.add(key)

    def reset_form_widget(self, widget_id: str) -> tuple[Any] | None:
        """clear_on_submit: the field shows its default from now on; (front-end value,) or None.

        Session state keeps the submitted value until the next submit, as in Streamlit
        (which clears only the screen): see core/form_clear.py.
        """
        meta = self._widgets.get(widget_id)
        if meta is None or meta.trigger or meta.form is None:
            return None
        shown = meta.default if meta.to_ui is None else meta.to_ui(meta.default)
        self.form_cleared[widget_id] = (meta.form, shown)
        return (shown,)

    def begin_run(self) -> None:
        """Forget which widgets were drawn; reset buttons to False (a click lasts one run)."""
        self._seen = set()
        self._elements_seen = set()
        self._forms_seen = set()
        self.run_serial += 1
        self._reset_triggers()
        # a click kept by a run that raised is not this run's: AppTest reads None/False
        self.fired = {}

    def _reset_triggers(self) -> None:
        """Buttons back to False, chat_input and menu_button to None: a click lasts one run.
        Done when a run ends (Streamlit's state reads False between runs, in AppTest and in
        the next event's callbacks) and, to be sure, when one begins."""
        # only trigger widgets can need a reset; visit those, not every widget
        widgets, values = self._widgets, self._values
        for widget_id in list(self._triggers):
            meta = widgets.get(widget_id)
            if meta is None or not meta.trigger:  # dropped, or its id now names another kind
                self._triggers.discard(widget_id)
            elif values.get(widget_id, meta.default) is not meta.default:
                # False for a button, None for chat_input and menu_button (whose option may be 0)
                self.fired[widget_id] = values[widget_id]
                values[widget_id] = meta.default

    def apply_widget_values(
        self, values: Mapping[str, Any], click: str | None
    ) -> list[WidgetMeta]:
        """Store values the user committed; return the widgets whose callbacks must fire.

        Only a real change fires a callback; values for widgets that no longer exist
        or are disabled are ignored.
        """
        changed: list[WidgetMeta] = []
        for widget_id, value in values.items():
            meta = self._widgets.get(widget_id)
            if meta is None or meta.disabled or meta.trigger:
                continue
            if meta.from_ui is not None:
                try:
                    value = meta.from_ui(value)
                except (TypeError, ValueError, IndexError, KeyError):
                    continue  # a value for an older definition of the widget (options changed)
            if widget_id in self._values and _same(self._values[widget_id], value):
                continue
            self._ui_before.setdefault(widget_id, self._values.get(widget_id, meta.default))
            self._values[widget_id] = value
            if meta.callback is not None:
                changed.append(meta)
        if click is not None:
            meta = self._widgets.get(click)
            if meta is not None and meta.trigger and not meta.disabled:
                # a click may carry a value (chat_input's message); a button's is True
                self._ui_before.setdefault(click, meta.default)
                self._values[click] = self._click_value(meta, values[click]) if click in values else True
                if meta.form is not None:
                    self.clears_owed.add(meta.form)
                    settle_cleared(self, meta.form, values)
                if meta.callback is not None:
                    changed.append(meta)
        return changed

    @staticmethod
    def _click_value(meta: WidgetMeta, value: Any) -> Any:
        try:
            return value if meta.from_ui is None else meta.from_ui(value)
        except (TypeError, ValueError, IndexError, KeyError):
            return meta.default  # a value for an older definition of the widget: dropped

    def claim_id(self, element_id: str, kind: str, user_key: str | None) -> None:
        """An element that is no widget but has an id in Streamlit (st.plotly_chart): a
        second one with the same id in a run raises Streamlit's duplicate error."""
        if element_id in self._seen or element_id in self._elements_seen:
            from rerunqt.core.state_errors import duplicate_error

            raise duplicate_error(kind, user_key)
        self._elements_seen.add(element_id)

    def register_widget(self, meta: WidgetMeta) -> tuple[Any, int]:
        """Record a widget drawn in this run; return (its value, its code stamp).

        The stamp is 0, or ``run_serial`` when code set the value in this run: it differs
        from run to run, so an element that code set again is never equal to the last one
        (a field with a held edit must show the new value; see runner/form_buffer.py).

        Runs once per widget per run: ``meta`` is read by index (cheaper than by name)
        and ``_copy_out`` is inlined for the immutable values every widget returns.
        """
        widget_id = meta[0]
        seen = self._seen
        if widget_id in seen or widget_id in self._elements_seen:
            from rerunqt.core.state_errors import duplicate_error

            raise duplicate_error(meta.kind, meta.user_key)
        seen.add(widget_id)
        self._widgets[widget_id] = meta
        if meta[9]:  # trigger
            self._triggers.add(widget_id)
        values = self._values
        ui_before = self._ui_before
        restored = False
        if ui_before and meta[10] and widget_id in ui_before and widget_id not in self._assigned:
            # drawn disabled in the run of its own change: the change is dropped, and the
            # stamp makes the window show the old value again
            values[widget_id] = ui_before.pop(widget_id)
            restored = True
        value = values.get(widget_id, _MISSING)
        if value is _MISSING:
            value = meta[4]  # default
            values[widget_id] = value
            deleted = self._deleted
            stamp = self.run_serial if deleted is None or widget_id in deleted else 0
            return (value if isinstance(value, _IMMUTABLE) else _copy_out(value)), stamp
        by_code = self.run_serial if widget_id in self._assigned else 0
        try:
            fitted = meta[5](value)  # coerce
        except (TypeError, ValueError, ArithmeticError) as exc:  # OverflowError: 10**400
            # a value from an older definition of the widget: what still fits, else the
            # default; one set by code: the widget's own rule (PartlyFits), else an error
            if exc.__class__ is PartlyFits:
                fitted = exc.from_code if by_code else exc.fitted
            else:
                fitted = REFUSE if by_code else DEFAULT
            if fitted is REFUSE:
                raise StateValueError(
                    f"st.session_state[{meta.user_key!r}] = {short_repr(value)} does not fit the "
                    f"{meta.kind} {meta.label!r}: {exc}"
                ) from None
            if fitted is DEFAULT:
                fitted = meta.default
        if fitted is not value:
            values[widget_id] = fitted
        if restored:
            by_code = self.run_serial
        return (fitted if isinstance(fitted, _IMMUTABLE) else _copy_out(fitted)), by_code

    def end_run(self, clean: bool, reset_triggers: bool = True) -> None:
        """After a run: clicks are over (unless an error or st.stop() cut the run short:
        Streamlit then keeps them until the next run); on a clean run, drop what belongs to
        widgets it did not draw."""
        if reset_triggers:
            self._reset_triggers()
        # every id in _seen is in _widgets, so equal sizes mean every widget was drawn
        if clean and len(self._seen) != len(self._widgets):
            for widget_id in [w for w in self._widgets if w not in self._seen]:
                del self._widgets[widget_id]
                self.form_cleared.pop(widget_id, None)  # its field left the page
                if widget_id.startswith(AUTO_ID_PREFIX):
                    self._values.pop(widget_id, None)
        self._assigned.clear()
        self._ui_before.clear()
        # a key deleted after its widget was drawn resets that widget in the next run
        self._deleted, self._deleted_late = self._deleted_late, set()
        self._seen = set()  # between runs, any key may be assigned again
        self._forms_seen = set()

    def drop_unseen(self, widget_ids: Iterable[str]) -> None:
        """After a fragment-only run: drop what belongs to those of its widgets it did not
        draw, as a clean full run does (Streamlit's clean-up then covers the fragment alone)."""
        for widget_id in widget_ids:
            if widget_id not in self._seen and self._widgets.pop(widget_id, None) is not None:
                if widget_id.startswith(AUTO_ID_PREFIX):
                    self._values.pop(widget_id, None)

    def check_serializable(self) -> None:
        """For ``runner.enforceSerializableSessionState``: every value must pickle."""
        from rerunqt.core.state_errors import check_serializable

        check_serializable(self._values, AUTO_ID_PREFIX)


def missing_key_message(key: str, noun: str) -> str:
    return f'st.session_state has no {noun} "{key}". {DOCS_HINT}'


def _same(old: Any, new: Any) -> bool:
    try:
        return bool(old == new) and type(old) is type(new)
    except Exception:
        return False
