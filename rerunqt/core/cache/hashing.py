"""Hashing a cached function's arguments by content, as Streamlit does.

Two calls hit the same entry when their arguments have the same *contents*, not the
same identity: a re-read DataFrame, an equal list, a new but equal dataclass. Values
are fed into one MD5 digest with a type tag, so ``1`` and ``"1"`` differ. A value of an
unknown type falls back to its pickle; one that cannot be pickled, or a plain class's
instance (unhashable in Streamlit too), is an ``UnhashableParamError`` naming the
function and the parameter, with the two fixes.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import fractions
import hashlib
import inspect
import io
import pathlib
import pickle
import re
import types
from collections.abc import Callable, ItemsView, Mapping
from typing import Any

from rerunqt.errors import UnhashableParamError

HashFuncs = Mapping[Any, Callable[[Any], Any]]

_PLAIN = (bool, int, float, complex, type(None), decimal.Decimal, fractions.Fraction,
          datetime.date, datetime.time, datetime.timedelta, datetime.timezone,
          pathlib.PurePath, range, slice, type(Ellipsis))


def _is_uuid(value: Any) -> bool:
    """A uuid.UUID, without importing uuid (it imports platform) at ``import rerunqt``."""
    kind = type(value)
    return kind.__name__ == "UUID" and kind.__module__ == "uuid"


def _reduce_unhashable(value: Any, value_type: type) -> bool:
    """Whether Streamlit 1.67 cannot hash ``value``: an object of a kind it has no rule for
    is hashed by its ``__reduce__()``, and object's own starts with a function, which it
    cannot hash; so a plain class's instance is an UnhashableParamError there (the
    caching guide's ``MyCustomClass``). Kinds it hashes by another rule are not."""
    if getattr(value_type, "__reduce__", None) is not object.__reduce__:
        return False
    if isinstance(value, (io.IOBase, types.MappingProxyType)):
        return False
    return not (value_type.__module__.startswith(_OWN_RULES)
                or hasattr(value, "model_dump_json"))  # a pydantic model


_OWN_RULES = ("PIL.", "polars.", "pydantic", "unittest.mock", "tempfile")


class _CannotHash(Exception):
    def __init__(self, value: Any, reason: str) -> None:
        super().__init__(reason)
        self.value = value


class _HashFuncFailed(Exception):
    """A hash_funcs function raised; ``chain`` collects the objects being hashed, the
    failed one first, as the error unwinds (nothing is kept on the happy path)."""

    def __init__(self, exc: Exception, value: Any, function: Callable[[Any], Any]) -> None:
        super().__init__(str(exc))
        self.exc, self.function, self.chain = exc, function, [value]


def type_name(value_type: type) -> str:
    return f"{value_type.__module__}.{value_type.__qualname__}"


