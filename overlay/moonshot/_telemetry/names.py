"""The ``gen_ai.operation.name`` of each request, read from the API document.

The model operations are GenAI operations (:data:`GENAI_OPERATIONS`, by path); every
other operation of the document is named after its summary, snake-cased as the
generated module is (``upload_file``, ``list_batches``, ``web_search_basic``...).
A path the document does not list is named by its HTTP method.
"""

from __future__ import annotations

import functools
import re

__all__ = ["GENAI_OPERATIONS", "operation_name", "operation_names"]

# Document path -> gen_ai.operation.name, for the operations that run a model.
GENAI_OPERATIONS: dict[str, str] = {
    "/v1/chat/completions": "chat",
    "/v1/responses": "chat",
    "/anthropic/v1/messages": "chat",
}

_KEPT = 256
_seen: dict[tuple[str, str], tuple[str, bool]] = {}


def _snake(text: str) -> str:
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))


@functools.cache
def operation_names() -> list[tuple[str, re.Pattern[str], str, str]]:
    """(method, path pattern, document path, name) of every operation in the document."""
    from .._openapi.document import load_spec  # the document is parsed on first use only

    found = []
    for path, item in load_spec().get("paths", {}).items():
        pattern = re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + r"\Z")
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            name = GENAI_OPERATIONS.get(path) or _snake(
                str(operation.get("operationId") or operation.get("summary") or "")
            )
            found.append((method.upper(), pattern, path, name or method.lower()))
    return found


def operation_name(method: str, path: str) -> tuple[str, bool]:
    """The operation name of ``method path`` and whether it is a GenAI (model) operation."""
    key = (method, path)
    found = _seen.get(key)
    if found is None:
        found = (method.lower(), False)
        for known_method, pattern, document_path, name in operation_names():
            if known_method == method and pattern.match(path):
                found = (name, document_path in GENAI_OPERATIONS)
                break
        if len(_seen) >= _KEPT:
            _seen.clear()
        _seen[key] = found
    return found
