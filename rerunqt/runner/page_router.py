"""Which page a run shows, and running it: the ``pages/`` folder or ``st.navigation``.

One router per session (so ``ctx.pages``): it holds the page shown, a page asked for
(by the navigation, ``st.switch_page``, a page link, or AppTest) and the query
parameters. Session state is the session's, shared by every page; keyed values survive
a page switch (decision 2) and unkeyed ones of the page left are dropped by the clean
run of the new page, which does not draw them.

Two modes, as in Streamlit: with no ``st.navigation`` call the entry script and
``pages/*.py`` are the pages and the selected file is run instead of the entry script;
once the entry script calls ``st.navigation`` it always runs, and ``pages/`` is ignored.
"""

from __future__ import annotations

import os
import types
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rerunqt.core.context import RunContext
from rerunqt.core.control import id_scope
from rerunqt.core.navigation import NAVIGATION_ID, draw_navigation
from rerunqt.core.page_config import PROPS as PAGE_CONFIG_PROPS
from rerunqt.core.pages import Page, check_unique, discover, page_files
from rerunqt.core.query_params import _values
from rerunqt.errors import RerunQtAPIError, StreamlitPageNotFoundError
from rerunqt.runner.requests import RerunRequest
from rerunqt.runner.script import ScriptSource

Compile = Callable[[ScriptSource], "types.CodeType | None"]


