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
_RESOURCES = ("models", "users", "files", "chat", "tokenizers", "batches", "signatures")


def _has_resource(path: str) -> bool:
    parts = path.strip("/").split("/")
    return parts[0] == "v1" and len(parts) > 1 and parts[1] in _RESOURCES


RAW_ONLY = [op for op in facts.operations() if not _has_resource(op[1])]


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


@pytest.mark.parametrize(("method", "path", "operation"), RAW_ONLY, ids=lambda v: str(v))
def test_raw_call(method: str, path: str, operation: dict[str, Any], server: LocalMoonshot) -> None:
    with moonshot.Moonshot(base_url=server.url, api_key="sk-raw-tests") as client:
        response = raw_calls.call_raw(client.raw, method, path, operation)
    assert response.status_code == 200, response.content[:300]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    name = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else None
    assert response.parsed is not None
    if name is not None:
        assert type(response.parsed).__name__.lower() == name.lower()
    assert response.parsed.to_dict()


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "path", "operation"), RAW_ONLY, ids=lambda v: str(v))
async def test_raw_call_async(
    method: str, path: str, operation: dict[str, Any], server: LocalMoonshot
) -> None:
    module = raw_calls.generated_module(method, path)
    async with moonshot.AsyncMoonshot(base_url=server.url, api_key="sk-raw-tests") as client:
        kwargs: dict[str, Any] = {"client": client.raw}
        body = raw_calls.body_for(operation)
        if body is not None:
            hint = typing.get_type_hints(module.asyncio_detailed)["body"]
            cls = next(c for c in typing.get_args(hint) or (hint,) if hasattr(c, "from_dict"))
            kwargs["body"] = cls.from_dict(body)
        response = await module.asyncio_detailed(**kwargs)
    assert response.status_code == 200
    assert response.parsed is not None and response.parsed.to_dict()


def test_raw_calls_share_the_clients_auth(server: LocalMoonshot) -> None:
    method, path, operation = RAW_ONLY[0] if RAW_ONLY else facts.operations()[0]
    with moonshot.Moonshot(base_url=server.url, api_key="sk-wrong") as client:
        response = raw_calls.call_raw(client.raw, method, path, operation)
    assert response.status_code == 401
