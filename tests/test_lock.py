"""requirements/lock.txt still answers pyproject.toml: every dependency pinned, inside its range, with hashes.

A dependency added to pyproject.toml without `make lock` fails here, not on a fresh machine.
"""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def locked() -> dict[str, list[tuple[str, str]]]:
    """name → [(version, the entry's text)], one entry per pin (a package may be pinned per Python)."""
    text = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    pins: dict[str, list[tuple[str, str]]] = {}
    for entry in entries:
        if m := PIN.match(entry):
            pins.setdefault(canonicalize_name(m.group(1)), []).append((m.group(2), entry))
    return pins


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in (*project["dependencies"], *project["optional-dependencies"]["dev"])]


def test_every_declared_dependency_is_locked_inside_its_range():
    pins = locked()
    for requirement in declared():
        versions = pins.get(canonicalize_name(requirement.name))
        assert versions, f"{requirement.name} is not in requirements/lock.txt: run `make lock`"
        for version, _ in versions:
            assert requirement.specifier.contains(version), f"{requirement.name}=={version} ∉ {requirement}"


def test_every_declared_dependency_has_an_upper_bound():
    for requirement in declared():
        assert any(s.operator in ("<", "<=", "~=", "==") for s in requirement.specifier), requirement


def test_every_pin_carries_hashes():
    pins = locked()
    assert len(pins) > 40  # the whole tree, not only the direct dependencies
    for name, versions in pins.items():
        for _, entry in versions:
            assert "--hash=sha256:" in entry, name
