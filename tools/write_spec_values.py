"""Write `overlay/apimart_video/_request/spec_values.py`: the spec values the overlay uses.

`make generate` runs this after openapi-python-client, so that adding an enum value or
moving a bound in the spec is the whole change: the rules, the mode helpers' types, the CLI
and the reference server read the values from the written module. `make check-generated`
writes it again into a temporary folder and compares the bytes.

What it writes, all derived from the spec's structure (no field is named here):
- each string enum component as a tuple read from the generated client's `Literal`;
- the bounds of each string component (`HttpUrl` -> `HTTP_URL_MAX_LENGTH`, `_PATTERN`), of
  each request field (`duration` -> `DURATION_MINIMUM`, `DURATION_MAXIMUM`) and of each
  string parameter (`Idempotency-Key` -> `IDEMPOTENCY_KEY_MAX_LENGTH`), `None` where absent;
- `FAMILIES`: for each model family (a request schema with `x-apimart-family`, one branch
  of `VideoGenerationRequest`'s `oneOf`), its model ids, docs page, required fields and each
  field's schema with `$ref`s followed, as the rules engine reads them. A keyword the engine
  cannot check fails the generation, so the spec never says more than the rules check;
  cross-field keywords (`allOf`, `contains`, `if`, ...) are the family's rules file's.
- `VideoOptions`, a TypedDict of the options of every family (each family's fields but
  `model`, `prompt` and its media inputs), and `GenerateFields`, which adds those.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = Path("overlay/apimart_video/_request/spec_values.py")
GENERATED = ROOT / "generated"
"""Where `make generate` wrote the client, read for the order of each enum's `Literal`."""
GENERATED_MODELS = "apimart_video_client.models"
REQUEST_SCHEMA = "Wan27Request"
"""The default family's schema: its bounds are also written flat (`DURATION_MINIMUM`, ...)."""
FAMILY_KEY = "x-apimart-family"
MEDIA_KEY = "x-apimart-media"
FIELD_KEYWORDS = {
    "type",
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "default",
    "description",
    "anyOf",
    MEDIA_KEY,
}
"""What the rules engine (`_request/fields.py`) checks, and the notes it keeps."""
LEFT_TO_RULES = {"allOf", "contains", "minContains", "maxContains", "not", "if", "then", "else"}
"""Cross-item keywords inside a field: the family's rules file checks them."""
IGNORED = {"format", "examples", "title", "x-apimart-cli"}
"""Keywords with no verdict of their own (`format` is not asserted, as in JSON Schema)."""

