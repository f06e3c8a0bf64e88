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
    headers, cookies, ip, url, embedded = eval(at.markdown[1].value)
    assert (headers, cookies, ip, embedded) == ({}, {}, None, False)
    assert isinstance(url, str) and url.startswith("file://") and url.endswith(".py")
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


def test_url_is_the_entry_script_s_file_url_on_every_page(tmp_path) -> None:
    """A desktop app has no server: its address is its script (docstring of context.url)."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "two.py").write_text("import rerunqt as st\nst.write(st.context.url)\n")
    app = tmp_path / "app.py"
    app.write_text("import rerunqt as st\nst.write(st.context.url)\n")
    at = AppTest.from_file(str(app)).run()
    assert at.markdown[0].value == app.resolve().as_uri()
    at.switch_page("pages/two.py").run()
    assert at.markdown[0].value == app.resolve().as_uri()
    assert st.context.url is None  # outside a running app


def test_theme_is_a_read_only_dict_as_streamlits_streamlit_theme() -> None:
    """Streamlit's st.context.theme is a dict with attribute access: scripts read
    ``theme["type"]`` or ``theme.get("type")``, and st.write shows it as JSON."""
    theme = st.context.theme
    assert theme == {"type": "light"} and theme["type"] == theme.get("type") == theme.type
    with pytest.raises(TypeError, match="read-only"):
        theme["type"] = "dark"
    with pytest.raises(AttributeError, match="has no 'colour'"):
        theme.colour
    at = AppTest.from_string("import streamlit as st\nst.write(st.context.theme)").run()
    assert at.json[0].value == '{"type": "light"}'
    assert repr(theme) == str(theme) == f"{theme}" == "{'type': 'light'}"  # as Streamlit's dict
