"""What the free discovery endpoints say that `openapi.yaml` does not: pure functions, no I/O.

Every model of the spec (the keys of the request's discriminator mapping) is compared with
its own family's schema (the mapping's target, such as `KlingV26Request`): the docs page of
`kling-v2-6` with `KlingV26Request`, never with another family's fields.

A model's docs page (`GET /v1/model-docs`) is Markdown written by people; its parameter
table is the exact truth. It is read tolerantly: any table whose header names a
field/parameter column, with whichever of type, required, enum/options, bounds/range,
default and description columns it has, in any order and spelling. What the docs leave
unsaid is not drift; what they say differently is. The compatibility schema
(`GET /v1/model-schema`) is looser by design: only a conflict (both state a value, and the
values differ, or a field the spec lacks) is drift, of source `schema`.

Each difference becomes one `drift` property of the JUnit report, a sentence a person reads
followed by `; json=` and the same facts as JSON, which `tools/drift_patch.py` turns into a
spec edit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

REQUEST_SCHEMA: Final = "VideoGenerationRequest"
SCHEMAS_PREFIX: Final = "#/components/schemas/"
PAYLOAD: Final = "; json="
"""What separates a finding's sentence from its JSON (the part `drift_patch` reads)."""
SKIPPED: Final = frozenset({"model"})
"""Fields not compared: a page names only its own model, the spec every model."""

BOUND_KEYWORDS: Final = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)
_LOWER: Final = {"integer": "minimum", "number": "minimum", "string": "minLength"}
_UPPER: Final = {"integer": "maximum", "number": "maximum", "string": "maxLength"}
_LOWER["array"], _UPPER["array"] = "minItems", "maxItems"

_HEADERS: Final = {
    "name": {
        "field",
        "fields",
        "parameter",
        "parameters",
        "param",
        "name",
        "key",
        "property",
        "参数",
        "参数名",
        "字段",
        "名称",
    },
    "type": {"type", "datatype", "types", "类型"},
    "required": {
        "required",
        "req",
        "mandatory",
        "requiredoptional",
        "必填",
        "是否必填",
        "必选",
    },
    "enum": {
        "enum",
        "values",
        "options",
        "allowedvalues",
        "choices",
        "enumvalues",
        "allowed",
        "可选值",
        "枚举",
        "取值",
    },
    "bounds": {
        "bounds",
        "range",
        "constraints",
        "constraint",
        "limits",
        "validrange",
        "limit",
        "范围",
        "取值范围",
        "限制",
    },
    "default": {"default", "defaultvalue", "defaults", "默认值", "默认"},
    "description": {
        "description",
        "desc",
        "notes",
        "details",
        "meaning",
        "remarks",
        "comment",
        "说明",
        "描述",
        "备注",
    },
}
_NUMBER: Final = r"-?\d+(?:\.\d+)?"
_CODE: Final = re.compile(r"`([^`]*)`")
_QUOTED: Final = re.compile(r"[\"“”']([^\"“”']+)[\"“”']")
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEYED_BOUND: Final = re.compile(
    r"(?P<items>items\.)?(?P<key>" + "|".join(BOUND_KEYWORDS) + r"|min|max)\s*[=:]\s*"
    r"(?P<value>" + _NUMBER + ")",
    re.I,
)
_RANGE: Final = re.compile(
    r"(?P<low>" + _NUMBER + r")\s*(?:-|\u2013|\u2014|~|to|\.\.)\s*(?P<high>" + _NUMBER + r")\b"
)
_BRACKET_RANGE: Final = re.compile(
    r"\[\s*(?P<low>" + _NUMBER + r")\s*,\s*(?P<high>" + _NUMBER + r")\s*\]"
)
_AT_LEAST: Final = re.compile(
    r"(?:>=|≥|at least|min(?:imum)?\.?)\s*(?P<value>" + _NUMBER + ")", re.I
)
_AT_MOST: Final = re.compile(
    r"(?:<=|≤|at most|up to|max(?:imum)?\.?)\s*(?P<value>" + _NUMBER + ")", re.I
)
_LABELLED_RANGE: Final = re.compile(r"\brange\s*:?\s*(?P<text>[^.;]*)", re.I)
_LABELLED_OPTIONS: Final = re.compile(
    r"\b(?:options|values|one of|allowed values|enum)\s*:?\s*(?P<text>[^.;]*)", re.I
)
_LABELLED_DEFAULT: Final = re.compile(
    r"\bdefault(?: value)?\s*(?::|is|=)\s*(?P<text>`[^`]*`|[^\s,.;)]+)", re.I
)
_YES: Final = {"yes", "y", "true", "required", "✓", "✔", "✅", "是", "必填", "x"}
_NO: Final = {"no", "n", "false", "optional", "-", "—", "✗", "✘", "❌", "否", "选填", ""}
_UNSTATED: Final = {"", "-", "—", "\u2013", "none", "n/a", "na", "null", "nil", "(none)"}


