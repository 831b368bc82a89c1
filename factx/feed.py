"""JSON Lines article records → checked fields, or the reason a line is skipped.

Lines end at "\\n" only, as JSON Lines defines them: U+2028, U+2029 and U+0085 are ordinary characters
inside a JSON string. A line that cannot be used (broken or too deeply nested JSON, a number too long to
read, not an object, no usable `text`, text that is not valid Unicode) is an `InputError` naming the file
and line; the other lines are still read. A bad `published` is an `InputWarning`: the record is kept
without it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from factx.errors import InputError, InputWarning

MAX_SHOWN = 80  # characters of a bad value quoted in a message
_TYPE_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "true or false",
    type(None): "null",
}


@dataclass(frozen=True)
class Record:
    """The fields factx reads from one JSON Lines record."""

    line: int
    id: str | None
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None


def parse_records(text: str, name: str) -> Iterator[Record | InputError]:
    """Yield one `Record` per usable line of `text`, an `InputError` per unusable one, and an `InputWarning`
    before a record kept without a bad field. `name` is the file's name, for messages."""
    for lineno, where, value in json_lines(text, name):
        if isinstance(value, InputError):
            yield value
            continue
        try:
            yield from _record(value, lineno, where)
        except InputError as exc:
            yield exc


def json_lines(text: str, name: str) -> Iterator[tuple[int, str, object]]:
    """Each non-blank line of a JSON Lines text as (line number, "name:line", its JSON value or the
    `InputError` saying why it is not JSON). Lines end at "\n" only, as JSON Lines says; U+2028 and the
    like are string content."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            yield lineno, where, _loads(line.removesuffix("\r"), where)
        except InputError as exc:
            yield lineno, where, exc


def _loads(line: str, where: str) -> object:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(where, "not valid JSON (nested too deeply)") from None
    except ValueError as exc:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        raise InputError(where, f"not valid JSON ({str(exc).split(';')[0]})") from None


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), "a number")


def valid_unicode(value: str) -> bool:
    """Whether `value` can be written as UTF-8 (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _record(record: object, lineno: int, where: str) -> Iterator[Record | InputError]:
    if not isinstance(record, dict):
        raise InputError(where, f"not a JSON object ({_type_name(record)})")
    if "text" not in record:
        raise InputError(where, "record has no 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(where, f"'text' is not a string ({_type_name(text)})")
    if not text.strip():
        raise InputError(where, "'text' is empty")
    fields = {"text": text, "id": record.get("id"), "source": record.get("source"), "url": record.get("url")}
    for field, value in fields.items():
        if isinstance(value, str) and not valid_unicode(value):
            raise InputError(where, f"'{field}' holds a lone surrogate: not valid Unicode")
    published = None
    raw = record.get("published")
    if raw not in (None, ""):
        try:
            published = date.fromisoformat(str(raw)[:10])
        except ValueError:
            shown = repr(raw) if len(repr(raw)) <= MAX_SHOWN else repr(raw)[:MAX_SHOWN] + "…"
            reason = f"'published' is not a date: {shown}; kept without it"
            yield InputWarning(where, reason, "use YYYY-MM-DD")
    doc_id = fields["id"]
    yield Record(
        line=lineno,
        id=None if doc_id in (None, "") or isinstance(doc_id, dict | list | bool) else str(doc_id),
        text=text,
        published=published,
        source=_text_or_none(fields["source"]),
        url=_text_or_none(fields["url"]),
    )


def _text_or_none(value: object) -> str | None:
    """A metadata string, trimmed; None for anything else or an empty one."""
    return value.strip() or None if isinstance(value, str) else None
