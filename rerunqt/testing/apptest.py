"""AppTest: run a rerunqt script headless and synchronously, as Streamlit's AppTest does.

It drives the very same session, runner and state code as the window, on the
caller's thread, with a recording sink instead of Qt.
"""

from __future__ import annotations

import ctypes
import hashlib
import inspect
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rerunqt.compat.secrets import secrets_replaced
from rerunqt.core.client_seed import client_seeded
from rerunqt.core.element import Element, walk
from rerunqt.core.kinds import ACCESSORS, CATALOGUE, KINDS
from rerunqt.core.navigation import NAVIGATION_ID
from rerunqt.core.query_params import _values
from rerunqt.core.stale_blocks import arrival_order
from rerunqt.errors import TimeoutInterrupt
from rerunqt.runner.form_buffer import FormBuffer
from rerunqt.runner.requests import WidgetEvent
from rerunqt.runner.script import ScriptSource, magic_extras
from rerunqt.runner.session import AppSession, Snapshot
from rerunqt.testing import (
    views_actions,
    views_charts,
    views_choice,
    views_data,
    views_data_editor,
    views_files,
    views_inputs,
    views_maps,
    views_media,
    views_pickers,
    views_sliders,
    views_static,
)
from rerunqt.testing.blocks import RootView, find, root_blocks, streamlit_order
from rerunqt.testing.client import (
    DEFAULT_USER,
    FunctionArguments,
    context_for_run,
    user_for_run,
)
from rerunqt.testing.elements import VIEW_CLASSES, ElementList, Widget
from rerunqt.testing.errors import InvalidAction, disabled_error, no_page_error, refused_value
from rerunqt.testing.page_order import in_page_order
from rerunqt.testing.script_folder import script_folder

STATIC_KINDS = (
    "title", "header", "subheader", "markdown", "text", "caption", "code", "json",
    "divider", "info", "success", "warning", "error", "exception",
    "line_chart", "area_chart", "bar_chart", "scatter_chart", "image", "map", "plotly_chart",
    "pydeck_chart",
    "audio", "video", "pdf", "vega_lite_chart",
)
for _family in (views_charts, views_maps, views_choice, views_sliders, views_pickers, views_files,
                views_inputs, views_data_editor, views_data, views_media, views_actions, views_static):
    VIEW_CLASSES.update(_family.VIEWS)
WIDGET_KINDS = tuple(kind for kind, view in VIEW_CLASSES.items() if issubclass(view, Widget))
CONTAINER_KINDS = tuple(k.name for k in CATALOGUE if k.role in ("container", "root"))
_FORCE_GRACE = 1.0  # seconds after the timeout before a pure-Python loop is interrupted


class _Recorder:
    """The sink of an AppTest: keeps the last final snapshot."""

    def __init__(self) -> None:
        self.last: Snapshot | None = None
        self.tree: tuple[Element, ...] = ()  # the last tree, in Streamlit's AppTest order

    def run_started(self, run_id: int) -> None:
        return None

    def publish(self, snapshot: Snapshot) -> None:
        if snapshot.final:
            self.last, self.tree = snapshot, arrival_order(snapshot.tree)


def _load_options(script: Path) -> dict[str, Any]:
    from rerunqt.config import load_config

    return dict(load_config(script))


