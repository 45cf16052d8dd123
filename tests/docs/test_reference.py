"""Every exported name has a docstring and an entry in the API reference (docs/reference/).

The hand-written modules' names are listed one per ``::: module.Name`` line of their
reference page; ``moonshot.types`` gets its entries from the build hook, one per name of
its ``__all__``. The generated models document themselves from the API document; the
generator writes no docstring for enums and free-form maps, which are named here as such.
"""

from __future__ import annotations

import enum
import importlib
import re
import types

import pytest

from ._blocks import DOCS, ROOT
from ._hooks import load

PAGES = {
    "moonshot": "moonshot.md",
    "moonshot.testing": "testing.md",
    "moonshot.many_requests": "many_requests.md",
    "moonshot.agents": "agents.md",
}
_ENTRY = re.compile(r"^::: ([\w.]+)$", re.M)


def _exported(module_name: str) -> list[str]:
    return list(importlib.import_module(module_name).__all__)


@pytest.mark.parametrize("module_name", sorted(PAGES))
def test_every_exported_name_has_an_entry_in_its_reference_page(module_name: str) -> None:
    page = (DOCS / "reference" / PAGES[module_name]).read_text(encoding="utf-8")
    entries = set(_ENTRY.findall(page))
    missing = [n for n in _exported(module_name) if f"{module_name}.{n}" not in entries]
    assert missing == []


@pytest.mark.parametrize("module_name", sorted(PAGES))
def test_every_hand_written_exported_name_has_a_docstring(module_name: str) -> None:
    """Read as the reference reads them (griffe, the source): a dataclass's generated
    ``__doc__`` or a constant's type's docstring does not count."""
    import griffe

    loader = griffe.GriffeLoader(search_paths=[str(ROOT / "overlay"), str(ROOT / "generated")])
    module = loader.load(module_name)
    loader.resolve_aliases(implicit=False, external=None)
    undocumented = []
    for name in _exported(module_name):
        docstring = module[name].docstring
        if docstring is None or not docstring.value.strip():
            undocumented.append(name)
    assert undocumented == []


def test_moonshot_types_has_an_entry_per_name_and_says_which_lack_a_docstring() -> None:
    import moonshot.types

    reference = load().types_reference()
    headings = re.findall(r"^      heading: (\w+)$", reference, re.M)
    assert headings == list(moonshot.types.__all__)
    without = []
    for name in moonshot.types.__all__:
        value = getattr(moonshot.types, name)
        if isinstance(value, type) and (value.__doc__ or "").strip():
            continue
        if isinstance(value, types.UnionType):  # a union of documented answer classes
            assert all((member.__doc__ or "").strip() for member in value.__args__), name
            continue
        without.append(name)
        # Only the generator's own enums, free-form maps and UNSET go without one.
        module = getattr(value, "__module__", "") or type(value).__module__
        assert module.startswith("moonshot_openapi"), name
        kind_ok = (
            (isinstance(value, type) and issubclass(value, enum.Enum))
            or name in ("UNSET", "Unset")
            or (isinstance(value, type) and not getattr(value, "__attrs_attrs__", ()))
            or _only_additional_properties(value)
        )
        assert kind_ok, f"{name}: a generated model without a docstring"
    print(
        f"moonshot.types: {len(moonshot.types.__all__)} names, {len(without)} generated "
        "enums / maps without a docstring (their members are shown)"
    )


def _only_additional_properties(value: object) -> bool:
    fields = [a.name for a in getattr(value, "__attrs_attrs__", ())]
    return fields == ["additional_properties"]
