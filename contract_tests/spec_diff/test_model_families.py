"""The request `oneOf` discriminated by `model`, compared family by family (in memory)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import griffe
import pytest

from contract_tests.spec_diff.acme_family import FAMILY, SCHEMA, add_acme
from contract_tests.spec_diff.conftest import schemas
from contract_tests.spec_document import load_spec
from tools.spec_diff import Audience, Change, Severity
from tools.spec_diff.families import became_unions
from tools.spec_diff.python_api import annotation_changes, group_family_additions
from tools.spec_diff.replay import SpecValidators
from tools.spec_diff.run import structural

Edit = Callable[[dict[str, Any]], object]
BODY = "POST /v1/videos/generations request body"
KLING = "KlingV26Request"


def diff(edit: Edit, base: Edit | None = None) -> list[Change]:
    old = copy.deepcopy(load_spec())
    if base is not None:
        base(old)
    new = copy.deepcopy(old)
    edit(new)
    return structural(old, new)


def callers(changes: list[Change]) -> list[Change]:
    return [change for change in changes if change.audience is Audience.CALLERS]


def request(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = schemas(document)["VideoGenerationRequest"]
    return found


def remove_family(document: dict[str, Any], schema: str) -> None:
    ref = f"#/components/schemas/{schema}"
    request(document)["oneOf"].remove({"$ref": ref})
    mapping = request(document)["discriminator"]["mapping"]
    for model in [model for model, target in mapping.items() if target == ref]:
        del mapping[model]
    del schemas(document)[schema]


def test_a_new_family_is_one_compatible_model_added_naming_the_family_and_its_ids() -> None:
    [change] = callers(diff(add_acme))
    assert (change.subject, change.severity) == (FAMILY, Severity.COMPATIBLE)
    assert change.description == (
        "model added (compatible): family acme-v1, model ids `acme-v1`, `acme-v1-fast` "
        f"(schema {SCHEMA})"
    )
    assert change.where == f"{BODY}, family acme-v1"


def test_a_removed_family_is_breaking_naming_its_ids() -> None:
    [change] = callers(diff(lambda d: remove_family(d, KLING)))
    assert (change.subject, change.severity) == ("kling-v2-6", Severity.BREAKING)
    assert change.description.startswith("model removed (breaking): family kling-v2-6")
    assert "`kling-v2-6` no longer accepted" in change.description


def test_a_model_id_removed_from_a_family_is_breaking() -> None:
    def drop_fast(document: dict[str, Any]) -> None:
        schemas(document)[SCHEMA]["properties"]["model"]["enum"].remove("acme-v1-fast")
        del request(document)["discriminator"]["mapping"]["acme-v1-fast"]

    [change] = callers(diff(drop_fast, base=add_acme))
    assert (change.subject, change.severity) == ("acme-v1-fast", Severity.BREAKING)
    assert change.description == "model id `acme-v1-fast` removed from family acme-v1"


def test_a_model_id_added_to_a_family_is_compatible() -> None:
    def add_pro(document: dict[str, Any]) -> None:
        schemas(document)[KLING]["properties"]["model"]["enum"].append("kling-v2-6-pro")
        mapping = request(document)["discriminator"]["mapping"]
        mapping["kling-v2-6-pro"] = f"#/components/schemas/{KLING}"

    [change] = callers(diff(add_pro))
    assert (change.subject, change.severity) == ("kling-v2-6-pro", Severity.COMPATIBLE)
    assert change.where == f"{BODY}, family kling-v2-6"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        pytest.param(
            lambda d: schemas(d)[KLING]["properties"]["aspect_ratio"]["enum"].remove("1:1"),
            ("1:1", Severity.BREAKING, 'value "1:1" removed'),
            id="narrowed enum",
        ),
        pytest.param(
            lambda d: schemas(d)[KLING]["properties"]["prompt"].update(maxLength=2000),
            ("prompt", Severity.BREAKING, "maxLength changed from 2500 to 2000"),
            id="moved bound",
        ),
        pytest.param(
            lambda d: schemas(d)[KLING]["properties"].update(fps={"type": "integer"}),
            ("fps", Severity.COMPATIBLE, "field `fps` added: was refused, now allowed"),
            id="new optional field",
        ),
        pytest.param(
            lambda d: schemas(d)[KLING]["properties"]["duration"]["enum"].append(15),
            ("15", Severity.COMPATIBLE, "value 15 added"),
            id="widened enum",
        ),
    ],
)
def test_a_change_inside_one_family_is_reported_for_that_family(
    edit: Edit, expected: tuple[str, Severity, str]
) -> None:
    [change] = callers(diff(edit))
    assert (change.subject, change.severity, change.description) == expected
    assert change.where.startswith(f"{BODY}, family kling-v2-6: ")


def test_a_model_id_moved_to_another_family_is_compared_with_its_new_schema() -> None:
    """acme-v1-fast leaves acme-v1 for its own family, whose duration stops at 6."""

    def split_fast(document: dict[str, Any]) -> None:
        acme = schemas(document)[SCHEMA]
        acme["properties"]["model"]["enum"].remove("acme-v1-fast")
        fast = copy.deepcopy(acme)
        fast["x-apimart-family"] = "acme-v1-fast"
        fast["properties"]["model"]["enum"] = ["acme-v1-fast"]
        fast["properties"]["duration"]["maximum"] = 6
        schemas(document)["AcmeV1FastRequest"] = fast
        request(document)["oneOf"].append({"$ref": "#/components/schemas/AcmeV1FastRequest"})
        mapping = request(document)["discriminator"]["mapping"]
        mapping["acme-v1-fast"] = "#/components/schemas/AcmeV1FastRequest"

    found = {(c.subject, c.severity, c.description) for c in callers(diff(split_fast, add_acme))}
    assert found == {
        (
            "acme-v1-fast",
            Severity.COMPATIBLE,
            "model id `acme-v1-fast` moved from family acme-v1 to acme-v1-fast",
        ),
        ("duration", Severity.BREAKING, "maximum changed from 12 to 6"),
    }


def test_a_model_id_in_two_families_is_breaking() -> None:
    def claim_wan(document: dict[str, Any]) -> None:
        add_acme(document)
        schemas(document)[SCHEMA]["properties"]["model"]["enum"].append("wan2.7")

    changes = callers(diff(claim_wan))
    [clash] = [change for change in changes if change.subject == "wan2.7"]
    assert clash.breaking
    assert "taken by families wan2.7 and acme-v1" in clash.description


def single_schema(document: dict[str, Any]) -> None:
    """The request as it was before the union: wan2.7's schema, one object."""
    wan = copy.deepcopy(schemas(document)["Wan27Request"])
    del wan["x-apimart-family"]
    schemas(document)["VideoGenerationRequest"] = wan


