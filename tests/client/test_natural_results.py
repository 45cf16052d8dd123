"""What the typed views promise holds at run time, for every answer class of the document.

* Every attribute a view in ``typed_responses`` declares (``type``, ``bytes``,
  ``output_text``...) exists on the class ``moonshot.types`` gives under that name, and a
  plain name reads the generated attribute it stands for.
* Each ``oneOf`` member is read into the class its tag names (every tagged union the
  readers dispatch, and every Responses output item type of the document).
* ``output_text`` joins the text parts the document's tags name, and only those.
* One name is one class across ``moonshot``, ``moonshot.types`` and
  ``moonshot.types.requests``.
"""

from __future__ import annotations

import enum
import importlib
import keyword
import typing
from typing import Any

import moonshot
import moonshot.types
import moonshot.types.requests
import pytest
from moonshot._openapi import generated, model_patches, reader
from spec_facts import component, spec

READERS = generated.readers()
VIEWS = importlib.import_module("moonshot_openapi.typed_responses")
VIEW_NAMES = sorted(n for n in VIEWS.__all__ if isinstance(getattr(VIEWS, n), type))
TOLERANT = reader.reporter(False)


def _view_members(view: type) -> list[str]:
    return sorted(n for n, v in vars(view).items() if isinstance(v, property))


@pytest.mark.parametrize("name", VIEW_NAMES)
def test_what_each_view_declares_the_class_has(name: str) -> None:
    cls = getattr(moonshot.types, name)
    assert cls is getattr(generated.models(), name)  # the view is named as its class
    missing = [m for m in _view_members(getattr(VIEWS, name)) if not hasattr(cls, m)]
    assert not missing, f"{name} lacks {missing}"


def _plain_pairs() -> list[tuple[type, str, str]]:
    return [
        (cls, attr, key)
        for cls, pairs in READERS.FIELDS.items()
        for attr, key in pairs
        if attr != key and key.isidentifier() and not keyword.iskeyword(key)
    ]


def test_the_document_has_fields_with_builtin_names() -> None:
    """Says why the next test is empty on a document without ``type``/``object`` keys."""
    if not _plain_pairs():
        pytest.skip("no answer field of this document is spelt differently in Python")
    assert all(attr == key + "_" for _, attr, key in _plain_pairs())


@pytest.mark.parametrize(
    ("cls", "attr", "key"),
    _plain_pairs(),
    ids=[f"{c.__name__}.{k}" for c, _, k in _plain_pairs()],
)
def test_a_plain_name_reads_the_generated_attribute(cls: type, attr: str, key: str) -> None:
    built = generated.build(cls, {key: "as-sent"})
    generated_value = getattr(built, attr)
    plain = getattr(built, key)
    # The JSON value itself: the generated attribute's enum member reads as its str.
    expected = generated_value.value if isinstance(generated_value, enum.Enum) else generated_value
    assert plain is expected
    assert plain == "as-sent"
    assert not isinstance(plain, enum.Enum)
    assert key not in built.additional_properties


def _tag_of(cls: type, value: str) -> str:
    """The JSON key ``cls`` types as an enum of the one value ``value``."""
    hints = typing.get_type_hints(cls, localns=vars(generated.models()))
    for attr, key in READERS.FIELDS[cls]:
        for arg in typing.get_args(hints[attr]) or (hints[attr],):
            single = isinstance(arg, type) and issubclass(arg, enum.Enum) and len(arg) == 1
            if single and next(iter(arg)).value == value:
                return key
    raise AssertionError(f"{cls.__name__} has no field of the one value {value!r}")


def _tagged_members() -> list[tuple[str, str, type]]:
    """(dispatcher, tag value, class) of every union the readers tell apart by a tag."""
    by_builder = {builder: cls for cls, builder in READERS.BUILDERS.items()}
    return [
        (name[2:], value, by_builder[builder])
        for name, table in sorted(vars(READERS).items())
        if name.startswith("_D_u") and isinstance(table, dict)
        for value, builder in sorted(table.items())
    ]