class _Unstated:
    """A value the source does not state (distinct from a stated `null`)."""

    def __repr__(self) -> str:
        return "UNSTATED"


UNSTATED: Final = _Unstated()


@attrs.frozen
class FieldFacts:
    """What one source says of one request field; `None`/UNSTATED: it does not say."""

    name: str
    type: str | None = None
    item_type: str | None = None
    required: bool | None = None
    enum: tuple[Any, ...] | None = None
    bounds: Mapping[str, float | int] = attrs.field(factory=dict)
    """Bound keywords as in JSON Schema; an item bound is keyed `items.<keyword>`."""
    default: Any = UNSTATED
    description: str = ""

    def as_json(self) -> dict[str, Any]:
        """The facts stated, for a new field's finding."""
        stated: dict[str, Any] = {"type": self.type}
        if self.item_type:
            stated["item_type"] = self.item_type
        if self.enum is not None:
            stated["enum"] = list(self.enum)
        if self.bounds:
            stated["bounds"] = dict(self.bounds)
        if self.default is not UNSTATED:
            stated["default"] = self.default
        if self.required is not None:
            stated["required"] = self.required
        stated["description"] = self.description
        return stated


@attrs.frozen
class Difference:
    """One way a live source disagrees with the spec for one model.

    `kind`: `model_missing`, `unavailable`, `no_parameter_table`, `field_added`,
    `field_missing`, `type`, `enum`, `bound` (with `keyword`), `default` or `required`.
    `schema`: the model's family schema in the spec, where an edit would go.
    """

    source: str  # "models", "docs" or "schema"
    model: str
    kind: str
    field: str | None = None
    keyword: str | None = None
    spec: Any = None
    live: Any = None
    schema: str | None = None

    def sentence(self) -> str:
        where = f"{self.model}.{self.field}" if self.field else self.model
        what = {
            "model_missing": "in the spec's models, missing from GET /v1/models",
            "no_parameter_table": "the docs page has no parameter table",
            "field_added": f"a field the spec lacks: {json.dumps(self.live)}",
            "field_missing": "in the spec, not in the docs' parameter table",
            "unavailable": f"GET /v1/model-{self.source} answers {self.live}",
        }.get(self.kind)
        if what is None:
            label = f"{self.kind} {self.keyword}" if self.keyword else self.kind
            what = f"{label} {json.dumps(self.spec)} in the spec, {json.dumps(self.live)} live"
        return f"live {self.source} drift: {where}: {what}"

    def finding(self) -> str:
        """The `drift` property: a sentence, then the facts as JSON for `drift_patch`."""
        facts = {
            "source": self.source,
            "model": self.model,
            "kind": self.kind,
            "schema": self.schema,
            "field": self.field,
            "keyword": self.keyword,
            "spec": self.spec,
            "live": self.live,
        }
        return self.sentence() + PAYLOAD + json.dumps(facts)


