"""What a button-like label shows: its Markdown reduced to words, plus the label's face.

Streamlit's widget and container labels (st.button and its kin, st.checkbox, st.toggle,
the options of st.radio / st.pills / st.segmented_control, st.expander, st.tabs,
st.popover, st.status, st.page_link) may hold GitHub-flavoured inline Markdown: bold,
italics, strikethrough, inline code, links and images; plus Streamlit's colour
directives (``:red[...]``), ``:material/<name>:`` icons and ``:emoji:`` short codes.
A Qt button, tool button or tab bar shows plain text in one font, so ``label_words``
keeps the words (markers and link targets go, an escaped character stays as written),
turns icons and short codes into their symbols, and when one emphasis wraps the whole
label reports it as a face for the widget's font: ``BOLD``, ``ITALIC``, ``STRIKE``,
``CODE``. A leading icon is set apart from the words as an ``icon=`` is.

Pure Python (no Qt). A label with none of Markdown's characters (most labels) costs one
regular-expression scan and comes back as it is.
"""

from __future__ import annotations

import re

from rerunqt.core.label_blocks import unwrap_blocks

BOLD, ITALIC, STRIKE, CODE = 1, 2, 4, 8
FACE_NAMES = ((BOLD, "bold"), (ITALIC, "italic"), (STRIKE, "strike"), (CODE, "code"))
ICON_GAP = "  "  # between an icon and the words, as the icon= parameter is shown

_MAYBE_MARKUP = re.compile(r"[*_`~\[:\\]")  # nothing else can change a label
_SPACES = re.compile(r"[ \t\r\n]{2,}|[\t\r\n]")  # a run of spaces, or a line break or tab

_CACHE: dict[str, tuple[str, int]] = {}
_CACHE_MAX = 1024


def label_words(label: str) -> tuple[str, int]:
    """The text ``label`` shows on a button, and its face (BOLD | ITALIC | ... or 0).

    ``"**Save** now"`` -> ("Save now", 0); ``"**Save**"`` -> ("Save", BOLD);
    ``":material/home: Home"`` -> ("\u2302  Home", 0); ``"A & B"`` -> ("A & B", 0).
    The reading of Markdown (``label_markup``) is loaded with the first label that has some.
    Spaces are HTML's, as the browser shows Streamlit's label: a run of them (a line break,
    a tab) is one space, none at either end (``"  A   ·   194"`` -> ``"A · 194"``); inline
    code keeps its own.
    """
    label = unwrap_blocks(label)  # "# Tickets", "- item": Streamlit unwraps label blocks
    if (label[:1] == " " or label[-1:] == " " or _SPACES.search(label) is not None) \
            and "`" not in label:
        label = _SPACES.sub(" ", label).strip(" ")
    if _MAYBE_MARKUP.search(label) is None:
        return label, 0
    found = _CACHE.get(label)
    if found is None:
        from rerunqt.core.label_markup import words

        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        found = _CACHE[label] = words(label)
    return found


def face_names(face: int) -> str:
    """The face as space-separated names ("bold italic"), "" for none."""
    return " ".join(name for flag, name in FACE_NAMES if face & flag)