BOUNDS = {
    "string": ("minLength", "maxLength"),
    "integer": ("minimum", "maximum"),
    "number": ("minimum", "maximum"),
    "array": ("minItems", "maxItems"),
}
SUFFIX = {
    "minLength": "MIN_LENGTH",
    "maxLength": "MAX_LENGTH",
    "minimum": "MINIMUM",
    "maximum": "MAXIMUM",
    "minItems": "MIN_ITEMS",
    "maxItems": "MAX_ITEMS",
    "pattern": "PATTERN",
}
COMBINATORS = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else")
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def snake(name: str) -> str:
    """`AspectRatio` -> `aspect_ratio`, `Idempotency-Key` -> `idempotency_key`."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower()


def plural(name: str) -> str:
    return name + ("ES" if name.endswith("S") else "S")


class Spec:
    """The parsed spec and the lookups the writer needs."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document["components"]["schemas"]

    def ref_name(self, node: dict[str, Any]) -> str | None:
        ref = node.get("$ref")
        return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None

    def merged(self, node: dict[str, Any]) -> dict[str, Any]:
        """A node with its `$ref` followed; keywords beside the `$ref` win (OpenAPI 3.1)."""
        name = self.ref_name(node)
        if name is None:
            return node
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return {**self.merged(self.schemas[name]), **siblings}

    def enums(self) -> list[str]:
        return [
            name
            for name, schema in self.schemas.items()
            if schema.get("type") == "string" and "enum" in schema
        ]

    def python_type(self, node: dict[str, Any]) -> str:
        name = self.ref_name(node)
        if name is not None:
            target = self.schemas[name]
            if "enum" in target:
                return name
            if target.get("type") == "object" and "properties" in target:
                return f"{name}Dict"
            return self.python_type(target)
        for key in ("anyOf", "oneOf"):
            if key in node:
                return " | ".join(dict.fromkeys(self.python_type(part) for part in node[key]))
        if "enum" in node:
            return "Literal[" + ", ".join(repr(value) for value in node["enum"]) + "]"
        kind = node.get("type")
        if kind == "array":
            return f"list[{self.python_type(node.get('items', {}))}]"
        if kind == "object":
            return "dict[str, Any]"
        if kind in JSON_TYPES:
            return JSON_TYPES[kind]
        return "Any"

    def object_refs(self, node: Any) -> Iterator[str]:
        """Names of the object components a schema uses (for their TypedDicts)."""
        if isinstance(node, dict):
            name = self.ref_name(node)
            if name is not None:
                target = self.schemas[name]
                if target.get("type") == "object" and "properties" in target:
                    yield from self.object_refs(target["properties"])
                    yield name
            for value in node.values():
                yield from self.object_refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from self.object_refs(value)

    def families(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(family, schema name, schema) of each `oneOf` branch of the request, in order."""
        found = []
        for branch in self.schemas["VideoGenerationRequest"]["oneOf"]:
            name = self.ref_name(branch)
            assert name is not None, "each request branch is a $ref to a family's schema"
            schema = self.schemas[name]
            found.append((schema[FAMILY_KEY], name, schema))
        return found

    def field_data(self, node: dict[str, Any], where: str) -> dict[str, Any]:
        """A field's schema as the rules engine reads it: `$ref`s followed, lists as tuples,
        descriptions on one line, cross-field keywords left to the rules file."""
        merged = self.merged(node)
        data: dict[str, Any] = {}
        for keyword, value in merged.items():
            if keyword in LEFT_TO_RULES or keyword in IGNORED:
                continue
            if keyword not in FIELD_KEYWORDS:
                raise SystemExit(
                    f"{where}: the rules engine cannot check {keyword!r}; check it in the "
                    "family's rules file (inside allOf) or teach _request/fields.py"
                )
            if keyword == "items":
                value = self.field_data(value, f"{where}.items")
            elif keyword == "properties":
                value = {key: self.field_data(sub, f"{where}.{key}") for key, sub in value.items()}
            elif keyword == "anyOf":
                value = tuple(self.field_data(sub, f"{where}|") for sub in value)
            elif keyword == "description":
                value = " ".join(str(value).split())
            elif isinstance(value, list):
                value = tuple(value)
            data[keyword] = value
        return data

    def parameters(self) -> Iterator[dict[str, Any]]:
        yield from self.document["components"].get("parameters", {}).values()
        for item in self.document["paths"].values():
            for operation in item.values():
                for parameter in operation.get("parameters", []):
                    if "$ref" not in parameter:
                        yield parameter


def mentioned(node: Any) -> set[str]:
    """Property names a cross-field rule mentions (`required`, `properties`, dependencies)."""
    names: set[str] = set()
    if isinstance(node, list):
        for part in node:
            names |= mentioned(part)
        return names
    if not isinstance(node, dict):
        return names
    names |= set(node.get("required", [])) | set(node.get("properties", {}))
    names |= set(node.get("dependentSchemas", {})) | set(node.get("dependentRequired", {}))
    for key in (*COMBINATORS, "dependentSchemas"):
        if key in node:
            part = node[key]
            names |= mentioned(list(part.values()) if key == "dependentSchemas" else part)
    return names


LINE_PIECE = 60
LINE_LENGTH = 100
"""ruff's line limit. `ruff format` cannot split a string, so a string that would pass it is
written as adjacent literals in parentheses, one piece a line."""


def pieces(text: str, width: int = LINE_PIECE) -> list[str]:
    """`text` cut at spaces into pieces of at most about `width` characters (a longer word,
    such as a pattern, cut anywhere); the pieces join back to `text`."""
    words = textwrap.wrap(
        text,
        width,
        expand_tabs=False,
        replace_whitespace=False,
        drop_whitespace=False,
        break_long_words=True,
        break_on_hyphens=False,
    )
    assert "".join(words) == text, text  # nothing dropped, nothing added
    return words


def literal(value: Any, indent: int = 4, lead: int = 0) -> str:
    """`repr(value)` for a line that starts at `indent`, after `lead` characters (a dict key),
    each string too long for its line written as adjacent literals. The width assumed is that
    of the expanded layout, the widest `ruff format` writes."""
    inner = indent + 4
    if isinstance(value, str):
        text = repr(value)
        if indent + lead + len(text) + 1 <= LINE_LENGTH:
            return text
        width = min(LINE_PIECE, LINE_LENGTH - inner - 12)  # room for quotes and escapes
        return "(" + " ".join(repr(piece) for piece in pieces(value, width)) + ")"
    if isinstance(value, dict):
        items = [
            f"{literal(k, inner)}: {literal(v, inner, len(repr(k)) + 2)}" for k, v in value.items()
        ]
        return "{" + ", ".join(items) + "}"
    if isinstance(value, tuple | list):
        items = [literal(item, inner) for item in value]
        if isinstance(value, list):
            return "[" + ", ".join(items) + "]"
        return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"
    return repr(value)


def constant(name: str, value: Any) -> str:
    if isinstance(value, str) and len(value) > LINE_PIECE:  # split for the line limit
        chunks = [value[start : start + LINE_PIECE] for start in range(0, len(value), LINE_PIECE)]
        return f"{name}: Final = (\n" + "".join(f"    {chunk!r}\n" for chunk in chunks) + ")"
    return f"{name}: Final = {value!r}"


def docstring(text: str | None, indent: str) -> list[str]:
    if not text:
        return []
    first = " ".join(text.split())
    lines = textwrap.wrap(
        first.replace('"""', "'''"), width=92 - len(indent), break_on_hyphens=False
    )
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    return [f'{indent}"""{lines[0]}', *(f"{indent}{line}" for line in lines[1:]), f'{indent}"""']


