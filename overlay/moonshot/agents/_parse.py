"""``client.chat.completions.parse(..., response_format=T)``: structured outputs as T.

``T`` is a dataclass, a TypedDict, an attrs class or a pydantic model (pydantic is not a
dependency: a model is recognised by its ``model_fields``). The ``json_schema`` response
format is built from ``T`` (MFJS-valid, see ``_types``), and each choice's text is read
back into ``T``: cut off by ``finish_reason: "length"`` raises
:class:`LengthFinishReasonError`; text that is not JSON, or JSON that does not fit ``T``,
raises :class:`OutputValidationError` naming where, with the raw text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._errors import LengthFinishReasonError, OutputValidationError
from .._openapi.mfjs import schema_problems
from ._types import Mismatch, SchemaBuilder, convert, is_model_class

if TYPE_CHECKING:
    from .._openapi.answers import ChatCompletionMessage, ChatCompletionResponse

__all__ = [
    "LengthFinishReasonError",
    "OutputValidationError",
    "ParsedChatCompletion",
    "ParsedChoice",
    "ParsedMessage",
    "parse_completion",
    "response_format_for",
]

T = TypeVar("T")


@dataclass
class ParsedMessage(Generic[T]):
    """An assistant message with ``parsed``, the output as ``T``; other attributes
    (``role``, ``reasoning_content``, ``tool_calls``...) are the received message's."""

    parsed: T
    content: str
    raw: ChatCompletionMessage

    def __getattr__(self, name: str) -> Any:
        if name == "raw":
            raise AttributeError(name)
        return getattr(self.raw, name)


@dataclass
class ParsedChoice(Generic[T]):
    """One choice of a :class:`ParsedChatCompletion`: its message carries ``parsed``."""

    index: int
    finish_reason: str
    message: ParsedMessage[T]


@dataclass
class ParsedChatCompletion(Generic[T]):
    """The completion with each choice's output read as ``T``; ``completion`` is the
    received one, and its other attributes (``id``, ``model``, ``usage``...) read through."""

    choices: list[ParsedChoice[T]]
    completion: ChatCompletionResponse

    def __getattr__(self, name: str) -> Any:
        if name == "completion":
            raise AttributeError(name)
        return getattr(self.completion, name)


def response_format_for(tp: type[Any]) -> dict[str, Any]:
    """The ``json_schema`` response format for ``tp``; TypeError if ``tp`` has no MFJS form."""
    if not is_model_class(tp):
        raise TypeError(
            f"response_format: {tp!r} is not a dataclass, TypedDict, attrs class or pydantic "
            "model; pass a dict for a hand-written response format to create()"
        )
    builder = SchemaBuilder(root=tp)
    schema = builder.document(builder.class_schema(tp, tp.__name__))
    problems = schema_problems(schema, "lite", path=f"{tp.__name__} schema")
    if problems:
        raise TypeError("; ".join(problems))
    return {"type": "json_schema", "json_schema": {"name": tp.__name__, "schema": schema}}


def parse_completion(completion: ChatCompletionResponse, tp: type[T]) -> ParsedChatCompletion[T]:
    """Read every choice's output as ``tp``; raises as the module docs say."""
    choices: list[ParsedChoice[T]] = []
    received = completion.choices if isinstance(completion.choices, list) else []
    for choice in received:
        finish = getattr(choice.finish_reason, "value", choice.finish_reason)
        if finish == "length":
            raise LengthFinishReasonError(completion)
        message = choice.message
        content = getattr(message, "content", None)
        raw = content if isinstance(content, str) else ""
        where = f"choices[{choice.index}]: " if len(received) > 1 else ""
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            problem = f"{where}output: not JSON ({error.msg} at character {error.pos})"
            raise OutputValidationError(
                f"the output is not valid JSON for {tp.__name__}: {problem}",
                problems=[problem],
                raw=raw,
                completion=completion,
            ) from error
        try:
            parsed = convert(value, tp)
        except Mismatch as mismatch:
            problems = [where + p for p in mismatch.problems]
            raise OutputValidationError(
                f"the output does not fit {tp.__name__}: " + "; ".join(problems),
                problems=problems,
                raw=raw,
                completion=completion,
            ) from None
        choices.append(
            ParsedChoice(
                index=choice.index,
                finish_reason=choice.finish_reason,
                message=ParsedMessage(parsed=parsed, content=raw, raw=message),
            )
        )
    return ParsedChatCompletion(choices=choices, completion=completion)
