"""Every demo runs: its semantics through AppTest, and in a real window through QtPilot."""

from __future__ import annotations

import pytest
from conftest import DEMOS

from rerunqt.core.element import walk
from rerunqt.testing import AppTest

ALL_DEMOS = sorted(p.name for p in DEMOS.glob("*.py") if not p.name.startswith("_"))


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


def test_form_demo_apptest() -> None:
    import datetime as dt

    at = AppTest.from_file(DEMOS / "form.py").run()
    assert at.markdown.values == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    at.time_input[0].set_value(dt.time(10, 30))
    at.number_input[0].set_value(5).run()
    assert at.session_state.count == 0  # edits in the form wait for the submit
    at.button[0].click().run()
    assert at.button[0].label == "Update"
    assert at.session_state.count == 5
    assert at.markdown.values == ["Current Count =  `5`", "Last Updated =  `10:30:00`"]
    at.button[0].click().run()  # the form keeps its values: submitting again adds 5 more
    assert at.session_state.count == 10


@pytest.mark.qt
def test_form_demo_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(DEMOS / "form.py")
    runs = pilot.window.session.run_count
    pilot.type("7", label="Enter a value", enter=False)
    pilot.widget(label="Enter the time").setFocus()  # focus-out commits into the form only
    pilot.settle()
    assert pilot.window.session.run_count == runs
    pilot.click(label="Update")
    assert pilot.window.session.run_count == runs + 1
    assert pilot.texts("markdown")[0] == "Current Count =  `7`"
    pilot.type("3", label="Enter a value")  # Enter submits the form
    assert pilot.window.session.state["count"] == 10
    assert pilot.texts("markdown")[0] == "Current Count =  `10`"


def test_widgets_demo_apptest() -> None:
    import datetime as dt

    at = AppTest.from_file(DEMOS / "widgets.py").run()
    kinds = {"button", "checkbox", "toggle", "radio", "selectbox", "multiselect", "number_input",
             "slider", "select_slider", "text_input", "text_area", "date_input", "time_input",
             "color_picker", "form_submit_button", "download_button", "file_uploader",
             "data_editor", "form"}
    assert kinds <= {element.kind for element in walk(at.tree)}
    at.toggle(key="dark").set_value(True)
    at.radio(key="plan").set_value("Pro")
    at.selectbox(key="colour").select("Blue")
    at.multiselect(key="toppings").select("Basil")
    at.slider(key="price").set_range(10.0, 30.0)
    at.date_input(key="birthday").set_value(dt.date(2000, 1, 2))
    at.color_picker(key="accent").pick("#00ff00")
    at.text_area(key="notes").input("hello").run()
    captions = at.caption.values
    for expected in ("→ True", "→ 'Pro'", "→ 'Blue'", "→ ['Cheese', 'Basil']", "→ 10.0 \u2013 30.0",
                     "→ 2000-01-02", "→ '#00ff00'", "→ 'hello'"):
        assert expected in captions, (expected, captions)
    at.get("file_uploader")[0].upload("a.csv", b"x,y\n1,2\n").run()
    assert "→ ['a.csv (8 bytes)']" in at.caption.values
    at.get("data_editor")[0].edit_cell(0, "hours", 5).run()
    assert at.caption.values[-1] == "→ 6 hours in 2 tasks"
    at.text_input[2].set_value("ada@example.org")
    submit = next(b for b in at.button if b.label == "Sign up")
    submit.click().run()
    assert at.success.values == ["Signed up ada@example.org with 1 guest(s)."]


@pytest.mark.qt
def test_widgets_demo_in_a_window(rerunqt_pilot, qtbot, tmp_path) -> None:
    """Real clicks and keys on the gallery, then a screenshot a person can review."""
    import datetime as dt
    import os
    from pathlib import Path

    from PySide6.QtCore import Qt

    pilot = rerunqt_pilot(DEMOS / "widgets.py")
    runs = pilot.window.session.run_count
    pilot.set_value(True, key="dark")  # a real click on the switch
    assert pilot.window.session.run_count == runs + 1
    radios = pilot.widget(key="plan")
    qtbot.mouseClick(radios.buttons[1], Qt.MouseButton.LeftButton)
    pilot.settle()
    slider = pilot.widget(key="volume")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    pilot.settle()
    pilot.type("Ada", key="name")
    pilot.set_value(["Cheese", "Olives"], key="toppings")
    pilot.set_value(dt.date(1995, 2, 3), key="birthday")
    state = pilot.window.session.state
    assert (state["dark"], state["plan"], state["volume"], state["name"]) == (True, "Pro", 41, "Ada")
    assert (state["toppings"], state["birthday"]) == (["Cheese", "Olives"], dt.date(1995, 2, 3))
    captions = pilot.texts("caption")
    for expected in ("→ True", "→ 'Pro'", "→ 41", "→ 'Ada'", "→ ['Cheese', 'Olives']", "→ 1995-02-03"):
        assert expected in captions
    out = os.environ.get("RERUNQT_SCREENSHOT_DIR")
    pilot.window.resize(900, 3400)
    pilot.settle()
    image = pilot.window.grab().toImage()
    assert image.save(str((Path(out) if out else tmp_path) / "widgets-gallery.png"))


