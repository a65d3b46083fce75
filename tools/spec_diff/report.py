"""Render a report for a person (stdout) and for a machine (JSON)."""

from __future__ import annotations

import json
from pathlib import Path

from tools.spec_diff.model import Audience, Change, Report, Severity

HEADINGS = {
    Audience.CALLERS: "callers (request side: what a request may contain)",
    Audience.PARSERS: "parsers (response side: what an answer may contain)",
    Audience.IMPORTERS: "importers (Python API of apimart_video_client and apimart_video)",
}


def _line(change: Change) -> str:
    mark = "BREAKING  " if change.severity is Severity.BREAKING else "compatible"
    return f"  {mark} {change.subject}: {change.description}\n               at {change.where}"


def _sources(sources: tuple[str, ...]) -> str:
    return "\n    = ".join(sources)


def render(report: Report) -> str:
    lines = [f"spec-diff: openapi.yaml at {report.base} -> working tree", ""]
    changes = sorted(set(report.changes), key=lambda c: (c.severity is not Severity.BREAKING, c))
    if not changes:
        lines.append("No semantic change.")
    for audience in Audience:
        mine = [change for change in changes if change.audience is audience]
        if mine:
            breaking = sum(change.breaking for change in mine)
            lines.append(
                f"{HEADINGS[audience]}: {breaking} breaking, {len(mine) - breaking} compatible"
            )
            lines.extend(_line(change) for change in mine)
            lines.append("")
    lines.append(f"corpus: {report.corpus_size} bodies replayed against both specs")
    if report.rejected:
        lines.append(f"  {len(report.rejected)} accepted at base, REJECTED now:")
    for item in report.rejected:
        lines.append(f"  - {_sources(item.sources)}\n      vs {item.target}: {item.reason}")
    if report.newly_accepted:
        lines.append(f"  {len(report.newly_accepted)} rejected at base, accepted now (compatible):")
    for item in report.newly_accepted:
        lines.append(f"  - {_sources(item.sources)}\n      vs {item.target}")
    lines.extend(f"note: {note}" for note in report.notes)
    verdict = "BREAKING (exit 1)" if report.breaking else "no breaking change (exit 0)"
    lines += ["", f"verdict: {verdict}"]
    return "\n".join(lines)


def write_json(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n", "utf-8")
