"""scripts/normalize_spec.py keeps the meaning of every schema it rewrites.

The rewritten schemas are found by diffing the upstream document against its
normalised copy, so a new rewrite (or a new schema with a default) is covered
without editing this file. For each of them, the original and the normalised
schema must accept and reject exactly the same values: hand-picked ones,
random JSON values, and values drawn from each of the two schemas.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import _hypothesis_compat
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "normalize_spec.py"


def _load_normaliser() -> ModuleType:
    spec = importlib.util.spec_from_file_location("normalize_spec_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


normalize_spec = _load_normaliser()


# hypothesis-jsonschema 0.23.1 needs an adapter under the pinned hypothesis.
_hypothesis_compat.install()


# --- the two documents and what differs between them -----------------------------------------
ORIGINAL: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
NORMALISED: dict[str, Any] = normalize_spec.normalise(copy.deepcopy(ORIGINAL))
CHAT_BODY = "/paths/~1v1~1chat~1completions/post/requestBody/content/application~1json/schema"


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def resolve(doc: Any, pointer: str) -> Any:
    node = doc
    for part in pointer.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def resolve_normalised(pointer: str) -> Any:
    return resolve(NORMALISED, pointer)


def _same_shape(one: Any, two: Any) -> bool:
    """Equal scalars, or containers of the same kind (and length) to compare item by item."""
    if isinstance(one, dict) or isinstance(two, dict):
        return isinstance(one, dict) and isinstance(two, dict)
    if isinstance(one, list) or isinstance(two, list):
        return isinstance(one, list) and isinstance(two, list) and len(one) == len(two)
    return type(one) is type(two) and one == two


def changed_objects(before: Any, after: Any, pointer: str = "") -> Iterator[tuple[str, set[str]]]:
    """(pointer, keys) for every object with keys added, removed or given another value.

    Nested objects and lists of the same length are compared item by item, so a
    change is reported at the object that holds it.
    """
    if isinstance(before, dict) and isinstance(after, dict):
        shared = before.keys() & after.keys()
        keys = (set(before) ^ set(after)) | {
            k for k in shared if not _same_shape(before[k], after[k])
        }
        if keys:
            yield pointer, keys
        for key in sorted(shared - keys):
            yield from changed_objects(before[key], after[key], f"{pointer}/{_escape(key)}")
    elif isinstance(before, list) and isinstance(after, list):
        for index, (one, two) in enumerate(zip(before, after, strict=True)):
            if _same_shape(one, two):
                yield from changed_objects(one, two, f"{pointer}/{index}")
            else:
                yield f"{pointer}/{index}", {"<value>"}


CHANGES = dict(changed_objects(ORIGINAL, NORMALISED))
COMPONENTS = "/components/schemas"
# Components the normaliser added: union members hoisted out of their union.
ADDED_COMPONENTS = sorted(
    set(NORMALISED["components"]["schemas"]) - set(ORIGINAL["components"]["schemas"])
)
# Union members replaced by a reference to their hoisted copy.
HOISTED = sorted(
    p for p, keys in CHANGES.items() if "$ref" in keys and set(resolve_normalised(p)) == {"$ref"}
)
# Components that lost a colliding title (an annotation: no verdict changes).
UNTITLED = sorted(p for p, keys in CHANGES.items() if keys == {"title"})
# Operations only gain an operationId; every other changed object is a schema.
REWRITTEN = sorted(
    p
    for p, keys in CHANGES.items()
    if keys != {"operationId"} and p != COMPONENTS and p not in UNTITLED
)
CHANGED_COMPONENTS = sorted(
    {"/".join(p.split("/")[:4]) for p in REWRITTEN if p.startswith("/components/schemas/")}
)


def _bodies_referring_to(components: list[str]) -> set[str]:
    """Pointers of the request and response body schemas that $ref any of ``components``."""
    refs = [f'"#{name}"' for name in components]
    found = set()
    for path, item in ORIGINAL["paths"].items():
        for method in normalize_spec.HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            places = {"requestBody": op.get("requestBody", {})}
            places.update({f"responses/{code}": r for code, r in op["responses"].items()})
            for where, place in places.items():
                for media, body in place.get("content", {}).items():
                    if any(ref in json.dumps(body.get("schema", {})) for ref in refs):
                        pointer = (
                            f"/paths/{_escape(path)}/{method}/{where}/content/{_escape(media)}"
                        )
                        found.add(f"{pointer}/schema")
    return found


# Schemas that contain a rewrite: the component that holds it, the object holding a
# rewritten nullable enum (it has additionalProperties: false), and every request or
# response body that refers to a changed component.
CONTEXTS = sorted(
    set(CHANGED_COMPONENTS)
    | {p.rsplit("/properties/", 1)[0] for p in REWRITTEN if "oneOf" in CHANGES[p]}
    | _bodies_referring_to(CHANGED_COMPONENTS)
)
assert not set(CONTEXTS) & set(REWRITTEN)


NULLABLE_ENUMS = [p for p in REWRITTEN if {"type", "enum", "oneOf"} <= CHANGES[p]]


def _variant_models() -> dict[str, str]:
    """Chat request variant component pointer -> one model the discriminator maps to it."""
    mapping = resolve(ORIGINAL, CHAT_BODY)["discriminator"]["mapping"]
    return {ref[1:]: model for model, ref in reversed(list(mapping.items()))}


VARIANT_MODELS = _variant_models()
# Rewritten nullable enums inside a chat request variant (thinking.keep, say).
CHAT_NULLABLE_ENUMS = [p for p in NULLABLE_ENUMS if "/".join(p.split("/")[:4]) in VARIANT_MODELS]


def _parameter_defaults() -> list[str]:
    found = []
    for path, item in ORIGINAL["paths"].items():
        for method in normalize_spec.HTTP_METHODS:
            for index, param in enumerate(item.get(method, {}).get("parameters", [])):
                if "default" in param.get("schema", {}):
                    found.append(f"/paths/{_escape(path)}/{method}/parameters/{index}/schema")
    return found


def test_rewrites_found_include_every_kind_the_document_needs() -> None:
    for pointer in NULLABLE_ENUMS:
        assert (
            pointer.rsplit("/properties/", 1)[0] in CONTEXTS
            or pointer in CONTEXTS
            or ("/properties/" not in pointer)
        )
    if CHAT_NULLABLE_ENUMS:
        assert CHAT_BODY in CONTEXTS
    for pointer in _parameter_defaults():
        assert pointer in REWRITTEN  # a parameter's default
    for pointer in HOISTED:
        assert "/".join(pointer.split("/")[:4]) in CONTEXTS  # the union is checked whole
    for name in ADDED_COMPONENTS:
        assert f"{COMPONENTS}/{name}" not in CHANGES  # new, so not compared: its $ref is


def test_every_change_is_a_documented_rewrite() -> None:
    for pointer, keys in CHANGES.items():
        before, after = resolve(ORIGINAL, pointer), resolve(NORMALISED, pointer)
        if keys == {"operationId"}:
            assert pointer.count("/") == 3 and pointer.split("/")[1] == "paths", pointer
            assert "operationId" not in before and "operationId" in after
        elif keys == {"default"}:
            assert "default" in before and "default" not in after, pointer
        elif pointer == COMPONENTS:
            assert keys == set(ADDED_COMPONENTS)
        elif pointer in UNTITLED:
            assert pointer.count("/") == 3, pointer  # only whole components lose a title
            assert "title" in before and "title" not in after
        elif pointer in HOISTED:
            union = resolve(ORIGINAL, pointer.rsplit("/", 2)[0])
            assert pointer.count("/") == 5 and ("oneOf" in union or "anyOf" in union), pointer
            name = after["$ref"].rsplit("/", 1)[1]
            assert name in ADDED_COMPONENTS and name.startswith(pointer.split("/")[3])
            assert "title" not in NORMALISED["components"]["schemas"][name]
        else:
            assert keys - {"default"} == {"type", "enum", "oneOf"}, pointer
            assert "type" not in after and "enum" not in after, pointer
            assert "null" in before["type"] and None in before["enum"], pointer
            assert after["oneOf"][-1] == {"type": "null"}, pointer
            non_null = after["oneOf"][0]
            assert non_null["enum"] == [v for v in before["enum"] if v is not None], pointer
            assert "null" not in non_null["type"] and None not in non_null["enum"], pointer


@pytest.mark.parametrize("name", sorted(NORMALISED["components"]["schemas"]))
def test_normalised_component_schemas_are_valid_2020_12(name: str) -> None:
    Draft202012Validator.check_schema(NORMALISED["components"]["schemas"][name])


# --- validators over the whole document, so $refs resolve ------------------------------------
DOC_URI = "urn:moonshot:openapi"
DOCS = {"original": ORIGINAL, "normalised": NORMALISED}


@functools.cache
def validator(which: str, pointer: str) -> Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource(
        DOC_URI, DRAFT202012.create_resource(DOCS[which])
    )
    return Draft202012Validator(
        {"$ref": f"{DOC_URI}#{quote(pointer, safe='/~')}"}, registry=registry
    )


def verdicts(pointer: str, value: Any) -> tuple[bool, bool]:
    return (
        validator("original", pointer).is_valid(value),
        validator("normalised", pointer).is_valid(value),
    )


def assert_same_verdict(pointer: str, value: Any) -> None:
    original, normalised = verdicts(pointer, value)
    assert original == normalised, (
        f"{pointer}: original {'accepts' if original else 'rejects'} {value!r}, "
        f"normalised {'accepts' if normalised else 'rejects'} it"
    )


SETTINGS_EARLY = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much],
}


# --- hand-picked values -------------------------------------------------------------------------
def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def interesting_values(pointer: str) -> list[Any]:
    """Scalars that sit on the edges of a schema: its enums, defaults and bounds."""
    values: list[Any] = [None, True, False, 0, 1, -1, 0.5, 2.5, "", "all", "x", [], {}, ["a"]]
    for node in _walk(resolve(ORIGINAL, pointer)):
        enum = node.get("enum")
        values.extend(enum if isinstance(enum, list) else [])
        if "default" in node and not isinstance(node["default"], dict):
            values.append(node["default"])
        for bound in ("minimum", "maximum"):
            if isinstance(node.get(bound), int | float):
                values.extend([node[bound], node[bound] - 0.5, node[bound] + 0.5])
    return values


@pytest.mark.parametrize("pointer", [p for p in REWRITTEN if p not in HOISTED])
def test_rewritten_schema_gives_the_same_verdicts_on_edge_values(pointer: str) -> None:
    values = interesting_values(pointer)
    outcomes = {verdicts(pointer, value)[0] for value in values}
    assert outcomes == {True, False}, "the edge values should include both kinds"
    for value in values:
        assert_same_verdict(pointer, value)


def _nullable_enum_cases(pointer: str) -> list[tuple[Any, bool]]:
    enum = resolve(ORIGINAL, pointer)["enum"]
    listed = [v for v in enum if v is not None]
    cases: list[tuple[Any, bool]] = [(v, True) for v in listed] + [(None, True)]
    cases += [(v, False) for v in ("some-value-not-listed", "", 1, listed[:1]) if v not in enum]
    return cases


def _property_chain(pointer: str) -> list[str]:
    parts = pointer.split("/")
    return [parts[i + 1] for i, part in enumerate(parts[:-1]) if part == "properties"]


@pytest.mark.parametrize("pointer", CHAT_NULLABLE_ENUMS)
def test_nullable_enum_values_keep_their_verdicts(pointer: str) -> None:
    for value, accepted in _nullable_enum_cases(pointer):
        assert verdicts(pointer, value) == (accepted, accepted), value


@pytest.mark.parametrize("pointer", CHAT_NULLABLE_ENUMS)
@settings(max_examples=10, **SETTINGS_EARLY)
@given(data=st.data())
def test_nullable_enum_keeps_its_verdicts_in_its_object_and_the_request(
    pointer: str, data: st.DataObject
) -> None:
    value, accepted = data.draw(st.sampled_from(_nullable_enum_cases(pointer)))
    holder_pointer, name = pointer.rsplit("/properties/", 1)
    holder = data.draw(drawn_from("original", holder_pointer))
    holder[name] = value
    assert verdicts(holder_pointer, holder) == (accepted, accepted)
    chain = _property_chain(pointer)
    if len(chain) > 2:
        return  # deeper than a request field's own object: the holder's verdict says it
    model = VARIANT_MODELS["/".join(pointer.split("/")[:4])]
    request: dict[str, Any] = {"model": model, "messages": [{"role": "user", "content": "hi"}]}
    request[chain[0]] = holder if len(chain) == 2 else value
    assert verdicts(CHAT_BODY, request) == (accepted, accepted)
    assert verdicts("/".join(pointer.split("/")[:4]), request) == (accepted, accepted)


def test_the_comparison_catches_a_rewrite_that_changes_meaning() -> None:
    """A wrong split (null left out) must be told apart by the same check."""
    pointer = NULLABLE_ENUMS[0]
    broken = copy.deepcopy(NORMALISED)
    target = resolve(broken, pointer)
    target["oneOf"] = target["oneOf"][:1]
    registry: Registry[Any] = Registry().with_resource(DOC_URI, DRAFT202012.create_resource(broken))
    wrong = Draft202012Validator({"$ref": f"{DOC_URI}#{pointer}"}, registry=registry)
    assert validator("original", pointer).is_valid(None)
    assert not wrong.is_valid(None)


# --- generated values ---------------------------------------------------------------------------
def _property_names(pointer: str) -> list[str]:
    names = {
        name
        for node in _walk(resolve(ORIGINAL, pointer))
        if isinstance(node.get("properties"), dict)
        for name in node["properties"]
    }
    return sorted(names) or ["a"]


def json_values(pointer: str) -> st.SearchStrategy[Any]:
    """Random JSON, biased towards the schema's own property names and edge values."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=8)
        | st.sampled_from(interesting_values(pointer))
    )
    keys = st.sampled_from(_property_names(pointer)) | st.text(max_size=5)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=6),
        max_leaves=12,
    )


