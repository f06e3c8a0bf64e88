"""Magic: every bare expression statement is written to the page, as in Streamlit.

Function calls, docstrings, ``yield``/``await`` and ``...`` are left alone. Applies
in function and class bodies and every compound statement.
"""

from __future__ import annotations

import ast

MAGIC_NAME = "__rerunqt_magic__"
_SKIPPED = (ast.Call, ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr)


class _MagicTransformer(ast.NodeTransformer):
    def _body(self, body: list[ast.stmt], docstring_allowed: bool) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for index, stmt in enumerate(body):
            if isinstance(stmt, ast.Expr) and self._is_magic(stmt, docstring_allowed and index == 0):
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
                setattr(node, field, self._body(body, docstring_scope and field == "body"))
        for field in ("handlers", "cases"):
            for child in getattr(node, field, None) or []:
                child.body = self._body(child.body, False)
        return node


def add_magic(tree: ast.Module) -> ast.Module:
    """Rewrite ``tree`` in place so bare expressions call the magic writer."""
    _MagicTransformer().visit(tree)
    return ast.fix_missing_locations(tree)
