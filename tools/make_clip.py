"""Make the reference server's sample video, once: `python tools/make_clip.py`.

A 2-second, 160x90, 24 fps H.264 clip (a colour sweep with a moving bar), encoded with PyAV,
so that downloads in tests and demos end in a real, playable MP4. It needs
`pip install av numpy` (neither is a dependency of the package). The result is committed as
package data; this script is kept to show how it was made.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

WIDTH, HEIGHT, FPS, SECONDS = 160, 90, 24, 2
OUT = Path(__file__).resolve().parent.parent / "overlay/apimart_video/testing/data/clip.mp4"


def frame_pixels(index: int) -> np.ndarray:
    """An RGB frame: a hue that drifts over time, and a white bar sweeping left to right."""
    t = index / (FPS * SECONDS)
    x = np.linspace(0, 1, WIDTH)[None, :, None]
    y = np.linspace(0, 1, HEIGHT)[:, None, None]
    phase = np.array([0.0, 2.1, 4.2])[None, None, :]
    rgb = 127 + 120 * np.sin(2 * np.pi * (x + y * 0.5 + t) + phase)
    bar = int(t * WIDTH)
    rgb[:, max(bar - 4, 0) : bar + 4, :] = 255
    return rgb.astype(np.uint8)


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(OUT), mode="w", options={"movflags": "+faststart"}) as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.time_base = Fraction(1, FPS)
        stream.options = {"crf": "30", "preset": "veryslow"}
        for index in range(FPS * SECONDS):
            frame = av.VideoFrame.from_ndarray(frame_pixels(index), format="rgb24")
            frame.pts = index
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
