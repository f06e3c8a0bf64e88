"""``st.navigation``, ``st.switch_page``, ``st.page_link``: moving between pages.

The session's router (rerunqt/runner/page_router.py, reached as ``ctx.pages``) knows the
pages and which one is shown; these functions check their arguments, ask it, and draw
the navigation (a root of the tree, placed by the window in the sidebar or on top).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from rerunqt.core import context
from rerunqt.core.context import RunContext
from rerunqt.core.kinds import KINDS
from rerunqt.core.pages import Page
from rerunqt.core.query_params import link_params, query_string
from rerunqt.core.registration import _check_form_rules, as_text, check_icon, register
from rerunqt.errors import (
    RerunInterrupt,
    RerunQtAPIError,
    StreamlitInvalidParameterTypeError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)

NAVIGATION_ID = "$$navigation"  # the event a navigation entry sends: its page's url_path


def clicked_page(url_path: str) -> tuple[str, str]:
    """The navigation event of a click in the window (a menu entry, a link to "/page"): as
    a browser follows the page's address, the query string is left behind (AppTest's
    switch_page sends the bare url_path and keeps it, as Streamlit's AppTest does)."""
    return (url_path, "clicked")
POSITIONS = ("sidebar", "top", "hidden")
PAGE_LINK = KINDS["page_link"]
_WIDTHS = ("content", "stretch")

PageRef = str | Path | Page
QueryInput = Mapping[str, Any] | Iterable[tuple[str, Any]]


def navigation_props(pages: Sequence[Page], current: str, position: str,
                     expanded: bool | int) -> tuple[tuple[str, Any], ...]:
    """The navigation element: (url_path, title, icon, section, help, visible,
    external_url) per page; a web page's entry opens its address in the browser.
    ``expanded``: True, False, or how many pages a collapsed sidebar list shows."""
    entries = tuple((p.url_path, p.title, p.icon, p.section, p.help, p.visible, p.external_url)
                    for p in pages)
    return (("pages", entries), ("current", current), ("position", position),
            ("expanded", expanded))


def draw_navigation(ctx: RunContext, pages: Sequence[Page], current: str, position: str,
                    expanded: bool | int) -> None:
    """As Streamlit: one visible page (hidden pages do not count) has no menu whatever
    ``position`` says, and ``client.showSidebarNavigation = false`` hides the sidebar menu
    (pages stay reachable through st.page_link and st.switch_page)."""
    if sum(page.visible for page in pages) <= 1 or (
            position == "sidebar" and not ctx.option("client.showSidebarNavigation", True)):
        position = "hidden"
    ctx.open_root("navigation").props = navigation_props(pages, current, position, expanded)


def _flatten(pages: Any) -> list[Page]:
    """A list of pages, or {section: [pages]}; each a st.Page, or a path or function made
    into one (Streamlit 1.67 takes anything st.Page takes)."""
    if isinstance(pages, Mapping):
        out = []
        for section, group in pages.items():
            for page in _flatten(group):
                page.section = str(section)
                out.append(page)
        return out
    if isinstance(pages, (str, Path, Page)) or not isinstance(pages, Sequence):
        raise RerunQtAPIError(
            f"st.navigation(pages={pages!r}) takes a list of st.Page objects or a dict of "
            f"{{section: [st.Page, ...]}}.")
    out = []
    for page in pages:
        if isinstance(page, (str, Path)) or (callable(page) and not isinstance(page, Page)):
            page = Page(page, base=_base())
        if not isinstance(page, Page):
            raise RerunQtAPIError(
                f"st.navigation: {page!r} is not a page; wrap it as st.Page({page!r}).")
        out.append(page)
    return out


def _expanded(expanded: object) -> bool | int:
    """True, False, or (Streamlit 1.67) a positive number of pages a collapsed sidebar list
    shows before "View N more"; 0 is False."""
    if isinstance(expanded, bool):
        return expanded
    if isinstance(expanded, int) and not isinstance(expanded, bool):
        if expanded < 0:  # Streamlit 1.67's words for both mistakes
            raise StreamlitValueError(
                "expanded", ["True", "False", "a non-negative integer"],
                f"Provided value: {expanded}.")
        return int(expanded) or False
    raise StreamlitInvalidParameterTypeError(
        "Invalid `expanded` type. Expected one of: bool, int. Provided type: "
        f"{type(expanded).__name__}.")


def _base() -> Path:
    router = context.current().pages
    return router.base if router is not None else Path.cwd()


def navigation(pages: Sequence[Page | str | Path] | Mapping[str, Sequence[Page | str | Path]],
               *, position: Literal["sidebar", "top", "hidden"] = "sidebar",
               expanded: bool | int = False) -> Page:
    """Declare the app's pages (the ``pages/`` folder is then ignored); returns the one to
    show, whose ``.run()`` runs it."""
    ctx = context.current()
    if position not in POSITIONS:
        raise RerunQtAPIError(  # Streamlit 1.67's words, then what was given
            f"Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'. "
            f"(st.navigation got position={position!r}.)")
    expanded = _expanded(expanded)
    flat = _flatten(pages)
    if not flat:
        raise RerunQtAPIError(
            "The `pages` parameter is required. Provide at least one `st.Page`. "
            "(st.navigation got no pages.)")
    if ctx.pages is None:  # no running app: the default page
        return next((p for p in flat if p.default), flat[0])
    return ctx.pages.navigate(ctx, flat, position, expanded)


