"""Every default a caller can change is a constant of ``moonshot._defaults`` (its docstring
says so): no number written as a parameter default in the client's own code."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import moonshot
from moonshot import _defaults
from moonshot._http import limits

OVERLAY = Path(moonshot.__file__).parent
# The local server (testing/) and the command line (cli/) have settings of their own.
OWN_SETTINGS = ("testing", "cli")


def _numeric_defaults(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            positional = args.posonlyargs + args.args
            pairs = list(
                zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True)
            )
            pairs += [
                (a, d)
                for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
                if d is not None
            ]
            found += [
                f"{node.name}({arg.arg}={ast.unparse(default)})"
                for arg, default in pairs
                if _is_number(default)
            ]
        elif isinstance(node, ast.ClassDef):
            found += [
                f"{node.name}.{ast.unparse(item.target)} = {ast.unparse(item.value)}"
                for item in node.body
                if isinstance(item, ast.AnnAssign) and item.value is not None
                if _is_number(item.value)
            ]
    return found


def _is_number(node: ast.expr) -> bool:
    """A number other than 0 (0 is "none", not a tuned value)."""
    return isinstance(node, ast.Constant) and type(node.value) in (int, float) and node.value != 0


def test_no_numeric_default_outside_the_defaults_module() -> None:
    found = []
    for path in sorted(OVERLAY.rglob("*.py")):
        relative = path.relative_to(OVERLAY)
        if relative.parts[0] in OWN_SETTINGS or path.name == "_defaults.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{relative}: {item}" for item in _numeric_defaults(tree)]
    assert found == []


def test_the_check_sees_a_parameter_and_a_field_default() -> None:
    tree = ast.parse(
        "def wait(*, poll: float = 5.0, n: int = 0): ...\n"
        "class Options:\n    width: int = 8\n    off: int = 0\n"
    )
    assert sorted(_numeric_defaults(tree)) == ["Options.width = 8", "wait(poll=5.0)"]


def test_the_public_signatures_show_the_defaults_constants() -> None:
    client = moonshot.Moonshot(api_key="sk-test", base_url="http://127.0.0.1:9")
    try:
        create_many = inspect.signature(client.chat.completions.create_many).parameters
        assert create_many["max_concurrency"].default == _defaults.DEFAULT_MAX_CONCURRENCY
        assert create_many["max_retries"].default == _defaults.DEFAULT_MAX_RETRIES
        wait = inspect.signature(client.batches.wait).parameters
        assert wait["poll_interval"].default == _defaults.DEFAULT_POLL_INTERVAL
        extract = inspect.signature(client.files.extract_messages).parameters
        assert extract["concurrency"].default == _defaults.DEFAULT_EXTRACT_CONCURRENCY
    finally:
        client.close()
    assert limits.RESPONSE.default == _defaults.DEFAULT_MAX_RESPONSE_BYTES
    assert limits.CHAT.default == _defaults.DEFAULT_MAX_CHAT_BYTES
    assert limits.CHAT_STREAM.default == _defaults.DEFAULT_MAX_CHAT_BYTES
    assert limits.FILE_CONTENT.default == _defaults.DEFAULT_MAX_FILE_CONTENT_BYTES
    assert limits.Bounds().max_line_bytes == _defaults.DEFAULT_MAX_LINE_BYTES
