"""``import streamlit`` in a script run by rerunqt is rerunqt, and only there."""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from rerunqt.testing import AppTest


def _app(folder: Path, source: str, **modules: str) -> AppTest:
    for name, text in modules.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(text))
    path = folder / "app.py"
    path.write_text(textwrap.dedent(source))
    return AppTest.from_file(path).run()


@pytest.fixture
def real_streamlit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A stand-in for an installed Streamlit, importable by the test process."""
    site = tmp_path_factory.mktemp("site")
    (site / "streamlit").mkdir()
    (site / "streamlit" / "__init__.py").write_text("REAL = True\n")
    sys.path.insert(0, str(site))
    yield site
    sys.path.remove(str(site))
    for name in [m for m in sys.modules if m == "streamlit" or m.startswith("streamlit.")]:
        del sys.modules[name]


def test_every_import_form_gives_rerunqt(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import streamlit
        import streamlit as st
        from streamlit import button, text as show
        import streamlit.runtime
        st.title("hello")
        show(str(button("go")))
        show(str(streamlit.runtime.exists()))
    """)
    assert not at.exception
    assert at.title[0].value == "hello"
    assert [t.value for t in at.text] == ["False", "True"]
    assert at.button[0].label == "go"


def test_the_script_s_own_modules_are_aliased_too(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import streamlit as st
        import helpers
        helpers.greet("Ada")
    """, helpers="""
        import streamlit as st
        def greet(name):
            st.header(f"Hello {name}")
    """)
    del sys.modules["helpers"]
    assert not at.exception
    assert at.header[0].value == "Hello Ada"


def test_nothing_outside_the_run_changes(tmp_path: Path) -> None:
    _app(tmp_path, "import streamlit as st\nst.text('x')\n")
    assert "streamlit" not in sys.modules
    if importlib.util.find_spec("streamlit") is None:  # no real Streamlit installed here
        with pytest.raises(ModuleNotFoundError):
            import streamlit  # noqa: F401


def test_a_real_streamlit_stays_importable_beside_the_alias(tmp_path: Path, real_streamlit: Path) -> None:
    import streamlit as real

    at = _app(tmp_path, """
        import streamlit as st
        st.text(str(hasattr(st, "REAL")) + " " + st.__name__)
    """)
    assert at.text[0].value == "False rerunqt.compat.streamlit"
    assert real.REAL is True
    assert sys.modules["streamlit"] is real  # the run did not replace it


def test_a_library_imported_during_the_run_gets_the_real_streamlit(
        tmp_path: Path, real_streamlit: Path) -> None:
    (real_streamlit / "third_party.py").write_text("import streamlit\nIS_REAL = hasattr(streamlit, 'REAL')\n")
    at = _app(tmp_path, """
        import streamlit as st
        import third_party
        st.text(str(third_party.IS_REAL))
    """)
    assert at.text[0].value == "True"
    del sys.modules["third_party"]


def test_runtime_and_scriptrunner(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import threading
        import streamlit as st
        from streamlit import runtime
        from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx
        ctx = get_script_run_ctx()
        thread = threading.Thread(target=print)
        st.text(f"{runtime.exists()} {ctx is not None} {add_script_run_ctx(thread) is thread}")
        st.text(str(ctx.session_id == get_script_run_ctx().session_id))
        from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx as old
        from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx as new
        st.text(f"{old() is not None} {new() is not None}")
    """)
    assert [t.value for t in at.text] == ["True True True", "True", "True True"]
    from rerunqt.compat.streamlit.runtime import exists
    from rerunqt.compat.streamlit.runtime.scriptrunner import get_script_run_ctx

    assert get_script_run_ctx() is None and exists() is False


