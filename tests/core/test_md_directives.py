"""Streamlit's Markdown directives found before Qt reads the Markdown (pure Python)."""

from __future__ import annotations

from rerunqt.core.md_directives import CLOSE, OPEN, STYLE_BASE, Style, has_directives, parse


def marked(text: str, *numbers: int) -> str:
    return text.format(*(OPEN + chr(STYLE_BASE + n) for n in numbers), c=CLOSE)


def test_colours_backgrounds_badges_and_small_become_marked_ranges() -> None:
    text, styles = parse(":red[hot] and :blue-background[sea] :green-badge[ok] :small[fine]")
    assert text == marked("{0}hot{c} and {1}sea{c} {2}ok{c} {3}fine{c}", 0, 1, 2, 3)
    assert styles == [Style("red", "text"), Style("blue", "background"), Style("green", "badge"),
                      Style(None, "small")]
    assert parse(":grey[g]")[1] == [Style("gray", "text")]  # both spellings, as Streamlit


def test_ranges_nest_and_keep_markdown_and_links_inside() -> None:
    text, styles = parse(":red[a **:blue[b]** [link](https://x.org/[y]) c]")
    assert text == marked("{0}a **{1}b{c}** [link](https://x.org/[y]) c{c}", 0, 1)
    assert [s.colour for s in styles] == ["red", "blue"]


def test_what_is_not_a_directive_stays_as_written() -> None:
    for text in (":pink[x]", ":red[never closed", "10:30:45", "a: b [c]", ":red-glow[x]",
                 ":red[one paragraph\n\nnext]"):
        assert parse(text)[0] == text, text
    assert parse(":unknown_code: and :smile:")[0] == ":unknown_code: and \U0001F604"


def test_material_icons_and_emoji_short_codes_become_symbols() -> None:
    assert parse(":material/home: Home :+1: :tada:")[0] == "\u2302 Home \U0001F44D \U0001F389"
    assert parse(":material/no_such_icon: x")[0] == " x"  # shown as nothing, never as code


def test_a_variant_of_a_listed_icon_shows_its_stem_s_symbol() -> None:
    """core-previews' "Edit my source :material/edit_square:" showed no icon: a Material
    variant (``_square``, ``_suggest``...) now takes the symbol of the name it extends."""
    assert parse(":material/edit_square: x")[0] == parse(":material/edit: x")[0] == "\u270E x"
    assert parse(":material/settings_suggest: x")[0] == parse(":material/settings: x")[0]
    assert parse(":material/visibility_off: x")[0] == "\u2298 x"  # a listed variant keeps its own


def test_page_icons_of_a_real_multipage_app_show_a_symbol() -> None:
    # its page list showed some pages with an icon and others (unknown icons) without
    for name in ("logout", "settings", "space_dashboard", "map", "layers", "neurology", "analytics"):
        assert parse(f":material/{name}: x")[0] != " x", name


def test_icons_of_streamlits_alert_toast_and_markdown_apps_show_a_symbol() -> None:
    # st_alert / st_toast / st_markdown e2e apps: these showed no icon at all
    for name in ("cabin", "running_with_errors", "mood_heart", "local_fire_department",
                 "hourglass_empty"):
        assert parse(f":material/{name}: x")[0] != " x", name


def test_the_cheap_test_lets_plain_markdown_through() -> None:
    assert not has_directives("**bold** at 10:30 [link](http://x)")
    assert has_directives("a :red[b]") and has_directives(":smile:")


def test_formulas_between_dollars_keep_their_source_away_from_markdown() -> None:
    text, styles = parse(r"area $\pi r_1^2$ and $$\frac{a}{b}$$")
    assert styles == [Style(None, "math", r"\pi r_1^2"), Style(None, "display_math", r"\frac{a}{b}")]
    assert "pi" not in text and "frac" not in text  # underscores never reach the Markdown reader


def test_dollars_that_are_not_formulas_stay_dollars() -> None:
    # Pandoc's rule (no space inside the dollars, no digit after the closing one): prices
    # stay text; Qt's reader would take "$..$" for math, so they are escaped for it
    assert parse("costs $5 and $10") == (r"costs \$5 and \$10", [])
    assert parse("code `$x$` here") == ("code `$x$` here", [])  # a code span is as written
    assert parse(r"an escaped \$x$") == (r"an escaped \$x\$", [])


