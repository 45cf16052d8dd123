"""Every operation in openapi.json has a generated module that builds the right request.

The expected module path, method, url, query parameters and body handling are all
read from the upstream document, so a new or renamed endpoint that the generator
skipped (or named differently) fails here.
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import inspect
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "moonshot_openapi"
API_DIR = ROOT / "generated" / PACKAGE / "api"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _load_normaliser() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "normalize_spec_under_test", ROOT / "scripts" / "normalize_spec.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


normalize_spec = _load_normaliser()
UPSTREAM: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
# What generation reads: the upstream document with the extension documents merged.
NORMALISED: dict[str, Any] = normalize_spec.normalise(
    normalize_spec.merge_extensions(copy.deepcopy(UPSTREAM), normalize_spec.load_extensions())
)


def tag_folder(tag: str) -> str:
    """The api/ sub-package openapi-python-client makes for a tag.

    Same steps as the generator's snake_case: keep identifier characters and the
    delimiters ". _-", split camelCase words, join with "_", lowercase.
    """
    kept = "".join(c for c in tag if c.isidentifier() or c.isdecimal() or c in ". _-")
    if any(c.isupper() for c in kept):
        kept = " ".join(re.split("([A-Z]?[a-z]+)", kept))
    return "_".join(re.findall(r"[^. _\-]+", kept)).lower()


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(method, path, operation, path item) for every operation, in document order."""
    return [
        (method, path, item[method], item)
        for path, item in doc["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


OPERATIONS = operations(NORMALISED)
OPERATION_IDS = [f"{method.upper()} {path}" for method, path, _, _ in OPERATIONS]


def module_for(operation: dict[str, Any]) -> str:
    return f"{PACKAGE}.api.{tag_folder(operation['tags'][0])}.{operation['operationId']}"


def parameters(operation: dict[str, Any], item: dict[str, Any], where: str) -> list[dict[str, Any]]:
    params = [*item.get("parameters", []), *operation.get("parameters", [])]
    return [p for p in params if p["in"] == where]


def test_the_document_has_operations_in_every_tag_we_ship() -> None:
    assert len(OPERATIONS) >= 13
    assert {tag_folder(op["tags"][0]) for _, _, op, _ in OPERATIONS} >= {
        "models",
        "billing",
        "files",
        "chat",
        "utilities",
        "batch",
    }


@pytest.mark.parametrize(
    "tag", ["Files", "Fine Tuning", "FineTuning", "batch-jobs", "Files.v2", "Chat (beta)"]
)
def test_tag_folder_follows_the_generator_naming(tag: str) -> None:
    # The pinned generator (the `codegen` extra, always in the dev venv) is the reference.
    from openapi_python_client.strings import PythonIdentifier

    assert tag_folder(tag) == PythonIdentifier(tag, prefix="tag")
    assert tag_folder("FineTuning") == "fine_tuning"


def test_upstream_operation_ids_are_absent_or_unique() -> None:
    ids = [op["operationId"] for _, _, op, _ in operations(UPSTREAM) if "operationId" in op]
    assert [name for name, count in Counter(ids).items() if count > 1] == []


def test_every_operation_gets_a_unique_identifier_after_normalising() -> None:
    ids = [op.get("operationId") for _, _, op, _ in OPERATIONS]
    assert None not in ids
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in ids), ids
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("post", "/v1/chat/completions", "create_chat_completion"),
        ("post", "/v1/files", "upload_file"),
        ("get", "/v1/files", "list_files"),
        ("get", "/v1/files/{file_id}/content", "get_file_content"),
        ("post", "/v1/batches", "create_batch"),
    ],
)
def test_derived_operation_ids_are_stable(method: str, path: str, expected: str) -> None:
    assert NORMALISED["paths"][path][method]["operationId"] == expected


def test_api_folder_holds_exactly_one_module_per_operation() -> None:
    expected = {f"{tag_folder(op['tags'][0])}/{op['operationId']}.py" for _, _, op, _ in OPERATIONS}
    present = {
        str(p.relative_to(API_DIR)) for p in API_DIR.glob("*/*.py") if p.name != "__init__.py"
    }
    assert present == expected


def _dummy_value(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        return 7
    if kind == "number":
        return 0.5
    if kind == "boolean":
        return True
    if "enum" in schema:
        return schema["enum"][0]
    return "dummy value/1"


@pytest.mark.parametrize(("method", "path", "operation", "item"), OPERATIONS, ids=OPERATION_IDS)
def test_operation_module_builds_the_request(
    method: str, path: str, operation: dict[str, Any], item: dict[str, Any]
) -> None:
    file = API_DIR / tag_folder(operation["tags"][0]) / f"{operation['operationId']}.py"
    assert file.is_file(), f"no module for {method.upper()} {path}: expected {file}"
    module = importlib.import_module(module_for(operation))
    assert Path(module.__file__ or "").resolve() == file.resolve()
    for name in ("sync_detailed", "asyncio_detailed", "_get_kwargs"):
        assert callable(getattr(module, name, None)), f"{module.__name__} lacks {name}"
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert "client" in inspect.signature(module.sync_detailed).parameters

    signature = inspect.signature(module._get_kwargs)
    kwargs: dict[str, Any] = {}
    expected_url = path
    for param in parameters(operation, item, "path"):
        value = f"{param['name']}-dummy id/1"  # "/" and " " must be escaped in the url
        kwargs[param["name"]] = value
        expected_url = expected_url.replace("{" + param["name"] + "}", quote(value, safe=""))
    expected_query = {}
    for param in parameters(operation, item, "query"):
        value = _dummy_value(param.get("schema", {}))
        kwargs[param["name"]] = value
        expected_query[param["name"]] = value

    expected_headers = {}
    for param in parameters(operation, item, "header"):
        python_name = re.sub(r"[^0-9a-z]+", "_", param["name"].lower()).strip("_")
        kwargs[python_name] = expected_headers[param["name"]] = "header-value-1"

    body = mock.Mock()
    body.to_dict.return_value = {"sentinel": "json body"}
    body.to_multipart.return_value = [("sentinel", (None, b"multipart body", "text/plain"))]
    content = operation.get("requestBody", {}).get("content", {})
    if content:
        kwargs["body"] = body
    assert set(kwargs) == set(signature.parameters), "parameters differ from the document"

    built = module._get_kwargs(**kwargs)
    assert built["method"] == method
    assert built["url"] == expected_url
    if expected_query:
        assert built["params"] == expected_query
    else:
        assert "params" not in built
    for name, value in expected_headers.items():
        assert built["headers"][name] == value
    if "application/json" in content:
        assert built["json"] == {"sentinel": "json body"}
        assert built["headers"]["Content-Type"] == "application/json"
    elif "multipart/form-data" in content:
        assert built["files"] == body.to_multipart.return_value
    else:
        assert not {"json", "files", "data", "content"} & set(built)
