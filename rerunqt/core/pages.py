"""Pages of a multipage app: ``st.Page``, Streamlit's file naming, the ``pages/`` folder.

Qt-free and file-system only: which pages there are, what they are called and in what
order. Running them is the router's job (rerunqt/runner/page_router.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from rerunqt.errors import RerunQtAPIError, StreamlitPageNotFoundError, StreamlitValueError

_FILE_NAME = re.compile(r"^([0-9]*)[_ -]*(.*)\.py$")


def sort_key(path: Path) -> tuple[float, str]:
    """Streamlit's order: the numeric prefix, then the name; files without one come last."""
    match = _FILE_NAME.match(path.name)
    number, name = (match.group(1), match.group(2)) if match else ("", path.stem)
    return (float(number) if number else float("inf"), name.lower())


def icon_and_name(path: Path) -> tuple[str | None, str]:
    """``02_🎈_My_page.py`` -> ("🎈", "My_page"): prefix stripped, a leading emoji split off."""
    match = _FILE_NAME.match(path.name)
    if match is None:
        return None, path.stem
    rest = re.sub(r"[_ ]+", "_", match.group(2)).lstrip("_") or match.group(1)
    if rest.isascii():
        icon, name = "", rest
    else:  # an emoji first: the page's icon (the emoji patterns load with the first one)
        from rerunqt.core.lead_icon import split_leading_icon

        icon, name = split_leading_icon(rest)
    if icon and name:  # Streamlit's emoji list: keycaps (1️⃣) and joined sequences too
        return icon, name.strip("_ -")
    return None, rest