def test_the_single_request_becoming_the_union_is_families_added_and_no_field_change() -> None:
    changes = callers(diff(lambda d: d.update(copy.deepcopy(load_spec())), base=single_schema))
    added = {c.subject for c in changes if c.description.startswith("model added (compatible)")}
    assert added == set(families(load_spec())) - {"wan2.7"}
    assert all(c.severity is Severity.COMPATIBLE for c in changes), changes


def families(document: dict[str, Any]) -> list[str]:
    return [
        schema["x-apimart-family"]
        for schema in schemas(document).values()
        if "x-apimart-family" in schema
    ]


def test_the_removal_of_the_request_class_is_explained_in_a_note() -> None:
    old, new = copy.deepcopy(load_spec()), load_spec()
    single_schema(old)
    [note] = became_unions(old, new)
    assert note.startswith("VideoGenerationRequest is now a `oneOf` discriminated by `model`")
    assert "breaking for code that imports it" in note
    assert "Wan27Request" in note


def test_a_rejected_body_names_the_field_of_its_family_not_the_oneof() -> None:
    spec = copy.deepcopy(load_spec())
    validators = SpecValidators(spec)
    body = {"model": "kling-v2-6", "prompt": "x", "duration": 7}
    assert validators.complaint(BODY, body) == "duration: 7 is not one of [5, 10]"


# --- importers: the generated client's submit takes the union of the family classes


def api(tmp_path: Path, name: str, code: str) -> griffe.Object:
    """A generated package whose one function is `code`."""
    package = tmp_path / name / "apimart_video_client"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(code, encoding="utf-8")
    loaded = griffe.load("apimart_video_client", search_paths=[str(package.parent)])
    assert isinstance(loaded, griffe.Object)
    return loaded


def signature_changes(tmp_path: Path, old: str, new: str) -> list[Change]:
    return list(annotation_changes(api(tmp_path, "old", old), api(tmp_path, "new", new)))


def test_a_submit_that_takes_one_more_family_class_is_compatible(tmp_path: Path) -> None:
    [change] = signature_changes(
        tmp_path,
        "def sync(*, body: KlingV26Request | Wan27Request) -> None: ...",
        "def sync(*, body: AcmeV1Request | KlingV26Request | Wan27Request) -> None: ...",
    )
    assert (change.severity, change.description) == (
        Severity.COMPATIBLE,
        "`body` of sync() now also takes AcmeV1Request",
    )


def test_a_submit_that_no_longer_takes_a_class_is_breaking(tmp_path: Path) -> None:
    [change] = signature_changes(
        tmp_path,
        "def sync(*, body: VideoGenerationRequest) -> None: ...",
        "def sync(*, body: KlingV26Request | Wan27Request) -> None: ...",
    )
    assert change.breaking
    assert "from VideoGenerationRequest to KlingV26Request | Wan27Request" in change.description


def test_a_new_familys_generated_classes_and_modules_are_one_addition() -> None:
    def added(subject: str, kind: str) -> Change:
        where = f"apimart_video_client.models.{subject}"
        return Change(Audience.IMPORTERS, Severity.COMPATIBLE, subject, where, f"{kind} added")

    changes = [
        added("AcmeV1Request", "class AcmeV1Request"),
        added("AcmeV1RequestModel", "attribute AcmeV1RequestModel"),
        added("AcmeV1RequestQuality", "attribute AcmeV1RequestQuality"),
        added("acme_v1_request", "module acme_v1_request"),
        added("acme_v1_request_model", "module acme_v1_request_model"),
        added("acme_v1_request_quality", "module acme_v1_request_quality"),
        added("KlingV26RequestMode", "attribute KlingV26RequestMode"),
    ]
    grouped = group_family_additions(changes, {SCHEMA: FAMILY, KLING: "kling-v2-6"})
    assert [(c.subject, c.description) for c in grouped] == [
        (
            SCHEMA,
            "class AcmeV1Request added: the request of model family acme-v1, with "
            "AcmeV1RequestModel, AcmeV1RequestQuality (3 modules)",
        ),
        ("KlingV26RequestMode", "attribute KlingV26RequestMode added"),  # not a new family
    ]