def test_layout_demo_apptest() -> None:
    at = AppTest.from_file(DEMOS / "layout.py").run()
    assert at.page_config[0].layout == "wide"
    assert [c.subheader[0].value for c in at.columns[:3]] == ["Orders", "Total", "Biggest"]
    assert at.columns[0].markdown[0].value == "**5** shown"
    at.sidebar.multiselect[0].set_value(["North"]).run()
    assert at.columns[0].markdown[0].value == "**2** shown"
    assert [t.label for t in at.tabs] == ["Table", "Notes"]
    assert len(at.tabs[0].text) == 2
    next(b for b in at.button if b.label == "Add order").click().run()
    at.text_input("new_item").set_value("Vase").run()
    at.selectbox("new_region").set_value("North").run()
    next(b for b in at.dialog[0].button if b.label == "Add").click().run()
    assert len(at.dialog) == 0
    assert at.columns[0].markdown[0].value == "**3** shown"
    next(b for b in at.button if b.label == "Count").click().run()
    assert [m.value for m in at.empty[0].markdown] == ["### 5"]


@pytest.mark.qt
def test_layout_demo_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(DEMOS / "layout.py")
    window = pilot.window
    assert window.windowTitle() == "Orders"
    assert window.sidebar.isVisible()
    pilot.set_value(300, key="least")
    shown = [r.widget.text() for r in window.renderer.find(kind="markdown")]
    assert shown[0] == "**1** shown"  # only the 420 € desk is at least 300 €
    pilot.click(label="Notes")
    tabs = window.renderer.find(kind="tabs")[0].widget
    assert tabs.currentIndex() == 1
    pilot.click(label="How this page is built")
    pilot.click(label="Add order")
    dialog = window.renderer.places["dialog"].dialog
    assert dialog.isVisible()
    pilot.type("Vase", key="new_item")
    pilot.set_value(800, key="new_amount")
    pilot.click(label="Add")
    assert not dialog.isVisible()
    assert window.session.state["orders"][-1] == {"item": "Vase", "region": "North", "amount": 800}
    assert tabs.currentIndex() == 1  # the tab the user picked survived every rerun
    pilot.click(label="Count")
    assert pilot.texts("markdown")[-1].endswith("5")


@pytest.mark.parametrize("demo", ["Counter", "Counter with callbacks", "A form", "Every widget", "Layout",
                                  "Charts", "Caching"])
def test_hello_runs_every_bundled_demo(demo: str) -> None:
    at = AppTest.from_file(DEMOS / "hello.py").run()
    assert at.title[0].value == "Welcome to rerunqt"
    at.sidebar.radio[0].set_value(demo).run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.title) == 1 and at.title[0].value != "Welcome to rerunqt"


def test_rerunqt_hello_opens_the_installed_gallery(monkeypatch) -> None:
    from rerunqt import cli

    opened = []
    monkeypatch.setattr(cli, "display_missing", lambda: False)
    monkeypatch.setattr("rerunqt.qt.app.run_app", lambda path, config: opened.append(path) or 0)
    assert cli.main(["hello"]) == 0
    assert opened and opened[0].name == "hello.py" and opened[0].is_file()


@pytest.mark.qt
def test_hello_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(DEMOS / "hello.py")
    pilot.set_value("Counter", key="hello_demo")
    pilot.click(label="Increment")
    assert pilot.window.session.state["count"] == 1


def test_data_demo_selects_rows_and_compares_them() -> None:
    at = AppTest.from_file(DEMOS / "data.py").run()
    assert [m.label for m in at.metric] == ["Cities", "Mean rain", "Sunniest"]
    assert not at.table
    at.dataframe[0].select_rows([1, 3]).run()
    assert list(at.table[0].value["city"]) == ["Lima", "Kyiv"]


MULTIPAGE = DEMOS / "multipage" / "Home.py"


def test_multipage_demo_apptest() -> None:
    at = AppTest.from_file(MULTIPAGE).run()
    assert [entry[1] for entry in at.navigation[0].pages] == ["Home", "Counter", "Sign up"]
    at.switch_page("pages/1_Counter.py").run()
    at.button[0].click().run()
    at.switch_page("pages/2_Sign_up.py").run()
    at.text_input(key="signup_name").set_value("Ann").run()
    assert "email" in at.info[0].value  # half filled
    assert at.caption[0].value.endswith("at 1.")
    at.switch_page("pages/1_Counter.py").run()
    at.button[1].click().run()  # "Done: back home": st.switch_page in the script
    assert at.title[0].value == "Home"
    at.switch_page("pages/2_Sign_up.py").run()
    assert at.text_input(key="signup_name").value == "Ann"
    assert not at.exception


