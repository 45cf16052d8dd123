"""``client.chat.completions.parse``: each kind of T, cut-off output, output that does
not fit."""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any, Literal, Optional, TypedDict

import attrs
import httpx
import moonshot
import pydantic
import pytest
from moonshot.testing import LocalMoonshot

from ._models import smallest_completion_limit, structured_model
from .conftest import KEY

ASK = [{"role": "user", "content": "Describe Oslo"}]


class Size(enum.Enum):
    SMALL = "small"
    LARGE = "large"


@dataclasses.dataclass
class Street:
    name: str
    number: int


@dataclasses.dataclass
class CityDC:
    """A city."""

    name: str
    population: int
    size: Size
    streets: list[Street]
    nickname: Optional[str] = None  # noqa: UP045 - the Optional spelling on purpose


class CityTD(TypedDict):
    name: str
    population: int
    kind: Literal["capital", "town"]


@attrs.define
class CityAttrs:
    name: str
    population: int
    tags: list[str] = attrs.field(factory=list)


class CityPD(pydantic.BaseModel):
    name: str = pydantic.Field(description="The city's name")
    population: int
    street: Street


@dataclasses.dataclass
class Node:
    """A linked list."""

    value: int
    next: Node | None


@pytest.mark.parametrize("tp", [CityDC, CityTD, CityAttrs, CityPD, Node])
def test_parse_into_each_kind_of_type(
    server: LocalMoonshot, client: moonshot.Moonshot, tp: type[Any]
) -> None:
    parsed = client.chat.completions.parse(
        model=structured_model(), messages=ASK, response_format=tp
    )
    value = parsed.choices[0].message.parsed
    if tp is CityTD:
        assert isinstance(value, dict) and set(value) == {"name", "population", "kind"}
        assert value["kind"] == "capital"
    else:
        assert isinstance(value, tp)
    # The schema sent is MFJS and names the type; the reply's raw text is kept.
    (sent,) = [r.json for r in server.requests if r.json is not None]
    response_format = sent["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == tp.__name__
    moonshot.check_schema(response_format["json_schema"]["schema"], level="strict")
    assert json.loads(parsed.choices[0].message.content) is not None
    assert parsed.id and parsed.choices[0].message.role


def test_schema_details(server: LocalMoonshot, client: moonshot.Moonshot) -> None:
    client.chat.completions.parse(model=structured_model(), messages=ASK, response_format=CityDC)
    schema = server.requests[0].json["response_format"]["json_schema"]["schema"]
    assert schema["description"] == "A city."
    assert schema["required"] == ["name", "population", "size", "streets"]
    assert schema["properties"]["size"] == {"type": "string", "enum": ["small", "large"]}
    assert schema["properties"]["streets"] == {"type": "array", "items": {"$ref": "#/$defs/Street"}}
    assert schema["properties"]["nickname"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert schema["$defs"]["Street"]["required"] == ["name", "number"]
    assert schema["additionalProperties"] is False


def test_recursive_type_refers_to_the_root() -> None:
    format_ = moonshot.agents.response_format_for(Node)
    schema = format_["json_schema"]["schema"]
    assert schema["properties"]["next"] == {"anyOf": [{"$ref": "#"}, {"type": "null"}]}
    moonshot.check_schema(schema)


def test_pydantic_field_descriptions_are_kept() -> None:
    schema = moonshot.agents.response_format_for(CityPD)["json_schema"]["schema"]
    assert schema["properties"]["name"]["description"] == "The city's name"
    assert "title" not in json.dumps(schema)


def test_cut_off_output_raises_length_error(client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.LengthFinishReasonError) as caught:
        client.chat.completions.parse(
            model=structured_model(),
            messages=ASK,
            response_format=CityDC,
            max_completion_tokens=smallest_completion_limit(structured_model()),
        )
    assert caught.value.completion.choices[0].finish_reason == "length"


def _answering(content: str) -> moonshot.Moonshot:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {
            "id": "cmpl-x",
            "object": "chat.completion",
            "created": 1,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
        }
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return moonshot.Moonshot(base_url="http://127.0.0.1:9/v1", api_key=KEY, http_client=http)


@pytest.mark.parametrize(
    ("tp", "content", "where"),
    [
        (CityDC, '{"name": "Oslo", "population": "many", "size": "small", "streets": []}',
         "population"),
        (CityDC, '{"name": "Oslo", "population": 1, "size": "huge", "streets": []}', "size"),
        (CityDC, '{"name": "Oslo", "population": 1, "size": "small", '
                 '"streets": [{"name": "Main", "number": "7"}]}', "streets[0].number"),
        (CityDC, '{"name": "Oslo", "population": 1, "size": "small"}', "streets"),
        (CityTD, '{"name": "Oslo", "population": 1, "kind": "village"}', "kind"),
        (CityAttrs, '{"name": 5, "population": 1}', "name"),
        (CityPD, '{"name": "Oslo", "population": 1, "street": {"name": "Main"}}',
         "street.number"),
        (CityDC, '{"name": "Oslo", "population": 1,', "output"),
    ],
)  # fmt: skip
def test_output_that_does_not_fit_says_where(tp: type[Any], content: str, where: str) -> None:
    with pytest.raises(moonshot.OutputValidationError) as caught:
        _answering(content).chat.completions.parse(
            model=structured_model(), messages=ASK, response_format=tp
        )
    error = caught.value
    assert isinstance(error, moonshot.ValidationError)
    assert error.field == where, error.errors
    assert error.raw == content
    assert error.completion.id == "cmpl-x"


def test_types_without_an_mfjs_form_are_refused_before_sending(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    @dataclasses.dataclass
    class Bad:
        when: complex

    with pytest.raises(TypeError, match=r"Bad\.when"):
        client.chat.completions.parse(model=structured_model(), messages=ASK, response_format=Bad)
    with pytest.raises(TypeError, match="not a dataclass"):
        client.chat.completions.parse(model=structured_model(), messages=ASK, response_format=int)
    assert not server.requests


@pytest.mark.anyio
async def test_async_parse(aclient: moonshot.AsyncMoonshot) -> None:
    parsed = await aclient.chat.completions.parse(
        model=structured_model(), messages=ASK, response_format=CityAttrs
    )
    assert isinstance(parsed.choices[0].message.parsed, CityAttrs)