def _inline(doc: dict[str, Any], node: Any) -> Any:
    """The schema with every $ref replaced by its target (hypothesis-jsonschema wants no refs).

    Arrays are capped at two items: that only narrows which values are drawn, never
    which are valid, since every value is checked against the real schemas.
    """
    if isinstance(node, list):
        return [_inline(doc, item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return _inline(doc, resolve(doc, node["$ref"][1:]))
    out = {key: _inline(doc, value) for key, value in node.items()}
    if out.get("type") == "array":
        out["maxItems"] = min(out.get("maxItems", 2), 2)
    return out


@functools.cache
def drawn_from(which: str, pointer: str) -> st.SearchStrategy[Any]:
    return from_schema(_inline(DOCS[which], resolve(DOCS[which], pointer)))


SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much],
}


@pytest.mark.parametrize("pointer", REWRITTEN + CONTEXTS)
@settings(max_examples=30, **SETTINGS)
@given(data=st.data())
def test_same_verdict_on_random_json(pointer: str, data: st.DataObject) -> None:
    assert_same_verdict(pointer, data.draw(json_values(pointer)))


@pytest.mark.parametrize("which", sorted(DOCS))
@pytest.mark.parametrize("pointer", REWRITTEN)
@settings(max_examples=40, **SETTINGS)
@given(data=st.data())
def test_rewritten_schema_same_verdict_on_drawn_values(
    pointer: str, which: str, data: st.DataObject
) -> None:
    value = data.draw(drawn_from(which, pointer))
    assert validator(which, pointer).is_valid(value), "drawn value should fit its own schema"
    assert_same_verdict(pointer, value)