def is_url(text: str) -> bool:
    """An http(s) address with a host, as Streamlit's ``is_url``."""
    parts = urlparse(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _url_name(title: str) -> str:
    """A web page's url_path from its title, as Streamlit makes it."""
    path = re.sub(r"[&#?/\\:*\"<>|']", "", re.sub(r"\s+", "_", title.lower()))
    return re.sub(r"_+", "_", path.strip("_"))


class Page:
    """One page: a script file, a function or a web page's address (``st.Page``).

    ``title`` defaults to the file or function name with ``_`` as spaces and a numeric
    prefix dropped; ``url_path`` to that name (the default page's is ""). Pages are told
    apart by ``url_path``, which must be unique in an app.
    """

    def __init__(self, page: str | Path | Callable[[], Any], *, title: str | None = None,
                 icon: str | None = None, url_path: str | None = None,
                 default: bool = False, visibility: str = "visible", help: str | None = None,
                 base: Path | None = None) -> None:
        self.source: Path | Callable[[], Any] | str
        self.external_url: str | None = None  # a web page: listed, opened in the browser
        if isinstance(page, str) and is_url(page):
            if title is None or not isinstance(title, str) or not title.strip():
                raise RerunQtAPIError(
                    f"st.Page({page!r}) is a web page: give it a non-empty title= to list.")
            if default:
                raise RerunQtAPIError(
                    f"st.Page({page!r}, default=True): a web page cannot be the default page.")
            self.source = self.external_url = page
            inferred_icon, name = None, _url_name(title)
        elif callable(page):
            self.source = page
            inferred_icon, name = None, getattr(page, "__name__", "page")
        elif isinstance(page, (str, Path)):
            path = Path(page)
            if not path.is_absolute():
                path = (base or Path.cwd()) / path
            self.source = path.resolve()
            if not self.source.is_file():  # Streamlit's error and words, then where we looked
                raise StreamlitPageNotFoundError(
                    f"Unable to create Page. The file `{self.source.name}` could not be found. "
                    f"(st.Page({str(page)!r}): no Python script at {str(self.source)!r}; give "
                    f"the path of a .py file relative to the entry script's folder, or a "
                    f"function.)")
            if self.source.suffix != ".py":
                raise RerunQtAPIError(
                    f"st.Page({str(page)!r}): no Python script at {str(self.source)!r}. Give "
                    f"the path of a .py file relative to the entry script's folder, or a function.")
            inferred_icon, name = icon_and_name(self.source)
        else:
            raise RerunQtAPIError(
                f"st.Page(page={page!r}) needs a script path (str or Path) or a function, "
                f"not {type(page).__name__}.")
        if title is not None and not isinstance(title, str):
            raise RerunQtAPIError(f"st.Page title={title!r} must be a non-empty string.")
        if not (title or name.replace("_", " ")).strip():  # title="": the inferred one, as Streamlit
            raise RerunQtAPIError(
                "The `title` parameter is required. It cannot be empty or consist of "
                f"underscores/spaces only. (st.Page got title={title!r}.)")
        if url_path is not None:
            if not isinstance(url_path, str) or "/" in url_path.strip("/"):
                raise RerunQtAPIError(  # Streamlit 1.67's words
                    f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support "
                    f"nested URL pathnames yet, so use a single path segment (e.g. `foo_bar`). "
                    f"(st.Page url_path must be a string without '/' inside.)")
            url_path = url_path.strip("/")
            if not url_path and not default:
                raise RerunQtAPIError(
                    "The `url_path` parameter is required. It can only be empty for the default "
                    "page. (Pass default=True or give st.Page a non-empty url_path.)")
        self.title = title or name.replace("_", " ")
        self.icon: str = icon if icon is not None else (inferred_icon or "")  # "": none
        self.inferred_url_path = url_path if url_path is not None else name
        if self.external_url is not None and not self.inferred_url_path:
            raise RerunQtAPIError(
                f"st.Page({page!r}, title={title!r}): give a url_path=; none can be made "
                f"from the title.")
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", ["visible", "hidden"])  # 1.67's words
        self.default = bool(default)
        self.visible = visibility == "visible"  # a hidden page is reached by switch_page only
        self.help = "" if help is None else str(help)  # Streamlit's page.help: "" when none
        self.section = ""

    @property
    def url_path(self) -> str:
        return "" if self.default else self.inferred_url_path

    @property
    def file_name(self) -> str:
        """How error messages name the page: its file, or the function's name."""
        if isinstance(self.source, Path):
            return self.source.name
        if isinstance(self.source, str):
            return self.source
        return f"{getattr(self.source, '__name__', 'page')}()"

    @property
    def visibility(self) -> str:
        """"visible" or "hidden", as Streamlit's ``StreamlitPage.visibility``."""
        return "visible" if self.visible else "hidden"

    def run(self) -> None:
        """Run the page: its script in a fresh module, or its function (st.navigation)."""
        from rerunqt.core import context

        if self.external_url is not None:  # the window opens it in the browser
            return
        ctx = context.current()
        router = ctx.pages
        if router is None:
            if callable(self.source):
                self.source()
            return
        router.run_page(self)

    def __repr__(self) -> str:
        return f"Page({self.file_name!r}, title={self.title!r}, url_path={self.url_path!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Page) and other.url_path == self.url_path

    def __hash__(self) -> int:
        return hash(self.url_path)


def page_files(entry: Path) -> list[Path]:
    """The entry script and its ``pages/*.py`` in Streamlit's order (for live reload)."""
    entry = Path(entry).resolve()  # once: this runs after every rerun
    folder = entry.parent / "pages"
    found: list[Path] = []
    if folder.is_dir():
        found = [p for p in folder.glob("*.py") if p.is_file() and not p.name.startswith(".")
                 and p.name != "__init__.py"]  # a package's marker is no page, as in Streamlit
    return [entry, *sorted(found, key=sort_key)]


def discover(entry: Path) -> list[Page]:
    """The pages of a ``pages/`` app: the entry script (default) first, then pages/."""
    first, *others = page_files(entry)
    pages = [Page(first, default=True)]
    pages += [Page(path) for path in others]
    check_unique(pages, entry.parent)
    return pages


def check_unique(pages: Iterable[Page], base: Path) -> None:
    """Two pages with one URL path: Streamlit's error naming both. (Titles may repeat, as in
    Streamlit: an "Overview" page in each section; pages are told apart by URL path.)"""
    by_path: dict[str, Page] = {}
    for page in pages:
        other = by_path.setdefault(page.inferred_url_path, page)
        if other is not page:
            default_note = (" The default page is served at the app root, but it still reserves "
                            "this pathname." if other.default or page.default else "")
            raise RerunQtAPIError(
                f"Two pages resolve to the URL pathname `/{page.inferred_url_path}`: "
                f"{_url_error_name(other, base)} and {_url_error_name(page, base)}. Each page "
                "passed to `st.navigation` needs a unique URL pathname, including pages in "
                "different sections, hidden pages, and external URL pages. Streamlit infers the "
                "pathname from the filename, callable name, or the title of an external URL "
                f"page.{default_note} Set a unique `url_path` in `st.Page` for one of these pages.")


def _url_error_name(page: Page, base: Path) -> str:
    """A page as Streamlit names it in its duplicate-URL error: source, then where it is."""
    if page.external_url is not None:
        name = f"external URL `{page.external_url}`"
    elif isinstance(page.source, Path):
        source, base = page.source, base.resolve()
        name = f"`{source.relative_to(base) if source.is_relative_to(base) else source}`"
    else:
        name = f'callable titled "{page.title}"'
    where = [f'section "{page.section}"'] if page.section else []
    where += ["hidden"] * (not page.visible) + ["default page"] * page.default
    return f"{name} ({', '.join(where)})" if where else name
