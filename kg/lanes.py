"""Independent jobs over data this process holds, run on two cores.

The writers of a build each read the finished graph and write their own files. A second lane is a
forked copy of this process: it shares the graph's memory pages (copy-on-write, the cyclic collector
being off during a build) instead of receiving the graph through a pipe, and both lanes take the next
job from one shared counter, so the jobs spread over the lanes whatever their lengths.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import time
from typing import Any, Callable

from . import interrupt

Job = tuple[str, Callable[[], Any]]  # name, and the work, which returns a picklable result


def run_jobs(jobs: list[Job], lanes: int = 1) -> dict[str, tuple[Any, float]]:
    """Run every job once and return name -> (result, seconds). With lanes=2 a forked process runs
    jobs too; an error in either lane is raised here once both lanes have stopped."""
    if lanes < 2 or len(jobs) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return {name: _timed(work) for name, work in jobs}
    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("i", 0)
    receive, send = ctx.Pipe(duplex=False)
    lane = ctx.Process(target=_forked_lane, args=(jobs, counter, send), name="kg-writer")
    lane.start()
    send.close()
    try:
        done = _take(jobs, counter)
        try:
            status, payload = pickle.loads(receive.recv_bytes())
        except EOFError:
            lane.join()
            raise RuntimeError(f"the second writer process died (exit code {lane.exitcode})") from None
        if status == "error":
            raise payload
        done.update(payload)
        return {name: done[name] for name, _ in jobs}
    except BaseException:
        if lane.is_alive():  # Ctrl-C or an error here: the other lane stops too, its finally blocks clean up
            os.kill(lane.pid, signal.SIGINT)  # type: ignore[arg-type]
        raise
    finally:
        lane.join()
        receive.close()


def _take(jobs: list[Job], counter) -> dict[str, tuple[Any, float]]:
    """This lane's share: the next job not taken by the other lane, until none is left."""
    done: dict[str, tuple[Any, float]] = {}
    while True:
        with counter.get_lock():
            i = counter.value
            counter.value += 1
        if i >= len(jobs):
            return done
        name, work = jobs[i]
        done[name] = _timed(work)


def die_with_parent() -> None:
    """A process started for this build ends when the build is killed (kill -9 gives it no chance to
    stop its children; forked ones hold pipes open and would sleep forever). Linux only."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _forked_lane(jobs: list[Job], counter, send) -> None:
    die_with_parent()
    try:
        message: tuple[str, Any] = ("ok", _take(jobs, counter))
    except BaseException as e:  # noqa: BLE001 - every failure goes back to the main lane
        message = ("error", e)
    try:
        data = pickle.dumps(message)
    except Exception:  # noqa: BLE001 - an exception that will not pickle goes back as its text
        data = pickle.dumps(("error", RuntimeError(f"{type(message[1]).__name__}: {message[1]}")))
    try:
        send.send_bytes(data)
    except KeyboardInterrupt:  # the main lane gave up waiting (it failed or was interrupted)
        pass
    send.close()


def _timed(work: Callable[[], Any]) -> tuple[Any, float]:
    interrupt.check()
    t0 = time.perf_counter()
    return work(), time.perf_counter() - t0
