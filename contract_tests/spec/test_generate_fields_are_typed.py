"""`generate(**fields)` and the mode helpers are typed from the spec: mypy refuses a misspelt
field, a value outside an enum and a wrong type, on both clients, and accepts a good call.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CALLER = """\
from apimart_video import AsyncVideoClient, VideoClient


def use(client: VideoClient) -> None:
    client.generate(prompt="a fox", resolution="1080P", duration=8, size="16:9", seed=1)
    client.generate(promt="a fox")  # line 6
    client.generate(prompt="a fox", resolution="8K")  # line 7
    client.generate_and_wait(prompt="a fox", duration="8")  # line 8
    client.text_to_video("a fox", durration=5)  # line 9
    client.first_frame_to_video("https://cdn.example.com/a.jpg", size="2:1")  # line 10
    client.generate(image_with_roles=[{"url": "https://cdn.example.com/a.jpg", "role": "x"}])


async def use_async(client: AsyncVideoClient) -> None:
    await client.generate(prompt="a fox", watermark=True)
    await client.generate(prompt="a fox", negative_promt="blur")  # line 16
"""
EXPECTED_ERROR_LINES = {6, 7, 8, 9, 10, 11, 16}


def test_mypy_refuses_misspelt_fields_and_values_outside_the_spec(tmp_path: Path) -> None:
    caller = tmp_path / "caller.py"
    caller.write_text(CALLER, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(caller)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    errors = re.findall(r"caller\.py:(\d+): error: (.*)", run.stdout)
    assert {int(line) for line, _ in errors} == EXPECTED_ERROR_LINES, run.stdout
    messages = "\n".join(message for _, message in errors)
    assert 'Unexpected keyword argument "promt"' in messages
    assert 'Unexpected keyword argument "negative_promt"' in messages
    assert "\"Literal['8K']\"" in messages
