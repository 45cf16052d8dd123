"""Write ``typed_responses.py``: a read-only view per class an answer or stream event is read into.

Called by scripts/generate_readers.py with the classes its builders read (every class
reachable from a JSON answer of an operation or an event of a stream). Each view is a
``Protocol`` named as the generated class it describes, so ``moonshot.types`` gives
one name per class: the view for type checkers, the patched class at run time.

* Attributes are the JSON keys (``type``, ``bytes``, ``object``); a key Python cannot
  spell or a keyword keeps the generated attribute name (``from_``). The overlay adds
  the plain-name properties to the classes at run time (``_openapi/model_patches.py``).
* Every field is typed as present, whether the document requires it or not: the API
  sends it (at run time a missing one is the falsy ``UNSET``). ``null`` gives
  ``| None``. Enums are ``str`` (answers keep values the document does not list yet),
  except the field a union tells its members apart by, a ``Literal`` of the member's
  value, so ``item.type == "message"`` narrows a union to its member.
* The properties the overlay adds to a class (``output_text``, documented fields
  beyond the document) are declared as ``model_patches.view_extras`` says.

Used only by type checkers; deterministic: the same classes give the same bytes.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import keyword
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PATCHES = ROOT / "overlay" / "moonshot" / "_openapi" / "model_patches.py"
HEADER = '''"""Read-only views of the API's answers and stream events, for type checkers.

One ``Protocol`` per generated class an answer is read into, named as that class.
Written by scripts/generate_views.py from the generated models; do not edit."""
'''
SHADOWED = ("str", "int", "float", "bool", "list", "dict")


def overlay_patches() -> Any:
    """The overlay's ``model_patches`` module (from its file when it is there): what it
    adds to the classes (``view_extras``) and what the client views itself (``CLIENT_VIEWS``)."""
    if PATCHES.exists():
        spec = importlib.util.spec_from_file_location("_moonshot_model_patches", PATCHES)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    else:  # a copy of the build inputs without overlay/: the installed one
        module = importlib.import_module("moonshot._openapi.model_patches")
    return module


def reachable(roots: list[type], fields_of: Any) -> set[type]:
    """``roots`` and every class their fields hold, at any depth."""
    seen: set[type] = set()
    todo = list(roots)
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for field in fields_of(cls):
            todo += _models(field.kind)
    return seen


def _models(kind: Any) -> list[type]:
    if kind.tag == "model":
        return [kind.py]
    if kind.tag == "list" and kind.items is not None:
        return _models(kind.items)
    return [cls for option in kind.options for cls in _models(option)]


def attribute(name: str, key: str) -> str:
    """The view's attribute of a field: its JSON key where Python can spell it."""
    return key if key.isidentifier() and not keyword.iskeyword(key) else name


def type_expr(kind: Any, tag: str | None = None) -> str:
    """The type of a value of ``kind`` (a generate_readers ``Kind``) as users read it."""
    if tag is not None:
        out = f"Literal[{json.dumps(tag)}]"
    elif kind.tag == "any":
        return "Any"
    elif kind.tag == "scalar":
        out = kind.py.__name__
    elif kind.tag == "enum":
        out = "str"
    elif kind.tag == "model":
        out = kind.py.__name__
    elif kind.tag == "list":
        out = f"list[{type_expr(kind.items) if kind.items is not None else 'Any'}]"
    elif kind.tag == "dict":
        out = "dict[str, Any]"
    else:
        parts: list[str] = []
        for option in kind.options:
            for part in type_expr(option).split(" | "):
                if part not in parts and part != "None":
                    parts.append(part)
        out = " | ".join(parts)
    return f"{out} | None" if kind.nullable else out


def summary(cls: type) -> str:
    """The first paragraph of the class's docstring (before its attribute list)."""
    text = inspect.cleandoc(cls.__doc__ or "").split("Attributes:")[0].strip()
    text = " ".join(text.split("\n\n")[0].split())
    if len(text) > 300:
        text = text[:297].rsplit(" ", 1)[0] + "..."
    return docstring_text(text or f"``{cls.__name__}``, as the API sends it.")


def field_docs(cls: type) -> dict[str, str]:
    """Attribute -> its description, from the class docstring's ``Attributes:`` list (an
    entry is ``name (type): text``, continued on more deeply indented lines)."""
    doc = inspect.cleandoc(cls.__doc__ or "")
    if "Attributes:" not in doc:
        return {}
    entries: list[str] = []
    for line in doc.split("Attributes:", 1)[1].splitlines():
        if re.match(r"    \w+ \(", line):
            entries.append(line.strip())
        elif line.startswith("     ") and entries:
            entries[-1] += " " + line.strip()
    found = {}
    for entry in entries:
        name, rest = entry.split(" ", 1)
        depth = 0
        for i, char in enumerate(rest):  # the type's parenthesis, which may nest
            depth += (char == "(") - (char == ")")
            if depth == 0:
                text = rest[i + 1 :].removeprefix(":").strip()
                if text:
                    found[name] = docstring_text(text)
                break
    return found


