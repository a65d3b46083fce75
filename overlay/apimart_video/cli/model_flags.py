"""The flags of one model: its family's fields from the spec, and the inputs its modes place.

Every field of the model's family (`spec_values.FAMILIES`) is a flag named after it
(`aspect_ratio` -> `--aspect-ratio`, its description the help): an enum takes its choices,
an integer a whole number (its range or its values in the help), a number a decimal, a
boolean is `--x/--no-x`, an array is repeatable (`--image-urls A --image-urls B`), and
anything else (an object, a field of several types) is JSON text.

The inputs `--image` (twice: a first and a last frame), `--last-frame`, `--video` and
`--audio` are the mode helpers' words, for every model: the family's mode writers
(`Family.write`) put each where the family takes it (`image_urls` for wan2.7 and kling,
`first_frame_image` for a family that names it so). A model gets an input flag only where
one of its modes places that input. Where a field's flag is an input's (kling's `audio`
switch is `--audio`), the field has it and the input is not offered; a field whose flag would
be one of the command's own options (`RESERVED`) is set with `--field NAME=VALUE`, which
sets any field.

A model the client does not know (sent with `--no-check`) has `--prompt` and `--field`.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import textwrap
from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs

from apimart_video._exceptions import InvalidRequestError
from apimart_video._request.families import family_of
from apimart_video._request.family import Family
from apimart_video._request.fields import describe_range, plain
from apimart_video._request.inputs import ModeInputs
from apimart_video._request.spec_values import FAMILIES
from apimart_video._types import Mode, Violation

__all__ = [
    "FIELD_OPTION",
    "INPUTS",
    "RESERVED",
    "FieldFlag",
    "InputFlag",
    "ModelFlags",
    "flag_word",
    "for_model",
    "json_or_text",
    "option",
    "takers",
    "write_inputs",
    "written",
]

FIELD_OPTION: Final = "--field"
"""The option that sets any field by name: `--field NAME=VALUE`."""


def flag_word(field: str) -> str:
    """`aspect_ratio` -> `--aspect-ratio`: a field's flag."""
    return "--" + field.replace("_", "-")


# --- argparse value types ----------------------------------------------------------------


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None


def _number(text: str) -> float | int:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number, not {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"must be a finite number, not {text!r}")
    return value


def json_or_text(text: str) -> Any:
    """A value given as JSON; text that is not JSON is that text (the rules then say what
    the field needs)."""
    try:
        return json.loads(text)
    except ValueError:
        return text


_JSON_KIND: Final = "json"
_CONVERTERS: Final = {
    "string": str,
    "integer": _integer,
    "number": _number,
    "array": json_or_text,
    _JSON_KIND: json_or_text,
}
_METAVARS: Final = {"string": "TEXT", "integer": "N", "number": "NUMBER", _JSON_KIND: "JSON"}


def _kind(schema: Mapping[str, Any]) -> str:
    """How a field's value is written on the command line: its JSON type, or JSON text."""
    kind = schema.get("type")
    if kind in ("string", "integer", "number", "boolean", "array"):
        return str(kind)
    return _JSON_KIND


def _paragraph(text: str) -> str:
    """A group's description, wrapped (the `generate` parser keeps descriptions as given)."""
    return textwrap.fill(" ".join(text.split()), 84, break_on_hyphens=False)


def _help(text: str) -> str:
    return " ".join(text.split()).replace("%", "%%")


# --- one field --------------------------------------------------------------------------


