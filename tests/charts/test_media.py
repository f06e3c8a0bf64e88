"""st.image, st.pyplot, Vega-Lite and the web-only charts, through AppTest."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pytest

from rerunqt.core.image_data import encoded_size, read_image
from rerunqt.testing import AppTest

USE_COLUMN_WIDTH_REMOVED = ("`use_column_width` was removed and has no effect. Use "
                            "`width='stretch'`, `width='content'`, or an integer pixel value instead.")
PRELUDE = "import numpy as np\nimport rerunqt as st\n"


def run(source: str) -> AppTest:
    return AppTest.from_string(PRELUDE + source).run()


def png_bytes(width: int, height: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_array_image_has_its_size_and_caption() -> None:
    at = run("st.image(np.zeros((30, 40, 3), dtype=np.uint8), caption='zeros')")
    assert at.image[0].size == (40, 30)
    assert at.image[0].caption == "zeros"
    assert at.image[0].width == "content"


def test_a_file_path_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "red.png"
    path.write_bytes(png_bytes(7, 5))
    at = run(f"st.image({str(path)!r})\nst.image(open({str(path)!r}, 'rb').read())")
    assert [view.size for view in at.image] == [(7, 5), (7, 5)]


def test_a_list_of_images_with_captions() -> None:
    at = run("st.image([np.zeros((2, 3)), np.ones((4, 5))], caption=['a', 'b'], width=100)")
    assert at.image[0].sizes == [(3, 2), (5, 4)]
    assert at.image[0].captions == ["a", "b"]  # a list, as Streamlit's AppTest
    assert at.image[0].width == 100
    message = run("st.image([np.zeros((2, 2))] * 2, caption=['only one'])").exception[0].message
    assert message == "Cannot pair 1 captions with 2 images."  # Streamlit's words


def test_floats_must_be_in_0_1_unless_clamped() -> None:
    assert "outside [0.0, 1.0]" in run("st.image(np.full((2, 2), 2.0))").exception[0].message
    assert not run("st.image(np.full((2, 2), 2.0), clamp=True)").exception
    assert read_image(np.full((1, 1), 0.5)).pixels.tolist() == [[127]]
    assert "outside [0, 255]" in run("st.image(np.full((2, 2), 300))").exception[0].message


def test_bgr_channels_are_swapped() -> None:
    bgr = np.zeros((1, 1, 3), dtype=np.uint8)
    bgr[0, 0] = (255, 0, 0)  # blue in BGR
    assert read_image(bgr, channels="BGR").pixels[0, 0].tolist() == [0, 0, 255]
    assert read_image(bgr).pixels[0, 0].tolist() == [255, 0, 0]


def test_a_pil_image() -> None:
    from PIL import Image

    data = read_image(Image.new("RGBA", (6, 4)))
    assert data.size == (6, 4) and data.pixels.shape == (4, 6, 4)


@pytest.mark.parametrize("source, words", [
    ("st.image('ftp://example.com/cat.png')", ["is a URL", "does not fetch"]),
    ("st.image('data:image/png;base64')", ["not a valid data: URL"]),
    ("st.image('/no/such/file.png')", ["Error opening '/no/such/file.png'"]),
    ("st.image(np.zeros((2, 2, 5)))", ["shape (2, 2, 5)"]),
    ("st.image(3)", ["image of type int"]),
    ("st.image(b'not an image')", ["are not a PNG, JPEG", "b'not an i'"]),
    ("st.image(np.zeros((2, 2)), channels=3)", ["channels=3"]),  # any string is taken
    ("st.image(np.zeros((2, 2)), output_format=5)", ["output_format=5"]),
    ("st.image(np.zeros((2, 2)), width=-3)", ["width=-3"]),
])
def test_image_errors_name_the_argument(source: str, words: list[str]) -> None:
    message = run(source).exception[0].message
    for word in words:
        assert word in message


def test_use_column_width_has_no_effect_but_a_warning_as_in_streamlit_1_67() -> None:
    """Streamlit 1.67 removed ``use_column_width``: any value is accepted, the image keeps its
    ``width`` (not stretched), and a deprecation warning shows above it; error details other
    than "full" hide the warning. ``use_container_width=True`` still stretches."""
    at = run("st.image(np.zeros((2, 2)), use_column_width=True)\n"
             "st.image(np.zeros((2, 2)), use_container_width=True)\n"
             "st.image(np.zeros((2, 2)), use_column_width='bogus', width=50)\n"
             "st.set_option('client.showErrorDetails', 'type')\n"
             "st.image(np.zeros((2, 2)), use_column_width='always')")
    assert not at.exception
    assert [view.width for view in at.image] == ["content", "stretch", 50, "content"]
    assert [view.type for view in at.main.children.values()] == [
        "warning", "image", "image", "warning", "image", "image"]
    assert "`use_column_width` was removed and has no effect" in at.warning[0].value


def test_the_deprecation_warning_goes_where_a_bare_st_warning_would() -> None:
    """Streamlit shows it with a bare ``st.warning``: ``col.image(..., use_column_width=True)``
    warns on the page after the columns, ``with col:`` (or a tab around the call) inside."""
    at = run("a, b = st.columns(2)\n"
             "a.image(np.zeros((2, 2)), use_column_width=True)\n"
             "with b:\n"
             "    st.image(np.zeros((2, 2)), use_column_width=True)\n"
             "tab, = st.tabs(['t'])\n"
             "with tab:\n"
             "    a.image(np.zeros((2, 2)), use_column_width=True)\n")
    first, second = at.columns
    assert [view.type for view in first.children.values()] == ["image", "image"]
    assert [view.type for view in second.children.values()] == ["warning", "image"]
    assert [view.type for view in at.tabs[0].children.values()] == ["warning"]
    assert [view.type for view in at.main.children.values()] == [
        "flex_container", "warning", "tab_container"]


def test_encoded_size_reads_png_and_jpeg_headers() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (9, 11)).save(buffer, format="JPEG")
    assert encoded_size(buffer.getvalue()) == (9, 11)
    assert encoded_size(png_bytes(3, 2)) == (3, 2)
    assert encoded_size(b"nope") is None


def test_pyplot_draws_the_figure_as_an_image() -> None:
    at = run("import matplotlib.pyplot as plt\n"
             "fig, ax = plt.subplots(figsize=(2, 1))\nax.plot([1, 2])\nst.pyplot(fig)\n")
    assert not at.exception
    assert len(at.image) == 1
    width, height = at.image[0].size
    assert 200 < width < 500 and height < width  # 2 x 1 inches at 200 dpi, cropped tight
    assert at.image[0].width == "stretch"


def test_pyplot_of_the_pyplot_module_draws_its_current_figure() -> None:
    """``st.pyplot(plt)`` (many community apps): Streamlit calls the module's savefig, which
    draws the current figure; it failed on the module's missing canvas."""
    at = run("import matplotlib.pyplot as plt\nplt.figure(figsize=(2, 1))\nplt.plot([1, 2])\n"
             "st.pyplot(plt, clear_figure=True)\nst.write(len(plt.gcf().axes))\n")
    assert not at.exception
    width, height = at.image[0].size
    assert 200 < width < 500 and height < width
    assert at.markdown[0].value == "`0`"  # cleared, as the module's clf() clears it


