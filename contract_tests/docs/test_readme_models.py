"""The README lists every model family of the spec, with its model ids and its docs page."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.spec.family_bodies import families

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _models_section() -> str:
    start = README.index("### Models")
    return README[start : README.index("\n### ", start + 1)]


@pytest.mark.parametrize("family", list(families()))
def test_the_readme_lists_the_family_with_its_ids_and_docs_page(family: str) -> None:
    schema = families()[family]
    rows = [line for line in _models_section().splitlines() if line.startswith(f"| {family} |")]
    assert len(rows) == 1, f"README's Models table has no row for {family}"
    for model in schema["properties"]["model"]["enum"]:
        assert f"`{model}`" in rows[0]
    assert f"({schema['externalDocs']['url']})" in rows[0]
