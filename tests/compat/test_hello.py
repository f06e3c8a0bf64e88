"""Streamlit 1.67's own ``streamlit hello`` demos (tests/compat/hello, unchanged) run under rerunqt.

Each runs through AppTest (``import streamlit`` is rerunqt inside a run) and in a window
offscreen. Network reads are replaced (monkeypatch) by a small made-up local CSV or by
the URLError an offline machine gets, so the tests prove the rest of each demo works
whatever the network does.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import URLError

import pytest

from rerunqt.testing import AppTest

HELLO = Path(__file__).parent / "hello"
AGRI_CSV = HELLO / "data" / "agri.csv"  # made up: the real file's columns, four regions


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every remote read fails as on a machine without network (fast, no DNS wait)."""
    import pandas as pd

    def no_network(url: Any, *args: Any, **kwargs: Any) -> Any:
        raise URLError("offline in this test")

    monkeypatch.setattr(pd, "read_csv", no_network)
    monkeypatch.setattr(pd, "read_json", no_network)


@pytest.fixture
def local_agri(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dataframe demo's remote CSV is the local made-up one."""
    import pandas as pd

    real = pd.read_csv
    monkeypatch.setattr(pd, "read_csv", lambda url, *a, **k: real(AGRI_CSV))


# the real pydeck (an optional extra): asked before ``fake_pydeck`` puts its stand-in in place
NEEDS_PYDECK = pytest.mark.skipif(importlib.util.find_spec("pydeck") is None,
                                  reason="st.pydeck_chart of a Deck needs pydeck (rerunqt[pydeck])")


@pytest.fixture
def fake_pydeck(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A stand-in ``pydeck`` (not installed here) and local map data: the demo reaches
    st.pydeck_chart. With the real pydeck installed, the real one is used."""
    import pandas as pd

    try:
        import pydeck  # noqa: F401
    except ImportError:
        module = types.ModuleType("pydeck")

        class Layer:
            def __init__(self, kind: str, **kwargs: Any) -> None:
                self.kind, self.kwargs = kind, kwargs

        class Deck:
            def __init__(self, **kwargs: Any) -> None:
                self.kwargs = kwargs

        module.Layer, module.Deck = Layer, Deck  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "pydeck", module)
    rows = pd.DataFrame({"lon": [-122.4, -122.5], "lat": [37.7, 37.8], "lon2": [-122.3, -122.2],
                         "lat2": [37.6, 37.9], "exits": [10, 20], "name": ["A", "B"],
                         "outbound": [3, 4]})
    monkeypatch.setattr(pd, "read_json", lambda url, *a, **k: rows.copy())
    yield


@pytest.fixture(autouse=True)
def adapters_loaded(request: pytest.FixtureRequest) -> None:
    """Window tests: adapter modules imported here, before any script thread starts (an
    import rewritten by pytest while the script thread parses can fail on CPython 3.11)."""
    if request.node.get_closest_marker("qt") is not None:
        from rerunqt.qt.adapters import ADAPTERS

        ADAPTERS.load_all()


def run(name: str, timeout: float = 60) -> AppTest:
    at = AppTest.from_file(HELLO / name, default_timeout=timeout).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# ------------------------------------------------------------------------------------ AppTest
def test_hello_page() -> None:
    at = run("hello.py")
    assert at.title[0].value == "Welcome to Streamlit! 👋"
    # the indented triple-quoted body is dedented (Streamlit's clean_text): markdown, not code
    assert at.markdown[0].value.startswith("Streamlit is an open-source app framework")
    assert "\n### Want to learn more?\n" in at.markdown[0].value


def test_the_gallery_lists_the_five_pages() -> None:
    at = run("streamlit_app.py")
    assert at.title[0].value == "Welcome to Streamlit! 👋"  # the first page runs


def test_plotting_demo_draws_every_row_and_ends() -> None:
    at = run("plotting_demo.py")
    assert len(at.line_chart) == 1
    assert len(at.line_chart[0].series["0"]) == 1 + 50 * 5
    assert at.sidebar.text[0].value == "100% complete"
    assert len(at.sidebar.get("progress")) == 0  # progress_bar.empty() at the end
    assert at.button[0].label == "Rerun"
    assert at.markdown[-1].value == "## Code" and "def" not in at.code[0].value.splitlines()[0]


def test_animation_demo_ends_on_its_last_frame() -> None:
    at = run("animation_demo.py")
    assert at.sidebar.slider[0].value == 10 and at.sidebar.slider[1].value == 0.7885
    assert len(at.image) == 1 and at.image[0].size == (960, 640)
    assert len(at.sidebar.get("progress")) == 0 and len(at.sidebar.text) == 0  # emptied
    at.sidebar.slider[0].set_value(2).run()  # fewer iterations: it runs again to the end
    assert not at.exception and len(at.image) == 1
    assert at.button[0].label == "Rerun"


def test_dataframe_demo_with_local_data(local_agri: None) -> None:
    at = run("dataframe_demo.py")
    assert at.multiselect[0].value == ["China", "United States of America"]
    assert at.subheader[0].value == "Gross agricultural production ($B)"
    assert list(at.dataframe[0].value.index) == ["China", "United States of America"]
    assert at.dataframe[0].value.loc["China", "1961"] == 22.0  # divided by 1e6
    chart = at.vega_lite_chart[0]
    assert chart.marks == ["area"] and set(chart.series) == {"China", "United States of America"}
    at.multiselect[0].select("India").run()
    assert set(at.vega_lite_chart[0].series) == {"China", "United States of America", "India"}
    at.multiselect[0].set_value([]).run()
    assert at.error[0].value == "Please select at least one country."
    assert not at.dataframe and not at.vega_lite_chart


def test_dataframe_demo_offline_says_so_in_the_page(offline: None) -> None:
    at = run("dataframe_demo.py")
    assert at.error[0].value == ("This demo requires internet access. Connection error: "
                                 "offline in this test")
    assert at.markdown[-1].value == "## Code"  # the rest of the page is drawn


def test_mapping_demo_offline_says_so_in_the_page(offline: None, fake_pydeck: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    monkeypatch.setattr(pd, "read_json", lambda *a, **k: (_ for _ in ()).throw(URLError("offline")))
    at = run("mapping_demo.py")
    assert "**This demo requires internet access.**" in at.error[0].value
    assert "Connection error: offline" in at.error[0].value


@NEEDS_PYDECK
def test_mapping_demo_draws_its_four_layers_with_pydeck(fake_pydeck: None) -> None:
    at = AppTest.from_file(HELLO / "mapping_demo.py").run()
    assert at.title[0].value == "Mapping demo"
    assert [c.label for c in at.sidebar.checkbox] == [  # "Show code" comes after the chart
        "Bike rentals", "Bart stop exits", "Bart stop names", "Outbound flow", "Show code"]
    assert not at.exception
    chart = at.pydeck_chart[0]
    assert [(layer["type"], layer["shapes"] + layer["circles"] + layer["texts"] + layer["lines"])
            for layer in chart.layers] == [("HexagonLayer", 2), ("ScatterplotLayer", 2),
                                           ("TextLayer", 2), ("ArcLayer", 2)]
    assert chart.view_state == {"latitude": 37.76, "longitude": -122.4, "zoom": 11.0}
    assert chart.notes == []
    assert at.markdown[-1].value == "## Code"  # the page goes on after the chart
    at.sidebar.checkbox[3].uncheck().run()
    assert [layer["type"] for layer in at.pydeck_chart[0].layers] == [
        "HexagonLayer", "ScatterplotLayer", "TextLayer"]
    for box in at.sidebar.checkbox[:4]:  # no layer: no map, the demo's own error
        box.uncheck()
    at.run()
    assert not at.exception and not at.pydeck_chart
    assert at.error[0].value == "Please choose at least one layer above."
    assert at.markdown[-1].value == "## Code"


def test_mapping_demo_without_pydeck_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pydeck", None)  # as on a machine without pydeck
    at = AppTest.from_file(HELLO / "mapping_demo.py").run()
    assert [e.value for e in at.exception] == ["import of pydeck halted; None in sys.modules"]


# ------------------------------------------------------------------------------------- window
@pytest.mark.qt
def test_plotting_demo_in_a_window_grows_in_place(rerunqt_pilot, qtbot) -> None:
    """Every run ends with all 251 rows on one curve; a rerun draws on the same curve
    (live growth while a run goes is tested with gates in tests/qt/test_add_rows_qt.py)."""
    pilot = rerunqt_pilot(HELLO / "plotting_demo.py", timeout_ms=20000)
    window = pilot.window
    chart = pilot.record(kind="line_chart").widget
    assert [len(c.yData) for c in chart.drawn.items] == [251]
    assert pilot.texts("text") == ["100% complete"]
    assert window.renderer.find(kind="progress") == []  # emptied after reaching 100
    curve = chart.drawn.items[0]
    first = curve.yData.copy()
    pilot.rerun()
    assert pilot.record(kind="line_chart").widget is chart  # the same widget all along
    assert chart.drawn.items[0] is curve  # and the same curve: new arrays, no new plot
    assert len(curve.yData) == 251 and curve.yData.tolist() != first.tolist()
    assert pilot.texts("text") == ["100% complete"]


@pytest.mark.qt
def test_animation_demo_in_a_window_ends_on_an_image(rerunqt_pilot) -> None:
    pilot = rerunqt_pilot(HELLO / "animation_demo.py", timeout_ms=60000)
    window = pilot.window
    assert len(window.renderer.find(kind="image")) == 1
    assert window.renderer.find(kind="progress") == []
    assert [r.element.prop("label") for r in window.renderer.find(kind="button")] == ["Rerun"]
    (image,) = window.renderer.find(kind="image")[0].element.prop("images")
    assert image.size == (960, 640)


@pytest.mark.qt
def test_dataframe_demo_in_a_window(rerunqt_pilot, local_agri: None) -> None:
    pilot = rerunqt_pilot(HELLO / "dataframe_demo.py")
    assert pilot.table().model().rowCount() == 2
    assert pilot.window.renderer.find(kind="vega_lite_chart")
    assert pilot.texts("title") == ["DataFrame demo"]


@pytest.mark.qt
@NEEDS_PYDECK
def test_mapping_demo_in_a_window_draws_the_map_and_keeps_working(rerunqt_pilot,
                                                                  fake_pydeck: None) -> None:
    pilot = rerunqt_pilot(HELLO / "mapping_demo.py")
    assert pilot.window.renderer.find(kind="exception") == []
    chart = pilot.record(kind="pydeck_chart").widget
    assert len(chart.drawn.scatters) == 1 and len(chart.drawn.items) == 3  # hexagons, names, arcs
    pilot.set_value(False, label="Bike rentals")
    assert pilot.value(label="Bike rentals") is False
    assert pilot.texts("title") == ["Mapping demo"]


# ------------------------------------------------------------- the package: streamlit.hello
PACKAGE = Path(__file__).parents[2] / "rerunqt" / "compat" / "streamlit" / "hello"


def _shown(at: AppTest) -> list[tuple[str, Any]]:
    """What a page shows, but its code block (each shows its own source) and pictures."""
    out = []
    for part in (at.main, at.sidebar):
        for node in _walk(part):
            kind = node.type
            if kind in ("code", "image", "vega_lite_chart", "deck_gl_json_chart"):
                out.append((kind, None))
            else:
                shown = getattr(node, "label", None) or getattr(node, "value", None)
                out.append((kind, shown if isinstance(shown, str) else repr(shown)))
    return out


def _walk(node: Any) -> list[Any]:
    found = []
    for child in getattr(node, "children", {}).values():
        found.append(child)
        found.extend(_walk(child))
    return found


def test_streamlits_hello_app_script_runs_the_gallery() -> None:
    """Streamlit's e2e ``hello_app.py``: ``from streamlit.hello import streamlit_app`` and
    ``streamlit_app.run()`` show the gallery's first page (it failed to import)."""
    at = AppTest.from_string("""
        import numpy as np
        from streamlit import runtime
        from streamlit.hello import streamlit_app

        np.random.seed(0)
        if runtime.exists():
            streamlit_app.run()
    """).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Welcome to Streamlit! 👋"
    assert at.markdown[0].value.startswith("Streamlit is an open-source app framework")


@pytest.mark.parametrize("page", ["hello.py", "plotting_demo.py", "animation_demo.py",
                                  "dataframe_demo.py"])
def test_the_packaged_pages_show_what_streamlits_show(page: str, local_agri: None) -> None:
    """rerunqt's own demo pages in ``streamlit.hello`` show the same elements, labels and
    texts as Streamlit 1.67's pages (the copies here), code blocks aside."""
    ours, theirs = run(str(PACKAGE / page)), run(page)  # HELLO / an absolute path is that path
    assert _shown(ours) == _shown(theirs)
    assert len(_shown(ours)) >= 2


def test_the_packaged_mapping_page_matches_too(fake_pydeck: None) -> None:
    ours = AppTest.from_file(PACKAGE / "mapping_demo.py").run()
    theirs = AppTest.from_file(HELLO / "mapping_demo.py").run()
    assert _shown(ours) == _shown(theirs)
    assert [c.label for c in ours.sidebar.checkbox][:4] == [
        "Bike rentals", "Bart stop exits", "Bart stop names", "Outbound flow"]


def test_every_gallery_page_has_its_icon() -> None:
    """Each page of the gallery shows a symbol for its Material icon (Animation demo's
    ``:material/animation:`` showed a bare bullet)."""
    from rerunqt.compat.streamlit.hello.streamlit_app import PAGES
    from rerunqt.core.md_symbols import MATERIAL_SYMBOLS

    names = [icon.removeprefix(":material/").removesuffix(":") for _, _, icon in PAGES]
    assert [name for name in names if name not in MATERIAL_SYMBOLS] == []