# --- the docs' Markdown ------------------------------------------------------------------


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row (escaped pipes stay in their cell)."""
    text = line.strip()
    text = text.removeprefix("|")
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", text)]


def _is_separator(line: str) -> bool:
    cells = _cells(line)
    return bool(cells) and all(re.fullmatch(r":?-{2,}:?", cell.replace(" ", "")) for cell in cells)


def _column_roles(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = re.sub(r"[^a-z\u4e00-\u9fff]", "", _plain(cell).lower())
        for role, names in _HEADERS.items():
            if key in names and role not in roles:
                roles[role] = index
                break
    return roles


def _tables(markdown: str) -> Iterable[tuple[dict[str, int], list[list[str]]]]:
    """Each table with a field column: its column roles and its body rows."""
    lines = markdown.splitlines()
    index = 0
    while index + 1 < len(lines):
        if "|" in lines[index] and _is_separator(lines[index + 1]):
            roles = _column_roles(_cells(lines[index]))
            rows = []
            index += 2
            while index < len(lines) and "|" in lines[index] and lines[index].strip():
                rows.append(_cells(lines[index]))
                index += 1
            if "name" in roles:
                yield roles, rows
            continue
        index += 1


def _plain(text: str) -> str:
    """Cell text without Markdown emphasis, links and HTML tags."""
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!~|<>])", r"\1", text)  # Markdown escapes: \_ \~
    return text.replace("**", "").replace("__", "").strip()


def _field_name(cell: str) -> str | None:
    """The field a row describes, or None for a nested (`a.b`, `a[].b`) or empty row."""
    text = _plain(cell)
    code = _CODE.search(text)
    token = (code.group(1) if code else text).strip()
    match = _NAME.match(token)
    if not match or token[match.end() :].strip()[:1] in {".", "["}:
        return None
    return match.group(0)


def normalise_type(text: str) -> tuple[str | None, str | None]:
    """(type, item type) of a docs type cell: `array<string>`, `string[]`, `List[int]`..."""
    words = text.lower().replace("`", "").replace("*", "")  # `array<string>` is no HTML tag
    names = [
        ("array", r"\barray\b|\blist\b|\[\]"),
        ("integer", r"\bint(?:eger)?\d*\b"),
        ("number", r"\bnumber\b|\bfloat\b|\bdouble\b|\bdecimal\b"),
        ("boolean", r"\bbool(?:ean)?\b"),
        ("object", r"\bobject\b|\bdict\b|\bmap\b"),
        ("string", r"\bstr(?:ing)?\b|\burl\b|\buri\b"),
    ]
    found = [(m.start(), name) for name, pattern in names for m in re.finditer(pattern, words)]
    found.sort()
    kinds = [name for _, name in found]
    if not kinds:
        return None, None
    if "array" in kinds:
        rest = [kind for kind in kinds if kind != "array"]
        return "array", rest[0] if rest else None
    return kinds[0], None


def _required(text: str) -> bool | None:
    word = _plain(text).lower().strip("` *")
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


def _values(text: str) -> list[str]:
    """Values written in backticks, else in quotes, else separated by commas or slashes."""
    text = _plain(text)
    for pattern in (_CODE, _QUOTED):
        found = [value.strip() for value in pattern.findall(text)]
        if found:
            return found
    parts = [part.strip() for part in re.split(r"[,/|]|\bor\b", text)]
    return [part for part in parts if part and part.lower() not in _UNSTATED]


def coerce(value: str, kind: str | None) -> Any:
    """A docs value as the type the field has (`5` -> 5, `true` -> True)."""
    text = value.strip().strip("`").strip().strip("\"“”'")
    if kind == "boolean" and text.lower() in {"true", "false"}:
        return text.lower() == "true"
    if kind in {"integer", "number"} and re.fullmatch(_NUMBER, text):
        number = float(text)
        return int(number) if kind == "integer" or number.is_integer() else number
    return text


def _number(text: str) -> float | int:
    number = float(text)
    return int(number) if number.is_integer() else number


def parse_bounds(text: str, kind: str | None) -> dict[str, float | int]:
    """Bounds from `minimum=2, maximum=15`, `2-15`, `[2, 15]`, `>= 0`, `at most 500`..."""
    text = _plain(text).replace("`", "")
    lower, upper = _LOWER.get(kind or "", "minimum"), _UPPER.get(kind or "", "maximum")
    bounds: dict[str, float | int] = {}
    for match in _KEYED_BOUND.finditer(text):
        key = match["key"]
        keyword = next((k for k in BOUND_KEYWORDS if k.lower() == key.lower()), None)
        keyword = keyword or (lower if key.lower() == "min" else upper)
        bounds[("items." if match["items"] else "") + keyword] = _number(match["value"])
    if bounds:
        return bounds
    counted = {"string": r"\bchar", "array": r"\bitems?\b|\belements?\b|\bentr|\bimages?\b"}
    if kind in counted and not re.search(counted[kind], text, re.I):
        return {}  # "3-30 s, <= 15 MB" of a URL bounds the file, not the string
    span = _BRACKET_RANGE.search(text) or _RANGE.search(text)
    if span:
        return {lower: _number(span["low"]), upper: _number(span["high"])}
    for pattern, keyword in ((_AT_LEAST, lower), (_AT_MOST, upper)):
        stated = pattern.search(text)
        if stated:
            bounds[keyword] = _number(stated["value"])
    return bounds


def _cell(row: list[str], roles: Mapping[str, int], role: str) -> str | None:
    index = roles.get(role)
    return row[index] if index is not None and index < len(row) else None


def _row_facts(name: str, row: list[str], roles: Mapping[str, int]) -> FieldFacts:
    description = _plain(_cell(row, roles, "description") or "")
    kind, item_type = normalise_type(_cell(row, roles, "type") or "")
    required_cell = _cell(row, roles, "required")
    enum_cell = _cell(row, roles, "enum")
    bounds_cell = _cell(row, roles, "bounds") or ""
    enum: tuple[Any, ...] | None = None
    if enum_cell is not None:  # an enum column, even empty, says what the field allows
        values = _values(enum_cell)
        enum = tuple(coerce(value, kind) for value in values) if values else None
    else:  # "Options: `a`, `b`" in the constraints or the description
        for text in (bounds_cell, description):
            options = _LABELLED_OPTIONS.search(_plain(text))
            if options and _values(options["text"]):
                enum = tuple(coerce(value, kind) for value in _values(options["text"]))
                break
    enum_in_bounds = bool(_LABELLED_OPTIONS.search(_plain(bounds_cell)))
    bounds = {} if enum_in_bounds else parse_bounds(bounds_cell, kind)
    if not bounds and "bounds" not in roles:
        labelled = _LABELLED_RANGE.search(description)
        bounds = parse_bounds(labelled["text"], kind) if labelled else {}
    default: Any = UNSTATED
    default_cell = _cell(row, roles, "default")
    if default_cell is not None and _plain(default_cell).strip("`").lower() not in _UNSTATED:
        default = coerce(_plain(default_cell), kind)
    elif default_cell is None:
        labelled_default = _LABELLED_DEFAULT.search(description)
        if labelled_default:
            default = coerce(labelled_default["text"], kind)
    return FieldFacts(
        name=name,
        type=kind,
        item_type=item_type,
        required=_required(required_cell) if required_cell is not None else None,
        enum=enum,
        bounds=bounds,
        default=default,
        description=description,
    )


_PARAM_TAG: Final = re.compile(
    r"<(?P<close>/)?ParamField\b(?P<attributes>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
)
_ATTRIBUTE: Final = re.compile(
    r"(?P<key>[A-Za-z_]+)(?:\s*=\s*(?:\"(?P<quoted>[^\"]*)\"|'(?P<single>[^']*)'|\{(?P<braced>[^}]*)\}))?"
)
_OPTIONS_LABEL: Final = re.compile(
    r"^\s*(?:options|possible values|supported values|allowed values|values|one of|enum|"
    r"可选值|支持的值|取值|枚举值)\s*[:\uff1a]\s*(?P<rest>.*)$",
    re.I,
)
_RANGE_LABEL: Final = re.compile(
    r"^\s*(?:range|valid range|支持范围|取值范围|范围)\s*[:\uff1a]\s*(?P<rest>.*)$", re.I
)
_DEFAULT_LABEL: Final = re.compile(
    r"^\s*(?:default(?: value)?|默认值|默认)\s*[:\uff1a]\s*(?P<rest>.*)$", re.I
)
_CHAR_LIMIT: Final = re.compile(
    r"(?:max(?:imum)?|at most|up to|no more than|最多|不超过)\s*(?P<value>\d+)\s*"
    r"(?:characters|chars|个?字符)",
    re.I,
)


def _attributes(text: str) -> dict[str, str | bool]:
    found: dict[str, str | bool] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((v for v in match.group("quoted", "single", "braced") if v is not None), None)
        found[match["key"]] = True if value is None else value.strip()
    return found


def _param_fields(markdown: str) -> Iterable[tuple[str, dict[str, str | bool], str]]:
    """Each top-level `<ParamField body="...">` of a Mintlify page (name, attributes, text
    without the nested fields); nested fields describe an item's own keys and are skipped."""
    depth, position = 0, 0
    opened: tuple[str, dict[str, str | bool]] | None = None
    pieces: list[str] = []
    for tag in _PARAM_TAG.finditer(markdown):
        if opened is not None and depth == 1:
            pieces.append(markdown[position : tag.start()])
        if tag["close"]:
            depth = max(depth - 1, 0)
            if depth == 0 and opened is not None:
                yield opened[0], opened[1], "".join(pieces)
                opened, pieces = None, []
        else:
            depth += 1
            if depth == 1:
                attributes = _attributes(tag["attributes"])
                name = attributes.get("body")
                opened = (name, attributes) if isinstance(name, str) else None
                pieces = []
        position = tag.end()


