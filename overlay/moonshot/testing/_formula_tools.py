"""The local server's official tools (formulas): declarations and offline fibers.

The formula list (names, URIs, which ones run code) is the extension document's
``x-formulas``, written from the official-tools page. The page shows only web-search's
declaration (``web_search`` taking a ``query``); the other declarations are this
server's own. Fibers run offline and deterministically where that makes sense: date,
base64, convert (fixed rates, currency included), random-choice (seeded), mew, memory
(kept per API key), rethink; web-search and fetch read the local web index, web-search
answering in ``encrypted_output`` as the page shows. Formulas that run code (excel,
quickjs, code_runner) are declared, and their fibers fail: no code is ever executed.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import random
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._openapi.document import extension_documents
from ._errors import ServerError
from ._web import WebIndex

__all__ = [
    "ENCRYPTED_BEGIN",
    "ENCRYPTED_END",
    "FiberFailed",
    "FormulaState",
    "decrypt_output",
    "formula_declarations",
    "official_formulas",
    "run_tool",
]

ENCRYPTED_BEGIN = "----MOONSHOT ENCRYPTED BEGIN----"
ENCRYPTED_END = "----MOONSHOT ENCRYPTED END----"
NO_CODE = "the local Moonshot server does not run code: {uri} is declared, never executed"
_WEB = WebIndex()


class FiberFailed(Exception):
    """A tool ran and failed: the fiber's status is ``failed`` with this message."""


