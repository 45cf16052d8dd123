"""Every operation of the document has its result read, typed, in ``user_results.py``.

``user_results.py`` reads each operation's answer as users write it (no cast, no
``Unset`` narrowing, no ``type_``); each such line carries ``# op: METHOD /path``. The
operations are taken from the document, so a new one without a typed reading fails here
until a line for it is written. ``make typecheck`` runs both checkers on the file; the
slow test here runs them on the functions whose operations the document has (all of
them on today's document; fewer on an older one).
"""

from __future__ import annotations

import ast
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


def for_the_document(documented: set[tuple[str, str]]) -> str:
    """``user_results.py`` without the functions reading an operation the document lacks
    (an older document: no Responses), so what remains type-checks against its views."""
    source = USER.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    dropped: list[range] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            span = range(node.lineno - 1, node.end_lineno or node.lineno)
            ops = {(m[1], m[2]) for i in span for m in MARK.finditer(lines[i])}
            if not ops <= documented:
                dropped.append(span)
    return "".join(line for i, line in enumerate(lines) if not any(i in r for r in dropped))


def test_the_readings_of_operations_the_document_lacks_are_left_out() -> None:
    kept = for_the_document(marked())  # a document with every operation read here
    assert MARK.findall(kept) == MARK.findall(USER.read_text(encoding="utf-8"))
    chat_only = for_the_document({("POST", "/v1/chat/completions")})
    assert "def chat()" in chat_only and "def responses()" not in chat_only


def test_a_reading_uses_no_generated_name_cast_or_unset() -> None:
    code = USER.read_text(encoding="utf-8").split('"""', 2)[2]  # after the docstring
    for banned in ("cast(", "Unset", "UNSET", "moonshot_openapi", "type: ignore"):
        assert banned not in code, banned
    assert not re.search(r"\.\w+_\b", code)  # type_, bytes_, object_, input_


@pytest.mark.slow
def test_the_readings_pass_both_checkers(tmp_path: Path) -> None:
    documented = {(method, path) for method, path, _ in operations()}
    user = tmp_path / USER.name
    user.write_text(for_the_document(documented), encoding="utf-8")
    paths = [ROOT / "generated", ROOT / "overlay"]
    run_checkers(user, mypy_path=paths, extra_paths=paths)