def docstring_text(text: str) -> str:
    text = " ".join(text.split()).replace("\\", "\\\\").replace('"""', "'''")
    return text if not text.endswith('"') else text + " "


def view(cls: type, fields: list[Any], tags: dict[str, str], extras: dict[str, str]) -> str:
    """The source of one class's view."""
    docs = field_docs(cls)
    members = [
        (attribute(f.name, f.key), type_expr(f.kind, tags.get(f.key)), docs.get(f.name))
        for f in fields
    ]
    names = {name for name, _, _ in members}
    members += [(n, expr, None) for n, expr in sorted(extras.items()) if n not in names]
    members.append(("additional_properties", "dict[str, Any]", "Fields the class does not name."))
    shadowed = {name for name, _, _ in members} & set(SHADOWED)
    lines = ["@runtime_checkable", f"class {cls.__name__}(Protocol):", f'    """{summary(cls)}"""']
    for name, expr, text in members:
        for word in shadowed:  # a property named ``list`` hides the builtin in the class
            expr = _builtin(expr, word)
        lines += ["", "    @property"]
        if text:
            lines += [f"    def {name}(self) -> {expr}:", f'        """{text}"""', "        ..."]
        else:
            lines += [f"    def {name}(self) -> {expr}: ..."]
    to_dict = "dict[str, Any]"
    for word in shadowed:
        to_dict = _builtin(to_dict, word)
    lines += [
        "",
        f"    def to_dict(self) -> {to_dict}:",
        '        """The JSON object."""',
        "        ...",
    ]
    return "\n".join(lines)


def _builtin(expr: str, word: str) -> str:
    return re.sub(rf"(?<![\w.]){word}\b", f"builtins.{word}", expr)


def _generated_classes(classes: list[type]) -> dict[str, type]:
    """Every class of the generated models package ``classes`` come from, by name."""
    package = importlib.import_module(classes[0].__module__.rsplit(".", 1)[0])
    return {n: c for n in dir(package) if isinstance(c := getattr(package, n), type)}


def source(
    classes: list[type],
    fields_of: Any,
    tags: dict[type, dict[str, str]],
    unions: dict[str, list[type]] | None = None,
    roots: list[type] | None = None,
) -> str:
    """``typed_responses.py`` for ``classes`` (in order), and an alias per named union
    (a stream's events: ``MessagesStreamEvent``). Given the ``roots`` (the classes
    answers and events are read into), a class only the client's own views read
    (``model_patches.CLIENT_VIEWS``) and what only it reaches get no view."""
    patches = overlay_patches()
    extras: dict[str, dict[str, str]] = patches.view_extras(_generated_classes(classes))
    if roots is not None:
        skipped = frozenset(patches.CLIENT_VIEWS)
        kept = reachable([r for r in roots if r.__name__ not in skipped], fields_of)
        classes = [cls for cls in classes if cls in kept]
    views = [
        view(cls, fields_of(cls), tags.get(cls, {}), extras.get(cls.__name__, {}))
        for cls in classes
    ]
    aliases = [
        f"{name}: TypeAlias = {' | '.join(cls.__name__ for cls in members)}"
        for name, members in sorted((unions or {}).items())
    ]
    body = "\n\n\n".join(views) + ("\n\n\n" + "\n".join(aliases) if aliases else "")
    named = sorted(n for n in patches.VIEW_IMPORTS if re.search(rf"\b{n}\b", body))
    typing_names = [
        *(["TYPE_CHECKING"] if named else []),
        "Any",
        *(["Literal"] if re.search(r"\bLiteral\[", body) else []),
        "Protocol",
        *(["TypeAlias"] if aliases else []),
        "runtime_checkable",
    ]
    imports = ["from __future__ import annotations", ""]
    if "builtins." in body:
        imports += ["import builtins"]
    imports += [f"from typing import {', '.join(typing_names)}", ""]
    if named:  # the client's classes an extra property is typed with (checkers only)
        imports += ["if TYPE_CHECKING:"]
        imports += [f"    from {patches.VIEW_IMPORTS[n]} import {n}" for n in named] + [""]
    names = sorted([cls.__name__ for cls in classes] + list(unions or {}))
    imports += ["__all__ = [", *(f'    "{name}",' for name in names), "]"]
    return HEADER + "\n" + "\n".join(imports) + "\n\n\n" + body + "\n"
