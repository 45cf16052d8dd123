"""scripts/generate_views.py on small classes with the shapes a new document may bring.

Keys that are builtins (plain names), keywords (the generated name), a property that
hides a builtin used in annotations, a union's tag (a ``Literal``), ``null``, unions and
lists: the output is deterministic and passes ``mypy --strict``.
"""

from __future__ import annotations

import enum
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import generate_views  # noqa: E402
from generate_readers import Field, Kind  # noqa: E402


class Shade(enum.Enum):
    DARK = "dark"


class Part:
    """A part."""


class Widget:
    """A widget the API sends.

    Attributes:
        type_ (Shade | Unset): not part of
            the summary
        bytes_ (int):
    """


STR = Kind("scalar", str)
FIELDS: dict[type, list[Field]] = {
    Widget: [
        Field("type_", "type", Kind("enum", Shade), True),
        Field("bytes_", "bytes", Kind("scalar", int), True),
        Field("from_", "from", STR, False),
        Field("list_", "list", Kind("list", items=Kind("model", Part)), False),
        Field("note", "note", Kind("scalar", str, nullable=True), False),
        Field("either", "either", Kind("union", options=(STR, Kind("model", Part))), False),
        Field("shade", "shade", Kind("enum", Shade), False),
    ],
    Part: [Field("text", "text", STR, True)],
}
TAGS = {Widget: {"type": "widget"}}


def fields_of(cls: type) -> list[Any]:
    return FIELDS[cls]


def source() -> str:
    return generate_views.source([Widget, Part], fields_of, TAGS)


def test_the_views_use_the_json_keys_and_type_a_tag_as_its_value() -> None:
    text = source()
    assert text == source()
    assert "class Widget(Protocol):" in text and '"""A widget the API sends."""' in text
    assert 'def type(self) -> Literal["widget"]:' in text  # the union's tag
    assert '"""not part of the summary"""' in text  # its description, from the docstring
    assert "def bytes(self) -> int: ..." in text  # a builtin's name: the key itself
    assert "def from_(self) -> str: ..." in text  # a keyword: the generated name
    assert "def list(self) -> builtins.list[Part]: ..." in text  # hides the builtin
    assert "def note(self) -> str | None: ..." in text
    assert "def either(self) -> str | Part: ..." in text
    assert "def shade(self) -> str: ..." in text  # an open enum
    assert "Unset" not in text


def test_the_views_pass_mypy_strict(tmp_path: Path) -> None:
    module = tmp_path / "views_under_test.py"
    module.write_text(
        source()
        + "\n\ndef read(w: Widget) -> str:\n"
        + "    return w.list[0].text if w.type == 'widget' else str(w.bytes)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
