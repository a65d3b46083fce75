"""The caller's side: operations, servers, security, parameters and request bodies."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tools.spec_diff.content import compare_content
from tools.spec_diff.model import Audience, Change, Severity
from tools.spec_diff.schemas import Context, SchemaDiff, show

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Operation = tuple[str, str]  # (METHOD, path)
# How a parameter is written on the wire: any change sends a different request.
SERIALIZATION = frozenset({"style", "explode", "allowReserved", "allowEmptyValue", "content"})


def operations(document: dict[str, Any]) -> dict[Operation, dict[str, Any]]:
    """Every operation of an inlined document, with path-level parameters folded in."""
    found: dict[Operation, dict[str, Any]] = {}
    for path, item in (document.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if method in item:
                operation = dict(item[method])
                own = {(p["in"], p["name"]) for p in operation.get("parameters", [])}
                inherited = [p for p in shared if (p["in"], p["name"]) not in own]
                operation["parameters"] = [*inherited, *operation.get("parameters", [])]
                found[(method.upper(), path)] = operation
    return found


def name_of(key: Operation, operation: dict[str, Any]) -> str:
    return str(operation.get("operationId") or f"{key[0]} {key[1]}")


def _callers(subject: str, where: str, text: str, *, breaking: bool) -> Change:
    severity = Severity.BREAKING if breaking else Severity.COMPATIBLE
    return Change(Audience.CALLERS, severity, subject, where, text)


def compare_document(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    """Servers and security of the whole document."""
    old_urls = [server.get("url") for server in old.get("servers", [])]
    new_urls = [server.get("url") for server in new.get("servers", [])]
    for url in old_urls:
        if url not in new_urls:
            yield _callers(str(url), "servers", f"server {url} removed", breaking=True)
    for url in new_urls:
        if url not in old_urls:
            yield _callers(str(url), "servers", f"server {url} added", breaking=False)
    if old.get("security") != new.get("security"):
        yield _callers(
            "security",
            "security",
            f"security changed from {show(old.get('security'))} to {show(new.get('security'))}",
            breaking=True,
        )
    old_schemes = (old.get("components") or {}).get("securitySchemes", {})
    new_schemes = (new.get("components") or {}).get("securitySchemes", {})
    for name in sorted(set(old_schemes) | set(new_schemes)):
        before, after = old_schemes.get(name), new_schemes.get(name)
        strip = {"description"}
        if {k: v for k, v in (before or {}).items() if k not in strip} != {
            k: v for k, v in (after or {}).items() if k not in strip
        }:
            yield _callers(
                name,
                "components.securitySchemes",
                f"security scheme {name} changed",
                breaking=before is not None,
            )


def compare_operation_sets(
    old: dict[Operation, dict[str, Any]], new: dict[Operation, dict[str, Any]]
) -> Iterator[Change]:
    for key in sorted(set(old) | set(new)):
        where = f"{key[0]} {key[1]}"
        if key not in new:
            name = name_of(key, old[key])
            yield _callers(name, where, f"operation {name} removed", breaking=True)
        elif key not in old:
            name = name_of(key, new[key])
            yield _callers(name, where, f"operation {name} added", breaking=False)
        else:
            yield from compare_request(old[key], new[key], where)


def compare_request(old: dict[str, Any], new: dict[str, Any], where: str) -> Iterator[Change]:
    """Parameters, request body and security of one operation."""
    diff = SchemaDiff()
    if old.get("security") != new.get("security"):
        yield _callers(
            name_of(("", where), new),
            where,
            f"security changed from {show(old.get('security'))} to {show(new.get('security'))}",
            breaking=True,
        )
    yield from _parameters(old, new, where, diff)
    yield from _body(old.get("requestBody"), new.get("requestBody"), where)
    if not old.get("deprecated") and new.get("deprecated"):
        yield _callers(name_of(("", where), new), where, "operation now deprecated", breaking=False)


def _parameters(
    old: dict[str, Any], new: dict[str, Any], where: str, diff: SchemaDiff
) -> Iterator[Change]:
    before = {(p["in"], p["name"]): p for p in old.get("parameters", [])}
    after = {(p["in"], p["name"]): p for p in new.get("parameters", [])}
    for key in sorted(set(before) | set(after)):
        place, name = key
        at = f"{where} {place} parameter `{name}`"
        if key not in after:
            yield _callers(name, at, f"{place} parameter `{name}` removed", breaking=True)
            continue
        if key not in before:
            required = bool(after[key].get("required"))
            text = f"{'required' if required else 'optional'} {place} parameter `{name}` added"
            yield _callers(name, at, text, breaking=required)
            continue
        was, now = bool(before[key].get("required")), bool(after[key].get("required"))
        if was != now:
            text = f"{place} parameter `{name}` is {'now' if now else 'no longer'} required"
            yield _callers(name, at, text, breaking=now)
        for field in sorted(SERIALIZATION & (set(before[key]) | set(after[key]))):
            if before[key].get(field) != after[key].get(field):
                old_value, new_value = show(before[key].get(field)), show(after[key].get(field))
                text = f"`{field}` of `{name}` changed from {old_value} to {new_value}"
                yield _callers(name, at, text, breaking=True)
        ctx = Context(Audience.CALLERS, at, subject=name)
        yield from diff.compare(
            before[key].get("schema", True), after[key].get("schema", True), ctx
        )


def _body(old: Any, new: Any, where: str) -> Iterator[Change]:
    at = f"{where} request body"
    if old is None and new is None:
        return
    if old is None or new is None:
        required = bool((new or {}).get("required"))
        text = "request body " + ("added" if old is None else "removed")
        yield _callers("body", at, text, breaking=old is not None or required)
        return
    if not old.get("required") and new.get("required"):
        yield _callers("body", at, "request body is now required", breaking=True)
    yield from compare_content(
        old.get("content", {}),
        new.get("content", {}),
        at,
        Audience.CALLERS,
        wording=("no longer accepted", "now accepted"),
        added_breaks=False,
    )
