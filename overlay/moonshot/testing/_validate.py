"""Request checks against the API document, as the server answers them (400 + message)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._openapi.chat_request import _stop_errors, chat_catalog
from .._openapi.document import component, operation, spec_checker
from .._openapi.page_parameters import fixed_for, fixed_parameter_problems
from ._catalog import is_thinking, model_ids
from ._errors import ServerError
from ._page_models import PageModel, page_model
from ._tokens import count_messages

__all__ = [
    "check_batch_create",
    "check_chat",
    "check_estimate",
    "check_signature_request",
    "parse_window",
]

_WINDOW = re.compile(r"^(\d+)([hd])$")


def _reject(what: str, problems: list[str]) -> None:
    if problems:
        raise ServerError(400, f"Invalid request: {what}: " + "; ".join(problems))


def check_chat(body: Any) -> None:
    """Raise a 400 ServerError unless ``body`` is a valid chat request for its model."""
    if not isinstance(body, Mapping):
        raise ServerError(400, "Invalid request: the body must be a JSON object")
    catalog = chat_catalog()
    model = body.get(catalog.discriminator)
    if not isinstance(model, str):
        _reject("chat request", [f"{catalog.discriminator}: required field is missing"])
        return
    variant = catalog.by_model.get(model)
    page = page_model(model) if variant is None else None
    if variant is not None:
        problems = catalog.checker.errors(catalog.schema_of(variant), body)
    elif page is not None:  # served, though the document no longer lists it
        problems = catalog.checker.errors(catalog.base_schema, body) + page.problems(body)
    else:
        allowed = ", ".join(model_ids())
        raise ServerError(
            404,
            f"Not found the model {model} or Permission denied; known models: {allowed}",
            type_="resource_not_found_error",
        )
    fixed = fixed_for(model)  # the models page's fixed values, documented model or not
    if fixed is not None:
        problems += fixed_parameter_problems(model, body, fixed)
    if catalog.stop_max_bytes is not None and "stop" in body:
        problems += _stop_errors(body["stop"], catalog.stop_max_bytes)
    messages = body.get("messages")
    if isinstance(messages, list) and not messages:
        problems.append("messages: must not be empty")
    _reject(f"chat request for model {model!r}", problems)
    if isinstance(messages, list):
        check_tool_turns(messages, thinking_enabled(model, body.get("thinking")))
        if page is not None:
            _check_context(page, messages, body.get("tools"))


def _check_context(page: PageModel, messages: list[Any], tools: Any) -> None:
    """The pages: a model's output is at most its context window minus the prompt, so a
    prompt larger than the window is refused."""
    prompt = count_messages(messages, tools if isinstance(tools, list) else None)
    if prompt > page.context_length:
        raise ServerError(
            400,
            f"Invalid request: Your request exceeded model token limit: {page.context_length} "
            f"(the prompt has {prompt} tokens)",
        )


def thinking_enabled(model: str, thinking: Any) -> bool:
    """Thinking switched on or off by the request, else the model's default: the same
    rule the assistant answers by (the thinking guide: kimi-k2.6 "Thinking is enabled
    by default"), so a turn this server answered with reasoning must bring it back."""
    if isinstance(thinking, Mapping) and thinking.get("type") in ("enabled", "disabled"):
        return thinking.get("type") == "enabled"
    return is_thinking(model, thinking)


def check_tool_turns(messages: list[Any], thinking: bool) -> None:
    """The API's checks on a tool loop sent back: every ``role: tool`` answers a call id
    an earlier assistant turn made, and with thinking enabled every assistant turn that
    calls tools keeps its ``reasoning_content`` (Kimi's most reported 400)."""
    called: set[Any] = set()
    for index, message in enumerate(messages):
        if not isinstance(message, Mapping):
            continue
        calls = message.get("tool_calls")
        if message.get("role") == "assistant" and calls:
            if thinking and "reasoning_content" not in message:
                raise ServerError(
                    400,
                    "thinking is enabled but reasoning_content is missing in assistant tool "
                    f"call message at index {index}",
                )
            called.update(c.get("id") for c in calls if isinstance(c, Mapping))
        if message.get("role") == "tool" and message.get("tool_call_id") not in called:
            raise ServerError(
                400,
                f"Invalid request: messages[{index}].tool_call_id "
                f"{message.get('tool_call_id')!r} is not found in the preceding tool calls",
            )


def check_estimate(body: Any) -> None:
    """Raise a 400 ServerError unless ``body`` is a valid EstimateTokenRequest."""
    schema = component("EstimateTokenRequest")
    model = body.get("model") if isinstance(body, Mapping) else None
    if isinstance(model, str) and page_model(model) is not None:
        # A model the pages say is served: the document's enum predates or omits it.
        properties = {**schema.get("properties", {}), "model": {"type": "string"}}
        schema = {**schema, "properties": properties}
    problems = spec_checker().errors(schema, body)
    _reject("token estimate request", problems)


def check_signature_request(body: Any) -> None:
    """Raise a 400 ServerError unless ``body`` is a valid signature verification request."""
    schema = operation("/v1/signatures/verify", "post")["requestBody"]
    checker = spec_checker()
    body_schema = checker.resolve(schema["content"]["application/json"]["schema"])
    problems = checker.errors(body_schema, body)
    _reject("signature verification request", problems + _int64_errors(body_schema, body))


def _int64_errors(schema: Mapping[str, Any], body: Any) -> list[str]:
    """Integer properties of ``format: int64`` hold a signed 64-bit value."""
    found = []
    for name, prop in schema.get("properties", {}).items():
        value = body.get(name) if isinstance(body, Mapping) else None
        if prop.get("format") != "int64" or not isinstance(value, int):
            continue
        if not -(2**63) <= value < 2**63:
            found.append(f"{name}: {value} does not fit in int64")
    return found


def parse_window(window: str) -> int | None:
    """``12h`` / ``3d`` in seconds; None if it is not in that form."""
    found = _WINDOW.match(window)
    if not found:
        return None
    return int(found.group(1)) * (3600 if found.group(2) == "h" else 86400)


def check_batch_create(body: Any) -> None:
    """Raise a 400 ServerError unless ``body`` is a valid BatchCreateRequest."""
    problems = spec_checker().errors(component("BatchCreateRequest"), body)
    _reject("batch request", problems)
    seconds = parse_window(str(body["completion_window"]))
    if seconds is None or not 12 * 3600 <= seconds <= 7 * 86400:
        _reject(
            "batch request",
            [
                f"completion_window: {body['completion_window']!r} is not allowed; "
                "use a duration such as 12h, 1d or 3d (minimum 12h, maximum 7d)"
            ],
        )
    metadata = body.get("metadata") or {}
    if len(metadata) > 16 or any(len(key) > 64 for key in metadata):
        _reject("batch request", ["metadata: at most 16 keys of at most 64 characters"])
