"""Signals: Ctrl-C (SIGINT) and SIGTERM end a run the same way, promptly, also with worker processes.

In the main process both raise `KeyboardInterrupt` (so an `--output` temporary file is removed on the way
out), after stopping the spaCy worker processes: they would otherwise finish their queued batches first.
Workers ignore SIGINT (the terminal sends it to the whole process group; the main process decides) and die
quietly on the SIGTERM the main process sends them.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.util
import os
import signal
import sys
import threading
import warnings
from typing import NoReturn

EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_TERMINATED = 143  # 128 + SIGTERM


class _Received:
    """The signal that ended the run, and whether worker processes were running then (also the object the
    after-fork hook is registered on)."""

    signum: int | None = None
    had_workers = False
    installed = False


_RECEIVED = _Received()


def install() -> None:
    """Make SIGINT and SIGTERM interrupt the run; make worker processes started later ignore SIGINT."""
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    if not _RECEIVED.installed:
        multiprocessing.util.register_after_fork(_RECEIVED, _in_worker)
        _RECEIVED.installed = True


def _interrupt(signum: int, _frame) -> None:
    _RECEIVED.signum = signum
    _RECEIVED.had_workers = _RECEIVED.had_workers or bool(multiprocessing.active_children())
    warnings.filterwarnings("ignore", message=r"\[W127\]")  # spaCy: "not all workers completed"
    _stop_workers()
    raise KeyboardInterrupt


def _in_worker(_received: _Received) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop_workers() -> None:
    for child in multiprocessing.active_children():
        child.terminate()


def exit_code() -> int:
    """130 after Ctrl-C, 143 after SIGTERM."""
    return EXIT_TERMINATED if _RECEIVED.signum == signal.SIGTERM else EXIT_INTERRUPTED


def _threads_that_block_exit() -> bool:
    """Whether a thread would hold up the interpreter's exit: a non-daemon thread, or a multiprocessing queue
    feeder (its exit handler joins it). Daemon threads of other libraries (an event loop, a pool) do not."""
    return any(
        t is not threading.main_thread() and (not t.daemon or t.name == "QueueFeederThread")
        for t in threading.enumerate()
    )


def leave(code: int) -> NoReturn:
    """Exit with `code`, after an interruption has been cleaned up and reported.

    When worker processes were running (or their queues' threads still are), skips the interpreter's exit
    handlers: multiprocessing's queue threads would wait there for workers that are gone.
    """
    _stop_workers()
    if not _RECEIVED.had_workers and not _threads_that_block_exit():
        sys.exit(code)
    for stream in (sys.stderr, sys.stdout):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