def _labelled(lines: list[str], label: re.Pattern[str]) -> str | None:
    """The text after a label, or, when nothing follows it on its line, the bullets below."""
    for index, line in enumerate(lines):
        match = label.match(_plain(line))
        if not match:
            continue
        if match["rest"].strip():
            return match["rest"]
        bullets = []
        for below in lines[index + 1 :]:
            if not below.strip():
                continue
            if not re.match(r"\s*[*+-]\s", below):
                break
            code = _CODE.search(below)
            bullets.append(f"`{code.group(1)}`" if code else below.strip()[1:].split(" - ")[0])
        return ", ".join(bullets)
    return None


def _param_facts(name: str, attributes: Mapping[str, str | bool], text: str) -> FieldFacts:
    kind, item_type = normalise_type(str(attributes.get("type", "")))
    lines = text.splitlines()
    options = _labelled(lines, _OPTIONS_LABEL)
    values = _values(options) if options else []
    ranged = _labelled(lines, _RANGE_LABEL)
    bounds = parse_bounds(ranged, kind) if ranged else {}
    limit = _CHAR_LIMIT.search(_plain(text))
    if kind == "string" and limit and "maxLength" not in bounds:
        bounds["maxLength"] = int(limit["value"])
    default: Any = UNSTATED
    stated = attributes.get("default")
    written = _labelled(lines, _DEFAULT_LABEL)
    if isinstance(stated, str) and stated.strip("\"'").lower() not in _UNSTATED:
        default = coerce(stated, kind)
    elif written and _plain(written).strip("`").lower() not in _UNSTATED:
        default = coerce(_plain(written).split()[0], kind)
    required = attributes.get("required")
    description = " ".join(_plain(re.sub(r"<[^>]+>", " ", text)).split())
    return FieldFacts(
        name=name,
        type=kind,
        item_type=item_type,
        required=required is True or (isinstance(required, str) and required == "true"),
        enum=tuple(coerce(value, kind) for value in values) if values else None,
        bounds=bounds,
        default=default,
        description=description,
    )


