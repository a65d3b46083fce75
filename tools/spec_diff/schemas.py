"""Compare two JSON Schemas (references inlined) and classify each difference.

One question decides every keyword: does the change narrow or widen the set of documents
the schema accepts? For a request (the caller sends, the API validates) narrowing is
breaking; for a response (the API sends, the client parses) widening is, plus the rules
parsers care about whatever the direction: a removed field or a changed type is breaking, a
new field is not, and a new enum value is compatible when another branch of an enclosing
`anyOf` accepts it (the lenient enum of the task `status`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from jsonschema import Draft202012Validator

from tools.spec_diff.families import Family, Union, as_one_family, ids_text, pair, union_of, without
from tools.spec_diff.load import ANNOTATIONS
from tools.spec_diff.model import Audience, Change, Severity

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
CONTAINS_BOUNDS = ("minContains", "maxContains")
# Keywords with a rule below; any other validating keyword that changes is reported as an
# unclassified change, breaking, rather than passed over.
HANDLED = frozenset(
    {
        "type", "enum", "const", "required", "properties", "additionalProperties",
        "patternProperties", "items", "prefixItems", "contains", "allOf", "anyOf", "oneOf",
        "not", "dependentSchemas", "dependentRequired", "if", "then", "else", "pattern",
        "format", "multipleOf", "default", "deprecated", "uniqueItems",
        *LOWER_BOUNDS, *UPPER_BOUNDS, *CONTAINS_BOUNDS,
    }
)  # fmt: skip
JSON_TYPES = ("null", "boolean", "object", "array", "number", "string", "integer")


def show(value: Any, limit: int = 80) -> str:
    """A value as JSON, long ones (URL patterns) cut to `limit` characters."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def subject_of(value: Any) -> str:
    return value if isinstance(value, str) else show(value)


def _first_line(schema: Any) -> str:
    if isinstance(schema, dict) and isinstance(schema.get("description"), str):
        return str(schema["description"]).strip().splitlines()[0]
    return show(schema)[:120]


def _types(schema: dict[str, Any]) -> set[str] | None:
    kind = schema.get("type")
    if kind is None:
        return None
    kinds = {kind} if isinstance(kind, str) else set(kind)
    return kinds | {"integer"} if "number" in kinds else kinds


def _documents(schema: Any) -> bool | None:
    """True/False for a schema that accepts everything / nothing; None otherwise."""
    if schema is True or schema is False:
        return bool(schema)
    if isinstance(schema, dict) and not (set(schema) - ANNOTATIONS):
        return True
    return None


def _semantic(schema: Any) -> Any:
    """The schema without annotations, to tell a real change from a reworded description."""
    if isinstance(schema, dict):
        return {k: _semantic(v) for k, v in schema.items() if k not in ANNOTATIONS}
    if isinstance(schema, list):
        return [_semantic(v) for v in schema]
    return schema


