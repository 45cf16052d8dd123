"""What the third-party SDK tests share: the key and the document's models per operation."""

from __future__ import annotations

from typing import Any

import spec_facts as facts

KEY = "sk-third-party-SENTINEL"


def operation_model(path: str) -> str:
    """A model ``POST path`` takes: its request's ``model`` enum, else a chat model."""
    content = facts.spec()["paths"][path]["post"]["requestBody"]["content"]
    schema = facts.catalog().checker.resolve(content["application/json"]["schema"])
    props = facts.catalog().checker.merged_properties(schema)
    model: dict[str, Any] = facts.catalog().checker.resolve(props.get("model", {}))
    listed = model.get("enum") or [model.get("default") or facts.plain_model()]
    return str(listed[0])


def has_operation(method: str, path: str) -> bool:
    return any(m == method and p == path for m, p, _ in facts.operations())
