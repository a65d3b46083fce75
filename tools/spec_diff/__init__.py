"""`make spec-diff`: what a change to openapi.yaml means for callers, parsers and importers.

Run as `python -m tools.spec_diff`. Modules, one concern each: `load` (the spec at a git
ref, `$ref`s inlined), `schemas` (two JSON Schemas compared keyword by keyword),
`families` (the request's `oneOf` discriminated by `model`, read as model families),
`request_side` and `response_side` (operations; `content` for their media types),
`python_api` (griffe on both packages), `corpus` and `replay` (the evidence), `report`
(text and JSON), `run` (all of it).
"""

from tools.spec_diff.model import Audience, Change, Rejection, Report, Severity
from tools.spec_diff.run import Options, build_report

__all__ = ["Audience", "Change", "Options", "Rejection", "Report", "Severity", "build_report"]
