"""``st.navigation(position="top")``: the bar above the page, as Streamlit 1.67 draws it.

Pages outside a section come first as plain entries; each section is a drop-down button
(its title's Markdown drawn: bold, icons, colours) whose menu lists its pages (the
section holding the current page is marked). Entries that do not fit the window's width
move, from the end, into a last "N more" menu that names their sections, as Streamlit's
top bar does: a narrow window still reaches every page. Menu entries draw their titles'
Markdown (markdown_menu.py), as the buttons do. Tab reaches every button; Enter,
Space or Alt+Down opens a menu, whose arrows move and Enter picks; Left / Right step
between the buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QSizePolicy, QToolButton, QWidget

from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.expander_look import draw_chevron
from rerunqt.qt.adapters.label_face import label_words, mnemonic_safe
from rerunqt.qt.adapters.markdown_menu import MarkdownMenu
from rerunqt.qt.adapters.option_markdown import needs_document, show_label_markdown

Entry = tuple[Any, ...]  # (url_path, title, icon, section, help, visible, external_url)
_CHEVRON = 18  # the space a drop-down keeps right of its text for the chevron (the .qss)


@dataclass(frozen=True)
class Target:
    """Where a user clicks to open a page: a button, or a button then an entry of its menu."""

    widget: QWidget
    point: QPoint
    action: QAction | None = None


class TopButton(QToolButton):
    """One entry of the bar: a page, or a section (or "N more") that drops a menu."""

    def __init__(self, bar: TopNav, text: str, key: str) -> None:
        super().__init__(bar)
        self.bar, self.key = bar, key
        self.title: str | None = None  # a page's title as written (QtPilot.click finds it)
        self.setText(mnemonic_safe(text))  # "&" shown, not a shortcut
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if self.menu() is not None and (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                                        or (key == Qt.Key.Key_Down and alt)):
            self.showMenu()
        elif self.menu() is None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.bar.step_focus(self, -1 if key == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.menu() is not None and self.property("chevron"):
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = QRectF(self.width() - _CHEVRON - 2, 0, _CHEVRON, self.height())
            draw_chevron(painter, box, True, self.palette().buttonText().color())


class TopNav(QWidget):
    """The row of entries; ``choose(url_path)`` is the page switch a sidebar entry makes."""

    def __init__(self, choose: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("rqTopNav")
        self.setAccessibleName("Pages")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._choose = choose
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._shape: tuple[Any, ...] = ()
        self.buttons: list[TopButton] = []
        self.current = ""
        self.overflow = TopButton(self, "", "$$more")
        self.overflow.setObjectName("rqTopNavMore")
        self.overflow.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.overflow.setMenu(_menu(self.overflow))
        self.overflow.hide()
        self._layout.addWidget(self.overflow)
        self._layout.addStretch(1)
        self._pages: list[Entry] = []

    # ----- filling -----
    def set_pages(self, pages: Sequence[Entry], current: str) -> None:
        """Build the entries when the pages change; otherwise only move the marks, so the
        button with the keyboard focus stays (a page chosen from the keyboard)."""
        shape = tuple(tuple(entry[:5]) for entry in pages)
        self._pages = list(pages)
        self.current = current
        if shape != self._shape:
            self._shape = shape
            self._build()
        self._mark()
        self._fit()

    def groups(self) -> list[tuple[str, list[Entry]]]:
        """("", [page]) per page outside a section, first; then (section, its pages)."""
        plain = [("", [entry]) for entry in self._pages if not entry[3]]
        sections: dict[str, list[Entry]] = {}
        for entry in self._pages:
            if entry[3]:
                sections.setdefault(entry[3], []).append(entry)
        return plain + list(sections.items())

    def _build(self) -> None:
        focused = next((b.key for b in self.buttons if b.hasFocus()), None)
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index, (section, entries) in enumerate(self.groups()):
            if section:
                words, face = label_words(section)  # a section's title is Markdown (Streamlit)
                button = TopButton(self, words, f"section:{section}")
                button.setObjectName("rqTopNavSection")
                show_label_markdown(button, section, words, section, face, fit=False)
                button.setProperty("chevron", True)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                menu = _menu(button)
                menu.set_sources(self._fill_menu(menu, entries))
                button.setMenu(menu)
            else:
                url_path, title, icon, _, help_text, *_ = entries[0]
                words, face = label_words(title)  # a page's title is Markdown (Streamlit)
                shown = entry_text(words, icon)
                button = TopButton(self, shown, f"page:{url_path}")
                button.setObjectName("rqTopNavPage")
                button.title = title
                show_label_markdown(button, title, shown, entry_text(title, icon), face)
                button.setCheckable(True)
                button.setToolTip(help_text or "")
                button.clicked.connect(lambda _=False, path=url_path: self._picked(path))
            self._layout.insertWidget(index, button)
            self.buttons.append(button)
        again = next((b for b in self.buttons if b.key == focused), None)
        if again is not None:
            again.setFocus()
        self.setTabOrder(self.buttons[-1] if self.buttons else self, self.overflow)

    def _fill_menu(self, menu: QMenu, entries: Sequence[Entry]) -> dict[str, str]:
        """Add the entries; returns the Markdown to draw in place of their words (a title's
        colours, bold, icons: as the bar's own buttons draw them) for set_markdown."""
        sources: dict[str, str] = {}
        for url_path, title, icon, _, help_text, *_ in entries:
            shown = entry_text(label_words(title)[0], icon)
            action = menu.addAction(mnemonic_safe(shown))
            if needs_document(title):
                sources[shown] = entry_text(title, icon)
            action.setCheckable(True)
            action.setData(url_path)
            action.setToolTip(help_text or label_words(title)[0])
            action.setProperty("title", title)
            action.triggered.connect(lambda _=False, path=url_path: self._picked(path))
        return sources

    def _picked(self, url_path: str) -> None:
        self._mark()  # a plain entry's own toggle is undone: the run marks the page shown
        self._choose(url_path)

    def _mark(self) -> None:
        """The current page checked, its section (or the "more" menu holding it) marked."""
        for button, (section, entries) in zip(self.buttons, self.groups(), strict=False):
            holds = any(entry[0] == self.current for entry in entries)
            if section:
                for action in button.menu().actions():
                    action.setChecked(action.data() == self.current)
                _set_current(button, holds)
                words = label_words(section)[0]
                button.setAccessibleName(f"{words}, current section" if holds else words)
            else:
                button.setChecked(holds)
                _set_current(button, holds)
                title = label_words(entries[0][1])[0]
                button.setAccessibleName(f"{title}, current page" if holds else title)

    # ----- fitting the width -----
    def sizeHint(self) -> QSize:
        """Small: the toolbar gives the bar the window's width, and the bar decides what
        fits (a large hint would let the toolbar hide the whole bar behind its own ">>")."""
        return QSize(self.overflow.sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _height(self) -> int:
        return max([b.sizeHint().height() for b in self.buttons] or [0])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Show the entries that fit, from the start; the rest go into "N more"."""
        groups = self.groups()
        widths = [b.sizeHint().width() for b in self.buttons]
        gap = self._layout.spacing()
        room = self.width()
        shown = len(widths)
        if sum(widths) + gap * max(len(widths) - 1, 0) > room:
            shown = 0
            for count in range(len(widths) - 1, -1, -1):
                hidden = sum(len(entries) for _, entries in groups[count:])
                self.overflow.setText(f"{hidden} more")
                need = sum(widths[:count]) + gap * count + self.overflow.sizeHint().width()
                if need <= room:
                    shown = count
                    break
        for index, button in enumerate(self.buttons):
            button.setVisible(index < shown)
        rest = groups[shown:]
        self.overflow.setVisible(bool(rest))
        if rest:
            self._fill_overflow(rest)

    def _fill_overflow(self, rest: list[tuple[str, list[Entry]]]) -> None:
        menu = self.overflow.menu()
        assert isinstance(menu, MarkdownMenu)
        menu.clear()
        count = sum(len(entries) for _, entries in rest)
        self.overflow.setText(f"{count} more")
        sections = any(section for section, _ in rest)
        sources: dict[str, str] = {}
        for section, entries in rest:
            if section and sections:
                words = label_words(section)[0]
                menu.addAction(mnemonic_safe(words)).setEnabled(False)
                if needs_document(section):
                    sources[words] = section
            sources.update(self._fill_menu(menu, entries))
        menu.set_sources(sources)  # the moved entries look as they did on the bar
        holds = any(entry[0] == self.current for _, entries in rest for entry in entries)
        for action in menu.actions():
            action.setChecked(action.isCheckable() and action.data() == self.current)
        _set_current(self.overflow, holds)
        self.overflow.setAccessibleName(
            f"{count} more pages" + (", with the current page" if holds else ""))

    # ----- keyboard and tests -----
    def step_focus(self, button: TopButton, delta: int) -> None:
        row = [b for b in (*self.buttons, self.overflow) if b.isVisible()]
        if button in row:
            row[(row.index(button) + delta) % len(row)].setFocus(Qt.FocusReason.TabFocusReason)

    def focus_widgets(self) -> list[QWidget]:
        return [b for b in (*self.buttons, self.overflow) if not b.isHidden()]

    def target(self, title: str) -> Target | None:
        """Where a user clicks to open the page ``title``: its entry, or the button whose
        menu lists it and the menu's entry (QtPilot.click)."""
        for button in (*self.buttons, self.overflow):
            if button.isHidden():
                continue
            menu = button.menu()
            if menu is None:
                if title in (_title(button.text()), button.title):
                    return Target(button, button.rect().center())
                continue
            for action in menu.actions():
                if action.isCheckable() and title in (_title(action.text()),
                                                      action.property("title")):
                    return Target(button, button.rect().center(), action)
        return None


def _menu(button: QToolButton) -> MarkdownMenu:
    menu = MarkdownMenu(button)
    menu.setObjectName("rqTopNavMenu")
    menu.setToolTipsVisible(True)
    return menu


def _set_current(button: QToolButton, current: bool) -> None:
    if bool(button.property("current")) != current:
        button.setProperty("current", current)
        button.style().unpolish(button)
        button.style().polish(button)


UNKNOWN_ICON = "\u2022"  # a Material icon with no symbol here: a dot keeps the titles in line


def entry_text(title: str, icon: str | None) -> str:
    """A page's entry: its icon's symbol, two spaces, its title. Streamlit draws every
    Material icon; one rerunqt has no symbol for is a dot, so its title still lines up
    with the titles of pages that have an icon."""
    shown = icon_text(icon) or (UNKNOWN_ICON if icon else "")
    return f"{shown}  {title}" if shown else title


def _title(text: str) -> str:
    shown = text.replace("&&", "&")
    return shown.split("  ", 1)[1] if "  " in shown else shown
