"""Streamlit 1.67's named theme colours (``blueColor``, ``redTextColor``...): Markdown's
``:blue[...]`` text and backgrounds and the alerts that take them. Kept apart from
rerunqt/theme_custom.py, which reads them for the stylesheet."""

from __future__ import annotations

from collections.abc import Mapping

from rerunqt.css_colours import mix, parse_colour, to_hex

_PAGE = {"light": "#ffffff", "dark": "#0e1117"}  # Streamlit's page colours (theme_custom.DEFAULTS)

_ALERT_COLOURS = (("info", "blue"), ("success", "green"), ("warning", "yellow"), ("error", "red"))


def alert_colours(options: Mapping[str, object], base: str, page: str | None
                   ) -> tuple[tuple[str, str | None, str | None], ...] | None:
    """st.info / success / warning / error in the configured blue / green / yellow / red
    background and text colours, as Streamlit 1.67 paints its alerts (None: none set)."""
    found = tuple((level, markdown_colour(options, base, name, "background", page),
                   markdown_colour(options, base, name, "text"))
                  for level, name in _ALERT_COLOURS)
    found = tuple(entry for entry in found if entry[1] or entry[2])
    return found or None


def markdown_colour(options: Mapping[str, object], base: str, colour: str, kind: str,
                    page: str | None = None) -> str | None:
    """The configured colour of Markdown's ``:<colour>[...]`` text (``kind`` "text") or
    ``:<colour>-background[...]`` ("background"), or None for rerunqt's default.

    As Streamlit 1.67: ``<colour>TextColor`` / ``<colour>BackgroundColor`` if set (in
    ``[theme.<base>]`` over ``[theme]``); else from ``<colour>Color``, the text 15%
    darker (light) or lighter (dark) and the background that colour at 10% (light) or
    20% (dark) over the page (``page``, default the base's background)."""
    import colorsys

    name = "gray" if colour == "grey" else colour

    def pick(option: str) -> object:
        value = options.get(f"theme.{base}.{option}")
        return options.get(f"theme.{option}") if value is None else value

    own = pick(f"{name}{'TextColor' if kind == 'text' else 'BackgroundColor'}")
    if own is not None:
        return to_hex(parse_colour(str(own)))
    main = pick(f"{name}Color")
    if main is None:
        return None
    rgb = parse_colour(str(main))
    if kind == "text":
        h, light, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
        light = min(1.0, light + 0.15) if base == "dark" else max(0.0, light - 0.15)
        return to_hex(tuple(round(c * 255) for c in colorsys.hls_to_rgb(h, light, s)))  # type: ignore[arg-type]
    ground = parse_colour(page or _PAGE["dark" if base == "dark" else "light"])
    return to_hex(mix(ground, rgb, 0.2 if base == "dark" else 0.1))
