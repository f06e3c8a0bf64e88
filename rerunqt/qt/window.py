"""The app window: a scrollable page of elements, a toolbar, a running indicator."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QVBoxLayout,
)

from rerunqt.core import style_blocks
from rerunqt.core.app_name import app_name
from rerunqt.core.element import Element
from rerunqt.qt import focus, scroll_anchor, static_files, window_memory
from rerunqt.qt.actions import text_action
from rerunqt.qt.adapters import Host
from rerunqt.qt.bottom import BottomBar, under
from rerunqt.qt.bridge import Bridge
from rerunqt.qt.fragment_timers import FragmentTimers
from rerunqt.qt.menus import WindowMenus
from rerunqt.qt.page_config import PageConfigPlace, PageScroll
from rerunqt.qt.page_widget import Page
from rerunqt.qt.places import later_places
from rerunqt.qt.reload import SourceNotice, SourceWatcher
from rerunqt.qt.renderer import Renderer
from rerunqt.qt.sidebar import SidebarPanel, has_elements, logo_only, split
from rerunqt.qt.toolbar import build_toolbar
from rerunqt.qt.warmup import AdapterWarmUp
from rerunqt.reconcile import merge_partial
from rerunqt.runner.requests import WidgetEvent
from rerunqt.runner.script import ScriptSource, magic_extras
from rerunqt.runner.session import AppSession, Snapshot
from rerunqt.runner.sources import LocalModules
from rerunqt.theme_rules import page_padding

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QProgressBar

    from rerunqt.qt.page_css import PageCss

LAYOUT_REQUEST = QEvent.Type.LayoutRequest
UPDATE_REQUEST = QEvent.Type.UpdateRequest
LAYOUT_ROUNDS = 3
INDICATOR_DELAY_MS = 120  # fast runs never flash the indicator
LIVE_INTERVAL_MS = 16  # the live page is taken at most once per 60 Hz frame
# A run shows partial pages once it is this old: less than the live timer's period, so the
# first tick after the click (16 ms on) takes the page; at 16 ms that run was 15.9 ms
# old, and its output waited for the next tick (32 ms).
LIVE_AFTER = LIVE_INTERVAL_MS * 0.75 / 1000
# While a script computes, each Python call on the GUI thread (a timer, a slot) waits
# for the GIL until the script thread is made to drop it: Python's default 5 ms switch
# interval makes that wait, several times per frame, a visible stall.
# benchmarks/responsiveness.py measures it.
SWITCH_INTERVAL = 0.001
# While this thread renders and paints a live page it re-enters Python (overrides,
# slots) many times, each a wait for the computing script thread to drop the GIL;
# a shorter interval for those few milliseconds shortens each wait.
PAINT_SWITCH_INTERVAL = 0.0002
LIVE_IDLE_TICKS = 30  # idle ticks (no run, none queued) before the live timer stops


class AppWindow(QMainWindow):
    """One window is one session (decision 7)."""

    applied = Signal(int)  # run id of a final snapshot, after it is on screen
    # made by build_toolbar (qt/toolbar.py)
    rerun_action: QAction
    stop_action: QAction
    quit_action: QAction
    running_label: QLabel
    running_bar: QProgressBar
    _running_actions: list[QAction]

    def __init__(self, script_path: Path, options: dict[str, Any] | None = None,
                 explicit_size: bool | None = None) -> None:
        super().__init__()
        if explicit_size is None:
            explicit_size = window_memory.size_is_explicit(options or {})
        self.options = dict(options or {})
        self.script_path = Path(script_path)
        static_files.set_script(self.script_path)
        self.setWindowTitle(app_name() or self.script_path.name)
        self.setObjectName("rqWindow")
        self.bridge = Bridge()
        source = ScriptSource(self.script_path, magic=bool(self.options.get("runner.magicEnabled", True)),
                              magic_extras=magic_extras(self.options))
        self.session = AppSession(source, self.bridge, self.options, publish_interval=LIVE_AFTER)
        self.host = Host(self._emit, self._emit_batch)
        self.page = Page()
        layout = QVBoxLayout(self.page)
        top, bottom = page_padding(self.options)  # [theme] paddingTop / paddingBottom
        layout.setContentsMargins(32, top, 32, bottom)
        layout.setSpacing(12)
        layout.addStretch(1)
        self.sidebar = SidebarPanel()
        self.renderer = Renderer(layout, self.host, {"sidebar": self.sidebar})
        scroll = PageScroll()
        scroll.setObjectName("rqScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        self.page_scroll = scroll
        self.bottom = BottomBar()
        self.renderer.places["bottom"] = self.bottom
        self.source_notice = SourceNotice()
        self.setCentralWidget(split(self.sidebar, under(scroll, self.bottom, above=self.source_notice)))
        self.page_follower: QObject | None = None  # made with a top-level chat input (follow.py)
        self._stopping_run = 0  # the run Stop was pressed for, until it has ended
        build_toolbar(self)
        focus.install_scroll_into_view()
        focus.install_enter_clicks(self)
        self._build_live_reload()
        self.fragment_timers = FragmentTimers(self.session, self._expect_run, self)
        self.help_menu = self.menuBar().addMenu("&Help")
        self.menus = WindowMenus(self, str(self.options.get("theme.base", "system")))
        self.renderer.places["page_config"] = PageConfigPlace(self)
        self.renderer.places.later.update(later_places(self))  # dialog, navigation, overlay
        # the app's <style> rules (qt/page_css.py), made when a script first draws some
        self.page_css: PageCss | None = None
        self.applied_run = 0
        self._shown_page: str | None = None  # the page of the last finished run
        self.warm_up = AdapterWarmUp(self._busy, parent=self)  # adapter imports while idle
        self.bridge.snapshot_ready.connect(self._on_snapshot)
        self._indicator_timer = QTimer(self, singleShot=True, interval=INDICATOR_DELAY_MS)
        self._indicator_timer.timeout.connect(self._show_running)
        self._live_timer = QTimer(self, interval=LIVE_INTERVAL_MS)
        self._live_timer.timeout.connect(self._take_live_page)
        self._live_seen: tuple[object, int] | None = None
        self._live_idle = 0
        width, height = self.options.get("window.width", 900), self.options.get("window.height", 700)
        self.resize(int(width), int(height))
        window_memory.restore(self, self.script_path, explicit_size)

    def _build_live_reload(self) -> None:
        """Watch the script and its local modules; a save offers (or does) a rerun."""
        self.always_rerun_action = text_action("Always rerun", self, checkable=True)
        self.always_rerun_action.setToolTip("Rerun as soon as the script or a local module is saved")
        self.always_rerun_action.setChecked(bool(self.options.get("runner.runOnSave", False)))
        self.source_watcher = SourceWatcher(self)
        self.source_watcher.changed.connect(self._on_sources_changed)
        self.local_modules = LocalModules(self.script_path.parent)
        self._tracked: tuple[object, object] = (None, None)  # the lists last tracked
        self.source_watcher.track([str(self.script_path.resolve())])
        self.source_notice.rerun_button.clicked.connect(self.request_rerun)
        self.source_notice.always_button.clicked.connect(self._rerun_always)

    def _on_sources_changed(self, paths: list[str]) -> None:
        self.session.sources_changed(paths)
        if self.always_rerun_action.isChecked():
            self.request_rerun()
        else:
            self.source_notice.show_for(paths)

    def _rerun_always(self) -> None:
        self.always_rerun_action.setChecked(True)
        self.request_rerun()

    # ----- session control -----
    def start(self) -> None:
        """Start the script thread; the first run begins at once."""
        if sys.getswitchinterval() > SWITCH_INTERVAL:
            sys.setswitchinterval(SWITCH_INTERVAL)
        self._expect_run()
        self.session.start()

    def request_rerun(self) -> None:
        self.source_notice.hide()
        for event in self.host.flush_pending():
            self.session.post(event)
        self._expect_run()
        self.session.rerun()

    def request_clear_state(self) -> None:
        """Forget st.session_state and rerun; the script thread clears it before the run."""
        self.host.flush_pending()  # edits of widgets about to be reset are dropped
        self._expect_run()
        self.session.clear_state()

    def request_clear_cache(self) -> None:
        """Forget every st.cache_data / st.cache_resource entry (memory and disk), rerun."""
        from rerunqt.core.cache import clear_all_caches  # the cache code: only when used

        clear_all_caches()
        self.request_rerun()

    def request_stop(self) -> None:
        """Stop the run; say "Stopping…" at once, as a blocking C call (time.sleep) in
        the script cannot be cut and the run may take until it returns to end."""
        if not self.session.running:
            return
        self.session.stop()
        self._stopping_run = self.session.run_count
        self._indicator_timer.stop()
        self._set_running_visible(True)

    @property
    def is_stopping(self) -> bool:
        return self._stopping_run != 0

    def _emit(self, event: WidgetEvent) -> None:
        """A user event: first commit any other pending edit, then queue the event, all at
        once (posted one by one, a busy script thread could start a run between them)."""
        events = [p for p in self.host.flush_pending() if p.widget_id != event.widget_id]
        events.append(event)
        quiet = [self.session.is_quiet(e) for e in events]
        for held, silent in zip(events, quiet):
            if silent:  # on_change="ignore": no run for it
                self.session.post(held)
        if not quiet[-1]:
            self._expect_run()
        loud = [e for e, silent in zip(events, quiet) if not silent]
        if loud:
            self.session.post_many(loud)

    def _emit_batch(self, events: list[WidgetEvent]) -> None:
        """Events for one run (a form submit): pending edits elsewhere are committed first."""
        ids = {event.widget_id for event in events}
        pending = [event for event in self.host.flush_pending() if event.widget_id not in ids]
        self._expect_run()
        self.session.post_many(pending + list(events))

    # ----- the running indicator -----
    def _expect_run(self) -> None:
        """A run is starting: show the indicator if it is still running after a moment.

        Driven from the GUI side (events, partial snapshots), not by a signal from the
        script thread: such a signal makes the GUI thread wait for the GIL during every
        run and delays applying its result.
        """
        if not self._indicator_timer.isActive() and not self.is_running_shown:
            self._indicator_timer.start()
        self._live_idle = 0
        if not self._live_timer.isActive() or not self.session.running:
            self._live_timer.start()  # (re)started: its first tick is one period after the click

    def _take_live_page(self) -> None:
        """Show what the running script has drawn so far (the live timer, GUI thread).

        The GUI takes the partial page itself rather than waiting for the script to
        send it, so output shows even while the script computes with no ``st.*`` call.
        Elements the run has not reached yet stay, marked stale (merge_partial).
        """
        page = self.session.live_page(self._live_seen)
        if page is not None:
            self._live_seen = page.seen
            self._live_idle = 0
            self._show_partial(page.tree)
            if not self._indicator_timer.isActive() and not self.is_running_shown:
                self._indicator_timer.start()
        elif not self.session.running and not self.session.requests.has_pending():
            self._live_idle += 1
            if self._live_idle >= LIVE_IDLE_TICKS:
                self._live_timer.stop()

    def _show_partial(self, tree: tuple[Element, ...]) -> None:
        """Render a running script's page so far and paint it before returning."""
        interval = sys.getswitchinterval()
        sys.setswitchinterval(PAINT_SWITCH_INTERVAL)
        try:
            shown = self.renderer.shown
            if self.session.pages.current != self._shown_page:  # another page: Streamlit
                shown = tuple(e for e in shown if e.kind == "navigation")  # clears the old one
            self._render_safely(merge_partial(shown, tree))
            self._paint_now()
        finally:
            sys.setswitchinterval(interval)

    def _paint_now(self) -> None:
        """Lay out and paint a partial page now, while this slot holds the GIL.

        Left to the event loop, the layout pass and the paint reach Python code (this
        window's and the labels' overrides) a few dozen times, and each time the GUI
        thread waits for the computing script thread to drop the GIL: 30 ms and more
        before the new element showed (benchmarks/responsiveness.py (a)).
        """
        for _ in range(LAYOUT_ROUNDS):  # a nested container's pass posts its parent's
            QApplication.sendPostedEvents(None, LAYOUT_REQUEST)
        QApplication.sendPostedEvents(self, UPDATE_REQUEST)

    def _busy(self) -> bool:
        return self.session.running or self.session.requests.has_pending()

    def _show_running(self) -> None:
        if self.session.running:
            self._set_running_visible(True)

    def _set_running_visible(self, visible: bool) -> None:
        """The indicator and the Stop action go together: Stop matters for slow runs only."""
        for action in self._running_actions:
            action.setVisible(visible)
        stopping = self.is_stopping
        self.running_label.setText("Stopping…" if stopping else "Running…")
        self.stop_action.setEnabled(visible and not stopping)

    @property
    def is_running_shown(self) -> bool:
        return self._running_actions[0].isVisible()

    def _on_snapshot(self) -> None:
        snapshot = self.bridge.take_latest()
        if snapshot is None:
            return
        self.apply_snapshot(snapshot)

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.final:
            self._render_safely(snapshot.tree)
            self.applied_run = snapshot.run_id
            self._shown_page = self.session.pages.current
            self._track_sources()
            self.fragment_timers.sync()
            if self.is_stopping and snapshot.run_id >= self._stopping_run:
                self._stopping_run = 0  # the stopped run has ended
                self._set_running_visible(self.is_running_shown)
            if not self.session.running:
                self._indicator_timer.stop()
                self._live_seen = None  # (the live timer stops itself once idle)
                if self.is_running_shown:
                    self._set_running_visible(False)
            self.applied.emit(snapshot.run_id)
            if not self.session.running:
                self.warm_up.resume()
        else:
            self._show_partial(snapshot.tree)
            self._expect_run()

    def _track_sources(self) -> None:
        """Watch the local modules and page files a run used; lists that are the very
        objects of the last run (nothing imported, no pages/) are skipped at no cost."""
        modules = self.local_modules.paths()
        if modules is not self._tracked[0]:
            self.source_watcher.track(modules)
        pages = self.session.pages.files()
        if pages is not self._tracked[1]:
            self.source_watcher.track([str(p) for p in pages])
        self._tracked = (modules, pages)

    def _render_safely(self, tree: tuple[Element, ...]) -> None:
        """Render; if rerunqt itself fails mid-way, report it and rebuild the page whole.

        A half-applied op list would leave the page out of step with the tree; starting
        from an empty page loses no state (values live in session state).
        """
        anchors = scroll_anchor.capture_all(
            self.page_scroll, self.sidebar, (record.widget for record in self.renderer.records.values()))
        try:
            self.renderer.render(tree)
        except Exception:
            traceback.print_exc()
            self.renderer.reset()
            self.renderer.render(tree)
        scroll_anchor.restore_all(anchors)
        self.sidebar.set_logo_only(logo_only(tree))
        if self.page_css is not None or style_blocks.drawn():
            if self.page_css is None:
                from rerunqt.qt.page_css import PageCss

                self.page_css = PageCss(self)
            self.page_css.update(tree)
        places = self.renderer.places  # made places only: a page list is made with its root
        widget = getattr(places["navigation"], "widget", None) if "navigation" in places else None
        if widget is not None:
            widget.set_sidebar_elements(has_elements(tree))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab: the page's widgets in page order, wrapping (qt/focus.py).

        Qt also calls this when the focused widget is disabled (a played cell of a game
        board); a browser blurs it then, so no other widget takes the focus."""
        current = QApplication.focusWidget()
        if current is not None and not current.isEnabled():
            return False  # Qt clears the focus
        target = focus.step(self.renderer.tab_chain, current, next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    def closeEvent(self, event: Any) -> None:
        self.renderer.staging.drop()  # a long page still being built: stop building it
        window_memory.remember(self, self.script_path)
        self.menus.detach()
        self.fragment_timers.stop()
        self.session.shutdown(timeout=1.0)
        super().closeEvent(event)
