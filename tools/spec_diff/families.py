"""A `oneOf` discriminated by a property (the request's `model`): one family per branch.

The request body is a `oneOf` of family schemas; `discriminator.propertyName` names the
property whose value picks the branch, and each branch says which values it takes (an `enum`
or a `const` on that property). Compared branch by branch as `oneOf` alternatives, a new
family would read as "a body may now match two branches" and a change inside one family
as a branch removed and another added. Read as families instead: a family is matched with
its namesake on the other side (`x-apimart-family`, else `title`), or, when it has no name
(the single request schema before the union) or a new name, with the family that shares
the most ids. A model id that changes family is a move: its old family's schema is compared
with its new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FAMILY_KEY = "x-apimart-family"


@dataclass(frozen=True)
class Family:
    name: str  # "" for an unnamed one: the single request schema before the union
    ids: tuple[str, ...]  # the values of the discriminator it takes: its model ids
    schema: dict[str, Any]
    schema_name: str | None = None  # its schema's name in `components`, from the mapping

    @property
    def label(self) -> str:
        return self.name or self.ids[0]


@dataclass(frozen=True)
class Union:
    prop: str  # the discriminator: `model`
    families: tuple[Family, ...]


def accepted_ids(schema: Any, prop: str) -> tuple[str, ...] | None:
    """The fixed values a schema's `prop` takes; None when it does not fix them."""
    properties = schema.get("properties") if isinstance(schema, dict) else None
    node = properties.get(prop) if isinstance(properties, dict) else None
    if not isinstance(node, dict):
        return None
    if "const" in node:
        return (str(node["const"]),)
    values = node.get("enum")
    return tuple(str(value) for value in values) if isinstance(values, list) else None


def union_of(schema: Any) -> Union | None:
    """The families of a discriminated `oneOf`; None when `schema` is none, or when one of
    its branches does not fix the discriminator's values (then it is compared as a plain
    `oneOf`)."""
    if not isinstance(schema, dict):
        return None
    discriminator, branches = schema.get("discriminator"), schema.get("oneOf")
    if not isinstance(discriminator, dict) or not isinstance(branches, list):
        return None
    prop = discriminator.get("propertyName")
    if not isinstance(prop, str):
        return None
    mapping = discriminator.get("mapping") or {}
    families = []
    for branch in branches:
        ids = accepted_ids(branch, prop)
        if not ids:
            return None
        ref = mapping.get(ids[0])
        schema_name = ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None
        name = branch.get(FAMILY_KEY) or branch.get("title") or schema_name or ids[0]
        families.append(Family(str(name), ids, branch, schema_name))
    return Union(prop, tuple(families))


def as_one_family(schema: Any, prop: str) -> Union | None:
    """A plain schema whose `prop` takes fixed values, as a union of one unnamed family."""
    if not isinstance(schema, dict) or "oneOf" in schema:
        return None
    ids = accepted_ids(schema, prop)
    return None if not ids else Union(prop, (Family(str(schema.get(FAMILY_KEY, "")), ids, schema),))


def pair(old: Union, new: Union) -> list[tuple[Family | None, Family | None]]:
    """Each family with its counterpart: the same name first, else the most shared ids (the
    unnamed request of before the union, or a renamed family)."""
    pairs: list[tuple[Family | None, Family | None]] = []
    left, right = list(old.families), list(new.families)
    for before in list(left):
        match = next((f for f in right if before.name and f.name == before.name), None)
        if match is not None:
            pairs.append((before, match))
            left.remove(before)
            right.remove(match)
    for before in list(left):
        shared = [(len(set(before.ids) & set(f.ids)), f) for f in right]
        count, match = max(shared, key=lambda item: item[0], default=(0, None))
        if match is not None and count:
            pairs.append((before, match))
            left.remove(before)
            right.remove(match)
    pairs += [(before, None) for before in left]
    pairs += [(None, after) for after in right]
    return pairs


def without(schema: dict[str, Any], prop: str, like: dict[str, Any]) -> dict[str, Any]:
    """`schema` with `prop` as `like` has it: its ids are reported as models, not values."""
    properties = dict(schema.get("properties") or {})
    other = (like.get("properties") or {}).get(prop)
    if other is None:
        properties.pop(prop, None)
    else:
        properties[prop] = other
    return {**schema, "properties": properties}


def ids_text(ids: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"`{item}`" for item in ids)


def family_schemas(document: dict[str, Any]) -> dict[str, str]:
    """Schema name -> family name, for every schema a discriminator's mapping names (the
    request classes the generator writes, one per family)."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    found: dict[str, str] = {}
    for schema in schemas.values():
        mapping = (schema.get("discriminator") or {}).get("mapping") or {}
        for model, ref in mapping.items():
            name = str(ref).rsplit("/", 1)[-1]
            target = schemas.get(name) or {}
            found.setdefault(name, str(target.get(FAMILY_KEY) or target.get("title") or model))
    return found


def became_unions(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Notes for each schema that was one object and is now a discriminated `oneOf`: the
    generator writes no class for a union, so importers lose the class of that name."""
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    notes = []
    for name, schema in new_schemas.items():
        before = old_schemas.get(name)
        discriminator = schema.get("discriminator")
        if not isinstance(before, dict) or "oneOf" in before or not discriminator:
            continue
        classes = sorted({str(ref).rsplit("/", 1)[-1] for ref in discriminator["mapping"].values()})
        notes.append(
            f"{name} is now a `oneOf` discriminated by `{discriminator['propertyName']}`: "
            f"the generator writes no class for a union, so `{name}` is gone from the "
            f"generated client (breaking for code that imports it) and a body is built with "
            f"its family's class ({', '.join(classes)})"
        )
    return notes