class Hasher:
    """Feeds values into one digest; ``hash_funcs`` (type or 'module.Type' -> function) first."""

    def __init__(self, hash_funcs: HashFuncs | None = None) -> None:
        self.digest = hashlib.md5(usedforsecurity=False)
        self.hash_funcs: dict[Any, Callable[[Any], Any]] = dict(hash_funcs or {})
        self._active: set[int] = set()  # ids being hashed: a cycle hashes as a back-reference

    def update(self, value: Any) -> None:
        add = self.digest.update
        value_type = type(value)
        custom = self._custom(value_type)
        if custom is not None:
            add(b"custom:" + type_name(value_type).encode())
            try:
                output = custom(value)
            except Exception as exc:
                raise _HashFuncFailed(exc, value, custom) from exc
            if self._custom(type(output)) is custom:  # hash_funcs={int: lambda x: x % 10}:
                self._plain(output, type(output))  # an int out is hashed, not fed back in
            else:
                self.update(output)
            return
        try:
            self._plain(value, value_type)
        except _HashFuncFailed as failed:
            failed.chain.append(value)
            raise

    def _plain(self, value: Any, value_type: type) -> None:
        add = self.digest.update
        if value_type is str:
            add(b"s%d:" % len(value) + value.encode("utf-8", "surrogatepass"))
        elif value_type in (bytes, bytearray, memoryview):
            data = bytes(value)
            add(b"b%d:" % len(data) + data)
        elif isinstance(value, enum.Enum):
            add(f"enum:{type_name(value_type)}.{value.name}".encode())
        elif isinstance(value, _PLAIN) or _is_uuid(value):
            add(f"{type_name(value_type)}:{value!r}".encode())
        elif id(value) in self._active:
            add(b"cycle")
        else:
            self._active.add(id(value))
            try:
                self._compound(value, value_type)
            finally:
                self._active.discard(id(value))

    def _custom(self, value_type: type) -> Callable[[Any], Any] | None:
        if not self.hash_funcs:
            return None
        for klass in value_type.__mro__:
            found = self.hash_funcs.get(klass) or self.hash_funcs.get(type_name(klass))
            if found is not None:
                return found
        return None

    def _compound(self, value: Any, value_type: type) -> None:
        add = self.digest.update
        if isinstance(value, (list, tuple)):
            add(f"{type_name(value_type)}[{len(value)}]".encode())
            for item in value:
                self.update(item)
        elif isinstance(value, Mapping):
            add(f"{type_name(value_type)}{{{len(value)}}}".encode())
            for key, item in value.items():
                self.update(key)
                self.update(item)
        elif isinstance(value, (set, frozenset)):
            add(f"{type_name(value_type)}<{len(value)}>".encode())
            for part in sorted(self._sub_digest(item) for item in value):
                add(part)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            add(f"dataclass:{type_name(value_type)}".encode())
            for field in dataclasses.fields(value):
                self.update(field.name)
                self.update(getattr(value, field.name))
        elif isinstance(value, (types.FunctionType, types.MethodType, types.BuiltinFunctionType)):
            add(function_digest(value).encode())
        elif isinstance(value, type):
            add(f"type:{type_name(value)}".encode())
        elif value_type.__module__.startswith("numpy"):
            self._numpy(value)
        elif value_type.__module__.startswith("pandas"):
            self._pandas(value)
        elif isinstance(value, types.ModuleType):  # as Streamlit: by name
            add(f"module:{value.__name__}".encode())
        elif isinstance(value, ItemsView):
            self.update(dict(value))
        elif isinstance(value, re.Pattern):
            self.update((value.pattern, value.flags))
        elif _reduce_unhashable(value, value_type):
            raise _CannotHash(value, "its __reduce__() is object's own")
        else:
            self._pickled(value)

    def _sub_digest(self, value: Any) -> bytes:
        inner = Hasher(self.hash_funcs)
        inner._active = self._active
        inner.update(value)
        return inner.digest.digest()

    def _numpy(self, value: Any) -> None:
        import numpy as np  # a numpy object exists, so numpy is imported already

        if isinstance(value, np.ndarray) and value.dtype != object:
            self.digest.update(f"ndarray:{value.dtype.str}:{value.shape}".encode())
            self.digest.update(np.ascontiguousarray(value).tobytes())
        elif isinstance(value, np.generic):
            self.digest.update(f"npscalar:{value.dtype.str}:{value!r}".encode())
        else:
            self._pickled(value)

    def _pandas(self, value: Any) -> None:
        import pandas as pd  # already imported: a pandas object exists

        if isinstance(value, (pd.DataFrame, pd.Series, pd.Index)):
            self.digest.update(f"{type(value).__name__}:{value.shape}".encode())
            if isinstance(value, pd.DataFrame):
                self.update([str(c) for c in value.columns])
                self.update([str(d) for d in value.dtypes])
            else:
                self.update(str(value.dtype))
                self.update(str(getattr(value, "name", None)))
            try:
                self.digest.update(pd.util.hash_pandas_object(value).to_numpy().tobytes())
                return
            except TypeError:  # unhashable cells (lists, dicts): their pickle instead
                pass
        self._pickled(value)

    def _pickled(self, value: Any) -> None:
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # any pickling failure means "cannot hash"
            raise _CannotHash(value, f"{type(exc).__name__}: {exc}") from None
        self.digest.update(b"pickle:" + data)


_DIGESTS: dict[Any, str] = {}  # code object -> digest: a script's def runs on every rerun


