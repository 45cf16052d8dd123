"""Checks a raw HTTP request against ``openapi.json``, independently of the client's code.

``validate_request(method, path, headers, body, content_type)`` matches the path and
method to an operation of the upstream document, checks bearer auth, path and query
parameters, and the body (JSON with jsonschema Draft 2020-12, the chat body's ``oneOf``
resolved through its discriminator; multipart fields for uploads). It returns a
:class:`Verdict` listing violations as readable text.

Moonshot documents request shapes the upstream document lacks (the tool-use guide's
``role: "tool"`` messages with ``tool_call_id``, assistant ``tool_calls`` with no
``content``, ``reasoning_content`` for Preserved Thinking). A JSON body that fails the
upstream schema but passes a copy widened by exactly those shapes is accepted and the
shapes it relied on are listed in ``Verdict.extensions``. Nothing here imports the
``moonshot`` package: the check must not share code with what it checks.
"""

from __future__ import annotations

import copy
import email.parser
import email.policy
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.json"
# Operations Moonshot documents on its pages only (the official tools), merged into the
# document the client covers; see scripts/normalize_spec.py.
EXTENSIONS_DIR = SPEC_PATH.parent / "scripts" / "spec_extensions"
_SPEC_URI = "urn:moonshot:openapi"
_BEARER = re.compile(r"^Bearer [^\s]+$")

#: The documented request shapes beyond the upstream document (see module docstring).
DOCUMENTED_EXTENSIONS = {
    "tool role": "messages[].role 'tool' with tool_call_id (tool-use guide)",
    "tool_calls": "assistant messages[].tool_calls, content null or absent (tool-use guide)",
    "reasoning_content": "assistant messages[].reasoning_content (Preserved Thinking)",
}


@dataclass(frozen=True)
class SpecOperation:
    """One method + path template of the document."""

    method: str
    template: str
    spec: Mapping[str, Any]
    pointer: str  # JSON pointer of the operation object inside the document

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"


@dataclass
class Verdict:
    """The outcome for one request: the operation it hit, violations, extensions relied on."""

    operation: str | None
    violations: list[str] = field(default_factory=list)
    extensions: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.violations

    def describe(self) -> str:
        where = self.operation or "(no operation)"
        return "\n".join(f"{where}: {violation}" for violation in self.violations)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    pattern = "".join(
        f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts if p
    )
    # A base URL may carry a path prefix (a gateway): whole segments, not a doubled first one.
    first = re.escape(template.strip("/").split("/", 1)[0])
    return re.compile(f"^(?:(?:/[^/]+)*(?<!/{first}))?{pattern}$")


def _where(error: SchemaError) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "(body)"


def _messages(errors: Iterable[SchemaError]) -> list[str]:
    out = []
    for error in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
        detail = error
        if error.context:  # oneOf/anyOf: name the closest branch's complaint too
            detail = best_match(error.context) or error
        text = f"{_where(error)}: {error.message}"
        if detail is not error:
            text += f" (closest: {_where(detail)}: {detail.message})"
        out.append(text)
    return out