class AppTest:
    """A headless app under test. Build it with ``from_file``/``from_string``/``from_function``."""

    args = FunctionArguments("__rerunqt_args__")  # from_function's, read by each run
    kwargs = FunctionArguments("__rerunqt_kwargs__")

    def __init__(self, script_path: Path, *, default_timeout: float = 3.0,
                 extra_globals: dict[str, Any] | None = None) -> None:
        options = _load_options(script_path)
        self._script = ScriptSource(script_path, magic=bool(options.get("runner.magicEnabled", True)),
                                    magic_extras=magic_extras(options))
        self._script.extra_globals = extra_globals or {}
        self._recorder = _Recorder()
        self._session = AppSession(self._script, self._recorder, options)
        self.default_timeout = default_timeout
        self._events: list[WidgetEvent] = []
        self._batch_ends: list[int] = []  # where a submit's batch (its values, its click) ends
        self._shown: dict[str, Any] = {}  # widget id -> Python value of a pending set_value
        self._held: dict[str, FormBuffer] = {}  # form key -> its unsubmitted values
        self._run_lock = threading.Lock()
        self._in_run = False
        self.session_state = views_data_editor.TestSessionState(self)
        self.secrets: dict[str, Any] = {}  # when not empty, st.secrets during runs (as Streamlit)
        # the app's URL query: given to each run, and what the run left in it afterwards
        self.query_params: dict[str, str | list[str]] = {}
        self.user: dict[str, Any] = dict(DEFAULT_USER)  # st.user in runs (as Streamlit's)
        self.context: dict[str, Any] = {}  # st.context keys a run answers from the test

    # ----- constructors -----
    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3.0) -> AppTest:
        """A script file; a relative path is relative to the calling test file."""
        path = Path(script_path)
        if not path.is_absolute():
            caller = Path(inspect.stack()[1].filename).resolve().parent
            candidate = caller / path
            path = candidate if candidate.exists() else path.resolve()
        if not path.is_file():
            raise FileNotFoundError(f"AppTest.from_file: no script at {str(path)!r}")
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3.0) -> AppTest:
        """Source text (dedented), saved to a temporary file so tracebacks show its lines."""
        source = textwrap.dedent(script)
        digest = hashlib.md5(source.encode()).hexdigest()
        path = script_folder() / f"app_{digest}.py"
        if not path.exists() or path.read_text() != source:
            path.write_text(source)
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_function(cls, script: Any, args: tuple[Any, ...] | None = None,
                      kwargs: dict[str, Any] | None = None, *,
                      default_timeout: float = 3.0) -> AppTest:
        """A self-contained function (imports inside it), called with ``args``/``kwargs``
        (keywords, as in Streamlit: ``from_function(app, args=(1,), kwargs={...})``)."""
        source = textwrap.dedent(inspect.getsource(script))
        source += (f"\n{script.__name__}(*(__rerunqt_args__ or ()), "
                   f"**(__rerunqt_kwargs__ or {{}}))\n")
        app = cls.from_string(source, default_timeout=default_timeout)
        app.args, app.kwargs = args, kwargs
        return app

    # ----- running -----
    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script once for the pending actions (one run per click); returns self."""
        limit = self.default_timeout if timeout is None else timeout
        browser, user = context_for_run(self.context), user_for_run(self.user)
        session = self._session
        start = 0
        events = in_page_order(self._events, self.tree)
        for end in [*self._batch_ends, len(events)]:  # a submit's values go with its click
            if end > start:
                session.post_many(events[start:end])
            start = end
        self._events, self._batch_ends = [], []
        if not session.requests.has_pending():
            session.rerun()
        store = session.pages.query_params
        store.clear()
        store.update((str(key), _values(value)) for key, value in self.query_params.items())
        session.deadline = deadline = time.perf_counter() + limit
        watchdog = threading.Timer(limit + _FORCE_GRACE, self._force_timeout,
                                   args=(threading.get_ident(),))
        watchdog.daemon = True
        self._set_in_run(True)
        watchdog.start()
        try:
            with secrets_replaced(self.secrets), client_seeded(browser, user):
                while (request := session.requests.take_nowait()) is not None:
                    session.run_request(request)
            if time.perf_counter() > deadline:  # no st.* call came after the limit:
                raise TimeoutInterrupt  # Streamlit's AppTest stops waiting all the same
        except TimeoutInterrupt:
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)") from None
        finally:
            watchdog.cancel()
            self._set_in_run(False)
            session.deadline = None
            self._settle_held()
            self.query_params = {key: values[0] if len(values) == 1 else list(values)
                                 for key, values in store.items()}
            self.user = dict(user)  # after st.logout(): the signed-out user, for later runs
        return self

    def _settle_held(self) -> None:
        """After a run, as the window does: code that set a held form field settles its edit."""
        if any(self._held.values()):
            drawn = set()
            for element in walk(self.tree):
                for buffer in self._held.values():
                    if element.key in buffer:
                        drawn.add(element.key)
                        buffer.shown(element)
            for buffer in self._held.values():  # a field the run did not draw left the screen:
                for widget_id in buffer.held_ids() - drawn:  # the window drops its edit too
                    buffer.forget(widget_id)
        self._shown = {wid: v for wid, v in self._shown.items()
                       if any(wid in buffer for buffer in self._held.values())}

    def _set_in_run(self, value: bool) -> None:
        with self._run_lock:
            self._in_run = value
            if not value:  # clear a forced timeout that raced with the run's end
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(threading.get_ident()), None)

    def _force_timeout(self, thread_id: int) -> None:
        with self._run_lock:
            if self._in_run:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(thread_id), ctypes.py_object(TimeoutInterrupt))

    def switch_page(self, page_path: str | Path) -> AppTest:
        """Show ``page_path`` (relative to the entry script's folder) at the next ``run()``,
        as a click on the navigation does. A page the app does not have raises ValueError,
        as in Streamlit's AppTest (rerunqt also takes a page's URL path)."""
        target = str(page_path)
        path = (self._script.path.parent / target).resolve()
        pages = self._session.pages.pages()
        if self._session.run_count and len(pages) == 1 and path.is_file() and (
                self._session.pages.declared is None) and not (
                self._script.path.parent / "pages").is_dir():
            return self  # a single-page app: Streamlit's AppTest runs its one page again
        if not (any(target in (p.url_path, p.inferred_url_path) or p.source == path
                    for p in pages) if self._session.run_count else path.is_file()):
            raise no_page_error(target, self._script.path, path, pages)
        self._events.append(WidgetEvent(NAVIGATION_ID, target))
        return self

    # ----- actions (used by widget views) -----
    def _set_value(self, widget_id: str, value: Any) -> None:
        """Queue ``value`` (a Python value) as the front end would send it.

        A widget inside a form holds the value until the form's submit button is
        clicked, as the window does.
        """
        meta = self._session.state.widget_meta(widget_id)
        if meta is not None and meta.disabled:
            raise disabled_error(meta.kind, meta.user_key)
        sent = value
        if meta is not None and meta.to_ui is not None:
            try:
                sent = meta.to_ui(value)
            except (TypeError, ValueError, KeyError, IndexError) as exc:
                raise InvalidAction(refused_value(value, meta.kind, meta.label, exc)) from None
        if meta is not None and meta.form is not None:
            self._held.setdefault(meta.form, FormBuffer()).hold(widget_id, sent)
        else:
            if not self._batch_ends:  # a newer value replaces a queued one (not inside a batch)
                self._events = [e for e in self._events if e.click or e.widget_id != widget_id]
            self._events.append(WidgetEvent(widget_id, sent))
        self._shown[widget_id] = value

    def _required_in(self, form: str) -> dict[str, Any]:
        """The required fields drawn in ``form``: widget id -> committed front-end value."""
        state = self._session.state
        found: dict[str, Any] = {}
        for element in walk(self.tree):
            if element.prop("required") and element.kind != "pills" and (
                    element.kind != "segmented_control"):
                meta = state.widget_meta(element.key)
                if meta is not None and meta.form == form:
                    found[element.key] = element.prop("value")
        return found

    def _click(self, widget_id: str) -> None:
        meta = self._session.state.widget_meta(widget_id)
        if meta is not None and meta.disabled:
            raise disabled_error(meta.kind, meta.user_key)
        if meta is not None and meta.kind == "form_submit_button" and meta.form is not None:
            buffer = self._held.get(meta.form, FormBuffer())
            if buffer.missing(self._required_in(meta.form)):
                return  # as the window: a required field is empty, the form is not sent
            self._held.pop(meta.form, None)
            self._batch_ends.append(len(self._events))
            self._events.extend(buffer.submit(widget_id))
            self._batch_ends.append(len(self._events))
        else:
            self._events.append(WidgetEvent(widget_id, True, click=True))

    def _submit(self, widget_id: str, value: Any) -> None:
        """A click that carries a value (chat_input's message): one batch, one run."""
        self._batch_ends.append(len(self._events))
        self._events += [WidgetEvent(widget_id, value), WidgetEvent(widget_id, True, click=True)]
        self._batch_ends.append(len(self._events))
        self._shown[widget_id] = value

    def _pending_value(self, widget_id: str, default: Any) -> Any:
        """A value set on a widget and not yet run (or held by its form), as given."""
        if any(e.widget_id == widget_id and not e.click for e in self._events) or any(
                widget_id in held for held in self._held.values()):
            return self._shown.get(widget_id, default)
        return default

    def _is_clicked(self, widget_id: str) -> bool:
        return any(e.click and e.widget_id == widget_id for e in self._events)

    def _state_value(self, widget_id: str, default: Any) -> Any:
        fired = self._session.state.fired  # a click's value during the last run
        if widget_id in fired:
            return fired[widget_id]
        return self._session.state.raw_get(widget_id, default)

    # ----- the last run's elements -----
    @property
    def tree(self) -> tuple[Element, ...]:
        """The element tree the last run produced (empty before the first run)."""
        return self._recorder.tree

    @property
    def outcome(self) -> str | None:
        last = self._recorder.last
        return last.outcome if last is not None else None

    def get(self, element_type: str) -> ElementList[Any]:
        """All elements of ``element_type`` in page order (``button`` has submit buttons)."""
        return find(streamlit_order(self.tree), ACCESSORS.get(element_type, (element_type,)), self)

    @property
    def main(self) -> RootView:
        """The page without the sidebar, with the same accessors (``at.main.button``)."""
        return RootView(tuple(e for e in self.tree if KINDS[e.kind].role != "root"), self)

    @property
    def sidebar(self) -> RootView:
        """What the script drew in ``st.sidebar`` (``at.sidebar.slider[0]``)."""
        return self._root("sidebar")

    @property
    def bottom(self) -> RootView:
        """What is pinned under the page: ``st.bottom``, a top-level ``st.chat_input``."""
        return self._root("bottom")

    def _root(self, kind: str) -> RootView:
        for element in self.tree:
            if element.kind == kind:
                return RootView(element.children, self, kind)
        return RootView((), self, kind)

    def get_by_key(self, key: str) -> Any:
        """The element, widget or container drawn with this user key, whatever its kind
        (KeyError if none, AppTestError if several)."""
        return RootView(self.tree, self).get_by_key(key)

    def __len__(self) -> int:
        """2: ``at[0]`` is the main page, ``at[1]`` the sidebar (as in Streamlit)."""
        return 2

    def __getitem__(self, index: int) -> RootView:
        return (self.main, self.sidebar)[index]

    def __iter__(self) -> Iterator[Any]:
        """Every node of the last run as Streamlit's AppTest iterates its tree (root blocks,
        then depth first in page order; see ``blocks.root_blocks``)."""
        return root_blocks(self.tree, self)

    def __getattr__(self, name: str) -> Any:
        if name in ACCESSORS:
            return self.get(name)
        raise AttributeError(f"AppTest has no attribute {name!r}")

    def __repr__(self) -> str:
        return f"AppTest({str(self._script.path)!r}, runs={self._session.run_count})"


__all__ = ["AppTest"]