@attrs.frozen
class FieldFlag:
    """The flag of one field of a family: how it parses, what its help says, how a value of
    the field is written back as words (for a command printed to run again)."""

    field: str
    schema: Mapping[str, Any]

    @property
    def flag(self) -> str:
        return flag_word(self.field)

    @property
    def dest(self) -> str:
        """Where argparse keeps the value: apart from the command's own options."""
        return f"field.{self.field}"

    @property
    def kind(self) -> str:
        return _kind(self.schema)

    @property
    def item_schema(self) -> Mapping[str, Any]:
        items = self.schema.get("items", {})
        return items if isinstance(items, Mapping) else {}

    @property
    def option_strings(self) -> tuple[str, ...]:
        if self.kind == "boolean":
            return (self.flag, "--no-" + self.flag.removeprefix("--"))
        return (self.flag,)

    def add_to(self, group: argparse._ActionsContainer) -> None:
        options, notes = self._options()
        if "default" in self.schema:
            notes.append(f"API default {plain(self.schema['default'])}")
        description = _help(str(self.schema.get("description", "")))
        extra = f" ({'; '.join(notes)})" if notes else ""
        group.add_argument(self.flag, help=(description + extra).strip(), **options)

    def _options(self) -> tuple[dict[str, Any], list[str]]:
        """argparse's options for the flag, and what its help adds to the description."""
        options: dict[str, Any] = {"dest": self.dest, "default": None}
        if self.kind == "boolean":
            return options | {"action": argparse.BooleanOptionalAction}, []
        notes: list[str] = []
        schema = self.item_schema if self.kind == "array" else self.schema
        value_kind = _kind(schema)
        if value_kind == "boolean":  # an item of a list: written as JSON
            value_kind = _JSON_KIND
        options["type"] = _CONVERTERS[value_kind]
        if "enum" in schema and value_kind != _JSON_KIND:
            options["choices"] = list(schema["enum"])
            if value_kind != "string":
                options["metavar"] = "{" + ",".join(str(v) for v in schema["enum"]) + "}"
        else:
            options["metavar"] = _metavar(schema, value_kind, self.schema)
        bounded = "minimum" in schema or "maximum" in schema
        if value_kind in ("integer", "number") and "enum" not in schema and bounded:
            notes.append(describe_range(schema.get("minimum"), schema.get("maximum")))
        if value_kind == _JSON_KIND:
            notes.append("JSON, or text when it is not JSON")
        if self.kind == "array":
            options["action"] = "append"
            notes.append("repeatable, one item each")
        return options, notes

    def words(self, value: object) -> list[str]:
        """The words that give the field `value` (a value of its type)."""
        if self.kind == "boolean" and isinstance(value, bool):
            return [self.option_strings[0 if value else 1]]
        if self.kind == "array" and isinstance(value, list):
            item_kind = _kind(self.item_schema)
            return [word for item in value for word in option(self.flag, _text(item, item_kind))]
        return option(self.flag, _text(value, self.kind))


def _metavar(schema: Mapping[str, Any], kind: str, field: Mapping[str, Any]) -> str:
    """`URL_OR_FILE` for an image field's URL (a local image is uploaded), `URL`, `N`, ..."""
    if kind == "string" and str(schema.get("pattern", "")).startswith("^https?://"):
        return "URL_OR_FILE" if field.get("x-apimart-media") == "image" else "URL"
    return _METAVARS.get(kind, "JSON")


def _text(value: object, kind: str) -> str:
    """A value as its flag reads it back: text as is, JSON for the rest."""
    if kind == "string" and isinstance(value, str):
        return value
    if kind in ("integer", "number") and not isinstance(value, bool):
        return json.dumps(value)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def option(flag: str, value: str) -> list[str]:
    """`flag value`, or `flag=value` when the value looks like an option itself."""
    return [f"{flag}={value}"] if value.startswith("-") else [flag, value]


# --- the inputs a family's modes place --------------------------------------------------


@attrs.frozen
class InputFlag:
    """A mode helper's input as a flag: `--image` is the first frame, wherever it goes."""

    name: str
    """The `ModeInputs` attribute it fills."""
    flag: str
    dest: str
    metavar: str
    what: str


INPUTS: Final = (
    InputFlag("first_frame", "--image", "image", "URL_OR_FILE", "first frame"),
    InputFlag("last_frame", "--last-frame", "last_frame", "URL_OR_FILE", "last frame"),
    InputFlag("video", "--video", "video", "URL", "video"),
    InputFlag("audio", "--audio", "audio", "URL", "audio"),
)
_PROBE: Final = {item.name: f"https://probe.invalid/{item.name}" for item in INPUTS}
_PROBES: Final = tuple(
    ModeInputs(**{name: _PROBE[name] for name in names})
    for names in (
        ("first_frame",),
        ("first_frame", "last_frame"),
        ("video",),
        ("first_frame", "video"),
        ("audio",),
        ("first_frame", "audio"),
    )
)
"""The inputs a mode helper can be given together: what the writers are asked to place."""


def _leaves(node: object, path: str = "") -> Iterator[tuple[str, object]]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from _leaves(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list | tuple):
        for index, value in enumerate(node):
            yield from _leaves(value, f"{path}[{index}]")
    else:
        yield path, node


def _given(inputs: ModeInputs) -> dict[str, object]:
    return {name: value for name, value in attrs.asdict(inputs).items() if value is not None}


