"""Every operation of the document through ``client.raw``, sync and async, on LocalMoonshot.

``client.raw`` is the generated client on the client's own connection pool, auth and
retries. Operations the client has no resource for (yet) are taken from the document
here, so a new endpoint is called as soon as it is generated.
"""

from __future__ import annotations

import typing
from typing import Any

import moonshot
import pytest
import raw_calls
import spec_facts as facts
from moonshot.testing import LocalMoonshot

# Paths the public client has a resource for: the first segment after /v1.
_RESOURCES = (
    "models",
    "users",
    "files",
    "chat",
    "tokenizers",
    "batches",
    "signatures",
    "formulas",
)


def _has_resource(path: str) -> bool:
    parts = path.strip("/").split("/")
    return parts[0] == "v1" and len(parts) > 1 and parts[1] in _RESOURCES


RAW_ONLY = [op for op in facts.operations() if not _has_resource(op[1])]


def _json_or_no_body(operation: dict[str, Any]) -> bool:
    content = operation.get("requestBody", {}).get("content", {})
    return not content or "application/json" in content


# Every operation raw can call with a body built from its schema (no path parameter, no
# upload): the raw-only ones and the others alike, so the list is never empty.
RAW_CALLABLE = [op for op in facts.operations() if "{" not in op[1] and _json_or_no_body(op[2])]


@pytest.fixture(scope="module")
def server() -> typing.Iterator[LocalMoonshot]:
    with LocalMoonshot(api_key="sk-raw-tests") as local:
        yield local


def _parsed_type(method: str, path: str) -> Any:
    module = raw_calls.generated_module(method, path)
    return typing.get_type_hints(module.sync_detailed)["return"]


def test_every_operation_has_a_generated_module() -> None:
    modules = {raw_calls.generated_module(m, p) for m, p, _ in facts.operations()}
    assert len(modules) == len(facts.operations())


def _id(value: Any) -> str:
    return "" if isinstance(value, dict) else str(value)


def _check(response: Any, method: str, path: str, operation: dict[str, Any]) -> None:
    """200 with the documented model; a body the schema allows but the server refuses
    (a batch for a file that does not exist, say) may get a documented error instead."""
    documented = {int(code) for code in operation["responses"] if code.isdigit()}
    if (method, path, operation) in RAW_ONLY:
        assert response.status_code == 200, response.content[:300]
    assert int(response.status_code) in documented, response.content[:300]
    assert response.parsed is not None and response.parsed.to_dict()


def test_the_raw_only_operations_are_all_raw_callable() -> None:
    assert all(op in RAW_CALLABLE for op in RAW_ONLY)


@pytest.mark.parametrize(("method", "path", "operation"), RAW_CALLABLE, ids=_id)
def test_raw_call(method: str, path: str, operation: dict[str, Any], server: LocalMoonshot) -> None:
    with moonshot.Moonshot(base_url=server.url, api_key="sk-raw-tests") as client:
        response = raw_calls.call_raw(client.raw, method, path, operation)
    _check(response, method, path, operation)
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    name = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else None
    if name is not None and response.status_code == 200:
        assert type(response.parsed).__name__.lower() == name.lower()


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "operation"), RAW_CALLABLE, ids=_id)
async def test_raw_call_async(
    method: str, path: str, operation: dict[str, Any], server: LocalMoonshot
) -> None:
    module = raw_calls.generated_module(method, path)
    async with moonshot.AsyncMoonshot(base_url=server.url, api_key="sk-raw-tests") as client:
        kwargs = raw_calls.call_kwargs(method, path, operation)
        response = await module.asyncio_detailed(client=client.raw, **kwargs)
    _check(response, method, path, operation)


def test_raw_calls_share_the_clients_auth(server: LocalMoonshot) -> None:
    method, path, operation = RAW_CALLABLE[0]
    with moonshot.Moonshot(base_url=server.url, api_key="sk-wrong") as client:
        response = raw_calls.call_raw(client.raw, method, path, operation)
    assert response.status_code == 401
