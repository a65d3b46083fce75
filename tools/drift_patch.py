"""Turn the drift `make contract-live` recorded into a proposed `openapi.yaml` edit.

The live suite writes each finding as a `drift` property of the JUnit report, with the raw
JSON (`contract_tests/live/drift.py`). This reads them and proposes, as a unified diff for a
person to review and `git apply`:
- an undocumented task status -> the value appended to the `TaskStatus` enum;
- undocumented task, video or error fields -> new properties of `Task`, `TaskVideo` or
  `ErrorDetail`, typed with the JSON type observed;
- what the free discovery check found in a model's live docs or compatibility schema
  (`contract_tests/live/discovery_drift.py`, the facts after `; json=`) -> an enum's values
  added or removed, a bound moved, a default changed, a new request field with its type,
  values, bounds, default and description, in the schema of the model's family (the
  request's discriminator mapping, in the spec being patched). The docs win over the
  compatibility schema. A value kept in a component that other schemas share (an enum in
  `Resolution`) is edited there only when every schema that uses it drifted the same way;
  otherwise the drifted family gets its own copy of the component, edited.

It never writes the spec. The YAML text is edited line by line, so the diff holds only the
new lines, and the patched document must still parse and validate as OpenAPI before the
diff is offered. Findings it cannot turn into an edit are listed on stderr.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml
from openapi_spec_validator import validate

STATUS_ENUM = "TaskStatus"
REQUEST_SCHEMA = "VideoGenerationRequest"
SCHEMAS_PREFIX = "#/components/schemas/"
FIELD_SCHEMAS = {"task": "Task", "video": "TaskVideo", "error": "ErrorDetail"}
STATUS = re.compile(r"undocumented status (?P<value>'[^']*'|\"[^\"]*\"): (?P<raw>.*)", re.S)
FIELDS = re.compile(
    r"(?:\d{3}: )?undocumented (?P<where>task|video|error) fields (?P<names>\[[^\]]*\]): "
    r"(?P<raw>.*)",
    re.S,
)
PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
DISCOVERY = re.compile(
    r"live (?P<source>docs|schema|models) drift: .*?; json=(?P<facts>\{.*\})", re.S
)
EDITABLE = ("enum", "bound", "default", "field_added")
"""The discovery kinds that become an edit; the rest (a type, `required`, a field or a
model gone) is left for a person: removing or retyping is a breaking change to decide."""


class PatchError(Exception):
    """The spec's text is not shaped as the edit expects; nothing is proposed."""


@attrs.frozen
class SpecEdit:
    """A request field as a model's live docs (or compatibility schema) state it, to be
    edited in `schema`, the model's family schema."""

    source: str
    model: str
    schema: str
    field: str
    kind: str  # one of EDITABLE
    keyword: str | None
    live: Any

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        return (self.schema, self.field, self.kind, self.keyword)


@attrs.define
class Drift:
    """What the report says the spec misses: new statuses, new fields and their values, and
    request fields the live docs state otherwise."""

    statuses: list[str] = attrs.field(factory=list)
    fields: dict[tuple[str, str], list[Any]] = attrs.field(factory=dict)
    unhandled: list[str] = attrs.field(factory=list)
    edits: dict[tuple[str, str, str, str | None], SpecEdit] = attrs.field(factory=dict)

    def add_edit(self, edit: SpecEdit, finding: str) -> None:
        """Keep one edit per fact of a family: the docs over the schema; a second model of
        the family whose docs disagree with the first is left for a person (the family has
        one schema)."""
        kept = self.edits.get(edit.key)
        if kept is None or (kept.source == "schema" and edit.source == "docs"):
            self.edits[edit.key] = edit
        elif kept.live != edit.live and edit.source == "docs":
            self.unhandled.append(finding[:200])

    def add_status(self, value: str) -> None:
        if value not in self.statuses:
            self.statuses.append(value)

    def add_field(self, schema: str, name: str, values: list[Any]) -> None:
        self.fields.setdefault((schema, name), []).extend(values)


# --- reading the report ------------------------------------------------------------------


def drift_findings(report: Path) -> Iterator[str]:
    """The `drift` properties of a JUnit report, in order."""
    for prop in ET.parse(report).iter("property"):
        if prop.get("name") == "drift":
            yield prop.get("value", "")


