"""``client.formulas``: declarations and fibers against the local server, sync and async.

The formula list comes from the extension document; what each local tool answers is
the local server's (date, base64, convert...), so those are checked by behaviour.
"""

from __future__ import annotations

import base64
import json

import moonshot
import pytest
from moonshot.resources.formulas import fiber_content, normalize_uri
from moonshot.testing import LocalMoonshot

from . import _facts

OFFICIAL = _facts.official()
URIS = [f["uri"] for f in OFFICIAL]


def _tool_name(client: moonshot.Moonshot, uri: str) -> str:
    return str(client.formulas.tools(uri).tools[0].function.name)


def test_uris_normalise_as_the_page_says() -> None:
    defaults = _facts.extension()["x-formulas"]
    for entry in OFFICIAL:
        assert normalize_uri(entry["name"]) == entry["uri"]
        assert normalize_uri(entry["uri"]) == entry["uri"]
    assert normalize_uri("x/y") == f"x/y:{defaults['default_tag']}"
    assert normalize_uri("y:v2") == f"{defaults['default_namespace']}/y:v2"


@pytest.mark.parametrize("uri", URIS)
def test_every_official_formula_is_declared(client: moonshot.Moonshot, uri: str) -> None:
    found = client.formulas.tools(uri)
    assert found.tools, uri
    for tool in found.tools:
        plain = tool.to_dict()
        assert plain["type"] == "function" and plain["function"]["parameters"]["type"] == "object"


def test_a_bare_name_and_the_full_uri_reach_the_same_formula(
    client: moonshot.Moonshot, server: LocalMoonshot
) -> None:
    entry = OFFICIAL[0]
    assert (
        client.formulas.tools(entry["name"]).to_dict()
        == client.formulas.tools(entry["uri"]).to_dict()
    )
    paths = {r.path for r in server.requests}
    assert len(paths) == 1 and paths.pop().startswith("/v1/formulas/")


def test_declarations_go_straight_into_tools(client: moonshot.Moonshot) -> None:
    import spec_facts as facts

    tools = [t for uri in URIS[:3] for t in client.formulas.tools(uri).tools]
    completion = client.chat.completions.create(
        model=facts.first_model(), messages=[{"role": "user", "content": "hi"}], tools=tools
    )
    assert completion.choices[0].message.tool_calls  # type: ignore[union-attr]


@pytest.mark.parametrize("entry", [f for f in OFFICIAL if f.get("runs_code")], ids=str)
def test_code_running_formulas_fail_without_running_code(
    client: moonshot.Moonshot, entry: dict[str, str]
) -> None:
    name = _tool_name(client, entry["uri"])
    fiber = client.formulas.call(entry["uri"], name, {"code": "raise SystemExit(3)"})
    assert fiber.status == "failed"
    assert "does not run code" in fiber_content(fiber)
    assert fiber_content(fiber).startswith("Error: ")


def test_web_search_answers_encrypted_as_the_page_shows(client: moonshot.Moonshot) -> None:
    protected = [f for f in OFFICIAL if f.get("protected")]
    assert protected
    uri = protected[0]["uri"]
    fiber = client.formulas.call(uri, _tool_name(client, uri), '{"query": "moon tides"}')
    assert fiber.status == "succeeded" and fiber.object_ == "fiber"
    assert fiber.formula == uri
    encrypted = fiber.context.encrypted_output  # type: ignore[union-attr]
    assert encrypted.startswith("----MOONSHOT ENCRYPTED BEGIN----")
    assert encrypted.endswith("----MOONSHOT ENCRYPTED END----")
    assert fiber_content(fiber) == encrypted  # the tool message, unchanged
    assert json.loads(fiber.context.input_)["arguments"] == '{"query": "moon tides"}'  # type: ignore[union-attr]


def test_the_model_arguments_are_sent_unchanged(
    client: moonshot.Moonshot, server: LocalMoonshot
) -> None:
    text = '{"operation":  "encode", "text": "月之暗面"}'
    fiber = client.formulas.call("base64", "base64", text)
    assert server.requests[-1].json == {"name": "base64", "arguments": text}
    assert base64.b64decode(fiber_content(fiber)).decode() == "月之暗面"


