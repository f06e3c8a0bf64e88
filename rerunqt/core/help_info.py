"""What ``st.help(obj)`` shows, worked out as Streamlit 1.67 does.

The variable name as written on the calling line (``st.help(fido)`` -> ``fido``; a magic
line is its own name), the type, a one-line value (its repr when readable, else
``module.Name(signature)``), the docstring (an instance without one: its class's), and
one row per public member: name, type, and its value or the first line of its docs.
Streamlit raises on a call spread over several lines; here the name is then left out.
"""

from __future__ import annotations

import ast
import inspect
import linecache
import os
import re
import sys
import types
from typing import Any

_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__))) + os.sep
MEMORY_ADDRESS = re.compile(r"^<[a-zA-Z_][a-zA-Z0-9<>._ ]* at 0x[0-9a-fA-F]+>$")
_MAX_VALUE = 300  # characters of a repr shown before "..."

Member = tuple[str, str, str | None, str | None]  # (name, type, value, first docs line)


def help_props(obj: Any) -> tuple[tuple[str, Any], ...]:
    """The help element's properties: name, obj_type, value, value_kind ("repr" or
    "signature", which AppTest's ``.value`` reads as the name), doc, members."""
    name = variable_name(_caller_line())
    shown = module_name(obj) if isinstance(obj, types.ModuleType) else readable(obj)
    value, kind = (shown, "repr") if shown is not None else (signature_of(obj, name), "signature")
    return (("name", name or ""), ("obj_type", type_name(obj)), ("value", value),
            ("value_kind", kind if value is not None else None),
            ("doc", docstring(obj) or ""), ("members", members(obj)))


# ----- the name on the calling line -----
def _caller_line() -> str | None:
    """The line of the innermost frame outside rerunqt (the user's ``st.help(...)``)."""
    frame = sys._getframe(1)
    while frame is not None and os.path.realpath(frame.f_code.co_filename).startswith(_PACKAGE):
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return None
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
    return line.strip() or None


def variable_name(code: str | None) -> str | None:
    """``st.help(x)`` / ``st.write(x)`` -> the source of ``x`` (a walrus: its target; a
    constant: none); any other line (magic) -> the line itself, less a trailing comma."""
    if code is None:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:  # a call spread over lines: Streamlit raises here
        return None
    if not tree.body:
        return None
    call = getattr(tree.body[0], "value", None)
    if call is None:
        return None
    func = getattr(call, "func", None)
    if not isinstance(call, ast.Call) or (getattr(func, "id", None) not in ("help", "write")
                                          and getattr(func, "attr", None) not in ("help", "write")):
        return code.removesuffix(",")
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr) and isinstance(arg.target, ast.Name):
        return arg.target.id
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset:arg.end_col_offset]


# ----- type, value, docs -----
def type_name(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def docstring(obj: Any) -> str | None:
    """``obj``'s docs; an instance without any takes its class's (not a class, module,
    function, method or cached function: their own docs or none)."""
    doc = inspect.getdoc(obj)
    if doc is None and not (type(obj) in (type, types.ModuleType) or inspect.isfunction(obj)
                            or inspect.ismethod(obj) or _is_cached_function(obj)):
        doc = inspect.getdoc(type(obj))
    return doc.strip() or None if doc else None


def _is_cached_function(obj: Any) -> bool:
    from rerunqt.core.cache.function import CachedFunction

    return isinstance(obj, CachedFunction)


def readable(value: Any) -> str | None:
    """A value's repr when a person can read it (not ``<Foo object at 0x...>``), cut at
    300 characters; None for classes, modules, callables and secrets."""
    if inspect.isclass(value) or inspect.ismodule(value) or callable(value) or _is_secrets(value):
        return None
    try:
        shown = repr(value)
    except Exception:  # a broken __repr__ is not the page's fault
        return None
    if not isinstance(value, str) and MEMORY_ADDRESS.match(shown):
        return None
    shown = shown.strip()
    return shown[:_MAX_VALUE] + "..." if len(shown) > _MAX_VALUE else shown


def _is_secrets(value: Any) -> bool:
    """st.secrets: reading it would complain about a missing secrets.toml."""
    return type(value).__name__ == "SecretsProxy" and type(value).__module__.startswith("rerunqt.")


_ALIAS = "rerunqt.compat.streamlit"  # what a script's ``import streamlit`` gives (compat/hook.py)


def module_name(module: types.ModuleType) -> str:
    """A module's value is its name, as Streamlit shows it: ``st.write(st)`` after ``import
    streamlit as st`` reads "streamlit" (rerunqt's alias package stands for it)."""
    name = module.__name__
    if name == _ALIAS or name.startswith(_ALIAS + "."):
        return "streamlit" + name[len(_ALIAS):]
    return name


def signature_of(obj: Any, name: str | None) -> str | None:
    """The value of what has no readable repr: ``module.Name(signature)`` of the object
    (an instance: of its class); None when that only repeats the name."""
    subject = obj if _name(obj) else type(obj)
    title = _name(subject)
    if not title:
        return None
    module = getattr(subject, "__module__", None)
    shown = f"{module}.{title}{_signature(subject)}" if module else f"{title}{_signature(subject)}"
    return None if shown == name else shown


def _name(obj: Any) -> str | None:
    title = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    return title if isinstance(title, str) and title else None


def _signature(obj: Any) -> str:
    if not (inspect.isclass(obj) or callable(obj)):
        return ""
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return ""


# ----- members -----
def _is_property(obj: Any, attr: str) -> bool:
    for cls in inspect.getmro(type(obj)):
        found = cls.__dict__.get(attr)
        if isinstance(found, property) or inspect.isgetsetdescriptor(found):
            return True
    return False


def _weight(value: Any) -> int:
    """Values first, then callables, classes, modules (Streamlit's order)."""
    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def members(obj: Any) -> tuple[Member, ...]:
    """(name, type, value, first line of docs) per public attribute: properties are not
    evaluated (their docs are shown), imported modules are left out."""
    rows: list[tuple[int, Member]] = []
    for attr in dir(obj):
        if attr.startswith("_"):
            continue
        try:
            if _is_property(obj, attr):
                doc = docstring(getattr(type(obj), attr))
                rows.append((0, (attr, "property", None, _first_line(doc))))
                continue
            value = getattr(obj, attr)
        except Exception:  # listed by dir() but not there now (Streamlit: AttributeError)
            continue
        kind = type_name(value)
        if kind == "module":
            continue
        shown = readable(value)
        doc = _first_line(docstring(value)) if shown is None else None
        rows.append((_weight(value), (attr, kind, shown, doc)))
    rows.sort(key=lambda row: (row[0], row[1][0]))
    return tuple(member for _, member in rows)


def _first_line(text: str | None) -> str | None:
    return text.partition("\n")[0] if text else None
