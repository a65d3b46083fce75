"""The `stacklevel` that makes a warning point at the user's line, not at this package.

Python 3.12 has `warnings.warn(skip_file_prefixes=...)`; 3.11 does not, so the frames are
walked by hand: the first frame whose file is outside `apimart_video/` is the caller's.
"""

from __future__ import annotations

import os
import sys

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def caller_stacklevel() -> int:
    """`stacklevel` for a `warnings.warn` made by the function that calls this one."""
    frame = sys._getframe(1)  # the function that is about to warn: stacklevel 1
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level
