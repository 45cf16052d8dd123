"""Answers the document allows, then changed the way the live API changes them.

A mutation drops a key, nulls a value, gives a value another JSON type or adds a key,
at any depth of the body (the body itself stays a JSON object: an answer of another
top-level type is not a result, it is ``APIResponseValidationError``).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
ADDED_KEY = "x_added_by_a_newer_api"
# One value of each JSON type: a retyped value takes one whose type differs.
SAMPLES: tuple[Any, ...] = ("text", 7, 2.5, True, [1, "a"], {"k": "v"})
KINDS = ("drop", "null", "retype", "add")

# Outcomes of every replayed answer, printed at the end of the session (conftest.py).
COUNTS: Counter[str] = Counter()


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


Location = tuple[Any, Any]  # (container, key or index)


def locations(body: Any) -> list[Location]:
    """Every (container, key) of ``body``, depth first."""
    found: list[Location] = []
    stack = [body]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            found.append((node, key))
            if isinstance(value, dict | list):
                stack.append(value)
    return found


def objects(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Every JSON object of ``body``, itself included."""
    found = [body]
    found += [c[k] for c, k in locations(body) if isinstance(c[k], dict)]
    return found


@st.composite
def mutated(draw: st.DrawFn, valid: st.SearchStrategy[Any]) -> tuple[Any, list[str]]:
    """A body drawn from ``valid`` with one to three mutations, and their kinds."""
    body = copy.deepcopy(draw(valid))
    kinds = []
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        kind = draw(st.sampled_from(KINDS))
        spots = locations(body)
        if kind == "add" or (kind == "drop" and not any(isinstance(c, dict) for c, _ in spots)):
            target = draw(st.sampled_from(objects(body)))
            target[ADDED_KEY] = draw(st.sampled_from(SAMPLES))
            kinds.append("add")
            continue
        if kind == "drop":
            container, key = draw(st.sampled_from([s for s in spots if isinstance(s[0], dict)]))
            del container[key]
        elif not spots:
            continue
        elif kind == "null":
            container, key = draw(st.sampled_from(spots))
            container[key] = None
        else:
            container, key = draw(st.sampled_from(spots))
            was = _json_type(container[key])
            container[key] = copy.deepcopy(
                draw(st.sampled_from([s for s in SAMPLES if _json_type(s) != was]))
            )
        kinds.append(kind)
    return body, kinds