def _objects(document: Any, where: str) -> list[dict[str, Any]]:
    """The objects of a parsed answer that a finding of `where` is about."""
    if not isinstance(document, dict):
        return []
    if where == "error":
        return [document["error"]] if isinstance(document.get("error"), dict) else []
    task = document.get("data")
    if not isinstance(task, dict):
        return []
    if where == "task":
        return [task]
    videos = (task.get("result") or {}).get("videos") or []
    return [video for video in videos if isinstance(video, dict)]


def observed_values(raw: str, where: str, name: str) -> list[Any]:
    """The values `name` had in the raw JSON of a finding.

    The report keeps the first 500 or 1000 characters of an answer, so the JSON may be cut
    short: then each `"name": value` that is whole in the text is read on its own.
    """
    try:
        document = json.loads(raw)
    except ValueError:
        decoder = json.JSONDecoder()
        values = []
        for match in re.finditer(re.escape(json.dumps(name)) + r"\s*:\s*", raw):
            try:
                values.append(decoder.raw_decode(raw, match.end())[0])
            except ValueError:
                continue
        return values
    return [item[name] for item in _objects(document, where) if name in item]


def family_schemas(document: dict[str, Any]) -> dict[str, str]:
    """Each model id -> the name of its family's schema (the request's discriminator)."""
    request = document["components"]["schemas"].get(REQUEST_SCHEMA, {})
    mapping: dict[str, str] = (request.get("discriminator") or {}).get("mapping", {})
    return {model: target.removeprefix(SCHEMAS_PREFIX) for model, target in mapping.items()}


def read_drift(findings: Iterator[str], families: dict[str, str] | None = None) -> Drift:
    """The drift of a report; each request field edit goes to the schema `families` maps
    its model to (else the one its finding names)."""
    drift = Drift()
    for finding in findings:
        status = STATUS.fullmatch(finding)
        fields = FIELDS.fullmatch(finding)
        discovery = DISCOVERY.fullmatch(finding)
        try:
            if discovery:
                facts = json.loads(discovery["facts"])
                if facts["kind"] in EDITABLE:
                    schema = (families or {}).get(facts["model"]) or facts.get("schema")
                    if not schema:
                        raise KeyError(f"no family schema for model {facts['model']}")
                    edit = SpecEdit(
                        facts["source"], facts["model"], schema, facts["field"],
                        facts["kind"], facts.get("keyword"), facts["live"],
                    )  # fmt: skip
                    drift.add_edit(edit, finding)
                    continue
                finding = finding.partition("; json=")[0]
            if status:
                drift.add_status(ast.literal_eval(status["value"]))
                continue
            if fields:
                schema = FIELD_SCHEMAS[fields["where"]]
                for name in ast.literal_eval(fields["names"]):
                    values = observed_values(fields["raw"], fields["where"], name)
                    drift.add_field(schema, name, values)
                continue
        except (ValueError, SyntaxError, KeyError, TypeError):
            pass  # a finding shaped unlike the live suite's: left for a person
        drift.unhandled.append(finding[:200])
    return drift


# --- the JSON types observed -------------------------------------------------------------


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def schema_lines(values: list[Any], indent: str) -> list[str]:
    """`type:` (and `items:`) for the values seen; integers seen beside floats are numbers."""
    types = list(dict.fromkeys(json_type(value) for value in values))
    if "integer" in types and "number" in types:
        types.remove("integer")
    if not types:
        return []
    lines = [f"{indent}type: {types[0] if len(types) == 1 else '[' + ', '.join(types) + ']'}"]
    if types == ["array"]:
        items = [item for value in values for item in value]
        item_types = list(dict.fromkeys(json_type(item) for item in items))
        if len(item_types) == 1:
            lines += [f"{indent}items:", f"{indent}  type: {item_types[0]}"]
    return lines


# --- editing the YAML text ---------------------------------------------------------------


def scalar(value: str) -> str:
    """A YAML scalar that reads back as `value`: plain when safe, else JSON-quoted."""
    if PLAIN.fullmatch(value) and yaml.safe_load(value) == value:
        return value
    return json.dumps(value)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], start: int) -> int:
    """The index after the last line of the block that `lines[start]` opens."""
    end = start + 1
    for index in range(start + 1, len(lines)):
        if not lines[index].strip():
            continue
        if _indent(lines[index]) <= _indent(lines[start]):
            break
        end = index + 1
    return end


