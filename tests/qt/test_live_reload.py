"""Live reload: a save of the script or a local module offers a rerun, or reruns at once."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.qt


def save(path: Path, source: str) -> None:
    path.write_text(textwrap.dedent(source))


def rename_save(path: Path, source: str) -> None:
    """As vim and many IDEs save: write a new file, then rename it over the old one."""
    temp = path.with_name(path.name + ".swp")
    temp.write_text(textwrap.dedent(source))
    os.replace(temp, path)


def test_a_save_shows_the_notice_and_rerun_uses_the_new_source(
        rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.text("version 1")
    """)
    pilot = rerunqt_pilot(script)
    notice = pilot.window.source_notice
    assert not notice.isVisible()
    save(script, """
        import rerunqt as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.text("version two")
    """)
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "app.py" in notice.label.text()
    assert pilot.texts("text") == ["version 1"]  # nothing reruns until asked
    notice.rerun_button.click()
    pilot.settle()
    assert pilot.texts("text") == ["version two"]
    assert pilot.window.session.state["runs"] == 2  # session state kept
    assert not notice.isVisible()


def test_run_on_save_reruns_at_once_and_follows_rename_saves(rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        st.text("one")
    """)
    pilot = rerunqt_pilot(script, options={"runner.runOnSave": True})
    assert pilot.window.always_rerun_action.isChecked()
    for text in ("two", "three!", "four!!"):  # a rename-save, then again: still followed
        rename_save(script, f"""
            import rerunqt as st
            st.text({text!r})
        """)
        qtbot.waitUntil(lambda text=text: pilot.texts("text") == [text], timeout=5000)
    assert not pilot.window.source_notice.isVisible()


def test_a_changed_local_module_is_imported_again(rerunqt_pilot, write_script, qtbot) -> None:
    module = write_script("VALUE = 'old value'\n", name="live_reload_helper_a.py")
    script = write_script("""
        import rerunqt as st
        import live_reload_helper_a
        st.text(live_reload_helper_a.VALUE)
    """)
    pilot = rerunqt_pilot(script)
    assert pilot.texts("text") == ["old value"]
    save(module, "VALUE = 'a new value'\n")
    notice = pilot.window.source_notice
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "live_reload_helper_a.py" in notice.label.text()
    notice.always_button.click()  # reruns now, and at every later save
    pilot.settle()
    assert pilot.texts("text") == ["a new value"]
    assert pilot.window.always_rerun_action.isChecked()
    save(module, "VALUE = 'third value!'\n")
    qtbot.waitUntil(lambda: pilot.texts("text") == ["third value!"], timeout=5000)


def test_a_syntax_error_shows_above_the_last_good_page_until_fixed(
        rerunqt_pilot, write_script, qtbot) -> None:
    script = write_script("""
        import rerunqt as st
        st.text("good page")
        st.checkbox("still usable", key="box")
    """)
    pilot = rerunqt_pilot(script, options={"runner.runOnSave": True})
    save(script, """
        import rerunqt as st
        st.text("broken page"
    """)
    qtbot.waitUntil(lambda: pilot.window.renderer.find(kind="exception") != [], timeout=5000)
    pilot.settle()
    kinds = [r.element.kind for r in pilot.window.renderer.find()]
    assert kinds[0] == "exception"
    assert "SyntaxError" in str(pilot.record(kind="exception").element.prop("type"))
    assert pilot.texts("text") == ["good page"]  # the last good page stays below
    pilot.click(key="box")  # its widgets still work (each rerun shows the error again)
    assert pilot.window.session.state["box"] is True
    assert pilot.texts("text") == ["good page"]
    save(script, """
        import rerunqt as st
        st.text("fixed page")
    """)
    qtbot.waitUntil(lambda: pilot.texts("text") == ["fixed page"], timeout=5000)
    pilot.settle()
    assert pilot.window.renderer.find(kind="exception") == []


def test_the_app_menu_has_an_always_rerun_toggle(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.text('x')\n"))
    app_menu = pilot.window.menuBar().actions()[0].menu()
    toggle = next(a for a in app_menu.actions() if a.text() == "Always rerun")
    assert toggle.isCheckable() and not toggle.isChecked()
    toggle.trigger()
    assert pilot.window.always_rerun_action.isChecked()


def test_a_syntax_error_in_a_local_module_keeps_the_last_good_page(
        rerunqt_pilot, write_script, qtbot) -> None:
    module = write_script("VALUE = 'module ok'\n", name="live_reload_helper_b.py")
    script = write_script("""
        import rerunqt as st
        st.text("top")
        import live_reload_helper_b
        st.text(live_reload_helper_b.VALUE)
    """)
    pilot = rerunqt_pilot(script, options={"runner.runOnSave": True})
    assert pilot.texts("text") == ["top", "module ok"]
    save(module, "VALUE = (\n")
    qtbot.waitUntil(lambda: pilot.window.renderer.find(kind="exception") != [], timeout=5000)
    pilot.settle()
    assert pilot.window.renderer.find()[0].element.kind == "exception"
    assert pilot.texts("text") == ["top", "module ok"]
    save(module, "VALUE = 'module fixed'\n")
    qtbot.waitUntil(lambda: pilot.texts("text") == ["top", "module fixed"], timeout=5000)
    assert pilot.window.renderer.find(kind="exception") == []


def test_a_pages_folder_made_while_the_app_runs_is_watched_after_the_next_run(
        rerunqt_pilot, write_script, qtbot) -> None:
    """The window skips tracking when a run used the same files as the last one; a pages/
    folder that appears is still found by the next run, and its files are watched."""
    script = write_script("""
        import rerunqt as st
        st.text("home")
    """)
    pilot = rerunqt_pilot(script)
    pilot.rerun()  # a run with no pages/ folder: nothing new to watch
    page = script.parent / "pages" / "1_Other.py"
    page.parent.mkdir()
    save(page, """
        import rerunqt as st
        st.text("other 1")
    """)
    pilot.rerun()
    save(page, """
        import rerunqt as st
        st.text("other 2")
    """)
    qtbot.waitUntil(pilot.window.source_notice.isVisible, timeout=5000)
    assert "1_Other.py" in pilot.window.source_notice.label.text()