def switch_page(page: str | Path | Page, query_params: QueryInput | None = None) -> None:
    """Show ``page`` (a path relative to the entry script's folder, or a st.Page) now.

    From the script, the run ends here and the page runs; from a callback, the page runs
    after the callbacks. The query parameters are replaced by ``query_params``.
    """
    ctx = context.current()
    if ctx.is_parallel_worker:
        from rerunqt.core.parallel_fragments import worker_error

        raise worker_error("st.switch_page")
    router = ctx.pages
    if router is None:
        raise RerunQtAPIError("st.switch_page needs a running app (rerunqt app.py).")
    params = None if query_params is None else link_params(
        query_params, "st.switch_page", add_up=False)
    target = router.find(page, "st.switch_page")
    if target.external_url is not None:
        raise RerunQtAPIError(
            f"st.switch_page({target.external_url!r}): a web page cannot be switched to; use "
            f"st.page_link to link to it (it opens in the browser).")
    router.switch(target.url_path, params)
    raise RerunInterrupt(requested_by_script=True)


def _go(url_path: str, query_params: Mapping[str, Any] | None) -> None:
    """A page link's click: switch before the run (callbacks run before the script)."""
    router = context.current().pages
    if router is not None:
        router.switch(url_path, query_params)


def _is_url(page: Any) -> bool:
    return isinstance(page, str) and page.startswith(("http://", "https://"))


def page_link(page: str | Path | Page, *, label: str | None = None, icon: str | None = None,
              icon_position: Literal["left", "right"] = "left", help: str | None = None,
              disabled: bool = False, use_container_width: bool | None = None,
              width: Literal["content", "stretch"] | int = "content",
              query_params: QueryInput | None = None) -> None:
    """A link to another page of the app (or to a web page, opened in the browser)."""
    ctx = context.current()
    params = None if query_params is None else link_params(
        query_params, "st.page_link", add_up=True)
    if ctx.form is not None:  # before the page is looked up: the rule is the first thing to fix
        _check_form_rules(PAGE_LINK, ctx.form, False)
    check_icon("page_link", icon)
    if icon_position not in ("left", "right"):
        raise RerunQtAPIError(
            f"st.page_link icon_position={icon_position!r} is not valid; use 'left' or 'right'.")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if width == "content" and any(b.kind == "sidebar" for b in ctx.container.lineage()):
        width = "stretch"  # Streamlit 1.67 draws a sidebar's page links the sidebar's width
    if not (width in _WIDTHS or (isinstance(width, int) and not isinstance(width, bool)
                                 and width > 0)):
        raise RerunQtAPIError(
            f"st.page_link width={width!r} is not valid; use 'content', 'stretch' or a "
            f"positive number of pixels.")
    if label is not None and not isinstance(label, str):
        label = str(label)  # as Streamlit 1.67 shows any label
    url: str | None = None
    target: str | None = None
    if _is_url(page):
        if not label:
            raise RerunQtAPIError(  # Streamlit 1.67's words, then the fix
                f"The `label` parameter is required. Streamlit cannot infer a label for an "
                f"external URL. (st.page_link({page!r}) links to a web page: give it a label= "
                f"to show.)")
        url = str(page)
    else:
        found = _linked_page(ctx.pages, page)
        label = label or found.title
        if found.external_url is not None:  # st.page_link(st.Page("https://...", title=...))
            url = found.external_url
        else:
            target = found.url_path
        if icon is None and isinstance(page, Page):  # a path's link takes no icon (Streamlit)
            icon = page.icon
        if help is None:  # the page's help, also for a path, as in Streamlit 1.67
            help = page.help if isinstance(page, Page) else found.help
    shown = label or ""
    counters = ctx.container.counters
    count_key = f"page_link:{target if url is None else url}:{shown}"  # several links to one page
    n = counters.get(count_key, 0)
    counters[count_key] = n + 1
    ctx, wid, clicked, _ = register(
        PAGE_LINK, shown, None, (url, target, shown, n), False, bool,
        _go if target is not None else None, "on_click",
        (target, params), None, disabled)
    ctx.add_widget("page_link", wid, (
        ("label", shown), ("value", clicked), ("disabled", bool(disabled)), ("help", as_text(help)),
        ("icon", icon), ("icon_position", icon_position), ("page", target), ("url", url),
        ("width", width), ("query_string", query_string(params or {})),
        ("current", target is not None and getattr(ctx.pages, "current", None) == target)))


def _linked_page(pages: Any, page: str | Path | Page) -> Page:
    """The page a link names. A st.Page not (yet) given to st.navigation is linked as it
    is, as Streamlit 1.67 draws it; a path must name one of the app's pages."""
    if pages is None:
        return page if isinstance(page, Page) else Page(page)
    try:
        found: Page = pages.find(page, "st.page_link")
    except StreamlitPageNotFoundError:
        if not isinstance(page, Page):
            raise
        return page
    return found


def page_factory(page: str | Path | Any, *, title: str | None = None, icon: str | None = None,
                 url_path: str | None = None, default: bool = False,
                 visibility: Literal["visible", "hidden"] = "visible",
                 help: str | None = None) -> Page:
    """``st.Page``: a script (path relative to the entry script's folder) or a function."""
    if icon is not None:
        check_icon("Page", icon)
    return Page(page, title=title, icon=icon, url_path=url_path, default=default,
                visibility=visibility, help=help, base=_base())
