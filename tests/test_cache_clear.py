"""`factx cache clear` through the installed script: it deletes factx caches and nothing else."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.script import factx

ARTICLE = "The city paid $4.5 million for 12 buses.\n"


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    article = tmp_path / "city.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "c.sqlite3"
    assert factx("extract", str(article), "-m", "blank", "--cache", str(path)).returncode == 0
    return path


def test_a_factx_cache_is_cleared(cache):
    done = factx("cache", "clear", "--cache", str(cache))
    assert done.returncode == 0, done.stderr
    assert f"cleared {cache} (1 entries)" in done.stderr
    assert not cache.exists()


def test_any_other_file_is_refused(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    other = tmp_path / "app.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
    conn.close()
    for path in (notes, other):
        done = factx("cache", "clear", "--cache", str(path))
        assert done.returncode == 1
        assert f"Error: {path}: not a factx cache" in done.stderr
        assert "--force" in done.stderr and "Traceback" not in done.stderr
        assert path.exists()
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    forced = factx("cache", "clear", "--cache", str(notes), "--force")
    assert forced.returncode == 0 and not notes.exists()


def test_a_corrupt_cache_at_the_default_path_is_cleared(tmp_path):
    default = tmp_path / "xdg" / "factx" / "mentions.sqlite3"
    default.parent.mkdir(parents=True)
    default.write_bytes(b"this is not a database" * 100)
    done = factx("cache", "clear", env={"XDG_CACHE_HOME": str(tmp_path / "xdg")})
    assert done.returncode == 0, done.stderr
    assert not default.exists()


def test_a_folder_is_refused(tmp_path):
    done = factx("cache", "clear", "--cache", str(tmp_path))
    assert done.returncode == 1
    assert f"Error: {tmp_path}: is a folder, not a factx cache" in done.stderr
    assert "Traceback" not in done.stderr
    assert tmp_path.is_dir()


def test_a_read_only_disk_is_one_line(cache, tmp_path):
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("needs permission to mount a tmpfs")
    try:
        inside = mount / "c.sqlite3"
        inside.write_bytes(cache.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        done = factx("cache", "clear", "--cache", str(inside))
        assert done.returncode == 1
        assert f"Error: cannot delete {inside}: Read-only file system" in done.stderr
        assert "Traceback" not in done.stderr
    finally:
        subprocess.run(["umount", str(mount)], check=True)
