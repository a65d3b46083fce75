"""What a report is made of: one entry per semantic change, each for one audience."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any


class Audience(enum.StrEnum):
    """Who a change can break: a change matters to one of three kinds of user."""

    CALLERS = "callers"  # send requests: the request side of the spec
    PARSERS = "parsers"  # read answers: the response side of the spec
    IMPORTERS = "importers"  # import apimart_video_client or apimart_video


class Severity(enum.StrEnum):
    BREAKING = "breaking"
    COMPATIBLE = "compatible"


@dataclass(frozen=True, order=True)
class Change:
    """One semantic change.

    `subject` is the thing a reader searches for (`duration`, `1:1`, `get_task`); `where`
    says where it is (an operation and a path into its schema, or a Python path).
    """

    audience: Audience
    severity: Severity
    subject: str
    where: str
    description: str

    @property
    def breaking(self) -> bool:
        return self.severity is Severity.BREAKING


@dataclass(frozen=True)
class Rejection:
    """A corpus body the base spec accepts and the new spec rejects (or the reverse)."""

    audience: Audience
    sources: tuple[str, ...]  # where the body comes from: spec examples, test tables, live runs
    target: str  # the schema it was replayed against
    reason: str  # the new spec's first complaint
    body: Any


@dataclass
class Report:
    base: str
    changes: list[Change] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    newly_accepted: list[Rejection] = field(default_factory=list)
    corpus_size: int = 0
    notes: list[str] = field(default_factory=list)

    def extend(self, changes: Iterable[Change]) -> None:
        self.changes.extend(changes)

    @property
    def breaking(self) -> bool:
        """A change is breaking, or the corpus holds a body the new spec now rejects."""
        return any(change.breaking for change in self.changes) or bool(self.rejected)

    def as_json(self) -> dict[str, Any]:
        return {
            "base": self.base,
            "breaking": self.breaking,
            "changes": [asdict(change) for change in sorted(set(self.changes))],
            "corpus": {
                "bodies": self.corpus_size,
                "rejected": [asdict(item) for item in self.rejected],
                "newly_accepted": [asdict(item) for item in self.newly_accepted],
            },
            "notes": self.notes,
        }
