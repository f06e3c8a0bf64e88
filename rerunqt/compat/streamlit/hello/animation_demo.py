"""A Julia-set fractal redrawn in a loop of 100 frames, tuned by two sidebar sliders."""

import numpy as np

import rerunqt as st
from rerunqt.compat.streamlit.hello.utils import show_code


def animation_demo() -> None:
    # widgets return their value: the loop below reads them directly
    iterations = st.sidebar.slider("Level of detail", 2, 20, 10, 1)
    separation = st.sidebar.slider("Separation", 0.7, 2.0, 0.7885)
    bar = st.sidebar.progress(0)
    frame_text = st.sidebar.empty()
    picture = st.empty()

    width, height, scale = 960, 640, 400
    plane = (np.linspace(-width / scale, width / scale, width)[None, :]
             + 1j * np.linspace(-height / scale, height / scale, height)[:, None])
    for frame, angle in enumerate(np.linspace(0.0, 4 * np.pi, 100)):
        bar.progress(frame)
        frame_text.text(f"Frame {frame + 1}/100")
        c = separation * np.exp(1j * angle)
        z = plane.copy()
        alive = np.ones(z.shape, dtype=bool)
        depth = np.zeros(z.shape)
        for i in range(iterations):
            z[alive] = z[alive] ** 2 + c
            alive[np.abs(z) > 2] = False
            depth[alive] = i
        picture.image(1.0 - depth / np.max(depth), width="stretch")
    bar.empty()
    frame_text.empty()
    st.button("Rerun")  # any widget reruns the script


st.set_page_config(page_title="Animation demo", page_icon=":material/animation:")
st.title("Animation demo")
st.write("This app shows how you can use Streamlit to build cool animations.\n"
         "It displays an animated fractal based on the Julia Set. Use the slider\n"
         "to tune different parameters.")
animation_demo()
show_code(animation_demo)