@dataclass
class FormulaState:
    """What fibers keep between calls: memory, per API key."""

    memories: dict[str, dict[str, str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


def official_formulas() -> dict[str, dict[str, Any]]:
    """The extension document's official formulas by URI (empty without the extension)."""
    found: dict[str, dict[str, Any]] = {}
    for document in extension_documents().values():
        for entry in document.get("x-formulas", {}).get("official", []):
            found[str(entry["uri"])] = dict(entry)
    return found


def _function(name: str, description: str, properties: dict[str, Any], required: list[str]) -> Any:
    parameters = {"type": "object", "properties": properties, "required": required}
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": parameters},
    }


_STRING = {"type": "string"}

# formula name -> its declaration (web_search's is the page's, lines 279-301).
_DECLARATIONS: dict[str, dict[str, Any]] = {
    "convert": _function(
        "convert",
        "Convert a value between units of length, mass, volume, temperature, area, time, "
        "energy, pressure, speed or currency",
        {
            "value": {"type": "number", "description": "The value to convert"},
            "from_unit": {"type": "string", "description": "The unit of value (km, lb, USD...)"},
            "to_unit": {"type": "string", "description": "The unit to convert to"},
        },
        ["value", "from_unit", "to_unit"],
    ),
    "web-search": _function(
        "web_search",
        "Search the web for information",
        {"query": {"description": "What to search for", "type": "string"}},
        ["query"],
    ),
    "rethink": _function(
        "rethink",
        "Organise a thought: restate it as numbered points",
        {"thought": {"type": "string", "description": "The thought to organise"}},
        ["thought"],
    ),
    "random-choice": _function(
        "random_choice",
        "Choose at random among the given choices",
        {
            "choices": {"type": "array", "items": _STRING, "description": "What to choose from"},
            "count": {"type": "integer", "description": "How many to choose (default 1)"},
            "seed": {"type": "integer", "description": "A seed for a repeatable choice"},
        },
        ["choices"],
    ),
    "mew": _function(
        "mew",
        "A cat's meow and a blessing",
        {"mood": {"type": "string", "description": "The cat's mood (optional)"}},
        [],
    ),
    "memory": _function(
        "memory",
        "Store, retrieve, list or delete memories kept for this account",
        {
            "action": {"type": "string", "enum": ["store", "retrieve", "list", "delete"]},
            "key": {"type": "string", "description": "The memory's key"},
            "value": {"type": "string", "description": "What to store (action store)"},
        },
        ["action"],
    ),
    "excel": _function(
        "excel",
        "Analyse an Excel or CSV file",
        {
            "file_url": {"type": "string", "description": "The file to analyse"},
            "question": {"type": "string", "description": "What to find out"},
        },
        ["file_url"],
    ),
    "date": _function(
        "date",
        "Date and time: now, the weekday of a date, a date plus days, days between dates",
        {
            "operation": {"type": "string", "enum": ["now", "weekday", "add_days", "diff"]},
            "date": {"type": "string", "description": "An ISO date (YYYY-MM-DD)"},
            "days": {"type": "integer", "description": "Days to add (add_days)"},
            "other": {"type": "string", "description": "The second ISO date (diff)"},
        },
        ["operation"],
    ),
    "base64": _function(
        "base64",
        "Encode text as Base64 or decode Base64 to text",
        {
            "operation": {"type": "string", "enum": ["encode", "decode"]},
            "text": {"type": "string", "description": "The text or Base64 data"},
        },
        ["operation", "text"],
    ),
    "fetch": _function(
        "fetch",
        "Fetch a URL's content as Markdown",
        {"url": {"type": "string", "description": "The http or https URL"}},
        ["url"],
    ),
    "quickjs": _function(
        "quickjs",
        "Run JavaScript code in the QuickJS engine",
        {"code": {"type": "string", "description": "The JavaScript code"}},
        ["code"],
    ),
    "code_runner": _function(
        "code_runner",
        "Run Python code",
        {"code": {"type": "string", "description": "The Python code"}},
        ["code"],
    ),
}


def formula_declarations(uri: str) -> list[dict[str, Any]]:
    """The tools of formula ``uri``; ServerError(404) for a formula the page does not list."""
    entry = official_formulas().get(uri)
    if entry is None:
        raise ServerError(404, f"Formula {uri} not found", code="formula_not_found")
    declaration = _DECLARATIONS.get(str(entry["name"]))
    if declaration is None:
        raise ServerError(404, f"Formula {uri} has no declaration here", code="formula_not_found")
    return [json.loads(json.dumps(declaration))]


def decrypt_output(text: str) -> str:
    """The readable text of a local ``encrypted_output`` (other text is returned as is)."""
    inner = text.strip()
    if not (inner.startswith(ENCRYPTED_BEGIN) and inner.endswith(ENCRYPTED_END)):
        return text
    data = inner[len(ENCRYPTED_BEGIN) : -len(ENCRYPTED_END)]
    try:
        return base64.b64decode(data, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return text


def _encrypt(text: str) -> str:
    return ENCRYPTED_BEGIN + base64.b64encode(text.encode("utf-8")).decode("ascii") + ENCRYPTED_END


def run_tool(
    uri: str, name: str, arguments: Mapping[str, Any], state: FormulaState, account: str
) -> tuple[str, bool]:
    """Run tool ``name`` of formula ``uri``: (its output, whether it is encrypted).

    Raises :class:`FiberFailed` when the tool fails (or would have to run code).
    """
    entry = official_formulas()[uri]
    if entry.get("runs_code"):
        raise FiberFailed(NO_CODE.format(uri=uri))
    runner = _RUNNERS[str(entry["name"])]
    output = runner(dict(arguments), state, account)
    if entry.get("protected"):
        return _encrypt(output), True
    return output, False


Runner = Callable[[dict[str, Any], FormulaState, str], str]


def _text(arguments: Mapping[str, Any], name: str) -> str:
    value = arguments.get(name)
    if not isinstance(value, str):
        raise FiberFailed(f"arguments: {name} must be a string")
    return value


def _web_search(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    found = _WEB.search({"text_query": _text(arguments, "query"), "limit": 3})
    return json.dumps(found["search_results"], ensure_ascii=False)


def _fetch(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    try:
        page = _WEB.fetch({"url": _text(arguments, "url")})
    except ServerError as error:
        raise FiberFailed(error.message) from None
    return str(page["markdown"])


def _base64(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    text = _text(arguments, "text")
    if arguments.get("operation") == "encode":
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    if arguments.get("operation") == "decode":
        try:
            return base64.b64decode(text, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as error:
            raise FiberFailed(f"text: not Base64 of UTF-8 text ({error})") from None
    raise FiberFailed("operation: allowed: encode, decode")


def _iso(arguments: Mapping[str, Any], name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(_text(arguments, name))
    except ValueError:
        raise FiberFailed(f"{name}: expected an ISO date (YYYY-MM-DD)") from None


def _date(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    operation = arguments.get("operation")
    if operation == "now":
        return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if operation == "weekday":
        return _iso(arguments, "date").strftime("%A")
    if operation == "add_days":
        days = arguments.get("days")
        if not isinstance(days, int) or isinstance(days, bool):
            raise FiberFailed("days: must be an integer")
        return (_iso(arguments, "date") + dt.timedelta(days=days)).isoformat()
    if operation == "diff":
        return str((_iso(arguments, "other") - _iso(arguments, "date")).days)
    raise FiberFailed("operation: allowed: now, weekday, add_days, diff")


# unit -> (dimension, factor to the dimension's base unit); temperature is separate.
_UNITS: dict[str, tuple[str, float]] = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01),
    "mm": ("length", 0.001), "mi": ("length", 1609.344), "ft": ("length", 0.3048),
    "in": ("length", 0.0254), "kg": ("mass", 1.0), "g": ("mass", 0.001),
    "lb": ("mass", 0.45359237), "oz": ("mass", 0.028349523125), "l": ("volume", 1.0),
    "ml": ("volume", 0.001), "gal": ("volume", 3.785411784), "m2": ("area", 1.0),
    "km2": ("area", 1e6), "ha": ("area", 1e4), "acre": ("area", 4046.8564224),
    "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0), "day": ("time", 86400.0),
    "j": ("energy", 1.0), "kj": ("energy", 1000.0), "cal": ("energy", 4.184),
    "kcal": ("energy", 4184.0), "kwh": ("energy", 3.6e6), "pa": ("pressure", 1.0),
    "kpa": ("pressure", 1000.0), "bar": ("pressure", 1e5), "atm": ("pressure", 101325.0),
    "psi": ("pressure", 6894.757293168), "m/s": ("speed", 1.0), "km/h": ("speed", 1 / 3.6),
    "mph": ("speed", 0.44704), "knot": ("speed", 1852 / 3600),
    # Fixed rates (USD per unit): the local server never looks rates up.
    "usd": ("currency", 1.0), "cny": ("currency", 0.14), "eur": ("currency", 1.08),
    "gbp": ("currency", 1.27), "jpy": ("currency", 0.0067),
}  # fmt: skip
_TEMPERATURE = ("c", "f", "k")


def _to_kelvin(value: float, unit: str) -> float:
    return {"c": value + 273.15, "f": (value - 32) * 5 / 9 + 273.15, "k": value}[unit]


def _from_kelvin(value: float, unit: str) -> float:
    return {"c": value - 273.15, "f": (value - 273.15) * 9 / 5 + 32, "k": value}[unit]


def _convert(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    value = arguments.get("value")
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise FiberFailed("value: must be a number")
    source = _text(arguments, "from_unit").strip().lower()
    target = _text(arguments, "to_unit").strip().lower()
    if source in _TEMPERATURE and target in _TEMPERATURE:
        result = _from_kelvin(_to_kelvin(float(value), source), target)
    else:
        known = ", ".join([*_UNITS, *_TEMPERATURE])
        if source not in _UNITS or target not in _UNITS:
            raise FiberFailed(f"units: {source} -> {target}: allowed units: {known}")
        if _UNITS[source][0] != _UNITS[target][0]:
            raise FiberFailed(
                f"units: {source} ({_UNITS[source][0]}) is not convertible to "
                f"{target} ({_UNITS[target][0]})"
            )
        result = float(value) * _UNITS[source][1] / _UNITS[target][1]
    note = " (fixed local rate)" if _UNITS.get(source, ("", 0))[0] == "currency" else ""
    return f"{value:g} {source} = {round(result, 6):g} {target}{note}"


def _rng(arguments: Mapping[str, Any]) -> random.Random:
    seed = arguments.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool):
        seed = int(hashlib.sha256(json.dumps(arguments, sort_keys=True).encode()).hexdigest(), 16)
    return random.Random(seed)


def _random_choice(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    choices = arguments.get("choices")
    if not isinstance(choices, list) or not choices:
        raise FiberFailed("choices: must be a non-empty array")
    count = arguments.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= len(choices):
        raise FiberFailed(f"count: must be an integer from 1 to {len(choices)}")
    picked = _rng(arguments).sample(choices, count)
    return json.dumps(picked, ensure_ascii=False)


_MEOWS = ("Meow!", "Mrrrow~", "Purr... meow.", "Mew mew!")
_BLESSINGS = (
    "May your day be as warm as a sunny windowsill.",
    "May every bug you meet be a small one.",
    "May your tea stay hot and your code stay green.",
    "May good news find you soon.",
)


def _mew(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    rng = _rng(arguments)
    return f"{rng.choice(_MEOWS)} {rng.choice(_BLESSINGS)}"


def _memory(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    action = arguments.get("action")
    with state.lock:
        memories = state.memories.setdefault(account, {})
        if action == "list":
            return json.dumps(sorted(memories), ensure_ascii=False)
        key = _text(arguments, "key")
        if action == "store":
            memories[key] = _text(arguments, "value")
            return f"stored {key}"
        if action == "retrieve":
            if key not in memories:
                raise FiberFailed(f"key: no memory named {key!r}")
            return memories[key]
        if action == "delete":
            return f"deleted {key}" if memories.pop(key, None) is not None else f"no {key}"
    raise FiberFailed("action: allowed: store, retrieve, list, delete")


# Sentence ends, the full-width ones (U+3002, U+FF01, U+FF1F) too.
_SENTENCES = re.compile("(?<=[.!?\u3002\uff01\uff1f])\\s*|\n+")


def _rethink(arguments: dict[str, Any], state: FormulaState, account: str) -> str:
    parts = [p.strip() for p in _SENTENCES.split(_text(arguments, "thought")) if p.strip()]
    if not parts:
        raise FiberFailed("thought: must not be empty")
    return "\n".join(f"{n}. {part}" for n, part in enumerate(parts, 1))


_RUNNERS: dict[str, Runner] = {
    "convert": _convert,
    "web-search": _web_search,
    "rethink": _rethink,
    "random-choice": _random_choice,
    "mew": _mew,
    "memory": _memory,
    "date": _date,
    "base64": _base64,
    "fetch": _fetch,
}
