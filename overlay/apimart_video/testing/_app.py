"""The reference server: a Starlette app that behaves as the APIMart docs say."""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import Any

import attrs
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from apimart_video._request import spec_values
from apimart_video._request.rules import describe_range
from apimart_video.testing._clips import ClipShape, render, shape_of
from apimart_video.testing._config import ServerConfig
from apimart_video.testing._discovery import CACHE_TTL_SECONDS, OPERATION, Discovery
from apimart_video.testing._faults import (
    BEFORE_HANDLER,
    DroppedResponse,
    FaultPicker,
    Silence,
    cut_short,
    error_body,
    fault_response,
    malformed,
)
from apimart_video.testing._ratelimit import RateLimiter, retry_after_header
from apimart_video.testing._spec import spec_document, spec_families
from apimart_video.testing._stats import ServerStats
from apimart_video.testing._tasks import TaskStore
from apimart_video.testing._uploads import (
    MULTIPART_OVERHEAD,
    ImageStore,
    TooLarge,
    file_field,
    read_capped,
    sniff,
)
from apimart_video.testing._validation import RequestValidator
from apimart_video.testing._video import VideoBytes, if_range_holds, parse_range, validators

IDEMPOTENCY_KEY = re.compile(spec_values.IDEMPOTENCY_KEY_PATTERN)
IDEMPOTENCY_KEY_LENGTH = (
    spec_values.IDEMPOTENCY_KEY_MIN_LENGTH,
    spec_values.IDEMPOTENCY_KEY_MAX_LENGTH,
)
LANGUAGES = spec_values.TASK_LANGUAGES
CDN_PREFIX = "/cdn/videos/"
IMAGES_PREFIX = "/cdn/images/"
DOCS_PREFIX = "/docs/"
STATS_PATH = "/_reference/stats"
RESPONSE_VERSIONS = spec_values.RESPONSE_VERSIONS
UNAUTHENTICATED = frozenset({"download", "image", "docs_page"})
"""Operations a browser or CDN serves without the API key."""

Handler = Callable[[Request], Awaitable[Response]]


@attrs.frozen
class SeenRequest:
    """A request as the server received it (tests assert on headers, such as no key on CDN)."""

    method: str
    path: str
    headers: dict[str, str]


