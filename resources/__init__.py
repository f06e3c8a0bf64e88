"""Stylesheets and icons, installed as the package ``rerunqt.resources``."""