def locate(lines: list[str], path: list[str]) -> int:
    """The line of the mapping key at `path` (block-style YAML, one key per line)."""
    start, end, indent = 0, len(lines), 0
    found = -1
    for key in path:
        found = next(
            (
                index
                for index in range(start, end)
                if _indent(lines[index]) == indent and lines[index].strip().startswith(f"{key}:")
            ),
            -1,
        )
        if found < 0:
            raise PatchError(f"no {'/'.join(path)} in the spec")
        start, end = found + 1, _block_end(lines, found)
        children = [lines[index] for index in range(start, end) if lines[index].strip()]
        indent = _indent(children[0]) if children else indent + 2
    return found


def add_enum_value(lines: list[str], schema: str, value: str) -> None:
    index = locate(lines, ["components", "schemas", schema, "enum"])
    line = lines[index]
    head, _, rest = line.partition("enum:")
    rest = rest.strip()
    if rest.startswith("[") and rest.endswith("]"):
        lines[index] = f"{head}enum: [{rest[1:-1].rstrip()}, {scalar(value)}]"
        return
    end = _block_end(lines, index)
    items = [lines[i] for i in range(index + 1, end) if lines[i].strip().startswith("- ")]
    if rest or not items:
        raise PatchError(f"{schema}.enum is neither a one-line [..] list nor a block list")
    lines.insert(end, f"{' ' * _indent(items[-1])}- {scalar(value)}")


def add_property(lines: list[str], schema: str, name: str, values: list[Any]) -> None:
    index = locate(lines, ["components", "schemas", schema, "properties"])
    end = _block_end(lines, index)
    keys = [lines[i] for i in range(index + 1, end) if lines[i].strip()]
    indent = " " * (_indent(keys[0]) if keys else _indent(lines[index]) + 2)
    example = json.dumps(values[0])[:80] if values else "no value kept in the report"
    description = f"Not in the docs; seen by make contract-live (example: {example})."
    lines[end:end] = [
        f"{indent}{scalar(name)}:",
        *schema_lines(values, indent + "  "),
        f"{indent}  description: {json.dumps(description)}",
    ]


def yaml_value(value: Any) -> str:
    """A one-line YAML value: a scalar, or a flow list of scalars."""
    if isinstance(value, list):
        return "[" + ", ".join(yaml_value(item) for item in value) + "]"
    if isinstance(value, str):
        plain = re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", value)
        return value if plain and yaml.safe_load(value) == value else json.dumps(value)
    return json.dumps(value)


def _node(document: Any, path: list[str]) -> Any:
    for part in path:
        document = document[part]
    return document


def where(document: dict[str, Any], path: list[str], keyword: str) -> list[str]:
    """The mapping that holds `keyword` for the node at `path`: the node itself, or the
    component its `$ref` names when only that one states it (an enum kept in a component)."""
    node = _node(document, path)
    while keyword not in node and isinstance(node.get("$ref"), str):
        target = node["$ref"].removeprefix("#/").split("/")
        if keyword not in _node(document, target) and "$ref" not in _node(document, target):
            break
        path, node = target, _node(document, target)
    return path


def _owner(document: dict[str, Any], edit: SpecEdit) -> tuple[list[str], str]:
    """The node of the family's own schema the edit is about (the field, or its `items`),
    and the keyword to set: the keyword may live in a component the node `$ref`s."""
    path = ["components", "schemas", edit.schema, "properties", edit.field]
    keyword = edit.kind if edit.kind != "bound" else str(edit.keyword)
    if keyword.startswith("items."):
        keyword = keyword.removeprefix("items.")
        path = [*where(document, path, "items"), "items"]
    return path, keyword


def _location(document: dict[str, Any], edit: SpecEdit) -> tuple[list[str], str]:
    """The mapping to edit and the keyword to set there."""
    path, keyword = _owner(document, edit)
    return where(document, path, keyword), keyword


def referrers(document: dict[str, Any], component: str) -> set[str]:
    """The schemas (under `components/schemas`) that `$ref` the component anywhere."""
    target = SCHEMAS_PREFIX + component

    def refers(node: Any) -> bool:
        if isinstance(node, dict):
            return node.get("$ref") == target or any(refers(value) for value in node.values())
        return isinstance(node, list) and any(refers(value) for value in node)

    schemas = document["components"]["schemas"]
    return {name for name, node in schemas.items() if name != component and refers(node)}