def test_navigation_demo_apptest() -> None:
    at = AppTest.from_file(DEMOS / "navigation.py").run()
    nav = at.navigation[0]
    assert [(entry[1], entry[3]) for entry in nav.pages] == [
        ("Counter", "Work"), ("Sign up", "Work"), ("about", "Help")]
    assert at.title[0].value == "Counter"
    at.switch_page("about").run()
    assert at.title[0].value == "About" and at.sidebar.caption[0].value.startswith("Showing about")
    at.page_link[0].click().run()
    assert at.title[0].value == "Counter" and not at.exception


@pytest.mark.qt
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_multipage_demos_in_a_window(rerunqt_pilot, tmp_path, theme: str) -> None:
    pilot = rerunqt_pilot(MULTIPAGE, options={"theme.base": theme})
    pilot.click(label="Counter").click(label="Increment")
    pilot.click(label="Sign up")
    pilot.type("Ann", label="Name")
    assert pilot.window.windowTitle() == "Sign up"
    pilot.window.grab().save(str(tmp_path / f"multipage-{theme}.png"))
    pilot.click(label="Home").click(label="Sign up")
    assert pilot.widget(label="Name").text() == "Ann"
    nav_pilot = rerunqt_pilot(DEMOS / "navigation.py", options={"theme.base": theme})
    nav_pilot.click(label="about")
    assert nav_pilot.texts("title") == ["About"]
    nav_pilot.window.grab().save(str(tmp_path / f"navigation-{theme}.png"))


def test_the_multipage_demo_s_pages_folder_is_installed() -> None:
    import fnmatch

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    data = tomllib.loads((DEMOS.parent / "pyproject.toml").read_text())
    globs = data["tool"]["setuptools"]["package-data"]["rerunqt.demos"]
    files = [p.relative_to(DEMOS).as_posix() for p in (DEMOS / "multipage").rglob("*.py")]
    assert len(files) == 3
    unpackaged = [f for f in files if not any(
        f.count("/") == g.count("/") and fnmatch.fnmatch(f, g) for g in globs)]
    assert unpackaged == []


def test_progress_demo_apptest() -> None:
    at = AppTest.from_file(DEMOS / "progress.py").run()
    assert at.info[0].value.startswith("Press the button")
    assert not at.progress and not at.toast
    at.button[0].click().run()
    assert (at.progress[0].value, at.progress[0].text) == (100, "Step **30** of 30")
    status = at.status[0]
    assert (status.label, status.state, status.expanded) == ("All steps done", "complete", False)
    assert status.markdown.values == [f"Finished part {n} of 3." for n in (1, 2, 3)]
    assert not at.spinner  # gone when its block ended
    assert at.toast.values == ["The task finished (run 1)."]
    assert at.success[0].value == "Done: the bar shows 100%."
    at.run()  # a rerun without the click: back to the start, no new toast
    assert not at.toast and not at.progress


@pytest.mark.qt
def test_progress_demo_in_a_window(rerunqt_pilot) -> None:
    from PySide6.QtWidgets import QProgressBar

    from rerunqt.qt.overlay import ToastStack

    pilot = rerunqt_pilot(DEMOS / "progress.py")
    pilot.click(label="Start the task")
    bar = pilot.record(kind="progress").widget.findChild(QProgressBar)
    assert bar.value() == 100
    box = pilot.record(kind="status").widget
    assert box.indicator.state == "complete" and not box.is_open()
    assert pilot.texts("status") == ["All steps done"]
    assert not pilot.window.renderer.find(kind="spinner")
    stack = pilot.window.findChild(ToastStack)
    assert [card.text() for card in stack.cards()] == ["The task finished (run 1)."]


@pytest.mark.qt
def test_progress_demo_clock_fragment_ticks_alone(rerunqt_pilot, qtbot) -> None:
    pilot = rerunqt_pilot(DEMOS / "progress.py")
    clock = pilot.window.renderer.find(kind="metric")[0]
    title = pilot.record(kind="title").widget
    first = clock.element.prop("value")
    qtbot.waitUntil(lambda: pilot.window.renderer.find(kind="metric")[0].element.prop("value") != first,
                    timeout=4000)
    assert pilot.record(kind="title").widget is title  # the page was left as it was


def test_dashboard_demo_apptest() -> None:
    at = AppTest.from_file(DEMOS / "dashboard.py", default_timeout=30).run()
    assert [m.label for m in at.metric] == ["Revenue", "Orders", "Average order"]
    assert at.metric[1].value == "100,000"
    assert sorted(at.line_chart[0].series) == ["East", "North", "South", "West"]
    assert at.info[0].value.startswith("Select a row")
    at.dataframe[0].select_rows([3]).run()
    assert at.subheader.values[-1] == "Order 4"
    at.sidebar.multiselect[0].set_value(["North"]).run()
    assert sorted(at.line_chart[0].series) == ["North"]
    assert int(at.metric[1].value.replace(",", "")) < 100_000


@pytest.mark.qt
def test_dashboard_demo_in_a_window(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(DEMOS / "dashboard.py")
    pilot.select_table_rows([2], key="orders")  # a real click on the third row
    assert pilot.texts("subheader")[-1] == "Order 3"
    assert [r.element.prop("label") for r in pilot.window.renderer.find(kind="metric")][-4:] == [
        "Region", "Product", "Units", "Revenue"]
