"""A `content` map (media type -> schema) of a request body or a response, compared."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tools.spec_diff.model import Audience, Change, Severity
from tools.spec_diff.schemas import Context, SchemaDiff


def compare_content(
    old: dict[str, Any],
    new: dict[str, Any],
    at: str,
    audience: Audience,
    *,
    wording: tuple[str, str],  # (removed, added): "no longer accepted", "now accepted"
    added_breaks: bool,
) -> Iterator[Change]:
    """Media types removed (always breaking) or added, and the schema of each kept one."""
    for media in sorted(set(old) | set(new)):
        if media not in new:
            text = f"content type {media} {wording[0]}"
            yield Change(audience, Severity.BREAKING, media, at, text)
        elif media not in old:
            severity = Severity.BREAKING if added_breaks else Severity.COMPATIBLE
            yield Change(audience, severity, media, at, f"content type {media} {wording[1]}")
        else:
            ctx = Context(audience, at if len(new) == 1 else f"{at} ({media})")
            yield from SchemaDiff().compare(
                old[media].get("schema", True), new[media].get("schema", True), ctx
            )
