"""st.connection and SQLConnection: query a database into a pandas DataFrame.

``st.connection("sql", url=...)`` (or the ``[connections.<name>]`` secrets) opens one
connection per name and parameters, shared by every run, as Streamlit caches it.
``conn.query(sql, ttl=...)`` returns a DataFrame and caches it for ``ttl`` seconds.
SQLAlchemy does the work when installed (``pip install 'rerunqt[sql]'``); without it a
``sqlite://`` URL still works through Python's own sqlite3 module.
"""

from __future__ import annotations

import builtins
import datetime as dt
import threading
import time
from typing import Any, Generic, Literal, TypeVar

from rerunqt.errors import RerunQtAPIError

_URL_PARTS = ("dialect", "driver", "username", "password", "host", "port", "database", "query")
RawConnectionT = TypeVar("RawConnectionT")
_lock = threading.Lock()
_open: dict[tuple[Any, ...], tuple[float, Any]] = {}  # (name, type, kwargs) -> (made at, conn)


def _seconds(name: str, ttl: Any) -> float | None:
    if ttl is None:
        return None
    if isinstance(ttl, dt.timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, (int, float)) and not isinstance(ttl, bool) and ttl >= 0:
        return float(ttl)
    raise RerunQtAPIError(f"{name} ttl={ttl!r} is not valid; use None, a number of seconds "
                          f"or a datetime.timedelta.")


def _need_pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise RerunQtAPIError("SQLConnection.query returns a pandas DataFrame, and pandas is "
                              "not installed: pip install 'rerunqt[sql]'.") from None
    return pandas


class BaseConnection(Generic[RawConnectionT]):
    """Streamlit's base class of connections: ``_connect(**kwargs)`` makes the client.

    As in Streamlit, it is generic in the client type (``BaseConnection[duckdb.Connection]``
    in the connection tutorial), ``_instance`` is the client (made again after ``reset()``)
    and ``_secrets`` is the ``[connections.<name>]`` secrets section as a property.
    """

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    def __getattribute__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raw = object.__getattribute__(self, "__dict__").get("_raw_instance")
            if raw is not None and hasattr(raw, name):  # Streamlit's hint, in its words
                raise AttributeError(f"`{name}` doesn't exist here, but you can call "
                                     f"`._instance.{name}` instead") from None
            raise

    def _connect(self, **kwargs: Any) -> RawConnectionT:
        raise NotImplementedError

    @property
    def _instance(self) -> RawConnectionT:
        """The client, connected again on first use after ``reset()``."""
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @property
    def _secrets(self) -> Any:
        """The ``[connections.<name>]`` section of st.secrets: keys as items and attributes,
        ``to_dict()``; empty when there is none."""
        from rerunqt.compat.secrets import SecretSection, secrets

        try:
            section = secrets["connections"][self._connection_name]
        except (KeyError, TypeError):
            section = None
        if isinstance(section, SecretSection):
            return section
        return SecretSection({}, f"st.secrets.connections.{self._connection_name}", ())

    def reset(self) -> None:
        """Drop the client: the next use of ``_instance`` connects again."""
        self._raw_instance = None

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        """Where ``st.connection`` keeps instances of this class: shared by every run."""
        return "global"

    def close(self) -> None:
        """Clean up the client; the default does nothing."""


