"""Extract the doctest examples of Streamlit's public names into tests/compat/doc_examples.

Usage: python scripts/extract_doc_examples.py /path/to/unzipped/streamlit-wheel [--dry-run]

Streamlit's docstrings (Apache-2.0) hold short ``>>>`` examples, each a tiny real app; the
regression suite in tests/compat/test_doc_examples.py runs them unchanged. Only the source
is read (ast), Streamlit is never imported.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API = Path("/work/shared/reference/streamlit-1.67-api.json")
OUT = ROOT / "tests" / "compat" / "doc_examples"
VERSION = "1.67.0"

# Proxies and APIs whose docstring sits on a class (or its __call__) of another name.
CLASS_OF = {
    "cache_data": "CacheDataAPI", "cache_resource": "CacheResourceAPI",
    "context": "ContextProxy", "query_params": "QueryParamsProxy", "secrets": "Secrets",
    "session_state": "SessionStateProxy", "user": "UserInfoProxy", "bottom": "BottomContainerProxy",
    "dialog": "dialog_decorator", "connection": "connection_factory",
}
# Definitions with a private name, told apart by their file.
IN_FILE = {"cache_data": ("_decorator", "cache_data_api.py"),
           "cache_resource": ("_decorator", "cache_resource_api.py")}
SKIP_DIRS = ("testing", "proto", "web", "vendor", "external", "hello", "tests")


def public_names(api: dict) -> dict[str, str]:
    """Public name -> the definition name whose docstring documents it."""
    names = {k: CLASS_OF.get(k, k) for k, v in api.items()
             if not k.startswith("_") and isinstance(v, dict) and v.get("kind") != "module"}
    names.update({f"column_config.{c}": c for c in api["__column_config"] if c[0].isupper()})
    names.update({f"components.v1.{c}": c for c in ("html", "iframe", "declare_component")})
    return names


def docstrings(src: Path) -> dict[str, list[tuple[str, str]]]:
    """Definition name -> [(file, docstring)] for every def/class in the package."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src).as_posix()
        if any(part in SKIP_DIRS for part in rel.split("/")[:-1]):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                doc = ast.get_docstring(node)
                if doc and (">>>" in doc or "code-block:: python" in doc):
                    found.setdefault(node.name, []).append((rel, doc))
                if isinstance(node, ast.ClassDef):  # its __call__ and public members document it too
                    for sub in node.body:
                        if isinstance(sub, ast.FunctionDef) and (
                                sub.name == "__call__" or not sub.name.startswith("_")):
                            doc = ast.get_docstring(sub)
                            if doc and (">>>" in doc or "code-block:: python" in doc):
                                found.setdefault(node.name, []).append((rel, doc))
    return found


def examples(doc: str) -> list[str]:
    """The ``>>>`` and ``.. code-block:: python`` blocks of a docstring, in order.

    A ``>>>`` block without an import continues the one before it.
    """
    blocks: list[list[str]] = []
    current: list[str] | None = None
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line == ".. code-block:: python":
            indent = len(lines[i]) - len(lines[i].lstrip())
            i += 1
            while i < len(lines) and (not lines[i].strip() or lines[i].strip().startswith(":")):
                i += 1
            body: list[str] = []
            while i < len(lines) and (not lines[i].strip()
                                      or len(lines[i]) - len(lines[i].lstrip()) > indent):
                body.append(lines[i])
                i += 1
            blocks.append(textwrap.dedent("\n".join(body)).strip("\n").splitlines() + ["#import streamlit"])
            current = None
            continue
        if line.startswith(">>>") or (line.startswith("...") and current is not None):
            code = line[4:] if len(line) > 3 else ""
            if current is None:
                current = []
                blocks.append(current)
            current.append(code.rstrip())
        elif current is not None and line and _open_string(current):
            current.append(lines[i].rstrip())  # a string literal's lines, written without "..."
        else:
            current = None
        i += 1
    merged: list[str] = []
    for block in blocks:
        standalone = block[-1] == "#import streamlit"
        text = "\n".join(block[:-1] if standalone else block).strip("\n") + "\n"
        if not _compiles(text) and _compiles(text.replace('\\"', '"')):
            text = text.replace('\\"', '"')  # a raw docstring's escaped quotes
        if standalone or "import streamlit" in text:
            merged.append(text)
        elif merged and _compiles(text):  # continues the example before it
            merged[-1] += "\n" + text
        # else: not Python (a VTT file, a folder tree shown with >>>)
    return merged


def _compiles(text: str) -> bool:
    try:
        compile(text, "<example>", "exec")
    except SyntaxError:
        return False
    return True


def _open_string(block: list[str]) -> bool:
    """Whether the block so far ends inside a triple-quoted string."""
    try:
        compile("\n".join(block), "<example>", "exec")
    except SyntaxError as e:
        return "triple-quoted" in str(e) or "never closed" in str(e)
    return False


def file_stem(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", name.replace("column_config.", "column_config_"))


def main() -> int:
    src = Path(sys.argv[1]) / "streamlit"
    dry = "--dry-run" in sys.argv
    api = json.loads(API.read_text())
    docs = docstrings(src)
    report = {}
    for public, definition in sorted(public_names(api).items()):
        seen: set[str] = set()
        codes: list[str] = []
        definition, in_file = IN_FILE.get(public, (definition, ""))
        for rel, doc in docs.get(definition, []):
            if public.startswith("components.") != rel.startswith("components"):
                continue
            if not rel.endswith(in_file):
                continue
            for code in examples(doc):
                if code not in seen and "import streamlit" in code:
                    seen.add(code)
                    codes.append(code)
        report[public] = len(codes)
        for n, code in enumerate(codes, 1):
            header = (f"# From streamlit {VERSION}, docstring example {n} of st.{public}"
                      " (Apache-2.0), unchanged.\n")
            if not dry:
                OUT.mkdir(parents=True, exist_ok=True)
                (OUT / f"{file_stem(public)}_{n}.py").write_text(header + code, encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if v}, indent=0))
    print("total", sum(report.values()), "names without examples:",
          sorted(k for k, v in report.items() if not v))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
