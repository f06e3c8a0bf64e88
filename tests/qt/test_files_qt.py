"""file_uploader and download_button on the real window (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from rerunqt.core.files import UploadedFile
from rerunqt.qt.adapters import files as files_qt
from rerunqt.qt.adapters.help_icon import help_icon

pytestmark = pytest.mark.qt

UPLOADER = """
import rerunqt as st
f = st.file_uploader("Data", type=["csv", "txt"], key="f")
st.text("none" if f is None else f"{f.name}:{f.read().decode()}")
"""
MANY = """
import rerunqt as st
files = st.file_uploader("Files", accept_multiple_files=True, key="fs")
st.text(",".join(f.name for f in files))
"""


def make_file(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def text_of(pilot) -> str:
    return pilot.texts("text")[0]


def visible_texts(widget: QWidget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def drag_and_drop(zone: QWidget, paths: list[str]) -> bool:
    """Drag local files over ``zone`` and drop them; True if the drag was highlighted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    center = zone.rect().center()
    enter = QDragEnterEvent(QPoint(center), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, enter)
    highlighted = enter.isAccepted() and zone.property("dragging") is True
    drop = QDropEvent(QPointF(center), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, drop)
    return highlighted


# ----- file_uploader -----
def test_browse_click_uploads_the_chosen_file_in_one_run(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    path = make_file(tmp_path, "data.csv", b"1,2")
    asked: list[tuple[str, bool]] = []

    def fake_open(parent, filters, multiple):
        asked.append((filters, multiple))
        return [path]

    monkeypatch.setattr(files_qt, "ask_open_paths", fake_open)
    pilot = rerunqt_pilot(write_script(UPLOADER))
    uploader = pilot.widget(key="f")
    assert text_of(pilot) == "none"
    assert "Limit 200MB per file • CSV, TXT" in visible_texts(uploader)
    assert "Drag and drop file here" in visible_texts(uploader)
    runs = pilot.window.session.run_count
    qtbot.mouseClick(uploader.browse, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert asked == [("CSV, TXT files (*.csv *.txt)", False)]
    value = pilot.window.session.state["f"]
    assert isinstance(value, UploadedFile)
    assert (value.name, value.getvalue(), value.type) == ("data.csv", b"1,2", "text/csv")
    assert text_of(pilot) == "data.csv:1,2"
    assert [row.name_label.text() for row in uploader.rows] == ["data.csv"]
    assert uploader.rows[0].size_label.text() == "3.0B"
    assert pilot.widget(key="f") is uploader  # updated in place


def test_cancelled_dialog_sends_nothing(rerunqt_pilot, write_script, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(files_qt, "ask_open_paths", lambda parent, filters, multiple: [])
    pilot = rerunqt_pilot(write_script(UPLOADER))
    runs = pilot.window.session.run_count
    qtbot.mouseClick(pilot.widget(key="f").browse, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.run_count == runs


def test_a_file_of_another_type_is_refused_with_a_message(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    path = make_file(tmp_path, "photo.png", b"png")
    monkeypatch.setattr(files_qt, "ask_open_paths", lambda parent, filters, multiple: [path])
    pilot = rerunqt_pilot(write_script(UPLOADER))
    uploader = pilot.widget(key="f")
    assert uploader.error.isHidden()
    runs = pilot.window.session.run_count
    qtbot.mouseClick(uploader.browse, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.run_count == runs
    assert uploader.error.isVisibleTo(uploader)
    assert "photo.png" in uploader.error.text() and "CSV, TXT" in uploader.error.text()
    assert pilot.window.session.state["f"] is None


def test_a_file_over_max_upload_size_is_refused(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    big = make_file(tmp_path, "big.bin", b"\0" * (1024 * 1024 + 1))
    small = make_file(tmp_path, "small.bin", b"\0" * 10)
    monkeypatch.setattr(files_qt, "ask_open_paths", lambda parent, filters, multiple: [big, small])
    pilot = rerunqt_pilot(write_script(MANY), options={"server.maxUploadSize": 1})
    uploader = pilot.widget(key="fs")
    assert "Limit 1MB per file" in visible_texts(uploader)
    runs = pilot.window.session.run_count
    qtbot.mouseClick(uploader.browse, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1  # the small file alone
    assert text_of(pilot) == "small.bin"
    assert uploader.error.text() == "big.bin: file must be 1.0MB or smaller."
    assert uploader.error.isVisibleTo(uploader)


def test_dropping_files_highlights_then_uploads_them(
    rerunqt_pilot, write_script, tmp_path
) -> None:
    a = make_file(tmp_path, "a.txt", b"A")
    b = make_file(tmp_path, "b.txt", b"B")
    pilot = rerunqt_pilot(write_script(MANY))
    uploader = pilot.widget(key="fs")
    assert "Drag and drop files here" in visible_texts(uploader)
    runs = pilot.window.session.run_count
    assert drag_and_drop(uploader.zone, [a, b])
    assert uploader.zone.property("dragging") is False  # highlight off after the drop
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert text_of(pilot) == "a.txt,b.txt"
    assert [f.getvalue() for f in pilot.window.session.state["fs"]] == [b"A", b"B"]
    c = make_file(tmp_path, "c.txt", b"C")
    drag_and_drop(uploader.zone, [c])  # a multiple uploader adds to its files
    pilot.settle()
    assert text_of(pilot) == "a.txt,b.txt,c.txt"
    assert [row.name_label.text() for row in uploader.rows] == ["a.txt", "b.txt", "c.txt"]


def test_drag_leave_removes_the_highlight(rerunqt_pilot, write_script, tmp_path) -> None:
    pilot = rerunqt_pilot(write_script(MANY))
    zone = pilot.widget(key="fs").zone
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(make_file(tmp_path, "a.txt", b"A"))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, enter)
    assert zone.property("dragging") is True
    QApplication.sendEvent(zone, QDragLeaveEvent())
    assert zone.property("dragging") is False
    text = QMimeData()
    text.setText("not a file")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, text,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(zone, enter)
    assert not enter.isAccepted() and zone.property("dragging") is False


def test_dropping_several_files_on_a_single_uploader_is_refused(
    rerunqt_pilot, write_script, tmp_path
) -> None:
    pilot = rerunqt_pilot(write_script(UPLOADER))
    uploader = pilot.widget(key="f")
    runs = pilot.window.session.run_count
    drag_and_drop(uploader.zone, [make_file(tmp_path, "a.csv", b"1"),
                                  make_file(tmp_path, "b.csv", b"2")])
    pilot.settle()
    assert pilot.window.session.run_count == runs
    assert "Only one file" in uploader.error.text()


def test_remove_button_removes_one_file_in_one_run(
    rerunqt_pilot, write_script, qtbot, tmp_path
) -> None:
    pilot = rerunqt_pilot(write_script(MANY))
    uploader = pilot.widget(key="fs")
    drag_and_drop(uploader.zone, [make_file(tmp_path, "a.txt", b"A"),
                                  make_file(tmp_path, "b.txt", b"B")])
    pilot.settle()
    runs = pilot.window.session.run_count
    assert uploader.rows[0].remove.text() == "\u00d7"
    qtbot.mouseClick(uploader.rows[0].remove, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert text_of(pilot) == "b.txt"
    assert [row.name_label.text() for row in uploader.rows] == ["b.txt"]
    qtbot.mouseClick(uploader.rows[0].remove, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.state["fs"] == [] and uploader.rows == []
    assert uploader.list.isHidden()


def test_files_cleared_by_the_script_leave_the_widget(
    rerunqt_pilot, write_script, tmp_path
) -> None:
    pilot = rerunqt_pilot(write_script(
        """
        import rerunqt as st
        def reset():
            del st.session_state["fs"]
        st.button("Reset", key="reset", on_click=reset)
        files = st.file_uploader("Files", accept_multiple_files=True, key="fs")
        st.text(",".join(f.name for f in files))
        """
    ))
    uploader = pilot.widget(key="fs")
    drag_and_drop(uploader.zone, [make_file(tmp_path, "a.txt", b"A")])
    pilot.settle()
    assert [row.name_label.text() for row in uploader.rows] == ["a.txt"]
    pilot.click(key="reset")
    assert uploader.rows == [] and uploader.list.isHidden()
    assert pilot.window.session.state["fs"] == []
    drag_and_drop(uploader.zone, [make_file(tmp_path, "b.txt", b"B")])  # starts afresh
    pilot.settle()
    assert text_of(pilot) == "b.txt"


def test_keyboard_tab_to_browse_and_space_opens_the_dialog(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    path = make_file(tmp_path, "k.txt", b"key")
    monkeypatch.setattr(files_qt, "ask_open_paths", lambda parent, filters, multiple: [path])
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.text_input('Name', key='n')\n"
                                       + UPLOADER))
    uploader = pilot.widget(key="f")
    line = pilot.widget(key="n")
    pilot.window.activateWindow()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(uploader.browse.hasFocus)
    qtbot.keyClick(uploader.browse, Qt.Key.Key_Space)
    pilot.settle()
    assert text_of(pilot) == "k.txt:key"
    remove = uploader.rows[0].remove
    qtbot.keyClick(uploader.browse, Qt.Key.Key_Tab)
    qtbot.waitUntil(remove.hasFocus)
    runs = pilot.window.session.run_count
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert pilot.window.session.state["f"] is None


def test_disabled_uploader_takes_no_files(rerunqt_pilot, write_script, tmp_path) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.file_uploader('Data', key='f', disabled=True)\n"))
    uploader = pilot.widget(key="f")
    assert not uploader.isEnabled() and not uploader.browse.isEnabled()
    runs = pilot.window.session.run_count
    drag_and_drop(uploader.zone, [make_file(tmp_path, "a.csv", b"1")])
    pilot.settle()
    assert pilot.window.session.run_count == runs


def test_label_help_and_collapsed_label(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.file_uploader('Shown', key='a', help='Pick a table')\n"
        "st.file_uploader('Hidden', key='b', label_visibility='collapsed')\n"))
    shown, hidden = pilot.record(key="a").widget, pilot.record(key="b").widget
    assert shown.label.text() == "Shown" and shown.label.isVisibleTo(shown)
    icon = help_icon(shown.label)  # the "?" after the label, its tooltip the help
    assert icon is not None and icon.isVisible() and "Pick a table" in icon.toolTip()
    assert shown.field.accessibleDescription() == "Pick a table"
    assert not hidden.label.isVisibleTo(hidden)


# ----- download_button -----
DOWNLOAD = """
import rerunqt as st
st.session_state.n = st.session_state.get("n", 0) + 1
got = st.download_button("Save report", f"report {st.session_state.n}", file_name="r.txt", key="d")
st.text(f"got={got}")
"""


def test_download_click_saves_the_data_then_reruns_once(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "out" / "saved.txt"
    target.parent.mkdir()
    asked: list[tuple[str, str]] = []

    def fake_save(parent, suggested_name, mime):
        asked.append((suggested_name, mime))
        return str(target)

    monkeypatch.setattr(files_qt, "ask_save_path", fake_save)
    pilot = rerunqt_pilot(write_script(DOWNLOAD))
    button = pilot.widget(key="d")
    assert isinstance(button, QPushButton)
    assert button.objectName() == "rqButton" and button.property("kind") == "secondary"
    assert button.text() == "Save report"
    runs = pilot.window.session.run_count
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert asked == [("r.txt", "text/plain")]
    assert target.read_bytes() == b"report 1"
    assert text_of(pilot) == "got=True"
    assert pilot.widget(key="d") is button  # updated in place, with the new data
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert target.read_bytes() == b"report 2"
    pilot.rerun()
    assert text_of(pilot) == "got=False"


def test_on_click_ignore_saves_without_a_rerun_and_rerun_is_the_default(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "saved.bin"
    monkeypatch.setattr(files_qt, "ask_save_path", lambda parent, name, mime: str(target))
    pilot = rerunqt_pilot(write_script("""
import rerunqt as st
st.download_button("Quiet", b"abc", "a.bin", key="q", on_click="ignore")
st.download_button("Loud", b"xyz", "b.bin", key="l", on_click="rerun")
"""))
    runs = pilot.window.session.run_count
    qtbot.mouseClick(pilot.widget(key="q"), Qt.MouseButton.LeftButton)
    pilot.settle()
    assert target.read_bytes() == b"abc"
    assert pilot.window.session.run_count == runs  # saved, and the page left alone
    qtbot.mouseClick(pilot.widget(key="l"), Qt.MouseButton.LeftButton)
    pilot.settle()
    assert target.read_bytes() == b"xyz"
    assert pilot.window.session.run_count == runs + 1


def test_an_unknown_on_click_mode_is_named() -> None:
    from rerunqt.testing import AppTest

    at = AppTest.from_string(
        "import rerunqt as st\nst.download_button('x', b'a', on_click='sometimes')\n").run()
    assert "on_click='sometimes' is not valid" in at.exception[0].message


def test_cancelled_save_writes_nothing_and_does_not_rerun(
    rerunqt_pilot, write_script, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(files_qt, "ask_save_path", lambda parent, name, mime: None)
    pilot = rerunqt_pilot(write_script(DOWNLOAD))
    runs = pilot.window.session.run_count
    qtbot.mouseClick(pilot.widget(key="d"), Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.run_count == runs
    assert text_of(pilot) == "got=False"


def test_a_failed_save_is_shown_and_nothing_crashes(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(files_qt, "ask_save_path",
                        lambda parent, name, mime: str(tmp_path / "missing" / "r.txt"))
    monkeypatch.setattr(files_qt, "show_error",
                        lambda parent, title, message: errors.append((title, message)))
    pilot = rerunqt_pilot(write_script(DOWNLOAD))
    runs = pilot.window.session.run_count
    qtbot.mouseClick(pilot.widget(key="d"), Qt.MouseButton.LeftButton)
    pilot.settle()
    assert pilot.window.session.run_count == runs
    assert len(errors) == 1
    assert errors[0][0] == "Download failed" and "r.txt" in errors[0][1]
    assert not (tmp_path / "missing").exists()


def test_download_button_keyboard_and_primary_type(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "k.bin"
    monkeypatch.setattr(files_qt, "ask_save_path", lambda parent, name, mime: str(target))
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.download_button('Get', b'\\x00\\x01', key='d', type='primary')\n"))
    button = pilot.widget(key="d")
    assert button.property("kind") == "primary"
    pilot.window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    runs = pilot.window.session.run_count
    qtbot.keyClick(button, Qt.Key.Key_Space)
    pilot.settle()
    assert pilot.window.session.run_count == runs + 1
    assert target.read_bytes() == b"\0\1"


def test_screenshot(rerunqt_pilot, write_script, tmp_path) -> None:
    pilot = rerunqt_pilot(write_script(
        """
        import rerunqt as st
        st.file_uploader("Upload a table", type=["csv", "txt"], key="f", help="CSV please")
        st.file_uploader("Upload files", accept_multiple_files=True, key="fs")
        st.download_button("Download report", "a,b\\n1,2\\n", file_name="report.csv")
        st.download_button("Primary download", b"x", type="primary")
        """
    ))
    drag_and_drop(pilot.widget(key="fs").zone,
                  [make_file(tmp_path, "measurements.csv", b"x" * 2048),
                   make_file(tmp_path, "notes.txt", b"hello")])
    pilot.settle()
    drag_and_drop(pilot.widget(key="f").zone, [make_file(tmp_path, "photo.png", b"x")])
    pilot.window.resize(700, 560)
    pilot.settle()
    for _ in range(3):
        QApplication.processEvents()
    assert pilot.window.grab().save("/tmp/files.png")


def test_download_data_given_as_a_function_is_made_only_when_saved(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    """data=make_report (Streamlit 1.67's download_button example 4): called on the click."""
    target = tmp_path / "report.csv"
    monkeypatch.setattr(files_qt, "ask_save_path", lambda parent, name, mime: str(target))
    calls = tmp_path / "calls.txt"
    pilot = rerunqt_pilot(write_script(f"""
        import rerunqt as st
        def make_report():
            with open({str(calls)!r}, "a") as f:
                f.write("x")
            return "col1,col2\\n1,2".encode("utf-8")
        st.download_button("Download report", data=make_report, file_name="report.csv",
                           mime="text/csv", key="d")
    """))
    pilot.rerun()
    assert not calls.exists()  # two runs, no call
    qtbot.mouseClick(pilot.widget(key="d"), Qt.MouseButton.LeftButton)
    pilot.settle()
    assert target.read_bytes() == b"col1,col2\n1,2" and calls.read_text() == "x"


def test_a_directory_uploader_takes_every_matching_file_of_the_chosen_folder(
    rerunqt_pilot, write_script, qtbot, tmp_path, monkeypatch
) -> None:
    """accept_multiple_files="directory" (Streamlit 1.67's file_uploader example 3)."""
    folder = tmp_path / "pics"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.png").write_bytes(b"png")
    (folder / "sub" / "b.JPG").write_bytes(b"jpg")
    (folder / "notes.txt").write_bytes(b"skip me")
    monkeypatch.setattr(files_qt.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda parent, caption: str(folder)))
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        files = st.file_uploader("Upload images", accept_multiple_files="directory",
                                 type=["jpg", "png"], key="d")
        st.text(",".join(f.name for f in files) or "none")
    """))
    assert text_of(pilot) == "none"
    qtbot.mouseClick(pilot.widget(key="d").browse, Qt.MouseButton.LeftButton)
    pilot.settle()
    assert text_of(pilot) == "a.png,b.JPG"
