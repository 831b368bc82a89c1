"""A SQLite cache of extracted mentions, so a repeat run over the same articles skips the NLP.

An entry's key hashes everything its mentions depend on: the text spaCy reads (furniture masked), the
publication date, the kinds asked for, the factx version and its rule data, and the model's name and version
with spaCy's.
The database runs in WAL mode and writes in transactions, so several factx processes can share it. Any
trouble with the file (corrupt, unwritable) is reported once and factx carries on without the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from factx.errors import FactxError, ModelError
from factx.model import Document, Kind, Mention
from factx.records import mention_from_record, mention_record
from factx.resolve import INSTALL_HINT

CACHE_FORMAT = (
    4  # 2: mentions carry sentence_start, sentence_end; 3: and their claim frame; 4: ages, more counts
)
BUSY_TIMEOUT_S = 30
_SQLITE_MAGIC = b"SQLite format 3\0"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS mentions (key TEXT PRIMARY KEY, payload TEXT NOT NULL, created REAL NOT NULL)"
)


class CacheError(FactxError):
    """`factx cache clear` cannot or will not delete the file named."""


def is_factx_cache(path: Path) -> bool:
    """Whether `path` is an SQLite database whose only table is factx's `mentions` (opened read-only)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                return False
    except OSError:
        return False
    uri = Path(path).resolve().as_uri()
    # A WAL database on a read-only disk opens only as immutable (no -shm file can be made there).
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{options}", uri=True)
            try:
                tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
                columns = [row[1] for row in conn.execute("PRAGMA table_info(mentions)")]
            finally:
                conn.close()
        except sqlite3.Error:
            continue
        return tables == [("mentions",)] and columns == ["key", "payload", "created"]
    return False


def _is_default(path: Path) -> bool:
    return Path(os.path.abspath(path)) == Path(os.path.abspath(default_path()))


def default_path() -> Path:
    """`$XDG_CACHE_HOME/factx/mentions.sqlite3`, else under `~/.cache`."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factx" / "mentions.sqlite3"


@cache
def model_version(name: str) -> str:
    """`name==version` for a model package or path, read without loading spaCy."""
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy_version = "?"
    meta = Path(name) / "meta.json"
    if meta.is_file():
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            version = f"{data['lang']}_{data['name']}=={data['version']}"
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise ModelError(
                f"cannot load spaCy model '{name}' ({meta} is not a model's meta.json: {exc})",
                hint=INSTALL_HINT,
            ) from None
    else:
        try:
            version = f"{name}=={metadata.version(name)}"
        except metadata.PackageNotFoundError:
            version = name
    return f"{version};spacy=={spacy_version}"


@cache
def rules_version() -> str:
    """A hash of factx's own code and its rule patterns and word lists.

    Editing a rule, a word list or the code that reads them invalidates the cache like a new version, so a
    developer's change is never hidden behind mentions cached by the code before it.
    """
    package = resources.files("factx")
    return tree_hash(Path(str(package)), (".py", ".json", ".jsonl"))


def tree_hash(folder: Path, suffixes: tuple[str, ...]) -> str:
    """A short hash of the names and bytes of the files under `folder` whose names end with `suffixes`."""
    h = hashlib.sha256()
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith(suffixes))
    for path in files:
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def cache_key(text: str, document: Document, kinds: Iterable[Kind], model: str, factx_version: str) -> str:
    """The key of one document's mentions. `text` is what spaCy reads (`ingest.processing_text`)."""
    h = hashlib.sha256()
    kinds_part = ",".join(sorted(k.value for k in kinds))
    published = document.published.isoformat() if document.published else "-"
    parts = (str(CACHE_FORMAT), factx_version, rules_version(), model_version(model), published, kinds_part)
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    """What `factx cache info` shows."""

    path: str
    entries: int
    bytes: int


class MentionCache:
    """Mentions by cache key, in one SQLite file.

    Args:
        path: the database file; its folder is created when missing.
        warn: called once, with a message, if the cache turns out unusable; the cache then stays off.
    """

    def __init__(self, path: Path, warn: Callable[[str], None] | None = None):
        self.path = Path(path)
        self._warn = warn
        self._conn: sqlite3.Connection | None = None
        self._off = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._off:
            return None
        if self._conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(_SCHEMA)
                self._conn = conn
            except (sqlite3.Error, OSError) as exc:
                self._disable(exc)
        return self._conn

    def _disable(self, exc: Exception) -> None:
        if not self._off and self._warn:
            self._warn(
                f"cache {self.path} is unusable ({exc}); carrying on without it. "
                "`factx cache clear` starts a new one."
            )
        self._off = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def get_many(self, keys: Sequence[str]) -> dict[str, list[Mention]]:
        """The cached mentions of those `keys` that are in the cache."""
        conn = self._connect()
        found: dict[str, list[Mention]] = {}
        if conn is None or not keys:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(f"SELECT key, payload FROM mentions WHERE key IN ({marks})", chunk)
                for key, payload in rows:
                    found[key] = [mention_from_record(r) for r in json.loads(payload)]
        except (sqlite3.Error, ValueError, TypeError, KeyError) as exc:
            self._disable(exc)
            return {}
        return found

    def put_many(self, entries: Iterable[tuple[str, Sequence[Mention]]]) -> None:
        """Store mentions under their keys, in one transaction."""
        conn = self._connect()
        if conn is None:
            return
        rows = [
            (key, json.dumps([mention_record(m) for m in ms], ensure_ascii=False), time.time())
            for key, ms in entries
        ]
        if not rows:
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?)", rows)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._disable(exc)

    def info(self) -> CacheInfo:
        """The file, how many documents it holds, and its size on disk."""
        size = sum(p.stat().st_size for p in self._files() if p.exists())
        conn = self._connect() if self.path.exists() else None
        entries = 0
        if conn is not None:
            try:
                entries = conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
            except sqlite3.Error as exc:
                self._disable(exc)
        return CacheInfo(str(self.path), entries, size)

    def clear(self, *, force: bool = False) -> int:
        """Delete the cache files; returns how many entries there were, if readable.

        Only a factx cache is deleted (an SQLite file holding factx's table alone), or whatever is at the
        default path (factx's own; also a corrupt one); anything else only with `force`.

        Raises:
            CacheError: when the path is a folder, not a factx cache, or cannot be deleted.
        """
        if self.path.is_dir():
            raise CacheError(f"{self.path}: is a folder, not a factx cache; not deleting it")
        if not self.path.exists():
            return 0
        if not force and not _is_default(self.path) and not is_factx_cache(self.path):
            raise CacheError(
                f"{self.path}: not a factx cache (not an SQLite file with factx's mentions table); "
                "not deleting it",
                hint="pass --force to delete it anyway",
            )
        entries = self.info().entries
        self.close()
        for p in self._files():
            try:
                p.unlink(missing_ok=True)
            except OSError as exc:
                raise CacheError(f"cannot delete {p}: {exc.strerror or exc}") from None
        return entries

    def close(self) -> None:
        """Close the connection."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _files(self) -> list[Path]:
        return [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")]
