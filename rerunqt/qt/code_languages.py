"""Colouring for st.code's other common languages: SQL, shell, JavaScript and its C-like
kin, YAML, TOML, R and CSS.

Streamlit colours every language its highlighter knows; rerunqt coloured Python and JSON
only, so a data app's ``st.code(query, language="sql")`` was plain black. One scanner per
family finds comments, strings, numbers and keywords (the colours st.code uses for
Python); what is not listed here stays plain. Pure Python.
"""

from __future__ import annotations

import re

_C_KEYWORDS = (
    "abstract async await break case catch class const continue default delete do else enum "
    "export extends false final finally fn for func function go if impl implements import in "
    "instanceof interface let match mod mut new nil null package private protected public "
    "pub return self static struct super switch this throw throws trait true try type typeof "
    "undefined use var void while yield"
)
_SQL_KEYWORDS = (
    "add all alter and as asc avg between by case cast count create cross delete desc "
    "distinct drop else end exists false from full group having if in index inner insert "
    "intersect into is join key left like limit max min not null offset on or order outer "
    "over partition primary references right select set sum table then true union unique "
    "update using values view when where with"
)
_SHELL_KEYWORDS = (
    "case cd do done echo elif else esac exit export fi for function if in local return "
    "set source then unset until while"
)
_R_KEYWORDS = "break else FALSE for function if in library NA next NULL repeat require return TRUE while"
_YAML_KEYWORDS = "false no null off on true yes"

_NUMBER = r"\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b"


def _family(comment: str, strings: str, words: str, flags: int = 0, key: str | None = None,
            ) -> tuple[re.Pattern[str], frozenset[str], bool]:
    """A scanner: one pattern whose groups are comment, string, key, number and word."""
    key_part = f"(?P<key>{key})" if key else "(?P<key>(?!))"
    pattern = re.compile(
        f"(?P<comment>{comment})|(?P<string>{strings})|{key_part}|(?P<number>{_NUMBER})"
        r"|(?P<word>\b[A-Za-z_]\w*\b)", flags | re.MULTILINE)
    folded = bool(flags & re.IGNORECASE)
    return pattern, frozenset(w.lower() if folded else w for w in words.split()), folded


_QUOTED = r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
_C_LIKE = _family(r"//[^\n]*|/\*[\s\S]*?\*/", _QUOTED + r"|`(?:[^`\\]|\\.)*`", _C_KEYWORDS)
_FAMILIES = {
    "sql": _family(r"--[^\n]*|/\*[\s\S]*?\*/", r"'(?:[^']|'')*'", _SQL_KEYWORDS, re.IGNORECASE),
    "shell": _family(r"(?<![\w$])#[^\n]*", _QUOTED, _SHELL_KEYWORDS),
    "r": _family(r"#[^\n]*", _QUOTED, _R_KEYWORDS),
    "yaml": _family(r"(?<!\S)#[^\n]*", _QUOTED, _YAML_KEYWORDS, re.IGNORECASE,
                    key=r"^[ \t-]*[\w.-]+(?=[ \t]*:(?:\s|$))"),
    "toml": _family(r"#[^\n]*", _QUOTED, "false true", key=r"^[ \t]*[\w.-]+(?=[ \t]*=)"),
    # a palette app's ``:root { --color-1: #97d147; }``: comments, strings, properties
    "css": _family(r"/\*[\s\S]*?\*/", _QUOTED, "",
                   key=r"(?<=[{;\s])-{0,2}[A-Za-z][\w-]*(?=[ \t]*:[^:{]*[;}\n])"),
    "c": _C_LIKE,
}
_NAMES = {
    "sql": "sql", "mysql": "sql", "postgresql": "sql", "sqlite": "sql", "plsql": "sql",
    "bash": "shell", "sh": "shell", "shell": "shell", "zsh": "shell", "console": "shell",
    "r": "r", "css": "css", "scss": "css", "less": "css",
    "yaml": "yaml", "yml": "yaml", "toml": "toml", "ini": "toml",
    **dict.fromkeys(("javascript", "js", "jsx", "typescript", "ts", "tsx", "java", "c", "cpp",
                     "c++", "csharp", "cs", "go", "rust", "kotlin", "swift", "php", "scala",
                     "dart"), "c"),
}


def other_colours(source: str, language: str, colours: dict[str, str]) -> list[tuple[int, int, str]] | None:
    """(start, end, colour) spans of ``source`` in ``language``, or None for a language
    not coloured here; ``colours`` maps comment, string, number, keyword and key."""
    family = _NAMES.get(language.lower())
    if family is None:
        return None
    pattern, keywords, folded = _FAMILIES[family]
    spans = []
    for match in pattern.finditer(source):
        kind = match.lastgroup
        if kind == "word":
            word = match.group()
            if (word.lower() if folded else word) not in keywords:
                continue
            kind = "keyword"
        start = match.start()
        if kind == "key" and family == "yaml":  # a list item's key: the key, not its dash
            text = match.group()
            start += len(text) - len(text.lstrip(" \t-"))
        spans.append((start, match.end(), colours[kind or "string"]))
    return spans