def test_the_old_rerun_and_stop_exceptions_rerun_and_stop(tmp_path: Path) -> None:
    """Apps from before st.rerun raise RerunException(RerunData()) (imported from
    Streamlit's runtime) to rerun and StopException() to stop; the import failed."""
    at = _app(tmp_path, """
        import streamlit as st
        from streamlit.runtime.scriptrunner import RerunData, RerunException, StopException
        from streamlit.runtime.scriptrunner.script_runner import RerunData as OldPath
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        if st.button("again") and st.session_state.runs < 5:
            raise RerunException(RerunData())
        st.text(f"run {st.session_state.runs} {OldPath is RerunData}")
        if st.checkbox("stop"):
            raise StopException()
        st.text("end")
    """)
    assert [t.value for t in at.text] == ["run 1 True", "end"]
    at.button[0].click().run()
    assert not at.exception
    assert [t.value for t in at.text] == ["run 3 True", "end"]  # the click's run, then again
    at.checkbox[0].check().run()
    assert not at.exception
    assert [t.value for t in at.text] == ["run 4 True"]


def test_a_self_launching_script_imports_streamlit_s_cli(tmp_path: Path) -> None:
    """Scripts that start themselves with `python app.py` import streamlit.web.cli at the
    top and call it only when no runtime exists; the import stopped them in rerunqt."""
    at = _app(tmp_path, """
        import sys
        import streamlit as st
        from streamlit import runtime
        from streamlit.web import cli as stcli
        from streamlit.web import bootstrap

        if __name__ == "__main__":
            if runtime.exists():
                st.text("running")
            else:
                sys.argv = ["streamlit", "run", sys.argv[0]]
                sys.exit(stcli.main())
        try:
            bootstrap.run("app.py", False, [], {})
        except st.errors.StreamlitAPIException as exc:
            st.text(str(exc)[:30])
    """)
    assert not at.exception
    assert [t.value for t in at.text] == ["running", "streamlit.web.cli.main() start"]
    at = _app(tmp_path, "import streamlit.web.server")
    assert "Streamlit's web server" in at.exception[0].message


def test_type_hint_imports_of_pages_and_session_state(tmp_path: Path) -> None:
    """Apps annotate with StreamlitPage and SessionStateProxy from Streamlit's modules; the
    imports failed. Importing streamlit.navigation.page keeps st.navigation the function."""
    at = _app(tmp_path, """
        import streamlit as st
        st.navigation  # loaded before the submodule is imported
        from streamlit.navigation.page import StreamlitPage
        from streamlit.runtime.state import QueryParamsProxy, SessionStateProxy, WidgetCallback
        from streamlit.runtime.state.session_state_proxy import SessionStateProxy as Proxy

        def home() -> None:
            st.text("home")

        page: StreamlitPage = st.Page(home, title="Home")
        st.text(str([isinstance(page, StreamlitPage), isinstance(st.session_state, Proxy),
                     Proxy is SessionStateProxy, isinstance(st.query_params, QueryParamsProxy)]))
        st.navigation([page]).run()
    """)
    assert not at.exception
    assert [t.value for t in at.text] == ["[True, True, True, True]", "home"]


def test_streamlit_errors_catch_rerunqt_s_errors(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import streamlit as st
        from streamlit.errors import DuplicateWidgetID, StreamlitAPIException
        try:
            st.selectbox("pick", ["a"], index=5)
        except StreamlitAPIException as exc:
            st.text("API: " + str(exc)[:20])
        st.button("same")
        try:
            st.button("same")
        except DuplicateWidgetID:
            st.text("duplicate")
    """)
    assert not at.exception
    assert at.text[0].value.startswith("API: ")
    assert at.text[1].value == "duplicate"


def test_a_markdown_formatted_exception_is_shown_as_markdown(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import streamlit as st
        from streamlit.errors import MarkdownFormattedException, StreamlitAPIException
        st.exception(st.errors.MarkdownFormattedException("# Oh no"))
        st.exception(RuntimeError("# plain"))
        st.text(str(issubclass(StreamlitAPIException, MarkdownFormattedException)))
    """)
    assert [e.value for e in at.exception] == ["# Oh no", "# plain"]
    assert at.exception[0].is_markdown and not at.exception[1].is_markdown
    assert at.text[0].value == "True"  # catching it catches Streamlit's API errors too