def written(family: Family, inputs: ModeInputs) -> dict[str, Any] | None:
    """The fields of the first of the family's modes (in `Mode`'s order) that places every
    input given, or None when none does."""
    for mode in (mode for mode in Mode if mode in family.modes):
        try:
            fields = family.write(mode, inputs)
        except InvalidRequestError:
            continue
        if all(value is not None for _, value in _leaves(fields)):
            return fields
    return None


def _placements(family: Family) -> dict[str, str]:
    """Where each input lands (`image_urls[0]` -> `first_frame`), from the writers."""
    found: dict[str, str] = {}
    by_probe = {value: name for name, value in _PROBE.items()}
    for probe in _PROBES:
        for path, value in _leaves(written(family, probe) or {}):
            if isinstance(value, str) and value in by_probe:
                found.setdefault(path, by_probe[value])
    return found


# --- every flag of one model ------------------------------------------------------------

RESERVED: Final = frozenset(
    {
        "-h",
        "--help",
        "--model",
        "--no-check",
        FIELD_OPTION,
        "--idempotency-key",
        "--wait",
        "-o",
        "--output",
        "--wait-timeout",
        "--json",
        "--response-version",
        "--api-key",
        "--base-url",
        "--timeout",
        "--max-retries",
        "-v",
        "--verbose",
    }
)
"""The `generate` command's own options: a field never takes one of them as its flag."""

_UNKNOWN_PROMPT: Final = {
    "type": "string",
    "description": "What the video shows (sent as `prompt`; the model is not checked).",
}