def test_pyplot_needs_a_figure_as_in_streamlit_1_67() -> None:
    """Streamlit 1.67 dropped pyplot's global figure: no figure is an error, not a picture."""
    missing = run("st.pyplot()").exception[0].message
    assert "missing 1 required positional argument: 'fig'" in missing
    message = run("st.pyplot(None)").exception[0].message
    assert message.startswith("The `fig` parameter is required.")


def test_pyplot_savefig_arguments_draw_and_warn_they_are_deprecated() -> None:
    at = run("import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(2, 1))\n"
             "st.pyplot(fig, dpi=50)\n")
    assert not at.exception
    assert [view.type for view in at.main.children.values()] == ["warning", "image"]
    assert "`savefig` keyword arguments to `st.pyplot` is deprecated" in at.warning[0].value
    assert at.image[0].size[0] < 120  # 2 inches at 50 dpi


def test_pyplot_without_matplotlib_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    message = run("st.pyplot(object())").exception[0].message
    assert "st.pyplot needs the optional package 'matplotlib': pip install matplotlib" in message


def test_pyplot_refuses_what_is_not_a_figure() -> None:
    assert "must be a matplotlib Figure" in run("st.pyplot(42)").exception[0].message


def test_vega_lite_without_vl_convert_is_drawn_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vl_convert", None)
    at = run("st.vega_lite_chart({'a': [1]}, {'mark': 'bar'})")
    assert not at.exception
    assert "a bar mark without x or y" in at.vega_lite_chart[0].note


