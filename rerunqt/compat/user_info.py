"""``st.user`` and ``st.logout``: the signed-in user's details, which a desktop app has none of.

Streamlit 1.67 without sign-in configured gives an empty read-only mapping:
``st.user.to_dict()`` is ``{}``, ``st.user.get("email")`` is None, and
``st.user.is_logged_in`` raises AttributeError ('st.user has no attribute
"is_logged_in".') unless the secrets have an ``[auth]`` section, when it is False. The
window gives the same, so an app that reads ``st.user`` shows its signed-out page instead
of stopping. AppTest runs read ``AppTest.user`` instead (Streamlit's AppTest default,
``{"email": "test@example.com"}``), so a test can sign a user in. ``st.login`` (a
browser's redirect to an identity provider) raises, when called, why it cannot work.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from rerunqt.core.client_seed import current_seed
from rerunqt.errors import RerunQtAPIError


def _live() -> dict[str, Any]:
    """The running test's user dict (st.logout empties it), else a fresh empty one."""
    seed = current_seed()
    return seed.user if seed is not None else {}


def _user_info() -> dict[str, Any]:
    """A copy of the user's details; ``is_logged_in`` is False when nobody is signed in and
    an ``[auth]`` section would let someone sign in (as Streamlit decides it)."""
    info = dict(_live())
    if "is_logged_in" not in info and _auth_configured():
        info["is_logged_in"] = False
    return info


def _auth_configured() -> bool:
    from rerunqt.compat.secrets import SecretsNotFoundError, secrets

    try:
        return "auth" in secrets
    except (SecretsNotFoundError, OSError, ValueError):
        return False


class TokensProxy(Mapping[str, str]):
    """``st.user.tokens``: the identity provider's exposed tokens (a test's ``"tokens"``)."""

    __slots__ = ("_tokens",)
    _tokens: dict[str, str]

    def __init__(self, tokens: dict[str, str]) -> None:
        object.__setattr__(self, "_tokens", tokens)

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def _read_only(self, *_: object) -> NoReturn:
        raise RerunQtAPIError("st.user.tokens cannot be modified")

    __setattr__ = __setitem__ = _read_only

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """``st.user``: read-only and dict-like; empty while nobody is signed in."""

    __slots__ = ()

    @property
    def tokens(self) -> TokensProxy:
        return TokensProxy(dict(_user_info().get("tokens", {})))

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):  # copy, pickle and inspect ask for dunders
            raise AttributeError(key)
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def _read_only(self, *_: object) -> NoReturn:
        raise RerunQtAPIError("st.user cannot be modified")

    __setattr__ = __setitem__ = _read_only

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of the user's details (``{}``: nobody is signed in)."""
        return _user_info()

    def __repr__(self) -> str:
        return repr(_user_info())


def login(provider: str | None = None) -> NoReturn:
    """Not supported: signing in is a browser's redirect to an identity provider.

    A name that exists, so ``st.button("Log in", on_click=st.login)`` draws its button
    as in Streamlit; the click shows why it cannot sign in."""
    from rerunqt.compat.unsupported import unsupported

    raise unsupported("login")


def logout() -> None:
    """Forget the signed-in user: ``st.user`` is empty for the rest of the session.

    Streamlit also sends the browser to its identity provider's sign-out page; a desktop
    app has none. A user dict that said ``is_logged_in`` keeps it, as False (as Streamlit's
    AppTest does), so the app's signed-out branch runs."""
    live = _live()
    signed = "is_logged_in" in live
    live.clear()
    if signed:
        live["is_logged_in"] = False


user = UserInfoProxy()
