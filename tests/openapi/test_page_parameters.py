"""The sampling parameters the models page fixes: the data equals the page, and the client
sends exactly the values it allows and refuses the rest before sending.

Values come from ``moonshot._openapi.page_parameters`` (held equal to the page's table
here), never written in the test. Models the document also lists are checked against
the request contract as usual; models only the page lists (the API serves them, the
document no longer names them) are sent without it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from client import _payloads as p
from client.conftest import json_body, requests_seen
from moonshot._openapi import page_parameters as page
from moonshot._openapi.chat_request import prepare_chat_body
from moonshot._openapi.page_parameters import PageCell
from pytest_httpserver import HTTPServer

DOCS = Path(__file__).resolve().parents[3] / "shared" / "spec" / "docs"
USER = [{"role": "user", "content": "Hi"}]
FIELDS = ("temperature", "top_p", "n", "presence_penalty", "frequency_penalty")
_CELL = re.compile(r"^Fixed at `([0-9.]+)`$|^`([0-9.]+)` thinking / `([0-9.]+)` non-thinking$")


def _page_text() -> str:
    return (DOCS / page.PAGE).read_text(encoding="utf-8")


def _page_table() -> tuple[list[str], dict[str, list[str]]]:
    """The columns of the page's table and its rows: field -> one cell per column."""
    section = _page_text().split(f"## {page.SECTION}", 1)[1]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    header, _rule, *rows = ([c.strip() for c in line.strip("|").split("|")] for line in lines)
    columns = [c.strip("`") for c in header[1:]]
    table: dict[str, list[str]] = {}
    for cells in rows:
        for name in re.findall(r"`([a-z_]+)`", cells[0]):
            table[name] = cells[1:]
    return columns, table


def _number(text: str) -> float:
    return float(text) if "." in text else int(text)


def _cell_from_page(text: str) -> PageCell | None:
    if text == "—":
        return None
    found = _CELL.match(text)
    assert found, f"a cell of the page the data has no form for: {text!r}"
    fixed, thinking, non_thinking = found.groups()
    if fixed is not None:
        return PageCell(text, _number(fixed))
    return PageCell(text, _number(thinking), _number(non_thinking))


def test_the_data_is_the_pages_table_cell_for_cell() -> None:
    columns, table = _page_table()
    assert list(page.COLUMNS) == columns
    from_page = {
        column: {
            name: cell
            for name in FIELDS
            if (cell := _cell_from_page(table[name][index])) is not None
        }
        for index, column in enumerate(columns)
    }
    assert from_page == page.FIXED_PARAMETERS


def test_the_pages_words_the_data_quotes_are_on_the_page() -> None:
    text = " ".join(_page_text().split())
    assert page.FIXED_NOTE in text
    assert (
        "`kimi-k2.7-code-highspeed` is the same model as `kimi-k2.7-code` with identical "
        "parameter constraints" in text
    )
    assert list(page.COLUMNS["kimi-k2.7-code"]) == ["kimi-k2.7-code", "kimi-k2.7-code-highspeed"]
    assert "fixed at `1.0` in thinking mode and `0.6` in non-thinking mode" in text
    assert '`{"type":"enabled"}` (default), `{"type":"disabled"}`' in text  # thinking's default


# -- through the client ------------------------------------------------------------------------

DOCUMENT_MODELS = set(facts.models())
PAGE_MODELS = [m for models in page.COLUMNS.values() for m in models]


def _param(model: str) -> Any:
    if model in DOCUMENT_MODELS:
        return pytest.param(model, id=f"{model}-in-document")
    # Not in openapi.json's discriminator: the request contract would refuse the model name.
    return pytest.param(model, id=f"{model}-page-only", marks=pytest.mark.no_contract)


CASES = [
    (model, name, thinking)
    for model in PAGE_MODELS
    for name, cell in (page.fixed_for(model) or {}).items()
    for thinking in ((True,) if cell.non_thinking is None else (True, False))
]


def _thinking_params(thinking: bool) -> dict[str, Any]:
    return {} if thinking else {"thinking": dict(page.THINKING_OFF)}


def _serve_chat(server: HTTPServer) -> None:
    server.expect_request("/v1/chat/completions", method="POST").respond_with_json(
        p.chat_completion()
    )


def _cases_for(model: str) -> list[tuple[str, bool]]:
    return [(name, thinking) for m, name, thinking in CASES if m == model]


def test_every_page_model_has_cases() -> None:
    assert all(_cases_for(model) for model in PAGE_MODELS)
    assert any(not thinking for _, _, thinking in CASES)  # a value that depends on thinking


