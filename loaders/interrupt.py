"""Ctrl-C (and SIGTERM) that is never lost.

Python ignores ("Exception ignored in …") a KeyboardInterrupt raised while a finalizer or weakref
callback runs, and a build interrupted at that moment would go on to the end. The SIGINT handler
therefore also sets a flag, and the pipeline checks it between stages and between files.
"""
from __future__ import annotations

import signal
import threading

_flag = threading.Event()


def _handler(signum, frame) -> None:
    _flag.set()
    raise KeyboardInterrupt


def install() -> None:
    """Use this module's handler for SIGINT and SIGTERM (call from the main thread). SIGTERM is what
    `timeout`, `docker stop` and a cancelled CI job send: it stops a build as Ctrl-C does, undoing
    what was half made, instead of killing it where it stands."""
    signal.signal(signal.SIGINT, _handler)
    signal.signal(signal.SIGTERM, _handler)


def check() -> None:
    """Raise KeyboardInterrupt if SIGINT arrived, even when its first raise was swallowed."""
    if _flag.is_set():
        raise KeyboardInterrupt


def die_with_parent() -> None:
    """A pool worker ends when the build is killed (kill -9 gives the build no chance to stop its
    children). Linux only."""
    import ctypes

    # a forked worker inherits the build's SIGTERM handler (loaders.interrupt), which would only raise
    # KeyboardInterrupt in it; the worker must end
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
