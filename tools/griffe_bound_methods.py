"""A griffe extension for `make docs`: methods a class gets from a generic base, as it sees them.

`VideoClient` and `AsyncVideoClient` share their mode helpers through `_ModeHelpers[R]`, a
private base class. mkdocstrings' `inherited_members` lists them, but with `-> R`, where the
sync client returns a `SubmittedGeneration` and the async one a coroutine of it; and an
override without a docstring (`generate`) would be left out. For each class with a
subscripted base (`_ModeHelpers[SubmittedGeneration]`) this extension

- gives the class its own copy of each inherited method whose return or parameter annotation
  is one of the base's type variables, with the class's argument put in its place, listed
  before the class's own methods as an inherited one would be;
- gives an override without a docstring the docstring of the method it overrides.

mkdocs.yml loads it by path (`tools/griffe_bound_methods.py:BoundMethods`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import griffe

GENERIC = ("Generic", "typing.Generic")  # as written in the class statement


class BoundMethods(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for cls in _classes(pkg):
            for base in cls.bases:
                if isinstance(base, griffe.ExprSubscript):
                    _bind(cls, base)


def _classes(obj: griffe.Object) -> Iterator[griffe.Class]:
    for member in obj.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Class):
            yield member
        if isinstance(member, griffe.Module | griffe.Class):
            yield from _classes(member)


def _bind(cls: griffe.Class, base: griffe.ExprSubscript) -> None:
    if isinstance(base.left, str):
        return
    try:
        base_cls = cls.modules_collection[base.left.canonical_path]
        if base_cls.is_alias:  # the base imported through a re-export
            base_cls = base_cls.final_target
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return  # a base from outside the package (typing.Generic, a stdlib class)
    if not isinstance(base_cls, griffe.Class):
        return
    bound = dict(zip(_type_parameters(base_cls), _arguments(base.slice), strict=False))
    own_names = list(cls.members)
    for name, member in base_cls.members.items():
        if member.is_alias or not isinstance(member, griffe.Function):
            continue
        own = cls.members.get(name)
        if isinstance(own, griffe.Function):
            if own.docstring is None and member.docstring is not None:
                own.docstring = _docstring(member.docstring, own)
        elif own is None and bound and _mentions(member, bound):
            cls.set_member(name, _bound_copy(member, bound))
    for name in own_names:  # the base's methods first, where inherited ones would be listed
        cls.members[name] = cls.members.pop(name)


def _type_parameters(cls: griffe.Class) -> list[str]:
    for base in cls.bases:
        if isinstance(base, griffe.ExprSubscript) and str(base.left) in GENERIC:
            return [str(arg) for arg in _arguments(base.slice)]
    return []


def _arguments(slice_: str | griffe.Expr) -> list[str | griffe.Expr]:
    if isinstance(slice_, griffe.ExprTuple):
        return list(slice_.elements)
    return [slice_]


def _mentions(function: griffe.Function, bound: dict[str, str | griffe.Expr]) -> bool:
    annotations = [function.returns, *(p.annotation for p in function.parameters)]
    return any(str(a) in bound for a in annotations if a is not None)


def _bound_copy(function: griffe.Function, bound: dict[str, str | griffe.Expr]) -> griffe.Function:
    def put(annotation: str | griffe.Expr | None) -> str | griffe.Expr | None:
        return bound.get(str(annotation), annotation) if annotation is not None else None

    parameters = griffe.Parameters(
        *(
            griffe.Parameter(
                p.name,
                annotation=put(p.annotation),
                kind=p.kind,
                default=p.default,
                docstring=p.docstring,
            )
            for p in function.parameters
        )
    )
    copy = griffe.Function(
        function.name,
        lineno=function.lineno,
        endlineno=function.endlineno,
        parameters=parameters,
        returns=put(function.returns),
        decorators=function.decorators,
    )
    copy.labels |= function.labels
    if function.docstring is not None:
        copy.docstring = _docstring(function.docstring, copy)
    return copy


def _docstring(docstring: griffe.Docstring, parent: griffe.Object) -> griffe.Docstring:
    return griffe.Docstring(
        docstring.value,
        lineno=docstring.lineno,
        endlineno=docstring.endlineno,
        parent=parent,
        parser=docstring.parser,
        parser_options=docstring.parser_options,
    )