class PageRouter:
    """The pages of one session and the one shown."""

    def __init__(self, script: ScriptSource) -> None:
        self.script = script
        self.base = script.path.parent
        self._pages_dir = str(self.base / "pages")  # a str: one plain stat per run
        self.query_params: dict[str, list[str]] = {}
        self.bound_params: set[str] = set()  # keys of widgets drawn with bind="query-params"
        self.declared: list[Page] | None = None  # st.navigation's pages (then pages/ is ignored)
        self.current: str | None = None  # url_path of the page shown
        self.pending: str | None = None  # a page asked for: a url_path, or a script path
        self.page: Page | None = None  # the page this run shows (None: a single-page app)
        self.runnable: Page | None = None  # the page st.navigation returned, until its run()
        self._sources: dict[Path, ScriptSource] = {}
        self._entry_only = [script.path]  # files() of the usual app: one list, kept
        self._no_pages_dir = False  # the last run found no pages/ folder (files() skips a stat)
        self._layouts: dict[str, str] = {}  # url_path -> the layout its runs last set

    # ----- the run (hooks called by the session) -----
    def begin(self, ctx: RunContext, request: RerunRequest) -> None:
        """Before the callbacks: take a navigation event, hand the router to ``st.*``."""
        ctx.pages = self
        self.page = self.runnable = None
        asked = request.values.get(NAVIGATION_ID)
        if isinstance(asked, tuple):  # clicked_page(): a new address, without the query
            asked = asked[0]
            self.query_params.clear()
        if asked is not None:
            self.pending = str(asked)
        ctx.on_finish(self._title_follows_page)

    def execute(self, ctx: RunContext, compile_script: Compile) -> bool:
        """Run the script of this run's page (the entry script under st.navigation).

        ``compile_script`` gives a script's code, or None after showing why its source
        does not compile (live reload: the error goes above the last good page); then
        nothing runs and this returns False.
        """
        self._no_pages_dir = False
        if self.declared is not None:
            return self._run(self.script, compile_script)
        if self.pending is None and not os.path.isdir(self._pages_dir):  # the usual app: one stat
            self._no_pages_dir = True
            return self._run(self.script, compile_script)
        pages = discover(self.script.path)
        if len(pages) == 1 and self.pending is None:  # an empty pages/: a single-page app
            self.current = ""
            return self._run(self.script, compile_script)
        page = self._select(pages)
        draw_navigation(ctx, pages, page.url_path, "sidebar", False)
        self.page = page
        return self._run(self.script if page.default else self._source(page), compile_script)

    @staticmethod
    def _run(source: ScriptSource, compile_script: Compile) -> bool:
        code = compile_script(source)
        if code is None:
            return False
        source.execute(code)
        return True

    def navigate(self, ctx: RunContext, pages: list[Page], position: str,
                 expanded: bool | int) -> Page:
        """``st.navigation``: these are the pages from now on; the one to show."""
        defaults = [page for page in pages if page.default]
        if len(defaults) > 1:
            raise RerunQtAPIError(  # Streamlit 1.67's words, then the pages
                f"Multiple Pages specified with `default=True`. At most one Page can be set to "
                f"default. ({defaults[0].file_name!r} and {defaults[1].file_name!r} both are.)")
        if not defaults:
            first = next((page for page in pages if page.external_url is None), None)
            if first is None:
                raise RerunQtAPIError(
                    "External URL pages cannot be the default page. (st.navigation needs at "
                    "least one page that is a script or a function.)")
            first.default = True
        check_unique(pages, self.base)
        self.declared = pages
        page = self._select(pages)
        draw_navigation(ctx, pages, page.url_path, position, expanded)
        self.page = self.runnable = page
        return page

    def run_page(self, page: Page) -> None:
        """``page.run()``: its function, or its script in a fresh ``__main__``.

        Its unkeyed widgets get ids of their own page, as Streamlit adds the page's hash:
        ``st.slider("x")`` in the entry script and in a page are two widgets, not a
        duplicate-id error, and a page's widgets start afresh when the page is shown again.
        """
        if page is not self.runnable:  # Streamlit's rule and words
            raise RerunQtAPIError(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once.")
        self.runnable = None
        if page.external_url is not None:
            return
        if not callable(page.source) and page.source == self.script.path:
            raise RerunQtAPIError(
                f"st.Page({page.file_name!r}).run(): the entry script cannot be one of its own "
                f"pages (it would run itself forever). Move that page's code to another file.")
        with id_scope(("page", page.inferred_url_path)):
            if callable(page.source):
                page.source()
            else:
                self._run_file(page)

    # ----- finding and switching -----
    def shown(self) -> str | None:
        """The inferred url path of the page this run shows (None while st.navigation has
        not chosen one yet), so a st.page_link to it is drawn as the current page."""
        if self.page is not None:
            return self.page.inferred_url_path
        if self.declared is None:  # a single-page app: its entry script
            return discover(self.script.path)[0].inferred_url_path
        return next((p.inferred_url_path for p in self.declared if p.url_path == self.current), None)

    def pages(self) -> list[Page]:
        return self.declared if self.declared is not None else discover(self.script.path)

    def files(self) -> list[Path]:
        """The script files of the app now (for live reload): entry first, then its pages.

        The usual app gets the same list object each time (the window then skips it).
        """
        if self.declared is None:
            if self._no_pages_dir or not os.path.isdir(self._pages_dir):  # the usual app
                return self._entry_only
            return page_files(self.script.path)
        declared = [p.source for p in self.declared if isinstance(p.source, Path)]
        return [self.script.path, *(p for p in declared if p != self.script.path)]

    def find(self, ref: str | Path | Page, caller: str) -> Page:
        """The page ``ref`` names (a st.Page, or a path relative to the entry folder)."""
        pages = self.pages()
        if isinstance(ref, Page):
            for page in pages:
                if page.inferred_url_path == ref.inferred_url_path:
                    return page
        elif isinstance(ref, (str, Path)):
            found = self._by_path(str(ref), pages)
            if found is not None:
                return found
        else:
            raise RerunQtAPIError(
                f"{caller}(page={ref!r}): give a script path (str or Path) or a st.Page, "
                f"not {type(ref).__name__}.")
        raise self._unknown(ref)

    def switch(self, url_path: str, query_params: Mapping[str, Any] | None = None) -> None:
        """Show the page with ``url_path`` in the next run of the script."""
        self.pending = url_path
        self.query_params.clear()
        for key, value in (query_params or {}).items():
            self.query_params[str(key)] = _values(value)

    def _by_path(self, text: str, pages: Sequence[Page]) -> Page | None:
        path = (self.base / text).resolve()
        for page in pages:
            if isinstance(page.source, Path) and page.source == path:
                return page
        return None

    def knows(self, url_path: str) -> bool:
        """Whether a page (declared, else in pages/) has this URL path: AppTest's
        ``switch_page`` takes one besides a file path."""
        return any(url_path in (page.url_path, page.inferred_url_path)
                   for page in self.pages() if page.external_url is None)

    def _unknown(self, ref: object) -> RerunQtAPIError:
        # Streamlit 1.67's words, whole (a pages/ folder app has its own)
        words = ("You must provide a `Page` object or file path relative to the entrypoint file. "
                 "Only pages previously defined by `st.Page` and passed to `st.navigation` are "
                 "allowed." if self.declared is not None or not os.path.isdir(self._pages_dir) else
                 "You must provide a file path relative to the entrypoint file (from the "
                 f"directory `{self.base.name}`). Only the entrypoint file and files in the "
                 "`pages/` directory are supported.")
        return StreamlitPageNotFoundError(f"Could not find page: `{ref}`. {words}")

    def _select(self, pages: Sequence[Page]) -> Page:
        """The page asked for (url_path, or a path from AppTest), else the one shown."""
        asked, self.pending = self.pending, None
        if asked is not None:
            page = next((p for p in pages if asked in (p.url_path, p.inferred_url_path)
                         and p.external_url is None), None) or self._by_path(asked, pages)
            if page is None:
                page = _not_found(asked, pages)
        else:
            page = next((p for p in pages if p.url_path == self.current), None) or next(
                p for p in pages if p.default)
        self.current = page.url_path
        return page

    def _source(self, page: Page) -> ScriptSource:
        assert isinstance(page.source, Path)
        source = self._sources.get(page.source)
        if source is None:
            source = self._sources[page.source] = ScriptSource(
                page.source, self.script.magic, self.script.magic_extras)
            source.app_folder = self.base  # helpers beside the entry script import, as in Streamlit
        source.extra_globals = self.script.extra_globals
        return source

    def _run_file(self, page: Page) -> None:
        source = self._source(page)
        source.execute(source.code())

    # ----- after the run -----
    def _title_follows_page(self, ctx: RunContext, clean: bool) -> None:
        """The window's title and icon are the page's, unless st.set_page_config set them."""
        page = self.page
        if page is None:
            return
        builder = ctx.open_root("page_config")
        props = dict(builder.props)
        if props.get("page_title") is None:
            props["page_title"] = page.title
        if props.get("page_icon") is None:
            props["page_icon"] = page.icon or None
        # Streamlit remembers each page's last layout: a run that sets none (a page whose
        # button callback made it wide, shown again) keeps it; a page never set is centered
        if props.get("layout") is not None:
            self._layouts[page.url_path] = props["layout"]
        else:
            props["layout"] = self._layouts.get(page.url_path)
        builder.props = tuple((name, props.get(name)) for name in PAGE_CONFIG_PROPS)


def _not_found(asked: str, pages: Sequence[Page]) -> Page:
    """An address no page has (a link to a page left out of st.navigation, a page gone from
    a menu that changed): Streamlit says "Page not found" and runs the default page, so
    the app goes on; a toast says so here."""
    from rerunqt.core.overlay import toast

    toast(f"**Page not found**: this app has no page `{asked}`. Showing its main page.",
          icon=":material/error:")
    return next(p for p in pages if p.default)
