"""Errors factx expects. Library code raises these; `cli.py` catches them once and prints the fix."""


class FactxError(Exception):
    """Base class. `hint` tells the user what to do about it; `exit_code` is what the command exits with."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


class InputError(FactxError):
    """A path or record could not be read as an article (missing, unreadable, binary, empty, undecodable)."""

    def __init__(self, name: str, reason: str, hint: str | None = None):
        super().__init__(f"{name}: {reason}", hint)
        self.name = name
        self.reason = reason


class InputWarning(InputError):
    """Something in an input was left out, but the input itself was used (a record without its bad date)."""


class ModelError(FactxError):
    """No usable spaCy pipeline."""


class PatternError(FactxError):
    """A rule pattern or word list under factx/patterns/ is malformed (names the file and line)."""


class OptionError(FactxError):
    """An option's value that only turns out wrong once the input is read (a `--published` id, a fact id)."""

    exit_code = 2