class ReferenceApp(Starlette):
    """The reference APIMart server; inspect `generations_started`, `requests`, `store`."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.families = spec_families(config.spec_path)
        """The spec's models and their families: what the server validates and describes."""
        self.validator = RequestValidator(spec_document(config.spec_path), self.families)
        self.store = TaskStore(config, clip_of=self.clip_of)
        self.faults = FaultPicker(config.faults)
        self.requests: list[SeenRequest] = []
        self.stats = ServerStats()
        self.limiter = RateLimiter(config.rate_limit)
        self.silence = Silence()
        self._idempotency: dict[str, tuple[str, str]] = {}
        self._in_progress_answered: dict[str, int] = {}
        self.conflicts: dict[str, int] = {}
        """409 answers given, by error code (the `in_progress_409` and `indeterminate_409`
        modes)."""
        self.trickling: set[tuple[str, int]] = set()
        """Peers whose current answer trickles (read by the `trickle` protocol)."""
        self._videos_served: set[str] = set()
        self.discovery = Discovery.from_spec(
            self.families, fetched_at=int(time.time()), drift_families=self._drift_families()
        )
        self.images = ImageStore()
        self.replays = 0
        """Submits answered from a stored `Idempotency-Key` (with `idempotency-replayed`)."""
        super().__init__(
            routes=[
                Route(
                    "/v1/videos/generations", self._guarded("submit", self.submit), methods=["POST"]
                ),
                Route("/v1/tasks/{task_id}", self._guarded("status", self.status), methods=["GET"]),
                Route(
                    CDN_PREFIX + "{task_id}.mp4",
                    self._guarded("download", self.cdn),
                    methods=["GET", "HEAD"],
                ),
                Route(STATS_PATH, self._guarded("stats", self.stats_route), methods=["GET"]),
                Route("/v1/models", self._guarded("models", self.models), methods=["GET"]),
                Route(
                    "/v1/model-docs", self._guarded("model_docs", self.model_docs), methods=["GET"]
                ),
                Route(
                    "/v1/model-schema",
                    self._guarded("model_schema", self.model_schema),
                    methods=["GET"],
                ),
                Route("/v1/uploads/images", self._guarded("upload", self.upload), methods=["POST"]),
                Route(
                    IMAGES_PREFIX + "{name}",
                    self._guarded("image", self.image),
                    methods=["GET", "HEAD"],
                ),
                Route(
                    DOCS_PREFIX + "{model}.md",
                    self._guarded("docs_page", self.docs_page),
                    methods=["GET"],
                ),
            ]
        )

    @property
    def generations_started(self) -> int:
        """Generations actually started (what the real API would bill)."""
        return self.store.generations_started

    @property
    def generations_by_key(self) -> dict[str, int]:
        """Generations started per `Idempotency-Key` (more than 1: a key was billed twice)."""
        return dict(self.store.generations_by_key)

    def stats_report(self) -> dict[str, Any]:
        """What `GET /_reference/stats` answers."""
        return self.stats.report(
            generations_started=self.store.generations_started,
            generations_by_key=self.store.generations_by_key,
            faults_injected=self.faults.injected,
        )

    def clip_of(self, body: Mapping[str, Any]) -> ClipShape:
        """The video a task of `body` makes, from its family's fields (none: unknown model)."""
        model = body.get("model")
        family = self.families.by_model.get(model) if isinstance(model, str) else None
        return shape_of(body, family.properties if family else {})

    def video(self, task_id: str) -> VideoBytes:
        """The bytes the CDN serves for a task (its clip, repeated to `video_size` if set)."""
        return VideoBytes(render(self.store.tasks[task_id].clip), self.config.video_size)

    def _drift_families(self) -> frozenset[str]:
        """The families `docs_drift` names (a model id names its family)."""
        chosen = self.config.docs_drift
        if chosen is False:
            return frozenset()
        if chosen is True:
            return frozenset(family.name for family in self.families.families)
        return frozenset({self.families.family(chosen).name})

    def requests_to(self, prefix: str) -> list[SeenRequest]:
        """The requests seen whose path starts with `prefix`."""
        return [seen for seen in self.requests if seen.path.startswith(prefix)]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            self.requests.append(SeenRequest(scope["method"], scope["path"], headers))
        await super().__call__(scope, receive, send)

    # --- plumbing -------------------------------------------------------------------------

    def _guarded(self, operation: str, handler: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            self.stats.requests_by_route[operation] += 1
            self._mark_trickle(request, operation)
            if operation in self.config.silent:
                self.stats.held_by_route[operation] += 1
                return await self.silence.hold(request)
            wait = self.limiter.check(operation)
            if wait is not None:
                self.stats.rate_limited_by_route[operation] += 1
                return _rate_limited(wait)
            fault = self.faults.pick(operation)
            if fault in BEFORE_HANDLER:
                assert fault is not None
                return fault_response(fault, self.config.faults.retry_after)
            if fault == "slow":
                await asyncio.sleep(self.config.faults.slow_seconds)
            if operation not in UNAUTHENTICATED:
                refused = self._authenticate(request)
                if refused is not None:
                    return refused
            response = await handler(request)
            if fault == "drop":
                return DroppedResponse(response)
            if fault == "malformed" and isinstance(response, JSONResponse):
                return malformed(response)
            return response

        return endpoint

    def _mark_trickle(self, request: Request, operation: str) -> None:
        """Say whether this request's answer trickles (HTTP/1.1: one request at a time per
        connection, so the mark holds until its answer is written)."""
        if self.config.trickle is None or request.client is None:
            return
        peer = (request.client.host, request.client.port)
        if operation in self.config.trickle_on:
            self.trickling.add(peer)
        else:
            self.trickling.discard(peer)

    def _conflict(self, key: str | None) -> Response | None:
        """The 409 of the `indeterminate_409` and `in_progress_409` modes, if one is due."""
        if key is None:
            return None
        if self.config.indeterminate_409:
            return self._answer_409(
                "idempotency_result_indeterminate",
                f"the outcome of the request with Idempotency-Key {key} cannot be determined",
            )
        answered = self._in_progress_answered.get(key, 0)
        if answered < self.config.in_progress_409:
            self._in_progress_answered[key] = answered + 1
            response = self._answer_409(
                "idempotency_in_progress",
                f"a request with Idempotency-Key {key} is still in progress; retry later",
            )
            response.headers["Retry-After"] = str(self.config.faults.retry_after)
            return response
        return None

    def _answer_409(self, code: str, message: str) -> JSONResponse:
        self.conflicts[code] = self.conflicts.get(code, 0) + 1
        return _error(409, message, "invalid_request_error", "Idempotency-Key", code=code)

    def _authenticate(self, request: Request) -> Response | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return _error(
                401, "Missing API key: send Authorization: Bearer <key>", "authentication_error"
            )
        if token != self.config.api_key:
            return _error(401, "Invalid API key provided", "authentication_error")
        return None

    def _base(self, request: Request) -> str:
        return (self.config.public_url or str(request.base_url)).rstrip("/")

    def _video_url(self, request: Request, task_id: str) -> str:
        return f"{self._base(request)}{CDN_PREFIX}{task_id}.mp4"

    # --- the API --------------------------------------------------------------------------

    async def submit(self, request: Request) -> Response:
        key = request.headers.get("idempotency-key")
        version = request.headers.get("x-apimart-response-version")
        if self.config.ignore_response_version:
            version = None
        elif version is not None and version not in RESPONSE_VERSIONS:
            return _error(
                400,
                f"X-APIMart-Response-Version must be one of {', '.join(RESPONSE_VERSIONS)}",
                "invalid_request_error",
                "X-APIMart-Response-Version",
            )
        low, high = IDEMPOTENCY_KEY_LENGTH
        if key is not None and not (IDEMPOTENCY_KEY.search(key) and low <= len(key) <= high):
            return _error(
                400,
                f"Idempotency-Key must be {describe_range(low, high)} characters matching "
                f"{IDEMPOTENCY_KEY.pattern}",
                "invalid_request_error",
                "Idempotency-Key",
            )
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _error(400, "the request body is not valid JSON", "invalid_request_error")
        refused = self._validate(body) or self._conflict(key)
        if refused is not None:
            return refused
        canonical = json.dumps(body, sort_keys=True)
        if key is not None and key in self._idempotency and self.config.honour_idempotency:
            seen_body, task_id = self._idempotency[key]
            if seen_body != canonical:
                return _error(
                    422,
                    f"Idempotency-Key {key} was already used with a different request body",
                    "invalid_request_error",
                    "Idempotency-Key",
                    code="idempotency_key_reused",
                )
            if self.config.resend_error is not None:
                return _resend_error(*self.config.resend_error)
            self.replays += 1
            return _submitted(task_id, versioned=version is not None, replayed=True)
        record = self.store.create(body, key)
        if key is not None and self.config.honour_idempotency:
            self._idempotency[key] = (canonical, record.task_id)
        answer = _submitted(record.task_id, versioned=version is not None)
        if self.config.lose_first_submit_answer:
            return DroppedResponse(answer)
        return answer

    def _validate(self, body: Any) -> Response | None:
        """The 400 for a body the spec refuses (`accept_invalid`: any JSON object passes)."""
        if self.config.accept_invalid:
            if isinstance(body, dict):
                return None
            return _error(400, "the request body must be a JSON object", "invalid_request_error")
        refusal = self.validator.refusal(body)
        if refusal is None:
            return None
        return _error(400, refusal.message, "invalid_request_error", refusal.param, refusal.code)

    # --- discovery and uploads ----------------------------------------------------------

    async def models(self, request: Request) -> Response:
        data = [{"id": model, "object": "model"} for model in self.discovery.models]
        return JSONResponse({"object": "list", "data": data})

    def _model_asked(self, request: Request) -> str | Response:
        """The model the query names, or the error answer when it names none we know."""
        model = request.query_params.get("model")
        if not model:
            return _error(400, "model is required", "invalid_request_error", "model")
        if model not in self.discovery.pages:
            message = f"model not found: {model}"
            return _error(404, message, "invalid_request_error", "model", "model_not_found")
        return model

    async def model_docs(self, request: Request) -> Response:
        model = self._model_asked(request)
        if isinstance(model, Response):
            return model
        page = self.discovery.pages[model]
        page_url = f"{self._base(request)}{DOCS_PREFIX}{model}"
        return JSONResponse(
            {
                "object": "model.documentation",
                "model": model,
                "doc_url": page.docs_url or page_url,
                "markdown_url": f"{page_url}.md",
                "markdown": page.markdown,
                "fetched_at": self.discovery.fetched_at,
                "cache_ttl_seconds": CACHE_TTL_SECONDS,
                "stale": False,
            }
        )

    async def docs_page(self, request: Request) -> Response:
        page = self.discovery.pages.get(request.path_params["model"])
        if page is None:
            return Response("not found", status_code=404, media_type="text/plain")
        return Response(page.markdown, media_type="text/markdown; charset=utf-8")

    async def model_schema(self, request: Request) -> Response:
        model = self._model_asked(request)
        if isinstance(model, Response):
            return model
        operation = request.query_params.get("operation", OPERATION)
        if operation not in spec_values.GENERATION_OPERATIONS:
            choices = ", ".join(spec_values.GENERATION_OPERATIONS)
            message = f"operation must be one of {choices}"
            return _error(400, message, "invalid_request_error", "operation")
        if operation != OPERATION:
            message = f"model {model} has no {operation} schema"
            return _error(404, message, "invalid_request_error", "operation", "model_not_found")
        input_schema = self.discovery.pages[model].input_schema
        return JSONResponse({"model": model, "operation": operation, "input_schema": input_schema})

    async def upload(self, request: Request) -> Response:
        limit = self.config.upload_limit
        try:
            body = await read_capped(request.stream(), limit + MULTIPART_OVERHEAD)
            part = file_field(request.headers.get("content-type", ""), body)
        except TooLarge:
            return _too_large(limit)
        if part is None:
            return _error(
                400,
                "send multipart/form-data with one `file` field holding the image",
                "invalid_request_error",
                "file",
            )
        if len(part.data) > limit:
            return _too_large(limit)
        sniffed = sniff(part.data)
        if sniffed is None:
            return _error(
                400,
                "the file is not a JPEG, PNG, GIF or WebP image (detected by content)",
                "invalid_request_error",
                "file",
                code="unsupported_image_type",
            )
        content_type, extension = sniffed
        image = self.images.add(part.data, part.filename, content_type, extension, time.time())
        return JSONResponse(
            {
                "url": f"{self._base(request)}{IMAGES_PREFIX}{image.path_name}",
                "filename": image.filename,
                "content_type": image.content_type,
                "bytes": len(image.data),
                "created_at": image.created_at,
            }
        )

    async def image(self, request: Request) -> Response:
        image = self.images.images.get(request.path_params["name"])
        if image is None:
            return Response("not found", status_code=404, media_type="text/plain")
        if request.method == "HEAD":
            headers = {"Content-Length": str(len(image.data))}
            return Response(headers=headers, media_type=image.content_type)
        return Response(image.data, media_type=image.content_type)

    async def stats_route(self, request: Request) -> Response:
        return JSONResponse(self.stats_report())

    async def status(self, request: Request) -> Response:
        language = request.query_params.get("language", "en")
        if language not in LANGUAGES:
            return _error(
                400,
                f"language must be one of {', '.join(LANGUAGES)}",
                "invalid_request_error",
                "language",
            )
        task_id = request.path_params["task_id"]
        record = self.store.tasks.get(task_id)
        if record is None or self.store.clock() < record.created + self.config.unknown_task_for:
            status = 404 if record is None else self.config.unknown_task_status
            return _error(status, f"task not found: {task_id}", "invalid_request_error", "task_id")
        view = self.store.view(
            record, video_url=self._video_url(request, task_id), language=language
        )
        return JSONResponse({"code": 200, "data": view})

    async def cdn(self, request: Request) -> Response:
        task_id = request.path_params["task_id"]
        record = self.store.tasks.get(task_id)
        now = self.store.clock()
        if (
            record is None
            or now < record.created + record.duration
            or (record.outcome != "completed")
        ):
            return Response("not found", status_code=404, media_type="text/plain")
        if now >= self.store.expires_at(record):
            return Response("this link has expired", status_code=410, media_type="text/plain")
        video = self.video(task_id)
        size = video.size
        current = validators(task_id, size, record.created + record.duration)
        try:
            span = parse_range(request.headers.get("range"), size)
        except ValueError:
            return Response(status_code=416, headers={"Content-Range": f"bytes */{size}"})
        if not if_range_holds(request.headers.get("if-range"), current):
            span = None  # the client's copy is of another video: send the whole new one
        start, end = span or (0, size - 1)
        headers = current | {"Accept-Ranges": "bytes", "Content-Length": str(end - start + 1)}
        status = 200
        if span is not None:
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        if request.method == "HEAD":
            return Response(status_code=status, headers=headers, media_type="video/mp4")
        return StreamingResponse(
            self._video_body(video, task_id, start, end),
            status_code=status,
            headers=headers,
            media_type="video/mp4",
        )

    def _video_body(
        self, video: VideoBytes, task_id: str, start: int, end: int
    ) -> AsyncIterator[bytes]:
        """The bytes of a video answer, counted; the first GET of each video is cut short
        when `video_drop_at` is set."""
        chunks: Iterable[bytes] = video.iter_range(start, end)
        drop_at = self.config.video_drop_at
        if drop_at is not None and task_id not in self._videos_served:
            self.stats.videos_dropped += 1
            chunks = cut_short(chunks, int((end - start + 1) * drop_at))
        self._videos_served.add(task_id)
        return self._counted(chunks)

    async def _counted(self, chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
        for chunk in chunks:  # on the event loop, so the count needs no lock
            self.stats.video_bytes_sent += len(chunk)
            yield chunk


def _rate_limited(wait: float) -> JSONResponse:
    body = error_body(429, "Rate limit reached, please retry later", "rate_limit_error")
    return JSONResponse(body, status_code=429, headers={"Retry-After": retry_after_header(wait)})


def _error(
    status: int, message: str, type_: str, param: str | None = None, code: Any = None
) -> JSONResponse:
    return JSONResponse(
        error_body(status if code is None else code, message, type_, param), status_code=status
    )


def _too_large(limit: int) -> JSONResponse:
    message = f"the image is larger than the upload limit of {limit} bytes"
    return _error(413, message, "invalid_request_error", "file", code="file_too_large")


def _resend_error(status: int, code: str) -> JSONResponse:
    """The answer of `resend_error` to a submit whose key was seen before."""
    body = error_body(code, f"{code}: this Idempotency-Key was seen before", "idempotency_error")
    return JSONResponse(body, status_code=status, headers={"Retry-After": "0"})


def _submitted(task_id: str, *, versioned: bool, replayed: bool = False) -> JSONResponse:
    """The submit's answer: under the pinned response version, 202 and one object with a
    `request_id`; otherwise the wan2.7 page's 200 and a list. A replay says so."""
    headers = {"idempotency-replayed": "true"} if replayed else None
    if versioned:
        body = {
            "code": 200,
            "data": {"id": task_id, "status": "queued", "object": "generation.task"},
            "request_id": f"req_{secrets.token_hex(12)}",
        }
        return JSONResponse(body, status_code=202, headers=headers)
    body = {"code": 200, "data": [{"status": "submitted", "task_id": task_id}]}
    return JSONResponse(body, headers=headers)


def create_app(config: ServerConfig | None = None, **overrides: Any) -> ReferenceApp:
    """A reference server app; `overrides` replace fields of `config` (or the defaults)."""
    return ReferenceApp(attrs.evolve(config or ServerConfig(), **overrides))
