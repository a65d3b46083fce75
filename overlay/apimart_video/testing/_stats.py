"""What the reference server did, counted: served at `GET /_reference/stats` (outside the
API's spec) so a harness in another process can check what it cost and what it met."""

from __future__ import annotations

import collections
from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class ServerStats:
    """Counters the app updates as it answers."""

    requests_by_route: collections.Counter[str] = attrs.field(factory=collections.Counter)
    rate_limited_by_route: collections.Counter[str] = attrs.field(factory=collections.Counter)
    held_by_route: collections.Counter[str] = attrs.field(factory=collections.Counter)
    videos_dropped: int = 0
    video_bytes_sent: int = 0

    def report(
        self,
        *,
        generations_started: int,
        generations_by_key: Mapping[str, int],
        faults_injected: Mapping[str, int],
    ) -> dict[str, Any]:
        """The JSON document of the stats route."""
        repeated = [count for count in generations_by_key.values() if count > 1]
        return {
            "generations_started": generations_started,
            "requests_by_route": dict(self.requests_by_route),
            "rate_limited": sum(self.rate_limited_by_route.values()),
            "rate_limited_by_route": dict(self.rate_limited_by_route),
            "generations_by_key": {
                "keys": len(generations_by_key),
                "keys_with_duplicates": len(repeated),
                "duplicate_generations": sum(count - 1 for count in repeated),
                "max_per_key": max(generations_by_key.values(), default=0),
            },
            "faults_injected": dict(faults_injected),
            "held_by_route": dict(self.held_by_route),
            "videos_dropped": self.videos_dropped,
            "video_bytes_sent": self.video_bytes_sent,
        }