def _widen(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` that also accepts :data:`DOCUMENTED_EXTENSIONS`, nothing more."""
    wide = copy.deepcopy(spec)
    message = wide["components"]["schemas"]["Message"]
    props = message["properties"]
    if "tool" not in props["role"]["enum"]:
        props["role"]["enum"] = [*props["role"]["enum"], "tool"]
    props["tool_call_id"] = {"type": "string"}
    props["reasoning_content"] = {"type": ["string", "null"]}
    props["tool_calls"] = {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["id", "type", "function"],
            "properties": {
                "id": {"type": "string"},
                "type": {"const": "function"},
                "index": {"type": "integer"},
                "function": {
                    "type": "object",
                    "required": ["name", "arguments"],
                    "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
                },
            },
        },
    }
    props["content"] = {"oneOf": [*props["content"]["oneOf"], {"type": "null"}]}
    message["required"] = [r for r in message["required"] if r != "content"]
    # content may only be left out by an assistant turn that calls tools, or a tool result.
    message["allOf"] = [
        {
            "if": {"not": {"required": ["content"]}},
            "then": {
                "anyOf": [
                    {"required": ["tool_calls"], "properties": {"role": {"const": "assistant"}}}
                ]
            },
        },
        {
            "if": {"required": ["role"], "properties": {"role": {"const": "tool"}}},
            "then": {"required": ["tool_call_id", "content"]},
        },
    ]
    return wide


def _extensions_used(body: Any) -> list[str]:
    used: set[str] = set()
    messages = body.get("messages") if isinstance(body, dict) else None
    for message in messages if isinstance(messages, list) else []:
        if not isinstance(message, dict):
            continue
        if message.get("role") == "tool" or "tool_call_id" in message:
            used.add("tool role")
        if "tool_calls" in message or message.get("content", "") is None:
            used.add("tool_calls")
        if "reasoning_content" in message:
            used.add("reasoning_content")
    return sorted(used)


class ContractValidator:
    """Validates requests against one OpenAPI document (see module docstring)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = dict(spec)
        self._registries = {
            "upstream": self._registry(self.spec),
            "documented": self._registry(_widen(self.spec)),
        }
        self._ops: list[tuple[re.Pattern[str], SpecOperation]] = []
        for template, item in self.spec.get("paths", {}).items():
            for method, op in item.items():
                if method.startswith("x-") or not isinstance(op, dict):
                    continue
                pointer = f"/paths/{_escape(template)}/{method}"
                operation = SpecOperation(method.upper(), template, op, pointer)
                self._ops.append((_template_regex(template), operation))

    @staticmethod
    def _registry(spec: Mapping[str, Any]) -> Registry[Any]:
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        return Registry().with_resource(_SPEC_URI, resource)

    def operations(self) -> list[SpecOperation]:
        """Every operation of the document."""
        return [op for _, op in self._ops]

    def match(self, method: str, path: str) -> tuple[SpecOperation, dict[str, str]] | None:
        """The operation ``method path`` hits, with its path parameters."""
        for regex, op in self._ops:
            found = regex.match(path)
            if found and op.method == method.upper():
                return op, found.groupdict()
        return None

    def _validator(self, pointer: str, flavour: str = "upstream") -> Draft202012Validator:
        schema = {"$ref": f"{_SPEC_URI}#{pointer}"}
        return Draft202012Validator(schema, registry=self._registries[flavour])

    def validate(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        body: bytes,
        content_type: str | None = None,
        query: str = "",
    ) -> Verdict:
        """Check one request; ``headers`` keys are matched case-insensitively."""
        found = self.match(method, path)
        if found is None:
            allowed = sorted(op.key for regex, op in self._ops if regex.match(path))
            hint = f" (path has: {', '.join(allowed)})" if allowed else ""
            return Verdict(None, [f"no operation {method.upper()} {path} in openapi.json{hint}"])
        op, params = found
        verdict = Verdict(op.key)
        lower = {k.lower(): v for k, v in headers.items()}
        content_type = content_type if content_type is not None else lower.get("content-type")
        self._check_auth(op, lower, verdict)
        self._check_accept(op, lower.get("accept"), verdict)
        self._check_parameters(op, params, query, verdict)
        self._check_body(op, body, content_type, verdict)
        return verdict

    def _check_auth(self, op: SpecOperation, headers: Mapping[str, str], verdict: Verdict) -> None:
        security = op.spec.get("security", self.spec.get("security", []))
        if not security:
            return
        schemes = self.spec.get("components", {}).get("securitySchemes", {})
        for requirement in security:
            for name in requirement:
                scheme = schemes.get(name, {})
                bearer = (
                    scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer"
                )
                if bearer and not _BEARER.match(headers.get("authorization", "")):
                    verdict.violations.append(
                        f"security {name}: Authorization must be 'Bearer <token>'"
                    )

    def _check_accept(self, op: SpecOperation, accept: str | None, verdict: Verdict) -> None:
        produced = {
            media.lower()
            for status, response in op.spec.get("responses", {}).items()
            if status.startswith("2")
            for media in response.get("content", {})
        }
        if not accept or not produced:
            return
        ranges = [r.split(";", 1)[0].strip().lower() for r in accept.split(",")]
        for media in produced:
            kind = media.split("/", 1)[0]
            if any(r in ("*/*", media, f"{kind}/*") for r in ranges):
                return
        media_types = ", ".join(sorted(produced))
        verdict.violations.append(f"Accept {accept!r} admits none of the answer's: {media_types}")

    def _check_parameters(
        self, op: SpecOperation, path_params: Mapping[str, str], query: str, verdict: Verdict
    ) -> None:
        given = dict(parse_qsl(query, keep_blank_values=True))
        for index, param in enumerate(op.spec.get("parameters", [])):
            name, where = param["name"], param["in"]
            value = path_params.get(name) if where == "path" else given.get(name)
            if where == "path" and value is not None:
                value = unquote(value)  # a path segment is percent-encoded (":" as %3A)
            if where not in ("path", "query"):
                continue
            if value is None:
                if param.get("required"):
                    verdict.violations.append(f"{where} parameter {name} is required")
                continue
            schema = param.get("schema", {})
            instance: Any = value
            if schema.get("type") == "integer":
                try:
                    instance = int(value)
                except ValueError:
                    problem = f"{where} parameter {name}: {value!r} is not an integer"
                    verdict.violations.append(problem)
                    continue
            pointer = f"{op.pointer}/parameters/{index}/schema"
            for problem in _messages(self._validator(pointer).iter_errors(instance)):
                verdict.violations.append(f"{where} parameter {name}: {problem}")

    def _check_body(
        self, op: SpecOperation, body: bytes, content_type: str | None, verdict: Verdict
    ) -> None:
        request_body = op.spec.get("requestBody")
        if request_body is None:
            if body:
                verdict.violations.append(f"operation takes no request body, got {len(body)} bytes")
            return
        if not body:
            if request_body.get("required"):
                verdict.violations.append("request body is required")
            return
        media = (content_type or "").split(";", 1)[0].strip().lower()
        content = request_body.get("content", {})
        if media not in content:
            verdict.violations.append(
                f"Content-Type {media or '(none)'} not accepted; allowed: {', '.join(content)}"
            )
            return
        pointer = f"{op.pointer}/requestBody/content/{_escape(media)}/schema"
        if media == "application/json":
            self._check_json(content[media]["schema"], pointer, body, verdict)
        elif media == "multipart/form-data":
            schema = content[media]["schema"]
            self._check_multipart(schema, pointer, body, content_type or "", verdict)

    def _check_json(
        self, schema: Mapping[str, Any], pointer: str, body: bytes, verdict: Verdict
    ) -> None:
        try:
            data = json.loads(body)
        except ValueError as exc:
            verdict.violations.append(f"body is not JSON: {exc}")
            return
        problems = self._json_problems(schema, pointer, data, "upstream")
        if problems and not self._json_problems(schema, pointer, data, "documented"):
            verdict.extensions.extend(_extensions_used(data))
            return
        verdict.violations.extend(problems)

    def _json_problems(
        self, schema: Mapping[str, Any], pointer: str, data: Any, flavour: str
    ) -> list[str]:
        discriminator = schema.get("discriminator")
        if discriminator and isinstance(data, dict):
            prop, mapping = discriminator["propertyName"], discriminator.get("mapping", {})
            value = data.get(prop)
            if value not in mapping:
                return [
                    f"{prop}: {value!r} is not a discriminator value; allowed: "
                    + ", ".join(mapping)
                ]
            # Name the variant's own complaints (a oneOf error alone says little).
            ref = mapping[value]
            variant = self._validator(ref.removeprefix("#"), flavour).iter_errors(data)
            problems = [f"{p} [variant {ref.rsplit('/', 1)[-1]}]" for p in _messages(variant)]
            if problems:
                return problems
        return _messages(self._validator(pointer, flavour).iter_errors(data))

    def _check_multipart(
        self,
        schema: Mapping[str, Any],
        pointer: str,
        body: bytes,
        content_type: str,
        verdict: Verdict,
    ) -> None:
        if "boundary=" not in content_type:
            verdict.violations.append("multipart Content-Type has no boundary")
            return
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        if not message.is_multipart() or message.defects:
            verdict.violations.append(f"malformed multipart body: {message.defects or 'no parts'}")
            return
        fields: dict[str, Any] = {}
        props = schema.get("properties", {})
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                verdict.violations.append("multipart part without a form field name")
                continue
            if name in fields:
                verdict.violations.append(f"multipart field {name} sent twice")
            filename = part.get_param("filename", header="content-disposition")
            if props.get(name, {}).get("format") == "binary":
                if filename is None:
                    verdict.violations.append(f"multipart field {name} must be a file part")
                fields[name] = "<binary>"
            else:
                payload = part.get_payload(decode=True)
                fields[name] = payload.decode("utf-8", "replace") if payload else ""
        verdict.violations.extend(
            f"multipart {p}" for p in _messages(self._validator(pointer).iter_errors(fields))
        )


def covered_document() -> dict[str, Any]:
    """``openapi.json`` plus the paths and schemas of ``scripts/spec_extensions/*.json``
    (read here, independently of the generator's merge, which refuses redefinitions)."""
    spec: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    for path in sorted(EXTENSIONS_DIR.glob("*.json")):
        extension = json.loads(path.read_text(encoding="utf-8"))
        spec.setdefault("paths", {}).update(extension.get("paths", {}))
        for kind, found in extension.get("components", {}).items():
            spec.setdefault("components", {}).setdefault(kind, {}).update(found)
    return spec


@cache
def default_validator() -> ContractValidator:
    """The validator for the repository's ``openapi.json`` and its extensions."""
    return ContractValidator(covered_document())


def validate_request(
    method: str,
    path: str,
    headers: Mapping[str, str],
    body: bytes,
    content_type: str | None = None,
    query: str = "",
) -> Verdict:
    """Check one raw request against ``openapi.json`` (see :class:`ContractValidator`)."""
    return default_validator().validate(method, path, headers, body, content_type, query)


def validate_werkzeug(request: Any) -> Verdict:
    """Check a request pytest-httpserver logged (a ``werkzeug.Request``)."""
    query = request.query_string.decode("latin-1")
    return validate_request(
        request.method, request.path, dict(request.headers), request.get_data(), None, query
    )
