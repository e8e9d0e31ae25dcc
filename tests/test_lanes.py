"""Jobs on two lanes (this process and a forked one): results and errors come back from both."""
import os
import time

import pytest

from kg.lanes import run_jobs


def _pid_after(seconds: float):
    def job() -> int:
        time.sleep(seconds)
        return os.getpid()
    return job


def test_jobs_run_on_both_lanes_and_results_come_back_in_job_order():
    jobs = [(f"job{i}", _pid_after(0.3)) for i in range(4)]
    done = run_jobs(jobs, lanes=2)
    assert list(done) == [name for name, _ in jobs]
    pids = {result for result, _ in done.values()}
    assert os.getpid() in pids and len(pids) == 2
    assert all(seconds >= 0.3 for _, seconds in done.values())


def test_one_lane_runs_everything_here():
    done = run_jobs([("a", _pid_after(0)), ("b", _pid_after(0))], lanes=1)
    assert {result for result, _ in done.values()} == {os.getpid()}


def test_an_error_in_the_forked_lane_is_raised_in_the_main_one():
    main = os.getpid()

    def job() -> None:
        if os.getpid() != main:
            raise ValueError("graph.ttl: disk full")
        time.sleep(1)

    with pytest.raises(ValueError, match="disk full"):
        run_jobs([("a", job), ("b", job)], lanes=2)


def test_a_forked_lane_that_dies_is_an_error_not_a_hang():
    main = os.getpid()

    def job() -> None:
        if os.getpid() != main:
            os._exit(3)
        time.sleep(1)

    with pytest.raises(RuntimeError, match="exit code 3"):
        run_jobs([("a", job), ("b", job)], lanes=2)
