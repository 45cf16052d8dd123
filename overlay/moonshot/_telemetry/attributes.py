"""What a call's span says, read from its request body and its result (no OpenTelemetry here).

The request side maps body fields to ``gen_ai.request.*`` (:data:`REQUEST_FIELDS`); the
result side reads the three answer shapes the model operations give (chat completions,
Responses, Messages), from parsed models or plain dicts alike, skipping what is absent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._openapi import generated

__all__ = [
    "PROVIDER",
    "REQUEST_FIELDS",
    "Usage",
    "input_messages",
    "output_messages",
    "request_attributes",
    "result_attributes",
]

# gen_ai.provider.name, in the conventions' style (like "mistral_ai", "x_ai").
PROVIDER = "moonshot_ai"

# Request body field -> attribute; the first of several fields present wins.
REQUEST_FIELDS: dict[str, str] = {
    "max_tokens": "gen_ai.request.max_tokens",
    "max_completion_tokens": "gen_ai.request.max_tokens",
    "max_output_tokens": "gen_ai.request.max_tokens",
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "top_k": "gen_ai.request.top_k",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "seed": "gen_ai.request.seed",
    "stop": "gen_ai.request.stop_sequences",
    "stop_sequences": "gen_ai.request.stop_sequences",
    "n": "gen_ai.request.choice.count",
}

Usage = tuple[int | None, int | None]  # input tokens, output tokens


_UNSET: list[Any] = []  # the generated UNSET, looked up once


def _plain(value: Any) -> Any:
    """``value`` unless it is absent (None, the generated UNSET); enums as their value."""
    if not _UNSET:
        _UNSET.append(generated.UNSET)
    if value is None or value is _UNSET[0]:
        return None
    inner = getattr(value, "value", value)
    return inner if isinstance(inner, (str, int, float, bool, list)) else value


def field(obj: Any, name: str) -> Any:
    """``obj[name]`` or ``obj.name`` (or among its ``additional_properties``); None if absent."""
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        return _plain(obj.get(name))
    value = _plain(getattr(obj, name, None))
    if value is None:
        extra = getattr(obj, "additional_properties", None)
        if isinstance(extra, dict):
            value = _plain(extra.get(name))
    return value


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def request_attributes(body: Mapping[str, Any]) -> dict[str, Any]:
    """``gen_ai.request.*`` of what the call sets (the model is named apart)."""
    found: dict[str, Any] = {}
    for name, attribute in REQUEST_FIELDS.items():
        value = body.get(name)
        if value is None or attribute in found:
            continue
        if attribute == "gen_ai.request.stop_sequences":
            value = [value] if isinstance(value, str) else value
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                continue
        elif attribute == "gen_ai.request.choice.count" and value == 1:
            continue  # the conventions: only when it is not 1
        elif not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        found[attribute] = value
    if body.get("stream") is True:
        found["gen_ai.request.stream"] = True
    return found


def _finish_reasons(result: Any) -> list[str]:
    choices = field(result, "choices")
    if isinstance(choices, list):
        reasons = [field(choice, "finish_reason") for choice in choices]
        return [str(reason) for reason in reasons if reason is not None]
    for name in ("stop_reason", "status"):  # Messages, then Responses
        reason = field(result, name)
        if isinstance(reason, str):
            return [reason]
    return []


def result_attributes(result: Any) -> tuple[dict[str, Any], Usage]:
    """The ``gen_ai.response.*`` and ``gen_ai.usage.*`` attributes of a model result, with
    Kimi's cached and reasoning tokens also under ``moonshot.usage.*``; and its usage."""
    found: dict[str, Any] = {}
    response_id = field(result, "id")
    if isinstance(response_id, str):
        found["gen_ai.response.id"] = response_id
    model = field(result, "model")
    if isinstance(model, str):
        found["gen_ai.response.model"] = model
    reasons = _finish_reasons(result)
    if reasons:
        found["gen_ai.response.finish_reasons"] = reasons
    usage = field(result, "usage")
    if usage is None:
        return found, (None, None)
    # Chat names them prompt/completion; Responses and Messages input/output.
    inputs = _int(field(usage, "prompt_tokens"))
    if inputs is None:
        inputs = _int(field(usage, "input_tokens"))
    outputs = _int(field(usage, "completion_tokens"))
    if outputs is None:
        outputs = _int(field(usage, "output_tokens"))
    if inputs is not None:
        found["gen_ai.usage.input_tokens"] = inputs
    if outputs is not None:
        found["gen_ai.usage.output_tokens"] = outputs
    cached = _cached_tokens(usage)
    if cached is not None:
        found["gen_ai.usage.cache_read.input_tokens"] = cached
        found["moonshot.usage.cached_tokens"] = cached
    reasoning = _reasoning_tokens(usage)
    if reasoning is not None:
        found["gen_ai.usage.reasoning.output_tokens"] = reasoning
        found["moonshot.usage.reasoning_tokens"] = reasoning
    return found, (inputs, outputs)


def _cached_tokens(usage: Any) -> int | None:
    for value in (
        field(usage, "cached_tokens"),  # Kimi's chat usage
        field(field(usage, "prompt_tokens_details"), "cached_tokens"),
        field(field(usage, "input_tokens_details"), "cached_tokens"),  # Responses
        field(usage, "cache_read_input_tokens"),  # Messages
    ):
        if _int(value) is not None:
            return _int(value)
    return None


def _reasoning_tokens(usage: Any) -> int | None:
    for details in ("completion_tokens_details", "output_tokens_details"):
        value = _int(field(field(usage, details), "reasoning_tokens"))
        if value is not None:
            return value
    return None


def input_messages(body: Mapping[str, Any]) -> str | None:
    """The request's messages as JSON (only under the content opt-in)."""
    for name in ("messages", "input"):
        if name in body:
            return _json(body[name])
    return None


def output_messages(result: Any) -> str | None:
    """The answer's messages as JSON (only under the content opt-in)."""
    choices = field(result, "choices")
    if isinstance(choices, list):
        return _json([_as_dict(field(choice, "message")) for choice in choices])
    for name in ("content", "output"):  # Messages, Responses
        value = field(result, name)
        if isinstance(value, list):
            return _json([_as_dict(item) for item in value])
    return None


def _as_dict(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
