"""Applies reconcile ops to real widgets, updating them in place.

Widgets are created or removed only when the script adds or removes elements; a
moved widget is moved in its layout (never re-created), so focus, cursor and
selection survive every rerun.
"""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import QBoxLayout, QGraphicsOpacityEffect, QWidget

from rerunqt.core.element import Element, changed_props
from rerunqt.qt import focus, transplant
from rerunqt.qt.adapters import ADAPTERS, Adapter, Host
from rerunqt.qt.adapters.base import apply_width
from rerunqt.qt.children import Children
from rerunqt.qt.column import Column, focus_inside, reshow
from rerunqt.qt.places import Places
from rerunqt.qt.staging import Staging, split_first_render
from rerunqt.reconcile import Create, Move, Op, Remove, Update, diff
from rerunqt.reconcile.ops import Path

STALE_OPACITY = 0.45
_PANEL = Adapter()  # the adapter of an error panel: never called (a failed record is re-created)


def panel_element(element: Element, exc: BaseException) -> Element:
    """The exception element shown in place of one whose adapter raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = tuple(line.rstrip("\n") for line in traceback.format_list(frames))
    props = (
        ("type", f"rerunqt could not show this {element.kind}"),
        ("message", f"{type(exc).__name__}: {exc}"),
        ("traceback", lines),
        ("width", "stretch"),
    )
    return Element("exception", element.key, props)


class Record:
    """One element's widget, the adapter that drew it and the element it shows."""

    __slots__ = ("adapter", "element", "failed", "host", "widget")

    def __init__(self, widget: QWidget, adapter: Adapter, element: Element, host: Host,
                 failed: bool = False) -> None:
        self.widget = widget
        self.adapter = adapter
        self.element = element
        self.host = host  # where its events go: the window, or the form it is in
        self.failed = failed  # the adapter raised: ``widget`` is an error panel in its place


