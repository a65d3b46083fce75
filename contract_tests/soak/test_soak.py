"""A short fault soak (30 tasks, 10 % faults on every operation) with its zeros asserted."""

from __future__ import annotations

from bench.soak import run_soak


def test_short_soak_completes_every_task_with_no_duplicate_leak_or_bad_byte() -> None:
    report = run_soak(tasks=30, fault_rate=0.1, seed=3)
    assert report.errors == [e for e in report.errors if "UNHANDLED" not in e]
    assert report.unhandled_exceptions == 0
    assert report.completed == 30
    assert report.duplicate_submissions == 0
    assert report.bad_files == 0
    assert report.key_leaks == 0
    assert sum(report.faults_injected.values()) > 0
    assert report.retries_by_client > 0