def _merged(first: FieldFacts, then: FieldFacts) -> FieldFacts:
    """One field described twice on a page: each fact from the first place that states it."""
    return FieldFacts(
        name=first.name,
        type=first.type or then.type,
        item_type=first.item_type or then.item_type,
        required=first.required if first.required is not None else then.required,
        enum=first.enum if first.enum is not None else then.enum,
        bounds={**then.bounds, **first.bounds},
        default=first.default if first.default is not UNSTATED else then.default,
        description=first.description or then.description,
    )


def parse_docs(markdown: str) -> dict[str, FieldFacts]:
    """The request fields of a docs page: its `<ParamField body=...>` blocks (Mintlify
    pages such as docs.apimart.ai's) and every table with a field column, merged."""
    fields: dict[str, FieldFacts] = {}

    def add(facts: FieldFacts) -> None:
        kept = fields.get(facts.name)
        fields[facts.name] = facts if kept is None else _merged(kept, facts)

    for field, attributes, text in _param_fields(markdown):
        add(_param_facts(field, attributes, text))
    for roles, rows in _tables(markdown):
        for row in rows:
            name = _field_name(_cell(row, roles, "name") or "")
            if name:
                add(_row_facts(name, row, roles))
    return fields


# --- JSON Schemas: the spec's and the compatibility schema ------------------------------


