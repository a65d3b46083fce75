"""The polling benchmark: the real `wait()` on a family of task shapes, on a virtual clock,
against fixed-interval pollers, including the one that spends as many requests as ours.

Detection delay is the time from the task's completion to the poll that first sees it.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Sequence
from pathlib import Path

import attrs
import httpx

from apimart_video import Mode, PollPolicy, SubmittedGeneration, VideoClient
from bench.shapes import KINDS, Shape

FIXED = (1.0, 2.0, 5.0, 10.0, 20.0, 30.0)
EPOCH = 1_763_000_000.37  # the virtual clock's submit time: not a whole second


@attrs.frozen
class Run:
    """How one poller did on one task."""

    requests: int
    delay: float


@attrs.frozen
class Summary:
    """A poller on a set of tasks."""

    requests: int
    mean_delay: float
    worst_delay: float
    duration: float

    @classmethod
    def of(cls, runs: Sequence[Run], shapes: Sequence[Shape]) -> Summary:
        return cls(
            sum(run.requests for run in runs),
            statistics.mean(run.delay for run in runs),
            max(run.delay for run in runs),
            sum(shape.duration for shape in shapes),
        )


class _VirtualAPI:
    """Answers task polls from a shape at the virtual time; the clock moves only on sleeps."""

    def __init__(self, shape: Shape) -> None:
        self.shape = shape
        self.now = EPOCH
        self.requests = 0
        self.completed_seen: float | None = None

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        elapsed = self.now - EPOCH
        document = self.shape.document(elapsed, created=math.floor(EPOCH))
        return httpx.Response(200, json=document)

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def ours(shape: Shape, seed: int, policy: PollPolicy | None = None) -> Run:
    """The overlay's `wait()` on a fresh submit, as `generate_and_wait()` calls it."""
    api = _VirtualAPI(shape)
    policy = attrs.evolve(policy or PollPolicy(), clock=lambda: api.now, sleep=api.sleep)
    random.seed(seed)  # the jitter
    inner = httpx.Client(transport=httpx.MockTransport(api.answer))
    submitted = SubmittedGeneration("t1", Mode.TEXT_TO_VIDEO, "key", submitted_at=EPOCH)
    with VideoClient("k", http_client=inner, poll_policy=policy) as client:
        client.wait(submitted, timeout=20 * shape.duration + 600)
    return Run(api.requests, api.now - EPOCH - shape.duration)


def fixed(shape: Shape, interval: float) -> Run:
    """A poller asking every `interval` seconds from the submit on."""
    polls = math.floor(shape.duration / interval) + 1
    return Run(polls, polls * interval - shape.duration)


def equal_requests(shapes: Sequence[Shape], requests: int) -> tuple[float, Summary]:
    """The fixed interval whose poller spends `requests` on `shapes` (bisection), its summary."""
    low, high = 0.05, 10 * max(shape.duration for shape in shapes)
    for _ in range(60):
        middle = math.sqrt(low * high)
        spent = sum(fixed(shape, middle).requests for shape in shapes)
        low, high = (middle, high) if spent > requests else (low, middle)
    interval = high
    return interval, Summary.of([fixed(shape, interval) for shape in shapes], shapes)


@attrs.frozen
class ClassResult:
    """Our policy and the fixed pollers on one class of shapes (or on all of them)."""

    name: str
    tasks: int
    ours: Summary
    fixed: dict[float, Summary]
    equal_interval: float
    equal: Summary


def measure(shapes: Sequence[Shape], policy: PollPolicy | None = None) -> list[ClassResult]:
    """Per class, then overall."""
    runs = [ours(shape, seed, policy) for seed, shape in enumerate(shapes)]
    groups = [(kind, [i for i, s in enumerate(shapes) if s.kind == kind]) for kind in KINDS]
    groups.append(("all", list(range(len(shapes)))))
    results = []
    for name, members in groups:
        chosen = [shapes[i] for i in members]
        summary = Summary.of([runs[i] for i in members], chosen)
        interval, equal = equal_requests(chosen, summary.requests)
        results.append(
            ClassResult(
                name,
                len(chosen),
                summary,
                {f: Summary.of([fixed(s, f) for s in chosen], chosen) for f in FIXED},
                interval,
                equal,
            )
        )
    return results


def chart(families: dict[str, list[ClassResult]], path: Path) -> None:
    """Requests against mean delay, a panel per class: our policy beside the fixed pollers."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [result.name for result in next(iter(families.values()))]
    columns = math.ceil((len(names) + 1) / 2)  # a panel per class, and one for the legend
    figure, axes = plt.subplots(2, columns, figsize=(3.75 * columns, 7.5), sharex=True, sharey=True)
    markers = ["*", "P"]
    for panel, name in zip(axes.flat, names, strict=False):
        for index, (label, results) in enumerate(families.items()):
            result = next(r for r in results if r.name == name)
            one_second = result.fixed[1.0].requests
            xs = [result.fixed[f].requests / one_second for f in FIXED]
            ys = [result.fixed[f].mean_delay for f in FIXED]
            panel.plot(
                xs,
                ys,
                "o-",
                color="0.6" if index else "0.35",
                markersize=4,
                lw=1,
                label=f"fixed pollers, {label}",
            )
            if index == 0:
                for f, x, y in zip(FIXED, xs, ys, strict=True):
                    panel.annotate(
                        f"{f:g} s",
                        (x, y),
                        textcoords="offset points",
                        xytext=(4, 4),
                        fontsize=7,
                        color="0.3",
                    )
            panel.plot(
                result.equal.requests / one_second,
                result.equal.mean_delay,
                "s",
                mfc="none",
                color="tab:blue",
                markersize=7,
                label=f"fixed, as many requests as ours, {label}",
            )
            panel.plot(
                result.ours.requests / one_second,
                result.ours.mean_delay,
                markers[index],
                color="tab:red",
                markersize=11 - 3 * index,
                label=f"our policy, {label}",
            )
        panel.set_title(
            f"{name} ({result.tasks} tasks)"
            if name != "all"
            else f"all classes ({result.tasks} tasks)",
            fontsize=10,
        )
        panel.set_xscale("log")
        panel.set_yscale("log")
        panel.axhline(1.0, color="tab:green", lw=0.8, ls=":")
        panel.axvline(0.25, color="tab:green", lw=0.8, ls=":")
        panel.grid(True, which="major", alpha=0.3)
    last = axes.flat[len(names)]
    handles, labels = axes.flat[0].get_legend_handles_labels()
    last.axis("off")
    last.legend(handles, labels, loc="center", fontsize=8, frameon=False)
    last.text(
        0.5,
        0.02,
        "dotted green: 0.25x requests, 1 s mean delay\nlower left is better",
        ha="center",
        fontsize=8,
        transform=last.transAxes,
    )
    for panel in axes[1]:
        panel.set_xlabel("requests (share of the 1 s poller's)")
    for panel in axes[:, 0]:
        panel.set_ylabel("mean detection delay (s)")
    figure.suptitle("wait() on seeded task shapes: requests against mean delay, per class")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