@pytest.mark.slow
@pytest.mark.parametrize("which", sorted(DOCS))
@pytest.mark.parametrize("pointer", CONTEXTS)
@settings(max_examples=12, **SETTINGS)
@given(data=st.data())
def test_enclosing_schema_same_verdict_on_drawn_values(
    pointer: str, which: str, data: st.DataObject
) -> None:
    value = data.draw(drawn_from(which, pointer))
    assert validator(which, pointer).is_valid(value), "drawn value should fit its own schema"
    assert_same_verdict(pointer, value)


# --- the script's other promises ----------------------------------------------------------------
def test_main_refuses_to_overwrite_its_source(tmp_path: Path) -> None:
    source = tmp_path / "openapi.json"
    source.write_text(json.dumps(ORIGINAL), encoding="utf-8")
    before = source.read_bytes()
    same_file_other_spelling = tmp_path / "sub" / ".." / "openapi.json"
    (tmp_path / "sub").mkdir()
    for target in (source, same_file_other_spelling):
        assert normalize_spec.main([str(source), str(target)]) == 2
    assert source.read_bytes() == before


def test_main_writes_the_normalised_document(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert normalize_spec.main([str(ROOT / "openapi.json"), str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == NORMALISED
    assert json.loads((ROOT / "openapi.json").read_text(encoding="utf-8")) == ORIGINAL


def test_output_is_deterministic_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "1", "12345"):
        target = tmp_path / f"out-{seed}.json"
        subprocess.run(
            [sys.executable, str(SCRIPT), str(ROOT / "openapi.json"), str(target)],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=60,
        )
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    again = normalize_spec.normalise(copy.deepcopy(ORIGINAL))
    assert json.dumps(again, indent=2, ensure_ascii=False) + "\n" == outputs[0].decode("utf-8")


def _op(summary: str, **extra: Any) -> dict[str, Any]:
    return {"summary": summary, "responses": {"200": {"description": "ok"}}, **extra}


def test_existing_operation_ids_are_kept_and_never_duplicated() -> None:
    doc = {
        "paths": {
            "/v1/things": {
                "get": _op("List Files", operationId="listThingsExplicitly"),
                "post": _op("Anything", operationId="list_things"),
            },
            "/v1/other": {"get": _op("List Things")},  # would derive "list_things"
        }
    }
    normalize_spec.normalise(doc)
    assert doc["paths"]["/v1/things"]["get"]["operationId"] == "listThingsExplicitly"
    assert doc["paths"]["/v1/things"]["post"]["operationId"] == "list_things"
    derived = doc["paths"]["/v1/other"]["get"]["operationId"]
    assert derived.startswith("list_things") and derived != "list_things"

    upstream = copy.deepcopy(ORIGINAL)
    upstream["paths"]["/v1/files"]["post"]["operationId"] = "uploadAFile"
    normalize_spec.normalise(upstream)
    assert upstream["paths"]["/v1/files"]["post"]["operationId"] == "uploadAFile"


def test_drops_default_annotations_but_not_things_named_default() -> None:
    doc = {
        "components": {
            "schemas": {
                "Settings": {
                    "type": "object",
                    "default": {},
                    "required": ["default"],
                    "properties": {
                        "default": {"type": "string", "default": "x"},
                        "nested": {
                            "type": "object",
                            "properties": {"default": {"type": "integer"}},
                        },
                    },
                }
            }
        },
        "paths": {
            "/v1/settings": {
                "get": _op(
                    "Get Settings",
                    responses={
                        "default": {
                            "description": "any other status",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "default": {"a": 1}}
                                }
                            },
                        }
                    },
                )
            }
        },
    }
    normalize_spec.normalise(doc)
    settings_schema = doc["components"]["schemas"]["Settings"]
    assert "default" not in settings_schema
    assert settings_schema["required"] == ["default"]
    assert settings_schema["properties"]["default"] == {"type": "string"}
    assert settings_schema["properties"]["nested"]["properties"] == {"default": {"type": "integer"}}
    responses = doc["paths"]["/v1/settings"]["get"]["responses"]
    assert list(responses) == ["default"]  # the "default" response stays
    assert responses["default"]["content"]["application/json"]["schema"] == {"type": "object"}