@attrs.frozen
class ModelFlags:
    """The flags `apimart-video generate --model MODEL` takes, and how they become fields."""

    model: str
    family: Family | None
    """None for a model the client does not know."""
    field_flags: tuple[FieldFlag, ...]
    inputs: tuple[InputFlag, ...]
    """The inputs some mode of the family places."""
    by_field_only: tuple[str, ...]
    """Fields whose flag would be one of the command's own options: `--field NAME=VALUE`."""
    placements: Mapping[str, str]
    """Where each input lands: `image_urls[1]` -> `last_frame`."""

    @property
    def family_models(self) -> tuple[str, ...]:
        """The ids of the model's family (the model alone when the client does not know it)."""
        return self.family.models if self.family is not None else (self.model,)

    @property
    def by_dest(self) -> dict[str, FieldFlag]:
        return {flag.dest: flag for flag in self.field_flags}

    @property
    def by_field(self) -> dict[str, FieldFlag]:
        return {flag.field: flag for flag in self.field_flags}

    @property
    def option_strings(self) -> tuple[str, ...]:
        """Every flag of the model's fields and inputs."""
        fields = [word for flag in self.field_flags for word in flag.option_strings]
        return (*fields, *(item.flag for item in self.inputs))

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        """The model's field flags, then its inputs, each in a group of its own."""
        if self.family is None:
            fields = parser.add_argument_group(f"{self.model} (not known to this client)")
        else:
            fields = parser.add_argument_group(
                f"{self.model} fields",
                _paragraph(
                    f"From {self.family.name}'s schema in the spec (its docs page: "
                    f"{self.family.values['docs_url']})."
                ),
            )
        for flag in self.field_flags:
            flag.add_to(fields)
        fields.add_argument(
            FIELD_OPTION,
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help=_field_help(self),
        )
        if not self.inputs or self.family is None:
            return
        group = parser.add_argument_group(
            "inputs",
            _paragraph(
                f"What a mode helper takes, put where {self.family.name}'s modes place it "
                f"(its modes: {', '.join(mode.value for mode in self.family.modes)})."
            ),
        )
        landing = _landing(self.placements)
        for item in self.inputs:
            where = ", ".join(landing.get(item.name, ()))
            help_text = f"{item.what} (sent as {where})"
            if item.name == "first_frame":
                help_text += "; a local image is uploaded first"
                if any(entry.name == "last_frame" for entry in self.inputs):
                    help_text += "; given twice: the first and the last frame"
            elif item.name == "last_frame":
                help_text += ", with --image; a local image is uploaded first"
            else:
                help_text += "; a public URL (audio and video cannot be uploaded)"
            default: object = [] if item.name == "first_frame" else None
            action = "append" if item.name == "first_frame" else "store"
            group.add_argument(
                item.flag,
                dest=item.dest,
                action=action,
                default=default,
                metavar=item.metavar,
                help=help_text,
            )

    def fields(self, args: argparse.Namespace) -> dict[str, Any]:
        """The request fields the parsed flags give (without `model`), in the spec's order.

        Raises `InvalidRequestError` naming the flags for inputs that cannot go together
        and for one field given twice (by its flag, an input or `--field`)."""
        found: dict[str, Any] = {}
        given: dict[str, str] = {}
        if self.family is not None:
            found, given = self._inputs(args)
        for flag in self.field_flags:
            value = getattr(args, flag.dest, None)
            if value is not None:
                self._put(found, given, flag.field, value, flag.flag)
        for pair in getattr(args, "field", None) or ():
            name, value = self.field_value(pair)
            self._put(found, given, name, value, f"{FIELD_OPTION} {name}")
        order = {name: index for index, name in enumerate(self._field_order())}
        return dict(sorted(found.items(), key=lambda item: order.get(item[0], len(order))))

    def typed(self, args: argparse.Namespace) -> dict[str, str]:
        """Field -> the flag the command line set it with (its own flag, or `--field NAME`);
        the inputs are left out: the family's placements name them."""
        typed = {
            flag.field: flag.flag
            for flag in self.field_flags
            if getattr(args, flag.dest, None) is not None
        }
        for pair in getattr(args, "field", None) or ():
            name = pair.partition("=")[0]
            typed[name] = f"{FIELD_OPTION} {name}"
        return typed

    def field_value(self, pair: str) -> tuple[str, Any]:
        """`NAME=VALUE` of `--field`: VALUE as text for a text field, else JSON when it reads
        as JSON, else text."""
        name, _, text = pair.partition("=")
        schema = self.family.values["fields"].get(name) if self.family is not None else None
        if schema is not None and _kind(schema) == "string":
            return name, text
        return name, json_or_text(text)

    def words(self, fields: Mapping[str, Any]) -> list[str]:
        """The flags that give exactly `fields` (each by its field's flag, else `--field`)."""
        words: list[str] = []
        for name, value in fields.items():
            flag = self.by_field.get(name)
            if flag is not None:
                words += flag.words(value)
                continue
            schema = self.family.values["fields"].get(name, {}) if self.family else {}
            text = _text(value, _kind(schema) if schema else _JSON_KIND)
            words += option(FIELD_OPTION, f"{name}={text}")
        return words

    def shell_words(self, typed: Mapping[str, str] | None = None) -> dict[str, str]:
        """A field (or an item of one) -> the flag a message names for it: the flag `typed`
        says the user gave it with, else the input that lands there, else the field's flag,
        else `--field NAME`."""
        words = {flag.field: flag.flag for flag in self.field_flags}
        words |= {name: f"{FIELD_OPTION} {name}" for name in self.by_field_only}
        flags = {item.name: item.flag for item in self.inputs}
        for path, name in self.placements.items():
            words[path] = flags[name]
            field = _field_of(path)
            if path in (field, f"{field}[0]", f"{field}[0].url"):
                words[field] = flags[name]
        for field, flag in (typed or {}).items():
            words = {path: word for path, word in words.items() if _field_of(path) != field}
            words[field] = flag
        return words

    def _field_order(self) -> tuple[str, ...]:
        return self.family.fields if self.family is not None else ()

    def _put(
        self, found: dict[str, Any], given: dict[str, str], name: str, value: Any, flag: str
    ) -> None:
        if name == "model":
            raise _flag_error(self, flag, value, "cannot set the model: give it with --model")
        if name in found:
            rule = f"sets the field {given[name]} sets already: give one of them"
            raise _flag_error(self, flag, value, rule)
        found[name] = value
        given[name] = flag

    def _inputs(self, args: argparse.Namespace) -> tuple[dict[str, Any], dict[str, str]]:
        """The inputs given, written by the family's modes (see `write_inputs`), and for
        each field written the input flags that went there."""
        assert self.family is not None
        offered = {item.name for item in self.inputs}
        images = list(getattr(args, "image", None) or []) if "first_frame" in offered else []
        last = getattr(args, "last_frame", None) if "last_frame" in offered else None
        if last is not None:
            if not images:
                raise _flag_error(self, "--last-frame", last, "needs --image (the first frame)")
            images.append(last)
        if len(images) > 2:
            raise _flag_error(
                self,
                "--image",
                images,
                "takes at most a first and a last frame (--image twice, or --image and "
                "--last-frame)",
            )
        if len(images) == 2 and "last_frame" not in offered:
            raise _flag_error(
                self, "--image", images, f"{self.model} takes one image (it has no last frame)"
            )
        inputs = ModeInputs(
            first_frame=images[0] if images else None,
            last_frame=images[1] if len(images) == 2 else None,
            video=getattr(args, "video", None) if "video" in offered else None,
            audio=getattr(args, "audio", None) if "audio" in offered else None,
        )
        typed = {"first_frame": "--image", "video": "--video", "audio": "--audio"}
        typed["last_frame"] = "--image" if last is None else "--last-frame"
        flags = {value: typed[name] for name, value in _given(inputs).items()}
        written = write_inputs(self, inputs)
        given = {
            field: " and ".join(dict.fromkeys(flags[v] for _, v in _leaves(value) if v in flags))
            for field, value in written.items()
        }
        return written, given


