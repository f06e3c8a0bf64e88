"""The pilot that drives a frozen app: real clicks on the window's widgets, then texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.qt


def test_the_pilot_clicks_switches_page_and_records(qtbot, tmp_path: Path) -> None:
    from rerunqt.package.pilot import Pilot
    from rerunqt.qt.app import open_window

    (tmp_path / "pages").mkdir()
    script = tmp_path / "app.py"
    script.write_text("import rerunqt as st\nst.session_state.setdefault('n', 0)\n"
                      "if st.button('Add'):\n    st.session_state.n += 1\n"
                      "st.write(f\"n={st.session_state.n}\")\n")
    (tmp_path / "pages" / "2_Second.py").write_text("import rerunqt as st\nst.write('second page')\n")
    plan, out = tmp_path / "plan.json", tmp_path / "out.json"
    plan.write_text(json.dumps({"out": str(out), "steps": [
        {"click": "Add"}, {"click": "Add"}, {"dump": "counted"}, {"page": "Second"}, {"dump": "page"},
        {"click": "No such button"}]}))
    window = open_window(script, {})
    qtbot.addWidget(window)
    Pilot(window, plan).start()
    qtbot.waitUntil(out.exists, timeout=20_000)
    result = json.loads(out.read_text())
    assert "n=2" in result["dumps"]["counted"]["texts"]
    assert "second page" in result["dumps"]["page"]["texts"]
    assert result["errors"] == ["no visible button 'No such button'"]
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_pilot_reports_the_first_paint_before_closing(qtbot, tmp_path: Path, capsys) -> None:
    from rerunqt.package.pilot import Pilot
    from rerunqt.qt.app import open_window

    script = tmp_path / "app.py"
    script.write_text("import rerunqt as st\nst.title('Hello')\n")
    plan, out = tmp_path / "plan.json", tmp_path / "out.json"
    plan.write_text(json.dumps({"out": str(out), "steps": [{"painted": True}]}))
    window = open_window(script, {})
    qtbot.addWidget(window)
    Pilot(window, plan).start()
    qtbot.waitUntil(out.exists, timeout=20_000)
    assert "rerunqt-pilot: painted" in capsys.readouterr().out.splitlines()
    assert json.loads(out.read_text())["errors"] == []
