"""Messages for a wrong option name: the did-you-mean of an unknown option or section."""

from __future__ import annotations

from collections.abc import Iterable

from rerunqt.config_options import OPTIONS, SECTIONS


def close_matches(word: str, choices: Iterable[str], n: int = 1, cutoff: float = 0.6) -> list[str]:
    """difflib's suggestions, imported only when a name is wrong."""
    import difflib

    return difflib.get_close_matches(word, list(choices), n=n, cutoff=cutoff)


class UnknownOptionError(KeyError):
    """A lookup used a name that is not an option; ``str()`` is the plain message."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def unknown_message(key: str) -> str:
    """'unknown option ...' plus a did-you-mean (option first, then section) or the list."""
    close = close_matches(key, OPTIONS, n=1)
    section = key.split(".", 1)[0]
    if close:
        hint = f"did you mean {close[0]!r}?"
    elif section in SECTIONS:
        hint = f"options in [{section}] are " + ", ".join(
            repr(k) for k, o in OPTIONS.items() if o.section == section and o.listed)
    else:
        hint = f"there is no section [{section}]; {section_hint(section)}"
    return f"unknown option {key!r}; {hint}"


def section_hint(section: str) -> str:
    near = close_matches(section, SECTIONS, n=1)
    return f"did you mean [{near[0]}]?" if near else "sections are " + ", ".join(
        f"[{s}]" for s in SECTIONS if "." not in s)  # not the [theme.light]... sub-sections
