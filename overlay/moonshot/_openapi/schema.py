"""A small JSON Schema checker for the keywords the API document uses.

It exists so the client can reject a bad request before sending it, with a message
that names the field, the value and what is allowed, without a runtime dependency on
a full JSON Schema library. Keywords it understands: ``$ref`` (local), ``allOf``,
``oneOf`` / ``anyOf``, ``type``, ``enum``, ``const``, ``minimum`` / ``maximum`` (and
the exclusive forms), ``minLength`` / ``maxLength``, ``pattern``, ``minItems`` /
``maxItems``, ``items``, ``properties``, ``required``, ``additionalProperties``,
``maxProperties``. Others are ignored, which can only let a value through, never
reject a valid one.

Each schema node is compiled once (:mod:`.schema_compile`) into one object that accepts
a valid value fast and words the problems of one it rejects.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from .schema_compile import CompiledSchema, compile_schema, describe_allowed, json_type_of

__all__ = ["CompiledSchema", "SchemaChecker", "describe_allowed", "json_type_of"]


class SchemaChecker:
    """Checks values against schemas of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._refs: dict[str, Mapping[str, Any]] = {}
        # Compiled nodes by the identity of their schema (each node keeps its schema, so
        # the id is not reused while it is here).
        # Published whole: a node being compiled (a schema that refers to itself is half
        # built for a while) is seen by no other thread until it is done.
        self._nodes: dict[int, CompiledSchema] = {}
        self._compiling = threading.Lock()
        self._refs_asked: list[Mapping[str, Any]] = []

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref`` chains to the schema they point at."""
        seen = 0
        while "$ref" in schema:
            schema = self._lookup(schema["$ref"])
            seen += 1
            if seen > 32:
                raise ValueError("circular $ref")
        return schema

    def _lookup(self, ref: str) -> Mapping[str, Any]:
        found = self._refs.get(ref)
        if found is None:
            found = self._refs[ref] = self._walk(ref)
        return found

    def _walk(self, ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, not {ref!r}")
        node: Any = self._document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        result: Mapping[str, Any] = node
        return result

    def merged_properties(self, schema: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
        """Every property a schema defines, through ``$ref`` and ``allOf``."""
        schema = self.resolve(schema)
        props: dict[str, Mapping[str, Any]] = {}
        for part in schema.get("allOf", ()):
            props.update(self.merged_properties(part))
        props.update(schema.get("properties", {}))
        return props

    def compiled(self, schema: Mapping[str, Any]) -> CompiledSchema:
        """The compiled node of ``schema`` (compiled on first use, then kept)."""
        found = self._nodes.get(id(schema))
        if found is not None:
            return found
        with self._compiling:
            nodes = dict(self._nodes)  # another thread may have compiled it meanwhile
            found = nodes.get(id(schema))
            if found is None:
                found = compile_schema(schema, self.resolve, nodes)
                if found.schema is not schema:  # a $ref: found by its own id too, kept alive
                    self._refs_asked.append(schema)
                    nodes[id(schema)] = found
                self._nodes = nodes
        return found

    def errors(self, schema: Mapping[str, Any], value: Any, path: str = "") -> list[str]:
        """Every problem with ``value``, each as '<path>: <what is wrong>'."""
        node = self._nodes.get(id(schema))  # inline: every request passes here
        if node is None:
            node = self.compiled(schema)
        if node.accepts(value):
            return []
        return node.explain(value, path)
