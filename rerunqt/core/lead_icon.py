"""A leading emoji or ``:material/name:`` icon taken out of an alert's body, as Streamlit 1.67
does: ``st.success("✅ Saved")`` shows the icon enlarged beside "Saved", and AppTest reads
``value == "Saved"``, ``icon == "✅"``.

Streamlit matches its generated list of Unicode emoji; here the emoji are the code points of
that list (the BMP ones exactly, the pictograph planes by block) with their modifiers, so
no 80 kB table is loaded.
"""

from __future__ import annotations

import functools
import re

# BMP code points that begin an emoji in Unicode's emoji-test list (Streamlit's catalogue).
_BMP = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf"
    "\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u2604"
    "\u260e\u2611\u2614\u2615\u2618\u261d\u2620\u2622\u2623\u2626\u262a\u262e\u262f"
    "\u2638-\u263a\u2640\u2642\u2648-\u2653\u265f\u2660\u2663\u2665\u2666\u2668\u267b"
    "\u267e\u267f\u2692-\u2697\u2699\u269b\u269c\u26a0\u26a1\u26a7\u26aa\u26ab\u26b0\u26b1"
    "\u26bd\u26be\u26c4\u26c5\u26c8\u26ce\u26cf\u26d1\u26d3\u26d4\u26e9\u26ea\u26f0-\u26f5"
    "\u26f7-\u26fa\u26fd\u2702\u2705\u2708-\u270d\u270f\u2712\u2714\u2716\u271d\u2721"
    "\u2728\u2733\u2734\u2744\u2747\u274c\u274e\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797"
    "\u27a1\u27b0\u27bf\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d"
    "\u3297\u3299"
)
_ASTRAL = (
    "\U0001f004\U0001f0cf\U0001f170-\U0001f251\U0001f300-\U0001f64f\U0001f680-\U0001f6ff"
    "\U0001f7e0-\U0001f7f0\U0001f90c-\U0001f9ff\U0001fa70-\U0001faff"
)
_BASE = f"[{_BMP}{_ASTRAL}]"
# Variation selector, skin tones, keycap mark, tag characters (subdivision flags).
_MOD = "[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff\u20e3\U000e0020-\U000e007f]*"
_EMOJI = (
    "(?:[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
    "|[0-9#*]\ufe0f?\u20e3"  # a keycap
    f"|{_BASE}{_MOD}(?:\u200d{_BASE}{_MOD})*)"  # joined sequences (families, professions)
)
_LEADING_MATERIAL = re.compile(r"^(:material/[a-z0-9_]+:)\s*(.*)", re.DOTALL)


@functools.cache
def _emoji_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a leading emoji and the rest, exactly one emoji): compiled at the first text that is
    not plain ASCII (a few ms: the classes are large), not when the app starts."""
    return re.compile(f"^({_EMOJI})[_ -]*(.*)", re.DOTALL), re.compile(_EMOJI)


def is_emoji(text: str) -> bool:
    """Whether ``text`` is exactly one emoji (a joined sequence such as 🧑‍💻 counts as one)."""
    return not text.isascii() and _emoji_patterns()[1].fullmatch(text) is not None


def split_leading_icon(body: str) -> tuple[str, str]:
    """(icon, rest of the body): the icon is "" when the body does not begin with one."""
    if body.isascii() and not body.startswith(":material"):
        return "", body
    found = _LEADING_MATERIAL.match(body) or _emoji_patterns()[0].match(body)
    if found is None:
        return "", body
    return found.group(1), found.group(2)
