"""Vega's named colour schemes for a colour by a number (``alt.Scale(scheme="viridis")``) and a
scale's own ``range`` of colours, as the stops a shade is read along (Qt-free).

A handful of the schemes apps name most; an unknown one keeps the theme's ramp.
"""

from __future__ import annotations

from typing import Any

_SCHEMES: dict[str, str] = {
    "viridis": "440154 482878 3e4989 31688e 26828e 1f9e89 35b779 6ece58 b5de2b fde725",
    "inferno": "000004 1b0c41 4a0c6b 781c6d a52c60 cf4446 ed6925 fb9b06 f7d13d fcffa4",
    "magma": "000004 180f3d 440f76 721f81 9e2f7f cd4071 f1605d fd9668 feca8d fcfdbf",
    "plasma": "0d0887 46039f 7201a8 9c179e bd3786 d8576b ed7953 fb9f3a fdca26 f0f921",
    "blues": "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b",
    "greens": "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b",
    "reds": "fff5f0 fee0d2 fcbba1 fc9272 fb6a4a ef3b2c cb181d a50f15 67000d",
    "oranges": "fff5eb fee6ce fdd0a2 fdae6b fd8d3c f16913 d94801 a63603 7f2704",
    "purples": "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 54278f 3f007d",
    "greys": "ffffff f0f0f0 d9d9d9 bdbdbd 969696 737373 525252 252525 000000",
    "yelloworangered": "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026",
    "yellowgreen": "ffffe5 f7fcb9 d9f0a3 addd8e 78c679 41ab5d 238443 006837 004529",
    "redyellowblue": "a50026 d73027 f46d43 fdae61 fee090 ffffbf e0f3f8 abd9e9 74add1 4575b4 313695",
    "redyellowgreen": "a50026 d73027 f46d43 fdae61 fee08b ffffbf d9ef8b a6d96a 66bd63 1a9850 006837",
    "redblue": "67001f b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac 053061",
}


def scheme_stops(scale: Any) -> tuple[str, ...]:
    """The colour scale's stops, low to high: its ``range`` of colours, else its named
    ``scheme`` (``{"name": ...}`` too; ``reverse`` flips them); () for the theme's ramp."""
    if not isinstance(scale, dict):
        return ()
    given = scale.get("range")
    scheme = scale.get("scheme")
    name = scheme.get("name") if isinstance(scheme, dict) else scheme
    if isinstance(given, list) and len(given) >= 2 and all(isinstance(c, str) for c in given):
        stops = tuple(given)
    elif isinstance(name, str) and name.lower() in _SCHEMES:
        stops = tuple("#" + c for c in _SCHEMES[name.lower()].split())
    else:
        return ()
    return stops[::-1] if scale.get("reverse") else stops


__all__ = ["scheme_stops"]