def detach(lines: list[str], document: dict[str, Any], owner: list[str]) -> None:
    """Replace the `$ref` of the node at `owner` by a copy of the component it names (the
    node's own keys kept), so that an edit there changes this node alone."""
    node = _node(document, owner)
    index = locate(lines, owner)
    children = [i for i in range(index + 1, _block_end(lines, index)) if lines[i].strip()]
    indent = _indent(lines[children[0]])
    ref_line = next(
        i for i in children if _indent(lines[i]) == indent and lines[i].strip().startswith("$ref:")
    )
    component = node["$ref"].removeprefix("#/").split("/")
    start = locate(lines, component)
    body = [line for line in lines[start + 1 : _block_end(lines, start)] if line.strip()]
    depth = _indent(body[0])
    copied, skipping = [], False
    for line in body:
        if _indent(line) == depth:
            skipping = line.strip().split(":")[0] in node  # the node's own key wins
        if not skipping:
            copied.append(" " * indent + line[depth:])
    lines[ref_line : ref_line + 1] = copied


def current(document: dict[str, Any], edit: SpecEdit) -> Any:
    """What the spec states today for the fact an edit is about (None: nothing)."""
    if edit.kind == "field_added":
        properties = document["components"]["schemas"][edit.schema].get("properties", {})
        return {} if edit.field in properties else None
    try:
        path, keyword = _location(document, edit)
        return _node(document, path).get(keyword)
    except (KeyError, TypeError):
        return None


def wanted(document: dict[str, Any], edit: SpecEdit) -> Any:
    """The value the spec should state: the live one (an enum keeps the spec's order)."""
    if edit.kind == "enum" and isinstance(current(document, edit), list):
        live = edit.live if isinstance(edit.live, list) else []
        kept = [value for value in current(document, edit) if value in live]
        return kept + [value for value in live if value not in kept]
    return edit.live


def set_keyword(lines: list[str], path: list[str], keyword: str, text: str) -> None:
    """`keyword: text` in the mapping at `path`: the line (and any block under it) replaced,
    or a new line at the end of the mapping."""
    index = locate(lines, path)
    end = _block_end(lines, index)
    children = [i for i in range(index + 1, end) if lines[i].strip()]
    indent = _indent(lines[children[0]]) if children else _indent(lines[index]) + 2
    for i in children:
        if _indent(lines[i]) == indent and lines[i].strip().startswith(f"{keyword}:"):
            stop = _block_end(lines, i)
            while (
                stop < len(lines)
                and _indent(lines[stop]) == indent
                and (lines[stop].strip().startswith("- "))
            ):
                stop += 1  # a block list written at its key's indent
            lines[i:stop] = [f"{' ' * indent}{keyword}: {text}"]
            return
    lines.insert(end, f"{' ' * indent}{keyword}: {text}")


def add_request_field(lines: list[str], edit: SpecEdit) -> None:
    """A new property, with what the docs state of it."""
    facts = edit.live if isinstance(edit.live, dict) else {}
    index = locate(lines, ["components", "schemas", edit.schema, "properties"])
    end = _block_end(lines, index)
    keys = [lines[i] for i in range(index + 1, end) if lines[i].strip()]
    indent = " " * (_indent(keys[0]) if keys else _indent(lines[index]) + 2)
    new = [f"{indent}{scalar(edit.field)}:"]
    if facts.get("type"):
        new.append(f"{indent}  type: {facts['type']}")
        if facts["type"] == "array" and facts.get("item_type"):
            new += [f"{indent}  items:", f"{indent}    type: {facts['item_type']}"]
    if facts.get("enum"):
        new.append(f"{indent}  enum: {yaml_value(facts['enum'])}")
    for keyword, value in (facts.get("bounds") or {}).items():
        if not keyword.startswith("items."):
            new.append(f"{indent}  {keyword}: {yaml_value(value)}")
    if "default" in facts:
        new.append(f"{indent}  default: {yaml_value(facts['default'])}")
    said = str(facts.get("description") or "").strip()
    description = f"{said} (In the live docs of {edit.model}; proposed by make drift-patch.)"
    new.append(f"{indent}  description: {json.dumps(description.strip())}")
    lines[end:end] = new


def apply_edit(
    lines: list[str], document: dict[str, Any], edit: SpecEdit, shared: bool = True
) -> None:
    """One edit; `shared`: where the keyword lives in a component, edit the component
    (else the family's own node, once it has its copy from `detach`)."""
    if edit.kind == "field_added":
        add_request_field(lines, edit)
        return
    path, keyword = _location(document, edit) if shared else _owner(document, edit)
    set_keyword(lines, path, keyword, yaml_value(wanted(document, edit)))


