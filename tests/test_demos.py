"""Every demo runs: its semantics through AppTest, and in a real window through QtPilot."""

from __future__ import annotations

import pytest
from conftest import DEMOS

from rerunqt.testing import AppTest

ALL_DEMOS = sorted(p.name for p in DEMOS.glob("*.py"))


@pytest.mark.parametrize("name", ALL_DEMOS)
def test_every_demo_runs_clean_in_apptest(name: str) -> None:
    at = AppTest.from_file(DEMOS / name).run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.title) == 1


def test_counter_demo_apptest() -> None:
    at = AppTest.from_file(DEMOS / "counter.py").run()
    assert at.title[0].value == "Counter Example"
    assert at.markdown.values == ["Count =  `0`"]
    for _ in range(3):
        at.button[0].click().run()
    assert at.session_state.count == 3
    assert at.markdown.values == ["Count =  `3`"]
    at.run()  # a plain rerun: the button is False again, the count stays
    assert at.session_state.count == 3


def test_counter_callbacks_demo_apptest() -> None:
    at = AppTest.from_file(DEMOS / "counter_callbacks.py").run()
    assert at.title[0].value == "Counter Example using Callbacks"
    at.button[0].click().run()
    assert at.session_state.count == 1
    assert at.markdown.values[0] == "Count =  `1`"  # the callback ran before the script
    at.number_input[0].set_value(4).run()
    at.button[1].click().run()  # args=(increment_value,) captured in the previous run
    assert at.session_state.count == 5
    at.button[2].click().run()  # kwargs increment_value=5
    at.button[3].click().run()  # kwargs decrement_value=1
    assert at.session_state.count == 9
    assert at.markdown.values == ["Count =  `9`", "Count =  `9`"]


@pytest.mark.qt
def test_counter_demo_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(DEMOS / "counter.py")
    for _ in range(3):
        pilot.click(label="Increment")
    assert pilot.texts("markdown") == ["Count =  `3`"]


@pytest.mark.qt
def test_counter_callbacks_demo_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(DEMOS / "counter_callbacks.py")
    pilot.click(label="Increment")
    pilot.type("4", label="Enter a value")
    pilot.click(label="Increment by value")
    pilot.click(label="Increment by 5")
    pilot.click(label="Decrement by 1")
    assert pilot.window.session.state["count"] == 1 + 4 + 5 - 1
    assert pilot.texts("markdown") == ["Count =  `9`", "Count =  `9`"]


@pytest.mark.qt
def test_counter_screenshot_after_three_clicks(rerunqt_pilot, tmp_path) -> None:
    """The picture a person sees: saved for review, and not blank."""
    import os

    pilot = rerunqt_pilot(DEMOS / "counter.py")
    for _ in range(3):
        pilot.click(label="Increment")
    image = pilot.window.grab().toImage()
    out = os.environ.get("RERUNQT_SCREENSHOT_DIR")
    path = (tmp_path if not out else __import__("pathlib").Path(out)) / "counter-3-clicks.png"
    assert image.save(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # text and a button were drawn, not an empty window
