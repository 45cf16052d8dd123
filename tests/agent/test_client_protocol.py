"""``moonshot.agents`` talks to the client through a small protocol, never its privates.

The tool runner needs two things of ``client.chat.completions``: a completion with the
JSON it was read from (``create_keeping_json``) and, when streaming, the assembled JSON
of a stream (``current_json``). An object with only those public methods runs a whole
tool loop, and ``moonshot.agents`` imports nothing of ``moonshot.resources``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import moonshot.agents
from moonshot.agents._runner import new_run, run_tools_sync

AGENTS = Path(moonshot.agents.__file__).parent


def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def _answer(message: dict[str, Any]) -> dict[str, Any]:
    return {"choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}


class ScriptedChat:
    """Only the protocol's methods: answers one tool call, then text."""

    def __init__(self) -> None:
        self.seen: list[list[dict[str, Any]]] = []
        self.options: list[dict[str, Any]] = []

    def create(self, **kwargs: Any) -> Any:
        raise AssertionError("a non-streamed run calls create_keeping_json only")

    def create_keeping_json(
        self, model: str, messages: Iterable[Any], params: Mapping[str, Any], **options: Any
    ) -> tuple[Any, dict[str, Any]]:
        self.seen.append([dict(m) for m in messages])
        self.options.append(options)
        if len(self.seen) == 1:
            call = {"id": "c1", "type": "function"}
            call["function"] = {"name": "add", "arguments": '{"a": 2, "b": 3}'}  # type: ignore[assignment]
            message = {"role": "assistant", "content": "", "tool_calls": [call], "extra": 1}
        else:
            message = {"role": "assistant", "content": "5"}
        return f"completion {len(self.seen)}", _answer(message)


def test_a_tool_loop_runs_on_the_protocol_alone() -> None:
    chat = ScriptedChat()
    run = new_run([add], [{"role": "user", "content": "2+3?"}], {}, 5, False)
    result = run_tools_sync(chat, "any-model", run, {"timeout": 3})
    assert result.completion == "completion 2"
    assert result.steps == 2
    # the assistant turn goes back exactly as the JSON had it (unknown field kept)
    assert chat.seen[1][1]["extra"] == 1
    tool = chat.seen[1][2]
    assert (tool["role"], tool["tool_call_id"], tool["content"]) == ("tool", "c1", "5")
    assert chat.options == [{"timeout": 3}, {"timeout": 3}]


def test_agents_reach_no_private_attribute_of_another_object() -> None:
    reached = []
    for path in sorted(AGENTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
                continue
            if node.attr.startswith("__") or (
                isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            ):
                continue
            reached.append(f"{path.name}:{node.lineno}: .{node.attr}")
    assert reached == []


def test_agents_import_nothing_of_resources() -> None:
    code = (
        "import sys, moonshot.agents, moonshot.agents._runner, moonshot.agents._protocol\n"
        "print(sorted(m for m in sys.modules if m.startswith('moonshot.resources')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    for path in AGENTS.glob("*.py"):  # not even for annotations
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert "resources" not in (node.module or ""), (path.name, node.lineno)