@pytest.mark.parametrize("model", [_param(m) for m in PAGE_MODELS])
def test_the_allowed_values_are_sent_as_given(
    model: str, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    fixed = page.fixed_for(model)
    assert fixed is not None
    for name, thinking in _cases_for(model):
        httpserver.clear()
        _serve_chat(httpserver)
        value = fixed[name].allowed(thinking)
        params = {**_thinking_params(thinking), name: value}
        client.chat.completions.create(model=model, messages=USER, **params)
        [request] = requests_seen(httpserver)
        assert json_body(request) == {"model": model, "messages": USER, **params}
    # every fixed field of the model at once, in the default (thinking) mode
    httpserver.clear()
    _serve_chat(httpserver)
    everything = {name: cell.allowed(True) for name, cell in fixed.items()}
    client.chat.completions.create(model=model, messages=USER, **everything)
    [request] = requests_seen(httpserver)
    assert json_body(request) == {"model": model, "messages": USER, **everything}


def _refused_values(cell: PageCell, thinking: bool) -> list[Any]:
    allowed = cell.allowed(thinking)
    others = [allowed + 0.5, -allowed - 1, str(allowed), None, True]
    if cell.allowed(not thinking) != allowed:
        others.append(cell.allowed(not thinking))  # the other mode's value
    return others


@pytest.mark.parametrize("model", [_param(m) for m in PAGE_MODELS])
def test_other_values_are_refused_before_sending(
    model: str, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    fixed = page.fixed_for(model)
    assert fixed is not None
    for name, thinking in _cases_for(model):
        cell = fixed[name]
        for value in _refused_values(cell, thinking):
            params = {**_thinking_params(thinking), name: value}
            with pytest.raises(moonshot.ValidationError) as caught:
                client.chat.completions.create(model=model, messages=USER, **params)
            error = caught.value
            assert error.field == name
            [line] = [e for e in error.errors if e.startswith(f"{name}:")]
            allowed = json.dumps(cell.allowed(thinking))
            assert f"model {model!r} takes only {name}={allowed}" in line
            assert f"got {value!r}" in line
            assert f'says "{cell.says}"' in line and page.PAGE in line
            if cell.non_thinking is not None:  # the other mode's value and how to get it
                assert json.dumps(cell.allowed(not thinking)) in line
                assert ("thinking on" if thinking else "thinking off") in line
    assert requests_seen(httpserver) == []


@pytest.mark.anyio
@pytest.mark.parametrize("model", [_param(m) for m in PAGE_MODELS])
async def test_async_client_applies_the_same_values(
    model: str, aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    fixed = page.fixed_for(model)
    assert fixed is not None
    name, thinking = _cases_for(model)[-1]
    _serve_chat(httpserver)
    value = fixed[name].allowed(thinking)
    params = {**_thinking_params(thinking), name: value}
    await aclient.chat.completions.create(model=model, messages=USER, **params)
    with pytest.raises(moonshot.ValidationError):
        await aclient.chat.completions.create(
            model=model, messages=USER, **{**params, name: value + 0.5}
        )
    [request] = requests_seen(httpserver)
    assert json_body(request)[name] == value


def test_a_dash_cell_leaves_the_field_to_the_document() -> None:
    """A field the page says nothing of for a model is judged as without the page."""
    for model in PAGE_MODELS:
        fixed = page.fixed_for(model) or {}
        for name in (n for n in FIELDS if n not in fixed):
            variant = facts.catalog().by_model.get(model)
            if variant is None or name in variant.properties:  # sent as the document allows
                assert prepare_chat_body(model, USER, {name: 0.5})[name] == 0.5
            else:
                with pytest.raises(moonshot.ValidationError, match=f"^.*{name}: model "):
                    prepare_chat_body(model, USER, {name: 0.5})


def test_other_checks_still_apply_beside_a_fixed_value() -> None:
    model = next(m for m in PAGE_MODELS if m in DOCUMENT_MODELS)
    name, cell = next(iter((page.fixed_for(model) or {}).items()))
    with pytest.raises(moonshot.ValidationError) as caught:
        prepare_chat_body(model, USER, {name: cell.allowed(True), "not_a_field": 1})
    assert caught.value.field == "not_a_field"


def test_models_the_page_does_not_list_are_untouched() -> None:
    assert page.fixed_for(facts.UNKNOWN_MODEL) is None
    body = prepare_chat_body(facts.UNKNOWN_MODEL, USER, {"temperature": 1.7, "n": 3})
    assert body["temperature"] == 1.7 and body["n"] == 3
