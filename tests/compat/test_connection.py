"""st.connection("sql"): queries into DataFrames, cached for ttl; sqlite without SQLAlchemy."""

from __future__ import annotations

import builtins
import sqlite3
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import rerunqt as st
from rerunqt.core import connection as connection_module
from rerunqt.errors import RerunQtAPIError
from rerunqt.testing import AppTest


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "pets.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table pet (name text, age int)")
        conn.executemany("insert into pet values (?, ?)", [("Rex", 3), ("Tom", 5)])
    connection_module._open.clear()
    return path


def _no_sqlalchemy(monkeypatch: pytest.MonkeyPatch) -> None:
    real = builtins.__import__

    def fake(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "sqlalchemy" or name.startswith("sqlalchemy."):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)


@pytest.mark.parametrize("with_sqlalchemy", [True, False])
def test_query_returns_a_dataframe_cached_until_ttl(db: Path, monkeypatch: pytest.MonkeyPatch,
                                                    with_sqlalchemy: bool) -> None:
    if with_sqlalchemy:
        pytest.importorskip("sqlalchemy")
    else:
        _no_sqlalchemy(monkeypatch)
    at = AppTest.from_string(f"""
        import rerunqt as st
        conn = st.connection("sql", url="sqlite:///{db}")
        df = conn.query("select * from pet where age > :age" if {with_sqlalchemy}
                        else "select * from pet where age > ?",
                        params={{"age": 1}} if {with_sqlalchemy} else (1,), ttl=3600)
        st.write(", ".join(df["name"]))
    """).run()
    assert not at.exception, at.exception
    assert at.markdown[0].value == "Rex, Tom"
    with sqlite3.connect(db) as conn:
        conn.execute("insert into pet values ('Kit', 1), ('Ann', 9)")
    at.run()
    assert at.markdown[0].value == "Rex, Tom"  # cached for the hour


