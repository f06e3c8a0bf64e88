"""Qt-free reconciliation: diff two element trees into a list of printable ops."""

from rerunqt.reconcile.diff import diff, merge_partial
from rerunqt.reconcile.ops import Create, Move, Op, Remove, Update

__all__ = ["Create", "Move", "Op", "Remove", "Update", "diff", "merge_partial"]
