"""The CLI's option types: the one home for what a number given on the command line must be.

Each is an argparse `type=`: a bad value becomes an argparse error (the usage, then
`error: argument --concurrency: must be a whole number of 1 or more, not '0'`, exit 2)
before anything runs, instead of a traceback or a silent misbehaviour later.
"""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING

from apimart_video._client.base import RESPONSE_VERSION
from apimart_video._request.spec_values import RESPONSE_VERSIONS

if TYPE_CHECKING:
    from apimart_video._request.spec_values import ResponseVersion

__all__ = [
    "add_response_version",
    "non_negative_float",
    "non_negative_int",
    "pinned_version",
    "port",
    "positive_float",
    "positive_int",
    "response_version",
    "share",
]

NO_VERSION = "none"
"""What `--response-version` takes for "send no `X-APIMart-Response-Version`"."""


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


def response_version(text: str) -> str:
    """A response version the spec names, or `none` (`--response-version`); kept as typed, so
    that a command rebuilt from the parsed options says it the same way."""
    if text == NO_VERSION or text in RESPONSE_VERSIONS:
        return text
    choices = ", ".join([*RESPONSE_VERSIONS, NO_VERSION])
    raise argparse.ArgumentTypeError(f"must be one of {choices}, not {text!r}")


def pinned_version(text: str) -> ResponseVersion | None:
    """What a client is given for a `--response-version` value (`none`: None)."""
    for version in RESPONSE_VERSIONS:
        if text == version:
            return version
    return None


def add_response_version(parser: argparse.ArgumentParser) -> None:
    """`--response-version`, on the commands that submit generations."""
    parser.add_argument(
        "--response-version",
        type=response_version,
        default=RESPONSE_VERSION,
        metavar="VERSION",
        help=f"X-APIMart-Response-Version each submit sends, pinning the answer's shape "
        f"(default {RESPONSE_VERSION}; {NO_VERSION}: send none; both shapes are read)",
    )
