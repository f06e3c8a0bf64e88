"""One session: its state, its request queue, and the loop that runs the script.

Both front ends use this class: the window starts the script thread
(``start()``); AppTest calls ``run_request()`` synchronously on its own thread.
"""

from __future__ import annotations

import gc
import queue
import threading
import time
from collections.abc import Mapping
from typing import Any

from rerunqt.core import exception_props as errors_shown
from rerunqt.core import parallel_fragments
from rerunqt.core.context import RunContext, activated
from rerunqt.core.dialogs import DISMISS_ID, DialogCall
from rerunqt.core.element import Element
from rerunqt.core.fragments import FragmentCall
from rerunqt.core.overlay import events_of, with_events
from rerunqt.core.persist import persister_for
from rerunqt.core.state import SessionState
from rerunqt.errors import (
    FragmentHandledException,
    RerunInterrupt,
    ScriptControl,
    StopInterrupt,
    TimeoutInterrupt,
)
from rerunqt.runner import dialog_run, fragment_run, sources
from rerunqt.runner.dialog_run import is_dialog_event
from rerunqt.runner.exits import exit_props
from rerunqt.runner.forced_stop import ForcedStop
from rerunqt.runner.page_router import PageRouter
from rerunqt.runner.requests import RerunRequest, ScriptRequests, WidgetEvent
from rerunqt.runner.script import ScriptSource
from rerunqt.runner.snapshots import LivePage, Sink, Snapshot

STOP_GRACE = 0.25  # s a stopped run has to reach a yield point before it is interrupted
PUBLISH_INTERVAL = 0.016  # a run shows partial pages once it is older than one 60 Hz frame
CLOCK_EVERY = 8  # yield points per look at the clock (the deadline)


