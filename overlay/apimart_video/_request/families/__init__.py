"""One rules file per model family, loaded when a body names one of its models.

Each module here is named after its family (`kling-v2-6` -> `kling_v2_6.py`) and defines
`FAMILY`, a `Family` built from the spec's values and the family's own rules. The families
and their model ids come from `spec_values.FAMILIES` (the spec's request `oneOf`): a family
in the spec without a rules file here fails a test, not a user.

Never imports: apimart_video._http, apimart_video._waiting, apimart_video._download,
    apimart_video._client, apimart_video.batch, apimart_video.cli, apimart_video.testing
"""

from __future__ import annotations

import functools
import re
from importlib import import_module
from typing import Final

from apimart_video._request.family import Family
from apimart_video._request.spec_values import FAMILIES

__all__ = ["MODEL_FAMILIES", "family", "family_of", "module_name"]

MODEL_FAMILIES: Final[dict[str, str]] = {
    model: name for name, values in FAMILIES.items() for model in values["models"]
}
"""Every model id the client knows, and its family."""


def module_name(family_name: str) -> str:
    """`kling-v2-6` -> `kling_v2_6`, `MiniMax-Hailuo-2.3` -> `minimax_hailuo_2_3`."""
    return re.sub(r"[^a-z0-9]+", "_", family_name.lower()).strip("_")


@functools.cache
def family(name: str) -> Family:
    """The family called `name` (a key of `spec_values.FAMILIES`), its rules file loaded."""
    module = import_module(f"{__name__}.{module_name(name)}")
    found: Family = module.FAMILY
    return found


def family_of(model: str) -> Family | None:
    """The family of a model id; None for an id the client does not know."""
    name = MODEL_FAMILIES.get(model)
    return None if name is None else family(name)
