"""The fuzz app: every input widget kind keyed, a clear_on_submit form, callbacks, reruns.

``SCRIPT`` is the app's source, generated from ``widget_kinds.KINDS``; ``write_app``
saves it for a real window. What the app records in session state, for the tests:

- ``log``: one entry per callback call, in call order:
  ``("change", key, tag, ss[key])`` from every widget's on_change (tag is "t-<key>", a
  kwarg, and key an arg, so args/kwargs are checked too); ``("click", name)`` from the
  buttons, except the counter's ``("click", "counter", {form key: ss[key]})``, which
  shows what the form's fields hold in state when the click runs;
  ``("submit", {form key: ss[key]})`` from the form's submit button;
- ``clicks``: the counter button's count (incremented by its on_click);
- ``returned``: {key: (what the widget function returned, ss[key] right after the call)}
  of the last run that reached the end of the script;
- ``cb_reruns`` / ``body_reruns``: how many times ``st.rerun()`` was called from the
  rerun button's callback / from the body (the body does it when ``rerun_flag`` is set,
  after half of the widgets are drawn, clearing the flag first).

Buttons: ``counter`` (count), ``setter`` (its callback assigns every ``plan`` item,
``ss[k] = v``: a callback changing other keys), ``rerun_cb`` (its callback calls
``st.rerun()``), ``flag`` (its callback sets ``rerun_flag``, so the body reruns).
The toggle's on_change also sets ``color_picker`` to white (on) or black (off): a
widget callback changing another widget's key.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for widget_kinds

from widget_kinds import FORM_KINDS, KINDS, form_key

LINK_SOURCE, LINK_TARGET = "toggle", "color_picker"


def link_value(toggle_value: bool) -> str:
    """What the toggle's callback writes into the color picker."""
    return "#ffffff" if toggle_value else "#000000"


MAIN_KEYS = tuple(KINDS)
FORM_KEYS = tuple(form_key(name) for name in FORM_KINDS)
ALL_KEYS = MAIN_KEYS + FORM_KEYS
BUTTONS = ("counter", "setter", "rerun_cb", "flag")
SUBMIT_LABEL = "Send"
_HALF = len(MAIN_KEYS) // 2


def build_script() -> str:
    lines = [
        "import datetime as dt",
        "import rerunqt as st",
        "ss = st.session_state",
        "for name, start in (('log', None), ('clicks', 0), ('cb_reruns', 0), ('body_reruns', 0),",
        "                    ('rerun_flag', False), ('plan', None)):",
        "    if name not in ss:",
        "        ss[name] = [] if name == 'log' else ({} if name == 'plan' else start)",
        "def changed(key, *, tag):",
        "    ss.log.append(('change', key, tag, ss[key]))",
        f"    if key == {LINK_SOURCE!r}:",
        f"        ss[{LINK_TARGET!r}] = '#ffffff' if ss[key] else '#000000'",
        "def count():",
        "    ss.clicks += 1",
        f"    ss.log.append(('click', 'counter', {{k: ss[k] for k in {FORM_KEYS!r}}}))",
        "def apply_plan():",
        "    ss.log.append(('click', 'setter'))",
        "    for k, v in ss.plan.items():",
        "        ss[k] = v",
        "def rerun_from_callback():",
        "    ss.log.append(('click', 'rerun_cb'))",
        "    ss.cb_reruns += 1",
        "    st.rerun()",
        "def raise_flag():",
        "    ss.log.append(('click', 'flag'))",
        "    ss.rerun_flag = True",
        "def submitted():",
        f"    ss.log.append(('submit', {{k: ss[k] for k in {FORM_KEYS!r}}}))",
        "out = {}",
        "st.button('Count', key='counter', on_click=count)",
        "st.button('Set', key='setter', on_click=apply_plan)",
        "st.button('Rerun', key='rerun_cb', on_click=rerun_from_callback)",
        "st.button('Flag', key='flag', on_click=raise_flag)",
    ]
    for n, (name, kind) in enumerate(KINDS.items()):
        if n == _HALF:
            lines += [
                "if ss.rerun_flag:",
                "    ss.rerun_flag = False",
                "    ss.body_reruns += 1",
                "    st.rerun()",
            ]
        extra = f', on_change=changed, args=({name!r},), kwargs={{"tag": "t-{name}"}}'
        lines.append(f"out[{name!r}] = ({kind.draw(extra=extra)}, ss[{name!r}])")
    lines.append("with st.form('form', clear_on_submit=True):")
    for name in FORM_KINDS:
        key = form_key(name)
        lines.append(f"    out[{key!r}] = ({KINDS[name].draw(key=key)}, ss[{key!r}])")
    lines.append(f"    st.form_submit_button({SUBMIT_LABEL!r}, on_click=submitted)")
    lines.append("ss.returned = out")
    return "\n".join(lines) + "\n"


SCRIPT = build_script()


def write_app(folder: Path) -> Path:
    path = folder / "fuzz_app.py"
    path.write_text(SCRIPT)
    return path


if __name__ == "__main__":
    print(SCRIPT)


def drop_cut_edits(held: dict[str, Any], bad_key: str) -> None:
    """An impossible value ends the run at its widget: the form fields the run did not
    reach leave the screen, and their unsubmitted edits with them (window and AppTest)."""
    if bad_key not in FORM_KEYS:  # every other widget is drawn before the form
        held.clear()
        return
    for key in FORM_KEYS[FORM_KEYS.index(bad_key):]:  # from the failing field on
        held.pop(key, None)


def same(a: Any, b: Any) -> bool:
    """Equal and of the same type, element by element (state keeps types exactly)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return bool(a == b)