def _shared_edits(document: dict[str, Any], edits: list[SpecEdit]) -> set[int]:
    """The edits (by position) that may change a component: every schema that uses it
    states the same change (an edit of the family's own node is no component edit)."""
    located = {
        position: (*_owner(document, edit), _location(document, edit)[0], wanted(document, edit))
        for position, edit in enumerate(edits)
        if edit.kind != "field_added"
    }
    shared = set()
    for position, (owner, keyword, target, value) in located.items():
        if target == owner:
            continue
        agreeing = {
            edits[other].schema
            for other, (_, key, place, wish) in located.items()
            if (place, key, wish) == (target, keyword, value)
        }
        if referrers(document, target[2]) <= agreeing:
            shared.add(position)
    return shared


def propose(spec_text: str, drift: Drift) -> str:
    """The spec's text with the drift added; it must parse, validate and hold every change."""
    lines = spec_text.splitlines()
    for value in drift.statuses:
        add_enum_value(lines, STATUS_ENUM, value)
    for (schema, name), values in drift.fields.items():
        add_property(lines, schema, name, values)
    before = yaml.safe_load(spec_text)
    targets = {key: wanted(before, edit) for key, edit in drift.edits.items()}
    edits = list(drift.edits.values())
    shared = _shared_edits(before, edits)
    detached: list[list[str]] = []
    done: set[tuple[str, ...]] = set()
    for position, edit in enumerate(edits):
        owner, keyword = _owner(before, edit)
        if edit.kind != "field_added" and position not in shared:
            if _location(before, edit)[0] != owner and owner not in detached:
                detach(lines, before, owner)
                detached.append(owner)
        elif edit.kind != "field_added":
            place = (*_location(before, edit)[0], keyword)
            if place in done:
                continue  # another family's identical edit of the same component
            done.add(place)
        apply_edit(lines, before, edit, shared=position in shared)
    patched = "\n".join(lines) + ("\n" if spec_text.endswith("\n") else "")
    document = yaml.safe_load(patched)
    validate(document)
    schemas = document["components"]["schemas"]
    missing = [value for value in drift.statuses if value not in schemas[STATUS_ENUM]["enum"]]
    missing += [
        name for (schema, name) in drift.fields if name not in schemas[schema]["properties"]
    ]
    missing += [
        f"{edit.field} {edit.kind} {edit.keyword or ''}".strip()
        for key, edit in drift.edits.items()
        if (current(document, edit) is None)
        or (edit.kind != "field_added" and current(document, edit) != targets[key])
    ]
    if missing:
        raise PatchError(f"the edit did not land where expected: {missing}")
    return patched


def new_only(drift: Drift, spec: dict[str, Any]) -> Drift:
    """The drift the spec does not already document (it may have been edited since)."""
    schemas = spec["components"]["schemas"]
    return Drift(
        statuses=[value for value in drift.statuses if value not in schemas[STATUS_ENUM]["enum"]],
        fields={
            key: values
            for key, values in drift.fields.items()
            if key[1] not in schemas[key[0]].get("properties", {})
        },
        unhandled=drift.unhandled,
        edits={
            key: edit
            for key, edit in drift.edits.items()
            if current(spec, edit) is None
            or (edit.kind != "field_added" and current(spec, edit) != wanted(spec, edit))
        },
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Propose an openapi.yaml edit from live drift.")
    parser.add_argument("--report", type=Path, default=Path("reports/contract-live.xml"))
    parser.add_argument("--spec", type=Path, default=Path("openapi.yaml"))
    parser.add_argument("--output", type=Path, default=Path("reports/drift.patch"))
    args = parser.parse_args(argv)
    if not args.report.exists():
        print(f"no {args.report}: run make contract-live first", file=sys.stderr)
        return 2
    spec_text = args.spec.read_text(encoding="utf-8")
    spec = yaml.safe_load(spec_text)
    drift = new_only(read_drift(drift_findings(args.report), family_schemas(spec)), spec)
    for finding in drift.unhandled:
        print(f"left for a person (no edit proposed): {finding}", file=sys.stderr)
    try:
        patched = propose(spec_text, drift)
    except PatchError as error:
        print(f"no edit proposed: {error}", file=sys.stderr)
        return 1
    label = args.spec.as_posix()
    diff = "".join(
        difflib.unified_diff(
            spec_text.splitlines(keepends=True),
            patched.splitlines(keepends=True),
            fromfile=f"a/{label}",
            tofile=f"b/{label}",
        )
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(diff, encoding="utf-8")
    sys.stdout.write(diff)
    what = (
        f"{len(drift.statuses)} status value(s), {len(drift.fields)} field(s), "
        f"{len(drift.edits)} request field edit(s) from the live docs"
    )
    print(f"proposed {what} in {args.output}; review, then git apply", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
