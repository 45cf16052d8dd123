"""``http_client=`` of the wrong kind is refused at construction, saying what to pass."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx2
import moonshot
import pytest

KEY = "sk-test-http-client-type"


class _ProxyClient(httpx2.Client):
    """A caller's own subclass of the right kind."""


class _AsyncProxyClient(httpx2.AsyncClient):
    """A caller's own subclass of the right kind."""


def _refusal(cls: type[Any], http_client: object) -> str:
    with pytest.raises(TypeError) as caught:
        cls(api_key=KEY, http_client=http_client)
    return str(caught.value)


@pytest.mark.parametrize(
    ("cls", "wanted", "wrong"),
    [
        (moonshot.Moonshot, "httpx2.Client", httpx2.AsyncClient),
        (moonshot.AsyncMoonshot, "httpx2.AsyncClient", httpx2.Client),
    ],
)
def test_the_other_httpx2_client_is_refused(cls: type[Any], wanted: str, wrong: type[Any]) -> None:
    other = wrong()
    message = _refusal(cls, other)
    assert message.startswith(f"http_client: expected an {wanted}, got httpx2.{wrong.__name__}")
    assert f"{cls.__name__}(http_client={wanted}(" in message  # how to pass the right one
    assert KEY not in message


@pytest.mark.parametrize(
    ("cls", "wanted", "name"),
    [
        (moonshot.Moonshot, "httpx2.Client", "Client"),
        (moonshot.AsyncMoonshot, "httpx2.AsyncClient", "AsyncClient"),
    ],
)
def test_an_httpx_client_is_refused(cls: type[Any], wanted: str, name: str) -> None:
    httpx = pytest.importorskip("httpx")  # a dev dependency (through openai)
    message = _refusal(cls, getattr(httpx, name)())
    assert f"expected an {wanted}, got httpx.{name} (httpx is another package" in message
    assert f"{cls.__name__}(http_client={wanted}(proxy=" in message


@pytest.mark.parametrize("cls", [moonshot.Moonshot, moonshot.AsyncMoonshot])
@pytest.mark.parametrize("value", [object(), "http://proxy:8080", 3, {"proxy": "x"}])
def test_any_other_object_is_refused(cls: type[Any], value: object) -> None:
    message = _refusal(cls, value)
    assert f"got {type(value).__qualname__} (not an httpx2 client)" in message
    assert "http_client=httpx2." in message


def test_an_httpx_lookalike_is_named_by_its_type_without_importing_httpx() -> None:
    """A type from a module named httpx is recognised by name; httpx is never imported."""
    script = (
        "import sys, types, moonshot\n"
        "Client = type('Client', (), {'__module__': 'httpx._client'})\n"
        "try:\n"
        "    moonshot.Moonshot(api_key='k', http_client=Client())\n"
        "except TypeError as error:\n"
        "    print(error)\n"
        "print('httpx' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    message, imported = done.stdout.strip().splitlines()
    assert "got httpx.Client (httpx is another package than httpx2" in message
    assert imported == "False"


def test_the_right_kinds_and_their_subclasses_are_taken() -> None:
    with moonshot.Moonshot(api_key=KEY, http_client=_ProxyClient()) as client:
        assert client.base_url
    with moonshot.Moonshot(api_key=KEY, http_client=None) as client:
        assert client.base_url


@pytest.mark.anyio
async def test_the_right_async_kinds_and_their_subclasses_are_taken() -> None:
    async with moonshot.AsyncMoonshot(api_key=KEY, http_client=_AsyncProxyClient()) as client:
        assert client.base_url


def test_with_options_takes_no_http_client() -> None:
    """A copy shares its client's pool; it cannot swap the HTTP client (so no check there)."""
    with moonshot.Moonshot(api_key=KEY) as client, pytest.raises(TypeError):
        client.with_options(http_client=httpx2.AsyncClient())  # type: ignore[call-arg]