def inline(node: Any, root: Mapping[str, Any]) -> Any:
    """`node` with every local `$ref` replaced by what it names (siblings win)."""
    if isinstance(node, list):
        return [inline(value, root) for value in node]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        target: Any = root
        for part in node["$ref"].removeprefix("#").strip("/").split("/"):
            target = target[part]
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return inline({**target, **siblings}, root)
    return {key: inline(value, root) for key, value in node.items()}


def _schema_type(node: Mapping[str, Any]) -> str | None:
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    return kind if isinstance(kind, str) else None


def schema_fields(
    schema: Mapping[str, Any], root: Mapping[str, Any] | None = None
) -> dict[str, FieldFacts]:
    """The fields of an object schema (its `$ref`s resolved against `root`, else itself)."""
    resolved = inline(schema, root if root is not None else schema)
    required = set(resolved.get("required") or [])
    fields = {}
    for name, node in (resolved.get("properties") or {}).items():
        if not isinstance(node, dict):
            continue
        items: dict[str, Any] = node["items"] if isinstance(node.get("items"), dict) else {}
        bounds = {key: node[key] for key in BOUND_KEYWORDS if key in node}
        bounds |= {f"items.{key}": items[key] for key in BOUND_KEYWORDS if key in items}
        fields[name] = FieldFacts(
            name=name,
            type=_schema_type(node),
            item_type=_schema_type(items) if items else None,
            required=name in required,
            enum=tuple(node["enum"]) if isinstance(node.get("enum"), list) else None,
            bounds=bounds,
            default=node.get("default", UNSTATED),
            description=" ".join(str(node.get("description", "")).split()),
        )
    return fields


def _mapping(document: Mapping[str, Any]) -> Mapping[str, str]:
    mapping: Mapping[str, str] = document["components"]["schemas"][REQUEST_SCHEMA]["discriminator"][
        "mapping"
    ]
    return mapping


def spec_models(document: Mapping[str, Any]) -> list[str]:
    """Every model id of the spec: the keys of the request's discriminator mapping."""
    return list(_mapping(document))


def family_schema_name(document: Mapping[str, Any], model: str) -> str:
    """The name of the model's family schema (`Wan27Request`), from the mapping."""
    return _mapping(document)[model].removeprefix(SCHEMAS_PREFIX)


def spec_request_fields(document: Mapping[str, Any], model: str) -> dict[str, FieldFacts]:
    """The fields of the model's family schema, as the model's docs should state them."""
    schema = document["components"]["schemas"][family_schema_name(document, model)]
    return schema_fields(schema, document)


