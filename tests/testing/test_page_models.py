"""Models the pages say are served but the document no longer lists: LocalMoonshot
serves them, checks the shared fields and the pages' rules, lists them; unknown names
stay 404. Each model and rule is data with its page and line (checked against the page)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import httpx2
import moonshot
import pytest
import spec_facts as facts
from moonshot._openapi.page_parameters import FIXED_NOTE, PageCell, fixed_for
from moonshot.testing import LocalMoonshot
from moonshot.testing._page_models import PAGE_MODELS, PageModel

DOCS = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "docs"
# Only the models the document does not list: on a document that still lists one, the
# document's own variant decides, as for every documented model.
SERVED = [m for m in PAGE_MODELS if m.id not in facts.models()]
HELLO = [{"role": "user", "content": "Hello"}]
WRONG_NAME = "moonshot-v1-129k"  # the troubleshooting page's example of a wrong model name


def _page_line(source: str) -> str:
    if not DOCS.is_dir() and os.environ.get("CI") != "true":
        pytest.skip(f"the API's pages are not beside this clone ({DOCS})")
    page, _, line = source.rpartition(":")
    lines = (DOCS / page).read_text(encoding="utf-8").splitlines()
    return lines[int(line) - 1]


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda m: m.id)
def test_every_source_quotes_its_page_line(model: PageModel) -> None:
    for source, quote in model.sources:
        assert quote in _page_line(source), f"{source} does not say {quote!r}"
    assert any(model.id in _page_line(s) for s, _ in model.sources), "no line names the model"


def _chat(http: httpx2.Client, model: str, **fields: Any) -> httpx2.Response:
    return http.post("/v1/chat/completions", json={"model": model, "messages": HELLO, **fields})


@pytest.mark.parametrize("model", SERVED, ids=lambda m: m.id)
def test_served_and_listed(client: moonshot.Moonshot, model: PageModel) -> None:
    reply = client.chat.completions.create(model=model.id, messages=HELLO)
    assert reply.model == model.id and reply.choices[0].message.content
    listed = {m.id: m for m in client.models.list().data}
    assert model.id in listed
    assert listed[model.id].additional_properties.get("context_length", model.context_length) == (
        model.context_length
    )


@pytest.mark.parametrize("model", SERVED, ids=lambda m: m.id)
def test_token_estimate(http: httpx2.Client, model: PageModel) -> None:
    body = {"model": model.id, "messages": HELLO}
    reply = http.post("/v1/tokenizers/estimate-token-count", json=body)
    assert reply.status_code == 200 and reply.json()["data"]["total_tokens"] > 0


@pytest.mark.parametrize("model", SERVED, ids=lambda m: m.id)
def test_shared_fields_are_checked(http: httpx2.Client, model: PageModel) -> None:
    reply = _chat(http, model.id, messages="not a list")
    assert reply.status_code == 400 and "messages" in reply.json()["error"]["message"]


def test_unknown_names_stay_404(http: httpx2.Client) -> None:
    for name in (WRONG_NAME, "kimi-k2.5-nope", "gpt-4o"):
        reply = _chat(http, name)
        assert reply.status_code == 404, name
        assert reply.json()["error"]["type"] == "resource_not_found_error"


# Every model the server answers whose values the models page fixes (documented or not).
FIXED = sorted(
    (model, field, cell)
    for model in {*facts.models(), *(m.id for m in SERVED)}
    if (fixed := fixed_for(model)) is not None
    for field, cell in fixed.items()
)


@pytest.mark.parametrize(("model", "field", "cell"), FIXED, ids=[f"{m} {f}" for m, f, _ in FIXED])
def test_the_models_page_fixed_values(
    http: httpx2.Client, model: str, field: str, cell: PageCell
) -> None:
    """The server takes the value the page fixes and refuses any other, as the client does."""
    assert _chat(http, model, **{field: cell.allowed(True)}).status_code == 200
    refused = _chat(http, model, **{field: cell.allowed(True) + 0.25})
    assert refused.status_code == 400
    assert FIXED_NOTE in refused.json()["error"]["message"]
    if cell.non_thinking is not None:  # thinking is on by default; off takes the other value
        off = {"type": "disabled"}
        assert _chat(http, model, **{field: cell.non_thinking}, thinking=off).status_code == 200
        assert _chat(http, model, **{field: cell.non_thinking}).status_code == 400


@pytest.mark.parametrize("model", [m for m in SERVED if m.thinking_default], ids=lambda m: m.id)
def test_thinking_on_by_default_and_can_be_disabled(http: httpx2.Client, model: PageModel) -> None:
    on = _chat(http, model.id).json()["choices"][0]["message"]
    off = _chat(http, model.id, thinking={"type": "disabled"}).json()["choices"][0]["message"]
    assert on.get("reasoning_content") and not off.get("reasoning_content")


@pytest.mark.parametrize("model", [m for m in SERVED if not m.thinking_keep], ids=lambda m: m.id)
def test_no_preserved_thinking(http: httpx2.Client, model: PageModel) -> None:
    reply = _chat(http, model.id, thinking={"type": "enabled", "keep": "all"})
    assert reply.status_code == 400 and "Preserved Thinking" in reply.json()["error"]["message"]


@pytest.mark.parametrize("model", [m for m in SERVED if m.max_n], ids=lambda m: m.id)
def test_n_limits(http: httpx2.Client, model: PageModel) -> None:
    assert model.max_n is not None
    assert _chat(http, model.id, n=model.max_n, temperature=0.5).status_code == 200
    assert _chat(http, model.id, n=model.max_n + 1, temperature=0.5).status_code == 400
    near_zero = _chat(http, model.id, n=2)  # the default temperature is 0.0
    assert near_zero.status_code == 400
    assert "n can only be 1" in near_zero.json()["error"]["message"]


@pytest.mark.parametrize(
    "model", sorted(SERVED, key=lambda m: m.context_length)[:1], ids=lambda m: m.id
)
def test_a_prompt_larger_than_the_context_window_is_refused(
    http: httpx2.Client, model: PageModel
) -> None:
    words = " ".join(f"w{n}" for n in range(model.context_length))
    reply = http.post(
        "/v1/chat/completions",
        json={"model": model.id, "messages": [{"role": "user", "content": words}]},
    )
    assert reply.status_code == 400
    assert f"exceeded model token limit: {model.context_length}" in reply.json()["error"]["message"]


def test_a_page_model_through_a_fresh_server_and_the_client() -> None:
    """The file-upload page's model with its page's temperature, end to end."""
    model = next((m for m in SERVED if m.id in _page_line("files-upload.md:51")), None)
    if model is None:
        pytest.skip("the document lists the file-upload page's model itself")
    with LocalMoonshot() as server, moonshot.Moonshot(base_url=server.url, api_key="k") as c:
        reply = c.chat.completions.create(model=model.id, messages=HELLO, temperature=0.6)
    assert reply.choices[0].finish_reason == "stop"
