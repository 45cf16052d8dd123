"""tools.search, tools.search_pro, tools.fetch and the $web_search builtin answer any
query or URL, the same way each time (the canned pages still answer the demo's)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx2
import pytest
import spec_facts as facts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from moonshot.testing import LocalMoonshot

PATHS = {op[1] for op in facts.operations()}
needs_tools = pytest.mark.skipif(
    "/v1/tools/search" not in PATHS, reason="the document has no web tools"
)
QUERIES = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80)
HOSTS = st.from_regex(r"[a-z][a-z0-9-]{0,15}\.(com|org|example|net|cn)", fullmatch=True)
CHECK = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def web() -> Iterator[httpx2.Client]:
    with (
        LocalMoonshot() as server,
        httpx2.Client(
            base_url=server.url.removesuffix("/v1"), headers={"Authorization": "Bearer k"}
        ) as http,
    ):
        yield http


def _post(web: httpx2.Client, path: str, body: dict[str, Any]) -> Any:
    reply = web.post(path, json=body)
    assert reply.status_code == 200, reply.text
    return reply.json()


@needs_tools
@CHECK
@given(query=QUERIES)
def test_search_answers_any_query_the_same_way(web: httpx2.Client, query: str) -> None:
    first = _post(web, "/v1/tools/search", {"text_query": query})
    assert first["search_results"], query
    assert _post(web, "/v1/tools/search", {"text_query": query}) == first
    for result in first["search_results"]:  # each result's page can be fetched
        page = _post(web, "/v1/tools/fetch", {"url": result["url"]})
        assert page["title"] == result["title"]


@needs_tools
@CHECK
@given(query=QUERIES, site=HOSTS)
def test_search_pro_answers_any_query_on_the_site_asked(
    web: httpx2.Client, query: str, site: str
) -> None:
    body = {"text_query": query, "sites": [site]}
    first = _post(web, "/v1/tools/search_pro", body)
    assert first["search_results"]
    assert all(r["url"].startswith(f"https://{site}/") for r in first["search_results"])
    assert _post(web, "/v1/tools/search_pro", body) == first


@needs_tools
@CHECK
@given(query=QUERIES, site=QUERIES | st.just("") | st.just("[::1"))
def test_search_pro_answers_any_site_filter_with_fetchable_results(
    web: httpx2.Client, query: str, site: str
) -> None:
    """A site filter that is no host name (empty, "[", any text) still gets results whose
    URLs can be fetched (Schemathesis found "https:///..." and a 500 from "[")."""
    found = _post(web, "/v1/tools/search_pro", {"text_query": query, "sites": [site]})
    for result in found["search_results"]:
        assert _post(web, "/v1/tools/fetch", {"url": result["url"]})["markdown"]


@needs_tools
@pytest.mark.parametrize("url", ["http://[", "https://[::1/x", "https:///path", "ftp://a.example/"])
def test_fetch_of_a_malformed_url_is_a_400(web: httpx2.Client, url: str) -> None:
    reply = web.post("/v1/tools/fetch", json={"url": url})
    assert reply.status_code == 400 and "malformed URL" in reply.json()["error"]["message"]


@needs_tools
@CHECK
@given(host=HOSTS, path=st.lists(QUERIES, max_size=3))
def test_fetch_answers_any_url_the_same_way(web: httpx2.Client, host: str, path: list[str]) -> None:
    url = f"https://{host}/" + "/".join(quote(part, safe="") for part in path)
    first = _post(web, "/v1/tools/fetch", {"url": url})
    assert first["url"] == url and first["title"] and first["markdown"].startswith("# ")
    assert _post(web, "/v1/tools/fetch", {"url": url}) == first


@needs_tools
def test_canned_pages_and_documented_errors_stay(web: httpx2.Client) -> None:
    found = _post(web, "/v1/tools/search", {"text_query": "moon tides"})
    assert found["search_results"][0]["url"].startswith("https://moon.example/")
    assert web.post("/v1/tools/fetch", json={"url": "https://blocked.example/x"}).status_code == 403
    assert web.post("/v1/tools/fetch", json={"url": "https://nowhere.example/"}).status_code == 404


def _web_search_round_trip(web: httpx2.Client, question: str) -> str:
    tools = [{"type": "builtin_function", "function": {"name": "$web_search"}}]
    messages: list[Any] = [{"role": "user", "content": question}]
    body = {"model": facts.plain_model(), "messages": messages, "tools": tools}
    first = _post(web, "/v1/chat/completions", body)["choices"][0]
    assert first["finish_reason"] == "tool_calls", first
    messages.append(first["message"])
    for call in first["message"]["tool_calls"]:
        arguments = call["function"]["arguments"]
        messages.append({"role": "tool", "tool_call_id": call["id"], "content": arguments})
    second = _post(web, "/v1/chat/completions", body)["choices"][0]
    assert second["finish_reason"] == "stop"
    return str(second["message"]["content"])


@CHECK
@given(words=st.lists(st.from_regex(r"[A-Za-z\u4e00-\u9fa5]{1,12}", fullmatch=True), min_size=1))
def test_web_search_builtin_answers_any_query_the_same_way(
    web: httpx2.Client, words: list[str]
) -> None:
    question = " ".join(words)
    answer = _web_search_round_trip(web, question)
    results = answer.split("\n")[1:]  # after the line that repeats the query
    assert results and results[0].startswith("1. "), answer
    # Every result is about the query: a canned page sharing a word, else a page on it.
    assert all(any(w.lower() in line.lower() for w in words) for line in results), answer
    assert _web_search_round_trip(web, question) == answer