def test_vega_lite_renders_through_vl_convert(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    seen = []
    fake = types.ModuleType("vl_convert")
    fake.vegalite_to_png = lambda spec, scale: seen.append(spec) or png_bytes(8, 6)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vl_convert", fake)
    at = run("st.vega_lite_chart({'a': [1, 2]}, {'mark': 'bar'}, width=300)")  # not drawable natively
    assert at.image[0].size == (8, 6)
    assert seen == [{"mark": "bar", "data": {"values": [{"a": 1}, {"a": 2}]}, "width": 300}]


@pytest.mark.parametrize("call", ["bokeh_chart(None)", "login()"])
def test_web_only_charts_say_they_need_a_browser(call: str) -> None:
    at = run(f"st.{call}")
    assert "is not supported in rerunqt" in at.exception[0].message
    assert "it needs a web browser" in at.exception[0].message
    at = run(f"st.columns(2)[0].{call}")  # a container says the same
    assert "is not supported in rerunqt" in at.exception[0].message


def test_an_unchanged_image_keeps_its_element() -> None:
    at = AppTest.from_string("""
        import numpy as np
        import rerunqt as st
        st.image(np.arange(12, dtype=np.uint8).reshape(3, 4))
        st.button('again')
    """).run()
    before = at.tree[0]
    at.button[0].click().run()
    assert at.tree[0] is before


def test_a_web_image_is_kept_unfetched_and_a_data_url_is_decoded() -> None:
    """Streamlit's docs put ``st.image("https://static.streamlit.io/examples/cat.jpg")`` in
    columns and tabs: the address is kept (nothing is fetched) and the script runs on,
    where it used to stop with an error; a ``data:`` URL holds its bytes and is shown."""
    import base64

    dot = base64.b64encode(png_bytes(2, 2)).decode()
    at = run("st.image('https://static.streamlit.io/examples/cat.jpg', caption='A cat', width=200)\n"
             f"st.image('data:image/png;base64,{dot}')\n"
             "st.write('after')")
    assert not at.exception, at.exception
    assert at.image[0].value == ["https://static.streamlit.io/examples/cat.jpg"]
    assert at.image[0].image.url == "https://static.streamlit.io/examples/cat.jpg"
    assert at.image[0].caption == "A cat"
    assert at.image[1].image.size == (2, 2) and at.image[1].image.url is None
    assert at.markdown[0].value == "after"
    # AppTest lists the data: URL as given, as Streamlit's does (the cookbook's Weaviate app
    # shows posters so): it read as a /mock/media/ address
    assert at.image[1].value == [f"data:image/png;base64,{dot}"]


def test_value_lists_one_url_per_picture_as_streamlits_apptest() -> None:
    """Streamlit's AppTest gives ``at.image[0].value`` as a list of URLs: a web image's own,
    SVG markup as a data: URL, the rest served as media whose extension follows the "auto"
    format rule (transparency -> .png, GIF stays .gif, else .jpg) or ``output_format``."""
    import base64

    at = run(
        "import numpy as np\n"
        "st.image('https://example.com/a.jpg')\n"
        "st.image(np.zeros((4, 4, 3), dtype=np.uint8))\n"
        "st.image(np.zeros((4, 4, 4), dtype=np.uint8))\n"
        "st.image(np.zeros((4, 4, 3), dtype=np.uint8), output_format='PNG')\n"
        "st.image([np.zeros((4, 4), dtype=np.uint8), np.ones((4, 4), dtype=np.uint8)])\n"
        "st.image('<svg width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>')\n"
    )
    values = [image.value for image in at.image]
    assert values[0] == ["https://example.com/a.jpg"]
    assert [[url.rsplit(".", 1)[1] for url in v] for v in values[1:5]] == [
        ["jpg"], ["png"], ["png"], ["jpg", "jpg"]]
    assert all(url.startswith("/mock/media/") for v in values[1:5] for url in v)
    assert values[4][0] != values[4][1]  # each picture has its own address
    assert values[1] == run("import numpy as np\n"
                            "st.image(np.zeros((4, 4, 3), dtype=np.uint8))").image[0].value
    svg = base64.b64decode(values[5][0].removeprefix("data:image/svg+xml;base64,")).decode()
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" ') and "<rect" in svg


def test_captions_and_alt_texts_pair_with_the_pictures_as_in_streamlit_1_67() -> None:
    """One caption or alt per picture of a list; a single one fits a single picture only;
    a caption that is not a string is its str; ``alt=""`` (decorative) is kept."""
    at = run("st.image(np.zeros((2, 2)), caption=5, alt=7)\n"
             "st.image([np.zeros((2, 2))] * 2, alt=['a red square', None])\n"
             "st.image(np.zeros((2, 2)), alt='')")
    assert not at.exception, at.exception
    assert at.image[0].captions == ["5"]
    assert [[p.alt for p in view.proto.imgs] for view in at.image] == [
        ["7"], ["a red square", ""], [""]]
    for source, words in [
            ("st.image([np.zeros((2, 2))] * 2, caption='one')", "Cannot pair 1 captions with 2"),
            ("st.image([np.zeros((2, 2))] * 2, alt='one')", "A single `alt` string can only"),
            ("st.image([np.zeros((2, 2))] * 2, alt=['one'])", "Cannot pair 1 alt values with 2"),
            ("st.image(np.zeros((2, 2)), channels='BGR')", "exactly 3 color channels")]:
        assert words in run(source).exception[0].message, source


def test_the_fourth_positional_argument_is_clamp_as_in_streamlit_1_67() -> None:
    """Streamlit 1.67: image, caption, width, clamp, channels, output_format; the removed
    ``use_column_width`` is keyword-only (it was fourth, and took ``clamp``'s place)."""
    at = run("st.image(np.full((2, 2), 300.0), 'cap', 100, True, 'RGB', 'PNG')")
    assert not at.exception and not at.warning, (at.exception, at.warning)
    assert (at.image[0].captions, at.image[0].width) == (["cap"], 100)


def test_svg_markup_keeps_its_surrounding_whitespace_in_its_data_url() -> None:
    """Streamlit encodes SVG text as written (a triple-quoted string's newlines too), adding
    only ``xmlns``; an XML declaration after whitespace is still read (Qt needs it first)."""
    import base64

    at = run("st.image('''\n<svg width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n''')\n"
             "st.image('''\n<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
             "width=\"8\" height=\"6\"/>''')")
    assert not at.exception, at.exception
    svg = base64.b64decode(at.image[0].value[0].removeprefix("data:image/svg+xml;base64,")).decode()
    assert svg == ('\n<svg xmlns="http://www.w3.org/2000/svg"  width="10" height="10">'
                   '<rect width="10" height="10"/></svg>\n')
    assert at.image[1].image.encoded.startswith(b"<?xml")


def test_a_buffer_just_written_is_read_from_its_start() -> None:
    """``fig.savefig(buf, format="png"); st.image(buf)`` leaves the buffer at its end;
    Streamlit reads it whole, so a not-rewound buffer shows its picture, twice too."""
    buffer = io.BytesIO()
    buffer.write(png_bytes(6, 4))
    first, again = read_image(buffer), read_image(buffer)
    assert first.size == again.size == (6, 4)


def test_channels_and_output_format_are_forgiving_as_in_streamlit_1_67() -> None:
    """Streamlit upper-cases ``channels`` ("bgr" swaps red and blue) and takes any
    ``output_format`` string, one other than PNG / JPEG / JPG meaning "auto"."""
    blue_as_bgr = "np.array([[[255, 0, 0]]], dtype=np.uint8)"
    at = run(f"st.image({blue_as_bgr}, channels='bgr')\n"
             f"st.image({blue_as_bgr}, channels='rgb', output_format='GIF')\n"
             f"st.image({blue_as_bgr}, output_format='webp')")
    assert not at.exception, at.exception
    assert at.image[0].image.pixels[0, 0].tolist() == [0, 0, 255]
    assert at.image[1].image.pixels[0, 0].tolist() == [255, 0, 0]
    assert [v.value[0].rsplit(".", 1)[1] for v in at.image] == ["jpg", "jpg", "jpg"]


def test_a_4d_array_is_a_row_of_images_and_a_set_a_list_as_in_streamlit() -> None:
    """Streamlit splits an (N, H, W, C) array into N pictures (a model's batch) and takes a
    set of images as a list."""
    at = run("st.image(np.zeros((3, 4, 5, 3), dtype=np.uint8), caption=['a', 'b', 'c'])\n"
             "st.image(np.zeros((1, 4, 5, 3), dtype=np.uint8))\n"
             "st.image({'https://example.com/a.png'})")
    assert not at.exception, at.exception
    assert at.image[0].captions == ["a", "b", "c"] and len(at.image[0].value) == 3
    assert at.image[1].size == (5, 4) and len(at.image[1].value) == 1
    assert at.image[2].value == ["https://example.com/a.png"]


def test_a_format_only_pillow_reads_is_shown_as_its_pixels(tmp_path: Path) -> None:
    """Streamlit shows what Pillow opens: an icon (.ico) or a PPM file becomes pixels;
    bytes that are no image still raise the error naming them."""
    pytest.importorskip("PIL")
    from PIL import Image

    icon = io.BytesIO()
    Image.new("RGBA", (16, 16), (255, 0, 0, 255)).save(icon, format="ICO")
    Image.new("RGB", (5, 3), "blue").save(tmp_path / "blue.ppm")
    at = run(f"st.image({icon.getvalue()!r})\nst.image({str(tmp_path / 'blue.ppm')!r})")
    assert not at.exception, at.exception
    assert at.image[0].image.pixels[0, 0].tolist() == [255, 0, 0, 255]
    assert at.image[1].size == (5, 3) and at.image[1].image.pixels[0, 0].tolist() == [0, 0, 255]
    assert "are not a PNG" in run("st.image(b'not an image')").exception[0].message


def test_indented_svg_markup_is_taken_for_a_file_name_as_in_streamlit_1_67() -> None:
    """Streamlit reads text as SVG only when at most one white-space character comes before
    ``<svg``: an indented triple-quoted SVG (its 0.68 columns demo) is "Error opening"."""
    at = run("st.image(' <svg width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>')\n"
             "st.image('''\n    <svg width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>''')")
    assert len(at.image) == 1  # one space before it: SVG, as there
    assert at.exception[0].message.startswith("Error opening '\n    <svg")
