"""Streamlit 1.67's own docstring examples (tests/compat/doc_examples) run unchanged.

Each example is a tiny real Streamlit app (extracted by scripts/extract_doc_examples.py).
It runs through AppTest with ``import streamlit as st``: no exception, and the element it
is about is drawn. An example that cannot run here ends in the error named in
EXPECTED_ERRORS, with the reason. Each example that runs is also shown once in a real
window, which must show no error box.

``time.sleep`` and ``asyncio.sleep`` are made instant while the examples run: many sleep to show a spinner or
a countdown, and what they draw does not depend on it.
"""

from __future__ import annotations

import asyncio
import importlib.util
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rerunqt.testing import AppTest

EXAMPLES = Path(__file__).parent / "doc_examples"
FILES = sorted(p.name for p in EXAMPLES.glob("*.py"))

BROWSER = "it needs a web browser, and a rerunqt app is a native window"
NO_USER = 'st.user has no attribute "is_logged_in".'  # Streamlit 1.67's AppTest says it too
MISSING_FILE = "the example reads a local file it does not include"
PAGE_FILES = "the example is one file of a multipage app; its other pages are not in the docstring"
UPSTREAM = "the docstring example uses a name it never defines (a fragment of a bigger app)"

# file -> (text the error message must contain, why the example cannot run here)
EXPECTED_ERRORS: dict[str, tuple[str, str]] = {
    "iframe_3.py": ("Unable to read file 'reports/dashboard.html'", MISSING_FILE),
    **{f"login_{n}.py": (NO_USER, "no [auth] secrets: nobody can sign in") for n in (1, 2, 3, 4)},
    "logout_1.py": (NO_USER, "no [auth] secrets: nobody can sign in"),
    "user_1.py": (NO_USER, "no [auth] secrets: nobody can sign in"),
    # the video URL is kept (not downloaded); the missing subtitle file fails, as in Streamlit
    "video_2.py": ("subtitles.vtt' is neither a subtitle file that exists", MISSING_FILE),
    "audio_1.py": ("Error opening 'cat-purr.mp3'", MISSING_FILE),
    "audio_2.py": ("No such file or directory: 'myaudio.ogg'", MISSING_FILE),
    "video_1.py": ("No such file or directory: 'myvideo.mp4'", MISSING_FILE),
    "column_config_AudioColumn_1.py": ("No such file or directory: 'cat-purr.mp3'", MISSING_FILE),
    "download_button_3.py": ("No such file or directory: 'flower.png'", MISSING_FILE),
    "image_1.py": ("Error opening 'sunrise.jpg'", MISSING_FILE),
    "logo_2.py": ("Error opening 'images/horizontal_red.png'", MISSING_FILE),
    "Page_1.py": ("st.Page('page1.py'): no Python script at", PAGE_FILES),
    "navigation_2.py": ("st.Page('page_1.py'): no Python script at", PAGE_FILES),
    "navigation_3.py": ("st.Page('create_account.py'): no Python script at", PAGE_FILES),
    "navigation_4.py": ("st.Page('create_account.py'): no Python script at", PAGE_FILES),
    "page_link_1.py": ("Could not find page: `your_app.py`.", PAGE_FILES),
    "page_link_2.py": ("st.Page('page_2.py'): no Python script at", PAGE_FILES),
    "switch_page_2.py": ("st.Page('page_2.py'): no Python script at", PAGE_FILES),
    "connection_1.py": ("st.connection('sql') has no database URL", "needs a database in secrets.toml"),
    "connection_2.py": ("st.connection('first_connection') has no database URL",
                        "needs a database in secrets.toml"),
    "connection_3.py": ("st.connection('my_sql_connection') has no database URL",
                        "needs a database in secrets.toml"),
    "connection_4.py": ("st.connection('my_sql_connection') has no database URL",
                        "needs a database in secrets.toml"),
    "context_2.py": ("'host': a desktop app has no headers", "a desktop app has no HTTP headers"),
    "context_5.py": ("'_ga': a desktop app has no cookies", "a desktop app has no cookies"),
    "container_1.py": ("name 'np' is not defined", UPSTREAM),
    "context_8.py": ("name 'tz' is not defined", UPSTREAM),
    "write_3.py": ("name 'data_frame' is not defined", UPSTREAM),
    "help_2.py": ("name 'my_poorly_documented_function' is not defined", UPSTREAM),
    "logo_1.py": ("name 'LOGO_URL_LARGE' is not defined", UPSTREAM),
    "cache_data_1.py": ("name 'DATA_URL_1' is not defined", UPSTREAM),
    "cache_data_4.py": ("name 'make_database_connection' is not defined", UPSTREAM),
    "cache_data_5.py": ("name '_db_connection' is not defined", UPSTREAM),
    "cache_resource_1.py": ("name 'SESSION_URL_1' is not defined", UPSTREAM),
    "cache_resource_3.py": ("name 'create_sessionmaker' is not defined", UPSTREAM),
    "cache_resource_4.py": ("name '_sessionmaker' is not defined", UPSTREAM),
}

