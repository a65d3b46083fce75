"""`python -m tools.spec_diff [--base REF] [--json PATH]`: exit 1 on a breaking change."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tools.spec_diff.load import SpecDiffError, default_base, repo_root
from tools.spec_diff.report import render, write_json
from tools.spec_diff.run import Options, build_report


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.spec_diff",
        description="What changed in openapi.yaml between BASE and the working tree, for "
        "callers, parsers and importers; exit status 1 when anything is breaking.",
    )
    parser.add_argument(
        "--base",
        default=None,
        help="git ref to compare with (default: the merge base of HEAD with main)",
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=os.environ.get("SPEC_DIFF_JSON") or None,
        help="also write the report as JSON here (or set SPEC_DIFF_JSON)",
    )
    parser.add_argument("--repo", type=Path, default=Path.cwd(), help="the repository")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="keep generated packages here and reuse them (keyed by spec and config)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        repo = repo_root(args.repo)
        base = args.base or default_base(repo)
        report = build_report(Options(repo=repo, base=base, workdir=args.cache_dir))
    except SpecDiffError as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 2
    print(render(report))
    if args.json is not None:
        write_json(report, args.json)
    return 1 if report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