class SQLConnection(BaseConnection[Any]):
    """A SQL database: ``query`` (cached DataFrames), ``connect()``, ``engine``, ``session``."""

    def _connect(self, **kwargs: Any) -> Any:
        config = {**self._secrets.to_dict(), **kwargs}
        url = config.pop("url", None)
        engine_kwargs = config.pop("create_engine_kwargs", {})
        parts = {k: config.pop(k) for k in _URL_PARTS if k in config}
        self._cache: dict[tuple[Any, ...], tuple[float, Any]] = {}
        sqlalchemy: Any = _optional("sqlalchemy")
        if url is None and parts.get("dialect") == "sqlite" and sqlalchemy is None:
            url = "sqlite:///" + str(parts.get("database") or "")  # as SQLAlchemy's URL.create
        elif url is None and parts:
            if sqlalchemy is None:
                raise RerunQtAPIError(
                    f"st.connection({self._connection_name!r}) from dialect/host/... needs "
                    f"SQLAlchemy: pip install 'rerunqt[sql]' (or give url='sqlite:///file.db').")
            dialect = parts.pop("dialect")
            driver = parts.pop("driver", None)
            url = sqlalchemy.engine.URL.create(f"{dialect}+{driver}" if driver else dialect, **parts)
        if url is None:
            raise RerunQtAPIError(
                f"st.connection({self._connection_name!r}) has no database URL: pass url=... "
                f"(e.g. url='sqlite:///data.db') or put url under [connections."
                f"{self._connection_name}] in .streamlit/secrets.toml.")
        self.url = str(url)
        if sqlalchemy is not None:
            return sqlalchemy.create_engine(url, **engine_kwargs)
        if not self.url.startswith("sqlite://"):
            raise RerunQtAPIError(f"st.connection with url {self.url.split(':')[0]}:... needs "
                                  f"SQLAlchemy and the database's driver: pip install 'rerunqt[sql]'.")
        import sqlite3

        path = self.url[len("sqlite://"):].lstrip("/") if self.url != "sqlite://" else ""
        if self.url.startswith("sqlite:////"):
            path = "/" + path
        return sqlite3.connect(path or ":memory:", check_same_thread=False)

    @property
    def engine(self) -> Any:
        """The SQLAlchemy Engine (the sqlite3 connection without SQLAlchemy)."""
        return self._instance

    @property
    def driver(self) -> str:
        return getattr(getattr(self._instance, "driver", None), "__str__", lambda: "sqlite3")()

    def connect(self) -> Any:
        """A new SQLAlchemy Connection (the sqlite3 connection without SQLAlchemy)."""
        raw = self._instance
        return raw.connect() if hasattr(raw, "dispose") else raw

    @property
    def session(self) -> Any:
        """A SQLAlchemy Session on the engine (needs SQLAlchemy)."""
        try:
            from sqlalchemy.orm import Session
        except ImportError:
            raise RerunQtAPIError("SQLConnection.session needs SQLAlchemy: pip install "
                                  "'rerunqt[sql]'.") from None
        return Session(self._instance)

    def query(self, sql: str, *, show_spinner: bool | str = "Running `sql.query(...)`.",
              ttl: float | int | dt.timedelta | None = None, index_col: Any = None,
              chunksize: int | None = None, params: Any = None, **kwargs: Any) -> Any:
        """Run ``sql`` and return a DataFrame, cached for ``ttl`` seconds (None: for good)."""
        pandas = _need_pandas()
        if not isinstance(sql, str):
            raise RerunQtAPIError(f"SQLConnection.query sql must be a string, got "
                                  f"{type(sql).__name__} {sql!r}.")
        limit = _seconds("SQLConnection.query", ttl)
        key = (sql, repr(params), repr(index_col), chunksize, repr(sorted(kwargs.items())))
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is not None and (limit is None or now - hit[0] < limit):
            return hit[1].copy()
        if hasattr(self._instance, "dispose"):  # SQLAlchemy
            from sqlalchemy import text

            with self._instance.connect() as conn:
                frame = pandas.read_sql(text(sql), conn, index_col=index_col, params=params,
                                        chunksize=chunksize, **kwargs)
        else:
            frame = pandas.read_sql_query(sql, self._instance, index_col=index_col, params=params,
                                          chunksize=chunksize, **kwargs)
        self._cache[key] = (now, frame)
        return frame.copy()

    def reset(self) -> None:
        raw = self._raw_instance
        if raw is not None:
            raw.dispose() if hasattr(raw, "dispose") else raw.close()
        super().reset()


class SnowflakeConnection(BaseConnection[Any]):
    """Streamlit's Snowflake connection, by name: a script may import it. Making one
    fails as Streamlit's does without the snowflake-connector-python package."""

    def _connect(self, **kwargs: Any) -> Any:
        import importlib.util

        if importlib.util.find_spec("snowflake") is None:
            raise ModuleNotFoundError(
                "No module named 'snowflake'. You need to install the "
                "'snowflake-connector-python' package to use this connection.")
        raise RerunQtAPIError("rerunqt does not provide Snowflake connections; use "
                              "snowflake.connector in a st.cache_resource function.")


