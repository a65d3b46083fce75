"""The short form of `make soak`: both runs (a server that honours the key, one that ignores
it), 30 tasks each with 10 % faults on polls and downloads and 40 % on submits (so that
unknown outcomes surely occur whatever order the concurrent requests take), their zeros
asserted; and proof that the second run's duplicate count can see a duplicate."""

from __future__ import annotations

import pytest

from bench.soak import SoakReport, run_both, run_soak

# Many concurrent clients: one xdist worker runs these and the rehearsal in turn.
pytestmark = pytest.mark.xdist_group("cpu-heavy")


def assert_clean(report: SoakReport) -> None:
    assert not [e for e in report.errors if "UNHANDLED" in e or "LOST" in e], report.errors
    assert report.unhandled_exceptions == 0
    assert report.duplicate_generations == 0
    assert report.lost == 0
    assert report.bad_files == 0
    assert report.key_leaks == 0
    assert report.completed + report.outcome_unknown + report.refused == report.tasks
    assert sum(report.faults_injected.values()) > 0
    assert report.retries_by_client > 0
    assert report.clean


def test_short_soak_both_runs_are_clean_and_the_client_alone_never_double_bills() -> None:
    honoured, ignored = run_both(tasks=30, fault_rate=0.1, seed=3, submit_fault_rate=0.4)
    assert_clean(honoured)
    assert honoured.completed == 30
    assert honoured.resubmits_by_harness > 0, "no unknown outcome was met: the run proves less"
    assert_clean(ignored)
    assert ignored.resubmits_by_harness == 0
    assert ignored.outcome_unknown > 0, "no unknown outcome was met: the run proves less"
    assert len(ignored.outcome_unknown_keys) == ignored.outcome_unknown
    assert ignored.generations_started == ignored.completed + ignored.outcome_unknown_started


def test_resubmitting_against_a_server_that_ignores_the_key_is_caught_as_duplicates() -> None:
    report = run_soak(
        tasks=20,
        fault_rate=0.3,
        seed=5,
        run="ignored",
        resubmit=True,
        fault_kinds=("malformed", "drop"),
    )
    assert report.duplicate_generations > 0
    assert not report.clean
