"""The CLI's option types: the one home for what a number given on the command line must be.

Each is an argparse `type=`: a bad value becomes an argparse error (the usage, then
`error: argument --concurrency: must be a whole number of 1 or more, not '0'`, exit 2)
before anything runs, instead of a traceback or a silent misbehaviour later.
"""

from __future__ import annotations

import argparse
import math

__all__ = [
    "non_negative_float",
    "non_negative_int",
    "port",
    "positive_float",
    "positive_int",
    "share",
]


def _whole(text: str, rule: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}") from None


def _finite(text: str, rule: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}")
    return value


def positive_int(text: str) -> int:
    """A whole number of 1 or more (`--concurrency`)."""
    rule = "must be a whole number of 1 or more"
    value = _whole(text, rule)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}")
    return value


def non_negative_int(text: str) -> int:
    """A whole number of 0 or more (`--max-generations`, `--max-retries`)."""
    rule = "must be a whole number of 0 or more"
    value = _whole(text, rule)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}")
    return value


def port(text: str) -> int:
    """A TCP port, 0 to 65535 (0: any free port)."""
    rule = "must be a port number from 0 to 65535"
    value = _whole(text, rule)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}")
    return value


def positive_float(text: str) -> float:
    """A finite number above 0, such as seconds (`--timeout`, `--wait-timeout`)."""
    rule = "must be a number above 0 (not nan or inf)"
    value = _finite(text, rule)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}")
    return value


def non_negative_float(text: str) -> float:
    """A finite number of 0 or more (`--first-poll`)."""
    rule = "must be a number of 0 or more (not nan or inf)"
    value = _finite(text, rule)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}")
    return value


def share(text: str) -> float:
    """A share of a whole, from 0 up to (not including) 1 (`--drop-video-at`)."""
    rule = "must be a number from 0 up to (not including) 1"
    value = _finite(text, rule)
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"{rule}, not {text!r}")
    return value