def typed_dict(
    spec: Spec, name: str, base: str, fields: list[str], schema: dict[str, Any], doc: str
) -> list[str]:
    required = set(schema.get("required", []))
    lines = [f"class {name}({base}, total=False):", *docstring(doc, "    "), ""]
    for field in fields:
        node = schema["properties"][field]
        kind = spec.python_type(node)
        kind = f"Required[{kind}]" if field in required else kind
        lines.append(f"    {field}: {kind}")
        lines.extend(docstring(spec.merged(node).get("description"), "    "))
    return [*lines, "", ""]


FAMILY_VALUES = [
    "class FamilyValues(TypedDict):",
    '    """One model family\'s request schema (a branch of the spec\'s request `oneOf`), as the',
    '    rules engine reads it: each field\'s schema with its `$ref`s followed."""',
    "",
    "    schema: str",
    "    models: tuple[str, ...]",
    "    docs_url: str",
    "    summary: str",
    "    required: tuple[str, ...]",
    "    fields: dict[str, dict[str, Any]]",
    "",
    "",
]

HEADER = [
    '"""The values of openapi.yaml the overlay uses: enums, bounds, lengths, patterns, fields.',
    "",
    "Written by `make generate` (tools/write_spec_values.py) from openapi.yaml: do not edit.",
    "The enums are the generated client's `Literal`s; at run time the same `Literal`s are written",
    "here, so that importing this module does not load the generated models (a test holds them",
    "equal). A bound the spec leaves out is `None`.",
    '"""',
    "",
    "from __future__ import annotations",
    "",
    "from typing import TYPE_CHECKING, Any, Final, Literal, Required, TypedDict, get_args",
    "",
]


def enum_lines(spec: Spec) -> list[str]:
    out = ["", "# --- enums, in the generated client's order", ""]
    for name in spec.enums():
        out.append(f"{plural(snake(name).upper())}: Final[tuple[{name}, ...]] = get_args({name})")
    return out


def string_bounds(prefix: str, schema: dict[str, Any]) -> list[str]:
    if schema.get("type") != "string" or "enum" in schema:
        return []
    keywords = ("minLength", "maxLength", "pattern")
    return [constant(f"{prefix}_{SUFFIX[keyword]}", schema.get(keyword)) for keyword in keywords]


def bound_lines(spec: Spec) -> list[str]:
    out = ["", "# --- bounds of the string components", ""]
    for name, schema in spec.schemas.items():
        out += string_bounds(snake(name).upper(), schema)
    out += ["", f"# --- bounds of the {REQUEST_SCHEMA} fields", ""]
    for field, node in spec.schemas[REQUEST_SCHEMA]["properties"].items():
        merged = spec.merged(node)
        if "enum" in merged:  # a closed set has no bounds worth a name (`model`)
            continue
        for keyword in BOUNDS.get(merged.get("type", ""), ()):
            # A field that names a component has the component's bounds, unless set beside it.
            if "$ref" not in node or keyword in node:
                out.append(
                    constant(f"{snake(field).upper()}_{SUFFIX[keyword]}", merged.get(keyword))
                )
    out += ["", "# --- bounds of the string parameters", ""]
    for parameter in spec.parameters():
        out += string_bounds(snake(parameter["name"]).upper(), spec.merged(parameter["schema"]))
    return out


