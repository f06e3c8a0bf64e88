"""The window's menu bar: App (run control), View (theme, zoom, full screen), Help.

The menus share their QActions with the toolbar, and every action is also added to
the window itself, so its shortcut works whatever is shown (a hidden toolbar, a
closed menu). The Help menu keeps the entries st.set_page_config(menu_items=...) puts
in it (rerunqt/qt/page_config.py inserts them above ``help_separator``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

import rerunqt
from rerunqt.qt.actions import text_action
from rerunqt.qt.adapters.shortcuts import accepts_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from rerunqt.qt.window import AppWindow

THEMES = (("light", "Light"), ("dark", "Dark"), ("system", "Follow system"))
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 0.1, 0.5, 3.0


def system_theme() -> str:
    """"dark" when the operating system's colour scheme is dark, else "light"."""
    scheme = getattr(QGuiApplication.styleHints(), "colorScheme", None)  # Qt 6.5+
    return "dark" if scheme is not None and scheme() == Qt.ColorScheme.Dark else "light"


def resolve_theme(choice: str) -> str:
    """``theme.base`` ("light", "dark" or "system") -> the stylesheet to load."""
    return system_theme() if choice == "system" else choice


class WindowMenus:
    """Builds the menus of ``window`` and carries out the View and Help actions."""

    def __init__(self, window: AppWindow, theme: str) -> None:
        self.window = window
        self.theme = theme  # "light", "dark" or "system"
        self.system = system_theme()  # what the operating system asks for now
        self.zoom = 1.0
        self.about_box: QMessageBox | None = None
        bar = window.menuBar()
        app_menu = bar.addMenu("&App")
        self.clear_state_action = self._action("Clear session state", window.request_clear_state)
        self.clear_state_action.setToolTip("Forget every value in st.session_state and rerun")
        self.clear_cache_action = self._action("Clear cache", window.request_clear_cache, "C")
        self.clear_cache_action.setToolTip(
            "Forget every st.cache_data and st.cache_resource entry and rerun (C)")
        app_menu.addActions([window.rerun_action, window.stop_action, window.always_rerun_action])
        app_menu.addSeparator()
        app_menu.addAction(self.clear_cache_action)
        app_menu.addAction(self.clear_state_action)
        app_menu.addSeparator()
        app_menu.addAction(window.quit_action)

        view = bar.addMenu("&View")
        view.addAction(window.sidebar.toggle_action)
        theme_menu = view.addMenu("&Theme")
        self.theme_group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for name, label in THEMES:
            action = self._action(label, lambda _=False, n=name: self.set_theme(n))
            action.setCheckable(True)
            action.setChecked(name == theme)
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[name] = action
        view.addSeparator()
        self.zoom_in_action = self._action("Zoom in", lambda: self.set_zoom(self.zoom + ZOOM_STEP),
                                           "Ctrl+=", "Ctrl++")
        self.zoom_out_action = self._action("Zoom out", lambda: self.set_zoom(self.zoom - ZOOM_STEP),
                                            "Ctrl+-")
        self.zoom_reset_action = self._action("Actual size", lambda: self.set_zoom(1.0), "Ctrl+0")
        view.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view.addSeparator()
        self.full_screen_action = self._action("Full screen", self.set_full_screen, "F11")
        self.full_screen_action.setCheckable(True)
        view.addAction(self.full_screen_action)

        self.help_menu = window.help_menu
        bar.removeAction(self.help_menu.menuAction())  # Help goes last, after App and View
        bar.addMenu(self.help_menu)
        self.help_separator = self.help_menu.addSeparator()
        self.about_action = self._action("About rerunqt", self.show_about)
        self.help_menu.addAction(self.about_action)
        self.help_menu.menuAction().setVisible(True)
        window.addActions([window.rerun_action, window.stop_action, window.quit_action])
        self.shortcut_gate = ShortcutGate(self.clear_cache_action, "C", window)
        # Streamlit's bare "R" reruns as well (off, like C, while the focus takes typing)
        self.rerun_key_action = self._action("Rerun", window.request_rerun, "R")
        self.rerun_key_gate = ShortcutGate(self.rerun_key_action, "R", window)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+
            hints.colorSchemeChanged.connect(self._system_scheme_changed)

    def _action(self, text: str, slot: object, *shortcuts: str) -> QAction:
        action = text_action(text, self.window)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # ----- View -----
    def effective_theme(self) -> str:
        """The theme to draw: the chosen one, or the system's colour scheme."""
        return self.system if self.theme == "system" else self.theme

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.theme_actions[theme].setChecked(True)
        self._restyle()

    def detach(self) -> None:
        """The window closed: stop following the system scheme (the signal is app-wide)."""
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            try:
                hints.colorSchemeChanged.disconnect(self._system_scheme_changed)
            except (RuntimeError, TypeError):  # not connected
                pass

    def _system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The OS switched light/dark: follow it live, unless a theme was chosen."""
        self.system = "dark" if scheme == Qt.ColorScheme.Dark else "light"
        if self.theme == "system":
            self._restyle()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = round(min(ZOOM_MAX, max(ZOOM_MIN, zoom)), 2)
        self._restyle()

    def _restyle(self) -> None:
        from rerunqt.qt.app import apply_theme  # app imports the window, which imports this

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, self.effective_theme(), self.zoom, force=True)

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()

    # ----- Help -----
    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # its class and enums: only when asked for

        box = QMessageBox(self.window)
        box.setWindowTitle("About rerunqt")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"rerunqt {rerunqt.__version__}")
        box.setInformativeText("Streamlit's programming model as a native desktop app.")
        self.about_box = box
        box.open()


class ShortcutGate(QObject):
    """Turns a bare-key shortcut off while a widget that takes typing has focus.

    A QObject child of the window, so its connection to the application's
    focusChanged ends with the window.
    """

    def __init__(self, action: QAction, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.action = action
        self.key = QKeySequence(key)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.focus_changed)

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.action.setShortcut(QKeySequence() if accepts_text(new) else self.key)
