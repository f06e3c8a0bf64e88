"""st.menu_button in the window: a push button with a drop-down QMenu of the options.

An option is a label as Streamlit reads one: ``:material/edit: Edit`` shows the icon's
symbol and "Edit", ``**Bold**`` and ``:red[...]`` are drawn (a MarkdownMenu).

Choosing an option sends its index and a click in one batch (one run, as chat_input
sends its message); closing the menu without a choice sends nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from rerunqt.core.element import Element
from rerunqt.core.menu_button import menu_icon_label
from rerunqt.qt.adapters.base import Adapter, Host, apply_width
from rerunqt.qt.adapters.button import icon_text
from rerunqt.qt.adapters.label_face import label_words, mnemonic_safe, with_icon
from rerunqt.qt.adapters.markdown_menu import MarkdownMenu
from rerunqt.qt.adapters.option_markdown import needs_document, show_label_markdown
from rerunqt.runner.requests import WidgetEvent


class MenuButton(QPushButton):
    """The button; ``menu()`` holds one action per option, in order."""

    def __init__(self, host: Host, widget_id: str) -> None:
        super().__init__()
        self.host, self.widget_id = host, widget_id
        self.setAutoDefault(False)
        self.setObjectName("rqButton")
        self.options: tuple[str, ...] = ()
        self.setMenu(MarkdownMenu(self))

    def set_options(self, labels: tuple[str, ...]) -> None:
        self.options = labels
        menu = self.menu()
        assert isinstance(menu, MarkdownMenu)
        menu.clear()
        sources: dict[str, str] = {}
        for n, text in enumerate(labels):
            words, face = label_words(text)
            action = menu.addAction(mnemonic_safe(words))  # "&" shown, not a shortcut
            action.triggered.connect(lambda _=False, i=n: self.choose(i))
            if face or needs_document(text):
                sources[words] = text
        menu.set_sources(sources)

    def choose(self, index: int) -> None:
        """The user picked option ``index`` from the menu."""
        if self.isEnabled():
            self.host.emit_batch([WidgetEvent(self.widget_id, index),
                                  WidgetEvent(self.widget_id, True, click=True)])


class MenuButtonAdapter(Adapter):
    kind = "menu_button"

    def create(self, element: Element, host: Host) -> QWidget:
        button = MenuButton(host, element.key)
        button.setProperty("kind", element.prop("type"))  # the stylesheet selects on it
        self.update(button, element, element, frozenset(n for n, _ in element.props))
        return button

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, MenuButton)
        props = new.props_dict()
        if changed & {"label", "icon"}:
            label, icon = props["label"], icon_text(props["icon"])
            words, face = label_words(label)  # its Markdown as words and a face
            widget.setText(mnemonic_safe(with_icon(words, icon)))
            # colours, code, part emphasis: the Markdown drawn over the words
            show_label_markdown(widget, label, with_icon(words, icon), with_icon(label, icon), face)
            widget.setAccessibleName(props["label"])
            chevron = not menu_icon_label(label, props["icon"])
            if widget.property("chevron") != chevron:  # the stylesheet hides the indicator
                widget.setProperty("chevron", chevron)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if "options" in changed:
            widget.set_options(tuple(props["options"]))
        if "help" in changed:
            widget.setToolTip(props["help"] or "")
        if "disabled" in changed:
            widget.setEnabled(not props["disabled"])
        if "type" in changed and widget.property("kind") != props["type"]:
            widget.setProperty("kind", props["type"])
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if "width" in changed:
            stretch = props["width"] == "stretch"
            widget.setSizePolicy(QSizePolicy.Policy.Expanding if stretch else QSizePolicy.Policy.Fixed,
                                 QSizePolicy.Policy.Fixed)
            apply_width(widget, new)

    def focus_widgets(self, widget: QWidget) -> list[QWidget]:
        return [widget]


MENU_BUTTON_ADAPTERS: list[Adapter] = [MenuButtonAdapter()]
