"""One door to the generated code: only ``_openapi/generated.py`` touches ``moonshot_openapi``
at run time (type checkers aside: imports under ``TYPE_CHECKING`` are for annotations)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import moonshot
from moonshot._openapi import generated

OVERLAY = Path(moonshot.__file__).parent
DOOR = OVERLAY / "_openapi" / "generated.py"
PRIVATE_HOOKS = {"_get_kwargs", "_parse_response"}


def _touches(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    static = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for statement in block.body
        for node in ast.walk(statement)
        if isinstance(node, ast.ImportFrom | ast.Import)
    }
    for node in ast.walk(tree):
        if id(node) in static:
            continue
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("moonshot_openapi"):
            found.append(f"{path.name}:{node.lineno} from {node.module}")
        elif isinstance(node, ast.Import):
            found += [
                f"{path.name}:{node.lineno} import {alias.name}"
                for alias in node.names
                if alias.name.startswith("moonshot_openapi")
            ]
        elif isinstance(node, ast.Attribute) and node.attr in PRIVATE_HOOKS:
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
        elif isinstance(node, ast.Constant) and node.value == "moonshot_openapi":
            found.append(f"{path.name}:{node.lineno} {node.value!r}")
    return found


def test_no_module_but_the_door_touches_the_generated_package() -> None:
    modules = [p for p in OVERLAY.rglob("*.py") if p != DOOR]
    assert len(modules) > 40
    assert [hit for path in modules for hit in _touches(path)] == []
    assert _touches(DOOR)  # the door itself does


def test_import_and_construction_do_not_load_the_generated_package() -> None:
    code = (
        "import sys, moonshot\n"
        "moonshot.Moonshot(api_key='k').chat.completions\n"
        "print(sorted(m for m in sys.modules if m.startswith('moonshot_openapi')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_generated_names_resolve_through_the_door_on_patched_models() -> None:
    response = generated.ChatCompletionResponse.from_dict(
        {
            "id": "c",
            "object": "chat.completion",
            "created": 1,
            "model": "kimi-k2.6",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "", "reasoning_content": "r"},
                    "finish_reason": "content_filter",
                }
            ],
        }
    )
    assert response.choices[0].finish_reason.value == "content_filter"
    assert response.choices[0].message.reasoning_content == "r"


def test_public_types_are_the_generated_classes_after_patching() -> None:
    code = (
        "import sys, moonshot\n"
        "assert not any(m.startswith('moonshot_openapi') for m in sys.modules)\n"
        "from moonshot._openapi import generated\n"
        "t = moonshot.types\n"
        "assert t.ChatCompletionResponse is generated.ChatCompletionResponse\n"
        # Patched on any document: reasoning_content is kept (a generated field on the
        # newest document, a patched property on older ones) and unknown enum values parse.
        "r = t.ChatCompletionResponse.from_dict({'id': 'c', 'object': 'chat.completion',"
        " 'created': 1, 'model': 'm', 'choices': [{'index': 0, 'finish_reason': 'content_filter',"
        " 'message': {'role': 'assistant', 'content': '', 'reasoning_content': 'r'}}]})\n"
        "assert r.choices[0].message.reasoning_content == 'r'\n"
        "assert r.choices[0].finish_reason.value == 'content_filter'\n"
        # Every answer view's class, by the view's name.
        "import importlib\n"
        "views = importlib.import_module('moonshot_openapi.typed_responses')\n"
        "assert set(views.__all__) <= set(t.__all__)\n"
        "print(len(t.__all__), t.UNSET is generated.UNSET)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, same_unset = out.stdout.split()
    assert int(count) > 20 and same_unset == "True"
