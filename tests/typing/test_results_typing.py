"""Every operation of the document has its result read, typed, in ``user_results.py``.

``user_results.py`` reads each operation's answer as users write it (no cast, no
``Unset`` narrowing, no ``type_``); each such line carries ``# op: METHOD /path``. The
operations are taken from the document, so a new one without a typed reading fails here
until a line for it is written; a line naming an operation the document no longer has
fails too. ``make typecheck`` runs both checkers on it; the slow test here does too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spec_facts import operations
from test_type_checkers import ROOT, run_checkers

USER = Path(__file__).with_name("user_results.py")
MARK = re.compile(r"#\s*op:\s*(GET|POST|PUT|PATCH|DELETE)\s+(\S+)")


def marked() -> set[tuple[str, str]]:
    return {(m[1], m[2]) for m in MARK.finditer(USER.read_text(encoding="utf-8"))}


def test_every_operation_of_the_document_has_a_typed_reading() -> None:
    documented = {(method, path) for method, path, _ in operations()}
    missing = sorted(documented - marked())
    assert not missing, f"no typed reading in {USER.name} for: {missing}"


def test_every_reading_names_an_operation_of_the_document() -> None:
    documented = {(method, path) for method, path, _ in operations()}
    assert marked() and not (marked() - documented)


def test_a_reading_uses_no_generated_name_cast_or_unset() -> None:
    code = USER.read_text(encoding="utf-8").split('"""', 2)[2]  # after the docstring
    for banned in ("cast(", "Unset", "UNSET", "moonshot_openapi", "type: ignore"):
        assert banned not in code, banned
    assert not re.search(r"\.\w+_\b", code)  # type_, bytes_, object_, input_


@pytest.mark.slow
def test_the_readings_pass_both_checkers(tmp_path: Path) -> None:
    user = tmp_path / USER.name
    user.write_text(USER.read_text(encoding="utf-8"), encoding="utf-8")
    paths = [ROOT / "generated", ROOT / "overlay"]
    run_checkers(user, mypy_path=paths, extra_paths=paths)