class Renderer:
    """Keeps the page's widgets equal to the last tree it was given.

    Each element is applied under a guard: if updating a widget raises, a fresh widget
    is built for the element; if building one raises, an error panel takes its place
    (its children wait inside it) while the rest of the page renders, and the next
    change to the element tries its adapter again.
    """

    def __init__(self, page_layout: QBoxLayout, host: Host,
                 places: Places | dict[str, Children] | None = None) -> None:
        self.root = Column(page_layout)
        self.places = places if isinstance(places, Places) else Places(places)
        self.host = host
        self.records: dict[Path, Record] = {}
        self.shown: tuple[Element, ...] = ()
        self.widgets_created = 0
        self.failures = 0  # elements shown as error panels (for tests and logs)
        self._taken: dict[str, transplant.Taken] = {}  # widgets moving to another container
        # A long first page: its top now, the rest in idle slices (qt/staging.py).
        self.staging = Staging(lambda op: self._create(op.parent, op.position, op.element),
                               self.fix_tab_order, page_layout)

    @property
    def pending(self) -> int:
        """Elements of the shown page whose widgets are still to be created."""
        return len(self.staging.pending)

    def complete(self) -> None:
        """Create every widget still pending: the whole page exists when this returns."""
        self.staging.run()

    def render(self, tree: tuple[Element, ...]) -> list[Op]:
        """Bring the page to ``tree``; returns the ops applied (for tests and logs)."""
        self.complete()  # the diff assumes every shown element has its widget
        ops = diff(self.shown, tree)
        applied, deferred = split_first_render(ops, bool(self.records))
        structural = False
        if self.records:
            self._taken = transplant.take(self, ops)
        for op in ops:
            if isinstance(op, Move) and not (self.failures and self._blocked(op.parent)):
                moving = self.records[op.path]
                self._column(op.parent, moving.element.kind).remove(moving.widget)  # detach first
        for op in applied:
            if isinstance(op, Update):
                if not (self.failures and self._blocked(op.path[:-1])):
                    self._update(op)
                continue
            structural = True
            parent = op.path[:-1] if isinstance(op, Remove) else op.parent
            if self.failures and self._blocked(parent):  # only then can it be in a panel
                continue
            if isinstance(op, Remove):
                self._remove(op.path, op.element)
            elif isinstance(op, Create):
                self._create(op.parent, op.position, op.element)
            else:
                self._move(op)
        if self._taken:
            transplant.drop(self, self._taken)
        self.shown = tree
        if structural:
            self.fix_tab_order()
        if deferred:
            self.staging.start(deferred)
        return ops

    def _blocked(self, parent: Path) -> bool:
        """Whether ``parent`` is inside an error panel (or gone with one)."""
        while parent:
            record = self.records.get(parent)
            if record is None or record.failed:
                return True
            parent = parent[:-1]
        return False

    # ----- ops -----
    def _column(self, parent: Path, kind: str = "") -> Children:
        """Where the children of ``parent`` go; a top-level root kind has its own place."""
        if not parent:
            place = self.places.get(kind)
            return self.root if place is None else place
        record = self.records[parent]
        children = None if record.failed else record.adapter.children(record.widget)
        if children is None:
            raise TypeError(f"{record.element.kind} cannot contain elements")
        return children

    def _host(self, parent: Path) -> Host:
        """A container may give its children their own host (a form holds their edits)."""
        if not parent:
            return self.host
        record = self.records[parent]
        return record.adapter.child_host(record.widget, record.host)

    def _create(self, parent: Path, index: int, element: Element) -> None:
        host = self._host(parent)
        path = (*parent, element.key)
        if self._taken and element.key in self._taken and self._taken[element.key].record.host is host:
            self._reinsert(parent, index, element, self._taken.pop(element.key))
            return
        try:
            adapter = ADAPTERS[element.kind]
            widget = adapter.create(host.displayed(element), host)
            left = adapter.left_aligned(element)
            apply_width(widget, element)
        except Exception as exc:
            self._create_panel(parent, index, element, host, exc)
            return
        self.widgets_created += 1
        widget.setProperty("rqKind", element.kind)
        self.records[path] = Record(widget, adapter, element, host)
        if element.stale:
            _set_stale(widget, True)
        self._column(parent, element.kind).insert(index, widget, left)
        for child_index, child in enumerate(element.children):
            self._create(path, child_index, child)

    def _reinsert(self, parent: Path, index: int, element: Element, taken: transplant.Taken) -> None:
        """A widget from another container goes here, updated, with its focus back."""
        record = taken.record
        path = (*parent, element.key)
        self.records[path] = record
        old, record.element = record.element, element
        left = record.adapter.left_aligned(element)
        self._column(parent, element.kind).insert(index, record.widget, left)
        reshow(record.widget, taken.focused)
        changed = changed_props(old, element)
        if changed or old.stale != element.stale:
            self._update(Update(path, old, element, changed | ({"stale"} if old.stale != element.stale
                                                                  else frozenset())))

    def _create_panel(self, parent: Path, index: int, element: Element, host: Host,
                      exc: Exception) -> None:
        """An error panel where ``element`` should be: what failed, and rerunqt's traceback."""
        traceback.print_exception(exc)
        panel = ADAPTERS["exception"].create(panel_element(element, exc), host)
        panel.setProperty("rqKind", element.kind)
        panel.setProperty("rqFailed", True)
        path = (*parent, element.key)
        self.records[path] = Record(panel, _PANEL, element, host, failed=True)
        self.failures += 1
        self._column(parent, element.kind).insert(index, panel, False)

    def _update(self, op: Update) -> None:
        record = self.records[op.path]
        if record.failed:  # the element changed: try its adapter again
            self._recreate(op.path, op.new)
            return
        changed = op.changed
        try:
            if "stale" in changed:
                _set_stale(record.widget, op.new.stale)
                changed = changed - {"stale"}
            if changed:
                record.adapter.update(record.widget, op.old, record.host.displayed(op.new), changed)
                if "width" in changed:
                    apply_width(record.widget, op.new)
                left = record.adapter.left_aligned(op.new)
                if left != record.adapter.left_aligned(op.old):
                    self._column(op.path[:-1], op.new.kind).set_left_aligned(record.widget, left)
        except Exception as exc:  # a fresh widget may work; if not, _create shows a panel
            traceback.print_exception(exc)
            record.element = op.old
            self._recreate(op.path, op.new)
            return
        record.element = op.new

    def _recreate(self, path: Path, element: Element) -> None:
        """Replace the widget at ``path`` by a new one for ``element``, in the same place."""
        record = self.records[path]
        parent = path[:-1]
        index = self._column(parent, record.element.kind).index_of(record.widget)
        self._remove(path, record.element)
        self._create(parent, max(index, 0), element)

    def _move(self, op: Move) -> None:
        record = self.records[op.path]
        left = False if record.failed else record.adapter.left_aligned(record.element)
        self._column(op.parent, record.element.kind).insert(op.position, record.widget, left)

    def _remove(self, path: Path, element: Element) -> None:
        record = self.records.pop(path, None)
        if record is None:  # taken to another container (transplant)
            return
        if record.failed:
            self.failures -= 1
        else:
            self._forget_children(path, element)
        widget = record.widget
        focused = focus_inside(widget)
        if focused is not None:  # before its chunk hides, which moves Qt's focus on
            _focus_page(focused)
        if not path[:-1] or path[:-1] in self.records:
            self._column(path[:-1], element.kind).remove(widget)
        record.host.set_pending(widget, None)
        record.host.forget(element.key)
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()

    def _forget_children(self, path: Path, element: Element) -> None:
        for child in element.children:
            child_path = (*path, child.key)
            record = self.records.pop(child_path, None)
            if record is not None and record.failed:
                self.failures -= 1
            self._forget_children(child_path, child)

    def reset(self) -> None:
        """Remove every widget: the next render builds the page from scratch."""
        self.staging.drop()
        for path, record in list(self.records.items()):
            if len(path) == 1:
                self._remove(path, record.element)
        self.records.clear()
        self.failures = 0
        self.shown = ()

    def set_left_aligned(self, path: Path, left: bool) -> None:
        """Keep the widget at ``path`` at its natural width on the left, or let it span
        its column (the page's CSS: ``.stButton > button { width: 100% }``)."""
        record = self.records.get(path)
        if record is not None and not record.failed:
            self._column(path[:-1], record.element.kind).set_left_aligned(record.widget, left)

    # ----- queries -----
    def fix_tab_order(self) -> None:
        """Tab visits widgets in page order, whatever order they were created in."""
        chain: list[QWidget] = []
        self._collect_focus((), self.shown, chain)
        chain = focus.by_tab_index(chain)
        groups: dict[QWidget, list[QWidget]] = {}  # a dialog or popover keeps its own chain
        for widget in chain:
            groups.setdefault(widget.window(), []).append(widget)
        for group in groups.values():
            for first, second in zip(group, group[1:]):
                QWidget.setTabOrder(first, second)


    @property
    def tab_chain(self) -> list[QWidget]:
        """Every Tab stop of the page, in page order, as it is now (qt/focus.py steps
        through it; an adapter may add stops without a structural change, e.g. a file
        row's remove button)."""
        self.complete()
        chain: list[QWidget] = []
        self._collect_focus((), self.shown, chain)
        return focus.by_tab_index(chain)

    def _collect_focus(self, parent: Path, elements: tuple[Element, ...], out: list[QWidget]) -> None:
        for element in elements:
            path = (*parent, element.key)
            record = self.records.get(path)
            if record is None:
                continue
            out.extend(record.adapter.focus_widgets(record.widget))
            if element.children:
                self._collect_focus(path, element.children, out)

    def find(self, *, key: str | None = None, label: str | None = None,
             kind: str | None = None) -> list[Record]:
        """Records of widgets by user key / widget id, by label, and by kind, in page order."""
        out: list[Record] = []
        for record in self._in_page_order():
            element = record.element
            if kind is not None and element.kind != kind:
                continue
            if key is not None and element.key not in (key, (element.kind, f"key:{key}")):
                continue  # a widget's id or user key, a keyed element's (kind, "key:...")
            if label is not None and element.prop("label") != label:
                continue
            out.append(record)
        return out

    def _in_page_order(self) -> list[Record]:
        self.complete()
        ordered: list[Record] = []

        def visit(parent: Path, elements: tuple[Element, ...]) -> None:
            for element in elements:
                path = (*parent, element.key)
                record = self.records.get(path)
                if record is not None:
                    ordered.append(record)
                    visit(path, element.children)

        visit((), self.shown)
        return ordered

    def widget_count(self) -> int:
        self.complete()
        return len(self.records)


def _set_stale(widget: QWidget, stale: bool) -> None:
    if stale:
        effect = QGraphicsOpacityEffect(widget)
        effect.setOpacity(STALE_OPACITY)
        widget.setGraphicsEffect(effect)
    else:
        widget.setGraphicsEffect(None)  # type: ignore[arg-type]
    widget.setProperty("rqStale", stale)


def _focus_page(focused: QWidget) -> None:
    """The focused widget is going (the clicked button a rerun no longer draws): nothing
    keeps the focus, as a browser's goes back to the document, rather than Qt's next
    widget in the tab chain (a text field then took it with its text selected, and a
    keystroke replaced it). Tab then starts from the top of the page."""
    focused.clearFocus()