class SnowflakeCallersRightsConnection(SnowflakeConnection):
    """Streamlit's caller's-rights Snowflake connection, by name (see SnowflakeConnection)."""


# "sql", or the class path Streamlit's docs write (st.connection example 3)
TYPES: dict[str, type[BaseConnection]] = {"sql": SQLConnection,
                                          "streamlit.connections.SQLConnection": SQLConnection,
                                          "snowflake": SnowflakeConnection,
                                          "snowflake-callers-rights": SnowflakeCallersRightsConnection}


def connection(name: str, type: str | builtins.type[BaseConnection] | None = None,
               max_entries: int | None = None, ttl: float | int | dt.timedelta | None = None,
               **kwargs: Any) -> Any:
    """A connection named ``name``, made once and shared (``ttl``: remade after that long)."""
    if not isinstance(name, str) or not name:
        raise RerunQtAPIError(f"st.connection name must be a non-empty string, got {name!r}.")
    limit = _seconds("st.connection", ttl)
    kind = type
    if kind is None and name in TYPES:  # st.connection("sql"): the name is the type
        kind = name
    elif kind is None:  # else secrets.toml names it; its absence fails as Streamlit's does
        from rerunqt.compat.secrets import secrets

        kind = secrets["connections"][name]["type"]
    if isinstance(kind, str) and kind not in TYPES and "." in kind:
        kind = _imported(kind)  # a class by its full name, as Streamlit allows
    if isinstance(kind, str):
        if kind not in TYPES:
            raise RerunQtAPIError(
                f"st.connection({name!r}, type={kind!r}): rerunqt provides the 'sql' connection "
                f"(SQLConnection) only; pass type='sql', or a BaseConnection subclass of your own.")
        cls: builtins.type[BaseConnection] = TYPES[kind]
    elif isinstance(kind, builtins.type) and issubclass(kind, BaseConnection):
        cls = kind
    else:
        raise RerunQtAPIError(f"st.connection type={kind!r} is not valid; use 'sql' or a "
                              f"BaseConnection subclass.")
    scope = cls.scope()
    if scope not in ("global", "session"):
        raise RerunQtAPIError(f"Invalid value for scope. Expected one of 'global', 'session'. "
                              f"Connection class {cls.__name__} has scope {scope!r}.")
    # the class by name, as Streamlit hashes it: a class defined in the script is a new
    # object each run and must still find the connection made by the first run
    key: tuple[Any, ...] = (name, cls.__module__, cls.__qualname__, repr(sorted(kwargs.items())))
    if scope == "session":  # one per session (each AppTest, each window)
        from rerunqt.core.context import current_or_none

        ctx = current_or_none()
        key += (id(ctx.state) if ctx is not None else None,)
    now = time.monotonic()
    with _lock:
        made = _open.get(key)
        if made is not None and (limit is None or now - made[0] < limit):
            return made[1]
        if made is not None:
            _release(_open.pop(key)[1])
        conn = cls(name, **kwargs)
        _open[key] = (now, conn)
        if max_entries is not None and len(_open) > max_entries:
            _release(_open.pop(next(iter(_open)))[1])
        return conn


def _imported(path: str) -> Any:
    """``"package.module.Class"``: that class, imported (a missing module fails as the
    import does, as in Streamlit)."""
    import importlib

    module, _, attribute = path.rpartition(".")
    return getattr(importlib.import_module(module), attribute)


def _release(conn: BaseConnection[Any]) -> None:
    """A connection st.connection lets go of (expired, or evicted): ``close()`` it, as
    Streamlit's resource cache does; a failing close must not break the run."""
    try:
        conn.close()
    except Exception:  # the user's close(); the connection is gone anyway
        pass


def _optional(name: str) -> Any:
    """An optional package, or None when it is not installed (imported only when asked)."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        return None
