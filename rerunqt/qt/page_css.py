"""The app's page CSS applied to one window, after each finished run.

``st.markdown("<style>...</style>", unsafe_allow_html=True)`` styles the whole page in a
browser, whichever element drew it, for as long as the script draws it. Here the window
collects the page's ``<style>`` blocks from each finished tree (core/page_css.py), keeps
the rules rerunqt knows (core/page_css_map.py) and applies them: Qt stylesheet rules on the
window and the sidebar (qt/page_qss.py); the page column's padding, width and card
(``.block-container``); background pictures (qt/page_backdrop.py); the sidebar's width, or
it or its page list hidden (``display: none``), and widgets' labels; class rules on the app's own HTML
(core/page_css_inline.py); buttons ``width: 100%``; ``.st-key-<key>`` marks on keyed
elements. A run that no longer draws the CSS takes it away. Unchanged CSS costs a walk of
the tree and one tuple comparison per run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from rerunqt.core import style_blocks
from rerunqt.core.element import Element
from rerunqt.core.page_css import css_key, split_top, style_sheets
from rerunqt.core.page_css_inline import ClassRule, class_rules
from rerunqt.core.page_css_map import PageRule, page_rules
from rerunqt.qt import theme_state
from rerunqt.qt.adapters.form import FormBox
from rerunqt.qt.adapters.wrap_label import WrapLabel
from rerunqt.qt.page_config import set_sidebar_width
from rerunqt.qt.page_qss import background, length, rules_qss
from rerunqt.qt.page_widget import Page

if TYPE_CHECKING:
    from rerunqt.qt.window import AppWindow

# Streamlit 1.67's .block-container padding (6rem 1rem 10rem) against rerunqt's page margins
STREAMLIT_PADDING = {"top": 96.0, "right": 16.0, "bottom": 160.0, "left": 16.0}
_SIDES = ("top", "right", "bottom", "left")
_HTML = frozenset({"markdown", "caption", "html"})
_BUTTONS = {"button": ("button",), "download_button": ("download_button",),
            "form_submit_button": ("form_submit_button",),
            "button.any": ("button", "download_button", "form_submit_button", "link_button")}
_BUTTON_KINDS = frozenset(kind for kinds in _BUTTONS.values() for kind in kinds)


class PageCss:
    """Keeps one window styled by the CSS its page draws now."""

    def __init__(self, window: AppWindow) -> None:
        self.window = window
        self.sheets: tuple[str, ...] = ()
        self.drawn = -1  # core.style_blocks.drawn() at the last walk
        self.main_qss = ""
        self.classes: tuple[ClassRule, ...] = ()  # .class / #id rules for the app's HTML
        self.inlined = False  # some label holds class rules (to take them away)
        self.wide: frozenset[str] = frozenset()  # button kinds the CSS makes ``width: 100%``
        self.widened = False  # some button spans its column for the CSS (to take it back)
        self.keys: frozenset[str] = frozenset()  # the .st-key-<key> keys the CSS names
        self.keyed = False  # some widget is marked with its key (to unmark it)
        self.follows_scroll = False  # the page repaints on scrolling (a fixed picture)
        self.sidebar_width = 0  # the sidebar's width the CSS last asked for (0: none)
        self.bare: frozenset[str] = frozenset()  # kinds whose labels the CSS hides ("*": all)
        self.unlabelled = False  # some label is hidden for the CSS (to show it again)
        self.form_padding = False  # the CSS pads forms (their own margins give way to it)
        self.padded = False  # some form's margins gave way (to give them back)
        self._built = window.renderer.staging.done  # a long first page's later labels
        window.renderer.staging.done = self._staged  # get the class rules once made
        layout = window.page.layout()
        margins = layout.contentsMargins() if layout is not None else None
        self.margins = (margins.top(), margins.bottom()) if margins is not None else (24, 32)

    def update(self, tree: tuple[Element, ...]) -> None:
        """Apply the CSS of ``tree`` (a finished run's page) if it differs from the last;
        the page's class rules reach its HTML elements drawn since."""
        drawn = style_blocks.drawn()
        if drawn == self.drawn and not (self.sheets or self.inlined or self.widened or self.keyed):
            return  # no CSS here, and no script drew a style block since: nothing to walk
        self.drawn = drawn
        sheets = style_sheets(tree)
        if sheets != self.sheets:
            self.sheets = sheets
            self.apply(page_rules(sheets))
            self.classes = class_rules(sheets)
        if self.classes or self.inlined:
            self._inline()
        if self.wide or self.widened:
            self._widen()
        if self.keys or self.keyed:
            self._mark_keys()
        if self.bare or self.unlabelled:
            self._hide_labels()
        if self.form_padding or self.padded:
            self._pad_forms()

    def _pad_forms(self) -> None:
        """A form padded by the CSS (``[data-testid="stForm"] { padding: 24px }``) has that
        padding alone, as in a browser, where it replaces Streamlit's own."""
        for record in list(self.window.renderer.records.values()):
            box = record.widget
            if record.element.kind != "form" or record.failed or not isinstance(box, FormBox):
                continue
            if self.form_padding and not box.box_layout.contentsMargins().isNull():
                box.setProperty("rqCssPadded", True)  # (also after a run that padded it again)
                box.box_layout.setContentsMargins(0, 0, 0, 0)
            elif not self.form_padding and box.property("rqCssPadded"):
                box.setProperty("rqCssPadded", False)
                box.pad(bool(record.element.prop("border")))
        self.padded = self.form_padding

    def _staged(self) -> None:
        self._built()
        if self.classes:
            self._inline()
        if self.bare:
            self._hide_labels()

    def _hide_labels(self) -> None:
        """The labels of the kinds the CSS hides (``.stRadio > label { display: none }``)
        are hidden, taking no room, as a browser hides them; the others show as their
        ``label_visibility`` says (a rule that goes gives them back)."""
        for record in list(self.window.renderer.records.values()):
            element = record.element
            if record.failed or element.children or element.prop("label") is None:
                continue  # (a container's labels are its children's)
            label = record.widget.findChild(QLabel, "rqLabel")
            if label is None:
                continue
            hide = "*" in self.bare or element.kind in self.bare
            if hide and not label.isHidden():  # (a run that showed it again)
                label.setProperty("rqCssHidden", True)
                label.hide()
            elif not hide and label.property("rqCssHidden"):
                label.setProperty("rqCssHidden", False)
                label.setVisible(element.prop("label_visibility") in (None, "visible"))
        self.unlabelled = bool(self.bare)

    def _widen(self) -> None:
        """Buttons of the kinds the CSS makes ``width: 100%`` span their column; the others
        are as their element says (a rule that goes gives them back their width)."""
        renderer = self.window.renderer
        for path, record in list(renderer.records.items()):
            element, widget = record.element, record.widget
            if element.kind not in _BUTTON_KINDS or record.failed:
                continue
            wide = element.kind in self.wide
            if bool(widget.property("rqCssWide")) == wide:
                continue
            widget.setProperty("rqCssWide", wide)
            if wide:
                widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
            else:
                record.adapter.update(widget, element, element, frozenset({"width"}))
            renderer.set_left_aligned(path, not wide and record.adapter.left_aligned(element))
        self.widened = bool(self.wide)

    def _mark_keys(self) -> None:
        """Mark the elements the CSS names by key (``.st-key-card``) with an ``rqKey``
        property, which its Qt rules select; polish a widget whose mark changes."""
        for record in list(self.window.renderer.records.values()):
            if record.failed:
                continue
            key = css_key(record.element.key)
            mark = key if key is not None and key in self.keys else ""
            widget = record.widget
            if (widget.property("rqKey") or "") != mark:
                widget.setProperty("rqKey", mark)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
                for child in widget.findChildren(QWidget):  # (``.st-key-go button``)
                    child.style().unpolish(child)
                    child.style().polish(child)
        self.keyed = bool(self.keys)

    def refresh(self) -> None:
        """Write the rules again (View > Zoom scales their font sizes)."""
        if self.sheets:
            self.apply(page_rules(self.sheets))

    def _inline(self) -> None:
        """Give each HTML label of the page the current class rules (a new label, or all
        of them when the rules change) and draw it again if its HTML has a class or id."""
        classes = self.classes
        for record in list(self.window.renderer.records.values()):
            widget, element = record.widget, record.element
            if element.kind not in _HTML or not isinstance(widget, WrapLabel) or record.failed \
                    or widget.page_classes is classes:
                continue
            widget.page_classes = classes
            if _styled(element):
                record.adapter.update(widget, element, element, frozenset({"body"}))
        self.inlined = bool(classes)

    def apply(self, rules: tuple[PageRule, ...]) -> None:
        zoom = theme_state.zoom()
        main = rules_qss(rules, "main", zoom)
        if main != self.main_qss:
            self.main_qss = main
            self.window.setStyleSheet(main)
        sidebar = "\n".join(part for part in (main, rules_qss(rules, "sidebar", zoom)) if part)
        self.window.sidebar.set_page_css("\n" + sidebar if sidebar else "", _hidden(rules, "sidebar"),
                                         _hidden(rules, "sidebar_nav"),
                                         _hidden(rules, "sidebar_nav_rule"))
        self._block(rules)
        self._backdrops(rules)
        width = _sidebar_width(rules)
        if width != self.sidebar_width:  # a new width opens it so wide; drags change it then
            self.sidebar_width = width
            if width:
                set_sidebar_width(self.window.sidebar, width)
        self.wide = _wide(rules)
        self.form_padding = any(rule.target == "form" and name.startswith("padding")
                                for rule in rules for name, _ in rule.declarations)
        self.bare = frozenset(kind for target in {rule.target for rule in rules}
                              if target.startswith(("widget_label", "label:")) and _hidden(rules, target)
                              for kind in (target.partition(":")[2] or "*").split(","))
        self.keys = frozenset(rule.target.partition(":")[2] for rule in rules
                              if rule.target.startswith(("key:", "key_button:")))

    def _backdrops(self, rules: tuple[PageRule, ...]) -> None:
        """The page's and the sidebar's background pictures (qt/page_backdrop.py); the
        page repaints whole while it scrolls, so its picture stays put."""
        from rerunqt.qt.page_backdrop import picture_of, pixmap_of

        pictures: dict[str, str | None] = {"app": None, "sidebar": None}
        for rule in rules:
            if rule.target in pictures and (address := picture_of(rule.declarations)):
                pictures[rule.target] = address
        for target, widget in (("app", self.window.page), ("sidebar", self.window.sidebar.widget())):
            picture = pixmap_of(pictures[target]) if pictures[target] else None
            if isinstance(widget, Page):
                widget.set_backdrop(picture)
        if pictures["app"] and not self.follows_scroll:
            self.follows_scroll = True
            self.window.page_scroll.verticalScrollBar().valueChanged.connect(self._repaint_page)

    def _repaint_page(self) -> None:
        if self.window.page.backdrop is not None:
            self.window.page.update()

    def _block(self, rules: tuple[PageRule, ...]) -> None:
        """``.block-container``: padding in proportion to Streamlit's, max-width in pixels."""
        padding: dict[str, float] = {}
        width: int | None = None
        fill: QColor | None = None
        radius = 0
        for rule in rules:
            if rule.target != "block" or rule.scope != "main":
                continue
            for name, value in rule.declarations:
                if name in ("background", "background-color"):
                    fill = _colour(value)
                elif name == "border-radius":
                    radius = round(length(value.split()[0]) or 0) if value.split() else 0
                elif name == "padding":
                    padding.update(_box(value))
                elif name.startswith("padding-") and name[8:] in _SIDES:
                    px = length(value)
                    if px is not None:
                        padding[name[8:]] = px
                elif name == "max-width":
                    width = _max_width(value, width)
        self.window.page.set_block(fill, radius)
        layout = self.window.page.layout()
        if layout is None:
            return
        top, bottom = self.margins
        top = round(top * padding["top"] / STREAMLIT_PADDING["top"]) if "top" in padding else top
        if "bottom" in padding:
            bottom = round(bottom * padding["bottom"] / STREAMLIT_PADDING["bottom"])
        margins = layout.contentsMargins()
        if (margins.top(), margins.bottom()) != (top, bottom):
            layout.setContentsMargins(margins.left(), top, margins.right(), bottom)
        sides = [padding[s] for s in ("left", "right") if s in padding]
        side = round(32 * max(sides) / STREAMLIT_PADDING["left"]) if sides else None
        fitter = getattr(self.window.renderer.places.get("page_config"), "width_filter", None)
        if fitter is not None and (fitter.css_width, fitter.css_side) != (width, side):
            fitter.css_width, fitter.css_side = width, side
            fitter.fit()


def _sidebar_width(rules: tuple[PageRule, ...]) -> int:
    """The sidebar's pixel ``width`` / ``min-width`` (the larger), 0 when none is given."""
    sizes = {"width": 0.0, "min-width": 0.0}
    for rule in rules:
        if rule.target == "sidebar":
            for name, value in rule.declarations:
                if name in sizes:
                    sizes[name] = length(value) or 0.0
    return round(max(sizes.values()))


def _colour(value: str) -> QColor | None:
    """A background's colour (the first among its words), or None."""
    found = background(value)
    if found is None or not found.startswith("rgba("):
        return None
    r, g, b, a = (int(part) for part in found[5:-1].split(","))
    return QColor(r, g, b, a)


def _wide(rules: tuple[PageRule, ...]) -> frozenset[str]:
    """The button kinds whose last page-wide ``width`` is ``100%``."""
    kinds: set[str] = set()
    for rule in rules:
        if rule.target in _BUTTONS and rule.scope == "main" and not rule.state:
            for name, value in rule.declarations:
                if name == "width":
                    change = kinds.update if value.strip() == "100%" else kinds.difference_update
                    change(_BUTTONS[rule.target])
    return frozenset(kinds)


def _styled(element: Element) -> bool:
    """Whether class rules can change how ``element`` looks: HTML with a class, an id or a
    heading, or Markdown with a ``#`` heading."""
    body = element.prop("body")
    if not isinstance(body, str):
        return False
    html = element.kind == "html" or element.prop("unsafe_allow_html") is True
    return (html and ("class=" in body or "id=" in body or "<h" in body)) or (
        element.kind != "html" and "#" in body)


def _hidden(rules: tuple[PageRule, ...], target: str) -> bool:
    """Whether the last ``display`` / ``visibility`` of ``target`` hides it."""
    hidden = False
    for rule in rules:
        if rule.target == target:
            for name, value in rule.declarations:
                if name == "display":
                    hidden = value.strip().lower() == "none"
                elif name == "visibility":
                    hidden = value.strip().lower() in ("hidden", "collapse")
    return hidden


def _box(value: str) -> dict[str, float]:
    """``padding``'s one to four lengths as sides; nothing if one is not a length."""
    sizes = [length(word) for word in split_top(value, " ")]
    if not sizes or len(sizes) > 4 or any(size is None for size in sizes):
        return {}
    top, right, bottom, left = {1: (0, 0, 0, 0), 2: (0, 1, 0, 1), 3: (0, 1, 2, 1),
                                4: (0, 1, 2, 3)}[len(sizes)]
    return {"top": sizes[top] or 0.0, "right": sizes[right] or 0.0,
            "bottom": sizes[bottom] or 0.0, "left": sizes[left] or 0.0}


def _max_width(value: str, current: int | None) -> int | None:
    """A pixel max-width; ``none`` or a percentage (of 90 or more) as no cap (0)."""
    text = value.strip().lower()
    number = text.removesuffix("%").removesuffix("vw")
    if text in ("none", "initial", "unset") or (number != text and _number(number) >= 90):
        return 0
    px = length(text)
    return round(px) if px is not None and px > 0 else current


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