# file -> the packages it imports that rerunqt does not install: without the first, the
# example must fail on that import; without a later one (an indirect need), it is skipped.
NEEDS: dict[str, tuple[str, ...]] = {
    "area_chart_4.py": ("vega_datasets",), "bar_chart_4.py": ("vega_datasets",),
    "bar_chart_5.py": ("vega_datasets",), "cache_resource_5.py": ("pydantic",),
    "cache_resource_6.py": ("pydantic",), "context_7.py": ("pytz",),
    "graphviz_chart_1.py": ("graphviz",), "plotly_chart_1.py": ("plotly", "scipy"),
    "plotly_chart_2.py": ("plotly",),
    "pydeck_chart_1.py": ("pydeck",),  # drawn natively in 2D with pydeck installed
}
BROWSER_WHEN_INSTALLED: dict[str, str] = {}

# element.add_rows lands separately (branch `hello`); Streamlit 1.67's docstrings have no
# add_rows example, so nothing waits on it here.
PENDING: dict[str, str] = {}

# the element an example is about, where it is not the one its name says
SHOWS: dict[str, str | None] = {
    "altair_chart": "vega_lite_chart", "pyplot": "image", "echo": "code", "write": "markdown",
    "write_stream": "button", "navigation": "title", "switch_page": "button", "rerun": "button",
    "session_state": None, "cache_data": None, "cache_resource": None, "context": None, "get_option": None,
    "query_params": None, "fragment": "container", "dialog": "button", "stop": "text_input",
    "set_page_config": "page_config", "progress": "button", "skeleton": "empty", "spinner": "button",
    "help": "help", "Page": None,
    # examples that draw their element only after a click, or draw another one
    "download_button_2": "text_area", "toast_2": "button", "toast_3": "button",
    "navigation_5": "navigation", "write_4": "vega_lite_chart",
}
# a Streamlit column type -> rerunqt's ColumnSpec.type
COLUMN_TYPES = {
    "Column": "auto", "TextColumn": "text", "NumberColumn": "number", "CheckboxColumn": "checkbox",
    "SelectboxColumn": "selectbox", "DateColumn": "date", "TimeColumn": "time",
    "DatetimeColumn": "datetime", "LinkColumn": "link", "ListColumn": "list", "ImageColumn": "image",
    "JsonColumn": "json", "LineChartColumn": "line_chart", "BarChartColumn": "bar_chart",
    "AreaChartColumn": "area_chart", "ProgressColumn": "progress", "AudioColumn": "audio",
    "VideoColumn": "video", "MarkdownColumn": "markdown", "MultiselectColumn": "multiselect",
    "ButtonColumn": "button",
}


def _subject(file: str) -> str:
    return re.sub(r"_\d+\.py$", "", file)


def _missing(file: str) -> list[str]:
    return [p for p in NEEDS.get(file, ()) if importlib.util.find_spec(p) is None]


def _expected_error(file: str) -> str | None:
    """The message this example must fail with here, or None when it must run."""
    if file in EXPECTED_ERRORS:
        return EXPECTED_ERRORS[file][0]
    missing = _missing(file)
    if missing and missing[0] == NEEDS[file][0]:
        return f"No module named '{missing[0]}'"
    if missing:
        pytest.skip(f"{file} needs {', '.join(missing)}, which is not installed")
    return BROWSER_WHEN_INSTALLED.get(file)