def test_local_tools_answer_deterministically(client: moonshot.Moonshot) -> None:
    calls = [
        ("date", "date", {"operation": "add_days", "date": "2026-02-27", "days": 2}, "2026-03-01"),
        ("date", "date", {"operation": "weekday", "date": "2026-12-06"}, "Sunday"),
        ("convert", "convert", {"value": 100, "from_unit": "C", "to_unit": "F"}, "100 c = 212 f"),
        ("convert", "convert", {"value": 1, "from_unit": "km", "to_unit": "m"}, "1 km = 1000 m"),
        ("rethink", "rethink", {"thought": "First. Second!"}, "1. First.\n2. Second!"),
    ]
    for uri, name, arguments, expected in calls:
        fiber = client.formulas.call(uri, name, arguments)
        assert (fiber.status, fiber_content(fiber)) == ("succeeded", expected)
    seeded = {"choices": ["a", "b", "c", "d"], "count": 2, "seed": 7}
    picks = {fiber_content(client.formulas.call("random-choice", "random_choice", seeded))}
    picks.add(fiber_content(client.formulas.call("random-choice", "random_choice", seeded)))
    assert len(picks) == 1 and len(json.loads(picks.pop())) == 2
    assert fiber_content(client.formulas.call("mew", "mew", {})).strip()


def test_memory_is_kept_per_api_key(client: moonshot.Moonshot, server: LocalMoonshot) -> None:
    stored = client.formulas.call("memory", "memory", {"action": "store", "key": "k", "value": "v"})
    assert stored.status == "succeeded"
    again = client.formulas.call("memory", "memory", {"action": "retrieve", "key": "k"})
    assert fiber_content(again) == "v"
    with moonshot.Moonshot(base_url=server.url, api_key="sk-someone-else") as other:
        theirs = other.formulas.call("memory", "memory", {"action": "retrieve", "key": "k"})
    assert theirs.status == "failed"


def test_fetch_reads_the_local_index_and_fails_readably(client: moonshot.Moonshot) -> None:
    page = client.formulas.call("fetch", "fetch", {"url": "https://moon.example/guide/tides"})
    assert fiber_content(page).startswith("# How the Moon drives the tides")
    missing = client.formulas.call("fetch", "fetch", {"url": "https://nowhere.example/"})
    assert missing.status == "failed" and "nowhere.example" in fiber_content(missing)


def test_a_tool_the_formula_lacks_is_a_failed_fiber(client: moonshot.Moonshot) -> None:
    fiber = client.formulas.call("date", "no_such_tool", {})
    assert fiber.status == "failed" and "no_such_tool" in fiber_content(fiber)


def test_an_unknown_formula_is_not_found(client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.NotFoundError):
        client.formulas.tools("moonshot/no-such-formula:latest")


@pytest.mark.parametrize(
    ("uri", "name", "arguments", "field"),
    [
        ("a/b/c", "date", "{}", "uri"),
        ("moonshot/:latest", "date", "{}", "uri"),
        ("date", "date", "not json", "arguments"),
        ("date", "date", "[1, 2]", "arguments"),
        ("date", "", "{}", "name"),
    ],
)
def test_bad_input_is_refused_before_sending(
    client: moonshot.Moonshot,
    server: LocalMoonshot,
    uri: str,
    name: str,
    arguments: str,
    field: str,
) -> None:
    with pytest.raises(moonshot.ValidationError) as raised:
        client.formulas.call(uri, name, arguments)
    assert raised.value.field == field
    assert server.requests == []


@pytest.mark.anyio
async def test_async_tools_and_call(aclient: moonshot.AsyncMoonshot) -> None:
    found = await aclient.formulas.tools("date")
    name = found.tools[0].function.name
    arguments = {"operation": "weekday", "date": "2026-01-01"}
    fiber = await aclient.formulas.call("date", name, arguments)
    assert fiber_content(fiber) == "Thursday"
