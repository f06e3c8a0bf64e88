"""QtPilot: drive a real (offscreen) app window from pytest-qt, with no sleeps.

Find widgets by key or label, act on them with real Qt events (mouse clicks, key
presses), then ``settle()`` waits until the resulting rerun is on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QToolBar,
    QWidget,
)

from rerunqt.qt.adapters.label_face import qt_shown
from rerunqt.qt.app import open_window
from rerunqt.qt.navigation import navigation_target
from rerunqt.qt.renderer import Record
from rerunqt.qt.window import AppWindow
from rerunqt.testing.checks import check_value
from rerunqt.testing.pilot_drivers import driver_for, front_value
from rerunqt.testing.pilot_gestures import click_point, open_menu_and_pick, type_text


class QtPilot:
    """A window running ``script`` plus helpers that act like a user."""

    def __init__(self, qtbot: Any, script: str | Path, options: dict[str, Any] | None = None,
                 timeout_ms: int = 5000) -> None:
        self.qtbot = qtbot
        self.timeout_ms = timeout_ms
        self.window: AppWindow = open_window(Path(script), options or _options_for(Path(script)))
        qtbot.addWidget(self.window)
        self.settle()

    # ----- waiting -----
    def settle(self) -> QtPilot:
        """Wait until no run is queued or running and the last result is on screen."""
        session = self.window.session

        def idle() -> bool:
            return (not session.running and not session.requests.has_pending()
                    and self.window.applied_run == session.run_count
                    and self.window.bridge._latest is None
                    and not self.window.renderer.pending)  # a long page's idle slices

        def idle_and_shown() -> bool:
            if not idle():
                return False
            # Qt shows new layout children one event later, and a large page can need a
            # second layout pass before every widget has its height: run posted events
            # (layout requests included) until none are left, so a click lands on a laid-out
            # widget and not on one that is still 0 px high.
            for _ in range(3):
                QApplication.sendPostedEvents()
                QApplication.processEvents()
            return idle()

        try:
            self.qtbot.waitUntil(idle_and_shown, timeout=self.timeout_ms)
        except Exception:
            raise AssertionError(
                f"the app did not settle within {self.timeout_ms} ms (runs started: "
                f"{session.run_count}, applied: {self.window.applied_run}, running: "
                f"{session.running}); is the script stuck in a loop?"
            ) from None
        return self

    # ----- finding -----
    def record(self, key: str | None = None, label: str | None = None,
               kind: str | None = None) -> Record:
        found = self.window.renderer.find(key=key, label=label, kind=kind)
        if not found:
            shown = [(r.element.kind, r.element.key, r.element.prop("label"))
                     for r in self.window.renderer.find()]
            raise LookupError(f"no widget with key={key!r} label={label!r} kind={kind!r}; "
                              f"on the page: {shown}")
        return found[0]

    def widget(self, key: str | None = None, label: str | None = None,
               kind: str | None = None) -> QWidget:
        """The Qt widget a user acts on (the input inside a labelled field)."""
        record = self.record(key, label, kind)
        return record.adapter.probe(record.widget)

    def texts(self, kind: str) -> list[str]:
        """The visible text of every element of ``kind`` (labels), in page order. A label
        shown as rich text (Streamlit's Markdown that Qt's own reader gets wrong: inline
        code, ``_emphasis_``, colours) gives its Markdown as written, not the HTML."""
        out = []
        for record in self.window.renderer.find(kind=kind):
            widget = record.widget
            if widget.objectName() == "rqAlert":  # an alert box: the text in it
                widget = getattr(widget, "body", widget)
            source = getattr(widget, "source", None)
            if getattr(widget, "styled", False) and isinstance(source, str):
                out.append(source)
                continue
            text = getattr(widget, "text", None)
            shown = (text() if callable(text) else "").replace("\u200b", "")  # a long word's breaks
            # a button's Qt text has each "&" doubled (no mnemonic): the user reads one
            out.append(qt_shown(shown) if isinstance(widget, QAbstractButton) else shown)
        return out

    def toasts(self) -> list[str]:
        """The bodies of the toasts on screen now, oldest first (they outlive their run)."""
        from rerunqt.qt.overlay import ToastStack

        stack = self.window.findChild(ToastStack)
        return [] if stack is None else [card.text() for card in stack.cards()]

    # ----- acting -----
    def click(self, key: str | None = None, label: str | None = None) -> QtPilot:
        """Click a button, a box, an expander's header, a popover, a tab (by its label), or
        a page of the navigation (by its title)."""
        if key is None and label is not None and not self.window.renderer.find(label=label):
            page = navigation_target(self.window, label)
            if page is not None:
                def press() -> None:
                    self.qtbot.mouseClick(page.widget, Qt.MouseButton.LeftButton, pos=page.point)

                if page.action is None:
                    press()
                else:  # a page in a menu of the top bar: open the menu, click the page
                    open_menu_and_pick(self, press, page.action)
                return self.settle()
        record = self.record(key, label)
        target = record.adapter.click_target(record.widget)
        if target is None:
            widget = record.adapter.probe(record.widget)
            target = (widget, click_point(widget))
        self.qtbot.mouseClick(target[0], Qt.MouseButton.LeftButton, pos=target[1])
        return self.settle()

    def type(self, text: str, key: str | None = None, label: str | None = None,
             enter: bool = True, clear: bool = True) -> QtPilot:
        """Focus a text or number field, type ``text`` key by key, then press Enter."""
        widget = self.widget(key, label)
        editor = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
        widget.setFocus()
        if clear and isinstance(editor, QLineEdit):
            editor.selectAll()
            self.qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        type_text(self, editor, text)  # key by key; é or 日 as an input method sends it
        if enter:
            self.qtbot.keyClick(editor, Qt.Key.Key_Return)
            return self.settle()
        return self

    def set_value(self, value: Any, key: str | None = None, label: str | None = None) -> QtPilot:
        """Give a widget ``value`` (a Python value, as the script sees it) the way a user would.

        Only real clicks and key presses reach the widget (see ``pilot_drivers``): a box is
        clicked, an option picked from the opened list by keyboard, a slider moved with
        Home/End, Page Up/Down and arrows, a field typed into and committed with Enter
        (Ctrl+Enter in a text area; Tab inside a form, which is then not submitted).
        A color_picker or file_uploader button is clicked while its dialog function
        (``color_picker.ask_color``, ``files.ask_open_paths``) is replaced to answer
        ``value`` at once; a file_uploader's value is a list of file paths.
        A value a user could not give (``testing/checks.py``: out of range, too long, not a
        bool...) raises ValueError, as AppTest does. A value the widget already shows does
        nothing (no run). A gesture of several
        commits (keys on a slider, chips of a multiselect) makes one run, as when a user
        acts faster than the script starts. A data_editor raises TypeError.
        """
        record = self.record(key, label)
        check_value(record.element, value)
        driver = driver_for(record.element.kind)
        meta = self.window.session.state.widget_meta(record.element.key)
        target = front_value(record, meta.to_ui if meta is not None else None, value)
        widget = record.adapter.probe(record.widget)
        if not driver.same(record, widget, target):
            with self._one_run():
                driver.act(self, record, widget, target)
        return self.settle()

    def value(self, key: str | None = None, label: str | None = None) -> Any:
        """The session-state value of a widget found by key or label (as the script sees it)."""
        record = self.record(key, label)
        return self.window.session.state.raw_get(record.element.key)

    @contextmanager
    def _one_run(self) -> Iterator[None]:
        """Hold the session's request queue while one gesture sends its commits.

        The script thread cannot start a run meanwhile, so the commits of one gesture
        coalesce (the newest value per widget wins) into a single run after it.
        """
        with self.window.session.requests.hold():
            yield

    def press(self, qt_key: Qt.Key, key: str | None = None, label: str | None = None) -> QtPilot:
        """Press one key (e.g. ``Qt.Key.Key_Space``) on a widget found by key or label."""
        widget = self.widget(key, label)
        widget.setFocus()
        self.qtbot.keyClick(widget, qt_key)
        return self.settle()

    def set_sidebar(self, expanded: bool) -> QtPilot:
        """Expand or collapse the sidebar by clicking its toolbar button, as a user would."""
        action = self.window.sidebar.toggle_action
        if not action.isVisible():
            raise LookupError("the app has no sidebar (the script drew nothing into st.sidebar)")
        if action.isChecked() != expanded:
            toolbar = self.window.findChild(QToolBar, "rqToolbar")
            assert toolbar is not None
            button = toolbar.widgetForAction(action)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return self.settle()

    def sort_table(self, column: str, key: str | None = None, index: int = 0) -> QtPilot:
        """Click the header of ``column`` of a dataframe (by key, or the ``index``-th one)."""
        from rerunqt.testing.pilot_tables import click_header

        click_header(self, self.table(key, index), column)
        return self.settle()

    def select_table_rows(self, rows: list[int], key: str | None = None, index: int = 0) -> QtPilot:
        """Click row headers (display rows; Ctrl+click after the first): one run."""
        from rerunqt.testing.pilot_tables import click_rows

        with self._one_run():
            click_rows(self, self.table(key, index), rows)
        return self.settle()

    def edit_cell(self, row: int, column: str, value: str | bool, key: str | None = None,
                  index: int = 0) -> QtPilot:
        """Edit one cell of a data_editor (by key, else the ``index``-th) as a user does:
        double-click it, type ``value`` and press Enter (a bool clicks a check box); one
        run. ``row`` is the displayed row (the "+" row adds one), ``column`` its header."""
        from rerunqt.testing.pilot_tables import edit_cell, editor_view

        with self._one_run():
            edit_cell(self, editor_view(self, key, index), row, column, value)
            QApplication.processEvents()  # Enter commits on the next event loop turn
        return self.settle()

    def table(self, key: str | None = None, index: int = 0) -> Any:
        """The view of a dataframe: by key (with or without on_select), else the ``index``-th."""
        found = self.window.renderer.find(kind="dataframe")
        if key is not None:
            found = [r for r in found if r.element.key in (key, ("dataframe", key))]
            index = 0
        if len(found) <= index:
            raise LookupError(f"the page has no dataframe key={key!r} index={index} "
                              f"({len(self.window.renderer.find(kind='dataframe'))} dataframes)")
        return found[index].widget

    def rerun(self) -> QtPilot:
        self.window.request_rerun()
        return self.settle()

    def close(self) -> None:
        self.window.close()


def _options_for(script: Path) -> dict[str, Any]:
    from rerunqt.config import load_config

    return dict(load_config(script))
