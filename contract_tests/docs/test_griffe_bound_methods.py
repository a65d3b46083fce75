"""The docs' griffe extension: what a class inherits from a generic base, as the class sees it.

On a package made up for the test, so that a refactor of the clients cannot hide a case.
"""

from __future__ import annotations

import griffe

from tools.griffe_bound_methods import BoundMethods

PACKAGE = {
    "__init__.py": "from pkg.client import Client, AsyncClient\n",
    "_base/__init__.py": "from pkg._base.helpers import _Helpers\n",
    "_base/helpers.py": '''
from typing import Generic, TypeVar

R = TypeVar("R")

class _Helpers(Generic[R]):
    def make(self, name: str) -> R:
        """Make one from a name."""

    def run(self) -> R:
        """Run it."""

    def plain(self) -> int:
        """Nothing generic here."""
''',
    "client.py": """
from typing import Any, Coroutine

from pkg._base import _Helpers

class Result: ...

class Client(_Helpers[Result]):
    def run(self) -> Result: ...

class AsyncClient(_Helpers[Coroutine[Any, Any, Result]]):
    def close(self) -> None: ...
""",
}


def load() -> griffe.Module:
    with griffe.temporary_visited_package(
        "pkg", PACKAGE, extensions=griffe.Extensions(BoundMethods())
    ) as package:
        return package


def test_an_inherited_method_returns_the_class_own_type_not_the_type_variable() -> None:
    package = load()
    assert str(package["client.Client"].members["make"].returns) == "Result"
    assert (
        str(package["client.AsyncClient"].members["make"].returns) == "Coroutine[Any, Any, Result]"
    )


def test_an_override_without_a_docstring_gets_the_base_docstring() -> None:
    run = load()["client.Client"].members["run"]
    assert run.docstring is not None
    assert run.docstring.value == "Run it."


def test_the_base_methods_are_listed_before_the_class_own() -> None:
    assert list(load()["client.AsyncClient"].members) == ["make", "run", "close"]


def test_a_method_without_the_type_variable_is_left_to_inherited_members() -> None:
    assert "plain" not in load()["client.Client"].members
