"""The icon at the start of an alert's text, split off as Streamlit 1.67 does.

``st.success("✅ Saved")`` shows "Saved" with ✅ as its icon: Streamlit takes a leading
emoji (or ``:material/name:``) out of an alert's body when no ``icon=`` is given, so
``at.success[0].value`` is "Saved" and ``.icon`` is "✅". The emoji are Streamlit's
catalog as code point ranges; a sequence (skin tone, ZWJ family, keycap, flag) is taken
whole.
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_right

_RANGES = (
    "A9 AE 203C 2049 2122 2139 2194-2199 21A9-21AA 231A-231B 2328 23CF 23E9-23F3 23F8-23FA "
    "24C2 25AA-25AB 25B6 25C0 25FB-25FE 2600-2604 260E 2611 2614-2615 2618 261D 2620 "
    "2622-2623 2626 262A 262E-262F 2638-263A 2640 2642 2648-2653 265F-2660 2663 2665-2666 "
    "2668 267B 267E-267F 2692-2697 2699 269B-269C 26A0-26A1 26A7 26AA-26AB 26B0-26B1 "
    "26BD-26BE 26C4-26C5 26C8 26CE-26CF 26D1 26D3-26D4 26E9-26EA 26F0-26F5 26F7-26FA 26FD "
    "2702 2705 2708-270D 270F 2712 2714 2716 271D 2721 2728 2733-2734 2744 2747 274C 274E "
    "2753-2755 2757 2763-2764 2795-2797 27A1 27B0 27BF 2934-2935 2B05-2B07 2B1B-2B1C 2B50 "
    "2B55 3030 303D 3297 3299 1F004 1F0CF 1F170-1F171 1F17E-1F17F 1F18E 1F191-1F19A "
    "1F201-1F202 1F21A 1F22F 1F232-1F23A 1F250-1F251 1F300-1F321 1F324-1F393 1F396-1F397 "
    "1F399-1F39B 1F39E-1F3F0 1F3F3-1F3F5 1F3F7-1F4FD 1F4FF-1F53D 1F549-1F54E 1F550-1F567 "
    "1F56F-1F570 1F573-1F57A 1F587 1F58A-1F58D 1F590 1F595-1F596 1F5A4-1F5A5 1F5A8 "
    "1F5B1-1F5B2 1F5BC 1F5C2-1F5C4 1F5D1-1F5D3 1F5DC-1F5DE 1F5E1 1F5E3 1F5E8 1F5EF 1F5F3 "
    "1F5FA-1F64F 1F680-1F6C5 1F6CB-1F6D2 1F6D5-1F6D9 1F6DC-1F6E5 1F6E9 1F6EB-1F6EC 1F6F0 "
    "1F6F3-1F6FC 1F7E0-1F7EB 1F7F0 1F90C-1F93A 1F93C-1F945 1F947-1F9FF 1FA70-1FA7C "
    "1FA80-1FAC6 1FAC8 1FACC-1FADD 1FADF-1FAEB 1FAEF-1FAFA"
)
_STARTS: list[int] = []
_ENDS: list[int] = []
for _part in _RANGES.split():
    _low, _, _high = _part.partition("-")
    _STARTS.append(int(_low, 16))
    _ENDS.append(int(_high or _low, 16))

_MATERIAL = re.compile(r"^(:material/[a-z0-9_]+:)\s*(.*)", re.DOTALL)
_SEPARATOR = re.compile(r"[_ -]*")
_VS16, _ZWJ, _KEYCAP = "\ufe0f", "\u200d", "\u20e3"


def _is_emoji(char: str) -> bool:
    point = ord(char)
    at = bisect_right(_STARTS, point) - 1
    return at >= 0 and point <= _ENDS[at]


def _is_flag_letter(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _emoji_length(text: str) -> int:
    """How many characters at the start of ``text`` make one emoji (0 if none)."""
    first = text[0]
    if _is_flag_letter(first):
        return 2 if len(text) > 1 and _is_flag_letter(text[1]) else 0
    if first in "#*0123456789":
        if text[1:3] == _VS16 + _KEYCAP:
            return 3
        return 2 if text[1:2] == _KEYCAP else 0
    if not _is_emoji(first):
        return 0
    end = 1
    while True:
        while end < len(text) and (text[end] in (_VS16, _KEYCAP)
                                   or 0x1F3FB <= ord(text[end]) <= 0x1F3FF
                                   or 0xE0020 <= ord(text[end]) <= 0xE007F):
            end += 1  # variation selector, keycap, skin tone, or a subdivision flag's tags
        if text[end:end + 1] == _ZWJ and end + 1 < len(text) and _is_emoji(text[end + 1]):
            end += 2
            continue
        return end


def split_leading_icon(body: str) -> tuple[str, str]:
    """(icon, the rest) when the cleaned body starts with an icon; else ("", body)."""
    if not body or (body.isascii() and not body.lstrip().startswith(":material")):
        return "", body
    text = textwrap.dedent(body).strip()
    if not text:
        return "", body
    material = _MATERIAL.match(text)
    if material is not None:
        return material.group(1), material.group(2)
    length = _emoji_length(text)
    if not length:
        return "", body
    return text[:length], text[_SEPARATOR.match(text, length).end():]  # type: ignore[union-attr]
