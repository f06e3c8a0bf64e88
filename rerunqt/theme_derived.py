"""Theme colours Streamlit 1.67 derives from the configured ones (Qt-free).

Once a theme's page, secondary or primary colour is its own, Streamlit paints code, the
dataframe header and borders in shades of those colours (``bgMix``, ``fadedText``) rather
than the base theme's greys, which may not suit the page (white text on a pale grey).
"""

from __future__ import annotations

from rerunqt.css_colours import mix, parse_colour, to_hex

# Streamlit's default palette, which the .qss files are written in, per base theme.
DEFAULTS = {
    "light": {"primary": "#ff4b4b", "background": "#ffffff", "secondary": "#f0f2f6",
              "text": "#31333f", "code": "#f6f7f9", "border": "#e6e9ef", "link": "#1c83e1"},
    "dark": {"primary": "#ff4b4b", "background": "#0e1117", "secondary": "#262730",
             "text": "#fafafa", "code": "#1a1c24", "border": "#31333f", "link": "#7db7ff"},
}
Frame = tuple[str | None, str | None, str | None]  # dataframe header fill, words, lines


def bg_mix(base: str, primary: str | None, background: str | None,
           secondary: str | None) -> str | None:
    """Streamlit 1.67's code and dataframe header fill (unless set) once the page, secondary
    or primary colour is not the base's: half way from the page's colour to the secondary
    one (``bgMix``). The base's grey under white text was unreadable (30 Days, day 16)."""
    d = DEFAULTS["dark" if base == "dark" else "light"]
    if all(value in (None, d[role]) for role, value in
           (("primary", primary), ("background", background), ("secondary", secondary))):
        return None
    return to_hex(mix(parse_colour(background or d["background"]),
                      parse_colour(secondary or d["secondary"]), 0.5))


def header_frame(given: Frame, mixed: str | None, text: str | None, page: str | None,
                 base: str) -> Frame | None:
    """The dataframe header's fill, words and grid lines: as configured, else (once the
    theme's colours are its own) ``bgMix``, the text at 70% (``fadedText70``) and at 10%
    over the page (``fadedText05``), as Streamlit 1.67 derives them."""
    ground, ink, line = given
    if mixed:
        ground = ground or mixed
        ink = ink or fade(text, ground, base, 0.3)
        line = line or fade(text, page, base, 0.9)
    return (ground, ink, line) if any((ground, ink, line)) else None


def fade(text: str | None, ground: str | None, base: str, amount: float) -> str:
    """The text colour ``amount`` of the way to ``ground``: Streamlit's fadedText shades."""
    d = DEFAULTS["dark" if base == "dark" else "light"]
    return to_hex(mix(parse_colour(text or d["text"]), parse_colour(ground or d["background"]),
                      amount))