def test_the_same_name_gives_the_same_connection_and_ttl_zero_requeries(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_sqlalchemy(monkeypatch)
    conn = st.connection("pets", type="sql", url=f"sqlite:///{db}")
    assert st.connection("pets", type="sql", url=f"sqlite:///{db}") is conn
    assert list(conn.query("select name from pet", ttl=0)["name"]) == ["Rex", "Tom"]
    with sqlite3.connect(db) as raw:
        raw.execute("insert into pet values ('Kit', 1)")
    assert list(conn.query("select name from pet", ttl=0)["name"]) == ["Rex", "Tom", "Kit"]


def test_the_url_comes_from_secrets(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_sqlalchemy(monkeypatch)
    at = AppTest.from_string("""
        import rerunqt as st
        st.write(str(len(st.connection("pets_db").query("select * from pet"))))
    """)
    at.secrets["connections"] = {"pets_db": {"type": "sql", "url": f"sqlite:///{db}"}}
    at.run()
    assert not at.exception, at.exception
    assert at.markdown[0].value == "2"


def test_clear_errors(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(Exception, match="has no database URL"):
        st.connection("sql")
    with pytest.raises(Exception, match="'sql' connection"):
        st.connection("snow", type="mongodb")
    with pytest.raises(Exception, match="ttl='soon'"):
        st.connection("sql", ttl="soon", url=f"sqlite:///{db}")
    _no_sqlalchemy(monkeypatch)
    with pytest.raises(Exception, match=r"pip install 'rerunqt\[sql\]'"):
        st.connection("pg", type="sql", url="postgresql://localhost/db")


def test_streamlit_connections_names_the_sql_connection_class(tmp_path) -> None:
    """``from streamlit.connections import SQLConnection`` and the class path as a string
    (Streamlit 1.67's st.connection examples 3 and 4)."""
    db = tmp_path / "pets.db"
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\n"
        "from streamlit.connections import SQLConnection, BaseConnection\n"
        f"a = st.connection('a', type=SQLConnection, url='sqlite:///{db}')\n"
        f"b = st.connection('b', type='streamlit.connections.SQLConnection', url='sqlite:///{db}')\n"
        "st.text(f'{type(a).__name__} {type(b).__name__} {issubclass(SQLConnection, BaseConnection)}')\n")
    at = AppTest.from_file(script).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.text[0].value == "SQLConnection SQLConnection True"


def test_a_sqlite_dialect_and_database_in_secrets_work_without_sqlalchemy(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streamlit's st.connection examples 1 and 2 give ``dialect``/``database`` in the
    secrets, not a URL; for sqlite that needs no SQLAlchemy."""
    _no_sqlalchemy(monkeypatch)
    at = AppTest.from_string("""
        import rerunqt as st
        first = st.connection("first_connection", type="sql")
        second = st.connection("second_connection")
        st.write(str(len(first.query("select * from pet"))), second.url)
    """)
    at.secrets["connections"] = {
        "first_connection": {"dialect": "sqlite", "database": str(db)},
        "second_connection": {"type": "sql", "dialect": "sqlite", "database": str(db)},
    }
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.markdown[0].value == f"2 sqlite:///{db}"


def test_another_dialect_without_sqlalchemy_names_the_connection(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _no_sqlalchemy(monkeypatch)
    connection_module._open.clear()
    with pytest.raises(Exception, match=r"st.connection\('warehouse'\) from dialect.*needs SQLAlchemy"):
        st.connection("warehouse", type="sql", dialect="postgresql", host="db.example")


TUTORIAL_CONNECTION = """
    import sqlite3
    import streamlit as st
    from streamlit.connections import BaseConnection
    from streamlit.runtime.caching import cache_data

    class Pets(BaseConnection[sqlite3.Connection]):
        def _connect(self, **kwargs):
            path = kwargs.pop("database", None) or self._secrets.get("database", ":memory:")
            return sqlite3.connect(path, check_same_thread=False)

        def cursor(self):
            return self._instance.cursor()

        def query(self, sql, ttl=3600):
            @cache_data(ttl=ttl)
            def _query(sql):
                return self.cursor().execute(sql).fetchall()
            return _query(sql)

    conn = st.connection("pets", type=Pets)
    st.write(conn.query("select name from pet order by name"))
    st.text(conn._secrets.database.endswith("pets.db"))
    first = conn._instance
    conn.reset()
    st.text(conn._instance is not first)
    try:
        conn.execute
    except AttributeError as error:
        st.text(str(error))
"""


def test_a_connection_written_as_streamlit_s_tutorial_writes_it(db: Path) -> None:
    """``BaseConnection[Client]``, ``self._secrets`` as an attribute section, ``_instance``
    made again after ``reset()``, and Streamlit's hint for a client's attribute."""
    at = AppTest.from_string(TUTORIAL_CONNECTION)
    at.secrets["connections"] = {"pets": {"database": str(db)}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.text] == [
        "True", "True", "`execute` doesn't exist here, but you can call `._instance.execute` "
        "instead"]
    assert at.json[0].value == '[["Rex"], ["Tom"]]'


def test_a_custom_connection_without_its_secrets_section_reads_an_empty_one(
        tmp_path: Path) -> None:
    at = AppTest.from_string("""
        import streamlit as st
        from streamlit.connections import BaseConnection

        class Echo(BaseConnection[dict]):
            def _connect(self, **kwargs):
                return {"where": self._secrets.get("where", "nowhere"), **kwargs}

        c = st.connection("echo", type=Echo, colour="red")
        st.text(c._instance)
        st.text(c._secrets.to_dict())
        st.text(len(c._secrets))
    """)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.value for t in at.text] == ["{'where': 'nowhere', 'colour': 'red'}", "{}", "0"]


def test_a_session_scoped_connection_is_made_once_per_session() -> None:
    """``scope()`` returning "session": each session (here two AppTests) gets its own
    instance, reused by that session's runs; a global one is shared."""
    script = """
        import itertools
        import sys
        import streamlit as st
        from streamlit.connections import BaseConnection
        MADE = sys.modules.setdefault("made_counter", itertools.count(1))

        class Mine(BaseConnection[int]):
            @classmethod
            def scope(cls):
                return SCOPE
            def _connect(self, **kwargs):
                return next(MADE)

        st.text(st.connection("mine", type=Mine)._instance)
    """
    # the class is defined again by every run: the connection is found by the class's name
    for scope, second in (("session", "2"), ("global", "1")):
        connection_module._open.clear()
        sys.modules.pop("made_counter", None)
        first_app = AppTest.from_string(f"SCOPE = {scope!r}\n" + textwrap.dedent(script))
        first_app.run()
        first_app.run()
        other_app = AppTest.from_string(f"SCOPE = {scope!r}\n" + textwrap.dedent(script))
        other_app.run()
        assert first_app.text[0].value == "1", scope
        assert other_app.text[0].value == second, scope


def test_an_expired_connection_is_closed_and_a_bad_scope_is_named() -> None:
    connection_module._open.clear()
    closed: list[int] = []

    class Counted(connection_module.BaseConnection[int]):
        def _connect(self, **kwargs: Any) -> int:
            return len(closed)

        def close(self) -> None:
            closed.append(self._instance)

    first = st.connection("c", type=Counted, ttl=0)
    second = st.connection("c", type=Counted, ttl=0)
    assert first is not second and closed == [0]

    class Odd(Counted):
        @classmethod
        def scope(cls) -> Any:
            return "app"

    with pytest.raises(RerunQtAPIError, match="Connection class Odd has scope 'app'"):
        st.connection("odd", type=Odd)


def test_streamlits_other_connection_names_import_and_fail_as_without_snowflake() -> None:
    from rerunqt.compat.streamlit.connections import (
        BaseConnection,
        ExperimentalBaseConnection,
        SnowflakeConnection,
    )

    assert ExperimentalBaseConnection is BaseConnection  # 1.22-era apps subclass it
    assert issubclass(SnowflakeConnection, BaseConnection)
    for script in ('c = st.connection("snowflake")',
                   'from streamlit.connections import SnowflakeConnection\n'
                   'c = st.connection("x", type=SnowflakeConnection)'):
        at = AppTest.from_string("import streamlit as st\n" + script).run()
        assert [e.message for e in at.exception] == [
            "No module named 'snowflake'. You need to install the 'snowflake-connector-python' "
            "package to use this connection."]


def test_a_name_without_a_type_takes_its_type_from_the_secrets_or_fails_as_streamlit(
        tmp_path: Path) -> None:
    """The docs' "Advanced concepts" ``st.connection("my_database")``: with no type and a
    name that is not one (sql, snowflake), the type comes from secrets.toml, and without
    it the secrets' error stands (Streamlit's "No secrets found" / missing key), not a
    complaint about a type the script never gave."""
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nconn = st.connection('my_database')\n")
    at = AppTest.from_file(script).run()
    assert at.exception[0].value.startswith("No secrets found. Valid paths")
    at = AppTest.from_file(script)
    at.secrets["other"] = {"x": 1}
    at.run()
    message = at.exception[0].value
    assert "connections" in message and "provides the 'sql' connection" not in message


def test_a_connection_class_named_by_its_full_path_is_imported(tmp_path: Path) -> None:
    """``type="my_connections.EchoConnection"`` (Streamlit: "the fully qualified name of a
    class") imports that class, from the script's folder too."""
    (tmp_path / "my_connections.py").write_text(textwrap.dedent("""
        from streamlit.connections import BaseConnection

        class EchoConnection(BaseConnection[str]):
            def _connect(self, **kwargs):
                return "echo " + kwargs.get("word", "?")
    """))
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\n"
                      "c = st.connection('e', type='my_connections.EchoConnection', word='hi')\n"
                      "st.text(c._instance)\n")
    at = AppTest.from_file(script).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.text[0].value == "echo hi"