def write_inputs(flags: ModelFlags, inputs: ModeInputs) -> dict[str, Any]:
    """The fields that carry `inputs`: the first mode that places them all; else each input
    where a mode places it, merged, so that the family's own rules judge the combination
    (and name the way out) as they do for a body written by hand."""
    family = flags.family
    assert family is not None
    if not _given(inputs):  # text to video, as the family writes it (if it has the mode)
        return (
            family.write(Mode.TEXT_TO_VIDEO, inputs) if Mode.TEXT_TO_VIDEO in family.writers else {}
        )
    whole = written(family, inputs)
    if whole is not None:
        return whole
    merged: dict[str, Any] = {}
    for flag, part in _parts(inputs):
        fields = written(family, part)
        if fields is None:
            value = next(iter(_given(part).values()))
            rule = f"{flags.model} has no mode that takes it with the other inputs given"
            raise _flag_error(flags, flag, value, rule)
        for key, value in fields.items():
            if key in merged and merged[key] != value:
                rule = f"{flags.model} puts it where another input given goes ({key})"
                raise _flag_error(flags, flag, value, rule)
            merged[key] = value
    return merged


def _parts(inputs: ModeInputs) -> Iterator[tuple[str, ModeInputs]]:
    """The inputs as a mode helper could take them alone: the frames, the video, the audio."""
    if inputs.first_frame is not None:
        yield "--image", ModeInputs(first_frame=inputs.first_frame, last_frame=inputs.last_frame)
    if inputs.video is not None:
        yield "--video", ModeInputs(video=inputs.video)
    if inputs.audio is not None:
        yield "--audio", ModeInputs(audio=inputs.audio)


def _field_of(path: str) -> str:
    """`image_urls[1]` -> `image_urls`: the field a placement is in."""
    return path.split("[", 1)[0].split(".", 1)[0]


def _landing(placements: Mapping[str, str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path, name in placements.items():
        found.setdefault(name, []).append(path)
    return found


def _flag_error(flags: ModelFlags, flag: str, value: object, rule: str) -> InvalidRequestError:
    return InvalidRequestError([Violation(flag, value, rule)], model=flags.model)


def _field_help(flags: ModelFlags) -> str:
    text = (
        "any field by name, repeatable: VALUE is text for a text field, else JSON "
        "(`--field seed=7`, `--field 'image_urls=[\"https://...\"]'`)"
    )
    if flags.by_field_only:
        text += f"; the fields with no flag of their own: {', '.join(flags.by_field_only)}"
    if flags.family is None:
        text += "; with --prompt, how this model's fields are given (sent unchecked)"
    return _help(text)


@functools.cache
def for_model(model: str) -> ModelFlags:
    """The flags of `model`: its family's, or `--prompt` alone for a model not known."""
    family = family_of(model)
    if family is None:
        prompt = FieldFlag("prompt", _UNKNOWN_PROMPT)
        return ModelFlags(model, None, (prompt,), (), (), {})
    placements = _placements(family)
    placed = set(placements.values())
    taken = set(RESERVED)
    field_flags: list[FieldFlag] = []
    by_field_only: list[str] = []
    for name, schema in family.values["fields"].items():
        if name == "model":
            continue
        flag = FieldFlag(name, schema)
        if taken.isdisjoint(flag.option_strings):
            field_flags.append(flag)
            taken.update(flag.option_strings)
        else:
            by_field_only.append(name)
    inputs = tuple(item for item in INPUTS if item.name in placed and item.flag not in taken)
    return ModelFlags(
        model,
        family,
        tuple(field_flags),
        inputs,
        tuple(by_field_only),
        {path: name for path, name in placements.items() if name in {i.name for i in inputs}},
    )


def takers(flag: str) -> list[str]:
    """The families (each by its first model id) that have `flag`, in the spec's order."""
    firsts = [values["models"][0] for values in FAMILIES.values()]
    return [model for model in firsts if flag in for_model(model).option_strings]
