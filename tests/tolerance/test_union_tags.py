"""A union member is chosen by its tag only when the tag is a string: any other JSON value
there (a list is unhashable, a number names no member) is kept as received, never raised."""

from __future__ import annotations

from typing import Any

import pytest
from moonshot._openapi import generated, reader

READERS = generated.readers()
# Each generated union dispatcher with a tag table (``_u7`` and its ``_D_u7``).
DISPATCHERS = sorted(
    name
    for name in vars(READERS)
    if name.startswith("_u") and isinstance(getattr(READERS, f"_D{name}", None), dict)
)


def test_the_document_has_tagged_unions() -> None:
    """Says why the tests below are empty on a document without tagged unions."""
    if not DISPATCHERS:
        pytest.skip("no union in this document's answers is told apart by a tag")
    assert all(callable(getattr(READERS, name)) for name in DISPATCHERS)


@pytest.mark.parametrize("name", DISPATCHERS)
@pytest.mark.parametrize("tag", [["a", 1], {"x": 1}, 7, None, True])
def test_a_tag_of_another_type_is_kept_as_received(name: str, tag: Any) -> None:
    dispatch = getattr(READERS, name)
    value = {"type": tag, "id": "x_1"}
    assert dispatch(value, None, reader.reporter(False), "label") is value
