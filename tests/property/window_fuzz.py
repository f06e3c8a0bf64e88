"""A seeded random fuzz of the fuzz app in a real (offscreen) window, through QtPilot.

Every event is a user gesture QtPilot makes with real clicks and key presses, or code
acting through session state between runs (a plan for the setter button, a deletion,
an impossible assignment). After each event the window has settled and ``check``
holds the app to the same invariants as the AppTest state machine, read from the
Qt widgets themselves:

- every drawn widget shows ``to_ui(state[key])`` (a form field with a held edit shows
  the edit); session state equals the model; each widget function returned state[key];
- exactly the widgets whose value changed fired their callback, with the new value;
  the counter equals the number of clicks;
- an impossible assignment shows a StateValueError naming the key;
- a form field shows what Submit sends: the values read from the fields just before
  the click are the values the submit callback sees.

``WindowFuzz(pilot, seed).run(events)`` is used by test_window_fuzz.py (short) and by
benchmarks/soak.py (long). Open bugs listed in ``KNOWN_OPEN`` are kept out of reach.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from fuzz_app import (
    ALL_KEYS,
    FORM_KEYS,
    LINK_SOURCE,
    LINK_TARGET,
    MAIN_KEYS,
    SUBMIT_LABEL,
    drop_cut_edits,
    link_value,
    same,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSlider
from widget_kinds import NO_BAD, kind_of

from rerunqt.qt.adapters.dates import _DatePair
from rerunqt.qt.adapters.multiselect import MultiField
from rerunqt.qt.adapters.radio import RadioGroup
from rerunqt.qt.adapters.range_slider import _RangeSlider
from rerunqt.qt.adapters.time_input import _TimeEdit
from rerunqt.testing.pilot import QtPilot

KNOWN_OPEN: set[str] = set()  # see tests/property/test_known_bugs.py
SLIDER_KINDS = ("slider", "select_slider")
BAD_KEYS = tuple(k for k in ALL_KEYS if kind_of(k).bad is not NO_BAD)

# event name -> weight
EVENTS = {
    "set": 30, "counter": 6, "setter": 8, "rerun_cb": 5, "flag": 5, "rerun": 4,
    "delete": 4, "impossible": 3, "form_edit": 18, "submit": 8,
    "submit_cut_short": 3, "click_and_submit": 3,  # only while N1 / N2 are fixed
}


class FuzzFailure(AssertionError):
    """An invariant broke; the message names the seed, the event number and the history."""



def shown_by(pilot: QtPilot, key: str) -> Any:
    """What the Qt widget of ``key`` shows, as a front-end value (comparable to to_ui)."""
    record = pilot.record(key=key)
    kind = record.element.kind
    widget = record.adapter.probe(record.widget)
    if kind in ("checkbox", "toggle"):
        assert isinstance(widget, QAbstractButton)
        return widget.isChecked()
    if kind == "radio":
        assert isinstance(widget, RadioGroup)
        checked = widget.group.checkedId()
        return None if checked == -1 else checked
    if kind == "selectbox":
        assert isinstance(widget, QComboBox)
        return None if widget.currentIndex() == -1 else widget.currentIndex()
    if kind == "multiselect":
        assert isinstance(widget, MultiField)
        return tuple(widget.selected)
    if kind in SLIDER_KINDS:
        scale = record.widget.scale
        if isinstance(widget, _RangeSlider):
            return tuple(scale.value(p) for p in widget.positions)
        assert isinstance(widget, QSlider)
        return scale.value(widget.value())
    if kind == "number_input":
        return widget.python_value()
    if kind == "text_input":
        return widget.text()
    if kind == "text_area":
        return widget.toPlainText()
    if kind == "date_input":
        assert isinstance(widget, _DatePair)
        return widget.value()
    if kind == "time_input":
        assert isinstance(widget, _TimeEdit)
        return widget.py()
    if kind == "color_picker":
        return widget.color.name()
    if kind == "datetime_input":
        return widget.py()
    if kind == "feedback":
        return widget.value
    if kind == "pagination":
        return widget.page
    if kind in ("pills", "segmented_control"):
        return tuple(widget.chosen)
    raise TypeError(kind)


def python_value(key: str, ui: Any) -> Any:
    """The Python value a front-end value of ``key`` stands for (inverse of to_ui)."""
    row = kind_of(key)
    options = {"radio": ("a", "b", "c"), "selectbox": (10, 20, 30), "multiselect": ("x", "y", "z"),
               "select_slider": ("S", "M", "L", "XL"), "select_range": ("S", "M", "L", "XL")}
    name = row.name
    if name in ("radio", "selectbox", "select_slider"):
        return None if ui is None else options[name][ui]
    if name == "multiselect":
        return [options[name][i] for i in ui]
    if name == "select_range":
        return tuple(options[name][i] for i in ui)
    return ui


class WindowFuzz:
    """The model of the fuzz app and a seeded stream of events against a window."""

    def __init__(self, pilot: QtPilot, seed: int, known_open: set[str] | None = None) -> None:
        self.pilot = pilot
        self.seed = seed
        self.rng = random.Random(seed)
        self.known_open = KNOWN_OPEN if known_open is None else known_open
        self.state = pilot.window.session.state
        self.model: dict[str, Any] = {key: kind_of(key).default for key in ALL_KEYS}
        self.held: dict[str, Any] = {}
        self.cleared: set[str] = set()  # form keys showing their default after a clearing submit
        self.clicks = self.cb_reruns = self.body_reruns = 0
        self.seen_log = len(self.state["log"])
        self.history: list[str] = []
        self.last_run = -1
        self.returned: dict[str, Any] = {}
        self.events = 0
        self.failures: list[str] = []
        names, weights = zip(*EVENTS.items())
        self._names, self._weights = list(names), list(weights)

    # ----- running -----
    def run(self, count: int, *, stop_on_failure: bool = True) -> None:
        for _ in range(count):
            name = self.rng.choices(self._names, self._weights)[0]
            try:
                getattr(self, f"ev_{name}")()
            except AssertionError as exc:
                message = (f"seed={self.seed} event #{self.events} ({name}): {exc}\n"
                           f"last events: {self.history[-12:]}")
                if stop_on_failure:
                    raise FuzzFailure(message) from None
                self.failures.append(message)
                self.resync()
            self.events += 1

    def resync(self) -> None:
        """After a failure (soak mode): adopt what the app holds and go on.

        Every key is assigned its own value first, so code sets every widget and the
        screen shows state again (else one stuck widget fails every later event).
        """
        self.pilot.rerun()
        for key in ALL_KEYS:
            self.state[key] = self.state[key]
        self.pilot.rerun()
        self.model = {key: self.state[key] for key in ALL_KEYS}
        self.held.clear()
        self.cleared.clear()  # code set every key
        self.clicks, self.cb_reruns = self.state["clicks"], self.state["cb_reruns"]
        self.body_reruns = self.state["body_reruns"]
        self.seen_log = len(self.state["log"])

    def note(self, text: str) -> None:
        self.history.append(text)
        del self.history[:-50]

    # ----- checking -----
    def check(self, expected_log: list[Any], *, bad_key: str | None = None,
              submitted: dict[str, Any] | None = None) -> None:
        pilot, state = self.pilot, self.state
        log = state["log"]
        new = log[self.seen_log:]
        self.seen_log = len(log)
        del log[:-200]  # a long soak must not grow the log (the model reads only the tail)
        self.seen_log = len(log)
        assert Counter(map(repr, new)) == Counter(map(repr, expected_log)), (
            f"callbacks fired {new}, expected {expected_log}")
        exceptions = [r.element for r in pilot.window.renderer.find(kind="exception")]
        if bad_key is not None:
            assert len(exceptions) == 1, [e.props_dict() for e in exceptions]
            props = exceptions[0].props_dict()
            assert props["type"] == "StateValueError", props
            assert f"st.session_state[{bad_key!r}]" in props["message"], props["message"]
            self.model[bad_key] = kind_of(bad_key).after_bad
            self.cleared.discard(bad_key)
            drop_cut_edits(self.held, bad_key)
            pilot.rerun()
            self.check([])
            return
        assert not exceptions, [e.props_dict().get("message") for e in exceptions]
        if submitted is not None:  # the screen shows the defaults, state keeps the values
            self.model.update(submitted)
            self.cleared = set(FORM_KEYS)
            self.held.clear()
        for key in ALL_KEYS:
            assert same(state[key], self.model[key]), (
                f"ss[{key!r}] is {state[key]!r}, not {self.model[key]!r}")
            want = kind_of(key).to_ui(self.held.get(key, self.base(key)))
            shown = shown_by(pilot, key)
            assert same(shown, want), f"{key} shows {shown!r}, expected {want!r}"
        runs = pilot.window.session.run_count
        if runs != self.last_run:  # a value the widget already showed runs nothing
            self.last_run = runs
            self.returned = {key: submitted[key] if submitted and key in submitted else self.model[key]
                             for key in ALL_KEYS}
        returned = state["returned"]
        for key in ALL_KEYS:
            expected = self.returned[key]
            assert same(returned[key][0], expected), (
                f"st.{key} returned {returned[key][0]!r}, not {expected!r}")
            assert same(returned[key][1], expected), f"ss[{key!r}] was {returned[key][1]!r} in the run"
        assert state["clicks"] == self.clicks, (state["clicks"], self.clicks)
        assert state["cb_reruns"] == self.cb_reruns
        assert state["body_reruns"] == self.body_reruns

    def base(self, key: str) -> Any:
        """What a field shows without a held edit: its default after a clearing submit."""
        return kind_of(key).default if key in self.cleared else self.model[key]

    # ----- a user change -----
    def user_sets(self, key: str, value: Any) -> list[Any]:
        self.note(f"set {key}={value!r}")
        self.pilot.set_value(value, key=key)
        if same(value, self.model[key]):
            return []
        self.model[key] = value
        if key == LINK_SOURCE:
            self.model[LINK_TARGET] = link_value(value)
            self.cleared.discard(LINK_TARGET)
        return [("change", key, f"t-{key}", value)]

    # ----- events -----
    def ev_set(self) -> None:
        key = self.rng.choice(MAIN_KEYS)
        self.check(self.user_sets(key, kind_of(key).sample(self.rng)))

    def ev_counter(self) -> None:
        self.note("click counter")
        form_state = {key: self.model[key] for key in FORM_KEYS}
        self.pilot.click(key="counter")
        self.clicks += 1
        self.check([("click", "counter", form_state)])

    def ev_setter(self) -> None:
        keys = self.rng.sample(ALL_KEYS, self.rng.randint(1, 3))
        plan = {key: kind_of(key).sample(self.rng) for key in keys}
        if "N3" in self.known_open:  # N3: code setting a held slider back to the last value
            plan = {k: v for k, v in plan.items()
                    if not (k in self.held and kind_of(k).kind in SLIDER_KINDS
                            and same(v, self.model[k]))}
        self.note(f"setter plan={plan!r}")
        self.state["plan"] = plan
        self.pilot.click(key="setter")
        self.model.update(plan)
        for key in plan:
            self.held.pop(key, None)
            self.cleared.discard(key)
        self.check([("click", "setter")])

    def ev_rerun_cb(self) -> None:
        self.note("click rerun_cb")
        self.pilot.click(key="rerun_cb")
        self.cb_reruns += 1
        self.check([("click", "rerun_cb")])

    def ev_flag(self) -> None:
        self.note("click flag (body reruns)")
        self.pilot.click(key="flag")
        self.body_reruns += 1
        self.check([("click", "flag")])

    def ev_rerun(self) -> None:
        self.note("rerun")
        self.pilot.rerun()
        self.check([])

    def ev_delete(self) -> None:
        keys = [k for k in ALL_KEYS if k not in self.held]
        if "B2" in self.known_open:  # B2: a focused date/time field ignores the deletion
            keys = [k for k in keys if kind_of(k).kind not in ("date_input", "time_input")]
        key = self.rng.choice(keys)
        self.note(f"del {key}")
        del self.state[key]
        self.model[key] = kind_of(key).default
        self.cleared.discard(key)
        self.pilot.rerun()
        self.check([])

    def ev_impossible(self) -> None:
        key = self.rng.choice(BAD_KEYS)
        self.note(f"ss[{key!r}] = {kind_of(key).bad!r} (impossible)")
        self.state[key] = kind_of(key).bad
        self.pilot.rerun()
        self.check([], bad_key=key)

    def ev_form_edit(self) -> None:
        key = self.rng.choice(FORM_KEYS)
        value = kind_of(key).sample(self.rng)
        self.note(f"form edit {key}={value!r}")
        runs = self.pilot.window.session.run_count
        self.pilot.set_value(value, key=key)
        assert self.pilot.window.session.run_count == runs, "a form edit started a run"
        if not same(value, self.base(key)) or key in self.held:
            self.held[key] = value
        shown = shown_by(self.pilot, key)
        assert same(shown, kind_of(key).to_ui(value)), f"{key} shows {shown!r} after the edit {value!r}"

    def ev_submit(self) -> None:
        if "N3" in self.known_open and any(
                kind_of(k).kind in SLIDER_KINDS and not same(v, self.model[k])
                and same(self.model[k], kind_of(k).default) for k, v in self.held.items()):
            return  # N3: clear_on_submit would set the slider back to the value it last showed
        # what the fields show is what Submit must send
        shown = {key: python_value(key, shown_by(self.pilot, key)) for key in FORM_KEYS}
        expected = {key: self.held.get(key, self.base(key)) for key in FORM_KEYS}
        assert all(same(shown[k], expected[k]) for k in FORM_KEYS), (shown, expected)
        self.note(f"submit {shown!r}")
        self.pilot.click(label=SUBMIT_LABEL)
        self.check([("submit", shown)], submitted=shown)

    def ev_submit_cut_short(self) -> None:
        """Submit while the body will call st.rerun() before the form (N1)."""
        if "N1" in self.known_open:
            return
        self.state["rerun_flag"] = True
        self.body_reruns += 1
        self.note("rerun_flag set, then:")
        self.ev_submit()

    def ev_click_and_submit(self) -> None:
        """A click and a submit faster than a run starts: one batch of events (N2)."""
        if "N2" in self.known_open:
            return
        before = {key: self.model[key] for key in FORM_KEYS}
        shown = {key: python_value(key, shown_by(self.pilot, key)) for key in FORM_KEYS}
        self.note(f"click counter + submit {shown!r} in one batch")
        with self.pilot.window.session.requests.hold():
            for target in (self.pilot.widget(key="counter"), self.pilot.widget(label=SUBMIT_LABEL)):
                self.pilot.qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        self.pilot.settle()
        self.clicks += 1
        self.check([("click", "counter", before), ("submit", shown)], submitted=shown)