def test_components_html_shows_rich_text_without_scripts(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import streamlit.components.v1 as components
        components.html('''
            <h3>Report</h3>
            <script>alert("never")</script>
            <p>All <b>good</b></p>
        ''', height=200)
    """)
    assert not at.exception
    frame = at.get("iframe")[0]  # Streamlit's element: an iframe with this HTML as srcdoc
    assert "<h3>Report</h3>" in frame.html and "<p>All <b>good</b></p>" in frame.html
    assert "never" not in frame.html
    assert frame.height == 200 and "Scripts were not run" in frame.note


def test_delta_generator_is_the_block_type(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import streamlit as st
        from streamlit.delta_generator import DeltaGenerator
        def fill(where: DeltaGenerator) -> None:
            where.text("inside")
        column, = st.columns(1)
        fill(column)
        st.text(str(isinstance(column, DeltaGenerator)))
    """)
    assert [t.value for t in at.text] == ["inside", "True"]


def test_column_config_and_missing_submodules_are_clear(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import streamlit as st
        from streamlit.column_config import NumberColumn
        st.write(str(NumberColumn("n", format="%d")["label"]), str(st.column_config.TextColumn("t")["label"]))
    """)
    assert not at.exception, at.exception
    assert at.markdown[0].value == "n t"
    at = _app(tmp_path, "import streamlit.proto\n")
    message = at.exception[0].message
    assert "'streamlit.proto'" in message and "streamlit.runtime" in message


def test_imports_in_callbacks_are_aliased(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        import streamlit as st
        def clicked():
            import streamlit
            streamlit.session_state.n = streamlit.session_state.get("n", 0) + 1
        st.button("go", on_click=clicked)
        st.text(str(st.session_state.get("n", 0)))
    """)
    at.button[0].click().run()
    assert at.text[0].value == "1"


def test_star_import_and_the_api_level_version(tmp_path: Path) -> None:
    at = _app(tmp_path, """
        from streamlit import *
        import streamlit
        title(streamlit.__version__)
        text(streamlit.rerunqt_version)
    """)
    import rerunqt

    assert at.title[0].value == "1.67.0"
    assert at.text[0].value == rerunqt.__version__


def test_a_local_package_and_its_submodules_are_aliased(tmp_path: Path) -> None:
    (tmp_path / "pages_lib").mkdir()
    (tmp_path / "pages_lib" / "__init__.py").write_text("from . import parts\n")
    (tmp_path / "pages_lib" / "parts.py").write_text(
        "import streamlit as st\ndef show():\n    st.subheader('from a package')\n")
    at = _app(tmp_path, "import pages_lib.parts\npages_lib.parts.show()\n")
    assert not at.exception, [e.value for e in at.exception]
    assert at.subheader[0].value == "from a package"
    for name in ("pages_lib", "pages_lib.parts"):
        del sys.modules[name]


def test_published_apps_internal_imports_uploaded_file_and_get_logger(tmp_path, caplog) -> None:
    """Two imports found in many published apps (type hints, Streamlit's app template)."""
    from rerunqt.testing import AppTest

    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\n"
        "from streamlit.runtime.uploaded_file_manager import UploadedFile\n"
        "from streamlit.logger import get_logger\n"
        "LOGGER = get_logger(__name__)\n"
        "LOGGER.info('started')\n"
        "up = st.file_uploader('f')\n"
        "st.text(UploadedFile.__name__)\n")
    with caplog.at_level("INFO"):
        at = AppTest.from_file(script).run()
    assert not at.exception
    assert at.text[0].value == "UploadedFile"
    assert "started" in caplog.messages


def test_a_custom_connection_imports_the_cache_decorators_from_runtime_caching(
        tmp_path: Path) -> None:
    """Streamlit's connection tutorial writes ``from streamlit.runtime.caching import
    cache_data`` in a ``BaseConnection`` subclass: the decorator caches as st.cache_data."""
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent("""\
        import streamlit as st
        from streamlit.connections import BaseConnection
        from streamlit.runtime.caching import cache_data, cache_resource

        class Rows(BaseConnection[dict]):
            def _connect(self, **kwargs):
                return {"calls": 0}

            def query(self, n, ttl=3600):
                @cache_data(ttl=ttl)
                def _query(n):
                    self._instance["calls"] += 1
                    return list(range(n))
                return _query(n)

        conn = st.connection("rows", type=Rows)
        st.write(conn.query(3), conn.query(3))
        st.text(conn._instance["calls"])
        st.text(cache_resource is st.cache_resource)
    """))
    at = AppTest.from_file(str(script)).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.text] == ["1", "True"]
