"""`apimart-video generate --model ID`: one generation, with the flags of the model named.

The command line is read in two steps: `--model` first (`model_asked`, wan2.7 when absent),
then the whole line by a parser made for that model (`add_parser`, its flags from
`model_flags`), so that `generate --help --model ID` shows that model's flags and choices.
Abbreviated flags are refused: a prefix would mean different flags for different models
(`--mode` is kling's field, not `--model`).

Refused before anything is sent (exit 2): a model the client does not know, unless
`--no-check` (then it is sent as given, with a warning); a flag the model does not take,
naming the model, the models that take it, and the model's own flags.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import shlex
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any, Final, NoReturn

from apimart_video._config import DEFAULT_MODEL
from apimart_video._exceptions import InvalidRequestError
from apimart_video._request.families import MODEL_FAMILIES
from apimart_video._request.rules import unknown_model
from apimart_video.cli.model_flags import FIELD_OPTION, ModelFlags, for_model, option, takers
from apimart_video.cli.shell import for_shell

__all__ = [
    "MODEL_OPTION",
    "add_parser",
    "command_for",
    "fields",
    "generate_parser",
    "model_asked",
    "refuse_what_the_model_does_not_take",
    "resubmit_command",
    "typed",
]

MODEL_OPTION: Final = "--model"
_NOT_REPEATED: Final = frozenset({"help", "api_key", "idempotency_key", "model"})
"""Options a printed command leaves out (the key is never printed) or writes first."""


def model_asked(argv: Sequence[str]) -> str:
    """The model `argv` names with `--model ID` or `--model=ID` (the last one, as argparse
    reads it), or wan2.7; only whole words count, so `--mode` is never the model."""
    model = DEFAULT_MODEL
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == MODEL_OPTION and index + 1 < len(argv):
            model = argv[index + 1]
        elif word.startswith(MODEL_OPTION + "="):
            model = word.partition("=")[2]
    return model


def add_parser(
    commands: Any, connection: argparse.ArgumentParser, model: str
) -> argparse.ArgumentParser:
    """Register `generate` with the flags of `model`."""
    flags = for_model(model)
    generate: argparse.ArgumentParser = commands.add_parser(
        "generate",
        parents=[connection],
        prog=f"apimart-video generate {MODEL_OPTION} {model}",
        help="submit a generation of any model (`generate --help --model ID`: its flags)",
        description=_description(flags),
        epilog=_epilog(flags),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    generate.add_argument(
        MODEL_OPTION,
        default=DEFAULT_MODEL,
        metavar="ID",
        help=f"the model (default {DEFAULT_MODEL}); the flags below are {model}'s "
        "(`apimart-video models --local` lists the models this client knows)",
    )
    generate.add_argument(
        "--no-check",
        dest="check",
        action="store_false",
        help="send the request unchecked: for a model or a field this client does not know "
        "yet (the API alone decides; a warning says so)",
    )
    flags.add_to(generate)
    generate.add_argument(
        "--idempotency-key", help="a submit's key, to resubmit it safely where the API honours it"
    )
    generate.add_argument("--wait", action="store_true", help="wait for the task to finish")
    return generate


def _wrapped(*paragraphs: str) -> str:
    # Never inside a word: a docs URL stays whole, to be copied (hyphens are no breaks).
    return "\n\n".join(
        textwrap.fill(" ".join(text.split()), 88, break_on_hyphens=False, break_long_words=False)
        for text in paragraphs
    )


def _description(flags: ModelFlags) -> str:
    known = ", ".join(MODEL_FAMILIES)
    if flags.family is None:
        return _wrapped(
            f"{flags.model} is not a model this client knows ({known}). With --no-check it "
            "is sent as given, unchecked: give its fields with --prompt and "
            f"{FIELD_OPTION} NAME=VALUE."
        )
    values = flags.family.values
    family = ""
    if values["models"] != (flags.model,):
        family = f" (family {flags.family.name}: {', '.join(values['models'])})"
    required = [name for name in values["required"] if name != "model"]
    needs = f" Required: {', '.join(required)}." if required else ""
    return _wrapped(
        f"Submit one {flags.model} generation{family}.",
        values["summary"],
        f"Modes: {', '.join(mode.value for mode in flags.family.modes)}.{needs}",
        f"Docs: {values['docs_url']}",
    )


def _epilog(flags: ModelFlags) -> str:
    return _wrapped(
        f"These are {flags.model}'s flags. Another model's: apimart-video generate --help "
        f"{MODEL_OPTION} ID (`apimart-video models --local` lists the models this client "
        "knows). Flags are spelt in full."
    )


def refuse_what_the_model_does_not_take(
    parser: argparse.ArgumentParser, args: argparse.Namespace, extras: Sequence[str]
) -> None:
    """Exit 2 (argparse's usage and one error line) for a model the client does not know
    (unless `--no-check`), then for words the model's parser did not take."""
    model: str = args.model
    if model not in MODEL_FAMILIES and args.check:
        parser.error(for_shell(InvalidRequestError([unknown_model(model)])))
    if extras:
        _refuse_flags(parser, for_model(model), extras)


def _refuse_flags(
    parser: argparse.ArgumentParser, flags: ModelFlags, extras: Sequence[str]
) -> NoReturn:
    options = list(dict.fromkeys(word.split("=", 1)[0] for word in extras if word[:1] == "-"))
    if not options:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    notes = []
    for flag in options:
        others = [model for model in takers(flag) if model not in flags.family_models]
        if others:
            notes.append(f"{flag} is a flag of {', '.join(others)}")
    why = f" ({'; '.join(notes)}: give {MODEL_OPTION} to use one)" if notes else ""
    if flags.family is None:
        own = f"it is not a model this client knows: give its fields with {FIELD_OPTION}"
    else:
        own = f"{flags.model}'s fields: " + ", ".join(flag.flag for flag in flags.field_flags)
        if flags.inputs:
            own += "; its inputs: " + ", ".join(item.flag for item in flags.inputs)
    parser.error(
        f"{flags.model} takes no {', '.join(options)}{why}; {own} (apimart-video generate "
        f"--help {MODEL_OPTION} {flags.model} describes each)"
    )


def fields(args: argparse.Namespace) -> dict[str, Any]:
    """The request fields the parsed `generate` flags give (without `model`)."""
    return for_model(args.model).fields(args)


def typed(args: argparse.Namespace) -> dict[str, str]:
    """Field -> the flag the parsed `generate` line gave it (what messages then name)."""
    return for_model(args.model).typed(args)


def resubmit_command(parser: argparse.ArgumentParser, args: argparse.Namespace, key: str) -> str:
    """The `generate` command line of `args` with `key`, shell-quoted, rebuilt from what
    argparse parsed: `--model` first, then each flag given in one canonical form.

    The API key is never printed: it is left out (the environment still supplies it).
    """
    flags = for_model(args.model)
    words = ["apimart-video", "generate", MODEL_OPTION, args.model]
    for action in generate_parser(parser)._actions:
        if not action.option_strings or action.dest in _NOT_REPEATED:
            continue
        value = getattr(args, action.dest, None)
        default = action.default
        if default is argparse.SUPPRESS:
            default = parser.get_default(action.dest)
        if value is None or value == default:
            continue
        field = flags.by_dest.get(action.dest)
        flag = max(action.option_strings, key=len)
        if field is not None:
            words += field.words(value)
        elif isinstance(action, argparse._StoreConstAction):
            words.append(flag)
        elif isinstance(action, argparse._AppendAction):
            for item in value:
                words += option(flag, str(item))
        else:
            words += option(flag, str(value))
    words += option("--idempotency-key", key)
    return shlex.join(words)


def generate_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The `generate` subcommand's parser inside the whole command line's."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: argparse.ArgumentParser = action.choices["generate"]
            return found
    raise LookupError("no generate command")


def command_for(body: Mapping[str, Any], key: str) -> str | None:
    """The `apimart-video generate` command that sends exactly `body` with `key`, or None
    when its flags cannot: the command is read back by the model's parser and must give
    the same fields."""
    model = body.get("model", DEFAULT_MODEL)
    if not isinstance(model, str):
        return None
    given = {name: value for name, value in body.items() if name != "model"}
    flags = for_model(model)
    words = ["generate", MODEL_OPTION, model, *flags.words(given)]
    words += option("--idempotency-key", key)
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            args, extras = _reader(model).parse_known_args(words)
        parsed = fields(args)
    except (SystemExit, InvalidRequestError):
        return None
    if extras:
        return None
    if _canonical(parsed) != _canonical(given):
        return None
    return shlex.join(["apimart-video", *words])


@functools.cache
def _reader(model: str) -> argparse.ArgumentParser:
    """`generate` alone, with `model`'s flags: what reads a printed command back."""
    root = argparse.ArgumentParser(prog="apimart-video", add_help=False)
    add_parser(root.add_subparsers(dest="command"), argparse.ArgumentParser(add_help=False), model)
    return root


def _canonical(fields: Mapping[str, Any]) -> str:
    return json.dumps(fields, sort_keys=True)