def _lift(schema: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """`S` as `{anyOf: [S]}` when the other side is only an `anyOf` (or `oneOf`).

    The two mean the same, and the lifted form lets the branches be matched: turning
    `anyOf: [TaskStatus, string]` into `TaskStatus` is one branch removed, not a new type, a
    new enum and a removed `anyOf`.
    """
    for keyword in ("anyOf", "oneOf"):
        if keyword in other and keyword not in schema and set(other) - ANNOTATIONS == {keyword}:
            notes = {k: v for k, v in schema.items() if k in ANNOTATIONS}
            core = {k: v for k, v in schema.items() if k not in ANNOTATIONS}
            return {**notes, keyword: [core]}
    return schema


UnionPair = tuple[Union, Union, dict[str, Any], dict[str, Any]]


def _unions(old: Any, new: Any) -> UnionPair | None:
    """Both sides as model families, when either is a discriminated `oneOf` (and the other
    one too, or a single schema fixing the same property); with what each has besides."""
    old_union, new_union = union_of(old), union_of(new)
    if old_union is None and new_union is not None:
        old_union = as_one_family(old, new_union.prop)
    elif new_union is None and old_union is not None:
        new_union = as_one_family(new, old_union.prop)
    if old_union is None or new_union is None or old_union.prop != new_union.prop:
        return None

    def rest(schema: dict[str, Any]) -> dict[str, Any]:
        if "oneOf" not in schema:  # a single schema: all of it is its one family's
            return {}
        return {k: v for k, v in schema.items() if k not in ("oneOf", "discriminator")}

    return old_union, new_union, rest(old), rest(new)


def _type_set(schemas: list[Any]) -> set[str] | None:
    """The JSON types a list of alternatives admits; None when one admits any type."""
    found: set[str] = set()
    for schema in schemas:
        kinds = _types(schema) if isinstance(schema, dict) else None
        if kinds is None:
            return None
        found |= kinds
    return found


@dataclass(frozen=True)
class Context:
    audience: Audience
    where: str  # operation and place: "POST /v1/videos/generations request body"
    path: str = ""  # inside the schema: ".image_with_roles[].role"
    subject: str = "body"  # the field a change concerns
    negated: bool = False  # inside `not`: narrowing the inner schema widens the outer
    alternatives: tuple[Any, ...] = ()  # other branches of the enclosing anyOf/oneOf (new)

    def at(self, step: str, subject: str | None = None) -> Context:
        """One step deeper; the alternatives belong to the branch itself, not its insides."""
        path, subject = self.path + step, subject or self.subject
        return replace(self, path=path, subject=subject, alternatives=())

    def family(self, name: str) -> Context:
        """Inside one family of a discriminated `oneOf` (the request of one model family)."""
        return replace(self, where=f"{self.where}, family {name}", alternatives=())

    def model(self, model: str) -> Context:
        """For one model id (one that moved from a family to another)."""
        return replace(self, where=f"{self.where}, model {model}", alternatives=())

    @property
    def location(self) -> str:
        return f"{self.where}: {self.path.lstrip('.')}" if self.path else self.where


class SchemaDiff:
    """Walks two schemas side by side and yields a `Change` per difference."""

    def compare(self, old: Any, new: Any, ctx: Context) -> Iterator[Change]:
        if _semantic(old) == _semantic(new):
            return
        unions = _unions(old, new)
        if unions is not None:
            yield from self._families(*unions, ctx)
            return
        old_all, new_all = _documents(old), _documents(new)
        if old_all is not None or new_all is not None:
            yield from self._boolean(old, new, old_all, new_all, ctx)
            return
        old, new = _lift(old, new), _lift(new, old)
        yield from self._types(old, new, ctx)
        yield from self._values(old, new, ctx)
        yield from self._bounds(old, new, ctx)
        yield from self._strings(old, new, ctx)
        yield from self._required(old, new, ctx)
        yield from self._properties(old, new, ctx)
        yield from self._arrays(old, new, ctx)
        yield from self._combinators(old, new, ctx)
        yield from self._conditionals(old, new, ctx)
        yield from self._notes(old, new, ctx)
        for key in sorted((set(old) | set(new)) - HANDLED - ANNOTATIONS):
            if not key.startswith("x-") and old.get(key) != new.get(key):
                yield self._change(
                    ctx,
                    Severity.BREAKING,
                    f"`{key}` changed from {show(old.get(key))} to {show(new.get(key))}"
                    " (no rule classifies it: assumed breaking)",
                )

    # -- emitting ---------------------------------------------------------------------

    def _change(
        self, ctx: Context, severity: Severity, text: str, subject: str | None = None
    ) -> Change:
        return Change(ctx.audience, severity, subject or ctx.subject, ctx.location, text)

    def narrowed(self, ctx: Context, text: str, subject: str | None = None) -> Change:
        """Fewer documents accepted than before."""
        return self._direction(ctx, narrowing=not ctx.negated, text=text, subject=subject)

    def widened(self, ctx: Context, text: str, subject: str | None = None) -> Change:
        """More documents accepted than before."""
        return self._direction(ctx, narrowing=ctx.negated, text=text, subject=subject)

    def _direction(
        self, ctx: Context, *, narrowing: bool, text: str, subject: str | None
    ) -> Change:
        request = ctx.audience is Audience.CALLERS
        breaking = narrowing if request else not narrowing
        severity = Severity.BREAKING if breaking else Severity.COMPATIBLE
        return self._change(ctx, severity, text, subject)

    # -- model families: a `oneOf` discriminated by `model` ------------------------------

    def _families(
        self,
        old: Union,
        new: Union,
        old_rest: dict[str, Any],
        new_rest: dict[str, Any],
        ctx: Context,
    ) -> Iterator[Change]:
        yield from self.compare(old_rest, new_rest, ctx)
        old_of = {model: family for family in old.families for model in family.ids}
        new_of: dict[str, Family] = {}
        for family in new.families:
            for model in family.ids:
                if model in new_of:
                    text = (
                        f"model id `{model}` is taken by families {new_of[model].label} and "
                        f"{family.label}: a body that fits both is refused (`oneOf`)"
                    )
                    yield self.narrowed(ctx.family(family.label), text, model)
                new_of.setdefault(model, family)
        pairs = pair(old, new)
        partner = {id(before): after for before, after in pairs if before and after}
        for before, after in pairs:
            if before is not None and after is not None:
                yield from self._family(before, after, old_of, new_of, new.prop, ctx)
            elif after is not None:
                added = [model for model in after.ids if model not in old_of]
                if added:
                    yield self._model_added(after, added, ctx)
            elif before is not None:
                gone = [model for model in before.ids if model not in new_of]
                if gone:
                    yield self._model_removed(before, gone, ctx)
        for model in sorted(old_of.keys() & new_of.keys()):
            before, after = old_of[model], new_of[model]
            if partner.get(id(before)) is not after:
                text = f"model id `{model}` moved from family {before.label} to {after.label}"
                yield self._change(ctx.model(model), Severity.COMPATIBLE, text, model)
                moved = without(before.schema, new.prop, after.schema)
                yield from self.compare(moved, after.schema, ctx.model(model))

    def _family(
        self,
        before: Family,
        after: Family,
        old_of: dict[str, Family],
        new_of: dict[str, Family],
        prop: str,
        ctx: Context,
    ) -> Iterator[Change]:
        """One family on both sides: its ids, then its schema, field by field."""
        inner = ctx.family(after.label)
        if before.name and before.name != after.name:
            text = f"family {before.name} renamed {after.name}"
            yield self._change(inner, Severity.COMPATIBLE, text, after.name)
        for model in before.ids:
            if model not in new_of:
                text = f"model id `{model}` removed from family {after.label}"
                yield self.narrowed(inner, text, model)
        for model in after.ids:
            if model not in old_of:
                text = f"model id `{model}` added to family {after.label}"
                yield self.widened(inner, text, model)
        yield from self.compare(without(before.schema, prop, after.schema), after.schema, inner)

    def _model_added(self, family: Family, ids: list[str], ctx: Context) -> Change:
        change = self.widened(ctx.family(family.label), "", family.label)
        schema = f" (schema {family.schema_name})" if family.schema_name else ""
        text = (
            f"model added ({change.severity.value}): family {family.label}, "
            f"model ids {ids_text(ids)}{schema}"
        )
        return replace(change, description=text)

    def _model_removed(self, family: Family, ids: list[str], ctx: Context) -> Change:
        change = self.narrowed(ctx.family(family.label), "", family.label)
        text = (
            f"model removed ({change.severity.value}): family {family.label}, "
            f"model ids {ids_text(ids)} no longer accepted"
        )
        return replace(change, description=text)

    # -- keyword groups ---------------------------------------------------------------

    def _boolean(
        self, old: Any, new: Any, old_all: bool | None, new_all: bool | None, ctx: Context
    ) -> Iterator[Change]:
        if old_all is True:
            yield self.narrowed(ctx, f"was unconstrained, now {show(_semantic(new), 160)}")
        elif new_all is True:
            yield self.widened(ctx, "no longer constrained")
        elif old_all is False:
            yield self.widened(ctx, "was refused, now allowed")
        else:
            yield self.narrowed(ctx, "was allowed, now refused")

    def _types(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> Iterator[Change]:
        before, after = _types(old), _types(new)
        if before == after:
            return
        text = f"type changed from {show(old.get('type', 'any'))} to {show(new.get('type', 'any'))}"
        if ctx.audience is Audience.PARSERS and not ctx.negated:
            yield self._change(ctx, Severity.BREAKING, text)
        elif after is not None and (before is None or before - after):
            yield self.narrowed(ctx, text)
        else:
            yield self.widened(ctx, text)

    def _values(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> Iterator[Change]:
        before = old.get("enum", [old["const"]] if "const" in old else None)
        after = new.get("enum", [new["const"]] if "const" in new else None)
        if before == after:
            return
        if before is None:
            yield self.narrowed(ctx, f"now limited to {show(after)}")
            return
        if after is None:
            yield self.widened(ctx, f"no longer limited to {show(before)}")
            return
        for value in before:
            if value not in after:
                yield self.narrowed(ctx, f"value {show(value)} removed", subject_of(value))
        for value in after:
            if value not in before:
                yield self._added_value(value, ctx)

    def _added_value(self, value: Any, ctx: Context) -> Change:
        lenient = [alt for alt in ctx.alternatives if Draft202012Validator(alt).is_valid(value)]
        if ctx.audience is Audience.PARSERS and lenient and not ctx.negated:
            return self._change(
                ctx,
                Severity.COMPATIBLE,
                f"value {show(value)} added; parsed leniently (another branch accepts it)",
                subject_of(value),
            )
        return self.widened(ctx, f"value {show(value)} added", subject_of(value))

    def _bounds(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> Iterator[Change]:
        for key in (*LOWER_BOUNDS, *UPPER_BOUNDS, *CONTAINS_BOUNDS, "multipleOf"):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            text = f"{key} changed from {show(before)} to {show(after)}"
            if before is None:
                yield self.narrowed(ctx, f"{key} {show(after)} added")
            elif after is None:
                yield self.widened(ctx, f"{key} {show(before)} removed")
            elif key == "multipleOf":
                wider = before % after == 0
                yield self.widened(ctx, text) if wider else self.narrowed(ctx, text)
            else:
                lower = key.startswith("min") or key == "exclusiveMinimum"
                narrower = after > before if lower else after < before
                yield self.narrowed(ctx, text) if narrower else self.widened(ctx, text)

    def _strings(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> Iterator[Change]:
        for key in ("pattern", "format"):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            if after is None:
                yield self.widened(ctx, f"{key} {show(before)} removed")
            elif before is None:
                yield self.narrowed(ctx, f"{key} {show(after)} added")
            else:
                yield self.narrowed(ctx, f"{key} changed from {show(before)} to {show(after)}")
        if old.get("uniqueItems", False) != new.get("uniqueItems", False):
            unique = bool(new.get("uniqueItems"))
            text = f"uniqueItems now {show(unique)}"
            yield self.narrowed(ctx, text) if unique else self.widened(ctx, text)

    def _required(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> Iterator[Change]:
        before, after = old.get("required", []), new.get("required", [])
        for name in after:
            if name not in before:
                yield self.narrowed(ctx.at(f".{name}", name), f"`{name}` is now required")
        for name in before:
            if name not in after:
                text = f"`{name}` is no longer required"
                if ctx.audience is Audience.PARSERS:
                    text += ": answers may lack it"
                yield self.widened(ctx.at(f".{name}", name), text)

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], ctx: Context
    ) -> Iterator[Change]:
        before, after = old.get("properties", {}), new.get("properties", {})
        old_extra = old.get("additionalProperties", True)
        new_extra = new.get("additionalProperties", True)
        parsers = ctx.audience is Audience.PARSERS and not ctx.negated
        for name in sorted(set(before) | set(after)):
            inner = ctx.at(f".{name}", name)
            if name not in after and parsers:
                yield self._change(inner, Severity.BREAKING, f"response field `{name}` removed")
            elif name not in before and parsers:
                yield self._change(inner, Severity.COMPATIBLE, f"response field `{name}` added")
            elif name not in after:
                yield from self._moved(before[name], new_extra, inner, "removed")
            elif name not in before:
                yield from self._moved(old_extra, after[name], inner, "added")
            else:
                yield from self.compare(before[name], after[name], inner)
        extra = ctx.at(".*", "additionalProperties")
        if _semantic(old_extra) != _semantic(new_extra):
            yield from self.compare(old_extra, new_extra, extra)
        old_patterns, new_patterns = (
            old.get("patternProperties", {}),
            new.get("patternProperties", {}),
        )
        for pattern in sorted(set(old_patterns) | set(new_patterns)):
            yield from self.compare(
                old_patterns.get(pattern, True), new_patterns.get(pattern, True), extra
            )

    def _moved(self, old: Any, new: Any, ctx: Context, verb: str) -> Iterator[Change]:
        """A field removed or added: compare it with what unknown fields get instead."""
        for change in self.compare(old, new, ctx):
            yield replace(change, description=f"field `{ctx.subject}` {verb}: {change.description}")

    def _arrays(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> Iterator[Change]:
        if "items" in old or "items" in new:
            yield from self.compare(old.get("items", True), new.get("items", True), ctx.at("[]"))
        old_prefix, new_prefix = old.get("prefixItems", []), new.get("prefixItems", [])
        for index in range(max(len(old_prefix), len(new_prefix))):
            yield from self.compare(
                old_prefix[index] if index < len(old_prefix) else True,
                new_prefix[index] if index < len(new_prefix) else True,
                ctx.at(f"[{index}]"),
            )
        if "contains" in old or "contains" in new:
            if "contains" not in old:
                yield self.narrowed(ctx, f"must now contain {_first_line(new['contains'])}")
            elif "contains" not in new:
                yield self.widened(ctx, "`contains` removed")
            else:
                yield from self.compare(old["contains"], new["contains"], ctx.at("{contains}"))

    def _combinators(
        self, old: dict[str, Any], new: dict[str, Any], ctx: Context
    ) -> Iterator[Change]:
        yield from self._branches("allOf", old.get("allOf"), new.get("allOf"), ctx)
        yield from self._branches("anyOf", old.get("anyOf"), new.get("anyOf"), ctx)
        yield from self._branches("oneOf", old.get("oneOf"), new.get("oneOf"), ctx)
        if "not" in old or "not" in new:
            if "not" not in old:
                yield self.narrowed(ctx, f"new conflict: {_first_line(new)}")
            elif "not" not in new:
                yield self.widened(ctx, f"conflict removed: {_first_line(old)}")
            else:
                negated = replace(ctx.at("{not}"), negated=not ctx.negated)
                yield from self.compare(old["not"], new["not"], negated)
        old_deps, new_deps = old.get("dependentSchemas", {}), new.get("dependentSchemas", {})
        for name in sorted(set(old_deps) | set(new_deps)):
            inner = ctx.at(f"{{with {name}}}", name)
            if name not in old_deps:
                yield self.narrowed(
                    inner, f"new rule when `{name}` is present: {_first_line(new_deps[name])}"
                )
            elif name not in new_deps:
                yield self.widened(inner, f"rule when `{name}` is present removed")
            else:
                yield from self.compare(old_deps[name], new_deps[name], inner)
        old_req, new_req = old.get("dependentRequired", {}), new.get("dependentRequired", {})
        for name in sorted(set(old_req) | set(new_req)):
            inner = ctx.at(f"{{with {name}}}", name)
            yield from self._required(
                {"required": old_req.get(name, [])}, {"required": new_req.get(name, [])}, inner
            )

    def _branches(
        self, keyword: str, old: list[Any] | None, new: list[Any] | None, ctx: Context
    ) -> Iterator[Change]:
        """allOf: each branch is a constraint. anyOf/oneOf: each branch is an alternative."""
        if old == new:
            return
        conjunction = keyword == "allOf"
        if old is None or new is None:
            present = new if old is None else old
            assert present is not None
            text = f"`{keyword}` {'added' if old is None else 'removed'}: " + "; ".join(
                _first_line(branch) for branch in present
            )
            yield self.narrowed(ctx, text) if old is None else self.widened(ctx, text)
            return
        unmatched_old = [b for b in old if _semantic(b) not in map(_semantic, new)]
        unmatched_new = [b for b in new if _semantic(b) not in map(_semantic, old)]
        for before, after in zip(unmatched_old, unmatched_new, strict=False):
            others = () if conjunction else tuple(b for b in new if b is not after)
            inner = replace(ctx.at(f"{{{keyword}}}"), alternatives=others)
            yield from self.compare(before, after, inner)
        paired = min(len(unmatched_old), len(unmatched_new))
        for branch in unmatched_new[paired:]:
            text = f"{keyword} branch added: {_first_line(branch)}"
            if conjunction:
                yield self.narrowed(ctx, f"new conflict: {_first_line(branch)}")
            elif keyword == "oneOf":
                yield self.narrowed(ctx, text + " (a body may now match two branches)")
            else:
                yield self.widened(ctx, text)
        for branch in unmatched_old[paired:]:
            text = f"{keyword} branch removed: {_first_line(branch)}"
            if conjunction:
                yield self.widened(ctx, text)
            elif self._type_narrowed(branch, new, ctx):
                yield self._change(ctx, Severity.BREAKING, text + " (a type no longer documented)")
            else:
                yield self.narrowed(ctx, text)

    def _type_narrowed(self, branch: Any, remaining: list[Any], ctx: Context) -> bool:
        """For parsers a narrowed type is breaking, even though fewer answers are allowed."""
        if ctx.audience is not Audience.PARSERS or ctx.negated:
            return False
        removed, kept = _type_set([branch]), _type_set(remaining)
        return kept is not None and (removed is None or bool(removed - kept))

    def _conditionals(
        self, old: dict[str, Any], new: dict[str, Any], ctx: Context
    ) -> Iterator[Change]:
        if all(_semantic(old.get(k)) == _semantic(new.get(k)) for k in ("if", "then", "else")):
            return
        if "if" not in old:
            yield self.narrowed(ctx, f"new conditional rule: {_first_line(new)}")
        elif "if" not in new:
            yield self.widened(ctx, f"conditional rule removed: {_first_line(old)}")
        elif _semantic(old["if"]) != _semantic(new["if"]):
            yield self.narrowed(ctx, "the condition of an if/then rule changed (assumed narrowing)")
        else:
            for key in ("then", "else"):
                yield from self.compare(
                    old.get(key, True), new.get(key, True), ctx.at(f"{{{key}}}")
                )

    def _notes(self, old: dict[str, Any], new: dict[str, Any], ctx: Context) -> Iterator[Change]:
        """Changes that reject nothing but change what a body means."""
        if old.get("default") != new.get("default"):
            yield self._change(
                ctx,
                Severity.COMPATIBLE,
                f"default changed from {show(old.get('default'))} to {show(new.get('default'))}",
            )
        if not old.get("deprecated") and new.get("deprecated"):
            yield self._change(ctx, Severity.COMPATIBLE, "now deprecated")