# --- comparing ---------------------------------------------------------------------------


def _same(spec: Any, live: Any) -> bool:
    """Equal as JSON values, where 5 == 5.0 but 1080P != 1080p and True != 1."""
    return json.dumps(spec, sort_keys=True) == json.dumps(live, sort_keys=True) or (
        isinstance(spec, int | float)
        and isinstance(live, int | float)
        and not isinstance(spec, bool)
        and not isinstance(live, bool)
        and spec == live
    )


def _stated(value: Any) -> Any:
    return None if value is UNSTATED else value


def _field_differences(
    source: str, model: str, spec: FieldFacts, live: FieldFacts, *, loose: bool
) -> list[Difference]:
    """Where `live` states a fact of the field differently from `spec`. `loose` (the
    compatibility schema): a fact the spec has and `live` lacks is no conflict."""
    found = []

    def differ(kind: str, spec_value: Any, live_value: Any, keyword: str | None = None) -> None:
        found.append(Difference(source, model, kind, spec.name, keyword, spec_value, live_value))

    if live.type and spec.type and live.type != spec.type:
        differ("type", spec.type, live.type)
    elif live.item_type and spec.item_type and live.item_type != spec.item_type:
        differ("type", f"array of {spec.item_type}", f"array of {live.item_type}")
    if live.enum is not None and live.type != "boolean":
        spec_enum = None if spec.enum is None else [str(v) for v in spec.enum]
        if loose and spec_enum is None:
            pass
        elif spec_enum is None or set(spec_enum) != {str(v) for v in live.enum}:
            differ("enum", None if spec.enum is None else list(spec.enum), list(live.enum))
    for keyword, value in live.bounds.items():
        if keyword in spec.bounds and _same(spec.bounds[keyword], value):
            continue
        if loose and keyword not in spec.bounds:
            continue
        differ("bound", spec.bounds.get(keyword), value, keyword)
    stated_default = live.default is not UNSTATED and not (loose and spec.default is UNSTATED)
    if stated_default and not _same(_stated(spec.default), live.default):
        differ("default", _stated(spec.default), live.default)
    conflict = live.required is not None and not (loose and not live.required)
    if conflict and live.required != spec.required:
        differ("required", spec.required, live.required)
    return found


def compare_docs(
    model: str,
    docs: Mapping[str, FieldFacts],
    spec: Mapping[str, FieldFacts],
    *,
    schema: str | None = None,
) -> list[Difference]:
    """Every difference between a docs page's parameter table and the fields of the
    model's family schema (named `schema`)."""
    if not docs:
        return [Difference("docs", model, "no_parameter_table", schema=schema)]
    found = []
    for name, live in docs.items():
        if name in SKIPPED:
            continue
        if name not in spec:
            found.append(Difference("docs", model, "field_added", name, live=live.as_json()))
            continue
        found += _field_differences("docs", model, spec[name], live, loose=False)
    found += [
        Difference("docs", model, "field_missing", name, spec=spec[name].as_json())
        for name in spec
        if name not in docs and name not in SKIPPED
    ]
    return [attrs.evolve(difference, schema=schema) for difference in found]


def compare_schema(
    model: str,
    compatible: Mapping[str, FieldFacts],
    spec: Mapping[str, FieldFacts],
    *,
    schema: str | None = None,
) -> list[Difference]:
    """The conflicts between a (looser) compatibility schema and the fields of the model's
    family schema (named `schema`)."""
    found = []
    for name, live in compatible.items():
        if name in SKIPPED:
            continue
        if name not in spec:
            found.append(Difference("schema", model, "field_added", name, live=live.as_json()))
            continue
        found += _field_differences("schema", model, spec[name], live, loose=True)
    return [attrs.evolve(difference, schema=schema) for difference in found]


def missing_models(spec: Iterable[str], live: Iterable[str]) -> list[Difference]:
    """The spec's models that the live list lacks."""
    listed = set(live)
    return [Difference("models", model, "model_missing") for model in spec if model not in listed]