@pytest.mark.parametrize(
    ("dispatcher", "value", "cls"),
    _tagged_members(),
    ids=[f"{d}-{v}" for d, v, _ in _tagged_members()],
)
def test_each_union_member_is_read_into_the_class_its_tag_names(
    dispatcher: str, value: str, cls: type
) -> None:
    key = _tag_of(cls, value)
    item = getattr(READERS, dispatcher)({key: value}, None, TOLERANT, "item")
    assert type(item) is cls
    assert getattr(item, key) == value


def _schema(name: str) -> dict[str, Any]:
    """The document's component ``name``; the test skips on a document without it (an
    older one: no Responses or Messages operation)."""
    if name not in spec()["components"]["schemas"]:
        pytest.skip(f"this document has no {name}")
    return dict(component(name))


def _output_item_types() -> list[str]:
    items = _schema("ResponsesResponse")["properties"]["output"]["items"]
    name = items["$ref"].rsplit("/", 1)[-1]
    members = spec()["components"]["schemas"][name]["oneOf"]
    found = []
    for member in members:
        target = spec()["components"]["schemas"][member["$ref"].rsplit("/", 1)[-1]]
        found += target["properties"]["type"]["enum"]
    return found


def test_every_responses_output_item_type_parses_into_its_own_class() -> None:
    kinds = _output_item_types()
    answer = generated.build(
        generated.ResponsesResponse, {"id": "r", "output": [{"type": k} for k in kinds]}
    )
    classes = [type(item) for item in answer.output]
    assert len(set(classes)) == len(kinds) >= 2  # one class per type, none a dict
    assert [item.type for item in answer.output] == kinds


def test_output_text_joins_the_text_parts_of_message_items_only() -> None:
    items, item_tag, parts, part_tag = model_patches.TEXT_PARTS["ResponsesResponse"]
    assert item_tag in _output_item_types()  # the tags are the document's
    other = next(k for k in _output_item_types() if k != item_tag)
    body = {
        items: [
            {"type": other, "summary": [{"type": "summary_text", "text": "no"}]},
            {"type": item_tag, parts: [{"type": part_tag, "text": "Hel"}, {"type": "x"}]},
            {"type": item_tag, parts: [{"type": part_tag, "text": "lo"}]},
            {"type": "an_item_type_from_the_future", "text": "no"},
        ]
    }
    answer = generated.build(generated.ResponsesResponse, body)
    assert answer.output_text == "Hello"
    assert generated.build(generated.ResponsesResponse, {}).output_text == ""


def test_output_text_of_a_message_joins_its_text_blocks() -> None:
    items, item_tag, parts, _ = model_patches.TEXT_PARTS["MessagesResponse"]
    assert parts is None
    content = _schema("MessagesResponse")["properties"][items]["items"]["oneOf"]
    kinds = [m["properties"]["type"]["enum"][0] for m in content]
    assert item_tag in kinds
    blocks = [{"type": k, "text": k.upper()} for k in kinds] + [{"type": item_tag, "text": "!"}]
    answer = generated.build(generated.MessagesResponse, {items: blocks})
    assert answer.output_text == item_tag.upper() + "!"


def test_one_name_is_one_class_across_the_public_modules() -> None:
    public = {n: getattr(moonshot, n) for n in moonshot.__all__ if n != "__version__"}
    types = {n: getattr(moonshot.types, n) for n in moonshot.types.__all__}
    requests = {n: getattr(moonshot.types.requests, n) for n in moonshot.types.requests.__all__}
    for name in public.keys() & types.keys():
        assert types[name] is public[name], name
    assert not (requests.keys() & (types.keys() | public.keys()))  # a request type is its own
    assert "ChatCompletionChunk" in types and "Message" in requests
    assert set(types) == {*VIEWS.__all__, *moonshot.types.CLIENT_RESULTS, "UNSET", "Unset"}


def test_a_stream_event_union_is_usable_with_isinstance() -> None:
    for name, members in READERS.STREAM_UNIONS.items():
        union: Any = getattr(moonshot.types, name)
        for cls in members:
            assert isinstance(generated.build(cls, {}), union)
