"""st.context: the computer's locale and time zone, the window's theme, no HTTP request."""

from __future__ import annotations

import datetime as dt

import pytest

import rerunqt as st
from rerunqt.testing import AppTest


def test_a_script_reads_the_documented_attributes() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        c = st.context
        st.write(repr((c.locale, c.timezone, c.timezone_offset, c.theme.type)))
        st.write(repr((dict(c.headers), dict(c.cookies), c.ip_address, c.url, c.is_embedded)))
        st.write(repr(c.headers.get("host", "none")))
    """).run()
    assert not at.exception
    locale, timezone, offset, theme = eval(at.markdown[0].value)
    assert (isinstance(locale, str) and "-" in locale) or locale == "en"
    assert isinstance(timezone, str) and timezone
    expected = dt.datetime.now().astimezone().utcoffset()
    assert expected is not None and offset == -int(expected.total_seconds() // 60)
    assert theme in ("light", "dark")
    assert at.markdown[1].value == "({}, {}, None, None, False)"
    assert at.markdown[2].value == "'none'"


def test_locale_and_time_zone_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    monkeypatch.setattr("locale.getlocale", lambda *_: ("de_DE", "UTF-8"))
    assert st.context.timezone == "Europe/Paris"
    assert st.context.locale == "de-DE"


def test_headers_are_read_only_and_a_missing_one_says_why() -> None:
    with pytest.raises(KeyError, match="a desktop app has no headers"):
        st.context.headers["host"]
    with pytest.raises(TypeError):
        st.context.cookies["a"] = "b"  # type: ignore[index]
    assert st.context.headers.get_all("host") == []


def test_theme_type_follows_the_window_s_theme() -> None:
    from rerunqt.core import session_context

    session_context.set_theme_type("dark")
    try:
        assert st.context.theme.type == "dark"
    finally:
        session_context._window_theme.clear()
    assert st.context.theme.type == "light"
