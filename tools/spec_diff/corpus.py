"""The evidence: real bodies to replay against both specs.

Every example in either spec, the documented bodies the contract tests are written from
(read from those tests, not copied: the six uses and each model family's cases), recorded
answers in `contract_tests/corpus/*.json`, and the raw JSON the live suite recorded in
`reports/contract-live.xml`.
"""

from __future__ import annotations

import importlib
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from tools.spec_diff.families import family_schemas
from tools.spec_diff.load import SpecDiffError
from tools.spec_diff.request_side import METHODS

Kind = Literal["request", "response", "parameter"]
CORPUS_DIR = Path("contract_tests/corpus")
LIVE_REPORT = Path("reports/contract-live.xml")
# (module, table, position of the body in a row, kind); a dict table maps names to bodies.
DOCUMENTED_TABLES: tuple[tuple[str, str, int | None, Kind], ...] = (
    ("contract_tests.spec.test_spec_examples", "DOCUMENTED_USES", None, "request"),
    ("contract_tests.spec.test_request_table", "VALID", 1, "request"),
    ("contract_tests.spec.test_request_table", "INVALID", 1, "request"),
    ("contract_tests.overlay.test_modes", "HELPERS", 2, "request"),
    ("contract_tests.live.test_live_api", "SPEC_REJECTED_BODIES", None, "request"),
)


# Per model family, `{"valid": [body, ...], "invalid": [(body, field), ...]}`.
FAMILY_CASES = ("contract_tests.spec.family_cases", "CASES")


@dataclass(frozen=True)
class Body:
    kind: Kind
    source: str
    value: Any
    slot: str = ""  # a parameter's "<in> <name>": its value is replayed against that one only


def spec_examples(document: dict[str, Any], label: str) -> Iterator[Body]:
    """Every request and response example of a spec, `$ref`s to responses followed, and
    the examples of each model family's request schema."""

    def deref(node: Any) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target: Any = document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def examples(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
        if "example" in media:
            yield "example", media["example"]
        for name, example in (media.get("examples") or {}).items():
            example = deref(example)
            if isinstance(example, dict) and "value" in example:
                yield name, example["value"]

    schemas = (document.get("components") or {}).get("schemas") or {}
    for name in family_schemas(document):  # a model family's own examples: request bodies
        for index, value in enumerate(schemas.get(name, {}).get("examples") or ()):
            yield Body("request", f"{label} example {name}[{index}]", value)
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            where = f"{method.upper()} {path}"
            for parameter in map(deref, operation.get("parameters") or []):
                if "example" in parameter:
                    slot = f"{parameter['in']} {parameter['name']}"
                    source = f"{label} example {where} {slot}"
                    yield Body("parameter", source, parameter["example"], slot)
            body = deref(operation.get("requestBody") or {})
            for media in (body.get("content") or {}).values():
                for name, value in examples(media):
                    yield Body("request", f"{label} example {where} {name}", value)
            for status, response in (operation.get("responses") or {}).items():
                for media in (deref(response).get("content") or {}).values():
                    for name, value in examples(media):
                        yield Body("response", f"{label} example {where} {status} {name}", value)


def _table(module_name: str, table_name: str) -> Any:
    try:
        return getattr(importlib.import_module(module_name), table_name)
    except (ImportError, AttributeError) as error:
        raise SpecDiffError(
            f"documented bodies {module_name}.{table_name} not found ({error}): update "
            "DOCUMENTED_TABLES or FAMILY_CASES in tools/spec_diff/corpus.py"
        ) from error


def documented_bodies() -> Iterator[Body]:
    """The bodies the contract tests are written from, read from the tests themselves: the
    tables of the six uses, then each model family's documented valid and invalid bodies."""
    for module_name, table_name, position, kind in DOCUMENTED_TABLES:
        table = _table(module_name, table_name)
        rows = table.items() if isinstance(table, dict) else enumerate(table)
        for key, row in rows:
            name = key if position is None else row[0]
            value = row if position is None else row[position]
            yield Body(kind, f"{module_name}.{table_name}[{name!r}]", value)
    module_name, table_name = FAMILY_CASES
    where = f"{module_name}.{table_name}"
    for family, cases in _table(module_name, table_name).items():
        for index, body in enumerate(cases.get("valid", ())):
            yield Body("request", f"{where}[{family!r}] valid {index}", body)
        for index, (body, field) in enumerate(cases.get("invalid", ())):
            yield Body("request", f"{where}[{family!r}] invalid {index} ({field})", body)


def recorded_answers(folder: Path) -> Iterator[Body]:
    """`*.json` answers recorded by hand or from a live run: one JSON document per file."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        yield Body("response", str(path), json.loads(path.read_text(encoding="utf-8")))


def live_answers(report: Path) -> Iterator[Body]:
    """Raw JSON objects embedded in the JUnit properties of a live run (drift and probes).

    A property value reads like `finding: {...json...}`; values cut short by the suite's
    length limit do not decode and are skipped.
    """
    if not report.is_file():
        return
    decoder = json.JSONDecoder()
    for case in ET.parse(report).getroot().iter("testcase"):
        for prop in case.iter("property"):
            text = prop.get("value") or ""
            start = text.find("{")
            if start == -1:
                continue
            try:
                value, _ = decoder.raw_decode(text, start)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                yield Body("response", f"{report} {case.get('name')} {prop.get('name')}", value)
