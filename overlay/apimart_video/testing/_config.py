"""How a reference server instance behaves: speed, outcomes, URLs, faults, drift."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal, get_args

import attrs

Outcome = Literal["completed", "failed", "cancelled"]
FaultKind = Literal[
    "rate_limit",
    "server_error",
    "bad_gateway",
    "unavailable",
    "slow",
    "drop",
    "html",
    "malformed",
]
Operation = Literal["submit", "status", "download"]
ALL_OPERATIONS: frozenset[Operation] = frozenset(get_args(Operation))
Drift = Literal["status", "type", "millis", "iso"]
FailureShape = Literal["documented", "no_message", "text", "null", "missing"]

ALL_FAULTS: tuple[FaultKind, ...] = get_args(FaultKind)


@attrs.frozen
class FaultConfig:
    """Faults injected at a rate per operation, drawn from a seeded generator.

    `rates` maps an operation (`submit`, `status`, `download`) to the share of its
    requests that get a fault, of a kind drawn from `kinds`:

    - `rate_limit`: 429 with `Retry-After`; `unavailable`: 503 with `Retry-After`
    - `server_error`: 500; `bad_gateway`: 502 with a JSON error body
    - `html`: 502 with an HTML gateway page
    - `slow`: answers normally after `slow_seconds`
    - `drop`: handles the request, then drops the connection before the body ends
    - `malformed`: handles the request, then answers 200 with broken JSON

    A request that gets 429/5xx/html never reaches the handler: no task is created.
    """

    rates: Mapping[str, float] = attrs.field(factory=dict)
    kinds: tuple[FaultKind, ...] = ALL_FAULTS
    seed: int = 0
    retry_after: int = 1
    slow_seconds: float = 0.5

    @classmethod
    def uniform(cls, rate: float, **options: Any) -> FaultConfig:
        """The same rate on every operation."""
        return cls(rates={"submit": rate, "status": rate, "download": rate}, **options)


OutcomeRule = Outcome | Callable[[Mapping[str, Any]], Outcome]


@attrs.frozen
class ServerConfig:
    """Settings of one reference server instance.

    Times are what a real task would take; `clock_speed` divides them all (100 makes a
    20-second task take 0.2 s). The task reports `estimated_time` honestly in wall-clock
    seconds, times `estimate_ratio` (set it to 0.5 or 1.5 to model a wrong estimate).
    """

    api_key: str = "test-key"
    clock_speed: float = 1.0
    task_seconds: float = 20.0
    queue_share: float = 0.1
    """Share of a task's time spent `pending` before `processing`."""
    estimate_ratio: float = 1.0
    outcome: OutcomeRule = "completed"
    """`completed`, `failed`, `cancelled`, or a function of the request body."""
    url_shape: Literal["list", "string"] = "list"
    url_ttl: float = 86400.0
    """Seconds a video URL works after completion (`expires_at` = completed + this)."""
    video_size: int | None = None
    """Bytes the CDN serves per video: the task's clip when None, else the clip repeated to
    this size (only the clip itself plays)."""
    faults: FaultConfig = attrs.field(factory=FaultConfig)
    drift: Drift | None = None
    """Break the contract on purpose: `status` (an undocumented status while running),
    `type` (progress as text, "45%"), `millis` (created, completed and expires_at in
    milliseconds), `iso` (those as ISO 8601 text)."""
    failure_shape: FailureShape = "documented"
    """The `error` of a failed task: `documented` ({code, message}), `no_message`, `text`
    (a bare string), `null`, or `missing` (no `error` key)."""
    honour_idempotency: bool = True
    """False: every accepted POST starts a new generation whatever its `Idempotency-Key`,
    as the live API may. Generations are still counted per key (`generations_by_key`)."""
    silent: frozenset[Operation] = attrs.field(default=frozenset(), converter=frozenset)
    """Operations whose requests are accepted and never answered (held until shutdown)."""
    video_drop_at: float | None = attrs.field(default=None)
    """The first GET of each video drops the connection after this share of its body."""
    rate_limit: float | None = attrs.field(default=None)
    """Requests per second allowed per operation (submits; polls), shared by all clients;
    beyond it, 429 with `Retry-After`. None: no limit. Outside the API's spec."""
    accept_invalid: bool = False
    """Accept any JSON object as a submit, as an API looser than our spec may (unknown
    fields, an unknown model, audio with a last frame): for rehearsing the live suite's cost
    guard. Its clip is still made from what the body asks, as far as it can be read."""
    public_url: str | None = None
    """Base URL the CDN links use; the serving address when None."""
    unknown_task_for: float = 0.0
    """Seconds (wall clock, not divided by `clock_speed`) after a task's submit during which
    its status answers "not found", as a replica that has not seen it yet would; `inf`: ever."""
    unknown_task_status: Literal[404, 400] = 404
    """The status of that answer: 404, or 400 as the API answers an unknown task too."""
    lose_first_submit_answer: bool = False
    """The first submit of each key starts its generation, then the connection drops before
    the answer: the client cannot tell whether it started."""
    resend_error: tuple[int, str] | None = None
    """(status, error code) answered to a submit whose key was seen before, instead of its
    task: e.g. (409, "idempotency_in_progress"), (400, "invalid_request")."""
    in_progress_409: int = 0
    """Answer the first N submits of each `Idempotency-Key` with 409
    `idempotency_in_progress` and `Retry-After` (`faults.retry_after`), as an API does while
    the first request with that key is still processed; the next one is handled."""
    indeterminate_409: bool = False
    """Answer every submit that carries an `Idempotency-Key` with 409
    `idempotency_result_indeterminate` (the API cannot tell what became of it)."""
    ignore_response_version: bool = False
    """Answer every submit in the legacy shape (HTTP 200, `data` a list), whatever its
    `X-APIMart-Response-Version` asks for, as an API that does not know the version would."""
    docs_drift: bool | str = False
    """The discovery endpoints show models' docs and compatibility schemas drifted from the
    spec: an enum value changed, a bound moved and a new field, each chosen from the family's
    own fields (the live check's rehearsal). True: every family; a family name or a model id:
    that family only."""
    spec_path: Path | None = None
    """The `openapi.yaml` whose models the server validates, describes and generates for;
    None: the spec shipped with the package (a scratch copy with a new family, for one)."""
    upload_limit: int = attrs.field(default=10 * 1024 * 1024)
    """Bytes an uploaded image may have; a larger one is answered with 413."""
    trickle: float | None = attrs.field(default=None)
    """Send each answer to the `trickle_on` operations one byte every this many seconds,
    status line and headers included (a host whose every read succeeds, slowly)."""
    trickle_on: frozenset[Operation] = attrs.field(default=ALL_OPERATIONS, converter=frozenset)
    """The operations whose answers trickle when `trickle` is set."""
    trickle_headers: bool = True
    """False: the status line and headers go at once, and only the body trickles."""

    @trickle.validator
    def _check_trickle(self, attribute: attrs.Attribute[float | None], value: float | None) -> None:
        if value is not None and not value > 0:
            raise ValueError(f"trickle must be a positive number of seconds, not {value}")

    @video_drop_at.validator
    def _check_share(self, attribute: attrs.Attribute[float | None], value: float | None) -> None:
        if value is not None and not 0.0 <= value < 1.0:
            raise ValueError(f"video_drop_at must be in [0, 1), not {value}")

    @upload_limit.validator
    def _check_upload_limit(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < 1:
            raise ValueError(f"upload_limit must be a positive number of bytes, not {value}")

    @rate_limit.validator
    def _check_rate(self, attribute: attrs.Attribute[float | None], value: float | None) -> None:
        if value is not None and not value > 0:
            raise ValueError("rate_limit must be a positive number of requests per second")
