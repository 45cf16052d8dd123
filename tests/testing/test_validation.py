"""Auth and request checks: what the server refuses, with the API's error shape."""

from __future__ import annotations

import httpx2
import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from .conftest import KEY

MODEL = facts.plain_model()

USER = [{"role": "user", "content": "hi"}]


def _error(response: httpx2.Response) -> dict[str, str]:
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and isinstance(body["error"]["message"], str)
    return body["error"]


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/v1/models"), ("POST", "/v1/chat/completions"), ("GET", "/v1/files/x")],
)
@pytest.mark.parametrize("header", [None, "Bearer", "Basic abc", "Token abc"])
def test_requests_without_a_bearer_token_get_401(
    server: LocalMoonshot, method: str, path: str, header: str | None
) -> None:
    headers = {} if header is None else {"Authorization": header}
    response = httpx2.request(method, server.url.removesuffix("/v1") + path, headers=headers)
    assert response.status_code == 401
    assert _error(response)["type"] == "invalid_authentication_error"


def test_the_client_maps_401_to_authentication_error(server: LocalMoonshot) -> None:
    with (
        LocalMoonshot(api_key="right") as strict,
        moonshot.Moonshot(
            strict_responses=True, base_url=strict.url, api_key="wrong-key"
        ) as client,
        pytest.raises(moonshot.AuthenticationError) as caught,
    ):
        client.balance.retrieve()
    assert "wrong-key" not in str(caught.value)


_BMODEL, _BOUNDED, _LIMITS = facts.bounded_case()
_HIGH = _LIMITS["maximum"] + 1


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (
            {"model": MODEL, "messages": [{"role": "robot", "content": "x"}]},
            "messages[0].role",
        ),
        ({"model": _BMODEL, "messages": USER, _BOUNDED: _HIGH}, _BOUNDED),
        ({"model": _BMODEL, "messages": USER, _BOUNDED: "many"}, _BOUNDED),
        ({"model": MODEL, "messages": USER, "thinking": {"type": "maybe"}}, "thinking.type"),
        ({"model": MODEL}, "messages"),
        ({"model": MODEL, "messages": []}, "messages"),
        ({"model": MODEL, "messages": USER, "stop": ["x" * 40]}, "stop[0]"),
        ({"model": MODEL, "messages": USER, "tools": [{"type": "function"}]}, "tools[0]"),
    ],
)
def test_spec_invalid_chat_requests_get_400_naming_the_field(
    http: httpx2.Client, body: dict[str, object], named: str
) -> None:
    response = http.post("/v1/chat/completions", json=body)
    assert response.status_code == 400
    error = _error(response)
    assert error["type"] == "invalid_request_error"
    assert named in error["message"]


def test_unknown_model_is_404_listing_known_models(http: httpx2.Client) -> None:
    response = http.post("/v1/chat/completions", json={"model": "gpt-9", "messages": USER})
    assert response.status_code == 404
    assert "gpt-9" in _error(response)["message"] and MODEL in _error(response)["message"]


def test_bodies_that_are_not_json_get_400(http: httpx2.Client) -> None:
    response = http.post("/v1/chat/completions", content=b"{nope")
    assert response.status_code == 400 and "not valid JSON" in _error(response)["message"]


@pytest.mark.parametrize(
    ("path", "body", "named"),
    [
        ("/v1/tokenizers/estimate-token-count", {"model": MODEL}, "messages"),
        ("/v1/tokenizers/estimate-token-count", {"model": "x", "messages": USER}, "model"),
        (
            "/v1/batches",
            {"input_file_id": "f", "endpoint": "/v1/embeddings", "completion_window": "24h"},
            "endpoint",
        ),
        (
            "/v1/batches",
            {"input_file_id": "f", "endpoint": "/v1/chat/completions", "completion_window": "1h"},
            "completion_window",
        ),
        (
            "/v1/batches",
            {"endpoint": "/v1/chat/completions", "completion_window": "24h"},
            "input_file_id",
        ),
    ],
)
def test_other_bodies_are_checked_against_the_spec(
    http: httpx2.Client, path: str, body: dict[str, object], named: str
) -> None:
    response = http.post(path, json=body)
    assert response.status_code == 400
    assert named in _error(response)["message"]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/files/file-missing"),
        ("DELETE", "/v1/files/file-missing"),
        ("GET", "/v1/files/file-missing/content"),
        ("GET", "/v1/batches/batch_missing"),
        ("POST", "/v1/batches/batch_missing/cancel"),
    ],
)
def test_unknown_files_and_batches_are_404(http: httpx2.Client, method: str, path: str) -> None:
    response = http.request(method, path)
    assert response.status_code == 404
    assert _error(response)["type"] == "resource_not_found_error"


def test_the_client_sees_not_found_error(client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.NotFoundError, match="file-nope"):
        client.files.retrieve("file-nope")
    with pytest.raises(moonshot.NotFoundError, match="batch_nope"):
        client.batches.retrieve("batch_nope")


def test_unknown_paths_and_methods(http: httpx2.Client) -> None:
    assert http.get("/v1/embeddings").status_code == 404
    response = http.put("/v1/models")
    assert response.status_code == 405 and response.headers["allow"] == "GET"


def test_batch_input_must_be_a_batch_file(client: moonshot.Moonshot) -> None:
    source = client.files.create(file=("a.txt", b"text"), purpose="file-extract")
    with pytest.raises(moonshot.BadRequestError, match="purpose 'batch'"):
        client.batches.create(input_file_id=source.id, completion_window="24h")


def test_keep_alive_connection_survives_errors(server: LocalMoonshot) -> None:
    root = server.url.removesuffix("/v1")
    with httpx2.Client(base_url=root, headers={"Authorization": f"Bearer {KEY}"}) as http:
        for _ in range(3):
            assert http.post("/v1/chat/completions", content=b"[").status_code == 400
            assert http.get("/v1/models").status_code == 200
    assert len(server.requests) == 6
