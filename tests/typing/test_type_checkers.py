"""User code written from the API document, checked by mypy --strict and basedpyright (strict).

``user_good.py`` / ``user_bad.py`` hold what does not depend on the document's models
(``make typecheck`` checks them). Here, calls are written from the document at test
time, so a new document is covered without editing this file: every model of every
request variant with all of its parameters (must pass), and per variant a parameter only
other variants accept, a misspelt one and a wrong-typed one (each must be an error on
its line: ``# type: ignore[code]`` there, and both checkers fail on an unneeded one).
A last test regenerates from a document with a new model family and parameter.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
MESSAGES = '[{"role": "user", "content": "Hi"}]'
IGNORE = "  # type: ignore[call-overload]"
HEADER = """from moonshot import ChatCompletionStream, Moonshot

client = Moonshot(api_key="sk-test")
create = client.chat.completions.create
"""

pytestmark = pytest.mark.slow


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"{name}_under_test", ROOT / "scripts" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


normalize_spec = _script("normalize_spec")
generate_types = _script("generate_types")


def document(path: Path) -> dict[str, Any]:
    spec = normalize_spec.normalise(json.loads(path.read_text(encoding="utf-8")))
    ext = generate_types.load_extensions()
    return ext.apply_documented_extensions(spec)  # type: ignore[no-any-return]


def sample(types: Any, schema: Any, depth: int = 0) -> str:
    """A Python literal of a value ``schema`` accepts (every property, first branch)."""
    if not isinstance(schema, dict) or depth > 6:
        return "None"
    if "$ref" in schema or "allOf" in schema:
        return sample(types, types.merged(schema), depth)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(types, schema[key][0], depth)
    if "const" in schema:
        return repr(schema["const"])
    if schema.get("enum"):
        return repr(next(v for v in schema["enum"] if v is not None))
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), "null") if isinstance(kind, list) else kind
    if kind == "array":
        return f"[{sample(types, schema.get('items', {}), depth + 1)}]"
    if schema.get("properties"):
        fields = ", ".join(
            f"{name!r}: {sample(types, sub, depth + 1)}"
            for name, sub in schema["properties"].items()
        )
        return "{" + fields + "}"
    return {
        "string": '"x"',
        "integer": "1",
        "number": "0.5",
        "boolean": "True",
        "null": "None",
    }.get(str(kind), "{}")


def wrong_value(types: Any, schema: Any) -> str | None:
    """A literal of the wrong kind for a scalar or enum field, else None."""
    schema = types.merged(schema) if isinstance(schema, dict) else {}
    kind = schema.get("type")
    if schema.get("enum") and kind == "string":
        return '"no-such-value"'
    return {"number": '"0.5"', "integer": '"1"', "boolean": '"yes"'}.get(str(kind))


def chat_variants(spec: dict[str, Any]) -> tuple[Any, str, list[Any]]:
    types = generate_types.Types(spec)
    for _op_id, op in generate_types.operations(spec):
        body = generate_types.body_schema(op)
        found = body is not None and generate_types.variants(types, body)
        if found:
            return types, found[0], found[1]
    raise AssertionError("the document has no discriminated request body")


def user_code(spec: dict[str, Any]) -> str:
    """Good and bad calls for every request variant and model of ``spec``."""
    types, disc, variants = chat_variants(spec)
    explicit = {disc, "messages", "stream"}
    lines = ["from pathlib import Path\n", HEADER]
    all_params = {p: s for v in variants for p, s in v.schema["properties"].items()}
    for i, v in enumerate(variants):
        props = {p: s for p, s in v.schema["properties"].items() if p not in explicit}
        args = "".join(f", {p}={sample(types, s)}" for p, s in props.items())
        for j, model in enumerate(v.values):
            name = f"v{i}_m{j}"
            lines.append(f"{name} = create(model={model!r}, messages={MESSAGES}{args})")
            lines.append(f"{name}_text: str | None = {name}.choices[0].message.content")
        first = repr(v.values[0])
        lines.append(
            f"v{i}_s: ChatCompletionStream = create(model={first}, messages=[], stream=True)"
        )
        for p in sorted(set(all_params) - set(v.schema["properties"])):  # another variant's
            value = sample(types, all_params[p])
            lines.append(f"create(model={first}, messages=[], {p}={value}){IGNORE}")
        for p, s in props.items():
            misspelt = p[:-1] if len(p) > 3 and p[:-1] not in all_params else p + "s"
            lines.append(
                f"create(model={first}, messages=[], {misspelt}={sample(types, s)}){IGNORE}"
            )
            bad = wrong_value(types, s)
            if bad is not None:
                lines.append(f"create(model={first}, messages=[], {p}={bad}){IGNORE}")
    upload = types.merged(generate_types.body_schema(spec["paths"]["/v1/files"]["post"]))
    for value in upload["properties"]["purpose"].get("enum", []):
        lines.append(f'client.files.create(Path("notes.txt"), {value!r}).id.upper()')
    return "\n".join(lines) + "\n"


def run_checkers(path: Path, *, mypy_path: list[Path], extra_paths: list[Path]) -> None:
    """Both checkers on ``path``; fails with their output unless both pass."""
    work = path.parent
    (work / "mypy.ini").write_text(
        "[mypy]\nstrict = True\npython_version = 3.11\n"
        f"mypy_path = {':'.join(str(p) for p in mypy_path)}\n"
        # The generator's own modules are its business; the typed_* ones are checked.
        "[mypy-moonshot_openapi.*]\nignore_errors = True\n"
        "[mypy-moonshot_openapi.typed_calls,moonshot_openapi.typed_requests,"
        "moonshot_openapi.typed_responses]\nignore_errors = False\n",
        encoding="utf-8",
    )
    config = {
        "pythonVersion": "3.11",
        "typeCheckingMode": "strict",
        "enableTypeIgnoreComments": True,
        "reportUnnecessaryTypeIgnoreComment": "error",
        "reportUnusedExpression": "none",
        "extraPaths": [str(p) for p in extra_paths],
    }
    (work / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    commands = [
        [
            str(BIN / "mypy"),
            "--config-file",
            str(work / "mypy.ini"),
            "--cache-dir",
            str(work / ".mypy_cache"),
            str(path),
        ],
        [str(BIN / "basedpyright"), "--pythonpath", sys.executable, "-p", str(work), str(path)],
    ]
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, cwd=work, timeout=600)
        assert result.returncode == 0, f"{command[0]}:\n{result.stdout}{result.stderr}"


def test_every_variant_and_model_of_the_document_type_checks(tmp_path: Path) -> None:
    code = user_code(document(ROOT / "openapi.json"))
    assert code.count(IGNORE) >= 3  # at least a misspelt, a wrong-typed, another variant's
    user = tmp_path / "user_variants.py"
    user.write_text(code, encoding="utf-8")
    run_checkers(
        user,
        mypy_path=[ROOT / "generated", ROOT / "overlay"],
        extra_paths=[ROOT / "generated", ROOT / "overlay"],
    )


def test_a_wrong_line_without_its_mark_fails_both_checkers(tmp_path: Path) -> None:
    """The marks are what make bad lines pass: without one, each checker reports the line."""
    user = tmp_path / "user_unmarked.py"
    user.write_text(HEADER + 'create(model="m", messages=[], temprature=0.5)\n', encoding="utf-8")
    with pytest.raises(AssertionError) as failed:
        run_checkers(user, mypy_path=[ROOT / "generated", ROOT / "overlay"], extra_paths=[])
    where = f"user_unmarked.py:{HEADER.count(chr(10)) + 1}"
    assert "mypy" in str(failed.value) and where in str(failed.value)
    (tmp_path / "mypy.ini").unlink()  # now basedpyright alone
    result = subprocess.run(
        [str(BIN / "basedpyright"), "--pythonpath", sys.executable, "-p", str(tmp_path), str(user)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert result.returncode != 0 and where in result.stdout


def add_model_family(spec: dict[str, Any]) -> tuple[str, str, str]:
    """Copy the first chat variant as a new family with a new parameter; returns the names."""
    path, body = next(
        (path, schema)
        for path, item in spec["paths"].items()
        for op in item.values()
        if isinstance(op, dict)
        for content in op.get("requestBody", {}).get("content", {}).values()
        if "discriminator" in (schema := content.get("schema", {}))
    )
    disc = body["discriminator"]["propertyName"]
    first_ref = body["oneOf"][0]["$ref"]
    existing = next(m for m, ref in body["discriminator"]["mapping"].items() if ref == first_ref)
    variant = copy.deepcopy(spec["components"]["schemas"][first_ref.rsplit("/", 1)[-1]])
    variant["title"] = "zeta-test"
    parts = [p for p in variant.get("allOf", [variant]) if disc in p.get("properties", {})]
    parts[0]["properties"][disc] = {"type": "string", "enum": ["zeta-1", "zeta-1-fast"]}
    parts[0]["properties"]["galaxy_mode"] = {"type": "boolean"}
    spec["components"]["schemas"]["ZetaTestChatRequest"] = variant
    body["oneOf"].append({"$ref": "#/components/schemas/ZetaTestChatRequest"})
    for model in ("zeta-1", "zeta-1-fast"):
        body["discriminator"]["mapping"][model] = "#/components/schemas/ZetaTestChatRequest"
    del path
    return "zeta-1-fast", "galaxy_mode", existing


def test_a_new_model_family_and_parameter_type_check_after_regenerating(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("openapi.json", "codegen-config.yaml", "pyproject.toml", "scripts", "generated"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, root / name, ignore=ignore)
        else:
            shutil.copyfile(ROOT / name, root / name)
    spec = json.loads((root / "openapi.json").read_text(encoding="utf-8"))
    model, param, existing = add_model_family(spec)
    (root / "openapi.json").write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(root / "scripts" / "generate.py"), "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    generated = root / "generated"
    assert f'"{model}"' in (generated / "moonshot_openapi" / "typed_calls.py").read_text()
    check = tmp_path / "check"
    check.mkdir()
    user = check / "user_new_family.py"
    user.write_text(
        HEADER
        + f"c = create(model={model!r}, messages={MESSAGES}, {param}=True)\n"
        + "text: str | None = c.choices[0].message.content\n"
        + f"s: ChatCompletionStream = create(model={model!r}, messages=[], stream=True)\n"
        + f"create(model={model!r}, messages=[], {param}='yes'){IGNORE}\n"
        + f"create(model={existing!r}, messages=[], {param}=True){IGNORE}\n",
        encoding="utf-8",
    )
    run_checkers(
        user, mypy_path=[generated, ROOT / "overlay"], extra_paths=[generated, ROOT / "overlay"]
    )
