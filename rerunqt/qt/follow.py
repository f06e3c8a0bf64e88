"""Views that follow their end: a chat's page, a scrolling container of chat messages.

As Streamlit's scroll-to-bottom containers (1.67): such a view is *pinned* while the user
is at its end, and content that grows there (a new message, a streamed reply) scrolls it
to the new end. A user who scrolls up unpins it: reruns then leave the view where the
user put it, until the user scrolls back to the end or sends a chat message. Sending
pins every following view of the chat's window, so the message and the reply the run
draws come into sight however far up the user was.

Which views follow (``wanted``): the page, while a top-level ``st.chat_input`` (pinned
under the page by rerunqt, not drawn in ``st.bottom`` by the script) is shown; a
``st.container`` with a pixel height whose ``autoscroll`` is True, or None (the
default) while it holds chat messages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

AT_END_SLACK = 8  # pixels from the end that still count as "at the end"
FOLLOW_PAGE = "rqFollowPage"  # set on a chat input that makes its page follow


class Follower(QObject):
    """Keeps one scroll area at its end while pinned (a child of the area)."""

    def __init__(self, area: QAbstractScrollArea, wanted: Callable[[], bool]) -> None:
        super().__init__(area)
        self.setObjectName("rqFollower")
        self.bar = area.verticalScrollBar()
        self.wanted = wanted
        self.pinned = True  # a view starts at its end, as Streamlit's
        self._following = False  # whether ``wanted`` held at the last range change
        self._moving = False
        self.bar.rangeChanged.connect(self._range_changed)
        self.bar.valueChanged.connect(self._value_changed)

    def pin(self) -> None:
        """Follow again from now on (a chat message was sent), and show the end now."""
        self.pinned = True
        self._range_changed(self.bar.minimum(), self.bar.maximum())

    def at_end(self) -> bool:
        return self.bar.value() >= self.bar.maximum() - AT_END_SLACK

    def _range_changed(self, low: int, high: int) -> None:
        following, was_following = self.wanted(), self._following
        self._following = following
        if following and not was_following:  # it starts following (a chat page opened)
            self.pinned = True
        if following and self.pinned and self.bar.value() != high:
            self._moving = True
            try:
                self.bar.setValue(high)
            finally:
                self._moving = False

    def _value_changed(self, value: int) -> None:
        """The user (or a focus change) scrolled: pinned again only at the end."""
        if not self._moving:
            self.pinned = self.at_end()


def pin_followers(widget: QWidget) -> None:
    """A chat message was sent from ``widget``: every following view of its window pins."""
    for follower in widget.window().findChildren(Follower):
        follower.pin()


def page_follows(content: QWidget | None) -> bool:
    """Whether the page follows its end: the strip under it holds a top-level chat input."""
    return content is not None and any(
        widget.property(FOLLOW_PAGE) for widget in content.findChildren(QWidget))


def follow_page(widget: QWidget) -> None:
    """A top-level chat input was placed in ``widget``'s window: from now on its page
    follows its end while such an input is shown (made with the first one, so a page
    without a chat pays nothing), starting at the end."""
    window = widget.window()
    scroll = getattr(window, "page_scroll", None)
    if scroll is None or getattr(window, "page_follower", None) is not None:
        return
    bottom = window.bottom  # type: ignore[attr-defined]
    follower = Follower(scroll, lambda: page_follows(bottom.content))
    window.page_follower = follower  # type: ignore[attr-defined]
    follower.pin()

