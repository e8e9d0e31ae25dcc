"""Independent jobs over data this process holds, run on two lanes: this thread and one more.

In an incremental build the HTML pages are the one long writer (Python work on the whole graph); the
others patch their files in place (system calls) or have the database patched by a process of its
own (loaders.embedded), and so fit beside it on a second thread, which runs while the first waits on
those. (Not so a long call that holds the GIL: pickling the build's manifest there, 0.5 s in one
call of C code, held the HTML writer up as long, and the rebuild took as long as without it.) A
thread rather than a forked process: a fork shares the graph's pages copy-on-write, and every page
either process then touches (reference counts are writes) is copied; on the corpus the HTML writer's
index took 2.2 s instead of 0.8 s in the main process, with 137,000 page faults instead of 31,000.
The whole incremental build took the same time either way (11.7-12.6 s, first rebuild 14.3-14.6 s);
threads need no pipes or dying-child handling and no memory twice. Both lanes take the next job from
one shared iterator, so the jobs spread over the lanes whatever their lengths.
"""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

from loaders import interrupt

Job = tuple[str, Callable[[], Any]]  # name, and the work, which returns its result


def run_jobs(jobs: list[Job], lanes: int = 1) -> dict[str, tuple[Any, float]]:
    """Run every job once and return name -> (result, seconds), in the order of ``jobs``. With
    lanes=2 a second thread takes jobs too; once a job fails neither lane starts another, and the
    first error is raised here when both have stopped (after Ctrl-C the other lane ends its job)."""
    if lanes < 2 or len(jobs) < 2:
        return {name: _timed(work) for name, work in jobs}
    pending = iter(jobs)
    lock = threading.Lock()
    done: dict[str, tuple[Any, float]] = {}
    errors: list[BaseException] = []

    def lane() -> None:
        while not errors:
            with lock:
                job = next(pending, None)
            if job is None:
                return
            try:
                done[job[0]] = _timed(job[1])
            except BaseException as e:  # noqa: BLE001 - raised in the calling thread below
                errors.append(e)

    helper = threading.Thread(target=lane, name="kg-writer", daemon=True)
    helper.start()
    try:
        lane()
    finally:
        helper.join()
    if errors:
        raise errors[0]
    return {name: done[name] for name, _ in jobs}


def _timed(work: Callable[[], Any]) -> tuple[Any, float]:
    interrupt.check()
    t0 = time.perf_counter()
    return work(), time.perf_counter() - t0
