"""Build the whole report: structure, Python API, then the corpus as evidence."""

from __future__ import annotations

import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.spec_diff import corpus, python_api
from tools.spec_diff.families import became_unions, family_schemas
from tools.spec_diff.load import SPEC, SpecDiffError, git, inline_refs, parse, read_at
from tools.spec_diff.model import Report
from tools.spec_diff.replay import replay
from tools.spec_diff.request_side import compare_document, compare_operation_sets, operations
from tools.spec_diff.response_side import compare_responses


@dataclass
class Options:
    repo: Path
    base: str
    corpus_dir: Path = corpus.CORPUS_DIR  # relative to repo
    live_report: Path = corpus.LIVE_REPORT  # relative to repo
    documented: bool = True  # read the documented bodies from the contract tests
    workdir: Path | None = None  # where to generate (reused across calls); a temp dir if None
    extra: list[corpus.Body] = field(default_factory=list)


def build_report(options: Options) -> Report:
    repo = options.repo
    commit = git(repo, "rev-parse", "--short", f"{options.base}^{{commit}}").strip()
    old_text = read_at(repo, options.base)
    new_text = (repo / SPEC).read_text(encoding="utf-8")
    old, new = parse(old_text, f"{options.base}:{SPEC}"), parse(new_text, SPEC)
    label = commit if options.base.startswith(commit) else f"{options.base} ({commit})"
    report = Report(base=label)
    report.extend(structural(old, new))
    if options.workdir is None:
        with tempfile.TemporaryDirectory(prefix="spec-diff-") as scratch:
            _python_api(report, options, old_text, new_text, Path(scratch))
    else:
        _python_api(report, options, old_text, new_text, options.workdir)
    report.changes = python_api.group_family_additions(report.changes, family_schemas(new))
    report.notes.extend(became_unions(old, new))
    bodies = [
        *corpus.spec_examples(old, "base"),
        *corpus.spec_examples(new, "new"),
        *(corpus.documented_bodies() if options.documented else ()),
        *corpus.recorded_answers(repo / options.corpus_dir),
        *corpus.live_answers(repo / options.live_report),
        *options.extra,
    ]
    result = replay(old, new, bodies)
    report.rejected, report.newly_accepted = result.rejected, result.newly_accepted
    report.corpus_size = result.size
    return report


def structural(old: dict[str, Any], new: dict[str, Any]) -> list[Any]:
    """The spec-level changes, request side then response side."""
    old_inline, new_inline = inline_refs(old), inline_refs(new)
    old_ops, new_ops = operations(old_inline), operations(new_inline)
    return [
        *compare_document(old_inline, new_inline),
        *compare_operation_sets(old_ops, new_ops),
        *compare_responses(old_ops, new_ops),
    ]


def _python_api(report: Report, options: Options, old_spec: str, new_spec: str, work: Path) -> None:
    repo = options.repo
    config = repo / python_api.CONFIG
    try:
        old_config = read_at(repo, options.base, python_api.CONFIG)
    except SpecDiffError:
        old_config = config.read_text(encoding="utf-8")
        report.notes.append(f"{python_api.CONFIG} absent at base: the working tree's is used")
    generator = python_api.Generator(work)
    new_config = config.read_text(encoding="utf-8")
    with ThreadPoolExecutor(max_workers=2) as pool:  # two generator processes at once
        old_job = pool.submit(generator.generate, old_spec, old_config)
        new_job = pool.submit(generator.generate, new_spec, new_config)
        old_generated, new_generated = old_job.result(), new_job.result()
    base_dir = work / f"overlay-{git(repo, 'rev-parse', f'{options.base}^{{commit}}').strip()}"
    old_overlay = python_api.overlay_at(repo, options.base, base_dir)
    new_overlay = repo / python_api.OVERLAY_DIR
    old_paths = [old_generated, *([old_overlay] if old_overlay else [])]
    new_paths = [new_generated, *([new_overlay] if new_overlay.is_dir() else [])]
    old_api, new_api = python_api.load_api(*old_paths), python_api.load_api(*new_paths)
    report.extend(python_api.compare_api(old_api, new_api))
