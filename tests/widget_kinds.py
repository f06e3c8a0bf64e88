"""Every input widget kind of rerunqt, in one table shared by the property tests.

For each kind: how a script draws it (with a key and optional extra arguments), its
default, a Hypothesis strategy of values a user can give it, ``to_ui(value)`` (what the
widget must show for a session-state value: the front-end value, e.g. an option index),
an impossible value (one that session state cannot hold for it: a StateValueError) where
one exists, and an unfit value (one Streamlit 1.67 silently replaces, e.g. an option that
is not one: by the default) where one exists.

The values stay in the range every front end handles today: short texts (no 32,767+
character strings), finite numbers on the widget's step grid, dates and times the
window's fields can type, lower-case ``#rrggbb`` colours.

A new input widget must join this table (checked against the kind catalogue in
``tests/property/test_state_machine.py``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

NO_BAD = object()  # no such value for this kind


@dataclass(frozen=True)
class WidgetKind:
    """One keyed widget of the fuzz app."""

    name: str  # also its key in the fuzz app
    kind: str  # the element kind it draws (``slider`` for a range slider)
    call: str  # st.<call>(...), with {key} and {extra} placeholders
    default: Any
    values: st.SearchStrategy[Any]
    to_ui: Callable[[Any], Any]
    bad: Any = NO_BAD  # a value session state cannot give this widget (StateValueError)
    pick: Callable[[random.Random], Any] | None = None  # a seeded draw from ``values``
    kept: Any = NO_BAD  # what the widget keeps of ``bad`` on the next run (else its default)
    unfit: Any = NO_BAD  # a value set by code that is replaced without an error
    fitted: Any = NO_BAD  # what replaces ``unfit`` (else the default)

    @property
    def after_bad(self) -> Any:
        """The value after a refused ``bad``: what the next run makes of it (a range
        slider's values clamped to its bounds, a number read as text), else the default."""
        return self.default if self.kept is NO_BAD else self.kept

    @property
    def after_unfit(self) -> Any:
        """What session state holds (and the widget shows) once ``unfit`` was set by code."""
        return self.default if self.fitted is NO_BAD else self.fitted

    def sample(self, rng: random.Random) -> Any:
        """A valid value drawn with ``rng`` (for the seeded window fuzz and the soak)."""
        assert self.pick is not None, f"{self.name} has no seeded picker"
        return self.pick(rng)

    def draw(self, key: str | None = None, extra: str = "") -> str:
        """The Python expression that draws this widget with ``key`` (default: its name)."""
        return self.call.format(key=key or self.name, extra=extra)


def _text(rng: random.Random, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))


def _day(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))


def _same(value: Any) -> Any:
    return value


def _index_in(options: tuple[Any, ...]) -> Callable[[Any], Any]:
    def to_ui(value: Any) -> Any:
        return None if value is None else options.index(value)
    return to_ui


def _indices_in(options: tuple[Any, ...]) -> Callable[[Any], Any]:
    def to_ui(value: Any) -> Any:
        return tuple(options.index(v) for v in value)
    return to_ui


def _pair_indices_in(options: tuple[Any, ...]) -> Callable[[Any], Any]:
    def to_ui(value: Any) -> Any:
        return (options.index(value[0]), options.index(value[1]))
    return to_ui


RADIO = ("a", "b", "c")
SELECT = (10, 20, 30)
MULTI = ("x", "y", "z")
SIZES = ("S", "M", "L", "XL")
TEXT = "abc xyzé"  # é comes as an input method sends it in the window
AREA = "ab\nc é"
FIRST_DAY, LAST_DAY = dt.date(2020, 1, 1), dt.date(2030, 12, 31)
PILLS = ("p", "q", "r")
SEGMENTS = ("u", "v", "w")

ordered_pair = st.tuples(st.integers(0, 10), st.integers(0, 10)).map(lambda p: tuple(sorted(p)))
days = st.dates(FIRST_DAY, LAST_DAY)
minutes = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
colours = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06x}")
size_pair = st.tuples(st.sampled_from(SIZES), st.sampled_from(SIZES)).map(
    lambda p: tuple(sorted(p, key=SIZES.index)))

