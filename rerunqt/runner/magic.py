"""Magic: every bare expression statement is written to the page, as in Streamlit.

Function calls, docstrings, ``yield``/``await`` and ``...`` are left alone. Applies
in function and class bodies and every compound statement. Streamlit's two notebook-like
options: ``magic.displayRootDocString`` shows the script's docstring, and
``magic.displayLastExprIfNoSemicolon`` the script's last expression (a call too) unless
its line ends with ";".
"""

from __future__ import annotations

import ast

MAGIC_NAME = "__rerunqt_magic__"
_SKIPPED = (ast.Call, ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr)


class _MagicTransformer(ast.NodeTransformer):
    def __init__(self, root_docstring: bool = False, last: ast.stmt | None = None) -> None:
        self.root_docstring = root_docstring
        self.last = last  # the script's last statement, shown even if a call

    def _body(self, body: list[ast.stmt], docstring_allowed: bool) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for index, stmt in enumerate(body):
            if stmt is self.last and isinstance(stmt, ast.Expr) and not isinstance(
                    stmt.value, _SKIPPED[1:]):
                out.append(self._wrap(stmt))
            elif isinstance(stmt, ast.Expr) and self._is_magic(stmt, docstring_allowed and index == 0):
                out.append(self._wrap(stmt))
            else:
                out.append(self.visit(stmt))
        return out

    @staticmethod
    def _is_magic(stmt: ast.Expr, may_be_docstring: bool) -> bool:
        value = stmt.value
        if isinstance(value, _SKIPPED):
            return False
        if isinstance(value, ast.Constant):
            if value.value is Ellipsis:
                return False
            if may_be_docstring and isinstance(value.value, str):
                return False
        return True

    @staticmethod
    def _wrap(stmt: ast.Expr) -> ast.stmt:
        value = stmt.value
        args = list(value.elts) if isinstance(value, ast.Tuple) else [value]
        call = ast.Call(func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=args, keywords=[])
        return ast.copy_location(ast.Expr(value=call), stmt)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        docstring_scope = isinstance(
            node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        )
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                docstring = docstring_scope and field == "body" and not (
                    self.root_docstring and isinstance(node, ast.Module))
                setattr(node, field, self._body(body, docstring))
        for field in ("handlers", "cases"):
            for child in getattr(node, field, None) or []:
                child.body = self._body(child.body, False)
        return node


def add_magic(tree: ast.Module, root_docstring: bool = False,
              last_expression: bool = False, source: bytes = b"") -> ast.Module:
    """Rewrite ``tree`` in place so bare expressions call the magic writer."""
    last = tree.body[-1] if last_expression and tree.body else None
    if last is not None and last.end_lineno is not None:
        lines = source.split(b"\n")
        if len(lines) >= last.end_lineno and lines[last.end_lineno - 1].rstrip().endswith(b";"):
            last = None  # a trailing ";" hides it, as in a notebook
    _MagicTransformer(root_docstring, last).visit(tree)
    return ast.fix_missing_locations(tree)
