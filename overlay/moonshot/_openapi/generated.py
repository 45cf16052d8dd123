"""The one door to the generated code: the overlay touches ``moonshot_openapi`` only here.

A generator upgrade that renames its private request builders and parsers
(``_get_kwargs``, ``_parse_response``) or moves a module changes this file alone.

Importing ``moonshot_openapi.models`` builds every generated attrs class (about
0.1-0.2 s), so nothing is imported at ``import moonshot``: endpoint modules are named
by their dotted name under ``moonshot_openapi.api`` and imported on first use, and
the models are patched once (:mod:`.model_patches`) before anything parses with them.
Answers are read by the builders ``make generate`` writes (``moonshot_openapi.readers``,
see :mod:`.reader` for what they do with a deviation).
Generated names are attributes of this module: imported under ``TYPE_CHECKING`` for
annotations, looked up lazily at run time (``generated.ChatCompletionResponse``).
"""

from __future__ import annotations

import functools
import importlib
import operator
from collections.abc import Callable
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx2

from . import model_patches, reader

if TYPE_CHECKING:
    # Every generated model, for annotations: a new operation's types need no edit here.
    from moonshot_openapi.client import AuthenticatedClient as AuthenticatedClient
    from moonshot_openapi.models import *  # noqa: F403
    from moonshot_openapi.models import BalanceResponse as BalanceResponse
    from moonshot_openapi.models import BatchCreateRequest as BatchCreateRequest
    from moonshot_openapi.models import BatchListResponse as BatchListResponse
    from moonshot_openapi.models import BatchObject as BatchObject
    from moonshot_openapi.models import ChatCompletionResponse as ChatCompletionResponse
    from moonshot_openapi.models import ChatCompletionUsage as ChatCompletionUsage
    from moonshot_openapi.models import EstimateTokenRequest as EstimateTokenRequest
    from moonshot_openapi.models import EstimateTokenResponse as EstimateTokenResponse
    from moonshot_openapi.models import FileDeleteResponse as FileDeleteResponse
    from moonshot_openapi.models import FileListResponse as FileListResponse
    from moonshot_openapi.models import FileObject as FileObject
    from moonshot_openapi.models import ModelList as ModelList
    from moonshot_openapi.models import SignatureVerifyRequest as SignatureVerifyRequest
    from moonshot_openapi.models import SignatureVerifyResponse as SignatureVerifyResponse
    from moonshot_openapi.models import UploadFileBody as UploadFileBody
    from moonshot_openapi.models import UploadFileBodyPurpose as UploadFileBodyPurpose
    from moonshot_openapi.types import UNSET as UNSET
    from moonshot_openapi.types import File as File

__all__ = [
    "answer_types",
    "api_document_text",
    "build",
    "extension_document_texts",
    "models",
    "readers",
    "request_kwargs",
    "request_types",
    "response_parser",
]

PACKAGE = "moonshot_openapi"
# Where a generated name is looked up, in order (``models`` is patched first).
_NAMESPACES = ("models", "types", "client")

T = TypeVar("T")
_modules: dict[str, ModuleType] = {}
_names: dict[str, Any] = {}


def api_document_text() -> str:
    """The ``openapi.json`` shipped inside the generated package (what it was built from)."""
    return resources.files(PACKAGE).joinpath("openapi.json").read_text(encoding="utf-8")


def extension_document_texts() -> dict[str, str]:
    """The extension documents shipped beside it (``spec_extensions/*.json``) by file name."""
    folder = resources.files(PACKAGE).joinpath("spec_extensions")
    if not folder.is_dir():
        return {}
    return {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".json")
    }


def models() -> ModuleType:
    """``moonshot_openapi.models``, patched by :mod:`.model_patches` on first use (the
    answer classes' plain-name properties come from the readers' field table)."""
    module = _modules.get("models")
    if module is None:
        module = importlib.import_module(f"{PACKAGE}.models")
        model_patches.install(module, lambda: readers().FIELDS)
        _modules["models"] = module
        model_patches.add_plain_names(readers().FIELDS)  # ``type`` beside ``type_``
    return module


def _module(name: str) -> ModuleType:
    if name == "models":
        return models()
    module = _modules.get(name)
    if module is None:
        models()  # anything that parses must see the patched models
        module = _modules[name] = importlib.import_module(f"{PACKAGE}.{name}")
    return module