KINDS: dict[str, WidgetKind] = {k.name: k for k in (
    WidgetKind("checkbox", "checkbox", 'st.checkbox("Checkbox", key="{key}"{extra})',
               False, st.booleans(), _same, bad="yes", pick=lambda r: r.random() < 0.5),
    WidgetKind("toggle", "toggle", 'st.toggle("Toggle", key="{key}"{extra})',
               False, st.booleans(), _same, bad="on", pick=lambda r: r.random() < 0.5),
    WidgetKind("radio", "radio", 'st.radio("Radio", ["a", "b", "c"], key="{key}"{extra})',
               "a", st.sampled_from(RADIO), _index_in(RADIO), unfit="zz", pick=lambda r: r.choice(RADIO)),
    WidgetKind("selectbox", "selectbox",
               'st.selectbox("Select", [10, 20, 30], index=None, key="{key}"{extra})',
               None, st.sampled_from(SELECT), _index_in(SELECT), unfit=40, pick=lambda r: r.choice(SELECT)),
    WidgetKind("multiselect", "multiselect",
               'st.multiselect("Multi", ["x", "y", "z"], key="{key}"{extra})',
               [], st.lists(st.sampled_from(MULTI), unique=True, max_size=3), _indices_in(MULTI),
               bad=42, unfit=["x", "nope"], fitted=["x"], pick=lambda r: r.sample(MULTI, r.randint(0, 3))),
    WidgetKind("slider", "slider", 'st.slider("Slider", 0, 40, 20, key="{key}"{extra})',
               20, st.integers(0, 40), _same, bad="ten", pick=lambda r: r.randint(0, 40)),
    WidgetKind("range_slider", "slider",
               'st.slider("Range", 0, 10, (2, 8), key="{key}"{extra})',
               (2, 8), ordered_pair, _same, bad=(2, 11), kept=(2, 10), unfit=5,
               pick=lambda r: tuple(sorted((r.randint(0, 10), r.randint(0, 10))))),
    WidgetKind("select_slider", "select_slider",
               'st.select_slider("Size", ["S", "M", "L", "XL"], key="{key}"{extra})',
               "S", st.sampled_from(SIZES), _index_in(SIZES), unfit="XXL", pick=lambda r: r.choice(SIZES)),
    WidgetKind("select_range", "select_slider",
               'st.select_slider("Sizes", ["S", "M", "L", "XL"], value=("M", "L"), key="{key}"{extra})',
               ("M", "L"), size_pair, _pair_indices_in(SIZES), unfit=("S", "XXL"),
               pick=lambda r: tuple(sorted((r.choice(SIZES), r.choice(SIZES)), key=SIZES.index))),
    WidgetKind("text_input", "text_input", 'st.text_input("Text", key="{key}"{extra})',
               "", st.text(alphabet=TEXT, max_size=8), _same, bad=5, kept="5",
               pick=lambda r: _text(r, TEXT)),
    WidgetKind("text_area", "text_area", 'st.text_area("Area", key="{key}"{extra})',
               "", st.text(alphabet=AREA, max_size=8), _same, bad=5, kept="5",
               pick=lambda r: _text(r, AREA)),
    WidgetKind("number_int", "number_input",
               'st.number_input("Int", -50, 50, 5, key="{key}"{extra})',
               5, st.integers(-50, 50), _same, bad="five", pick=lambda r: r.randint(-50, 50)),
    WidgetKind("number_float", "number_input",
               'st.number_input("Float", 0.0, 2.0, 0.5, step=0.25, key="{key}"{extra})',
               0.5, st.integers(0, 8).map(lambda n: n / 4), _same, bad="half",
               pick=lambda r: r.randint(0, 8) / 4),
    WidgetKind("date_input", "date_input",
               'st.date_input("Date", dt.date(2024, 1, 1), key="{key}"{extra})',
               dt.date(2024, 1, 1), days, _same, bad="not a date", pick=_day),
    WidgetKind("date_range", "date_input",
               'st.date_input("Dates", (dt.date(2024, 1, 1), dt.date(2024, 1, 9)), key="{key}"{extra})',
               (dt.date(2024, 1, 1), dt.date(2024, 1, 9)),
               st.tuples(days, days).map(lambda p: tuple(sorted(p))), _same, bad=42,
               pick=lambda r: tuple(sorted((_day(r), _day(r))))),
    WidgetKind("time_input", "time_input",
               'st.time_input("Time", dt.time(9, 0), step=60, key="{key}"{extra})',
               dt.time(9, 0), minutes, _same, bad="noon",
               pick=lambda r: dt.time(r.randint(0, 23), r.randint(0, 59))),
    WidgetKind("datetime_input", "datetime_input",
               'st.datetime_input("Moment", dt.datetime(2024, 1, 1, 9, 0), key="{key}"{extra})',
               dt.datetime(2024, 1, 1, 9, 0), st.builds(dt.datetime.combine, days, minutes), _same,
               bad="later", pick=lambda r: dt.datetime.combine(_day(r), dt.time(r.randint(0, 23),
                                                                                  r.randint(0, 59)))),
    WidgetKind("pills", "pills", 'st.pills("Pills", ["p", "q", "r"], key="{key}"{extra})',
               None, st.sampled_from((None, *PILLS)),
               lambda v: () if v is None else (PILLS.index(v),), unfit=42,
               pick=lambda r: r.choice((None, *PILLS))),
    WidgetKind("segmented", "segmented_control",
               'st.segmented_control("Segments", ["u", "v", "w"], selection_mode="multi", '
               'key="{key}"{extra})',
               [], st.lists(st.sampled_from(SEGMENTS), unique=True),
               lambda v: tuple(SEGMENTS.index(x) for x in v), bad=42,
               pick=lambda r: r.sample(SEGMENTS, r.randint(0, 3))),
    WidgetKind("feedback", "feedback", 'st.feedback("stars", key="{key}"{extra})',
               None, st.sampled_from((None, 0, 1, 2, 3, 4)), _same, unfit=5,
               pick=lambda r: r.choice((None, 0, 1, 2, 3, 4))),
    WidgetKind("pagination", "pagination", 'st.pagination(9, key="{key}"{extra})',
               1, st.integers(1, 9), _same, unfit=10, pick=lambda r: r.randint(1, 9)),
    WidgetKind("color_picker", "color_picker",
               'st.color_picker("Colour", "#112233", key="{key}"{extra})',
               "#112233", colours, _same, bad=5, unfit="red",
               pick=lambda r: f"#{r.randint(0, 0xFFFFFF):06x}"),
)}

# the kinds the fuzz app also puts in its clear_on_submit form (under key "f_<name>")
FORM_KINDS = ("text_input", "number_int", "checkbox", "select_slider", "multiselect")


def form_key(name: str) -> str:
    return f"f_{name}"


def kind_of(key: str) -> WidgetKind:
    """The table row of a key of the fuzz app (``f_<name>`` for form fields)."""
    return KINDS[key[2:] if key.startswith("f_") else key]


ELEMENT_KINDS = frozenset(k.kind for k in KINDS.values())