def function_digest(function: Any) -> str:
    """A function's identity: module, qualified name and source (its bytecode if none).

    Memoised per code object: the runner compiles a script once per change, so the same
    code object comes back on every rerun and its source is read once.
    """
    name = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
    target = inspect.unwrap(function) if callable(function) else function
    code = getattr(target, "__code__", None)
    if code is not None:
        found = _DIGESTS.get((name, code))
        if found is None:
            if len(_DIGESTS) > 1024:
                _DIGESTS.clear()
            found = _DIGESTS[name, code] = _source_digest(name, target)
        return found
    return _source_digest(name, target)


def _source_digest(name: str, target: Any) -> str:
    """The source, plus the bytecode: two lambdas on one line share their source line."""
    code = getattr(target, "__code__", None)
    try:
        body = inspect.getsource(target)
    except (OSError, TypeError):
        body = repr(target) if code is None else ""
    if code is not None:
        body += _code_text(code)
    return f"fn:{name}:{hashlib.md5(body.encode(), usedforsecurity=False).hexdigest()}"


def _code_text(code: types.CodeType) -> str:
    consts = [(_code_text(c) if isinstance(c, types.CodeType) else repr(c))
              for c in code.co_consts]
    return f"{code.co_code.hex()}|{consts}|{code.co_names}|{code.co_varnames}"


def plain_names(signature: inspect.Signature | None) -> tuple[str, ...] | None:
    """The parameter names when every one is positional-or-keyword (the fast path)."""
    if signature is None or any(p.kind is not p.POSITIONAL_OR_KEYWORD
                                for p in signature.parameters.values()):
        return None
    return tuple(signature.parameters)


def arguments_key(function: Callable[..., Any], signature: inspect.Signature | None,
                  args: tuple[Any, ...], kwargs: dict[str, Any],
                  hash_funcs: HashFuncs | None, api: str,
                  names: tuple[str, ...] | None = None) -> str:
    """The digest of one call's arguments; ``_``-prefixed parameters are left out.

    With ``names`` (plain_names) and every argument given positionally, the names pair
    with the values directly: Signature.bind costs more than hashing a few arguments.
    """
    hasher = Hasher(hash_funcs)
    named: Any
    if names is not None and not kwargs and len(args) == len(names):
        named = zip(names, args)
    elif signature is None:
        named = [(str(i), a) for i, a in enumerate(args)] + sorted(kwargs.items())
    else:
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError:  # Python's own words ("f() got an unexpected keyword argument"),
            function(*args, **kwargs)  # as Streamlit's call gives them: binding fails first
            raise
        bound.apply_defaults()
        named = _spread(signature, bound.arguments)
    for name, value in named:
        if name.startswith("_"):
            continue
        hasher.update(name)
        try:
            hasher.update(value)
        except (_CannotHash, RecursionError):
            raise UnhashableParamError(_unhashable_message(function, name, value, api)) from None
        except _HashFuncFailed as failed:
            from rerunqt.core.cache.errors import UserHashError

            raise UserHashError(failed.exc, failed.chain[0], failed.function, function, api,
                                failed.chain) from None
    return hasher.digest.hexdigest()


def _spread(signature: inspect.Signature, arguments: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Each argument under its name, as Streamlit names them: ``*args`` items unnamed,
    ``**kwargs`` items under their own names (so ``_x=`` there is left out too)."""
    named: list[tuple[str, Any]] = []
    for name, value in arguments.items():
        kind = signature.parameters[name].kind
        if kind is inspect.Parameter.VAR_POSITIONAL:
            named.extend(("", item) for item in value)
        elif kind is inspect.Parameter.VAR_KEYWORD:
            named.extend(value.items())
        else:
            named.append((name, value))
    return named


def _unhashable_message(function: Any, name: str, value: Any, api: str) -> str:
    """Streamlit 1.67's words (Markdown): the argument's own type, not the part inside it
    that failed; the fix is the underscore."""
    func_name = getattr(function, "__name__", "unknown")
    if name == "" or name.isdigit():  # an *args item, or an argument with no signature
        name, shown = "_arg", "(unnamed)"
    else:
        name, shown = f"_{name}", name
    return (
        f"Cannot hash argument '{shown}' (of type `{type_name(type(value))}`) in "
        f"'{func_name}'.\n\n"
        f"To address this, you can tell Streamlit not to hash this argument by adding a\n"
        f"leading underscore to the argument's name in the function signature:\n\n"
        f"```\n@st.{api}\ndef {func_name}({name}, ...):\n    ...\n```"
    )
