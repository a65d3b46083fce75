"""`apimart-video models`, `docs MODEL` and `schema MODEL`: what the API says of its models,
free of charge; `models --local`: what this client knows of them, with no request at all.

`models` prints one id a line; `docs` the model's live documentation page as Markdown (the
exact truth for its parameters); `schema` its compatibility JSON Schema, pretty-printed.
With `--json`, each prints the API's answer as one JSON document. `models --local` prints
each family the client checks requests for (`known_models()`): its model ids, modes,
fields and docs page (with `--json`, one document for scripts).
"""

from __future__ import annotations

import argparse
import json
from typing import Any, Final

from apimart_video._client.sync import VideoClient
from apimart_video._exit_codes import ExitCode
from apimart_video._request import spec_values
from apimart_video._request.rules import known_models
from apimart_video._types import ModelFamily
from apimart_video.cli.console import Console

__all__ = ["COMMANDS", "add_parsers", "run"]

COMMANDS: Final = frozenset({"models", "docs", "schema"})

_JSON_HELP = "print the API's answer as JSON for scripts"


def add_parsers(commands: Any, connection: argparse.ArgumentParser) -> None:
    """Register `models`, `docs` and `schema` on the CLI's subcommands."""
    models = commands.add_parser(
        "models",
        parents=[connection],
        help="list the models the API serves (free); --local: the ones this client knows",
    )
    models.add_argument("--json", action="store_true", help=_JSON_HELP)
    models.add_argument(
        "--local",
        action="store_true",
        help="list the model families this client knows (ids, modes, fields, docs page), "
        "from its spec: no request, no API key",
    )

    docs = commands.add_parser(
        "docs",
        parents=[connection],
        help="print a model's live documentation page as Markdown (free)",
        description="The page's parameter tables are the exact truth for the model's input.",
    )
    docs.add_argument("model", metavar="MODEL", help="a model id, such as wan2.7")
    docs.add_argument("--json", action="store_true", help=_JSON_HELP)

    schema = commands.add_parser(
        "schema",
        parents=[connection],
        help="print a model's compatibility JSON Schema (free)",
        description="A JSON Schema of the model's input, looser than its documentation "
        "(`apimart-video docs MODEL`), which is the exact truth.",
    )
    schema.add_argument("model", metavar="MODEL", help="a model id, such as wan2.7")
    schema.add_argument(
        "--operation",
        choices=spec_values.GENERATION_OPERATIONS,
        default="video_generation",
        help="the operation whose input to describe (default: video_generation)",
    )
    schema.add_argument("--json", action="store_true", help=_JSON_HELP)


def run(args: argparse.Namespace, console: Console) -> int:
    """Run one discovery command; its errors go to the caller's handler, as every command's."""
    if args.command == "models" and args.local:
        families = known_models()
        console.result(
            {"families": [_family_json(family) for family in families]},
            "\n\n".join(_family_text(family) for family in families),
        )
        return ExitCode.OK
    with VideoClient(
        args.api_key, base_url=args.base_url, timeout=args.timeout, max_retries=args.max_retries
    ) as client:
        if args.command == "models":
            found = client.list_models()
            console.result(
                {"models": [dict(model.raw) for model in found]},
                "\n".join(model.id for model in found),
            )
        elif args.command == "docs":
            docs = client.model_docs(args.model)
            if docs.stale or docs.warning:
                why = f": {docs.warning}" if docs.warning else ""
                console.news(f"warning: the API's copy of this page may be out of date{why}")
            console.result(dict(docs.raw), docs.markdown.rstrip("\n"))
        else:
            schema = client.model_schema(args.model, operation=args.operation)
            console.result(dict(schema.raw), json.dumps(schema.input_schema, indent=2))
    return ExitCode.OK


def _family_json(family: ModelFamily) -> dict[str, Any]:
    return {
        "family": family.name,
        "models": list(family.models),
        "modes": [mode.value for mode in family.modes],
        "fields": list(family.fields),
        "required": list(family.required),
        "docs_url": family.docs_url,
        "summary": family.summary,
    }


def _family_text(family: ModelFamily) -> str:
    fields = [name for name in family.fields if name != "model"]
    return "\n".join(
        [
            f"{family.name}: {', '.join(family.models)}",
            f"  modes:  {', '.join(mode.value for mode in family.modes)}",
            f"  fields: {', '.join(fields)}",
            f"  docs:   {family.docs_url}",
            f"  flags:  apimart-video generate --help --model {family.models[0]}",
        ]
    )
