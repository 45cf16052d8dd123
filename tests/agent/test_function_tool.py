"""Tool declarations from Python signatures and docstrings, and arguments back to Python."""

from __future__ import annotations

import dataclasses
import enum
from typing import Annotated, Any, Literal, Optional, TypedDict

import moonshot
import pytest
from moonshot.agents import function_tool


class Unit(enum.Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


@dataclasses.dataclass
class Place:
    """A place on earth."""

    city: str
    country: str | None = None


class Window(TypedDict):
    days: int
    hours: list[int]


def forecast(
    place: Place,
    unit: Unit,
    window: Window,
    detail: Literal["short", "long"] = "short",
    tags: Annotated[list[str], "Labels to attach"] = (),  # type: ignore[assignment]
    limit: Optional[int] = None,  # noqa: UP045 - the Optional spelling on purpose
) -> str:
    """Forecast the weather somewhere.

    Args:
        place: Where to forecast.
        unit: The temperature unit.
        window (Window): How far ahead,
            in days and hours.
    """
    return f"{place.city} {unit.value} {window['days']}"


def test_schema_from_signature_and_google_docstring() -> None:
    tool = function_tool(forecast)
    declaration = tool.declaration()
    assert declaration["type"] == "function"
    function = declaration["function"]
    assert function["name"] == "forecast"
    assert function["description"] == "Forecast the weather somewhere."
    params = function["parameters"]
    props = params["properties"]
    assert params["required"] == ["place", "unit", "window"]
    assert props["place"] == {"$ref": "#/$defs/Place", "description": "Where to forecast."}
    assert props["unit"] == {
        "type": "string",
        "enum": ["celsius", "fahrenheit"],
        "description": "The temperature unit.",
    }
    assert props["window"]["description"] == "How far ahead, in days and hours."
    assert props["detail"] == {"type": "string", "enum": ["short", "long"]}
    assert props["tags"] == {
        "type": "array",
        "items": {"type": "string"},
        "description": "Labels to attach",
    }
    assert props["limit"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert params["$defs"]["Place"]["description"] == "A place on earth."
    assert params["$defs"]["Window"]["properties"]["hours"] == {
        "type": "array",
        "items": {"type": "integer"},
    }
    moonshot.check_schema(params, level="strict")


def test_sphinx_and_numpy_docstrings() -> None:
    def sphinx(query: str, limit: int = 5) -> list[str]:
        """Search the archive.

        :param query: What to look for,
            in plain words.
        :param int limit: How many results.
        :returns: titles
        """
        return []

    def numpy(query: str) -> list[str]:
        """Search the archive.

        Parameters
        ----------
        query : str
            What to look for.

        Returns
        -------
        list
        """
        return []

    props = function_tool(sphinx).parameters["properties"]
    assert props["query"]["description"] == "What to look for, in plain words."
    assert props["limit"]["description"] == "How many results."
    assert function_tool(numpy).parameters["properties"]["query"]["description"] == (
        "What to look for."
    )


def test_arguments_become_python_values() -> None:
    tool = function_tool(forecast)
    kwargs = tool.arguments(
        '{"place": {"city": "Oslo"}, "unit": "celsius", "window": {"days": 2, "hours": [6]},'
        ' "tags": ["a"]}'
    )
    assert kwargs["place"] == Place("Oslo")
    assert kwargs["unit"] is Unit.CELSIUS
    assert kwargs["window"] == {"days": 2, "hours": [6]}
    assert forecast(**kwargs) == "Oslo celsius 2"


def test_bad_arguments_name_every_problem() -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        function_tool(forecast).arguments(
            '{"place": {"town": "Oslo"}, "unit": "kelvin", "window": {"days": "2", "hours": []}}'
        )
    problems = caught.value.errors
    assert "place.town: unknown field; fields: city, country" in problems
    assert "place.city: required field is missing" in problems
    assert any(p.startswith("unit: 'kelvin' is not one of") for p in problems)
    assert any(p.startswith("window.days: expected an integer") for p in problems)


def test_name_and_description_can_be_given() -> None:
    def echo(city: str) -> str:
        """Ignored summary."""
        return city

    tool = function_tool(echo, name="echo_city", description="Echo")
    assert tool.declaration()["function"]["name"] == "echo_city"
    assert tool.declaration()["function"]["description"] == "Echo"


@pytest.mark.parametrize(
    ("function", "fragment"),
    [
        (lambda city: city, "needs a name"),
        (lambda: None, "needs a name"),
    ],
)
def test_unnamed_functions_are_refused(function: Any, fragment: str) -> None:
    with pytest.raises(TypeError, match=fragment):
        function_tool(function)


def test_unannotated_and_unsupported_parameters_are_refused() -> None:
    def untyped(city):  # type: ignore[no-untyped-def]
        return city

    def odd(value: complex) -> None:
        return None

    def mixed(value: Literal["a", 1]) -> None:
        return None

    with pytest.raises(TypeError, match=r"untyped\.city: annotate"):
        function_tool(untyped)
    with pytest.raises(TypeError, match=r"odd\.value: .*complex"):
        function_tool(odd)
    with pytest.raises(TypeError, match="must not mix strings and numbers"):
        function_tool(mixed)


def test_async_functions_are_tools() -> None:
    async def lookup(code: str) -> str:
        """Look a code up."""
        return code

    tool = function_tool(lookup)
    assert tool.is_async
    assert tool.declaration()["function"]["parameters"]["required"] == ["code"]