def _endpoint(name: str) -> ModuleType:
    return _module(f"api.{name}")


_builders: dict[str, Callable[..., dict[str, Any]]] = {}


def request_kwargs(name: str, /, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The httpx2 arguments the generated builder of ``api.<name>`` makes for a call."""
    builder = _builders.get(name)  # found once per name: this runs on every call
    if builder is None:
        builder = _builders[name] = _endpoint(name)._get_kwargs
    return builder(*args, **kwargs)


def readers() -> ModuleType:
    """``moonshot_openapi.readers``: the builders written at ``make generate``."""
    module = _modules.get("readers")
    if module is None:
        models()  # the enums' pseudo-members for unknown values come from the patch
        module = _modules["readers"] = importlib.import_module(f"{PACKAGE}.readers")
    return module


def build(cls: type[T], data: Any, *, strict: bool = False) -> T:
    """``cls`` read from the decoded JSON ``data`` by its generated builder.

    Tolerant unless ``strict``: see :mod:`.reader`. Raises ``ValueError`` when ``data``
    is not a JSON object (``ResponseDeviation``, a ``ValueError``, on a deviation when
    strict); a class without a builder (not in any answer) goes to its ``from_dict``.
    """
    builder = readers().BUILDERS.get(cls)
    if builder is None:
        built: T = cls.from_dict(data)  # type: ignore[attr-defined]
        return built
    if type(data) is not dict:
        raise ValueError(f"expected a JSON object for {cls.__name__}, got {_json_kind(data)}")
    result: T = builder(data, None, reader.reporter(strict))
    return result


def answer_types() -> dict[str, Any]:
    """What ``moonshot.types`` exports at run time: the name of each view in
    ``typed_responses`` -> the patched class it describes (a stream's event union: the
    union of its classes, usable with ``isinstance``)."""
    views = importlib.import_module(f"{PACKAGE}.typed_responses")
    table = readers()
    found = {name: functools.reduce(operator.or_, c) for name, c in table.STREAM_UNIONS.items()}
    return {name: found.get(name) or getattr(models(), name) for name in views.__all__}


def request_types() -> dict[str, Any]:
    """What ``moonshot.types.requests`` exports: the request ``TypedDict`` s and field
    aliases of ``typed_requests`` by name."""
    module = importlib.import_module(f"{PACKAGE}.typed_requests")
    return {name: getattr(module, name) for name in module.__all__}


def _json_kind(data: Any) -> str:
    names = {list: "an array", str: "a string", type(None): "null", bool: "a boolean"}
    return names.get(type(data), "a number")


@functools.cache
def _builders_by_status(name: str) -> dict[int, tuple[str, Callable[..., Any]]]:
    """Status -> (class name, builder) of ``api.<name>``, made once (each client copy's
    resources reuse it)."""
    table = readers()
    return {
        status: (cls.__name__, table.BUILDERS[cls])
        for status, cls in table.PARSED.get(name, {}).items()
    }


def response_parser(
    name: str, raw: Callable[[], AuthenticatedClient], *, strict: bool = False
) -> Callable[[httpx2.Response], Any]:
    """A 2xx parser of ``api.<name>``.

    A status the generated parser reads as one model's JSON is read by that model's
    generated builder (tolerant, or ``strict``: :mod:`.reader`); anything else (text, a
    list) goes to the generated parser, given the raw client when called.
    """
    by_status = _builders_by_status(name)
    report = reader.reporter(strict)

    def parse(response: httpx2.Response) -> Any:
        found = by_status.get(response.status_code)
        if found is None:
            return _endpoint(name)._parse_response(client=raw(), response=response)
        data = response.json()
        if type(data) is not dict:
            raise ValueError(f"expected a JSON object for {found[0]}, got {_json_kind(data)}")
        return found[1](data, None, report)

    return parse


def __getattr__(name: str) -> Any:
    """A generated class or constant by name (``ChatCompletionResponse``, ``UNSET``)."""
    if name.startswith("__"):  # the import system probing (``__path__``): not generated
        raise AttributeError(name)
    found = _names.get(name, _names)
    if found is _names:
        for namespace in _NAMESPACES:
            module = _module(namespace)
            if hasattr(module, name):
                found = _names[name] = getattr(module, name)
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return found
