"""Where the output goes: standard output, or the `--output` path, without ever destroying what is there.

A regular file (or a new one) is written to a temporary file beside it and renamed onto it only when
everything was written, keeping the replaced file's permissions; the temporary file is removed whatever
stops the run (an error, Ctrl-C, SIGTERM). A symbolic link is followed: the file it points to is replaced and
the link stays. A character device (`/dev/null`, a terminal) or a FIFO is written to in place, as a shell
redirection would. A folder, a block device or a socket is refused.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from factx.errors import FactxError


class OutputError(FactxError):
    """The output cannot be written (names the path and why)."""


class ReaderGone(Exception):
    """The reader of standard output closed it (`factx … | head -1`): stop quietly, nothing failed."""


class _Stdout:
    """Standard output as renderers see it: a closed pipe becomes `ReaderGone`.

    rich's Console turns a `BrokenPipeError` into `SystemExit(1)` by itself; an exception it does not know
    passes through it to `open_output`.
    """

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise ReaderGone from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise ReaderGone from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def open_output(path: Path | None, *, binary: bool = False) -> Iterator[TextIO]:
    """Yield a text stream for the output: standard output when `path` is None, else the file at `path`.

    With `binary`, the stream takes bytes (an SQLite database) and `path` must be given.

    Raises:
        OutputError: when the output cannot be written (a folder, a missing folder, a full disk, a closed
            standard output, …).
        ReaderGone: when the reader of standard output went away.
    """
    if path is None:
        if binary:
            raise OutputError("this format is a binary file, not text", hint="name the file with --output")
        with _stdout() as out:
            yield out
        return
    target = Path(os.path.realpath(path))
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{path}: is a folder", hint="name a file with --output")
    if st is not None and (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        with _in_place(path, target, binary) as out:
            yield out
    elif st is None or stat.S_ISREG(st.st_mode):
        with _atomic(path, target, st, binary) as out:
            yield out
    else:
        raise OutputError(f"{path}: not a regular file, a character device or a FIFO; not writing to it")


@contextlib.contextmanager
def _stdout() -> Iterator[TextIO]:
    if sys.stdout is None:
        raise OutputError("standard output is closed", hint="redirect it to a file, or use --output")
    try:
        yield _Stdout(sys.stdout)  # type: ignore[misc]
        sys.stdout.flush()
    except (BrokenPipeError, ReaderGone):
        _drop_stdout()
        raise ReaderGone from None
    except OSError as exc:
        _drop_stdout()
        raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what is still buffered cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@contextlib.contextmanager
def _in_place(path: Path, target: Path, binary: bool = False) -> Iterator[TextIO]:
    try:
        with _open(target, binary) as fh:
            yield fh
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


@contextlib.contextmanager
def _atomic(path: Path, target: Path, st: os.stat_result | None, binary: bool = False) -> Iterator[TextIO]:
    tmp = None
    try:
        # The name is held before the file is made, so Ctrl-C or SIGTERM landing right after the file exists
        # still finds it to remove (`tempfile.mkstemp` would only return the name after).
        for tmp in _names_beside(target):
            try:
                fd = os.open(tmp, _CREATE, 0o600)
                break
            except FileExistsError:
                tmp = None  # another's file: never removed here
        else:
            raise FileExistsError(f"no free temporary name beside {target}")
        _copy_mode(fd, st)
        with _open(fd, binary) as fh:
            yield fh
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _names_beside(target: Path) -> Iterator[str]:
    """Hidden temporary names in the target's folder: ".out.txt.3f9a0c1d2e4b.tmp"."""
    for _ in range(100):
        yield str(target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp")


def _open(file: Path | int, binary: bool):
    """A file or descriptor opened for writing text as UTF-8, or bytes."""
    if binary:
        return open(file, "wb")
    return open(file, "w", encoding="utf-8", newline="")


def _copy_mode(fd: int, st: os.stat_result | None) -> None:
    """The replaced file's permissions (and owner, where allowed), or a new file's usual ones."""
    if st is None:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        return
    os.fchmod(fd, stat.S_IMODE(st.st_mode))
    with contextlib.suppress(OSError):
        os.fchown(fd, st.st_uid, st.st_gid)
