"""The window's tool bar: Rerun, Stop, Quit, the sidebar toggle and the running indicator.

Apart from ``window.py`` so the window keeps to the session's events and the page; the
actions are the window's attributes, as menus and tests find them there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QWidget

from rerunqt.qt.actions import text_action

if TYPE_CHECKING:
    from rerunqt.qt.window import AppWindow


def build_toolbar(window: AppWindow) -> None:
    """Add the tool bar to ``window``; its actions call the window's requests."""
    bar = window.addToolBar("Run")
    bar.setObjectName("rqToolbar")
    bar.setMovable(False)
    # Right-clicking must not hide the toolbar (and Rerun/Stop with it).
    bar.toggleViewAction().setVisible(False)
    window.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    window.rerun_action = text_action("Rerun", window)
    window.rerun_action.setShortcuts([QKeySequence("Ctrl+R"), QKeySequence("F5")])
    window.rerun_action.setToolTip("Run the script again from the top (Ctrl+R)")
    window.rerun_action.triggered.connect(window.request_rerun)
    window.stop_action = text_action("Stop", window)
    window.stop_action.setShortcut(QKeySequence("Ctrl+."))
    window.stop_action.setToolTip("Stop the running script (Ctrl+.)")
    window.stop_action.setEnabled(False)
    window.stop_action.triggered.connect(window.request_stop)
    window.quit_action = text_action("Quit", window)
    window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.quit_action.triggered.connect(window.close)
    window.sidebar.header_action = bar.addWidget(window.sidebar.header_logo)
    window.sidebar.sync_header()
    bar.addAction(window.sidebar.toggle_action)
    bar.addAction(window.rerun_action)
    bar.addAction(window.stop_action)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    window.running_label = QLabel("Running…")
    window.running_label.setObjectName("rqRunning")
    window.running_bar = QProgressBar()
    window.running_bar.setObjectName("rqRunningBar")  # in the theme's primary colour
    window.running_bar.setAccessibleName("Script running")
    window.running_bar.setRange(0, 0)
    window.running_bar.setMaximumWidth(80)
    window.running_bar.setMaximumHeight(10)
    window.running_bar.setTextVisible(False)
    # Widgets in a toolbar are shown and hidden through their actions.
    window._running_actions = [bar.addWidget(window.running_label), bar.addWidget(window.running_bar)]
    window._set_running_visible(False)
