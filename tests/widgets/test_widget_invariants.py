"""Random widget events against a script with many widgets (hypothesis).

After every run: no exception is shown, session state equals what each widget shows,
callbacks fired exactly for the real changes (with their args and kwargs), and values
edited inside the form reach the script only when the form is submitted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rerunqt.testing import AppTest


@dataclass(frozen=True)
class Kind:
    """One widget kind in the script: how to draw it and which values a user can give it."""

    call: str  # st.<call>, with {key}, {cb} placeholders
    default: Any
    values: st.SearchStrategy[Any]


KINDS: dict[str, Kind] = {
    "checkbox": Kind('st.checkbox("Check", key="{key}"{cb})', False, st.booleans()),
    "toggle": Kind('st.toggle("Toggle", key="{key}"{cb})', False, st.booleans()),
    "text_input": Kind('st.text_input("Text", key="{key}"{cb})', "",
                       st.text(alphabet="abc xyz", max_size=6)),
    "text_area": Kind('st.text_area("Area", key="{key}"{cb})', "",
                      st.text(alphabet="ab\nc", max_size=6)),
    "number_input": Kind('st.number_input("Int", 0, 10, 5, key="{key}"{cb})', 5,
                         st.integers(0, 10)),
    "number_float": Kind('st.number_input("Float", 0.0, 1.0, 0.5, step=0.25, key="{key}"{cb})', 0.5,
                         st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0])),
    "radio": Kind('st.radio("Radio", ["a", "b", "c"], key="{key}"{cb})', "a",
                  st.sampled_from(["a", "b", "c"])),
    "selectbox": Kind('st.selectbox("Select", [10, 20, 30], index=None, key="{key}"{cb})', None,
                      st.sampled_from([10, 20, 30])),
    "multiselect": Kind('st.multiselect("Multi", ["x", "y", "z"], key="{key}"{cb})', [],
                        st.lists(st.sampled_from(["x", "y", "z"]), unique=True)),
    "slider": Kind('st.slider("Slider", 0, 100, 50, key="{key}"{cb})', 50, st.integers(0, 100)),
    "range": Kind('st.slider("Range", 0, 10, (2, 8), key="{key}"{cb})', (2, 8),
                  st.tuples(st.integers(0, 5), st.integers(5, 10))),
    "select_slider": Kind('st.select_slider("Size", ["S", "M", "L"], key="{key}"{cb})', "S",
                          st.sampled_from(["S", "M", "L"])),
    "date_input": Kind('st.date_input("Date", dt.date(2024, 1, 1), key="{key}"{cb})',
                       dt.date(2024, 1, 1),
                       st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1))),
    "time_input": Kind('st.time_input("Time", dt.time(9, 0), step=60, key="{key}"{cb})',
                       dt.time(9, 0), st.times().map(lambda t: t.replace(second=0, microsecond=0))),
    "color_picker": Kind('st.color_picker("Colour", "#112233", key="{key}"{cb})', "#112233",
                         st.sampled_from(["#000000", "#ff4b4b", "#ffffff"])),
}
FORM_KINDS = ("checkbox", "text_input", "number_input", "slider")


def script() -> str:
    lines = [
        "import datetime as dt",
        "import rerunqt as st",
        "if 'log' not in st.session_state:",
        "    st.session_state.log = []",
        "def changed(key, *, tag):",
        "    st.session_state.log.append((key, tag, st.session_state[key]))",
    ]
    for name, kind in KINDS.items():
        cb = f', on_change=changed, args=("{name}",), kwargs={{"tag": "t-{name}"}}'
        lines.append(f"v_{name} = " + kind.call.format(key=name, cb=cb))
    lines.append("with st.form('form'):")
    for name in FORM_KINDS:
        lines.append(f"    f_{name} = " + KINDS[name].call.format(key=f"form_{name}", cb=""))
    lines.append("    sent = st.form_submit_button('Send')")
    lines.append("st.session_state.seen = {" + ", ".join(
        [f"'{n}': v_{n}" for n in KINDS] + [f"'form_{n}': f_{n}" for n in FORM_KINDS]) + "}")
    return "\n".join(lines) + "\n"


SCRIPT = script()
events = st.lists(
    st.one_of(
        st.tuples(st.just("set"), st.sampled_from(sorted(KINDS)), st.data()),
        st.tuples(st.just("form"), st.sampled_from(FORM_KINDS), st.data()),
        st.tuples(st.just("submit"), st.none(), st.none()),
        st.tuples(st.just("rerun"), st.none(), st.none()),
    ),
    max_size=12,
)


def widget(at: AppTest, key: str) -> Any:
    for element_kind in ("checkbox", "toggle", "text_input", "text_area", "number_input", "radio",
                         "selectbox", "multiselect", "slider", "select_slider", "date_input",
                         "time_input", "color_picker"):
        for view in getattr(at, element_kind):
            if view.key == key:
                return view
    raise KeyError(key)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=events, data=st.data())
def test_random_widget_events_keep_state_screen_and_callbacks_in_step(steps, data) -> None:
    at = AppTest.from_string(SCRIPT).run()
    model = {name: kind.default for name, kind in KINDS.items()}
    model.update({f"form_{name}": KINDS[name].default for name in FORM_KINDS})
    held: dict[str, Any] = {}
    log: list[tuple[str, str, Any]] = []
    for action, name, _ in steps:
        if action == "set":
            value = data.draw(KINDS[name].values)
            widget(at, name).set_value(value)
            if value != model[name]:
                log.append((name, f"t-{name}", value))
                model[name] = value
        elif action == "form":
            value = data.draw(KINDS[name].values)
            widget(at, f"form_{name}").set_value(value)
            held[f"form_{name}"] = value
            continue  # a form edit alone runs nothing: no run needed to check
        elif action == "submit":
            at.button[0].click()
            model.update(held)
            held.clear()
        at.run()
        assert not at.exception, at.exception[0].value
        state = at.session_state
        assert state.log == log  # callbacks fired once per real change, in order
        assert state.seen == model  # the script saw exactly the model's values
        for key, value in model.items():
            assert state[key] == value
            if key not in held:
                view = widget(at, key)
                assert view.value == value
                meta = at._session.state.widget_meta(view.id)
                shown = meta.to_ui(value) if meta.to_ui is not None else value
                assert view._element.prop("value") == shown  # what the widget shows
