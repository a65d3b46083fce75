"""Typed, hand-written layer over the generated APIMart video client."""

from apimart_video._exceptions import APIMartError, InvalidRequestError
from apimart_video._rules import IgnoredFieldWarning, Mode, Violation, check_request

__all__ = [
    "APIMartError",
    "IgnoredFieldWarning",
    "InvalidRequestError",
    "Mode",
    "Violation",
    "check_request",
]