def test_heading_dividers_take_streamlit_s_colours() -> None:
    from rerunqt.testing import AppTest

    at = AppTest.from_string("""
import rerunqt as st
for i in range(7):
    st.header(str(i), divider=True)
st.subheader("g", divider="grey")
st.header("r", divider="rainbow")
st.header("y", divider="yellow")
st.header("none")
st.title("t")
""").run()
    assert not at.exception  # "yellow" is one of Streamlit 1.67's divider colours
    assert at.title[0].divider == ""  # as Streamlit's AppTest reads a title
    shown = [h.divider for h in [*at.header, *at.subheader]]
    # divider=True: Streamlit 1.67 sends "auto" and its page picks the colour
    assert shown == ["auto"] * 7 + ["rainbow", "yellow", "", "grey"]
    drawn = [h._element.prop("divider") for h in at.header][:7]  # the colours, in turn
    assert drawn == ["blue", "green", "orange", "red", "violet", "yellow", "blue"]
    at = AppTest.from_string("import rerunqt as st\nst.header('x', divider='pink')").run()
    assert at.exception[0].message == ("Invalid `divider` value. Supported values: True, 'red', 'orange', "
                                       "'yellow', 'blue', 'green', 'violet', 'gray', 'grey', 'rainbow'.")


def test_underscore_emphasis_in_a_range_is_kept_as_emphasis() -> None:
    """The markers around a range read as letters to Markdown, where `_` does not
    emphasise: `_x_` in a range becomes `*x*`; words and code spans stay as written."""
    assert parse(":red[_it_]")[0] == marked("{0}*it*{c}", 0)
    assert parse(":blue[__strong__ and _b_]")[0] == marked("{0}**strong** and *b*{c}", 0)
    for body in ("snake_case_name", "`_code_`", "_lonely", "a_b_"):
        assert parse(f":red[{body}]")[0] == marked("{0}" + body + "{c}", 0), body


def test_icons_of_streamlits_download_button_and_chat_apps_show_a_symbol() -> None:
    # st_download_button / st_chat_message e2e apps: these buttons and avatars had no icon
    for name in ("looks_one", "looks_two", "airline_seat_recline_extra", "photo_album"):
        assert parse(f":material/{name}: x")[0] != " x", name


def test_color_directive_takes_its_colours_from_the_attributes_after_it() -> None:
    # Streamlit 1.67's :color[...]{foreground=... background=...} (its st_markdown e2e app)
    text, styles = parse(':color[fg]{foreground="#FF5733"}, :color[both]{foreground="#FFF" '
                         'background="#000000"} :color[none] {x}')
    assert text == marked("{0}fg{c}, {1}both{c} {2}none{c} {{x}}", 0, 1, 2)
    assert styles == [Style(None, "custom", foreground="#FF5733"),
                      Style(None, "custom", foreground="#FFF", background="#000000"),
                      Style(None, "custom")]


def test_shimmer_directive_keeps_its_words_and_their_styles() -> None:
    # Streamlit 1.67's :shimmer[...] (a loading shimmer over the text): the text, not
    # ":shimmer[" as written
    text, styles = parse("before :red[:shimmer[:blue[Please] **wait**...]] after")
    assert text == marked("before {0}{1}{2}Please{c} **wait**...{c}{c} after", 0, 1, 2)
    assert styles == [Style("red", "text"), Style(None, "shimmer"), Style("blue", "text")]


def test_streamlit_short_code_is_the_logo_outside_code() -> None:
    # Streamlit 1.67 draws :streamlit: as its logo in the line (its st_markdown e2e app)
    text, styles = parse(":streamlit: and `:streamlit:`")
    assert ":streamlit:" not in text.split("`")[0]
    assert text.endswith("and `:streamlit:`")  # code keeps it as written
    assert styles == [Style(None, "logo", "streamlit")]


def test_common_icons_of_community_apps_show_a_symbol() -> None:
    # pages, buttons and labels of community apps: these showed no icon at all
    for name in ("pause", "extension", "groups", "email", "chat_bubble", "volume_up", "flight",
                 "swap_horiz", "picture_as_pdf", "arrow_outward", "skip_next", "cloud_download"):
        assert parse(f":material/{name}: x")[0] != " x", name


def test_icons_of_flashcard_survey_and_finance_apps_show_a_symbol() -> None:
    # (a flashcard page's :material/style: showed the page list's bare bullet)
    for name in ("style", "filter", "rate_review", "poll", "paid", "text_fields", "model_training",
                 "brush", "currency_exchange", "candlestick_chart", "donut_large",
                 "stacked_line_chart", "scatter_plot", "memory"):
        assert parse(f":material/{name}: x")[0] != " x", name


def test_icons_of_recruiting_and_portfolio_apps_show_a_symbol() -> None:
    # (a CV-intake page's "Open pipeline" button, :material/account_tree:, had no icon)
    for name in ("hourglass", "account_tree", "more", "more_time", "work_history",
                 "manage_search"):
        assert parse(f":material/{name}: x")[0] != " x", name