@pytest.fixture(autouse=True)
def instant_sleep(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    async def no_wait(delay: float, result: Any = None) -> Any:
        return result

    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    monkeypatch.setattr(asyncio, "sleep", no_wait)
    yield


def _errors(at: AppTest) -> list[str]:
    return [e.value for e in at.exception]


def _check_column_config(at: AppTest, column_type: str) -> None:
    """The example's table is drawn with a column configured as ``column_type``."""
    frames = [f for f in at.get("dataframe") if f._element.kind == "dataframe"]  # (editors are listed too)
    editors = at.get("data_editor")
    assert frames or editors, "no dataframe or data_editor was drawn"
    if frames:
        specs = frames[0]._element.prop("columns")
        assert COLUMN_TYPES[column_type] in [s.type for s in specs]
        return
    editor = editors[0]._element  # data_editor keeps labels and help of a column config
    labels, columns, helps = editor.prop("labels"), editor.prop("columns"), editor.prop("help")
    assert labels != columns or any(helps), (labels, helps)


def test_every_example_is_listed_once_and_every_listed_file_exists() -> None:
    assert len(FILES) >= 180
    named = set(EXPECTED_ERRORS) | set(NEEDS) | set(PENDING)
    assert named <= set(FILES), sorted(named - set(FILES))
    assert not set(EXPECTED_ERRORS) & set(NEEDS)


@pytest.mark.parametrize("file", FILES)
def test_the_example_runs_unchanged(file: str) -> None:
    if file in PENDING:
        pytest.skip(PENDING[file])
    expected = _expected_error(file)
    at = AppTest.from_file(EXAMPLES / file, default_timeout=5).run()
    errors = _errors(at)
    if expected is not None:
        assert len(errors) == 1 and expected in errors[0], (expected, errors)
        return
    subject = _subject(file)
    if subject == "exception":  # st.exception draws the error box on purpose
        assert errors == ["This is an exception of type RuntimeError"]
        return
    assert not errors, errors
    if subject.startswith("column_config_"):
        _check_column_config(at, subject.removeprefix("column_config_"))
        return
    kind = SHOWS.get(file.removesuffix(".py"), SHOWS.get(subject, subject))
    if kind is not None:
        assert at.get(kind), f"{file} drew no {kind}; it drew {sorted({e.kind for e in _walk(at)})}"


def _walk(at: AppTest) -> list[Any]:
    from rerunqt.core.element import walk

    return walk(at.tree)


WINDOW_FILES = [f for f in FILES if f not in EXPECTED_ERRORS and f not in PENDING
                and f not in BROWSER_WHEN_INSTALLED and not _missing(f) and _subject(f) != "exception"]


class _Unowned:
    """qtbot without addWidget: each window here is deleted before the next opens, so
    qtbot must not close it again at the end."""

    def __init__(self, qtbot: Any) -> None:
        self.waitUntil = qtbot.waitUntil

    def addWidget(self, widget: Any) -> None:
        return None


@pytest.mark.qt
def test_every_runnable_example_shows_without_an_error_box(qtbot, tmp_path, monkeypatch) -> None:
    """One window per example, closed and collected before the next; an adapter that
    raises shows an error panel, a script error the error box."""
    from rerunqt.testing.pilot import QtPilot
    from rerunqt.testing.plugin import _collect_now

    monkeypatch.setenv("RERUNQT_SETTINGS_DIR", str(tmp_path))
    failed = []
    for file in WINDOW_FILES:
        pilot = QtPilot(_Unowned(qtbot), EXAMPLES / file)
        boxes = [(r.element.kind, r.element.prop("type"), r.element.prop("message"))
                 for r in pilot.window.renderer.find() if r.failed or r.element.kind == "exception"]
        if boxes:
            failed.append((file, boxes))
        pilot.close()
        pilot.window.deleteLater()
        _collect_now()
    assert not failed, failed
