"""The parser's side: the answers of each operation, their bodies and headers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tools.spec_diff.content import compare_content
from tools.spec_diff.model import Audience, Change, Severity
from tools.spec_diff.request_side import Operation
from tools.spec_diff.schemas import Context, SchemaDiff


def _parsers(subject: str, where: str, text: str, *, breaking: bool) -> Change:
    severity = Severity.BREAKING if breaking else Severity.COMPATIBLE
    return Change(Audience.PARSERS, severity, subject, where, text)


def compare_responses(
    old: dict[Operation, dict[str, Any]], new: dict[Operation, dict[str, Any]]
) -> Iterator[Change]:
    diff = SchemaDiff()
    for key in sorted(set(old) & set(new)):
        where = f"{key[0]} {key[1]}"
        before, after = old[key].get("responses", {}), new[key].get("responses", {})
        for status in sorted(set(before) | set(after), key=str):
            at = f"{where} {status}"
            if status not in after:
                success = str(status).startswith("2")
                text = f"response {status} no longer documented"
                yield _parsers(str(status), at, text, breaking=success)
            elif status not in before:
                text = f"response {status} newly documented"
                yield _parsers(str(status), at, text, breaking=False)
            else:
                yield from _response(before[status], after[status], at, diff)


def _response(
    old: dict[str, Any], new: dict[str, Any], at: str, diff: SchemaDiff
) -> Iterator[Change]:
    yield from compare_content(
        old.get("content", {}),
        new.get("content", {}),
        at,
        Audience.PARSERS,
        wording=("no longer sent", "may now be sent"),
        added_breaks=True,
    )
    old_links, new_links = old.get("links", {}), new.get("links", {})
    for name in sorted(set(old_links) | set(new_links)):
        if old_links.get(name) != new_links.get(name):
            verb = (
                "added"
                if name not in old_links
                else "removed"
                if name not in new_links
                else "changed"
            )
            yield _parsers(name, f"{at} link", f"link {name} {verb}", breaking=False)
    old_headers, new_headers = old.get("headers", {}), new.get("headers", {})
    for name in sorted(set(old_headers) | set(new_headers)):
        where = f"{at} header"
        if name not in new_headers:
            yield _parsers(name, where, f"header `{name}` removed", breaking=True)
        elif name not in old_headers:
            yield _parsers(name, where, f"header `{name}` added", breaking=False)
        else:
            ctx = Context(Audience.PARSERS, where, subject=name)
            yield from diff.compare(
                old_headers[name].get("schema", True), new_headers[name].get("schema", True), ctx
            )
