"""Jobs on two lanes (this thread and a second one): results and errors come back from both."""
import threading
import time

import pytest

from kgapp.lanes import run_jobs


def _thread_after(seconds: float):
    def job() -> str:
        time.sleep(seconds)
        return threading.current_thread().name
    return job


def test_jobs_run_on_both_lanes_at_once_and_results_come_back_in_job_order():
    meet = threading.Barrier(2, timeout=10)  # broken unless two jobs run at the same time

    def job() -> str:
        meet.wait()
        return threading.current_thread().name

    jobs = [(f"job{i}", job) for i in range(4)]
    done = run_jobs(jobs, lanes=2)
    assert list(done) == [name for name, _ in jobs]
    assert {result for result, _ in done.values()} == {threading.current_thread().name, "kg-writer"}


def test_one_lane_runs_everything_here():
    done = run_jobs([("a", _thread_after(0)), ("b", _thread_after(0))], lanes=1)
    assert {result for result, _ in done.values()} == {threading.current_thread().name}


def test_an_error_in_the_second_lane_is_raised_and_stops_the_jobs_not_started():
    started = []

    def job(name: str):
        def work() -> None:
            started.append(name)
            if threading.current_thread().name == "kg-writer":
                raise ValueError("graph.ttl: disk full")
            time.sleep(0.5)
        return work

    with pytest.raises(ValueError, match="disk full"):
        run_jobs([(n, job(n)) for n in "abcdef"], lanes=2)
    assert len(started) < 6
