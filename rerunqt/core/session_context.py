"""st.context: what Streamlit learns from the user's browser, taken from the desktop here.

The locale and time zone are the computer's (the user sits at it); a desktop app gets no
HTTP request, so ``headers`` and ``cookies`` are empty read-only mappings and
``ip_address`` is None, as Streamlit gives it when it cannot know it. ``url`` is the
app's own address: the ``file://`` URL of its entry script.
``theme.type`` follows the window's theme (View > Theme), "light" without a window.
An AppTest run answers the keys its test gave in ``AppTest.context`` (core/client_seed.py).
"""

from __future__ import annotations

import datetime as dt
import locale as _locale
import os
from collections.abc import Iterator, Mapping

from rerunqt.core import context as _run
from rerunqt.core.client_seed import current_seed

_UNSEEDED = object()


def _seeded(key: str) -> object:
    """The running test's ``AppTest.context[key]`` (None for a None value), else _UNSEEDED."""
    seed = current_seed()
    if seed is None or key not in seed.context:
        return _UNSEEDED
    return seed.context[key]

_window_theme: list[str] = []  # set by the window when it applies a theme (Qt side)


def set_theme_type(theme: str) -> None:
    """The window's theme changed to "light" or "dark" (called by rerunqt.qt.app)."""
    _window_theme[:] = [theme]


class ReadOnlyMapping(Mapping[str, str]):
    """An empty, read-only, case-insensitive dict-like object (headers, cookies)."""

    def __init__(self, what: str) -> None:
        self._what = what

    def __getitem__(self, key: str) -> str:
        raise KeyError(f"{key!r}: a desktop app has no {self._what} (st.context.{self._what} "
                       f"is empty in rerunqt); use .get({key!r}) for a default")

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def get_all(self, key: str) -> list[str]:
        """Every value of a repeated header: none here."""
        return []

    def to_dict(self) -> dict[str, str]:
        return {}

    def __repr__(self) -> str:
        return "{}"


class ThemeInfo(dict[str, str]):
    """``st.context.theme``: ``{"type": "light" | "dark"}``, read by key or as ``.type``.

    A dict, as Streamlit's StreamlitTheme is: ``theme["type"]``, ``theme.get("type")``
    and ``st.write(theme)`` (JSON) work as there. Read-only: changing it changes no theme."""

    def __init__(self, type: str) -> None:
        super().__init__(type=type)

    @property
    def type(self) -> str:
        return self["type"]

    def __getattr__(self, name: str) -> str:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"st.context.theme has no {name!r}; it has 'type'") from None

    def __repr__(self) -> str:  # a plain dict's, as Streamlit's: st.text(theme), f"{theme}"
        return dict.__repr__(self)

    def _read_only(self, *args: object, **kwargs: object) -> None:
        raise TypeError("st.context.theme is read-only; set the theme in config.toml or "
                        "with View > Theme")

    __setitem__ = __delitem__ = update = setdefault = pop = popitem = clear = _read_only  # type: ignore[assignment]


class ContextProxy:
    """``st.context``: read-only facts about the session, looked up at each access."""

    headers = ReadOnlyMapping("headers")
    cookies = ReadOnlyMapping("cookies")
    ip_address: str | None = None

    @property
    def is_embedded(self) -> bool | None:
        """False: a desktop window is never inside another page."""
        seeded = _seeded("is_embedded")
        return False if seeded is _UNSEEDED else seeded  # type: ignore[return-value]

    @property
    def url(self) -> str | None:
        """The app's address: the ``file://`` URL of the entry script (``app.py``).

        Streamlit gives the URL the browser shows (scheme, host, port and page path,
        without query or anchor). A desktop app has no server, so the script file is
        its address: stable across runs and pages, a str as apps expect (the docs'
        ``st.context.url.startswith("http://localhost")`` is False, not an error),
        and telling one app from another. None outside a running app.
        """
        seeded = _seeded("url")
        if seeded is not _UNSEEDED:
            return seeded  # type: ignore[return-value]
        ctx = _run.current_or_none()
        router = getattr(ctx, "pages", None) if ctx is not None else None
        script = getattr(router, "script", None)
        path = getattr(script, "path", None)
        return None if path is None else path.resolve().as_uri()

    @property
    def locale(self) -> str | None:
        """The user's language as a BCP 47 tag (``en-US``), from the system settings."""
        seeded = _seeded("locale")
        if seeded is not _UNSEEDED:
            return seeded  # type: ignore[return-value]
        found = _locale.getlocale(_locale.LC_CTYPE)[0]
        for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
            if not found or found in ("C", "POSIX"):
                found = os.environ.get(name, "").split(".")[0] or None
        if not found or found in ("C", "POSIX"):
            return "en-US"
        return found.replace("_", "-")

    @property
    def timezone(self) -> str | None:
        """The IANA name of the computer's time zone (``Europe/Paris``), else its abbreviation."""
        seeded = _seeded("timezone")
        if seeded is not _UNSEEDED:
            return seeded  # type: ignore[return-value]
        name = os.environ.get("TZ", "").lstrip(":")
        if name and "/" in name:
            return name
        try:
            link = os.path.realpath("/etc/localtime")
        except OSError:
            link = ""
        if "zoneinfo/" in link:
            return link.split("zoneinfo/", 1)[1]
        return dt.datetime.now().astimezone().tzname()

    @property
    def timezone_offset(self) -> int | None:
        """Minutes to add to local time to get UTC, as the browser's getTimezoneOffset()."""
        seeded = _seeded("timezone_offset")
        if seeded is not _UNSEEDED:
            return seeded  # type: ignore[return-value]
        offset = dt.datetime.now().astimezone().utcoffset()
        return None if offset is None else -int(offset.total_seconds() // 60)

    @property
    def theme(self) -> ThemeInfo:
        seeded = _seeded("theme")
        if seeded is not _UNSEEDED:
            return ThemeInfo(seeded)  # type: ignore[arg-type]
        if _window_theme:
            return ThemeInfo(_window_theme[0])
        ctx = _run.current_or_none()
        base = ctx.option("theme.base", "light") if ctx is not None else "light"
        return ThemeInfo("dark" if base == "dark" else "light")

    def __repr__(self) -> str:
        return (f"st.context(locale={self.locale!r}, timezone={self.timezone!r}, "
                f"timezone_offset={self.timezone_offset!r}, theme={self.theme!r})")


context = ContextProxy()