def _member(kind: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"type": {"type": "string", "enum": [kind]}, "inner": {"type": "object"}},
        "required": ["type"],
        **extra,
    }


def test_inline_members_of_a_component_union_move_to_components_of_their_own() -> None:
    event = {
        "oneOf": [
            _member("start", title="start"),
            {"$ref": "#/components/schemas/Other"},
            _member("anonymous"),
            {"type": "string"},  # not an object: stays inline
        ],
        "description": "kept",
    }
    doc = {
        "components": {
            "schemas": {
                "Event": copy.deepcopy(event),
                "EventStart": {"type": "integer"},  # the natural name is taken
                "Other": {"type": "object"},
            }
        }
    }
    normalize_spec.normalise(doc)
    schemas = doc["components"]["schemas"]
    members = schemas["Event"]["oneOf"]
    assert members[0] == {"$ref": "#/components/schemas/EventStart_"}
    assert members[1] == {"$ref": "#/components/schemas/Other"}
    assert members[2] == {"$ref": "#/components/schemas/EventOption2"}
    assert members[3] == {"type": "string"}
    assert schemas["Event"]["description"] == "kept"
    assert schemas["EventStart"] == {"type": "integer"}
    expected_start = {k: v for k, v in event["oneOf"][0].items() if k != "title"}
    assert schemas["EventStart_"] == expected_start
    assert schemas["EventOption2"] == event["oneOf"][2]