class AppSession:
    """State, requests and the run loop of one window or one AppTest."""

    def __init__(
        self,
        script: ScriptSource,
        sink: Sink,
        options: Mapping[str, Any] | None = None,
        publish_interval: float = PUBLISH_INTERVAL,
    ) -> None:
        self.script = script
        self.sink = sink
        self.options = dict(options or {})
        self.state = SessionState()
        self.pages = PageRouter(script)  # pages/ or st.navigation; st.query_params
        self.requests = ScriptRequests()
        self.publish_interval = publish_interval
        self.deadline: float | None = None
        self.run_count = 0
        self._stop_requested = False
        self._running = False
        self._ctx: RunContext | None = None
        self._live_ok = False  # whether the running run's partial page is the whole page
        self._changed_sources: queue.SimpleQueue[str] = queue.SimpleQueue()  # saved since
        self._started_at = 0.0
        self._calls_left = CLOCK_EVERY
        self._previous: dict[Any, Element] = {}  # the last run's elements, for reuse
        self._last_tree: tuple[Element, ...] = ()  # the last final tree
        self._dialog: DialogCall | None = None  # the open dialog (its function reruns alone)
        self._dismissed: DialogCall | None = None  # closed by the user, its on_dismiss not yet run
        self._fragment_rerun = False  # st.rerun(scope="fragment") in the dialog: rerun it alone
        self._carried: tuple[Element, ...] = ()  # toasts of runs ended by st.rerun(), to show
        self._fragments: dict[str, FragmentCall] = {}  # the last full run's, by id
        self._votes: list[tuple[str, ...]] = []  # per callback of a run: st.rerun keys, ()
        self._app_rerun = False  # a callback of this run called st.rerun()
        self.fast_reruns = bool(self.options.get("runner.fastReruns", True))
        self._thread: threading.Thread | None = None
        self._forced_stop = ForcedStop()
        self.persister = persister_for(script.path, self.options)  # [state] persist
        if self.persister is not None:
            self.persister.restore(self.state)  # before the first run

    # ----- front-end API (thread-safe) -----
    def post(self, event: WidgetEvent) -> None:
        if self.is_quiet(event):  # on_change="ignore": the value waits for the next run
            self.requests.hold_value(event)
            return
        self.requests.add_event(event)

    def is_quiet(self, event: WidgetEvent) -> bool:
        """Whether the event's widget was drawn with ``on_change="ignore"`` (no run for it)."""
        meta = None if event.click else self.state.widget_meta(event.widget_id)
        return meta is not None and meta.quiet

    def post_many(self, events: list[WidgetEvent]) -> None:
        """Events that belong to one run (a form submit: its values, then the click)."""
        self.requests.add_events(events)

    def rerun(self) -> None:
        self.requests.add_rerun()

    def sources_changed(self, paths: list[str]) -> None:
        """Saved files: their modules are imported again by the next run (live reload)."""
        for path in paths:
            self._changed_sources.put(path)

    def clear_state(self) -> None:
        """Forget all of st.session_state, then rerun (done by the script thread)."""
        self.requests.add_rerun(clear_state=True)

    @property
    def running(self) -> bool:
        return self._running

    def stop(self, grace: float = STOP_GRACE) -> None:
        """End the current run: at its next yield point, or after ``grace`` by force
        (runner/forced_stop.py: even a pure-Python loop with no ``st.*`` call ends)."""
        if not self._running:
            return
        self._stop_requested = True
        if self._thread is not None and grace > 0:
            self._forced_stop.after(grace, self._thread, self.run_count)

    def start(self) -> None:
        """Run the script on a long-lived script thread; the first run starts now."""
        self.requests.add_rerun()
        self._thread = threading.Thread(target=self._loop, name="rerunqt-script", daemon=True)
        self._thread.start()

    def shutdown(self, timeout: float = 2.0) -> None:
        self.requests.shutdown()
        self._stop_requested = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self.persister is not None:
            self.persister.flush()  # the window closes: the last values are on disk

    def _loop(self) -> None:
        from rerunqt.compat.secret_paths import existing_secret_files  # off the window's path

        files = existing_secret_files(self.script.path.parent)
        if files:  # root-level secrets are environment variables from the first run on
            from rerunqt.compat.secrets import load_for_script

            load_for_script(files)
        while True:
            request = self.requests.take()
            if request is None:
                return
            try:
                self.run_request(request)
            except ScriptControl:
                pass  # a forced stop that landed between runs
            except BaseException as exc:  # a bug in rerunqt itself: show it, keep serving events
                self._running = False
                self.requests.finish_run()
                props = errors_shown.exception_props(exc)
                note = (("type", f"rerunqt internal error: {props[0][1]}"),) + props[1:]
                # Above the last good page, which stays usable: nothing is lost.
                error = Element("exception", ("internal error", 0), note)
                self.sink.publish(Snapshot(self.run_count, (error, *self._last_tree), True, "error"))

    # ----- one run -----
    def run_request(self, request: RerunRequest) -> Snapshot | None:
        """Apply the request's values, fire callbacks, run the script; publish the result."""
        self.run_count += 1
        run_id = self.run_count
        self._stop_requested = False
        self._running = True
        self.sink.run_started(run_id)
        ctx = RunContext(self.state, self.options, self._check, self._previous)
        self._started_at = time.perf_counter()
        self._ctx = ctx
        self.pages.begin(ctx, request)
        if request.clear_state:
            self.state.clear()
            self._dialog = None
            if self.persister is not None:
                self.persister.clear()
        self.state.begin_run()
        self._forget_changed_sources()
        outcome, clean, broken = "finished", False, False
        dialog = self._dialog
        dialog_only = is_dialog_event(dialog, request) or (
            self._fragment_rerun and dialog is not None and not request.widget_driven)
        self._fragment_rerun = False
        fragment = None if dialog_only else fragment_run.pick(self._fragments, request)
        self._live_ok = not dialog_only and fragment is None
        try:
            try:
                self._forced_stop.open(run_id)
                with activated(ctx):
                    body_runs = self._callbacks(ctx, request)
                    if body_runs and dialog_only:
                        assert dialog is not None
                        dialog_run.run_function(ctx, dialog)
                    elif body_runs and fragment is not None:
                        fragment_run.run(ctx, fragment, self._last_tree, self._fragments)
                    elif body_runs:
                        broken = not parallel_fragments.run_body(ctx, lambda: self.pages.execute(
                            ctx, lambda source: sources.compile_script(  # (page_router.py)
                                ctx, source, self._exception_props)))
                        if broken:
                            raise _SourceBroken()
                        if self.options.get("runner.enforceSerializableSessionState"):
                            self.state.check_serializable()
                        clean = True
                    else:
                        outcome = "error"
            finally:
                self._forced_stop.open(None)
        except RerunInterrupt as interrupt:
            if interrupt.fragment_id is not None:  # st.rerun(scope="fragment") in a fragment
                self.requests.add_fragment(interrupt.fragment_id)
            elif interrupt.requested_by_script:
                self._fragment_rerun = interrupt.fragment
                self.requests.add_rerun()
                self._carried = self._carried + events_of(ctx.tree())  # shown after the rerun
            elif request.click is not None:
                self.requests.replay_click(request.click)
            outcome = "interrupted"
        except (_SourceBroken, FragmentHandledException):  # its error is on the page already
            outcome = "error"
        except (StopInterrupt, KeyboardInterrupt):
            outcome = "stopped"
        except TimeoutInterrupt:
            self._finish(ctx, clean=False)
            raise
        except SystemExit as exc:  # sys.exit(), exit(), argparse: end the run, not the app
            if exc.code is None or exc.code == 0:
                outcome = "stopped"  # a quiet end, like st.stop()
            else:
                ctx.add_static("exception", exit_props(exc, self._exception_props(exc)))
                outcome = "error"
        except BaseException as exc:  # the user's error, Exception or not: show it, keep serving
            broken = sources.is_local_syntax_error(exc, self.script.path.parent)
            if broken:  # a saved local module: above the last good page, as the script's
                ctx.add_widget("exception", sources.SOURCE_ERROR_KEY, self._exception_props(exc))
            else:
                ctx.add_static("exception", self._exception_props(exc))
            outcome = "error"
        # a dialog run drops no other widget; a run cut short by an error or st.stop() leaves
        # a click's value in session state until the next run, as Streamlit does
        self._finish(ctx, clean and not dialog_only, outcome not in ("error", "stopped"))
        if outcome == "interrupted":
            return None
        ctx.finish(clean)
        if dialog_only:
            tree = dialog_run.merge(self._last_tree, ctx)
            self._previous.update({e.key: e for e in tree if e.kind == "dialog"})
        elif fragment is not None:  # the last page with the fragment's new container and parts
            spliced = fragment_run.splice(self._last_tree, fragment, ctx, self._fragments)
            if spliced is None:  # the fragment is gone from the page: run it all
                self.requests.add_rerun()
            else:
                fragment_run.hold(self._fragments, spliced)
            tree = self._last_tree if spliced is None else spliced
        elif broken:  # the error above the last good page, which stays usable
            tree = sources.above(ctx.tree(), self._last_tree)
        else:
            tree = ctx.tree()
            self._previous = ctx.root.by_key
            self._fragments = fragment_run.collect(ctx, tree)
        if self._carried:
            tree, self._carried = with_events(tree, self._carried), ()
        self._set_dialog(ctx, tree)
        snapshot = Snapshot(run_id, tree, True, outcome)
        if not broken:
            self._last_tree = snapshot.tree
        self.sink.publish(snapshot)
        if self.options.get("runner.postScriptGC"):
            gc.collect(2)
        return snapshot

    def _forget_changed_sources(self) -> None:
        changed = [self._changed_sources.get_nowait() for _ in range(self._changed_sources.qsize())]
        if changed:
            sources.forget(changed)

    def _set_dialog(self, ctx: RunContext, tree: tuple[Element, ...]) -> None:
        """After a run: the dialog it opened (if any) is the one whose widgets rerun it alone."""
        dialog = ctx.dialog or (self._dialog if self._dialog is not None and any(
            e.kind == "dialog" for e in tree) else None)
        if dialog is not None:
            dialog.widget_ids = dialog_run.widget_ids(tree)
        self._dialog = dialog

    def fragment_intervals(self) -> dict[str, float]:
        """The ``run_every`` of the last full run's fragments that have one, by id."""
        return {fid: call.run_every for fid, call in dict(self._fragments).items()
                if call.run_every is not None}

    def dialog_dismissed(self) -> None:
        """The user closed the dialog (Esc, its close button): the next event reruns all.
        The dialog is kept for its ``on_dismiss``, which the dismissal's own event
        (DISMISS_ID) runs before the script."""
        self._dismissed, self._dialog = self._dialog, None

    def _callbacks(self, ctx: RunContext, request: RerunRequest) -> bool:
        """Run the callbacks of changed widgets; False if one raised (the body is skipped)."""
        if request.click == DISMISS_ID:  # a dialog closed with on_dismiss="rerun" or a callable
            dialog = self._dialog or self._dismissed
            self._dialog = self._dismissed = None
            if dialog is not None and callable(dialog.on_dismiss) and not self._call_plain(
                    ctx, dialog.on_dismiss):
                return False
        changed = self.state.apply_widget_values(request.values, request.click)
        self._votes, self._app_rerun = [], False
        ctx.callback_fragments = self._fragments
        try:
            for meta in changed:
                if request.click_callback_done and meta.widget_id == request.click:
                    continue
                assert meta.callback is not None
                if not self._call_plain(ctx, meta.callback, *meta.args, **meta.kwargs):
                    return False
        finally:
            ctx.callback_fragments = None
        if self._votes and all(self._votes):  # only st.rerun("key")s: those fragments alone
            keys = list(dict.fromkeys(key for vote in self._votes for key in vote))
            for key in keys:
                self.requests.add_fragment(key)
            raise RerunInterrupt(requested_by_script=True, fragment_id=keys[0])
        if any(self._votes) or self._app_rerun:  # as Streamlit 1.67: this run gives way to a
            raise RerunInterrupt(requested_by_script=True)  # rerun with no click, nor writes
        return True

    def _exception_props(self, exc: BaseException) -> tuple[tuple[str, Any], ...]:
        return errors_shown.uncaught_props(exc, self.options.get("client.showErrorDetails", "full"))

    def _call_plain(self, ctx: RunContext, callback: Any, *args: Any, **kwargs: Any) -> bool:
        """Run one callback; its exception is shown (False), st.rerun() in it is honoured."""
        vote: tuple[str, ...] = ()
        try:
            callback(*args, **kwargs)
        except RerunInterrupt as interrupt:
            if not interrupt.requested_by_script:
                raise
            vote = interrupt.fragment_keys  # decision 3: honoured once all callbacks ran
            self._app_rerun = self._app_rerun or not vote
        except ScriptControl:
            raise
        except Exception as exc:
            ctx.add_static("exception", self._exception_props(exc))
            return False
        self._votes.append(vote)  # a sibling returning normally reruns all
        return True

    def _finish(self, ctx: RunContext, clean: bool, ended: bool = True) -> None:
        self.state.end_run(clean, reset_triggers=ended)
        if self.persister is not None:
            self.persister.after_run(self.state)
        self.requests.finish_run()
        self._running = False
        self._ctx = None

    def _check(self) -> None:
        """The yield point run by every st.* call and session-state access."""
        if self.requests.interrupt and self.fast_reruns:
            raise RerunInterrupt()
        if self._stop_requested:
            raise StopInterrupt()
        left = self._calls_left - 1  # look at the clock every 8th call: it is the costly part
        if left:  # (a countdown of small ints: no int object is allocated per call)
            self._calls_left = left
            return
        self._calls_left = CLOCK_EVERY
        now = time.perf_counter()
        if self.deadline is not None and now > self.deadline:
            raise TimeoutInterrupt()

    # ----- live output (called on the GUI thread) -----
    def live_page(self, seen: tuple[object, int] | None) -> LivePage | None:
        """The page the current run has drawn so far, if it changed since ``seen``.

        The GUI thread calls this on its own display-rate timer, so output shows even
        while the script computes without any ``st.*`` call. It never waits for the
        script: only a short lock around one append. Dialog-only runs and runs younger
        than ``publish_interval`` give nothing (a fast run goes straight to its final
        page, with no stale flash).
        """
        ctx = self._ctx
        if ctx is None or not self._live_ok:
            return None
        generation = ctx.generation
        if (generation == 0 or seen == (ctx, generation)
                or time.perf_counter() - self._started_at < self.publish_interval):
            return None
        return LivePage((ctx, generation), ctx.live_tree())


class _SourceBroken(Exception):
    """The script's source did not compile; its error is already on the page."""
