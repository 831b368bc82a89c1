"""Usage errors as a person reads them: `Error: …`, a hint, exit 2, whichever click or typer raised them.

typer 0.12 raises `click.UsageError`; later typers raise the same classes from their own copy of click. So
nothing here checks a class: a usage error is recognised by its shape (an `exit_code` of 2 and a
`format_message`), and its parts by the attributes every click since 7 has set.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

EXIT_USAGE = 2
_SUGGESTION = re.compile(r"\s*(\(Possible options: [^)]*\)|Did you mean [^?]*\?)")
_NOISE = re.compile(r"\bValue error, ")


@dataclass(frozen=True)
class UsageProblem:
    """A usage error taken apart: what is wrong, what to do, and the exit code."""

    message: str
    hint: str
    help_text: str | None = None
    exit_code: int = EXIT_USAGE


def is_usage_error(exc: BaseException) -> bool:
    """True for click's (or typer's copy of click's) usage errors: bad option, value, argument or command."""
    return getattr(exc, "exit_code", None) == EXIT_USAGE and callable(getattr(exc, "format_message", None))


def usage_problem(exc: BaseException, program: str = "factx") -> UsageProblem:
    """Take a click usage error apart into a message and a hint that names the help to read."""
    ctx = getattr(exc, "ctx", None)
    command = getattr(ctx, "command_path", None) or program
    see = f"see '{command} -h'."
    if type(exc).__name__ == "NoArgsIsHelpError":
        return UsageProblem("no command or argument given", see, help_text=_help(ctx))
    message, suggestion = _split_suggestion(exc)
    see = see[0].upper() + see[1:]
    hint = f"{suggestion[0].lower()}{suggestion[1:]} {see}" if suggestion else see
    return UsageProblem(message, hint)


def no_command(help_text: str, program: str = "factx") -> UsageProblem:
    """Bare `factx`: the help, then what is missing."""
    return UsageProblem(
        "no command given", f"try '{program} reconcile PATH...', or see '{program} -h'.", help_text
    )


def _split_suggestion(exc: BaseException) -> tuple[str, str | None]:
    possibilities = sorted(getattr(exc, "possibilities", None) or ())
    option = getattr(exc, "option_name", None)
    if option and possibilities:
        return f"no such option: {option}", f"Did you mean {' or '.join(possibilities)}?"
    text = _NOISE.sub("", str(exc.format_message()))  # type: ignore[attr-defined]
    found = _SUGGESTION.findall(text)
    if not found:
        return text, None
    suggestion = found[0]
    if suggestion.startswith("(Possible options: "):
        suggestion = f"Did you mean one of {suggestion[len('(Possible options: ') : -1]}?"
    return _SUGGESTION.sub("", text).rstrip(), suggestion


def _help(ctx) -> str | None:
    try:
        return ctx.get_help() if ctx is not None else None
    except Exception:  # help is a courtesy here; the error message does not depend on it
        return None


class OutputPathError(ValueError):
    """`--output` names a place no file can be written to."""


def check_output_path(path: Path | None) -> Path | None:
    """Fail before any work when `--output` cannot be written: a missing folder, a folder, no permission.

    Raises:
        OutputPathError: with a message that says what is wrong.
    """
    if path is None or str(path) == "-":
        return path
    if path.is_dir():
        raise OutputPathError(f"'{path}' is a folder; give a file name, e.g. {path / 'facts.csv'}")
    folder = path.parent
    if not folder.exists():
        raise OutputPathError(f"folder '{folder}' does not exist; create it first")
    if not folder.is_dir():
        raise OutputPathError(f"'{folder}' is not a folder")
    try:
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise OutputPathError(f"cannot write in folder '{folder}': {exc.strerror or exc}") from None
    os.close(fd)
    os.unlink(probe)
    return path
