"""Against a server that ignores `Idempotency-Key` (issue 9, items 1 and 7), nothing dedupes:
the server's count of generations per key shows what the client's own retries cost. Through
every kind of fault, no key may start two generations, and every submit error that may
have started one carries the key it sent."""

from __future__ import annotations

import uuid

from apimart_video import APIMartError, SubmitOutcomeUnknownError
from apimart_video.testing import FaultConfig, run_server
from contract_tests.hostile.conftest import Kind, submit_with, use_client

SUBMITS = 20


def test_the_clients_own_retries_never_start_a_second_generation(kind: Kind) -> None:
    faults = FaultConfig(rates={"submit": 0.5}, seed=11, retry_after=0, slow_seconds=0.05)
    keys = [str(uuid.uuid4()) for _ in range(SUBMITS)]
    outcomes: dict[str, object] = {}

    with run_server(honour_idempotency=False, faults=faults) as server:
        for key in keys:
            try:
                outcomes[key] = use_client(
                    kind,
                    server,
                    submit_with(key),
                    timeout=2,
                )
            except APIMartError as error:
                outcomes[key] = error
        by_key = server.app.generations_by_key
        stats = server.app.stats_report()
    assert sum(stats["faults_injected"].values()) >= SUBMITS // 4, stats
    assert stats["requests_by_route"]["submit"] > SUBMITS, "the client never retried a submit"
    assert max(by_key.values()) == 1, f"a key started two generations: {by_key}"
    for key, outcome in outcomes.items():
        if isinstance(outcome, SubmitOutcomeUnknownError):
            assert outcome.idempotency_key == key
            assert key in str(outcome)
        elif isinstance(outcome, APIMartError):
            assert getattr(outcome, "idempotency_key", key) == key
            assert key not in by_key, f"{type(outcome).__name__} said 'not started', but it was"
        else:
            assert by_key[key] == 1
    unknown = [o for o in outcomes.values() if isinstance(o, SubmitOutcomeUnknownError)]
    assert unknown, "no submit outcome was unknown: the faults proved nothing"