def test_unions_inside_properties_stay_inline() -> None:
    holder = {"type": "object", "properties": {"block": {"oneOf": [_member("a", title="a")]}}}
    doc = {"components": {"schemas": {"Holder": copy.deepcopy(holder)}}}
    normalize_spec.normalise(doc)
    assert doc["components"]["schemas"] == {"Holder": holder}


def test_titles_two_components_share_are_dropped_unique_ones_kept() -> None:
    doc = {
        "components": {
            "schemas": {
                "InputMessage": {"title": "Message", "type": "object"},
                "OutputMessage": {"title": "message", "type": "object"},  # same class name
                "Message": {"type": "object"},  # a key the titles also collided with
                "FancyRequest": {"title": "kimi-k9", "type": "object"},
                "OtherRequest": {"title": "Kimi K9", "type": "object"},
                "Unique": {"title": "Something Else", "type": "object"},
            }
        }
    }
    normalize_spec.normalise(doc)
    schemas = doc["components"]["schemas"]
    for key in ("InputMessage", "OutputMessage", "FancyRequest", "OtherRequest"):
        assert "title" not in schemas[key], key
    assert schemas["Unique"]["title"] == "Something Else"


def test_a_title_colliding_only_with_another_key_is_dropped() -> None:
    doc = {"components": {"schemas": {"Message": {"type": "object"}, "Item": {"title": "Message"}}}}
    normalize_spec.normalise(doc)
    assert doc["components"]["schemas"] == {"Message": {"type": "object"}, "Item": {}}
