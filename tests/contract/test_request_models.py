"""Every chat request variant's generated model gives back the body it is built from.

The client sends the body its schema check passed, without building the variant's
generated model (``moonshot._openapi.request_body.CheckedBody``): that shortcut is sound
only while ``from_dict(body).to_dict() == body`` for every valid body. Bodies are drawn
from each variant's schema; a spec change that makes a model rewrite a value (a date,
a default filled in, a key dropped) fails here and means the shortcut must go.
"""

from __future__ import annotations

import json
from typing import Any

import _hypothesis_compat
import pytest
import spec_facts as facts
from chat_request_classes import request_class_of
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema
from moonshot._openapi.chat_request import chat_catalog, chat_request_body, prepare_chat_body

from ._prism import SPEC
from ._schemas import inline_refs

MODEL = facts.plain_model()

_hypothesis_compat.install()

SPEC_DOC = json.loads(SPEC.read_text(encoding="utf-8"))
VARIANTS = chat_catalog().variants
# Message contents are long unions; a handful of messages is enough to reach every branch.
_SMALLER = {"messages": {"maxItems": 3}, "tools": {"maxItems": 2}}


def _variant_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = inline_refs(SPEC_DOC["components"]["schemas"][name], SPEC_DOC)
    for part in [schema, *schema.get("allOf", [])]:
        for field, limit in _SMALLER.items():
            if field in part.get("properties", {}):
                part["properties"][field] = {**part["properties"][field], **limit}
    return schema


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.schema_name for v in VARIANTS])
def test_generated_request_model_gives_back_the_checked_body(variant: Any) -> None:
    request_class = request_class_of(variant.models)
    assert request_class is not None

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(body=from_schema(_variant_schema(variant.schema_name)))
    def round_trip(body: dict[str, Any]) -> None:
        assert request_class.from_dict(body).to_dict() == body

    round_trip()


def test_the_body_sent_is_the_body_checked() -> None:
    messages = [{"role": "user", "content": "hi"}]
    body = prepare_chat_body(MODEL, messages, {"max_completion_tokens": 9})
    kwargs = chat_request_body().kwargs(body)
    assert kwargs["json"] == {
        "model": MODEL,
        "messages": messages,
        "max_completion_tokens": 9,
    }
    assert kwargs["url"] == "/v1/chat/completions"
    assert kwargs["method"] == "post"
