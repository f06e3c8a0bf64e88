"""The bundled demos, installed with the package so that ``rerunqt hello`` can open them."""