def field_lines(spec: Spec) -> list[str]:
    """TypedDicts of the request over every family: the options (each family's fields but
    `model`, `prompt` and its media inputs), then every field the caller may give."""
    types: dict[str, list[str]] = {}
    owners: dict[str, list[str]] = {}
    notes: dict[str, str] = {}
    inputs: set[str] = {"prompt"}
    object_names: list[str] = []
    for family, _, schema in spec.families():
        object_names += spec.object_refs(schema["properties"])
        for field, node in schema["properties"].items():
            if field == "model":
                continue
            types.setdefault(field, []).append(spec.python_type(node))
            owners.setdefault(field, []).append(family)
            notes.setdefault(field, spec.merged(node).get("description", ""))
            if MEDIA_KEY in spec.merged(node):
                inputs.add(field)
    out = ["", "# --- the request's fields, for `generate(**fields)` and the mode helpers", "", ""]
    for name in dict.fromkeys(object_names):
        schema = spec.schemas[name]
        fields = list(schema["properties"])
        out += typed_dict(
            spec, f"{name}Dict", "TypedDict", fields, schema, schema.get("description", "")
        )

    def block(name: str, base: str, fields: list[str], doc: str) -> list[str]:
        lines = [f"class {name}({base}, total=False):", *docstring(doc, "    "), ""]
        for field in fields:
            kind = " | ".join(dict.fromkeys(" | ".join(types[field]).split(" | ")))
            lines.append(f"    {field}: {kind}")
            if len(owners[field]) == 1:
                note = f"({owners[field][0]}) {notes[field]}"
            else:  # the values differ by family: none of their notes speaks for all
                families = ", ".join(owners[field])
                note = f"A field of {families}: its values and bounds are each model's own."
            lines += docstring(note, "    ")
        return [*lines, "", ""]

    options = [field for field in types if field not in inputs]
    given = [field for field in types if field in inputs]
    doc = (
        "The options of every family: its fields but `model`, `prompt` and the media inputs "
        "(each family takes its own; `check_request` names the ones a model refuses)."
    )
    out += block("VideoOptions", "TypedDict", options, doc)
    doc = "Every field of every family but `model` (the client sets it)."
    out += block("GenerateFields", "VideoOptions", given, doc)
    wan = spec.schemas[REQUEST_SCHEMA]["properties"]
    return [*out, "REQUEST_FIELDS: Final = " + repr(tuple(wan)), ""]


def family_lines(spec: Spec) -> list[str]:
    """`FAMILIES`: each family's models, page and fields, in the spec's `oneOf` order."""
    out = ["", "# --- every model family: what the rules engine checks", ""]
    out.append("FAMILIES: Final[dict[str, FamilyValues]] = {")
    for family, name, schema in spec.families():
        models = tuple(schema["properties"]["model"]["enum"])
        summary = " ".join(schema.get("description", "").split("\n\n")[0].split())
        values = {
            "schema": name,
            "models": models,
            "docs_url": schema["externalDocs"]["url"],
            "summary": summary,
            "required": tuple(schema.get("required", ())),
            "fields": {
                field: spec.field_data(node, f"{name}.{field}")
                for field, node in schema["properties"].items()
            },
        }
        out.append(f"    {family!r}: {literal(values, 4, len(repr(family)) + 2)},")
    return [*out, "}", ""]


def generated_values(name: str) -> tuple[str, ...]:
    """An enum's values as the generated client's `Literal` has them, in its order."""
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))
    module = importlib.import_module(f"{GENERATED_MODELS}.{snake(name)}")
    return get_args(getattr(module, name))


def render(document: dict[str, Any]) -> str:
    spec = Spec(document)
    enums = spec.enums()
    body = [*enum_lines(spec), *bound_lines(spec), *field_lines(spec), *family_lines(spec)]
    names = [line.split(":", 1)[0] for line in body if re.match(r"^[A-Z_]+:", line)]
    names += re.findall(r"^class (\w+)", "\n".join(body), flags=re.MULTILINE)
    public = sorted([*enums, *names], key=lambda name: (not name.isupper(), name))
    imports = [f"    from {GENERATED_MODELS}.{snake(name)} import {name}" for name in sorted(enums)]
    runtime = [f"    {name} = Literal{list(generated_values(name))!r}" for name in sorted(enums)]
    enum_types = ["if TYPE_CHECKING:", *imports, "else:", *runtime]
    public = sorted([*public, "FamilyValues"], key=lambda name: (not name.isupper(), name))
    head = [*HEADER, *enum_types, "", f"__all__ = {public!r}", "", ""]
    return "\n".join([*head, *FAMILY_VALUES, *body])


def formatted(source: str, filename: str) -> str:
    """The source as `ruff format` writes it (the overlay is linted like hand-written code)."""
    command = [sys.executable, "-m", "ruff"]
    stdin = ["--isolated", "--stdin-filename", filename, "-"]
    fix = [*command, "check", "--fix-only", "--select", "I,F401", *stdin]
    fmt = [*command, "format", "--line-length", "100", *stdin]
    for step in (fix, fmt):
        source = subprocess.run(
            step, input=source, capture_output=True, text=True, check=True
        ).stdout
    return source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=Path("openapi.yaml"))
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    document = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    args.output.write_text(formatted(render(document), args.output.name), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
